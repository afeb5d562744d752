import RoutekaartCore
import Testing
import TestSupport
@testable import RoutekaartUI

/// The list `routekaart open` shows without a file.
@Suite struct SessionPickerTests {
    let entries = [
        SessionPicker.Entry(path: "/s/a-nieuw.json", title: "Nieuw", region: "Regio Zwolle", lastChange: "2026-03-02 09:00", participants: 2),
        SessionPicker.Entry(path: "/s/b-oud.json", title: "Werkplaats Zoë", region: "Twente", lastChange: "2026-03-01 09:00", participants: 1),
        SessionPicker.Entry(path: "/s/c-kapot.json", title: "", region: "", lastChange: "—", participants: 0,
                            problem: "geen routekaart-sessie (het veld 'format' ontbreekt of klopt niet)"),
    ]

    func picker(_ language: Language = .nl) -> SessionPicker { SessionPicker(entries: entries, folder: "/s", language: language) }

    func press(_ picker: SessionPicker, _ keys: [Key]) {
        for key in keys { picker.handle(key, now: t0, width: 80, height: 24) }
    }

    @Test func theScreenListsNewestFirstAndShowsThePath() {
        let screen = picker().render(width: 80, height: 24, now: t0)
        assertGolden(screen.text, named: "session-picker-80x24")
        assertGolden(picker(.en).render(width: 80, height: 24, now: t0).text, named: "session-picker-en-80x24")
    }

    @Test func arrowsChooseAndEnterOpens() {
        let p = picker()
        press(p, [.down, .down, .down, .up, .enter])
        #expect(p.isFinished)
        #expect(p.chosen == "/s/b-oud.json")
    }

    @Test func typingFindsByTitleRegionOrFileIgnoringAccents() {
        let p = picker()
        press(p, "zoe".map { .char($0) })
        #expect(p.matches.map(\.path) == ["/s/b-oud.json"])
        #expect(p.render(width: 80, height: 24, now: t0).text.contains("Zoeken: zoe▏"))
        press(p, [.backspace, .backspace, .backspace] + "zwolle".map { .char($0) })
        #expect(p.matches.map(\.path) == ["/s/a-nieuw.json"])
        press(p, [.ctrl("u")] + "kapot".map { .char($0) })
        #expect(p.matches.map(\.path) == ["/s/c-kapot.json"])
        press(p, [.ctrl("u")] + "xyz".map { .char($0) })
        #expect(p.matches.isEmpty)
        #expect(p.render(width: 80, height: 24, now: t0).text.contains("Geen sessie met 'xyz'"))
        press(p, [.enter])
        #expect(!p.isFinished, "Enter on an empty list does nothing")
    }

    @Test func anUnusableFileSaysWhyAndStaysInTheList() {
        let p = picker()
        press(p, [.end, .enter])
        #expect(!p.isFinished)
        #expect(p.chosen == nil)
        #expect(p.render(width: 80, height: 24, now: t0).text.contains("Dit bestand kan niet worden geopend: geen routekaart-sessie"))
    }

    @Test func escapeLeavesWithoutChoosing() {
        let p = picker()
        press(p, [.down, .escape])
        #expect(p.isFinished)
        #expect(p.chosen == nil)
    }
}
