import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOFoundationCompat
import WardCore
import WardInterop
import WardResponse
import WardStore

/// The inventory pages: assets (imports of scans and spreadsheets, a CSV download, one asset with its medical-device
/// view and edits) and findings (filters, remediation figures and their weekly trend, one finding with its history and
/// decisions, the organization's remediation clocks).
///
/// Every POST checks the organization and the role before it reads the body.
extension UIRoutes {
    func addAssetRoutes(to router: Router<Context>) {
        router.get("orgs/:org/assets", use: assetsPage)
        router.get("orgs/:org/assets.csv", use: downloadAssetsCSV)
        router.post("orgs/:org/assets/import", use: importAssets)
        router.get("orgs/:org/assets/:asset", use: assetPage)
        router.post("orgs/:org/assets/:asset/edit", use: editAsset)
        router.post("orgs/:org/assets/:asset/not-medical", use: markNotMedical)
        router.get("orgs/:org/findings", use: findingsPage)
        router.post("orgs/:org/findings/policy", use: saveRemediationPolicy)
        router.get("orgs/:org/findings/:finding", use: findingPage)
        router.post("orgs/:org/findings/:finding/false-positive", use: markFindingFalsePositive)
        router.post("orgs/:org/findings/:finding/accept", use: acceptFindingRisk)
        router.post("orgs/:org/findings/:finding/reopen", use: reopenFinding)
    }

    private var inventoryService: InventoryService {
        InventoryService(database: services.database, clock: services.clock)
    }

    private func inventoryActor(_ context: Context) throws -> AssessmentService.Actor {
        let (user, _) = try signedIn(context)
        return AssessmentService.Actor(userID: user.id, name: user.email, sourceAddress: context.remoteAddress)
    }

    /// Assets on one page of the inventory.
    static let assetsPerPage = 500

    /// The largest file the import form takes.
    static let inventoryImportLimit = 128 << 20

    // MARK: Assets

    @Sendable func assetsPage(_ request: Request, context: Context) async throws -> Response {
        try await renderAssets(request, context, notice: services.notices.read(request), error: nil, status: .ok)
    }

    private func renderAssets(
        _ request: Request,
        _ context: Context,
        notice: String?,
        error: String?,
        status: HTTPResponse.Status,
        format: String = "nmap",
        mapping: String = ""
    ) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        let medicalOnly = request.uri.queryParameters.get("medical") == "true"
        var data = try await layoutData(
            context,
            title: medicalOnly ? "Medical devices" : "Assets",
            organization: organization,
            role: role,
            page: "assets"
        )
        // A page at a time: a health system's inventory of tens of thousands of devices is not one HTML page.
        let total = try await services.store.assets.count(organizationID: organization.id, medicalOnly: medicalOnly)
        let pageCount = max(1, (total + Self.assetsPerPage - 1) / Self.assetsPerPage)
        let pageNumber = min(max(Int(request.uri.queryParameters.get("page") ?? "") ?? 1, 1), pageCount)
        let assets = try await services.store.assets.list(
            organizationID: organization.id,
            medicalOnly: medicalOnly,
            limit: Self.assetsPerPage,
            offset: (pageNumber - 1) * Self.assetsPerPage
        )
        if pageCount > 1 {
            let first = (pageNumber - 1) * Self.assetsPerPage + 1
            data["shown"] = "\(first)–\(first + assets.count - 1)"
            let query = medicalOnly ? "&medical=true" : ""
            if pageNumber > 1 { data["previousPage"] = "?page=\(pageNumber - 1)\(query)" }
            if pageNumber < pageCount { data["nextPage"] = "?page=\(pageNumber + 1)\(query)" }
        }
        data["assets"] = assets.map { asset -> [String: Any] in
            [
                "id": asset.id.uuidString, "name": asset.name, "addresses": asset.addresses.joined(separator: " "),
                "owner": asset.owner ?? "–", "vendor": asset.interfaceVendor ?? "–",
                "ports": asset.services.map { "\($0.port)/\($0.transport)" + ($0.product.map { " \($0)" } ?? "") }
                    .joined(separator: ", "),
                "medical": asset.medical.map { "\($0.manufacturer) \($0.model)" }
                    ?? (asset.likelyMedical ? "likely (by interface maker)" : "–"),
                "lastSeen": Self.day(asset.lastSeen),
            ]
        }
        data["count"] = total
        data["medicalOnly"] = medicalOnly
        data["canWrite"] = role.allows(.writeSecurityData)
        data["formats"] = [
            ("nmap", "nmap scan (XML, nmap -oX)"), ("nessus", "Nessus export (.nessus)"),
            ("openvas", "OpenVAS / Greenbone report (XML)"), ("csv", "Spreadsheet (CSV)"),
        ].map { ["value": $0.0, "label": $0.1, "selected": $0.0 == format] as [String: Any] }
        data["mapping"] = mapping
        data["fields"] = AssetCSV.Field.allCases.map(\.rawValue).joined(separator: ", ")
        data["limit"] = "\(Self.inventoryImportLimit >> 20) MiB"
        data["notice"] = notice
        data["error"] = error
        return pages.render("assets", data, status: status)
    }

    /// The inventory as CSV, in the columns the import reads (`?medical=true` for medical devices only).
    @Sendable func downloadAssetsCSV(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .read)
        let medicalOnly = request.uri.queryParameters.get("medical") == "true"
        let assets = try await services.store.assets.list(organizationID: organization.id, medicalOnly: medicalOnly)
        try await services.audit(
            .export,
            organizationID: organization.id,
            principal: context.principal,
            target: "assets.csv",
            context: context,
            details: ["assets": "\(assets.count)"]
        )
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8",
                .contentDisposition: "attachment; filename=\"\(medicalOnly ? "medical-devices" : "assets").csv\"",
            ],
            body: .init(byteBuffer: ByteBuffer(string: AssetCSV.export(assets)))
        )
    }

    @Sendable func importAssets(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .writeSecurityData)
        guard let boundary = MultipartForm.boundary(contentType: request.headers[.contentType]) else {
            throw WardError(.invalidInput, "send the file from the import form (multipart/form-data)", location: "file")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: Self.inventoryImportLimit + 64 * 1024)
        } catch {
            throw WardError(
                .tooLarge,
                "import files are limited to \(Self.inventoryImportLimit >> 20) MiB",
                location: "file"
            )
        }
        let form = try MultipartForm(Array(buffer: buffer), boundary: boundary)
        try checkCSRF(form["_csrf"], request, context)
        let format = form["format"] ?? "nmap"
        let mapping = form["mapping"] ?? ""
        do {
            guard let file = form.file("file"), !(file.fileName ?? "").isEmpty || !file.content.isEmpty else {
                throw WardError(.invalidInput, "choose a file to import", location: "file")
            }
            let notice = try await importInventoryFile(
                file,
                format: format,
                mapping: mapping,
                organizationID: organization.id,
                actor: try inventoryActor(context)
            )
            return Self.redirect("/orgs/\(organization.id.uuidString)/assets?" + services.notices.query(for: notice))
        } catch let error as WardError where [.invalidInput, .tooLarge].contains(error.code) {
            return try await renderAssets(
                request,
                context,
                notice: nil,
                error: Self.explain(error),
                status: .badRequest,
                format: format,
                mapping: mapping
            )
        }
    }

    /// Runs the importer for the chosen kind of file and says what it did.
    private func importInventoryFile(
        _ file: MultipartForm.Part,
        format: String,
        mapping: String,
        organizationID: UUID,
        actor: AssessmentService.Actor
    ) async throws -> String {
        let data = Data(file.content)
        let service = inventoryService
        switch format {
        case "nmap":
            let name = Self.uploadName(file, default: "upload.xml")
            let result = try await service.importNmap(data, file: name, organizationID: organizationID, actor: actor)
            return
                "Read \(Self.count(result.hostsRead, "host")) from \(name): \(result.created) new, \(result.updated) updated, "
                + "\(result.unchanged) unchanged"
                + (result.scanFinished ? "." : ". nmap stopped before it finished, so some hosts may be missing.")
        case "nessus":
            let name = Self.uploadName(file, default: "upload.nessus")
            let result = try await service.importNessus(
                data,
                file: name,
                organizationID: organizationID,
                actor: actor,
                policy: try await service.remediationPolicy(organizationID: organizationID)
            )
            return "Read \(Self.count(result.hostsRead, "host")) from \(name): \(result.assetsCreated) new, "
                + "\(result.assetsUpdated) updated; findings: \(result.findingsOpened) new, "
                + "\(result.findingsReopened) back again, \(result.findingsClosed) fixed."
        case "openvas":
            let name = Self.uploadName(file, default: "upload.xml")
            let result = try await service.importOpenVAS(data, file: name, organizationID: organizationID, actor: actor)
            return "Read \(Self.count(result.hostsRead, "host")) from \(name): \(result.assetsCreated) new, "
                + "\(result.assetsUpdated) updated; findings: \(result.findingsOpened) new, "
                + "\(result.findingsReopened) back again, \(result.findingsClosed) fixed"
                + (result.scanFinished ? "." : ". The scan did not finish, so some hosts may be missing.")
        case "csv":
            let name = Self.uploadName(file, default: "upload.csv")
            let result = try await service.importCSV(
                String(decoding: data, as: UTF8.self),
                file: name,
                mapping: try AssetCSV.mapping(parsing: mapping, location: "column names"),
                organizationID: organizationID,
                actor: actor
            )
            let ignored =
                result.ignoredColumns.isEmpty
                ? "" : " Columns not used: \(result.ignoredColumns.joined(separator: ", "))."
            return
                "Read \(Self.count(result.rowsRead, "row")) from \(name): \(result.created) new, \(result.updated) updated, "
                + "\(result.unchanged) unchanged." + ignored
        default:
            throw WardError(
                .invalidInput,
                "choose the kind of file: nmap, Nessus, OpenVAS or a spreadsheet (CSV)",
                location: "kind of file"
            )
        }
    }

    private static func uploadName(_ file: MultipartForm.Part, default name: String) -> String {
        guard let given = file.fileName?.trimmingCharacters(in: .whitespaces), !given.isEmpty else { return name }
        return given
    }

    // MARK: One asset

    private func assetURL(_ organization: Organization, _ id: UUID) -> String {
        "/orgs/\(organization.id.uuidString)/assets/\(id.uuidString)"
    }

    @Sendable func assetPage(_ request: Request, context: Context) async throws -> Response {
        try await renderAsset(context, notice: services.notices.read(request), error: nil, status: .ok, posted: nil)
    }

    private func renderAsset(
        _ context: Context,
        notice: String?,
        error: String?,
        status: HTTPResponse.Status,
        posted: FormData?
    ) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        let id = try context.parameters.uuid("asset")
        let asset = try await services.store.assets.get(id, organizationID: organization.id)
        var data = try await layoutData(
            context,
            title: asset.name,
            organization: organization,
            role: role,
            page: "assets"
        )
        func listed(_ values: [String]) -> String { values.isEmpty ? "–" : values.joined(separator: ", ") }
        data["asset"] =
            [
                "id": asset.id.uuidString, "name": asset.name, "addresses": listed(asset.addresses),
                "macs": listed(asset.macs), "hostnames": listed(asset.hostnames),
                "vendor": asset.interfaceVendor ?? "unknown", "os": asset.operatingSystem ?? "unknown",
                "owner": asset.owner ?? "nobody named yet", "tags": listed(asset.tags),
                "firstSeen": Self.day(asset.firstSeen), "lastSeen": Self.day(asset.lastSeen),
                "likelyMedical": asset.likelyMedical && asset.medical == nil,
            ] as [String: Any]
        data["services"] = asset.services.map {
            [
                "port": "\($0.port)/\($0.transport)", "name": $0.name ?? "–", "product": $0.product ?? "–",
                "version": $0.version ?? "–",
            ]
        }
        let policy = try await inventoryService.remediationPolicy(organizationID: organization.id)
        let now = services.clock()
        data["findings"] = try await services.store.findings.of(
            assets: [asset.id],
            status: .open,
            organizationID: organization.id
        ).values
            .sorted { ($1.severity, $0.firstSeen) < ($0.severity, $1.firstSeen) }
            .map { Self.findingRow($0, policy: policy, now: now) }
        if let device = asset.medical { data["medical"] = Self.medicalView(device, today: CalendarDate(now)) }
        data["history"] = try await services.store.assets.history(asset.id, organizationID: organization.id)
            .reversed().map { change -> [String: Any] in
                [
                    "at": Self.show(change.at), "source": change.source,
                    "changes": change.changes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
                        .joined(separator: "; "),
                ]
            }
        let canWrite = role.allows(.writeSecurityData)
        data["canWrite"] = canWrite
        if canWrite { data.merge(Self.assetForm(asset, posted: posted)) { $1 } }
        data["canMarkNotMedical"] = asset.medical != nil || asset.likelyMedical
        data["notice"] = notice
        data["error"] = error
        return pages.render("asset", data, status: status)
    }

    private static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }

    private static let criticalityLabels: [(ClinicalCriticality, String)] = [
        (.lifeSustaining, "life-sustaining"),
        (.lifeSupporting, "life-supporting"), (.diagnostic, "diagnostic"), (.other, "other"),
    ]

    /// A document reference as a link (http and https only) or as text.
    private static func document(_ reference: String?) -> [String: Any] {
        guard let reference, !reference.isEmpty else { return [:] }
        let lowered = reference.lowercased()
        if lowered.hasPrefix("https://") || lowered.hasPrefix("http://") { return ["documentURL": reference] }
        return ["documentText": reference]
    }

    private static func medicalView(_ device: MedicalDevice, today: CalendarDate) -> [String: Any] {
        var view: [String: Any] = [
            "manufacturer": device.manufacturer, "model": device.model, "serial": device.serial ?? "–",
            "firmware": device.softwareVersion ?? "–", "deviceType": device.deviceType ?? "–",
            "clinicalFunction": device.clinicalFunction ?? "–", "location": device.location ?? "–",
            "department": device.department ?? "–", "segment": device.networkSegment ?? "–",
            "criticality": criticalityLabels.first { $0.0 == device.criticality }?.1 ?? device.criticality.rawValue,
            "storesPHI": yesNo(device.storesPHI), "sendsPHI": yesNo(device.sendsPHI),
            "endOfSupport": device.endOfSupport?.description ?? "not known",
            "supportEnded": device.endOfSupport.map { $0 < today } ?? false,
            "remoteAccess": yesNo(device.vendorRemoteAccess),
        ]
        if let mds2 = device.mds2 {
            var form: [String: Any] = [
                "answers": MDS2Summary.keyQuestions.map { question, text, path -> [String: Any] in
                    ["question": text, "answer": mds2[keyPath: path].map(yesNo) ?? "the form does not say"]
                },
                "other": mds2.otherAnswers.sorted { $0.key < $1.key }.map { ["question": $0.key, "answer": $0.value] },
            ]
            if let version = mds2.formVersion { form["version"] = version }
            if let date = mds2.formDate { form["date"] = date.description }
            form.merge(document(mds2.document)) { $1 }
            view["mds2"] = form
        }
        if let sbom = device.sbom {
            var reference: [String: Any] = ["format": sbom.format, "name": sbom.name]
            if let count = sbom.componentCount { reference["components"] = count }
            reference.merge(document(sbom.document)) { $1 }
            view["sbom"] = reference
        }
        return view
    }

    /// The edit form's values: what was posted when the form comes back with an error, otherwise what is on file.
    private static func assetForm(_ asset: Asset, posted: FormData?) -> [String: Any] {
        let device = asset.medical
        let mds2 = device?.mds2
        func value(_ name: String, _ current: String?) -> String { posted.map { $0[name] ?? "" } ?? current ?? "" }
        func checked(_ name: String, _ current: Bool?) -> Bool { posted.map { $0[name] == "yes" } ?? current ?? false }
        let edit: [String: Any] = [
            "name": value("name", asset.name), "owner": value("owner", asset.owner),
            "tags": value("tags", asset.tags.joined(separator: ", ")),
            "manufacturer": value("manufacturer", device?.manufacturer), "model": value("model", device?.model),
            "serial": value("serial", device?.serial), "firmware": value("firmware", device?.softwareVersion),
            "deviceType": value("device_type", device?.deviceType),
            "clinicalFunction": value("clinical_function", device?.clinicalFunction),
            "location": value("location", device?.location), "department": value("department", device?.department),
            "segment": value("network_segment", device?.networkSegment),
            "endOfSupport": value("end_of_support", device?.endOfSupport?.description),
            "storesPHI": checked("stores_phi", device?.storesPHI), "sendsPHI": checked("sends_phi", device?.sendsPHI),
            "remoteAccess": checked("vendor_remote_access", device?.vendorRemoteAccess),
            "mds2Version": value("mds2_version", mds2?.formVersion),
            "mds2Date": value("mds2_date", mds2?.formDate?.description),
            "mds2Document": value("mds2_document", mds2?.document),
            "sbomName": value("sbom_name", device?.sbom?.name),
            "sbomDocument": value("sbom_document", device?.sbom?.document),
            "sbomComponents": value("sbom_components", device?.sbom?.componentCount.map(String.init)),
        ]
        let criticality = value("criticality", (device?.criticality ?? .other).rawValue)
        let sbomFormat = value("sbom_format", device?.sbom?.format.lowercased() ?? "cyclonedx")
        return [
            "edit": edit,
            "criticalities": criticalityLabels.map {
                ["value": $0.0.rawValue, "label": $0.1, "selected": $0.0.rawValue == criticality] as [String: Any]
            },
            "questions": MDS2Summary.keyQuestions.map { key, question, path -> [String: Any] in
                let answer = value("mds2_\(key)", mds2?[keyPath: path].map { $0 ? "yes" : "no" })
                return [
                    "key": key, "question": question,
                    "options": [("", "the form does not say"), ("yes", "yes"), ("no", "no")].map {
                        ["value": $0.0, "label": $0.1, "selected": $0.0 == answer] as [String: Any]
                    },
                ]
            },
            "sbomFormats": [("cyclonedx", "CycloneDX"), ("spdx", "SPDX")].map {
                ["value": $0.0, "label": $0.1, "selected": $0.0 == sbomFormat] as [String: Any]
            },
        ]
    }

    /// The edit a posted form asks for. Fields missing from the form stay as they are; empty medical-device details
    /// leave the device as it is (the "not a medical device" button clears them).
    static func assetEdit(from form: FormData, current asset: Asset) throws -> AssetEdit {
        func text(_ name: String) -> String? {
            let value = form[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return value.isEmpty ? nil : value
        }
        func date(_ name: String, _ label: String) throws -> CalendarDate? {
            try text(name).map { try CalendarDate(parsing: $0, location: label) }
        }
        var edit = AssetEdit()
        edit.name = form["name"]
        edit.owner = form["owner"]
        edit.tags = form["tags"].map {
            $0.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        if text("manufacturer") != nil || text("model") != nil {
            guard let criticality = ClinicalCriticality(rawValue: form["criticality"] ?? "other") else {
                throw WardError(.invalidInput, "choose how much patient care depends on it", location: "criticality")
            }
            edit.medical = MedicalDevice(
                manufacturer: text("manufacturer") ?? "",
                model: text("model") ?? "",
                serial: text("serial"),
                softwareVersion: text("firmware"),
                deviceType: text("device_type"),
                clinicalFunction: text("clinical_function"),
                location: text("location"),
                department: text("department"),
                networkSegment: text("network_segment"),
                criticality: criticality,
                storesPHI: form["stores_phi"] == "yes",
                sendsPHI: form["sends_phi"] == "yes",
                endOfSupport: try date("end_of_support", "end of support"),
                vendorRemoteAccess: form["vendor_remote_access"] == "yes"
            )
        }
        var mds2 = MDS2Summary(
            formVersion: text("mds2_version"),
            formDate: try date("mds2_date", "MDS2 date"),
            document: text("mds2_document"),
            otherAnswers: asset.medical?.mds2?.otherAnswers ?? [:]
        )
        // The same reading as `ward assets edit --mds2`: yes, no, or empty for "the form does not say".
        for question in MDS2Summary.keyQuestions {
            try mds2.set("\(question.key)=\(form["mds2_\(question.key)"] ?? "")", location: "MDS2")
        }
        if mds2 != MDS2Summary(otherAnswers: mds2.otherAnswers) { edit.mds2 = mds2 }
        if let name = text("sbom_name") {
            var count: Int?
            if let text = text("sbom_components") {
                guard let number = Int(text), number >= 0 else {
                    throw WardError(
                        .invalidInput,
                        "the number of components is a whole number, such as 120",
                        location: "SBOM components"
                    )
                }
                count = number
            }
            edit.sbom = SBOMReference(
                format: form["sbom_format"] ?? "cyclonedx",
                name: name,
                document: text("sbom_document"),
                componentCount: count
            )
        } else if text("sbom_document") != nil || text("sbom_components") != nil {
            throw WardError(
                .invalidInput,
                "give the SBOM a name (its title or file name) to link it",
                location: "SBOM name"
            )
        }
        return edit
    }

    @Sendable func editAsset(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .writeSecurityData)
        let form = try await verifiedForm(request, context)
        let id = try context.parameters.uuid("asset")
        let asset = try await services.store.assets.get(id, organizationID: organization.id)
        do {
            let updated = try await inventoryService.edit(
                id,
                try Self.assetEdit(from: form, current: asset),
                organizationID: organization.id,
                actor: try inventoryActor(context)
            )
            let notice = updated == asset ? "Nothing changed." : "Saved \(updated.name)."
            return Self.redirect(assetURL(organization, id) + "?" + services.notices.query(for: notice))
        } catch let error as WardError where error.code == .invalidInput {
            return try await renderAsset(
                context,
                notice: nil,
                error: Self.explain(error),
                status: .badRequest,
                posted: form
            )
        }
    }

    @Sendable func markNotMedical(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .writeSecurityData)
        _ = try await verifiedForm(request, context)
        let id = try context.parameters.uuid("asset")
        let updated = try await inventoryService.edit(
            id,
            AssetEdit(notMedical: true),
            organizationID: organization.id,
            actor: try inventoryActor(context)
        )
        return Self.redirect(
            assetURL(organization, id) + "?"
                + services.notices.query(for: "Recorded: \(updated.name) is not a medical device.")
        )
    }

    // MARK: Findings

    private static let statusLabels: [(FindingStatus, String)] = [
        (.open, "open"), (.closed, "fixed"), (.falsePositive, "false positive"), (.riskAccepted, "risk accepted"),
    ]

    private static func findingRow(_ finding: Finding, policy: RemediationPolicy, now: Date) -> [String: Any] {
        let overdue = policy.isOverdue(finding, at: now)
        var row: [String: Any] = [
            "key": encodedKey(finding.key), "severity": finding.severity.rawValue, "title": finding.title,
            "source": finding.source, "rule": finding.rule, "firstSeen": day(finding.firstSeen),
            "due": policy.dueDate(of: finding).map(day) ?? "no deadline",
            "state": overdue ? "overdue" : finding.status.rawValue,
            "stateLabel": overdue ? "overdue" : statusLabels.first { $0.0 == finding.status }?.1 ?? "",
        ]
        if let port = finding.port { row["port"] = "\(port)/\(finding.transport ?? "tcp")" }
        if let cve = finding.cve { row["cve"] = cve }
        return row
    }

    @Sendable func findingsPage(_ request: Request, context: Context) async throws -> Response {
        try await renderFindings(request, context, notice: services.notices.read(request), error: nil, status: .ok)
    }

    private func renderFindings(
        _ request: Request,
        _ context: Context,
        notice: String?,
        error: String?,
        status: HTTPResponse.Status,
        posted: FormData? = nil
    ) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        var data = try await layoutData(
            context,
            title: "Findings",
            organization: organization,
            role: role,
            page: "findings"
        )
        var error = error
        var status = status
        let query = request.uri.queryParameters
        let statusText = query.get("status").map { String($0) } ?? "open"
        var statusFilter: FindingStatus? = .open
        if statusText == "all" {
            statusFilter = nil
        } else if let chosen = FindingStatus(rawValue: statusText) {
            statusFilter = chosen
        } else {
            error = "There is no status '\(statusText)'; showing open findings."
            status = .badRequest
        }
        let severityText = query.get("severity").map { String($0) } ?? "info"
        let minimum = Severity(rawValue: severityText) ?? .info
        if Severity(rawValue: severityText) == nil {
            error = "There is no severity '\(severityText)'; showing all severities."
            status = .badRequest
        }
        let limit = 200
        let findings = try await services.store.findings.list(
            organizationID: organization.id,
            status: statusFilter,
            minimumSeverity: minimum,
            limit: limit
        )
        // The names of the assets on this page only: an inventory of 50,000 devices is not read for 200 rows.
        let names = try await services.store.assets.names(
            of: Set(findings.map(\.assetID)),
            organizationID: organization.id
        )
        let policy = try await inventoryService.remediationPolicy(organizationID: organization.id)
        let now = services.clock()
        data["findings"] = findings.sorted { ($1.severity, $0.firstSeen) < ($0.severity, $1.firstSeen) }.map {
            finding -> [String: Any] in
            var row = Self.findingRow(finding, policy: policy, now: now)
            row["asset"] = names[finding.assetID] ?? "–"
            if names[finding.assetID] != nil { row["assetID"] = finding.assetID.uuidString }
            row["help"] = Directory.entries(for: FindingKind.of(finding), size: organization.sizeTier).map {
                ["title": $0.title, "url": $0.url]
            }
            return row
        }
        data["truncated"] = findings.count == limit
        data["shown"] = limit
        data["statuses"] = (Self.statusLabels.map { ($0.0.rawValue, $0.1) } + [("all", "all")]).map {
            ["value": $0.0, "label": $0.1, "selected": $0.0 == (statusFilter?.rawValue ?? "all")] as [String: Any]
        }
        data["severities"] = Severity.allCases.map {
            ["value": $0.rawValue, "label": $0.rawValue, "selected": $0 == minimum] as [String: Any]
        }
        let snapshots = FindingSnapshots(database: services.database, clock: services.clock)
        let current = try await snapshots.current(organizationID: organization.id)
        let metrics = current.metrics
        func days(_ value: Double?) -> String { value.map { String(Int($0.rounded())) } ?? "–" }
        data["metrics"] =
            [
                "open": metrics.openBySeverity.values.reduce(0, +), "overdue": metrics.overdue,
                "medianAge": days(metrics.medianOpenAgeDays), "maximumAge": days(metrics.maximumOpenAgeDays),
                "medianFix": days(metrics.medianDaysToMitigate),
            ] as [String: Any]
        data["bySeverity"] = Severity.allCases.reversed().map {
            ["label": $0.rawValue, "count": metrics.openBySeverity[$0] ?? 0] as [String: Any]
        }
        let stored = try await services.store.findingSnapshots.list(organizationID: organization.id, limit: 12)
        let weeks = Array(
            (stored.filter { $0.week != current.week } + [current]).sorted { $0.week < $1.week }.suffix(12)
        )
        data["weeks"] = weeks.map { week -> [String: Any] in
            let counts = week.metrics.openBySeverity
            return [
                "week": week.week, "current": week.week == current.week,
                "open": counts.values.reduce(0, +), "criticalHigh": (counts[.critical] ?? 0) + (counts[.high] ?? 0),
                "overdue": week.metrics.overdue, "medianAge": days(week.metrics.medianOpenAgeDays),
            ]
        }
        data["chart"] = Self.trendChart(weeks)
        data["policy"] = Self.policyData(policy, posted: posted)
        data["canManage"] = role.allows(.manageOrganization)
        data["notice"] = notice
        data["error"] = error
        return pages.render("findings", data, status: status)
    }

    /// Bars of open findings per week for an inline SVG: 100 units tall at most, labelled with the count and the
    /// week's day and month.
    private static func trendChart(_ weeks: [FindingSnapshotRecords.Snapshot]) -> [String: Any] {
        let barWidth = 32
        let step = 44
        let counts = weeks.map { $0.metrics.openBySeverity.values.reduce(0, +) }
        let highest = max(1, counts.max() ?? 0)
        let bars = zip(weeks, counts).enumerated().map { index, pair -> [String: Any] in
            let (week, open) = pair
            let height = open == 0 ? 0 : max(2, Int((Double(open) / Double(highest) * 90).rounded()))
            let x = 8 + index * step
            return [
                "x": x, "y": 106 - height, "height": height, "barWidth": barWidth, "center": x + barWidth / 2,
                "countY": 102 - height, "open": open, "overdue": week.metrics.overdue, "week": week.week,
                "short": String(week.week.dropFirst(5)),
            ]
        }
        return ["bars": bars, "width": 16 + max(1, weeks.count) * step]
    }

    private static func policyData(_ policy: RemediationPolicy, posted: FormData?) -> [String: Any] {
        func clock(_ days: Int?) -> String { days.map { "\($0) days" } ?? "no deadline" }
        func value(_ name: String, _ days: Int?) -> String { posted?[name] ?? days.map(String.init) ?? "" }
        return [
            "summary": "critical \(clock(policy.criticalDays)), high \(clock(policy.highDays)), "
                + "medium \(clock(policy.mediumDays)), low \(clock(policy.lowDays))",
            "critical": value("critical", policy.criticalDays), "high": value("high", policy.highDays),
            "medium": value("medium", policy.mediumDays), "low": value("low", policy.lowDays),
        ]
    }

    @Sendable func saveRemediationPolicy(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .manageOrganization)
        let form = try await verifiedForm(request, context)
        do {
            func days(_ name: String, _ label: String, required: Bool) throws -> Int? {
                let text = form[name]?.trimmingCharacters(in: .whitespaces) ?? ""
                if text.isEmpty && !required { return nil }
                guard let days = Int(text), (1...3_650).contains(days) else {
                    throw WardError(
                        .invalidInput,
                        "the days for \(label) findings are a whole number from 1 to 3650",
                        location: label
                    )
                }
                return days
            }
            var policy = try await inventoryService.remediationPolicy(organizationID: organization.id)
            policy.criticalDays = try days("critical", "critical", required: true) ?? policy.criticalDays
            policy.highDays = try days("high", "high", required: true) ?? policy.highDays
            policy.mediumDays = try days("medium", "medium", required: false)
            policy.lowDays = try days("low", "low", required: false)
            try await inventoryService.setRemediationPolicy(
                policy,
                organizationID: organization.id,
                actor: try inventoryActor(context)
            )
            return Self.redirect(
                "/orgs/\(organization.id.uuidString)/findings?"
                    + services.notices.query(for: "Remediation clocks saved.")
            )
        } catch let error as WardError where error.code == .invalidInput {
            return try await renderFindings(
                request,
                context,
                notice: nil,
                error: Self.explain(error),
                status: .badRequest,
                posted: form
            )
        }
    }

    // MARK: One finding

    /// The characters a finding key keeps in a URL; the rest (`|` above all) are percent-encoded.
    private static let keyCharacters = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
    )

    static func encodedKey(_ key: String) -> String {
        key.addingPercentEncoding(withAllowedCharacters: keyCharacters) ?? key
    }

    /// The finding key from the path, where it travels percent-encoded.
    private static func findingKey(_ context: Context) throws -> String {
        guard let raw = context.parameters.get("finding"), let key = raw.removingPercentEncoding, !key.isEmpty else {
            throw WardError(.notFound, "no such finding in this organization", location: "finding")
        }
        return key
    }

    private func findingURL(_ organization: Organization, _ key: String) -> String {
        "/orgs/\(organization.id.uuidString)/findings/\(Self.encodedKey(key))"
    }

    private static let eventLabels: [FindingEvent.Kind: String] = [
        .opened: "found", .reopened: "reopened", .closed: "no longer seen (fixed)", .verified: "fix confirmed",
        .markedFalsePositive: "marked false positive", .accepted: "risk accepted", .expired: "decision expired",
    ]

    @Sendable func findingPage(_ request: Request, context: Context) async throws -> Response {
        try await renderFinding(context, notice: services.notices.read(request), error: nil, status: .ok, posted: nil)
    }

    private func renderFinding(
        _ context: Context,
        notice: String?,
        error: String?,
        status: HTTPResponse.Status,
        posted: FormData?
    ) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        let detail = try await inventoryService.finding(try Self.findingKey(context), organizationID: organization.id)
        let finding = detail.finding
        let asset = try? await services.store.assets.get(finding.assetID, organizationID: organization.id)
        var data = try await layoutData(
            context,
            title: finding.title,
            organization: organization,
            role: role,
            page: "findings"
        )
        var view: [String: Any] = [
            "key": Self.encodedKey(finding.key), "title": finding.title, "severity": finding.severity.rawValue,
            "state": detail.overdue ? "overdue" : finding.status.rawValue,
            "stateLabel": Self.statusLabels.first { $0.0 == finding.status }?.1 ?? finding.status.rawValue,
            "source": finding.source, "rule": finding.rule, "firstSeen": Self.show(finding.firstSeen),
            "lastSeen": Self.show(finding.lastSeen), "due": detail.dueAt.map(Self.day) ?? "no deadline",
            "overdue": detail.overdue,
        ]
        if let port = finding.port { view["port"] = "\(port)/\(finding.transport ?? "tcp")" }
        if let cve = finding.cve { view["cve"] = cve }
        if let kev = finding.kevDueDate { view["kev"] = kev.description }
        if let closed = finding.closedAt { view["closedAt"] = Self.show(closed) }
        if finding.reopenCount > 0 { view["reopened"] = finding.reopenCount }
        data["finding"] = view
        if let asset {
            data["asset"] = ["id": asset.id.uuidString, "name": asset.name, "medical": asset.medical != nil]
        }
        if let mark = finding.falsePositive, finding.status == .falsePositive {
            data["falsePositive"] = [
                "reason": mark.reason, "by": mark.by, "at": Self.day(mark.at), "expires": Self.day(mark.expiresAt),
            ]
        }
        if let acceptance = finding.acceptance, finding.status == .riskAccepted {
            data["acceptance"] = [
                "approver": acceptance.approver, "at": Self.day(acceptance.at),
                "expires": Self.day(acceptance.expiresAt), "controls": acceptance.compensatingControls,
            ]
        }
        data["events"] = detail.events.reversed().map {
            ["at": Self.show($0.at), "kind": Self.eventLabels[$0.kind] ?? $0.kind.rawValue, "note": $0.note ?? ""]
        }
        data["help"] = Directory.entries(for: FindingKind.of(finding), size: organization.sizeTier).map {
            ["title": $0.title, "url": $0.url, "provider": $0.provider, "cost": $0.cost]
        }
        data["canWrite"] = role.allows(.writeSecurityData)
        data["isOpen"] = finding.status == .open
        data["tomorrow"] = CalendarDate(services.clock().addingTimeInterval(86_400)).description
        if let posted { data["posted"] = posted.fields }
        data["notice"] = notice
        data["error"] = error
        return pages.render("finding", data, status: status)
    }

    /// Runs a decision on a finding from its form; an input error shows the page again with the message.
    private func decideFinding(
        _ request: Request,
        _ context: Context,
        notice: String,
        _ decision: (FormData, AssessmentService.Actor, RemediationPolicy, Finding, Date) throws -> (
            Finding, FindingEvent
        )
    ) async throws -> Response {
        let (organization, _) = try await organization(context, .writeSecurityData)
        let form = try await verifiedForm(request, context)
        let key = try Self.findingKey(context)
        let actor = try inventoryActor(context)
        let policy = try await inventoryService.remediationPolicy(organizationID: organization.id)
        do {
            _ = try await inventoryService.decide(findingKey: key, organizationID: organization.id, actor: actor) {
                finding,
                now in
                try decision(form, actor, policy, finding, now)
            }
            return Self.redirect(findingURL(organization, key) + "?" + services.notices.query(for: notice))
        } catch let error as WardError where error.code == .invalidInput {
            return try await renderFinding(
                context,
                notice: nil,
                error: Self.explain(error),
                status: .badRequest,
                posted: form
            )
        }
    }

    /// The end (UTC) of a day chosen in a form.
    private static func endOfDay(_ text: String?, label: String) throws -> Date? {
        let text = text?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !text.isEmpty else { return nil }
        let day = try CalendarDate(parsing: text, location: label)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(
            from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 23, minute: 59, second: 59)
        )
    }

    @Sendable func markFindingFalsePositive(_ request: Request, context: Context) async throws -> Response {
        try await decideFinding(request, context, notice: "Marked a false positive.") {
            form,
            actor,
            policy,
            finding,
            now in
            try FindingsLifecycle.markFalsePositive(
                finding,
                reason: form["fp_reason"] ?? "",
                by: actor.name,
                at: now,
                expiresAt: try Self.endOfDay(form["fp_expires"], label: "counts again after"),
                policy: policy
            )
        }
    }

    @Sendable func acceptFindingRisk(_ request: Request, context: Context) async throws -> Response {
        try await decideFinding(request, context, notice: "Risk accepted.") { form, _, _, finding, now in
            guard let until = try Self.endOfDay(form["accept_expires"], label: "until") else {
                throw WardError(.invalidInput, "choose the date the acceptance ends", location: "until")
            }
            return try FindingsLifecycle.acceptRisk(
                finding,
                approver: form["approver"]?.trimmingCharacters(in: .whitespaces) ?? "",
                until: until,
                compensatingControls: form["controls"] ?? "",
                at: now
            )
        }
    }

    @Sendable func reopenFinding(_ request: Request, context: Context) async throws -> Response {
        try await decideFinding(request, context, notice: "Reopened.") { form, actor, _, finding, now in
            try FindingsLifecycle.reopen(finding, reason: form["reopen_reason"] ?? "", by: actor.name, at: now)
        }
    }

    // MARK: Helpers

    /// `1 host`, `2 hosts`.
    private static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    /// A day, `YYYY-MM-DD` (UTC).
    static func day(_ date: Date) -> String { CalendarDate(date).description }

    /// An error for a person: the message, after the place it is about unless the message names it already.
    static func explain(_ error: WardError) -> String {
        guard let location = error.location, !error.message.contains(location) else { return error.message }
        return "\(fieldLabels[location] ?? location): \(error.message)"
    }

    /// Plain names for the fields the services name in their errors.
    private static let fieldLabels: [String: String] = [
        "medical.manufacturer": "Manufacturer", "medical.model": "Model", "mds2": "MDS2", "sbom": "SBOM",
        "sbom.format": "SBOM format", "expiresAt": "Expiry", "compensatingControls": "Compensating controls",
        "approver": "Approved by", "reason": "Reason", "status": "Status", "name": "Name",
    ]
}
