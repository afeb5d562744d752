import Foundation

/// How much the room agrees, in words.
public enum AgreementLevel: String, Sendable, CaseIterable {
    case none
    case strong
    case some
    case divided

    /// ≥ 60 % of the dots in one quadrant: strong; ≥ 40 %: some; below: divided.
    public init(largestShare: Double, total: Int) {
        if total == 0 { self = .none }
        else if largestShare >= 0.6 { self = .strong }
        else if largestShare >= 0.4 { self = .some }
        else { self = .divided }
    }
}

/// The count of one round: dots per quadrant, shares, the leader and the agreement.
public struct QuadrantTally: Hashable, Sendable {
    public let counts: QuadrantDots
    public let ballots: Int

    public init(_ round: QuadrantRound) {
        var counts = QuadrantDots()
        for b in round.ballots { for q in Quadrant.allCases { counts[q] += b.dots[q] } }
        self.counts = counts
        self.ballots = round.ballots.count
    }

    public var total: Int { counts.total }

    /// The share of all dots in `q`, 0 … 1 (0 when nobody voted).
    public func share(_ q: Quadrant) -> Double {
        total == 0 ? 0 : Double(counts[q]) / Double(total)
    }

    /// Whole percentages that add up to 100 (largest remainder), or all 0.
    public var percentages: [Quadrant: Int] {
        guard total > 0 else { return Dictionary(uniqueKeysWithValues: Quadrant.allCases.map { ($0, 0) }) }
        let exact = Quadrant.allCases.map { (q: $0, value: Double(counts[$0]) * 100 / Double(total)) }
        var result = Dictionary(uniqueKeysWithValues: exact.map { ($0.q, Int($0.value.rounded(.down))) })
        let missing = 100 - result.values.reduce(0, +)
        let byRemainder = exact.sorted { a, b in
            let ra = a.value - a.value.rounded(.down), rb = b.value - b.value.rounded(.down)
            return ra != rb ? ra > rb : Quadrant.allCases.firstIndex(of: a.q)! < Quadrant.allCases.firstIndex(of: b.q)!
        }
        for item in byRemainder.prefix(missing) { result[item.q, default: 0] += 1 }
        return result
    }

    /// The quadrant(s) with the most dots; empty when nobody voted.
    public var leaders: [Quadrant] {
        let most = Quadrant.allCases.map { counts[$0] }.max() ?? 0
        return most == 0 ? [] : Quadrant.allCases.filter { counts[$0] == most }
    }

    /// The share of the largest quadrant, 0 … 1.
    public var largestShare: Double { Quadrant.allCases.map(share).max() ?? 0 }

    /// Shannon entropy of the shares divided by log 4: 0 = all in one quadrant, 1 = evenly spread.
    public var spread: Double {
        guard total > 0 else { return 0 }
        let h = Quadrant.allCases.map(share).filter { $0 > 0 }.reduce(0) { $0 - $1 * log($1) }
        return h / log(4)
    }

    public var agreement: AgreementLevel { AgreementLevel(largestShare: largestShare, total: total) }
}
