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
    /// A captured item (a fact, an actor, a commitment …) was added with a new id.
    case itemAdded(Item)
    /// The item with this id now reads so.
    case itemEdited(Item)
    /// The item was taken off, with what depended on it (an actor's relations, a domain's links).
    case itemRemoved(ItemKind, id: String)
    /// The actor was placed here by hand; its ring follows from the distance.
    case actorMoved(id: String, BoardPoint)
    /// The automatic layout placed the actors that were not moved by hand.
    case networkLaidOut([String: BoardPoint])
    case domainLinkSet(a: String, b: String, strength: DomainLinkStrength)
    /// The shared challenge statement, as it now reads.
    case challengeStated(String)
    /// The whole agenda, as it now stands.
    case agendaSet([AgendaSlot])
    case leadershipChosen(Leadership)
    case herijkingPlanned(String)
    case weefselRoundOpened(id: String, WeefselRoundSetup)
    /// `value` 1 … 5, or 0 for "weet niet".
    case weefselScoreGiven(round: String, WeefselCell, value: Int)
    case weefselScoreCleared(round: String, WeefselCell)
    /// Each participant may now give this many dots to the agenda on a phone.
    case agendaDotsPerVoterSet(Int)
    /// A participant's dots on the agenda from a phone (agenda point id → dots), replacing their earlier ones.
    case agendaDotsGiven(voter: ParticipantID, dots: [String: Int])
    /// A phone in the room gave a whole row of scores (indicator id → 1 … 5, or 0).
    case weefselRowGiven(round: String, row: String, scores: [String: Int])
    case weefselRoundRevealed(round: String)
    case elementNotesEdited(WeefselElement, ElementNotes)
    case wrongWayFlagSet(WrongWayFlag)
    /// The phones are asked this question now, whatever the laptop shows.
    case questionOpened(RoomQuestion)
    /// The phones are asked nothing now.
    case questionClosed
    /// The change recorded as event `seq` was taken back.
    case changeUndone(seq: Int)
    /// The change recorded as event `seq` was put back after an undo.
    case changeRedone(seq: Int)

    /// The name written as `type` in the session file.
    public var typeName: String {
        switch self {
        case .sessionStarted: EventName.sessionStarted.rawValue
        case .sessionDetailsEdited: EventName.sessionDetailsEdited.rawValue
        case .participantAdded: EventName.participantAdded.rawValue
        case .participantEdited: EventName.participantEdited.rawValue
        case .participantRemoved: EventName.participantRemoved.rawValue
        case .wegwijzerOpened: EventName.wegwijzerOpened.rawValue
        case .overviewOpened: EventName.overviewOpened.rawValue
        case .timerPaused: EventName.timerPaused.rawValue
        case .timerResumed: EventName.timerResumed.rawValue
        case .wegwijzerStatusChanged: EventName.wegwijzerStatusChanged.rawValue
        case .notesEdited: EventName.notesEdited.rawValue
        case .quadrantRoundOpened: EventName.quadrantRoundOpened.rawValue
        case .quadrantVoteCast: EventName.quadrantVoteCast.rawValue
        case .quadrantRoundRevealed: EventName.quadrantRoundRevealed.rawValue
        case .emphasisChosen: EventName.emphasisChosen.rawValue
        case .verbindAnswered: EventName.verbindAnswered.rawValue
        case let .itemAdded(item): ItemChange.added.name(item.kind)
        case let .itemEdited(item): ItemChange.edited.name(item.kind)
        case let .itemRemoved(kind, _): ItemChange.removed.name(kind)
        case .actorMoved: EventName.actorMoved.rawValue
        case .networkLaidOut: EventName.networkLaidOut.rawValue
        case .domainLinkSet: EventName.domainLinkSet.rawValue
        case .challengeStated: EventName.challengeStated.rawValue
        case .agendaSet: EventName.agendaSet.rawValue
        case .leadershipChosen: EventName.leadershipChosen.rawValue
        case .herijkingPlanned: EventName.herijkingPlanned.rawValue
        case .weefselRoundOpened: EventName.weefselRoundOpened.rawValue
        case .weefselScoreGiven: EventName.weefselScoreGiven.rawValue
        case .weefselScoreCleared: EventName.weefselScoreCleared.rawValue
        case .weefselRowGiven: EventName.weefselRowGiven.rawValue
        case .agendaDotsPerVoterSet: EventName.agendaDotsPerVoterSet.rawValue
        case .agendaDotsGiven: EventName.agendaDotsGiven.rawValue
        case .weefselRoundRevealed: EventName.weefselRoundRevealed.rawValue
        case .elementNotesEdited: EventName.elementNotesEdited.rawValue
        case .wrongWayFlagSet: EventName.wrongWayFlagSet.rawValue
        case .questionOpened: EventName.questionOpened.rawValue
        case .questionClosed: EventName.questionClosed.rawValue
        case .changeUndone: EventName.changeUndone.rawValue
        case .changeRedone: EventName.changeRedone.rawValue
        }
    }

    /// Where the facilitator went (a wegwijzer or the route map): nothing the room said.
    public var isNavigation: Bool {
        switch self {
        case .wegwijzerOpened, .overviewOpened: true
        default: false
        }
    }

    /// Whether undo can take this event back. Navigation, the timer, the start and what the
    /// phones are asked are not changes (undo never closes a question under the room).
    public var isUndoable: Bool {
        switch self {
        case .sessionDetailsEdited, .participantAdded, .participantEdited, .participantRemoved,
             .wegwijzerStatusChanged, .notesEdited, .quadrantRoundOpened, .quadrantVoteCast, .quadrantRoundRevealed,
             .emphasisChosen, .verbindAnswered, .itemAdded, .itemEdited, .itemRemoved, .actorMoved, .networkLaidOut,
             .domainLinkSet, .challengeStated, .agendaSet, .leadershipChosen, .herijkingPlanned,
             .weefselRoundOpened, .weefselScoreGiven, .weefselScoreCleared, .weefselRowGiven, .weefselRoundRevealed, .elementNotesEdited,
             .agendaDotsPerVoterSet, .agendaDotsGiven,
             .wrongWayFlagSet:
            true
        case .sessionStarted, .wegwijzerOpened, .overviewOpened, .timerPaused, .timerResumed, .changeUndone, .changeRedone,
             .questionOpened, .questionClosed:
            false
        }
    }
}

/// The names of the events that are not about one captured item, as the session file
/// writes them. Item events are named by their kind and change: `ItemChange.name`.
public enum EventName: String, CaseIterable, Sendable {
    case sessionStarted, sessionDetailsEdited, participantAdded, participantEdited, participantRemoved
    case wegwijzerOpened, overviewOpened, timerPaused, timerResumed, wegwijzerStatusChanged, notesEdited
    case quadrantRoundOpened, quadrantVoteCast, quadrantRoundRevealed, emphasisChosen, verbindAnswered
    case actorMoved, networkLaidOut, domainLinkSet, challengeStated, agendaSet, leadershipChosen, agendaDotsPerVoterSet, agendaDotsGiven
    /// The method term is herijking; the session file has always called it so.
    case herijkingPlanned = "recalibrationPlanned"
    case weefselRoundOpened, weefselScoreGiven, weefselScoreCleared, weefselRowGiven, weefselRoundRevealed, elementNotesEdited, wrongWayFlagSet
    case questionOpened, questionClosed
    case changeUndone, changeRedone
}

/// What happened to a captured item; with its kind it names the event ("factAdded").
public enum ItemChange: String, CaseIterable, Sendable {
    case added = "Added", edited = "Edited", removed = "Removed"

    public func name(_ kind: ItemKind) -> String { Self.names[kind]![self]! }

    private static let names: [ItemKind: [ItemChange: String]] = Dictionary(uniqueKeysWithValues: ItemKind.allCases.map { kind in
        (kind, Dictionary(uniqueKeysWithValues: allCases.map { ($0, kind.rawValue + $0.rawValue) }))
    })

    /// The kind and change an item event's name stands for.
    static let byName: [String: (ItemKind, ItemChange)] = Dictionary(uniqueKeysWithValues: ItemKind.allCases.flatMap { kind in
        allCases.map { (kind.rawValue + $0.rawValue, (kind, $0)) }
    })
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

/// The session file's shape of each event: `{"seq", "at", "type", "data"}`. Decoding and
/// encoding are switches the compiler checks for completeness, over `EventName` and over
/// `WorkshopEvent`, so an event without a name, a decoder or an encoder does not build.
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
    private struct ElementNotesChange: Codable { var element: WeefselElement; var notes: ElementNotes }
    /// `device` is always true: only phones give rows; which phone is never stored.
    private struct Row: Codable { var round: String; var row: String; var scores: [String: Int]; var device = true }
    private struct DotsPerVoter: Codable { var dots: Int }
    /// `device` is always true: only phones give agenda dots this way.
    private struct AgendaDots: Codable { var voter: ParticipantID; var dots: [String: Int]; var device = true }
    /// `{"kind": "quadrantRound", "round": "q1"}`, `{"kind": "agenda"}`.
    private struct Question: Codable {
        var kind: String
        var round: String?

        init(_ question: RoomQuestion) {
            (kind, round) = (question.kind, question.round)
        }

        func question() throws -> RoomQuestion {
            guard let question = RoomQuestion(kind: kind, round: round) else {
                throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "an unknown question, or a round question without its round"))
            }
            return question
        }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        seq = try c.decode(Int.self, forKey: .seq)
        at = try c.decode(Timestamp.self, forKey: .at)
        let type = try c.decode(String.self, forKey: .type)
        if let name = EventName(rawValue: type) {
            event = try Self.decode(name, c)
        } else if let (kind, change) = ItemChange.byName[type] {
            switch change {
            case .added: event = .itemAdded(try Self.decodeItem(kind.type, c))
            case .edited: event = .itemEdited(try Self.decodeItem(kind.type, c))
            case .removed: event = .itemRemoved(kind, id: try c.decode(Identifier.self, forKey: .data).id)
            }
        } else {
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown event type \"\(type)\"")
        }
    }

    private static func decodeItem<I: CapturedItem>(_: I.Type, _ c: KeyedDecodingContainer<Key>) throws -> Item {
        Item(try c.decode(I.self, forKey: .data))
    }

    private static func decode(_ name: EventName, _ c: KeyedDecodingContainer<Key>) throws -> WorkshopEvent {
        func data<T: Decodable>(_ type: T.Type) throws -> T { try c.decode(type, forKey: .data) }
        switch name {
        case .sessionStarted:
            let d = try data(Started.self)
            return .sessionStarted(d.details, scenario: d.scenario)
        case .sessionDetailsEdited: return .sessionDetailsEdited(try data(SessionDetails.self))
        case .participantAdded: return .participantAdded(try data(Participant.self))
        case .participantEdited: return .participantEdited(try data(Participant.self))
        case .participantRemoved: return .participantRemoved(try data(Removed.self).id)
        case .wegwijzerOpened: return .wegwijzerOpened(try data(Wegwijzer.self).wegwijzer)
        case .overviewOpened: return .overviewOpened
        case .timerPaused: return .timerPaused
        case .timerResumed: return .timerResumed
        case .wegwijzerStatusChanged:
            let d = try data(StatusChange.self)
            return .wegwijzerStatusChanged(wegwijzer: d.wegwijzer, status: d.status)
        case .notesEdited:
            let d = try data(Notes.self)
            return .notesEdited(wegwijzer: d.wegwijzer, text: d.text)
        case .quadrantRoundOpened:
            let d = try data(RoundOpened.self)
            return .quadrantRoundOpened(id: d.id, d.setup)
        case .quadrantVoteCast:
            let d = try data(VoteCast.self)
            return .quadrantVoteCast(round: d.round, d.ballot)
        case .quadrantRoundRevealed: return .quadrantRoundRevealed(round: try data(Round.self).round)
        case .emphasisChosen: return .emphasisChosen(try data(Emphasis.self))
        case .verbindAnswered:
            let d = try data(Answer.self)
            return .verbindAnswered(quadrant: d.quadrant, answer: d.answer)
        case .actorMoved:
            let d = try data(Moved.self)
            return .actorMoved(id: d.id, d.position)
        case .networkLaidOut: return .networkLaidOut(try data(LaidOut.self).positions)
        case .domainLinkSet:
            let d = try data(Link.self)
            return .domainLinkSet(a: d.a, b: d.b, strength: d.strength)
        case .challengeStated: return .challengeStated(try data(Statement.self).statement)
        case .agendaSet: return .agendaSet(try data(Agenda.self).items)
        case .leadershipChosen: return .leadershipChosen(try data(Leadership.self))
        case .herijkingPlanned: return .herijkingPlanned(try data(Moment.self).moment)
        case .weefselRoundOpened:
            let d = try data(WeefselOpened.self)
            return .weefselRoundOpened(id: d.id, d.setup)
        case .weefselScoreGiven:
            let d = try data(Score.self)
            return .weefselScoreGiven(round: d.round, WeefselCell(row: d.row, indicator: d.indicator), value: d.value)
        case .weefselScoreCleared:
            let d = try data(Cleared.self)
            return .weefselScoreCleared(round: d.round, WeefselCell(row: d.row, indicator: d.indicator))
        case .agendaDotsPerVoterSet: return .agendaDotsPerVoterSet(try data(DotsPerVoter.self).dots)
        case .agendaDotsGiven:
            let d = try data(AgendaDots.self)
            return .agendaDotsGiven(voter: d.voter, dots: d.dots)
        case .weefselRowGiven:
            let d = try data(Row.self)
            return .weefselRowGiven(round: d.round, row: d.row, scores: d.scores)
        case .weefselRoundRevealed: return .weefselRoundRevealed(round: try data(Round.self).round)
        case .elementNotesEdited:
            let d = try data(ElementNotesChange.self)
            return .elementNotesEdited(d.element, d.notes)
        case .wrongWayFlagSet: return .wrongWayFlagSet(try data(WrongWayFlag.self))
        case .questionOpened: return .questionOpened(try data(Question.self).question())
        case .questionClosed: return .questionClosed
        case .changeUndone: return .changeUndone(seq: try data(Target.self).seq)
        case .changeRedone: return .changeRedone(seq: try data(Target.self).seq)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(seq, forKey: .seq)
        try c.encode(at, forKey: .at)
        try c.encode(event.typeName, forKey: .type)
        func data<T: Encodable>(_ value: T) throws { try c.encode(value, forKey: .data) }
        switch event {
        case let .sessionStarted(details, scenario): try data(Started(details: details, scenario: scenario))
        case let .sessionDetailsEdited(details): try data(details)
        case let .participantAdded(p), let .participantEdited(p): try data(p)
        case let .participantRemoved(id): try data(Removed(id: id))
        case let .wegwijzerOpened(n): try data(Wegwijzer(wegwijzer: n))
        case .overviewOpened, .timerPaused, .timerResumed, .questionClosed: try data(Empty())
        case let .questionOpened(question): try data(Question(question))
        case let .wegwijzerStatusChanged(n, status): try data(StatusChange(wegwijzer: n, status: status))
        case let .notesEdited(n, text): try data(Notes(wegwijzer: n, text: text))
        case let .quadrantRoundOpened(id, setup): try data(RoundOpened(id: id, setup: setup))
        case let .quadrantVoteCast(round, ballot): try data(VoteCast(round: round, ballot: ballot))
        case let .quadrantRoundRevealed(round), let .weefselRoundRevealed(round): try data(Round(round: round))
        case let .emphasisChosen(emphasis): try data(emphasis)
        case let .verbindAnswered(quadrant, answer): try data(Answer(quadrant: quadrant, answer: answer))
        case let .itemAdded(item), let .itemEdited(item): try data(item.value)
        case let .itemRemoved(_, id): try data(Identifier(id: id))
        case let .actorMoved(id, position): try data(Moved(id: id, position: position))
        case let .networkLaidOut(positions): try data(LaidOut(positions: positions))
        case let .domainLinkSet(a, b, strength): try data(Link(a: a, b: b, strength: strength))
        case let .challengeStated(text): try data(Statement(statement: text))
        case let .agendaSet(items): try data(Agenda(items: items))
        case let .leadershipChosen(leadership): try data(leadership)
        case let .herijkingPlanned(moment): try data(Moment(moment: moment))
        case let .weefselRoundOpened(id, setup): try data(WeefselOpened(id: id, setup: setup))
        case let .weefselScoreGiven(round, cell, value):
            try data(Score(round: round, row: cell.row, indicator: cell.indicator, value: value))
        case let .weefselScoreCleared(round, cell): try data(Cleared(round: round, row: cell.row, indicator: cell.indicator))
        case let .weefselRowGiven(round, row, scores): try data(Row(round: round, row: row, scores: scores))
        case let .agendaDotsPerVoterSet(dots): try data(DotsPerVoter(dots: dots))
        case let .agendaDotsGiven(voter, dots): try data(AgendaDots(voter: voter, dots: dots))
        case let .elementNotesEdited(element, notes): try data(ElementNotesChange(element: element, notes: notes))
        case let .wrongWayFlagSet(flag): try data(flag)
        case let .changeUndone(seq), let .changeRedone(seq): try data(Target(seq: seq))
        }
    }
}
