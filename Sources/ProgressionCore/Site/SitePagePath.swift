/// Where a framework's page goes in a site: the folder its front matter `path` names, below the
/// site's folder, holding an `index.html` (`/engineering/backend` →
/// `engineering/backend/index.html`), so that the page's address is its path on any static
/// host.
///
/// A path can never lead out of the site's folder: it must be made of folder names, none empty,
/// `.` or `..`, none starting with a dot, none holding a backslash, a control character (C0,
/// DEL, C1) or a bidirectional control, and none made only of spaces and invisible characters.
/// The site's own files (`style.css`, the marker file) cannot be a page's first folder, and no
/// folder can be `index.html`, where the page of the folder above it goes.
public struct SitePagePath: Hashable, Sendable {
  /// The folder names, in order; empty for the site's home page.
  public var components: [String]

  /// The names a page's first folder cannot have: the site's own files at its top.
  public static let reservedNames: Set<String> = [
    SiteFiles.stylesheetName.lowercased(), SiteFiles.markerName.lowercased(),
  ]

  /// The home page: `index.html` at the top of the site.
  public static let home = SitePagePath(components: [])

  /// Creates a path from its folder names, which must already be valid.
  init(components: [String]) {
    self.components = components
  }

  /// The page's path for the front matter `path` `text`: `/engineering/backend` and
  /// `engineering/backend/` alike, `/` for the home page.
  ///
  /// - Throws: `SitePagePathError` naming what makes `text` unusable.
  public init(frontMatterPath text: String) throws(SitePagePathError) {
    guard !text.isEmpty, !text.allSatisfy({ $0 == " " }) else { throw .empty }
    if text.contains("//") { throw .emptyFolderName }
    var trimmed = Substring(text)
    if trimmed.first == "/" { trimmed = trimmed.dropFirst() }
    if trimmed.last == "/" { trimmed = trimmed.dropLast() }
    guard !trimmed.isEmpty else {
      self.init(components: [])
      return
    }
    var components: [String] = []
    for component in trimmed.split(separator: "/", omittingEmptySubsequences: false) {
      switch component {
      case "": throw .emptyFolderName
      case ".", "..": throw .relativeFolderName(String(component))
      default: break
      }
      if component.first == "." { throw .hiddenFolderName(String(component)) }
      if component.contains("\\") || component.unicodeScalars.contains(where: Self.isUnusable) {
        throw .invalidCharacter(String(component))
      }
      if component.unicodeScalars.allSatisfy(Self.isBlank) {
        throw .blankFolderName(String(component))
      }
      // A folder `index.html` would be where the page of the path above it goes.
      if component.lowercased() == "index.html" { throw .reservedName(String(component)) }
      components.append(String(component))
    }
    if let first = components.first, Self.reservedNames.contains(first.lowercased()) {
      throw .reservedName(first)
    }
    self.init(components: components)
  }

  /// Whether `scalar` cannot be in a folder name: a control character (C0, DEL, C1) or a
  /// bidirectional control, which would make the name read differently from what it is.
  static func isUnusable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
      true
    default: false
    }
  }

  /// Whether `scalar` shows nothing: white space, or an invisible format character (U+200B).
  static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || scalar.properties.isDefaultIgnorableCodePoint
      || scalar.properties.generalCategory == .format
  }

  /// The page's file, relative to the site's folder: `engineering/backend/index.html`.
  public var file: String {
    (components + ["index.html"]).joined(separator: "/")
  }

  /// How many folders deep the page is: the number of `../` that lead back to the top.
  public var depth: Int { components.count }

  /// The key two pages must not share: their folders compared ignoring case, since a site is
  /// often published to a file system or host that ignores it.
  public var key: String { components.joined(separator: "/").lowercased() }
}

/// Why a front matter `path` cannot place a page in the site.
public enum SitePagePathError: Error, Hashable, Sendable {
  /// The path is empty or spaces.
  case empty
  /// Two slashes in a row.
  case emptyFolderName
  /// A `.` or `..` folder, which would lead elsewhere.
  case relativeFolderName(String)
  /// A folder name starting with a dot, hidden on most systems and by many hosts.
  case hiddenFolderName(String)
  /// A backslash, a control character or a bidirectional control in a folder name.
  case invalidCharacter(String)
  /// A folder name made only of spaces and invisible characters.
  case blankFolderName(String)
  /// The name of a file the site writes where this folder would be: `style.css` or the
  /// marker file as a first folder, `index.html` anywhere.
  case reservedName(String)

  /// What is wrong, for a diagnostic.
  public var message: String {
    switch self {
    case .empty:
      "the front matter 'path' is empty, so the site has no page for it; give the page's "
        + "address, such as '/engineering/backend'"
    case .emptyFolderName:
      "the front matter 'path' has an empty folder name ('//'); remove the extra '/'"
    case .relativeFolderName(let name):
      "the front matter 'path' has a '\(name)' folder, which would place the page outside "
        + "its place in the site; write the path from the site's top, such as "
        + "'/engineering/backend'"
    case .hiddenFolderName(let name):
      "the front matter 'path' has the folder '\(name)', starting with a dot, which most "
        + "hosts hide; rename it"
    case .invalidCharacter(let name):
      "the front matter 'path' has the folder '\(Self.shown(name))', with a backslash, a "
        + "control character or a bidirectional control; use letters, digits, '-' and '_'"
    case .blankFolderName(let name):
      "the front matter 'path' has the folder '\(Self.shown(name))', made only of spaces or "
        + "invisible characters; use letters, digits, '-' and '_'"
    case .reservedName(let name):
      "the front matter 'path' has the folder '\(name)', the name of a file the site writes "
        + "there; choose another name"
    }
  }
}

extension SitePagePathError {
  /// `name` with every character that does not show itself as `\u{XXXX}`.
  static func shown(_ name: String) -> String {
    var shown = ""
    for scalar in name.unicodeScalars {
      if scalar != " ", SitePagePath.isUnusable(scalar) || SitePagePath.isBlank(scalar) {
        shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        shown.unicodeScalars.append(scalar)
      }
    }
    return shown
  }
}

extension SitePagePath {
  /// The relative address of this page from a page `depth` folders deep: `../web/` from
  /// `engineering/backend/`, `index.html` for the home page from the top. Folder names are
  /// percent-encoded, so a `?`, `#` or space in one stays part of the path.
  public func href(fromDepth depth: Int) -> String {
    String(repeating: "../", count: depth)
      + components.map { Self.percentEncoded($0) + "/" }.joined() + "index.html"
  }

  /// `name` with every byte but ASCII letters, digits, `-`, `.`, `_` and `~` as `%XX`.
  static func percentEncoded(_ name: String) -> String {
    let digits = Array("0123456789ABCDEF")
    var encoded = ""
    for byte in name.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"):
        encoded.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        encoded += "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
      }
    }
    return encoded
  }
}
