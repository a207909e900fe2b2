#!/usr/bin/env python3
"""End-to-end browser check of Ward's web UI (headless Chromium through Selenium 4).

Usage:
    python3 Tests/Browser/ui_check.py --base-url http://127.0.0.1:18181 --email E --password P

Exits 0 when every check passes, 1 when a check fails (with a "FAIL:" line saying what and where), 2 when the
check cannot run (no browser, server unreachable, bad arguments). Prints one line per checked page.

The script talks only to --base-url: Chromium runs with background networking off and a host resolver that
resolves nothing, every page it follows must stay on the base URL's origin, and the status checks use urllib
against the same origin. Selenium Manager is never used (the driver is given explicitly).
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

# Selenium Manager would try to download drivers and send usage statistics; we give the driver path explicitly,
# and this makes sure it stays quiet even if something asks for it.
os.environ.setdefault("SE_AVOID_STATS", "true")
os.environ.setdefault("SE_OFFLINE", "true")

try:
    from selenium import webdriver
    from selenium.common.exceptions import (NoSuchElementException, StaleElementReferenceException, TimeoutException,
                                            WebDriverException)
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import Select, WebDriverWait
except ImportError:  # pragma: no cover - environment problem, not a UI failure
    print("SETUP: selenium 4 is not installed (pip install selenium)", file=sys.stderr)
    sys.exit(2)

# Every explicit wait and page load is bounded by this. Generous: headless Chromium shares a loaded CI machine with
# the rest of the test run; a page that loads at once costs no more.
WAIT_SECONDS = int(os.environ.get("WARD_UI_WAIT_SECONDS", "30"))
HTTP_TIMEOUT = 30
SCOPE_TARGET = "10.99.0.0/24"
SESSION_COOKIE = "ward_session"
UUID = r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
# Ward's stylesheet: body uses --wash (#f3f5f8), buttons use --brand (#0b5d6b) with white ink.
WASH = "rgb(243, 245, 248)"
# While a form's answer loads, elements found a moment earlier go stale; waits retry instead of failing.
IGNORED = (NoSuchElementException, StaleElementReferenceException)
BRAND = "rgb(11, 93, 107)"


class CheckFailed(Exception):
    """A UI check did not hold."""


class Checker:
    def __init__(self, base_url: str, email: str, password: str, driver_path: str, browser_path: str | None,
                 show_browser: bool) -> None:
        parsed = urllib.parse.urlsplit(base_url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise SystemExit(f"SETUP: --base-url must be an http(s) URL, got {base_url!r}")
        self.base = f"{parsed.scheme}://{parsed.netloc}"
        self.host = parsed.hostname
        self.email = email
        self.password = password
        self.checked = 0

        options = webdriver.ChromeOptions()
        if not show_browser:
            options.add_argument("--headless=new")
        for argument in (
            "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900",
            # Keep Chromium from phoning home: no component updates, sync, safe browsing, metrics or
            # first-run/default-apps traffic, and a resolver that resolves no host name except the base URL's.
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--no-first-run", "--no-default-browser-check", "--disable-client-side-phishing-detection",
            "--metrics-recording-only", "--disable-domain-reliability", "--disable-breakpad",
            "--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,"
            "CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions",
            f"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {self.host}",
        ):
            options.add_argument(argument)
        if browser_path:
            options.binary_location = browser_path
        try:
            self.driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
        except WebDriverException as error:
            raise SystemExit(f"SETUP: could not start headless Chromium via {driver_path}: {error.msg}")
        self.driver.set_page_load_timeout(WAIT_SECONDS)
        self.driver.implicitly_wait(0)

    # MARK: helpers

    def close(self) -> None:
        try:
            self.driver.quit()
        except WebDriverException:
            pass

    def wait(self, condition, what: str):
        def guarded(driver):
            # While the next page loads, Chrome may report nodes of the old one as detached; look again.
            try:
                return condition(driver)
            except WebDriverException:
                return False
        try:
            return WebDriverWait(self.driver, WAIT_SECONDS, ignored_exceptions=IGNORED).until(guarded)
        except TimeoutException:
            raise CheckFailed(f"timed out after {WAIT_SECONDS}s waiting for {what} (at {self.driver.current_url})")

    def path(self) -> str:
        return urllib.parse.urlsplit(self.driver.current_url).path

    def require_same_origin(self, url: str) -> None:
        parsed = urllib.parse.urlsplit(urllib.parse.urljoin(self.base + "/", url))
        if f"{parsed.scheme}://{parsed.netloc}" != self.base:
            raise CheckFailed(f"link {url!r} leaves {self.base}; the check only follows links on the base URL")

    def get(self, url: str) -> None:
        self.require_same_origin(url)
        self.driver.get(urllib.parse.urljoin(self.base + "/", url))

    def h1(self) -> str:
        elements = self.driver.find_elements(By.TAG_NAME, "h1")
        if not elements or not elements[0].text.strip():
            raise CheckFailed(f"{self.path()} has no <h1> (title {self.driver.title!r})")
        return elements[0].text.strip()

    def banners(self, selector: str) -> list[str]:
        return [e.text.strip() for e in self.driver.find_elements(By.CSS_SELECTOR, selector)]

    def assert_no_server_error(self) -> None:
        title = self.driver.title
        if title.lower().startswith("something went wrong"):
            raise CheckFailed(f"{self.path()} shows the server error page: {self.h1_text_or_body()}")
        for text in self.banners(".error"):
            if "something went wrong" in text.lower():
                raise CheckFailed(f"{self.path()} shows a server error: {text!r}")

    def assert_clean_banners(self, allow_notice: bool = False) -> None:
        """A page reached by a plain GET must not show an error banner, nor a notice unless one is expected.
        This also catches template bugs such as an empty optional rendered as the text "nil"."""
        errors = self.banners(".error")
        if errors:
            raise CheckFailed(f"{self.path()} shows an unexpected error banner {errors!r} (rendered HTML: "
                              f"{self.snippet('.error')})")
        notices = self.banners(".notice")
        if notices and not allow_notice:
            raise CheckFailed(f"{self.path()} shows an unexpected notice banner {notices!r} (rendered HTML: "
                              f"{self.snippet('.notice')})")
        for text in errors + notices:
            if text in ("nil", "null", "none", "Optional(nil)"):
                raise CheckFailed(f"{self.path()} shows a banner with placeholder text {text!r}")

    def snippet(self, selector: str) -> str:
        elements = self.driver.find_elements(By.CSS_SELECTOR, selector)
        return elements[0].get_attribute("outerHTML")[:200] if elements else "-"

    def h1_text_or_body(self) -> str:
        text = self.driver.find_element(By.TAG_NAME, "body").text
        return re.sub(r"\s+", " ", text)[:300]

    def session_cookie(self) -> str | None:
        cookie = self.driver.get_cookie(SESSION_COOKIE)
        return cookie["value"] if cookie else None

    def http_status(self, url: str, cookie: str | None) -> tuple[int, str | None]:
        """GET `url` with urllib (redirects not followed), sending the browser's session cookie."""
        self.require_same_origin(url)

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        opener = urllib.request.build_opener(NoRedirect, urllib.request.ProxyHandler({}))
        request = urllib.request.Request(urllib.parse.urljoin(self.base + "/", url), method="GET")
        if cookie:
            request.add_header("Cookie", f"{SESSION_COOKIE}={cookie}")
        try:
            with opener.open(request, timeout=HTTP_TIMEOUT) as response:
                return response.status, response.headers.get("Location")
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Location")
        except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
            raise CheckFailed(f"could not fetch {url} with urllib: {error}")

    def ok(self, what: str, detail: str = "") -> None:
        self.checked += 1
        print(f"ok  {what:<28} {detail}".rstrip(), flush=True)

    def click(self, element) -> None:
        """Scroll an element to the middle of the window first, so sticky bars cannot cover it, then click it."""
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        element.click()

    def fill(self, element_id: str, text: str) -> None:
        field = self.driver.find_element(By.ID, element_id)
        field.clear()
        field.send_keys(text)

    # MARK: checks

    def check_login_page(self) -> None:
        status, _ = self.http_status("/login", None)
        if status != 200:
            raise CheckFailed(f"GET /login answered {status}, expected 200")
        self.get("/login")
        self.wait(EC.presence_of_element_located((By.CSS_SELECTOR, "form[action='/login']")), "the sign-in form")
        if self.h1() != "Sign in":
            raise CheckFailed(f"/login heading is {self.h1()!r}, expected 'Sign in'")
        for selector in ("input[name=email][type=email]", "input[name=password][type=password]",
                         "input[type=hidden][name=_csrf]", "form[action='/login'] button[type=submit]"):
            if not self.driver.find_elements(By.CSS_SELECTOR, selector):
                raise CheckFailed(f"/login has no {selector}")
        # The stylesheet is external (the CSP forbids inline styles), so a computed style from it proves it loaded.
        sheets = self.driver.execute_script(
            "return Array.from(document.styleSheets).map(s => s.href || '')")
        if not any(href.endswith("/static/ward.css") for href in sheets):
            raise CheckFailed(f"/static/ward.css is not among the page's stylesheets: {sheets}")
        body_background = self.driver.execute_script(
            "return getComputedStyle(document.body).backgroundColor")
        button = self.driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button[type=submit]")
        button_background = self.driver.execute_script("return getComputedStyle(arguments[0]).backgroundColor",
                                                       button)
        if body_background != WASH or button_background != BRAND:
            raise CheckFailed(f"/static/ward.css is not applied: body background {body_background} (want {WASH}), "
                              f"button background {button_background} (want {BRAND})")
        self.assert_clean_banners()
        self.ok("sign-in page", f"{self.path()} (ward.css applied: body {body_background}, button {button_background})")

    def submit_login(self, password: str) -> None:
        self.fill("email", self.email)
        self.fill("password", password)
        self.driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button[type=submit]").click()

    def check_wrong_password(self) -> None:
        self.get("/login")
        self.wait(EC.presence_of_element_located((By.ID, "email")), "the e-mail field")
        self.submit_login(self.password + "-not-it")
        self.wait(lambda d: d.find_elements(By.CSS_SELECTOR, ".error") and d.find_element(
            By.CSS_SELECTOR, ".error").text.strip(), "an error message after a wrong password")
        if self.path() != "/login" or self.h1() != "Sign in":
            raise CheckFailed(f"a wrong password left the sign-in page: now at {self.path()} ({self.h1()!r})")
        if self.session_cookie():
            raise CheckFailed("a wrong password set a session cookie")
        message = self.banners(".error")[0]
        if message.lower() in ("nil", "null", ""):
            raise CheckFailed(f"a wrong password shows a meaningless error {message!r}")
        email_value = self.driver.find_element(By.ID, "email").get_attribute("value")
        if email_value != self.email:
            raise CheckFailed(f"after a wrong password the e-mail field holds {email_value!r}, expected it kept")
        self.ok("wrong password refused", f"{self.path()} error: {message!r}")

    def check_login(self) -> str:
        self.get("/login")
        self.wait(EC.presence_of_element_located((By.ID, "email")), "the e-mail field")
        self.submit_login(self.password)
        try:
            WebDriverWait(self.driver, WAIT_SECONDS, ignored_exceptions=IGNORED).until(
                lambda d: re.fullmatch(f"/orgs/{UUID}", self.path()))
        except TimeoutException:
            errors = self.banners(".error")
            raise CheckFailed(f"signing in as {self.email} did not reach an organization overview; still at "
                              f"{self.path()}" + (f" with error {errors[0]!r}" if errors else "")
                              + (" (wrong --email/--password?)" if self.path() == "/login" else ""))
        if not self.session_cookie():
            raise CheckFailed(f"signed in, but the browser holds no {SESSION_COOKIE} cookie")
        facts = self.driver.find_elements(By.CSS_SELECTOR, "dl.facts dt")
        if "Your role" not in [f.text for f in facts]:
            raise CheckFailed(f"{self.path()} does not look like an organization overview (no 'Your role')")
        self.assert_no_server_error()
        self.ok("sign-in lands on overview", f"{self.path()} ({self.h1()!r})")
        return self.driver.current_url

    def check_navigation(self) -> None:
        links = [(a.text.strip(), a.get_attribute("href")) for a in
                 self.driver.find_elements(By.CSS_SELECTOR, "nav.side a")]
        if not links:
            raise CheckFailed(f"{self.path()} has no links in nav.side")
        labels = [label for label, _ in links]
        for expected in ("Overview", "Scope", "Members", "Account"):
            if expected not in labels:
                raise CheckFailed(f"the side navigation lacks {expected!r}; it has {labels}")
        cookie = self.session_cookie()
        for label, href in links:
            self.get(href)
            self.wait(EC.presence_of_element_located((By.TAG_NAME, "body")), f"the {label} page")
            if self.path() != urllib.parse.urlsplit(href).path:
                raise CheckFailed(f"nav link {label!r} ({href}) ended at {self.driver.current_url}")
            heading = self.h1()
            self.assert_no_server_error()
            status, location = self.http_status(href, cookie)
            if status != 200:
                raise CheckFailed(f"nav link {label!r}: GET {href} answered {status}"
                                  + (f" -> {location}" if location else "") + ", expected 200")
            current = [a.text.strip() for a in
                       self.driver.find_elements(By.CSS_SELECTOR, "nav.side a[aria-current=page]")]
            if current != [label]:
                raise CheckFailed(f"on {label!r} the navigation marks {current} as the current page")
            self.assert_clean_banners()
            self.ok(f"nav: {label}", f"{self.path()} 200 h1={heading!r}")

    def check_switcher(self, overview_url: str) -> None:
        self.get(overview_url)
        self.wait(EC.presence_of_element_located((By.CSS_SELECTOR, "form.switcher select")), "the switcher")
        before = self.path()
        select = Select(self.driver.find_element(By.CSS_SELECTOR, "form.switcher select"))
        options = [(o.get_attribute("value"), o.text.strip(), o.is_selected()) for o in select.options]
        others = [o for o in options if not o[2]]
        if len(options) < 2 or not others:
            raise CheckFailed(f"the organization switcher offers {[o[1] for o in options]}; the demo owner belongs "
                              "to a clinic and its sub-organization, so two are expected")
        preferred = [o for o in others if "riverside" in o[1].lower()] or others
        value, name, _ = preferred[0]
        select.select_by_value(value)
        self.driver.find_element(By.CSS_SELECTOR, "form.switcher button[type=submit]").click()
        self.wait(lambda d: self.path() != before and re.fullmatch(f"/orgs/{UUID}", self.path()),
                  f"the switch to {name!r}")
        if self.path().lower() != f"/orgs/{value}".lower():
            raise CheckFailed(f"switching to {name!r} ({value}) landed on {self.path()}")
        if self.h1() != name:
            raise CheckFailed(f"after switching to {name!r} the overview is headed {self.h1()!r}")
        selected = Select(self.driver.find_element(By.CSS_SELECTOR, "form.switcher select")).first_selected_option
        if selected.get_attribute("value") != value:
            raise CheckFailed(f"after switching, the switcher still selects {selected.text!r}")
        self.assert_no_server_error()
        self.ok("organization switcher", f"{before} -> {self.path()} ({name!r})")

    def scope_rows(self) -> list[str]:
        targets = []
        for row in self.driver.find_elements(By.CSS_SELECTOR, "section.card table tbody tr"):
            cells = row.find_elements(By.TAG_NAME, "td")  # read once: the page may change between two reads
            if len(cells) >= 4:
                targets.append(cells[1].text.strip())
        return targets

    def remove_scope_row(self, target: str) -> None:
        for row in self.driver.find_elements(By.CSS_SELECTOR, "section.card table tbody tr"):
            cells = row.find_elements(By.TAG_NAME, "td")
            if len(cells) >= 4 and cells[1].text.strip() == target:
                row.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
                self.wait(EC.staleness_of(row), "the Scope page to reload after Remove")
                self.wait(lambda d: target not in self.scope_rows(), f"{target} to leave the scope table")
                return
        raise CheckFailed(f"no scope row for {target} to remove")

    def check_scope_form(self) -> None:
        scope_links = [a.get_attribute("href") for a in self.driver.find_elements(By.CSS_SELECTOR, "nav.side a")
                       if a.text.strip() == "Scope"]
        if not scope_links:
            raise CheckFailed("no Scope link in the navigation")
        scope_url = scope_links[0]
        self.get(scope_url)
        self.wait(EC.presence_of_element_located((By.ID, "target")), "the add-entry form on the Scope page")
        if SCOPE_TARGET in self.scope_rows():  # left over from an interrupted run
            self.remove_scope_row(SCOPE_TARGET)
        Select(self.driver.find_element(By.ID, "kind")).select_by_value("include")
        self.fill("target", SCOPE_TARGET)
        self.fill("note", "ui_check")
        self.driver.find_element(By.CSS_SELECTOR, "form[action$='/scope/entries'] button[type=submit]").click()
        self.wait(lambda d: SCOPE_TARGET in self.scope_rows() or self.banners(".error"),
                  f"{SCOPE_TARGET} in the scope table")
        if SCOPE_TARGET not in self.scope_rows():
            raise CheckFailed(f"adding {SCOPE_TARGET} failed: {self.banners('.error')}")
        self.assert_no_server_error()
        notices = self.banners(".notice")
        if not any(SCOPE_TARGET in n for n in notices):
            raise CheckFailed(f"after adding {SCOPE_TARGET} the notice is {notices!r}")
        self.assert_clean_banners(allow_notice=True)
        # The table must still show it after a fresh GET (the form's answer is not the only place it exists).
        self.get(scope_url)
        self.wait(EC.presence_of_element_located((By.ID, "target")), "the Scope page")
        if SCOPE_TARGET not in self.scope_rows():
            raise CheckFailed(f"{SCOPE_TARGET} is gone from the scope table after reloading {scope_url}")
        self.ok("form: add scope entry", f"{self.path()} shows {SCOPE_TARGET}")
        self.remove_scope_row(SCOPE_TARGET)
        self.assert_no_server_error()
        self.ok("form: remove scope entry", f"{self.path()} no longer shows {SCOPE_TARGET}")

    def check_assessment_workflow(self, overview_url: str) -> None:
        """Create an assessment, answer a practice, attach evidence, sign off, and see scores, coverage and plan."""
        base = urllib.parse.urlsplit(overview_url).path + "/assessments"
        self.get(base)
        self.wait(EC.presence_of_element_located((By.ID, "framework")), "the start-assessment form")
        if "HICP self-assessment 2026" not in self.driver.find_element(By.TAG_NAME, "table").text:
            raise CheckFailed(f"{base} does not list the demo clinic's assessment")
        Select(self.driver.find_element(By.ID, "framework")).select_by_value("hicp@2018")
        self.fill("title", "ui_check assessment")
        self.fill("providers", "3")
        self.fill("beds", "0")
        self.fill("it_assets", "30")
        self.driver.find_element(By.CSS_SELECTOR, f"form[action='{base}'] button[type=submit]").click()
        self.wait(lambda d: re.fullmatch(f"{base}/{UUID}", self.path()), "the new assessment's page")
        assessment = self.path()
        if self.h1() != "ui_check assessment":
            raise CheckFailed(f"the new assessment is headed {self.h1()!r}")
        if not any("small: 3 providers" in n for n in self.banners(".notice")):
            raise CheckFailed(f"the start notice does not give the size reasons: {self.banners('.notice')!r}")
        self.assert_no_server_error()
        self.ok("assessment: create", f"{assessment} (tier suggested from the questionnaire)")

        self.get(assessment + "/practices/1")
        self.wait(EC.presence_of_element_located((By.ID, "status-1.S.A")), "the practice 1 form")
        Select(self.driver.find_element(By.ID, "status-1.S.A")).select_by_value("implemented")
        Select(self.driver.find_element(By.ID, "maturity-1.S.A")).select_by_value("3")
        self.fill("notes-1.S.A", "Filtering and DMARC in place")
        Select(self.driver.find_element(By.ID, "status-1.S.B")).select_by_value("partial")
        self.click(self.driver.find_element(By.CSS_SELECTOR, "button[form=answers][value=stay]"))
        self.wait(lambda d: any("Saved 2 answers" in n for n in self.banners(".notice")) or self.banners(".error"),
                  "the saved notice")
        if self.banners(".error"):
            raise CheckFailed(f"saving practice 1 failed: {self.banners('.error')!r}")
        selected = Select(self.driver.find_element(By.ID, "status-1.S.A")).first_selected_option.get_attribute("value")
        if selected != "implemented":
            raise CheckFailed(f"after saving, 1.S.A shows {selected!r}")
        self.ok("assessment: answer practice", f"{self.path()} saved 1.S.A and 1.S.B")

        evidence = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"ward-ui-check-{os.getpid()}.txt")
        with open(evidence, "w", encoding="utf-8") as handle:
            handle.write("DMARC report, ui_check\n")
        try:
            self.click(self.driver.find_element(By.CSS_SELECTOR, "#req-1\\.S\\.A details summary"))
            self.driver.find_element(By.ID, "file-1.S.A").send_keys(evidence)
            self.click(self.driver.find_element(By.CSS_SELECTOR, "form[action$='/answers/1.S.A/evidence'] button[type=submit]"))
            self.wait(lambda d: any("Attached" in n for n in self.banners(".notice")) or self.banners(".error"),
                      "the evidence notice")
        finally:
            os.remove(evidence)
        if self.banners(".error"):
            raise CheckFailed(f"attaching evidence failed: {self.banners('.error')!r}")
        # The page came back with the evidence list folded; open it again to see the file.
        self.click(self.driver.find_element(By.CSS_SELECTOR, "#req-1\\.S\\.A details summary"))
        link = self.driver.find_elements(By.LINK_TEXT, os.path.basename(evidence))
        if not link:
            raise CheckFailed("the attached file is not listed under 1.S.A")
        status, _ = self.http_status(link[0].get_attribute("href"), self.session_cookie())
        if status != 200:
            raise CheckFailed(f"downloading the evidence answered {status}")
        self.ok("assessment: attach evidence", f"{os.path.basename(evidence)} listed and downloadable")

        self.click(self.driver.find_element(By.CSS_SELECTOR, "form[action$='/answers/1.S.A/sign'] button[type=submit]"))
        self.wait(lambda d: any("Signed off 1.S.A" in n for n in self.banners(".notice")), "the sign-off notice")
        if self.driver.find_element(By.ID, "status-1.S.A").is_enabled():
            raise CheckFailed("a signed-off answer can still be edited")
        self.ok("assessment: sign off", "1.S.A signed and locked")

        self.get(assessment)
        self.wait(EC.presence_of_element_located((By.ID, "overall-score")), "the scores")
        # (1 implemented + 0.5 partial) over the 19 small-organization sub-practices = 7.9, shown as 8.
        score = self.driver.find_element(By.ID, "overall-score").text.strip()
        if score != "8":
            raise CheckFailed(f"the overall score reads {score!r}, expected '8'")
        body = self.driver.find_element(By.TAG_NAME, "body").text
        if "Healthcare and Public Health Sector Cybersecurity Performance Goals" not in body or "from 1.S.A implemented" not in body:
            raise CheckFailed("the assessment page does not show HPH goal coverage with its path")
        self.assert_no_server_error()
        self.ok("assessment: scores", f"overall {score}; HPH goals shown with paths")

        self.get(assessment + "/plan")
        self.wait(EC.presence_of_element_located((By.TAG_NAME, "table")), "the plan")
        if self.h1() != "Action plan" or "1.S.B" not in self.driver.find_element(By.TAG_NAME, "table").text:
            raise CheckFailed("the action plan does not list the partial 1.S.B")
        status, _ = self.http_status(assessment + "/report", self.session_cookie())
        if status != 200:
            raise CheckFailed(f"the executive report answered {status}")
        self.ok("assessment: plan and report", f"{self.path()} lists 1.S.B; report 200")

        self.get(assessment)
        self.wait(EC.presence_of_element_located((By.CSS_SELECTOR, "form[action$='/delete']")), "the delete button")
        self.click(self.driver.find_element(By.CSS_SELECTOR, "form[action$='/delete'] button[type=submit]"))
        self.wait(lambda d: self.path() == base, "the list after deleting")
        self.ok("assessment: delete", "back on the list")

    def check_incident_workflow(self, overview_url: str) -> None:
        """Record an incident, see the reports due with a countdown, tick a playbook step, download a package."""
        base = urllib.parse.urlsplit(overview_url).path + "/incidents"
        self.get(base)
        self.wait(EC.presence_of_element_located((By.ID, "title")), "the record-incident form")
        body = self.driver.find_element(By.TAG_NAME, "table").text
        if "Billing mailbox taken over" not in body or "Tabletop: ransomware" not in body:
            raise CheckFailed(f"{base} does not list the demo clinic's incidents")
        self.fill("title", "ui_check lost laptop")
        Select(self.driver.find_element(By.ID, "kind")).select_by_value("lost_device")
        self.driver.execute_script("arguments[0].value = '2026-11-28T06:40'", self.driver.find_element(By.ID, "discovered"))
        self.fill("individuals", "620")
        self.fill("states", "IA=560, NE=60")
        self.click(self.driver.find_element(By.CSS_SELECTOR, "input[name=phi]"))
        self.click(self.driver.find_element(By.CSS_SELECTOR, f"form[action='{base}'] button[type=submit]"))
        self.wait(lambda d: re.fullmatch(f"{base}/{UUID}", self.path()) or self.banners(".error"), "the new incident's page")
        if self.banners(".error"):
            raise CheckFailed(f"recording the incident failed: {self.banners('.error')!r}")
        table = self.driver.find_elements(By.TAG_NAME, "table")[0].text
        for expected in ("HHS", "media", "2027-01-27 23:59 America/Chicago"):
            if expected.lower() not in table.lower():
                raise CheckFailed(f"the reports-due table lacks {expected!r}: {table[:400]!r}")
        self.ok("incident: reports due", f"{self.path()} lists HHS and media notices, due 2027-01-27 local time")
        step = self.driver.find_elements(By.CSS_SELECTOR, "ul.checklist form button")[0]
        self.click(step)
        self.wait(lambda d: any(n.startswith("Done:") for n in self.banners(".notice")), "the tick notice")
        link = self.driver.find_elements(By.PARTIAL_LINK_TEXT, "Prepared package")[0].get_attribute("href")
        status, _ = self.http_status(link, self.session_cookie())
        if status != 200:
            raise CheckFailed(f"the prepared package answered {status}")
        self.ok("incident: playbook and package", "a step ticked; package 200")

    def check_inventory_workflow(self, overview_url: str) -> None:
        """Import a spreadsheet, open an asset and edit it, filter findings, mark one a false positive and reopen it."""
        org = urllib.parse.urlsplit(overview_url).path
        self.get(org + "/assets")
        self.wait(EC.presence_of_element_located((By.ID, "import-format")), "the import form on the Assets page")
        table = self.driver.find_element(By.TAG_NAME, "table").text
        if "imaging-ws.cedarvalley.example" not in table or "pump-07" not in table:
            raise CheckFailed(f"{org}/assets does not list the demo clinic's devices")
        self.assert_clean_banners()
        csv_link = self.driver.find_element(By.PARTIAL_LINK_TEXT, "Download CSV").get_attribute("href")
        status, _ = self.http_status(csv_link, self.session_cookie())
        if status != 200:
            raise CheckFailed(f"the CSV download answered {status}")
        spreadsheet = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"ward-ui-check-{os.getpid()}.csv")
        with open(spreadsheet, "w", encoding="utf-8") as handle:
            handle.write("Device Name,IP,owner\nui-check-printer,10.20.50.9,Front desk\n")
        try:
            Select(self.driver.find_element(By.ID, "import-format")).select_by_value("csv")
            self.fill("import-mapping", "name=Device Name,addresses=IP")
            self.driver.find_element(By.ID, "import-file").send_keys(spreadsheet)
            self.click(self.driver.find_element(By.CSS_SELECTOR, "form[action$='/assets/import'] button[type=submit]"))
            self.wait(lambda d: any(n.startswith("Read 1 row ") for n in self.banners(".notice"))
                      or self.banners(".error"), "the import notice")
        finally:
            os.remove(spreadsheet)
        if self.banners(".error"):
            raise CheckFailed(f"importing a spreadsheet failed: {self.banners('.error')!r}")
        if "ui-check-printer" not in self.driver.find_element(By.TAG_NAME, "table").text:
            raise CheckFailed("the imported device is not in the asset table")
        self.ok("inventory: import CSV", f"{self.path()} lists ui-check-printer; CSV download 200")

        self.click(self.driver.find_element(By.LINK_TEXT, "pump-07"))
        self.wait(lambda d: re.fullmatch(f"{org}/assets/{UUID}", self.path()), "the pump's asset page")
        body = self.driver.find_element(By.TAG_NAME, "body").text
        for expected in ("FlowPoint 300", "life-sustaining", "Oncology"):
            if expected not in body:
                raise CheckFailed(f"the asset page of pump-07 lacks {expected!r}")
        self.fill("owner", "ui_check biomed")
        self.fill("serial", "FP3-77120")
        self.click(self.driver.find_element(By.CSS_SELECTOR, "form[action$='/edit'] button[type=submit]"))
        self.wait(lambda d: any(n.startswith("Saved") for n in self.banners(".notice")) or self.banners(".error"),
                  "the saved notice")
        if self.banners(".error"):
            raise CheckFailed(f"editing pump-07 failed: {self.banners('.error')!r}")
        if "ui_check biomed" not in self.driver.find_element(By.CSS_SELECTOR, "dl.facts").text:
            raise CheckFailed("the new owner of pump-07 is not shown")
        self.ok("inventory: asset page", f"{self.path()} shows the medical details; owner saved")

        self.get(org + "/findings")
        self.wait(EC.presence_of_element_located((By.ID, "status")), "the findings filters")
        self.assert_clean_banners()
        if not self.driver.find_elements(By.CSS_SELECTOR, "svg.trend rect"):
            raise CheckFailed("the findings page has no weekly bars")
        Select(self.driver.find_element(By.ID, "status")).select_by_value("all")
        Select(self.driver.find_element(By.ID, "severity")).select_by_value("critical")
        self.click(self.driver.find_element(By.CSS_SELECTOR, "form[action$='/findings'][method=get] button[type=submit]"))
        self.wait(lambda d: "severity=critical" in self.driver.current_url, "the filtered findings")
        table = self.driver.find_element(By.TAG_NAME, "table").text
        if "VNC server without a password" not in table or "RDP without Network Level Authentication" in table:
            raise CheckFailed(f"filtering by critical shows the wrong findings: {table[:300]!r}")
        self.ok("findings: filter", f"{self.path()}?status=all&severity=critical")

        self.click(self.driver.find_element(By.LINK_TEXT, "VNC server without a password"))
        self.wait(EC.presence_of_element_located((By.ID, "fp_reason")), "the false-positive form")
        finding = self.path()
        self.fill("fp_reason", "ui_check: VNC is bound to localhost")
        self.click(self.driver.find_element(By.CSS_SELECTOR, "form[action$='/false-positive'] button[type=submit]"))
        self.wait(lambda d: any("false positive" in n for n in self.banners(".notice")) or self.banners(".error"),
                  "the false-positive notice")
        if self.banners(".error"):
            raise CheckFailed(f"marking a false positive failed: {self.banners('.error')!r}")
        if "marked false positive" not in self.driver.find_element(By.TAG_NAME, "table").text:
            raise CheckFailed("the finding's history does not show the false-positive mark")
        self.fill("reopen_reason", "ui_check: undo")
        self.click(self.driver.find_element(By.CSS_SELECTOR, "form[action$='/reopen'] button[type=submit]"))
        self.wait(lambda d: "Reopened." in self.banners(".notice") or self.banners(".error"), "the reopen notice")
        if self.banners(".error"):
            raise CheckFailed(f"reopening failed: {self.banners('.error')!r}")
        self.ok("findings: decide", f"{finding} marked false positive, then reopened")

    def check_sign_out(self) -> None:
        cookie = self.session_cookie()
        overview = [a.get_attribute("href") for a in self.driver.find_elements(By.CSS_SELECTOR, "nav.side a")][0]
        self.driver.find_element(By.CSS_SELECTOR, "form[action='/logout'] button[type=submit]").click()
        self.wait(lambda d: self.path() == "/login", "the sign-in page after signing out")
        if self.h1() != "Sign in":
            raise CheckFailed(f"signing out reached {self.path()} headed {self.h1()!r}")
        if self.session_cookie():
            raise CheckFailed(f"the {SESSION_COOKIE} cookie survived signing out")
        # The old session must be dead on the server too, not only forgotten by the browser.
        status, location = self.http_status(overview, cookie)
        if status == 200:
            raise CheckFailed(f"after signing out, the old session cookie still opens {overview} (200)")
        self.get(overview)
        self.wait(lambda d: self.path() == "/login", "a signed-out browser to be sent to /login")
        self.ok("sign out", f"back on {self.path()}; old session gets {status} -> {location}")

    def run(self) -> None:
        self.check_login_page()
        self.check_wrong_password()
        overview = self.check_login()
        self.check_navigation()
        self.check_switcher(overview)
        self.check_scope_form()
        self.check_assessment_workflow(overview)
        self.check_incident_workflow(overview)
        self.check_inventory_workflow(overview)
        self.check_sign_out()


def main() -> int:
    parser = argparse.ArgumentParser(description="Browser check of Ward's web UI.")
    parser.add_argument("--base-url", required=True, help="e.g. http://127.0.0.1:18181")
    parser.add_argument("--email", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    parser.add_argument("--chromium", default=None, help="browser binary (default: what chromedriver finds)")
    parser.add_argument("--show-browser", action="store_true", help="run with a visible window (debugging)")
    arguments = parser.parse_args()

    start = time.monotonic()
    base = arguments.base_url.rstrip("/")
    try:  # a server that is not there is a set-up problem, not a UI failure
        with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(base + "/healthz",
                                                                              timeout=HTTP_TIMEOUT):
            pass
    except urllib.error.HTTPError:
        pass  # it answers; the checks will say whether the answers are right
    except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as error:
        print(f"SETUP: Ward is not reachable at {base}: {getattr(error, 'reason', error)}", file=sys.stderr)
        return 2
    try:
        checker = Checker(base, arguments.email, arguments.password,
                          arguments.chromedriver, arguments.chromium, arguments.show_browser)
    except SystemExit as error:
        print(error, file=sys.stderr)
        return 2
    try:
        checker.run()
    except CheckFailed as failure:
        print(f"FAIL: {failure}", file=sys.stderr)
        return 1
    except WebDriverException as error:
        print(f"FAIL: the browser reported an error at {checker.driver.current_url}: {error.msg}", file=sys.stderr)
        return 1
    finally:
        checker.close()
    print(f"PASS: {checker.checked} checks against {arguments.base_url} in {time.monotonic() - start:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
