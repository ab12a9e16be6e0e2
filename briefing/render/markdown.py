"""Markdown through a Jinja2 template (built-in or the user's own)."""
from __future__ import annotations

import datetime as dt
import os
import re

from .. import __version__
from ..model import Briefing
from ..templates_dir import templates_dir
from . import RenderOptions

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def md_escape(s: object) -> str:
    """Escape Markdown specials in article text so it renders as written."""
    return _MD_SPECIAL.sub(r"\\\1", str(s)).replace("\n", " ")


def prepared_date() -> str:
    """Today, or SOURCE_DATE_EPOCH's date when set, so builds can be reproduced."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date().isoformat()
    return dt.date.today().isoformat()


def environment(user_dir: str | None = None):
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader, StrictUndefined

    builtin = FileSystemLoader(str(templates_dir()))
    loaders = ([FileSystemLoader(user_dir)] if user_dir else []) + [builtin, PrefixLoader({"builtin": builtin})]
    from ..cache import template_bytecode_cache

    env = Environment(loader=ChoiceLoader(loaders), undefined=StrictUndefined, autoescape=False,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                      bytecode_cache=template_bytecode_cache())
    env.filters["md"] = md_escape
    env.filters["refs"] = lambda paras: "[" + ", ".join(f"¶{p}" for p in sorted(set(paras))) + "]"
    return env


def template_name(template: str | None) -> tuple[str | None, str]:
    """(user directory or None, template name) for a --template value: a file or a built-in name."""
    if not template:
        return None, "briefing.md.j2"
    if os.path.isfile(template):
        return os.path.dirname(os.path.abspath(template)), os.path.basename(template)
    name = template if template.endswith(".j2") else f"{template}.md.j2"
    return None, name


def render(b: Briefing, opts: RenderOptions) -> bytes:
    user_dir, name = template_name(opts.template)
    tpl = environment(user_dir).get_template(name)
    text = tpl.render(b=b, note=b.to_dict(), opts=opts, version=__version__, prepared=prepared_date(),
                      actors=[a for a in b.actors if not a.anonymous])
    return text.encode("utf-8")
