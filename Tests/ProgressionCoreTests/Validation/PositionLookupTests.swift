import ProgressionCore
import Testing
import YAMLSubset

/// The lookup counts on from the last offset it knows starts a character; its positions must be
/// those `LineIndex` finds by counting from the start of the line.
@Suite struct PositionLookupTests {
  @Test(
    arguments: [
      "plain ascii, \"quoted \", [a, b, c]\nsecond line\n",
      "café 👩‍💼 x, e\u{301}e\u{301} y, 🇫🇷🇩🇪 z\r\nnext\n",
      // A Prepend scalar (U+0600) joins the ASCII character after it.
      "a\u{600}b c\u{600} d\n",
      // Combining marks and a zero-width joiner after ASCII letters.
      "a\u{301}b\u{200D}c d\u{300}\u{301} e\n",
      "\r\n\r\n  \"x \"\n",
    ]
  )
  func agreesWithTheLineIndexAtEveryOffset(text: String) {
    let bytes = Array(text.utf8)
    let index = LineIndex(bytes)
    var lookup = PositionLookup(bytes)
    for offset in 0...bytes.count {
      #expect(
        lookup.position(ofOffset: offset, in: bytes) == index.position(ofOffset: offset, in: bytes),
        "offset \(offset)"
      )
    }
  }

  @Test func agreesWhenOffsetsGoBackwards() {
    let bytes = Array("ab cd é f\ng h\n".utf8)
    let index = LineIndex(bytes)
    var lookup = PositionLookup(bytes)
    for offset in [9, 3, 14, 0, 12, 7, 1] {
      #expect(
        lookup.position(ofOffset: offset, in: bytes) == index.position(ofOffset: offset, in: bytes),
        "offset \(offset)"
      )
    }
  }
}
