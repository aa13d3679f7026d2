/// Gives the memory a finished stage freed back to the system.
///
/// The C library keeps what is freed in its heap for later allocations, and a process's
/// resident memory stays as high as the heap once was; between stages (after the builder's
/// pair tables are freed, after the communities' adjacency) that is hundreds of megabytes
/// on a large corpus, which the next stage would add its own to.
enum MemoryRelease {
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
#endif
