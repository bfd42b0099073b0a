extension YAMLNode {
  /// A sequence: nodes in source order.
  public struct Sequence: Hashable, Sendable {
    /// The items in source order.
    public var items: [YAMLNode]
    /// Where the sequence starts: its first `-`, or its `[`.
    public var position: SourcePosition

    /// Creates a sequence from its items and position.
    public init(items: [YAMLNode], position: SourcePosition) {
      self.items = items
      self.position = position
    }
  }
}
