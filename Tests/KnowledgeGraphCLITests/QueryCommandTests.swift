import Foundation
import Testing

/// End-to-end runs of `kgraph query` on the seed's graph, built once by `kgraph build`.
struct QueryCommandTests {
    /// The folder `kgraph build` wrote the seed's graph into.
    static let graph: Result<String, any Error> = Result {
        let folder = CLIRunner.temporaryFolder()
        let result = try CLIRunner.run(["build", "-o", folder.path, "--quiet"])
        guard result.status == 0 else { throw CLIError(message: result.standardError) }
        return folder.path
    }

    struct CLIError: Error {
        var message: String
    }

    static let seedText = (try? String(contentsOf: CLIRunner.root.appendingPathComponent("seeds/000_b9b23063de3ebd44.txt"),
                                       encoding: .utf8)) ?? ""

    func query(_ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(["query"] + arguments + ["--graph", Self.graph.get()])
    }

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try query(arguments + ["--json"])
        #expect(result.status == 0, "\(result.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    /// The data rows of a table: the lines after the header.
    func rows(_ output: String) -> [String] {
        let lines = output.split(separator: "\n").map(String.init)
        guard let header = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }) else { return [] }
        return Array(lines[(header + 1)...])
    }

    @Test func neighborsOfHeYiListBinanceFirstAmongOrganisations() throws {
        let all = try query(["neighbors", "He Yi"])
        #expect(all.status == 0, "\(all.standardError)")
        #expect(all.standardOutput.hasPrefix("Neighbours of He Yi (person)"))
        let organisations = rows(try query(["neighbors", "He Yi", "--type", "organization"]).standardOutput)
        #expect(organisations.first?.contains("Binance") == true)
        #expect(organisations.allSatisfy { $0.contains("organization") })
        let object = try json(["neighbors", "He Yi", "--type", "organization", "--limit", "2"])
        #expect(Set(object.keys) == ["entity", "by", "type", "neighbors"])
        #expect((object["entity"] as? [String: Any])?["id"] as? String == "person_he-yi")
        let neighbors = try #require(object["neighbors"] as? [[String: Any]])
        #expect(neighbors.count == 2)
        #expect(Set(neighbors[0].keys) == ["entity", "weight", "count", "documents", "npmi"])
        #expect((neighbors[0]["entity"] as? [String: Any])?["label"] as? String == "Binance")
    }

    @Test func pathFromHeYiToBNBPrintsSentencesOfTheSeed() throws {
        let result = try query(["path", "He Yi", "BNB", "--color", "never"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("He Yi (person) → BNB (token): 2 links"))
        #expect(result.standardOutput.contains("1. He Yi — Binance — BNB"))
        // Every indented sentence line is text of the seed.
        let sentences = result.standardOutput.split(separator: "\n").filter { $0.hasPrefix("     ") && !$0.hasPrefix("     [") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0 != "…" }
        #expect(!sentences.isEmpty)
        for sentence in sentences { #expect(Self.seedText.contains(sentence), "not in the seed: \(sentence)") }

        let object = try json(["path", "He Yi", "BNB"])
        #expect(Set(object.keys) == ["from", "to", "hops", "maxHops", "paths"])
        #expect(object["hops"] as? Int == 2)
        let paths = try #require(object["paths"] as? [[String: Any]])
        let links = try #require(paths.first?["links"] as? [[String: Any]])
        #expect(links.count == 2)
        let evidence = try #require(links[0]["evidence"] as? [String: Any])
        #expect(Set(evidence.keys) == ["document", "window", "sentences", "mentions"])
        let sentence = try #require((evidence["sentences"] as? [[String: Any]])?.first)
        #expect(Set(sentence.keys) == ["start", "end", "text"])
    }

    @Test func noPathExitsWithOne() throws {
        let result = try query(["path", "He Yi", "BNB", "--max-hops", "1"])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("No path of at most 1 links"))
        let json = try query(["path", "He Yi", "BNB", "--max-hops", "1", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(object["hops"] is NSNull)
        #expect((object["paths"] as? [Any])?.isEmpty == true)
    }

    @Test func evidenceHighlightsMentionsOnRequest() throws {
        let plain = try query(["evidence", "CZ", "Binance", "--color", "never"])
        #expect(plain.status == 0, "\(plain.standardError)")
        #expect(plain.standardOutput.hasPrefix("Changpeng Zhao (person) and Binance (organization):"))
        #expect(plain.standardOutput.contains("seeds/000_b9b23063de3ebd44.txt @ "))
        #expect(!plain.standardOutput.contains("\u{1B}["))
        let coloured = try query(["evidence", "CZ", "Binance", "--color", "always"])
        #expect(coloured.standardOutput.contains("\u{1B}[1;33mBinance\u{1B}[0m"))
        let object = try json(["evidence", "He Yi", "Binance", "--limit", "2"])
        #expect(Set(object.keys) == ["entities", "count", "documents", "passages"])
        let passages = try #require(object["passages"] as? [[String: Any]])
        #expect(passages.count == 2)
        let mentions = try #require(passages[0]["mentions"] as? [[String: Any]])
        #expect(Set(mentions.compactMap { $0["entity"] as? String }) == ["person_he-yi", "organization_binance"])
    }

    @Test func topRanksByEveryMeasure() throws {
        for measure in ["degree", "weight", "pagerank", "betweenness", "mentions"] {
            let object = try json(["top", "--by", measure, "--limit", "5"])
            #expect(Set(object.keys) == ["by", "type", "entities"] && object["type"] is NSNull)
            #expect(object["by"] as? String == measure)
            let entities = try #require(object["entities"] as? [[String: Any]])
            #expect(entities.count == 5)
            let values = entities.compactMap { $0["value"] as? Double }
            #expect(values == values.sorted(by: >))
        }
        let tokens = rows(try query(["top", "--type", "token", "--by", "pagerank", "--limit", "3"]).standardOutput)
        #expect(tokens.count == 3 && tokens.allSatisfy { $0.contains(" token ") })
    }

    @Test func subgraphWritesTheExportFormats() throws {
        let graphml = try query(["subgraph", "He Yi"])
        #expect(graphml.status == 0, "\(graphml.standardError)")
        #expect(graphml.standardOutput.hasPrefix("<?xml"))
        #expect(graphml.standardOutput.contains("<node id=\"person_he-yi\">"))
        #expect(graphml.standardOutput.contains("<node id=\"organization_binance\">"))
        let folder = CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let all = try query(["subgraph", "Binance", "--depth", "2", "--formats", "all", "-o", folder.path])
        #expect(all.status == 0, "\(all.standardError)")
        for name in ["graph.graphml", "graph.dot", "graph.jsonld"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path))
        }
        let dot = try query(["subgraph", "BNB", "--formats", "dot"])
        #expect(dot.standardOutput.hasPrefix("strict graph"))
    }

    @Test func searchToleratesATypo() throws {
        let table = rows(try query(["search", "binanse"]).standardOutput)
        #expect(table.first?.contains("Binance") == true)
        let object = try json(["search", "Changpeng"])
        #expect(Set(object.keys) == ["query", "matches"])
        let first = try #require((object["matches"] as? [[String: Any]])?.first)
        #expect(Set(first.keys) == ["entity", "name", "match", "distance", "mentions"])
        #expect((first["entity"] as? [String: Any])?["label"] as? String == "Changpeng Zhao")
        #expect(first["match"] as? String == "prefix")
    }

    @Test func communitiesAreTheSameEveryTime() throws {
        let first = try query(["communities", "--json"])
        let second = try query(["communities", "--json"])
        #expect(first.status == 0 && first.standardOutput == second.standardOutput)
        let object = try json(["communities"])
        #expect(Set(object.keys) == ["count", "modularity", "communities"])
        let communities = try #require(object["communities"] as? [[String: Any]])
        #expect(Set(try #require(communities.first).keys) == ["id", "size", "internalWeight", "members"])
        let own = try query(["communities", "--entity", "He Yi"])
        #expect(rows(own.standardOutput).count == 1)
        #expect(rows(own.standardOutput).first?.contains("He Yi") == true)
    }

    @Test func evidencePrintsWithoutTheDocuments() throws {
        let work = CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let input = work.appendingPathComponent("article.txt")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try Data("Vexolin, a company based in Oslo, hired Marta Quillon.\n\nMarta Quillon joined Vexolin in May.\n".utf8).write(to: input)
        let built = try CLIRunner.run(["build", input.path, "-o", work.appendingPathComponent("graph").path, "--quiet"])
        #expect(built.status == 0, "\(built.standardError)")
        try FileManager.default.removeItem(at: input)
        let result = try CLIRunner.run(["query", "evidence", "Marta Quillon", "Vexolin", "--color", "never",
                                        "--graph", work.appendingPathComponent("graph").path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Vexolin, a company based in Oslo, hired Marta Quillon."))
        #expect(result.standardOutput.contains("Marta Quillon joined Vexolin in May."))
    }

    @Test func unknownNamesGetCandidatesAndExitOne() throws {
        let result = try query(["neighbors", "Binanse"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("no entity named \"Binanse\"; closest: Binance (organization)"))
    }

    @Test func aMissingGraphSaysHowToBuildIt() throws {
        let result = try CLIRunner.run(["query", "neighbors", "He Yi", "--graph", "/no/such/folder"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("/no/such/folder/graph.sqlite: no query store here"))
    }
}
