import ArgumentParser
import Foundation
import Spreadsheets
import TrainingModel

/// The options of every command that asks `ttbd serve`: which service, and with which token.
struct ServiceOptions: ParsableArguments {
    @Option(
        help: .inLanguage(
            en: "The ttbd service (default: $TTBD_SERVER, else the one `ttbd login` saved).",
            vi: "Dịch vụ ttbd (mặc định: $TTBD_SERVER, nếu không có thì dịch vụ đã lưu khi `ttbd login`).",
            valueName: "URL"))
    var server: String?

    @Flag(
        help: .inLanguage(
            en: """
                Allow a plain http:// service that is not on this machine (the token crosses the network unencrypted).
                """,
            vi: """
                Cho phép dùng dịch vụ http:// thường không nằm trên máy này (mã truy cập đi qua mạng mà không được mã \
                hóa).
                """))
    var insecure = false

    /// A client for the service named by `--server`, `TTBD_SERVER` or the credentials file, with the token of
    /// `TTBD_TOKEN` or the credentials file. A saved token goes only to the server it was saved for.
    func client(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ServiceClient {
        let path = Credentials.path(environment: environment)
        let saved = try Credentials.load(from: path)
        guard let text = server ?? environment["TTBD_SERVER"] ?? saved?.server else {
            throw ClientError(
                .usage,
                "not logged in: run `ttbd login --server URL` with the address and the token the training center "
                    + "gave you (or set TTBD_SERVER and TTBD_TOKEN)")
        }
        let url = try ServiceClient.serverURL(text)
        try ServiceClient.requireSecure(url, insecure: insecure)
        let savedToken = try saved.flatMap { try ServiceClient.serverURL($0.server) == url ? $0.token : nil }
        guard let token = environment["TTBD_TOKEN"].flatMap({ $0.isEmpty ? nil : $0 }) ?? savedToken else {
            throw ClientError(
                .usage,
                "not logged in to \(url): run `ttbd login --server \(url)` with the token the training center gave "
                    + "you (or set TTBD_TOKEN)")
        }
        return ServiceClient(server: url, token: token)
    }
}

extension ServiceOptions {
    /// Prints every row of the service's list at `path` as `output` says, as the staff's list commands do.
    func printList<Row: Codable>(
        _ path: String, output: ListOutput, columns: [ListColumn<Row>], title: String, noun: String
    ) async throws {
        try await ClientError.reporting {
            try output.print(try await client().list(Row.self, path), columns: columns, title: title, noun: noun)
        }
    }
}
