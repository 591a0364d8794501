"""A reader with an error message or a question finds the answer.

Readers arrive from a search box with an error pasted in: the site's search
must lead from the message's first words to its entry on the Errors page,
and the Home page must lead to the Questions index.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from tests.browser.browse import search, visit
from tests.browser.site import Site


def test_searching_an_error_message_lands_on_its_entry(browser, site: Site) -> None:
    message = "Task was destroyed but it is pending"
    want = ("/errors/", "task-was-destroyed-but-it-is-pending")
    with visit(browser, site, "/") as seen:
        results = search(seen.page, message)
        hrefs = results.evaluate_all(
            "l => l.map(a => a.href || a.querySelector('a')?.href)"
        )
        found = [(urlsplit(h).path, urlsplit(h).fragment) for h in hrefs if h]
        assert want in found, f"searching {message!r} gave {found}, not {want}"
        seen.page.goto(hrefs[found.index(want)])
        heading = seen.page.locator(f"#{want[1]}")
        assert message in heading.inner_text()


def test_home_leads_to_the_questions_index(browser, site: Site) -> None:
    with visit(browser, site, "/") as seen:
        link = seen.page.get_by_role("main").get_by_role("link", name="Questions")
        link.first.click()
        seen.page.wait_for_url(lambda url: urlsplit(url).path == "/questions/")
        assert seen.page.get_by_role("heading", level=1).first.is_visible()
