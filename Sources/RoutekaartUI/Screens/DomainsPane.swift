import RoutekaartCore

/// Wegwijzer 3: the policy domains involved, who holds each, and a domain × domain
/// matrix of links; a missing link between EZ, SZW and Onderwijs is called out.
enum DomainsPane: Pane {
    static var state: WritableKeyPath<PaneStates, GridCursor> { \.domains }
    static let name = LocalizedText(nl: "Domeinen", en: "Domains")

    static func keyHints(_ view: GridCursor, context: ScreenContext) -> [KeyHint] {
        [
            KeyHint("a", .init(nl: "domein", en: "domain"), priority: 1),
            KeyHint("c", .init(nl: "EZ, SZW, Onderwijs", en: "EZ, SZW, Education"), priority: 2, role: .recording),
            KeyHint("↑↓ ←→", .init(nl: "rij, kolom", en: "row, column"), priority: 2),
            KeyHint(UIText.space, .init(nl: "verbinding", en: "link"), priority: 1, role: .recording),
            KeyHint("Enter d", .init(nl: "wijzig, verwijder", en: "edit, remove"), priority: 4),
            KeyHint("Tab", .init(nl: "notities", en: "notes"), priority: 3, role: .navigation),
        ]
    }

    static func form(_ f: DomainFields, title: LocalizedText) -> Form {
        Form(title: title, fields: [
            .choice(label: .init(nl: "Domein", en: "Domain"), options: DomainKind.allCases.map(Method.name), selected: DomainKind.allCases.firstIndex(of: f.kind)!),
            .text(label: .init(nl: "Naam", en: "Name"), TextField(f.name, limit: Engine.Limits.field)),
            .text(label: .init(nl: "Portefeuille", en: "Portfolio"), TextField(f.portfolio, limit: Engine.Limits.field)),
            .text(label: .init(nl: "Afdeling", en: "Department"), TextField(f.department, limit: Engine.Limits.field)),
            .text(label: .init(nl: "Regionaal netwerk", en: "Regional network"), TextField(f.network, limit: Engine.Limits.field)),
        ])
    }

    static func fields(_ form: Form) -> DomainFields {
        let kind = DomainKind.allCases[form.choice(0)]
        let name = form.text(1).isEmpty ? Method.name(kind).nl : form.text(1)
        return DomainFields(kind: kind, name: name, portfolio: form.text(2), department: form.text(3), network: form.text(4))
    }

    static func command(for purpose: FormPurpose, form: Form, context: ScreenContext) -> Result<WorkshopCommand, FormProblem>? {
        itemCommand(purpose) { Domain(id: $0, fields: fields(form)) }
    }

    static func handle(_ key: Key, view: inout GridCursor, context: ScreenContext) -> [AppAction]? {
        let domains = context.state.domains
        if let actions = ItemListKeys.handle(key, items: domains, selection: &view.row,
            add: { _ in .open(.form(.addItem(.domain), form(DomainFields(kind: .economicAffairs, name: ""), title: .init(nl: "Domein toevoegen", en: "Add domain")))) },
            edit: { .open(.form(.editItem(.domain, $0.id), form($0.fields, title: .init(nl: "Domein wijzigen", en: "Edit domain")))) },
            remove: { .item(.domain, $0.id) }) {
            return actions
        }
        let row = min(view.row, max(0, domains.count - 1))
        let column = min(view.column, max(0, domains.count - 1))
        switch key {
        case .left: view.column = max(0, column - 1)
        case .right: view.column = min(max(0, domains.count - 1), column + 1)
        case .char("c"):
            let present = Set(domains.map(\.fields.kind))
            let missing = DomainKind.core.filter { !present.contains($0) }
            return missing.map { .run(.add(Domain(fields: DomainFields(kind: $0, name: Method.name($0)(context.language))))) }
        case .char(" "):
            guard domains.indices.contains(row), domains.indices.contains(column), row != column else { return [] }
            let current = context.state.domainLinks[WorkshopState.linkKey(domains[row].id, domains[column].id)]
            let order = DomainLinkStrength.allCases
            let next = current.map { order[(order.firstIndex(of: $0)! + 1) % order.count] } ?? .strong
            return [.run(.setDomainLink(domains[row].id, domains[column].id, next))]
        default: return nil
        }
        return []
    }

    static func render(_ view: GridCursor, context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let state = context.state
        let lang = context.language
        let domains = state.domains
        frame.put(DomainsText.domains(lang) + " (\(domains.count)) — a " + DomainsText.addHint(lang),
                  x: area.x, y: area.y, width: area.width, style: .heading)
        guard !domains.isEmpty else {
            Paragraph.draw(DomainsText.whichPolicyDomainsDoes(lang),
                           in: Rect(x: area.x, y: area.y + 2, width: area.width, height: 3), style: .muted, into: &frame)
            return
        }
        let row = min(view.row, domains.count - 1)
        let column = min(view.column, domains.count - 1)
        var y = area.y + 1
        for (i, d) in domains.enumerated() where y < area.maxY {
            let holders = [d.fields.portfolio, d.fields.department, d.fields.network].filter { !$0.isEmpty }.joined(separator: " · ")
            let line = TextWidth.pad(Method.short(d.fields.kind), to: 4) + TextWidth.pad(d.fields.name, to: 28) + (holders.isEmpty ? DomainsText.whoHoldsIt(lang) : holders)
            if i == row { frame.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: .selected) }
            frame.put((i == row ? "▸ " : "  ") + line, x: area.x, y: y, width: area.width, style: i == row ? .selected : .normal)
            y += 1
        }
        y += 1
        // The matrix: a row and a column per domain.
        let cell = 5
        frame.put(DomainsText.linksSpaceStrongWeak(lang), x: area.x, y: y, width: area.width, style: .heading)
        y += 1
        for (j, d) in domains.enumerated() {
            frame.put(Method.short(d.fields.kind), x: area.x + 8 + j * cell, y: y, style: j == column ? .selected : .muted)
        }
        y += 1
        for (i, a) in domains.enumerated() where y < area.maxY - 2 {
            frame.put(Method.short(a.fields.kind), x: area.x + 2, y: y, style: i == row ? .selected : .muted)
            for (j, b) in domains.enumerated() {
                let mark = i == j ? "·" : (state.domainLinks[WorkshopState.linkKey(a.id, b.id)].map(Method.mark) ?? "?")
                let isCursor = i == row && j == column
                frame.put(isCursor ? "[" + mark + "]" : " " + mark + " ", x: area.x + 7 + j * cell, y: y, style: isCursor ? .selected : .normal)
            }
            y += 1
        }
        frame.put(DomainsText.strongWeakMissingNot(lang), x: area.x, y: area.maxY - 2, width: area.width, style: .muted)
        let missing = state.missingCoreLinkLabels
        if !missing.isEmpty {
            frame.put(DomainsText.missingLink(lang) + missing.joined(separator: ", "), x: area.x, y: area.maxY - 1, width: area.width, style: .warning)
        }
    }
}

/// The texts of this file, in Dutch and English.
enum DomainsText {
    static let domains = LocalizedText(nl: "Domeinen", en: "Domains")
    static let addHint = LocalizedText(nl: "voegt toe, c zet EZ, SZW en Onderwijs klaar", en: "adds, c puts EZ, SZW and Education in place")
    static let whoHoldsIt = LocalizedText(nl: "(wie is eigenaar?)", en: "(who holds it?)")
    static let linksSpaceStrongWeak = LocalizedText(nl: "Verbindingen (Spatie: sterk → zwak → ontbreekt)", en: "Links (Space: strong → weak → missing)")
    static let strongWeakMissingNot = LocalizedText(nl: "━ sterk  ┄ zwak  ✗ ontbreekt  ? nog niet bekend", en: "━ strong  ┄ weak  ✗ missing  ? not known yet")
    static let missingLink = LocalizedText(nl: "⚠ Ontbrekende verbinding: ", en: "⚠ Missing link: ")
    static let whichPolicyDomainsDoes = LocalizedText(nl: "Welke beleidsdomeinen raakt de opgave, en wie is eigenaar van elk? Druk c voor EZ, SZW en Onderwijs, of a voor een ander domein.", en: "Which policy domains does the challenge touch, and who holds each? Press c for EZ, SZW and Education, or a for another domain.")
}
