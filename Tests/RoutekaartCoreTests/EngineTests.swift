import Testing
@testable import RoutekaartCore

@Suite struct EngineTests {
    @Test func addParticipantGetsTheNextId() throws {
        let h = try history([.startSession(demoDetails, scenario: nil), .addParticipant(.init(name: "A")), .addParticipant(.init(name: "B"))])
        #expect(h.state.participants.map(\.id.rawValue) == ["p1", "p2"])
    }

    @Test func namesAreTrimmedAndControlCharactersRemoved() throws {
        let h = try history([.addParticipant(.init(name: "  Zoë\u{7}\tde Wit \n", organisation: "A\u{1B}[31mB"))])
        #expect(h.state.participants[0].fields.name == "Zoë  de Wit")
        #expect(h.state.participants[0].fields.organisation == "A [31mB")
    }

    @Test func notesKeepLineBreaksButNoOtherControls() throws {
        let h = try history([.editNotes(wegwijzer: 2, text: "een\r\ntwee\u{0}\tdrie")])
        #expect(h.state.notes(of: 2) == "een\ntwee drie")
    }

    @Test func refusedCommandsSayWhy() throws {
        let h = SessionHistory()
        #expect(throws: CommandError.emptyName) { try Engine.execute(.addParticipant(.init(name: "  ")), on: h) }
        #expect(throws: CommandError.tooLong(field: "name", limit: 200)) {
            try Engine.execute(.addParticipant(.init(name: String(repeating: "x", count: 201))), on: h)
        }
        #expect(throws: CommandError.unknownWegwijzer(11)) { try Engine.execute(.openWegwijzer(11), on: h) }
        #expect(throws: CommandError.unknownParticipant(ParticipantID("p9"))) { try Engine.execute(.removeParticipant(ParticipantID("p9")), on: h) }
        #expect(throws: CommandError.nothingToUndo) { try Engine.execute(.undo, on: h) }
        #expect(throws: CommandError.nothingToRedo) { try Engine.execute(.redo, on: h) }
        #expect(throws: CommandError.emptyName) { try Engine.execute(.editDetails(SessionDetails(title: "")), on: h) }
    }

    @Test func rehearsingMovesEncodesTheirLinesAndRecordsNothing() throws {
        let started = try history([.startSession(demoDetails, scenario: nil), .openWegwijzer(4)])
        #expect(started.rehearseMoves() == 10, "nine other wegwijzers and the route map")
        #expect(started.events.count == 2 && started.state.openWegwijzer == 4)
    }

    @Test func errorMessagesExistInBothLanguages() {
        let errors: [CommandError] = [.emptyName, .emptyText, .tooLong(field: "name", limit: 3), .unknownWegwijzer(0),
                                      .unknownParticipant(ParticipantID("p1")), .nothingToUndo, .nothingToRedo, .readOnly, .notOnAgenda(2)]
        for e in errors { #expect(e.message(.nl) != e.message(.en)) }
    }

    @Test func commandsThatChangeNothingRecordNothing() throws {
        let h = try history([.startSession(demoDetails, scenario: nil), .addParticipant(.init(name: "A")),
                             .openWegwijzer(3), .editNotes(wegwijzer: 3, text: "x")])
        #expect(try Engine.execute(.editDetails(demoDetails), on: h).isEmpty)
        #expect(try Engine.execute(.editParticipant(ParticipantID("p1"), .init(name: "A")), on: h).isEmpty)
        #expect(try Engine.execute(.openWegwijzer(3), on: h).isEmpty)
        #expect(try Engine.execute(.setStatus(wegwijzer: 3, status: .inProgress), on: h).isEmpty)
        #expect(try Engine.execute(.editNotes(wegwijzer: 3, text: "x"), on: h).isEmpty)
    }

    @Test func undoTakesBackTheLastChangeNotNavigation() throws {
        var h = try history([.startSession(demoDetails, scenario: nil), .addParticipant(.init(name: "A")),
                             .editNotes(wegwijzer: 1, text: "eerste"), .openWegwijzer(5)])
        let events = try Engine.execute(.undo, on: h)
        #expect(events == [.changeUndone(seq: 3)])
        h.record(RecordedEvent(seq: h.nextSeq, at: at(10), event: events[0]))
        #expect(h.state.notes(of: 1) == "")
        #expect(h.state.openWegwijzer == 5)
        #expect(h.state.participants.count == 1)
    }

    @Test func undoThenRedoRestoresTheState() throws {
        var h = try history([.startSession(demoDetails, scenario: nil), .addParticipant(.init(name: "A")), .setStatus(wegwijzer: 2, status: .done)])
        let before = h.state
        for command in [WorkshopCommand.undo, .undo, .redo, .redo] {
            for e in try Engine.execute(command, on: h) { h.record(RecordedEvent(seq: h.nextSeq, at: at(20), event: e)) }
        }
        #expect(h.state == before)
        #expect(throws: CommandError.nothingToRedo) { try Engine.execute(.redo, on: h) }
    }

    /// Found by the property test: redo must put a change back in its place, because
    /// opening a wegwijzer afterwards marked it busy only because of that change.
    @Test func redoKeepsTheOrderThatLaterNavigationDependedOn() throws {
        var h = try history([.startSession(demoDetails, scenario: nil), .setStatus(wegwijzer: 5, status: .done),
                             .setStatus(wegwijzer: 5, status: .notVisited), .openWegwijzer(5)])
        let before = h.state
        #expect(before.status(of: 5) == .inProgress)
        for command in [WorkshopCommand.undo, .redo] {
            for e in try Engine.execute(command, on: h) { h.record(RecordedEvent(seq: h.nextSeq, at: at(9), event: e)) }
        }
        #expect(h.state == before)
    }

    @Test func theAgendaIsChecked() throws {
        let h = SessionHistory()
        #expect(throws: CommandError.unknownWegwijzer(11)) { try Engine.execute(.setAgenda([AgendaSlot(wegwijzer: 11, minutes: 5)]), on: h) }
        #expect(throws: CommandError.unknownWegwijzer(2)) { try Engine.execute(.setAgenda([AgendaSlot(wegwijzer: 2, minutes: 5), AgendaSlot(wegwijzer: 2, minutes: 9)]), on: h) }
        #expect(throws: CommandError.agendaMinutes(0)) { try Engine.execute(.setAgenda([AgendaSlot(wegwijzer: 2, minutes: 0)]), on: h) }
        #expect(try Engine.execute(.setAgenda([AgendaSlot(wegwijzer: 2, minutes: 20)]), on: h) == [.agendaSet([AgendaSlot(wegwijzer: 2, minutes: 20)])])
    }

    @Test func timeSpentCountsTheOpenWegwijzerUntilNow() {
        let events = [RecordedEvent(seq: 1, at: at(0), event: .wegwijzerOpened(3)), RecordedEvent(seq: 2, at: at(120), event: .wegwijzerOpened(5))]
        #expect(TimeSpent.milliseconds(events, until: at(180)) == [3: 120_000, 5: 60_000])
        #expect(TimeSpent.minutes(events) == [3: 2, 5: 0])
    }

    @Test func aPauseStopsTheClockEvenAcrossWegwijzers() {
        let events: [RecordedEvent] = [
            RecordedEvent(seq: 1, at: at(0), event: .wegwijzerOpened(3)), RecordedEvent(seq: 2, at: at(60), event: .timerPaused),
            RecordedEvent(seq: 3, at: at(90), event: .wegwijzerOpened(5)), RecordedEvent(seq: 4, at: at(600), event: .timerResumed),
            RecordedEvent(seq: 5, at: at(630), event: .timerPaused), RecordedEvent(seq: 6, at: at(640), event: .timerPaused),
        ]
        #expect(TimeSpent.milliseconds(events, until: at(1000)) == [3: 60_000, 5: 30_000])
    }

    @Test func extendingAddsMinutesUpToTheLimit() throws {
        let h = try history([.startSession(demoDetails, scenario: nil), .setAgenda([AgendaSlot(wegwijzer: 2, minutes: 20), AgendaSlot(wegwijzer: 4, minutes: 238)])])
        #expect(try Engine.execute(.extendTime(wegwijzer: 2, minutes: 5), on: h) == [.agendaSet([AgendaSlot(wegwijzer: 2, minutes: 25), AgendaSlot(wegwijzer: 4, minutes: 238)])])
        #expect(try Engine.execute(.extendTime(wegwijzer: 4, minutes: 5), on: h) == [.agendaSet([AgendaSlot(wegwijzer: 2, minutes: 20), AgendaSlot(wegwijzer: 4, minutes: 240)])])
        #expect(throws: CommandError.notOnAgenda(3)) { try Engine.execute(.extendTime(wegwijzer: 3, minutes: 5), on: h) }
        #expect(try Engine.execute(.resumeTimer, on: h).isEmpty)
        #expect(try Engine.execute(.pauseTimer, on: h) == [.timerPaused])
    }

    @Test func aNewChangeClearsRedo() throws {
        var h = try history([.addParticipant(.init(name: "A")), .undo])
        #expect(h.redoTarget != nil)
        for e in try Engine.execute(.addParticipant(.init(name: "B")), on: h) { h.record(RecordedEvent(seq: h.nextSeq, at: at(30), event: e)) }
        #expect(h.redoTarget == nil)
        #expect(h.state.participants.map(\.fields.name) == ["B"])
    }

    @Test func undoOfARemovalBringsTheParticipantBackWithTheSameId() throws {
        let h = try history([.addParticipant(.init(name: "A")), .addParticipant(.init(name: "B")), .removeParticipant(ParticipantID("p1")), .undo])
        #expect(h.state.participants.map(\.id.rawValue) == ["p1", "p2"])
    }

    @Test func aStrayUndoEventInALogChangesNothing() throws {
        var h = try history([.addParticipant(.init(name: "A"))])
        let before = h.state
        h.record(RecordedEvent(seq: h.nextSeq, at: at(5), event: .changeUndone(seq: 99)))
        h.record(RecordedEvent(seq: h.nextSeq, at: at(6), event: .changeRedone(seq: 1)))
        #expect(h.state == before)
    }
}
