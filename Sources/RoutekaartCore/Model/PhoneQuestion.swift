/// What the room's phones are asked, in one shape for every kind of question: the prompt,
/// the answer a phone can give, how that answer becomes a command, the turnout and the
/// result the phones may see. Pure: made from the state and its open question. The room's
/// pages render it by its answer kind and never look at the kind of question.
public struct PhoneQuestion: Equatable, Sendable {
    public let question: RoomQuestion
    public let prompt: String
    /// A line under the answer, such as how many dots to spread.
    public let hint: String?
    /// Nobody's name is asked; each phone answers once.
    public let anonymous: Bool
    public let answer: AnswerKind
    public let turnout: Turnout
    /// What the phones may see of the answers so far.
    public let result: PhoneResult

    /// How a phone answers.
    public enum AnswerKind: Equatable, Sendable {
        /// One of the options.
        case pick([PhoneOption])
        /// A whole number for each option, together `total` (exactly, or at most).
        case spread([PhoneOption], total: Int, exactly: Bool)
        /// For each item in the groups one of `values`, or none (which clears a value given before).
        case scale([PhoneOptionGroup], values: [PhoneOption])
    }

    /// The question open to the room in `state`, as the phones see it; nil when none is.
    public init?(_ state: WorkshopState, _ l: Language) {
        guard let question = state.openQuestion else { return nil }
        self.question = question
        turnout = question.turnout(in: state)
        switch question {
        case let .quadrantRound(id):
            guard let round = state.round(id) else { return nil }
            prompt = Method.question(round.setup.kind)(l)
            anonymous = round.setup.anonymous
            let options = Method.quadrants.sorted { ($0.placement.row, $0.placement.column) < ($1.placement.row, $1.placement.column) }
                .map { PhoneOption(id: $0.quadrant.rawValue, label: "\($0.letter) " + $0.name(l), detail: $0.coreValue(l)) }
            if round.setup.style == .single {
                answer = .pick(options)
                hint = nil
            } else {
                answer = .spread(options, total: round.setup.dotsPerVoter, exactly: true)
                hint = Self.spreadDots(l, round.setup.dotsPerVoter)
            }
            result = PhoneResult(visible: round.isVisible, anonymous: anonymous, answers: round.ballots.count, revealed: round.revealed) {
                let tally = QuadrantTally(round)
                return Method.quadrants.map { info in
                    let pct = tally.percentages[info.quadrant] ?? 0
                    return PhoneBar(label: "\(info.letter) " + info.name(l), value: "\(pct) %", fraction: Double(pct) / 100)
                }
            }
        case let .weefselRound(id):
            guard let round = state.weefselRound(id) else { return nil }
            prompt = Self.weefselQuestion(l)
            hint = Self.scale(l)
            anonymous = round.setup.anonymous
            answer = .scale(WeefselElement.allCases.map { element in
                PhoneOptionGroup(title: Method.name(element)(l), items: Method.weefselIndicators.filter { $0.element == element }
                    .map { PhoneOption(id: $0.id, label: $0.name(l), detail: nil) })
            }, values: Engine.Limits.score.filter { $0 != dontKnowScore }.map { PhoneOption(id: String($0), label: String($0), detail: nil) }
                + [PhoneOption(id: String(dontKnowScore), label: Self.dontKnow(l), detail: nil)])
            let rows = Set(round.answers.keys.map(\.row)).count
            result = PhoneResult(visible: round.isVisible, anonymous: anonymous, answers: rows, revealed: round.revealed) {
                let stats = WeefselStatistics(round)
                return WeefselElement.allCases.map { element in
                    let mean = stats.byElement[element]?.mean
                    return PhoneBar(label: Method.name(element)(l), value: mean.map { Trend.format($0, l) } ?? "—", fraction: (mean ?? 0) / 5)
                }
            }
        case .agenda:
            prompt = Self.agendaQuestion(l)
            hint = Self.agendaDots(l, state.agendaDotsPerVoter)
            anonymous = false
            answer = .spread(state.agendaTopics.map { PhoneOption(id: $0.id, label: $0.text, detail: nil) }, total: state.agendaDotsPerVoter, exactly: false)
            result = .none
        }
    }

    /// What `voter` answered so far (to fill the form in again); nil when nothing.
    public func given(by voter: ParticipantID?, in state: WorkshopState) -> PhoneAnswer? {
        guard let voter else { return nil }
        switch question {
        case let .quadrantRound(id):
            guard let dots = state.round(id)?.ballot(of: voter)?.dots else { return nil }
            return PhoneAnswer(values: Dictionary(uniqueKeysWithValues: Quadrant.allCases.filter { dots[$0] > 0 }.map { ($0.rawValue, dots[$0]) }))
        case let .weefselRound(id):
            let row = state.weefselRound(id)?.answers.filter { $0.key.row == voter.rawValue } ?? [:]
            return row.isEmpty ? nil : PhoneAnswer(values: Dictionary(uniqueKeysWithValues: row.map { ($0.key.indicator, $0.value) }))
        case .agenda:
            return state.agendaBallots[voter].map { PhoneAnswer(values: $0) }
        }
    }

    /// The commands that record `answer` from a phone speaking for `voter` (nil: anonymous),
    /// in order; the engine checks each against its limits. An option that is not asked, or
    /// a named question without a name, is refused here.
    public func commands(for answer: PhoneAnswer, voter: ParticipantID?, in state: WorkshopState) throws(CommandError) -> [WorkshopCommand] {
        let asked = Set(optionIDs)
        for id in answer.values.keys.sorted() + answer.cleared.sorted() where !asked.contains(id) { throw .unknownItem(id) }
        let voter = anonymous ? nil : voter
        if !anonymous && voter == nil { throw .voterRequired }
        switch question {
        case let .quadrantRound(id):
            var dots = QuadrantDots()
            for (key, n) in answer.values { if let q = Quadrant(rawValue: key) { dots[q] = n } }
            return [.castQuadrantVote(round: id, voter: voter, dots: dots, fromDevice: true)]
        case let .weefselRound(id):
            let row = voter?.rawValue
            // A named phone takes back a score it gave by leaving it empty.
            let given = given(by: voter, in: state)?.values ?? [:]
            let clears: [WorkshopCommand] = row.map { row in
                answer.cleared.sorted().filter { given[$0] != nil }.map { .clearWeefselScore(round: id, row: row, indicator: $0) }
            } ?? []
            if answer.values.isEmpty && !clears.isEmpty { return clears }
            return clears + [.giveWeefselRow(round: id, row: row, scores: answer.values)]
        case .agenda:
            guard let voter else { throw .voterRequired }
            return [.giveAgendaDots(voter: voter, dots: answer.values)]
        }
    }

    /// The ids an answer may name.
    var optionIDs: [String] {
        switch answer {
        case let .pick(options), let .spread(options, _, _): options.map(\.id)
        case let .scale(groups, _): groups.flatMap(\.items).map(\.id)
        }
    }

    static let weefselQuestion = LocalizedText(nl: "Hoe sterk is de samenwerking? Geef elke indicator een score.", en: "How strong is the partnership? Score each indicator.")
    static let scale = LocalizedText(nl: "1 = zwak … 5 = sterk; 'leeg' laat een indicator open, of wist wat je eerder gaf.", en: "1 = weak … 5 = strong; 'empty' leaves an indicator open, or clears what you gave before.")
    static let dontKnow = LocalizedText(nl: "weet niet", en: "don't know")
    static let spreadDots = LocalizedText(nl: "Verdeel precies %1 stippen.", en: "Spread exactly %1 dots.")
    static let agendaQuestion = LocalizedText(nl: "Welke punten zet je bovenaan de agenda?", en: "Which points do you put on top of the agenda?")
    static let agendaDots = LocalizedText(nl: "Verdeel hoogstens %1 stippen over de punten.", en: "Spread at most %1 dots over the points.")
}

/// One thing a phone can choose, score or give dots to.
public struct PhoneOption: Equatable, Sendable {
    public let id: String
    public let label: String
    public let detail: String?
}

/// Items under one heading (an element of the weefsel).
public struct PhoneOptionGroup: Equatable, Sendable {
    public let title: String
    public let items: [PhoneOption]
}

/// A phone's answer: a number per option id (1 for the one picked), and the items it left
/// empty on a scale.
public struct PhoneAnswer: Equatable, Sendable {
    public var values: [String: Int]
    public var cleared: Set<String>

    public init(values: [String: Int] = [:], cleared: Set<String> = []) {
        self.values = values
        self.cleared = cleared
    }

    /// The form field that names the question an answer is for.
    public static let questionField = "question"
    /// The form field of a pick, and the prefixes of a spread's and a scale's fields.
    public static let pickField = "choice", spreadPrefix = "n-", scalePrefix = "s-"

    /// The answer a phone's form holds, read by the question's answer kind; nil when the
    /// form is not one the page could have sent (an option not asked, text that is not a
    /// whole number or too large for one, a value the scale does not have). Whether a
    /// number is in range is the engine's to check.
    public init?(form: [String: String], _ kind: PhoneQuestion.AnswerKind) {
        self.init()
        switch kind {
        case let .pick(options):
            guard let picked = form[Self.pickField], options.contains(where: { $0.id == picked }) else { return nil }
            values[picked] = 1
        case let .spread(options, _, _):
            for option in options {
                let text = form[Self.spreadPrefix + option.id] ?? ""
                guard let n = text.isEmpty ? 0 : Int(text), n >= 0 else { return nil }
                if n > 0 { values[option.id] = n }
            }
        case let .scale(groups, scaleValues):
            for item in groups.flatMap(\.items) {
                guard let text = form[Self.scalePrefix + item.id] else { continue }
                if text.isEmpty { cleared.insert(item.id); continue }
                guard scaleValues.contains(where: { $0.id == text }), let n = Int(text) else { return nil }
                values[item.id] = n
            }
        }
    }
}

/// What the phones may see of the answers so far.
public enum PhoneResult: Equatable, Sendable {
    /// Nothing to show for this kind of question.
    case none
    /// A blind round: the result follows on the big screen.
    case follows
    /// An anonymous question with too few answers to show without giving one away.
    case fromAnswers(Int)
    /// Bars with their values.
    case bars([PhoneBar])

    /// Nothing before a blind round's reveal, nor in an anonymous round with fewer than
    /// `Engine.Limits.anonymousResultFrom` answers.
    init(visible: Bool, anonymous: Bool, answers: Int, revealed: Bool, bars: () -> [PhoneBar]) {
        if !visible { self = .follows }
        else if anonymous && answers < Engine.Limits.anonymousResultFrom && !revealed { self = .fromAnswers(Engine.Limits.anonymousResultFrom) }
        else { self = .bars(bars()) }
    }
}

/// One bar of a result: "N Netwerkende overheid", "40 %", 0.4.
public struct PhoneBar: Equatable, Sendable {
    public let label: String
    public let value: String
    public let fraction: Double
}
