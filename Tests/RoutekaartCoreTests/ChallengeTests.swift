import Testing
@testable import RoutekaartCore

/// Wegwijzer 2: interests per party, the shared statement, the dot-voted agenda.
@Suite struct ChallengeTests {
    @Test func interestsGetIdsAndAreCleaned() throws {
        let h = try history([.add(PartyInterest(party: "  UWV Regio ", interest: "mensen\u{7}naar werk")), .add(PartyInterest(party: "ROC", interest: ""))])
        #expect(h.state.interests == [PartyInterest(id: "b1", party: "UWV Regio", interest: "mensen naar werk"), PartyInterest(id: "b2", party: "ROC", interest: "")])
        #expect(h.state.nextNumber(.interest) == 3)
    }

    @Test func badInputIsRefusedWithAReason() throws {
        let h = try history([.add(AgendaTopic(text: "Leerbanen", dots: 2))])
        #expect(throws: CommandError.emptyName) { try Engine.execute(.add(PartyInterest(party: " ", interest: "x")), on: h) }
        #expect(throws: CommandError.emptyText) { try Engine.execute(.add(AgendaTopic(text: "", dots: 0)), on: h) }
        #expect(throws: CommandError.topicDotsOutOfRange(-1)) { try Engine.execute(.edit(AgendaTopic(id: "g1", text: "Leerbanen", dots: -1)), on: h) }
        #expect(throws: CommandError.topicDotsOutOfRange(1000)) { try Engine.execute(.add(AgendaTopic(text: "x", dots: 1000)), on: h) }
        #expect(throws: CommandError.unknownItem("g9")) { try Engine.execute(.remove(.agendaTopic, "g9"), on: h) }
        #expect(throws: CommandError.unknownItem("b1")) { try Engine.execute(.edit(PartyInterest(id: "b1", party: "x", interest: "")), on: h) }
        #expect(throws: CommandError.tooLong(field: "challenge", limit: Engine.Limits.text)) {
            try Engine.execute(.stateChallenge(String(repeating: "x", count: Engine.Limits.text + 1)), on: h)
        }
        #expect(CommandError.topicDotsOutOfRange(1000).message(.nl) == "Een agendapunt heeft 0 tot en met 999 stippen, niet 1000.")
    }

    @Test func unchangedEditsRecordNothing() throws {
        let h = try history([.add(PartyInterest(party: "ROC", interest: "stages")), .add(AgendaTopic(text: "Leerbanen", dots: 2)), .stateChallenge("Samen")])
        #expect(try Engine.execute(.edit(PartyInterest(id: "b1", party: "ROC", interest: "stages")), on: h).isEmpty)
        #expect(try Engine.execute(.edit(AgendaTopic(id: "g1", text: "Leerbanen", dots: 2)), on: h).isEmpty)
        #expect(try Engine.execute(.stateChallenge(" Samen "), on: h).isEmpty)
    }

    @Test func theRankingIsByDotsAndTiesKeepTheirOrder() {
        let topics = [AgendaTopic(id: "g1", text: "a", dots: 2), AgendaTopic(id: "g2", text: "b", dots: 5),
                      AgendaTopic(id: "g3", text: "c", dots: 2), AgendaTopic(id: "g4", text: "d", dots: 0)]
        #expect(AgendaTopic.ranked(topics).map(\.id) == ["g2", "g1", "g3", "g4"])
        #expect(AgendaTopic.ranking(topics).map(\.rank) == [1, 2, 2, 4])
        #expect(AgendaTopic.ranked([]).isEmpty)
    }

    @Test func editsRemovalsAndUndoFoldAsExpected() throws {
        var h = try history([
            .add(PartyInterest(party: "UWV", interest: "werk")), .add(PartyInterest(party: "ROC", interest: "stages")),
            .edit(PartyInterest(id: "b1", party: "UWV Regio", interest: "werk")), .remove(.interest, "b2"),
            .stateChallenge("Vraag en aanbod vinden elkaar"),
            .add(AgendaTopic(text: "Leerbanen", dots: 0)), .add(AgendaTopic(text: "Loket", dots: 3)),
            .edit(AgendaTopic(id: "g1", text: "Leerbanen", dots: 4)), .remove(.agendaTopic, "g2"),
        ])
        #expect(h.state.interests == [PartyInterest(id: "b1", party: "UWV Regio", interest: "werk")])
        #expect(h.state.challengeStatement == "Vraag en aanbod vinden elkaar")
        #expect(h.state.agendaTopics == [AgendaTopic(id: "g1", text: "Leerbanen", dots: 4)])
        for e in try Engine.execute(.undo, on: h) { h.record(RecordedEvent(seq: h.nextSeq, at: at(20), event: e)) }
        #expect(h.state.agendaTopics.map(\.id) == ["g1", "g2"])
        for e in try Engine.execute(.undo, on: h) { h.record(RecordedEvent(seq: h.nextSeq, at: at(21), event: e)) }
        #expect(h.state.agendaTopics == [AgendaTopic(id: "g1", text: "Leerbanen", dots: 0), AgendaTopic(id: "g2", text: "Loket", dots: 3)])
        // A removed id is not given out again.
        for e in try Engine.execute(.add(AgendaTopic(text: "Nieuw", dots: 1)), on: h) { h.record(RecordedEvent(seq: h.nextSeq, at: at(22), event: e)) }
        #expect(h.state.agendaTopics.last?.id == "g3")
    }

    @Test func eventsAboutUnknownItemsChangeNothing() {
        var state = WorkshopState()
        Reducer.apply(.itemEdited(Item(PartyInterest(id: "b7", party: "x", interest: ""))), to: &state)
        Reducer.apply(.itemEdited(Item(AgendaTopic(id: "g7", text: "x", dots: 1))), to: &state)
        Reducer.apply(.itemRemoved(.agendaTopic, id: "g7"), to: &state)
        #expect(state == WorkshopState())
    }
}
