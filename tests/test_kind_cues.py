"""What a document is, read from page 1 rather than guessed from its symbol: the kind
lines of the new kinds (amendments, lists of participants, reports without "Report of"),
the symbol read by its place whatever its series, and the doubts written where the
converter infers instead of reading (docs/markup.md, "Kinds and doubts").

The real documents are from ``../shared/corpus/annexes`` and ``../shared/corpus/unlabelled``;
every expected figure was read from their pages (pdftotext -layout).

Where the French, Spanish, Russian, Arabic and Chinese kind lines come from (the corpus
holds three documents in those languages; none in Arabic or Chinese):
- corpus/pdf/A_HRC_WG.6_7_ITA_1-FR.pdf, page 1: "Rapport national présenté conformément au
  paragraphe 15 a) de l’annexe à la résolution 5/1";
- corpus/pdf/A_HRC_WG.6_34_ITA_3-RU.pdf, page 1: "Доклад Управления Верховного комиссара
  Организации Объединенных Наций по правам человека" under "Резюме материалов по Италии,
  представленных заинтересованными сторонами" (a subject, no kind line), and its masthead
  printing "Distr.: General", the date and "Original: English" in English, as the Russian,
  Arabic and Chinese mastheads of the whole-document tests do;
- corpus/pdf/A_RES_77_247-ES.pdf: the Spanish masthead ("Distr. general", "9 de enero de 2023");
- samples/cooperation-droits-humains-fr.txt: "Cuba* et Fédération de Russie : projet de
  résolution" (the French draft, tested in test_sample.py);
- every other line: the UN's standard wording of the kind (Secretary-General's reports and
  notes, the Secretariat's notes, letters "dated … addressed to … by/from …", notes verbales,
  provisional agendas, lists of participants, treaty bodies' Views and decisions, NGOs'
  written statements, concluding observations, periodic reports, draft reports, "Sponsors:
  draft resolution" and amendments), with made-up dates, names and subjects. Lines whose
  wording we were not sure of are left out (declarations; the Arabic and Chinese
  information circulars)."""
from __future__ import annotations

import json
import subprocess
import sys
from functools import lru_cache

import pytest
from conftest import NS
from corpus import corpus_file
from pdfs import text_pdf

import converter
from converter import languages
from converter.extractor.layout.masthead import printed_symbol, read_masthead

SRC = "{urn:x-un-akn:source}"


@lru_cache(maxsize=None)
def converted(relative: str):
    return converter.convert(corpus_file(relative), markup_date="2026-12-06")


def source(tree):
    return tree.find(f".//{SRC}source")


def doubts(tree) -> dict[str, str]:
    return {d.about: d.why for d in converter.api.doubts(tree)}


def alias(tree, name: str) -> str | None:
    found = tree.xpath(f"//a:FRBRWork/a:FRBRalias[@name='{name}']/@value", namespaces=NS)
    return found[0] if found else None


# -- kind lines in six languages ------------------------------------------------------

@pytest.mark.parametrize("code, line, kind", [
    ("eng", "Russian Federation: amendment to the draft resolution contained in document S/2025/112", "amendment"),
    ("eng", "Albania, Australia and Japan: amendment to draft resolution A/C.3/80/L.2", "amendment"),
    ("fra", "Fédération de Russie : amendement au projet de résolution A/80/L.18", "amendment"),
    ("spa", "Federación de Rusia: enmienda al proyecto de resolución A/80/L.18", "amendment"),
    ("rus", "Российская Федерация: поправка к проекту резолюции A/80/L.18", "amendment"),
    ("eng", "List of Delegations to the 2025 United Nations Conference", "listOfParticipants"),
    ("fra", "Liste des participants", "listOfParticipants"),
    ("spa", "Lista de participantes", "listOfParticipants"),
    ("eng", "Biennial Report (19 April 2023-9 April 2025)", "report"),
    ("eng", "Progress report", "report"),
    ("eng", "UNOPS: Report on the implementation of the recommendations of the Board of Auditors", "report"),
    ("eng", "Annual report for 2024 of the Executive Director of UNICEF", "report"),
    ("eng", "Draft report", "report"),
    # Generic documents' kind lines (E/ICEF/2025/4, FCCC/SBSTA/2011/MISC.14, a JIU note).
    ("eng", "Management response to the evaluation report", "document"),
    ("eng", "Submission from the secretariat of the Global Terrestrial Observing System", "document"),
    ("eng", "Working paper submitted by the Chair", "document"),
    ("eng", "Review Highlights JIU/NOTE/2022/1/Rev.1", "document"),
    ("eng", "Agenda of the substantive session", "agenda"),
    # Not kind lines: a subject that merely mentions a report, a draft's own title.
    ("eng", "Follow-up to the report of the Commission on Population and Development", None),
    ("eng", "Safety and security of humanitarian personnel", None),
])
def test_kind_lines(code, line, kind):
    assert languages.get(code).kind_title(line) == kind


# -- kind lines as the UN prints them in French, Spanish, Russian, Arabic and Chinese ---------

# (code, line, kind): where each line's wording comes from is in the module docstring.
KIND_LINES_FIVE_LANGUAGES = [
    # French
    ("fra", "Rapport du Secrétaire général", "report"),
    ("fra", "Rapport national présenté conformément au paragraphe 15 a) de l’annexe à la résolution 5/1", "report"),
    ("fra", "Projet de rapport", "report"),
    ("fra", "Note du Secrétariat", "note"),
    ("fra", "Note du Secrétaire général", "note"),
    ("fra", "Lettre datée du 3 mars 2025, adressée au Secrétaire général par le Représentant permanent de Cuba auprès de l’Organisation des Nations Unies", "letter"),
    ("fra", "Lettres identiques datées du 3 mars 2025, adressées au Secrétaire général et à la Présidente du Conseil de sécurité", "letter"),
    ("fra", "Note verbale datée du 3 mars 2025, adressée au Secrétariat par la Mission permanente de Cuba", "noteVerbale"),
    ("fra", "Ordre du jour provisoire", "agenda"),
    ("fra", "Ordre du jour provisoire annoté", "agenda"),
    ("fra", "Circulaire d’information", "informationCircular"),
    ("fra", "Constatations adoptées par le Comité au titre de l’article 5 (par. 4) du Protocole facultatif, concernant la communication no 2500/2014", "views"),
    ("fra", "Décision adoptée par le Comité au titre du Protocole facultatif, concernant la communication no 2500/2014", "communicationDecision"),
    ("fra", "Exposé écrit présenté par Amnesty International, organisation non gouvernementale dotée du statut consultatif spécial", "ngoStatement"),
    ("fra", "Observations finales concernant le cinquième rapport périodique de Cuba", "report"),
    # Spanish
    ("spa", "Informe del Secretario General", "report"),
    ("spa", "Informe de la Relatora Especial sobre la situación de los derechos humanos en Belarús", "report"),
    ("spa", "Proyecto de informe", "report"),
    ("spa", "Nota de la Secretaría", "note"),
    ("spa", "Nota del Secretario General", "note"),
    ("spa", "Carta de fecha 3 de marzo de 2025 dirigida al Secretario General por el Representante Permanente de Cuba ante las Naciones Unidas", "letter"),
    ("spa", "Cartas idénticas de fecha 3 de marzo de 2025 dirigidas al Secretario General y a la Presidencia del Consejo de Seguridad", "letter"),
    ("spa", "Nota verbal de fecha 3 de marzo de 2025 dirigida a la Secretaría por la Misión Permanente de Cuba", "noteVerbale"),
    ("spa", "Notas verbales idénticas de fecha 3 de marzo de 2025", "noteVerbale"),
    ("spa", "Programa provisional", "agenda"),
    ("spa", "Programa provisional anotado", "agenda"),
    ("spa", "Dictamen aprobado por el Comité a tenor del artículo 5, párrafo 4, del Protocolo Facultativo, respecto de la comunicación núm. 2500/2014", "views"),
    ("spa", "Decisión adoptada por el Comité en virtud del Protocolo Facultativo, respecto de la comunicación núm. 2500/2014", "communicationDecision"),
    ("spa", "Exposición presentada por Amnistía Internacional, organización no gubernamental reconocida como entidad consultiva especial", "ngoStatement"),
    ("spa", "Observaciones finales sobre el quinto informe periódico de Cuba", "report"),
    ("spa", "Quinto informe periódico que Cuba debía presentar en 2020", "report"),
    # Russian
    ("rus", "Доклад Генерального секретаря", "report"),
    ("rus", "Доклад Управления Верховного комиссара Организации Объединенных Наций по правам человека", "report"),
    ("rus", "Проект доклада", "report"),
    ("rus", "Пятый периодический доклад, представленный Кубой", "report"),
    ("rus", "Записка Секретариата", "note"),
    ("rus", "Записка Генерального секретаря", "note"),
    ("rus", "Письмо Постоянного представителя Кубы при Организации Объединенных Наций от 3 марта 2025 года на имя Генерального секретаря", "letter"),
    ("rus", "Идентичные письма Постоянного представителя Кубы при Организации Объединенных Наций от 3 марта 2025 года на имя Генерального секретаря и Председателя Совета Безопасности", "letter"),
    ("rus", "Вербальная нота Постоянного представительства Кубы при Организации Объединенных Наций от 3 марта 2025 года на имя Секретариата", "noteVerbale"),
    ("rus", "Предварительная повестка дня", "agenda"),
    ("rus", "Список участников", "listOfParticipants"),
    ("rus", "Соображения, принятые Комитетом в соответствии с пунктом 4 статьи 5 Факультативного протокола относительно сообщения № 2500/2014", "views"),
    ("rus", "Решение, принятое Комитетом согласно Факультативному протоколу относительно сообщения № 2500/2014", "communicationDecision"),
    ("rus", "Письменное заявление, представленное организацией «Международная амнистия», неправительственной организацией, имеющей специальный консультативный статус", "ngoStatement"),
    ("rus", "Заключительные замечания по пятому периодическому докладу Кубы", "report"),
    ("rus", "Резюме материалов по Италии, представленных заинтересованными сторонами", None),
    # Arabic
    ("ara", "تقرير الأمين العام", "report"),
    ("ara", "مشروع التقرير", "report"),
    ("ara", "التقرير الدوري الخامس المقدم من كوبا", "report"),
    ("ara", "مذكرة من الأمانة العامة", "note"),
    ("ara", "مذكرة من الأمين العام", "note"),
    ("ara", "رسالة مؤرخة 3 آذار/مارس 2025 موجهة إلى الأمين العام من الممثل الدائم لكوبا لدى الأمم المتحدة", "letter"),
    ("ara", "رسالتان متطابقتان مؤرختان 3 آذار/مارس 2025 موجهتان إلى الأمين العام ورئيس مجلس الأمن", "letter"),
    ("ara", "مذكرة شفوية مؤرخة 3 آذار/مارس 2025 موجهة إلى الأمانة العامة من البعثة الدائمة لكوبا", "noteVerbale"),
    ("ara", "جدول الأعمال المؤقت", "agenda"),
    ("ara", "قائمة المشاركين", "listOfParticipants"),
    ("ara", "آراء اعتمدتها اللجنة بموجب الفقرة 4 من المادة 5 من البروتوكول الاختياري بشأن البلاغ رقم 2500/2014", "views"),
    ("ara", "قرار اعتمدته اللجنة بموجب البروتوكول الاختياري بشأن البلاغ رقم 2500/2014", "communicationDecision"),
    ("ara", "الملاحظات الختامية بشأن التقرير الدوري الخامس لكوبا", "report"),
    ("ara", "الاتحاد الروسي: تعديل على مشروع القرار A/80/L.18", "amendment"),
    # Chinese: the organ or sender comes first, the kind last ("秘书长的报告").
    ("zho", "秘书长的报告", "report"),
    ("zho", "秘书长的报告*", "report"),
    ("zho", "报告草稿", "report"),
    ("zho", "古巴提交的第五次定期报告", "report"),
    ("zho", "秘书处的说明", "note"),
    ("zho", "秘书长的说明", "note"),
    ("zho", "2025年3月3日古巴常驻联合国代表给秘书长的信", "letter"),
    ("zho", "2025年3月3日古巴常驻联合国代表给秘书长和安全理事会主席的同文信", "letter"),
    ("zho", "2025年3月3日古巴常驻联合国代表团给秘书处的普通照会", "noteVerbale"),
    ("zho", "临时议程", "agenda"),
    ("zho", "附加说明的临时议程", "agenda"),
    ("zho", "与会者名单", "listOfParticipants"),
    ("zho", "委员会根据《任择议定书》第五条第4款通过的关于第2500/2014号来文的意见", "views"),
    ("zho", "委员会根据《任择议定书》通过的关于第2500/2014号来文的决定", "communicationDecision"),
    ("zho", "关于古巴第五次定期报告的结论性意见", "report"),
    ("zho", "俄罗斯联邦：对决议草案A/80/L.18的修正案", "amendment"),
]


@pytest.mark.parametrize("code, line, kind", KIND_LINES_FIVE_LANGUAGES)
def test_kind_lines_in_five_languages(code, line, kind):
    assert languages.get(code).kind_title(line) == kind


# -- whole documents in Spanish, Russian, Arabic and Chinese: masthead, kind line, title -----

# Page 1 of each as its text would read (the text path, as samples/*.txt): a masthead in
# the language (the Russian, Arabic and Chinese mastheads print "Distr.: General" and the
# date in English, as A_HRC_WG.6_34_ITA_3-RU.pdf does), the session and agenda lines, the
# subject, the kind line, then the first paragraphs. (The text is made up; the lines'
# wording is the UN's, see the module docstring.)
_MASTHEAD = {
    "spa": ("Naciones Unidas", "Asamblea General", "Distr. general", "3 de marzo de 2025",
            "Español", "Original: inglés", "Octogésimo período de sesiones", "Tema 68 del programa"),
    "rus": ("Организация Объединенных Наций", "Генеральная Ассамблея", "Distr.: General",
            "3 March 2025", "Russian", "Original: English", "Восьмидесятая сессия",
            "Пункт 68 повестки дня"),
    "ara": ("الأمم المتحدة", "الجمعية العامة", "Distr.: General", "3 March 2025", "Arabic",
            "Original: English", "الدورة الثمانون", "البند 68 من جدول الأعمال"),
    "zho": ("联合国", "大会", "Distr.: General", "3 March 2025", "Chinese", "Original: English",
            "第八十届会议", "议程项目68"),
}
_SUBJECT = {"spa": "Promoción y protección de los derechos humanos",
            "rus": "Поощрение и защита прав человека",
            "ara": "تعزيز حقوق الإنسان وحمايتها",
            "zho": "促进和保护人权"}
_PARAGRAPHS = {
    "spa": ("1. El presente documento se presenta en cumplimiento de la resolución 79/150.",
            "2. En él se describen las actividades realizadas durante el período que se examina."),
    "rus": ("1. Настоящий документ представляется во исполнение резолюции 79/150.",
            "2. В нем описывается деятельность за отчетный период."),
    "ara": ("1 - تقدم هذه الوثيقة عملا بالقرار 79/150.",
            "2 - وهي تصف الأنشطة المضطلع بها خلال الفترة المشمولة بالتقرير."),
    "zho": ("1. 本文件根据第79/150号决议提交。", "2. 本文件介绍了报告所述期间开展的活动。"),
}


def page_one(code: str, symbol: str, *lines: str) -> str:
    un, organ, distr, date, lang, original, session, item = _MASTHEAD[code]
    head = [f"{un}    {symbol}", f"{organ}    {distr}", f"    {date}", f"    {lang}",
            f"    {original}", "", session, item, ""]
    return "\n".join(head + [line for text in lines for line in (text, "")]
                     + [p for text in _PARAGRAPHS[code] for p in (text, "")])


# (code, kind line, whether the subject is printed above it, AKN element, name, title:
# None for the subject line).
DOCUMENTS = [
    ("spa", "Informe del Secretario General", True, "doc", "report", None),
    ("spa", "Nota de la Secretaría", True, "doc", "note", None),
    ("spa", "Carta de fecha 3 de marzo de 2025 dirigida al Secretario General por el "
            "Representante Permanente de Cuba ante las Naciones Unidas", False, "doc", "letter", "kind line"),
    ("spa", "Nota verbal de fecha 3 de marzo de 2025 dirigida al Secretario General por la "
            "Misión Permanente de Cuba ante las Naciones Unidas", False, "doc", "noteVerbale", "kind line"),
    ("rus", "Доклад Генерального секретаря", True, "doc", "report", None),
    ("rus", "Записка Секретариата", True, "doc", "note", None),
    ("rus", "Письмо Постоянного представителя Кубы при Организации Объединенных Наций от "
            "3 марта 2025 года на имя Генерального секретаря", False, "doc", "letter", "kind line"),
    ("rus", "Вербальная нота Постоянного представительства Кубы при Организации Объединенных "
            "Наций от 3 марта 2025 года на имя Генерального секретаря", False, "doc", "noteVerbale", "kind line"),
    ("ara", "تقرير الأمين العام", True, "doc", "report", None),
    ("ara", "مذكرة من الأمانة العامة", True, "doc", "note", None),
    ("ara", "رسالة مؤرخة 3 آذار/مارس 2025 موجهة إلى الأمين العام من الممثل الدائم لكوبا "
            "لدى الأمم المتحدة", False, "doc", "letter", "kind line"),
    ("ara", "مذكرة شفوية مؤرخة 3 آذار/مارس 2025 موجهة إلى الأمين العام من البعثة الدائمة "
            "لكوبا لدى الأمم المتحدة", False, "doc", "noteVerbale", "kind line"),
    ("zho", "秘书长的报告", True, "doc", "report", None),
    ("zho", "秘书处的说明", True, "doc", "note", None),
    ("zho", "2025年3月3日古巴常驻联合国代表给秘书长的信", False, "doc", "letter", "kind line"),
    ("zho", "2025年3月3日古巴常驻联合国代表团给秘书长的普通照会", False, "doc", "noteVerbale", "kind line"),
]


@pytest.mark.parametrize("code, kind_line, subject_first, element, name, title", DOCUMENTS)
def test_a_kind_line_decides_a_whole_document_in_its_language(code, kind_line, subject_first,
                                                              element, name, title):
    lines = (_SUBJECT[code], kind_line) if subject_first else (kind_line,)
    tree = converter.convert(page_one(code, "A/80/123", *lines), markup_date="2026-12-07")
    top = next(c for c in tree.getroot() if isinstance(c.tag, str))
    assert tree.xpath("//a:FRBRlanguage/@language", namespaces=NS) == [code]
    assert (top.tag.split("}")[1], top.get("name")) == (element, name)
    assert source(tree).get("type") == f"{element}/{name}"
    assert alias(tree, "title") == (kind_line if title == "kind line" else _SUBJECT[code])
    assert alias(tree, "symbol") == "A/80/123"
    assert "kind" not in doubts(tree)


# A draft resolution: the sponsors, then the kind, on one line ("Cuba: proyecto de
# resolución"; in Chinese "古巴：决议草案"), over the draft's title and its formula.
DRAFTS = [
    ("spa", "Cuba y Viet Nam: proyecto de resolución", "La Asamblea General,",
     "1. Decide seguir ocupándose de la cuestión.", "resolutionDraft"),
    ("spa", "Cuba: proyecto de decisión", "La Asamblea General,",
     "1. Decide seguir ocupándose de la cuestión.", "decisionDraft"),
    ("rus", "Куба и Вьетнам: проект резолюции", "Генеральная Ассамблея,",
     "1. постановляет продолжить рассмотрение этого вопроса.", "resolutionDraft"),
    ("ara", "كوبا وفييت نام: مشروع قرار", "إن الجمعية العامة،",
     "1 - تقرر مواصلة النظر في هذه المسألة.", "resolutionDraft"),
    ("zho", "古巴和越南：决议草案", "大会，", "1. 决定继续审议这个问题。", "resolutionDraft"),
    ("rus", "Куба: проект решения", "Генеральная Ассамблея,",
     "1. постановляет продолжить рассмотрение этого вопроса.", "decisionDraft"),
    ("ara", "كوبا: مشروع مقرر", "إن الجمعية العامة،",
     "1 - تقرر مواصلة النظر في هذه المسألة.", "decisionDraft"),
    ("zho", "古巴：决定草案", "大会，", "1. 决定继续审议这个问题。", "decisionDraft"),
    # An Arabic decision opens with its verb, the organ after it ("The General Assembly
    # decided", verb first), with no formula of its own.
    ("ara", "فرنسا: مشروع مقرر", "قررت الجمعية العامة أن تواصل النظر في هذه المسألة.", "",
     "decisionDraft"),
]


@pytest.mark.parametrize("code, kind_line, formula, operative, name", DRAFTS)
def test_a_draft_resolution_line_decides_in_its_language(code, kind_line, formula, operative, name):
    un, organ, distr, date, lang, original, session, item = _MASTHEAD[code]
    text = "\n".join([f"{un}    A/80/L.99", f"{organ}    {distr}", f"    {date}", f"    {lang}",
                      f"    {original}", "", session, item, "", kind_line, "", _SUBJECT[code], "",
                      formula, "", operative, ""])
    tree = converter.convert(text, markup_date="2026-12-07")
    top = next(c for c in tree.getroot() if isinstance(c.tag, str))
    assert (top.tag.split("}")[1], top.get("name")) == ("statement", name)
    assert alias(tree, "title") == _SUBJECT[code]
    assert "kind" not in doubts(tree)


# A draft report has an L. symbol, like a draft resolution: its kind line decides.
_MASTHEAD["fra"] = ("Nations Unies", "Assemblée générale", "Distr. générale", "3 mars 2025",
                    "Français", "Original : anglais", "Quatre-vingtième session",
                    "Point 68 de l’ordre du jour")
_SUBJECT["fra"] = "Promotion et protection des droits de l’homme"
_PARAGRAPHS["fra"] = ("1. Le présent document est soumis en application de la résolution 79/150.",
                      "2. Il décrit les activités menées pendant la période considérée.")


@pytest.mark.parametrize("code, kind_line", [
    ("fra", "Projet de rapport"), ("spa", "Proyecto de informe"), ("rus", "Проект доклада"),
    ("ara", "مشروع التقرير"), ("zho", "报告草稿"),
    # A kind line with its note mark, in a script whose kind lines end with the kind.
    ("zho", "秘书长的报告*"),
])
def test_a_draft_report_with_an_l_symbol_is_a_report(code, kind_line):
    tree = converter.convert(page_one(code, "A/AC.182/2025/L.1", _SUBJECT[code], kind_line),
                             markup_date="2026-12-07")
    top = next(c for c in tree.getroot() if isinstance(c.tag, str))
    assert (top.tag.split("}")[1], top.get("name")) == ("doc", "report")
    assert alias(tree, "title") == _SUBJECT[code]
    assert "kind" not in doubts(tree)


# A treaty body's Views: the treaty under "United Nations", the Committee, the kind line,
# the first numbered paragraphs (the field block left out). The symbol's /D/ alone would
# give a doubted decision; the kind line says Views. (Arabic is left out: its paragraphs
# numbered "1-1" are not read by the judgment family, which falls back to a generic doc.)
VIEWS = [
    ("spa", "Naciones Unidas", "Pacto Internacional de Derechos Civiles y Políticos",
     "Comité de Derechos Humanos",
     "Dictamen aprobado por el Comité a tenor del artículo 5, párrafo 4, del Protocolo "
     "Facultativo, respecto de la comunicación núm. 3921/2021",
     ("1.1 El autor de la comunicación es Dorian Velkov, nacional de Ruritania.",
      "1.2 El 9 de junio de 2021, el Comité decidió examinar la admisibilidad de la "
      "comunicación junto con el fondo.")),
    ("rus", "Организация Объединенных Наций", "Международный пакт о гражданских и политических правах",
     "Комитет по правам человека",
     "Соображения, принятые Комитетом в соответствии с пунктом 4 статьи 5 Факультативного "
     "протокола относительно сообщения № 3921/2021",
     ("1.1 Автором сообщения является Дориан Велков, гражданин Руритании.",
      "1.2 9 июня 2021 года Комитет решил рассмотреть вопрос о приемлемости сообщения "
      "одновременно с существом дела.")),
    ("zho", "联合国", "公民权利和政治权利国际公约", "人权事务委员会",
     "委员会根据《任择议定书》第五条第4款通过的关于第3921/2021号来文的意见",
     ("1.1 来文提交人是多里安·韦尔科夫，鲁里坦尼亚国民。",
      "1.2 2021年6月9日，委员会决定将来文的可否受理问题与实质问题一并审议。")),
]


@pytest.mark.parametrize("code, un, treaty, committee, kind_line, paragraphs", VIEWS)
def test_views_are_a_judgment_in_their_language(code, un, treaty, committee, kind_line, paragraphs):
    _, _, distr, date, lang, original, _, _ = _MASTHEAD[code]
    lines = [f"{un}    CCPR/C/143/D/3921/2021", f"{treaty}    {distr}", f"    {date}",
             f"    {lang}", f"    {original}", "", committee, "", kind_line, ""]
    tree = converter.convert("\n".join(lines + [p for text in paragraphs for p in (text, "")]),
                             markup_date="2026-12-07")
    top = next(c for c in tree.getroot() if isinstance(c.tag, str))
    assert (top.tag.split("}")[1], top.get("name")) == ("judgment", "views")
    assert alias(tree, "title") == kind_line
    assert "kind" not in doubts(tree)


# -- the symbol by its place ------------------------------------------------------------

@pytest.mark.parametrize("printed, symbol", [
    ("GEGN.2/2025/36", "GEGN.2/2025/36"),
    ("TPNW/MSP/2025/11", "TPNW/MSP/2025/11"),
    ("CEB/2025/4", "CEB/2025/4"),
    ("DP-FPA/2025/1", "DP-FPA/2025/1"),
    ("ICCD/COP(8)/CST/INF.1", "ICCD/COP(8)/CST/INF.1"),
    ("A/80/15 (Part II)", "A/80/15 (Part II)"),
    ("E/2025/34 (Part I)-E/ICEF/2025/7 (Part I)", "E/2025/34 (Part I)-E/ICEF/2025/7 (Part I)"),
    ("A/79/963–S/2025/438", "A/79/963-S/2025/438"),           # an en dash between the two
    ("E/2025/26*-E/CN.5/2025/6*", "E/2025/26-E/CN.5/2025/6"),  # each with its note mark
    ("A/80/62*−E/2025/12*", "A/80/62-E/2025/12"),              # a minus sign between
    ("A./47/435", "A/47/435"),                                # a scan's speck
    ("Distr.: General", None),
    ("HIV/AIDS", None),
])
def test_printed_symbol(printed, symbol):
    assert printed_symbol(printed) == symbol


def test_a_joint_symbol_printed_on_two_lines_is_one():
    m = read_masthead(["United Nations", "E/2025/37", "E/ECE/1512", "Distr.: General"],
                      languages.get("eng"))
    assert m.symbol == "E/2025/37-E/ECE/1512"


def test_symbols_of_series_the_grammar_does_not_list_are_read_from_the_masthead():
    # Page 1 prints "GEGN.2/2025/36" at the top right, beside "Distr.: General".
    tree = converted("unlabelled/GEGN.2_2025_36.en.pdf")
    assert alias(tree, "symbol") == "GEGN.2/2025/36"
    assert source(tree).get("identity") == "printed" and "symbol" not in doubts(tree)


def test_a_symbol_printed_at_the_foot_of_page_1_is_read_with_a_doubt():
    # An older UNFCCC layout: no masthead; "FCCC/SBSTA/2011/MISC.14" over the job number.
    tree = converted("unlabelled/FCCC_SBSTA_2011_Misc.14.en.pdf")
    assert alias(tree, "symbol") == "FCCC/SBSTA/2011/MISC.14"
    assert "foot of page 1" in doubts(tree)["symbol"]
    body = "".join(tree.getroot().find(".//{*}mainBody").itertext())
    assert "FCCC/SBSTA/2011/MISC.14" not in body          # furniture, not a paragraph


# -- amendments ------------------------------------------------------------------------

def test_an_amendment_is_an_akn_amendment_naming_the_draft_it_amends():
    tree = converted("annexes/A_C.3_80_L.56.pdf")
    top = next(c for c in tree.getroot() if isinstance(c.tag, str))
    assert top.tag.endswith("}amendment") and source(tree).get("type") == "amendment"
    assert tree.xpath("//a:references/a:activeRef/@showAs", namespaces=NS) == ["A/C.3/80/L.2"]
    assert source(tree).get("parent") == "A/C.3/80/L.2"
    assert source(tree).get("modifier") == "amendment"
    doc_type = tree.xpath("//a:preface//a:docType", namespaces=NS)[0]
    assert "".join(doc_type.itertext()).startswith("Albania, Australia, Japan, Liechtenstein")
    # The draft's title, printed under the kind line, is the title.
    assert alias(tree, "title").startswith("Combating glorification of Nazism, neo-Nazism")
    content = tree.xpath("//a:amendmentBody/a:amendmentContent/a:p", namespaces=NS)
    assert [("".join(p.itertext()))[:40] for p in content] == [
        "After operative paragraph 3, insert a ne", "Notes with alarm that the Russian Federa"]
    assert not doubts(tree)


def test_an_amendment_keeps_its_notes():
    # A/80/L.19: "Russian Federation:* amendment to draft resolution A/80/L.18"; the
    # quoted paragraph calls note "**" (the Treaty Series reference).
    tree = converted("annexes/A_80_L.19.pdf")
    assert source(tree).get("parent") == "A/80/L.18"
    notes = tree.xpath("//a:authorialNote/@marker", namespaces=NS)
    assert sorted(notes) == ["*", "**"]
    quoted = tree.xpath("//a:amendmentContent//a:authorialNote[@marker='**']", namespaces=NS)
    assert quoted and "Treaty Series, vol. 2187" in "".join(quoted[0].itertext())


def test_security_council_amendments_read_their_sponsor_line_under_the_masthead():
    # S/2025/116: the sponsor line, in larger type at the masthead's left edge, over a
    # quoted paragraph set further in.
    tree = converted("unlabelled/S_2025_116.en.pdf")
    assert source(tree).get("type") == "amendment"
    assert source(tree).get("parent") == "S/2025/112"
    assert alias(tree, "title") == ("Denmark, France, Greece, Slovenia and United Kingdom of Great "
                                    "Britain and Northern Ireland: amendment to the draft resolution "
                                    "contained in document S/2025/112")


# -- the kind from the text, and doubts ---------------------------------------------------

def test_a_note_by_the_secretariat_with_an_inf_symbol_is_a_note():
    # A/AC.121/2025/INF/1 prints "Note by the Secretariat".
    assert source(converted("unlabelled/A_AC.121_2025_INF_1.en.pdf")).get("type") == "doc/note"


def test_a_kind_taken_from_the_symbol_alone_is_a_doubt():
    # A/CONF.230/2025/INF/1 prints "Information note for participants", no kind line.
    tree = converted("unlabelled/A_CONF.230_2025_INF_1.en.pdf")
    assert source(tree).get("type") == "doc/informationCircular"
    assert "symbol" in doubts(tree)["kind"]


def test_a_list_of_delegations_is_a_list_of_participants():
    tree = converted("unlabelled/A_CONF.230_2025_INF_2.en.pdf")
    assert source(tree).get("type") == "doc/listOfParticipants" and "kind" not in doubts(tree)


def test_a_document_without_kind_line_says_so():
    # DP/OPS/2025/2: a board's masthead, "Item 14 of the provisional agenda", then only its
    # subject, "Comprehensive response plan in response to the recommendations …".
    tree = converted("unlabelled/DP_OPS_2025_2.en.pdf")
    assert source(tree).get("type") == "doc/document"
    assert set(doubts(tree)) >= {"kind", "title"}
    assert alias(tree, "symbol") == "DP/OPS/2025/2"


def test_a_generic_kind_line_is_read_and_the_title_beside_it_doubted():
    # The JIU "Review Highlights" brochure: no masthead; its kind line "Review Highlights"
    # with the symbol beside it, no date of issue. The kind is read (no doubt); the
    # symbol, the date and the title (the line beside a kind line naming no subject) are
    # not read where a UN document prints them.
    tree = converted("unlabelled/JIU_NOTE_2022_1_Rev.1(review).en.pdf")
    assert source(tree).get("type") == "doc/document"
    assert set(doubts(tree)) == {"symbol", "date", "title"}
    assert alias(tree, "symbol") == "JIU/NOTE/2022/1/Rev.1"


def test_a_report_printed_in_parts_of_a_body_keeps_its_subject_as_title():
    # DP/FPA/2025/11: "UNITED NATIONS POPULATION FUND" over "Report on the structured
    # funding dialogue, 2024–2025": the body's name is no title.
    tree = converted("unlabelled/DP_FPA_2025_11.en.pdf")
    assert alias(tree, "title") == "Report on the structured funding dialogue, 2024–2025"
    assert source(tree).get("type") == "doc/report" and not doubts(tree)


def test_a_body_its_organ_and_session_over_the_kind_line_are_no_title():
    # E/ICEF/672 (Première partie), a 1980 scan: "FONDS DES NATIONS UNIES POUR L'ENFANCE /
    # Conseil d'administration / Session de 19Ô0" (its year misread by the OCR) printed
    # over "RAPPORT DU DIRECTEUR GENERAL SUR L'ETAT DES TRAVAUX*", a kind line naming its
    # own subject: the title is that line, not the body's block.
    tree = converted("unlabelled/E_ICEF_672(PartI).en.pdf")
    assert alias(tree, "title").rstrip("*") == "RAPPORT DU DIRECTEUR GENERAL SUR L'ETAT DES TRAVAUX"
    assert source(tree).get("type") == "doc/report"


@pytest.mark.parametrize("text, session", [
    ("FONDS DES NATIONS UNIES POUR L'ENFANCE Conseil d'administration Session de 19Ô0", True),
    ("United Nations Children's Fund Executive Board Annual session 2025", True),
    ("Executive Board Second regular session 2025", True),
    ("Junta Ejecutiva Período de sesiones anual de 2025", True),
    ("Conseil d'administration Session annuelle de 2025", True),
    ("Исполнительный совет Ежегодная сессия 2025 года", True),
    ("Organization of the work of the session", False),
    ("Sixty-fifth session", False),        # no year: the masthead's session, kept as it was
])
def test_a_session_heading_ends_with_a_session_of_a_year(text, session):
    from converter.model import Block
    from converter.structurer.analysis.outline import _session_heading
    assert _session_heading(Block(text, 1, 1)) is session


def test_an_official_records_cover_titles_the_body_and_its_report():
    tree = converted("unlabelled/E_2025_37.en.pdf")
    assert alias(tree, "symbol") == "E/2025/37-E/ECE/1512"
    assert alias(tree, "title") == "Economic Commission for Europe Biennial Report (19 April 2023-9 April 2025)"


def test_a_statement_needs_its_text_at_the_head():
    # E/2025/37 prints decisions of the Commission inside its chapters: a report, not a
    # statement, though the body holds "The Economic Commission for Europe decided".
    assert source(converted("unlabelled/E_2025_37.en.pdf")).get("type") == "doc/report"


def test_cli_prints_the_doubts_and_batch_strict_fails_them(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    # A page with a UN masthead's words and no kind line: its kind is in doubt.
    (src / "plain.pdf").write_bytes(text_pdf([
        "United Nations", "A/79/999", "Distr.: General", "3 March 2025", "Original: English",
        "", "Some subject of the document", "", "1. The text of the document goes on here."]))
    run = subprocess.run([sys.executable, "-m", "converter", "convert", str(src / "plain.pdf"),
                          "-o", str(tmp_path / "plain.xml")], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "doubt: the kind: page 1 prints no kind line" in run.stderr
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "converter", "batch", str(src), "-o", str(out),
                          "--workers", "1"], capture_output=True, text=True)
    assert run.returncode == 0 and "with doubts 1" in run.stderr, run.stderr
    line = json.loads((out / "manifest.jsonl").read_text().splitlines()[0])
    assert line["status"] == "ok" and "kind" in line["doubts"]
    strict = tmp_path / "strict"
    run = subprocess.run([sys.executable, "-m", "converter", "batch", str(src), "-o", str(strict),
                          "--workers", "1", "--strict"], capture_output=True, text=True)
    assert run.returncode == 1
    line = json.loads((strict / "manifest.jsonl").read_text().splitlines()[0])
    assert line["status"] == "failed" and "in doubt (--strict): the kind" in line["error"]
    assert not (strict / "plain.xml").exists()


def test_an_error_page_saved_as_a_pdf_is_refused_in_plain_words():
    # S_2024_207.en.pdf holds the document system's page "The document you are looking
    # for does not exist in the Official Document System (ODS)".
    run = subprocess.run([sys.executable, "-m", "converter", "convert",
                          str(corpus_file("unlabelled/S_2024_207.en.pdf"))],
                         capture_output=True, text=True)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.strip() == ("error: S_2024_207.en.pdf: not a document: a page saying the "
                                  "document does not exist (a download that failed?); fetch it again")


def test_numbered_paragraphs_alone_make_no_statement_of_a_bare_text():
    # No masthead, no symbol, no formula: a policy brief's numbered findings.
    text = ("Policy brief on urban water\n\n1. Cities in arid regions lose a third of their water.\n\n"
            "2. Metering and repairs pay for themselves within five years.\n")
    with pytest.raises(converter.NotAUNDocument, match="no UN masthead or symbol"):
        converter.convert(text, language="eng")


def test_a_title_page_naming_the_united_nations_is_a_un_document():
    # "***.en.pdf": "Meeting report" / "United nations" / "leadership forUM" / "on cliMate
    # change" (small capitals in the text layer), no masthead, no symbol.
    tree = converted("unlabelled/***.en.pdf")
    assert source(tree).get("type") == "doc/report" and "kind" not in doubts(tree)
    assert alias(tree, "title").casefold() == "united nations leadership forum on climate change"
    assert source(tree).get("identity") == "provisional" and "symbol" in doubts(tree)


def test_a_scan_whose_ocr_layer_reads_no_masthead_is_refused_saying_it_is_a_scan():
    # E/CN.4/149 (1948): a scanned page whose old OCR layer reads "s/ou/na" for the
    # symbol and "17 June 19^8" for the date (pdftotext): refused, naming the scan.
    from converter.errors import NotAUNDocument
    with pytest.raises(NotAUNDocument) as refused:
        converted("unlabelled/E_CN.4_149.en.pdf")
    message = str(refused.value)
    assert message.startswith("E_CN.4_149.en.pdf: not a UN document")
    assert "page 1 is a scan" in message and "--ocr" in message
    assert "\n" not in message


@pytest.mark.parametrize("line, authors", [
    ("Inspector Sukai Prom-Jackson", True), ("Prepared by Inspectors A and B", True),
    ("Établi par l'inspectrice X", True), ("Подготовлено инспектором X", True),
    ("المفتشين جون", True), ("检查专员张三", True),
    ("Joint Inspection Unit", False), ("Inspectorate of the Ministry", False)])
def test_a_line_naming_the_authors_is_told_in_each_language(line, authors):
    from converter.structurer.analysis.outline import _AUTHORS_LINE
    assert bool(_AUTHORS_LINE.match(line)) is authors


@pytest.mark.parametrize("code, lines, title", [
    ("eng", ["Meeting report", "15 December 2022", "United Nations leadership forum on climate change",
             "Prepared by Inspector Jane Doe"], "United Nations leadership forum on climate change"),
    ("eng", ["Review Highlights", "March 2023", "MEASURES AND MECHANISMS FOR ADDRESSING RACISM",
             "IN THE UN SYSTEM ORGANIZATIONS", "Inspector Sukai Prom-Jackson"],
     "MEASURES AND MECHANISMS FOR ADDRESSING RACISM IN THE UN SYSTEM ORGANIZATIONS"),
    ("fra", ["Note du Secrétariat", "mars 2023",
             "Coopération internationale dans le domaine des droits humains", "Établi par Jean Dupont"],
     "Coopération internationale dans le domaine des droits humains"),
    ("spa", ["Nota de la Secretaría", "marzo de 2023",
             "Cooperación internacional en materia de derechos humanos",
             "Preparado por el Inspector Juan Pérez"],
     "Cooperación internacional en materia de derechos humanos"),
])
def test_a_date_or_the_authors_under_a_kind_line_that_names_no_subject_are_no_title(code, lines, title):
    # The subject printed under such a kind line is the title; the cover's date ("March
    # 2023") and its authors ("Inspector …", "Prepared by …") printed with it are not.
    from converter.model import Block
    from converter.structurer.analysis.outline import read_outline
    text = "1. " + "The text of the document goes on here in full sentences. " * 3
    outline = read_outline([Block(line) for line in lines] + [Block(text)], languages.get(code))
    assert outline.title.text == title and outline.kind_line.text == lines[0]


def test_a_joint_inspection_unit_brochures_title_is_its_subject_alone():
    # JIU/NOTE/2022/1/Rev.1 ("Review Highlights"), page 1: "March 2023" under the symbol,
    # the title in capitals on two lines, then "Inspector Sukai Prom-Jackson".
    tree = converted("unlabelled/JIU_NOTE_2022_1_Rev.1(review).en.pdf")
    assert alias(tree, "title") == ("MEASURES AND MECHANISMS FOR ADDRESSING RACISM AND RACIAL "
                                    "DISCRIMINATION IN THE UN SYSTEM ORGANIZATIONS")
    assert "names no subject" in doubts(tree)["title"]      # (chosen under a generic kind line)
