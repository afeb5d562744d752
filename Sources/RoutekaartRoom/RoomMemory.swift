import Foundation
import Glibc
import RoutekaartCore
import Synchronization

/// What a room must not forget when it closes, the program quits or the laptop's power
/// goes: its code and whom each phone speaks for, so that no phone has to join again. Kept
/// as `NAME.json.room` beside the session, readable by the owner only; never in the session
/// file or an export. It never links a ballot to a phone: for an anonymous round it holds
/// only that a phone voted, for a named question only as whom.
public struct RoomMemory: Codable, Equatable, Sendable {
    public var code: String
    /// Each phone's cookie and the participant it speaks for (nil: not chosen yet).
    public var phones: [String: ParticipantID?] = [:]
    /// "round|token": the phone voted in this anonymous round.
    public var anonymousVotes: Set<String> = []
    /// "question|token" → the participant the phone answered that question as.
    public var answered: [String: ParticipantID] = [:]

    public init(code: String) { self.code = code }

    /// The memory beside the session file `session`.
    public static func path(beside session: String) -> String { session + ".room" }

    /// Reads the memory at `path`; nil when there is none or it is not a regular file with
    /// a six-digit code (then the room starts afresh: the phones join again).
    public static func read(_ path: String) -> RoomMemory? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size < 4 << 20,
              let data = FileManager.default.contents(atPath: path),
              let memory = try? JSONDecoder().decode(RoomMemory.self, from: data),
              memory.code.count == 6, memory.code.allSatisfy(\.isASCII), memory.code.allSatisfy(\.isNumber) else { return nil }
        return memory
    }

    /// Writes the memory to a temporary file made with mode 0600, then renames it over `path`.
    public func write(to path: String) throws {
        let data = try JSONEncoder().encode(self)
        let temporary = path + ".tmp"
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let written = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == data.count, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw POSIXError(.EIO)
        }
    }
}

/// Writes the room's memory to its file on a queue of its own, so that no phone waits for
/// the disk while it holds the room's lock: a burst of changes (200 phones voting) is
/// written once or twice, the newest last, never an older one after a newer.
final class RoomMemoryWriter: Sendable {
    private let file: String
    /// The newest memory not yet written, and whether the queue is writing.
    private let pending = Mutex<(next: RoomMemory?, writing: Bool)>((nil, false))
    private let queue = DispatchQueue(label: "routekaart.room-memory", qos: .utility)

    init(file: String) { self.file = file }

    /// Writes `memory` soon; call it in the order of the changes.
    func keep(_ memory: RoomMemory) {
        let start = pending.withLock { p -> Bool in
            p.next = memory
            defer { p.writing = true }
            return !p.writing
        }
        if start { queue.async { self.writeAll() } }
    }

    private func writeAll() {
        while let memory = pending.withLock({ p -> RoomMemory? in
            defer { p.next = nil }
            if p.next == nil { p.writing = false }
            return p.next
        }) {
            try? memory.write(to: file)  // a phone that cannot be remembered still votes now
        }
    }

    /// Returns once every memory kept before the call is on disk.
    func written() async { await withCheckedContinuation { done in queue.async { done.resume() } } }

    /// The same, waiting on this thread (before the room closes, and in tests).
    func waitUntilWritten() { queue.sync {} }
}
