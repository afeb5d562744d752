import RoutekaartCore

/// Wegwijzer 4, the actors as a sortable list.
enum NetworkListPane: Pane {
    static var state: WritableKeyPath<PaneStates, NetworkView> { \.network }
    static let name = LocalizedText(nl: "Actoren", en: "Actors")

    static func keyHints(_ view: NetworkView, context: ScreenContext) -> [KeyHint] {
        [
            KeyHint("↑↓", UIText.keyChoose, priority: 2),
            KeyHint("o", .init(nl: "sorteer", en: "sort"), priority: 2),
            KeyHint("a", .init(nl: "actor", en: "actor"), priority: 1),
            KeyHint("Enter", UIText.keyEdit, priority: 1),
            KeyHint("l", .init(nl: "relatie", en: "relation"), priority: 2),
            KeyHint("d", UIText.keyRemove, priority: 3),
            KeyHint("Tab", .init(nl: "volgend deel", en: "next part"), priority: 2, role: .navigation),
        ]
    }

    static func sorted(_ state: WorkshopState, by sort: NetworkView.Sort) -> [Actor] {
        let degree = NetworkAnalysis.of(state.actors, state.relations).degree
        return state.actors.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            switch sort {
            case .name: if x.fields.name.lowercased() != y.fields.name.lowercased() { return x.fields.name.lowercased() < y.fields.name.lowercased() }
            case .kind: if x.fields.kind != y.fields.kind { return ActorKind.allCases.firstIndex(of: x.fields.kind)! < ActorKind.allCases.firstIndex(of: y.fields.kind)! }
            case .closeness: if x.fields.closeness != y.fields.closeness { return x.fields.closeness < y.fields.closeness }
            case .relations: if degree[x.id] != degree[y.id] { return (degree[x.id] ?? 0) > (degree[y.id] ?? 0) }
            }
            return a.offset < b.offset
        }.map(\.element)
    }

    static func handle(_ key: Key, view: inout NetworkView, context: ScreenContext) -> [AppAction]? {
        let list = sorted(context.state, by: view.sort)
        let index = list.firstIndex { $0.id == view.selected } ?? 0
        switch key {
        case .up: if !list.isEmpty { view.selected = list[max(0, index - 1)].id }
        case .down: if !list.isEmpty { view.selected = list[min(list.count - 1, index + 1)].id }
        case .char("o"):
            let all = NetworkView.Sort.allCases
            view.sort = all[(all.firstIndex(of: view.sort)! + 1) % all.count]
        default:
            return handleCommon(key, actor: list.indices.contains(index) ? list[index] : nil, context: context)
        }
        return []
    }

    static func recorded(_ events: [RecordedEvent], view: inout NetworkView, context: ScreenContext) {
        selectAdded(events, view: &view)
    }

    /// Selects an actor that `events` added.
    static func selectAdded(_ events: [RecordedEvent], view: inout NetworkView) {
        for case let .itemAdded(item) in events.map(\.event) where item.kind == .actor { view.selected = item.id }
    }

    static func command(for purpose: FormPurpose, form: Form, context: ScreenContext) -> Result<WorkshopCommand, FormProblem>? {
        let state = context.state
        if case let .addRelation(from, to) = purpose { return .success(.add(Relation(fields: relationFields(form, from: from, to: to)))) }
        return itemCommand(purpose) { Actor(id: $0, fields: actorFields(form, state: state)) }
            ?? itemCommand(purpose) { id throws(FormProblem) in
                guard let r = state.relations.first(where: { $0.id == id }) else { throw FormProblem(CommandError.unknownItem(id).message(context.language)) }
                return Relation(id: id, fields: relationFields(form, from: r.fields.from, to: r.fields.to))
            }
    }

    /// Keys the board and the list share: add, edit, remove, relate.
    static func handleCommon(_ key: Key, actor: Actor?, context: ScreenContext) -> [AppAction]? {
        let state = context.state
        switch key {
        case .char("a"):
            return [.open(.form(.addItem(.actor), actorForm(ActorFields(name: ""), state: state, title: .init(nl: "Actor toevoegen", en: "Add actor"))))]
        case .enter, .char("e"):
            guard let actor else { return [] }
            return [.open(.form(.editItem(.actor, actor.id), actorForm(actor.fields, state: state, title: .init(nl: "Actor wijzigen", en: "Edit actor"))))]
        case .delete, .char("d"):
            guard let actor else { return [] }
            return [.open(.confirmRemove(.item(.actor, actor.id)))]
        case .char("l"):
            guard let actor else { return [] }
            guard state.actors.count > 1 else {
                return [.flash(NetworkListText.addAnotherActorFirst(context.language), problem: true)]
            }
            return [.open(.pickActor(from: actor.id, filter: "", selected: 0))]
        default:
            return nil
        }
    }

    static let yesNo = [LocalizedText(nl: "nee", en: "no"), LocalizedText(nl: "ja", en: "yes")]
    static let rings = (1...5).map { r in
        LocalizedText(nl: "\(r)" + (r == 1 ? " (dichtbij)" : r == 5 ? " (ver weg)" : ""), en: "\(r)" + (r == 1 ? " (close)" : r == 5 ? " (far)" : ""))
    }

    static func actorForm(_ f: ActorFields, state: WorkshopState, title: LocalizedText) -> Form {
        let people = [LocalizedText(nl: "—", en: "—")] + state.participants.map { LocalizedText(nl: $0.fields.name, en: $0.fields.name) }
        let personIndex = f.participant.flatMap { p in state.participants.firstIndex { $0.id == p } }.map { $0 + 1 } ?? 0
        return Form(title: title, fields: [
            .text(label: .init(nl: "Naam", en: "Name"), TextField(f.name, limit: Engine.Limits.name)),
            .choice(label: .init(nl: "Soort", en: "Kind"), options: ActorKind.allCases.map(Method.name), selected: ActorKind.allCases.firstIndex(of: f.kind)!),
            .choice(label: .init(nl: "Eigen gemeente", en: "Own municipality"), options: yesNo, selected: f.ownMunicipality ? 1 : 0),
            .text(label: .init(nl: "Aan tafel", en: "At the table"), TextField(f.person, limit: Engine.Limits.field)),
            .choice(label: .init(nl: "Deelnemer", en: "Participant"), options: people, selected: personIndex),
            .text(label: .init(nl: "Belangen", en: "Interests"), TextField(f.interests, limit: Engine.Limits.field)),
            .text(label: .init(nl: "Kracht", en: "Strength"), TextField(f.strength, limit: Engine.Limits.field)),
            .choice(label: .init(nl: "Ring", en: "Ring"), options: rings, selected: f.closeness - 1),
            .choice(label: .init(nl: "Kan eigenaar zijn", en: "Could own it"), options: yesNo, selected: f.couldOwn ? 1 : 0),
            .text(label: .init(nl: "Notities", en: "Notes"), TextField(f.notes, limit: Engine.Limits.field)),
        ])
    }

    static func actorFields(_ form: Form, state: WorkshopState) -> ActorFields {
        let person = form.choice(4)
        return ActorFields(name: form.text(0), kind: ActorKind.allCases[form.choice(1)], ownMunicipality: form.choice(2) == 1,
                           person: form.text(3), participant: person == 0 ? nil : state.participants[person - 1].id,
                           interests: form.text(5), strength: form.text(6), closeness: form.choice(7) + 1,
                           couldOwn: form.choice(8) == 1, notes: form.text(9))
    }

    static func relationForm(_ f: RelationFields, state: WorkshopState, title: LocalizedText) -> Form {
        var form = Form(title: title, fields: [
            .choice(label: .init(nl: "Sterkte", en: "Strength"), options: RelationStrength.allCases.map(Method.name), selected: RelationStrength.allCases.firstIndex(of: f.strength)!),
            .choice(label: .init(nl: "Kwaliteit", en: "Quality"), options: RelationQuality.allCases.map(Method.name), selected: RelationQuality.allCases.firstIndex(of: f.quality)!),
            .choice(label: .init(nl: "Soort", en: "Kind"), options: [.init(nl: "informeel", en: "informal"), .init(nl: "formeel", en: "formal")], selected: f.formal ? 1 : 0),
            .text(label: .init(nl: "Toelichting", en: "Note"), TextField(f.note, limit: Engine.Limits.field)),
        ])
        let names = [f.from, f.to].map { state.actor($0)?.fields.name ?? $0 }
        form.title = LocalizedText(nl: title.nl + ": " + names.joined(separator: " — "), en: title.en + ": " + names.joined(separator: " — "))
        return form
    }

    static func relationFields(_ form: Form, from: String, to: String) -> RelationFields {
        RelationFields(from: from, to: to, strength: RelationStrength.allCases[form.choice(0)], quality: RelationQuality.allCases[form.choice(1)],
                       formal: form.choice(2) == 1, note: form.text(3))
    }

    static func render(_ view: NetworkView, context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let state = context.state
        let lang = context.language
        let sortName: String
        switch view.sort {
        case .name: sortName = NetworkListText.byName(lang)
        case .kind: sortName = NetworkListText.byKind(lang)
        case .closeness: sortName = NetworkListText.closeness(lang)
        case .relations: sortName = NetworkListText.numberOfRelations(lang)
        }
        frame.put(NetworkListText.actorsSortedBy(lang, state.actors.count) + sortName + " (o)",
                  x: area.x, y: area.y, width: area.width, style: .heading)
        let analysis = NetworkAnalysis.of(state.actors, state.relations)
        let widths = [max(12, area.width - 57), 20, 13, 4, 8, 5]
        let header = [NetworkListText.nameColumn(lang), NetworkListText.kindColumn(lang), "Helix", "Ring", NetworkListText.relations(lang), NetworkListText.bridge(lang)]
        TableRow.draw(header, widths: widths, selected: false, x: area.x, y: area.y + 1, width: area.width, style: .muted, into: &frame)
        let list = sorted(state, by: view.sort)
        let selected = list.firstIndex { $0.id == view.selected } ?? 0
        let visible = area.height - 3
        let top = max(0, selected - visible + 1)
        for (i, a) in list.enumerated().dropFirst(top).prefix(max(0, visible)) {
            let y = area.y + 2 + i - top
            let isSelected = i == selected
            let bridge = analysis.bridges.firstIndex(of: a.id).map { "#\($0 + 1)" } ?? ""
            let values = [(a.fields.ownMunicipality ? "★ " : "") + a.fields.name + (a.fields.couldOwn ? " ◇" : ""), Method.name(a.fields.kind)(lang),
                          Method.name(a.fields.kind.helix)(lang), "\(a.fields.closeness)", "\(analysis.degree[a.id] ?? 0)", bridge]
            TableRow.draw(values, widths: widths, selected: isSelected, x: area.x, y: y, width: area.width, into: &frame)
        }
        if list.isEmpty {
            frame.put(NetworkListText.noActorsYetPress(lang), x: area.x, y: area.y + 3, width: area.width, style: .muted)
        }
        frame.put(NetworkListText.ownMunicipalityCouldOwn(lang),
                  x: area.x, y: area.maxY - 1, width: area.width, style: .muted)
    }
}

/// Wegwijzer 4, every relation in a list to edit or remove.
enum RelationListPane: Pane {
    static func command(for purpose: FormPurpose, form: Form, context: ScreenContext) -> Result<WorkshopCommand, FormProblem>? {
        NetworkListPane.command(for: purpose, form: form, context: context)
    }

    static var state: WritableKeyPath<PaneStates, NetworkView> { \.network }
    static let name = LocalizedText(nl: "Relaties", en: "Relations")

    static func keyHints(_ view: NetworkView, context: ScreenContext) -> [KeyHint] {
        [KeyHint("↑↓", UIText.keyChoose, priority: 2), KeyHint("Enter", UIText.keyEdit, priority: 1),
         KeyHint("d", UIText.keyRemove, priority: 2), KeyHint("Tab", .init(nl: "volgend deel", en: "next part"), priority: 2, role: .navigation)]
    }

    static func handle(_ key: Key, view: inout NetworkView, context: ScreenContext) -> [AppAction]? {
        let relations = context.state.relations
        let i = min(view.relationSelection, max(0, relations.count - 1))
        switch key {
        case .up: view.relationSelection = max(0, i - 1)
        case .down: view.relationSelection = min(max(0, relations.count - 1), i + 1)
        case .enter, .char("e"):
            guard relations.indices.contains(i) else { return [] }
            return [.open(.form(.editItem(.relation, relations[i].id), NetworkListPane.relationForm(relations[i].fields, state: context.state, title: .init(nl: "Relatie", en: "Relation"))))]
        case .delete, .char("d"):
            guard relations.indices.contains(i) else { return [] }
            return [.open(.confirmRemove(.item(.relation, relations[i].id)))]
        default: return nil
        }
        return []
    }

    static func render(_ view: NetworkView, context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let state = context.state
        let lang = context.language
        frame.put(NetworkListText.relations(lang) + " (\(state.relations.count))", x: area.x, y: area.y, width: area.width, style: .heading)
        if state.relations.isEmpty {
            frame.put(NetworkListText.noRelationsYetSelect(lang),
                      x: area.x, y: area.y + 2, width: area.width, style: .muted)
            return
        }
        let i = min(view.relationSelection, state.relations.count - 1)
        let visible = area.height - 1
        let top = max(0, i - visible + 1)
        for (n, r) in state.relations.enumerated().dropFirst(top).prefix(visible) {
            let y = area.y + 1 + n - top
            let names = [r.fields.from, r.fields.to].map { state.actor($0)?.fields.name ?? $0 }
            let text = names.joined(separator: " — ") + " · " + (r.fields.strength == .strong ? "─ " : "┄ ") + Method.name(r.fields.strength)(lang)
                + " · " + String(Method.mark(r.fields.quality)) + " " + Method.name(r.fields.quality)(lang)
                + " · " + (r.fields.formal ? NetworkListText.formal(lang) : NetworkListText.informal(lang))
                + (r.fields.note.isEmpty ? "" : " · " + r.fields.note)
            if n == i { frame.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: .selected) }
            frame.put((n == i ? "▸ " : "  ") + text, x: area.x, y: y, width: area.width, style: n == i ? .selected : .normal)
        }
    }
}

/// The texts of this file, in Dutch and English.
enum NetworkListText {
    static let addAnotherActorFirst = LocalizedText(nl: "Voeg eerst nog een actor toe.", en: "Add another actor first.")
    static let byName = LocalizedText(nl: "naam", en: "name")
    static let byKind = LocalizedText(nl: "soort", en: "kind")
    static let closeness = LocalizedText(nl: "nabijheid", en: "closeness")
    static let numberOfRelations = LocalizedText(nl: "aantal relaties", en: "number of relations")
    static let actorsSortedBy = LocalizedText(nl: "Actoren (%1) · gesorteerd op ", en: "Actors (%1) · sorted by ")
    static let nameColumn = LocalizedText(nl: "Naam", en: "Name")
    static let kindColumn = LocalizedText(nl: "Soort", en: "Kind")
    static let relations = LocalizedText(nl: "Relaties", en: "Relations")
    static let bridge = LocalizedText(nl: "Brug", en: "Bridge")
    static let noActorsYetPress = LocalizedText(nl: "Nog geen actoren: druk a om er een toe te voegen.", en: "No actors yet: press a to add one.")
    static let noRelationsYetSelect = LocalizedText(nl: "Nog geen relaties: kies een actor op het bord of in de lijst en druk l.", en: "No relations yet: select an actor on the board or in the list and press l.")
    static let formal = LocalizedText(nl: "formeel", en: "formal")
    static let informal = LocalizedText(nl: "informeel", en: "informal")
    static let ownMunicipalityCouldOwn = LocalizedText(nl: "★ eigen gemeente · ◇ kan eigenaar zijn · Brug: plaats in de top 3 van bruggen", en: "★ own municipality · ◇ could own it · Bridge: place among the top 3 bridges")
}
