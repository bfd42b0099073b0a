/// Passes events on to a sink of any type, so that the parser is specialized once for all the
/// sinks of other modules (a generic parser called across modules would not be specialized).
final class ForwardingSink: YAMLEventSink {
  let base: any YAMLEventSink

  init(base: any YAMLEventSink) {
    self.base = base
  }

  func beginMapping(at position: SourcePosition) { base.beginMapping(at: position) }
  func key(_ key: YAMLNode.Scalar) { base.key(key) }
  func endMapping() { base.endMapping() }
  func beginSequence(at position: SourcePosition) { base.beginSequence(at: position) }
  func endSequence() { base.endSequence() }
  func scalar(_ scalar: YAMLNode.Scalar) { base.scalar(scalar) }
}
