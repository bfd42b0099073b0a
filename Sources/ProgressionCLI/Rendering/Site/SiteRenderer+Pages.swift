import ProgressionCore

extension SiteRenderer {
  /// The index page: the home page framework's Markdown text (and its levels, when its page is
  /// the index, at path `/`), every framework by group, and the files left out for their
  /// errors.
  func indexPage() -> String {
    var main = "<h1>" + HTMLEscaping.escaped(siteTitle) + "</h1>\n"
    var hasLevels = false
    if let homepage = plan.homepage {
      let content = content(of: homepage.framework.framework, withLevels: homepage.path == .home)
      main += content.html
      hasLevels = content.hasLevels
    }
    main += "<section class=\"framework-index\" aria-labelledby=\"frameworks-heading\">\n"
    main += "<h2 id=\"frameworks-heading\">Frameworks</h2>\n"
    if groups.isEmpty { main += "<p>There are no frameworks yet.</p>\n" }
    for group in groups {
      if let title = group.title { main += "<h3>" + HTMLEscaping.escaped(title) + "</h3>\n" }
      main += "<ul class=\"framework-list\">\n"
      for entry in group.entries {
        let page = entry.page
        let framework = page.framework.framework
        let summary =
          framework.isProseOnly
          ? "" : " <span class=\"framework-levels\">\(framework.levelCount) levels</span>"
        main += "<li><a href=\"\(entry.href)\">" + HTMLEscaping.escaped(framework.title) + "</a>"
        main += summary + "</li>\n"
      }
      main += "</ul>\n"
    }
    main += "</section>\n"
    if !leftOut.isEmpty {
      main += "<section class=\"left-out\" aria-labelledby=\"left-out-heading\">\n"
      main += "<h2 id=\"left-out-heading\">Left out</h2>\n"
      main += "<p>These files have errors, so their frameworks are not in this site:</p>\n"
      main += "<ul>\n"
      for path in leftOut { main += "<li><code>" + HTMLEscaping.escaped(path) + "</code></li>\n" }
      main += "</ul>\n</section>\n"
    }
    return layout(
      title: nil,
      depth: 0,
      current: .home,
      main: main,
      script: hasLevels ? Self.printScript : nil
    )
  }

  /// A framework's page: its title, then its content.
  func frameworkPage(_ page: SitePlan.Page) -> String {
    let framework = page.framework.framework
    let content = content(of: framework, withLevels: true)
    return layout(
      title: framework.title,
      depth: page.path.depth,
      current: page.path,
      main: "<h1>" + HTMLEscaping.escaped(framework.title) + "</h1>\n" + content.html,
      script: content.hasLevels ? Self.printScript : nil
    )
  }

  /// A framework's Markdown text, then, for a framework with levels when `withLevels`, a level
  /// picker and every level's topic cards, all in the HTML so the page works without scripts;
  /// the picker's links show one level at a time through CSS (`:target`).
  private func content(
    of framework: Framework,
    withLevels: Bool
  ) -> (html: String, hasLevels: Bool) {
    var html = ""
    if !framework.body.isEmpty {
      html += "<div class=\"prose\">\n" + MarkdownHTML(headingBase: 2).render(framework.body)
      html += "</div>\n"
    }
    guard withLevels, !framework.isProseOnly, framework.levelCount > 0,
      let selected = try? Selection(includesExamples: true).resolve(in: framework)
    else { return (html, false) }
    html += "<nav class=\"level-picker\" aria-label=\"Levels\">\n<ul>\n"
    html += "<li><a href=\"#levels\">All levels</a></li>\n"
    for group in selected.groups {
      guard case .level(let level) = group.heading else { continue }
      html += "<li><a href=\"#level-\(level)\">Level \(level)</a></li>\n"
    }
    html += "</ul>\n</nav>\n<div class=\"levels\" id=\"levels\">\n"
    for group in selected.groups {
      guard case .level(let level) = group.heading else { continue }
      html += levelSection(level, sections: group.sections)
    }
    return (html + "</div>\n", true)
  }

  /// Opens every list of examples before printing, so a printed page has them all.
  static let printScript =
    "addEventListener(\"beforeprint\",()=>{for(const d of document.querySelectorAll(\"details\"))"
    + "d.open=true})"

  /// One level: a card per topic with something there, each criterion marked as an example
  /// criterion (its examples in a `<details>`) or as inherited.
  private func levelSection(_ level: Int, sections: [SelectedCriteria.Section]) -> String {
    let id = "level-\(level)"
    var html = "<section class=\"level\" id=\"\(id)\" aria-labelledby=\"\(id)-heading\">\n"
    html += "<h2 id=\"\(id)-heading\">Level \(level)</h2>\n"
    let filled = sections.filter { !$0.criteria.isEmpty }
    guard !filled.isEmpty else {
      return html + "<p class=\"empty\">Nothing new is expected at this level.</p>\n</section>\n"
    }
    html += "<div class=\"cards\">\n"
    for (index, section) in filled.enumerated() {
      let topicID = "\(id)-topic-\(index + 1)"
      html += "<article class=\"card\" aria-labelledby=\"\(topicID)\">\n"
      html += "<h3 id=\"\(topicID)\">" + HTMLEscaping.escaped(section.topic.displayTitle)
      html += "</h3>\n<ul class=\"criteria\">\n"
      for criterion in section.criteria { html += criterionItem(criterion) }
      html += "</ul>\n</article>\n"
    }
    return html + "</div>\n</section>\n"
  }

  private func criterionItem(_ criterion: Criterion) -> String {
    let text = HTMLEscaping.escaped(criterion.text)
    if criterion.origin == .inherited {
      return "<li class=\"inherited\">" + text
        + " <span class=\"badge\">Inherited</span></li>\n"
    }
    guard criterion.isExampleCriterion, !criterion.examples.isEmpty else {
      return "<li>" + text + "</li>\n"
    }
    var html = "<li class=\"example-criterion\">" + text + "\n<details>\n"
    html += "<summary>Examples (\(criterion.examples.count))</summary>\n<ul class=\"examples\">\n"
    for example in criterion.examples {
      html += "<li>" + HTMLEscaping.escaped(example.text) + "</li>\n"
    }
    return html + "</ul>\n</details>\n</li>\n"
  }
}
