import Foundation
import RoutekaartCore
import Testing
@testable import RoutekaartExport

/// Whatever a participant types comes out of every format inert.
@Suite struct HostileTextTests {
    static let hostile = [
        "<script>alert(1)</script>",
        "\" onmouseover=\"x",
        "=HYPERLINK(\"http://x\")",
        "+cmd",
        "](javascript:alert(1))",
        "Regel één\nRegel twee\r\n# kop\n- lijst",
    ]

    func exports(_ text: String) throws -> (md: String, html: String, json: String, csv: [String]) {
        let o = Outcome(events: try Fixture.events(text: text), anonymise: false, language: .nl)
        return (MarkdownExporter.render(o, language: .nl), HTMLExporter.render(o, language: .nl), try o.json(),
                CSVExporter.Table.allCases.map { CSVExporter.render(o, table: $0, dialect: .rfc4180, raw: false) }
                    + CSVExporter.Table.allCases.map { CSVExporter.render(o, table: $0, dialect: .excelNL, raw: false) })
    }

    @Test(arguments: hostile)
    func htmlHasNoActiveContent(_ text: String) throws {
        let html = try exports(text).html
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("onmouseover=\""))
        #expect(!html.contains("javascript:alert(1)\""))
        #expect(!html.contains(" href="))
        #expect(html.contains("Content-Security-Policy"))
        // Every tag in the page is one of ours.
        let allowed: Set<String> = ["!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "section", "table", "thead",
                                    "tbody", "tr", "th", "td", "figure", "figcaption", "svg", "circle", "line", "text", "rect", "polygon", "ul", "ol", "li", "strong",
                                    "dl", "dt", "dd", "small", "wbr"]
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...].drop { $0 == "/" }
            let name = String(after.prefix { $0.isLetter || $0.isNumber || $0 == "!" || $0 == "-" || $0 == "D" })
            #expect(allowed.contains(name), "unexpected tag <\(name)")
            rest = after
        }
    }

    @Test(arguments: hostile)
    func markdownHasNoActiveMarkup(_ text: String) throws {
        let md = try exports(text).md
        // No unescaped "](" that could close a link, and no raw "<".
        let chars = Array(md)
        for i in chars.indices where i > 0 {
            if chars[i] == "<" { #expect(chars[i - 1] == "\\", "raw < in Markdown") }
            if chars[i] == "(" && chars[i - 1] == "]" { #expect(i > 1 && chars[i - 2] == "\\", "an unescaped ]( in Markdown") }
        }
        for line in md.split(separator: "\n") where line.hasPrefix("|") {
            #expect(line.hasSuffix("|"), "a table row broken by a line break: \(line)")
        }
        for line in md.split(separator: "\n") where line.hasPrefix("#") {
            #expect(line.hasPrefix("# ") || line.hasPrefix("## ") || line.hasPrefix("### "), "a heading that came from user text: \(line)")
        }
    }

    @Test(arguments: hostile)
    func csvCellsNeverStartAFormula(_ text: String) throws {
        for table in try exports(text).csv {
            for row in parse(table) {
                for cell in row where !isNumber(cell) {
                    #expect(!["=", "+", "-", "@"].contains(cell.first), "a cell that a spreadsheet would run: \(cell)")
                }
            }
        }
    }

    @Test(arguments: hostile)
    func jsonKeepsTheTextExactlyAndStaysValid(_ text: String) throws {
        let json = try exports(text).json
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let session = try #require(object["session"] as? [String: Any])
        #expect(session["title"] as? String == TextCleaning.singleLine(text))
    }

    /// A plain number such as -12 or 3,75 is data, not a formula.
    func isNumber(_ cell: String) -> Bool {
        let digits = cell.drop { $0 == "-" }
        return !digits.isEmpty && digits.allSatisfy { $0.isNumber || $0 == "." || $0 == "," } && cell.filter { $0 == "-" }.count <= 1
    }

    /// RFC 4180 (or semicolons after a byte order mark) into rows of cells.
    func parse(_ csv: String) -> [[String]] {
        var text = Substring(csv)
        var separator: Character = ","
        if text.first == "\u{FEFF}" { text = text.dropFirst(); separator = ";" }
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if quoted {
                if c == "\"" {
                    let next = text.index(after: i)
                    if next < text.endIndex, text[next] == "\"" { cell.append("\""); i = next } else { quoted = false }
                } else { cell.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == separator { row.append(cell); cell = "" }
            else if c == "\r\n" || c == "\n" { row.append(cell); rows.append(row); row = []; cell = "" }
            else { cell.append(c) }
            i = text.index(after: i)
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }
}
