/// The catalog and crosswalk files compiled into Ward, as text. Each file lives in this folder as a Swift raw string
/// so that `ward` stays one binary; `ward frameworks export` writes them back out as JSON.
enum BundledCatalogs {
    struct File: Sendable {
        var name: String
        var text: String
    }

    /// Frameworks first, then the crosswalks that join them.
    static let files: [File] = [
        hicp2018, hicp2023, hphCPG2024, nistCSF20, cisaCPG20, hipaaSecurityRule,
        hicp2018ToCSF20, hicp2018ToHICP2023, hphCPGToHICP2018, hphCPGToCSF20, hipaaToCSF20,
    ]
}
