"""The text repairs: rules on known cases, properties on any text."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from converter import languages
from converter.extractor.characters import cleaner

FR = languages.get("fra")


def join(lines, others=()):
    vocab = cleaner.vocabulary(list(lines) + list(others))
    return cleaner.join_lines(lines, vocab, FR)


def test_compound_prefix_keeps_its_hyphen():
    assert join(["principes de non-", "sélectivité, de"]) == "principes de non-sélectivité, de"


def test_capital_after_hyphen_keeps_it():
    assert join(["avec la Haute-", "Commissaire des"]) == "avec la Haute-Commissaire des"


def test_hyphen_that_only_splits_a_word_goes():
    assert join(["le déve-", "loppement durable"]) == "le développement durable"


def test_attested_word_decides():
    # "porte-parole" is printed whole elsewhere: the hyphen stays even though
    # nothing else says so; "contre" is a prefix but "contrepartie" is attested whole.
    assert join(["le porte-", "parole"], ["un porte-parole"]) == "le porte-parole"
    assert join(["en contre-", "partie"], ["la contrepartie"]) == "en contrepartie"


def test_apostrophe_space():
    assert cleaner.clean("Programme d ’action et l ’intolérance") == "Programme d’action et l’intolérance"


def test_split_word_rejoined_only_when_attested():
    vocab = cleaner.vocabulary(["les civil isations", "les civilisations", "société civil"])
    assert cleaner.clean("les civil isations", vocab) == "les civilisations"
    assert cleaner.clean("de la paix", vocab) == "de la paix"


def _letters(text):
    return re.sub(r"\s", "", text)


words = st.text(alphabet=st.sampled_from("abcdeéèàç’'-., ;:«»\u00a0ABÉ12"), max_size=60)


@settings(max_examples=300, deadline=None)
@given(words, st.lists(words, max_size=4))
def test_clean_never_loses_a_character_and_is_idempotent(text, context):
    vocab = cleaner.vocabulary([text, *context])
    once = cleaner.clean(text, vocab)
    assert _letters(once) == _letters(text)
    assert cleaner.clean(once, vocab) == once


@settings(max_examples=300, deadline=None)
@given(st.lists(words, min_size=1, max_size=6))
def test_join_lines_loses_no_word_character(lines):
    vocab = cleaner.vocabulary(lines)
    joined = cleaner.join_lines(lines, vocab, FR)
    # Only spaces and line-end hyphens may go.
    assert re.sub(r"[\s-]", "", joined) == re.sub(r"[\s-]", "", "".join(lines))


def test_ligatures_and_soft_hyphens():
    assert cleaner.clean("le ﬁnancement et l’aﬄux") == "le financement et l’afflux"
    assert join(["la coopé\u00ad", "ration internationale"]) == "la coopération internationale"
    assert cleaner.clean("coopé\u00adration") == "coopération"


def test_chinese_lines_join_without_space():
    zh = languages.get("zho")
    assert cleaner.join_lines(["回顾其2015年9月25日第70/1号决", "议，重申"], cleaner.vocabulary([]), zh) == \
        "回顾其2015年9月25日第70/1号决议，重申"
    assert cleaner.join_lines(["大会，", "回顾"], cleaner.vocabulary([]), zh) == "大会，回顾"


def test_characters_xml_cannot_hold_and_mark_lookalikes_are_neutralised():
    import converter
    source = "L’Assemblée générale,\x1f\n 1. Décide\x00 de rester saisie\ue001 de la question.\n"
    tree = converter.convert(source, date="2022-01-01")
    op = "".join(tree.xpath("//a:paragraph//a:p", namespaces={"a": converter.validator.AKN_NS})[0].itertext())
    assert op == "Décide de rester saisie\ufffd de la question."
    assert not tree.xpath("//a:i[.='de rester']", namespaces={"a": converter.validator.AKN_NS})


def test_runs_of_blanks_become_one_space_and_presentation_forms_letters():
    from converter.extractor.characters.cleaner import collapse_spaces, fold_presentation_forms
    assert collapse_spaces("  a  b\t\tc \u202f d\u202f\u202fe ") == "a b c d e"
    assert collapse_spaces("a \u00a0b  c") == "a\u00a0b c"          # a run with a no-break space
    assert collapse_spaces("a b\nc") == "a b\nc" and collapse_spaces("\ta\t") == "a"
    assert collapse_spaces("a\u202fb") == "a\u202fb"               # one blank stays as it is
    assert fold_presentation_forms("ﬁnal ﬂow, eﬀort") == "final flow, effort"
    assert fold_presentation_forms("\ufef5 and é") == "\u0644\u0622 and é"
    assert fold_presentation_forms("plain text") == "plain text"
