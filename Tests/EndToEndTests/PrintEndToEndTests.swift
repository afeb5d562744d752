import Foundation
import RoutekaartCore
import Testing

/// The HTML report printed to A4 by headless Chromium, read back with pdftotext: every text
/// the room captured is in the PDF, however long its words.
@Suite struct PrintEndToEndTests {
    static let tools = ["/usr/bin/chromium", "/usr/bin/pdftotext"]
    static var toolsPresent: Bool { tools.allSatisfy { FileManager.default.isExecutableFile(atPath: $0) } }

    static let longURL = "https://www.voorbeeld-arbeidsmarktregio.nl/feiten/factsheets/2026/werkloosheid-en-vacatures-per-sector-en-per-gemeente-in-de-regio-zwolle-tweede-kwartaal.pdf"
    static let longWord = String(repeating: "Arbeidsmarktregio", count: 176) + "Einde"
    static let texts = [
        "Werkplaats Zwolle", "Anouk de Vries", "Gemeente Zwolle", "Werkloosheid", "3,1", longURL, "Vraag en aanbod vinden elkaar in de regio",
        "Eén loket voor werkgevers", "ROC Deltion", "werk voor iedereen", "Jaarlijks aan de raden", "Voortgang per kwartaal",
        "Tien werkervaringsplaatsen bij de gemeente", longWord,
    ]

    @Test(.enabled(if: toolsPresent, "needs chromium and pdftotext (Debian: chromium, poppler-utils); scripts/../.ci/run installs them"))
    func everyCapturedTextIsInThePrintedPDF() throws {
        let folder = try makeTemporaryFolder()
        let session = try LiveSession.create(at: folder + "/s.json", commands: [
            .startSession(SessionDetails(title: "Werkplaats Zwolle", region: "Regio Zwolle", date: "2026-11-29"), scenario: nil),
            .addParticipant(ParticipantFields(name: "Anouk de Vries", organisation: "Gemeente Zwolle", helix: .government)),
            .openWegwijzer(1),
            .editNotes(wegwijzer: 1, text: Self.longWord),
            .add(Fact(fields: FactFields(indicator: "Werkloosheid", value: "3,1", unit: "%", area: .labourMarketRegion, source: Self.longURL, date: "2026-06"))),
            .openWegwijzer(2),
            .stateChallenge("Vraag en aanbod vinden elkaar in de regio"),
            .add(AgendaTopic(text: "Eén loket voor werkgevers", dots: 4)),
            .openWegwijzer(4),
            .add(Actor(fields: ActorFields(name: "ROC Deltion", kind: .education, interests: "werk voor iedereen", closeness: 2))),
            .openWegwijzer(5),
            .answerVerbind(quadrant: .rechtmatig, answer: "Jaarlijks aan de raden"),
            .openWegwijzer(6),
            .add(AccountabilityAgreement(fields: AgreementFields(what: "Voortgang per kwartaal", towards: "raden", form: "brief", frequency: "jaarlijks", owner: "wethouder"))),
            .openWegwijzer(10),
            .add(Commitment(fields: CommitmentFields(who: "Anouk de Vries", what: "Tien werkervaringsplaatsen bij de gemeente", byWhen: "1 maart"))),
        ], now: Timestamp(iso8601: "2026-11-29T10:00:00Z")!)
        session.close(now: Timestamp(iso8601: "2026-11-29T12:00:00Z")!)
        let export = try run(routekaartBinary, ["export", folder + "/s.json", "--format", "html", "-o", folder + "/rapport.html"])
        #expect(export.status == 0, "\(export.stderr)")

        let printed = try printedText(folder)
        for captured in Self.texts {
            #expect(printed.contains(captured.filter { !$0.isWhitespace }), "not in the PDF: \(captured.prefix(60))")
        }
        #expect(printed.contains("Deuitkomstinhetkort"))
    }

    /// The fixture session that touches every screen: every text the JSON outcome holds is in the printed PDF.
    @Test(.enabled(if: toolsPresent, "needs chromium and pdftotext (Debian: chromium, poppler-utils)"))
    func theFixtureSessionPrintsEveryText() throws {
        let folder = try makeTemporaryFolder()
        let session = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("RoutekaartExportTests/__Snapshots__/calc-fixture-session.json").path
        #expect(try run(routekaartBinary, ["export", session, "--format", "html", "-o", folder + "/rapport.html"]).status == 0)
        let outcome = try run(routekaartBinary, ["export", session, "--format", "json"])
        let printed = try printedText(folder)
        // Every free text of the outcome; identifiers, fixed values and the summary's own sentences left out.
        let fixed: Set<String> = ["format", "id", "kind", "type", "status", "routePoint", "area", "helix", "quadrant", "style", "element", "strength", "quality",
                                  "row", "indicator", "lastChange", "voter", "from", "to", "scenario", "emphasis", "leadership", "participant", "agreement",
                                  "leaders", "question", "date", "summary", "names"]
        var texts: [String] = []
        func collect(_ value: Any, _ key: String) {
            if let d = value as? [String: Any] { for (k, v) in d where !fixed.contains(k) { collect(v, k) } }
            else if let l = value as? [Any] { l.forEach { collect($0, key) } }
            else if let s = value as? String, !s.isEmpty { texts.append(s) }
        }
        collect(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)), "")
        #expect(texts.count > 100)
        for text in texts { #expect(printed.contains(text.filter { !$0.isWhitespace }), "not in the PDF: \(text.prefix(60))") }
    }

    /// The report in `folder` printed to PDF and read back as text, without whitespace: lines
    /// are wrapped wherever the page needs it (-raw keeps a cell's lines together and a
    /// hyphen at the end of a line).
    func printedText(_ folder: String) throws -> String {
        let print = try run("/usr/bin/chromium", ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--user-data-dir=" + folder + "/profiel",
                                                  "--no-pdf-header-footer", "--print-to-pdf=" + folder + "/rapport.pdf", "file://" + folder + "/rapport.html"],
                            environment: ["HOME": folder])
        #expect(print.status == 0, "\(print.stderr)")
        let text = try run("/usr/bin/pdftotext", ["-raw", "-enc", "UTF-8", folder + "/rapport.pdf", folder + "/rapport.txt"])
        #expect(text.status == 0, "\(text.stderr)")
        return try String(contentsOfFile: folder + "/rapport.txt", encoding: .utf8).filter { !$0.isWhitespace }
    }
}
