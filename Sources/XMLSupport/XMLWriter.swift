import CLibXML2

/// Streams an XML document through libxml2's `xmlTextWriter`, into memory or, with
/// ``drain(_:)``, piece by piece to wherever the caller puts it.
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
    private var writer: xmlTextWriterPtr?
    private let output = Output()

    /// The bytes libxml2 has written and the caller has not taken yet.
    private final class Output {
        var bytes: [UInt8] = []
    }

    /// Creates a writer and writes the XML declaration (`version="1.0" encoding="UTF-8"`).
    /// - Parameter indent: indent nested elements by two spaces (whitespace is added only
    ///   between elements, never inside text).
    public init(indent: Bool = true) throws(XMLSupportError) {
        _ = LibXML2.ready
        // libxml2 hands its output to `Output` in pieces of a few kilobytes; the context
        // holds a reference to it that the close callback gives back.
        let context = Unmanaged.passRetained(output).toOpaque()
        let write: xmlOutputWriteCallback = { context, buffer, length in
            guard let context, let buffer, length > 0 else { return length }
            let output = Unmanaged<Output>.fromOpaque(context).takeUnretainedValue()
            output.bytes.append(contentsOf: UnsafeRawBufferPointer(start: buffer, count: Int(length)))
            return length
        }
        let close: xmlOutputCloseCallback = { context in
            if let context { Unmanaged<Output>.fromOpaque(context).release() }
            return 0
        }
        guard let stream = xmlOutputBufferCreateIO(write, close, context, nil) else {
            Unmanaged<Output>.fromOpaque(context).release()
            throw .writerUnavailable
        }
        guard let writer = xmlNewTextWriter(stream) else {
            xmlOutputBufferClose(stream)
            throw .writerUnavailable
        }
        self.writer = writer
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "startDocument")
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
    }

    /// Hands the bytes written so far to `body` and forgets them, so that a long document
    /// can go to a file piece by piece instead of staying in memory.
    public func drain(_ body: (UnsafeRawBufferPointer) -> Void) throws(XMLSupportError) {
        try check(xmlTextWriterFlush(try live()), "flush")
        guard !output.bytes.isEmpty else { return }
        output.bytes.withUnsafeBytes(body)
        output.bytes.removeAll(keepingCapacity: true)
    }

    /// Opens an element; close it with ``endElement()``.
    public func startElement(_ name: String) throws(XMLSupportError) {
        let writer = try live()
        try check(withXMLChars(name) { xmlTextWriterStartElement(writer, $0) }, "startElement(\(name))")
    }

    /// Writes an attribute of the element just opened.
    public func attribute(_ name: String, _ value: String) throws(XMLSupportError) {
        let writer = try live()
        try check(writeAttribute(writer, name, value), "attribute(\(name))")
    }

    /// Writes character data inside the current element.
    public func text(_ value: String) throws(XMLSupportError) {
        try check(writeText(try live(), value), "text")
    }

    /// Writes `markup` inside the current element as it is: well-formed content the caller
    /// has assembled and escaped itself (fixed tags around numbers, text escaped once by
    /// ``escapedText(_:)``), for the many identical small elements of large documents.
    /// libxml2 neither escapes nor indents it.
    public func raw(_ markup: UnsafeRawBufferPointer) throws(XMLSupportError) {
        let writer = try live()
        try check(Self.writeRaw(writer, markup), "raw")
    }

    /// Hands `markup` to libxml2 unescaped.
    private static func writeRaw(_ writer: xmlTextWriterPtr, _ markup: UnsafeRawBufferPointer) -> Int32 {
        markup.withMemoryRebound(to: xmlChar.self) { characters -> Int32 in
            guard let base = characters.baseAddress else { return xmlTextWriterWriteRawLen(writer, "", 0) }
            return xmlTextWriterWriteRawLen(writer, base, Int32(characters.count))
        }
    }

    /// Closes the innermost open element.
    public func endElement() throws(XMLSupportError) {
        try check(xmlTextWriterEndElement(try live()), "endElement")
    }

    /// Writes `<name attribute="value">text</name>` in one call, without the arrays of
    /// ``element(_:attributes:text:)``: for the many small elements of large documents.
    public func element(_ name: String, attribute: String, value: String, text: String) throws(XMLSupportError) {
        try element(name, attribute: attribute, value: value) { writeText($0, text) }
    }

    /// Writes `<name attribute="value">` and `escapedText` as it is, then closes the
    /// element: for text assembled from pieces escaped once by ``escapedText(_:)`` and
    /// markup-free literals, so that long repetitive values need no escaping pass each.
    public func element(_ name: String, attribute: String, value: String, escapedText: UnsafeRawBufferPointer)
        throws(XMLSupportError)
    {
        try element(name, attribute: attribute, value: value) { Self.writeRaw($0, escapedText) }
    }

    /// `<name attribute="value">`, the content `body` writes, and the end tag.
    private func element(_ name: String, attribute: String, value: String,
                         content body: (xmlTextWriterPtr) -> Int32) throws(XMLSupportError) {
        let writer = try live()
        try check(withXMLChars(name) { xmlTextWriterStartElement(writer, $0) }, "startElement(\(name))")
        try check(writeAttribute(writer, attribute, value), "attribute(\(attribute))")
        try check(body(writer), "text")
        try check(xmlTextWriterEndElement(writer), "endElement")
    }

    /// `text` as libxml2 escapes character data (`&`, `<`, `>`, `"` and carriage return
    /// become references), after removing what XML forbids.
    public static func escapedText(_ text: String) -> String {
        let clean = sanitized(text)
        return clean.withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: clean.utf8.count + 1) { characters in
                guard let escaped = xmlEncodeSpecialChars(nil, characters) else { return clean }
                defer { clibxml2_free(escaped) }
                return String(cString: escaped)
            }
        }
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
        xmlFreeTextWriter(writer)  // flushes and closes the output
        self.writer = nil
        let bytes = output.bytes
        output.bytes = []
        return bytes
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

    /// Whether libxml2 would write `value` unchanged, in text and in attributes: no markup
    /// character, quote, tab, line break or other control, and no byte that could start
    /// U+FFFE or U+FFFF. Such values skip libxml2's escaping pass (and its allocation).
    @inline(__always)
    static func isPlain(_ value: String) -> Bool {
        if let plain = value.utf8.withContiguousStorageIfAvailable(isPlain) { return plain }
        return Array(value.utf8).withUnsafeBufferPointer(isPlain)
    }

    /// Whether UTF-8 `bytes` are plain in the same sense.
    @inline(__always)
    public static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for unit in bytes {
            switch unit {
            case 0..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), 0xEF: return false
            default: continue
            }
        }
        return true
    }

    private func writeText(_ writer: xmlTextWriterPtr, _ value: String) -> Int32 {
        if Self.isPlain(value) {
            let length = Int32(value.utf8.count)
            return withXMLChars(value) { xmlTextWriterWriteRawLen(writer, $0, length) }
        }
        let clean = XMLWriter.sanitized(value)
        return withXMLChars(clean) { xmlTextWriterWriteString(writer, $0) }
    }

    private func writeAttribute(_ writer: xmlTextWriterPtr, _ name: String, _ value: String) -> Int32 {
        if Self.isPlain(value) {
            let length = Int32(value.utf8.count)
            let started = withXMLChars(name) { xmlTextWriterStartAttribute(writer, $0) }
            if started < 0 { return started }
            let written = withXMLChars(value) { xmlTextWriterWriteRawLen(writer, $0, length) }
            if written < 0 { return written }
            return xmlTextWriterEndAttribute(writer)
        }
        let clean = XMLWriter.sanitized(value)
        return withXMLChars(name) { key in withXMLChars(clean) { xmlTextWriterWriteAttribute(writer, key, $0) } }
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
