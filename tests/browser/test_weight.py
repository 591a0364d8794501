"""What each page costs a reader on a phone: bytes over the wire, by kind.

The browser's Resource Timing entries at phone width: ``transferSize`` is what
crossed the network (gzipped, as GitHub Pages sends it), the decoded size of an
image what the phone must parse. Two budgets fail the run; with
``PAGE_WEIGHT_DIR`` set (``nox -s browser`` does) each page's figures are
written there, and the session prints them as a table to compare before and
after a change.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.browser.browse import visit
from tests.browser.site import Site

# An image over this size (decoded) makes a phone parse and paint too much;
# issue 13 sets it for timelines, and every chart on the site meets it too.
IMAGE_LIMIT = 100 * 1024
# What a page may transfer at load on a phone, all requests together. The
# search index and the theme's JavaScript are most of it on every page.
PAGE_LIMIT = 512 * 1024

RESOURCES = """() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const entries = performance.getEntriesByType('resource');
    return {
        document: nav.transferSize,
        resources: entries.map(e => ({
            url: e.name, kind: e.initiatorType,
            transfer: e.transferSize, decoded: e.decodedBodySize,
        })),
    };
}"""


def kind(resource: dict) -> str:
    path = resource["url"].split("?")[0].split("#")[0]
    if path.endswith(".svg") or resource["kind"] == "img":
        return "images"
    if path.endswith(".js"):
        return "scripts"
    if path.endswith(".css"):
        return "styles"
    return "other"  # the search index, the sitemap, fonts, …


def test_page_weight_on_a_phone(browser, site: Site, page_path: str) -> None:
    with visit(browser, site, page_path, phone=True) as seen:
        seen.page.wait_for_load_state("networkidle")
        measured = seen.page.evaluate(RESOURCES)
    totals = {"document": measured["document"]}
    for resource in measured["resources"]:
        key = kind(resource)
        totals[key] = totals.get(key, 0) + resource["transfer"]
    total = sum(totals.values())
    problems = [
        f"{r['url']} is {r['decoded'] / 1024:.0f} KiB decoded (limit "
        f"{IMAGE_LIMIT // 1024} KiB): make the image simpler or smaller"
        for r in measured["resources"]
        if kind(r) == "images" and r["decoded"] > IMAGE_LIMIT
    ]
    if total > PAGE_LIMIT:
        problems.append(
            f"{page_path} transfers {total / 1024:.0f} KiB at load on a phone "
            f"(limit {PAGE_LIMIT // 1024} KiB): {totals}"
        )
    if out := os.environ.get("PAGE_WEIGHT_DIR"):
        name = page_path.strip("/").replace("/", "_") or "index"
        record = {"page": page_path, "total": total, **totals}
        (Path(out) / f"{name}.json").write_text(json.dumps(record))
    assert not problems, "\n".join(problems)


def table(directory: Path) -> str:
    """The figures written by the test, one row per page, in KiB."""
    rows = [json.loads(p.read_text()) for p in sorted(directory.glob("*.json"))]
    columns = ["total", "document", "scripts", "styles", "images", "other"]
    lines = [
        "| page | " + " | ".join(columns) + " |",
        "|---" * (len(columns) + 1) + "|",
    ]
    for row in sorted(rows, key=lambda r: r["page"]):
        cells = [f"{row.get(c, 0) / 1024:.1f}" for c in columns]
        lines.append(f"| {row['page']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    print(table(Path(sys.argv[1])))
