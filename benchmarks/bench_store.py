"""Time of the store's operations on a large synthetic history.

    .venv/bin/python benchmarks/bench_store.py [--articles 5000] [--updates 20] [--figures 5]

Each update adds articles/updates articles with `--figures` figures each; then one
re-extraction changes every tenth figure, one correction is recorded, and the last
version is exported, diffed against the first and validated.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from tracker.ingest import article_from_text
from tracker.model import Figure
from tracker.store import FigureStore


def synthetic_article(number: int):
    day = 1 + number % 28
    sentences = " ".join(f"About {1000 + number + k:,} people were displaced in place {k}."
                         for k in range(10))
    text = f"date 2024-03-{day:02d} Report {number}\n{sentences}\n"
    return article_from_text(text, f"articles/report-{number:06d}.txt")


def figures_of(article, count: int, shift: int = 0) -> list[Figure]:
    figures = []
    for k, start in enumerate(_number_starts(article.text)[:count]):
        end = article.text.index(" ", start)
        figures.append(Figure(value=int(article.text[start:end].replace(",", "")) + shift * (k % 10 == 0),
                              qualifier="approximately", unit="people", term="displaced",
                              country=("SDN", "AFG", "UKR", "ETH", "MOZ")[k % 5], quote="", start=start,
                              end=end, source="IOM", date=article.date, cause="conflict", confidence=0.8))
    return figures


def _number_starts(text: str) -> list[int]:
    starts, position = [], 0
    while (position := text.find("About ", position)) >= 0:
        position += len("About ")
        starts.append(position)
    return starts


def timed(label: str, action):
    started = time.perf_counter()
    result = action()
    print(f"{label:<28} {time.perf_counter() - started:7.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--updates", type=int, default=20)
    parser.add_argument("--figures", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = FigureStore(Path(folder) / "datasets")
        articles = [synthetic_article(n) for n in range(options.articles)]
        batch = max(1, len(articles) // options.updates)
        started = time.perf_counter()
        for first in range(0, len(articles), batch):
            new = articles[first:first + batch]
            store.commit(new, {a.article_id: figures_of(a, options.figures) for a in new}, [])
        print(f"{'updates':<28} {time.perf_counter() - started:7.2f} s "
              f"({len(store.versions())} versions, {options.articles * options.figures} figures)")
        timed("re-extraction", lambda: store.commit(
            [], {a.article_id: figures_of(a, options.figures, shift=1) for a in articles}, [],
            reextract=True))
        figure_id = next(iter(store.current_figures()))
        timed("correction", lambda: store.correct(figure_id, "benchmark", reject=True))
        timed("export of version 1", lambda: store.export("1", Path(folder) / "v1"))
        timed("diff first..latest", lambda: store.diff("1", "latest"))
        problems = timed("validate", store.validate)
        size = sum(p.stat().st_size for p in store.dir.rglob("*") if p.is_file())
        print(f"{'datasets folder':<28} {size / 1e6:7.1f} MB; problems: {len(problems)}")


if __name__ == "__main__":
    main()
