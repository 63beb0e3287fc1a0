/// The translations of ``Message`` patterns. English needs none: its patterns are the keys.
public enum MessageCatalog {
    public static func translation(of pattern: String, in language: Language) -> String? {
        switch language {
        case .english: pattern
        case .vietnamese: vietnamese[pattern]
        }
    }

    /// The placeholders of a pattern or a translation, as the value positions (from 0) they take, in order.
    public static func placeholders(in text: String) -> [Int] {
        var positions: [Int] = []
        var next = 0
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            defer { index += 1 }
            guard characters[index] == "%", index + 1 < characters.count else { continue }
            if characters[index + 1] == "%" {
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            if end > index + 1, end + 1 < characters.count, characters[end] == "$", characters[end + 1] == "@",
                let number = Int(String(characters[(index + 1)..<end]))
            {
                positions.append(number - 1)
                index = end + 1
            } else if characters[index + 1] == "@" {
                positions.append(next)
                next += 1
                index += 1
            }
        }
        return positions
    }
}
