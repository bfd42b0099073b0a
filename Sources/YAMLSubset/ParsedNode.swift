/// What a parsing function read: a scalar the caller has yet to send (it may turn out to be a
/// key), or a collection already sent to the sink.
enum ParsedNode {
  /// A scalar, not yet sent.
  case scalar(YAMLNode.Scalar)
  /// A mapping or sequence, sent; where it starts.
  case collection(SourcePosition)

  /// Where the node starts.
  var position: SourcePosition {
    switch self {
    case .scalar(let scalar): scalar.position
    case .collection(let position): position
    }
  }

  /// The scalar, if the node is one.
  var scalar: YAMLNode.Scalar? {
    if case .scalar(let scalar) = self { scalar } else { nil }
  }
}
