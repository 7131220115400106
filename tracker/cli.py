"""The `tracker` command: a thin layer over the library's stages.

Heavy libraries (pandas, matplotlib, openpyxl) are imported inside the commands
that need them, so `tracker --help` and `tracker extract` start fast.
"""
from __future__ import annotations

import json
import sys

import click

from tracker import __version__


def _workspace(ctx):
    from tracker.workspace import ConfigError, Workspace

    try:
        return Workspace.locate(ctx.obj.get("root"))
    except ConfigError as exc:
        raise click.ClickException(f"cannot read the workspace config: {exc}")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tracker")
@click.option("--root", type=click.Path(file_okay=False), envvar="TRACKER_ROOT",
              help="Workspace folder (default: the nearest folder holding tracker.toml, else the current one).")
@click.pass_context
def cli(ctx, root):
    """Track forced-displacement figures reported in news articles."""
    ctx.ensure_object(dict)
    ctx.obj["root"] = root


@cli.command()
@click.option("--reextract", is_flag=True, help="Re-run extraction over every archived article.")
@click.option("--fetch", is_flag=True, help="Fetch the linked page of each feed entry.")
@click.option("--strict", is_flag=True, help="Exit non-zero when any input was rejected.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option("--verbose", "-v", is_flag=True, help="Print every article read.")
@click.pass_context
def update(ctx, reextract, fetch, strict, quiet, verbose):
    """Read new articles, extract figures, write a new dataset version and the reports."""
    from tracker.pipeline import update as run_update

    workspace = _workspace(ctx)
    summary = run_update(workspace, reextract=reextract, fetch=fetch)
    for rejection in summary.rejected:
        click.echo(f"rejected: {rejection.path}: {rejection.reason}", err=True)
    if not quiet:
        click.echo(f"articles: {summary.read} read, {summary.new} new, {summary.skipped} already known, "
                   f"{len(summary.rejected)} rejected")
        if summary.version is None:
            click.echo("nothing new: no new dataset version written")
        else:
            click.echo(f"figures added: {summary.figures_added}")
            click.echo(f"dataset version: {summary.version}")
            for path in summary.paths:
                click.echo(f"wrote {_shown(path, workspace.root)}")
    if strict and summary.rejected:
        sys.exit(1)


def _shown(path, root):
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True, help="Output format.")
def extract(paths, fmt):
    """Print the figures found in article files. No workspace is touched."""
    from tracker.extract import extract_figures
    from tracker.ingest import read_path

    rows = []
    for path in paths:
        result = read_path(path)
        for rejection in result.rejected:
            click.echo(f"rejected: {rejection.path}: {rejection.reason}", err=True)
        for article in result.articles:
            label = path if len(result.articles) == 1 else (article.url or article.name)
            rows.extend(figure.to_record(article=label) for figure in extract_figures(article))
    out = click.get_text_stream("stdout")
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        import csv

        from tracker.model import FIGURE_FIELDS

        writer = csv.DictWriter(out, fieldnames=["article", *FIGURE_FIELDS], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        _print_table(rows)


def _print_table(rows):
    columns = ("article", "value", "qualifier", "unit", "term", "country", "source", "date", "cause")
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    for r in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip())
    click.echo(f"{len(rows)} figures")


def _cell(value):
    if value is None:
        return "-"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def main():
    cli(obj={})


if __name__ == "__main__":
    main()
