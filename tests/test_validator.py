"""The validator on deliberately broken Akoma Ntoso: each breakage is reported with
its code, line and path."""
import copy

import pytest
from conftest import SAMPLE
from lxml import etree

import converter
from converter import validate
from converter.api import to_bytes
from converter.validator import errors

A = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


def reparsed(tree):
    """A copy with line numbers, as a file read from disk has."""
    return etree.ElementTree(etree.fromstring(to_bytes(tree)))


def codes(problems):
    return {p.code for p in errors(problems)}


@pytest.fixture()
def tree(sample_tree):
    return reparsed(copy.deepcopy(sample_tree))


def test_duplicate_eid(tree):
    paras = tree.findall(f".//{A}paragraph")
    paras[1].set("eId", "para_1")
    problems = validate(reparsed(tree))
    assert {"xsd", "duplicate-eid"} <= codes(problems)
    dup = next(p for p in problems if p.code == "duplicate-eid")
    assert dup.path == "/akomaNtoso/statement/mainBody/paragraph[2]"
    assert dup.line and dup.line > 1


def test_missing_main_body_is_an_xsd_error_with_explanation(tree):
    body = tree.find(f".//{A}mainBody")
    body.getparent().remove(body)
    problems = validate(reparsed(tree))
    xsd = [p for p in problems if p.code == "xsd"]
    assert xsd and "mainBody" in " ".join(p.message for p in xsd)
    assert all(p.path for p in xsd)


def test_text_directly_in_preamble(tree):
    tree.find(f".//{A}preamble").text = "stray words"
    problems = validate(reparsed(tree))
    assert "xsd" in codes(problems)
    assert any(p.path and p.path.endswith("preamble") for p in problems)


def test_note_without_marker(tree):
    tree.find(f".//{A}authorialNote").attrib.pop("marker")
    assert "note-without-marker" in codes(validate(reparsed(tree)))


def test_dangling_reference(tree):
    tree.find(f".//{A}docProponent").set("refersTo", "#ms_XXX")
    problems = validate(reparsed(tree))
    assert "dangling-reference" in codes(problems)
    assert "#ms_XXX" in next(p.message for p in problems if p.code == "dangling-reference")


def test_url_and_separator_left_in_text(tree):
    p = tree.find(f".//{A}mainBody//{A}p")
    p.text = "https://undocs.org/fr/A/RES/70/1 " + (p.text or "")
    last = tree.findall(f".//{A}mainBody//{A}p")[-1]
    last[-1].tail += " __________"
    assert {"url-in-text", "separator-in-text"} <= codes(validate(reparsed(tree)))


def test_footnote_text_left_in_the_body(tree):
    # The sample prints this note's text once, as a note: in the body too, it leaked.
    source = converter.extract(SAMPLE).source_text
    p = tree.find(f".//{A}mainBody//{A}p")
    p[-1].tail += " Voir E/CN.4/2001/2-E/CN.4/Sub.2/2000/46, chap. II, sect. A."
    assert "note-text-in-body" in codes(validate(reparsed(tree), source_text=source))
    # Without the input, a leak cannot be told from words the document prints twice.
    alone = [p for p in validate(reparsed(tree)) if p.code == "note-text-in-body"]
    assert alone and all(p.severity == "warning" for p in alone)


def test_footnote_line_left_in_the_body_after_its_marker(tree):
    # A footnote line kept as text, its marker before it ("* Au nom des …", a document
    # whose copy prints every note twice): a leak, with the input or without.
    note = tree.find(f".//{A}authorialNote")
    text = " ".join(" ".join(note.itertext()).split())
    p = tree.find(f".//{A}mainBody//{A}p")
    p[-1].tail += f" {note.get('marker')} {text}"
    source = converter.extract(SAMPLE).source_text
    for given in (source + "\n" + text, None):
        leaks = [p for p in validate(reparsed(tree), source_text=given)
                 if p.code == "note-text-in-body"]
        assert leaks and all(p.severity == "error" for p in leaks)


def test_footnote_text_the_input_prints_twice_is_no_leak(tree):
    # The same words printed in the body and as a note (a figure's source, an annex's
    # list of publications a note cites) are the document's, once each.
    note = " ".join(tree.find(f".//{A}authorialNote").itertext()).strip()
    p = tree.find(f".//{A}mainBody//{A}p")
    p[-1].tail += " " + note
    source = converter.extract(SAMPLE).source_text + "\n" + note
    assert "note-text-in-body" not in codes(validate(reparsed(tree), source_text=source))


def test_lost_words_are_named(tree):
    source = converter.extract(SAMPLE).source_text
    assert validate(tree, source_text=source) == []
    verb = tree.findall(f".//{A}mainBody//{A}p")[9][0]     # OP 10: <i>Souligne</i> que …
    verb.tail = verb.tail.replace("œuvrer de concert", "œuvrer")
    problems = validate(reparsed(tree), source_text=source)
    lost = [p for p in problems if p.code == "words-lost"]
    assert lost and "2 word(s)" in lost[0].message
    assert "concert" in lost[0].message


def test_an_addresss_words_in_the_output_are_no_words_of_the_text(tree):
    """The lost-word check leaves the output's web addresses out (their pieces are no
    text): two words the output lost are named even where an address it prints holds
    them joined ("…/civilisations"), which would otherwise pass for the two rejoined."""
    source = converter.extract(SAMPLE).source_text
    address = "https://example.org/civilisations"
    paragraph = tree.findall(f".//{A}mainBody//{A}p")[9]
    link = etree.SubElement(paragraph, f"{A}ref", href=address)   # (as the converter links it)
    link.text, link.tail = address, ";"
    assert validate(reparsed(tree), source_text=source + f"\n{address}") == []
    lost = [p for p in validate(reparsed(tree), source_text=source + f"\n{address} civil isations")
            if p.code == "words-lost"]
    assert lost and "2 word(s)" in lost[0].message and "civil, isations" in lost[0].message


def test_dropped_paragraph_is_reported(tree):
    source = converter.extract(SAMPLE).source_text
    body = tree.find(f".//{A}mainBody")
    body.remove(body.findall(f"{A}paragraph")[16])
    lost = [p for p in validate(tree, source_text=source) if p.code == "words-lost"]
    assert lost and "soixante" in lost[0].message


def test_wrong_namespace_is_invalid():
    doc = etree.fromstring(b'<akomaNtoso xmlns="http://www.akomantoso.org/2.0"><act/></akomaNtoso>')
    assert "xsd" in codes(validate(doc))


def test_schema_objects_are_built_once():
    from converter import validator
    assert validator.lxml_schema() is validator.lxml_schema()


def test_xmlschema_is_built_only_to_explain_an_invalid_document():
    import subprocess
    import sys
    script = f"""
import copy, converter
from converter import validator
tree = converter.convert({str(SAMPLE)!r})
assert validator.xmlschema_schema.cache_info().currsize == 0, "built for a valid document"
body = tree.getroot()[0].find('{A}mainBody')
body.getparent().remove(body)
problems = validator.validate(tree)
assert validator.xmlschema_schema.cache_info().currsize == 1
print(problems[0].path, '|', problems[0].message)
"""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "/akomaNtoso/statement" in run.stdout


def test_validation_without_explanation_uses_libxml2_messages(tree):
    tree.find(f".//{A}preamble").text = "stray words"
    from converter.validator import validate as full
    problems = [p for p in full(reparsed(tree), explain=False) if p.code == "xsd"]
    assert problems and problems[0].line
    # libxml2 says /*/*/*[3] and {namespace}preamble: the element is named as people do.
    assert problems[0].path == "/akomaNtoso/statement/preamble"
    assert "{" not in problems[0].message and "Character content" in problems[0].message


def test_frbr_parts_must_agree(tree):
    this = tree.find(f".//{A}FRBRWork/{A}FRBRthis")
    this.set("value", this.get("value").replace("/statement/", "/act/"))
    tree.find(f".//{A}FRBRlanguage").set("language", "fr")
    problems = [p for p in validate(reparsed(tree)) if p.code == "frbr"]
    messages = " | ".join(p.message for p in problems)
    assert "'act'" in messages and "'fr'" in messages


def test_eid_syntax(tree):
    tree.find(f".//{A}paragraph").set("eId", "para_(1)")
    assert "eid-syntax" in codes(validate(reparsed(tree)))


def test_punctuation_warnings_point_at_cut_paragraphs(tree):
    pp = tree.findall(f".//{A}preamble/{A}container/{A}p")[4]        # <i>Considérant</i> que … humains,
    pp[-1].tail = pp[-1].tail.rstrip(",")
    last = tree.findall(f".//{A}paragraph")[-1].find(f"{A}content/{A}p")
    last[-1].tail = last[-1].tail.replace("session.", "session")
    problems = validate(reparsed(tree))
    warnings = [(p.code, p.severity, p.path) for p in problems if p.code == "punctuation"]
    assert ("punctuation", "warning", "/akomaNtoso/statement/preamble/container[5]/p") in warnings
    assert ("punctuation", "warning", "/akomaNtoso/statement/mainBody/paragraph[17]") in warnings
    assert not errors(problems)


def test_duplicate_eid_in_plain_words_with_the_element_eid(tree):
    tree.findall(f".//{A}paragraph")[1].set("eId", "para_1")
    for explain in (True, False):
        xsd = [p for p in validate(reparsed(tree)) if p.code == "xsd"] if explain else \
            [p for p in converter.validator.validate(reparsed(tree), explain=False)
             if p.code == "xsd"]
        assert len(xsd) == 1
        assert xsd[0].message == "the eId 'para_1' is used twice: it must be unique"
        assert (xsd[0].path, xsd[0].eid) == ("/akomaNtoso/statement/mainBody/paragraph[2]",
                                             "para_1")


def test_an_element_without_eid_is_placed_by_its_nearest_ancestor(tree):
    tree.find(f".//{A}docProponent").set("refersTo", "#ms_XXX")
    dangling = next(p for p in validate(reparsed(tree)) if p.code == "dangling-reference")
    assert dangling.eid == "preface__p_1" and dangling.eid_is_ancestor
    assert "docProponent[1] (inside eId preface__p_1)" in str(dangling)


def test_xsd_messages_have_no_namespace_uri(tree):
    preamble = tree.find(f".//{A}preamble")
    preamble.insert(0, etree.Element(f"{A}foo"))
    problems = [p for p in validate(reparsed(tree)) if p.code == "xsd"]
    assert problems and all("{" not in str(p) and "http" not in str(p) for p in problems)
    assert any("<foo>" in p.message and "not allowed" in p.message for p in problems)


def test_a_document_in_memory_gets_the_lines_of_the_written_file(sample_tree):
    """No "line ?": the line is where the element is in the file as written."""
    tree = copy.deepcopy(sample_tree)
    assert tree.getroot().sourceline is None
    tree.findall(f".//{A}paragraph")[1].set("eId", "para_1")
    problems = validate(tree)
    written = to_bytes(tree).decode("utf-8").splitlines()
    assert problems and all(p.line for p in problems if p.path)
    for problem in problems:
        assert '<paragraph eId="para_1">' in written[problem.line - 1].strip()
        assert "line ?" not in str(problem)


def test_a_long_texts_words_taken_a_stretch_at_a_time_are_its_words(monkeypatch):
    # (lost_word_problems counts a long text's words a stretch at a time, cut before a
    # space or a line end: the words must be those of the whole text, in its order; and
    # the note check's letters, taken so too, those of the whole text)
    import random
    from collections import Counter

    from converter import validator
    pieces = ["word", "Council,", "(a)", "ﬁnal", "e\u0301t\u00e9", "\u00a8", "\u0301",
              "2021 年 4", "月 28 日", "117اخود", "قرار", "co\u00adoperation", "x\u00a0y",
              "ре-", "\u3000", "\u2028", "A/RES/77/1", "https://un.org/a b", "\t"]
    chooser = random.Random(7)
    texts = ["".join(chooser.choice(pieces) + chooser.choice([" ", "\n", "", "  "])
                     for _ in range(400)) for _ in range(30)]
    texts += ["a" * 50 + " b", "no-space-at-all" * 9, " " * 20, ""]
    whole = [validator._words(t) for t in texts]
    for size in (7, 16, 40):
        monkeypatch.setattr(validator, "_STRETCH", size)
        for text, words in zip(texts, whole):
            assert "".join(validator._stretches(text)) == text
            assert all(len(s) <= size or " " not in s[1:size] and "\n" not in s[1:size]
                       for s in validator._stretches(text))
            assert list(validator._each_word(text)) == words
            assert validator._norm(text) == " ".join(text.split())   # (white space made one)
            assert validator._word_counts(text) == Counter(words)
            # (the note check's letters too: those of the whole text folded at once)
            assert validator._letters(text) == \
                "".join(validator._WORD.findall(validator._fold(text))).lower()
    assert len(list(validator._stretches("ab " * 30))) == 3        # (90 characters, 40 a stretch)


def test_a_notes_letters_are_counted_as_in_the_whole_text(monkeypatch):
    """The note check counts a note's letters in the output's and the input's letters a
    stretch at a time (validator._letter_counts): the counts are those of str.count on
    the letters of the whole texts joined by spaces, for occurrences that straddle the
    end of a stretch, run over several stretches, or overlap (leftmost first, none
    counted twice), and for a note without letters."""
    import random

    from converter import validator
    chooser = random.Random(11)
    words = ["abab", "ab", "ba", "aba", "Council", "x", "ré", "AB-ab", "(a)", "1"]
    texts = [" ".join(chooser.choice(words) for _ in range(chooser.randrange(0, 120)))
             for _ in range(12)] + ["", "... ,,", "ab" * 40, " ".join(["ab"] * 60)]
    wanted = {"abab", "aba", "ababab", "abba", "bab", "councilx", "x", "ré1", "",
              "ab" * 12, "ab" * 12 + "a", "zz"}
    # (every size from 3 to 30: the longest one looked for ends at every place of a
    # stretch, the last letter kept from the stretch before among them)
    for size in [*range(3, 31), 1 << 16]:
        monkeypatch.setattr(validator, "_STRETCH", size)
        joined = " ".join(validator._letters(t) for t in texts)
        assert validator._letter_counts(texts, wanted) == {w: joined.count(w) for w in wanted}
        assert validator._letter_counts(texts[:1], set()) == {}
    assert joined.count("abab") > 0 and joined.count("ab" * 12 + "a") > 0   # (what is looked for is there)


def _input_without_urls(source_text, output):
    """The input's text without its web addresses as the lost-word check took it when
    it made the text whole (the rule of validator._without_urls, on one string)."""
    import re

    from converter import validator
    kept, address = [], None
    for line in source_text.splitlines():
        if address is not None:
            piece = re.match(r"\s*(\S+)", line)
            joined = address + piece.group(1).rstrip(".,;:)»”'\"") if piece else ""
            if piece and joined in output:
                line = line[piece.end():]
                address = joined if not line.strip() else None
                if address is not None:
                    continue
        if "http" not in line:
            address = None
            kept.append(line)
            continue
        end = validator._URL_END.search(line.rstrip())
        address = end.group(0) if end else None
        kept.append(validator._URL.sub(" ", line))
    return "\n".join(kept)


def test_the_inputs_text_taken_in_pieces_is_the_whole_ones(monkeypatch):
    """The lost-word check takes the input's text without its web addresses in pieces
    of whole lines, a stretch at a time (validator._without_urls), and counts and pairs
    the words of the output's texts and of those pieces one piece at a time: joined, the
    pieces are the text the whole input gives, whatever the stretch (an address broken
    over lines and windows, a line end of \\r\\n or U+2028, a line longer than a
    stretch, empty lines); the pairs are those of the whole text (across pieces too);
    the counts of pieces counted into one Counter are those of the text joined, words
    in the same order; and a text's words without its addresses, taken a stretch at a
    time, are those of the text whose addresses were taken out at once."""
    import random
    from collections import Counter

    from converter import validator
    chooser = random.Random(5)
    words = ["word", "Council,", "see https://undocs.org/A/RES/", "77/1.", "http://x.int/a",
             "b.pdf", "http://y.org/lo", "ng", "civil", "isations", "\u2028", "\r\n", "\n", "\n\n", "ре", "ﬁnal"]
    printed = ["see  https://undocs.org/A/RES/77/1 and http://x.int/ab.pdf civilisations",
               "note http://x.int/a, http://y.org/long"]
    texts = ["".join(chooser.choice(words) + chooser.choice([" ", "\n", "", "\n  "])
                     for _ in range(chooser.randrange(0, 200))) for _ in range(25)]
    texts += ["", "\n", "a\n\n", "x" * 300 + "\nhttps://a.b/c\nd e\n", "no line end " * 30]
    wanted = {"civil", "isations", "word", "ре", "final"}
    for size in (5, 17, 60, 1 << 16):
        monkeypatch.setattr(validator, "_STRETCH", size)
        for text in texts:
            whole = _input_without_urls(text, " ".join(printed))
            pieces = list(validator._without_urls(text, printed))
            assert "\n".join(pieces) == whole
            if size < 60 and text.count("\n") > 20:
                assert len(pieces) > 1          # (a stretch at a time indeed)
            assert validator._pairs_of(pieces, wanted) == validator._pairs_of(whole, wanted)
            counted = Counter()
            for piece in pieces:
                validator._word_counts(piece, counted)
            assert list(counted.items()) == list(validator._word_counts(whole).items())
            # (the output's texts are counted without their addresses, a stretch at a time)
            assert list(validator._word_counts(text, urls=False).items()) == \
                list(validator._word_counts(validator._URL.sub(" ", text)).items())
    # (what the checks must see is there: an address rejoined over two lines, pairs)
    assert _input_without_urls("see https://undocs.org/A/RES/\n77/1.\n", printed[0]) == "see  "
    assert list(validator._without_urls("see http://y.org/lo\nng\n", printed)) == ["see  "]
    assert validator._pairs_of(["a civil", "isations b"], wanted) == [("civil", "isations")]


def test_words_counted_and_paired_in_c_are_those_python_finds(monkeypatch):
    """The lost-word check counts words and finds pairs of missing words next to each
    other in C where the word lists' module was built (_words.c: count_words,
    word_pairs): the same words, counts, pairs and order as the pattern finds them, on
    texts of every kind of letter and digit (superscripts, fractions, Roman numerals,
    full-width digits, combining marks, Chinese and Arabic, which keep Python's path)."""
    import random
    from collections import Counter

    from converter import validator
    if validator._count_words is None:
        pytest.skip("the word lists' C module is not built")
    pieces = ["word", "Council,", "(a)", "ﬁnal", "e\u0301t\u00e9", "x_y", "½", "²", "Ⅻ",
              "１２", "४२", "ǅ", "ß", "İ", "2021 年 4", "117اخود", "co\u00adoperation",
              "civil", "isations", "ре", "шение", "\U0001d400\U0001d401", "\ud800", "n’t"]
    chooser = random.Random(20261207)
    texts = ["".join(chooser.choice(pieces) + chooser.choice([" ", "\n", "", "-", "; "])
                     for _ in range(300)) for _ in range(40)]
    wanted_sets = [{"civil", "isations", "ре", "шение", "word", "x", "y", "年", "4"},
                   {"Council", "a", "final", "½", "Ⅻ"}, set()]
    in_c = [(list(validator._word_counts(t).items()),
             [validator._pairs_of(t, w) for w in wanted_sets]) for t in texts]
    assert sum(len(p) for _, pairs in in_c for p in pairs) > 500
    monkeypatch.setattr(validator, "_count_words", None)
    monkeypatch.setattr(validator, "_word_pairs", None)
    in_python = [(list(validator._word_counts(t).items()),
                  [validator._pairs_of(t, w) for w in wanted_sets]) for t in texts]
    assert in_c == in_python
    assert in_python[0][0] == list(Counter(validator._words(texts[0])).items())
