import CQREncode

/// A QR code as a square of dark and light modules, made by libqrencode.
public struct QRCode: Sendable, Equatable {
    public let size: Int
    private let modules: [Bool]

    /// The code of `text`, with medium error correction; nil when the text cannot be encoded.
    public init?(_ text: String) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        size = width
        modules = (0..<width * width).map { rk_qr_dark(code, Int32($0 % width), Int32($0 / width)) != 0 }
    }

    public func isDark(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < size && y < size && modules[y * size + x]
    }
}
