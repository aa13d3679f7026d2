import Foundation

/// Runs the built `kgraph` binary from the repository root.
enum CLIRunner {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    static func run(_ arguments: [String], input: Data? = nil) throws -> Result {
        try runProgram(Bundle.main.bundleURL.appendingPathComponent("kgraph").path, arguments, input: input)
    }

    /// Runs any program from the repository root.
    static func runProgram(_ path: String, _ arguments: [String], input: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = root
        let output = Pipe()
        let error = Pipe()
        let inputPipe = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(input) }
        try inputPipe.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
                      standardError: String(decoding: errData, as: UTF8.self))
    }

    /// A new folder path (not yet created) under ``temporaryParent``, which is removed with
    /// everything in it when the test process exits: tests leave nothing behind.
    static func temporaryFolder() -> URL {
        temporaryParent.appendingPathComponent(UUID().uuidString)
    }

    /// The folder of this test process's temporary folders, removed when the process exits.
    static let temporaryParent: URL = {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: CLIRunner.temporaryParent) }
        return parent
    }()
}
