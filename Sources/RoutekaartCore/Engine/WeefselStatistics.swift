import Foundation

/// The statistics of a set of 1–5 scores; "weet niet" (0) is counted apart and left out.
public struct ScoreSummary: Hashable, Sendable {
    /// How many 1s … 5s: index 0 holds the 1s.
    public let distribution: [Int]
    public let unknown: Int

    public init<S: Sequence>(_ answers: S) where S.Element == Int {
        var d = [0, 0, 0, 0, 0]
        var unknown = 0
        for a in answers {
            if (1...5).contains(a) { d[a - 1] += 1 } else if a == dontKnowScore { unknown += 1 }
        }
        distribution = d
        self.unknown = unknown
    }

    /// Scores given (without "weet niet").
    public var count: Int { distribution.reduce(0, +) }

    private var scores: [Int] { distribution.enumerated().flatMap { Array(repeating: $0.offset + 1, count: $0.element) } }

    public var mean: Double? {
        count == 0 ? nil : Double(scores.reduce(0, +)) / Double(count)
    }

    public var median: Double? {
        let s = scores
        guard !s.isEmpty else { return nil }
        return s.count % 2 == 1 ? Double(s[s.count / 2]) : Double(s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// Population standard deviation: 0 for one score or equal scores.
    public var spread: Double? {
        guard let m = mean else { return nil }
        let s = scores
        return (s.reduce(0) { $0 + (Double($1) - m) * (Double($1) - m) } / Double(s.count)).squareRoot()
    }

    /// The room is split: a spread of at least 1.2, or scores of both 1–2 and 4–5.
    public var isDivided: Bool {
        let low = distribution[0] + distribution[1] > 0
        let high = distribution[3] + distribution[4] > 0
        return (spread ?? 0) >= ScoreSummary.dividedSpread || (low && high)
    }

    public static let dividedSpread = 1.2
}

/// Scores of a round per indicator and per element.
public struct WeefselStatistics: Hashable, Sendable {
    public let byIndicator: [String: ScoreSummary]
    public let byElement: [WeefselElement: ScoreSummary]

    public init(_ round: WeefselRound) {
        var indicators: [String: ScoreSummary] = [:]
        var elements: [WeefselElement: ScoreSummary] = [:]
        for e in WeefselElement.allCases {
            let ids = Method.weefselIndicators.filter { $0.element == e }.map(\.id)
            for id in ids { indicators[id] = ScoreSummary(round.answers(for: id)) }
            elements[e] = ScoreSummary(ids.flatMap { round.answers(for: $0) })
        }
        byIndicator = indicators
        byElement = elements
    }
}

/// How a mean moved since an earlier session ("herijken").
public enum Trend: Hashable, Sendable {
    case up(Double)
    case down(Double)
    case same

    /// Compares means; differences under 0.05 count as the same.
    public init?(from earlier: Double?, to now: Double?) {
        guard let earlier, let now else { return nil }
        let d = now - earlier
        self = abs(d) < 0.05 ? .same : d > 0 ? .up(d) : .down(-d)
    }

    /// "↑ +0,6", "↓ −0,4" or "= 0,0" in Dutch; with a point in English.
    public func text(_ language: Language) -> String {
        switch self {
        case let .up(d): "↑ +" + Self.format(d, language)
        case let .down(d): "↓ −" + Self.format(d, language)
        case .same: "= " + Self.format(0, language)
        }
    }

    /// One decimal of a non-negative value, with the language's decimal sign: "3,6" or "3.6".
    public static func format(_ value: Double, _ language: Language) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10)" + decimalSign(language) + "\(abs(tenths % 10))"
    }

    private static let decimalSign = LocalizedText(nl: ",", en: ".")
}

/// The means of an earlier session's latest scoring round, to compare with ("herijken").
public struct WeefselComparison: Hashable, Sendable {
    /// Which session it was, e.g. "Werkplaats Zwolle (2026-03-12)".
    public let label: String
    public let byIndicator: [String: Double]
    public let byElement: [WeefselElement: Double]

    /// Nil when the earlier session has no scores.
    public init?(earlier state: WorkshopState) {
        guard let round = state.weefselRounds.last else { return nil }
        let stats = WeefselStatistics(round)
        byIndicator = stats.byIndicator.compactMapValues(\.mean)
        byElement = stats.byElement.compactMapValues(\.mean)
        guard !byIndicator.isEmpty else { return nil }
        let details = state.details
        label = details.title + (details.date.isEmpty ? "" : " (\(details.date))")
    }
}
