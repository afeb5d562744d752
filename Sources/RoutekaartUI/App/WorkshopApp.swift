import RoutekaartCore

/// The running workshop without a terminal: routes each key to the overlay, the notes
/// editor, the screen or the global keys, performs the actions they ask for — commands
/// through the engine, files through the environment — and renders a `Frame`. The
/// terminal backend feeds it keys and draws its frames; tests drive it the same way.
public final class WorkshopApp {
    public let session: LiveSession
    public let language: Language
    public let environment: AppEnvironment
    public internal(set) var view = UIState()
    public private(set) var isFinished = false
    /// The earlier session the weefsel scores are compared with ("herijken").
    public private(set) var comparison: WeefselComparison?
    private var onTourDismissed: (() -> Void)?
    private var bellPending = false
    private var repaintPending = false
    /// Something changed after the last frame without a key (a deferred write failed): draw again.
    var frameIsOutdated = false
    /// When the frame that showed screen switches not yet journaled went out.
    var stepsShownAt: Timestamp?
    var countdown = Countdown()
    /// When phones last sent commands; the session file is rewritten only after a quiet second.
    var lastReceived = Timestamp(milliseconds: 0)
    /// While writing fails: when the session was last tried again (`saveRetryMilliseconds`).
    var lastSaveTry = Timestamp(milliseconds: 0)

    public init(session: LiveSession, language: Language, environment: AppEnvironment = AppEnvironment(), now: Timestamp) {
        self.session = session
        self.language = language
        self.environment = environment
        comparison = environment.comparison
        onTourDismissed = environment.onTourDismissed
        if let open = session.state.openWegwijzer {
            view.screen = .wegwijzer(open)
            view.overviewSelection = open
        }
        if let notice = session.openingNotice { flash(notice, problem: true, now: now) }
    }

    private func context(_ now: Timestamp, withTime: Bool = false) -> ScreenContext {
        var ctx = ScreenContext(state: session.state, language: language, view: view, now: now, utcOffsetSeconds: environment.utcOffsetSeconds)
        ctx.comparison = comparison
        ctx.needsSaving = session.needsSaving
        ctx.room = environment.room?.info()
        if ctx.room != nil { ctx.claimed = environment.room?.claimed() ?? [] }
        if withTime { ctx.timeSpent = countdown.spent(session.history.events, until: environment.replay == nil ? now : nil) }
        return ctx
    }

    private static func fits(_ width: Int, _ height: Int) -> Bool {
        width >= TooSmallNotice.minimumWidth && height >= TooSmallNotice.minimumHeight
    }

    /// Starts the short guided tour over the route map.
    public func startTour() { view.overlay = .tour(0) }

    /// Compares the weefsel scores with an earlier session's from now on.
    public func compare(with earlier: WeefselComparison) { comparison = earlier }

    // MARK: Keys

    /// Handles one key press on a terminal of `width`×`height`.
    public func handle(_ key: Key, now: Timestamp, width: Int, height: Int) {
        guard !isFinished else { return }
        if key == .ctrl("l") {  // redraw everything, on any screen, even while typing
            repaintPending = true
            return
        }
        guard Self.fits(width, height) else {
            if key == .char("q") { finish(now: now) }  // everything is saved already
            return
        }
        if let overlay = view.overlay {
            let outcome = Overlays.handle(key, overlay, context: context(now))
            view.overlay = outcome.overlay
            return perform(outcome.actions, now: now)
        }
        if view.notes != nil { return type(key, now: now, body: Rect(x: 0, y: 1, width: width, height: height - 2)) }
        if view.presenting, key == .escape || key == .char("P") {
            view.presenting = false
            return
        }
        let ctx = context(now)
        let actions = Screens.handle(key, context: ctx, view: &view) ?? GlobalKeys.handle(key, context: ctx, environment: environment, view: &view)
        perform(actions ?? KeyElsewhere.hint(for: key, context: ctx), now: now)
    }

    /// A key while the notes are being typed: Esc records them and stops, the rest edits.
    private func type(_ key: Key, now: Timestamp, body: Rect) {
        guard var notes = view.notes else { return }
        if key == .escape {
            commitNotes(now: now)
            view.notes = nil
            return
        }
        let area = NotesPane.editorArea(NotesPane.layout(Method.wegwijzer(notes.wegwijzer)!, language: language, in: WegwijzerScreen.paneArea(in: body)))
        let edits = notes.editor.edits
        if notes.editor.handle(key, width: area.width, height: area.height) {
            if notes.editor.edits != edits { notes.dirty = true }
            notes.lastKey = now
            view.notes = notes
            if notes.editor.isFull { flash(UIText.notesFull(language, UIText.grouped(notes.editor.limit, language)), problem: true, now: now) }
        }
    }

    /// Does what keys and overlays asked for, in order; a refused command ends the list.
    func perform(_ actions: [AppAction], now: Timestamp) {
        for action in actions {
            switch action {
            case let .run(command):
                guard execute(command, now: now) != nil else { return }
            case let .show(screen):
                if screen != view.screen { view.panes.stopRecording() }
                switch screen {
                case let .wegwijzer(n):
                    navigate(.openWegwijzer(n), now: now)
                    view.overviewSelection = n
                case .overview: navigate(.openOverview, now: now)
                case .participants, .summary: break
                }
                view.screen = screen
            case let .startNotes(n):
                guard !session.isReadOnly else { return flash(UIText.readOnlyRefused(language), problem: true, now: now) }
                view.notes = NotesEditing(wegwijzer: n, editor: TextEditor(session.state.notes(of: n), limit: Engine.Limits.notes), lastKey: now)
            case let .switchPane(forward):
                if case let .wegwijzer(n) = view.screen { WegwijzerScreen.switchPane(n, forward: forward, view: &view) }
            case .pickEarlierSession: pickEarlier(now: now)
            case let .open(overlay): view.overlay = overlay
            case let .flash(text, problem): flash(text, problem: problem, now: now)
            case .undo: undoOrRedo(.undo, now: now)
            case .redo: undoOrRedo(.redo, now: now)
            case .quit: finish(now: now)
            case .offerSaveElsewhere: perform(GlobalKeys.saveElsewhereForm(environment, now: now), now: now)
            case .ringBell: bellPending = environment.bellAtZero
            case .toggleRoom: toggleRoom(now: now)
            case .closeRoom: closeRoom(now: now)
            case .renewRoomCode:
                environment.room?.renewCode()
                flash(UIText.roomNewCode(language), problem: false, now: now)
            case let .voteFor(id):
                guard let index = session.state.participants.firstIndex(where: { $0.id == id }) else { return }
                view.panes.voting.voter = index
                view.panes.voting.recording = true
                view.panes.voting.forOne = true
                view.panes.voting.pending = []
                flash(VotingText.votingFor(language, session.state.participants[index].fields.name), problem: false, now: now)
            case let .releaseClaim(id):
                environment.room?.release(id)
                flash(UIText.released(language, session.state.participant(id)?.fields.name ?? id.rawValue), problem: false, now: now)
            case .tourDone:
                onTourDismissed?()
                onTourDismissed = nil
            case let .compare(path):
                guard let state = environment.library?.load(path), let c = WeefselComparison(earlier: state) else {
                    return flash(UIText.noScoresToCompare(language), problem: true, now: now)
                }
                comparison = c
            case let .submitForm(purpose, form): submit(purpose, form, now: now)
            }
        }
    }

    /// A filled-in form: a copy to save, an export to write, or a command for the engine.
    /// On a problem the form stays open and says what is wrong.
    private func submit(_ purpose: FormPurpose, _ form: Form, now: Timestamp) {
        commitNotes(now: now)
        var form = form
        do {
            switch purpose {
            case .saveCopy:
                try session.saveCopy(to: form.text(0), now: now)
                flash(UIText.savedIn(language) + form.text(0), problem: false, now: now)
            case .export:
                let path = try environment.exporter?.export(session.history.events, format: GlobalKeys.formatNames[form.choice(0)],
                                                            anonymise: form.choice(1) == 1, language: language) ?? ""
                flash(UIText.exportedTo(language) + path, problem: false, now: now)
            default:
                let ctx = context(now)
                let pane = view.screen.wegwijzer.map { WegwijzerPanes.current($0, in: view) }
                let command = try (pane.flatMap { WegwijzerPanes.command($0, for: purpose, form: form, context: ctx) }
                    ?? FormSubmission.command(for: purpose, form: form, context: ctx)).get()
                recorded(try session.execute(command, at: now), now: now)
            }
            view.overlay = nil
        } catch let error as CommandError {
            form.problem = error.message(language)
            view.overlay = .form(purpose, form)
        } catch let problem as FormProblem {
            form.problem = problem.message
            view.overlay = .form(purpose, form)
        } catch let error as SessionFileError {
            form.problem = (purpose == .export ? UIText.exportFailed : UIText.saveFailed)(language) + error.message(language)
            view.overlay = .form(purpose, form)
        } catch {
            form.problem = (purpose == .export ? UIText.exportFailed : UIText.saveFailed)(language) + "\(error)"
            view.overlay = .form(purpose, form)
        }
    }

    /// A form recorded `events`: the screen it came from follows them (selects what was added).
    private func recorded(_ events: [RecordedEvent], now: Timestamp) {
        switch view.screen {
        case let .wegwijzer(n):
            WegwijzerPanes.recorded(WegwijzerPanes.current(n, in: view), events, view: &view, context: context(now))
        case .participants:
            ParticipantsScreen.recorded(events, view: &view, context: context(now))
        case .overview, .summary: break
        }
    }

    /// Offers the earlier sessions of the same region (all sessions when the region is empty).
    private func pickEarlier(now: Timestamp) {
        let region = session.state.details.region
        let candidates = (environment.library?.sessions() ?? []).filter { $0.path != session.path && (region.isEmpty || $0.region == region) }
        guard !candidates.isEmpty else {
            let name = region.isEmpty ? UIText.thisRegion(language) : region
            return flash(UIText.noEarlierSession(language).replacingOccurrences(of: "%@", with: name), problem: true, now: now)
        }
        view.overlay = .pickEarlier(candidates, selected: 0)
    }

    private func undoOrRedo(_ command: WorkshopCommand, now: Timestamp) {
        let target = command == .undo ? session.history.undoTarget : session.history.redoTarget
        guard execute(command, now: now) != nil, let target else { return }  // without a target the engine says why
        let verb = command == .undo ? UIText.undone(language) : UIText.redone(language)
        flash(verb + ": " + EventDescription.describe(target.event, in: session.state, language: language), problem: false, now: now)
        view.participantSelection = min(view.participantSelection, max(0, session.state.participants.count - 1))
    }

    /// Records where the facilitator is; a read-only session navigates without recording.
    private func navigate(_ command: WorkshopCommand, now: Timestamp) {
        if !session.isReadOnly { execute(command, now: now) }
    }

    @discardableResult
    private func execute(_ command: WorkshopCommand, now: Timestamp) -> [RecordedEvent]? {
        let wasSaving = !session.needsSaving, rewrites = session.timesWrittenAnew
        do {
            let events = try session.execute(command, at: now)
            if wasSaving, session.needsSaving { announceSavingFails(now: now) }
            if session.timesWrittenAnew > rewrites { announceWrittenAnew(now: now) }
            view.participantSelection = min(view.participantSelection, max(0, session.state.participants.count - 1))
            return events
        } catch {
            flash(error.message(language), problem: true, now: now)
            return nil
        }
    }

    /// The session's files were deleted or replaced by someone else, and written anew.
    func announceWrittenAnew(now: Timestamp) {
        flash(UIText.writtenAnew(language, session.path ?? ""), problem: true, now: now)
        view.flash?.until = Timestamp(milliseconds: now.milliseconds + 3 * environment.flashMilliseconds)
    }

    /// Writing failed: say so plainly, and how to get it onto a disk.
    func announceSavingFails(now: Timestamp) {
        let cause = session.saveStatus.failure?.cause(language)
        flash(cause.map { UIText.savingFailsBecause(language, $0) } ?? UIText.savingFails(language), problem: true, now: now)
        view.flash?.until = Timestamp(milliseconds: Int64.max)
    }

    func flash(_ text: String, problem: Bool, now: Timestamp) {
        view.flash = Flash(text: text, isProblem: problem, until: Timestamp(milliseconds: now.milliseconds + environment.flashMilliseconds))
    }

    func commitNotes(now: Timestamp) {
        guard var notes = view.notes, notes.dirty else { return }
        execute(.editNotes(wegwijzer: notes.wegwijzer, text: notes.editor.text), now: now)
        notes.dirty = false
        view.notes = notes
    }

    /// Records what is still being typed and writes the session file; the app is done.
    public func finish(now: Timestamp) {
        commitNotes(now: now)
        view.notes = nil
        session.close(now: now)
        isFinished = true
    }

    // MARK: Rendering

    public func render(width: Int, height: Int, now: Timestamp) -> Frame {
        var frame = Frame(width: width, height: height)
        frame.bell = bellPending  // once: asking clears it
        frame.repaint = repaintPending
        bellPending = false
        repaintPending = false
        frameIsOutdated = false
        guard Self.fits(width, height) else {
            TooSmallNotice.draw(language: language, into: &frame)
            return frame
        }
        Chrome.compose(context(now, withTime: true), session: session, environment: environment, timeLeft: timeLeft(now)?.1, into: &frame)
        return frame
    }

    /// The frame that shows the last screen switches is out: they are journaled a moment
    /// later, in `tick` (see `writeShownSteps`).
    public func frameShown(now: Timestamp) {
        if stepsShownAt == nil, session.hasDeferredSteps { stepsShownAt = now }
    }

    /// Every screen drawn once, ahead of its first visit (see `Screens.drawEveryScreen`).
    public func preparation(width: Int, height: Int, now: Timestamp) -> (@Sendable () -> Void)? {
        guard Self.fits(width, height) else { return nil }
        let (context, history) = (context(now, withTime: true), session.history)
        return {
            history.rehearseMoves()
            Screens.drawEveryScreen(context, width: width, height: height)
        }
    }
}
