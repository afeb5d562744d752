import RoutekaartCore

/// What kind of thing a key does: one key should mean one kind of thing everywhere (the
/// few documented exceptions are in `KeyRole.twoKinds`).
public enum KeyRole: String, Hashable, Sendable {
    /// Goes to another screen or part, or back.
    case navigation
    /// Writes to the session at once: a vote, a score, a status, a dot, a move.
    case recording
    /// Acts on the screen only, or opens a form or a question first.
    case local
}

/// A key and what it does, for the key bar and the help overlay.
public struct KeyHint: Hashable, Sendable {
    /// The keys' names; most are the same in both languages ("Esc"), a few are not ("Spatie").
    public let keys: LocalizedText
    public let label: LocalizedText
    /// Lower numbers stay visible longest when the bar is too narrow.
    public let priority: Int
    public let role: KeyRole

    public init(_ keys: String, _ label: LocalizedText, priority: Int = 5, role: KeyRole = .local) {
        self.init(LocalizedText(nl: keys, en: keys), label, priority: priority, role: role)
    }

    public init(_ keys: LocalizedText, _ label: LocalizedText, priority: Int = 5, role: KeyRole = .local) {
        self.keys = keys
        self.label = label
        self.priority = priority
        self.role = role
    }
}

/// The bottom line: the keys of the current screen. Items that do not fit are left out,
/// least important first; "? help" always stays.
public enum KeyBar {
    public static func draw(_ hints: [KeyHint], language: Language, in rect: Rect, into frame: inout Frame) {
        frame.fill(rect, style: .keyBar)
        var shown = hints.map { (hint: $0, width: TextWidth.of($0.keys(language)) + 3 + TextWidth.of($0.label(language))) }
        var total = shown.reduce(0) { $0 + $1.width }
        while total > rect.width, let drop = shown.indices.filter({ shown[$0].hint.priority > 0 }).max(by: { shown[$0].hint.priority <= shown[$1].hint.priority }) {
            total -= shown[drop].width
            shown.remove(at: drop)
        }
        var x = rect.x
        for (hint, _) in shown {
            x += frame.put(" " + hint.keys(language), x: x, y: rect.y, style: .keyName, clip: rect)
            x += frame.put(" " + hint.label(language) + " ", x: x, y: rect.y, style: .keyBar, clip: rect)
        }
    }
}
