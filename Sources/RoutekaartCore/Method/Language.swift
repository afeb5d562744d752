/// The interface language. Dutch is the default; English is for partners and reviewers.
public enum Language: String, CaseIterable, Sendable, Codable {
    case nl
    case en
}

/// A text in both interface languages.
public struct LocalizedText: Hashable, Sendable {
    public let nl: String
    public let en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    /// The text in `language`.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .nl: nl
        case .en: en
        }
    }
}

extension LocalizedText {
    /// The text in `language` with `%1`, `%2` … replaced by `values`, in order.
    public func callAsFunction(_ language: Language, _ values: any CustomStringConvertible...) -> String {
        var text = self(language)
        for (i, value) in values.enumerated().reversed() { text = text.replacing("%\(i + 1)", with: value.description) }
        return text
    }
}

/// A count with its noun in both languages: "1 feit", "3 feiten"; "1 fact", "3 facts".
public struct CountedText: Hashable, Sendable {
    public let one: LocalizedText
    public let other: LocalizedText

    public init(one: LocalizedText, other: LocalizedText) {
        self.one = one
        self.other = other
    }

    /// "`count` noun" in `language`.
    public func callAsFunction(_ count: Int, _ language: Language) -> String {
        "\(count) " + (count == 1 ? one : other)(language)
    }
}
