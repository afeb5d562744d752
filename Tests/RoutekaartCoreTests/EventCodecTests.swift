import Foundation
import Testing
@testable import RoutekaartCore

/// Every event type reads back as it was written, byte for byte, under the name the
/// session file has always used for it.
@Suite struct EventCodecTests {
    /// One event of each named type. The switch has no default: a new name needs a sample.
    static func sample(_ name: EventName) -> WorkshopEvent {
        switch name {
        case .sessionStarted: .sessionStarted(SessionDetails(title: "Werkplaats", region: "Regio Zwolle"), scenario: "demo")
        case .sessionDetailsEdited: .sessionDetailsEdited(SessionDetails(title: "Werkplaats maart", date: "2027-03-01"))
        case .participantAdded: .participantAdded(Participant(id: ParticipantID("p1"), fields: ParticipantFields(name: "Zoë", helix: .education)))
        case .participantEdited: .participantEdited(Participant(id: ParticipantID("p1"), fields: ParticipantFields(name: "Zoë Pietersë")))
        case .participantRemoved: .participantRemoved(ParticipantID("p1"))
        case .wegwijzerOpened: .wegwijzerOpened(4)
        case .overviewOpened: .overviewOpened
        case .timerPaused: .timerPaused
        case .timerResumed: .timerResumed
        case .wegwijzerStatusChanged: .wegwijzerStatusChanged(wegwijzer: 3, status: .done)
        case .notesEdited: .notesEdited(wegwijzer: 2, text: "regel één\nregel \"twee\"")
        case .quadrantRoundOpened: .quadrantRoundOpened(id: "q1", QuadrantRoundSetup(kind: .current, style: .dots, dotsPerVoter: 3, blind: true))
        case .quadrantVoteCast: .quadrantVoteCast(round: "q1", QuadrantBallot(voter: ParticipantID("p2"), dots: QuadrantDots(.netwerkend, 3), fromDevice: true))
        case .quadrantRoundRevealed: .quadrantRoundRevealed(round: "q1")
        case .emphasisChosen: .emphasisChosen(Emphasis(quadrant: .netwerkend, rationale: "omdat"))
        case .verbindAnswered: .verbindAnswered(quadrant: .presterend, answer: "meten")
        case .actorMoved: .actorMoved(id: "n1", BoardPoint(x: 120, y: -40))
        case .networkLaidOut: .networkLaidOut(["n1": BoardPoint(x: 1, y: 2), "n2": BoardPoint(x: -3, y: 4)])
        case .domainLinkSet: .domainLinkSet(a: "d1", b: "d2", strength: .strong)
        case .challengeStated: .challengeStated("Samen werk maken van werk")
        case .agendaSet: .agendaSet([AgendaSlot(wegwijzer: 1, minutes: 15), AgendaSlot(wegwijzer: 5, minutes: 30)])
        case .leadershipChosen: .leadershipChosen(Leadership(style: .mediating, reason: "verbindt"))
        case .herijkingPlanned: .herijkingPlanned("1 maart 2027")
        case .weefselRoundOpened: .weefselRoundOpened(id: "w1", WeefselRoundSetup(anonymous: true))
        case .weefselScoreGiven: .weefselScoreGiven(round: "w1", WeefselCell(row: "r1", indicator: Method.weefselIndicators[0].id), value: 4)
        case .weefselScoreCleared: .weefselScoreCleared(round: "w1", WeefselCell(row: "r1", indicator: Method.weefselIndicators[0].id))
        case .agendaDotsPerVoterSet: .agendaDotsPerVoterSet(5)
        case .agendaDotsGiven: .agendaDotsGiven(voter: ParticipantID("p3"), dots: ["g1": 2, "g2": 1])
        case .weefselRowGiven: .weefselRowGiven(round: "w1", row: "r2", scores: [Method.weefselIndicators[0].id: 3, Method.weefselIndicators[1].id: 0])
        case .weefselRoundRevealed: .weefselRoundRevealed(round: "w1")
        case .elementNotesEdited: .elementNotesEdited(.personen, ElementNotes(goesWell: "vertrouwen", mustChange: "tempo"))
        case .wrongWayFlagSet: .wrongWayFlagSet(WrongWayFlag(raised: true, note: "let op"))
        case .questionOpened: .questionOpened(.quadrantRound("q1"))
        case .questionClosed: .questionClosed
        case .changeUndone: .changeUndone(seq: 12)
        case .changeRedone: .changeRedone(seq: 12)
        }
    }

    /// One item of each kind. The switch has no default: a new kind needs a sample.
    static func sample(_ kind: ItemKind) -> Item {
        switch kind {
        case .constituency: Item(Constituency(id: "c1", fields: ConstituencyFields(name: "Gemeenteraad", note: "elk kwartaal")))
        case .agreement: Item(AccountabilityAgreement(id: "a1", fields: AgreementFields(what: "Voortgang", owner: "Griffie")))
        case .actor: Item(Actor(id: "n1", fields: ActorFields(name: "UWV Regio", kind: .uwv), position: BoardPoint(x: 10, y: 20), pinned: true))
        case .relation: Item(Relation(id: "l1", fields: RelationFields(from: "n1", to: "n2", note: "overleg")))
        case .domain: Item(Domain(id: "d1", fields: DomainFields(kind: .economicAffairs, name: "Economie", portfolio: "wethouder EZ")))
        case .interest: Item(PartyInterest(id: "b1", party: "ROC", interest: "stageplaatsen"))
        case .agendaTopic: Item(AgendaTopic(id: "g1", text: "Eén loket", dots: 4))
        case .fact: Item(Fact(id: "f1", fields: FactFields(indicator: "Vacatures", value: "1.200")))
        case .connection: Item(ConnectionItem(id: "v1", kind: .languageDifference, text: "jargon", audience: "raad"))
        case .reflection: Item(ReflectionItem(id: "e1", kind: .learned, text: "vaker samen"))
        case .commitment: Item(Commitment(id: "t1", fields: CommitmentFields(who: "Zoë", what: "Tien leerbanen", byWhen: "2027-03-01")))
        }
    }

    static var everyEvent: [WorkshopEvent] {
        EventName.allCases.map(sample) + ItemKind.allCases.flatMap { kind in
            [.itemAdded(sample(kind)), .itemEdited(sample(kind)), .itemRemoved(kind, id: sample(kind).id)]
        }
    }

    @Test func everyEventTypeGoesThroughEncodeDecodeEncodeUnchanged() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var names: [String] = []
        for (i, event) in Self.everyEvent.enumerated() {
            let recorded = RecordedEvent(seq: i + 1, at: Timestamp(milliseconds: 1_800_000_000_000), event: event)
            let first = try encoder.encode(recorded)
            let decoded = try JSONDecoder().decode(RecordedEvent.self, from: first)
            #expect(decoded == recorded, "\(event.typeName) decodes to something else")
            #expect(try encoder.encode(decoded) == first, "\(event.typeName) encodes differently the second time")
            names.append(event.typeName)
        }
        #expect(Set(names).count == names.count, "two event types share a name")
        #expect(names.count == EventName.allCases.count + 3 * ItemKind.allCases.count)
    }

    @Test func itemEventsKeepTheNamesAndDataOfTheSessionFile() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let added = try encoder.encode(RecordedEvent(seq: 1, at: Timestamp(milliseconds: 0), event: .itemAdded(Self.sample(.agendaTopic))))
        #expect(String(decoding: added, as: UTF8.self)
            == #"{"at":"1970-01-01T00:00:00.000Z","data":{"dots":4,"id":"g1","text":"Eén loket"},"seq":1,"type":"agendaTopicAdded"}"#)
        let removed = try encoder.encode(RecordedEvent(seq: 2, at: Timestamp(milliseconds: 0), event: .itemRemoved(.actor, id: "n3")))
        #expect(String(decoding: removed, as: UTF8.self) == #"{"at":"1970-01-01T00:00:00.000Z","data":{"id":"n3"},"seq":2,"type":"actorRemoved"}"#)
    }

    @Test func anUnknownTypeIsRefusedByName() {
        let json = #"{"seq":1,"at":"1970-01-01T00:00:00.000Z","type":"factPainted","data":{}}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(RecordedEvent.self, from: Data(json.utf8)) }
    }

    @Test func eachKindKnowsItsTypeAndPrefix() {
        for kind in ItemKind.allCases {
            #expect(kind.type.kind == kind)
            #expect(Self.sample(kind).kind == kind)
        }
        #expect(Set(ItemKind.allCases.map { $0.type.idPrefix }).count == ItemKind.allCases.count, "two kinds share an id prefix")
    }
}
