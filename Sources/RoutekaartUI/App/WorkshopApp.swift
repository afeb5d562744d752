import RoutekaartCore

/// The running workshop without a terminal: takes keys, sends commands through the
/// engine to the session, and renders the current screen into a `Frame`. The terminal
/// backend feeds it keys and draws its frames; tests drive it the same way.
public final class WorkshopApp {
    public let session: LiveSession
    public let language: Language
    public let utcOffsetSeconds: Int
    public private(set) var view = AppView()
    public private(set) var isFinished = false
    /// Typed notes are recorded after this much quiet, and whenever typing stops.
    public var notesIdleMilliseconds: Int64 = 1500
    /// The earlier session the scores are compared with ("herijken").
    public var comparison: WeefselComparison?
    /// Earlier sessions to choose a comparison from; nil when there is no sessions folder.
    public var library: (any SessionLibrary)?
    /// Writes exports from inside the workshop (key E); nil when exporting is not possible.
    public var exporter: (any SessionExporter)?
    static let exportFormats = ["md", "html", "csv", "json"]
    /// Where "save elsewhere" (key S) proposes to write, given the time.
    public var suggestedCopyPath: ((Timestamp) -> String)?
    /// Called once the first-run tour is finished or skipped, so it is not shown again.
    public var onTourDismissed: (() -> Void)?
    /// Set while replaying: the status bar says REPLAY and the key bar shows replay keys.
    public var replay: ReplayStatus?
    /// How long a message stays above the key bar.
    public var flashMilliseconds: Int64 = 5000
    /// Ring the terminal bell when a wegwijzer's time is up; off unless asked for (`--bell`).
    public var bellAtZero = false
    private var bellPending = false
    private var repaintPending = false
    private var timeTally = TimeSpent([])

    public init(session: LiveSession, language: Language, utcOffsetSeconds: Int = 0, now: Timestamp) {
        self.session = session
        self.language = language
        self.utcOffsetSeconds = utcOffsetSeconds
        if let open = session.state.openWegwijzer {
            view.screen = .wegwijzer(open)
            view.overviewSelection = open
        }
        if let notice = session.openingNotice { flash(notice, problem: true, now: now) }
    }

    private func context(_ now: Timestamp, withTime: Bool = false) -> ScreenContext {
        var ctx = ScreenContext(state: session.state, language: language, view: view, now: now, utcOffsetSeconds: utcOffsetSeconds)
        if withTime { ctx.timeSpent = timeSpent(until: replay == nil ? now : nil) }
        return ctx
    }

    /// Time per wegwijzer, kept up to date with the log a few new events at a time: the
    /// status bar asks for it on every frame and every tick.
    private func timeSpent(until now: Timestamp?) -> [Int: Int64] {
        let events = session.history.events
        if timeTally.count > events.count { timeTally = TimeSpent([]) }  // the log only grows; should it not, start again
        for e in events[timeTally.count...] { timeTally.add(e) }
        return timeTally.milliseconds(until: now)
    }

    private static func fits(_ width: Int, _ height: Int) -> Bool {
        width >= TooSmallNotice.minimumWidth && height >= TooSmallNotice.minimumHeight
    }

    /// Starts the short guided tour over the route map.
    public func startTour() {
        view.overlay = .tour(0)
    }

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
            handleOverlay(key, overlay, now: now)
            return
        }
        if var notes = view.notes {
            if key == .escape {
                commitNotes(now: now)
                view.notes = nil
                return
            }
            let area = WegwijzerScreen.editorArea(WegwijzerScreen.layout(
                Method.wegwijzer(notes.wegwijzer)!, language: language, in: bodyArea(width, height)))
            if notes.editor.handle(key, width: area.width, height: area.height) {
                if notes.editor.text != session.state.notes(of: notes.wegwijzer) { notes.dirty = true }
                notes.lastKey = now
                view.notes = notes
            }
            return
        }
        if view.presenting, key == .escape || key == .char("P") {
            view.presenting = false
            return
        }
        let ctx = context(now)
        let actions: [AppAction]?
        switch view.screen {
        case .overview: actions = OverviewScreen.handle(key, context: ctx, view: &view)
        case let .wegwijzer(n): actions = WegwijzerScreen.handle(key, number: n, context: ctx, view: &view)
        case .participants: actions = ParticipantsScreen.handle(key, context: ctx, view: &view)
        case .summary: actions = SummaryScreen.handle(key, view: &view)
        }
        if let actions {
            perform(actions, now: now)
        } else if key == .char("h"), case let .wegwijzer(n) = view.screen, view.pane(of: n) == .weefselResults {
            pickEarlier(now: now)
        } else {
            handleGlobal(key, now: now)
        }
    }

    /// Keys that work on every screen.
    static let globalHints: [KeyHint] = [
        KeyHint("1–0", UIText.keyWegwijzer, priority: 6),
        KeyHint("[ ]", UIText.keyNextPrev, priority: 6),
        KeyHint("p", UIText.keyParticipants, priority: 6),
        KeyHint("i", UIText.keyDetails, priority: 6),
        KeyHint("A", LocalizedText(nl: "agenda", en: "agenda"), priority: 7),
        KeyHint("Z", LocalizedText(nl: "samenvatting", en: "summary"), priority: 7),
        KeyHint("P", LocalizedText(nl: "projectie", en: "projector view"), priority: 4),
        KeyHint("E", LocalizedText(nl: "exporteren", en: "export"), priority: 7),
        KeyHint("S", LocalizedText(nl: "elders opslaan", en: "save elsewhere"), priority: 7),
        KeyHint("T", LocalizedText(nl: "tijd pauzeren/verder", en: "pause/resume timer"), priority: 8),
        KeyHint("V", LocalizedText(nl: "5 minuten erbij", en: "5 more minutes"), priority: 8),
        KeyHint("Ctrl-L", LocalizedText(nl: "scherm opnieuw tekenen", en: "redraw the screen"), priority: 9),
        KeyHint("u", UIText.keyUndo, priority: 3),
        KeyHint("r", UIText.keyRedo, priority: 4),
        KeyHint("Esc", UIText.keyBack, priority: 6),
        KeyHint("?", UIText.keyHelp, priority: 0),
        KeyHint("q", UIText.keyQuit, priority: 0),
    ]

    private func handleGlobal(_ key: Key, now: Timestamp) {
        switch key {
        case .char("?"), .function(1): view.overlay = .help
        case .char("q"): view.overlay = .confirmQuit
        case .char("u"), .ctrl("z"): undoOrRedo(.undo, now: now)
        case .char("r"), .ctrl("r"), .ctrl("y"): undoOrRedo(.redo, now: now)
        case .char("p"): perform([.show(.participants)], now: now)
        case .char("P"): view.presenting = true
        case .char("Z"):
            view.summaryScroll = 0
            perform([.show(.summary)], now: now)
        case .char("A"):
            let state = session.state
            view.overlay = .form(.editAgenda, Form(title: LocalizedText(nl: "Agenda: minuten per wegwijzer (leeg = niet op de agenda)", en: "Agenda: minutes per signpost (empty = not on the agenda)"),
                fields: Method.wegwijzers.map { w in
                    .text(label: LocalizedText(nl: "\(w.number). " + w.title.nl, en: "\(w.number). " + w.title.en),
                          TextField(state.plannedMinutes(w.number).map(String.init) ?? "", limit: 3))
                }))
        case .char("T"):
            let pausing = !session.state.timerPaused
            perform([.run(pausing ? .pauseTimer : .resumeTimer)], now: now)
            if session.state.timerPaused == pausing {
                flash(pausing ? (language == .nl ? "⏸ Tijd gepauzeerd; T laat hem weer lopen." : "⏸ Timer paused; T starts it again.")
                              : (language == .nl ? "Tijd loopt weer." : "Timer running again."), problem: false, now: now)
            }
        case .char("V"):
            guard case let .wegwijzer(n) = view.screen else { return }
            perform([.run(.extendTime(wegwijzer: n, minutes: 5))], now: now)
        case .char("S"):
            guard let suggest = suggestedCopyPath else { return }
            view.overlay = .form(.saveCopy, Form(title: LocalizedText(nl: "Elders opslaan", en: "Save elsewhere"), fields: [
                .text(label: LocalizedText(nl: "Bestand", en: "File"), TextField(suggest(now), limit: 1000)),
            ]))
        case .char("E"):
            guard exporter != nil else { return }
            view.overlay = .form(.export, Form(title: LocalizedText(nl: "Exporteren", en: "Export"), fields: [
                .choice(label: LocalizedText(nl: "Formaat", en: "Format"), options: [
                    LocalizedText(nl: "Markdown-rapport", en: "Markdown report"), LocalizedText(nl: "HTML met grafieken", en: "HTML with charts"),
                    LocalizedText(nl: "CSV-tabellen", en: "CSV tables"), LocalizedText(nl: "JSON-uitkomst", en: "JSON outcome")], selected: 1),
                .choice(label: LocalizedText(nl: "Namen", en: "Names"), options: [
                    LocalizedText(nl: "zoals ingevoerd", en: "as entered"), LocalizedText(nl: "anoniem (P1, P2 …)", en: "anonymous (P1, P2 …)")], selected: 0),
            ]))
        case .char("i"):
            let d = session.state.details
            view.overlay = .form(.editDetails, Form(title: UIText.details, fields: [
                .text(label: UIText.title, TextField(d.title, limit: Engine.Limits.name)),
                .text(label: UIText.region, TextField(d.region, limit: Engine.Limits.name)),
                .text(label: UIText.date, TextField(d.date, limit: Engine.Limits.name)),
                .text(label: UIText.facilitator, TextField(d.facilitator, limit: Engine.Limits.name)),
            ]))
        case let .char(c) where c.isASCII && c.isNumber:
            let n = c == "0" ? 10 : Int(String(c))!
            perform([.show(.wegwijzer(n))], now: now)
        case .char("]"), .pageDown: step(1, now: now)
        case .char("["), .pageUp: step(-1, now: now)
        case .escape, .left:
            switch view.screen {
            case .overview: break
            case .wegwijzer: perform([.show(.overview)], now: now)
            case .participants, .summary: view.screen = session.state.openWegwijzer.map { .wegwijzer($0) } ?? .overview
            }
        default: break
        }
    }

    /// Offers the earlier sessions of the same region (all sessions when the region is empty).
    private func pickEarlier(now: Timestamp) {
        let region = session.state.details.region
        let own = session.path
        let candidates = (library?.sessions() ?? []).filter { $0.path != own && (region.isEmpty || $0.region == region) }
        guard !candidates.isEmpty else {
            flash(language == .nl ? "Geen eerdere sessie van \(region.isEmpty ? "deze regio" : region) gevonden."
                                  : "No earlier session of \(region.isEmpty ? "this region" : region) found.", problem: true, now: now)
            return
        }
        view.overlay = .pickEarlier(candidates, selected: 0)
    }

    private func endTour() {
        view.overlay = nil
        onTourDismissed?()
        onTourDismissed = nil
    }

    /// Actors a new relation from `from` can go to, filtered by the letters typed.
    private func actorMatches(from: String, filter: String) -> [Actor] {
        let needle = filter.lowercased()
        return session.state.actors.filter { $0.id != from && (needle.isEmpty || $0.fields.name.lowercased().contains(needle)) }
    }

    private func step(_ delta: Int, now: Timestamp) {
        let current: Int
        switch view.screen {
        case let .wegwijzer(n): current = n
        case .overview, .participants, .summary: current = view.overviewSelection - delta
        }
        let next = min(max(1, current + delta), Method.wegwijzers.count)
        perform([.show(.wegwijzer(next))], now: now)
    }

    private func undoOrRedo(_ command: WorkshopCommand, now: Timestamp) {
        guard let target = command == .undo ? session.history.undoTarget : session.history.redoTarget else {
            execute(command, now: now)  // reports "nothing to undo/redo"
            return
        }
        guard execute(command, now: now) != nil else { return }
        let verb = command == .undo ? UIText.undone(language) : UIText.redone(language)
        flash(verb + ": " + EventDescription.describe(target.event, in: session.state, language: language), problem: false, now: now)
        view.participantSelection = min(view.participantSelection, max(0, session.state.participants.count - 1))
    }

    private func handleOverlay(_ key: Key, _ overlay: Overlay, now: Timestamp) {
        let yes = key == .enter || key == .char("j") || key == .char("y")
        let no = key == .escape || key == .char("n")
        switch overlay {
        case .help:
            if no || key == .enter || key == .char("?") || key == .char("q") { view.overlay = nil }
        case .confirmQuit:
            if yes { finish(now: now) } else if no || key == .char("q") { view.overlay = nil }
        case let .confirmRemove(target):
            if yes {
                view.overlay = nil
                execute(FormSubmission.removal(target, state: session.state).command, now: now)
                view.participantSelection = min(view.participantSelection, max(0, session.state.participants.count - 1))
            } else if no {
                view.overlay = nil
            }
        case let .tour(step):
            switch key {
            case .enter, .right, .char(" "):
                if step + 1 < Tour.steps.count { view.overlay = .tour(step + 1) } else { endTour() }
            case .left: view.overlay = .tour(max(0, step - 1))
            case .escape, .char("q"): endTour()
            default: break
            }
        case let .pickActor(from, filter, selected):
            let matches = actorMatches(from: from, filter: filter)
            switch key {
            case .up: view.overlay = .pickActor(from: from, filter: filter, selected: max(0, selected - 1))
            case .down: view.overlay = .pickActor(from: from, filter: filter, selected: min(max(0, matches.count - 1), selected + 1))
            case .escape: view.overlay = nil
            case .backspace: view.overlay = .pickActor(from: from, filter: String(filter.dropLast()), selected: 0)
            case let .char(c): view.overlay = .pickActor(from: from, filter: filter + String(c), selected: 0)
            case .enter:
                guard matches.indices.contains(selected) else { return }
                let to = matches[selected].id
                view.overlay = .form(.addRelation(from: from, to: to), NetworkListPane.relationForm(
                    RelationFields(from: from, to: to), state: session.state, title: .init(nl: "Nieuwe relatie", en: "New relation")))
            default: break
            }
        case let .pickEarlier(list, selected):
            switch key {
            case .up: view.overlay = .pickEarlier(list, selected: max(0, selected - 1))
            case .down: view.overlay = .pickEarlier(list, selected: min(list.count - 1, selected + 1))
            case .escape: view.overlay = nil
            case .enter:
                view.overlay = nil
                if let state = library?.load(list[selected].path), let c = WeefselComparison(earlier: state) {
                    comparison = c
                } else {
                    flash(language == .nl ? "Die sessie heeft geen scores om mee te vergelijken." : "That session has no scores to compare with.", problem: true, now: now)
                }
            default: break
            }
        case .form(let purpose, var form):
            switch form.handle(key) {
            case .editing:
                view.overlay = .form(purpose, form)
            case .cancelled:
                view.overlay = nil
            case .submitted where purpose == .saveCopy:
                commitNotes(now: now)
                do {
                    try session.saveCopy(to: form.text(0), now: now)
                    view.overlay = nil
                    flash((language == .nl ? "Alles is opgeslagen in " : "Everything is saved in ") + form.text(0), problem: false, now: now)
                } catch {
                    form.problem = (language == .nl ? "Lukt niet: " : "Failed: ") + "\(error)"
                    view.overlay = .form(purpose, form)
                }
            case .submitted where purpose == .export:
                commitNotes(now: now)
                do {
                    let path = try exporter?.export(session.history.events, format: Self.exportFormats[form.choice(0)],
                                                    anonymise: form.choice(1) == 1, language: language) ?? ""
                    view.overlay = nil
                    flash((language == .nl ? "Geëxporteerd naar " : "Exported to ") + path, problem: false, now: now)
                } catch {
                    form.problem = (language == .nl ? "Exporteren mislukt: " : "Export failed: ") + "\(error)"
                    view.overlay = .form(purpose, form)
                }
            case .submitted:
                do {
                    let command = try FormSubmission.command(for: purpose, form: form, state: session.state, language: language).get()
                    try session.execute(command, at: now)
                    view.overlay = nil
                    let last = max(0, session.state.participants.count - 1)
                    if case .addParticipant = purpose { view.participantSelection = last }
                    if case .addVoter = purpose { view.voting.voter = last }
                    if case .addActor = purpose { view.network.selected = session.state.actors.last?.id }
                    if case .addCommitment = purpose { view.commitmentSelection = max(0, session.state.commitments.count - 1) }
                    if case .addFact = purpose { view.factSelection = max(0, session.state.facts.count - 1) }
                    if case .addInterest = purpose, let added = session.state.interests.last {
                        view.challengeSelection = ChallengePane.rows(session.state).firstIndex(of: .interest(added)) ?? 0
                    }
                    if case .addAgendaTopic = purpose, let added = session.state.agendaTopics.last {
                        view.challengeSelection = ChallengePane.rows(session.state).firstIndex(of: .topic(added)) ?? 0
                    }
                    if case .addConnection = purpose, let added = session.state.connections.last {
                        view.connectionSelection = ConnectionsPane.ordered(session.state).firstIndex { $0.id == added.id } ?? 0
                    }
                    if case .addReflection = purpose, let added = session.state.reflections.last {
                        view.reflectionSelection = ReflectionPane.ordered(session.state).firstIndex { $0.id == added.id } ?? 0
                    }
                } catch let error as CommandError {
                    form.problem = error.message(language)
                    view.overlay = .form(purpose, form)
                } catch {
                    form.problem = (error as? FormProblem)?.message ?? "\(error)"
                    view.overlay = .form(purpose, form)
                }
            }
        }
    }

    private func perform(_ actions: [AppAction], now: Timestamp) {
        for action in actions {
            switch action {
            case let .run(command):
                execute(command, now: now)
            case let .show(screen):
                switch screen {
                case let .wegwijzer(n):
                    navigate(.openWegwijzer(n), now: now)
                    view.overviewSelection = n
                case .overview:
                    navigate(.openOverview, now: now)
                case .participants, .summary:
                    break
                }
                view.screen = screen
            case let .startNotes(n):
                if session.isReadOnly {
                    flash(UIText.readOnlyRefused(language), problem: true, now: now)
                } else {
                    view.notes = NotesEditing(wegwijzer: n, editor: TextEditor(session.state.notes(of: n), limit: Engine.Limits.notes), lastKey: now)
                }
            case let .open(overlay):
                view.overlay = overlay
            case let .flash(text, problem):
                flash(text, problem: problem, now: now)
            }
        }
    }

    /// Records where the facilitator is; a read-only session navigates without recording.
    private func navigate(_ command: WorkshopCommand, now: Timestamp) {
        if !session.isReadOnly { execute(command, now: now) }
    }

    @discardableResult
    private func execute(_ command: WorkshopCommand, now: Timestamp) -> [RecordedEvent]? {
        let wasSaving = !session.needsSaving
        do {
            let events = try session.execute(command, at: now)
            if wasSaving, session.needsSaving { warnNotSaved(now: now) }
            return events
        } catch {
            flash(error.message(language), problem: true, now: now)
            return nil
        }
    }

    /// Writing failed: say so plainly, and how to get it onto a disk.
    private func warnNotSaved(now: Timestamp) {
        flash(language == .nl ? "Opslaan lukt niet. Alles blijft in het geheugen; druk S om elders op te slaan."
                              : "Saving fails. Everything stays in memory; press S to save elsewhere.", problem: true, now: now)
        view.flash?.until = Timestamp(milliseconds: Int64.max)
    }

    private func flash(_ text: String, problem: Bool, now: Timestamp) {
        view.flash = Flash(text: text, isProblem: problem, until: Timestamp(milliseconds: now.milliseconds + flashMilliseconds))
    }

    // MARK: Time

    /// Called when no key came for a while: records notes after a pause, clears old messages.
    public func tick(now: Timestamp) {
        if let notes = view.notes, notes.dirty, now.milliseconds - notes.lastKey.milliseconds >= notesIdleMilliseconds {
            commitNotes(now: now)
        }
        if let flash = view.flash, flash.until <= now { view.flash = nil }
        announceTimeUp(now: now)
    }

    /// Says once, quietly, that the open wegwijzer's time is up, with the keys that help.
    private func announceTimeUp(now: Timestamp) {
        guard let (n, left) = timeLeft(now) else { return }
        if left >= 0 {
            if view.timeUpAnnounced == n { view.timeUpAnnounced = nil }  // more minutes were given
            return
        }
        guard view.timeUpAnnounced != n, !session.state.timerPaused else { return }
        view.timeUpAnnounced = n
        view.flash = Flash(text: language == .nl ? "⏱ De tijd voor wegwijzer \(n) is om. V geeft 5 minuten erbij, T pauzeert."
                                                 : "⏱ Time is up for signpost \(n). V gives 5 more minutes, T pauses.",
                           isProblem: false, until: Timestamp(milliseconds: now.milliseconds + 3 * flashMilliseconds))
        bellPending = bellAtZero
    }

    /// The open wegwijzer on the agenda and the milliseconds it has left (negative: over time).
    private func timeLeft(_ now: Timestamp) -> (Int, Int64)? {
        guard replay == nil, case let .wegwijzer(n) = view.screen, let planned = session.state.plannedMinutes(n) else { return nil }
        let spent = timeSpent(until: now)[n] ?? 0  // only while a timed wegwijzer is open
        return (n, Int64(planned) * 60_000 - spent)
    }

    private func commitNotes(now: Timestamp) {
        guard var notes = view.notes, notes.dirty else { return }
        execute(.editNotes(wegwijzer: notes.wegwijzer, text: notes.editor.text), now: now)
        notes.dirty = false
        view.notes = notes
    }

    /// Applies commands posted to the inbox (the room's phones) in order, each journaled
    /// like a key press; the next frame shows them. Refusals go back to the sender only.
    public func receive(_ deliveries: [CommandInbox.Delivery], now: Timestamp) {
        for delivery in deliveries {
            do throws(CommandError) {
                delivery.reply(.success(try session.execute(delivery.command, at: now)))
            } catch {
                delivery.reply(.failure(error))
            }
        }
    }

    /// Records what is still being typed and writes the session file; the app is done.
    public func finish(now: Timestamp) {
        commitNotes(now: now)
        view.notes = nil
        session.close(now: now)
        isFinished = true
    }

    // MARK: Rendering

    private func bodyArea(_ width: Int, _ height: Int) -> Rect {
        Rect(x: 0, y: 1, width: width, height: height - 2)
    }

    public func render(width: Int, height: Int, now: Timestamp) -> Frame {
        var frame = Frame(width: width, height: height)
        guard Self.fits(width, height) else {
            TooSmallNotice.draw(language: language, into: &frame)
            return frame
        }
        let ctx = context(now, withTime: true)
        let body = bodyArea(width, height)
        if view.presenting, view.overlay == nil, replay == nil {
            renderPresentation(ctx, now: now, into: &frame)
            frame.bell = takeBell()
            frame.repaint = takeRepaint()
            return frame
        }
        let screenHints: [KeyHint]
        switch view.screen {
        case .overview:
            OverviewScreen.render(ctx, in: body, into: &frame)
            screenHints = OverviewScreen.keyHints()
        case let .wegwijzer(n):
            WegwijzerScreen.render(n, ctx, comparison: comparison, in: body, into: &frame)
            screenHints = WegwijzerScreen.keyHints(number: n, view: view)
        case .participants:
            ParticipantsScreen.render(ctx, in: body, into: &frame)
            screenHints = ParticipantsScreen.keyHints()
        case .summary:
            SummaryScreen.render(ctx, in: body, into: &frame)
            screenHints = SummaryScreen.keyHints()
        }

        var barHints = screenHints + Self.globalHints.filter { g in !screenHints.contains { $0.keys == g.keys } }
        if view.notes != nil { barHints = screenHints }
        if let replay { barHints = replay.keys }
        if let overlay = view.overlay {
            frame.cursor = nil
            barHints = renderOverlay(overlay, screenHints: screenHints, in: body, into: &frame)
        }
        if let flash = view.flash {
            let row = Rect(x: 0, y: height - 2, width: width, height: 1)
            frame.fill(row, style: flash.isProblem ? .error : .accent)
            frame.put(" " + flash.text, x: 0, y: row.y, width: width, style: flash.isProblem ? .error : .accent)
        }
        StatusBar.draw(title: ctx.state.details.title.isEmpty ? UIText.untitled(language) : ctx.state.details.title,
                       location: location, clock: timerText(now) + StatusBar.clock(now, offset: utcOffsetSeconds), save: saveText,
                       in: Rect(x: 0, y: 0, width: width, height: 1), into: &frame)
        KeyBar.draw(barHints, language: language, in: Rect(x: 0, y: height - 1, width: width, height: 1), into: &frame)
        frame.bell = takeBell()
        frame.repaint = takeRepaint()
        return frame
    }

    /// Whether the next frame is sent whole (Ctrl-L); asking clears it.
    private func takeRepaint() -> Bool {
        defer { repaintPending = false }
        return repaintPending
    }

    /// Whether the next frame rings the bell; asking clears it, so it rings once.
    private func takeBell() -> Bool {
        defer { bellPending = false }
        return bellPending
    }

    /// The projector view: the whole terminal for the screen's question or result; the last
    /// row says how to leave it, or shows a message or a problem with saving.
    private func renderPresentation(_ ctx: ScreenContext, now: Timestamp, into frame: inout Frame) {
        let area = Rect(x: 0, y: 0, width: frame.width, height: frame.height - 1)
        PresentationScreen.render(ctx, screen: view.screen, in: area, into: &frame)
        let bottom = frame.height - 1
        if let flash = view.flash {
            frame.put(" " + flash.text, x: 0, y: bottom, width: frame.width, style: flash.isProblem ? .error : .accent)
        } else if case .failed = session.saveStatus {
            frame.put(" " + saveText.text, x: 0, y: bottom, width: frame.width, style: .error)
        } else {
            let hint = language == .nl ? "P of Esc: terug " : "P or Esc: back "
            frame.put(hint, x: frame.width - TextWidth.of(hint), y: bottom, style: .muted)
        }
    }

    private func renderOverlay(_ overlay: Overlay, screenHints: [KeyHint], in body: Rect, into frame: inout Frame) -> [KeyHint] {
        let confirm = [KeyHint("Enter/j", LocalizedText(nl: "ja", en: "yes"), priority: 0),
                       KeyHint("Esc", LocalizedText(nl: "nee", en: "no"), priority: 0)]
        switch overlay {
        case .help:
            let global = Self.globalHints.filter { g in !screenHints.contains { $0.keys == g.keys } }
            HelpOverlay.draw(screen: screenHints, global: global, language: language, in: body, into: &frame)
            return [KeyHint("Esc", UIText.keyClose, priority: 0)]
        case .confirmQuit:
            var lines: [(String, StyleRole)] = []
            if case .saved = session.saveStatus, let path = session.path {
                lines.append((UIText.quitSaved(language) + " " + path, .normal))
            } else if case .failed = session.saveStatus {
                lines.append((UIText.quitNotSaved(language), .error))
            }
            Dialog.draw(title: UIText.quitQuestion(language), lines: lines, keys: UIText.confirmKeys(language), in: body, into: &frame)
            return confirm
        case let .confirmRemove(target):
            let name = FormSubmission.removal(target, state: session.state).name
            let question: LocalizedText
            switch target {
            case .participant: question = UIText.removeQuestion
            case .constituency: question = LocalizedText(nl: "Achterban verwijderen?", en: "Remove constituency?")
            case .actor: question = LocalizedText(nl: "Actor verwijderen?", en: "Remove actor?")
            case .relation: question = LocalizedText(nl: "Relatie verwijderen?", en: "Remove relation?")
            case .commitment: question = LocalizedText(nl: "Toezegging verwijderen?", en: "Remove commitment?")
            case .fact: question = LocalizedText(nl: "Feit verwijderen?", en: "Remove fact?")
            case .domain: question = LocalizedText(nl: "Domein verwijderen?", en: "Remove domain?")
            case .interest: question = LocalizedText(nl: "Belang verwijderen?", en: "Remove interest?")
            case .agendaTopic: question = LocalizedText(nl: "Agendapunt verwijderen?", en: "Remove agenda point?")
            case .reflection, .connection: question = LocalizedText(nl: "Opmerking verwijderen?", en: "Remove remark?")
            case .agreement: question = LocalizedText(nl: "Afspraak verwijderen?", en: "Remove agreement?")
            }
            Dialog.draw(title: question(language), lines: [(name, .title)], keys: UIText.confirmKeys(language), in: body, into: &frame)
            return confirm
        case let .tour(step):
            let page = Tour.steps[step]
            var lines: [(String, StyleRole)] = [(page.text(language), .normal)]
            if step == Tour.steps.count - 1, let path = session.path { lines.append((path, .accent)) }
            lines.append(("", .normal))
            lines.append(("\(step + 1)/\(Tour.steps.count)", .muted))
            Dialog.draw(title: page.title(language), lines: lines, keys: Tour.keys(language), in: body, into: &frame)
            return [KeyHint("Enter", LocalizedText(nl: "verder", en: "next"), priority: 0), KeyHint("Esc", LocalizedText(nl: "overslaan", en: "skip"), priority: 0)]
        case let .pickActor(from, filter, selected):
            let nl = language == .nl
            let matches = actorMatches(from: from, filter: filter)
            var lines: [(String, StyleRole)] = [((nl ? "Zoek: " : "Find: ") + filter + "▏", .busy)]
            lines += matches.prefix(10).enumerated().map { i, a in ((i == selected ? "▸ " : "  ") + NetworkBoard.label(a, width: 40), i == selected ? .selected : .normal) }
            if matches.isEmpty { lines.append((nl ? "(geen actor met die naam)" : "(no actor by that name)", .muted)) }
            let name = session.state.actor(from)?.fields.name ?? from
            Dialog.draw(title: (nl ? "Relatie van " : "Relation from ") + name + (nl ? " naar…" : " to…"), lines: lines,
                        keys: nl ? "typ om te zoeken · ↑↓ kies · Enter · Esc" : "type to find · ↑↓ select · Enter · Esc", in: body, into: &frame)
            return [KeyHint("Enter", UIText.keyChoose, priority: 0), KeyHint("Esc", UIText.keyCancel, priority: 0)]
        case let .pickEarlier(list, selected):
            let lines = list.enumerated().map { i, s in
                ((i == selected ? "▸ " : "  ") + s.title + (s.date.isEmpty ? "" : " · " + s.date) + (s.region.isEmpty ? "" : " · " + s.region),
                 i == selected ? StyleRole.selected : .normal)
            }
            Dialog.draw(title: language == .nl ? "Vergelijk met een eerdere sessie" : "Compare with an earlier session", lines: Array(lines.prefix(12)),
                        keys: language == .nl ? "↑↓ kies · Enter vergelijk · Esc annuleer" : "↑↓ select · Enter compare · Esc cancel", in: body, into: &frame)
            return [KeyHint("Enter", .init(nl: "vergelijk", en: "compare"), priority: 0), KeyHint("Esc", UIText.keyCancel, priority: 0)]
        case let .form(_, form):
            form.draw(in: body, language: language, into: &frame)
            return [KeyHint("Tab", UIText.keyField, priority: 1), KeyHint("Enter", UIText.keySave, priority: 0),
                    KeyHint("Esc", UIText.keyCancel, priority: 0)]
        }
    }

    /// "⏱ 04:12 │ " while a wegwijzer on the agenda is open; "⏱ tijd om +02:10 │ " past its time.
    private func timerText(_ now: Timestamp) -> String {
        guard let (_, left) = timeLeft(now) else { return "" }
        func clock(_ ms: Int64) -> String {
            let s = Int(ms / 1000)
            return (s / 60 < 10 ? "0" : "") + "\(s / 60):" + (s % 60 < 10 ? "0" : "") + "\(s % 60)"
        }
        let paused = session.state.timerPaused ? (language == .nl ? " ⏸ pauze" : " ⏸ paused") : ""
        return (left >= 0 ? "⏱ " + clock(left) : "⏱ " + (language == .nl ? "tijd om +" : "time's up +") + clock(-left)) + paused + " │ "
    }

    private var location: String {
        switch view.screen {
        case .overview: UIText.overview(language)
        case let .wegwijzer(n): "\(n). " + (Method.wegwijzer(n)?.title(language) ?? "")
        case .participants: UIText.participants(language)
        case .summary: language == .nl ? "Samenvatting" : "Summary"
        }
    }

    private var saveText: (text: String, style: StyleRole) {
        if let replay { return (replay.text, .warning) }
        if view.notes?.dirty == true { return ("○ " + UIText.editing(language), .busy) }
        switch session.saveStatus {
        case let .saved(t): return ("● " + UIText.saved(language) + " " + StatusBar.time(t, offset: utcOffsetSeconds), .statusBar)
        case .failed: return ("! " + UIText.notSaved(language) + " · S", .error)
        case .memoryOnly: return (UIText.memoryOnly(language), .warning)
        case .readOnly: return (UIText.readOnly(language), .warning)
        }
    }
}
