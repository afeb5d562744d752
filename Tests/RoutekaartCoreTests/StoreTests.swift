import Foundation
import Testing
@testable import RoutekaartCore

@Suite struct StoreTests {
    let start: [WorkshopCommand] = [.startSession(demoDetails, scenario: "demo"), .addParticipant(.init(name: "Zoë"))]

    func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int) ?? -1
    }

    @Test func aNewSessionIsWrittenForTheOwnerOnly() throws {
        let path = try temporaryFolder() + "/s.json"
        let session = try LiveSession.create(at: path, commands: start, now: t0)
        try session.execute(.editNotes(wegwijzer: 1, text: "ë"), at: at(1))
        #expect(mode(path) == 0o600)
        #expect(mode(path + ".journal") == 0o600)
        #expect(session.saveStatus == .saved(at(1)))
    }

    @Test func createRefusesToOverwrite() throws {
        let path = try temporaryFolder() + "/s.json"
        try Data("mine".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: SessionFileError.exists) { try LiveSession.create(at: path, commands: start, now: t0) }
        #expect(bytes(path) == Data("mine".utf8))
    }

    @Test func everyAcknowledgedEventIsOnDiskWithoutAClose() throws {
        let path = try temporaryFolder() + "/s.json"
        let session = try LiveSession.create(at: path, commands: start, now: t0)
        try session.execute(.addParticipant(.init(name: "Noël")), at: at(1))
        try session.execute(.editNotes(wegwijzer: 3, text: "coördinatie"), at: at(2))
        // No close: as if the process were killed here.
        let loaded = try SessionLoader.load(path)
        #expect(loaded.events == session.history.events)
        #expect(loaded.journal == .clean)
        #expect(loaded.inSnapshot == 2)
    }

    /// With `defersNavigation` (the run loop's way), a screen switch reaches the journal once
    /// its frame is out, or with the next change before that change, in the order they happened.
    @Test func aScreenSwitchIsJournaledAfterItsFrameAndBeforeTheNextChange() throws {
        let path = try temporaryFolder() + "/s.json"
        let session = try LiveSession.create(at: path, commands: start, now: t0)
        session.defersNavigation = true
        try session.execute(.openWegwijzer(4), at: at(1))
        #expect(try SessionLoader.load(path).events.count == 2)  // waits for its frame
        session.writeDeferredSteps()
        #expect(try SessionLoader.load(path).events == session.history.events)
        try session.execute(.openWegwijzer(5), at: at(2))
        try session.execute(.openOverview, at: at(3))
        try session.execute(.editNotes(wegwijzer: 5, text: "één"), at: at(4))  // no frame between
        let loaded = try SessionLoader.load(path)
        #expect(loaded.events == session.history.events)
        #expect(loaded.events.map(\.seq) == Array(1...6))
        #expect(session.saveStatus == .saved(at(4)))
    }

    @Test func closingJournalsAScreenSwitchThatWaitedForItsFrame() throws {
        let path = try temporaryFolder() + "/s.json"
        let session = try LiveSession.create(at: path, commands: start, now: t0)
        session.defersNavigation = true
        try session.execute(.openWegwijzer(7), at: at(1))
        session.close(now: at(2))
        #expect(try SessionFile.decode(bytes(path)!).events == session.history.events)
        #expect(try LiveSession.open(path, now: at(3)).state.openWegwijzer == 7)
    }

    @Test func withoutDeferringEveryScreenSwitchIsOnDiskAtOnce() throws {
        let path = try temporaryFolder() + "/s.json"
        let session = try LiveSession.create(at: path, commands: start, now: t0)
        try session.execute(.openWegwijzer(4), at: at(1))
        #expect(try SessionLoader.load(path).events == session.history.events)
    }

    /// Opening reads the journal the last run left but does not rewrite the file for it
    /// (the first frame waits for nothing); the schedule or the end folds it in.
    @Test func reopeningKeepsTheJournalUntilItIsFolded() throws {
        let path = try temporaryFolder() + "/s.json"
        // The program ends without quitting: its lock goes with it, the journal stays.
        let (state, events) = try { () throws -> (WorkshopState, [RecordedEvent]) in
            let session = try LiveSession.create(at: path, commands: start, now: t0)
            try session.execute(.openWegwijzer(4), at: at(1))
            return (session.state, session.history.events)
        }()
        let before = bytes(path)
        let reopened = try LiveSession.open(path, now: at(2))
        #expect(reopened.state == state)
        #expect(reopened.state.openWegwijzer == 4)
        #expect(bytes(path) == before)
        reopened.close(now: at(3))
        #expect(bytes(path + ".journal")?.isEmpty == true)
        #expect(try SessionFile.decode(bytes(path)!).events == events)
    }

    /// A fold writes a snapshot on a thread of its own while events go on being journaled;
    /// once it is durable, the journal holds exactly the events after the snapshot.
    @Test func aFoldInTheBackgroundKeepsWhatWasJournaledMeanwhile() throws {
        let path = try temporaryFolder() + "/s.json"
        let session = try LiveSession.create(at: path, commands: start, now: t0)
        session.close(now: at(1))
        var history = try SessionLoader.load(path).events.reduce(into: SessionHistory()) { $0.record($1) }
        let store = try SessionStore.attach(to: path, snapshotEvents: history.events.count)
        func record(_ text: String, _ i: Int) throws {
            let event = RecordedEvent(seq: history.nextSeq, at: at(i), event: .notesEdited(wegwijzer: 1, text: text))
            history.record(event)
            try store.append([event])
        }
        try record("voor de fold", 2)
        store.startCompaction(SessionFile(history: history, created: t0)) {}
        for i in 3...6 { try record("tijdens de fold \(i)", i) }
        #expect(try store.finishCompaction(waiting: true))
        let snapshot = history.events.count - 4
        #expect(store.snapshotEvents == snapshot && store.journalEvents == 4)
        let loaded = try SessionLoader.load(path)
        #expect(loaded.inSnapshot == snapshot)
        #expect(loaded.events == history.events)
        let lines = String(decoding: bytes(path + ".journal") ?? Data(), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 4 && lines.allSatisfy { $0.contains("tijdens de fold") })
        // The new journal carries the lock: a second writer is refused.
        #expect(try LiveSession.open(path, now: at(7)).isReadOnly)
        store.release()
        #expect(try !LiveSession.open(path, now: at(8)).isReadOnly)
        #expect(try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent).count == 2)
    }

    /// Folding at an eighth of the file keeps the total written linear in the session's
    /// length: growing to a million events writes fewer than ten events per event, where a
    /// fold every 500 events would write some 1,000 per event.
    @Test func theScheduleKeepsTheCostOfFoldingLinear() {
        #expect(CompactionSchedule.linear.journalLimit(snapshotEvents: 0) == 500)
        #expect(CompactionSchedule.linear.journalLimit(snapshotEvents: 100_000) == 12_500)
        func written(_ schedule: CompactionSchedule, growingTo n: Int) -> Int {
            var (snapshot, journal, total) = (0, 0, 0)
            for _ in 0..<n {
                journal += 1
                if journal >= schedule.journalLimit(snapshotEvents: snapshot) {
                    snapshot += journal
                    journal = 0
                    total += snapshot
                }
            }
            return total
        }
        for n in [1_000, 100_000, 1_000_000] {
            #expect(written(.linear, growingTo: n) <= 10 * n, "n = \(n)")
        }
        #expect(written(.every(500), growingTo: 1_000_000) > 900 * 1_000_000)
    }

    @Test func reopeningWithoutAJournalLeavesTheFileAsItIs() throws {
        let path = try temporaryFolder() + "/s.json"
        let session = try LiveSession.create(at: path, commands: start, now: t0)
        session.close(now: at(1))
        // Written by hand, with other spacing: opening reads it and does not rewrite it.
        let compact = String(decoding: try bytes(path)!, as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
        try Data(compact.utf8).write(to: URL(fileURLWithPath: path))
        let reopened = try LiveSession.open(path, now: at(2))
        #expect(reopened.state == session.state)
        #expect(bytes(path) == Data(compact.utf8))
    }

    @Test func compactionHappensEveryFewEvents() throws {
        let path = try temporaryFolder() + "/s.json"
        let session = try LiveSession.create(at: path, commands: start, now: t0)
        session.schedule = .every(3)
        for i in 1...7 { try session.execute(.editNotes(wegwijzer: 1, text: "\(i)"), at: at(i)) }
        session.waitForBackgroundWork()
        let loaded = try SessionLoader.load(path)
        #expect(loaded.inSnapshot >= 3)
        #expect(loaded.events == session.history.events)
    }

    func inode(_ path: String) -> UInt64 {
        var info = stat()
        return stat(path, &info) == 0 ? UInt64(info.st_ino) : 0
    }

    /// Opening and closing without a change writes nothing: same bytes, same file.
    @Test func noChangeNoWrite() throws {
        let path = try temporaryFolder() + "/s.json"
        try LiveSession.create(at: path, commands: start, now: t0).close(now: at(1))
        let (before, file) = (bytes(path), inode(path))
        try LiveSession.open(path, now: at(2)).close(now: at(3))
        #expect(inode(path) == file)
        #expect(bytes(path) == before)
        // One change, and the fold writes it.
        let changed = try LiveSession.open(path, now: at(4))
        try changed.execute(.editNotes(wegwijzer: 1, text: "nieuw"), at: at(5))
        changed.close(now: at(6))
        #expect(inode(path) != file)
        #expect(try SessionLoader.load(path).inSnapshot == 3)
    }

    /// A read-only file, or one of another user, opens read-only: its mode and owner stay.
    @Test func aFileWeMayNotWriteOpensReadOnlyAndKeepsItsModeAndOwner() throws {
        let path = try temporaryFolder() + "/s.json"
        try LiveSession.create(at: path, commands: start, now: t0).close(now: at(1))
        chmod(path, 0o400)
        let before = bytes(path)
        let session = try LiveSession.open(path, now: at(2))
        #expect(session.isReadOnly)
        #expect(session.openingNotice == "het bestand is alleen-lezen; de sessie is alleen-lezen geopend (S bewaart een kopie)")
        #expect(throws: CommandError.readOnly) { try session.execute(.editNotes(wegwijzer: 1, text: "x"), at: at(3)) }
        session.close(now: at(4))
        #expect(mode(path) == 0o400)
        #expect(bytes(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + ".journal") || bytes(path + ".journal") == Data())

        guard geteuid() == 0 else { return }  // only root can give a file away
        chmod(path, 0o600)
        chown(path, 65534, 65534)
        let theirs = try LiveSession.open(path, now: at(5))
        #expect(theirs.isReadOnly)
        #expect(theirs.openingNotice?.hasPrefix("het bestand is van een andere gebruiker") == true)
        theirs.close(now: at(6))
        var info = stat()
        stat(path, &info)
        #expect(info.st_uid == 65534)
    }

    /// Nothing planted beside a session is followed: not at the old predictable temp name,
    /// not as the journal, not as the `.corrupt` file.
    @Test func plantedLinksAreNeverFollowed() throws {
        let folder = try temporaryFolder()
        let path = folder + "/s.json"
        let victim = folder + "/slachtoffer.txt"
        try Data("niet aankomen".utf8).write(to: URL(fileURLWithPath: victim))
        let session = try LiveSession.create(at: path, commands: start, now: t0)
        session.schedule = .every(2)
        try FileManager.default.createSymbolicLink(atPath: folder + "/.s.json.\(getpid()).tmp", withDestinationPath: victim)
        for i in 1...4 { try session.execute(.editNotes(wegwijzer: 1, text: "\(i)"), at: at(i)) }
        session.waitForBackgroundWork()
        #expect(try SessionLoader.load(path).inSnapshot >= 4)  // compacted, through its own temp file
        #expect(bytes(victim) == Data("niet aankomen".utf8))
        #expect(mode(victim) != 0o600)
        session.close(now: at(5))

        // A journal that is a link: the session is not opened for writing through it.
        try FileManager.default.removeItem(atPath: path + ".journal")
        try FileManager.default.createSymbolicLink(atPath: path + ".journal", withDestinationPath: victim)
        #expect(throws: (any Error).self) { try LiveSession.open(path, now: at(6)) }
        #expect(bytes(victim) == Data("niet aankomen".utf8))

        // A `.corrupt` file that is a link: the torn tail is not written through it.
        try FileManager.default.removeItem(atPath: path + ".journal")
        try Data(#"{"at":"2026-11-29T14:00:02.000Z","data":{"text":"half"#.utf8).write(to: URL(fileURLWithPath: path + ".journal"))
        try FileManager.default.createSymbolicLink(atPath: path + ".corrupt", withDestinationPath: victim)
        #expect(throws: (any Error).self) { try LiveSession.open(path, now: at(7)) }
        #expect(bytes(victim) == Data("niet aankomen".utf8))
    }

    /// Temp files left by a compaction that was killed go on the next open; a fresh one
    /// (a compaction in progress elsewhere) and anything that is not ours stay.
    @Test func leftoverTempFilesAreRemovedOnOpen() throws {
        let folder = try temporaryFolder()
        let path = folder + "/s.json"
        let session = try LiveSession.create(at: path, commands: start, now: t0)
        session.close(now: at(1))
        let old = folder + "/.s.json.Ab12Cd.tmp", fresh = folder + "/.s.json.Ef34Gh.tmp", other = folder + "/.ander.json.Ij56Kl.tmp"
        for file in [old, fresh, other] { try Data(repeating: 7, count: 1000).write(to: URL(fileURLWithPath: file)) }
        let twoMinutesAgo = Date().addingTimeInterval(-120)
        try FileManager.default.setAttributes([.modificationDate: twoMinutesAgo], ofItemAtPath: old)
        try FileManager.default.setAttributes([.modificationDate: twoMinutesAgo], ofItemAtPath: other)
        _ = try LiveSession.open(path, now: at(2))
        #expect(!FileManager.default.fileExists(atPath: old))
        #expect(FileManager.default.fileExists(atPath: fresh))
        #expect(FileManager.default.fileExists(atPath: other))
    }

    @Test func aTornLastLineIsCutOffAndKept() throws {
        let path = try temporaryFolder() + "/s.json"
        let lastLine = try { () throws -> Int in  // the program ends mid-write, without quitting
            let session = try LiveSession.create(at: path, commands: start, now: t0)
            try session.execute(.editNotes(wegwijzer: 1, text: "bewaard"), at: at(1))
            return try JournalLine.encode(session.history.events[2]).count
        }()
        let torn = Data(#"{"at":"2026-11-29T14:00:02.000Z","data":{"text":"half"#.utf8)
        let handle = FileHandle(forWritingAtPath: path + ".journal")!
        handle.seekToEndOfFile()
        handle.write(torn)
        try handle.close()

        let loaded = try SessionLoader.load(path)
        #expect(loaded.events.count == 3)
        #expect(loaded.journal == .tornTail(offset: lastLine, bytes: torn))

        let reopened = try LiveSession.open(path, now: at(3))
        #expect(reopened.state.notes(of: 1) == "bewaard")
        #expect(bytes(path + ".corrupt") == torn)
        #expect(reopened.openingNotice?.contains(".corrupt") == true)
        #expect(!reopened.isReadOnly)
    }

    @Test func damageInTheMiddleOpensReadOnlyAndWritesNothing() throws {
        let path = try temporaryFolder() + "/s.json"
        let session = try LiveSession.create(at: path, commands: start, now: t0)
        for i in 1...3 { try session.execute(.editNotes(wegwijzer: 1, text: "\(i)"), at: at(i)) }
        var journal = bytes(path + ".journal")!
        let secondLine = journal.firstIndex(of: UInt8(ascii: "\n"))! + 5
        journal[secondLine] = UInt8(ascii: "#")
        try journal.write(to: URL(fileURLWithPath: path + ".journal"))
        let before = (bytes(path)!, bytes(path + ".journal")!)

        let reopened = try LiveSession.open(path, now: at(9))
        #expect(reopened.isReadOnly)
        #expect(reopened.state.notes(of: 1) == "1")
        #expect(throws: CommandError.readOnly) { try reopened.execute(.editNotes(wegwijzer: 2, text: "x"), at: at(10)) }
        #expect(bytes(path) == before.0)
        #expect(bytes(path + ".journal") == before.1)
    }

    /// A journal too large to read is named as the journal, not as the session file.
    @Test func anOversizedJournalIsNamedAsTheJournal() throws {
        let path = try temporaryFolder() + "/s.json"
        let session = try LiveSession.create(at: path, commands: start, now: t0)
        try session.execute(.editNotes(wegwijzer: 1, text: "1"), at: at(1))
        let journal = try FileHandle(forWritingTo: URL(fileURLWithPath: path + ".journal"))
        try journal.truncate(atOffset: UInt64(SessionFile.maximumBytes) + 1)  // sparse: no disk used
        try journal.close()
        let size = SessionFile.maximumBytes + 1
        #expect(throws: SessionFileError.inJournal(.tooLarge(bytes: size))) { try LiveSession.open(path, now: at(2)) }
        #expect(SessionFileError.inJournal(.tooLarge(bytes: size)).message(.nl) == "het journaal ernaast (.journal): bestand is te groot (\(size) bytes); een sessie is hoogstens 512 MiB")
        #expect(SessionFileError.inJournal(.missing).message(.en) == "its journal (.journal): file does not exist; check the path")
    }

    @Test func unreadableFilesGiveAClearReasonAndStayUntouched() throws {
        let folder = try temporaryFolder()
        let valid = try SessionFile(history: history(start), created: t0).encoded()
        let cases: [(String, Data, SessionFileError)] = [
            ("empty.json", Data(), .empty),
            ("prose.json", Data("Dit is geen JSON".utf8), .notJSON(detail: "")),
            ("truncated.json", valid.prefix(valid.count / 2), .notJSON(detail: "")),
            ("other.json", Data(#"{"name": "iets anders"}"#.utf8), .notASession),
            ("newer.json", Data(#"{"format": "routekaart-session", "schemaVersion": 7}"#.utf8), .newerSchema(found: 7, supported: 1)),
        ]
        for (name, data, expected) in cases {
            let path = folder + "/" + name
            try data.write(to: URL(fileURLWithPath: path))
            do {
                _ = try LiveSession.open(path, now: t0)
                Issue.record("\(name) opened")
            } catch let error as SessionFileError {
                switch (error, expected) {
                case (.notJSON, .notJSON): break
                default: #expect(error == expected, "\(name)")
                }
                #expect(!error.message(.nl).isEmpty && !error.message(.en).isEmpty)
            }
            #expect(bytes(path) == data, "\(name) was changed")
            #expect(!FileManager.default.fileExists(atPath: path + ".journal"), "\(name) got a journal")
        }
        #expect(throws: SessionFileError.missing) { try SessionLoader.load(folder + "/nothing.json") }
        FileManager.default.createFile(atPath: folder + "/plain.json", contents: Data("{}".utf8))
        #expect(throws: SessionFileError.missing) { try SessionLoader.load(folder + "/plain.json/inside.json") }
        #expect(throws: SessionFileError.notAFile) { try SessionLoader.load(folder) }
        #expect(throws: SessionFileError.notAFile) { try SessionLoader.load("/dev/zero") }
        #expect(SessionFileError.notAFile.message(.nl).hasPrefix("is geen gewoon bestand"))
    }

    @Test func eventsWithGapsAreRefused() throws {
        var file = try SessionFile(history: history(start), created: t0)
        file.events = [file.events[1]]
        #expect(throws: SessionFileError.invalid(detail: "event 1 has sequence number 2")) { try SessionFile.decode(try file.encoded()) }
    }

    @Test func theFileIsPrettyJSONWithFormatAndVersion() throws {
        let text = String(decoding: try SessionFile(history: history(start), created: t0).encoded(), as: UTF8.self)
        #expect(text.contains(#""format" : "routekaart-session""#))
        #expect(text.contains(#""schemaVersion" : 1"#))
        #expect(text.contains(#""type" : "participantAdded""#))
    }

    @Test func theSchemaNamesEveryEventType() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/session.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let defs = try #require(schema["$defs"] as? [String: Any])
        let event = try #require(defs["event"] as? [String: Any])
        let rules = try #require(event["allOf"] as? [[String: Any]])
        let typeRule = try #require(rules.last?["properties"] as? [String: Any])
        let names = try #require((typeRule["type"] as? [String: Any])?["enum"] as? [String])
        // One event of every type (the codec test's samples, which the compiler keeps complete).
        let every = EventCodecTests.everyEvent
        #expect(Set(names) == Set(every.map(\.typeName)))
        #expect(Set(every.map(\.typeName)).count == every.count)
    }
}
