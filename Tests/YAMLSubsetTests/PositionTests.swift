import TestSupport
import Testing
import YAMLSubset

@Suite struct PositionTests {
  @Test func blockMappingPositions() throws {
    let marked = MarkedText("1️⃣a: 2️⃣1\n3️⃣b:4️⃣\n5️⃣c:\n  6️⃣d: 7️⃣x\n")
    let root = try #require(try marked.parse()?.mapping)
    #expect(root.position == marked[1])
    #expect(root.entries[0].key.position == marked[1])
    #expect(root.entries[0].value.position == marked[2])
    #expect(root.entries[1].key.position == marked[3])
    #expect(root.entries[1].value.position == marked[4])
    #expect(root.entries[2].key.position == marked[5])
    let inner = try #require(root["c"]?.mapping)
    #expect(inner.position == marked[6])
    #expect(inner["d"]?.position == marked[7])
  }

  @Test func blockSequencePositions() throws {
    let marked = MarkedText("k:\n1️⃣- 2️⃣a\n- 3️⃣- 4️⃣b\n-5️⃣\n- 6️⃣c: 7️⃣d\n")
    let sequence = try #require(try marked.parse()?.mapping?["k"]?.sequence)
    #expect(sequence.position == marked[1])
    #expect(sequence.items[0].position == marked[2])
    #expect(sequence.items[1].position == marked[3])
    #expect(sequence.items[1].sequence?.items[0].position == marked[4])
    #expect(sequence.items[2].position == marked[5])
    #expect(sequence.items[3].position == marked[6])
    #expect(sequence.items[3].mapping?["c"]?.position == marked[7])
  }

  @Test func scalarPositionsIncludeTheirIndicators() throws {
    let marked = MarkedText("a: 1️⃣'x'\nb: 2️⃣\"y\"\nc: 3️⃣|\n  z\nd: 4️⃣>-\n  w\ne: 5️⃣plain\n  text\n")
    let root = try #require(try marked.parse()?.mapping)
    #expect(root["a"]?.position == marked[1])
    #expect(root["b"]?.position == marked[2])
    #expect(root["c"]?.position == marked[3])
    #expect(root["d"]?.position == marked[4])
    #expect(root["e"]?.position == marked[5])
  }

  @Test func flowPositions() throws {
    let marked = MarkedText("a: 1️⃣[2️⃣x, 3️⃣{4️⃣k: 5️⃣v, 6️⃣e7️⃣}, 8️⃣p: 9️⃣q]\n")
    let sequence = try #require(try marked.parse()?.mapping?["a"]?.sequence)
    #expect(sequence.position == marked[1])
    #expect(sequence.items[0].position == marked[2])
    let mapping = try #require(sequence.items[1].mapping)
    #expect(mapping.position == marked[3])
    #expect(mapping.entries[0].key.position == marked[4])
    #expect(mapping.entries[0].value.position == marked[5])
    #expect(mapping.entries[1].key.position == marked[6])
    #expect(mapping.entries[1].value.position == marked[7])
    let pair = try #require(sequence.items[2].mapping)
    #expect(pair.position == marked[8])
    #expect(pair["p"]?.position == marked[9])
  }

  @Test func multiLineFlowPositions() throws {
    let marked = MarkedText("a: 1️⃣[\n    2️⃣x,\n    3️⃣\"y\n    z\", 4️⃣w\n  ]\n")
    let items = try #require(try marked.parse()?.mapping?["a"]?.sequence?.items)
    #expect(items.map(\.position) == [marked[2], marked[3], marked[4]])
  }

  /// Columns count `Character`s, whatever their size in bytes.
  @Test(arguments: [
    "é: 1️⃣x", "😀😀: 1️⃣x", "🇫🇷🇩🇪: 1️⃣x", "e\u{301}e\u{301}: 1️⃣x", "👩‍💻 dev: 1️⃣x", "中文: 1️⃣x",
    "\u{600}a: 1️⃣x", "k: [é, 😀, 1️⃣x]", "k: {é: 😀, 1️⃣x: y}", "🛠️: \"🛠️\" # 🛠️\n1️⃣z: 1",
  ])
  func columnsCountCharacters(_ yaml: String) throws {
    let marked = MarkedText(yaml)
    let root = try #require(try marked.parse())
    #expect(positions(in: root).contains(marked[1]))
  }

  @Test func manyPositionsOnOneNonASCIILine() throws {
    let count = 20_000
    let yaml = "k: [" + (0..<count).map { "é\($0)" }.joined(separator: ", ") + "]\n"
    let items = try #require(parsed(yaml)?.mapping?["k"]?.sequence?.items)
    let expected = (0..<count).reduce(into: [5]) { $0.append($0[$0.count - 1] + "é\($1), ".count) }
    #expect(items.map(\.position.column) == Array(expected.dropLast()))
  }

  @Test func positionsAfterAByteOrderMark() throws {
    let marked = MarkedText("\u{FEFF}1️⃣a: 2️⃣1\n")
    let root = try #require(try marked.parse()?.mapping)
    // The mark is not a column: the key is at column 1.
    #expect(root.position == SourcePosition(line: 1, column: 1, offset: 3))
    #expect(root["a"]?.position == SourcePosition(line: 1, column: 4, offset: 6))
  }

  @Test func positionsWithCRLF() throws {
    let marked = MarkedText("a: 1\r\n1️⃣b:\r\n  - 2️⃣x\r\n")
    let root = try #require(try marked.parse()?.mapping)
    #expect(root.entries[1].key.position == marked[1])
    #expect(root["b"]?.sequence?.items.first?.position == marked[2])
    expectError(
      "a: 1\r\nb: \"x\r\n1️⃣c: 2\r\n",
      .underindentedContinuation(
        openedAt: SourcePosition(line: 2, column: 4, offset: 9),
        minimumColumn: 2
      )
    )
  }

  /// Positions within a Markdown file's front matter are those of the whole file.
  @Test func frontMatterRangeAndFirstLine() throws {
    let prefix = Array("---\n".utf8)
    let marked = MarkedText("title: 1️⃣\"x\"\nlevels:\n  - 2️⃣1\n", prefix: prefix, firstLine: 2)
    let body = Array("---\n# Body\n- not: yaml: [\n".utf8)
    let bytes = marked.bytes + body
    let root = try #require(
      try YAMLParser.parse(bytes, range: marked.range, firstLine: marked.firstLine)?.mapping
    )
    #expect(root.position == SourcePosition(line: 2, column: 1, offset: 4))
    #expect(root["title"]?.position == marked[1])
    #expect(root["levels"]?.sequence?.items.first?.position == marked[2])
  }

  @Test func errorPositionsInFrontMatter() {
    let marked = MarkedText("a: 1\n1️⃣a: 2\n", prefix: Array("---\n".utf8), firstLine: 2)
    expectError(marked, .duplicateKey("a", firstLine: 2))
    let bad = MarkedText("a: é 1️⃣", prefix: Array("---\n".utf8), firstLine: 2)
    #expect(throws: YAMLError(.invalidUTF8, at: bad[1])) {
      try YAMLParser.parse(
        bad.bytes + [0xFF],
        range: bad.range.lowerBound..<(bad.range.upperBound + 1),
        firstLine: 2
      )
    }
  }

  @Test func rangeExcludesWhatFollows() throws {
    let bytes = Array("a: 1\n---\nb: [\n".utf8)
    let root = try #require(try YAMLParser.parse(bytes, range: 0..<5)?.mapping)
    #expect(root.entries.map(\.key.text) == ["a"])
  }

  @Test func errorAtTheEndOfInput() {
    expectError(
      "a: [1,\n  2\n1️⃣",
      .unclosedFlowCollection("[", openedAt: SourcePosition(line: 1, column: 4, offset: 3))
    )
  }

  /// Every position in the tree: nodes, keys and values.
  private func positions(in node: YAMLNode) -> [SourcePosition] {
    switch node {
    case .scalar(let scalar):
      return [scalar.position]
    case .sequence(let sequence):
      return [sequence.position] + sequence.items.flatMap(positions)
    case .mapping(let mapping):
      return [mapping.position]
        + mapping.entries.flatMap { [$0.key.position] + positions(in: $0.value) }
    }
  }
}
