import Foundation
import RoutekaartCore
import Testing
@testable import RoutekaartExport

/// "De uitkomst in het kort" and the reports' own words: minutes, numbers, examples, order.
@Suite struct SummaryTests {
    func outcome(_ language: Language = .nl) throws -> Outcome {
        Outcome(events: try Fixture.events(), anonymise: false, language: language)
    }

    func events(_ commands: [WorkshopCommand]) throws -> [RecordedEvent] {
        let session = LiveSession(created: Fixture.start)
        for (i, c) in commands.enumerated() { try session.execute(c, at: Timestamp(milliseconds: Fixture.start.milliseconds + Int64(i) * 60_000)) }
        return session.history.events
    }

    @Test func theSummaryTellsWhatWasCapturedInSentences() throws {
        let s = try outcome().summary
        #expect(s.challenge == "Vraag en aanbod vinden elkaar in de regio")
        #expect(s.agenda.map(\.text) == ["Eén loket voor werkgevers", "Leerbanen in de zorg", "Scholing voor zij-instromers"])
        #expect(s.network == "4 actoren, 3 relaties; niet aan tafel: burgers, maatschappelijk.")
        #expect(s.steering?.hasPrefix("De groep ziet de samenwerking nu vooral als presterende overheid (67 %) en wil naar netwerkende overheid (56 %, +56 punten)") == true)
        #expect(s.steering?.contains("gekozen nadruk: netwerkende overheid — ") == true)
        #expect(s.weefsel == "Sterkste element: weefsel (3,8); zwakste: personen (3,5); de zaal was verdeeld over weefsel, vertrouwen.")
        #expect(s.accountabilityAgreements == 1)
        #expect(s.actions.map(\.who) == ["Anouk de Vries", "Noël Jansen"])
        let english = try outcome(.en).summary
        #expect(english.steering?.contains("performing government (67%)") == true)
        #expect(english.weefsel?.contains("(3.8)") == true)
    }

    @Test func aSessionWithNothingCapturedInventsNothing() throws {
        let o = Outcome(events: try events([.startSession(SessionDetails(title: "Leeg"), scenario: nil)]), anonymise: false, language: .nl)
        #expect(o.summary.isEmpty)
        let md = MarkdownExporter.render(o, language: .nl)
        #expect(md.contains("## De uitkomst in het kort\n\nNog niets vastgelegd.\n"))
        #expect(HTMLExporter.render(o, language: .nl).contains("<section id=\"kort\"><h2>De uitkomst in het kort</h2><p>Nog niets vastgelegd.</p></section>"))
    }

    @Test func onlyVotesGiveOnlyTheSteeringSentence() throws {
        let o = Outcome(events: try events([
            .startSession(SessionDetails(title: "Stemmen"), scenario: nil),
            .addParticipant(ParticipantFields(name: "A")),
            .openQuadrantRound(QuadrantRoundSetup(kind: .desired, style: .dots, anonymous: true)),
        ]), anonymise: false, language: .nl)
        #expect(o.summary.steering == nil, "a round without ballots says nothing")
        #expect(o.summary.network == nil && o.summary.weefsel == nil && o.summary.challenge == nil)
    }

    @Test func theSummaryComesFirstAndTheEventCountIsGone() throws {
        let o = try outcome()
        let md = MarkdownExporter.render(o, language: .nl)
        let html = HTMLExporter.render(o, language: .nl)
        #expect(!md.contains("Gebeurtenissen") && !md.contains("110"))
        #expect(try o.json().contains("\"events\" : 110"), "the count stays in the JSON's metadata")
        let summaryAt = try #require(md.range(of: "## De uitkomst in het kort")).lowerBound
        let participantsAt = try #require(md.range(of: "## Deelnemers")).lowerBound
        #expect(summaryAt < participantsAt)
        let kort = try #require(html.range(of: "id=\"kort\"")).lowerBound
        #expect(kort < (try #require(html.range(of: "id=\"deelnemers\""))).lowerBound)
    }

    @Test func minutesAreWholeAndNumbersFollowTheLanguage() throws {
        let md = MarkdownExporter.render(try outcome(), language: .nl)
        #expect(md.contains("| 1 | Laat de feiten spreken | klaar | 5 min |"))
        #expect(!md.contains(".0 min"))
        #expect(md.contains("| Structuur | 3,7 | 0,6 | 12 | 0 |  |"))
        #expect(md.contains("Presterende overheid 2 (67 %)"))
        let en = MarkdownExporter.render(try outcome(.en), language: .en)
        #expect(en.contains("| Structure | 3.7 | 0.6 | 12 | 0 |  |") || en.contains("| 3.7 | 0.6 | 12 | 0 |"))
        #expect(en.contains("(67%)"))
        #expect(ReportText.minutes(0) == "—" && ReportText.minutes(0.3) == "< 1 min" && ReportText.minutes(6.4) == "6 min")
    }

    @Test func theWeefselTableNamesEveryColumnAndTheScale() throws {
        let md = MarkdownExporter.render(try outcome(), language: .nl)
        #expect(md.contains("| Indicator | Gemiddeld | Spreiding | n | Weet niet | Verdeeld |"))
        #expect(md.contains("Schaal: 1 = zwak … 5 = sterk"))
        let html = HTMLExporter.render(try outcome(), language: .nl)
        #expect(html.contains("<th>Verdeeld</th>") && !html.contains("<th></th>"))
    }

    @Test func examplesFromTheScenarioAreMarkedUntilTheRoomEditsThem() throws {
        let scenario = try #require(Scenario.builtIn("cleantech-regio"))
        var commands = scenario.startCommands(date: "2026-11-29")
        let draft = try #require(Outcome.draftNotes(of: "cleantech-regio")[2])
        let before = Outcome(events: try events(commands), anonymise: false, language: .nl)
        #expect(before.wegwijzers[1].notesFromScenario)
        let md = MarkdownExporter.render(before, language: .nl)
        #expect(md.contains("### Notities (voorbeeld uit het scenario — nog invullen)"))
        #expect(md.contains("voorbeeld uit het scenario — nog invullen |"), "the scenario's facts are marked as examples")
        commands.append(.editNotes(wegwijzer: 2, text: draft + " Afgesproken met de zaal."))
        let after = Outcome(events: try events(commands), anonymise: false, language: .nl)
        #expect(!after.wegwijzers[1].notesFromScenario)
    }

    @Test func theHTMLFollowsTheMethodsOrder() throws {
        let html = HTMLExporter.render(try outcome(), language: .nl)
        let ids = ["feiten", "opgave", "domeinen", "netwerk", "kwadranten", "legitimeren", "weefsel", "verbinden", "reflectie", "acties"]
        let positions = try ids.map { try #require(html.range(of: "<section id=\"\($0)\"")).lowerBound }
        #expect(positions == positions.sorted())
    }
}
