// A phone's form on every kind of question: read, turned into commands and run by the
// engine on arbitrary fields and values (overflowing, negative, not numbers): nothing may crash.
import Foundation
import FuzzDriver
import RoutekaartCore

/// A workshop with three participants, two agenda points and one question open to the room.
func workshop(_ open: [WorkshopCommand]) -> SessionHistory {
    var history = SessionHistory()
    let people = ["Zoë", "Noël", "Chloë"].map { WorkshopCommand.addParticipant(ParticipantFields(name: $0)) }
    let topics: [WorkshopCommand] = [.add(AgendaTopic(text: "Stages")), .add(AgendaTopic(text: "Scholing"))]
    for command in [.startSession(SessionDetails(title: "Fuzz", region: "Regio"), scenario: nil)] + people + topics + open {
        for event in (try? Engine.execute(command, on: history)) ?? [] {
            history.record(RecordedEvent(seq: history.nextSeq, at: Timestamp(milliseconds: 0), event: event))
        }
    }
    return history
}

let questions: [SessionHistory] = [
    workshop([.openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single), toRoom: true)]),
    workshop([.openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .dots, dotsPerVoter: 3, anonymous: true), toRoom: true)]),
    workshop([.openWeefselRound(WeefselRoundSetup(anonymous: true), toRoom: true)]),
    workshop([.openWeefselRound(WeefselRoundSetup(), toRoom: true)]),
    workshop([.openQuestion(.agenda)]),
]

/// `a=1&b=2` as a browser encodes a form, read without a web server.
func form(_ text: String) -> [String: String] {
    var fields: [String: String] = [:]
    for pair in text.split(separator: "&") {
        let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0) }
        fields[parts[0]] = parts.count > 1 ? parts[1] : ""
    }
    return fields
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswer(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let fields = form(String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self))
    for history in questions {
        guard let ask = PhoneQuestion(history.state, .nl), let answer = PhoneAnswer(form: fields, ask.answer) else { continue }
        let voter = ask.anonymous ? nil : history.state.participants.first?.id
        guard let commands = try? ask.commands(for: answer, voter: voter, in: history.state) else { continue }
        var after = history
        for command in commands {
            for event in (try? Engine.execute(command, on: after)) ?? [] {
                after.record(RecordedEvent(seq: after.nextSeq, at: Timestamp(milliseconds: 1), event: event))
            }
        }
        _ = PhoneQuestion(after.state, .nl)?.result
    }
    return 0
}

@_cdecl("fuzz_answer_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt { fuzz(argc, argv, fuzzAnswer) }
