import RoutekaartCore

/// Wegwijzer 7, scoring: a participant × indicator grid where a digit fills the cell
/// and moves on, in named or anonymous, open or blind rounds.
enum WeefselScoringPane: Pane {
    static var state: WritableKeyPath<PaneStates, GridCursor> { \.scoring }
    static let name = LocalizedText(nl: "Scores", en: "Scores")

    static let nameWidth = 17
    static let cellWidth = 3

    static func keyHints(_ view: GridCursor, context: ScreenContext) -> [KeyHint] {
        let question = context.state.weefselRounds.last.map { RoomQuestion.weefselRound($0.id) }
        if RoomQuestionLines.isOpenToRoom(question, context.state) && !view.recording {
            return [RoomQuestionLines.hint(question, context.state),
                    KeyHint("↑↓ Enter", .init(nl: "scoren voor…", en: "score for…"), priority: 1),
                    KeyHint("v", .init(nl: "onthullen", en: "reveal"), priority: 3, role: .recording),
                    KeyHint("Tab", .init(nl: "volgend deel", en: "next part"), priority: 2, role: .navigation)]
        }
        if view.recording {
            return [KeyHint("1–5", .init(nl: "score", en: "score"), priority: 0, role: .recording),
                    KeyHint("0", .init(nl: "weet niet", en: "don't know"), priority: 1, role: .recording),
                    KeyHint("←↑↓→", UIText.keyCursor, priority: 2),
                    KeyHint("⌫", .init(nl: "wissen", en: "clear"), priority: 3, role: .recording),
                    KeyHint("Esc", .init(nl: "stoppen met scoren", en: "stop scoring"), priority: 0, role: .navigation)]
        }
        return [
            KeyHint("Enter", .init(nl: "scores invoeren", en: "enter scores"), priority: 1),
            KeyHint("←↑↓→", UIText.keyCursor, priority: 3),
            KeyHint("n", .init(nl: "nieuwe ronde", en: "new round"), priority: 1),
            RoomQuestionLines.hint(question, context.state),
            KeyHint("v", .init(nl: "onthullen", en: "reveal"), priority: 3, role: .recording),
            KeyHint("Tab", .init(nl: "volgend deel", en: "next part"), priority: 2, role: .navigation),
        ]
    }

    /// The rows of the grid: participants, or "r1" … for an anonymous round.
    static func rows(_ round: WeefselRound, _ state: WorkshopState) -> [(id: String, label: String)] {
        if !round.setup.anonymous {
            return state.participants.map { ($0.id.rawValue, $0.fields.name) }
        }
        let used = round.answers.keys.compactMap { Int($0.row.dropFirst()) }.max() ?? 0
        let count = max(state.participants.count, used + 1, 1)
        return (1...count).map { ("r\($0)", "Deelnemer \($0)") }
    }

    /// A new round starts the typing of scores at the first cell.
    static func recorded(_ events: [RecordedEvent], view: inout GridCursor, context: ScreenContext) {
        for case let .weefselRoundOpened(id, _) in events.map(\.event) {
            // Open to the room, the phones score: digits on the laptop do not.
            view = GridCursor(row: 0, column: 0, recording: context.state.openQuestion != .weefselRound(id))
        }
    }

    static func handle(_ key: Key, view: inout GridCursor, context: ScreenContext) -> [AppAction]? {
        let state = context.state
        let indicators = Method.weefselIndicators
        if key == .char("n") {
            let yesNo = [LocalizedText(nl: "nee", en: "no"), LocalizedText(nl: "ja", en: "yes")]
            return [.open(.form(.openWeefselRound, Form(title: .init(nl: "Nieuwe scoreronde", en: "New scoring round"), fields: [
                .choice(label: .init(nl: "Anoniem", en: "Anonymous"), options: yesNo, selected: 0),
                .choice(label: .init(nl: "Blind", en: "Blind"), options: yesNo, selected: 0),
            ])))]
        }
        guard let round = state.weefselRounds.last else {
            if case .char(let c) = key, c.isNumber {
                return [.flash(noRound(context.language), problem: true)]
            }
            return nil
        }
        let rows = rows(round, state)
        let row = min(view.row, max(0, rows.count - 1))
        let column = min(view.column, indicators.count - 1)
        let question = RoomQuestion.weefselRound(round.id)
        let toRoom = RoomQuestionLines.isOpenToRoom(question, state)
        if toRoom && !view.oneRow { view.recording = false }
        func advance() {
            if column + 1 < indicators.count {
                view.column = column + 1
            } else if view.oneRow {
                view.recording = false  // the row is done: the phones have the round again
                view.oneRow = false
            } else {
                view.column = 0
                view.row = min(row + 1, rows.count - 1)
            }
        }
        switch key {
        case .char("z"):
            view.recording = false
            view.oneRow = false
            return RoomQuestionLines.toggle(question, context: context)
        case .enter where toRoom && !view.recording:
            guard !rows.isEmpty else { return [.flash(CommandError.voterRequired.message(context.language), problem: true)] }
            view.recording = true
            view.oneRow = true
            view.column = 0
            return [.flash(WeefselScoringText.scoringFor(context.language, rows[row].label), problem: false)]
        case .left: view.column = max(0, column - 1)
        case .right: view.column = min(indicators.count - 1, column + 1)
        case .up: view.row = max(0, row - 1)
        case .down: view.row = min(rows.count - 1, row + 1)
        case .home: view.column = 0
        case .end: view.column = indicators.count - 1
        case .char("v"):
            view.recording = false
            return [.run(.revealWeefselRound(round.id))]
        case .enter where !view.recording:
            view.recording = true
            return [.flash(UIText.recordingScores(context.language), problem: false)]
        case .escape where view.recording:
            view.recording = false
            view.oneRow = false
        case let .char(c) where view.recording && (("1"..."5").contains(c) || c == "0"):
            guard !rows.isEmpty else { return [.flash(CommandError.voterRequired.message(context.language), problem: true)] }
            let value = Int(String(c))!
            advance()
            let echo = rows[row].label + " · " + code(indicators[column]) + " = " + (value == dontKnowScore ? "?" : String(value))
            return [.run(.giveWeefselScore(round: round.id, row: rows[row].id, indicator: indicators[column].id, value: value)),
                    .flash(echo, problem: false)]
        case let .char(c) where view.recording && c.isNumber:
            return []  // 6–9 would leave the grid while scoring
        case .backspace where view.recording, .delete where view.recording:
            guard !rows.isEmpty else { return [] }
            return [.run(.clearWeefselScore(round: round.id, row: rows[row].id, indicator: indicators[column].id)),
                    .flash(rows[row].label + " · " + code(indicators[column]) + " " + WeefselScoringText.cleared(context.language), problem: false)]
        default: return nil
        }
        return []
    }

    static func noRound(_ lang: Language) -> String {
        WeefselScoringText.thereIsNoScoring(lang)
    }

    /// "S1", "P3", "W6": short column names.
    static func code(_ indicator: WeefselIndicator) -> String {
        let list = Method.indicators(of: indicator.element)
        let letter = Method.name(indicator.element).nl.prefix(1)
        return letter + String((list.firstIndex(of: indicator) ?? 0) + 1)
    }

    static func describe(_ round: WeefselRound, _ lang: Language) -> String {
        var parts = [WeefselScoringText.scoringRound(lang) + round.id]
        if round.setup.anonymous { parts.append(WeefselScoringText.anonymous(lang)) }
        if round.setup.blind { parts.append(round.revealed ? WeefselScoringText.blindRevealed(lang) : "blind") }
        return parts.joined(separator: " · ")
    }

    static func render(_ view: GridCursor, context: ScreenContext, in whole: Rect, into frame: inout Frame) {
        // While scores are typed, a frame round the grid says so: digits score now.
        let area = view.recording ? whole.inset(dx: 1, dy: 1) : whole
        if view.recording { Box.draw(whole, title: WeefselScoringText.recordingTitle(context.language), style: .warning, titleStyle: .warning, into: &frame) }
        let state = context.state
        let lang = context.language
        guard let round = state.weefselRounds.last else {
            Paragraph.draw(noRound(lang) + WeefselScoringText.everyParticipantGivesEvery(lang),
                           in: area, style: .muted, into: &frame)
            return
        }
        let indicators = Method.weefselIndicators
        frame.put(describe(round, lang), x: area.x, y: area.y, width: area.width, style: .heading)
        // Element headers over their columns.
        var x = area.x + nameWidth
        for e in WeefselElement.allCases {
            let count = Method.indicators(of: e).count
            frame.put(Method.name(e)(lang), x: x, y: area.y + 1, width: count * cellWidth, style: .accent)
            x += count * cellWidth + 1
        }
        let column = min(view.column, indicators.count - 1)
        func columnX(_ i: Int) -> Int {
            let element = indicators[i].element
            let groupOffset = WeefselElement.allCases.firstIndex(of: element)!
            return area.x + nameWidth + i * cellWidth + groupOffset
        }
        frame.put(WeefselScoringText.participant(lang), x: area.x, y: area.y + 2, width: nameWidth - 1, style: .muted)
        for (i, ind) in indicators.enumerated() {
            frame.put(code(ind), x: columnX(i), y: area.y + 2, style: i == column ? .selected : .muted)
        }
        let rows = rows(round, state)
        let row = min(view.row, max(0, rows.count - 1))
        let visible = area.height - 6
        let top = max(0, row - visible + 1)
        for (r, entry) in rows.enumerated().dropFirst(top).prefix(max(0, visible)) {
            let y = area.y + 3 + r - top
            let isRow = r == row
            frame.put((isRow ? "▸ " : "  ") + TextWidth.truncate(entry.label, to: nameWidth - 3), x: area.x, y: y, style: isRow ? .selected : .normal)
            for (i, ind) in indicators.enumerated() {
                let value = round.answers[WeefselCell(row: entry.id, indicator: ind.id)]
                let text: String
                switch value {
                case nil: text = "·"
                case _ where !round.isVisible: text = "•"
                case dontKnowScore?: text = "?"
                case let v?: text = String(v)
                }
                frame.put(" " + text + " ", x: columnX(i) - 1, y: y, style: isRow && i == column ? .selected : (value == nil ? .muted : .normal))
            }
        }
        let indicator = indicators[column]
        let legend = code(indicator) + " " + indicator.name(lang) + " (" + Method.name(indicator.element)(lang).lowercased() + ")"
        frame.put(legend, x: area.x, y: area.maxY - 3, width: area.width, style: .accent)
        // Who scored, of how many, and who is missing: never what anyone gave.
        let turnout = RoomQuestionLines.lines(.weefselRound(round.id), state, lang, roomOpen: context.room != nil)
        let missing = turnout.dropFirst().first { $0.0.hasPrefix(RoomQuestionLines.stillMissing(lang)) }
        frame.put(turnout.filter { $0.0 != missing?.0 }.map(\.0).joined(separator: " · "), x: area.x, y: area.maxY - 2, width: area.width, style: turnout[0].1)
        if let missing {
            frame.put(missing.0, x: area.x, y: area.maxY - 1, width: area.width, style: .muted)
        } else {
            frame.put(WeefselScoringText.legend(lang) + (round.isVisible ? "" : WeefselScoringText.filledHidden(lang)),
                      x: area.x, y: area.maxY - 1, width: area.width, style: .muted)
        }
    }
}

/// The texts of this file, in Dutch and English.
enum WeefselScoringText {
    static let recordingTitle = LocalizedText(nl: " SCOREN — Esc stopt ", en: " SCORING — Esc stops ")
    static let cleared = LocalizedText(nl: "gewist", en: "cleared")
    static let legend = LocalizedText(nl: "1–5 = score · 0 = weet niet (?) · ⌫ = wissen · · = leeg", en: "1–5 = score · 0 = don't know (?) · ⌫ = clear · · = empty")
    static let filledHidden = LocalizedText(nl: " · • = ingevuld (verborgen)", en: " · • = filled (hidden)")
    static let thereIsNoScoring = LocalizedText(nl: "Er is nog geen scoreronde: druk n om er een te openen.", en: "There is no scoring round yet: press n to open one.")
    static let scoringRound = LocalizedText(nl: "Scoreronde ", en: "Scoring round ")
    static let anonymous = LocalizedText(nl: "anoniem", en: "anonymous")
    static let blindRevealed = LocalizedText(nl: "blind, onthuld", en: "blind, revealed")
    static let scoringFor = LocalizedText(nl: "Scoren voor %1: 1–5 of 0 per indicator, tot het eind van de rij (Esc stopt).", en: "Scoring for %1: 1–5 or 0 per indicator, to the end of the row (Esc stops).")
    static let participant = LocalizedText(nl: "Deelnemer", en: "Participant")
    static let everyParticipantGivesEvery = LocalizedText(nl: " Elke deelnemer geeft elke indicator een 1 tot en met 5, of 'weet niet'.", en: " Every participant gives every indicator a 1 to 5, or 'don't know'.")
}
