import TestSupport
import Testing
import YAMLSubset

/// Parses `yaml`, recording an issue (and returning `nil`) if it throws.
func parsed(
  _ yaml: String,
  sourceLocation: SourceLocation = #_sourceLocation
) -> YAMLNode? {
  do {
    return try YAMLParser.parse(Array(yaml.utf8))
  } catch {
    Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    return nil
  }
}

/// Expects `yaml` to parse into the tree that `expected` renders (see `render(_:)`).
func expectYAML(
  _ yaml: String,
  parsesAs expected: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  do {
    let node = try YAMLParser.parse(Array(yaml.utf8))
    #expect(node.map(render) ?? "nil" == expected, sourceLocation: sourceLocation)
  } catch {
    Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
  }
}

/// Expects the root of `yaml` to be one scalar with this text and style.
func expectScalar(
  _ yaml: String,
  text: String,
  style: YAMLNode.Scalar.Style,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let scalar = parsed(yaml, sourceLocation: sourceLocation)?.scalar
  #expect(scalar?.text == text, sourceLocation: sourceLocation)
  #expect(scalar?.style == style, sourceLocation: sourceLocation)
}

/// Expects the value of the key `key` of the root mapping of `yaml` to be a scalar with this
/// text (and this style, if given).
func expectValue(
  of key: String,
  in yaml: String,
  text: String,
  style: YAMLNode.Scalar.Style? = nil,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let scalar = parsed(yaml, sourceLocation: sourceLocation)?.mapping?[key]?.scalar
  #expect(scalar?.text == text, sourceLocation: sourceLocation)
  if let style { #expect(scalar?.style == style, sourceLocation: sourceLocation) }
}

/// Expects parsing the marked YAML to fail for `reason` exactly at marker `1️⃣`.
func expectError(
  _ markedYAML: String,
  _ reason: YAMLError.Reason,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  expectError(MarkedText(markedYAML), reason, sourceLocation: sourceLocation)
}

/// Expects parsing `marked` to fail for `reason` exactly at its marker `1️⃣`.
func expectError(
  _ marked: MarkedText,
  _ reason: YAMLError.Reason,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(marked.hasMarker(1), "the YAML has no 1️⃣ marker", sourceLocation: sourceLocation)
  do {
    let node = try marked.parse()
    Issue.record(
      "expected \(reason), parsed \(node.map(render) ?? "nil")",
      sourceLocation: sourceLocation
    )
  } catch {
    #expect(error.reason == reason, sourceLocation: sourceLocation)
    #expect(error.position == marked[1], sourceLocation: sourceLocation)
  }
}

/// A compact rendering of a tree, in JSON syntax: mappings as objects in source order, sequences
/// as arrays, every scalar as a string of its text (so `1`, `null` and `''` all render quoted).
func render(_ node: YAMLNode) -> String {
  switch node {
  case .scalar(let scalar):
    return quoted(scalar.text)
  case .sequence(let sequence):
    return "[" + sequence.items.map(render).joined(separator: ",") + "]"
  case .mapping(let mapping):
    let entries = mapping.entries.map { quoted($0.key.text) + ":" + render($0.value) }
    return "{" + entries.joined(separator: ",") + "}"
  }
}

private func quoted(_ text: String) -> String {
  var result = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\"": result += "\\\""
    case "\\": result += "\\\\"
    case "\n": result += "\\n"
    case "\t": result += "\\t"
    case "\r": result += "\\r"
    default:
      if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
  }
  return result + "\""
}
