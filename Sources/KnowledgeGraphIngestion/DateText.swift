/// Turns the dates pages give ("2019-11-18T16:42:00Z", "2019/11/18", "Nov. 18, 2019",
/// "18 November 2019") into ISO 8601: `YYYY-MM-DD`, followed by `Thh:mm[:ss]` and the
/// zone when the page gives a time.
enum DateText {
    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// The ISO 8601 form of `text`, or `nil` when it is not a date kgraph can read.
    static func iso8601(_ text: String) -> String? {
        let trimmed = text.trimmingSpaces
        let scalars = Array(trimmed.unicodeScalars)
        if let numeric = numericDate(scalars) { return numeric }
        return namedMonthDate(trimmed)
    }

    /// `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD` or `YYYYMMDD`, with an optional time.
    private static func numericDate(_ scalars: [Unicode.Scalar]) -> String? {
        func digits(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= scalars.count else { return nil }
            var value = 0
            for index in start..<start + count {
                guard isDigit(scalars[index]) else { return nil }
                value = value * 10 + Int(scalars[index].value - 48)
            }
            return value
        }
        guard let year = digits(0, 4) else { return nil }
        var month: Int?
        var day: Int?
        var cursor = 0
        if scalars.count > 4, ["-", "/", "."].contains(scalars[4]) {
            let separator = scalars[4]
            month = digits(5, 2)
            guard scalars.count > 7, scalars[7] == separator else { return nil }
            day = digits(8, 2)
            cursor = 10
        } else {
            month = digits(4, 2)
            day = digits(6, 2)
            cursor = 8
            if scalars.count > 8, isDigit(scalars[8]) { return nil }
        }
        guard let month, let day, (1...12).contains(month), (1...31).contains(day), (1000...2999).contains(year)
        else { return nil }
        var result = "\(year)-\(pad(month))-\(pad(day))"
        // An optional time: T or space, hh:mm[:ss[.fff]], then Z or ±hh[:]mm.
        guard cursor < scalars.count, scalars[cursor] == "T" || scalars[cursor] == " " else { return result }
        guard let hour = digits(cursor + 1, 2), cursor + 3 < scalars.count, scalars[cursor + 3] == ":",
              let minute = digits(cursor + 4, 2), hour < 24, minute < 60 else { return result }
        result += "T\(pad(hour)):\(pad(minute))"
        cursor += 6
        if cursor < scalars.count, scalars[cursor] == ":", let second = digits(cursor + 1, 2), second < 61 {
            result += ":\(pad(second))"
            cursor += 3
            if cursor < scalars.count, scalars[cursor] == "." {
                cursor += 1
                while cursor < scalars.count, isDigit(scalars[cursor]) { cursor += 1 }
            }
        }
        guard cursor < scalars.count else { return result }
        if scalars[cursor] == "Z" { return result + "Z" }
        if scalars[cursor] == "+" || scalars[cursor] == "-", let zoneHour = digits(cursor + 1, 2) {
            var zoneMinute = 0
            if cursor + 3 < scalars.count, scalars[cursor + 3] == ":" {
                zoneMinute = digits(cursor + 4, 2) ?? 0
            } else {
                zoneMinute = digits(cursor + 3, 2) ?? 0
            }
            return result + "\(scalars[cursor])\(pad(zoneHour)):\(pad(zoneMinute))"
        }
        return result
    }

    /// "November 18, 2019", "Nov. 18 2019", "18 November 2019", "Monday, 18 Nov 2019".
    private static func namedMonthDate(_ text: String) -> String? {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        var month: Int?
        var day: Int?
        var year: Int?
        for word in words {
            if month == nil, let named = months[word] {
                month = named
            } else if let number = Int(word), word.allSatisfy(\.isASCII) {
                if word.count == 4, year == nil, (1000...2999).contains(number) {
                    year = number
                } else if word.count <= 2, day == nil, (1...31).contains(number) {
                    day = number
                }
            }
        }
        guard let month, let day, let year else { return nil }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 48 && scalar.value <= 57
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}

extension String {
    /// The string without leading and trailing white space, inner runs of white space
    /// (ASCII white space and no-break spaces) collapsed to one space.
    var trimmingSpaces: String {
        let utf8 = self.utf8
        // Nothing to do for most short values: no space at either end, no run of spaces.
        var clean = true
        var previousSpace = true
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let isSpace = byte == ByteScanning.space ? previousSpace : ByteScanning.isSpace(byte) || byte == 0xC2
            if isSpace { clean = false; break }
            previousSpace = byte == ByteScanning.space
            utf8.formIndex(after: &index)
        }
        if clean && !previousSpace { return self }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count)
        var pendingSpace = false
        var bytes = Array(utf8)
        bytes.append(0)
        var position = 0
        while position < bytes.count - 1 {
            let byte = bytes[position]
            if ByteScanning.isSpace(byte) || (byte == 0xC2 && bytes[position + 1] == 0xA0) {
                pendingSpace = true
                position += byte == 0xC2 ? 2 : 1
                continue
            }
            if pendingSpace && !result.isEmpty { result.append(ByteScanning.space) }
            pendingSpace = false
            result.append(byte)
            position += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
