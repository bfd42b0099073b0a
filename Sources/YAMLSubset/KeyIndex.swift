/// Finds a key that a mapping already has, in constant time per key.
///
/// Small mappings, the most common, are searched linearly with no allocation; past
/// `linearLimit` entries the index switches to hash tables.
struct KeyIndex {
  private static let linearLimit = 8

  /// The line of each key's first appearance, by text.
  private var linesByText: [String: Int] = [:]
  /// The line of each plain key that resolves to a null, boolean or number, by value.
  private var linesByValue: [YAMLNode.Scalar.Value: Int] = [:]
  private var isHashed = false

  /// Records `key`, or returns the line of the earlier key among `previous` that equals it.
  mutating func insert(
    _ key: YAMLNode.Scalar,
    after previous: UnsafeBufferPointer<YAMLNode.Mapping.Entry>
  ) -> Int? {
    let value = Self.resolvedValue(of: key)
    if !isHashed {
      if previous.count < Self.linearLimit {
        for entry in previous
        where entry.key.text == key.text
          || value != nil && Self.resolvedValue(of: entry.key) == value
        {
          return entry.key.position.line
        }
        return nil
      }
      for entry in previous { record(entry.key, value: Self.resolvedValue(of: entry.key)) }
      isHashed = true
    }
    return record(key, value: value)
  }

  /// Records `key` unless an equal key is recorded, whose line it then returns. Hashes the text
  /// once in the common case, where the key is new.
  @discardableResult
  private mutating func record(_ key: YAMLNode.Scalar, value: YAMLNode.Scalar.Value?) -> Int? {
    let line = key.position.line
    if linesByText.count == linesByText.capacity {
      // Grow four-fold rather than two-fold: each growth rehashes every key, and hashing is
      // most of the work in a mapping with many keys.
      linesByText.reserveCapacity(max(linesByText.capacity * 4, 64))
    }
    if let first = linesByText.updateValue(line, forKey: key.text) {
      linesByText[key.text] = first
      return first
    }
    if let value, let first = linesByValue.updateValue(line, forKey: value) {
      linesByValue[value] = first
      return first
    }
    return nil
  }

  /// The value of a plain key that is not a string, which YAML compares by value (`1`, `01` and
  /// `0x1` are the same key); `nil` for every other key.
  private static func resolvedValue(of key: YAMLNode.Scalar) -> YAMLNode.Scalar.Value? {
    guard key.style == .plain else { return nil }
    let value = key.value
    if case .string = value { return nil }
    return value
  }
}
