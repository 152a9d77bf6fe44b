"""Readouts in Korean, read through English phrase by phrase.

The Korean presidential office, the foreign ministry and Korean newspapers write readouts in
Korean first. Korean words carry their particles ("대통령은", "국가주석과"), so, as for
Japanese and Chinese, the reading is a table of phrases matched anywhere: dates ("2017년 12월
14일", and a bare "14일" in the month the page gives), clock times ("오후 4시 40분"), the
kinds of meeting ("정상회담", "전화 통화"), offices, countries, pairs ("한·미"), cities and
venues, and the leaders and ministers readouts name most, Korean and foreign, in hangul. A
name before its office ("시진핑 중국 국가주석") is read in English order ("China President Xi
Jinping"). Whatever the table does not know reads as an ellipsis; the text stored is the
page's own.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable
from functools import cache

import pycountry

from summit_tui.core.importer.dates import MONTH_NAMES
from summit_tui.core.importer.scripts import in_english, written_in

English = str | Callable[[str], str]

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
MIN_HANGUL = 40  # hangul syllables in the first 4,000 characters that make a text Korean


def is_korean(text: str) -> bool:
    """The text is written in Korean (hangul, which no other language uses), not an English
    page with a Korean site's menus around it: more words in hangul than in Latin letters."""
    return written_in(text, _HANGUL, MIN_HANGUL)


def has_korean(line: str) -> bool:
    """The line has hangul in it."""
    return bool(_HANGUL.search(line))


_NAMES = {
    # Korea
    "윤석열": "Yoon Suk Yeol",
    "이재명": "Lee Jae-myung",
    "문재인": "Moon Jae-in",
    "박근혜": "Park Geun-hye",
    "이명박": "Lee Myung-bak",
    "노무현": "Roh Moo-hyun",
    "김대중": "Kim Dae-jung",
    "김영삼": "Kim Young-sam",
    "한덕수": "Han Duck-soo",
    "최상목": "Choi Sang-mok",
    "김민석": "Kim Min-seok",
    "조태열": "Cho Tae-yul",
    "박진": "Park Jin",
    "정의용": "Chung Eui-yong",
    "강경화": "Kang Kyung-wha",
    "윤병세": "Yun Byung-se",
    "김성환": "Kim Sung-hwan",
    "유명환": "Yu Myung-hwan",
    "반기문": "Ban Ki-moon",
    "조현": "Cho Hyun",
    # North Korea
    "김정은": "Kim Jong Un",
    "김정일": "Kim Jong Il",
    "최선희": "Choe Son Hui",
    # China
    "시진핑": "Xi Jinping",
    "후진타오": "Hu Jintao",
    "장쩌민": "Jiang Zemin",
    "리창": "Li Qiang",
    "리커창": "Li Keqiang",
    "원자바오": "Wen Jiabao",
    "왕이": "Wang Yi",
    "친강": "Qin Gang",
    # Japan
    "기시다 후미오": "Fumio Kishida",
    "기시다": "Fumio Kishida",
    "아베 신조": "Shinzo Abe",
    "아베": "Shinzo Abe",
    "이시바 시게루": "Shigeru Ishiba",
    "이시바": "Shigeru Ishiba",
    "다카이치 사나에": "Sanae Takaichi",
    "다카이치": "Sanae Takaichi",
    "스가 요시히데": "Yoshihide Suga",
    "노다 요시히코": "Yoshihiko Noda",
    "가미카와 요코": "Yoko Kamikawa",
    "가미카와": "Yoko Kamikawa",
    "하야시 요시마사": "Yoshimasa Hayashi",
    "이와야 다케시": "Takeshi Iwaya",
    "모테기 도시미쓰": "Toshimitsu Motegi",
    "고노 다로": "Taro Kono",
    "기시다 총리": "Fumio Kishida",
    # United States
    "도널드 트럼프": "Donald Trump",
    "트럼프": "Donald Trump",
    "조 바이든": "Joe Biden",
    "바이든": "Joe Biden",
    "버락 오바마": "Barack Obama",
    "오바마": "Barack Obama",
    "조지 W. 부시": "George W. Bush",
    "부시": "George W. Bush",
    "카멀라 해리스": "Kamala Harris",
    "해리스": "Kamala Harris",
    "블링컨": "Antony Blinken",
    "루비오": "Marco Rubio",
    "폼페이오": "Mike Pompeo",
    "틸러슨": "Rex Tillerson",
    "케리": "John Kerry",
    "힐러리 클린턴": "Hillary Clinton",
    # Russia and its neighbours
    "블라디미르 푸틴": "Vladimir Putin",
    "푸틴": "Vladimir Putin",
    "메드베데프": "Dmitry Medvedev",
    "라브로프": "Sergey Lavrov",
    "토카예프": "Kassym-Jomart Tokayev",
    "미르지요예프": "Shavkat Mirziyoyev",
    "젤렌스키": "Volodymyr Zelensky",
    # Europe, the Americas, Asia and the Pacific
    "마크롱": "Emmanuel Macron",
    "올랑드": "François Hollande",
    "메르켈": "Angela Merkel",
    "숄츠": "Olaf Scholz",
    "메르츠": "Friedrich Merz",
    "멜로니": "Giorgia Meloni",
    "스타머": "Keir Starmer",
    "수낵": "Rishi Sunak",
    "존슨": "Boris Johnson",
    "트뤼도": "Justin Trudeau",
    "카니": "Mark Carney",
    "룰라": "Luiz Inácio Lula da Silva",
    "에르도안": "Recep Tayyip Erdoğan",
    "모디": "Narendra Modi",
    "알바니지": "Anthony Albanese",
    "알바니즈": "Anthony Albanese",
    "조코 위도도": "Joko Widodo",
    "조코위": "Joko Widodo",
    "프라보워": "Prabowo Subianto",
    "안와르": "Anwar Ibrahim",
    "리셴룽": "Lee Hsien Loong",
    "로런스 웡": "Lawrence Wong",
    "마르코스": "Ferdinand Marcos Jr.",
    "팜민찐": "Pham Minh Chinh",
    "또 럼": "To Lam",
    "구테흐스": "António Guterres",
    "폰데어라이엔": "Ursula von der Leyen",
    "시코르스키": "Radosław Sikorski",
    "두다": "Andrzej Duda",
    "밀레이": "Javier Milei",
    "셰인바움": "Claudia Sheinbaum",
    "라마포사": "Cyril Ramaphosa",
    "루토": "William Ruto",
    "티누부": "Bola Tinubu",
    "네타냐후": "Benjamin Netanyahu",
    "무함마드 빈 살만": "Mohammed bin Salman",
    "빈 살만": "Mohammed bin Salman",
    "타밈": "Tamim bin Hamad",
    "훈 마넷": "Hun Manet",
    "훈센": "Hun Sen",
    "럭슨": "Christopher Luxon",
    "산체스": "Pedro Sánchez",
    "오르반": "Viktor Orbán",
    "루카셴코": "Alexander Lukashenko",
    "알리예프": "Ilham Aliyev",
    "셰바즈 샤리프": "Shehbaz Sharif",
    "하시나": "Sheikh Hasina",
}
_KOREANS = frozenset(list(_NAMES)[: list(_NAMES).index("김정은")])
# Korean leaders by family name before an office ("문 대통령", "文대통령", "윤 대통령").
_FAMILY = {
    "윤": "Yoon",
    "문": "Moon",
    "文": "Moon",
    "박": "Park",
    "朴": "Park",
    "이": "Lee",
    "李": "Lee",
    "노": "Roh",
    "김": "Kim",
    "金": "Kim",
    "한": "Han",
    "조": "Cho",
    "강": "Kang",
    "정": "Chung",
    "시": "Xi",
    "후": "Hu",
    "아베": "Abe",
    "기시다": "Kishida",
    "이시바": "Ishiba",
}
_OFFICES = (
    ("대통령 권한대행", "Acting President"),
    # Only North Korea's leader holds it: the reading names the country with it.
    ("국무위원장", "North Korea Chairman of the State Affairs Commission"),
    ("국가주석", "President"),
    ("국가부주석", "Vice President"),
    ("국무원 총리", "Premier"),
    ("국무총리", "Prime Minister"),
    ("총리대신", "Prime Minister"),
    ("외교부 장관", "Foreign Minister"),
    ("외교부장관", "Foreign Minister"),
    ("외교장관", "Foreign Minister"),
    ("외무장관", "Foreign Minister"),
    ("외무대신", "Foreign Minister"),
    ("외교부장", "Foreign Minister"),
    ("외상", "Foreign Minister"),
    ("국무장관", "Secretary of State"),
    ("부통령", "Vice President"),
    ("대통령", "President"),
    ("총리", "Prime Minister"),
    ("수상", "Prime Minister"),
    ("주석", "President"),
    ("총서기", "General Secretary"),
    ("위원장", "Chairman"),
    ("국왕", "King"),
    ("왕세자", "Crown Prince"),
    ("사무총장", "Secretary-General"),
    ("장관", "Minister"),
)
_KINDS = (
    ("확대 정상회담", "expanded summit meeting"),
    ("확대정상회담", "expanded summit meeting"),
    ("소인수 정상회담", "summit meeting"),
    ("단독 정상회담", "summit meeting"),
    ("정상 통화", "summit telephone call"),
    ("정상통화", "summit telephone call"),
    ("전화 통화", "telephone call"),
    ("전화통화", "telephone call"),
    ("화상 정상회담", "video conference"),
    ("화상정상회담", "video conference"),
    ("화상회담", "video conference"),
    ("화상 회의", "video conference"),
    ("외교장관회담", "Foreign Ministers' Meeting"),
    ("외교장관 회담", "Foreign Ministers' Meeting"),
    ("외무장관회담", "Foreign Ministers' Meeting"),
    ("정상회담", "summit meeting"),
    ("정상회의", "Summit"),
    ("양자회담", "bilateral meeting"),
    ("약식 회담", "meeting"),
    ("약식회담", "meeting"),
    ("회담", "talks"),
    ("통화", "telephone call"),
    ("접견", "received"),
    ("오찬", "luncheon"),
    ("만찬", "dinner"),
    ("국빈 방문", "state visit"),
    ("국빈방문", "state visit"),
    ("공식 방문", "official visit"),
    ("방문", "visit"),
    ("참석차", "to attend"),
    ("계기", "on the sidelines"),
    ("가졌다", "held"),
    ("가졌습니다", "held"),
    ("갖고", "held"),
    ("열렸다", "was held"),
    ("만나", "met"),
    ("만났다", "met"),
    ("오늘", "today"),
    ("어제", "yesterday"),
    ("현지시간", "local time"),
    ("현지 시간", "local time"),
    ("한국시간", "Korean time"),
    ("양 정상", "the two leaders"),
    ("양국", "the two countries"),
    ("입력", "Posted"),
    ("기사등록", "Posted"),
    ("수정", "Updated"),
)
_VENUES = {
    "청와대": "Cheong Wa Dae",
    "노동당 본부 청사": "the Workers' Party of Korea headquarters",
    "노동당 본부": "the Workers' Party of Korea headquarters",
    "용산 대통령실": "the Presidential Office in Yongsan",
    "대통령실": "the Presidential Office",
    "백악관": "the White House",
    "크렘린": "the Kremlin",
    "인민대회당": "the Great Hall of the People",
    "댜오위타이": "Diaoyutai",
    "영빈관": "the State Guest House",
    "관저": "the residence",
    "엑셀센터": "the ExCeL centre",
}
_CITIES = {
    "서울": "Seoul",
    "부산": "Busan",
    "경주": "Gyeongju",
    "제주": "Jeju",
    "평양": "Pyongyang",
    "판문점": "Panmunjom",
    "도쿄": "Tokyo",
    "오사카": "Osaka",
    "히로시마": "Hiroshima",
    "나라": "Nara",
    "베이징": "Beijing",
    "상하이": "Shanghai",
    "청두": "Chengdu",
    "워싱턴": "Washington",
    "뉴욕": "New York",
    "샌프란시스코": "San Francisco",
    "캠프 데이비드": "Camp David",
    "런던": "London",
    "파리": "Paris",
    "베를린": "Berlin",
    "로마": "Rome",
    "마드리드": "Madrid",
    "브뤼셀": "Brussels",
    "제네바": "Geneva",
    "헤이그": "The Hague",
    "바르샤바": "Warsaw",
    "빌뉴스": "Vilnius",
    "모스크바": "Moscow",
    "블라디보스토크": "Vladivostok",
    "자카르타": "Jakarta",
    "발리": "Bali",
    "방콕": "Bangkok",
    "하노이": "Hanoi",
    "프놈펜": "Phnom Penh",
    "비엔티안": "Vientiane",
    "마닐라": "Manila",
    "쿠알라룸푸르": "Kuala Lumpur",
    "캔버라": "Canberra",
    "시드니": "Sydney",
    "오타와": "Ottawa",
    "뉴델리": "New Delhi",
    "아스타나": "Astana",
    "타슈켄트": "Tashkent",
    "앙카라": "Ankara",
    "이스탄불": "Istanbul",
    "리야드": "Riyadh",
    "아부다비": "Abu Dhabi",
    "두바이": "Dubai",
    "도하": "Doha",
    "카이로": "Cairo",
    "울란바토르": "Ulaanbaatar",
    "싱가포르": "Singapore",
    "하와이": "Hawaii",
    "호놀룰루": "Honolulu",
    "로스앤젤레스": "Los Angeles",
    "멕시코시티": "Mexico City",
    "브라질리아": "Brasilia",
    "부에노스아이레스": "Buenos Aires",
    "리마": "Lima",
    "헬싱키": "Helsinki",
    "스톡홀름": "Stockholm",
    "키이우": "Kyiv",
    "뮌헨": "Munich",
    "다보스": "Davos",
    "포트모르즈비": "Port Moresby",
    "나이로비": "Nairobi",
    "아디스아바바": "Addis Ababa",
    "테헤란": "Tehran",
    "이슬라마바드": "Islamabad",
    "인천": "Incheon",
    "광주": "Gwangju",
    "대구": "Daegu",
}
_COUNTRY_EXTRA = {
    "한국": "South Korea",
    "대한민국": "South Korea",
    "북한": "North Korea",
    "미국": "United States",
    "중국": "China",
    "일본": "Japan",
    "러시아": "Russia",
    "영국": "United Kingdom",
    "호주": "Australia",
    "베트남": "Vietnam",
    "튀르키예": "Turkey",
    "터키": "Turkey",
    "아랍에미리트": "United Arab Emirates",
    "사우디": "Saudi Arabia",
    "유럽연합": "EU",
    "아세안": "ASEAN",
    "유엔": "United Nations",
    "대만": "Taiwan",
    "체코": "Czechia",
    "이란": "Iran",
    "라오스": "Laos",
}
# Countries by one syllable, as pairs are written: "한·미", "한미 정상회담", "한일".
_SHORT = {
    "한": "South Korea",
    "미": "United States",
    "중": "China",
    "일": "Japan",
    "러": "Russia",
    "북": "North Korea",
    "영": "United Kingdom",
    "불": "France",
    "프": "France",
    "독": "Germany",
    "호": "Australia",
    "캐": "Canada",
    "베": "Vietnam",
    "몽": "Mongolia",
    "인": "India",
}
_PAIR_AFTER = r"(?=\s?(?:정상|외교|관계|동맹|회담|양국|간|FTA))"
_WEEKDAYS = {"월": "Monday", "화": "Tuesday", "수": "Wednesday", "목": "Thursday", "금": "Friday"}
_PUNCTUATION = {"·": " ", "…": " … ", "“": '"', "”": '"', "‘": "'", "’": "'"}


def _countries() -> dict[str, str]:
    names = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ko"])
    out: dict[str, str] = {}
    for country in pycountry.countries:
        english = getattr(country, "common_name", country.name)
        local = names.gettext(country.name)
        if local and local != country.name and has_korean(local) and len(local) > 1:
            out[local] = english
    out.update(_COUNTRY_EXTRA)
    return out


_DATE = re.compile(r"(?P<y>\d{4})\s*년\s*(?P<mo>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일")
_CLOCK = re.compile(
    r"(?P<half>오전|오후|밤|새벽)?\s*(?P<h>\d{1,2})\s*시(?:\s*(?P<m>\d{1,2})\s*분|\s*(?P<half_hour>반))?"
    r"(?:쯤|께|경)?(?P<from>부터)?"
)


def _date(found: str) -> str:
    m = _DATE.fullmatch(found)
    if m is None or not 1 <= int(m["mo"]) <= 12:
        return found
    return in_english(int(m["d"]), int(m["mo"]), m["y"], on=False)


def _month_day(found: str) -> str:
    m = re.fullmatch(r"(\d{1,2})\s*월\s*(\d{1,2})\s*일", found)
    if m is None or not 1 <= int(m.group(1)) <= 12:
        return found
    return f" on {MONTH_NAMES[int(m.group(1)) - 1]} {int(m.group(2))} "


def _clock(found: str) -> str:
    m = _CLOCK.fullmatch(found.strip())
    if m is None or int(m["h"]) > 24:
        return found
    minutes = 30 if m["half_hour"] else int(m["m"] or 0)
    said = f"{int(m['h'])}:{minutes:02d}"
    if m["half"] in ("오후", "밤") and int(m["h"]) < 12:
        said += " p.m."
    elif m["half"] in ("오전", "새벽"):
        said += " a.m."
    return f" from {said} " if m["from"] else f" at {said} "


def _length(found: str) -> str:
    m = re.fullmatch(r"(?P<about>약\s*)?(?P<n>\d+)\s*(?P<unit>분|시간)(?:간|동안| 동안)?", found)
    if m is None:
        return found
    unit = "minutes" if m["unit"] == "분" else "hours"
    return f" for {'about ' if m['about'] else ''}{m['n']} {unit} "


def month_of(text: str) -> int:
    """The month of the first date the page gives ("2017년 12월 14일", "2017/12/14",
    "2025.6.6", "12월 14일"), 0 when none: a bare "14일" is a day of it."""
    for m in re.finditer(
        r"(?<!\d)(?:\d{4}\s*[년/.-]\s*)?(\d{1,2})\s*(?:월|[/.-](?=\s*\d))\s*(\d{1,2})",
        text[:4000],
    ):
        if 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31:
            return int(m.group(1))
    return 0


@cache
def rules(month: int = 0) -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], English], ...]]:
    """Korean phrases as one pattern (matched anywhere), and each with what it reads as; a
    bare day ("14일") is read as a day of ``month`` when it is given."""
    countries = _countries()
    country_names = sorted(countries, key=len, reverse=True)
    country = "|".join(re.escape(n) for n in country_names)
    offices = dict(_OFFICES)
    office = "|".join(re.escape(o) for o, _ in _OFFICES)
    names = "|".join(re.escape(n) for n in sorted(_NAMES, key=len, reverse=True))
    families = "|".join(re.escape(f) for f in sorted(_FAMILY, key=len, reverse=True))
    cities = "|".join(re.escape(c) for c in sorted(_CITIES, key=len, reverse=True))
    venues = "|".join(re.escape(v) for v in sorted(_VENUES, key=len, reverse=True))
    short = "".join(_SHORT)

    def country_of(found: str) -> str:
        return countries.get(found, found)

    def named(found: str) -> str:  # "시진핑 중국 국가주석" -> "China President Xi Jinping"
        m = re.fullmatch(
            rf"(?P<name>{names})(?:\s*\([^)]*\))?\s*(?:(?P<country>{country})\s*)?(?P<office>{office})",
            found,
        )
        if m is None:
            return found
        # Korea's own leaders go without their country in Korean: the reading names it.
        home = "South Korea " if m["name"] in _KOREANS else ""
        where = f"{country_of(m['country'])} " if m["country"] else home
        return f" {where}{offices[m['office']]} {_NAMES[m['name']]} "

    def family(found: str) -> str:  # "문 대통령" -> "President Moon"
        m = re.fullmatch(rf"(?P<family>{families})\s?(?P<office>{office})", found)
        if m is None:
            return found
        return f" {offices[m['office']]} {_FAMILY[m['family']]} "

    def pair(found: str) -> str:  # "한·미" -> "South Korea-United States"
        return "-".join(_SHORT[c] for c in re.findall(rf"[{short}]", found))

    def place(found: str) -> str:  # "베이징 인민대회당 동대청에서" -> "at ... in Beijing"
        m = re.fullmatch(
            rf"(?P<city>{cities})?\s?(?P<venue>{venues})?\s?(?:[가-힣\d]+\s?){{0,2}}에서", found
        )
        if m is None or not (m["city"] or m["venue"]):
            return found
        # The ellipsis closes the place: the words after it are not part of its name.
        if m["venue"] and m["city"]:
            return f" at {_VENUES[m['venue']]} in {_CITIES[m['city']]} … "
        if m["venue"]:
            return f" at {_VENUES[m['venue']]} … "
        return f" in {_CITIES[m['city']]} … "

    def bare_day(found: str) -> str:
        day = int(re.sub(r"\D", "", found))
        if not month or not 1 <= day <= 31:
            return " "
        return f" on {MONTH_NAMES[month - 1]} {day} "

    def weekday(found: str) -> str:
        return f" ({_WEEKDAYS.get(found.strip('()'), '')}) "

    def local_clock(found: str) -> str:  # "(현지시간 오후 4시40분)" -> "(4:40 p.m. local time)"
        m = re.search(_CLOCK.pattern, found)
        return f" ({_clock(m.group(0)).strip().removeprefix('at ')} local time) " if m else found

    def span(found: str) -> str:  # "10:20-11:15(현지시간)" -> "from 10:20 local time to 11:15"
        m = re.match(r"([0-2]?\d:[0-5]\d)\s*[-~–]\s*([0-2]?\d:[0-5]\d)", found)
        if m is None:
            return found
        local = " local time" if "현지" in found else ""
        return f" from {m.group(1)}{local} to {m.group(2)} "

    def dotted(found: str) -> str:  # "2025.08.23" -> "23 August 2025"
        year, month_number, day = (int(x) for x in found.rstrip(".").split("."))
        if not 1 <= month_number <= 12:
            return found
        return f"{day} {MONTH_NAMES[month_number - 1]} {year}"

    each: list[tuple[str, English]] = [
        (r"(?<![\d.])(?:19|20)\d\d\.[01]?\d\.[0-3]?\d\.?(?!\d)", dotted),
        (
            r"\(\s*현지\s?시간\s*,?\s*" + re.sub(r"\?P<\w+>", "?:", _CLOCK.pattern) + r"\s*\)",
            local_clock,
        ),
        (
            r"(?<!\d)[0-2]?\d:[0-5]\d\s*[-~–]\s*[0-2]?\d:[0-5]\d(?!\d)(?:\s*\(현지\s?시간\))?",
            span,
        ),
        (r"\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일", _date),
        (r"(?<!\d)\d{1,2}\s*월\s*\d{1,2}\s*일", _month_day),
        (r"(?<![\d월])\d{1,2}일(?!\s*간)", bare_day),
        (r"\((?:월|화|수|목|금)\)", weekday),
        (r"(?:약\s*)?\d+\s*(?:분|시간)(?:간|동안| 동안)", _length),
        (
            r"(?:오전|오후|밤|새벽)?\s*\d{1,2}\s*시(?!간)(?:\s*\d{1,2}\s*분|\s*반)?(?:쯤|께|경)?(?:부터)?",
            _clock,
        ),
        (
            rf"(?:{names})(?:\s*\([^)]*\))?\s*(?:(?:{country})\s*)?(?:{office})",
            named,
        ),
        (rf"(?:{families})\s?(?:{office})", family),
        (rf"[{short}](?:\s?[·\-–]\s?[{short}])+|(?<![{short}])[{short}]{{2}}{_PAIR_AFTER}", pair),
        (rf"(?:(?:{cities})\s?(?:{venues})?|{venues})\s?(?:[가-힣\d]+\s?){{0,2}}에서", place),
        *((re.escape(k), e) for k, e in _KINDS),
        *((re.escape(o), e) for o, e in _OFFICES),
        (rf"(?:{names})", lambda found: _NAMES.get(found, found)),
        (rf"(?:{venues})", lambda found: _VENUES.get(found, found)),
        (rf"(?:{cities})", lambda found: _CITIES.get(found, found)),
        (rf"(?:{country})", country_of),
        *((re.escape(p), e) for p, e in _PUNCTUATION.items()),
    ]
    known = "|".join(f"(?:{p})" for p, _ in each)
    # Syllables the table does not know, up to the next phrase it knows.
    each.append((rf"(?:(?!{known})[\uac00-\ud7a3])+", " … "))
    one = re.compile("|".join(f"(?:{p})" for p, _ in each))
    return one, tuple((re.compile(p), e) for p, e in each)
