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
    /// Voting rounds on the quadrant model, oldest first (wegwijzer 5).
    public var quadrantRounds: [QuadrantRound] = []
    /// The chosen steering emphasis (wegwijzer 5, "borg en verbind").
    public var emphasis: Emphasis?
    /// The group's answers to the core questions of the other quadrants.
    public var verbindAnswers: [Quadrant: String] = [:]
    /// Constituencies and accountability agreements (wegwijzer 6).
    public var constituencies: [Constituency] = []
    public var agreements: [AccountabilityAgreement] = []
    /// Scoring rounds of structuur, personen and weefsel (wegwijzer 7).
    public var weefselRounds: [WeefselRound] = []
    public var elementNotes: [WeefselElement: ElementNotes] = [:]
    public var wrongWay = WrongWayFlag(raised: false)
    public var nextWeefselRoundNumber = 1
    /// The network map (wegwijzer 4).
    public var actors: [Actor] = []
    public var relations: [Relation] = []
    /// The facts board (wegwijzer 1).
    public var facts: [Fact] = []
    /// The challenge defined together (wegwijzer 2): each party's interest, the shared
    /// statement and the attractive agenda, ranked by dot voting.
    public var interests: [PartyInterest] = []
    public var challengeStatement = ""
    public var agendaTopics: [AgendaTopic] = []
    /// Dots each participant may give on a phone in the room.
    public var agendaDotsPerVoter = 3
    /// The dots each participant gave on a phone, per agenda point; a new set replaces the old.
    public var agendaBallots: [ParticipantID: [String: Int]] = [:]
    /// Domains and how they are linked (wegwijzer 3); links are keyed "d1|d2" with the lower id first.
    public var domains: [Domain] = []
    public var domainLinks: [String: DomainLinkStrength] = [:]
    /// Which wegwijzers the session plans to visit, in order, with minutes each.
    public var agenda: [AgendaSlot] = []
    /// The countdown is paused: time does not count for any wegwijzer until it resumes.
    public var timerPaused = false
    /// Differences, what connects, messages (wegwijzer 8).
    public var connections: [ConnectionItem] = []
    /// Looking back (wegwijzer 9).
    public var reflections: [ReflectionItem] = []
    public var leadership: Leadership?
    /// The next moment to re-calibrate challenge and agenda, as written.
    public var herijking = ""
    /// The action list (wegwijzer 10).
    public var commitments: [Commitment] = []
    /// What the room's phones are asked now; nil: they wait.
    public var openQuestion: RoomQuestion?
    /// The counter behind the ids "q…".
    public var nextRoundNumber = 1
    /// The number the next captured item of each kind gets ("f3" after "f1" and "f2").
    public var nextItemNumbers: [ItemKind: Int] = [:]

    public init(details: SessionDetails = SessionDetails(title: "")) {
        self.details = details
        self.scenario = nil
        self.participants = []
        self.statuses = Array(repeating: .notVisited, count: Method.wegwijzers.count)
        self.notes = Array(repeating: "", count: Method.wegwijzers.count)
        self.openWegwijzer = nil
        self.nextParticipantNumber = 1
    }

    public func status(of wegwijzer: Int) -> WegwijzerStatus { statuses[wegwijzer - 1] }
    public func notes(of wegwijzer: Int) -> String { notes[wegwijzer - 1] }
    public func participant(_ id: ParticipantID) -> Participant? { participants.first { $0.id == id } }
    public func round(_ id: String) -> QuadrantRound? { quadrantRounds.first { $0.id == id } }

    public func actor(_ id: String) -> Actor? { actors.first { $0.id == id } }
    public func nextNumber(_ kind: ItemKind) -> Int { nextItemNumbers[kind] ?? 1 }

    /// The agenda points with every dot counted: the facilitator's and the phones'.
    public var agendaWithPhoneDots: [AgendaTopic] {
        guard !agendaBallots.isEmpty else { return agendaTopics }
        var fromPhones: [String: Int] = [:]
        for ballot in agendaBallots.values { for (id, n) in ballot { fromPhones[id, default: 0] += n } }
        return agendaTopics.map { topic in
            var counted = topic
            counted.dots += fromPhones[topic.id] ?? 0
            return counted
        }
    }
    /// The key of the link between two domains, the same either way round.
    public static func linkKey(_ a: String, _ b: String) -> String { a < b ? a + "|" + b : b + "|" + a }

    /// Pairs of the three core domains (EZ, SZW, Onderwijs) whose link is missing or not yet known.
    /// The missing core links as the room reads them: "EZ — OND".
    public var missingCoreLinkLabels: [String] {
        missingCoreLinks.map { Method.short($0.0.fields.kind) + " — " + Method.short($0.1.fields.kind) }
    }

    public var missingCoreLinks: [(Domain, Domain)] {
        let core = domains.filter { DomainKind.core.contains($0.fields.kind) }
        var result: [(Domain, Domain)] = []
        for (i, a) in core.enumerated() {
            for b in core.dropFirst(i + 1) where a.fields.kind != b.fields.kind {
                let link = domainLinks[Self.linkKey(a.id, b.id)]
                if link == nil || link == .missing { result.append((a, b)) }
            }
        }
        return result
    }

    /// Planned minutes for wegwijzer `number`, if it is on the agenda.
    public func plannedMinutes(_ number: Int) -> Int? { agenda.first { $0.wegwijzer == number }?.minutes }
    public func weefselRound(_ id: String) -> WeefselRound? { weefselRounds.first { $0.id == id } }

    /// The most recent round of `kind`.
    public func latestRound(_ kind: RoundKind) -> QuadrantRound? { quadrantRounds.last { $0.setup.kind == kind } }
}
