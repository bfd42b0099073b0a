import ProgressionCore
import Testing
import YAMLSubset

@Suite struct FrontMatterTests {
  @Test func splitsYAMLFromBody() throws {
    let text = "---\ntitle: T\n---\n# Body\n"
    let bytes = Array(text.utf8)
    let frontMatter = try FrontMatter(splitting: bytes)
    #expect(String(decoding: bytes[frontMatter.yamlRange], as: UTF8.self) == "title: T\n")
    #expect(frontMatter.yamlFirstLine == 2)
    #expect(String(decoding: bytes[frontMatter.bodyRange], as: UTF8.self) == "# Body\n")
  }

  @Test func endsAtTheFirstClosingLineAndKeepsLaterRulesInTheBody() throws {
    let text = "---\na: 1\n---\nintro\n---\nmore\n---\n"
    let bytes = Array(text.utf8)
    let frontMatter = try FrontMatter(splitting: bytes)
    #expect(String(decoding: bytes[frontMatter.yamlRange], as: UTF8.self) == "a: 1\n")
    #expect(
      String(decoding: bytes[frontMatter.bodyRange], as: UTF8.self) == "intro\n---\nmore\n---\n"
    )
  }

  @Test func acceptsAByteOrderMark() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\na: 1\n---\nbody".utf8)
    let frontMatter = try FrontMatter(splitting: bytes)
    #expect(frontMatter.yamlRange == 7..<12)
    #expect(String(decoding: bytes[frontMatter.bodyRange], as: UTF8.self) == "body")
  }

  @Test func acceptsCRLFLineEndings() throws {
    let bytes = Array("---\r\na: 1\r\n---\r\nbody\r\n".utf8)
    let frontMatter = try FrontMatter(splitting: bytes)
    #expect(String(decoding: bytes[frontMatter.yamlRange], as: UTF8.self) == "a: 1\r\n")
    #expect(String(decoding: bytes[frontMatter.bodyRange], as: UTF8.self) == "body\r\n")
  }

  @Test func acceptsAClosingLineAtTheEndOfTheFileWithoutANewline() throws {
    let bytes = Array("---\na: 1\n---".utf8)
    let frontMatter = try FrontMatter(splitting: bytes)
    #expect(frontMatter.bodyRange.isEmpty)
  }

  @Test func aLineThatOnlyStartsWithDashesDoesNotClose() throws {
    let bytes = Array("---\na: 1\n----\nb: 2\n--- \nbody".utf8)
    let frontMatter = try FrontMatter(splitting: bytes)
    #expect(String(decoding: bytes[frontMatter.yamlRange], as: UTF8.self) == "a: 1\n----\nb: 2\n")
    #expect(String(decoding: bytes[frontMatter.bodyRange], as: UTF8.self) == "body")
  }

  @Test func missingClosingLineIsAnErrorThatSaysSo() {
    let error = #expect(throws: FrameworkError.self) {
      try FrontMatter(splitting: Array("---\ntitle: T\nbody\n".utf8))
    }
    #expect(error?.reason == .unclosedFrontMatter)
    #expect(error?.position == SourcePosition(line: 1, column: 1, offset: 0))
    #expect(error?.message == "the front matter is never closed; add a '---' line after the YAML")
  }

  @Test(arguments: ["# Just Markdown\n", "", "\n---\na: 1\n---\n", " ---\na: 1\n---\n"])
  func missingOpeningLineIsAnError(text: String) {
    let error = #expect(throws: FrameworkError.self) {
      try FrontMatter(splitting: Array(text.utf8))
    }
    #expect(error?.reason == .missingFrontMatter)
  }
}
