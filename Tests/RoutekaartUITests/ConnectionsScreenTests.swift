import RoutekaartCore
import Testing
import TestSupport
@testable import RoutekaartUI

/// Wegwijzer 8: differences, what connects, messages.
@Suite struct ConnectionsScreenTests {
    func connectedApp() throws -> WorkshopApp {
        let app = try demoApp()
        var t = press(app, [.char("8"), .char("a")] + type("Bedrijven willen snel, gemeenten per begrotingsjaar") + [.tab, .right, .enter])
        t = press(app, [.char("a")] + type("Iedereen wil dat jongeren blijven") + [.tab, .right, .right, .right, .enter], from: t)
        press(app, [.char("a")] + type("Dit levert leerbanen op") + [.tab, .right, .tab] + type("ondernemersvereniging") + [.enter], from: t)
        return app
    }

    @Test func addEditRemoveAndUndo() throws {
        let app = try connectedApp()
        #expect(app.session.state.connections.map(\.kind) == [.paceDifference, .whatConnects, .message])
        #expect(app.session.state.connections[2].audience == "ondernemersvereniging")
        press(app, [.up, .enter, .end] + type(" en in de stad") + [.enter], from: 100)
        #expect(app.session.state.connections[1].text == "Iedereen wil dat jongeren blijven en in de stad")
        press(app, [.char("d"), .char("j"), .char("u")], from: 120)
        #expect(app.session.state.connections.count == 3)
    }

    @Test func connectionScreens() throws {
        let app = try connectedApp()
        for (w, h) in ScreenSnapshotTests.sizes { assertGolden(app.screen(w, h), named: "connections-\(w)x\(h)") }
    }
}
