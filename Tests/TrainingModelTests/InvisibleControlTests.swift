import Testing
import TrainingModel

@Suite("Invisible controls")
struct InvisibleControlTests {
    /// The test compares the numeric ranges with Unicode's own property over every scalar, so a table that
    /// drifted from the standard would show here.
    @Test("exactly the scalars of general category Cc, and the marks that reorder text")
    func matchesUnicode() {
        let marks: Set<UInt32> = [
            0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
        ]
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = scalar.properties.generalCategory == .control || marks.contains(value)
            if scalar.isInvisibleControl != expected { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty)
        #expect(Unicode.Scalar(0x85)!.isInvisibleControl && !Unicode.Scalar("ệ").isInvisibleControl)
    }
}
