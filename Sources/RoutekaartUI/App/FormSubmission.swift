import RoutekaartCore

/// Turns a filled-in form into the command it asks for.
enum FormSubmission {
    static func command(for purpose: FormPurpose, form: Form, state: WorkshopState, language: Language) -> Result<WorkshopCommand, FormProblem> {
        switch purpose {
        case .addActor:
            return .success(.addActor(NetworkListPane.actorFields(form, state: state)))
        case let .editActor(id):
            return .success(.editActor(id, NetworkListPane.actorFields(form, state: state)))
        case let .addRelation(from, to):
            return .success(.addRelation(NetworkListPane.relationFields(form, from: from, to: to)))
        case let .editRelation(id):
            guard let r = state.relations.first(where: { $0.id == id }) else { return .failure(FormProblem(CommandError.unknownItem(id).message(language))) }
            return .success(.editRelation(id, NetworkListPane.relationFields(form, from: r.fields.from, to: r.fields.to)))
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
            return .success(.addDomain(DomainsPane.fields(form)))
        case let .editDomain(id):
            return .success(.editDomain(id, DomainsPane.fields(form)))
        case .addFact:
            return .success(.addFact(FactsPane.fields(form)))
        case let .editFact(id):
            return .success(.editFact(id, FactsPane.fields(form)))
        case .editAgenda:
            var slots: [AgendaSlot] = []
            for (i, w) in Method.wegwijzers.enumerated() {
                let text = TextCleaning.singleLine(form.text(i))
                guard !text.isEmpty else { continue }
                guard let minutes = Int(text) else {
                    return .failure(FormProblem(language == .nl ? "Wegwijzer \(w.number): vul een aantal minuten in, of laat het leeg." : "Signpost \(w.number): enter minutes, or leave it empty."))
                }
                slots.append(AgendaSlot(wegwijzer: w.number, minutes: minutes))
            }
            return .success(.setAgenda(slots))
        case .addInterest:
            return .success(.addInterest(party: form.text(0), interest: form.text(1)))
        case let .editInterest(id):
            return .success(.editInterest(id, party: form.text(0), interest: form.text(1)))
        case .stateChallenge:
            return .success(.stateChallenge(form.text(0)))
        case .addAgendaTopic:
            return ChallengePane.dots(form, language: language).map { .addAgendaTopic(form.text(0), dots: $0) }
        case let .editAgendaTopic(id):
            return ChallengePane.dots(form, language: language).map { .editAgendaTopic(id, text: form.text(0), dots: $0) }
        case .addConnection:
            return .success(.addConnection(ConnectionKind.allCases[form.choice(1)], text: form.text(0), audience: form.text(2)))
        case let .editConnection(id):
            return .success(.editConnection(id, ConnectionKind.allCases[form.choice(1)], text: form.text(0), audience: form.text(2)))
        case .addReflection:
            return .success(.addReflection(ReflectionKind.allCases[form.choice(1)], form.text(0)))
        case let .editReflection(id):
            return .success(.editReflection(id, ReflectionKind.allCases[form.choice(1)], form.text(0)))
        case .chooseLeadership:
            return .success(.chooseLeadership(Leadership(style: LeadershipStyle.allCases[form.choice(0)], reason: form.text(1))))
        case .planRecalibration:
            return .success(.planRecalibration(form.text(0)))
        case .addCommitment:
            return .success(.addCommitment(CommitmentsPane.fields(form)))
        case let .editCommitment(id):
            return .success(.editCommitment(id, CommitmentsPane.fields(form)))
        case .export, .saveCopy:
            return .failure(FormProblem("not a workshop command"))
        case .openWeefselRound:
            return .success(.openWeefselRound(WeefselRoundSetup(anonymous: form.choice(0) == 1, blind: form.choice(1) == 1)))
        case let .editElementNotes(element):
            return .success(.editElementNotes(element, ElementNotes(goesWell: form.text(0), mustChange: form.text(1), whoActs: form.text(2))))
        case .setWrongWayFlag:
            return .success(.setWrongWayFlag(WrongWayFlag(raised: form.choice(0) == 1, note: form.text(1))))
        case .addConstituency:
            return .success(.addConstituency(ConstituencyFields(name: form.text(0), note: form.text(1))))
        case let .editConstituency(id):
            return .success(.editConstituency(id, ConstituencyFields(name: form.text(0), note: form.text(1))))
        case .addAgreement:
            return .success(.addAgreement(agreement(form)))
        case let .editAgreement(id):
            return .success(.editAgreement(id, agreement(form)))
        }
    }

    private static func agreement(_ form: Form) -> AgreementFields {
        AgreementFields(what: form.text(0), towards: form.text(1), form: form.text(2), frequency: form.text(3), owner: form.text(4))
    }

    /// The command that removes `target`, and its name for the question.
    static func removal(_ target: RemovalTarget, state: WorkshopState) -> (command: WorkshopCommand, name: String) {
        switch target {
        case let .participant(id):
            return (.removeParticipant(id), state.participant(id)?.fields.name ?? id.rawValue)
        case let .constituency(id):
            return (.removeConstituency(id), state.constituencies.first { $0.id == id }?.fields.name ?? id)
        case let .agreement(id):
            return (.removeAgreement(id), state.agreements.first { $0.id == id }?.fields.what ?? id)
        case let .actor(id):
            let relations = state.relations.filter { $0.fields.from == id || $0.fields.to == id }.count
            return (.removeActor(id), (state.actor(id)?.fields.name ?? id) + (relations > 0 ? " (+\(relations) relatie(s))" : ""))
        case let .domain(id):
            return (.removeDomain(id), state.domains.first { $0.id == id }?.fields.name ?? id)
        case let .fact(id):
            return (.removeFact(id), state.facts.first { $0.id == id }?.fields.indicator ?? id)
        case let .interest(id):
            return (.removeInterest(id), state.interests.first { $0.id == id }?.party ?? id)
        case let .agendaTopic(id):
            return (.removeAgendaTopic(id), state.agendaTopics.first { $0.id == id }?.text ?? id)
        case let .connection(id):
            return (.removeConnection(id), state.connections.first { $0.id == id }?.text ?? id)
        case let .reflection(id):
            return (.removeReflection(id), state.reflections.first { $0.id == id }?.text ?? id)
        case let .commitment(id):
            return (.removeCommitment(id), state.commitments.first { $0.id == id }?.fields.what ?? id)
        case let .relation(id):
            let names = state.relations.first { $0.id == id }.map { r in [r.fields.from, r.fields.to].map { state.actor($0)?.fields.name ?? $0 }.joined(separator: " — ") }
            return (.removeRelation(id), names ?? id)
        }
    }
}
