"""The countries a shop here reads phone numbers in, with names in the window's language.

A small table rather than a library: phonenumbers keeps country names in its geocoding data
(40 MB, 0.28 s to import, cut from the bundle) and Babel in 33 MB of locale data, while a
shop using pos-app sits in Russia, the CIS or next to them. The English names are marked for
translation (context ``countries``); the window shows them translated. Another country the
phone library knows still works, shown by its ISO code.
"""

from __future__ import annotations

from typing import NamedTuple

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N

# The context the window translates a country's name in (see i18n.TRANSLATED_PARAMS).
CONTEXT = "countries"


class Country(NamedTuple):
    code: str  # ISO 3166-1 alpha-2, as phonenumbers and the settings write it
    calling_code: int  # the international prefix without +
    name: str  # English, marked for translation under CONTEXT


COUNTRIES = (
    Country("RU", 7, _N("countries", "Russia")),
    Country("BY", 375, _N("countries", "Belarus")),
    Country("KZ", 7, _N("countries", "Kazakhstan")),
    Country("UZ", 998, _N("countries", "Uzbekistan")),
    Country("KG", 996, _N("countries", "Kyrgyzstan")),
    Country("TJ", 992, _N("countries", "Tajikistan")),
    Country("TM", 993, _N("countries", "Turkmenistan")),
    Country("AM", 374, _N("countries", "Armenia")),
    Country("AZ", 994, _N("countries", "Azerbaijan")),
    Country("GE", 995, _N("countries", "Georgia")),
    Country("MD", 373, _N("countries", "Moldova")),
    Country("MN", 976, _N("countries", "Mongolia")),
    Country("TR", 90, _N("countries", "Turkey")),
    Country("CN", 86, _N("countries", "China")),
)
_BY_CODE = {country.code: country for country in COUNTRIES}


def known_country(code: str) -> Country | None:
    """The table's country for an ISO code (any case), or None for one it does not list."""
    return _BY_CODE.get(code.strip().upper())


def country_name(code: str) -> str:
    """The country's English name (marked for translation), else its ISO code as written."""
    country = known_country(code)
    return code if country is None else country.name
