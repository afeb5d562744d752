import Foundation

/// Engine commands posted from other threads (the room's phones), applied one at a time
/// on the run loop's thread, in the order they were posted. The run loop waits on
/// `wakeDescriptor` beside the keyboard; `drain` hands it what arrived. Each command's
/// answer goes back through its `reply`: the recorded events once they are journaled,
/// or the engine's refusal.
public final class CommandInbox: @unchecked Sendable {
    /// One posted command and where its answer goes.
    public struct Delivery: Sendable {
        public let command: WorkshopCommand
        public let reply: @Sendable (Result<[RecordedEvent], CommandError>) -> Void
    }

    private let lock = NSLock()
    private var queue: [Delivery] = []
    private let wake = Pipe()
    /// A wake-up byte is in the pipe and not yet read back: one is enough.
    private var signalled = false

    public init() {}

    /// Readable while commands wait; the run loop polls it next to standard input.
    public var wakeDescriptor: Int32 { wake.fileHandleForReading.fileDescriptor }

    /// Posts `command` from any thread; `reply` is called on the run loop's thread.
    public func post(_ command: WorkshopCommand, reply: @escaping @Sendable (Result<[RecordedEvent], CommandError>) -> Void = { _ in }) {
        wakeUp(after: { queue.append(Delivery(command: command, reply: reply)) })
    }

    /// Wakes the run loop without a command, from any thread: background work is done.
    public func wakeUp() { wakeUp(after: {}) }

    /// Does `change` under the lock and writes a wake-up byte unless one is waiting.
    private func wakeUp(after change: () -> Void) {
        lock.lock()
        change()
        let mustSignal = !signalled
        signalled = true
        lock.unlock()
        if mustSignal { wake.fileHandleForWriting.write(Data([1])) }
    }

    /// Posts `command` and waits for the engine's answer.
    public func post(_ command: WorkshopCommand) async -> Result<[RecordedEvent], CommandError> {
        await withCheckedContinuation { continuation in
            post(command) { continuation.resume(returning: $0) }
        }
    }

    /// Takes everything posted so far, oldest first. Called by the run loop.
    public func drain() -> [Delivery] {
        lock.lock()
        defer { lock.unlock() }
        if signalled {
            _ = try? wake.fileHandleForReading.read(upToCount: 1)
            signalled = false
        }
        let taken = queue
        queue.removeAll()
        return taken
    }
}
