import ArgumentParser
import Crypto
import Foundation
import TrainingModel

extension TTBD.Me {
    /// `ttbd me materials`: the materials of the delegate's classes, as `materials list --delegate` shows them;
    /// with `--download`, their files fetched into a folder and each checked against its SHA-256.
    struct Materials: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "materials",
            abstract: inLanguage(
                en: "List the materials of the classes you are in, or download them.",
                vi: "Liệt kê tài liệu của các lớp bạn đang học, hoặc tải các tài liệu đó về."),
            discussion: inLanguage(
                en: """
                    With --download, each file material is saved in FOLDER (the current one by default) under its own \
                    name, and its SHA-256 checked against the one the training center approved; a file already there \
                    with the right bytes is not fetched again. Links are listed, not downloaded.
                    """,
                vi: """
                    Với --download, mỗi tài liệu dạng tệp được lưu vào thư mục FOLDER (mặc định là thư mục hiện hành) \
                    theo đúng tên của tệp, và mã SHA-256 của tệp được đối chiếu với mã đã được Trung tâm phê duyệt; \
                    tệp đã có sẵn với nội dung đúng thì không tải lại. Tài liệu dạng đường liên kết chỉ được liệt kê, \
                    không tải về.
                    """))

        @OptionGroup var service: ServiceOptions

        @OptionGroup var output: ListOutput

        @Flag(help: .inLanguage(en: "Download the files into FOLDER.", vi: "Tải các tệp về thư mục FOLDER."))
        var download = false

        @Argument(
            help: .inLanguage(
                en: "With --download: where the files go (default: here).",
                vi: "Với --download: thư mục lưu các tệp (mặc định: thư mục hiện hành).", valueName: "folder"))
        var folder: String?

        func validate() throws {
            if folder != nil && !download { throw ValidationError(localized("a folder is only for --download")) }
        }

        func run() async throws {
            guard download else {
                return try await service.printList(
                    "/v1/me/materials", output: output, columns: TTBD.Materials.List.columns,
                    title: "Tài liệu của tôi", noun: "material")
            }
            try await ClientError.reporting {
                let client = try service.client()
                let folder = URL(fileURLWithPath: folder ?? ".", isDirectory: true)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                var seen = Set<Int>()
                var fetched = 0
                for material in try await client.list(MaterialListing.self, "/v1/me/materials") {
                    guard let sha256 = material.sha256, let origin = material.filePath,
                        seen.insert(material.id).inserted
                    else { continue }
                    let target = folder.appendingPathComponent((origin as NSString).lastPathComponent)
                    if let present = FileManager.default.contents(atPath: target.path), Self.digest(present) == sha256 {
                        print(localized("\(material.code): \(target.path) is already there."))
                        continue
                    }
                    let data = try await client.get("/v1/me/materials/\(material.id)/content", accept: "*/*")
                    guard Self.digest(data) == sha256 else {
                        throw ClientError(
                            .badResponse,
                            "the file of \(material.code) arrived with SHA-256 \(Self.digest(data)), not the approved "
                                + "\(sha256); it was not saved")
                    }
                    try data.write(to: target, options: .atomic)
                    fetched += 1
                    print(
                        localized(
                            "\(material.code): saved \(target.path) (\(number: data.count) bytes, SHA-256 checked)."))
                }
                print(
                    localized(
                        fetched == 1 ? "\(number: fetched) file downloaded." : "\(number: fetched) files downloaded."))
            }
        }

        static func digest(_ data: Data) -> String {
            SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        }
    }
}
