import RoutekaartCore

/// The room's web server as the app sees it; the command line supplies it (tests give a
/// stand-in). The app never talks HTTP: it opens, closes and shows what to show.
public protocol RoomControl: AnyObject {
    /// Opens the room; throws what stands in the way, in words for the facilitator.
    func open() throws -> RoomInfo
    func close()
    /// What the room shows while it is open; nil while it is closed.
    func info() -> RoomInfo?
    /// Frees a participant, so that another phone may choose the name.
    func release(_ participant: ParticipantID)
    /// The participants that a phone speaks for.
    func claimed() -> Set<ParticipantID>
    /// A fresh code when the old one leaked; every phone joins again.
    func renewCode()
}

/// How the room is joined, and how many phones are in it.
public struct RoomInfo: Sendable, Equatable {
    /// What to type: "http://192.168.1.10:8080".
    public var address: String
    public var code: String
    /// The QR code of the address with the code.
    public var qr: QRModules
    public var devices: Int
    /// When `devices` drops next unless the phones are heard from (the screen wakes then).
    public var devicesChange: Timestamp?

    public init(address: String, code: String, qr: QRModules, devices: Int, devicesChange: Timestamp? = nil) {
        self.address = address
        self.code = code
        self.qr = qr
        self.devices = devices
        self.devicesChange = devicesChange
    }
}

/// The dark and light modules of a QR code, row by row.
public struct QRModules: Sendable, Equatable {
    public let size: Int
    public let dark: [Bool]

    public init(size: Int, dark: [Bool]) {
        self.size = size
        self.dark = dark
    }

    public func isDark(_ x: Int, _ y: Int) -> Bool { x >= 0 && y >= 0 && x < size && y < size && dark[y * size + x] }
}
