import Foundation
import RoutekaartCore
import Synchronization

/// What the phones may see, as the run loop last published it: the workshop after the
/// latest fold (with the question open to the room), the session's language, and whether
/// all of it is on disk.
public struct RoomSnapshot: Sendable, Equatable {
    public let state: WorkshopState
    public let language: Language
    /// False while writing fails: an answer the phone sees as given is only in memory, and
    /// the phone is told so instead of "received".
    public let saved: Bool
    /// What the phones are asked now; nil: they wait.
    public let ask: PhoneQuestion?

    /// What a phone's live page shows, in one line: the question, how many answered, and the
    /// result where the phones may see it. A phone's stream wakes only when this changes, so
    /// a screen switch on the laptop or a note typed wakes no phone.
    public let liveKey: String
    /// The page's live part (`#live`): how many answered, and — for a phone that answered —
    /// whether its answer is saved, and the result so far.
    let liveTurnout: String, liveAnswered: String
    /// The event each phone's stream sends for this snapshot, for a phone that did not answer
    /// and one that did: the key on its first line, the live part on its second. Made once,
    /// sent to every phone.
    let liveEvent: (unanswered: String, answered: String)

    public init(state: WorkshopState, language: Language, saved: Bool = true) {
        self.state = state
        self.language = language
        self.saved = saved
        let ask = PhoneQuestion(state, language)
        self.ask = ask
        let turnout = ask.map { "<p class=\"small\" role=\"status\">" + RoomPages.escape($0.turnout.line(language)) + "</p>" } ?? ""
        let result = ask.map { RoomPages.result($0.result, language) } ?? ""
        liveTurnout = turnout
        liveAnswered = (saved ? RoomPages.message(RoomText.received(language)) : RoomPages.message(RoomText.notSavedYet(language), problem: true))
            + turnout + result
        let key = ask.map { ask in
            ask.question.key + "|" + String(ask.turnout.answered) + "/" + String(ask.turnout.expected) + "|"
                + CRC32.hex(CRC32.checksum(Array(result.utf8))) + (saved ? "" : "|niet-bewaard")
        } ?? "none"
        liveKey = key
        func event(_ live: String) -> String {
            "data: " + key + "\ndata: " + String(live.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 }) + "\n\n"
        }
        liveEvent = (event(liveTurnout), event(liveAnswered))
    }

    public static func == (a: RoomSnapshot, b: RoomSnapshot) -> Bool {
        a.state == b.state && a.language == b.language && a.saved == b.saved && a.ask == b.ask && a.liveKey == b.liveKey
    }

    /// The page's live part, as a phone that answered sees it or one that did not.
    func live(answered: Bool) -> String { answered ? liveAnswered : liveTurnout }
}

/// The room: its code, the phones that joined and whom they speak for, and the latest
/// snapshot. Thread-safe (one `Mutex`); the web server reads and updates it from its own
/// threads. It never changes the workshop: votes go through `inbox` to the run loop.
/// What the phones would lose on a restart (the code, each phone's name) is kept in
/// `RoomMemory` beside the session after every change.
public final class Room: Sendable {
    public let inbox: CommandInbox
    private let memoryWriter: RoomMemoryWriter?
    private let state: Mutex<State>

    /// Wrong codes an address may try in a minute.
    public static let wrongCodesPerMinute = 5
    /// Joins (right codes) an address may make in a minute: a phone that lost its cookie
    /// joins again, a script that stuffs the room does not.
    public static let joinsPerMinute = 10
    /// Participants one address may add itself as in a minute.
    public static let selfAddedPerMinute = 3
    /// A phone counts as connected while it was heard from this recently.
    public static let connectedSeconds: TimeInterval = 90

    struct State {
        var memory: RoomMemory
        var snapshot: RoomSnapshot
        var lastSeen: [String: Date] = [:]
        var wrongCodes: [String: [Date]] = [:]
        var joins: [String: [Date]] = [:]
        var selfAdded: [String: [Date]] = [:]
        var authority: String?
        var watchers: [Int: AsyncStream<RoomSnapshot>.Continuation] = [:]
        var nextWatcher = 0
        /// How many live streams each phone holds.
        var streamsOf: [String: Int] = [:]
        /// What the watching phones were last told, and when; whether a push waits for its moment.
        var pushedKey: String?
        var lastPush: DispatchTime?
        var pushWaits = false
    }

    /// `memoryFile`: where the code and the phones' names are kept (0600), read back by `RoomMemory.read`.
    public init(code: String = Room.newCode(), inbox: CommandInbox, snapshot: RoomSnapshot, memory: RoomMemory? = nil, memoryFile: String? = nil) {
        self.inbox = inbox
        memoryWriter = memoryFile.map(RoomMemoryWriter.init(file:))
        state = Mutex(State(memory: memory ?? RoomMemory(code: code), snapshot: snapshot, pushedKey: snapshot.liveKey))
        if memory == nil { state.withLock { keep($0.memory) } }
    }

    /// Six random digits.
    public static func newCode() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(format: "%06d", Int.random(in: 0...999_999, using: &generator))
    }

    /// The room's own "host:port" while it is served; a request for any other host (a web
    /// page elsewhere that rebinds a name to this laptop) is refused.
    public var authority: String? { state.withLock { $0.authority } }

    public func serve(at authority: String) { state.withLock { $0.authority = authority } }

    /// The six digits a phone needs to join.
    public var code: String { state.withLock { $0.memory.code } }

    /// A fresh code when the old one leaked: every phone joins again.
    public func renewCode() {
        state.withLock { s in
            s.memory = RoomMemory(code: Self.newCode())
            s.lastSeen = [:]
            keep(s.memory)
        }
        inbox.wakeUp()
    }

    private func keep(_ memory: RoomMemory) { memoryWriter?.keep(memory) }

    /// Returns once the memory as it is now is on disk: an anonymous vote is posted only
    /// after the phone's one vote in the round is remembered.
    public func memoryWritten() async { await memoryWriter?.written() }

    /// The same, waiting on this thread: before the room closes, and in tests.
    public func waitUntilMemoryWritten() { memoryWriter?.waitUntilWritten() }

    /// Changes the memory and keeps it on disk, in the same order as the changes (the
    /// writer is handed each version under the lock).
    private func remember<T>(_ change: (inout State) -> T) -> T {
        state.withLock { s in
            let before = s.memory
            let result = change(&s)
            if s.memory != before { keep(s.memory) }
            return result
        }
    }

    // MARK: The workshop as published

    /// Called by the run loop when the workshop changed; phones that watch are told when
    /// what they show changed (`RoomSnapshot.liveKey`), and only then: at once, or — within
    /// `livePushInterval` of the last time — once at its end, with the snapshot as it is then.
    public func publish(_ next: RoomSnapshot) {
        let present = Set(next.state.participants.map(\.id))
        let wait = remember { s -> Double? in
            s.snapshot = next
            // A participant who is no longer there is claimed by nobody.
            for (token, id) in s.memory.phones where id.map({ !present.contains($0) }) ?? false { s.memory.phones[token] = .some(nil) }
            guard next.liveKey != s.pushedKey, !s.pushWaits else { return nil }
            let since = s.lastPush.map { Double(DispatchTime.now().uptimeNanoseconds - $0.uptimeNanoseconds) / 1e9 } ?? .infinity
            if since >= Self.livePushInterval {
                Self.push(&s)
                return nil
            }
            s.pushWaits = true
            return Self.livePushInterval - since
        }
        if let wait {
            DispatchQueue.global().asyncAfter(deadline: .now() + wait) { [weak self] in
                self?.state.withLock { s in
                    s.pushWaits = false
                    if s.snapshot.liveKey != s.pushedKey { Self.push(&s) }
                }
            }
        }
    }

    /// The phones' live pages are brought up to date at most this often (seconds): 200 votes
    /// in a burst wake each phone's stream once or twice, not once for each pass of the loop.
    public static let livePushInterval = 0.25

    private static func push(_ s: inout State) {
        s.pushedKey = s.snapshot.liveKey
        s.lastPush = DispatchTime.now()
        for watcher in s.watchers.values { watcher.yield(s.snapshot) }
    }

    /// The workshop as the run loop published it last.
    public var snapshot: RoomSnapshot { state.withLock { $0.snapshot } }

    /// Live streams one phone may hold at once (a few tabs); more are refused. (All phones
    /// together are held to the connections the process may open: `ConnectionCap`.)
    public static let streamsPerPhone = 4

    /// The snapshot now, then each one that changes what a phone's live page shows
    /// (`RoomSnapshot.liveKey`), until the phone (`token`) goes away; nil when the phone
    /// holds `streamsPerPhone` already.
    public func watch(by token: String = "") -> AsyncStream<RoomSnapshot>? {
        let (stream, continuation) = AsyncStream.makeStream(of: RoomSnapshot.self, bufferingPolicy: .bufferingNewest(1))
        let id = state.withLock { s -> Int? in
            guard s.streamsOf[token, default: 0] < Self.streamsPerPhone else { return nil }
            let id = s.nextWatcher
            s.nextWatcher += 1
            s.watchers[id] = continuation
            s.streamsOf[token, default: 0] += 1
            continuation.yield(s.snapshot)
            return id
        }
        guard let id else { return nil }
        continuation.onTermination = { [weak self] _ in
            self?.state.withLock { s in
                guard s.watchers.removeValue(forKey: id) != nil else { return }
                s.streamsOf[token, default: 1] -= 1
                if s.streamsOf[token] == 0 { s.streamsOf[token] = nil }
            }
        }
        return stream
    }

    /// Ends every phone's stream (the room closes); the pages reconnect when it opens again.
    public func endWatching() {
        let watchers = state.withLock { s in
            defer {
                s.watchers = [:]
                s.streamsOf = [:]
            }
            return Array(s.watchers.values)
        }
        for watcher in watchers { watcher.finish() }
    }

    /// Phones whose live page is open now.
    public var watchers: Int { state.withLock { $0.watchers.count } }

    // MARK: Phones

    /// The outcome of entering a room code.
    public enum Joining: Equatable, Sendable {
        case joined(token: String)
        case wrongCode
        case tooManyTries
        case tooManyJoins
    }

    /// A phone at `address` enters `code`; a right code gives it a token for its cookie.
    public func join(code entered: String, from address: String, now: Date) -> Joining {
        let joining = remember { s -> Joining in
            let recent = (s.wrongCodes[address] ?? []).filter { now.timeIntervalSince($0) < 60 }
            s.wrongCodes[address] = recent
            guard recent.count < Self.wrongCodesPerMinute else { return .tooManyTries }
            guard entered.filter(\.isNumber) == s.memory.code else {
                s.wrongCodes[address] = recent + [now]
                return .wrongCode
            }
            let joins = (s.joins[address] ?? []).filter { now.timeIntervalSince($0) < 60 }
            guard joins.count < Self.joinsPerMinute else {
                s.joins[address] = joins
                return .tooManyJoins
            }
            s.joins[address] = joins + [now]
            var generator = SystemRandomNumberGenerator()
            let token = (0..<4).map { _ in String(format: "%08x", UInt32.random(in: 0...UInt32.max, using: &generator)) }.joined()
            s.memory.phones[token] = .some(nil)
            s.lastSeen[token] = now
            return .joined(token: token)
        }
        if case .joined = joining { inbox.wakeUp() }  // the projected count of phones changes
        return joining
    }

    /// Whether `address` may add one more participant now; counts it when it may.
    public func maySelfAdd(from address: String, now: Date) -> Bool {
        state.withLock { s in
            let recent = (s.selfAdded[address] ?? []).filter { now.timeIntervalSince($0) < 60 }
            guard recent.count < Self.selfAddedPerMinute else {
                s.selfAdded[address] = recent
                return false
            }
            s.selfAdded[address] = recent + [now]
            return true
        }
    }

    /// Whether `token` belongs to a phone in the room; hearing from it keeps it connected.
    public func knows(_ token: String?, now: Date) -> Bool {
        state.withLock { s in
            guard let token, s.memory.phones[token] != nil else { return false }
            s.lastSeen[token] = now
            return true
        }
    }

    /// Whom the phone speaks for, if it chose a participant.
    public func participant(of token: String) -> ParticipantID? {
        state.withLock { $0.memory.phones[token] ?? nil }
    }

    /// The participants that some phone speaks for.
    public var claimed: Set<ParticipantID> { state.withLock { Set($0.memory.phones.values.compactMap { $0 }) } }

    /// Why a phone may not speak for a participant.
    public enum Refusal: Error, Equatable, Sendable {
        /// Another phone speaks for them.
        case taken
        /// This phone voted in the open question as someone else.
        case votedAs(ParticipantID)
    }

    /// The phone speaks for `participant` from now on (nil), unless another phone does
    /// already or this phone answered the open question as someone else.
    public func claim(_ participant: ParticipantID, by token: String) -> Refusal? {
        let refusal = remember { s -> Refusal? in
            guard s.memory.phones[token] != nil else { return .taken }
            if s.memory.phones.contains(where: { $0.key != token && $0.value == participant }) { return .taken }
            if let question = s.snapshot.ask?.question.key, let voter = s.memory.answered[question + "|" + token], voter != participant {
                return .votedAs(voter)
            }
            s.memory.phones[token] = .some(participant)
            return nil
        }
        if refusal == nil { inbox.wakeUp() }  // the screens mark whom a phone speaks for
        return refusal
    }

    /// The facilitator frees `participant`, for instance after a phone died; another phone may choose it.
    public func release(_ participant: ParticipantID) {
        remember { s in
            for (token, id) in s.memory.phones where id == participant { s.memory.phones[token] = .some(nil) }
        }
    }

    /// The phone answered `question` as `voter` (named), so it cannot answer it as another.
    public func answered(_ question: String, as voter: ParticipantID, by token: String) {
        remember { s in s.memory.answered[question + "|" + token] = voter }
    }

    /// Reserves the one vote this phone has in anonymous round `round`; false when it voted already.
    public func reserveAnonymousVote(_ round: String, by token: String) -> Bool {
        remember { s in s.memory.anonymousVotes.insert(round + "|" + token).inserted }
    }

    /// Gives the vote back when it was refused.
    public func cancelAnonymousVote(_ round: String, by token: String) {
        remember { s in _ = s.memory.anonymousVotes.remove(round + "|" + token) }
    }

    public func hasVotedAnonymously(_ round: String, token: String) -> Bool {
        state.withLock { $0.memory.anonymousVotes.contains(round + "|" + token) }
    }

    /// When the count of connected phones drops next, unless they are heard from again.
    public func nextDisconnect(now: Date) -> Date? {
        state.withLock { s in
            s.lastSeen.values.map { $0.addingTimeInterval(Self.connectedSeconds) }.filter { $0 > now }.min()
        }
    }

    /// Phones heard from in the last `connectedSeconds`, or watching their live page.
    public func connectedDevices(now: Date) -> Int {
        state.withLock { s in s.lastSeen.values.filter { now.timeIntervalSince($0) < Self.connectedSeconds }.count }
    }
}
