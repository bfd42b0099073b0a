import Testing
import YAMLSubset

@Suite struct SourcePositionTests {
  @Test(
    arguments: [
      (1, 1, 0),
      (3, 7, 20),
      (0, 0, -1),
      (2_147_483_647, 2_147_483_647, 4_294_967_296),
      (12, 5, 140_737_488_355_327),
      (1, 1, -140_737_488_355_328),
    ]
  )
  func keepsItsFields(line: Int, column: Int, offset: Int) {
    let position = SourcePosition(line: line, column: column, offset: offset)
    #expect(position.line == line)
    #expect(position.column == column)
    #expect(position.offset == offset)
  }

  @Test func clampsWhatItCannotHold() {
    var position = SourcePosition(line: Int.max, column: Int.min, offset: Int.max)
    #expect(position.line == Int(Int32.max))
    #expect(position.column == Int(Int32.min))
    #expect(position.offset == 1 << 47 - 1)
    position.offset = 5_000_000_000
    position.line = 9
    position.column = 4
    #expect(position == SourcePosition(line: 9, column: 4, offset: 5_000_000_000))
  }

  @Test func comparesAndHashesByItsFields() {
    let first = SourcePosition(line: 1, column: 2, offset: 1)
    let far = SourcePosition(line: 1, column: 2, offset: 1 + (1 << 32))
    #expect(first < far)
    #expect(first != far)
    #expect(Set([first, far, SourcePosition(line: 1, column: 2, offset: 1)]).count == 2)
    #expect(far.description == "1:2")
  }

  /// Every node holds a position, so its size decides much of a parsed tree's memory.
  @Test func keepsNodesSmall() {
    #expect(MemoryLayout<SourcePosition>.size <= 16)
    #expect(MemoryLayout<YAMLNode.Scalar>.stride <= 32)
  }
}
