import Foundation
import RoutekaartCore

/// What an export is made from: the outcome of a session (its derived state), with
/// participants' names resolved, or replaced by P1, P2 … when anonymised.
public struct Outcome: Encodable, Sendable {
    public var format = "routekaart-outcome"
    public var version = 1
    public var session: Session
    /// "De uitkomst in het kort", made from the rest once it is known.
    public var summary = Summary(agenda: [], accountabilityAgreements: 0, actions: [])
    public var participants: [Person]
    public var wegwijzers: [Step]
    public var network: Network
    public var quadrant: QuadrantOutcome
    public var legitimacy: Legitimacy
    public var weefsel: WeefselOutcome
    /// The facts board (wegwijzer 1).
    public var facts: [FactOutcome]
    /// The challenge defined together (wegwijzer 2).
    public var challenge: Challenge
    /// The policy domains and how they are linked (wegwijzer 3).
    public var domains: Domains
    /// Differences, what connects, messages (wegwijzer 8).
    public var connections: [Connection]

    public struct Challenge: Encodable, Sendable {
        public struct Interest: Encodable, Sendable { public var id, party, interest: String }
        public struct Topic: Encodable, Sendable {
            public var id, text: String
            public var dots, rank: Int
        }
        public var statement: String
        public var interests: [Interest]
        /// The attractive agenda, ranked by dots; equal dots share a rank.
        public var agenda: [Topic]
        public var recalibration: String

        /// Nothing was captured at wegwijzer 2 (a re-calibration date alone belongs to wegwijzer 9).
        public var isEmpty: Bool { statement.isEmpty && interests.isEmpty && agenda.isEmpty }
    }

    public struct Domains: Encodable, Sendable {
        public struct Item: Encodable, Sendable { public var id, kind, name, portfolio, department, network: String }
        public struct Link: Encodable, Sendable { public var a, b, strength: String }
        public var items: [Item]
        public var links: [Link]
        /// Pairs of EZ, SZW and Onderwijs without a link, or with one marked missing: "EZ — OND".
        public var missingCoreLinks: [String]
    }

    public struct FactOutcome: Encodable, Sendable {
        public var id, indicator, value, unit, area, source, date, assumed: String
        public var example, old: Bool
    }
    /// Looking back (wegwijzer 9).
    public var reflection: Reflection

    public struct Connection: Encodable, Sendable { public var id, kind, text, audience: String }
    /// The action list (wegwijzer 10).
    public var commitments: [Commitment]

    public struct Reflection: Encodable, Sendable {
        public struct Item: Encodable, Sendable { public var id, kind, text: String }
        public var items: [Item]
        public var leadership: String?
        public var leadershipReason: String?
        public var recalibration: String
    }

    public struct Commitment: Encodable, Sendable {
        public var id, who, what, byWhen: String
        public var ownExample: Bool
    }

    public struct Session: Encodable, Sendable {
        public var title, region, date, facilitator: String
        public var scenario: String?
        public var events: Int
        public var lastChange: String?
        public var anonymised: Bool
    }

    public struct Person: Encodable, Sendable {
        public var id, name, organisation, helix, role: String
    }

    public struct Step: Encodable, Sendable {
        public var number: Int
        public var title, routePoint, status, notes: String
        /// The notes are still the scenario's draft, not what the room said.
        public var notesFromScenario: Bool
        public var minutesSpent: Double
    }

    public struct Network: Encodable, Sendable {
        public struct Node: Encodable, Sendable {
            public var id, name, kind, helix, person, interests, strength, notes: String
            public var participant: String?
            public var ownMunicipality, couldOwn, pinned: Bool
            public var ring, x, y, relations: Int
            public var betweenness: Double
        }
        public struct Link: Encodable, Sendable {
            public var id, from, to, fromName, toName, strength, quality, note: String
            public var formal: Bool
        }
        public struct Findings: Encodable, Sendable {
            public var isolated, bridges, missingHelix, possibleOwners, ownMunicipality: [String]
            public var groups: Int
            public var noEmployeeOrganisation: Bool
        }
        public var actors: [Node]
        public var relations: [Link]
        public var analysis: Findings
    }

    public struct QuadrantOutcome: Encodable, Sendable {
        public struct Vote: Encodable, Sendable {
            public var voter: String?
            public var presterend, netwerkend, rechtmatig, responsief: Int
        }
        public struct Round: Encodable, Sendable {
            public var id, kind, style: String
            public var dotsPerVoter: Int
            public var anonymous, blind, hidden: Bool
            public var ballots: Int
            /// Dots and whole percentages per quadrant; empty while a blind round is hidden.
            public var counts: [String: Int]
            public var percentages: [String: Int]
            public var leaders: [String]
            public var agreement: String
            public var largestShare: Double
            public var votes: [Vote]
        }
        public struct Answer: Encodable, Sendable {
            public var quadrant, question, answer: String
        }
        public var rounds: [Round]
        public var emphasis: String?
        public var rationale: String?
        public var verbind: [Answer]
        /// Each quadrant's name in the export's language, by its id.
        public var names: [String: String]
    }

    public struct Legitimacy: Encodable, Sendable {
        public struct Item: Encodable, Sendable { public var id, name, note: String }
        public struct Agreement: Encodable, Sendable { public var id, what, towards, form, frequency, owner: String }
        public var constituencies: [Item]
        public var agreements: [Agreement]
    }

    public struct WeefselOutcome: Encodable, Sendable {
        public struct Stats: Encodable, Sendable {
            public var id, element, name: String
            public var scores, unknown: Int
            public var mean, median, spread: Double?
            public var divided: Bool
            public var distribution: [Int]
        }
        public struct Score: Encodable, Sendable {
            public var row, indicator: String
            /// 1 … 5, or 0 for "weet niet".
            public var value: Int
        }
        public struct Round: Encodable, Sendable {
            public var id: String
            public var anonymous, blind, hidden: Bool
            public var indicators: [Stats]
            public var elements: [Stats]
            public var scores: [Score]
        }
        public struct Notes: Encodable, Sendable {
            public var element, goesWell, mustChange, whoActs: String
        }
        public var rounds: [Round]
        public var notes: [Notes]
        public var wrongWay: Bool
        public var wrongWayNote: String
    }
}

extension Outcome {
    /// The outcome of `events` (all of them, or the first `at`).
    public init(events: [RecordedEvent], at: Int? = nil, anonymise: Bool, language lang: Language) {
        let prefix = at.map { Array(events.prefix(max(0, $0))) } ?? events
        // Codes come from the whole log, so that P4 is the same person whatever `at` is.
        let used = anonymise ? Anonymiser(log: events).anonymised(prefix) : prefix
        let history = SessionHistory(replaying: used)
        let state = history.state
        let names = Names(state: state)

        session = Session(title: state.details.title, region: state.details.region, date: state.details.date,
                          facilitator: anonymise ? "" : state.details.facilitator, scenario: state.scenario,
                          events: used.count, lastChange: history.lastChange?.description, anonymised: anonymise)
        participants = state.participants.map { p in
            Person(id: p.id.rawValue, name: names.participant(p.id), organisation: p.fields.organisation,
                   helix: p.fields.helix.rawValue, role: p.fields.role)
        }
        let spent = TimeSpent.minutes(used)
        let drafts = Self.draftNotes(of: state.scenario)
        wegwijzers = Method.wegwijzers.map { w in
            let notes = state.notes(of: w.number)
            return Step(number: w.number, title: w.title(lang), routePoint: w.routePoint, status: state.status(of: w.number).rawValue,
                        notes: notes, notesFromScenario: !notes.isEmpty && drafts[w.number] == notes, minutesSpent: Self.round(spent[w.number] ?? 0))
        }

        network = Network(state: state, names: names, anonymise: anonymise)
        quadrant = QuadrantOutcome(state: state, names: names, language: lang)
        legitimacy = Legitimacy(
            constituencies: state.constituencies.map { .init(id: $0.id, name: $0.fields.name, note: $0.fields.note) },
            agreements: state.agreements.map { .init(id: $0.id, what: $0.fields.what, towards: $0.fields.towards, form: $0.fields.form,
                                                     frequency: $0.fields.frequency, owner: $0.fields.owner) })

        weefsel = WeefselOutcome(state: state, names: names, language: lang)
        let lastMoment = history.lastChange ?? Timestamp(milliseconds: 0)
        facts = state.facts.map { f in
            FactOutcome(id: f.id, indicator: f.fields.indicator, value: f.fields.value, unit: f.fields.unit, area: f.fields.area.rawValue,
                        source: f.fields.source, date: f.fields.date, assumed: f.fields.assumed, example: f.fields.example, old: f.fields.isOld(at: lastMoment))
        }
        challenge = Challenge(statement: state.challengeStatement,
                              interests: state.interests.map { .init(id: $0.id, party: $0.party, interest: $0.interest) },
                              agenda: AgendaTopic.ranking(state.agendaWithPhoneDots).map { .init(id: $0.topic.id, text: $0.topic.text, dots: $0.topic.dots, rank: $0.rank) },
                              recalibration: state.herijking)
        domains = Domains(
            items: state.domains.map { .init(id: $0.id, kind: $0.fields.kind.rawValue, name: $0.fields.name, portfolio: $0.fields.portfolio,
                                             department: $0.fields.department, network: $0.fields.network) },
            links: state.domains.enumerated().flatMap { i, a in
                state.domains.dropFirst(i + 1).compactMap { b in
                    state.domainLinks[WorkshopState.linkKey(a.id, b.id)].map { Domains.Link(a: a.fields.name, b: b.fields.name, strength: $0.rawValue) }
                }
            },
            missingCoreLinks: state.missingCoreLinkLabels)
        connections = ConnectionKind.allCases.flatMap { k in state.connections.filter { $0.kind == k } }
            .map { .init(id: $0.id, kind: $0.kind.rawValue, text: $0.text, audience: $0.audience) }
        reflection = Reflection(items: ReflectionKind.allCases.flatMap { k in state.reflections.filter { $0.kind == k } }.map { .init(id: $0.id, kind: $0.kind.rawValue, text: $0.text) },
                                leadership: state.leadership?.style.rawValue, leadershipReason: state.leadership?.reason, recalibration: state.herijking)
        commitments = state.commitments.map { .init(id: $0.id, who: $0.fields.who, what: $0.fields.what, byWhen: $0.fields.byWhen, ownExample: $0.fields.ownExample) }
        summary = summarised(lang)
    }

    static func round(_ v: Double) -> Double { (v * 100).rounded() / 100 }

    /// The notes a built-in scenario writes before the room says anything, per wegwijzer.
    static func draftNotes(of scenario: String?) -> [Int: String] {
        var drafts: [Int: String] = [:]
        for case let .editNotes(wegwijzer, text) in scenario.flatMap(Scenario.builtIn)?.startCommands(date: "") ?? [] { drafts[wegwijzer] = text }
        return drafts
    }

    /// The outcome as JSON with a stable key order.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}

/// Participants' names as an export shows them (their codes, once anonymised).
struct Names {
    let byID: [ParticipantID: String]

    init(state: WorkshopState) {
        byID = Dictionary(uniqueKeysWithValues: state.participants.map { ($0.id, $0.fields.name) })
    }

    func participant(_ id: ParticipantID) -> String { byID[id] ?? id.rawValue }
}

extension Outcome {
    /// The ballots of an anonymous round sorted by what they say, so their order tells
    /// nothing of who voted when; a named round keeps the order the votes were cast.
    static func canonical(_ votes: [QuadrantOutcome.Vote], anonymous: Bool) -> [QuadrantOutcome.Vote] {
        guard anonymous else { return votes }
        return votes.sorted { ($0.presterend, $0.netwerkend, $0.rechtmatig, $0.responsief) > ($1.presterend, $1.netwerkend, $1.rechtmatig, $1.responsief) }
    }

    /// The scores of a round by row and indicator. In an anonymous round the rows are put in
    /// the order of their scores and numbered R1, R2 … in that order, so neither their names
    /// nor their order tell which phone or person gave them.
    static func canonical(_ scores: [WeefselOutcome.Score], anonymous: Bool) -> [WeefselOutcome.Score] {
        let sorted = scores.sorted { ($0.row, $0.indicator) < ($1.row, $1.indicator) }
        guard anonymous else { return sorted }
        let rows = Dictionary(grouping: sorted, by: \.row)
        let order = rows.keys.sorted { a, b in
            let x = rows[a]!.map { "\($0.indicator)=\($0.value)" }, y = rows[b]!.map { "\($0.indicator)=\($0.value)" }
            return x.lexicographicallyPrecedes(y) || (x == y && a < b)
        }
        return order.enumerated().flatMap { n, row in rows[row]!.map { WeefselOutcome.Score(row: "R\(n + 1)", indicator: $0.indicator, value: $0.value) } }
    }
}

extension Outcome.Network {
    /// The actors with their place and relations, the relations by name, and what the analysis finds.
    init(state: WorkshopState, names: Names, anonymise: Bool) {
        let analysis = NetworkAnalysis(actors: state.actors, relations: state.relations)
        func actorName(_ id: String) -> String { state.actor(id)?.fields.name ?? id }
        self.init(
            actors: state.actors.map { a in
                Node(id: a.id, name: a.fields.name, kind: a.fields.kind.rawValue, helix: a.fields.kind.helix.rawValue,
                     person: anonymise ? "" : a.fields.person, interests: a.fields.interests, strength: a.fields.strength,
                     notes: a.fields.notes, participant: a.fields.participant.map(names.participant),
                     ownMunicipality: a.fields.ownMunicipality, couldOwn: a.fields.couldOwn, pinned: a.pinned,
                     ring: a.fields.closeness, x: a.position.x, y: a.position.y, relations: analysis.degree[a.id] ?? 0,
                     betweenness: Outcome.round(analysis.betweenness[a.id] ?? 0))
            },
            relations: state.relations.map { r in
                Link(id: r.id, from: r.fields.from, to: r.fields.to, fromName: actorName(r.fields.from), toName: actorName(r.fields.to),
                     strength: r.fields.strength.rawValue, quality: r.fields.quality.rawValue, note: r.fields.note, formal: r.fields.formal)
            },
            analysis: Findings(isolated: analysis.isolated.map(actorName), bridges: analysis.bridges.map(actorName),
                               missingHelix: analysis.missingHelix.map(\.rawValue), possibleOwners: analysis.possibleOwners.map(actorName),
                               ownMunicipality: analysis.ownMunicipality.map(actorName), groups: analysis.components.count,
                               noEmployeeOrganisation: analysis.noEmployeeOrganisation))
    }
}

extension Outcome.QuadrantOutcome {
    /// Every voting round (the counts of a hidden round left out), the chosen emphasis and its answers.
    init(state: WorkshopState, names: Names, language lang: Language) {
        self.init(
            rounds: state.quadrantRounds.map { r in
                let tally = QuadrantTally(r)
                let visible = r.isVisible
                return Round(
                    id: r.id, kind: r.setup.kind.rawValue, style: r.setup.style.rawValue, dotsPerVoter: r.setup.dotsPerVoter,
                    anonymous: r.setup.anonymous, blind: r.setup.blind, hidden: !visible, ballots: tally.ballots,
                    counts: visible ? Dictionary(uniqueKeysWithValues: Quadrant.allCases.map { ($0.rawValue, tally.counts[$0]) }) : [:],
                    percentages: visible ? Dictionary(uniqueKeysWithValues: tally.percentages.map { ($0.key.rawValue, $0.value) }) : [:],
                    leaders: visible ? tally.leaders.map(\.rawValue) : [],
                    agreement: visible ? Method.name(tally.agreement)(lang) : "",
                    largestShare: visible ? Outcome.round(tally.largestShare) : 0,
                    votes: visible ? Outcome.canonical(r.ballots.map { b in
                        Vote(voter: b.voter.map(names.participant), presterend: b.dots.presterend, netwerkend: b.dots.netwerkend,
                             rechtmatig: b.dots.rechtmatig, responsief: b.dots.responsief)
                    }, anonymous: r.setup.anonymous) : [])
            },
            emphasis: state.emphasis?.quadrant.rawValue, rationale: state.emphasis?.rationale,
            verbind: Quadrant.allCases.compactMap { q in
                state.verbindAnswers[q].map { Answer(quadrant: q.rawValue, question: Method.info(q).coreQuestion(lang), answer: $0) }
            },
            names: Dictionary(uniqueKeysWithValues: Quadrant.allCases.map { ($0.rawValue, Method.info($0).name(lang)) }))
    }
}

extension Outcome.WeefselOutcome {
    /// Every scoring round with its statistics per indicator and element, and the notes per element.
    init(state: WorkshopState, names: Names, language lang: Language) {
        func stats(_ id: String, _ element: String, _ name: String, _ s: ScoreSummary) -> Stats {
            Stats(id: id, element: element, name: name, scores: s.count, unknown: s.unknown, mean: s.mean.map(Outcome.round),
                  median: s.median, spread: s.spread.map(Outcome.round), divided: s.isDivided, distribution: s.distribution)
        }
        self.init(
            rounds: state.weefselRounds.map { r in
                let visible = r.isVisible
                let st = WeefselStatistics(r)
                return Round(
                    id: r.id, anonymous: r.setup.anonymous, blind: r.setup.blind, hidden: !visible,
                    indicators: visible ? Method.weefselIndicators.map { i in stats(i.id, i.element.rawValue, i.name(lang), st.byIndicator[i.id]!) } : [],
                    elements: visible ? WeefselElement.allCases.map { e in stats(e.rawValue, e.rawValue, Method.name(e)(lang), st.byElement[e]!) } : [],
                    scores: visible ? Outcome.canonical(r.answers.map { cell, value in
                        Score(row: r.setup.anonymous ? cell.row : names.participant(ParticipantID(cell.row)), indicator: cell.indicator, value: value)
                    }, anonymous: r.setup.anonymous) : [])
            },
            notes: WeefselElement.allCases.compactMap { e in
                state.elementNotes[e].map { .init(element: e.rawValue, goesWell: $0.goesWell, mustChange: $0.mustChange, whoActs: $0.whoActs) }
            },
            wrongWay: state.wrongWay.raised, wrongWayNote: state.wrongWay.note)
    }
}
