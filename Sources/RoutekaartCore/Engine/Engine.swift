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
        case let .openQuadrantRound(setup):
            guard (1...10).contains(setup.dotsPerVoter) else { throw .dotsOutOfRange }
            let clean = QuadrantRoundSetup(kind: setup.kind, style: setup.style, dotsPerVoter: setup.dotsPerVoter,
                                           anonymous: setup.anonymous, blind: setup.blind)
            return [.quadrantRoundOpened(id: "q\(state.nextRoundNumber)", clean)]
        case let .castQuadrantVote(roundID, voter, dots):
            guard let round = state.round(roundID) else { throw .unknownRound(roundID) }
            let quadrants = Quadrant.allCases.map { dots[$0] }
            guard quadrants.allSatisfy({ $0 >= 0 }), dots.total == round.setup.dotsPerVoter else {
                throw .wrongNumberOfDots(expected: round.setup.dotsPerVoter, got: dots.total)
            }
            if round.setup.anonymous {
                return [.quadrantVoteCast(round: roundID, QuadrantBallot(voter: nil, dots: dots))]
            }
            guard let voter else { throw .voterRequired }
            guard state.participant(voter) != nil else { throw .voterUnknown(voter) }
            if round.ballot(of: voter)?.dots == dots { return [] }
            return [.quadrantVoteCast(round: roundID, QuadrantBallot(voter: voter, dots: dots))]
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
        case let .addConstituency(fields):
            return [.constituencyAdded(Constituency(id: "c\(state.nextConstituencyNumber)", fields: try validated(fields)))]
        case let .editConstituency(id, fields):
            guard let current = state.constituencies.first(where: { $0.id == id }) else { throw .unknownItem(id) }
            let clean = try validated(fields)
            return clean == current.fields ? [] : [.constituencyEdited(Constituency(id: id, fields: clean))]
        case let .removeConstituency(id):
            guard state.constituencies.contains(where: { $0.id == id }) else { throw .unknownItem(id) }
            return [.constituencyRemoved(id: id)]
        case let .addAgreement(fields):
            return [.agreementAdded(AccountabilityAgreement(id: "a\(state.nextAgreementNumber)", fields: try validated(fields)))]
        case let .editAgreement(id, fields):
            guard let current = state.agreements.first(where: { $0.id == id }) else { throw .unknownItem(id) }
            let clean = try validated(fields)
            return clean == current.fields ? [] : [.agreementEdited(AccountabilityAgreement(id: id, fields: clean))]
        case let .removeAgreement(id):
            guard state.agreements.contains(where: { $0.id == id }) else { throw .unknownItem(id) }
            return [.agreementRemoved(id: id)]
        case let .addActor(fields):
            let clean = try validated(fields, state)
            let position = NetworkLayout.initialPosition(index: state.nextActorNumber - 1, closeness: clean.closeness)
            return [.actorAdded(Actor(id: "n\(state.nextActorNumber)", fields: clean, position: position))]
        case let .editActor(id, fields):
            guard var actor = state.actor(id) else { throw .unknownItem(id) }
            let clean = try validated(fields, state)
            guard clean != actor.fields else { return [] }
            if clean.closeness != actor.fields.closeness { actor.position = actor.position.onRing(clean.closeness) }
            actor.fields = clean
            return [.actorEdited(actor)]
        case let .moveActor(id, point):
            guard let actor = state.actor(id) else { throw .unknownItem(id) }
            let clamped = point.clamped
            return clamped == actor.position && actor.pinned ? [] : [.actorMoved(id: id, clamped)]
        case let .removeActor(id):
            guard state.actor(id) != nil else { throw .unknownItem(id) }
            return [.actorRemoved(id: id)]
        case let .addRelation(fields):
            return [.relationAdded(Relation(id: "l\(state.nextRelationNumber)", fields: try validated(fields, state)))]
        case let .editRelation(id, fields):
            guard let current = state.relations.first(where: { $0.id == id }) else { throw .unknownItem(id) }
            let clean = try validated(fields, state)
            return clean == current.fields ? [] : [.relationEdited(Relation(id: id, fields: clean))]
        case let .removeRelation(id):
            guard state.relations.contains(where: { $0.id == id }) else { throw .unknownItem(id) }
            return [.relationRemoved(id: id)]
        case .layOutNetwork:
            let positions = NetworkLayout.arrange(state.actors, state.relations)
            let changed = positions.filter { state.actor($0.key)?.position != $0.value }
            return changed.isEmpty ? [] : [.networkLaidOut(changed)]
        case let .addInterest(party, interest):
            return [.interestAdded(try validatedInterest("b\(state.nextInterestNumber)", party, interest))]
        case let .editInterest(id, party, interest):
            guard let current = state.interests.first(where: { $0.id == id }) else { throw .unknownItem(id) }
            let item = try validatedInterest(id, party, interest)
            return item == current ? [] : [.interestEdited(item)]
        case let .removeInterest(id):
            guard state.interests.contains(where: { $0.id == id }) else { throw .unknownItem(id) }
            return [.interestRemoved(id: id)]
        case let .stateChallenge(text):
            let clean = TextCleaning.singleLine(text)
            try check(clean, "challenge", Limits.text)
            return clean == state.challengeStatement ? [] : [.challengeStated(clean)]
        case let .addAgendaTopic(text, dots):
            return [.agendaTopicAdded(try validatedTopic("g\(state.nextTopicNumber)", text, dots))]
        case let .editAgendaTopic(id, text, dots):
            guard let current = state.agendaTopics.first(where: { $0.id == id }) else { throw .unknownItem(id) }
            let item = try validatedTopic(id, text, dots)
            return item == current ? [] : [.agendaTopicEdited(item)]
        case let .removeAgendaTopic(id):
            guard state.agendaTopics.contains(where: { $0.id == id }) else { throw .unknownItem(id) }
            return [.agendaTopicRemoved(id: id)]
        case let .addDomain(fields):
            return [.domainAdded(Domain(id: "d\(state.nextDomainNumber)", fields: try validated(fields)))]
        case let .editDomain(id, fields):
            guard let current = state.domains.first(where: { $0.id == id }) else { throw .unknownItem(id) }
            let clean = try validated(fields)
            return clean == current.fields ? [] : [.domainEdited(Domain(id: id, fields: clean))]
        case let .removeDomain(id):
            guard state.domains.contains(where: { $0.id == id }) else { throw .unknownItem(id) }
            return [.domainRemoved(id: id)]
        case let .setDomainLink(a, b, strength):
            guard state.domains.contains(where: { $0.id == a }) else { throw .unknownItem(a) }
            guard state.domains.contains(where: { $0.id == b }) else { throw .unknownItem(b) }
            guard a != b else { throw .relationToItself }
            return state.domainLinks[WorkshopState.linkKey(a, b)] == strength ? [] : [.domainLinkSet(a: a, b: b, strength: strength)]
        case let .addFact(fields):
            return [.factAdded(Fact(id: "f\(state.nextFactNumber)", fields: try validated(fields)))]
        case let .editFact(id, fields):
            guard let current = state.facts.first(where: { $0.id == id }) else { throw .unknownItem(id) }
            let clean = try validated(fields)
            return clean == current.fields ? [] : [.factEdited(Fact(id: id, fields: clean))]
        case let .removeFact(id):
            guard state.facts.contains(where: { $0.id == id }) else { throw .unknownItem(id) }
            return [.factRemoved(id: id)]
        case let .setAgenda(items):
            var seen = Set<Int>()
            for item in items {
                guard Method.wegwijzer(item.wegwijzer) != nil, seen.insert(item.wegwijzer).inserted else { throw .unknownWegwijzer(item.wegwijzer) }
                guard (1...240).contains(item.minutes) else { throw .agendaMinutes(item.minutes) }
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
        case let .addConnection(kind, text, audience):
            return [.connectionAdded(try validatedConnection("v\(state.nextConnectionNumber)", kind, text, audience))]
        case let .editConnection(id, kind, text, audience):
            guard let current = state.connections.first(where: { $0.id == id }) else { throw .unknownItem(id) }
            let item = try validatedConnection(id, kind, text, audience)
            return item == current ? [] : [.connectionEdited(item)]
        case let .removeConnection(id):
            guard state.connections.contains(where: { $0.id == id }) else { throw .unknownItem(id) }
            return [.connectionRemoved(id: id)]
        case let .addReflection(kind, text):
            let clean = TextCleaning.singleLine(text)
            guard !clean.isEmpty else { throw .emptyText }
            try check(clean, "text", Limits.text)
            return [.reflectionAdded(ReflectionItem(id: "e\(state.nextReflectionNumber)", kind: kind, text: clean))]
        case let .editReflection(id, kind, text):
            guard let current = state.reflections.first(where: { $0.id == id }) else { throw .unknownItem(id) }
            let clean = TextCleaning.singleLine(text)
            guard !clean.isEmpty else { throw .emptyText }
            try check(clean, "text", Limits.text)
            let item = ReflectionItem(id: id, kind: kind, text: clean)
            return item == current ? [] : [.reflectionEdited(item)]
        case let .removeReflection(id):
            guard state.reflections.contains(where: { $0.id == id }) else { throw .unknownItem(id) }
            return [.reflectionRemoved(id: id)]
        case let .chooseLeadership(leadership):
            let clean = Leadership(style: leadership.style, reason: TextCleaning.singleLine(leadership.reason))
            try check(clean.reason, "reason", Limits.text)
            return clean == state.leadership ? [] : [.leadershipChosen(clean)]
        case let .planRecalibration(moment):
            let clean = TextCleaning.singleLine(moment)
            try check(clean, "moment", Limits.name)
            return clean == state.recalibration ? [] : [.recalibrationPlanned(clean)]
        case let .addCommitment(fields):
            return [.commitmentAdded(Commitment(id: "t\(state.nextCommitmentNumber)", fields: try validated(fields)))]
        case let .editCommitment(id, fields):
            guard let current = state.commitments.first(where: { $0.id == id }) else { throw .unknownItem(id) }
            let clean = try validated(fields)
            return clean == current.fields ? [] : [.commitmentEdited(Commitment(id: id, fields: clean))]
        case let .removeCommitment(id):
            guard state.commitments.contains(where: { $0.id == id }) else { throw .unknownItem(id) }
            return [.commitmentRemoved(id: id)]
        case let .openWeefselRound(setup):
            return [.weefselRoundOpened(id: "w\(state.nextWeefselRoundNumber)", setup)]
        case let .giveWeefselScore(roundID, row, indicator, value):
            let cell = try weefselCell(roundID, row, indicator, state)
            guard (0...5).contains(value) else { throw .scoreOutOfRange(value) }
            return state.weefselRound(roundID)?.answers[cell] == value ? [] : [.weefselScoreGiven(round: roundID, cell, value: value)]
        case let .clearWeefselScore(roundID, row, indicator):
            let cell = try weefselCell(roundID, row, indicator, state)
            return state.weefselRound(roundID)?.answers[cell] == nil ? [] : [.weefselScoreCleared(round: roundID, cell)]
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

    static func validated(_ fields: ActorFields, _ state: WorkshopState) throws(CommandError) -> ActorFields {
        var clean = fields
        clean.name = TextCleaning.singleLine(fields.name)
        clean.person = TextCleaning.singleLine(fields.person)
        clean.interests = TextCleaning.singleLine(fields.interests)
        clean.strength = TextCleaning.singleLine(fields.strength)
        clean.notes = TextCleaning.singleLine(fields.notes)
        guard !clean.name.isEmpty else { throw .emptyName }
        try check(clean.name, "name", Limits.name)
        for (text, name) in [(clean.person, "person"), (clean.interests, "interests"), (clean.strength, "strength"), (clean.notes, "notes")] {
            try check(text, name, Limits.field)
        }
        guard (1...5).contains(clean.closeness) else { throw .closenessOutOfRange(clean.closeness) }
        if let p = clean.participant, state.participant(p) == nil { throw .unknownParticipant(p) }
        return clean
    }

    static func validated(_ fields: RelationFields, _ state: WorkshopState) throws(CommandError) -> RelationFields {
        guard state.actor(fields.from) != nil else { throw .unknownItem(fields.from) }
        guard state.actor(fields.to) != nil else { throw .unknownItem(fields.to) }
        guard fields.from != fields.to else { throw .relationToItself }
        var clean = fields
        clean.note = TextCleaning.singleLine(fields.note)
        try check(clean.note, "note", Limits.field)
        return clean
    }

    static func validated(_ fields: DomainFields) throws(CommandError) -> DomainFields {
        var clean = fields
        for path in [\DomainFields.name, \.portfolio, \.department, \.network] {
            clean[keyPath: path] = TextCleaning.singleLine(fields[keyPath: path])
            try check(clean[keyPath: path], "domain", Limits.field)
        }
        guard !clean.name.isEmpty else { throw .emptyName }
        return clean
    }

    static func validated(_ fields: FactFields) throws(CommandError) -> FactFields {
        var clean = fields
        for path in [\FactFields.indicator, \.value, \.unit, \.source, \.date, \.assumed] {
            clean[keyPath: path] = TextCleaning.singleLine(fields[keyPath: path])
            try check(clean[keyPath: path], "fact", Limits.field)
        }
        guard !clean.indicator.isEmpty else { throw .emptyName }
        return clean
    }

    static func validatedInterest(_ id: String, _ party: String, _ interest: String) throws(CommandError) -> PartyInterest {
        let item = PartyInterest(id: id, party: TextCleaning.singleLine(party), interest: TextCleaning.singleLine(interest))
        guard !item.party.isEmpty else { throw .emptyName }
        try check(item.party, "party", Limits.name)
        try check(item.interest, "interest", Limits.text)
        return item
    }

    static func validatedTopic(_ id: String, _ text: String, _ dots: Int) throws(CommandError) -> AgendaTopic {
        let item = AgendaTopic(id: id, text: TextCleaning.singleLine(text), dots: dots)
        guard !item.text.isEmpty else { throw .emptyText }
        try check(item.text, "text", Limits.text)
        guard (0...AgendaTopic.maxDots).contains(dots) else { throw .topicDotsOutOfRange(dots) }
        return item
    }

    static func validatedConnection(_ id: String, _ kind: ConnectionKind, _ text: String, _ audience: String) throws(CommandError) -> ConnectionItem {
        let item = ConnectionItem(id: id, kind: kind, text: TextCleaning.singleLine(text), audience: TextCleaning.singleLine(audience))
        guard !item.text.isEmpty else { throw .emptyText }
        try check(item.text, "text", Limits.text)
        try check(item.audience, "audience", Limits.field)
        return item
    }

    static func validated(_ fields: CommitmentFields) throws(CommandError) -> CommitmentFields {
        let clean = CommitmentFields(who: TextCleaning.singleLine(fields.who), what: TextCleaning.singleLine(fields.what),
                                     byWhen: TextCleaning.singleLine(fields.byWhen), ownExample: fields.ownExample)
        guard !clean.what.isEmpty else { throw .emptyText }
        for (text, name) in [(clean.who, "who"), (clean.what, "what"), (clean.byWhen, "byWhen")] { try check(text, name, Limits.field) }
        return clean
    }

    static func validated(_ fields: ConstituencyFields) throws(CommandError) -> ConstituencyFields {
        let clean = ConstituencyFields(name: TextCleaning.singleLine(fields.name), note: TextCleaning.singleLine(fields.note))
        guard !clean.name.isEmpty else { throw .emptyName }
        try check(clean.name, "name", Limits.name)
        try check(clean.note, "note", Limits.field)
        return clean
    }

    static func validated(_ fields: AgreementFields) throws(CommandError) -> AgreementFields {
        let clean = AgreementFields(
            what: TextCleaning.singleLine(fields.what), towards: TextCleaning.singleLine(fields.towards),
            form: TextCleaning.singleLine(fields.form), frequency: TextCleaning.singleLine(fields.frequency),
            owner: TextCleaning.singleLine(fields.owner))
        guard !clean.what.isEmpty else { throw .emptyText }
        for (text, name) in [(clean.what, "what"), (clean.towards, "towards"), (clean.form, "form"),
                             (clean.frequency, "frequency"), (clean.owner, "owner")] {
            try check(text, name, Limits.field)
        }
        return clean
    }

    private static func check(_ text: String, _ field: String, _ limit: Int) throws(CommandError) {
        if text.count > limit { throw .tooLong(field: field, limit: limit) }
    }
}

/// Makes typed text safe to keep and draw: no control characters, trimmed where it is one line.
public enum TextCleaning {
    public static func singleLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? " " : $0 }))
            .trimmingSpaces()
    }

    public static func multiLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.compactMap { s -> Unicode.Scalar? in
            if s == "\n" { return s }
            if s == "\r" { return nil }
            if s == "\t" { return " " }
            return isControl(s) ? nil : s
        }))
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
