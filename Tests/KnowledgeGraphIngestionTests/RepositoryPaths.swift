import Foundation

/// Paths of the repository's files, for tests.
enum RepositoryPaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seed = root.appendingPathComponent("seeds/000_b9b23063de3ebd44.txt").path
}
