import Foundation
import ProgressionCLI
import ProgressionCore
import TestSupport
import Testing

/// `progression site`: the pages of a fixture tree byte for byte, their well-formedness, and
/// every way the command refuses to write.
@Suite struct SiteTests {
  /// Every file below `folder`, by path relative to it, sorted.
  static func files(in folder: String) throws -> [String: String] {
    var files: [String: String] = [:]
    let root = URL(filePath: folder)
    guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    else { return files }
    for case let url as URL in enumerator where !url.hasDirectoryPath {
      let relative = String(
        url.path(percentEncoded: false).dropFirst(root.path(percentEncoded: false).count)
      )
      files[relative.hasPrefix("/") ? String(relative.dropFirst()) : relative] = String(
        decoding: try Data(contentsOf: url),
        as: UTF8.self
      )
    }
    return files
  }

  static let fixtureArguments = ["--dir", "Fixtures/site", "--no-built-in"]

  @Test func fixtureSiteMatchesGoldens() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let output = folder.path("public")
    let run = ToolRun(["site", output] + Self.fixtureArguments)
    #expect(run.status == .success)
    #expect(run.standardError == "")
    #expect(run.standardOutput == "Wrote 4 framework pages and an index to '\(output)'.\n")
    let files = try Self.files(in: output)
    #expect(
      files.keys.sorted() == [
        ".progression-site", "engineering/backend/index.html", "engineering/web/index.html",
        "generic/index.html", "handbook/guide/index.html", "index.html", "style.css",
      ]
    )
    for (path, contents) in files where path.hasSuffix(".html") {
      expectGolden(contents, named: "site/" + path.replacingOccurrences(of: "/", with: "-"))
    }
  }

  @Test func everyPageIsWellFormedAndAccessible() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let output = folder.path("public")
    #expect(ToolRun(["site", output] + Self.fixtureArguments).status == .success)
    let pages = try Self.files(in: output).filter { $0.key.hasSuffix(".html") }
    #expect(pages.count == 5)
    for (path, html) in pages.sorted(by: { $0.key < $1.key }) {
      let checker = StrictHTMLChecker(html)
      #expect(checker.problems == [], "\(path)")
      for landmark in ["<main id=\"main\">", "<nav class=\"sidebar\" aria-label=", "<header"] {
        #expect(html.contains(landmark), "\(path) has no \(landmark)")
      }
      #expect(!html.contains("http://") || path == "index.html", "\(path) links elsewhere")
      #expect(!html.contains("src="), "\(path) loads something")
    }
  }

  @Test func theCheckerCatchesWhatItChecks() {
    #expect(StrictHTMLChecker("<!DOCTYPE html>\n<h1>a</h1>").problems == [])
    let broken = StrictHTMLChecker("<p><b>x</p></b> & <h1>a</h1><h3>c</h3><a href=x>")
    #expect(broken.problems.count >= 5)
  }

  @Test func sameFrameworksGiveTheSameBytesAndTheSiteIsReplaced() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let output = folder.path("public")
    #expect(ToolRun(["site", output] + Self.fixtureArguments).status == .success)
    let first = try Self.files(in: output)
    // A site the command wrote is replaced without --clean.
    #expect(ToolRun(["site", output] + Self.fixtureArguments).status == .success)
    #expect(try Self.files(in: output) == first)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["public"])
  }

  @Test func aFolderItDidNotWriteIsReplacedOnlyWithClean() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let output = folder.path("mine")
    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: false)
    try "keep me".write(toFile: output + "/notes.txt", atomically: false, encoding: .utf8)
    let refused = ToolRun(["site", output] + Self.fixtureArguments)
    #expect(refused.status == .failure)
    #expect(refused.standardOutput == "")
    #expect(
      refused.standardError
        == "progression: error: '\(output)' is not empty and was not written by 'progression "
        + "site' (it has no '.progression-site'); give --clean to replace what it holds, or an "
        + "empty or new folder; nothing was changed\n"
    )
    #expect(try Self.files(in: output) == ["notes.txt": "keep me"])

    let cleaned = ToolRun(["site", output, "--clean"] + Self.fixtureArguments)
    #expect(cleaned.status == .success)
    let files = try Self.files(in: output)
    #expect(files["notes.txt"] == nil)
    #expect(files["index.html"] != nil)
  }

  @Test func anEmptyFolderIsFilled() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    #expect(ToolRun(["site", folder.path] + Self.fixtureArguments).status == .success)
    #expect(try Self.files(in: folder.path)["index.html"] != nil)
  }

  @Test func aTreeWithoutFrameworksIsAnIndexAlone() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let output = folder.path("public")
    let run = ToolRun(["site", output, "--dir", "Fixtures/list-empty", "--no-built-in"])
    #expect(run.status == .success)
    #expect(run.standardOutput == "Wrote 0 framework pages and an index to '\(output)'.\n")
    let files = try Self.files(in: output)
    #expect(files.keys.sorted() == [".progression-site", "index.html", "style.css"])
    let index = try #require(files["index.html"])
    #expect(index.contains("<p>There are no frameworks yet.</p>"))
    #expect(StrictHTMLChecker(index).problems == [])
  }

  @Test func aHomePageWithLevelsShowsThemOnTheIndex() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let output = folder.path("public")
    let run = ToolRun(["site", output, "--dir", "Fixtures/site-home-levels", "--no-built-in"])
    #expect(run.status == .success)
    #expect(run.standardOutput == "Wrote 0 framework pages and an index to '\(output)'.\n")
    let index = try #require(try Self.files(in: output)["index.html"])
    #expect(index.contains("<p>Welcome.</p>"))
    #expect(index.contains("<section class=\"level\" id=\"level-1\""))
    #expect(index.contains("<li>Reviews code kindly</li>"))
    #expect(index.contains("<script>"))
    #expect(StrictHTMLChecker(index).problems == [])
  }

  @Test func aFileInTheWayIsReported() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let file = folder.path("file")
    try "x".write(toFile: file, atomically: false, encoding: .utf8)
    let onFile = ToolRun(["site", file] + Self.fixtureArguments)
    #expect(onFile.status == .failure)
    #expect(
      onFile.standardError
        == "progression: error: cannot write the site to '\(file)': it exists and is not a "
        + "folder; nothing was changed\n"
    )
    let under = ToolRun(["site", file + "/site"] + Self.fixtureArguments)
    #expect(under.status == .failure)
    #expect(
      under.standardError
        == "progression: error: cannot write the site to '\(file)/site': not a directory; "
        + "nothing was changed\n"
    )
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "x")
  }

  @Test func theCurrentFolderAndFolderOfFrameworksAreNeverReplaced() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    try FileManager.default.createDirectory(
      atPath: folder.path("repo/frameworks"),
      withIntermediateDirectories: true
    )
    let framework = try String(
      contentsOf: TestPaths.fixtures.appending(path: "site/engineering/web.md"),
      encoding: .utf8
    )
    try framework.write(
      toFile: folder.path("repo/frameworks/web.md"),
      atomically: false,
      encoding: .utf8
    )
    let current = Self.run(["site", ".", "--clean", "--no-built-in"], in: folder.path("repo"))
    #expect(current.status == .failure)
    #expect(
      String(decoding: current.standardError, as: UTF8.self)
        == "progression: error: cannot write the site to '.': it is or holds the current "
        + "folder, which replacing it would delete; give a folder of its own, such as 'site'; "
        + "nothing was changed\n"
    )
    let parent = Self.run(
      ["site", "repo", "--clean", "--no-built-in", "--dir", "repo/frameworks"],
      in: folder.path
    )
    #expect(parent.status == .failure)
    #expect(
      String(decoding: parent.standardError, as: UTF8.self).contains(
        "it is or holds the folder of frameworks 'repo/frameworks'"
      )
    )
    #expect(FileManager.default.fileExists(atPath: folder.path("repo/frameworks/web.md")))
  }

  @Test(arguments: [
    GoldenCase(
      golden: "site-invalid-frameworks.txt",
      arguments: ["site", "/nonexistent/site", "--dir", "Fixtures/site-errors/invalid"],
      status: .failure
    ),
    GoldenCase(
      golden: "site-bad-paths.txt",
      arguments: ["site", "/nonexistent/site", "--dir", "Fixtures/site-errors/paths"],
      status: .failure
    ),
    GoldenCase(
      golden: "site-home-path.txt",
      arguments: ["site", "/nonexistent/site", "--dir", "Fixtures/site-errors/home"],
      status: .failure
    ),
    GoldenCase(golden: "site-missing-folder.txt", arguments: ["site"]).failing(),
    GoldenCase(golden: "site-empty-folder.txt", arguments: ["site", ""]).failing(),
  ])
  func errors(_ golden: GoldenCase) {
    golden.check()
  }

  @Test func forceLeavesOutFrameworksWithErrorsAndSaysSo() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let output = folder.path("public")
    let run = ToolRun([
      "site", output, "--force", "--dir", "Fixtures/site-errors/invalid", "--no-built-in",
    ])
    #expect(run.status == .success)
    #expect(run.standardError.contains("[level-out-of-range]"))
    #expect(run.standardOutput.hasSuffix(", leaving out 1 with errors.\n"))
    let files = try Self.files(in: output)
    #expect(files["broken/index.html"] == nil)
    #expect(files["fine/index.html"] != nil)
    let index = try #require(files["index.html"])
    #expect(index.contains("<li><code>Fixtures/site-errors/invalid/broken.md</code></li>"))
    #expect(StrictHTMLChecker(index).problems == [])
  }

  @Test func theBuiltBinaryWritesTheSite() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let output = folder.path("public")
    let run = try BinaryRun(["site", output] + Self.fixtureArguments)
    #expect(run.status == 0)
    #expect(run.standardError == "")
    let inProcess = try Self.files(in: output)
    #expect(inProcess.count == 7)
    #expect(inProcess["engineering/backend/index.html"]?.contains("Inherited") == true)
  }
}
