import RoutekaartCore

/// What the workshop app is given from outside, once, when it starts: where earlier
/// sessions are, how to export and where to save a copy, what to do when the tour ends,
/// the bell, the clock's offset and its timings. Tests give stand-ins.
public struct AppEnvironment {
    public var utcOffsetSeconds: Int
    /// Earlier sessions to compare the weefsel scores with; nil without a sessions folder.
    public var library: (any SessionLibrary)?
    /// Writes exports from inside the workshop (key E); nil when exporting is not possible.
    public var exporter: (any SessionExporter)?
    /// Where "save elsewhere" (key S) proposes to write, given the time; nil: no S.
    public var suggestedCopyPath: ((Timestamp) -> String)?
    /// Called once the first-run tour is finished or skipped, so it is not shown again.
    public var onTourDismissed: (() -> Void)?
    /// Ring the terminal bell when a wegwijzer's time is up (`--bell`).
    public var bellAtZero: Bool
    /// The earlier session the scores are compared with from the start (`open --compare`).
    public var comparison: WeefselComparison?
    /// Set while replaying: the status bar says REPLAY and the key bar shows replay keys.
    public var replay: ReplayStatus?
    /// Typed notes are recorded after this much quiet, and whenever typing stops.
    public var notesIdleMilliseconds: Int64
    /// How long a message stays above the key bar.
    public var flashMilliseconds: Int64
    /// The room's web server for the phones (key M); nil when the room cannot be opened here.
    public var room: (any RoomControl)?
    /// The built-in demo: the status bar says how to start a real session instead of the title.
    public var isDemo = false

    public init(utcOffsetSeconds: Int = 0, library: (any SessionLibrary)? = nil, exporter: (any SessionExporter)? = nil,
                suggestedCopyPath: ((Timestamp) -> String)? = nil, onTourDismissed: (() -> Void)? = nil, bellAtZero: Bool = false,
                comparison: WeefselComparison? = nil, replay: ReplayStatus? = nil,
                notesIdleMilliseconds: Int64 = 1500, flashMilliseconds: Int64 = 5000, room: (any RoomControl)? = nil) {
        self.utcOffsetSeconds = utcOffsetSeconds
        self.library = library
        self.exporter = exporter
        self.suggestedCopyPath = suggestedCopyPath
        self.onTourDismissed = onTourDismissed
        self.bellAtZero = bellAtZero
        self.comparison = comparison
        self.replay = replay
        self.notesIdleMilliseconds = notesIdleMilliseconds
        self.flashMilliseconds = flashMilliseconds
        self.room = room
    }
}
