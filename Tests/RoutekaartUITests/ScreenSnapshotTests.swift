import RoutekaartCore
import Testing
import TestSupport
@testable import RoutekaartUI

/// Every screen at 80×24 and 120×40, compared with the golden files.
@Suite struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    @Test func overview() throws {
        let app = try demoApp()
        press(app, [.char("2"), .char("x"), .escape, .char("3"), .escape, .down, .down, .down])
        for (w, h) in Self.sizes { assertGolden(app.screen(w, h), named: "overview-\(w)x\(h)") }
    }

    @Test func overviewInEnglish() throws {
        let app = try demoApp(language: .en)
        for (w, h) in Self.sizes { assertGolden(app.screen(w, h), named: "overview-en-\(w)x\(h)") }
    }

    @Test func wegwijzerWithNotes() throws {
        let app = try demoApp()
        let t = press(app, [.char("8"), .tab, .enter] + type("De zaal: UWV en het ROC spreken een andere taal.") + [.enter] + type("Vraag aan Noël: wat verbindt ons? 中文 ✓"))
        press(app, [.escape], from: t)
        for (w, h) in Self.sizes { assertGolden(app.screen(w, h), named: "wegwijzer-8-\(w)x\(h)") }
    }

    @Test func wegwijzerWhileTyping() throws {
        let app = try demoApp()
        press(app, [.char("3"), .tab, .char("e")] + type("EZ en SZW: eerst intern samenwerken."))
        for (w, h) in Self.sizes { assertGolden(app.screen(w, h, at: 40), named: "wegwijzer-3-typing-\(w)x\(h)") }
    }

    @Test func everyWegwijzerFitsAt80x24() throws {
        let app = try demoApp()
        for w in Method.wegwijzers {
            press(app, [.char(w.shortcut)])
            // Wegwijzers with a capture screen show guidance and notes one Tab further.
            for _ in 1..<WegwijzerPanes.of(w.number).count { press(app, [.tab]) }
            #expect(WegwijzerPanes.current(w.number, in: app.view).name == NotesPane.name)
            let text = app.screen(80, 24)
            #expect(text.contains("\(w.number). \(w.title.nl)"))
            for q in w.questions { #expect(text.contains(String(q.nl.prefix(20))), "wegwijzer \(w.number): \(q.nl)") }
            #expect(text.contains("┌─ Notities"), "wegwijzer \(w.number) has no notes panel")
        }
    }

    @Test func participants() throws {
        let app = try demoApp()
        press(app, [.char("p"), .down, .down])
        for (w, h) in Self.sizes { assertGolden(app.screen(w, h), named: "participants-\(w)x\(h)") }
    }

    @Test func participantForm() throws {
        let app = try demoApp()
        press(app, [.char("p"), .char("a")] + type("Zoë") + [.tab] + type("Gemeente Hattem") + [.tab, .right, .right])
        for (w, h) in Self.sizes { assertGolden(app.screen(w, h), named: "participant-form-\(w)x\(h)") }
    }

    @Test func help() throws {
        let app = try demoApp()
        press(app, [.char("?")])
        for (w, h) in Self.sizes { assertGolden(app.screen(w, h), named: "help-\(w)x\(h)") }
    }

    @Test func quitQuestion() throws {
        let app = try demoApp()
        press(app, [.char("q")])
        assertGolden(app.screen(80, 24), named: "quit-80x24")
    }

    @Test func sessionDetails() throws {
        let app = try demoApp()
        press(app, [.char("i")])
        assertGolden(app.screen(80, 24), named: "details-80x24")
    }

    @Test func tooSmall() throws {
        let app = try demoApp()
        assertGolden(app.screen(60, 15), named: "too-small-60x15")
        assertGolden(try demoApp(language: .en).screen(79, 24), named: "too-small-en-79x24")
    }
}

/// The help lists every key of every screen at 80×24, in two columns when needed.
@Suite struct HelpCompletenessTests {
    @Test func everyKeyOfEveryPaneIsInTheHelpAt80x24() throws {
        for number in 1...10 {
            for paneIndex in WegwijzerPanes.of(number).indices {
                let app = try demoApp()
                press(app, [.char(Method.wegwijzer(number)!.shortcut)])
                for _ in 0..<paneIndex { press(app, [.tab]) }
                let context = ScreenContext(state: app.session.state, language: .nl, view: app.view, now: t0, utcOffsetSeconds: 0)
                let hints = WegwijzerScreen.keyHints(number: number, view: app.view, context: context)
                press(app, [.char("?")])
                let text = app.screen(80, 24)
                for h in hints + GlobalKeys.hints {
                    #expect(text.contains(h.label.nl), "wegwijzer \(number), pane \(paneIndex): \(h.label.nl) missing")
                }
            }
        }
    }
}
