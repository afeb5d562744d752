import RoutekaartCore

/// Wegwijzer 1: the facts board — indicator, value, area, source and date — with what the
/// room assumed beside what the figures say, and a mark on facts older than a year.
enum FactsPane: Pane {
    static var state: WritableKeyPath<PaneStates, Int> { \.facts }
    static let name = LocalizedText(nl: "Feiten", en: "Facts")

    static func keyHints(_ view: Int, context: ScreenContext) -> [KeyHint] {
        [
            KeyHint("a", .init(nl: "feit", en: "fact"), priority: 1),
            KeyHint("↑↓", UIText.keyChoose, priority: 2),
            KeyHint("Enter", UIText.keyEdit, priority: 1),
            KeyHint("d", UIText.keyRemove, priority: 4),
            KeyHint("Tab", .init(nl: "notities", en: "notes"), priority: 3, role: .navigation),
        ]
    }

    static func name(_ area: FactArea) -> LocalizedText {
        switch area {
        case .municipality: .init(nl: "gemeente", en: "municipality")
        case .labourMarketRegion: .init(nl: "arbeidsmarktregio", en: "labour-market region")
        case .province: .init(nl: "provincie", en: "province")
        case .country: .init(nl: "land", en: "country")
        }
    }

    static func form(_ f: FactFields, title: LocalizedText) -> Form {
        Form(title: title, fields: [
            .text(label: .init(nl: "Indicator", en: "Indicator"), TextField(f.indicator, limit: Engine.Limits.field)),
            .text(label: .init(nl: "Waarde", en: "Value"), TextField(f.value, limit: Engine.Limits.field)),
            .text(label: .init(nl: "Eenheid", en: "Unit"), TextField(f.unit, limit: Engine.Limits.field)),
            .choice(label: .init(nl: "Gebied", en: "Area"), options: FactArea.allCases.map(name), selected: FactArea.allCases.firstIndex(of: f.area)!),
            .text(label: .init(nl: "Bron", en: "Source"), TextField(f.source, limit: Engine.Limits.field)),
            .text(label: .init(nl: "Datum (jjjj-mm)", en: "Date (yyyy-mm)"), TextField(f.date, limit: 10)),
            .text(label: .init(nl: "Wat we dachten", en: "What we assumed"), TextField(f.assumed, limit: Engine.Limits.field)),
            .choice(label: .init(nl: "Voorbeeld", en: "Example"), options: [.init(nl: "nee", en: "no"), .init(nl: "ja", en: "yes")], selected: f.example ? 1 : 0),
        ])
    }

    static func fields(_ form: Form) -> FactFields {
        FactFields(indicator: form.text(0), value: form.text(1), unit: form.text(2), area: FactArea.allCases[form.choice(3)],
                   source: form.text(4), date: form.text(5), assumed: form.text(6), example: form.choice(7) == 1)
    }

    static func recorded(_ events: [RecordedEvent], view: inout Int, context: ScreenContext) {
        ItemListKeys.follow(events, ids: context.state.facts.map(\.id), selection: &view)
    }

    static func command(for purpose: FormPurpose, form: Form, context: ScreenContext) -> Result<WorkshopCommand, FormProblem>? {
        itemCommand(purpose) { id throws(FormProblem) in
            var f = fields(form)
            f.date = try DateInput.iso(f.date, context: context, monthAllowed: true)
            return Fact(id: id, fields: f)
        }
    }

    static func handle(_ key: Key, view: inout Int, context: ScreenContext) -> [AppAction]? {
        ItemListKeys.handle(key, items: context.state.facts, selection: &view,
            add: { _ in .open(.form(.addItem(.fact), form(FactFields(indicator: "", area: .labourMarketRegion), title: .init(nl: "Feit toevoegen", en: "Add fact")))) },
            edit: { .open(.form(.editItem(.fact, $0.id), form($0.fields, title: .init(nl: "Feit wijzigen", en: "Edit fact")))) },
            remove: { .item(.fact, $0.id) })
    }

    static func render(_ view: Int, context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let facts = context.state.facts
        let lang = context.language
        frame.put(FactsText.facts(lang) + " (\(facts.count)) — a " + FactsText.addsAFact(lang), x: area.x, y: area.y, width: area.width, style: .heading)
        guard !facts.isEmpty else {
            Paragraph.draw(FactsText.noFactsYetPut(lang),
                           in: Rect(x: area.x, y: area.y + 2, width: area.width, height: 3), style: .muted, into: &frame)
            return
        }
        let widths = [max(14, area.width - 62), 10, 17, 16, 10]
        func row(_ v: [String]) -> String { zip(v, widths).map { TextWidth.pad($0, to: $1) }.joined(separator: " ") }
        frame.put("  " + row([FactsText.indicator(lang), FactsText.value(lang), FactsText.area(lang), FactsText.source(lang), FactsText.date(lang)]),
                  x: area.x, y: area.y + 1, width: area.width, style: .muted)
        let selected = min(view, facts.count - 1)
        var lines: [SelectableLines.Line] = []
        for (i, f) in facts.enumerated() {
            let value = f.fields.example && f.fields.value.isEmpty ? FactsText.example(lang) : (f.fields.value + (f.fields.unit.isEmpty ? "" : " " + f.fields.unit))
            let old = f.fields.isOld(at: context.now)
            lines.append(.init(row([f.fields.indicator, value, name(f.fields.area)(lang), f.fields.source, (old ? "⚠ " : "") + WorkshopDate.shown(f.fields.date, lang)]),
                               f.fields.example ? .muted : (old ? .warning : .normal), row: i))
        }
        let listHeight = max(1, area.height - 5)
        SelectableLines.draw(lines, selected: selected, in: Rect(x: area.x, y: area.y + 2, width: area.width, height: listHeight), into: &frame)
        let f = facts[selected].fields
        let y = area.maxY - 3
        if facts.contains(where: { $0.fields.isOld(at: context.now) }) {
            frame.put(FactsText.olderThanMonthsLook(lang), x: area.x, y: y - 1, width: area.width, style: .warning)
        }
        let says = f.value.isEmpty ? (f.source.isEmpty ? FactsText.toLookUp(lang) : FactsText.toLookUpAt(lang, f.source))
                                   : f.value + (f.unit.isEmpty ? "" : " " + f.unit)
        frame.put(FactsText.whatWeAssumed(lang) + (f.assumed.isEmpty ? "—" : f.assumed), x: area.x, y: y, width: area.width, style: .accent)
        frame.put(FactsText.whatTheFiguresSay(lang) + says, x: area.x, y: y + 1, width: area.width, style: .title)
    }
}

/// The texts of this file, in Dutch and English.
enum FactsText {
    static let toLookUp = LocalizedText(nl: "(nog op te zoeken)", en: "(to look up)")
    static let toLookUpAt = LocalizedText(nl: "(nog op te zoeken bij %1)", en: "(to look up at %1)")
    static let facts = LocalizedText(nl: "Feiten", en: "Facts")
    static let addsAFact = LocalizedText(nl: "voegt een feit toe", en: "adds a fact")
    static let indicator = LocalizedText(nl: "Indicator", en: "Indicator")
    static let value = LocalizedText(nl: "Waarde", en: "Value")
    static let area = LocalizedText(nl: "Gebied", en: "Area")
    static let source = LocalizedText(nl: "Bron", en: "Source")
    static let date = LocalizedText(nl: "Datum", en: "Date")
    static let example = LocalizedText(nl: "voorbeeld", en: "example")
    static let olderThanMonthsLook = LocalizedText(nl: "⚠ ouder dan 12 maanden: zoek een actueler cijfer", en: "⚠ older than 12 months: look for a newer figure")
    static let whatWeAssumed = LocalizedText(nl: "Wat we dachten: ", en: "What we assumed: ")
    static let whatTheFiguresSay = LocalizedText(nl: "Wat de cijfers zeggen: ", en: "What the figures say: ")
    static let noFactsYetPut = LocalizedText(nl: "Nog geen feiten. Zet het beeld van de zaal naast de cijfers: indicator, waarde, bron en datum.", en: "No facts yet. Put the room's picture beside the figures: indicator, value, source and date.")
}
