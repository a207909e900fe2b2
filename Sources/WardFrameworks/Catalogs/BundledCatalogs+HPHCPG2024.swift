// The catalog file hph-cpg-2024.json, kept as text so that `ward` stays one binary (see BundledCatalogs.swift).
// Edit the JSON between the delimiters; `swift test` validates it, and `ward frameworks export` writes it out.

extension BundledCatalogs {
    static let hphCPG2024 = File(
        name: "hph-cpg-2024.json",
        text: #"""
            {
              "format": "ward-framework/1",
              "id": "hph-cpg",
              "edition": "2024",
              "title": "HHS Healthcare and Public Health Sector Cybersecurity Performance Goals",
              "publisher": "U.S. Department of Health and Human Services (ASPR)",
              "source": "https://hphcyber.hhs.gov/performance-goals.html",
              "date": "2024-01",
              "confidence": "secondary",
              "description": "The HPH Cybersecurity Performance Goals are voluntary goals that HHS released in January 2024 for hospitals and other health organizations. They build on CISA's cross-sector performance goals and are informed by NIST CSF and HICP. Ten essential goals set a floor of basic safeguards; ten enhanced goals describe the next level of maturity. Goal names and their order come from third-party summaries: the official HHS page was not consulted, so wording and order must be checked there, and X9 (Centralized Incident Planning and Preparedness) is not confirmed. The ids E1-E10 and X1-X10 are Ward's labels, not official numbers. Guidance, metrics and effort are Ward's own notes.",
              "levels": [
                "tier",
                "goal"
              ],
              "tiered": false,
              "requirements": [
                {
                  "id": "essential",
                  "title": "Essential goals",
                  "tags": [
                    "essential"
                  ],
                  "edition": "2024",
                  "children": [
                    {
                      "id": "E1",
                      "title": "Mitigate Known Vulnerabilities",
                      "guidance": "Find and fix known security flaws in systems that can be reached from the internet, starting with flaws attackers are already using. Set deadlines by severity and track each fix to the end. Where a fix is not possible, add another protection or take the system off the internet.",
                      "metrics": [
                        "Known exploited flaws open on internet-facing systems",
                        "Median days to fix critical flaws on internet-facing systems"
                      ],
                      "tags": [
                        "essential"
                      ],
                      "effort": "medium",
                      "edition": "2024"
                    },
                    {
                      "id": "E2",
                      "title": "Email Security",
                      "guidance": "Protect e-mail against fake senders, phishing and fraud with filtering, scanning of links and attachments, and sender-checking records (SPF, DKIM, DMARC) for your domains. Make it easy for staff to report a suspicious message.",
                      "metrics": [
                        "Share of domains with a DMARC policy of quarantine or reject",
                        "Suspicious messages reported by staff per month"
                      ],
                      "tags": [
                        "essential"
                      ],
                      "effort": "low",
                      "edition": "2024"
                    },
                    {
                      "id": "E3",
                      "title": "Multifactor Authentication",
                      "guidance": "Require a second sign-in step for every account and system reachable from the internet, such as e-mail, remote access, cloud apps and vendor connections, and for administrator accounts. Prefer methods that resist phishing, such as hardware keys.",
                      "metrics": [
                        "Share of internet-reachable accounts that need a second sign-in step",
                        "Administrator accounts using a phishing-resistant method"
                      ],
                      "tags": [
                        "essential"
                      ],
                      "effort": "medium",
                      "edition": "2024"
                    },
                    {
                      "id": "E4",
                      "title": "Basic Cybersecurity Training",
                      "guidance": "Give every workforce member basic security training when they start and at least once a year. Cover phishing, passwords, safe handling of patient data and how to report a problem, in short practical lessons.",
                      "metrics": [
                        "Training completion rate",
                        "Click rate in practice phishing campaigns"
                      ],
                      "tags": [
                        "essential"
                      ],
                      "effort": "low",
                      "edition": "2024"
                    },
                    {
                      "id": "E5",
                      "title": "Strong Encryption",
                      "guidance": "Encrypt sensitive data whenever it travels over a network, using current protocols, and on laptops and portable media. Turn off old, weak encryption settings. Keep a list of connections that carry patient data and check that each is encrypted.",
                      "metrics": [
                        "Connections carrying patient data without current encryption",
                        "Share of laptops with disk encryption on"
                      ],
                      "tags": [
                        "essential"
                      ],
                      "effort": "medium",
                      "edition": "2024"
                    },
                    {
                      "id": "E6",
                      "title": "Revoke Credentials for Departing Workforce Members",
                      "guidance": "Turn off accounts, badges and remote access for people who leave, on or before their last day. Tie the step to notice from HR or the manager, and check regularly for accounts that were missed.",
                      "metrics": [
                        "Median hours from a departure to the accounts being disabled",
                        "Leftover active accounts found in reviews"
                      ],
                      "tags": [
                        "essential"
                      ],
                      "effort": "low",
                      "edition": "2024"
                    },
                    {
                      "id": "E7",
                      "title": "Basic Incident Planning and Preparedness",
                      "guidance": "Keep a written plan for responding to and recovering from a cyber incident, including how to keep caring for patients while systems are down. Know whom to call, and practise the plan at least once a year.",
                      "metrics": [
                        "Date of the last plan review",
                        "Date of the last practice exercise"
                      ],
                      "tags": [
                        "essential",
                        "patient-safety"
                      ],
                      "effort": "medium",
                      "edition": "2024"
                    },
                    {
                      "id": "E8",
                      "title": "Unique Credentials",
                      "guidance": "Give every user, service and device its own login instead of shared or default ones, so activity can be traced and unusual use stands out. Change default passwords before equipment goes into use.",
                      "metrics": [
                        "Shared accounts still in use",
                        "Devices still using default passwords"
                      ],
                      "tags": [
                        "essential"
                      ],
                      "effort": "low",
                      "edition": "2024"
                    },
                    {
                      "id": "E9",
                      "title": "Separate User and Privileged Accounts",
                      "guidance": "Administrators should use an ordinary account for e-mail and web browsing and a separate account only for administrator work. Keep the number of privileged accounts small and review them often.",
                      "metrics": [
                        "Share of administrators with a separate privileged account",
                        "Privileged accounts reviewed in the last quarter"
                      ],
                      "tags": [
                        "essential"
                      ],
                      "effort": "low",
                      "edition": "2024"
                    },
                    {
                      "id": "E10",
                      "title": "Vendor/Supplier Cybersecurity Requirements",
                      "guidance": "Set security expectations for vendors before signing, such as timely updates, breach notice and access controls, and write them into contracts. Rank vendors by the risk they bring and review the riskiest ones regularly.",
                      "metrics": [
                        "Share of critical vendor contracts with security terms",
                        "Critical vendors reviewed in the last 12 months"
                      ],
                      "tags": [
                        "essential"
                      ],
                      "effort": "medium",
                      "edition": "2024"
                    }
                  ]
                },
                {
                  "id": "enhanced",
                  "title": "Enhanced goals",
                  "tags": [
                    "enhanced"
                  ],
                  "edition": "2024",
                  "children": [
                    {
                      "id": "X1",
                      "title": "Asset Inventory",
                      "guidance": "Keep an up-to-date list of all hardware, software and connected medical devices, with an owner and an importance rating for each. Use discovery tools to find what the list is missing.",
                      "metrics": [
                        "Share of devices seen on the network that are in the inventory",
                        "Inventory records with no owner"
                      ],
                      "tags": [
                        "enhanced"
                      ],
                      "effort": "medium",
                      "edition": "2024"
                    },
                    {
                      "id": "X2",
                      "title": "Third Party Vulnerability Disclosure",
                      "guidance": "Require vendors to tell you promptly about security flaws in the products and services they supply, and give outside researchers a way to report flaws they find in your systems. Act on each report and track it to closure.",
                      "metrics": [
                        "Share of critical vendor contracts that require flaw disclosure",
                        "Flaw reports received and closed"
                      ],
                      "tags": [
                        "enhanced"
                      ],
                      "effort": "medium",
                      "edition": "2024"
                    },
                    {
                      "id": "X3",
                      "title": "Third Party Incident Reporting",
                      "guidance": "Require vendors and partners to tell you quickly when they have a security incident that could affect you, and put that duty in contracts. Decide in advance how you will act on such a notice.",
                      "metrics": [
                        "Share of critical vendor contracts with an incident notice clause",
                        "Vendor incident notices received and handled"
                      ],
                      "tags": [
                        "enhanced"
                      ],
                      "effort": "medium",
                      "edition": "2024"
                    },
                    {
                      "id": "X4",
                      "title": "Cybersecurity Testing",
                      "guidance": "Have independent testers check your defences on a regular schedule, for example with penetration tests or simulated attacks. Use the results to find weaknesses before attackers do.",
                      "metrics": [
                        "Date of the last independent test",
                        "Findings from the last test still open"
                      ],
                      "tags": [
                        "enhanced"
                      ],
                      "effort": "medium",
                      "edition": "2024"
                    },
                    {
                      "id": "X5",
                      "title": "Cybersecurity Mitigation",
                      "guidance": "Fix the most serious problems found by tests and assessments quickly, starting with those that could cause the most harm. Track each fix to completion and report overdue items to leadership.",
                      "metrics": [
                        "Share of high-impact findings fixed by their due date",
                        "Overdue findings reported to leadership"
                      ],
                      "tags": [
                        "enhanced"
                      ],
                      "effort": "medium",
                      "edition": "2024"
                    },
                    {
                      "id": "X6",
                      "title": "Detect and Respond to Relevant Threats and Tactics, Techniques, and Procedures",
                      "guidance": "Keep up with the threats and attacker methods seen against healthcare, and check that your monitoring can detect them. Set up alerts and a way to respond quickly when they appear.",
                      "metrics": [
                        "Share of priority attacker methods covered by a detection",
                        "Median time from alert to response"
                      ],
                      "tags": [
                        "enhanced"
                      ],
                      "effort": "high",
                      "edition": "2024"
                    },
                    {
                      "id": "X7",
                      "title": "Network Segmentation",
                      "guidance": "Separate critical systems, medical devices, and guest or vendor access into their own network zones so an attack in one cannot spread freely. Allow only the traffic each zone needs.",
                      "metrics": [
                        "Share of medical devices on dedicated segments",
                        "Unexpected paths found in separation tests"
                      ],
                      "tags": [
                        "enhanced",
                        "patient-safety"
                      ],
                      "effort": "high",
                      "edition": "2024"
                    },
                    {
                      "id": "X8",
                      "title": "Centralized Log Collection",
                      "guidance": "Collect security logs from key systems in one protected place and keep them long enough to investigate an incident. Make sure a person or a tool reviews them and raises alerts.",
                      "metrics": [
                        "Share of critical systems sending logs to the central store",
                        "Days of logs kept"
                      ],
                      "tags": [
                        "enhanced"
                      ],
                      "effort": "medium",
                      "edition": "2024"
                    },
                    {
                      "id": "X9",
                      "title": "Centralized Incident Planning and Preparedness",
                      "guidance": "Coordinate incident response across the whole organization with one shared plan, clear roles and regular exercises that include clinical leaders and key vendors. Include how to keep patient care safe during an outage.",
                      "metrics": [
                        "Date of the last organization-wide exercise",
                        "Share of lessons-learned actions closed"
                      ],
                      "tags": [
                        "enhanced",
                        "patient-safety"
                      ],
                      "effort": "medium",
                      "confidence": "unverified",
                      "edition": "2024"
                    },
                    {
                      "id": "X10",
                      "title": "Configuration Management",
                      "guidance": "Keep secure standard settings for systems and devices, write them down, and manage changes through approval and records. Find and fix systems that drift from the standard.",
                      "metrics": [
                        "Systems that differ from their standard settings",
                        "Changes made without an approved record"
                      ],
                      "tags": [
                        "enhanced"
                      ],
                      "effort": "medium",
                      "edition": "2024"
                    }
                  ]
                }
              ]
            }
            """#
    )
}
