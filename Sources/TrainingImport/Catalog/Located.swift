import TrainingModel

/// A value read from a catalog file and the place it was read from, so a later check across files can
/// point at the exact reference that is wrong.
struct Located<Value: Sendable>: Sendable {
    var value: Value
    var location: SourceLocation

    init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
