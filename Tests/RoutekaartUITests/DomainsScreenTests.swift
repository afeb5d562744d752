import RoutekaartCore
import Testing
import TestSupport
@testable import RoutekaartUI

/// Wegwijzer 3, the domains and the matrix of links between them.
@Suite struct DomainsScreenTests {
    /// EZ, SZW and Onderwijs in place; EZ–SZW strong, EZ–Onderwijs marked missing; a
    /// fourth domain (Wonen) added through the form with its holders.
    func domainsApp() throws -> WorkshopApp {
        let app = try demoApp()
        var t = press(app, [.char("3"), .char("c"), .right, .char(" "), .right, .char(" "), .char(" "), .char(" ")])
        t = press(app, [.char("a"), .right, .right, .right, .right, .tab] + type("Wonen en ruimte") + [.tab] + type("wethouder Wonen")
                  + [.tab] + type("Ruimte") + [.enter], from: t)
        return app
    }

    @Test func domainsAndLinksAreCaptured() throws {
        let app = try domainsApp()
        let state = app.session.state
        #expect(state.domains.map(\.fields.kind) == [.economicAffairs, .socialAffairs, .education, .housing])
        #expect(state.domains[3].fields == DomainFields(kind: .housing, name: "Wonen en ruimte", portfolio: "wethouder Wonen", department: "Ruimte", network: ""))
        let (ez, szw, ow) = (state.domains[0].id, state.domains[1].id, state.domains[2].id)
        #expect(state.domainLinks[WorkshopState.linkKey(ez, szw)] == .strong)
        #expect(state.domainLinks[WorkshopState.linkKey(ow, ez)] == .missing)
        #expect(state.missingCoreLinks.map { [$0.0.id, $0.1.id] } == [[ez, ow], [szw, ow]])
        let screen = app.screen(120, 40)
        #expect(screen.contains("⚠ Ontbrekende verbinding: EZ — OND, SZW — OND"))
        // Pressing c again adds nothing: the three core domains are there.
        press(app, [.char("c")], from: 200)
        #expect(app.session.state.domains.count == 4)
    }

    @Test func removingADomainDropsItsLinksAndUndoBringsThemBack() throws {
        let app = try domainsApp()
        press(app, [.char("d"), .char("j")], from: 200)
        #expect(app.session.state.domains.count == 3)
        #expect(app.session.state.domains.map(\.fields.kind) == [.socialAffairs, .education, .housing])
        #expect(app.session.state.domainLinks.isEmpty)
        press(app, [.char("u")], from: 210)
        #expect(app.session.state.domains.count == 4)
        #expect(app.session.state.domainLinks[WorkshopState.linkKey(app.session.state.domains[0].id, app.session.state.domains[1].id)] == .strong)
    }

    @Test func aDomainIsEditedAndTheEditUndone() throws {
        let app = try domainsApp()
        // The matrix cursor is on the first row (EZ); Enter opens its domain.
        let t = press(app, [.enter, .tab, .tab] + type("wethouder Economie") + [.enter], from: 200)
        #expect(app.view.overlay == nil)
        #expect(app.session.state.domains[0].fields.portfolio == "wethouder Economie")
        #expect(app.screen(120, 40, at: t).contains("wethouder Economie"))
        press(app, [.char("u")], from: t)
        #expect(app.session.state.domains[0].fields.portfolio == "")
    }

    @Test func domainsScreens() throws {
        let app = try domainsApp()
        for (w, h) in ScreenSnapshotTests.sizes { assertGolden(app.screen(w, h), named: "domains-\(w)x\(h)") }
    }
}
