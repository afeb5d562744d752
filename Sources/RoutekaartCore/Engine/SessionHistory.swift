/// The event log with its fold, undo and redo. Undo and redo are events too
/// (`changeUndone`, `changeRedone`), so the log says exactly what the room saw.
public struct SessionHistory: Sendable {
    /// Every event in recording order.
    public private(set) var events: [RecordedEvent] = []
    /// The fold of the events that are in effect.
    public private(set) var state = WorkshopState()
    /// Positions in `events` of the events in effect, in log order (undone ones left out).
    private var applied: [Int] = []
    /// Positions of undone changes, most recent last.
    private var undone: [Int] = []

    public init() {}

    /// Folds a whole log; the history keeps the log's storage instead of copying it.
    public init(replaying log: [RecordedEvent]) {
        events = log
        applied.reserveCapacity(log.count)
        for position in log.indices { fold(position) }
    }

    /// Folds a whole log, such as the first events of a replay.
    public init<S: Sequence>(replaying log: S) where S.Element == RecordedEvent {
        self.init(replaying: Array(log))
    }

    /// The sequence number the next event gets.
    public var nextSeq: Int { (events.last?.seq ?? 0) + 1 }

    /// The change that undo would take back.
    public var undoTarget: RecordedEvent? { applied.last { events[$0].event.isUndoable }.map { events[$0] } }

    /// The change that redo would put back.
    public var redoTarget: RecordedEvent? { undone.last.map { events[$0] } }

    /// Time of the last event, if any.
    public var lastChange: Timestamp? { events.last?.at }

    /// Appends an event to the log and folds it in.
    public mutating func record(_ recorded: RecordedEvent) {
        events.append(recorded)
        fold(events.count - 1)
    }

    /// Folds in the event at `position`, which is already in `events`.
    private mutating func fold(_ position: Int) {
        let recorded = events[position]
        switch recorded.event {
        case let .changeUndone(seq):
            guard let index = applied.lastIndex(where: { events[$0].event.isUndoable }), events[applied[index]].seq == seq else { return }
            undone.append(applied.remove(at: index))
            refold()
        case let .changeRedone(seq):
            guard let target = undone.last, events[target].seq == seq else { return }
            undone.removeLast()
            // Back in its original place: later events (opening a wegwijzer marks it
            // busy) may depend on it, so the state is folded again in log order.
            let index = applied.firstIndex { $0 > target } ?? applied.endIndex
            applied.insert(target, at: index)
            if index == applied.endIndex - 1 {
                Reducer.apply(events[target].event, to: &state)
            } else {
                refold()
            }
        default:
            if !undone.isEmpty, recorded.event.isUndoable { undone.removeAll() }
            applied.append(position)
            Reducer.apply(recorded.event, to: &state)
        }
    }

    private mutating func refold() {
        var fresh = WorkshopState()
        for i in applied { Reducer.apply(events[i].event, to: &fresh) }
        state = fresh
    }
}

extension SessionHistory {
    /// Executes the commands of moving around (to each wegwijzer, to the route map) on this
    /// history, applies their events to a copy of the state and encodes their journal lines,
    /// keeping nothing: the runtime then has set up their types before the first key that
    /// moves, which would otherwise wait for that. Safe on any thread; returns the lines encoded.
    @discardableResult
    public func rehearseMoves() -> Int {
        var state = self.state
        var lines = 0
        for command in (1...10).map(WorkshopCommand.openWegwijzer) + [.openOverview] {
            guard let events = try? Engine.execute(command, on: self) else { continue }
            for event in events {
                Reducer.apply(event, to: &state)
                if (try? JournalLine.encode(RecordedEvent(seq: self.events.count + 1, at: Timestamp(milliseconds: 0), event: event))) != nil {
                    lines += 1
                }
            }
        }
        return lines
    }
}
