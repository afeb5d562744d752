import Glibc
import ArgumentParser
import Foundation
import RoutekaartCore
import RoutekaartExport

extension CSVDialect: ExpressibleByArgument {}
extension CSVExporter.Table: ExpressibleByArgument {}

/// The formats `routekaart export` writes.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case md, html, csv, json
}

extension Routekaart {
    /// Export the outcome of a session; reads the file, never changes it.
    struct Export: ParsableCommand, TakesGlobalOptions {
        static let configuration = CommandConfiguration(commandName: "export",
            abstract: "Export a session's outcome as Markdown, HTML with charts, CSV or JSON.",
            discussion: "Without -o the output goes to standard output (for CSV: one table, chosen with --table). With -o and --format csv, -o names a folder that gets one file per table.")

        @Argument(help: "The session file.")
        var file: String

        @Option(help: "md, html, csv or json.")
        var format: ExportFormat

        @Option(name: .shortAndLong, help: "Where to write (a file; a folder for CSV without --table).")
        var output: String?

        @Flag(help: "Replace participants' names by P1, P2 … and leave out the facilitator and persons at the table.")
        var anonymise = false

        @Option(help: "Export the session as it was after this many events.")
        var at: Int?

        @Option(help: "CSV: participants, votes, scores, actors, relations or agreements.")
        var table: CSVExporter.Table?

        @Option(help: "CSV: rfc4180 (comma) or excel-nl (semicolon, byte order mark, decimal comma).")
        var dialect: CSVDialect = .rfc4180

        @Flag(help: "CSV: do not neutralise cells that a spreadsheet could run as a formula.")
        var raw = false

        @Flag(help: "Overwrite an existing file at -o (never a session file, a link or a device).")
        var force = false

        @OptionGroup var options: GlobalOptions

        func validate() throws {
            if let at, at < 0 { throw ValidationError(UsageText.atTakesANumber(UsageText.language)) }
            if format == .csv && (output == nil || output == "-") && table == nil { throw ValidationError(UsageText.csvNeedsATable(UsageText.language)) }
        }

        func run() throws {
            let loaded: SessionLoader.Loaded
            do {
                loaded = try SessionLoader.load(file)
            } catch {
                throw Failure(file, error, options.lang)
            }
            let outcome = Outcome(events: loaded.events, at: at, anonymise: anonymise, language: options.lang)
            let outputs = try Exports.render(outcome, format: format, table: table, dialect: dialect, raw: raw, language: options.lang)
            let destination = output == "-" ? nil : output  // -o - is standard output
            do {
                try Exports.write(outputs, to: destination, singleTable: table != nil || format != .csv, session: file, force: force)
            } catch let refused as Exports.Refused {
                throw Failure("\(refused.path): " + refused.refusal.message(options.lang))
            } catch {
                throw Failure("\(output ?? "-"): " + ExportCommandText.cannotWrite(options.lang) + "\(error.localizedDescription)")
            }
        }
    }
}

/// Rendering and writing exports, shared by the command and the TUI.
enum Exports {
    /// File name (for a folder) and content per output.
    static func render(_ outcome: Outcome, format: ExportFormat, table: CSVExporter.Table?, dialect: CSVDialect, raw: Bool, language: Language) throws -> [(String, String)] {
        switch format {
        case .md: return [("rapport.md", MarkdownExporter.render(outcome, language: language))]
        case .html: return [("rapport.html", HTMLExporter.render(outcome, language: language))]
        case .json: return [("uitkomst.json", try outcome.json())]
        case .csv:
            let tables = table.map { [$0] } ?? CSVExporter.Table.allCases
            return tables.map { ("\($0.rawValue).csv", CSVExporter.render(outcome, table: $0, dialect: dialect, raw: raw)) }
        }
    }

    /// A path that may not be written, and why.
    struct Refused: Error {
        let path: String
        let refusal: OutputPath.Refusal
    }

    /// To standard output, a file, or a folder of files; files are created 0600. Every file
    /// is checked first (`OutputPath`): nothing is written when one of them may not be.
    static func write(_ outputs: [(String, String)], to path: String?, singleTable: Bool, session: String, force: Bool) throws {
        guard let path else {
            for (_, content) in outputs { try StandardOutput.write(content) }
            return
        }
        let single = singleTable && outputs.count == 1
        let files = single ? [(path, outputs[0].1)] : outputs.map { (path + "/" + $0.0, $0.1) }
        if !single {
            var folder = stat()
            if lstat(path, &folder) == 0, folder.st_mode & S_IFMT != S_IFDIR { throw Refused(path: path, refusal: .notAFile) }
        }
        for (file, _) in files {
            do throws(OutputPath.Refusal) { try OutputPath.check(file, session: session, force: force) } catch { throw Refused(path: file, refusal: error) }
        }
        if !single { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]) }
        for (file, content) in files { try writeFile(content, to: file) }
    }

    static func writeFile(_ content: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try Data(content.utf8).write(to: url, options: .atomic)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }
}

/// The texts of this file, in Dutch and English.
enum ExportCommandText {
    static let cannotWrite = LocalizedText(nl: "kan niet schrijven: ", en: "cannot write: ")
}
