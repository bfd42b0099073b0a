/// A text split into folded words, ready to match search terms against.
///
/// The folded words are stored end to end in one buffer, so folding a criterion allocates two
/// arrays however many words it has.
public struct FoldedText: Sendable {
  /// One word: where its folded form is in `bytes`, and where it is in the original text.
  public struct Word: Hashable, Sendable {
    /// The folded form's bytes in `FoldedText.bytes`.
    public var folded: Range<Int>
    /// The word in the original text.
    public var source: Range<String.Index>
  }

  /// The folded words, end to end, as UTF-8.
  public private(set) var bytes: [UInt8] = []
  /// The words, in order.
  public private(set) var words: [Word] = []

  /// Splits `text` into words and folds each, as `TextFolding` says.
  public init(_ text: String) {
    bytes.reserveCapacity(text.utf8.count)
    let scalars = text.unicodeScalars
    var start: String.Index?
    var foldedStart = 0
    var index = scalars.startIndex
    while index != scalars.endIndex {
      let scalar = scalars[index]
      if TextFolding.isWordScalar(scalar) {
        if start == nil {
          start = index
          foldedStart = bytes.count
        }
        TextFolding.fold(scalar, into: &bytes)
      } else if let wordStart = start {
        endWord(startingAt: wordStart, foldedStart: foldedStart, before: index)
        start = nil
      }
      scalars.formIndex(after: &index)
    }
    if let wordStart = start {
      endWord(startingAt: wordStart, foldedStart: foldedStart, before: index)
    }
  }

  /// Adds the word that ends before `end`, unless it folded to nothing: marks alone, such as
  /// the variation selector after an emoji, are no word.
  private mutating func endWord(
    startingAt start: String.Index,
    foldedStart: Int,
    before end: String.Index
  ) {
    guard bytes.count > foldedStart else { return }
    words.append(Word(folded: foldedStart..<bytes.count, source: start..<end))
  }

  /// The folded form of each word, as UTF-8; never empty.
  public var foldedWords: [ArraySlice<UInt8>] { words.map { bytes[$0.folded] } }
}
