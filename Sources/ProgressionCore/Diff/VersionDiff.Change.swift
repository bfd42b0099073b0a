public import YAMLSubset

extension VersionDiff {
  /// One change to a criterion or an example between two versions of a framework.
  ///
  /// Criteria are compared by text: a criterion whose text is unchanged but now sits at another
  /// topic or level is `moved`; one whose text changed while it stayed at its topic and level is
  /// `reworded` when the two texts share at least half their words in order (see
  /// `WordDiff.similarity(_:_:)`); anything else is `removed` and `added`. Example changes are
  /// reported under the criterion they belong to, in its new version.
  public enum Change: Hashable, Sendable {
    /// A criterion that only the new version has, with its examples.
    case added(Criterion, at: Place)
    /// A criterion that only the old version has, with its examples.
    case removed(Criterion, at: Place)
    /// A criterion with the same text at another topic or level.
    case moved(old: Criterion, new: Criterion, from: Place, to: Place)
    /// A criterion whose text changed at the same topic and level.
    case reworded(old: Criterion, new: Criterion, at: Place, words: WordDiff)
    /// An example that only the new version of a criterion has.
    case exampleAdded(Example, criterion: Criterion, at: Place)
    /// An example that only the old version of a criterion has.
    case exampleRemoved(Example, criterion: Criterion, at: Place)
    /// An example whose text changed under the same criterion.
    case exampleReworded(
      old: Example,
      new: Example,
      criterion: Criterion,
      at: Place,
      words: WordDiff
    )

    /// The kind of a change, with the stable names used in JSON output.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
      case added
      case removed
      case moved
      case reworded
      case exampleAdded = "example-added"
      case exampleRemoved = "example-removed"
      case exampleReworded = "example-reworded"
    }

    /// The change's kind.
    public var kind: Kind {
      switch self {
      case .added: .added
      case .removed: .removed
      case .moved: .moved
      case .reworded: .reworded
      case .exampleAdded: .exampleAdded
      case .exampleRemoved: .exampleRemoved
      case .exampleReworded: .exampleReworded
      }
    }

    /// Where the change is shown: the new place, or the old one for a removed criterion.
    public var place: Place {
      switch self {
      case .added(_, let place), .removed(_, let place): place
      case .moved(_, _, _, let place): place
      case .reworded(_, _, let place, _): place
      case .exampleAdded(_, _, let place), .exampleRemoved(_, _, let place): place
      case .exampleReworded(_, _, _, let place, _): place
      }
    }

    /// Where a moved criterion was; `nil` for other changes.
    public var oldPlace: Place? {
      if case .moved(_, _, let from, _) = self { return from }
      return nil
    }

    /// The text before the change (of the criterion, or of the example for example changes);
    /// `nil` for additions.
    public var oldText: String? {
      switch self {
      case .added, .exampleAdded: nil
      case .removed(let criterion, _): criterion.text
      case .moved(let old, _, _, _), .reworded(let old, _, _, _): old.text
      case .exampleRemoved(let example, _, _): example.text
      case .exampleReworded(let old, _, _, _, _): old.text
      }
    }

    /// The text after the change; `nil` for removals.
    public var newText: String? {
      switch self {
      case .removed, .exampleRemoved: nil
      case .added(let criterion, _): criterion.text
      case .moved(_, let new, _, _), .reworded(_, let new, _, _): new.text
      case .exampleAdded(let example, _, _): example.text
      case .exampleReworded(_, let new, _, _, _): new.text
      }
    }

    /// For example changes, the criterion the example belongs to (in the new version).
    public var criterion: Criterion? {
      switch self {
      case .added, .removed, .moved, .reworded: nil
      case .exampleAdded(_, let criterion, _), .exampleRemoved(_, let criterion, _): criterion
      case .exampleReworded(_, _, let criterion, _, _): criterion
      }
    }

    /// The word-level comparison of a rewording; `nil` for other changes.
    public var words: WordDiff? {
      switch self {
      case .reworded(_, _, _, let words), .exampleReworded(_, _, _, _, let words): words
      default: nil
      }
    }

    /// Where the changed text starts in the new file, or in the old file for removals.
    public var position: SourcePosition {
      switch self {
      case .added(let criterion, _), .removed(let criterion, _): criterion.position
      case .moved(_, let new, _, _), .reworded(_, let new, _, _): new.position
      case .exampleAdded(let example, _, _), .exampleRemoved(let example, _, _): example.position
      case .exampleReworded(_, let new, _, _, _): new.position
      }
    }
  }
}
