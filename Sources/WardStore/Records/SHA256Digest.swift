import Crypto
import Foundation

/// SHA-256 of feed files and stored documents, as lowercase hexadecimal.
///
/// Feed imports record the digest of every file they read so that the identical file imported again writes nothing.
public enum SHA256Digest {
    /// The digest of `data` as 64 lowercase hexadecimal characters.
    public static func hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
