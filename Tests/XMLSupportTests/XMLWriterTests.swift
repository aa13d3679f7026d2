import Testing
import XMLSupport

struct XMLWriterTests {
    @Test func escapesMarkupAndKeepsUnicode() throws {
        let writer = try XMLWriter(indent: false)
        try writer.startElement("n")
        try writer.attribute("label", "Ada \"The\" <Countess> & co\nline")
        try writer.text("東京 🚀 <b> & \"x\"")
        try writer.endElement()
        let xml = String(decoding: try writer.finish(), as: UTF8.self)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(xml.contains("label=\"Ada &quot;The&quot; &lt;Countess&gt; &amp; co&#10;line\""))
        #expect(xml.contains(">東京 🚀 &lt;b&gt; &amp; &quot;x&quot;</n>"))
    }

    @Test func removesCharactersXMLForbids() throws {
        #expect(XMLWriter.sanitized("a\u{01}b\u{1F}c\td\u{FFFE}") == "abc\td")
        #expect(XMLWriter.sanitized("plain") == "plain")
        let writer = try XMLWriter(indent: false)
        try writer.element("n", text: "bell\u{07}here")
        let xml = String(decoding: try writer.finish(), as: UTF8.self)
        #expect(xml.contains("<n>bellhere</n>"))
    }

    @Test func cannotBeUsedAfterFinish() throws {
        let writer = try XMLWriter()
        try writer.element("root")
        _ = try writer.finish()
        #expect(throws: XMLSupportError.writerFinished) { try writer.startElement("again") }
    }

    @Test func plainValuesAreWrittenAsLibxml2WouldEscapeThem() throws {
        let writer = try XMLWriter(indent: false)
        try writer.element("d", attribute: "key", value: "count", text: "42")
        try writer.element("d", attribute: "key", value: "empty", text: "")
        try writer.element("d", attribute: "key", value: "a\tb", text: "x > y")
        try writer.element("d", attribute: "key", value: "Zürich", text: "東京")
        let xml = String(decoding: try writer.finish(), as: UTF8.self)
        #expect(xml.contains("<d key=\"count\">42</d><d key=\"empty\"></d><d key=\"a&#9;b\">x &gt; y</d><d key=\"Zürich\">東京</d>"))
    }

    @Test func drainedPiecesAddUpToTheWholeDocument() throws {
        func write(_ writer: XMLWriter, drainingInto pieces: inout [UInt8]) throws {
            try writer.startElement("root")
            for index in 0..<5_000 {
                try writer.element("item", attribute: "id", value: "i\(index)", text: "text <\(index)> & more")
                if index % 100 == 99 { try writer.drain { pieces.append(contentsOf: $0) } }
            }
            try writer.endElement()
        }
        var pieces: [UInt8] = []
        let streamed = try XMLWriter()
        try write(streamed, drainingInto: &pieces)
        pieces.append(contentsOf: try streamed.finish())
        let whole = try XMLWriter()
        try whole.startElement("root")
        for index in 0..<5_000 {
            try whole.element("item", attribute: "id", value: "i\(index)", text: "text <\(index)> & more")
        }
        try whole.endElement()
        #expect(pieces == (try whole.finish()))
        #expect(pieces.count > 100_000)
    }
}
