import Foundation
import ProgressionCore
import TestSupport
import Testing

/// Frameworks in a company's tree: found at any depth, named by path, site path or file name,
/// and inheriting from the nearest `generic` as the framework's site does.
@Suite struct FrameworkTreeCatalogTests {
  static func framework(
    title: String,
    path: String? = nil,
    levels: Int = 2,
    topic: String = "impact",
    criterion: String = "Ships"
  ) -> String {
    """
    ---
    \(path.map { "path: \($0)\n" } ?? "")title: "\(title)"
    levels: \(levels)
    topics:
      - name: "\(topic)"
        title: "\(title) \(topic)"
        content:
          - level: 1
            criteria:
              - "\(criterion)"
      - name: "\(title.lowercased())"
        content: []
    ---

    """
  }

  /// A tree: `frameworks/` with subfolders, a README, hidden and node_modules folders, the same
  /// file name twice and a generic at the top.
  static func makeTree() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    try directory.write(
      framework(title: "Generic", path: "/generic", criterion: "G"),
      to: "frameworks/generic.md"
    )
    try directory.write(
      framework(title: "Backend", path: "/engineering/backend"),
      to: "frameworks/engineering/backend.md"
    )
    try directory.write(
      framework(title: "Platform", path: "/platform/backend"),
      to: "frameworks/platform team/backend.MD"
    )
    try directory.write(
      framework(title: "Web", path: "/engineering/web"),
      to: "frameworks/engineering/web.markdown"
    )
    try directory.write("# Engineering\n", to: "frameworks/engineering/README.md")
    try directory.write(framework(title: "Hidden"), to: "frameworks/.drafts/hidden.md")
    try directory.write(framework(title: "Module"), to: "frameworks/node_modules/x/module.md")
    return directory
  }

  static func catalog(in directory: TemporaryDirectory) -> FrameworkCatalog {
    FrameworkCatalog(directory: nil, environment: [:], currentDirectory: directory.path)
  }

  @Test(
    arguments: [
      ("engineering/backend", "frameworks/engineering/backend.md"),
      ("Engineering/Backend", "frameworks/engineering/backend.md"),
      ("engineering/backend.md", "frameworks/engineering/backend.md"),
      ("/engineering/backend", "frameworks/engineering/backend.md"),
      ("/platform/backend/", "frameworks/platform team/backend.MD"),
      ("platform team/backend", "frameworks/platform team/backend.MD"),
      ("web", "frameworks/engineering/web.markdown"),
      ("WEB", "frameworks/engineering/web.markdown"),
    ]
  )
  func namesReachFrameworksAtAnyDepth(name: String, path: String) throws {
    let directory = try Self.makeTree()
    defer { directory.remove() }
    let file = try Self.catalog(in: directory).locate(name)
    #expect(file.source.path == path)
    #expect(file.origin == .directory("frameworks"))
  }

  @Test func aFileNameInTwoFoldersIsAmbiguousAndComesBeforeTheBuiltIn() throws {
    let directory = try Self.makeTree()
    defer { directory.remove() }
    let error = #expect(throws: FrameworkCatalogError.self) {
      try Self.catalog(in: directory).locate("backend")
    }
    #expect(
      error
        == .ambiguous(
          name: "backend",
          matches: ["frameworks/engineering/backend.md", "frameworks/platform team/backend.MD"],
          place: "frameworks"
        )
    )
    #expect(error?.message.hasSuffix("such as 'engineering/backend'") == true)
  }

  @Test func readmesHiddenFoldersAndNodeModulesAreNotFrameworks() throws {
    let directory = try Self.makeTree()
    defer { directory.remove() }
    let catalog = Self.catalog(in: directory)
    let entries = try catalog.entries().filter { $0.origin != .builtIn }
    #expect(
      entries.map(\.name) == ["engineering/backend", "web", "generic", "platform team/backend"]
    )
    #expect(throws: FrameworkCatalogError.self) { try catalog.locate("hidden") }
    #expect(throws: FrameworkCatalogError.self) { try catalog.locate("module") }
    // The built-in backend's file name answers to two frameworks of the tree; its file name
    // with the extension still reaches it.
    let builtIn = try #require(try catalog.entries().last)
    #expect(builtIn.name == "backend.md")
    #expect(builtIn.shadowedBy == nil)
  }

  @Test func aPathThatIsNotAFileGetsAHint() throws {
    let directory = try Self.makeTree()
    defer { directory.remove() }
    let error = #expect(throws: FrameworkCatalogError.self) {
      try Self.catalog(in: directory).locate("frameworks/engineering/backend")
    }
    #expect(
      error?.message
        == "no such file or framework 'frameworks/engineering/backend'; did you mean "
        + "'frameworks/engineering/backend.md'?"
    )
  }

  @Test func inheritsFromTheNearestGenericUpToThePlace() throws {
    let directory = try Self.makeTree()
    defer { directory.remove() }
    let catalog = Self.catalog(in: directory)
    let loaded = try catalog.load("engineering/backend")
    #expect(loaded.genericFile?.source.path == "frameworks/generic.md")
    #expect(loaded.framework.topics[0].title == "Generic impact")
    #expect(loaded.framework.topics[0].levels[0].criteria.map(\.text) == ["Ships", "G"])
    // A nearer one, found by its front matter path, wins.
    try directory.write(
      Self.framework(title: "Team", path: "'/generic/'", criterion: "T"),
      to: "frameworks/engineering/shared.md"
    )
    let nearer = try catalog.load("engineering/backend")
    #expect(nearer.genericFile?.source.path == "frameworks/engineering/shared.md")
    #expect(try catalog.load("generic").genericFile == nil)
  }

  /// A path spelt with YAML escapes is the same path: the quick look for files that could be
  /// `generic` must not pass over it.
  @Test(arguments: [#""/\x67eneric""#, #""/\u0067ENERIC""#, #""/\U00000067eneric""#])
  func aGenericPathSpeltWithEscapesIsFound(path: String) throws {
    let directory = try Self.makeTree()
    defer { directory.remove() }
    try directory.write(
      Self.framework(title: "Team", path: path, criterion: "T"),
      to: "frameworks/engineering/shared.md"
    )
    let loaded = try Self.catalog(in: directory).load("engineering/backend")
    #expect(loaded.genericFile?.source.path == "frameworks/engineering/shared.md")
  }

  @Test func aFileGivenByPathLooksUpToItsRepositoryRoot() throws {
    let directory = try Self.makeTree()
    defer { directory.remove() }
    let catalog = Self.catalog(in: directory)
    // Outside a repository: its own folder only.
    let alone = try catalog.load("frameworks/engineering/backend.md")
    #expect(alone.genericFile == nil)
    try directory.write("", to: ".git/HEAD")
    let inRepository = try catalog.load("frameworks/engineering/backend.md")
    #expect(inRepository.file.origin == .directory("."))
    #expect(inRepository.genericFile?.source.path == "frameworks/generic.md")
  }

  @Test func contentBeyondTheLevelsIsLeftOutAndSaidOnce() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write(
      """
      ---
      title: "Ops"
      levels: 2
      topics:
        - name: "impact"
          content:
            - level: 2
              criteria: ["Plans"]
            - level: 6
              criteria: ["Never shown"]
            - level: 99999999
              criteria: ["Nor this"]
      ---

      """,
      to: "frameworks/ops.md"
    )
    let loaded = try Self.catalog(in: directory).load("ops")
    #expect(loaded.framework.topics[0].levels.map(\.level) == [2])
    #expect(loaded.omissions.count == 1)
    #expect(loaded.omissions.first?.position?.line == 9)
    #expect(
      loaded.omissions.first?.message.hasPrefix(
        "content at levels 6 and 99,999,999 is outside the framework's levels 1–2"
      ) == true
    )
  }

  @Test func aLinkLoopEnds() throws {
    let directory = try Self.makeTree()
    defer { directory.remove() }
    try FileManager.default.createSymbolicLink(
      atPath: directory.path + "/frameworks/engineering/loop",
      withDestinationPath: ".."
    )
    let entries = try Self.catalog(in: directory).entries().filter { $0.origin != .builtIn }
    #expect(entries.count == 4)
  }
}

@Suite struct FilePathNormalizingTests {
  @Test(
    arguments: [
      ("frameworks", "frameworks"), ("frameworks/a", "frameworks/a"),
      ("./frameworks", "frameworks"),
      ("frameworks/", "frameworks"), ("frameworks//a", "frameworks/a"), ("a/./b", "a/b"),
      ("a/../b", "b"), ("a/..", "."), (".", "."), ("..", ".."), ("../..", "../.."),
      ("../a", "../a"), ("a/../..", ".."), ("/", "/"), ("/a/b", "/a/b"), ("/a/../..", "/"),
      ("/..", "/"), ("", "."), ("a/.hidden", "a/.hidden"), ("a/...", "a/..."), ("a/b/.", "a/b"),
    ]
  )
  func normalizesLexically(path: String, expected: String) {
    #expect(FilePath.normalized(path) == expected)
  }
}
