import ProgressionCore
import Testing

/// Which page each framework gets, and what the plan says about the ones it cannot place.
@Suite struct SitePlanTests {
  private static func framework(
    _ path: String,
    frontMatter: String,
    origin: FrameworkOrigin = .directory("site")
  ) throws -> (name: String, framework: LoadedFramework) {
    let file = FrameworkFile(
      name: FilePath.stem(of: path),
      format: .markdown,
      origin: origin,
      source: SourceFile(path: path, bytes: Array("---\n\(frontMatter)---\n".utf8))
    )
    return (
      FilePath.stem(of: path),
      LoadedFramework(framework: try file.decode(), file: file, genericFile: nil)
    )
  }

  private static let prose = "title: \"T\"\nyaml: false\n"

  @Test func aFrameworkWithoutAPathIsPlacedAtItsName() throws {
    let plan = SitePlan(frameworks: [
      try Self.framework("site/team/web.md", frontMatter: Self.prose)
    ])
    #expect(plan.pages.map(\.path.file) == ["web/index.html"])
    #expect(plan.diagnostics == [])
  }

  @Test func theFirstHomePageWinsAndASecondIsAWarningAtItsKey() throws {
    let plan = SitePlan(frameworks: [
      try Self.framework("site/a.md", frontMatter: "path: \"/\"\nhomepage: true\n" + Self.prose),
      try Self.framework("site/b.md", frontMatter: "path: \"/b\"\nhomepage: true\n" + Self.prose),
    ])
    #expect(plan.homepage?.framework.file.source.path == "site/a.md")
    #expect(plan.pages.map(\.path.file) == ["b/index.html"])
    #expect(plan.diagnostics.map(\.ruleID) == [SitePlan.homepageRuleID])
    #expect(plan.diagnostics.first?.severity == .warning)
    #expect(plan.diagnostics.first?.position?.line == 3)
    #expect(plan.diagnostics.first?.position?.column == 11)
  }

  @Test func aHomePageWithItsOwnPathAlsoHasItsPage() throws {
    let plan = SitePlan(frameworks: [
      try Self.framework(
        "site/a.md",
        frontMatter: "path: \"/about\"\nhomepage: true\n" + Self.prose
      )
    ])
    #expect(plan.homepage?.path.file == "about/index.html")
    #expect(plan.pages.map(\.path.file) == ["about/index.html"])
  }

  @Test func theUsersFrameworkTakesABuiltInFrameworksPage() throws {
    let plan = SitePlan(frameworks: [
      try Self.framework(
        "site/mine.md",
        frontMatter: "path: \"/Engineering/Backend\"\n" + Self.prose
      ),
      try Self.framework(
        "<built-in>/backend.md",
        frontMatter: "path: \"/engineering/backend\"\n" + Self.prose,
        origin: .builtIn
      ),
    ])
    #expect(plan.pages.map(\.framework.file.source.path) == ["site/mine.md"])
    #expect(plan.diagnostics == [])
  }

  @Test func pathsDifferingOnlyInCaseShareAPage() throws {
    let plan = SitePlan(frameworks: [
      try Self.framework("site/a.md", frontMatter: "path: \"/Team/A\"\n" + Self.prose),
      try Self.framework("site/b.md", frontMatter: "path: \"/team/a/\"\n" + Self.prose),
    ])
    #expect(plan.pages.count == 1)
    #expect(plan.diagnostics.map(\.ruleID) == [SitePlan.duplicateRuleID])
    #expect(plan.diagnostics.first?.path == "site/b.md")
  }
}
