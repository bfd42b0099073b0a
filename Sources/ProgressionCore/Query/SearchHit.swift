/// One text of a framework that matches a `SearchQuery`.
public struct SearchHit: Hashable, Sendable {
  /// What kind of text matched.
  public enum Kind: String, Hashable, Sendable {
    /// A topic's title, as displayed.
    case topicTitle = "topic-title"
    /// A criterion written under `criteria:`.
    case criterion
    /// A criterion written under `exampleCriteria:`.
    case exampleCriterion = "example-criterion"
    /// A worked example of an example criterion.
    case example
  }

  /// The name that reaches the framework, as `list` shows it.
  public var framework: String
  /// The path shown for the framework's file.
  public var source: String
  /// The topic's name.
  public var topic: String
  /// The topic's title, as displayed.
  public var topicTitle: String
  /// The level, or `nil` for a topic title.
  public var level: Int?
  /// What kind of text matched.
  public var kind: Kind
  /// The text, exactly as the framework has it.
  public var text: String
  /// Whether the text is inherited from the folder's `generic` framework.
  public var isInherited: Bool
  /// The matched words in `text`, in order, not overlapping.
  public var matches: [Range<String.Index>]

  /// Creates a hit.
  public init(
    framework: String,
    source: String,
    topic: String,
    topicTitle: String,
    level: Int?,
    kind: Kind,
    text: String,
    isInherited: Bool,
    matches: [Range<String.Index>]
  ) {
    self.framework = framework
    self.source = source
    self.topic = topic
    self.topicTitle = topicTitle
    self.level = level
    self.kind = kind
    self.text = text
    self.isInherited = isInherited
    self.matches = matches
  }
}
