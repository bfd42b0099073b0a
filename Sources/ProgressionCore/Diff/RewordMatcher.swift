/// Pairs texts that were reworded: each old text with at most one new text whose words are at
/// least half the same, in order, with at least two words in common (or all of them).
///
/// Similarity counts words kept in order on both sides: `2 · kept / (old words + new words)`.
/// A pair needs a similarity of ½ and `minimumKeptWords` kept words, which for short texts (fewer
/// than eight words together) asks for more than ½: "Writes tests" and "Reviews tests" keep one
/// word, half of their words, but that one word says too little to call one a rewording of the
/// other, while "Writes tests" and "Writes unit tests" keep two. Words are compared ignoring
/// case and the punctuation around them (`WordInterner.looseIDs(of:)`), so "Writes tests." keeps
/// both words of "Writes tests".
///
/// Comparing every old text with every new one costs the product of their counts in word diffs,
/// so the work is bounded in three steps:
/// 1. An inverted index from word to the old texts containing it finds, for each new text, the
///    old texts sharing a word with it. Words in more than `maximumPostingLength` old texts are
///    too common to say anything and are skipped, so one bucket of N texts costs at most
///    O(N · words · maximumPostingLength) here.
/// 2. Only the `maximumCandidates` old texts sharing the most distinct words are kept, and each is
///    dropped unless two cheap upper bounds (length ratio, shared word multiset) allow a
///    similarity of one half.
/// 3. The survivors get Myers' diff bounded at the largest edit distance that still passes, so a
///    dissimilar pair costs O(words · bound), not a full comparison. Texts over `maximumWords`
///    words are never paired.
///
/// Pairs above the threshold are then taken greedily, most similar first (ties in file order),
/// which makes the result deterministic.
package struct RewordMatcher {
  /// Old texts considered per new text, after ranking by shared words.
  static let maximumCandidates = 16
  /// Words found in more old texts than this do not propose candidates.
  static let maximumPostingLength = 256
  /// The fewest words a pair must keep, in order, to be a rewording.
  package static let minimumKeptWords = 2
  /// Texts longer than this many words are never paired, which bounds one comparison's cost.
  package static let maximumWords = 2000

  private var interner = WordInterner()

  /// Creates a matcher.
  package init() {}

  /// The reworded pairs between `old` and `new`, as indices into each, sorted by new index.
  package mutating func pairs(old: [String], new: [String]) -> [(old: Int, new: Int)] {
    guard !old.isEmpty, !new.isEmpty else { return [] }
    let oldIDs = old.map { interner.looseIDs(of: $0) }
    let newIDs = new.map { interner.looseIDs(of: $0) }
    let oldSorted = oldIDs.map { $0.sorted() }
    var scored: [Score] = []
    func scoreCandidates(_ candidates: some Sequence<Int>, newIndex: Int, newSorted: [Int]) {
      for oldIndex in candidates {
        if let score = Self.score(
          oldIDs[oldIndex],
          oldSorted[oldIndex],
          newIDs[newIndex],
          newSorted,
          old: oldIndex,
          new: newIndex
        ) {
          scored.append(score)
        }
      }
    }
    if old.count <= Self.maximumCandidates {
      // Every old text is a candidate, as the index would find: a pair sharing no word cannot
      // score, and no word can be in more than `maximumPostingLength` texts.
      for (newIndex, ids) in newIDs.enumerated() where !ids.isEmpty {
        scoreCandidates(old.indices, newIndex: newIndex, newSorted: ids.sorted())
      }
    } else {
      var postings: [Int: [Int]] = [:]
      for (index, ids) in oldIDs.enumerated() {
        for word in Set(ids) { postings[word, default: []].append(index) }
      }
      var shared = [Int](repeating: 0, count: old.count)
      var touched: [Int] = []
      for (newIndex, ids) in newIDs.enumerated() where !ids.isEmpty {
        for word in Set(ids) {
          guard let list = postings[word], list.count <= Self.maximumPostingLength else {
            continue
          }
          for oldIndex in list {
            if shared[oldIndex] == 0 { touched.append(oldIndex) }
            shared[oldIndex] += 1
          }
        }
        touched.sort { shared[$0] != shared[$1] ? shared[$0] > shared[$1] : $0 < $1 }
        scoreCandidates(
          touched.prefix(Self.maximumCandidates),
          newIndex: newIndex,
          newSorted: ids.sorted()
        )
        for oldIndex in touched { shared[oldIndex] = 0 }
        touched.removeAll(keepingCapacity: true)
      }
    }

    scored.sort()
    var oldTaken = [Bool](repeating: false, count: old.count)
    var newTaken = [Bool](repeating: false, count: new.count)
    var result: [(old: Int, new: Int)] = []
    for score in scored where !oldTaken[score.old] && !newTaken[score.new] {
      oldTaken[score.old] = true
      newTaken[score.new] = true
      result.append((score.old, score.new))
    }
    return result.sorted { $0.new < $1.new }
  }

  /// The similarity of a candidate pair, or `nil` when it is below one half or keeps fewer than
  /// `minimumKeptWords` words (and not all of them).
  private static func score(
    _ oldIDs: [Int],
    _ oldSorted: [Int],
    _ newIDs: [Int],
    _ newSorted: [Int],
    old: Int,
    new: Int
  ) -> Score? {
    let total = oldIDs.count + newIDs.count
    guard oldIDs.count <= maximumWords, newIDs.count <= maximumWords else { return nil }
    // similarity = common / total, where common = total - distance (the kept words, counted on
    // both sides); we need 2 · common ≥ total and common ≥ 2 · minimumKeptWords.
    // Texts with the same words (loosely) are rewordings of each other however short.
    if oldIDs == newIDs { return Score(common: total, total: total, old: old, new: new) }
    let minimumCommon = 2 * minimumKeptWords
    guard total >= minimumCommon, 4 * min(oldIDs.count, newIDs.count) >= total else { return nil }
    let shared = sharedCount(oldSorted, newSorted)
    guard 4 * shared >= total, shared >= minimumKeptWords else { return nil }
    let limit = min(total / 2, total - minimumCommon)
    guard let distance = MyersDiff.distance(oldIDs, newIDs, limit: limit) else {
      return nil
    }
    return Score(common: total - distance, total: total, old: old, new: new)
  }

  /// The size of the multiset intersection of two sorted arrays.
  private static func sharedCount(_ a: [Int], _ b: [Int]) -> Int {
    var i = 0
    var j = 0
    var count = 0
    while i < a.count, j < b.count {
      if a[i] == b[j] {
        count += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return count
  }

  /// A candidate pair and its similarity `common / total`, ordered best first.
  private struct Score: Comparable {
    var common: Int
    var total: Int
    var old: Int
    var new: Int

    static func < (lhs: Score, rhs: Score) -> Bool {
      let left = lhs.common * rhs.total
      let right = rhs.common * lhs.total
      if left != right { return left > right }
      if lhs.new != rhs.new { return lhs.new < rhs.new }
      return lhs.old < rhs.old
    }
  }
}
