/// Time spent per wegwijzer, from the moments it was opened and left. Events are added
/// one at a time, so a running workshop keeps its tally instead of walking the log again.
public struct TimeSpent: Sendable {
    /// Milliseconds per wegwijzer up to the last event added.
    private var totals: [Int: Int64] = [:]
    /// The wegwijzer open after the last event, and since when it counts.
    private var open: (number: Int, since: Timestamp)?
    private var paused = false
    private var last: Timestamp?
    /// How many events have been added.
    public private(set) var count = 0

    public init<S: Sequence>(_ events: S) where S.Element == RecordedEvent {
        for e in events { add(e) }
    }

    public mutating func add(_ e: RecordedEvent) {
        count += 1
        last = e.at
        switch e.event {
        case let .wegwijzerOpened(n):
            close(at: e.at)
            open = (n, e.at)
        case .overviewOpened:
            close(at: e.at)
            open = nil
        case .timerPaused where !paused:
            close(at: e.at)
            paused = true
        case .timerResumed where paused:
            paused = false
            open = open.map { ($0.number, e.at) }
        default: break
        }
    }

    private mutating func close(at end: Timestamp) {
        guard let o = open, !paused else { return }
        totals[o.number, default: 0] += max(0, end.milliseconds - o.since.milliseconds)
        open = (o.number, end)
    }

    /// Milliseconds per wegwijzer; the one still open counts until `now` (or the last event).
    public func milliseconds(until now: Timestamp? = nil) -> [Int: Int64] {
        var result = totals
        if let o = open, !paused, let end = now ?? last {
            result[o.number, default: 0] += max(0, end.milliseconds - o.since.milliseconds)
        }
        return result
    }

    /// Milliseconds per wegwijzer of a whole log; the one still open counts until `now` (or the last event).
    public static func milliseconds(_ events: [RecordedEvent], until now: Timestamp? = nil) -> [Int: Int64] {
        TimeSpent(events).milliseconds(until: now)
    }

    /// Minutes per wegwijzer, as the reports show them.
    public static func minutes(_ events: [RecordedEvent]) -> [Int: Double] {
        milliseconds(events).mapValues { Double($0) / 60_000 }
    }
}
