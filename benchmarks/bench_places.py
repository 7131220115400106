"""Calls per second of the gazetteer and source finders on typical news sentences.

Run: python benchmarks/bench_places.py
"""
from __future__ import annotations

import time

from tracker.extract.places import find_places
from tracker.extract.sources import find_sources

SENTENCES = [
    "The UN refugee agency said as many as 20,000 Sudanese refugees had crossed into "
    "neighbouring Chad, while Egyptian officials said more than 10,000 had reached Egypt.",
    "In Dadu district, local authorities said some 2,500 people were staying in schools and "
    "mosques opened to the displaced after the floods in Sindh province.",
    "Hundreds of thousands of people have been left homeless, many of them camped on raised "
    "roads and railway embankments, the only dry land for miles around.",
    "More than 359,000 people have been displaced by the fighting in northern Afghanistan, "
    "according to the UN's International Organization for Migration.",
    "The Philippine Red Cross said 4,000 families were evacuated from coastal villages in "
    "Albay before Typhoon Kammuri made landfall on Monday night.",
    "Fighting between the army and the Rapid Support Forces in Khartoum and West Darfur has "
    "forced more than 700,000 people from their homes, the International Organization for "
    "Migration said on Tuesday.",
]


def _rate(fn, seconds: float = 1.0) -> tuple[float, float]:
    for s in SENTENCES:
        fn(s)
    calls = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for s in SENTENCES:
            fn(s)
        calls += len(SENTENCES)
    elapsed = time.perf_counter() - start
    return calls / elapsed, elapsed / calls * 1e6


def main() -> None:
    t0 = time.perf_counter()
    find_places("Sudan")
    find_sources("UNHCR")
    print(f"table load: {time.perf_counter() - t0:.2f} s")
    words = sum(len(s.split()) for s in SENTENCES) / len(SENTENCES)
    print(f"{len(SENTENCES)} sentences, {words:.0f} words on average")
    for name, fn in (("find_places", find_places), ("find_sources", find_sources)):
        rate, micros = _rate(fn)
        print(f"{name:13s} {rate:10,.0f} calls/s  {micros:6.1f} us/call")
    article = "\n\n".join(SENTENCES * 4)
    print(f"an article of {len(article.split())} words:")
    for name, fn in (("find_places", find_places), ("find_sources", find_sources)):
        rate, micros = _rate(lambda _s, fn=fn: fn(article))
        print(f"{name:13s} {rate:10,.0f} articles/s {micros:6.0f} us/article")


if __name__ == "__main__":
    main()
