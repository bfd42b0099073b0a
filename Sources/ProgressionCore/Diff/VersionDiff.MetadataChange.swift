extension VersionDiff {
  /// A change to a framework-wide setting of the front matter.
  public struct MetadataChange: Hashable, Sendable {
    /// Which setting changed.
    public enum Field: String, Hashable, Sendable, CaseIterable {
      /// `title:`.
      case title
      /// `levels:`, the number of levels.
      case levels
      /// `path:`, the site path.
      case sitePath = "path"
      /// `sidebarTitle:`.
      case sidebarTitle
      /// `sidebarGroup:`.
      case sidebarGroup
      /// `homepage:`.
      case homepage
      /// `yaml:`, whether the framework is prose only.
      case proseOnly = "yaml"
      /// The Markdown text of a prose-only framework, which is its whole content; its values
      /// say how many lines it has (`12 lines`), as the text itself is too long to show.
      case text
    }

    /// Which setting changed; its raw value is the front-matter key.
    public var field: Field
    /// The old value as text, or `nil` when it was not set.
    public var old: String?
    /// The new value as text, or `nil` when it is no longer set.
    public var new: String?

    /// Creates a metadata change.
    public init(field: Field, old: String?, new: String?) {
      self.field = field
      self.old = old
      self.new = new
    }
  }
}
