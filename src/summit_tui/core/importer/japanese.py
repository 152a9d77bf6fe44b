"""Readouts in Japanese, read through English phrase by phrase.

Japan's foreign ministry and Prime Minister's Office publish their readouts in Japanese
first. Japanese has no spaces between words, so its reading is a table of phrases matched
anywhere: dates in the imperial eras ("平成30年7月19日"), clock times ("午後4時から約10分間"),
the kinds of meeting ("外相電話会談"), offices, countries, and Japan's Prime Ministers and
Foreign Ministers by their names in kanji. Whatever the table does not know (a foreign name in
katakana, the body of the text) reads as an ellipsis; the text stored is the page's own.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable
from functools import cache

import pycountry

from summit_tui.core.importer.dates import MONTH_NAMES

English = str | Callable[[str], str]

_KANA = re.compile(r"[\u3040-\u30ff]")
MIN_KANA = 20  # kana in the first 4,000 characters that make a text Japanese


def is_japanese(text: str) -> bool:
    """The text is written in Japanese (it has kana, which no other language uses)."""
    return len(_KANA.findall(text[:4000])) >= MIN_KANA


def has_japanese(line: str) -> bool:
    """The line has Japanese in it (kana or kanji)."""
    return bool(_JAPANESE_RUN.search(line))


# Japan's Prime Ministers and Foreign Ministers since 1989, as the table of office holders
# names them (offices.py), by their names in kanji.
NAMES = {
    "海部俊樹": "Toshiki Kaifu",
    "宮澤喜一": "Kiichi Miyazawa",
    "宮沢喜一": "Kiichi Miyazawa",
    "細川護熙": "Morihiro Hosokawa",
    "羽田孜": "Tsutomu Hata",
    "村山富市": "Tomiichi Murayama",
    "橋本龍太郎": "Ryutaro Hashimoto",
    "小渕恵三": "Keizo Obuchi",
    "森喜朗": "Yoshiro Mori",
    "小泉純一郎": "Junichiro Koizumi",
    "安倍晋三": "Shinzo Abe",
    "福田康夫": "Yasuo Fukuda",
    "麻生太郎": "Taro Aso",
    "鳩山由紀夫": "Yukio Hatoyama",
    "菅直人": "Naoto Kan",
    "野田佳彦": "Yoshihiko Noda",
    "菅義偉": "Yoshihide Suga",
    "岸田文雄": "Fumio Kishida",
    "石破茂": "Shigeru Ishiba",
    "高市早苗": "Sanae Takaichi",
    "中山太郎": "Taro Nakayama",
    "渡辺美智雄": "Michio Watanabe",
    "武藤嘉文": "Kabun Muto",
    "柿澤弘治": "Koji Kakizawa",
    "河野洋平": "Yohei Kono",
    "池田行彦": "Yukihiko Ikeda",
    "高村正彦": "Masahiko Komura",
    "田中眞紀子": "Makiko Tanaka",
    "田中真紀子": "Makiko Tanaka",
    "川口順子": "Yoriko Kawaguchi",
    "町村信孝": "Nobutaka Machimura",
    "中曽根弘文": "Hirofumi Nakasone",
    "岡田克也": "Katsuya Okada",
    "前原誠司": "Seiji Maehara",
    "松本剛明": "Takeaki Matsumoto",
    "玄葉光一郎": "Koichiro Gemba",
    "河野太郎": "Taro Kono",
    "茂木敏充": "Toshimitsu Motegi",
    "林芳正": "Yoshimasa Hayashi",
    "上川陽子": "Yoko Kamikawa",
    "岩屋毅": "Takeshi Iwaya",
}
# The same people by family name before an office ("河野大臣", "岸田総理"). "菅" is two Prime
# Ministers (Kan and Suga) and stays unread.
_FAMILY_KANJI = {
    "海部": "Kaifu",
    "宮澤": "Miyazawa",
    "宮沢": "Miyazawa",
    "細川": "Hosokawa",
    "羽田": "Hata",
    "村山": "Murayama",
    "橋本": "Hashimoto",
    "小渕": "Obuchi",
    "小泉": "Koizumi",
    "安倍": "Abe",
    "福田": "Fukuda",
    "麻生": "Aso",
    "鳩山": "Hatoyama",
    "野田": "Noda",
    "岸田": "Kishida",
    "石破": "Ishiba",
    "高市": "Takaichi",
    "中山": "Nakayama",
    "渡辺": "Watanabe",
    "武藤": "Muto",
    "柿澤": "Kakizawa",
    "河野": "Kono",
    "池田": "Ikeda",
    "高村": "Komura",
    "川口": "Kawaguchi",
    "町村": "Machimura",
    "中曽根": "Nakasone",
    "岡田": "Okada",
    "前原": "Maehara",
    "玄葉": "Gemba",
    "茂木": "Motegi",
    "上川": "Kamikawa",
    "岩屋": "Iwaya",
}

# Foreign leaders and ministers as Japanese readouts write them: in katakana, or in kanji
# for Chinese and Korean names.
_FOREIGN = {
    "ジョー・バイデン": "Joe Biden",
    "バイデン": "Joe Biden",
    "ドナルド・トランプ": "Donald Trump",
    "トランプ": "Donald Trump",
    "バラク・オバマ": "Barack Obama",
    "オバマ": "Barack Obama",
    "ジョージ・W・ブッシュ": "George W. Bush",
    "ブッシュ": "George W. Bush",
    "ビル・クリントン": "Bill Clinton",
    "ウラジーミル・プーチン": "Vladimir Putin",
    "プーチン": "Vladimir Putin",
    "メドベージェフ": "Dmitry Medvedev",
    "ラヴロフ": "Sergey Lavrov",
    "ラブロフ": "Sergey Lavrov",
    "習近平": "Xi Jinping",
    "李克強": "Li Keqiang",
    "李強": "Li Qiang",
    "王毅": "Wang Yi",
    "胡錦濤": "Hu Jintao",
    "温家宝": "Wen Jiabao",
    "江沢民": "Jiang Zemin",
    "唐家璇": "Tang Jiaxuan",
    "李肇星": "Li Zhaoxing",
    "楊潔篪": "Yang Jiechi",
    "秦剛": "Qin Gang",
    "尹錫悦": "Yoon Suk Yeol",
    "李在明": "Lee Jae-myung",
    "文在寅": "Moon Jae-in",
    "朴槿恵": "Park Geun-hye",
    "李明博": "Lee Myung-bak",
    "盧武鉉": "Roh Moo-hyun",
    "朴振": "Park Jin",
    "趙兌烈": "Cho Tae-yul",
    "康京和": "Kang Kyung-wha",
    "尹炳世": "Yun Byung-se",
    "鄭義溶": "Chung Eui-yong",
    "金正恩": "Kim Jong Un",
    "エマニュエル・マクロン": "Emmanuel Macron",
    "マクロン": "Emmanuel Macron",
    "オラフ・ショルツ": "Olaf Scholz",
    "ショルツ": "Olaf Scholz",
    "メルツ": "Friedrich Merz",
    "メルケル": "Angela Merkel",
    "スナク": "Rishi Sunak",
    "スターマー": "Keir Starmer",
    "ジョンソン": "Boris Johnson",
    "トルドー": "Justin Trudeau",
    "カーニー": "Mark Carney",
    "ナレンドラ・モディ": "Narendra Modi",
    "モディ": "Narendra Modi",
    "ジャイシャンカル": "Subrahmanyam Jaishankar",
    "アルバニージー": "Anthony Albanese",
    "モリソン": "Scott Morrison",
    "ターンブル": "Malcolm Turnbull",
    "ルーラ": "Luiz Inácio Lula da Silva",
    "ルラ": "Luiz Inácio Lula da Silva",
    "エルドアン": "Recep Tayyip Erdoğan",
    "ゼレンスキー": "Volodymyr Zelensky",
    "ブリンケン": "Antony Blinken",
    "ルビオ": "Marco Rubio",
    "ポンペオ": "Mike Pompeo",
    "ティラーソン": "Rex Tillerson",
    "ケリー": "John Kerry",
    "グテーレス": "António Guterres",
    "フォン・デア・ライエン": "Ursula von der Leyen",
    "メローニ": "Giorgia Meloni",
    "ジョコ・ウィドド": "Joko Widodo",
    "ジョコ": "Joko Widodo",
    "プラボウォ": "Prabowo Subianto",
    "アンワル": "Anwar Ibrahim",
    "マルコス": "Ferdinand Marcos Jr.",
    "ファム・ミン・チン": "Pham Minh Chinh",
    "リー・シェンロン": "Lee Hsien Loong",
    "ローレンス・ウォン": "Lawrence Wong",
    "ラクソン": "Christopher Luxon",
    "アーダーン": "Jacinda Ardern",
    "ジュリー・ビショップ": "Julie Bishop",
    "ビショップ": "Julie Bishop",
    "マリズ・ペイン": "Marise Payne",
    "ペニー・ウォン": "Penny Wong",
    "トニー・アボット": "Tony Abbott",
    "アボット": "Tony Abbott",
    "ジョン・ハワード": "John Howard",
    "ケビン・ラッド": "Kevin Rudd",
    "トニー・ブレア": "Tony Blair",
    "ブレア": "Tony Blair",
    "デービッド・キャメロン": "David Cameron",
    "金大中": "Kim Dae-jung",
    "ジャック・シラク": "Jacques Chirac",
    "シラク": "Jacques Chirac",
}
_OFFICES = (
    ("欧州委員会委員長", "President of the European Commission"),
    ("欧州理事会議長", "President of the European Council"),
    ("国連事務総長", "UN Secretary-General"),
    ("事務総長", "Secretary-General"),
    ("国務委員兼外交部長", "State Councilor and Foreign Minister"),
    ("国務委員", "State Councilor"),
    ("副首相兼外務大臣", "Deputy Prime Minister and Foreign Minister"),
    ("内閣総理大臣", "Prime Minister"),
    ("総理大臣", "Prime Minister"),
    ("国務院総理", "Premier"),
    ("国家主席", "President"),
    ("国務長官", "Secretary of State"),
    ("外交部長", "Foreign Minister"),
    ("外務大臣", "Foreign Minister"),
    ("副大統領", "Vice President"),
    ("大統領", "President"),
    ("首相", "Prime Minister"),
    ("総理", "Prime Minister"),
    ("外相", "Foreign Minister"),
    ("国王", "King"),
    ("皇太子", "Crown Prince"),
    ("大臣", "Minister"),
)
_KINDS = (
    ("首脳電話会談", "summit telephone talk"),
    ("外相電話会談", "Foreign Ministers' telephone talk"),
    ("電話会談", "telephone talk"),
    ("首脳会談", "Summit Meeting"),
    ("外相会談", "Foreign Ministers' Meeting"),
    ("テレビ会議", "video conference"),
    ("ビデオ会議", "video conference"),
    ("オンライン会談", "video conference"),
    ("表敬", "courtesy call"),
    ("ワーキングランチ", "working lunch"),
    ("ワーキング・ランチ", "working lunch"),
    ("ワーキングディナー", "working dinner"),
    ("夕食会", "dinner"),
    ("昼食会", "luncheon"),
    ("現地時間", "local time"),
    ("日本時間", "Japan time"),
    ("会談", "meeting"),
    ("報道発表へ戻る", "Back to Press Releases"),
    ("報道発表", "Press Releases"),
    ("を行いました", " was held"),
    ("を行ったところ", " was held"),
    ("を行った", " was held"),
    ("を実施しました", " was held"),
)
# Countries by one kanji, as titles pair them: "日・エジプト", "日米".
_SHORT = {
    "日": "Japan",
    "米": "United States",
    "英": "United Kingdom",
    "中": "China",
    "韓": "South Korea",
    "露": "Russia",
    "豪": "Australia",
    "印": "India",
    "仏": "France",
    "独": "Germany",
    "伊": "Italy",
    "加": "Canada",
    "比": "Philippines",
    "越": "Vietnam",
}
# Cities and venues where Japan's leaders and ministers meet others, as Japanese writes them.
_PLACES = {
    "東京": "Tokyo",
    "大阪": "Osaka",
    "京都": "Kyoto",
    "広島": "Hiroshima",
    "名古屋": "Nagoya",
    "迎賓館赤坂離宮": "Akasaka Palace",
    "迎賓館": "the State Guest House",
    "総理大臣官邸": "the Prime Minister's Office",
    "総理官邸": "the Prime Minister's Office",
    "外務省飯倉公館": "Iikura Guest House",
    "飯倉公館": "Iikura Guest House",
    "北京": "Beijing",
    "上海": "Shanghai",
    "ソウル": "Seoul",
    "釜山": "Busan",
    "ワシントン": "Washington",
    "ニューヨーク": "New York",
    "サンフランシスコ": "San Francisco",
    "ホワイトハウス": "the White House",
    "モスクワ": "Moscow",
    "ロンドン": "London",
    "パリ": "Paris",
    "ベルリン": "Berlin",
    "ローマ": "Rome",
    "ブリュッセル": "Brussels",
    "ジュネーブ": "Geneva",
    "コペンハーゲン": "Copenhagen",
    "アンタルヤ": "Antalya",
    "カナナスキス": "Kananaskis",
    "プーリア": "Apulia",
    "シドニー": "Sydney",
    "キャンベラ": "Canberra",
    "ジャカルタ": "Jakarta",
    "バリ島": "Bali",
    "バリ": "Bali",
    "ヌサドゥア": "Nusa Dua",
    "ダナン": "Da Nang",
    "ハンブルク": "Hamburg",
    "バンコク": "Bangkok",
    "ハノイ": "Hanoi",
    "マニラ": "Manila",
    "クアラルンプール": "Kuala Lumpur",
    "シンガポール": "Singapore",
    "ビエンチャン": "Vientiane",
    "プノンペン": "Phnom Penh",
    "ニューデリー": "New Delhi",
    "デリー": "Delhi",
    "リマ": "Lima",
    "リオデジャネイロ": "Rio de Janeiro",
    "ヨハネスブルグ": "Johannesburg",
    "ヴィエンチャン": "Vientiane",
    "ウランバートル": "Ulaanbaatar",
    "ネピドー": "Nay Pyi Taw",
    "バンダルスリブガワン": "Bandar Seri Begawan",
    "ウェリントン": "Wellington",
    "オタワ": "Ottawa",
    "トロント": "Toronto",
    "メキシコシティ": "Mexico City",
    "ブラジリア": "Brasilia",
    "ブエノスアイレス": "Buenos Aires",
    "ニューヨーク市": "New York",
    "ロサンゼルス": "Los Angeles",
    "ホノルル": "Honolulu",
    "キーウ": "Kyiv",
    "ワルシャワ": "Warsaw",
    "ウィーン": "Vienna",
    "マドリード": "Madrid",
    "リヤド": "Riyadh",
    "ドーハ": "Doha",
    "アブダビ": "Abu Dhabi",
    "ドバイ": "Dubai",
    "テヘラン": "Tehran",
    "アンカラ": "Ankara",
    "イスタンブール": "Istanbul",
    "カイロ": "Cairo",
    "ナイロビ": "Nairobi",
    "アディスアベバ": "Addis Ababa",
    "イスラマバード": "Islamabad",
    "ダッカ": "Dhaka",
    "コロンボ": "Colombo",
    "カトマンズ": "Kathmandu",
    "アスタナ": "Astana",
    "タシケント": "Tashkent",
    "ヘルシンキ": "Helsinki",
    "ストックホルム": "Stockholm",
    "ハーグ": "The Hague",
    "ミュンヘン": "Munich",
    "ダボス": "Davos",
    "エルマウ": "Elmau",
    "伊勢志摩": "Ise-Shima",
    "那覇": "Naha",
    "福岡": "Fukuoka",
    "横浜": "Yokohama",
    "神戸": "Kobe",
    "札幌": "Sapporo",
}
_COUNTRY_EXTRA = {
    "日本": "Japan",
    "日本国": "Japan",
    "韓国": "South Korea",
    "大韓民国": "South Korea",
    "北朝鮮": "North Korea",
    "米国": "United States",
    "アメリカ合衆国": "United States",
    "アメリカ": "United States",
    "中国": "China",
    "中華人民共和国": "China",
    "英国": "United Kingdom",
    "イギリス": "United Kingdom",
    "ロシア": "Russia",
    "ロシア連邦": "Russia",
    "モンゴル": "Mongolia",
    "ベトナム": "Vietnam",
    "オーストラリア": "Australia",
    "台湾": "Taiwan",
}
_STATE_SUFFIX = (
    r"(?:・アラブ共和国|社会主義共和国|人民民主共和国|民主共和国|連邦共和国|共和国|連邦|王国)?"
)
_JAPANESE_RUN = re.compile(r"[\u3005\u3040-\u30ff\u4e00-\u9fff\uff10-\uff19]+")
_PUNCTUATION = {
    "，": ", ",
    "、": ", ",
    "。": ". ",
    "（": " (",
    "）": ") ",
    "「": '"',
    "」": '"',
    "：": ": ",
    "・": " ",
}
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}


def _countries() -> dict[str, str]:
    names = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ja"])
    out: dict[str, str] = {}
    for country in pycountry.countries:
        english = getattr(country, "common_name", country.name)
        for local in re.split(r"\s*[()（）]\s*", names.gettext(country.name)):
            if local and local != country.name and not local.isascii():
                out[local] = english
    # The short names pages use: "ラオス" for "ラオス人民民主共和国", "イラン" for
    # "イラン・イスラム共和国"; a short name two countries share is left out.
    stems: dict[str, set[str]] = {}
    for local, english in out.items():
        stem = _LONG_FORM.sub("", local)
        if len(stem) >= 2 and stem != local:
            stems.setdefault(stem, set()).add(english)
    for stem, english_names in stems.items():
        if stem not in out and len(english_names) == 1:
            out[stem] = next(iter(english_names))
    out.update(_COUNTRY_EXTRA)
    return out


_LONG_FORM = re.compile(
    r"・?(?:イスラム|アラブ|ボリバル|人民民主|民主|連合|社会主義|多民族)?"
    r"(?:共和国|連邦|王国|多民族国|国)$"
)


_DATE = re.compile(
    r"(?:(?P<era>令和|平成|昭和)(?P<n>\d+|元)|(?P<y>\d{4}))年(?P<mo>\d+)月(?P<d>\d+)日"
)
_CLOCK = re.compile(r"(?P<half>午前|午後)?(?P<h>\d+)時(?:(?P<m>\d+)分)?(?:頃)?(?P<from>から)?")


def _date(found: str) -> str:
    m = _DATE.fullmatch(found)
    if m is None:
        return found
    year = (
        int(m.group("y"))
        if m.group("y")
        else _ERAS[m.group("era")] + (1 if m.group("n") == "元" else int(m.group("n")))
    )
    month = int(m.group("mo"))
    if not 1 <= month <= 12:
        return found
    return f"{int(m.group('d'))} {MONTH_NAMES[month - 1]} {year}"


def _month_day(found: str) -> str:
    m = re.fullmatch(r"(\d+)月(\d+)日", found)
    if m is None or not 1 <= int(m.group(1)) <= 12:
        return found
    return f"{MONTH_NAMES[int(m.group(1)) - 1]} {int(m.group(2))}"


def _clock(found: str) -> str:
    m = _CLOCK.fullmatch(found)
    if m is None:
        return found
    minutes = int(m.group("m") or 0)
    said = f"{int(m.group('h'))}:{minutes:02d}"
    if m.group("half"):
        said += " a.m." if m.group("half") == "午前" else " p.m."
    return f"from {said}" if m.group("from") else f"at {said}"


def _labelled_clock(found: str) -> str:
    label = "local time" if found.startswith("現地時間") else "Japan time"
    rest = found[4:]
    day = ""
    if (m := re.match(r"\d{1,2}月\d{1,2}日|同日", rest)) is not None:
        day = "" if m.group(0) == "同日" else f"{_month_day(m.group(0))} "
        rest = rest[m.end() :]
    return f" {day}{_clock(rest)} {label} "


def _length(found: str) -> str:
    about = "about " if found.startswith("約") else ""
    if (both := re.fullmatch(r"約?(?P<h>\d+)時間(?P<m>\d+)分間?", found)) is not None:
        # "約1時間30分": one length, in minutes
        return f"for {about}{int(both['h']) * 60 + int(both['m'])} minutes"
    m = re.fullmatch(r"(?P<about>約)?(?P<n>\d+)(?P<unit>分間|時間)", found)
    if m is None:
        return found
    unit = "minutes" if m.group("unit") == "分間" else "hours"
    return f"for {about}{m.group('n')} {unit}"


@cache
def rules() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], English], ...]]:
    """Japanese phrases as one pattern (matched anywhere), and each with what it reads as."""
    countries = _countries()
    country = "|".join(re.escape(n) for n in sorted(countries, key=len, reverse=True))
    short = "|".join(_SHORT)
    either = rf"(?:(?:{country}){_STATE_SUFFIX}|{short})"
    offices = dict(_OFFICES)
    office = "|".join(re.escape(o) for o, _ in _OFFICES)
    names = "|".join(re.escape(n) for n in sorted(NAMES, key=len, reverse=True))
    families = "|".join(re.escape(f) for f in sorted(_FAMILY_KANJI, key=len, reverse=True))

    def country_of(found: str) -> str:
        for name in sorted(countries, key=len, reverse=True):
            if found.startswith(name):
                return countries[name]
        return _SHORT.get(found, found)

    def pair(found: str) -> str:  # "日・エジプト" -> "Japan-Egypt"
        return "-".join(country_of(part) for part in found.split("・"))

    def named(found: str) -> str:  # "河野太郎外務大臣" -> "Foreign Minister Taro Kono"
        for name in sorted(NAMES, key=len, reverse=True):
            if found.startswith(name):
                return f"{offices[found[len(name) :]]} {NAMES[name]}"
        return found

    def family(found: str) -> str:  # "河野大臣" -> "Minister Kono"
        for kanji in sorted(_FAMILY_KANJI, key=len, reverse=True):
            if found.startswith(kanji):
                return f"{offices[found[len(kanji) :]]} {_FAMILY_KANJI[kanji]}"
        return found

    foreign = "|".join(re.escape(n) for n in sorted(_FOREIGN, key=len, reverse=True))

    def named_abroad(found: str) -> str:  # "ジョー・バイデン米国大統領" -> "United States ..."
        m = re.fullmatch(
            rf"(?P<name>{foreign})(?P<country>(?:{country}){_STATE_SUFFIX}|{short})?"
            rf"(?P<office>{office})?",
            found,
        )
        if m is None:
            return found
        where = f"{country_of(m['country'])} " if m["country"] else ""
        said = f"{offices[m['office']]} " if m["office"] else ""
        return f" {where}{said}{_FOREIGN[m['name']]} "

    places = "|".join(re.escape(p) for p in sorted(_PLACES, key=len, reverse=True))
    place_or_country = rf"(?:(?:{country}){_STATE_SUFFIX}[・･]?)?(?:{places})(?:\([^)]{{1,12}}\))?"

    def where(found: str) -> str:  # "トルコ・アンタルヤにおいて" -> "in Antalya"
        named = [_PLACES[m.group(0)] for m in re.finditer(places, found)]
        if not named:
            return found
        english = named[-1]
        if found.endswith(("を訪問中の", "に滞在中の", "出張中の")):
            return f" visiting {english}, "
        if len(named) == 2:  # "東京の迎賓館赤坂離宮で": the venue, in its city
            return f" at {named[1]} in {named[0]}, "
        return f" in {english} " if not english.startswith("the ") else f" at {english} "

    each: list[tuple[str, English]] = [
        (
            # "東京の迎賓館赤坂離宮で", "大阪市内のホテルで", "コペンハーゲンに滞在中の"
            rf"{place_or_country}(?:市内?)?(?:の(?:{places}|[^\s、。，,]{{1,6}}?))?"
            r"(?:において|にて|で(?!は)|を訪問中の|に滞在中の|に?出張中の)",
            where,
        ),
        (
            # "現地時間10月26日午後6時15分(日本時間同日午後7時15分)から": the label after
            # its clock, as English writes it ("6:15 p.m. local time (7:15 p.m. Japan time)")
            r"(?:現地時間|日本時間)(?:\d{1,2}月\d{1,2}日|同日)?(?:午前|午後)?\d{1,2}時"
            r"(?:\d{1,2}分)?(?:頃)?(?:から)?",
            _labelled_clock,
        ),
        (
            # "マレーシアを訪問中の": a country visited, where no city is named
            rf"(?:{country}){_STATE_SUFFIX}(?:を訪問中の|に滞在中の|に?出張中の)",
            lambda found: f" visiting {country_of(found)}, ",
        ),
        (r"(?:令和|平成|昭和)(?:\d+|元)年\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月\d{1,2}日", _date),
        (r"本\d{1,2}日|本日", "today"),
        (r"昨日", "yesterday"),
        (r"\d{1,2}月\d{1,2}日", _month_day),
        (r"(?:午前|午後)?\d{1,2}時(?:\d{1,2}分)?(?:頃)?(?:から)?", _clock),
        (r"約?\d+時間\d+分間?|約?\d+(?:分間|時間)", _length),
        (rf"(?:{names})(?:{office})", named),
        (rf"(?:{foreign})(?:(?:{country}){_STATE_SUFFIX}|{short})?(?:{office})?", named_abroad),
        (rf"(?:{families})(?:{office})", family),
        (rf"{either}(?:・{either})+", pair),
        # "日米首脳会談", "日中外相会談": two one-character countries run together.
        (
            rf"(?:{short})(?:{short})(?=首脳|外相|外務|関係|電話|会談|ハイレベル)",
            lambda found: "-".join(_SHORT[c] for c in found),
        ),
        *((re.escape(k), e) for k, e in _KINDS),
        *((re.escape(o), e) for o, e in _OFFICES),
        (rf"(?:{country}){_STATE_SUFFIX}", country_of),
        *((re.escape(p), e) for p, e in _PUNCTUATION.items()),
    ]
    known = "|".join(f"(?:{p})" for p, _ in each)
    # Characters the table does not know, up to the next phrase it knows ("新任外相").
    each.append((rf"(?:(?!{known})[\u3005\u3040-\u30ff\u4e00-\u9fff\uff10-\uff19])+", " … "))
    one = re.compile("|".join(f"(?:{p})" for p, _ in each))
    return one, tuple((re.compile(p), e) for p, e in each)
