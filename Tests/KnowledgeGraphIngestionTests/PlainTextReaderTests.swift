import KnowledgeGraph
import KnowledgeGraphIngestion
import Testing

struct PlainTextReaderTests {
    @Test func paragraphsAreBlankLineBlocks() throws {
        let text = "Title line\n\nFirst paragraph, line one\ncontinues here.\n \nSecond paragraph.\r\n\r\n\r\nThird."
        let document = try PlainTextReader().read(Array(text.utf8), id: "a.txt")
        #expect(document.segments.map { document.text($0.range) } == [
            "Title line", "First paragraph, line one\ncontinues here.", "Second paragraph.", "Third.",
        ])
        #expect(document.title == "Title line")
        #expect(document.segments[1].sentences.count == 1)
    }

    @Test func emptyInputHasNoSegments() throws {
        let document = try PlainTextReader().read([], id: "empty.txt")
        #expect(document.segments.isEmpty)
    }
}
