/// Templates of the assessment pages; registered with the others in ``Templates/all``.
enum AssessmentTemplates {
    static let all: [String: String] = [
        "assessments": assessments, "assessment": assessment, "practice": practice, "plan": plan,
        "compare": compare, "history": history,
    ]

    static let assessments = """
        {{<layout}}{{$content}}
        <h1>Assessments</h1>
        <p class="muted">Where {{organization.name}} stands against the Health Industry Cybersecurity Practices (HICP) and
        other frameworks. Answer once; Ward shows what the answers mean for the HPH performance goals, NIST CSF 2.0 and the
        HIPAA Security Rule.</p>
        <section class="card">
          <table><thead><tr><th>Title</th><th>Framework</th><th>Tier</th><th>Created</th></tr></thead><tbody>
          {{#assessments}}<tr><td><a href="/orgs/{{organizationID}}/assessments/{{id}}">{{title}}</a></td><td>{{framework}}</td><td>{{tier}}</td><td>{{created}}</td></tr>{{/assessments}}
          {{^assessments}}<tr><td colspan="4" class="muted">No assessment yet. Start one below: it takes an hour or two for a small clinic.</td></tr>{{/assessments}}
          </tbody></table>
        </section>
        {{#canCompare}}
        <section class="card">
          <h2>Compare two assessments</h2>
          <form class="inline-form" method="get" action="/orgs/{{organization.id}}/assessment-comparison">
            <div><label for="before">Earlier</label><select id="before" name="before">{{#assessments}}<option value="{{id}}">{{title}} ({{created}})</option>{{/assessments}}</select></div>
            <div><label for="after">Later</label><select id="after" name="after">{{#assessments}}<option value="{{id}}">{{title}} ({{created}})</option>{{/assessments}}</select></div>
            <div><button class="secondary" type="submit">Compare</button></div>
          </form>
        </section>
        {{/canCompare}}
        {{#canWrite}}
        <section class="card">
          <h2>Start an assessment</h2>
          <form method="post" action="/orgs/{{organization.id}}/assessments">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <label for="framework">Framework</label>
            <select id="framework" name="framework">{{#frameworks}}<option value="{{key}}"{{#selected}} selected{{/selected}}>{{title}} ({{edition}})</option>{{/frameworks}}</select>
            <label for="title">Title (optional)</label>
            <input id="title" name="title" type="text" placeholder="HICP self-assessment 2026">
            <h3>How big is {{organization.name}}?</h3>
            <p class="muted">HICP scales its practices by size. Answer what you know; Ward suggests small, medium or large
            with its reasons, and you can override it below.</p>
            <div class="grid-form">
              <div><label for="providers">Physicians and other providers</label><input id="providers" name="providers" type="number" min="0"></div>
              <div><label for="beds">Inpatient beds</label><input id="beds" name="beds" type="number" min="0"></div>
              <div><label for="workforce">Workforce</label><input id="workforce" name="workforce" type="number" min="0"></div>
              <div><label for="it_staff">IT staff</label><input id="it_staff" name="it_staff" type="number" min="0"></div>
              <div><label for="security_staff">Security staff</label><input id="security_staff" name="security_staff" type="number" min="0"></div>
              <div><label for="it_assets">Computers, servers and devices</label><input id="it_assets" name="it_assets" type="number" min="0"></div>
            </div>
            <label><input type="checkbox" name="outsourced_it" value="yes"> IT is run mostly by an outside provider</label>
            <label for="tier">Size tier</label>
            <select id="tier" name="tier"><option value="">use the questionnaire's suggestion (or {{organization.sizeTier}})</option>
              <option value="small">small</option><option value="medium">medium</option><option value="large">large (medium and large sub-practices)</option></select>
            <p><button type="submit">Start assessment</button></p>
          </form>
        </section>
        {{/canWrite}}
        {{/content}}{{/layout}}
        """

    static let assessment = """
        {{<layout}}{{$content}}
        <p class="muted"><a href="/orgs/{{organization.id}}/assessments">Assessments</a></p>
        <h1>{{assessment.title}}</h1>
        <p class="muted">{{framework.title}} ({{framework.edition}}) · {{assessment.tier}} organization · {{assessment.tierRationale}}</p>
        <section class="card">
          <progress max="100" value="{{progressPercent}}" aria-label="Answered">{{progressPercent}}%</progress>
          <p><strong>{{answered}}</strong> of {{applicable}} requirements answered · overall score <strong id="overall-score">{{overall}}</strong> of 100{{#maturity}} · average maturity {{maturity}}{{/maturity}}</p>
          <p><a href="/orgs/{{organization.id}}/assessments/{{assessment.id}}/plan">Action plan</a> ·
          <a href="/orgs/{{organization.id}}/assessments/{{assessment.id}}/report">Executive report</a> ·
          <a href="/orgs/{{organization.id}}/assessments/{{assessment.id}}/history">History</a></p>
        </section>
        <section class="card">
          <h2>{{levelName}}s</h2>
          <table><thead><tr><th>#</th><th>Title</th><th>Answered</th><th>Score</th><th></th></tr></thead><tbody>
          {{#groups}}<tr><td>{{id}}</td><td>{{title}}</td><td>{{answered}} / {{total}}</td>
            <td><meter min="0" max="100" low="40" high="75" optimum="100" value="{{scoreValue}}">{{score}}</meter> {{score}}</td>
            <td><a href="/orgs/{{organizationID}}/assessments/{{assessmentID}}/practices/{{id}}">{{action}}</a></td></tr>{{/groups}}
          </tbody></table>
        </section>
        {{#hasThreats}}
        <section class="card">
          <h2>Threats mitigated</h2>
          <table><tbody>{{#threats}}<tr><td>{{title}}</td><td><meter min="0" max="100" low="40" high="75" optimum="100" value="{{scoreValue}}">{{score}}</meter> {{score}}</td></tr>{{/threats}}</tbody></table>
        </section>
        {{/hasThreats}}
        {{#coverage}}
        <section class="card">
          <h2>{{title}}</h2>
          <p class="muted">{{covered}} of {{leaves}} requirements reached through the crosswalks{{#overall}} · coverage {{overall}}%{{/overall}}{{#indirect}} (through another framework){{/indirect}}</p>
          {{#showRequirements}}
          <table><thead><tr><th>Id</th><th>Title</th><th>Status</th><th>Why</th></tr></thead><tbody>
          {{#requirements}}<tr><td>{{id}}</td><td>{{title}}{{#essential}} <span class="pill">essential</span>{{/essential}}</td><td><span class="status status-{{status}}">{{statusLabel}}</span></td><td class="muted">{{path}}</td></tr>{{/requirements}}
          </tbody></table>
          {{/showRequirements}}
          {{^showRequirements}}
          <table><thead><tr><th>Group</th><th>Coverage</th></tr></thead><tbody>
          {{#groups}}<tr><td>{{id}} {{title}}</td><td>{{score}}</td></tr>{{/groups}}
          </tbody></table>
          {{/showRequirements}}
        </section>
        {{/coverage}}
        {{#canDelete}}
        <form method="post" action="/orgs/{{organization.id}}/assessments/{{assessment.id}}/delete">
          <input type="hidden" name="_csrf" value="{{csrf}}"><button class="danger" type="submit">Delete this assessment</button></form>
        {{/canDelete}}
        {{/content}}{{/layout}}
        """

    static let practice = """
        {{<layout}}{{$content}}
        <p class="muted"><a href="/orgs/{{organization.id}}/assessments/{{assessment.id}}">{{assessment.title}}</a></p>
        <h1>{{group.id}} {{group.title}}</h1>
        {{#group.guidance}}<p>{{group.guidance}}</p>{{/group.guidance}}
        <p class="muted">{{answered}} of {{total}} answered here · {{progressAll}} of {{applicableAll}} in the whole assessment</p>
        <form id="answers" method="post" action="/orgs/{{organization.id}}/assessments/{{assessment.id}}/practices/{{group.id}}">
          <input type="hidden" name="_csrf" value="{{csrf}}">
        </form>
        {{#requirements}}
        <section class="card requirement" id="req-{{id}}">
          <h2>{{id}} {{title}} {{#confidenceNote}}<span class="pill" title="How well this row is checked against the publication">{{confidenceNote}}</span>{{/confidenceNote}}</h2>
          <p>{{guidance}}</p>
          {{#hasMetrics}}<p class="muted">Measure: {{#metrics}}{{.}}; {{/metrics}}</p>{{/hasMetrics}}
          {{#observations}}<div class="measured{{#contradicts}} contradicts{{/contradicts}}" role="note"><strong>Measured by Ward:</strong> {{message}}{{#contradicts}} — this does not match the answer; check it.{{/contradicts}}</div>{{/observations}}
          {{#signed}}<p><span class="pill">signed off by {{signedBy}} {{signedAt}}</span></p>{{/signed}}
          <input type="hidden" form="answers" name="version.{{id}}" value="{{version}}">
          <div class="grid-form">
            <div><label for="status-{{id}}">Status</label>
              <select id="status-{{id}}" name="status.{{id}}" form="answers"{{#locked}} disabled{{/locked}}>
                {{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}</select></div>
            <div><label for="maturity-{{id}}">Maturity (0–5)</label>
              <select id="maturity-{{id}}" name="maturity.{{id}}" form="answers"{{#locked}} disabled{{/locked}}>
                {{#maturities}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/maturities}}</select></div>
            <div><label for="owner-{{id}}">Owner</label><input id="owner-{{id}}" name="owner.{{id}}" form="answers" type="text" value="{{owner}}"{{#locked}} disabled{{/locked}}></div>
            <div><label for="due-{{id}}">Due date</label><input id="due-{{id}}" name="due.{{id}}" form="answers" type="date" value="{{due}}"{{#locked}} disabled{{/locked}}></div>
          </div>
          <label for="notes-{{id}}">Notes</label>
          <textarea id="notes-{{id}}" name="notes.{{id}}" form="answers" rows="2"{{#locked}} disabled{{/locked}}>{{notes}}</textarea>
          <label for="reason-{{id}}">If not applicable: why</label>
          <input id="reason-{{id}}" name="reason.{{id}}" form="answers" type="text" value="{{reason}}"{{#locked}} disabled{{/locked}}>
          <label><input type="checkbox" name="review.{{id}}" form="answers" value="yes"{{#review}} checked{{/review}}{{#locked}} disabled{{/locked}}> Ask a reviewer to look at this</label>
          <details><summary>Evidence ({{evidenceCount}})</summary>
            <ul>{{#evidence}}<li>{{#isFile}}<a href="/orgs/{{organizationID}}/assessments/{{assessmentID}}/evidence/{{id}}">{{title}}</a> <span class="muted">{{size}}, sha256 {{shortHash}}</span>{{/isFile}}{{#isLink}}<a href="{{url}}" rel="noreferrer noopener">{{title}}</a>{{/isLink}}</li>{{/evidence}}</ul>
            {{#canWrite}}
            <form class="inline-form" method="post" enctype="multipart/form-data" action="/orgs/{{organizationID}}/assessments/{{assessmentID}}/answers/{{id}}/evidence">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <div><label for="file-{{id}}">File (up to 10 MiB)</label><input id="file-{{id}}" name="file" type="file" required></div>
              <div><button class="secondary" type="submit">Attach file</button></div>
            </form>
            <form class="inline-form" method="post" action="/orgs/{{organizationID}}/assessments/{{assessmentID}}/answers/{{id}}/links">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <div><label for="link-{{id}}">Link</label><input id="link-{{id}}" name="url" type="text" placeholder="https://intranet.example/policy"></div>
              <div><button class="secondary" type="submit">Attach link</button></div>
            </form>
            {{/canWrite}}
          </details>
          {{#canSign}}{{#answeredYet}}
          <form method="post" action="/orgs/{{organizationID}}/assessments/{{assessmentID}}/answers/{{id}}/{{#signed}}reopen{{/signed}}{{^signed}}sign{{/signed}}">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{version}}">
            <button class="secondary" type="submit">{{#signed}}Reopen{{/signed}}{{^signed}}Sign off {{id}}{{/signed}}</button></form>
          {{/answeredYet}}{{/canSign}}
        </section>
        {{/requirements}}
        {{#canWrite}}
        <p class="sticky-actions"><button type="submit" form="answers" name="next" value="stay">Save</button>
        {{#nextGroup}}<button type="submit" form="answers" name="next" value="{{nextGroup}}" class="secondary">Save and go to {{nextGroup}}</button>{{/nextGroup}}</p>
        {{/canWrite}}
        {{/content}}{{/layout}}
        """

    static let plan = """
        {{<layout}}{{$content}}
        <p class="muted"><a href="/orgs/{{organization.id}}/assessments/{{assessment.id}}">{{assessment.title}}</a></p>
        <h1>Action plan</h1>
        <p class="muted">The gaps, ordered by what protects patients most: goals of the HPH CPGs (essential before enhanced),
        direct patient-care impact, threats mitigated, then effort. <a href="/orgs/{{organization.id}}/assessments/{{assessment.id}}/plan.csv">Download CSV</a></p>
        <section class="card">
          <table><thead><tr><th>#</th><th>Requirement</th><th>Status</th><th>Why here</th><th>Owner · due</th><th>Free help</th></tr></thead><tbody>
          {{#items}}<tr><td>{{rank}}</td><td><a href="/orgs/{{organizationID}}/assessments/{{assessmentID}}/practices/{{practice}}#req-{{requirement}}">{{requirement}}</a> {{title}}</td><td>{{status}}</td>
            <td class="muted">{{reasons}}</td><td>{{owner}} {{due}}</td><td>{{#resources}}<a href="{{url}}" rel="noreferrer noopener">{{title}}</a><br>{{/resources}}</td></tr>{{/items}}
          {{^items}}<tr><td colspan="6" class="muted">No gaps among the answered requirements.</td></tr>{{/items}}
          </tbody></table>
          {{#unansweredCount}}<p class="muted">{{unansweredCount}} requirements are not answered yet and are not in the plan.</p>{{/unansweredCount}}
        </section>
        {{/content}}{{/layout}}
        """

    static let compare = """
        {{<layout}}{{$content}}
        <p class="muted"><a href="/orgs/{{organization.id}}/assessments">Assessments</a></p>
        <h1>Comparison</h1>
        <p>{{before.title}} → {{after.title}}: <strong>{{improved}}</strong> improved, <strong>{{regressed}}</strong> regressed,
        {{unchanged}} unchanged · overall {{overallDelta}}</p>
        <section class="card">
          <table><thead><tr><th>Requirement</th><th>Before</th><th>After</th><th>Change</th></tr></thead><tbody>
          {{#rows}}<tr><td>{{requirement}}</td><td>{{before}}</td><td>{{after}}</td><td><span class="status status-{{change}}">{{change}}</span></td></tr>{{/rows}}
          </tbody></table>
        </section>
        <section class="card"><h2>Score changes</h2>
          <table><tbody>{{#groups}}<tr><td>{{id}}</td><td>{{delta}}</td></tr>{{/groups}}</tbody></table></section>
        {{/content}}{{/layout}}
        """

    static let history = """
        {{<layout}}{{$content}}
        <p class="muted"><a href="/orgs/{{organization.id}}/assessments/{{assessment.id}}">{{assessment.title}}</a></p>
        <h1>History</h1>
        <section class="card">
          <table><thead><tr><th>When</th><th>Requirement</th><th>Change</th><th>Status</th><th>By</th></tr></thead><tbody>
          {{#entries}}<tr><td>{{when}}</td><td>{{requirement}}</td><td>{{action}}</td><td>{{status}}</td><td>{{by}}</td></tr>{{/entries}}
          </tbody></table>
        </section>
        {{/content}}{{/layout}}
        """
}
