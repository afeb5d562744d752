import RoutekaartCore

/// Turns a filled-in form into the command it asks for.
enum FormSubmission {
    static func command(for purpose: FormPurpose, form: Form, state: WorkshopState, language: Language) -> Result<WorkshopCommand, FormProblem> {
        switch purpose {
        case .addActor:
            return .success(.add(Actor(fields: NetworkListPane.actorFields(form, state: state))))
        case let .editActor(id):
            return .success(.edit(Actor(id: id, fields: NetworkListPane.actorFields(form, state: state))))
        case let .addRelation(from, to):
            return .success(.add(Relation(fields: NetworkListPane.relationFields(form, from: from, to: to))))
        case let .editRelation(id):
            guard let r = state.relations.first(where: { $0.id == id }) else { return .failure(FormProblem(CommandError.unknownItem(id).message(language))) }
            return .success(.edit(Relation(id: id, fields: NetworkListPane.relationFields(form, from: r.fields.from, to: r.fields.to))))
        case .addParticipant, .addVoter:
            return .success(.addParticipant(ParticipantsScreen.fields(from: form)))
        case let .editParticipant(id):
            return .success(.editParticipant(id, ParticipantsScreen.fields(from: form)))
        case .editDetails:
            return .success(.editDetails(SessionDetails(title: form.text(0), region: form.text(1), date: form.text(2), facilitator: form.text(3))))
        case .openRound:
            return QuadrantVotingPane.roundCommand(form, language: language)
        case .chooseEmphasis:
            return .success(.chooseEmphasis(Emphasis(quadrant: Method.quadrants[form.choice(0)].quadrant, rationale: form.text(1))))
        case let .answerVerbind(q):
            return .success(.answerVerbind(quadrant: q, answer: form.text(0)))
        case .addDomain:
            return .success(.add(Domain(fields: DomainsPane.fields(form))))
        case let .editDomain(id):
            return .success(.edit(Domain(id: id, fields: DomainsPane.fields(form))))
        case .addFact:
            return .success(.add(Fact(fields: FactsPane.fields(form))))
        case let .editFact(id):
            return .success(.edit(Fact(id: id, fields: FactsPane.fields(form))))
        case .editAgenda:
            var slots: [AgendaSlot] = []
            for (i, w) in Method.wegwijzers.enumerated() {
                let text = TextCleaning.singleLine(form.text(i))
                guard !text.isEmpty else { continue }
                guard let minutes = Int(text) else {
                    return .failure(FormProblem(FormSubmissionText.signpostEnterMinutesOr(language, w.number)))
                }
                slots.append(AgendaSlot(wegwijzer: w.number, minutes: minutes))
            }
            return .success(.setAgenda(slots))
        case .addInterest:
            return .success(.add(PartyInterest(party: form.text(0), interest: form.text(1))))
        case let .editInterest(id):
            return .success(.edit(PartyInterest(id: id, party: form.text(0), interest: form.text(1))))
        case .stateChallenge:
            return .success(.stateChallenge(form.text(0)))
        case .addAgendaTopic:
            return ChallengePane.dots(form, language: language).map { .add(AgendaTopic(text: form.text(0), dots: $0)) }
        case let .editAgendaTopic(id):
            return ChallengePane.dots(form, language: language).map { .edit(AgendaTopic(id: id, text: form.text(0), dots: $0)) }
        case .addConnection:
            return .success(.add(ConnectionItem(kind: ConnectionKind.allCases[form.choice(1)], text: form.text(0), audience: form.text(2))))
        case let .editConnection(id):
            return .success(.edit(ConnectionItem(id: id, kind: ConnectionKind.allCases[form.choice(1)], text: form.text(0), audience: form.text(2))))
        case .addReflection:
            return .success(.add(ReflectionItem(kind: ReflectionKind.allCases[form.choice(1)], text: form.text(0))))
        case let .editReflection(id):
            return .success(.edit(ReflectionItem(id: id, kind: ReflectionKind.allCases[form.choice(1)], text: form.text(0))))
        case .chooseLeadership:
            return .success(.chooseLeadership(Leadership(style: LeadershipStyle.allCases[form.choice(0)], reason: form.text(1))))
        case .planHerijking:
            return .success(.planHerijking(form.text(0)))
        case .addCommitment:
            return .success(.add(Commitment(fields: CommitmentsPane.fields(form))))
        case let .editCommitment(id):
            return .success(.edit(Commitment(id: id, fields: CommitmentsPane.fields(form))))
        case .export, .saveCopy:
            return .failure(FormProblem("not a workshop command"))
        case .openWeefselRound:
            return .success(.openWeefselRound(WeefselRoundSetup(anonymous: form.choice(0) == 1, blind: form.choice(1) == 1)))
        case let .editElementNotes(element):
            return .success(.editElementNotes(element, ElementNotes(goesWell: form.text(0), mustChange: form.text(1), whoActs: form.text(2))))
        case .setWrongWayFlag:
            return .success(.setWrongWayFlag(WrongWayFlag(raised: form.choice(0) == 1, note: form.text(1))))
        case .addConstituency:
            return .success(.add(Constituency(fields: ConstituencyFields(name: form.text(0), note: form.text(1)))))
        case let .editConstituency(id):
            return .success(.edit(Constituency(id: id, fields: ConstituencyFields(name: form.text(0), note: form.text(1)))))
        case .addAgreement:
            return .success(.add(AccountabilityAgreement(fields: agreement(form))))
        case let .editAgreement(id):
            return .success(.edit(AccountabilityAgreement(id: id, fields: agreement(form))))
        }
    }

    private static func agreement(_ form: Form) -> AgreementFields {
        AgreementFields(what: form.text(0), towards: form.text(1), form: form.text(2), frequency: form.text(3), owner: form.text(4))
    }

    static let withRelations = UIText.t(" (+%d relatie(s))", " (+%d relation(s))")

    /// The command that removes `target`, and its name for the question (an actor's with its relations).
    static func removal(_ target: RemovalTarget, state: WorkshopState, language: Language) -> (command: WorkshopCommand, name: String) {
        switch target {
        case let .participant(id):
            return (.removeParticipant(id), state.participant(id)?.fields.name ?? id.rawValue)
        case let .item(kind, id):
            let name = ItemText.name(kind, id, in: state)
            let relations = kind == .actor ? state.relations.filter { $0.fields.from == id || $0.fields.to == id }.count : 0
            return (.remove(kind, id), name + (relations > 0 ? withRelations(language).replacingOccurrences(of: "%d", with: "\(relations)") : ""))
        }
    }
}

/// The texts of this file, in Dutch and English.
enum FormSubmissionText {
    static let signpostEnterMinutesOr = LocalizedText(nl: "Wegwijzer %1: vul een aantal minuten in, of laat het leeg.", en: "Signpost %1: enter minutes, or leave it empty.")
}
