"""Property-based: any bytes that read as an article give a note valid against the schema whose
every item quotes the article exactly. Inputs are generated (hypothesis), never timed."""
from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.pipeline import build
from briefing.read import InputError, read_bytes
from briefing.render import RenderOptions, renderer
from spancheck import check_note

SETTINGS = settings(max_examples=60, deadline=None, derandomize=bool(os.environ.get("CI")),
                    suppress_health_check=[HealthCheck.too_slow])

# Fragments that stress the quote, sentence and name rules; written for this test.
FRAGMENTS = [
    "“", "”", "\"", "'", "‘", "’", "«", "»", "„", " — ", "...", ".", "?", "!", ",", ";", ":",
    "\n", "\n\n", "\r\n", "\t", "\x00", "\x07", "\x1b", "\u200b", "\ufeff", "é", "ñ", "€",
    " said ", " says ", " told reporters ", " according to ", " alleged ", " denied ", " Mr. ",
    "Prime Minister ", "Justin Trudeau", "the RCMP", "CSIS", "Ottawa", "Elections Canada",
    "on Monday", "last week", "Feb. 27, 2023", "2023-02-27", "in 2019", "next year",
    "The minister", "He", "She", "they", "U.S.", "p.m.", "(", ")", "[", "]", "1", "42",
    "x" * 300, "word " * 50,
    # letters re.IGNORECASE folds onto ASCII ones: "fırst quarter", "hımself", "recent yearſ", "K"
    "f\u0131rst quarter", "h\u0131mself", "recent year\u017f", "\u212a", "\u0130",
]

news_like = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=20), min_size=0, max_size=80).map("".join)
any_text = st.text(max_size=400)
long_line = st.integers(min_value=1000, max_value=5000).map(lambda n: ("Word said “yes ” " * n)[:n])
texts = news_like | any_text | long_line


def _encode(text: str, how: str) -> bytes:
    if how == "utf-8":
        return text.encode("utf-8", errors="surrogatepass")
    if how == "cp1252":
        return text.encode("cp1252", errors="replace")
    if how == "bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8", errors="surrogatepass")
    half = len(text) // 2  # mixed: first half UTF-8, second half cp1252
    return text[:half].encode("utf-8", errors="surrogatepass") + text[half:].encode("cp1252", errors="replace")


def _brief(data: bytes):
    try:
        article = read_bytes(data, path="generated.txt", ident="generated")
    except InputError:
        return None, None  # empty or binary: refused with a message, which is fine
    b = build(article, include_text=True)
    return article, json.loads(renderer("json")(b, RenderOptions()))


@SETTINGS
@given(text=texts, how=st.sampled_from(["utf-8", "cp1252", "bom", "mixed"]))
def test_any_text_gives_a_valid_note(text, how):
    article, note = _brief(_encode(text, how))
    if article is None:
        return
    check_note(note, article.text)
    assert note["source"]["text"] == article.text


@SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash(data):
    article, note = _brief(data)
    if article is not None:
        check_note(note, article.text)


@SETTINGS
@given(depth=st.integers(0, 30), opener=st.sampled_from(["“", "\"", "‘", "«", "'"]),
       closer=st.sampled_from(["”", "\"", "’", "»", "'", ""]))
def test_nested_and_unbalanced_quotes(depth, opener, closer):
    text = ("The minister said " + opener * depth + "we will act" + closer * (depth // 2)
            + ", she said. " + opener + "Never" + ".\n\nHe denied it.")
    article, note = _brief(text.encode("utf-8"))
    check_note(note, article.text)


def test_no_sentence_punctuation_long_line():
    # ~15 KB in one sentence. (Cue-dense unpunctuated text is quadratic in some extractors today:
    # see bench/scaling.py --unpunctuated; kept small here so the suite stays quick.)
    text = " ".join(["the government said the minister knew"] * 400)
    article, note = _brief(text.encode("utf-8"))
    check_note(note, article.text)
