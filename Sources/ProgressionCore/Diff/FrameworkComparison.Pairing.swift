extension FrameworkComparison {
  /// One row of a comparison: a criterion both frameworks expect, or one only one of them does.
  public enum Pairing: Hashable, Sendable {
    /// The same text in both: the first framework's criterion, then the second's.
    case same(Criterion, Criterion)
    /// A rewording (at least half the same words, in order), with the word diff from the first
    /// framework's text to the second's.
    case reworded(Criterion, Criterion, words: WordDiff)
    /// A criterion only the first framework expects at this topic and level.
    case onlyA(Criterion)
    /// A criterion only the second framework expects at this topic and level.
    case onlyB(Criterion)

    /// The kind of a pairing, with the stable names used in JSON output.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
      case same
      case reworded
      case onlyA = "only-a"
      case onlyB = "only-b"
    }

    /// The pairing's kind.
    public var kind: Kind {
      switch self {
      case .same: .same
      case .reworded: .reworded
      case .onlyA: .onlyA
      case .onlyB: .onlyB
      }
    }

    /// The first framework's criterion; `nil` when only the second expects it.
    public var a: Criterion? {
      switch self {
      case .same(let criterion, _), .reworded(let criterion, _, _), .onlyA(let criterion):
        criterion
      case .onlyB: nil
      }
    }

    /// The second framework's criterion; `nil` when only the first expects it.
    public var b: Criterion? {
      switch self {
      case .same(_, let criterion), .reworded(_, let criterion, _), .onlyB(let criterion):
        criterion
      case .onlyA: nil
      }
    }

    /// The word diff of a rewording; `nil` for other pairings.
    public var words: WordDiff? {
      if case .reworded(_, _, let words) = self { return words }
      return nil
    }
  }
}
