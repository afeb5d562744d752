import RoutekaartCore
import Testing
@testable import RoutekaartUI

/// The agenda: minutes per wegwijzer, the countdown in the status bar, planned against spent.
@Suite struct AgendaTests {
    @Test func theDemoStartsWithTheScenarioAgenda() throws {
        let app = try demoApp()
        #expect(app.session.state.agenda.map(\.wegwijzer) == [1, 2, 4, 5, 7, 10])
        #expect(app.session.state.plannedMinutes(4) == 30)
    }

    @Test func theTimerCountsDownAndSaysWhenTimeIsUp() throws {
        let app = try demoApp()
        app.handle(.char("1"), now: at(0), width: 120, height: 40)  // 15 minutes planned
        #expect(app.render(width: 120, height: 40, now: at(60)).text.contains("⏱ 14:00"))
        #expect(app.render(width: 120, height: 40, now: at(61)).text.contains("⏱ 13:59"))
        #expect(app.render(width: 120, height: 40, now: at(15 * 60 + 70)).text.contains("⏱ tijd om +01:10"))
        app.handle(.escape, now: at(20 * 60), width: 120, height: 40)
        #expect(!app.render(width: 120, height: 40, now: at(21 * 60)).text.contains("⏱"))
        #expect(app.render(width: 120, height: 40, now: at(21 * 60)).text.contains("20/15 min"))
    }

    @Test func theCountdownFollowsTheLogAsItGrows() throws {
        let app = try demoApp()
        app.handle(.char("1"), now: at(0), width: 120, height: 40)  // 15 minutes planned
        #expect(app.render(width: 120, height: 40, now: at(60)).text.contains("⏱ 14:00"))
        // More events (a change, a visit elsewhere, back again) are taken in as they come.
        try app.session.execute(.editNotes(wegwijzer: 1, text: "cijfers"), at: at(90))
        #expect(app.render(width: 120, height: 40, now: at(120)).text.contains("⏱ 13:00"))
        app.handle(.char("2"), now: at(180), width: 120, height: 40)
        app.handle(.char("1"), now: at(600), width: 120, height: 40)
        #expect(app.render(width: 120, height: 40, now: at(660)).text.contains("⏱ 11:00"))
        app.handle(.escape, now: at(660), width: 120, height: 40)
        let overview = app.render(width: 120, height: 40, now: at(700)).text
        #expect(overview.contains("4/15 min"))  // 0–180 s and 600–660 s
        #expect(overview.contains("7/20 min"))  // 180–600 s
    }

    @Test func timeUpIsSaidOnceQuietlyAndAgainAfterMoreMinutes() throws {
        let app = try demoApp()
        app.handle(.char("1"), now: at(0), width: 120, height: 40)  // 15 minutes planned
        app.tick(now: at(15 * 60 - 1))
        #expect(app.view.flash == nil)
        app.tick(now: at(15 * 60 + 1))
        let message = "⏱ De tijd voor wegwijzer 1 is om. V geeft 5 minuten erbij, T pauzeert."
        let frame = app.render(width: 120, height: 40, now: at(15 * 60 + 1))
        #expect(frame.text.contains(message))
        #expect(!frame.bell)  // no bell unless asked for
        // Said once: after the message has gone it does not come back by itself.
        app.tick(now: at(16 * 60 + 30))
        app.tick(now: at(16 * 60 + 31))
        #expect(app.view.flash == nil)
        // Five more minutes, and when those run out it is said again.
        app.handle(.char("V"), now: at(17 * 60), width: 120, height: 40)
        app.tick(now: at(17 * 60 + 1))
        #expect(app.view.timeUpAnnounced == nil)
        app.tick(now: at(20 * 60 + 1))
        #expect(app.render(width: 120, height: 40, now: at(20 * 60 + 1)).text.contains(message))
        #expect(app.render(width: 120, height: 40, now: at(20 * 60 + 2)).bell == false)  // once
    }

    @Test func theBellRingsInTheFrameThatFirstSaysTimeIsUp() throws {
        let app = try demoApp(environment: AppEnvironment(utcOffsetSeconds: 3600, bellAtZero: true))
        app.handle(.char("1"), now: at(0), width: 120, height: 40)
        app.tick(now: at(15 * 60 + 1))
        #expect(app.render(width: 120, height: 40, now: at(15 * 60 + 1)).bell)
        #expect(!app.render(width: 120, height: 40, now: at(15 * 60 + 2)).bell)
    }

    @Test func thePausedTimerStandsStillAndVGivesFiveMinutes() throws {
        let app = try demoApp()
        app.handle(.char("1"), now: at(0), width: 120, height: 40)  // 15 minutes planned
        app.handle(.char("T"), now: at(60), width: 120, height: 40)
        #expect(app.session.state.timerPaused)
        #expect(app.render(width: 120, height: 40, now: at(61)).text.contains("⏸ Tijd gepauzeerd; T laat hem weer lopen."))
        #expect(app.render(width: 120, height: 40, now: at(300)).text.contains("⏱ 14:00 ⏸ pauze │"))
        app.handle(.char("T"), now: at(300), width: 120, height: 40)
        #expect(app.render(width: 120, height: 40, now: at(310)).text.contains("⏱ 13:50 │"))
        app.handle(.char("V"), now: at(310), width: 120, height: 40)
        #expect(app.session.state.plannedMinutes(1) == 20)
        #expect(app.render(width: 120, height: 40, now: at(310)).text.contains("⏱ 18:50 │"))
        // Wegwijzer 3 is not on the agenda: V says so and changes nothing.
        app.handle(.char("3"), now: at(320), width: 120, height: 40)
        app.handle(.char("V"), now: at(321), width: 120, height: 40)
        #expect(app.render(width: 120, height: 40, now: at(322)).text.contains("Wegwijzer 3 staat niet op de agenda; A zet er minuten bij."))
        #expect(app.session.state.plannedMinutes(3) == nil)
    }

    @Test func theAgendaIsEditedInAForm() throws {
        let app = try demoApp()
        var keys: [Key] = [.char("A")]
        keys += Array(repeating: Key.tab, count: 2) + [.ctrl("u")] + type("45")  // wegwijzer 3: 45 minutes
        keys += [.tab, .ctrl("u")]  // wegwijzer 4: off the agenda
        keys.append(.enter)
        press(app, keys)
        #expect(app.session.state.plannedMinutes(3) == 45)
        #expect(app.session.state.plannedMinutes(4) == nil)
        press(app, [.char("A"), .ctrl("u")] + type("veel") + [.enter], from: 50)
        guard case let .form(_, form) = app.view.overlay else { Issue.record("form closed"); return }
        #expect(form.problem == "Wegwijzer 1: vul een aantal minuten in, of laat het leeg.")
        press(app, [.ctrl("u")] + type("500") + [.enter], from: 60)
        guard case let .form(_, again) = app.view.overlay else { Issue.record("form closed"); return }
        #expect(again.problem == "Een agendapunt duurt 1 tot en met 240 minuten, niet 500.")
    }

    @Test func theAgendaFormFitsAt80x24() throws {
        let app = try demoApp()
        press(app, [.char("A")])
        let screen = app.screen(80, 24)
        for w in Method.wegwijzers { #expect(screen.contains("\(w.number). " + String(w.title.nl.prefix(10))), "\(w.number)") }
    }
}
