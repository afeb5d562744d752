import RoutekaartCore

/// The four screens that fill the body: their keys, their key hints and their drawing.
enum Screens {
    static func handle(_ key: Key, context: ScreenContext, view: inout UIState) -> [AppAction]? {
        switch view.screen {
        case .overview: OverviewScreen.handle(key, context: context, view: &view)
        case let .wegwijzer(n): WegwijzerScreen.handle(key, number: n, context: context, view: &view)
        case .participants: ParticipantsScreen.handle(key, context: context, view: &view)
        case .summary: SummaryScreen.handle(key, view: &view)
        }
    }

    /// Draws each screen of `context` into a frame no one sees, so that the first visit to
    /// each finds its code loaded, its types set up by the runtime and its caches filled
    /// (the network's analysis and board, wrapped lines) instead of waiting for them: on a
    /// network of 200 actors that first visit took twice as long. Safe on any thread.
    static func drawEveryScreen(_ context: ScreenContext, width: Int, height: Int) {
        _ = everyScreen(context, width: width, height: height)
    }

    /// Each screen's body as `context` would show it, the route map first.
    static func everyScreen(_ context: ScreenContext, width: Int, height: Int) -> [Frame] {
        let body = Rect(x: 0, y: 1, width: width, height: height - 2)
        return ([ScreenID.overview, .participants, .summary] + (1...10).map(ScreenID.wegwijzer)).map { screen in
            var view = context.view
            view.screen = screen
            var ctx = ScreenContext(state: context.state, language: context.language, view: view, now: context.now,
                                    utcOffsetSeconds: context.utcOffsetSeconds)
            ctx.timeSpent = context.timeSpent
            ctx.comparison = context.comparison
            var frame = Frame(width: width, height: height)
            _ = render(ctx, in: body, into: &frame)
            return frame
        }
    }

    /// Draws the screen into `body` and returns its key hints.
    static func render(_ context: ScreenContext, in body: Rect, into frame: inout Frame) -> [KeyHint] {
        switch context.view.screen {
        case .overview:
            OverviewScreen.render(context, in: body, into: &frame)
            return OverviewScreen.keyHints()
        case let .wegwijzer(n):
            WegwijzerScreen.render(n, context, in: body, into: &frame)
            return WegwijzerScreen.keyHints(number: n, view: context.view, context: context)
        case .participants:
            ParticipantsScreen.render(context, in: body, into: &frame)
            return ParticipantsScreen.keyHints(context)
        case .summary:
            SummaryScreen.render(context, in: body, into: &frame)
            return SummaryScreen.keyHints()
        }
    }

    /// Where the facilitator is, for the status bar; while votes or scores are typed, that first.
    static func location(_ view: UIState, _ language: Language) -> String {
        if case .wegwijzer = view.screen, view.panes.voting.recording || view.panes.scoring.recording {
            return (view.panes.voting.recording ? UIText.recordingVotes : UIText.recordingScores)(language)
        }
        return switch view.screen {
        case .overview: UIText.overview(language)
        case let .wegwijzer(n): "\(n). " + (Method.wegwijzer(n)?.title(language) ?? "")
        case .participants: UIText.participants(language)
        case .summary: UIText.summary(language)
        }
    }
}

/// The rows around the screen: the status bar on top, a message and the key bar below,
/// and the last row of the projector view.
enum Chrome {
    private static let t = UIText.t
    static let timeUpPrefix = t("tijd om +", "time's up +")
    static let paused = t(" ⏸ pauze", " ⏸ paused")
    static let backFromProjector = t("P of Esc: terug ", "P or Esc: back ")

    /// "⏱ 04:12 │ " while a wegwijzer on the agenda is open; "⏱ tijd om +02:10 │ " past its time.
    /// Counting down, a second shows until it has passed whole, as a kitchen timer does:
    /// 05:00 for the first second, 00:00 only when the time is up.
    static func timer(left: Int64?, paused isPaused: Bool, _ language: Language) -> String {
        guard let left else { return "" }
        func clock(_ s: Int64) -> String {
            (s / 60 < 10 ? "0" : "") + "\(s / 60):" + (s % 60 < 10 ? "0" : "") + "\(s % 60)"
        }
        return "⏱ " + (left >= 0 ? clock((left + 999) / 1000) : timeUpPrefix(language) + clock(-left / 1000)) + (isPaused ? paused(language) : "") + " │ "
    }

    /// Milliseconds until `timer` shows another second: counting down when a whole second
    /// has passed, at 0 when "time is up" appears, then each second over.
    static func untilTimerChanges(left: Int64) -> Int64 {
        left > 0 ? (left - 1) % 1000 + 1 : left == 0 ? 1 : 1000 - (-left) % 1000
    }

    /// What the status bar says about saving (or replaying).
    static func saveText(_ session: LiveSession, editing: Bool, replay: ReplayStatus?, offset: Int, _ language: Language) -> (text: String, style: StyleRole) {
        if let replay { return (replay.text, .warning) }
        if editing { return ("○ " + UIText.editing(language), .busy) }
        switch session.saveStatus {
        case let .saved(t): return ("● " + UIText.saved(language) + " " + StatusBar.time(t, offset: offset), .statusBar)
        case .failed: return ("! " + UIText.notSaved(language) + " · S", .error)
        case .memoryOnly: return (UIText.memoryOnly(language), .warning)
        case .readOnly: return (UIText.readOnly(language), .warning)
        }
    }

    /// "● q1 18/25 │ ": the question open to the room and its turnout, whatever screen is shown.
    static func questionStatus(_ question: RoomQuestion, _ state: WorkshopState, _ language: Language) -> String {
        let turnout = question.turnout(in: state)
        return "● " + question.shortName(language) + " \(turnout.answered)/\(turnout.expected) │ "
    }

    /// "✚ 2 nieuw (p) │ ": participants added from a phone that the facilitator has not seen yet.
    static func newParticipantsStatus(_ count: Int, _ language: Language) -> String {
        count == 0 ? "" : "✚ " + newParticipants(language, count) + " │ "
    }

    static let newParticipants = LocalizedText(nl: "%1 nieuw (p)", en: "%1 new (p)")

    /// The whole frame but for a terminal that is too small: the screen (or the projector
    /// view), an overlay, the message, the status bar and the key bar.
    static func compose(_ ctx: ScreenContext, session: LiveSession, environment: AppEnvironment, timeLeft: Int64?, into frame: inout Frame) {
        let (view, language, width, height) = (ctx.view, ctx.language, frame.width, frame.height)
        let replay = environment.replay
        let save = saveText(session, editing: view.notes?.dirty == true, replay: replay, offset: environment.utcOffsetSeconds, language)
        if view.presenting, view.overlay == nil, replay == nil {
            PresentationScreen.render(ctx, screen: view.screen, in: Rect(x: 0, y: 0, width: width, height: height - 1), into: &frame)
            presentationFooter(view.flash, save: save, failed: session.needsSaving, language, into: &frame)
            return
        }
        let body = Rect(x: 0, y: 1, width: width, height: height - 2)
        let screenHints = Screens.render(ctx, in: body, into: &frame)
        // Typing notes, or the laptop going round the room: only the screen's own keys work.
        let ownKeysOnly = view.notes != nil || view.panes.voting.passLaptop
        var barHints = ownKeysOnly ? screenHints : screenHints + GlobalKeys.hints.filter { g in !screenHints.contains { $0.keys == g.keys } }
        if let replay { barHints = replay.keys }
        if let overlay = view.overlay {
            frame.cursor = nil
            barHints = Overlays.draw(overlay, context: ctx, session: session, screenHints: screenHints, in: body, into: &frame)
        }
        flash(view.flash, into: &frame)
        let title = ctx.state.details.title.isEmpty ? UIText.untitled(language) : ctx.state.details.title
        StatusBar.draw(title: environment.isDemo ? UIText.demoRealSession(language) : title, shortTitle: environment.isDemo ? "demo" : nil,
                       location: Screens.location(view, language),
                       clock: (ctx.room.map { UIText.roomStatus(language, $0.devices) } ?? "")
                           + (ctx.state.openQuestion.map { questionStatus($0, ctx.state, language) } ?? "")
                           + newParticipantsStatus(ctx.view.newParticipants.filter { ctx.state.participant($0) != nil }.count, language)
                           + timer(left: timeLeft, paused: ctx.state.timerPaused, language) + StatusBar.clock(ctx.now, offset: environment.utcOffsetSeconds),
                       save: save, in: Rect(x: 0, y: 0, width: width, height: 1), into: &frame)
        KeyBar.draw(barHints, language: language, in: Rect(x: 0, y: height - 1, width: width, height: 1), into: &frame)
    }

    /// The message above the key bar, if any.
    static func flash(_ flash: Flash?, into frame: inout Frame) {
        guard let flash else { return }
        let row = Rect(x: 0, y: frame.height - 2, width: frame.width, height: 1)
        frame.fill(row, style: flash.isProblem ? .error : .accent)
        frame.put(" " + flash.text, x: 0, y: row.y, width: frame.width, style: flash.isProblem ? .error : .accent)
    }

    /// The projector view's last row: a message, a problem with saving, or how to leave it.
    static func presentationFooter(_ flash: Flash?, save: (text: String, style: StyleRole), failed: Bool, _ language: Language, into frame: inout Frame) {
        let bottom = frame.height - 1
        if let flash {
            frame.put(" " + flash.text, x: 0, y: bottom, width: frame.width, style: flash.isProblem ? .error : .accent)
        } else if failed {
            frame.put(" " + save.text, x: 0, y: bottom, width: frame.width, style: .error)
        } else {
            let hint = backFromProjector(language)
            frame.put(hint, x: frame.width - TextWidth.of(hint), y: bottom, style: .muted)
        }
    }
}
