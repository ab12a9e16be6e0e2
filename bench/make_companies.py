"""Regenerate briefing/lexicons/companies.txt: names of listed companies, from a registry package.

    pip download --no-deps pytickersymbols==1.17.10 -d /tmp/pts && unzip /tmp/pts/*.whl -d /tmp/pts
    python bench/make_companies.py /tmp/pts      # evaluation only, not a runtime dependency

pytickersymbols (MIT, portfolio+) ships the constituents of 20 stock indices (S&P 500, FTSE 100,
DAX, CAC 40, Nikkei 225, EURO STOXX 50, IBEX 35, ...), names taken from Wikipedia. The project keeps
only the short names (legal suffixes such as "Inc." or "plc" dropped), and leaves out names that are
also a common word, a first name or a place, so a list entry never outvotes the article's own evidence.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "briefing" / "lexicons" / "companies.txt"
_SUFFIX = re.compile(r"(?:,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Company|Co\.?|Ltd\.?|Limited|plc|PLC|"
                     r"AG|SE|SA|S\.A\.|N\.V\.|NV|Oyj|ASA|AB|KGaA|& Co\.?|Holdings?|Group|Co\., Ltd))+$")
HEADER = """# Listed companies: short names of the constituents of 20 stock indices (S&P 500, FTSE 100, DAX,
# CAC 40, Nikkei 225, EURO STOXX 50, IBEX 35, NASDAQ 100, OMX, SMI, ...), derived from the registry
# package pytickersymbols 1.17.10 (MIT licence, portfolio+; names from Wikipedia) by
# bench/make_companies.py. Legal suffixes dropped; names that are also common words, first names or
# places left out. Regenerate, do not edit by hand.
"""


def short(name: str) -> str:
    prev = None
    while prev != name:
        prev, name = name, _SUFFIX.sub("", name).strip(" ,")
    return name


def main(pkg_dir: str) -> None:
    sys.path.insert(0, pkg_dir)
    from pytickersymbols.indices_data import INDICES  # a plain data module, no network

    from briefing.extract import actors_lexicon as lex
    skip = lex.common_words() | {w.lower() for w in lex.first_names()} | set(lex.places()) | lex.titles()
    out = set()
    for index in INDICES.values():
        for c in index["companies"]:
            for name in {c["name"], short(c["name"])}:
                if len(name) < 3 or not name[0].isalnum():
                    continue
                if name.lower() in skip or any(w.lower() in lex.places() for w in name.split()[:1]) and " " not in name:
                    continue
                if " " not in name and (name.lower() in lex.not_names() or name in lex.org_words()):
                    continue
                out.add(name)
    OUT.write_text(HEADER + "".join(n + "\n" for n in sorted(out)), encoding="utf-8")
    print(f"{len(out)} names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/pts")
