import ProgressionCore
import Testing

@testable import ProgressionCLI

struct ListRendererTests {
  static let listing = FrameworkListing(entries: [
    .init(framework: SampleFrameworks.small, source: "Fixtures/small.md"),
    .init(
      framework: Framework(name: "wide", title: "漢字 | \u{1B}[31mred", levelCount: 12, topics: []),
      source: "more/wide.yml"
    ),
  ])

  @Test func textIsATableAlignedByDisplayWidth() {
    let text = String(decoding: TextRenderer.render(Self.listing, style: .plain), as: UTF8.self)
    #expect(
      text == """
        NAME   TITLE                 LEVELS  TOPICS  SOURCE
        small  🛠️ Small Framework         3       3  Fixtures/small.md
        wide   漢字 | \\u{1B}[31mred      12       0  more/wide.yml

        """
    )
  }

  @Test func textHeaderIsBoldWithColour() {
    let bytes = TextRenderer.render(Self.listing, style: TextStyle(usesColor: true))
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.hasPrefix("\u{1B}[1mNAME\u{1B}[0m   \u{1B}[1mTITLE\u{1B}[0m"))
  }

  @Test func emptyListSaysSo() {
    let empty = FrameworkListing(entries: [])
    #expect(TextRenderer.render(empty, style: .plain) == Array("no frameworks found\n".utf8))
    #expect(
      MarkdownRenderer.render(empty) == Array("# Frameworks\n\n_No frameworks found._\n".utf8)
    )
  }

  @Test func markdownIsATableWithEscapedCells() {
    let text = String(decoding: MarkdownRenderer.render(Self.listing), as: UTF8.self)
    #expect(
      text == """
        # Frameworks

        | Name | Title | Levels | Topics | Source |
        | --- | --- | ---: | ---: | --- |
        | small | 🛠️ Small Framework | 3 | 3 | Fixtures/small.md |
        | wide | 漢字 \\| \\u{1B}\\[31mred | 12 | 0 | more/wide.yml |

        """
    )
  }
}
