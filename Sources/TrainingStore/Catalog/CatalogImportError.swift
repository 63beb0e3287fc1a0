public import TrainingModel

/// Why a catalog could not be imported although every file was valid: it would remove what the
/// database still needs.
public struct CatalogImportError: UserFacingError {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Base: String, Sendable {
            case usedByClasses
            case classHasHistory
            case stillReferenced
        }

        let base: Base

        /// Modules or programs to remove are used by classes; `--force` removes that use.
        public static let usedByClasses = Code(base: .usedByClasses)
        /// A class with enrollments or certificates would lose its program, even with `--force`.
        public static let classHasHistory = Code(base: .classHasHistory)
        /// Something to remove (a term, a province, a commune…) is still used by delegates or other records.
        public static let stillReferenced = Code(base: .stillReferenced)

        public var description: String { base.rawValue }
    }

    public let code: Code
    /// What stops the import, worded in the reader's language by ``MessageCatalog``.
    public let wording: Message
    /// The message in English.
    public var message: String { wording.description }
    public let classes: [ClassUse]

    public init(_ code: Code, _ message: Message, classes: [ClassUse] = []) {
        self.code = code
        self.wording = message
        self.classes = classes
    }

    public var kind: FailureKind { .badData }

    public var description: String { text(in: .english) }

    /// The message and, below it, each class in the way.
    public func text(in language: Language) -> String {
        ([wording.text(in: language)] + classes.map { "  " + $0.wording.text(in: language) }).joined(separator: "\n")
    }
}
