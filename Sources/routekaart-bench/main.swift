// Prints named performance figures, each against its budget. Run in release:
//   swift run -c release routekaart-bench
import Foundation
import RoutekaartCore
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
        try! session.execute(.addActor(ActorFields(name: "Actor \(i)", kind: kinds[random.next(kinds.count)], closeness: random.next(5) + 1)), at: now)
    }
    var added = 0
    while added < relations {
        let a = random.next(actors) + 1, b = random.next(actors) + 1
        guard a != b else { continue }
        try! session.execute(.addRelation(RelationFields(from: "n\(a)", to: "n\(b)")), at: now)
        added += 1
    }
    return session
}

print("routekaart benchmarks (\(ProcessInfo.processInfo.processorCount) cores)")
let big = network(actors: 200, relations: 1000)
let state = big.state
let layout = measure(runs: 7) { _ = NetworkLayout.arrange(state.actors, state.relations) }
report("network.layout 200 actors / 1000 relations", layout.median, budget: 50)
let analysis = measure(runs: 7) { _ = NetworkAnalysis(actors: state.actors, relations: state.relations) }
report("network.analysis 200 / 1000", analysis.median, budget: 50)

try! big.execute(.layOutNetwork, at: Timestamp(milliseconds: 1))
let laidOut = big.state
let viewport = NetworkBoard.Viewport(rect: Rect(x: 0, y: 0, width: 82, height: 36), zoom: 1, focus: BoardPoint(x: 0, y: 0))
let board = measure(runs: 200) {
    var frame = Frame(width: 120, height: 40)
    NetworkBoard.draw(actors: laidOut.actors, relations: laidOut.relations, selected: "n1", viewport: viewport, language: .nl, into: &frame)
}
report("network.board render 200 / 1000 (120x40)", board.median, budget: 2)
