/// A stack of the items (or entries) of the collections being parsed, innermost last.
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

  /// Pushes `element`.
  func append(_ element: Element) {
    if count == capacity {
      let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
      larger.moveInitialize(from: storage, count: count)
      storage.deallocate()
      storage = larger
      capacity *= 2
    }
    (storage + count).initialize(to: element)
    count += 1
  }

  /// The elements from `start` to the top, for reading.
  func elements(from start: Int) -> UnsafeBufferPointer<Element> {
    UnsafeBufferPointer(start: storage + start, count: count - start)
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
