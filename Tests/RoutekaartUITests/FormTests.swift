import RoutekaartCore
import Testing
@testable import RoutekaartUI

/// Number fields replace their value when typed into; choice fields jump to a first letter.
@Suite struct FormTests {
    func typing(_ text: String, into field: TextField) -> String {
        var f = field
        for c in text { _ = f.handle(.char(c)) }
        return f.text
    }

    @Test func typingIntoANumberReplacesIt() {
        #expect(typing("12", into: .number("0", limit: 3)) == "12", "not 012")
        #expect(typing("3", into: .number("12", limit: 3)) == "3", "editing 12 dots and typing 3 gives 3")
        var f = TextField.number("12", limit: 3)
        _ = f.handle(.backspace)
        #expect(f.text.isEmpty)
        var kept = TextField.number("12", limit: 3)
        _ = kept.handle(.end)
        _ = kept.handle(.char("5"))
        #expect(kept.text == "125", "after an arrow or End the value is edited, not replaced")
        #expect(typing("x", into: TextField("ab")) == "abx", "a text field appends")
    }

    @Test func aNumberFieldIsSelectedEachTimeItIsEntered() {
        var form = Form(title: LocalizedText(nl: "t", en: "t"), fields: [
            .text(label: LocalizedText(nl: "Tekst", en: "Text"), TextField("Aap")),
            .text(label: LocalizedText(nl: "Stippen", en: "Dots"), .number("4", limit: 3)),
        ])
        for key: Key in [.tab, .char("7"), .up, .down, .char("9")] { _ = form.handle(key) }
        #expect(form.text(1) == "9")
        #expect(form.text(0) == "Aap")
    }

    @Test func aLetterJumpsToTheNextChoiceStartingWithIt() {
        let kinds = ActorKind.allCases.map { Method.name($0) }
        var form = Form(title: LocalizedText(nl: "Actor", en: "Actor"), fields: [.choice(label: LocalizedText(nl: "Soort", en: "Kind"), options: kinds, selected: 0)])
        _ = form.handle(.char("k"))
        #expect(kinds[form.choice(0)].nl == "kennisinstelling", "one key, not four")
        _ = form.handle(.char("w"))
        let first = form.choice(0)
        _ = form.handle(.char("w"))
        #expect(kinds[first].nl.hasPrefix("werk") && kinds[form.choice(0)].nl.hasPrefix("werk") && form.choice(0) != first, "the same letter goes on to the next")
        _ = form.handle(.char("q"))
        #expect(form.problem == "Geen keuze begint met 'q'; kies met ←→ of de eerste letter.", "a letter is never lost silently")
        _ = form.handle(.char("p"), language: .en)
        #expect(kinds[form.choice(0)].en == "province", "letters follow the language shown")
    }
}

/// A letter that does nothing where it is pressed says where it works.
@Suite struct KeyElsewhereTests {
    @Test func aKeyOfAnotherPartSaysWhichPart() throws {
        let app = try demoApp()
        press(app, [.char("5"), .tab])
        #expect(app.screen(120, 40).contains("Borg en verbind"))
        let before = app.session.history.events.count
        press(app, [.char("n")], from: 10)
        let screen = app.screen(120, 40, at: 11)
        #expect(screen.contains("n: ") && screen.contains("werkt op het deel Stemmen (Tab)"), "\(screen)")
        #expect(app.session.history.events.count == before, "nothing recorded")
    }

    @Test func aKeyOfAnotherWegwijzerSaysWhichOne() throws {
        let app = try demoApp(language: .en)
        press(app, [.char("1")])
        press(app, [.char("n")], from: 10)
        #expect(app.screen(120, 40, at: 11).contains("works on signpost 5, part Voting"))
    }
}

/// The scenario's roles to invite, until someone with that role has joined.
@Suite struct InvitedRolesTests {
    @Test func aRoleIsDroppedOnceSomeoneWithItJoins() throws {
        let scenario = try #require(Scenario.builtIn("haaglanden"))
        let session = LiveSession(created: t0)
        for c in scenario.startCommands(date: "2026-11-29") { try session.execute(c, at: t0) }
        #expect(ParticipantsScreen.stillToInvite(session.state) == scenario.roles)
        try session.execute(.addParticipant(ParticipantFields(name: "Fatma", helix: .government, role: "Wethouder werk en inkomen")), at: t0)
        try session.execute(.addParticipant(ParticipantFields(name: "Jan", helix: .business, role: "directeur")), at: t0)
        #expect(ParticipantsScreen.stillToInvite(session.state) == Array(scenario.roles.dropFirst()), "one role filled, case aside; 'directeur' fills none")
    }
}

/// Who, owner and party fields offer names while typing; free text stays possible.
@Suite struct SuggestionTests {
    @Test func typingPartOfANameOffersItAndRightTakesIt() {
        var field = TextField.choosing("", from: ["Anouk de Vries", "Noël Jansen"], limit: 100)
        for c in "noe" { _ = field.handle(.char(c)) }
        #expect(field.suggestion == "Noël Jansen", "accents aside")
        _ = field.handle(.right)
        #expect(field.text == "Noël Jansen")
        var free = TextField.choosing("", from: ["Anouk de Vries"], limit: 100)
        for c in "iemand" { _ = free.handle(.char(c)) }
        #expect(free.suggestion == nil && free.text == "iemand")
        var word = TextField.choosing("", from: ["Anouk de Vries"], limit: 100)
        for c in "vri" { _ = word.handle(.char(c)) }
        #expect(word.suggestion == "Anouk de Vries", "any word of the name")
    }

    @Test func theActionListOffersTheParticipants() throws {
        let app = try demoApp()
        let name = try #require(app.session.state.participants.first?.fields.name)
        press(app, [.char("0"), .char("a")] + type(String(name.prefix(3))))
        #expect(app.screen(120, 40, at: 10).contains("→ " + name))
        press(app, [.right, .tab] + type("Plan") + [.enter], from: 20)
        #expect(app.session.state.commitments.map(\.fields.who) == [name])
    }
}

/// A long text wraps over several rows of its form, so the room reads the whole sentence.
@Suite struct LongTextFieldTests {
    @Test func wrappingBreaksAfterASpaceAndKeepsEveryCharacter() {
        let text = Array("Vraag en aanbod op de arbeidsmarkt vinden elkaar")
        let lines = TextField.wrapped(text, width: 20)
        #expect(lines.map { String(text[$0]) } == ["Vraag en aanbod op ", "de arbeidsmarkt ", "vinden elkaar"])
        #expect(TextField.wrapped(Array(String(repeating: "x", count: 45)), width: 20).map(\.count) == [20, 20, 5])
        #expect(TextField.wrapped([], width: 20) == [0..<0])
    }

    @Test func theChallengeIsSeenWholeWhileItIsWritten() throws {
        let app = try demoApp()
        let sentence = "Hoe zorgen gemeenten, werkgevers, scholen en UWV samen dat jongeren en zij-instromers in de regio een baan vinden die bij hen past, ook in de zorg?"
        press(app, [.char("2"), .char("o"), .ctrl("u")] + type(sentence))
        let screen = app.screen(120, 40, at: 10).split(separator: "\n").map { $0.replacingOccurrences(of: "│", with: " ").trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        let words = sentence.split(separator: " ")
        #expect(screen.contains("Hoe zorgen gemeenten") && screen.contains(String(words.last!)), "\(screen)")
    }
}
