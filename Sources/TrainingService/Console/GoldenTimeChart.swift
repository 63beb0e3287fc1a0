import TrainingModel

/// The golden-time tracker as a bar chart ttbd draws itself (SVG, no script): one bar per province, its
/// first-time delegates split by how far they are, against the longest bar. Colours come from the style sheet's
/// classes, so the chart obeys the page's Content-Security-Policy.
struct GoldenTimeChart: Sendable {
    struct Segment: Sendable {
        let x: Int
        let width: Int
        let kind: String
        let label: String
    }

    struct Bar: Sendable {
        let y: Int
        let labelY: Int
        let province: String
        let total: String
        let totalX: Int
        let segments: [Segment]
    }

    struct Key: Sendable {
        let kind: String
        let label: String
    }

    static let labelWidth = 190
    static let barArea = 460
    static let rowHeight = 24
    static let width = labelWidth + barArea + 60

    let bars: [Bar]
    let width = Self.width
    let height: Int
    let keys: [Key]

    /// The steps a first-time delegate goes through, furthest first, with how a line counts each.
    static let steps: [(kind: String, vi: String, en: String, count: @Sendable (GoldenTimeReport.Line) -> Int)] = [
        ("trained", "Đã bồi dưỡng", "Trained", { $0.trained }),
        ("in-progress", "Đang học", "In a class", { $0.inProgress }),
        ("waitlisted", "Đang chờ chỗ", "On a waiting list", { $0.waitlisted }),
        ("not-enrolled", "Chưa xếp lớp", "Not in a class yet", { $0.notEnrolled }),
        ("without-program", "Chưa có chương trình", "No program yet", { $0.withoutProgram }),
    ]

    init(_ report: GoldenTimeReport, in language: Language) {
        keys = Self.steps.map { Key(kind: $0.kind, label: language.words(vi: $0.vi, en: $0.en)) }
        let longest = max(1, report.provinces.map(\.firstTimeDelegates).max() ?? 1)
        bars = report.provinces.enumerated().map { index, line in
            let y = index * Self.rowHeight
            var x = Self.labelWidth
            var segments: [Segment] = []
            for step in Self.steps {
                let count = step.count(line)
                guard count > 0 else { continue }
                let width = max(1, count * Self.barArea / longest)
                segments.append(
                    Segment(
                        x: x, width: width, kind: step.kind,
                        label: "\(line.provinceName): \(language.words(vi: step.vi, en: step.en)) "
                            + ConsoleWords.number(count)))
                x += width
            }
            return Bar(
                y: y + 4, labelY: y + 17, province: line.provinceName,
                total: VietnameseNumber.text(Double(line.firstTimeDelegates)), totalX: x + 6, segments: segments)
        }
        height = max(1, report.provinces.count) * Self.rowHeight + 8
    }
}

extension GoldenTimeChart: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "bars": \.bars, "width": \.width, "height": \.height, "keys": \.keys,
    ]
}

extension GoldenTimeChart.Bar: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "y": \.y, "labelY": \.labelY, "province": \.province, "total": \.total, "totalX": \.totalX,
        "segments": \.segments,
    ]
}

extension GoldenTimeChart.Segment: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "x": \.x, "width": \.width, "kind": \.kind, "label": \.label,
    ]
}

extension GoldenTimeChart.Key: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = ["kind": \.kind, "label": \.label]
}
