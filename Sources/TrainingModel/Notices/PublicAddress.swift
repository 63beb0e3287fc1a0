import Foundation

/// The service's address as delegates and readers of a certificate reach it: `TTBD_PUBLIC_URL`, or a command's
/// `--public-url`. Survey notices link to it; printed certificates carry it in their check link.
public enum PublicAddress {
    /// Whether `text` is an http or https address with a host, such as `https://ttbd.example.vn`.
    public static func isServiceAddress(_ text: String) -> Bool {
        guard let url = URL(string: text) else { return false }
        return ["http", "https"].contains(url.scheme ?? "") && url.host?.isEmpty == false
    }
}
