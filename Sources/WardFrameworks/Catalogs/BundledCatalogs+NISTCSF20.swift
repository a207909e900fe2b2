// The catalog file nist-csf-2.0.json, kept as text so that `ward` stays one binary (see BundledCatalogs.swift).
// Edit the JSON between the delimiters; `swift test` validates it, and `ward frameworks export` writes it out.

extension BundledCatalogs {
    static let nistCSF20 = File(
        name: "nist-csf-2.0.json",
        text: #"""
            {
              "format": "ward-framework/1",
              "id": "nist-csf",
              "edition": "2.0",
              "title": "The NIST Cybersecurity Framework (CSF) 2.0",
              "publisher": "National Institute of Standards and Technology",
              "source": "https://doi.org/10.6028/NIST.CSWP.29",
              "date": "2024-02-26",
              "confidence": "verified",
              "description": "The NIST Cybersecurity Framework 2.0 (NIST CSWP 29, February 2024) is a voluntary, sector-neutral list of cybersecurity outcomes. It has 6 functions, 22 categories and 106 subcategories; the subcategory numbers have gaps, and Ward keeps NIST's identifiers exactly as published. CSF 2.0 added the Govern function to the five functions of version 1.1. The function, category and subcategory identifiers and the function and category names are NIST's. NIST gives subcategories no titles, so the subcategory titles here are short labels written by Ward. All guidance, metrics and effort estimates are Ward's own words and judgement for hospitals and clinics; they are not NIST text. Read the publication for NIST's wording and its implementation examples.",
              "levels": [
                "function",
                "category",
                "subcategory"
              ],
              "requirements": [
                {
                  "id": "GV",
                  "title": "Govern",
                  "guidance": "Decide who owns cyber risk, how much risk the organization will accept and which rules everyone follows, then check that those decisions are carried out.",
                  "children": [
                    {
                      "id": "GV.OC",
                      "title": "Organizational Context",
                      "guidance": "Write down what the organization does, who depends on it, what it depends on and which laws and contracts apply, so security decisions start from that.",
                      "children": [
                        {
                          "id": "GV.OC-01",
                          "title": "Mission guides cyber risk decisions",
                          "guidance": "Write down the services that matter most to your patients, such as emergency care, surgery, pharmacy and billing. Use that list to decide which systems and risks get attention first.",
                          "effort": "low"
                        },
                        {
                          "id": "GV.OC-02",
                          "title": "Stakeholder expectations",
                          "guidance": "List the groups who care about your security: patients, staff, physicians, payers, regulators and partners. Note what each expects, for example privacy of records or uptime of shared systems, and take it into account in risk decisions.",
                          "effort": "low"
                        },
                        {
                          "id": "GV.OC-03",
                          "title": "Legal and contractual obligations",
                          "guidance": "Keep a list of the laws, regulations and contracts that set security or privacy duties, such as HIPAA, state breach laws and business associate agreements. Assign someone to track changes and to show how each duty is met.",
                          "metrics": [
                            "Share of listed obligations that have a named owner and evidence of how they are met"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "GV.OC-04",
                          "title": "Services others rely on",
                          "guidance": "Identify the services others depend on you for, such as emergency care, lab results sent to clinics or data sent to a health information exchange. Record how long each could be down before patients are harmed, and share this with the people who plan for outages.",
                          "effort": "medium"
                        },
                        {
                          "id": "GV.OC-05",
                          "title": "Services you rely on",
                          "guidance": "List the outside services you depend on, such as the hosted health record system, internet and phone lines, power and key suppliers. Record what happens to patient care if each one fails, so your plans cover those failures.",
                          "effort": "medium"
                        }
                      ]
                    },
                    {
                      "id": "GV.RM",
                      "title": "Risk Management Strategy",
                      "guidance": "Agree how much cyber risk leadership will accept and how risks are measured, ranked and handled.",
                      "children": [
                        {
                          "id": "GV.RM-01",
                          "title": "Risk management objectives",
                          "guidance": "Set clear goals for managing cyber risk, for example keeping critical clinical systems available and preventing breaches of patient data. Have leadership and the board agree to them.",
                          "effort": "low"
                        },
                        {
                          "id": "GV.RM-02",
                          "title": "Risk appetite and tolerance",
                          "guidance": "Write down how much cyber risk leadership is willing to accept, in terms people can act on, such as the longest acceptable outage of the health record system. Review the statement at least once a year and share it with those who make risk decisions.",
                          "effort": "low"
                        },
                        {
                          "id": "GV.RM-03",
                          "title": "Cyber risk in enterprise risk management",
                          "guidance": "Put cyber risks in the organization's overall risk register and reports, next to clinical, financial and compliance risks. This lets leaders compare them and fund the most important ones.",
                          "effort": "medium"
                        },
                        {
                          "id": "GV.RM-04",
                          "title": "Risk response direction",
                          "guidance": "Decide in advance when a risk should be reduced, transferred (for example through insurance or contracts), avoided or accepted, and who may approve each choice. Share this with managers and IT.",
                          "effort": "low"
                        },
                        {
                          "id": "GV.RM-05",
                          "title": "Risk communication lines",
                          "guidance": "Set up clear ways for staff, IT, vendors and leadership to raise and discuss cyber risks, including risks from suppliers. Everyone should know whom to tell and how quickly.",
                          "effort": "low"
                        },
                        {
                          "id": "GV.RM-06",
                          "title": "Standard way to rate risk",
                          "guidance": "Use one method to score, record and rank cyber risks across the organization, for example a simple likelihood and impact scale. A common method makes risks from different departments comparable.",
                          "metrics": [
                            "Share of risk register entries scored with the standard method"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "GV.RM-07",
                          "title": "Opportunities in risk decisions",
                          "guidance": "When you discuss cyber risk, also weigh the benefits, such as a new telehealth service or a cloud system that improves uptime. Compare those gains with the risks instead of looking only at the downside.",
                          "effort": "low"
                        }
                      ]
                    },
                    {
                      "id": "GV.RR",
                      "title": "Roles, Responsibilities, and Authorities",
                      "guidance": "Name the people who own cybersecurity decisions and give them the staff, budget and authority to act.",
                      "children": [
                        {
                          "id": "GV.RR-01",
                          "title": "Leadership accountability",
                          "guidance": "Senior leaders should own cyber risk, talk about it openly and support a culture where staff report problems without fear. Put security on leadership and board agendas regularly.",
                          "metrics": [
                            "Number of leadership or board meetings per year with cybersecurity on the agenda"
                          ],
                          "effort": "low"
                        },
                        {
                          "id": "GV.RR-02",
                          "title": "Security roles and authorities",
                          "guidance": "Name who is responsible for security, such as a security officer, system owners and department heads, and write down what each may decide. Make sure the people named know and accept their roles.",
                          "effort": "low"
                        },
                        {
                          "id": "GV.RR-03",
                          "title": "Adequate security resources",
                          "guidance": "Give the security program enough people, budget and tools to carry out its strategy and policies. Review the resources each year against the risks you have found.",
                          "effort": "medium"
                        },
                        {
                          "id": "GV.RR-04",
                          "title": "Security in human resources",
                          "guidance": "Build security into hiring, onboarding, role changes and departures, for example background checks where appropriate, signed acceptable-use agreements and prompt removal of access. Work with HR so these steps happen every time.",
                          "metrics": [
                            "Share of departures whose access was removed by their last working day"
                          ],
                          "effort": "medium"
                        }
                      ]
                    },
                    {
                      "id": "GV.PO",
                      "title": "Policy",
                      "guidance": "Keep a written security policy that staff know about, that is enforced and that is kept up to date.",
                      "children": [
                        {
                          "id": "GV.PO-01",
                          "title": "Cybersecurity policy",
                          "guidance": "Keep a written cybersecurity policy, approved by leadership, that sets the rules for staff, systems and vendors. Make sure staff can find it, know it applies to them and know what happens if they break it.",
                          "metrics": [
                            "Share of staff who have acknowledged the current policy"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "GV.PO-02",
                          "title": "Policy review and update",
                          "guidance": "Review the policy at least once a year and whenever laws, threats, technology or services change. Record when it was reviewed and what changed.",
                          "metrics": [
                            "Months since the last policy review"
                          ],
                          "effort": "low"
                        }
                      ]
                    },
                    {
                      "id": "GV.OV",
                      "title": "Oversight",
                      "guidance": "Have leadership review regularly how the security program is doing and adjust the plan.",
                      "children": [
                        {
                          "id": "GV.OV-01",
                          "title": "Review of strategy results",
                          "guidance": "Check regularly whether the security strategy is producing the results you wanted, such as fewer incidents or faster recovery. Change the strategy where it is not working.",
                          "effort": "low"
                        },
                        {
                          "id": "GV.OV-02",
                          "title": "Review of strategy coverage",
                          "guidance": "Review the strategy to confirm it still covers your legal duties and the risks you face, including new services and new threats. Update it when you find gaps.",
                          "effort": "low"
                        },
                        {
                          "id": "GV.OV-03",
                          "title": "Program performance review",
                          "guidance": "Measure how well the security program is doing with a few agreed measures and report them to leadership. Use the results to adjust priorities and resources.",
                          "metrics": [
                            "Number of agreed security measures reported to leadership each quarter"
                          ],
                          "effort": "medium"
                        }
                      ]
                    },
                    {
                      "id": "GV.SC",
                      "title": "Cybersecurity Supply Chain Risk Management",
                      "guidance": "Manage the security risks that come from vendors, service providers and the products you buy, from selection to the end of the contract.",
                      "children": [
                        {
                          "id": "GV.SC-01",
                          "title": "Supplier risk program",
                          "guidance": "Set up a program for managing the security risks of vendors and purchased products, with a policy, goals and named owners. Have leadership approve it, and have purchasing, legal and IT follow it.",
                          "effort": "medium"
                        },
                        {
                          "id": "GV.SC-02",
                          "title": "Security roles of suppliers and partners",
                          "guidance": "Agree who does what for security with vendors and partners, for example who patches a medical device or who watches a hosted system. Write these roles down and review them with each party.",
                          "effort": "medium"
                        },
                        {
                          "id": "GV.SC-03",
                          "title": "Supplier risk in overall risk management",
                          "guidance": "Treat vendor and product risks as part of your normal risk assessment and risk register. A weak vendor can hurt you as much as a weak internal system.",
                          "effort": "low"
                        },
                        {
                          "id": "GV.SC-04",
                          "title": "Supplier criticality",
                          "guidance": "Keep a list of your vendors and rank them by how much harm their failure or compromise would cause, for example the health record host, the billing service and medical device makers. Spend the most review effort at the top of the list.",
                          "metrics": [
                            "Share of vendors with an assigned criticality rating"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "GV.SC-05",
                          "title": "Security terms in contracts",
                          "guidance": "Put security and privacy requirements in vendor contracts, such as breach notice time limits, encryption, a right to audit and business associate agreements. Make sure the terms also reach the vendor's subcontractors.",
                          "metrics": [
                            "Share of critical vendor contracts that contain the required security terms"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "GV.SC-06",
                          "title": "Vendor checks before signing",
                          "guidance": "Check a vendor's security before you sign, for example with a questionnaire, certifications or an independent assessment report. Match the depth of the check to the risk the vendor brings.",
                          "effort": "medium"
                        },
                        {
                          "id": "GV.SC-07",
                          "title": "Ongoing vendor risk monitoring",
                          "guidance": "Keep watching vendor risks while the relationship lasts, for example with yearly reviews, tracking their incidents and following up on findings. Record the risks and what you decided to do about them.",
                          "metrics": [
                            "Share of critical vendors reviewed in the past 12 months"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "GV.SC-08",
                          "title": "Vendors in incident plans",
                          "guidance": "Include key vendors in incident response and recovery planning and in exercises. Keep their emergency contacts current and agree in advance how they will help during an incident.",
                          "effort": "medium"
                        },
                        {
                          "id": "GV.SC-09",
                          "title": "Security across the product life cycle",
                          "guidance": "Follow the security of purchased products and services from selection through use to retirement, for example by tracking when support ends for medical devices and software. Check regularly that each supplier still meets your requirements.",
                          "effort": "high"
                        },
                        {
                          "id": "GV.SC-10",
                          "title": "Ending supplier relationships",
                          "guidance": "Plan what happens when a vendor contract ends: return or destruction of your data, removal of the vendor's access and accounts, and handover to a new supplier. Confirm that each step was done.",
                          "effort": "low"
                        }
                      ]
                    }
                  ]
                },
                {
                  "id": "ID",
                  "title": "Identify",
                  "guidance": "Know which systems, data, services and suppliers you have, what threatens them, and where your security needs to improve.",
                  "children": [
                    {
                      "id": "ID.AM",
                      "title": "Asset Management",
                      "guidance": "Keep current lists of devices, software, services, data and data flows, and know which of them matter most to patient care.",
                      "children": [
                        {
                          "id": "ID.AM-01",
                          "title": "Hardware inventory",
                          "guidance": "Keep a current list of the computers, servers, network equipment, mobile devices and connected medical devices you own or manage. Record the owner, location and purpose of each, and update the list when devices arrive or leave.",
                          "metrics": [
                            "Share of devices seen on the network that are in the inventory"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "ID.AM-02",
                          "title": "Software and services inventory",
                          "guidance": "Keep a current list of the software, cloud services and systems in use, with versions and owners. Include software that runs medical devices and services that departments buy without IT.",
                          "metrics": [
                            "Share of installed applications that appear in the approved software list"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "ID.AM-03",
                          "title": "Network and data flow map",
                          "guidance": "Draw and maintain a diagram of your networks and of how patient data moves between systems, sites and partners. Mark which connections are approved, so that unexpected ones stand out.",
                          "effort": "medium"
                        },
                        {
                          "id": "ID.AM-04",
                          "title": "Supplier services inventory",
                          "guidance": "List the services vendors provide to you, such as a hosted health record, cloud storage, billing or remote support for devices. Record what data each service handles and who the contact is.",
                          "effort": "low"
                        },
                        {
                          "id": "ID.AM-05",
                          "title": "Asset priorities",
                          "guidance": "Rank systems and data by how important they are to patient care, safety, privacy and daily operations. Use the ranking to decide what to protect, watch and restore first.",
                          "effort": "medium"
                        },
                        {
                          "id": "ID.AM-07",
                          "title": "Data inventory",
                          "guidance": "Record the kinds of sensitive data you hold, such as patient records, images, payment and staff data, and where each is stored. Note who owns each set of data and how long it is kept.",
                          "effort": "medium"
                        },
                        {
                          "id": "ID.AM-08",
                          "title": "Asset life-cycle management",
                          "guidance": "Manage systems, devices and data from purchase to disposal, including secure setup, upkeep and safe retirement. Wipe or destroy storage before a device leaves your control.",
                          "metrics": [
                            "Number of devices running software past its vendor's end of support"
                          ],
                          "effort": "medium"
                        }
                      ]
                    },
                    {
                      "id": "ID.RA",
                      "title": "Risk Assessment",
                      "guidance": "Find weaknesses and threats, judge how likely and how harmful they are, and decide what to do about each.",
                      "children": [
                        {
                          "id": "ID.RA-01",
                          "title": "Vulnerability identification",
                          "guidance": "Scan systems and devices for known weaknesses on a regular schedule and record the results. Confirm the findings and track each one until it is fixed or formally accepted.",
                          "metrics": [
                            "Number of open critical vulnerabilities older than 30 days"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "ID.RA-02",
                          "title": "Threat alerts intake",
                          "guidance": "Subscribe to threat alerts that matter for health care, for example from a health sector information sharing group or from government agencies. Make sure someone reads them and acts on the ones that apply.",
                          "effort": "low"
                        },
                        {
                          "id": "ID.RA-03",
                          "title": "Threat identification",
                          "guidance": "List the threats that could affect you, such as ransomware, phishing, misuse by insiders, theft of laptops and attacks on medical devices. Review the list when new threats appear.",
                          "effort": "low"
                        },
                        {
                          "id": "ID.RA-04",
                          "title": "Likelihood and impact",
                          "guidance": "For each important threat and weakness, estimate how likely it is and how badly it would hurt patients, operations and privacy. Record the estimates in the risk register.",
                          "effort": "medium"
                        },
                        {
                          "id": "ID.RA-05",
                          "title": "Risk rating and priority",
                          "guidance": "Combine threats, weaknesses, likelihood and impact into a rating for each risk. Use the ratings to decide which risks to deal with first.",
                          "metrics": [
                            "Share of risk register entries with a current rating and a named owner"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "ID.RA-06",
                          "title": "Risk treatment plans",
                          "guidance": "For each significant risk, choose how to handle it, plan the work, and assign an owner and a deadline. Track progress and report it to leadership.",
                          "metrics": [
                            "Share of planned risk treatments finished on schedule"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "ID.RA-07",
                          "title": "Risk of changes and exceptions",
                          "guidance": "Assess the security effect of changes, and of any exception to policy, before approving them. Record each exception with an owner and an end date.",
                          "metrics": [
                            "Number of open policy exceptions past their end date"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "ID.RA-08",
                          "title": "Handling vulnerability reports",
                          "guidance": "Give researchers, vendors and others a clear way to report security problems to you, and have a process to review and act on their reports. The same process should handle vendor advisories about products you use, such as medical devices.",
                          "effort": "low"
                        },
                        {
                          "id": "ID.RA-09",
                          "title": "Genuine hardware and software",
                          "guidance": "Before buying or installing hardware and software, check that it is genuine and has not been altered, for example by buying from trusted sources and checking digital signatures. This lowers the risk of counterfeit or tampered products.",
                          "effort": "medium"
                        },
                        {
                          "id": "ID.RA-10",
                          "title": "Assessment of critical suppliers",
                          "guidance": "Before you buy from a supplier that will be critical to patient care or patient data, assess its security with a depth that matches the risk. Record the result and any conditions attached to the decision.",
                          "effort": "medium"
                        }
                      ]
                    },
                    {
                      "id": "ID.IM",
                      "title": "Improvement",
                      "guidance": "Learn from audits, exercises, incidents and daily work, and feed the lessons back into your plans and controls.",
                      "children": [
                        {
                          "id": "ID.IM-01",
                          "title": "Improvements from evaluations",
                          "guidance": "Use the results of audits, risk assessments and self-assessments to find improvements. Track each improvement until it is done.",
                          "metrics": [
                            "Share of audit findings closed by their due date"
                          ],
                          "effort": "low"
                        },
                        {
                          "id": "ID.IM-02",
                          "title": "Improvements from tests and exercises",
                          "guidance": "Run tests and exercises, such as tabletop exercises, restore tests and phishing drills, and include key vendors where it makes sense. Record the lessons learned and turn them into actions.",
                          "metrics": [
                            "Number of exercises held in the past 12 months"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "ID.IM-03",
                          "title": "Improvements from daily operations",
                          "guidance": "Collect lessons from day-to-day work and from real incidents, such as help desk tickets and near misses. Use them to improve processes and controls.",
                          "effort": "low"
                        },
                        {
                          "id": "ID.IM-04",
                          "title": "Incident response and continuity plans",
                          "guidance": "Keep written incident response, business continuity and recovery plans that explain how to keep caring for patients during an outage. Share them with the people who will use them, and update them after exercises and incidents.",
                          "metrics": [
                            "Months since the incident response plan was last tested or updated"
                          ],
                          "effort": "high"
                        }
                      ]
                    }
                  ]
                },
                {
                  "id": "PR",
                  "title": "Protect",
                  "guidance": "Put safeguards in place so that attacks and mistakes are less likely to harm patient care or patient data.",
                  "children": [
                    {
                      "id": "PR.AA",
                      "title": "Identity Management, Authentication, and Access Control",
                      "guidance": "Make sure each person, device and service is identified, proves who it is and gets only the access it needs, including access to rooms and buildings.",
                      "children": [
                        {
                          "id": "PR.AA-01",
                          "title": "Identity and credential management",
                          "guidance": "Give every person, service and device its own account and credentials, and remove them when they are no longer needed. Avoid shared logins, including on clinical workstations, or control them tightly where they cannot be avoided.",
                          "metrics": [
                            "Number of active accounts that belong to people who have left"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "PR.AA-02",
                          "title": "Identity proofing",
                          "guidance": "Confirm who a person is before giving them an account or credential, for example by checking identification in person or against HR records. Use stronger checks for remote and administrator access.",
                          "effort": "low"
                        },
                        {
                          "id": "PR.AA-03",
                          "title": "Authentication",
                          "guidance": "Require users, services and devices to prove who they are before they get access. Use multi-factor authentication for remote access, email and administrator accounts.",
                          "metrics": [
                            "Share of remote, email and administrator accounts protected by multi-factor authentication"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "PR.AA-04",
                          "title": "Protected sign-in assertions",
                          "guidance": "When one system vouches for a user to another, as with single sign-on, protect and check the sign-in tokens it passes. Use current, well-supported sign-on standards and set them up securely.",
                          "effort": "medium"
                        },
                        {
                          "id": "PR.AA-05",
                          "title": "Access rights and least privilege",
                          "guidance": "Give people only the access their job needs, separate duties where one person's error or fraud could harm patients or finances, and review access regularly. Change access promptly when someone's role changes.",
                          "metrics": [
                            "Share of scheduled user access reviews completed on time"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "PR.AA-06",
                          "title": "Physical access",
                          "guidance": "Control who can enter server rooms, network closets, records areas and other sensitive spaces, with badges, locks and visitor logs. Review who has access and watch for misuse.",
                          "metrics": [
                            "Share of badge holders whose access was confirmed in the last review"
                          ],
                          "effort": "medium"
                        }
                      ]
                    },
                    {
                      "id": "PR.AT",
                      "title": "Awareness and Training",
                      "guidance": "Train all staff to recognize and report threats, and give extra training to people in sensitive roles.",
                      "children": [
                        {
                          "id": "PR.AT-01",
                          "title": "Security awareness training",
                          "guidance": "Give all staff, including clinicians, contractors and volunteers, regular training on phishing, passwords, safe handling of patient data and how to report problems. Keep it short and tied to their daily work.",
                          "metrics": [
                            "Share of staff who completed security training this year",
                            "Click rate in simulated phishing exercises"
                          ],
                          "effort": "low"
                        },
                        {
                          "id": "PR.AT-02",
                          "title": "Role-based security training",
                          "guidance": "Give extra training to people in special roles, such as IT administrators, security staff, executives and biomedical engineers who look after medical devices. Update it as their tools and the threats change.",
                          "metrics": [
                            "Share of administrators who completed role-based training this year"
                          ],
                          "effort": "medium"
                        }
                      ]
                    },
                    {
                      "id": "PR.DS",
                      "title": "Data Security",
                      "guidance": "Protect patient and business data where it is stored, while it moves and while it is used, and keep backups that work.",
                      "children": [
                        {
                          "id": "PR.DS-01",
                          "title": "Protection of stored data",
                          "guidance": "Protect stored data, above all patient records, with encryption, access controls and checks that detect changes. Encrypt laptops, phones and removable media that may hold patient data.",
                          "metrics": [
                            "Share of laptops and mobile devices with full-disk encryption turned on"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "PR.DS-02",
                          "title": "Protection of data in transit",
                          "guidance": "Protect data while it moves over networks, for example with encrypted connections for email, remote access, web applications and links to partners. Do not send patient data over unencrypted channels.",
                          "metrics": [
                            "Share of external connections carrying patient data that are encrypted"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "PR.DS-10",
                          "title": "Protection of data in use",
                          "guidance": "Protect data while it is being viewed or worked on, for example with screen locks, privacy screens in public areas and limits on copying and printing. Keep sensitive data off shared displays where others can see it.",
                          "effort": "low"
                        },
                        {
                          "id": "PR.DS-11",
                          "title": "Backups",
                          "guidance": "Back up important systems and data regularly, keep at least one copy offline or otherwise out of attackers' reach, and protect backups from being changed. Test restores on a schedule so you know they work.",
                          "metrics": [
                            "Share of critical systems with a successful restore test in the past 12 months",
                            "Age of the newest offline backup copy"
                          ],
                          "effort": "medium"
                        }
                      ]
                    },
                    {
                      "id": "PR.PS",
                      "title": "Platform Security",
                      "guidance": "Keep computers, devices and software securely set up, updated, logged and replaced before they fall out of support.",
                      "children": [
                        {
                          "id": "PR.PS-01",
                          "title": "Configuration management",
                          "guidance": "Set secure standard settings for each kind of system and device, apply them and check for drift. Change default passwords and turn off features you do not use.",
                          "metrics": [
                            "Share of systems that match their approved secure settings"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "PR.PS-02",
                          "title": "Software updates and retirement",
                          "guidance": "Install security updates promptly, fastest for the highest risks, and replace or remove software that is no longer supported. Coordinate updates for clinical systems and medical devices with their vendors.",
                          "metrics": [
                            "Median days to install critical security updates"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "PR.PS-03",
                          "title": "Hardware upkeep and replacement",
                          "guidance": "Maintain hardware and replace equipment before it becomes unsupported or unsafe. Plan and budget for replacing old medical devices and network equipment.",
                          "effort": "medium"
                        },
                        {
                          "id": "PR.PS-04",
                          "title": "Logging",
                          "guidance": "Turn on logging for sign-ins, access to patient records, administrator actions and security tools, and send logs to a central place where they can be reviewed. Keep logs long enough to investigate incidents.",
                          "metrics": [
                            "Share of critical systems sending logs to the central log store"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "PR.PS-05",
                          "title": "Blocking unapproved software",
                          "guidance": "Stop people from installing or running software that has not been approved, for example by removing local administrator rights and allowing only approved programs on critical systems.",
                          "effort": "medium"
                        },
                        {
                          "id": "PR.PS-06",
                          "title": "Secure software development",
                          "guidance": "If you build or customize software, including health record customizations and interfaces, follow secure coding practices, review code and test for security flaws before release. Require the same of vendors who build software for you.",
                          "effort": "high"
                        }
                      ]
                    },
                    {
                      "id": "PR.IR",
                      "title": "Technology Infrastructure Resilience",
                      "guidance": "Design networks and facilities so that an attack, outage or disaster does less damage and key systems stay available.",
                      "children": [
                        {
                          "id": "PR.IR-01",
                          "title": "Network protection and segmentation",
                          "guidance": "Protect networks from unauthorized access with firewalls and segmentation, and keep medical devices, guest Wi-Fi and business systems on separate segments. Allow only the connections between segments that are needed.",
                          "metrics": [
                            "Share of connected medical devices on a separate network segment"
                          ],
                          "effort": "high"
                        },
                        {
                          "id": "PR.IR-02",
                          "title": "Protection from environmental hazards",
                          "guidance": "Protect server rooms and equipment from fire, water, heat and power loss, for example with fire suppression, climate control and backup power. Check these protections regularly.",
                          "effort": "medium"
                        },
                        {
                          "id": "PR.IR-03",
                          "title": "Resilience and redundancy",
                          "guidance": "Build in redundancy so that critical systems keep working through failures and attacks, such as standby servers, spare network links and downtime procedures. Match the level of redundancy to how critical each system is for patient care.",
                          "effort": "high"
                        },
                        {
                          "id": "PR.IR-04",
                          "title": "Capacity",
                          "guidance": "Keep enough computing, storage and network capacity for normal and peak demand. Watch usage so you can add capacity before it runs out.",
                          "effort": "low"
                        }
                      ]
                    }
                  ]
                },
                {
                  "id": "DE",
                  "title": "Detect",
                  "guidance": "Watch systems and activity so that attacks and unusual events are noticed and looked into quickly.",
                  "children": [
                    {
                      "id": "DE.CM",
                      "title": "Continuous Monitoring",
                      "guidance": "Watch networks, devices, user activity, vendors and the physical site for signs of trouble.",
                      "children": [
                        {
                          "id": "DE.CM-01",
                          "title": "Network monitoring",
                          "guidance": "Monitor network traffic and services for signs of attack, such as unusual connections, scanning or large data transfers. Use tools that alert your staff or a monitoring service when something looks wrong.",
                          "effort": "medium"
                        },
                        {
                          "id": "DE.CM-02",
                          "title": "Physical monitoring",
                          "guidance": "Watch the places where sensitive systems are kept, for example with cameras, door alarms and entry logs. Review alerts and follow up on unexpected entries.",
                          "effort": "low"
                        },
                        {
                          "id": "DE.CM-03",
                          "title": "User activity monitoring",
                          "guidance": "Monitor how accounts and systems are used for unusual behavior, such as sign-ins at odd hours or someone opening many records of patients they do not treat. Review these alerts promptly.",
                          "metrics": [
                            "Share of user-activity alerts reviewed within one business day"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "DE.CM-06",
                          "title": "Vendor activity monitoring",
                          "guidance": "Monitor what vendors do on your systems, especially remote support sessions and access to patient data. Make sure vendor access is logged and the logs are reviewed.",
                          "effort": "medium"
                        },
                        {
                          "id": "DE.CM-09",
                          "title": "Computer and application monitoring",
                          "guidance": "Monitor computers, servers, applications and their data for malware and tampering, for example with endpoint detection tools and file change checks. Make sure alerts reach someone who will act on them.",
                          "metrics": [
                            "Share of computers and servers with endpoint protection that is active and reporting"
                          ],
                          "effort": "medium"
                        }
                      ]
                    },
                    {
                      "id": "DE.AE",
                      "title": "Adverse Event Analysis",
                      "guidance": "Look into suspicious events, combine information from several sources and decide when an event is an incident.",
                      "children": [
                        {
                          "id": "DE.AE-02",
                          "title": "Analysis of suspicious events",
                          "guidance": "Review suspicious events to work out what they mean and whether they are harmful. Have a written way to sort alerts so that nothing important is ignored.",
                          "effort": "medium"
                        },
                        {
                          "id": "DE.AE-03",
                          "title": "Correlation across sources",
                          "guidance": "Bring together logs and alerts from different systems, such as firewall, email, endpoint and health record logs, so that related events can be seen together. A central log tool or an outside monitoring service can do this.",
                          "effort": "high"
                        },
                        {
                          "id": "DE.AE-04",
                          "title": "Impact and scope of events",
                          "guidance": "When an event is found, estimate which systems, data and patients it may affect and how badly. Use this to decide how urgently to respond.",
                          "effort": "low"
                        },
                        {
                          "id": "DE.AE-06",
                          "title": "Routing event information",
                          "guidance": "Make sure information about suspicious events reaches the right people and tools quickly, for example by sending alerts to the person on call. Keep the contact list current.",
                          "effort": "low"
                        },
                        {
                          "id": "DE.AE-07",
                          "title": "Threat knowledge in analysis",
                          "guidance": "Use threat alerts and knowledge of your own systems when you analyze events, for example by checking whether a reported attack method matches what you see. This helps separate real threats from noise.",
                          "effort": "medium"
                        },
                        {
                          "id": "DE.AE-08",
                          "title": "Declaring an incident",
                          "guidance": "Set clear criteria for when an event becomes an incident and who may declare it. Declaring early starts the response plan and any required notices on time.",
                          "metrics": [
                            "Median time from first alert to incident declaration"
                          ],
                          "effort": "low"
                        }
                      ]
                    }
                  ]
                },
                {
                  "id": "RS",
                  "title": "Respond",
                  "guidance": "When an incident is confirmed, contain it, investigate it and tell the people who need to know.",
                  "children": [
                    {
                      "id": "RS.MA",
                      "title": "Incident Management",
                      "guidance": "Run the incident response plan: check, sort, rank and escalate incidents, and decide when to move to recovery.",
                      "children": [
                        {
                          "id": "RS.MA-01",
                          "title": "Running the response plan",
                          "guidance": "Once an incident is declared, follow the incident response plan and bring in the right people, including vendors, your insurer, legal advisers and outside responders as needed.",
                          "effort": "medium"
                        },
                        {
                          "id": "RS.MA-02",
                          "title": "Incident triage",
                          "guidance": "Review incident reports to confirm they are real and to collect the first facts. Log every report, even when it turns out to be a false alarm.",
                          "effort": "low"
                        },
                        {
                          "id": "RS.MA-03",
                          "title": "Incident categories and priorities",
                          "guidance": "Sort incidents by type and severity, giving top priority to those that affect patient safety or large amounts of patient data. Use the category to decide how to respond.",
                          "effort": "low"
                        },
                        {
                          "id": "RS.MA-04",
                          "title": "Incident escalation",
                          "guidance": "Escalate incidents to leadership, legal, privacy and clinical leaders according to set thresholds. Make sure escalation also works at night and on weekends.",
                          "metrics": [
                            "Share of high-severity incidents escalated within the time set in the plan"
                          ],
                          "effort": "low"
                        },
                        {
                          "id": "RS.MA-05",
                          "title": "Criteria to start recovery",
                          "guidance": "Set criteria for when it is safe to start recovery, such as the threat being contained and clean backups being confirmed. Check them before restoring systems.",
                          "effort": "low"
                        }
                      ]
                    },
                    {
                      "id": "RS.AN",
                      "title": "Incident Analysis",
                      "guidance": "Investigate incidents to learn what happened and how far it spread, and keep the evidence intact.",
                      "children": [
                        {
                          "id": "RS.AN-03",
                          "title": "Root cause analysis",
                          "guidance": "Investigate incidents to find out what happened and why, including how the attacker got in. Use the findings to fix the underlying weakness.",
                          "effort": "medium"
                        },
                        {
                          "id": "RS.AN-06",
                          "title": "Records of the investigation",
                          "guidance": "Record every step taken during an investigation, who took it and when. Protect these records from change, since regulators, insurers or courts may need them.",
                          "effort": "low"
                        },
                        {
                          "id": "RS.AN-07",
                          "title": "Evidence collection and preservation",
                          "guidance": "Collect and keep incident evidence, such as logs, disk images and emails, in a way that shows it has not been changed. Consider an outside forensics firm for serious incidents.",
                          "effort": "medium"
                        },
                        {
                          "id": "RS.AN-08",
                          "title": "Incident size",
                          "guidance": "Estimate and confirm how big the incident is, for example how many systems and patient records are affected. This drives breach notification decisions and recovery planning.",
                          "effort": "medium"
                        }
                      ]
                    },
                    {
                      "id": "RS.CO",
                      "title": "Incident Response Reporting and Communication",
                      "guidance": "Tell leadership, staff, partners, regulators and patients about incidents as your plan and the law require.",
                      "children": [
                        {
                          "id": "RS.CO-02",
                          "title": "Incident notification",
                          "guidance": "Notify the people who must know about an incident, such as leadership, staff, partners, law enforcement, regulators and affected patients, within the required time limits. For breaches of patient data, follow the HIPAA breach notification rule and state laws.",
                          "metrics": [
                            "Share of required notices sent within the legal deadline"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "RS.CO-03",
                          "title": "Sharing incident information",
                          "guidance": "Share incident information with designated parties, such as a health sector information sharing group, vendors and partners, as your plan allows. Sharing helps others protect themselves and can bring help to you.",
                          "effort": "low"
                        }
                      ]
                    },
                    {
                      "id": "RS.MI",
                      "title": "Incident Mitigation",
                      "guidance": "Stop an incident from spreading and remove the attacker's foothold.",
                      "children": [
                        {
                          "id": "RS.MI-01",
                          "title": "Containment",
                          "guidance": "Contain incidents quickly, for example by isolating infected computers, disabling compromised accounts or blocking malicious traffic. Plan in advance how to contain an incident while keeping patient care going where possible.",
                          "metrics": [
                            "Median time from incident declaration to containment"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "RS.MI-02",
                          "title": "Eradication",
                          "guidance": "Remove the cause of the incident, such as malware, attacker accounts or hidden back doors, and close the weakness that was used. Confirm it is gone before moving on.",
                          "effort": "medium"
                        }
                      ]
                    }
                  ]
                },
                {
                  "id": "RC",
                  "title": "Recover",
                  "guidance": "Bring affected systems and services back safely and keep staff, patients and partners informed while you do.",
                  "children": [
                    {
                      "id": "RC.RP",
                      "title": "Incident Recovery Plan Execution",
                      "guidance": "Restore systems in priority order from clean sources, check that they work and formally close the recovery.",
                      "children": [
                        {
                          "id": "RC.RP-01",
                          "title": "Running the recovery plan",
                          "guidance": "Once recovery starts, follow the recovery part of the incident response plan. Keep clinical downtime procedures in use until systems are confirmed safe.",
                          "effort": "medium"
                        },
                        {
                          "id": "RC.RP-02",
                          "title": "Recovery actions in priority order",
                          "guidance": "Choose and carry out recovery actions in priority order, restoring the systems most important to patient care first. Track progress and adjust as needed.",
                          "effort": "medium"
                        },
                        {
                          "id": "RC.RP-03",
                          "title": "Checking backups before restore",
                          "guidance": "Before restoring, check that backups and installation media are clean and complete, so that you do not bring back malware or damaged data.",
                          "effort": "low"
                        },
                        {
                          "id": "RC.RP-04",
                          "title": "Operations after an incident",
                          "guidance": "Decide with clinical and business leaders how operations will run after the incident, including any temporary limits. Reassess the risks before returning to normal.",
                          "effort": "medium"
                        },
                        {
                          "id": "RC.RP-05",
                          "title": "Verifying restored systems",
                          "guidance": "Check that restored systems and data are complete and working correctly, including tests by clinical users, before returning to normal use.",
                          "metrics": [
                            "Time to restore critical systems compared with the recovery target"
                          ],
                          "effort": "medium"
                        },
                        {
                          "id": "RC.RP-06",
                          "title": "Closing the recovery",
                          "guidance": "Declare the end of recovery when agreed criteria are met, then complete the incident records and a lessons-learned review.",
                          "effort": "low"
                        }
                      ]
                    },
                    {
                      "id": "RC.CO",
                      "title": "Incident Recovery Communication",
                      "guidance": "Keep staff, partners and the public informed about recovery with approved messages.",
                      "children": [
                        {
                          "id": "RC.CO-03",
                          "title": "Recovery progress updates",
                          "guidance": "Keep leadership, staff and partners informed of recovery progress on a regular schedule. Tell clinical staff clearly which systems are back and which workarounds still apply.",
                          "effort": "low"
                        },
                        {
                          "id": "RC.CO-04",
                          "title": "Public recovery updates",
                          "guidance": "Give public updates about recovery only through approved channels and with approved messages, agreed with legal and communications staff. Keep them accurate and consistent.",
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
