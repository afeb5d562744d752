/// Time spent per wegwijzer, from the moments it was opened and left.
public enum TimeSpent {
    /// Milliseconds per wegwijzer; the one still open counts until `now` (or the last event).
    public static func milliseconds(_ events: [RecordedEvent], until now: Timestamp? = nil) -> [Int: Int64] {
        var result: [Int: Int64] = [:]
        var open: (number: Int, since: Timestamp)?
        var paused = false
        func count(until end: Timestamp) {
            if let o = open, !paused { result[o.number, default: 0] += max(0, end.milliseconds - o.since.milliseconds) }
        }
        for e in events {
            switch e.event {
            case let .wegwijzerOpened(n):
                count(until: e.at)
                open = (n, e.at)
            case .overviewOpened:
                count(until: e.at)
                open = nil
            case .timerPaused where !paused:
                count(until: e.at)
                paused = true
            case .timerResumed where paused:
                paused = false
                open = open.map { ($0.number, e.at) }
            default: continue
            }
        }
        if let end = now ?? events.last?.at { count(until: end) }
        return result
    }

    /// Minutes per wegwijzer, as the reports show them.
    public static func minutes(_ events: [RecordedEvent]) -> [Int: Double] {
        milliseconds(events).mapValues { Double($0) / 60_000 }
    }
}
