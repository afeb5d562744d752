import RoutekaartCore

/// A part of a wegwijzer screen; Tab moves between the parts. A pane owns its name, its
/// key hints, its keys, its drawing and the view state it keeps between keys (where that
/// state lives in `PaneStates`; panes that show one thing together share it).
protocol Pane {
    associatedtype State: Hashable & Sendable
    static var state: WritableKeyPath<PaneStates, State> { get }
    static var name: LocalizedText { get }
    static func keyHints(_ view: State, context: ScreenContext) -> [KeyHint]
    /// The actions for `key`, or nil when the pane has no use for it (the screen's keys apply).
    static func handle(_ key: Key, view: inout State, context: ScreenContext) -> [AppAction]?
    static func render(_ view: State, context: ScreenContext, in area: Rect, into frame: inout Frame)
    /// A form opened by this pane recorded `events`: select what was added, for example.
    static func recorded(_ events: [RecordedEvent], view: inout State, context: ScreenContext)
    /// Draws the pane's question or result for the projector view; false when it has nothing to show yet.
    static func present(_ view: State, context: ScreenContext, in area: Rect, into frame: inout Frame) -> Bool
    /// The command a filled-in form that this pane opened asks for; nil when the form is not the pane's.
    static func command(for purpose: FormPurpose, form: Form, context: ScreenContext) -> Result<WorkshopCommand, FormProblem>?
}

extension Pane {
    static func recorded(_ events: [RecordedEvent], view: inout State, context: ScreenContext) {}
    static func present(_ view: State, context: ScreenContext, in area: Rect, into frame: inout Frame) -> Bool { false }
    static func command(for purpose: FormPurpose, form: Form, context: ScreenContext) -> Result<WorkshopCommand, FormProblem>? { nil }

    /// The add or edit command of an item of kind `I` for `purpose`, the item made by `make`
    /// from its id ("" for a new one); nil for another purpose.
    static func itemCommand<I: CapturedItem>(_ purpose: FormPurpose, _ make: (String) throws(FormProblem) -> I) -> Result<WorkshopCommand, FormProblem>? {
        do throws(FormProblem) {
            switch purpose {
            case .addItem(I.kind): return .success(.add(try make("")))
            case let .editItem(I.kind, id): return .success(.edit(try make(id)))
            default: return nil
            }
        } catch {
            return .failure(error)
        }
    }
}

/// What the panes remember between keys: selections, cursors, modes.
public struct PaneStates: Hashable, Sendable {
    public var facts = 0
    public var challenge = 0
    public var domains = GridCursor()
    public var network = NetworkView()
    public var voting = VotingView()
    public var borgEnVerbind = 0
    public var legitimacy = 0
    public var scoring = GridCursor()
    public var elementNotes = 0
    public var connections = 0
    public var reflection = 0
    public var commitments = 0
    /// For panes that keep nothing.
    public var none = Stateless()

    public init() {}

    /// Leaving a screen or a pane ends the typing of votes and scores.
    mutating func stopRecording() {
        voting.recording = false
        voting.pending = []
        scoring.recording = false
    }
}

/// A cursor in a grid: the row and the column; `recording` while scores are typed.
public struct GridCursor: Hashable, Sendable {
    public var row = 0
    public var column = 0
    /// Digits score only while this is on ("SCOREN — Esc stopt").
    public var recording = false
    /// While the round is open to the room, the laptop scores one row only (for someone
    /// without a phone), and stops at its end.
    public var oneRow = false
}

/// The state of a pane that remembers nothing.
public struct Stateless: Hashable, Sendable {}

/// Which panes each wegwijzer has, in Tab order: the capture panes first, the guidance and
/// notes last.
enum WegwijzerPanes {
    static func of(_ number: Int) -> [any Pane.Type] {
        switch number {
        case 1: [FactsPane.self, NotesPane.self]
        case 2: [ChallengePane.self, NotesPane.self]
        case 3: [DomainsPane.self, NotesPane.self]
        case 4: [NetworkBoardPane.self, NetworkListPane.self, RelationListPane.self, NotesPane.self]
        case 5: [QuadrantVotingPane.self, BorgEnVerbindPane.self, NotesPane.self]
        case 6: [LegitimacyPane.self, NotesPane.self]
        case 7: [WeefselScoringPane.self, WeefselResultsPane.self, ElementNotesPane.self, NotesPane.self]
        case 8: [ConnectionsPane.self, NotesPane.self]
        case 9: [ReflectionPane.self, NotesPane.self]
        case 10: [CommitmentsPane.self, NotesPane.self]
        default: [NotesPane.self]
        }
    }

    /// The index of the pane shown for wegwijzer `number`.
    static func index(of number: Int, in view: UIState) -> Int {
        min(view.paneIndex[number] ?? 0, of(number).count - 1)
    }

    /// The pane shown for wegwijzer `number`.
    static func current(_ number: Int, in view: UIState) -> any Pane.Type {
        of(number)[index(of: number, in: view)]
    }

    // Calls on a pane whose type is known only at run time: each opens the existential once.

    static func keyHints(_ pane: any Pane.Type, view: UIState, context: ScreenContext) -> [KeyHint] {
        func hints<P: Pane>(_: P.Type) -> [KeyHint] { P.keyHints(view.panes[keyPath: P.state], context: context) }
        return hints(pane)
    }

    static func handle(_ pane: any Pane.Type, _ key: Key, view: inout UIState, context: ScreenContext) -> [AppAction]? {
        func handle<P: Pane>(_: P.Type) -> [AppAction]? { P.handle(key, view: &view.panes[keyPath: P.state], context: context) }
        return handle(pane)
    }

    static func render(_ pane: any Pane.Type, view: UIState, context: ScreenContext, in area: Rect, into frame: inout Frame) {
        func render<P: Pane>(_: P.Type) { P.render(view.panes[keyPath: P.state], context: context, in: area, into: &frame) }
        render(pane)
    }

    static func recorded(_ pane: any Pane.Type, _ events: [RecordedEvent], view: inout UIState, context: ScreenContext) {
        func recorded<P: Pane>(_: P.Type) { P.recorded(events, view: &view.panes[keyPath: P.state], context: context) }
        recorded(pane)
    }

    static func command(_ pane: any Pane.Type, for purpose: FormPurpose, form: Form, context: ScreenContext) -> Result<WorkshopCommand, FormProblem>? {
        func command<P: Pane>(_: P.Type) -> Result<WorkshopCommand, FormProblem>? { P.command(for: purpose, form: form, context: context) }
        return command(pane)
    }

    static func present(_ pane: any Pane.Type, view: UIState, context: ScreenContext, in area: Rect, into frame: inout Frame) -> Bool {
        func present<P: Pane>(_: P.Type) -> Bool { P.present(view.panes[keyPath: P.state], context: context, in: area, into: &frame) }
        return present(pane)
    }
}
