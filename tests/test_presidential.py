"""Presidential statements of the Security Council (S/PRST/yyyy/n) as ``statement
name="presidentialStatement"``: the title line as docTitle, the introductory sentence as
the preamble's formula, the quoted paragraphs as the main body. The corpus holds no
S/PRST document: these texts follow the general printed form (masthead, title line,
"At the … meeting …, the President … made the following statement on behalf of the
Council:", then paragraphs in quotation marks), in English and French."""
from __future__ import annotations

import pytest
from conftest import NS, text

import converter
from converter import languages
from converter.structurer.analysis.kinds import classify_kind
from converter.structurer.families.presidential import TITLES, is_title

ENGLISH = """\
United Nations                                                    S/PRST/2024/9
Security Council                                                  Distr.: General
                                                                  20 December 2024

                                                                  Original: English

Statement by the President of the Security Council

At the 9820th meeting of the Security Council, held on 20 December 2024, in connection \
with the Council’s consideration of the item entitled “Maintenance of international peace \
and security”, the President of the Security Council made the following statement on \
behalf of the Council:

“The Security Council reaffirms its primary responsibility under the Charter of the \
United Nations for the maintenance of international peace and security.

“The Security Council expresses its deep concern at the threats posed by the illicit \
transfer of small arms and light weapons.

“The Security Council requests the Secretary-General to report on the implementation of \
this statement by 30 June 2025.”
"""

FRENCH = """\
Nations Unies                                                     S/PRST/2024/9
Conseil de sécurité                                               Distr. générale
                                                                  20 décembre 2024
                                                                  Français
                                                                  Original : anglais

Déclaration de la Présidente du Conseil de sécurité

À la 9820e séance du Conseil de sécurité, tenue le 20 décembre 2024, dans le cadre de \
l’examen de la question intitulée « Maintien de la paix et de la sécurité \
internationales », la Présidente du Conseil de sécurité a fait en son nom la déclaration \
suivante :

« Le Conseil de sécurité réaffirme que la responsabilité principale du maintien de la \
paix et de la sécurité internationales lui incombe en vertu de la Charte des Nations Unies.

« Le Conseil prie le Secrétaire général de lui faire rapport sur l’application de la \
présente déclaration d’ici au 30 juin 2025. »
"""


def _convert(source: str, **kw):
    return converter.convert(source, markup_date="2026-01-01", **kw)   # validated


@pytest.mark.parametrize("source, title, intro, paragraphs, last", [
    (ENGLISH, "Statement by the President of the Security Council", "At the 9820th meeting",
     3, "“The Security Council requests"),
    (FRENCH, "Déclaration de la Présidente du Conseil de sécurité", "À la 9820e séance",
     2, "« Le Conseil prie"),
])
def test_a_presidential_statement(source, title, intro, paragraphs, last):
    tree = _convert(source)
    root = tree.getroot()[0]
    assert root.tag.endswith("statement") and root.get("name") == "presidentialStatement"
    assert [text(t) for t in tree.iterfind(".//a:preface//a:docTitle", NS)] == [title]
    formulas = tree.findall(".//a:preamble/a:formula", NS)
    assert [f.get("name") for f in formulas] == ["introductoryFormula"]
    assert text(formulas[0]).startswith(intro) and text(formulas[0]).rstrip().endswith(":")
    body = tree.findall(".//a:mainBody/a:paragraph", NS)
    assert len(body) == paragraphs
    assert [p.get("eId") for p in body] == [f"para_u{k}" for k in range(1, paragraphs + 1)]
    assert text(body[-1]).startswith(last)
    work = tree.find(".//a:FRBRWork/a:FRBRthis", NS).get("value")
    assert work == "/akn/un/statement/deliberation/un-sc/2024-12-20/S-PRST-2024-9/!main"


def test_the_title_line_says_it_without_the_symbol():
    # A text whose masthead prints no S/PRST symbol (or one not read): its title line.
    source = ENGLISH.replace("S/PRST/2024/9", "")
    doc = converter.extract(source)
    kind = classify_kind(doc, languages.get(doc.language))
    assert (kind.element, kind.name, kind.label) == \
        ("statement", "presidentialStatement", "statement/presidentialStatement")


@pytest.mark.parametrize("language, line", [
    ("eng", "Statement by the President of the Security Council"),
    ("fra", "Déclaration du Président du Conseil de sécurité"),
    ("spa", "Declaración de la Presidencia del Consejo de Seguridad"),
    ("rus", "Заявление Председателя Совета Безопасности"),
    ("ara", "بيان من رئيس مجلس الأمن"),
    ("zho", "安全理事会主席的声明"),
])
def test_title_lines_in_the_six_languages(language, line):
    assert is_title(line, language)
    assert not is_title("Letter dated 1 May 2025 from the President of the Security Council",
                        language)
    assert set(TITLES) == {"eng", "fra", "spa", "rus", "ara", "zho"}


def test_a_report_of_the_security_council_is_no_presidential_statement():
    source = ENGLISH.replace("S/PRST/2024/9", "S/2024/999").replace(
        "Statement by the President of the Security Council",
        "Report of the Security Council")
    doc = converter.extract(source)
    assert classify_kind(doc, languages.get(doc.language)).name != "presidentialStatement"
