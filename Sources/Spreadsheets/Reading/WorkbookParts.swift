import Foundation

/// The parts of a workbook that say where a sheet is and how to read its cells: the sheets by name, the
/// relationships to their files, the shared strings and the number format of each cell style.
struct WorkbookParts {
    /// Sheet names in the order of the workbook, with the relationship id of each.
    var sheets: [(name: String, relationship: String)] = []
    var date1904 = false

    static func workbook(_ data: Data) -> WorkbookParts? {
        var parts = WorkbookParts()
        let parsed = XMLEvents.parse(data) { event in
            guard case .start(let name, let attributes) = event else { return }
            if name == "sheet", let sheetName = attributes["name"], let id = attributes["r:id"] {
                parts.sheets.append((sheetName, id))
            } else if name == "workbookPr" {
                parts.date1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
            }
        }
        return parsed ? parts : nil
    }

    /// Relationship id → the part's path inside the archive (`xl/worksheets/sheet1.xml`).
    static func relationships(_ data: Data) -> [String: String]? {
        var targets: [String: String] = [:]
        let parsed = XMLEvents.parse(data) { event in
            guard case .start("Relationship", let attributes) = event, let id = attributes["Id"],
                let target = attributes["Target"]
            else { return }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        return parsed ? targets : nil
    }

    /// The shared strings, in order: a rich-text string is its runs' text joined; phonetic guides are left out.
    static func sharedStrings(_ data: Data) -> [String]? {
        var strings: [String] = []
        var current = ""
        var inText = false
        var inPhonetic = false
        let parsed = XMLEvents.parse(data) { event in
            switch event {
            case .start("si", _): current = ""
            case .start("rPh", _): inPhonetic = true
            case .end("rPh"): inPhonetic = false
            case .start("t", _): inText = !inPhonetic
            case .end("t"): inText = false
            case .text(let text) where inText: current += text
            case .end("si"): strings.append(SheetReading.unescaped(current))
            default: break
            }
        }
        return parsed ? strings : nil
    }

    /// The number format of each cell style (`s="3"` is the fourth `xf` of `cellXfs`).
    static func styles(_ data: Data) -> [NumberFormat]? {
        var codes: [Int: String] = [:]
        var formats: [NumberFormat] = []
        var inCellFormats = false
        let parsed = XMLEvents.parse(data) { event in
            switch event {
            case .start("numFmt", let attributes):
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
                    codes[id] = code
                }
            case .start("cellXfs", _): inCellFormats = true
            case .end("cellXfs"): inCellFormats = false
            case .start("xf", let attributes) where inCellFormats:
                let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
                formats.append(NumberFormat(id: id, code: codes[id]))
            default: break
            }
        }
        return parsed ? formats : nil
    }
}
