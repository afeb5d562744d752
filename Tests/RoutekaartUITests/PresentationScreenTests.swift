import RoutekaartCore
import Testing
import TestSupport
@testable import RoutekaartUI

/// The projector view (`P`) and its big letters.
@Suite struct PresentationScreenTests {
    static let projector = (100, 30)

    func actionListApp() throws -> WorkshopApp {
        let app = try demoApp()
        for c in [CommitmentFields(who: "Anouk de Vries", what: "Tien werkervaringsplaatsen bij de gemeente", byWhen: "1 maart", ownExample: true),
                  CommitmentFields(who: "Windesheim", what: "Een leerlijn voor zij-instromers in de techniek", byWhen: "september"),
                  CommitmentFields(who: "UWV Regio", what: "Elke maand de vacaturecijfers delen met alle partners", byWhen: "")] {
            try app.session.execute(.add(Commitment(fields: c)), at: t0)
        }
        press(app, [.char("0"), .char("P")])
        return app
    }

    @Test func theQuadrantResultFillsTheScreen() throws {
        let app = try QuadrantScreenTests().votedApp()
        press(app, [.char("P")], from: 100)
        #expect(app.view.presenting)
        let screen = app.screen(Self.projector.0, Self.projector.1, at: 101)
        // "gewenst" (3 dots each): 11 of 15 dots on Netwerkende overheid, the leader.
        #expect(screen.contains("◆ Netwerkende overheid"))
        #expect(screen.contains("nu 20 % → gewenst 73 % ▲53"))
        #expect(!screen.contains("routekaart │"))  // no status bar, no key bar
        #expect(screen.contains("P of Esc: terug"))
        assertGolden(screen, named: "projector-quadrants-100x30")
        assertGolden(app.screen(80, 24, at: 101), named: "projector-quadrants-80x24")
        assertGolden(app.screen(120, 40, at: 101), named: "projector-quadrants-120x40")
    }

    @Test func aBlindRoundShowsOnlyHowManyVoted() throws {
        let app = try demoApp()
        press(app, [.char("5"), .char("n"), .tab, .tab, .tab, .tab, .right, .enter, .char("1"), .char("2"), .char("P")])
        let screen = app.screen(100, 30, at: 50)
        #expect(screen.contains("2 van 5 gestemd — de uitslag volgt") && screen.contains("Nog niet: "))
        #expect(!screen.contains("%"))
        // Keys still reach the screen below: v reveals, and the projector shows the result.
        press(app, [.char("v")], from: 51)
        #expect(app.screen(100, 30, at: 60).contains("◆ "))
    }

    @Test func theActionListInLargeType() throws {
        let app = try actionListApp()
        let screen = app.screen(100, 30)
        #expect(screen.contains("★ Anouk de Vries — Tien werkervaringsplaatsen bij de gemeente (1 maart)"))
        #expect(screen.contains("• UWV Regio — Elke maand de vacaturecijfers delen met alle partners"))
        assertGolden(screen, named: "projector-actions-100x30")
        assertGolden(app.screen(80, 24), named: "projector-actions-80x24")
        // The summary projects its action list too.
        press(app, [.char("P"), .char("Z"), .char("P")], from: 20)
        #expect(app.screen(100, 30, at: 30) == screen)
    }

    @Test func aWegwijzerWithoutAResultShowsItsTitleAndQuestions() throws {
        let app = try demoApp(language: .en)
        press(app, [.char("1"), .char("P")])
        let screen = app.screen(100, 30)
        #expect(screen.contains("2. Where do the figures differ from what we assumed?"))
        #expect(screen.contains("████ ████  █████  ███  █   █"))  // "SPEAK", the second line of the title
        assertGolden(screen, named: "projector-question-en-100x30")
    }

    @Test func theChallengeAndTheRankedAgenda() throws {
        let app = try ChallengeScreenTests().challengeApp()
        press(app, [.char("P")], from: 300)
        let screen = app.screen(100, 30, at: 301)
        #expect(screen.contains("1. Eén loket voor werkgevers"))
        // Five lines of block letters would not fit above the agenda: the statement is plain text.
        #expect(screen.contains("Vraag en aanbod op de arbeidsmarkt vinden elkaar in de regio"))
        #expect(screen.contains("████████████████████ 5"))
        assertGolden(screen, named: "projector-challenge-100x30")
    }

    @Test func theNetworkBoardAlone() throws {
        // The demo with the actors and relations the Regio Zwolle scenario brings.
        let app = try demoApp()
        for c in Scenario.builtIn("regio-zwolle")!.startCommands(date: "2026-11-29") {
            switch c {
            case let .addItem(item) where item.kind == .actor || item.kind == .relation: try app.session.execute(c, at: t0)
            case .layOutNetwork: try app.session.execute(c, at: t0)
            default: break
            }
        }
        press(app, [.char("4"), .char("P")])
        let screen = app.screen(100, 30)
        #expect(screen.contains("Uw UWV"))
        #expect(screen.contains("│") && screen.contains("┆"))  // relations drawn, strong and weak
        #expect(!screen.contains("Actoren"))  // no tabs, no panel: the board only
        assertGolden(screen, named: "projector-network-100x30")
    }

    @Test func theWeefselMeansBig() throws {
        let app = try WeefselScreenTests().scoredApp()
        press(app, [.char("P")], from: 500)
        let screen = app.screen(100, 30, at: 501)
        #expect(screen.contains("Structuur"))
        #expect(screen.contains("gemiddelde van 1 tot 5"))
        assertGolden(screen, named: "projector-weefsel-100x30")
    }

    @Test func pOrEscLeavesAndNavigationStaysOn() throws {
        let app = try actionListApp()
        #expect(app.view.presenting)
        press(app, [.char("[")], from: 20)
        #expect(app.view.screen == .wegwijzer(9))
        #expect(app.view.presenting)
        press(app, [.escape], from: 30)
        #expect(!app.view.presenting)
        #expect(app.view.screen == .wegwijzer(9))
        press(app, [.char("P"), .char("P")], from: 40)
        #expect(!app.view.presenting)
        // While typing notes, P is a letter.
        press(app, [.char("3"), .tab, .enter, .char("P")], from: 50)
        #expect(!app.view.presenting)
        #expect(app.view.notes?.editor.text.hasSuffix("P") == true)
    }

    @Test func bigLettersMeasureWrapAndRefuseWhatTheyCannotDraw() {
        #expect(BigText.width("A") == 5)
        #expect(BigText.width("AB") == 11)
        #expect(BigText.width("1.") == 8)
        #expect(BigText.width("Zoë") == BigText.width("ZOE"))
        #expect(BigText.width("東京") == nil)
        #expect(BigText.lines("Definieer samen de opgave", width: 96) == ["DEFINIEER SAMEN", "DE OPGAVE"])
        #expect(BigText.lines("Onderwijsarbeidsmarkt", width: 96) == nil)  // one word wider than the screen
        var frame = Frame(width: 20, height: 6)
        #expect(BigText.drawCentred("ok", in: frame.bounds, style: .title, into: &frame) == 5)
        #expect(frame.text.split(separator: "\n").first.map(String.init) == "     ███  █   █")
        var small = Frame(width: 20, height: 4)
        #expect(BigText.drawCentred("ok", in: small.bounds, style: .title, into: &small) == nil)
        #expect(!small.text.contains("█"))
    }
}
