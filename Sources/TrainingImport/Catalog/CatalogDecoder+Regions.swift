import TrainingModel
import Yams

extension CatalogDecoder {
    /// A region: its code, its name and its provinces (two-digit codes, in the order hosts rotate).
    mutating func decodeRegion(_ node: Node, into draft: inout CatalogDraft) {
        guard let fields = fields(of: node, what: "a region", required: ["code", "name", "provinces"]) else {
            return
        }
        let code = self.code(fields, "code")
        let name = text(fields, "name")
        var provinces: [Located<String>] = []
        for province in texts(fields, "provinces") {
            guard province.value.count == 2, province.value.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                report(
                    "'\(province.value)' is not a valid province of a region; expected 2 digits", at: province.location)
                continue
            }
            provinces.append(province)
        }
        guard let code, let name else { return }
        if provinces.isEmpty, let list = fields["provinces"] {
            report("region \(code.value) has no provinces", at: list)
        }
        let region = Region(code: code.value, name: name, provinceCodes: provinces.map(\.value))
        draft.regions.append(.init(region: region, code: code.location, entry: fields.location, provinces: provinces))
    }
}
