import RoutekaartCore

/// The last part of every wegwijzer: its guidance and questions for the room beside the
/// facilitator's notes. Typing the notes is the app's (`NotesEditing`): it outlives a key.
enum NotesPane: Pane {
    static var state: WritableKeyPath<PaneStates, Stateless> { \.none }
    static let name = LocalizedText(nl: "Toelichting en notities", en: "Guidance and notes")

    static func keyHints(_ view: Stateless, context: ScreenContext) -> [KeyHint] {
        if context.view.notes != nil {
            return [
                KeyHint("Esc", UIText.keyStopTyping, priority: 0, role: .navigation),
                KeyHint("←↑↓→", UIText.keyCursor, priority: 2),
                KeyHint("Enter", UIText.keyNewLine, priority: 3),
            ]
        }
        return [
            KeyHint("Enter/e", UIText.keyEditNotes, priority: 1),
            KeyHint("[ ]", UIText.keyPrevNext, priority: 2, role: .navigation),
            KeyHint("x", UIText.keyDone, priority: 2, role: .recording),
            KeyHint("s", UIText.keySkip, priority: 3, role: .recording),
            KeyHint("Esc", UIText.keyBack, priority: 3, role: .navigation),
            KeyHint("p", UIText.keyParticipants, priority: 5, role: .navigation),
        ]
    }

    static func handle(_ key: Key, view: inout Stateless, context: ScreenContext) -> [AppAction]? {
        guard case let .wegwijzer(number) = context.view.screen else { return nil }
        switch key {
        case .enter, .char("e"): return [.startNotes(number)]
        default: return nil
        }
    }

    /// Where the parts go; the notes editor needs it to move the cursor.
    struct Layout {
        var guidance: Rect
        var notes: Rect
    }

    static func layout(_ w: Wegwijzer, language: Language, in area: Rect) -> Layout {
        if area.width >= 110 {
            let (left, right) = area.splitLeft(area.width * 45 / 100)
            return Layout(guidance: left, notes: Rect(x: right.x + 1, y: right.y, width: right.width - 1, height: right.height))
        }
        let needed = guidanceHeight(w, language: language, width: area.width)
        let (guidance, notes) = area.splitTop(min(needed, max(0, area.height - 6)))
        return Layout(guidance: guidance, notes: notes)
    }

    static func guidanceHeight(_ w: Wegwijzer, language: Language, width: Int) -> Int {
        let guidance = TextWidth.wrap(w.guidance(language), width: width).count
        let questions = w.questions.reduce(0) { $0 + TextWidth.wrap("1. " + $1(language), width: width - 3).count }
        return guidance + 1 + 1 + questions + 1
    }

    /// The editor's area inside the notes box.
    static func editorArea(_ layout: Layout) -> Rect { layout.notes.inset(dx: 2, dy: 1) }

    static func render(_ view: Stateless, context: ScreenContext, in area: Rect, into frame: inout Frame) {
        guard case let .wegwijzer(number) = context.view.screen, let w = Method.wegwijzer(number) else { return }
        let lang = context.language
        let l = layout(w, language: lang, in: area)
        var y = l.guidance.y
        let g = l.guidance
        y += Paragraph.draw(w.guidance(lang), in: Rect(x: g.x, y: y, width: g.width, height: g.maxY - y), into: &frame)
        y += 1
        if y < g.maxY {
            frame.put(UIText.questions(lang), x: g.x, y: y, width: g.width, style: .heading)
            y += 1
        }
        for (i, q) in w.questions.enumerated() where y < g.maxY {
            frame.put("\(i + 1).", x: g.x, y: y, style: .accent)
            y += Paragraph.draw(q(lang), in: Rect(x: g.x + 3, y: y, width: g.width - 3, height: g.maxY - y), into: &frame)
        }

        let editing = context.view.notes?.wegwijzer == number ? context.view.notes : nil
        let boxStyle: StyleRole = editing != nil ? .accent : .border
        let title = UIText.notes(lang) + (editing != nil ? " — " + UIText.keyStopTyping(lang) + ": Esc" : "")
        Box.draw(l.notes, title: title, style: boxStyle, titleStyle: editing != nil ? .accent : .heading, into: &frame)
        let inside = editorArea(l)
        if let editing {
            editing.editor.draw(in: inside, focused: true, into: &frame)
        } else {
            let notes = context.state.notes(of: number)
            if notes.isEmpty {
                Paragraph.draw(UIText.notesEmpty(lang), in: inside, style: .muted, into: &frame)
            } else {
                TextEditor(notes).draw(in: inside, focused: false, into: &frame)
            }
        }
    }
}
