import Foundation
import KnowledgeGraph
import KnowledgeGraphIngestion

/// `html-benchmark`: how fast kgraph reads the article text of HTML pages, in one process.
///
/// Loads the pages once (`PATH/NAME/source.html` in a folder of pages, or `.html` files),
/// reads each once to warm up, then reads them round-robin until the given amount of HTML
/// has been read, and prints the throughput in MB/s (1 MB = 10^6 bytes) of input HTML.
/// Build it in release mode: `swift build -c release --product html-benchmark`.
///
///     html-benchmark [PAGES...] [--megabytes N] [--minimum MBPS] [--documents]
///
/// `--minimum` makes the exit status 1 below that throughput; `--documents` times the
/// whole `Document` (segments and sentences) instead of the text and metadata.
@main
struct HTMLBenchmark {
    static func main() {
        var paths: [String] = []
        var megabytes = 300.0
        var minimum: Double?
        var documents = false
        var arguments = CommandLine.arguments.dropFirst().makeIterator()
        while let argument = arguments.next() {
            switch argument {
            case "--megabytes": megabytes = arguments.next().flatMap(Double.init) ?? megabytes
            case "--minimum": minimum = arguments.next().flatMap(Double.init)
            case "--documents": documents = true
            case "-h", "--help":
                print("usage: html-benchmark [PAGES...] [--megabytes N] [--minimum MBPS] [--documents]")
                return
            default: paths.append(argument)
            }
        }
        if paths.isEmpty { paths = ["../shared/eval/html"] }
        let pages = load(paths)
        guard !pages.isEmpty else {
            FileHandle.standardError.write(Data("html-benchmark: no .html pages under \(paths.joined(separator: " "))\n".utf8))
            exit(2)
        }
        let reader = HTMLReader()
        var characters = 0
        func readOnce(_ page: (name: String, bytes: [UInt8])) {
            do {
                if documents {
                    characters &+= try reader.read(page.bytes, id: page.name).bytes.count
                } else {
                    characters &+= try reader.page(page.bytes, id: page.name).paragraphs.reduce(0) { $0 + $1.utf8.count }
                }
            } catch {
                FileHandle.standardError.write(Data("html-benchmark: \(error)\n".utf8))
                exit(2)
            }
        }
        pages.forEach(readOnce)
        let target = Int(megabytes * 1_000_000)
        var bytesRead = 0
        var pagesRead = 0
        let clock = ContinuousClock()
        let cpuStart = cpuSeconds()
        let elapsed = clock.measure {
            while bytesRead < target {
                let page = pages[pagesRead % pages.count]
                readOnce(page)
                bytesRead += page.bytes.count
                pagesRead += 1
            }
        }
        let cpu = cpuSeconds() - cpuStart
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let megabytesRead = Double(bytesRead) / 1_000_000
        let rate = megabytesRead / seconds
        let what = documents ? "documents" : "article text and metadata"
        print(String(format: "html-benchmark: %d distinct pages, %d reads, %.1f MB of HTML in %.2f s: %.1f MB/s (%@)",
                     pages.count, pagesRead, megabytesRead, seconds, rate, what))
        // On a shared machine the wall clock includes time spent waiting for a core.
        print(String(format: "html-benchmark: CPU time %.2f s: %.1f MB/s per core", cpu, megabytesRead / cpu))
        if let minimum, rate < minimum {
            print(String(format: "html-benchmark: below the minimum of %.1f MB/s", minimum))
            exit(1)
        }
    }

    /// The CPU time used by this process so far, in seconds.
    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The pages under `paths`: `NAME/source.html` in a folder of pages, any `.html`
    /// file otherwise, sorted by path.
    static func load(_ paths: [String]) -> [(name: String, bytes: [UInt8])] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if !isDirectory.boolValue {
                files.append(path)
                continue
            }
            let entries = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
            files += entries.filter { $0.lowercased().hasSuffix(".html") || $0.lowercased().hasSuffix(".htm") }
                .map { (path as NSString).appendingPathComponent($0) }
        }
        return files.sorted().compactMap { file in
            FileManager.default.contents(atPath: file).map { (file, [UInt8]($0)) }
        }
    }
}
