import Foundation
import ProgressionCLI
import ProgressionCore
import TestSupport
import Testing

/// `progression site` never deletes frameworks, a home folder, or files a user added to a site.
extension SiteTests {
  /// Runs the tool in-process in `directory`, with `variables`.
  static func run(
    _ arguments: [String],
    in directory: String,
    variables: [String: String] = [:]
  ) -> Tool.Result {
    Tool.run(
      Tool.Environment(
        arguments: arguments,
        variables: variables,
        currentDirectory: directory,
        standardInput: .text(""),
        isStandardErrorTerminal: false
      )
    )
  }

  /// A temporary folder holding `frameworks/engineering/web.md`, removed by the caller.
  static func folderWithFrameworks() throws -> TemporaryDirectory {
    let folder = try TemporaryDirectory()
    let web = TestPaths.fixtures.appending(path: "site/engineering/web.md")
    try folder.copy(web, to: "frameworks/engineering/web.md")
    return folder
  }

  @Test(arguments: [
    (["site", "frameworks/engineering", "--clean"], [:]),
    (["site", "frameworks/engineering/new"], [:]),
    (["site", "frameworks/engineering", "--clean", "--dir", "frameworks"], [:]),
    (["site", "frameworks/engineering", "--clean"], ["PROGRESSION_FRAMEWORKS": "frameworks"]),
  ])
  func aFolderInsideAFolderOfFrameworksIsRefused(
    arguments: [String],
    variables: [String: String]
  ) throws {
    let folder = try Self.folderWithFrameworks()
    defer { folder.remove() }
    let result = Self.run(arguments + ["--no-built-in"], in: folder.path, variables: variables)
    #expect(result.status == .failure)
    #expect(
      String(decoding: result.standardError, as: UTF8.self)
        == "progression: error: cannot write the site to '\(arguments[1])': it is inside the "
        + "folder of frameworks 'frameworks', whose framework files it would replace or mix "
        + "with; give a folder outside it, such as 'site'; nothing was changed\n"
    )
    #expect(try Self.files(in: folder.path("frameworks")).keys.sorted() == ["engineering/web.md"])
  }

  @Test func aFolderHoldingAFrameworkFileIsRefused() throws {
    let folder = try Self.folderWithFrameworks()
    defer { folder.remove() }
    // A framework linked from elsewhere: replacing the folder it is in would delete it.
    try FileManager.default.moveItem(atPath: folder.path("frameworks"), toPath: folder.path("mine"))
    try FileManager.default.createDirectory(
      atPath: folder.path("place"),
      withIntermediateDirectories: false
    )
    try FileManager.default.createSymbolicLink(
      atPath: folder.path("place/web.md"),
      withDestinationPath: "../mine/engineering/web.md"
    )
    let result = Self.run(
      ["site", "mine", "--clean", "--dir", "place", "--no-built-in"],
      in: folder.path
    )
    #expect(result.status == .failure)
    #expect(
      String(decoding: result.standardError, as: UTF8.self)
        == "progression: error: cannot write the site to 'mine': it is or holds the "
        + "framework file 'place/web.md', which replacing it would delete; give a folder of "
        + "its own, such as 'site'; nothing was changed\n"
    )
    #expect(try Self.files(in: folder.path("mine")).keys.sorted() == ["engineering/web.md"])
  }

  @Test func theHomeFolderIsNeverReplaced() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let home = folder.path("home")
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: false)
    try "mine".write(toFile: home + "/.profile", atomically: false, encoding: .utf8)
    let result = Self.run(
      ["site", home, "--clean", "--no-built-in"],
      in: folder.path,
      variables: ["HOME": home]
    )
    #expect(result.status == .failure)
    #expect(
      String(decoding: result.standardError, as: UTF8.self)
        == "progression: error: cannot write the site to '\(home)': it is or holds your home "
        + "folder, which replacing it would delete; give a folder of its own, such as 'site'; "
        + "nothing was changed\n"
    )
    #expect(try Self.files(in: home) == [".profile": "mine"])
  }

  @Test func aRerunKeepsFilesTheUserAddedUnlessClean() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let output = folder.path("ghp")
    #expect(ToolRun(["site", output] + Self.fixtureArguments).status == .success)
    let site = try Self.files(in: output)
    #expect(
      site[".progression-site"]
        == "This folder was written by 'progression site', which may replace it.\n"
        + "It wrote these files, and nothing else here:\n"
        + "engineering/backend/index.html\nengineering/web/index.html\ngeneric/index.html\n"
        + "handbook/guide/index.html\nindex.html\nstyle.css\n"
    )
    try FileManager.default.createDirectory(
      atPath: output + "/.git/refs",
      withIntermediateDirectories: true
    )
    for added in [".git/HEAD", "CNAME", ".nojekyll", "engineering/notes.txt"] {
      try "added".write(toFile: output + "/" + added, atomically: false, encoding: .utf8)
    }
    let refused = ToolRun(["site", output] + Self.fixtureArguments)
    #expect(refused.status == .failure)
    #expect(
      refused.standardError
        == "progression: error: '\(output)' holds files 'progression site' did not write "
        + "('.git/', '.nojekyll', 'CNAME' and 1 more), which replacing it would delete; move "
        + "them out, give --clean to delete them too, or give another folder; nothing was "
        + "changed\n"
    )
    #expect(try Self.files(in: output).count == site.count + 4)

    #expect(ToolRun(["site", output, "--clean"] + Self.fixtureArguments).status == .success)
    #expect(try Self.files(in: output) == site)
  }

  @Test func aMarkerWithoutAListNeedsClean() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let output = folder.path("old")
    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: false)
    try "This folder was written by 'progression site', which may replace it.\n".write(
      toFile: output + "/.progression-site",
      atomically: false,
      encoding: .utf8
    )
    try "added".write(toFile: output + "/CNAME", atomically: false, encoding: .utf8)
    let refused = ToolRun(["site", output] + Self.fixtureArguments)
    #expect(refused.status == .failure)
    #expect(
      refused.standardError
        == "progression: error: '\(output)' was written by an older 'progression site' that "
        + "did not list its files, so it may hold files of yours; give --clean to replace all "
        + "it holds, or an empty or new folder; nothing was changed\n"
    )
    #expect(try Self.files(in: output)["CNAME"] == "added")
  }
}
