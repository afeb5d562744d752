/// Everything the room has said so far: the fold of the event log.
public struct WorkshopState: Hashable, Sendable {
    public var details: SessionDetails
    /// The scenario the session started from, if any.
    public var scenario: String?
    public var participants: [Participant]
    /// Status per wegwijzer, index 0 = wegwijzer 1.
    public var statuses: [WegwijzerStatus]
    /// Facilitator's notes per wegwijzer, index 0 = wegwijzer 1.
    public var notes: [String]
    /// The wegwijzer open on screen; nil when the route map overview is shown.
    public var openWegwijzer: Int?
    /// The number that the next participant's id gets.
    public var nextParticipantNumber: Int

    public init(details: SessionDetails = SessionDetails(title: "")) {
        self.details = details
        self.scenario = nil
        self.participants = []
        self.statuses = Array(repeating: .nietBezocht, count: Method.wegwijzers.count)
        self.notes = Array(repeating: "", count: Method.wegwijzers.count)
        self.openWegwijzer = nil
        self.nextParticipantNumber = 1
    }

    public func status(of wegwijzer: Int) -> WegwijzerStatus { statuses[wegwijzer - 1] }
    public func notes(of wegwijzer: Int) -> String { notes[wegwijzer - 1] }
    public func participant(_ id: ParticipantID) -> Participant? { participants.first { $0.id == id } }
}
