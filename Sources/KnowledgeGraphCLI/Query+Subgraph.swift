import ArgumentParser
import Foundation
import KnowledgeGraphExport
import KnowledgeGraphQuery

extension Query {
    /// `kgraph query subgraph ENTITY`: the neighbourhood in the export formats.
    struct Subgraph: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the neighbourhood of an entity in any export format.",
            discussion: """
                The entities at most --depth links away (nearest and most strongly linked first, at most \
                --max-nodes) and every link between them, with the same attributes as the full exports.
                """
        )

        @Argument(help: "The entity at the centre.")
        var entity: String

        @Option(help: "Include entities at most this many links away.")
        var depth: Int = 1

        @Option(name: .customLong("max-nodes"), help: "At most this many entities.")
        var maxNodes: Int = 500

        @Option(help: "Comma-separated formats: graphml, dot, jsonld, or all.")
        var formats: String = "graphml"

        @Option(name: [.short, .customLong("output")], help: "Folder to write the files into; - writes one format to standard output.")
        var output: String = "-"

        @Option(name: .customLong("base-iri"), help: "Base of the JSON-LD IRIs.")
        var baseIRI: String = JSONLDExporter.defaultBaseIRI

        @Option(help: "The folder `kgraph build` wrote (it holds graph.sqlite).")
        var graph: String = "exports"

        func validate() throws {
            guard depth >= 0 else { throw ValidationError("--depth must be at least 0") }
            guard maxNodes >= 1 else { throw ValidationError("--max-nodes must be at least 1") }
            do {
                let chosen = try ExportFormat.parseList(formats)
                if chosen.isEmpty { throw ValidationError("--formats names no format") }
                if output == "-" && chosen.count != 1 { throw ValidationError("-o - writes one format to standard output: pick one with --formats") }
            } catch let error as ExportError {
                throw ValidationError(error.description)
            }
        }

        func run() throws {
            let options = try QueryOptions.parse(["--graph", graph])
            let store = try options.open()
            let (subgraph, truncated) = try QueryOptions.answer { () throws(QueryError) in
                try store.subgraph(around: store.entity(named: entity), depth: depth, maxNodes: maxNodes)
            }
            if truncated {
                FileHandle.standardError.write(Data("kgraph: warning: the neighbourhood has more than \(maxNodes) entities; kept the \(maxNodes) nearest (raise --max-nodes)\n".utf8))
            }
            let chosen = try ExportFormat.parseList(formats)
            do {
                if output == "-" {
                    for file in try chosen[0].files(of: subgraph, baseIRI: baseIRI) {
                        FileHandle.standardOutput.write(Data(file.bytes))
                    }
                } else {
                    for format in chosen {
                        for file in try format.files(of: subgraph, baseIRI: baseIRI) {
                            try AtomicFile.write(file.bytes, to: (output as NSString).appendingPathComponent(file.name))
                        }
                    }
                }
            } catch {
                FileHandle.standardError.write(Data("kgraph: error: \(error.description)\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}
