import ProgressionCore
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct FrameworkCatalogTests {
  static let catalogFixtures = TestFiles.fixtures + "/catalog"

  /// `--dir first`, `$PROGRESSION_FRAMEWORKS=second:missing`, `./frameworks`, built-ins.
  static let catalog = FrameworkCatalog(
    directory: "first",
    environment: [FrameworkCatalog.environmentVariable: "second::missing", "HOME": "/nowhere"],
    currentDirectory: catalogFixtures
  )

  @Test func searchesDirOptionThenEnvironmentThenFrameworksFolder() {
    #expect(
      Self.catalog.directories == [
        .init("first", mustExist: true), .init("second"), .init("missing"), .init("frameworks"),
      ]
    )
    #expect(Self.catalog.includesBuiltIns)
    let plain = FrameworkCatalog(directory: nil, environment: [:], currentDirectory: "/x")
    #expect(plain.directories == [.init("frameworks")])
  }

  @Test(
    arguments: [
      ("backend", "first/backend.md", FrameworkOrigin.directory("first"), FrameworkFormat.markdown),
      ("frontend", "first/frontend.yml", .directory("first"), .yaml),
      ("data", "second/data.md", .directory("second"), .markdown),
      ("broken", "second/broken.md", .directory("second"), .markdown),
      ("local", "frameworks/local.md", .directory("frameworks"), .markdown),
    ]
  )
  func findsANameInTheFirstPlaceThatHasIt(
    name: String,
    path: String,
    origin: FrameworkOrigin,
    format: FrameworkFormat
  ) throws {
    let file = try Self.catalog.locate(name)
    #expect(file.name == name)
    #expect(file.source.path == path)
    #expect(file.origin == origin)
    #expect(file.format == format)
    #expect(file.source.bytes == (try TestFiles.fixture("catalog/" + path).bytes))
  }

  @Test func fallsBackToTheBuiltInFrameworks() throws {
    let catalog = FrameworkCatalog(
      directory: nil,
      environment: [:],
      currentDirectory: "/nonexistent"
    )
    let file = try catalog.locate("backend")
    #expect(file.origin == .builtIn)
    #expect(file.source.path == "<built-in>/backend.md")
    #expect(file.source.bytes == (try TestFiles.repositoryFile("frameworks/backend.md").bytes))
  }

  @Test func takesAPathAsIsRelativeToTheCurrentDirectory() throws {
    let file = try Self.catalog.locate("second/backend.md")
    #expect(file.source.path == "second/backend.md")
    // Its generic is looked for up to the repository holding it: this one's root.
    #expect(file.origin == .directory("../../../.."))
    #expect(file.name == "backend")
    let absolute = try Self.catalog.locate(Self.catalogFixtures + "/first/frontend.yml")
    #expect(
      absolute.origin == .directory(FilePath.normalized(Self.catalogFixtures + "/../../../.."))
    )
    #expect(absolute.format == .yaml)
  }

  @Test func aNameThatMatchesNothingListsWhatIsAvailable() {
    let error = #expect(throws: FrameworkCatalogError.self) { try Self.catalog.locate("fronted") }
    #expect(
      error
        == .notFound(
          name: "fronted",
          available: ["backend", "broken", "data", "data.yml", "frontend", "local"],
          searched: ["first", "second", "missing", "frameworks", "built-in"]
        )
    )
    #expect(
      error?.message
        == "no framework named 'fronted'; did you mean 'frontend'? available: 'backend', "
        + "'broken', 'data', 'data.yml', 'frontend', 'local'"
    )
  }

  @Test func saysSoWhenNothingIsAvailable() {
    let catalog = FrameworkCatalog(
      directories: [],
      includesBuiltIns: false,
      currentDirectory: Self.catalogFixtures
    )
    let error = #expect(throws: FrameworkCatalogError.self) { try catalog.locate("backend") }
    #expect(error == .notFound(name: "backend", available: [], searched: []))
    #expect(
      error?.message.hasPrefix("no framework named 'backend', and none are available") == true
    )
  }

  @Test func aMissingDirOptionIsAnError() {
    let catalog = FrameworkCatalog(
      directory: "nope",
      environment: [:],
      currentDirectory: Self.catalogFixtures
    )
    let error = #expect(throws: FrameworkCatalogError.self) { try catalog.locate("backend") }
    #expect(error?.message == "cannot read 'nope': no such file or directory")
    #expect(throws: FrameworkCatalogError.self) { try catalog.entries() }
  }

  @Test func aDirOptionThatIsAFileIsAnError() {
    let catalog = FrameworkCatalog(
      directory: "first/notes.txt",
      environment: [:],
      currentDirectory: Self.catalogFixtures
    )
    let error = #expect(throws: FrameworkCatalogError.self) { try catalog.locate("backend") }
    #expect(error == .notADirectory(path: "first/notes.txt"))
    #expect(error?.message == "'first/notes.txt' is not a folder; pass a folder of framework files")
  }

  @Test func aPathThroughAFileSaysSo() {
    let error = #expect(throws: FrameworkCatalogError.self) {
      try Self.catalog.locate("first/notes.txt/backend.md")
    }
    #expect(
      error?.message
        == "cannot read 'first/notes.txt/backend.md': a part of the path is not a directory"
    )
  }

  @Test func aMissingFileIsAnError() {
    let error = #expect(throws: FrameworkCatalogError.self) { try Self.catalog.locate("gone.md") }
    #expect(error?.message == "cannot read 'gone.md': no such file or directory")
  }

  @Test func aPathWithAnotherExtensionIsNotAFramework() {
    let error = #expect(throws: FrameworkCatalogError.self) {
      try Self.catalog.locate("first/notes.txt")
    }
    #expect(error == .notAFrameworkFile(path: "first/notes.txt"))
    #expect(
      error?.message
        == "'first/notes.txt' is not a framework file; use a '.md', '.yml' or '.yaml' file"
    )
  }

  /// A pipe named like a framework file is not one the catalog reads: standard input is.
  @Test func aPipeNamedLikeAFrameworkFileIsNotARegularFile() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    #expect(mkfifo(directory.path + "/piped.md", 0o600) == 0)
    let catalog = FrameworkCatalog(directories: [], currentDirectory: directory.path)
    let error = #expect(throws: FrameworkCatalogError.self) { try catalog.locate("piped.md") }
    #expect(error == .notAFrameworkFile(path: "piped.md"))
    #expect(
      error?.message
        == "'piped.md' is not a regular file; to read a framework from a pipe, pass '-' and "
        + "give it on standard input"
    )
  }

  @Test func tellsPathsFromNames() {
    #expect(FrameworkCatalog.isPath("backend.md"))
    #expect(FrameworkCatalog.isPath("./backend"))
    #expect(FrameworkCatalog.isPath("x.yaml"))
    #expect(!FrameworkCatalog.isPath("backend"))
    #expect(!FrameworkCatalog.isPath("notes.txt"))
  }

  @Test func listsEveryFrameworkWithTheNameThatReachesItAndWhatHidesTheOthers() throws {
    let entries = try Self.catalog.entries()
    #expect(
      entries.map(\.name) == [
        "backend", "frontend", "backend", "broken", "data", "data.yml", "data", "local", "backend",
      ]
    )
    #expect(
      entries.map(\.path) == [
        "first/backend.md", "first/frontend.yml", "second/backend.md", "second/broken.md",
        "second/data.md", "second/data.yml", "frameworks/data.md", "frameworks/local.md",
        "<built-in>/backend.md",
      ]
    )
    #expect(
      entries.map(\.shadowedBy) == [
        nil, nil, "first/backend.md", nil, nil, nil, "second/data.md", nil, "first/backend.md",
      ]
    )
    let reachable = entries.filter { $0.shadowedBy == nil }
    #expect(
      reachable.map(\.origin.description) == [
        "first", "first", "second", "second", "second", "frameworks",
      ]
    )
    let titles = reachable.map { try? $0.framework.get().title }
    #expect(
      titles == ["First Backend", "Frontend", nil, "Data (Markdown)", "Data (YAML)", "Local"]
    )
    guard case .failure(.invalid(let error, let file)) = reachable[2].framework else {
      Issue.record("expected 'broken' to be listed as invalid")
      return
    }
    #expect(error.reason == .levelsNotInteger(found: "six"))
    #expect(file.path == "second/broken.md")
  }

  @Test func listsBuiltInsLast() throws {
    let catalog = FrameworkCatalog(
      directories: [.init("second")],
      currentDirectory: Self.catalogFixtures
    )
    let entries = try catalog.entries()
    #expect(entries.map(\.name) == ["backend", "broken", "data", "data.yml", "backend"])
    #expect(entries.last?.shadowedBy == "second/backend.md")
    let builtIn = FrameworkCatalog(directories: [], currentDirectory: "/")
    let builtIns = try builtIn.entries()
    #expect(builtIns.map(\.name) == ["backend"])
    #expect(builtIns.map(\.origin) == [.builtIn])
    #expect(builtIns.map(\.path) == ["<built-in>/backend.md"])
    let backend = try #require(try builtIns.first?.framework.get())
    #expect(backend.title == "🛠️ Backend Engineering Framework")
    #expect(backend.levelCount == 6)
    #expect(backend.topics.count == 5)
  }
}
