// The catalog file hicp-2018.json, kept as text so that `ward` stays one binary (see BundledCatalogs.swift).
// Edit the JSON between the delimiters; `swift test` validates it, and `ward frameworks export` writes it out.

extension BundledCatalogs {
    static let hicp2018 = File(
        name: "hicp-2018.json",
        text: #"""
            {
              "format": "ward-framework/1",
              "id": "hicp",
              "edition": "2018",
              "title": "Health Industry Cybersecurity Practices: Managing Threats and Protecting Patients",
              "publisher": "U.S. Department of Health and Human Services (HHS 405(d)) and the Health Sector Coordinating Council",
              "source": "https://405d.hhs.gov/",
              "date": "2018-12",
              "confidence": "verified",
              "description": "HICP is a voluntary set of cybersecurity practices for US health care organizations, written by HHS and the health sector under section 405(d) of the Cybersecurity Act of 2015. It links five common threats to ten practices, and splits each practice into sub-practices sized for small, medium and large organizations. This file is the 2018 edition (released December 2018), not the 2023 edition. Sub-practice ids and titles for medium and large organizations (70 rows) come from a faithful copy of the 2018 Technical Volume 2; where its summary chart and its body differ, the body title is used (1.M.B, 4.L.B, 8.L.A). Their references are the NIST CSF 1.1 identifiers that volume prints (not CSF 2.0; see the hicp-2018--nist-csf-2.0 crosswalk). The 19 small-organization rows come from a third-party reproduction of Technical Volume 1: 1.S.A, 2.S.A, 5.S.A-C, 6.S.A and 10.S.A were read there (10.S.A's printed \"IG.GV-1\" is recorded as ID.GV-1; 5.S.C's reference was cut off and is left out); the order of 1.S.B and 1.S.C is inferred; and the small rows for practices 3, 4, 7, 8 and 9, plus 6.S.B and 6.S.C, are a skeleton from recollection, marked unverified, with titles still to be checked against the official volume. Threat ids T1-T5 are Ward's labels, not HHS identifiers. Guidance, metrics and effort are Ward's own plain-language notes, not HHS text.",
              "levels": [
                "practice",
                "sub-practice"
              ],
              "tiered": true,
              "threats": [
                {
                  "id": "T1",
                  "title": "E-mail phishing attacks",
                  "description": "Deceptive messages that trick staff into clicking a link, opening a file, or giving away passwords or money."
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
                  "title": "Insider, accidental or intentional data loss",
                  "description": "Staff or trusted partners exposing data by mistake or on purpose, for example a misdirected e-mail or looking at records without a need."
                },
                {
                  "id": "T5",
                  "title": "Attacks against (connected) medical devices that may affect patient safety",
                  "description": "Attacks on networked medical equipment that could stop it working or change its data, and so put patients at risk."
                }
              ],
              "requirements": [
                {
                  "id": "1",
                  "title": "E-mail Protection Systems",
                  "guidance": "E-mail is the most common way attackers reach staff. This practice covers filtering and configuring e-mail, stronger sign-in, encryption, and teaching people to spot and report phishing.",
                  "threats": [
                    "T1",
                    "T2",
                    "T4"
                  ],
                  "edition": "2018",
                  "children": [
                    {
                      "id": "1.S.A",
                      "title": "E-mail System Configuration",
                      "guidance": "Turn on the security features your e-mail service already offers: spam and malware filtering, blocking of risky attachment types, and a warning banner on mail from outside the practice. Require a strong, unique password and a second sign-in step for every mailbox. If a vendor hosts your e-mail, ask them to confirm in writing which of these protections are on.",
                      "tiers": [
                        "small"
                      ],
                      "metrics": [
                        "Share of mailboxes with a second sign-in step turned on",
                        "Number of malicious messages blocked per month"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-2"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.IP-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-7"
                        }
                      ],
                      "effort": "low",
                      "edition": "2018"
                    },
                    {
                      "id": "1.S.B",
                      "title": "Education",
                      "guidance": "Teach everyone who uses e-mail how to spot a suspicious message: unexpected attachments, urgent requests for money or passwords, and sender addresses that look almost right. Tell staff exactly how to report such a message and thank them when they do. Repeat short refreshers at least once a year and for every new hire.",
                      "tiers": [
                        "small"
                      ],
                      "metrics": [
                        "Share of staff who completed e-mail safety training in the last 12 months",
                        "Number of suspicious messages reported by staff per month"
                      ],
                      "effort": "low",
                      "confidence": "secondary",
                      "edition": "2018"
                    },
                    {
                      "id": "1.S.C",
                      "title": "Phishing Simulations",
                      "guidance": "A few times a year, send harmless practice phishing messages to staff to see who clicks or types a password. Use the results for extra coaching, not for punishment. Many e-mail and training vendors offer this as a low-cost service.",
                      "tiers": [
                        "small"
                      ],
                      "metrics": [
                        "Click rate on practice phishing messages",
                        "Share of practice phishing messages reported by staff",
                        "Change in click rate from one round to the next"
                      ],
                      "effort": "low",
                      "confidence": "secondary",
                      "edition": "2018"
                    },
                    {
                      "id": "1.M.A",
                      "title": "Basic E-mail Protection Controls",
                      "guidance": "Put baseline filtering in front of every mailbox: block known bad senders, scan attachments and links, and tag mail that comes from outside the organization. Publish sender-checking records for your domains (SPF, DKIM and DMARC) so other mail systems can reject messages that fake your name. Limit who may send on behalf of others, and review these settings after every major change.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of the organization's domains with a DMARC policy of quarantine or reject",
                        "Malicious messages blocked per month",
                        "Share of mailboxes covered by attachment and link scanning"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-2"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.RA-2"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.PT-3"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.CM-4"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-4"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-7"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "1.M.B",
                      "title": "Multifactor Authentication for Remote E-mail Access",
                      "guidance": "Require a second sign-in step (an app prompt, a hardware key or a code) whenever someone reaches e-mail from outside the organization's network, including webmail and phone apps. Turn off older sign-in methods that cannot ask for a second step. Keep a short written list of any exceptions and review it regularly.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of accounts that need a second sign-in step for remote e-mail",
                        "Number of open exceptions",
                        "Older sign-in methods still turned on"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-7"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "1.M.C",
                      "title": "E-mail Encryption",
                      "guidance": "Make sure mail between your servers and other organizations travels over encrypted connections, and give staff a simple way to send an encrypted message when it contains patient information. Rules that detect patient data and encrypt it automatically help when people forget. Check that outside recipients, including patients, can actually open encrypted messages.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of outgoing mail sent over encrypted connections",
                        "Messages with patient data sent without encryption, from filter reports"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-2"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "1.M.D",
                      "title": "Workforce Education",
                      "guidance": "Run regular awareness training on phishing, safe handling of patient data and how to report a problem. Keep it short and use real examples from your own organization. Track who has finished it and follow up with those who have not.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Training completion rate",
                        "Click rate in practice phishing campaigns",
                        "Median time from a suspicious message arriving to a staff report"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AT-1"
                        }
                      ],
                      "effort": "low",
                      "edition": "2018"
                    },
                    {
                      "id": "1.L.A",
                      "title": "Advanced and Next-Generation Tooling",
                      "guidance": "Add protections beyond basic filtering: open attachments in an isolated test environment before delivery, check links again when they are clicked, and detect look-alike domains and messages that pretend to come from leaders. Send alerts from these tools to the people who watch for security events. Tune them so they stop real attacks without flooding staff with false alarms.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Threats caught by the advanced tools that basic filtering missed",
                        "Share of quarantined messages that turn out to be legitimate",
                        "Time to pull a malicious message out of all mailboxes"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-2"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.CM-5"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.CM-7"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "1.L.B",
                      "title": "Digital Signatures",
                      "guidance": "Give staff who send high-trust messages, such as finance and leadership, a way to sign mail digitally so recipients can confirm who sent it and that nobody changed it. Show recipients what a valid signature looks like. Renew and revoke the signing certificates on time.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Share of targeted staff with a signing certificate",
                        "Expired or revoked certificates still in use"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-2"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-6"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-8"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "1.L.C",
                      "title": "Analytics-Driven Education",
                      "guidance": "Use data from practice phishing, reported messages and real incidents to decide who needs extra training and on what. Aim short lessons at the people and teams most often fooled instead of giving everyone the same course. Check whether the numbers improve after each round.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Number of people who clicked in several recent practice campaigns",
                        "Change in click rate for targeted groups after extra training"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AT-1"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    }
                  ]
                },
                {
                  "id": "2",
                  "title": "Endpoint Protection Systems",
                  "guidance": "Computers, laptops and other endpoints store and reach patient data, so each one needs baseline protection. This practice covers updates, antivirus, encryption and limited administrator rights, and for larger organizations automated builds and detection and response tools.",
                  "threats": [
                    "T2",
                    "T3"
                  ],
                  "edition": "2018",
                  "children": [
                    {
                      "id": "2.S.A",
                      "title": "Basic Endpoint Protection Controls",
                      "guidance": "On every computer and laptop, keep the operating system and programs updated, run antivirus, turn on full-disk encryption and use the built-in firewall. Give everyday users accounts without administrator rights. Lock screens after a few idle minutes and keep a list showing which devices have these settings.",
                      "tiers": [
                        "small"
                      ],
                      "metrics": [
                        "Share of devices with current updates",
                        "Share of laptops with disk encryption on",
                        "Share of users without administrator rights on their computer"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AT"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.IP-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-4"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.IP-12"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-2"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-3"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "2.M.A",
                      "title": "Basic Endpoint Protection Controls",
                      "guidance": "Manage all endpoints from a central tool so you can push updates, enforce encryption, keep antivirus current and remove local administrator rights across the fleet. Set a standard secure configuration for each type of device and check devices against it. Flag devices that drift from it and fix them quickly.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of endpoints meeting the standard configuration",
                        "Average days to install critical updates",
                        "Share of endpoints with encryption and antivirus active"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.IP-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.CM-4"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.IP-12"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-4"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "2.L.A",
                      "title": "Automate the Provisioning of Endpoints",
                      "guidance": "Build new and reissued computers from a standard, hardened image with automated tools, so every device starts with the same security settings. Automation removes manual steps where settings get missed. Refresh the image on a schedule so new devices do not start out behind on updates.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Share of endpoints built from the current standard image",
                        "Age of the standard image in days"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-5"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "2.L.B",
                      "title": "Mobile Device Management",
                      "guidance": "Enroll every phone and tablet that holds or reaches organizational data in a mobile device management tool. Use it to require a passcode, encrypt storage, keep work apps apart from personal ones, and wipe work data when a device is lost or its owner leaves. Keep devices that are not enrolled away from e-mail and clinical apps.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Share of mobile devices with work data that are enrolled",
                        "Time to wipe a device after it is reported lost"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-3"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "2.L.C",
                      "title": "Host-Based Intrusion Detection and Prevention Systems",
                      "guidance": "Run software on servers and key workstations that watches for suspicious activity, such as unexpected changes to system files, and can block it. Send its alerts to one place where someone reviews them. Start in watch-only mode and tighten the blocking rules as you learn what normal looks like.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Share of servers with host intrusion protection",
                        "Share of alerts reviewed within the agreed time"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-5"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "2.L.D",
                      "title": "Endpoint Detection and Response",
                      "guidance": "Deploy an endpoint detection and response tool that records activity on each device, spots attack patterns and lets responders cut a machine off the network remotely. Make sure someone, in-house or a service provider, watches its alerts at all hours. Practise isolating a device so the step is quick in a real incident.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Share of endpoints reporting to the detection tool",
                        "Median time from alert to isolating the device"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-5"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "RS.AN-1"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "2.L.E",
                      "title": "Application Whitelisting",
                      "guidance": "Allow only approved programs to run on servers and on single-purpose machines such as kiosks and clinical workstations. Build the approved list from what is really in use, run in report-only mode first, then switch to blocking. Keep a fast way to approve legitimate software so staff do not look for workarounds.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Share of targeted systems in blocking mode",
                        "Unapproved programs blocked per month",
                        "Average time to approve a legitimate request"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.AM-2"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-6"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "2.L.F",
                      "title": "Micro-Segmentation/Virtualization Strategies",
                      "guidance": "Control which systems may talk to each other down to single servers or applications, so an attacker who gets into one machine cannot move around freely. Virtual desktops can keep patient data on central servers instead of on user devices. Start with the most critical systems and write down the connections you allow.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Share of critical systems behind fine-grained access rules",
                        "Allowed connections reviewed in the last quarter"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-5"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    }
                  ]
                },
                {
                  "id": "3",
                  "title": "Identity and Access Management",
                  "guidance": "Each person should have their own account with only the access their job needs, removed when they leave. This practice covers identity records, passwords and second sign-in steps, and for larger organizations role-based access, single sign-on and regular access reviews.",
                  "threats": [
                    "T2",
                    "T4",
                    "T5"
                  ],
                  "edition": "2018",
                  "children": [
                    {
                      "id": "3.S.A",
                      "title": "Basic Access Management",
                      "guidance": "Give each person their own account and do not share logins. Grant only the access each job needs, change default passwords on every system, and remove access on the day someone leaves. Use a second sign-in step for e-mail, remote access and anything reachable from the internet.",
                      "tiers": [
                        "small"
                      ],
                      "metrics": [
                        "Shared accounts still in use",
                        "Accounts of people who have left that are still active",
                        "Share of internet-reachable logins that need a second sign-in step"
                      ],
                      "effort": "low",
                      "confidence": "unverified",
                      "edition": "2018"
                    },
                    {
                      "id": "3.M.A",
                      "title": "Identity",
                      "guidance": "Keep one trusted source of identities, usually a directory linked to human-resources records, so every account belongs to a known person or system. Give each person one unique identity that all systems use. Track service and shared accounts separately and give each one a named owner.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of accounts linked to a person or a named owner",
                        "Accounts with no owner found in reviews"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-1"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "3.M.B",
                      "title": "Provisioning, Transfers and Deprovisioning Procedures",
                      "guidance": "Write down and follow one process for giving access when someone joins, changing it when they change jobs, and removing it when they leave. Link it to HR events so IT learns about changes at once. Review accounts on a schedule to catch access that should already be gone.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Median time from a departure to the accounts being disabled",
                        "Accounts with more access than the role needs, found in reviews"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-4"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "3.M.C",
                      "title": "Authentication",
                      "guidance": "Set password rules that favour long passphrases and block common or already-leaked passwords. Give administrators separate accounts for administrator work and protect those accounts with stronger sign-in. Slow down or lock logins after repeated failures and watch for unusual sign-in patterns.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of administrators using a separate privileged account",
                        "Accounts found using leaked passwords",
                        "Failed-login alerts reviewed"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-7"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "3.M.D",
                      "title": "Multifactor Authentication for Remote Access",
                      "guidance": "Require a second sign-in step on every way into the network from outside: VPN, remote desktop, cloud applications and vendor support connections. Prefer methods that resist phishing, such as hardware keys or app prompts that ask the user to match a number. Keep exceptions rare, written down and reviewed.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of remote access paths that need a second sign-in step",
                        "Number of written exceptions"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-3"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-7"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "3.L.A",
                      "title": "Federated Identity Management",
                      "guidance": "Let staff sign in to cloud and partner systems with the organization's own identity instead of a separate username and password for each. This keeps granting and removing access in one place. Check that every connected application follows your sign-in rules, including the second step.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Share of cloud applications using the organization's sign-in",
                        "Applications that still keep their own separate accounts"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-6"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "3.L.B",
                      "title": "Authorization",
                      "guidance": "Define access by job role, such as nurse, billing clerk or physician, and grant permissions through roles instead of one person at a time. Give each role only what it needs. Add extra checks for access to highly sensitive records.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Share of access granted through roles",
                        "Individual exceptions to role definitions"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-6"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-4"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "3.L.C",
                      "title": "Access Governance",
                      "guidance": "Have managers and system owners confirm on a schedule who has access to what. Use tools that gather accounts from many systems into one view and point out unused or conflicting access. Remove whatever is not confirmed.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Share of access reviews finished on time",
                        "Accounts removed or reduced after reviews"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-4"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "3.L.D",
                      "title": "Single Sign On",
                      "guidance": "Let staff sign in once to reach many applications, including clinical systems, so they are not juggling or writing down many passwords. Pair it with strong sign-in, because one login now opens many doors. Quick badge-tap sign-in can help on shared clinical workstations.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Share of applications behind single sign-on",
                        "Password-reset requests per month"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-7"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    }
                  ]
                },
                {
                  "id": "4",
                  "title": "Data Protection and Loss Prevention",
                  "guidance": "Know which data is sensitive and protect it wherever it is stored or sent. This practice covers sorting data by sensitivity, rules for its use, encryption, backups and tools that catch data leaving the organization.",
                  "threats": [
                    "T2",
                    "T3",
                    "T4"
                  ],
                  "edition": "2018",
                  "children": [
                    {
                      "id": "4.S.A",
                      "title": "Policies",
                      "guidance": "Write a short policy that says what data the practice holds, which of it is sensitive (such as patient records and payment details), and who may use it and how. Include rules for taking data off site, using personal devices and sharing with outside parties. Have every staff member read and sign it.",
                      "tiers": [
                        "small"
                      ],
                      "metrics": [
                        "Share of staff who signed the data policy",
                        "Date of the last policy review"
                      ],
                      "effort": "low",
                      "confidence": "unverified",
                      "edition": "2018"
                    },
                    {
                      "id": "4.S.B",
                      "title": "Procedures",
                      "guidance": "Turn the policy into everyday steps: encrypt laptops and USB drives, use a secure method to send patient data, and keep regular backups with at least one copy that ransomware cannot reach. Test that you can actually restore from a backup. Write the steps down so they survive staff changes.",
                      "tiers": [
                        "small"
                      ],
                      "metrics": [
                        "Share of laptops and removable drives encrypted",
                        "Date of the last successful restore test",
                        "Share of important data with an offline or unchangeable backup copy"
                      ],
                      "effort": "medium",
                      "confidence": "unverified",
                      "edition": "2018"
                    },
                    {
                      "id": "4.S.C",
                      "title": "Education",
                      "guidance": "Teach staff how to handle sensitive data day to day: where to save it, how to send it safely, and what to do if it goes to the wrong person. Use examples from the practice's own work. Cover it at hiring and in a yearly refresher.",
                      "tiers": [
                        "small"
                      ],
                      "metrics": [
                        "Training completion rate",
                        "Data sent to the wrong recipient, as reported by staff"
                      ],
                      "effort": "low",
                      "confidence": "unverified",
                      "edition": "2018"
                    },
                    {
                      "id": "4.M.A",
                      "title": "Classification of Data",
                      "guidance": "Sort your data into a few clear classes, for example highly sensitive, sensitive, internal and public, and say how each class must be protected. Record the class of each system and data store. Use the classes to decide where protection effort goes first.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of systems with an assigned data class",
                        "Highly sensitive data stores without the matching protections"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.AM-5"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "4.M.B",
                      "title": "Data Use Procedures",
                      "guidance": "Write down who may use each class of data, for what purposes and how it may be shared, including with business associates and for research. Make the rules easy to find. Where systems can enforce the rules, set them up to do so.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Date of the last review of the data-use procedures",
                        "Exceptions granted in the period"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.GV-1"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "4.M.C",
                      "title": "Data Security",
                      "guidance": "Protect sensitive data where it is stored and while it moves: encrypt databases, file shares, laptops and backups, and use encrypted connections between systems. Let only the people and systems that need a data store reach it. Erase data and media securely when they are no longer needed.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of sensitive data stores encrypted",
                        "Connections carrying patient data without encryption"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-2"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.IP-6"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-5"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "4.M.D",
                      "title": "Backup Strategies",
                      "guidance": "Back up critical systems and data often enough to match how much data you can afford to lose, and keep at least one copy offline or in storage that cannot be altered. Protect the backup system with separate credentials so ransomware cannot reach it. Test restores regularly, including for the systems needed for patient care.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Date of the last successful restore test for each critical system",
                        "Share of critical systems with an offline or unchangeable copy",
                        "Measured time to restore a critical system"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.IP-4"
                        }
                      ],
                      "tags": [
                        "patient-safety"
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "4.M.E",
                      "title": "Data Loss Prevention",
                      "guidance": "Use tools that spot patient data or other sensitive content leaving by e-mail, web upload or removable media, and block it or warn the user. Start in alert-only mode to learn normal use, then enforce rules on the riskiest channels. Review alerts and adjust the rules regularly.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Data-loss alerts per month and share confirmed as real",
                        "Channels covered by data-loss rules"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-5"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "4.L.A",
                      "title": "Advanced Data Loss Prevention",
                      "guidance": "Extend data loss prevention to cloud services, endpoints and encrypted web traffic, and tie its rules to your data classes. Automate responses such as encrypting or holding back content. Use what the tool finds to improve training and data-use rules.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Share of cloud applications covered by data-loss rules",
                        "Confirmed data-loss events stopped"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-5"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "4.L.B",
                      "title": "Mapping Data Flows",
                      "guidance": "Draw how patient and other sensitive data moves between systems, departments and outside parties. Use the map to find unprotected paths and to know which systems an incident would touch. Update it when systems or partners change.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Share of critical systems with documented data flows",
                        "Date of the last data-flow map update"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.AM-3"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.AE-1"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    }
                  ]
                },
                {
                  "id": "5",
                  "title": "IT Asset Management",
                  "guidance": "You cannot protect equipment you do not know you have. This practice covers keeping an inventory, buying with security in mind, storing spare equipment safely and wiping devices when they are retired.",
                  "threats": [
                    "T2",
                    "T3",
                    "T4",
                    "T5"
                  ],
                  "edition": "2018",
                  "children": [
                    {
                      "id": "5.S.A",
                      "title": "Inventory",
                      "guidance": "Keep a list of every computer, laptop, phone, server, network device and connected medical device, with who uses it, where it is and what data it holds. A spreadsheet is fine for a small practice. Update it whenever equipment is bought, moved or retired.",
                      "tiers": [
                        "small"
                      ],
                      "metrics": [
                        "Date of the last full inventory check",
                        "Devices found on the network that were not on the list"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.AM-1"
                        }
                      ],
                      "effort": "low",
                      "edition": "2018"
                    },
                    {
                      "id": "5.S.B",
                      "title": "Procurement",
                      "guidance": "Before buying technology, check that it can be kept secure: the vendor supplies updates, it supports encryption and strong logins, and the vendor will sign a business associate agreement if it handles patient data. Add every purchase to the inventory. Decide who in the practice approves technology purchases.",
                      "tiers": [
                        "small"
                      ],
                      "metrics": [
                        "Share of new purchases checked for security before buying",
                        "Share of vendors handling patient data with a signed business associate agreement"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.AM-6"
                        }
                      ],
                      "effort": "low",
                      "edition": "2018"
                    },
                    {
                      "id": "5.S.C",
                      "title": "Decommissioning",
                      "guidance": "When equipment is retired, wipe or destroy its storage so patient data cannot be recovered, and keep a record of how it was done. Use a certified disposal service for devices you cannot wipe yourself. Remove the device from the inventory and from any accounts or licences.",
                      "tiers": [
                        "small"
                      ],
                      "metrics": [
                        "Share of retired devices with a record of data destruction",
                        "Retired devices still listed as in use"
                      ],
                      "effort": "low",
                      "edition": "2018"
                    },
                    {
                      "id": "5.M.A",
                      "title": "Inventory of Endpoints and Servers",
                      "guidance": "Keep one central, accurate inventory of endpoints and servers with owner, location, operating system, role and data class. Compare it with what network and management tools see to find gaps. Make one person responsible for keeping it current.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of devices seen on the network that match an inventory record",
                        "Inventory records with no owner"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.AM-1"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "5.M.B",
                      "title": "Procurement",
                      "guidance": "Build security into buying: security requirements in requests for proposal, a review of the vendor's security before signing, and contract terms on updates, support periods and breach notice. Register each purchase in the inventory on arrival. Involve IT security before the decision, not after it.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of purchases that passed a security review",
                        "Share of technology contracts with security terms"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.AM"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "5.M.C",
                      "title": "Secure Storage for Inactive Devices",
                      "guidance": "Keep spare, returned and out-of-service devices in a locked place with a sign-out log. Track them in the inventory so they are not forgotten. Wipe or encrypt stored devices that still hold data.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of inactive devices found at the last check",
                        "Devices missing from storage"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-2"
                        }
                      ],
                      "effort": "low",
                      "edition": "2018"
                    },
                    {
                      "id": "5.M.D",
                      "title": "Decommissioning Assets",
                      "guidance": "Follow a written process to retire equipment: take it out of service, erase or destroy its storage to a recognised standard, get a certificate from any disposal vendor and update the inventory. Include copiers, medical devices and network equipment, which often hold data too.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of retired assets with a destruction certificate",
                        "Average time from retirement to data destruction"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.IP-6"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-3"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "5.L.A",
                      "title": "Automated Discovery and Maintenance",
                      "guidance": "Use tools that keep finding devices and software on the network and update the inventory automatically. Link the inventory to patching, maintenance and end-of-support dates so gaps show up early. Look into new or unknown devices promptly.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Time from a new device appearing to it being identified",
                        "Share of assets with a known end-of-support date"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.MA-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.MA-2"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-3"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "5.L.B",
                      "title": "Integration with Network Access Control",
                      "guidance": "Connect the inventory to network access control so only known, approved devices can join the network. Unknown devices are blocked or sent to a restricted network until someone reviews them. Keep the access rules in step with the inventory.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Share of switch ports and wireless networks that check devices",
                        "Connection attempts by unknown devices per month"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-4"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-5"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-6"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    }
                  ]
                },
                {
                  "id": "6",
                  "title": "Network Management",
                  "guidance": "A well-designed network limits how far an attacker can get. This practice covers firewalls, separating the network into zones, blocking attack traffic, web filtering and locking up network equipment, and for larger organizations advanced monitoring.",
                  "threats": [
                    "T2",
                    "T3",
                    "T4",
                    "T5"
                  ],
                  "edition": "2018",
                  "children": [
                    {
                      "id": "6.S.A",
                      "title": "Network Segmentation",
                      "guidance": "Split your network into zones so that guest Wi-Fi, staff computers, servers and medical devices cannot all reach each other freely. Many small-business firewalls and routers can do this with separate networks (VLANs). Allow only the connections each zone really needs.",
                      "tiers": [
                        "small"
                      ],
                      "metrics": [
                        "Network zones with written rules",
                        "Share of medical devices on their own zone",
                        "Guest network cut off from internal systems (yes or no)"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-5"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-3"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-4"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.PT-3"
                        }
                      ],
                      "tags": [
                        "patient-safety"
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "6.S.B",
                      "title": "Physical Security and Guest Access",
                      "guidance": "Lock network closets and servers away from public areas. Give patients and visitors a separate Wi-Fi network with no path to internal systems. Turn off unused network wall sockets in waiting and exam rooms.",
                      "tiers": [
                        "small"
                      ],
                      "metrics": [
                        "Share of network equipment in locked spaces",
                        "Unused wall sockets left active"
                      ],
                      "effort": "low",
                      "confidence": "unverified",
                      "edition": "2018"
                    },
                    {
                      "id": "6.S.C",
                      "title": "Intrusion Prevention",
                      "guidance": "Use a firewall or security appliance that recognises and blocks known attack traffic, and keep its signatures updated. If a service provider runs it, ask for a regular summary of what it blocked. Make sure someone receives alerts about serious events.",
                      "tiers": [
                        "small"
                      ],
                      "metrics": [
                        "Days since the signatures were last updated",
                        "Serious alerts reviewed within one day"
                      ],
                      "effort": "medium",
                      "confidence": "unverified",
                      "edition": "2018"
                    },
                    {
                      "id": "6.M.A",
                      "title": "Network Profiles and Firewalls",
                      "guidance": "Define what each network zone may do and enforce it with firewall rules that block everything not explicitly allowed. Review the rules on a schedule and remove any that nobody can explain. Record who asked for each rule and why.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of firewall rules reviewed in the last 12 months",
                        "Rules with no recorded owner or reason"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-5"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-6"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "6.M.B",
                      "title": "Network Segmentation",
                      "guidance": "Divide the network by purpose and risk, for example clinical systems, medical devices, business systems, guest access and vendor access, with controlled paths between them. This limits how far ransomware or an intruder can spread. Test from each zone to confirm the separation works.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of medical devices on dedicated segments",
                        "Unexpected paths found in separation tests"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-5"
                        }
                      ],
                      "tags": [
                        "patient-safety"
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "6.M.C",
                      "title": "Intrusion Prevention Systems",
                      "guidance": "Place intrusion prevention at the internet edge and between key zones to block known attack traffic. Keep signatures current and tune the rules to the systems you actually run. Send alerts to whoever monitors security events.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of internet links and key zone boundaries covered",
                        "Time to review high-severity alerts"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.CM-1"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "6.M.D",
                      "title": "Web Proxy Protection",
                      "guidance": "Send web traffic through a filter that blocks known malicious and risky sites and scans downloads. Apply it to staff working from home as well. Check blocked-site reports for signs of an infected computer.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of users whose web traffic passes through the filter",
                        "Blocked requests to malicious sites per month"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-3"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-5"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "6.M.E",
                      "title": "Physical Security of Network Devices",
                      "guidance": "Keep switches, routers, firewalls and servers in locked rooms or cabinets with controlled, logged access. Turn off unused ports and protect device management screens with strong logins. Check network closets now and then for equipment nobody recognises.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of network closets with controlled access",
                        "Unknown devices found during checks"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-2"
                        }
                      ],
                      "effort": "low",
                      "edition": "2018"
                    },
                    {
                      "id": "6.L.A",
                      "title": "Additional Network Segmentation",
                      "guidance": "Go beyond basic zones: isolate highly sensitive systems, group medical devices by type or risk, and fence off third-party connections, each with tight rules. Put device and system management on its own restricted network. Revisit the design whenever systems are added.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Share of critical systems in dedicated segments",
                        "Vendor connections limited to named systems"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-5"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-6"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.PT-4"
                        }
                      ],
                      "tags": [
                        "patient-safety"
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "6.L.B",
                      "title": "Command and Control Monitoring of Perimeter",
                      "guidance": "Watch outgoing traffic and name lookups for signs that an internal machine is talking to attacker infrastructure, using threat intelligence. Block known bad destinations automatically. Treat every confirmed hit as a possible compromise and investigate it.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Confirmed detections investigated",
                        "Time from detection to isolating the machine"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.CM-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.CM-7"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "6.L.C",
                      "title": "Anomalous Network Monitoring and Analytics",
                      "guidance": "Collect network flow data and use analytics to learn normal patterns and flag unusual ones, such as large transfers at night or a device talking to systems it never used before. Route alerts to analysts with enough context to act. Update the picture of normal as the network changes.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Share of network segments sending flow data",
                        "Share of unusual-traffic alerts handled within the target time"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.CM-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.CM-7"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "6.L.D",
                      "title": "Network Based Sandboxing / Malware Execution",
                      "guidance": "Open suspicious files from web and e-mail traffic in an isolated environment to see what they do before they reach users. Block files that behave badly and share what was found with your other defences. Make sure the added delay does not get in the way of clinical work.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Files checked per month and share found malicious",
                        "Average delay added to delivery"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.CM-5"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.CM-7"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "6.L.E",
                      "title": "Network Access Control",
                      "guidance": "Check each device as it connects and let in only devices that are known and meet your security rules. Send unknown or out-of-date devices to a restricted network. Medical devices that cannot prove who they are can be admitted by their profile and kept on their own segment.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Share of access points and switch ports that check devices",
                        "Non-compliant devices set aside per month"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-5"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-6"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-4"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    }
                  ]
                },
                {
                  "id": "7",
                  "title": "Vulnerability Management",
                  "guidance": "Known weaknesses in software are a common way in. This practice covers scanning for weaknesses, patching, keeping settings and changes under control, penetration tests and planning fixes that cannot be done at once.",
                  "threats": [
                    "T2",
                    "T4",
                    "T5"
                  ],
                  "edition": "2018",
                  "children": [
                    {
                      "id": "7.S.A",
                      "title": "Vulnerability Management",
                      "guidance": "Turn on automatic updates for operating systems, browsers and common programs, and check each month that they were really installed. Have your IT provider or a vendor scan for known weaknesses a few times a year, starting with anything reachable from the internet. Fix the most serious findings first and keep a list of what is still open.",
                      "tiers": [
                        "small"
                      ],
                      "metrics": [
                        "Share of devices fully updated",
                        "Serious weaknesses open for more than 30 days"
                      ],
                      "effort": "medium",
                      "confidence": "unverified",
                      "edition": "2018"
                    },
                    {
                      "id": "7.M.A",
                      "title": "Host/Server-Based Scanning",
                      "guidance": "Scan servers and endpoints on a regular schedule, with scans that log in to the system where possible for more accurate results. Give each finding to the system owner with a due date based on how serious it is. Scan again to confirm the fix.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of assets scanned in the last 30 days",
                        "Critical and high findings past their due date"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.CM-8"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "7.M.B",
                      "title": "Web Application Scanning",
                      "guidance": "Scan web applications and patient portals for common flaws, such as weak input handling or session handling, before they go live and then on a schedule. Ask vendors of hosted applications for their own test results. Track the fixes like any other weakness.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Internet-facing web applications scanned in the last quarter",
                        "Open high-severity web application findings"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.CM-8"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "7.M.C",
                      "title": "System Placement and Data Classification",
                      "guidance": "Decide how fast each weakness must be fixed from its severity, where the system sits (reachable from the internet or internal only) and how sensitive its data is. Internet-facing systems with critical flaws come first. Write the deadlines down so system owners know what is expected.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of findings fixed within their deadline",
                        "Internet-facing systems with open critical findings"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.RA-5"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "7.M.D",
                      "title": "Patch Management, Configuration Management, and Change Management",
                      "guidance": "Run a regular, tested update cycle, plus a fast path for flaws that attackers are already using. Keep standard secure settings for each kind of system and detect systems that drift from them. Send changes to production systems through a simple approval and record step so problems can be traced and undone.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Median days to install critical updates",
                        "Systems that differ from the standard settings",
                        "Changes made without an approved record"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.IP-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.IP-3"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.IP-12"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "7.L.A",
                      "title": "Penetration Testing",
                      "guidance": "Have qualified testers, independent of the team that runs the systems, try to break in at least once a year and after major changes. Cover internet-facing systems and internal networks, and include clinical areas with care and planning. Track each finding with an owner and a due date.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Date of the last penetration test",
                        "Share of test findings fixed by their due date"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.RA-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.IP-12"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.CM-8"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "RS.AN-5"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "7.L.B",
                      "title": "Remediation Planning",
                      "guidance": "For every significant weakness that cannot be fixed right away, keep a plan: who owns it, what temporary protection is in place and when it will be resolved. Report overdue items to leadership. Accept leftover risk only in writing, by someone with the authority to do so.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Share of open weaknesses with a written plan",
                        "Risk acceptances past their review date"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.IP-12"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    }
                  ]
                },
                {
                  "id": "8",
                  "title": "Security Operations Center and Incident Response",
                  "guidance": "Someone has to watch for attacks and act when one happens. This practice covers security monitoring, incident response plans and exercises, sharing threat information with peers, and for larger organizations automation and advanced detection.",
                  "threats": [
                    "T1",
                    "T2",
                    "T3",
                    "T4",
                    "T5"
                  ],
                  "edition": "2018",
                  "children": [
                    {
                      "id": "8.S.A",
                      "title": "Incident Response",
                      "guidance": "Write a short plan that says whom to call (your IT provider, cyber insurer and legal adviser) and what to do first if you suspect an attack, lose a device or see ransomware. Include how to keep seeing patients while systems are down, for example with paper forms. Walk through the plan with staff once a year.",
                      "tiers": [
                        "small"
                      ],
                      "metrics": [
                        "Date of the last plan review",
                        "Date of the last practice walk-through",
                        "Share of staff who know how to report an incident, by spot check"
                      ],
                      "tags": [
                        "patient-safety"
                      ],
                      "effort": "medium",
                      "confidence": "unverified",
                      "edition": "2018"
                    },
                    {
                      "id": "8.S.B",
                      "title": "ISAC/ISAO Participation",
                      "guidance": "Join a healthcare information-sharing group or sign up for government security alerts to learn about threats hitting organizations like yours. Name one person to read the alerts and act on those that apply. Share what you see when you can.",
                      "tiers": [
                        "small"
                      ],
                      "metrics": [
                        "Memberships and alert subscriptions in place",
                        "Alerts acted on in the last quarter"
                      ],
                      "effort": "low",
                      "confidence": "unverified",
                      "edition": "2018"
                    },
                    {
                      "id": "8.M.A",
                      "title": "Security Operations Center",
                      "guidance": "Set up a team, in-house or contracted, that watches security alerts and logs from key systems and acts on them. Define what it watches, its hours and how it escalates. A managed service is often the practical choice for an organization without staff on duty around the clock.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of critical systems sending logs to the monitoring team",
                        "Median time to sort a high-severity alert"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "RS.RP"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "8.M.B",
                      "title": "Incident Response",
                      "guidance": "Keep a written incident response plan with roles, contact lists, steps for common incidents such as ransomware and lost devices, and how clinical work continues during an outage. Practise it with tabletop exercises that include clinical and business leaders. Update the plan after every real incident and exercise.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Date of the last exercise",
                        "Share of lessons-learned actions closed",
                        "Time from detection to containment in real incidents"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.IP-9"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "RS.AN-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "RS.MI-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "RS.MI-2"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "RC"
                        }
                      ],
                      "tags": [
                        "patient-safety"
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "8.M.C",
                      "title": "Information Sharing and ISACs/ISAOs",
                      "guidance": "Join a healthcare information-sharing organization and send its alerts to the people who can act on them. Use the shared warning signs to check your own systems. Contribute what you learn so others benefit too.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Threat alerts received and acted on",
                        "Shared warning signs checked against your own logs"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.RA-2"
                        }
                      ],
                      "effort": "low",
                      "edition": "2018"
                    },
                    {
                      "id": "8.L.A",
                      "title": "Advanced Security Operations Centers",
                      "guidance": "Mature the security operations team with round-the-clock coverage, active hunting for hidden attackers, automation of routine steps and use of threat intelligence. Measure how quickly it finds and contains threats. Feed what it learns back into your defences.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Mean time to detect and to contain",
                        "Threat hunts completed per quarter"
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "8.L.B",
                      "title": "Advanced Information Sharing",
                      "guidance": "Exchange threat information with peers automatically in a machine-readable form, and load shared warning signs into your detection tools. Take part in sector working groups. Set rules on what you may share and with whom.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Threat feeds connected to detection tools",
                        "Items contributed to sharing groups per quarter"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.RA-2"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "8.L.C",
                      "title": "Incident Response Orchestration",
                      "guidance": "Use automation to carry out routine response steps, such as gathering context for an alert, isolating a device or disabling an account, following playbooks approved in advance. This makes response faster and more consistent. Keep a human approval step for actions that could disrupt patient care.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Incident types with an automated playbook",
                        "Median time from alert to the first response action"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.IP-9"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "8.L.D",
                      "title": "Baseline Network Traffic",
                      "guidance": "Record what normal traffic between systems looks like, by volume, timing and destination, so unusual activity stands out. Use this baseline in your monitoring tools and refresh it after major changes. Write down the expected traffic of medical devices in particular.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Segments with a recorded traffic baseline",
                        "Alerts raised from departures from the baseline"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.AM-3"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.AE-1"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "8.L.E",
                      "title": "User Behavior Analytics",
                      "guidance": "Use tools that learn each user's normal activity, such as sign-in times, places and records opened, and flag unusual behaviour like opening large numbers of patient records. Investigate alerts together with privacy and HR staff where that is appropriate. Tune out noise over time.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Share of users covered",
                        "Behaviour alerts investigated and share confirmed"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.PT-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.AE-1"
                        }
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "8.L.F",
                      "title": "Deception Technologies",
                      "guidance": "Place decoy systems, accounts or files that no legitimate user has a reason to touch, so any contact with them is a strong sign of an intruder. Send decoy alerts straight to responders. Keep decoys believable and away from real patient data.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Key network segments with a decoy",
                        "Decoy contacts investigated"
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    }
                  ]
                },
                {
                  "id": "9",
                  "title": "Medical Device Security",
                  "guidance": "Connected medical devices can affect patient care when attacked and are often hard to patch. This practice covers device inventory, the protections a device allows, access, network separation, handling device weaknesses, secure purchasing and reporting problems.",
                  "threats": [
                    "T5"
                  ],
                  "edition": "2018",
                  "children": [
                    {
                      "id": "9.S.A",
                      "title": "Medical Device Security",
                      "guidance": "Keep a list of every medical device that connects to a network or a computer, with its maker and software version. Ask each maker how security updates are delivered and install them as the maker allows. Keep these devices on a network separate from ordinary computers and change any default passwords.",
                      "tiers": [
                        "small"
                      ],
                      "metrics": [
                        "Connected medical devices on the list",
                        "Devices still using default passwords",
                        "Share of devices on a separate network"
                      ],
                      "tags": [
                        "patient-safety"
                      ],
                      "effort": "medium",
                      "confidence": "unverified",
                      "edition": "2018"
                    },
                    {
                      "id": "9.M.A",
                      "title": "Medical Device Management",
                      "guidance": "Share responsibility for medical device security between clinical engineering (biomed) and IT, with clear roles. Track each device's maintenance, software version and the maker's support status. Agree with makers how updates and remote service are handled.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of devices with a named owner",
                        "Devices past the maker's end of support"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.MA-2"
                        }
                      ],
                      "tags": [
                        "patient-safety"
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "9.M.B",
                      "title": "Endpoint Protections",
                      "guidance": "Apply the protections each maker allows, such as approved antivirus, encryption, hardened settings and turning off unused services. Where a device cannot be changed, protect it from the network side instead. Record which protections each device has.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of devices with the maker-approved protections applied",
                        "Devices protected only by network controls"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.MA-2"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.CM-4"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-5"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.DS-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.IP-1"
                        }
                      ],
                      "tags": [
                        "patient-safety"
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "9.M.C",
                      "title": "Identity and Access Management",
                      "guidance": "Change default and shared passwords on medical devices where the maker allows, and control who can sign in to device screens and management software. Limit and log vendor remote access. Remove access for staff and vendors who no longer need it.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Devices with default passwords remaining",
                        "Vendor remote-access accounts reviewed in the period"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-7"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-4"
                        }
                      ],
                      "tags": [
                        "patient-safety"
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "9.M.D",
                      "title": "Asset Management",
                      "guidance": "Keep a complete inventory of medical devices with model, software version, network address, location and whether the device stores patient data. Link it to the main IT inventory. Use it to find affected devices quickly when a new weakness is announced.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of connected devices listed with a software version",
                        "Time to identify the devices affected by a new advisory"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.AM"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.AM-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.IP-6"
                        }
                      ],
                      "tags": [
                        "patient-safety"
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "9.M.E",
                      "title": "Network Management",
                      "guidance": "Put medical devices on their own network segments and allow only the connections they need, for example to the systems that collect their data. Block internet access unless the maker requires it, and then restrict it. Watch those segments for unexpected traffic.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Share of medical devices on dedicated segments",
                        "Devices with open internet access"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AC-5"
                        }
                      ],
                      "tags": [
                        "patient-safety"
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "9.L.A",
                      "title": "Vulnerability Management",
                      "guidance": "Follow security notices from makers and government sources for every device model you own. Work with makers to apply fixes on agreed timelines, and add temporary protections when a fix is slow; for serious risks HICP suggests a temporary measure within about 30 days and the fix within about 60. Tell the people who need to know about device weaknesses you find.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Open device weaknesses with a temporary protection in place",
                        "Median time from a notice to protection"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.RA-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.IP-12"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.RA-5"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "RS.CO-5"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.CM-8"
                        }
                      ],
                      "tags": [
                        "patient-safety"
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "9.L.B",
                      "title": "Security Operations and Incident Response",
                      "guidance": "Bring medical devices into security monitoring and incident response: send their logs and network data to the monitoring team and add device scenarios to the response plan. Agree with clinical staff in advance how to take an infected device out of service safely. Include clinical engineering in exercises.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Device segments under monitoring",
                        "Response playbooks that cover medical devices"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.IP-9"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.CM-8"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.CM-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "DE.CM-7"
                        }
                      ],
                      "tags": [
                        "patient-safety"
                      ],
                      "effort": "high",
                      "edition": "2018"
                    },
                    {
                      "id": "9.L.C",
                      "title": "Procurement and Security Evaluations",
                      "guidance": "Check a medical device's security before buying it: ask the maker for its security disclosure form (MDS2), a list of the software components inside (SBOM) and how the device will be updated and supported. Put security and support terms in the contract. Include clinical engineering and IT security in the decision.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Share of new device purchases with a completed security review",
                        "Share of device contracts with update and support terms"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.SC"
                        }
                      ],
                      "tags": [
                        "patient-safety"
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    },
                    {
                      "id": "9.L.D",
                      "title": "Contacting the FDA",
                      "guidance": "Know when and how to report a cybersecurity problem with a medical device to its maker and to the FDA, for example when a weakness could affect patient safety. Keep the contacts and reporting steps in the incident plan. Keep a record of what was reported and the answer received.",
                      "tiers": [
                        "large"
                      ],
                      "metrics": [
                        "Device security issues reported to makers or the FDA",
                        "Reporting steps included in the response plan (yes or no)"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "RS.AN-5"
                        }
                      ],
                      "tags": [
                        "patient-safety"
                      ],
                      "effort": "low",
                      "edition": "2018"
                    }
                  ]
                },
                {
                  "id": "10",
                  "title": "Cybersecurity Policies",
                  "guidance": "Written policies set expectations for staff and give leaders a shared basis for security decisions. This practice covers writing, approving, sharing and regularly reviewing cybersecurity policies.",
                  "threats": [
                    "T1",
                    "T2",
                    "T3",
                    "T4",
                    "T5"
                  ],
                  "edition": "2018",
                  "children": [
                    {
                      "id": "10.S.A",
                      "title": "Policies",
                      "guidance": "Write a small set of plain policies that say who is responsible for security, how computers and e-mail may be used, whether personal devices are allowed, and how to report an incident. Have staff read them when they join and every year after. Review the policies at least once a year and whenever something important changes.",
                      "tiers": [
                        "small"
                      ],
                      "metrics": [
                        "Share of policies reviewed in the last 12 months",
                        "Share of staff who acknowledged the policies"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.GV-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.AM-6"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AT"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "PR.AT-1"
                        },
                        {
                          "framework": "nist-csf-1.1",
                          "id": "RS.CO-1"
                        }
                      ],
                      "effort": "low",
                      "edition": "2018"
                    },
                    {
                      "id": "10.M.A",
                      "title": "Policies",
                      "guidance": "Keep an approved set of cybersecurity policies covering roles, training, acceptable use, data classification, personal and portable devices, incident reporting, disaster recovery, IT controls and technology purchasing. Give each policy an owner and a review date. Check that daily practice matches the policies, and fix whichever is wrong when they differ.",
                      "tiers": [
                        "medium",
                        "large"
                      ],
                      "metrics": [
                        "Policies past their review date",
                        "Open exceptions to policy"
                      ],
                      "references": [
                        {
                          "framework": "nist-csf-1.1",
                          "id": "ID.GV-1"
                        }
                      ],
                      "effort": "medium",
                      "edition": "2018"
                    }
                  ]
                }
              ]
            }
            """#
    )
}
