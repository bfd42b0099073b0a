import ProgressionCore
import Testing

@Suite struct SitePagePathTests {
  @Test(arguments: [
    ("/engineering/backend", ["engineering", "backend"]),
    ("engineering/backend/", ["engineering", "backend"]),
    ("/", []),
    ("/Ops Team/lead?", ["Ops Team", "lead?"]),
  ])
  func usablePaths(text: String, components: [String]) throws {
    #expect(try SitePagePath(frontMatterPath: text).components == components)
  }

  @Test(arguments: [
    ("", SitePagePathError.empty),
    ("  ", .empty),
    ("/../../etc", .relativeFolderName("..")),
    ("/a/./b", .relativeFolderName(".")),
    ("/a//b", .emptyFolderName),
    ("//", .emptyFolderName),
    ("/.git/hooks", .hiddenFolderName(".git")),
    ("/a\\..\\b", .invalidCharacter("a\\..\\b")),
    ("/a\u{0}b", .invalidCharacter("a\u{0}b")),
    ("/a\nb", .invalidCharacter("a\nb")),
    ("/a\tb", .invalidCharacter("a\tb")),
    ("/a\u{85}b", .invalidCharacter("a\u{85}b")),
    ("/\u{202E}abc", .invalidCharacter("\u{202E}abc")),
    ("/a\u{2066}b", .invalidCharacter("a\u{2066}b")),
    ("/ ", .blankFolderName(" ")),
    ("/a/ ", .blankFolderName(" ")),
    ("/a/\u{3000}/b", .blankFolderName("\u{3000}")),
    ("/\u{200B}", .blankFolderName("\u{200B}")),
    ("/ \u{FEFF}", .blankFolderName(" \u{FEFF}")),
    ("/STYLE.CSS", .reservedName("STYLE.CSS")),
    ("/index.html/x", .reservedName("index.html")),
    ("/a/Index.HTML", .reservedName("Index.HTML")),
  ])
  func unusablePaths(text: String, error: SitePagePathError) {
    #expect(throws: error) { try SitePagePath(frontMatterPath: text) }
  }

  @Test func invisibleCharactersAreShownInTheMessage() {
    #expect(
      SitePagePathError.blankFolderName(" \u{200B}").message
        == "the front matter 'path' has the folder ' \\u{200B}', made only of spaces or "
        + "invisible characters; use letters, digits, '-' and '_'"
    )
    #expect(
      SitePagePathError.invalidCharacter("a\nb").message
        == "the front matter 'path' has the folder 'a\\u{A}b', with a backslash, a control "
        + "character or a bidirectional control; use letters, digits, '-' and '_'"
    )
  }

  @Test func filesAndLinks() throws {
    let page = try SitePagePath(frontMatterPath: "/ops team/a#b")
    #expect(page.file == "ops team/a#b/index.html")
    #expect(page.href(fromDepth: 2) == "../../ops%20team/a%23b/index.html")
    #expect(SitePagePath.home.href(fromDepth: 0) == "index.html")
    #expect(page.key == (try SitePagePath(frontMatterPath: "/OPS TEAM/A#B")).key)
  }
}
