import CLibXML2

/// libxml2's one-time set-up (encoding tables, memory functions, per-thread state), which
/// must run before threads use the library: whoever uses libxml2 first reads ``ready``,
/// and Swift runs the set-up exactly once.
enum LibXML2 {
    static let ready: Void = xmlInitParser()
}
