// kill -9 torture: runs a scripted workshop in a child process, kills it at a random
// moment, reopens the session and checks that every acknowledged event is there and
// that the log is a valid prefix of the script.
//
//   swift run routekaart-torture            20 runs
//   swift run routekaart-torture --long     200 runs
//   swift run routekaart-torture --runs N --seed S
//
// The child starts from a session of 3,000 events and folds its journal in the background
// every 40 events. Every second run waits for a fold to begin and kills 0–39 ms into it;
// the summary counts the kills that left a fold's or a new journal's temporary file behind.
//
// Readers: a writer plays the script on a session of E events, folding its journal every
// C events, while `routekaart check` reads the session R times; every read must be whole.
//
//   swift run routekaart-torture --readers R --events E --compact-every C
import Foundation
import Glibc
import RoutekaartCore

/// A fixed pseudo-random sequence.
struct SplitMix {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

/// The workshop the child plays: the same commands for the same seed.
struct Script {
    var random: SplitMix
    let texts = ["Zoë", "coördinatie ontbreekt", "中文", "🎉", "werk voor iedereen", "a\"b"]

    mutating func command(_ state: WorkshopState) -> WorkshopCommand {
        let n = random.next(1000)
        let text = texts[n % texts.count] + " \(n)"
        switch n % 9 {
        case 0: return .addParticipant(ParticipantFields(name: text))
        case 1: return .editNotes(wegwijzer: n % 10 + 1, text: text)
        case 2: return .openWegwijzer(n % 10 + 1)
        case 3: return .add(Actor(fields: ActorFields(name: text, kind: ActorKind.allCases[n % 13], closeness: n % 5 + 1)))
        case 4:
            guard state.actors.count > 1 else { return .openOverview }
            return .add(Relation(fields: RelationFields(from: state.actors[n % state.actors.count].id, to: state.actors[(n + 1) % state.actors.count].id)))
        case 5: return state.quadrantRounds.isEmpty ? .openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single, anonymous: true))
                                                    : .castQuadrantVote(round: "q1", voter: nil, dots: QuadrantDots(Quadrant.allCases[n % 4]))
        case 6: return .setStatus(wegwijzer: n % 10 + 1, status: WegwijzerStatus.allCases[n % 4])
        case 7: return .undo
        default: return .editDetails(SessionDetails(title: "Torture \(n)", region: "Regio"))
        }
    }

    /// The events the script gives, as the engine would record them (time left out).
    static func expected(seed: UInt64, count: Int) -> [WorkshopEvent] {
        played(seed: seed, atLeast: count).history.events.prefix(count).map(\.event)
    }

    /// The script played through the engine until the log has `count` events, and the
    /// script as it then stands, to go on with. Below `grown` events an undo is passed
    /// over: it refolds the whole log, and the start of a session should take no time.
    static func played(seed: UInt64, atLeast count: Int, at time: Timestamp = Timestamp(milliseconds: 0)) -> (history: SessionHistory, script: Script) {
        var script = Script(random: SplitMix(state: seed))
        var h = SessionHistory()
        for c in start { for e in try! Engine.execute(c, on: h) { h.record(RecordedEvent(seq: h.nextSeq, at: time, event: e)) } }
        while h.events.count < count {
            let c = script.command(h.state)
            if case .undo = c, h.events.count < grown { continue }
            guard let events = try? Engine.execute(c, on: h) else { continue }
            for e in events { h.record(RecordedEvent(seq: h.nextSeq, at: time, event: e)) }
        }
        return (h, script)
    }

    static let grown = 3_000
    static let start: [WorkshopCommand] = [.startSession(SessionDetails(title: "Torture", region: "Regio"), scenario: nil)]
}

func now() -> Timestamp { Timestamp(secondsSince1970: Date().timeIntervalSince1970) }

/// Tells the parent, unbuffered, that event `seq` is on disk.
func acknowledge(_ seq: Int) {
    FileHandle.standardOutput.write(Data("ack \(seq)\n".utf8))
}

/// The child: plays the script until killed, printing "ack SEQ" once an event is on disk.
/// Its first 3,000 events are written as the session file, as a session opened again.
func child(folder: String, seed: UInt64) -> Never {
    let (history, played) = Script.played(seed: seed, atLeast: Script.grown, at: now())
    try! SessionStore.create(at: folder + "/s.json", file: SessionFile(history: history, created: now())).release()
    var script = played
    let session = try! LiveSession.open(folder + "/s.json", now: now())
    session.schedule = .every(40)
    session.defersNavigation = true  // as in the terminal: a step is written once its frame is out
    acknowledge(session.history.events.count)
    var steps = 0
    while true {
        let command = script.command(session.state)
        guard let events = try? session.execute(command, at: now()), !events.isEmpty else { continue }
        guard case .saved = session.saveStatus else { fatalError("not saved: \(session.saveStatus)") }
        if events.allSatisfy(\.event.isNavigation) {
            steps += 1
            guard steps % 2 == 0 else { continue }  // no frame yet (keys came faster): it waits, unacknowledged
            session.writeDeferredSteps()  // the frame is out
        }
        acknowledge(events.last!.seq)
    }
}

/// What a kill landed in.
enum Interrupted { case nothing, fold, journalReplacement }

/// One run: start the child, kill it after `delay` ms (with `duringFold`, then at the
/// next fold, `delay` % 40 ms after its temporary file appeared), reopen and compare.
func run(_ index: Int, seed: UInt64, delay: Int, duringFold: Bool, executable: String) -> (acknowledged: Int, found: Int, ok: Bool, detail: String, interrupted: Interrupted) {
    let folder = NSTemporaryDirectory() + "routekaart-torture-\(getpid())-\(index)"
    try? FileManager.default.removeItem(atPath: folder)
    try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["--child", folder, "--seed", "\(seed)"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try! process.run()
    usleep(useconds_t(delay * 1000))
    if duringFold {
        for _ in 0..<4_000 {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            if names.contains(where: { $0.hasPrefix(".s.json.") }) { break }
            usleep(500)
        }
        usleep(useconds_t(delay % 40 * 1000))
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let acknowledged = output.split(separator: "\n").compactMap { $0.hasPrefix("ack ") ? Int($0.dropFirst(4)) : nil }.last ?? 0
    guard acknowledged > 0 else { return (0, 0, true, "killed before the session existed", .nothing) }
    // What the kill interrupted: a fold being written, or the journal being replaced.
    let left = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    let interrupted: Interrupted = left.contains { $0.hasPrefix(".s.json.journal.") } ? .journalReplacement
        : left.contains { $0.hasPrefix(".s.json.") } ? .fold : .nothing
    do {
        let loaded = try SessionLoader.load(folder + "/s.json")
        if case let .damaged(line) = loaded.journal { return (acknowledged, loaded.events.count, false, "journal damaged at line \(line)", interrupted) }
        let found = loaded.events.count
        for (i, e) in loaded.events.enumerated() where e.seq != i + 1 { return (acknowledged, found, false, "gap at \(i + 1)", interrupted) }
        let expected = Script.expected(seed: seed, count: found)
        guard loaded.events.map(\.event) == expected else { return (acknowledged, found, false, "not a prefix of the script", interrupted) }
        guard found >= acknowledged else { return (acknowledged, found, false, "lost \(acknowledged - found) acknowledged events", interrupted) }
        let reopened = try LiveSession.open(folder + "/s.json", now: now())
        guard reopened.history.events.count == found, !reopened.isReadOnly else { return (acknowledged, found, false, "reopening changed the log", interrupted) }
        return (acknowledged, found, true, "", interrupted)
    } catch {
        return (acknowledged, 0, false, "cannot reopen: \(error)", interrupted)
    }
}

/// The writer of the readers mode: opens the session and plays the script until killed.
func writer(path: String, seed: UInt64, compactEvery: Int) -> Never {
    let session = try! LiveSession.open(path, now: now())
    precondition(!session.isReadOnly, "the writer could not take the session")
    session.schedule = .every(compactEvery)
    var script = Script(random: SplitMix(state: seed))
    acknowledge(session.history.events.count)
    while true {
        let command = script.command(session.state)
        if case .undo = command { continue }  // an undo refolds the log: every read stays linear without
        guard let events = try? session.execute(command, at: now()), !events.isEmpty else { continue }
        guard case .saved = session.saveStatus else { fatalError("not saved: \(session.saveStatus)") }
        usleep(2_000)  // a busy room, not a flood: the folds in the background keep up, and the file stays the size it was
    }
}

/// A session of `count` events from the script, written in one go.
func grownSession(at path: String, seed: UInt64, count: Int) {
    var script = Script(random: SplitMix(state: seed))
    var history = SessionHistory()
    let at = now()
    var commands = Script.start
    while history.events.count < count {
        let command = commands.isEmpty ? script.command(history.state) : commands.removeFirst()
        if case .undo = command { continue }  // an undo refolds the log: growing stays linear without
        guard let events = try? Engine.execute(command, on: history) else { continue }
        for e in events { history.record(RecordedEvent(seq: history.nextSeq, at: at, event: e)) }
    }
    try! SessionStore.create(at: path, file: SessionFile(history: history, created: at)).release()
}

/// The readers mode: `routekaart check` in a loop while the writer folds its journal.
func readers(_ count: Int, events: Int, compactEvery: Int, executable: String) -> Int32 {
    let folder = NSTemporaryDirectory() + "routekaart-readers-\(getpid())"
    try? FileManager.default.removeItem(atPath: folder)
    try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/s.json"
    grownSession(at: path, seed: 7, count: events)
    let writer = Process()
    writer.executableURL = URL(fileURLWithPath: executable)
    writer.arguments = ["--writer", path, "--seed", "8", "--compact-every", "\(compactEvery)"]
    let ready = Pipe()
    writer.standardOutput = ready
    try! writer.run()
    _ = ready.fileHandleForReading.availableData  // the writer has the session
    let check = URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("routekaart").path
    var inconsistent = 0, lastCount = 0, compactions = 0
    var lastIdentity = ""
    for i in 1...count {
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: check)
        reader.arguments = ["check", path, "--lang", "en"]
        let out = Pipe()
        reader.standardOutput = out
        reader.standardError = out
        try! reader.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        reader.waitUntilExit()
        // "  events:            2998 (38 still in the journal)"
        let lines: [[Substring]] = text.split(separator: "\n").map { $0.split(separator: " ") }
        let eventsLine: [Substring] = lines.first { $0.first == "events:" } ?? []
        let counted = eventsLine.count > 1 ? Int(eventsLine[1]) ?? -1 : -1
        var info = stat()
        stat(path, &info)
        let identity = "\(info.st_ino)/\(info.st_ctim.tv_nsec)"
        if identity != lastIdentity { compactions += 1; lastIdentity = identity }
        if reader.terminationStatus != 0 || counted < lastCount || text.contains("damaged") || text.contains("read-only") {
            inconsistent += 1
            print("read \(i): status \(reader.terminationStatus), \(counted) events after \(lastCount): \(text.prefix(300))")
        }
        lastCount = max(lastCount, counted)
    }
    kill(writer.processIdentifier, SIGKILL)
    writer.waitUntilExit()
    print("\(count) reads of a session of \(events)+ events folded every \(compactEvery): \(inconsistent) inconsistent, last read \(lastCount) events, the file replaced at least \(compactions - 1) times")
    return inconsistent == 0 ? 0 : 1
}

let arguments = CommandLine.arguments
func value(_ flag: String) -> String? { arguments.firstIndex(of: flag).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil } }
if let folder = value("--child") { child(folder: folder, seed: UInt64(value("--seed") ?? "1") ?? 1) }
let compactEvery = Int(value("--compact-every") ?? "") ?? 500
if let path = value("--writer") { writer(path: path, seed: UInt64(value("--seed") ?? "1") ?? 1, compactEvery: compactEvery) }
let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
if let count = value("--readers").flatMap(Int.init) {
    exit(readers(count, events: Int(value("--events") ?? "") ?? 20_000, compactEvery: compactEvery, executable: executable))
}

let runs = Int(value("--runs") ?? "") ?? (arguments.contains("--long") ? 200 : 20)
let seed = UInt64(value("--seed") ?? "") ?? 2026
var timing = SplitMix(state: seed)
var failures = 0, totalAcknowledged = 0, lost = 0
var interrupted: [Interrupted: Int] = [:]
for i in 0..<runs {
    let delay = 350 + timing.next(400)
    let r = run(i, seed: seed &+ UInt64(i), delay: delay, duringFold: i % 2 == 1, executable: executable)
    totalAcknowledged += r.acknowledged
    interrupted[r.interrupted, default: 0] += 1
    if !r.ok {
        failures += 1
        lost += max(0, r.acknowledged - r.found)
        print("run \(i + 1): killed after \(delay) ms, \(r.acknowledged) acknowledged, \(r.found) found: \(r.detail)")
    }
}
print("\(runs - failures)/\(runs) reopened, \(lost) lost (\(totalAcknowledged) acknowledged events in all); killed while a fold was written: \(interrupted[.fold] ?? 0), while the journal was replaced: \(interrupted[.journalReplacement] ?? 0)")
exit(failures == 0 ? 0 : 1)
