import ProgressionCLI
import ProgressionCore
import Testing
import YAMLSubset

/// `validate` hands the renderer a line index so that many findings in a large file do not each
/// rescan it; the output must be exactly what the renderer prints without one.
@Suite struct DiagnosticRendererLineIndexTests {
  @Test func theLineIndexChangesNothingButSpeed() {
    let source = Array("a: 1\r\nb: \"caf\u{00C3}\u{00A9}\"\n\n\tc: [x,  y]\nlast line".utf8)
    let index = LineIndex(source)
    let renderer = DiagnosticRenderer(usesColor: false)
    for offset in source.indices where source[offset] & 0xC0 != 0x80 {
      let diagnostic = Diagnostic(
        severity: .warning,
        ruleID: "test",
        message: "here",
        path: "f.md",
        position: index.position(ofOffset: offset, in: source)
      )
      #expect(
        renderer.render(diagnostic, source: source, lines: index)
          == renderer.render(diagnostic, source: source),
        "offset \(offset)"
      )
    }
  }
}
