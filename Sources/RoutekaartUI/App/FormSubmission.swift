import RoutekaartCore

/// Turns a filled-in form that any screen may open into the command it asks for; forms
/// of captured items are their pane's (`Pane.command(for:form:context:)`).
enum FormSubmission {
    static func command(for purpose: FormPurpose, form: Form, context: ScreenContext) -> Result<WorkshopCommand, FormProblem> {
        let (state, language) = (context.state, context.language)
        switch purpose {
        case .addParticipant, .addVoter:
            return .success(.addParticipant(ParticipantsScreen.fields(from: form)))
        case let .editParticipant(id):
            return .success(.editParticipant(id, ParticipantsScreen.fields(from: form)))
        case .editDetails:
            return .success(.editDetails(SessionDetails(title: form.text(0), region: form.text(1), date: form.text(2), facilitator: form.text(3))))
        case .openRound:
            return QuadrantVotingPane.roundCommand(form, language: language, toRoom: context.room != nil)
        case .chooseEmphasis:
            return .success(.chooseEmphasis(Emphasis(quadrant: Method.quadrants[form.choice(0)].quadrant, rationale: form.text(1))))
        case let .answerVerbind(q):
            return .success(.answerVerbind(quadrant: q, answer: form.text(0)))
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
        case .stateChallenge:
            return .success(.stateChallenge(form.text(0)))
        case .chooseLeadership:
            return .success(.chooseLeadership(Leadership(style: LeadershipStyle.allCases[form.choice(0)], reason: form.text(1))))
        case .setAgendaDotsPerVoter:
            let text = TextCleaning.singleLine(form.text(0))
            guard let n = Int(text) else { return .failure(FormProblem(CommandError.agendaDots(allowed: Engine.Limits.agendaDotsPerVoter.upperBound, given: 0).message(language))) }
            return .success(.setAgendaDotsPerVoter(n))
        case .planHerijking:
            do throws(FormProblem) {
                return .success(.planHerijking(try DateInput.iso(form.text(0), context: context, monthAllowed: true)))
            } catch {
                return .failure(error)
            }
        case .export, .saveCopy, .addItem, .editItem, .addRelation:
            return .failure(FormProblem("not a workshop command"))  // the app or the pane that opened the form handles these
        case .openWeefselRound:
            return .success(.openWeefselRound(WeefselRoundSetup(anonymous: form.choice(0) == 1, blind: form.choice(1) == 1), toRoom: context.room != nil))
        case let .editElementNotes(element):
            return .success(.editElementNotes(element, ElementNotes(goesWell: form.text(0), mustChange: form.text(1), whoActs: form.text(2))))
        case .setWrongWayFlag:
            return .success(.setWrongWayFlag(WrongWayFlag(raised: form.choice(0) == 1, note: form.text(1))))
        }
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
