import Foundation
import PropertyBased
import Testing
@testable import RoutekaartCore

/// Turns random numbers into a workshop: each number picks a command and its arguments.
/// Every kind of command comes up; edits and removals mostly aim at items that exist.
enum Program {
    static let texts = ["Zoë", "coördinatie", "中文 名字", "🎉 feest", "a\"b\\c", "<b>&amp;</b>", "twee\nregels", "x"]

    static func command(_ n: Int, _ state: WorkshopState) -> WorkshopCommand {
        let arg = n / 64
        let text = texts[arg % texts.count]
        func pick<I: CapturedItem>(_: I.Type, fallback: String) -> String {
            let list = state[keyPath: I.list]
            return list.isEmpty ? fallback : list[arg % list.count].id
        }
        let someone = state.participants.isEmpty ? ParticipantID("p1") : state.participants[arg % state.participants.count].id
        let round = state.quadrantRounds.isEmpty ? "q1" : state.quadrantRounds[arg % state.quadrantRounds.count].id
        let quadrant = Quadrant.allCases[arg % 4]
        let actor = pick(Actor.self, fallback: "n1"), other = state.actors.isEmpty ? "n2" : state.actors[(arg + 1) % state.actors.count].id
        let domain = pick(Domain.self, fallback: "d1"), otherDomain = state.domains.isEmpty ? "d2" : state.domains[(arg + 1) % state.domains.count].id
        switch n % 64 {
        case 0: return .editDetails(SessionDetails(title: text, region: texts[(arg + 1) % texts.count]))
        case 1, 2: return .addParticipant(ParticipantFields(name: text, organisation: texts[(arg + 2) % texts.count],
                                                            helix: HelixGroup.allCases[arg % HelixGroup.allCases.count]))
        case 3: return .editParticipant(someone, ParticipantFields(name: text + "!", helix: .education))
        case 4: return .removeParticipant(someone)
        case 5: return .openWegwijzer(arg % 12)  // sometimes out of range: refused
        case 6: return .openOverview
        case 7: return .setStatus(wegwijzer: arg % 10 + 1, status: WegwijzerStatus.allCases[arg % 4])
        case 8: return .editNotes(wegwijzer: arg % 10 + 1, text: text)
        case 9: return .openQuadrantRound(QuadrantRoundSetup(kind: arg % 2 == 0 ? .current : .desired, style: arg % 3 == 0 ? .dots : .single,
                                                              dotsPerVoter: 3, anonymous: arg % 5 == 0, blind: arg % 7 == 0))
        case 10, 11: return .castQuadrantVote(round: round, voter: someone, dots: QuadrantDots(quadrant, state.round(round)?.setup.dotsPerVoter ?? 1),
                                              fromDevice: arg % 3 == 0)
        case 12: return .revealQuadrantRound(round)
        case 13: return .chooseEmphasis(Emphasis(quadrant: quadrant, rationale: text))
        case 14: return .answerVerbind(quadrant: quadrant, answer: text)
        case 15: return .add(Constituency(fields: ConstituencyFields(name: text)))
        case 16: return .edit(Constituency(id: pick(Constituency.self, fallback: "c1"), fields: ConstituencyFields(name: text, note: "!")))
        case 17: return .remove(.constituency, pick(Constituency.self, fallback: "c1"))
        case 18: return .add(AccountabilityAgreement(fields: AgreementFields(what: text, towards: text)))
        case 19: return .edit(AccountabilityAgreement(id: pick(AccountabilityAgreement.self, fallback: "a1"), fields: AgreementFields(what: text + "?")))
        case 20: return .remove(.agreement, pick(AccountabilityAgreement.self, fallback: "a1"))
        case 21, 22: return .add(Actor(fields: ActorFields(name: text, kind: ActorKind.allCases[arg % ActorKind.allCases.count], closeness: arg % 5 + 1)))
        case 23: return .edit(Actor(id: actor, fields: ActorFields(name: text + "*", closeness: arg % 6)))  // closeness 0: refused
        case 24: return .remove(.actor, actor)  // its relations go with it
        case 25: return .moveActor(actor, to: BoardPoint(x: arg % 201 - 100, y: (arg / 7) % 201 - 100))
        case 26: return .layOutNetwork
        case 27, 28: return .add(Relation(fields: RelationFields(from: actor, to: other, strength: arg % 2 == 0 ? .strong : .weak)))
        case 29: return .edit(Relation(id: pick(Relation.self, fallback: "l1"), fields: RelationFields(from: actor, to: other, note: text)))
        case 30: return .remove(.relation, pick(Relation.self, fallback: "l1"))
        case 31: return .add(Domain(fields: DomainFields(kind: DomainKind.allCases[arg % DomainKind.allCases.count], name: text)))
        case 32: return .edit(Domain(id: domain, fields: DomainFields(kind: .care, name: text + "+")))
        case 33: return .remove(.domain, domain)  // its links go with it
        case 34: return .setDomainLink(domain, otherDomain, DomainLinkStrength.allCases[arg % 3])
        case 35: return .add(Fact(fields: FactFields(indicator: text, value: "\(arg)")))
        case 36: return .edit(Fact(id: pick(Fact.self, fallback: "f1"), fields: FactFields(indicator: text, source: text)))
        case 37: return .remove(.fact, pick(Fact.self, fallback: "f1"))
        case 38: return .add(PartyInterest(party: text, interest: text))
        case 39: return .edit(PartyInterest(id: pick(PartyInterest.self, fallback: "b1"), party: text, interest: ""))
        case 40: return .remove(.interest, pick(PartyInterest.self, fallback: "b1"))
        case 41: return .stateChallenge(text)
        case 42: return .add(AgendaTopic(text: text, dots: arg % 1_200))  // over 999: refused
        case 43: return .edit(AgendaTopic(id: pick(AgendaTopic.self, fallback: "g1"), text: text, dots: arg % 9))
        case 44: return .remove(.agendaTopic, pick(AgendaTopic.self, fallback: "g1"))
        case 45: return .add(ConnectionItem(kind: ConnectionKind.allCases[arg % ConnectionKind.allCases.count], text: text, audience: text))
        case 46: return .edit(ConnectionItem(id: pick(ConnectionItem.self, fallback: "v1"), kind: .message, text: text + "."))
        case 47: return .remove(.connection, pick(ConnectionItem.self, fallback: "v1"))
        case 48: return .add(ReflectionItem(kind: ReflectionKind.allCases[arg % 3], text: text))
        case 49: return .remove(.reflection, pick(ReflectionItem.self, fallback: "e1"))
        case 50: return .add(Commitment(fields: CommitmentFields(who: text, what: text, byWhen: "2027-03-01", ownExample: arg % 2 == 0)))
        case 51: return .edit(Commitment(id: pick(Commitment.self, fallback: "t1"), fields: CommitmentFields(who: "", what: text)))
        case 52: return .remove(.commitment, pick(Commitment.self, fallback: "t1"))
        case 53: return .setAgenda(arg % 3 == 0 ? [] : [AgendaSlot(wegwijzer: arg % 10 + 1, minutes: arg % 250)])
        case 54: return arg % 2 == 0 ? .pauseTimer : .resumeTimer
        case 55: return .extendTime(wegwijzer: arg % 10 + 1, minutes: 5)
        case 56: return arg % 2 == 0 ? .chooseLeadership(Leadership(style: LeadershipStyle.allCases[arg % 3], reason: text)) : .planHerijking(text)
        case 57:
            guard let w = state.weefselRounds.last, arg % 4 != 0 else { return .openWeefselRound(WeefselRoundSetup(anonymous: arg % 3 == 0, blind: arg % 5 == 0)) }
            let indicator = Method.weefselIndicators[arg % Method.weefselIndicators.count].id
            return .giveWeefselScore(round: w.id, row: w.setup.anonymous ? "r\(arg % 4 + 1)" : someone.rawValue, indicator: indicator, value: arg % 6)
        case 58:
            guard let w = state.weefselRounds.last else { return .revealWeefselRound("w1") }
            return arg % 2 == 0 ? .revealWeefselRound(w.id)
                : .clearWeefselScore(round: w.id, row: w.setup.anonymous ? "r1" : someone.rawValue, indicator: Method.weefselIndicators[0].id)
        case 59: return arg % 2 == 0 ? .editElementNotes(WeefselElement.allCases[arg % 3], ElementNotes(goesWell: text))
                                     : .setWrongWayFlag(WrongWayFlag(raised: arg % 4 == 1, note: text))
        case 60:
            guard let w = state.weefselRounds.last else { return .undo }
            let scores = Dictionary(uniqueKeysWithValues: Method.weefselIndicators.prefix(arg % 5 + 1).map { ($0.id, arg % 6) })
            return .giveWeefselRow(round: w.id, row: w.setup.anonymous ? nil : someone.rawValue, scores: scores)
        case 61:
            guard arg % 3 != 0, let topic = state.agendaTopics.first else { return .setAgendaDotsPerVoter(arg % 22) }  // 0 and 21: refused
            return .giveAgendaDots(voter: someone, dots: [topic.id: arg % 4])
        case 62: return .undo
        default: return arg % 2 == 0 ? .undo : .redo
        }
    }

    /// Runs the program; refused commands are skipped, as the screen would only show a message.
    static func run(_ numbers: [Int]) -> SessionHistory {
        var h = SessionHistory()
        h.record(RecordedEvent(seq: 1, at: t0, event: .sessionStarted(demoDetails, scenario: nil)))
        for (i, n) in numbers.enumerated() {
            guard let events = try? Engine.execute(command(n, h.state), on: h) else { continue }
            for e in events { h.record(RecordedEvent(seq: h.nextSeq, at: at(i), event: e)) }
        }
        return h
    }

    static let numbers = Gen.int(in: 0...100_000).array(of: 0...120)
}

@Suite struct PropertyTests {
    /// The state built command by command equals the state of the file written to disk and
    /// opened again: through the journal, and through the compacted session file.
    @Test func theLiveStateIsTheStateOfTheFileReopened() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("property-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let counter = Counter()
        await propertyCheck(count: 150, input: Program.numbers) { numbers in
            let path = folder.appendingPathComponent("s\(counter.next()).json").path
            let session = try! LiveSession.create(at: path, commands: [.startSession(demoDetails, scenario: nil)], now: t0)
            for (i, n) in numbers.enumerated() { _ = try? session.execute(Program.command(n, session.state), at: at(i)) }
            let live = session.state
            let fromJournal = try! LiveSession.open(path, now: at(1_000))  // the journal is folded in on open
            #expect(fromJournal.state == live)
            fromJournal.close(now: at(1_001))
            let fromFile = try! LiveSession.open(path, now: at(1_002))
            #expect(fromFile.state == live)
            #expect(fromFile.history.events == session.history.events)
        }
    }

    @Test func everyCommandKindComesUp() {
        var h = SessionHistory()
        h.record(RecordedEvent(seq: 1, at: t0, event: .sessionStarted(demoDetails, scenario: nil)))
        var kinds = Set<String>()
        for n in stride(from: 0, to: 64 * 40, by: 1) {
            let command = Program.command(n * 997 % (64 * 400), h.state)
            kinds.insert(String(describing: command).prefix { $0 != "(" }.description)
            if let events = try? Engine.execute(command, on: h) { for e in events { h.record(RecordedEvent(seq: h.nextSeq, at: t0, event: e)) } }
        }
        // All 38 kinds of WorkshopCommand but startSession, which only begins a session: a new
        // kind of command fails here until the program generates it.
        #expect(kinds.count == 37, "command kinds generated: \(kinds.sorted())")
        let itemEvents = Set(h.events.compactMap { e -> ItemKind? in if case let .itemAdded(item) = e.event { item.kind } else { nil } })
        #expect(itemEvents == Set(ItemKind.allCases))
    }

    @Test func removingAnActorTakesItsRelationsAndUndoBringsThemBack() async {
        await propertyCheck(count: 100, input: Program.numbers) { numbers in
            var h = Program.run(numbers)
            func run(_ command: WorkshopCommand) { for e in try! Engine.execute(command, on: h) { h.record(RecordedEvent(seq: h.nextSeq, at: at(500), event: e)) } }
            run(.add(Actor(fields: ActorFields(name: "A"))))
            run(.add(Actor(fields: ActorFields(name: "B"))))
            let a = h.state.actors[h.state.actors.count - 2].id, b = h.state.actors.last!.id
            run(.add(Relation(fields: RelationFields(from: a, to: b))))
            let before = h.state
            run(.remove(.actor, a))
            #expect(!h.state.relations.contains { $0.fields.from == a || $0.fields.to == a })
            run(.undo)
            #expect(h.state == before)
            run(.redo)
            #expect(h.state.actor(a) == nil && !h.state.relations.contains { $0.fields.from == a || $0.fields.to == a })
        }
    }

    @Test func everyEventSurvivesEncodeAndDecode() async throws {
        await propertyCheck(count: 200, input: Program.numbers) { numbers in
            let events = Program.run(numbers).events
            let data = try! JSONEncoder().encode(events)
            #expect(try! JSONDecoder().decode([RecordedEvent].self, from: data) == events)
            for e in events {
                let line = try! JournalLine.encode(e)
                #expect(JournalLine.decode(line.dropLast()) == e)
            }
        }
    }

    @Test func aSessionFileSurvivesEncodeAndDecode() async {
        await propertyCheck(count: 100, input: Program.numbers) { numbers in
            let file = SessionFile(history: Program.run(numbers), created: t0)
            #expect(try! SessionFile.decode(try! file.encoded()) == file)
        }
    }

    /// What `JSONEncoder` makes of the whole file at once: the bytes the piecewise writer must match.
    struct WholeFile: Encodable {
        var format = SessionFile.formatID
        var schemaVersion = SessionFile.schemaVersion
        var metadata: SessionMetadata
        var events: [RecordedEvent]
    }

    @Test func theFileWrittenInPiecesIsByteForByteTheWholeEncoding() async {
        await propertyCheck(count: 100, input: Program.numbers, Gen.int(in: 1...9)) { numbers, batch in
            let file = SessionFile(history: Program.run(numbers), created: t0)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let whole = try! encoder.encode(WholeFile(metadata: file.metadata, events: file.events))
            var pieces = Data()
            var count = 0
            try! file.write(batch: batch) { pieces.append($0); count += 1 }
            #expect(pieces == whole)
            #expect(count == (file.events.count + batch - 1) / batch + 1)
            let empty = SessionFile(metadata: file.metadata, events: [])
            #expect(try! empty.encoded() == (try! encoder.encode(WholeFile(metadata: file.metadata, events: []))))
        }
    }

    @Test func undoThenRedoRestoresTheState() async {
        await propertyCheck(count: 300, input: Program.numbers) { numbers in
            var h = Program.run(numbers)
            guard let undo = try? Engine.execute(.undo, on: h) else { return }
            let before = h.state
            h.record(RecordedEvent(seq: h.nextSeq, at: at(999), event: undo[0]))
            let redo = try! Engine.execute(.redo, on: h)
            h.record(RecordedEvent(seq: h.nextSeq, at: at(1000), event: redo[0]))
            #expect(h.state == before)
        }
    }

    /// Blank lines anywhere change nothing, however many: before, between and after the
    /// events (100,000 of them), and before a torn last line, which is still torn.
    @Test func blankLinesInAJournalAreSkipped() throws {
        let events = Program.run([3, 17, 42]).events
        let lines = try events.map { try JournalLine.encode($0) }
        let blanks = Data(repeating: UInt8(ascii: "\n"), count: 100_000)
        var journal = blanks
        for line in lines { journal += line + Data("\n\n".utf8) }
        journal += blanks
        let read = JournalReader.read(journal, after: 0)
        #expect(read.events == events && read.condition == .clean)
        let torn = journal + Data(#"{"at":"2026"#.utf8)
        let tornRead = JournalReader.read(torn, after: 0)
        #expect(tornRead.events == events)
        if case let .tornTail(offset, bytes) = tornRead.condition { #expect(offset == journal.count && bytes.count == 11) } else { Issue.record("\(tornRead.condition)") }
    }

    @Test func aJournalCutAnywhereGivesAPrefixOfTheEvents() async {
        await propertyCheck(count: 200, input: Program.numbers, Gen.int(in: 0...100_000)) { numbers, cut in
            let events = Program.run(numbers).events
            var journal = Data()
            for e in events { journal.append(try! JournalLine.encode(e)) }
            let cutAt = journal.isEmpty ? 0 : cut % (journal.count + 1)
            let read = JournalReader.read(journal.prefix(cutAt), after: 0)
            #expect(Array(events.prefix(read.events.count)) == read.events)
            switch read.condition {
            case .clean: #expect(cutAt == 0 || cutAt == journal.count || journal[cutAt - 1] == UInt8(ascii: "\n"))
            case let .tornTail(offset, bytes): #expect(offset + bytes.count == cutAt)
            case .damaged: Issue.record("a cut journal is torn at the end, never damaged in the middle")
            }
        }
    }
}

/// Numbers the files of a property check.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int { lock.withLock { value += 1; return value } }
}
