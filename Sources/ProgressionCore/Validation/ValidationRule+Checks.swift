extension ValidationRule {
  /// The checks run on a file that could be read, in the order `validate --help` lists them.
  public static let checks: [ValidationRule] = [
    levelOutOfRange, duplicateLevel, levelOrder, missingLevels, duplicateTopic, emptyTopic,
    emptyCriteria, emptyCriterion, emptyExample, duplicateCriterion, unknownKey,
    exampleWithoutExamples, whitespace, mojibake, encoding, tabAfterIndicator,
    invisibleCharacter, hiddenTopicTitle, missingTopicTitle, duplicateSitePath,
  ]

  /// A `level:` outside the framework's `1...levels`; the reader reports it too.
  public static let levelOutOfRange = Self(
    "level-out-of-range",
    .error,
    .check,
    "a level outside the framework's 1 to 'levels'"
  )
  /// The same level twice in one topic, with a note at the first; the reader reports it too.
  public static let duplicateLevel = Self(
    "duplicate-level",
    .error,
    .check,
    "the same level twice in one topic"
  )
  /// A topic's levels not in ascending order.
  public static let levelOrder = Self(
    "level-order",
    .warning,
    .check,
    "a topic's levels not in ascending order"
  )
  /// A level of `1...levels` that no topic has an entry for.
  public static let missingLevels = Self(
    "missing-levels",
    .warning,
    .check,
    "a level up to 'levels' that no topic has"
  )
  /// Two topics with the same name (ignoring case).
  public static let duplicateTopic = Self(
    "duplicate-topic",
    .error,
    .check,
    "two topics with the same name, ignoring case"
  )
  /// A topic whose `content` list is empty.
  public static let emptyTopic = Self(
    "empty-topic",
    .warning,
    .check,
    "a topic with an empty 'content' list"
  )
  /// A level entry with neither `criteria` nor `exampleCriteria`.
  public static let emptyCriteria = Self(
    "empty-criteria",
    .warning,
    .check,
    "a level entry with no criteria at all"
  )
  /// A criterion with no text, or only white space.
  public static let emptyCriterion = Self(
    "empty-criterion",
    .error,
    .check,
    "a criterion that is empty or only white space"
  )
  /// An example with no text, or only white space.
  public static let emptyExample = Self(
    "empty-example",
    .error,
    .check,
    "an example that is empty or only white space"
  )
  /// The same criterion text twice in one framework.
  public static let duplicateCriterion = Self(
    "duplicate-criterion",
    .warning,
    .check,
    "the same criterion twice in one framework"
  )
  /// A key the framework format does not have; it is ignored.
  public static let unknownKey = Self(
    "unknown-key",
    .warning,
    .check,
    "a key the format does not have, with the nearest known key"
  )
  /// An example criterion without examples.
  public static let exampleWithoutExamples = Self(
    "example-without-examples",
    .warning,
    .check,
    "an example criterion with no examples"
  )
  /// Leading or trailing white space, or doubled spaces, in a criterion or an example; `--fix`
  /// removes it at the ends of one-line quoted texts.
  public static let whitespace = Self(
    "whitespace",
    .warning,
    .check,
    "leading, trailing or doubled spaces in a criterion or an example",
    isFixable: true
  )
  /// UTF-8 text that was once decoded as Mac Roman or Windows-1252 and saved again.
  public static let mojibake = Self(
    "mojibake",
    .warning,
    .check,
    "text that is UTF-8 once decoded as Mac Roman or Windows-1252",
    isFixable: true
  )
  /// A byte-order mark, or CRLF and LF line endings mixed in one file.
  public static let encoding = Self(
    "encoding",
    .warning,
    .check,
    "a byte-order mark, or CRLF and LF line endings mixed"
  )
  /// A tab after a `-` or `:` indicator: valid YAML 1.2, but libyaml-based readers refuse it.
  public static let tabAfterIndicator = Self(
    "tab-after-indicator",
    .warning,
    .check,
    "a tab after '-' or ':', which libyaml-based readers refuse",
    isFixable: true
  )
  /// An invisible or look-alike space character (U+00A0, U+200B, U+2028, ...) in a criterion
  /// or an example.
  public static let invisibleCharacter = Self(
    "invisible-character",
    .warning,
    .check,
    "an invisible or look-alike space in a criterion or an example",
    isFixable: true
  )
  /// A topic title the site never shows, because generic has a topic of that name.
  public static let hiddenTopicTitle = Self(
    "hidden-topic-title",
    .warning,
    .check,
    "a topic title the site hides behind generic's"
  )
  /// A topic without a title that generic does not give one either: the site shows an empty
  /// heading.
  public static let missingTopicTitle = Self(
    "missing-topic-title",
    .warning,
    .check,
    "a topic with no title, here or in generic"
  )
  /// Two frameworks of one run claiming the same front matter `path`: the site builds one page.
  public static let duplicateSitePath = Self(
    "duplicate-site-path",
    .error,
    .check,
    "two frameworks claiming the same front matter 'path'"
  )
}
