/// The sink that builds the `YAMLNode` tree that `YAMLParser.parse` returns.
///
/// Each collection pushes its children on a stack and, when it ends, moves them out into an
/// array of exactly their count: no spare capacity stays in the tree, and no child is copied.
final class TreeBuilder: YAMLEventSink {
  /// Where an open collection's children start on the stacks, and where it starts.
  private struct Frame {
    var values: Int
    var keys: Int
    var position: SourcePosition
  }

  /// The values of the open collections (mapping values and sequence items), innermost last.
  private let values = PendingStack<YAMLNode>()
  /// The keys of the open mappings, innermost last.
  private let keys = PendingStack<YAMLNode.Scalar>()
  /// The open collections, innermost last.
  private let frames = PendingStack<Frame>()

  /// The document's root, once the parse has finished; `nil` for an empty document.
  func root() -> YAMLNode? {
    values.count == 0 ? nil : values.take(from: 0).first
  }

  func beginMapping(at position: SourcePosition) {
    frames.append(Frame(values: values.count, keys: keys.count, position: position))
  }

  func key(_ key: YAMLNode.Scalar) {
    keys.append(key)
  }

  func endMapping() {
    guard let frame = frames.popLast() else { return }
    let entries = values.takeEntries(from: frame.values, keys: keys, from: frame.keys)
    values.append(.mapping(YAMLNode.Mapping(entries: entries, position: frame.position)))
  }

  func beginSequence(at position: SourcePosition) {
    frames.append(Frame(values: values.count, keys: keys.count, position: position))
  }

  func endSequence() {
    guard let frame = frames.popLast() else { return }
    let items = values.take(from: frame.values)
    values.append(.sequence(YAMLNode.Sequence(items: items, position: frame.position)))
  }

  func scalar(_ scalar: YAMLNode.Scalar) {
    values.append(.scalar(scalar))
  }
}
