extension DocumentParser {
  /// Refuses `key` if the mapping whose entries start at `start` in `pendingEntries` already
  /// has it: the same text, or (for plain keys) the same null, boolean or number.
  @inline(never)
  mutating func checkDuplicate(
    _ key: YAMLNode.Scalar,
    entriesFrom start: Int,
    index: inout KeyIndex
  ) throws(YAMLError) {
    if let firstLine = index.insert(key, after: pendingEntries.elements(from: start)) {
      throw YAMLError(.duplicateKey(key.text, firstLine: firstLine), at: key.position)
    }
  }
}
