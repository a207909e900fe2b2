/// Templates of the inventory pages (assets, one asset with its medical-device view, findings, one finding); registered
/// with the others in ``Templates/all``.
///
/// Optional values are left out of the data rather than passed as empty strings: Mustache renders a section for any
/// value that is present, even an empty one.
enum InventoryTemplates {
    static let all: [String: String] = [
        "assets": assets, "asset": asset, "findings": findings, "finding": finding,
    ]

    static let assets = """
        {{<layout}}{{$content}}
        <h1>{{#medicalOnly}}Medical devices{{/medicalOnly}}{{^medicalOnly}}Assets{{/medicalOnly}}</h1>
        <p class="muted">{{count}} assets{{#shown}} (showing {{shown}}){{/shown}} · <a href="/orgs/{{organization.id}}/assets">all</a> ·
          <a href="/orgs/{{organization.id}}/assets?medical=true">medical devices and likely medical devices</a> ·
          <a href="/orgs/{{organization.id}}/assets.csv{{#medicalOnly}}?medical=true{{/medicalOnly}}">Download CSV</a></p>
        <section class="card">
          <table><thead><tr><th>Name</th><th>Addresses</th><th>Owner</th><th>Interface maker</th><th>Open ports</th><th>Medical</th><th>Last seen</th></tr></thead><tbody>
          {{#assets}}<tr><td><a href="/orgs/{{organizationID}}/assets/{{id}}">{{name}}</a></td><td>{{addresses}}</td><td>{{owner}}</td><td>{{vendor}}</td>
            <td>{{ports}}</td><td>{{medical}}</td><td>{{lastSeen}}</td></tr>{{/assets}}
          {{^assets}}<tr><td colspan="7" class="muted">No assets yet. Import a scan or a spreadsheet below.</td></tr>{{/assets}}
          </tbody></table>
          {{#shown}}<p>{{#previousPage}}<a href="{{previousPage}}" rel="prev">← previous page</a> {{/previousPage}}{{#nextPage}}<a href="{{nextPage}}" rel="next">next page →</a>{{/nextPage}}</p>{{/shown}}
        </section>
        {{#canWrite}}
        <section class="card">
          <h2>Import a scan or a spreadsheet</h2>
          <p class="muted">Hosts that are already in the list are updated, new ones are added; importing the same file
          twice changes nothing. A file with a problem imports nothing, and the message says which line to fix.</p>
          <form method="post" enctype="multipart/form-data" action="/orgs/{{organization.id}}/assets/import">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div class="grid-form">
              <div><label for="import-format">Kind of file</label><select id="import-format" name="format">
                {{#formats}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/formats}}</select></div>
              <div><label for="import-file">File (up to {{limit}})</label><input id="import-file" name="file" type="file" required></div>
            </div>
            <label for="import-mapping">Spreadsheet only: columns with other names (optional)</label>
            <input id="import-mapping" name="mapping" type="text" value="{{mapping}}" placeholder="name=Device Name,addresses=IP">
            <p class="muted">A spreadsheet's first row names its columns. Ward reads these: {{fields}}. When your
            columns are called something else, say which is which, such as <code>name=Device Name,addresses=IP</code>.
            The downloaded CSV has every column, so you can fill it in and import it again.</p>
            <p><button type="submit">Import</button></p>
          </form>
        </section>
        {{/canWrite}}
        {{/content}}{{/layout}}
        """

    static let asset = """
        {{<layout}}{{$content}}
        <p class="muted"><a href="/orgs/{{organization.id}}/assets">Assets</a></p>
        <h1>{{asset.name}}</h1>
        <p class="muted">{{#medical}}Medical device · {{/medical}}first seen {{asset.firstSeen}} · last seen {{asset.lastSeen}}</p>
        {{#asset.likelyMedical}}<div class="measured contradicts">This may be a medical device: its network interface is
        made by {{asset.vendor}}, a maker of medical devices. Record its details below, or say it is not one.</div>{{/asset.likelyMedical}}
        <section class="card">
          <dl class="facts">
            <dt>Addresses</dt><dd>{{asset.addresses}}</dd>
            <dt>MAC addresses</dt><dd>{{asset.macs}}</dd>
            <dt>Host names</dt><dd>{{asset.hostnames}}</dd>
            <dt>Interface maker</dt><dd>{{asset.vendor}}</dd>
            <dt>Operating system</dt><dd>{{asset.os}}</dd>
            <dt>Owner</dt><dd>{{asset.owner}}</dd>
            <dt>Tags</dt><dd>{{asset.tags}}</dd>
          </dl>
        </section>
        <section class="card">
          <h2>Services</h2>
          <table><thead><tr><th>Port</th><th>Service</th><th>Product</th><th>Version</th></tr></thead><tbody>
          {{#services}}<tr><td>{{port}}</td><td>{{name}}</td><td>{{product}}</td><td>{{version}}</td></tr>{{/services}}
          {{^services}}<tr><td colspan="4" class="muted">No open ports seen.</td></tr>{{/services}}
          </tbody></table>
        </section>
        <section class="card">
          <h2>Open findings</h2>
          <table><thead><tr><th>Severity</th><th>Finding</th><th>Due</th><th>Status</th></tr></thead><tbody>
          {{#findings}}<tr><td><span class="pill">{{severity}}</span></td><td><a href="/orgs/{{organizationID}}/findings/{{key}}">{{title}}</a></td>
            <td>{{due}}</td><td><span class="status status-{{state}}">{{stateLabel}}</span></td></tr>{{/findings}}
          {{^findings}}<tr><td colspan="4" class="muted">No open findings on this device.</td></tr>{{/findings}}
          </tbody></table>
        </section>
        {{#medical}}
        <section class="card">
          <h2>Medical device</h2>
          <dl class="facts">
            <dt>Manufacturer</dt><dd>{{manufacturer}}</dd>
            <dt>Model</dt><dd>{{model}}</dd>
            <dt>Serial number</dt><dd>{{serial}}</dd>
            <dt>Software or firmware</dt><dd>{{firmware}}</dd>
            <dt>Type</dt><dd>{{deviceType}}</dd>
            <dt>Clinical function</dt><dd>{{clinicalFunction}}</dd>
            <dt>Location</dt><dd>{{location}}</dd>
            <dt>Department</dt><dd>{{department}}</dd>
            <dt>Network segment</dt><dd>{{segment}}</dd>
            <dt>Patient care depends on it</dt><dd>{{criticality}}</dd>
            <dt>Stores patient data (PHI)</dt><dd>{{storesPHI}}</dd>
            <dt>Sends patient data (PHI)</dt><dd>{{sendsPHI}}</dd>
            <dt>End of support</dt><dd>{{endOfSupport}}{{#supportEnded}} <span class="status status-overdue">support has ended</span>{{/supportEnded}}</dd>
            <dt>Manufacturer's remote access</dt><dd>{{remoteAccess}}</dd>
          </dl>
          <h2>MDS2 form</h2>
          {{#mds2}}
          <p class="muted">The manufacturer's security disclosure (MDS2){{#version}}, edition {{version}}{{/version}}{{#date}}, filled in {{date}}{{/date}}.
          {{#documentURL}}<a href="{{documentURL}}" rel="noreferrer noopener">Open the form</a>{{/documentURL}}{{#documentText}}Document: {{documentText}}{{/documentText}}</p>
          <dl class="facts">{{#answers}}<dt>{{question}}</dt><dd>{{answer}}</dd>{{/answers}}
            {{#other}}<dt>{{question}}</dt><dd>{{answer}}</dd>{{/other}}</dl>
          {{/mds2}}
          {{^mds2}}<p class="muted">No MDS2 form on file. Ask the manufacturer for it: it says whether the device can be patched, encrypts, and needs a sign-in.</p>{{/mds2}}
          <h2>Software bill of materials</h2>
          {{#sbom}}<p>{{format}}: {{name}}{{#components}}, {{components}} components{{/components}}
            {{#documentURL}}· <a href="{{documentURL}}" rel="noreferrer noopener">open the SBOM</a>{{/documentURL}}{{#documentText}}· {{documentText}}{{/documentText}}</p>{{/sbom}}
          {{^sbom}}<p class="muted">No SBOM linked.</p>{{/sbom}}
        </section>
        {{/medical}}
        {{#canWrite}}
        <section class="card">
          <h2>Edit</h2>
          <form method="post" action="/orgs/{{organization.id}}/assets/{{asset.id}}/edit">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div class="grid-form">
              <div><label for="name">Name</label><input id="name" name="name" type="text" required value="{{edit.name}}"></div>
              <div><label for="owner">Owner (who looks after it)</label><input id="owner" name="owner" type="text" value="{{edit.owner}}"></div>
              <div><label for="tags">Tags, separated by commas</label><input id="tags" name="tags" type="text" value="{{edit.tags}}"></div>
            </div>
            <h2>Medical device details</h2>
            <p class="muted">Fill in the manufacturer and model to record this as a medical device; leave them empty otherwise.</p>
            <div class="grid-form">
              <div><label for="manufacturer">Manufacturer</label><input id="manufacturer" name="manufacturer" type="text" value="{{edit.manufacturer}}"></div>
              <div><label for="model">Model</label><input id="model" name="model" type="text" value="{{edit.model}}"></div>
              <div><label for="serial">Serial number</label><input id="serial" name="serial" type="text" value="{{edit.serial}}"></div>
              <div><label for="firmware">Software or firmware version</label><input id="firmware" name="firmware" type="text" value="{{edit.firmware}}"></div>
              <div><label for="device_type">Type (infusion pump, monitor …)</label><input id="device_type" name="device_type" type="text" value="{{edit.deviceType}}"></div>
              <div><label for="clinical_function">Clinical function</label><input id="clinical_function" name="clinical_function" type="text" value="{{edit.clinicalFunction}}"></div>
              <div><label for="location">Location</label><input id="location" name="location" type="text" value="{{edit.location}}"></div>
              <div><label for="department">Department</label><input id="department" name="department" type="text" value="{{edit.department}}"></div>
              <div><label for="network_segment">Network segment</label><input id="network_segment" name="network_segment" type="text" value="{{edit.segment}}"></div>
              <div><label for="criticality">Patient care depends on it</label><select id="criticality" name="criticality">
                {{#criticalities}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/criticalities}}</select></div>
              <div><label for="end_of_support">End of support (date)</label><input id="end_of_support" name="end_of_support" type="date" value="{{edit.endOfSupport}}"></div>
            </div>
            <label><input type="checkbox" name="stores_phi" value="yes"{{#edit.storesPHI}} checked{{/edit.storesPHI}}> Stores patient data (PHI)</label>
            <label><input type="checkbox" name="sends_phi" value="yes"{{#edit.sendsPHI}} checked{{/edit.sendsPHI}}> Sends patient data (PHI)</label>
            <label><input type="checkbox" name="vendor_remote_access" value="yes"{{#edit.remoteAccess}} checked{{/edit.remoteAccess}}> The manufacturer can reach it remotely</label>
            <h2>MDS2 key answers</h2>
            <div class="grid-form">
              <div><label for="mds2_version">MDS2 edition</label><input id="mds2_version" name="mds2_version" type="text" placeholder="2019" value="{{edit.mds2Version}}"></div>
              <div><label for="mds2_date">Filled in on</label><input id="mds2_date" name="mds2_date" type="date" value="{{edit.mds2Date}}"></div>
              <div><label for="mds2_document">Link to the form</label><input id="mds2_document" name="mds2_document" type="text" value="{{edit.mds2Document}}"></div>
              {{#questions}}<div><label for="mds2_{{key}}">{{question}}</label><select id="mds2_{{key}}" name="mds2_{{key}}">
                {{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/options}}</select></div>{{/questions}}
            </div>
            <h2>Software bill of materials (SBOM)</h2>
            <div class="grid-form">
              <div><label for="sbom_format">Format</label><select id="sbom_format" name="sbom_format">
                {{#sbomFormats}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/sbomFormats}}</select></div>
              <div><label for="sbom_name">Name or file</label><input id="sbom_name" name="sbom_name" type="text" value="{{edit.sbomName}}"></div>
              <div><label for="sbom_document">Link</label><input id="sbom_document" name="sbom_document" type="text" value="{{edit.sbomDocument}}"></div>
              <div><label for="sbom_components">Components</label><input id="sbom_components" name="sbom_components" type="number" min="0" value="{{edit.sbomComponents}}"></div>
            </div>
            <p><button type="submit">Save</button></p>
          </form>
          {{#canMarkNotMedical}}
          <form method="post" action="/orgs/{{organization.id}}/assets/{{asset.id}}/not-medical">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <p><button class="danger" type="submit">Not a medical device</button>
            <span class="muted">Clears the medical-device details and Ward's guess.</span></p>
          </form>
          {{/canMarkNotMedical}}
        </section>
        {{/canWrite}}
        <section class="card">
          <h2>History</h2>
          <table><thead><tr><th>When</th><th>From</th><th>What changed</th></tr></thead><tbody>
          {{#history}}<tr><td>{{at}}</td><td>{{source}}</td><td>{{changes}}</td></tr>{{/history}}
          </tbody></table>
        </section>
        {{/content}}{{/layout}}
        """

    static let findings = """
        {{<layout}}{{$content}}
        <h1>Findings</h1>
        <p class="muted">{{metrics.open}} open · {{metrics.overdue}} overdue · median age {{metrics.medianAge}} days ·
          oldest {{metrics.maximumAge}} days · fixed in a median of {{metrics.medianFix}} days</p>
        <form class="inline-form" method="get" action="/orgs/{{organization.id}}/findings">
          <div><label for="status">Status</label><select id="status" name="status">
            {{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}</select></div>
          <div><label for="severity">At least</label><select id="severity" name="severity">
            {{#severities}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/severities}}</select></div>
          <div><button class="secondary" type="submit">Show</button></div>
        </form>
        <section class="card">
          <table><thead><tr><th>Severity</th><th>Finding</th><th>Asset</th><th>First seen</th><th>Due</th><th>Status</th><th>Free help</th></tr></thead><tbody>
          {{#findings}}<tr><td><span class="pill">{{severity}}</span></td>
            <td><a href="/orgs/{{organizationID}}/findings/{{key}}">{{title}}</a><br><span class="muted">{{source}} {{rule}}{{#port}} · port {{port}}{{/port}}{{#cve}} · {{cve}}{{/cve}}</span></td>
            <td>{{#assetID}}<a href="/orgs/{{organizationID}}/assets/{{assetID}}">{{asset}}</a>{{/assetID}}{{^assetID}}–{{/assetID}}</td>
            <td>{{firstSeen}}</td><td>{{due}}</td><td><span class="status status-{{state}}">{{stateLabel}}</span></td>
            <td>{{#help}}<a href="{{url}}" rel="noreferrer noopener">{{title}}</a><br>{{/help}}</td></tr>{{/findings}}
          {{^findings}}<tr><td colspan="7" class="muted">No findings here. Import a Nessus or OpenVAS report on the Assets page, or run a scan.</td></tr>{{/findings}}
          </tbody></table>
          {{#truncated}}<p class="muted">Showing the first {{shown}}; choose a higher severity to see the rest.</p>{{/truncated}}
        </section>
        <section class="card">
          <h2>Open findings by severity</h2>
          <table><thead><tr>{{#bySeverity}}<th>{{label}}</th>{{/bySeverity}}<th>Overdue</th></tr></thead><tbody>
          <tr>{{#bySeverity}}<td>{{count}}</td>{{/bySeverity}}<td>{{metrics.overdue}}</td></tr>
          </tbody></table>
          <p class="muted">Remediation clocks: {{policy.summary}}. A finding in CISA's catalog of known exploited
          vulnerabilities is due by the catalog's date instead.</p>
        </section>
        <section class="card">
          <h2>Open findings per week</h2>
          <svg class="trend" width="{{chart.width}}" height="130" viewBox="0 0 {{chart.width}} 130" role="img" aria-label="Open findings per week, oldest first">
            {{#chart.bars}}<rect x="{{x}}" y="{{y}}" width="{{barWidth}}" height="{{height}}"><title>Week of {{week}}: {{open}} open, {{overdue}} overdue</title></rect>
            <text x="{{center}}" y="{{countY}}" text-anchor="middle">{{open}}</text><text x="{{center}}" y="124" text-anchor="middle">{{short}}</text>{{/chart.bars}}
          </svg>
          <table><thead><tr><th>Week of</th><th>Open</th><th>Critical and high</th><th>Overdue</th><th>Median age (days)</th></tr></thead><tbody>
          {{#weeks}}<tr><td>{{week}}{{#current}} <span class="muted">(so far)</span>{{/current}}</td><td>{{open}}</td><td>{{criticalHigh}}</td><td>{{overdue}}</td><td>{{medianAge}}</td></tr>{{/weeks}}
          </tbody></table>
        </section>
        {{#canManage}}
        <section class="card">
          <h2>Remediation clocks</h2>
          <p class="muted">How many days you give yourselves to fix a finding, by severity. Leave medium or low empty for
          no deadline.</p>
          <form class="inline-form" method="post" action="/orgs/{{organization.id}}/findings/policy">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div><label for="policy-critical">Critical (days)</label><input id="policy-critical" name="critical" type="number" min="1" max="3650" required value="{{policy.critical}}"></div>
            <div><label for="policy-high">High (days)</label><input id="policy-high" name="high" type="number" min="1" max="3650" required value="{{policy.high}}"></div>
            <div><label for="policy-medium">Medium (days)</label><input id="policy-medium" name="medium" type="number" min="1" max="3650" value="{{policy.medium}}"></div>
            <div><label for="policy-low">Low (days)</label><input id="policy-low" name="low" type="number" min="1" max="3650" value="{{policy.low}}"></div>
            <div><button class="secondary" type="submit">Save clocks</button></div>
          </form>
        </section>
        {{/canManage}}
        {{/content}}{{/layout}}
        """

    static let finding = """
        {{<layout}}{{$content}}
        <p class="muted"><a href="/orgs/{{organization.id}}/findings">Findings</a></p>
        <h1>{{finding.title}}</h1>
        <p class="muted"><span class="pill">{{finding.severity}}</span> <span class="status status-{{finding.state}}">{{finding.stateLabel}}</span>
          · {{finding.source}} {{finding.rule}}{{#finding.cve}} · {{finding.cve}}{{/finding.cve}}</p>
        <section class="card">
          <dl class="facts">
            <dt>Device</dt><dd>{{#asset}}<a href="/orgs/{{organizationID}}/assets/{{id}}">{{name}}</a>{{#medical}} (medical device){{/medical}}{{/asset}}{{^asset}}not in the inventory{{/asset}}</dd>
            {{#finding.port}}<dt>Port</dt><dd>{{finding.port}}</dd>{{/finding.port}}
            <dt>First seen</dt><dd>{{finding.firstSeen}}</dd>
            <dt>Last seen</dt><dd>{{finding.lastSeen}}</dd>
            {{#finding.closedAt}}<dt>No longer seen since</dt><dd>{{finding.closedAt}}</dd>{{/finding.closedAt}}
            <dt>Due</dt><dd>{{finding.due}}{{#finding.overdue}} <span class="status status-overdue">overdue</span>{{/finding.overdue}}</dd>
            {{#finding.kev}}<dt>Known exploited</dt><dd>in CISA's catalog, due {{finding.kev}}</dd>{{/finding.kev}}
            {{#finding.reopened}}<dt>Times reopened</dt><dd>{{finding.reopened}}</dd>{{/finding.reopened}}
            {{#falsePositive}}<dt>False positive</dt><dd>{{reason}} <span class="muted">— {{by}}, {{at}}; counts again after {{expires}}</span></dd>{{/falsePositive}}
            {{#acceptance}}<dt>Risk accepted</dt><dd>by {{approver}} on {{at}}, until {{expires}}<br>Compensating controls: {{controls}}</dd>{{/acceptance}}
          </dl>
        </section>
        <section class="card">
          <h2>History</h2>
          <table><thead><tr><th>When</th><th>What happened</th><th>Note</th></tr></thead><tbody>
          {{#events}}<tr><td>{{at}}</td><td>{{kind}}</td><td>{{note}}</td></tr>{{/events}}
          {{^events}}<tr><td colspan="3" class="muted">Nothing recorded yet.</td></tr>{{/events}}
          </tbody></table>
        </section>
        <section class="card">
          <h2>Free help</h2>
          <ul>{{#help}}<li><a href="{{url}}" rel="noreferrer noopener">{{title}}</a> <span class="muted">{{provider}} ({{cost}})</span></li>{{/help}}
          {{^help}}<li class="muted">No entry of the directory fits this finding.</li>{{/help}}</ul>
        </section>
        {{#canWrite}}
        {{#isOpen}}
        <section class="card">
          <h2>Not a real problem? Mark it a false positive</h2>
          <p class="muted">When the scanner is wrong (the software is not there, or already fixed). It counts again
          after the expiry: a year unless you choose a date.</p>
          <form method="post" action="/orgs/{{organization.id}}/findings/{{finding.key}}/false-positive">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <label for="fp_reason">Why it is not real</label><textarea id="fp_reason" name="fp_reason" rows="2" required>{{posted.fp_reason}}</textarea>
            <label for="fp_expires">Counts again after (optional)</label><input id="fp_expires" name="fp_expires" type="date" min="{{tomorrow}}" value="{{posted.fp_expires}}">
            <p><button class="secondary" type="submit">Mark false positive</button></p>
          </form>
        </section>
        <section class="card">
          <h2>Cannot fix it yet? Accept the risk</h2>
          <p class="muted">Someone with the authority to do so approves it, until a date, and you write down what
          protects the device meanwhile (a separate network, no internet access, monitoring).</p>
          <form method="post" action="/orgs/{{organization.id}}/findings/{{finding.key}}/accept">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div class="grid-form">
              <div><label for="approver">Approved by</label><input id="approver" name="approver" type="text" required value="{{posted.approver}}"></div>
              <div><label for="accept_expires">Until</label><input id="accept_expires" name="accept_expires" type="date" min="{{tomorrow}}" required value="{{posted.accept_expires}}"></div>
            </div>
            <label for="controls">Compensating controls</label><textarea id="controls" name="controls" rows="2" required>{{posted.controls}}</textarea>
            <p><button class="secondary" type="submit">Accept the risk</button></p>
          </form>
        </section>
        {{/isOpen}}
        {{^isOpen}}
        <section class="card">
          <h2>Reopen</h2>
          <p class="muted">Withdraw the decision, or say the problem is back before the next scan does. The due date
          stays the one from when it was first seen.</p>
          <form method="post" action="/orgs/{{organization.id}}/findings/{{finding.key}}/reopen">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <label for="reopen_reason">Why</label><textarea id="reopen_reason" name="reopen_reason" rows="2" required>{{posted.reopen_reason}}</textarea>
            <p><button class="secondary" type="submit">Reopen</button></p>
          </form>
        </section>
        {{/isOpen}}
        {{/canWrite}}
        {{/content}}{{/layout}}
        """
}
