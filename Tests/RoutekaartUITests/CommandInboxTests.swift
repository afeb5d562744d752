import Foundation
import Glibc
import RoutekaartCore
import Testing
@testable import RoutekaartUI

/// Commands posted from other threads are applied on the loop's thread, each once, in the
/// order each sender posted them, journaled like key presses.
@Suite(.timeLimit(.minutes(1))) struct CommandInboxTests {  // a lost reply fails by name, not by hanging the run
    /// Waits on the inbox as the run loop does and applies what arrives, until `done`.
    private func runLoop(_ app: WorkshopApp, _ inbox: CommandInbox, until done: () -> Bool) {
        var waits = 0
        while !done(), waits < 2_000 {
            var fd = pollfd(fd: inbox.wakeDescriptor, events: Int16(POLLIN), revents: 0)
            if poll(&fd, 1, 10) > 0 {
                let deliveries = inbox.drain()
                for (delivery, result) in zip(deliveries, app.receive(deliveries.map(\.command), now: at(5))) { delivery.reply(result) }
            }
            waits += 1
        }
    }

    @Test func commandsFromEightThreadsAreEachRecordedOnceInTheirOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("inbox-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("s.json").path
        let session = try LiveSession.create(at: path, commands: [.startSession(SessionDetails(title: "Inbox"), scenario: nil)], now: t0)
        let app = WorkshopApp(session: session, language: .nl, now: t0)
        let inbox = CommandInbox()
        let threads = 8, perThread = 25
        let answers = Answers()
        let senders = DispatchGroup()
        for t in 0..<threads {
            DispatchQueue.global().async(group: senders) {
                for i in 0..<perThread {
                    inbox.post(.addParticipant(ParticipantFields(name: "t\(t)-\(i)", organisation: "", helix: .government))) { answers.add($0) }
                }
            }
        }
        runLoop(app, inbox) { answers.count == threads * perThread }
        senders.wait()

        #expect(answers.count == threads * perThread)
        #expect(answers.failures == 0)
        let names = session.state.participants.map(\.fields.name)
        #expect(names.count == threads * perThread)
        #expect(Set(names).count == names.count, "a command was applied twice")
        for t in 0..<threads {
            let mine = names.filter { $0.hasPrefix("t\(t)-") }
            #expect(mine == (0..<perThread).map { "t\(t)-\($0)" }, "thread \(t)'s commands are out of order")
        }
        // Each answer names the event that holds its command.
        #expect(answers.seqs.sorted() == session.history.events.filter { if case .participantAdded = $0.event { true } else { false } }.map(\.seq))

        // On disk as well: the journal written for them reopens to the same participants.
        session.close(now: at(6))
        let reopened = try LiveSession.open(path, now: at(7))
        #expect(reopened.state.participants.map(\.fields.name) == names)
    }

    @Test func aRefusedCommandIsAnsweredWithTheEngineMessageAndChangesNothing() throws {
        let app = try demoApp()
        let inbox = CommandInbox()
        let before = app.session.history.events.count
        let answers = Answers()
        inbox.post(.castQuadrantVote(round: "q9", voter: nil, dots: QuadrantDots())) { answers.add($0) }
        runLoop(app, inbox) { answers.count == 1 }
        #expect(answers.errors == [.unknownRound("q9")])
        #expect(app.session.history.events.count == before)
    }

    @Test func aPostedCommandShowsInTheNextFrame() throws {
        let app = try demoApp()
        let inbox = CommandInbox()
        press(app, [.char("p")])
        DispatchQueue.global().async { inbox.post(.addParticipant(ParticipantFields(name: "Yara Bakker", organisation: "ROC", helix: .education))) }
        runLoop(app, inbox) { app.session.state.participants.contains { $0.fields.name == "Yara Bakker" } }
        #expect(app.screen(120, 40).contains("Yara Bakker"))
    }

    /// The way a server awaits the answer: the loop runs on its own thread meanwhile.
    @Test func anAwaitedPostReturnsTheJournaledEvents() async throws {
        let app = Box(try demoApp())
        let inbox = CommandInbox()
        let stop = Box(false)
        let loop = Thread { [self] in runLoop(app.value, inbox) { stop.value } }
        loop.start()
        let answer = await inbox.post(.addParticipant(ParticipantFields(name: "Yara Bakker", helix: .education)))
        let refused = await inbox.post(.removeParticipant(ParticipantID("p99")))
        stop.value = true
        while !loop.isFinished { try await Task.sleep(nanoseconds: 1_000_000) }
        let events = try answer.get()
        #expect(events.count == 1)
        #expect(events.first.map { if case let .participantAdded(p) = $0.event { p.fields.name } else { "" } } == "Yara Bakker")
        #expect(throws: CommandError.unknownParticipant(ParticipantID("p99"))) { try refused.get() }
    }

    @Test func aReplayRefusesEveryPostedCommand() throws {
        let app = try demoApp()
        let replay = ReplayController(events: app.session.history.events, language: .nl)
        let answers = Answers()
        let inbox = CommandInbox()
        inbox.post(.undo) { answers.add($0) }
        for delivery in inbox.drain() { delivery.reply(replay.receive([delivery.command], now: at(1))[0]) }
        #expect(answers.errors == [.readOnly])
    }
}

/// A value handed to the loop's thread; the test reads it only after the loop has it no more.
private final class Box<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T
    init(_ value: T) { stored = value }
    var value: T {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

/// Answers collected from any thread.
private final class Answers: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<[RecordedEvent], CommandError>] = []
    func add(_ result: Result<[RecordedEvent], CommandError>) { lock.withLock { results.append(result) } }
    var count: Int { lock.withLock { results.count } }
    var failures: Int { errors.count }
    var errors: [CommandError] { lock.withLock { results.compactMap { if case let .failure(e) = $0 { e } else { nil } } } }
    var seqs: [Int] { lock.withLock { results.flatMap { (try? $0.get())?.map(\.seq) ?? [] } } }
}
