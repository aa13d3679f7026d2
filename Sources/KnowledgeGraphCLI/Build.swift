public import ArgumentParser
import Dispatch
import Foundation
import KnowledgeGraph
import KnowledgeGraphExport
import KnowledgeGraphExtraction
import KnowledgeGraphIngestion
public import KnowledgeGraphLinking
import KnowledgeGraphQuery

/// `kgraph build`: reads documents and writes the graph's exports.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the knowledge graph of documents and export it.",
        discussion: """
            With no input, builds seeds/ into exports/. Folders are read recursively, files in sorted \
            order; `-` reads standard input. A file that cannot be read gets a warning and the build goes on.

            Examples:
              kgraph build                                  # seeds/ -> exports/
              kgraph build articles/ -o out --window sentence
              kgraph build news.tsv --formats graphml -o - > graph.graphml
              kgraph build --formats all -o out             # + graph.gexf, nodes.csv, edges.csv, graph.cypher
              kgraph build pages/ --gazetteer my-names.tsv --min-count 2 --render svg
              cat article.txt | kgraph build - -o out
            """
    )

    @Argument(help: "Files or folders to read (default: seeds). Use - for standard input.")
    var inputs: [String] = []

    @Option(name: [.short, .customLong("output")], help: "Folder to write the exports into; - writes one format to standard output.")
    var output: String = "exports"

    @Option(help: "Comma-separated formats: graphml, gexf, dot, jsonld, csv (Neo4j nodes.csv + edges.csv), cypher, or all.")
    var formats: String = ExportFormat.defaults.map(\.rawValue).joined(separator: ",")

    @Option(help: "Co-occurrence window: sentence, paragraph (a TSV record) or document.")
    var window: Window = .paragraph

    @Option(name: .customLong("min-count"), help: "Link two entities only when they share at least this many windows.")
    var minCount: Int = 1

    @Option(help: "Edge weight: count (windows shared) or npmi ((NPMI + 1) / 2).")
    var weight: EdgeWeighting = .count

    @Option(name: .customLong("gazetteer"), help: "A gazetteer file (type<TAB>name<TAB>alias|alias) whose entries add to and override the bundled one. Repeatable.")
    var gazetteers: [String] = []

    @Flag(name: .customLong("no-default-gazetteer"), help: "Do not use the bundled gazetteer.")
    var noDefaultGazetteer = false

    @Option(name: .customLong("base-iri"), help: "Base of the JSON-LD IRIs: entities are <base>entity/<id>, the vocabulary <base>vocab#.")
    var baseIRI: String = JSONLDExporter.defaultBaseIRI

    @Option(help: "Also render the DOT export with Graphviz: svg, png or pdf.")
    var render: String?

    @Option(help: "Threads for reading and extraction, making the edges, the exports and the query store (default: all cores); the output does not depend on it.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Print every mention with its type, the rule or gazetteer entry that produced it and its offsets.")
    var explain = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Print the time of each stage (waiting for extraction, linking, building the graph, writing each export and the query store's steps) on standard error.")
    var timings = false

    @Flag(help: "Fail (exit status 2, nothing written) when any input is skipped or warned about.")
    var strict = false

    @Flag(name: .customLong("no-query-store"), help: "Do not write graph.sqlite, the store `kgraph query` reads (faster when only the exports are wanted).")
    var noQueryStore = false

    func validate() throws {
        guard minCount >= 1 else { throw ValidationError("--min-count must be at least 1") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        do {
            let chosen = try ExportFormat.parseList(formats)
            if chosen.isEmpty { throw ValidationError("--formats names no format") }
            if output == "-" && chosen.count != 1 { throw ValidationError("-o - writes one format to standard output: pick one with --formats") }
            if output == "-" && chosen[0].fileNames.count != 1 {
                throw ValidationError("-o -: \(chosen[0].rawValue) writes \(chosen[0].fileNames.joined(separator: " and ")), which need an output folder")
            }
        } catch let error as ExportError {
            throw ValidationError(error.description)
        } catch {
            throw error
        }
        if !Self.isBaseIRI(baseIRI) {
            throw ValidationError("--base-iri needs an absolute http or https IRI without spaces, quotes or angle brackets, such as https://example.org/kg/ (got \"\(baseIRI)\")")
        }
        if let render, !["svg", "png", "pdf"].contains(render) {
            throw ValidationError("--render takes svg, png or pdf")
        }
        if render != nil && output == "-" { throw ValidationError("--render needs an output folder, not -") }
    }

    func run() throws {
        MemoryRelease.fixLargeBlockThreshold()
        let started = Date()
        let extractor: EntityExtractor
        do {
            var extra: Gazetteer?
            for path in gazetteers {
                let loaded = try Gazetteer.load(path: path)
                extra = extra.map { $0.merging(loaded) } ?? loaded
            }
            extractor = try EntityExtractor.standard(extra: extra, includeBundled: !noDefaultGazetteer)
        } catch {
            throw ValidationError(error.description)
        }

        var stages = StageClock()
        let items = InputCollector().collect(inputs.isEmpty ? ["seeds"] : inputs)
        var builder = GraphBuilder(window: window, minimumCount: minCount, weighting: weight)
        builder.threads = threads
        // The store's evidence text waits in an unnamed file in the output folder, not in memory.
        var evidence = output == "-" || noQueryStore ? nil : EvidenceCollector(window: window, spillFolder: output)
        var skipped = 0
        var warnings = 0
        var explanations: [String] = []
        let loader = DocumentLoader()
        let paths = items.compactMap { item -> String? in if case .file(let path) = item { return path } else { return nil } }
        let sizes = quiet ? [:] : ProgressReporter.sizes(of: paths)
        var progress = ProgressReporter(totalDocuments: items.count, totalBytes: sizes.values.reduce(0, +), quiet: quiet)
        var bytesDone: Int64 = 0
        // Batches are read and extracted on the worker threads up to `ahead` batches ahead
        // of the linking, which runs here in input order: the graph does not depend on
        // timing. More than one batch in flight keeps every core busy while a batch's
        // longest documents finish and while this thread links. (With --threads 1 there is
        // no worker: each batch is read, then linked.)
        let batchSize = 64
        let ahead = threads > 1 ? 3 : 1
        let batches = stride(from: 0, to: items.count, by: batchSize).map { Array(items[$0..<min($0 + batchSize, items.count)]) }
        let extracted = ResultSlots<[Outcome]>(count: batches.count)
        let ready = batches.map { _ in DispatchSemaphore(value: 0) }
        let startBatch: (Int) -> Void = { index in
            guard index < batches.count else { return }
            let work: @Sendable () -> Void = { [self] in
                extracted.set(index, process(batches[index], loader: loader, extractor: extractor))
                ready[index].signal()
            }
            // With one thread, a batch is read when linking needs it, on this thread.
            if threads > 1 { DispatchQueue.global().async(execute: work) } else { work() }
        }
        for index in 0..<ahead { startBatch(index) }
        for (index, batch) in batches.enumerated() {
            stages.start("read+extract")
            ready[index].wait()
            let results = extracted.take(index)
            startBatch(index + ahead)
            stages.start("link")
            for result in results {
                switch result {
                case .success(let document, let extraction, let documentWarnings):
                    for warning in documentWarnings { warn(warning.description) }
                    warnings += documentWarnings.count
                    // The counts the store's evidence reads are recorded only when there is a store.
                    var shared: [UInt32]? = evidence == nil ? nil : []
                    builder.add(extraction, windowsSharedBefore: &shared)
                    evidence?.add(document, extraction, after: builder, windowsShared: shared ?? [])
                    if explain { explanations.append(contentsOf: explainLines(document, extraction)) }
                case .failure(let message):
                    skipped += 1
                    warn(message)
                }
            }
            for item in batch { if case .file(let path) = item { bytesDone += sizes[path] ?? 0 } }
            progress.update(documents: min((index + 1) * batchSize, items.count), bytes: bytesDone)
        }
        progress.finish()
        if explain {
            print("document\tstart\tend\ttype\tentity\tsurface\trule")
            explanations.forEach { print($0) }
        }
        if strict && (skipped > 0 || warnings > 0) {
            FileHandle.standardError.write(Data("kgraph: error: --strict: \(skipped) input\(skipped == 1 ? "" : "s") skipped, \(warnings) warning\(warnings == 1 ? "" : "s"); nothing written\n".utf8))
            throw ExitCode(2)
        }
        guard builder.documentsAdded > 0 else {
            FileHandle.standardError.write(Data("kgraph: error: no document could be read (\(skipped) skipped)\n".utf8))
            throw ExitCode(1)
        }

        stages.start("build graph")
        let documents = builder.documentsAdded
        // The builder's per-pair state goes into the graph: consumed, it is freed as the
        // edges are made, before the exports.
        let (built, entityPositions) = (consume builder).buildWithEntityPositions()
        MemoryRelease.returnFreedMemory()
        stages.start("communities")
        // Consumed, the graph gets its communities in place rather than in a copy.
        let graph = CommunityDetector().annotate(consume built)
        MemoryRelease.returnFreedMemory()
        let chosen = try ExportFormat.parseList(formats)
        if output == "-" {
            do {
                for file in try chosen[0].files(of: graph, baseIRI: baseIRI) {
                    FileHandle.standardOutput.write(Data(file.bytes))
                }
            } catch {
                FileHandle.standardError.write(Data("kgraph: error: \(error.description)\n".utf8))
                throw ExitCode(1)
            }
        } else {
            AtomicFile.removeStaleTemporaries(in: output, names: chosen.flatMap(\.fileNames) + ["graph.sqlite", "graph.svg", "graph.png", "graph.pdf"])
            let storePath = (output as NSString).appendingPathComponent(GraphStore.fileName)
            if noQueryStore && FileManager.default.fileExists(atPath: storePath) {
                warn("\(storePath) is from an earlier build (--no-query-store): `kgraph query` would answer from it, not from these exports")
            }
            stages.start("write")
            let storeSteps = ResultSlots<(String, Double)>(count: 0)
            let written = writeOutputs(graph, formats: chosen, entityPositions: entityPositions, evidence: evidence, storeSteps: storeSteps)
            stages.stop()
            for (name, seconds, _) in written {
                stages.add("  " + name, seconds)
                if name == "query store" { for (step, seconds) in storeSteps.appended() { stages.add(step, seconds) } }
            }
            let failures = written.compactMap(\.failure)
            for failure in failures { FileHandle.standardError.write(Data("kgraph: error: \(failure)\n".utf8)) }
            if !failures.isEmpty { throw ExitCode(1) }
        }
        stages.stop()
        if timings { FileHandle.standardError.write(Data(stages.report().utf8)) }
        if let render { try renderGraph(format: render, formatsWritten: chosen) }

        if !quiet {
            let counts = graph.countsByType
            let byType = EntityType.allCases.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            let summary = "kgraph: \(documents) document\(documents == 1 ? "" : "s") (\(skipped) skipped, \(warnings) warning\(warnings == 1 ? "" : "s")), "
                + "\(graph.entities.count) entities (\(byType)), \(graph.edges.count) edges, \(seconds) s"
                + (output == "-" ? "" : " -> \(output)/")
            FileHandle.standardError.write(Data((summary + "\n").utf8))
        }
    }

    /// Writes every export and the query store, as many at once as there are threads
    /// (each file streams to disk on its own, so they do not wait for one another). Returns,
    /// per file, its name, the seconds it took and its error, if any.
    private func writeOutputs(_ graph: Graph, formats: [ExportFormat], entityPositions: [UInt32],
                              evidence: EvidenceCollector?, storeSteps: ResultSlots<(String, Double)>)
        -> [(name: String, seconds: Double, failure: String?)]
    {
        var jobs: [(String, @Sendable () throws -> Void)] = []
        let folder = output
        let baseIRI = baseIRI
        // Longest first, so that two threads finish together.
        if let evidence {
            var writer = GraphStoreWriter()
            writer.threads = threads
            if timings { writer.onStep = { step, seconds in storeSteps.append(("    store " + step, seconds)) } }
            jobs.append(("query store", { [writer] in
                try writer.write(graph, entityPositions: entityPositions, evidence: evidence, toFolder: folder)
            }))
        }
        let expectedCost: [ExportFormat: Int] = [.graphml: 0, .jsonld: 1, .gexf: 2, .cypher: 3, .csv: 4, .dot: 5]
        for format in formats.sorted(by: { expectedCost[$0, default: 9] < expectedCost[$1, default: 9] }) {
            let threads = threads
            jobs.append(("export " + format.rawValue, { try format.write(graph, baseIRI: baseIRI, toFolder: folder, threads: threads) }))
        }
        let work = jobs
        let results = ResultSlots<(name: String, seconds: Double, failure: String?)>(count: jobs.count)
        let next = ResultSlots<Int>(count: 0)
        let run: @Sendable (Int) -> Void = { index in
            let began = Date()
            var failure: String?
            do { try work[index].1() } catch let error as ExportError { failure = error.description }
            catch let error as QueryError { failure = error.description } catch { failure = "\(error)" }
            results.set(index, (work[index].0, Date().timeIntervalSince(began), failure))
        }
        let workers = max(1, min(threads, jobs.count))
        if workers == 1 {
            for index in jobs.indices { run(index) }
        } else {
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let index = next.claim(below: work.count) { run(index) }
            }
        }
        return results.values()
    }

    private enum Outcome {
        case success(Document, DocumentExtraction, [IngestionWarning])
        case failure(String)
    }

    /// Reads and extracts a batch of inputs on up to `threads` threads; results keep the
    /// inputs' order, so the graph does not depend on the thread count.
    private func process(_ batch: [InputCollector.Item], loader: DocumentLoader, extractor: EntityExtractor) -> [Outcome] {
        let results = ResultSlots<Outcome>(count: batch.count)
        let work: @Sendable (Int) -> Void = { index in
            let outcome: Outcome
            do {
                let loaded: (document: Document, warnings: [IngestionWarning])
                switch batch[index] {
                case .file(let path): loaded = try loader.loadWithWarnings(path: path)
                case .standardInput:
                    let data = FileHandle.standardInput.readDataToEndOfFile()
                    loaded = try loader.parseWithWarnings([UInt8](data), id: "stdin")
                case .failure(let error): throw error
                }
                outcome = .success(loaded.document, extractor.extract(loaded.document), loaded.warnings)
            } catch let error as IngestionError {
                outcome = .failure(error.description)
            } catch {
                outcome = .failure("\(error)")
            }
            results.set(index, outcome)
        }
        if threads <= 1 || batch.count == 1 {
            for index in batch.indices { work(index) }
        } else {
            let workers = min(threads, batch.count)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var index = worker
                while index < batch.count {
                    work(index)
                    index += workers
                }
            }
        }
        return results.values()
    }

    /// One line per mention: document, offsets, type, entity, surface, rule.
    private func explainLines(_ document: Document, _ extraction: DocumentExtraction) -> [String] {
        let labels = Dictionary(extraction.entities.map { ($0.key, $0.label) }, uniquingKeysWith: { first, _ in first })
        return extraction.mentions.map { mention in
            [document.id, String(mention.range.start), String(mention.range.end), mention.entity.type.rawValue,
             labels[mention.entity] ?? mention.entity.name, mention.surface, mention.rule]
                .map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
                .joined(separator: "\t")
        }
    }

    private func warn(_ message: String) {
        FileHandle.standardError.write(Data("kgraph: warning: \(message)\n".utf8))
    }

    /// Runs Graphviz on the DOT export; says clearly when Graphviz is missing.
    private func renderGraph(format: String, formatsWritten: [ExportFormat]) throws {
        let dotPath = (output as NSString).appendingPathComponent(ExportFormat.dot.fileNames[0])
        guard formatsWritten.contains(.dot) || FileManager.default.fileExists(atPath: dotPath) else {
            throw ValidationError("--render needs the dot format: add dot to --formats")
        }
        guard let executable = Self.findExecutable("dot") else {
            FileHandle.standardError.write(Data("kgraph: error: --render needs Graphviz, and no `dot` program is on PATH (install the graphviz package)\n".utf8))
            throw ExitCode(1)
        }
        let target = (output as NSString).appendingPathComponent("graph.\(format)")
        let temporary = (output as NSString).appendingPathComponent(".graph.\(format).tmp-\(getpid())")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-T\(format)", dotPath, "-o", temporary]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            unlink(temporary)
            FileHandle.standardError.write(Data("kgraph: error: Graphviz failed to render \(dotPath) (exit \(process.terminationStatus))\n".utf8))
            throw ExitCode(1)
        }
        guard rename(temporary, target) == 0 else {
            unlink(temporary)
            throw ExitCode(1)
        }
    }

    /// Whether `text` can be the base of every JSON-LD IRI: `http://` or `https://`, a
    /// host, and none of the characters an IRI may not hold.
    static func isBaseIRI(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard let scheme = ["http://", "https://"].first(where: { lower.hasPrefix($0) }), text.count > scheme.count else {
            return false
        }
        return !text.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || "\"<>\\^`{|}".unicodeScalars.contains($0) }
    }

    static func findExecutable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// Wall-clock time per stage of a build, for `--timings`, and the peak resident memory of
/// the process when each stage last ended (so that a benchmark can tell which stage needs it).
struct StageClock {
    private var totals: [(name: String, seconds: Double, peakBytes: Int?)] = []
    private var current: (String, Date)?

    /// Ends the running stage and starts `name` (stages may repeat; their times add up).
    mutating func start(_ name: String) {
        stop()
        current = (name, Date())
    }

    mutating func stop() {
        guard let (name, began) = current else { return }
        let elapsed = Date().timeIntervalSince(began)
        let peak = Self.peakResidentBytes()
        if let index = totals.firstIndex(where: { $0.name == name }) {
            totals[index].seconds += elapsed
            totals[index].peakBytes = peak
        } else {
            totals.append((name, elapsed, peak))
        }
        current = nil
    }

    /// Adds a stage measured elsewhere (a job that ran beside others).
    mutating func add(_ name: String, _ seconds: Double) {
        totals.append((name, seconds, nil))
    }

    func report() -> String {
        totals.map { stage in
            let peak = stage.peakBytes.map { String(format: ", peak %d MB", $0 >> 20) } ?? ""
            return "kgraph: " + stage.name.padding(toLength: max(22, stage.name.count), withPad: " ", startingAt: 0) + String(format: "%8.3f s", stage.seconds)
                + peak + "\n"
        }.joined()
    }

    /// The most memory the process has held resident so far (`getrusage`), in bytes.
    static func peakResidentBytes() -> Int {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        return usage.ru_maxrss * 1024  // kilobytes on Linux
    }
}

extension Window: ExpressibleByArgument {}
extension EdgeWeighting: ExpressibleByArgument {}
