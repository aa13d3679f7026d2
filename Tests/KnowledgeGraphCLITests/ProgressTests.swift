import Foundation
import Testing

/// The progress bar shows on a terminal only.
struct ProgressTests {
    @Test func aTerminalSeesTheBarAndAPipeDoesNot() throws {
        let output = CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let docs = "Tests/Fixtures/DevSet/docs"
        let piped = try CLIRunner.run(["build", docs, "-o", output.path, "--formats", "dot"])
        #expect(piped.status == 0)
        #expect(!piped.standardError.contains("\r"))
        #expect(!piped.standardError.contains("documents, "))

        // script(1) gives the command a terminal.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let binary = Bundle.main.bundleURL.appendingPathComponent("kgraph").path
        let onTerminal = try CLIRunner.runProgram("/usr/bin/script", [
            "-qec", "'\(binary)' build \(docs) -o '\(output.path)' --formats dot", "/dev/null",
        ])
        #expect(onTerminal.status == 0)
        #expect(onTerminal.standardOutput.contains("24/24 documents, "), "\(onTerminal.standardOutput)")
        let quiet = try CLIRunner.runProgram("/usr/bin/script", [
            "-qec", "'\(binary)' build \(docs) -o '\(output.path)' --formats dot --quiet", "/dev/null",
        ])
        #expect(!quiet.standardOutput.contains("documents, "))
    }
}
