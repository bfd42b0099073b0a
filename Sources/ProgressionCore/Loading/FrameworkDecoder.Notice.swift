package import YAMLSubset

extension FrameworkDecoder {
  /// Something the decoder noticed that does not stop it from building the model.
  ///
  /// Notices are not errors: the model is complete without them. Validation turns them into
  /// warnings so that one run reports every finding.
  package struct Notice: Hashable, Sendable {
    /// What was noticed.
    package enum Kind: Hashable, Sendable {
      /// A key the model does not know; it is left out of the model. `knownKeys` are the keys
      /// allowed in the same mapping, for a "did you mean" hint.
      case unknownKey(String, knownKeys: [String])
      /// A criterion with no value (`- ` or `- ~`); the model keeps it as an empty text.
      case nullCriterion
      /// An example with no value; the model keeps it as an empty text.
      case nullExample
    }

    /// What was noticed.
    package var kind: Kind
    /// Where: the unknown key, or the empty item.
    package var position: SourcePosition

    /// Creates a notice.
    package init(_ kind: Kind, at position: SourcePosition) {
      self.kind = kind
      self.position = position
    }
  }
}
