import Testing
@testable import RoutekaartCore

/// Each event, applied to a known state, gives exactly the expected state.
@Suite struct ReducerTests {
    let anouk = Participant(id: ParticipantID("p1"), fields: ParticipantFields(name: "Anouk", organisation: "Zwolle", helix: .government, role: "wethouder"))

    @Test func sessionStartedSetsDetailsAndScenario() {
        var expected = WorkshopState()
        expected.details = demoDetails
        expected.scenario = "demo"
        #expect(Reducer.reduce(WorkshopState(), .sessionStarted(demoDetails, scenario: "demo")) == expected)
    }

    @Test func detailsEditedReplacesDetails() {
        var expected = WorkshopState()
        expected.details = demoDetails
        #expect(Reducer.reduce(WorkshopState(), .sessionDetailsEdited(demoDetails)) == expected)
    }

    @Test func participantAddedAppendsAndAdvancesTheNextNumber() {
        var expected = WorkshopState()
        expected.participants = [anouk]
        expected.nextParticipantNumber = 2
        #expect(Reducer.reduce(WorkshopState(), .participantAdded(anouk)) == expected)
    }

    @Test func participantAddedTwiceWithTheSameIdIsIgnored() {
        let once = Reducer.reduce(WorkshopState(), .participantAdded(anouk))
        #expect(Reducer.reduce(once, .participantAdded(anouk)) == once)
    }

    @Test func participantEditedReplacesFields() {
        let start = Reducer.reduce(WorkshopState(), .participantAdded(anouk))
        var edited = anouk
        edited.fields.role = "burgemeester"
        var expected = start
        expected.participants = [edited]
        #expect(Reducer.reduce(start, .participantEdited(edited)) == expected)
    }

    @Test func participantRemovedTakesThemOut() {
        let start = Reducer.reduce(WorkshopState(), .participantAdded(anouk))
        var expected = start
        expected.participants = []
        #expect(Reducer.reduce(start, .participantRemoved(anouk.id)) == expected)
    }

    @Test func eventsAboutUnknownParticipantsChangeNothing() {
        let start = WorkshopState()
        #expect(Reducer.reduce(start, .participantEdited(anouk)) == start)
        #expect(Reducer.reduce(start, .participantRemoved(anouk.id)) == start)
    }

    @Test func openingAWegwijzerMarksItBusyOnce() {
        var expected = WorkshopState()
        expected.openWegwijzer = 4
        expected.statuses[3] = .inProgress
        #expect(Reducer.reduce(WorkshopState(), .wegwijzerOpened(4)) == expected)

        var done = WorkshopState()
        done.statuses[3] = .done
        var expectedDone = done
        expectedDone.openWegwijzer = 4
        #expect(Reducer.reduce(done, .wegwijzerOpened(4)) == expectedDone)
    }

    @Test func overviewOpenedClosesTheWegwijzer() {
        var start = WorkshopState()
        start.openWegwijzer = 2
        var expected = start
        expected.openWegwijzer = nil
        #expect(Reducer.reduce(start, .overviewOpened) == expected)
    }

    @Test func statusChangedSetsTheStatus() {
        var expected = WorkshopState()
        expected.statuses[9] = .skipped
        #expect(Reducer.reduce(WorkshopState(), .wegwijzerStatusChanged(wegwijzer: 10, status: .skipped)) == expected)
    }

    @Test func notesEditedSetsTheNotes() {
        var expected = WorkshopState()
        expected.notes[0] = "coördinatie"
        #expect(Reducer.reduce(WorkshopState(), .notesEdited(wegwijzer: 1, text: "coördinatie")) == expected)
    }

    @Test func wegwijzersOutOfRangeChangeNothing() {
        let start = WorkshopState()
        for n in [0, 11, -3] {
            #expect(Reducer.reduce(start, .wegwijzerOpened(n)) == start)
            #expect(Reducer.reduce(start, .notesEdited(wegwijzer: n, text: "x")) == start)
            #expect(Reducer.reduce(start, .wegwijzerStatusChanged(wegwijzer: n, status: .done)) == start)
        }
    }

    @Test func undoAndRedoEventsAreLeftToTheHistory() {
        let start = WorkshopState()
        #expect(Reducer.reduce(start, .changeUndone(seq: 1)) == start)
        #expect(Reducer.reduce(start, .changeRedone(seq: 1)) == start)
    }
}
