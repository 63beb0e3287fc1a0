import Foundation
import PostgresInfrastructure
import TrainingModel

/// Prints a standalone HTML page to PDF with headless Chromium (Debian's `chromium`), whose print-to-PDF follows
/// the page's `@page` rules for paper and margins. `TTBD_CHROMIUM` names another Chromium or Chrome.
enum ChromiumPDF {
    static func write(html: String, to output: String) throws {
        let environment = ProcessInfo.processInfo.environment
        let named = environment["TTBD_CHROMIUM"].flatMap { $0.isEmpty ? nil : $0 }
        guard
            let chromium = named
                ?? ChildProcess.find("chromium", "chromium-browser", "google-chrome", environment: environment)
        else {
            throw StoreError(
                .unavailable,
                "cannot find Chromium to print a PDF: install Debian's chromium (apt-get install chromium), set "
                    + "TTBD_CHROMIUM to its path, or write .html and print it from a browser")
        }
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let folder = target.deletingLastPathComponent()
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("ttbd-print-\(UUID().uuidString).html")
        // Written beside the target and moved into place, so a failed print leaves no half-written PDF.
        let partial = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).part")
        defer {
            try? FileManager.default.removeItem(at: page)
            try? FileManager.default.removeItem(at: partial)
        }
        try Data(html.utf8).write(to: page)
        let result = try ChildProcess(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--allow-file-access-from-files",
                "--user-data-dir="
                    + FileManager.default.temporaryDirectory.appendingPathComponent("ttbd-chromium").path,
                "--print-to-pdf=" + partial.path, page.absoluteString,
            ]
        ).run()
        guard result.status == 0, FileManager.default.fileExists(atPath: partial.path) else {
            throw StoreError(.unavailable, "Chromium could not print \(output): \(result.text.suffix(500))")
        }
        guard rename(partial.path, target.path) == 0 else {
            throw StoreError(.unavailable, "cannot write \(output): \(String(cString: strerror(errno)))")
        }
    }
}
