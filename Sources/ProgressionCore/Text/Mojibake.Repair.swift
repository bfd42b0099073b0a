extension Mojibake {
  /// One stretch of mojibake and the text it stands for.
  public struct Repair: Hashable, Sendable {
    /// The UTF-8 byte offsets of the mojibake in the text that was searched (relative to its
    /// start, also for a `Substring`).
    public var range: Range<Int>
    /// The mojibake as it appears, such as `‚Äô`.
    public var original: String
    /// The text it stands for, such as `’`.
    public var replacement: String
    /// The encoding the UTF-8 was misread as.
    public var encoding: Encoding

    /// Creates a repair.
    public init(range: Range<Int>, original: String, replacement: String, encoding: Encoding) {
      self.range = range
      self.original = original
      self.replacement = replacement
      self.encoding = encoding
    }
  }
}
