import Foundation
import TrainingModel

/// Checks JSON against a schema of the OpenAPI document: the subset the document uses (`type`, also as a
/// list with `null`; `required`; `properties`; `items`; `enum`; `$ref`; `anyOf`).
struct SchemaValidator: Sendable {
    let schemas: [String: JSONValue]

    init(document: Data) throws {
        guard case .object(let root) = try JSONDecoder().decode(JSONValue.self, from: document),
            case .object(let components) = root["components"], case .object(let schemas) = components["schemas"]
        else { throw CocoaError(.coderReadCorrupt) }
        self.schemas = schemas
    }

    /// What is wrong with `json` as the named schema, one line per problem; empty when nothing is.
    func problems(in json: Data, schema name: String) throws -> [String] {
        let value = try JSONDecoder().decode(JSONValue.self, from: json)
        return problems(in: value, schema: .object(["$ref": .string("#/components/schemas/\(name)")]), at: name)
    }

    func problems(in value: JSONValue, schema name: String) -> [String] {
        problems(in: value, schema: .object(["$ref": .string("#/components/schemas/\(name)")]), at: name)
    }

    private func problems(in value: JSONValue, schema: JSONValue, at path: String) -> [String] {
        guard case .object(let rules) = schema else { return [] }
        if case .string(let reference) = rules["$ref"] {
            let name = String(reference.split(separator: "/").last ?? "")
            guard let target = schemas[name] else { return ["\(path): no schema \(name)"] }
            return problems(in: value, schema: target, at: path)
        }
        if case .array(let choices) = rules["anyOf"] {
            return choices.contains { problems(in: value, schema: $0, at: path).isEmpty }
                ? [] : ["\(path): matches none of anyOf"]
        }
        let types: [String] =
            switch rules["type"] {
            case .string(let type): [type]
            case .array(let list): list.compactMap { if case .string(let type) = $0 { type } else { nil } }
            default: []
            }
        if !types.isEmpty, !types.contains(where: value.is) {
            return ["\(path): \(value) is not \(types.joined(separator: " or "))"]
        }
        if case .array(let allowed) = rules["enum"], !allowed.contains(value) {
            return ["\(path): \(value) is not one of the allowed values"]
        }
        var found: [String] = []
        if case .object(let object) = value {
            if case .array(let required) = rules["required"] {
                for case .string(let key) in required where object[key] == nil {
                    found.append("\(path).\(key) is missing")
                }
            }
            if case .object(let properties) = rules["properties"] {
                for (key, property) in properties {
                    if let member = object[key] {
                        found += problems(in: member, schema: property, at: "\(path).\(key)")
                    }
                }
            }
        }
        if case .array(let array) = value, let items = rules["items"] {
            for (index, item) in array.enumerated() {
                found += problems(in: item, schema: items, at: "\(path)[\(index)]")
            }
        }
        return found
    }
}

extension JSONValue {
    /// Whether the value is of the schema type `type`.
    func `is`(_ type: String) -> Bool {
        switch (type, self) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array),
            ("object", .object):
            true
        case ("integer", .number(let number)): number == number.rounded()
        default: false
        }
    }
}
