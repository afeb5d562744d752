import Foundation
import RoutekaartCore
import RoutekaartExport
import RoutekaartUI

/// Writes exports beside the session file: NAME-rapport.md, NAME-rapport.html,
/// NAME-uitkomst.json, or a folder NAME-csv with one file per table.
struct FolderExporter: SessionExporter {
    let sessionPath: String

    func export(_ events: [RecordedEvent], format: String, anonymise: Bool, language: Language) throws -> String {
        guard let kind = ExportFormat(rawValue: format) else { throw ExportFailure.unknownFormat(format) }
        let outcome = Outcome(events: events, anonymise: anonymise, language: language)
        let outputs = try Exports.render(outcome, format: kind, table: nil, dialect: .rfc4180, raw: false, language: language)
        let base = (sessionPath.hasSuffix(".json") ? String(sessionPath.dropLast(5)) : sessionPath) + (anonymise ? "-anoniem" : "")
        let target: String
        switch kind {
        case .md: target = base + "-rapport.md"
        case .html: target = base + "-rapport.html"
        case .json: target = base + "-uitkomst.json"
        case .csv: target = base + "-csv"
        }
        try Exports.write(outputs, to: target, singleTable: kind != .csv, session: sessionPath, force: true)  // its own earlier export
        return target
    }
}

enum ExportFailure: Error, CustomStringConvertible {
    case unknownFormat(String)
    var description: String {
        switch self {
        case let .unknownFormat(f): "unknown format \(f)"
        }
    }
}
