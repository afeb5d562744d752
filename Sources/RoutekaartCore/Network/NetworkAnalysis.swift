import Synchronization
/// What the network tells the room, computed from actors and relations alone.
public struct NetworkAnalysis: Hashable, Sendable {
    /// The analysis of the network last asked for, with what it was computed from.
    private static let last = Mutex<(actors: [Actor], relations: [Relation], analysis: NetworkAnalysis)?>(nil)

    /// The analysis of `actors` and `relations`, computed again only when they changed: every
    /// frame of the board and the list asks, and betweenness on 200 actors takes milliseconds.
    /// An unchanged log hands the screens the same arrays, so the comparison is immediate.
    public static func of(_ actors: [Actor], _ relations: [Relation]) -> NetworkAnalysis {
        if let hit = last.withLock({ $0.flatMap { $0.actors == actors && $0.relations == relations ? $0.analysis : nil } }) { return hit }
        let analysis = NetworkAnalysis(actors: actors, relations: relations)
        last.withLock { $0 = (actors, relations, analysis) }
        return analysis
    }

    /// Relations per actor (two relations with the same pair count once).
    public let degree: [String: Int]
    /// Actors without any relation, in list order.
    public let isolated: [String]
    /// Groups of actors that reach each other, largest first.
    public let components: [[String]]
    /// Betweenness centrality: on how many shortest paths between two others an actor lies.
    public let betweenness: [String: Double]
    /// Up to three actors that bridge the most, strongest first.
    public let bridges: [String]
    /// Helix groups with no actor at all.
    public let missingHelix: [HelixGroup]
    public let noEmployeeOrganisation: Bool
    /// Actors marked as possible owners of the challenge.
    public let possibleOwners: [String]
    /// The own municipality (or municipalities).
    public let ownMunicipality: [String]

    /// The groups the report names around the attractive agenda, plus civil society.
    public static let expectedHelix: [HelixGroup] = [.government, .business, .education, .citizens, .civilSociety]

    public init(actors: [Actor], relations: [Relation]) {
        let ids = actors.map(\.id)
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        var neighbours = Array(repeating: Set<Int>(), count: ids.count)
        for r in relations {
            guard let a = index[r.fields.from], let b = index[r.fields.to], a != b else { continue }
            neighbours[a].insert(b)
            neighbours[b].insert(a)
        }
        let adjacency = neighbours.map { $0.sorted() }
        degree = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, adjacency[$0].count) })
        isolated = ids.enumerated().filter { adjacency[$0.offset].isEmpty }.map(\.element)

        var seen = Array(repeating: false, count: ids.count)
        var groups: [[String]] = []
        for start in ids.indices where !seen[start] {
            var stack = [start]
            seen[start] = true
            var members: [Int] = []
            while let v = stack.popLast() {
                members.append(v)
                for w in adjacency[v] where !seen[w] {
                    seen[w] = true
                    stack.append(w)
                }
            }
            groups.append(members.sorted().map { ids[$0] })
        }
        components = groups.enumerated().sorted { $0.element.count != $1.element.count ? $0.element.count > $1.element.count : $0.offset < $1.offset }.map(\.element)

        let centrality = Self.brandes(adjacency)
        betweenness = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, centrality[$0]) })
        bridges = ids.enumerated().filter { centrality[$0.offset] > 0 }
            .sorted { centrality[$0.offset] != centrality[$1.offset] ? centrality[$0.offset] > centrality[$1.offset] : $0.offset < $1.offset }
            .prefix(3).map(\.element)

        let present = Set(actors.map(\.fields.kind.helix))
        missingHelix = Self.expectedHelix.filter { !present.contains($0) }
        noEmployeeOrganisation = !actors.contains { $0.fields.kind == .employeesOrganisation }
        possibleOwners = actors.filter(\.fields.couldOwn).map(\.id)
        ownMunicipality = actors.filter(\.fields.ownMunicipality).map(\.id)
    }

    /// Brandes' algorithm for an undirected, unweighted graph; each pair counts once.
    static func brandes(_ adjacency: [[Int]]) -> [Double] {
        let n = adjacency.count
        var centrality = Array(repeating: 0.0, count: n)
        var sigma = Array(repeating: 0.0, count: n)
        var distance = Array(repeating: -1, count: n)
        var delta = Array(repeating: 0.0, count: n)
        var predecessors = Array(repeating: [Int](), count: n)
        var order: [Int] = []
        var queue: [Int] = []
        order.reserveCapacity(n)
        queue.reserveCapacity(n)
        for s in 0..<n {
            for i in 0..<n {
                sigma[i] = 0
                distance[i] = -1
                delta[i] = 0
                predecessors[i].removeAll(keepingCapacity: true)
            }
            order.removeAll(keepingCapacity: true)
            queue.removeAll(keepingCapacity: true)
            sigma[s] = 1
            distance[s] = 0
            queue.append(s)
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                order.append(v)
                for w in adjacency[v] {
                    if distance[w] < 0 {
                        distance[w] = distance[v] + 1
                        queue.append(w)
                    }
                    if distance[w] == distance[v] + 1 {
                        sigma[w] += sigma[v]
                        predecessors[w].append(v)
                    }
                }
            }
            for w in order.reversed() {
                for v in predecessors[w] { delta[v] += sigma[v] / sigma[w] * (1 + delta[w]) }
                if w != s { centrality[w] += delta[w] }
            }
        }
        return centrality.map { $0 / 2 }
    }
}
