/// Something that happened in the workshop. Events are named for what happened; the
/// reducer folds them into `WorkshopState`. Time and identifiers travel inside them.
public indirect enum WorkshopEvent: Hashable, Sendable {
    case sessionStarted(SessionDetails, scenario: String?)
    case sessionDetailsEdited(SessionDetails)
    case participantAdded(Participant)
    case participantEdited(Participant)
    case participantRemoved(ParticipantID)
    case wegwijzerOpened(Int)
    case overviewOpened
    /// The countdown stops: time no longer counts for the open wegwijzer (a break, a detour).
    case timerPaused
    case timerResumed
    case wegwijzerStatusChanged(wegwijzer: Int, status: WegwijzerStatus)
    case notesEdited(wegwijzer: Int, text: String)
    case quadrantRoundOpened(id: String, QuadrantRoundSetup)
    case quadrantVoteCast(round: String, QuadrantBallot)
    case quadrantRoundRevealed(round: String)
    case emphasisChosen(Emphasis)
    case verbindAnswered(quadrant: Quadrant, answer: String)
    case constituencyAdded(Constituency)
    case constituencyEdited(Constituency)
    case constituencyRemoved(id: String)
    case agreementAdded(AccountabilityAgreement)
    case agreementEdited(AccountabilityAgreement)
    case agreementRemoved(id: String)
    case actorAdded(Actor)
    case actorEdited(Actor)
    /// The actor was placed here by hand; its ring follows from the distance.
    case actorMoved(id: String, BoardPoint)
    /// The actor and its relations were taken off the map.
    case actorRemoved(id: String)
    case relationAdded(Relation)
    case relationEdited(Relation)
    case relationRemoved(id: String)
    /// The automatic layout placed the actors that were not moved by hand.
    case networkLaidOut([String: BoardPoint])
    case domainAdded(Domain)
    case domainEdited(Domain)
    /// The domain and its links were taken off.
    case domainRemoved(id: String)
    case domainLinkSet(a: String, b: String, strength: DomainLinkStrength)
    case interestAdded(PartyInterest)
    case interestEdited(PartyInterest)
    case interestRemoved(id: String)
    /// The shared challenge statement, as it now reads.
    case challengeStated(String)
    case agendaTopicAdded(AgendaTopic)
    /// Its text or its dots changed.
    case agendaTopicEdited(AgendaTopic)
    case agendaTopicRemoved(id: String)
    case factAdded(Fact)
    case factEdited(Fact)
    case factRemoved(id: String)
    /// The whole agenda, as it now stands.
    case agendaSet([AgendaSlot])
    case connectionAdded(ConnectionItem)
    case connectionEdited(ConnectionItem)
    case connectionRemoved(id: String)
    case reflectionAdded(ReflectionItem)
    case reflectionEdited(ReflectionItem)
    case reflectionRemoved(id: String)
    case leadershipChosen(Leadership)
    case recalibrationPlanned(String)
    case commitmentAdded(Commitment)
    case commitmentEdited(Commitment)
    case commitmentRemoved(id: String)
    case weefselRoundOpened(id: String, WeefselRoundSetup)
    /// `value` 1 … 5, or 0 for "weet niet".
    case weefselScoreGiven(round: String, WeefselCell, value: Int)
    case weefselScoreCleared(round: String, WeefselCell)
    case weefselRoundRevealed(round: String)
    case elementNotesEdited(WeefselElement, ElementNotes)
    case wrongWayFlagSet(WrongWayFlag)
    /// The change recorded as event `seq` was taken back.
    case changeUndone(seq: Int)
    /// The change recorded as event `seq` was put back after an undo.
    case changeRedone(seq: Int)

    /// The name written as `type` in the session file.
    public var typeName: String {
        switch self {
        case .sessionStarted: "sessionStarted"
        case .sessionDetailsEdited: "sessionDetailsEdited"
        case .participantAdded: "participantAdded"
        case .participantEdited: "participantEdited"
        case .participantRemoved: "participantRemoved"
        case .wegwijzerOpened: "wegwijzerOpened"
        case .overviewOpened: "overviewOpened"
        case .timerPaused: "timerPaused"
        case .timerResumed: "timerResumed"
        case .wegwijzerStatusChanged: "wegwijzerStatusChanged"
        case .notesEdited: "notesEdited"
        case .quadrantRoundOpened: "quadrantRoundOpened"
        case .quadrantVoteCast: "quadrantVoteCast"
        case .quadrantRoundRevealed: "quadrantRoundRevealed"
        case .emphasisChosen: "emphasisChosen"
        case .verbindAnswered: "verbindAnswered"
        case .constituencyAdded: "constituencyAdded"
        case .constituencyEdited: "constituencyEdited"
        case .constituencyRemoved: "constituencyRemoved"
        case .agreementAdded: "agreementAdded"
        case .agreementEdited: "agreementEdited"
        case .agreementRemoved: "agreementRemoved"
        case .actorAdded: "actorAdded"
        case .actorEdited: "actorEdited"
        case .actorMoved: "actorMoved"
        case .actorRemoved: "actorRemoved"
        case .relationAdded: "relationAdded"
        case .relationEdited: "relationEdited"
        case .relationRemoved: "relationRemoved"
        case .networkLaidOut: "networkLaidOut"
        case .domainAdded: "domainAdded"
        case .domainEdited: "domainEdited"
        case .domainRemoved: "domainRemoved"
        case .domainLinkSet: "domainLinkSet"
        case .interestAdded: "interestAdded"
        case .interestEdited: "interestEdited"
        case .interestRemoved: "interestRemoved"
        case .challengeStated: "challengeStated"
        case .agendaTopicAdded: "agendaTopicAdded"
        case .agendaTopicEdited: "agendaTopicEdited"
        case .agendaTopicRemoved: "agendaTopicRemoved"
        case .factAdded: "factAdded"
        case .factEdited: "factEdited"
        case .factRemoved: "factRemoved"
        case .agendaSet: "agendaSet"
        case .connectionAdded: "connectionAdded"
        case .connectionEdited: "connectionEdited"
        case .connectionRemoved: "connectionRemoved"
        case .reflectionAdded: "reflectionAdded"
        case .reflectionEdited: "reflectionEdited"
        case .reflectionRemoved: "reflectionRemoved"
        case .leadershipChosen: "leadershipChosen"
        case .recalibrationPlanned: "recalibrationPlanned"
        case .commitmentAdded: "commitmentAdded"
        case .commitmentEdited: "commitmentEdited"
        case .commitmentRemoved: "commitmentRemoved"
        case .weefselRoundOpened: "weefselRoundOpened"
        case .weefselScoreGiven: "weefselScoreGiven"
        case .weefselScoreCleared: "weefselScoreCleared"
        case .weefselRoundRevealed: "weefselRoundRevealed"
        case .elementNotesEdited: "elementNotesEdited"
        case .wrongWayFlagSet: "wrongWayFlagSet"
        case .changeUndone: "changeUndone"
        case .changeRedone: "changeRedone"
        }
    }

    /// Whether undo can take this event back. Navigation and the start are not changes.
    public var isUndoable: Bool {
        switch self {
        case .sessionDetailsEdited, .participantAdded, .participantEdited, .participantRemoved,
             .wegwijzerStatusChanged, .notesEdited, .quadrantRoundOpened, .quadrantVoteCast, .quadrantRoundRevealed,
             .emphasisChosen, .verbindAnswered, .constituencyAdded, .constituencyEdited, .constituencyRemoved,
             .agreementAdded, .agreementEdited, .agreementRemoved, .weefselRoundOpened, .weefselScoreGiven,
             .weefselScoreCleared, .weefselRoundRevealed, .elementNotesEdited, .wrongWayFlagSet,
             .actorAdded, .actorEdited, .actorMoved, .actorRemoved, .relationAdded, .relationEdited, .relationRemoved,
             .networkLaidOut, .domainAdded, .domainEdited, .domainRemoved, .domainLinkSet, .interestAdded, .interestEdited, .interestRemoved, .challengeStated,
             .agendaTopicAdded, .agendaTopicEdited, .agendaTopicRemoved, .factAdded, .factEdited, .factRemoved, .agendaSet, .connectionAdded, .connectionEdited, .connectionRemoved, .reflectionAdded, .reflectionEdited, .reflectionRemoved, .leadershipChosen, .recalibrationPlanned,
             .commitmentAdded, .commitmentEdited, .commitmentRemoved:
            true
        case .sessionStarted, .wegwijzerOpened, .overviewOpened, .timerPaused, .timerResumed, .changeUndone, .changeRedone:
            false
        }
    }
}

/// An event as it stands in the log: its place, its time and what happened.
public struct RecordedEvent: Hashable, Sendable {
    /// 1, 2, 3 … without gaps.
    public let seq: Int
    public let at: Timestamp
    public let event: WorkshopEvent

    public init(seq: Int, at: Timestamp, event: WorkshopEvent) {
        self.seq = seq
        self.at = at
        self.event = event
    }
}

extension RecordedEvent: Codable {
    private enum Key: String, CodingKey { case seq, at, type, data }

    private struct Wegwijzer: Codable { var wegwijzer: Int }
    private struct StatusChange: Codable { var wegwijzer: Int; var status: WegwijzerStatus }
    private struct Notes: Codable { var wegwijzer: Int; var text: String }
    private struct Target: Codable { var seq: Int }
    private struct Removed: Codable { var id: ParticipantID }
    private struct Started: Codable { var details: SessionDetails; var scenario: String? }
    private struct Empty: Codable {}
    private struct RoundOpened: Codable { var id: String; var setup: QuadrantRoundSetup }
    private struct VoteCast: Codable { var round: String; var ballot: QuadrantBallot }
    private struct Round: Codable { var round: String }
    private struct Answer: Codable { var quadrant: Quadrant; var answer: String }
    private struct Identifier: Codable { var id: String }
    private struct Moment: Codable { var moment: String }
    private struct Statement: Codable { var statement: String }
    private struct Agenda: Codable { var items: [AgendaSlot] }
    private struct Link: Codable { var a: String; var b: String; var strength: DomainLinkStrength }
    private struct Moved: Codable { var id: String; var position: BoardPoint }
    private struct LaidOut: Codable { var positions: [String: BoardPoint] }
    private struct WeefselOpened: Codable { var id: String; var setup: WeefselRoundSetup }
    private struct Score: Codable { var round: String; var row: String; var indicator: String; var value: Int }
    private struct Cleared: Codable { var round: String; var row: String; var indicator: String }
    private struct Notes3: Codable { var element: WeefselElement; var notes: ElementNotes }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        seq = try c.decode(Int.self, forKey: .seq)
        at = try c.decode(Timestamp.self, forKey: .at)
        let type = try c.decode(String.self, forKey: .type)
        switch type {
        case "sessionStarted":
            let d = try c.decode(Started.self, forKey: .data)
            event = .sessionStarted(d.details, scenario: d.scenario)
        case "sessionDetailsEdited":
            event = .sessionDetailsEdited(try c.decode(SessionDetails.self, forKey: .data))
        case "participantAdded":
            event = .participantAdded(try c.decode(Participant.self, forKey: .data))
        case "participantEdited":
            event = .participantEdited(try c.decode(Participant.self, forKey: .data))
        case "participantRemoved":
            event = .participantRemoved(try c.decode(Removed.self, forKey: .data).id)
        case "wegwijzerOpened":
            event = .wegwijzerOpened(try c.decode(Wegwijzer.self, forKey: .data).wegwijzer)
        case "overviewOpened":
            event = .overviewOpened
        case "timerPaused":
            event = .timerPaused
        case "timerResumed":
            event = .timerResumed
        case "wegwijzerStatusChanged":
            let d = try c.decode(StatusChange.self, forKey: .data)
            event = .wegwijzerStatusChanged(wegwijzer: d.wegwijzer, status: d.status)
        case "notesEdited":
            let d = try c.decode(Notes.self, forKey: .data)
            event = .notesEdited(wegwijzer: d.wegwijzer, text: d.text)
        case "quadrantRoundOpened":
            let d = try c.decode(RoundOpened.self, forKey: .data)
            event = .quadrantRoundOpened(id: d.id, d.setup)
        case "quadrantVoteCast":
            let d = try c.decode(VoteCast.self, forKey: .data)
            event = .quadrantVoteCast(round: d.round, d.ballot)
        case "quadrantRoundRevealed":
            event = .quadrantRoundRevealed(round: try c.decode(Round.self, forKey: .data).round)
        case "emphasisChosen":
            event = .emphasisChosen(try c.decode(Emphasis.self, forKey: .data))
        case "verbindAnswered":
            let d = try c.decode(Answer.self, forKey: .data)
            event = .verbindAnswered(quadrant: d.quadrant, answer: d.answer)
        case "constituencyAdded":
            event = .constituencyAdded(try c.decode(Constituency.self, forKey: .data))
        case "constituencyEdited":
            event = .constituencyEdited(try c.decode(Constituency.self, forKey: .data))
        case "constituencyRemoved":
            event = .constituencyRemoved(id: try c.decode(Identifier.self, forKey: .data).id)
        case "agreementAdded":
            event = .agreementAdded(try c.decode(AccountabilityAgreement.self, forKey: .data))
        case "agreementEdited":
            event = .agreementEdited(try c.decode(AccountabilityAgreement.self, forKey: .data))
        case "agreementRemoved":
            event = .agreementRemoved(id: try c.decode(Identifier.self, forKey: .data).id)
        case "actorAdded": event = .actorAdded(try c.decode(Actor.self, forKey: .data))
        case "actorEdited": event = .actorEdited(try c.decode(Actor.self, forKey: .data))
        case "actorMoved":
            let d = try c.decode(Moved.self, forKey: .data)
            event = .actorMoved(id: d.id, d.position)
        case "actorRemoved": event = .actorRemoved(id: try c.decode(Identifier.self, forKey: .data).id)
        case "relationAdded": event = .relationAdded(try c.decode(Relation.self, forKey: .data))
        case "relationEdited": event = .relationEdited(try c.decode(Relation.self, forKey: .data))
        case "relationRemoved": event = .relationRemoved(id: try c.decode(Identifier.self, forKey: .data).id)
        case "networkLaidOut": event = .networkLaidOut(try c.decode(LaidOut.self, forKey: .data).positions)
        case "domainAdded": event = .domainAdded(try c.decode(Domain.self, forKey: .data))
        case "domainEdited": event = .domainEdited(try c.decode(Domain.self, forKey: .data))
        case "domainRemoved": event = .domainRemoved(id: try c.decode(Identifier.self, forKey: .data).id)
        case "domainLinkSet":
            let d = try c.decode(Link.self, forKey: .data)
            event = .domainLinkSet(a: d.a, b: d.b, strength: d.strength)
        case "interestAdded": event = .interestAdded(try c.decode(PartyInterest.self, forKey: .data))
        case "interestEdited": event = .interestEdited(try c.decode(PartyInterest.self, forKey: .data))
        case "interestRemoved": event = .interestRemoved(id: try c.decode(Identifier.self, forKey: .data).id)
        case "challengeStated": event = .challengeStated(try c.decode(Statement.self, forKey: .data).statement)
        case "agendaTopicAdded": event = .agendaTopicAdded(try c.decode(AgendaTopic.self, forKey: .data))
        case "agendaTopicEdited": event = .agendaTopicEdited(try c.decode(AgendaTopic.self, forKey: .data))
        case "agendaTopicRemoved": event = .agendaTopicRemoved(id: try c.decode(Identifier.self, forKey: .data).id)
        case "factAdded": event = .factAdded(try c.decode(Fact.self, forKey: .data))
        case "factEdited": event = .factEdited(try c.decode(Fact.self, forKey: .data))
        case "factRemoved": event = .factRemoved(id: try c.decode(Identifier.self, forKey: .data).id)
        case "agendaSet": event = .agendaSet(try c.decode(Agenda.self, forKey: .data).items)
        case "connectionAdded": event = .connectionAdded(try c.decode(ConnectionItem.self, forKey: .data))
        case "connectionEdited": event = .connectionEdited(try c.decode(ConnectionItem.self, forKey: .data))
        case "connectionRemoved": event = .connectionRemoved(id: try c.decode(Identifier.self, forKey: .data).id)
        case "reflectionAdded": event = .reflectionAdded(try c.decode(ReflectionItem.self, forKey: .data))
        case "reflectionEdited": event = .reflectionEdited(try c.decode(ReflectionItem.self, forKey: .data))
        case "reflectionRemoved": event = .reflectionRemoved(id: try c.decode(Identifier.self, forKey: .data).id)
        case "leadershipChosen": event = .leadershipChosen(try c.decode(Leadership.self, forKey: .data))
        case "recalibrationPlanned": event = .recalibrationPlanned(try c.decode(Moment.self, forKey: .data).moment)
        case "commitmentAdded": event = .commitmentAdded(try c.decode(Commitment.self, forKey: .data))
        case "commitmentEdited": event = .commitmentEdited(try c.decode(Commitment.self, forKey: .data))
        case "commitmentRemoved": event = .commitmentRemoved(id: try c.decode(Identifier.self, forKey: .data).id)
        case "weefselRoundOpened":
            let d = try c.decode(WeefselOpened.self, forKey: .data)
            event = .weefselRoundOpened(id: d.id, d.setup)
        case "weefselScoreGiven":
            let d = try c.decode(Score.self, forKey: .data)
            event = .weefselScoreGiven(round: d.round, WeefselCell(row: d.row, indicator: d.indicator), value: d.value)
        case "weefselScoreCleared":
            let d = try c.decode(Cleared.self, forKey: .data)
            event = .weefselScoreCleared(round: d.round, WeefselCell(row: d.row, indicator: d.indicator))
        case "weefselRoundRevealed":
            event = .weefselRoundRevealed(round: try c.decode(Round.self, forKey: .data).round)
        case "elementNotesEdited":
            let d = try c.decode(Notes3.self, forKey: .data)
            event = .elementNotesEdited(d.element, d.notes)
        case "wrongWayFlagSet":
            event = .wrongWayFlagSet(try c.decode(WrongWayFlag.self, forKey: .data))
        case "changeUndone":
            event = .changeUndone(seq: try c.decode(Target.self, forKey: .data).seq)
        case "changeRedone":
            event = .changeRedone(seq: try c.decode(Target.self, forKey: .data).seq)
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown event type \"\(type)\"")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(seq, forKey: .seq)
        try c.encode(at, forKey: .at)
        try c.encode(event.typeName, forKey: .type)
        switch event {
        case let .sessionStarted(details, scenario):
            try c.encode(Started(details: details, scenario: scenario), forKey: .data)
        case let .sessionDetailsEdited(details):
            try c.encode(details, forKey: .data)
        case let .participantAdded(p), let .participantEdited(p):
            try c.encode(p, forKey: .data)
        case let .participantRemoved(id):
            try c.encode(Removed(id: id), forKey: .data)
        case let .wegwijzerOpened(n):
            try c.encode(Wegwijzer(wegwijzer: n), forKey: .data)
        case .overviewOpened, .timerPaused, .timerResumed:
            try c.encode(Empty(), forKey: .data)
        case let .wegwijzerStatusChanged(n, status):
            try c.encode(StatusChange(wegwijzer: n, status: status), forKey: .data)
        case let .notesEdited(n, text):
            try c.encode(Notes(wegwijzer: n, text: text), forKey: .data)
        case let .quadrantRoundOpened(id, setup):
            try c.encode(RoundOpened(id: id, setup: setup), forKey: .data)
        case let .quadrantVoteCast(round, ballot):
            try c.encode(VoteCast(round: round, ballot: ballot), forKey: .data)
        case let .quadrantRoundRevealed(round):
            try c.encode(Round(round: round), forKey: .data)
        case let .emphasisChosen(emphasis):
            try c.encode(emphasis, forKey: .data)
        case let .verbindAnswered(quadrant, answer):
            try c.encode(Answer(quadrant: quadrant, answer: answer), forKey: .data)
        case let .constituencyAdded(x), let .constituencyEdited(x):
            try c.encode(x, forKey: .data)
        case let .agreementAdded(x), let .agreementEdited(x):
            try c.encode(x, forKey: .data)
        case let .constituencyRemoved(id), let .agreementRemoved(id):
            try c.encode(Identifier(id: id), forKey: .data)
        case let .actorAdded(a), let .actorEdited(a):
            try c.encode(a, forKey: .data)
        case let .actorMoved(id, position):
            try c.encode(Moved(id: id, position: position), forKey: .data)
        case let .commitmentAdded(x), let .commitmentEdited(x):
            try c.encode(x, forKey: .data)
        case let .reflectionAdded(x), let .reflectionEdited(x):
            try c.encode(x, forKey: .data)
        case let .leadershipChosen(x):
            try c.encode(x, forKey: .data)
        case let .recalibrationPlanned(moment):
            try c.encode(Moment(moment: moment), forKey: .data)
        case let .reflectionRemoved(id), let .connectionRemoved(id):
            try c.encode(Identifier(id: id), forKey: .data)
        case let .connectionAdded(x), let .connectionEdited(x):
            try c.encode(x, forKey: .data)
        case let .agendaSet(items):
            try c.encode(Agenda(items: items), forKey: .data)
        case let .factAdded(x), let .factEdited(x):
            try c.encode(x, forKey: .data)
        case let .interestAdded(x), let .interestEdited(x):
            try c.encode(x, forKey: .data)
        case let .agendaTopicAdded(x), let .agendaTopicEdited(x):
            try c.encode(x, forKey: .data)
        case let .interestRemoved(id), let .agendaTopicRemoved(id):
            try c.encode(Identifier(id: id), forKey: .data)
        case let .challengeStated(text):
            try c.encode(Statement(statement: text), forKey: .data)
        case let .factRemoved(id), let .domainRemoved(id):
            try c.encode(Identifier(id: id), forKey: .data)
        case let .domainAdded(x), let .domainEdited(x):
            try c.encode(x, forKey: .data)
        case let .domainLinkSet(a, b, strength):
            try c.encode(Link(a: a, b: b, strength: strength), forKey: .data)
        case let .actorRemoved(id), let .relationRemoved(id), let .commitmentRemoved(id):
            try c.encode(Identifier(id: id), forKey: .data)
        case let .relationAdded(r), let .relationEdited(r):
            try c.encode(r, forKey: .data)
        case let .networkLaidOut(positions):
            try c.encode(LaidOut(positions: positions), forKey: .data)
        case let .weefselRoundOpened(id, setup):
            try c.encode(WeefselOpened(id: id, setup: setup), forKey: .data)
        case let .weefselScoreGiven(round, cell, value):
            try c.encode(Score(round: round, row: cell.row, indicator: cell.indicator, value: value), forKey: .data)
        case let .weefselScoreCleared(round, cell):
            try c.encode(Cleared(round: round, row: cell.row, indicator: cell.indicator), forKey: .data)
        case let .weefselRoundRevealed(round):
            try c.encode(Round(round: round), forKey: .data)
        case let .elementNotesEdited(element, notes):
            try c.encode(Notes3(element: element, notes: notes), forKey: .data)
        case let .wrongWayFlagSet(flag):
            try c.encode(flag, forKey: .data)
        case let .changeUndone(seq), let .changeRedone(seq):
            try c.encode(Target(seq: seq), forKey: .data)
        }
    }
}
