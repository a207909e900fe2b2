/// A free public service or publication that helps close a gap.
///
/// This short list covers the action plan until the directory of free services (its own issue) replaces it with
/// dated, sourced entries; each entry here names the HICP practices and CSF categories it helps with.
public struct FreeResource: Hashable, Sendable, Codable {
    public var title: String
    public var url: String
    /// What it offers, in a sentence.
    public var summary: String
    /// HICP practice numbers (`"7"`).
    public var hicpPractices: Set<String>
    /// CSF 2.0 category prefixes (`"ID.RA"`).
    public var csfCategories: Set<String>
    /// HPH CPG goals it serves (`"E1"`), matched against the goals a requirement maps to.
    public var cpgGoals: Set<String> = []

    public init(
        title: String,
        url: String,
        summary: String,
        hicpPractices: Set<String>,
        csfCategories: Set<String>,
        cpgGoals: Set<String> = []
    ) {
        self.title = title
        self.url = url
        self.summary = summary
        self.hicpPractices = hicpPractices
        self.csfCategories = csfCategories
        self.cpgGoals = cpgGoals
    }

    func helps(practice: String, framework: String, mappedIDs: [String]) -> Bool {
        if framework == "hicp", hicpPractices.contains(practice) { return true }
        if mappedIDs.contains(where: cpgGoals.contains) { return true }
        return mappedIDs.contains { id in csfCategories.contains { id.hasPrefix($0) } }
    }

    /// The built-in list.
    public static let catalog: [FreeResource] = [
        FreeResource(
            title: "CISA Cyber Hygiene vulnerability scanning",
            url: "https://www.cisa.gov/cyber-hygiene-services",
            summary: "Free weekly scans of internet-facing systems, with reports of what is exposed and vulnerable.",
            hicpPractices: ["7"],
            csfCategories: ["ID.RA"]
        ),
        FreeResource(
            title: "CISA Known Exploited Vulnerabilities catalog",
            url: "https://www.cisa.gov/known-exploited-vulnerabilities-catalog",
            summary: "The vulnerabilities attackers are known to use, with dates by which to fix them.",
            hicpPractices: ["7"],
            csfCategories: ["ID.RA", "PR.PS"]
        ),
        FreeResource(
            title: "HHS 405(d) Program resources",
            url: "https://405d.hhs.gov/",
            summary: "HICP volumes, awareness material, posters and newsletters for healthcare staff.",
            hicpPractices: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
            csfCategories: ["PR.AT", "GV.PO"]
        ),
        FreeResource(
            title: "Health-ISAC",
            url: "https://health-isac.org/",
            summary: "The health sector's information sharing and analysis center: alerts and peer exchange.",
            hicpPractices: ["8"],
            csfCategories: ["ID.RA", "DE.AE"]
        ),
        FreeResource(
            title: "CISA incident reporting",
            url: "https://www.cisa.gov/report",
            summary: "Where to report a cyber incident to CISA and ask for help.",
            hicpPractices: ["8"],
            csfCategories: ["RS.CO", "RS.MA"]
        ),
        FreeResource(
            title: "CISA ransomware guide (StopRansomware)",
            url: "https://www.cisa.gov/stopransomware",
            summary: "Prevention checklists and response steps for ransomware.",
            hicpPractices: ["2", "4", "8"],
            csfCategories: ["PR.DS", "RC.RP"]
        ),
        FreeResource(
            title: "FDA medical device cybersecurity",
            url: "https://www.fda.gov/medical-devices/digital-health-center-excellence/cybersecurity",
            summary: "Safety communications and guidance on connected medical devices.",
            hicpPractices: ["9"],
            csfCategories: []
        ),
        FreeResource(
            title: "CISA ICS medical advisories",
            url: "https://www.cisa.gov/news-events/cybersecurity-advisories",
            summary: "Advisories on vulnerabilities in medical devices and their fixes.",
            hicpPractices: ["9", "7"],
            csfCategories: []
        ),
        FreeResource(
            title: "CISA phishing guidance and awareness",
            url: "https://www.cisa.gov/secure-our-world",
            summary: "Awareness material on phishing, passwords and multifactor authentication.",
            hicpPractices: ["1", "3"],
            csfCategories: ["PR.AT", "PR.AA"]
        ),
    ]
}
