import CLibXML2

/// Streams an XML document into memory through libxml2's `xmlTextWriter`.
///
/// Escaping is libxml2's: `&`, `<`, `>` and `"` in text and attributes, line breaks and
/// tabs in attributes as character references. Characters that XML 1.0 forbids (C0
/// controls other than tab, line feed and carriage return; U+FFFE, U+FFFF) are removed
/// before they reach the writer, since libxml2 would pass them through and produce a
/// file no parser accepts.
///
/// ```swift
/// let writer = try XMLWriter(indent: true)
/// try writer.startElement("graphml")
/// try writer.attribute("xmlns", "http://graphml.graphdrawing.org/xmlns")
/// try writer.endElement()
/// let bytes = try writer.finish()
/// ```
public final class XMLWriter {
    private var buffer: xmlBufferPtr?
    private var writer: xmlTextWriterPtr?

    /// Creates a writer and writes the XML declaration (`version="1.0" encoding="UTF-8"`).
    /// - Parameter indent: indent nested elements by two spaces (whitespace is added only
    ///   between elements, never inside text).
    public init(indent: Bool = true) throws(XMLSupportError) {
        guard let buffer = xmlBufferCreate() else { throw .writerUnavailable }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw .writerUnavailable
        }
        self.buffer = buffer
        self.writer = writer
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "startDocument")
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        if let buffer { xmlBufferFree(buffer) }
    }

    /// Opens an element; close it with ``endElement()``.
    public func startElement(_ name: String) throws(XMLSupportError) {
        let writer = try live()
        try check(withXMLChars(name) { xmlTextWriterStartElement(writer, $0) }, "startElement(\(name))")
    }

    /// Writes an attribute of the element just opened.
    public func attribute(_ name: String, _ value: String) throws(XMLSupportError) {
        let clean = XMLWriter.sanitized(value)
        let writer = try live()
        try check(withXMLChars(name) { key in withXMLChars(clean) { xmlTextWriterWriteAttribute(writer, key, $0) } },
                  "attribute(\(name))")
    }

    /// Writes character data inside the current element.
    public func text(_ value: String) throws(XMLSupportError) {
        let clean = XMLWriter.sanitized(value)
        let writer = try live()
        try check(withXMLChars(clean) { xmlTextWriterWriteString(writer, $0) }, "text")
    }

    /// Closes the innermost open element.
    public func endElement() throws(XMLSupportError) {
        try check(xmlTextWriterEndElement(try live()), "endElement")
    }

    /// Writes `<name attribute="value">text</name>` in one call, without the arrays of
    /// ``element(_:attributes:text:)``: for the many small elements of large documents.
    public func element(_ name: String, attribute: String, value: String, text: String) throws(XMLSupportError) {
        let writer = try live()
        try check(withXMLChars(name) { xmlTextWriterStartElement(writer, $0) }, "startElement(\(name))")
        let cleanValue = XMLWriter.sanitized(value)
        try check(withXMLChars(attribute) { name in withXMLChars(cleanValue) { xmlTextWriterWriteAttribute(writer, name, $0) } },
                  "attribute(\(attribute))")
        let cleanText = XMLWriter.sanitized(text)
        try check(withXMLChars(cleanText) { xmlTextWriterWriteString(writer, $0) }, "text")
        try check(xmlTextWriterEndElement(writer), "endElement")
    }

    /// Writes `<name attr="value"...>text</name>` in one call.
    public func element(_ name: String, attributes: [(String, String)] = [], text: String? = nil)
        throws(XMLSupportError)
    {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        if let text { try self.text(text) }
        try endElement()
    }

    /// Closes every open element, ends the document and returns its UTF-8 bytes.
    /// The writer cannot be used afterwards.
    public func finish() throws(XMLSupportError) -> [UInt8] {
        let writer = try live()
        try check(xmlTextWriterEndDocument(writer), "endDocument")
        xmlFreeTextWriter(writer)  // flushes into the buffer
        self.writer = nil
        guard let buffer else { throw .writerFinished }
        defer {
            xmlBufferFree(buffer)
            self.buffer = nil
        }
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    /// `value` without the characters XML 1.0 forbids: C0 controls other than tab, line
    /// feed and carriage return, and the non-characters U+FFFE and U+FFFF.
    public static func sanitized(_ value: String) -> String {
        var needsWork = false
        var mayHoldNonCharacter = false
        for unit in value.utf8 {
            if unit < 0x20 && unit != 0x09 && unit != 0x0A && unit != 0x0D {
                needsWork = true
                break
            }
            if unit == 0xEF { mayHoldNonCharacter = true }
        }
        if !needsWork && (!mayHoldNonCharacter
            || !value.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF })) {
            return value
        }
        var scalars = String.UnicodeScalarView()
        for scalar in value.unicodeScalars where isAllowed(scalar) {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0..<0x20: return false
        case 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    private func live() throws(XMLSupportError) -> xmlTextWriterPtr {
        guard let writer else { throw .writerFinished }
        return writer
    }

    private func check(_ status: Int32, _ operation: @autoclosure () -> String) throws(XMLSupportError) {
        if status < 0 { throw .writeFailed(operation: operation()) }
    }

    /// Calls `body` with the NUL-terminated UTF-8 bytes of `text` as libxml2's `xmlChar`,
    /// without the array Swift builds for an implicit `String` to `UInt8` pointer conversion.
    @inline(__always)
    private func withXMLChars(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Int32) -> Int32 {
        text.withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: text.utf8.count + 1, body)
        }
    }
}
