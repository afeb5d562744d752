import Foundation
import RoutekaartCore

/// What the phones may see, as the run loop last published it: the workshop after the
/// latest fold (with the question open to the room) and the session's language.
public struct RoomSnapshot: Sendable, Equatable {
    public var state: WorkshopState
    public var language: Language

    public init(state: WorkshopState, language: Language) {
        self.state = state
        self.language = language
    }

    /// What the phones are asked now; nil: they wait.
    public var question: RoomQuestion? { state.openQuestion }
}

/// The room: its code, the phones that joined and whom they speak for, and the latest
/// snapshot. Thread-safe; the web server reads and updates it from its own threads. It
/// never changes the workshop: votes go through `inbox` to the run loop.
public final class Room: @unchecked Sendable {
    /// The six digits a phone needs to join.
    public let code: String
    public let inbox: CommandInbox

    private let lock = NSLock()
    private var snapshot: RoomSnapshot
    private var version = 0
    private var devices: [String: Device] = [:]
    private var claims: [ParticipantID: String] = [:]
    /// Anonymous rounds this device has voted in: "round|token". Which ballot it cast is never kept.
    private var anonymousVotes: Set<String> = []
    private var wrongCodes: [String: [Date]] = [:]

    /// Wrong codes an address may try in a minute.
    public static let wrongCodesPerMinute = 5
    /// A phone counts as connected while it was heard from this recently.
    public static let connectedSeconds: TimeInterval = 90

    struct Device {
        var participant: ParticipantID?
        var lastSeen: Date
    }

    public init(code: String = Room.newCode(), inbox: CommandInbox, snapshot: RoomSnapshot) {
        self.code = code
        self.inbox = inbox
        self.snapshot = snapshot
    }

    /// Six random digits.
    public static func newCode() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(format: "%06d", Int.random(in: 0...999_999, using: &generator))
    }

    // MARK: The workshop as published

    /// Called by the run loop when the workshop or the open question changed; phones that
    /// watch see the change.
    public func publish(_ next: RoomSnapshot) {
        let present = Set(next.state.participants.map(\.id))
        lock.withLock {
            snapshot = next
            version += 1
            // A participant who is no longer there is claimed by nobody.
            for (id, token) in claims where !present.contains(id) {
                claims[id] = nil
                devices[token]?.participant = nil
            }
        }
    }

    public var current: (snapshot: RoomSnapshot, version: Int) { lock.withLock { (snapshot, version) } }

    // MARK: Phones

    /// The outcome of entering a room code.
    public enum Joining: Equatable, Sendable {
        case joined(token: String)
        case wrongCode
        case tooManyTries
    }

    /// A phone at `address` enters `code`; a right code gives it a token for its cookie.
    public func join(code entered: String, from address: String, now: Date) -> Joining {
        let joining = lock.withLock { () -> Joining in
            let recent = (wrongCodes[address] ?? []).filter { now.timeIntervalSince($0) < 60 }
            wrongCodes[address] = recent
            guard recent.count < Self.wrongCodesPerMinute else { return .tooManyTries }
            guard entered.filter(\.isNumber) == code else {
                wrongCodes[address] = recent + [now]
                return .wrongCode
            }
            var generator = SystemRandomNumberGenerator()
            let token = (0..<4).map { _ in String(format: "%08x", UInt32.random(in: 0...UInt32.max, using: &generator)) }.joined()
            devices[token] = Device(participant: nil, lastSeen: now)
            return .joined(token: token)
        }
        if case .joined = joining { inbox.wakeUp() }  // the projected count of phones changes
        return joining
    }

    /// Whether `token` belongs to a phone in the room; hearing from it keeps it connected.
    public func knows(_ token: String?, now: Date) -> Bool {
        lock.withLock {
            guard let token, devices[token] != nil else { return false }
            devices[token]?.lastSeen = now
            return true
        }
    }

    /// Whom the phone speaks for, if it chose a participant.
    public func participant(of token: String) -> ParticipantID? {
        lock.withLock { devices[token]?.participant }
    }

    /// The participants that some phone speaks for.
    public var claimed: Set<ParticipantID> { lock.withLock { Set(claims.keys) } }

    /// The phone speaks for `participant` from now on; false when another phone does already.
    public func claim(_ participant: ParticipantID, by token: String) -> Bool {
        let claimed = lock.withLock {
            guard devices[token] != nil else { return false }
            if let holder = claims[participant], holder != token { return false }
            if let previous = devices[token]?.participant { claims[previous] = nil }
            claims[participant] = token
            devices[token]?.participant = participant
            return true
        }
        if claimed { inbox.wakeUp() }  // the screens mark whom a phone speaks for
        return claimed
    }

    /// The facilitator frees `participant`, for instance after a phone died; another phone may choose it.
    public func release(_ participant: ParticipantID) {
        lock.withLock {
            if let token = claims.removeValue(forKey: participant) { devices[token]?.participant = nil }
        }
    }

    /// Reserves the one vote this phone has in anonymous round `round`; false when it voted already.
    public func reserveAnonymousVote(_ round: String, by token: String) -> Bool {
        lock.withLock { anonymousVotes.insert(round + "|" + token).inserted }
    }

    /// Gives the vote back when it was refused.
    public func cancelAnonymousVote(_ round: String, by token: String) {
        _ = lock.withLock { anonymousVotes.remove(round + "|" + token) }
    }

    public func hasVotedAnonymously(_ round: String, token: String) -> Bool {
        lock.withLock { anonymousVotes.contains(round + "|" + token) }
    }

    /// When the count of connected phones drops next, unless they are heard from again.
    public func nextDisconnect(now: Date) -> Date? {
        lock.withLock {
            devices.values.map { $0.lastSeen.addingTimeInterval(Self.connectedSeconds) }.filter { $0 > now }.min()
        }
    }

    /// Phones heard from in the last `connectedSeconds`.
    public func connectedDevices(now: Date) -> Int {
        lock.withLock { devices.values.filter { now.timeIntervalSince($0.lastSeen) < Self.connectedSeconds }.count }
    }
}
