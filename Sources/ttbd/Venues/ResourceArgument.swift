import ArgumentParser
import TrainingModel

extension ClockRange: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

extension ClockTime: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

extension LocalDateTime: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

/// Option values read by hand, for types other commands may also teach ArgumentParser to read: a bad
/// value is a usage error (exit 64) that says what was expected.
enum ResourceArgument {
    static func code(_ text: String, _ option: String) throws -> String {
        guard ResourceCode.isValid(text) else {
            throw ValidationError(localized("\(option) '\(text)' is not a code: use letters, digits and . _ / -"))
        }
        return text
    }

    /// `A01,A02` or `A01 A02` as a list of codes.
    static func codes(_ text: String?, _ option: String) throws -> [String] {
        try (text ?? "").split(whereSeparator: { $0 == "," || $0 == " " }).map { try code(String($0), option) }
    }
}
