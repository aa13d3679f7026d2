import KnowledgeGraph

/// Writes an edge's evidence, the JSON array `[{"document":"…","start":0,"end":10}, …]`,
/// already escaped for the text it is written into (a CSV field, a Cypher string literal).
///
/// Escaping works character by character, so the escaped array is its escaped pieces one
/// after the other: the fixed text is escaped once, here, and each document's name (a JSON
/// string) once per export, by the caller.
struct EscapedEvidenceArray {
    private let openFirst: String
    private let openNext: String
    private let start: String
    private let end: String
    private let documents: [String]

    /// A writer for a format that writes `"` as `quote`; `documents[d]` is document `d`'s
    /// name as a JSON string, escaped the same way.
    init(quote: String, documents: [String]) {
        openFirst = "{" + quote + "document" + quote + ":"
        openNext = "," + openFirst
        start = "," + quote + "start" + quote + ":"
        end = "," + quote + "end" + quote + ":"
        self.documents = documents
    }

    /// Appends the array of `windows`, in their order.
    func append(_ windows: EdgeList.EvidenceWindows, to out: inout OutputBuffer) {
        out.append("[")
        var first = true
        for window in windows {
            out.append(first ? openFirst : openNext)
            first = false
            out.append(documents[Int(window.document)])
            out.append(start)
            out.append(Int(window.start))
            out.append(end)
            out.append(Int(window.end))
            out.append("}")
        }
        out.append("]")
    }
}
