import Foundation
import WardAssessment
import WardCore
import WardInterop
import WardResponse
import WardStore

/// Seeds a fictional clinic so a newcomer sees a populated Ward at once (`ward serve --demo`, `ward demo`).
///
/// The clinic, its people and its addresses are invented; host names use the reserved `.example` domain. Every
/// later capability adds its part of the story here. Running it twice changes nothing.
public struct DemoSeed: Sendable {
    public static let organizationName = "Cedar Valley Family Clinic"
    public static let ownerEmail = "demo.owner@cedarvalley.example"

    let operations: LocalOperations

    public init(operations: LocalOperations) { self.operations = operations }

    /// What seeding produced: the clinic and, on first seeding, the demo owner's one-time password.
    public struct Result: Sendable {
        public var organization: Organization
        public var ownerEmail: String
        /// Generated fresh on first seeding and shown once; nil when the demo existed already.
        public var ownerPassword: String?
    }

    public func seed() async throws -> Result {
        let database = operations.database
        if let existing = try await database.store.organizations.find(Self.organizationName) {
            return Result(organization: existing, ownerEmail: Self.ownerEmail, ownerPassword: nil)
        }
        let now = operations.clock()
        // No fixed demo password: a random one is printed once, so a demo left running is not an open door.
        let password = "demo-" + Secrets.random(bytes: 12)
        let ownerHash = try await operations.passwords.hash(password)
        let organization = try await database.transaction { (store: Store) -> Organization in
            let clinic = try await store.organizations.create(
                Organization(name: Self.organizationName, kind: .clinic, sizeTier: .small, createdAt: now)
            )
            let site = try await store.organizations.create(
                Organization(
                    name: "Cedar Valley Family Clinic – Riverside Site",
                    kind: .clinic,
                    sizeTier: .small,
                    parentID: clinic.id,
                    createdAt: now
                )
            )
            let people: [(String, String, Role, String?)] = [
                (Self.ownerEmail, "Dana Whitfield (IT lead)", .owner, ownerHash),
                ("m.osei@cedarvalley.example", "Marcus Osei (practice manager)", .admin, nil),
                ("analyst@cedarvalley.example", "Priya Raman (security analyst, contractor)", .analyst, nil),
                ("dr.lind@cedarvalley.example", "Dr. Ellen Lind (medical director)", .viewer, nil),
                ("compliance@cedarvalley.example", "Sam Ortega (compliance officer)", .auditor, nil),
            ]
            for (email, name, role, hash) in people {
                let user = try await store.users.create(
                    User(email: email, displayName: name, createdAt: now),
                    passwordHash: hash
                )
                try await store.memberships.add(
                    Membership(
                        organizationID: clinic.id,
                        userID: user.id,
                        role: role,
                        createdAt: now
                    )
                )
                if role == .owner || role == .admin {
                    try await store.memberships.add(
                        Membership(
                            organizationID: site.id,
                            userID: user.id,
                            role: role,
                            createdAt: now
                        )
                    )
                }
            }
            let scope: [(ScopeEntry.Kind, String, String)] = [
                (.include, "10.20.0.0/16", "Main clinic campus"),
                (.include, "10.21.0.0/24", "Riverside site"),
                (.include, "fd12:3456:789a::/48", "Clinic IPv6"),
                (.include, "*.cedarvalley.example", "Public web and patient portal"),
                (.exclude, "10.20.40.0/24", "Infusion pumps — vendor-managed, scan only with biomed present"),
                (.exclude, "10.20.50.10-10.20.50.20", "Lab analyzers under vendor contract"),
            ]
            for (kind, target, note) in scope {
                try await store.scope.add(
                    ScopeEntry(kind: kind, target: try ScopeEntry.Target(target), note: note),
                    organizationID: clinic.id,
                    now: now
                )
            }
            try await store.scope.add(
                try ScanWindow("mon-fri 19:00-06:00 America/Chicago"),
                organizationID: clinic.id,
                now: now
            )
            try await store.scope.add(
                try ScanWindow("sat,sun 00:00-24:00 America/Chicago"),
                organizationID: clinic.id,
                now: now
            )
            try await store.scope.add(
                ScopeEntry(
                    kind: .include,
                    target: try ScopeEntry.Target("10.21.0.0/24"),
                    note: "Riverside site"
                ),
                organizationID: site.id,
                now: now
            )
            try await store.audit.append(
                AuditEvent(
                    occurredAt: now,
                    organizationID: clinic.id,
                    actorUserID: nil,
                    actor: "cli",
                    action: .organizationCreated,
                    target: "organization:\(clinic.id.uuidString.lowercased())",
                    details: ["name": clinic.name, "demo": "true"]
                )
            )
            return clinic
        }
        try await seedAssessment(organization, now: now)
        try await seedIncidents(organization, now: now)
        try await seedTraining(organization, now: now)
        try await seedInventory(organization, now: now)
        try await seedScan(organization, now: now)
        try await seedIntel(organization, now: now)
        return Result(organization: organization, ownerEmail: Self.ownerEmail, ownerPassword: password)
    }

    /// An inventory with medical devices and findings of several ages, some overdue, one closed and one accepted.
    func seedInventory(_ clinic: Organization, now: Date) async throws {
        let database = operations.database
        let day: @Sendable (Double) -> Date = { days in
            Date(milliseconds: now.addingTimeInterval(-days * 86_400).milliseconds)
        }
        let devices: [(String, String, String, [Int], MedicalDevice?)] = [
            ("frontdesk-01.cedarvalley.example", "10.20.10.11", "02:CE:DA:10:00:11", [135, 445, 3389], nil),
            ("frontdesk-02.cedarvalley.example", "10.20.10.12", "02:CE:DA:10:00:12", [135, 445], nil),
            ("ehr-gateway.cedarvalley.example", "10.20.20.5", "02:CE:DA:20:00:05", [22, 443], nil),
            (
                "imaging-ws.cedarvalley.example", "10.20.30.7", "02:CE:DA:30:00:07", [104, 445, 5900],
                MedicalDevice(
                    manufacturer: "Example Imaging Co.",
                    model: "ViewStation 4",
                    serial: "VS4-22817",
                    softwareVersion: "4.2.1",
                    deviceType: "imaging workstation",
                    clinicalFunction: "reads X-ray images",
                    location: "Room 3",
                    department: "Radiology",
                    networkSegment: "clinical VLAN 30",
                    criticality: .diagnostic,
                    storesPHI: true,
                    sendsPHI: true,
                    endOfSupport: CalendarDate(year: 2026, month: 6, day: 30),
                    vendorRemoteAccess: true
                )
            ),
            (
                "pump-07", "10.20.40.17", "02:CE:DA:40:00:17", [],
                MedicalDevice(
                    manufacturer: "Example Infusion Systems",
                    model: "FlowPoint 300",
                    serial: "FP3-77120",
                    softwareVersion: "2.8",
                    deviceType: "infusion pump",
                    clinicalFunction: "delivers medication",
                    location: "Infusion room",
                    department: "Oncology",
                    networkSegment: "pump VLAN 40",
                    criticality: .lifeSustaining,
                    storesPHI: false,
                    sendsPHI: false,
                    vendorRemoteAccess: false
                )
            ),
            (
                "monitor-02", "10.20.40.22", "02:CE:DA:40:00:22", [80],
                MedicalDevice(
                    manufacturer: "Example Monitoring",
                    model: "VitalView 12",
                    serial: "VV12-01934",
                    softwareVersion: "1.9.3",
                    deviceType: "patient monitor",
                    clinicalFunction: "vital signs",
                    location: "Procedure room",
                    department: "Procedures",
                    networkSegment: "clinical VLAN 30",
                    criticality: .lifeSupporting,
                    storesPHI: false,
                    sendsPHI: true,
                    vendorRemoteAccess: true
                )
            ),
        ]
        var assets: [String: Asset] = [:]
        for (name, address, mac, ports, medical) in devices {
            assets[name] = Asset(
                organizationID: clinic.id,
                name: name,
                addresses: [address],
                macs: [mac],
                hostnames: [name],
                interfaceVendor: InventoryService.vendors?.vendor(ofMAC: mac),
                services: ports.map {
                    AssetService(transport: "tcp", port: $0, name: nil, product: nil, version: nil, cpes: [])
                },
                firstSeen: day(120),
                lastSeen: day(1),
                medical: medical
            )
        }
        func finding(
            _ asset: String,
            _ port: Int?,
            _ rule: String,
            _ title: String,
            _ severity: Severity,
            age: Double,
            cve: String? = nil
        ) -> Finding {
            Finding(
                assetID: assets[asset]!.id,
                port: port,
                transport: port == nil ? nil : "tcp",
                source: "nessus",
                rule: rule,
                title: title,
                severity: severity,
                cve: cve,
                firstSeen: day(age),
                lastSeen: day(1)
            )
        }
        var findings = [
            finding(
                "frontdesk-01.cedarvalley.example",
                3389,
                "58453",
                "RDP without Network Level Authentication",
                .high,
                age: 45
            ),
            finding(
                "frontdesk-01.cedarvalley.example",
                445,
                "97833",
                "SMB remote code execution (MS17-010)",
                .critical,
                age: 21,
                cve: "CVE-2017-0144"
            ),
            finding(
                "imaging-ws.cedarvalley.example",
                5900,
                "61708",
                "VNC server without a password",
                .critical,
                age: 9
            ),
            finding(
                "imaging-ws.cedarvalley.example",
                nil,
                "OS-EOL",
                "Operating system past end of support",
                .high,
                age: 80
            ),
            finding("monitor-02", 80, "85582", "Web interface over plain HTTP", .medium, age: 30),
            finding("ehr-gateway.cedarvalley.example", 22, "90317", "SSH weak key exchange", .low, age: 12),
        ]
        var closed = finding(
            "frontdesk-02.cedarvalley.example",
            445,
            "97833",
            "SMB remote code execution (MS17-010)",
            .critical,
            age: 40,
            cve: "CVE-2017-0144"
        )
        closed.status = .closed
        closed.closedAt = day(28)
        findings.append(closed)
        let (accepted, acceptance) = try FindingsLifecycle.acceptRisk(
            findings[4],
            approver: "Dr. Ellen Lind (medical director)",
            until: now.addingTimeInterval(90 * 86_400),
            compensatingControls:
                "Monitor VLAN reachable only from the central station; vendor fix expected next quarter",
            at: day(2)
        )
        findings[4] = accepted
        let events =
            findings.map { FindingEvent(key: $0.key, kind: .opened, at: $0.firstSeen) }
            + [FindingEvent(key: closed.key, kind: .closed, at: day(28)), acceptance]
        let toSave = Array(assets.values).sorted { $0.name < $1.name }
        let savedFindings = findings
        let created = day(120)
        try await database.transaction { store in
            for asset in toSave {
                try await store.assets.save(
                    asset,
                    isNew: true,
                    change: AssetChange(at: created, source: "demo", changes: ["created": "demo inventory"])
                )
            }
            try await store.findings.save(savedFindings, events: events, organizationID: clinic.id)
        }
    }

    /// Two training modules, last quarter's completions and a phishing simulation: the front desk lags.
    func seedTraining(_ clinic: Organization, now: Date) async throws {
        let service = TrainingService(database: operations.database)
        _ = try await service.saveModule(
            TrainingModule(
                id: "phishing-basics",
                title: "Spotting phishing and fake sign-in pages",
                topic: "phishing",
                hicpPractice: "1",
                cpgGoal: "E4",
                minutes: 20
            ),
            organizationID: clinic.id
        )
        _ = try await service.saveModule(
            TrainingModule(
                id: "hipaa-refresher",
                title: "Protecting patient information day to day",
                topic: "privacy",
                hicpPractice: "10",
                cpgGoal: "E4",
                minutes: 30
            ),
            organizationID: clinic.id
        )
        let month = { (back: Double) in String(CalendarDate(now.addingTimeInterval(-back * 86_400)).description) }
        let people: [(String, String, Bool)] = [
            ("Ana Ruiz", "Front desk", true), ("Ben Cole", "Front desk", false), ("Chris Park", "Front desk", false),
            ("Dr. Ellen Lind", "Clinical", true), ("Ravi Shah", "Clinical", true), ("Marcus Osei", "Billing", true),
        ]
        var completions = ["person,department,module,assigned_at,completed_at"]
        var phishing = ["campaign,person,department,sent_at,clicked,reported"]
        for (index, (person, department, done)) in people.enumerated() {
            completions.append("\(person),\(department),phishing-basics,\(month(60)),\(done ? month(55) : "")")
            phishing.append(
                "Quarterly test,\(person),\(department),\(month(30)),\(index == 1 || index == 2 ? "yes" : "no"),\(done ? "yes" : "no")"
            )
        }
        _ = try await service.importRecords(
            completions.joined(separator: "\n"),
            file: "demo-lms.csv",
            organizationID: clinic.id
        )
        _ = try await service.importPhishing(
            phishing.joined(separator: "\n"),
            file: "demo-phishing.csv",
            organizationID: clinic.id
        )
    }

    /// A closed phishing incident that touched three patients' records (two reports filed, the HHS log due after the
    /// year ends) and an open ransomware tabletop exercise halfway through its playbook.
    func seedIncidents(_ clinic: Organization, now: Date) async throws {
        let database = operations.database
        let service = IncidentService(database: database, clock: operations.clock)
        guard let owner = try await database.store.users.get(email: Self.ownerEmail) else { return }
        let actor = AssessmentService.Actor(userID: owner.id, name: owner.email)
        var phishing = try await service.create(
            Incident(
                organizationID: clinic.id,
                title: "Billing mailbox taken over by a phishing e-mail",
                kind: .phishing,
                summary:
                    "A biller entered her password on a fake sign-in page; the attacker read the mailbox for two hours and sent invoices with changed bank details. Three patients' statements were in the mailbox.",
                occurredAt: now.addingTimeInterval(-41 * 86_400),
                discoveredAt: now.addingTimeInterval(-40 * 86_400),
                timeZone: "America/Chicago",
                affectedSystems: ["hosted e-mail"],
                phiInvolved: true,
                individualsAffected: 3,
                statesAffected: ["IA": 3],
                people: ["Dana Whitfield — incident lead", "Marcus Osei — patient letters"],
                contactName: "Dana Whitfield",
                contactEmail: Self.ownerEmail
            ),
            actor: actor
        )
        try await service.addTimeline(
            "Password reset, sessions revoked, forwarding rule removed; second factor turned on for billing.",
            at: phishing.discoveredAt.addingTimeInterval(3_600),
            incidentID: phishing.id,
            organizationID: clinic.id,
            actor: actor
        )
        for step in Playbooks.all[.phishing]?.steps.map(\.id) ?? [] {
            try await service.setStep(
                step,
                done: true,
                incidentID: phishing.id,
                organizationID: clinic.id,
                actor: actor
            )
        }
        let obligations = try await service.overview(phishing.id, organization: clinic).obligations
        for obligation in obligations
        where obligation.rule.id.contains("individual") || obligation.rule.legalStatus == .voluntary {
            try await service.file(
                obligation.id,
                reference: nil,
                incident: phishing.id,
                organization: clinic,
                actor: actor
            )
        }
        phishing.status = .closed
        _ = try await service.update(phishing, actor: actor)

        let tabletop = try await service.create(
            Incident(
                organizationID: clinic.id,
                title: "Tabletop: ransomware on the front-desk PCs",
                kind: .ransomware,
                isExercise: true,
                summary:
                    "Exercise: Monday 7:30, screens show a ransom note; the scheduling system and the imaging workstation are encrypted.",
                discoveredAt: now.addingTimeInterval(-2 * 3_600),
                timeZone: "America/Chicago",
                affectedSystems: ["front-desk PCs", "scheduling", "imaging workstation"],
                ransomDemanded: true,
                downtimeProcedures: true,
                people: ["Dana Whitfield — incident lead", "Dr. Ellen Lind — clinical lead"]
            ),
            actor: actor
        )
        for step in (Playbooks.all[.ransomware]?.steps.map(\.id) ?? []).prefix(4) {
            try await service.setStep(
                step,
                done: true,
                incidentID: tabletop.id,
                organizationID: clinic.id,
                actor: actor
            )
        }
    }

    /// A half-finished small-organization HICP assessment: eleven of nineteen sub-practices answered, one signed off
    /// by the compliance officer, one with linked evidence — enough for scores, coverage and a plan to show.
    func seedAssessment(_ clinic: Organization, now: Date) async throws {
        let database = operations.database
        let service = AssessmentService(database: database, catalog: FrameworkCatalog(), clock: operations.clock)
        guard let owner = try await database.store.users.get(email: Self.ownerEmail),
            let reviewer = try await database.store.users.get(email: "compliance@cedarvalley.example")
        else { return }
        let actor = AssessmentService.Actor(userID: owner.id, name: owner.email)
        let assessment = try await service.create(
            organization: clinic,
            framework: "hicp@2018",
            tier: nil,
            title: "HICP self-assessment 2026",
            questionnaire: SizeQuestionnaire(
                providers: 6,
                beds: 0,
                workforce: 38,
                itStaff: 1,
                securityStaff: 0,
                itAssets: 85,
                outsourcedIT: true
            ),
            actor: actor
        )
        let due = { (days: Double) in CalendarDate(now.addingTimeInterval(days * 86_400)).description }
        let answers: [AssessmentService.AnswerInput] = [
            .init(
                requirementID: "1.S.A",
                status: "implemented",
                maturity: 3,
                notes: "Hosted mail with attachment sandboxing; SPF, DKIM and DMARC (quarantine) published."
            ),
            .init(
                requirementID: "1.S.B",
                status: "partial",
                maturity: 2,
                notes: "Yearly training at onboarding; front desk staff hired this year have not had it.",
                owner: "Marcus Osei",
                dueDate: due(45)
            ),
            .init(requirementID: "1.S.C", status: "not_implemented", owner: "Dana Whitfield", dueDate: due(90)),
            .init(
                requirementID: "2.S.A",
                status: "partial",
                maturity: 2,
                notes: "Antivirus on all PCs; two imaging workstations still on an unsupported Windows version."
            ),
            .init(
                requirementID: "3.S.A",
                status: "partial",
                notes: "Second factor on e-mail; the EHR's remote access still uses passwords only.",
                owner: "Dana Whitfield",
                dueDate: due(30),
                markedForReview: true
            ),
            .init(requirementID: "4.S.A", status: "implemented", maturity: 3),
            .init(
                requirementID: "4.S.B",
                status: "planned",
                notes: "Offsite backups weekly; no restore test yet.",
                owner: "Dana Whitfield",
                dueDate: due(21)
            ),
            .init(
                requirementID: "5.S.A",
                status: "partial",
                notes: "Spreadsheet of PCs; printers and devices missing."
            ),
            .init(
                requirementID: "6.S.A",
                status: "not_implemented",
                notes: "One flat network; infusion pumps share the office VLAN.",
                owner: "Dana Whitfield",
                dueDate: due(120)
            ),
            .init(requirementID: "7.S.A", status: "planned", owner: "Priya Raman", dueDate: due(60)),
            .init(requirementID: "8.S.A", status: "not_implemented", owner: "Marcus Osei", dueDate: due(60)),
        ]
        _ = try await service.answer(answers, assessmentID: assessment.id, organizationID: clinic.id, actor: actor)
        _ = try await service.attachLink(
            "https://intranet.cedarvalley.example/policies/email-security",
            title: "E-mail security settings (intranet)",
            requirementID: "1.S.A",
            assessmentID: assessment.id,
            organizationID: clinic.id,
            actor: actor
        )
        _ = try await service.sign(
            requirementID: "1.S.A",
            assessmentID: assessment.id,
            organizationID: clinic.id,
            actor: AssessmentService.Actor(userID: reviewer.id, name: reviewer.email)
        )
    }
}
