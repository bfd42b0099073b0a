extension VersionDiff {
  /// How many changes of each kind a diff has.
  public struct Summary: Hashable, Sendable {
    /// Criterion and example changes by kind; kinds that never occur are absent.
    public var changes: [Change.Kind: Int]
    /// Topics added.
    public var topicsAdded: Int
    /// Topics removed.
    public var topicsRemoved: Int
    /// Topics whose title changed.
    public var topicsRetitled: Int
    /// Framework-wide settings changed (title, number of levels, ...).
    public var metadataChanges: Int

    /// Counts the changes of a diff.
    public init(
      metadataChanges: [MetadataChange],
      topics: [TopicDiff]
    ) {
      var changes: [Change.Kind: Int] = [:]
      var added = 0
      var removed = 0
      var retitled = 0
      for topic in topics {
        switch topic.topicChange {
        case .added: added += 1
        case .removed: removed += 1
        case .retitled: retitled += 1
        case nil: break
        }
        for change in topic.changes { changes[change.kind, default: 0] += 1 }
      }
      self.changes = changes
      self.topicsAdded = added
      self.topicsRemoved = removed
      self.topicsRetitled = retitled
      self.metadataChanges = metadataChanges.count
    }

    /// The number of changes of `kind`.
    public func count(of kind: Change.Kind) -> Int { changes[kind] ?? 0 }

    /// The number of all changes, of criteria, examples, topics and settings.
    public var total: Int {
      changes.values.reduce(0, +) + topicsAdded + topicsRemoved + topicsRetitled + metadataChanges
    }
  }
}
