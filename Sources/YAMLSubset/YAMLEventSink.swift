/// Receives a document's structure as the parser reads it, in document order, instead of a tree.
///
/// A mapping is `beginMapping`, then for each entry `key` followed by its value, then
/// `endMapping`; a sequence is `beginSequence`, its items, then `endSequence`; a value is a
/// `scalar` or a whole mapping or sequence. The parser checks everything it checks when it
/// builds a tree (duplicate keys included) before it sends a key, but it may still throw after
/// sending events: a sink that writes output should keep it until the parse succeeds.
///
/// Sinks are classes: the parser holds one reference, which keeps the parser's own state
/// loadable (an opaque existential in it would make the compiler copy the whole parser around
/// calls), and every call reaches the same sink.
package protocol YAMLEventSink: AnyObject {
  /// A mapping starts at `position` (its first key, or its `{`).
  func beginMapping(at position: SourcePosition)
  /// The next entry of the innermost mapping has this key; its value follows.
  func key(_ key: YAMLNode.Scalar)
  /// The innermost mapping ends.
  func endMapping()
  /// A sequence starts at `position` (its first `-`, or its `[`).
  func beginSequence(at position: SourcePosition)
  /// The innermost sequence ends.
  func endSequence()
  /// A scalar value: the document's root, a mapping's value or a sequence's item.
  func scalar(_ scalar: YAMLNode.Scalar)
}
