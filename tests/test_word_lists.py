"""The text-layer check's word lists (converter/data/words) are held compactly where
converter/extractor/characters/_words.c was built, else as frozensets. Both must know
the same words: every listed word, and none of the strings the check looks up that the
list does not hold (one letter changed, as textcheck.broken_pages tries; other lengths,
characters outside the BMP, things that are no str)."""
import random
import tracemalloc

import pytest

from converter.extractor.characters import textcheck

pytestmark = pytest.mark.skipif(textcheck.WordList is None,
                                reason="the C module is not built here (pip install -e .)")

LANGUAGES = ["eng", "fra", "spa", "rus", "ara", "zho"]


def _listed(language: str) -> list[str]:
    return textcheck._word_data(language).decode("utf-8").split()


def _near_misses(listed: list[str], alphabet: str, count: int) -> list[str]:
    """Each of ``count`` listed words with each of its letters changed for each letter
    of the alphabet, cut short and made longer."""
    chosen = random.Random(20261207).sample(sorted(set(listed)), count)
    out = []
    for word in chosen:
        for i in range(len(word)):
            out += [word[:i] + meant + word[i + 1:] for meant in alphabet]
        out += [word[:-1], word + word[-1], word[::-1], word.upper()]
    return out


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compact_list_knows_the_same_words_as_a_frozenset(language):
    listed = _listed(language)
    assert len(listed) > 4000
    held, plain = textcheck.WordList(textcheck._word_data(language)), frozenset(listed)
    assert len(held) == len(plain)
    assert all(word in held for word in listed)
    probes = _near_misses(listed, textcheck._alphabet(language) or "的是不了", 400)
    probes += ["", "a" * 300, "\U0001F600", "e\u0301", "\u00e9", "\x00"]
    probes += [chr(c) for c in range(0x4E00, 0xA000, 7)]     # (Chinese characters)
    assert sum(p not in plain for p in probes) > 1000      # (they are mostly no words)
    assert [p for p in probes if (p in held) != (p in plain)] == []
    assert 5 not in held and None not in held and b"the" not in held and ("the",) not in held


def test_the_compact_list_takes_a_third_of_the_memory_or_less():
    # (Russian: the longest list, 2 bytes a letter in UTF-8)
    def size(make):
        # What the list holds once made from the file.
        tracemalloc.start()
        try:
            held = make()
            return tracemalloc.get_traced_memory()[0], held
        finally:
            tracemalloc.stop()
    compact, _ = size(lambda: textcheck.WordList(textcheck._word_data("rus")))
    plain, _ = size(lambda: frozenset(_listed("rus")))
    assert compact * 3 < plain, (compact, plain)


def test_repeated_and_odd_words_are_listed_once_and_bad_input_is_refused():
    held = textcheck.WordList("b\na\r\nb\n\n  \U0001F600\ta\n\u00e9t\u00e9".encode())
    assert len(held) == 4 and "\U0001F600" in held and "été" in held
    assert held.letter_counts() == {"a": 1, "b": 1, "\U0001F600": 1, "é": 1, "t": 1}
    assert "" not in held and "c" not in held and "b\na" not in held and "\n" not in held
    assert len(textcheck.WordList(b"")) == 0 and "a" not in textcheck.WordList(b" \n")
    with pytest.raises(UnicodeDecodeError):
        textcheck.WordList(b"abc\n\xff\xfe\n")
    with pytest.raises(TypeError):
        textcheck.WordList(["a", "b"])


def test_the_word_counter_refuses_what_is_no_text_and_no_dict():
    from collections import Counter

    from converter.extractor.characters import _words
    counts = Counter({"a": 2})
    assert _words.count_words("a b, a", counts) is None and counts == {"a": 4, "b": 1}
    assert _words.word_pairs("x a b c", {"a", "b", "c"}, "z") == ([("a", "b"), ("b", "c")], "c")
    assert _words.word_pairs("", {"a"}, "a") == ([], "a")
    assert _words.word_pairs("a", {"a"}, "a") == ([("a", "a")], "a")
    with pytest.raises(TypeError):
        _words.count_words(b"a b", counts)
    with pytest.raises(TypeError):
        _words.count_words("a b", ["a"])
    with pytest.raises(TypeError):
        _words.word_pairs("a b", ["a"], None)
    with pytest.raises(TypeError):
        _words.word_pairs("a b", {"a"}, 5)


_TIED = " ".join(["wxek mxmber hxlp rxport gxneral sxcretary procxss sxssion pxople rxsolution",
                  "nqtions stqtes mqjor plqn mqny pqrt wqter yeqr mqde pqst",
                  "the member of and to in for on by with that this from which their"] * 3)


def test_the_check_finds_the_same_with_either_list(monkeypatch):
    def found():
        textcheck.words.cache_clear()
        try:
            return [(b.page, b.unknown, b.changes)
                    for b in textcheck.broken_pages({1: _TIED, 2: _TIED.upper()}, "eng")]
        finally:
            textcheck.words.cache_clear()
    compact = found()
    assert isinstance(textcheck.words("eng"), textcheck.WordList)
    monkeypatch.setattr(textcheck, "WordList", None)
    textcheck.words.cache_clear()
    assert isinstance(textcheck.words("eng"), frozenset)
    assert found() == compact and len(compact) == 2
    textcheck.words.cache_clear()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_list_repeats_no_word_and_its_alphabet_is_what_its_words_share(language):
    # (textcheck._alphabet counts each word of the file once: a list must repeat none)
    listed = _listed(language)
    assert len(set(listed)) == len(listed)
    counts = {}
    for word in listed:
        for c in set(word):
            counts[c] = counts.get(c, 0) + 1
    assert textcheck.WordList(textcheck._word_data(language)).letter_counts() == counts
    expected = "".join(sorted(c for c, n in counts.items() if n >= 100))
    textcheck._alphabet.cache_clear()
    assert textcheck._alphabet(language) == expected
    with pytest.MonkeyPatch.context() as patch:           # (the Python path: frozenset)
        patch.setattr(textcheck, "WordList", None)
        textcheck.words.cache_clear()
        textcheck._alphabet.cache_clear()
        assert isinstance(textcheck.words(language), frozenset)
        assert textcheck._alphabet(language) == expected
    textcheck.words.cache_clear()
    textcheck._alphabet.cache_clear()


@pytest.mark.parametrize("language", ["eng", "fra", "spa", "rus"])
def test_one_letter_repairs_are_those_the_strings_would_find(language):
    # (broken_pages asks them of every unknown word of a left-to-right document)
    held = textcheck.words(language)
    alphabet = textcheck._alphabet(language)
    words = _near_misses(_listed(language), alphabet, 60)
    words += ["", "x", "é" * 3, "\U0001F600ab", "ab\U0001F600", "ǅa"]

    def by_strings(word):
        return [(shown, meant) for i, shown in enumerate(word) for meant in alphabet
                if meant != shown and word[:i] + meant + word[i + 1:] in held]
    expected = [by_strings(w) for w in words]
    assert sum(map(len, expected)) > 1000
    assert [held.one_letter_repairs(w, alphabet) for w in words] == expected
    assert held.one_letter_repairs("cat", "") == [] and held.one_letter_repairs("", "ab") == []
    with pytest.raises(TypeError):
        held.one_letter_repairs(b"cat", alphabet)


def _mixed_texts(seed: int, count: int) -> list[str]:
    """Texts of letters and digits of every kind (superscripts, fractions, Roman
    numerals, Arabic-Indic digits, combining marks, underscores, both hyphens) and of
    code points drawn from the whole of Unicode's first three planes."""
    chooser = random.Random(seed)
    common = list("ab1 _-‐’'²½Ⅻ١٢ßİǅ") + ["e\u0301", "--", "-a", "Council", "non-self"]
    anything = [chr(c) for c in range(0x30000) if not 0xD800 <= c < 0xE000]
    return ["".join(chooser.choice(common) if chooser.random() < 0.7 else chooser.choice(anything)
                    for _ in range(chooser.randint(0, 60))) for _ in range(count)]


def test_the_runs_of_letters_found_in_c_are_the_patterns():
    """textcheck's words and the cleaner's halves of a split word (letter_runs), and the
    cleaner's words with compounds whole (compounds), are found in C where _words.c was
    built: the very runs the patterns find, in order."""
    import re

    from converter.extractor.characters import _words, cleaner
    for text in _mixed_texts(20261207, 4000):
        for least in (1, 2, 3):
            assert _words.letter_runs(text, least) == re.findall(rf"[^\W\d_]{{{least},}}", text)
        assert _words.compounds(text) == cleaner.WORD.findall(text)
        assert _words.letter_runs(text, 2) == textcheck._WORD.findall(text) == \
            cleaner._LETTER_RUN.findall(text)
    with pytest.raises(TypeError):
        _words.compounds(b"a-b")
    with pytest.raises(TypeError):
        _words.letter_runs(None, 2)


def test_the_cleaner_and_the_check_read_the_same_words_without_c(monkeypatch):
    from converter.extractor.characters import cleaner
    texts = _mixed_texts(7, 300) + ["civil isations and civilisations", "self- governing"]
    vocab = cleaner.vocabulary(texts)
    tokens = [textcheck._tokens(t) for t in texts]
    rejoin = [cleaner._may_rejoin(t, vocab) for t in texts]
    assert any(rejoin) and sum(map(len, tokens)) > 1000
    monkeypatch.setattr(cleaner, "_compounds", None)
    monkeypatch.setattr(cleaner, "_letter_runs", None)
    monkeypatch.setattr(textcheck, "letter_runs", None)
    assert list(cleaner.vocabulary(texts).items()) == list(vocab.items())
    assert [textcheck._tokens(t) for t in texts] == tokens
    assert [cleaner._may_rejoin(t, vocab) for t in texts] == rejoin
