/// The sections every man page shares: what the tool reads from its environment and the file
/// system, and what its exit statuses mean.
enum ManPageSections {
  /// ENVIRONMENT, FILES and EXIT STATUS.
  static let common: String = environment + files + exitStatus

  private static let environment =
    ".SH ENVIRONMENT\n"
    + ManPageGenerator.option(
      label: Roff.bold("PROGRESSION_FRAMEWORKS"),
      "Folders to look for frameworks in, separated by ':', after the one given with --dir "
        + "and before ./frameworks."
    )
    + ManPageGenerator.option(
      label: Roff.bold("NO_COLOR"),
      "When set to anything but an empty value, no colour unless --color always is given."
    )
    + ManPageGenerator.option(
      label: Roff.bold("TERM"),
      "When 'dumb', no colour unless --color always is given."
    )
    + ManPageGenerator.option(
      label: Roff.bold("PROGRESSION_PAGER") + ", " + Roff.bold("PAGER"),
      "The pager for output longer than the terminal, the first that is set; less -FRX when "
        + "neither is. Empty or cat: no pager. Only on a terminal, and not with --no-pager."
    )
    + ManPageGenerator.option(
      label: Roff.bold("COLUMNS"),
      "The width to wrap text and help at on a terminal, instead of the terminal's own."
    )
    + ManPageGenerator.option(
      label: Roff.bold("LINES"),
      "The terminal's height, when it does not say: output longer than this is paged."
    )

  private static let files =
    ".SH FILES\n"
    + ManPageGenerator.option(
      label: Roff.italic("./frameworks"),
      "Where frameworks are looked for after --dir and $PROGRESSION_FRAMEWORKS, and what "
        + "validate checks when given no path."
    )
    + ManPageGenerator.option(
      label: Roff.italic("generic.md"),
      "A framework named generic in the same folder as another: the other inherits its "
        + "criteria and topic titles (show and diff, unless --no-inherit)."
    )

  private static let exitStatus =
    ".SH EXIT STATUS\n"
    + ManPageGenerator.option(label: Roff.bold("0"), "Success; validate found no errors.")
    + ManPageGenerator.option(
      label: Roff.bold("1"),
      "The input is invalid: a file is missing, unreadable or malformed, or validate found "
        + "errors (or warnings, with --strict)."
    )
    + ManPageGenerator.option(
      label: Roff.bold("2"),
      "Usage error: an unknown command or option, a missing or malformed argument."
    )
    + ManPageGenerator.option(
      label: Roff.bold("3"),
      "diff --exit-code only: the two sides differ."
    )
    + ManPageGenerator.option(
      label: Roff.bold("4"),
      "Output could not be written: standard output or standard error failed (a full disk, "
        + "a closed file); a reader that stops early, as head does, is not a failure."
    )
}
