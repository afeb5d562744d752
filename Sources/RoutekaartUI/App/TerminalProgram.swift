import RoutekaartCore

/// What the run loop drives: a workshop, or a replay of one.
public protocol TerminalProgram: AnyObject {
    var isFinished: Bool { get }
    func handle(_ key: Key, now: Timestamp, width: Int, height: Int)
    func tick(now: Timestamp)
    /// The next moment time alone changes what the program shows or does (a countdown's
    /// second, the clock's minute, a message that expires); nil: only input changes it.
    /// The run loop sleeps until then, or until a key, a signal or a command comes.
    func nextWake(now: Timestamp) -> Timestamp?
    func render(width: Int, height: Int, now: Timestamp) -> Frame
    /// Ends the program (a signal arrived): save what must be saved.
    func finish(now: Timestamp)
    /// Applies commands that came through the inbox from another thread, as if typed, and
    /// returns each one's answer; the run loop passes them on once the phones can see the change.
    func receive(_ commands: [WorkshopCommand], now: Timestamp) -> [Result<[RecordedEvent], CommandError>]
    /// Asked once the first frame is out: work that makes later frames quick (screens
    /// drawn ahead), taken from the program on its own thread and run on another; nil for none.
    func preparation(width: Int, height: Int, now: Timestamp) -> (@Sendable () -> Void)?
    /// Called once a frame is out: what could wait for it (the journal line of a screen switch).
    func frameShown(now: Timestamp)
}

extension TerminalProgram {
    public func preparation(width: Int, height: Int, now: Timestamp) -> (@Sendable () -> Void)? { nil }
    public func frameShown(now: Timestamp) {}
}

extension WorkshopApp: TerminalProgram {}

/// Shown instead of the save state while a session is replayed.
public struct ReplayStatus: Sendable {
    public var text: String
    public var keys: [KeyHint]
}
