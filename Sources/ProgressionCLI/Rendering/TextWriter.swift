/// Writes text for a terminal straight into a byte buffer: paragraphs wrapped by display width
/// with a hanging indent, control characters escaped, and ANSI emphasis when the style allows it.
///
/// A paragraph starts with `beginParagraph(prefix:hangingIndent:)`, takes words from `words(_:)`
/// and ends with `endParagraph()`. Words are separated by spaces, tabs, line feeds and carriage
/// returns, which come out as single spaces. When the style has a width, a word that would pass it
/// moves to a new line indented by the hanging indent; a word wider than the room left on a fresh
/// line is never broken: it stays whole and runs past the width, so URLs and identifiers survive.
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
      }
    }
  }

  /// The text written so far, as UTF-8.
  private(set) var bytes: [UInt8] = []
  /// The width and colour decisions.
  let style: TextStyle
  /// The display column the next byte lands in, counted from 0.
  private var column = 0
  /// Where continuation lines of the current paragraph start.
  private var hangingIndent = 0
  /// Whether the current line of the paragraph has a word after its prefix.
  private var lineHasWord = false
  /// The emphasis whose escape sequence is open, so a run of words shares one sequence.
  private var openEmphasis = Emphasis.plain

  init(style: TextStyle, reservingCapacity capacity: Int = 0) {
    self.style = style
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
    var width = 0
    var isPlainASCII = true
    for byte in utf8 {
      guard byte >= 0x20 && byte < 0x7F else {
        isPlainASCII = false
        break
      }
      width += 1
    }
    var escaped: [UInt8] = []
    if !isPlainASCII {
      let text = String(decoding: UnsafeBufferPointer(rebasing: utf8), as: UTF8.self)
      if text.unicodeScalars.contains(where: TerminalSafety.mayBeUnsafe) {
        escaped = TerminalSafety.escapedBytes(text.unicodeScalars)
        width = DisplayWidth.columns(of: String(decoding: escaped, as: UTF8.self))
      } else {
        width = DisplayWidth.columns(of: text)
      }
    }
    if lineHasWord {
      if let limit = style.width, column + 1 + width > limit {
        closeEmphasis()
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: hangingIndent))
        column = hangingIndent
      } else {
        if emphasis != openEmphasis { closeEmphasis() }
        bytes.append(UInt8(ascii: " "))
        column += 1
      }
    }
    if emphasis != openEmphasis {
      closeEmphasis()
      if style.usesColor, let parameters = emphasis.parameters {
        bytes.append(contentsOf: "\u{1B}[\(parameters)m".utf8)
        openEmphasis = emphasis
      }
    }
    if escaped.isEmpty { bytes.append(contentsOf: utf8) } else { bytes.append(contentsOf: escaped) }
    column += width
    lineHasWord = true
  }

  /// Ends the open emphasis, if any, so line breaks and indentation are never styled.
  private mutating func closeEmphasis() {
    guard openEmphasis != .plain else { return }
    bytes.append(contentsOf: "\u{1B}[0m".utf8)
    openEmphasis = .plain
  }
}
