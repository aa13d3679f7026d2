import Foundation

/// Reads `count` bytes of the file open as `descriptor`, from `offset`, into `buffer`,
/// retrying interrupted and short reads. Returns the number of bytes read (fewer than `count`
/// only where the file ends) or -1, with `errno` set, when a read fails.
func readFully(_ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int) -> Int {
    var done = 0
    while done < count {
        let got = pread(descriptor, buffer + done, count - done, off_t(offset + done))
        if got < 0 && errno == EINTR { continue }
        if got < 0 { return -1 }
        if got == 0 { break }
        done += got
    }
    return done
}
