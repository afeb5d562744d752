import RoutekaartCore

/// Wegwijzer 7, notes per element (what goes well, what must change, who acts) and
/// the flag "weefsel wijst de verkeerde kant op".
enum ElementNotesPane: Pane {
    static var state: WritableKeyPath<PaneStates, Int> { \.elementNotes }
    static let name = LocalizedText(nl: "Per element", en: "Per element")

    static func keyHints(_ view: Int, context: ScreenContext) -> [KeyHint] {
        [
            KeyHint("↑↓", UIText.keyChoose, priority: 2),
            KeyHint("Enter", UIText.keyEdit, priority: 1),
            KeyHint("Tab", .init(nl: "volgend deel", en: "next part"), priority: 2, role: .navigation),
        ]
    }

    static let labels = [LocalizedText(nl: "Wat gaat goed", en: "What goes well"),
                         LocalizedText(nl: "Wat moet anders", en: "What must change"),
                         LocalizedText(nl: "Wie pakt het op", en: "Who acts")]
    static let flagTitle = LocalizedText(nl: "Weefsel wijst de verkeerde kant op", en: "Weefsel points the wrong way")

    static func handle(_ key: Key, view: inout Int, context: ScreenContext) -> [AppAction]? {
        let state = context.state
        switch key {
        case .up: view = max(0, view - 1)
        case .down: view = min(3, view + 1)
        case .enter, .char("e"):
            if view == 3 {
                let yesNo = [LocalizedText(nl: "nee", en: "no"), LocalizedText(nl: "ja", en: "yes")]
                return [.open(.form(.setWrongWayFlag, Form(title: flagTitle, fields: [
                    .choice(label: .init(nl: "Zo is het", en: "It is so"), options: yesNo, selected: state.wrongWay.raised ? 1 : 0),
                    .text(label: .init(nl: "Toelichting", en: "Note"), TextField(state.wrongWay.note, limit: Engine.Limits.text)),
                ])))]
            }
            let element = WeefselElement.allCases[view]
            let notes = state.elementNotes[element] ?? ElementNotes()
            return [.open(.form(.editElementNotes(element), Form(title: Method.name(element), fields: [
                .text(label: labels[0], TextField(notes.goesWell, limit: Engine.Limits.text)),
                .text(label: labels[1], TextField(notes.mustChange, limit: Engine.Limits.text)),
                .text(label: labels[2], .choosing(notes.whoActs, from: state.participants.map(\.fields.name), limit: Engine.Limits.text)),
            ])))]
        default: return nil
        }
        return []
    }

    static func render(_ view: Int, context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let state = context.state
        let lang = context.language
        var y = area.y
        let block = max(3, (area.height - 3) / 3)
        for (i, e) in WeefselElement.allCases.enumerated() {
            let selected = view == i
            if selected { frame.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: .selected) }
            frame.put((selected ? "▸ " : "  ") + Method.name(e)(lang), x: area.x, y: y, width: area.width, style: selected ? .selected : .heading)
            let notes = state.elementNotes[e] ?? ElementNotes()
            let values = [notes.goesWell, notes.mustChange, notes.whoActs]
            for (j, label) in labels.enumerated() where y + 1 + j < area.y + (i + 1) * block && y + 1 + j < area.maxY {
                let value = values[j].isEmpty ? "—" : values[j]
                frame.put("    " + TextWidth.pad(label(lang) + ":", to: 17) + value, x: area.x, y: y + 1 + j, width: area.width,
                          style: values[j].isEmpty ? .muted : .normal)
            }
            y += block
        }
        guard y < area.maxY else { return }
        let selected = view == 3
        if selected { frame.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: .selected) }
        let mark = state.wrongWay.raised ? "⚑ " + ElementNotesText.yes(lang) : "— " + ElementNotesText.no(lang)
        frame.put((selected ? "▸ " : "  ") + flagTitle(lang) + ": " + mark, x: area.x, y: y, width: area.width,
                  style: selected ? .selected : (state.wrongWay.raised ? .warning : .normal))
        if !state.wrongWay.note.isEmpty, y + 1 < area.maxY {
            frame.put("    " + state.wrongWay.note, x: area.x, y: y + 1, width: area.width, style: .normal)
        }
    }
}

/// The texts of this file, in Dutch and English.
enum ElementNotesText {
    static let yes = LocalizedText(nl: "ja", en: "yes")
    static let no = LocalizedText(nl: "nee", en: "no")
}
