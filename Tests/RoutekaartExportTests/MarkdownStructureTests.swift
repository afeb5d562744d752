import Foundation
import RoutekaartCore
import Testing
@testable import RoutekaartExport

/// No user text makes structure in a Markdown report: rendered by a CommonMark + tables
/// renderer (markdown-it-py, run with python3), a report filled with any of these texts has
/// the same headings, lists, tables, code, quotes, links and emphasis as one filled with "x".
@Suite struct MarkdownStructureTests {
    static let corpus = [
        "tekst\n  - item\n   1. ol\n  # kop", "\tcode met tab", "    code met spaties", "a\n\n    code na een lege regel", "> citaat",
        "```\nomheining\n```", "~~~", "| a | b |\n|---|---|", "---", "***", "___", "a\n===", "Setext\n---", "[link](http://example.org)",
        "![beeld](x.png)", "<b>vet</b>", "<!-- commentaar -->", "*nadruk* en **sterk**", "`code`", "1) een", "2. twee", "+ plus", "* ster",
        "[ref]: http://example.org", "&amp; &#60; &copy;", "\\", "<http://example.org>", "- [ ] taak", "a  \nb", "#kop", " # kop",
        "        # kop diep", "\u{00A0}# kop na nbsp", "Regio\r\n# kop", "x\u{2028}- lijst", "<script>alert(1)</script>",
    ]

    /// The structure markdown-it-py sees in each text, in the order given.
    func structures(_ texts: [String]) throws -> [String] {
        let folder = NSTemporaryDirectory() + "routekaart-md-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var paths: [String] = []
        for (i, text) in texts.enumerated() {
            let o = Outcome(events: try Fixture.events(text: text), anonymise: false, language: .nl)
            let path = folder + "/\(i).md"
            try MarkdownExporter.render(o, language: .nl).write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
        }
        return try runPythonTool("markdown_structure.py", paths, needs: "markdown-it-py").split(separator: "\n").map(String.init)
    }

    @Test func anyTextGivesTheSameStructure() throws {
        let all = try structures(["x"] + Self.corpus)
        try #require(all.count == Self.corpus.count + 1)
        let plain = all[0]
        #expect(plain.contains("heading_open") && plain.contains("table_open") && plain.contains("bullet_list_open"))
        for (text, structure) in zip(Self.corpus, all.dropFirst()) {
            #expect(structure == plain, "\(text.debugDescription) changes the report's structure")
        }
    }

    @Test func indentationIsKeptAsTextNotAsCode() {
        #expect(MarkdownText.block("a\n    b") == "a  \n\u{00A0}\u{00A0}\u{00A0}\u{00A0}b")
        #expect(MarkdownText.block("\t- item") == "\u{00A0}\u{00A0}\u{00A0}\u{00A0}\\- item")
        #expect(MarkdownText.inline("   # kop") == "\\# kop")
    }
}
