extension YAMLError {
  /// What went wrong. Each case is named after the problem, not the place it was found.
  public enum Reason: Hashable, Sendable {
    /// The bytes are not valid UTF-8; the position is the first byte of the bad sequence.
    case invalidUTF8
    /// A raw character outside YAML's printable set: a C0 control other than tab, line feed
    /// and carriage return, DEL, a C1 control other than U+0085, or U+FFFE/U+FFFF.
    case nonPrintableCharacter(Unicode.Scalar)
    /// A byte-order mark (U+FEFF) after the start of the document.
    case byteOrderMarkInDocument
    /// A carriage return that is not followed by a line feed.
    case carriageReturnWithoutLineFeed
    /// A tab character is used to indent a line.
    case tabIndentation
    /// An anchor (`&name`) or an alias (`*name`).
    case anchorOrAlias
    /// A tag (`!tag`, `!!str`).
    case tag
    /// A complex mapping key (`? key`, or a flow collection used as a key).
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
    /// `@` or `` ` `` at the start of a plain scalar: YAML reserves them.
    case reservedIndicator(Character)
    /// An indicator such as `%`, `,`, `]` or `}` where a plain scalar would start.
    case indicatorStartsPlainScalar(Character)
    /// A quoted scalar that is still open at the end of the document or at a document marker.
    case unclosedQuote(Character, openedAt: SourcePosition)
    /// A flow collection that is still open at the end of the document or at a document marker.
    case unclosedFlowCollection(Character, openedAt: SourcePosition)
    /// A line inside a quoted scalar or a flow collection that is not indented more than the
    /// key or `-` that owns it; `minimumColumn` is the first column it may start at.
    case underindentedContinuation(openedAt: SourcePosition, minimumColumn: Int)
    /// A backslash escape that YAML does not define, or a code point that does not exist.
    case invalidEscape(String)
    /// A key that spans several lines; `keyLine` is where it starts, the position its `:`.
    case multilineKey(keyLine: Int)
    /// A line indented differently from the entries of the collection it follows.
    case unexpectedIndentation(expectedColumn: Int)
    /// A `key: value` line whose value is itself a mapping started on the same line (`a: b: c`).
    case nestedMappingOnKeyLine
    /// A block sequence started on the line of its key (`key: - item`).
    case sequenceOnKeyLine
    /// A `- ` entry among the keys of a block mapping.
    case sequenceEntryInMapping
    /// A line of a block mapping that has no `:` after its key.
    case missingColonAfterKey(String)
    /// A `:` with no key before it.
    case emptyKey
    /// Text after a complete value on the same line.
    case unexpectedContent
    /// A `#` that would start a comment but has no white space before it.
    case commentWithoutSpace
    /// Any other construct outside the subset, or malformed YAML, described in words.
    case syntax(String)

    /// The message shown to the user after `error:`.
    public var message: String {
      switch self {
      case .invalidUTF8:
        "the file is not valid UTF-8; save it with UTF-8 encoding"
      case .nonPrintableCharacter(let scalar):
        "the non-printable character '\(Self.codePoint(scalar))' is not allowed in YAML; "
          + "write it as the escape '\\u\(Self.hex(scalar))' inside a double-quoted string"
      case .byteOrderMarkInDocument:
        "a byte-order mark ('U+FEFF') may only start the file; remove this one"
      case .carriageReturnWithoutLineFeed:
        "a carriage return must be followed by a line feed; save the file with LF or CRLF "
          + "line endings"
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
        "collections are nested deeper than \(limit) levels; flatten the document"
      case .integerOutOfRange(let text):
        "integer '\(text)' is too large; quote it to keep it as text"
      case .reservedIndicator(let character):
        "the reserved indicator '\(character)' cannot start a plain value; put the value in "
          + "quotes"
      case .indicatorStartsPlainScalar(let character):
        "the indicator '\(character)' cannot start a plain value; put the value in quotes"
      case .unclosedQuote(let quote, let start):
        "the \(quote == "'" ? "single" : "double")-quoted string that starts at "
          + "\(Self.describe(start)) is never closed; add the closing quote"
      case .unclosedFlowCollection(let opener, let start):
        "the '\(opener)' at \(Self.describe(start)) is never closed; add the closing "
          + "'\(opener == "[" ? "]" : "}")'"
      case .underindentedContinuation(let start, let minimumColumn):
        "the value that starts at \(Self.describe(start)) is still open on this line, which "
          + "must then be indented to column \(minimumColumn) or more; close the value on an "
          + "earlier line, or indent this one"
      case .invalidEscape(let escape):
        "invalid escape '\(escape)' in a double-quoted string; write '\\\\' for a backslash"
      case .multilineKey(let keyLine):
        "this ':' ends a key that starts on line \(keyLine), but a key must fit on one line; "
          + "check the indentation of this line"
      case .unexpectedIndentation(let expectedColumn):
        "unexpected indentation: this line does not line up with the entries at column "
          + "\(expectedColumn) around it; align it with them, or fix the lines above"
      case .nestedMappingOnKeyLine:
        "a mapping cannot start on the same line as its key; put it on the next line, "
          + "indented, or quote the value if ': ' is part of the text"
      case .sequenceOnKeyLine:
        "a sequence cannot start on the same line as its key; put each '- ' entry on a line "
          + "of its own"
      case .sequenceEntryInMapping:
        "a '- ' entry cannot follow 'key: value' entries at the same indentation; put it "
          + "under a key"
      case .missingColonAfterKey(let key):
        "expected ':' after '\(key)'; write mapping entries as 'key: value'"
      case .emptyKey:
        "a key is missing before ':'; write the key, or quote the value if it starts with ':'"
      case .unexpectedContent:
        "unexpected text after the value; remove it, or start a comment with ' #'"
      case .commentWithoutSpace:
        "a comment needs white space before its '#'; add a space"
      case .syntax(let description):
        description
      }
    }

    private static func describe(_ position: SourcePosition) -> String {
      "line \(position.line), column \(position.column)"
    }

    private static func hex(_ scalar: Unicode.Scalar) -> String {
      let digits = String(scalar.value, radix: 16, uppercase: true)
      return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
      "U+\(hex(scalar))"
    }
  }
}
