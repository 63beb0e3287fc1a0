import Foundation
import Testing

@testable import PrintedPages

@Suite struct QRCodeTests {
    /// ISO/IEC 18004's worked example (annex I): "01234567" in version 1-M, whose ten error-correction codewords
    /// the standard prints.
    @Test func errorCorrectionMatchesTheStandardsExample() {
        let data: [UInt8] = [
            0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11,
        ]
        #expect(
            ReedSolomon.remainder(of: data, divisor: ReedSolomon.divisor(degree: 10))
                == [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55])
    }

    @Test func theSmallestVersionThatHoldsTheTextIsChosen() throws {
        #expect(try QRCode(text: String(repeating: "a", count: 14)).version == 1)
        #expect(try QRCode(text: String(repeating: "a", count: 15)).version == 2)
        #expect(try QRCode(text: String(repeating: "a", count: 106)).size == 41)
        #expect(throws: QRCode.TooLong.self) { try QRCode(text: String(repeating: "a", count: 107)) }
    }

    /// Read back by an independent decoder (zbar, from Debian's zbar-tools, installed by scripts/setup): texts of
    /// every version this encoder writes, Vietnamese UTF-8 among them.
    @Test func zbarReadsBackEveryVersion() throws {
        let texts = [
            "GCN-2026-000123",
            "https://ttbd.example.vn/certificates/GCN-2026-000123",
            "Giấy chứng nhận số GCN-2026-000123 của đại biểu Nguyễn Thị Ánh",
            "https://bồi-dưỡng.example.vn/certificates/GCN-2026-000123?from=qr&lang=vi&print=a4",
            String(repeating: "0123456789", count: 10) + "abcdef",
        ]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var versions: Set<Int> = []
        for (index, text) in texts.enumerated() {
            let code = try QRCode(text: text)
            versions.insert(code.version)
            let image = folder.appendingPathComponent("\(index).pgm")
            try Self.graymap(of: code).write(to: image)
            #expect(try Self.zbar(image) == text, "version \(code.version), mask \(code.mask)")
        }
        #expect(versions.count >= 4)
    }

    /// A binary graymap of the symbol, 4 pixels a module, with its quiet zone.
    static func graymap(of code: QRCode, scale: Int = 4) -> Data {
        let side = (code.size + 8) * scale
        var pixels = [UInt8](repeating: 255, count: side * side)
        for y in 0..<code.size {
            for x in 0..<code.size where code[x, y] {
                for dy in 0..<scale {
                    for dx in 0..<scale { pixels[((y + 4) * scale + dy) * side + (x + 4) * scale + dx] = 0 }
                }
            }
        }
        return Data("P5\n\(side) \(side)\n255\n".utf8) + Data(pixels)
    }

    static func zbar(_ image: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/zbarimg")
        process.arguments = ["--quiet", "--raw", "-Sbinary", image.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice  // ImageMagick's complaints about a missing D-Bus
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
