import Foundation
import WardCore

/// CISA's catalog of Known Exploited Vulnerabilities: CVEs that attackers are using, with the date CISA added each,
/// the due date federal agencies must meet, and whether ransomware campaigns are known to use it.
public struct KEVCatalog: Sendable, Hashable, Codable {
    public var title: String?
    public var catalogVersion: String
    public var dateReleased: String?
    /// The number of entries the catalog says it has.
    public var count: Int?
    public var vulnerabilities: [KEVEntry]

    public init(
        title: String? = nil,
        catalogVersion: String,
        dateReleased: String? = nil,
        count: Int? = nil,
        vulnerabilities: [KEVEntry]
    ) {
        self.title = title
        self.catalogVersion = catalogVersion
        self.dateReleased = dateReleased
        self.count = count
        self.vulnerabilities = vulnerabilities
    }

    /// The entries of this catalog whose CVE is not in `older`, in the order CISA added them (oldest first).
    ///
    /// This is "what is new in KEV since the last import": CISA only adds entries (it has removed a handful in
    /// its history, which show up in ``removed(since:)``).
    public func added(since older: KEVCatalog) -> [KEVEntry] {
        let known = Set(older.vulnerabilities.map(\.cveID))
        return vulnerabilities.filter { !known.contains($0.cveID) }.sorted {
            ($0.dateAdded, $0.cveID) < ($1.dateAdded, $1.cveID)
        }
    }

    /// The CVEs that were in `older` and are no longer in this catalog.
    public func removed(since older: KEVCatalog) -> [String] {
        let current = Set(vulnerabilities.map(\.cveID))
        return older.vulnerabilities.map(\.cveID).filter { !current.contains($0) }.sorted()
    }

    /// The entry for a CVE, if the catalog lists it.
    public func entry(for cve: String) -> KEVEntry? {
        vulnerabilities.first { $0.cveID == cve }
    }
}

/// One exploited vulnerability in CISA's KEV catalog.
public struct KEVEntry: Sendable, Hashable, Codable {
    public var cveID: String
    public var vendorProject: String
    public var product: String
    public var vulnerabilityName: String
    /// The day CISA added the entry, `YYYY-MM-DD`.
    public var dateAdded: String
    public var shortDescription: String
    public var requiredAction: String
    /// The remediation due date for US federal agencies, `YYYY-MM-DD`; Ward uses it as the remediation clock.
    public var dueDate: String
    /// `Known` or `Unknown`.
    public var knownRansomwareCampaignUse: String
    public var notes: String
    public var cwes: [String]

    public init(
        cveID: String,
        vendorProject: String,
        product: String,
        vulnerabilityName: String,
        dateAdded: String,
        shortDescription: String,
        requiredAction: String,
        dueDate: String,
        knownRansomwareCampaignUse: String,
        notes: String = "",
        cwes: [String] = []
    ) {
        self.cveID = cveID
        self.vendorProject = vendorProject
        self.product = product
        self.vulnerabilityName = vulnerabilityName
        self.dateAdded = dateAdded
        self.shortDescription = shortDescription
        self.requiredAction = requiredAction
        self.dueDate = dueDate
        self.knownRansomwareCampaignUse = knownRansomwareCampaignUse
        self.notes = notes
        self.cwes = cwes
    }

    enum CodingKeys: String, CodingKey {
        case cveID, vendorProject, product, vulnerabilityName, dateAdded, shortDescription, requiredAction, dueDate
        case knownRansomwareCampaignUse, notes, cwes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        cveID = try container.decode(String.self, forKey: .cveID)
        vendorProject = try container.decode(String.self, forKey: .vendorProject)
        product = try container.decode(String.self, forKey: .product)
        vulnerabilityName = try container.decode(String.self, forKey: .vulnerabilityName)
        dateAdded = try container.decode(String.self, forKey: .dateAdded)
        shortDescription = try container.decodeIfPresent(String.self, forKey: .shortDescription) ?? ""
        requiredAction = try container.decodeIfPresent(String.self, forKey: .requiredAction) ?? ""
        dueDate = try container.decode(String.self, forKey: .dueDate)
        knownRansomwareCampaignUse =
            try container.decodeIfPresent(String.self, forKey: .knownRansomwareCampaignUse) ?? "Unknown"
        notes = try container.decodeIfPresent(String.self, forKey: .notes) ?? ""
        // Older catalogs have no cwes.
        cwes = try container.decodeIfPresent([String].self, forKey: .cwes) ?? []
    }

    /// Whether CISA knows of ransomware campaigns that use the vulnerability.
    public var usedByRansomware: Bool { knownRansomwareCampaignUse.caseInsensitiveEquals("Known") }
}
