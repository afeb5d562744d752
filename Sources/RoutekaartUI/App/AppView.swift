import RoutekaartCore

/// Which screen fills the body.
public enum ScreenID: Hashable, Sendable {
    case overview
    case wegwijzer(Int)
    case participants
}

/// What a form is for.
public enum FormPurpose: Hashable, Sendable {
    case addParticipant
    case editParticipant(ParticipantID)
    case editDetails
}

/// A layer drawn over the screen that takes the keys while it is open.
public enum Overlay: Hashable, Sendable {
    case help
    case confirmQuit
    case confirmRemove(ParticipantID)
    case form(FormPurpose, Form)
}

/// The notes being typed on a wegwijzer screen, not yet recorded.
public struct NotesEditing: Hashable, Sendable {
    public var wegwijzer: Int
    public var editor: TextEditor
    /// When the last key was typed; after a pause the text is recorded.
    public var lastKey: Timestamp
    public var dirty = false
}

/// A short message above the key bar.
public struct Flash: Hashable, Sendable {
    public var text: String
    public var isProblem: Bool
    public var until: Timestamp
}

/// Everything about the screen that is not the workshop itself: the open screen,
/// selections, overlays, text being typed. It is never saved as workshop content.
public struct AppView: Hashable, Sendable {
    public var screen: ScreenID = .overview
    /// Selected wegwijzer on the overview (1 … 10).
    public var overviewSelection = 1
    /// Selected row on the participants screen.
    public var participantSelection = 0
    public var notes: NotesEditing?
    public var overlay: Overlay?
    public var flash: Flash?

    public init() {}
}

/// What a screen asks the app to do after a key.
public enum AppAction: Hashable, Sendable {
    case run(WorkshopCommand)
    case show(ScreenID)
    case startNotes(Int)
    case open(Overlay)
}

/// What screens read while rendering and handling keys.
public struct ScreenContext: Sendable {
    public let state: WorkshopState
    public let language: Language
    public let view: AppView
    public let now: Timestamp
    public let utcOffsetSeconds: Int
}
