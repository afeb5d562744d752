import RoutekaartCore

/// A small form: labelled text fields and choices, Tab between them, Enter saves.
public struct Form: Hashable, Sendable {
    public enum Field: Hashable, Sendable {
        case text(label: LocalizedText, TextField)
        case choice(label: LocalizedText, options: [LocalizedText], selected: Int)
    }

    public enum Outcome: Equatable, Sendable {
        case editing
        case submitted
        case cancelled
    }

    public var title: LocalizedText
    public var fields: [Field]
    public var focus = 0
    /// A message shown in the form, e.g. why saving was refused.
    public var problem: String?

    public init(title: LocalizedText, fields: [Field]) {
        self.title = title
        self.fields = fields
    }

    public func text(_ index: Int) -> String {
        if case let .text(_, field) = fields[index] { return field.text }
        return ""
    }

    public func choice(_ index: Int) -> Int {
        if case let .choice(_, _, selected) = fields[index] { return selected }
        return 0
    }

    /// Handles a key; on a choice, a letter jumps to the next choice that starts with it
    /// (in `language`), and one that starts none says so.
    public mutating func handle(_ key: Key, language: Language = .nl) -> Outcome {
        switch key {
        case .escape: return .cancelled
        case .enter: return .submitted
        case .tab, .down: focusField((focus + 1) % fields.count)
        case .backTab, .up: focusField((focus + fields.count - 1) % fields.count)
        default:
            switch fields[focus] {
            case .text(let label, var field):
                if field.handle(key) { problem = nil }
                fields[focus] = .text(label: label, field)
            case let .choice(label, options, selected):
                var next = selected
                if key == .right || key == .char(" ") { next = (selected + 1) % options.count }
                if key == .left { next = (selected + options.count - 1) % options.count }
                if case let .char(c) = key, c != " " {
                    let letter = String(c).lowercased()
                    let order = (1...options.count).map { (selected + $0) % options.count }
                    if let match = order.first(where: { options[$0](language).lowercased().hasPrefix(letter) }) {
                        next = match
                        problem = nil
                    } else {
                        problem = FormText.noChoiceStartsWith(language, String(c))
                    }
                }
                fields[focus] = .choice(label: label, options: options, selected: next)
            }
        }
        return .editing
    }

    /// Moves the focus to field `index`; a number field there selects its value.
    private mutating func focusField(_ index: Int) {
        focus = index
        if case .text(let label, var field) = fields[index] {
            field.enter()
            fields[index] = .text(label: label, field)
        }
    }

    /// Rows a field takes: a long text wraps over several.
    private func rows(_ field: Field) -> Int {
        if case let .text(_, text) = field { return text.rows }
        return 1
    }

    /// Rows the form needs inside its box with `spacing - 1` blank rows between fields.
    func height(spacing: Int) -> Int { fields.reduce(0) { $0 + rows($1) + spacing - 1 } + 3 }

    public func draw(in area: Rect, language: Language, into frame: inout Frame) {
        // A blank row between fields when there is room; a long form packs them.
        let spacing = height(spacing: 2) + 2 <= area.height ? 2 : 1
        let box = area.centered(width: min(area.width - 2, 72), height: height(spacing: spacing) + 2)
        let inside = Box.panel(box, title: title(language), style: .accent, into: &frame)
        let labelWidth = fields.map { field -> Int in
            switch field {
            case let .text(label, _), let .choice(label, _, _): TextWidth.of(label(language))
            }
        }.max() ?? 0
        var y = inside.y
        for (i, field) in fields.enumerated() {
            defer { y += rows(field) + spacing - 1 }
            let focused = i == focus
            switch field {
            case let .text(label, text):
                frame.put(label(language), x: inside.x, y: y, style: focused ? .accent : .normal)
                text.draw(in: Rect(x: inside.x + labelWidth + 2, y: y, width: inside.width - labelWidth - 2, height: text.rows),
                          focused: focused, into: &frame)
            case let .choice(label, options, selected):
                frame.put(label(language), x: inside.x, y: y, style: focused ? .accent : .normal)
                let value = "◀ " + options[selected](language) + " ▶"
                frame.put(value, x: inside.x + labelWidth + 2, y: y, style: focused ? .selected : .input)
            }
        }
        let footerY = y
        if let problem {
            frame.put(problem, x: inside.x, y: footerY, width: inside.width, style: .error)
        }
        let keys = "Tab \(UIText.keyField(language)) · Enter \(UIText.keySave(language)) · Esc \(UIText.keyCancel(language))"
        frame.put(keys, x: inside.x, y: footerY + 1, width: inside.width, style: .muted)
        if case .choice = fields[focus] {
            frame.put("←→ " + UIText.keyChoice(language) + FormText.orFirstLetter(language), x: inside.x, y: footerY + 2, width: inside.width, style: .muted)
        }
    }
}

/// The texts of forms, in Dutch and English.
enum FormText {
    static let noChoiceStartsWith = LocalizedText(nl: "Geen keuze begint met '%1'; kies met ←→ of de eerste letter.",
                                                  en: "No choice starts with '%1'; choose with ←→ or the first letter.")
    static let orFirstLetter = LocalizedText(nl: " of eerste letter", en: " or first letter")
}
