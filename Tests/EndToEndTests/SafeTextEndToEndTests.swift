import Foundation
import RoutekaartCore
import Testing

/// A session file from elsewhere whose texts carry terminal escapes, NUL, backspace, every
/// kind of line break and bidirectional overrides: nothing of it reaches a terminal or an
/// export, except the JSON outcome, which keeps the text exact.
@Suite struct SafeTextEndToEndTests {
    static let hostile = "Werk\u{1B}]0;gehackt\u{07}plaats\u{1B}[2J\u{0}\u{8}\r\nregel\u{85}twee\u{2028}drie\u{202E}gpj.exe\u{2066}x\u{2069}"
    /// Scalars that must not come out anywhere but the JSON outcome.
    static let forbidden: [Unicode.Scalar] = ["\u{1B}", "\u{07}", "\u{0}", "\u{8}", "\r", "\u{85}", "\u{2028}", "\u{202E}", "\u{2066}", "\u{2069}"]

    /// A session written by the program, then given the hostile text in its title, a name and the notes.
    func craftedSession() throws -> String {
        let path = try makeTemporaryFolder() + "/gemaild.json"
        let session = try LiveSession.create(at: path, commands: [
            .startSession(SessionDetails(title: "TITELX", region: "Twente"), scenario: nil),
            .addParticipant(ParticipantFields(name: "NAAMX", organisation: "Gemeente")),
            .editNotes(wegwijzer: 1, text: "NOTITIEX"),
            .add(AgendaTopic(text: "PUNTX", dots: 2)),
        ], now: Timestamp(iso8601: "2026-11-29T10:00:00Z")!)
        session.close(now: Timestamp(iso8601: "2026-11-29T10:05:00Z")!)
        let escaped = String(decoding: try JSONEncoder().encode(Self.hostile), as: UTF8.self).dropFirst().dropLast()
        var text = try String(contentsOfFile: path, encoding: .utf8)
        for placeholder in ["TITELX", "NAAMX", "NOTITIEX", "PUNTX"] { text = text.replacingOccurrences(of: placeholder, with: String(escaped)) }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func expectClean(_ output: String, _ what: String) {
        for scalar in Self.forbidden {
            #expect(!output.unicodeScalars.contains(scalar), "\(what) carries U+\(String(scalar.value, radix: 16, uppercase: true))")
        }
    }

    @Test func checkSessionsAndEveryExportAreClean() throws {
        let path = try craftedSession()
        let check = try run(routekaartBinary, ["check", path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("  titel:             Werk]0;gehacktplaats[2J regel twee driegpj.exex\n"), "\(check.stdout)")
        expectClean(check.stdout, "check")

        let home = (path as NSString).deletingLastPathComponent
        let sessions = try run(routekaartBinary, ["sessions"], environment: ["HOME": home, "XDG_DATA_HOME": home + "/data"])
        expectClean(sessions.stdout, "sessions")

        for format in ["md", "html"] {
            let export = try run(routekaartBinary, ["export", path, "--format", format])
            #expect(export.status == 0, "\(export.stderr)")
            #expect(export.stdout.contains("gpj.exe"))
            expectClean(export.stdout, format)
        }
        let folder = home + "/csv"
        let csv = try run(routekaartBinary, ["export", path, "--format", "csv", "-o", folder])
        #expect(csv.status == 0, "\(csv.stderr)")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) {
            // CSV ends its records with CRLF; any other CR would be the text's.
            expectClean(try String(contentsOfFile: folder + "/" + file, encoding: .utf8).replacingOccurrences(of: "\r\n", with: "\n"), file)
        }

        let json = try run(routekaartBinary, ["export", path, "--format", "json"])
        let outcome = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let session = try #require(outcome["session"] as? [String: Any])
        #expect(session["title"] as? String == Self.hostile, "the JSON outcome keeps the text exact")
        #expect(!json.stdout.unicodeScalars.contains("\u{1B}"), "as escaped JSON")
    }

    @Test func anErrorNamingAFileIsCleanToo() throws {
        let folder = try makeTemporaryFolder()
        let result = try run(routekaartBinary, ["check", folder + "/bestaat\u{1B}[2Jniet.json"])
        #expect(result.status == 1)
        expectClean(result.stderr, "stderr")
    }

    @Test func textsBeyondTheLimitsAreRefusedByCheckExportAndOpen() throws {
        let path = try makeTemporaryFolder() + "/lang.json"
        let session = try LiveSession.create(at: path, commands: [.startSession(SessionDetails(title: "TITELX"), scenario: nil)],
                                             now: Timestamp(iso8601: "2026-11-29T10:00:00Z")!)
        session.close(now: Timestamp(iso8601: "2026-11-29T10:01:00Z")!)
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "TITELX", with: String(repeating: "Lang", count: 1_250))
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let expected = "gebeurtenis 1: het veld \"title\" is langer dan 200 tekens"
        for arguments in [["check", path], ["export", path, "--format", "md"]] {
            let result = try run(routekaartBinary, arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains(expected), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        let tmux = try TmuxSession(["open", path])
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 1)
        #expect(try tmux.screen().replacingOccurrences(of: "\n", with: "").contains(expected))
    }
}
