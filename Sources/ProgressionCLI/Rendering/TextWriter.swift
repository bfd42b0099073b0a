/// Writes text for a terminal straight into a byte buffer: paragraphs wrapped by display width
/// with a hanging indent, control characters escaped, and ANSI emphasis when the style allows it.
///
/// A paragraph starts with `beginParagraph(prefix:hangingIndent:)`, takes words from `words(_:)`
/// and ends with `endParagraph()`. Words are separated by spaces, tabs, line feeds and carriage
/// returns, which come out as single spaces. When the style has a width, a word that would pass it
/// moves to a new line indented by the hanging indent; a word wider than the room left on a fresh
/// line is never broken: it stays whole and runs past the width, so URLs and identifiers survive.
///
/// A writer that `breaksLongWords`, for a column of a table, instead breaks a word too wide for
/// the room left where it starts (a fresh line, or the paragraph's first line after its prefix)
/// between two `Character`s, as printed: each line is filled up to the width, and a character
/// wider than a whole line goes alone on one. Words that fit are never broken.
struct TextWriter {
  /// How a run of text is emphasised when the style uses colour.
  enum Emphasis {
    case plain
    /// The framework's title.
    case title
    /// A group heading: a level, or a topic when grouping by topic.
    case heading
    /// A section heading under a group.
    case subheading
    /// Secondary text: the inherited marker, "no criteria", example labels.
    case subtle
    /// What a diff adds, and its `+` marker: green.
    case added
    /// What a diff removes, and its `-` marker: red.
    case removed
    /// What a diff rewords or moves, and its `~` and `→` markers: yellow.
    case changed
    /// What a search matched: bold and underlined.
    case match

    /// The SGR parameters that start the emphasis, or `nil` for none.
    fileprivate var parameters: String? {
      switch self {
      case .plain: return nil
      case .title: return "1"
      case .heading: return "1;36"
      case .subheading: return "1"
      case .subtle: return "2"
      case .added: return "32"
      case .removed: return "31"
      case .changed: return "33"
      case .match: return "1;4"
      }
    }
  }

  /// The text written so far, as UTF-8.
  private(set) var bytes: [UInt8] = []
  /// The width and colour decisions.
  let style: TextStyle
  /// Whether a word too wide for its line is broken across lines rather than run past the width.
  let breaksLongWords: Bool
  /// The display column the next byte lands in, counted from 0.
  private var column = 0
  /// Where continuation lines of the current paragraph start.
  private var hangingIndent = 0
  /// Whether the current line of the paragraph has a word (or part of one) after its prefix or
  /// indent.
  private var lineHasWord = false
  /// The emphasis whose escape sequence is open, so a run of words shares one sequence.
  private var openEmphasis = Emphasis.plain

  /// Creates a writer for `style`, which breaks words too wide for a line when
  /// `breakingLongWords` (for a column of a table) and else lets them run past the width.
  init(style: TextStyle, breakingLongWords: Bool = false, reservingCapacity capacity: Int = 0) {
    self.style = style
    breaksLongWords = breakingLongWords
    bytes.reserveCapacity(capacity)
  }

  /// Writes an empty line.
  mutating func blankLine() {
    bytes.append(UInt8(ascii: "\n"))
  }

  /// Starts a paragraph with `prefix` (such as `"    - "`), whose later lines start at column
  /// `hangingIndent`.
  mutating func beginParagraph(prefix: String = "", hangingIndent: Int = 0) {
    bytes.append(contentsOf: prefix.utf8)
    column = DisplayWidth.columns(of: prefix)
    self.hangingIndent = hangingIndent
    lineHasWord = false
  }

  /// Starts a paragraph with `indent` spaces, then `marker` (such as `+`) in `emphasis` and a
  /// space, as a diff marks its lines; later lines start at column `hangingIndent`. The
  /// indentation and the space are never styled.
  mutating func beginParagraph(
    indent: Int,
    marker: String,
    emphasis: Emphasis,
    hangingIndent: Int
  ) {
    beginParagraph(prefix: String(repeating: " ", count: indent), hangingIndent: hangingIndent)
    if style.usesColor, let parameters = emphasis.parameters {
      bytes.append(contentsOf: "\u{1B}[\(parameters)m\(marker)\u{1B}[0m ".utf8)
    } else {
      bytes.append(contentsOf: marker.utf8)
      bytes.append(UInt8(ascii: " "))
    }
    column += DisplayWidth.columns(of: marker) + 1
  }

  /// Adds the words of `text` to the current paragraph.
  mutating func words(_ text: String, emphasis: Emphasis = .plain) {
    var text = text
    text.withUTF8 { utf8 in
      var start = 0
      while start < utf8.count {
        while start < utf8.count, Self.isSeparator(utf8[start]) { start += 1 }
        var end = start
        while end < utf8.count, !Self.isSeparator(utf8[end]) { end += 1 }
        if end > start { word(utf8[start..<end], emphasis: emphasis) }
        start = end
      }
    }
  }

  /// Ends the current paragraph and its line.
  mutating func endParagraph() {
    closeEmphasis()
    while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
    bytes.append(UInt8(ascii: "\n"))
    column = 0
    lineHasWord = false
  }

  /// Writes `text` as one paragraph: `prefix`, then the words, wrapped to `hangingIndent`.
  mutating func paragraph(
    _ text: String,
    prefix: String = "",
    hangingIndent: Int = 0,
    emphasis: Emphasis = .plain
  ) {
    beginParagraph(prefix: prefix, hangingIndent: hangingIndent)
    words(text, emphasis: emphasis)
    endParagraph()
  }

  /// Writes one line exactly as given (after `indent` spaces), never wrapped or re-spaced; only
  /// control characters other than tab are escaped. For preformatted text such as code blocks.
  mutating func verbatimLine(_ text: String, indent: Int = 0) {
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
    TerminalSafety.append(text.unicodeScalars, to: &bytes, keepingTabs: true)
    while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
    bytes.append(UInt8(ascii: "\n"))
  }

  private static func isSeparator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
      || byte == UInt8(ascii: "\r")
  }

  private mutating func word(_ utf8: Slice<UnsafeBufferPointer<UInt8>>, emphasis: Emphasis) {
    let (width, escaped) = Self.measure(utf8)
    startWord(width: width, emphasis: emphasis)
    append(utf8, escaped: escaped, width: width, emphasis: emphasis)
  }

  /// Adds the words of `text` to the current paragraph, with the parts of it in `highlighted`
  /// (sorted, not overlapping) in `emphasis`. A word that is only partly highlighted, such as
  /// `reviews,`, stays one word.
  mutating func words(
    _ text: String,
    highlighting highlighted: [Range<String.Index>],
    emphasis: Emphasis
  ) {
    let utf8View = text.utf8
    // The byte offsets where emphasis starts or stops, in order.
    var bounds: [Int] = []
    for range in highlighted {
      bounds.append(utf8View.distance(from: utf8View.startIndex, to: range.lowerBound))
      bounds.append(utf8View.distance(from: utf8View.startIndex, to: range.upperBound))
    }
    var text = text
    text.withUTF8 { utf8 in
      var start = 0
      var next = 0
      while start < utf8.count {
        while start < utf8.count, Self.isSeparator(utf8[start]) { start += 1 }
        var end = start
        while end < utf8.count, !Self.isSeparator(utf8[end]) { end += 1 }
        guard end > start else { break }
        // Each piece of the word between two bounds, with whether it is highlighted.
        var pieces: [(bytes: Slice<UnsafeBufferPointer<UInt8>>, emphasis: Emphasis)] = []
        var pieceStart = start
        while pieceStart < end {
          while next < bounds.count, bounds[next] <= pieceStart { next += 1 }
          let pieceEnd = min(end, next < bounds.count ? bounds[next] : end)
          pieces.append((utf8[pieceStart..<pieceEnd], next % 2 == 1 ? emphasis : .plain))
          pieceStart = pieceEnd
        }
        let measured = pieces.map { Self.measure($0.bytes) }
        startWord(width: measured.reduce(0) { $0 + $1.width }, emphasis: pieces[0].emphasis)
        for (piece, size) in zip(pieces, measured) {
          append(piece.bytes, escaped: size.escaped, width: size.width, emphasis: piece.emphasis)
        }
        start = end
      }
    }
  }

  /// The display width of a word, and its escaped bytes when it holds characters that must not
  /// reach a terminal raw (else empty).
  private static func measure(
    _ utf8: Slice<UnsafeBufferPointer<UInt8>>
  ) -> (width: Int, escaped: [UInt8]) {
    var width = 0
    for byte in utf8 {
      guard byte >= 0x20 && byte < 0x7F else {
        let text = String(decoding: UnsafeBufferPointer(rebasing: utf8), as: UTF8.self)
        guard text.unicodeScalars.contains(where: TerminalSafety.mayBeUnsafe) else {
          return (DisplayWidth.columns(of: text), [])
        }
        let escaped = TerminalSafety.escapedBytes(text.unicodeScalars)
        return (DisplayWidth.columns(of: String(decoding: escaped, as: UTF8.self)), escaped)
      }
      width += 1
    }
    return (width, [])
  }

  /// Moves to a new line when a word `width` columns wide would pass the width, else writes the
  /// space before it.
  private mutating func startWord(width: Int, emphasis: Emphasis) {
    guard lineHasWord else { return }
    if let limit = style.width, column + 1 + width > limit {
      newLine()
    } else {
      if emphasis != openEmphasis { closeEmphasis() }
      bytes.append(UInt8(ascii: " "))
      column += 1
    }
  }

  /// Writes (part of) a word in `emphasis`: its bytes, or `escaped` when that is not empty; broken
  /// across lines when the writer `breaksLongWords` and it does not fit the line.
  private mutating func append(
    _ utf8: Slice<UnsafeBufferPointer<UInt8>>,
    escaped: [UInt8],
    width: Int,
    emphasis: Emphasis
  ) {
    if breaksLongWords, let limit = style.width, column + width > limit {
      let printed =
        escaped.isEmpty
        ? String(decoding: UnsafeBufferPointer(rebasing: utf8), as: UTF8.self)
        : String(decoding: escaped, as: UTF8.self)
      appendBreaking(printed, limit: limit, emphasis: emphasis)
      return
    }
    open(emphasis)
    if escaped.isEmpty { bytes.append(contentsOf: utf8) } else { bytes.append(contentsOf: escaped) }
    column += width
    lineHasWord = true
  }

  /// Writes `printed` (a word or part of one, already escaped) in `emphasis`, one `Character` at a
  /// time, starting a new line before a character that would pass `limit` unless the line holds
  /// nothing yet after its prefix or indent, so that a character wider than a line goes alone on
  /// one. An escape (`\u{200B}`) stands for one character and is never split.
  private mutating func appendBreaking(_ printed: String, limit: Int, emphasis: Emphasis) {
    var rest = printed[...]
    while let first = rest.first {
      let unit = Self.escape(atStartOf: rest) ?? rest[..<rest.index(after: rest.startIndex)]
      let width = unit.count > 1 ? unit.count : DisplayWidth.columns(of: first)
      if column + width > limit, lineHasWord { newLine() }
      open(emphasis)
      bytes.append(contentsOf: unit.utf8)
      column += width
      lineHasWord = true
      rest = rest[unit.endIndex...]
    }
  }

  /// The escape `\u{HEX}` that `text` starts with, as `TerminalSafety` writes them; `nil` when it
  /// starts with anything else.
  private static func escape(atStartOf text: Substring) -> Substring? {
    guard text.hasPrefix("\\u{"), let close = text.prefix(12).firstIndex(of: "}") else {
      return nil
    }
    let digits = text[text.index(text.startIndex, offsetBy: 3)..<close]
    guard !digits.isEmpty, digits.allSatisfy(\.isHexDigit) else { return nil }
    return text[...close]
  }

  /// Starts `emphasis` unless it is already open, ending the emphasis that is.
  private mutating func open(_ emphasis: Emphasis) {
    guard emphasis != openEmphasis else { return }
    closeEmphasis()
    if style.usesColor, let parameters = emphasis.parameters {
      bytes.append(contentsOf: "\u{1B}[\(parameters)m".utf8)
      openEmphasis = emphasis
    }
  }

  /// Ends the line and its emphasis, and starts the next one, empty, at the hanging indent.
  private mutating func newLine() {
    closeEmphasis()
    bytes.append(UInt8(ascii: "\n"))
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: hangingIndent))
    column = hangingIndent
    lineHasWord = false
  }

  /// Ends the open emphasis, if any, so line breaks and indentation are never styled.
  private mutating func closeEmphasis() {
    guard openEmphasis != .plain else { return }
    bytes.append(contentsOf: "\u{1B}[0m".utf8)
    openEmphasis = .plain
  }
}
