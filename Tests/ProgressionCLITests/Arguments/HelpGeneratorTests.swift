import ProgressionCLI
import Testing

@Suite struct HelpGeneratorTests {
  private let command = CommandSpecification(
    name: "show",
    abstract: "Show a framework.",
    options: [
      .flag("strict", help: "Be strict."),
      .value("format", short: "f", help: "The format.", defaultValue: "text", choices: ["text"]),
      .repeatable("level", valueName: "n", help: "A level."),
    ],
    positionals: [
      PositionalSpecification("path", help: "The file."),
      PositionalSpecification("more", help: "More files.", isOptional: true, isRepeating: true),
    ],
    examples: [.init("progression show a.md", "Show a file.")]
  )

  @Test func usageLineIsShortOptionsThenPositionals() {
    #expect(
      HelpGenerator.usageLine(for: command) == "progression show [<options>] <path> [<more> ...]"
    )
    let bare = CommandSpecification(name: "help", abstract: "Help.")
    #expect(HelpGenerator.usageLine(for: bare) == "progression help")
  }

  @Test func helpIsGeneratedFromTheDeclaration() {
    #expect(
      HelpGenerator.help(for: command) == """
        OVERVIEW: Show a framework.

        USAGE: progression show [<options>] <path> [<more> ...]

        ARGUMENTS:
          <path>                  The file.
          <more>                  More files.

        OPTIONS:
          --strict                Be strict.
          -f, --format <format>   The format. (values: text; default: text)
          --level <n> ...         A level.
          --no-pager              Do not send long output on a terminal through a pager.
          -h, --help              Show help information.

        EXAMPLES:
          progression show a.md
              Show a file.

        """
    )
  }

  @Test func longDescriptionsWrapAndLongLabelsGetTheirOwnLine() {
    let spec = CommandSpecification(
      name: "x",
      abstract: "X.",
      options: [
        .value(
          "a-very-long-option-name",
          valueName: "value",
          help: "A description long enough that it cannot fit on one line beside the label."
        )
      ]
    )
    #expect(
      HelpGenerator.help(for: spec).contains(
        """
          --a-very-long-option-name <value>
                                  A description long enough that it cannot fit on one
                                  line beside the label.

        """
      )
    )
  }
}
