import ProgressionCLI
import Testing

@Suite struct UsageErrorTests {
  @Test(arguments: [
    (
      UsageError.Reason.unknownCommand("dupm", suggestion: "dump"),
      "unknown command 'dupm'; did you mean 'dump'?"
    ),
    (.unknownCommand("frobnicate", suggestion: nil), "unknown command 'frobnicate'"),
    (
      .unknownOption("--markdwon", suggestion: "--markdown"),
      "unknown option '--markdwon'; did you mean '--markdown'?"
    ),
    (.unknownOption("-x", suggestion: nil), "unknown option '-x'"),
    (.missingValue(option: "--format"), "missing value for option '--format'"),
    (
      .unexpectedValue("yes", option: "--markdown"),
      "option '--markdown' takes no value, but was given 'yes'"
    ),
    (
      .invalidValue("xml", option: "--format", expected: "one of 'text', 'json'"),
      "invalid value 'xml' for option '--format'; expected one of 'text', 'json'"
    ),
    (.missingArgument("<path>"), "missing argument '<path>'"),
    (
      .invalidArgument("x", argument: "<from>", expected: "a level, such as '3'"),
      "invalid value 'x' for argument '<from>'; expected a level, such as '3'"
    ),
    (
      .incompatibleOption("--side-by-side", with: "'--format json'"),
      "option '--side-by-side' cannot be used with '--format json'"
    ),
    (.unexpectedArgument("extra"), "unexpected argument 'extra'"),
  ])
  func messages(_ reason: UsageError.Reason, _ expected: String) {
    #expect(UsageError(reason).message == expected)
  }

  @Test func invalidChoiceListsTheChoices() {
    let option = OptionSpecification.value("color", help: "Colour.", choices: ["a", "b", "c"])
    #expect(
      UsageError.invalidChoice("d", for: option).reason
        == .invalidValue("d", option: "--color", expected: "one of 'a', 'b', 'c'")
    )
  }
}
