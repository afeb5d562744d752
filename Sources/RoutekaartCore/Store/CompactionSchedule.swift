/// When the journal is folded into the session file: once it holds an eighth as many
/// events as the file, and at least 500. Between two folds the file grows by at least an
/// eighth, so each event is rewritten a bounded number of times (at most nine in all) and
/// the total cost of folding stays linear in the session's length; every 500 events, as
/// before, a 1M-event session would be rewritten whole 2,000 times.
public struct CompactionSchedule: Sendable, Equatable {
    public var minimumEvents: Int
    /// The journal may grow to 1/fraction of the file; nil: only `minimumEvents` counts.
    public var fraction: Int?

    public static let linear = CompactionSchedule(minimumEvents: 500, fraction: 8)

    /// A fold every `events` events, whatever the file's length (tests and the torture).
    public static func every(_ events: Int) -> CompactionSchedule { CompactionSchedule(minimumEvents: events, fraction: nil) }

    /// The journal's length at which a fold is due, for a file of `snapshotEvents` events.
    public func journalLimit(snapshotEvents: Int) -> Int {
        max(minimumEvents, fraction.map { snapshotEvents / $0 } ?? 0)
    }
}
