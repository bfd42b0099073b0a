extension VersionDiff {
  /// A change to a topic as a whole. Topics are identified by their id (`name:`), so a changed id
  /// reads as one topic removed and another added, with the criteria that kept their text shown
  /// as moved.
  public enum TopicChange: Hashable, Sendable {
    /// The topic is new; its criteria are listed as added.
    case added
    /// The topic is gone; its criteria are listed as removed (or moved, if they live on
    /// elsewhere).
    case removed
    /// The topic's title changed. Either title is `nil` when absent or empty.
    case retitled(old: String?, new: String?)
  }
}
