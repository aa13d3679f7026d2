import CLibXML2

/// Validates XML files against a W3C XML Schema with libxml2, offline.
///
/// The parser is told never to use the network (`XML_PARSE_NONET`), so a schema that
/// imports a remote document fails instead of fetching it.
public struct XMLSchemaValidator: Sendable {
    /// The schema file.
    public let schemaPath: String

    /// Creates a validator for the schema at `schemaPath`; the file is read on each call.
    public init(schemaPath: String) {
        self.schemaPath = schemaPath
    }

    /// Validates the file at `path` and returns the validity errors, each with its line;
    /// an empty array means the document is valid.
    public func validate(fileAt path: String) throws(XMLSupportError) -> [String] {
        _ = LibXML2.ready
        let collector = MessageCollector()
        let context = Unmanaged.passUnretained(collector).toOpaque()
        return try withExtendedLifetime(collector) { () throws(XMLSupportError) -> [String] in
            guard let parser = xmlSchemaNewParserCtxt(schemaPath) else {
                throw .schemaUnreadable(path: schemaPath, messages: ["cannot open"])
            }
            defer { xmlSchemaFreeParserCtxt(parser) }
            xmlSchemaSetParserStructuredErrors(parser, collectMessage, context)
            guard let schema = xmlSchemaParse(parser) else {
                throw .schemaUnreadable(path: schemaPath, messages: collector.messages)
            }
            defer { xmlSchemaFree(schema) }
            guard let validation = xmlSchemaNewValidCtxt(schema) else {
                throw .schemaUnreadable(path: schemaPath, messages: ["cannot create a validation context"])
            }
            defer { xmlSchemaFreeValidCtxt(validation) }
            xmlSchemaSetValidStructuredErrors(validation, collectMessage, context)
            collector.messages.removeAll()
            let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
            guard let document = xmlReadFile(path, nil, options) else {
                throw .documentUnreadable(path: path, messages: collector.messages)
            }
            defer { xmlFreeDoc(document) }
            let status = xmlSchemaValidateDoc(validation, document)
            if status < 0 {
                throw .documentUnreadable(path: path, messages: collector.messages)
            }
            return collector.messages
        }
    }
}

/// Receives libxml2's structured errors for one call; used on one thread only.
final class MessageCollector {
    var messages: [String] = []
}

let collectMessage: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let collector = Unmanaged<MessageCollector>.fromOpaque(context).takeUnretainedValue()
    var text = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
    while text.last == "\n" { text.removeLast() }
    collector.messages.append("line \(error.pointee.line): \(text)")
}
