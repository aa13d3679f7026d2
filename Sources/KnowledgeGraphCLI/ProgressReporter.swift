import Foundation

/// A one-line progress bar on standard error for long builds: documents done, MB/s and
/// time left. Shown only when standard error is a terminal (and not with `--quiet`);
/// redrawn at most four times a second, and cleared when the build ends.
struct ProgressReporter {
    private let enabled: Bool
    private let totalDocuments: Int
    private let totalBytes: Int64
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var drawn = false

    /// A reporter for `totalDocuments` documents of `totalBytes` bytes in all.
    init(totalDocuments: Int, totalBytes: Int64, quiet: Bool) {
        self.enabled = !quiet && isatty(STDERR_FILENO) == 1 && totalDocuments > 1
        self.totalDocuments = totalDocuments
        self.totalBytes = totalBytes
    }

    /// The sizes of the input files, for the bytes a build has to read.
    static func sizes(of paths: [String]) -> [String: Int64] {
        var sizes: [String: Int64] = [:]
        for path in paths {
            var info = stat()
            if stat(path, &info) == 0 { sizes[path] = Int64(info.st_size) }
        }
        return sizes
    }

    /// Redraws the bar for `documents` documents and `bytes` bytes done.
    mutating func update(documents: Int, bytes: Int64) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.25 || documents == totalDocuments else { return }
        lastDrawn = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let fraction = totalBytes > 0 ? Double(bytes) / Double(totalBytes) : Double(documents) / Double(totalDocuments)
        let width = 24
        let filled = min(width, Int(fraction * Double(width)))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let speed = Double(bytes) / 1_000_000 / elapsed
        let left = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
        let line = String(format: "\rkgraph: [%@] %d/%d documents, %.1f MB/s, %.0f s left\u{1B}[K",
                          bar, documents, totalDocuments, speed, left)
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    /// Clears the bar, so that the summary line starts on a clean line.
    mutating func finish() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
