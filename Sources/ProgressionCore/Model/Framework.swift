/// An engineering progression framework: levels, and topics whose criteria say what is expected at
/// each level.
public struct Framework: Hashable, Sendable {
  /// The file's stem, such as `backend`; how the framework is named on the command line.
  public var name: String
  /// The human title, such as `🛠️ Backend Engineering Framework`.
  public var title: String
  /// How many levels the framework has; its levels are `1...levelCount`, at most
  /// `maximumLevelCount`.
  public var levelCount: Int

  /// The most levels a framework may have: far more than any career ladder, and few enough that
  /// listing or diffing every level stays small. A file with more is refused at its `levels:`.
  public static let maximumLevelCount = 1000
  /// The topics, in file order.
  public var topics: [Topic]
  /// The Markdown after the front matter, verbatim (empty for a `.yml` file).
  public var body: String
  /// The site path (`path:`), if given.
  public var sitePath: String?
  /// The short title for a sidebar (`sidebarTitle:`), if given.
  public var sidebarTitle: String?
  /// The sidebar group (`sidebarGroup:`), if given.
  public var sidebarGroup: String?
  /// Whether the framework is the site's home page (`homepage:`), if given.
  public var homepage: Bool?
  /// Whether the framework is prose only (`yaml: false`): its body is the content, and it may have
  /// no levels or topics.
  public var isProseOnly: Bool

  /// Creates a framework from its parts.
  public init(
    name: String,
    title: String,
    levelCount: Int,
    topics: [Topic],
    body: String = "",
    sitePath: String? = nil,
    sidebarTitle: String? = nil,
    sidebarGroup: String? = nil,
    homepage: Bool? = nil,
    isProseOnly: Bool = false
  ) {
    self.name = name
    self.title = title
    self.levelCount = levelCount
    self.topics = topics
    self.body = body
    self.sitePath = sitePath
    self.sidebarTitle = sidebarTitle
    self.sidebarGroup = sidebarGroup
    self.homepage = homepage
    self.isProseOnly = isProseOnly
  }

  /// The framework's levels, `1...levelCount` (empty for a prose-only framework).
  public var levels: ClosedRange<Int>? { levelCount > 0 ? 1...levelCount : nil }
}
