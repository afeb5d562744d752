import Foundation
import Testing
@testable import RoutekaartCore

@Suite struct StoreTests {
    let start: [WorkshopCommand] = [.startSession(demoDetails, scenario: "demo"), .addParticipant(.init(name: "Zoë"))]

    func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int) ?? -1
    }

    @Test func aNewSessionIsWrittenForTheOwnerOnly() throws {
        let path = try temporaryFolder() + "/s.json"
        let session = try LiveSession.create(at: path, commands: start, now: t0)
        try session.execute(.editNotes(wegwijzer: 1, text: "ë"), at: at(1))
        #expect(mode(path) == 0o600)
        #expect(mode(path + ".journal") == 0o600)
        #expect(session.saveStatus == .saved(at(1)))
    }

    @Test func createRefusesToOverwrite() throws {
        let path = try temporaryFolder() + "/s.json"
        try Data("mine".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: SessionFileError.exists) { try LiveSession.create(at: path, commands: start, now: t0) }
        #expect(bytes(path) == Data("mine".utf8))
    }

    @Test func everyAcknowledgedEventIsOnDiskWithoutAClose() throws {
        let path = try temporaryFolder() + "/s.json"
        let session = try LiveSession.create(at: path, commands: start, now: t0)
        try session.execute(.addParticipant(.init(name: "Noël")), at: at(1))
        try session.execute(.editNotes(wegwijzer: 3, text: "coördinatie"), at: at(2))
        // No close: as if the process were killed here.
        let loaded = try SessionLoader.load(path)
        #expect(loaded.events == session.history.events)
        #expect(loaded.journal == .clean)
        #expect(loaded.inSnapshot == 2)
    }

    @Test func reopeningFoldsTheJournalIntoTheFile() throws {
        let path = try temporaryFolder() + "/s.json"
        let session = try LiveSession.create(at: path, commands: start, now: t0)
        try session.execute(.openWegwijzer(4), at: at(1))
        let reopened = try LiveSession.open(path, now: at(2))
        #expect(reopened.state == session.state)
        #expect(reopened.state.openWegwijzer == 4)
        #expect(bytes(path + ".journal")?.isEmpty == true)
        #expect(try SessionFile.decode(bytes(path)!).events == session.history.events)
    }

    @Test func reopeningWithoutAJournalLeavesTheFileAsItIs() throws {
        let path = try temporaryFolder() + "/s.json"
        let session = try LiveSession.create(at: path, commands: start, now: t0)
        session.close(now: at(1))
        // Written by hand, with other spacing: opening reads it and does not rewrite it.
        let compact = String(decoding: try bytes(path)!, as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
        try Data(compact.utf8).write(to: URL(fileURLWithPath: path))
        let reopened = try LiveSession.open(path, now: at(2))
        #expect(reopened.state == session.state)
        #expect(bytes(path) == Data(compact.utf8))
    }

    @Test func compactionHappensEveryFewEvents() throws {
        let path = try temporaryFolder() + "/s.json"
        let session = try LiveSession.create(at: path, commands: start, now: t0)
        session.compactEvery = 3
        for i in 1...7 { try session.execute(.editNotes(wegwijzer: 1, text: "\(i)"), at: at(i)) }
        let loaded = try SessionLoader.load(path)
        #expect(loaded.inSnapshot == 8)
        #expect(loaded.events.count == 9)
    }

    @Test func aTornLastLineIsCutOffAndKept() throws {
        let path = try temporaryFolder() + "/s.json"
        let session = try LiveSession.create(at: path, commands: start, now: t0)
        try session.execute(.editNotes(wegwijzer: 1, text: "bewaard"), at: at(1))
        let torn = Data(#"{"at":"2026-11-29T14:00:02.000Z","data":{"text":"half"#.utf8)
        let handle = FileHandle(forWritingAtPath: path + ".journal")!
        handle.seekToEndOfFile()
        handle.write(torn)
        try handle.close()

        let loaded = try SessionLoader.load(path)
        #expect(loaded.events.count == 3)
        #expect(loaded.journal == .tornTail(offset: Int(try JournalLine.encode(session.history.events[2]).count), bytes: torn))

        let reopened = try LiveSession.open(path, now: at(3))
        #expect(reopened.state.notes(of: 1) == "bewaard")
        #expect(bytes(path + ".corrupt") == torn)
        #expect(reopened.openingNotice?.contains(".corrupt") == true)
        #expect(!reopened.isReadOnly)
    }

    @Test func damageInTheMiddleOpensReadOnlyAndWritesNothing() throws {
        let path = try temporaryFolder() + "/s.json"
        let session = try LiveSession.create(at: path, commands: start, now: t0)
        for i in 1...3 { try session.execute(.editNotes(wegwijzer: 1, text: "\(i)"), at: at(i)) }
        var journal = bytes(path + ".journal")!
        let secondLine = journal.firstIndex(of: UInt8(ascii: "\n"))! + 5
        journal[secondLine] = UInt8(ascii: "#")
        try journal.write(to: URL(fileURLWithPath: path + ".journal"))
        let before = (bytes(path)!, bytes(path + ".journal")!)

        let reopened = try LiveSession.open(path, now: at(9))
        #expect(reopened.isReadOnly)
        #expect(reopened.state.notes(of: 1) == "1")
        #expect(throws: CommandError.readOnly) { try reopened.execute(.editNotes(wegwijzer: 2, text: "x"), at: at(10)) }
        #expect(bytes(path) == before.0)
        #expect(bytes(path + ".journal") == before.1)
    }

    @Test func unreadableFilesGiveAClearReasonAndStayUntouched() throws {
        let folder = try temporaryFolder()
        let valid = try SessionFile(history: history(start), created: t0).encoded()
        let cases: [(String, Data, SessionFileError)] = [
            ("empty.json", Data(), .empty),
            ("prose.json", Data("Dit is geen JSON".utf8), .notJSON(detail: "")),
            ("truncated.json", valid.prefix(valid.count / 2), .notJSON(detail: "")),
            ("other.json", Data(#"{"name": "iets anders"}"#.utf8), .notASession),
            ("newer.json", Data(#"{"format": "routekaart-session", "schemaVersion": 7}"#.utf8), .newerSchema(found: 7, supported: 1)),
        ]
        for (name, data, expected) in cases {
            let path = folder + "/" + name
            try data.write(to: URL(fileURLWithPath: path))
            do {
                _ = try LiveSession.open(path, now: t0)
                Issue.record("\(name) opened")
            } catch let error as SessionFileError {
                switch (error, expected) {
                case (.notJSON, .notJSON): break
                default: #expect(error == expected, "\(name)")
                }
                #expect(!error.message(.nl).isEmpty && !error.message(.en).isEmpty)
            }
            #expect(bytes(path) == data, "\(name) was changed")
            #expect(!FileManager.default.fileExists(atPath: path + ".journal"), "\(name) got a journal")
        }
        #expect(throws: SessionFileError.missing) { try SessionLoader.load(folder + "/nothing.json") }
    }

    @Test func eventsWithGapsAreRefused() throws {
        var file = try SessionFile(history: history(start), created: t0)
        file.events = [file.events[1]]
        #expect(throws: SessionFileError.invalid(detail: "event 1 has sequence number 2")) { try SessionFile.decode(try file.encoded()) }
    }

    @Test func theFileIsPrettyJSONWithFormatAndVersion() throws {
        let text = String(decoding: try SessionFile(history: history(start), created: t0).encoded(), as: UTF8.self)
        #expect(text.contains(#""format" : "routekaart-session""#))
        #expect(text.contains(#""schemaVersion" : 1"#))
        #expect(text.contains(#""type" : "participantAdded""#))
    }

    /// One event of every type, so that a new type must be added here and to the schema.
    static let everyType: [WorkshopEvent] = [
        .sessionStarted(demoDetails, scenario: nil), .sessionDetailsEdited(demoDetails),
        .participantAdded(Participant(id: ParticipantID("p1"), fields: .init(name: "A"))),
        .participantEdited(Participant(id: ParticipantID("p1"), fields: .init(name: "B"))),
        .participantRemoved(ParticipantID("p1")), .wegwijzerOpened(1), .overviewOpened,
        .wegwijzerStatusChanged(wegwijzer: 1, status: .done), .notesEdited(wegwijzer: 1, text: "x"),
        .quadrantRoundOpened(id: "q1", .init(kind: .current, style: .single)),
        .quadrantVoteCast(round: "q1", QuadrantBallot(voter: nil, dots: .init(.presterend))),
        .quadrantRoundRevealed(round: "q1"), .emphasisChosen(Emphasis(quadrant: .netwerkend, rationale: "r")),
        .verbindAnswered(quadrant: .rechtmatig, answer: "x"),
        .itemAdded(Item(Constituency(id: "c1", fields: .init(name: "raad")))),
        .itemEdited(Item(Constituency(id: "c1", fields: .init(name: "raden")))), .itemRemoved(.constituency, id: "c1"),
        .itemAdded(Item(AccountabilityAgreement(id: "a1", fields: .init(what: "w")))),
        .itemEdited(Item(AccountabilityAgreement(id: "a1", fields: .init(what: "v")))), .itemRemoved(.agreement, id: "a1"),
        .itemAdded(Item(Actor(id: "n1", fields: ActorFields(name: "UWV", kind: .uwv), position: BoardPoint(x: 1, y: 2)))),
        .itemEdited(Item(Actor(id: "n1", fields: ActorFields(name: "UWV regio", kind: .uwv), position: BoardPoint(x: 1, y: 2)))),
        .actorMoved(id: "n1", BoardPoint(x: 30, y: -4)), .itemRemoved(.actor, id: "n1"),
        .itemAdded(Item(Relation(id: "l1", fields: RelationFields(from: "n1", to: "n2")))),
        .itemEdited(Item(Relation(id: "l1", fields: RelationFields(from: "n1", to: "n2", quality: .tension)))),
        .itemRemoved(.relation, id: "l1"), .networkLaidOut(["n1": BoardPoint(x: 5, y: 5)]),
        .agendaSet([AgendaSlot(wegwijzer: 1, minutes: 15)]), .timerPaused, .timerResumed,
        .itemAdded(Item(Domain(id: "d1", fields: DomainFields(kind: .economicAffairs, name: "EZ")))),
        .itemEdited(Item(Domain(id: "d1", fields: DomainFields(kind: .economicAffairs, name: "EZ", portfolio: "wethouder")))),
        .itemRemoved(.domain, id: "d1"), .domainLinkSet(a: "d1", b: "d2", strength: .weak),
        .itemAdded(Item(PartyInterest(id: "b1", party: "UWV", interest: "x"))), .itemEdited(Item(PartyInterest(id: "b1", party: "UWV", interest: "y"))),
        .itemRemoved(.interest, id: "b1"), .challengeStated("samen"),
        .itemAdded(Item(AgendaTopic(id: "g1", text: "x"))), .itemEdited(Item(AgendaTopic(id: "g1", text: "x", dots: 3))), .itemRemoved(.agendaTopic, id: "g1"),
        .itemAdded(Item(Fact(id: "f1", fields: FactFields(indicator: "W")))), .itemEdited(Item(Fact(id: "f1", fields: FactFields(indicator: "V")))), .itemRemoved(.fact, id: "f1"),
        .itemAdded(Item(ConnectionItem(id: "v1", kind: .whatConnects, text: "x"))), .itemEdited(Item(ConnectionItem(id: "v1", kind: .message, text: "y", audience: "raad"))),
        .itemRemoved(.connection, id: "v1"),
        .itemAdded(Item(ReflectionItem(id: "e1", kind: .learned, text: "x"))), .itemEdited(Item(ReflectionItem(id: "e1", kind: .didNot, text: "y"))),
        .itemRemoved(.reflection, id: "e1"), .leadershipChosen(Leadership(style: .forceful, reason: "r")), .herijkingPlanned("maart"),
        .itemAdded(Item(Commitment(id: "t1", fields: .init(who: "A", what: "W")))),
        .itemEdited(Item(Commitment(id: "t1", fields: .init(who: "A", what: "W", ownExample: true)))), .itemRemoved(.commitment, id: "t1"),
        .weefselRoundOpened(id: "w1", .init(anonymous: true)),
        .weefselScoreGiven(round: "w1", WeefselCell(row: "r1", indicator: "weefsel.gunnen"), value: 4),
        .weefselScoreCleared(round: "w1", WeefselCell(row: "r1", indicator: "weefsel.gunnen")),
        .weefselRoundRevealed(round: "w1"), .elementNotesEdited(.personen, ElementNotes(goesWell: "x")),
        .wrongWayFlagSet(WrongWayFlag(raised: true, note: "n")),
        .changeUndone(seq: 1), .changeRedone(seq: 1),
    ]

    @Test func everyEventTypeRoundTrips() throws {
        for (i, e) in Self.everyType.enumerated() {
            let recorded = RecordedEvent(seq: i + 1, at: t0, event: e)
            #expect(try JSONDecoder().decode(RecordedEvent.self, from: JSONEncoder().encode(recorded)) == recorded)
        }
    }

    @Test func theSchemaNamesEveryEventType() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/session.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let defs = try #require(schema["$defs"] as? [String: Any])
        let event = try #require(defs["event"] as? [String: Any])
        let rules = try #require(event["allOf"] as? [[String: Any]])
        let typeRule = try #require(rules.last?["properties"] as? [String: Any])
        let names = try #require((typeRule["type"] as? [String: Any])?["enum"] as? [String])
        #expect(Set(names) == Set(Self.everyType.map(\.typeName)))
        #expect(Set(Self.everyType.map(\.typeName)).count == Self.everyType.count)
    }
}
