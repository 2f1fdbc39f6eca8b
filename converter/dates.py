"""Full calendar dates printed in running text ("25 juin 1993" -> 1993-06-25)."""
from __future__ import annotations

import datetime as dt

from .languages import Language


def find_dates(text: str, lang: Language) -> list[tuple[int, int, str]]:
    """(start, end, ISO date) of each full date in ``text``; impossible dates skipped."""
    found = []
    for match in lang.date_regex.finditer(text):
        try:
            day = dt.date(int(match.group("year")), lang.month_number(match.group("month")),
                          int(match.group("day")))
        except ValueError:
            continue
        found.append((match.start(), match.end(), day.isoformat()))
    return found


def is_full_date(text: str, lang: Language) -> bool:
    """Whether ``text`` is one full date and nothing else ("15 December 2022")."""
    text = text.strip()
    dates = find_dates(text, lang)
    return bool(dates) and dates[0][0] == 0 and dates[0][1] == len(text)
