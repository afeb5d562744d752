import RoutekaartCore
import Testing
import TestSupport
@testable import RoutekaartUI

/// Wegwijzer 4 driven by keys, and its golden screens.
@Suite struct NetworkScreenTests {
    static let actors: [ActorFields] = [
        ActorFields(name: "Gemeente Zwolle", kind: .municipality, ownMunicipality: true, person: "Anouk de Vries", closeness: 1, couldOwn: true),
        ActorFields(name: "Techniek IJsseldelta", kind: .company, closeness: 2),
        ActorFields(name: "ROC Deltion", kind: .education, closeness: 2),
        ActorFields(name: "UWV Regio", kind: .uwv, closeness: 3),
        ActorFields(name: "FNV", kind: .employeesOrganisation, closeness: 4),
        ActorFields(name: "Windesheim", kind: .knowledgeInstitution, closeness: 5),
    ]

    /// The demo with six actors and five relations, laid out, on wegwijzer 4.
    func networkApp(language: Language = .nl) throws -> WorkshopApp {
        let app = try demoApp(language: language)
        var commands = Self.actors.map { WorkshopCommand.add(Actor(fields: $0)) }
        commands += [
            .add(Relation(fields: RelationFields(from: "n1", to: "n2", strength: .strong, quality: .trust, formal: true))),
            .add(Relation(fields: RelationFields(from: "n1", to: "n3", strength: .strong, quality: .neutral))),
            .add(Relation(fields: RelationFields(from: "n1", to: "n4", strength: .weak, quality: .tension))),
            .add(Relation(fields: RelationFields(from: "n4", to: "n5", strength: .weak, quality: .neutral))),
            .add(Relation(fields: RelationFields(from: "n2", to: "n3", strength: .strong, quality: .trust))),
            .layOutNetwork,
        ]
        for c in commands { try app.session.execute(c, at: at(0)) }
        press(app, [.char("4")])
        return app
    }

    @Test func addingAnActorThroughTheForm() throws {
        let app = try demoApp()
        press(app, [.char("4"), .char("a")] + type("Provincie Overijssel") + [.tab, .right, .right, .enter])
        let actor = try #require(app.session.state.actors.first)
        #expect(actor.fields.name == "Provincie Overijssel")
        #expect(actor.fields.kind == .province)  // from "anders": → gemeente, → provincie
    }

    @Test func movingATokenIsAnEventAndPinsIt() throws {
        let app = try networkApp()
        let before = try #require(app.session.state.actor("n1")).position
        press(app, [.right, .right, .char("J")], from: 10)
        let after = try #require(app.session.state.actor("n1"))
        #expect(after.position == BoardPoint(x: before.x + 8, y: before.y + 20))
        #expect(after.pinned)
        #expect(after.fields.closeness == after.position.ring)
        #expect(app.session.history.events.suffix(3).allSatisfy { if case .actorMoved = $0.event { true } else { false } })
    }

    @Test func greaterThanCyclesTheSelectionAndSlashFindsByName() throws {
        let app = try networkApp()
        press(app, [.char(">"), .char(">")], from: 10)
        #expect(app.view.panes.network.selected == "n3")
        press(app, [.char("/")] + type("wind") + [.enter], from: 20)
        #expect(app.view.panes.network.selected == "n6")
        #expect(app.view.panes.network.finding == nil)
        #expect(app.view.screen == .wegwijzer(4))
    }

    @Test func aRelationByKeyboardWithTypeToFind() throws {
        let app = try networkApp()
        press(app, [.char("/")] + type("fnv") + [.enter, .char("l")] + type("wind") + [.enter], from: 10)
        guard case .form(.addRelation(from: "n5", to: "n6"), _) = app.view.overlay else { Issue.record("\(String(describing: app.view.overlay))"); return }
        press(app, [.right, .tab, .right, .enter], from: 30)
        #expect(app.session.state.relations.last?.fields == RelationFields(from: "n5", to: "n6", strength: .weak, quality: .tension))
    }

    @Test func theAnalysisPanelChangesWithTheNetwork() throws {
        let app = try networkApp()
        // The panel as one text: its lines are wrapped at the panel's width.
        func panel() -> String {
            app.screen(120, 40).split(separator: "\n").compactMap { line in line.split(separator: "│").last.map(String.init) }.joined(separator: " ")
        }
        var text = panel()
        #expect(text.contains("○ Zonder relatie: Windesheim"))
        #expect(text.contains("⇄ Bruggen: 1. Gemeente Zwolle, 2. UWV Regio"))
        #expect(text.contains("✗ Niet aan tafel: burgers"))
        press(app, [.char("/")] + type("wind") + [.enter, .char("l")] + type("uwv") + [.enter, .enter], from: 10)
        text = panel()
        #expect(!text.contains("Zonder relatie"))
        #expect(text.contains("⇄ Bruggen: 1. UWV Regio, 2. Gemeente Zwolle"))
    }

    @Test func removingAnActorAsksAndTakesItsRelations() throws {
        let app = try networkApp()
        press(app, [.char("d")], from: 10)
        #expect(app.view.overlay == .confirmRemove(.item(.actor, "n1")))
        #expect(app.screen(80, 24).contains("Gemeente Zwolle (+3 relatie(s))"))
        press(app, [.char("j")], from: 20)
        #expect(app.session.state.actors.count == 5 && app.session.state.relations.count == 2)
    }

    @Test func theListSortsByRelations() throws {
        let app = try networkApp()
        press(app, [.tab, .char("o"), .char("o"), .char("o")], from: 10)
        #expect(app.view.panes.network.sort == .relations)
        let screen = app.screen(120, 40)
        let first = try #require(screen.split(separator: "\n").first { $0.contains("★ Gemeente Zwolle") })
        let last = try #require(screen.split(separator: "\n").first { $0.contains("Windesheim") })
        #expect(screen.range(of: String(first))!.lowerBound < screen.range(of: String(last))!.lowerBound)
    }

    // MARK: Golden screens

    @Test func aBoardDrawnAgainIsTheBoardDrawnAnew() throws {
        let app = try networkApp()
        let state = app.session.state
        let viewport = NetworkBoard.Viewport(rect: Rect(x: 2, y: 3, width: 70, height: 30), zoom: 1, focus: BoardPoint(x: 0, y: 0))
        func board(_ selected: String?, anew: Bool, over background: Frame) -> Frame {
            var frame = background
            if anew {
                var layer = Frame(width: frame.width, height: frame.height)
                NetworkBoard.drawAnew(actors: state.actors, relations: state.relations, selected: selected, viewport: viewport, language: .nl, into: &layer)
                frame.paste(viewport.rect, of: layer)
            } else {
                NetworkBoard.draw(actors: state.actors, relations: state.relations, selected: selected, viewport: viewport, language: .nl, into: &frame)
            }
            return frame
        }
        var background = Frame(width: 90, height: 36)
        background.put("🎉 feest", x: 1, y: 5)  // a wide grapheme the board's left edge cuts
        for selected in ["n1", "n2", "n1", nil, nil, "n4"] {
            let kept = board(selected, anew: false, over: background)
            #expect(kept == board(selected, anew: true, over: background), "selected \(selected ?? "none")")
            #expect(kept.text.contains("[") == (selected != nil))
        }
    }

    @Test func screensDrawnAheadForAnotherViewChangeNoFrame() throws {
        let app = try networkApp()
        let context = ScreenContext(state: app.session.state, language: .nl, view: app.view, now: at(100), utcOffsetSeconds: 3600)
        let frames = Screens.everyScreen(context, width: 120, height: 40)
        // What is kept between frames (the board, the analysis, wrapped lines) is filled for other views…
        press(app, [.char(">"), .char(">")], from: 110)
        Screens.drawEveryScreen(ScreenContext(state: app.session.state, language: .en, view: app.view, now: at(200), utcOffsetSeconds: 0),
                                width: 100, height: 30)
        Screens.drawEveryScreen(ScreenContext(state: app.session.state, language: .nl, view: app.view, now: at(100), utcOffsetSeconds: 3600),
                                width: 120, height: 40)
        // …and the first view is drawn as it was.
        let again = Screens.everyScreen(context, width: 120, height: 40)
        #expect(frames.count == 13 && again == frames)
        #expect(frames[6].text.contains("[Gm★ Gemeente Zwolle]"), "wegwijzer 4's board, its first actor selected")
    }

    @Test func boardAndList() throws {
        let app = try networkApp()
        press(app, [.char("/")] + type("uwv") + [.enter, .char("K"), .left, .left], from: 10)
        for (w, h) in ScreenSnapshotTests.sizes { assertGolden(app.screen(w, h), named: "network-board-\(w)x\(h)") }
        press(app, [.char("+")], from: 40)
        assertGolden(app.screen(80, 24), named: "network-board-zoomed-80x24")
        press(app, [.char("="), .tab], from: 50)
        for (w, h) in ScreenSnapshotTests.sizes { assertGolden(app.screen(w, h), named: "network-list-\(w)x\(h)") }
        press(app, [.tab], from: 60)
        for (w, h) in ScreenSnapshotTests.sizes { assertGolden(app.screen(w, h), named: "network-relations-\(w)x\(h)") }
        let form = try networkApp()
        press(form, [.char("e")], from: 70)
        assertGolden(form.screen(80, 24), named: "network-actor-form-80x24")
        let mono = try networkApp().render(width: 80, height: 24, now: at(100))
        assertGolden(mono.styleRuns(.mono), named: "network-board-80x24.mono.styles")
    }
}
