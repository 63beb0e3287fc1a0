public import TrainingModel

extension InductionReport {
    /// One line of who a plan leaves out, for a front end to word.
    public enum LeftOutLine: Sendable, Hashable {
        /// Several provinces left out for one reason of their own (`no-venue`, `no-room`), named together.
        case provinces(kind: String, delegates: Int, provinces: [String])
        /// The delegates of one group, with its reason.
        case group(delegates: Int, reason: Message)
        /// The classes that cannot be scheduled past those listed, counted.
        case moreClasses(delegates: Int, classes: Int)
    }

    /// Who is left out, one line per kind of reason, so that provinces without a venue or a room are never
    /// counted among classes that could not be scheduled: several provinces of one kind share a line that names
    /// them; unschedulable classes are listed up to `shown`, the rest counted.
    public static func leftOutLines(_ leftOut: [LeftOut], listing shown: Int) -> [LeftOutLine] {
        let delegates = { (groups: [LeftOut]) in groups.reduce(0) { $0 + $1.delegateCodes.count } }
        let known = ["no-province", "no-venue", "no-room", "not-planned"]
        let kinds =
            known
            + leftOut.map(\.kind).filter { !known.contains($0) }.reduce(into: [String]()) {
                if !$0.contains($1) { $0.append($1) }
            }
        var lines: [LeftOutLine] = []
        for kind in kinds {
            let groups = leftOut.filter { $0.kind == kind }
            switch kind {
            case "no-venue" where groups.count > 1, "no-room" where groups.count > 1:
                lines.append(
                    .provinces(kind: kind, delegates: delegates(groups), provinces: groups.compactMap(\.province)))
            case "not-planned" where groups.count > shown:
                lines += groups.prefix(shown).map { .group(delegates: delegates([$0]), reason: $0.wording) }
                let rest = Array(groups.dropFirst(shown))
                lines.append(.moreClasses(delegates: delegates(rest), classes: rest.count))
            default:
                lines += groups.map { .group(delegates: delegates([$0]), reason: $0.wording) }
            }
        }
        return lines
    }
}
