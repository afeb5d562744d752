import RoutekaartCore

/// Time spent per wegwijzer, kept up to date with the log a few new events at a time (the
/// status bar asks on every frame and every tick), and the time a wegwijzer has left.
struct Countdown {
    private var tally = TimeSpent([])

    /// Milliseconds per wegwijzer after `events`, the open one counted until `now` (nil: not at all).
    mutating func spent(_ events: [RecordedEvent], until now: Timestamp?) -> [Int: Int64] {
        if tally.count > events.count { tally = TimeSpent([]) }  // the log only grows; should it not, start again
        for e in events[tally.count...] { tally.add(e) }
        return tally.milliseconds(until: now)
    }

    /// The milliseconds wegwijzer `number` has left on the agenda (negative: over time); nil when it is not on it.
    mutating func left(_ number: Int, _ state: WorkshopState, _ events: [RecordedEvent], now: Timestamp) -> Int64? {
        guard let planned = state.plannedMinutes(number) else { return nil }
        return Int64(planned) * 60_000 - (spent(events, until: now)[number] ?? 0)
    }
}
