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
    from tracker.ingest.progress import shown
    from tracker.pipeline import update as run_update

    workspace = _workspace(ctx)
    with shown(quiet=quiet, verbose=verbose):
        summary = run_update(workspace, reextract=reextract, fetch=fetch)
    for rejection in summary.rejected:
        click.echo(f"rejected: {rejection.path}: {rejection.reason}", err=True)
    if not quiet:
        click.echo(f"articles: {summary.read} read, {summary.new} new, {summary.skipped} already known, "
                   f"{len(summary.rejected)} rejected")
        if summary.version is None:
            click.echo("nothing new: no new dataset version written")
        else:
            changes = "".join(f", {n} {what}" for n, what in ((summary.figures_changed, "changed"),
                                                               (summary.figures_closed, "closed")) if n)
            click.echo(f"figures added: {summary.figures_added}{changes}")
            for orphan in summary.orphan_corrections:
                click.echo(f"correction kept but not applied: figure {orphan['figure_id']} is no longer current "
                           f"({orphan['action']} {orphan['field']} {orphan['value']})".rstrip(), err=True)
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
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        import csv
        import io

        from tracker.model import FIGURE_FIELDS

        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=["article", *FIGURE_FIELDS], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        click.echo(buffer.getvalue(), nl=False)
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


def _store(ctx):
    from tracker.store import FigureStore

    return FigureStore(_workspace(ctx).datasets_dir)


VERSION_HELP = "A sequence number (3), a semantic version (1.2.0) or latest."


@cli.command()
@click.pass_context
def history(ctx):
    """List the dataset versions, oldest first."""
    from tracker.store import history_line

    rows = _store(ctx).versions()
    if not rows:
        click.echo("no dataset version yet: run tracker update")
    for row in rows:
        click.echo(history_line(row))


@cli.command()
@click.argument("version_a")
@click.argument("version_b", default="latest")
@click.option("--format", "fmt", type=click.Choice(["text", "csv"]), default="text", show_default=True,
              help="Output format.")
@click.pass_context
def diff(ctx, version_a, version_b, fmt):
    """Show the figures added, closed and changed from VERSION_A to VERSION_B (default: latest)."""
    from tracker.store import diff_csv, diff_lines

    row_a, row_b, changes = _store(ctx).diff(version_a, version_b)
    if fmt == "csv":
        click.get_binary_stream("stdout").write(diff_csv(changes))
    else:
        for line in diff_lines(row_a, row_b, changes):
            click.echo(line)


@cli.command()
@click.option("--version", "version", required=True, help=VERSION_HELP)
@click.argument("out_dir", type=click.Path(file_okay=False))
@click.pass_context
def export(ctx, version, out_dir):
    """Write the datasets exactly as a past version wrote them into OUT_DIR."""
    store = _store(ctx)
    row = store.resolve(version)
    paths = store.export(version, out_dir)
    click.echo(f"exported version {row['version']} ({row['semver']}): {len(paths)} files to {out_dir}")


def _setting(text):
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise click.BadParameter(f"expected FIELD=VALUE, got {text!r}", param_hint="--set")
    return name.strip(), value


@cli.command()
@click.argument("figure_id")
@click.option("--reject", is_flag=True, help="Reject the figure: it leaves the series.")
@click.option("--set", "settings", multiple=True, metavar="FIELD=VALUE",
              help="Set a field (repeatable); an empty VALUE sets it to null.")
@click.option("--note", required=True, help="Why: kept with the correction.")
@click.option("--author", envvar="USER", default="", help="Who corrects (default: $USER).")
@click.pass_context
def correct(ctx, figure_id, reject, settings, note, author):
    """Record a correction of FIGURE_ID and apply it as a new dataset version."""
    from tracker.pipeline import correct as run_correct

    workspace = _workspace(ctx)
    version, _ = run_correct(workspace, figure_id, note, author=author, reject=reject,
                             settings=[_setting(s) for s in settings])
    if version is None:
        click.echo("nothing changed: no new dataset version written")
    else:
        click.echo(f"correction recorded: dataset version {version.semver} "
                   f"({version.figures_corrected} figure corrected)")


@cli.command()
@click.pass_context
def validate(ctx):
    """Check every dataset file against versions.csv checksums and its table schema."""
    store = _store(ctx)
    with store.lock():
        problems = store.validate()
        orphans = store.orphan_corrections()
    for orphan in orphans:
        click.echo(f"warning: correction of {orphan['figure_id']} ({orphan['action']} "
                   f"{orphan['field']}) applies to no current figure", err=True)
    if problems:
        click.echo(f"{len(problems)} problems in {store.dir}:")
        for problem in problems:
            click.echo(f"  {problem}")
        sys.exit(1)
    latest = store.versions()
    click.echo(f"valid: {len(latest)} versions, current {latest[-1]['semver']}" if latest
               else "valid: no dataset version yet")


@cli.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("predictions", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--show", is_flag=True, help="List every missed, spurious and wrong-field figure.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def evaluate(gold_dir, predictions, show, as_json):
    """Score the extractor on an annotated folder (articles and gold*.jsonl)."""
    from pathlib import Path

    from tracker import evaluate as ev

    gold = ev.load_gold(gold_dir)
    if not gold:
        raise click.ClickException(f"no gold*.jsonl annotations in {gold_dir}")
    lines = Path(predictions).read_text(encoding="utf-8").splitlines() if predictions else ev.predict(gold_dir, gold)
    result = ev.score(gold, ev.load_predictions(lines, set(gold)))
    if show:
        for why, article, figure in result.problems:
            click.echo(ev.format_problem(why, article, figure))
    click.echo(json.dumps(result.as_dict()) if as_json else ev.format_score(result))


@cli.command()
@click.argument("targets", nargs=-1, required=True, metavar="URL|PATH...")
@click.pass_context
def add(ctx, targets):
    """Put web pages and article files into the inbox, bytes unchanged, for the next update."""
    from tracker.ingest.inbox import add as add_to_inbox

    workspace = _workspace(ctx)
    added = add_to_inbox(workspace, list(targets))
    for path in added.saved:
        click.echo(f"added {_shown(path, workspace.root)}")
    for path in added.present:
        click.echo(f"already in the inbox: {_shown(path, workspace.root)}")
    for rejection in added.rejected:
        click.echo(f"rejected: {rejection.path}: {rejection.reason}", err=True)
    if added.rejected:
        sys.exit(1)


@cli.command()
@click.option("--version", "version", default=None,
              help=f"The dataset version to report on (default: the current one). {VERSION_HELP}")
@click.pass_context
def report(ctx, version):
    """Redraw the charts and the Excel workbook for the current or a past dataset version."""
    from tracker.report.publish import publish_version

    workspace = _workspace(ctx)
    *charts, workbook = publish_version(workspace, version)
    click.echo(f"wrote {_shown(workbook, workspace.root)} and {len(charts)} charts in "
               f"{_shown(workbook.parent / 'charts', workspace.root)}")


def main():
    cli(obj={})


if __name__ == "__main__":
    main()
