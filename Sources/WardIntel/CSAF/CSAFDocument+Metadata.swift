extension CSAFDocument {
    /// The `document` object: what the document is, who published it, and its revisions.
    public struct Metadata: Sendable, Hashable, Codable {
        /// `csaf_security_advisory`, `csaf_vex`, `csaf_informational_advisory`, `csaf_base` or a publisher's own.
        public var category: String
        /// Always ``CSAFDocument/supportedVersion``; decoding refuses any other.
        public var csafVersion: String
        public var title: String
        public var publisher: Publisher
        public var tracking: Tracking
        public var lang: String?
        public var notes: [Note]?
        public var references: [Reference]?
        public var aggregateSeverity: AggregateSeverity?
        public var distribution: Distribution?
        public var acknowledgments: [Acknowledgment]?

        public init(
            category: String,
            csafVersion: String = CSAFDocument.supportedVersion,
            title: String,
            publisher: Publisher,
            tracking: Tracking,
            lang: String? = nil,
            notes: [Note]? = nil,
            references: [Reference]? = nil,
            aggregateSeverity: AggregateSeverity? = nil,
            distribution: Distribution? = nil,
            acknowledgments: [Acknowledgment]? = nil
        ) {
            self.category = category
            self.csafVersion = csafVersion
            self.title = title
            self.publisher = publisher
            self.tracking = tracking
            self.lang = lang
            self.notes = notes
            self.references = references
            self.aggregateSeverity = aggregateSeverity
            self.distribution = distribution
            self.acknowledgments = acknowledgments
        }

        enum CodingKeys: String, CodingKey {
            case category
            case csafVersion = "csaf_version"
            case title, publisher, tracking, lang, notes, references
            case aggregateSeverity = "aggregate_severity"
            case distribution, acknowledgments
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            // Checked before anything else so that a CSAF 1.x or 2.1 document fails on its version, which is the real
            // reason, rather than on whichever renamed field the decoder meets first.
            csafVersion = try container.decode(String.self, forKey: .csafVersion)
            guard csafVersion == CSAFDocument.supportedVersion else {
                throw DecodingError.dataCorruptedError(
                    forKey: .csafVersion,
                    in: container,
                    debugDescription: "csaf_version is \"\(csafVersion)\" but Ward reads CSAF "
                        + "\(CSAFDocument.supportedVersion) only; convert the document to CSAF 2.0"
                )
            }
            category = try container.decode(String.self, forKey: .category)
            title = try container.decode(String.self, forKey: .title)
            publisher = try container.decode(Publisher.self, forKey: .publisher)
            tracking = try container.decode(Tracking.self, forKey: .tracking)
            lang = try container.decodeIfPresent(String.self, forKey: .lang)
            notes = try container.decodeIfPresent([Note].self, forKey: .notes)
            references = try container.decodeIfPresent([Reference].self, forKey: .references)
            aggregateSeverity = try container.decodeIfPresent(AggregateSeverity.self, forKey: .aggregateSeverity)
            distribution = try container.decodeIfPresent(Distribution.self, forKey: .distribution)
            acknowledgments = try container.decodeIfPresent([Acknowledgment].self, forKey: .acknowledgments)
        }
    }

    /// Who issued the document.
    public struct Publisher: Sendable, Hashable, Codable {
        /// `vendor`, `coordinator`, `discoverer`, `translator`, `user` or `other`.
        public var category: String
        public var name: String
        /// The publisher's URL, which together with the tracking id identifies the document.
        public var namespace: String
        public var contactDetails: String?
        public var issuingAuthority: String?

        public init(
            category: String,
            name: String,
            namespace: String,
            contactDetails: String? = nil,
            issuingAuthority: String? = nil
        ) {
            self.category = category
            self.name = name
            self.namespace = namespace
            self.contactDetails = contactDetails
            self.issuingAuthority = issuingAuthority
        }

        enum CodingKeys: String, CodingKey {
            case category, name, namespace
            case contactDetails = "contact_details"
            case issuingAuthority = "issuing_authority"
        }
    }

    /// The identity and revision of the document. Dates stay the strings the document holds (RFC 3339), because
    /// publishers vary in precision and a consumer that only compares or shows them needs no parsing.
    public struct Tracking: Sendable, Hashable, Codable {
        public var id: String
        /// `draft`, `interim` or `final`.
        public var status: String
        public var version: String
        public var initialReleaseDate: String
        public var currentReleaseDate: String
        public var revisionHistory: [Revision]
        public var aliases: [String]?

        public init(
            id: String,
            status: String,
            version: String,
            initialReleaseDate: String,
            currentReleaseDate: String,
            revisionHistory: [Revision],
            aliases: [String]? = nil
        ) {
            self.id = id
            self.status = status
            self.version = version
            self.initialReleaseDate = initialReleaseDate
            self.currentReleaseDate = currentReleaseDate
            self.revisionHistory = revisionHistory
            self.aliases = aliases
        }

        enum CodingKeys: String, CodingKey {
            case id, status, version, aliases
            case initialReleaseDate = "initial_release_date"
            case currentReleaseDate = "current_release_date"
            case revisionHistory = "revision_history"
        }
    }

    /// One entry of the revision history.
    public struct Revision: Sendable, Hashable, Codable {
        public var date: String
        public var number: String
        public var summary: String
        public var legacyVersion: String?

        public init(date: String, number: String, summary: String, legacyVersion: String? = nil) {
            self.date = date
            self.number = number
            self.summary = summary
            self.legacyVersion = legacyVersion
        }

        enum CodingKeys: String, CodingKey {
            case date, number, summary
            case legacyVersion = "legacy_version"
        }
    }

    /// A note of the document or of a vulnerability.
    public struct Note: Sendable, Hashable, Codable {
        /// `description`, `details`, `faq`, `general`, `legal_disclaimer`, `other` or `summary`.
        public var category: String
        public var text: String
        public var title: String?
        public var audience: String?

        public init(category: String, text: String, title: String? = nil, audience: String? = nil) {
            self.category = category
            self.text = text
            self.title = title
            self.audience = audience
        }
    }

    /// A link to further information.
    public struct Reference: Sendable, Hashable, Codable {
        /// `self` or `external`; absent means `external`.
        public var category: String?
        public var summary: String
        public var url: String

        public init(category: String? = nil, summary: String, url: String) {
            self.category = category
            self.summary = summary
            self.url = url
        }
    }

    /// The publisher's overall rating of the document, in its own vocabulary.
    public struct AggregateSeverity: Sendable, Hashable, Codable {
        public var namespace: String?
        public var text: String

        public init(namespace: String? = nil, text: String) {
            self.namespace = namespace
            self.text = text
        }
    }

    /// Who may see the document.
    public struct Distribution: Sendable, Hashable, Codable {
        public var text: String?
        public var tlp: TrafficLightProtocol?

        public init(text: String? = nil, tlp: TrafficLightProtocol? = nil) {
            self.text = text
            self.tlp = tlp
        }
    }

    /// A Traffic Light Protocol marking (`WHITE`, `GREEN`, `AMBER`, `RED`).
    public struct TrafficLightProtocol: Sendable, Hashable, Codable {
        public var label: String
        public var url: String?

        public init(label: String, url: String? = nil) {
            self.label = label
            self.url = url
        }
    }

    /// Thanks to the people and organizations who found or helped with a vulnerability.
    public struct Acknowledgment: Sendable, Hashable, Codable {
        public var names: [String]?
        public var organization: String?
        public var summary: String?
        public var urls: [String]?

        public init(names: [String]? = nil, organization: String? = nil, summary: String? = nil, urls: [String]? = nil)
        {
            self.names = names
            self.organization = organization
            self.summary = summary
            self.urls = urls
        }
    }
}
