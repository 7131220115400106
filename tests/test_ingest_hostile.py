"""A corpus of hostile inputs, built here: each gives one clear rejection, and the run goes on."""
import os
import socket

import pytest

from tracker.ingest import collect, read_path
from tracker.workspace import Workspace

GOOD = "date 2024-03-01 Fighting displaces thousands\n\nSome 12,000 people fled their homes, the UN said.\n"

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>x</title><description>&lol3;</description></item></channel></rss>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title><item><title>x</title><description>&secret;</description></item></channel></rss>"""

HOSTILE = {
    "binary.dat": (os.urandom(4096).replace(b"\x00", b"\x01")[:100] + b"\x00" + os.urandom(500), "binary file"),
    "report.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF document)"),
    "picture.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image)"),
    "empty.txt": (b"", "empty file"),
    "blank.md": (b"  \n\n\t \n", "empty file"),
    "tags.html": (b"<html><head><script>var x = '10,000 displaced';</script></head><body><<<>>></body></html>",
                  "malformed HTML: no article text found"),
    "unclosed.htm": (b"<html><body><div><p></div></html", "malformed HTML: no article text found"),
    "broken.json": (b'{"title": "x", "body": "unterminated', "malformed JSON: Unterminated string"),
    "deep.json": (b"[" * 100_000 + b"]" * 100_000, "malformed JSON: nested too deeply"),
    "scalar.json": (b"42", "JSON record is not an object"),
    "empty-list.json": (b"[]", "no records in the JSON document"),
    "truncated.xml": (b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>cut', "malformed XML"),
    "laughs.xml": (BILLION_LAUGHS.encode(), "unsafe XML: declares entities"),
    "xxe.rss": (EXTERNAL_ENTITY.encode(), "unsafe XML: declares entities"),
    "not-a-feed.xml": (b"<?xml version='1.0'?><catalog><book>x</book></catalog>", "feed without entries"),
}


def _workspace(tmp_path, files=HOSTILE, config=""):
    inbox = tmp_path / "articles"
    inbox.mkdir(parents=True, exist_ok=True)
    for name, (raw, _) in files.items():
        (inbox / name).write_bytes(raw)
    (inbox / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "tracker.toml").write_text(config, encoding="utf-8")
    return Workspace.open(tmp_path)


def _reasons(result, root):
    return {r.path.removeprefix(str(root / "articles") + "/"): r.reason for r in result.rejected}


def test_every_hostile_file_is_rejected_with_its_reason_and_the_good_one_is_read(tmp_path):
    workspace = _workspace(tmp_path)
    before = {p: p.read_bytes() for p in workspace.articles_dir.iterdir()}
    result = collect(workspace)
    reasons = _reasons(result, tmp_path)
    assert set(reasons) == set(HOSTILE)
    for name, (_, reason) in HOSTILE.items():
        assert reasons[name].startswith(reason), (name, reasons[name])
    assert [a.text for a in result.articles] == [GOOD]
    assert {p: p.read_bytes() for p in workspace.articles_dir.iterdir()} == before
    assert sorted(os.listdir(tmp_path)) == ["articles", "tracker.toml"]


def test_entities_are_never_expanded(tmp_path):
    path = tmp_path / "xxe.xml"
    path.write_text(EXTERNAL_ENTITY, encoding="utf-8")
    result = read_path(path)
    assert result.articles == [] and "root:" not in repr(result)


def test_files_over_the_size_limit_are_rejected_unread(tmp_path):
    huge = tmp_path / "articles" / "huge.txt"
    huge.parent.mkdir()
    with huge.open("wb") as handle:
        handle.truncate(10_000_001)
    assert read_path(huge).rejected[0].reason == "larger than the size limit (10000001 > 10000000 bytes)"
    workspace = _workspace(tmp_path, files={"medium.txt": (b"x" * 2000, "")}, config="[settings]\nmax_bytes = 1000\n")
    reasons = _reasons(collect(workspace), tmp_path)
    assert reasons["medium.txt"] == "larger than the size limit (2000 > 1000 bytes)"
    assert reasons["huge.txt"].startswith("larger than the size limit")


def test_symbolic_links_outside_the_workspace_are_not_followed(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Some 5,000 people were displaced.", encoding="utf-8")
    workspace = _workspace(tmp_path / "ws", files={})
    inbox = workspace.articles_dir
    (inbox / "leak.txt").symlink_to(outside / "secret.txt")
    (inbox / "leak-dir").symlink_to(outside)
    (inbox / "dangling.txt").symlink_to(tmp_path / "ws" / "nowhere.txt")
    (inbox / "inside.txt").symlink_to(inbox / "good.txt")
    (inbox / "loop").symlink_to(inbox)
    result = collect(workspace)
    reasons = _reasons(result, tmp_path / "ws")
    assert reasons == {"leak.txt": "symbolic link leading outside the workspace (not followed)",
                       "leak-dir": "symbolic link leading outside the workspace (not followed)",
                       "dangling.txt": "broken symbolic link"}
    assert [a.text for a in result.articles] == [GOOD]


@pytest.mark.skipif(os.geteuid() == 0, reason="permissions do not bind root")
def test_unreadable_file_is_rejected(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    assert read_path(path).rejected[0].reason == "unreadable: Permission denied"


def test_a_file_failing_to_open_is_rejected(tmp_path, monkeypatch):
    from pathlib import Path

    workspace = _workspace(tmp_path, files={"locked.txt": (GOOD.encode(), "")})
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    result = collect(workspace)
    assert _reasons(result, tmp_path) == {"locked.txt": "unreadable: Permission denied"}
    assert len(result.articles) == 1


def test_special_files_are_not_read(tmp_path):
    workspace = _workspace(tmp_path, files={})
    os.mkfifo(workspace.articles_dir / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(workspace.articles_dir / "sock"))
        reasons = _reasons(collect(workspace), tmp_path)
    finally:
        server.close()
    assert reasons == {"pipe.txt": "not a regular file", "sock": "not a regular file"}


def test_undecodable_text_is_rejected_but_legacy_charsets_are_read(tmp_path):
    files = {"cyrillic.txt": ("Около 5000 человек бежали из Харькова, сообщили власти.".encode("cp1251"), ""),
             "high-bytes.txt": (bytes(range(128, 256)) * 20, ""),
             "controls.txt": (bytes(range(1, 32)) * 50, "")}
    result = collect(_workspace(tmp_path, files=files))
    cyrillic, good = result.articles
    assert cyrillic.text.startswith("Около 5000") and cyrillic.encoding == "cp1251"
    assert _reasons(result, tmp_path) == {"high-bytes.txt": "undecodable text: no character set fits",
                                          "controls.txt": "binary file"}


def test_bad_config_values_are_reported_and_defaults_used(tmp_path):
    config = '[settings]\nmax_bytes = "big"\n[sources]\npaths = "exports"\n'
    result = collect(_workspace(tmp_path, files={}, config=config))
    assert [r.reason for r in result.rejected] == ["settings.max_bytes must be a number of 0 or more; using 10000000",
                                                   "sources.paths must be a list of strings"]
    assert [a.text for a in result.articles] == [GOOD]
