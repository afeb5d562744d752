import Foundation
import Testing

/// `routekaart export` and the export key inside the workshop.
@Suite(.serialized) struct ExportEndToEndTests {
    @Test func exportFromTheWorkshopAndFromTheCommandLine() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("E")
        try tmux.waitFor("Exporteren")
        try tmux.keys("Enter")
        try tmux.waitFor("Geëxporteerd naar")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        let file = try #require(tmux.sessionFiles.first)
        let html = String(file.dropLast(5)) + "-rapport.html"
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("Content-Security-Policy") && page.contains("Demo-werkplaats Regio Zwolle"))
        let mode = try FileManager.default.attributesOfItem(atPath: html)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let md = try run(routekaartBinary, ["export", file, "--format", "md"])
        #expect(md.status == 0 && md.stdout.hasPrefix("# Demo-werkplaats Regio Zwolle"))
        let anonymous = try run(routekaartBinary, ["export", file, "--format", "json", "--anonymise"])
        #expect(anonymous.status == 0 && anonymous.stdout.contains("\"name\" : \"P1\"") && !anonymous.stdout.contains("Anouk"))
        let folder = tmux.home + "/csv"
        let csv = try run(routekaartBinary, ["export", file, "--format", "csv", "-o", folder, "--dialect", "excel-nl"])
        #expect(csv.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files == ["actors.csv", "agenda.csv", "agreements.csv", "commitments.csv", "facts.csv", "interests.csv", "participants.csv", "relations.csv", "results.csv", "scores.csv", "votes.csv"])
        let participants = try #require(FileManager.default.contents(atPath: folder + "/participants.csv"))
        #expect(Array(participants.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(try run(routekaartBinary, ["export", file, "--format", "csv"]).status == 2)
        let early = try run(routekaartBinary, ["export", file, "--format", "json", "--at", "1"])
        #expect(early.stdout.contains("\"events\" : 1"))
    }
}
