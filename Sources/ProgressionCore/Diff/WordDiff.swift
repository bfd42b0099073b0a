/// A word-level comparison of two texts: which words were kept, removed and added.
///
/// Words are the runs of non-whitespace characters; punctuation stays attached to its word, and
/// two words are the same only when they are exactly equal. Segments join their words with single
/// spaces, so a change in the amount of whitespace between words is not shown.
public struct WordDiff: Hashable, Sendable {
  /// What happened to a run of words.
  public enum Operation: String, Hashable, Sendable {
    /// In both texts.
    case equal
    /// Only in the old text.
    case removed
    /// Only in the new text.
    case added
  }

  /// A run of consecutive words with the same operation.
  public struct Segment: Hashable, Sendable {
    /// What happened to the words.
    public var operation: Operation
    /// The words, joined by single spaces.
    public var text: String

    /// Creates a segment.
    public init(_ operation: Operation, _ text: String) {
      self.operation = operation
      self.text = text
    }
  }

  /// The segments in reading order. Where words were replaced, the removed segment comes just
  /// before the added one.
  public var segments: [Segment]

  /// Creates a segment list as it is; for tests and for renderers building their own examples.
  public init(segments: [Segment]) {
    self.segments = segments
  }

  /// Compares `old` with `new` word by word, with a shortest edit script.
  public init(from old: String, to new: String) {
    // Room for every word of a typical criterion, so the table is sized once.
    var interner = WordInterner(capacity: 64)
    let oldWords = interner.words(of: old)
    let newWords = interner.words(of: new)
    let steps = MyersDiff.script(oldWords.ids, newWords.ids)
    self.init(segments: Self.segments(steps, old: oldWords.words, new: newWords.words))
  }

  /// One text's side of the comparison, for showing the two texts in two columns: the words
  /// both keep and those `operation` marks (`.removed` for the old text, `.added` for the new).
  public func side(keeping operation: Operation) -> WordDiff {
    WordDiff(segments: segments.filter { $0.operation == .equal || $0.operation == operation })
  }

  /// How similar two texts are, from 0 (no word in common) to 1 (the same words in the same
  /// order): twice the length of their longest common word subsequence over their total number of
  /// words. Two empty texts are fully similar.
  public static func similarity(_ old: String, _ new: String) -> Double {
    var interner = WordInterner()
    let oldIDs = interner.words(of: old).ids
    let newIDs = interner.words(of: new).ids
    let total = oldIDs.count + newIDs.count
    guard total > 0 else { return 1 }
    let distance = MyersDiff.distance(oldIDs, newIDs, limit: total) ?? total
    return Double(total - distance) / Double(total)
  }

  /// Groups steps into segments, putting removed words before added ones within each changed run.
  private static func segments(
    _ steps: [MyersDiff.Step],
    old: [Substring],
    new: [Substring]
  ) -> [Segment] {
    var segments: [Segment] = []
    var equal: [Substring] = []
    var removed: [Substring] = []
    var added: [Substring] = []
    func flushChanges() {
      if !removed.isEmpty { segments.append(Segment(.removed, removed.joined(separator: " "))) }
      if !added.isEmpty { segments.append(Segment(.added, added.joined(separator: " "))) }
      removed.removeAll()
      added.removeAll()
    }
    for step in steps {
      switch step {
      case .keep(let index, _):
        flushChanges()
        equal.append(old[index])
      case .delete(let index):
        if !equal.isEmpty { segments.append(Segment(.equal, equal.joined(separator: " "))) }
        equal.removeAll()
        removed.append(old[index])
      case .insert(let index):
        if !equal.isEmpty { segments.append(Segment(.equal, equal.joined(separator: " "))) }
        equal.removeAll()
        added.append(new[index])
      }
    }
    flushChanges()
    if !equal.isEmpty { segments.append(Segment(.equal, equal.joined(separator: " "))) }
    return segments
  }
}
