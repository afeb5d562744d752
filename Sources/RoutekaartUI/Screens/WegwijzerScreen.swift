import RoutekaartCore

/// One wegwijzer: its guidance and questions for the room, and the facilitator's notes.
enum WegwijzerScreen {
    static func keyHints(number: Int, view: AppView) -> [KeyHint] {
        let pane = view.pane(of: number)
        let common = [KeyHint("x", UIText.keyDone, priority: 4), KeyHint("s", UIText.keySkip, priority: 5),
                      KeyHint("Esc", UIText.keyBack, priority: 3)]
        switch pane {
        case .voting: return QuadrantVotingPane.keyHints(view) + (view.voting.passLaptop ? [] : common)
        case .borgEnVerbind: return BorgEnVerbindPane.keyHints() + common
        case .legitimacy: return LegitimacyPane.keyHints() + common
        case .networkBoard: return NetworkBoardPane.keyHints(view) + (view.network.finding == nil ? common : [])
        case .networkList: return NetworkListPane.keyHints() + common
        case .relationList: return RelationListPane.keyHints() + common
        case .scoring: return WeefselScoringPane.keyHints() + common
        case .weefselResults: return WeefselResultsPane.keyHints() + common
        case .elementNotes: return ElementNotesPane.keyHints() + common
        case .commitments: return CommitmentsPane.keyHints() + common
        case .reflection: return ReflectionPane.keyHints() + common
        case .connections: return ConnectionsPane.keyHints() + common
        case .facts: return FactsPane.keyHints() + common
        case .domains: return DomainsPane.keyHints() + common
        case .challenge: return ChallengePane.keyHints() + common
        case .notes: break
        }
        if view.notes != nil {
            return [
                KeyHint("Esc", UIText.keyStopTyping, priority: 0),
                KeyHint("←↑↓→", UIText.keyCursor, priority: 2),
                KeyHint("Enter", UIText.keyNewLine, priority: 3),
            ]
        }
        return [
            KeyHint("Enter/e", UIText.keyEditNotes, priority: 1),
            KeyHint("[ ]", UIText.keyNextPrev, priority: 2),
            KeyHint("x", UIText.keyDone, priority: 2),
            KeyHint("s", UIText.keySkip, priority: 3),
            KeyHint("Esc", UIText.keyBack, priority: 3),
            KeyHint("p", UIText.keyParticipants, priority: 5),
        ]
    }

    static func handle(_ key: Key, number: Int, context: ScreenContext, view: inout AppView) -> [AppAction]? {
        let panes = WegwijzerPane.panes(of: number)
        let pane = view.pane(of: number)
        let switchesPane = (key == .tab || key == .backTab) && pane != .networkBoard
            || key == .char("v") && [.networkBoard, .networkList, .relationList].contains(pane) && view.network.finding == nil
        if switchesPane, panes.count > 1, !view.voting.passLaptop {
            let current = panes.firstIndex(of: pane) ?? 0
            view.paneIndex[number] = (current + (key == .backTab ? panes.count - 1 : 1)) % panes.count
            return []
        }
        let handled: [AppAction]?
        switch pane {
        case .voting: handled = QuadrantVotingPane.handle(key, context: context, view: &view)
        case .borgEnVerbind: handled = BorgEnVerbindPane.handle(key, context: context, view: &view)
        case .legitimacy: handled = LegitimacyPane.handle(key, context: context, view: &view)
        case .networkBoard: handled = NetworkBoardPane.handle(key, context: context, view: &view)
        case .networkList: handled = NetworkListPane.handle(key, context: context, view: &view)
        case .relationList: handled = RelationListPane.handle(key, context: context, view: &view)
        case .scoring: handled = WeefselScoringPane.handle(key, context: context, view: &view)
        case .weefselResults: handled = WeefselResultsPane.handle(key, context: context, view: &view)
        case .elementNotes: handled = ElementNotesPane.handle(key, context: context, view: &view)
        case .commitments: handled = CommitmentsPane.handle(key, context: context, view: &view)
        case .reflection: handled = ReflectionPane.handle(key, context: context, view: &view)
        case .connections: handled = ConnectionsPane.handle(key, context: context, view: &view)
        case .facts: handled = FactsPane.handle(key, context: context, view: &view)
        case .domains: handled = DomainsPane.handle(key, context: context, view: &view)
        case .challenge: handled = ChallengePane.handle(key, context: context, view: &view)
        case .notes: handled = nil
        }
        if let handled { return handled }
        switch key {
        case .enter: return [.startNotes(number)]
        case .char("e") where pane == .notes: return [.startNotes(number)]
        case .char("x"):
            return [.run(.setStatus(wegwijzer: number, status: OverviewScreen.toggled(context.state.status(of: number), .klaar)))]
        case .char("s"):
            return [.run(.setStatus(wegwijzer: number, status: OverviewScreen.toggled(context.state.status(of: number), .overgeslagen)))]
        default: return nil
        }
    }

    static func paneName(_ pane: WegwijzerPane) -> LocalizedText {
        switch pane {
        case .voting: .init(nl: "Stemmen", en: "Voting")
        case .borgEnVerbind: .init(nl: "Borg en verbind", en: "Secure and connect")
        case .legitimacy: .init(nl: "Verantwoording", en: "Accountability")
        case .networkBoard: .init(nl: "Bord", en: "Board")
        case .networkList: .init(nl: "Actoren", en: "Actors")
        case .relationList: .init(nl: "Relaties", en: "Relations")
        case .scoring: .init(nl: "Scores", en: "Scores")
        case .weefselResults: .init(nl: "Uitslag", en: "Result")
        case .elementNotes: .init(nl: "Per element", en: "Per element")
        case .commitments: .init(nl: "Actielijst", en: "Action list")
        case .reflection: .init(nl: "Terugblik", en: "Looking back")
        case .connections: .init(nl: "Verschillen en verbinding", en: "Differences and connection")
        case .facts: .init(nl: "Feiten", en: "Facts")
        case .domains: .init(nl: "Domeinen", en: "Domains")
        case .challenge: .init(nl: "Opgave en agenda", en: "Challenge and agenda")
        case .notes: .init(nl: "Toelichting en notities", en: "Guidance and notes")
        }
    }

    /// Where the parts of the screen go; the notes editor needs it to move the cursor.
    struct Layout {
        var header: Rect
        var guidance: Rect
        var notes: Rect
        var sideBySide: Bool
    }

    static func layout(_ w: Wegwijzer, language: Language, in area: Rect) -> Layout {
        let inner = area.inset(dx: 1, dy: 0)
        let (header, rest) = inner.splitTop(3)
        if inner.width >= 110 {
            let (left, right) = rest.splitLeft(rest.width * 45 / 100)
            return Layout(header: header, guidance: left.inset(dx: 0, dy: 0), notes: Rect(x: right.x + 1, y: right.y, width: right.width - 1, height: right.height), sideBySide: true)
        }
        let needed = guidanceHeight(w, language: language, width: inner.width)
        let guidanceRows = min(needed, max(0, rest.height - 6))
        let (guidance, notes) = rest.splitTop(guidanceRows)
        return Layout(header: header, guidance: guidance, notes: notes, sideBySide: false)
    }

    static func guidanceHeight(_ w: Wegwijzer, language: Language, width: Int) -> Int {
        let guidance = TextWidth.wrap(w.guidance(language), width: width).count
        let questions = w.questions.reduce(0) { $0 + TextWidth.wrap("1. " + $1(language), width: width - 3).count }
        return guidance + 1 + 1 + questions + 1
    }

    /// The editor's area inside the notes box.
    static func editorArea(_ layout: Layout) -> Rect { layout.notes.inset(dx: 2, dy: 1) }

    static func render(_ number: Int, _ context: ScreenContext, comparison: WeefselComparison?, in area: Rect, into frame: inout Frame) {
        guard let w = Method.wegwijzer(number) else { return }
        let lang = context.language
        let l = layout(w, language: lang, in: area)
        let status = context.state.status(of: number)
        let point = Method.routePoint(w.routePoint)
        let statusText = UIText.status(lang) + ": " + StatusLook.label(status, lang)
        let where_ = "\(UIText.wegwijzer(lang)) \(number)/10 · \(UIText.routePoint(lang).lowercased()) \(w.routePoint) — \(point?.title(lang) ?? "")"
        frame.put(where_, x: l.header.x, y: l.header.y, width: l.header.width - TextWidth.of(statusText) - 2, style: .muted)
        frame.put(statusText, x: l.header.maxX - TextWidth.of(statusText), y: l.header.y, style: StatusLook.style(status))
        frame.put("\(number). " + w.title(lang), x: l.header.x, y: l.header.y + 1, width: l.header.width, style: .title)
        let panes = WegwijzerPane.panes(of: number)
        let pane = context.view.pane(of: number)
        if panes.count > 1 {
            var x = l.header.x
            for p in panes {
                let label = " " + paneName(p)(lang) + " "
                x += frame.put(p == pane ? "[" + label + "]" : " " + label + " ", x: x, y: l.header.y + 2, style: p == pane ? .selected : .muted) + 1
            }
            frame.put(pane == .networkBoard ? "v →" : "Tab →", x: x + 1, y: l.header.y + 2, style: .muted)
        }
        let paneArea = Rect(x: l.header.x, y: l.header.maxY, width: l.header.width, height: area.maxY - l.header.maxY)
        switch pane {
        case .voting: QuadrantVotingPane.render(context, in: paneArea, into: &frame); return
        case .borgEnVerbind: BorgEnVerbindPane.render(context, in: paneArea, into: &frame); return
        case .legitimacy: LegitimacyPane.render(context, in: paneArea, into: &frame); return
        case .networkBoard: NetworkBoardPane.render(context, in: paneArea, into: &frame); return
        case .networkList: NetworkListPane.render(context, in: paneArea, into: &frame); return
        case .relationList: RelationListPane.render(context, in: paneArea, into: &frame); return
        case .scoring: WeefselScoringPane.render(context, in: paneArea, into: &frame); return
        case .weefselResults: WeefselResultsPane.render(context, comparison: comparison, in: paneArea, into: &frame); return
        case .elementNotes: ElementNotesPane.render(context, in: paneArea, into: &frame); return
        case .commitments: CommitmentsPane.render(context, in: paneArea, into: &frame); return
        case .reflection: ReflectionPane.render(context, in: paneArea, into: &frame); return
        case .connections: ConnectionsPane.render(context, in: paneArea, into: &frame); return
        case .facts: FactsPane.render(context, in: paneArea, into: &frame); return
        case .domains: DomainsPane.render(context, in: paneArea, into: &frame); return
        case .challenge: ChallengePane.render(context, in: paneArea, into: &frame); return
        case .notes: break
        }

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
