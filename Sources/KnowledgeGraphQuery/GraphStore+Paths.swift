import Foundation
import GRDB

extension GraphStore {
    /// The shortest paths from `start` to `goal` of at most `maxHops` links, the `limit`
    /// strongest of them, each link with one passage of evidence.
    ///
    /// A breadth-first search runs from both ends, always widening the smaller frontier,
    /// and stops at the first level where they meet; among the shortest paths found, the
    /// strongest (largest product of link weights) are picked level by level.
    public func paths(from start: StoredEntity, to goal: StoredEntity, maxHops: Int = 4,
                      limit: Int = 3) throws(QueryError) -> PathReport {
        guard start.node != goal.node else { throw .invalidRequest("\(start.summary) and itself: name two different entities") }
        return try read { db in
            let search = try PathSearch(start: start.node, goal: goal.node, maxHops: maxHops, store: self, db: db)
            var paths: [PathReport.Path] = []
            var summaries: [Int: EntitySummary] = [start.node: start.summary, goal.node: goal.summary]
            for nodes in search.strongest(limit: max(0, limit)) {
                var links: [PathReport.Link] = []
                var entities: [EntitySummary] = []
                for (index, node) in nodes.enumerated() {
                    if summaries[node] == nil { summaries[node] = try entity(node: node, db).summary }
                    entities.append(summaries[node]!)
                    guard index > 0 else { continue }
                    let previous = nodes[index - 1]
                    let link = try self.link(previous, node, db)
                    let evidence = try passages(previous, node, ids: (entities[index - 1].id, entities[index].id), limit: 1, db)
                    links.append(PathReport.Link(source: entities[index - 1].id, target: entities[index].id,
                                                 weight: link?.weight ?? 0, count: link?.count ?? 0, evidence: evidence.first))
                }
                paths.append(PathReport.Path(entities: entities, links: links))
            }
            return PathReport(from: start.summary, to: goal.summary, hops: search.distance, maxHops: maxHops, paths: paths)
        }
    }
}

/// A bidirectional breadth-first search over the store's links, keeping every shortest
/// path's parents so that the strongest paths can be picked afterwards.
struct PathSearch {
    struct Side {
        var distance: [Int: Int]
        var parents: [Int: [(node: Int, weight: Double)]] = [:]
        var frontier: [Int]
        var depth = 0

        init(_ node: Int) {
            distance = [node: 0]
            frontier = [node]
        }
    }

    let start: Int
    let goal: Int
    private(set) var forward: Side
    private(set) var backward: Side
    private(set) var meeting: [Int] = []

    /// The length of the shortest paths, or nil when none is short enough.
    var distance: Int? { meeting.isEmpty ? nil : forward.depth + backward.depth }

    init(start: Int, goal: Int, maxHops: Int, store: GraphStore, db: Database) throws {
        self.start = start
        self.goal = goal
        forward = Side(start)
        backward = Side(goal)
        func links(_ node: Int) throws -> [(Int, Double)] {
            try store.links(of: node, db).map { ($0.neighbor, $0.weight) }
        }
        while forward.depth + backward.depth < maxHops {
            let expandForward = forward.frontier.count <= backward.frontier.count
            var side = expandForward ? forward : backward
            let other = expandForward ? backward : forward
            guard !side.frontier.isEmpty else { break }
            var next: [Int] = []
            let level = side.depth + 1
            for node in side.frontier.sorted() {
                for (neighbor, weight) in try links(node) {
                    if let known = side.distance[neighbor] {
                        if known == level { side.parents[neighbor, default: []].append((node, weight)) }
                    } else {
                        side.distance[neighbor] = level
                        side.parents[neighbor] = [(node, weight)]
                        next.append(neighbor)
                    }
                }
            }
            side.depth = level
            side.frontier = next
            meeting = next.filter { other.distance[$0] != nil }.sorted()
            if expandForward { forward = side } else { backward = side }
            if !meeting.isEmpty { break }
        }
    }

    /// Up to `limit` shortest paths, strongest first, as node lists from start to goal.
    func strongest(limit: Int) -> [[Int]] {
        guard !meeting.isEmpty, limit > 0 else { return [] }
        typealias Partial = (score: Double, nodes: [Int])
        func better(_ lhs: Partial, _ rhs: Partial) -> Bool {
            lhs.score != rhs.score ? lhs.score > rhs.score : lhs.nodes.lexicographicallyPrecedes(rhs.nodes)
        }
        // Forward half: from start up to the meeting nodes, level by level.
        var levels = [[Int]](repeating: [], count: forward.depth + 1)
        var relevant = Set(meeting)
        var layer = meeting
        for depth in stride(from: forward.depth, to: 0, by: -1) {
            levels[depth] = layer.sorted()
            var below = Set<Int>()
            for node in layer { for parent in forward.parents[node] ?? [] { below.insert(parent.node) } }
            relevant.formUnion(below)
            layer = Array(below)
        }
        levels[0] = [start]
        var best: [Int: [Partial]] = [start: [(0, [start])]]
        for depth in stride(from: 1, through: forward.depth, by: 1) {
            for node in levels[depth] {
                var candidates: [Partial] = []
                for parent in forward.parents[node] ?? [] where relevant.contains(parent.node) {
                    for partial in best[parent.node] ?? [] {
                        candidates.append((partial.score + log(parent.weight), partial.nodes + [node]))
                    }
                }
                best[node] = Array(candidates.sorted(by: better).prefix(limit))
            }
        }
        // Backward half: from the meeting nodes toward the goal, whose parents point to it.
        layer = meeting
        for _ in stride(from: backward.depth, to: 0, by: -1) {
            var nextLayer: [Int: [Partial]] = [:]
            for node in layer.sorted() {
                for parent in backward.parents[node] ?? [] {
                    for partial in best[node] ?? [] {
                        nextLayer[parent.node, default: []].append((partial.score + log(parent.weight), partial.nodes + [parent.node]))
                    }
                }
            }
            for (node, candidates) in nextLayer { best[node] = Array(candidates.sorted(by: better).prefix(limit)) }
            layer = Array(nextLayer.keys)
        }
        return (best[goal] ?? []).map(\.nodes)
    }
}
