import RoutekaartCore

/// The triangle of structuur, personen and weefsel with the challenge (opgave) in the
/// middle, each corner with its mean, spread and a mark where the room is divided.
public enum WeefselTriangle {
    public static func draw(_ stats: WeefselStatistics?, comparison: WeefselComparison?, language: Language, in rect: Rect, into frame: inout Frame) {
        let height = min(rect.height - 4, 9)
        guard height >= 3, rect.width >= 24 else { return }
        let apexX = rect.x + rect.width / 2
        let top = rect.y + 2
        func corner(_ e: WeefselElement) -> [(String, StyleRole)] {
            var lines: [(String, StyleRole)] = [(Method.name(e)(language), .heading)]
            guard let s = stats?.byElement[e], let mean = s.mean else {
                lines.append((WeefselTriangleText.noScores(language), .muted))
                return lines
            }
            lines.append((Trend.format(mean, language) + " ±" + Trend.format(s.spread ?? 0, language), .title))
            if s.isDivided { lines.append((WeefselTriangleText.divided(language), .warning)) }
            if let trend = Trend(from: comparison?.byElement[e], to: mean) { lines.append((trend.text(language), .accent)) }
            return lines
        }
        // Top corner: structuur, above the apex.
        let structuur = corner(.structuur)
        for (i, line) in structuur.prefix(2).enumerated() {
            frame.put(line.0, x: apexX - TextWidth.of(line.0) / 2, y: rect.y + i, style: line.1)
        }
        for (i, line) in structuur.dropFirst(2).enumerated() where top + 1 + i < rect.maxY {
            frame.put(line.0, x: apexX + 4 + i, y: top + 1 + i, width: rect.maxX - apexX - 4 - i, style: line.1)
        }
        for i in 0..<height {
            let y = top + i
            frame.put("╱", x: apexX - 1 - i, y: y, style: .border)
            frame.put("╲", x: apexX + i, y: y, style: .border)
        }
        let baseY = top + height
        frame.put(String(repeating: "─", count: 2 * height), x: apexX - height, y: baseY, style: .border)
        let label = WeefselTriangleText.challenge(language)
        frame.put(label, x: apexX - TextWidth.of(label) / 2, y: top + height * 2 / 3, style: .title)
        // Bottom corners: personen left, weefsel right.
        for (i, line) in corner(.personen).enumerated() where baseY + 1 + i < rect.maxY {
            frame.put(line.0, x: max(rect.x, apexX - height - 4), y: baseY + 1 + i, width: rect.width / 2, style: line.1)
        }
        for (i, line) in corner(.weefsel).enumerated() where baseY + 1 + i < rect.maxY {
            frame.put(line.0, x: apexX + height - 6, y: baseY + 1 + i, width: rect.maxX - (apexX + height - 6) - 1, style: line.1)  // a gap before what is beside
        }
    }
}

/// The texts of this file, in Dutch and English.
enum WeefselTriangleText {
    static let noScores = LocalizedText(nl: "geen scores", en: "no scores")
    static let divided = LocalizedText(nl: "≠ verdeeld", en: "≠ divided")
    static let challenge = LocalizedText(nl: "Opgave", en: "Challenge")
}
