"""What `tracker update` shows while reading: a progress bar on a terminal, or a line per input when verbose."""
from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator

import click

from tracker.ingest import IngestResult, observe


@contextlib.contextmanager
def shown(quiet: bool = False, verbose: bool = False) -> Iterator[None]:
    """Show the reading of every `collect` inside the block; the bar only when stderr is a terminal."""
    stderr = sys.stderr
    bar_wanted = not quiet and not verbose and stderr.isatty()
    bars = []

    def report(done: int, total: int, name: str, part: IngestResult) -> None:
        if verbose:
            for article in part.articles:
                click.echo(f"read {article.name} ({article.format}): {article.title or 'untitled'}")
            if part.unchanged:
                click.echo(f"unchanged {name}")
        elif bar_wanted:
            if not bars:
                bars.append(click.progressbar(length=total, label="reading", show_pos=True, file=stderr).__enter__())
            bars[0].update(1)

    try:
        with observe(report):
            yield
    finally:
        for bar in bars:
            bar.__exit__(None, None, None)
