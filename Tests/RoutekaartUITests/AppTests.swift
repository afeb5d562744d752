import Foundation
import RoutekaartCore
import Testing
import TestSupport
@testable import RoutekaartUI

/// The app driven by keys, as the facilitator would, checked on the commands it sent.
@Suite struct AppTests {
    @Test func digitsOpenAWegwijzerAndEscGoesBack() throws {
        let app = try demoApp()
        press(app, [.char("0")])
        #expect(app.view.screen == .wegwijzer(10))
        #expect(app.session.state.openWegwijzer == 10)
        #expect(app.session.state.status(of: 10) == .inProgress)
        press(app, [.escape])
        #expect(app.view.screen == .overview)
        #expect(app.session.state.openWegwijzer == nil)
        #expect(app.view.overviewSelection == 10)
    }

    @Test func bracketsStepThroughTheWegwijzers() throws {
        let app = try demoApp()
        press(app, [.char("]")])
        #expect(app.view.screen == .wegwijzer(1))
        press(app, [.char("]"), .char("]"), .pageDown])
        #expect(app.view.screen == .wegwijzer(4))
        press(app, [.char("["), .pageUp, .char("["), .char("["), .char("[")])
        #expect(app.view.screen == .wegwijzer(1))
    }

    @Test func ctrlLAsksForOneWholeFrameAnywhere() throws {
        let app = try demoApp()
        #expect(!app.render(width: 120, height: 40, now: at(1)).repaint)
        press(app, [.ctrl("l")])
        #expect(app.render(width: 120, height: 40, now: at(2)).repaint)
        #expect(!app.render(width: 120, height: 40, now: at(3)).repaint)  // once
        // While typing notes it redraws and types nothing.
        press(app, [.char("3"), .tab, .enter, .char("a"), .ctrl("l")], from: 4)
        #expect(app.render(width: 120, height: 40, now: at(10)).repaint)
        #expect(app.view.notes?.editor.text.hasSuffix("a") == true)
    }

    @Test func aTableSelectionHighlightsOnlyTheMarkerAndTheFirstColumn() throws {
        let app = try demoApp()
        press(app, [.char("p"), .down])
        let frame = app.render(width: 120, height: 40, now: at(5))
        let rows = frame.text.split(separator: "\n", omittingEmptySubsequences: false)
        let y = try #require(rows.firstIndex { $0.contains("▸ ") })
        #expect(rows[y].contains("▸ Noël Jansen"))
        let highlighted = (0..<120).filter { frame[$0, y].style == .selected }
        // One run from the marker through the name column, and nothing of the organisation.
        #expect(highlighted.first == 1)
        #expect(highlighted == Array(1...highlighted.last!))
        let cells = (0..<120).map { frame[$0, y].text }
        let organisation = try #require((0..<110).first { cells[$0..<($0 + 8)].joined() == "Gemeente" })
        #expect(highlighted.last! < organisation)
        #expect(frame[organisation, y].style == .normal)
    }

    @Test func notesAreRecordedWhenTypingStops() throws {
        let app = try demoApp()
        let t = press(app, [.char("3"), .tab, .enter] + type("coördinatie"))
        #expect(app.session.state.notes(of: 3) == "")
        #expect(app.screen(80, 24, at: t).contains("bewerken…"))
        press(app, [.escape], from: t)
        #expect(app.session.state.notes(of: 3) == "coördinatie")
        #expect(app.view.notes == nil)
    }

    /// A paste longer than a note may be: the note takes up to the limit, says so on
    /// screen, and keeps what it took.
    @Test func aPasteBeyondTheLimitIsCutAndSaid() throws {
        let app = try demoApp()
        press(app, [.char("3"), .tab, .enter])
        let now = at(10)
        for i in 0..<100_050 { app.handle(i % 80 == 79 ? .enter : .char("x"), now: now, width: 120, height: 40) }
        #expect(app.view.notes?.editor.text.count == 100_000)
        #expect(app.screen(120, 40, at: 10).contains("De notitie is vol (hoogstens 100.000 tekens)"))
        app.handle(.backspace, now: now, width: 120, height: 40)
        #expect(app.view.notes?.editor.isFull == false)
        press(app, [.escape], from: 11)
        #expect(app.session.state.notes(of: 3).count == 99_999)
        #expect(UIText.grouped(1_234_567, .en) == "1,234,567" && UIText.grouped(999, .nl) == "999")
    }

    @Test func notesAreRecordedAfterAPauseWhileStillTyping() throws {
        let app = try demoApp()
        app.handle(.char("2"), now: at(1), width: 120, height: 40)
        app.handle(.tab, now: at(1), width: 120, height: 40)
        app.handle(.char("e"), now: at(2), width: 120, height: 40)
        for (i, c) in "Zoë".enumerated() { app.handle(.char(c), now: Timestamp(milliseconds: at(3).milliseconds + Int64(i) * 100), width: 120, height: 40) }
        app.tick(now: Timestamp(milliseconds: at(3).milliseconds + 1000))
        #expect(!app.session.state.notes(of: 2).hasSuffix("Zoë"))
        app.tick(now: at(5))
        #expect(app.session.state.notes(of: 2).hasSuffix("Zoë"))
        #expect(app.view.notes != nil)
    }

    @Test func lettersTypedIntoNotesAreNotCommands() throws {
        let app = try demoApp()
        press(app, [.char("3"), .tab, .char("e")] + type("q?upx1"))
        #expect(app.view.overlay == nil)
        #expect(app.view.screen == .wegwijzer(3))
        #expect(app.view.notes?.editor.text == "q?upx1")
    }

    @Test func addingAParticipantThroughTheForm() throws {
        let app = try demoApp()
        press(app, [.char("p"), .char("a")] + type("Zoë de Wit") + [.tab] + type("ROC") + [.tab, .right, .right, .tab] + type("docent") + [.enter])
        let added = try #require(app.session.state.participants.last)
        #expect(added.fields == ParticipantFields(name: "Zoë de Wit", organisation: "ROC", helix: .education, role: "docent"))
        #expect(app.view.overlay == nil)
        #expect(app.view.participantSelection == app.session.state.participants.count - 1)
    }

    @Test func anEmptyNameKeepsTheFormOpenWithTheReason() throws {
        let app = try demoApp()
        press(app, [.char("p"), .char("a"), .enter])
        guard case let .form(_, form) = app.view.overlay else { Issue.record("form closed"); return }
        #expect(form.problem == "Een naam is verplicht.")
        #expect(app.screen(80, 24).contains("Een naam is verplicht."))
        #expect(app.session.state.participants.count == 5)
    }

    @Test func editingAndRemovingAParticipant() throws {
        let app = try demoApp()
        press(app, [.char("p"), .down, .char("e"), .end] + type(" (griffie)") + [.enter])
        #expect(app.session.state.participants[1].fields.name == "Noël Jansen (griffie)")
        press(app, [.char("d")])
        #expect(app.view.overlay == .confirmRemove(.participant(ParticipantID("p2"))))
        press(app, [.escape])
        #expect(app.session.state.participants.count == 5)
        press(app, [.delete, .char("j")])
        #expect(app.session.state.participants.map(\.fields.name).contains("Noël Jansen (griffie)") == false)
        #expect(app.session.state.participants.count == 4)
    }

    @Test func undoAndRedoSayWhatTheyDid() throws {
        let app = try demoApp()
        press(app, [.char("x")])
        #expect(app.session.state.status(of: 1) == .done)
        press(app, [.char("u")])
        #expect(app.session.state.status(of: 1) == .notVisited)
        #expect(app.view.flash?.text == "Ongedaan gemaakt: wegwijzer 1: klaar")
        press(app, [.char("r")])
        #expect(app.session.state.status(of: 1) == .done)
        #expect(app.view.flash?.text == "Opnieuw gedaan: wegwijzer 1: klaar")
    }

    @Test func sessionDetailsAreEditable() throws {
        let app = try demoApp()
        press(app, [.char("i"), .tab, .tab, .tab] + type("Els Visser") + [.enter])
        #expect(app.session.state.details.facilitator == "Els Visser")
    }

    @Test func quitAsksFirstAndEscCancels() throws {
        let app = try demoApp()
        press(app, [.char("q")])
        #expect(app.view.overlay == .confirmQuit)
        press(app, [.escape])
        #expect(!app.isFinished)
        press(app, [.char("q"), .char("j")])
        #expect(app.isFinished)
    }

    @Test func quittingWhileTypingKeepsTheNotes() throws {
        let app = try demoApp()
        press(app, [.char("3"), .tab, .enter] + type("wat verbindt: de haven"))
        app.finish(now: at(60))
        #expect(app.session.state.notes(of: 3) == "wat verbindt: de haven")
    }

    @Test func aReopenedSessionShowsTheWegwijzerThatWasOpen() throws {
        let app = try demoApp()
        press(app, [.char("7")])
        let reopened = WorkshopApp(session: app.session, language: .nl, now: at(30))
        #expect(reopened.view.screen == .wegwijzer(7))
    }

    @Test func helpListsEveryKeyInTheActiveLanguage() throws {
        let app = try demoApp(language: .en)
        press(app, [.char("?")])
        let text = app.screen(120, 40)
        for label in ["select", "open", "done", "skip", "participants", "undo", "redo", "quit"] {
            #expect(text.contains(label), "\(label)")
        }
        press(app, [.escape])
        #expect(app.view.overlay == nil)
    }

    @Test func whenTooSmallOnlyQuitWorks() throws {
        let app = try demoApp()
        app.handle(.char("5"), now: at(1), width: 60, height: 15)
        #expect(app.session.state.openWegwijzer == nil)
        app.handle(.char("q"), now: at(2), width: 60, height: 15)
        #expect(app.isFinished)
    }
}

/// Exporting from inside the workshop.
@Suite struct InAppExportTests {
    final class Recorder: SessionExporter, @unchecked Sendable {
        var calls: [(String, Bool, Int)] = []
        func export(_ events: [RecordedEvent], format: String, anonymise: Bool, language: Language) throws -> String {
            calls.append((format, anonymise, events.count))
            return "/tmp/sessie-rapport.\(format)"
        }
    }

    @Test func capitalEAsksFormatAndNamesAndSaysWhereItWent() throws {
        let recorder = Recorder()
        let app = try demoApp(environment: AppEnvironment(utcOffsetSeconds: 3600, exporter: recorder))
        let t = press(app, [.char("2"), .tab, .enter] + type("nog even typen"))
        press(app, [.char("E")], from: t)
        #expect(app.view.overlay == nil)  // while typing, E is a letter
        #expect(app.view.notes?.editor.text.hasSuffix("nog even typenE") == true)
        press(app, [.escape, .char("E"), .tab, .right, .enter], from: t + 5)
        #expect(recorder.calls.count == 1)
        #expect(recorder.calls[0].0 == "html" && recorder.calls[0].1)
        #expect(recorder.calls[0].2 == app.session.history.events.count)
        #expect(app.view.flash?.text == "Geëxporteerd naar /tmp/sessie-rapport.html")
    }
}

/// Saving a copy elsewhere: a problem is said in the facilitator's language, the form stays.
@Suite struct SaveElsewhereTests {
    @Test(arguments: [(Language.nl, "Lukt niet: bestand bestaat al"), (.en, "Failed: file exists already")])
    func anExistingFileIsNamedInTheActiveLanguage(language: Language, expected: String) throws {
        let existing = FileManager.default.temporaryDirectory.appendingPathComponent("kopie-\(UUID().uuidString).json").path
        FileManager.default.createFile(atPath: existing, contents: Data("van iemand anders".utf8))
        defer { try? FileManager.default.removeItem(atPath: existing) }
        let app = try demoApp(language: language, environment: AppEnvironment(utcOffsetSeconds: 3600, suggestedCopyPath: { _ in existing }))
        press(app, [.char("S"), .enter])
        guard case let .form(.saveCopy, form)? = app.view.overlay else {
            Issue.record("the form closed")
            return
        }
        #expect(form.problem?.hasPrefix(expected) == true, "\(form.problem ?? "")")
        #expect(app.screen(120, 40).contains(expected))
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "van iemand anders")
    }
}

@Suite struct TourTests {
    @Test func fivePagesThenDoneOnceAndSkippable() throws {
        var dismissed = 0
        let app = try demoApp(environment: AppEnvironment(utcOffsetSeconds: 3600, onTourDismissed: { dismissed += 1 }))
        app.startTour()
        #expect(app.screen(80, 24).contains("Welkom bij routekaart"))
        press(app, [.enter])
        let routePoints = app.screen(80, 24)
        for point in ["I Definieer het vraagstuk (1, 2, 3)", "II Bepaal in welk", "III Kies het perspectief (5, 6)", "IV Investeer", "V Borg en verbind (9, 10)"] {
            #expect(routePoints.replacingOccurrences(of: "\n", with: " ").contains(point) || routePoints.contains(point), "\(point)")
        }
        #expect(routePoints.contains("besteed/gepland"))
        press(app, [.enter, .left, .enter, .enter, .enter], from: 5)
        #expect(app.view.overlay == .tour(4))
        assertGolden(app.screen(80, 24), named: "tour-last-80x24")
        press(app, [.enter], from: 20)
        #expect(app.view.overlay == nil && dismissed == 1)
        app.startTour()
        press(app, [.escape], from: 30)
        #expect(app.view.overlay == nil && dismissed == 1)  // the callback runs once
        #expect(app.session.history.events.count == 8)  // the tour records nothing
    }
}
