"""Throughput and peak memory of figure extraction, in-process on one core.

    .venv/bin/python benchmarks/bench_extract.py [--articles 2000] [--words 400] [FOLDER]

With FOLDER, its *.txt files are read and repeated up to --articles; otherwise
synthetic articles mixing displacement and filler sentences are built.
The target: at least 2,000 articles per second and under 300 MB.
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tracker.extract.engine import extract_figures  # noqa: E402
from tracker.model import Article  # noqa: E402

COUNTRIES = ("Sudan", "Kenya", "Somalia", "Haiti", "Myanmar", "Mozambique", "Pakistan", "Ukraine",
             "Nigeria", "the Philippines", "Bangladesh", "Afghanistan", "Chad", "Ethiopia", "Mali")
SOURCES = ("the International Organization for Migration said", "UNHCR said", "officials said on Monday",
           "according to OCHA", "the Red Cross said", "local authorities said")
FIGURES = (
    "More than {n} people have been displaced by fighting in {c}, {s}.",
    "Floods have forced about {n} families from their homes in {c}, {s}.",
    "The storm destroyed {n} houses and damaged {m} more in {c}.",
    "Some {n} people fled to neighbouring countries from {c} last week, {s}.",
    "Authorities evacuated {n} residents ahead of the cyclone in {c}.",
    "An estimated {n} people are staying in evacuation centres in {c}, {s}.",
    "At least {n} refugees have returned home to {c} since January.",
)
FILLER = (
    "Aid groups warned that supplies were running low in the region.",
    "The rainy season usually lasts until October and roads become impassable.",
    "Talks between the parties resumed in the capital on Tuesday.",
    "Prices of staple foods have risen sharply over the past year.",
    "The government said it would hold a news conference later in the week.",
    "Schools in the area have been closed since the start of the month.",
    "Satellite images showed flooded fields along the river.",
    "The appeal for $120 million is only 20% funded, the UN said.",
    "Residents described long queues at the few working water points.",
    "Officials gave no timetable for the reconstruction of the bridge.",
)


def synthetic(count: int, words: int, seed: int = 11) -> list[Article]:
    """Articles of about `words` words, one in three sentences stating a figure."""
    rng = random.Random(seed)
    articles = []
    for i in range(count):
        sentences, length = [], 0
        while length < words:
            if rng.random() < 0.33:
                sentence = rng.choice(FIGURES).format(
                    n=f"{rng.randint(10, 2_000_000):,}", m=f"{rng.randint(10, 50_000):,}",
                    c=rng.choice(COUNTRIES), s=rng.choice(SOURCES))
            else:
                sentence = rng.choice(FILLER)
            sentences.append(sentence)
            length += len(sentence.split())
        paragraphs = [" ".join(sentences[j:j + 4]) for j in range(0, len(sentences), 4)]
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        text = f"date {day} Crisis update {i}\n\n" + "\n\n".join(paragraphs) + "\n"
        articles.append(Article(text=text, name=f"synthetic-{i}.txt", date=day))
    return articles


def from_folder(folder: Path, count: int) -> list[Article]:
    """The folder's *.txt articles, repeated to `count`."""
    texts = [(p.name, p.read_text(encoding="utf-8", errors="replace")) for p in sorted(folder.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no *.txt files in {folder}")
    articles = []
    for i in range(count):
        name, text = texts[i % len(texts)]
        head = text.lstrip().split("\n", 1)[0].split()
        date = head[1] if len(head) > 1 and head[0] == "date" else None
        articles.append(Article(text=text, name=name, date=date))
    return articles


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--words", type=int, default=400)
    args = parser.parse_args(argv)
    articles = from_folder(args.folder, args.articles) if args.folder else synthetic(args.articles, args.words)
    words = sum(len(a.text.split()) for a in articles)
    extract_figures(articles[0])
    started = time.perf_counter()
    figures = sum(len(extract_figures(a)) for a in articles)
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    rate = len(articles) / elapsed
    print(f"articles: {len(articles)} ({words / len(articles):.0f} words each), figures: {figures}")
    print(f"time: {elapsed:.2f} s, {rate:,.0f} articles/s (target >= 2,000)")
    print(f"peak memory: {peak_mb:.0f} MB (target < 300)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
