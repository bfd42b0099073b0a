/// Matches the `*` and `_` runs of an inline text into emphasis and strong emphasis, with
/// CommonMark's delimiter-stack algorithm ("process emphasis"), and joins the rendered pieces.
///
/// Each run is a delimiter; a closer looks back for the nearest opener of its kind, and a failed
/// search records a lower bound for its kind of closer, so that no later one searches the same
/// delimiters again: the whole is linear in the number of delimiters.
struct MarkdownEmphasis {
  /// A run of `*` or `_`.
  private struct Delimiter {
    var character: Unicode.Scalar
    /// How many of its characters are not yet used by a match.
    var count: Int
    /// How long the run was, for the rule of 3.
    var originalCount: Int
    var canOpen: Bool
    var canClose: Bool
    /// Closing tags its characters close, before its remaining characters.
    var closingTags = ""
    /// Opening tags its characters open, after its remaining characters.
    var openingTags = ""
    /// The neighbouring delimiters still on the stack.
    var previous: Int?
    var next: Int?
  }

  /// The rendered HTML between delimiters, and the delimiters, in order: piece `i` comes
  /// before delimiter `i`.
  private var pieces: [String] = []
  private var delimiters: [Delimiter] = []

  /// Adds rendered HTML, emptying `text`.
  mutating func appendText(_ text: inout String) {
    if pieces.count > delimiters.count {
      pieces[pieces.count - 1] += text
    } else {
      pieces.append(text)
    }
    text = ""
  }

  /// Adds a run of `count` `character`s, between the scalars `before` and `after` (`nil` at
  /// the start or end of the text).
  mutating func appendDelimiter(
    _ character: Unicode.Scalar,
    count: Int,
    before: Unicode.Scalar?,
    after: Unicode.Scalar?
  ) {
    if pieces.count == delimiters.count { pieces.append("") }
    let beforeIsSpace = before.map(Self.isWhitespace) ?? true
    let afterIsSpace = after.map(Self.isWhitespace) ?? true
    let beforeIsPunctuation = before.map(Self.isPunctuation) ?? false
    let afterIsPunctuation = after.map(Self.isPunctuation) ?? false
    let leftFlanking =
      !afterIsSpace && (!afterIsPunctuation || beforeIsSpace || beforeIsPunctuation)
    let rightFlanking =
      !beforeIsSpace && (!beforeIsPunctuation || afterIsSpace || afterIsPunctuation)
    let canOpen: Bool
    let canClose: Bool
    if character == "_" {
      canOpen = leftFlanking && (!rightFlanking || beforeIsPunctuation)
      canClose = rightFlanking && (!leftFlanking || afterIsPunctuation)
    } else {
      canOpen = leftFlanking
      canClose = rightFlanking
    }
    let index = delimiters.count
    delimiters.append(
      Delimiter(
        character: character,
        count: count,
        originalCount: count,
        canOpen: canOpen,
        canClose: canClose,
        previous: index > 0 ? index - 1 : nil
      )
    )
    if index > 0 { delimiters[index - 1].next = index }
  }

  /// The HTML of the whole text, emphasis matched.
  mutating func html() -> String {
    matchEmphasis()
    var html = ""
    for (index, piece) in pieces.enumerated() {
      html += piece
      guard index < delimiters.count else { continue }
      let delimiter = delimiters[index]
      html += delimiter.closingTags
      html += String(repeating: Character(delimiter.character), count: delimiter.count)
      html += delimiter.openingTags
    }
    return html
  }

  /// CommonMark's "process emphasis" over the whole stack.
  private mutating func matchEmphasis() {
    // The lowest delimiter (exclusive) a closer of each kind may search down to: kinds are
    // the character, whether the closer can also open, and its length modulo 3.
    var openersBottom: [String: Int] = [:]
    var current: Int? = delimiters.isEmpty ? nil : 0
    while let closer = current {
      guard delimiters[closer].canClose else {
        current = delimiters[closer].next
        continue
      }
      let kind =
        "\(delimiters[closer].character)\(delimiters[closer].canOpen)"
        + "\(delimiters[closer].originalCount % 3)"
      let bottom = openersBottom[kind] ?? -1
      var candidate = delimiters[closer].previous
      var opener: Int?
      while let index = candidate, index > bottom {
        if isMatch(opener: index, closer: closer) {
          opener = index
          break
        }
        candidate = delimiters[index].previous
      }
      guard let opener else {
        openersBottom[kind] = delimiters[closer].previous ?? -1
        let next = delimiters[closer].next
        if !delimiters[closer].canOpen { remove(closer) }
        current = next
        continue
      }
      let used = delimiters[opener].count >= 2 && delimiters[closer].count >= 2 ? 2 : 1
      let tag = used == 2 ? "strong" : "em"
      delimiters[opener].count -= used
      delimiters[closer].count -= used
      delimiters[opener].openingTags = "<\(tag)>" + delimiters[opener].openingTags
      delimiters[closer].closingTags += "</\(tag)>"
      // Delimiters between the two can no longer match: they stay as text.
      var between = delimiters[opener].next
      while let index = between, index != closer {
        between = delimiters[index].next
        remove(index)
      }
      if delimiters[opener].count == 0 { remove(opener) }
      if delimiters[closer].count == 0 {
        current = delimiters[closer].next
        remove(closer)
      }
    }
  }

  /// Whether the delimiter `opener` can open what `closer` closes: same character, and the
  /// rule of 3 (a run that can both open and close cannot pair with one whose length adds up to
  /// a multiple of 3, unless both are multiples of 3).
  private func isMatch(opener: Int, closer: Int) -> Bool {
    let open = delimiters[opener]
    let close = delimiters[closer]
    guard open.canOpen, open.character == close.character, open.count > 0 else { return false }
    if open.canClose || close.canOpen {
      let sum = open.originalCount + close.originalCount
      if sum % 3 == 0 && !(open.originalCount % 3 == 0 && close.originalCount % 3 == 0) {
        return false
      }
    }
    return true
  }

  /// Takes `index` off the stack; its characters and tags stay in the HTML.
  private mutating func remove(_ index: Int) {
    let previous = delimiters[index].previous
    let next = delimiters[index].next
    if let previous { delimiters[previous].next = next }
    if let next { delimiters[next].previous = previous }
    delimiters[index].previous = nil
    delimiters[index].next = nil
  }

  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace
  }

  /// ASCII punctuation, and Unicode punctuation and symbols, as CommonMark counts them.
  private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return MarkdownInlineRenderer.isASCIIPunctuation(scalar) }
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
      .modifierSymbol, .otherSymbol:
      return true
    default:
      return false
    }
  }
}
