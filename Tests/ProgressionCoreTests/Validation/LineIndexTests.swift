import ProgressionCore
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
}
