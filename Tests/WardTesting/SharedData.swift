import Foundation
import Testing

/// The real public data sets in `../shared/data` (see its README): found next to the repository, at
/// `WARD_SHARED_DATA`, or at `/work/shared/data`. Tests that need them skip with a message when they are absent,
/// unless `WARD_REQUIRE_SHARED_DATA=1` (set by CI), which turns a missing folder into a failure.
public enum SharedData {
    public static let root: URL? = {
        let here = URL(fileURLWithPath: #filePath)
        let repository = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            ProcessInfo.processInfo.environment["WARD_SHARED_DATA"].map { URL(fileURLWithPath: $0) },
            repository.deletingLastPathComponent().appendingPathComponent("shared/data"),
            URL(fileURLWithPath: "/work/shared/data"),
        ].compactMap { $0 }
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("README.md").path) }
    }()

    /// Whether the tests that read shared data run: the folder is there, or CI requires it (and the test then fails
    /// on the missing file instead of skipping).
    public static var enabled: Bool {
        root != nil || ProcessInfo.processInfo.environment["WARD_REQUIRE_SHARED_DATA"] == "1"
    }

    public static let skipMessage: Comment =
        "needs ../shared/data (the shared public data sets); set WARD_SHARED_DATA to its path"

    /// A file or folder inside the shared data, e.g. `kev/known_exploited_vulnerabilities.json`.
    public static func url(_ relativePath: String) throws -> URL {
        guard let root else {
            throw SharedDataMissing(path: relativePath)
        }
        return root.appendingPathComponent(relativePath)
    }

    /// The files of a shared folder whose names end with `suffix`, sorted by name.
    public static func files(in folder: String, endingWith suffix: String) throws -> [URL] {
        let directory = try url(folder)
        return try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(suffix) }
            .sorted()
            .map { directory.appendingPathComponent($0) }
    }

    struct SharedDataMissing: Error, CustomStringConvertible {
        var path: String
        var description: String { "../shared/data/\(path) is required (WARD_REQUIRE_SHARED_DATA=1) but missing" }
    }
}
