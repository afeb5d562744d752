import Foundation
@testable import RoutekaartCore
import Testing
@testable import RoutekaartUI

/// The run loop sleeps until `nextWake`: what the screen shows must not change before it
/// (or the projector would show a stale countdown), and sleeping must not end sooner than
/// needed (a laptop on battery wakes once a minute, or once a second for a countdown).
@Suite struct IdleWakeTests {
    func ms(_ t: Timestamp, plus delta: Int64) -> Timestamp { Timestamp(milliseconds: t.milliseconds + delta) }

    /// From `start`, follows the wakes for `span` ms: every frame just before a wake equals
    /// the frame at the moment before; returns the number of wakes.
    func followWakes(_ app: WorkshopApp, from start: Timestamp, span: Int64) -> Int {
        var now = start
        var wakes = 0
        while now.milliseconds < start.milliseconds + span {
            app.tick(now: now)
            let shown = app.render(width: 120, height: 40, now: now)
            let wake = app.nextWake(now: now)!
            #expect(wake > now, "a wake at once at \(now.milliseconds - start.milliseconds) ms")
            if wake.milliseconds > start.milliseconds + span { break }
            for probe in [ms(now, plus: 1), ms(now, plus: (wake.milliseconds - now.milliseconds) / 2), ms(wake, plus: -1)] where probe < wake {
                #expect(app.render(width: 120, height: 40, now: probe) == shown, "changed before the wake, at \(probe.milliseconds - start.milliseconds) ms")
            }
            now = wake
            wakes += 1
        }
        return wakes
    }

    @Test func theRouteMapWakesOnceAMinuteForTheClock() throws {
        let app = try demoApp()
        let start = ms(at(0), plus: 30_250)
        let wakes = followWakes(app, from: start, span: 5 * 60_000)
        #expect(wakes == 5)
        // The wake is the clock's next minute, in local time (UTC+1 here), and it changes the status bar.
        let wake = app.nextWake(now: start)!
        #expect(wake.milliseconds % 60_000 == 0)
        #expect(app.render(width: 120, height: 40, now: wake) != app.render(width: 120, height: 40, now: ms(wake, plus: -1)))
    }

    @Test func aRunningCountdownWakesOnceASecondAndSaysWhenTimeIsUp() throws {
        let app = try demoApp()
        app.handle(.char("1"), now: ms(at(0), plus: 370), width: 120, height: 40)  // 15 minutes planned
        let start = ms(at(14 * 60 + 50), plus: 120)
        let wakes = followWakes(app, from: start, span: 20_000)
        // One a second; besides, the end of the "time is up" message and the minute spent.
        #expect((20...22).contains(wakes), "\(wakes) wakes in 20 s")
        #expect(app.render(width: 120, height: 40, now: ms(start, plus: 20_000)).text.contains("⏱ tijd om +00:09"))
        // Paused, the countdown stands still: back to the clock's minute.
        app.handle(.char("T"), now: ms(start, plus: 20_000), width: 120, height: 40)
        #expect(app.session.state.timerPaused)
        let now = ms(start, plus: 21_000)
        #expect(app.nextWake(now: now)!.milliseconds - now.milliseconds > 1_000)
    }

    /// Like a kitchen timer: the planned time shows for the whole first second (so opening
    /// a wegwijzer is one frame, not a second one a millisecond later), 00:00 only when the
    /// time is up, and "time is up" the millisecond after.
    @Test func theCountdownShowsASecondUntilItHasPassedWhole() throws {
        let app = try demoApp()
        let opened = ms(at(0), plus: 370)
        app.handle(.char("1"), now: opened, width: 120, height: 40)  // 15 minutes planned
        func shown(after delta: Int64) -> String { app.render(width: 120, height: 40, now: ms(opened, plus: delta)).text }
        #expect(shown(after: 0).contains("⏱ 15:00") && shown(after: 999).contains("⏱ 15:00"))
        #expect(shown(after: 1_000).contains("⏱ 14:59"))
        #expect(app.nextWake(now: opened) == ms(opened, plus: 1_000))
        #expect(shown(after: 15 * 60_000 - 1).contains("⏱ 00:01") && shown(after: 15 * 60_000).contains("⏱ 00:00"))
        #expect(shown(after: 15 * 60_000 + 1).contains("⏱ tijd om +00:00"))
    }

    @Test func aMessageAndTypedNotesWakeWhenTheyAreDue() throws {
        let app = try demoApp()
        app.handle(.char("T"), now: at(10), width: 120, height: 40)  // "timer paused" is said for a while
        let flash = try #require(app.view.flash)
        #expect(app.nextWake(now: at(11)) == flash.until)
        app.tick(now: flash.until)
        #expect(app.view.flash == nil)

        press(app, [.char("3"), .tab, .enter], from: 100)
        press(app, type("wat de zaal zei"), from: 103)
        let lastKey = at(117)
        #expect(app.nextWake(now: ms(lastKey, plus: 100)) == ms(lastKey, plus: app.environment.notesIdleMilliseconds))
    }

    /// A disk that fills up when told to.
    final class DiskThatFills: SessionStorage {
        let path = "/stand-in/s.json"
        var journalEvents = 0
        var full = false
        func append(_ events: [RecordedEvent]) throws {
            if full { throw StoreError(operation: "write", path: path, code: ENOSPC) }
            journalEvents += events.count
        }
        func compact(_ file: SessionFile) throws {
            if full { throw StoreError(operation: "write", path: path, code: ENOSPC) }
            journalEvents = 0
        }
    }

    /// A screen switch is journaled a moment after its frame is out (the loop wakes for
    /// it); when that write fails, the facilitator hears it at once: the loop is asked for
    /// a frame now, which says so.
    @Test func aScreenSwitchThatCannotBeWrittenAfterItsFrameIsToldAtOnce() throws {
        let disk = DiskThatFills()
        let session = LiveSession(history: SessionHistory(), created: t0, storage: disk, now: t0)
        for command in Scenario.builtIn("demo")!.startCommands(date: "2026-11-29") { try session.execute(command, at: t0) }
        session.defersNavigation = true
        let app = WorkshopApp(session: session, language: .nl, environment: AppEnvironment(utcOffsetSeconds: 3600), now: t0)
        disk.full = true
        app.handle(.char("3"), now: at(1), width: 120, height: 40)
        let shown = app.screen(120, 40)
        #expect(shown.contains("opgeslagen") && !shown.contains("NIET OPGESLAGEN"))
        app.frameShown(now: at(1))
        let moment = ms(at(1), plus: WorkshopApp.stepsWriteDelayMilliseconds)
        #expect(app.nextWake(now: at(1)) == moment)
        app.tick(now: ms(moment, plus: -1))
        #expect(!session.needsSaving && session.hasDeferredSteps)
        app.tick(now: moment)
        #expect(session.needsSaving && app.nextWake(now: moment) == moment)
        let told = app.screen(120, 40)
        #expect(told.contains("NIET OPGESLAGEN") && told.contains("Opslaan lukt niet") && told.contains("Oorzaak: de schijf is vol."), "\(told)")
        #expect(app.nextWake(now: moment)! > moment)
    }

    /// Quitting while the disk is full says what is not saved, and why, in the language of the screen.
    @Test(arguments: [(Language.nl, "Let op: niet alles is opgeslagen, want de schijf is vol!"),
                      (.en, "Warning: not everything is saved, because the disk is full!")])
    func quittingWhileSavingFailsSaysWhy(_ language: Language, _ warning: String) throws {
        let disk = DiskThatFills()
        let session = LiveSession(history: SessionHistory(), created: t0, storage: disk, now: t0)
        for command in Scenario.builtIn("demo")!.startCommands(date: "2026-11-29") { try session.execute(command, at: t0) }
        let app = WorkshopApp(session: session, language: language, environment: AppEnvironment(utcOffsetSeconds: 3600), now: t0)
        disk.full = true
        press(app, [.char("3"), .char("q")], from: 1)
        #expect(session.needsSaving)
        #expect(app.screen(120, 40).contains(warning), "\(app.screen(120, 40))")
    }
}
