import Foundation
import Testing

/// One writer per session: a second window on the same file opens it read-only, and the
/// first window's changes are the ones kept.
@Suite struct OneWriterEndToEndTests {
    @Test func aSecondWindowOnTheSameSessionOpensReadOnly() throws {
        let path = try makeDemoSession()
        let first = try TmuxSession(["open", path])
        try first.waitFor("Laat de feiten spreken")

        let second = try TmuxSession(["open", path])
        try second.waitFor("de sessie is al open in een ander routekaart-venster (proces \(try first.programPID()))")
        try second.keys("q", "Enter")
        try second.waitForExit()
        #expect(try second.screen().contains("Alleen gelezen, niets opgeslagen"))

        try first.keys("x")
        try first.waitFor("✓ klaar")
        try first.keys("q", "Enter")
        try first.waitForExit()
        #expect(try first.exitStatus() == 0)
        let report = try run(routekaartBinary, ["export", path, "--format", "md"])
        #expect(report.stdout.contains("| 1 | Laat de feiten spreken | klaar |"), "\(report.stdout.prefix(600))")

        // With the first window gone, the session opens for writing again.
        let third = try TmuxSession(["open", path])
        try third.waitFor("Laat de feiten spreken")
        #expect(try !third.screen().contains("alleen-lezen"))
        try third.keys("q", "Enter")
        try third.waitForExit()
    }
}
