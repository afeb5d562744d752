import RoutekaartCore

/// A letter that does nothing where it was pressed says where it does work: on another
/// part of the same wegwijzer first ("n: stemronde — op het deel Stemmen, Tab"), else on
/// another wegwijzer.
enum KeyElsewhere {
    static func hint(for key: Key, context: ScreenContext) -> [AppAction] {
        guard case let .char(c) = key, c.isLetter || "+-/<>=".contains(c) else { return [] }
        let lang = context.language
        let here: Int? = if case let .wegwijzer(n) = context.view.screen { n } else { nil }
        let order = (here.map { [$0] } ?? []) + Method.wegwijzers.map(\.number).filter { $0 != here }
        for number in order {
            for (index, pane) in WegwijzerPanes.of(number).enumerated() where !(number == here && index == WegwijzerPanes.index(of: number, in: context.view)) {
                var view = context.view
                view.screen = .wegwijzer(number)
                view.paneIndex[number] = index
                var other = ScreenContext(state: context.state, language: lang, view: view, now: context.now, utcOffsetSeconds: context.utcOffsetSeconds)
                other.room = context.room
                guard let hint = WegwijzerPanes.keyHints(pane, view: view, context: other).first(where: { Self.names($0.keys(lang)).contains(String(c)) }) else { continue }
                let place = number == here ? KeyElsewhereText.onPart(lang, pane.name(lang)) : KeyElsewhereText.onWegwijzer(lang, number, pane.name(lang))
                return [.flash("\(c): " + hint.label(lang) + " — " + place, problem: false)]
            }
        }
        return []
    }

    /// The single keys a hint's key text names: "e d" → e, d; "Enter/e" → Enter, e.
    private static func names(_ keys: String) -> [String] {
        keys.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "," }).map(String.init)
    }
}

/// The texts of this file, in Dutch and English.
enum KeyElsewhereText {
    static let onPart = LocalizedText(nl: "werkt op het deel %1 (Tab)", en: "works on the part %1 (Tab)")
    static let onWegwijzer = LocalizedText(nl: "werkt op wegwijzer %1, deel %2", en: "works on signpost %1, part %2")
}
