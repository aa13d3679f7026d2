import Foundation
import Testing

/// End-to-end runs of `kgraph build`.
@Suite(.serialized)
struct BuildCommandTests {
    /// The JSON-LD export of the seed, as entities by name and links by pair of names.
    struct SeedGraph {
        var typeByName: [String: String] = [:]
        var aliasesByName: [String: [String]] = [:]
        var links: Set<[String]> = []
    }

    func buildSeed(_ extra: [String] = []) throws -> (URL, CLIRunner.Result) {
        let folder = CLIRunner.temporaryFolder()
        let result = try CLIRunner.run(["build", "-o", folder.path] + extra)
        return (folder, result)
    }

    func readGraph(_ folder: URL) throws -> SeedGraph {
        let data = try Data(contentsOf: folder.appendingPathComponent("graph.jsonld"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let items = try #require(object["@graph"] as? [[String: Any]])
        var graph = SeedGraph()
        var nameByID: [String: String] = [:]
        for item in items where item["@type"] as? String != "kg:CoOccurrence" {
            let name = try #require(item["name"] as? String)
            let id = try #require(item["@id"] as? String)
            nameByID[id] = name
            graph.typeByName[name] = item["entityType"] as? String
            graph.aliasesByName[name] = item["alternateName"] as? [String] ?? []
        }
        for item in items where item["@type"] as? String == "kg:CoOccurrence" {
            let sourceID = try #require(item["source"] as? String)
            let targetID = try #require(item["target"] as? String)
            let source = try #require(nameByID[sourceID])
            let target = try #require(nameByID[targetID])
            graph.links.insert([source, target].sorted())
        }
        return graph
    }

    @Test func theSeedGraphHasItsFacts() throws {
        let (folder, result) = try buildSeed()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("1 document (0 skipped, 0 warnings)"))
        let graph = try readGraph(folder)
        #expect(graph.typeByName["He Yi"] == "person")
        #expect(graph.typeByName["Binance"] == "organization")
        #expect(graph.typeByName["BNB"] == "token")
        #expect(graph.links.contains(["Binance", "He Yi"]))
        // BSC and Binance Smart Chain are one node.
        let chain = graph.typeByName.keys.filter { $0 == "Binance Smart Chain" || graph.aliasesByName[$0]?.contains("BSC") == true }
        #expect(chain == ["Binance Smart Chain"])
        #expect(graph.aliasesByName["Binance Smart Chain"]?.contains("BSC") == true)
        // Page chrome and generic concepts are not nodes.
        for chrome in ["Subscribe", "Sign in", "RSS", "Read more", "Cryptocurrency", "NFT", "CMO"] {
            #expect(graph.typeByName[chrome] == nil, "\(chrome) is a node")
        }
    }

    @Test func rebuildingTheSeedReproducesTheCommittedExports() throws {
        let (folder, result) = try buildSeed(["--threads", "1"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.status == 0, "\(result.standardError)")
        for name in ["graph.graphml", "graph.dot", "graph.jsonld", "graph.sqlite"] {
            let committed = try Data(contentsOf: CLIRunner.root.appendingPathComponent("exports/\(name)"))
            let rebuilt = try Data(contentsOf: folder.appendingPathComponent(name))
            #expect(committed == rebuilt, "exports/\(name) differs from a fresh build of seeds/: run the README's build command and commit")
        }
    }

    @Test func oneAndTwoThreadsGiveTheSameBytes() throws {
        let (one, first) = try buildSeed(["--threads", "1"])
        let (two, second) = try buildSeed(["--threads", "2"])
        defer {
            try? FileManager.default.removeItem(at: one)
            try? FileManager.default.removeItem(at: two)
        }
        #expect(first.status == 0 && second.status == 0)
        for name in ["graph.graphml", "graph.dot", "graph.jsonld", "graph.sqlite"] {
            #expect(try Data(contentsOf: one.appendingPathComponent(name)) == Data(contentsOf: two.appendingPathComponent(name)))
        }
    }

    @Test func standardInputAndStandardOutput() throws {
        let text = "Vexolin, a company based in Oslo, hired Marta Quillon.\n\nMarta Quillon joined Vexolin in May."
        let result = try CLIRunner.run(["build", "-", "--formats", "graphml", "-o", "-", "--quiet"], input: Data(text.utf8))
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("<?xml"))
        #expect(result.standardOutput.contains("Marta Quillon"))
        #expect(result.standardError.isEmpty)
    }

    @Test func badInputIsNamedAndTheRestStillBuilds() throws {
        let folder = CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["build", "seeds", "/no/such/file.txt", "-o", folder.path])
        #expect(result.status == 0)
        #expect(result.standardError.contains("/no/such/file.txt: no such file or folder"))
        #expect(result.standardError.contains("1 document (1 skipped, 0 warnings)"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("graph.graphml").path))
    }

    @Test func nothingReadableExitsWithOne() throws {
        let result = try CLIRunner.run(["build", "/no/such/file.txt", "-o", CLIRunner.temporaryFolder().path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("no document could be read"))
    }

    @Test func badGazetteerNamesFileAndLine() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-gaz-\(UUID().uuidString).tsv")
        try Data("organization\tAcme\t\nnot a valid line\n".utf8).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        let result = try CLIRunner.run(["build", "--gazetteer", path.path, "-o", CLIRunner.temporaryFolder().path])
        #expect(result.status == 64)
        #expect(result.standardError.contains("\(path.path):2:"))
    }

    @Test func explainTracesEveryMention() throws {
        let folder = CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["build", "--explain", "-o", folder.path, "--quiet"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.first == "document\tstart\tend\ttype\tentity\tsurface\trule")
        #expect(lines.contains { $0.contains("\tperson\tHe Yi\tYi\tshort form of He Yi") })
        #expect(lines.contains { $0.contains("\tproduct\tBinance Smart Chain\tBSC\tgazetteer ") })
    }

    @Test func allFormatsWriteEveryFileAndCarryWikidataLinks() throws {
        let (folder, result) = try buildSeed(["--formats", "all", "--quiet"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.status == 0, "\(result.standardError)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["edges.csv", "graph.cypher", "graph.dot", "graph.gexf", "graph.graphml", "graph.jsonld", "graph.sqlite", "nodes.csv"])
        let data = try Data(contentsOf: folder.appendingPathComponent("graph.jsonld"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let items = try #require(object["@graph"] as? [[String: Any]])
        let bitcoin = try #require(items.first { $0["name"] as? String == "Bitcoin" })
        #expect(bitcoin["sameAs"] as? [String] == ["http://www.wikidata.org/entity/Q131723"])
        let gexf = try String(contentsOf: folder.appendingPathComponent("graph.gexf"), encoding: .utf8)
        #expect(gexf.contains("<viz:color r=\"136\" g=\"204\" b=\"238\"/>"))
    }

    @Test func noQueryStoreWritesTheExportsOnlyAndFlagsAnOldStore() throws {
        let (folder, result) = try buildSeed(["--formats", "graphml", "--no-query-store", "--quiet"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.graphml"])
        // A store left by an earlier build no longer matches the exports: the build says so.
        #expect(try CLIRunner.run(["build", "-o", folder.path, "--quiet"]).status == 0)
        let again = try CLIRunner.run(["build", "-o", folder.path, "--no-query-store", "--quiet"])
        #expect(again.status == 0)
        #expect(again.standardError.contains("graph.sqlite is from an earlier build"))
    }

    @Test func oneFormatToStandardOutputOnly() throws {
        let gexf = try CLIRunner.run(["build", "--formats", "gexf", "-o", "-", "--quiet"])
        #expect(gexf.status == 0)
        #expect(gexf.standardOutput.hasPrefix("<?xml") && gexf.standardOutput.contains("<gexf xmlns=\"http://gexf.net/1.3\""))
        let csv = try CLIRunner.run(["build", "--formats", "csv", "-o", "-"])
        #expect(csv.status == 64)
        #expect(csv.standardError.contains("nodes.csv and edges.csv"))
        let two = try CLIRunner.run(["build", "--formats", "dot,jsonld", "-o", "-"])
        #expect(two.status == 64)
        let unknown = try CLIRunner.run(["build", "--formats", "graphml,svg", "-o", CLIRunner.temporaryFolder().path])
        #expect(unknown.status == 64)
        #expect(unknown.standardError.contains("unknown export format \"svg\""))
    }

    @Test func baseIRIMustBeAbsolute() throws {
        let bad = try CLIRunner.run(["build", "--base-iri", "kgraph/", "-o", CLIRunner.temporaryFolder().path])
        #expect(bad.status == 64)
        #expect(bad.standardError.contains("--base-iri"))
        let good = try CLIRunner.run(["build", "--base-iri", "https://example.org/kg/", "--formats", "jsonld", "-o", "-", "--quiet"])
        #expect(good.status == 0)
        #expect(good.standardOutput.contains("\"kg\": \"https://example.org/kg/vocab#\""))
    }

    @Test func versionAndHelp() throws {
        #expect(try CLIRunner.run(["--version"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let help = try CLIRunner.run(["build", "--help"])
        #expect(help.standardOutput.contains("--window"))
        #expect(help.standardOutput.contains("Examples:"))
    }
}
