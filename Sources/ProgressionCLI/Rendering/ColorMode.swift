/// When to colour text output (`--color`).
enum ColorMode: String, Hashable, Sendable, CaseIterable {
  /// Colour when the output is a terminal, `NO_COLOR` is unset or empty and `TERM` is not `dumb`.
  case auto
  /// Always colour, even into a pipe and even when `NO_COLOR` is set: a command-line flag beats the
  /// environment, as no-color.org recommends.
  case always
  /// Never colour.
  case never
}
