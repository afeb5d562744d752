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
            if let number = Int(participant.id.rawValue.dropFirst()), number >= state.nextParticipantNumber {
                state.nextParticipantNumber = number + 1
            }
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
        case let .wegwijzerStatusChanged(n, status):
            guard state.statuses.indices.contains(n - 1) else { return }
            state.statuses[n - 1] = status
        case let .notesEdited(n, text):
            guard state.notes.indices.contains(n - 1) else { return }
            state.notes[n - 1] = text
        case .changeUndone, .changeRedone:
            break  // handled by SessionHistory, which knows the log
        }
    }

    /// `state` after `event`.
    public static func reduce(_ state: WorkshopState, _ event: WorkshopEvent) -> WorkshopState {
        var next = state
        apply(event, to: &next)
        return next
    }
}
