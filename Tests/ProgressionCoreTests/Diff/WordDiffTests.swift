import ProgressionCore
import TestSupport
import Testing

@Suite struct WordDiffTests {
  typealias Segment = WordDiff.Segment

  @Test func identicalTextsAreOneEqualSegment() {
    let diff = WordDiff(from: "Accepts feedback graciously", to: "Accepts feedback graciously")
    #expect(diff.segments == [Segment(.equal, "Accepts feedback graciously")])
    #expect(WordDiff.similarity("a b c", "a b c") == 1)
  }

  @Test func replacedWordIsRemovedThenAdded() {
    let diff = WordDiff(from: "Accepts feedback graciously", to: "Accepts feedback gladly")
    #expect(
      diff.segments == [
        Segment(.equal, "Accepts feedback"),
        Segment(.removed, "graciously"),
        Segment(.added, "gladly"),
      ]
    )
  }

  @Test func insertionsAndDeletionsAtBothEnds() {
    let diff = WordDiff(from: "Fixes simple bugs", to: "Quickly fixes simple bugs alone")
    #expect(
      diff.segments == [
        Segment(.removed, "Fixes"),
        Segment(.added, "Quickly fixes"),
        Segment(.equal, "simple bugs"),
        Segment(.added, "alone"),
      ]
    )
  }

  @Test func whitespaceRunsAreNotWords() {
    let diff = WordDiff(from: "  Fixes\tsimple \n bugs ", to: "Fixes simple bugs")
    #expect(diff.segments == [Segment(.equal, "Fixes simple bugs")])
  }

  @Test func emptyTexts() {
    #expect(WordDiff(from: "", to: "").segments.isEmpty)
    #expect(WordDiff(from: "", to: "new words").segments == [Segment(.added, "new words")])
    #expect(WordDiff(from: "old", to: "").segments == [Segment(.removed, "old")])
    #expect(WordDiff.similarity("", "") == 1)
    #expect(WordDiff.similarity("", "a") == 0)
  }

  @Test func similarityIsTwiceTheCommonWordsOverAllWords() {
    // Common subsequence "Accepts feedback graciously": 2 · 3 / (3 + 7).
    #expect(
      WordDiff.similarity(
        "Accepts feedback graciously",
        "Accepts feedback graciously and acts on it"
      )
        == 0.6
    )
    #expect(WordDiff.similarity("a b c d", "e f g h") == 0)
  }

  @Test func distanceGivesUpBeyondItsLimit() {
    #expect(MyersDiff.distance([1, 2, 3], [1, 2, 3], limit: 0) == 0)
    #expect(MyersDiff.distance([1, 2, 3], [4, 5, 6], limit: 6) == 6)
    #expect(MyersDiff.distance([1, 2, 3], [4, 5, 6], limit: 5) == nil)
    #expect(MyersDiff.distance([], [], limit: 0) == 0)
  }

  @Test func hugeRewritesKeepPrefixAndSuffixAndReplaceTheMiddle() {
    let middle = MyersDiff.maximumScriptDistance
    let old = [1] + Array(repeating: 2, count: middle) + [9]
    let new = [1] + Array(repeating: 3, count: middle) + [9]
    let script = MyersDiff.script(old, new)
    #expect(script.first == .keep(old: 0, new: 0))
    #expect(script.last == .keep(old: middle + 1, new: middle + 1))
    #expect(script.count == 2 + 2 * middle)
    #expect(script.filter { if case .delete = $0 { true } else { false } }.count == middle)
  }

  @Test func longTextsAreNeverRewordCandidates() {
    var matcher = RewordMatcher()
    let long = Array(repeating: "word", count: RewordMatcher.maximumWords + 1).joined(
      separator: " "
    )
    #expect(matcher.pairs(old: [long], new: [long + " more"]).isEmpty)
  }

  /// Checks the script against a dynamic-programming LCS on pseudo-random sequences.
  @Test func scriptIsShortestAndRebuildsBothSequences() {
    var generator = SplitMix(seed: 42)
    for _ in 0..<300 {
      let old = (0..<Int(generator.next() % 12)).map { _ in Int(generator.next() % 4) }
      let new = (0..<Int(generator.next() % 12)).map { _ in Int(generator.next() % 4) }
      let script = MyersDiff.script(old, new)
      var rebuiltOld: [Int] = []
      var rebuiltNew: [Int] = []
      var kept = 0
      for step in script {
        switch step {
        case .keep(let i, let j):
          #expect(old[i] == new[j])
          rebuiltOld.append(old[i])
          rebuiltNew.append(new[j])
          kept += 1
        case .delete(let i): rebuiltOld.append(old[i])
        case .insert(let j): rebuiltNew.append(new[j])
        }
      }
      #expect(rebuiltOld == old)
      #expect(rebuiltNew == new)
      #expect(kept == longestCommonSubsequence(old, new))
      #expect(MyersDiff.distance(old, new, limit: 24) == old.count + new.count - 2 * kept)
    }
  }

  private func longestCommonSubsequence(_ a: [Int], _ b: [Int]) -> Int {
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0..<a.count {
      for j in 0..<b.count {
        table[i + 1][j + 1] = a[i] == b[j] ? table[i][j] + 1 : max(table[i][j + 1], table[i + 1][j])
      }
    }
    return table[a.count][b.count]
  }
}
