extension YAMLError {
  /// What went wrong. Each case is named after the problem, not the place it was found.
  public enum Reason: Hashable, Sendable {
    /// The bytes are not valid UTF-8.
    case invalidUTF8
    /// A tab character is used to indent a line.
    case tabIndentation
    /// An anchor (`&name`) or an alias (`*name`).
    case anchorOrAlias
    /// A tag (`!tag`, `!!str`).
    case tag
    /// A complex mapping key (`? key`).
    case complexKey
    /// A directive (`%YAML`, `%TAG`).
    case directive
    /// A second document in one stream.
    case multipleDocuments
    /// The same key twice in one mapping; `firstLine` is where it first appears.
    case duplicateKey(String, firstLine: Int)
    /// Collections nested deeper than the parser allows.
    case nestingTooDeep(limit: Int)
    /// A plain integer that does not fit in a 64-bit signed integer.
    case integerOutOfRange(String)
    /// Any other construct outside the subset, or malformed YAML, described in words.
    case syntax(String)

    /// The message shown to the user after `error:`.
    public var message: String {
      switch self {
      case .invalidUTF8:
        "the file is not valid UTF-8; save it with UTF-8 encoding"
      case .tabIndentation:
        "tabs are not allowed for indentation; use spaces"
      case .anchorOrAlias:
        "anchors and aliases are not supported; write the value out in full"
      case .tag:
        "tags are not supported; remove the '!' tag"
      case .complexKey:
        "complex keys ('?') are not supported; use a plain or quoted key"
      case .directive:
        "directives such as '%YAML' are not supported; remove the line"
      case .multipleDocuments:
        "only one YAML document is allowed; remove the second '---' or split the file"
      case .duplicateKey(let key, let firstLine):
        "duplicate key '\(key)' (first defined on line \(firstLine)); remove one of them"
      case .nestingTooDeep(let limit):
        "nesting is deeper than \(limit) levels"
      case .integerOutOfRange(let text):
        "integer '\(text)' is too large; quote it to keep it as text"
      case .syntax(let description):
        description
      }
    }
  }
}
