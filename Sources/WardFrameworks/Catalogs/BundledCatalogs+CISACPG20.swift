// The catalog file cisa-cpg-2.0.json, kept as text so that `ward` stays one binary (see BundledCatalogs.swift).
// Edit the JSON between the delimiters; `swift test` validates it, and `ward frameworks export` writes it out.

extension BundledCatalogs {
    static let cisaCPG20 = File(
        name: "cisa-cpg-2.0.json",
        text: #"""
            {
              "format": "ward-framework/1",
              "id": "cisa-cpg",
              "edition": "2.0",
              "title": "CISA Cross-Sector Cybersecurity Performance Goals",
              "publisher": "Cybersecurity and Infrastructure Security Agency",
              "source": "https://www.cisa.gov/cross-sector-cybersecurity-performance-goals",
              "date": "2025-03",
              "confidence": "verified",
              "description": "The Cross-Sector Cybersecurity Performance Goals (CPGs) are CISA's voluntary baseline of security practices that most critical infrastructure organizations, including hospitals and clinics, should have in place. Version 2.0 has 34 goals, numbered 1.A to 6.A and grouped by the six NIST CSF 2.0 functions: 1 Govern, 2 Identify, 3 Protect, 4 Detect, 5 Respond, 6 Recover. The goal ids and titles are taken from a machine-readable transcription of version 2.0 that Ward's research notes mark as verified; the publication date, March 2025, comes from that transcription's metadata only and is secondary. The grouping nodes 1 to 6 are named after the functions. Guidance, metrics and effort estimates are Ward's own words and judgement, not CISA text. Earlier versions (1.0 of October 2022 and 1.0.1 of March 2023) number the goals differently; do not mix their ids with these.",
              "levels": [
                "function",
                "goal"
              ],
              "requirements": [
                {
                  "id": "1",
                  "title": "Govern",
                  "guidance": "Set who is responsible for security, how leadership oversees it, and how incidents, suppliers and service providers are managed.",
                  "children": [
                    {
                      "id": "1.A",
                      "title": "Establish Cybersecurity Responsibilities",
                      "guidance": "Name one person, such as a security officer, who is accountable for cybersecurity, and give that person the authority and budget to act. Make sure staff know who it is.",
                      "effort": "low"
                    },
                    {
                      "id": "1.B",
                      "title": "Manage Cybersecurity Oversight",
                      "guidance": "Have leadership or the board review security risks, progress and incidents on a set schedule. Use these reviews to approve priorities and resources.",
                      "metrics": [
                        "Number of leadership security reviews held in the past 12 months"
                      ],
                      "effort": "low"
                    },
                    {
                      "id": "1.C",
                      "title": "Manage Incident Response Plans",
                      "guidance": "Keep a written incident response plan that covers ransomware and other likely attacks and explains how patient care continues during an outage. Exercise it at least once a year and update it after exercises and real incidents.",
                      "metrics": [
                        "Months since the plan was last exercised"
                      ],
                      "effort": "medium"
                    },
                    {
                      "id": "1.D",
                      "title": "Supply Chain Incident Reporting & Vulnerability Disclosure",
                      "guidance": "Require vendors, in their contracts, to tell you promptly about security incidents and weaknesses that affect you. Track these reports and act on them.",
                      "metrics": [
                        "Share of critical vendor contracts with terms for incident and vulnerability notice"
                      ],
                      "effort": "low"
                    },
                    {
                      "id": "1.E",
                      "title": "Manage Risks from Managed Service Providers",
                      "guidance": "If an outside company runs your IT or security, set clear security requirements for it, limit and watch its access to your systems, and review its work. Attackers often reach victims through such providers.",
                      "effort": "medium"
                    }
                  ]
                },
                {
                  "id": "2",
                  "title": "Identify",
                  "guidance": "Know your assets and network, find and fix known weaknesses, and have your controls checked by someone independent.",
                  "children": [
                    {
                      "id": "2.A",
                      "title": "Manage Organizational Assets",
                      "guidance": "Keep an up-to-date inventory of all devices, software and systems, including medical devices and systems reachable from the internet. Review it regularly and look for devices that are missing from it.",
                      "metrics": [
                        "Share of devices seen on the network that are in the inventory"
                      ],
                      "effort": "medium"
                    },
                    {
                      "id": "2.B",
                      "title": "Mitigate Known Vulnerabilities",
                      "guidance": "Fix known weaknesses within set time limits, starting with systems reachable from the internet and with weaknesses that attackers are known to use. Where you cannot patch, as with some medical devices, add other protections.",
                      "metrics": [
                        "Number of known exploited vulnerabilities still open after the set time limit"
                      ],
                      "effort": "medium"
                    },
                    {
                      "id": "2.C",
                      "title": "Obtain Independent Validation of Cybersecurity Controls",
                      "guidance": "Have an independent party, such as an outside assessor or penetration tester, check your security controls from time to time. Fix what they find and have the fixes checked again.",
                      "metrics": [
                        "Share of findings from the last independent test that are fixed"
                      ],
                      "effort": "high"
                    },
                    {
                      "id": "2.D",
                      "title": "Maintain Vulnerability Disclosure/Reporting Process",
                      "guidance": "Publish a simple way for outsiders to report security problems in your systems, and answer reports promptly. Assign someone to handle them.",
                      "effort": "low"
                    },
                    {
                      "id": "2.E",
                      "title": "Document Network Topology",
                      "guidance": "Keep a current diagram of your networks, including links to vendors, cloud services and medical device networks. Use it during incidents and when planning changes.",
                      "effort": "low"
                    }
                  ]
                },
                {
                  "id": "3",
                  "title": "Protect",
                  "guidance": "Apply the basic technical and staff safeguards that stop the most common attacks.",
                  "children": [
                    {
                      "id": "3.A",
                      "title": "Changing Default Passwords",
                      "guidance": "Change every vendor default password before a device or system goes into use, including printers, network equipment and medical devices. Where a default cannot be changed, limit who can reach the device.",
                      "metrics": [
                        "Number of devices found still using a default password"
                      ],
                      "effort": "low"
                    },
                    {
                      "id": "3.B",
                      "title": "Establish Minimum Password Strength",
                      "guidance": "Where passwords are used, require long passwords or passphrases and block common and previously leaked passwords. Turn this on in every system that can enforce it.",
                      "effort": "low"
                    },
                    {
                      "id": "3.C",
                      "title": "Create Unique Credentials",
                      "guidance": "Give each person and each service its own account and credentials instead of shared logins. Where a shared account cannot be avoided, such as at a nursing station, limit what it can do and record who used it.",
                      "effort": "medium"
                    },
                    {
                      "id": "3.D",
                      "title": "Revoking Credentials for Departing Staff",
                      "guidance": "Disable accounts, badges and remote access by the last day of every employee, contractor or volunteer who leaves. Make notice from HR to IT a standard step.",
                      "metrics": [
                        "Share of departures whose access was removed by their last working day"
                      ],
                      "effort": "low"
                    },
                    {
                      "id": "3.E",
                      "title": "Monitor Unsuccessful (Automated) Login Attempts",
                      "guidance": "Watch for repeated failed sign-ins, which can mean someone is guessing passwords, and lock or slow down the account when it happens. Alert security staff to large or unusual patterns.",
                      "effort": "low"
                    },
                    {
                      "id": "3.F",
                      "title": "Implement Multi-factor Authentication",
                      "guidance": "Require a second factor besides the password for remote access, email, administrator accounts and systems reachable from the internet. Prefer methods that resist phishing, such as security keys, for the most important accounts.",
                      "metrics": [
                        "Share of in-scope accounts enrolled in multi-factor authentication"
                      ],
                      "effort": "medium"
                    },
                    {
                      "id": "3.G",
                      "title": "Administrators Maintain Separate User and Privileged Accounts",
                      "guidance": "Give administrators a separate account for administrative work, and have them use their normal account for email and web browsing. This limits the harm if an everyday account is taken over.",
                      "metrics": [
                        "Number of administrator accounts that also have a mailbox"
                      ],
                      "effort": "low"
                    },
                    {
                      "id": "3.H",
                      "title": "Implement the Principles of Least Privilege",
                      "guidance": "Grant people and services only the access they need for their work, and review access regularly. Remove rights that are no longer used.",
                      "effort": "medium"
                    },
                    {
                      "id": "3.I",
                      "title": "Implement Logical/Physical Network Segmentation",
                      "guidance": "Split your network so that a problem in one part cannot easily spread, for example by keeping medical devices, guest Wi-Fi and business systems apart. Allow only the traffic between segments that is needed.",
                      "metrics": [
                        "Share of connected medical devices on a separate network segment"
                      ],
                      "effort": "high"
                    },
                    {
                      "id": "3.J",
                      "title": "Implement Cybersecurity Training",
                      "guidance": "Train all staff at least once a year to recognize phishing, protect patient data and report problems, and give IT staff extra training. Track who has completed it.",
                      "metrics": [
                        "Share of staff with current security training"
                      ],
                      "effort": "low"
                    },
                    {
                      "id": "3.K",
                      "title": "Utilize Strong Encryption",
                      "guidance": "Use current, strong encryption for data sent over networks and for data stored on laptops, phones and removable media. Replace outdated encryption methods.",
                      "metrics": [
                        "Share of portable devices with encryption turned on"
                      ],
                      "effort": "medium"
                    },
                    {
                      "id": "3.L",
                      "title": "Enable Email Security",
                      "guidance": "Turn on email protections, such as filtering of malicious messages and links and sender checks that make it harder to fake mail from your domain. Mark messages that come from outside the organization.",
                      "effort": "low"
                    },
                    {
                      "id": "3.M",
                      "title": "Disable Autorun & Macros By Default",
                      "guidance": "Turn off programs that start by themselves from USB drives and other media, and block macros in office documents unless they are needed and trusted. Allow exceptions only with approval.",
                      "effort": "low"
                    },
                    {
                      "id": "3.N",
                      "title": "Establish Change Management Processes",
                      "guidance": "Review, approve, test and record changes to systems before they are made, and record emergency changes right after. This prevents outages and unnoticed security gaps.",
                      "effort": "medium"
                    },
                    {
                      "id": "3.O",
                      "title": "Maintain System Backups & Restoration Ability",
                      "guidance": "Back up critical systems and data regularly, keep a copy that attackers cannot reach or change, and test restoring it. Know how long a full restore of key clinical systems would take.",
                      "metrics": [
                        "Share of critical systems restored successfully in a test in the past 12 months"
                      ],
                      "effort": "medium"
                    },
                    {
                      "id": "3.P",
                      "title": "Maintain Hardware & Software Approval Process",
                      "guidance": "Require a security review and approval before new hardware, software or cloud services are bought or connected. Include medical devices bought by clinical departments.",
                      "effort": "low"
                    },
                    {
                      "id": "3.Q",
                      "title": "Maintain Log Collection & Storage",
                      "guidance": "Collect security logs from important systems in one place, protect them from change and keep them long enough for investigations. Make sure someone reviews them.",
                      "metrics": [
                        "Share of critical systems sending logs to the central store"
                      ],
                      "effort": "medium"
                    },
                    {
                      "id": "3.R",
                      "title": "Prohibit Connection of Unauthorized Devices",
                      "guidance": "Prevent unapproved devices, such as personal USB drives or unknown computers, from connecting to your network and systems. Use technical controls where you can, not only a written rule.",
                      "effort": "medium"
                    },
                    {
                      "id": "3.S",
                      "title": "Secure Internet Facing Devices",
                      "guidance": "Keep only the services that are needed reachable from the internet, and keep them updated and protected by strong sign-in. Never expose remote desktop or device management screens directly to the internet.",
                      "metrics": [
                        "Number of unneeded services reachable from the internet"
                      ],
                      "effort": "medium"
                    }
                  ]
                },
                {
                  "id": "4",
                  "title": "Detect",
                  "guidance": "Spot malicious code and other signs of attack early.",
                  "children": [
                    {
                      "id": "4.A",
                      "title": "Establish Malicious Code Detection",
                      "guidance": "Run malware detection on computers and servers, keep it up to date and make sure its alerts reach someone who acts on them. Consider tools that can also cut an infected machine off the network.",
                      "metrics": [
                        "Share of computers and servers with active, up-to-date protection"
                      ],
                      "effort": "low"
                    },
                    {
                      "id": "4.B",
                      "title": "Identify Adverse Events",
                      "guidance": "Collect and review alerts and logs to spot signs of attack, such as unusual sign-ins or data transfers, with your own staff or a monitoring service. Use threat alerts to know what to look for.",
                      "effort": "medium"
                    }
                  ]
                },
                {
                  "id": "5",
                  "title": "Respond",
                  "guidance": "Know in advance how you will communicate about and report an incident.",
                  "children": [
                    {
                      "id": "5.A",
                      "title": "Establish Incident Communication Procedures",
                      "guidance": "Decide in advance who tells staff, patients, partners and the media what during an incident, and how, including when email and phones are down. Keep contact lists current and available offline.",
                      "effort": "low"
                    },
                    {
                      "id": "5.B",
                      "title": "Establish Incident Reporting Procedures",
                      "guidance": "Know which authorities and partners you must report incidents to and by when, such as HHS, law enforcement, CISA, your insurer and state agencies. Write the steps and contacts into your plan.",
                      "metrics": [
                        "Share of reportable incidents reported within the required time"
                      ],
                      "effort": "low"
                    }
                  ]
                },
                {
                  "id": "6",
                  "title": "Recover",
                  "guidance": "Plan and practice bringing operations back after a serious incident.",
                  "children": [
                    {
                      "id": "6.A",
                      "title": "Incident Planning and Preparedness",
                      "guidance": "Plan and practice recovery from serious incidents, including restoring systems in priority order and running clinical downtime procedures. Update the plan after each exercise.",
                      "effort": "medium"
                    }
                  ]
                }
              ]
            }
            """#
    )
}
