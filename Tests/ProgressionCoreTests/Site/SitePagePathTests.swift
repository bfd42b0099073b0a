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
    ("/STYLE.CSS", .reservedName("STYLE.CSS")),
    ("/index.html/x", .reservedName("index.html")),
    ("/a/Index.HTML", .reservedName("Index.HTML")),
  ])
  func unusablePaths(text: String, error: SitePagePathError) {
    #expect(throws: error) { try SitePagePath(frontMatterPath: text) }
  }

  @Test func filesAndLinks() throws {
    let page = try SitePagePath(frontMatterPath: "/ops team/a#b")
    #expect(page.file == "ops team/a#b/index.html")
    #expect(page.href(fromDepth: 2) == "../../ops%20team/a%23b/index.html")
    #expect(SitePagePath.home.href(fromDepth: 0) == "index.html")
    #expect(page.key == (try SitePagePath(frontMatterPath: "/OPS TEAM/A#B")).key)
  }
}
