import Testing

/// Expects that `output` holds none of the characters a hostile file uses to act on a terminal
/// or hide text (ESC, BEL, the right-to-left override): the renderers must escape them.
func expectNoRawControls(
  in output: String,
  _ context: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let scalars = output.unicodeScalars
  #expect(
    !scalars.contains { $0.value == 0x1B },
    "ESC in \(context)",
    sourceLocation: sourceLocation
  )
  #expect(
    !scalars.contains { $0.value == 0x07 },
    "BEL in \(context)",
    sourceLocation: sourceLocation
  )
  #expect(
    !scalars.contains { $0.value == 0x202E },
    "RLO in \(context)",
    sourceLocation: sourceLocation
  )
}
