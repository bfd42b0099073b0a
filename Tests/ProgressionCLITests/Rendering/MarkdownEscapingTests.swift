import Testing

@testable import ProgressionCLI

struct MarkdownEscapingTests {
  @Test(arguments: [
    ("plain text, with punctuation: fine.", "plain text, with punctuation: fine."),
    ("", ""),
    ("snake_case and *stars*", "snake\\_case and \\*stars\\*"),
    ("`code` and \\ backslash", "\\`code\\` and \\\\ backslash"),
    ("[link](url) ![img](x)", "\\[link\\](url) \\!\\[img\\](x)"),
    ("<b>html</b> a > b", "\\<b\\>html\\</b\\> a \\> b"),
    ("a | b ~~strike~~", "a \\| b \\~\\~strike\\~\\~"),
    ("# not a heading #", "\\# not a heading \\#"),
    ("- not a bullet", "\\- not a bullet"),
    ("+ not a bullet", "\\+ not a bullet"),
    ("=== not an underline", "\\=== not an underline"),
    ("well-defined and 2+2=4", "well-defined and 2+2=4"),
    ("1. not a list", "1\\. not a list"),
    ("2024) not a list", "2024\\) not a list"),
    ("1984 was a year", "1984 was a year"),
    ("in 1. sentence", "in 1. sentence"),
    ("Q&A &amp; &#35; &#x1F; &x; &; & done", "Q&A \\&amp; \\&\\#35; \\&\\#x1F; \\&x; &; & done"),
    ("two\nlines\r\nthree", "two lines three"),
    ("  indented", "&#32;&#32;indented"),
    ("\tindented", "&#9;indented"),
    ("esc \u{1B}[31m red", "esc \\u{1B}\\[31m red"),
    ("🛠️ emoji é 漢字", "🛠️ emoji é 漢字"),
    ("'quotes' and \"doubles\"", "'quotes' and \"doubles\""),
  ])
  func escapes(text: String, expected: String) {
    #expect(MarkdownEscaping.escaped(text) == expected)
  }
}
