/// Templates of the incident and directory pages; registered with the others in ``Templates/all``.
enum IncidentTemplates {
    static let all: [String: String] = [
        "incidents": incidents, "incident": incident, "directory": directory, "training": training,
    ]

    static let training = """
        {{<layout}}{{$content}}
        <h1>Training</h1>
        <p class="muted">Security training and phishing simulations, per department and month. The figures also show up
        beside the training answers of every assessment.</p>
        <section class="card">
          <h2>Completion and click rates</h2>
          <table><thead><tr><th>Month</th><th>Department</th><th>Completed</th><th>Completion</th><th>Clicked</th><th>Click rate</th></tr></thead><tbody>
          {{#rates}}<tr><td>{{month}}</td><td>{{department}}</td><td>{{completed}} / {{assigned}}</td><td>{{completion}}</td><td>{{clicked}} / {{sent}}</td><td>{{clickRate}}</td></tr>{{/rates}}
          {{^rates}}<tr><td colspan="6" class="muted">No training records yet. Import them from your learning system below.</td></tr>{{/rates}}
          </tbody></table>
        </section>
        <section class="card">
          <h2>Modules</h2>
          <table><thead><tr><th>Id</th><th>Title</th><th>Topic</th><th>Serves</th><th>Minutes</th></tr></thead><tbody>
          {{#modules}}<tr><td>{{id}}</td><td>{{title}}</td><td>{{topic}}</td><td>{{serves}}</td><td>{{minutes}}</td></tr>{{/modules}}
          </tbody></table>
          {{#canWrite}}
          <form class="inline-form" method="post" action="/orgs/{{organization.id}}/training/modules">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div><label for="module-id">Id</label><input id="module-id" name="id" type="text" required placeholder="phishing-basics"></div>
            <div><label for="module-title">Title</label><input id="module-title" name="title" type="text" required></div>
            <div><label for="module-topic">Topic</label><input id="module-topic" name="topic" type="text" required></div>
            <div><label for="module-hicp">HICP practice</label><input id="module-hicp" name="hicp" type="text" placeholder="1"></div>
            <div><label for="module-cpg">HPH goal</label><input id="module-cpg" name="cpg" type="text" placeholder="E4"></div>
            <div><label for="module-minutes">Minutes</label><input id="module-minutes" name="minutes" type="number" min="1" value="20"></div>
            <div><button class="secondary" type="submit">Add module</button></div>
          </form>
          {{/canWrite}}
        </section>
        {{#canWrite}}
        <section class="card">
          <h2>Record a completion</h2>
          <form class="inline-form" method="post" action="/orgs/{{organization.id}}/training/completions">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div><label for="completion-person">Person</label><input id="completion-person" name="person" type="text" required></div>
            <div><label for="completion-department">Department</label><input id="completion-department" name="department" type="text" required></div>
            <div><label for="completion-module">Module</label><select id="completion-module" name="module">{{#modules}}<option value="{{id}}">{{title}}</option>{{/modules}}</select></div>
            <div><label for="completion-date">Completed on</label><input id="completion-date" name="completed" type="date" required></div>
            <div><button class="secondary" type="submit">Record</button></div>
          </form>
          <h2>Import</h2>
          <form class="inline-form" method="post" enctype="multipart/form-data" action="/orgs/{{organization.id}}/training/records">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div><label for="records-file">Completions CSV (person, department, module, assigned_at, completed_at)</label><input id="records-file" name="file" type="file" required></div>
            <div><button class="secondary" type="submit">Import completions</button></div>
          </form>
          <form class="inline-form" method="post" enctype="multipart/form-data" action="/orgs/{{organization.id}}/training/phishing">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div><label for="phishing-file">Phishing results CSV (campaign, person, department, sent_at, clicked, reported)</label><input id="phishing-file" name="file" type="file" required></div>
            <div><button class="secondary" type="submit">Import results</button></div>
          </form>
        </section>
        {{/canWrite}}
        {{/content}}{{/layout}}
        """

    static let incidents = """
        {{<layout}}{{$content}}
        <h1>Incidents</h1>
        <section class="card">
          <table><thead><tr><th>Title</th><th>Kind</th><th>Status</th><th>Discovered</th><th>Reports due</th></tr></thead><tbody>
          {{#incidents}}<tr><td><a href="/orgs/{{organizationID}}/incidents/{{id}}">{{title}}</a>{{#isExercise}} <span class="pill">exercise</span>{{/isExercise}}</td>
            <td>{{kind}}</td><td>{{status}}</td><td>{{discovered}}</td><td>{{due}}</td></tr>{{/incidents}}
          {{^incidents}}<tr><td colspan="5" class="muted">No incidents recorded. A tabletop exercise is a good way to start.</td></tr>{{/incidents}}
          </tbody></table>
        </section>
        {{#canWrite}}
        <section class="card">
          <h2>Record an incident</h2>
          <form method="post" action="/orgs/{{organization.id}}/incidents">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div class="grid-form">
              <div><label for="title">Title</label><input id="title" name="title" type="text" required></div>
              <div><label for="kind">Kind</label><select id="kind" name="kind">{{#kinds}}<option value="{{value}}">{{label}}</option>{{/kinds}}</select></div>
              <div><label for="discovered">Discovered (local time)</label><input id="discovered" name="discovered" type="datetime-local" required></div>
              <div><label for="time_zone">Time zone</label><input id="time_zone" name="time_zone" type="text" value="America/Chicago" required></div>
              <div><label for="individuals">Individuals affected</label><input id="individuals" name="individuals" type="number" min="0" value="0"></div>
              <div><label for="states">Residents per state (IL=400, IN=20)</label><input id="states" name="states" type="text"></div>
            </div>
            <label><input type="checkbox" name="phi" value="yes"> Protected health information involved</label>
            <label><input type="checkbox" name="covered" value="yes"> A substantial (covered) cyber incident under the federal reporting rule</label>
            <label><input type="checkbox" name="ransom_demanded" value="yes"> A ransom was demanded</label>
            <label><input type="checkbox" name="diversion" value="yes"> Patients diverted</label>
            <label><input type="checkbox" name="downtime" value="yes"> Downtime procedures used</label>
            <label><input type="checkbox" name="exercise" value="yes"> This is a tabletop exercise</label>
            <label for="summary">Summary</label><textarea id="summary" name="summary" rows="3"></textarea>
            <label for="people">People involved, one per line ("Dana Whitfield — incident lead")</label><textarea id="people" name="people" rows="2"></textarea>
            <label for="systems">Affected systems, one per line</label><textarea id="systems" name="systems" rows="2"></textarea>
            <p><button type="submit">Record incident</button></p>
          </form>
        </section>
        {{/canWrite}}
        {{/content}}{{/layout}}
        """

    static let incident = """
        {{<layout}}{{$content}}
        <p class="muted"><a href="/orgs/{{organization.id}}/incidents">Incidents</a></p>
        <h1>{{incident.title}}</h1>
        <p class="muted">{{incident.kind}} · {{incident.status}}{{#incident.isExercise}} · tabletop exercise: no report is due{{/incident.isExercise}} · discovered {{incident.discovered}}</p>
        <section class="card">
          <dl class="facts">
            <dt>PHI involved</dt><dd>{{incident.phi}}</dd>
            <dt>Individuals affected</dt><dd>{{incident.individuals}}</dd>
            {{#incident.states}}<dt>Per state</dt><dd>{{incident.states}}</dd>{{/incident.states}}
            <dt>Patient care</dt><dd>{{incident.care}}</dd>
            {{#incident.summary}}<dt>Summary</dt><dd>{{incident.summary}}</dd>{{/incident.summary}}
            {{#incident.systems}}<dt>Affected systems</dt><dd>{{incident.systems}}</dd>{{/incident.systems}}
            {{#incident.people}}<dt>People involved</dt><dd>{{incident.people}}</dd>{{/incident.people}}
          </dl>
          {{#canWrite}}
          <form class="inline-form" method="post" action="/orgs/{{organization.id}}/incidents/{{incident.id}}/status">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div><label for="status">Status</label><select id="status" name="status">{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/statuses}}</select></div>
            <div><button class="secondary" type="submit">Update</button></div>
          </form>
          {{/canWrite}}
        </section>
        <section class="card">
          <h2>Reports due</h2>
          <table><thead><tr><th>Report</th><th>To</th><th>Due</th><th>Time left</th><th>Legal status</th><th></th></tr></thead><tbody>
          {{#obligations}}<tr><td>{{title}}<br><span class="muted">{{deadline}}</span></td><td>{{recipient}}</td><td>{{due}}</td>
            <td><span class="status status-{{state}}">{{countdown}}</span></td><td>{{legalStatus}}</td>
            <td><a href="/orgs/{{organizationID}}/incidents/{{incidentID}}/reports/{{id}}.txt">Prepared package</a>
            {{#canWrite}}{{^filed}}<form method="post" action="/orgs/{{organizationID}}/incidents/{{incidentID}}/reports/{{id}}/filed" class="inline">
              <input type="hidden" name="_csrf" value="{{csrf}}"><input type="text" name="reference" placeholder="reference" aria-label="Reference of {{title}}">
              <button class="secondary" type="submit">Mark filed</button></form>{{/filed}}{{/canWrite}}
            {{#filed}}<span class="pill">filed {{filedAt}}</span>{{/filed}}</td></tr>{{/obligations}}
          {{^obligations}}<tr><td colspan="6" class="muted">No report is due from these facts. Check them again as you learn more.</td></tr>{{/obligations}}
          </tbody></table>
        </section>
        {{#playbook}}
        <section class="card">
          <h2>{{title}}</h2>
          <ul class="checklist">{{#steps}}<li>
            {{#canWrite}}<form method="post" action="/orgs/{{organizationID}}/incidents/{{incidentID}}/checklist/{{id}}" class="inline">
              <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="done" value="{{^done}}yes{{/done}}{{#done}}no{{/done}}">
              <button class="secondary" type="submit" aria-label="{{#done}}Untick{{/done}}{{^done}}Tick{{/done}} {{id}}">{{#done}}✓{{/done}}{{^done}}○{{/done}}</button></form>{{/canWrite}}
            <span class="pill">{{phase}}</span> {{text}}{{#done}} <span class="muted">— {{doneBy}}, {{doneAt}}</span>{{/done}}</li>{{/steps}}</ul>
        </section>
        {{/playbook}}
        <section class="card">
          <h2>Evidence</h2>
          <ul>{{#evidence}}<li><a href="/orgs/{{organizationID}}/incidents/{{incidentID}}/evidence/{{id}}">{{title}}</a> <span class="muted">{{size}}, sha256 {{shortHash}}, {{addedBy}}</span></li>{{/evidence}}
          {{^evidence}}<li class="muted">No files yet: ransom notes, logs, screenshots, letters sent.</li>{{/evidence}}</ul>
          {{#canWrite}}
          <form class="inline-form" method="post" enctype="multipart/form-data" action="/orgs/{{organization.id}}/incidents/{{incident.id}}/evidence">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div><label for="incident-file">File (up to 10 MiB)</label><input id="incident-file" name="file" type="file" required></div>
            <div><button class="secondary" type="submit">Attach file</button></div>
          </form>
          {{/canWrite}}
        </section>
        <section class="card">
          <h2>Timeline</h2>
          <ul>{{#timeline}}<li><strong>{{at}}</strong> {{text}} <span class="muted">— {{author}}</span></li>{{/timeline}}</ul>
          {{#canWrite}}
          <form class="inline-form" method="post" action="/orgs/{{organization.id}}/incidents/{{incident.id}}/timeline">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div><label for="entry">Add an entry</label><input id="entry" name="text" type="text" required></div>
            <div><button class="secondary" type="submit">Add</button></div>
          </form>
          {{/canWrite}}
        </section>
        {{/content}}{{/layout}}
        """

    static let directory = """
        {{<layout}}{{$content}}
        <h1>Free help</h1>
        <p class="muted">Free public services, training and reporting portals for healthcare organizations, each with the
        date it was last checked and its source. The action plan of every assessment links to the entries that help with a gap.</p>
        <section class="card">
          <table><thead><tr><th>Service</th><th>Provider</th><th>Kind</th><th>Helps with</th><th>Checked</th></tr></thead><tbody>
          {{#entries}}<tr><td><a href="{{url}}" rel="noreferrer noopener">{{title}}</a><br><span class="muted">{{summary}} ({{cost}})</span></td>
            <td>{{provider}}</td><td>{{kind}}</td><td>{{helps}}</td><td>{{date}}</td></tr>{{/entries}}
          </tbody></table>
        </section>
        {{/content}}{{/layout}}
        """
}
