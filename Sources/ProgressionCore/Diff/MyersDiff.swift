/// Myers' O((N+M)·D) difference algorithm on sequences of interned tokens.
///
/// `D` is the number of insertions plus deletions needed to turn one sequence into the other
/// (no substitutions), so the length of their longest common subsequence is `(N + M - D) / 2`.
/// Both entry points take a bound on `D` and give up beyond it, which keeps the cost of comparing
/// two dissimilar texts proportional to the bound rather than to the product of their lengths.
package enum MyersDiff {
  /// One step of an edit script.
  package enum Step: Equatable {
    /// The token at this index of the old sequence is kept.
    case keep(old: Int, new: Int)
    /// The token at this index of the old sequence is deleted.
    case delete(old: Int)
    /// The token at this index of the new sequence is inserted.
    case insert(new: Int)
  }

  /// The number of insertions plus deletions between `old` and `new`, or `nil` when it exceeds
  /// `limit`.
  package static func distance(_ old: [Int], _ new: [Int], limit: Int) -> Int? {
    forwardSearch(old, new, bound: min(limit, old.count + new.count)) { _ in }
  }

  /// Myers' forward search: for each edit count `d` from 0 up to `bound`, extends every diagonal
  /// `k` in `-d...d` as far as it goes, and hands the frontier of `d` (the furthest `x` on each
  /// of those diagonals, from `-d` up) to `afterStep`.
  ///
  /// - Returns: the edit count at which the search reached the end of both sequences, or `nil`
  ///   when it needs more than `bound`.
  private static func forwardSearch(
    _ old: [Int],
    _ new: [Int],
    bound: Int,
    afterStep: (ArraySlice<Int>) -> Void
  ) -> Int? {
    let n = old.count
    let m = new.count
    guard bound >= 0 else { return nil }
    let offset = bound + 1
    var frontier = [Int](repeating: 0, count: 2 * bound + 3)
    for d in 0...bound {
      var reachedEnd = false
      for k in stride(from: -d, through: d, by: 2) {
        var x: Int
        if k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1]) {
          x = frontier[offset + k + 1]
        } else {
          x = frontier[offset + k - 1] + 1
        }
        var y = x - k
        while x < n, y < m, old[x] == new[y] {
          x += 1
          y += 1
        }
        frontier[offset + k] = x
        if x >= n, y >= m {
          reachedEnd = true
          break
        }
      }
      afterStep(frontier[(offset - d)...(offset + d)])
      if reachedEnd { return d }
    }
    return nil
  }

  /// The largest edit distance `script(_:_:)` computes exactly; beyond it the changed middle
  /// is reported as wholly replaced. Bounds the trace to O(maximumScriptDistance²) memory.
  package static let maximumScriptDistance = 1000

  /// An edit script from `old` to `new`, in order: a shortest one when the sequences differ by
  /// at most `maximumScriptDistance` insertions and deletions once their common prefix and suffix
  /// are set aside, else the common prefix and suffix kept and everything between replaced.
  package static func script(_ old: [Int], _ new: [Int]) -> [Step] {
    var prefix = 0
    while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix,
      old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    let oldMiddle = Array(old[prefix..<(old.count - suffix)])
    let newMiddle = Array(new[prefix..<(new.count - suffix)])
    var steps = (0..<prefix).map { Step.keep(old: $0, new: $0) }
    if distance(oldMiddle, newMiddle, limit: maximumScriptDistance) != nil {
      for step in shortestScript(oldMiddle, newMiddle) {
        switch step {
        case .keep(let i, let j): steps.append(.keep(old: i + prefix, new: j + prefix))
        case .delete(let i): steps.append(.delete(old: i + prefix))
        case .insert(let j): steps.append(.insert(new: j + prefix))
        }
      }
    } else {
      steps += oldMiddle.indices.map { Step.delete(old: $0 + prefix) }
      steps += newMiddle.indices.map { Step.insert(new: $0 + prefix) }
    }
    for offset in 0..<suffix {
      steps.append(.keep(old: old.count - suffix + offset, new: new.count - suffix + offset))
    }
    return steps
  }

  /// A shortest edit script from `old` to `new`, in order.
  ///
  /// Uses O((N+M)·D) time and O(D²) memory for the trace.
  private static func shortestScript(_ old: [Int], _ new: [Int]) -> [Step] {
    // trace[d] holds the frontier after step d, for diagonals -d...d.
    var trace: [[Int]] = []
    let finalD =
      forwardSearch(old, new, bound: old.count + new.count) { trace.append(Array($0)) } ?? 0
    return backtrack(trace: trace, finalD: finalD, n: old.count, m: new.count)
  }

  /// Walks the trace back from `(n, m)` to `(0, 0)`, collecting the steps in reverse.
  private static func backtrack(trace: [[Int]], finalD: Int, n: Int, m: Int) -> [Step] {
    var steps: [Step] = []
    var x = n
    var y = m
    var d = finalD
    while d > 0 {
      let previous = trace[d - 1]
      // Frontier of step d - 1 covers diagonals -(d-1)...(d-1), stored from index 0.
      func reach(_ k: Int) -> Int { previous[k + d - 1] }
      let k = x - y
      let cameFromAbove = k == -d || (k != d && reach(k - 1) < reach(k + 1))
      let previousK = cameFromAbove ? k + 1 : k - 1
      let previousX = reach(previousK)
      let previousY = previousX - previousK
      let startX = cameFromAbove ? previousX : previousX + 1
      let startY = startX - k
      while x > startX, y > startY {
        x -= 1
        y -= 1
        steps.append(.keep(old: x, new: y))
      }
      if cameFromAbove {
        steps.append(.insert(new: previousY))
      } else {
        steps.append(.delete(old: previousX))
      }
      x = previousX
      y = previousY
      d -= 1
    }
    while x > 0, y > 0 {
      x -= 1
      y -= 1
      steps.append(.keep(old: x, new: y))
    }
    return steps.reversed()
  }
}
