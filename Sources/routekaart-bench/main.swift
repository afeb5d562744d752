// Prints named performance figures, each against its budget. Run in release:
//   swift run -c release routekaart-bench
import Foundation
import RoutekaartCore
import RoutekaartExport
import RoutekaartUI

/// A fixed pseudo-random sequence, so every run measures the same network.
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

/// Median of `runs` timings of `body`, in milliseconds.
func measure(runs: Int, _ body: () -> Void) -> (median: Double, p99: Double) {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    times.sort()
    return (times[times.count / 2], times[min(times.count - 1, Int(Double(times.count) * 0.99))])
}

func report(_ name: String, _ value: Double, unit: String = "ms", budget: Double, atMost: Bool = true) {
    let ok = atMost ? value <= budget : value >= budget
    let padded = name + String(repeating: " ", count: max(1, 48 - name.count))
    print(padded + String(format: "%10.3f", value) + " \(unit)   budget \(atMost ? "≤" : "≥") " + String(format: "%.3f", budget) + " \(unit)   " + (ok ? "ok" : "OVER BUDGET"))
}

/// A session with `actors` actors and `relations` relations, as commands through the engine.
func network(actors: Int, relations: Int) -> LiveSession {
    let session = LiveSession(created: Timestamp(milliseconds: 0))
    var random = SplitMix(state: 42)
    let kinds = ActorKind.allCases
    let now = Timestamp(milliseconds: 0)
    for i in 0..<actors {
        try! session.execute(.add(Actor(fields: ActorFields(name: "Actor \(i)", kind: kinds[random.next(kinds.count)], closeness: random.next(5) + 1))), at: now)
    }
    var added = 0
    while added < relations {
        let a = random.next(actors) + 1, b = random.next(actors) + 1
        guard a != b else { continue }
        try! session.execute(.add(Relation(fields: RelationFields(from: "n\(a)", to: "n\(b)"))), at: now)
        added += 1
    }
    return session
}

/// A generated session of `count` events: participants, notes, navigation, votes, scores.
func generatedEvents(_ count: Int) -> [RecordedEvent] {
    var h = SessionHistory()
    var random = SplitMix(state: 7)
    var t: Int64 = 1_764_000_000_000
    func record(_ c: WorkshopCommand) {
        guard let events = try? Engine.execute(c, on: h) else { return }
        for e in events { h.record(RecordedEvent(seq: h.nextSeq, at: Timestamp(milliseconds: t), event: e)); t += 700 }
    }
    record(.startSession(SessionDetails(title: "Benchmark", region: "Regio"), scenario: nil))
    for i in 0..<12 { record(.addParticipant(ParticipantFields(name: "Deelnemer \(i)", helix: .government))) }
    record(.openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single)))
    record(.openWeefselRound(WeefselRoundSetup()))
    while h.events.count < count {
        let n = random.next(1000)
        switch n % 6 {
        case 0: record(.editNotes(wegwijzer: n % 10 + 1, text: "Notitie \(n): wat de zaal zei over samenwerking in de regio."))
        case 1: record(.openWegwijzer(n % 10 + 1))
        case 2: record(.castQuadrantVote(round: "q1", voter: ParticipantID("p\(n % 12 + 1)"), dots: QuadrantDots(Quadrant.allCases[n % 4])))
        case 3: record(.giveWeefselScore(round: "w1", row: "p\(n % 12 + 1)", indicator: Method.weefselIndicators[n % 14].id, value: n % 6))
        case 4: record(.setStatus(wegwijzer: n % 10 + 1, status: WegwijzerStatus.allCases[n % 4]))
        default: record(.openOverview)
        }
    }
    return Array(h.events.prefix(count))
}

let arguments = CommandLine.arguments
if let i = arguments.firstIndex(of: "--fixtures"), i + 1 < arguments.count {
    try! Fixtures.write(to: arguments[i + 1])
    exit(0)
}
/// Peak memory of this process, from /proc.
func peakRSSMegabytes() -> Double {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
    return Double(line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0) / 1024
}

// A child run, as `routekaart open FILE` goes: read and fold the file and the journal the
// last run left, render a frame, record a change, and quit, which writes the file anew;
// then report the peak memory.
if let i = arguments.firstIndex(of: "--open"), i + 1 < arguments.count {
    let now = Timestamp(milliseconds: 1_800_000_000_000)
    let session = try! LiveSession.open(arguments[i + 1], now: now)
    let app = WorkshopApp(session: session, language: .nl, now: now)
    _ = app.render(width: 200, height: 60, now: now)
    try! session.execute(.editNotes(wegwijzer: 2, text: "na het openen"), at: now)
    _ = app.render(width: 200, height: 60, now: now)
    session.close(now: now)
    print(String(format: "%.3f", peakRSSMegabytes()))
    exit(0)
}

print("routekaart benchmarks (\(ProcessInfo.processInfo.processorCount) cores)")

// One command through the engine and a 200×60 frame, as a key press in the workshop does.
do {
    let session = LiveSession(history: SessionHistory(replaying: generatedEvents(2_000)), created: Timestamp(milliseconds: 0))
    let app = WorkshopApp(session: session, language: .nl, now: Timestamp(milliseconds: 0))
    var tick: Int64 = 0
    let keys: [Key] = [.char("x"), .down, .char("s"), .down, .char("x"), .up]
    let step = measure(runs: 2_000) {
        tick += 1
        app.handle(keys[Int(tick) % keys.count], now: Timestamp(milliseconds: tick), width: 200, height: 60)
        _ = app.render(width: 200, height: 60, now: Timestamp(milliseconds: tick))
    }
    report("command + 200x60 frame, median", step.median, budget: 1)
    report("command + 200x60 frame, p99", step.p99, budget: 4)
}

// A 100 KB paste into a note: 102,400 keys as the terminal hands them over, a 120x40
// frame after every 4,096 (the run loop draws when no input waits).
do {
    let paste = measure(runs: 3) {
        let session = LiveSession(created: Timestamp(milliseconds: 0))
        for command in Scenario.builtIn("demo")!.startCommands(date: "2026-12-01") { try! session.execute(command, at: Timestamp(milliseconds: 0)) }
        let app = WorkshopApp(session: session, language: .nl, now: Timestamp(milliseconds: 0))
        for key: Key in [.char("3"), .tab, .enter] { app.handle(key, now: Timestamp(milliseconds: 1), width: 120, height: 40) }
        for i in 0..<102_400 {
            app.handle(i % 80 == 79 ? .enter : .char("x"), now: Timestamp(milliseconds: 2), width: 120, height: 40)
            if i % 4_096 == 4_095 { _ = app.render(width: 120, height: 40, now: Timestamp(milliseconds: 2)) }
        }
        _ = app.render(width: 120, height: 40, now: Timestamp(milliseconds: 2))
    }
    report("paste 100 KB into a note", paste.median, budget: 1_000)
}

// Folding a log, as replay and opening do.
do {
    let events = generatedEvents(100_000)
    let fold = measure(runs: 5) { _ = SessionHistory(replaying: events) }
    report("replay fold (events per second)", 100_000 / (fold.median / 1000), unit: "ev/s", budget: 1_000_000, atMost: false)

    // HTML export of a 10k-event session.
    let small = Array(events.prefix(10_000))
    let html = measure(runs: 5) { _ = HTMLExporter.render(Outcome(events: small, anonymise: false, language: .nl), language: .nl) }
    report("HTML export, 10k events", html.median, budget: 100)

    // Open + fold + first frame of a 100k-event session file, against jq on the same file.
    let folder = NSTemporaryDirectory() + "routekaart-bench-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/groot.json"
    try! SessionFile(history: SessionHistory(replaying: events), created: events[0].at).encoded().write(to: URL(fileURLWithPath: path))
    let open = measure(runs: 3) {
        let session = try! LiveSession.open(path, now: Timestamp(milliseconds: 0))
        let app = WorkshopApp(session: session, language: .nl, now: Timestamp(milliseconds: 0))
        _ = app.render(width: 200, height: 60, now: Timestamp(milliseconds: 0))
    }
    if FileManager.default.fileExists(atPath: "/usr/bin/jq") {
        let jq = measure(runs: 3) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/jq")
            p.arguments = [".", path]
            p.standardOutput = FileHandle.nullDevice
            try! p.run()
            p.waitUntilExit()
        }
        report("open + fold + first frame, 100k events", open.median, budget: jq.median)
        print("    (budget = jq . FILE > /dev/null on the same \((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) bytes)")
    } else {
        report("open + fold + first frame, 100k events (jq missing)", open.median, budget: .infinity)
    }
    // Peak memory, in a fresh process that opens the file with one event left in its journal.
    let late = RecordedEvent(seq: events.count + 1, at: events[events.count - 1].at, event: .notesEdited(wegwijzer: 1, text: "nog in het journaal"))
    try! JournalLine.encode(late).write(to: URL(fileURLWithPath: path + ".journal"))
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    child.arguments = ["--open", path]
    let pipe = Pipe()
    child.standardOutput = pipe
    try! child.run()
    child.waitUntilExit()
    let rss = Double(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    report("peak RSS with a 100k-event session open", rss, unit: "MB", budget: 40)
    try? FileManager.default.removeItem(atPath: folder)
}

let big = network(actors: 200, relations: 1000)
let state = big.state
let layout = measure(runs: 7) { _ = NetworkLayout.arrange(state.actors, state.relations) }
report("network.layout 200 actors / 1000 relations", layout.median, budget: 50)
let analysis = measure(runs: 7) { _ = NetworkAnalysis(actors: state.actors, relations: state.relations) }
report("network.analysis 200 / 1000", analysis.median, budget: 50)

try! big.execute(.layOutNetwork, at: Timestamp(milliseconds: 1))
let laidOut = big.state
let viewport = NetworkBoard.Viewport(rect: Rect(x: 0, y: 0, width: 82, height: 36), zoom: 1, focus: BoardPoint(x: 0, y: 0))
// The selection alternates, so the board kept from the frame before never serves: drawn anew each time.
var selection = 0
let board = measure(runs: 200) {
    selection += 1
    var frame = Frame(width: 120, height: 40)
    NetworkBoard.draw(actors: laidOut.actors, relations: laidOut.relations, selected: selection % 2 == 0 ? "n1" : "n2", viewport: viewport,
                      language: .nl, into: &frame)
}
report("network.board render 200 / 1000 (120x40)", board.median, budget: 2)
let kept = measure(runs: 200) {
    var frame = Frame(width: 120, height: 40)
    NetworkBoard.draw(actors: laidOut.actors, relations: laidOut.relations, selected: "n1", viewport: viewport, language: .nl, into: &frame)
}
report("network.board kept, the same board again", kept.median, budget: 0.2)

// Keys as the responsiveness harness sends them, headless: the key and a 120x40 frame of
// the demo session with twelve participants (the terminal's share is measured there).
do {
    let session = LiveSession(created: Timestamp(milliseconds: 0))
    for command in Scenario.builtIn("demo")!.startCommands(date: "2026-12-01") { try! session.execute(command, at: Timestamp(milliseconds: 0)) }
    for i in 1...12 { try! session.execute(.addParticipant(ParticipantFields(name: "Deelnemer \(i)")), at: Timestamp(milliseconds: 0)) }
    let app = WorkshopApp(session: session, language: .nl, now: Timestamp(milliseconds: 0))
    func keys(_ name: String, _ pattern: [Key], setup: [Key] = []) {
        for key in setup { app.handle(key, now: Timestamp(milliseconds: 1), width: 120, height: 40) }
        var i = 0
        let step = measure(runs: 2_000) {
            app.handle(pattern[i % pattern.count], now: Timestamp(milliseconds: 2), width: 120, height: 40)
            _ = app.render(width: 120, height: 40, now: Timestamp(milliseconds: 2))
            i += 1
        }
        report(name + " + 120x40 frame, median", step.median, budget: 0.3)
    }
    keys("route-map Down/Up", [.down, .down, .down, .up, .up, .up])
    keys("participants Down/Up", [.down, .down, .down, .up, .up, .up], setup: [.char("p")])
    keys("wegwijzer 4 <-> 5", [.char("5"), .char("4")], setup: [.escape])
}
