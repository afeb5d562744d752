import RoutekaartCore

/// What `routekaart check` prints about a session file that could be read.
struct CheckSummary {
    let loaded: SessionLoader.Loaded
    let path: String
    let language: Language

    var text: String {
        let history = SessionHistory(replaying: loaded.events)
        let state = history.state
        let inJournal = loaded.events.count - loaded.inSnapshot
        var lines = [
            CheckSummaryText.routekaartSession(language) + path,
            CheckSummaryText.title(language) + SafeText.line(state.details.title),
            CheckSummaryText.region(language) + SafeText.line(state.details.region),
            CheckSummaryText.participants(language) + "\(state.participants.count)",
            CheckSummaryText.events(language) + "\(loaded.events.count)"
                + (inJournal > 0 ? CheckSummaryText.stillInTheJournal(language, inJournal) : ""),
            CheckSummaryText.lastChange(language) + (history.lastChange.map { "\($0)" } ?? "-"),
        ]
        if case let .tornTail(_, bytes) = loaded.journal {
            lines.append(CheckSummaryText.noteTheLastJournal(language, bytes.count))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The texts of this file, in Dutch and English.
enum CheckSummaryText {
    static let routekaartSession = LocalizedText(nl: "routekaart-sessie: ", en: "routekaart session: ")
    static let title = LocalizedText(nl: "  titel:             ", en: "  title:             ")
    static let region = LocalizedText(nl: "  regio:             ", en: "  region:            ")
    static let participants = LocalizedText(nl: "  deelnemers:        ", en: "  participants:      ")
    static let events = LocalizedText(nl: "  gebeurtenissen:    ", en: "  events:            ")
    static let stillInTheJournal = LocalizedText(nl: " (%1 nog in het journaal)", en: " (%1 still in the journal)")
    static let lastChange = LocalizedText(nl: "  laatste wijziging: ", en: "  last change:       ")
    static let noteTheLastJournal = LocalizedText(nl: "  let op: de laatste journaalregel is half geschreven (%1 bytes); 'routekaart open' bewaart die apart in een .corrupt-bestand", en: "  note: the last journal line is half-written (%1 bytes); 'routekaart open' keeps it apart in a .corrupt file")
}
