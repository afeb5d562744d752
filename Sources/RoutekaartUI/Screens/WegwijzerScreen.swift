import RoutekaartCore

/// One wegwijzer: where it is on the route, its status, and its panes (`WegwijzerPanes`),
/// of which one is shown; Tab moves to the next. The pane shown takes the keys first.
enum WegwijzerScreen {
    static func keyHints(number: Int, view: UIState, context: ScreenContext) -> [KeyHint] {
        let pane = WegwijzerPanes.current(number, in: view)
        let own = WegwijzerPanes.keyHints(pane, view: view, context: context)
        if pane == NotesPane.self || view.panes.voting.passLaptop && pane == QuadrantVotingPane.self
            || view.panes.network.finding != nil && pane == NetworkBoardPane.self {
            return own
        }
        return own + [KeyHint("x", UIText.keyDone, priority: 4, role: .recording), KeyHint("s", UIText.keySkip, priority: 5, role: .recording),
                      KeyHint("Esc", UIText.keyBack, priority: 3, role: .navigation)]
    }

    static func handle(_ key: Key, number: Int, context: ScreenContext, view: inout UIState) -> [AppAction]? {
        let pane = WegwijzerPanes.current(number, in: view)
        if let actions = WegwijzerPanes.handle(pane, key, view: &view, context: context) {
            return actions
        }
        switch key {
        case .tab, .backTab:
            return [.switchPane(forward: key == .tab)]
        case .enter:
            return [.startNotes(number)]
        case .char("x"):
            return [.run(.setStatus(wegwijzer: number, status: OverviewScreen.toggled(context.state.status(of: number), .done)))]
        case .char("s"):
            return [.run(.setStatus(wegwijzer: number, status: OverviewScreen.toggled(context.state.status(of: number), .skipped)))]
        default: return nil
        }
    }

    /// Shows the next (or previous) pane of wegwijzer `number`.
    static func switchPane(_ number: Int, forward: Bool, view: inout UIState) {
        let count = WegwijzerPanes.of(number).count
        guard count > 1 else { return }
        let current = WegwijzerPanes.index(of: number, in: view)
        view.paneIndex[number] = (current + (forward ? 1 : count - 1)) % count
        view.panes.stopRecording()
    }

    /// The header: route point, status, title and the pane tabs.
    static func header(_ area: Rect) -> Rect { area.inset(dx: 1, dy: 0).splitTop(3).0 }

    /// Where the pane is drawn, below the header.
    static func paneArea(in area: Rect) -> Rect {
        let h = header(area)
        return Rect(x: h.x, y: h.maxY, width: h.width, height: area.maxY - h.maxY)
    }

    static func render(_ number: Int, _ context: ScreenContext, in area: Rect, into frame: inout Frame) {
        guard let w = Method.wegwijzer(number) else { return }
        let lang = context.language
        let h = header(area)
        let status = context.state.status(of: number)
        let point = Method.routePoint(w.routePoint)
        let statusText = UIText.status(lang) + ": " + StatusLook.label(status, lang)
        let where_ = "\(UIText.wegwijzer(lang)) \(number)/10 · \(UIText.routePoint(lang).lowercased()) \(w.routePoint) — \(point?.title(lang) ?? "")"
        frame.put(where_, x: h.x, y: h.y, width: h.width - TextWidth.of(statusText) - 2, style: .muted)
        frame.put(statusText, x: h.maxX - TextWidth.of(statusText), y: h.y, style: StatusLook.style(status))
        frame.put("\(number). " + w.title(lang), x: h.x, y: h.y + 1, width: h.width, style: .title)
        let panes = WegwijzerPanes.of(number)
        let pane = WegwijzerPanes.current(number, in: context.view)
        if panes.count > 1 {
            var x = h.x
            for p in panes {
                let label = " " + p.name(lang) + " "
                x += frame.put(p == pane ? "[" + label + "]" : " " + label + " ", x: x, y: h.y + 2, style: p == pane ? .selected : .muted) + 1
            }
            frame.put(pane == NetworkBoardPane.self ? "v →" : "Tab →", x: x + 1, y: h.y + 2, style: .muted)
        }
        WegwijzerPanes.render(pane, view: context.view, context: context, in: paneArea(in: area), into: &frame)
    }
}
