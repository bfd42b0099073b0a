extension FrameworkCatalog {
  /// One framework found in a place, as a listing shows it.
  public struct Entry: Hashable, Sendable {
    /// The name that reaches it: its file name alone when that is unique in its place, else its
    /// path inside the place without the extension (`engineering/backend`). For a shadowed
    /// framework, its path inside the place.
    public var name: String
    /// Where it comes from: the place it was found in.
    public var origin: FrameworkOrigin
    /// The path shown for its file (`frameworks/backend.md`, `<built-in>/backend.md`).
    public var path: String
    /// The framework as its site shows it, without inheritance; or why it could not be read
    /// (`.unreadable`) or is not a valid framework (`.invalid`).
    public var framework: Result<Framework, FrameworkCatalogError>
    /// What reading it left out, as `LoadedFramework.omissions` says.
    public var omissions: [Diagnostic]
    /// The path of the framework in an earlier place that its names reach instead, when no
    /// name reaches this one.
    public var shadowedBy: String?
    /// The file, when it could be read.
    public var file: FrameworkFile?

    /// Creates an entry.
    public init(
      name: String,
      origin: FrameworkOrigin,
      path: String,
      framework: Result<Framework, FrameworkCatalogError>,
      omissions: [Diagnostic] = [],
      shadowedBy: String? = nil,
      file: FrameworkFile? = nil
    ) {
      self.name = name
      self.origin = origin
      self.path = path
      self.framework = framework
      self.omissions = omissions
      self.shadowedBy = shadowedBy
      self.file = file
    }
  }

  /// Every framework of every place, in search order (the catalog's directories, then the
  /// built-ins), each place's in the byte order of their paths. Markdown files without front
  /// matter are not frameworks and are left out; a framework that a name of an earlier place
  /// hides is kept, with `shadowedBy` set.
  ///
  /// A file that cannot be read or decoded is listed with its error.
  ///
  /// - Throws: `.unreadable` when a directory that must exist cannot be read.
  public func entries() throws(FrameworkCatalogError) -> [Entry] {
    let places = try places()
    let placeEntries = places.map { $0.entries(catalog: self) }
    let indexes = placeEntries.map(FrameworkPlace.NameIndex.init)
    /// Where `name` leads, searching the places in order: a place and an entry; or, when it
    /// is ambiguous in a place, the paths of the frameworks it names there.
    func target(of name: String) -> Result<(place: Int, entry: Int), FrameworkCatalogError>? {
      for place in places.indices {
        do throws(FrameworkCatalogError) {
          if let entry = try indexes[place].match(
            name,
            in: placeEntries[place],
            place: places[place].description
          ) {
            return .success((place, entry))
          }
        } catch {
          return .failure(error)
        }
      }
      return nil
    }
    var entries: [Entry] = []
    for (placeIndex, place) in places.enumerated() {
      for (entryIndex, placeEntry) in placeEntries[placeIndex].enumerated() {
        // The shortest name first: the file name, the path without, then with its extension.
        let names = [placeEntry.stem, placeEntry.name, placeEntry.relativePath]
          .reduce(into: [String]()) { names, name in
            if !names.contains(name) { names.append(name) }
          }
        let reaching = names.first { name in
          guard case .success(let found)? = target(of: name) else { return false }
          return found == (placeIndex, entryIndex)
        }
        var shadowedBy: String?
        if reaching == nil {
          switch target(of: placeEntry.name) {
          case .success(let found)?: shadowedBy = placeEntries[found.place][found.entry].path
          case .failure(.ambiguous(_, let matches, _))?:
            shadowedBy = matches.joined(separator: ", ")
          default: break
          }
        }
        var framework: Result<Framework, FrameworkCatalogError>
        var omissions: [Diagnostic] = []
        switch placeEntry.file {
        case .success(let file):
          do throws(FrameworkCatalogError) {
            let reading = try LenientReading.read(file, keepingDocumentIn: keepAlive)
            framework = .success(reading.framework)
            omissions = reading.omissions
          } catch {
            framework = .failure(error)
          }
        case .failure(let error):
          framework = .failure(error)
        }
        let entry = Entry(
          name: reaching ?? placeEntry.name,
          origin: place.origin,
          path: placeEntry.path,
          framework: framework,
          omissions: omissions,
          shadowedBy: shadowedBy,
          file: try? placeEntry.file.get()
        )
        entries.append(entry)
      }
    }
    return entries
  }
}
