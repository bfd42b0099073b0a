import Testing
import YAMLSubset

/// A named input and the tree it parses into, rendered by `render(_:)`.
struct ParseCase: Sendable, CustomTestStringConvertible {
  var name: String
  var yaml: String
  var expected: String

  init(_ name: String, _ yaml: String, _ expected: String) {
    self.name = name
    self.yaml = yaml
    self.expected = expected
  }

  var testDescription: String { name }
}

/// A named input (with a `1️⃣` where the error is) that the parser must refuse, and why.
struct RefusalCase: Sendable, CustomTestStringConvertible {
  var name: String
  var yaml: String
  var reason: YAMLError.Reason

  init(_ name: String, _ yaml: String, _ reason: YAMLError.Reason) {
    self.name = name
    self.yaml = yaml
    self.reason = reason
  }

  var testDescription: String { name }
}
