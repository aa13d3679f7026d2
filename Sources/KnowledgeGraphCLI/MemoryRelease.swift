/// Keeps the process's memory close to what it holds: large blocks go back to the system
/// when freed, and what a finished stage freed is returned before the next stage.
///
/// The C library (glibc) serves a block from its heap unless it is larger than a threshold,
/// which it raises to the size of every large block freed (up to 32 MiB); a heap block freed
/// stays in the process's resident memory until the heap is trimmed. Building a large graph
/// frees hundreds of megabytes of pair tables in blocks of a few megabytes while it makes the
/// edges' columns, so with the moving threshold the freed tables and the new columns were
/// resident at once.
enum MemoryRelease {
    /// Fixes the threshold at 4 MiB: every block of 4 MiB or more is mapped on its own and
    /// unmapped when freed. Call once, before the build allocates.
    static func fixLargeBlockThreshold() {
        #if os(Linux)
        _ = cMallopt(-3, 4 << 20)  // M_MMAP_THRESHOLD
        #endif
    }

    /// Returns to the system what the heap holds free.
    static func returnFreedMemory() {
        #if os(Linux)
        _ = cMallocTrim(0)
        #endif
    }
}

#if os(Linux)
/// glibc's `malloc_trim`, which Swift's Glibc module does not export.
@_silgen_name("malloc_trim")
private func cMallocTrim(_ pad: Int) -> Int32

/// glibc's `mallopt`.
@_silgen_name("mallopt")
private func cMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
