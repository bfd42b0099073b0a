public import YAMLSubset

extension Diagnostic {
  /// A certain repair of a finding: byte ranges of the file and the text that replaces them.
  ///
  /// Edits never span a line break and never overlap, so applying a fix changes only the bytes
  /// it names and keeps every line where it was.
  public struct Fix: Hashable, Sendable {
    /// One replacement of a stretch of bytes.
    public struct Edit: Hashable, Sendable {
      /// The bytes replaced: offsets into the file as it was read.
      public var range: Range<Int>
      /// What replaces them (empty to delete them).
      public var replacement: String
      /// Where the range starts, as a line and column.
      public var position: SourcePosition

      /// Creates an edit.
      public init(range: Range<Int>, replacement: String, position: SourcePosition) {
        self.range = range
        self.replacement = replacement
        self.position = position
      }
    }

    /// The edits, in file order.
    public var edits: [Edit]

    /// Creates a fix from its edits.
    public init(edits: [Edit]) {
      self.edits = edits
    }
  }
}
