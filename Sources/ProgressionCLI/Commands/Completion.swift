import ProgressionCore

/// `progression completion bash|zsh|fish`: prints a completion script for the shell, generated
/// from the commands' specifications; `--frameworks` prints the framework names the scripts
/// offer, one per line, found as `show` finds them.
enum Completion: Command {
  static let shell = PositionalSpecification(
    "shell",
    help: "The shell to write a completion script for: bash, zsh or fish.",
    isOptional: true
  )
  .completing(.values(CompletionShell.allCases.map(\.rawValue)))

  static let frameworks = OptionSpecification.flag(
    "frameworks",
    help: "Print the names of the frameworks show would find, one per line (the scripts "
      + "call this)."
  )

  static let specification = CommandSpecification(
    name: "completion",
    abstract: "Print a shell completion script for bash, zsh or fish.",
    discussion: """
      The script completes commands, options, the values of options that take one of a few
      (--format, --by, --color, rule ids for --rule and --ignore), framework names and
      files. Framework names are asked of progression itself each time, with
      'progression completion --frameworks', so the frameworks of the current folder and
      of $PROGRESSION_FRAMEWORKS complete too.

      To install, save the script where the shell looks for completions: for bash as
      ~/.local/share/bash-completion/completions/progression, for zsh as _progression in a
      folder of $fpath (before compinit runs), for fish as
      ~/.config/fish/completions/progression.fish.
      """,
    options: [frameworks, FrameworkOptions.dir],
    positionals: [shell],
    examples: [
      .init("progression completion zsh > ~/.zfunc/_progression", "Install the zsh completion."),
      .init("source <(progression completion bash)", "Complete in the current bash session."),
      .init("progression completion --frameworks", "The framework names the scripts offer."),
    ]
  )

  static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitStatus {
    let name = arguments.value(of: shell)
    if arguments.isSet(frameworks) {
      if let name {
        throw UsageError(.incompatibleOption(frameworks.longForm, with: "the argument '\(name)'"))
      }
      return try listFrameworks(arguments, in: context)
    }
    guard let name else { throw UsageError(.missingArgument(shell.placeholder)) }
    guard let chosen = CompletionShell(rawValue: name) else {
      let choices = CompletionShell.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
      throw UsageError(
        .invalidArgument(name, argument: shell.placeholder, expected: "one of \(choices)")
      )
    }
    context.write(chosen.script(for: CommandRegistry.specifications))
    return .success
  }

  /// Prints the name of every framework the catalog finds; a folder that cannot be read is
  /// reported and fails the run, as in `list`.
  private static func listFrameworks(
    _ arguments: ParsedArguments,
    in context: CommandContext
  ) throws(UsageError) -> ExitStatus {
    do throws(FrameworkCatalogError) {
      let entries = try FrameworkOptions.catalog(arguments, in: context).entries()
      // A name with a control character or a line break could not be typed, and would break
      // the scripts' one-name-per-line reading: it is left out.
      let names = entries.map(\.name).filter { name in
        !name.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
      }
      context.write(names.map { $0 + "\n" }.joined())
      return .success
    } catch {
      try FrameworkOptions.report(error, in: context)
      return .failure
    }
  }
}
