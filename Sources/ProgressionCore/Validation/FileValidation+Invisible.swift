import YAMLSubset

extension FileValidation {
  /// `invisible-character`: a character that shows as a space or as nothing at all in a
  /// criterion or an example, so that two texts that look the same are not.
  ///
  /// In a text written verbatim (plain or quoted without escapes, on one line), each is
  /// pointed at and fixed: a look-alike space becomes a space and an invisible character is
  /// deleted. Elsewhere the finding points at the start of the text, without a fix.
  mutating func checkInvisibleCharacters(
    in text: String,
    at position: SourcePosition,
    in kind: TextKind
  ) {
    guard text.unicodeScalars.contains(where: { InvisibleCharacter.replacement(for: $0) != nil })
    else { return }
    let opening = position.offset < bytes.count ? bytes[position.offset] : 0
    let isQuoted = opening == UInt8(ascii: "\"") || opening == UInt8(ascii: "'")
    guard let start = verbatimStart(of: text, at: position, isQuoted: isQuoted) else {
      let first = text.unicodeScalars.first { InvisibleCharacter.replacement(for: $0) != nil }
      if let first {
        report(
          .invisibleCharacter,
          InvisibleCharacter.message(first, kind: kind, fixable: false),
          at: position
        )
      }
      return
    }
    var offset = start
    for scalar in text.unicodeScalars {
      defer { offset += UTF8.width(scalar) }
      guard let replacement = InvisibleCharacter.replacement(for: scalar) else { continue }
      let at = self.position(ofOffset: offset)
      let edit = Diagnostic.Fix.Edit(
        range: offset..<offset + UTF8.width(scalar),
        replacement: replacement,
        position: at
      )
      report(
        .invisibleCharacter,
        InvisibleCharacter.message(scalar, kind: kind, fixable: true),
        at: at,
        fix: Diagnostic.Fix(edits: [edit])
      )
    }
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

  /// What the finding says of `scalar`.
  static func message(
    _ scalar: Unicode.Scalar,
    kind: FileValidation.TextKind,
    fixable: Bool
  )
    -> String
  {
    let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
    let action =
      replacement(for: scalar) == " " ? "use a plain space" : "remove it"
    return "this \(kind.rawValue) holds \(code), which "
      + (replacement(for: scalar) == " " ? "looks like a space but is not one" : "cannot be seen")
      + "; \(action)" + (fixable ? "" : " (its text is not written verbatim, so --fix cannot)")
  }
}

extension String {
  /// The string with `0`s before it up to `width` characters.
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
