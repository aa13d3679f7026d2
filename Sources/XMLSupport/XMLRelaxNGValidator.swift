import CLibXML2

/// Validates XML files against a RELAX NG grammar (XML syntax) with libxml2, offline.
///
/// Used for GEXF 1.3, whose published XML Schema is defective (its `viz.xsd` has no target
/// namespace) while its RELAX NG grammar is exact. Included grammars are read relative to
/// the grammar file; the network is never used.
public struct XMLRelaxNGValidator: Sendable {
    /// The grammar file.
    public let grammarPath: String

    /// Creates a validator for the grammar at `grammarPath`; the file is read on each call.
    public init(grammarPath: String) {
        self.grammarPath = grammarPath
    }

    /// Validates the file at `path` and returns the validity errors, each with its line;
    /// an empty array means the document is valid.
    public func validate(fileAt path: String) throws(XMLSupportError) -> [String] {
        _ = LibXML2.ready
        let collector = MessageCollector()
        let context = Unmanaged.passUnretained(collector).toOpaque()
        return try withExtendedLifetime(collector) { () throws(XMLSupportError) -> [String] in
            guard let parser = xmlRelaxNGNewParserCtxt(grammarPath) else {
                throw .schemaUnreadable(path: grammarPath, messages: ["cannot open"])
            }
            defer { xmlRelaxNGFreeParserCtxt(parser) }
            xmlRelaxNGSetParserStructuredErrors(parser, collectMessage, context)
            guard let grammar = xmlRelaxNGParse(parser) else {
                throw .schemaUnreadable(path: grammarPath, messages: collector.messages)
            }
            defer { xmlRelaxNGFree(grammar) }
            guard let validation = xmlRelaxNGNewValidCtxt(grammar) else {
                throw .schemaUnreadable(path: grammarPath, messages: ["cannot create a validation context"])
            }
            defer { xmlRelaxNGFreeValidCtxt(validation) }
            xmlRelaxNGSetValidStructuredErrors(validation, collectMessage, context)
            collector.messages.removeAll()
            let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
            guard let document = xmlReadFile(path, nil, options) else {
                throw .documentUnreadable(path: path, messages: collector.messages)
            }
            defer { xmlFreeDoc(document) }
            let status = xmlRelaxNGValidateDoc(validation, document)
            if status < 0 {
                throw .documentUnreadable(path: path, messages: collector.messages)
            }
            if status > 0 && collector.messages.isEmpty { return ["the document does not match the grammar"] }
            return collector.messages
        }
    }
}
