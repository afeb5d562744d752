import Foundation
import RoutekaartCore

/// The session files `scripts/responsiveness` opens in the real program, written with
/// `routekaart-bench --fixtures FOLDER`:
/// - `klein.json`: the demo scenario with twelve participants;
/// - `netwerk-200.json`: 200 actors and 1,000 relations, not yet laid out;
/// - `groot-100k.json`: 100,000 events, with a journal `margin` events short of the next
///   compaction, so that typing starts one within a few keys.
enum Fixtures {
    static func write(to folder: String, margin: Int = 40) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let now = Timestamp(milliseconds: 1_764_000_000_000)
        for name in ["klein.json", "netwerk-200.json", "groot-100k.json"] {
            for suffix in ["", ".journal"] { try? FileManager.default.removeItem(atPath: folder + "/" + name + suffix) }
        }

        var small = Scenario.builtIn("demo")!.startCommands(date: "2026-12-01")
        for i in 1...12 { small.append(.addParticipant(ParticipantFields(name: "Deelnemer \(i)", helix: HelixGroup.allCases[i % 4]))) }
        try LiveSession.create(at: folder + "/klein.json", commands: small, now: now).close(now: now)

        var board: [WorkshopCommand] = [.startSession(SessionDetails(title: "Netwerk van 200", region: "Regio"), scenario: nil)]
        var random = SplitMix(state: 42)
        for i in 0..<200 {
            board.append(.add(Actor(fields: ActorFields(name: "Actor \(i)", kind: ActorKind.allCases[random.next(ActorKind.allCases.count)], closeness: random.next(5) + 1))))
        }
        var relations = 0
        while relations < 1_000 {
            let a = random.next(200) + 1, b = random.next(200) + 1
            guard a != b else { continue }
            board.append(.add(Relation(fields: RelationFields(from: "n\(a)", to: "n\(b)"))))
            relations += 1
        }
        try LiveSession.create(at: folder + "/netwerk-200.json", commands: board, now: now).close(now: now)

        let snapshot = 100_000
        let inJournal = CompactionSchedule.linear.journalLimit(snapshotEvents: snapshot) - margin
        let events = generatedEvents(snapshot + inJournal)
        let path = folder + "/groot-100k.json"
        try SessionFile(history: SessionHistory(replaying: Array(events.prefix(snapshot))), created: events[0].at).encoded().write(to: URL(fileURLWithPath: path))
        var journal = Data()
        for event in events.dropFirst(snapshot) { journal.append(try JournalLine.encode(event)) }
        try journal.write(to: URL(fileURLWithPath: path + ".journal"))
        print("fixtures in \(folder): klein.json, netwerk-200.json, groot-100k.json (\(snapshot) events, \(inJournal) more in its journal)")
    }
}
