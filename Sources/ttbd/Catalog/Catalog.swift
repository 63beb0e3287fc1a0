import ArgumentParser

extension TTBD {
    /// `ttbd catalog …`: the term's training framework from `course-catalog/`.
    struct Catalog: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "catalog",
            abstract: inLanguage(
                en: "Validate and import the course catalog (curricula, modules, materials, reference data).",
                vi: "Kiểm tra và nhập danh mục bồi dưỡng (chương trình, chuyên đề, tài liệu, dữ liệu tham chiếu)."),
            subcommands: [Validate.self, Import.self]
        )
    }
}
