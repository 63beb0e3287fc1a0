import Foundation
public import TrainingModel

/// Reads `course-catalog/` YAML files into a ``Catalog``, checking everything before anything is used:
/// each problem of every file is reported as `file:line:column: message` in one ``InputError``.
///
/// A catalog is the union of its files; each file is a mapping of sections (`terms`, `provinces`,
/// `communes`, `materials`, `programs`, `holidays`, `sittings`), each a list. References between files
/// (a program's term, a commune's province, a module's prerequisites and materials) must resolve.
public struct CatalogReader: Sendable {
    public init() {}

    /// The YAML files that `paths` name: files as given, and the `.yaml`/`.yml` files directly inside
    /// folders, sorted by name so every run reads (and reports) in the same order.
    public func files(in paths: [String]) throws(InputError) -> [String] {
        var files: [String] = []
        var problems: [Diagnostic] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                problems.append(
                    Diagnostic(at: SourceLocation(file: path, line: 1, column: 1), "no such file or folder"))
                continue
            }
            guard isFolder.boolValue else {
                files.append(path)
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            let yaml = names.filter { !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }.sorted()
            if yaml.isEmpty {
                problems.append(
                    Diagnostic(
                        at: SourceLocation(file: path, line: 1, column: 1),
                        "the folder holds no catalog file (*.yaml or *.yml)"))
            }
            let prefix = path.hasSuffix("/") ? path : path + "/"
            files += yaml.map { prefix + $0 }
        }
        if !problems.isEmpty { throw InputError(problems) }
        return files
    }

    /// Reads and checks the catalog made of the files that `paths` name.
    public func read(_ paths: [String]) throws(InputError) -> Catalog {
        let files = try files(in: paths)
        var contents: [(file: String, text: String?)] = []
        for file in files {
            let data = FileManager.default.contents(atPath: file)
            contents.append((file, data.flatMap { String(data: $0, encoding: .utf8) }))
        }
        var problems: [Diagnostic] = []
        for (file, text) in contents where text == nil {
            let readable = FileManager.default.isReadableFile(atPath: file)
            problems.append(
                Diagnostic(
                    at: SourceLocation(file: file, line: 1, column: 1),
                    readable ? "the file is not UTF-8 text; save it as UTF-8" : "cannot read the file"))
        }
        if !problems.isEmpty { throw InputError(problems) }
        return try read(contents.map { ($0.file, $0.text!) })
    }

    /// Reads and checks a catalog given as file names and their text (material files are looked up
    /// relative to each file's folder).
    public func read(_ sources: [(file: String, text: String)]) throws(InputError) -> Catalog {
        var draft = CatalogDraft()
        var problems: [Diagnostic] = []
        for source in sources {
            let folder = URL(fileURLWithPath: source.file).deletingLastPathComponent()
            var decoder = CatalogDecoder(file: source.file, folder: folder)
            decoder.decode(source.text, into: &draft)
            problems += decoder.diagnostics
        }
        var validator = CatalogValidator()
        validator.check(draft)
        problems += validator.diagnostics
        guard problems.isEmpty else { throw InputError(Self.ordered(problems, files: sources.map(\.file))) }
        return draft.catalog
    }

    /// Problems in file order, then by line and column, so the output reads like the files.
    static func ordered(_ diagnostics: [Diagnostic], files: [String]) -> [Diagnostic] {
        let rank = Dictionary(files.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return diagnostics.enumerated().sorted { left, right in
            let (a, b) = (left.element.location, right.element.location)
            let key = (rank[a.file] ?? Int.max, a.line, a.column, left.offset)
            let other = (rank[b.file] ?? Int.max, b.line, b.column, right.offset)
            return key < other
        }.map(\.element)
    }
}
