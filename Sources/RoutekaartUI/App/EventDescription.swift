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
        case .timerPaused: return nl ? "tijd gepauzeerd" : "timer paused"
        case .timerResumed: return nl ? "tijd loopt weer" : "timer running again"
        case let .wegwijzerStatusChanged(n, status):
            return (nl ? "wegwijzer \(n): " : "signpost \(n): ") + Method.name(status)(language)
        case let .notesEdited(n, _): return (nl ? "notities bij wegwijzer \(n)" : "notes on signpost \(n)")
        case let .quadrantRoundOpened(_, setup):
            return (nl ? "stemronde geopend: " : "voting round opened: ") + Method.name(setup.kind)(language)
        case .quadrantVoteCast: return nl ? "stem" : "vote"
        case .quadrantRoundRevealed: return nl ? "stemmen getoond" : "votes revealed"
        case let .emphasisChosen(e): return (nl ? "nadruk gekozen: " : "emphasis chosen: ") + Method.info(e.quadrant).name(language)
        case let .verbindAnswered(q, _): return (nl ? "antwoord bij " : "answer for ") + Method.info(q).name(language)
        case let .constituencyAdded(c): return (nl ? "achterban toegevoegd: " : "constituency added: ") + c.fields.name
        case let .constituencyEdited(c): return (nl ? "achterban gewijzigd: " : "constituency edited: ") + c.fields.name
        case .constituencyRemoved: return nl ? "achterban verwijderd" : "constituency removed"
        case let .agreementAdded(a): return (nl ? "afspraak toegevoegd: " : "agreement added: ") + a.fields.what
        case let .agreementEdited(a): return (nl ? "afspraak gewijzigd: " : "agreement edited: ") + a.fields.what
        case .agreementRemoved: return nl ? "afspraak verwijderd" : "agreement removed"
        case let .actorAdded(a): return (nl ? "actor toegevoegd: " : "actor added: ") + a.fields.name
        case let .actorEdited(a): return (nl ? "actor gewijzigd: " : "actor edited: ") + a.fields.name
        case .actorMoved: return nl ? "actor verplaatst" : "actor moved"
        case .actorRemoved: return nl ? "actor verwijderd" : "actor removed"
        case .relationAdded: return nl ? "relatie toegevoegd" : "relation added"
        case .relationEdited: return nl ? "relatie gewijzigd" : "relation edited"
        case .relationRemoved: return nl ? "relatie verwijderd" : "relation removed"
        case .networkLaidOut: return nl ? "netwerk opgesteld" : "network laid out"
        case let .domainAdded(d), let .domainEdited(d): return (nl ? "domein: " : "domain: ") + d.fields.name
        case .domainRemoved: return nl ? "domein verwijderd" : "domain removed"
        case let .domainLinkSet(_, _, strength): return (nl ? "verbinding: " : "link: ") + Method.name(strength)(language)
        case let .interestAdded(b), let .interestEdited(b): return (nl ? "belang van " : "interest of ") + b.party + ": " + b.interest
        case .interestRemoved: return nl ? "belang verwijderd" : "interest removed"
        case let .challengeStated(text): return (nl ? "opgave: " : "challenge: ") + text
        case let .agendaTopicAdded(t): return (nl ? "agendapunt: " : "agenda point: ") + t.text
        case let .agendaTopicEdited(t): return (nl ? "agendapunt: " : "agenda point: ") + t.text + " (\(t.dots) " + (nl ? "stippen)" : "dots)")
        case .agendaTopicRemoved: return nl ? "agendapunt verwijderd" : "agenda point removed"
        case let .factAdded(f), let .factEdited(f): return (nl ? "feit: " : "fact: ") + f.fields.indicator
        case .factRemoved: return nl ? "feit verwijderd" : "fact removed"
        case let .agendaSet(items): return (nl ? "agenda: " : "agenda: ") + "\(items.count) " + (nl ? "punten" : "items")
        case let .connectionAdded(c), let .connectionEdited(c): return Method.name(c.kind)(language) + ": " + c.text
        case .connectionRemoved: return nl ? "verwijderd bij wegwijzer 8" : "removed at signpost 8"
        case let .reflectionAdded(r): return Method.name(r.kind)(language) + ": " + r.text
        case let .reflectionEdited(r): return Method.name(r.kind)(language) + ": " + r.text
        case .reflectionRemoved: return nl ? "terugblik verwijderd" : "reflection removed"
        case let .leadershipChosen(l): return (nl ? "leiderschap: " : "leadership: ") + Method.name(l.style)(language)
        case let .recalibrationPlanned(m): return (nl ? "herijken: " : "re-calibrate: ") + m
        case let .commitmentAdded(c): return (nl ? "toezegging toegevoegd: " : "commitment added: ") + c.fields.what
        case let .commitmentEdited(c): return (nl ? "toezegging gewijzigd: " : "commitment edited: ") + c.fields.what
        case .commitmentRemoved: return nl ? "toezegging verwijderd" : "commitment removed"
        case .weefselRoundOpened: return nl ? "scoreronde geopend" : "scoring round opened"
        case let .weefselScoreGiven(_, cell, value):
            let name = Method.weefselIndicators.first { $0.id == cell.indicator }?.name(language) ?? cell.indicator
            return name + ": " + (value == weetNiet ? (nl ? "weet niet" : "don't know") : "\(value)")
        case .weefselScoreCleared: return nl ? "score gewist" : "score cleared"
        case .weefselRoundRevealed: return nl ? "scores getoond" : "scores revealed"
        case let .elementNotesEdited(e, _): return (nl ? "notities bij " : "notes on ") + Method.name(e)(language)
        case let .wrongWayFlagSet(flag):
            return flag.raised ? (nl ? "weefsel wijst de verkeerde kant op" : "weefsel points the wrong way")
                               : (nl ? "markering 'verkeerde kant' weg" : "'wrong way' mark removed")
        case .changeUndone: return nl ? "ongedaan gemaakt" : "undone"
        case .changeRedone: return nl ? "opnieuw gedaan" : "redone"
        }
    }
}
