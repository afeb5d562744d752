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
            if state.statuses[n - 1] == .nietBezocht { state.statuses[n - 1] = .bezig }
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
        case let .emphasisChosen(emphasis):
            state.emphasis = emphasis
        case let .verbindAnswered(quadrant, answer):
            state.verbindAnswers[quadrant] = answer.isEmpty ? nil : answer
        case let .constituencyAdded(item):
            guard !state.constituencies.contains(where: { $0.id == item.id }) else { return }
            state.constituencies.append(item)
            state.nextConstituencyNumber = max(state.nextConstituencyNumber, number(item.id) + 1)
        case let .constituencyEdited(item):
            guard let i = state.constituencies.firstIndex(where: { $0.id == item.id }) else { return }
            state.constituencies[i] = item
        case let .constituencyRemoved(id):
            state.constituencies.removeAll { $0.id == id }
        case let .agreementAdded(item):
            guard !state.agreements.contains(where: { $0.id == item.id }) else { return }
            state.agreements.append(item)
            state.nextAgreementNumber = max(state.nextAgreementNumber, number(item.id) + 1)
        case let .agreementEdited(item):
            guard let i = state.agreements.firstIndex(where: { $0.id == item.id }) else { return }
            state.agreements[i] = item
        case let .agreementRemoved(id):
            state.agreements.removeAll { $0.id == id }
        case let .actorAdded(actor):
            guard state.actor(actor.id) == nil else { return }
            state.actors.append(actor)
            state.nextActorNumber = max(state.nextActorNumber, number(actor.id) + 1)
        case let .actorEdited(actor):
            guard let i = state.actors.firstIndex(where: { $0.id == actor.id }) else { return }
            state.actors[i] = actor
        case let .actorMoved(id, position):
            guard let i = state.actors.firstIndex(where: { $0.id == id }) else { return }
            state.actors[i].position = position.clamped
            state.actors[i].pinned = true
            state.actors[i].fields.closeness = position.clamped.ring
        case let .actorRemoved(id):
            state.actors.removeAll { $0.id == id }
            state.relations.removeAll { $0.fields.from == id || $0.fields.to == id }
        case let .relationAdded(relation):
            guard state.actor(relation.fields.from) != nil, state.actor(relation.fields.to) != nil,
                  !state.relations.contains(where: { $0.id == relation.id }) else { return }
            state.relations.append(relation)
            state.nextRelationNumber = max(state.nextRelationNumber, number(relation.id) + 1)
        case let .relationEdited(relation):
            guard let i = state.relations.firstIndex(where: { $0.id == relation.id }) else { return }
            state.relations[i] = relation
        case let .relationRemoved(id):
            state.relations.removeAll { $0.id == id }
        case let .networkLaidOut(positions):
            for i in state.actors.indices where !state.actors[i].pinned {
                if let p = positions[state.actors[i].id] { state.actors[i].position = p.clamped }
            }
        case let .domainAdded(item):
            guard !state.domains.contains(where: { $0.id == item.id }) else { return }
            state.domains.append(item)
            state.nextDomainNumber = max(state.nextDomainNumber, number(item.id) + 1)
        case let .domainEdited(item):
            guard let i = state.domains.firstIndex(where: { $0.id == item.id }) else { return }
            state.domains[i] = item
        case let .domainRemoved(id):
            state.domains.removeAll { $0.id == id }
            state.domainLinks = state.domainLinks.filter { !$0.key.split(separator: "|").contains(Substring(id)) }
        case let .domainLinkSet(a, b, strength):
            guard a != b, state.domains.contains(where: { $0.id == a }), state.domains.contains(where: { $0.id == b }) else { return }
            state.domainLinks[WorkshopState.linkKey(a, b)] = strength
        case let .factAdded(item):
            guard !state.facts.contains(where: { $0.id == item.id }) else { return }
            state.facts.append(item)
            state.nextFactNumber = max(state.nextFactNumber, number(item.id) + 1)
        case let .factEdited(item):
            guard let i = state.facts.firstIndex(where: { $0.id == item.id }) else { return }
            state.facts[i] = item
        case let .factRemoved(id):
            state.facts.removeAll { $0.id == id }
        case let .agendaSet(items):
            state.agenda = items.filter { (1...10).contains($0.wegwijzer) && $0.minutes > 0 }
        case let .interestAdded(item):
            guard !state.interests.contains(where: { $0.id == item.id }) else { return }
            state.interests.append(item)
            state.nextInterestNumber = max(state.nextInterestNumber, number(item.id) + 1)
        case let .interestEdited(item):
            guard let i = state.interests.firstIndex(where: { $0.id == item.id }) else { return }
            state.interests[i] = item
        case let .interestRemoved(id):
            state.interests.removeAll { $0.id == id }
        case let .challengeStated(text):
            state.challengeStatement = text
        case let .agendaTopicAdded(item):
            guard !state.agendaTopics.contains(where: { $0.id == item.id }) else { return }
            state.agendaTopics.append(item)
            state.nextTopicNumber = max(state.nextTopicNumber, number(item.id) + 1)
        case let .agendaTopicEdited(item):
            guard let i = state.agendaTopics.firstIndex(where: { $0.id == item.id }) else { return }
            state.agendaTopics[i] = item
        case let .agendaTopicRemoved(id):
            state.agendaTopics.removeAll { $0.id == id }
        case let .connectionAdded(item):
            guard !state.connections.contains(where: { $0.id == item.id }) else { return }
            state.connections.append(item)
            state.nextConnectionNumber = max(state.nextConnectionNumber, number(item.id) + 1)
        case let .connectionEdited(item):
            guard let i = state.connections.firstIndex(where: { $0.id == item.id }) else { return }
            state.connections[i] = item
        case let .connectionRemoved(id):
            state.connections.removeAll { $0.id == id }
        case let .reflectionAdded(item):
            guard !state.reflections.contains(where: { $0.id == item.id }) else { return }
            state.reflections.append(item)
            state.nextReflectionNumber = max(state.nextReflectionNumber, number(item.id) + 1)
        case let .reflectionEdited(item):
            guard let i = state.reflections.firstIndex(where: { $0.id == item.id }) else { return }
            state.reflections[i] = item
        case let .reflectionRemoved(id):
            state.reflections.removeAll { $0.id == id }
        case let .leadershipChosen(leadership):
            state.leadership = leadership
        case let .recalibrationPlanned(moment):
            state.recalibration = moment
        case let .commitmentAdded(item):
            guard !state.commitments.contains(where: { $0.id == item.id }) else { return }
            state.commitments.append(item)
            state.nextCommitmentNumber = max(state.nextCommitmentNumber, number(item.id) + 1)
        case let .commitmentEdited(item):
            guard let i = state.commitments.firstIndex(where: { $0.id == item.id }) else { return }
            state.commitments[i] = item
        case let .commitmentRemoved(id):
            state.commitments.removeAll { $0.id == id }
        case let .weefselRoundOpened(id, setup):
            guard state.weefselRound(id) == nil else { return }
            state.weefselRounds.append(WeefselRound(id: id, setup: setup))
            state.nextWeefselRoundNumber = max(state.nextWeefselRoundNumber, number(id) + 1)
        case let .weefselScoreGiven(roundID, cell, value):
            guard let i = state.weefselRounds.firstIndex(where: { $0.id == roundID }), (0...5).contains(value),
                  !state.weefselRounds[i].setup.anonymous || isRespondent(cell.row) else { return }
            state.weefselRounds[i].answers[cell] = value
        case let .weefselScoreCleared(roundID, cell):
            guard let i = state.weefselRounds.firstIndex(where: { $0.id == roundID }) else { return }
            state.weefselRounds[i].answers[cell] = nil
        case let .weefselRoundRevealed(roundID):
            guard let i = state.weefselRounds.firstIndex(where: { $0.id == roundID }) else { return }
            state.weefselRounds[i].revealed = true
        case let .elementNotesEdited(element, notes):
            state.elementNotes[element] = notes.isEmpty ? nil : notes
        case let .wrongWayFlagSet(flag):
            state.wrongWay = flag
        case .changeUndone, .changeRedone:
            break  // handled by SessionHistory, which knows the log
        }
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
