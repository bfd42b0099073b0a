/// What standard output is connected to, taken from the tool's environment once so that
/// renderers never look at the environment themselves.
struct Terminal: Hashable, Sendable {
  /// Whether the stream is a terminal.
  var isTerminal: Bool
  /// The terminal's width in columns as the system reports it, when known.
  var reportedColumns: Int?
  /// The environment variables; only `COLUMNS`, `NO_COLOR` and `TERM` are read.
  var variables: [String: String]

  init(isTerminal: Bool, reportedColumns: Int? = nil, variables: [String: String] = [:]) {
    self.isTerminal = isTerminal
    self.reportedColumns = reportedColumns
    self.variables = variables
  }

  /// Standard output of the run described by `environment`.
  init(standardOutputOf environment: Tool.Environment) {
    self.init(
      isTerminal: environment.isStandardOutputTerminal,
      reportedColumns: environment.terminalWidth,
      variables: environment.variables
    )
  }

  /// A stream that is not a terminal: a pipe or a file.
  static let pipe = Terminal(isTerminal: false)

  /// The width to wrap at, given `--width` (`nil` when absent; `0` means never wrap).
  ///
  /// An explicit width always wins. Otherwise text is wrapped only on a terminal: to `COLUMNS`
  /// when it is a positive number (so `COLUMNS=60 progression show backend` works), else to the
  /// width the terminal reports, else to 80 columns. Output into a pipe or a file is never
  /// wrapped unless `--width` asks for it. Whatever the source, the width is at most
  /// `maximumWidth`.
  func wrapWidth(requested: Int?) -> Int? {
    if let requested { return requested > 0 ? min(requested, Self.maximumWidth) : nil }
    guard isTerminal else { return nil }
    if let text = variables["COLUMNS"], let columns = Int(text), columns > 0 {
      return min(columns, Self.maximumWidth)
    }
    return min(reportedColumns ?? 80, Self.maximumWidth)
  }

  /// The widest text is wrapped to, in columns: wider than any screen, and narrow enough that
  /// padding side-by-side columns to it (`--width 100000000`) stays small and quick.
  static let maximumWidth = 1000

  /// Whether to colour, given `--color`: see `ColorMode.usesColor(isTerminal:variables:)`.
  /// `always` colours even when `NO_COLOR` is set, as no-color.org asks of a per-run flag.
  func usesColor(_ mode: ColorMode) -> Bool {
    mode.usesColor(isTerminal: isTerminal, variables: variables)
  }

  /// The text style for `--color` and `--width` on this stream.
  func textStyle(color: ColorMode, width: Int?) -> TextStyle {
    TextStyle(width: wrapWidth(requested: width), usesColor: usesColor(color))
  }
}
