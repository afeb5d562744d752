import Foundation
import Testing

/// Replay and dump with the real binary.
@Suite(.serialized) struct ReplayEndToEndTests {
    @Test func theDumpEqualsTheLiveScreenAndReplayPlaysAndStepsBack() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("3")
        try tmux.waitFor("3. Denk domeinoverschrijdend")
        try tmux.keys("Tab", "Enter")
        try tmux.type("EZ en SZW praten te weinig met elkaar; coördinatie ontbreekt.")
        try tmux.keys("Escape")
        try tmux.waitFor("the note saved and typing stopped") {
            $0.contains("● opgeslagen") && $0.contains("coördinatie") && !$0.contains("klaar met typen")
        }
        // A replay opens a wegwijzer on its first part, as the live screen does after Tab.
        try tmux.keys("Tab")
        try tmux.waitFor("[ Domeinen ]")
        let live = try tmux.screen().split(separator: "\n", omittingEmptySubsequences: false)
        let file = try #require(tmux.sessionFiles.first)
        let check = try run(routekaartBinary, ["check", file])
        let count = try #require(check.stdout.split(separator: "\n").first { $0.contains("gebeurtenissen:") }
            .flatMap { Int($0.split(separator: ":")[1].split(separator: " ")[0]) })
        // More happens after the chosen moment.
        try tmux.keys("5")
        try tmux.waitFor("[ Stemmen ]")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()

        let dump = try run(routekaartBinary, ["replay", file, "--at", "\(count)", "--dump", "--size", "120x40"])
        #expect(dump.status == 0, "\(dump.stderr)")
        let lines = dump.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0].contains("REPLAY \(count)/"))
        #expect(Array(lines[1..<39]) == Array(live[1..<39]), "dump:\n\(dump.stdout)\nlive:\n\(live.joined(separator: "\n"))")

        let replay = try TmuxSession(["replay", file, "--speed", "32"], home: tmux.home)
        try replay.waitFor("REPLAY 0/")
        let total = try #require(try replay.screen().split(separator: "\n").first { $0.contains("REPLAY 0/") }
            .flatMap { line in line.split(separator: "/").last.flatMap { Int($0.prefix { $0.isNumber }) } })
        try replay.keys("Space")
        try replay.waitFor("REPLAY \(total)/\(total)", timeout: 15)
        #expect(try replay.screen().contains("5. Kies bewust een sturingsprincipe"))
        try replay.keys("Left")
        try replay.waitFor("REPLAY \(total - 1)/\(total)")
        try replay.keys("[")
        try replay.waitFor("3. Denk domeinoverschrijdend")
        try replay.keys("q")
        try replay.waitForExit()
        #expect(try replay.exitStatus() == 0)
    }
}
