import ProgressionCLI
import Testing

private let format = OptionSpecification.value(
  "format",
  short: "f",
  help: "The output format.",
  defaultValue: "text",
  choices: ["text", "json"]
)
private let level = OptionSpecification.repeatable("level", short: "l", help: "A level.")
private let strict = OptionSpecification.flag("strict", short: "s", help: "Be strict.")
private let quiet = OptionSpecification.flag("quiet", short: "q", help: "Be quiet.")
private let name = OptionSpecification.value("name", help: "A name.")
private let path = PositionalSpecification("path", help: "A file.")
private let other = PositionalSpecification("other", help: "Another file.", isOptional: true)
private let command = CommandSpecification(
  name: "test",
  abstract: "A command to test the parser with.",
  options: [format, level, strict, quiet, name],
  positionals: [path, other]
)

private func parse(_ words: [String]) throws(UsageError) -> ParsedArguments {
  try ArgumentParser.parse(words, for: command)
}

@Suite struct ArgumentParserTests {
  @Test func flagsAreOffUnlessGiven() throws {
    let parsed = try parse(["a.md"])
    #expect(!parsed.isSet(strict))
    #expect(!parsed.isSet(quiet))
  }

  @Test(arguments: [
    ["--strict", "--quiet", "a.md"],
    ["-s", "-q", "a.md"],
    ["-sq", "a.md"],
    ["a.md", "-qs"],
    ["--strict", "--strict", "-q", "a.md"],
  ])
  func flagsInEveryForm(_ words: [String]) throws {
    let parsed = try parse(words)
    #expect(parsed.isSet(strict))
    #expect(parsed.isSet(quiet))
    #expect(parsed[path] == "a.md")
  }

  @Test(arguments: [
    ["--format", "json", "a.md"],
    ["--format=json", "a.md"],
    ["-f", "json", "a.md"],
    ["-fjson", "a.md"],
    ["-sfjson", "a.md"],
    ["a.md", "--format", "json"],
    ["--format", "json", "-f", "json", "a.md"],
  ])
  func valuesInEveryForm(_ words: [String]) throws {
    let parsed = try parse(words)
    #expect(parsed.value(of: format) == "json")
    #expect(parsed[path] == "a.md")
  }

  @Test func defaultsApplyWhenAbsent() throws {
    let parsed = try parse(["a.md"])
    #expect(parsed.value(of: format) == "text")
    #expect(parsed.values(of: format) == ["text"])
    #expect(parsed.value(of: name) == nil)
    #expect(parsed.values(of: level).isEmpty)
  }

  @Test func repeatableOptionsCollectInOrder() throws {
    let parsed = try parse(["--level", "1", "a.md", "-l", "2", "--level=3", "-l4"])
    #expect(parsed.values(of: level) == ["1", "2", "3", "4"])
    #expect(parsed.value(of: level) == "4")
  }

  @Test func doubleDashEndsOptions() throws {
    let parsed = try parse(["--strict", "--", "--quiet", "-f"])
    #expect(parsed.isSet(strict))
    #expect(!parsed.isSet(quiet))
    #expect(parsed[path] == "--quiet")
    #expect(parsed.value(of: other) == "-f")
  }

  @Test func singleDashIsAPositional() throws {
    let parsed = try parse(["-", "--format", "json"])
    #expect(parsed[path] == "-")
    #expect(parsed.value(of: other) == nil)
  }

  @Test(arguments: [
    (["--name=-x", "a.md"], "-x"),
    (["--name", "-3", "a.md"], "-3"),
    (["--name", "-", "a.md"], "-"),
    (["--name=", "a.md"], ""),
    (["--name", "a=b", "a.md"], "a=b"),
  ])
  func valuesThatLookUnusual(_ words: [String], _ expected: String) throws {
    #expect(try parse(words).value(of: name) == expected)
  }

  @Test func optionalPositionalWhenGiven() throws {
    let parsed = try parse(["a.md", "b.md"])
    #expect(parsed[path] == "a.md")
    #expect(parsed.value(of: other) == "b.md")
  }

  @Test func repeatingPositionalTakesTheRest() throws {
    let paths = PositionalSpecification("paths", help: "Files.", isRepeating: true)
    let spec = CommandSpecification(name: "many", abstract: "Many.", positionals: [paths])
    let parsed = try ArgumentParser.parse(["a", "b", "--", "-c"], for: spec)
    #expect(parsed.values(of: paths) == ["a", "b", "-c"])
    #expect(throws: UsageError(.missingArgument("<paths>"), command: spec)) {
      try ArgumentParser.parse([], for: spec)
    }
  }

  @Test(arguments: [
    (["--help"], true),
    (["a.md", "-h"], true),
    (["--format", "json", "--help"], true),
    (["--", "--help"], false),
    (["a.md"], false),
    (["--helpful"], false),
  ])
  func helpIsRequestedBeforeDoubleDash(_ words: [String], _ expected: Bool) {
    #expect(ArgumentParser.requestsHelp(words) == expected)
  }

  struct ErrorCase: CustomTestStringConvertible, Sendable {
    var id: String
    var words: [String]
    var reason: UsageError.Reason
    var testDescription: String { id }
  }

  @Test(arguments: [
    ErrorCase(
      id: "unknown long option with suggestion",
      words: ["--strcit", "a.md"],
      reason: .unknownOption("--strcit", suggestion: "--strict")
    ),
    ErrorCase(
      id: "unknown long option given a value",
      words: ["--formt=json", "a.md"],
      reason: .unknownOption("--formt", suggestion: "--format")
    ),
    ErrorCase(
      id: "unknown long option without suggestion",
      words: ["--bogus", "a.md"],
      reason: .unknownOption("--bogus", suggestion: nil)
    ),
    ErrorCase(
      id: "unknown short option",
      words: ["-x", "a.md"],
      reason: .unknownOption("-x", suggestion: nil)
    ),
    ErrorCase(
      id: "unknown letter in a cluster",
      words: ["-sx", "a.md"],
      reason: .unknownOption("-x", suggestion: nil)
    ),
    ErrorCase(
      id: "long option with a single dash",
      words: ["-strict", "a.md"],
      reason: .unknownOption("-strict", suggestion: "--strict")
    ),
    ErrorCase(
      id: "missing value at the end",
      words: ["a.md", "--format"],
      reason: .missingValue(option: "--format")
    ),
    ErrorCase(
      id: "missing value before another option",
      words: ["--format", "--strict", "a.md"],
      reason: .missingValue(option: "--format")
    ),
    ErrorCase(
      id: "missing value for a short option",
      words: ["a.md", "-f"],
      reason: .missingValue(option: "-f")
    ),
    ErrorCase(
      id: "missing value for a repeatable option",
      words: ["a.md", "--level"],
      reason: .missingValue(option: "--level")
    ),
    ErrorCase(
      id: "value outside the choices",
      words: ["--format", "xml", "a.md"],
      reason: .invalidValue("xml", option: "--format", expected: "one of 'text', 'json'")
    ),
    ErrorCase(
      id: "attached value outside the choices",
      words: ["-fxml", "a.md"],
      reason: .invalidValue("xml", option: "--format", expected: "one of 'text', 'json'")
    ),
    ErrorCase(
      id: "flag given a value",
      words: ["--strict=yes", "a.md"],
      reason: .unexpectedValue("yes", option: "--strict")
    ),
    ErrorCase(
      id: "missing positional",
      words: ["--strict"],
      reason: .missingArgument("<path>")
    ),
    ErrorCase(
      id: "single-value option given two values",
      words: ["--format", "text", "a.md", "--format=json"],
      reason: .repeatedOption("--format", first: "text", second: "json")
    ),
    ErrorCase(
      id: "single-value option given two values among other options",
      words: ["-fjson", "--name", "a", "--name", "b", "a.md"],
      reason: .repeatedOption("--name", first: "a", second: "b")
    ),
    ErrorCase(
      id: "extra positional",
      words: ["a.md", "b.md", "c.md"],
      reason: .unexpectedArgument("c.md")
    ),
  ])
  func errors(_ errorCase: ErrorCase) {
    #expect(throws: UsageError(errorCase.reason, command: command)) {
      try parse(errorCase.words)
    }
  }
}
