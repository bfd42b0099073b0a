extension DocumentParser {
  /// Refuses `key` if the mapping whose keys start at `start` in `pendingKeys` already has it
  /// (the same text, or, for plain keys, the same null, boolean or number); otherwise records it
  /// there and sends it to the sink.
  @inline(never)
  mutating func addKey(
    _ key: YAMLNode.Scalar,
    keysFrom start: Int,
    index: inout KeyIndex
  ) throws(YAMLError) {
    if let firstLine = index.insert(key, after: pendingKeys.elements(from: start)) {
      throw YAMLError(.duplicateKey(key.text, firstLine: firstLine), at: key.position)
    }
    pendingKeys.append(key)
    sink.key(key)
  }
}
