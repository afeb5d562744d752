import RoutekaartCore

/// What `routekaart check` prints about a session file that could be read.
struct CheckSummary {
    let loaded: SessionLoader.Loaded
    let path: String
    let language: Language

    var text: String {
        let nl = language == .nl
        let history = SessionHistory(replaying: loaded.events)
        let state = history.state
        let inJournal = loaded.events.count - loaded.inSnapshot
        var lines = [
            (nl ? "routekaart-sessie: " : "routekaart session: ") + path,
            (nl ? "  titel:             " : "  title:             ") + state.details.title,
            (nl ? "  regio:             " : "  region:            ") + state.details.region,
            (nl ? "  deelnemers:        " : "  participants:      ") + "\(state.participants.count)",
            (nl ? "  gebeurtenissen:    " : "  events:            ") + "\(loaded.events.count)"
                + (inJournal > 0 ? (nl ? " (\(inJournal) nog in het journaal)" : " (\(inJournal) still in the journal)") : ""),
            (nl ? "  laatste wijziging: " : "  last change:       ") + (history.lastChange.map { "\($0)" } ?? "-"),
        ]
        if case let .tornTail(_, bytes) = loaded.journal {
            lines.append(nl
                ? "  let op: de laatste journaalregel is half geschreven (\(bytes.count) bytes); 'routekaart open' bewaart die apart in een .corrupt-bestand"
                : "  note: the last journal line is half-written (\(bytes.count) bytes); 'routekaart open' keeps it apart in a .corrupt file")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
