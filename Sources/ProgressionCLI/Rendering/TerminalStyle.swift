/// ANSI styles for terminal output, or nothing at all when colour is off.
package struct TerminalStyle: Hashable, Sendable {
  /// Whether styles are written; when `false`, every method returns its text unchanged.
  package var isEnabled: Bool

  /// Creates a style that writes escapes only when `isEnabled`.
  package init(isEnabled: Bool) {
    self.isEnabled = isEnabled
  }

  /// An SGR style: `1` bold, `31` red, `33` yellow, `36` cyan, `32` green.
  package struct Attributes: Hashable, Sendable {
    /// The SGR parameters, such as `1;31`.
    package var codes: String

    package static let bold = Attributes(codes: "1")
    package static let boldRed = Attributes(codes: "1;31")
    package static let boldYellow = Attributes(codes: "1;33")
    package static let boldCyan = Attributes(codes: "1;36")
    package static let boldGreen = Attributes(codes: "1;32")
  }

  /// `text` wrapped in the escapes for `attributes`, then a reset.
  package func apply(_ attributes: Attributes, to text: String) -> String {
    guard isEnabled, !text.isEmpty else { return text }
    return "\u{1B}[\(attributes.codes)m\(text)\u{1B}[0m"
  }
}
