import Foundation

/// Expands the inputs named on the command line into the files to read.
///
/// A folder is walked recursively; its files are taken in byte order of their paths, so
/// the same tree always gives the same list. Hidden files and folders (names starting
/// with `.`) are skipped, and a folder reached twice through symbolic links is walked once.
public struct InputCollector: Sendable {
    /// One input file, or a problem with one input.
    public enum Item: Sendable, Equatable {
        /// A file to read, by the path to show for it.
        case file(String)
        /// Standard input (`-`).
        case standardInput
        /// An input that cannot be read.
        case failure(IngestionError)
    }

    public init() {}

    /// The files under `inputs`: problems first, then every file once, sorted by path in
    /// byte order (so the same inputs named in any order give the same list), then
    /// standard input if `-` was given.
    public func collect(_ inputs: [String]) -> [Item] {
        var failures: [Item] = []
        var files: [String] = []
        var standardInput = false
        for item in collectInOrder(inputs) {
            switch item {
            case .file(let path): files.append(path)
            case .standardInput: standardInput = true
            case .failure: failures.append(item)
            }
        }
        files.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        return failures + files.map(Item.file) + (standardInput ? [.standardInput] : [])
    }

    /// The files under `inputs`, in order: each input in the order given, each folder's
    /// files sorted.
    func collectInOrder(_ inputs: [String]) -> [Item] {
        var items: [Item] = []
        var seen = Set<String>()
        var visitedFolders = Set<String>()
        for input in inputs {
            if input == "-" {
                items.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                items.append(.failure(.missing(path: input)))
                continue
            }
            if isDirectory.boolValue {
                for path in walk(input, visited: &visitedFolders) where seen.insert(path).inserted {
                    items.append(.file(path))
                }
            } else if seen.insert(input).inserted {
                items.append(.file(input))
            }
        }
        return items
    }

    private func walk(_ folder: String, visited: inout Set<String>) -> [String] {
        let resolved = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(resolved).inserted else { return [] }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var files: [String] = []
        for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                files.append(contentsOf: walk(path, visited: &visited))
            } else {
                files.append(path)
            }
        }
        return files
    }
}
