import Foundation
import KnowledgeGraphQuery

/// Times opening a built graph's query store and answering `neighbors`, `path`,
/// `evidence` and `search`, each measured from a fresh open, for entities from the most
/// to the least connected.
///
///     QueryBenchmark --graph DIR [--samples N] [--rounds R]
///
/// Prints one line per query kind: runs, median, 90th percentile and maximum in
/// milliseconds, then the slowest case of each. Run it on a release build
/// (`scripts/bench-query.sh` builds a corpus, the graph and this tool).
@main
struct Benchmark {
    struct Options {
        var graph = "exports"
        var samples = 24
        var rounds = 3
    }

    static func main() throws {
        var options = Options()
        var arguments = CommandLine.arguments.dropFirst().makeIterator()
        while let argument = arguments.next() {
            switch argument {
            case "--graph": options.graph = arguments.next() ?? options.graph
            case "--samples": options.samples = Int(arguments.next() ?? "") ?? options.samples
            case "--rounds": options.rounds = Int(arguments.next() ?? "") ?? options.rounds
            default:
                FileHandle.standardError.write(Data("usage: QueryBenchmark --graph DIR [--samples N] [--rounds R]\n".utf8))
                exit(64)
            }
        }
        try run(options)
    }

    static func run(_ options: Options) throws {
        let opened = Date()
        let store = try GraphStore(folder: options.graph)
        let firstOpen = Date().timeIntervalSince(opened) * 1000
        let meta = try store.metadata()
        print("graph: \(options.graph): \(meta["entities"] ?? "?") entities, \(meta["links"] ?? "?") links, "
              + "\(meta["documents"] ?? "?") documents; store \(fileSize(store.path) / 1_000_000) MB; first open \(format(firstOpen)) ms")

        // Entities from the most mentioned down to the tail, at ranks spread geometrically.
        let ranked = try store.top(by: .mentions, limit: 1_000_000)
        var ranks: [Int] = []
        var rank = 1.0
        let step = pow(Double(max(ranked.count, 2)), 1 / Double(max(options.samples - 1, 1)))
        while ranks.count < options.samples && Int(rank) <= ranked.count {
            if ranks.last != Int(rank) - 1 { ranks.append(Int(rank) - 1) }
            rank *= step
            if rank < Double(ranks.count + 1) { rank = Double(ranks.count + 1) }
        }
        let sample = ranks.map { ranked[$0].entity }
        print("samples: \(sample.count) entities, mention ranks \(ranks.map { $0 + 1 })")

        var timings: [String: [(Double, String)]] = [:]
        func measure(_ kind: String, _ label: String, _ body: (GraphStore) throws -> Void) throws {
            for _ in 0..<options.rounds {
                let start = DispatchTime.now().uptimeNanoseconds
                let fresh = try GraphStore(folder: options.graph)
                try body(fresh)
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
                timings[kind, default: []].append((elapsed, label))
            }
        }
        for (index, entity) in sample.enumerated() {
            try measure("neighbors", entity.label) { store in
                _ = try store.neighbors(of: store.entity(named: entity.id), limit: 20)
            }
            let partner = sample[(index * 7 + sample.count / 2) % sample.count]
            if partner.id != entity.id {
                try measure("path", "\(entity.label) -> \(partner.label)") { store in
                    _ = try store.paths(from: store.entity(named: entity.id), to: store.entity(named: partner.id), maxHops: 4, limit: 3)
                }
            }
            let center = try store.entity(named: entity.id)
            if let neighbor = try store.neighbors(of: center, limit: 1).first {
                try measure("evidence", "\(entity.label) + \(neighbor.entity.label)") { store in
                    _ = try store.evidence(between: store.entity(named: entity.id), and: store.entity(named: neighbor.entity.id), limit: 10)
                }
            }
            for query in searchQueries(entity.label) {
                try measure("search", query) { store in _ = try store.search(query, limit: 10) }
            }
        }
        print("kind        runs  median ms     p90 ms     max ms  slowest")
        for kind in ["neighbors", "path", "evidence", "search"] {
            let values = (timings[kind] ?? []).sorted { $0.0 < $1.0 }
            guard !values.isEmpty else { continue }
            let median = values[values.count / 2].0
            let p90 = values[min(values.count - 1, Int(Double(values.count) * 0.9))].0
            let slowest = values[values.count - 1]
            print(kind.padding(toLength: 10, withPad: " ", startingAt: 0) + String(format: "%6d %10.2f %10.2f %10.2f  ", values.count, median, p90, slowest.0)
                  + slowest.1)
        }
    }

    /// The label as typed with a typo (two letters swapped), in lower case, and its first word.
    static func searchQueries(_ label: String) -> [String] {
        var characters = Array(label.lowercased())
        if characters.count >= 5 { characters.swapAt(2, 3) }
        var queries = [String(characters)]
        if let first = label.split(separator: " ").first, first.count >= 3, String(first) != label { queries.append(String(first)) }
        return queries
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    static func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
