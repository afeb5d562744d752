/// Validates commands against the current history and turns them into events.
/// Pure: the caller supplies the time; identifiers are derived from the state.
public enum Engine {
    /// Limits on what one field may hold, checked before anything is recorded.
    public enum Limits {
        public static let name = 200
        public static let field = 500
        public static let notes = 100_000
        /// A rationale or an answer.
        public static let text = 2_000
        /// Dots each voter spreads over the quadrants in one round.
        public static let dotsPerVoter = 1...10
        /// A weefsel score: 1 … 5, or 0 for "weet niet" (`dontKnowScore`).
        public static let score = 0...5
        /// Dots each participant may give to the agenda on a phone.
        public static let agendaDotsPerVoter = 1...20
        /// Minutes planned for one wegwijzer on the agenda.
        public static let agendaMinutes = 1...240
        /// An actor's closeness ring on the network board, 1 (closest) … 5.
        public static let closeness = 1...5
        /// An anonymous question's result shows on the phones only from this many answers on
        /// (or once revealed), so that no phone can read a later vote off the change it makes.
        public static let anonymousResultFrom = 5
    }

    /// The events that `command` causes. An empty list means nothing changes.
    public static func execute(_ command: WorkshopCommand, on history: SessionHistory) throws(CommandError) -> [WorkshopEvent] {
        let state = history.state
        switch command {
        case let .startSession(details, scenario):
            return [.sessionStarted(try validated(details), scenario: scenario)]
        case let .editDetails(details):
            let clean = try validated(details)
            return clean == state.details ? [] : [.sessionDetailsEdited(clean)]
        case let .addParticipant(fields):
            let id = ParticipantID("p\(state.nextParticipantNumber)")
            return [.participantAdded(Participant(id: id, fields: try validated(fields)))]
        case let .editParticipant(id, fields):
            guard let current = state.participant(id) else { throw .unknownParticipant(id) }
            let clean = try validated(fields)
            return clean == current.fields ? [] : [.participantEdited(Participant(id: id, fields: clean))]
        case let .removeParticipant(id):
            guard state.participant(id) != nil else { throw .unknownParticipant(id) }
            return [.participantRemoved(id)]
        case let .openWegwijzer(n):
            guard Method.wegwijzer(n) != nil else { throw .unknownWegwijzer(n) }
            return state.openWegwijzer == n ? [] : [.wegwijzerOpened(n)]
        case .openOverview:
            return state.openWegwijzer == nil ? [] : [.overviewOpened]
        case let .setStatus(n, status):
            guard Method.wegwijzer(n) != nil else { throw .unknownWegwijzer(n) }
            return state.status(of: n) == status ? [] : [.wegwijzerStatusChanged(wegwijzer: n, status: status)]
        case let .editNotes(n, text):
            guard Method.wegwijzer(n) != nil else { throw .unknownWegwijzer(n) }
            let clean = TextCleaning.multiLine(text)
            guard clean.count <= Limits.notes else { throw .tooLong(field: "notes", limit: Limits.notes) }
            return clean == state.notes(of: n) ? [] : [.notesEdited(wegwijzer: n, text: clean)]
        case let .openQuadrantRound(setup, toRoom):
            guard Limits.dotsPerVoter.contains(setup.dotsPerVoter) else { throw .dotsOutOfRange }
            let clean = QuadrantRoundSetup(kind: setup.kind, style: setup.style, dotsPerVoter: setup.dotsPerVoter,
                                           anonymous: setup.anonymous, blind: setup.blind)
            let id = "q\(state.nextRoundNumber)"
            return [.quadrantRoundOpened(id: id, clean)] + (toRoom ? [.questionOpened(.quadrantRound(id))] : [])
        case let .castQuadrantVote(roundID, voter, dots, fromDevice):
            guard let round = state.round(roundID) else { throw .unknownRound(roundID) }
            if fromDevice, state.openQuestion?.isAnswered(by: command) != true { throw .questionClosed }
            let quadrants = Quadrant.allCases.map { dots[$0] }
            // Each quadrant is in range before they are added, so the sum cannot overflow.
            guard quadrants.allSatisfy({ (0...Limits.dotsPerVoter.upperBound).contains($0) }) else { throw .dotsOutOfRange }
            guard dots.total == round.setup.dotsPerVoter else {
                throw .wrongNumberOfDots(expected: round.setup.dotsPerVoter, got: dots.total)
            }
            if round.setup.anonymous {
                guard round.ballots.count < state.participants.count else { throw .roundFull(round.ballots.count) }
                return [.quadrantVoteCast(round: roundID, QuadrantBallot(voter: nil, dots: dots, fromDevice: fromDevice))]
            }
            guard let voter else { throw .voterRequired }
            guard state.participant(voter) != nil else { throw .voterUnknown(voter) }
            if round.ballot(of: voter)?.dots == dots { return [] }
            return [.quadrantVoteCast(round: roundID, QuadrantBallot(voter: voter, dots: dots, fromDevice: fromDevice))]
        case let .revealQuadrantRound(roundID):
            guard let round = state.round(roundID) else { throw .unknownRound(roundID) }
            guard !round.isVisible else { throw .alreadyRevealed }
            return [.quadrantRoundRevealed(round: roundID)]
        case let .chooseEmphasis(emphasis):
            let clean = Emphasis(quadrant: emphasis.quadrant, rationale: TextCleaning.multiLine(emphasis.rationale).trimmingSpaces())
            try check(clean.rationale, "rationale", Limits.text)
            return clean == state.emphasis ? [] : [.emphasisChosen(clean)]
        case let .answerVerbind(quadrant, answer):
            if state.emphasis?.quadrant == quadrant { throw .sameQuadrant }
            let clean = TextCleaning.multiLine(answer).trimmingSpaces()
            try check(clean, "answer", Limits.text)
            return clean == (state.verbindAnswers[quadrant] ?? "") ? [] : [.verbindAnswered(quadrant: quadrant, answer: clean)]
        case let .addItem(item):
            return [.itemAdded(try added(item.value, in: state))]
        case let .editItem(item):
            return try edited(item.value, in: state)
        case let .removeItem(kind, id):
            guard exists(kind.type, id, in: state) else { throw .unknownItem(id) }
            return [.itemRemoved(kind, id: id)]
        case let .moveActor(id, point):
            guard let actor = state.actor(id) else { throw .unknownItem(id) }
            let clamped = point.clamped
            return clamped == actor.position && actor.pinned ? [] : [.actorMoved(id: id, clamped)]
        case .layOutNetwork:
            let positions = NetworkLayout.arrange(state.actors, state.relations)
            let changed = positions.filter { state.actor($0.key)?.position != $0.value }
            return changed.isEmpty ? [] : [.networkLaidOut(changed)]
        case let .stateChallenge(text):
            let clean = TextCleaning.singleLine(text)
            try check(clean, "challenge", Limits.text)
            return clean == state.challengeStatement ? [] : [.challengeStated(clean)]
        case let .setDomainLink(a, b, strength):
            guard state.domains.contains(where: { $0.id == a }) else { throw .unknownItem(a) }
            guard state.domains.contains(where: { $0.id == b }) else { throw .unknownItem(b) }
            guard a != b else { throw .relationToItself }
            return state.domainLinks[WorkshopState.linkKey(a, b)] == strength ? [] : [.domainLinkSet(a: a, b: b, strength: strength)]
        case let .setAgenda(items):
            var seen = Set<Int>()
            for item in items {
                guard Method.wegwijzer(item.wegwijzer) != nil, seen.insert(item.wegwijzer).inserted else { throw .unknownWegwijzer(item.wegwijzer) }
                guard Limits.agendaMinutes.contains(item.minutes) else { throw .agendaMinutes(item.minutes) }
            }
            return items == state.agenda ? [] : [.agendaSet(items)]
        case .pauseTimer:
            return state.timerPaused ? [] : [.timerPaused]
        case .resumeTimer:
            return state.timerPaused ? [.timerResumed] : []
        case let .extendTime(n, minutes):
            guard let planned = state.plannedMinutes(n) else { throw .notOnAgenda(n) }
            let items = state.agenda.map { $0.wegwijzer == n ? AgendaSlot(wegwijzer: n, minutes: min(240, planned + minutes)) : $0 }
            return try execute(.setAgenda(items), on: history)
        case let .chooseLeadership(leadership):
            let clean = Leadership(style: leadership.style, reason: TextCleaning.singleLine(leadership.reason))
            try check(clean.reason, "reason", Limits.text)
            return clean == state.leadership ? [] : [.leadershipChosen(clean)]
        case let .planHerijking(moment):
            let clean = TextCleaning.singleLine(moment)
            try check(clean, "moment", Limits.name)
            return clean == state.herijking ? [] : [.herijkingPlanned(clean)]
        case let .openWeefselRound(setup, toRoom):
            let id = "w\(state.nextWeefselRoundNumber)"
            return [.weefselRoundOpened(id: id, setup)] + (toRoom ? [.questionOpened(.weefselRound(id))] : [])
        case let .openQuestion(question):
            guard question.isAskable(in: state) else { throw .notAskable }
            return state.openQuestion == question ? [] : [.questionOpened(question)]
        case .closeQuestion:
            return state.openQuestion == nil ? [] : [.questionClosed]
        case let .giveWeefselScore(roundID, row, indicator, value):
            let cell = try weefselCell(roundID, row, indicator, state)
            guard Limits.score.contains(value) else { throw .scoreOutOfRange(value) }
            return state.weefselRound(roundID)?.answers[cell] == value ? [] : [.weefselScoreGiven(round: roundID, cell, value: value)]
        case let .clearWeefselScore(roundID, row, indicator):
            let cell = try weefselCell(roundID, row, indicator, state)
            return state.weefselRound(roundID)?.answers[cell] == nil ? [] : [.weefselScoreCleared(round: roundID, cell)]
        case let .giveWeefselRow(roundID, row, scores):
            guard let round = state.weefselRound(roundID) else { throw .unknownRound(roundID) }
            guard state.openQuestion?.isAnswered(by: command) == true else { throw .questionClosed }
            guard !scores.isEmpty else { throw .noScores }
            for (indicator, value) in scores {
                guard Method.weefselIndicators.contains(where: { $0.id == indicator }) else { throw .unknownIndicator(indicator) }
                guard Limits.score.contains(value) else { throw .scoreOutOfRange(value) }
            }
            let cellRow: String
            if round.setup.anonymous {
                guard row == nil else { throw .rowNotInRound(row ?? "") }
                let rows = Set(round.answers.keys.map(\.row)).count
                guard rows < state.participants.count else { throw .roundFull(rows) }
                cellRow = "r\((round.answers.keys.compactMap { Int($0.row.dropFirst()) }.max() ?? 0) + 1)"
            } else {
                guard let row, state.participant(ParticipantID(row)) != nil else { throw .rowNotInRound(row ?? "") }
                cellRow = row
            }
            return [.weefselRowGiven(round: roundID, row: cellRow, scores: scores)]
        case let .setAgendaDotsPerVoter(n):
            guard Limits.agendaDotsPerVoter.contains(n) else { throw .agendaDots(allowed: Limits.agendaDotsPerVoter.upperBound, given: n) }
            return n == state.agendaDotsPerVoter ? [] : [.agendaDotsPerVoterSet(n)]
        case let .giveAgendaDots(voter, dots):
            guard state.openQuestion?.isAnswered(by: command) == true else { throw .questionClosed }
            guard state.participant(voter) != nil else { throw .voterUnknown(voter) }
            // Each number is in range before any is added, so the sum cannot overflow.
            if let wrong = dots.values.first(where: { !(0...Limits.agendaDotsPerVoter.upperBound).contains($0) }) {
                throw .agendaDots(allowed: state.agendaDotsPerVoter, given: wrong)
            }
            let given = dots.values.reduce(0, +)
            guard (1...state.agendaDotsPerVoter).contains(given) else {
                throw .agendaDots(allowed: state.agendaDotsPerVoter, given: given)
            }
            for id in dots.keys where !state.agendaTopics.contains(where: { $0.id == id }) { throw .unknownItem(id) }
            let clean = dots.filter { $0.value > 0 }
            return state.agendaBallots[voter] == clean ? [] : [.agendaDotsGiven(voter: voter, dots: clean)]
        case let .revealWeefselRound(roundID):
            guard let round = state.weefselRound(roundID) else { throw .unknownRound(roundID) }
            guard !round.isVisible else { throw .alreadyRevealed }
            return [.weefselRoundRevealed(round: roundID)]
        case let .editElementNotes(element, notes):
            let clean = ElementNotes(goesWell: TextCleaning.singleLine(notes.goesWell), mustChange: TextCleaning.singleLine(notes.mustChange),
                                     whoActs: TextCleaning.singleLine(notes.whoActs))
            for text in [clean.goesWell, clean.mustChange, clean.whoActs] { try check(text, "notes", Limits.text) }
            return clean == (state.elementNotes[element] ?? ElementNotes()) ? [] : [.elementNotesEdited(element, clean)]
        case let .setWrongWayFlag(flag):
            let clean = WrongWayFlag(raised: flag.raised, note: TextCleaning.singleLine(flag.note))
            try check(clean.note, "note", Limits.text)
            return clean == state.wrongWay ? [] : [.wrongWayFlagSet(clean)]
        case .undo:
            guard let target = history.undoTarget else { throw .nothingToUndo }
            return [.changeUndone(seq: target.seq)]
        case .redo:
            guard let target = history.redoTarget else { throw .nothingToRedo }
            return [.changeRedone(seq: target.seq)]
        }
    }

    static func validated(_ details: SessionDetails) throws(CommandError) -> SessionDetails {
        let clean = SessionDetails(
            title: TextCleaning.singleLine(details.title),
            region: TextCleaning.singleLine(details.region),
            date: TextCleaning.singleLine(details.date),
            facilitator: TextCleaning.singleLine(details.facilitator))
        guard !clean.title.isEmpty else { throw .emptyName }
        try check(clean.title, "title", Limits.name)
        try check(clean.region, "region", Limits.name)
        try check(clean.date, "date", Limits.name)
        try check(clean.facilitator, "facilitator", Limits.name)
        return clean
    }

    static func validated(_ fields: ParticipantFields) throws(CommandError) -> ParticipantFields {
        let clean = ParticipantFields(
            name: TextCleaning.singleLine(fields.name),
            organisation: TextCleaning.singleLine(fields.organisation),
            helix: fields.helix,
            role: TextCleaning.singleLine(fields.role))
        guard !clean.name.isEmpty else { throw .emptyName }
        try check(clean.name, "name", Limits.name)
        try check(clean.organisation, "organisation", Limits.field)
        try check(clean.role, "role", Limits.field)
        return clean
    }

    /// The cell a score goes in; a named round takes participants, an anonymous one "r1", "r2" ….
    static func weefselCell(_ roundID: String, _ row: String, _ indicator: String, _ state: WorkshopState) throws(CommandError) -> WeefselCell {
        guard let round = state.weefselRound(roundID) else { throw .unknownRound(roundID) }
        guard Method.weefselIndicators.contains(where: { $0.id == indicator }) else { throw .unknownIndicator(indicator) }
        if round.setup.anonymous {
            guard Reducer.isRespondent(row) else { throw .rowNotInRound(row) }
        } else {
            guard state.participant(ParticipantID(row)) != nil else { throw .rowNotInRound(row) }
        }
        return WeefselCell(row: row, indicator: indicator)
    }

    /// `item` numbered as the next of its kind, checked.
    static func added<I: CapturedItem>(_ item: I, in state: WorkshopState) throws(CommandError) -> Item {
        let number = state.nextNumber(I.kind)
        var new = item
        new.id = I.idPrefix + "\(number)"
        return Item(try new.validated(in: state).placed(asNumber: number))
    }

    /// The event that makes the item with `item.id` read as `item`; none when nothing changes.
    static func edited<I: CapturedItem>(_ item: I, in state: WorkshopState) throws(CommandError) -> [WorkshopEvent] {
        guard let current = state[keyPath: I.list].first(where: { $0.id == item.id }) else { throw .unknownItem(item.id) }
        let clean = try item.validated(in: state).replacing(current)
        return clean == current ? [] : [.itemEdited(Item(clean))]
    }

    static func exists<I: CapturedItem>(_: I.Type, _ id: String, in state: WorkshopState) -> Bool {
        state[keyPath: I.list].contains { $0.id == id }
    }

    static func check(_ text: String, _ field: String, _ limit: Int) throws(CommandError) {
        if text.count > limit { throw .tooLong(field: field, limit: limit) }
    }
}

/// Makes typed text safe to keep and draw: no control characters, trimmed where it is one line.
public enum TextCleaning {
    public static func singleLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.compactMap { s -> Unicode.Scalar? in
            isControl(s) ? " " : SafeText.isUnsafe(s) ? nil : s
        })).trimmingSpaces()
    }

    public static func multiLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.compactMap { s -> Unicode.Scalar? in
            if s == "\n" { return s }
            if s == "\r" { return nil }
            if s == "\t" { return " " }
            return isControl(s) || SafeText.isUnsafe(s) ? nil : s
        }))
    }

    /// `text` for finding and comparing: lower case, accents aside ("Zoë" → "zoe").
    public static func folded(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.value == 0x2028 || s.value == 0x2029
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
