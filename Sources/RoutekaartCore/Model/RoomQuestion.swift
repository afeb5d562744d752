/// A question the facilitator opened to the room's phones. It belongs to the workshop, not
/// to the screen: it stays open whatever the laptop shows, until it is closed, revealed or
/// replaced by a new round (`questionOpened` / `questionClosed` in the log).
public enum RoomQuestion: Hashable, Sendable {
    /// A round on the quadrant model (wegwijzer 5).
    case quadrantRound(String)
    /// A weefsel scoring round (wegwijzer 7).
    case weefselRound(String)
    /// Dots on the attractive agenda (wegwijzer 2).
    case agenda

    /// A short key the phones send back with an answer, so that an answer to a question
    /// that closed meanwhile is known as such: "q1", "w2", "agenda".
    public var key: String {
        switch self {
        case .agenda: "agenda"
        case let .quadrantRound(id), let .weefselRound(id): id
        }
    }

    /// The kind's name in the session file (`questionOpened.kind`), and whether it names a round.
    public var kind: String {
        switch self {
        case .quadrantRound: "quadrantRound"
        case .weefselRound: "weefselRound"
        case .agenda: "agenda"
        }
    }

    /// The question a session file names; nil for a kind or round that does not fit.
    public init?(kind: String, round: String?) {
        switch (kind, round) {
        case let ("quadrantRound", id?): self = .quadrantRound(id)
        case let ("weefselRound", id?): self = .weefselRound(id)
        case ("agenda", nil): self = .agenda
        default: return nil
        }
    }

    /// The round a question names, for the session file; nil for the agenda.
    public var round: String? {
        switch self {
        case .agenda: nil
        case let .quadrantRound(id), let .weefselRound(id): id
        }
    }

    /// "stemronde q1", "scoreronde w2", "stippen op de agenda": in the timeline.
    public func name(_ l: Language) -> String {
        switch self {
        case let .quadrantRound(id): Self.votingRound(l) + id
        case let .weefselRound(id): Self.scoringRound(l) + id
        case .agenda: Self.agendaDots(l)
        }
    }

    /// "q1", "w2", "agenda": in the status bar.
    public func shortName(_ l: Language) -> String {
        switch self {
        case .agenda: Self.agendaShort(l)
        case let .quadrantRound(id), let .weefselRound(id): id
        }
    }

    /// Whether a phone's `command` answers this question (the engine refuses one that does not).
    public func isAnswered(by command: WorkshopCommand) -> Bool {
        switch (self, command) {
        case let (.quadrantRound(id), .castQuadrantVote(round, _, _, _)): id == round
        case let (.weefselRound(id), .giveWeefselRow(round, _, _)): id == round
        case (.agenda, .giveAgendaDots): true
        default: false
        }
    }

    static let votingRound = LocalizedText(nl: "stemronde ", en: "voting round ")
    static let scoringRound = LocalizedText(nl: "scoreronde ", en: "scoring round ")
    static let agendaDots = LocalizedText(nl: "stippen op de agenda", en: "dots on the agenda")
    static let agendaShort = LocalizedText(nl: "agenda", en: "agenda")

    /// Whether the question can be open in `state`: its round exists, is the latest of its
    /// kind and was not revealed; the agenda has points.
    public func isAskable(in state: WorkshopState) -> Bool {
        switch self {
        case let .quadrantRound(id): state.quadrantRounds.last.map { $0.id == id && !$0.revealed } ?? false
        case let .weefselRound(id): state.weefselRounds.last.map { $0.id == id && !$0.revealed } ?? false
        case .agenda: !state.agendaTopics.isEmpty
        }
    }

    /// Who answered so far, of how many.
    public func turnout(in state: WorkshopState) -> Turnout {
        switch self {
        case let .quadrantRound(id): state.round(id).map { Turnout($0, state.participants) } ?? Turnout(answered: 0, participants: state.participants)
        case let .weefselRound(id): state.weefselRound(id).map { Turnout($0, state.participants) } ?? Turnout(answered: 0, participants: state.participants)
        case .agenda: Turnout(answeredBy: Set(state.agendaBallots.keys), participants: state.participants)
        }
    }
}

/// How many of the room answered a question: "18 van 25 gestemd", and in a named question
/// who is still missing. Never what anyone chose.
public struct Turnout: Hashable, Sendable {
    public let answered: Int
    /// The participants in the session: the most answers an anonymous question takes.
    public let expected: Int
    /// In a named question, the participants without an answer yet, in the session's order;
    /// nil in an anonymous one, where nobody knows.
    public let missing: [Participant]?

    /// A named question that `ids` answered.
    public init(answeredBy ids: Set<ParticipantID>, participants: [Participant]) {
        answered = participants.filter { ids.contains($0.id) }.count
        expected = participants.count
        missing = participants.filter { !ids.contains($0.id) }
    }

    /// An anonymous question with `answered` answers.
    public init(answered: Int, participants: [Participant]) {
        self.answered = answered
        expected = participants.count
        missing = nil
    }

    public init(_ round: QuadrantRound, _ participants: [Participant]) {
        self = round.setup.anonymous
            ? Turnout(answered: round.ballots.count, participants: participants)
            : Turnout(answeredBy: Set(round.ballots.compactMap(\.voter)), participants: participants)
    }

    public init(_ round: WeefselRound, _ participants: [Participant]) {
        let rows = Set(round.answers.keys.map(\.row))
        self = round.setup.anonymous
            ? Turnout(answered: rows.count, participants: participants)
            : Turnout(answeredBy: Set(rows.map { ParticipantID($0) }), participants: participants)
    }

    /// Everyone expected has answered (and someone is expected).
    public var isComplete: Bool { expected > 0 && answered >= expected }

    /// "18 van 25 gestemd" / "18 of 25 voted".
    public func line(_ language: Language) -> String { Self.text(language, answered, expected) }

    static let text = LocalizedText(nl: "%1 van %2 gestemd", en: "%1 of %2 voted")
}
