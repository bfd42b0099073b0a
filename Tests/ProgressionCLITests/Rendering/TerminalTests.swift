import Testing

@testable import ProgressionCLI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct TerminalTests {
  static let tty = Terminal(isTerminal: true, reportedColumns: 120, variables: ["TERM": "xterm"])

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
    let terminal = Terminal(isTerminal: true, reportedColumns: reported, variables: environment)
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
    let terminal = Terminal(isTerminal: true, variables: environment)
    #expect(terminal.usesColor(.auto) == colours)
  }

  @Test func alwaysBeatsNoColor() {
    let terminal = Terminal(isTerminal: false, variables: ["NO_COLOR": "1"])
    #expect(terminal.usesColor(.always))
  }

  @Test func readsStandardOutputFromTheToolEnvironment() {
    let environment = Tool.Environment(
      arguments: [],
      variables: ["COLUMNS": "70"],
      isStandardOutputTerminal: true,
      terminalWidth: 132
    )
    let terminal = Terminal(standardOutputOf: environment)
    #expect(
      terminal == Terminal(isTerminal: true, reportedColumns: 132, variables: ["COLUMNS": "70"])
    )
    #expect(terminal.wrapWidth(requested: nil) == 70)
  }
}

struct TerminalSafetyTests {
  @Test func escapesEveryScalarOfACluster() {
    // CR LF is one Character; neither half may reach the terminal raw.
    #expect(TerminalSafety.sanitized("a\r\nb") == "a\\u{D}\\u{A}b")
    #expect(TerminalSafety.escaped("\r\n") == "\\u{D}\\u{A}")
    #expect(TerminalSafety.escaped("e\u{301}") == nil)
  }

  @Test func appendsSafeScalarsAsUTF8() {
    var bytes: [UInt8] = []
    TerminalSafety.append("é\u{1B}\u{202E}漢\t".unicodeScalars, to: &bytes, keepingTabs: true)
    #expect(String(decoding: bytes, as: UTF8.self) == "é\\u{1B}\\u{202E}漢\t")
  }

  /// Two criteria that look the same must not be: every invisible character is shown.
  @Test(arguments: [
    ("Ships\u{200B} code", "Ships\\u{200B} code"),
    ("a\u{200C}b\u{2060}c\u{FEFF}d", "a\\u{200C}b\\u{2060}c\\u{FEFF}d"),
    ("\u{FFF9}note\u{FFFA}x\u{FFFB}", "\\u{FFF9}note\\u{FFFA}x\\u{FFFB}"),
    ("a\u{200D}b", "a\\u{200D}b"),
    ("tag\u{E0001}\u{E0041}\u{E007F}", "tag\\u{E0001}\\u{E0041}\\u{E007F}"),
    ("👩\u{200D}", "👩\\u{200D}"),
    ("\u{200D}💼", "\\u{200D}💼"),
    ("1\u{200D}2", "1\\u{200D}2"),
    // Flag tags without the cancel tag, or without the black flag, are not a flag.
    ("🏴\u{E0067}\u{E0062}", "🏴\\u{E0067}\\u{E0062}"),
    ("🏳\u{E0067}\u{E007F}", "🏳\\u{E0067}\\u{E007F}"),
  ])
  func showsInvisibleCharacters(text: String, shown: String) {
    #expect(TerminalSafety.sanitized(text) == shown)
  }

  @Test(arguments: ["👩‍💼", "🏳️‍🌈", "👩🏽‍💻", "👨‍👩‍👧", "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"])
  func keepsWhatBuildsAnEmoji(emoji: String) {
    #expect(TerminalSafety.sanitized("x \(emoji) y") == "x \(emoji) y")
    #expect(TerminalSafety.escaped(Character(emoji)) == nil)
  }
}
