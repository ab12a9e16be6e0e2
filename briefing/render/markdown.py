"""Markdown through a Jinja2 template (built-in or the user's own)."""
from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import rx
from .. import __version__
from ..model import Briefing
from ..templates_dir import templates_dir
from . import RenderError, RenderOptions
from .view import NoteView, alleged_by, evidence_lines, note_view, prepared_date, shown  # noqa: F401

if TYPE_CHECKING:
    from pathlib import Path

# Every character that can start or end Markdown markup inside a line; article text is shown as
# written, so `*`, `_`, `#`, `|` (a table cell's end), `[`, `<` and `~` are backslash-escaped.
_MD_SPECIAL = rx.compile(r"([\\`*_{}\[\]<>#|~])")
# ... and what starts a block when it opens a line or a list item: "1990. " (an ordered list from
# 1990), "- " or "+ " (a nested list), "=" (a heading underline); and "&amp;"-like entities.
_LEADING_MARKER = rx.compile(r"\A(\d{1,9})([.)])(?=\s|\Z)|\A([-+=])(?=\s|\Z)")
_ENTITY = rx.compile(r"&(?=#?\w+;)")
_FIRST_COMMENT = rx.compile(r"\A\{#\s*(.*?)\s*#\}", re.S)
SUFFIX = ".md.j2"


def md_escape(s: object) -> str:
    """Escape Markdown specials in article text so it renders as written, on one line."""
    text = _MD_SPECIAL.sub(r"\\\1", shown(str(s)))
    text = _LEADING_MARKER.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text)
    return _ENTITY.sub(r"\\&", text)


@lru_cache(maxsize=8)
def environment(user_dir: str | None = None):
    """One Jinja2 environment a template folder: it caches compiled templates (and reloads a
    template whose file changed), so a batch compiles each template once."""
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader, StrictUndefined

    builtin = FileSystemLoader(templates_dir())
    loaders = ([FileSystemLoader(user_dir)] if user_dir else []) + [builtin, PrefixLoader({"builtin": builtin})]
    from ..cache import template_bytecode_cache

    env = Environment(loader=ChoiceLoader(loaders), undefined=StrictUndefined, autoescape=False,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                      bytecode_cache=template_bytecode_cache())
    env.filters["md"] = md_escape
    env.filters["refs"] = lambda paras: "[" + ", ".join(f"¶{p}" for p in sorted(set(paras))) + "]"
    return env


def builtin_templates() -> dict[str, str]:
    """Built-in Markdown template names ('briefing', 'digest') → their one-line description."""
    from pathlib import Path  # only for listing and naming templates, off the note's path

    out = {}
    for path in sorted(Path(templates_dir()).glob("*" + SUFFIX)):
        m = _FIRST_COMMENT.match(path.read_text(encoding="utf-8"))
        out[path.name[:-len(SUFFIX)]] = m.group(1).splitlines()[0].strip() if m else ""
    return out


def builtin_path(name: str) -> Path:
    """The file of a built-in template given as 'digest', 'digest.md.j2' or 'reference.docx'."""
    from pathlib import Path

    base = Path(templates_dir())
    for candidate in (name, name + SUFFIX):
        if "/" not in candidate and (base / candidate).is_file():
            return base / candidate
    known = ", ".join(builtin_templates())
    raise RenderError(f"unknown template '{name}' (built-in: {known}; see `briefing templates list`)")


def template_name(template: str | None) -> tuple[str | None, str]:
    """(user directory or None, template name) for a --template value: a file or a built-in name."""
    if not template:
        return None, "briefing" + SUFFIX
    if os.path.isfile(template):
        return os.path.dirname(os.path.abspath(template)), os.path.basename(template)
    if os.sep in template or template.endswith(".j2"):
        raise RenderError(f"template file {template} not found")
    return None, builtin_path(template).name


def render(b: Briefing, opts: RenderOptions) -> bytes:
    from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError

    user_dir, name = template_name(opts.template)
    view = note_view(b, opts)
    try:
        tpl = environment(user_dir).get_template(name)
        text = tpl.render(**context(view, opts))
    except TemplateNotFound as exc:
        raise RenderError(f"template {name} asks for a template that does not exist: {exc.name}") from None
    except TemplateSyntaxError as exc:
        raise RenderError(f"template {exc.filename or name}, line {exc.lineno}: {exc.message}") from None
    except TemplateError as exc:
        raise RenderError(f"template {name}: {exc.message}") from None
    return text.encode("utf-8")


def context(view: NoteView, opts: RenderOptions) -> dict:
    """What a template sees; documented in docs/templates.md."""
    b = view.b
    return dict(b=b, note=b.to_dict(), opts=opts, version=__version__, prepared=view.prepared,
                author=view.author, actors=view.actors, top_actors=view.top_actors,
                key_quotes=view.key_quotes, key_questions=view.key_questions, timeline=view.timeline,
                is_upcoming=lambda t: id(t) in view.upcoming,
                upcoming=[t for t in view.timeline if id(t) in view.upcoming], left_out=view.left_out,
                left_out_sentence=view.left_out_sentence, evidence_lines=evidence_lines,
                alleged_by=alleged_by)
