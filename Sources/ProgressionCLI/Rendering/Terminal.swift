#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What an output stream is connected to, read once so renderers never look at the environment.
struct Terminal: Hashable, Sendable {
  /// Whether the stream is a terminal (`isatty`).
  var isTerminal: Bool
  /// The terminal's width in columns as the kernel reports it, when known.
  var reportedColumns: Int?
  /// The process environment; only `COLUMNS`, `NO_COLOR` and `TERM` are read.
  var environment: [String: String]

  init(isTerminal: Bool, reportedColumns: Int? = nil, environment: [String: String] = [:]) {
    self.isTerminal = isTerminal
    self.reportedColumns = reportedColumns
    self.environment = environment
  }

  /// A stream that is not a terminal: a pipe or a file.
  static let pipe = Terminal(isTerminal: false)

  /// Describes the file descriptor `descriptor` (standard output by default).
  static func describing(
    descriptor: Int32 = STDOUT_FILENO,
    environment: [String: String]
  ) -> Terminal {
    guard isatty(descriptor) == 1 else {
      return Terminal(isTerminal: false, environment: environment)
    }
    var size = winsize()
    #if canImport(Glibc)
    let status = ioctl(descriptor, UInt(TIOCGWINSZ), &size)
    #else
    let status = ioctl(descriptor, TIOCGWINSZ, &size)
    #endif
    let columns = status == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
    return Terminal(isTerminal: true, reportedColumns: columns, environment: environment)
  }

  /// The width to wrap at, given `--width` (`nil` when absent; `0` means never wrap).
  ///
  /// An explicit width always wins. Otherwise text is wrapped only on a terminal: to `COLUMNS`
  /// when it is a positive number, else to the width the terminal reports, else to 80 columns.
  /// Output into a pipe or a file is never wrapped unless `--width` asks for it.
  func wrapWidth(requested: Int?) -> Int? {
    if let requested { return requested > 0 ? requested : nil }
    guard isTerminal else { return nil }
    if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
    return reportedColumns ?? 80
  }

  /// Whether to colour, given `--color`.
  ///
  /// `auto` colours only a terminal, and only when `NO_COLOR` is unset or empty and `TERM` is not
  /// `dumb`. `always` colours even when `NO_COLOR` is set: no-color.org asks that a per-run
  /// command-line flag override the environment variable.
  func usesColor(_ mode: ColorMode) -> Bool {
    switch mode {
    case .always: return true
    case .never: return false
    case .auto:
      guard isTerminal else { return false }
      if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
      return environment["TERM"] != "dumb"
    }
  }

  /// The text style for `--color` and `--width` on this stream.
  func textStyle(color: ColorMode, width: Int?) -> TextStyle {
    TextStyle(width: wrapWidth(requested: width), usesColor: usesColor(color))
  }
}
