/// How far apart two words are, and which known word a mistyped one most likely meant.
///
/// Used for "did you mean" hints: an unknown command or option on the command line, and later an
/// unknown key in a framework file. Words are compared by `Character`, ignoring case.
package enum EditDistance {
  /// The optimal-string-alignment distance between two words: the fewest insertions, deletions,
  /// substitutions and swaps of two neighbouring characters that turn one into the other.
  ///
  /// Case is ignored, so `Level` and `level` are 0 apart; `markdwon` and `markdown` are 1 apart.
  package static func distance(_ first: some StringProtocol, _ second: some StringProtocol) -> Int {
    let source = Array(first.lowercased())
    let target = Array(second.lowercased())
    if source.isEmpty { return target.count }
    if target.isEmpty { return source.count }
    // Three rolling rows of the dynamic-programming table: two back, one back and current.
    var previousPrevious = [Int](repeating: 0, count: target.count + 1)
    var previous = Array(0...target.count)
    var current = [Int](repeating: 0, count: target.count + 1)
    for i in 1...source.count {
      current[0] = i
      for j in 1...target.count {
        let cost = source[i - 1] == target[j - 1] ? 0 : 1
        var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, source[i - 1] == target[j - 2], source[i - 2] == target[j - 1] {
          best = min(best, previousPrevious[j - 2] + 1)
        }
        current[j] = best
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[target.count]
  }

  /// The candidate that `word` most likely stands for, or `nil` when none is close enough.
  ///
  /// A candidate is close enough when `word` is at most a third of its length away (at least one
  /// edit, at most three), or when `word` is a prefix of it at least three characters long
  /// (`--mark` for `--markdown`). The nearest wins; ties go to the earlier candidate.
  ///
  /// - Parameters:
  ///   - word: what the user wrote, such as `dupm` or `markdwon`.
  ///   - candidates: the known words, such as the command names.
  package static func suggestion(
    for word: some StringProtocol,
    among candidates: some Sequence<String>
  ) -> String? {
    let lowered = word.lowercased()
    guard !lowered.isEmpty else { return nil }
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = distance(lowered, candidate)
      let limit = min(3, max(1, min(lowered.count, candidate.count) / 3))
      let isPrefix = lowered.count >= 3 && candidate.lowercased().hasPrefix(lowered)
      guard distance <= limit || isPrefix else { continue }
      if best.map({ distance < $0.distance }) ?? true {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }
}
