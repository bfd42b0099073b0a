/// What `show` and `list` print (`--format`, `-f`).
enum OutputFormat: String, Hashable, Sendable, CaseIterable {
  /// For a person at a terminal: wrapped, with bold and colour when the terminal allows.
  case text
  /// CommonMark to paste into a document or a wiki.
  case markdown
  /// For programs: one documented schema with a fixed key order.
  case json
}
