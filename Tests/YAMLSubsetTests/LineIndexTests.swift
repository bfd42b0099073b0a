import Testing
import YAMLSubset

@Suite struct LineIndexTests {
  @Test func findsLinesAndCharacterColumns() {
    let bytes = Array("ab\r\ncafé 👩‍💼 x\n\nlast".utf8)
    let index = LineIndex(bytes)
    #expect(index.lineCount == 4)
    #expect(index.range(ofLine: 1, in: bytes) == 0..<2)
    #expect(index.range(ofLine: 3, in: bytes) == 24..<24)
    #expect(index.range(ofLine: 4, in: bytes) == 25..<29)
    #expect(index.range(ofLine: 5, in: bytes) == nil)
    #expect(index.position(ofOffset: 0, in: bytes) == SourcePosition(line: 1, column: 1, offset: 0))
    // After "café 👩‍💼 ": the emoji is one character of eleven bytes.
    let x = bytes.firstIndex(of: UInt8(ascii: "x")) ?? 0
    #expect(index.position(ofOffset: x, in: bytes) == SourcePosition(line: 2, column: 8, offset: x))
    #expect(index.position(ofOffset: 25, in: bytes).line == 4)
    #expect(
      index.position(ofOffset: 24, in: bytes) == SourcePosition(line: 3, column: 1, offset: 24)
    )
  }

  @Test func agreesWithTheParsersPositions() throws {
    let text = "a: 1\nb:\n  - \"ü\"\n  - 'x'\n"
    let bytes = Array(text.utf8)
    let root = try #require(try YAMLParser.parse(bytes))
    let items = try #require(root.mapping?["b"]?.sequence?.items)
    let index = LineIndex(bytes)
    for item in items {
      #expect(index.position(ofOffset: item.position.offset, in: bytes) == item.position)
    }
  }

  /// Every column, the parser's, the validator's and the reports', is one more than the
  /// number of `Character`s before the offset on its line: the lookup, which counts on from
  /// the last offset, agrees with counting the line's prefix at every offset, in any order.
  @Test(
    arguments: [
      "plain ascii, \"quoted \", [a, b, c]\nsecond line\n",
      "café 👩‍💼 x, e\u{301}e\u{301} y, 🇫🇷🇩🇪 z\r\nnext\n",
      // A Prepend scalar (U+0600) joins the character after it.
      "a\u{600}b c\u{600} d\n",
      // Combining marks and a zero-width joiner after ASCII letters.
      "a\u{301}b\u{200D}c d\u{300}\u{301} e\n",
      "\r\n\r\n  \"x \"\n",
      "日本語のテキスト、とても長い行\n",
    ]
  )
  func theLookupCountsTheCharactersBeforeEachOffset(text: String) {
    let bytes = Array(text.utf8)
    // Every offset that starts a scalar, as positions always do.
    let offsets = (0...bytes.count).filter { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
    expectColumnsAreCharacterCounts(bytes, offsets: offsets)
    expectColumnsAreCharacterCounts(bytes, offsets: offsets.reversed())
  }

  /// A line that is not valid UTF-8 is counted as `String(decoding:as:)` reads it.
  @Test func aLineOfInvalidUTF8IsCountedAsDecoded() {
    let bytes = Array("ok\n".utf8) + [0x61, 0xFF, 0xE2, 0x80, 0x62, 0xC3, 0xA9, 0x0A]
    expectColumnsAreCharacterCounts(bytes, offsets: [0, 2, 3, 4, 5, 7, 8, 10, 11])
  }

  private func expectColumnsAreCharacterCounts(
    _ bytes: [UInt8],
    offsets: [Int],
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let index = LineIndex(bytes)
    var lookup = LineIndex.Lookup(index)
    for offset in offsets {
      let line = index.line(containing: offset)
      let start = index.starts[line - 1]
      let column = String(decoding: bytes[start..<offset], as: UTF8.self).count + 1
      let expected = SourcePosition(line: line, column: column, offset: offset)
      #expect(
        lookup.position(ofOffset: offset, in: bytes) == expected,
        "offset \(offset)",
        sourceLocation: sourceLocation
      )
      #expect(
        index.position(ofOffset: offset, in: bytes) == expected,
        "offset \(offset)",
        sourceLocation: sourceLocation
      )
    }
  }
}
