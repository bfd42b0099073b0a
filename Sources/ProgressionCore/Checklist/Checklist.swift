/// A self-assessment checklist: the criteria of one level of a framework (or of every level up to
/// it), one item per criterion, grouped by topic, each ticked or not.
///
/// `init(framework:source:level:isCumulative:topics:)` makes a fresh one from a framework;
/// `ChecklistParser` reads one back from the Markdown a person keeps and ticks.
public struct Checklist: Hashable, Sendable {
  /// What the checklist was made from; what re-syncing needs.
  public var header: Header
  /// The topics, in the framework's order.
  public var topics: [Topic]
  /// The items in the "No longer in the framework" section: kept with their ticks and
  /// evidence, but no longer counted.
  public var retired: [Item]

  /// Creates a checklist from its parts.
  public init(header: Header, topics: [Topic], retired: [Item] = []) {
    self.header = header
    self.topics = topics
    self.retired = retired
  }

  /// Every item, topic by topic.
  public var items: [Item] { topics.flatMap(\.items) }
}

extension Checklist {
  /// The framework and level a checklist was made for.
  public struct Header: Hashable, Sendable {
    /// The framework's name, such as `backend`, as the catalog finds it.
    public var frameworkName: String
    /// The framework's title, such as `Backend Engineering Framework`.
    public var frameworkTitle: String
    /// The path of the framework's file when the checklist was made.
    public var source: String
    /// The level assessed.
    public var level: Int
    /// Whether the items cover every level up to `level`, not just `level`.
    public var isCumulative: Bool
    /// The names of the topics chosen with `--topic`; empty for every topic.
    public var topicNames: [String]
    /// The 1-based line of each key in the header read, by key; empty for a fresh checklist.
    public var keyLines: [String: Int] = [:]

    /// Creates a header.
    public init(
      frameworkName: String,
      frameworkTitle: String,
      source: String,
      level: Int,
      isCumulative: Bool = false,
      topicNames: [String] = []
    ) {
      self.frameworkName = frameworkName
      self.frameworkTitle = frameworkTitle
      self.source = source
      self.level = level
      self.isCumulative = isCumulative
      self.topicNames = topicNames
    }
  }

  /// One topic's items.
  public struct Topic: Hashable, Sendable {
    /// The topic's name (`name:` in the framework).
    public var name: String
    /// The title shown as the section's heading.
    public var title: String
    /// The items, lowest level first, in the order `show` lists criteria.
    public var items: [Item]
    /// The 1-based line of the topic's heading in the checklist it was read from.
    public var line: Int?

    /// Creates a topic.
    public init(name: String, title: String, items: [Item], line: Int? = nil) {
      self.name = name
      self.title = title
      self.items = items
      self.line = line
    }
  }

  /// One behaviour to show evidence for.
  public struct Item: Hashable, Sendable {
    /// Where the criterion comes from.
    public enum Kind: String, Hashable, Sendable {
      /// A plain criterion of the framework.
      case own
      /// An example criterion, which may carry worked examples.
      case example
      /// A criterion inherited from the folder's `generic` framework.
      case inherited
    }

    /// The stable id, from `ChecklistID`.
    public var id: String
    /// The level the criterion belongs to.
    public var level: Int
    /// The criterion's text.
    public var text: String
    /// Where the criterion comes from.
    public var kind: Kind
    /// The worked examples of an example criterion.
    public var examples: [String]
    /// Whether the person ticked it: they have evidence for it.
    public var isTicked: Bool
    /// The 1-based line of the item in the checklist it was read from; `nil` for a fresh one.
    public var line: Int?

    /// Creates an item.
    public init(
      id: String,
      level: Int,
      text: String,
      kind: Kind = .own,
      examples: [String] = [],
      isTicked: Bool = false,
      line: Int? = nil
    ) {
      self.id = id
      self.level = level
      self.text = text
      self.kind = kind
      self.examples = examples
      self.isTicked = isTicked
      self.line = line
    }
  }
}
