import WardFrameworks

/// The response data compiled into Ward, as text (so that `ward` stays one binary): the US federal reporting rules,
/// the playbooks and the directory of free help. Each is the JSON between the delimiters; the test suite reads all of
/// them, and an organization adds or replaces rule sets with `ward rules import`.
public enum BundledResponseData {
    /// The bundled rule sets, read once.
    public static let ruleSets: [ReportingRuleSet] = {
        do {
            return [try ReportingRuleReader.read(Array(usFederalRules.utf8), file: "reporting-rules-us-federal.json")]
        } catch {
            fatalError("the bundled reporting rules are invalid: \(error)")
        }
    }()

    /// `reporting-rules-us-federal.json`
    static let usFederalRules = #"""
        {
          "format": "ward-reporting-rules/1",
          "id": "us-federal",
          "version": "2026-11",
          "title": "US federal reporting obligations for healthcare incidents",
          "source": "https://www.hhs.gov/hipaa/for-professionals/breach-notification/index.html",
          "date": "2026-11-30",
          "description": "Federal notices and reports a US healthcare organization may owe, or may choose to make, after a security incident: HIPAA breach notices to patients, HHS and the media; the proposed CIRCIA reports to CISA; and voluntary reports to CISA, the FBI, Health-ISAC and FDA. State breach laws, contracts and insurer requirements are not included and may set shorter deadlines. Ward computes dates from the facts entered; this is a checklist, not legal advice.",
          "rules": [
            {
              "id": "hipaa-individual-notice",
              "title": "HIPAA breach notice to affected individuals",
              "recipient": "Each affected individual (or next of kin or personal representative if the person has died)",
              "legalStatus": "in-force",
              "source": "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D/section-164.404",
              "when": {
                "all": [
                  {
                    "field": "phiInvolved",
                    "equals": true
                  },
                  {
                    "field": "individualsAffected",
                    "atLeast": 1
                  }
                ]
              },
              "deadline": {
                "anchor": "discovery",
                "days": 60
              },
              "deadlineText": "without unreasonable delay, and no later than 60 calendar days after discovery",
              "note": "Applies to breaches of unsecured PHI. If the PHI was encrypted to HHS's standard and the key was not exposed, or a documented four-factor risk assessment shows a low probability that the PHI was compromised, no notice may be needed; keep that assessment on file. Send by first-class mail, or email if the person agreed to it. If contact details are out of date for 10 or more people, substitute notice is needed (website posting for 90 days or major print or broadcast media, plus a toll-free number active for at least 90 days). A law-enforcement request can delay notice (45 CFR 164.412). Business associates notify the covered entity instead (164.410). State laws may set shorter deadlines. Discovery is the first day anyone in the workforce, other than the person responsible, knew or should reasonably have known of the breach.",
              "fields": [
                {
                  "label": "Plain description of what happened, with the date of the breach and the date of discovery",
                  "from": "summary"
                },
                {
                  "label": "Date of discovery",
                  "from": "discoveredAt"
                },
                {
                  "label": "Kinds of information involved",
                  "help": "For example name, date of birth, Social Security number, diagnosis, insurance or account numbers."
                },
                {
                  "label": "Steps people should take to protect themselves",
                  "help": "For example watch insurance statements, place a credit freeze, use any credit monitoring you offer."
                },
                {
                  "label": "What the organization is doing to investigate, limit harm and prevent a repeat"
                },
                {
                  "label": "How to reach the organization",
                  "help": "Must include a toll-free phone number, an email address, a website or a postal address."
                },
                {
                  "label": "Organization name",
                  "from": "organizationName"
                }
              ]
            },
            {
              "id": "hipaa-hhs-500-or-more",
              "title": "HIPAA breach report to HHS (500 or more individuals)",
              "recipient": "HHS Office for Civil Rights, on behalf of the Secretary",
              "legalStatus": "in-force",
              "source": "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D/section-164.408",
              "portal": "https://ocrportal.hhs.gov/ocr/breach",
              "when": {
                "all": [
                  {
                    "field": "phiInvolved",
                    "equals": true
                  },
                  {
                    "field": "individualsAffected",
                    "atLeast": 500
                  }
                ]
              },
              "deadline": {
                "anchor": "discovery",
                "days": 60
              },
              "deadlineText": "at the same time as the notices to individuals, and no later than 60 calendar days after discovery",
              "note": "Counts all affected individuals, wherever they live. OCR publishes reports of 500 or more on its public breach list. You can file an addendum later if the count or facts change.",
              "fields": [
                {
                  "label": "Covered entity name and contact person",
                  "from": "organizationName",
                  "help": "The portal also asks for address, phone and entity type (provider, health plan, clearinghouse)."
                },
                {
                  "label": "Contact email",
                  "from": "contactEmail"
                },
                {
                  "label": "Breach start and end dates",
                  "help": "Give your best estimate of when the unauthorized access began and ended."
                },
                {
                  "label": "Date of discovery",
                  "from": "discoveredAt"
                },
                {
                  "label": "Approximate number of individuals affected",
                  "from": "individualsAffected"
                },
                {
                  "label": "Type of breach",
                  "from": "kind",
                  "help": "The portal uses its own categories: hacking/IT incident, theft, loss, unauthorized access or disclosure, improper disposal, other. Ransomware and phishing are usually hacking/IT incident; a lost laptop is loss or theft."
                },
                {
                  "label": "Location of the breached PHI",
                  "from": "affectedSystems",
                  "help": "For example network server, email, laptop, desktop, other portable device, EHR, paper or film."
                },
                {
                  "label": "Type of PHI involved",
                  "help": "Demographic, financial, clinical, or other (for example Social Security numbers)."
                },
                {
                  "label": "Safeguards in place before the breach",
                  "help": "Which Privacy Rule and Security Rule safeguards (administrative, physical, technical) were in place."
                },
                {
                  "label": "Brief description and actions taken in response",
                  "from": "summary",
                  "help": "What happened, whether a business associate was involved, dates notices went out, and what you changed afterwards."
                }
              ]
            },
            {
              "id": "hipaa-hhs-under-500",
              "title": "HIPAA breach report to HHS (fewer than 500 individuals)",
              "recipient": "HHS Office for Civil Rights, on behalf of the Secretary",
              "legalStatus": "in-force",
              "source": "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D/section-164.408",
              "portal": "https://ocrportal.hhs.gov/ocr/breach",
              "when": {
                "all": [
                  {
                    "field": "phiInvolved",
                    "equals": true
                  },
                  {
                    "field": "individualsAffected",
                    "atLeast": 1
                  },
                  {
                    "field": "individualsAffected",
                    "lessThan": 500
                  }
                ]
              },
              "deadline": {
                "anchor": "endOfDiscoveryYear",
                "days": 60
              },
              "deadlineText": "keep a log of the breach, and report it no later than 60 days after the end of the calendar year in which it was discovered (1 March, or 29 February in a leap year)",
              "note": "Each small breach is submitted as its own report on the same portal; you may file earlier. Notices to individuals are still due within 60 days of discovery.",
              "fields": [
                {
                  "label": "Covered entity name and contact person",
                  "from": "organizationName",
                  "help": "The portal also asks for address, phone and entity type (provider, health plan, clearinghouse)."
                },
                {
                  "label": "Contact email",
                  "from": "contactEmail"
                },
                {
                  "label": "Breach start and end dates",
                  "help": "Give your best estimate of when the unauthorized access began and ended."
                },
                {
                  "label": "Date of discovery",
                  "from": "discoveredAt"
                },
                {
                  "label": "Approximate number of individuals affected",
                  "from": "individualsAffected"
                },
                {
                  "label": "Type of breach",
                  "from": "kind",
                  "help": "The portal uses its own categories: hacking/IT incident, theft, loss, unauthorized access or disclosure, improper disposal, other. Ransomware and phishing are usually hacking/IT incident; a lost laptop is loss or theft."
                },
                {
                  "label": "Location of the breached PHI",
                  "from": "affectedSystems",
                  "help": "For example network server, email, laptop, desktop, other portable device, EHR, paper or film."
                },
                {
                  "label": "Type of PHI involved",
                  "help": "Demographic, financial, clinical, or other (for example Social Security numbers)."
                },
                {
                  "label": "Safeguards in place before the breach",
                  "help": "Which Privacy Rule and Security Rule safeguards (administrative, physical, technical) were in place."
                },
                {
                  "label": "Brief description and actions taken in response",
                  "from": "summary",
                  "help": "What happened, whether a business associate was involved, dates notices went out, and what you changed afterwards."
                }
              ]
            },
            {
              "id": "hipaa-media-notice",
              "title": "HIPAA breach notice to the media",
              "recipient": "Prominent media outlets serving each state or jurisdiction with more than 500 affected residents",
              "legalStatus": "in-force",
              "source": "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D/section-164.406",
              "when": {
                "all": [
                  {
                    "field": "phiInvolved",
                    "equals": true
                  },
                  {
                    "field": "maxResidentsInOneState",
                    "greaterThan": 500
                  }
                ]
              },
              "deadline": {
                "anchor": "discovery",
                "days": 60
              },
              "deadlineText": "without unreasonable delay, and no later than 60 calendar days after discovery",
              "note": "Usually a press release to major local outlets in the affected state. It carries the same content as the individual notice and does not replace it. The threshold is per state: 400 residents in each of two states does not trigger it.",
              "fields": [
                {
                  "label": "States or jurisdictions with more than 500 affected residents",
                  "from": "statesAffected"
                },
                {
                  "label": "Number of affected residents in that state",
                  "from": "maxResidentsInOneState"
                },
                {
                  "label": "Plain description of what happened, with the date of the breach and the date of discovery",
                  "from": "summary"
                },
                {
                  "label": "Kinds of information involved"
                },
                {
                  "label": "Steps people should take to protect themselves"
                },
                {
                  "label": "What the organization is doing in response"
                },
                {
                  "label": "Toll-free number, email, website or postal address for questions"
                },
                {
                  "label": "Organization name and press contact",
                  "from": "organizationName"
                }
              ]
            },
            {
              "id": "circia-covered-cyber-incident",
              "title": "Covered cyber incident report to CISA (CIRCIA)",
              "recipient": "CISA (Cybersecurity and Infrastructure Security Agency)",
              "legalStatus": "proposed",
              "source": "https://www.federalregister.gov/documents/2024/04/04/2024-06526/cyber-incident-reporting-for-critical-infrastructure-act-circia-reporting-requirements",
              "when": {
                "field": "coveredIncident",
                "equals": true
              },
              "deadline": {
                "anchor": "discovery",
                "hours": 72
              },
              "deadlineText": "no later than 72 hours after the organization reasonably believes a covered cyber incident has occurred (Ward counts from discovery)",
              "note": "Status: proposed. CISA published the proposed CIRCIA rule in April 2024; the final rule was still pending when this file was written (2026-11) and the duty applies only once the final rule takes effect. Check cisa.gov for the current status, the final list of covered entities and the official form. In the 2024 proposal, healthcare entities in scope included organizations above the SBA small-business size, hospitals with 100 or more beds, critical access hospitals, and makers of certain drugs and Class II/III devices; the final rule may differ. The statute starts the clock at reasonable belief that a covered incident occurred; Ward treats the discovery time as that moment. The proposal also calls for supplemental reports when important new facts emerge and for keeping incident data for a set period.",
              "fields": [
                {
                  "label": "Reporting organization and contact",
                  "from": "organizationName"
                },
                {
                  "label": "Contact email",
                  "from": "contactEmail"
                },
                {
                  "label": "Description of the incident",
                  "from": "summary"
                },
                {
                  "label": "Affected systems, networks and devices",
                  "from": "affectedSystems"
                },
                {
                  "label": "When the incident was detected, when it began and whether it is contained",
                  "from": "discoveredAt"
                },
                {
                  "label": "Impact on operations, including patient care",
                  "from": "patientCareImpact"
                },
                {
                  "label": "Vulnerabilities exploited and security controls in place"
                },
                {
                  "label": "Attacker tactics, techniques and indicators of compromise"
                },
                {
                  "label": "Any information on the attacker's identity"
                },
                {
                  "label": "Response and recovery steps taken, and whether law enforcement is involved"
                }
              ]
            },
            {
              "id": "circia-ransom-payment",
              "title": "Ransom payment report to CISA (CIRCIA)",
              "recipient": "CISA (Cybersecurity and Infrastructure Security Agency)",
              "legalStatus": "proposed",
              "source": "https://www.federalregister.gov/documents/2024/04/04/2024-06526/cyber-incident-reporting-for-critical-infrastructure-act-circia-reporting-requirements",
              "when": {
                "field": "ransomPaid",
                "equals": true
              },
              "deadline": {
                "anchor": "ransomPayment",
                "hours": 24
              },
              "deadlineText": "no later than 24 hours after the ransom payment is made",
              "note": "Status: proposed. CISA published the proposed CIRCIA rule in April 2024; the final rule was still pending when this file was written (2026-11) and the duty applies only once the final rule takes effect. Check cisa.gov for the current status, the final list of covered entities and the official form. In the 2024 proposal, healthcare entities in scope included organizations above the SBA small-business size, hospitals with 100 or more beds, critical access hospitals, and makers of certain drugs and Class II/III devices; the final rule may differ. Before any payment, speak to counsel and law enforcement: paying a person or group on the US Treasury (OFAC) sanctions list can itself be unlawful.",
              "fields": [
                {
                  "label": "Reporting organization and contact",
                  "from": "organizationName"
                },
                {
                  "label": "Contact email",
                  "from": "contactEmail"
                },
                {
                  "label": "Date of the payment"
                },
                {
                  "label": "Amount paid and form of payment (for example which cryptocurrency)"
                },
                {
                  "label": "Ransom demand and payment instructions, including wallet addresses"
                },
                {
                  "label": "Description of the incident that led to the demand",
                  "from": "summary"
                },
                {
                  "label": "Outcome of the payment (for example whether a working decryptor was received)"
                },
                {
                  "label": "Any information on the attacker's identity"
                }
              ]
            },
            {
              "id": "cisa-voluntary-report",
              "title": "Voluntary incident report to CISA",
              "recipient": "CISA (Cybersecurity and Infrastructure Security Agency)",
              "legalStatus": "voluntary",
              "source": "https://www.cisa.gov/report",
              "portal": "https://www.cisa.gov/report",
              "when": {
                "always": true
              },
              "deadline": {
                "anchor": "discovery",
                "hours": 72
              },
              "deadlineText": "no legal deadline; Ward suggests reporting within 72 hours of discovery as a good-practice target",
              "note": "CISA can offer technical help and uses reports to warn other organizations. A voluntary report does not replace the HIPAA notices. CISA also takes reports by phone and email; check the page for current contact details.",
              "fields": [
                {
                  "label": "Organization name and sector",
                  "from": "organizationName"
                },
                {
                  "label": "Contact name",
                  "from": "contactName"
                },
                {
                  "label": "Contact email",
                  "from": "contactEmail"
                },
                {
                  "label": "When the incident was detected",
                  "from": "discoveredAt"
                },
                {
                  "label": "Description of what happened",
                  "from": "summary"
                },
                {
                  "label": "Affected systems",
                  "from": "affectedSystems"
                },
                {
                  "label": "Impact on operations and patient care",
                  "from": "patientCareImpact"
                },
                {
                  "label": "How the attacker got in, if known, and any indicators of compromise"
                },
                {
                  "label": "Whether law enforcement has been told"
                }
              ]
            },
            {
              "id": "fbi-ic3-report",
              "title": "Complaint to the FBI Internet Crime Complaint Center (IC3)",
              "recipient": "FBI, through IC3 and your local FBI field office",
              "legalStatus": "voluntary",
              "source": "https://www.ic3.gov",
              "portal": "https://www.ic3.gov",
              "when": {
                "any": [
                  {
                    "field": "kind",
                    "in": [
                      "ransomware",
                      "phishing"
                    ]
                  },
                  {
                    "field": "ransomDemanded",
                    "equals": true
                  }
                ]
              },
              "deadline": {
                "anchor": "discovery",
                "hours": 72
              },
              "deadlineText": "no legal deadline; Ward suggests reporting within 72 hours of discovery as a good-practice target, and at once if money was wired",
              "note": "For business email compromise with a wire or ACH transfer, call your bank first to request a recall, then file with IC3 straight away: the sooner it is reported, the better the chance of freezing funds. For ransomware, also call your local FBI field office; the FBI may have decryption keys or intelligence on the group.",
              "fields": [
                {
                  "label": "Victim organization and contact",
                  "from": "organizationName"
                },
                {
                  "label": "Contact email",
                  "from": "contactEmail"
                },
                {
                  "label": "Description of the incident",
                  "from": "summary"
                },
                {
                  "label": "Date the incident was discovered",
                  "from": "discoveredAt"
                },
                {
                  "label": "Money lost or demanded, with payment method, bank details or cryptocurrency wallet addresses"
                },
                {
                  "label": "Information on the attacker: email addresses, domains, phone numbers, websites"
                },
                {
                  "label": "Ransomware name, ransom note and contact method used by the attacker",
                  "help": "Only for ransomware; keep a copy of the note."
                },
                {
                  "label": "Whether a ransom was demanded",
                  "from": "ransomDemanded"
                }
              ]
            },
            {
              "id": "health-isac-sharing",
              "title": "Share threat information with Health-ISAC",
              "recipient": "Health-ISAC (Health Information Sharing and Analysis Center), for member organizations",
              "legalStatus": "voluntary",
              "source": "https://health-isac.org",
              "when": {
                "always": true
              },
              "deadline": {
                "anchor": "discovery",
                "hours": 72
              },
              "deadlineText": "no legal deadline; Ward suggests sharing indicators within 72 hours of discovery as a good-practice target",
              "note": "Sharing goes through Health-ISAC's member channels and needs a membership. Share technical indicators and lessons, not patient data; mark the sharing level (TLP) and remove identifying details if you wish. Non-members can share through CISA instead.",
              "fields": [
                {
                  "label": "Short summary with patient and staff details removed",
                  "from": "summary"
                },
                {
                  "label": "Type of incident",
                  "from": "kind"
                },
                {
                  "label": "Indicators of compromise (IP addresses, domains, file hashes, email senders)"
                },
                {
                  "label": "How the attacker got in and what tools they used"
                },
                {
                  "label": "Affected products or vendors",
                  "from": "affectedSystems"
                },
                {
                  "label": "Sharing level (Traffic Light Protocol)",
                  "help": "For example TLP:AMBER to limit sharing to members, TLP:CLEAR for open sharing."
                },
                {
                  "label": "What worked to contain or detect it"
                }
              ]
            },
            {
              "id": "fda-medical-device-report",
              "title": "Report a medical device cybersecurity problem to FDA",
              "recipient": "US Food and Drug Administration (FDA), and the device manufacturer",
              "legalStatus": "voluntary",
              "source": "https://www.ecfr.gov/current/title-21/chapter-I/subchapter-H/part-803",
              "portal": "https://www.fda.gov/safety/medwatch-fda-safety-information-and-adverse-event-reporting-program",
              "when": {
                "field": "kind",
                "equals": "medical_device"
              },
              "deadline": {
                "anchor": "discovery",
                "hours": 72
              },
              "deadlineText": "voluntary report: Ward suggests 72 hours as a good-practice target; if the device may have caused or contributed to a death or serious injury, the mandatory user-facility report is due within 10 work days",
              "note": "A voluntary MedWatch report fits most device cybersecurity problems. Under 21 CFR Part 803, hospitals and other device user facilities must report a death to FDA and the manufacturer, and a serious injury to the manufacturer (or FDA if the maker is unknown), within 10 work days of becoming aware; Ward has no incident field for patient harm, so check this by hand. Tell the manufacturer in any case.",
              "fields": [
                {
                  "label": "Reporting facility and contact",
                  "from": "organizationName"
                },
                {
                  "label": "Contact email",
                  "from": "contactEmail"
                },
                {
                  "label": "Device name, manufacturer, model, software version and serial or lot number",
                  "from": "affectedSystems"
                },
                {
                  "label": "Description of the problem and when it was found",
                  "from": "summary"
                },
                {
                  "label": "Date of the event",
                  "from": "discoveredAt"
                },
                {
                  "label": "Effect on patients, if any",
                  "from": "patientCareImpact"
                },
                {
                  "label": "Whether the manufacturer has been told, and its reference number"
                }
              ]
            }
          ]
        }
        """#

    /// `playbooks.json`
    static let playbooks = #"""
        {
          "format": "ward-playbooks/1",
          "version": "2026-11",
          "playbooks": [
            {
              "kind": "ransomware",
              "title": "Ransomware attack",
              "steps": [
                {
                  "id": "ransomware-confirm",
                  "phase": "detect",
                  "text": "Confirm the signs (ransom note, renamed or unreadable files, endpoint alert), open an incident record and write down the time you first knew, because HIPAA deadlines count from discovery.",
                  "hicp": "8.M.B"
                },
                {
                  "id": "ransomware-isolate-hosts",
                  "phase": "contain",
                  "text": "Unplug affected computers and servers from the network or turn off their Wi-Fi, but leave them powered on so evidence in memory is not lost.",
                  "hicp": "8.M.B"
                },
                {
                  "id": "ransomware-preserve-evidence",
                  "phase": "detect",
                  "text": "Save firewall, VPN, email, endpoint and domain controller logs and take disk images of key machines before anything is wiped or rebuilt.",
                  "hicp": "8.M.B"
                },
                {
                  "id": "ransomware-cut-remote-access",
                  "phase": "contain",
                  "text": "Shut off VPN, remote desktop and vendor remote-support tools, and disable any account the attacker may be using, starting with administrator accounts.",
                  "hicp": "3.M.D"
                },
                {
                  "id": "ransomware-protect-backups",
                  "phase": "contain",
                  "text": "Disconnect backup systems from the network and check that offline or immutable copies are intact before anyone relies on them.",
                  "hicp": "4.M.D"
                },
                {
                  "id": "ransomware-insurer-counsel",
                  "phase": "notify",
                  "text": "Call your cyber insurer's claims line and outside counsel before hiring forensic or negotiation firms, so the work is covered and can be kept privileged."
                },
                {
                  "id": "ransomware-downtime",
                  "phase": "recover",
                  "text": "Move clinics and units to downtime procedures: paper charts, printed schedules and medication lists, and runners or phones for lab, imaging and pharmacy orders."
                },
                {
                  "id": "ransomware-diversion",
                  "phase": "recover",
                  "text": "Decide with clinical leaders whether to divert ambulances or postpone elective procedures, and if so tell the local EMS agency and nearby hospitals."
                },
                {
                  "id": "ransomware-law-enforcement",
                  "phase": "notify",
                  "text": "Report to your local FBI field office or IC3 and to CISA, and get their advice, including on sanctions risk, before any decision about paying."
                },
                {
                  "id": "ransomware-root-cause",
                  "phase": "eradicate",
                  "text": "Find how the attackers got in and every foothold they left, fix the entry point, and reset all administrator, service-account and domain passwords before restoring.",
                  "hicp": "7.M.D"
                },
                {
                  "id": "ransomware-restore",
                  "phase": "recover",
                  "text": "Rebuild or clean systems and restore them from known-good backups in clinical priority order (EHR, lab, pharmacy, imaging), watching closely for signs of reinfection.",
                  "hicp": "4.M.D"
                },
                {
                  "id": "ransomware-breach-assessment",
                  "phase": "notify",
                  "text": "Treat encrypted or copied PHI as a reportable breach unless a documented risk assessment shows a low probability of compromise, and start the HIPAA notices from the discovery date."
                },
                {
                  "id": "ransomware-after-action",
                  "phase": "learn",
                  "text": "Hold an after-action review within a few weeks, update the response plan and downtime procedures, and share indicators with CISA or Health-ISAC.",
                  "hicp": "8.M.C"
                }
              ]
            },
            {
              "kind": "phishing",
              "title": "Phishing or business email compromise",
              "steps": [
                {
                  "id": "phishing-collect",
                  "phase": "detect",
                  "text": "Have staff report the message with the report button or to the help desk, and keep the original with full headers.",
                  "hicp": "1.M.D"
                },
                {
                  "id": "phishing-sweep",
                  "phase": "contain",
                  "text": "Search all mailboxes for copies of the message (same sender, subject, link or attachment) and remove them.",
                  "hicp": "1.M.A"
                },
                {
                  "id": "phishing-who-acted",
                  "phase": "detect",
                  "text": "Use mail, web-filter and sign-in logs to find who clicked the link, opened the attachment or typed a password.",
                  "hicp": "8.M.B"
                },
                {
                  "id": "phishing-reset-credentials",
                  "phase": "contain",
                  "text": "Reset passwords for affected accounts, end all their sessions and tokens, and check that the attacker did not register their own MFA device.",
                  "hicp": "3.M.C"
                },
                {
                  "id": "phishing-mailbox-rules",
                  "phase": "contain",
                  "text": "Look in compromised mailboxes for forwarding rules, hidden inbox rules, added delegates and app consents, and remove anything the user did not set up.",
                  "hicp": "1.M.A"
                },
                {
                  "id": "phishing-block",
                  "phase": "contain",
                  "text": "Block the sender addresses, domains, links and attachment hashes in the mail filter, web filter and endpoint protection.",
                  "hicp": "1.M.A"
                },
                {
                  "id": "phishing-payments",
                  "phase": "contain",
                  "text": "If bank or payroll details were changed or money was sent, call the bank at once to recall the transfer and file a report with IC3 the same day."
                },
                {
                  "id": "phishing-scan-endpoints",
                  "phase": "eradicate",
                  "text": "Scan or isolate every computer where an attachment was opened, since phishing is a common first step toward ransomware.",
                  "hicp": "2.M.A"
                },
                {
                  "id": "phishing-phi-review",
                  "phase": "detect",
                  "text": "Review what the compromised mailbox held or sent (patient lists, results, attachments) to judge whether PHI was exposed and for how many patients.",
                  "hicp": "4.M.A"
                },
                {
                  "id": "phishing-notify",
                  "phase": "notify",
                  "text": "If PHI was accessed, start the HIPAA breach process from the discovery date, and warn patients, vendors or partners who may get fraudulent follow-up emails from the account."
                },
                {
                  "id": "phishing-mfa",
                  "phase": "recover",
                  "text": "Turn on multifactor authentication for any email or remote account still without it, starting with the affected users and administrators.",
                  "hicp": "1.M.B"
                },
                {
                  "id": "phishing-teach",
                  "phase": "learn",
                  "text": "Use the real lure, with personal details removed, in a short staff reminder, and thank the person who reported it.",
                  "hicp": "1.M.D"
                }
              ]
            },
            {
              "kind": "lost_device",
              "title": "Lost or stolen device or records",
              "steps": [
                {
                  "id": "lost-device-report",
                  "phase": "detect",
                  "text": "Have the staff member report the loss right away and record what was lost (laptop, phone, tablet, USB drive, paper), where, and when it was last seen."
                },
                {
                  "id": "lost-device-police",
                  "phase": "notify",
                  "text": "If it was stolen, file a police report and keep the report number for the insurer and the breach file."
                },
                {
                  "id": "lost-device-remote-wipe",
                  "phase": "contain",
                  "text": "Lock or wipe the device remotely through device management and confirm the command reached it.",
                  "hicp": "2.L.B"
                },
                {
                  "id": "lost-device-revoke",
                  "phase": "contain",
                  "text": "Revoke the device's certificates, VPN profile and saved sign-ins, and reset passwords for the accounts used on it, including email and EHR.",
                  "hicp": "3.M.C"
                },
                {
                  "id": "lost-device-inventory",
                  "phase": "detect",
                  "text": "Look the device up in the asset inventory to confirm its owner, model, encryption status and the apps and data it held.",
                  "hicp": "5.M.A"
                },
                {
                  "id": "lost-device-encryption",
                  "phase": "detect",
                  "text": "Check and document whether the device was fully encrypted with a key that was not stored with it; if so, the HIPAA encryption safe harbor usually means no breach notice is required.",
                  "hicp": "4.M.C"
                },
                {
                  "id": "lost-device-data",
                  "phase": "detect",
                  "text": "If it was not encrypted, list the PHI it held (local files, cached email, downloaded reports, photos) and estimate how many patients and which states are affected.",
                  "hicp": "4.M.A"
                },
                {
                  "id": "lost-device-risk-assessment",
                  "phase": "notify",
                  "text": "Complete the four-factor HIPAA risk assessment with the privacy officer (kind of data, who may have it, whether it was viewed, how far risk was reduced) and keep it on file."
                },
                {
                  "id": "lost-device-notices",
                  "phase": "notify",
                  "text": "If the assessment cannot show a low probability of compromise, send individual notices and report to HHS, and to the media if more than 500 residents of one state are affected, counting from discovery."
                },
                {
                  "id": "lost-device-replace",
                  "phase": "recover",
                  "text": "Give the user a replacement that is encrypted and enrolled in device management before it is handed over.",
                  "hicp": "2.M.A"
                },
                {
                  "id": "lost-device-close-gap",
                  "phase": "learn",
                  "text": "Check that every laptop, phone and removable drive in the inventory is encrypted and enrolled, and fix whatever let this one slip through.",
                  "hicp": "5.M.A"
                }
              ]
            },
            {
              "kind": "insider",
              "title": "Insider misuse or accidental disclosure",
              "steps": [
                {
                  "id": "insider-record-trigger",
                  "phase": "detect",
                  "text": "Record what raised the concern (audit alert, patient complaint, co-worker tip, large download) and keep the number of people who know small.",
                  "hicp": "8.L.E"
                },
                {
                  "id": "insider-preserve",
                  "phase": "detect",
                  "text": "Save EHR access logs, email, file-share and USB logs for the person and period involved before the account is changed.",
                  "hicp": "8.M.B"
                },
                {
                  "id": "insider-hr-counsel",
                  "phase": "detect",
                  "text": "Bring in HR, the privacy officer and counsel before talking to the employee, and follow the sanctions policy and any union agreement."
                },
                {
                  "id": "insider-restrict",
                  "phase": "contain",
                  "text": "Suspend or limit the person's EHR, email, remote and badge access, timed with HR so evidence is not destroyed.",
                  "hicp": "3.M.B"
                },
                {
                  "id": "insider-scope",
                  "phase": "detect",
                  "text": "Use the EHR audit trail to list every patient record the person opened, exported or printed without a work reason.",
                  "hicp": "8.L.E"
                },
                {
                  "id": "insider-retrieve",
                  "phase": "contain",
                  "text": "Ask for the return or confirmed deletion of any copied data, including copies sent to personal email or cloud storage, and keep a written record.",
                  "hicp": "4.M.E"
                },
                {
                  "id": "insider-misdirected",
                  "phase": "contain",
                  "text": "For an accidental disclosure such as a misdirected fax, letter or email, contact the recipient to have it returned or destroyed and note their answer."
                },
                {
                  "id": "insider-law-enforcement",
                  "phase": "notify",
                  "text": "If data was taken for identity theft or sale, report it to local police or the FBI, and get any request to delay notices in writing."
                },
                {
                  "id": "insider-breach-decision",
                  "phase": "notify",
                  "text": "Decide with the privacy officer whether this is a reportable breach and, if it is, send the HIPAA notices and log or report it to HHS."
                },
                {
                  "id": "insider-deprovision",
                  "phase": "eradicate",
                  "text": "If the person leaves, remove every account, token and remote access on their last day and collect all organization-owned equipment.",
                  "hicp": "3.M.B"
                },
                {
                  "id": "insider-tighten",
                  "phase": "learn",
                  "text": "Tighten role-based access, add alerts for bulk exports and access to staff or VIP records, and refresh privacy training for the team involved.",
                  "hicp": "4.M.E"
                }
              ]
            },
            {
              "kind": "medical_device",
              "title": "Compromised or malfunctioning connected medical device",
              "steps": [
                {
                  "id": "meddev-patient-safety",
                  "phase": "detect",
                  "text": "Check first that patients on the affected device are safe, and move them to a backup device or manual monitoring if there is any doubt."
                },
                {
                  "id": "meddev-identify",
                  "phase": "detect",
                  "text": "Identify the device's maker, model, software version, serial number and network location from the medical device inventory.",
                  "hicp": "9.M.D"
                },
                {
                  "id": "meddev-isolate",
                  "phase": "contain",
                  "text": "With clinical engineering, isolate the device on its network segment or disconnect it in a way that keeps its clinical function safe.",
                  "hicp": "9.M.E"
                },
                {
                  "id": "meddev-no-unapproved-changes",
                  "phase": "contain",
                  "text": "Do not patch, reimage or install security software on the device unless the manufacturer confirms it is safe.",
                  "hicp": "9.M.B"
                },
                {
                  "id": "meddev-preserve",
                  "phase": "detect",
                  "text": "Save network captures and firewall logs for the device segment, and any logs the device keeps, for the manufacturer and investigators.",
                  "hicp": "9.L.B"
                },
                {
                  "id": "meddev-advisories",
                  "phase": "detect",
                  "text": "Check CISA ICS medical advisories and the manufacturer's security notices for a known vulnerability that matches the device and version.",
                  "hicp": "9.L.A"
                },
                {
                  "id": "meddev-manufacturer",
                  "phase": "notify",
                  "text": "Contact the manufacturer's product security or support team, share what you observed, and ask for a validated fix or interim safeguards.",
                  "hicp": "9.L.A"
                },
                {
                  "id": "meddev-fda",
                  "phase": "notify",
                  "text": "Report the problem to FDA through MedWatch, and file a mandatory report within 10 work days if the device may have caused or contributed to a death or serious injury.",
                  "hicp": "9.L.D"
                },
                {
                  "id": "meddev-other-units",
                  "phase": "eradicate",
                  "text": "Check other units of the same model across all sites for the same problem.",
                  "hicp": "9.M.D"
                },
                {
                  "id": "meddev-fix-and-verify",
                  "phase": "recover",
                  "text": "Apply the manufacturer-approved fix or workaround and have clinical engineering confirm the device works correctly before it goes back into use.",
                  "hicp": "9.M.A"
                },
                {
                  "id": "meddev-phi",
                  "phase": "notify",
                  "text": "Check whether the device or its server stored or sent PHI (images, results, patient lists) and, if it was exposed, run the HIPAA breach assessment."
                },
                {
                  "id": "meddev-procurement",
                  "phase": "learn",
                  "text": "Add the lessons to purchasing requirements for future devices: security documentation, a software bill of materials and a stated patch support period.",
                  "hicp": "9.L.C"
                }
              ]
            },
            {
              "kind": "other",
              "title": "Other security incident",
              "steps": [
                {
                  "id": "other-triage",
                  "phase": "detect",
                  "text": "Write down what was seen, when and by whom, and use the incident response plan to decide whether it is a security incident.",
                  "hicp": "8.M.B"
                },
                {
                  "id": "other-team",
                  "phase": "detect",
                  "text": "Name an incident lead and a small team (IT, privacy officer, a clinical lead, an executive) and set a regular update call.",
                  "hicp": "8.M.B"
                },
                {
                  "id": "other-preserve",
                  "phase": "detect",
                  "text": "Keep logs, screenshots and affected files, and log every action with a time stamp in the incident record.",
                  "hicp": "8.M.B"
                },
                {
                  "id": "other-contain",
                  "phase": "contain",
                  "text": "Limit the damage with the least disruptive step that works, such as disabling an account, isolating a system or taking a web page offline."
                },
                {
                  "id": "other-vendor",
                  "phase": "contain",
                  "text": "If a vendor or business associate is involved, ask them for the facts in writing and check the contract for their notice duties and deadlines."
                },
                {
                  "id": "other-insurer",
                  "phase": "notify",
                  "text": "Tell your cyber insurer and counsel early if data may have been exposed or services may be down for long."
                },
                {
                  "id": "other-phi",
                  "phase": "notify",
                  "text": "Decide with the privacy officer whether PHI was involved and, if so, run the HIPAA breach risk assessment from the discovery date."
                },
                {
                  "id": "other-report",
                  "phase": "notify",
                  "text": "Report criminal activity or anything that could affect others to CISA or the FBI, and share indicators with your ISAC.",
                  "hicp": "8.M.C"
                },
                {
                  "id": "other-fix",
                  "phase": "eradicate",
                  "text": "Remove the cause (malware, misconfiguration, exposed service, weak password) and check similar systems for the same weakness.",
                  "hicp": "7.M.D"
                },
                {
                  "id": "other-restore",
                  "phase": "recover",
                  "text": "Return systems to normal use after testing them, and monitor them more closely for a few weeks."
                },
                {
                  "id": "other-review",
                  "phase": "learn",
                  "text": "Hold a short lessons-learned meeting and update the response plan, the asset inventory and the HIPAA risk analysis.",
                  "hicp": "10.M.A"
                }
              ]
            }
          ]
        }
        """#

    /// `directory.json`
    static let directory = #"""
        {
          "format": "ward-directory/1",
          "version": "2026-11",
          "entries": [
            {
              "id": "cisa-cyber-hygiene-vulnerability-scanning",
              "title": "Cyber Hygiene vulnerability scanning",
              "provider": "CISA",
              "kind": "service",
              "url": "https://www.cisa.gov/cyber-hygiene-services",
              "summary": "CISA scans your internet-facing IP addresses on a recurring schedule and sends weekly reports, with quicker alerts for urgent findings such as known exploited vulnerabilities. Sign up by email; the service is open to US critical infrastructure organizations, including private healthcare providers.",
              "cost": "free for eligible organizations",
              "hicp": [
                "7"
              ],
              "cpg": [
                "E1",
                "X4",
                "X5"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://www.cisa.gov/cyber-hygiene-services"
            },
            {
              "id": "cisa-web-application-scanning",
              "title": "Cyber Hygiene web application scanning",
              "provider": "CISA",
              "kind": "service",
              "url": "https://www.cisa.gov/cyber-hygiene-web-application-scanning",
              "summary": "CISA checks your public websites and web portals, such as patient portals, for known weaknesses and misconfigurations and sends regular reports. Requested through the same email sign-up as vulnerability scanning.",
              "cost": "free for eligible organizations",
              "hicp": [
                "7"
              ],
              "cpg": [
                "E1",
                "X4"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://www.cisa.gov/cyber-hygiene-web-application-scanning"
            },
            {
              "id": "cisa-known-exploited-vulnerabilities",
              "title": "Known Exploited Vulnerabilities (KEV) catalog",
              "provider": "CISA",
              "kind": "tool",
              "url": "https://www.cisa.gov/known-exploited-vulnerabilities-catalog",
              "summary": "A list of vulnerabilities that attackers are known to be using, with download feeds. Use it to decide which patches to apply first.",
              "cost": "free",
              "hicp": [
                "7",
                "9"
              ],
              "cpg": [
                "E1",
                "X5"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://www.cisa.gov/known-exploited-vulnerabilities-catalog"
            },
            {
              "id": "cisa-cross-sector-cpgs",
              "title": "Cross-Sector Cybersecurity Performance Goals",
              "provider": "CISA",
              "kind": "guidance",
              "url": "https://www.cisa.gov/cross-sector-cybersecurity-performance-goals",
              "summary": "A short set of baseline security practices for all critical infrastructure sectors, each with the risk it addresses. The healthcare-specific HHS goals are built on it.",
              "cost": "free",
              "hicp": [
                "10"
              ],
              "cpg": [
                "E1",
                "E2",
                "E3",
                "E4",
                "E5",
                "E6",
                "E7",
                "E8",
                "E9",
                "E10"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://www.cisa.gov/cross-sector-cybersecurity-performance-goals"
            },
            {
              "id": "cisa-free-services-and-tools",
              "title": "Free cybersecurity services and tools list",
              "provider": "CISA",
              "kind": "guidance",
              "url": "https://www.cisa.gov/resources-tools/resources/free-cybersecurity-services-and-tools",
              "summary": "A catalog of no-cost services and tools from CISA, other agencies and private companies, sorted by skill level. Useful for small practices looking for low-cost options.",
              "cost": "free",
              "hicp": [
                "2",
                "7",
                "8"
              ],
              "cpg": [
                "E1",
                "E4",
                "E7"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://www.cisa.gov/resources-tools/resources/free-cybersecurity-services-and-tools"
            },
            {
              "id": "cisa-incident-reporting",
              "title": "Report a cyber incident to CISA",
              "provider": "CISA",
              "kind": "reporting-portal",
              "url": "https://www.cisa.gov/report",
              "summary": "The place to report an incident, phishing or a vulnerability to CISA and to ask for help. Reporting is voluntary until CISA's incident reporting rule takes effect.",
              "cost": "free",
              "hicp": [
                "8"
              ],
              "cpg": [
                "E7"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://www.cisa.gov/report"
            },
            {
              "id": "cisa-stopransomware",
              "title": "StopRansomware",
              "provider": "CISA",
              "kind": "guidance",
              "url": "https://www.cisa.gov/stopransomware",
              "summary": "A joint federal site with a ransomware prevention and response guide, alerts on specific ransomware groups and links for reporting.",
              "cost": "free",
              "hicp": [
                "2",
                "4",
                "8"
              ],
              "cpg": [
                "E1",
                "E7",
                "X9"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://www.cisa.gov/stopransomware"
            },
            {
              "id": "cisa-tabletop-exercise-packages",
              "title": "Tabletop exercise packages (CTEP)",
              "provider": "CISA",
              "kind": "training",
              "url": "https://www.cisa.gov/resources-tools/services/cisa-tabletop-exercise-packages",
              "summary": "Ready-made scenarios, facilitator guides and after-action templates for running your own discussion exercise, including ransomware and healthcare scenarios.",
              "cost": "free",
              "hicp": [
                "8",
                "10"
              ],
              "cpg": [
                "E7",
                "X9"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://www.cisa.gov/resources-tools/services/cisa-tabletop-exercise-packages"
            },
            {
              "id": "cisa-cset",
              "title": "Cyber Security Evaluation Tool (CSET)",
              "provider": "CISA",
              "kind": "tool",
              "url": "https://github.com/cisagov/cset",
              "summary": "A downloadable self-assessment tool that walks you through questions from a chosen standard and produces reports. Its question sets include one built from the HHS 405(d) practices for small organizations.",
              "cost": "free",
              "hicp": [
                "10"
              ],
              "cpg": [],
              "sizes": [
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://github.com/cisagov/cset"
            },
            {
              "id": "cisa-malware-next-gen",
              "title": "Malware Next-Gen analysis",
              "provider": "CISA",
              "kind": "service",
              "url": "https://www.cisa.gov/resources-tools/services/malware-next-generation-analysis",
              "summary": "Submit suspicious files or links to CISA for automated analysis. Anyone can submit, but only registered, approved users receive the analysis results.",
              "cost": "free",
              "hicp": [
                "2",
                "8"
              ],
              "cpg": [
                "X6"
              ],
              "sizes": [
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://www.cisa.gov/resources-tools/services/malware-next-generation-analysis"
            },
            {
              "id": "cisa-ics-medical-advisories",
              "title": "ICS medical advisories",
              "provider": "CISA",
              "kind": "guidance",
              "url": "https://www.cisa.gov/news-events/cybersecurity-advisories",
              "summary": "CISA publishes advisories on vulnerabilities in specific medical devices and clinical systems, with affected versions and fixes. Filter the advisory list by the ICS medical advisory type, or follow the RSS feed.",
              "cost": "free",
              "hicp": [
                "7",
                "9"
              ],
              "cpg": [
                "E1",
                "X2",
                "X5"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://www.cisa.gov/cybersecurity-advisories/ics-medical-advisories.xml"
            },
            {
              "id": "cisa-secure-our-world",
              "title": "Secure Our World",
              "provider": "CISA",
              "kind": "training",
              "url": "https://www.cisa.gov/secure-our-world",
              "summary": "Plain-language tips and posters on strong passwords, MFA, software updates and spotting phishing, suitable for staff awareness at any practice.",
              "cost": "free",
              "hicp": [
                "1"
              ],
              "cpg": [
                "E3",
                "E4"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://www.cisa.gov/secure-our-world"
            },
            {
              "id": "cisa-phishing-guidance",
              "title": "Phishing guidance: stopping the attack cycle at phase one",
              "provider": "CISA",
              "kind": "guidance",
              "url": "https://www.cisa.gov/resources-tools/resources/phishing-guidance-stopping-attack-cycle-phase-one",
              "summary": "Joint guidance on how phishing works and which controls stop it, including email authentication, MFA, filtering and user reporting, with advice scaled to small organizations.",
              "cost": "free",
              "hicp": [
                "1"
              ],
              "cpg": [
                "E2",
                "E3",
                "E4"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://www.cisa.gov/resources-tools/resources/phishing-guidance-stopping-attack-cycle-phase-one"
            },
            {
              "id": "cisa-regional-offices",
              "title": "CISA regional offices and cybersecurity advisors",
              "provider": "CISA",
              "kind": "service",
              "url": "https://www.cisa.gov/about/regions",
              "summary": "CISA's regional staff can visit or call, help you sign up for free services, run assessments and connect you with local partners before and during an incident.",
              "cost": "free",
              "hicp": [
                "8",
                "10"
              ],
              "cpg": [
                "E7"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://www.cisa.gov/about/regions"
            },
            {
              "id": "hhs-405d-program",
              "title": "HHS 405(d) program",
              "provider": "HHS",
              "kind": "guidance",
              "url": "https://405d.hhs.gov",
              "summary": "The HHS and industry program behind the Health Industry Cybersecurity Practices. It offers free awareness posters, newsletters, short training videos and toolkits sized for small, medium and large organizations.",
              "cost": "free",
              "hicp": [
                "1",
                "2",
                "3",
                "4",
                "5",
                "6",
                "7",
                "8",
                "9",
                "10"
              ],
              "cpg": [
                "E4"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://405d.hhs.gov"
            },
            {
              "id": "hhs-hicp",
              "title": "Health Industry Cybersecurity Practices (HICP)",
              "provider": "HHS 405(d) and HSCC",
              "kind": "guidance",
              "url": "https://405d.hhs.gov/Documents/HICP-Main-508.pdf",
              "summary": "The main document of the voluntary practices that address the five most common threats to healthcare, with technical volumes for small and for medium and large organizations. Named as a recognized security practice under the 2021 HITECH amendment.",
              "cost": "free",
              "hicp": [
                "1",
                "2",
                "3",
                "4",
                "5",
                "6",
                "7",
                "8",
                "9",
                "10"
              ],
              "cpg": [],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://405d.hhs.gov/Documents/HICP-Main-508.pdf"
            },
            {
              "id": "hhs-hph-cpgs",
              "title": "Healthcare and Public Health Cybersecurity Performance Goals",
              "provider": "HHS",
              "kind": "guidance",
              "url": "https://hphcyber.hhs.gov/performance-goals.html",
              "summary": "Voluntary healthcare goals in two tiers, essential and enhanced, built on the CISA goals. HHS has moved this page between its sites, so the address may redirect.",
              "cost": "free",
              "hicp": [
                "10"
              ],
              "cpg": [
                "E1",
                "E2",
                "E3",
                "E4",
                "E5",
                "E6",
                "E7",
                "E8",
                "E9",
                "E10",
                "X1",
                "X2",
                "X3",
                "X4",
                "X5",
                "X6",
                "X7",
                "X8",
                "X9",
                "X10"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://hphcyber.hhs.gov/performance-goals.html"
            },
            {
              "id": "hhs-ocr-breach-portal",
              "title": "HHS OCR breach reporting portal",
              "provider": "HHS Office for Civil Rights",
              "kind": "reporting-portal",
              "url": "https://ocrportal.hhs.gov/ocr/breach",
              "summary": "Where HIPAA covered entities report breaches of unsecured PHI to HHS. It also lists breaches affecting 500 or more people, which is useful for learning how peers were breached.",
              "cost": "free",
              "hicp": [
                "8"
              ],
              "cpg": [
                "E7"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://ocrportal.hhs.gov/ocr/breach"
            },
            {
              "id": "hhs-breach-notification-guidance",
              "title": "HIPAA Breach Notification Rule guidance",
              "provider": "HHS Office for Civil Rights",
              "kind": "guidance",
              "url": "https://www.hhs.gov/hipaa/for-professionals/breach-notification/index.html",
              "summary": "Explains when a HIPAA breach notice is needed, the risk assessment, the encryption safe harbor, and the notices to patients, HHS and the media.",
              "cost": "free",
              "hicp": [
                "4",
                "8"
              ],
              "cpg": [
                "E5",
                "E7"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://www.hhs.gov/hipaa/for-professionals/breach-notification/index.html"
            },
            {
              "id": "hhs-sra-tool",
              "title": "HIPAA Security Risk Assessment (SRA) Tool",
              "provider": "HHS (ONC and OCR)",
              "kind": "tool",
              "url": "https://www.healthit.gov/privacy-security/security-risk-assessment-tool",
              "summary": "A downloadable Windows application and spreadsheet that guides small and medium practices through the HIPAA Security Rule risk assessment and produces a report. Data stays on your own computer.",
              "cost": "free",
              "hicp": [
                "10"
              ],
              "cpg": [],
              "sizes": [
                "small",
                "medium"
              ],
              "date": "2026-11-30",
              "source": "https://www.healthit.gov/privacy-security/security-risk-assessment-tool"
            },
            {
              "id": "fbi-ic3",
              "title": "Internet Crime Complaint Center (IC3)",
              "provider": "FBI",
              "kind": "reporting-portal",
              "url": "https://www.ic3.gov",
              "summary": "The FBI's online form for reporting ransomware, business email compromise and other online crime. Report wire fraud quickly, since early reports improve the chance of recovering funds.",
              "cost": "free",
              "hicp": [
                "8"
              ],
              "cpg": [
                "E7"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://www.ic3.gov"
            },
            {
              "id": "fbi-field-offices",
              "title": "FBI field offices",
              "provider": "FBI",
              "kind": "service",
              "url": "https://www.fbi.gov/contact-us/field-offices",
              "summary": "Find your local FBI field office and get to know its cyber contact before an incident, so you know whom to call during a ransomware attack.",
              "cost": "free",
              "hicp": [
                "8"
              ],
              "cpg": [
                "E7",
                "X9"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://www.fbi.gov/contact-us/field-offices"
            },
            {
              "id": "health-isac",
              "title": "Health-ISAC",
              "provider": "Health-ISAC",
              "kind": "community",
              "url": "https://health-isac.org",
              "summary": "The health sector's information sharing and analysis center: threat alerts, indicator sharing and peer working groups. Membership fees depend on organization type and size; some alerts and reports are published openly.",
              "cost": "membership fee",
              "hicp": [
                "8"
              ],
              "cpg": [
                "X5",
                "X6"
              ],
              "sizes": [
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://health-isac.org"
            },
            {
              "id": "ms-isac",
              "title": "Multi-State ISAC (MS-ISAC)",
              "provider": "Center for Internet Security",
              "kind": "community",
              "url": "https://www.cisecurity.org/ms-isac",
              "summary": "Threat sharing and support for state, local, tribal and territorial government bodies, such as public health departments and government-owned hospitals. After federal funding ended in September 2025 it moved to paid membership; check what remains free.",
              "cost": "membership fee",
              "hicp": [
                "8"
              ],
              "cpg": [
                "X5",
                "X6"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://www.cisecurity.org/ms-isac"
            },
            {
              "id": "hhs-hc3",
              "title": "Health Sector Cybersecurity Coordination Center (HC3)",
              "provider": "HHS",
              "kind": "guidance",
              "url": "https://www.hhs.gov/about/agencies/asa/ocio/hc3/index.html",
              "summary": "HHS's center for health-sector threat briefs, sector alerts and analyst notes. HHS reorganized its cybersecurity functions in 2025, so check whether HC3 still publishes and where.",
              "cost": "free",
              "hicp": [
                "8"
              ],
              "cpg": [
                "X5",
                "X6"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://www.hhs.gov/about/agencies/asa/ocio/hc3/index.html"
            },
            {
              "id": "fda-medical-device-cybersecurity",
              "title": "Medical device cybersecurity",
              "provider": "FDA",
              "kind": "guidance",
              "url": "https://www.fda.gov/medical-devices/digital-health-center-excellence/cybersecurity",
              "summary": "FDA's hub for medical device cybersecurity: safety communications about vulnerable devices, guidance on what manufacturers must provide, and advice for healthcare facilities.",
              "cost": "free",
              "hicp": [
                "9"
              ],
              "cpg": [
                "E10",
                "X2"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://www.fda.gov/medical-devices/digital-health-center-excellence/cybersecurity"
            },
            {
              "id": "fda-medwatch",
              "title": "MedWatch reporting",
              "provider": "FDA",
              "kind": "reporting-portal",
              "url": "https://www.fda.gov/safety/medwatch-fda-safety-information-and-adverse-event-reporting-program",
              "summary": "FDA's system for reporting problems with medical products, including device malfunctions caused by cybersecurity issues. Hospitals have mandatory reporting duties when a device may have caused a death or serious injury.",
              "cost": "free",
              "hicp": [
                "9"
              ],
              "cpg": [
                "E7"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://www.fda.gov/safety/medwatch-fda-safety-information-and-adverse-event-reporting-program"
            },
            {
              "id": "nist-csf-2",
              "title": "NIST Cybersecurity Framework 2.0",
              "provider": "NIST",
              "kind": "guidance",
              "url": "https://www.nist.gov/cyberframework",
              "summary": "A common structure for organizing a security program into six functions, with quick-start guides, including one for small businesses, and mappings to other standards.",
              "cost": "free",
              "hicp": [
                "10"
              ],
              "cpg": [],
              "sizes": [
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://www.nist.gov/cyberframework"
            },
            {
              "id": "nist-sp-800-66r2",
              "title": "NIST SP 800-66 Rev. 2: implementing the HIPAA Security Rule",
              "provider": "NIST",
              "kind": "guidance",
              "url": "https://csrc.nist.gov/pubs/sp/800/66/r2/final",
              "summary": "A resource guide that explains each HIPAA Security Rule standard with practical steps and maps them to the NIST Cybersecurity Framework.",
              "cost": "free",
              "hicp": [
                "10"
              ],
              "cpg": [],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://csrc.nist.gov/pubs/sp/800/66/r2/final"
            },
            {
              "id": "hscc-cybersecurity-working-group",
              "title": "Health Sector Coordinating Council cybersecurity publications",
              "provider": "HSCC",
              "kind": "community",
              "url": "https://healthsectorcouncil.org",
              "summary": "Industry-led council that publishes free healthcare security guides, such as medical device security, third-party risk and incident response planning, and co-develops HICP with HHS.",
              "cost": "free",
              "hicp": [
                "9",
                "10"
              ],
              "cpg": [
                "E10",
                "X3"
              ],
              "sizes": [
                "small",
                "medium",
                "large"
              ],
              "date": "2026-11-30",
              "source": "https://healthsectorcouncil.org"
            }
          ]
        }
        """#
}
