import YAMLSubset

extension JSONWriter {
  /// Writes a YAML document as JSON while the parser reads it, with no tree in between: the
  /// same JSON as `JSONWriter.write(_:)` on the parsed tree, byte for byte.
  ///
  /// The writer lives behind a pointer the sink owns: as a stored `var` of a class, each event
  /// would pay a dynamic exclusivity check.
  package final class EventSink: YAMLEventSink {
    private let writer: UnsafeMutablePointer<JSONWriter>

    /// Creates a sink that writes into `writer`.
    package init(writer: JSONWriter) {
      self.writer = .allocate(capacity: 1)
      self.writer.initialize(to: writer)
    }

    deinit {
      writer.deinitialize(count: 1)
      writer.deallocate()
    }

    /// Ends the document, as `null` if the parser found no root node, and hands over its JSON;
    /// the sink is empty afterwards.
    package func finish(hasRoot: Bool) -> [UInt8] {
      if !hasRoot { writer.pointee.null() }
      writer.pointee.endDocument()
      let bytes = writer.pointee.bytes
      writer.pointee = JSONWriter()
      return bytes
    }

    package func beginMapping(at position: SourcePosition) { writer.pointee.beginObject() }
    package func key(_ key: YAMLNode.Scalar) { writer.pointee.key(key.text) }
    package func endMapping() { writer.pointee.endObject() }
    package func beginSequence(at position: SourcePosition) { writer.pointee.beginArray() }
    package func endSequence() { writer.pointee.endArray() }
    package func scalar(_ scalar: YAMLNode.Scalar) { writer.pointee.write(scalar) }
  }
}
