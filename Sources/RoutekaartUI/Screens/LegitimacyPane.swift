import RoutekaartCore

/// Wegwijzer 6: constituencies, accountability agreements, and forms that fit the chosen
/// emphasis, which one key takes over into the agreements.
enum LegitimacyPane: Pane {
    static var state: WritableKeyPath<PaneStates, Int> { \.legitimacy }
    static let name = LocalizedText(nl: "Verantwoording", en: "Accountability")

    enum Row: Hashable {
        case constituency(Constituency)
        case agreement(AccountabilityAgreement)
        case suggestion(AgreementFields, why: String)
    }

    static func keyHints(_ view: Int, context: ScreenContext) -> [KeyHint] {
        [
            KeyHint("↑↓", UIText.keyChoose, priority: 2),
            KeyHint("Enter", .init(nl: "wijzigen / overnemen", en: "edit / take over"), priority: 1),
            KeyHint("a", .init(nl: "afspraak", en: "agreement"), priority: 1),
            KeyHint("b", .init(nl: "achterban", en: "constituency"), priority: 2),
            KeyHint("d", UIText.keyRemove, priority: 3),
            KeyHint("Tab", .init(nl: "notities", en: "notes"), priority: 3, role: .navigation),
        ]
    }

    static func rows(_ state: WorkshopState, _ lang: Language) -> [Row] {
        var rows = state.constituencies.map(Row.constituency) + state.agreements.map(Row.agreement)
        if let e = state.emphasis {
            let taken = Set(state.agreements.map(\.fields.what))
            rows += Method.legitimacySuggestions(e.quadrant)
                .map { (fields: $0.fields.fields(lang), why: $0.why(lang)) }
                .filter { !taken.contains($0.fields.what) }
                .map { Row.suggestion($0.fields, why: $0.why) }
        }
        return rows
    }

    static func command(for purpose: FormPurpose, form: Form, context: ScreenContext) -> Result<WorkshopCommand, FormProblem>? {
        itemCommand(purpose) { Constituency(id: $0, fields: ConstituencyFields(name: form.text(0), note: form.text(1))) }
            ?? itemCommand(purpose) {
                AccountabilityAgreement(id: $0, fields: AgreementFields(what: form.text(0), towards: form.text(1), form: form.text(2),
                                                                        frequency: form.text(3), owner: form.text(4)))
            }
    }

    static func handle(_ key: Key, view: inout Int, context: ScreenContext) -> [AppAction]? {
        let rows = rows(context.state, context.language)
        let selected = min(view, max(0, rows.count - 1))
        switch key {
        case .up: view = max(0, selected - 1)
        case .down: view = min(max(0, rows.count - 1), selected + 1)
        case .char("a"): return [.open(.form(.addItem(.agreement), agreementForm(AgreementFields(what: ""), title: .init(nl: "Afspraak toevoegen", en: "Add agreement"), state: context.state)))]
        case .char("b"): return [.open(.form(.addItem(.constituency), constituencyForm(ConstituencyFields(name: ""), title: .init(nl: "Achterban toevoegen", en: "Add constituency"))))]
        case .enter, .char("e"):
            guard rows.indices.contains(selected) else { return [] }
            switch rows[selected] {
            case let .constituency(c):
                return [.open(.form(.editItem(.constituency, c.id), constituencyForm(c.fields, title: .init(nl: "Achterban wijzigen", en: "Edit constituency"))))]
            case let .agreement(a):
                return [.open(.form(.editItem(.agreement, a.id), agreementForm(a.fields, title: .init(nl: "Afspraak wijzigen", en: "Edit agreement"), state: context.state)))]
            case let .suggestion(fields, _):
                return [.run(.add(AccountabilityAgreement(fields: fields)))]
            }
        case .delete, .char("d"):
            guard rows.indices.contains(selected) else { return [] }
            switch rows[selected] {
            case let .constituency(c): return [.open(.confirmRemove(.item(.constituency, c.id)))]
            case let .agreement(a): return [.open(.confirmRemove(.item(.agreement, a.id)))]
            case .suggestion: return []
            }
        default: return nil
        }
        return []
    }

    static func constituencyForm(_ f: ConstituencyFields, title: LocalizedText) -> Form {
        Form(title: title, fields: [
            .text(label: .init(nl: "Achterban", en: "Constituency"), TextField(f.name, limit: Engine.Limits.name)),
            .text(label: .init(nl: "Toelichting", en: "Note"), TextField(f.note, limit: Engine.Limits.field)),
        ])
    }

    static func agreementForm(_ f: AgreementFields, title: LocalizedText, state: WorkshopState) -> Form {
        Form(title: title, fields: [
            .text(label: .init(nl: "Wat", en: "What"), TextField(f.what, limit: Engine.Limits.field)),
            .text(label: .init(nl: "Richting wie", en: "Towards whom"), TextField(f.towards, limit: Engine.Limits.field)),
            .text(label: .init(nl: "Vorm", en: "Form"), TextField(f.form, limit: Engine.Limits.field)),
            .text(label: .init(nl: "Hoe vaak", en: "How often"), TextField(f.frequency, limit: Engine.Limits.field)),
            .text(label: .init(nl: "Eigenaar", en: "Owner"), .choosing(f.owner, from: state.participants.map(\.fields.name), limit: Engine.Limits.field)),
        ])
    }

    static func render(_ view: Int, context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let state = context.state
        let lang = context.language
        let all = rows(state, lang)
        let selected = min(view, max(0, all.count - 1))
        // Lines to draw: headings and rows; the selected row is kept in view.
        var lines: [SelectableLines.Line] = []
        func heading(_ text: String) { lines.append(.init(text, .heading)) }
        var index = 0
        heading(LegitimacyText.constituencies(lang) + " (\(state.constituencies.count)) — b " + LegitimacyText.adds(lang))
        if state.constituencies.isEmpty { lines.append(.init(LegitimacyText.noConstituenciesYet(lang), .muted)) }
        for c in state.constituencies {
            lines.append(.init(c.fields.name + (c.fields.note.isEmpty ? "" : " — " + c.fields.note), .normal, row: index))
            index += 1
        }
        lines.append(.init("", .normal))
        heading(LegitimacyText.accountabilityAgreements(lang) + " (\(state.agreements.count)) — a " + LegitimacyText.adds(lang))
        let columns = [(LegitimacyText.what(lang), 30), (LegitimacyText.towards(lang), 22), (LegitimacyText.form(lang), 30), (LegitimacyText.howOften(lang), 16), (LegitimacyText.owner(lang), 14)]
        let available = area.width - 2
        let total = columns.reduce(0) { $0 + $1.1 + 1 }
        let widths = columns.map { max(6, $0.1 * available / total) }
        func tableRow(_ values: [String]) -> String {
            zip(values, widths).map { TextWidth.pad($0, to: $1) }.joined(separator: " ")
        }
        if state.agreements.isEmpty {
            lines.append(.init(LegitimacyText.noAgreementsYet(lang), .muted))
        } else {
            lines.append(.init("  " + tableRow(columns.map(\.0)), .muted))
        }
        for a in state.agreements {
            lines.append(.init(tableRow([a.fields.what, a.fields.towards, a.fields.form, a.fields.frequency, a.fields.owner]), .normal, row: index))
            index += 1
        }
        lines.append(.init("", .normal))
        if let e = state.emphasis {
            heading(LegitimacyText.suggestionsForTheEmphasis(lang) + Method.info(e.quadrant).name(lang) + " — Enter " + LegitimacyText.takesOver(lang))
            for row in all {
                if case let .suggestion(f, why) = row {
                    lines.append(.init(f.what + " · " + f.towards + " · " + f.form + " · " + f.frequency + "  (" + why + ")", .accent, row: index))
                    index += 1
                }
            }
        } else {
            lines.append(.init(LegitimacyText.chooseAnEmphasisAt(lang), .muted))
        }
        SelectableLines.draw(lines, selected: selected, in: area, into: &frame)
    }
}

/// The texts of this file, in Dutch and English.
enum LegitimacyText {
    static let constituencies = LocalizedText(nl: "Achterbannen", en: "Constituencies")
    static let adds = LocalizedText(nl: "voegt toe", en: "adds")
    static let noConstituenciesYet = LocalizedText(nl: "  nog geen achterbannen", en: "  no constituencies yet")
    static let accountabilityAgreements = LocalizedText(nl: "Afspraken over verantwoording", en: "Accountability agreements")
    static let what = LocalizedText(nl: "Wat", en: "What")
    static let towards = LocalizedText(nl: "Richting wie", en: "Towards")
    static let form = LocalizedText(nl: "Vorm", en: "Form")
    static let howOften = LocalizedText(nl: "Hoe vaak", en: "How often")
    static let owner = LocalizedText(nl: "Eigenaar", en: "Owner")
    static let noAgreementsYet = LocalizedText(nl: "  nog geen afspraken", en: "  no agreements yet")
    static let suggestionsForTheEmphasis = LocalizedText(nl: "Suggesties bij de nadruk ", en: "Suggestions for the emphasis ")
    static let takesOver = LocalizedText(nl: "neemt over", en: "takes over")
    static let chooseAnEmphasisAt = LocalizedText(nl: "Kies bij wegwijzer 5 een nadruk; dan stelt routekaart passende vormen voor.", en: "Choose an emphasis at signpost 5; routekaart then suggests fitting forms.")
}
