"""Measure the extractor against an annotated folder: precision, recall, F1 and field accuracy.

The folder holds articles and `gold*.jsonl` files, one line per article:
`{"article": "name.txt", "figures": [...]}` with the fields of the annotation
guide. Vague figures are left out on both sides. A predicted figure matches a
gold figure of the same article with the same value; among several, the one
agreeing on most fields. Strict F1 also asks for the right unit, term group and
country.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from tracker.model import TERM_GROUP

FIELDS = ("unit", "term", "group", "country", "source", "qualifier", "date", "cause", "value_high")
STRICT_FIELDS = ("unit", "group", "country")


@dataclass
class Score:
    gold: int
    predicted: int
    matched: int
    precision: float
    recall: float
    f1: float
    strict_f1: float
    field_accuracy: dict[str, float]
    problems: list[tuple[str, str, dict]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"gold": self.gold, "predicted": self.predicted, "matched": self.matched,
                "precision": self.precision, "recall": self.recall, "f1": self.f1,
                "strict_f1": self.strict_f1, "field_accuracy": self.field_accuracy}


def _with_group(figure: dict) -> dict:
    return {**figure, "group": TERM_GROUP.get(figure.get("term"), figure.get("term"))}


def load_gold(folder: str | Path) -> dict[str, list[dict]]:
    gold = {}
    for path in sorted(Path(folder).glob("gold*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                gold[record["article"]] = [_with_group(f) for f in record["figures"] if f.get("qualifier") != "vague"]
    return gold


def load_predictions(lines, articles: set[str]) -> dict[str, list[dict]]:
    """Predicted figures by article file name, from JSON lines as `tracker extract --format jsonl` prints."""
    pred: dict[str, list[dict]] = defaultdict(list)
    for line in lines:
        if not line.strip():
            continue
        try:
            figure = json.loads(line)
        except json.JSONDecodeError:
            continue
        name = Path(str(figure.get("article", ""))).name
        if name not in articles or figure.get("qualifier") == "vague":
            continue
        try:
            figure["value"] = int(figure.get("value"))
        except (TypeError, ValueError):
            continue
        pred[name].append(_with_group(figure))
    return pred


def _agreement(gold: dict, pred: dict) -> int:
    return sum(1 for k in FIELDS if gold.get(k) == pred.get(k))


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: dict[str, list[dict]], pred: dict[str, list[dict]]) -> Score:
    tp = fp = fn = strict_tp = 0
    right: dict[str, int] = defaultdict(int)
    problems: list[tuple[str, str, dict]] = []
    for article, gold_figures in gold.items():
        remaining = list(pred.get(article, []))
        for g in sorted(gold_figures, key=lambda f: -f["value"]):
            same_value = [p for p in remaining if p["value"] == g["value"]]
            if not same_value:
                fn += 1
                problems.append(("missed", article, g))
                continue
            best = max(same_value, key=lambda p: _agreement(g, p))
            remaining.remove(best)
            tp += 1
            for k in FIELDS:
                if g.get(k) == best.get(k):
                    right[k] += 1
                else:
                    problems.append((f"wrong {k}: {best.get(k)!r} for {g.get(k)!r}", article, g))
            if all(g.get(k) == best.get(k) for k in STRICT_FIELDS):
                strict_tp += 1
        fp += len(remaining)
        problems.extend(("spurious", article, p) for p in remaining)
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    strict = _f1(_ratio(strict_tp, tp + fp), _ratio(strict_tp, tp + fn))
    return Score(gold=tp + fn, predicted=tp + fp, matched=tp, precision=round(precision, 3),
                 recall=round(recall, 3), f1=round(_f1(precision, recall), 3), strict_f1=round(strict, 3),
                 field_accuracy={k: round(_ratio(right[k], tp), 3) if tp else 0.0 for k in FIELDS},
                 problems=problems)


def predict(folder: str | Path, gold: dict[str, list[dict]]) -> list[str]:
    """Run the extractor over the annotated articles, as JSON lines."""
    from tracker.extract import extract_figures
    from tracker.ingest import read_path

    lines = []
    for name in sorted(gold):
        result = read_path(Path(folder) / name)
        for article in result.articles:
            lines.extend(json.dumps(f.to_record(article=name), ensure_ascii=False) for f in extract_figures(article))
    return lines


def format_problem(why: str, article: str, figure: dict) -> str:
    return (f"{article}: {why}: {figure.get('value')} {figure.get('unit')} {figure.get('term')} "
            f"{figure.get('country')} | {str(figure.get('quote'))[:110]}")


def format_score(result: Score) -> str:
    fields = "  ".join(f"{k} {v:.2f}" for k, v in result.field_accuracy.items())
    return (f"gold {result.gold}  predicted {result.predicted}  matched {result.matched}\n"
            f"fields: {fields}\n"
            f"precision {result.precision:.3f} recall {result.recall:.3f} "
            f"F1 {result.f1:.3f} strict F1 {result.strict_f1:.3f}")
