/// A run of text between two block boundaries of a page (a paragraph, a heading, a list
/// item, a table cell), with what the extractor measures of it.
struct TextBlock: Sendable {
    /// The text, UTF-8, white space collapsed; line breaks (`<br>`) kept as newlines.
    var text: [UInt8] = []
    /// Characters (Unicode scalars) other than white space.
    var characters = 0
    /// Characters inside links.
    var linkCharacters = 0
    /// Commas and sentence-ending marks, Western and CJK.
    var punctuation = 0
    /// The innermost block-level element holding the text.
    var owner = -1
    /// The innermost list, description list or table holding the text, or -1.
    var group = -1
    /// Whether the owner is a heading (`h1`…`h6`).
    var isHeading = false
    /// Whether the owner is an `h1`.
    var isHeadline = false
    /// Whether the owner is a list item (`li`, `dt`, `dd`).
    var isListItem = false

    /// The share of the text inside links.
    var linkDensity: Double {
        characters == 0 ? 0 : Double(linkCharacters) / Double(characters)
    }

    /// Characters outside links.
    var ownCharacters: Int { characters - linkCharacters }

    /// The text as a string.
    var string: String { String(decoding: text, as: UTF8.self) }
}
