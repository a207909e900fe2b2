import Foundation

/// Something on the organization's networks: a computer, a server, network gear, a medical device.
public struct Asset: Hashable, Sendable, Codable, Identifiable {
    public var id: UUID
    public var organizationID: UUID
    /// A name people use for it; the first host name or address when none was given.
    public var name: String
    public var addresses: [String]
    /// MAC addresses, upper case with colons.
    public var macs: [String]
    public var hostnames: [String]
    /// The maker of the network interface, from the IEEE registry of MAC prefixes.
    public var interfaceVendor: String?
    public var operatingSystem: String?
    public var services: [AssetService]
    public var owner: String?
    public var tags: [String]
    public var firstSeen: Date
    public var lastSeen: Date
    /// Present for a medical device.
    public var medical: MedicalDevice?
    /// Ward thinks it may be a medical device (its interface maker makes them) and nobody confirmed or denied yet.
    public var likelyMedical: Bool

    public init(
        id: UUID = UUID(),
        organizationID: UUID,
        name: String,
        addresses: [String] = [],
        macs: [String] = [],
        hostnames: [String] = [],
        interfaceVendor: String? = nil,
        operatingSystem: String? = nil,
        services: [AssetService] = [],
        owner: String? = nil,
        tags: [String] = [],
        firstSeen: Date,
        lastSeen: Date,
        medical: MedicalDevice? = nil,
        likelyMedical: Bool = false
    ) {
        self.id = id
        self.organizationID = organizationID
        self.name = name
        self.addresses = addresses
        self.macs = macs
        self.hostnames = hostnames
        self.interfaceVendor = interfaceVendor
        self.operatingSystem = operatingSystem
        self.services = services
        self.owner = owner
        self.tags = tags
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.medical = medical
        self.likelyMedical = likelyMedical
    }
}

/// A network service an asset offers.
public struct AssetService: Hashable, Sendable, Codable {
    public var transport: String
    public var port: Int
    public var name: String?
    public var product: String?
    public var version: String?
    public var cpes: [String]

    public init(transport: String, port: Int, name: String?, product: String?, version: String?, cpes: [String]) {
        self.transport = transport
        self.port = port
        self.name = name
        self.product = product
        self.version = version
        self.cpes = cpes
    }
}

/// What a hospital needs to know about a networked medical device (HICP practice 9).
public struct MedicalDevice: Hashable, Sendable, Codable {
    public var manufacturer: String
    public var model: String
    public var serial: String?
    public var softwareVersion: String?
    /// Infusion pump, patient monitor, CT scanner …
    public var deviceType: String?
    public var clinicalFunction: String?
    public var location: String?
    public var department: String?
    public var networkSegment: String?
    public var criticality: ClinicalCriticality
    public var storesPHI: Bool
    public var sendsPHI: Bool
    public var endOfSupport: CalendarDate?
    public var vendorRemoteAccess: Bool
    /// The key answers of the manufacturer's MDS2 form (Manufacturer Disclosure Statement for Medical Device
    /// Security), when one is on file.
    public var mds2: MDS2Summary?
    /// The device's software bill of materials, when the manufacturer supplied one.
    public var sbom: SBOMReference?

    public init(
        manufacturer: String,
        model: String,
        serial: String? = nil,
        softwareVersion: String? = nil,
        deviceType: String? = nil,
        clinicalFunction: String? = nil,
        location: String? = nil,
        department: String? = nil,
        networkSegment: String? = nil,
        criticality: ClinicalCriticality = .other,
        storesPHI: Bool = false,
        sendsPHI: Bool = false,
        endOfSupport: CalendarDate? = nil,
        vendorRemoteAccess: Bool = false
    ) {
        self.manufacturer = manufacturer
        self.model = model
        self.serial = serial
        self.softwareVersion = softwareVersion
        self.deviceType = deviceType
        self.clinicalFunction = clinicalFunction
        self.location = location
        self.department = department
        self.networkSegment = networkSegment
        self.criticality = criticality
        self.storesPHI = storesPHI
        self.sendsPHI = sendsPHI
        self.endOfSupport = endOfSupport
        self.vendorRemoteAccess = vendorRemoteAccess
        self.mds2 = nil
        self.sbom = nil
    }
}

/// The answers of an MDS2 form that matter most when deciding how to protect a device; nil where the form does not
/// say.
public struct MDS2Summary: Hashable, Sendable, Codable {
    /// The form's edition, such as `2019`.
    public var formVersion: String?
    /// The date the manufacturer filled it in.
    public var formDate: CalendarDate?
    /// The stored evidence file (its SHA-256) or a link to the form.
    public var document: String?
    public var malwareProtection: Bool?
    public var encryptsDataAtRest: Bool?
    public var encryptsDataInTransit: Bool?
    public var requiresAuthentication: Bool?
    public var remoteServiceByManufacturer: Bool?
    /// Whether the hospital may install operating system patches itself.
    public var customerMayPatch: Bool?
    /// Any other question identifier → answer from the form.
    public var otherAnswers: [String: String]

    public init(
        formVersion: String? = nil,
        formDate: CalendarDate? = nil,
        document: String? = nil,
        malwareProtection: Bool? = nil,
        encryptsDataAtRest: Bool? = nil,
        encryptsDataInTransit: Bool? = nil,
        requiresAuthentication: Bool? = nil,
        remoteServiceByManufacturer: Bool? = nil,
        customerMayPatch: Bool? = nil,
        otherAnswers: [String: String] = [:]
    ) {
        self.formVersion = formVersion
        self.formDate = formDate
        self.document = document
        self.malwareProtection = malwareProtection
        self.encryptsDataAtRest = encryptsDataAtRest
        self.encryptsDataInTransit = encryptsDataInTransit
        self.requiresAuthentication = requiresAuthentication
        self.remoteServiceByManufacturer = remoteServiceByManufacturer
        self.customerMayPatch = customerMayPatch
        self.otherAnswers = otherAnswers
    }

    /// The key questions Ward keeps as yes/no answers: a short key (for forms and the command line), the question in
    /// plain words, and where the answer is kept.
    public static var keyQuestions: [(key: String, question: String, answer: WritableKeyPath<MDS2Summary, Bool?>)] {
        [
            ("malware", "Malware protection runs on it", \.malwareProtection),
            ("encrypts_at_rest", "Encrypts the data it stores", \.encryptsDataAtRest),
            ("encrypts_in_transit", "Encrypts the data it sends", \.encryptsDataInTransit),
            ("authentication", "Asks users to sign in", \.requiresAuthentication),
            ("remote_service", "The manufacturer services it remotely", \.remoteServiceByManufacturer),
            ("customer_patch", "You may install operating system patches", \.customerMayPatch),
        ]
    }

    /// Sets one answer given as `QUESTION=ANSWER`: a key question (``keyQuestions``; `-` and `_` alike, any case)
    /// takes yes, no or unknown (which clears it); any other question (such as `MPII-2`) is kept as written, and an
    /// empty answer removes it. `location` names the input in errors.
    public mutating func set(_ text: String, location: String) throws {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let question = parts[0].trimmingCharacters(in: .whitespaces)
        guard parts.count == 2, !question.isEmpty else {
            throw WardError(
                .invalidInput,
                "'\(text)' is not QUESTION=ANSWER, such as malware=yes or MPII-2=no",
                location: location
            )
        }
        let answer = parts[1].trimmingCharacters(in: .whitespaces)
        let key = question.lowercased().replacingOccurrences(of: "-", with: "_")
        if let known = Self.keyQuestions.first(where: { $0.key == key }) {
            switch answer.lowercased() {
            case "yes": self[keyPath: known.answer] = true
            case "no": self[keyPath: known.answer] = false
            case "unknown", "": self[keyPath: known.answer] = nil
            default:
                throw WardError(
                    .invalidInput,
                    "the answer to \(question) is yes, no or unknown, not '\(answer)'",
                    location: location
                )
            }
        } else if answer.isEmpty {
            otherAnswers[question] = nil
        } else {
            otherAnswers[question] = answer
        }
    }
}

/// Where a device's software bill of materials is and what it is.
public struct SBOMReference: Hashable, Sendable, Codable {
    /// `cyclonedx` or `spdx`.
    public var format: String
    /// The document's name or the file it came in.
    public var name: String
    /// The stored file's SHA-256, or a link.
    public var document: String?
    public var componentCount: Int?

    public init(format: String, name: String, document: String? = nil, componentCount: Int? = nil) {
        self.format = format
        self.name = name
        self.document = document
        self.componentCount = componentCount
    }
}

/// How much patient care depends on a device.
public enum ClinicalCriticality: String, CaseIterable, Hashable, Sendable, Codable {
    case lifeSustaining = "life_sustaining"
    case lifeSupporting = "life_supporting"
    case diagnostic
    case other
}

/// One change to an asset, for its history.
public struct AssetChange: Hashable, Sendable, Codable {
    public var at: Date
    /// `nmap scan.xml`, `csv assets.csv`, `manual`.
    public var source: String
    /// Field → "old → new".
    public var changes: [String: String]

    public init(at: Date, source: String, changes: [String: String]) {
        self.at = at
        self.source = source
        self.changes = changes
    }
}
