import RoutekaartCore

/// Draws a QR code with half blocks: two rows of modules in one row of cells, dark on
/// light, with the quiet zone of four modules that scanners need.
enum QRBlock {
    static let quietZone = 4

    /// The cells the code takes: width and height.
    static func size(_ qr: QRModules) -> (width: Int, height: Int) {
        let side = qr.size + 2 * quietZone
        return (side, (side + 1) / 2)
    }

    static func draw(_ qr: QRModules, at x: Int, _ y: Int, into frame: inout Frame) {
        let (width, height) = size(qr)
        for row in 0..<height {
            var line = ""
            for column in 0..<width {
                let top = qr.isDark(column - quietZone, 2 * row - quietZone)
                let bottom = qr.isDark(column - quietZone, 2 * row + 1 - quietZone)
                line += top ? (bottom ? "█" : "▀") : (bottom ? "▄" : " ")
            }
            frame.put(line, x: x, y: y + row, style: .qrCode)
        }
    }
}
