import RoutekaartCore

/// The room for the phones: opening and closing it (the server is the environment's), and
/// the commands its phones post through the inbox.
extension WorkshopApp {
    /// Applies commands posted to the inbox (the room's phones) in order, each journaled
    /// like a key press, all with one write and one fdatasync; the next frame shows them.
    /// Refusals go back to the sender only.
    public func receive(_ commands: [WorkshopCommand], now: Timestamp) -> [Result<[RecordedEvent], CommandError>] {
        guard !commands.isEmpty else { return [] }  // a wake-up without commands: a fold is done
        lastReceived = now
        let wasSaving = !session.needsSaving, before = session.history.events.count, rewrites = session.timesWrittenAnew
        let results = session.execute(batch: commands, at: now)
        // Names a phone added are new to the facilitator, saved or still held in memory.
        for case let .participantAdded(p) in session.history.events[before...].map(\.event) { view.newParticipants.insert(p.id) }
        if wasSaving, session.needsSaving { announceSavingFails(now: now) }
        if session.timesWrittenAnew > rewrites { announceWrittenAnew(now: now) }
        return results
    }

    /// Opens the room for the phones (`--room`), as the key M does.
    public func openRoom(now: Timestamp) {
        if environment.room?.info() == nil { perform([.toggleRoom], now: now) }
    }

    /// Opens the room and shows how to join, or asks whether to close it.
    func toggleRoom(now: Timestamp) {
        guard let room = environment.room else { return flash(UIText.roomUnavailable(language), problem: true, now: now) }
        if room.info() != nil {
            view.overlay = .confirmCloseRoom
            return
        }
        do {
            _ = try room.open()
            view.overlay = .room(large: false)
        } catch {
            flash(UIText.roomFailed(language, "\(error)"), problem: true, now: now)
        }
    }

    /// Closes the room; its code and the phones' names are kept for when it opens again.
    func closeRoom(now: Timestamp) {
        environment.room?.close()
        view.overlay = nil
        flash(UIText.roomClosed(language), problem: false, now: now)
    }
}
