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

  /// Short criteria, as frameworks write them, that are rewordings of each other: they keep at
  /// least two words, in order, and half of all their words.
  @Test(arguments: [
    ("Writes tests", "Writes unit tests"),
    ("Reviews code", "Reviews code within a day"),
    ("Fixes simple bugs", "Fixes small bugs"),
    ("Debugs production issues", "Debugs issues in production"),
    ("Writes clear documentation", "Writes clear, concise documentation"),
    ("Mentors new joiners", "Mentors new joiners and interns"),
    // Case and the punctuation around words do not count as changes.
    ("Writes tests", "Writes tests."),
    ("Owns the on-call rota", "owns the On-call rota!"),
    ("Mentoring", "Mentoring."),
  ])
  func shortRewordings(_ old: String, _ new: String) {
    var matcher = RewordMatcher()
    #expect(matcher.pairs(old: [old], new: [new]).count == 1)
    #expect(matcher.pairs(old: [new], new: [old]).count == 1)
  }

  /// Short criteria that share one word: half of their words, or more, but one word says too
  /// little to call one a rewording of the other.
  @Test(arguments: [
    ("Writes tests", "Reviews tests"),
    ("Leads incidents", "Leads projects"),
    ("Mentors juniors", "Mentors interns"),
    ("Mentoring", "Mentoring others"),
    ("Communicates clearly", "Communicates"),
  ])
  func shortTextsSharingOneWordAreNotRewordings(_ old: String, _ new: String) {
    var matcher = RewordMatcher()
    #expect(matcher.pairs(old: [old], new: [new]).isEmpty)
    #expect(matcher.pairs(old: [new], new: [old]).isEmpty)
  }

  @Test func twoKeptWordsAreEnoughButOneIsNot() {
    var matcher = RewordMatcher()
    // 2 · 2 / (2 + 3) ≥ 0.5, two words kept: paired.
    #expect(matcher.pairs(old: ["a b"], new: ["a b c"]).count == 1)
    // 2 · 1 / (2 + 2) = 0.5, one word kept: not paired.
    #expect(matcher.pairs(old: ["a b"], new: ["a c"]).isEmpty)
    // 2 · 1 / (1 + 2) ≥ 0.5, one word kept: not paired.
    #expect(matcher.pairs(old: ["a"], new: ["a b"]).isEmpty)
  }

  @Test func mostSimilarPairWinsEachText() {
    var matcher = RewordMatcher()
    let pairs = matcher.pairs(
      old: ["owns the deploy pipeline"],
      new: [
        "owns the build pipeline", "owns the deploy pipeline end to end",
        "owns the deploy process",
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
