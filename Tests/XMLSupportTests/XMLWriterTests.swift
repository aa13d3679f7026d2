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
}
