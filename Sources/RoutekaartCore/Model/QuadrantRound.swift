/// Which question a voting round asks.
public enum RoundKind: String, CaseIterable, Sendable, Codable {
    /// Where the cooperation stands now.
    case current = "nu"
    /// Where the emphasis should lie for this challenge.
    case desired = "gewenst"
}

/// One vote per participant, or a number of dots spread over the quadrants.
public enum VotingStyle: String, CaseIterable, Sendable, Codable {
    case single
    case dots
}

/// The dots one ballot gives each quadrant.
public struct QuadrantDots: Hashable, Sendable, Codable {
    public var presterend = 0
    public var netwerkend = 0
    public var rechtmatig = 0
    public var responsief = 0

    public init() {}

    public init(_ quadrant: Quadrant, _ count: Int = 1) { self[quadrant] = count }

    public subscript(_ q: Quadrant) -> Int {
        get {
            switch q {
            case .presterend: presterend
            case .netwerkend: netwerkend
            case .rechtmatig: rechtmatig
            case .responsief: responsief
            }
        }
        set {
            switch q {
            case .presterend: presterend = newValue
            case .netwerkend: netwerkend = newValue
            case .rechtmatig: rechtmatig = newValue
            case .responsief: responsief = newValue
            }
        }
    }

    public var total: Int { presterend + netwerkend + rechtmatig + responsief }
}

/// One participant's (or, in an anonymous round, one unnamed) vote.
public struct QuadrantBallot: Hashable, Sendable, Codable {
    /// Nil in an anonymous round: the identity is never stored.
    public var voter: ParticipantID?
    public var dots: QuadrantDots
    /// Cast on a phone in the room rather than typed by the facilitator; which phone is never stored.
    public var fromDevice: Bool

    public init(voter: ParticipantID?, dots: QuadrantDots, fromDevice: Bool = false) {
        self.voter = voter
        self.dots = dots
        self.fromDevice = fromDevice
    }

    private enum Key: String, CodingKey { case voter, dots, device }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        voter = try c.decodeIfPresent(ParticipantID.self, forKey: .voter)
        dots = try c.decode(QuadrantDots.self, forKey: .dots)
        fromDevice = try c.decodeIfPresent(Bool.self, forKey: .device) ?? false
    }

    /// A typed vote is written as before; a phone's carries `"device": true`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encodeIfPresent(voter, forKey: .voter)
        try c.encode(dots, forKey: .dots)
        if fromDevice { try c.encode(true, forKey: .device) }
    }
}

/// How a round was set up when it opened.
public struct QuadrantRoundSetup: Hashable, Sendable, Codable {
    public var kind: RoundKind
    public var style: VotingStyle
    /// Dots per voter: 1 for a single choice.
    public var dotsPerVoter: Int
    public var anonymous: Bool
    /// Votes and tallies stay hidden until the round is revealed.
    public var blind: Bool

    public init(kind: RoundKind, style: VotingStyle, dotsPerVoter: Int = 3, anonymous: Bool = false, blind: Bool = false) {
        self.kind = kind
        self.style = style
        self.dotsPerVoter = style == .single ? 1 : dotsPerVoter
        self.anonymous = anonymous
        self.blind = blind
    }
}

/// A round of voting on the quadrant model. Earlier rounds are kept when one is re-run.
public struct QuadrantRound: Hashable, Sendable, Identifiable {
    /// "q1", "q2" …
    public let id: String
    public var setup: QuadrantRoundSetup
    public var ballots: [QuadrantBallot] = []
    public var revealed = false

    public init(id: String, setup: QuadrantRoundSetup) {
        self.id = id
        self.setup = setup
    }

    /// Whether the room may see votes and tallies.
    public var isVisible: Bool { !setup.blind || revealed }

    public func ballot(of voter: ParticipantID) -> QuadrantBallot? {
        ballots.first { $0.voter == voter }
    }
}

/// The steering emphasis the group chose, and why.
public struct Emphasis: Hashable, Sendable, Codable {
    public var quadrant: Quadrant
    public var rationale: String

    public init(quadrant: Quadrant, rationale: String) {
        self.quadrant = quadrant
        self.rationale = rationale
    }
}
