"""Readouts in Russian, read through English phrase by phrase.

The Kremlin, the foreign ministry and the Russian news agencies write readouts in Russian
first. Russian declines its nouns ("Путин", "Путина", "Путиным"), so the table's names,
offices, countries and cities are stems with any ending; dates ("22 января 2019 года"),
clock times, lengths ("около часа"), the kinds of meeting ("телефонный разговор",
"переговоры") and a wire's dateline ("МОСКВА, 22 января. /ТАСС/.") are read too. Whatever the
table does not know reads as an ellipsis; the text stored is the page's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from summit_tui.core.importer.dates import MONTH_NAMES
from summit_tui.core.importer.scripts import in_english

English = str | Callable[[str], str]

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN_WORD = re.compile(r"\b[A-Za-z]{2,}\b")
MIN_CYRILLIC = 100  # Cyrillic letters in the first 4,000 characters that make a text Russian
# Letters of Serbian, Macedonian, Ukrainian and Belarusian that Russian does not use.
_NOT_RUSSIAN = re.compile(r"[ђјљњћџѓќѕіїєґў]", re.I)


def is_russian(text: str) -> bool:
    """The text is written in Russian: mostly Cyrillic, without the letters of the other
    languages written in it."""
    head = text[:4000]
    if len(_CYRILLIC.findall(head)) < MIN_CYRILLIC:
        return False
    words = head.casefold().split()
    cyrillic_words = sum(1 for w in words if _CYRILLIC.search(w))
    letters = len(_CYRILLIC.findall(head))
    return (
        cyrillic_words > len(_LATIN_WORD.findall(head))
        and len(_NOT_RUSSIAN.findall(head)) < 5
        # Bulgarian writes "ъ" in every other sentence; Russian hardly ever.
        and head.casefold().count("ъ") < letters / 100
    )


def has_cyrillic(line: str) -> bool:
    """The line has Cyrillic letters in it."""
    return bool(_CYRILLIC.search(line))


_MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
           "ноябр", "декабр")  # fmt: skip
_MONTH_FORMS = (
    r"январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?"
    r"|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]"
    r"|янв|фев|мар|апр|июн|июл|авг|сен|окт|ноя|дек"
)
_WEEKDAYS = {
    "понедельник": "Monday",
    "вторник": "Tuesday",
    "среду": "Wednesday",
    "среда": "Wednesday",
    "четверг": "Thursday",
    "пятницу": "Friday",
    "пятница": "Friday",
    "субботу": "Saturday",
    "суббота": "Saturday",
    "воскресенье": "Sunday",
}
# People readouts name most, by stems that take any ending; the first name is optional.
_NAMES = (
    (r"(?:Владимир\w*\s+)?Путин\w*", "Vladimir Putin"),
    (r"(?:Дмитри\w*\s+)?Медведев\w*", "Dmitry Medvedev"),
    (r"(?:Михаил\w*\s+)?Мишустин\w*", "Mikhail Mishustin"),
    (r"(?:Серге\w*\s+)?Лавров\w*", "Sergey Lavrov"),
    (r"(?:Дональд\w*\s+)?Трамп\w*", "Donald Trump"),
    (r"(?:Джо(?:зеф\w*)?\s+)?Байден\w*", "Joe Biden"),
    (r"(?:Барак\w*\s+)?Обам\w*", "Barack Obama"),
    (r"Си\s+Цзиньпин\w*", "Xi Jinping"),
    (r"Ху\s+Цзиньта\w*", "Hu Jintao"),
    (r"Ли\s+Цян\w*", "Li Qiang"),
    (r"Ли\s+Кэцян\w*", "Li Keqiang"),
    (r"Ван\s+И\b", "Wang Yi"),
    (r"(?:Ангел\w*\s+)?Меркель", "Angela Merkel"),
    (r"(?:Олаф\w*\s+)?Шольц\w*", "Olaf Scholz"),
    (r"(?:Эммануэл\w*\s+)?Макрон\w*", "Emmanuel Macron"),
    (r"(?:Синдзо\s+)?Абэ\b", "Shinzo Abe"),
    (r"(?:Фумио\s+)?Кисид\w*", "Fumio Kishida"),
    (r"(?:Нарендр\w*\s+)?Моди\b", "Narendra Modi"),
    (r"(?:Реджеп\w*\s+(?:Тайип\w*\s+)?)?Эрдоган\w*", "Recep Tayyip Erdoğan"),
    (r"(?:Александр\w*\s+)?Лукашенко", "Alexander Lukashenko"),
    (r"(?:Касым-Жомарт\w*\s+)?Токаев\w*", "Kassym-Jomart Tokayev"),
    (r"(?:Нурсултан\w*\s+)?Назарбаев\w*", "Nursultan Nazarbayev"),
    (r"(?:Шавкат\w*\s+)?Мирзи[её]ев\w*", "Shavkat Mirziyoyev"),
    (r"(?:Эмомали\s+)?Рахмон\w*", "Emomali Rahmon"),
    (r"(?:Садыр\w*\s+)?Жапаров\w*", "Sadyr Japarov"),
    (r"(?:Ильхам\w*\s+)?Алиев\w*", "Ilham Aliyev"),
    (r"(?:Никол\w*\s+)?Пашинян\w*", "Nikol Pashinyan"),
    (r"Ким\s+Чен\s+Ын\w*", "Kim Jong Un"),
    (r"(?:Биньямин\w*\s+)?Нетаньяху", "Benjamin Netanyahu"),
    (r"(?:Владимир\w*\s+)?Зеленск\w*", "Volodymyr Zelensky"),
    (r"(?:Николас\w*\s+)?Мадуро", "Nicolás Maduro"),
    (r"(?:Сирил\w*\s+)?Рамафос\w*", "Cyril Ramaphosa"),
    (r"(?:Антониу\s+)?Гутерриш\w*", "António Guterres"),
    (r"(?:Энтони\s+)?Блинкен\w*", "Antony Blinken"),
    (r"(?:Марко\s+)?Рубио", "Marco Rubio"),
    (r"(?:Рекс\w*\s+)?Тиллерсон\w*", "Rex Tillerson"),
    (r"(?:Джон\w*\s+)?Керри", "John Kerry"),
    (r"(?:Майк\w*\s+)?Помпео", "Mike Pompeo"),
    (r"(?:Александр\w*\s+)?Вучич\w*", "Aleksandar Vučić"),
    (r"(?:Виктор\w*\s+)?Орбан\w*", "Viktor Orbán"),
    (r"(?:Масуд\w*\s+)?Пезешкиан\w*", "Masoud Pezeshkian"),
    (r"(?:Башар\w*\s+)?Асад\w*", "Bashar al-Assad"),
    (r"(?:Луис\w*\s+Инасиу\s+)?Лул\w*\s+да\s+Силв\w*", "Luiz Inácio Lula da Silva"),
    (r"Цзян\s+Цзэмин\w*", "Jiang Zemin"),
    (r"(?:Мохаммед\w*\s+)?бен\s+Сальман\w*", "Mohammed bin Salman"),
    (r"(?:Мухаммед\w*\s+)?бен\s+Заид\w*", "Mohamed bin Zayed"),
    (r"(?:Тамим\w*\s+)?бен\s+Хамад\w*", "Tamim bin Hamad"),
    (r"(?:Абдель\s+Фаттах\w*\s+)?(?:ас-|аль-)?Сиси", "Abdel Fattah el-Sisi"),
    (r"(?:Махмуд\w*\s+)?Аббас\w*", "Mahmoud Abbas"),
    (r"(?:Шехбаз\w*\s+)?Шариф\w*", "Shehbaz Sharif"),
    (r"(?:Джорджи\w*\s+)?Мелони", "Giorgia Meloni"),
    (r"(?:Кир\w*\s+)?Стармер\w*", "Keir Starmer"),
    (r"(?:Фридрих\w*\s+)?Мерц\w*", "Friedrich Merz"),
    (r"(?:Шигеру\s+|Сигэру\s+)?Исиб\w*", "Shigeru Ishiba"),
    (r"(?:Санаэ\s+)?Такаити", "Sanae Takaichi"),
    (r"(?:Юн\s+Сок\s+Ёль\w*|Юн\s+Сок\s+Ел\w*)", "Yoon Suk Yeol"),
    (r"Ли\s+Чжэ\s+Мен\w*|Ли\s+Джэ\s+Мён\w*", "Lee Jae-myung"),
    (r"Мун\s+Чжэ\s+Ин\w*", "Moon Jae-in"),
    (r"(?:Энтони\s+)?Албаниз\w*", "Anthony Albanese"),
    (r"(?:Хавьер\w*\s+)?Миле[ия]\w*", "Javier Milei"),
    (r"(?:Прабово\s+)?Субианто", "Prabowo Subianto"),
    (r"(?:Анвар\w*\s+)?Ибрагим\w*", "Anwar Ibrahim"),
)
_OFFICES = (
    (r"[Пп]редседател\w*\s+(?:КНР|Китайской\s+Народной\s+Республики)", "China President"),
    (r"[Пп]ремьер\w*\s+[Гг]оссовета\s+КНР", "China Premier"),
    (r"[Мм]инистр\w*\s+иностранных\s+дел", "Foreign Minister"),
    (r"[Гг]лав\w*\s+МИД", "Foreign Minister"),
    (r"[Гг]лав\w*\s+(?:государств|государства)", "heads of state"),
    (r"[Гг]осударственн\w*\s+секретар\w*|[Гг]оссекретар\w*", "Secretary of State"),
    (r"[Гг]енеральн\w*\s+секретар\w*\s+ООН|[Гг]енсек\w*\s+ООН", "UN Secretary-General"),
    (r"[Пп]ремьер-министр\w*|[Пп]ремьер\w*", "Prime Minister"),
    (r"[Вв]ице-президент\w*", "Vice President"),
    (r"[Пп]резидент\w*", "President"),
    (r"[Кк]анцлер\w*", "Chancellor"),
    (r"[Кк]орол\w*", "King"),
    (r"[Нн]аследн\w*\s+принц\w*", "Crown Prince"),
    (r"[Пп]редседател\w*", "Chairman"),
    (r"[Мм]инистр\w*", "Minister"),
    (r"[Лл]идер\w*", "leader"),
)
# Countries by stem (any case ending), their abbreviations, and adjectives.
_COUNTRIES = (
    (r"Росси\w*|РФ\b", "Russia"),
    (r"США\b|Соедин[её]нн\w*\s+Штат\w*(?:\s+Америки)?", "United States"),
    (r"КНДР\b|Северн\w*\s+Коре\w*", "North Korea"),
    (r"КНР\b|Кита\w*", "China"),
    (r"Япони\w*", "Japan"),
    (r"Германи\w*|ФРГ\b", "Germany"),
    (r"Франци\w*", "France"),
    (r"Великобритани\w*|Британи\w*", "United Kingdom"),
    (r"Индии|Индия|Индию|Индией", "India"),
    (r"Турци\w*|Турецк\w* Республик\w*", "Turkey"),
    (r"Белорусси\w*|Беларус\w*", "Belarus"),
    (r"Казахстан\w*", "Kazakhstan"),
    (r"Узбекистан\w*", "Uzbekistan"),
    (r"Таджикистан\w*", "Tajikistan"),
    (r"Киргизи\w*|Кыргызстан\w*", "Kyrgyzstan"),
    (r"Азербайджан\w*", "Azerbaijan"),
    (r"Армени\w*", "Armenia"),
    (r"Иран\w*", "Iran"),
    (r"Израил\w*", "Israel"),
    (r"Сири[июяей]\b", "Syria"),
    (r"Египт\w*", "Egypt"),
    (r"Украин\w*", "Ukraine"),
    (r"Венесуэл\w*", "Venezuela"),
    (r"Бразили\w*", "Brazil"),
    (r"Сербии|Сербия|Сербию", "Serbia"),
    (r"Венгри\w*", "Hungary"),
    (r"Итали\w*", "Italy"),
    (r"Вьетнам\w*", "Vietnam"),
    (r"Индонези\w*", "Indonesia"),
    (r"Монголи\w*", "Mongolia"),
    (r"Южн\w*\s+Коре\w*|Республик\w*\s+Коре\w*", "South Korea"),
    (r"Саудовск\w*\s+Арави\w*", "Saudi Arabia"),
    (r"ОАЭ\b|Объедин[её]нн\w*\s+Арабск\w*\s+Эмират\w*", "United Arab Emirates"),
    (r"ЮАР\b", "South Africa"),
    (r"ЕС\b|Евросоюз\w*|Европейск\w*\s+союз\w*", "EU"),
    (r"ООН\b", "United Nations"),
)
_ADJECTIVES = (
    (r"российск\w*", "Russian"),
    (r"американск\w*", "American"),
    (r"китайск\w*", "Chinese"),
    (r"японск\w*", "Japanese"),
    (r"германск\w*|немецк\w*", "German"),
    (r"французск\w*", "French"),
    (r"британск\w*", "British"),
    (r"индийск\w*", "Indian"),
    (r"турецк\w*", "Turkish"),
    (r"белорусск\w*", "Belarusian"),
    (r"казахстанск\w*", "Kazakh"),
    (r"узбекск\w*", "Uzbek"),
    (r"иранск\w*", "Iranian"),
    (r"израильск\w*", "Israeli"),
    (r"украинск\w*", "Ukrainian"),
)
_CITIES = (
    (r"[Кк]ремл\w*", "the Kremlin"),
    (r"Ново-Огар[её]в\w*", "Novo-Ogaryovo"),
    (r"МОСКВА|Москв\w*", "Moscow"),
    (r"Санкт-Петербург\w*|САНКТ-ПЕТЕРБУРГ", "Saint Petersburg"),
    (r"СОЧИ|Сочи", "Sochi"),
    (r"Казан[иь]\b|КАЗАНЬ", "Kazan"),
    (r"Владивосток\w*|ВЛАДИВОСТОК", "Vladivostok"),
    (r"Минск\w*|МИНСК", "Minsk"),
    (r"Пекин\w*|ПЕКИН", "Beijing"),
    (r"Шанха\w*", "Shanghai"),
    (r"Тяньцзин\w*", "Tianjin"),
    (r"Вашингтон\w*|ВАШИНГТОН", "Washington"),
    (r"Нью-Йорк\w*|НЬЮ-ЙОРК", "New York"),
    (r"Токио|ТОКИО", "Tokyo"),
    (r"Астан\w*|АСТАНА", "Astana"),
    (r"Ташкент\w*|ТАШКЕНТ", "Tashkent"),
    (r"Душанбе|ДУШАНБЕ", "Dushanbe"),
    (r"Бишкек\w*|БИШКЕК", "Bishkek"),
    (r"Баку|БАКУ", "Baku"),
    (r"Ереван\w*|ЕРЕВАН", "Yerevan"),
    (r"Анкар\w*|АНКАРА", "Ankara"),
    (r"Стамбул\w*|СТАМБУЛ", "Istanbul"),
    (r"Женев\w*|ЖЕНЕВА", "Geneva"),
    (r"Хельсинки", "Helsinki"),
    (r"Анкоридж\w*", "Anchorage"),
    (r"Нью-Дели|НЬЮ-ДЕЛИ", "New Delhi"),
    (r"Берлин\w*", "Berlin"),
    (r"Париж\w*", "Paris"),
    (r"Тегеран\w*", "Tehran"),
)
_PHRASES = (
    (
        r"телефонн\w*\s+разговор\w*|телефонн\w*\s+переговор\w*|разговор\w*\s+по\s+телефону",
        "telephone call",
    ),
    (r"по\s+телефону", "by telephone"),
    (r"по\s+видеосвязи|в\s+режиме\s+видеоконференции|видеоконференци\w*", "by video conference"),
    (r"провел\w*\s+переговоры|провёл\w*\s+переговоры|провели\s+переговоры", "held talks"),
    (r"провел\w*\s+встреч\w*|провёл\w*\s+встреч\w*", "held a meeting"),
    (r"переговорил\w*", "spoke"),
    (r"встретил\w*", "met"),
    (r"переговор\w*", "talks"),
    (r"встреч\w*", "meeting"),
    (r"бесед\w*", "talks"),
    (r"саммит\w*", "summit"),
    (r"в\s+узком\s+составе", "in restricted format"),
    (r"в\s+расширенном\s+составе", "in expanded format"),
    (r"на\s+полях", "on the sidelines of"),
    (r"с\s+официальным\s+визитом|официальн\w*\s+визит\w*", "official visit"),
    (r"государственн\w*\s+визит\w*|с\s+государственным\s+визитом", "state visit"),
    (r"визит\w*", "visit"),
    (r"около\s+часа", "for about an hour"),
    (r"полтора\s+часа", "for 90 minutes"),
    (r"сегодня", "today"),
    (r"вчера", "yesterday"),
    (r"по\s+местному\s+времени", "local time"),
    (r"по\s+московскому\s+времени", "Moscow time"),
    (r"обновлено", "Updated"),
)
_LOWER = (
    (r"с|со", "with"),
    (r"и", "and"),
    (r"в|во", "in"),
    (r"на", "at"),
)


def _month(word: str) -> int:
    word = word.casefold()
    for number, stem in enumerate(_MONTHS, start=1):
        if word.startswith(stem) and (stem != "ма" or word in ("май", "мая")):
            return number
    return 0


def _date(found: str) -> str:
    m = re.fullmatch(
        r"(?P<d>\d{1,2})\s+(?P<mo>[а-яё]+)\.?(?:,?\s+(?P<y>\d{4})(?:\s+(?:года?|г\.))?)?", found
    )
    if m is None or not (month := _month(m["mo"])):
        return found
    return in_english(int(m["d"]), month, m["y"], on=False)


def _numeric_date(found: str) -> str:  # "26.09.2025"
    day, month, year = (int(x) for x in found.split("."))
    if not 1 <= month <= 12:
        return found
    return f"{day} {MONTH_NAMES[month - 1]} {year}"


_NUMBER_WORDS = {"один": 1, "одного": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3,
                 "трёх": 3, "четыре": 4, "четырех": 4, "четырёх": 4, "пять": 5, "пяти": 5,
                 "шесть": 6, "шести": 6}  # fmt: skip
_LENGTH = re.compile(
    r"(?:(?P<about>около|более|почти)\s+)?(?:(?P<n>\d+)|(?P<word>"
    + "|".join(_NUMBER_WORDS)
    + r"))(?P<half>\s+с\s+половиной)?\s+(?P<unit>час\w*|минут\w*)"
)


def _length(found: str) -> str:  # "четыре с половиной часа" -> "for 270 minutes"
    m = _LENGTH.fullmatch(found.casefold())
    if m is None:
        return found
    n = int(m["n"]) if m["n"] else _NUMBER_WORDS[m["word"]]
    minutes = n * 60 + (30 if m["half"] else 0) if m["unit"].startswith("час") else n
    return f"for {'about ' if m['about'] else ''}{minutes} minutes"


def _wire_dateline(
    found: str,
) -> str:  # "МОСКВА, 22 января. /ТАСС/." -> "Moscow, 22 January (TASS) --"
    m = re.fullmatch(
        r"(?P<city>[^,]+),\s+(?P<d>\d{1,2})\s+(?P<mo>[а-яё]+)\.?\s*(?P<agency>/.*)", found
    )
    if m is None or not (month := _month(m["mo"])):
        return found
    city = next((e for p, e in _CITIES if re.fullmatch(p, m["city"])), m["city"])
    return f"{city}, {int(m['d'])} {MONTH_NAMES[month - 1]} {_dateline(m['agency'])}"


def _dateline(found: str) -> str:  # "/ТАСС/." -> "(TASS) --"
    agency = re.sub(r"[/.\s]", "", found)
    english = {"ТАСС": "TASS", "РИА": "RIA", "ИНТЕРФАКС": "Interfax"}.get(agency.upper(), agency)
    return f"({english}) --"


@cache
def rules() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], English], ...]]:
    """Russian phrases as one pattern (whole words), and each with what it reads as."""
    weekdays = "|".join(_WEEKDAYS)

    def weekday(found: str) -> str:
        return f"on {_WEEKDAYS[found.split()[-1].casefold()]}"

    cities = "|".join(f"(?:{p})" for p, _ in _CITIES)
    office = "|".join(f"(?:{p})" for p, _ in _OFFICES)
    country = "|".join(f"(?:{p})" for p, _ in _COUNTRIES)

    def of_country(found: str) -> str:  # "президент России" -> "Russia President"
        whole = next((e for p, e in _OFFICES if re.fullmatch(p, found)), "")
        if whole:  # "председатель КНР": an office that names its country
            return whole
        said_office = next(e for p, e in _OFFICES if re.match(p, found))
        rest = re.sub(rf"^(?:{office})\s+", "", found)
        said_country = next((e for p, e in _COUNTRIES if re.fullmatch(p, rest)), rest)
        return f"{said_country} {said_office}"

    def in_city(found: str) -> str:  # "в китайском Тяньцзине" -> "in Tianjin"
        last = found.split()[-1]
        return "in " + next((e for p, e in _CITIES if re.fullmatch(p, last)), last)

    each: list[tuple[str, English]] = [
        (
            rf"(?:{cities}),\s+\d{{1,2}}\s+(?:{_MONTH_FORMS})\.?\s*/\s*(?:ТАСС|РИА|ИНТЕРФАКС)\s*/\.?",
            _wire_dateline,
        ),
        (re.sub(r"\?P<\w+>", "?:", _LENGTH.pattern), _length),
        (rf"(?i:в|во)\s+(?:[а-яё]+ск\w*\s+)?(?:{cities})", in_city),
        (rf"(?:{office})\s+(?:{country})(?![\w-])", of_country),
        (rf"\d{{1,2}}\s+(?:{_MONTH_FORMS})\.?(?:,?\s+\d{{4}}(?:\s+(?:года?|г\.))?)?", _date),
        (r"[0-3]\d\.[01]\d\.(?:19|20)\d\d", _numeric_date),
        (r"/\s*(?:ТАСС|РИА|ИНТЕРФАКС)\s*/\.?", _dateline),
        (rf"(?:в|во)\s+(?:{weekdays})", weekday),
        *_NAMES,
        *_OFFICES,
        *_COUNTRIES,
        *_ADJECTIVES,
        *_CITIES,
        *((f"(?i:{p})", e) for p, e in _PHRASES),
        *((f"(?i:{p})", e) for p, e in _LOWER),
    ]
    known = "|".join(f"(?:{p})" for p, _ in each)
    # Words the table does not know, up to the next word it knows.
    each.append((rf"(?:(?!(?:{known})(?![\w-]))[\u0400-\u04ff][\w-]*\s*)+", " … "))
    one = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p, _ in each) + r")(?![\w-])")
    return one, tuple((re.compile(p), e) for p, e in each)
