import ProgressionCore

extension SiteRenderer {
  /// The sidebar of the pages at one depth: a link home, then each group's frameworks, as
  /// `list` groups them. Every page lists every framework, so a site of n frameworks writes n²
  /// links: they are rendered once per depth, and a page only swaps in its own link, marked.
  struct Sidebar {
    /// The pages linked to, in order.
    private var paths: [SitePagePath] = []
    /// The HTML before each link, each link unmarked and marked, and the HTML after the last.
    private var before: [String] = []
    private var links: [String] = []
    private var markedLinks: [String] = []
    private var end = ""

    /// The sidebar of pages `depth` folders deep, for `groups`.
    init(groups: [Group], depth: Int) {
      let prefix = String(repeating: "../", count: depth)
      var text = "<nav class=\"sidebar\" aria-label=\"Frameworks\">\n<ul class=\"sidebar-list\">\n"
      func add(_ path: SitePagePath, href: String, label: String) {
        before.append(text + "<li>")
        paths.append(path)
        links.append("<a href=\"\(prefix)\(href)\">\(label)</a>")
        markedLinks.append("<a href=\"\(prefix)\(href)\" aria-current=\"page\">\(label)</a>")
        text = "</li>\n"
      }
      add(.home, href: SitePagePath.home.href(fromDepth: 0), label: "Home")
      for (index, group) in groups.enumerated() {
        if let title = group.title {
          let id = "sidebar-group-\(index + 1)"
          text += "<li class=\"sidebar-group\"><span class=\"sidebar-group-title\" id=\"\(id)\">"
          text += HTMLEscaping.escaped(title) + "</span>\n<ul aria-labelledby=\"\(id)\">\n"
        }
        for entry in group.entries {
          add(entry.page.path, href: entry.href, label: entry.sidebarLabel)
        }
        if group.title != nil { text += "</ul>\n</li>\n" }
      }
      end = text + "</ul>\n</nav>\n"
    }

    /// The sidebar's HTML with `current`'s link marked as the current page.
    func html(current: SitePagePath) -> String {
      var html = ""
      html.reserveCapacity(end.utf8.count + links.reduce(0) { $0 + $1.utf8.count } * 2)
      for index in paths.indices {
        html += before[index]
        html += paths[index] == current ? markedLinks[index] : links[index]
      }
      return html + end
    }
  }
}
