import Foundation
import Glibc
import Hummingbird
import HummingbirdCore
import NIOPosix
import Logging

/// A room being served: `start` binds the address (port 0 takes a free one) and returns
/// once the server listens; `stop` ends it. Quitting the program stops it too.
public final class RunningRoom: @unchecked Sendable {
    public let room: Room
    public let host: String
    public let port: Int
    private let task: Task<Void, Never>

    /// What a phone opens: the address with the code, so that a scanned QR code fills it in.
    public var joinAddress: String { "http://\(host):\(port)/?code=\(room.code)" }
    /// The address to type, without the code.
    public var address: String { "http://\(host):\(port)" }

    private init(room: Room, host: String, port: Int, task: Task<Void, Never>) {
        self.room = room
        self.host = host
        self.port = port
        self.task = task
    }

    /// Why the room could not open.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Connections the kernel may hold for the server before it accepts them: a room of 200
    /// phones opens 400 and more at the same moment (page, live stream, fetches), and one
    /// dropped from a full queue waits a second for its retry.
    public static let pendingConnections = 2048

    /// Serves `room` on `host:port`; waits at most `timeout` seconds for the server to listen.
    public static func start(_ room: Room, host: String, port: Int, timeout: TimeInterval = 5) throws -> RunningRoom {
        let bound = Bound()
        var logger = Logger(label: "routekaart-room")
        logger.logLevel = .critical  // nothing is written over the projected screen
        let responder = RoomServer.router(room).buildResponder()
        let quiet = logger
        let cap = ConnectionCap()
        let task = Task {
            do {
                // HummingbirdCore's server, not `Application`: that one runs a one-second timer
                // for the `Date` header, which wakes the program every second while nothing happens.
                let server = try HTTPServerBuilder.http1(configuration: .init(additionalChannelHandlers: [cap.handler()])).buildServer(
                    configuration: ServerConfiguration(address: .hostname(host, port: port), serverName: nil, backlog: pendingConnections),
                    eventLoopGroup: MultiThreadedEventLoopGroup.singleton, logger: quiet,
                    responder: { request, responseWriter, channel in
                        let context = RoomRequestContext(source: .init(channel: channel, logger: quiet))
                        var response: Response
                        do {
                            response = try await responder.respond(to: request, context: context)
                        } catch {
                            response = Response(status: .internalServerError)
                        }
                        response.headers[.date] = httpDate(Date())
                        try await responseWriter.write(response: response.head, body: response.body)
                        // A refusal that says so ends the connection: it holds no descriptor.
                        if response.headers[.connection] == "close" { try await channel.close() }
                    },
                    onServerRunning: { channel in
                        let actual = channel.localAddress?.port ?? port
                        room.serve(at: "\(host):\(actual)")  // before the first request can arrive
                        bound.set(.success(actual))
                    })
                try await server.run()
            } catch {
                bound.set(.failure(Failure(description: "\(error)")))
            }
        }
        switch bound.wait(timeout) {
        case let .success(actualPort)?:
            return RunningRoom(room: room, host: host, port: actualPort, task: task)
        case let .failure(error)?:
            task.cancel()
            throw error
        case nil:
            task.cancel()
            throw Failure(description: "no answer from the server in \(Int(timeout)) s")
        }
    }

    public func stop() {
        room.endWatching()
        task.cancel()
        room.waitUntilMemoryWritten()
    }

    /// The first result of starting, handed from the server's thread to the waiting one.
    private final class Bound: @unchecked Sendable {
        private let lock = NSLock()
        private let ready = DispatchSemaphore(value: 0)
        private var result: Result<Int, Failure>?

        func set(_ value: Result<Int, Failure>) {
            let first = lock.withLock { () -> Bool in
                guard result == nil else { return false }
                result = value
                return true
            }
            if first { ready.signal() }
        }

        func wait(_ timeout: TimeInterval) -> Result<Int, Failure>? {
            _ = ready.wait(timeout: .now() + timeout)
            return lock.withLock { result }
        }
    }
}

/// "Mon, 07 Dec 2026 23:22:04 GMT" (RFC 9110), whatever the program's locale.
func httpDate(_ date: Date) -> String {
    var t = time_t(date.timeIntervalSince1970)
    var parts = tm()
    gmtime_r(&t, &parts)
    let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return String(format: "%@, %02d %@ %04d %02d:%02d:%02d GMT", days[Int(parts.tm_wday)], parts.tm_mday, months[Int(parts.tm_mon)],
                  parts.tm_year + 1900, parts.tm_hour, parts.tm_min, parts.tm_sec)
}

/// The laptop's address on the room's network.
public enum LocalNetwork {
    /// The first IPv4 address that is not loopback (the venue's Wi-Fi or the laptop's own hotspot).
    public static func firstAddress() -> String? {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return nil }
        defer { freeifaddrs(list) }
        var entry: UnsafeMutablePointer<ifaddrs>? = first
        while let e = entry {
            defer { entry = e.pointee.ifa_next }
            guard let address = e.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET),
                  e.pointee.ifa_flags & UInt32(IFF_LOOPBACK) == 0, e.pointee.ifa_flags & UInt32(IFF_UP) != 0 else { continue }
            var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if getnameinfo(address, socklen_t(MemoryLayout<sockaddr_in>.size), &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST) == 0 {
                return String(cString: host)
            }
        }
        return nil
    }
}
