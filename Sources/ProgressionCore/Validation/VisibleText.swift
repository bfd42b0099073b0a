/// A text as it reads once the characters `invisible-character` finds are dealt with: the
/// look-alike spaces become spaces and the invisible characters go, without making two blanks
/// in a row, and the white-looking runs at either end go.
///
/// It is the one plan the checks share, so that `--fix` leaves a text no other check finds
/// fault with: `invisible-character` fixes each character as `replacements` says,
/// `whitespace` removes the runs at the ends of a quoted text, and `empty-criterion` and
/// `duplicate-criterion` judge `visible`, which is what the text becomes.
struct VisibleText {
  /// One character found, and what takes its place.
  struct Replacement {
    /// The character.
    var scalar: Unicode.Scalar
    /// Where its bytes start in the text's UTF-8.
    var offset: Int
    /// How many bytes the replacement covers: the character's, and the blank after it when
    /// deleting the character would leave two blanks in a row.
    var width: Int
    /// What the bytes become: a space or nothing.
    var text: String
  }

  /// The characters found between the runs at the ends, in order.
  private(set) var replacements: [Replacement] = []
  /// The bytes at the start made only of blanks and found characters, holding at least one
  /// blank or look-alike space (a run of invisible characters alone shows no white space and
  /// is left to `replacements`); 0 when there is none.
  private(set) var leadingRun = 0
  /// The same at the end.
  private(set) var trailingRun = 0
  /// The text as it reads: `replacements` applied and both runs removed.
  private(set) var visible = ""

  /// The plan for `text`, or `nil` when it holds none of the characters.
  init?(_ text: String) {
    // Every character planned for is outside ASCII, so an ASCII text (nearly every text of a
    // framework) is answered by its bytes, without decoding a scalar.
    var bytes = text
    guard bytes.withUTF8({ $0.contains { $0 >= 0x80 } }),
      text.unicodeScalars.contains(where: { InvisibleCharacter.replacement(for: $0) != nil })
    else { return nil }
    let scalars = Array(text.unicodeScalars)
    let leading = Self.whiteRun(scalars.indices, of: scalars)
    let trailing = Self.whiteRun(scalars.indices.reversed(), of: scalars)
    let interior = leading.count..<max(leading.count, scalars.count - trailing.count)
    leadingRun = leading.bytes
    trailingRun = interior.isEmpty ? 0 : trailing.bytes
    plan(scalars, interior, startingAt: leading.bytes)
  }

  /// Fills `replacements` and `visible` from the scalars in `interior`, whose first byte is
  /// at `offset`.
  private mutating func plan(
    _ scalars: [Unicode.Scalar],
    _ interior: Range<Int>,
    startingAt offset: Int
  ) {
    var offset = offset
    var afterBlank = false
    var swallowed = false
    for index in interior {
      let scalar = scalars[index]
      defer { offset += UTF8.width(scalar) }
      if swallowed {
        swallowed = false
        continue
      }
      guard let replacement = InvisibleCharacter.replacement(for: scalar) else {
        visible.unicodeScalars.append(scalar)
        afterBlank = Self.isBlank(scalar)
        continue
      }
      let nextIsBlank = index + 1 < interior.upperBound && Self.isBlank(scalars[index + 1])
      var width = UTF8.width(scalar)
      var text = ""
      if replacement == " " {
        if !afterBlank && !nextIsBlank {
          text = " "
          visible.append(" ")
          afterBlank = true
        }
      } else if afterBlank && nextIsBlank {
        width += 1
        swallowed = true
      }
      replacements.append(Replacement(scalar: scalar, offset: offset, width: width, text: text))
    }
  }

  /// How many scalars, and how many bytes, the run at one end (walked in `order`) has; none
  /// when it holds only invisible characters.
  private static func whiteRun(
    _ order: some Sequence<Int>,
    of scalars: [Unicode.Scalar]
  ) -> (count: Int, bytes: Int) {
    var count = 0
    var bytes = 0
    var showsWhite = false
    for index in order {
      let scalar = scalars[index]
      let replacement = InvisibleCharacter.replacement(for: scalar)
      guard isBlank(scalar) || replacement != nil else { break }
      showsWhite = showsWhite || replacement != ""
      count += 1
      bytes += UTF8.width(scalar)
    }
    return showsWhite ? (count, bytes) : (0, 0)
  }

  private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t"
  }
}
