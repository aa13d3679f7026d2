import Foundation

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)` without Foundation's per-character work for ASCII
    /// text, where the set's members are the space and the tab; other text goes to Foundation.
    func trimmingWhitespace() -> String {
        var text = String(self)
        let trimmed = text.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var start = 0
            var end = bytes.count
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        return trimmed ?? trimmingCharacters(in: .whitespaces)
    }
}
