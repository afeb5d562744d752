import Foundation
import RoutekaartCore

/// Text for Markdown: no user text can make structure. Markup characters are
/// backslash-escaped, so a name never becomes a link, an image, emphasis, code, a heading,
/// a list, a quote, a table cell or raw HTML; leading whitespace never indents.
public enum MarkdownText {
    /// Characters escaped wherever they stand.
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&"]
    /// Characters that only start a block (heading, list, rule) at the start of a line.
    static let leading: Set<Character> = ["#", "+", "-", "="]

    /// One line: line breaks and tabs become spaces, and leading and trailing blanks go.
    public static func inline(_ text: String) -> String {
        escaped(SafeText.line(text).trimmingCharacters(in: .whitespaces))
    }

    /// A paragraph that keeps its line breaks (as hard breaks). A line's leading blanks are
    /// kept as no-break spaces, which CommonMark reads as text, never as indentation.
    public static func block(_ text: String) -> String {
        SafeText.multiline(text).split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let body = line.drop { $0 == " " || $0 == "\t" }
            let indent = line[..<body.startIndex].reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
            let rest = escaped(String(body).trimmingCharacters(in: .whitespaces))
            return rest.isEmpty ? "" : String(repeating: "\u{00A0}", count: indent) + rest
        }.joined(separator: "  \n")
    }

    /// `text` with every markup character escaped; `text` holds no line break.
    private static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            if c == "\t" { out.append(" ") }
            else if special.contains(c) || (out.isEmpty && leading.contains(c)) { out.append("\\"); out.append(c) }
            else { out.append(c) }
        }
        // "1. " or "1) " at the start would begin a numbered list.
        if let end = out.firstIndex(where: { !$0.isNumber }), end != out.startIndex, out[end] == "." || out[end] == ")",
           out.index(after: end) == out.endIndex || out[out.index(after: end)] == " " {
            out.insert("\\", at: end)
        }
        return out
    }

    /// A link, only for http, https and mailto; anything else is written as plain text.
    public static func link(_ label: String, _ url: String) -> String {
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:"),
              !url.contains(where: { $0 == " " || $0 == ")" || $0 == "(" || $0 == "<" || $0 == ">" || $0.isNewline }) else {
            return inline(label + " (" + url + ")")
        }
        return "[" + inline(label) + "](" + url + ")"
    }
}

/// The CSV flavour: RFC 4180 with commas, or Dutch Excel with semicolons, a byte order
/// mark and decimal commas.
public enum CSVDialect: String, CaseIterable, Sendable {
    case rfc4180
    case excelNL = "excel-nl"

    var separator: String { self == .rfc4180 ? "," : ";" }
}

/// One CSV cell. Text that a spreadsheet would run as a formula (starting with = + - @,
/// a tab or a line break) gets a leading apostrophe unless `raw` is asked for.
public enum CSVCell {
    public static func text(_ value: String, dialect: CSVDialect, raw: Bool) -> String {
        var v = SafeText.multiline(value)
        if !raw, !isPlainNumber(v), let first = v.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r", "\n"].contains(first) { v = "'" + v }
        if !raw, dialect == .excelNL, looksLikeADate(v) { v = "'" + v }  // a Dutch spreadsheet would make "1 maart" a date
        let needsQuotes = v.contains(dialect.separator) || v.contains("\"") || v.contains("\n") || v.contains("\r")
        return needsQuotes ? "\"" + v.replacingAll("\"", with: "\"\"") + "\"" : v
    }

    /// "-5", "+3", "1.234,5", "-0.75": digits with an optional sign and separators, which a
    /// spreadsheet reads as a number and never as a formula.
    static func isPlainNumber(_ text: String) -> Bool {
        text.wholeMatch(of: /[+-]?[0-9]+([.,][0-9]+)*/) != nil
    }

    /// "1 maart", "12-03-2026", "3/4": text a Dutch spreadsheet turns into a date.
    static func looksLikeADate(_ text: String) -> Bool {
        text.wholeMatch(of: /[0-9]{1,2}[-\/ .]([0-9]{1,2}|[A-Za-z]{3,9}\.?)([-\/ .][0-9]{2,4})?/) != nil
    }

    public static func number(_ value: Double?, dialect: CSVDialect) -> String {
        guard let value else { return "" }
        let s = Format.decimal(value)
        return dialect == .excelNL ? s.replacingAll(".", with: ",") : s
    }
}

/// Numbers written the same way in every format.
public enum Format {
    /// At most two decimals, no trailing zeros: 3.75, 4, 0.5.
    public static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100, frac = abs(hundredths) % 100
        if frac == 0 { return sign + "\(whole)" }
        return sign + "\(whole)." + (frac % 10 == 0 ? "\(frac / 10)" : (frac < 10 ? "0\(frac)" : "\(frac)"))
    }

    /// A mean with one decimal as the language writes it: "3,6" in Dutch, "3.6" in English.
    public static func mean(_ value: Double, _ language: Language) -> String {
        oneDecimal(value).replacingAll(".", with: decimalSeparator(language))
    }

    /// A percentage as the language writes it: "60 %" in Dutch, "60%" in English.
    public static func percent(_ value: Int, _ language: Language) -> String {
        percentage(language, value)
    }

    private static let decimalSeparator = LocalizedText(nl: ",", en: ".")
    private static let percentage = LocalizedText(nl: "%1 %", en: "%1%")

    /// A change with its sign: "+53", "−7", "0".
    public static func signed(_ value: Int) -> String {
        value > 0 ? "+\(value)" : value < 0 ? "−\(-value)" : "0"
    }

    /// One decimal, for means on screen and in reports.
    public static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
