/// The pure fold of one event into the workshop state: no clock, no randomness, no I/O.
/// It is total: an event that does not fit the state (an unknown participant, a
/// wegwijzer out of range) changes nothing, so any log folds without a crash.
public enum Reducer {
    public static func apply(_ event: WorkshopEvent, to state: inout WorkshopState) {
        switch event {
        case let .sessionStarted(details, scenario):
            state.details = details
            state.scenario = scenario
        case let .sessionDetailsEdited(details):
            state.details = details
        case let .participantAdded(participant):
            guard state.participant(participant.id) == nil else { return }
            state.participants.append(participant)
            state.nextParticipantNumber = max(state.nextParticipantNumber, number(participant.id.rawValue) + 1)
        case let .participantEdited(participant):
            guard let i = state.participants.firstIndex(where: { $0.id == participant.id }) else { return }
            state.participants[i] = participant
        case let .participantRemoved(id):
            state.participants.removeAll { $0.id == id }
        case let .wegwijzerOpened(n):
            guard state.statuses.indices.contains(n - 1) else { return }
            state.openWegwijzer = n
            if state.statuses[n - 1] == .notVisited { state.statuses[n - 1] = .inProgress }
        case .overviewOpened:
            state.openWegwijzer = nil
        case .timerPaused:
            state.timerPaused = true
        case .timerResumed:
            state.timerPaused = false
        case let .wegwijzerStatusChanged(n, status):
            guard state.statuses.indices.contains(n - 1) else { return }
            state.statuses[n - 1] = status
        case let .notesEdited(n, text):
            guard state.notes.indices.contains(n - 1) else { return }
            state.notes[n - 1] = text
        case let .quadrantRoundOpened(id, setup):
            guard state.round(id) == nil, setup.dotsPerVoter >= 1 else { return }
            state.quadrantRounds.append(QuadrantRound(id: id, setup: setup))
            state.nextRoundNumber = max(state.nextRoundNumber, number(id) + 1)
            state.openQuestion = nil  // a new round replaces what the room was asked
        case let .quadrantVoteCast(roundID, ballot):
            guard let i = state.quadrantRounds.firstIndex(where: { $0.id == roundID }) else { return }
            var ballot = ballot
            if state.quadrantRounds[i].setup.anonymous { ballot.voter = nil }
            if let voter = ballot.voter {
                state.quadrantRounds[i].ballots.removeAll { $0.voter == voter }
            }
            state.quadrantRounds[i].ballots.append(ballot)
        case let .quadrantRoundRevealed(roundID):
            guard let i = state.quadrantRounds.firstIndex(where: { $0.id == roundID }) else { return }
            state.quadrantRounds[i].revealed = true
            if state.openQuestion == .quadrantRound(roundID) { state.openQuestion = nil }
        case let .emphasisChosen(emphasis):
            state.emphasis = emphasis
        case let .verbindAnswered(quadrant, answer):
            state.verbindAnswers[quadrant] = answer.isEmpty ? nil : answer
        case let .itemAdded(item):
            add(item.value, to: &state)
        case let .itemEdited(item):
            replace(item.value, in: &state)
        case let .itemRemoved(kind, id):
            remove(kind.type, id, from: &state)
            if state.openQuestion.map({ !$0.isAskable(in: state) }) ?? false { state.openQuestion = nil }
        case let .actorMoved(id, position):
            guard let i = state.actors.firstIndex(where: { $0.id == id }) else { return }
            state.actors[i].position = position.clamped
            state.actors[i].pinned = true
            state.actors[i].fields.closeness = position.clamped.ring
        case let .networkLaidOut(positions):
            for i in state.actors.indices where !state.actors[i].pinned {
                if let p = positions[state.actors[i].id] { state.actors[i].position = p.clamped }
            }
        case let .domainLinkSet(a, b, strength):
            guard a != b, state.domains.contains(where: { $0.id == a }), state.domains.contains(where: { $0.id == b }) else { return }
            state.domainLinks[WorkshopState.linkKey(a, b)] = strength
        case let .agendaSet(items):
            state.agenda = items.filter { (1...10).contains($0.wegwijzer) && $0.minutes > 0 }
        case let .challengeStated(text):
            state.challengeStatement = text
        case let .leadershipChosen(leadership):
            state.leadership = leadership
        case let .herijkingPlanned(moment):
            state.herijking = moment
        case let .weefselRoundOpened(id, setup):
            guard state.weefselRound(id) == nil else { return }
            state.weefselRounds.append(WeefselRound(id: id, setup: setup))
            state.nextWeefselRoundNumber = max(state.nextWeefselRoundNumber, number(id) + 1)
            state.openQuestion = nil
        case let .weefselScoreGiven(roundID, cell, value):
            guard let i = state.weefselRounds.firstIndex(where: { $0.id == roundID }), (0...5).contains(value),
                  !state.weefselRounds[i].setup.anonymous || isRespondent(cell.row) else { return }
            state.weefselRounds[i].answers[cell] = value
        case let .agendaDotsPerVoterSet(n):
            state.agendaDotsPerVoter = max(1, n)
        case let .agendaDotsGiven(voter, dots):
            state.agendaBallots[voter] = dots.isEmpty ? nil : dots
        case let .weefselRowGiven(roundID, row, scores):
            guard let i = state.weefselRounds.firstIndex(where: { $0.id == roundID }),
                  !state.weefselRounds[i].setup.anonymous || isRespondent(row) else { return }
            for (indicator, value) in scores where (0...5).contains(value) && Method.weefselIndicators.contains(where: { $0.id == indicator }) {
                state.weefselRounds[i].answers[WeefselCell(row: row, indicator: indicator)] = value
            }
        case let .weefselScoreCleared(roundID, cell):
            guard let i = state.weefselRounds.firstIndex(where: { $0.id == roundID }) else { return }
            state.weefselRounds[i].answers[cell] = nil
        case let .weefselRoundRevealed(roundID):
            guard let i = state.weefselRounds.firstIndex(where: { $0.id == roundID }) else { return }
            state.weefselRounds[i].revealed = true
            if state.openQuestion == .weefselRound(roundID) { state.openQuestion = nil }
        case let .elementNotesEdited(element, notes):
            state.elementNotes[element] = notes.isEmpty ? nil : notes
        case let .wrongWayFlagSet(flag):
            state.wrongWay = flag
        case let .questionOpened(question):
            guard question.isAskable(in: state) else { return }
            state.openQuestion = question
        case .questionClosed:
            state.openQuestion = nil
        case .changeUndone, .changeRedone:
            break  // handled by SessionHistory, which knows the log
        }
    }

    static func add<I: CapturedItem>(_ item: I, to state: inout WorkshopState) {
        guard item.fits(state), !state[keyPath: I.list].contains(where: { $0.id == item.id }) else { return }
        state[keyPath: I.list].append(item)
        state.nextItemNumbers[I.kind] = max(state.nextNumber(I.kind), number(item.id) + 1)
    }

    static func replace<I: CapturedItem>(_ item: I, in state: inout WorkshopState) {
        guard let i = state[keyPath: I.list].firstIndex(where: { $0.id == item.id }) else { return }
        state[keyPath: I.list][i] = item
    }

    static func remove<I: CapturedItem>(_: I.Type, _ id: String, from state: inout WorkshopState) {
        state[keyPath: I.list].removeAll { $0.id == id }
        I.removeDependents(of: id, from: &state)
    }

    /// A row of an anonymous grid: "r1", "r2" …, never a participant id.
    public static func isRespondent(_ row: String) -> Bool {
        row.first == "r" && row.count > 1 && row.dropFirst().allSatisfy(\.isNumber)
    }

    /// The number in an id such as "q3" (0 when there is none).
    static func number(_ id: String) -> Int { Int(id.drop { !$0.isNumber }) ?? 0 }

    /// `state` after `event`.
    public static func reduce(_ state: WorkshopState, _ event: WorkshopEvent) -> WorkshopState {
        var next = state
        apply(event, to: &next)
        return next
    }
}
