import RoutekaartCore

/// Wegwijzer 9: what went well, what did not, what the room learns; the leadership that
/// fits now, with the reason; and the next moment to re-calibrate.
enum ReflectionPane: Pane {
    static var state: WritableKeyPath<PaneStates, Int> { \.reflection }
    static let name = LocalizedText(nl: "Terugblik", en: "Looking back")

    static func keyHints(_ view: Int, context: ScreenContext) -> [KeyHint] {
        [
            KeyHint("a", .init(nl: "opmerking", en: "remark"), priority: 1),
            KeyHint("↑↓ Enter", .init(nl: "kies, wijzig", en: "select, edit"), priority: 2),
            KeyHint("d", UIText.keyRemove, priority: 4),
            KeyHint("l", .init(nl: "leiderschap", en: "leadership"), priority: 2),
            KeyHint("h", .init(nl: "herijken", en: "re-calibrate"), priority: 3),
            KeyHint("Tab", .init(nl: "notities", en: "notes"), priority: 3, role: .navigation),
        ]
    }

    /// Remarks in the order shown: by kind, then as entered.
    static func ordered(_ state: WorkshopState) -> [ReflectionItem] {
        ReflectionKind.allCases.flatMap { kind in state.reflections.filter { $0.kind == kind } }
    }

    static func form(kind: ReflectionKind, text: String, title: LocalizedText) -> Form {
        Form(title: title, fields: [
            .text(label: .init(nl: "Opmerking", en: "Remark"), TextField(text, limit: Engine.Limits.text)),
            .choice(label: .init(nl: "Soort", en: "Kind"), options: ReflectionKind.allCases.map(Method.name), selected: ReflectionKind.allCases.firstIndex(of: kind)!),
        ])
    }

    static func recorded(_ events: [RecordedEvent], view: inout Int, context: ScreenContext) {
        ItemListKeys.follow(events, ids: ordered(context.state).map(\.id), selection: &view)
    }

    static func command(for purpose: FormPurpose, form: Form, context: ScreenContext) -> Result<WorkshopCommand, FormProblem>? {
        itemCommand(purpose) { ReflectionItem(id: $0, kind: ReflectionKind.allCases[form.choice(1)], text: form.text(0)) }
    }

    static func handle(_ key: Key, view: inout Int, context: ScreenContext) -> [AppAction]? {
        let state = context.state
        if let actions = ItemListKeys.handle(key, items: ordered(state), selection: &view,
            add: { .open(.form(.addItem(.reflection), form(kind: $0?.kind ?? .wentWell, text: "", title: .init(nl: "Opmerking toevoegen", en: "Add remark")))) },
            edit: { .open(.form(.editItem(.reflection, $0.id), form(kind: $0.kind, text: $0.text, title: .init(nl: "Opmerking wijzigen", en: "Edit remark")))) },
            remove: { .item(.reflection, $0.id) }) {
            return actions
        }
        switch key {
        case .char("l"):
            let current = state.leadership
            return [.open(.form(.chooseLeadership, Form(title: .init(nl: "Leiderschap dat nu past", en: "Leadership that fits now"), fields: [
                .choice(label: .init(nl: "Leiderschap", en: "Leadership"), options: LeadershipStyle.allCases.map(Method.name),
                        selected: current.flatMap { LeadershipStyle.allCases.firstIndex(of: $0.style) } ?? 0),
                .text(label: .init(nl: "Waarom", en: "Why"), TextField(current?.reason ?? "", limit: Engine.Limits.text)),
            ])))]
        case .char("h"):
            return [herijkingForm(state)]
        default: return nil
        }
    }

    /// Asks when to re-calibrate challenge and agenda; wegwijzers 2 and 9 share it.
    static func herijkingForm(_ state: WorkshopState) -> AppAction {
        .open(.form(.planHerijking, Form(title: .init(nl: "Volgende herijking", en: "Next re-calibration"), fields: [
            .text(label: .init(nl: "Wanneer", en: "When"), TextField(state.herijking, limit: Engine.Limits.name)),
        ])))
    }

    static func render(_ view: Int, context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let state = context.state
        let lang = context.language
        let items = ordered(state)
        let selected = min(view, max(0, items.count - 1))
        var lines: [SelectableLines.Line] = []
        for kind in ReflectionKind.allCases {
            let group = items.enumerated().filter { $0.element.kind == kind }
            lines.append(.init(Method.name(kind)(lang) + " (\(group.count))", .heading))
            if group.isEmpty { lines.append(.init("  —", .muted)) }
            for (i, item) in group { lines.append(.init(item.text, .normal, row: i)) }
        }
        let footer = 3
        SelectableLines.draw(lines, selected: selected, in: Rect(x: area.x, y: area.y, width: area.width, height: max(1, area.height - footer)), into: &frame)
        let y = area.maxY - footer + 1
        if let l = state.leadership {
            frame.put(ReflectionText.leadershipThatFitsNow(lang) + Method.name(l.style)(lang) + (l.reason.isEmpty ? "" : " — " + l.reason),
                      x: area.x, y: y, width: area.width, style: .title)
        } else {
            frame.put(ReflectionText.leadershipNotChosenYet(lang), x: area.x, y: y, width: area.width, style: .muted)
        }
        drawHerijking(state, language: lang, x: area.x, y: y + 1, width: area.width, into: &frame)
    }

    /// "Volgende herijking: …", or how to plan it; wegwijzers 2 and 9 show the same line.
    static func drawHerijking(_ state: WorkshopState, language: Language, x: Int, y: Int, width: Int, into frame: inout Frame) {
        let planned = !state.herijking.isEmpty
        frame.put(ReflectionText.nextReCalibration(language) + (planned ? WorkshopDate.shown(state.herijking, language) : ReflectionText.notPlannedYetH(language)),
                  x: x, y: y, width: width, style: planned ? .accent : .muted)
    }
}

/// The texts of this file, in Dutch and English.
enum ReflectionText {
    static let leadershipThatFitsNow = LocalizedText(nl: "Leiderschap dat nu past: ", en: "Leadership that fits now: ")
    static let nextReCalibration = LocalizedText(nl: "Volgende herijking: ", en: "Next re-calibration: ")
    static let notPlannedYetH = LocalizedText(nl: "nog niet gepland (h)", en: "not planned yet (h)")
    static let leadershipNotChosenYet = LocalizedText(nl: "Leiderschap: nog niet gekozen (l) — bemiddelend, boven de partijen of krachtig", en: "Leadership: not chosen yet (l) — mediating, above the parties or strong")
}
