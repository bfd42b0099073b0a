/// A stack of the children (or keys) of the collections being parsed, innermost last.
///
/// Each collection pushes its children here and, when it ends, moves them out into an array of
/// exactly their count: no spare capacity stays in the tree, and no child is copied (moving
/// needs no reference counting).
final class PendingStack<Element> {
  private var storage: UnsafeMutablePointer<Element>
  private var capacity: Int
  /// The number of elements on the stack.
  private(set) var count = 0

  init() {
    capacity = 64
    storage = .allocate(capacity: capacity)
  }

  deinit {
    storage.deinitialize(count: count)
    storage.deallocate()
  }

  /// Pushes `element`. Inlined: it runs for every key and value the parser reads.
  @inline(__always)
  func append(_ element: Element) {
    if count == capacity { grow() }
    (storage + count).initialize(to: element)
    count += 1
  }

  @inline(never)
  private func grow() {
    let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
    HugePages.advise(
      UnsafeMutableRawBufferPointer(
        start: larger,
        count: capacity * 2 * MemoryLayout<Element>.stride
      )
    )
    larger.moveInitialize(from: storage, count: count)
    storage.deallocate()
    storage = larger
    capacity *= 2
  }

  /// The elements from `start` to the top, for reading.
  func elements(from start: Int) -> UnsafeBufferPointer<Element> {
    UnsafeBufferPointer(start: storage + start, count: count - start)
  }

  /// Pops the top element, if any.
  func popLast() -> Element? {
    guard count > 0 else { return nil }
    count -= 1
    return (storage + count).move()
  }

  /// Drops the elements from `start` to the top.
  func removeAll(from start: Int) {
    guard start < count else { return }
    (storage + start).deinitialize(count: count - start)
    count = start
  }

  /// Pops the elements from `start` to the top into a new array, in order.
  func take(from start: Int) -> [Element] {
    var array: [Element] = []
    array.reserveCapacity(count - start)
    for offset in start..<count { array.append((storage + offset).move()) }
    count = start
    return array
  }
}

extension PendingStack where Element == YAMLNode {
  /// Pops the values from `start` and the keys from `keysStart` (as many) into the entries of
  /// a mapping, in order, moving each key and value.
  func takeEntries(
    from start: Int,
    keys: PendingStack<YAMLNode.Scalar>,
    from keysStart: Int
  ) -> [YAMLNode.Mapping.Entry] {
    let count = min(self.count - start, keys.count - keysStart)
    var entries: [YAMLNode.Mapping.Entry] = []
    entries.reserveCapacity(count)
    for offset in 0..<count {
      entries.append(
        YAMLNode.Mapping.Entry(
          key: (keys.storage + keysStart + offset).move(),
          value: (storage + start + offset).move()
        )
      )
    }
    (storage + start + count).deinitialize(count: self.count - start - count)
    (keys.storage + keysStart + count).deinitialize(count: keys.count - keysStart - count)
    self.count = start
    keys.count = keysStart
    return entries
  }
}
