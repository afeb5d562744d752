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
