import RoutekaartCore

/// How the room joins, in a box: the steps, the address, the code and the QR code, and how
/// many phones are in. The QR code goes beside the text when there is room, else below it.
enum RoomPanel {
    static func draw(_ room: RoomInfo, language: Language, in area: Rect, into frame: inout Frame) {
        let qr = QRBlock.size(room.qr)
        let sideBySide = area.width >= qr.width + 38
        let width = min(area.width - 2, sideBySide ? qr.width + 54 : max(qr.width + 4, 60))
        let height = min(area.height, sideBySide ? max(qr.height, 12) + 2 : qr.height + 14)
        let box = area.centered(width: width, height: height)
        let inside = Box.panel(box, title: UIText.roomTitle(language), style: .accent, into: &frame)
        let text = sideBySide ? Rect(x: inside.x, y: inside.y, width: inside.width - qr.width - 2, height: inside.height) : inside
        var y = text.y
        y += Paragraph.draw("1. " + UIText.roomStep1(language), in: Rect(x: text.x, y: y, width: text.width, height: 3), into: &frame) + 1
        y += Paragraph.draw("2. " + UIText.roomStep2(language), in: Rect(x: text.x, y: y, width: text.width, height: 2), into: &frame)
        frame.put("   " + room.address, x: text.x, y: y, width: text.width, style: .title)
        y += 2
        frame.put("3. " + UIText.roomCode(language) + " " + grouped(room.code), x: text.x, y: y, width: text.width, style: .title)
        y += 2
        frame.put(UIText.roomDevices(room.devices, language), x: text.x, y: y, width: text.width, style: .done)
        y += 2
        let qrX = sideBySide ? inside.maxX - qr.width : inside.x + max(0, (inside.width - qr.width) / 2)
        let qrY = sideBySide ? inside.y : y
        if qrY + qr.height <= inside.maxY + 1, qr.width <= inside.width { QRBlock.draw(room.qr, at: qrX, qrY, into: &frame) }
    }

    /// "123 456": easier to read out.
    static func grouped(_ code: String) -> String {
        code.count == 6 ? String(code.prefix(3)) + " " + String(code.suffix(3)) : code
    }
}
