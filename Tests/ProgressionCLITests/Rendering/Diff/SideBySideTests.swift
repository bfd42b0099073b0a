import ProgressionCore
import Testing

@testable import ProgressionCLI

@Suite struct SideBySideTests {
  private func render(_ from: Int, _ to: Int, width: Int, examples: Bool = false) throws -> String {
    let diff = try LevelDiff(framework: DiffSamples.framework, from: from, to: to)
    return String(
      decoding: DiffTextRenderer.renderSideBySide(
        diff,
        includesExamples: examples,
        style: .plain,
        width: width
      ),
      as: UTF8.self
    )
  }

  @Test func twoColumnsAtSixtyColumns() throws {
    #expect(
      try render(2, 3, width: 60, examples: true) == """
        🛠️ Backend: level 2 ↔ level 3

        Communication
          Level 2                     │ Level 3
          ────────────────────────────┼────────────────────────────
          - Accepts feedback          │ - Gives *timely* feedback
            graciously                │   to peers
                                      │   e.g. Reviews a PR within
                                      │        a day
          - Gives feedback when asked │

        👩‍💼 Leadership
          Level 2                     │ Level 3
          ────────────────────────────┼────────────────────────────
          (no criteria)               │ - Onboards new engineers

        """
    )
  }

  @Test func narrowerWidthWrapsMore() throws {
    #expect(
      try render(1, 2, width: 40) == """
        🛠️ Backend: level 1 ↔ level 2

        Communication
          Level 1           │ Level 2
          ──────────────────┼──────────────────
          - Provides        │ - Accepts
            regular status  │   feedback
            updates         │   graciously
                            │ - Gives feedback
                            │   when asked

        👩‍💼 Leadership
          no criteria at either level

        """
    )
  }

  @Test(arguments: [40, 60, 80, 120])
  func noLineIsWiderThanTheWidth(width: Int) throws {
    for line in try render(1, 4, width: width, examples: true).split(separator: "\n") {
      #expect(DisplayWidth.columns(of: line) <= width, "\(line)")
    }
  }

  @Test func levelsInBetweenAreNamed() throws {
    #expect(try render(1, 4, width: 80).contains("\nlevels 2–3 in between not shown\n"))
    #expect(try render(3, 1, width: 80).contains("\nlevel 2 in between not shown\n"))
  }
}
