import Foundation
import RoutekaartCore
import Testing
@testable import RoutekaartUI

/// Every interface text is in a table with both languages, and the English screens speak
/// English.
@Suite struct LanguageTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    static func swiftFiles() throws -> [URL] {
        let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
    }

    @Test func everyTextHasBothLanguages() throws {
        let literal = #""((?:[^"\\]|\\.)*)""#
        let patterns = [try Regex(#"LocalizedText\(nl: "# + literal + #", en: "# + literal),
                        try Regex(#"\bt\("# + literal + #", "# + literal)]
        var checked = 0
        for file in try Self.swiftFiles() {
            let text = try String(contentsOf: file, encoding: .utf8)
            for pattern in patterns {
                for match in text.matches(of: pattern) {
                    let nl = match.output[1].substring.map(String.init) ?? ""
                    let en = match.output[2].substring.map(String.init) ?? ""
                    #expect(!nl.trimmingCharacters(in: .whitespaces).isEmpty, "\(file.lastPathComponent): a text without Dutch (en: \(en))")
                    #expect(!en.trimmingCharacters(in: .whitespaces).isEmpty, "\(file.lastPathComponent): a text without English (nl: \(nl))")
                    checked += 1
                }
            }
        }
        #expect(checked > 500, "the texts were not found: \(checked)")
    }

    @Test func noLanguageTernariesOutsideTheTables() throws {
        let ternary = try Regex(#"(\bnl|== \.nl|== \.en)\s*\?"#)
        for file in try Self.swiftFiles() {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.matches(of: ternary).isEmpty, "\(file.lastPathComponent) chooses a language inline")
        }
    }

    /// Dutch words of the interface that must not show in English. Names, method terms
    /// (wegwijzer, weefsel, herijking …) and what the room typed are not interface.
    static let dutchWords: Set<String> = [
        "aan", "achterban", "actielijst", "actoren", "afspraak", "afspraken", "agendapunt", "agendapunten", "alle", "antwoord",
        "belang", "belangen", "bewerken", "bij", "bovenaan", "brug", "deelnemer", "deelnemers", "dit", "domeinen", "door", "druk",
        "een", "eerst", "eerdere", "feit", "feiten", "gekozen", "gemiddeld", "gestemd", "geen", "gewenst", "het", "hier", "ingevuld",
        "kies", "klaar", "leeg", "leiderschap", "met", "naar", "nadruk", "nee", "niet", "nieuwe", "nog", "notities", "nu", "om", "onthullen",
        "ontbreekt", "opgave", "opgeslagen", "opmerking", "opmerkingen", "opslaan", "overslaan", "relatie", "relaties", "ronde", "samenvatting",
        "spatie", "stem", "stemmen", "stip", "stippen", "terug", "terugblik", "toevoegen", "toezegging", "toezeggingen", "uitslag",
        "van", "verborgen", "verdeeld", "verwijderen", "verbinding", "verbindingen", "volgende", "vorige", "voor", "wat", "welke", "wie",
        "wijzigen", "zoek", "zonder",
    ]

    /// The words of what the room entered, which may be Dutch whatever the interface.
    static func userWords(_ state: WorkshopState) -> Set<String> {
        var texts = [state.details.title, state.details.region, state.challengeStatement] + state.notes
        texts += state.participants.flatMap { [$0.fields.name, $0.fields.organisation, $0.fields.role] }
        return Set(texts.flatMap(words))
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter }.map(String.init)
    }

    /// Every screen, pane, projector view, help and dialog of a filled-in demo session, in English.
    static func englishScreens() throws -> [(String, String)] {
        let app = try demoApp(language: .en)
        let s = app.session
        let p1 = s.state.participants[0].id
        for command: WorkshopCommand in [
            .add(Fact(fields: FactFields(indicator: "Vacancies", value: "1200", source: "UWV"))),
            .add(PartyInterest(party: "Employers", interest: "Skilled staff")), .stateChallenge("Work for everyone"),
            .add(AgendaTopic(text: "One desk", dots: 3)),
            .add(Domain(fields: DomainFields(kind: .economicAffairs, name: "Economy"))), .add(Domain(fields: DomainFields(kind: .socialAffairs, name: "Work"))),
            .add(Actor(fields: ActorFields(name: "Harbour company", kind: .company))), .add(Actor(fields: ActorFields(name: "College", kind: .education))),
            .add(Relation(fields: RelationFields(from: "n1", to: "n2"))),
            .openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single, dotsPerVoter: 1)),
            .castQuadrantVote(round: "q1", voter: p1, dots: QuadrantDots(.netwerkend)),
            .add(Constituency(fields: ConstituencyFields(name: "Council"))), .add(AccountabilityAgreement(fields: AgreementFields(what: "Progress report"))),
            .openWeefselRound(WeefselRoundSetup()), .giveWeefselScore(round: "w1", row: p1.rawValue, indicator: Method.weefselIndicators[0].id, value: 4),
            .add(ConnectionItem(kind: .whatConnects, text: "Shared pride")), .add(ReflectionItem(kind: .learned, text: "Meet more often")),
            .add(Commitment(fields: CommitmentFields(who: "Anouk", what: "Ten training places"))),
        ] { try s.execute(command, at: t0) }

        var screens: [(String, String)] = []
        func capture(_ name: String) {
            screens.append((name, app.screen(120, 40)))
            screens.append((name + " 80x24", app.screen(80, 24)))
        }
        capture("route map")
        press(app, [.char("?")]); capture("help on the route map"); press(app, [.escape])
        press(app, [.char("p")]); capture("participants")
        press(app, [.char("a")]); capture("participant form"); press(app, [.escape])
        press(app, [.char("Z")]); capture("summary")
        press(app, [.char("i")]); capture("details form"); press(app, [.escape])
        press(app, [.char("A")]); capture("agenda form"); press(app, [.escape])
        press(app, [.char("q")]); capture("quit question"); press(app, [.escape])
        for w in Method.wegwijzers {
            press(app, [.char(w.shortcut)])
            for pane in WegwijzerPanes.of(w.number).indices {
                let name = "wegwijzer \(w.number), pane \(pane + 1)"
                capture(name)
                press(app, [.char("?")]); capture(name + ", help"); press(app, [.escape])
                press(app, [.char("P")]); capture(name + ", projector"); press(app, [.escape])
                press(app, [.tab])
            }
        }
        app.startTour()
        for step in Tour.steps.indices { capture("tour \(step + 1)"); press(app, [.enter]) }
        return screens
    }

    @Test func englishScreensHaveNoDutchInterfaceWords() throws {
        let allowed = Self.userWords(try demoApp(language: .en).session.state)
        for (name, screen) in try Self.englishScreens() {
            let dutch = Set(Self.words(screen)).intersection(Self.dutchWords).subtracting(allowed)
            #expect(dutch.isEmpty, "\(name): \(dutch.sorted().joined(separator: ", "))\n\(screen)")
        }
    }
}
