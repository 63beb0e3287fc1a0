public import TrainingModel

/// What a catalog import changed (or, in a dry run, would change), kind by kind.
public struct CatalogChanges: Sendable, Equatable, Encodable {
    /// The changes to one kind: the keys (codes, dates) of what was added, changed and removed.
    public struct Kind: Sendable, Equatable, Encodable {
        public var kind: CatalogKind
        public var added: [String] = []
        public var changed: [String] = []
        public var removed: [String] = []
        public var unchanged = 0

        public init(kind: CatalogKind) {
            self.kind = kind
        }

        public var isUnchanged: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }
    }

    /// One entry per kind the catalog holds, in import order.
    public var kinds: [Kind]
    /// Classes that lost a removed module or program because the import was forced.
    public var detachedClasses: [ClassUse] = []
    /// Whether the changes were rolled back (a dry run).
    public var dryRun: Bool

    public init(kinds: [Kind], dryRun: Bool) {
        self.kinds = kinds
        self.dryRun = dryRun
    }

    /// Whether the database already held exactly this catalog.
    public var isUnchanged: Bool { kinds.allSatisfy(\.isUnchanged) }

    public subscript(_ kind: CatalogKind) -> Kind? { kinds.first { $0.kind == kind } }

    /// Compares two snapshots, key by key.
    init(
        kinds: [CatalogKind], before: [CatalogKind: [String: String]], after: [CatalogKind: [String: String]],
        dryRun: Bool
    ) {
        self.dryRun = dryRun
        self.kinds = kinds.map { kind in
            var changes = Kind(kind: kind)
            let old = before[kind] ?? [:]
            let new = after[kind] ?? [:]
            for (key, value) in new {
                switch old[key] {
                case nil: changes.added.append(key)
                case value: changes.unchanged += 1
                default: changes.changed.append(key)
                }
            }
            changes.removed = old.keys.filter { new[$0] == nil }
            changes.added.sort()
            changes.changed.sort()
            changes.removed.sort()
            return changes
        }
    }
}

/// A class that uses a module or a program: what stops (or, forced, follows) its removal.
public struct ClassUse: Sendable, Hashable, Encodable, CustomStringConvertible {
    public var classCode: String
    /// `program CT-B` or `module B03`.
    public var uses: String

    public init(classCode: String, uses: String) {
        self.classCode = classCode
        self.uses = uses
    }

    public var description: String { wording.description }

    /// `class D-TT-01 uses module D04`, worded in the reader's language.
    public var wording: Message { "class \(classCode) uses \(usesWording)" }

    /// What the class uses, worded in the reader's language: `program CT-B`, `module B03`.
    public var usesWording: Message {
        if uses.hasPrefix("program ") { return "program \(String(uses.dropFirst("program ".count)))" }
        if uses.hasPrefix("module ") { return "module \(String(uses.dropFirst("module ".count)))" }
        return Message(verbatim: uses)
    }
}
