import YAMLSubset

/// Builds YAML nodes by hand, for testing the decoder without the parser.
///
/// Positions are given as line and column; offsets are left at 0. A key sits at its entry's
/// line, in the mapping's column.
enum NodeBuilder {
  static func scalar(
    _ text: String,
    at line: Int,
    _ column: Int,
    style: YAMLNode.Scalar.Style = .plain
  ) -> YAMLNode {
    .scalar(
      YAMLNode.Scalar(
        text: text,
        style: style,
        position: SourcePosition(line: line, column: column, offset: 0)
      )
    )
  }

  static func mapping(at line: Int, _ column: Int, _ entries: [(String, YAMLNode)]) -> YAMLNode {
    .mapping(
      YAMLNode.Mapping(
        entries: entries.map { key, value in
          YAMLNode.Mapping.Entry(
            key: YAMLNode.Scalar(
              text: key,
              style: .plain,
              position: SourcePosition(line: value.position.line, column: column, offset: 0)
            ),
            value: value
          )
        },
        position: SourcePosition(line: line, column: column, offset: 0)
      )
    )
  }

  static func sequence(at line: Int, _ column: Int, _ items: [YAMLNode]) -> YAMLNode {
    .sequence(
      YAMLNode.Sequence(
        items: items,
        position: SourcePosition(line: line, column: column, offset: 0)
      )
    )
  }
}
