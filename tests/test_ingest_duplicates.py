"""Identical stories are one article; near-duplicates are linked to the original, their outlets counted."""
import json

from tracker.ingest import collect, read_path
from tracker.ingest.duplicates import link, outlets, signature, similarity
from tracker.model import Article
from tracker.workspace import Workspace

WIRE = [
    "GOMA, Democratic Republic of Congo, March 4 (Reuters) - Fighting between the army and M23 rebels around the "
    "town of Sake has forced more than 100,000 people to flee towards Goma in the past week, the United Nations "
    "said on Monday, as aid groups warned that camps were already overwhelmed.",
    "The International Organization for Migration said the new arrivals had joined an estimated 600,000 displaced "
    "people already sheltering in sites on the outskirts of the provincial capital, many of them in makeshift "
    "shelters of plastic sheeting and branches.",
    "Doctors Without Borders said its teams had treated dozens of wounded civilians, including children, and that "
    "cholera cases were rising in the overcrowded camps where clean water was scarce.",
    "The rebels, who the United Nations and Western governments say are backed by Rwanda, have seized large parts "
    "of North Kivu province since 2022. Rwanda denies supporting the group.",
    "Regional leaders are due to meet in Addis Ababa later this month to discuss a ceasefire, but previous truces "
    "have collapsed within days and residents said they had little hope of returning home soon.",
]

OTHER = ("MAIDUGURI, Nigeria - Floods caused by the collapse of the Alau dam have displaced about 400,000 people in "
         "Borno state, the state emergency management agency said, as water submerged homes, markets and the city zoo. "
         "Officials opened schools as temporary shelters and appealed for food and medicine for the families, "
         "many of whom had already fled the Boko Haram insurgency.")


def wire_copy(title, date, *, before="", after="", paragraphs=WIRE):
    body = "\n\n".join(p for p in (before, *paragraphs, after) if p)
    return f"date {date} {title}\n\n{body}\n"


COPIES = {
    "reuters.txt": wire_copy("Fighting near Goma forces 100,000 to flee, UN says", "2024-03-04"),
    "daily.txt": wire_copy("DR Congo: 100,000 flee fighting near Goma", "2024-03-05",
                           before="Share this article on Facebook Twitter WhatsApp Email. Listen to this story.",
                           after="Copyright 2024 The Daily Courier. All rights reserved. Subscribe to our newsletter "
                                 "for the latest news from Africa delivered to your inbox every morning."),
    "trimmed.txt": wire_copy("Congo fighting: 100,000 flee towards Goma", "2024-03-04", paragraphs=WIRE[:4]),
}


def _articles(texts, outlet=None):
    return [Article(text=text, name=name, date=text[5:15], outlet=outlet or name.split(".")[0])
            for name, text in texts.items()]


def test_republished_wire_copies_are_linked_to_the_earliest():
    articles = _articles(COPIES)
    link(articles)
    by_name = {a.name: a for a in articles}
    original = by_name["reuters.txt"]
    assert original.duplicate_of is None
    assert by_name["daily.txt"].duplicate_of == original.article_id
    assert by_name["trimmed.txt"].duplicate_of == original.article_id
    assert outlets(articles) == {original.article_id: ["daily", "reuters", "trimmed"]}


def test_different_stories_on_the_same_subject_are_not_linked():
    other_congo = wire_copy("Aid groups warn of cholera in Goma camps", "2024-03-06", paragraphs=[
        "Aid groups warned on Wednesday that cholera was spreading in displacement camps around Goma, where "
        "hundreds of thousands of people who fled the fighting between the army and M23 rebels are sheltering.",
        "Medical teams said they had recorded 300 suspected cases in a week and that latrines and clean water "
        "were badly lacking in the sites, which the United Nations said hold more than 600,000 people."])
    articles = _articles({**COPIES, "cholera.txt": other_congo, "nigeria.txt": f"date 2024-09-10 Floods\n\n{OTHER}"})
    link(articles)
    assert [a.duplicate_of is None for a in articles] == [True, False, False, True, True]
    assert similarity(signature(COPIES["reuters.txt"]), signature(other_congo)) < 0.2


def test_short_texts_are_not_compared():
    assert signature("date 2024-01-01 Floods\n\nSome 300 families fled.") is None
    articles = _articles({"a.txt": "Some 300 families fled.", "b.txt": "Some 300 families fled!"})
    link(articles)
    assert [a.duplicate_of for a in articles] == [None, None]


def test_new_copies_link_to_stored_articles_by_their_signature():
    stored = _articles({"reuters.txt": COPIES["reuters.txt"]})[0]
    known = {stored.article_id: signature(stored.text)}
    new = _articles({"daily.txt": COPIES["daily.txt"], "nigeria.txt": OTHER})
    link(new, known)
    assert [a.duplicate_of for a in new] == [stored.article_id, None]
    assert new[0].signature and new[1].signature


def test_identical_content_under_other_names_is_one_article_with_all_outlets(tmp_path):
    inbox = tmp_path / "articles"
    inbox.mkdir()
    text = COPIES["reuters.txt"]
    (inbox / "copy-1.txt").write_text(text, encoding="utf-8")
    (inbox / "copy 2.md").write_text(text.replace("\n\n", "\n   \n").replace(" - ", "  -\t"), encoding="utf-8")
    records = [{"title": "Fighting near Goma forces 100,000 to flee, UN says", "date": {"original": "2024-03-04"},
                "body": "\n\n".join(WIRE), "source": [{"shortname": name}]} for name in ("AFP", "Reuters", "AFP")]
    (inbox / "export.json").write_text(json.dumps(records), encoding="utf-8")
    result = collect(Workspace.open(tmp_path))
    assert len({a.article_id for a in result.articles}) == 1
    assert all(a.duplicate_of is None for a in result.articles)
    assert result.outlets == {result.articles[0].article_id: ["AFP", "Reuters"]}


def test_collect_links_near_duplicates_across_formats(tmp_path):
    inbox = tmp_path / "articles"
    inbox.mkdir()
    (inbox / "reuters.txt").write_text(COPIES["reuters.txt"], encoding="utf-8")
    paragraphs = "".join(f"<p>{p}</p>" for p in WIRE[:4])
    (inbox / "daily.html").write_text(
        "<html><head><title>DR Congo: 100,000 flee | Daily</title><meta property='og:site_name' content='Daily'>"
        "<meta property='article:published_time' content='2024-03-05'></head><body><nav>Home World Africa</nav>"
        f"<article><h1>DR Congo: 100,000 flee</h1>{paragraphs}</article><footer>Copyright Daily</footer></body></html>",
        encoding="utf-8")
    result = collect(Workspace.open(tmp_path))
    text_copy, html_copy = sorted(result.articles, key=lambda a: a.format == "html")
    assert html_copy.duplicate_of == text_copy.article_id and text_copy.duplicate_of is None
    assert result.outlets == {text_copy.article_id: ["Daily"]}
    assert read_path(inbox / "daily.html").articles[0].duplicate_of is None
