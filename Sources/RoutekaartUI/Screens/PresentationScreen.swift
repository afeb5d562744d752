import RoutekaartCore

/// The projector view (`P`): the question or the result of the current screen, in big
/// letters or a large chart, and nothing else. Made to be read from the back of the room
/// at 100×30 on a 1280×720 projector.
enum PresentationScreen {
    static func render(_ context: ScreenContext, screen: ScreenID, in area: Rect, into frame: inout Frame) {
        switch screen {
        case .overview: routeMap(context, in: area, into: &frame)
        case .participants: participants(context, in: area, into: &frame)
        case .summary: actionList(context, in: area, into: &frame)
        case let .wegwijzer(n):
            // The first pane of the wegwijzer with a result to show, else its questions.
            let shown = WegwijzerPanes.of(n).contains { WegwijzerPanes.present($0, view: context.view, context: context, in: area, into: &frame) }
            if !shown { question(n, context, in: area, into: &frame) }
        }
    }

    // MARK: Pieces

    /// A heading in big letters, or in ordinary bold text when it does not fit; returns the rows used.
    @discardableResult
    static func heading(_ text: String, in area: Rect, maxRows: Int, into frame: inout Frame) -> Int {
        let box = Rect(x: area.x, y: area.y, width: area.width, height: min(area.height, maxRows))
        if let rows = BigText.drawCentred(text, in: box, style: .title, into: &frame) { return rows }
        let lines = TextWidth.wrap(text, width: area.width).prefix(max(1, min(3, area.height)))
        for (i, line) in lines.enumerated() { centre(line, y: area.y + i, in: area, style: .title, into: &frame) }
        return lines.count
    }

    static func centre(_ text: String, y: Int, in area: Rect, style: StyleRole, into frame: inout Frame) {
        let w = min(TextWidth.of(text), area.width)
        frame.put(text, x: area.x + (area.width - w) / 2, y: y, width: area.width, style: style)
    }

    /// Lines of ordinary text in a centred column, a blank line between items; says how many did not fit.
    static func items(_ texts: [(String, StyleRole)], in area: Rect, language: Language, into frame: inout Frame) {
        let column = Rect(x: area.x + max(0, (area.width - 76) / 2), y: area.y, width: min(76, area.width), height: area.height)
        var y = column.y
        for (i, (text, style)) in texts.enumerated() {
            let lines = TextWidth.wrap(text, width: column.width)
            let left = texts.count - i
            if y + lines.count > column.maxY || (left > 1 && y + lines.count >= column.maxY) {
                frame.put("+ \(left) " + PresentationText.more(language), x: column.x, y: column.maxY - 1, width: column.width, style: .muted)
                return
            }
            for line in lines {
                frame.put(line, x: column.x, y: y, width: column.width, style: style)
                y += 1
            }
            y += 1
        }
    }

    // MARK: Screens

    static func question(_ n: Int, _ context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let w = Method.wegwijzer(n)!
        let lang = context.language
        var y = area.y + 1
        y += heading("\(n). " + w.title(lang), in: Rect(x: area.x + 2, y: y, width: area.width - 4, height: area.height - 2), maxRows: 17, into: &frame) + 2
        let questions = w.questions.enumerated().map { ("\($0.offset + 1). " + $0.element(lang), StyleRole.normal) }
        items(questions, in: Rect(x: area.x + 2, y: y, width: area.width - 4, height: area.maxY - y), language: lang, into: &frame)
    }

    static func routeMap(_ context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let state = context.state
        let lang = context.language
        var y = area.y + 1
        let title = state.details.title.isEmpty ? "Routekaart" : state.details.title
        y += heading(title, in: Rect(x: area.x + 2, y: y, width: area.width - 4, height: area.height), maxRows: 11, into: &frame) + 1
        if !state.details.region.isEmpty { centre(state.details.region, y: y, in: area, style: .heading, into: &frame) }
        y += 2
        let column = Rect(x: area.x + max(2, (area.width - 60) / 2), y: y, width: min(60, area.width - 4), height: area.maxY - y)
        for (i, w) in Method.wegwijzers.enumerated() where column.y + i < column.maxY {
            let status = state.status(of: w.number)
            frame.put(StatusLook.symbol(status), x: column.x, y: column.y + i, style: StatusLook.style(status))
            frame.put(format2(w.number) + "  " + w.title(lang), x: column.x + 2, y: column.y + i, width: column.width - 2,
                      style: status == .inProgress ? .title : .normal)
        }
    }

    static func format2(_ n: Int) -> String { n < 10 ? " \(n)" : "\(n)" }

    static func participants(_ context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let lang = context.language
        let people = context.state.participants
        var y = area.y + 1
        y += heading(PresentationText.atTheTable(lang), in: Rect(x: area.x, y: y, width: area.width, height: area.height), maxRows: 5, into: &frame) + 2
        items(people.map { ($0.fields.name + ($0.fields.organisation.isEmpty ? "" : " — " + $0.fields.organisation), .normal) },
              in: Rect(x: area.x + 2, y: y, width: area.width - 4, height: area.maxY - y), language: lang, into: &frame)
    }

    static func actionList(_ context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let lang = context.language
        let commitments = context.state.commitments
        var y = area.y + 1
        y += heading(PresentationText.actionList(lang), in: Rect(x: area.x, y: y, width: area.width, height: area.height), maxRows: 5, into: &frame) + 2
        let body = Rect(x: area.x + 2, y: y, width: area.width - 4, height: area.maxY - y)
        guard !commitments.isEmpty else {
            centre(PresentationText.whoDoesWhatAnd(lang), y: body.y + 1, in: area, style: .heading, into: &frame)
            return
        }
        items(commitments.map { c in
            let who = c.fields.who.isEmpty ? "" : c.fields.who + " — "
            let when = c.fields.byWhen.isEmpty ? "" : " (" + WorkshopDate.shown(c.fields.byWhen, lang) + ")"
            return ((c.fields.ownExample ? "★ " : "• ") + who + c.fields.what + when, c.fields.ownExample ? .title : .normal)
        }, in: body, language: lang, into: &frame)
    }

    static func challenge(_ context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let state = context.state
        var y = area.y + 1
        let ranking = AgendaTopic.ranking(state.agendaWithPhoneDots)
        if !state.challengeStatement.isEmpty {
            // Big letters where the top of the agenda still fits below them.
            let room = area.height - 4 - 2 * min(ranking.count, 3)
            y += heading(state.challengeStatement, in: Rect(x: area.x + 2, y: y, width: area.width - 4, height: area.height), maxRows: max(5, room), into: &frame) + 2
        }
        let most = max(1, ranking.first?.topic.dots ?? 1)
        let column = Rect(x: area.x + max(2, (area.width - 80) / 2), y: y, width: min(80, area.width - 4), height: area.maxY - y)
        let barWidth = max(6, column.width / 4)
        for (i, entry) in ranking.enumerated() where 2 * i < column.height {
            let row = column.y + 2 * i
            let bar = String(repeating: "█", count: entry.topic.dots * barWidth / most)
            let label = "\(entry.rank). " + entry.topic.text
            frame.put(label, x: column.x, y: row, width: column.width - barWidth - 6, style: entry.rank == 1 ? .title : .normal)
            frame.put(bar, x: column.maxX - barWidth - 4, y: row, style: .accent)
            frame.put("\(entry.topic.dots)", x: column.maxX - 3, y: row, width: 3, style: .heading)
        }
    }

    /// The board alone on the whole screen: the challenge in the middle, the actors in their rings.
    static func network(_ context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let state = context.state
        let viewport = NetworkBoard.Viewport(rect: area, zoom: 1, focus: BoardPoint(x: 0, y: 0))
        NetworkBoard.draw(actors: state.actors, relations: state.relations, selected: nil, viewport: viewport, language: context.language, into: &frame)
    }

    static func quadrants(_ view: VotingView, _ context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let state = context.state
        let lang = context.language
        guard let round = view.round(in: state) else { return }
        guard round.isVisible else {
            var y = area.y + area.height / 3
            y += heading(PresentationText.voting(lang), in: Rect(x: area.x, y: y, width: area.width, height: area.height), maxRows: 5, into: &frame) + 2
            // How many voted, of how many, and who is missing: never a choice before the reveal.
            let turnout = Turnout(round, state.participants)
            centre(turnout.line(lang) + PresentationText.resultFollows(lang), y: y, in: area, style: .heading, into: &frame)
            if let missing = turnout.missing, !missing.isEmpty {
                Paragraph.draw(RoomQuestionLines.stillMissing(lang) + missing.map(\.fields.name).joined(separator: ", "),
                               in: Rect(x: area.x + 2, y: y + 2, width: area.width - 4, height: max(0, area.maxY - y - 2)), style: .muted, into: &frame)
            }
            return
        }
        let tally = QuadrantTally(round)
        let other = state.latestRound(round.setup.kind == .current ? .desired : .current).flatMap { $0.isVisible ? QuadrantTally($0) : nil }
        centre(Method.name(round.setup.kind)(lang).uppercased() + " · " + Method.Axis.left(lang) + "  ←→  " + Method.Axis.right(lang),
               y: area.y, in: area, style: .heading, into: &frame)
        centre(Turnout(round, state.participants).line(lang), y: area.maxY - 1, in: area, style: .muted, into: &frame)
        let grid = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 2)
        let cellWidth = (grid.width - 3) / 2
        let cellHeight = (grid.height - 3) / 2
        let line = String(repeating: "─", count: cellWidth)
        frame.put("┌" + line + "┬" + line + "┐", x: grid.x, y: grid.y, style: .border)
        frame.put("├" + line + "┼" + line + "┤", x: grid.x, y: grid.y + cellHeight + 1, style: .border)
        frame.put("└" + line + "┴" + line + "┘", x: grid.x, y: grid.y + 2 * cellHeight + 2, style: .border)
        for row in 0..<2 {
            let y0 = grid.y + 1 + row * (cellHeight + 1)
            for dy in 0..<cellHeight {
                for bx in [grid.x, grid.x + cellWidth + 1, grid.x + 2 * cellWidth + 2] { frame.put("│", x: bx, y: y0 + dy, style: .border) }
            }
            for column in 0..<2 {
                let q = QuadrantChart.quadrant(column: column, row: row)
                let cell = Rect(x: grid.x + 1 + column * (cellWidth + 1), y: y0, width: cellWidth, height: cellHeight)
                let leader = tally.leaders.contains(q)
                let pct = tally.percentages[q] ?? 0
                let top = cell.y + max(0, (cell.height - 8) / 2)
                centre((leader ? "◆ " : "") + Method.info(q).name(lang), y: top, in: cell, style: leader ? .title : .heading, into: &frame)
                if BigText.drawCentred("\(pct)%", in: Rect(x: cell.x, y: top + 2, width: cell.width, height: BigText.height), style: leader ? .title : .accent, into: &frame) == nil {
                    centre("\(pct) %", y: top + 2, in: cell, style: .title, into: &frame)
                }
                if let other, top + 8 < cell.maxY + 1 {
                    let shift = QuadrantChart.shift(q, round: round, tally: tally, other: other, language: lang)
                    centre(shift.text, y: min(cell.maxY - 1, top + 8), in: cell, style: shift.style, into: &frame)
                }
            }
        }
    }

    static func weefsel(_ context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let lang = context.language
        guard let round = context.state.weefselRounds.last else { return }
        let stats = WeefselStatistics(round)
        var y = area.y + 1
        y += heading(PresentationText.structurePersonsWeefsel(lang), in: Rect(x: area.x + 2, y: y, width: area.width - 4, height: area.height), maxRows: 1, into: &frame) + 3
        let elements = WeefselElement.allCases
        let width = area.width / elements.count
        for (i, e) in elements.enumerated() {
            let cell = Rect(x: area.x + i * width, y: y, width: width, height: area.maxY - y)
            let summary = stats.byElement[e]
            centre(Method.name(e)(lang), y: cell.y, in: cell, style: .heading, into: &frame)
            let mean = summary?.mean.map { Trend.format($0, lang) } ?? "—"
            if BigText.drawCentred(mean, in: Rect(x: cell.x, y: cell.y + 2, width: cell.width, height: BigText.height), style: .title, into: &frame) == nil {
                centre(mean, y: cell.y + 2, in: cell, style: .title, into: &frame)
            }
            if summary?.isDivided == true {
                centre(PresentationText.divided(lang), y: cell.y + 8, in: cell, style: .warning, into: &frame)
            }
        }
        centre(PresentationText.averageFromTo(lang), y: min(area.maxY - 1, y + 10), in: area, style: .muted, into: &frame)
        centre(Turnout(round, context.state.participants).line(lang), y: min(area.maxY - 1, y + 11), in: area, style: .heading, into: &frame)
        if context.state.wrongWay.raised {
            centre(PresentationText.weefselPointsTheWrong(lang), y: min(area.maxY - 1, y + 12), in: area, style: .warning, into: &frame)
        }
    }
}

/// The texts of this file, in Dutch and English.
enum PresentationText {
    static let resultFollows = LocalizedText(nl: " — de uitslag volgt", en: " — the result follows")
    static let more = LocalizedText(nl: "meer", en: "more")
    static let atTheTable = LocalizedText(nl: "Aan tafel", en: "At the table")
    static let actionList = LocalizedText(nl: "Actielijst", en: "Action list")
    static let whoDoesWhatAnd = LocalizedText(nl: "Wie doet wat, en wanneer?", en: "Who does what, and by when?")
    static let voting = LocalizedText(nl: "Stemmen…", en: "Voting…")
    static let structurePersonsWeefsel = LocalizedText(nl: "Structuur, personen, weefsel", en: "Structure, persons, weefsel")
    static let divided = LocalizedText(nl: "≠ verdeeld", en: "≠ divided")
    static let averageFromTo = LocalizedText(nl: "gemiddelde van 1 tot 5", en: "average from 1 to 5")
    static let weefselPointsTheWrong = LocalizedText(nl: "⚑ Weefsel wijst de verkeerde kant op", en: "⚑ Weefsel points the wrong way")
}
