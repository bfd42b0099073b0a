import Testing

@testable import ProgressionCLI

struct JSONWriterEscapingTests {
  @Test(arguments: [
    ("plain", #""plain""#),
    ("\"\\/", #""\"\\/""#),
    ("\u{0}\u{8}\u{C}\u{1F}", #""\u0000\b\f\u001f""#),
    ("del\u{7F}", #""del\u007f""#),
    ("c1\u{80}\u{9B}\u{9F}", #""c1\u0080\u009b\u009f""#),
    ("latin ¢ é \u{A0}", "\"latin ¢ é \u{A0}\""),
    ("🛠️ 漢字", "\"🛠️ 漢字\""),
  ])
  func escapesStrings(value: String, expected: String) {
    var json = JSONWriter()
    json.string(value)
    #expect(String(decoding: json.bytes, as: UTF8.self) == expected)
  }
}
