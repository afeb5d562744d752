import RoutekaartCore
import Testing
import TestSupport
@testable import RoutekaartUI

/// The room as the facilitator sees it: M opens it and shows how to join, the status bar
/// counts the phones, P puts the QR code on the projector, M closes it again.
@Suite struct RoomScreenTests {
    final class StandIn: RoomControl {
        var isOpen = false
        var failure: String?
        var claims: Set<ParticipantID> = []
        var released: [ParticipantID] = []
        var devicesChange: Timestamp?
        var code = "123456"
        /// A small fixed pattern in the place of a real QR code.
        static let qr = QRModules(size: 21, dark: (0..<441).map { ($0 % 21 + $0 / 21) % 3 == 0 })

        struct Refused: Error, CustomStringConvertible { let description: String }

        func open() throws -> RoomInfo {
            if let failure { throw Refused(description: failure) }
            isOpen = true
            return info()!
        }
        func close() { isOpen = false }
        func info() -> RoomInfo? { isOpen ? RoomInfo(address: "http://192.168.1.10:8080", code: code, qr: Self.qr, devices: 3, devicesChange: devicesChange) : nil }
        func release(_ participant: ParticipantID) { released.append(participant); claims.remove(participant) }
        func claimed() -> Set<ParticipantID> { claims }
        func renewCode() { code = "654321" }
    }

    func app(_ room: StandIn, language: Language = .nl) throws -> WorkshopApp {
        try demoApp(language: language, environment: AppEnvironment(utcOffsetSeconds: 3600, room: room))
    }

    /// The count of phones on the status bar drops when a silent phone times out: the
    /// sleeping loop wakes for it.
    @Test func theScreenWakesWhenASilentPhoneStopsCounting() throws {
        let room = StandIn()
        let app = try app(room)
        app.handle(.char("M"), now: at(1), width: 120, height: 40)
        app.handle(.escape, now: at(2), width: 120, height: 40)
        app.tick(now: at(20))
        room.devicesChange = at(25)
        #expect(app.nextWake(now: at(20)) == Timestamp(milliseconds: at(25).milliseconds + 1))
        room.devicesChange = nil
        #expect(app.nextWake(now: at(20))!.milliseconds > at(25).milliseconds)
    }

    @Test func mOpensTheRoomShowsHowToJoinAndClosesIt() throws {
        let room = StandIn()
        let app = try app(room)
        press(app, [.char("M")])
        #expect(room.isOpen && app.view.overlay == .room(large: false))
        let screen = app.screen(120, 40)
        #expect(screen.contains("http://192.168.1.10:8080") && screen.contains("123 456") && screen.contains("3 telefoons verbonden"))
        #expect(screen.contains("▣ zaal 3"))
        assertGolden(screen, named: "room-120x40")
        assertGolden(app.screen(80, 24), named: "room-80x24")
        press(app, [.char("P")], from: 10)
        #expect(app.view.overlay == .room(large: true))
        assertGolden(app.screen(100, 30), named: "room-projector-100x30")
        press(app, [.char("N")], from: 15)
        #expect(app.view.overlay == .confirmNewCode && app.screen(120, 40).contains("Een nieuwe zaalcode?"))
        press(app, [.escape], from: 16)
        #expect(room.code == "123456" && app.view.overlay == .room(large: false))
        press(app, [.char("N"), .enter], from: 17)
        #expect(room.code == "654321" && app.screen(120, 40).contains("654 321"))
        press(app, [.escape, .escape], from: 20)
        #expect(app.view.overlay == nil && room.isOpen)  // Esc leaves the room open
        press(app, [.char("M")], from: 30)
        #expect(room.isOpen && app.view.overlay == .confirmCloseRoom)  // closing asks
        #expect(app.screen(120, 40).contains("De zaal sluiten?"))
        press(app, [.escape], from: 35)
        #expect(room.isOpen && app.view.overlay == nil)
        press(app, [.char("M"), .enter], from: 40)
        #expect(!room.isOpen && app.view.flash?.text.hasPrefix("De zaal is gesloten") == true)
        #expect(!app.screen(120, 40).contains("▣ zaal"))
    }

    @Test func aRoomThatCannotOpenSaysWhy() throws {
        let room = StandIn()
        room.failure = "adres al in gebruik"
        let app = try app(room)
        press(app, [.char("M")])
        #expect(app.view.flash?.text == "De zaal kan niet open: adres al in gebruik" && app.view.overlay == nil)
        let noRoom = try demoApp()
        press(noRoom, [.char("M")])
        #expect(noRoom.view.flash?.isProblem == true)
    }

    @Test func aNameAPhoneSpeaksForIsMarkedAndCanBeReleased() throws {
        let room = StandIn()
        let app = try app(room)
        press(app, [.char("M"), .escape, .char("p")])
        let anouk = app.session.state.participants[0].id
        room.claims = [anouk]
        let screen = app.screen(120, 40)
        #expect(screen.contains("▣ Anouk de Vries") && screen.contains("f naam vrijgeven"))
        press(app, [.char("f")], from: 10)
        #expect(room.released == [anouk] && app.view.flash?.text.hasPrefix("Anouk de Vries is vrijgegeven") == true)
    }

    @Test func aParticipantAPhoneAddedIsNewUntilTheFacilitatorHasSeenIt() throws {
        let room = StandIn()
        let app = try app(room)
        press(app, [.char("M"), .escape])
        _ = app.receive([.addParticipant(ParticipantFields(name: "Gijs Smit", helix: .government))], now: Timestamp(milliseconds: t0.milliseconds + 5_000))
        #expect(app.screen(120, 40).contains("✚ 1 nieuw (p)"))
        press(app, [.char("p")], from: 6)
        let list = app.screen(120, 40)
        #expect(list.contains("Gijs Smit · nieuw") && !list.contains("Anouk de Vries · nieuw"))
        press(app, [.escape], from: 7)
        #expect(!app.screen(120, 40).contains("✚ 1 nieuw"))
        press(app, [.char("p")], from: 8)
        #expect(!app.screen(120, 40).contains("· nieuw"))  // seen once is seen
    }

    @Test func theQRCodeHasItsQuietZoneAndTwoModulesACell() {
        var frame = Frame(width: 40, height: 20)
        QRBlock.draw(QRModules(size: 1, dark: [true]), at: 0, 0, into: &frame)
        let rows = frame.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(QRBlock.size(QRModules(size: 1, dark: [true])) == (9, 5))
        #expect(rows[2] == "    ▀")  // module row 4 is the top half of cell row 2
        #expect(rows[0].isEmpty && rows[4].isEmpty)
        // The quiet zone is light, not the terminal's own background: every cell has the QR code's style.
        #expect((0..<9).allSatisfy { x in (0..<5).allSatisfy { y in frame[x, y].style == .qrCode } })
        #expect(frame[9, 0].style != .qrCode)
    }

    @Test func englishRoomScreen() throws {
        let app = try app(StandIn(), language: .en)
        press(app, [.char("M")])
        let screen = app.screen(120, 40)
        #expect(screen.contains("The room votes") && screen.contains("Room code:") && screen.contains("3 phones connected"))
    }

    /// A question open to the room shows "N van M gestemd" and who is missing, at both sizes
    /// and on the projector; a blind round shows no choice anywhere.
    @Test func turnoutOfEachQuestionKind() throws {
        let room = StandIn()
        let app = try app(room)
        let s = app.session
        let p = s.state.participants
        press(app, [.char("M"), .escape])
        // A blind quadrant round, opened while the room is open: asked at once.
        press(app, [.char("5"), .char("n"), .tab, .tab, .tab, .tab, .right, .enter], from: 2)
        #expect(s.state.openQuestion == .quadrantRound("q1"))
        try s.execute(.castQuadrantVote(round: "q1", voter: p[0].id, dots: QuadrantDots(.netwerkend), fromDevice: true), at: at(20))
        try s.execute(.castQuadrantVote(round: "q1", voter: p[2].id, dots: QuadrantDots(.presterend), fromDevice: true), at: at(21))
        for (w, h) in [(120, 40), (80, 24)] {
            let screen = app.screen(w, h, at: 22)
            #expect(screen.contains("2 van 5 gestemd") && screen.contains("Nog niet: "), "\(screen)")
            #expect(!screen.contains("nu: 1 stem") && !screen.contains("✓ telefoon N"))  // blind: no count per quadrant
            assertGolden(screen, named: "turnout-quadrant-\(w)x\(h)")
        }
        press(app, [.char("P")], from: 23)
        assertGolden(app.screen(100, 30, at: 24), named: "turnout-quadrant-projector-100x30")
        press(app, [.char("P")], from: 25)
        // A weefsel round: the phones score their own row.
        press(app, [.char("7"), .char("n"), .enter], from: 26)
        #expect(s.state.openQuestion == .weefselRound("w1"))
        try s.execute(.giveWeefselRow(round: "w1", row: p[1].id.rawValue, scores: [Method.weefselIndicators[0].id: 4]), at: at(40))
        for (w, h) in [(120, 40), (80, 24)] {
            let screen = app.screen(w, h, at: 41)
            #expect(screen.contains("1 van 5 gestemd") && screen.contains("Nog niet: "), "\(screen)")
            assertGolden(screen, named: "turnout-weefsel-\(w)x\(h)")
        }
        // The agenda: dots from the phones.
        try s.execute(.add(AgendaTopic(text: "Leerbanen")), at: at(50))
        press(app, [.char("2"), .char("z")], from: 51)
        #expect(s.state.openQuestion == .agenda)
        try s.execute(.giveAgendaDots(voter: p[3].id, dots: ["g1": 2]), at: at(55))
        for (w, h) in [(120, 40), (80, 24)] {
            let screen = app.screen(w, h, at: 56)
            #expect(screen.contains("1 van 5 gestemd") && screen.contains("Nog niet: "), "\(screen)")
            assertGolden(screen, named: "turnout-agenda-\(w)x\(h)")
        }
    }
}
