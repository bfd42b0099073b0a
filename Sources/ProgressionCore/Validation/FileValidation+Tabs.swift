import YAMLSubset

extension FileValidation {
  /// `tab-after-indicator`: a tab between a block sequence's `-` or a mapping's `:` and the
  /// value. YAML 1.2 allows it, but libyaml-based readers (PyYAML, Ruby's Psych, and so many
  /// sites' build steps) refuse the file. The tabs are replaced by one space.
  ///
  /// Found from the parsed tree, so a tab inside a quoted or block scalar is never taken for
  /// one: only the blanks just before a value, back to its indicator, are looked at.
  mutating func checkTabsAfterIndicators(in root: YAMLNode) {
    var pending: [YAMLNode] = [root]
    while let node = pending.popLast() {
      switch node {
      case .scalar:
        continue
      case .mapping(let mapping):
        for entry in mapping.entries {
          checkBlanks(before: entry.value, indicator: UInt8(ascii: ":"))
          pending.append(entry.value)
        }
      case .sequence(let sequence):
        for item in sequence.items {
          checkBlanks(before: item, indicator: UInt8(ascii: "-"))
          pending.append(item)
        }
      }
    }
  }

  /// Reports tabs in the blanks between `indicator` and `node`, when those blanks are all that
  /// stands between them on the line.
  private mutating func checkBlanks(before node: YAMLNode, indicator: UInt8) {
    if let scalar = node.scalar, scalar.isNull { return }
    var start = node.position.offset
    guard start <= bytes.count else { return }
    var hasTab = false
    while start > 0, bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == 0x09 {
      if bytes[start - 1] == 0x09 { hasTab = true }
      start -= 1
    }
    guard hasTab, start > 0, bytes[start - 1] == indicator else { return }
    let end = node.position.offset
    let at = position(ofOffset: start)
    let edit = Diagnostic.Fix.Edit(range: start..<end, replacement: " ", position: at)
    let name = indicator == UInt8(ascii: "-") ? "'-'" : "':'"
    report(
      .tabAfterIndicator,
      "a tab after \(name): libyaml-based readers such as PyYAML refuse the file; use a space",
      at: at,
      fix: Diagnostic.Fix(edits: [edit])
    )
  }
}
