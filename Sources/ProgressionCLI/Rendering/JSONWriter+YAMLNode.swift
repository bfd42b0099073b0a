import YAMLSubset

extension JSONWriter {
  /// Writes a YAML document as JSON: `null` for an empty document.
  ///
  /// Mappings become objects with their keys' text in source order, sequences become arrays, and
  /// scalars are typed as `YAMLNode.Scalar.value` resolves them: integers and finite floats as
  /// numbers, booleans, null, and everything else as strings. JSON has no infinities or NaN, so
  /// those are written as the strings `".inf"`, `"-.inf"` and `".nan"`.
  package mutating func write(_ document: YAMLNode?) {
    guard let document else {
      null()
      return
    }
    write(document)
  }

  /// Writes one node and everything under it, in a single walk.
  package mutating func write(_ node: YAMLNode) {
    switch node {
    case .scalar(let scalar):
      write(scalar)
    case .mapping(let mapping):
      beginObject()
      for entry in mapping.entries {
        key(entry.key.text)
        write(entry.value)
      }
      endObject()
    case .sequence(let sequence):
      beginArray()
      for item in sequence.items { write(item) }
      endArray()
    }
  }

  private mutating func write(_ scalar: YAMLNode.Scalar) {
    switch scalar.value {
    case .null: null()
    case .bool(let value): bool(value)
    case .int(let value): int(value)
    case .float(let value) where value.isNaN: string(".nan")
    case .float(let value) where value.isInfinite: string(value < 0 ? "-.inf" : ".inf")
    case .float(let value): double(value)
    case .string(let value): string(value)
    }
  }
}
