extension FrameworkComparison {
  /// How much two sets of criteria overlap: the criteria both expect over all the criteria
  /// either expects, a pair counted once.
  ///
  /// `shared / union`, where `shared = same + reworded` and `union = shared + onlyA + onlyB`,
  /// so it is 1 when both expect exactly the same and 0 when they share nothing. Counts are
  /// criteria (a pair counts once), not words.
  public struct Overlap: Hashable, Sendable {
    /// Criteria with the same text in both.
    public var same = 0
    /// Criteria reworded from one to the other.
    public var reworded = 0
    /// Criteria only the first framework expects.
    public var onlyA = 0
    /// Criteria only the second framework expects.
    public var onlyB = 0

    /// Creates an empty overlap.
    public init() {}

    /// Counts `pairings`.
    public init(_ pairings: [Pairing]) {
      for pairing in pairings {
        switch pairing {
        case .same: same += 1
        case .reworded: reworded += 1
        case .onlyA: onlyA += 1
        case .onlyB: onlyB += 1
        }
      }
    }

    /// The criteria both expect, the same or reworded.
    public var shared: Int { same + reworded }

    /// Every criterion either expects, a shared pair counted once.
    public var union: Int { shared + onlyA + onlyB }

    /// `shared / union` as a whole percentage, rounded down, so that 100 means every criterion
    /// is shared; `nil` when neither framework expects anything here.
    public var percent: Int? {
      union == 0 ? nil : shared * 100 / union
    }

    /// The counts of both added up.
    public static func + (lhs: Overlap, rhs: Overlap) -> Overlap {
      var sum = lhs
      sum.same += rhs.same
      sum.reworded += rhs.reworded
      sum.onlyA += rhs.onlyA
      sum.onlyB += rhs.onlyB
      return sum
    }
  }
}
