/// Where a figure applies.
public enum FactArea: String, CaseIterable, Sendable, Codable {
    case municipality = "gemeente"
    case labourMarketRegion = "arbeidsmarktregio"
    case province = "provincie"
    case country = "land"
}

/// The editable fields of a fact on the facts board (wegwijzer 1).
public struct FactFields: Hashable, Sendable, Codable {
    public var indicator: String
    public var value: String
    public var unit: String
    public var area: FactArea
    public var source: String
    /// When the figure was measured, as "2026-03" or "2026-03-12".
    public var date: String
    /// What the room assumed before looking at the figure.
    public var assumed: String
    /// An example from a scenario: the real figure still has to be looked up.
    public var example: Bool

    public init(indicator: String, value: String = "", unit: String = "", area: FactArea = .municipality, source: String = "",
                date: String = "", assumed: String = "", example: Bool = false) {
        self.indicator = indicator
        self.value = value
        self.unit = unit
        self.area = area
        self.source = source
        self.date = date
        self.assumed = assumed
        self.example = example
    }

    /// True when `date` lies more than twelve months before `now`.
    public func isOld(at now: Timestamp) -> Bool {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count >= 2, (1...12).contains(parts[1]) else { return false }
        let c = now.components()
        return (c.year * 12 + c.month) - (parts[0] * 12 + parts[1]) > 12
    }
}

/// A figure the room looks at: "laat de feiten spreken".
public struct Fact: Hashable, Sendable, Codable, Identifiable {
    /// "f1", "f2" …
    public var id: String
    public var fields: FactFields

    public init(id: String = "", fields: FactFields) {
        self.id = id
        self.fields = fields
    }
}

extension Fact: CapturedItem {
    public static let idPrefix = "f"
    public static var list: WritableKeyPath<WorkshopState, [Self]> { \.facts }

    public func validated(in state: WorkshopState) throws(CommandError) -> Fact {
        var clean = fields
        for path in [\FactFields.indicator, \.value, \.unit, \.source, \.date, \.assumed] {
            clean[keyPath: path] = TextCleaning.singleLine(fields[keyPath: path])
            try Engine.check(clean[keyPath: path], "fact", Engine.Limits.field)
        }
        guard !clean.indicator.isEmpty else { throw .emptyName }
        return Fact(id: id, fields: clean)
    }
}
