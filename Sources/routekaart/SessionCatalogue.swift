import Foundation
import RoutekaartCore
import RoutekaartUI

/// The sessions in a folder, newest change first, each read without changing it. A file
/// that cannot be used is listed after them with its problem, not hidden.
struct SessionCatalogue {
    /// One session file in the folder.
    struct Entry: Encodable, Equatable {
        var path: String
        var title: String?
        var region: String?
        var date: String?
        var lastChange: String?
        var participants: Int?
        /// Why the file cannot be used; nil when it reads well.
        var problem: String?
        /// What the list is ordered by: the last change, or the file's time when unreadable.
        fileprivate var order: Int64 = 0

        enum CodingKeys: String, CodingKey { case path, title, region, date, lastChange, participants, problem }
    }

    let entries: [Entry]

    init(folder: String, language: Language) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        entries = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .map { Self.entry(folder + "/" + $0, language) }
            .sorted { ($0.problem == nil ? 1 : 0, $0.order, $0.path) > ($1.problem == nil ? 1 : 0, $1.order, $1.path) }
    }

    private static func entry(_ path: String, _ language: Language) -> Entry {
        do {
            let loaded = try SessionLoader.load(path)
            let history = SessionHistory(replaying: loaded.events)
            let state = history.state
            let last = history.lastChange ?? loaded.metadata.created
            return Entry(path: path, title: state.details.title, region: state.details.region, date: state.details.date,
                         lastChange: "\(last)", participants: state.participants.count, order: last.milliseconds)
        } catch {
            var info = stat()
            let modified = stat(path, &info) == 0 ? Int64(info.st_mtim.tv_sec) * 1000 : 0
            return Entry(path: path, problem: error.message(language), order: modified)
        }
    }

    /// One line a session: last change, title, region, date, participants, path.
    func table(_ language: Language, utcOffset: Int) -> String {
        guard !entries.isEmpty else { return "" }
        let rows = entries.map { e -> [String] in
            guard e.problem == nil, let when = e.localLastChange(utcOffset: utcOffset) else {
                return ["—", "", "", "", "", e.path + "  " + SessionCatalogueText.damaged(language, e.problem ?? "")]
            }
            return [when, SafeText.line(e.title ?? ""), SafeText.line(e.region ?? ""), SafeText.line(e.date ?? ""),
                    SessionCatalogueText.participants(e.participants ?? 0, language), e.path]
        }
        let header = SessionCatalogueText.header.map { $0(language) }
        let all = [header] + rows
        let widths = (0..<header.count).map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column] + 2, withPad: " ", startingAt: 0)
            }.joined() + "\n"
        }.joined()
    }
}

extension SessionCatalogue.Entry {
    /// The last change in local time: "2026-03-02 09:00".
    func localLastChange(utcOffset: Int) -> String? {
        guard let change = lastChange.flatMap(Timestamp.init(iso8601:)) else { return nil }
        let c = change.components(offsetSeconds: utcOffset)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(c.year)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
    }

    /// The entry as the session picker lists it.
    func forPicker(utcOffset: Int) -> SessionPicker.Entry {
        SessionPicker.Entry(path: path, title: title ?? "", region: region ?? "", lastChange: localLastChange(utcOffset: utcOffset) ?? "—",
                            participants: participants ?? 0, problem: problem)
    }
}

/// The texts of this file, in Dutch and English.
enum SessionCatalogueText {
    static let header = [LocalizedText(nl: "laatste wijziging", en: "last change"), LocalizedText(nl: "titel", en: "title"),
                         LocalizedText(nl: "regio", en: "region"), LocalizedText(nl: "datum", en: "date"),
                         LocalizedText(nl: "deelnemers", en: "participants"), LocalizedText(nl: "pad", en: "path")]
    static let damaged = LocalizedText(nl: "(onbruikbaar: %1)", en: "(unusable: %1)")
    static let participants = CountedText(one: LocalizedText(nl: "deelnemer", en: "participant"), other: LocalizedText(nl: "deelnemers", en: "participants"))
    static let noSessionsIn = LocalizedText(nl: "nog geen sessies in %1", en: "no sessions yet in %1")
}
