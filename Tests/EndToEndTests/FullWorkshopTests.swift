import Foundation
import RoutekaartCore
import RoutekaartUI
import Testing

/// A whole workshop on the regio-zwolle scenario, key by key as a facilitator would run it:
/// five participants join, and every wegwijzer gets what a real room would say. It prints
/// how many keys it took beyond the typed text, and how many from opening wegwijzer 5 to
/// the first vote.
@Suite struct FullWorkshopTests {
    final class Facilitator {
        let app: WorkshopApp
        var keys = 0
        var clock: Int64 = 0
        let start = Timestamp(iso8601: "2026-12-01T09:00:00Z")!

        init() throws {
            let session = LiveSession(created: start)
            for command in try #require(Scenario.builtIn("regio-zwolle")).startCommands(title: "Werkplaats Regio Zwolle", date: "2026-12-01") {
                try session.execute(command, at: start)
            }
            app = WorkshopApp(session: session, language: .nl, environment: AppEnvironment(utcOffsetSeconds: 3600), now: start)
        }

        var now: Timestamp { Timestamp(milliseconds: start.milliseconds + clock * 1_000) }
        var state: WorkshopState { app.session.state }
        var screen: String { app.render(width: 120, height: 40, now: now).text }

        /// Keys the facilitator presses: counted.
        func press(_ keys: Key...) {
            for key in keys {
                clock += 2
                app.handle(key, now: now, width: 120, height: 40)
                self.keys += 1
            }
        }

        /// What the room said, typed: not counted as keys.
        func type(_ text: String) {
            for c in text {
                clock += 1
                app.handle(.char(c), now: now, width: 120, height: 40)
            }
        }
    }

    @Test func aWholeWorkshopKeyByKey() throws {
        let f = try Facilitator()

        // Who is at the table: name, organisation, helix group (a letter), role.
        f.press(.char("p"))
        for (name, organisation, helix, role) in [("Anouk de Vries", "Gemeente Zwolle", [Key](), "wethouder Economie"),
                                                  ("Sander Mulder", "Techniek IJsseldelta", [.char("o")], "directeur techniekbedrijf"),
                                                  ("Fatma Yılmaz", "Deltion College", [.char("o"), .char("o")], "opleidingsmanager ROC"),
                                                  ("Noël Jansen", "UWV", [.char("m")], "regioadviseur UWV"),
                                                  ("Els Bakker", "Gemeente Kampen", [], "raadslid")] {
            f.press(.char("a")); f.type(name); f.press(.tab); f.type(organisation); f.press(.tab)
            for key in helix { f.press(key) }
            f.press(.tab); f.type(role); f.press(.enter)
        }
        #expect(f.state.participants.count == 5)
        #expect(f.state.participants.map(\.fields.helix) == [.government, .business, .education, .civilSociety, .government])
        #expect(!f.screen.contains("Uit te nodigen"), "every invited role has joined")

        // 1. The facts beside the room's picture.
        f.press(.char("1"), .char("a")); f.type("Werkloosheid"); f.press(.tab); f.type("3,1"); f.press(.tab); f.type("%")
        f.press(.tab, .tab); f.type("UWV"); f.press(.tab); f.type("2025-06"); f.press(.tab); f.type("rond de 5 %"); f.press(.enter)
        #expect(f.state.facts.contains { $0.fields.indicator == "Werkloosheid" && $0.fields.date == "2025-06" })

        // 2. Interests, the shared challenge, the agenda with dots.
        f.press(.char("2"), .char("a")); f.type("UW"); f.press(.right, .tab); f.type("mensen uit de uitkering naar werk"); f.press(.enter)
        f.press(.char("o"), .ctrl("u")); f.type("Vraag en aanbod op de arbeidsmarkt vinden elkaar in de regio"); f.press(.enter)
        f.press(.char("g")); f.type("Leerbanen in de techniek"); f.press(.enter)
        f.press(.char("g")); f.type("Eén loket voor werkgevers"); f.press(.enter)
        f.press(.char("+"), .char("+"), .char("+"))
        #expect(f.state.interests.map(\.party) == ["UWV"], "the party came from the suggestion")
        #expect(f.state.challengeStatement.hasPrefix("Vraag en aanbod"))
        #expect(f.state.agendaTopics.map(\.dots).reduce(0, +) == 3)

        // 3. The domains and their links.
        f.press(.char("3"), .char("c"), .right, .char(" "), .down, .right, .char(" "))
        #expect(f.state.domains.count == 3 && f.state.domainLinks.count >= 1)

        // 4. The network: three actors and a relation.
        f.press(.char("4"))
        let (actors, relations) = (f.state.actors.count, f.state.relations.count)
        for (name, kind) in [("Gemeente Zwolle", [Key]()), ("Deltion College", [.char("o")]), ("UWV Regio", [.char("u")])] {
            f.press(.char("a")); f.type(name); f.press(.tab)
            for key in kind { f.press(key) }
            f.press(.enter)
        }
        f.press(.char("<"), .char("<"), .char("l")); f.type("delt"); f.press(.enter, .enter)
        #expect(f.state.actors.count == actors + 3 && f.state.relations.count == relations + 1, "\(f.state.actors.count) actors")

        // 5. Two voting rounds, the emphasis and an answer to secure and connect.
        f.press(.char("5"))
        let before = f.keys
        f.press(.char("n"), .enter, .char("1"))
        let toFirstVote = f.keys - before
        #expect(f.state.quadrantRounds.first?.ballots.count == 1)
        f.press(.char("1"), .char("2"), .char("1"), .char("4"), .escape)
        f.press(.char("n"), .right, .enter, .char("2"), .char("2"), .char("2"), .char("4"), .char("2"), .escape)
        #expect(f.state.quadrantRounds.map(\.ballots.count) == [5, 5])
        f.press(.char("k"), .right, .tab); f.type("Veel gebeurt al in de regio, het netwerk is er"); f.press(.enter)
        f.press(.tab, .enter); f.type("Jaarlijks aan de raden"); f.press(.enter)
        #expect(f.state.emphasis?.quadrant == .netwerkend && f.state.verbindAnswers.count == 1)

        // 6. Accountability.
        f.press(.char("6"), .char("b")); f.type("Gemeenteraden"); f.press(.enter)
        f.press(.char("a")); f.type("Voortgang van de leerbanen"); f.press(.tab); f.type("de raden"); f.press(.tab); f.type("raadsbrief")
        f.press(.tab); f.type("per kwartaal"); f.press(.tab); f.type("Ano"); f.press(.right, .enter)
        #expect(f.state.agreements.first?.fields.owner == "Anouk de Vries")

        // 7. Everyone scores the fourteen indicators, then the notes on weefsel.
        f.press(.char("7"), .char("n"), .enter)
        for person in 0..<5 {
            for indicator in 0..<14 { f.press(.char(Character(String((person + indicator) % 5 + 1)))) }
        }
        f.press(.escape, .tab, .tab, .down, .down, .enter); f.type("korte lijnen"); f.press(.tab); f.type("oude netwerken"); f.press(.tab); f.type("Fat")
        f.press(.right, .enter)
        #expect(f.state.weefselRounds.first?.answers.count == 70)
        #expect(f.state.elementNotes[.weefsel]?.whoActs == "Fatma Yılmaz")

        // 8. What connects.
        f.press(.char("8"), .char("a")); f.type("Iedereen wil dat jongeren in de regio blijven"); f.press(.tab, .char("w"), .enter)
        #expect(f.state.connections.count == 1)

        // 9. Looking back, leadership, the next re-calibration.
        f.press(.char("9"), .char("a")); f.type("Eerst de feiten, dan de opgave"); f.press(.enter)
        f.press(.char("l"), .right, .tab); f.type("gelijkwaardige partners"); f.press(.enter)
        f.press(.char("h")); f.type("juni 2027"); f.press(.enter)
        #expect(f.state.reflections.count == 1 && f.state.leadership != nil && f.state.herijking == "2027-06")

        // 10. The action list.
        f.press(.char("0"), .char("a")); f.type("And"); f.press(.right, .tab); f.type("Tien werkervaringsplaatsen bij de gemeente"); f.press(.tab)
        f.type("1 maart 2027"); f.press(.tab, .right, .enter)
        f.press(.char("a")); f.type("San"); f.press(.right, .tab); f.type("Stages afstemmen met bedrijven"); f.press(.tab); f.type("1-6-2027"); f.press(.enter)
        #expect(f.state.commitments.map(\.fields.byWhen) == ["2027-03-01", "2027-06-01"])

        // The summary, then done.
        f.press(.char("Z"))
        #expect(f.screen.contains("Samenvatting"))
        f.press(.escape)
        let unvisited = (1...10).filter { f.state.status(of: $0) == .notVisited }
        #expect(unvisited.isEmpty, "every wegwijzer was visited")
        print("full workshop (regio-zwolle, 5 participants, every wegwijzer): \(f.keys) keys beyond typed text; \(toFirstVote) keys from opening wegwijzer 5 to the first vote")
    }
}
