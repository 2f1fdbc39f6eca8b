"""Regenerate converter/data/states.tsv: ISO 3166 alpha-3 code and the State's names.

Names come from pycountry's ISO 3166-1 tables and their translations (dev-time only:
``pip install pycountry``), with "Russie, Fédération de" turned into "Fédération de
Russie", then the UN's own short names (which differ from ISO's) put over them.
"""
import csv
import gettext
import sys
from pathlib import Path

import pycountry

LANGS = {"eng": None, "fra": "fr", "spa": "es", "rus": "ru", "ara": "ar", "zho": "zh_CN"}
# UN short names where they differ from ISO's (UN Terminology).
UN_NAMES = {
    "BOL": {"eng": "Bolivia (Plurinational State of)", "fra": "Bolivie (État plurinational de)"},
    "IRN": {"eng": "Iran (Islamic Republic of)", "fra": "Iran (République islamique d’)"},
    "VEN": {"eng": "Venezuela (Bolivarian Republic of)", "fra": "Venezuela (République bolivarienne du)"},
    "KOR": {"eng": "Republic of Korea", "fra": "République de Corée"},
    "PRK": {"eng": "Democratic People’s Republic of Korea", "fra": "République populaire démocratique de Corée"},
    "RUS": {"eng": "Russian Federation", "fra": "Fédération de Russie"},
    "SYR": {"eng": "Syrian Arab Republic", "fra": "République arabe syrienne"},
    "GBR": {"eng": "United Kingdom of Great Britain and Northern Ireland",
            "fra": "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord"},
    "USA": {"eng": "United States of America", "fra": "États-Unis d’Amérique"},
    "LAO": {"eng": "Lao People’s Democratic Republic", "fra": "République démocratique populaire lao"},
    "MDA": {"eng": "Republic of Moldova", "fra": "République de Moldova"},
    "TZA": {"eng": "United Republic of Tanzania", "fra": "République-Unie de Tanzanie"},
    "FSM": {"eng": "Micronesia (Federated States of)", "fra": "Micronésie (États fédérés de)"},
    "TUR": {"eng": "Türkiye", "fra": "Türkiye"},
    "VNM": {"eng": "Viet Nam", "fra": "Viet Nam"},
    "PSE": {"eng": "State of Palestine", "fra": "État de Palestine"},
    "NLD": {"eng": "Netherlands (Kingdom of the)", "fra": "Royaume des Pays-Bas"},
    "COD": {"eng": "Democratic Republic of the Congo", "fra": "République démocratique du Congo"},
    "COG": {"eng": "Congo", "fra": "Congo"},
    "CZE": {"eng": "Czechia", "fra": "Tchéquie"},
    "MKD": {"eng": "North Macedonia", "fra": "Macédoine du Nord"},
    "CIV": {"eng": "Côte d’Ivoire", "fra": "Côte d’Ivoire"},
    "VAT": {"eng": "Holy See", "fra": "Saint-Siège"},
    "CHN": {"eng": "China", "fra": "Chine"},
    "EGY": {"eng": "Egypt", "fra": "Égypte"},
    "GMB": {"eng": "Gambia", "fra": "Gambie"},
    "BHS": {"eng": "Bahamas", "fra": "Bahamas"},
}


def invert(name: str) -> str:
    """ "Russie, Fédération de" -> "Fédération de Russie" """
    if ", " in name:
        head, tail = name.split(", ", 1)
        return f"{tail} {head}" if tail.endswith(("de", "du", "des")) else name
    return name


def main(out: Path) -> None:
    translations = {code: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[loc])
                    for code, loc in LANGS.items() if loc}
    rows = []
    for country in pycountry.countries:
        iso_name = getattr(country, "common_name", None) or country.name
        row = {"iso3": country.alpha_3, "eng": iso_name}
        for code, tr in translations.items():
            row[code] = invert(tr.gettext(country.name))
        row.update(UN_NAMES.get(country.alpha_3, {}))
        rows.append(row)
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, ["iso3", *LANGS], delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(rows, key=lambda r: r["iso3"]))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else
         Path(__file__).resolve().parent.parent / "converter" / "data" / "states.tsv")
