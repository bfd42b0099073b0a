import ProgressionCore
import Testing

@Suite struct FrameworkCatalogInheritanceTests {
  static let catalog = FrameworkCatalog(
    directories: [.init("inherit")],
    includesBuiltIns: false,
    currentDirectory: TestFiles.fixtures
  )

  @Test func loadsAFrameworkWithWhatItInheritsFromGenericInItsFolder() throws {
    let loaded = try Self.catalog.load("backend")
    #expect(loaded.file.source.path == "inherit/backend.md")
    #expect(loaded.genericFile?.source.path == "inherit/generic.md")
    let topics = loaded.framework.topics
    #expect(topics.map(\.name) == ["communication", "impact", "mastery"])
    // As on the site, generic's title wins over the framework's own ("Backend impact").
    #expect(topics.map(\.displayTitle) == ["💬 Communication", "💥 Impact", "Mastery"])

    let communication = try #require(topics.first)
    #expect(communication.levels.map(\.level) == [1, 2])
    #expect(
      communication.levels[0].criteria.map(\.text) == ["Writes PR descriptions", "Listens"]
    )
    #expect(communication.levels[0].criteria.map(\.origin) == [.own, .inherited])
    #expect(communication.levels[1].criteria.map(\.text) == ["Explains"])
    #expect(communication.levels[1].criteria.map(\.origin) == [.inherited])

    let impact = try #require(topics.first { $0.name == "impact" })
    #expect(impact.levels.map(\.level) == [1, 3])
    #expect(
      impact.levels.map { $0.criteria.map(\.text) } == [["Finishes tasks"], ["Owns services"]]
    )

    // Inherited positions are in generic.md: 'Listens' is on its line 10.
    #expect(communication.levels[0].criteria[1].position.line == 10)
    #expect(topics.last?.levels.flatMap(\.criteria).map(\.origin) == [.own])
  }

  @Test func inheritsNothingWhenTurnedOff() throws {
    let loaded = try Self.catalog.load("backend", inheriting: false)
    #expect(loaded.genericFile == nil)
    #expect(
      loaded.framework.topics.map(\.displayTitle) == ["Communication", "Backend impact", "Mastery"]
    )
    #expect(loaded.framework.topics.flatMap(\.levels).flatMap(\.criteria).count == 3)
    #expect(
      loaded.framework == (try Framework(contentsOf: try TestFiles.fixture("inherit/backend.md")))
    )
  }

  @Test func genericInheritsFromNothing() throws {
    let loaded = try Self.catalog.load("generic")
    #expect(loaded.genericFile == nil)
    #expect(
      loaded.framework.topics.flatMap(\.levels).flatMap(\.criteria).allSatisfy { $0.origin == .own }
    )
  }

  @Test func aPathLooksForGenericBesideTheFile() throws {
    let catalog = FrameworkCatalog(directories: [], currentDirectory: TestFiles.fixtures)
    let loaded = try catalog.load("inherit/backend.md")
    #expect(loaded.genericFile?.source.path == "inherit/generic.md")
    let elsewhere = try catalog.load("catalog/first/backend.md")
    #expect(elsewhere.genericFile == nil)
  }

  @Test func standardInputAndBuiltInsWithoutGenericInheritNothing() throws {
    let catalog = FrameworkCatalog(directories: [], currentDirectory: TestFiles.fixtures)
    let input = FrameworkFile(
      name: "backend",
      format: .markdown,
      origin: .standardInput,
      source: try TestFiles.fixture("inherit/backend.md")
    )
    #expect(try catalog.generic(for: input) == nil)
    let builtIn = try catalog.locate("backend")
    #expect(builtIn.origin == .builtIn)
    #expect(try catalog.generic(for: builtIn) == nil)
  }

  @Test func anInvalidFrameworkIsReportedInItsFile() throws {
    let catalog = FrameworkCatalog(
      directories: [.init("catalog/second")],
      currentDirectory: TestFiles.fixtures
    )
    let error = #expect(throws: FrameworkCatalogError.self) { try catalog.load("broken") }
    guard case .invalid(let frameworkError, let file) = error else {
      Issue.record("expected an invalid framework, got \(String(describing: error))")
      return
    }
    #expect(file.path == "catalog/second/broken.md")
    #expect(frameworkError.reason == .levelsNotInteger(found: "six"))
    #expect(
      error?.description
        == "catalog/second/broken.md:3:9: 'levels' must be a whole number such as '6', not 'six'"
    )
  }

  @Test func aGenericWithoutLevelsIsNotInheritedAndSaysSo() throws {
    let catalog = FrameworkCatalog(
      directories: [.init("bad-generic")],
      currentDirectory: TestFiles.fixtures
    )
    let loaded = try catalog.load("backend")
    #expect(loaded.genericFile == nil)
    #expect(loaded.framework == (try catalog.load("backend", inheriting: false).framework))
    #expect(loaded.omissions.map(\.path) == ["bad-generic/generic.md"])
    #expect(loaded.omissions.map(\.severity) == [.note])
    #expect(loaded.omissions.first?.message.contains("nothing is inherited") == true)
  }
}
