extension YAMLNode {
  /// A mapping: scalar keys with their values, in source order, no key twice.
  public struct Mapping: Hashable, Sendable {
    /// One `key: value` pair.
    public struct Entry: Hashable, Sendable {
      /// The key; complex (non-scalar) keys are outside the subset.
      public var key: Scalar
      /// The value; an absent value is an empty plain scalar, which is null.
      public var value: YAMLNode

      /// Creates an entry from its key and value.
      public init(key: Scalar, value: YAMLNode) {
        self.key = key
        self.value = value
      }
    }

    /// The entries in source order.
    public var entries: [Entry]
    /// Where the mapping starts: its first key, or its `{`.
    public var position: SourcePosition

    /// Creates a mapping from its entries and position.
    public init(entries: [Entry], position: SourcePosition) {
      self.entries = entries
      self.position = position
    }

    /// The entry whose key's text is `key`, if any (a linear search: mappings in a framework
    /// are small, and the parser has already refused duplicate keys).
    public func entry(forKey key: String) -> Entry? {
      entries.first { $0.key.text == key }
    }

    /// The value for `key`, if the mapping has that key.
    public subscript(key: String) -> YAMLNode? {
      entry(forKey: key)?.value
    }
  }
}
