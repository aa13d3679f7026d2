import Foundation
import Testing

/// A build killed with SIGKILL at any moment leaves every export either as it was or
/// complete and new, and leaves no temporary file behind.
@Suite(.serialized)
struct KilledExportTests {
    /// A corpus whose graph is large (many names per paragraph, tens of thousands of links), so
    /// that writing the exports takes a while.
    func makeLargeCorpus() throws -> URL {
        let folder = CLIRunner.temporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let syllables = ["ka", "lo", "ren", "mi", "zar", "tu", "vek", "sa", "no", "bri", "del", "fa", "gor", "hal", "jun", "lum"]
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        let names = (0..<1200).map { _ -> String in
            let first = (0..<2).map { _ in syllables[next() % syllables.count] }.joined().capitalized
            let second = (0..<2).map { _ in syllables[next() % syllables.count] }.joined().capitalized
            return "\(first) \(second) Labs"
        }
        for document in 0..<30 {
            var text = ""
            for _ in 0..<12 {
                let chosen = (0..<12).map { _ in names[next() % names.count] }
                text += "Analysts said " + chosen.joined(separator: " met ") + " in the city.\n\n"
            }
            try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "doc-%03d.txt", document)))
        }
        return folder
    }

    func exports(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test func killedBuildsLeaveOldOrNewExportsAndNoTemporaryFiles() throws {
        let corpus = try makeLargeCorpus()
        let reference = CLIRunner.temporaryFolder()
        let output = CLIRunner.temporaryFolder()
        defer {
            for folder in [corpus, reference, output] { try? FileManager.default.removeItem(at: folder) }
        }
        // The complete new exports, and how long a whole build takes.
        let started = Date()
        let full = try CLIRunner.run(["build", corpus.path, "-o", reference.path, "--formats", "all", "-q"])
        let duration = Date().timeIntervalSince(started)
        #expect(full.status == 0, "\(full.standardError)")
        let new = try exports(reference)
        #expect(new.count == 8)  // all formats (graphml, gexf, dot, jsonld, nodes.csv, edges.csv, cypher) and the query store

        for fraction in [0.5, 0.7, 0.8, 0.9, 0.97] {
            // The previous exports: the seed's graph.
            try? FileManager.default.removeItem(at: output)
            #expect(try CLIRunner.run(["build", "seeds", "-o", output.path, "--formats", "all", "-q"]).status == 0)
            let old = try exports(output)

            let process = Process()
            process.executableURL = Bundle.main.bundleURL.appendingPathComponent("kgraph")
            process.arguments = ["build", corpus.path, "-o", output.path, "--formats", "all", "-q"]
            process.currentDirectoryURL = CLIRunner.root
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: duration * fraction)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let after = try exports(output)
            #expect(Set(after.keys) == Set(old.keys), "killed at \(fraction): files \(after.keys.sorted())")
            for (name, bytes) in after {
                #expect(bytes == old[name] || bytes == new[name], "killed at \(fraction): \(name) is neither old nor new")
            }
        }
    }
}
