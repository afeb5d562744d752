import RoutekaartCore

/// A short line that says what an event changed, for undo and redo messages.
enum EventDescription {
    static func describe(_ event: WorkshopEvent, language: Language) -> String {
        let nl = language == .nl
        switch event {
        case .sessionStarted: return nl ? "sessie gestart" : "session started"
        case .sessionDetailsEdited: return nl ? "sessiegegevens gewijzigd" : "session details edited"
        case let .participantAdded(p): return (nl ? "deelnemer toegevoegd: " : "participant added: ") + p.fields.name
        case let .participantEdited(p): return (nl ? "deelnemer gewijzigd: " : "participant edited: ") + p.fields.name
        case .participantRemoved: return nl ? "deelnemer verwijderd" : "participant removed"
        case let .wegwijzerOpened(n): return (nl ? "wegwijzer geopend: " : "signpost opened: ") + "\(n)"
        case .overviewOpened: return nl ? "routekaart geopend" : "route map opened"
        case let .wegwijzerStatusChanged(n, status):
            return (nl ? "wegwijzer \(n): " : "signpost \(n): ") + Method.name(status)(language)
        case let .notesEdited(n, _): return (nl ? "notities bij wegwijzer \(n)" : "notes on signpost \(n)")
        case .changeUndone: return nl ? "ongedaan gemaakt" : "undone"
        case .changeRedone: return nl ? "opnieuw gedaan" : "redone"
        }
    }
}
