import ProgressionCore
import Testing

@Suite struct RewordMatcherTests {
  @Test func pairsSimilarTextsAndLeavesTheRest() {
    var matcher = RewordMatcher()
    let pairs = matcher.pairs(
      old: ["Fixes simple bugs", "Debugs production issues", "Writes unit tests"],
      new: [
        "Leads incident resolutions", "Fixes simple bugs quickly",
        "Writes unit and acceptance tests",
      ]
    )
    #expect(pairs.map { [$0.old, $0.new] } == [[0, 1], [2, 2]])
  }

  @Test func halfTheWordsIsEnoughButLessIsNot() {
    var matcher = RewordMatcher()
    // 2 · 2 / (2 + 6) = 0.5: paired.
    #expect(matcher.pairs(old: ["a b"], new: ["a b c d e f"]).count == 1)
    // 2 · 2 / (2 + 7) < 0.5: not paired.
    #expect(matcher.pairs(old: ["a b"], new: ["a b c d e f g"]).isEmpty)
  }

  @Test func mostSimilarPairWinsEachText() {
    var matcher = RewordMatcher()
    let pairs = matcher.pairs(
      old: ["owns the deploy pipeline"],
      new: [
        "owns the build pipeline", "owns the deploy pipeline end to end",
        "owns the deploy pipeline!",
      ]
    )
    // 6/8 for the first, 8/11 for the second, 6/8 for the third (tie broken by file order).
    #expect(pairs.map { [$0.old, $0.new] } == [[0, 0]])
  }

  @Test func emptyTextsAreNeverRewordings() {
    var matcher = RewordMatcher()
    #expect(matcher.pairs(old: [""], new: [""]).isEmpty)
    #expect(matcher.pairs(old: [], new: ["a"]).isEmpty)
  }
}
