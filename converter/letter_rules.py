"""Language rules of letters and notes verbales, one data table per UN language.

What a letter prints in words: the "(Signed)" before a signer's name, the roles printed
under it ("Permanent Representative", "Ambassador"), the complimentary close ("Please
accept … the assurances of my highest consideration", "… avails itself of this
opportunity to renew …") and the headings of what it transmits ("Annex to the letter
dated …", "Enclosure"). The title lines themselves ("Letter dated …", "Note verbale
dated …") are ``Language.kind_titles`` in ``languages.py``. The structurer
(``structurer/families/letter.py``) only looks things up here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class LetterRules:
    # "(Signed)" as printed before (or, in Chinese, after) the signer's name.
    signed: str
    # Roles printed under the name, as regex alternatives; each one starts a role (a role
    # runs to the next one): "Ambassador", "Permanent Representative of X to the …".
    roles: tuple[str, ...]
    # A complimentary close: a short paragraph that this regex finds (searched).
    closing: str
    # Headings of the parts a letter transmits, each a whole line: (kind, regex). The kind
    # is the attachment's doc @name; its level says what holds what (an enclosure of an
    # annex belongs to that annex).
    parts: tuple[tuple[str, str], ...]
    # A role's words go on after it with small words ("of Denmark to the United Nations");
    # a capital right after the role itself starts the next printed line. Not in languages
    # whose roles go on with capitals ("Постоянный представитель Новой Зеландии").
    role_ends_at_capital: bool = True
    # Words are separated by spaces: a role is a whole word or more and runs on to the end
    # of its line; without spaces (Chinese), a role is just what its regex matches.
    spaced: bool = True
    # The heading of a letter asking for an item on the agenda ("Request for the
    # inclusion of an item in the provisional agenda of the eightieth session"): the
    # lines under it name the item proposed, the letter's subject (its title).
    agenda_request: str = r"$^"

    @cached_property
    def signed_regex(self) -> re.Pattern:
        return re.compile(rf"^\s*(?P<mark>{self.signed})\s*|\s*(?P<after>{self.signed})\s*$")

    @cached_property
    def role_regex(self) -> re.Pattern:
        roles = "|".join(self.roles)
        return re.compile(rf"(?<![\w-])(?:{roles})(?![\w-])" if self.spaced else f"(?:{roles})")

    @cached_property
    def closing_regex(self) -> re.Pattern:
        return re.compile(self.closing, re.IGNORECASE)

    def part(self, text: str) -> str | None:
        """The kind of attachment whose heading ``text`` is ("annex", "enclosure" …)."""
        text = " ".join(text.split())
        for kind, pattern in self.parts:
            if re.match(pattern, text):
                return kind
        return None


# Levels of the parts: an enclosure or appendix after an annex belongs to it.
PART_LEVELS = {"annex": 1, "enclosure": 2, "appendix": 2}

_NUMBERING = r"(?:\s+(?:[IVXL]+|\d{1,2}|[A-Z]))?"
_DASH_TITLE = r"(?:\s+[–—-]\s+.{1,200})?"

ENGLISH = LetterRules(
    agenda_request=r"^Request\s+for\s+the\s+inclusion\s+of\s+(?:an?\s+)?(?:(?:additional|supplementary)\s+)?items?\s+in\s+the\s+(?:provisional\s+)?agenda\b",
    signed=r"\((?:Signed|Sgd\.?)\)",
    roles=(
        r"(?:Deputy\s+|Alternate\s+|Acting\s+)?Permanent\s+(?:Representative|Observer)",
        r"Ambassador(?:\s+Extraordinary\s+and\s+Plenipotentiary)?",
        r"Chargée?\s+d[’']affaires(?:\s+(?:a\.\s?i\.|ad\s+interim))?",
        r"(?:Vice-)?President", r"(?:Vice-|Co-)?Chair(?:person|man|woman)?",
        r"(?:Under-|Assistant\s+|Deputy\s+)?Secretary-General",
        r"(?:Deputy\s+)?(?:Prime\s+)?Minister", r"Deputy\s+Permanent\s+Representative",
        r"(?:Special\s+|High\s+|Executive\s+)?Representative", r"Special\s+(?:Envoy|Rapporteur|Adviser)",
        r"(?:Permanent\s+)?Observer", r"Coordinator", r"(?:Executive\s+)?Director(?:-General)?",
        r"Head\s+of\s+\w+", r"Counsellor", r"Minister\s+Counsellor", r"Secretary\s+of\s+State",
        r"High\s+Commissioner", r"Rapporteur",
    ),
    closing=r"accept,?\s+(?:\w+,\s+)?(?:the\s+)?assurances?\s+of\s+my\s+(?:highest|high|most\s+distinguished)"
            r"|avails?\s+(?:itself|themselves|myself)\s+of\s+this\s+opportunity\s+to\s+renew"
            r"|^(?:Yours\s+(?:sincerely|faithfully)|Sincerely(?:\s+yours)?)\W*$",
    parts=(
        ("annex", rf"^Annex(?:es)?{_NUMBERING}(?:\s+(?:to|of)\s+(?:the\s+)?.{{3,600}}|{_DASH_TITLE})$"),
        ("enclosure", rf"^Enclosures?{_NUMBERING}(?:\s+(?:to|of)\s+(?:the\s+)?.{{3,300}}|{_DASH_TITLE})$"),
        ("appendix", rf"^Appendix{_NUMBERING}(?:\s+(?:to|of)\s+(?:the\s+)?.{{3,300}}|{_DASH_TITLE})$"),
    ),
)

FRENCH = LetterRules(
    agenda_request=r"^Demande\s+d[’']inscription\s+d[’']une\s+question\s+(?:supplémentaire\s+)?à\s+l[’']ordre\s+du\s+jour\b",
    signed=r"\((?:Signé|Signée|Signés|Signées)\)",
    roles=(
        r"(?:Représentante?|Observat(?:eur|rice))\s+permanent(?:e)?(?:\s+adjointe?)?(?:\s+par\s+intérim)?",
        r"Ambassadeur|Ambassadrice",
        r"Chargée?\s+d[’']affaires(?:\s+(?:par\s+intérim|a\.\s?i\.))?",
        r"(?:Vice-)?Présidente?", r"(?:Secrétaire\s+générale?\s+adjointe?|Secrétaire\s+générale?)",
        r"(?:Première?\s+)?Ministre", r"Représentante?(?:\s+(?:spéciale?|personnelle?))?",
        r"Envoyée?\s+spéciale?", r"Coordonnat(?:eur|rice)", r"Direct(?:eur|rice)(?:\s+générale?)?",
        r"Conseill(?:er|ère)", r"Haute?-Commissaire", r"Rapporteu(?:r|se)(?:\s+spéciale?)?",
        r"Chef\s+de\s+\w+",
    ),
    closing=r"(?:Veuillez|je\s+vous\s+prie\s+d[’'])\s*(?:agréer|accepter).{0,120}(?:assurances?|expression)"
            r"\s+de\s+ma\s+(?:très\s+)?haute\s+considération"
            r"|saisi(?:t|ssent)\s+cette\s+occasion\s+pour\s+renouveler",
    parts=(
        ("annex", rf"^Annexes?{_NUMBERING}(?:\s+(?:à|de)\s+(?:la|l[’']|les)\s*.{{3,600}}|{_DASH_TITLE})$"),
        ("enclosure", rf"^Pièces?\s+jointes?{_NUMBERING}(?:\s+.{{3,300}})?$"),
        ("appendix", rf"^Appendices?{_NUMBERING}(?:\s+(?:à|de)\s+.{{3,300}}|{_DASH_TITLE})$"),
    ),
)

SPANISH = LetterRules(
    agenda_request=r"^Solicitud\s+de\s+inclusión\s+de\s+un\s+tema\s+(?:adicional\s+|suplementario\s+)?en\s+el\s+programa\b",
    signed=r"\((?:Firmado|Firmada|Firmados|Firmadas)(?:\s+y\s+sellad[oa])?\)",
    roles=(
        r"(?:Representante|Observador(?:a)?)\s+Permanente(?:\s+Adjunt[oa])?(?:\s+Alterno)?",
        r"Embajador(?:a)?(?:\s+Extraordinari[oa]\s+y\s+Plenipotenciari[oa])?",
        r"Encargad[oa]\s+de\s+Negocios(?:\s+(?:a\.\s?i\.|interin[oa]))?",
        r"(?:Vice)?[Pp]resident[ea]", r"Secretari[oa]\s+General(?:\s+Adjunt[oa])?",
        r"(?:Primer[oa]\s+)?Ministr[oa]", r"Representante(?:\s+Especial)?", r"Enviad[oa]\s+Especial",
        r"Coordinador(?:a)?", r"Director(?:a)?(?:\s+General)?", r"Consejer[oa]",
        r"Alt[oa]\s+Comisionad[oa]", r"Relator(?:a)?(?:\s+Especial)?", r"Jef[ea]\s+de\s+\w+",
    ),
    closing=r"(?:aprovech[oa]|hago\s+propicia|hace\s+propicia)\s+(?:la|esta)\s+(?:oportunidad|ocasión)\s+para\s+"
            r"(?:reiterar|renovar|expresar)"
            r"|(?:las\s+)?seguridades\s+de\s+mi\s+(?:más\s+)?(?:alta|distinguida)\s+consideración",
    parts=(
        ("annex", rf"^Anexos?{_NUMBERING}(?:\s+(?:de|a)\s+(?:la|las|los|el)\s+.{{3,600}}|{_DASH_TITLE})$"),
        ("enclosure", rf"^(?:Documento|Documentos)\s+adjuntos?{_NUMBERING}(?:\s+.{{3,300}})?$"),
        ("appendix", rf"^Apéndices?{_NUMBERING}(?:\s+(?:de|a)\s+.{{3,300}}|{_DASH_TITLE})$"),
    ),
)

RUSSIAN = LetterRules(
    agenda_request=r"^Просьба\s+о\s+включении\s+(?:дополнительного\s+)?пункта\s+в\s+(?:предварительную\s+)?повестку\s+дня\b",
    signed=r"\(Подпись\)|\(Подписано\)",
    roles=(
        r"(?:Заместитель\s+)?Постоянн(?:ый|ая|ого)\s+(?:представител[ья]|наблюдател[ья])",
        r"Посол(?:\s+по\s+особым\s+поручениям)?",
        r"Временн(?:ый|ая)\s+поверенн(?:ый|ая)\s+в\s+делах(?:\s+а\.\s?и\.)?",
        r"(?:Заместитель\s+)?Председател[ья]", r"(?:Заместитель\s+)?Генеральн(?:ый|ого)\s+секретар[ья]",
        r"(?:Первый\s+заместитель\s+|Заместитель\s+)?Министр", r"Представитель",
        r"Специальн(?:ый|ая)\s+(?:посланник|докладчик|представитель)", r"Координатор",
        r"(?:Генеральный\s+)?Директор", r"Советник", r"Верховный\s+комиссар", r"Глава\s+\w+",
    ),
    closing=r"(?:Примите|Прошу\s+Вас\s+принять).{0,80}увер"
            r"|пользу(?:ется|ются)\s+(?:этой\s+|настоящей\s+)?возможностью,?\s+чтобы\s+(?:вновь\s+)?засвидетельствовать",
    parts=(
        ("annex", rf"^Приложени[ея]{_NUMBERING}(?:\s+к\s+.{{3,600}}|{_DASH_TITLE})$"),
        ("enclosure", rf"^Добавлени[ея]{_NUMBERING}(?:\s+к\s+.{{3,300}}|{_DASH_TITLE})$"),
    ),
    role_ends_at_capital=False,
)

ARABIC = LetterRules(
    agenda_request=r"^طلب\s+إدراج\s+بند\b",
    signed=r"[()](?:توقيع|وقّع|التوقيع)[()]",
    roles=(
        r"(?:نائب\s+)?(?:المندوب|المندوبة|الممثل|الممثلة|المراقب|المراقبة)\s+(?:الدائم|الدائمة)",
        r"السفير|السفيرة", r"القائم(?:ة)?\s+بالأعمال(?:\s+بالنيابة|\s+المؤقت)?",
        r"(?:نائب\s+)?رئيس(?:ة)?", r"(?:نائب\s+)?الأمين\s+العام", r"(?:نائب\s+)?(?:رئيس\s+)?الوزراء|الوزير|الوزيرة|وزير",
        r"الممثل(?:ة)?\s+الخاص(?:ة)?", r"المبعوث(?:ة)?\s+الخاص(?:ة)?", r"المنسق(?:ة)?", r"المدير(?:ة)?(?:\s+العام(?:ة)?)?",
        r"المستشار(?:ة)?", r"المفوض(?:ة)?\s+السامي(?:ة)?", r"المقرر(?:ة)?(?:\s+الخاص(?:ة)?)?",
    ),
    closing=r"(?:تغتنم|أغتنم|يغتنم|وتغتنم|وأغتنم)\s+(?:هذه\s+)?الفرصة\s+ل(?:ت|أ|ي)?(?:عرب|جدد|عرض)",
    parts=(
        ("annex", r"^(?:(?:ال)?مرفق(?:ات)?(?:\s+(?:الأول|الثاني|الثالث|الرابع|الخامس|[IVXL]+|\d{1,2}))?"
                  r"|مرفق\s+(?:ال)?(?:رسال|مذكر)\S*\s+.{3,600})$"),
        ("enclosure", r"^(?:(?:ال)?ضميمة(?:\s+(?:الأولى|الثانية|الثالثة|[IVXL]+|\d{1,2}))?"
                      r"|ضميمة\s+(?:ال)?(?:مرفق|رسال|مذكر)\S*\s+.{3,300})$"),
        ("appendix", r"^(?:ال)?تذييل(?:\s+(?:الأول|الثاني|الثالث|[IVXL]+|\d{1,2}))?$"),
    ),
    role_ends_at_capital=False,
)

CHINESE = LetterRules(
    agenda_request=r"^请求在.{2,40}议程(?:中)?列入",
    signed=r"[（(]签名[）)]",
    roles=(
        r"(?:副)?常驻(?:联合国)?(?:代表|观察员)", r"特命全权大使|大使", r"临时代办",
        r"(?:副)?主席", r"(?:副)?秘书长", r"(?:副)?(?:总理|部长)", r"特别(?:代表|特使|报告员)",
        r"代表", r"协调员", r"(?:总)?干事|主任", r"参赞", r"高级专员",
    ),
    closing=r"顺致崇高的敬意|再次向.{0,60}致以(?:最)?崇高的敬意|借此机会.{0,60}致以(?:最)?崇高的敬意",
    parts=(
        ("annex", r"^(?:附件(?:[一二三四五六七八九十]+|\s*[IVXL]+|\s*\d+)?|.{3,600}的附件(?:[一二三四五六七八九十]+)?)$"),
        ("enclosure", r"^(?:附文|随附文件)(?:[一二三四五六七八九十]+)?$"),
        ("appendix", r"^(?:附录|.{3,300}的附录)(?:[一二三四五六七八九十]+)?$"),
    ),
    role_ends_at_capital=False,
    spaced=False,
)

RULES: dict[str, LetterRules] = {"eng": ENGLISH, "fra": FRENCH, "spa": SPANISH,
                                 "rus": RUSSIAN, "ara": ARABIC, "zho": CHINESE}


def get(code: str) -> LetterRules:
    return RULES.get(code, ENGLISH)
