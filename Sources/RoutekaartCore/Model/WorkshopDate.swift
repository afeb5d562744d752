import Foundation

/// A date as the room says it — "1-3-2027", "1 maart 2027", "1 mrt", "2027-03-01" — kept
/// as an ISO date ("2027-03-01"), or a month alone for a fact ("2025-06", "juni 2025"), and
/// shown in the interface language: "1 mrt 2027", "1 Mar 2027".
public struct WorkshopDate: Hashable, Sendable {
    public let year: Int
    public let month: Int
    /// Nil for a month alone.
    public let day: Int?

    public init?(year: Int, month: Int, day: Int?) {
        guard (1900...2999).contains(year), (1...12).contains(month) else { return nil }
        if let day { guard (1...Self.days(in: month, of: year)).contains(day) else { return nil } }
        self.year = year
        self.month = month
        self.day = day
    }

    /// "2027-03-01", or "2025-06" for a month.
    public var iso: String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(year)-\(two(month))" + (day.map { "-" + two($0) } ?? "")
    }

    /// "1 mrt 2027" or "1 Mar 2027"; "jun 2025" or "Jun 2025" for a month.
    public func text(_ language: Language) -> String {
        let name = Self.shortMonths[month - 1](language)
        return (day.map { "\($0) " } ?? "") + name + " \(year)"
    }

    /// Reads `text`; a day and month without a year is the next such day from `today`.
    /// `monthAllowed` also reads a month alone. Nil when it is not a date.
    public static func parse(_ text: String, today: (year: Int, month: Int, day: Int), monthAllowed: Bool = false) -> WorkshopDate? {
        let words = text.lowercased().split(whereSeparator: { " -/.,".contains($0) }).map(String.init)
        let numbers = words.map { Int($0) }
        switch words.count {
        case 3:
            if let y = numbers[0], words[0].count == 4, let m = numbers[1], let d = numbers[2] { return WorkshopDate(year: y, month: m, day: d) }
            guard let d = numbers[0], let m = numbers[1] ?? monthNumber(words[1]), let y = numbers[2], words[2].count == 4 else { return nil }
            return WorkshopDate(year: y, month: m, day: d)
        case 2:
            let secondIsAYear = numbers[1] != nil && words[1].count == 4
            if let first = numbers[0], words[0].count <= 2, !secondIsAYear, let m = numbers[1] ?? monthNumber(words[1]) {
                // A day and a month: this year, or next year once it has passed.
                let passed = (m, first) < (today.month, today.day)
                return WorkshopDate(year: today.year + (passed ? 1 : 0), month: m, day: first)
            }
            guard monthAllowed else { return nil }
            if let y = numbers[0], words[0].count == 4, let m = numbers[1] { return WorkshopDate(year: y, month: m, day: nil) }
            if let m = numbers[0] ?? monthNumber(words[0]), let y = numbers[1], words[1].count == 4 { return WorkshopDate(year: y, month: m, day: nil) }
            return nil
        default:
            return nil
        }
    }

    /// `text` as the interface shows it: a date in the language's words, anything else as written.
    public static func shown(_ text: String, _ language: Language) -> String {
        WorkshopDate(iso: text)?.text(language) ?? text
    }

    /// Reads an ISO date or month as `iso` writes it.
    public init?(iso: String) {
        let parts = iso.split(separator: "-").map { Int($0) }
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0 != nil }), iso.count == (parts.count == 3 ? 10 : 7) else { return nil }
        self.init(year: parts[0]!, month: parts[1]!, day: parts.count == 3 ? parts[2] : nil)
    }

    private static func monthNumber(_ word: String) -> Int? {
        let w = word.folding(options: .diacriticInsensitive, locale: nil)
        guard w.count >= 3 else { return nil }
        return monthNames.firstIndex { names in names.contains { $0.hasPrefix(w) || w.hasPrefix($0) } }.map { $0 + 1 }
    }

    private static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Month names a facilitator may type, Dutch and English, in full and short.
    private static let monthNames: [[String]] = [
        ["januari", "january", "jan"], ["februari", "february", "feb"], ["maart", "march", "mrt", "mar"], ["april", "apr"],
        ["mei", "may"], ["juni", "june", "jun"], ["juli", "july", "jul"], ["augustus", "august", "aug"],
        ["september", "sep", "sept"], ["oktober", "october", "okt", "oct"], ["november", "nov"], ["december", "dec"],
    ]

    private static let shortMonths: [LocalizedText] = [
        .init(nl: "jan", en: "Jan"), .init(nl: "feb", en: "Feb"), .init(nl: "mrt", en: "Mar"), .init(nl: "apr", en: "Apr"),
        .init(nl: "mei", en: "May"), .init(nl: "jun", en: "Jun"), .init(nl: "jul", en: "Jul"), .init(nl: "aug", en: "Aug"),
        .init(nl: "sep", en: "Sep"), .init(nl: "okt", en: "Oct"), .init(nl: "nov", en: "Nov"), .init(nl: "dec", en: "Dec"),
    ]
}

/// The texts of dates, in Dutch and English.
public enum WorkshopDateText {
    public static let unreadable = LocalizedText(nl: "'%1' is geen datum; bijvoorbeeld 1-3-2027 of 1 maart 2027",
                                                 en: "'%1' is not a date; for example 1-3-2027 or 1 March 2027")
    public static let unreadableMonth = LocalizedText(nl: "'%1' is geen datum of maand; bijvoorbeeld 2025-06 of juni 2025",
                                                      en: "'%1' is not a date or month; for example 2025-06 or June 2025")
}
