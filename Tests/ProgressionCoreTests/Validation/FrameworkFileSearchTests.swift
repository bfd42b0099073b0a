import Foundation
import ProgressionCore
import TestSupport
import Testing

@Suite struct FrameworkFileSearchTests {
  private func paths(_ items: [FrameworkFileSearch.Item]) -> [String] {
    items.map { item in
      switch item {
      case .file(let path, _): path
      case .unreadable(let error): "unreadable: " + error.message
      case .standardInput: "standard input"
      }
    }
  }

  @Test func searchesFoldersRecursivelyInPathOrderSkippingDotNamesAndReadmes() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    for name in [
      "frameworks/b.md", "frameworks/a.yml", "frameworks/a-b.yaml", "frameworks/notes.txt",
      "frameworks/a/z.md", "frameworks/.hidden.md", "frameworks/.git/x.md",
      "frameworks/deep/er/c.md", "frameworks/node_modules/m.md", "frameworks/E.MARKDOWN",
    ] {
      try directory.write("---\n", to: name)
    }
    // Markdown without front matter is not a framework, whatever its case.
    try directory.write("# Read me\n", to: "frameworks/README.MD")
    let search = FrameworkFileSearch(currentDirectory: directory.path)
    #expect(
      paths(search.items(for: ["frameworks"])) == [
        "frameworks/E.MARKDOWN", "frameworks/a-b.yaml", "frameworks/a.yml", "frameworks/a/z.md",
        "frameworks/b.md",
        "frameworks/deep/er/c.md",
      ]
    )
  }

  @Test func aBrokenFrameworkIsCheckedNotTakenForAReadmeOrAChecklist() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("\n---\ntitle: x\n---\n", to: "f/blank-line-first.md")
    try directory.write("", to: "f/emptied.md")
    try directory.write("title: x\nlevels: 1\n---\n", to: "f/no-opening.md")
    try directory.write("# Read me\n\nNo front matter here.\n", to: "f/README.md")
    // A checklist saved beside the frameworks: its header has a `title:` line.
    try directory.write(
      "# Self-assessment\n\n<!-- progression-checklist\nframework: x\ntitle: X\nlevel: 1\n-->\n",
      to: "f/my-checklist.md"
    )
    let search = FrameworkFileSearch(currentDirectory: directory.path)
    #expect(
      paths(search.items(for: ["f"])) == [
        "f/blank-line-first.md", "f/emptied.md", "f/no-opening.md",
      ]
    )
  }

  @Test func aFileIsCheckedWhateverItsNameAndOnlyOnce() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("---\n", to: "f/a.md")
    try directory.write("---\n", to: "notes.txt")
    let search = FrameworkFileSearch(currentDirectory: directory.path)
    let items = search.items(for: ["notes.txt", "f/a.md", "f", "missing.md"])
    #expect(
      paths(items) == [
        "notes.txt", "f/a.md",
        "unreadable: cannot read 'missing.md': no such file or directory",
      ]
    )
    #expect(items.first == .file(path: "notes.txt", accessPath: directory.path + "/notes.txt"))
  }

  @Test func linksToFilesAreFollowedLinksToFoldersAreNot() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("---\n", to: "f/a.md")
    try directory.write("---\n", to: "elsewhere/b.md")
    let manager = FileManager.default
    try manager.createSymbolicLink(
      atPath: directory.path + "/f/link.md",
      withDestinationPath: "../elsewhere/b.md"
    )
    try manager.createSymbolicLink(atPath: directory.path + "/f/loop", withDestinationPath: ".")
    try manager.createSymbolicLink(
      atPath: directory.path + "/f/dangling.md",
      withDestinationPath: "nowhere.md"
    )
    let search = FrameworkFileSearch(currentDirectory: directory.path)
    #expect(paths(search.items(for: ["f"])) == ["f/a.md", "f/link.md"])
  }

  @Test func anAbsolutePathIsKeptAsGiven() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("---\n", to: "a.md")
    let search = FrameworkFileSearch(currentDirectory: "/nonexistent")
    #expect(paths(search.items(for: [directory.path])) == [directory.path + "/a.md"])
  }
}

@Suite struct UndecodableNameTests {
  /// Creates a file whose name is `prefix`, the byte 0xFF, then `suffix`, in `folder`.
  static func createBadName(in folder: String, _ prefix: String, _ suffix: String) {
    var path = Array((folder + "/" + prefix).utf8) + [0xFF] + Array(suffix.utf8) + [0]
    let descriptor = path.withUnsafeMutableBytes { bytes in
      guard let base = bytes.baseAddress else { return Int32(-1) }
      return open(base.assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644)
    }
    if descriptor >= 0 { close(descriptor) }
  }

  @Test func aNameThatIsNotUTF8IsReportedNotSkipped() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("---\n", to: "f/a.md")
    Self.createBadName(in: directory.path + "/f", "bad", ".md")
    Self.createBadName(in: directory.path + "/f", "notes", ".txt")
    let items = FrameworkFileSearch(currentDirectory: directory.path).items(for: ["f"])
    #expect(
      items == [
        .file(path: "f/a.md", accessPath: directory.path + "/f/a.md"),
        .unreadable(SourceFileError(path: "f/bad\\xFF.md", errorNumber: EILSEQ)),
      ]
    )
    guard case .unreadable(let error) = items.last else { return }
    #expect(error.message == "cannot read 'f/bad\\xFF.md': its name is not valid UTF-8; rename it")
  }

  @Test func theCatalogListsItAsUnreadable() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("---\n", to: "frameworks/a.md")
    Self.createBadName(in: directory.path + "/frameworks", "bad", ".md")
    let catalog = FrameworkCatalog(
      directory: nil,
      environment: [:],
      currentDirectory: directory.path
    )
    let failures = try catalog.entries().compactMap { entry -> String? in
      guard case .failure(let error) = entry.framework else { return nil }
      return error.message
    }
    #expect(
      failures.contains(
        "cannot read 'frameworks/bad\\xFF.md': its name is not valid UTF-8; rename it"
      )
    )
  }
}
