/// A node of a parsed YAML document: a scalar, a mapping or a sequence.
///
/// Every node knows where it starts in the source, so that later stages (the framework model,
/// validation) can point at the exact line and column of whatever they find wrong.
public enum YAMLNode: Hashable, Sendable {
  /// A single value, such as `level`, `"Fixes bugs"` or a `|` block.
  case scalar(Scalar)
  /// Key-value pairs, keys in source order.
  indirect case mapping(Mapping)
  /// An ordered list of nodes.
  indirect case sequence(Sequence)

  /// Where the node starts: the first character of a scalar (its quote or indicator included), the
  /// first key of a block mapping, the `-` of a block sequence, or the `[`/`{` of a flow collection.
  public var position: SourcePosition {
    switch self {
    case .scalar(let scalar): scalar.position
    case .mapping(let mapping): mapping.position
    case .sequence(let sequence): sequence.position
    }
  }

  /// The scalar, if this node is one.
  public var scalar: Scalar? {
    if case .scalar(let scalar) = self { scalar } else { nil }
  }

  /// The mapping, if this node is one.
  public var mapping: Mapping? {
    if case .mapping(let mapping) = self { mapping } else { nil }
  }

  /// The sequence, if this node is one.
  public var sequence: Sequence? {
    if case .sequence(let sequence) = self { sequence } else { nil }
  }
}
