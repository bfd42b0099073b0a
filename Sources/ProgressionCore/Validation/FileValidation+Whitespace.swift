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
  ///
  /// In a verbatim quoted text holding characters `invisible-character` finds, the ends are
  /// the white-looking runs of `plan`, which may hold those characters: the fix removes them
  /// whole, so that no blank is left at an end once they go.
  mutating func checkWhitespace(
    of text: String,
    _ facts: TextFacts,
    _ plan: VisibleText?,
    at position: SourcePosition,
    in kind: TextKind
  ) {
    var spaces = (
      leading: facts.leadingBlanks,
      trailing: facts.trailingBlanks,
      firstDoubled: facts.firstDoubledSpace
    )
    guard spaces.leading > 0 || spaces.trailing > 0 || spaces.firstDoubled != nil || plan != nil,
      position.offset < bytes.count
    else { return }
    let opening = bytes[position.offset]
    guard opening != UInt8(ascii: "|"), opening != UInt8(ascii: ">") else { return }
    let isQuoted = opening == UInt8(ascii: "\"") || opening == UInt8(ascii: "'")
    let start = verbatimStart(of: text, at: position, isQuoted: isQuoted)
    if isQuoted, start != nil, let plan {
      spaces.leading = plan.leadingRun
      spaces.trailing = plan.trailingRun
    }
    guard spaces.leading > 0 || spaces.trailing > 0 || spaces.firstDoubled != nil else { return }
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
  func verbatimStart(of text: String, at position: SourcePosition, isQuoted: Bool) -> Int? {
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
