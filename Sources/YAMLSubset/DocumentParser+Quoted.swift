extension DocumentParser {
  /// Parses a single- or double-quoted scalar at the cursor and leaves the cursor after its
  /// closing quote. Lines after the first must be indented more than `owner`.
  @inline(never)
  mutating func parseQuotedScalar(owner: Int) throws(YAMLError) -> YAMLNode.Scalar {
    let quote = current
    let isDouble = quote == .doubleQuote
    let position = self.position(at: index)
    let start = index + 1
    let i = firstOffset(
      from: start,
      of: quote,
      isDouble ? .backslash : quote,
      .lineFeed,
      .carriageReturn
    )
    let style: YAMLNode.Scalar.Style = isDouble ? .doubleQuoted : .singleQuoted
    if byte(at: i) == quote && (isDouble || byte(at: i + 1) != .singleQuote) {
      index = i + 1
      return YAMLNode.Scalar(text: string(from: start, to: i), style: style, position: position)
    }
    index = start
    try buildQuotedText(quote: quote, owner: owner, openedAt: position)
    return YAMLNode.Scalar(text: scratchString(), style: style, position: position)
  }

  /// Builds the text of a quoted scalar that needs escapes or folding into `scratch`, from the
  /// cursor (just after the opening quote) to the closing quote, which it steps over.
  @inline(never)
  private mutating func buildQuotedText(
    quote: UInt8,
    owner: Int,
    openedAt position: SourcePosition
  ) throws(YAMLError) {
    let isDouble = quote == .doubleQuote
    scratch.removeAll(keepingCapacity: true)
    // Raw white space after `kept` is dropped if a line break follows it.
    var kept = 0
    while true {
      let runStart = index
      index = firstOffset(
        from: index,
        of: quote,
        isDouble ? .backslash : quote,
        .lineFeed,
        .carriageReturn
      )
      if index > runStart {
        appendToScratch(from: runStart, to: index)
        var textEnd = index
        while textEnd > runStart && byte(at: textEnd - 1).isWhite { textEnd -= 1 }
        if textEnd > runStart { kept = scratch.count - (index - textEnd) }
      }
      switch current {
      case quote:
        if !isDouble && byte(at: index + 1) == .singleQuote {
          scratch.append(.singleQuote)
          index += 2
          kept = scratch.count
          continue
        }
        index += 1
        return
      case .backslash:
        let next = byte(at: index + 1)
        if next == .lineFeed || next == .carriageReturn {
          // An escaped line break: the white space before the backslash stays, the break and
          // the next line's indentation go, empty lines still count.
          index += 1
          let emptyLines = try foldQuotedBreak(quote: quote, owner: owner, openedAt: position)
          appendLineFeeds(emptyLines)
        } else if next == .end {
          throw error(.unclosedQuote(Character(Unicode.Scalar(quote)), openedAt: position), at: end)
        } else {
          try appendEscape()
        }
        kept = scratch.count
      case .lineFeed, .carriageReturn:
        scratch.removeLast(scratch.count - kept)
        let emptyLines = try foldQuotedBreak(quote: quote, owner: owner, openedAt: position)
        if emptyLines == 0 { scratch.append(.space) } else { appendLineFeeds(emptyLines) }
        kept = scratch.count
      default:
        throw error(.unclosedQuote(Character(Unicode.Scalar(quote)), openedAt: position), at: index)
      }
    }
  }

  /// From a line break inside a quoted scalar, moves to the first character of the next line
  /// that is not empty, past its indentation, and returns how many empty lines it skipped.
  private mutating func foldQuotedBreak(
    quote: UInt8,
    owner: Int,
    openedAt position: SourcePosition
  ) throws(YAMLError) -> Int {
    let (emptyLines, first, text) = skipEmptyLines()
    let next = byte(at: text)
    let unclosed = YAMLError.Reason.unclosedQuote(
      Character(Unicode.Scalar(quote)),
      openedAt: position
    )
    if next == .end { throw error(unclosed, at: text) }
    if first == lineStart && isDocumentMarker(at: first) { throw error(unclosed, at: first) }
    if byte(at: first) == .tab { throw error(.tabIndentation, at: first) }
    if first - lineStart <= owner {
      throw error(
        .underindentedContinuation(openedAt: position, minimumColumn: owner + 2),
        at: first
      )
    }
    index = text
    return emptyLines
  }

  /// Appends the character of the escape sequence at the cursor (a backslash) and steps over it.
  private mutating func appendEscape() throws(YAMLError) {
    let escape = byte(at: index + 1)
    let simple: UInt8?
    switch escape {
    case .zero: simple = 0x00
    case UInt8(ascii: "a"): simple = 0x07
    case UInt8(ascii: "b"): simple = 0x08
    case UInt8(ascii: "t"), .tab: simple = 0x09
    case UInt8(ascii: "n"): simple = 0x0A
    case UInt8(ascii: "v"): simple = 0x0B
    case UInt8(ascii: "f"): simple = 0x0C
    case UInt8(ascii: "r"): simple = 0x0D
    case UInt8(ascii: "e"): simple = 0x1B
    case .space, .doubleQuote, .slash, .backslash: simple = escape
    default: simple = nil
    }
    if let simple {
      scratch.append(simple)
      index += 2
      return
    }
    let scalar: UInt32
    var length = 2
    switch escape {
    case UInt8(ascii: "N"): scalar = 0x85
    case UInt8(ascii: "_"): scalar = 0xA0
    case UInt8(ascii: "L"): scalar = 0x2028
    case UInt8(ascii: "P"): scalar = 0x2029
    case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
      let digits = escape == UInt8(ascii: "x") ? 2 : escape == UInt8(ascii: "u") ? 4 : 8
      var value: UInt32 = 0
      for k in 0..<digits {
        guard let digit = byte(at: index + 2 + k).hexDigitValue else {
          throw invalidEscape(length: 2 + k + 1)
        }
        value = value << 4 | digit
      }
      length += digits
      guard Unicode.Scalar(value) != nil else { throw invalidEscape(length: length) }
      scalar = value
    default:
      throw invalidEscape(length: 2)
    }
    appendUTF8(scalar)
    index += length
  }

  /// An invalid escape error at the cursor (a backslash) showing `length` bytes of it (fewer if
  /// the line ends first, more to include a whole non-ASCII character).
  private mutating func invalidEscape(length: Int) -> YAMLError {
    var stop = index
    while stop < index + length && !byte(at: stop).isBreakOrEnd {
      stop += byte(at: stop).utf8SequenceLength
    }
    return error(.invalidEscape(string(from: index, to: min(stop, end))), at: index)
  }

  /// Appends the UTF-8 encoding of a valid scalar value to `scratch`.
  private mutating func appendUTF8(_ value: UInt32) {
    switch value {
    case ..<0x80:
      scratch.append(UInt8(value))
    case ..<0x800:
      scratch.append(UInt8(0xC0 | value >> 6))
      scratch.append(UInt8(0x80 | value & 0x3F))
    case ..<0x10000:
      scratch.append(UInt8(0xE0 | value >> 12))
      scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
      scratch.append(UInt8(0x80 | value & 0x3F))
    default:
      scratch.append(UInt8(0xF0 | value >> 18))
      scratch.append(UInt8(0x80 | value >> 12 & 0x3F))
      scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
      scratch.append(UInt8(0x80 | value & 0x3F))
    }
  }
}
