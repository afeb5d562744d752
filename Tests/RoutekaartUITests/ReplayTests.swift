import RoutekaartCore
import Testing
import TestSupport
@testable import RoutekaartUI

@Suite struct ReplayTests {
    /// The demo, then wegwijzer 3 with notes, a participant, wegwijzer 5 — events minutes apart.
    func recorded() throws -> [RecordedEvent] {
        let app = try demoApp()
        var t = press(app, [.char("3"), .tab, .enter] + type("Samen optrekken") + [.escape])
        t = press(app, [.char("p"), .char("a")] + type("Kees") + [.enter, .char("5")], from: t + 300)
        return app.session.history.events
    }

    @Test func stepsForwardAndBackAndJumpsBetweenWegwijzers() throws {
        let events = try recorded()
        let replay = ReplayController(events: events, language: .nl)
        #expect(replay.position == 0)
        replay.handle(.right, now: t0, width: 120, height: 40)
        replay.handle(.right, now: t0, width: 120, height: 40)
        #expect(replay.position == 2)
        replay.handle(.left, now: t0, width: 120, height: 40)
        #expect(replay.position == 1)
        replay.handle(.char("]"), now: t0, width: 120, height: 40)
        #expect(events[replay.position - 1].event == .wegwijzerOpened(3))
        replay.handle(.char("]"), now: t0, width: 120, height: 40)
        #expect(events[replay.position - 1].event == .wegwijzerOpened(5))
        replay.handle(.char("["), now: t0, width: 120, height: 40)
        #expect(events[replay.position - 1].event == .wegwijzerOpened(3))
        replay.handle(.end, now: t0, width: 120, height: 40)
        #expect(replay.position == events.count)
        #expect(replay.render(width: 120, height: 40, now: t0).text.contains("REPLAY \(events.count)/\(events.count)"))
    }

    @Test func playingCompressesLongPauses() throws {
        let events = try recorded()
        let replay = ReplayController(events: events, language: .nl)
        replay.handle(.char(" "), now: t0, width: 120, height: 40)
        #expect(replay.playing)
        // Five minutes of silence in the log take at most two seconds each at speed 1.
        replay.tick(now: Timestamp(milliseconds: t0.milliseconds + Int64(events.count) * 2_000 + 10))
        #expect(replay.position == events.count)
        #expect(!replay.playing)
    }

    @Test func speedGoesUpAndDownInSteps() {
        let replay = ReplayController(events: [], language: .nl)
        replay.handle(.char("+"), now: t0, width: 120, height: 40)
        replay.handle(.char("+"), now: t0, width: 120, height: 40)
        #expect(replay.speed == 4)
        replay.handle(.char("-"), now: t0, width: 120, height: 40)
        #expect(replay.speed == 2)
    }

    @Test func theDumpIsTheLiveScreenApartFromStatusAndKeys() throws {
        let app = try demoApp()
        press(app, [.char("3"), .tab, .enter] + type("Samen optrekken") + [.escape, .tab])
        let live = app.render(width: 120, height: 40, now: at(100)).text.split(separator: "\n", omittingEmptySubsequences: false)
        let dump = ReplayController.dump(events: app.session.history.events, at: app.session.history.events.count, width: 120, height: 40, language: .nl)
            .split(separator: "\n", omittingEmptySubsequences: false)
        #expect(Array(live[1..<39]) == Array(dump[1..<39]))
        #expect(dump[0].contains("REPLAY"))
        assertGolden(dump.joined(separator: "\n"), named: "replay-dump-120x40")
    }
}
