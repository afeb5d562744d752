import Foundation
import Testing
@testable import RoutekaartCore

/// A store that fails the way disks do: after `failAfter` appends every write throws,
/// as a full disk or a failing fsync would. It keeps what it was asked to write.
final class FailingStorage: SessionStorage {
    let path = "/stand-in/s.json"
    var journalEvents = 0
    var failing = false
    var appended: [RecordedEvent] = []
    var snapshots: [SessionFile] = []
    var calls: [String] = []

    func append(_ events: [RecordedEvent]) throws {
        calls.append("append")
        if failing { throw StoreError(operation: "fdatasync", path: path, code: EIO) }
        appended += events
        journalEvents += events.count
    }

    func compact(_ file: SessionFile) throws {
        calls.append("compact")
        if failing { throw StoreError(operation: "write", path: path, code: ENOSPC) }
        snapshots.append(file)
        journalEvents = 0
    }
}

@Suite struct FaultTests {
    func session(_ storage: FailingStorage) throws -> LiveSession {
        let h = try history([.startSession(demoDetails, scenario: nil)])
        return LiveSession(history: h, created: t0, storage: storage, now: t0)
    }

    @Test func aFailingWriteKeepsEverythingInMemoryAndSaysSo() throws {
        let storage = FailingStorage()
        let s = try session(storage)
        try s.execute(.addParticipant(.init(name: "Zoë")), at: at(1))
        #expect(s.saveStatus == .saved(at(1)))
        storage.failing = true
        try s.execute(.editNotes(wegwijzer: 1, text: "wat de zaal zei"), at: at(2))
        guard case let .failed(reason) = s.saveStatus else { Issue.record("\(s.saveStatus)"); return }
        #expect(reason.description.contains("fdatasync") && reason.code == EIO)
        #expect(reason.cause(.nl) == "de schijf geeft een schrijffout (is een USB-stick losgeraakt?)")
        #expect(s.needsSaving)
        #expect(s.state.notes(of: 1) == "wat de zaal zei")
        try s.execute(.addParticipant(.init(name: "Noël")), at: at(3))
        #expect(s.state.participants.count == 2)
    }

    @Test func afterAFailureTheWholeFileIsWrittenAnewNotTheSameAppend() throws {
        let storage = FailingStorage()
        let s = try session(storage)
        storage.failing = true
        try s.execute(.addParticipant(.init(name: "Zoë")), at: at(1))
        storage.failing = false
        try s.execute(.addParticipant(.init(name: "Noël")), at: at(2))
        #expect(storage.calls == ["append", "compact"])
        #expect(s.saveStatus == .saved(at(2)))
        #expect(storage.snapshots.last?.events == s.history.events)
    }

    @Test func savingElsewhereWritesEverythingAndCarriesOnThere() throws {
        let storage = FailingStorage()
        let s = try session(storage)
        storage.failing = true
        try s.execute(.addParticipant(.init(name: "Zoë")), at: at(1))
        try s.execute(.editNotes(wegwijzer: 3, text: "coördinatie"), at: at(2))
        let copy = try temporaryFolder() + "/noodkopie.json"
        try s.saveCopy(to: copy, now: at(3))
        #expect(s.saveStatus == .saved(at(3)))
        #expect(s.path == copy)
        try s.execute(.editNotes(wegwijzer: 3, text: "coördinatie ontbreekt"), at: at(4))
        let loaded = try SessionLoader.load(copy)
        #expect(loaded.events == s.history.events)
        #expect(SessionHistory(replaying: loaded.events).state.notes(of: 3) == "coördinatie ontbreekt")
    }

    @Test func savingElsewhereNeverOverwritesAFile() throws {
        let s = try session(FailingStorage())
        let existing = try temporaryFolder() + "/bestaat.json"
        try Data("van iemand anders".utf8).write(to: URL(fileURLWithPath: existing))
        #expect(throws: SessionFileError.exists) { try s.saveCopy(to: existing, now: at(1)) }
        #expect(bytes(existing) == Data("van iemand anders".utf8))
    }

    @Test func aReadOnlySessionCanBeSavedElsewhereAndEditedThere() throws {
        let path = try temporaryFolder() + "/s.json"
        let original = try LiveSession.create(at: path, commands: [.startSession(demoDetails, scenario: nil)], now: t0)
        for i in 1...3 { try original.execute(.editNotes(wegwijzer: 1, text: "\(i)"), at: at(i)) }
        var journal = bytes(path + ".journal")!
        journal[journal.firstIndex(of: UInt8(ascii: "\n"))! + 3] = UInt8(ascii: "#")
        try journal.write(to: URL(fileURLWithPath: path + ".journal"))
        let damaged = try LiveSession.open(path, now: at(5))
        #expect(damaged.isReadOnly)
        let copy = path + ".kopie.json"
        try damaged.saveCopy(to: copy, now: at(6))
        try damaged.execute(.editNotes(wegwijzer: 2, text: "verder"), at: at(7))
        #expect(try SessionLoader.load(copy).events.count == damaged.history.events.count)
    }

    /// A pipe planted beside a session, where routekaart writes (the `.corrupt` file for a
    /// torn journal line, the journal of a new session), is refused with its path named —
    /// never opened and waited on for a reader that does not come.
    @Test(.timeLimit(.minutes(1))) func aPipeBesideTheSessionIsRefusedNotWaitedOn() throws {
        let folder = try temporaryFolder()
        let path = folder + "/s.json"
        let s = try LiveSession.create(at: path, commands: [.startSession(demoDetails, scenario: nil)], now: t0)
        try s.execute(.editNotes(wegwijzer: 1, text: "wat de zaal zei"), at: at(1))
        s.close(now: at(2))
        let journal = try FileHandle(forWritingTo: URL(fileURLWithPath: path + ".journal"))
        try journal.seekToEnd()
        try journal.write(contentsOf: Data(#"{"at":"2026-11-29T14:05:10.002Z","data":{"te"#.utf8))  // a torn last line
        try journal.close()
        #expect(mkfifo(path + ".corrupt", 0o600) == 0)
        #expect(throws: SessionFileError.notARegularFile(path: path + ".corrupt")) { try LiveSession.open(path, now: at(3)) }
        #expect(mkfifo(folder + "/nieuw.json.journal", 0o600) == 0)
        #expect(throws: SessionFileError.notARegularFile(path: folder + "/nieuw.json.journal")) {
            try LiveSession.create(at: folder + "/nieuw.json", commands: [.startSession(demoDetails, scenario: nil)], now: t0)
        }
        // A pipe or a folder in the journal's place of a session that is opened: refused as the journal.
        unlink(path + ".corrupt")
        unlink(path + ".journal")
        #expect(mkfifo(path + ".journal", 0o600) == 0)
        #expect(throws: SessionFileError.inJournal(.notAFile)) { try LiveSession.open(path, now: at(4)) }
        unlink(path + ".journal")
        try FileManager.default.createDirectory(atPath: path + ".journal", withIntermediateDirectories: false)
        #expect(throws: SessionFileError.inJournal(.notAFile)) { try LiveSession.open(path, now: at(5)) }
        // A folder where the torn line would be kept.
        try FileManager.default.removeItem(atPath: path + ".journal")
        try Data(#"{"at":"2026-11-29T14:05:10.002Z","da"#.utf8).write(to: URL(fileURLWithPath: path + ".journal"))
        try FileManager.default.createDirectory(atPath: path + ".corrupt", withIntermediateDirectories: false)
        #expect(throws: SessionFileError.notARegularFile(path: path + ".corrupt")) { try LiveSession.open(path, now: at(6)) }
    }

    /// A session file with a second name (a hard link) opens read-only under both names,
    /// with the reason: two windows could otherwise each write one of them.
    @Test func aSessionWithTwoNamesOpensReadOnly() throws {
        let folder = try temporaryFolder()
        let s = try LiveSession.create(at: folder + "/s.json", commands: [.startSession(demoDetails, scenario: nil)], now: t0)
        s.close(now: at(1))
        #expect(link(folder + "/s.json", folder + "/t.json") == 0)
        for name in ["s.json", "t.json"] {
            let opened = try LiveSession.open(folder + "/" + name, now: at(2))
            #expect(opened.isReadOnly, "\(name)")
            #expect(opened.openingNotice?.contains("2 namen (een harde koppeling)") == true, "\(String(describing: opened.openingNotice))")
        }
        unlink(folder + "/t.json")
        #expect(try !LiveSession.open(folder + "/s.json", now: at(3)).isReadOnly)
    }

    /// The ground under a running session: its journal deleted, its file deleted, its
    /// folder removed. The next change finds out and writes the whole session anew (the
    /// journal in its place locked again, so a second window still opens read-only), or —
    /// with the folder gone — says it is not saved, so that S is offered; never "saved"
    /// for appends no file holds.
    @Test func aSessionWhoseFilesAreRemovedWhileItRunsIsWrittenAnew() throws {
        let folder = try temporaryFolder() + "/map"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/s.json"
        let s = try LiveSession.create(at: path, commands: [.startSession(demoDetails, scenario: nil)], now: t0)
        try s.execute(.addParticipant(.init(name: "Zoë")), at: at(1))
        unlink(path + ".journal")
        try s.execute(.addParticipant(.init(name: "Noël")), at: at(2))
        #expect(s.saveStatus == .saved(at(2)) && s.timesWrittenAnew == 1)
        #expect(try SessionLoader.load(path).events.count == s.history.events.count)
        #expect(try LiveSession.open(path, now: at(3)).isReadOnly)  // the new journal is locked
        try s.execute(.addParticipant(.init(name: "Chloë")), at: at(4))
        #expect(s.timesWrittenAnew == 1)  // in place again: appended as usual
        unlink(path)
        try s.execute(.addParticipant(.init(name: "Sander")), at: at(5))
        #expect(s.timesWrittenAnew == 2)
        #expect(try SessionLoader.load(path).events.count == s.history.events.count)
        try FileManager.default.removeItem(atPath: folder)
        try s.execute(.addParticipant(.init(name: "Fatma")), at: at(6))
        #expect(s.needsSaving && s.state.participants.count == 5)
    }

    /// A fold writes the session and its journal anew: each keeps the mode its owner gave
    /// it, before the program opened it (0640) or while it ran (0400).
    @Test func aFoldKeepsTheModesTheOwnerGave() throws {
        let path = try temporaryFolder() + "/s.json"
        func mode(_ p: String) throws -> Int { try FileManager.default.attributesOfItem(atPath: p)[.posixPermissions] as! Int }
        for (file, journal) in [(0o640, 0o640), (0o400, 0o600)] {
            try? FileManager.default.removeItem(atPath: path)
            try? FileManager.default.removeItem(atPath: path + ".journal")
            let s = try LiveSession.create(at: path, commands: [.startSession(demoDetails, scenario: nil)], now: t0)
            try s.execute(.editNotes(wegwijzer: 1, text: "voor de vouw"), at: at(1))  // the journal exists
            chmod(path, mode_t(file))
            chmod(path + ".journal", mode_t(journal))
            try s.execute(.editNotes(wegwijzer: 1, text: "na de vouw"), at: at(2))
            s.close(now: at(3))  // folds: both files are written anew
            #expect(try mode(path) == file && mode(path + ".journal") == journal, "\(String(file, radix: 8))")
            #expect(try SessionLoader.load(path).events.count == s.history.events.count)
        }
    }

    /// Phones' commands are answered "saved" only once their events are written: while the
    /// disk fails, an accepted vote is held in memory and answered `notSaved`, and so is the
    /// same vote sent again; once the disk works, sending it again — or the loop's retry —
    /// writes what was held, and only then is it answered as saved.
    @Test func aPhonesVoteIsSavedOnlyWhenItIsOnDisk() throws {
        let storage = FailingStorage()
        let s = try session(storage)
        let people = ["Zoë", "Noël"].map { WorkshopCommand.addParticipant(.init(name: $0)) }
        _ = s.execute(batch: people + [.openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single), toRoom: true)], at: at(1))
        let vote = { (voter: String) in
            WorkshopCommand.castQuadrantVote(round: "q1", voter: ParticipantID(voter), dots: QuadrantDots(.netwerkend), fromDevice: true)
        }
        storage.failing = true
        let held = s.execute(batch: [vote("p1"), .castQuadrantVote(round: "q9", voter: ParticipantID("p2"), dots: QuadrantDots(.netwerkend), fromDevice: true)], at: at(2))
        #expect(held.map(\.failure) == [.notSaved, .unknownRound("q9")])
        #expect(s.state.round("q1")?.ballots.count == 1)  // held in memory
        #expect(s.execute(batch: [vote("p1")], at: at(3)).map(\.failure) == [.notSaved])  // the same again: still not on disk
        storage.failing = false
        #expect(s.execute(batch: [vote("p1")], at: at(4)).map(\.failure) == [nil])  // now it is
        #expect(storage.snapshots.last?.events.count == s.history.events.count)
        // The loop's retry writes what was held without any phone sending it again.
        storage.failing = true
        _ = s.execute(batch: [vote("p2")], at: at(5))
        s.retrySaving(now: at(6))
        #expect(s.needsSaving)
        storage.failing = false
        s.retrySaving(now: at(7))
        #expect(!s.needsSaving && storage.snapshots.last?.events.count == s.history.events.count)
    }
}

extension Result {
    var failure: Failure? { if case let .failure(error) = self { error } else { nil } }
}

/// Many phones at once: a batch of commands is one journal append (one fdatasync).
@Suite struct GroupCommitTests {
    final class CountingStorage: SessionStorage {
        let path = "/nowhere/s.json"
        var journalEvents = 0
        var appends: [[RecordedEvent]] = []
        var compactions = 0
        func append(_ events: [RecordedEvent]) throws {
            appends.append(events)
            journalEvents += events.count
        }
        func compact(_ file: SessionFile) throws {
            journalEvents = 0
            compactions += 1
        }
    }

    @Test func aBatchIsOneAppendAndARefusalChangesNothing() throws {
        let storage = CountingStorage()
        let session = LiveSession(history: SessionHistory(), created: t0, storage: storage, now: t0)
        _ = try session.execute(.startSession(demoDetails, scenario: nil), at: t0)
        let results = session.execute(batch: [
            .addParticipant(ParticipantFields(name: "Yara")),
            .removeParticipant(ParticipantID("p9")),
            .addParticipant(ParticipantFields(name: "Zoë")),
        ], at: at(1))
        #expect(storage.appends.count == 2)  // the start, then the batch once
        #expect(storage.appends.last?.map(\.seq) == [2, 3])
        #expect((try? results[0].get())?.map(\.seq) == [2] && (try? results[2].get())?.map(\.seq) == [3])
        #expect(throws: CommandError.unknownParticipant(ParticipantID("p9"))) { try results[1].get() }
        #expect(session.state.participants.map(\.fields.name) == ["Yara", "Zoë"])
    }

    @Test func aBurstWaitsForAQuietMomentToRewriteTheFileUnlessTheJournalGrowsFar() throws {
        let storage = CountingStorage()
        let session = LiveSession(history: SessionHistory(), created: t0, storage: storage, now: t0)
        session.schedule = .every(3)
        _ = try session.execute(.startSession(demoDetails, scenario: nil), at: t0)
        _ = session.execute(batch: (1...4).map { .addParticipant(ParticipantFields(name: "P\($0)")) }, at: at(1))
        #expect(storage.compactions == 0 && storage.journalEvents == 5)  // due, but not during the burst
        session.compactIfDue(now: at(3))
        #expect(storage.compactions == 1 && storage.journalEvents == 0)
        _ = session.execute(batch: (1...12).map { .addParticipant(ParticipantFields(name: "Q\($0)")) }, at: at(4))
        #expect(storage.compactions == 2)  // four times due: the journal is not left to grow
        _ = try session.execute(.addParticipant(ParticipantFields(name: "typed")), at: at(5))
        _ = try session.execute(.addParticipant(ParticipantFields(name: "typed too")), at: at(5))
        _ = try session.execute(.addParticipant(ParticipantFields(name: "and a third")), at: at(5))
        #expect(storage.compactions == 3)  // keys compact as before
    }
}
