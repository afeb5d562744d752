/// Time spent per wegwijzer, from the moments it was opened and left.
public enum TimeSpent {
    /// Milliseconds per wegwijzer; the one still open counts until `now` (or the last event).
    public static func milliseconds(_ events: [RecordedEvent], until now: Timestamp? = nil) -> [Int: Int64] {
        var result: [Int: Int64] = [:]
        var open: (number: Int, since: Timestamp)?
        for e in events {
            let next: Int?
            switch e.event {
            case let .wegwijzerOpened(n): next = n
            case .overviewOpened: next = nil
            default: continue
            }
            if let o = open { result[o.number, default: 0] += e.at.milliseconds - o.since.milliseconds }
            open = next.map { ($0, e.at) }
        }
        if let o = open, let end = now ?? events.last?.at { result[o.number, default: 0] += max(0, end.milliseconds - o.since.milliseconds) }
        return result
    }

    /// Minutes per wegwijzer, as the reports show them.
    public static func minutes(_ events: [RecordedEvent]) -> [Int: Double] {
        milliseconds(events).mapValues { Double($0) / 60_000 }
    }
}
