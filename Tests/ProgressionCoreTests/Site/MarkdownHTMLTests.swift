import ProgressionCore
import Testing

/// The site's Markdown renderer, construct by construct, then with hostile text.
@Suite struct MarkdownHTMLTests {
  private func expectHTML(
    _ markdown: String,
    _ expected: String,
    headingBase: Int = 2,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(
      MarkdownHTML(headingBase: headingBase).render(markdown) == expected,
      sourceLocation: sourceLocation
    )
  }

  @Test(arguments: [
    ("# One", "<h2>One</h2>\n"),
    ("## Two ##", "<h2>Two</h2>\n"),
    ("###### Six", "<h2>Six</h2>\n"),
    ("####### Seven", "<p>####### Seven</p>\n"),
    ("#NoSpace", "<p>#NoSpace</p>\n"),
    ("Title\n=====", "<h2>Title</h2>\n"),
    ("Title\n---", "<h2>Title</h2>\n"),
  ])
  func headings(markdown: String, html: String) {
    expectHTML(markdown, html)
  }

  @Test func headingsNeverSkipALevel() {
    expectHTML(
      "### About\n#### Detail\n# Top\n###### Deep",
      "<h2>About</h2>\n<h3>Detail</h3>\n<h2>Top</h2>\n<h3>Deep</h3>\n"
    )
    expectHTML("# A\n## B", "<h3>A</h3>\n<h4>B</h4>\n", headingBase: 3)
  }

  @Test func paragraphsAndBreaks() {
    expectHTML("one\ntwo\n\nthree", "<p>one\ntwo</p>\n<p>three</p>\n")
    expectHTML("hard  \nbreak\\\nagain", "<p>hard<br>\nbreak<br>\nagain</p>\n")
  }

  @Test(arguments: [
    ("*em* _em_", "<p><em>em</em> <em>em</em></p>\n"),
    ("**strong** __strong__", "<p><strong>strong</strong> <strong>strong</strong></p>\n"),
    ("***both***", "<p><em><strong>both</strong></em></p>\n"),
    ("*a **b** c*", "<p><em>a <strong>b</strong> c</em></p>\n"),
    ("snake_case_name", "<p>snake_case_name</p>\n"),
    ("a * b * c", "<p>a * b * c</p>\n"),
    ("*unclosed", "<p>*unclosed</p>\n"),
    ("**a*", "<p>*<em>a</em></p>\n"),
  ])
  func emphasis(markdown: String, html: String) {
    expectHTML(markdown, html)
  }

  @Test(arguments: [
    ("`code`", "<p><code>code</code></p>\n"),
    ("`` a ` b ``", "<p><code>a ` b</code></p>\n"),
    ("`<b>&`", "<p><code>&lt;b&gt;&amp;</code></p>\n"),
    ("`unclosed", "<p>`unclosed</p>\n"),
    ("`*not em*`", "<p><code>*not em*</code></p>\n"),
    ("\\*not em\\*", "<p>*not em*</p>\n"),
  ])
  func codeSpansAndEscapes(markdown: String, html: String) {
    expectHTML(markdown, html)
  }

  @Test(arguments: [
    ("[site](https://monzo.com)", "<p><a href=\"https://monzo.com\">site</a></p>\n"),
    (
      "[t](http://a.b/c?d=1&e=2 \"Title\")",
      "<p><a href=\"http://a.b/c?d=1&amp;e=2\" title=\"Title\">t</a></p>\n"
    ),
    ("[mail](mailto:a@b.c)", "<p><a href=\"mailto:a@b.c\">mail</a></p>\n"),
    ("[rel](../web/)", "<p><a href=\"../web/\">rel</a></p>\n"),
    ("[*em*](#x)", "<p><a href=\"#x\"><em>em</em></a></p>\n"),
    ("<https://x.y/z>", "<p><a href=\"https://x.y/z\">https://x.y/z</a></p>\n"),
    ("[x](javascript:alert(1))", "<p>[x](javascript:alert(1))</p>\n"),
    ("[x](JavaScript:alert)", "<p>[x](JavaScript:alert)</p>\n"),
    ("[x](data:text/html,hi)", "<p>[x](data:text/html,hi)</p>\n"),
    ("<javascript:alert(1)>", "<p>&lt;javascript:alert(1)&gt;</p>\n"),
    ("[a [b](c) d](e)", "<p><a href=\"e\">a [b](c) d</a></p>\n"),
    ("[no link]", "<p>[no link]</p>\n"),
    ("![logo](https://x.y/l.png)", "<p><a href=\"https://x.y/l.png\">logo</a></p>\n"),
    ("!not an image", "<p>!not an image</p>\n"),
  ])
  func links(markdown: String, html: String) {
    expectHTML(markdown, html)
  }

  @Test func lists() {
    expectHTML("- a\n- b", "<ul>\n<li>a\n</li>\n<li>b\n</li>\n</ul>\n")
    expectHTML("3. c\n4. d", "<ol start=\"3\">\n<li>c\n</li>\n<li>d\n</li>\n</ol>\n")
    expectHTML(
      "- a\n\n- b",
      "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n"
    )
    expectHTML(
      "- a\n  - b\n    lazy\n- c",
      "<ul>\n<li>a\n<ul>\n<li>b\nlazy\n</li>\n</ul>\n</li>\n<li>c\n</li>\n</ul>\n"
    )
    expectHTML("1) x\n- y", "<ol>\n<li>x\n</li>\n</ol>\n<ul>\n<li>y\n</li>\n</ul>\n")
  }

  @Test func codeBlocks() {
    expectHTML(
      "```swift\nlet a = \"<b>\"\n\n```",
      "<pre><code class=\"language-swift\">let a = &quot;&lt;b&gt;&quot;\n\n</code></pre>\n"
    )
    expectHTML("~~~\nunclosed", "<pre><code>unclosed\n</code></pre>\n")
    expectHTML(
      "    indented\n\n    more\n\ntext",
      "<pre><code>indented\n\nmore\n</code></pre>\n<p>text</p>\n"
    )
  }

  @Test func quotesAndBreaks() {
    expectHTML(
      "> quoted\nlazy\n> > nested",
      "<blockquote>\n<p>quoted\nlazy</p>\n<blockquote>\n<p>nested</p>\n</blockquote>\n</blockquote>\n"
    )
    expectHTML("a\n\n***\n\n- - -", "<p>a</p>\n<hr>\n<hr>\n")
  }

  @Test func rawHTMLIsText() {
    expectHTML(
      "<script>alert('x')</script>\n<div onclick=\"x\">",
      "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\n&lt;div onclick=&quot;x&quot;&gt;</p>\n"
    )
    expectHTML("&amp; &copy;", "<p>&amp;amp; &amp;copy;</p>\n")
  }

  @Test func controlCharactersAreShownEscaped() {
    expectHTML("bell\u{7}\u{1B}[31m and \u{0}", "<p>bell\\u{7}\\u{1B}[31m and \\u{0}</p>\n")
    expectHTML("[x](a\u{1}b)", "<p>[x](a\\u{1}b)</p>\n")
  }

  @Test func deepNestingStopsAtTheLimit() {
    let html = MarkdownHTML().render(String(repeating: ">", count: 5_000) + " deep")
    #expect(html.components(separatedBy: "<blockquote>").count - 1 == 16)
    #expect(html.contains("&gt;&gt;&gt;"))
  }

  /// Unclosed delimiters on a long line are never rescanned: 40,000 characters of each render
  /// in well under a second (a quadratic renderer takes tens of seconds).
  @Test(arguments: ["*", "_", "`", "[", "[a](", "<", "[a](<", "*a ", "**_", "![x]("])
  func longUnclosedLinesStayLinear(unit: String) {
    let count = 40_000 / unit.count
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      let html = MarkdownHTML().render("x " + String(repeating: unit, count: count))
      #expect(html.hasPrefix("<p>x "))
    }
    #expect(elapsed < .seconds(3))
  }
}

@Suite struct HTMLEscapingTests {
  @Test(arguments: [
    ("plain £ text", "plain £ text"),
    ("<a href=\"x\">&'", "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"),
    ("tab\tand\nline", "tab\tand\nline"),
    ("nul\u{0} del\u{7F} next-line\u{85}", "nul\\u{0} del\\u{7F} next-line\\u{85}"),
  ])
  func escaping(text: String, html: String) {
    #expect(HTMLEscaping.escaped(text) == html)
  }
}
