"""The fast syllable counter gives textstat 0.7.8's counts, word for word."""
import pytest

from briefing.extract import syllables as S
from briefing.extract.readability import measure

# Words written for this test: dictionary words, names and coinages outside the CMU dictionary
# (Pyphen path), contractions, hyphens, curly apostrophes, capitals.
WORDS = """the a I government parliamentary Ottawa Saskatchewan Trudeau Poilievre Singh
questioned allegations interference unprecedented don't can't it's O'Brien Harper's dogs' rock'n'roll
well-known co-operation ’tis it’s Québec Xylophonically blorptastic zzz Mmm HMM ab ACCOUNTABILITY
Chrétien Nanaimo Iqaluit re-elected anti-democratic ministers' hyperpartisanship""".split()


@pytest.mark.parametrize("word", WORDS)
def test_same_count_as_textstat(word):
    textstat = pytest.importorskip("textstat")
    assert S.syllables(word) == textstat.syllable_count(word)


def test_pyphen_positions_match():
    pyphen = pytest.importorskip("pyphen")
    ref = pyphen.Pyphen(lang="en_US")
    for word in ["blorptastic", "hyperpartisanship", "nanaimo", "xylophonically", "iqaluit", "ab"]:
        assert S._patterns().positions(word) == ref.positions(word)


def test_pyphen_positions_match_once_pattern_prefixes_are_indexed(monkeypatch):
    pyphen = pytest.importorskip("pyphen")
    ref = pyphen.Pyphen(lang="en_US")
    monkeypatch.setattr(S._Patterns, "PREFIXES_AFTER", 0)
    patterns = S._Patterns(S._patterns().raw)
    words = WORDS + ["blorptastic", "hyperpartisanship", "nanaimo", "xylophonically", "iqaluit", "ab",
                     "cybersecurity", "disinformation", "zzzzzzzzzzzz", "a", "interparliamentary"]
    for word in (w.lower() for w in words if w.isalpha()):
        assert patterns.positions(word) == ref.positions(word), word
    assert patterns.prefixes is not None


def test_dictionary_and_fallback_paths():
    assert S.cmu_count("government") == 3 and S.cmu_count("the") == 1
    assert S.cmu_count("blorptastic") is None
    assert S.syllables("blorptastic") >= 2
    assert S.syllables("---") == 0


def test_measure_uses_textstat_formulas():
    r = measure(["The cat sat on the mat.", "It was happy."])
    # 9 words, 2 sentences, 10 syllables ("happy" has two)
    asl, asw = 9 / 2, 10 / 9
    assert r.words == 9 and r.sentences == 2
    assert r.fre == round(206.835 - 1.015 * asl - 84.6 * asw, 1)
    assert r.fk_grade == round(0.39 * asl + 11.8 * asw - 15.59, 1)


def test_measure_empty():
    assert measure([]).words == 0
    assert measure(["12 34 !!"]).sentences == 0


def test_table_search_and_dict_agree(monkeypatch):
    table = S._CmuTable()
    words = ["government", "the", "zywicki", "'bout", "blorptastic", "a", "zzzzzz", "aardvark", "o'brien"]
    searched = [table.count(w) for w in words]
    monkeypatch.setattr(S._CmuTable, "SWITCH", 0)
    as_dict = S._CmuTable()
    assert [as_dict.count(w) for w in words] == searched
    assert as_dict.table is not None
    assert searched[0] == 3 and searched[4] is None


def test_cmu_search_between_marks_finds_every_listed_word_and_nothing_else():
    from briefing.extract.syllables import _cmu

    table = _cmu()
    text = table.text[table.lo:].decode("ascii")
    lines = text.split("\n")
    for line in lines[::997] + lines[-3:]:  # words across the whole table, its last lines too
        if line:
            word, n = line.split(" ")
            assert table._search(word) == int(n), word
    for missing in ("", "zzzzzzzz", "aaaaaaaaa", "qqxq", word + "zz"):
        assert table._search(missing) is None, missing
