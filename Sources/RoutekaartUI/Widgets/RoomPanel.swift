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

    /// The projector's view of the room: the code and the address in block letters that
    /// the back row can read, the QR code beside them when there is room.
    static func drawLarge(_ room: RoomInfo, language: Language, in area: Rect, into frame: inout Frame) {
        let qr = QRBlock.size(room.qr)
        let qrBeside = area.width - qr.width - 4 >= (BigText.width(grouped(room.code)) ?? 0) + 4 && qr.height <= area.height
        let text = qrBeside ? Rect(x: area.x, y: area.y, width: area.width - qr.width - 4, height: area.height) : area
        var y = text.y + 1
        PresentationScreen.centre(UIText.roomStep2(language), y: y, in: text, style: .heading, into: &frame)
        y += 2
        let address = room.address.replacingOccurrences(of: "http://", with: "")
        if let rows = BigText.drawCentred(address, in: Rect(x: text.x, y: y, width: text.width, height: BigText.height), style: .accent, into: &frame) {
            y += rows + 1
        } else {
            PresentationScreen.centre(room.address, y: y, in: text, style: .title, into: &frame)
            y += 2
        }
        PresentationScreen.centre(UIText.roomCode(language), y: y, in: text, style: .heading, into: &frame)
        y += 2
        if let rows = BigText.drawCentred(grouped(room.code), in: Rect(x: text.x, y: y, width: text.width, height: BigText.height), style: .title, into: &frame) {
            y += rows + 1
        } else {
            PresentationScreen.centre(grouped(room.code), y: y, in: text, style: .title, into: &frame)
            y += 2
        }
        PresentationScreen.centre(UIText.roomDevices(room.devices, language), y: min(y, text.maxY - 1), in: text, style: .done, into: &frame)
        if qrBeside { QRBlock.draw(room.qr, at: area.maxX - qr.width - 1, area.y + max(0, (area.height - qr.height) / 2), into: &frame) }
    }

    /// "123 456": easier to read out.
    static func grouped(_ code: String) -> String {
        code.count == 6 ? String(code.prefix(3)) + " " + String(code.suffix(3)) : code
    }
}
