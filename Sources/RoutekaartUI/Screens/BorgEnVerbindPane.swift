import RoutekaartCore

/// Wegwijzer 5, "borg en verbind": the chosen emphasis with its rationale, then the core
/// question of each of the other three quadrants and the group's answer.
enum BorgEnVerbindPane: Pane {
    static var state: WritableKeyPath<PaneStates, Int> { \.borgEnVerbind }
    static let name = LocalizedText(nl: "Borg en verbind", en: "Secure and connect")

    static func keyHints(_ view: Int, context: ScreenContext) -> [KeyHint] {
        [
            KeyHint("k", .init(nl: "nadruk kiezen", en: "choose emphasis"), priority: 1),
            KeyHint("↑↓", UIText.keyChoose, priority: 2),
            KeyHint("Enter", .init(nl: "antwoord", en: "answer"), priority: 1),
            KeyHint("Tab", .init(nl: "volgend deel", en: "next part"), priority: 2, role: .navigation),
        ]
    }

    /// The quadrants whose questions are asked: all but the chosen emphasis.
    static func others(_ state: WorkshopState) -> [Quadrant] {
        guard let e = state.emphasis else { return [] }
        return Method.quadrants.map(\.quadrant).filter { $0 != e.quadrant }
    }

    static func handle(_ key: Key, view: inout Int, context: ScreenContext) -> [AppAction]? {
        let state = context.state
        let others = others(state)
        switch key {
        case .char("k"):
            return [.open(.form(.chooseEmphasis, emphasisForm(state)))]
        case .up:
            view = max(0, view - 1)
        case .down:
            view = min(max(0, others.count - 1), view + 1)
        case .enter, .char("e"):
            guard !others.isEmpty else { return [.open(.form(.chooseEmphasis, emphasisForm(state)))] }
            let q = others[min(view, others.count - 1)]
            let form = Form(title: .init(nl: Method.info(q).coreQuestion.nl, en: Method.info(q).coreQuestion.en), fields: [
                .text(label: .init(nl: "Antwoord", en: "Answer"), TextField(state.verbindAnswers[q] ?? "", limit: Engine.Limits.text)),
            ])
            return [.open(.form(.answerVerbind(q), form))]
        default:
            return nil
        }
        return []
    }

    /// The form for the emphasis; it starts on the current choice or the room's "gewenst" leader.
    static func emphasisForm(_ state: WorkshopState) -> Form {
        let suggested = state.emphasis?.quadrant
            ?? state.latestRound(.desired).flatMap { QuadrantTally($0).leaders.first }
            ?? .presterend
        return Form(title: .init(nl: "Nadruk kiezen", en: "Choose the emphasis"), fields: [
            .choice(label: .init(nl: "Nadruk", en: "Emphasis"), options: Method.quadrants.map(\.name),
                    selected: Method.quadrants.firstIndex { $0.quadrant == suggested } ?? 0),
            .text(label: .init(nl: "Waarom", en: "Why"), TextField(state.emphasis?.rationale ?? "", limit: Engine.Limits.text)),
        ])
    }

    static func render(_ view: Int, context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let state = context.state
        let lang = context.language
        let inner = area
        guard let emphasis = state.emphasis else {
            var text = BorgEnVerbindText.noEmphasisChosenYet(lang)
            if let leader = state.latestRound(.desired).flatMap({ QuadrantTally($0).leaders.first }) {
                text += BorgEnVerbindText.inTheDesiredRound(lang, Method.info(leader).name(lang))
            }
            Paragraph.draw(text, in: inner, style: .muted, into: &frame)
            return
        }
        let info = Method.info(emphasis.quadrant)
        frame.put(BorgEnVerbindText.chosenEmphasis(lang) + "\(info.letter)  \(info.name(lang))", x: inner.x, y: inner.y, width: inner.width, style: .title)
        var y = inner.y + 1
        let rationale = emphasis.rationale.isEmpty ? BorgEnVerbindText.noReasoning(lang) : emphasis.rationale
        y += Paragraph.draw(BorgEnVerbindText.why(lang) + rationale, in: Rect(x: inner.x, y: y, width: inner.width, height: 2), into: &frame)
        y += 1
        frame.put(BorgEnVerbindText.secureAndConnectWhat(lang),
                  x: inner.x, y: y, width: inner.width, style: .heading)
        y += 1
        let others = others(state)
        let rows = max(2, (inner.maxY - y) / max(1, others.count))
        for (i, q) in others.enumerated() {
            let selected = i == min(view, others.count - 1)
            let qi = Method.info(q)
            let head = (selected ? "▸ " : "  ") + "\(qi.letter)  \(qi.name(lang)) — \(qi.coreQuestion(lang))"
            if selected { frame.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: .selected) }
            frame.put(head, x: inner.x, y: y, width: inner.width, style: selected ? .selected : .accent)
            let answer = state.verbindAnswers[q]
            Paragraph.draw(answer ?? BorgEnVerbindText.noAnswerYetEnter(lang),
                           in: Rect(x: inner.x + 5, y: y + 1, width: inner.width - 5, height: rows - 1),
                           style: answer == nil ? .muted : .normal, into: &frame)
            y += rows
        }
    }
}

/// The texts of this file, in Dutch and English.
enum BorgEnVerbindText {
    static let chosenEmphasis = LocalizedText(nl: "Gekozen nadruk: ", en: "Chosen emphasis: ")
    static let noReasoning = LocalizedText(nl: "(geen onderbouwing)", en: "(no reasoning)")
    static let why = LocalizedText(nl: "Waarom: ", en: "Why: ")
    static let secureAndConnectWhat = LocalizedText(nl: "Borg en verbind: wat vragen de andere kwadranten?", en: "Secure and connect: what do the other quadrants ask?")
    static let noAnswerYetEnter = LocalizedText(nl: "(nog geen antwoord — Enter om het antwoord van de groep te typen)", en: "(no answer yet — Enter to type the group's answer)")
    static let noEmphasisChosenYet = LocalizedText(nl: "Nog geen nadruk gekozen. Druk k om de nadruk voor deze opgave te kiezen, met de onderbouwing.", en: "No emphasis chosen yet. Press k to choose the emphasis for this challenge, with the reasoning.")
    static let inTheDesiredRound = LocalizedText(nl: " In de ronde 'gewenst' koos de zaal vooral: %1.", en: " In the 'desired' round the room mostly chose: %1.")
}
