import RoutekaartCore

/// Wegwijzer 8: the differences the room names (language, pace, interests, values),
/// what connects, and the message each takes home to their constituency.
enum ConnectionsPane: Pane {
    static var state: WritableKeyPath<PaneStates, Int> { \.connections }
    static let name = LocalizedText(nl: "Verschillen en verbinding", en: "Differences and connection")

    static func keyHints(_ view: Int, context: ScreenContext) -> [KeyHint] {
        [
            KeyHint("a", .init(nl: "toevoegen", en: "add"), priority: 1),
            KeyHint("↑↓ Enter", .init(nl: "kies, wijzig", en: "select, edit"), priority: 2),
            KeyHint("d", UIText.keyRemove, priority: 4),
            KeyHint("Tab", .init(nl: "notities", en: "notes"), priority: 3, role: .navigation),
        ]
    }

    static func ordered(_ state: WorkshopState) -> [ConnectionItem] {
        ConnectionKind.allCases.flatMap { kind in state.connections.filter { $0.kind == kind } }
    }

    static func form(_ item: ConnectionItem?, kind: ConnectionKind, title: LocalizedText) -> Form {
        Form(title: title, fields: [
            .text(label: .init(nl: "Wat", en: "What"), TextField(item?.text ?? "", limit: Engine.Limits.text)),
            .choice(label: .init(nl: "Soort", en: "Kind"), options: ConnectionKind.allCases.map(Method.name), selected: ConnectionKind.allCases.firstIndex(of: item?.kind ?? kind)!),
            .text(label: .init(nl: "Voor (achterban)", en: "For (constituency)"), TextField(item?.audience ?? "", limit: Engine.Limits.field)),
        ])
    }

    static func recorded(_ events: [RecordedEvent], view: inout Int, context: ScreenContext) {
        ItemListKeys.follow(events, ids: ordered(context.state).map(\.id), selection: &view)
    }

    static func command(for purpose: FormPurpose, form: Form, context: ScreenContext) -> Result<WorkshopCommand, FormProblem>? {
        itemCommand(purpose) { ConnectionItem(id: $0, kind: ConnectionKind.allCases[form.choice(1)], text: form.text(0), audience: form.text(2)) }
    }

    static func handle(_ key: Key, view: inout Int, context: ScreenContext) -> [AppAction]? {
        ItemListKeys.handle(key, items: ordered(context.state), selection: &view,
            add: { .open(.form(.addItem(.connection), form(nil, kind: $0?.kind ?? .languageDifference, title: .init(nl: "Toevoegen", en: "Add")))) },
            edit: { .open(.form(.editItem(.connection, $0.id), form($0, kind: $0.kind, title: .init(nl: "Wijzigen", en: "Edit")))) },
            remove: { .item(.connection, $0.id) })
    }

    static func render(_ view: Int, context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let state = context.state
        let lang = context.language
        let items = ordered(state)
        let selected = min(view, max(0, items.count - 1))
        var lines: [SelectableLines.Line] = []
        let groups: [(LocalizedText, [ConnectionKind])] = [
            (.init(nl: "Verschillen benoemd", en: "Differences named"), [.languageDifference, .paceDifference, .interestsDifference, .valuesDifference]),
            (.init(nl: "Wat ons verbindt", en: "What connects us"), [.whatConnects]),
            (.init(nl: "Boodschap per achterban", en: "Message per constituency"), [.message]),
        ]
        for (title, kinds) in groups {
            let group = items.enumerated().filter { kinds.contains($0.element.kind) }
            lines.append(.init(title(lang) + " (\(group.count))", .heading))
            if group.isEmpty { lines.append(.init("  —", .muted)) }
            for (i, item) in group {
                let label: String
                switch item.kind {
                case .languageDifference: label = ConnectionsText.language(lang)
                case .paceDifference: label = ConnectionsText.pace(lang)
                case .interestsDifference: label = ConnectionsText.interests(lang)
                case .valuesDifference: label = ConnectionsText.values(lang)
                case .whatConnects: label = ""
                case .message: label = item.audience.isEmpty ? "" : item.audience + ": "
                }
                lines.append(.init(label + item.text, .normal, row: i))
            }
        }
        if items.isEmpty {
            lines.append(.init("", .normal))
            lines.append(.init(ConnectionsText.nameTheDifferencesFirst(lang), .muted))
        }
        SelectableLines.draw(lines, selected: selected, in: area, into: &frame)
    }
}

/// The texts of this file, in Dutch and English.
enum ConnectionsText {
    static let language = LocalizedText(nl: "taal: ", en: "language: ")
    static let pace = LocalizedText(nl: "tempo: ", en: "pace: ")
    static let interests = LocalizedText(nl: "belangen: ", en: "interests: ")
    static let values = LocalizedText(nl: "waarden: ", en: "values: ")
    static let nameTheDifferencesFirst = LocalizedText(nl: "Benoem eerst de verschillen; dan worden ze gedeeld. Zoek daarna wat verbindt. Druk a om te beginnen.", en: "Name the differences first, so they become shared. Then look for what connects. Press a to start.")
}
