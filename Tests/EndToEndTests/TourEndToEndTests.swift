import Foundation
import Testing

/// The first run of the demo shows a short guided tour, and never again once dismissed.
@Suite(.serialized) struct TourEndToEndTests {
    @Test func theTourShowsOnceAndCanBeFinishedOrSkipped() throws {
        let first = try TmuxSession([], tour: true)
        try first.waitFor("Welkom bij routekaart")
        #expect(try first.screen().contains("1/5"))
        try first.keys("Enter")
        try first.waitFor("De vijf routepunten")
        try first.keys("Enter")
        try first.waitFor("Een wegwijzer openen")
        try first.keys("Enter", "Enter")
        try first.waitFor("Alles wordt bewaard")
        #expect(try first.screen().contains("/data/routekaart/sessions/"))
        try first.keys("Enter")
        try first.waitFor("tour closed") { !$0.contains("Alles wordt bewaard") && $0.contains("? help") }
        try first.keys("q", "Enter")
        try first.waitForExit()

        let second = try TmuxSession([], home: first.home, tour: true)
        try second.waitFor("Laat de feiten spreken")
        usleep(300_000)
        #expect(!(try second.screen().contains("Welkom bij routekaart")))
        try second.keys("q", "Enter")
        try second.waitForExit()

        let skipped = try TmuxSession([], tour: true)
        try skipped.waitFor("Welkom bij routekaart")
        try skipped.keys("Escape")
        try skipped.waitFor("tour skipped") { !$0.contains("Welkom bij routekaart") }
        #expect(FileManager.default.fileExists(atPath: skipped.home + "/data/routekaart/rondleiding-gezien"))
    }
}
