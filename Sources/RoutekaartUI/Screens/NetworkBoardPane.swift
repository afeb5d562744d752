import RoutekaartCore

/// Wegwijzer 4, the board: the room places actors around the challenge while the panel
/// beside it says what the network tells.
enum NetworkBoardPane: Pane {
    static var state: WritableKeyPath<PaneStates, NetworkView> { \.network }
    static let name = LocalizedText(nl: "Bord", en: "Board")

    static let smallStep = 4
    static let bigStep = 20

    static func keyHints(_ view: NetworkView, context: ScreenContext) -> [KeyHint] {
        if view.finding != nil {
            return [KeyHint("abc", .init(nl: "typ een naam", en: "type a name"), priority: 0),
                    KeyHint("Enter/Esc", .init(nl: "klaar", en: "done"), priority: 0)]
        }
        return [
            KeyHint("< >", .init(nl: "vorige/volgende actor", en: "previous/next actor"), priority: 1),
            KeyHint("←↑↓→", .init(nl: "verplaats", en: "move"), priority: 1, role: .recording),
            KeyHint("HJKL", .init(nl: "grote stap", en: "big step"), priority: 4, role: .recording),
            KeyHint("a", .init(nl: "actor", en: "actor"), priority: 1),
            KeyHint("l", .init(nl: "relatie", en: "relation"), priority: 2),
            KeyHint("/", .init(nl: "zoek", en: "find"), priority: 3),
            KeyHint("O", .init(nl: "opstellen", en: "lay out"), priority: 3, role: .recording),
            KeyHint("+ − =", .init(nl: "zoom", en: "zoom"), priority: 5),
            KeyHint("e d", .init(nl: "wijzig/verwijder", en: "edit/remove"), priority: 4),
            KeyHint("Tab", .init(nl: "volgend deel", en: "next part"), priority: 2, role: .navigation),
        ]
    }

    static func recorded(_ events: [RecordedEvent], view: inout NetworkView, context: ScreenContext) {
        NetworkListPane.selectAdded(events, view: &view)
    }

    static func command(for purpose: FormPurpose, form: Form, context: ScreenContext) -> Result<WorkshopCommand, FormProblem>? {
        NetworkListPane.command(for: purpose, form: form, context: context)
    }

    /// The selected actor, falling back to the first.
    static func selected(_ state: WorkshopState, _ view: NetworkView) -> Actor? {
        view.selected.flatMap { state.actor($0) } ?? state.actors.first
    }

    /// The board alone on the whole screen, once it has actors.
    static func present(_ view: NetworkView, context: ScreenContext, in area: Rect, into frame: inout Frame) -> Bool {
        guard !context.state.actors.isEmpty else { return false }
        PresentationScreen.network(context, in: area, into: &frame)
        return true
    }

    static func handle(_ key: Key, view: inout NetworkView, context: ScreenContext) -> [AppAction]? {
        let state = context.state
        if let text = view.finding {
            switch key {
            case .escape, .enter: view.finding = nil
            case .backspace: view.finding = String(text.dropLast())
            case let .char(c): view.finding = text + String(c)
            default: return []
            }
            if let found = find(view.finding ?? "", in: state.actors) { view.selected = found.id }
            return []
        }
        let current = selected(state, view)
        func move(_ dx: Int, _ dy: Int) -> [AppAction] {
            guard let a = current else { return [] }
            return [.run(.moveActor(a.id, to: BoardPoint(x: a.position.x + dx, y: a.position.y + dy)))]
        }
        switch key {
        case .char(">"), .char("<"):
            guard !state.actors.isEmpty else { return [] }
            let i = current.flatMap { a in state.actors.firstIndex { $0.id == a.id } } ?? 0
            let next = (i + (key == .char(">") ? 1 : state.actors.count - 1)) % state.actors.count
            view.selected = state.actors[next].id
        case .left: return move(-smallStep, 0)
        case .right: return move(smallStep, 0)
        case .up: return move(0, -smallStep)
        case .down: return move(0, smallStep)
        case .char("H"): return move(-bigStep, 0)
        case .char("L"): return move(bigStep, 0)
        case .char("K"): return move(0, -bigStep)
        case .char("J"): return move(0, bigStep)
        case .char("/"): view.finding = ""
        case .char("O"): return [.run(.layOutNetwork)]
        case .char("+"): view.zoom = min(3, view.zoom + 1)
        case .char("-"): view.zoom = max(1, view.zoom - 1)
        case .char("="): view.zoom = 1
        default: return NetworkListPane.handleCommon(key, actor: current, context: context)
        }
        return []
    }

    /// The first actor whose name contains `text`, ignoring case.
    static func find(_ text: String, in actors: [Actor]) -> Actor? {
        guard !text.isEmpty else { return nil }
        let needle = text.lowercased()
        return actors.first { $0.fields.name.lowercased().hasPrefix(needle) } ?? actors.first { $0.fields.name.lowercased().contains(needle) }
    }

    static func render(_ view: NetworkView, context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let state = context.state
        let lang = context.language
        let panelWidth = area.width >= 110 ? 38 : 25
        let (boardArea, panel) = area.splitLeft(area.width - panelWidth)
        let board = Rect(x: boardArea.x, y: boardArea.y, width: boardArea.width - 1, height: boardArea.height - 1)
        let current = selected(state, view)
        let viewport = NetworkBoard.Viewport(rect: board, zoom: view.zoom, focus: current?.position ?? BoardPoint(x: 0, y: 0))
        if state.actors.isEmpty {
            NetworkBoard.draw(actors: [], relations: [], selected: nil, viewport: viewport, language: lang, into: &frame)
            frame.put(BoardPaneText.noActorsYetPress(lang),
                      x: board.x, y: board.maxY, width: board.width, style: .muted)
        } else {
            NetworkBoard.draw(actors: state.actors, relations: state.relations, selected: current?.id, viewport: viewport, language: lang, into: &frame)
            if let finding = view.finding {
                frame.put(BoardPaneText.find(lang) + finding + "▏", x: board.x, y: board.maxY, width: board.width, style: .busy)
            } else if let a = current {
                let degree = state.relations.filter { $0.fields.from == a.id || $0.fields.to == a.id }.count
                let line = "▸ " + a.fields.name + " · " + Method.name(a.fields.kind)(lang) + " · ring \(a.fields.closeness)"
                    + " · " + BoardPaneText.relationCount(degree, lang)
                    + (a.pinned ? "" : BoardPaneText.notMovedYet(lang))
                frame.put(line, x: board.x, y: board.maxY, width: board.width, style: .accent)
            }
        }
        renderAnalysis(NetworkAnalysis.of(state.actors, state.relations), state, lang, in: panel, into: &frame)
    }

    static func renderAnalysis(_ a: NetworkAnalysis, _ state: WorkshopState, _ lang: Language, in panel: Rect, into frame: inout Frame) {
        let inner = Rect(x: panel.x + 1, y: panel.y, width: panel.width - 1, height: panel.height)
        for y in panel.y..<panel.maxY { frame.put("│", x: panel.x, y: y, style: .border) }
        func name(_ id: String) -> String { state.actor(id)?.fields.name ?? id }
        var lines: [(String, StyleRole)] = [(BoardPaneText.whatTheNetworkSays(lang), .heading)]
        lines.append((BoardPaneText.actors(lang) + "\(state.actors.count) · " + BoardPaneText.relations(lang) + "\(state.relations.count)", .muted))
        if !a.isolated.isEmpty {
            lines.append((BoardPaneText.noRelations(lang) + a.isolated.map(name).joined(separator: ", "), .warning))
        }
        if !a.bridges.isEmpty {
            lines.append((BoardPaneText.bridges(lang) + a.bridges.enumerated().map { "\($0.offset + 1). \(name($0.element))" }.joined(separator: ", "), .done))
        }
        if a.components.count > 1 {
            lines.append((BoardPaneText.separateGroups(lang) + "\(a.components.count)", .warning))
        }
        if !a.missingHelix.isEmpty {
            lines.append((BoardPaneText.notAtTheTable(lang) + a.missingHelix.map { Method.name($0)(lang) }.joined(separator: ", "), .warning))
        }
        if a.noEmployeeOrganisation {
            lines.append((BoardPaneText.noEmployeesOrganisation(lang), .muted))
        }
        if !a.possibleOwners.isEmpty {
            lines.append((BoardPaneText.couldOwnIt(lang) + a.possibleOwners.map(name).joined(separator: ", "), .accent))
        }
        for id in a.ownMunicipality {
            let rank = a.bridges.firstIndex(of: id).map { BoardPaneText.bridge(lang, $0 + 1) } ?? ""
            lines.append(("★ " + name(id) + BoardPaneText.ring(lang) + "\(state.actor(id)?.fields.closeness ?? 0), \(a.degree[id] ?? 0) "
                          + BoardPaneText.relationsNoun(lang) + rank, .title))
        }
        lines.append((BoardPaneText.ringDistanceToThe(lang), .muted))
        lines.append((BoardPaneText.strongWeakTrustNeutral(lang), .muted))
        var y = inner.y
        for line in lines where y < inner.maxY {
            y += Paragraph.draw(line.0, in: Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y), style: line.1, into: &frame)
        }
    }
}

/// The texts of this file, in Dutch and English.
enum BoardPaneText {
    static let relationCount = CountedText(one: LocalizedText(nl: "relatie", en: "relation"), other: LocalizedText(nl: "relaties", en: "relations"))
    static let noActorsYetPress = LocalizedText(nl: "Nog geen actoren: druk a om er een toe te voegen.", en: "No actors yet: press a to add one.")
    static let find = LocalizedText(nl: "Zoek: ", en: "Find: ")
    static let notMovedYet = LocalizedText(nl: " · nog niet verplaatst", en: " · not moved yet")
    static let whatTheNetworkSays = LocalizedText(nl: "Wat het netwerk zegt", en: "What the network says")
    static let actors = LocalizedText(nl: "Actoren ", en: "Actors ")
    static let relations = LocalizedText(nl: "relaties ", en: "relations ")
    static let noRelations = LocalizedText(nl: "○ Zonder relatie: ", en: "○ No relations: ")
    static let bridges = LocalizedText(nl: "⇄ Bruggen: ", en: "⇄ Bridges: ")
    static let separateGroups = LocalizedText(nl: "⊘ Losse groepen: ", en: "⊘ Separate groups: ")
    static let notAtTheTable = LocalizedText(nl: "✗ Niet aan tafel: ", en: "✗ Not at the table: ")
    static let noEmployeesOrganisation = LocalizedText(nl: "✗ Geen werknemersorganisatie", en: "✗ No employees' organisation")
    static let couldOwnIt = LocalizedText(nl: "◇ Mogelijke eigenaar: ", en: "◇ Could own it: ")
    static let bridge = LocalizedText(nl: ", brug #%1", en: ", bridge #%1")
    static let ring = LocalizedText(nl: ": ring ", en: ": ring ")
    static let relationsNoun = LocalizedText(nl: "relaties", en: "relations")
    static let ringDistanceToThe = LocalizedText(nl: "Ring = afstand tot de opgave (1 dichtbij, 5 ver)", en: "Ring = distance to the challenge (1 close, 5 far)")
    static let strongWeakTrustNeutral = LocalizedText(nl: "─ sterk  ┄ zwak  + vertrouwen  = neutraal  ! spanning", en: "─ strong  ┄ weak  + trust  = neutral  ! tension")
}
