import Testing

@testable import ProgressionCLI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct TerminalTests {
  static let tty = Terminal(isTerminal: true, reportedColumns: 120, environment: ["TERM": "xterm"])

  @Test func pipesAreNeitherWrappedNorColoured() {
    let style = Terminal.pipe.textStyle(color: .auto, width: nil)
    #expect(style == TextStyle(width: nil, usesColor: false))
  }

  @Test func explicitWidthWrapsEvenIntoAPipe() {
    #expect(Terminal.pipe.wrapWidth(requested: 40) == 40)
    #expect(Self.tty.wrapWidth(requested: 40) == 40)
  }

  @Test func widthZeroTurnsWrappingOff() {
    #expect(Self.tty.wrapWidth(requested: 0) == nil)
  }

  @Test(arguments: [
    ([String: String](), 120 as Int?, 120), (["COLUMNS": "100"], 120, 100),
    (["COLUMNS": "wide"], 120, 120),
    (["COLUMNS": "0"], 120, 120), ([:], nil, 80), (["COLUMNS": "-5"], nil, 80),
  ])
  func terminalsWrapToColumnsThenReportedSizeThen80(
    environment: [String: String],
    reported: Int?,
    expected: Int
  ) {
    let terminal = Terminal(isTerminal: true, reportedColumns: reported, environment: environment)
    #expect(terminal.wrapWidth(requested: nil) == expected)
  }

  @Test func colourOnlyOnATerminalInAutoMode() {
    #expect(Self.tty.usesColor(.auto))
    #expect(!Terminal.pipe.usesColor(.auto))
    #expect(!Self.tty.usesColor(.never))
    #expect(Terminal.pipe.usesColor(.always))
  }

  @Test(arguments: [
    (["NO_COLOR": "1"], false), (["NO_COLOR": ""], true), (["NO_COLOR": "0"], false),
    (["TERM": "dumb"], false), (["TERM": "xterm-256color"], true),
  ])
  func autoHonoursNoColorAndDumbTerminals(environment: [String: String], colours: Bool) {
    let terminal = Terminal(isTerminal: true, environment: environment)
    #expect(terminal.usesColor(.auto) == colours)
  }

  @Test func alwaysBeatsNoColor() {
    let terminal = Terminal(isTerminal: false, environment: ["NO_COLOR": "1"])
    #expect(terminal.usesColor(.always))
  }

  @Test func describingAPipeSaysItIsNotATerminal() {
    // Under `swift test` standard input is not a terminal in CI; a pipe we make never is.
    var fds: [Int32] = [0, 0]
    #expect(pipe(&fds) == 0)
    defer {
      close(fds[0])
      close(fds[1])
    }
    let terminal = Terminal.describing(descriptor: fds[1], environment: ["COLUMNS": "99"])
    #expect(!terminal.isTerminal)
    #expect(terminal.wrapWidth(requested: nil) == nil)
  }
}
