"""The command line: parse options, call the library, map errors to exit codes. Nothing else."""
from __future__ import annotations

import os
import sys

import click

from . import __version__
from .output import DirectoryNamer, OutputError, write_atomic
from .batch import Failure, Job, default_jobs, run_batch
from .render import EXTENSIONS, FORMATS, RenderOptions

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

MAKE_HELP = """Write a briefing note for each INPUT article (a path, or - for standard input).

\b
Examples:
  briefing make seeds/000_fac26a3e44133cfc.txt
  briefing make -f json seeds/000_fac26a3e44133cfc.txt | jq '.quotes[].speaker'
  cat seeds/000_fac26a3e44133cfc.txt | briefing make -f json --pretty -
  briefing make -o note.docx seeds/000_fac26a3e44133cfc.txt
  briefing make --classification "PROTECTED A" -o note.docx seeds/000_fac26a3e44133cfc.txt
  briefing make --template digest seeds/000_fac26a3e44133cfc.txt
  briefing make -f json -o notes/ seeds/*.txt

\b
Exit codes:
  0  every input was briefed (an article in which nothing is found still gets a note)
  1  an input or output failed: missing, empty or binary file, unwritable path,
     unknown template, reference document without a needed style
  2  bad options (usage)
"""


def run() -> None:
    """The console script: the Click group, with a closed pipe and Ctrl-C ending quietly."""
    try:
        main(standalone_mode=True)
    except BrokenPipeError:
        # `briefing make … | head`: the reader left; say nothing, as cat and grep do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        sys.exit(130)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
def main() -> None:
    """Turn a news article into a briefing note (Markdown, JSON or DOCX), by rule."""


@main.command(help=MAKE_HELP)
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option("-f", "--format", "fmt", type=click.Choice(sorted(FORMATS)), default=None,
              help="Output format [default: md, or taken from the -o extension].")
@click.option("-o", "--output", type=str, default=None,
              help="Output file; with several inputs, a directory (one note per input).")
@click.option("--pretty", is_flag=True, help="Indent JSON for people (one object per input).")
@click.option("--classification", default="UNCLASSIFIED", show_default=True,
              help="Security marking shown in the note's header and footer.")
@click.option("--template", default=None,
              help="Markdown template: a file, or a built-in name (briefing, digest; see `briefing templates`).")
@click.option("--reference-docx", type=str, default=None,
              help="DOCX whose styles, page set-up and language the DOCX note uses.")
@click.option("--author", default=None, help="'Prepared by' in the note [default: briefing VERSION].")
@click.option("--lang", default="en-CA", show_default=True, callback=lambda c, p, v: _language_tag(v),
              help="Language of the DOCX (metadata and spell-check), e.g. fr-CA.")
@click.option("--full", is_flag=True, help="Keep every item in Markdown and DOCX (no two-page trim).")
@click.option("--include-text", is_flag=True, help="Put the article text in JSON source.text.")
@click.option("--force", is_flag=True, help="Replace existing files in an output directory.")
@click.option("-q", "--quiet", is_flag=True, help="No notices on standard error, only errors.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes for a batch (0 = one per CPU); notes still come out in input order.")
@click.option("--input-format", type=click.Choice(["txt", "html", "docx"]), default=None,
              help="Read every input as this format [default: from the extension, else the content].")
@click.pass_context
def make(ctx: click.Context, inputs: tuple[str, ...], fmt: str | None, output: str | None, pretty: bool,
         classification: str, template: str | None, reference_docx: str | None, author: str | None,
         lang: str, full: bool, include_text: bool, force: bool, quiet: bool, jobs: int,
         input_format: str | None) -> None:
    if not inputs:
        if sys.stdin.isatty():
            click.echo(ctx.get_help())
            ctx.exit(EXIT_OK)
        inputs = ("-",)
    fmt = fmt or _format_from_output(output) or "md"
    opts = RenderOptions(classification=classification, pretty=pretty and len(inputs) == 1, template=template,
                         reference_docx=reference_docx, author=author, lang=lang, full=full)
    to_dir = output is not None and (len(inputs) > 1 or os.path.isdir(output) or output.endswith(os.sep))
    if fmt == "docx" and output is None:
        raise click.UsageError("DOCX is not written to standard output: give -o FILE (or -o DIR)")
    if len(inputs) > 1 and output is not None and not to_dir:
        raise click.UsageError("several inputs need -o DIR (a directory), not a file")
    if to_dir and not os.path.isdir(output):
        _fail(f"{output}: output directory does not exist")
    sink = _Sink(fmt, output, to_dir, force, quiet, len(inputs))
    job = Job(fmt=fmt, opts=opts, include_text=include_text, quiet=quiet, input_format=input_format)
    failures = run_batch(job, inputs, sink.emit, default_jobs(jobs), quiet)
    ctx.exit(EXIT_ERROR if failures else EXIT_OK)


class _Sink:
    """Sends each note where the options say, as soon as it is made."""

    def __init__(self, fmt: str, output: str | None, to_dir: bool, force: bool, quiet: bool, n: int) -> None:
        self.fmt, self.output, self.to_dir, self.quiet, self.n = fmt, output, to_dir, quiet, n
        self.count = 0
        self.namer = DirectoryNamer(output, "." + fmt, force) if to_dir else None

    def emit(self, path: str, result: tuple[str, bytes], say=None) -> None:
        ident, data = result
        say = say or (lambda message: click.echo(f"briefing: {message}", err=True))
        try:
            if self.namer:
                target, renamed = self.namer.name_for(ident)
                if renamed and not self.quiet:
                    say(f"{path}: name taken, written as {target}")
                write_atomic(target, data)
            elif self.output is not None:
                write_atomic(self.output, data)
            else:
                self._stdout(data)
        except OutputError as exc:
            raise Failure(str(exc)) from None
        self.count += 1

    def _stdout(self, data: bytes) -> None:
        if self.fmt == "md" and self.count:
            data = b"\n---\n\n" + data
        out = sys.stdout.buffer if hasattr(sys.stdout, "buffer") else None
        if out is None:
            click.echo(data.decode("utf-8"), nl=False)
            return
        out.write(data)
        out.flush()


def _language_tag(value: str) -> str:
    import re

    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", value):
        raise click.BadParameter(f"{value!r} is not a language tag such as en-CA or fr-CA")
    return value


def _format_from_output(output: str | None) -> str | None:
    if not output:
        return None
    return EXTENSIONS.get(os.path.splitext(output)[1].lower())


def _fail(message: str) -> None:
    click.echo(f"briefing: {message}", err=True)
    sys.exit(EXIT_ERROR)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the briefing/1 contract."""
    from .contract import schema_text

    click.echo(schema_text(), nl=False)


@main.group()
def templates() -> None:
    """List, show and copy the built-in templates (Markdown, and the DOCX reference document).

    \b
    Make your own from a built-in one:
      briefing templates copy briefing mytemplates/
      briefing make --template mytemplates/briefing.md.j2 seeds/000_fac26a3e44133cfc.txt
      briefing templates copy reference mytemplates/
      briefing make --reference-docx mytemplates/reference.docx -o note.docx seeds/000_fac26a3e44133cfc.txt
    """


@templates.command("list")
def templates_list() -> None:
    """Name and purpose of each built-in template."""
    from .render.markdown import builtin_templates

    for name, about in builtin_templates().items():
        click.echo(f"{name:<10} Markdown  {about}")
    click.echo(f"{'reference':<10} DOCX      Styles, page set-up and language of DOCX notes (--reference-docx).")


@templates.command("show")
@click.argument("name")
def templates_show(name: str) -> None:
    """Print the built-in template NAME (a Markdown template's Jinja2 source)."""
    path = _builtin_template(name)
    if path.suffix == ".docx":
        _fail(f"{name} is a Word document: copy it with `briefing templates copy {name} DIR`")
    click.echo(path.read_text(encoding="utf-8"), nl=False)


@templates.command("copy")
@click.argument("name")
@click.argument("directory")
def templates_copy(name: str, directory: str) -> None:
    """Copy the built-in template NAME into DIRECTORY, to edit (never overwrites a file)."""
    import shutil

    path = _builtin_template(name)
    if not os.path.isdir(directory):
        _fail(f"{directory}: directory does not exist")
    target = os.path.join(directory, path.name)
    if os.path.exists(target):
        _fail(f"{target}: exists; not overwritten")
    shutil.copyfile(path, target)
    click.echo(target)


def _builtin_template(name: str):
    from .render import RenderError
    from .render.markdown import builtin_path

    try:
        return builtin_path("reference.docx" if name == "reference" else name)
    except RenderError as exc:
        _fail(str(exc).replace("unknown template", "no built-in template"))
