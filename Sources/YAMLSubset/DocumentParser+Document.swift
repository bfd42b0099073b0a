extension DocumentParser {
  /// Parses the stream: comments, at most one document with its optional `---` and `...`
  /// markers, and the document's root node.
  ///
  /// - Returns: whether the document has a root node (sent to the sink).
  mutating func parseDocument() throws(YAMLError) -> Bool {
    var root: ParsedNode? = nil
    var rootIndent = 0
    var hasStartMarker = false
    var hasEndMarker = false
    if try !stopAtContent() { try moveToNextContentLine() }
    while index < end {
      if nextIndent < 0 {
        // A document marker at the start of the line.
        let isStart = current == .dash
        if isStart && (hasStartMarker || root != nil || hasEndMarker) {
          throw error(.multipleDocuments, at: index)
        }
        if isStart {
          hasStartMarker = true
        } else if hasStartMarker || root != nil {
          hasEndMarker = true
        }
        index += 3
        skipWhite()
        if current == .hash {
          skipToLineEnd()
        } else if !current.isBreakOrEnd {
          guard isStart else {
            throw error(.syntax("unexpected text after '...'; remove it"), at: index)
          }
          // A scalar or flow collection may follow `---` on its line.
          rootIndent = index - lineStart
          root = try parseBlockNode(indent: rootIndent, owner: -1, collections: .markerLine)
          if let root { send(root) }
          continue
        }
        try moveToNextContentLine()
        continue
      }
      if current == .percent && (root == nil && !hasStartMarker || hasEndMarker) {
        throw error(.directive, at: index)
      }
      if hasEndMarker { throw error(.multipleDocuments, at: index) }
      if let root {
        // A block collection at the root ends only at a line indented less than its own.
        let opener = byte(at: root.position.offset)
        let isBlockCollection =
          root.scalar == nil && opener != .openBracket && opener != .openBrace
        throw error(
          isBlockCollection
            ? .unexpectedIndentation(expectedColumn: rootIndent + 1) : .unexpectedContent,
          at: index
        )
      }
      rootIndent = nextIndent
      root = try parseBlockNode(indent: nextIndent, owner: -1, collections: .allowed)
      if let root { send(root) }
    }
    return root != nil
  }
}
