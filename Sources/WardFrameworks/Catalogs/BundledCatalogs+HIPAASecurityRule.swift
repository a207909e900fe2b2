// The catalog file hipaa-security-rule.json, kept as text so that `ward` stays one binary (see BundledCatalogs.swift).
// Edit the JSON between the delimiters; `swift test` validates it, and `ward frameworks export` writes it out.

extension BundledCatalogs {
    static let hipaaSecurityRule = File(
        name: "hipaa-security-rule.json",
        text: #"""
            {
              "format": "ward-framework/1",
              "id": "hipaa-security",
              "edition": "2013",
              "title": "HIPAA Security Rule (45 CFR Part 164, Subpart C)",
              "publisher": "U.S. Department of Health and Human Services",
              "source": "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-C",
              "date": "2013-01-25",
              "confidence": "verified",
              "description": "The HIPAA Security Rule is the federal regulation that tells covered entities (health plans, clearinghouses and most health care providers) and their business associates how to protect electronic protected health information. This file holds the rule as amended by the Omnibus rule published on 25 January 2013, which is the version in force. Its standards sit under five sections: administrative, physical and technical safeguards, organizational requirements, and policies, procedures and documentation. Implementation specifications are tagged required or addressable; for an addressable one you must assess whether it is reasonable and appropriate, then either do it, do an equivalent alternative, or document why neither fits. Identifiers and titles follow the CFR; the two 164.314 implementation specifications carry descriptive titles of ours and the 164.308(b)(3) paragraph number is marked secondary. Guidance, metrics and effort estimates are Ward's own words and judgement, not the regulation's text, and are not legal advice. In January 2025 HHS proposed a revision of the rule that would, among other things, drop the difference between required and addressable and require multi-factor authentication, encryption and an asset inventory; it is a proposal only and is not reflected here.",
              "levels": [
                "safeguard",
                "standard",
                "implementation specification"
              ],
              "requirements": [
                {
                  "id": "164.308",
                  "title": "Administrative Safeguards",
                  "guidance": "Run security as a managed program: assess risk, assign responsibility, control workforce access, train staff, handle incidents, plan for emergencies and hold business associates to the rules.",
                  "children": [
                    {
                      "id": "164.308(a)(1)",
                      "title": "Security Management Process",
                      "guidance": "Find, reduce and keep watch on the risks to electronic patient information.",
                      "children": [
                        {
                          "id": "164.308(a)(1)(ii)(A)",
                          "title": "Risk Analysis",
                          "guidance": "Work out what could expose, alter or cut off access to the electronic patient information you handle, and repeat the assessment regularly and after major changes. Cover every system and device that holds it, including laptops, medical devices and cloud services, and record the threats, weaknesses, likelihood and impact you find.",
                          "metrics": [
                            "Months since the last organization-wide risk analysis",
                            "Share of systems holding patient data that the risk analysis covers"
                          ],
                          "tags": [
                            "required"
                          ],
                          "effort": "high"
                        },
                        {
                          "id": "164.308(a)(1)(ii)(B)",
                          "title": "Risk Management",
                          "guidance": "Decide how you will bring each risk from the risk analysis down to a reasonable level, and carry out those measures. Keep a plan with owners and dates, and track it to completion.",
                          "metrics": [
                            "Share of high risks with a treatment plan that is on schedule"
                          ],
                          "tags": [
                            "required"
                          ],
                          "effort": "high"
                        },
                        {
                          "id": "164.308(a)(1)(ii)(C)",
                          "title": "Sanction Policy",
                          "guidance": "Have a written policy that sets consequences for staff who break security policies, and apply it consistently. Record the sanctions given.",
                          "tags": [
                            "required"
                          ],
                          "effort": "low"
                        },
                        {
                          "id": "164.308(a)(1)(ii)(D)",
                          "title": "Information System Activity Review",
                          "guidance": "On a set schedule, look through the audit logs, access reports and incident records of the systems that hold patient data. Look for inappropriate access to patient records and follow up on what you find.",
                          "metrics": [
                            "Share of scheduled activity reviews completed on time"
                          ],
                          "tags": [
                            "required"
                          ],
                          "effort": "medium"
                        }
                      ]
                    },
                    {
                      "id": "164.308(a)(2)",
                      "title": "Assigned Security Responsibility",
                      "guidance": "Appoint one security official and make that person answerable for the security policies and procedures, from drafting them to putting them into practice. Put the appointment in writing and make sure staff know who it is.",
                      "tags": [
                        "required"
                      ],
                      "effort": "low"
                    },
                    {
                      "id": "164.308(a)(3)",
                      "title": "Workforce Security",
                      "guidance": "Make sure staff have the access to patient information that their work needs, and no more.",
                      "children": [
                        {
                          "id": "164.308(a)(3)(ii)(A)",
                          "title": "Authorization and/or Supervision",
                          "guidance": "Set rules for who approves staff access to patient information, and supervise people who work where it is present without their own access, such as cleaning or maintenance staff. Keep a record of approvals.",
                          "tags": [
                            "addressable"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "164.308(a)(3)(ii)(B)",
                          "title": "Workforce Clearance Procedure",
                          "guidance": "Check that a person's access to patient information fits their job before it is granted, for example through background or reference checks suited to the role. Document how you decide.",
                          "tags": [
                            "addressable"
                          ],
                          "effort": "low"
                        },
                        {
                          "id": "164.308(a)(3)(ii)(C)",
                          "title": "Termination Procedures",
                          "guidance": "When someone leaves or no longer needs access, remove their accounts, remote access, badges and keys, and collect their devices. Do it by their last day, or at once when the departure is not on good terms.",
                          "metrics": [
                            "Share of departures whose access was removed by their last working day"
                          ],
                          "tags": [
                            "addressable"
                          ],
                          "effort": "low"
                        }
                      ]
                    },
                    {
                      "id": "164.308(a)(4)",
                      "title": "Information Access Management",
                      "guidance": "Grant access to patient information through a defined approval process.",
                      "children": [
                        {
                          "id": "164.308(a)(4)(ii)(A)",
                          "title": "Isolating Health Care Clearinghouse Functions",
                          "guidance": "If part of your organization works as a health care clearinghouse, keep its patient data and systems separate from the rest of the organization so others cannot reach them. If you have no clearinghouse function, record that this does not apply.",
                          "tags": [
                            "required"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "164.308(a)(4)(ii)(B)",
                          "title": "Access Authorization",
                          "guidance": "Write down how access to systems holding patient information is requested and approved, and who may approve it. Base approvals on the person's job.",
                          "tags": [
                            "addressable"
                          ],
                          "effort": "low"
                        },
                        {
                          "id": "164.308(a)(4)(ii)(C)",
                          "title": "Access Establishment and Modification",
                          "guidance": "Set up, change and review each user's access according to the approved rules, for example when someone changes roles. Review access lists on a schedule and remove what is no longer needed.",
                          "metrics": [
                            "Share of scheduled access reviews completed on time"
                          ],
                          "tags": [
                            "addressable"
                          ],
                          "effort": "medium"
                        }
                      ]
                    },
                    {
                      "id": "164.308(a)(5)",
                      "title": "Security Awareness and Training",
                      "guidance": "Run an ongoing security awareness program that reaches everyone who works for you, managers included.",
                      "children": [
                        {
                          "id": "164.308(a)(5)(ii)(A)",
                          "title": "Security Reminders",
                          "guidance": "Send staff short, regular security reminders, such as notes about current phishing lures or safe use of patient data. Keep copies and dates of what you sent.",
                          "tags": [
                            "addressable"
                          ],
                          "effort": "low"
                        },
                        {
                          "id": "164.308(a)(5)(ii)(B)",
                          "title": "Protection from Malicious Software",
                          "guidance": "Run anti-malware tools on computers and servers, and teach staff how malware usually arrives, for example through email attachments and links. Tell them whom to call at once if they think a machine is infected.",
                          "metrics": [
                            "Share of computers with active, up-to-date malware protection"
                          ],
                          "tags": [
                            "addressable"
                          ],
                          "effort": "low"
                        },
                        {
                          "id": "164.308(a)(5)(ii)(C)",
                          "title": "Log-in Monitoring",
                          "guidance": "Watch sign-in attempts for signs of misuse, such as many failed attempts, and report problems. Tell staff to report unexpected sign-in prompts or lockouts.",
                          "tags": [
                            "addressable"
                          ],
                          "effort": "low"
                        },
                        {
                          "id": "164.308(a)(5)(ii)(D)",
                          "title": "Password Management",
                          "guidance": "Set rules for how passwords are chosen, when they must be changed and how they are kept secret, and teach staff never to share them. Use technical settings to enforce the rules where you can.",
                          "tags": [
                            "addressable"
                          ],
                          "effort": "low"
                        }
                      ]
                    },
                    {
                      "id": "164.308(a)(6)",
                      "title": "Security Incident Procedures",
                      "guidance": "Deal with security incidents in a planned way.",
                      "children": [
                        {
                          "id": "164.308(a)(6)(ii)",
                          "title": "Response and Reporting",
                          "guidance": "When a security incident is suspected or confirmed, act on it, limit the damage as far as you can, and keep a record of what happened and how it ended. Staff should know how to report a suspected incident.",
                          "metrics": [
                            "Share of incidents with a completed incident record"
                          ],
                          "tags": [
                            "required"
                          ],
                          "effort": "medium"
                        }
                      ]
                    },
                    {
                      "id": "164.308(a)(7)",
                      "title": "Contingency Plan",
                      "guidance": "Plan for emergencies such as fire, flood, system failure or ransomware that damage systems holding patient information.",
                      "children": [
                        {
                          "id": "164.308(a)(7)(ii)(A)",
                          "title": "Data Backup Plan",
                          "guidance": "Back up electronic patient information regularly so that a complete, usable copy can always be restored. Keep at least one copy where an attacker or a disaster at your site cannot reach it.",
                          "metrics": [
                            "Share of systems holding patient data with a backup in the past 24 hours"
                          ],
                          "tags": [
                            "required"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "164.308(a)(7)(ii)(B)",
                          "title": "Disaster Recovery Plan",
                          "guidance": "Write down how you will restore lost data and systems after a disaster or attack, in what order and who does what. Keep the plan where staff can reach it when systems are down.",
                          "tags": [
                            "required"
                          ],
                          "effort": "high"
                        },
                        {
                          "id": "164.308(a)(7)(ii)(C)",
                          "title": "Emergency Mode Operation Plan",
                          "guidance": "Write down how critical work, such as patient care and protecting patient data, will continue while systems are down or running in an emergency. Include paper downtime forms and manual procedures.",
                          "tags": [
                            "required"
                          ],
                          "effort": "high"
                        },
                        {
                          "id": "164.308(a)(7)(ii)(D)",
                          "title": "Testing and Revision Procedures",
                          "guidance": "Test your contingency plans from time to time, for example with a tabletop exercise or a restore test, and update them with what you learn.",
                          "metrics": [
                            "Months since the contingency plan was last tested"
                          ],
                          "tags": [
                            "addressable"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "164.308(a)(7)(ii)(E)",
                          "title": "Applications and Data Criticality Analysis",
                          "guidance": "Rank your applications and data by how critical they are to patient care and operations. Use the ranking to decide what to restore first.",
                          "tags": [
                            "addressable"
                          ],
                          "effort": "medium"
                        }
                      ]
                    },
                    {
                      "id": "164.308(a)(8)",
                      "title": "Evaluation",
                      "guidance": "Check regularly, and after changes to your environment or operations, whether your security policies and procedures still meet the rule's requirements. Record the findings and fix the gaps.",
                      "metrics": [
                        "Months since the last evaluation"
                      ],
                      "tags": [
                        "required"
                      ],
                      "effort": "medium"
                    },
                    {
                      "id": "164.308(b)(1)",
                      "title": "Business Associate Contracts and Other Arrangements",
                      "guidance": "Let a business associate handle electronic patient information for you only when it has given written assurance that it will protect it.",
                      "children": [
                        {
                          "id": "164.308(b)(3)",
                          "title": "Written Contract or Other Arrangement",
                          "guidance": "Keep a signed business associate agreement, or another arrangement the rule allows, with every vendor that creates, receives, keeps or sends electronic patient information for you. Track which vendors have one and renew them when terms change.",
                          "metrics": [
                            "Share of vendors handling patient data with a signed business associate agreement"
                          ],
                          "tags": [
                            "required"
                          ],
                          "effort": "medium",
                          "confidence": "secondary"
                        }
                      ]
                    }
                  ]
                },
                {
                  "id": "164.310",
                  "title": "Physical Safeguards",
                  "guidance": "Protect buildings, rooms, workstations and storage media that hold or give access to patient information.",
                  "children": [
                    {
                      "id": "164.310(a)(1)",
                      "title": "Facility Access Controls",
                      "guidance": "Keep unauthorized people away from the systems that hold patient information and the rooms they sit in, without locking out staff who need to be there.",
                      "children": [
                        {
                          "id": "164.310(a)(2)(i)",
                          "title": "Contingency Operations",
                          "guidance": "Plan how the right people get into buildings and rooms during an emergency to restore systems and data. Make sure recovery staff and vendors can get in when normal badge systems are down.",
                          "tags": [
                            "addressable"
                          ],
                          "effort": "low"
                        },
                        {
                          "id": "164.310(a)(2)(ii)",
                          "title": "Facility Security Plan",
                          "guidance": "Write a plan that guards your buildings and the equipment in them against break-ins, tampering and theft, for example with locks, alarms and cameras. Review it when sites or layouts change.",
                          "tags": [
                            "addressable"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "164.310(a)(2)(iii)",
                          "title": "Access Control and Validation Procedures",
                          "guidance": "Decide which roles may enter which areas and check people as they come in, with extra care for visitors and vendor technicians. Keep visitor logs, escort visitors in server and records rooms, and restrict who can reach software kept for testing and changes.",
                          "metrics": [
                            "Share of badge holders for sensitive areas confirmed in the last review"
                          ],
                          "tags": [
                            "addressable"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "164.310(a)(2)(iv)",
                          "title": "Maintenance Records",
                          "guidance": "Keep a log of work on the security-related parts of your buildings, such as a lock replaced, a door rekeyed or a wall moved. Keep the log with the facility security plan.",
                          "tags": [
                            "addressable"
                          ],
                          "effort": "low"
                        }
                      ]
                    },
                    {
                      "id": "164.310(b)",
                      "title": "Workstation Use",
                      "guidance": "Set rules for how workstations that can reach patient information are used, including where they may be placed and what may be done on them. Cover computers at home and in public areas too.",
                      "tags": [
                        "required"
                      ],
                      "effort": "low"
                    },
                    {
                      "id": "164.310(c)",
                      "title": "Workstation Security",
                      "guidance": "Protect workstations that can reach patient information from being used or seen by the wrong people, for example with locked rooms, cable locks, screens turned away from public view and privacy filters.",
                      "tags": [
                        "required"
                      ],
                      "effort": "low"
                    },
                    {
                      "id": "164.310(d)(1)",
                      "title": "Device and Media Controls",
                      "guidance": "Control how hardware and storage media with patient information are received, moved and removed.",
                      "children": [
                        {
                          "id": "164.310(d)(2)(i)",
                          "title": "Disposal",
                          "guidance": "Destroy or securely wipe patient information before throwing away computers, drives, copiers and other media. Keep a record or certificate for each disposal.",
                          "metrics": [
                            "Share of retired devices with a disposal record"
                          ],
                          "tags": [
                            "required"
                          ],
                          "effort": "low"
                        },
                        {
                          "id": "164.310(d)(2)(ii)",
                          "title": "Media Re-use",
                          "guidance": "Securely erase patient information from devices and media before they are reused or handed to someone else. Check that the erase worked.",
                          "tags": [
                            "required"
                          ],
                          "effort": "low"
                        },
                        {
                          "id": "164.310(d)(2)(iii)",
                          "title": "Accountability",
                          "guidance": "Track each device and storage medium that holds patient information: where it is, when it moves and who has it. Update the record when devices change hands or sites.",
                          "tags": [
                            "addressable"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "164.310(d)(2)(iv)",
                          "title": "Data Backup and Storage",
                          "guidance": "Before moving equipment that holds patient information, back it up where needed, so that a complete copy survives if the device is lost or damaged on the way.",
                          "tags": [
                            "addressable"
                          ],
                          "effort": "low"
                        }
                      ]
                    }
                  ]
                },
                {
                  "id": "164.312",
                  "title": "Technical Safeguards",
                  "guidance": "Use technology to control and record access to patient information and protect it from improper change and interception.",
                  "children": [
                    {
                      "id": "164.312(a)(1)",
                      "title": "Access Control",
                      "guidance": "Make sure only approved users and programs can open electronic patient information.",
                      "children": [
                        {
                          "id": "164.312(a)(2)(i)",
                          "title": "Unique User Identification",
                          "guidance": "Give every user their own user name so that their actions can be traced to them. Avoid shared accounts, including on clinical workstations.",
                          "metrics": [
                            "Number of shared or generic accounts with access to patient data"
                          ],
                          "tags": [
                            "required"
                          ],
                          "effort": "low"
                        },
                        {
                          "id": "164.312(a)(2)(ii)",
                          "title": "Emergency Access Procedure",
                          "guidance": "Plan how clinicians will reach the patient information they need when normal sign-in or systems fail, for example with a break-glass account or printed downtime reports. Control its use and review every time it is used.",
                          "tags": [
                            "required"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "164.312(a)(2)(iii)",
                          "title": "Automatic Logoff",
                          "guidance": "Make sessions lock or end after a set time without activity, with times suited to each area. Use fast user switching on shared clinical workstations so staff are not tempted to stay signed in.",
                          "tags": [
                            "addressable"
                          ],
                          "effort": "low"
                        },
                        {
                          "id": "164.312(a)(2)(iv)",
                          "title": "Encryption and Decryption",
                          "guidance": "Encrypt stored patient information where it makes sense, above all on laptops, phones, removable media and servers. If you decide not to encrypt, record why and what you do instead.",
                          "metrics": [
                            "Share of laptops and mobile devices with encryption turned on"
                          ],
                          "tags": [
                            "addressable"
                          ],
                          "effort": "medium"
                        }
                      ]
                    },
                    {
                      "id": "164.312(b)",
                      "title": "Audit Controls",
                      "guidance": "Switch on logging in every system that stores or processes patient information, so that sign-ins and who viewed or changed a record are captured. Keep the logs long enough and make sure someone reviews them.",
                      "metrics": [
                        "Share of systems holding patient data that record access activity"
                      ],
                      "tags": [
                        "required"
                      ],
                      "effort": "medium"
                    },
                    {
                      "id": "164.312(c)(1)",
                      "title": "Integrity",
                      "guidance": "Keep electronic patient information accurate by guarding it against unauthorized changes and deletion.",
                      "children": [
                        {
                          "id": "164.312(c)(2)",
                          "title": "Mechanism to Authenticate Electronic Protected Health Information",
                          "guidance": "Use technical checks, such as checksums, digital signatures or database controls, that would reveal an unauthorized change to or deletion of patient information.",
                          "tags": [
                            "addressable"
                          ],
                          "effort": "medium"
                        }
                      ]
                    },
                    {
                      "id": "164.312(d)",
                      "title": "Person or Entity Authentication",
                      "guidance": "Confirm the identity of every user and every system before it can reach patient information, for example with a password plus a second factor. Use multi-factor authentication for remote access.",
                      "metrics": [
                        "Share of remote access accounts using multi-factor authentication"
                      ],
                      "tags": [
                        "required"
                      ],
                      "effort": "medium"
                    },
                    {
                      "id": "164.312(e)(1)",
                      "title": "Transmission Security",
                      "guidance": "Protect patient information sent over electronic networks from interception and tampering.",
                      "children": [
                        {
                          "id": "164.312(e)(2)(i)",
                          "title": "Integrity Controls",
                          "guidance": "Use measures that detect changes to patient information while it travels over a network, such as secure protocols that check integrity.",
                          "tags": [
                            "addressable"
                          ],
                          "effort": "low"
                        },
                        {
                          "id": "164.312(e)(2)(ii)",
                          "title": "Encryption",
                          "guidance": "Encrypt patient information sent over networks where it makes sense, for example email to outside parties, remote access and links to partners. If you decide not to, record why and what you do instead.",
                          "metrics": [
                            "Share of external connections carrying patient data that are encrypted"
                          ],
                          "tags": [
                            "addressable"
                          ],
                          "effort": "medium"
                        }
                      ]
                    }
                  ]
                },
                {
                  "id": "164.314",
                  "title": "Organizational Requirements",
                  "guidance": "Put the required security terms into agreements with business associates and, for group health plans, into plan documents.",
                  "children": [
                    {
                      "id": "164.314(a)(1)",
                      "title": "Business Associate Contracts or Other Arrangements",
                      "guidance": "Business associate agreements must contain the security terms the rule requires.",
                      "children": [
                        {
                          "id": "164.314(a)(2)",
                          "title": "Business Associate Contract Requirements",
                          "guidance": "Check that each business associate agreement requires the associate to follow the Security Rule, to pass the same duties to its subcontractors and to report security incidents, including breaches, to you. Use a standard template and review older agreements against it.",
                          "tags": [
                            "required"
                          ],
                          "effort": "medium",
                          "confidence": "secondary"
                        }
                      ]
                    },
                    {
                      "id": "164.314(b)(1)",
                      "title": "Requirements for Group Health Plans",
                      "guidance": "A group health plan's documents must bind the plan sponsor to protect the plan's electronic patient information.",
                      "children": [
                        {
                          "id": "164.314(b)(2)",
                          "title": "Plan Document Requirements",
                          "guidance": "If you sponsor or run a group health plan, make sure its plan documents require the sponsor to protect the plan's electronic patient information, keep it separate from other business, bind its agents to the same duties and report security incidents. If you have no group health plan, record that this does not apply.",
                          "tags": [
                            "required"
                          ],
                          "effort": "low",
                          "confidence": "secondary"
                        }
                      ]
                    }
                  ]
                },
                {
                  "id": "164.316",
                  "title": "Policies and Procedures and Documentation Requirements",
                  "guidance": "Write down your security policies and procedures and the actions you take under them, and keep those records.",
                  "children": [
                    {
                      "id": "164.316(a)",
                      "title": "Policies and Procedures",
                      "guidance": "Write security policies and procedures that suit your size, your systems and the risks you face, and follow them. When you change them, record the change.",
                      "tags": [
                        "required"
                      ],
                      "effort": "medium"
                    },
                    {
                      "id": "164.316(b)(1)",
                      "title": "Documentation",
                      "guidance": "Keep your security policies, procedures and required records in written or electronic form.",
                      "children": [
                        {
                          "id": "164.316(b)(2)(i)",
                          "title": "Time Limit",
                          "guidance": "Keep security documentation for six years from when it was created or last in effect, whichever is later. Set a retention schedule so that old versions are not deleted too soon.",
                          "tags": [
                            "required"
                          ],
                          "effort": "low"
                        },
                        {
                          "id": "164.316(b)(2)(ii)",
                          "title": "Availability",
                          "guidance": "Make sure the people who carry out a procedure can find and read its documentation, for example on a shared intranet page.",
                          "tags": [
                            "required"
                          ],
                          "effort": "low"
                        },
                        {
                          "id": "164.316(b)(2)(iii)",
                          "title": "Updates",
                          "guidance": "Look over the documentation on a schedule and revise it whenever a change in your systems, sites or ways of working affects security. Record the date of each review.",
                          "metrics": [
                            "Months since the security policies were last reviewed"
                          ],
                          "tags": [
                            "required"
                          ],
                          "effort": "low"
                        }
                      ]
                    }
                  ]
                }
              ]
            }
            """#
    )
}
