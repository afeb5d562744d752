import RoutekaartCore

/// Which screen fills the body.
public enum ScreenID: Hashable, Sendable {
    case overview
    case wegwijzer(Int)
    case participants
    /// The closing summary.
    case summary

    /// The number of the wegwijzer shown, if one is.
    public var wegwijzer: Int? { if case let .wegwijzer(n) = self { n } else { nil } }
}

/// What a form is for.
public enum FormPurpose: Hashable, Sendable {
    /// A new captured item; the pane that opened the form makes the command.
    case addItem(ItemKind)
    /// The captured item with this id, changed.
    case editItem(ItemKind, String)
    /// A relation between two actors chosen before the form opened.
    case addRelation(from: String, to: String)
    case addParticipant
    /// A participant added while voting; they become the one who votes.
    case addVoter
    case editParticipant(ParticipantID)
    case editDetails
    case openRound
    case chooseEmphasis
    case answerVerbind(Quadrant)
    case openWeefselRound
    case export
    case saveCopy
    case stateChallenge
    case editAgenda
    case chooseLeadership
    case planHerijking
    case setAgendaDotsPerVoter
    case editElementNotes(WeefselElement)
    case setWrongWayFlag
}

/// Something the facilitator asked to remove, waiting for confirmation.
public enum RemovalTarget: Hashable, Sendable {
    case participant(ParticipantID)
    case item(ItemKind, String)
}

extension VotingView {
    /// The first participant without a vote in `round`, from `start` on and round again; nil when all voted.
    static func nextWithoutVote(after start: Int, in round: QuadrantRound, _ people: [Participant]) -> Int? {
        guard !people.isEmpty else { return nil }
        return (0..<people.count).map { (start + $0) % people.count }.first { round.ballot(of: people[$0].id) == nil }
    }
}

/// How the network map is looked at: selection, zoom, find, sort.
public struct NetworkView: Hashable, Sendable {
    public enum Sort: CaseIterable, Hashable, Sendable { case name, kind, closeness, relations }

    /// The selected actor's id.
    public var selected: String?
    /// 1 fits the whole board; 2 and 3 zoom in around the selected actor.
    public var zoom = 1
    /// Letters typed after "/" to find an actor; nil when not finding.
    public var finding: String?
    public var sort = Sort.name
    public var relationSelection = 0
}

/// Entering votes on the quadrant model.
public struct VotingView: Hashable, Sendable {
    /// Index of the participant who votes now (named rounds); nil once everyone has voted.
    public var voter: Int? = 0
    /// Digits vote only while this is on ("STEMMEN — Esc stopt"); elsewhere they open a wegwijzer.
    public var recording = false
    /// Dots of the ballot being entered, in the order given.
    public var pending: [Quadrant] = []
    public var cursor: Quadrant = .presterend
    /// The laptop goes round: only the voter's prompt is shown.
    public var passLaptop = false
    /// Shown to the room after a vote in pass-the-laptop mode.
    public var received = false
    /// An earlier round looked back at with `(` and `)`; nil shows the latest round.
    public var shownRound: String?
    /// "Stem voor…": while the round is open to the room, digits record one ballot for the
    /// participant chosen by name (`voter`), then stop.
    public var forOne = false

    /// The round on screen: the one looked back at, else the latest.
    public func round(in state: WorkshopState) -> QuadrantRound? {
        shownRound.flatMap(state.round) ?? state.quadrantRounds.last
    }

    public var pendingDots: QuadrantDots {
        var dots = QuadrantDots()
        for q in pending { dots[q] += 1 }
        return dots
    }
}

/// A layer drawn over the screen that takes the keys while it is open.
public enum Overlay: Hashable, Sendable {
    case help
    case confirmQuit
    case confirmRemove(RemovalTarget)
    case form(FormPurpose, Form)
    /// The guided tour of the first run, at step 0 … 3.
    case tour(Int)
    /// Choosing the other end of a new relation, with type-to-find.
    case pickActor(from: String, filter: String, selected: Int)
    /// Earlier sessions of the same region to compare the scores with.
    case pickEarlier([EarlierSession], selected: Int)
    /// How the room joins: address, code and QR code; `large` fills the projector with it.
    case room(large: Bool)
    /// "Stem voor…": whom the laptop votes for while the round is open to the room, with type-to-find.
    case pickVoter(filter: String, selected: Int)
    /// The chosen participant voted from a phone already: enter a laptop vote over it?
    case confirmVoteFor(ParticipantID)
    /// Close the room for the phones?
    case confirmCloseRoom
    /// Give the room a new code (every phone joins again)?
    case confirmNewCode
}

/// A session on disk that the facilitator can compare with.
public struct EarlierSession: Hashable, Sendable {
    public let path: String
    public let title: String
    public let region: String
    public let date: String

    public init(path: String, title: String, region: String, date: String) {
        self.path = path
        self.title = title
        self.region = region
        self.date = date
    }
}

/// Writes exports of the session being run; the command line supplies it.
public protocol SessionExporter: Sendable {
    /// Writes the outcome after `events` in `format` ("md", "html", "csv", "json") and returns where it went.
    func export(_ events: [RecordedEvent], format: String, anonymise: Bool, language: Language) throws -> String
}

/// Finds and reads earlier sessions; the command line supplies it, tests use a stand-in.
public protocol SessionLibrary: Sendable {
    /// Sessions in the sessions folder, newest first.
    func sessions() -> [EarlierSession]
    func load(_ path: String) -> WorkshopState?
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
public struct UIState: Hashable, Sendable {
    public var screen: ScreenID = .overview {
        didSet { if oldValue == .participants && screen != .participants { newParticipants = [] } }  // seen
    }
    /// Selected wegwijzer on the overview (1 … 10).
    public var overviewSelection = 1
    /// Selected row on the participants screen.
    public var participantSelection = 0
    /// Participants a phone added that the facilitator has not seen yet on the participants
    /// screen: marked "nieuw" there and counted in the status bar until it is left.
    public var newParticipants: Set<ParticipantID> = []
    /// Chosen pane per wegwijzer (index into `WegwijzerPanes.of`).
    public var paneIndex: [Int: Int] = [:]
    /// What each pane remembers: its selection, cursor or mode.
    public var panes = PaneStates()
    /// The projector view is on (`P`): the current screen's question or result, big.
    public var presenting = false
    /// First line shown on the summary.
    public var summaryScroll = 0
    public var notes: NotesEditing?
    public var overlay: Overlay?
    public var flash: Flash?
    /// The wegwijzer whose time-up message was shown, so it shows once.
    public var timeUpAnnounced: Int?

    public init() {}
}

/// What a screen asks the app to do after a key.
public enum AppAction: Hashable, Sendable {
    case run(WorkshopCommand)
    case show(ScreenID)
    case startNotes(Int)
    /// Show the next (or previous) pane of the open wegwijzer.
    case switchPane(forward: Bool)
    /// Offer the earlier sessions of the region to compare the weefsel scores with.
    case pickEarlierSession
    /// Compare the weefsel scores with the session in this file.
    case compare(withSessionAt: String)
    /// A form was filled in: save a copy, export, or record what it asks.
    case submitForm(FormPurpose, Form)
    case undo
    case redo
    /// The first-run tour was finished or skipped.
    case tourDone
    /// Open the room for the phones, or ask whether to close it.
    case toggleRoom
    /// Close the room (after the question was answered yes).
    case closeRoom
    /// A new room code (after the question was answered yes).
    case renewRoomCode
    /// Free a participant that a phone spoke for.
    case releaseClaim(ParticipantID)
    /// The laptop records one ballot for this participant in the round open to the room.
    case voteFor(ParticipantID)
    /// Ring the terminal bell with the next frame, if the facilitator asked for a bell (`--bell`).
    case ringBell
    case quit
    /// Offer the form that saves the session elsewhere (S).
    case offerSaveElsewhere
    case open(Overlay)
    /// A message above the key bar.
    case flash(String, problem: Bool)
}

/// What screens read while rendering and handling keys.
public struct ScreenContext: Sendable {
    public let state: WorkshopState
    public let language: Language
    public let view: UIState
    public let now: Timestamp
    public let utcOffsetSeconds: Int
    /// Milliseconds spent per wegwijzer so far, the open one counted until now.
    public var timeSpent: [Int: Int64] = [:]
    /// The earlier session the weefsel scores are compared with, if one was chosen.
    public var comparison: WeefselComparison?
    /// The room, while it is open for the phones.
    public var room: RoomInfo?
    /// The participants that a phone speaks for.
    public var claimed: Set<ParticipantID> = []
    /// Writing failed: what the screen shows is only in memory.
    public var needsSaving = false
}
