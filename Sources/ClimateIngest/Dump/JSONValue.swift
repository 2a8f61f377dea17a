import ClimateCore

/// A parsed JSON value. Numbers keep their source text so nothing is lost when they are copied
/// into a document's metadata.
enum JSONValue: Sendable, Hashable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    /// Members in source order (duplicate keys kept; lookups take the last).
    case object([JSONMember])

    /// A short name of the value's type, for error messages.
    var typeName: String {
        switch self {
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// The value as text: strings as they are, everything else as compact JSON.
    var text: String {
        if case .string(let value) = self { return value }
        if case .number(let raw) = self { return raw }
        var writer = JSONWriter(capacity: 64)
        write(to: &writer)
        return writer.string
    }

    private func write(to writer: inout JSONWriter) {
        switch self {
        case .string(let value): writer.string(value)
        case .number(let raw): writer.double(Double(raw) ?? .nan)
        case .bool(let value): writer.bool(value)
        case .null: writer.null()
        case .array(let items):
            writer.beginArray()
            for item in items { item.write(to: &writer) }
            writer.endArray()
        case .object(let members):
            writer.beginObject()
            for member in members {
                writer.key(member.key)
                member.value.write(to: &writer)
            }
            writer.endObject()
        }
    }
}

/// One `"key": value` pair of a JSON object.
struct JSONMember: Sendable, Hashable {
    var key: String
    var value: JSONValue
}
