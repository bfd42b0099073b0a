import ProgressionCore
import Testing

@Suite struct TextFoldingTests {
  func folded(_ text: String) -> [String] {
    FoldedText(text).foldedWords.map { String(decoding: $0, as: UTF8.self) }
  }

  @Test func splitsOnEverythingButLettersDigitsAndMarks() {
    #expect(
      folded("They've shipped v2.0 — 🚀 fast!") == ["they", "ve", "shipped", "v2", "0", "fast"]
    )
  }

  @Test func foldsEveryLetterOfLatin1AndLatinExtendedA() {
    // Every letter from U+00C0 to U+017F folds to ASCII.
    for value in UInt32(0xC0)...0x17F {
      guard let scalar = Unicode.Scalar(value), TextFolding.isWordScalar(scalar) else { continue }
      var bytes: [UInt8] = []
      TextFolding.fold(scalar, into: &bytes)
      #expect(!bytes.isEmpty && bytes.allSatisfy { $0 < 0x80 }, "U+\(String(value, radix: 16))")
    }
  }

  @Test func multiplicationAndDivisionSignsSeparateWords() {
    #expect(folded("2×3÷4") == ["2", "3", "4"])
  }

  @Test func decomposedAndPrecomposedFoldAlike() {
    #expect(folded("Cafe\u{301} Café CAFÉ") == ["cafe", "cafe", "cafe"])
  }

  @Test func wordRangesPointIntoTheOriginalText() {
    let text = "Œuvre, naïve"
    #expect(FoldedText(text).words.map { String(text[$0.source]) } == ["Œuvre", "naïve"])
  }
}
