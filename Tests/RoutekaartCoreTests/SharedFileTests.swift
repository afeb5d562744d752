import Foundation
import Testing
@testable import RoutekaartCore

/// A session file others can reach: readers while a writer folds its journal, a second
/// writer, a symbolic link to the file, a folder others may write in.
@Suite struct SharedFileTests {
    let start: [WorkshopCommand] = [.startSession(demoDetails, scenario: "demo"), .addParticipant(.init(name: "Zoë"))]

    /// The writer, on a thread of its own, as another process would be.
    final class Writer: @unchecked Sendable {
        let session: LiveSession
        let changes: Int
        init(_ session: LiveSession, changes: Int) {
            self.session = session
            self.changes = changes
        }

        func run(done: DispatchSemaphore) {
            Thread {
                for i in 1...self.changes { try? self.session.execute(.editNotes(wegwijzer: i % 10 + 1, text: "\(i)"), at: at(i)) }
                done.signal()
            }.start()
        }
    }

    /// Every read is a whole session: no damaged journal, no gap, never fewer events than
    /// the read before, while the file is replaced and the journal emptied over and over.
    @Test func readersSeeAWholeSessionWhileItIsFolded() throws {
        let path = try temporaryFolder() + "/s.json"
        let session = try LiveSession.create(at: path, commands: start, now: t0)
        session.schedule = .every(5)
        let done = DispatchSemaphore(value: 0)
        Writer(session, changes: 1_000).run(done: done)
        var reads = 0, last = 0, folds = Set<UInt64>()
        while done.wait(timeout: .now()) == .timedOut {
            let loaded = try SessionLoader.load(path)
            #expect(loaded.journal == .clean)
            #expect(loaded.events.map(\.seq) == Array(1...loaded.events.count))
            #expect(loaded.events.count >= last)
            last = loaded.events.count
            var info = stat()
            stat(path, &info)
            folds.insert(UInt64(info.st_ino))
            reads += 1
        }
        #expect(try SessionLoader.load(path).events.count == 1_002)
        #expect(reads > 10, "the writer finished before the readers could try")
        #expect(folds.count > 2, "the file was not replaced while being read")
    }

    @Test func aSecondWriterIsToldWhichProcessHasTheSession() throws {
        let path = try temporaryFolder() + "/s.json"
        let first = try LiveSession.create(at: path, commands: start, now: t0)
        let second = try LiveSession.open(path, now: at(1))
        #expect(second.isReadOnly)
        #expect(second.openingNotice == SessionFileError.inUse(process: getpid()).message(.nl))
        #expect(second.openingNotice?.contains("(proces \(getpid()))") == true)
        first.close(now: at(2))
    }

    /// A link is resolved once: reading and saving happen at its target, and the link stays.
    @Test func aSessionReachedThroughALinkIsSavedAtItsTarget() throws {
        let folder = try temporaryFolder()
        let real = folder + "/echt.json", link = folder + "/koppeling.json"
        try LiveSession.create(at: real, commands: start, now: t0).close(now: at(1))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let session = try LiveSession.open(link, now: at(2))
        #expect(session.path == real)
        #expect(session.openingNotice == "\(link) is een koppeling; de sessie wordt gelezen en bewaard in \(real)")
        try session.execute(.editNotes(wegwijzer: 1, text: "via de koppeling"), at: at(3))
        session.close(now: at(4))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
        #expect(try SessionLoader.load(real).events.count == 3)
        #expect(try LiveSession.open(real, now: at(5)).openingNotice == nil)
    }

    @Test func aFolderOthersMayWriteInIsSaidWhenCreatingAndOpening() throws {
        let shared = try temporaryFolder() + "/gedeeld"
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: false)
        chmod(shared, 0o777)
        let warning = "let op: anderen kunnen schrijven in de map van deze sessie; bewaar sessies liever in een eigen map"
        let created = try LiveSession.create(at: shared + "/s.json", commands: start, now: t0)
        #expect(created.openingNotice == warning)
        created.close(now: at(1))
        #expect(try LiveSession.open(shared + "/s.json", now: at(2)).openingNotice == warning)

        let own = try temporaryFolder() + "/s.json"
        #expect(try LiveSession.create(at: own, commands: start, now: t0).openingNotice == nil)
    }
}
