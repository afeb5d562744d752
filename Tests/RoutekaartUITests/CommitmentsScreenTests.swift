import RoutekaartCore
import Testing
import TestSupport
@testable import RoutekaartUI

/// Wegwijzer 10, the action list.
@Suite struct CommitmentsScreenTests {
    func listApp() throws -> WorkshopApp {
        let app = try demoApp()
        var t = press(app, [.char("0"), .char("a")] + type("Anouk de Vries") + [.tab] + type("Tien werkervaringsplaatsen") + [.tab] + type("1 maart") + [.tab, .right, .enter])
        t = press(app, [.char("a")] + type("Sander Mulder") + [.tab] + type("Stages afstemmen met bedrijven") + [.tab] + type("voor de zomer") + [.enter], from: t)
        return app
    }

    @Test func addEditRemoveAndUndo() throws {
        let app = try listApp()
        #expect(app.session.state.commitments.map(\.fields) == [
            CommitmentFields(who: "Anouk de Vries", what: "Tien werkervaringsplaatsen", byWhen: "1 maart", ownExample: true),
            CommitmentFields(who: "Sander Mulder", what: "Stages afstemmen met bedrijven", byWhen: "voor de zomer"),
        ])
        press(app, [.enter, .tab, .tab, .ctrl("u")] + type("1 juni") + [.enter], from: 100)
        #expect(app.session.state.commitments[1].fields.byWhen == "1 juni")
        press(app, [.up, .char("d"), .char("j")], from: 120)
        #expect(app.session.state.commitments.map(\.id) == ["t2"])
        press(app, [.char("u")], from: 130)
        #expect(app.session.state.commitments.map(\.id) == ["t1", "t2"])
        press(app, [.char("a"), .tab] + type("zonder wie") + [.enter], from: 140)
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
}

extension WorkshopApp {
    func screenAfter(_ keys: [Key], _ width: Int, _ height: Int) -> String {
        press(self, keys)
        return screen(width, height)
    }
}
