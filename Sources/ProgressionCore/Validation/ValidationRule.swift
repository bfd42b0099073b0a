/// The checks `progression validate` runs beyond reading a file as a framework, each with a
/// stable id, a severity and whether `--fix` can repair what it finds.
///
/// Errors that stop a file from being read at all (front matter, YAML syntax, a document whose
/// shape is not a framework's) keep the rule ids of `FrameworkError.Reason.ruleID`; the two shape
/// errors that validation reports and then reads past are listed here too.
public enum ValidationRule: String, Hashable, Sendable, CaseIterable {
  /// A `level:` outside the framework's `1...levels`.
  case levelOutOfRange = "level-out-of-range"
  /// The same level twice in one topic.
  case duplicateLevel = "duplicate-level"
  /// A topic's levels not in ascending order.
  case levelOrder = "level-order"
  /// A level of `1...levels` that no topic has an entry for.
  case missingLevels = "missing-levels"
  /// Two topics with the same name (ignoring case).
  case duplicateTopic = "duplicate-topic"
  /// A topic whose `content` list is empty.
  case emptyTopic = "empty-topic"
  /// A level entry with neither `criteria` nor `exampleCriteria`.
  case emptyCriteria = "empty-criteria"
  /// A criterion with no text, or only white space.
  case emptyCriterion = "empty-criterion"
  /// An example with no text, or only white space.
  case emptyExample = "empty-example"
  /// The same criterion text twice in one framework.
  case duplicateCriterion = "duplicate-criterion"
  /// A key the framework format does not have; it is ignored.
  case unknownKey = "unknown-key"
  /// An example criterion without examples.
  case exampleWithoutExamples = "example-without-examples"
  /// Leading or trailing white space, or doubled spaces, in a criterion or an example.
  case whitespace
  /// UTF-8 text that was once decoded as Mac Roman or Windows-1252 and saved again.
  case mojibake
  /// A byte-order mark, or CRLF and LF line endings mixed in one file.
  case encoding
  /// A tab after a `-` or `:` indicator: valid YAML 1.2, but libyaml-based readers refuse it.
  case tabAfterIndicator = "tab-after-indicator"
  /// An invisible or look-alike space character (U+00A0, U+200B, U+2028, ...) in a criterion
  /// or an example.
  case invisibleCharacter = "invisible-character"
  /// A topic title the site never shows, because generic has a topic of that name.
  case hiddenTopicTitle = "hidden-topic-title"
  /// A topic without a title that generic does not give one either: the site shows an empty
  /// heading.
  case missingTopicTitle = "missing-topic-title"
  /// Two frameworks of one run claiming the same front matter `path`: the site builds one page.
  case duplicateSitePath = "duplicate-site-path"

  /// The id shown in brackets after a finding's message, such as `duplicate-level`.
  public var id: String { rawValue }

  /// How serious a finding of this rule is, unless `--strict` makes every warning an error.
  public var severity: Diagnostic.Severity {
    switch self {
    case .levelOutOfRange, .duplicateLevel, .duplicateTopic, .emptyCriterion, .emptyExample,
      .duplicateSitePath:
      .error
    case .levelOrder, .missingLevels, .emptyTopic, .emptyCriteria, .duplicateCriterion,
      .unknownKey, .exampleWithoutExamples, .whitespace, .mojibake, .encoding,
      .tabAfterIndicator, .invisibleCharacter, .hiddenTopicTitle, .missingTopicTitle:
      .warning
    }
  }

  /// Whether `--fix` repairs some findings of the rule (those whose diagnostic has a fix).
  public var isFixable: Bool {
    switch self {
    case .whitespace, .mojibake, .tabAfterIndicator, .invisibleCharacter: true
    default: false
    }
  }

  /// What the rule checks, in one line, as the README's rules table says it.
  public var summary: String {
    switch self {
    case .levelOutOfRange: "a level outside the framework's 1 to 'levels'"
    case .duplicateLevel: "the same level twice in one topic"
    case .levelOrder: "a topic's levels not in ascending order"
    case .missingLevels: "a level up to 'levels' that no topic has"
    case .duplicateTopic: "two topics with the same name, ignoring case"
    case .emptyTopic: "a topic with an empty 'content' list"
    case .emptyCriteria: "a level entry with no criteria at all"
    case .emptyCriterion: "a criterion that is empty or only white space"
    case .emptyExample: "an example that is empty or only white space"
    case .duplicateCriterion: "the same criterion twice in one framework"
    case .unknownKey: "a key the format does not have, with the nearest known key"
    case .exampleWithoutExamples: "an example criterion with no examples"
    case .whitespace: "leading, trailing or doubled spaces in a criterion or an example"
    case .mojibake: "text that is UTF-8 once decoded as Mac Roman or Windows-1252"
    case .encoding: "a byte-order mark, or CRLF and LF line endings mixed"
    case .tabAfterIndicator: "a tab after '-' or ':', which libyaml-based readers refuse"
    case .invisibleCharacter: "an invisible or look-alike space in a criterion or an example"
    case .hiddenTopicTitle: "a topic title the site hides behind generic's"
    case .missingTopicTitle: "a topic with no title, here or in generic"
    case .duplicateSitePath: "two frameworks claiming the same front matter 'path'"
    }
  }
}
