import RoutekaartCore

/// A short line that says what an event changed, for undo and redo messages.
enum EventDescription {
    private static let t = UIText.t
    private static let sessionStarted = t("sessie gestart", "session started")
    private static let detailsEdited = t("sessiegegevens gewijzigd", "session details edited")
    private static let participantAdded = t("deelnemer toegevoegd: ", "participant added: ")
    private static let participantEdited = t("deelnemer gewijzigd: ", "participant edited: ")
    private static let participantRemoved = t("deelnemer verwijderd", "participant removed")
    private static let wegwijzerOpened = t("wegwijzer geopend: ", "signpost opened: ")
    private static let overviewOpened = t("routekaart geopend", "route map opened")
    private static let timerPaused = t("tijd gepauzeerd", "timer paused")
    private static let timerResumed = t("tijd loopt weer", "timer running again")
    private static let wegwijzer = t("wegwijzer ", "signpost ")
    private static let notesOn = t("notities bij ", "notes on ")
    private static let roundOpened = t("stemronde geopend: ", "voting round opened: ")
    private static let votesRevealed = t("stemmen getoond", "votes revealed")
    private static let emphasisChosen = t("nadruk gekozen: ", "emphasis chosen: ")
    private static let answerFor = t("antwoord bij ", "answer for ")
    private static let added = t(" toegevoegd: ", " added: ")
    private static let edited = t(" gewijzigd: ", " edited: ")
    private static let removed = t(" verwijderd", " removed")
    private static let actorMoved = t("actor verplaatst", "actor moved")
    private static let networkLaidOut = t("netwerk opgesteld", "network laid out")
    private static let link = t("verbinding: ", "link: ")
    private static let challenge = t("opgave: ", "challenge: ")
    private static let agendaItems = t("agenda: %d punten", "agenda: %d items")
    private static let leadership = t("leiderschap: ", "leadership: ")
    private static let recalibrate = t("herijken: ", "re-calibrate: ")
    private static let scoringOpened = t("scoreronde geopend", "scoring round opened")
    private static let dontKnow = t("weet niet", "don't know")
    private static let scoreCleared = t("score gewist", "score cleared")
    private static let rowFromPhone = t("%1 scores van een telefoon", "%1 scores from a phone")
    private static let dotsPerVoter = t("%1 stippen per deelnemer", "%1 dots per participant")
    private static let dotsFromPhone = t("%1 stippen van een telefoon", "%1 dots from a phone")
    private static let scoresRevealed = t("scores getoond", "scores revealed")
    private static let wrongWay = t("weefsel wijst de verkeerde kant op", "weefsel points the wrong way")
    private static let wrongWayCleared = t("markering 'verkeerde kant' weg", "'wrong way' mark removed")
    private static let voteOf = t("stem van ", "vote of ")
    private static let anonymousVote = t("anonieme stem", "anonymous vote")
    private static let questionOpened = t("open voor de zaal: ", "open to the room: ")
    private static let questionClosed = t("vraag aan de zaal gesloten", "question to the room closed")
    private static let undone = t("ongedaan gemaakt", "undone")
    private static let redone = t("opnieuw gedaan", "redone")

    static func describe(_ event: WorkshopEvent, in state: WorkshopState, language: Language) -> String {
        let l = language
        switch event {
        case .sessionStarted: return sessionStarted(l)
        case .sessionDetailsEdited: return detailsEdited(l)
        case let .participantAdded(p): return participantAdded(l) + p.fields.name
        case let .participantEdited(p): return participantEdited(l) + p.fields.name
        case .participantRemoved: return participantRemoved(l)
        case let .wegwijzerOpened(n): return wegwijzerOpened(l) + "\(n)"
        case .overviewOpened: return overviewOpened(l)
        case .timerPaused: return timerPaused(l)
        case .timerResumed: return timerResumed(l)
        case let .wegwijzerStatusChanged(n, status): return wegwijzer(l) + "\(n): " + Method.name(status)(l)
        case let .notesEdited(n, _): return notesOn(l) + wegwijzer(l) + "\(n)"
        case let .quadrantRoundOpened(_, setup): return roundOpened(l) + Method.name(setup.kind)(l)
        case let .quadrantVoteCast(_, ballot):
            guard let voter = ballot.voter else { return anonymousVote(l) }
            return voteOf(l) + (state.participant(voter)?.fields.name ?? voter.rawValue)
        case .quadrantRoundRevealed: return votesRevealed(l)
        case let .emphasisChosen(e): return emphasisChosen(l) + Method.info(e.quadrant).name(l)
        case let .verbindAnswered(q, _): return answerFor(l) + Method.info(q).name(l)
        case let .itemAdded(item): return ItemText.noun(item.kind)(l) + added(l) + ItemText.name(item, in: state)
        case let .itemEdited(item): return ItemText.noun(item.kind)(l) + edited(l) + ItemText.name(item, in: state)
        case let .itemRemoved(kind, _): return ItemText.noun(kind)(l) + removed(l)
        case .actorMoved: return actorMoved(l)
        case .networkLaidOut: return networkLaidOut(l)
        case let .domainLinkSet(_, _, strength): return link(l) + Method.name(strength)(l)
        case let .challengeStated(text): return challenge(l) + text
        case let .agendaSet(items): return agendaItems(l).replacingOccurrences(of: "%d", with: "\(items.count)")
        case let .leadershipChosen(choice): return leadership(l) + Method.name(choice.style)(l)
        case let .herijkingPlanned(moment): return recalibrate(l) + moment
        case .weefselRoundOpened: return scoringOpened(l)
        case let .weefselScoreGiven(_, cell, value):
            let name = Method.weefselIndicators.first { $0.id == cell.indicator }?.name(l) ?? cell.indicator
            return name + ": " + (value == dontKnowScore ? dontKnow(l) : "\(value)")
        case .weefselScoreCleared: return scoreCleared(l)
        case let .weefselRowGiven(_, _, scores): return rowFromPhone(l, scores.count)
        case let .agendaDotsPerVoterSet(n): return dotsPerVoter(l, n)
        case let .agendaDotsGiven(_, dots): return dotsFromPhone(l, dots.values.reduce(0, +))
        case .weefselRoundRevealed: return scoresRevealed(l)
        case let .elementNotesEdited(e, _): return notesOn(l) + Method.name(e)(l)
        case let .wrongWayFlagSet(flag): return flag.raised ? wrongWay(l) : wrongWayCleared(l)
        case let .questionOpened(question): return questionOpened(l) + question.name(l)
        case .questionClosed: return questionClosed(l)
        case .changeUndone: return undone(l)
        case .changeRedone: return redone(l)
        }
    }
}
