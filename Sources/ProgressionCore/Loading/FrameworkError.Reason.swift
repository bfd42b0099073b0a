public import YAMLSubset

extension FrameworkError {
  /// What is wrong with the file: one case per problem, named after the problem.
  ///
  /// Cases about a topic carry its name, and cases about a level entry its level, so that the
  /// message says where the problem is in words as well as by position. A `found` text is the
  /// offending scalar as written, or `nil` when the offending node is a list or a mapping.
  public enum Reason: Hashable, Sendable {
    /// The YAML itself is malformed or outside the subset.
    case yaml(YAMLError.Reason)
    /// A `.md` file that does not start with a `---` line.
    case missingFrontMatter
    /// A `.md` file whose front matter has no closing `---` line.
    case unclosedFrontMatter
    /// The Markdown body is not valid UTF-8 (the position is the first bad byte).
    case invalidUTF8InBody
    /// The front matter (or `.yml` file) holds no YAML at all.
    case emptyDocument
    /// The document is a list or a single value instead of a mapping of keys.
    case documentNotMapping
    /// No `title:`, or one without a value.
    case missingTitle
    /// A key whose value must be text (`title`, `name`, `path`, ...) holds a list or a mapping.
    case valueNotText(key: String)
    /// A key whose value must be `true` or `false` (`yaml`, `homepage`) holds something else.
    case valueNotBoolean(key: String, found: String?)
    /// No `levels:`, or one without a value, in a framework that is not prose only.
    case missingLevels
    /// `levels:` is not a whole number, such as `levels: six`.
    case levelsNotInteger(found: String?)
    /// `levels:` is zero or negative.
    case levelsNotPositive(Int)
    /// `levels:` is above `Framework.maximumLevelCount`, such as `levels: 100000000`.
    case levelsTooLarge(Int)
    /// No `topics:`, or one without a value, in a framework that is not prose only.
    case missingTopics
    /// `topics:` is not a list.
    case topicsNotList
    /// An item of `topics` is not a mapping.
    case topicNotMapping
    /// A topic without `name:`, or with an empty one.
    case missingTopicName
    /// A topic without `content:`.
    case missingContent(topic: String)
    /// A topic's `content:` is not a list.
    case contentNotList(topic: String)
    /// An item of a topic's `content` is not a mapping.
    case levelEntryNotMapping(topic: String)
    /// An item of a topic's `content` without `level:`.
    case missingLevel(topic: String)
    /// `level:` is not a whole number.
    case levelNotInteger(found: String?, topic: String)
    /// `level:` is outside `1...levelCount` (`levelCount` is 0 when `levels` is absent).
    case levelOutOfRange(Int, topic: String, levelCount: Int)
    /// The same level twice in one topic; `first` is where it first appears.
    case duplicateLevel(Int, topic: String, first: SourcePosition)
    /// `criteria:` is not a list.
    case criteriaNotList(topic: String, level: Int)
    /// A criterion (under `criteria:` or an example criterion's `criteria:`) is a list or a
    /// mapping, typically an unquoted text containing `: `.
    case criterionNotText(topic: String, level: Int)
    /// `exampleCriteria:` is not a list.
    case exampleCriteriaNotList(topic: String, level: Int)
    /// An item of `exampleCriteria` is not a mapping.
    case exampleCriterionNotMapping(topic: String, level: Int)
    /// An item of `exampleCriteria` without `criteria:`.
    case missingExampleCriterionText(topic: String, level: Int)
    /// `examples:` is not a list.
    case examplesNotList(topic: String, level: Int)
    /// An example is a list or a mapping, typically an unquoted text containing `: `.
    case exampleNotText(topic: String, level: Int)

    /// The message shown after `error:`: lowercase, no final period, user values in quotes.
    public var message: String {
      switch self {
      case .yaml(let reason):
        reason.message
      case .missingFrontMatter:
        "the file has no front matter; start it with a '---' line, then the YAML, then '---'"
      case .unclosedFrontMatter:
        "the front matter is never closed; add a '---' line after the YAML"
      case .invalidUTF8InBody:
        "the file is not valid UTF-8; save it with UTF-8 encoding"
      case .emptyDocument:
        "the front matter is empty; add at least 'title', 'levels' and 'topics'"
      case .documentNotMapping:
        "the front matter must be a mapping of keys such as 'title:' and 'levels:', "
          + "not a list or a single value"
      case .missingTitle:
        "the framework has no 'title'; add one such as 'title: Backend Engineering'"
      case .valueNotText(let key):
        "'\(key)' must be text, not a list or a mapping; write its value on the same line"
      case .valueNotBoolean(let key, let found):
        "'\(key)' must be 'true' or 'false', not \(Self.describe(found))"
      case .missingLevels:
        "the framework has no 'levels'; add how many levels it has, such as 'levels: 6'"
      case .levelsNotInteger(let found):
        "'levels' must be a whole number such as '6', not \(Self.describe(found))"
          + Self.quotedNumberHint(found)
      case .levelsNotPositive(let count):
        "'levels' must be at least 1, not '\(count)'"
      case .levelsTooLarge(let count):
        "'levels' must be at most \(Framework.maximumLevelCount), not '\(count)'; a framework "
          + "has one level per step of its career ladder"
      case .missingTopics:
        "the framework has no 'topics'; add a 'topics:' list, "
          + "or 'yaml: false' for a page that is prose only"
      case .topicsNotList:
        "'topics' must be a list with one '- name: ...' item per topic"
      case .topicNotMapping:
        "each topic must be a mapping that starts with '- name: ...'"
      case .missingTopicName:
        "this topic has no 'name'; add one such as 'name: communication'"
      case .missingContent(let topic):
        "topic '\(topic)' has no 'content'; add a 'content:' list with one '- level: N' item "
          + "per level"
      case .contentNotList(let topic):
        "'content' of topic '\(topic)' must be a list with one '- level: N' item per level"
      case .levelEntryNotMapping(let topic):
        "each item of 'content' in topic '\(topic)' must be a mapping that starts with "
          + "'- level: N'"
      case .missingLevel(let topic):
        "this item of 'content' in topic '\(topic)' has no 'level'; add one such as 'level: 1'"
      case .levelNotInteger(let found, let topic):
        "'level' in topic '\(topic)' must be a whole number such as '1', not "
          + Self.describe(found) + Self.quotedNumberHint(found)
      case .levelOutOfRange(let level, let topic, let levelCount):
        levelCount > 0
          ? "level \(level) in topic '\(topic)' is outside the framework's levels 1 to "
            + "\(levelCount); use one of them or raise 'levels'"
          : "level \(level) in topic '\(topic)' needs the framework's 'levels'; "
            + "add one such as 'levels: 6'"
      case .duplicateLevel(let level, let topic, let first):
        "level \(level) appears twice in topic '\(topic)' (first on line \(first.line)); "
          + "merge the two items"
      case .criteriaNotList(let topic, let level):
        "'criteria' at level \(level) of topic '\(topic)' must be a list of '- \"...\"' items"
      case .criterionNotText(let topic, let level):
        "a criterion at level \(level) of topic '\(topic)' must be text, not a list or a "
          + "mapping; put it in quotes if it contains ': '"
      case .exampleCriteriaNotList(let topic, let level):
        "'exampleCriteria' at level \(level) of topic '\(topic)' must be a list of "
          + "'- criteria: ...' items"
      case .exampleCriterionNotMapping(let topic, let level):
        "an example criterion at level \(level) of topic '\(topic)' must be a mapping with "
          + "'criteria:' and 'examples:'"
      case .missingExampleCriterionText(let topic, let level):
        "this example criterion at level \(level) of topic '\(topic)' has no 'criteria'; "
          + "add one such as 'criteria: \"...\"'"
      case .examplesNotList(let topic, let level):
        "'examples' at level \(level) of topic '\(topic)' must be a list of '- \"...\"' items"
      case .exampleNotText(let topic, let level):
        "an example at level \(level) of topic '\(topic)' must be text, not a list or a "
          + "mapping; put it in quotes if it contains ': '"
      }
    }

    /// `'text'` for a scalar, `a list or a mapping` otherwise.
    private static func describe(_ found: String?) -> String {
      found.map { "'\($0)'" } ?? "a list or a mapping"
    }

    /// A hint for a number written in quotes, which YAML reads as text.
    private static func quotedNumberHint(_ found: String?) -> String {
      guard let found, YAMLNode.Scalar.Value.looksLikeInteger(found) else { return "" }
      return "; remove the quotes around it"
    }
  }
}
