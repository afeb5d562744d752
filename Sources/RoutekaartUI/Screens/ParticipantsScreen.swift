import RoutekaartCore

/// Who is in the room: name, organisation, helix group and role.
enum ParticipantsScreen {
    static func keyHints(_ context: ScreenContext) -> [KeyHint] {
        let release = context.room == nil ? [] : [KeyHint("f", UIText.keyRelease, priority: 4)]
        return [
            KeyHint("↑↓", UIText.keyChoose, priority: 3),
            KeyHint("a", UIText.keyAdd, priority: 1),
            KeyHint("Enter/e", UIText.keyEdit, priority: 2),
            KeyHint("Del/d", UIText.keyRemove, priority: 2),
            KeyHint("Esc", UIText.keyBack, priority: 2, role: .navigation),
        ] + release
    }

    static func handle(_ key: Key, context: ScreenContext, view: inout UIState) -> [AppAction]? {
        let people = context.state.participants
        let selected = min(view.participantSelection, max(0, people.count - 1))
        switch key {
        case .up: view.participantSelection = max(0, selected - 1)
        case .down: view.participantSelection = min(max(0, people.count - 1), selected + 1)
        case .home: view.participantSelection = 0
        case .end: view.participantSelection = max(0, people.count - 1)
        case .char("a"): return [.open(.form(.addParticipant, form(ParticipantFields(name: "", helix: .government), title: UIText.addParticipant)))]
        case .enter, .char("e"):
            guard people.indices.contains(selected) else { return [] }
            let p = people[selected]
            return [.open(.form(.editParticipant(p.id), form(p.fields, title: UIText.editParticipant)))]
        case .delete, .char("d"):
            guard people.indices.contains(selected) else { return [] }
            return [.open(.confirmRemove(.participant(people[selected].id)))]
        case .char("f") where context.room != nil:
            guard people.indices.contains(selected), context.claimed.contains(people[selected].id) else { return [] }
            return [.releaseClaim(people[selected].id)]
        default: return nil
        }
        return []
    }

    /// A participant added with the form is selected.
    static func recorded(_ events: [RecordedEvent], view: inout UIState, context: ScreenContext) {
        for case let .participantAdded(p) in events.map(\.event) {
            view.participantSelection = context.state.participants.firstIndex { $0.id == p.id } ?? view.participantSelection
        }
    }

    static func form(_ fields: ParticipantFields, title: LocalizedText) -> Form {
        Form(title: title, fields: [
            .text(label: UIText.name, TextField(fields.name, limit: Engine.Limits.name)),
            .text(label: UIText.organisation, TextField(fields.organisation, limit: Engine.Limits.field)),
            .choice(label: UIText.helix, options: Method.helixGroups.map(\.name),
                    selected: Method.helixGroups.firstIndex { $0.group == fields.helix } ?? 0),
            .text(label: UIText.role, TextField(fields.role, limit: Engine.Limits.field)),
        ])
    }

    static func fields(from form: Form) -> ParticipantFields {
        ParticipantFields(name: form.text(0), organisation: form.text(1),
                          helix: Method.helixGroups[form.choice(2)].group, role: form.text(3))
    }

    /// The scenario's roles to invite that no participant fills yet: a participant fills the
    /// first open role their role equals or holds (case and accents aside), one role each.
    static func stillToInvite(_ state: WorkshopState) -> [String] {
        var open = (state.scenario.flatMap(Scenario.builtIn)?.roles ?? []).map { (role: $0, folded: TextCleaning.folded($0)) }
        for p in state.participants where !p.fields.role.isEmpty {
            let role = TextCleaning.folded(p.fields.role)
            if let i = open.firstIndex(where: { role == $0.folded || role.contains($0.folded) }) { open.remove(at: i) }
        }
        return open.map(\.role)
    }

    static func render(_ context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let lang = context.language
        let people = context.state.participants
        let inner = area.inset(dx: 1, dy: 0)
        frame.put("\(UIText.participants(lang)) (\(people.count))", x: inner.x, y: inner.y, width: inner.width, style: .title)
        let counts = Method.helixGroups.map { g in "\(g.name(lang)) \(people.filter { $0.fields.helix == g.group }.count)" }
        frame.put(UIText.atTheTable(lang) + ": " + counts.joined(separator: " · "), x: inner.x, y: inner.y + 1, width: inner.width, style: .muted)

        let marker = 2
        var tableTop = inner.y + 3
        let roles = stillToInvite(context.state)
        if !roles.isEmpty {
            frame.put(ParticipantsText.toInvite(lang) + roles.joined(separator: ", "), x: inner.x, y: inner.y + 2, width: inner.width, style: .accent)
            tableTop += 1
        }
        let table = Rect(x: inner.x + marker, y: tableTop, width: inner.width - marker, height: inner.maxY - tableTop)
        let helixWidth = 16
        let rest = table.width - helixWidth - 3
        let nameWidth = rest * 30 / 100, orgWidth = rest * 35 / 100
        let roleWidth = rest - nameWidth - orgWidth
        let columns = [(UIText.name(lang), nameWidth), (UIText.organisation(lang), orgWidth), (UIText.helix(lang), helixWidth), (UIText.role(lang), roleWidth)]
        TableRow.draw(columns.map(\.0), widths: columns.map(\.1), selected: false, x: inner.x, y: table.y, width: inner.width, style: .heading, into: &frame)
        if people.isEmpty {
            frame.put(UIText.noParticipants(lang), x: table.x, y: table.y + 2, width: table.width, style: .muted)
            return
        }
        let visible = table.height - 1
        let selected = min(context.view.participantSelection, people.count - 1)
        let top = max(0, selected - visible + 1)
        for (i, p) in people.enumerated().dropFirst(top).prefix(visible) {
            let y = table.y + 1 + i - top
            let name = (context.claimed.contains(p.id) ? "▣ " : "") + p.fields.name  // a phone speaks for them
                + (context.view.newParticipants.contains(p.id) ? " · " + ParticipantsText.new(lang) : "")
            TableRow.draw([name, p.fields.organisation, Method.name(p.fields.helix)(lang), p.fields.role], widths: columns.map(\.1),
                          selected: i == selected, x: inner.x, y: y, width: inner.width, into: &frame)
        }
    }
}

/// The texts of this file, in Dutch and English.
enum ParticipantsText {
    static let toInvite = LocalizedText(nl: "Uit te nodigen: ", en: "To invite: ")
    static let new = LocalizedText(nl: "nieuw", en: "new")
}
