import RoutekaartCore

/// The route map: the ten wegwijzers under the five route points, with their status.
enum OverviewScreen {
    static func keyHints() -> [KeyHint] {
        [
            KeyHint("↑↓", UIText.keyChoose, priority: 2),
            KeyHint("Enter", UIText.keyOpen, priority: 1, role: .navigation),
            KeyHint("1–0", UIText.keyWegwijzer, priority: 5, role: .navigation),
            KeyHint("x", UIText.keyDone, priority: 2, role: .recording),
            KeyHint("s", UIText.keySkip, priority: 3, role: .recording),
            KeyHint("p", UIText.keyParticipants, priority: 5, role: .navigation),
            KeyHint("i", UIText.keyDetails, priority: 7),
        ]
    }

    static func handle(_ key: Key, context: ScreenContext, view: inout UIState) -> [AppAction]? {
        let selected = view.overviewSelection
        switch key {
        case .up: view.overviewSelection = max(1, selected - 1)
        case .down: view.overviewSelection = min(Method.wegwijzers.count, selected + 1)
        case .home: view.overviewSelection = 1
        case .end: view.overviewSelection = Method.wegwijzers.count
        case .enter, .right: return [.show(.wegwijzer(selected))]
        case .char("x"): return [.run(.setStatus(wegwijzer: selected, status: toggled(context.state.status(of: selected), .done)))]
        case .char("s"): return [.run(.setStatus(wegwijzer: selected, status: toggled(context.state.status(of: selected), .skipped)))]
        default: return nil
        }
        return []
    }

    /// `target`, or back to "bezig" when it already was `target`.
    static func toggled(_ current: WegwijzerStatus, _ target: WegwijzerStatus) -> WegwijzerStatus {
        current == target ? .inProgress : target
    }

    static func render(_ context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let lang = context.language
        let state = context.state
        let wide = area.width >= 100
        let (listArea, sideArea) = wide ? area.splitLeft(area.width * 60 / 100) : (area, Rect(x: 0, y: 0, width: 0, height: 0))
        let list = listArea.inset(dx: 1, dy: 0)

        var heading = state.details.title.isEmpty ? UIText.untitled(lang) : state.details.title
        if !state.details.region.isEmpty { heading += " — " + state.details.region }
        frame.put(heading, x: list.x, y: list.y, width: list.width, style: .title)
        frame.put(progressLine(state, lang), x: list.x, y: list.y + 1, width: list.width, style: .muted)

        let gaps = list.height >= 22
        var y = list.y + 3
        let statusWidth = 16
        let spent = context.timeSpent
        let timeWidth = state.agenda.isEmpty && spent.isEmpty ? 0 : 11
        for point in Method.routePoints {
            frame.put(TextWidth.pad(point.id, to: 4) + point.title(lang), x: list.x, y: y, width: list.width, style: .heading)
            y += 1
            for w in Method.wegwijzers(under: point.id) {
                let isSelected = w.number == context.view.overviewSelection
                let status = state.status(of: w.number)
                let row = Rect(x: list.x, y: y, width: list.width, height: 1)
                if isSelected { frame.fill(row, style: .selected) }
                let marker = isSelected ? " ▸ " : "   "
                let number = TextWidth.pad(String(w.number), to: 3)
                let titleWidth = list.width - 6 - statusWidth - timeWidth - 1
                frame.put(marker + number + TextWidth.pad(w.title(lang), to: titleWidth), x: list.x, y: y,
                          width: list.width - statusWidth - timeWidth, style: isSelected ? .selected : .normal)
                if timeWidth > 0 {
                    let minutes = Int(((spent[w.number] ?? 0) + 30_000) / 60_000)
                    let planned = state.plannedMinutes(w.number)
                    let text = planned.map { "\(minutes)/\($0) min" } ?? (minutes > 0 ? "\(minutes) min" : "")
                    let over = planned.map { minutes > $0 } ?? false
                    frame.put(text, x: list.maxX - statusWidth - timeWidth, y: y, width: timeWidth - 1,
                              style: isSelected ? .selected : (over ? .warning : .muted))
                }
                frame.put(StatusLook.label(status, lang), x: list.maxX - statusWidth, y: y, width: statusWidth,
                          style: isSelected ? .selected : StatusLook.style(status))
                y += 1
            }
            if gaps { y += 1 }
        }
        if y < list.maxY {
            frame.put(UIText.hopOn(lang), x: list.x, y: list.maxY - 1, width: list.width, style: .muted)
        }

        if wide, let w = Method.wegwijzer(context.view.overviewSelection) {
            renderPreview(w, context, in: sideArea.inset(dx: 1, dy: 0), into: &frame)
        }
    }

    static func progressLine(_ state: WorkshopState, _ lang: Language) -> String {
        let counts = WegwijzerStatus.allCases.map { s in (s, state.statuses.filter { $0 == s }.count) }
        let parts = [WegwijzerStatus.done, .inProgress, .skipped, .notVisited].map { s in
            "\(counts.first { $0.0 == s }!.1) \(Method.name(s)(lang))"
        }
        return UIText.progress(lang) + ": " + parts.joined(separator: " · ")
    }

    static func renderPreview(_ w: Wegwijzer, _ context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let lang = context.language
        let inside = Box.panel(area, title: "\(UIText.wegwijzer(lang)) \(w.number)", into: &frame)
        var y = inside.y
        y += Paragraph.draw(w.title(lang), in: Rect(x: inside.x, y: y, width: inside.width, height: 2), style: .title, into: &frame)
        if let point = Method.routePoint(w.routePoint) {
            y += Paragraph.draw("\(UIText.routePoint(lang)) \(point.id): \(point.title(lang))",
                                in: Rect(x: inside.x, y: y, width: inside.width, height: 2), style: .muted, into: &frame)
        }
        y += 1
        y += Paragraph.draw(w.guidance(lang), in: Rect(x: inside.x, y: y, width: inside.width, height: inside.maxY - y), into: &frame)
        y += 1
        if y < inside.maxY {
            frame.put(UIText.questions(lang), x: inside.x, y: y, width: inside.width, style: .heading)
            y += 1
        }
        for q in w.questions where y < inside.maxY {
            y += Paragraph.draw("• " + q(lang), in: Rect(x: inside.x, y: y, width: inside.width, height: inside.maxY - y), into: &frame)
        }
        let notes = context.state.notes(of: w.number)
        if !notes.isEmpty, y + 2 < inside.maxY {
            y += 1
            frame.put(UIText.notes(lang), x: inside.x, y: y, width: inside.width, style: .heading)
            y += 1
            Paragraph.draw(notes, in: Rect(x: inside.x, y: y, width: inside.width, height: inside.maxY - y), style: .accent, into: &frame)
        }
    }
}
