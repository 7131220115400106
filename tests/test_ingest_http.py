"""Feeds and pages over HTTP, from a server on 127.0.0.1 started here; `tracker add`; incremental reads."""
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from tracker import ingest
from tracker.cli import cli
from tracker.ingest import collect, read_path
from tracker.ingest.fetch import fetch
from tracker.ingest.text import Rejected
from tracker.workspace import Workspace

PAGE = ("<html><head><title>Camp fire | Relief</title><meta property='og:site_name' content='Relief Daily'></head>"
        "<body><nav>Home</nav><article><h1>Fire in camp leaves 3,000 homeless</h1>"
        "<p>A fire in a refugee camp in Cox's Bazar left about 3,000 people homeless on Sunday, UNHCR said.</p>"
        "</article></body></html>")


def feed(base):
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Relief feed</title>
<item><title>Fire in camp</title><link>{base}/page</link><pubDate>Sun, 05 May 2024 08:00:00 GMT</pubDate>
<description>Short summary: a fire hit a camp.</description></item>
<item><title>Gone</title><link>{base}/missing</link><description>Some 300 families fled the floods.</description></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    hits: list = []

    def do_GET(self):
        self.hits.append(self.path)
        base = f"http://{self.headers['Host']}"
        if self.path.startswith("/hop/"):
            left = int(self.path.rsplit("/", 1)[1])
            return self._redirect(f"/hop/{left - 1}" if left else "/page")
        routes = {
            "/page": ("text/html; charset=utf-8", PAGE.encode()),
            "/feed.xml": ("application/rss+xml", feed(base).encode()),
            "/report.pdf": ("application/pdf", b"%PDF-1.7"),
            "/big": ("text/html", b"<p>" + b"x" * 5000 + b"</p>"),
            "/empty.html": ("text/html", b"<html><body></body></html>"),
            "/dtd-feed.xml": ("application/rss+xml", feed(base).replace(
                "<rss", f'<!DOCTYPE rss SYSTEM "{base}/evil.dtd">\n<rss', 1).encode()),
            "/param-feed.xml": ("text/xml", feed(base).replace(
                "<rss", f'<!DOCTYPE rss [<!ENTITY % remote SYSTEM "{base}/evil.dtd"> %remote;]>\n<rss', 1).encode()),
        }
        if self.path == "/to-file":
            return self._redirect("file:///etc/passwd")
        if self.path == "/to-ftp":
            return self._redirect("ftp://127.0.0.1/article.txt")
        if self.path == "/slow":
            time.sleep(1)
        if self.path not in routes:
            self.send_error(404, "Not Found")
            return
        content_type, body = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """A client that gave up (the timeout test) is expected."""


@pytest.fixture
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    Handler.hits = []
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _workspace(tmp_path, config=""):
    (tmp_path / "tracker.toml").write_text(config, encoding="utf-8")
    return Workspace.open(tmp_path)


def test_feed_url_from_the_config_is_read_on_update(tmp_path, server):
    result = collect(_workspace(tmp_path, f'[sources]\nfeeds = ["{server}/feed.xml"]\n'))
    assert [a.title for a in result.articles] == ["Fire in camp", "Gone"]
    assert result.articles[0].text == "date 2024-05-05 Fire in camp\n\nShort summary: a fire hit a camp.\n"
    assert Handler.hits == ["/feed.xml"]


def test_feeds_never_fetch_what_their_doctype_names(tmp_path, server):
    config = f'[sources]\nfeeds = ["{server}/dtd-feed.xml", "{server}/param-feed.xml"]\n'
    result = collect(_workspace(tmp_path, config))
    assert [a.title for a in result.articles] == ["Fire in camp", "Gone"]
    rejection, = result.rejected
    assert rejection.path == f"{server}/param-feed.xml" and rejection.reason.startswith("unsafe XML")
    assert Handler.hits == ["/dtd-feed.xml", "/param-feed.xml"]


def test_with_fetch_each_entry_is_read_from_its_linked_page(tmp_path, server):
    result = collect(_workspace(tmp_path, f'[sources]\nfeeds = ["{server}/feed.xml"]\n'), fetch=True)
    page, gone = result.articles
    assert page.text == ("date 2024-05-05 Fire in camp leaves 3,000 homeless\n\nA fire in a refugee camp in Cox's Bazar "
                         "left about 3,000 people homeless on Sunday, UNHCR said.\n")
    assert (page.format, page.url, page.outlet, page.raw) == ("html", f"{server}/page", "Relief Daily", PAGE.encode())
    assert gone.text == "Gone\n\nSome 300 families fled the floods.\n"
    rejection, = result.rejected
    assert (rejection.path, rejection.reason) == (f"{server}/missing", "HTTP error 404 Not Found")


def test_known_entries_are_not_fetched_again(tmp_path, server):
    workspace = _workspace(tmp_path, f'[sources]\nfeeds = ["{server}/feed.xml"]\n')
    first = collect(workspace, fetch=True)
    known = {h for a in first.articles for h in (a.sha256, a.origin_sha256)}
    Handler.hits.clear()
    again = collect(workspace, fetch=True, known_sha256=known)
    assert again.articles == [] and Handler.hits == ["/feed.xml"]


@pytest.mark.parametrize("path, reason", [
    ("/report.pdf", "unsupported content type application/pdf"),
    ("/big", "larger than the size limit (5007 > 1000 bytes)"),
    ("/hop/5", "more than 3 redirects"),
    ("/to-file", "redirect to a non-http address: file:///etc/passwd"),
    ("/to-ftp", "redirect to a non-http address: ftp://127.0.0.1/article.txt"),
    ("/nothing", "HTTP error 404 Not Found"),
    ("/slow", "timed out after 0.2 s"),
])
def test_fetch_refuses_what_it_should_not_take(server, path, reason):
    with pytest.raises(Rejected) as caught:
        fetch(server + path, max_bytes=1000, timeout=0.2, max_redirects=3)
    assert str(caught.value) == reason


def test_fetch_follows_a_few_redirects(server):
    download = fetch(server + "/hop/2", max_bytes=10_000, max_redirects=3)
    assert (download.url, download.raw, download.suffix) == (server + "/page", PAGE.encode(), ".html")
    with pytest.raises(Rejected, match="not an http or https address"):
        fetch("file:///etc/passwd", max_bytes=10)


def test_add_saves_a_page_raw_and_the_update_reads_it_with_its_address(tmp_path, server):
    runner = CliRunner()
    root = ["--root", str(tmp_path)]
    result = runner.invoke(cli, [*root, "add", server + "/hop/1"])
    assert result.exit_code == 0, result.output
    saved = tmp_path / "articles" / "127.0.0.1" / "page.html"
    assert result.output == "added articles/127.0.0.1/page.html\n"
    assert saved.read_bytes() == PAGE.encode()
    article, = collect(Workspace.open(tmp_path)).articles
    assert article.url == server + "/page" and article.title == "Fire in camp leaves 3,000 homeless"
    again = runner.invoke(cli, [*root, "add", server + "/page"])
    assert again.output == "already in the inbox: articles/127.0.0.1/page.html\n"


def test_add_rejects_what_holds_no_article_and_exits_non_zero(tmp_path, server):
    (tmp_path / "data.bin").write_bytes(b"\x00\x01\x02")
    (tmp_path / "note.txt").write_bytes("Около 5000 человек бежали.".encode("cp1251"))
    result = CliRunner().invoke(cli, ["--root", str(tmp_path), "add", server + "/report.pdf", server + "/empty.html",
                                      str(tmp_path / "data.bin"), str(tmp_path / "missing.txt"),
                                      str(tmp_path / "note.txt")])
    assert result.exit_code == 1
    assert result.stdout == "added articles/note.txt\n"
    assert result.stderr.splitlines() == [
        f"rejected: {server}/report.pdf: unsupported content type application/pdf",
        f"rejected: {server}/empty.html: malformed HTML: no article text found",
        f"rejected: {tmp_path}/data.bin: binary file",
        f"rejected: {tmp_path}/missing.txt: unreadable: No such file or directory"]
    assert (tmp_path / "articles" / "note.txt").read_bytes() == (tmp_path / "note.txt").read_bytes()
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == ["note.txt"]


def test_known_files_are_not_parsed_again(tmp_path, monkeypatch):
    inbox = tmp_path / "articles"
    inbox.mkdir()
    (inbox / "old.html").write_text(PAGE, encoding="utf-8")
    (inbox / "new.txt").write_text("Some 300 families fled.", encoding="utf-8")
    workspace = Workspace.open(tmp_path)
    known = {read_path(inbox / "old.html").articles[0].sha256}

    def no_parsing(*args, **kwargs):
        raise AssertionError("a known page was parsed")

    monkeypatch.setattr("tracker.ingest.html.page", no_parsing)
    result = collect(workspace, known_sha256=known)
    assert [a.name for a in result.articles] == [str(inbox / "new.txt")]
    assert (result.unchanged, result.seen) == (1, 2)


def test_progress_is_told_of_every_input(tmp_path):
    inbox = tmp_path / "articles"
    inbox.mkdir()
    for n in range(3):
        (inbox / f"{n}.txt").write_text(f"Some {n}00 families fled.", encoding="utf-8")
    told = []
    with ingest.observe(lambda done, total, name, part: told.append((done, total, len(part.articles)))):
        collect(Workspace.open(tmp_path))
    assert told == [(1, 3, 1), (2, 3, 1), (3, 3, 1)]


def test_update_verbose_lists_articles_and_quiet_prints_nothing(tmp_path, monkeypatch):
    from tracker import pipeline

    def fake_update(workspace, reextract=False, fetch=False):
        found = collect(workspace)
        return pipeline.UpdateSummary(read=found.seen, new=len(found.articles), rejected=found.rejected)

    monkeypatch.setattr(pipeline, "update", fake_update)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("date 2024-01-02 Floods\n\nSome 300 families fled.", encoding="utf-8")
    (tmp_path / "articles" / "b.txt").write_bytes(b"")
    runner = CliRunner()
    verbose = runner.invoke(cli, ["--root", str(tmp_path), "update", "--verbose", "--strict"])
    assert verbose.exit_code == 1
    assert verbose.stdout.splitlines()[0] == f"read {tmp_path}/articles/a.txt (text): Floods"
    assert verbose.stderr == f"rejected: {tmp_path}/articles/b.txt: empty file\n"
    quiet = runner.invoke(cli, ["--root", str(tmp_path), "update", "--quiet"])
    assert (quiet.exit_code, quiet.stdout) == (0, "")


def test_progress_bar_is_drawn_on_a_terminal_only(tmp_path, monkeypatch):
    import io
    import sys

    from tracker.ingest.progress import shown

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    (tmp_path / "articles").mkdir()
    for n in range(2):
        (tmp_path / "articles" / f"{n}.txt").write_text(f"Some {n}00 families fled.", encoding="utf-8")
    for stream, drawn in ((Terminal(), True), (io.StringIO(), False)):
        monkeypatch.setattr(sys, "stderr", stream)
        with shown():
            collect(Workspace.open(tmp_path))
        assert ("reading" in stream.getvalue() and "2/2" in stream.getvalue()) is drawn
