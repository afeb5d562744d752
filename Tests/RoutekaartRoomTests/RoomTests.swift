import Foundation
import Glibc
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import RoutekaartCore
import Testing
@testable import RoutekaartRoom

/// The run loop as the program has it, on a thread of its own: applies what phones post
/// to a session, then publishes the snapshot (with the question open to the room).
final class LoopStandIn: @unchecked Sendable {
    let session: LiveSession
    let inbox = CommandInbox()
    let room: Room
    private let lock = NSLock()
    private var running = true
    private var thread: Thread?

    /// `question`: what the facilitator opens to the room after `commands`, if anything.
    init(commands: [WorkshopCommand], language: Language = .nl, question: (WorkshopState) -> RoomQuestion?) throws {
        session = LiveSession(created: Timestamp(milliseconds: 0))
        for c in commands { try session.execute(c, at: Timestamp(milliseconds: 0)) }
        if let q = question(session.state) { try session.execute(.openQuestion(q), at: Timestamp(milliseconds: 0)) }
        room = Room(code: "123456", inbox: inbox, snapshot: RoomSnapshot(state: session.state, language: language))
        room.serve(at: "localhost")  // the test client's host
        let thread = Thread { [unowned self] in self.loop() }
        self.thread = thread
        thread.start()
    }

    /// Something the facilitator does on the keyboard, on the loop's own thread.
    func facilitator(_ command: WorkshopCommand) throws {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<[RecordedEvent], CommandError>?
        inbox.post(command) { result = $0; done.signal() }
        done.wait()
        _ = try result!.get()
    }

    /// The facilitator opens `q` to the room, or closes what is open (nil).
    func openQuestion(_ q: RoomQuestion?) throws {
        try facilitator(q.map(WorkshopCommand.openQuestion) ?? .closeQuestion)
    }

    var state: WorkshopState { lock.withLock { session.state } }

    private func loop() {
        while lock.withLock({ running }) {
            var fd = pollfd(fd: inbox.wakeDescriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&fd, 1, 20) > 0 else { continue }
            let deliveries = inbox.drain()
            let results = lock.withLock {
                let results = session.execute(batch: deliveries.map(\.command), at: Timestamp(milliseconds: 1))
                room.publish(RoomSnapshot(state: session.state, language: room.snapshot.language))
                return results
            }
            for (delivery, result) in zip(deliveries, results) { delivery.reply(result) }  // as the run loop: seen, then answered
        }
    }

    func stop() { lock.withLock { running = false } }
}

/// A phone: keeps its cookie, sends forms as a browser does.
struct Phone {
    let client: any TestClientProtocol
    var token: String?
    var address = "127.0.0.1"

    struct Page {
        let status: HTTPResponse.Status
        let body: String
        let location: String?
        let headers: HTTPFields
    }

    func headers(extra: HTTPFields = [:]) -> HTTPFields {
        var h: HTTPFields = [:]
        if let token { h[.cookie] = "rk=" + token }
        for f in extra { h[f.name] = f.value }
        return h
    }

    func get(_ path: String) async throws -> Page {
        try await client.execute(uri: path, method: .get, headers: headers()) { r in
            Page(status: r.status, body: String(buffer: r.body), location: r.headers[.location], headers: r.headers)
        }
    }

    func post(_ path: String, _ form: [(String, String)], extra: HTTPFields = [:]) async throws -> Page {
        let body = form.map { k, v in k + "=" + (v.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? v) }.joined(separator: "&")
        var h = headers(extra: extra)
        h[.contentType] = "application/x-www-form-urlencoded"
        h[.origin] = h[.origin] ?? "http://localhost"
        return try await client.execute(uri: path, method: .post, headers: h, body: ByteBuffer(string: body)) { r in
            Page(status: r.status, body: String(buffer: r.body), location: r.headers[.location], headers: r.headers)
        }
    }

    /// Enters the room code; keeps the cookie that comes back.
    mutating func join(_ code: String = "123456") async throws -> Page {
        let page = try await post("/join", [("code", code)])
        if let cookie = page.headers[.setCookie], let value = cookie.split(separator: ";").first?.split(separator: "=").last {
            token = String(value)
        }
        return page
    }
}

let demo = Scenario.builtIn("demo")!.startCommands(date: "2026-12-01")

func quadrantQuestion(_ state: WorkshopState) -> RoomQuestion? { state.quadrantRounds.last.map { .quadrantRound($0.id) } }
func weefselQuestion(_ state: WorkshopState) -> RoomQuestion? { state.weefselRounds.last.map { .weefselRound($0.id) } }

func withRoom(_ commands: [WorkshopCommand], question: @escaping (WorkshopState) -> RoomQuestion? = quadrantQuestion,
              _ test: @escaping @Sendable (LoopStandIn, any TestClientProtocol) async throws -> Void) async throws {
    let loop = try LoopStandIn(commands: demo + commands, question: question)
    defer { loop.stop() }
    let app = Application(router: RoomServer.router(loop.room))
    try await app.test(.router) { client in try await test(loop, client) }
}

/// A test that waits longer than a minute is stopped and named, so a lost reply cannot hang the run.
@Suite(.timeLimit(.minutes(1))) struct RoomRouteTests {
    @Test func joiningWithTheCodeSetsAStrictHttpOnlyCookieAndAsksWhoYouAre() async throws {
        try await withRoom([]) { _, client in
            var phone = Phone(client: client)
            let start = try await phone.get("/?code=123456")
            #expect(start.status == .ok && start.body.contains("value=\"123456\""))
            #expect(start.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            let joined = try await phone.join()
            #expect(joined.status == .seeOther && joined.location == "/wie")
            let cookie = joined.headers[.setCookie] ?? ""
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            let who = try await phone.get("/wie")
            #expect(who.body.contains("Anouk de Vries") && who.body.contains("Zet mij erbij"))
        }
    }

    @Test func wrongCodesAreRefusedAndLimitedToFiveAMinute() async throws {
        try await withRoom([]) { _, client in
            var phone = Phone(client: client)
            for _ in 0..<5 {
                let page = try await phone.join("000000")
                #expect(page.status == .forbidden && page.body.contains("Die code klopt niet"))
            }
            let sixth = try await phone.join("123456")  // even the right code waits now
            #expect(sixth.status == .tooManyRequests && sixth.body.contains("over een minuut"))
            #expect(phone.token == nil)
        }
    }

    @Test func aNameIsClaimedByOnePhoneUntilReleased() async throws {
        try await withRoom([]) { loop, client in
            var first = Phone(client: client), second = Phone(client: client)
            _ = try await first.join()
            _ = try await second.join()
            let p1 = loop.state.participants[0].id
            #expect(try await first.post("/claim", [("participant", p1.rawValue)]).location == "/stem")
            let taken = try await second.post("/claim", [("participant", p1.rawValue)])
            #expect(taken.status == .conflict && taken.body.contains("al gekozen"))
            #expect(!(try await second.get("/wie")).body.contains("Anouk de Vries"))  // not offered
            loop.room.release(p1)
            #expect(try await second.post("/claim", [("participant", p1.rawValue)]).location == "/stem")
            #expect(loop.room.participant(of: first.token!) == nil)
        }
    }

    @Test func aNewParticipantAddsThemselvesAndTheFacilitatorSeesThemArrive() async throws {
        try await withRoom([]) { loop, client in
            var phone = Phone(client: client)
            _ = try await phone.join()
            let added = try await phone.post("/erbij", [("name", "Yara <b>Bakker</b>"), ("organisation", "ROC"), ("helix", "onderwijs")])
            #expect(added.location == "/stem")
            let yara = try #require(loop.state.participants.last)
            #expect(yara.fields.name == "Yara <b>Bakker</b>" && yara.fields.helix == .education)
            #expect(loop.room.participant(of: phone.token!) == yara.id)
            let empty = try await phone.post("/erbij", [("name", "  ")])
            #expect(empty.status == .unprocessableContent && empty.body.contains("Een naam is verplicht"))
            #expect(!(try await phone.get("/wie")).body.contains("<b>Bakker"))  // escaped
        }
    }

    @Test func aSingleChoiceVoteIsJournaledAsFromADeviceAndCanBeChangedUntilRevealed() async throws {
        try await withRoom([.openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single, blind: true))]) { loop, client in
            var phone = Phone(client: client)
            _ = try await phone.join()
            let anouk = loop.state.participants[0].id
            _ = try await phone.post("/claim", [("participant", anouk.rawValue)])
            let form = try await phone.get("/stem")
            #expect(form.body.contains("name=\"choice\"") && form.body.contains("Netwerkende overheid"))
            #expect(try await phone.post("/stem", [("question", "q1"), ("choice", "netwerkend")]).location == "/stem")
            #expect(loop.state.round("q1")?.ballot(of: anouk)?.dots == QuadrantDots(.netwerkend))
            let ballotEvent = loop.session.history.events.last { if case .quadrantVoteCast = $0.event { true } else { false } }
            if case let .quadrantVoteCast(_, ballot)? = ballotEvent?.event { #expect(ballot.fromDevice) }
            let after = try await phone.get("/stem")
            #expect(after.body.contains("Ontvangen") && after.body.contains("De uitslag volgt"))  // blind: no result
            #expect(!after.body.contains("Uitslag tot nu toe"))
            // Replace the vote, then the facilitator reveals: no more changes.
            _ = try await phone.post("/stem", [("question", "q1"), ("choice", "presterend")])
            #expect(loop.state.round("q1")?.ballots.count == 1 && loop.state.round("q1")?.ballot(of: anouk)?.dots == QuadrantDots(.presterend))
            try loop.facilitator(.revealQuadrantRound("q1"))
            let closed = try await phone.post("/stem", [("question", "q1"), ("choice", "responsief")])
            #expect(closed.status == .conflict && closed.body.contains("Deze vraag is gesloten; je stem is niet meegeteld."))
            #expect(loop.state.round("q1")?.ballot(of: anouk)?.dots == QuadrantDots(.presterend))
        }
    }

    @Test func dotsMustAddUpAndAnOpenRoundShowsTheResultSoFar() async throws {
        try await withRoom([.openQuadrantRound(QuadrantRoundSetup(kind: .desired, style: .dots, dotsPerVoter: 3))]) { loop, client in
            var phone = Phone(client: client)
            _ = try await phone.join()
            _ = try await phone.post("/claim", [("participant", loop.state.participants[1].id.rawValue)])
            let wrong = try await phone.post("/stem", [("question", "q1"), ("n-presterend", "1"), ("n-netwerkend", "1")])
            #expect(wrong.status == .unprocessableContent && wrong.body.contains("3"))
            #expect(loop.state.round("q1")?.ballots.isEmpty == true)
            _ = try await phone.post("/stem", [("question", "q1"), ("n-presterend", "1"), ("n-netwerkend", "2")])
            #expect(loop.state.round("q1")?.ballots.first?.dots[.netwerkend] == 2)
            let page = try await phone.get("/stem")
            #expect(page.body.contains("Uitslag tot nu toe") && page.body.contains("67 %"))
        }
    }

    @Test func anAnonymousRoundTakesOneVotePerPhoneAndStoresNoName() async throws {
        try await withRoom([.openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single, anonymous: true))]) { loop, client in
            var phone = Phone(client: client)
            _ = try await phone.join()  // no name needed
            #expect(try await phone.get("/stem").body.contains("name=\"choice\""))
            #expect(try await phone.post("/stem", [("question", "q1"), ("choice", "rechtmatig")]).location == "/stem")
            let again = try await phone.post("/stem", [("question", "q1"), ("choice", "netwerkend")])
            #expect(again.status == .conflict && again.body.contains("al gestemd"))
            #expect(loop.state.round("q1")?.ballots.map(\.voter) == [nil])
            let journal = try JSONEncoder().encode(loop.session.history.events)
            #expect(!String(decoding: journal, as: UTF8.self).contains("\"voter\""))
        }
    }

    @Test func aWeefselRowIsGivenWholeNamedOrInTheNextFreeAnonymousRow() async throws {
        let indicator = Method.weefselIndicators[0].id, other = Method.weefselIndicators[5].id
        try await withRoom([.openWeefselRound(WeefselRoundSetup())], question: weefselQuestion) { loop, client in
            var phone = Phone(client: client)
            _ = try await phone.join()
            let fatma = loop.state.participants[4].id
            _ = try await phone.post("/claim", [("participant", fatma.rawValue)])
            #expect(try await phone.get("/stem").body.split(separator: "role=\"radiogroup\"").count == 15)  // 14 indicators
            _ = try await phone.post("/stem", [("question", "w1"), ("s-" + indicator, "4"), ("s-" + other, "0"), ("s-weefsel.gunnen", "")])
            let answers = try #require(loop.state.weefselRound("w1")).answers
            #expect(answers == [WeefselCell(row: fatma.rawValue, indicator: indicator): 4, WeefselCell(row: fatma.rawValue, indicator: other): dontKnowScore])
            let bad = try await phone.post("/stem", [("question", "w1"), ("s-" + indicator, "9")])
            #expect(bad.status == .unprocessableContent)
        }
        try await withRoom([.openWeefselRound(WeefselRoundSetup(anonymous: true))], question: weefselQuestion) { loop, client in
            for _ in 0..<2 {
                var phone = Phone(client: client)
                _ = try await phone.join()
                _ = try await phone.post("/stem", [("question", "w1"), ("s-" + indicator, "3")])
            }
            #expect(Set(try #require(loop.state.weefselRound("w1")).answers.keys.map(\.row)) == ["r1", "r2"])
        }
    }

    @Test func agendaDotsFromAPhoneAreCountedUpToTheNumberTheFacilitatorSet() async throws {
        let topics: [WorkshopCommand] = [.add(AgendaTopic(text: "Eén loket", dots: 1)), .add(AgendaTopic(text: "Leerbanen")), .setAgendaDotsPerVoter(3)]
        try await withRoom(topics, question: { _ in .agenda }) { loop, client in
            var phone = Phone(client: client)
            _ = try await phone.join()
            #expect(try await phone.get("/stem").location == "/wie")  // a name first
            let chloe = loop.state.participants[2].id
            _ = try await phone.post("/claim", [("participant", chloe.rawValue)])
            #expect(try await phone.get("/stem").body.contains("Leerbanen"))
            let tooMany = try await phone.post("/stem", [("question", "agenda"), ("n-g1", "2"), ("n-g2", "2")])
            #expect(tooMany.status == .unprocessableContent && tooMany.body.contains("1 tot en met 3 stippen"))
            #expect(try await phone.post("/stem", [("question", "agenda"), ("n-g2", "3")]).location == "/stem")
            #expect(AgendaTopic.ranked(loop.state.agendaWithPhoneDots).map(\.text) == ["Leerbanen", "Eén loket"])
            _ = try await phone.post("/stem", [("question", "agenda"), ("n-g1", "1")])  // replaces
            #expect(loop.state.agendaBallots == [chloe: ["g1": 1]])
            #expect(loop.state.agendaWithPhoneDots.map(\.dots) == [2, 0] && loop.state.agendaTopics.map(\.dots) == [1, 0])
        }
    }

    @Test func aVoteForAQuestionThatIsNotOpenChangesNothing() async throws {
        try await withRoom([.openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single))]) { loop, client in
            var phone = Phone(client: client)
            _ = try await phone.join()
            _ = try await phone.post("/claim", [("participant", loop.state.participants[0].id.rawValue)])
            try loop.facilitator(.openQuadrantRound(QuadrantRoundSetup(kind: .desired, style: .single)))
            let stale = try await phone.post("/stem", [("question", "q1"), ("choice", "netwerkend")])
            #expect(stale.status == .conflict && stale.body.contains("Deze vraag is gesloten; je stem is niet meegeteld."))
            try loop.openQuestion(nil)
            #expect(try await phone.get("/stem").body.contains("Nog even geduld"))
            #expect(loop.state.quadrantRounds.allSatisfy { $0.ballots.isEmpty })
        }
    }

    @Test func aFormFromAnotherSiteAnOversizedBodyAndNoCookieAreRefused() async throws {
        try await withRoom([.openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single, anonymous: true))]) { loop, client in
            var phone = Phone(client: client)
            _ = try await phone.join()
            let foreign = try await phone.post("/stem", [("question", "q1"), ("choice", "netwerkend")], extra: [.origin: "http://evil.example"])
            #expect(foreign.status == .forbidden && foreign.body.contains("niet van deze zaal"))
            let sameSite = try await phone.post("/stem", [("question", "q1"), ("choice", "netwerkend")],
                                                extra: [HTTPField.Name("Sec-Fetch-Site")!: "same-site", .origin: "http://localhost"])
            #expect(sameSite.status == .forbidden)
            let nullOrigin = try await phone.post("/stem", [("question", "q1"), ("choice", "netwerkend")], extra: [.origin: "null"])
            #expect(nullOrigin.status == .forbidden)  // without Sec-Fetch-Site, an opaque origin is not the room
            let huge = try await phone.post("/stem", [("question", "q1"), ("choice", String(repeating: "x", count: 20_000))])
            #expect(huge.status == .contentTooLarge)
            let stranger = Phone(client: client)
            #expect(try await stranger.post("/stem", [("question", "q1"), ("choice", "netwerkend")]).status == .unauthorized)
            #expect(try await stranger.get("/nergens").status == .notFound)
            #expect(loop.state.round("q1")?.ballots.isEmpty == true)
        }
    }

    @Test func theEventStreamSaysTheQuestionAndWhenItChanges() async throws {
        let loop = try LoopStandIn(commands: demo + [.openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single))], question: quadrantQuestion)
        defer { loop.stop() }
        try await Application(router: RoomServer.router(loop.room)).test(.router) { client in
            var phone = Phone(client: client)
            #expect(try await phone.get("/events").status == .unauthorized)
            _ = try await phone.join()
            let room = loop.room
            let watching = Task { try await phone.get("/events") }
            for _ in 0..<500 where room.watchers == 0 { try await Task.sleep(nanoseconds: 10_000_000) }
            room.endWatching()
            let stream = try await watching.value
            #expect(stream.headers[.contentType] == "text/event-stream")
            #expect(stream.body.hasPrefix("data: q1|0/5|"), "\(stream.body)")
        }
    }

    @Test func aScoredPhoneSeesTheMeansUnlessTheRoundIsBlind() async throws {
        let indicator = Method.weefselIndicators[0].id
        for blind in [false, true] {
            try await withRoom([.openWeefselRound(WeefselRoundSetup(blind: blind))], question: weefselQuestion) { loop, client in
                var phone = Phone(client: client)
                _ = try await phone.join()
                _ = try await phone.post("/claim", [("participant", loop.state.participants[0].id.rawValue)])
                _ = try await phone.post("/stem", [("question", "w1"), ("s-" + indicator, "4")])
                let page = try await phone.get("/stem").body
                #expect(page.contains("Ontvangen"))
                #expect(page.contains("Uitslag tot nu toe") == !blind)
                #expect(page.contains("De uitslag volgt") == blind)
            }
        }
    }

    @Test func theLivePageAndEnglish() async throws {
        let loop = try LoopStandIn(commands: demo, language: .en, question: quadrantQuestion)
        defer { loop.stop() }
        try await Application(router: RoomServer.router(loop.room)).test(.router) { client in
            var phone = Phone(client: client)
            #expect(try await phone.get("/").body.contains("Room code"))
            _ = try await phone.join()
            _ = try await phone.post("/claim", [("participant", loop.state.participants[0].id.rawValue)])
            #expect(try await phone.get("/stem").body.contains("the facilitator will open the next question"))
            let script = try await phone.get("/live.js")
            #expect(script.headers[.contentType]?.hasPrefix("text/javascript") == true && script.body.contains("EventSource"))
        }
    }
}

/// The projector sleeps until something changes: a phone that joins or speaks for someone
/// wakes it, and it knows when a silent phone stops counting as connected.
@Suite struct RoomWakeTests {
    func isAwake(_ inbox: CommandInbox) -> Bool {
        var fd = pollfd(fd: inbox.wakeDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&fd, 1, 0) > 0
    }

    @Test func joiningAndSpeakingForSomeoneWakeTheRunLoop() {
        let inbox = CommandInbox()
        let state = WorkshopState()
        let room = Room(code: "123456", inbox: inbox, snapshot: RoomSnapshot(state: state, language: .nl))
        let t = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(room.join(code: "000000", from: "10.0.0.2", now: t) == .wrongCode)
        #expect(!isAwake(inbox))
        guard case let .joined(token) = room.join(code: "123456", from: "10.0.0.2", now: t) else { Issue.record("not joined"); return }
        #expect(isAwake(inbox))
        _ = inbox.drain()
        #expect(!isAwake(inbox))
        #expect(room.claim(ParticipantID("p1"), by: token) == nil)
        #expect(isAwake(inbox))
        // Heard from at t: counted until t + 90 s, and the screen is told when that is.
        #expect(room.nextDisconnect(now: t.addingTimeInterval(10)) == t.addingTimeInterval(Room.connectedSeconds))
        #expect(room.connectedDevices(now: t.addingTimeInterval(Room.connectedSeconds + 1)) == 0)
        #expect(room.nextDisconnect(now: t.addingTimeInterval(Room.connectedSeconds + 1)) == nil)
    }
}
