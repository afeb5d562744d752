import ArgumentParser
import Foundation
import RoutekaartCore
import RoutekaartRoom
import RoutekaartUI

/// Options of the full-screen commands for the room: the phones vote over the local network.
struct RoomOptions: ParsableArguments {
    @Flag(help: "Open the room for the phones at once (the key M does the same, and closes it).")
    var room = false

    @Option(help: "Where the room listens, as ADDRESS:PORT (default: this laptop's first network address and a free port). Use 127.0.0.1 to test alone.")
    var listen: String?

    mutating func validate() throws {
        guard let listen else { return }
        guard listenAddress != nil else { throw ValidationError(UsageText.listen(UsageText.language, listen)) }
    }

    /// The host and port of `--listen`; port 0 takes a free one.
    var listenAddress: (host: String, port: Int)? {
        guard let listen, let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]),
              (0...65_535).contains(port), colon > listen.startIndex else { return nil }
        return (String(listen[..<colon]), port)
    }
}

/// The room as the program runs it: opened with M or `--room`, fed the workshop after every
/// pass of the run loop, closed on M and when the program ends.
final class RoomService: RoomControl {
    private let inbox: CommandInbox
    private let options: RoomOptions
    private let language: Language
    private var running: RunningRoom?
    /// The room while it is closed: its code and phones stay for when it opens again.
    private var kept: Room?
    private var qr: QRModules?
    /// The length of the log published last and whether it was all on disk; the same again is not sent.
    private var published: Published?
    private struct Published: Equatable {
        let events: Int
        let saved: Bool
    }
    /// The workshop whose state the phones follow; set once the app exists.
    weak var app: WorkshopApp?

    init(inbox: CommandInbox, options: RoomOptions, language: Language) {
        self.inbox = inbox
        self.options = options
        self.language = language
    }

    /// Opens the room with the code and the phones it had: those of this run, or those kept
    /// beside the session (after a quit or a crash); a new room only the first time.
    func open() throws -> RoomInfo {
        guard let host = options.listenAddress?.host ?? LocalNetwork.firstAddress() else {
            throw Failure(RoomServiceText.noNetwork(language))
        }
        let memoryFile = app?.session.path.map(RoomMemory.path(beside:))
        let room = kept ?? Room(inbox: inbox, snapshot: snapshot(), memory: memoryFile.flatMap(RoomMemory.read), memoryFile: memoryFile)
        kept = room
        room.publish(snapshot())
        let started = try RunningRoom.start(room, host: host, port: options.listenAddress?.port ?? 0)
        running = started
        qr = Self.modules(started.joinAddress)
        return info()!
    }

    func close() {
        running?.stop()
        running = nil
        qr = nil
        published = nil
    }

    func info() -> RoomInfo? {
        guard let running, let qr else { return nil }
        let now = Date()
        return RoomInfo(address: running.address, code: running.room.code, qr: qr, devices: running.room.connectedDevices(now: now),
                        devicesChange: running.room.nextDisconnect(now: now).map { Timestamp(secondsSince1970: $0.timeIntervalSince1970) })
    }

    func release(_ participant: ParticipantID) { running?.room.release(participant) }

    func renewCode() {
        guard let running else { return }
        running.room.renewCode()
        qr = Self.modules(running.joinAddress)
    }

    static func modules(_ address: String) -> QRModules? {
        QRCode(address).map { code in
            QRModules(size: code.size, dark: (0..<code.size * code.size).map { code.isDark(x: $0 % code.size, y: $0 / code.size) })
        }
    }

    func claimed() -> Set<ParticipantID> { running?.room.claimed ?? [] }

    /// Hands the phones the workshop as it now stands, after each pass of the run loop;
    /// what they are asked is part of it (`WorkshopState.openQuestion`).
    func publish() {
        guard let running, let app else { return }
        let now = Published(events: app.session.history.events.count, saved: !app.session.needsSaving)
        if published == now { return }
        published = now
        running.room.publish(snapshot())
    }

    private func snapshot() -> RoomSnapshot {
        RoomSnapshot(state: app?.session.state ?? WorkshopState(), language: language, saved: !(app?.session.needsSaving ?? false))
    }
}

/// The texts of this file, in Dutch and English.
enum RoomServiceText {
    static let noNetwork = LocalizedText(nl: "deze laptop heeft geen netwerk; verbind met de wifi van de zaal of zet een hotspot aan (of geef --listen)",
                                         en: "this laptop has no network; connect to the room's Wi-Fi or turn on a hotspot (or give --listen)")
}
