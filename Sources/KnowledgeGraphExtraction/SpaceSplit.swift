/// `split(separator: " ")` of a `String` without grapheme breaking where the text is ASCII.
///
/// In ASCII text a space is a character of its own (a cluster joins a space only to a
/// combining mark, which is not ASCII), so cutting the UTF-8 bytes at 0x20 gives the same
/// pieces as cutting the characters; other text is split by characters.
enum SpaceSplit {
    /// The non-empty pieces of `text` between spaces, as `text.split(separator: " ")` gives them.
    static func pieces(of text: String) -> [Substring] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ") }
        return text.utf8.split(separator: 0x20).map { Substring($0) }
    }

    /// The first piece, as `text.split(separator: " ").first` gives it.
    static func firstPiece(of text: String) -> Substring? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ").first }
        let utf8 = text.utf8
        guard let start = utf8.firstIndex(where: { $0 != 0x20 }) else { return nil }
        let end = utf8[start...].firstIndex(of: 0x20) ?? utf8.endIndex
        return Substring(utf8[start..<end])
    }
}
