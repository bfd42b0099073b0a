import YAMLSubset

extension FileValidation {
  /// `invisible-character`: a character that shows as a space or as nothing at all in a
  /// criterion or an example, so that two texts that look the same are not.
  ///
  /// In a text written verbatim (plain or quoted without escapes, on one line), each is
  /// pointed at and fixed as `plan` says, so that the fixed text has no blanks at its ends and
  /// none in a row that it did not have. In a quoted text, those in the white-looking runs at
  /// its ends are left to `whitespace`, which removes the runs. Elsewhere the finding points at
  /// the start of the text, without a fix.
  mutating func checkInvisibleCharacters(
    in text: String,
    _ plan: VisibleText,
    at position: SourcePosition,
    in kind: TextKind
  ) {
    let opening = position.offset < bytes.count ? bytes[position.offset] : 0
    let isQuoted = opening == UInt8(ascii: "\"") || opening == UInt8(ascii: "'")
    let start = verbatimStart(of: text, at: position, isQuoted: isQuoted)
    guard let start, isQuoted || PlainText.readsTheSame(plan.visible) else {
      let first = text.unicodeScalars.first { InvisibleCharacter.replacement(for: $0) != nil }
      if let first {
        report(
          .invisibleCharacter,
          InvisibleCharacter.message(
            first,
            kind: kind,
            unfixable: start == nil ? .notVerbatim : .wouldChangeTheYAML
          ),
          at: position
        )
      }
      return
    }
    let count = text.utf8.count
    if !isQuoted { reportEdge(of: text, 0..<plan.leadingRun, start: start, kind: kind) }
    for replacement in plan.replacements {
      report(
        replacement.scalar,
        at: start + replacement.offset,
        width: replacement.width,
        by: replacement.text,
        kind: kind
      )
    }
    if !isQuoted {
      reportEdge(of: text, count - plan.trailingRun..<count, start: start, kind: kind)
    }
  }

  /// Reports each character found in the bytes `run` of the plain text starting at `start`,
  /// fixed by deleting it: YAML drops the blanks around a plain text, and nothing else.
  private mutating func reportEdge(
    of text: String,
    _ run: Range<Int>,
    start: Int,
    kind: TextKind
  ) {
    guard !run.isEmpty else { return }
    var offset = 0
    for scalar in text.unicodeScalars {
      defer { offset += UTF8.width(scalar) }
      guard offset < run.upperBound else { return }
      guard offset >= run.lowerBound, InvisibleCharacter.replacement(for: scalar) != nil
      else { continue }
      report(scalar, at: start + offset, width: UTF8.width(scalar), by: "", kind: kind)
    }
  }

  /// Reports `scalar` at the byte `offset` of the file, fixed by putting `replacement` in
  /// place of the `width` bytes there.
  private mutating func report(
    _ scalar: Unicode.Scalar,
    at offset: Int,
    width: Int,
    by replacement: String,
    kind: TextKind
  ) {
    let at = position(ofOffset: offset)
    let edit = Diagnostic.Fix.Edit(
      range: offset..<offset + width,
      replacement: replacement,
      position: at
    )
    report(
      .invisibleCharacter,
      InvisibleCharacter.message(scalar, kind: kind),
      at: at,
      fix: Diagnostic.Fix(edits: [edit])
    )
  }
}

/// The characters `invisible-character` finds, and what replaces each.
enum InvisibleCharacter {
  /// A space for characters that show as one, nothing for those that show as nothing; `nil`
  /// for any other character. The zero-width joiner is left alone: emoji sequences need it.
  static func replacement(for scalar: Unicode.Scalar) -> String? {
    switch scalar.value {
    case 0x00A0, 0x2007, 0x202F, 0x2028, 0x2029, 0x1680, 0x2000...0x200A, 0x205F, 0x3000: " "
    case 0x00AD, 0x200B, 0x200C, 0x2060, 0xFEFF, 0x180E: ""
    default: nil
    }
  }

  /// Why a finding has no fix.
  enum Unfixable {
    /// The text's bytes in the file are not its text (escapes, several lines).
    case notVerbatim
    /// The plain text, fixed, would start with an indicator or hold `: ` or ` #`, and YAML
    /// would read it as something else.
    case wouldChangeTheYAML
  }

  /// What the finding says of `scalar`; `unfixable` says why it has no fix, if it has none.
  static func message(
    _ scalar: Unicode.Scalar,
    kind: FileValidation.TextKind,
    unfixable: Unfixable? = nil
  ) -> String {
    let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
    let action =
      replacement(for: scalar) == " " ? "use a plain space" : "remove it"
    let reason =
      switch unfixable {
      case nil: ""
      case .notVerbatim: " (its text is not written verbatim, so --fix cannot)"
      case .wouldChangeTheYAML:
        " and put the text in quotes (unquoted, it would then read as other YAML, so --fix "
          + "cannot)"
      }
    return "this \(kind.rawValue) holds \(code), which "
      + (replacement(for: scalar) == " " ? "looks like a space but is not one" : "cannot be seen")
      + "; \(action)" + reason
  }
}

/// What a text written without quotes may hold.
enum PlainText {
  /// Whether `text`, written without quotes on one line after `- ` or `key: `, reads as
  /// itself: it does not start with an indicator, hold `: ` or ` #`, or end with `:`. Stricter
  /// than YAML (which allows `-x`, for one), as it only decides whether `--fix` may change
  /// a text into it.
  static func readsTheSame(_ text: String) -> Bool {
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      if previous == nil, "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(scalar) {
        return false
      }
      if previous == ":", scalar == " " || scalar == "\t" { return false }
      if scalar == "#", previous == " " || previous == "\t" { return false }
      previous = scalar
    }
    return previous != ":"
  }
}

extension String {
  /// The string with `0`s before it up to `width` characters.
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
