import Foundation

/// A deterministic force-directed layout (after Fruchterman and Reingold) that keeps
/// every actor in its closeness ring and leaves actors moved by hand where they are.
public enum NetworkLayout {
    /// New positions for the actors that are not pinned.
    public static func arrange(_ actors: [Actor], _ relations: [Relation], iterations: Int = 120) -> [String: BoardPoint] {
        let n = actors.count
        guard n > 0 else { return [:] }
        let index = Dictionary(uniqueKeysWithValues: actors.enumerated().map { ($1.id, $0) })
        var edges: [(Int, Int)] = []
        for r in relations {
            if let a = index[r.fields.from], let b = index[r.fields.to], a != b { edges.append((a, b)) }
        }
        var x = actors.map { Double($0.position.x) }
        var y = actors.map { Double($0.position.y) }
        let pinned = actors.map(\.pinned)
        let band = actors.map { a -> (Double, Double) in
            let ring = Double(min(5, max(1, a.fields.closeness)))
            let w = Double(BoardPoint.ringWidth)
            return ((ring - 1) * w + 3, ring * w - 3)
        }
        let k = 22.0
        var dx = Array(repeating: 0.0, count: n)
        var dy = Array(repeating: 0.0, count: n)
        for step in 0..<iterations {
            let temperature = 12.0 * (1 - Double(step) / Double(iterations)) + 0.5
            for i in 0..<n { dx[i] = 0; dy[i] = 0 }
            for i in 0..<n {
                for j in (i + 1)..<n {
                    var ddx = x[i] - x[j], ddy = y[i] - y[j]
                    var d2 = ddx * ddx + ddy * ddy
                    if d2 < 0.01 {
                        // Same place: push apart along a direction fixed by their indices.
                        let angle = Double(i * 7 + j * 13)
                        ddx = cos(angle) * 0.1
                        ddy = sin(angle) * 0.1
                        d2 = 0.01
                    }
                    let f = k * k / d2
                    dx[i] += ddx * f; dy[i] += ddy * f
                    dx[j] -= ddx * f; dy[j] -= ddy * f
                }
            }
            for (a, b) in edges {
                let ddx = x[a] - x[b], ddy = y[a] - y[b]
                let d = max(0.1, (ddx * ddx + ddy * ddy).squareRoot())
                let f = d / k
                dx[a] -= ddx * f; dy[a] -= ddy * f
                dx[b] += ddx * f; dy[b] += ddy * f
            }
            for i in 0..<n where !pinned[i] {
                let length = max(0.01, (dx[i] * dx[i] + dy[i] * dy[i]).squareRoot())
                let move = min(length, temperature)
                x[i] += dx[i] / length * move
                y[i] += dy[i] / length * move
                // Back into the actor's ring.
                var r = (x[i] * x[i] + y[i] * y[i]).squareRoot()
                if r < 0.01 {
                    x[i] = 0; y[i] = -band[i].0; r = band[i].0
                }
                let target = min(band[i].1, max(band[i].0, r))
                x[i] *= target / r
                y[i] *= target / r
            }
        }
        var result: [String: BoardPoint] = [:]
        for i in 0..<n where !pinned[i] {
            result[actors[i].id] = BoardPoint(x: Int(x[i].rounded()), y: Int(y[i].rounded())).clamped
        }
        return result
    }

    /// Where a new actor first appears: on its ring, turned by the golden angle per actor.
    public static func initialPosition(index: Int, closeness: Int) -> BoardPoint {
        let angle = Double(index) * 2.399963229728653 - Double.pi / 2
        let r = (Double(min(5, max(1, closeness))) - 0.5) * Double(BoardPoint.ringWidth)
        return BoardPoint(x: Int((cos(angle) * r).rounded()), y: Int((sin(angle) * r).rounded()))
    }
}
