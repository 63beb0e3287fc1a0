/// A value read from one row of a sheet, with the line it starts on.
public struct SheetRow<Value: Sendable>: Sendable {
    public var line: Int
    public var value: Value

    public init(line: Int, value: Value) {
        self.line = line
        self.value = value
    }
}

extension SheetRow: Equatable where Value: Equatable {}
