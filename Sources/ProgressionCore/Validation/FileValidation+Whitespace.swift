import YAMLSubset

extension FileValidation {
  /// What a checked text is, for messages.
  enum TextKind: String {
    case criterion
    case example
  }

  /// `whitespace`: spaces or tabs at either end of a text, or two spaces in a row inside it.
  ///
  /// The finding points at the white space itself when the text is written verbatim (its bytes
  /// in the file are exactly its text), else at the start of the scalar. Spaces at the ends of a
  /// verbatim quoted text on one line are fixed by deleting them: nothing else can be meant. Two
  /// spaces inside are only reported, and block scalars (`|`, `>`), whose indentation and
  /// line breaks are part of their text, are not checked.
  mutating func checkWhitespace(of text: String, at position: SourcePosition, in kind: TextKind) {
    guard position.offset < bytes.count else { return }
    let opening = bytes[position.offset]
    guard opening != UInt8(ascii: "|"), opening != UInt8(ascii: ">") else { return }
    let isQuoted = opening == UInt8(ascii: "\"") || opening == UInt8(ascii: "'")
    guard let spaces = Self.spaces(in: text) else { return }
    let start = verbatimStart(of: text, at: position, isQuoted: isQuoted)
    let count = text.utf8.count

    if spaces.leading > 0 || spaces.trailing > 0 {
      var fix: Diagnostic.Fix?
      var at = position
      if let start {
        let offset = spaces.leading > 0 ? start : start + count - spaces.trailing
        at = self.position(ofOffset: offset)
        if isQuoted {
          fix = edgeFix(start: start, count: count, spaces: spaces)
        }
      }
      report(
        .whitespace,
        WhitespaceMessage.edges(kind, leading: spaces.leading > 0, trailing: spaces.trailing > 0),
        at: at,
        fix: fix
      )
    }
    if let doubled = spaces.firstDoubled {
      report(
        .whitespace,
        WhitespaceMessage.doubled(kind),
        at: start.map { self.position(ofOffset: $0 + doubled) } ?? position
      )
    }
  }

  /// The deletion of the spaces at both ends of a verbatim text starting at `start`.
  private mutating func edgeFix(
    start: Int,
    count: Int,
    spaces: (leading: Int, trailing: Int, firstDoubled: Int?)
  ) -> Diagnostic.Fix {
    var edits: [Diagnostic.Fix.Edit] = []
    if spaces.leading > 0 {
      edits.append(
        Diagnostic.Fix.Edit(
          range: start..<start + spaces.leading,
          replacement: "",
          position: position(ofOffset: start)
        )
      )
    }
    if spaces.trailing > 0 {
      let end = start + count
      edits.append(
        Diagnostic.Fix.Edit(
          range: end - spaces.trailing..<end,
          replacement: "",
          position: position(ofOffset: end - spaces.trailing)
        )
      )
    }
    return Diagnostic.Fix(edits: edits)
  }

  /// Where the bytes of `text` start in the file, when they are exactly its text there: the
  /// scalar is plain, or quoted with no escape, doubled quote or line break inside, and on one
  /// line. `nil` otherwise, when no byte of the file stands for a character of the text.
  private func verbatimStart(of text: String, at position: SourcePosition, isQuoted: Bool) -> Int? {
    let start = isQuoted ? position.offset + 1 : position.offset
    let utf8 = text.utf8
    let end = start + utf8.count
    guard end <= bytes.count, !utf8.contains(UInt8(ascii: "\n")),
      bytes[start..<end].elementsEqual(utf8)
    else { return nil }
    if isQuoted {
      guard end < bytes.count, bytes[end] == bytes[position.offset] else { return nil }
    }
    return start
  }

  /// The spaces and tabs at each end of `text`, and the byte offset of the first two spaces
  /// in a row between them; `nil` when the text has none of these, or is nothing but white
  /// space (the empty rules report that).
  private static func spaces(in text: String) -> (leading: Int, trailing: Int, firstDoubled: Int?)?
  {
    let scan = { (utf8: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int?)? in
      func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == .tab }
      var leading = 0
      while leading < utf8.count, isBlank(utf8[leading]) { leading += 1 }
      guard leading < utf8.count else { return nil }
      var trailing = 0
      while isBlank(utf8[utf8.count - 1 - trailing]) { trailing += 1 }
      var doubled: Int?
      var index = leading
      let end = utf8.count - trailing
      while index + 1 < end {
        if utf8[index] == UInt8(ascii: " "), utf8[index + 1] == UInt8(ascii: " ") {
          doubled = index
          break
        }
        index += 1
      }
      guard leading > 0 || trailing > 0 || doubled != nil else { return nil }
      return (leading, trailing, doubled)
    }
    if let result = text.utf8.withContiguousStorageIfAvailable(scan) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(scan)
  }
}

extension UInt8 {
  fileprivate static let tab = UInt8(ascii: "\t")
}

/// The messages of the `whitespace` rule.
enum WhitespaceMessage {
  static func edges(_ kind: FileValidation.TextKind, leading: Bool, trailing: Bool) -> String {
    let place =
      leading && trailing ? "starts and ends" : leading ? "starts" : "ends"
    return "this \(kind.rawValue) \(place) with white space; remove it"
  }

  static func doubled(_ kind: FileValidation.TextKind) -> String {
    "this \(kind.rawValue) has two spaces in a row; use one"
  }
}
