import Glibc
import NIOCore
import Synchronization

/// The most connections the room keeps open at once: the files the process may open, less
/// a reserve for the session, its journal and the program's own work. A connection past it
/// is closed as soon as it is accepted, so that a phone (or anything else) that opens
/// connections without end never leaves the program without descriptors.
final class ConnectionCap: Sendable {
    /// Descriptors kept for the program's own files whatever the phones do.
    static let reserve = 128
    let limit: Int
    private let open = Atomic<Int>(0)

    init(limit: Int = ConnectionCap.descriptorLimit - ConnectionCap.reserve) { self.limit = max(1, limit) }

    /// The files this process may open now (`RLIMIT_NOFILE`, soft).
    static var descriptorLimit: Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1024 }
        return limit.rlim_cur == rlim_t.max ? Int.max / 2 : Int(clamping: limit.rlim_cur)
    }

    /// A handler for one connection's pipeline: it counts the connection while it is there
    /// and closes it at once when the room holds `limit` already.
    func handler() -> Counted { Counted(cap: self) }

    final class Counted: ChannelInboundHandler, RemovableChannelHandler, Sendable {
        typealias InboundIn = NIOAny
        let cap: ConnectionCap

        init(cap: ConnectionCap) { self.cap = cap }

        func handlerAdded(context: ChannelHandlerContext) {
            if cap.open.wrappingAdd(1, ordering: .relaxed).newValue > cap.limit { context.close(promise: nil) }
        }

        func handlerRemoved(context: ChannelHandlerContext) {
            cap.open.wrappingSubtract(1, ordering: .relaxed)
        }
    }
}
