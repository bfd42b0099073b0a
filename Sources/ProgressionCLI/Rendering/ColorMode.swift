/// When to colour what the tool writes to a terminal.
package enum ColorMode: String, CaseIterable, Hashable, Sendable {
  /// Colour when the stream is a terminal, `NO_COLOR` is unset or empty and `TERM` is not `dumb`.
  case auto
  /// Always colour, even into a pipe; overrides `NO_COLOR`, as https://no-color.org asks.
  case always
  /// Never colour.
  case never

  /// Whether to colour a stream.
  ///
  /// - Parameters:
  ///   - isTerminal: whether the stream goes to a terminal.
  ///   - variables: the environment variables.
  package func usesColor(isTerminal: Bool, variables: [String: String]) -> Bool {
    switch self {
    case .always: true
    case .never: false
    case .auto:
      isTerminal && (variables["NO_COLOR"] ?? "").isEmpty && variables["TERM"] != "dumb"
    }
  }
}
