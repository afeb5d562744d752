/// What the facilitator asks for. `Engine.execute` validates a command into events.
/// Commands carry no UI types, so other sources (a voting page, a script) can send them.
public enum WorkshopCommand: Hashable, Sendable {
    case startSession(SessionDetails, scenario: String?)
    case editDetails(SessionDetails)
    case addParticipant(ParticipantFields)
    case editParticipant(ParticipantID, ParticipantFields)
    case removeParticipant(ParticipantID)
    case openWegwijzer(Int)
    case openOverview
    case setStatus(wegwijzer: Int, status: WegwijzerStatus)
    case editNotes(wegwijzer: Int, text: String)
    case undo
    case redo
}

/// Why a command was refused, in words for the facilitator.
public enum CommandError: Error, Hashable, Sendable {
    case emptyName
    case tooLong(field: String, limit: Int)
    case unknownWegwijzer(Int)
    case unknownParticipant(ParticipantID)
    case nothingToUndo
    case nothingToRedo
    case readOnly

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.emptyName, .nl): "Een naam is verplicht."
        case (.emptyName, .en): "A name is required."
        case let (.tooLong(field, limit), .nl): "\(field) is te lang (hoogstens \(limit) tekens)."
        case let (.tooLong(field, limit), .en): "\(field) is too long (at most \(limit) characters)."
        case let (.unknownWegwijzer(n), .nl): "Wegwijzer \(n) bestaat niet; kies 1 tot en met 10."
        case let (.unknownWegwijzer(n), .en): "Signpost \(n) does not exist; choose 1 to 10."
        case let (.unknownParticipant(id), .nl): "Deelnemer \(id) bestaat niet (meer)."
        case let (.unknownParticipant(id), .en): "Participant \(id) does not exist (any more)."
        case (.nothingToUndo, .nl): "Er is niets om ongedaan te maken."
        case (.nothingToUndo, .en): "There is nothing to undo."
        case (.nothingToRedo, .nl): "Er is niets om opnieuw te doen."
        case (.nothingToRedo, .en): "There is nothing to redo."
        case (.readOnly, .nl): "Deze sessie is alleen-lezen geopend; wijzigen kan niet."
        case (.readOnly, .en): "This session is open read-only; it cannot be changed."
        }
    }
}
