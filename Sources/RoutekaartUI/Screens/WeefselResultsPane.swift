import RoutekaartCore

/// Wegwijzer 7, results: the triangle and a bar per indicator with mean, spread, a
/// mark where the room is divided and, when compared, the change since last time.
enum WeefselResultsPane: Pane {
    static var state: WritableKeyPath<PaneStates, Stateless> { \.none }
    static let name = LocalizedText(nl: "Uitslag", en: "Result")

    static func keyHints(_ view: Stateless, context: ScreenContext) -> [KeyHint] {
        [
            KeyHint("h", .init(nl: "vergelijk met eerder", en: "compare with earlier"), priority: 1),
            KeyHint("v", .init(nl: "onthullen", en: "reveal"), priority: 3, role: .recording),
            KeyHint("Tab", .init(nl: "volgend deel", en: "next part"), priority: 2, role: .navigation),
        ]
    }

    static func handle(_ key: Key, view: inout Stateless, context: ScreenContext) -> [AppAction]? {
        switch key {
        case .char("v"):
            guard let round = context.state.weefselRounds.last else { return [.flash(WeefselScoringPane.noRound(context.language), problem: true)] }
            return [.run(.revealWeefselRound(round.id))]
        case .char("h"): return [.pickEarlierSession]
        default: return nil
        }
    }

    /// The three means in big letters, once the room may see them.
    static func present(_ view: Stateless, context: ScreenContext, in area: Rect, into frame: inout Frame) -> Bool {
        guard context.state.weefselRounds.last?.isVisible == true else { return false }
        PresentationScreen.weefsel(context, in: area, into: &frame)
        return true
    }

    /// Eighths of a block for a bar of `value` out of 5 in `width` cells.
    static func bar(_ value: Double, width: Int) -> String {
        let eighths = Int((value / 5 * Double(width) * 8).rounded())
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: eighths / 8) + partial[eighths % 8]
    }

    static func render(_ view: Stateless, context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let comparison = context.comparison
        let lang = context.language
        let round = context.state.weefselRounds.last
        let visible = round?.isVisible ?? false
        let stats = round.flatMap { visible ? WeefselStatistics($0) : nil }
        let triangleWidth = area.width >= 110 ? 44 : 32
        let (left, right) = area.splitLeft(triangleWidth)
        var y = left.y
        if let round {
            frame.put(WeefselScoringPane.describe(round, lang), x: left.x, y: y, width: left.width - 1, style: .muted)  // a gap before the bars
        } else {
            frame.put(WeefselScoringPane.noRound(lang), x: left.x, y: y, width: area.width, style: .muted)
        }
        y += 2
        if round != nil, !visible {
            Paragraph.draw(WeefselResultsText.blindRoundTheResult(lang),
                           in: Rect(x: left.x, y: y, width: area.width, height: 2), style: .warning, into: &frame)
            return
        }
        WeefselTriangle.draw(stats, comparison: comparison, language: lang, in: Rect(x: left.x, y: y, width: left.width, height: left.maxY - y), into: &frame)
        if let comparison {
            frame.put(WeefselResultsText.comparedWith(lang) + comparison.label, x: area.x, y: area.maxY - 1, width: area.width, style: .accent)
        }
        // Bars beside the triangle.
        let nameWidth = area.width >= 110 ? 30 : 16
        let barWidth = area.width >= 110 ? 16 : 8
        var by = right.y
        for e in WeefselElement.allCases where by < right.maxY {
            let s = stats?.byElement[e]
            var head = Method.name(e)(lang)
            if let mean = s?.mean { head += "  " + Trend.format(mean, lang) }
            frame.put(head, x: right.x, y: by, width: right.width, style: .heading)
            by += 1
            for ind in Method.indicators(of: e) where by < right.maxY {
                let summary = stats?.byIndicator[ind.id]
                var x = right.x
                x += frame.put(TextWidth.pad(ind.name(lang), to: nameWidth), x: x, y: by, style: .normal) + 1
                guard let summary, let mean = summary.mean else {
                    frame.put(WeefselResultsText.noScores(lang), x: x, y: by, style: .muted)
                    by += 1
                    continue
                }
                frame.put(TextWidth.pad(bar(mean, width: barWidth), to: barWidth), x: x, y: by, style: summary.isDivided ? .busy : .accent)
                x += barWidth + 1
                x += frame.put(Trend.format(mean, lang) + " ±" + Trend.format(summary.spread ?? 0, lang), x: x, y: by, style: .normal) + 1
                if summary.isDivided { x += frame.put(WeefselResultsText.divided(lang), x: x, y: by, style: .warning) + 1 }
                if let trend = Trend(from: comparison?.byIndicator[ind.id], to: mean) {
                    frame.put(trend.text(lang), x: x, y: by, width: right.maxX - x, style: .accent)
                }
                by += 1
            }
        }
    }
}

/// The texts of this file, in Dutch and English.
enum WeefselResultsText {
    static let blindRoundTheResult = LocalizedText(nl: "Blinde ronde: de uitslag is verborgen tot je v drukt.", en: "Blind round: the result is hidden until you press v.")
    static let comparedWith = LocalizedText(nl: "vergeleken met ", en: "compared with ")
    static let noScores = LocalizedText(nl: "geen scores", en: "no scores")
    static let divided = LocalizedText(nl: "≠ verdeeld", en: "≠ divided")
}
