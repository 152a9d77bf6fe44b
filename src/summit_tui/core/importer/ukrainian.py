"""Readouts in Ukrainian, read through English phrase by phrase.

Ukraine's President, government and foreign ministry write readouts in Ukrainian first.
Ukrainian declines its nouns as Russian does, so, as for Russian (russian.py), names,
offices, countries and cities are stems that take any ending; dates ("14 березня 2024
року"), the kinds of meeting ("телефонна розмова", "зустріч", "переговори") and offices of
countries ("Президент Франції" read as "France President") are read; whatever the table does
not know reads as an ellipsis. The text stored is the page's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from summit_tui.core.importer.scripts import in_english

English = str | Callable[[str], str]

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN = re.compile(r"[іїєґ]", re.I)  # letters Ukrainian writes and Russian does not
_LATIN_WORD = re.compile(r"\b[A-Za-z]{2,}\b")
MIN_CYRILLIC = 100


def is_ukrainian(text: str) -> bool:
    """The text is in Ukrainian: mostly Cyrillic, with Ukrainian's own letters throughout."""
    head = text[:4000]
    letters = len(_CYRILLIC.findall(head))
    if letters < MIN_CYRILLIC:
        return False
    words = sum(1 for w in head.split() if _CYRILLIC.search(w))
    return words > len(_LATIN_WORD.findall(head)) and len(_UKRAINIAN.findall(head)) >= 5


_MONTHS = ("січ", "лют", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт",
           "листопад", "груд")  # fmt: skip
_MONTH_FORMS = "|".join(rf"{stem}\w*" for stem in _MONTHS)
_NAMES = (
    (r"(?:Володимир\w*\s+)?Зеленськ\w*", "Volodymyr Zelensky"),
    (r"(?:Андрі\w*\s+)?Сибіг\w*", "Andrii Sybiha"),
    (r"(?:Дмитр\w*\s+)?Кулеб\w*", "Dmytro Kuleba"),
    (r"(?:Денис\w*\s+)?Шмигал\w*", "Denys Shmyhal"),
    (r"(?:Юлі\w*\s+)?Свириденко", "Yulia Svyrydenko"),
    (r"(?:Петр\w*\s+|Петро\s+)?Порошенк\w*", "Petro Poroshenko"),
    (r"(?:Джо\s+)?Байден\w*", "Joe Biden"),
    (r"(?:Дональд\w*\s+)?Трамп\w*", "Donald Trump"),
    (r"(?:Емманюел\w*\s+)?Макрон\w*", "Emmanuel Macron"),
    (r"(?:Олаф\w*\s+)?Шольц\w*", "Olaf Scholz"),
    (r"(?:Фрідріх\w*\s+)?Мерц\w*", "Friedrich Merz"),
    (r"(?:Кір\w*\s+)?Стармер\w*", "Keir Starmer"),
    (r"(?:Ріші\s+)?Сунак\w*", "Rishi Sunak"),
    (r"(?:Джорджа\s+|Джорджі\w*\s+)?Мелоні", "Giorgia Meloni"),
    (r"(?:Дональд\w*\s+)?Туск\w*", "Donald Tusk"),
    (r"(?:Анджей\w*\s+)?Дуд\w*", "Andrzej Duda"),
    (r"(?:Реджеп\w*\s+(?:Таїп\w*\s+)?)?Ердоган\w*", "Recep Tayyip Erdoğan"),
    (r"(?:Марк\w*\s+)?Рютте", "Mark Rutte"),
    (r"(?:Єнс\w*\s+)?Столтенберг\w*", "Jens Stoltenberg"),
    (r"(?:Урсул\w*\s+)?фон\s+дер\s+Ляєн", "Ursula von der Leyen"),
    (r"(?:Антоніу\s+)?Кошт\w*", "António Costa"),
    (r"(?:Марко\s+)?Рубіо", "Marco Rubio"),
    (r"(?:Ентоні\s+)?Блінкен\w*", "Antony Blinken"),
    (r"(?:Джастін\w*\s+)?Трюдо", "Justin Trudeau"),
    (r"(?:Марк\w*\s+)?Карні", "Mark Carney"),
    (r"(?:Фуміо\s+)?Кішід\w*", "Fumio Kishida"),
    (r"(?:Нарендр\w*\s+)?Моді", "Narendra Modi"),
    (r"(?:Володимир\w*\s+)?Путін\w*", "Vladimir Putin"),
)
_OFFICES = (
    (r"[Мм]іністр\w*\s+закордонних\s+справ", "Foreign Minister"),
    (r"[Гг]лав\w*\s+МЗС", "Foreign Minister"),
    (r"[Пп]рем['’ʼ]єр-міністр\w*|[Пп]рем['’ʼ]єр\w*", "Prime Minister"),
    (r"[Дд]ержавн\w*\s+секретар\w*|[Дд]ержсекретар\w*", "Secretary of State"),
    (r"[Гг]енеральн\w*\s+секретар\w*\s+НАТО|[Гг]енсек\w*\s+НАТО", "NATO Secretary General"),
    (r"[Вв]іце-президент\w*", "Vice President"),
    (r"[Пп]резидент\w*", "President"),
    (r"[Кк]анцлер\w*", "Chancellor"),
    (r"[Кк]орол\w*", "King"),
    (r"[Мм]іністр\w*", "Minister"),
)
_COUNTRIES = (
    (r"Україн\w*", "Ukraine"),
    (r"США\b|Сполучен\w*\s+Штат\w*(?:\s+Америки)?", "United States"),
    (r"Франці\w*", "France"),
    (r"Німеччин\w*|ФРН\b", "Germany"),
    (r"Великої\s+Британії|Велика\s+Британія|Британі\w*", "United Kingdom"),
    (r"Польщ\w*|Польща", "Poland"),
    (r"Італі\w*", "Italy"),
    (r"Канад\w*", "Canada"),
    (r"Японі\w*", "Japan"),
    (r"Туреччин\w*", "Turkey"),
    (r"Литв\w*", "Lithuania"),
    (r"Латві\w*", "Latvia"),
    (r"Естоні\w*", "Estonia"),
    (r"Фінлянді\w*", "Finland"),
    (r"Швеці\w*", "Sweden"),
    (r"Норвегі\w*", "Norway"),
    (r"Данії|Данія", "Denmark"),
    (r"Нідерланд\w*", "Netherlands"),
    (r"Бельгі\w*", "Belgium"),
    (r"Іспані\w*", "Spain"),
    (r"Чехі\w*", "Czechia"),
    (r"Словаччин\w*", "Slovakia"),
    (r"Румуні\w*", "Romania"),
    (r"Молдов\w*", "Moldova"),
    (r"Угорщин\w*", "Hungary"),
    (r"Індії|Індія", "India"),
    (r"Кита\w*", "China"),
    (r"Росі\w*|РФ\b", "Russia"),
    (r"ЄС\b|Європейськ\w*\s+Союз\w*|Євросоюз\w*", "EU"),
    (r"НАТО\b", "NATO"),
    (r"ООН\b", "United Nations"),
)
_CITIES = (
    (r"Киє?в\w*|КИЇВ", "Kyiv"),
    (r"Вашингтон\w*", "Washington"),
    (r"Брюссел\w*", "Brussels"),
    (r"Париж\w*", "Paris"),
    (r"Берлін\w*", "Berlin"),
    (r"Лондон\w*", "London"),
    (r"Варшав\w*", "Warsaw"),
    (r"Рим\w*", "Rome"),
    (r"Мюнхен\w*", "Munich"),
    (r"Давос\w*", "Davos"),
    (r"Нью-Йорк\w*", "New York"),
    (r"Анкар\w*", "Ankara"),
    (r"Стамбул\w*", "Istanbul"),
)
_PHRASES = (
    (r"телефонн\w*\s+розмов\w*|розмов\w*\s+телефоном|по\s+телефону", "telephone call"),
    (r"відеоконференці\w*|у\s+форматі\s+відеозв['’ʼ]язку", "video conference"),
    (r"провів\s+переговори|провела\s+переговори|провели\s+переговори", "held talks"),
    (r"провів\s+зустріч|провела\s+зустріч|провели\s+зустріч", "held a meeting"),
    (r"зустрів\w*|зустрілися", "met"),
    (r"переговор\w*", "talks"),
    (r"зустріч\w*", "meeting"),
    (r"поговорив|поговорила|розмовляв", "spoke"),
    (r"саміт\w*", "summit"),
    (r"на\s+полях", "on the sidelines of"),
    (r"візит\w*", "visit"),
    (r"сьогодні", "today"),
    (r"учора|вчора", "yesterday"),
    (r"з|із|зі", "with"),
    (r"і|й|та", "and"),
    (r"в|у", "in"),
)


def _month(word: str) -> int:
    word = word.casefold()
    return next((n for n, stem in enumerate(_MONTHS, start=1) if word.startswith(stem)), 0)


def _date(found: str) -> str:
    m = re.fullmatch(
        r"(?P<d>\d{1,2})\s+(?P<mo>[а-яіїєґ]+)(?:\s+(?P<y>\d{4})(?:\s+року|\s+р\.)?)?", found
    )
    if m is None or not (month := _month(m["mo"])):
        return found
    return in_english(int(m["d"]), month, m["y"], on=False)


@cache
def rules() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], English], ...]]:
    """Ukrainian phrases as one pattern (whole words), and each with what it reads as."""
    office = "|".join(f"(?:{p})" for p, _ in _OFFICES)
    country = "|".join(f"(?:{p})" for p, _ in _COUNTRIES)

    def of_country(found: str) -> str:  # "Президент Франції" -> "France President"
        said_office = next(e for p, e in _OFFICES if re.match(p, found))
        rest = re.sub(rf"^(?:{office})\s+", "", found)
        said_country = next((e for p, e in _COUNTRIES if re.fullmatch(p, rest)), rest)
        return f"{said_country} {said_office}"

    each: list[tuple[str, English]] = [
        (rf"(?:{office})\s+(?:{country})(?![\w-])", of_country),
        (rf"\d{{1,2}}\s+(?:{_MONTH_FORMS})(?:\s+\d{{4}}(?:\s+року|\s+р\.)?)?", _date),
        *_NAMES,
        *_OFFICES,
        *_COUNTRIES,
        *_CITIES,
        *((f"(?i:{p})", e) for p, e in _PHRASES),
    ]
    known = "|".join(f"(?:{p})" for p, _ in each)
    each.append((rf"(?:(?!(?:{known})(?![\w'’ʼ-]))[\u0400-\u04ff][\w'’ʼ-]*\s*)+", " … "))
    one = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p, _ in each) + r")(?![\w-])")
    return one, tuple((re.compile(p), e) for p, e in each)
