import Foundation
import WardAssessment
import WardCore
import WardFrameworks

/// The printable executive report of an assessment: scores by practice, threat coverage as an SVG chart, the status
/// of the HPH Cybersecurity Performance Goals, and the top ten actions.
///
/// One self-contained HTML page (inline CSS and SVG, no script, no external file) that prints on A4 or Letter and can
/// be mailed to a board.
public struct ExecutiveReport: Sendable {
    public var organization: Organization
    public var assessment: Assessment
    public var framework: Framework
    public var scorecard: Scorecard
    public var plan: ActionPlan
    public var library: FrameworkLibrary
    public var generatedAt: Date

    public init(
        organization: Organization,
        assessment: Assessment,
        framework: Framework,
        scorecard: Scorecard,
        plan: ActionPlan,
        library: FrameworkLibrary,
        generatedAt: Date
    ) {
        self.organization = organization
        self.assessment = assessment
        self.framework = framework
        self.scorecard = scorecard
        self.plan = plan
        self.library = library
        self.generatedAt = generatedAt
    }

    /// The policy to serve the report with: its own inline stylesheet, nothing else — no script, no external load.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

    /// The goals framework whose status the report shows.
    static let goals = FrameworkKey(id: "hph-cpg", edition: "2024")

    public func html() -> String {
        var page = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <title>\(escape(assessment.title)) — \(escape(organization.name))</title>
            <style>\(Self.style)</style></head><body>
            <header><p class="kicker">Executive cybersecurity report</p>
            <h1>\(escape(organization.name))</h1>
            <p>\(escape(assessment.title)) · \(escape(framework.title)) (\(escape(framework.key.edition))), \(assessment.tier) organization ·
            generated \(CalendarDate(generatedAt))</p></header>
            """
        page += summarySection()
        page += threatSection()
        page += practiceSection()
        page += goalSection()
        page += actionSection()
        page += """
            <footer>Scores follow Ward's documented formula (docs/scoring.md): implemented counts 100, partially implemented 50,
            planned and not implemented 0; unanswered requirements count 0 until answered; not applicable ones are left out.
            Goal status comes from the crosswalks, whose provenance (official, derived, Ward's own) is shown in Ward.</footer>
            </body></html>
            """
        return page
    }

    func summarySection() -> String {
        let overall = scorecard.overall.map { String(Int($0.rounded())) } ?? "–"
        let progress = Int((scorecard.progress * 100).rounded())
        return """
            <section class="summary"><div class="big"><span>\(overall)</span><small>overall score of 100</small></div>
            <div class="big"><span>\(progress)%</span><small>\(scorecard.answeredCount) of \(scorecard.applicableCount) requirements answered</small></div>
            <div class="big"><span>\(plan.items.count)</span><small>open gaps in the action plan</small></div></section>
            """
    }

    /// Threat coverage as horizontal bars, one per threat.
    func threatSection() -> String {
        guard !framework.threats.isEmpty else { return "" }
        let rowHeight = 34
        let width = 640
        let labelWidth = 300
        let barWidth = width - labelWidth - 60
        var svg = """
            <svg role="img" aria-labelledby="threat-title" width="\(width)" height="\(framework.threats.count * rowHeight + 10)" viewBox="0 0 \(width) \(framework.threats.count * rowHeight + 10)">
            <title id="threat-title">How well each threat is mitigated, 0 to 100</title>
            """
        for (index, threat) in framework.threats.enumerated() {
            let y = index * rowHeight + 5
            let score = scorecard.threatScores[threat.id]
            let filled = Int(((score ?? 0) / 100 * Double(barWidth)).rounded())
            let label = score.map { String(Int($0.rounded())) } ?? "–"
            svg += """
                <text x="0" y="\(y + 20)" class="label">\(escape(threat.title))</text>
                <rect x="\(labelWidth)" y="\(y + 6)" width="\(barWidth)" height="18" class="track"/>
                <rect x="\(labelWidth)" y="\(y + 6)" width="\(filled)" height="18" class="\(Self.band(score))"/>
                <text x="\(labelWidth + barWidth + 8)" y="\(y + 20)" class="value">\(label)</text>
                """
        }
        svg += "</svg>"
        return "<section><h2>Threats mitigated</h2>\(svg)</section>"
    }

    func practiceSection() -> String {
        var rows = ""
        for node in framework.requirements {
            guard let score = scorecard.requirementScores[node.id] else { continue }
            rows +=
                "<tr><td>\(escape(node.id))</td><td>\(escape(node.title))</td><td class=\"num \(Self.band(score))-text\">\(Int(score.rounded()))</td></tr>"
        }
        return
            "<section><h2>Scores by \(escape(framework.levels.first ?? "group"))</h2><table><thead><tr><th>#</th><th>Title</th><th>Score</th></tr></thead><tbody>\(rows)</tbody></table></section>"
    }

    func goalSection() -> String {
        guard let goals = library.frameworks[Self.goals], let coverage = scorecard.coverage(of: Self.goals) else {
            return ""
        }
        var rows = ""
        for goal in goals.leaves {
            let reached = coverage.leaves[goal.id]
            let status = reached?.goalStatus ?? .unknown
            let text: String =
                switch status {
                case .met: "met"
                case .partly: "partly met"
                case .notMet: "not met"
                case .unknown: "not assessed"
                }
            let kind = goal.tags.contains(Requirement.Tag.essential) ? "essential" : "enhanced"
            rows +=
                "<tr><td>\(escape(goal.id))</td><td>\(escape(goal.title))</td><td>\(kind)</td><td class=\"status-\(status.rawValue)\">\(text)</td></tr>"
        }
        return
            "<section><h2>\(escape(goals.title))</h2><table><thead><tr><th>Goal</th><th>Title</th><th>Tier</th><th>Status</th></tr></thead><tbody>\(rows)</tbody></table></section>"
    }

    func actionSection() -> String {
        var rows = ""
        for (offset, item) in plan.items.prefix(10).enumerated() {
            let due = item.dueDate.map { "due \($0)" } ?? ""
            let owner = item.owner.map { "owner \(escape($0))" } ?? ""
            rows += """
                <li><strong>\(escape(item.requirementID)) \(escape(item.title))</strong> — \(escape(item.status.label))
                <br><span class="why">\(escape(item.reasons.joined(separator: "; ")))</span>
                \(owner.isEmpty && due.isEmpty ? "" : "<br><span class=\"why\">\([owner, due].filter { !$0.isEmpty }.joined(separator: ", "))</span>")</li>
                """
            _ = offset
        }
        if rows.isEmpty { rows = "<li>No open gaps among the answered requirements.</li>" }
        return "<section><h2>Top ten actions</h2><ol>\(rows)</ol></section>"
    }

    static func band(_ score: Double?) -> String {
        guard let score else { return "none" }
        return score >= 75 ? "good" : score >= 40 ? "fair" : "poor"
    }

    static let style = """
        body{font:14px/1.45 system-ui,sans-serif;color:#1d2433;max-width:760px;margin:24px auto;padding:0 16px}
        h1{margin:.2em 0;font-size:26px}h2{font-size:17px;border-bottom:2px solid #d5dae3;padding-bottom:4px;margin-top:28px}
        .kicker{text-transform:uppercase;letter-spacing:.08em;color:#56607a;margin:0;font-size:12px}
        .summary{display:flex;gap:16px}.big{flex:1;border:1px solid #d5dae3;border-radius:6px;padding:10px}
        .big span{font-size:30px;font-weight:700;display:block}.big small{color:#56607a}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e6e9ef}
        .num{text-align:right;font-weight:600}.label{font-size:13px;fill:#1d2433}.value{font-size:13px;font-weight:600}
        .track{fill:#eef0f4}.good{fill:#2e7d4f}.fair{fill:#c98a12}.poor{fill:#b3261e}.none{fill:#eef0f4}
        .good-text{color:#2e7d4f}.fair-text{color:#9a6a0d}.poor-text{color:#b3261e}
        .status-met{color:#2e7d4f;font-weight:600}.status-partly{color:#9a6a0d;font-weight:600}
        .status-not_met{color:#b3261e;font-weight:600}.status-unknown{color:#56607a}
        .why{color:#56607a;font-size:13px}li{margin-bottom:8px}
        footer{margin-top:32px;color:#56607a;font-size:12px;border-top:1px solid #d5dae3;padding-top:8px}
        @media print{body{margin:0}section{break-inside:avoid}}
        """
}

/// Escapes text for HTML element content and attribute values.
func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    // By Unicode scalar, not by Character: a quote followed by a combining mark is one Character and must still be
    // escaped.
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&#39;"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result
}
