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
    withUnsafePointer(to: node) { write(at: $0) }
  }

  /// The walk itself. Children are passed by pointer: passed by value, each one was copied
  /// (retained and released) around every recursive call, a fifth of the time of `dump`.
  private mutating func write(at node: UnsafePointer<YAMLNode>) {
    switch node.pointee {
    case .scalar(let scalar):
      write(scalar)
    case .mapping(let mapping):
      beginObject()
      mapping.entries.withUnsafeBufferPointer { entries in
        for index in entries.indices {
          key(entries[index].key.text)
          withUnsafePointer(to: entries[index].value) { write(at: $0) }
        }
      }
      endObject()
    case .sequence(let sequence):
      beginArray()
      sequence.items.withUnsafeBufferPointer { items in
        guard let base = items.baseAddress else { return }
        for index in items.indices { write(at: base + index) }
      }
      endArray()
    }
  }

  /// Writes a scalar typed by the core schema (see `write(_:)` for a document).
  mutating func write(_ scalar: YAMLNode.Scalar) {
    // Quoted and block scalars are always strings: skip building a `Value` for them.
    guard scalar.style == .plain else {
      string(scalar.text)
      return
    }
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
