import RoutekaartCore

/// Replays a session from its event log with the same screens, read-only: play and
/// pause, step, jump between wegwijzers, change speed; idle gaps are compressed.
public final class ReplayController: TerminalProgram {
    public let events: [RecordedEvent]
    public let language: Language
    public let utcOffsetSeconds: Int
    /// Events applied so far: 0 … events.count.
    public private(set) var position: Int
    public private(set) var playing = false
    public private(set) var speed: Double
    public private(set) var isFinished = false
    private var history: SessionHistory
    /// When the next event is due while playing.
    private var nextDue: Timestamp?
    /// The longest pause replayed, in milliseconds; longer gaps are shortened to it.
    public static let longestPause: Int64 = 2000
    public static let speeds: [Double] = [0.25, 0.5, 1, 2, 4, 8, 16, 32]

    public init(events: [RecordedEvent], from start: Int = 0, speed: Double = 1, language: Language, utcOffsetSeconds: Int = 0) {
        self.events = events
        self.language = language
        self.utcOffsetSeconds = utcOffsetSeconds
        self.speed = speed
        position = min(max(0, start), events.count)
        history = SessionHistory(replaying: events.prefix(position))
    }

    /// The workshop screen at the current position.
    func app(now: Timestamp) -> WorkshopApp {
        WorkshopApp(session: LiveSession(history: history, created: events.first?.at ?? now), language: language,
                    environment: AppEnvironment(utcOffsetSeconds: utcOffsetSeconds, replay: ReplayStatus(text: statusText, keys: Self.keys)), now: now)
    }

    var statusText: String {
        let time = position > 0 ? " " + StatusBar.time(events[position - 1].at, offset: utcOffsetSeconds) : ""
        return (playing ? "▶" : "❚❚") + " REPLAY \(position)/\(events.count)" + time
    }

    static let keys: [KeyHint] = [
        KeyHint(UIText.space, .init(nl: "afspelen/pauze", en: "play/pause"), priority: 0),
        KeyHint("← →", .init(nl: "stap", en: "step"), priority: 0),
        KeyHint("[ ]", .init(nl: "vorige/volgende wegwijzer", en: "previous/next signpost"), priority: 1),
        KeyHint("+ −", .init(nl: "snelheid", en: "speed"), priority: 2),
        KeyHint("Home End", .init(nl: "begin/eind", en: "start/end"), priority: 3),
        KeyHint("q", .init(nl: "stoppen", en: "quit"), priority: 0),
    ]

    /// Ctrl-L asked for every cell to be sent again.
    private var repaintPending = false

    public func handle(_ key: Key, now: Timestamp, width: Int, height: Int) {
        switch key {
        case .char(" "):
            playing.toggle()
            if playing && position == events.count { seek(0) }
            nextDue = playing ? due(after: now) : nil
        case .right: playing = false; seek(position + 1)
        case .left: playing = false; seek(position - 1)
        case .home: seek(0)
        case .end: seek(events.count)
        case .char("]"): playing = false; seek(nextNavigation(from: position, forward: true))
        case .char("["): playing = false; seek(nextNavigation(from: position, forward: false))
        case .char("+"): speed = Self.speeds.first { $0 > speed } ?? speed
        case .char("-"), .char("−"): speed = Self.speeds.last { $0 < speed } ?? speed
        case .char("q"), .escape: isFinished = true
        case .ctrl("l"): repaintPending = true
        default: break
        }
    }

    /// The position just after the next (or previous) change of wegwijzer.
    func nextNavigation(from p: Int, forward: Bool) -> Int {
        func isNavigation(_ i: Int) -> Bool { events[i].event.isNavigation }
        if forward {
            var i = p
            while i < events.count { if isNavigation(i) { return i + 1 }; i += 1 }
            return events.count
        }
        var i = p - 2
        while i >= 0 { if isNavigation(i) { return i + 1 }; i -= 1 }
        return 0
    }

    func seek(_ target: Int) {
        let t = min(max(0, target), events.count)
        if t >= position {
            for e in events[position..<t] { history.record(e) }
        } else {
            history = SessionHistory(replaying: events.prefix(t))
        }
        position = t
    }

    /// When the next event plays, with idle gaps compressed and the speed applied.
    func due(after now: Timestamp) -> Timestamp? {
        guard position < events.count else { return nil }
        let gap = position == 0 ? 0 : events[position].at.milliseconds - events[position - 1].at.milliseconds
        let wait = Double(min(max(gap, 50), Self.longestPause)) / speed
        return Timestamp(milliseconds: now.milliseconds + Int64(wait))
    }

    public func tick(now: Timestamp) {
        guard playing else { return }
        while let due = nextDue, due <= now, position < events.count {
            seek(position + 1)
            nextDue = self.due(after: due)
        }
        if position == events.count { playing = false }
    }

    public func nextWake(now: Timestamp) -> Timestamp? { playing ? nextDue : nil }

    public func finish(now: Timestamp) { isFinished = true }

    /// A replay records nothing: every posted command is refused.
    public func receive(_ commands: [WorkshopCommand], now: Timestamp) -> [Result<[RecordedEvent], CommandError>] {
        commands.map { _ in .failure(.readOnly) }
    }

    public func render(width: Int, height: Int, now: Timestamp) -> Frame {
        var frame = app(now: now).render(width: width, height: height, now: now)
        frame.repaint = repaintPending
        repaintPending = false
        guard width >= TooSmallNotice.minimumWidth, height >= TooSmallNotice.minimumHeight else { return frame }
        // The scrub bar above the key bar.
        let y = height - 2
        frame.fill(Rect(x: 0, y: y, width: width, height: 1), style: .statusBar)
        let label = " \(position)/\(events.count) ×" + (speed < 1 ? "\(speed)" : "\(Int(speed))") + " "
        let barWidth = max(10, width - TextWidth.of(label) - 4)
        let filled = events.isEmpty ? 0 : Int(Double(barWidth) * Double(position) / Double(events.count))
        let bar = "├" + String(repeating: "━", count: min(filled, barWidth)) + "●" + String(repeating: "─", count: max(0, barWidth - filled)) + "┤"
        frame.put(" " + bar, x: 0, y: y, width: width, style: .statusBar)
        frame.put(label, x: width - TextWidth.of(label), y: y, style: .statusBar)
        return frame
    }

    /// The screen after `at` events as plain text, as `routekaart replay --dump` prints it.
    public static func dump(events: [RecordedEvent], at: Int, width: Int, height: Int, language: Language, utcOffsetSeconds: Int = 0) -> String {
        let replay = ReplayController(events: events, from: at, language: language, utcOffsetSeconds: utcOffsetSeconds)
        let now = at > 0 ? events[at - 1].at : (events.first?.at ?? Timestamp(milliseconds: 0))
        return replay.app(now: now).render(width: width, height: height, now: now).text
    }
}
