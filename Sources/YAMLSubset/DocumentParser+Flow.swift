extension DocumentParser {
  /// Parses a flow sequence or mapping whose `[` or `{` is under the cursor and leaves the cursor
  /// after its closing bracket. Lines after the first must be indented more than `owner`.
  mutating func parseFlowCollection(owner: Int) throws(YAMLError) -> ParsedNode {
    let opener = current
    let position = self.position(at: index)
    try checkDepth(at: position)
    depth += 1
    index += 1
    if opener == .openBracket {
      sink.beginSequence(at: position)
      try parseFlowSequence(owner: owner, openedAt: position)
      sink.endSequence()
    } else {
      sink.beginMapping(at: position)
      try parseFlowMapping(owner: owner, openedAt: position)
      sink.endMapping()
    }
    depth -= 1
    return .collection(position)
  }

  private mutating func parseFlowSequence(
    owner: Int,
    openedAt position: SourcePosition
  ) throws(YAMLError) {
    while true {
      try skipFlowSpace(owner: owner, opener: .openBracket, openedAt: position)
      if current == .closeBracket { break }
      try refuseEmptyFlowEntry()
      let keyLine = line
      let node = try parseFlowNode(owner: owner)
      try skipFlowSpace(owner: owner, opener: .openBracket, openedAt: position)
      if isFlowValueIndicator(after: node) {
        // A single `key: value` pair, which is a mapping of its own.
        guard case .scalar(let key) = node else { throw YAMLError(.complexKey, at: node.position) }
        guard line == keyLine else { throw error(.multilineKey(keyLine: keyLine), at: index) }
        try checkDepth(at: key.position)
        depth += 1
        sink.beginMapping(at: key.position)
        sink.key(key)
        send(try parseFlowValue(owner: owner, closer: .closeBracket, openedAt: position))
        sink.endMapping()
        depth -= 1
        try skipFlowSpace(owner: owner, opener: .openBracket, openedAt: position)
      } else {
        send(node)
      }
      if current == .comma {
        index += 1
        continue
      }
      guard current == .closeBracket else {
        throw error(.syntax("expected ',' or ']' in the flow sequence"), at: index)
      }
      break
    }
    index += 1
  }

  private mutating func parseFlowMapping(
    owner: Int,
    openedAt position: SourcePosition
  ) throws(YAMLError) {
    let start = pendingKeys.count
    var keys = KeyIndex()
    while true {
      try skipFlowSpace(owner: owner, opener: .openBrace, openedAt: position)
      if current == .closeBrace { break }
      try refuseEmptyFlowEntry()
      if current == .openBracket || current == .openBrace {
        throw error(.complexKey, at: index)
      }
      let keyNode = try parseFlowNode(owner: owner)
      guard case .scalar(let key) = keyNode else {
        throw YAMLError(.complexKey, at: keyNode.position)
      }
      try addKey(key, keysFrom: start, index: &keys)
      let afterKey = self.position(at: index)
      try skipFlowSpace(owner: owner, opener: .openBrace, openedAt: position)
      // Unlike a block key or a single pair in a flow sequence, a flow mapping's key may span
      // lines and its `:` may follow on a later line: YAML 1.2.2 separates them with
      // `s-separate`, not `s-separate-in-line` (`ns-flow-map-yaml-key-entry`).
      if isFlowValueIndicator(after: keyNode) {
        send(try parseFlowValue(owner: owner, closer: .closeBrace, openedAt: position))
        try skipFlowSpace(owner: owner, opener: .openBrace, openedAt: position)
      } else {
        sink.scalar(YAMLNode.Scalar(text: "", style: .plain, position: afterKey))
      }
      if current == .comma {
        index += 1
        continue
      }
      guard current == .closeBrace else {
        throw error(.syntax("expected ',' or '}' in the flow mapping"), at: index)
      }
      break
    }
    index += 1
    pendingKeys.removeAll(from: start)
  }

  /// Whether the cursor is on the `:` that ends a key: followed by white space, a line break or a
  /// flow indicator, or after a key that is not plain (`"key":value`, as in JSON).
  @inline(never)
  private mutating func isFlowValueIndicator(after key: ParsedNode) -> Bool {
    guard current == .colon else { return false }
    let next = byte(at: index + 1)
    return next.isBlankOrEnd || next.isFlowIndicator || key.scalar?.style != .plain
  }

  /// Parses the value after the `:` under the cursor; nothing before `,` or the closer is null.
  private mutating func parseFlowValue(
    owner: Int,
    closer: UInt8,
    openedAt position: SourcePosition
  ) throws(YAMLError) -> ParsedNode {
    index += 1
    let emptyPosition = self.position(at: index)
    try skipFlowSpace(
      owner: owner,
      opener: closer == .closeBracket ? .openBracket : .openBrace,
      openedAt: position
    )
    if current == .comma || current == closer {
      return .scalar(YAMLNode.Scalar(text: "", style: .plain, position: emptyPosition))
    }
    return try parseFlowNode(owner: owner)
  }

  /// Refuses an entry that is missing before a `,`.
  @inline(never)
  private mutating func refuseEmptyFlowEntry() throws(YAMLError) {
    if current == .comma {
      throw error(.syntax("expected a value before ','; remove the extra comma"), at: index)
    }
  }

  /// Parses a scalar or a nested collection inside a flow collection.
  private mutating func parseFlowNode(owner: Int) throws(YAMLError) -> ParsedNode {
    switch current {
    case .openBracket, .openBrace:
      return try parseFlowCollection(owner: owner)
    case .doubleQuote, .singleQuote:
      return .scalar(try parseQuotedScalar(owner: owner))
    case .pipe, .greaterThan:
      throw error(
        .syntax("block scalars ('|', '>') cannot be used inside flow collections; quote the text"),
        at: index
      )
    default:
      try refuseIndicator(inFlow: true)
      let start = index
      let position = self.position(at: start)
      let (contentEnd, stop) = scanPlainLine(inFlow: true)
      let scalar = try finishPlainScalar(
        start: start,
        firstLineEnd: contentEnd,
        stop: stop,
        owner: owner,
        inFlow: true,
        position: position
      )
      return .scalar(scalar.scalar)
    }
  }

  /// Skips white space, comments and line breaks inside a flow collection. Lines must be
  /// indented more than `owner`; the end of input or a document marker means the collection
  /// opened at `position` is never closed.
  @inline(never)
  private mutating func skipFlowSpace(
    owner: Int,
    opener: UInt8,
    openedAt position: SourcePosition
  ) throws(YAMLError) {
    while true {
      switch current {
      case .space, .tab:
        index += 1
      case .hash:
        guard index == lineStart || byte(at: index - 1).isWhite else {
          throw error(.commentWithoutSpace, at: index)
        }
        skipToLineEnd()
      case .lineFeed, .carriageReturn:
        consumeBreak()
        var first = index
        while byte(at: first) == .space { first += 1 }
        var text = first
        while byte(at: text).isWhite { text += 1 }
        let next = byte(at: text)
        if next.isBreakOrEnd || next == .hash {
          index = text
          continue
        }
        if first == lineStart && isDocumentMarker(at: first) {
          throw error(
            .unclosedFlowCollection(Character(Unicode.Scalar(opener)), openedAt: position),
            at: first
          )
        }
        if byte(at: first) == .tab { throw error(.tabIndentation, at: first) }
        if first - lineStart <= owner {
          throw error(
            .underindentedContinuation(openedAt: position, minimumColumn: owner + 2),
            at: first
          )
        }
        index = text
      case .end:
        throw error(
          .unclosedFlowCollection(Character(Unicode.Scalar(opener)), openedAt: position),
          at: index
        )
      default:
        return
      }
    }
  }
}
