import RoutekaartCore
import Testing
@testable import RoutekaartUI

/// At 80×24 and 100×30 no text is cut without an ellipsis, on any screen of a workshop
/// with something captured on every wegwijzer, in both languages.
@Suite struct LegibilityTests {
    let touching = try! Regex("…[^\\s…│┐┘┤▶◀)\\]]")

    @Test(arguments: [Language.nl, .en])
    func nothingIsCutWithoutAnEllipsis(_ language: Language) throws {
        let app = try SummaryScreenTests().workshop(language: language)
        var cuts: [String] = []
        func capture(_ name: String) {
            for (w, h) in [(80, 24), (100, 30)] {
                let frame = app.render(width: w, height: h, now: at(0))
                cuts += frame.silentCuts.map { "\(name) \(w)x\(h): \($0.prefix(70))" }
                // A cut text must not run into the next one: "ingev…Structuur".
                for line in frame.text.split(separator: "\n") where line.contains(touching) {
                    cuts.append("\(name) \(w)x\(h), touching: \(line.trimmingCharacters(in: .whitespaces).prefix(90))")
                }
            }
        }
        capture("route map")
        press(app, [.char("?")]); capture("help"); press(app, [.escape])
        press(app, [.char("p")]); capture("participants")
        press(app, [.char("Z")]); capture("summary")
        for w in Method.wegwijzers {
            press(app, [.char(w.shortcut)])
            for pane in WegwijzerPanes.of(w.number).indices {
                let name = "wegwijzer \(w.number), part \(pane + 1)"
                capture(name)
                press(app, [.char("P")]); capture(name + ", projector"); press(app, [.escape])
                press(app, [.tab])
            }
        }
        #expect(cuts.isEmpty, "\(cuts.count) texts cut without an ellipsis:\n\(cuts.joined(separator: "\n"))")
    }
}
