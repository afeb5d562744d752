import Foundation
import Testing

/// `export -o` never clobbers: not the session, not another session, not a link or a
/// device; an existing file only with --force; `-o -` is standard output.
@Suite struct OutputPathEndToEndTests {
    func export(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try run(routekaartBinary, ["export"] + arguments, environment: ["LANG": "C.UTF-8"])
    }

    @Test func theSessionItsJournalAndOtherSessionsAreNeverOverwritten() throws {
        let file = try makeDemoSession()
        let folder = (file as NSString).deletingLastPathComponent
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let itself = try export([file, "--format", "md", "-o", file, "--force"])
        #expect(itself.status == 1 && itself.stderr.contains("dat is het sessiebestand zelf"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
        let copy = folder + "/andere.json"
        try before.write(to: URL(fileURLWithPath: copy))
        let other = try export([file, "--format", "html", "-o", copy, "--force"])
        #expect(other.status == 1 && other.stderr.contains("dat is een sessiebestand"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
    }

    @Test func anExistingFileNeedsForceAndLinksAndDevicesAreRefused() throws {
        let file = try makeDemoSession()
        let folder = (file as NSString).deletingLastPathComponent
        let report = folder + "/rapport.md"
        try Data("oud".utf8).write(to: URL(fileURLWithPath: report))
        let refused = try export([file, "--format", "md", "-o", report])
        #expect(refused.status == 1 && refused.stderr.contains("bestaat al; --force om te overschrijven"))
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "oud")
        #expect(try export([file, "--format", "md", "-o", report, "--force"]).status == 0)
        #expect(try String(contentsOfFile: report, encoding: .utf8).hasPrefix("#"))

        let target = folder + "/doel.txt", link = folder + "/koppeling.md"
        try Data("doel".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let linked = try export([file, "--format", "md", "-o", link, "--force"])
        #expect(linked.status == 1 && linked.stderr.contains("symbolische koppeling"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "doel")

        let device = try export([file, "--format", "md", "-o", "/dev/null", "--force"])
        #expect(device.status == 1 && device.stderr.contains("is geen gewoon bestand"))
        #expect(FileManager.default.fileExists(atPath: "/dev/null"))

        let dash = try export([file, "--format", "md", "-o", "-"])
        #expect(dash.status == 0 && dash.stdout.hasPrefix("#"))
    }
}
