import Foundation
import Synchronization

/// Why writing to disk failed.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    public let operation: String
    public let path: String
    public let code: Int32

    public var description: String {
        "\(operation) \(path): \(String(cString: strerror(code)))"
    }
}

/// Why the last write of a live session failed.
public struct SaveFailure: Equatable, Sendable, CustomStringConvertible {
    /// The system's error number, when the disk gave one.
    public let code: Int32?
    /// What failed, as the system put it.
    public let description: String

    public init(_ error: any Error) {
        code = (error as? StoreError)?.code
        description = "\(error)"
    }

    /// The cause in a few words the facilitator can act on, or nil when there is none.
    public func cause(_ language: Language) -> String? {
        let text: LocalizedText? = switch code {
        case ENOSPC, EDQUOT: LocalizedText(nl: "de schijf is vol", en: "the disk is full")
        case EROFS: LocalizedText(nl: "de schijf kan alleen gelezen worden", en: "the disk is read-only")
        case EACCES, EPERM: LocalizedText(nl: "geen schrijfrechten in de map", en: "no permission to write in the folder")
        case ENOENT: LocalizedText(nl: "de map bestaat niet meer", en: "the folder no longer exists")
        case EIO: LocalizedText(nl: "de schijf geeft een schrijffout (is een USB-stick losgeraakt?)", en: "the disk reports a write error (was a USB stick pulled out?)")
        default: nil
        }
        return text?(language)
    }
}

/// Where a live session writes: the file store below, or a stand-in in tests that fails
/// the way disks fail (a full disk, an fsync error, a folder that became read-only).
public protocol SessionStorage: AnyObject {
    var path: String { get }
    /// Events in the journal after those in the session file.
    var journalEvents: Int { get }
    /// Events in the session file, as last written.
    var snapshotEvents: Int { get }
    /// Appends events durably; throws when they may not be on disk.
    func append(_ events: [RecordedEvent]) throws
    /// Writes the whole session anew and empties the journal, before returning.
    func compact(_ file: SessionFile) throws
    /// Starts writing `file` as the new session file off the calling thread; `whenDone` is
    /// called from there once it is written (or writing failed).
    func startCompaction(_ file: SessionFile, whenDone: @escaping @Sendable () -> Void)
    /// True from `startCompaction` until `finishCompaction` has completed it.
    var isCompacting: Bool { get }
    /// Completes a compaction once its file is written: the journal then keeps only the
    /// events after it. With `waiting`, waits for it first. Returns false when none has
    /// finished; throws what writing threw (the journal still holds every event then).
    func finishCompaction(waiting: Bool) throws -> Bool
    /// Lets another program write the session: called when this one is done with it.
    func release()
    /// False when the journal this store appends to is no longer the one at its path
    /// (deleted, replaced, its folder gone) or the session file is gone: appends then
    /// reach no file anyone will read.
    var isInPlace: Bool { get }
}

extension SessionStorage {
    public func release() {}
    /// A stand-in compacts at once.
    public func startCompaction(_ file: SessionFile, whenDone: @escaping @Sendable () -> Void) {
        try? compact(file)
        whenDone()
    }
    public func finishCompaction(waiting: Bool) throws -> Bool { false }
    public var isCompacting: Bool { false }
    public var snapshotEvents: Int { 0 }
    public var isInPlace: Bool { true }
}

/// The crash-safe home of one session: the session JSON and an append-only journal beside it.
///
/// Every event is appended to the journal in one `write` and `fdatasync`ed before the
/// screen says "saved". Compaction writes the whole log to a temporary file in the same
/// folder, `fsync`s it, renames it over the session file, `fsync`s the folder and only
/// then empties the journal. A compaction in the background does the writing on a thread
/// of its own from an immutable snapshot, while events go on being appended to the
/// journal; once the new file is durable, the journal is replaced by one that holds just
/// the events after the snapshot (written, `fsync`ed and renamed the same way).
public final class SessionStore: SessionStorage {
    public let path: String
    public var journalPath: String { path + ".journal" }
    public var corruptPath: String { path + ".corrupt" }
    private var journal: Int32 = -1
    /// Events in the journal after those in the session file.
    public private(set) var journalEvents = 0
    public private(set) var snapshotEvents = 0
    /// The compaction running in the background, and the journal lines appended since it began.
    private var running: (job: CompactionJob, journalAtStart: Int)?
    private var appendedSince = Data()

    private init(path: String) {
        self.path = path
        JournalSyncer.shared.start()  // its thread is made now, not on the first move
    }

    deinit {
        release()
    }

    /// Closes the journal, and with it the one-writer lock.
    public func release() {
        if journal >= 0 { close(journal) }
        journal = -1
    }

    /// Writes a new session file; refuses to overwrite an existing one.
    public static func create(at path: String, file: SessionFile) throws -> SessionStore {
        let store = SessionStore(path: path)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { throw SessionFileError.exists }
            throw StoreError(operation: "create", path: path, code: errno)
        }
        defer { close(fd) }
        do {
            try file.write { try writeAll(fd, $0, path: path) }
            guard fsync(fd) == 0 else { throw StoreError(operation: "fsync", path: path, code: errno) }
        } catch {
            unlink(path)  // a half-written new file is no use to anyone
            throw error
        }
        try syncFolder(of: path)
        try store.openJournal()
        store.snapshotEvents = file.events.count
        return store
    }

    /// A store for a session that was just read from `path` (see `SessionLoader`), whose
    /// file holds `snapshotEvents` events and whose journal `journalEvents` more. Temp files
    /// left by a compaction that was killed are removed.
    public static func attach(to path: String, snapshotEvents: Int = 0, journalEvents: Int = 0) throws -> SessionStore {
        let store = SessionStore(path: path)
        try store.openJournal()
        store.snapshotEvents = snapshotEvents
        store.journalEvents = journalEvents
        store.removeLeftoverTempFiles()
        return store
    }

    /// The journal is never a symbolic link: one planted there is refused, not followed.
    /// It carries the session's one-writer lock: an advisory `flock` held while the store
    /// lives, gone with the process (a kill -9 leaves no stale lock). A compaction replaces
    /// the journal by renaming a locked new one over it; a lock taken on the file it
    /// replaced is of no use, so the lock counts only on the file that is at the path.
    private func openJournal() throws {
        for _ in 0..<8 {
            journal = try Self.openForWriting(journalPath, O_CREAT | O_APPEND)
            guard flock(journal, LOCK_EX | LOCK_NB) == 0 else {
                let code = errno
                let holder = code == EWOULDBLOCK ? Self.lockHolder(of: journal) : nil
                close(journal)
                journal = -1
                if code == EWOULDBLOCK { throw SessionFileError.inUse(process: holder) }
                throw StoreError(operation: "lock", path: journalPath, code: code)
            }
            if Self.isStillAtPath(journal, journalPath) { return }
            close(journal)  // replaced while it was being locked: lock the one there now
        }
        journal = -1
        throw SessionFileError.inUse(process: nil)
    }

    public var isInPlace: Bool {
        var file = stat()
        return Self.isStillAtPath(journal, journalPath) && stat(path, &file) == 0
    }

    private static func isStillAtPath(_ fd: Int32, _ path: String) -> Bool {
        var opened = stat(), named = stat()
        return fstat(fd, &opened) == 0 && lstat(path, &named) == 0 && opened.st_ino == named.st_ino && opened.st_dev == named.st_dev
    }

    /// The process that holds the `flock` on the file open at `fd`, read from `/proc/locks`
    /// (`1: FLOCK  ADVISORY  WRITE 4242 08:01:1234 0 EOF`); nil when it cannot be told.
    static func lockHolder(of fd: Int32) -> Int32? {
        var info = stat()
        guard fstat(fd, &info) == 0, let locks = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return nil }
        let inode = ":\(info.st_ino)"
        for line in locks.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count > 5, fields[1] == "FLOCK", fields[5].hasSuffix(inode) else { continue }
            return Int32(fields[4])
        }
        return nil
    }

    /// Appends events durably: one write, then fdatasync. Where the facilitator went (a
    /// wegwijzer or the route map opened) is written at once but synced off the key path:
    /// the write survives the program being killed, a power cut could cost only that, and
    /// the next change's fdatasync covers it in any case.
    public func append(_ events: [RecordedEvent]) throws {
        guard !events.isEmpty else { return }
        var data = Data()
        for e in events { data.append(try JournalLine.encode(e)) }
        try Self.writeAll(journal, data, path: journalPath)
        if events.allSatisfy(\.event.isNavigation) {
            JournalSyncer.shared.sync(journalPath)
        } else {
            guard fdatasync(journal) == 0 else { throw StoreError(operation: "fdatasync", path: journalPath, code: errno) }
        }
        journalEvents += events.count
        if running != nil { appendedSince.append(data) }
    }

    /// Folds the journal into the session file and empties the journal, before returning.
    public func compact(_ file: SessionFile) throws {
        _ = try? finishCompaction(waiting: true)
        try Self.replace(path, with: file)
        if Self.isStillAtPath(journal, journalPath) {
            try emptyJournal()
        } else {  // the journal was deleted or replaced: a new one, locked, in its place
            close(journal)
            try openJournal()
        }
        snapshotEvents = file.events.count
        journalEvents = 0
    }

    public var isCompacting: Bool { running != nil }

    public func startCompaction(_ file: SessionFile, whenDone: @escaping @Sendable () -> Void) {
        guard running == nil else { return }
        let job = CompactionJob(events: file.events.count)
        let path = self.path
        running = (job, journalEvents)
        appendedSince = Data()
        Thread {
            job.finish(Result { try Self.replace(path, with: file) })
            whenDone()
        }.start()
    }

    public func finishCompaction(waiting: Bool) throws -> Bool {
        guard let (job, journalAtStart) = running, let result = job.result(waiting: waiting) else { return false }
        running = nil
        let tail = appendedSince
        appendedSince = Data()
        try result.get()  // the journal holds every event still
        snapshotEvents = job.events
        journalEvents -= journalAtStart
        if tail.isEmpty { try emptyJournal() } else { try replaceJournal(with: tail) }
        return true
    }

    private func emptyJournal() throws {
        guard ftruncate(journal, 0) == 0 else { throw StoreError(operation: "truncate", path: journalPath, code: errno) }
        guard fsync(journal) == 0 else { throw StoreError(operation: "fsync", path: journalPath, code: errno) }
    }

    /// Puts a journal of just `lines` in place of the current one, locked before it is
    /// renamed: a crash before the rename leaves the old journal (the reader skips what the
    /// file holds), after it the new one.
    private func replaceJournal(with lines: Data) throws {
        let (fd, temp) = try Self.makeTemporaryFile(beside: journalPath)
        do {
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { throw StoreError(operation: "lock", path: temp, code: errno) }
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_APPEND)
            try Self.writeAll(fd, lines, path: temp)
            guard fsync(fd) == 0 else { throw StoreError(operation: "fsync", path: temp, code: errno) }
            guard rename(temp, journalPath) == 0 else { throw StoreError(operation: "rename", path: journalPath, code: errno) }
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        close(journal)
        journal = fd
        try Self.syncFolder(of: journalPath)
    }

    /// Writes `file` to a temporary file beside `path`, `fsync`s it, renames it over `path`
    /// and `fsync`s the folder. Touches nothing else: safe off the main thread.
    static func replace(_ path: String, with file: SessionFile) throws {
        let (fd, temp) = try makeTemporaryFile(beside: path)
        do {
            try file.write { try Self.writeAll(fd, $0, path: temp) }
            guard fsync(fd) == 0 else { throw StoreError(operation: "fsync", path: temp, code: errno) }
            close(fd)
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        guard rename(temp, path) == 0 else {
            let code = errno
            unlink(temp)
            throw StoreError(operation: "rename", path: path, code: code)
        }
        try Self.syncFolder(of: path)
    }

    /// `.NAME.XXXXXX.tmp` beside `path`: an unpredictable name, created exclusively (mkstemps:
    /// O_CREAT | O_EXCL, 0600), so nothing planted in the folder is followed or overwritten.
    /// It gets the mode of the file at `path` it will replace, so that a fold keeps the mode
    /// the owner gave the session (0640, or 0400 while it runs).
    private static func makeTemporaryFile(beside path: String) throws -> (Int32, String) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var template = Array(((folder.isEmpty ? "" : folder + "/") + ".\(name).XXXXXX" + Self.tempSuffix).utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, Int32(Self.tempSuffix.utf8.count)) }
        let temp = String(cString: template)
        guard fd >= 0 else { throw StoreError(operation: "create", path: temp, code: errno) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        var replaced = stat()
        if stat(path, &replaced) == 0, (replaced.st_mode & S_IFMT) == S_IFREG { _ = fchmod(fd, replaced.st_mode & 0o7777) }
        return (fd, temp)
    }

    static let tempSuffix = ".tmp"

    /// Removes `.NAME.XXXXXX.tmp` and `.NAME.journal.XXXXXX.tmp` files beside the session:
    /// regular files, not links, not touched for a minute (a compaction takes seconds).
    private func removeLeftoverTempFiles() {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let prefix = "." + name + "."
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        for entry in listed where entry.hasPrefix(prefix) && entry.hasSuffix(Self.tempSuffix) {
            let full = (folder.isEmpty ? "" : folder + "/") + entry
            var info = stat()
            guard lstat(full, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_uid == geteuid(),
                  time(nil) - info.st_mtim.tv_sec > 60 else { continue }
            unlink(full)
        }
    }

    /// Keeps the unusable tail of a journal in a `.corrupt` file beside it (never through
    /// a symbolic link).
    public func keepCorrupt(_ bytes: Data) throws {
        let fd = try Self.openForWriting(corruptPath, O_CREAT | O_APPEND)
        defer { close(fd) }
        try Self.writeAll(fd, bytes, path: corruptPath)
        guard fsync(fd) == 0 else { throw StoreError(operation: "fsync", path: corruptPath, code: errno) }
    }

    /// Opens `path` for writing (with `flags` besides), only if it is — or becomes — a
    /// regular file: a pipe, a device or a folder planted there is refused at once, never
    /// waited on (a pipe without a reader would block the open for good).
    static func openForWriting(_ path: String, _ flags: Int32) throws -> Int32 {
        let fd = open(path, O_WRONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC | flags, 0o600)
        guard fd >= 0 else {
            if errno == ENXIO || errno == EISDIR { throw SessionFileError.notARegularFile(path: path) }
            throw StoreError(operation: "open", path: path, code: errno)
        }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw SessionFileError.notARegularFile(path: path)
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return fd
    }

    static func writeAll(_ fd: Int32, _ data: Data, path: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw StoreError(operation: "write", path: path, code: errno)
                }
                offset += n
            }
        }
    }

    static func syncFolder(of path: String) throws {
        var folder = (path as NSString).deletingLastPathComponent
        if folder.isEmpty { folder = "." }
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError(operation: "open", path: folder, code: errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw StoreError(operation: "fsync", path: folder, code: errno) }
    }
}

/// A compaction running on a thread of its own: its result, once there.
final class CompactionJob: @unchecked Sendable {
    /// Events in the file it writes.
    let events: Int
    private let done = NSCondition()
    private var outcome: Result<Void, any Error>?

    init(events: Int) { self.events = events }

    func finish(_ result: Result<Void, any Error>) {
        done.lock()
        outcome = result
        done.broadcast()
        done.unlock()
    }

    /// The result; nil while it runs, unless `waiting`.
    func result(waiting: Bool) -> Result<Void, any Error>? {
        done.lock()
        defer { done.unlock() }
        while waiting && outcome == nil { done.wait() }
        return outcome
    }
}

/// Reads a session file and its journal without changing either.
public enum SessionLoader {
    public struct Loaded: Sendable {
        public var metadata: SessionMetadata
        /// The snapshot's events followed by the journal's.
        public var events: [RecordedEvent]
        /// How many of `events` came from the session file itself.
        public var inSnapshot: Int
        public var journal: JournalCondition
    }

    /// Reads the session and its journal as one consistent moment, while a writer in
    /// another process may be folding its journal: it renames a new session file over the
    /// old one, and only then empties the journal. So the journal is read first and the
    /// session file second: the file is then at least as new as the journal that was read,
    /// holds every event in it that it does not continue, and those are skipped. A last
    /// line being written at that moment reads as torn: the read is tried again, and a
    /// journal that stays torn or damaged is reported as it is.
    public static func load(_ path: String) throws(SessionFileError) -> Loaded {
        var loaded = try loadOnce(path)
        for _ in 0..<3 where loaded.journal != .clean {
            usleep(2_000)
            loaded = try loadOnce(path)
        }
        return loaded
    }

    private static func loadOnce(_ path: String) throws(SessionFileError) -> Loaded {
        try checkReadable(path)
        var journalBytes: Data?
        if FileManager.default.fileExists(atPath: path + ".journal") {
            do {
                journalBytes = try readBounded(path + ".journal")
            } catch {
                throw .inJournal(error)
            }
        }
        // The usual file streams in, a batch of events at a time; one that does not is read
        // whole, which also says precisely what is wrong with it. The file's events move into
        // the result; nothing is held twice.
        var file: SessionFile
        if let streamed = SessionFileReader.read(path: path) {
            file = streamed
        } else {
            file = try SessionFile.decode(try readBounded(path))
        }
        var events = file.events
        file.events = []
        let inSnapshot = events.count
        var journal = JournalCondition.clean
        if let journalBytes {
            let read = JournalReader.read(journalBytes, after: events.last?.seq ?? 0)
            events += read.events
            journal = read.condition
        }
        try SessionFileLimits.check(events)
        return Loaded(metadata: file.metadata, events: events, inSnapshot: inSnapshot, journal: journal)
    }

    /// Refuses what is missing, not a regular file, or larger than a session may be.
    static func checkReadable(_ path: String) throws(SessionFileError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .missing }
            if errno == EACCES { throw .notPermitted }
            throw .unreadable(detail: String(cString: strerror(errno)))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notAFile }
        guard Int(info.st_size) <= SessionFile.maximumBytes else { throw .tooLarge(bytes: Int(info.st_size)) }
    }

    static func readBounded(_ path: String) throws(SessionFileError) -> Data {
        try checkReadable(path)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            if errno == EACCES { throw .notPermitted }
            throw .unreadable(detail: String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw .unreadable(detail: "\(error.localizedDescription)")
        }
    }
}

/// Syncs journals after moves, in order, off the key path, on one thread of its own that
/// sleeps until asked: a move neither makes a thread nor hands work to a pool (the first
/// move used to wait for the pool to make its thread). A journal is opened anew, not
/// dup'ed (a duplicate would share, and so prolong, the one-writer lock), and opened on
/// that thread: a fold may have replaced the journal since, and then has synced what it holds.
final class JournalSyncer: Sendable {
    static let shared = JournalSyncer()
    private let waiting = Mutex<(paths: [String], started: Bool)>(([], false))
    private let asked = DispatchSemaphore(value: 0)

    /// Makes the thread, once.
    func start() {
        guard waiting.withLock({ state in defer { state.started = true }; return !state.started }) else { return }
        Thread { self.run() }.start()
    }

    func sync(_ path: String) {
        waiting.withLock { $0.paths.append(path) }
        asked.signal()
    }

    private func run() {
        while true {
            asked.wait()
            for path in waiting.withLock({ state in defer { state.paths.removeAll() }; return state.paths }) {
                guard let copy = try? SessionStore.openForWriting(path, 0) else { continue }
                _ = fdatasync(copy)
                close(copy)
            }
        }
    }
}
