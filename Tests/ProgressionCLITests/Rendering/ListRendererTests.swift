import ProgressionCore
import Testing

@testable import ProgressionCLI

struct ListRendererTests {
  static let listing = FrameworkListing(entries: [
    .init(
      framework: SampleFrameworks.small,
      reference: "small",
      source: "Fixtures/small.md",
      place: "Fixtures"
    ),
    .init(
      framework: Framework(name: "wide", title: "漢字 | \u{1B}[31mred", levelCount: 12, topics: []),
      reference: "wide",
      source: "more/wide.yml",
      place: "more"
    ),
  ])

  @Test func textIsATableAlignedByDisplayWidth() {
    let text = String(decoding: TextRenderer.render(Self.listing, style: .plain), as: UTF8.self)
    #expect(
      text == """
        NAME     TITLE                 LEVELS  TOPICS  SOURCE
        wide     漢字 | \\u{1B}[31mred      12       0  more/wide.yml
        Engineering
          small  🛠️ Small Framework         3       3  Fixtures/small.md

        """
    )
  }

  @Test func textHeaderIsBoldWithColour() {
    let bytes = TextRenderer.render(Self.listing, style: TextStyle(usesColor: true))
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.hasPrefix("\u{1B}[1mNAME\u{1B}[0m     \u{1B}[1mTITLE\u{1B}[0m"))
    #expect(text.contains("\u{1B}[1mEngineering\u{1B}[0m\n"))
  }

  static func entry(
    _ name: String,
    group: String?,
    title: String = "Title",
    prose: Bool = false,
    shadowedBy: String? = nil
  ) -> FrameworkListing.Entry {
    var framework = Framework(name: name, title: title, levelCount: prose ? 0 : 2, topics: [])
    framework.sidebarGroup = group
    framework.isProseOnly = prose
    return FrameworkListing.Entry(
      framework: framework,
      reference: name,
      source: "f/\(name).md",
      place: "f",
      shadowedBy: shadowedBy
    )
  }

  @Test func textGroupsBySidebarGroupInOrderOfFirstAppearance() {
    let listing = FrameworkListing(entries: [
      Self.entry("about", group: nil, prose: true),
      Self.entry("web", group: "engineering"),
      Self.entry("ops", group: "operations"),
      Self.entry("api", group: "engineering", shadowedBy: "g/api.md"),
    ])
    let text = String(decoding: TextRenderer.render(listing, style: .plain), as: UTF8.self)
    #expect(
      text == """
        NAME   TITLE  LEVELS  TOPICS  SOURCE
        about  Title   prose       –  f/about.md
        Engineering
          web  Title       2       0  f/web.md
          api  Title       2       0  f/api.md (hidden by g/api.md)
        Operations
          ops  Title       2       0  f/ops.md

        """
    )
  }

  @Test func textGivesWayInTitleAndSourceToFitTheWidth() {
    let listing = FrameworkListing(entries: [
      Self.entry("web", group: nil, title: "A rather long title that will not fit")
    ])
    var style = TextStyle.plain
    style.width = 40
    let text = String(decoding: TextRenderer.render(listing, style: style), as: UTF8.self)
    let lines = text.split(separator: "\n")
    #expect(lines.allSatisfy { DisplayWidth.columns(of: $0) <= 40 })
    #expect(lines[1] == "web   A rathe…       2       0  f/web.md")
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
        | wide | 漢字 \\| \\u{1B}\\[31mred | 12 | 0 | more/wide.yml |

        ## Engineering

        | Name | Title | Levels | Topics | Source |
        | --- | --- | ---: | ---: | --- |
        | small | 🛠️ Small Framework | 3 | 3 | Fixtures/small.md |

        """
    )
  }
}
