import RoutekaartCore

/// What time alone changes: screen switches journaled a moment after their frame, notes
/// recorded after a pause, messages that expire, the countdown and its "time is up", the
/// clock; and when the run loop must wake for them.
extension WorkshopApp {
    /// A burst of phones is over when none posted for this long; then a fold may start.
    static let quietMilliseconds: Int64 = 1000
    /// While writing fails, the session is written from memory again this often: once the
    /// disk has room, what the room said is on it without anyone pressing a key.
    static let saveRetryMilliseconds: Int64 = 5000

    /// Called after every pass of the run loop: journals the screen switches a frame has
    /// shown, records notes after a pause, clears old messages, completes and starts folds,
    /// says when time is up.
    public func tick(now: Timestamp) {
        writeShownSteps(now: now)
        if let notes = view.notes, notes.dirty, now.milliseconds - notes.lastKey.milliseconds >= environment.notesIdleMilliseconds {
            commitNotes(now: now)
        }
        if let flash = view.flash, flash.until <= now { view.flash = nil }
        session.compactIfDue(now: now, quiet: now.milliseconds - lastReceived.milliseconds >= Self.quietMilliseconds)
        retrySaving(now: now)
        announceTimeUp(now: now)
    }

    /// How long screen switches wait after the frame that shows them before they are
    /// journaled: the terminal has the processor first (the step is in memory meanwhile).
    static let stepsWriteDelayMilliseconds: Int64 = 3

    /// Journals the screen switches a frame has shown, once the delay has passed; a write
    /// that fails is told at once (the frame is out of date).
    func writeShownSteps(now: Timestamp) {
        guard let shown = stepsShownAt, now.milliseconds >= shown.milliseconds + Self.stepsWriteDelayMilliseconds else { return }
        stepsShownAt = nil
        let wasSaving = !session.needsSaving
        session.writeDeferredSteps()
        if wasSaving, session.needsSaving {
            announceSavingFails(now: now)
            frameIsOutdated = true
        }
    }

    /// While writing fails, tries again every `saveRetryMilliseconds`; says so when it works.
    private func retrySaving(now: Timestamp) {
        guard session.needsSaving, now.milliseconds - lastSaveTry.milliseconds >= Self.saveRetryMilliseconds else { return }
        lastSaveTry = now
        session.retrySaving(now: now)
        if !session.needsSaving {
            flash(UIText.savedAgain(language), problem: false, now: now)
            frameIsOutdated = true
        }
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
        perform([.flash(UIText.timeUp(language).replacingOccurrences(of: "%d", with: "\(n)"), problem: false), .ringBell], now: now)
        view.flash?.until = Timestamp(milliseconds: now.milliseconds + 3 * environment.flashMilliseconds)
    }

    /// The open wegwijzer on the agenda and the milliseconds it has left (negative: over time).
    func timeLeft(_ now: Timestamp) -> (Int, Int64)? {
        guard environment.replay == nil, case let .wegwijzer(n) = view.screen else { return nil }
        return countdown.left(n, session.state, session.history.events, now: now).map { (n, $0) }
    }

    /// Now when the frame shown is out of date; else the soonest of: the journaling of
    /// screen switches a frame has shown, the clock's next minute (and with it a new day for
    /// old facts), the end of the message, the notes' idle pause, the countdown's next second,
    /// the open wegwijzer's next minute spent, the end of a burst of phones, and the moment a
    /// silent phone stops counting as connected. (Phones that join or speak for someone wake
    /// the loop themselves, through the inbox.)
    public func nextWake(now: Timestamp) -> Timestamp? {
        if frameIsOutdated { return now }
        let t = now.milliseconds
        let localMinute = (t + Int64(environment.utcOffsetSeconds) * 1000) % 60_000
        var soonest = t + 60_000 - (localMinute < 0 ? localMinute + 60_000 : localMinute)
        if let flash = view.flash { soonest = min(soonest, flash.until.milliseconds) }
        if let shown = stepsShownAt { soonest = min(soonest, shown.milliseconds + Self.stepsWriteDelayMilliseconds) }
        if let notes = view.notes, notes.dirty { soonest = min(soonest, notes.lastKey.milliseconds + environment.notesIdleMilliseconds) }
        if environment.replay == nil, !session.state.timerPaused {
            if let (_, left) = timeLeft(now) { soonest = min(soonest, t + Chrome.untilTimerChanges(left: left)) }
            if let open = session.state.openWegwijzer, let spent = countdown.spent(session.history.events, until: now)[open] {
                soonest = min(soonest, t + 60_000 - spent % 60_000)
            }
        }
        if let change = environment.room?.info()?.devicesChange { soonest = min(soonest, change.milliseconds + 1) }
        if t - lastReceived.milliseconds < Self.quietMilliseconds { soonest = min(soonest, lastReceived.milliseconds + Self.quietMilliseconds) }
        if session.needsSaving { soonest = min(soonest, lastSaveTry.milliseconds + Self.saveRetryMilliseconds) }
        return Timestamp(milliseconds: max(t, soonest))
    }
}
