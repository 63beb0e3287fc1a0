/// A place in an input file, counted from 1 as editors do.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// One problem found in an input: where, and what is wrong and what was expected.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public var location: SourceLocation
    public var severity: Severity
    public var message: String

    public init(_ severity: Severity = .error, at location: SourceLocation, _ message: String) {
        self.location = location
        self.severity = severity
        self.message = message
    }

    /// `file:line:column: message`, with `warning: ` before warnings, as compilers print them.
    public var description: String {
        severity == .warning ? "\(location): warning: \(message)" : "\(location): \(message)"
    }
}

/// Input that could not be read: every problem found, so one run shows them all.
public struct InputError: UserFacingError {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public init(at location: SourceLocation, _ message: String) {
        self.init([Diagnostic(at: location, message)])
    }

    public var kind: FailureKind { .badData }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
