import ArgumentParser

/// The `kgraph` command: documents in, knowledge graph out.
@main
struct KGraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kgraph",
        abstract: "Build a knowledge graph of people, organisations, crypto tokens, events, products and places from documents.",
        discussion: """
            Reads plain text, Markdown, HTML pages and Content<TAB>Topics TSV exports, finds the entities \
            they name, links entities that occur in the same window, and writes GraphML, Graphviz DOT and \
            JSON-LD.

            Exit status: 0 when the graph was built (inputs that could not be read are skipped with a \
            warning naming the file); 1 when nothing could be read or an export could not be written; \
            2 with --strict when any input was skipped or warned about (nothing is written then); 64 for a \
            wrong option or a bad gazetteer file.
            """,
        version: KGraphVersion.current,
        subcommands: [Build.self, Query.self, Text.self],
        defaultSubcommand: nil
    )
}

/// The version printed by `kgraph --version`.
enum KGraphVersion {
    static let current = "0.1.0"
}
