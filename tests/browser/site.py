"""The built site as the browser tests see it: build, serve, pages, links.

Nothing here needs a browser. ``build_and_serve(engine)`` serves an empty
directory on 127.0.0.1 (a port the system picks), then builds the site into it
with ``SITE_URL`` set to that address: instant navigation only works when the
site is served at its ``site_url``. The engines, MkDocs with Material (the
published site) and Zensical, build the same ``mkdocs.yml``; CONTRIBUTING
("Two engines") lists where they differ.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Literal
from urllib.parse import SplitResult, unquote, urljoin, urlsplit

from tools.paths import ROOT

Engine = Literal["mkdocs", "zensical"]
ENGINES: tuple[Engine, ...] = ("mkdocs", "zensical")


class _Handler(SimpleHTTPRequestHandler):
    """A static server that gzips text, as GitHub Pages does, and logs nothing.

    Lighthouse scores depend on it: behind an uncompressing, single-threaded
    server the same pages score lower than readers will see them.
    """

    COMPRESS = frozenset(
        {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map"}
    )

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir() and urlsplit(self.path).path.endswith("/"):
            path = path / "index.html"
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wants_gzip and path.suffix in self.COMPRESS and path.is_file()):
            super().do_GET()
            return
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A page closed while its request was in flight: not a server error.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@dataclass
class Site:
    directory: Path
    base_url: str  # "http://127.0.0.1:PORT/"
    server: ThreadingHTTPServer
    pages: list[str] = field(default_factory=list)  # URL paths: "/", "/asyncio/", …

    @property
    def origin(self) -> str:
        return self.base_url.rstrip("/")

    def url(self, path: str) -> str:
        return urljoin(self.base_url, path.lstrip("/"))

    def html(self, path: str) -> str:
        """The HTML the server sends for a page path of the sitemap."""
        return (self.directory / path.strip("/") / "index.html").read_text("utf-8")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        shutil.rmtree(self.directory, ignore_errors=True)


def build_and_serve(engine: Engine = "mkdocs") -> Site:
    """Serve an empty directory on 127.0.0.1:0, then build the site into it."""
    # Zensical builds only inside the project (site_dir must be under it).
    parent = ROOT if engine == "zensical" else None
    directory = Path(tempfile.mkdtemp(prefix=f"site-{engine}-", dir=parent))
    handler = functools.partial(_Handler, directory=str(directory))
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base_url = f"http://127.0.0.1:{server.server_address[1]}/"
    site = Site(directory, base_url, server)
    env = {**os.environ, "SITE_URL": base_url, "NO_MKDOCS_2_WARNING": "1"}
    if engine == "mkdocs":
        command = ["mkdocs", "build", "--strict", "-d", str(directory)]
    else:
        # No --site-dir option: mkdocs.yml reads site_dir from SITE_DIR.
        command = ["zensical", "build", "--strict"]
        env["SITE_DIR"] = str(directory)
    # Run from the repository root, with `python -m`: pymdownx.snippets
    # resolves paths from there, and Python finds benchmarks.figures_markdown.
    with _one_zensical_build_at_a_time(engine):
        proc = subprocess.run(
            [sys.executable, "-m", *command],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    if proc.returncode:
        site.close()
        output = _plain(proc.stdout + proc.stderr).splitlines()
        shown = [line for line in output if line.startswith(("WARNING", "ERROR"))]
        raise RuntimeError(
            f"{engine} build --strict failed:\n" + "\n".join(shown or output[-20:])
        )
    site.pages = sitemap_pages(directory, base_url)
    return site


def _plain(text: str) -> str:
    """Without the terminal colours Zensical prints even into a pipe."""
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


@contextlib.contextmanager
def _one_zensical_build_at_a_time(engine: str) -> Iterator[None]:
    """Zensical keeps one cache in the project (.cache/): pytest-xdist's
    workers take turns. MkDocs shares nothing between builds."""
    if engine != "zensical" or sys.platform == "win32":
        yield
        return
    import fcntl

    lock = Path(tempfile.gettempdir()) / f"zensical-build-{os.getuid()}.lock"
    with lock.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def sitemap_pages(directory: Path, base_url: str) -> list[str]:
    """Every page of the build, as URL paths, from the sitemap MkDocs writes."""
    ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    tree = ET.parse(directory / "sitemap.xml")
    locs = [loc.text or "" for loc in tree.getroot().iterfind("sm:url/sm:loc", ns)]
    bad = [loc for loc in locs if not loc.startswith(base_url)]
    if bad:
        raise RuntimeError(f"sitemap URLs not under site_url {base_url}: {bad}")
    return ["/" + loc[len(base_url) :] for loc in locs]


# ---------------------------------------------------------------- link check

# Attributes that hold a URL, by tag; srcset is handled on its own.
URL_ATTRS = {
    **dict.fromkeys(["a", "area", "link"], ("href",)),
    **dict.fromkeys(["script", "img", "source", "audio", "iframe", "embed"], ("src",)),
    **dict.fromkeys(["use", "image"], ("href", "xlink:href")),
    "video": ("src", "poster"),
    "object": ("data",),
    "form": ("action",),
}


# Material shows an image only in the light or the dark scheme by these.
MATERIAL_IMAGE_SCHEMES = {"only-light", "only-dark"}


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[int, str, str]] = []  # (line, tag, url)
        self.base: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v for k, v in attrs if v is not None}
        for key in ("id", "name") if tag in ("a", "map") else ("id",):
            if key in values:
                self.ids.add(values[key])
        if tag == "base" and "href" in values:
            self.base = values["href"]
        line = self.getpos()[0]
        for attr in URL_ATTRS.get(tag, ()):
            if attr in values:
                self.links.append((line, tag, values[attr].strip()))
        if "srcset" in values:
            for candidate in values["srcset"].split(","):
                if candidate.strip():
                    self.links.append((line, tag, candidate.split()[0]))


@dataclass
class LinkReport:
    pages: int = 0
    internal: int = 0
    problems: list[str] = field(default_factory=list)
    external: dict[str, list[str]] = field(default_factory=dict)  # url -> pages


_HOST = re.compile(
    r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", re.I
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,63}$", re.I)


def external_url_problem(url: str) -> str | None:
    """Why an external URL is malformed, or None. Never fetches it."""
    if any(c.isspace() for c in url):
        return "contains whitespace"
    parts = urlsplit(url)
    if parts.scheme == "mailto":
        return None if _EMAIL.match(unquote(parts.path)) else "bad e-mail address"
    if parts.scheme not in ("http", "https"):
        return f"unexpected scheme {parts.scheme!r}"
    host = parts.hostname or ""
    if not _HOST.match(host):
        return f"bad host name {host!r}"
    if parts.scheme == "http":
        return "plain http: use https"
    return None


def _parse_page(path: Path) -> _PageParser:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


class _LinkChecker:
    """The checks of one built site; every page is parsed once, however often linked."""

    def __init__(self, directory: Path, base_url: str) -> None:
        self.directory, self.base_url = directory, base_url
        self.report = LinkReport()
        self.parse = functools.cache(_parse_page)

    def page(self, html: Path) -> None:
        rel = html.relative_to(self.directory).as_posix()
        page_url = urljoin(self.base_url, rel)
        parser = self.parse(html)
        page_base = urljoin(page_url, parser.base) if parser.base else page_url
        for line, tag, raw in parser.links:
            if problem := self.link_problem(rel, tag, raw, urljoin(page_base, raw)):
                self.report.problems.append(f"{rel}:{line}: <{tag}> {raw!r}: {problem}")

    def link_problem(self, rel: str, tag: str, raw: str, url: str) -> str | None:
        """What is wrong with one link of page ``rel``; records what it counts."""
        if raw.startswith(("javascript:", "data:", "tel:")) or raw == "":
            return "javascript: URL" if raw.startswith("javascript:") else None
        if not url.startswith(self.base_url):
            if urlsplit(url).scheme not in ("http", "https", "mailto"):
                return "unexpected URL"
            self.report.external.setdefault(url, []).append(rel)
            return external_url_problem(url)
        self.report.internal += 1
        return self.target_problem(urlsplit(url), tag)

    def target_problem(self, parts: SplitResult, tag: str) -> str | None:
        """An internal link's file, and its fragment's id on that page."""
        path = parts.path[len(urlsplit(self.base_url).path) :]
        target = self.directory / unquote(path)
        if parts.path.endswith("/") or target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            return "no such file in the build"
        if not parts.fragment or (
            parts.fragment in MATERIAL_IMAGE_SCHEMES and tag == "img"
        ):
            return None
        if target.suffix != ".html":
            return "fragment on a non-HTML file"
        if unquote(parts.fragment) not in self.parse(target).ids:
            page = target.relative_to(self.directory).as_posix()
            return f"no id {parts.fragment!r} in {page}"
        return None


def check_links(directory: Path, base_url: str) -> LinkReport:
    """Check every link and anchor in the rendered HTML of the built site.

    Internal links (relative, or absolute under ``base_url``) must point at a
    file of the build, and their ``#fragment`` at an id or name on that page.
    External links are collected and their syntax checked, never fetched.
    """
    checker = _LinkChecker(directory, base_url)
    html_files = sorted(directory.rglob("*.html"))
    checker.report.pages = len(html_files)
    for html in html_files:
        checker.page(html)
    return checker.report
