// The catalog file hicp-2023.json, kept as text so that `ward` stays one binary (see BundledCatalogs.swift).
// Edit the JSON between the delimiters; `swift test` validates it, and `ward frameworks export` writes it out.

extension BundledCatalogs {
    static let hicp2023 = File(
        name: "hicp-2023.json",
        text: #"""
            {
              "format": "ward-framework/1",
              "id": "hicp",
              "edition": "2023",
              "title": "Health Industry Cybersecurity Practices: Managing Threats and Protecting Patients",
              "publisher": "U.S. Department of Health and Human Services (HHS 405(d)) and the Health Sector Coordinating Council",
              "source": "https://405d.hhs.gov/",
              "date": "2023-04",
              "confidence": "secondary",
              "description": "HICP is a voluntary set of cybersecurity practices for US health care organizations, written by HHS and the health sector under section 405(d) of the Cybersecurity Act of 2015. This file is a partial transcription of the 2023 edition (published April 2023), made from third-party sources because the official volumes could not be read. It holds only the five threat names, the ten practice names and one sub-practice (9.L.B, Procurement and Security Evaluations, which was 9.L.C in 2018). Missing: every other small, medium and large sub-practice with its title, the NIST CSF references the 2023 volumes print, and the 2023 table of which threats each practice mitigates (so no practice lists threats here). Practices without a known sub-practice are answered as a whole. Because it is incomplete, it cannot be used for a full assessment; an organization holding the official 2023 Main Document and Technical Volumes 1 and 2 should transcribe them into a complete edition and import it with `ward frameworks import`. Threat ids T1-T5 are Ward's labels. Guidance, metrics and effort are Ward's own notes.",
              "levels": [
                "practice",
                "sub-practice"
              ],
              "tiered": true,
              "complete": false,
              "threats": [
                {
                  "id": "T1",
                  "title": "Social engineering",
                  "description": "Tricks that manipulate people, by e-mail, phone, text or in person, into giving access, data or money."
                },
                {
                  "id": "T2",
                  "title": "Ransomware attacks",
                  "description": "Malicious software that locks or encrypts systems and data and demands payment, which can stop clinical work."
                },
                {
                  "id": "T3",
                  "title": "Loss or theft of equipment or data",
                  "description": "Laptops, phones, drives or records that go missing or are stolen, exposing the data on them."
                },
                {
                  "id": "T4",
                  "title": "Insider, accidental or malicious data loss",
                  "description": "Staff or trusted partners exposing data by mistake or on purpose, for example a misdirected e-mail or looking at records without a need."
                },
                {
                  "id": "T5",
                  "title": "Attacks against network connected medical devices (that may affect patient safety)",
                  "description": "Attacks on networked medical equipment that could stop it working or change its data, and so put patients at risk."
                }
              ],
              "requirements": [
                {
                  "id": "1",
                  "title": "Email Protection Systems",
                  "guidance": "E-mail is the most common way attackers reach staff. This practice covers filtering and configuring e-mail, stronger sign-in, encryption, and teaching people to spot and report phishing. The 2023 sub-practices for this practice are not yet in Ward.",
                  "confidence": "secondary",
                  "edition": "2023"
                },
                {
                  "id": "2",
                  "title": "Endpoint Protection Systems",
                  "guidance": "Computers, laptops and other endpoints store and reach patient data, so each one needs baseline protection. This practice covers updates, antivirus, encryption and limited administrator rights, and for larger organizations automated builds and detection and response tools. The 2023 sub-practices for this practice are not yet in Ward.",
                  "confidence": "secondary",
                  "edition": "2023"
                },
                {
                  "id": "3",
                  "title": "Access Management",
                  "guidance": "Each person should have their own account with only the access their job needs, removed when they leave. This practice covers identity records, passwords and second sign-in steps, and for larger organizations role-based access, single sign-on and regular access reviews. The 2023 sub-practices for this practice are not yet in Ward.",
                  "confidence": "secondary",
                  "edition": "2023"
                },
                {
                  "id": "4",
                  "title": "Data Protection and Loss Prevention",
                  "guidance": "Know which data is sensitive and protect it wherever it is stored or sent. This practice covers sorting data by sensitivity, rules for its use, encryption, backups and tools that catch data leaving the organization. The 2023 sub-practices for this practice are not yet in Ward.",
                  "confidence": "secondary",
                  "edition": "2023"
                },
                {
                  "id": "5",
                  "title": "Asset Management",
                  "guidance": "You cannot protect equipment you do not know you have. This practice covers keeping an inventory, buying with security in mind, storing spare equipment safely and wiping devices when they are retired. The 2023 sub-practices for this practice are not yet in Ward.",
                  "confidence": "secondary",
                  "edition": "2023"
                },
                {
                  "id": "6",
                  "title": "Network Management",
                  "guidance": "A well-designed network limits how far an attacker can get. This practice covers firewalls, separating the network into zones, blocking attack traffic, web filtering and locking up network equipment, and for larger organizations advanced monitoring. The 2023 sub-practices for this practice are not yet in Ward.",
                  "confidence": "secondary",
                  "edition": "2023"
                },
                {
                  "id": "7",
                  "title": "Vulnerability Management",
                  "guidance": "Known weaknesses in software are a common way in. This practice covers scanning for weaknesses, patching, keeping settings and changes under control, penetration tests and planning fixes that cannot be done at once. The 2023 sub-practices for this practice are not yet in Ward.",
                  "confidence": "secondary",
                  "edition": "2023"
                },
                {
                  "id": "8",
                  "title": "Security Operations Center and Incident Response",
                  "guidance": "Someone has to watch for attacks and act when one happens. This practice covers security monitoring, incident response plans and exercises, sharing threat information with peers, and for larger organizations automation and advanced detection. The 2023 sub-practices for this practice are not yet in Ward.",
                  "confidence": "secondary",
                  "edition": "2023"
                },
                {
                  "id": "9",
                  "title": "Network Connected Medical Devices",
                  "confidence": "secondary",
                  "edition": "2023",
                  "guidance": "Connected medical devices can affect patient care when attacked and are often hard to patch. This practice covers device inventory, the protections a device allows, access, network separation, handling device weaknesses, secure purchasing and reporting problems.",
                  "children": [
                    {
                      "id": "9.L.B",
                      "title": "Procurement and Security Evaluations",
                      "guidance": "Before buying a connected medical device, put cybersecurity requirements into the request for proposal and the contract. Ask the maker for its completed security disclosure form (MDS2), and consider also asking for a software bill of materials (SBOM) and a network architecture diagram. Have clinical engineering and IT security review the answers before the decision.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Share of new device purchases with a completed security review",
                        "Share of device contracts with cybersecurity terms"
                      ],
                      "tags": [
                        "patient-safety"
                      ],
                      "effort": "medium",
                      "confidence": "secondary",
                      "edition": "2023"
                    }
                  ]
                },
                {
                  "id": "10",
                  "title": "Cybersecurity Oversight and Governance",
                  "guidance": "Written policies set expectations for staff and give leaders a shared basis for security decisions. This practice covers writing, approving, sharing and regularly reviewing cybersecurity policies. The 2023 sub-practices for this practice are not yet in Ward.",
                  "confidence": "secondary",
                  "edition": "2023"
                }
              ]
            }
            """#
    )
}
