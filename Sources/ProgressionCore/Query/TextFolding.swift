/// Folds text for searching: words in lowercase, without diacritics, so that `cafe` finds
/// `Café` and `review` finds `Reviews`.
///
/// A word is a run of letters, digits and combining marks; everything else (spaces,
/// punctuation, symbols, emoji) separates words, so `they've` is the words `they` and `ve`.
/// Folding lowercases each scalar and drops nonspacing marks, so decomposed text (`e` followed
/// by U+0301) folds as precomposed text does. Swift's standard library has no Unicode
/// decomposition without Foundation, so precomposed letters are folded by a table that covers
/// Latin-1 and Latin Extended-A (`é` → `e`, `ß` → `ss`, `ł` → `l`, `œ` → `oe`); letters of other
/// blocks (`ǎ`, Vietnamese `ệ`, Greek `ά`) are only lowercased. Scripts written without spaces
/// between words, such as Chinese and Japanese, make one word of each run, so a term finds
/// them only at the start of a run.
public enum TextFolding {
  /// Whether `scalar` belongs to a word: a letter, a digit or other number, or a mark.
  public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value)
        || (0x61...0x7A).contains(value)
    }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
      return true
    default:
      return false
    }
  }

  /// Appends the folded form of a word scalar to `bytes`, as UTF-8: lowercased, without its
  /// diacritics; nothing for a nonspacing mark.
  public static func fold(_ scalar: Unicode.Scalar, into bytes: inout [UInt8]) {
    let value = scalar.value
    if value < 0x80 {
      let byte = UInt8(value)
      bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
      return
    }
    if latinRange.contains(value) {
      let base = latinBases[Int(value - latinRange.lowerBound)]
      if !base.isEmpty {
        bytes.append(contentsOf: base.utf8)
        return
      }
    }
    let properties = scalar.properties
    if properties.generalCategory == .nonspacingMark { return }
    bytes.append(contentsOf: properties.lowercaseMapping.utf8)
  }

  /// The scalars `latinBases` covers: Latin-1's letters and Latin Extended-A.
  private static let latinRange: ClosedRange<UInt32> = 0xC0...0x17F

  /// The folded form of each scalar of `latinRange`, in order; empty for `×` and `÷`, which
  /// are not letters.
  private static let latinBases: [String] = """
    a a a a a a ae c e e e e i i i i d n o o o o o _ o u u u u y th ss a a a a a a ae c e e e e \
    i i i i d n o o o o o _ o u u u u y th y a a a a a a c c c c c c c c d d d d e e e e e e e e \
    e e g g g g g g g g h h h h i i i i i i i i i i ij ij j j k k k l l l l l l l l l l n n n n \
    n n n n n o o o o o o oe oe r r r r r r s s s s s s s s t t t t t t u u u u u u u u u u u u \
    w w y y y z z z z z z s
    """.split(separator: " ").map { $0 == "_" ? "" : String($0) }
}
