import Testing

@testable import ProgressionCLI

@Suite struct ColorModeTests {
  @Test(arguments: [
    (ColorMode.auto, true, [String: String](), true),
    (.auto, false, [:], false),
    (.auto, true, ["NO_COLOR": "1"], false),
    (.auto, true, ["NO_COLOR": ""], true),
    (.auto, true, ["TERM": "dumb"], false),
    (.always, false, ["NO_COLOR": "1"], true),
    (.always, false, ["TERM": "dumb"], true),
    (.never, true, [:], false),
  ])
  func usesColor(
    _ mode: ColorMode,
    _ isTerminal: Bool,
    _ variables: [String: String],
    _ expected: Bool
  ) {
    #expect(mode.usesColor(isTerminal: isTerminal, variables: variables) == expected)
  }

  @Test func theSharedOptionOffersEveryMode() {
    #expect(FrameworkOptions.color.choices == ["auto", "always", "never"])
    #expect(FrameworkOptions.color.defaultValue == "auto")
  }
}
