import Testing
import TrainingModel

@Suite("Seeded random numbers")
struct RandomGeneratorTests {
    @Test("the same seed gives the same sequence")
    func sameSeed() {
        var first = RandomGenerator(seed: 99)
        var second = RandomGenerator(seed: 99)
        #expect((0..<100).map { _ in first.next() } == (0..<100).map { _ in second.next() })
    }

    @Test("bounded numbers stay below the bound and cover it")
    func bounded() {
        var random = RandomGenerator(seed: 1)
        let values = (0..<10_000).map { _ in random.next(below: 7) }
        #expect(values.allSatisfy { (0..<7).contains($0) })
        #expect(Set(values).count == 7)
    }
}
