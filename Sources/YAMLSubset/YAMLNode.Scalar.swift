extension YAMLNode {
  /// A scalar: its text after unquoting, escapes and folding, and the style it was written in.
  public struct Scalar: Hashable, Sendable {
    /// How a scalar was written in the source.
    public enum Style: String, Hashable, Sendable {
      /// Unquoted, such as `level` or `3`: the only style whose value is resolved by the schema.
      case plain
      /// Between single quotes, `''` standing for one quote.
      case singleQuoted
      /// Between double quotes, with backslash escapes.
      case doubleQuoted
      /// A `|` block scalar: line breaks kept.
      case literal
      /// A `>` block scalar: line breaks folded into spaces.
      case folded
    }

    /// The scalar's content, as YAML reads it: quotes removed, escapes applied, lines folded.
    public var text: String
    /// Where it starts (its opening quote or block indicator, if any).
    public var position: SourcePosition
    /// How it was written. Stored after `position`, so that it fills the position's last two
    /// spare bytes and a scalar takes 32 bytes, not 40.
    public var style: Style

    /// Creates a scalar from its content, style and position.
    public init(text: String, style: Style, position: SourcePosition) {
      self.text = text
      self.style = style
      self.position = position
    }

    /// The value the YAML 1.2 core schema gives this scalar.
    ///
    /// Only plain scalars are resolved: `null`, `~` and the empty scalar are null; `true` and
    /// `false` (in three casings) are booleans; decimal, `0o` octal and `0x` hex numbers are
    /// integers; other numbers, `.inf` and `.nan` are floats. Everything else, and every quoted
    /// or block scalar, is a string.
    public var value: Value { style == .plain ? Value(resolvingPlain: text) : .string(text) }

    /// Whether the scalar is null by the core schema (`null`, `~`, or nothing at all).
    public var isNull: Bool { value == .null }
  }
}
