import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import RoutekaartCore
import Testing
@testable import RoutekaartRoom

/// The rules that keep a round honest and the room its own: as many anonymous answers as
/// participants, limits per address, only the room's own host, and a phone that takes back
/// a score. In the test client every request comes from one address.
@Suite(.timeLimit(.minutes(1))) struct RoomRulesTests {
    static let three: [WorkshopCommand] = [.startSession(SessionDetails(title: "Werkplaats"), scenario: nil)]
        + ["Anouk de Vries", "Femke de Boer", "Joris Bakker"].map { .addParticipant(ParticipantFields(name: $0, helix: .government)) }

    func withRoom(_ commands: [WorkshopCommand], question: @escaping (WorkshopState) -> RoomQuestion?,
                  _ test: @escaping @Sendable (LoopStandIn, any TestClientProtocol) async throws -> Void) async throws {
        let loop = try LoopStandIn(commands: commands, question: question)
        defer { loop.stop() }
        try await Application(router: RoomServer.router(loop.room)).test(.router) { client in try await test(loop, client) }
    }

    @Test func anAnonymousRoundTakesAsManyBallotsAsThereAreParticipants() async throws {
        let round = QuadrantRoundSetup(kind: .current, style: .single, anonymous: true)
        try await withRoom(Self.three + [.openQuadrantRound(round)], question: quadrantQuestion) { loop, client in
            for _ in 0..<3 {
                var phone = Phone(client: client)  // a fresh cookie each time
                _ = try await phone.join()
                #expect(try await phone.post("/stem", [("question", "q1"), ("choice", "netwerkend")]).status == .seeOther)
            }
            var fourth = Phone(client: client)
            _ = try await fourth.join()
            let refused = try await fourth.post("/stem", [("question", "q1"), ("choice", "netwerkend")])
            #expect(refused.status == .unprocessableContent && refused.body.contains("al 3 stem(men), evenveel als er deelnemers zijn"))
            #expect(loop.state.round("q1")?.ballots.count == 3)
            // The fourth phone may try again once someone is added: its vote was given back.
            #expect(!loop.room.hasVotedAnonymously("q1", token: fourth.token!))
        }
    }

    @Test func joinsAndSelfAddedNamesFromOneAddressAreLimited() async throws {
        try await withRoom(Self.three, question: { _ in nil }) { loop, client in
            var last: Phone.Page?
            for _ in 0..<Room.joinsPerMinute {
                var phone = Phone(client: client)
                last = try await phone.join()
                #expect(last?.status == .seeOther)
            }
            var one = Phone(client: client)
            let refused = try await one.join()
            #expect(refused.status == .tooManyRequests && refused.body.contains("al vaak de zaal binnengekomen"))
            #expect(one.token == nil)
        }
        try await withRoom(Self.three, question: { _ in nil }) { loop, client in
            var phone = Phone(client: client)
            _ = try await phone.join()
            for i in 0..<Room.selfAddedPerMinute {
                #expect(try await phone.post("/erbij", [("name", "Gast \(i)"), ("helix", "anders")]).status == .seeOther)
            }
            let refused = try await phone.post("/erbij", [("name", "Nog een"), ("helix", "anders")])
            #expect(refused.status == .tooManyRequests && refused.body.contains("al genoeg namen toegevoegd"))
            #expect(loop.state.participants.count == 3 + Room.selfAddedPerMinute)
        }
    }

    @Test func aRequestForAnotherHostIsRefused() async throws {
        let loop = try LoopStandIn(commands: Self.three, question: { _ in nil })
        defer { loop.stop() }
        loop.room.serve(at: "192.168.1.10:8080")  // the test client asks for "localhost"
        try await Application(router: RoomServer.router(loop.room)).test(.router) { client in
            var phone = Phone(client: client)
            let page = try await phone.join()
            #expect(page.status == .misdirectedRequest && page.body.contains("hoort niet bij deze zaal") && phone.token == nil)
            #expect(try await phone.get("/").status == .misdirectedRequest)
        }
    }

    @Test func aPhoneClearsAWeefselScoreItGave() async throws {
        let (s1, s2) = (Method.weefselIndicators[0].id, Method.weefselIndicators[1].id)
        try await withRoom(Self.three + [.openWeefselRound(WeefselRoundSetup())], question: weefselQuestion) { loop, client in
            var phone = Phone(client: client)
            _ = try await phone.join()
            _ = try await phone.post("/claim", [("participant", "p1")])
            _ = try await phone.post("/stem", [("question", "w1"), ("s-" + s1, "4"), ("s-" + s2, "2")])
            #expect(loop.state.weefselRound("w1")?.answers.count == 2)
            #expect(try await phone.post("/stem", [("question", "w1"), ("s-" + s1, ""), ("s-" + s2, "3")]).status == .seeOther)
            let answers = try #require(loop.state.weefselRound("w1")?.answers)
            #expect(answers == [WeefselCell(row: "p1", indicator: s2): 3])
            #expect(try await phone.post("/stem", [("question", "w1"), ("s-" + s2, "")]).status == .seeOther)
            #expect(loop.state.weefselRound("w1")?.answers.isEmpty == true)
        }
    }

    @Test func afterAnsweringAsOneNameAPhoneCannotAnswerAsAnother() async throws {
        try await withRoom(Self.three + [.openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single))], question: quadrantQuestion) { loop, client in
            var phone = Phone(client: client)
            _ = try await phone.join()
            _ = try await phone.post("/claim", [("participant", "p1")])
            _ = try await phone.post("/stem", [("question", "q1"), ("choice", "netwerkend")])
            let other = try await phone.post("/claim", [("participant", "p2")])
            #expect(other.status == .conflict && other.body.contains("al beantwoord als Anouk de Vries"))
            #expect(loop.room.participant(of: phone.token!) == ParticipantID("p1"))
            // The next question frees the phone to choose again.
            try loop.facilitator(.openQuadrantRound(QuadrantRoundSetup(kind: .desired, style: .single), toRoom: true))
            #expect(try await phone.post("/claim", [("participant", "p2")]).status == .seeOther)
        }
    }

    @Test func anOverflowingOrNegativeNumberIsRefusedAndTheRoomGoesOn() async throws {
        let topics: [WorkshopCommand] = [.add(AgendaTopic(text: "Stages")), .add(AgendaTopic(text: "Scholing"))]
        try await withRoom(Self.three + topics, question: { _ in .agenda }) { loop, client in
            var phone = Phone(client: client)
            _ = try await phone.join()
            _ = try await phone.post("/claim", [("participant", "p1")])
            for form in [[("n-g1", "9223372036854775807"), ("n-g2", "1")], [("n-g1", "-1"), ("n-g2", "2")], [("n-g1", "99999999999999999999")]] {
                let page = try await phone.post("/stem", [("question", "agenda")] + form)
                #expect((400..<500).contains(page.status.code), "\(form): \(page.status)")
            }
            #expect(loop.state.agendaBallots.isEmpty)
            #expect(try await phone.post("/stem", [("question", "agenda"), ("n-g1", "2")]).status == .seeOther)
        }
    }

    /// Every answer kind — a pick, spread dots, a scale — with values that overflow, are
    /// negative, out of range or not numbers at all: each is a 4xx, nothing is recorded, and
    /// a good answer after them counts.
    @Test func everyAnswerKindRefusesNumbersOutOfRange() async throws {
        let bad = ["9223372036854775807", "9223372036854775808", "-9223372036854775808", "-1", "99999999999999999999", "1e3", "0x10", " 2", "２"]
        let kinds: [(open: WorkshopCommand, key: String, forms: [[(String, String)]], good: [(String, String)])] = [
            (.openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single), toRoom: true), "q1",
             bad.map { [("choice", $0)] } + [[("choice", "elders")]], [("choice", "netwerkend")]),
            (.openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .dots, dotsPerVoter: 3), toRoom: true), "q1",
             bad.map { [("n-presterend", $0), ("n-netwerkend", "1")] } + [[("n-presterend", "4")]], [("n-presterend", "2"), ("n-netwerkend", "1")]),
            (.openWeefselRound(WeefselRoundSetup(), toRoom: true), "w1",
             (bad + ["9", "6"]).map { [("s-weefsel.vertrouwen", $0)] }, [("s-weefsel.vertrouwen", "4")]),
        ]
        for kind in kinds {
            try await withRoom(Self.three + [kind.open], question: { $0.openQuestion }) { loop, client in
                var phone = Phone(client: client)
                _ = try await phone.join()
                _ = try await phone.post("/claim", [("participant", "p1")])
                for form in kind.forms {
                    let page = try await phone.post("/stem", [("question", kind.key)] + form)
                    #expect((400..<500).contains(page.status.code), "\(kind.key) \(form): \(page.status)")
                }
                #expect(loop.state.quadrantRounds.allSatisfy(\.ballots.isEmpty) && loop.state.weefselRounds.allSatisfy(\.answers.isEmpty))
                #expect(try await phone.post("/stem", [("question", kind.key)] + kind.good).status == .seeOther, "\(kind.key)")
            }
        }
    }
}

/// A phone's stream wakes only when what its page shows changes, and the room remembers
/// its code and its phones across a restart.
@Suite struct RoomMemoryTests {
    /// Three participants and a quadrant round open to the room, as the run loop would have
    /// recorded them, and a room that publishes what they are.
    struct OpenRound {
        var history = SessionHistory()
        let room: Room

        init() throws {
            room = Room(code: "123456", inbox: CommandInbox(), snapshot: RoomSnapshot(state: WorkshopState(), language: .nl))
            for c in RoomRulesTests.three + [.openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single), toRoom: true)] { try run(c) }
            room.publish(RoomSnapshot(state: history.state, language: .nl))
        }

        mutating func run(_ c: WorkshopCommand) throws {
            for e in try Engine.execute(c, on: history) { history.record(RecordedEvent(seq: history.nextSeq, at: Timestamp(milliseconds: 0), event: e)) }
        }

        /// Runs `c` and publishes, as a pass of the loop does.
        mutating func publish(_ c: WorkshopCommand) throws {
            try run(c)
            room.publish(RoomSnapshot(state: history.state, language: .nl))
        }

        static func vote(_ voter: String) -> WorkshopCommand {
            .castQuadrantVote(round: "q1", voter: ParticipantID(voter), dots: QuadrantDots(.netwerkend), fromDevice: true)
        }
    }

    @Test func theStreamWakesOnlyWhenThePageWouldChange() async throws {
        var round = try OpenRound()
        var stream = round.room.watch()!.makeAsyncIterator()
        let first = await stream.next()
        for n in [3, 1, 4] { try round.publish(.openWegwijzer(n)) }  // the laptop moves
        try await Task.sleep(for: .milliseconds(300))  // past the interval between two pushes
        try round.publish(OpenRound.vote("p1"))
        round.room.endWatching()
        var keys: [String] = [], lives: [String] = []
        while let next = await stream.next() {
            keys.append(next.liveKey)
            lives.append(next.live(answered: false))
        }
        #expect(first?.liveKey.hasPrefix("q1|0/3|") == true && keys.count == 1 && keys[0].hasPrefix("q1|1/3|"), "\(String(describing: first?.liveKey)) \(keys)")
        // The stream carries the page's live part itself: no phone asks for it again.
        #expect(lives.first?.contains("1 van 3") == true, "\(lives)")
    }

    @Test func aBurstOfVotesWakesEachStreamOnceOrTwiceAndTheLastChangeArrives() async throws {
        var round = try OpenRound()
        var stream = round.room.watch()!.makeAsyncIterator()
        _ = await stream.next()
        try await Task.sleep(for: .milliseconds(300))  // the round's own push is past
        for voter in ["p1", "p2", "p3"] { try round.publish(OpenRound.vote(voter)) }
        var keys: [String] = []
        while let next = await stream.next() {
            keys.append(next.liveKey)
            if next.liveKey.hasPrefix("q1|3/3|") { break }
        }
        round.room.endWatching()
        #expect(keys.count == 2 && keys[0].hasPrefix("q1|1/3|"), "\(keys)")  // at once, then the newest after the interval
    }

    /// One phone cannot take the room's descriptors: past `Room.streamsPerPhone` its streams
    /// are refused while another phone's are not, and one that ends makes room again.
    @Test func aPhoneHoldsAFewStreamsAndNoMore() async throws {
        let round = try OpenRound()
        var held = (0..<Room.streamsPerPhone).compactMap { _ in round.room.watch(by: "telefoon-1") }
        #expect(held.count == Room.streamsPerPhone && round.room.watchers == Room.streamsPerPhone)
        #expect(round.room.watch(by: "telefoon-1") == nil)
        let other = round.room.watch(by: "telefoon-2")
        #expect(other != nil)
        held.removeLast()  // the tab is closed: its stream ends
        #expect(round.room.watchers == Room.streamsPerPhone)
        #expect(round.room.watch(by: "telefoon-1") != nil)
        _ = other
    }

    @Test func theCodeAndEachPhonesNameSurviveARestartInAFileOnlyTheOwnerReads() throws {
        let folder = NSTemporaryDirectory() + "room-memory-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = RoomMemory.path(beside: folder + "/zaal.json")
        var state = WorkshopState()
        state.participants = [Participant(id: ParticipantID("p1"), fields: ParticipantFields(name: "Anouk de Vries"))]
        let room = Room(inbox: CommandInbox(), snapshot: RoomSnapshot(state: state, language: .nl), memoryFile: file)
        guard case let .joined(token) = room.join(code: room.code, from: "10.0.0.2", now: Date()) else { Issue.record("not joined"); return }
        #expect(room.claim(ParticipantID("p1"), by: token) == nil)
        room.waitUntilMemoryWritten()
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // The program is killed and started again: the phone's cookie still works.
        let memory = try #require(RoomMemory.read(file))
        let again = Room(inbox: CommandInbox(), snapshot: RoomSnapshot(state: state, language: .nl), memory: memory, memoryFile: file)
        #expect(again.code == room.code && again.knows(token, now: Date()) && again.participant(of: token) == ParticipantID("p1"))
        // A new code forgets every phone.
        again.renewCode()
        again.waitUntilMemoryWritten()
        #expect(again.code != room.code || !again.knows(token, now: Date()))
        #expect(RoomMemory.read(file)?.phones.isEmpty == true)
        // A damaged file starts the room afresh.
        try Data("{\"code\":\"12\"}".utf8).write(to: URL(fileURLWithPath: file))
        #expect(RoomMemory.read(file) == nil)
    }
}
