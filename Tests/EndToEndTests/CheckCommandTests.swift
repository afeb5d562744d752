import Foundation
import Testing

/// `routekaart check` and the command line's error messages.
@Suite struct CheckCommandTests {
    func write(_ text: String, _ name: String) throws -> String {
        let path = try makeTemporaryFolder() + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func validSession() throws -> String {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        return try #require(tmux.sessionFiles.first)
    }

    /// A session file that came by mail with numbers routekaart never records — one that
    /// overflows a sum, a negative one, one out of its range — or a participant's id as the
    /// row of an anonymous round: `check`, `open` and `export` refuse it with the event and
    /// the field named, in one line, and never with a trap or a backtrace.
    @Test func numbersOutOfRangeInAFileAreRefusedWithTheFieldNamed() throws {
        let valid = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: try validSession()))) as! [String: Any]
        let events = valid["events"] as! [[String: Any]]
        let max = Int.max
        let bad: [(events: [(String, [String: Any])], says: String)] = [
            ([("agendaTopicAdded", ["id": "g9", "text": "Stages", "dots": max])], "agendaTopic.dots is \(max)"),
            ([("agendaTopicAdded", ["id": "g9", "text": "Stages", "dots": -1])], "agendaTopic.dots is -1"),
            ([("agendaTopicAdded", ["id": "g9", "text": "Stages", "dots": 1000])], "agendaTopic.dots is 1000"),
            ([("agendaTopicAdded", ["id": "g9", "text": "Stages", "dots": 0]),
              ("agendaDotsGiven", ["voter": "p1", "dots": ["g9": 1_000_000_000_000_000_000], "device": true])], "dots is 1000000000000000000"),
            ([("weefselRoundOpened", ["id": "w9", "setup": ["anonymous": false, "blind": false]]),
              ("weefselScoreGiven", ["round": "w9", "row": "p1", "indicator": "weefsel.vertrouwen", "value": 9])], "value is 9"),
            ([("weefselRoundOpened", ["id": "w9", "setup": ["anonymous": false, "blind": false]]),
              ("weefselScoreGiven", ["round": "w9", "row": "p1", "indicator": "weefsel.vertrouwen", "value": -1])], "value is -1"),
            ([("weefselRoundOpened", ["id": "w9", "setup": ["anonymous": true, "blind": false]]),
              ("weefselRowGiven", ["round": "w9", "row": "p1", "scores": ["weefsel.vertrouwen": 3], "device": true])], "rij \"p1\" die iemand noemt"),
            ([("quadrantRoundOpened", ["id": "q9", "setup": ["kind": "nu", "style": "dots", "dotsPerVoter": 3, "anonymous": false, "blind": false]]),
              ("quadrantVoteCast", ["round": "q9", "ballot": ["voter": "p1", "dots": ["presterend": max, "netwerkend": 1, "rechtmatig": 0, "responsief": 0]]])],
             "presterend is \(max)"),
            ([("agendaSet", ["items": [["wegwijzer": 2, "minutes": -5]]])], "minutes is -5"),
            ([("actorMoved", ["id": "n1", "position": ["x": max, "y": 0]])], "x is \(max)"),
            ([("wegwijzerOpened", ["wegwijzer": 11])], "wegwijzer is 11"),
        ]
        for (added, says) in bad {
            var file = valid
            var all = events
            for (type, data) in added {
                all.append(["seq": all.count + 1, "at": "2026-11-29T14:03:22.123Z", "type": type, "data": data])
            }
            file["events"] = all
            let path = try write(String(decoding: try JSONSerialization.data(withJSONObject: file), as: UTF8.self), "van-de-mail.json")
            // `open` wants a terminal: it gets one from script(1); one that starts the workshop instead is ended.
            let open = ["/usr/bin/timeout", "10", "/usr/bin/script", "-qec", "TERM=xterm-256color \(routekaartBinary) open \(path) 1>&2", "/dev/null"]
            for command in [[routekaartBinary, "check", path], [routekaartBinary, "export", path, "--format", "md", "-o", path + ".md"], open] {
                let result = try run(command[0], Array(command.dropFirst()))
                let said = (command == open ? result.stdout : result.stderr).replacingOccurrences(of: "\r", with: "")
                #expect(result.status == 1, "\(command) \(says): \(result.status) \(said)")
                #expect(said.contains("gebeurtenis \(all.count)") && said.contains(says), "\(command): \(said)")
                #expect(said.split(separator: "\n").count == 1 && !said.contains("Fatal") && !said.contains("Backtrace"), "\(command): \(said)")
            }
        }
    }

    @Test func aValidSessionIsSummarised() throws {
        let file = try validSession()
        let result = try run(routekaartBinary, ["check", file])
        #expect(result.status == 0)
        #expect(result.stdout.contains("titel:             Demo-werkplaats Regio Zwolle"))
        #expect(result.stdout.contains("deelnemers:        5"))
        let english = try run(routekaartBinary, ["check", file, "--lang", "en"])
        #expect(english.stdout.contains("participants:      5"))
    }

    @Test func aTruncatedSessionIsOneClearLineAndStaysUntouched() throws {
        let full = try String(contentsOfFile: try validSession(), encoding: .utf8)
        let path = try write(String(full.prefix(full.count / 2)), "afgekapt.json")
        let before = FileManager.default.contents(atPath: path)
        let result = try run(routekaartBinary, ["check", path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.hasPrefix("routekaart: \(path): geen geldige JSON"), "\(result.stderr)")
        #expect(FileManager.default.contents(atPath: path) == before)
    }

    @Test func aFileThatIsNotJSONIsOneClearLineAndStaysUntouched() throws {
        let path = try write("Notulen van de regiotafel\n", "notulen.json")
        let result = try run(routekaartBinary, ["check", path])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains(path) && result.stderr.contains("geen geldige JSON"), "\(result.stderr)")
        #expect(FileManager.default.contents(atPath: path) == Data("Notulen van de regiotafel\n".utf8))
    }

    @Test func otherProblemsAreNamed() throws {
        let other = try write(#"{"hello": "world"}"#, "other.json")
        #expect(try run(routekaartBinary, ["check", other]).stderr.contains("geen routekaart-sessie"))
        let newer = try write(#"{"format": "routekaart-session", "schemaVersion": 99}"#, "newer.json")
        #expect(try run(routekaartBinary, ["check", newer, "--lang", "en"]).stderr.contains("made by a newer routekaart"))
        let missing = try run(routekaartBinary, ["check", "/nonexistent/x.json"])
        #expect(missing.status == 1 && missing.stderr.contains("bestaat niet"))
        let opened = try run(routekaartBinary, ["open", other])
        #expect(opened.status == 1)
        let compare = try run(routekaartBinary, ["open", other, "--compare", "/nonexistent/eerder.json"])
        #expect(compare.status == 1 && compare.stderr.hasPrefix("routekaart: /nonexistent/eerder.json: bestand bestaat niet"), "\(compare.stderr)")
    }

    @Test func scenariosAreListedAndChecked() throws {
        let list = try run(routekaartBinary, ["scenarios"])
        #expect(list.status == 0 && list.stdout.split(separator: "\n").count == 12)
        #expect(list.stdout.contains("agrifood-capital") && list.stdout.contains("Agrifood Capital, Noordoost-Brabant"))
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(files.count == 12)
        for file in files {
            let ok = try run(routekaartBinary, ["scenario", "check", folder.appendingPathComponent(file).path])
            #expect(ok.status == 0 && ok.stdout.hasPrefix("in orde: " + file.dropLast(5)), "\(file): \(ok.stderr)")
        }
        let broken = try write(#"{"format":"routekaart-scenario","schemaVersion":1,"name":"x","region":"r","focus":{"nl":"a","en":"b"},"title":"t","agenda":[{"wegwijzer":4,"minutes":0}]}"#, "kapot.json")
        let result = try run(routekaartBinary, ["scenario", "check", broken])
        #expect(result.status == 1 && result.stderr == "routekaart: \(broken): ongeldig scenario: agenda.0.minutes: must be 1 to 240, not 0\n")
        // `scenario check Scenarios/*.json`: a line for each file in order, then one for each problem.
        let all = try run(routekaartBinary, ["scenario", "check"] + files.sorted().map { folder.appendingPathComponent($0).path } + [broken])
        #expect(all.status == 1 && all.stdout.split(separator: "\n").filter { $0.hasPrefix("in orde: ") }.count == 12, "\(all.stdout)")
        #expect(all.stderr == "routekaart: \(broken): ongeldig scenario: agenda.0.minutes: must be 1 to 240, not 0\n")
    }

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try run(routekaartBinary, ["check"]).status == 2)
        #expect(try run(routekaartBinary, ["--lang", "fr"]).status == 2)
        #expect(try run(routekaartBinary, ["new", "--theme", "paars"]).status == 2)
        let help = try run(routekaartBinary, ["new", "--help"])
        #expect(help.status == 0 && help.stdout.contains("--scenario"))
        #expect(try run(routekaartBinary, ["--version"]).stdout.contains("routekaart"))
    }
}
