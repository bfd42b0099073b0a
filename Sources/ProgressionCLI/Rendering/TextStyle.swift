/// How text output looks: the width to wrap to and whether to use bold and colour.
///
/// Renderers take a style and never look at the environment; `Terminal.textStyle(color:width:)`
/// makes the decisions.
struct TextStyle: Hashable, Sendable {
  /// The column to wrap at, or `nil` to never wrap.
  var width: Int?
  /// Whether to emit ANSI escape sequences for bold and colour.
  var usesColor: Bool

  init(width: Int? = nil, usesColor: Bool = false) {
    self.width = width
    self.usesColor = usesColor
  }

  /// No wrapping and no colour: what goes into a pipe, a file or a golden test.
  static let plain = TextStyle()
}
