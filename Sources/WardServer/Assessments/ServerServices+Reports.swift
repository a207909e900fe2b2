import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import WardCore
import WardReports

extension ServerServices {
    /// The executive report of an assessment as a page, recorded in the audit log as an export. The report carries its
    /// own inline stylesheet (so it can be saved and mailed as one file) and is served with a policy allowing only that.
    func executiveReportResponse(
        _ overview: AssessmentService.Overview,
        organization: Organization,
        context: WardRequestContext
    ) async throws -> Response {
        try await audit(
            .export,
            organizationID: organization.id,
            principal: context.principal,
            target: "assessment:\(overview.assessment.id.uuidString.lowercased())",
            context: context,
            details: ["format": "executive-report"]
        )
        let html = ExecutiveReport(
            organization: organization,
            assessment: overview.assessment,
            framework: overview.framework,
            scorecard: overview.scorecard,
            plan: overview.plan,
            library: overview.library,
            generatedAt: clock()
        ).html()
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/html; charset=utf-8", .contentSecurityPolicy: ExecutiveReport.contentSecurityPolicy,
            ],
            body: .init(byteBuffer: ByteBuffer(string: html))
        )
    }
}
