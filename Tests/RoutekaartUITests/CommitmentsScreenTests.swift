import RoutekaartCore
import Testing
import TestSupport
@testable import RoutekaartUI

/// Wegwijzer 10, the action list.
@Suite struct CommitmentsScreenTests {
    func listApp() throws -> WorkshopApp {
        let app = try demoApp()
        var t = press(app, [.char("0"), .char("a")] + type("Anouk de Vries") + [.tab] + type("Tien werkervaringsplaatsen") + [.tab] + type("1 maart") + [.tab, .right, .enter])
        t = press(app, [.char("a")] + type("Sander Mulder") + [.tab] + type("Stages afstemmen met bedrijven") + [.tab] + type("1-6-2027") + [.enter], from: t)
        return app
    }

    @Test func addEditRemoveAndUndo() throws {
        let app = try listApp()
        #expect(app.session.state.commitments.map(\.fields) == [
            CommitmentFields(who: "Anouk de Vries", what: "Tien werkervaringsplaatsen", byWhen: "2027-03-01", ownExample: true),
            CommitmentFields(who: "Sander Mulder", what: "Stages afstemmen met bedrijven", byWhen: "2027-06-01"),
        ])
        press(app, [.enter, .tab, .tab, .ctrl("u")] + type("1 juli") + [.enter], from: 100)
        #expect(app.session.state.commitments[1].fields.byWhen == "2027-07-01", "the next 1 July after the session's day")
        press(app, [.up, .char("d"), .char("j")], from: 120)
        #expect(app.session.state.commitments.map(\.id) == ["t2"])
        press(app, [.char("u")], from: 130)
        #expect(app.session.state.commitments.map(\.id) == ["t1", "t2"])
        press(app, [.char("a"), .tab] + type("zonder wie") + [.tab, .ctrl("u"), .enter], from: 140)
        #expect(app.session.state.commitments.count == 3)
        press(app, [.char("a"), .enter], from: 150)
        guard case let .form(_, form) = app.view.overlay else { Issue.record("the form closed"); return }
        #expect(form.problem == "Er staat nog niets: vul eerst de tekst in.")
    }

    @Test func actionListScreens() throws {
        let app = try listApp()
        for (w, h) in ScreenSnapshotTests.sizes { assertGolden(app.screen(w, h), named: "action-list-\(w)x\(h)") }
        assertGolden(try demoApp().screenAfter([.char("0")], 80, 24), named: "action-list-empty-80x24")
    }

    @Test func datesAreReadInTheRoomsWordsAndShownInTheLanguage() throws {
        let app = try demoApp()
        press(app, [.char("0"), .char("a")] + type("Anouk") + [.tab] + type("Plan") + [.tab] + type("voor de zomer") + [.enter])
        let refused = app.screen(120, 40, at: 10)
        #expect(refused.contains("'voor de zomer' is geen datum; bijvoorbeeld 1-3-2027 of 1 maart 2027"), "\(refused)")
        #expect(app.session.state.commitments.isEmpty, "nothing recorded, the text stays in the form")
        press(app, [.ctrl("u")] + type("1 maart 2027") + [.enter], from: 20)
        #expect(app.session.state.commitments.map(\.fields.byWhen) == ["2027-03-01"])
        #expect(app.screen(120, 40, at: 30).contains("1 mrt 2027"))
        let en = try demoApp(language: .en)
        press(en, [.char("0"), .char("a")] + type("Anouk") + [.tab] + type("Plan") + [.tab] + type("2027-03-01") + [.enter])
        #expect(en.screen(120, 40, at: 10).contains("1 Mar 2027"))
    }
}

extension WorkshopApp {
    func screenAfter(_ keys: [Key], _ width: Int, _ height: Int) -> String {
        press(self, keys)
        return screen(width, height)
    }
}
