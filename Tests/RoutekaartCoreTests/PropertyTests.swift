import Foundation
import PropertyBased
import Testing
@testable import RoutekaartCore

/// Turns random numbers into a workshop: each number picks a command and its arguments.
enum Program {
    static let texts = ["Zoë", "coördinatie", "中文 名字", "🎉 feest", "a\"b\\c", "<b>&amp;</b>", "twee\nregels", "x"]

    static func command(_ n: Int, _ state: WorkshopState) -> WorkshopCommand {
        let arg = n / 16
        let text = texts[arg % texts.count]
        let someone = state.participants.isEmpty ? ParticipantID("p1") : state.participants[arg % state.participants.count].id
        let round = state.quadrantRounds.isEmpty ? "q1" : state.quadrantRounds[arg % state.quadrantRounds.count].id
        let quadrant = Quadrant.allCases[arg % 4]
        if n % 32 >= 16 {
            switch n % 16 {
            case 0, 1: return .openQuadrantRound(QuadrantRoundSetup(kind: arg % 2 == 0 ? .current : .desired, style: arg % 3 == 0 ? .dots : .single,
                                                                    dotsPerVoter: 3, anonymous: arg % 5 == 0, blind: arg % 7 == 0))
            case 2, 3, 4, 5: return .castQuadrantVote(round: round, voter: someone, dots: QuadrantDots(quadrant, state.round(round)?.setup.dotsPerVoter ?? 1))
            case 6: return .revealQuadrantRound(round)
            case 7: return .chooseEmphasis(Emphasis(quadrant: quadrant, rationale: text))
            case 8: return .answerVerbind(quadrant: quadrant, answer: text)
            case 9: return .add(Constituency(fields: ConstituencyFields(name: text)))
            case 10: return .remove(.constituency, state.constituencies.first?.id ?? "c1")
            case 11: return .add(AccountabilityAgreement(fields: AgreementFields(what: text, towards: text)))
            case 12: return .edit(AccountabilityAgreement(id: state.agreements.last?.id ?? "a1", fields: AgreementFields(what: text + "?")))
            case 13: return .remove(.agreement, state.agreements.first?.id ?? "a1")
            case 14:
                guard let w = state.weefselRounds.last, arg % 4 != 0 else { return .openWeefselRound(WeefselRoundSetup(anonymous: arg % 3 == 0, blind: arg % 5 == 0)) }
                let indicator = Method.weefselIndicators[arg % Method.weefselIndicators.count].id
                return .giveWeefselScore(round: w.id, row: w.setup.anonymous ? "r\(arg % 4 + 1)" : someone.rawValue, indicator: indicator, value: arg % 6)
            default: return .undo
            }
        }
        switch n % 16 {
        case 0: return .editDetails(SessionDetails(title: text, region: texts[(arg + 1) % texts.count]))
        case 1, 2: return .addParticipant(ParticipantFields(name: text, organisation: texts[(arg + 2) % texts.count],
                                                            helix: HelixGroup.allCases[arg % HelixGroup.allCases.count]))
        case 3: return .editParticipant(someone, ParticipantFields(name: text + "!", helix: .education))
        case 4: return .removeParticipant(someone)
        case 5, 6: return .openWegwijzer(arg % 10 + 1)
        case 7: return .openOverview
        case 8: return .setStatus(wegwijzer: arg % 10 + 1, status: WegwijzerStatus.allCases[arg % 4])
        case 9, 10: return .editNotes(wegwijzer: arg % 10 + 1, text: text)
        case 11, 12: return .undo
        case 13: return .redo
        default: return .openWegwijzer(arg % 12)  // sometimes out of range: refused
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

    static let numbers = Gen.int(in: 0...100_000).array(of: 0...80)
}

@Suite struct PropertyTests {
    @Test func foldingTheLogGivesTheLiveStateEveryTime() async {
        await propertyCheck(count: 300, input: Program.numbers) { numbers in
            let live = Program.run(numbers)
            let replayed = SessionHistory(replaying: live.events)
            #expect(replayed.state == live.state)
            #expect(SessionHistory(replaying: live.events[...]).state == replayed.state)  // the appending path
            #expect(replayed.events == live.events)
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
