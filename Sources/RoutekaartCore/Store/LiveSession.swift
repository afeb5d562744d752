import Foundation

/// Whether what the screen shows is safely on disk.
public enum SaveStatus: Equatable, Sendable {
    /// Everything up to this moment is on disk.
    case saved(Timestamp)
    /// Writing failed; the workshop is kept in memory and every next change retries
    /// by writing the whole session anew.
    case failed(SaveFailure)
    /// A session without a file (tests, replay).
    case memoryOnly
    /// Opened read-only because the file could not be trusted for writing.
    case readOnly(String)

    /// Why writing failed, while it does.
    public var failure: SaveFailure? { if case let .failed(failure) = self { failure } else { nil } }
}

/// A workshop in progress: the history, its store, and the rule that an event is on
/// disk before the screen calls it saved.
public final class LiveSession {
    public private(set) var history: SessionHistory
    public private(set) var saveStatus: SaveStatus
    public let created: Timestamp
    public var path: String? { store?.path ?? readOnlyPath }
    /// True when writing failed and the workshop lives only in memory until it is saved again.
    public var needsSaving: Bool { if case .failed = saveStatus { true } else { false } }
    /// What the facilitator should know about how the session was opened.
    public private(set) var openingNotice: String?
    private var store: (any SessionStorage)?
    private let readOnlyPath: String?
    /// When the journal is folded into the session file.
    public var schedule = CompactionSchedule.linear
    /// Called from another thread when a fold in the background is written: the run loop
    /// wakes and calls `compactIfDue` to complete it.
    public var onBackgroundWorkDone: @Sendable () -> Void = {}
    /// After a fold failed, the next waits until the journal has this many events.
    private var retryAfter = 0
    /// With this set, where the facilitator went (`WorkshopEvent.isNavigation`) waits to be
    /// journaled until `writeDeferredSteps` (the app calls it a moment after the frame that
    /// shows it is out), or the next change, whichever comes first: a screen switch does not
    /// wait for JSON and the disk.
    public var defersNavigation = false
    /// How often the journal or the session file was found deleted or replaced under the
    /// session, and the whole session written anew in its place.
    public private(set) var timesWrittenAnew = 0
    /// Steps recorded but not yet journaled (only with `defersNavigation`).
    private var deferredSteps: [RecordedEvent] = []

    public var state: WorkshopState { history.state }
    public var isReadOnly: Bool { if case .readOnly = saveStatus { true } else { false } }

    /// A session kept only in memory.
    public init(history: SessionHistory = SessionHistory(), created: Timestamp) {
        self.history = history
        self.created = created
        self.store = nil
        self.readOnlyPath = nil
        self.saveStatus = .memoryOnly
    }

    /// A session that writes to `storage` (tests use stand-ins that fail on purpose).
    public convenience init(history: SessionHistory, created: Timestamp, storage: any SessionStorage, now: Timestamp) {
        self.init(history: history, created: created, store: storage, readOnlyPath: nil, status: .saved(now))
    }

    private init(history: SessionHistory, created: Timestamp, store: (any SessionStorage)?, readOnlyPath: String?, status: SaveStatus) {
        self.history = history
        self.created = created
        self.store = store
        self.readOnlyPath = readOnlyPath
        self.saveStatus = status
    }

    /// Starts a new session file at `path` with `commands` as its first changes.
    public static func create(at path: String, commands: [WorkshopCommand], now: Timestamp, language: Language = .nl) throws -> LiveSession {
        var history = SessionHistory()
        for command in commands {
            for event in try Engine.execute(command, on: history) {
                history.record(RecordedEvent(seq: history.nextSeq, at: now, event: event))
            }
        }
        let store = try SessionStore.create(at: path, file: SessionFile(history: history, created: now))
        let session = LiveSession(history: history, created: now, store: store, readOnlyPath: nil, status: .saved(now))
        if folderOpenToOthers(path) { session.openingNotice = LiveSessionText.folderOpenToOthers(language) }
        return session
    }

    /// Opens an existing session. A torn last journal line is cut off and kept in a
    /// `.corrupt` file; damage further up opens the session read-only.
    public static func open(_ path: String, now: Timestamp, language: Language = .nl) throws -> LiveSession {
        let session = try openResolved(resolvingLink(path), now: now, language: language)
        var notices = [session.openingNotice].compactMap { $0 }
        if session.path != path { notices.insert(LiveSessionText.reachedThroughALink(language, path, session.path ?? path), at: 0) }
        if folderOpenToOthers(session.path ?? path) { notices.append(LiveSessionText.folderOpenToOthers(language)) }
        session.openingNotice = notices.isEmpty ? nil : notices.joined(separator: " · ")
        return session
    }

    /// A session file reached through a symbolic link is read and written at the link's
    /// target, resolved once: a compaction renames over its path, and over the link it
    /// would leave the target behind. A link that leads nowhere is left for `load` to report.
    static func resolvingLink(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK, let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    /// True when others than the owner may write in the file's folder: they could remove
    /// or replace the session there.
    static func folderOpenToOthers(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        var info = stat()
        guard stat(folder.isEmpty ? "." : folder, &info) == 0 else { return false }
        return info.st_mode & (S_IWGRP | S_IWOTH) != 0
    }

    private static func openResolved(_ path: String, now: Timestamp, language: Language) throws -> LiveSession {
        let loaded = try SessionLoader.load(path)
        let history = SessionHistory(replaying: loaded.events)
        let created = loaded.metadata.created
        switch loaded.journal {
        case let .damaged(line):
            let reason = SessionFileError.journalDamaged(line: line).message(language)
            let session = LiveSession(history: history, created: created, store: nil, readOnlyPath: path, status: .readOnly(reason))
            session.openingNotice = reason
            return session
        case .clean, .tornTail:
            if let reason = notWritable(path, language) {
                let session = LiveSession(history: history, created: created, store: nil, readOnlyPath: path, status: .readOnly(reason))
                session.openingNotice = reason
                return session
            }
            // A torn journal is written anew at once; events the last run left in a whole
            // journal stay there until the schedule folds them (a file without one is left as it is).
            let store: SessionStore
            do {
                store = try SessionStore.attach(to: path, snapshotEvents: loaded.inSnapshot, journalEvents: loaded.events.count - loaded.inSnapshot)
            } catch let SessionFileError.inUse(process) {
                let reason = SessionFileError.inUse(process: process).message(language)
                let session = LiveSession(history: history, created: created, store: nil, readOnlyPath: path, status: .readOnly(reason))
                session.openingNotice = reason
                return session
            }
            if case let .tornTail(_, bytes) = loaded.journal {
                try store.keepCorrupt(bytes)
                try store.compact(SessionFile(history: history, created: created))
            }
            let session = LiveSession(history: history, created: created, store: store, readOnlyPath: nil, status: .saved(now))
            if case let .tornTail(_, bytes) = loaded.journal {
                session.openingNotice = LiveSessionText.aHalfWrittenLast(language, bytes.count, store.corruptPath)
            }
            return session
        }
    }

    /// Why a session may not be written though it reads well: the file is read-only (its
    /// mode is kept, not changed), belongs to another user (it is not taken over), has a
    /// second name (a hard link: two windows could each take one of them for writing, and
    /// a fold would part them), or its folder cannot be written (a fold needs it). Nil when
    /// it may be written.
    static func notWritable(_ path: String, _ language: Language) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        if info.st_uid != geteuid() { return LiveSessionText.ofAnotherUser(language) }
        if info.st_nlink > 1 { return LiveSessionText.hasAnotherName(language, String(info.st_nlink)) }
        if info.st_mode & S_IWUSR == 0 { return LiveSessionText.fileIsReadOnly(language) }
        let folder = (path as NSString).deletingLastPathComponent
        if access(folder.isEmpty ? "." : folder, W_OK) != 0 { return LiveSessionText.folderIsReadOnly(language) }
        return nil
    }

    /// Validates `command`, records its events and writes them to disk.
    @discardableResult
    public func execute(_ command: WorkshopCommand, at now: Timestamp) throws(CommandError) -> [RecordedEvent] {
        if isReadOnly { throw .readOnly }
        let events = try Engine.execute(command, on: history)
        let recorded = events.map { event -> RecordedEvent in
            let r = RecordedEvent(seq: history.nextSeq, at: now, event: event)
            history.record(r)
            return r
        }
        persist(recorded, now: now)
        return recorded
    }

    /// Executes `commands` in order and writes all their events with one `write` and one
    /// `fdatasync` (a group commit): many phones voting at once wait for the disk once, not
    /// once each. Each command gets its own answer; a refused one changes nothing. While
    /// writing fails, an accepted command is answered `notSaved` (its events are kept in
    /// memory and written with the next write that works), and so is one that changed
    /// nothing: each batch tries to write what is held first, so a phone that sends its
    /// answer again is told it was saved only once it is on disk.
    public func execute(batch commands: [WorkshopCommand], at now: Timestamp) -> [Result<[RecordedEvent], CommandError>] {
        guard !isReadOnly else { return commands.map { _ in .failure(.readOnly) } }
        var all: [RecordedEvent] = []
        let results = commands.map { command -> Result<[RecordedEvent], CommandError> in
            do throws(CommandError) {
                let recorded = try Engine.execute(command, on: history).map { event -> RecordedEvent in
                    let r = RecordedEvent(seq: history.nextSeq, at: now, event: event)
                    history.record(r)
                    return r
                }
                all += recorded
                return .success(recorded)
            } catch {
                return .failure(error)
            }
        }
        // A burst of phones does not share the cores with a fold: that waits for a quiet
        // moment (`compactIfDue`), unless the journal has grown far beyond its usual length.
        if needsSaving, all.isEmpty {
            retrySaving(now: now)
        } else {
            persist(all, now: now, mayCompact: (store?.journalEvents ?? 0) + all.count >= 4 * compactionLimit)
        }
        guard needsSaving else { return results }
        return results.map { result in result.flatMap { _ in .failure(.notSaved) } }
    }

    /// While writing fails: writes the whole session from memory again (the run loop calls
    /// this every few seconds, so what is held reaches the disk once it has room).
    public func retrySaving(now: Timestamp) {
        guard needsSaving else { return }
        write([], now: now, mayCompact: false)
    }

    /// The journal's length at which a fold is due.
    private var compactionLimit: Int { schedule.journalLimit(snapshotEvents: store?.snapshotEvents ?? 0) }

    /// Completes a fold that was written in the background, and starts one when it is due
    /// and the moment is `quiet` (no burst of phones going on); the run loop calls this on
    /// every pass.
    public func compactIfDue(now: Timestamp, quiet: Bool = true) {
        finishBackgroundWork(waiting: false)
        if quiet { startCompactionIfDue() }
    }

    /// Starts a fold in the background when the journal has grown to the schedule's limit.
    /// The snapshot is the log as it is now (its arrays are shared, not copied); keys and
    /// phones go on being journaled meanwhile.
    private func startCompactionIfDue() {
        // While one runs, every key would otherwise build a snapshot only to have it refused.
        guard let store, !store.isCompacting, !isReadOnly, !needsSaving, store.journalEvents >= max(compactionLimit, retryAfter) else { return }
        writeDeferredSteps()  // the fold's snapshot holds no event the journal lacks
        store.startCompaction(snapshot, whenDone: onBackgroundWorkDone)
    }

    /// Completes a fold written in the background. A fold that failed loses nothing (the
    /// journal holds every event); the next waits a while, so a full disk is not retried per key.
    private func finishBackgroundWork(waiting: Bool) {
        guard let store else { return }
        do {
            if try store.finishCompaction(waiting: waiting) { retryAfter = 0 }
        } catch {
            retryAfter = store.journalEvents + schedule.minimumEvents
        }
    }

    /// True while steps wait to be journaled (`defersNavigation`).
    public var hasDeferredSteps: Bool { !deferredSteps.isEmpty }

    /// Journals the steps that waited for their frame. The time the status bar gives for the
    /// last save stays that of the last change, so the screen need not be drawn again for it.
    public func writeDeferredSteps() {
        guard let last = deferredSteps.last else { return }
        let before = saveStatus
        write([], now: last.at, mayCompact: false)
        if case .saved = before, case .saved = saveStatus { saveStatus = before }
    }

    private func persist(_ recorded: [RecordedEvent], now: Timestamp, mayCompact: Bool = true) {
        guard store != nil, !recorded.isEmpty else { return }
        if defersNavigation, case .saved = saveStatus, recorded.allSatisfy(\.event.isNavigation) {
            deferredSteps += recorded
        } else {
            write(recorded, now: now, mayCompact: mayCompact)
        }
    }

    /// Writes the deferred steps and then `recorded` in one append (one `fdatasync` for a change).
    private func write(_ recorded: [RecordedEvent], now: Timestamp, mayCompact: Bool) {
        guard let store else { return }
        let recorded = deferredSteps + recorded
        deferredSteps = []
        do {
            if case .failed = saveStatus {
                finishBackgroundWork(waiting: true)
                try store.compact(snapshot)
            } else {
                try store.append(recorded)
                finishBackgroundWork(waiting: false)
                if !store.isInPlace {
                    // The journal or the file was deleted or replaced under the session:
                    // what was appended reached no file anyone reads. Written whole, anew.
                    try store.compact(snapshot)
                    timesWrittenAnew += 1
                } else if mayCompact {
                    startCompactionIfDue()
                }
            }
            saveStatus = .saved(now)
        } catch {
            saveStatus = .failed(SaveFailure(error))
        }
    }

    /// Writes the whole session to a new file at `path` and carries on there: the way
    /// out when the disk is full or the folder cannot be written any more.
    public func saveCopy(to path: String, now: Timestamp) throws {
        finishBackgroundWork(waiting: true)
        let copy = try SessionStore.create(at: path, file: snapshot)
        store = copy
        deferredSteps = []  // the copy holds them
        saveStatus = .saved(now)
    }

    /// The whole session as a file.
    public var snapshot: SessionFile { SessionFile(history: history, created: created) }

    /// Waits for a fold running in the background and completes it (tests, and before the end).
    public func waitForBackgroundWork() {
        finishBackgroundWork(waiting: true)
    }

    /// Folds the journal into the session file; call on a clean exit.
    public func close(now: Timestamp) {
        // No change since the last fold, no write: the file keeps its bytes and its mode.
        guard let store else { return }
        defer { store.release() }
        writeDeferredSteps()
        finishBackgroundWork(waiting: true)
        guard store.journalEvents > 0 || needsSaving else { return }
        do {
            try store.compact(snapshot)
            saveStatus = .saved(now)
        } catch {
            saveStatus = .failed(SaveFailure(error))
        }
    }
}

/// The texts of this file, in Dutch and English.
enum LiveSessionText {
    static let aHalfWrittenLast = LocalizedText(nl: "Een half geschreven laatste regel (%1 bytes) is bewaard in %2.", en: "A half-written last line (%1 bytes) was kept in %2.")
    static let fileIsReadOnly = LocalizedText(nl: "het bestand is alleen-lezen; de sessie is alleen-lezen geopend (S bewaart een kopie)",
                                              en: "the file is read-only; the session is open read-only (S saves a copy)")
    static let ofAnotherUser = LocalizedText(nl: "het bestand is van een andere gebruiker; de sessie is alleen-lezen geopend (S bewaart een kopie)",
                                             en: "the file belongs to another user; the session is open read-only (S saves a copy)")
    static let reachedThroughALink = LocalizedText(nl: "%1 is een koppeling; de sessie wordt gelezen en bewaard in %2",
                                                   en: "%1 is a link; the session is read and saved at %2")
    static let folderOpenToOthers = LocalizedText(nl: "let op: anderen kunnen schrijven in de map van deze sessie; bewaar sessies liever in een eigen map",
                                                  en: "note: others can write in this session's folder; better keep sessions in a folder of your own")
    static let hasAnotherName = LocalizedText(nl: "het bestand heeft %1 namen (een harde koppeling); de sessie is alleen-lezen geopend, zodat er niet twee keer in geschreven wordt (S bewaart een kopie)",
                                              en: "the file has %1 names (a hard link); the session is open read-only, so that it is not written twice (S saves a copy)")
    static let folderIsReadOnly = LocalizedText(nl: "de map van het bestand is niet schrijfbaar; de sessie is alleen-lezen geopend (S bewaart een kopie)",
                                                en: "the file's folder cannot be written; the session is open read-only (S saves a copy)")
}
