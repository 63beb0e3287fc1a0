import Mustache

/// A view the console's templates read by name through a table of key paths rather than by reflection: Mustache
/// asks a `MustacheParent` for its children and otherwise builds a `Mirror` for every name it looks up, which was
/// most of a page's time on a list of 120 delegates (issue 16's figures). The views of long lists and of every
/// page's frame conform. Their tables are constants (`nonisolated(unsafe)` only because key paths are not
/// `Sendable` yet): nothing writes them after they are made.
protocol TemplateFields: MustacheParent {
    static var templateFields: [String: PartialKeyPath<Self>] { get }
}

extension TemplateFields {
    func child(named name: String) -> Any? {
        if let path = Self.templateFields[name] {
            // As Mustache's reflection does, an optional is its value or nothing, so `{{#name}}` tests it.
            return templateValue(self[keyPath: path])
        }
        // A name the view has but its table lacks would render as nothing: the tests (debug builds) stop on it.
        assert(
            Mirror(reflecting: self).children.allSatisfy { $0.label != name },
            "\(Self.self).templateFields lacks \(name)")
        return nil
    }
}

/// A value as Mustache's reflection gives it to a template: an optional is its value or nothing.
func templateValue(_ value: Any) -> Any? {
    (value as? any OptionalTemplateValue).map(\.wrappedValue) ?? value
}

private protocol OptionalTemplateValue {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalTemplateValue {
    var wrappedValue: Any? { map { $0 as Any } }
}
