"""Each input format becomes articles in the text-file format, with its metadata."""
import json

import pytest

from tracker.ingest import IngestResult, collect, kind_of, read_path
from tracker.ingest.text import compose, parse_header
from tracker.model import content_id
from tracker.workspace import Workspace

BODY = ("More than 10,000 people have been displaced by floods in Beledweyne, officials said on Monday.\n\n"
        "The UN refugee agency said 2,000 houses were destroyed.")

PAGE = """<!DOCTYPE html>
<html><head><title>Floods displace 10,000 | Example News</title>
<link rel="canonical" href="https://news.example.org/2024/floods">
<meta property="article:published_time" content="2024-05-02T10:00:00Z">
<meta property="og:site_name" content="Example News">
<script>document.write("50,000 displaced by script")</script><style>p{color:red}</style></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Floods displace 10,000 in Somalia</h1>
<p>More than 10,000 people have been displaced by floods in Beledweyne, officials said on Monday.</p>
<p>The UN refugee agency said 2,000 houses were destroyed.</p>
<!-- editor: 99,999 displaced -->
</article><footer>Copyright 2024 Example News. Subscribe to our newsletter.</footer></body></html>"""

RELIEFWEB = {"data": [
    {"id": 1, "fields": {
        "title": "Sudan: Flash Update No. 3", "body": "Some 70,000 people have fled Khartoum.\n\nIOM said 5,000 households were displaced.",
        "date": {"created": "2023-04-26T08:00:00+00:00", "original": "2023-04-25T00:00:00+00:00"},
        "url": "https://reliefweb.int/report/sudan/flash-update-3",
        "source": [{"shortname": "OCHA", "name": "UN Office for the Coordination of Humanitarian Affairs"}],
        "primary_country": {"iso3": "sdn", "name": "Sudan"}}},
    {"id": 2, "fields": {
        "title": "Chad: refugee arrivals", "body-html": "<p>About 20,000 refugees crossed into Chad.</p><p>UNHCR said <b>more</b> are expected.</p>",
        "date": {"created": "2023-04-27T00:00:00+00:00"}, "source": [{"shortname": "UNHCR"}],
        "primary_country": {"iso3": "TCD"}}},
]}

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Agency news</title><link>https://agency.example/</link>
<item><title>Cyclone forces 20,000 to evacuate</title><link>https://agency.example/c1</link>
<pubDate>Tue, 07 May 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;About 20,000 people were evacuated ahead of the cyclone.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>
<item><title>Second story</title><link>https://agency.example/c2</link><description>Some 300 families fled.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Newsroom</title>
<entry><title>Quake leaves 4,000 homeless</title><link href="https://newsroom.example/q"/>
<id>urn:1</id><updated>2024-02-03T00:00:00Z</updated>
<content type="html">&lt;p&gt;At least 4,000 people were left homeless.&lt;/p&gt;&lt;p&gt;Aid is arriving.&lt;/p&gt;</content></entry>
</feed>"""


def test_text_file_with_header_keeps_its_text_and_metadata(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"date 2024-05-02 Floods in Somalia\n\n{BODY}\n", encoding="utf-8")
    article, = read_path(path).articles
    assert article.text == path.read_text(encoding="utf-8")
    assert (article.date, article.title, article.format, article.encoding) == ("2024-05-02", "Floods in Somalia", "text", "utf-8")
    assert article.article_id == content_id(article.text)


def test_markdown_without_header_has_no_date(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(f"# Floods\n\n{BODY}", encoding="utf-8")
    article, = read_path(path).articles
    assert article.date is None and article.title is None and "10,000" in article.text


def test_latin1_text_is_decoded_and_its_encoding_recorded(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_bytes("Les réfugiés: environ 4 000 personnes déplacées à Goma, selon le HCR.".encode("latin-1"))
    article, = read_path(path).articles
    assert article.text.startswith("Les réfugiés") and "à Goma" in article.text
    assert article.encoding == "cp1252"


def test_utf16_with_byte_order_mark_is_text_not_binary(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("Some 3,000 families fled.".encode("utf-16"))
    article, = read_path(path).articles
    assert article.text == "Some 3,000 families fled." and article.encoding == "utf-16"


def test_html_page_gives_main_text_and_metadata_without_boilerplate(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article, = read_path(path).articles
    assert article.format == "html"
    assert (article.title, article.date, article.url, article.outlet) == (
        "Floods displace 10,000 in Somalia", "2024-05-02", "https://news.example.org/2024/floods", "Example News")
    assert article.text == f"date 2024-05-02 Floods displace 10,000 in Somalia\n\n{BODY}\n"
    for boilerplate in ("Home", "script", "99,999", "Subscribe", "color"):
        assert boilerplate not in article.text
    assert parse_header(article.text).title == article.title
    assert article.raw == PAGE.encode("utf-8")


def test_html_in_a_declared_legacy_charset(tmp_path):
    path = tmp_path / "page.htm"
    path.write_bytes(b"<html><head><meta charset='iso-8859-1'><title>x</title></head><body>"
                     b"<p>Les r\xe9fugi\xe9s ont fui la r\xe9gion hier soir, environ 4 000 personnes.</p></body></html>")
    article, = read_path(path).articles
    assert "Les réfugiés ont fui" in article.text and article.encoding == "iso8859-1"


def test_reliefweb_api_answer_gives_one_article_per_record(tmp_path):
    path = tmp_path / "reliefweb.json"
    path.write_text(json.dumps(RELIEFWEB), encoding="utf-8")
    result = read_path(path)
    assert result.rejected == []
    first, second = result.articles
    assert first.text == ("date 2023-04-25 Sudan: Flash Update No. 3\n\nSome 70,000 people have fled Khartoum.\n\n"
                          "IOM said 5,000 households were displaced.\n")
    assert (first.date, first.url, first.outlet, first.country_hint, first.format) == (
        "2023-04-25", "https://reliefweb.int/report/sudan/flash-update-3", "OCHA", "SDN", "json")
    assert second.text == ("date 2023-04-27 Chad: refugee arrivals\n\nAbout 20,000 refugees crossed into Chad.\n\n"
                           "UNHCR said more are expected.\n")
    assert (second.outlet, second.country_hint) == ("UNHCR", "TCD")
    assert first.origin_sha256 == second.origin_sha256 != first.sha256
    assert first.name.endswith("reliefweb.json#1")


def test_json_lines_read_each_line_and_reject_only_the_bad_one(tmp_path):
    records = [RELIEFWEB["data"][0]["fields"], RELIEFWEB["data"][1]["fields"]]
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(records[0]) + "\n{not json\n\n" + json.dumps(records[1]) + "\n", encoding="utf-8")
    result = read_path(path)
    assert [a.outlet for a in result.articles] == ["OCHA", "UNHCR"]
    rejection, = result.rejected
    assert rejection.path == f"{path}:2" and rejection.reason.startswith("malformed JSON")
    assert result.seen == 3


def test_same_record_in_json_and_json_lines_is_the_same_article(tmp_path):
    record = RELIEFWEB["data"][0]["fields"]
    (tmp_path / "one.json").write_text(json.dumps(record, indent=2), encoding="utf-8")
    (tmp_path / "one.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    a, = read_path(tmp_path / "one.json").articles
    b, = read_path(tmp_path / "one.jsonl").articles
    assert (a.article_id, a.sha256) == (b.article_id, b.sha256)


def test_rss_entries_become_articles_from_their_description(tmp_path):
    path = tmp_path / "agency.rss"
    path.write_text(RSS, encoding="utf-8")
    result = read_path(path)
    first, second = result.articles
    assert first.text == "date 2024-05-07 Cyclone forces 20,000 to evacuate\n\nAbout 20,000 people were evacuated ahead of the cyclone.\n"
    assert (first.url, first.outlet, first.format) == ("https://agency.example/c1", "Agency news", "feed")
    assert second.date is None and second.text == "Second story\n\nSome 300 families fled.\n"


def test_atom_entry_content_is_read(tmp_path):
    path = tmp_path / "newsroom.xml"
    path.write_text(ATOM, encoding="utf-8")
    article, = read_path(path).articles
    assert article.text == ("date 2024-02-03 Quake leaves 4,000 homeless\n\n"
                            "At least 4,000 people were left homeless.\n\nAid is arriving.\n")
    assert (article.url, article.outlet) == ("https://newsroom.example/q", "Newsroom")


@pytest.mark.parametrize("name, head, kind", [
    ("saved", b"<!DOCTYPE html><html>", "html"), ("feed", b'<?xml version="1.0"?>\n<rss version="2.0">', "feed"),
    ("atom", b"<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"), ("export", b'[{"title": 1}]', "json"),
    ("notes", b"date 2024-01-01 x", "text"), ("a.md", b"<html>", "text"), ("a.JSON", b"x", "json")])
def test_kind_by_suffix_else_by_first_bytes(name, head, kind):
    assert kind_of(name, head) == kind


def test_compose_drops_a_first_paragraph_repeating_the_title():
    assert compose("Title here\nFirst  para\n\n\nSecond", "Title  here", "2024-01-02") == \
        "date 2024-01-02 Title here\n\nFirst para\n\nSecond\n"
    assert compose("Body", None, "2024-01-02") == "date 2024-01-02\n\nBody\n"


def test_collect_reads_inbox_and_config_sources_in_a_stable_order(tmp_path):
    inbox = tmp_path / "articles"
    (inbox / "sub").mkdir(parents=True)
    (inbox / "b.txt").write_text("Some 300 families fled the fighting in the north.", encoding="utf-8")
    (inbox / "sub" / "a.html").write_text(PAGE, encoding="utf-8")
    (inbox / ".hidden.txt").write_text("Hidden 5,000 displaced.", encoding="utf-8")
    exports = tmp_path / "exports"
    exports.mkdir()
    (exports / "rw.json").write_text(json.dumps(RELIEFWEB), encoding="utf-8")
    (tmp_path / "agency.xml").write_text(RSS, encoding="utf-8")
    (tmp_path / "tracker.toml").write_text('[sources]\npaths = ["exports", "missing"]\nfeeds = ["agency.xml"]\n')
    result = collect(Workspace.open(tmp_path))
    names = [a.name.removeprefix(str(tmp_path) + "/") for a in result.articles]
    assert names == ["articles/b.txt", "articles/sub/a.html", "exports/rw.json#1", "exports/rw.json#2",
                     "agency.xml#1", "agency.xml#2"]
    rejection, = result.rejected
    assert rejection.path == str(tmp_path / "missing") and "no such file or folder" in rejection.reason
    assert result.seen == 7


def test_collect_on_an_empty_workspace_finds_nothing(tmp_path):
    assert collect(Workspace.open(tmp_path)) == IngestResult()


def test_a_json_export_whose_records_are_all_known_is_unchanged(tmp_path):
    path = tmp_path / "reliefweb.json"
    path.write_text(json.dumps(RELIEFWEB), encoding="utf-8")
    known = {a.sha256 for a in read_path(path).articles}
    path.write_text(json.dumps(RELIEFWEB, indent=1), encoding="utf-8")
    again = read_path(path, known_sha256=known)
    assert (again.articles, again.rejected, again.unchanged, again.seen) == ([], [], 2, 2)
    origin = read_path(path).articles[0].origin_sha256
    assert read_path(path, known_sha256={origin}).unchanged == 1
