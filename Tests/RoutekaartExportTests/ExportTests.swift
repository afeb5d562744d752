import Foundation
import RoutekaartCore
import Testing
import TestSupport
@testable import RoutekaartExport

@Suite struct ExportTests {
    func outcome(anonymise: Bool = false, at: Int? = nil, language: Language = .nl, text: String? = nil) throws -> Outcome {
        Outcome(events: try Fixture.events(text: text), at: at, anonymise: anonymise, language: language)
    }

    @Test func markdown() throws {
        assertGolden(MarkdownExporter.render(try outcome(), language: .nl), named: "report.md")
        assertGolden(MarkdownExporter.render(try outcome(anonymise: true, language: .en), language: .en), named: "report-anonymised-en.md")
    }

    @Test func html() throws {
        assertGolden(HTMLExporter.render(try outcome(), language: .nl), named: "report.html")
    }

    @Test func json() throws {
        assertGolden(try outcome().json(), named: "outcome.json")
    }

    @Test func csv() throws {
        let o = try outcome()
        for table in CSVExporter.Table.allCases {
            assertGolden(CSVExporter.render(o, table: table, dialect: .rfc4180, raw: false), named: "\(table.rawValue).csv")
        }
        assertGolden(CSVExporter.render(o, table: .actors, dialect: .excelNL, raw: false), named: "actors-excel-nl.csv")
        assertGolden(CSVExporter.render(o, table: .results, dialect: .excelNL, raw: false), named: "results-excel-nl.csv")
    }

    @Test func theSameSessionGivesTheSameBytes() throws {
        let a = try outcome(), b = try outcome()
        #expect(HTMLExporter.render(a, language: .nl) == HTMLExporter.render(b, language: .nl))
        #expect(MarkdownExporter.render(a, language: .nl) == MarkdownExporter.render(b, language: .nl))
        #expect(try a.json() == b.json())
        #expect(CSVExporter.render(a, table: .scores, dialect: .rfc4180, raw: false) == CSVExporter.render(b, table: .scores, dialect: .rfc4180, raw: false))
    }

    @Test func anonymisingReplacesEveryName() throws {
        let o = try outcome(anonymise: true)
        let all = [MarkdownExporter.render(o, language: .nl), HTMLExporter.render(o, language: .nl), try o.json()]
            + CSVExporter.Table.allCases.map { CSVExporter.render(o, table: $0, dialect: .rfc4180, raw: false) }
        for text in all {
            for name in ["Noël Jansen", "Chloë Bakker", "Els Visser"] { #expect(!text.contains(name), "\(name)") }
        }
        #expect(o.participants.map(\.name) == ["P1", "P2", "P3"])
        #expect(o.quadrant.rounds[1].votes.map(\.voter) == ["P1", "P2", "P3"])
        #expect(o.network.actors[0].participant == "P1" && o.network.actors[0].person == "")
    }

    @Test func atASequenceNumberExportsTheSessionAsItWasThen() throws {
        let events = try Fixture.events()
        let early = Outcome(events: events, at: 4, anonymise: false, language: .nl)
        #expect(early.participants.count == 3)
        #expect(early.network.actors.isEmpty)
        #expect(early.session.events == 4)
    }

    @Test func aHiddenRoundExportsNoVotes() throws {
        let o = try outcome()
        let hidden = try #require(o.quadrant.rounds.last)
        #expect(hidden.hidden && hidden.votes.isEmpty && hidden.counts.isEmpty)
        #expect(!CSVExporter.render(o, table: .votes, dialect: .rfc4180, raw: false).contains("q3"))
    }

    @Test func aRecalibrationDateAloneBelongsToWegwijzer9() throws {
        var h = SessionHistory()
        for command: WorkshopCommand in [.startSession(SessionDetails(title: "Herijking", region: "", date: "", facilitator: ""), scenario: nil), .planHerijking("2027-03")] {
            for e in try Engine.execute(command, on: h) { h.record(RecordedEvent(seq: h.nextSeq, at: Fixture.start, event: e)) }
        }
        let o = Outcome(events: h.events, anonymise: false, language: .nl)
        let markdown = MarkdownExporter.render(o, language: .nl), html = HTMLExporter.render(o, language: .nl)
        #expect(!markdown.contains("## 2.") && markdown.contains("## 9. "))
        #expect(markdown.components(separatedBy: "Volgende herijking").count == 2)
        #expect(!html.contains("id=\"opgave\"") && html.contains("id=\"reflectie\""))
    }

    @Test(arguments: [Language.nl, .en]) func everyReportHeadsAWegwijzerWithItsTitleFromTheMethod(_ language: Language) throws {
        let o = try outcome(language: language)
        let markdown = MarkdownExporter.render(o, language: language), html = HTMLExporter.render(o, language: language)
        var headed = 0
        for w in Method.wegwijzers where html.contains("<h2>\(w.number). ") {
            headed += 1
            #expect(html.contains("<h2>\(w.number). " + HTMLText.escape(w.title(language)) + "</h2>"))
            #expect(markdown.contains("## \(w.number). " + MarkdownText.inline(w.title(language)) + " ("))
        }
        #expect(headed == 9)
    }

    @Test func timeSpentFollowsNavigation() throws {
        let o = try outcome()
        // Wegwijzer 1 was open from command 4 to command 9: five minutes.
        #expect(o.wegwijzers[0].minutesSpent == 5)
        // Wegwijzer 2 from command 9 to command 16: seven minutes.
        #expect(o.wegwijzers[1].minutesSpent == 7)
    }

    @Test func csvNeutralisesFormulasAndQuotesPerRFC4180() {
        #expect(CSVCell.text("=1+1", dialect: .rfc4180, raw: false) == "'=1+1")
        #expect(CSVCell.text("=1+1", dialect: .rfc4180, raw: true) == "=1+1")
        #expect(CSVCell.text("@SUM(A1)", dialect: .rfc4180, raw: false) == "'@SUM(A1)")
        #expect(CSVCell.text("a,b", dialect: .rfc4180, raw: false) == "\"a,b\"")
        #expect(CSVCell.text("a;b", dialect: .excelNL, raw: false) == "\"a;b\"")
        #expect(CSVCell.text("zei \"ja\"", dialect: .rfc4180, raw: false) == "\"zei \"\"ja\"\"\"")
        #expect(CSVCell.text("-5", dialect: .rfc4180, raw: false) == "-5", "a plain number is not a formula")
        #expect(CSVCell.text("+3", dialect: .excelNL, raw: false) == "+3")
        #expect(CSVCell.text("1.234,5", dialect: .excelNL, raw: false) == "1.234,5")
        #expect(CSVCell.text("-5 euro", dialect: .rfc4180, raw: false) == "'-5 euro")
        #expect(CSVCell.text("-1+1", dialect: .rfc4180, raw: false) == "'-1+1")
        #expect(CSVCell.text("1 maart", dialect: .excelNL, raw: false) == "'1 maart", "Dutch Excel would make it a date")
        #expect(CSVCell.text("12-03-2026", dialect: .excelNL, raw: false) == "'12-03-2026")
        #expect(CSVCell.text("1 maart", dialect: .rfc4180, raw: false) == "1 maart")
        #expect(CSVCell.text("voor de zomer", dialect: .excelNL, raw: false) == "voor de zomer")
        #expect(CSVCell.number(3.75, dialect: .excelNL) == "3,75")
        #expect(CSVCell.number(3.75, dialect: .rfc4180) == "3.75")
        #expect(Format.decimal(4) == "4" && Format.decimal(0.5) == "0.5" && Format.decimal(0.05) == "0.05" && Format.decimal(-1.25) == "-1.25")
    }

    @Test func markdownEscaping() {
        #expect(MarkdownText.inline("**vet** [x](y) <b>") == "\\*\\*vet\\*\\* \\[x\\](y) \\<b\\>")
        #expect(MarkdownText.inline("# kop") == "\\# kop")
        #expect(MarkdownText.inline("- lijst") == "\\- lijst")
        #expect(MarkdownText.inline("1. eerste") == "1\\. eerste")
        #expect(MarkdownText.inline("Demo-werkplaats") == "Demo-werkplaats")
        #expect(MarkdownText.inline("a\nb") == "a b")
        #expect(MarkdownText.link("site", "https://vng.nl") == "[site](https://vng.nl)")
        #expect(MarkdownText.link("x", "javascript:alert(1)") == "x (javascript:alert(1))")
        #expect(HTMLText.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }
}

extension ExportTests {
    /// The session `scripts/calc-check` exports and opens in LibreOffice Calc, kept as a file.
    @Test func theSpreadsheetFixtureSession() throws {
        let file = SessionFile(history: SessionHistory(replaying: try Fixture.spreadsheetEvents()), created: Fixture.start)
        assertGolden(String(decoding: try file.encoded(), as: UTF8.self), named: "calc-fixture-session.json")
    }
}
