"""Lighthouse scores of the site's page types, desktop and mobile, as a Markdown table.

Builds the site (strict) into a temporary folder, serves it on 127.0.0.1, runs the
pinned Lighthouse (node_modules, see package.json) against Debian's Chromium once per
page and form factor, and prints the four category scores, then every audit that did
not pass in accessibility, best practices and SEO. Nothing leaves the machine: the
pages make no third-party request and Lighthouse's error reporting is off.

    make lighthouse                      # or: .venv/bin/python scripts/lighthouse.py
    .venv/bin/python scripts/lighthouse.py --reports DIR   # also keep the JSON reports
    .venv/bin/python scripts/lighthouse.py --runs 3 --page Glossary --form-factor mobile

With ``--runs N`` each page is audited N times and the median score of each
category is shown, as Lighthouse's own documentation advises for performance,
which varies from run to run.
"""

from __future__ import annotations

import argparse
import http.server
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import static_host

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
FORM_FACTORS = ["desktop", "mobile"]


def build_and_serve(dest: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Build the site for the address it is served at (like a real host), then serve it."""
    site = dest / "site"
    site.mkdir()
    server, url = static_host.start(site)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": url}
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)]
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        server.shutdown()
        sys.exit(f"mkdocs build failed:\n{proc.stdout}{proc.stderr}")
    return server, url


def pages(site: Path) -> dict[str, str]:
    """One page of each kind, by label: path from the site root."""
    first = json.loads((site / "data" / "articles.json").read_text("utf-8"))[0]["url"]
    return {
        "Home": "",
        "Article": first,
        "Themes": "themes/",
        "Theme": "themes/strategy/",
        "Glossary": "glossaire/",
        "Quote index": "citations/",
        "Actors": "acteurs/",
        "Actor": "acteurs/meta/",
        "Key figures": "chiffres/",
        "Chronology": "chronologie/",
    }


def lighthouse(url: str, form_factor: str) -> dict[str, Any]:
    cmd = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        "--no-enable-error-reporting",
        "--disable-full-page-screenshot",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
    ]
    if form_factor == "desktop":
        cmd.append("--preset=desktop")
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        sys.exit(f"lighthouse failed on {url} ({form_factor}):\n{proc.stderr[-3000:]}")
    report: dict[str, Any] = json.loads(proc.stdout)
    if report.get("runtimeError"):
        sys.exit(f"lighthouse could not audit {url} ({form_factor}): {report['runtimeError']}")
    return report


def score(reports: list[dict[str, Any]], category: str) -> str:
    values = [r["categories"][category]["score"] for r in reports]
    if any(v is None for v in values):
        return "n/a"
    median = round(statistics.median(values) * 100)
    if len(values) == 1:
        return str(median)
    return f"{median} ({min(round(v * 100) for v in values)}–{max(round(v * 100) for v in values)})"


def failures(report: dict[str, Any]) -> list[str]:
    """Audits that count towards a non-performance category and did not fully pass."""
    lines = []
    for category in CATEGORIES[1:]:
        for ref in report["categories"][category]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                items = (audit.get("details") or {}).get("items") or []
                targets = [
                    str(item.get("node", {}).get("selector") or item.get("url") or item.get("source") or "")
                    for item in items[:5]
                ]
                where = "; ".join(t for t in targets if t)
                lines.append(f"{category} / {ref['id']}: {audit['title']}" + (f" ({where})" if where else ""))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=Path, help="also write each JSON report into this folder")
    parser.add_argument("--runs", type=int, default=1, help="audits per page and form factor (median shown)")
    parser.add_argument("--page", action="append", help="only this page kind (Home, Article, Theme…); repeatable")
    parser.add_argument("--form-factor", choices=FORM_FACTORS, action="append", help="only this form factor")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is missing: run `make node_modules/.installed` (make lighthouse does it)")
    if not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} is missing: run `make browser`")
    started = time.monotonic()
    rows = []
    problems: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as tmp:
        server, base = build_and_serve(Path(tmp))
        try:
            for form_factor in args.form_factor or FORM_FACTORS:
                for label, path in pages(Path(tmp) / "site").items():
                    if args.page and label not in args.page:
                        continue
                    reports = [lighthouse(base + path, form_factor) for _ in range(args.runs)]
                    rows.append([label, form_factor, *(score(reports, c) for c in CATEGORIES)])
                    for report in reports:
                        for line in failures(report):
                            where = problems.setdefault(line, [])
                            if f"{label} ({form_factor})" not in where:
                                where.append(f"{label} ({form_factor})")
                    for run, report in enumerate(reports, 1):
                        if args.reports:
                            args.reports.mkdir(parents=True, exist_ok=True)
                            name = f"{path.strip('/').replace('/', '_') or 'home'}-{form_factor}-{run}.json"
                            (args.reports / name).write_text(json.dumps(report, indent=1), "utf-8")
        finally:
            server.shutdown()
    print(f"Lighthouse {report['lighthouseVersion']}, {report['environment']['hostUserAgent']}\n")
    print("| Page | Form factor | Performance | Accessibility | Best practices | SEO |")
    print("|---|---|---:|---:|---:|---:|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    if problems:
        print("\nAudits not passed (accessibility, best practices, SEO):")
        for line, where in problems.items():
            print(f"- {line} — {', '.join(where)}")
    print(f"\n{len(rows) * args.runs} runs in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
