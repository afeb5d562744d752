import Foundation
import RoutekaartCore
import Testing

/// A session file from elsewhere with texts beyond what routekaart records, or a score for an
/// indicator the method does not have, is refused naming the event and the field.
@Suite struct SessionFileLimitsTests {
    let at = Timestamp(iso8601: "2026-11-29T10:00:00Z")!

    /// A session file holding `events` after a normal start, written as the program writes one.
    func file(with events: [WorkshopEvent]) throws -> String {
        let start: [WorkshopEvent] = [.sessionStarted(SessionDetails(title: "Werkplaats"), scenario: nil),
                                      .participantAdded(Participant(id: ParticipantID("p1"), fields: ParticipantFields(name: "Zoë")))]
        let recorded = (start + events).enumerated().map { RecordedEvent(seq: $0.offset + 1, at: at, event: $0.element) }
        let path = NSTemporaryDirectory() + "limits-" + UUID().uuidString + ".json"
        try SessionFile(history: SessionHistory(replaying: recorded), created: at).encoded().write(to: URL(fileURLWithPath: path))
        return path
    }

    func refusal(_ events: [WorkshopEvent]) throws -> SessionFileError? {
        let path = try file(with: events)
        do {
            _ = try SessionLoader.load(path)
            return nil
        } catch {
            return error
        }
    }

    @Test func textsAtTheirLimitAreRead() throws {
        let long = String(repeating: "a", count: Engine.Limits.field)
        #expect(try refusal([
            .sessionDetailsEdited(SessionDetails(title: String(repeating: "é", count: 200))),
            .itemAdded(Item(Fact(id: "f1", fields: FactFields(indicator: "x", area: .province, source: long)))),
            .notesEdited(wegwijzer: 1, text: String(repeating: "b", count: Engine.Limits.notes)),
        ]) == nil)
    }

    @Test func aTextOverItsLimitIsRefusedWithItsEventAndField() throws {
        #expect(try refusal([.sessionDetailsEdited(SessionDetails(title: String(repeating: "x", count: 5_000)))]) == .tooLong(seq: 3, field: "title", limit: 200))
        #expect(try refusal([.participantEdited(Participant(id: ParticipantID("p1"), fields: ParticipantFields(name: String(repeating: "n", count: 201))))])
            == .tooLong(seq: 3, field: "name", limit: 200))
        #expect(try refusal([.itemAdded(Item(Fact(id: "f1", fields: FactFields(indicator: "x", area: .province, source: String(repeating: "s", count: 501)))))])
            == .tooLong(seq: 3, field: "fact.source", limit: 500))
        #expect(try refusal([.elementNotesEdited(.weefsel, ElementNotes(goesWell: "", mustChange: String(repeating: "m", count: 2_001), whoActs: ""))])
            == .tooLong(seq: 3, field: "mustChange", limit: 2_000))
        #expect(try refusal([.notesEdited(wegwijzer: 2, text: String(repeating: "b", count: 100_001))]) == .tooLong(seq: 3, field: "text", limit: 100_000))
        let message = SessionFileError.tooLong(seq: 3, field: "fact.source", limit: 500).message(.nl)
        #expect(message == "gebeurtenis 3: het veld \"fact.source\" is langer dan 500 tekens; zo'n sessie maakt routekaart niet, het bestand is bewerkt")
    }

    @Test func anUnknownIndicatorIsRefused() throws {
        let round = WorkshopEvent.weefselRoundOpened(id: "w1", WeefselRoundSetup())
        #expect(try refusal([round, .weefselScoreGiven(round: "w1", WeefselCell(row: "p1", indicator: "weefsel.verzonnen"), value: 3)])
            == .unknownIndicator(seq: 4, id: "weefsel.verzonnen"))
        #expect(try refusal([round, .weefselScoreGiven(round: "w1", WeefselCell(row: "p1", indicator: "weefsel.vertrouwen"), value: 3)]) == nil)
    }

    /// The engine and the file agree: what the engine refuses as too long, the file check refuses too, field by field.
    @Test func theEngineAndTheFileCheckKeepTheSameLimits() throws {
        var h = SessionHistory()
        for c: WorkshopCommand in [.startSession(SessionDetails(title: "x"), scenario: nil), .addParticipant(ParticipantFields(name: "Zoë")),
                                   .add(Actor(fields: ActorFields(name: "A", kind: .company, closeness: 1))), .add(Actor(fields: ActorFields(name: "B", kind: .company, closeness: 1)))] {
            for e in try Engine.execute(c, on: h) { h.record(RecordedEvent(seq: h.nextSeq, at: at, event: e)) }
        }
        let items: [any CapturedItem] = [
            Fact(fields: FactFields(indicator: "i", area: .province)), PartyInterest(party: "p", interest: "i"), AgendaTopic(text: "t", dots: 0),
            Domain(fields: DomainFields(kind: .education, name: "d")), Actor(fields: ActorFields(name: "a", kind: .company, closeness: 1)),
            Relation(fields: RelationFields(from: "n1", to: "n2")), Constituency(fields: ConstituencyFields(name: "c")),
            AccountabilityAgreement(fields: AgreementFields(what: "w")), ConnectionItem(kind: .message, text: "t", audience: ""),
            ReflectionItem(kind: .learned, text: "t"), Commitment(fields: CommitmentFields(who: "w", what: "w")),
        ]
        #expect(items.count == ItemKind.allCases.count)
        for item in items { try Self.expectSameLimits(item, on: h) }
    }

    static func expectSameLimits<I: CapturedItem>(_ item: I, on h: SessionHistory) throws {
        for (field, _, limit) in item.limitedTexts where !["participant", "from", "to"].contains(field) {
            let over = try #require(setting(field, of: item, to: String(repeating: "z", count: limit + 1)), "\(I.self).\(field)")
            #expect(throws: CommandError.self, "the engine takes \(I.self).\(field) over \(limit)") { _ = try add(over, on: h) }
            #expect(over.limitedTexts.contains { $0.field == field && $0.text.count > $0.limit }, "the file check misses \(I.self).\(field)")
            let atLimit = try #require(setting(field, of: item, to: String(repeating: "z", count: limit)))
            #expect(throws: Never.self, "the engine refuses \(I.self).\(field) at \(limit)") { _ = try add(atLimit, on: h) }
        }
    }

    static func add<I: CapturedItem>(_ item: I, on h: SessionHistory) throws -> [WorkshopEvent] { try Engine.execute(.add(item), on: h) }

    /// `item` with the text field `field` set to `text`, through its JSON.
    static func setting<I: CapturedItem>(_ field: String, of item: I, to text: String) -> I? {
        guard var object = (try? JSONSerialization.jsonObject(with: JSONEncoder().encode(item))) as? [String: Any] else { return nil }
        if var fields = object["fields"] as? [String: Any], fields[field] != nil {
            fields[field] = text
            object["fields"] = fields
        } else if object[field] != nil {
            object[field] = text
        } else {
            return nil
        }
        return (try? JSONSerialization.data(withJSONObject: object)).flatMap { try? JSONDecoder().decode(I.self, from: $0) }
    }
}
