import RoutekaartCore

/// Wegwijzer 2: each party's own interest, the challenge the room states together, the
/// attractive agenda ranked by dot voting, and when to re-calibrate it.
enum ChallengePane: Pane {
    static var state: WritableKeyPath<PaneStates, Int> { \.challenge }
    static let name = LocalizedText(nl: "Opgave en agenda", en: "Challenge and agenda")

    /// A selectable row: a party's interest or a point on the agenda.
    enum Row: Hashable {
        case interest(PartyInterest)
        case topic(AgendaTopic)

        var id: String {
            switch self {
            case let .interest(b): b.id
            case let .topic(t): t.id
            }
        }
    }

    static func keyHints(_ view: Int, context: ScreenContext) -> [KeyHint] {
        [
            KeyHint("a", .init(nl: "belang", en: "interest"), priority: 1),
            KeyHint("g", .init(nl: "agendapunt", en: "agenda point"), priority: 1),
            KeyHint("+ -", .init(nl: "stip", en: "dot"), priority: 1, role: .recording),
            KeyHint("o", .init(nl: "opgave", en: "challenge"), priority: 2),
            KeyHint("↑↓ Enter", .init(nl: "kies, wijzig", en: "select, edit"), priority: 2),
            KeyHint("d", UIText.keyRemove, priority: 4),
            KeyHint("h", .init(nl: "herijken", en: "re-calibrate"), priority: 3),
            KeyHint("D", .init(nl: "stippen per telefoon", en: "dots per phone"), priority: 6),
            RoomQuestionLines.hint(.agenda, context.state),
            KeyHint("Tab", .init(nl: "notities", en: "notes"), priority: 3, role: .navigation),
        ]
    }

    /// Rows in the order shown: interests as entered, then the agenda by rank, counting the
    /// phones' dots too. A row holds the point as the facilitator keeps it (its own dots).
    static func rows(_ state: WorkshopState) -> [Row] {
        let own = Dictionary(uniqueKeysWithValues: state.agendaTopics.map { ($0.id, $0) })
        return state.interests.map(Row.interest) + AgendaTopic.ranked(state.agendaWithPhoneDots).compactMap { own[$0.id] }.map(Row.topic)
    }

    static func interestForm(_ item: PartyInterest?, title: LocalizedText, state: WorkshopState) -> Form {
        Form(title: title, fields: [
            .text(label: .init(nl: "Partij", en: "Party"), .choosing(item?.party ?? "", from: state.partyNames, limit: Engine.Limits.name)),
            .text(label: .init(nl: "Belang", en: "Interest"), TextField(item?.interest ?? "", limit: Engine.Limits.text)),
        ])
    }

    static func topicForm(_ item: AgendaTopic?, title: LocalizedText) -> Form {
        Form(title: title, fields: [
            .text(label: .init(nl: "Agendapunt", en: "Agenda point"), TextField(item?.text ?? "", limit: Engine.Limits.text)),
            .text(label: .init(nl: "Stippen", en: "Dots"), TextField.number("\(item?.dots ?? 0)", limit: 3)),
        ])
    }

    /// The dots typed in the topic form, or a message saying what is wrong.
    static func dots(_ form: Form, language: Language) -> Result<Int, FormProblem> {
        let text = TextCleaning.singleLine(form.text(1))
        if text.isEmpty { return .success(0) }
        guard let n = Int(text), (0...AgendaTopic.maxDots).contains(n) else {
            return .failure(FormProblem(CommandError.topicDotsOutOfRange(Int(text) ?? -1).message(language)))
        }
        return .success(n)
    }

    /// The statement and the ranked agenda, once there is something of either.
    static func present(_ view: Int, context: ScreenContext, in area: Rect, into frame: inout Frame) -> Bool {
        guard !context.state.challengeStatement.isEmpty || !context.state.agendaTopics.isEmpty else { return false }
        PresentationScreen.challenge(context, in: area, into: &frame)
        return true
    }

    static func recorded(_ events: [RecordedEvent], view: inout Int, context: ScreenContext) {
        ItemListKeys.follow(events, ids: rows(context.state).map(\.id), selection: &view)
    }

    static func command(for purpose: FormPurpose, form: Form, context: ScreenContext) -> Result<WorkshopCommand, FormProblem>? {
        itemCommand(purpose) { PartyInterest(id: $0, party: form.text(0), interest: form.text(1)) }
            ?? itemCommand(purpose) { id throws(FormProblem) in AgendaTopic(id: id, text: form.text(0), dots: try dots(form, language: context.language).get()) }
    }

    static func handle(_ key: Key, view: inout Int, context: ScreenContext) -> [AppAction]? {
        let state = context.state
        let rows = rows(state)
        if let actions = ItemListKeys.handle(key, items: rows, selection: &view,
            add: { _ in .open(.form(.addItem(.interest), interestForm(nil, title: .init(nl: "Belang van een partij", en: "A party's interest"), state: context.state))) },
            edit: { row in
                switch row {
                case let .interest(b): .open(.form(.editItem(.interest, b.id), interestForm(b, title: .init(nl: "Belang wijzigen", en: "Edit interest"), state: context.state)))
                case let .topic(t): .open(.form(.editItem(.agendaTopic, t.id), topicForm(t, title: .init(nl: "Agendapunt wijzigen", en: "Edit agenda point"))))
                }
            },
            remove: { row in
                switch row {
                case let .interest(b): .item(.interest, b.id)
                case let .topic(t): .item(.agendaTopic, t.id)
                }
            }) {
            return actions
        }
        let selected = rows.indices.contains(view) ? rows[view] : nil
        switch key {
        case .char("g"):
            return [.open(.form(.addItem(.agendaTopic), topicForm(nil, title: .init(nl: "Agendapunt toevoegen", en: "Add agenda point"))))]
        case .char("+"), .char("-"):
            guard case let .topic(t)? = selected else {
                return [.flash(ChallengeText.selectAnAgendaPoint(context.language), problem: true)]
            }
            let dots = t.dots + (key == .char("+") ? 1 : -1)
            guard dots >= 0 else { return [] }
            // The list is ranked by dots: the selection goes where the point goes.
            var after = state
            if let i = after.agendaTopics.firstIndex(where: { $0.id == t.id }) { after.agendaTopics[i].dots = dots }
            view = Self.rows(after).firstIndex { $0.id == t.id } ?? view
            return [.run(.edit(AgendaTopic(id: t.id, text: t.text, dots: dots)))]
        case .char("o"):
            return [.open(.form(.stateChallenge, Form(title: .init(nl: "De gedeelde opgave", en: "The shared challenge"), fields: [
                .text(label: .init(nl: "Opgave", en: "Challenge"), TextField(state.challengeStatement, limit: Engine.Limits.text)),
            ])))]
        case .char("h"):
            return [ReflectionPane.herijkingForm(state)]
        case .char("z"):
            return RoomQuestionLines.toggle(state.agendaTopics.isEmpty ? nil : .agenda, context: context)
        case .char("D"):
            return [.open(.form(.setAgendaDotsPerVoter, Form(title: ChallengeText.dotsPerPhoneTitle, fields: [
                .text(label: ChallengeText.dotsPerPhone, TextField.number(String(state.agendaDotsPerVoter), limit: 2)),
            ])))]
        default:
            return nil
        }
    }

    static func render(_ view: Int, context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let state = context.state
        var y = area.y
        frame.put(ChallengeText.theSharedChallenge(context.language), x: area.x, y: y, width: area.width, style: .heading)
        y += 1
        if state.challengeStatement.isEmpty {
            frame.put(ChallengeText.notStatedYetO(context.language), x: area.x, y: y, width: area.width, style: .muted)
            y += 1
        } else {
            let lines = TextWidth.wrap(state.challengeStatement, width: max(1, area.width - 2))
            for line in lines.prefix(3) {
                frame.put("  " + line, x: area.x, y: y, width: area.width, style: .title)
                y += 1
            }
        }
        y += 1
        let rows = rows(state)
        let selected = min(view, max(0, rows.count - 1))
        let interestCount = state.interests.count
        var lines: [SelectableLines.Line] = [.init(ChallengeText.interestsPerParty(context.language) + " (\(interestCount))", .heading)]
        if interestCount == 0 {
            lines.append(.init(ChallengeText.aWhatIsEach(context.language), .muted))
        }
        let ranking = AgendaTopic.ranking(state.agendaWithPhoneDots)
        let most = max(1, ranking.first?.topic.dots ?? 1)
        let barWidth = max(4, min(20, area.width / 5))
        for (i, row) in rows.enumerated() {
            if i == interestCount {
                lines.append(.init("", .normal))
                lines.append(.init(ChallengeText.attractiveAgendaRankedBy(context.language) + " (\(ranking.count))"
                                   + (context.room == nil ? "" : ChallengeText.phonesGive(context.language, state.agendaDotsPerVoter)), .heading))
            }
            switch row {
            case let .interest(b):
                lines.append(.init(b.party + (b.interest.isEmpty ? "" : ": " + b.interest), .normal, row: i))
            case .topic:
                let (t, rank) = (ranking[i - interestCount].topic, ranking[i - interestCount].rank)
                let bar = DotBar.bar(t.dots, largest: most, width: barWidth)
                let label = TextWidth.pad("\(rank). " + t.text, to: max(10, area.width - barWidth - 10))
                lines.append(.init(label + " " + TextWidth.pad(bar, to: barWidth) + " " + "\(t.dots)", .normal, row: i))
            }
        }
        if ranking.isEmpty {
            lines.append(.init("", .normal))
            lines.append(.init(ChallengeText.attractiveAgenda(context.language) + " (0)", .heading))
            lines.append(.init(ChallengeText.agendaHint(context.language), .muted))
        }
        // Who gave dots on a phone, of how many, and who is missing, while the agenda is open to the room.
        let turnout = state.openQuestion == .agenda ? RoomQuestionLines.lines(.agenda, state, context.language, roomOpen: context.room != nil) : []
        let footer = 2 + turnout.count
        SelectableLines.draw(lines, selected: selected, in: Rect(x: area.x, y: y, width: area.width, height: max(1, area.maxY - y - footer)), into: &frame)
        for (i, line) in turnout.enumerated() {
            frame.put(line.0, x: area.x, y: area.maxY - footer + i, width: area.width, style: line.1)
        }
        ReflectionPane.drawHerijking(state, language: context.language, x: area.x, y: area.maxY - 1, width: area.width, into: &frame)
    }
}

/// The texts of this file, in Dutch and English.
enum ChallengeText {
    static let dotsPerPhoneTitle = LocalizedText(nl: "Stippen per deelnemer op de telefoon", en: "Dots per participant on the phone")
    static let dotsPerPhone = LocalizedText(nl: "Stippen (\(Engine.Limits.agendaDotsPerVoter.lowerBound)–\(Engine.Limits.agendaDotsPerVoter.upperBound))", en: "Dots (\(Engine.Limits.agendaDotsPerVoter.lowerBound)–\(Engine.Limits.agendaDotsPerVoter.upperBound))")
    static let phonesGive = LocalizedText(nl: " — telefoons: %1 stippen p.p. (D)", en: " — phones: %1 dots each (D)")
    static let selectAnAgendaPoint = LocalizedText(nl: "Kies eerst een agendapunt (↑↓) om stippen te geven.", en: "Select an agenda point first (↑↓) to give dots.")
    static let theSharedChallenge = LocalizedText(nl: "De gedeelde opgave", en: "The shared challenge")
    static let interestsPerParty = LocalizedText(nl: "Belangen per partij", en: "Interests per party")
    static let aWhatIsEach = LocalizedText(nl: "  — a: welk belang heeft elke partij zelf bij deze opgave?", en: "  — a: what is each party's own interest in this challenge?")
    static let attractiveAgendaRankedBy = LocalizedText(nl: "Aantrekkelijke agenda, op volgorde van stippen", en: "Attractive agenda, ranked by dots")
    static let attractiveAgenda = LocalizedText(nl: "Aantrekkelijke agenda", en: "Attractive agenda")
    static let notStatedYetO = LocalizedText(nl: "  nog niet geformuleerd — o legt vast wat alle partijen samen willen bereiken", en: "  not stated yet — o records what all parties want to achieve together")
    static let agendaHint = LocalizedText(nl: "  — g: een punt waar iedereen voor wil gaan; + en - tellen de stippen", en: "  — g: a point everyone wants to work on; + and - count the dots")
}

extension WorkshopState {
    /// The parties a form may offer: the participants' organisations and the actors, each once.
    var partyNames: [String] {
        var seen = Set<String>()
        return (participants.map(\.fields.organisation) + actors.map(\.fields.name)).filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
