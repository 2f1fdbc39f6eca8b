"""Language-neutral names of preambular paragraphs, as AKN4UN recommends
(``<container name="recalling"><p>Recalling …</p></container>``): the six language
versions of a resolution then align by name as well as by eId.

The name comes from the paragraph's leading words (the italic participle): one table per
language from those words to a neutral name. A participle the table does not know gets
the generic name ``preambular``: the paragraph is never lost, only unnamed."""
from __future__ import annotations

import re
from functools import lru_cache

GENERIC = "preambular"

# Neutral name -> the leading words that give it, per language (ISO 639-2). Each entry is
# a regex matched at the start of the paragraph, case ignored; the longest match wins
# ("Taking note" before "Taking into account", "Profondément préoccupée" before
# "Préoccupée"). Adverbs after the participle ("Recalling also") do not matter.
_F = r"(?:e|s|es)?"          # French agreement: Convaincu, Convaincue, Convaincus …
_E = r"(?:a|o|as|os)"        # Spanish agreement: Convencida, Convencido …
NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "recalling": {
        "eng": ("Recalling", "Further recalling", "Also recalling", "Recalling also"),
        "fra": ("Rappelant",),
        "spa": ("Recordando",),
        "rus": ("Ссылаясь", "Напоминая", "Вновь ссылаясь"),
        "ara": ("تشير", "تستذكر", "تذكر"),
        "zho": ("回顾", "又回顾", "还回顾"),
    },
    "reaffirming": {
        "eng": ("Reaffirming", "Further reaffirming"),
        "fra": ("Réaffirmant",),
        "spa": ("Reafirmando",),
        "rus": ("Вновь подтверждая",),
        "ara": ("تؤكد من جديد", "تعيد تأكيد"),
        "zho": ("重申",),
    },
    "affirming": {
        "eng": ("Affirming",),
        "fra": ("Affirmant",),
        "spa": ("Afirmando",),
        "rus": ("Подтверждая", "Заявляя"),
        "ara": ("تؤكد",),
        "zho": ("申明", "确认"),
    },
    "noting": {
        "eng": ("Noting", "Further noting", "Observing"),
        "fra": ("Notant", "Constatant", "Observant"),
        "spa": ("Observando", "Señalando", "Haciendo notar", "Constatando"),
        "rus": ("Отмечая", "Констатируя"),
        "ara": ("تلاحظ",),
        "zho": ("注意到", "又注意到"),
    },
    "takingNote": {
        "eng": ("Taking note",),
        "fra": ("Prenant note", "Prenant acte"),
        "spa": ("Tomando nota",),
        "rus": ("Принимая к сведению",),
        "ara": ("تحيط علما",),
        "zho": ("表示注意到",),
    },
    "welcoming": {
        "eng": ("Welcoming",),
        "fra": ("Se félicitant", "Accueillant", "Saluant"),
        "spa": ("Acogiendo con beneplácito", "Acogiendo con satisfacción", "Acogiendo"),
        "rus": ("Приветствуя",),
        "ara": ("ترحب",),
        "zho": ("欢迎", "赞扬"),
    },
    "recognizing": {
        "eng": ("Recognizing", "Recognising", "Acknowledging"),
        "fra": ("Reconnaissant", "Constatant avec satisfaction"),
        "spa": ("Reconociendo",),
        "rus": ("Признавая",),
        "ara": ("تسلم", "تعترف", "تقر"),
        "zho": ("确认到", "认识到", "承认"),
    },
    "considering": {
        "eng": ("Considering", "Believing", r"Having (?:also |further )?considered",
                r"Having (?:also |further )?examined"),
        "fra": ("Considérant", "Estimant", r"Ayant (?:également |aussi )?examiné"),
        "spa": ("Considerando", "Estimando", r"Habiendo (?:examinado|considerado)(?: también)?"),
        "rus": ("Считая", "Полагая", "Рассмотрев"),
        "ara": ("ترى", "تعتبر", "وقد نظرت"),
        "zho": ("考虑到", "认为", "审议了"),
    },
    "bearingInMind": {
        "eng": ("Bearing in mind", "Mindful", "Taking into account", "Taking into consideration"),
        "fra": ("Ayant à l[’']esprit", "Gardant à l[’']esprit", "Tenant compte"),
        "spa": ("Teniendo presente", "Teniendo en cuenta"),
        "rus": ("Памятуя", "Учитывая", "Принимая во внимание"),
        "ara": ("تضع في اعتبارها", "تأخذ في الاعتبار", "تراعي"),
        "zho": ("铭记",),
    },
    "convinced": {
        "eng": ("Convinced",),
        "fra": (f"Convaincu{_F}", f"Persuadé{_F}"),
        "spa": (f"Convencid{_E}",),
        "rus": ("Будучи убеждена", "Будучи убежден", "Убежденная"),
        "ara": ("اقتناعا منها", "واقتناعا منها", "إذ هي مقتنعة"),
        "zho": ("深信", "确信"),
    },
    "concerned": {
        "eng": ("Concerned", "Deeply concerned", "Gravely concerned", "Seriously concerned",
                "Alarmed", "Expressing concern", "Expressing deep concern"),
        "fra": (f"Préoccupé{_F}", f"Profondément préoccupé{_F}", f"Gravement préoccupé{_F}",
                f"Vivement préoccupé{_F}", f"Alarmé{_F}", f"Inquiet|Inquiète{_F}"),
        "spa": (f"Preocupad{_E}", f"Profundamente preocupad{_E}",
                f"Gravemente preocupad{_E}", f"Alarmad{_E}"),
        "rus": ("Будучи обеспокоена", "Будучи глубоко обеспокоена", "Будучи серьезно обеспокоена",
                "Выражая обеспокоенность", "Выражая озабоченность", "Будучи встревожена"),
        "ara": ("يساورها القلق", "يساورها بالغ القلق", "تعرب عن قلقها", "تعرب عن بالغ قلقها",
                "تشعر بالقلق", "يثير جزعها"),
        "zho": ("关切", "深为关切", "严重关切", "深表关切", "震惊"),
    },
    "emphasizing": {
        "eng": ("Emphasizing", "Emphasising", "Stressing", "Underlining", "Underscoring",
                "Highlighting"),
        "fra": ("Soulignant", "Insistant", "Mettant l[’']accent"),
        "spa": ("Destacando", "Subrayando", "Poniendo de relieve", "Recalcando", "Insistiendo"),
        "rus": ("Подчеркивая", "Особо отмечая"),
        "ara": ("تشدد", "تبرز", "تؤكد على"),
        "zho": ("强调",),
    },
    "expressing": {
        "eng": ("Expressing",),
        "fra": ("Exprimant",),
        "spa": ("Expresando",),
        "rus": ("Выражая",),
        "ara": ("تعرب",),
        "zho": ("表示",),
    },
    "reiterating": {
        "eng": ("Reiterating", "Further reiterating"),
        "fra": ("Réitérant",),
        "spa": ("Reiterando",),
        "rus": ("Вновь заявляя", "Вновь подчеркивая"),
        "ara": ("تكرر",),
        "zho": ("重申其",),
    },
    "aware": {
        "eng": ("Aware", "Conscious"),
        "fra": (f"Conscient{_F}", "Sachant"),
        "spa": ("Conscientes?",),
        "rus": ("Сознавая", "Осознавая"),
        "ara": ("تدرك", "تعي", "إدراكا منها"),
        "zho": ("意识到",),
    },
    "guided": {
        "eng": ("Guided by",),
        "fra": (f"Guidé{_F} par",),
        "spa": (f"Guiad{_E} por", "Guiándose por"),
        "rus": ("Руководствуясь",),
        "ara": ("تسترشد",),
        "zho": ("遵循", "依循"),
    },
    "determined": {
        "eng": ("Determined", "Resolved", "Determining"),
        "fra": (f"Résolu{_F}", f"Déterminé{_F}"),
        "spa": (f"Decidid{_E}", f"Resuelt{_E}", "Determinando"),
        "rus": ("Преисполненная решимости", "Будучи преисполнена решимости", "Определяя"),
        "ara": ("تصميما منها", "وتصميما منها", "تقرر"),
        "zho": ("决心", "断定"),
    },
    "deploring": {
        "eng": ("Deploring", "Regretting"),
        "fra": ("Déplorant", "Regrettant"),
        "spa": ("Deplorando", "Lamentando"),
        "rus": ("Сожалея", "Выражая сожаление"),
        "ara": ("تأسف", "تشجب"),
        "zho": ("痛惜", "遗憾"),
    },
    "condemning": {
        "eng": ("Condemning",),
        "fra": ("Condamnant",),
        "spa": ("Condenando",),
        "rus": ("Осуждая",),
        "ara": ("تدين",),
        "zho": ("谴责",),
    },
    "desiring": {
        "eng": ("Desiring", "Desirous", "Wishing", "Seeking"),
        "fra": ("Désireu(?:x|se)", "Souhaitant"),
        "spa": (f"Deseos{_E}",),
        "rus": ("Желая", "Стремясь"),
        "ara": ("رغبة منها", "ورغبة منها"),
        "zho": ("希望", "愿"),
    },
    "acting": {
        "eng": ("Acting",),
        "fra": ("Agissant",),
        "spa": ("Actuando",),
        "rus": ("Действуя",),
        "ara": ("تتصرف", "إذ تتصرف"),
        "zho": ("根据",),
    },
    "appreciating": {
        "eng": ("Appreciating", "Commending", "Expressing its appreciation"),
        "fra": ("Appréciant", "Sachant gré"),
        "spa": ("Apreciando", "Encomiando", "Expresando su reconocimiento"),
        "rus": ("Высоко оценивая", "Отдавая должное"),
        "ara": ("تقدر", "تثني"),
        "zho": ("赞赏",),
    },
}

# Arabic preambular paragraphs open with "إذ" ("whereas"), after the first with "وإذ":
# the verb that follows decides.
_ARABIC_LEAD = re.compile(r"^\s*و?(?:إذ|وإذ)\s+")


@lru_cache(maxsize=None)
def _table(language: str) -> list[tuple[re.Pattern, str]]:
    entries = [(words, name) for name, per_language in NAMES.items()
               for words in per_language.get(language, ())]
    # The longest first: "Vivement préoccupée" before "Préoccupée", "تؤكد من جديد"
    # before "تؤكد".
    entries.sort(key=lambda e: len(e[0]), reverse=True)
    boundary = "" if language == "zho" else r"(?=[\s,:;،]|$)"
    return [(re.compile(rf"(?:{words}){boundary}", re.IGNORECASE), name)
            for words, name in entries]


def preambular_name(text: str, language: str) -> str:
    """The neutral name of a preambular paragraph from its leading words
    ("Rappelant également …" -> "recalling"); ``GENERIC`` when they are unknown."""
    text = text.lstrip()
    if language == "ara":
        text = _ARABIC_LEAD.sub("", text)
    for regex, name in _table(language):
        if regex.match(text):
            return name
    return GENERIC
