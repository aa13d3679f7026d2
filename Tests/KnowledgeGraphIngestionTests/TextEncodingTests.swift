import KnowledgeGraph
import KnowledgeGraphIngestion
import Testing

struct TextEncodingTests {
    func page(head: String, body: [UInt8], lang: String? = nil) -> [UInt8] {
        let open = lang.map { "<html lang=\"\($0)\">" } ?? "<html>"
        return Array("\(open)<head>\(head)</head><body><p>".utf8) + body + Array("</p></body></html>".utf8)
    }

    func text(_ bytes: [UInt8]) throws -> String {
        try HTMLReader().page(bytes, id: "page.html").text
    }

    @Test func aByteOrderMarkComesFirst() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + page(head: "<meta charset=\"windows-1251\">", body: Array("Zürich".utf8))
        #expect(TextEncoding.choose(forHTML: bytes) == .init(name: "UTF-8", source: .byteOrderMark))
        #expect(try text(bytes) == "Zürich")
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("<p>Zürich</p>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(TextEncoding.detectHTML(utf16) == "UTF-16LE")
        #expect(try text(utf16) == "Zürich")
    }

    @Test func aUTF16PageFileIsRead() throws {
        let html = "<html><head><meta charset=\"utf-16\"></head><body><p>Zürich, 한글</p></body></html>"
        let bytes: [UInt8] = [0xFE, 0xFF] + Array(html.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let document = try DocumentLoader().parse(bytes, id: "utf16.html")
        #expect(document.format == .html)
        #expect(document.segments.map { document.text($0.range) } == ["Zürich, 한글"])
    }

    @Test func aCharsetDeclaredAnywhereInTheHeadIsUsed() throws {
        let script = "<script>" + String(repeating: "var x = 1; ", count: 2000) + "</script>"
        let latin1 = page(head: script + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
                          body: Array("Z".utf8) + [0xFC] + Array("rich".utf8))
        let choice = TextEncoding.choose(forHTML: latin1)
        #expect(choice.name == "windows-1252")
        #expect(choice.source == .declared)
        #expect(choice.declared == "iso-8859-1")
        #expect(try text(latin1) == "Zürich")
        let cyrillic = page(head: "<meta charset='windows-1251'>", body: [0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0])
        #expect(try text(cyrillic) == "Москва")
        let xml = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>".utf8) + page(head: "", body: [0xE9, 0x74, 0xE9])
        #expect(try text(xml) == "été")
    }

    @Test func validUTF8OutranksALegacyDeclaration() throws {
        // A page saved as UTF-8 that still says Latin-1: reading the declaration would
        // give "WeWorkâ€™s".
        let bytes = page(head: "<meta charset=\"iso-8859-1\">", body: Array("WeWork’s café".utf8))
        let choice = TextEncoding.choose(forHTML: bytes)
        #expect(choice.name == "UTF-8")
        #expect(choice.source == .validUTF8)
        #expect(try text(bytes) == "WeWork’s café")
    }

    @Test func undeclaredPagesAreUTF8WhenTheirBytesAre() throws {
        let korean = page(head: "", body: Array("‘그녀말’ 남상미 연기가 돋보인 이유".utf8), lang: "ko")
        #expect(TextEncoding.choose(forHTML: korean) == .init(name: "UTF-8", source: .validUTF8))
        #expect(try text(korean) == "‘그녀말’ 남상미 연기가 돋보인 이유")
        // A file cut in the middle of a character is still UTF-8.
        var truncated = Array("<p>Ünïcödé ".utf8) + Array("한".utf8)
        truncated.removeLast()
        #expect(TextEncoding.detectHTML(truncated) == "UTF-8")
        #expect(try text(truncated).hasPrefix("Ünïcödé"))
    }

    @Test func aFewStrayBytesAreReplacedNotAllowedToGarbleThePage() throws {
        let body = Array("Déjà vu — naïve café, crème brûlée in Zürich, ".utf8) + [0xE9] + Array(" résumé ‘quoted’".utf8)
        let page = page(head: "", body: body)
        let choice = TextEncoding.choose(forHTML: page)
        #expect(choice.name == "UTF-8")
        #expect(choice.invalidSequences == 1)
        let read = try HTMLReader().page(page, id: "stray.html")
        #expect(read.text == "Déjà vu — naïve café, crème brûlée in Zürich, \u{FFFD} résumé ‘quoted’")
        #expect(read.warnings.contains { $0.hasPrefix("stray.html:") && $0.contains("invalid UTF-8") })
    }

    @Test func theFallbackFollowsTheLanguageOfThePage() throws {
        let russian = page(head: "", body: [0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0], lang: "ru")
        #expect(TextEncoding.choose(forHTML: russian) == .init(name: "windows-1251", source: .fallback))
        #expect(try text(russian) == "Москва")
        let western = page(head: "", body: Array("Z".utf8) + [0xFC] + Array("rich".utf8))
        #expect(TextEncoding.choose(forHTML: western) == .init(name: "windows-1252", source: .fallback))
        #expect(try text(western) == "Zürich")
        // A page that declares UTF-8 but is Latin-1 throughout.
        let mislabelled = page(head: "<meta charset=\"utf-8\">", body: Array("Z".utf8) + [0xFC] + Array("rich ".utf8) + [0xE9, 0xE9])
        #expect(TextEncoding.choose(forHTML: mislabelled).name == "windows-1252")
    }

    @Test func browserLabelsMapToConvertersLibxml2Has() {
        for label in ["latin1", "us-ascii", "euc-kr", "ks_c_5601-1987", "gb2312", "shift_jis", "big5", "koi8-r",
                      "tis-620", "iso-8859-2", "windows-1250", "euc-jp", "gb18030", "utf-16"] {
            #expect(TextEncoding.canonical(label) != nil, "\(label)")
        }
        #expect(TextEncoding.canonical("x-made-up") == nil)
        #expect(TextEncoding.canonical("ISO-8859-1") == "windows-1252")
        #expect(TextEncoding.canonical("utf-16") == "UTF-8")
    }

    @Test func repairReplacesEachInvalidSequence() {
        let repaired = TextEncoding.repairingUTF8([0x61, 0xFF, 0x62, 0xC3])
        #expect(String(decoding: repaired, as: UTF8.self) == "a\u{FFFD}b\u{FFFD}")
        #expect(TextEncoding.isValidUTF8(repaired))
        #expect(!TextEncoding.isValidUTF8([0xED, 0xA0, 0x80]))  // a UTF-16 surrogate
    }
}
