/// The web UI's Mustache templates. Every page extends `layout` (signed-in pages) or `bare` (sign-in and set-up).
///
/// Values are HTML-escaped by Mustache's `{{…}}`; no template uses the unescaped form. Every form that changes state
/// carries the `_csrf` field.
enum Templates {
    static let all: [String: String] = [
        "layout": layout, "bare": bare, "login": login, "totp": totp, "setup": setup, "error": error,
        "overview": overview, "scope": scope, "members": members, "tokens": tokens, "audit": audit,
        "settings": settings, "account": account, "new-organization": newOrganization,
    ].merging(AssessmentTemplates.all) { first, _ in first }.merging(IncidentTemplates.all) { first, _ in first }
        .merging(InventoryTemplates.all) { first, _ in first }.merging(AlertTemplates.all) { first, _ in first }
        .merging(ScanTemplates.all) { first, _ in first }

    static let layout = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · Ward</title><link rel="stylesheet" href="/static/ward.css"></head>
        <body>
        <header class="top">
          <a class="brand" href="/">Ward</a>
          {{#organization}}
          <form class="switcher" method="get" action="/switch">
            <label for="org-switch" class="switch-label">Organization</label>
            <select id="org-switch" name="org">
              {{#organizations}}<option value="{{id}}"{{#current}} selected{{/current}}>{{name}}</option>{{/organizations}}
            </select>
            <button class="secondary" type="submit">Switch</button>
          </form>
          {{/organization}}
          <div class="who">
            <a href="/account">{{user.displayName}}</a>
            <form method="post" action="/logout"><input type="hidden" name="_csrf" value="{{csrf}}">
              <button class="secondary" type="submit">Sign out</button></form>
          </div>
        </header>
        <div class="layout">
          <nav class="side" aria-label="Main">
            {{#navigation}}<a href="{{href}}"{{#active}} aria-current="page"{{/active}}>{{label}}</a>{{/navigation}}
          </nav>
          <main>
            {{#notice}}<div class="notice" role="status">{{notice}}</div>{{/notice}}
            {{#error}}<div class="error" role="alert">{{error}}</div>{{/error}}
            {{$content}}{{/content}}
          </main>
        </div>
        </body></html>
        """

    static let bare = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · Ward</title><link rel="stylesheet" href="/static/ward.css"></head>
        <body><main class="narrow">
          <p class="brand brand-on-paper">Ward</p>
          {{#notice}}<div class="notice" role="status">{{notice}}</div>{{/notice}}
          {{#error}}<div class="error" role="alert">{{error}}</div>{{/error}}
          {{$content}}{{/content}}
        </main></body></html>
        """

    static let login = """
        {{<bare}}{{$content}}
        <h1>Sign in</h1>
        <form method="post" action="/login">
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <label for="email">E-mail address</label>
          <input id="email" name="email" type="email" autocomplete="username" required value="{{email}}">
          <label for="password">Password</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required>
          <p><button type="submit">Sign in</button></p>
        </form>
        <p class="muted">No account yet? An administrator adds you and gives you a one-time link.</p>
        {{/content}}{{/bare}}
        """

    static let totp = """
        {{<bare}}{{$content}}
        <h1>Authenticator code</h1>
        <form method="post" action="/login/totp">
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <label for="code">The 6-digit code from your authenticator app</label>
          <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required>
          <p><button type="submit">Continue</button></p>
        </form>
        {{/content}}{{/bare}}
        """

    static let setup = """
        {{<bare}}{{$content}}
        <h1>{{heading}}</h1>
        <p>{{explanation}}</p>
        <form method="post" action="{{action}}">
          <input type="hidden" name="_csrf" value="{{csrf}}">
          {{#askIdentity}}
          <label for="name">Your name</label>
          <input id="name" name="name" type="text" autocomplete="name" required value="{{name}}">
          <label for="email">E-mail address (your sign-in name)</label>
          <input id="email" name="email" type="email" autocomplete="username" required value="{{email}}">
          {{/askIdentity}}
          {{^askIdentity}}<p>Account: <strong>{{email}}</strong></p>{{/askIdentity}}
          <label for="password">Password (at least 12 characters; a passphrase works well)</label>
          <input id="password" name="password" type="password" autocomplete="new-password" required minlength="12">
          <label for="confirm">Password again</label>
          <input id="confirm" name="confirm" type="password" autocomplete="new-password" required minlength="12">
          <p><button type="submit">{{button}}</button></p>
        </form>
        {{/content}}{{/bare}}
        """

    static let error = """
        {{<bare}}{{$content}}
        <h1>{{heading}}</h1>
        <p>{{message}}</p>
        <p><a href="/">Back to Ward</a></p>
        {{/content}}{{/bare}}
        """

    static let overview = """
        {{<layout}}{{$content}}
        <h1>{{organization.name}}</h1>
        <section class="card">
          <dl class="facts">
            <dt>Kind</dt><dd>{{organization.kind}}</dd>
            <dt>Size tier</dt><dd>{{organization.sizeTier}} <span class="muted">(decides which HICP sub-practices apply)</span></dd>
            {{#parent}}<dt>Part of</dt><dd><a href="/orgs/{{id}}">{{name}}</a></dd>{{/parent}}
            <dt>Your role</dt><dd>{{role}}</dd>
          </dl>
        </section>
        <section class="card">
          <h2>At a glance</h2>
          <dl class="facts">
            <dt>Members</dt><dd><a href="/orgs/{{organization.id}}/members">{{memberCount}}</a></dd>
            <dt>Scope entries</dt><dd><a href="/orgs/{{organization.id}}/scope">{{scopeCount}}</a></dd>
            <dt>Scan windows</dt><dd>{{windowCount}}</dd>
          </dl>
        </section>
        {{#hasChildren}}
        <section class="card">
          <h2>Sites and sub-organizations</h2>
          <ul>{{#children}}<li><a href="/orgs/{{id}}">{{name}}</a> <span class="muted">{{kind}}</span></li>{{/children}}</ul>
        </section>
        {{/hasChildren}}
        {{#gettingStarted}}
        <section class="card">
          <h2>Getting started</h2>
          <ol>
            <li>Declare what Ward may scan under <a href="/orgs/{{organization.id}}/scope">Scope</a>.</li>
            <li>Invite your team under <a href="/orgs/{{organization.id}}/members">Members</a>.</li>
            <li>Turn on an authenticator app for your account under <a href="/account">Account</a>.</li>
          </ol>
        </section>
        {{/gettingStarted}}
        {{/content}}{{/layout}}
        """

    static let scope = """
        {{<layout}}{{$content}}
        <h1>Scan scope</h1>
        <p class="muted">Ward scans only addresses and names inside these entries, never an excluded one, and only inside a
        scan window (no window means any time).</p>
        <section class="card">
          <h2>Entries</h2>
          <table><thead><tr><th>Kind</th><th>Target</th><th>Note</th><th></th></tr></thead><tbody>
          {{#entries}}<tr><td><span class="pill">{{kind}}</span></td><td>{{target}}</td><td>{{note}}</td><td>
            {{#canManage}}<form method="post" action="/orgs/{{organizationID}}/scope/entries/{{id}}/delete">
              <input type="hidden" name="_csrf" value="{{csrf}}"><button class="danger" type="submit">Remove</button></form>{{/canManage}}
          </td></tr>{{/entries}}
          {{^entries}}<tr><td colspan="4" class="muted">Nothing declared yet: Ward will refuse to scan anything.</td></tr>{{/entries}}
          </tbody></table>
          {{#canManage}}
          <h2>Add an entry</h2>
          <form class="inline-form" method="post" action="/orgs/{{organization.id}}/scope/entries">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div><label for="kind">Kind</label><select id="kind" name="kind"><option value="include">include</option><option value="exclude">exclude</option></select></div>
            <div><label for="target">Block, range or host name</label><input id="target" name="target" type="text" required placeholder="10.20.0.0/16"></div>
            <div><label for="note">Note</label><input id="note" name="note" type="text" placeholder="Radiology VLAN"></div>
            <div><button type="submit">Add</button></div>
          </form>
          {{/canManage}}
        </section>
        <section class="card">
          <h2>Scan windows</h2>
          <ul>{{#windows}}<li>{{window}} {{#canManage}}<form method="post" action="/orgs/{{organizationID}}/scope/windows/{{id}}/delete" class="inline">
            <input type="hidden" name="_csrf" value="{{csrf}}"><button class="danger" type="submit">Remove</button></form>{{/canManage}}</li>{{/windows}}
          {{^windows}}<li class="muted">No windows: scanning is allowed at any time.</li>{{/windows}}</ul>
          {{#canManage}}
          <form class="inline-form" method="post" action="/orgs/{{organization.id}}/scope/windows">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div><label for="window">Window</label><input id="window" name="window" type="text" required placeholder="mon-fri 22:00-05:00 America/Chicago"></div>
            <div><button type="submit">Add window</button></div>
          </form>
          {{/canManage}}
        </section>
        {{/content}}{{/layout}}
        """

    static let members = """
        {{<layout}}{{$content}}
        <h1>Members and roles</h1>
        {{#activationLink}}<div class="notice">Send this one-time link to the new member so they can set a password (valid 7 days):
          <span class="secret">{{activationLink}}</span></div>{{/activationLink}}
        <section class="card">
          <table><thead><tr><th>Name</th><th>E-mail</th><th>Role</th><th></th></tr></thead><tbody>
          {{#members}}<tr><td>{{displayName}}</td><td>{{email}}</td><td>
            {{#canManage}}<form method="post" action="/orgs/{{organizationID}}/members/{{userID}}/role">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <select name="role" aria-label="Role of {{email}}">{{#roles}}<option value="{{name}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/roles}}</select>
              <button class="secondary" type="submit">Change</button></form>{{/canManage}}
            {{^canManage}}{{role}}{{/canManage}}</td>
            <td>{{#canManage}}<form method="post" action="/orgs/{{organizationID}}/members/{{userID}}/remove">
              <input type="hidden" name="_csrf" value="{{csrf}}"><button class="danger" type="submit">Remove</button></form>{{/canManage}}</td></tr>{{/members}}
          </tbody></table>
        </section>
        {{#canManage}}
        <section class="card">
          <h2>Add a member</h2>
          <form class="inline-form" method="post" action="/orgs/{{organization.id}}/members">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div><label for="member-email">E-mail address</label><input id="member-email" name="email" type="email" required></div>
            <div><label for="member-name">Name</label><input id="member-name" name="name" type="text"></div>
            <div><label for="member-role">Role</label><select id="member-role" name="role">{{#grantable}}<option value="{{.}}">{{.}}</option>{{/grantable}}</select></div>
            <div><button type="submit">Add</button></div>
          </form>
          <p class="muted">Owners control everything; admins manage members, tokens and scope; analysts do the security work;
          viewers read; auditors read and see the audit log.</p>
        </section>
        {{/canManage}}
        {{/content}}{{/layout}}
        """

    static let tokens = """
        {{<layout}}{{$content}}
        <h1>API tokens</h1>
        {{#newSecret}}<div class="notice">Copy this token now; Ward keeps only its hash and cannot show it again:
          <span class="secret">{{newSecret}}</span></div>{{/newSecret}}
        <section class="card">
          <table><thead><tr><th>Name</th><th>Role</th><th>Starts with</th><th>Created</th><th>Last used</th><th>Status</th><th></th></tr></thead><tbody>
          {{#tokens}}<tr><td>{{name}}</td><td>{{role}}</td><td><code>{{prefix}}…</code></td><td>{{created}}</td><td>{{lastUsed}}</td><td>{{status}}</td>
            <td>{{#active}}<form method="post" action="/orgs/{{organizationID}}/tokens/{{id}}/revoke">
              <input type="hidden" name="_csrf" value="{{csrf}}"><button class="danger" type="submit">Revoke</button></form>{{/active}}</td></tr>{{/tokens}}
          {{^tokens}}<tr><td colspan="7" class="muted">No tokens yet.</td></tr>{{/tokens}}
          </tbody></table>
        </section>
        <section class="card">
          <h2>Create a token</h2>
          <p class="muted">A token acts in this organization only, with the role you give it, for scripts and integrations.</p>
          <form class="inline-form" method="post" action="/orgs/{{organization.id}}/tokens">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div><label for="token-name">Name</label><input id="token-name" name="name" type="text" required placeholder="SIEM export"></div>
            <div><label for="token-role">Role</label><select id="token-role" name="role">{{#grantable}}<option value="{{.}}">{{.}}</option>{{/grantable}}</select></div>
            <div><label for="token-days">Expires after (days)</label><input id="token-days" name="days" type="number" min="1" max="3650" value="90"></div>
            <div><button type="submit">Create</button></div>
          </form>
        </section>
        {{/content}}{{/layout}}
        """

    static let audit = """
        {{<layout}}{{$content}}
        <h1>Audit log</h1>
        <section class="card">
          <table><thead><tr><th>When (UTC)</th><th>Who</th><th>Action</th><th>Target</th><th>Outcome</th><th>From</th><th>Details</th></tr></thead><tbody>
          {{#events}}<tr><td>{{when}}</td><td>{{actor}}</td><td>{{action}}</td><td>{{target}}</td>
            <td><span class="pill {{outcome}}">{{outcome}}</span></td><td>{{source}}</td><td class="muted">{{details}}</td></tr>{{/events}}
          {{^events}}<tr><td colspan="7" class="muted">Nothing recorded yet.</td></tr>{{/events}}
          </tbody></table>
          {{#older}}<p><a href="/orgs/{{organization.id}}/audit?before={{older}}">Older events</a></p>{{/older}}
        </section>
        {{/content}}{{/layout}}
        """

    static let settings = """
        {{<layout}}{{$content}}
        <h1>Settings</h1>
        <section class="card">
          <h2>Organization</h2>
          <form method="post" action="/orgs/{{organization.id}}/settings">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <label for="org-name">Name</label><input id="org-name" name="name" type="text" required value="{{organization.name}}">
            <label for="org-kind">Kind</label><select id="org-kind" name="kind">{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select>
            <label for="org-tier">Size tier</label><select id="org-tier" name="size_tier">{{#tiers}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/tiers}}</select>
            <p><button type="submit">Save</button></p>
          </form>
        </section>
        <section class="card">
          <h2>Add a site or sub-organization</h2>
          <form class="inline-form" method="post" action="/orgs/{{organization.id}}/children">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div><label for="child-name">Name</label><input id="child-name" name="name" type="text" required></div>
            <div><label for="child-kind">Kind</label><select id="child-kind" name="kind">{{#kinds}}<option value="{{value}}">{{label}}</option>{{/kinds}}</select></div>
            <div><label for="child-tier">Size tier</label><select id="child-tier" name="size_tier">{{#tiers}}<option value="{{value}}">{{value}}</option>{{/tiers}}</select></div>
            <div><button type="submit">Add</button></div>
          </form>
        </section>
        {{/content}}{{/layout}}
        """

    static let account = """
        {{<layout}}{{$content}}
        <h1>Your account</h1>
        <section class="card">
          <dl class="facts"><dt>Name</dt><dd>{{user.displayName}}</dd><dt>E-mail</dt><dd>{{user.email}}</dd>
          {{#user.isSiteAdministrator}}<dt>Site administrator</dt><dd>yes · <a href="/organizations/new">create an organization</a></dd>{{/user.isSiteAdministrator}}</dl>
        </section>
        <section class="card">
          <h2>Change password</h2>
          <form method="post" action="/account/password">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <label for="current">Current password</label><input id="current" name="current_password" type="password" autocomplete="current-password" required>
            <label for="new">New password (at least 12 characters)</label><input id="new" name="new_password" type="password" autocomplete="new-password" required minlength="12">
            <p><button type="submit">Change password</button></p>
          </form>
        </section>
        <section class="card">
          <h2>Authenticator app (second factor)</h2>
          {{#user.totpEnabled}}
          <p>On. Signing in asks for a code from your app.</p>
          <form class="inline-form" method="post" action="/account/totp/disable">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div><label for="totp-password">Password</label><input id="totp-password" name="password" type="password" required></div>
            <div><button class="danger" type="submit">Turn off</button></div>
          </form>
          {{/user.totpEnabled}}
          {{^user.totpEnabled}}
          {{#enrollment}}
          <p>Add this secret to your authenticator app (or open the link on your phone), then enter the code it shows.</p>
          <span class="secret" id="totp-secret">{{secret}}</span>
          <p class="muted"><a href="{{uri}}">{{uri}}</a></p>
          <form class="inline-form" method="post" action="/account/totp/confirm">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div><label for="totp-code">Code</label><input id="totp-code" name="code" type="text" inputmode="numeric" required></div>
            <div><button type="submit">Turn on</button></div>
          </form>
          {{/enrollment}}
          {{^enrollment}}
          <p>Off. A second factor stops someone who learned your password.</p>
          <form method="post" action="/account/totp/start"><input type="hidden" name="_csrf" value="{{csrf}}">
            <button type="submit">Set up an authenticator app</button></form>
          {{/enrollment}}
          {{/user.totpEnabled}}
        </section>
        {{/content}}{{/layout}}
        """

    static let newOrganization = """
        {{<layout}}{{$content}}
        <h1>New organization</h1>
        <section class="card">
          <form method="post" action="/organizations/new">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <label for="new-name">Name</label><input id="new-name" name="name" type="text" required>
            <label for="new-kind">Kind</label><select id="new-kind" name="kind">{{#kinds}}<option value="{{value}}">{{label}}</option>{{/kinds}}</select>
            <label for="new-tier">Size tier</label><select id="new-tier" name="size_tier">{{#tiers}}<option value="{{value}}">{{value}}</option>{{/tiers}}</select>
            <p><button type="submit">Create</button></p>
          </form>
        </section>
        {{/content}}{{/layout}}
        """
}
