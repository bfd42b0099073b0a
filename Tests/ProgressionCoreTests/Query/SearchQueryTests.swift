import ProgressionCore
import Testing

@Suite struct SearchQueryTests {
  /// The matched parts of `text`, or `nil` when the query does not match.
  func matched(_ terms: [String], in text: String) throws -> [String]? {
    try SearchQuery(terms: terms).matches(in: text).map { $0.map { String(text[$0]) } }
  }

  @Test(arguments: [
    ("review", "Provides code reviews", ["reviews"]),
    ("REVIEW", "reviewing code", ["reviewing"]),
    ("cafe", "Meets at the Café", ["Café"]),
    ("café", "meets at the CAFE", ["CAFE"]),
    ("cafe", "meets at the cafe\u{301}", ["cafe\u{301}"]),
    ("strasse", "Lives on Straße", ["Straße"]),
    ("lodz", "Moved to Łódź", ["Łódź"]),
    ("oeuvre", "A whole Œuvre", ["Œuvre"]),
    ("naive", "naïve, then naive", ["naïve", "naive"]),
    ("日本", "English and 日本語", ["日本語"]),
    ("ελλην", "Ελληνικά", ["Ελληνικά"]),
    ("code review", "code-review sessions", ["code-review"]),
    ("\"code review\"", "code reviews", ["code reviews"]),
  ])
  func matchesTheStartOfWordsIgnoringCaseAndAccents(
    term: String,
    text: String,
    expected: [String]
  ) throws {
    #expect(try matched([term], in: text) == expected)
  }

  @Test(arguments: [
    ("view", "Provides code reviews"),
    ("co review", "code reviews"),
    ("reviews code", "code reviews"),
    ("語", "日本語"),
    // Precomposed letters outside Latin-1 and Latin Extended-A are only lowercased.
    ("ελληνικα", "Ελληνικά"),
  ])
  func doesNotMatchInsideWordsOrOutOfOrder(term: String, text: String) throws {
    #expect(try matched([term], in: text) == nil)
  }

  @Test func everyTermMustMatchTheSameText() throws {
    #expect(try matched(["code", "kind"], in: "Reviews code, kindly") == ["code", "kindly"])
    #expect(try matched(["code", "cruel"], in: "Reviews code, kindly") == nil)
  }

  @Test func overlappingMatchesAreMerged() throws {
    #expect(try matched(["code", "code review"], in: "code review") == ["code review"])
  }

  @Test(arguments: ["", "   ", "?!", "--", "🛠️", "\u{301}"])
  func aTermWithoutALetterOrDigitIsRejected(term: String) {
    #expect(throws: SearchQueryError.noWords(term)) { try SearchQuery(terms: ["care", term]) }
  }

  @Test func noTermsAreRejected() {
    #expect(throws: SearchQueryError.noTerms) { try SearchQuery(terms: []) }
  }
}
