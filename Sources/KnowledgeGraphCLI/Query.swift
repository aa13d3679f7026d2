public import ArgumentParser
import Foundation
public import KnowledgeGraph
public import KnowledgeGraphQuery

/// `kgraph query`: questions asked of a built graph.
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ask a built graph about entities and their links.",
        discussion: """
            Reads the query store (graph.sqlite) that `kgraph build` writes beside the exports; --graph \
            names the build's output folder (default: exports). Any name or alias names an entity, \
            whatever the case, accents and punctuation ("CZ", "BSC", "Binance's"); so do identifiers \
            (person_he-yi) and TYPE:NAME (organization:Binance). An unknown or ambiguous name gets the \
            closest candidates.

            Tables by default; --json prints the answer as JSON (shapes in the README).

            Exit status: 0 when answered; 1 when the name is unknown or ambiguous, no path was found, or \
            the store is missing or unreadable; 64 for a wrong option.

            Examples:
              kgraph query neighbors "He Yi" --type organization
              kgraph query path "He Yi" BNB
              kgraph query evidence CZ Binance --limit 3
              kgraph query top --by pagerank --type token
              kgraph query subgraph Binance --depth 1 --formats dot -o -
              kgraph query search "binanse"
              kgraph query communities --json
            """,
        subcommands: [Neighbors.self, Path.self, Evidence.self, Top.self, Subgraph.self, Search.self, Communities.self]
    )
}

/// The options every `kgraph query` subcommand takes.
struct QueryOptions: ParsableArguments {
    @Option(help: "The folder `kgraph build` wrote (it holds graph.sqlite).")
    var graph: String = "exports"

    @Flag(help: "Print the answer as JSON.")
    var json = false

    /// Opens the store, or exits with its error.
    func open() throws -> GraphStore {
        try Self.answer { () throws(QueryError) in try GraphStore(folder: graph) }
    }

    /// Runs `body`, printing a query error on standard error and exiting with status 1.
    static func answer<Value>(_ body: () throws(QueryError) -> Value) throws -> Value {
        do {
            return try body()
        } catch {
            FileHandle.standardError.write(Data("kgraph: error: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }

    /// Prints `value` as pretty, key-sorted JSON.
    func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}

/// When to highlight mentions with terminal colours.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    /// Whether to colour standard output: `auto` colours a terminal unless NO_COLOR is set.
    var enabled: Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto: return isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
    }
}

extension EntityType: ExpressibleByArgument {}
extension NeighborOrder: ExpressibleByArgument {}
extension RankingMeasure: ExpressibleByArgument {}
