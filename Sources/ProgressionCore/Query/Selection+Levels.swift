extension Selection {
  /// Parses a `--level` value: one level such as `3`, or an inclusive range such as `2-4`.
  ///
  /// Levels are decimal digits only; whether they exist in a framework is checked later, by
  /// `resolve(in:)`.
  ///
  /// - Throws: `SelectionError.malformedLevels` for anything else, and
  ///   `SelectionError.reversedLevelRange` for a range whose first level is greater than its last.
  public static func levels(parsing text: String) throws(SelectionError) -> ClosedRange<Int> {
    let parts = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
    guard let lower = parts.first.flatMap(level(parsing:)) else {
      throw .malformedLevels(text)
    }
    guard parts.count == 2 else { return lower...lower }
    guard let upper = level(parsing: parts[1]) else { throw .malformedLevels(text) }
    guard lower <= upper else { throw .reversedLevelRange(text, lower: lower, upper: upper) }
    return lower...upper
  }

  /// A level written as ASCII digits (no sign, no spaces), or `nil`.
  public static func level(parsing text: Substring) -> Int? {
    guard !text.isEmpty,
      text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
    else { return nil }
    return Int(text)
  }
}
