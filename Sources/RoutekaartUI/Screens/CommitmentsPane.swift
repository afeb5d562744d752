import RoutekaartCore

/// Wegwijzer 10: the commitments made in the room — who, what, by when — with the own
/// municipality's example actions marked. This is the workshop's action list.
enum CommitmentsPane: Pane {
    static var state: WritableKeyPath<PaneStates, Int> { \.commitments }
    static let name = LocalizedText(nl: "Actielijst", en: "Action list")

    static func keyHints(_ view: Int, context: ScreenContext) -> [KeyHint] {
        [
            KeyHint("a", .init(nl: "toezegging", en: "commitment"), priority: 1),
            KeyHint("↑↓", UIText.keyChoose, priority: 2),
            KeyHint("Enter", UIText.keyEdit, priority: 1),
            KeyHint("d", UIText.keyRemove, priority: 3),
            KeyHint("Tab", .init(nl: "notities", en: "notes"), priority: 3, role: .navigation),
        ]
    }

    /// The action list: who does what, by when.
    static func present(_ view: Int, context: ScreenContext, in area: Rect, into frame: inout Frame) -> Bool {
        PresentationScreen.actionList(context, in: area, into: &frame)
        return true
    }

    static func recorded(_ events: [RecordedEvent], view: inout Int, context: ScreenContext) {
        ItemListKeys.follow(events, ids: context.state.commitments.map(\.id), selection: &view)
    }

    static func command(for purpose: FormPurpose, form: Form, context: ScreenContext) -> Result<WorkshopCommand, FormProblem>? {
        itemCommand(purpose) { id throws(FormProblem) in Commitment(id: id, fields: try fields(form, context: context)) }
    }

    static func handle(_ key: Key, view: inout Int, context: ScreenContext) -> [AppAction]? {
        ItemListKeys.handle(key, items: context.state.commitments, selection: &view,
            add: { _ in .open(.form(.addItem(.commitment), form(CommitmentFields(who: "", what: ""), title: .init(nl: "Toezegging toevoegen", en: "Add commitment"), state: context.state))) },
            edit: { .open(.form(.editItem(.commitment, $0.id), form($0.fields, title: .init(nl: "Toezegging wijzigen", en: "Edit commitment"), state: context.state))) },
            remove: { .item(.commitment, $0.id) })
    }

    static func form(_ f: CommitmentFields, title: LocalizedText, state: WorkshopState) -> Form {
        Form(title: title, fields: [
            .text(label: .init(nl: "Wie", en: "Who"), .choosing(f.who, from: state.participants.map(\.fields.name), limit: Engine.Limits.field)),
            .text(label: .init(nl: "Wat", en: "What"), TextField(f.what, limit: Engine.Limits.field)),
            .text(label: .init(nl: "Wanneer", en: "By when"), TextField(f.byWhen, limit: Engine.Limits.field)),
            .choice(label: .init(nl: "Eigen voorbeeld", en: "Own example"), options: [.init(nl: "nee", en: "no"), .init(nl: "ja", en: "yes")], selected: f.ownExample ? 1 : 0),
        ])
    }

    static func fields(_ form: Form, context: ScreenContext) throws(FormProblem) -> CommitmentFields {
        CommitmentFields(who: form.text(0), what: form.text(1), byWhen: try DateInput.iso(form.text(2), context: context), ownExample: form.choice(3) == 1)
    }

    static func render(_ view: Int, context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let items = context.state.commitments
        frame.put(CommitmentsText.actionList(context.language) + " (\(items.count)) — a " + CommitmentsText.addsACommitment(context.language),
                  x: area.x, y: area.y, width: area.width, style: .heading)
        guard !items.isEmpty else {
            Paragraph.draw(CommitmentsText.noCommitmentsYetAsk(context.language),
                           in: Rect(x: area.x, y: area.y + 2, width: area.width, height: 3), style: .muted, into: &frame)
            return
        }
        let widths = [22, max(20, area.width - 22 - 18 - 9), 16]
        let columns = [widths[0] + 2] + widths.dropFirst()  // the first holds ★ before the name
        TableRow.draw(["  " + CommitmentsText.who(context.language), CommitmentsText.what(context.language), CommitmentsText.byWhen(context.language)], widths: columns, selected: false,
                      x: area.x, y: area.y + 1, width: area.width, style: .muted, into: &frame)
        let selected = min(view, items.count - 1)
        let visible = area.height - 3
        let top = max(0, selected - visible + 1)
        for (i, c) in items.enumerated().dropFirst(top).prefix(max(0, visible)) {
            let y = area.y + 2 + i - top
            TableRow.draw([(c.fields.ownExample ? "★ " : "  ") + c.fields.who, c.fields.what, WorkshopDate.shown(c.fields.byWhen, context.language)], widths: columns,
                          selected: i == selected, x: area.x, y: y, width: area.width, into: &frame)
        }
        frame.put(CommitmentsText.theOwnMunicipalitysExample(context.language), x: area.x, y: area.maxY - 1, width: area.width, style: .muted)
    }
}

/// The texts of this file, in Dutch and English.
enum CommitmentsText {
    static let actionList = LocalizedText(nl: "Actielijst", en: "Action list")
    static let addsACommitment = LocalizedText(nl: "voegt een toezegging toe", en: "adds a commitment")
    static let who = LocalizedText(nl: "Wie", en: "Who")
    static let what = LocalizedText(nl: "Wat", en: "What")
    static let byWhen = LocalizedText(nl: "Wanneer", en: "By when")
    static let theOwnMunicipalitysExample = LocalizedText(nl: "★ voorbeeld van de eigen gemeente", en: "★ the own municipality's example")
    static let noCommitmentsYetAsk = LocalizedText(nl: "Nog geen toezeggingen. Vraag ieder: wat doe jij, en wanneer? Markeer wat de eigen gemeente als voorbeeld doet.", en: "No commitments yet. Ask everyone: what will you do, and by when? Mark what the own municipality does as an example.")
}
