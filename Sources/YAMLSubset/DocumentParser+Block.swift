extension DocumentParser {
  /// Whether a block collection may start where a node starts.
  enum CollectionRule {
    /// At the start of a line, or after a `- ` that only spaces follow.
    case allowed
    /// On the line of a key, after its `:`.
    case keyLine
    /// After a `-` and a tab: the tab would be indentation of the nested collection.
    case afterTab(Int)
    /// On the line of the `---` document marker.
    case markerLine
  }

  /// Parses the node that starts at the cursor and moves to the next line with content.
  /// A collection is sent to the sink as it is read; a scalar is returned for the caller to send.
  ///
  /// - Parameters:
  ///   - indent: the node's column (0-based), which a block collection it opens keeps.
  ///   - owner: the indentation of the key or `-` that owns the node, -1 at the root: lines
  ///     that continue its scalar or flow collection must be indented more.
  ///   - collections: whether a block mapping or sequence may start here.
  mutating func parseBlockNode(
    indent: Int,
    owner: Int,
    collections: CollectionRule
  ) throws(YAMLError) -> ParsedNode {
    let first = current
    switch first {
    case .dash where byte(at: index + 1).isBlankOrEnd:
      try checkCollection(collections, isMapping: false)
      return try parseBlockSequence(indent: indent)
    case .openBracket, .openBrace:
      let node = try parseFlowCollection(owner: owner)
      skipWhite()
      if current == .colon && byte(at: index + 1).isBlankOrEnd {
        throw YAMLError(.complexKey, at: node.position)
      }
      try finishLine()
      return node
    case .pipe, .greaterThan:
      guard owner >= 0 else {
        throw error(
          .syntax("a block scalar cannot be the whole document; put it under a key"),
          at: index
        )
      }
      return try parseBlockScalar(owner: owner)
    case .doubleQuote, .singleQuote:
      let keyLine = line
      let scalar = try parseQuotedScalar(owner: owner)
      skipWhite()
      if current == .colon && byte(at: index + 1).isBlankOrEnd {
        guard line == keyLine else { throw error(.multilineKey(keyLine: keyLine), at: index) }
        try checkCollection(collections, isMapping: true, at: scalar.position)
        return try parseBlockMapping(indent: indent, firstKey: scalar)
      }
      try finishLine()
      return .scalar(scalar)
    default:
      try refuseIndicator(inFlow: false)
      let start = index
      let position = self.position(at: start)
      let (contentEnd, stop) = scanPlainLine(inFlow: false)
      if stop == .colon {
        let key = try plainScalar(from: start, to: contentEnd, at: position)
        try checkCollection(collections, isMapping: true, at: position)
        return try parseBlockMapping(indent: indent, firstKey: key)
      }
      let keyLine = line
      let scalar = try finishPlainScalar(
        start: start,
        firstLineEnd: contentEnd,
        stop: stop,
        owner: owner,
        inFlow: false,
        position: position
      )
      if scalar.stop == .colon { throw error(.multilineKey(keyLine: keyLine), at: index) }
      try finishLine()
      return .scalar(scalar.scalar)
    }
  }

  /// Refuses a block collection where `rule` forbids one.
  @inline(never)
  private mutating func checkCollection(
    _ rule: CollectionRule,
    isMapping: Bool,
    at position: SourcePosition? = nil
  ) throws(YAMLError) {
    switch rule {
    case .allowed:
      return
    case .keyLine:
      let reason: YAMLError.Reason = isMapping ? .nestedMappingOnKeyLine : .sequenceOnKeyLine
      if let position { throw YAMLError(reason, at: position) }
      throw error(reason, at: index)
    case .afterTab(let tab):
      throw error(.tabIndentation, at: tab)
    case .markerLine:
      let reason = YAMLError.Reason.syntax(
        "a block \(isMapping ? "mapping" : "sequence") cannot start on the line of '---'; "
          + "move it to the next line"
      )
      if let position { throw YAMLError(reason, at: position) }
      throw error(reason, at: index)
    }
  }

  /// Parses the value after a key's `:` or an entry's `-` (the cursor is just past it), on the
  /// same line or on the lines below, and moves to the next line with content.
  ///
  /// - Parameters:
  ///   - owner: the indentation of the key or `-`.
  ///   - isSequenceEntry: whether the value belongs to a `-`: it may then open a block
  ///     collection on the same line, but not a sequence at the owner's own indentation.
  mutating func parseValue(owner: Int, isSequenceEntry: Bool) throws(YAMLError) -> ParsedNode {
    let indicatorEnd = index
    var tab: Int? = nil
    while current.isWhite {
      if current == .tab && tab == nil { tab = index }
      index += 1
    }
    let first = current
    if first.isBreakOrEnd || first == .hash {
      let emptyPosition = position(at: indicatorEnd)
      if first == .hash { skipToLineEnd() }
      try moveToNextContentLine()
      if nextIndent > owner {
        return try parseBlockNode(indent: nextIndent, owner: owner, collections: .allowed)
      }
      if nextIndent == owner && !isSequenceEntry && current == .dash
        && byte(at: index + 1).isBlankOrEnd
      {
        return try parseBlockSequence(indent: nextIndent)
      }
      return .scalar(YAMLNode.Scalar(text: "", style: .plain, position: emptyPosition))
    }
    let rule: CollectionRule
    if !isSequenceEntry {
      rule = .keyLine
    } else if let tab {
      rule = .afterTab(tab)
    } else {
      rule = .allowed
    }
    return try parseBlockNode(indent: index - lineStart, owner: owner, collections: rule)
  }

  /// Parses a block mapping whose first key is parsed; the cursor is on that key's `:`.
  mutating func parseBlockMapping(
    indent: Int,
    firstKey: YAMLNode.Scalar
  ) throws(YAMLError) -> ParsedNode {
    try checkDepth(at: firstKey.position)
    depth += 1
    sink.beginMapping(at: firstKey.position)
    let start = pendingKeys.count
    var keys = KeyIndex()
    var key = firstKey
    while true {
      try addKey(key, keysFrom: start, index: &keys)
      index += 1
      send(try parseValue(owner: indent, isSequenceEntry: false))
      guard nextIndent == indent else {
        if nextIndent > indent {
          throw error(.unexpectedIndentation(expectedColumn: indent + 1), at: index)
        }
        break
      }
      key = try parseBlockKey(indent: indent)
    }
    depth -= 1
    pendingKeys.removeAll(from: start)
    sink.endMapping()
    return .collection(firstKey.position)
  }

  /// Parses the key that starts a line of a block mapping, leaving the cursor on its `:`.
  @inline(never)
  private mutating func parseBlockKey(indent: Int) throws(YAMLError) -> YAMLNode.Scalar {
    let first = current
    switch first {
    case .dash where byte(at: index + 1).isBlankOrEnd:
      throw error(.sequenceEntryInMapping, at: index)
    case .openBracket, .openBrace:
      let node = try parseFlowCollection(owner: indent)
      skipWhite()
      if current == .colon { throw YAMLError(.complexKey, at: node.position) }
      throw YAMLError(
        .syntax("expected a key ('name: value'), not a flow collection"),
        at: node.position
      )
    case .pipe, .greaterThan:
      throw error(.indicatorStartsPlainScalar(Character(Unicode.Scalar(first))), at: index)
    case .doubleQuote, .singleQuote:
      let keyLine = line
      let key = try parseQuotedScalar(owner: indent)
      skipWhite()
      guard current == .colon && byte(at: index + 1).isBlankOrEnd else {
        throw error(.missingColonAfterKey(key.text), at: index)
      }
      guard line == keyLine else { throw error(.multilineKey(keyLine: keyLine), at: index) }
      return key
    default:
      try refuseIndicator(inFlow: false)
      let start = index
      let position = self.position(at: start)
      let (contentEnd, stop) = scanPlainLine(inFlow: false)
      if stop == .colon { return try plainScalar(from: start, to: contentEnd, at: position) }
      let keyLine = line
      let keyLineStart = lineStart
      let rest = try finishPlainScalar(
        start: start,
        firstLineEnd: contentEnd,
        stop: stop,
        owner: indent,
        inFlow: false,
        position: position
      )
      if rest.stop == .colon { throw error(.multilineKey(keyLine: keyLine), at: index) }
      throw YAMLError(
        .missingColonAfterKey(string(from: start, to: contentEnd)),
        at: self.position(at: contentEnd, line: keyLine, lineStart: keyLineStart)
      )
    }
  }

  /// Parses a block sequence whose first `-` is under the cursor.
  mutating func parseBlockSequence(indent: Int) throws(YAMLError) -> ParsedNode {
    let position = self.position(at: index)
    try checkDepth(at: position)
    depth += 1
    sink.beginSequence(at: position)
    while true {
      index += 1
      send(try parseValue(owner: indent, isSequenceEntry: true))
      if nextIndent == indent && current == .dash && byte(at: index + 1).isBlankOrEnd {
        continue
      }
      if nextIndent > indent {
        throw error(.unexpectedIndentation(expectedColumn: indent + 1), at: index)
      }
      break
    }
    depth -= 1
    sink.endSequence()
    return .collection(position)
  }

  /// Refuses the indicators that cannot start a plain scalar at the cursor. The callers have
  /// already dealt with those that start something else (`-` entries, quotes, flow and block
  /// collections).
  @inline(never)
  mutating func refuseIndicator(inFlow: Bool) throws(YAMLError) {
    let first = current
    let next = byte(at: index + 1)
    let nextIsSafe = !(next.isBlankOrEnd || inFlow && next.isFlowIndicator)
    switch first {
    case .question where !nextIsSafe:
      throw error(.complexKey, at: index)
    case .colon where !nextIsSafe:
      throw error(.emptyKey, at: index)
    case .dash where !nextIsSafe, .comma, .closeBracket, .closeBrace, .percent, .hash, .pipe,
      .greaterThan, .openBracket, .openBrace, .doubleQuote, .singleQuote:
      throw error(.indicatorStartsPlainScalar(Character(Unicode.Scalar(first))), at: index)
    case .ampersand, .asterisk:
      throw error(.anchorOrAlias, at: index)
    case .exclamation:
      throw error(.tag, at: index)
    case .at, .backtick:
      throw error(.reservedIndicator(Character(Unicode.Scalar(first))), at: index)
    default:
      return
    }
  }
}
