"""Readouts in Chinese, read through English phrase by phrase.

China's foreign ministry and Xinhua publish readouts in Chinese first, and newspapers across
the Chinese-speaking world republish them. Chinese has no spaces between words, so, as for
Japanese, the reading is a table of phrases matched anywhere: dates ("2017年11月9日", and a
bare "9日" in the month of the dateline), clock times ("下午3时"), the kinds of meeting
("举行会谈", "通电话"), offices, countries, cities and venues, and the leaders and ministers
readouts name most, Chinese and foreign, by their names in characters. "A同B举行会谈" (A held
talks with B) puts the verb last: it is read in English order. Whatever the table does not
know reads as an ellipsis; the text stored is the page's own.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable
from functools import cache

import opencc
import pycountry

from summit_tui.core.importer import japanese
from summit_tui.core.importer.dates import MONTH_NAMES
from summit_tui.core.importer.scripts import in_english

English = str | Callable[[str], str]

_HAN = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
MIN_HAN = 60  # Chinese characters in the first 4,000 that make a text Chinese


def is_chinese(text: str) -> bool:
    """The text is written in Chinese: many Chinese characters, no kana and no hangul, and
    more of them than words in Latin letters."""
    head = text[:4000]
    han = len(_HAN.findall(head))
    return (
        han >= MIN_HAN
        and len(_KANA.findall(head)) < 5
        and len(_HANGUL.findall(head)) < 5
        # Not an English page with a Chinese site's menus around it.
        and han > 2 * len(re.findall(r"\b[A-Za-z]{2,}\b", head))
    )


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def simplified(line: str) -> str:
    """The line in simplified characters, character for character (the same length, so that
    what is read maps back to the page's own words)."""
    if not has_chinese(line):
        return line
    converter = _converter()
    whole = str(converter.convert(line))
    if len(whole) == len(line):
        return whole
    each = (str(converter.convert(c)) for c in line)
    return "".join(s if len(s) == 1 else c for s, c in zip(each, line, strict=True))


def has_chinese(line: str) -> bool:
    """The line has Chinese characters in it."""
    return bool(_HAN.search(line))


# Leaders and ministers as readouts in Chinese name them, with the names the table of office
# holders (offices.py) and English readouts give them. Simplified and traditional forms.
_NAMES = {
    # China
    "习近平": "Xi Jinping",
    "習近平": "Xi Jinping",
    "李强": "Li Qiang",
    "李強": "Li Qiang",
    "李克强": "Li Keqiang",
    "李克強": "Li Keqiang",
    "温家宝": "Wen Jiabao",
    "溫家寶": "Wen Jiabao",
    "胡锦涛": "Hu Jintao",
    "胡錦濤": "Hu Jintao",
    "江泽民": "Jiang Zemin",
    "江澤民": "Jiang Zemin",
    "朱镕基": "Zhu Rongji",
    "李鹏": "Li Peng",
    "王毅": "Wang Yi",
    "秦刚": "Qin Gang",
    "杨洁篪": "Yang Jiechi",
    "楊潔篪": "Yang Jiechi",
    "李肇星": "Li Zhaoxing",
    "唐家璇": "Tang Jiaxuan",
    "钱其琛": "Qian Qichen",
    "戴秉国": "Dai Bingguo",
    "韩正": "Han Zheng",
    "韓正": "Han Zheng",
    "王岐山": "Wang Qishan",
    "李源潮": "Li Yuanchao",
    "曾庆红": "Zeng Qinghong",
    "赵乐际": "Zhao Leji",
    "栗战书": "Li Zhanshu",
    "王沪宁": "Wang Huning",
    "丁薛祥": "Ding Xuexiang",
    "蔡奇": "Cai Qi",
    "吴邦国": "Wu Bangguo",
    "张德江": "Zhang Dejiang",
    # United States
    "特朗普": "Donald Trump",
    "川普": "Donald Trump",
    "拜登": "Joe Biden",
    "奥巴马": "Barack Obama",
    "歐巴馬": "Barack Obama",
    "小布什": "George W. Bush",
    "布什": "George W. Bush",
    "克林顿": "Bill Clinton",
    "哈里斯": "Kamala Harris",
    "布林肯": "Antony Blinken",
    "蓬佩奥": "Mike Pompeo",
    "蒂勒森": "Rex Tillerson",
    "克里": "John Kerry",
    "希拉里": "Hillary Clinton",
    "鲍威尔": "Colin Powell",
    "赖斯": "Condoleezza Rice",
    "鲁比奥": "Marco Rubio",
    "基辛格": "Henry Kissinger",
    # Russia and its neighbours
    "普京": "Vladimir Putin",
    "普丁": "Vladimir Putin",
    "梅德韦杰夫": "Dmitry Medvedev",
    "米舒斯京": "Mikhail Mishustin",
    "拉夫罗夫": "Sergey Lavrov",
    "卢卡申科": "Alexander Lukashenko",
    "托卡耶夫": "Kassym-Jomart Tokayev",
    "纳扎尔巴耶夫": "Nursultan Nazarbayev",
    "米尔济约耶夫": "Shavkat Mirziyoyev",
    "泽连斯基": "Volodymyr Zelensky",
    # Asia and the Pacific
    "岸田文雄": "Fumio Kishida",
    "安倍晋三": "Shinzo Abe",
    "石破茂": "Shigeru Ishiba",
    "菅义伟": "Yoshihide Suga",
    "高市早苗": "Sanae Takaichi",
    "野田佳彦": "Yoshihiko Noda",
    "福田康夫": "Yasuo Fukuda",
    "林芳正": "Yoshimasa Hayashi",
    "上川阳子": "Yoko Kamikawa",
    "茂木敏充": "Toshimitsu Motegi",
    "文在寅": "Moon Jae-in",
    "尹锡悦": "Yoon Suk Yeol",
    "尹錫悅": "Yoon Suk Yeol",
    "李在明": "Lee Jae-myung",
    "朴槿惠": "Park Geun-hye",
    "李明博": "Lee Myung-bak",
    "卢武铉": "Roh Moo-hyun",
    "金正恩": "Kim Jong Un",
    "莫迪": "Narendra Modi",
    "苏杰生": "Subrahmanyam Jaishankar",
    "佐科": "Joko Widodo",
    "普拉博沃": "Prabowo Subianto",
    "蕾特诺": "Retno Marsudi",
    "安瓦尔": "Anwar Ibrahim",
    "李显龙": "Lee Hsien Loong",
    "黄循财": "Lawrence Wong",
    "维文": "Vivian Balakrishnan",
    "洪森": "Hun Sen",
    "洪玛奈": "Hun Manet",
    "阮富仲": "Nguyen Phu Trong",
    "苏林": "To Lam",
    "范明政": "Pham Minh Chinh",
    "小马科斯": "Ferdinand Marcos Jr.",
    "杜特尔特": "Rodrigo Duterte",
    "阿尔巴尼斯": "Anthony Albanese",
    "黄英贤": "Penny Wong",
    "莫里森": "Scott Morrison",
    "特恩布尔": "Malcolm Turnbull",
    "阿德恩": "Jacinda Ardern",
    "卢克森": "Christopher Luxon",
    "夏巴兹": "Shehbaz Sharif",
    "伊姆兰·汗": "Imran Khan",
    "谢赫·哈西娜": "Sheikh Hasina",
    # Europe and the Americas
    "默克尔": "Angela Merkel",
    "朔尔茨": "Olaf Scholz",
    "默茨": "Friedrich Merz",
    "马克龙": "Emmanuel Macron",
    "馬克宏": "Emmanuel Macron",
    "奥朗德": "François Hollande",
    "萨科齐": "Nicolas Sarkozy",
    "梅洛尼": "Giorgia Meloni",
    "桑切斯": "Pedro Sánchez",
    "约翰逊": "Boris Johnson",
    "苏纳克": "Rishi Sunak",
    "斯塔默": "Keir Starmer",
    "特雷莎·梅": "Theresa May",
    "卡梅伦": "David Cameron",
    "特鲁多": "Justin Trudeau",
    "卡尼": "Mark Carney",
    "卢拉": "Luiz Inácio Lula da Silva",
    "埃尔多安": "Recep Tayyip Erdoğan",
    "欧尔班": "Viktor Orbán",
    "武契奇": "Aleksandar Vučić",
    "古特雷斯": "António Guterres",
    "潘基文": "Ban Ki-moon",
    "冯德莱恩": "Ursula von der Leyen",
    "米歇尔": "Charles Michel",
    "科斯塔": "António Costa",
    "博雷利": "Josep Borrell",
    "卡拉斯": "Kaja Kallas",
    "拉马福萨": "Cyril Ramaphosa",
    "塞西": "Abdel Fattah el-Sisi",
    "佩通坦": "Paetongtarn Shinawatra",
    "赛塔": "Srettha Thavisin",
    "巴育": "Prayut Chan-o-cha",
    "通伦": "Thongloun Sisoulith",
    "宋赛": "Sonexay Siphandone",
    "敏昂莱": "Min Aung Hlaing",
    "鲁托": "William Ruto",
    "提努布": "Bola Tinubu",
    "阿比": "Abiy Ahmed",
    "米莱": "Javier Milei",
    "辛鲍姆": "Claudia Sheinbaum",
    "博里奇": "Gabriel Boric",
    "马杜罗": "Nicolás Maduro",
    "佩特罗": "Gustavo Petro",
    "穆罕默德·本·萨勒曼": "Mohammed bin Salman",
    "塔米姆": "Tamim bin Hamad",
    "内塔尼亚胡": "Benjamin Netanyahu",
    "阿巴斯": "Mahmoud Abbas",
    "佩泽希齐扬": "Masoud Pezeshkian",
    "莱希": "Ebrahim Raisi",
    "拉赫蒙": "Emomali Rahmon",
    "扎帕罗夫": "Sadyr Japarov",
    "阿利耶夫": "Ilham Aliyev",
    "帕希尼扬": "Nikol Pashinyan",
    "拉克森": "Christopher Luxon",
    "马拉佩": "James Marape",
}
_OFFICES = (
    ("中共中央总书记", "General Secretary"),
    ("中央外事工作委员会办公室主任", "Director of the Office of the Foreign Affairs Commission"),
    ("中央外办主任", "Director of the Office of the Foreign Affairs Commission"),
    ("国家副主席", "Vice President"),
    ("國家副主席", "Vice President"),
    ("国家主席", "President"),
    ("國家主席", "President"),
    ("国务院副总理", "Vice Premier"),
    ("國務院副總理", "Vice Premier"),
    ("国务院总理", "Premier"),
    ("國務院總理", "Premier"),
    ("外交部长", "Foreign Minister"),
    ("外交部長", "Foreign Minister"),
    ("外交大臣", "Foreign Secretary"),
    ("外务大臣", "Foreign Minister"),
    ("外務大臣", "Foreign Minister"),
    ("外交国务秘书", "Foreign Minister"),
    ("国务委员", "State Councilor"),
    ("國務委員", "State Councilor"),
    ("国务卿", "Secretary of State"),
    ("國務卿", "Secretary of State"),
    ("副总统", "Vice President"),
    ("副總統", "Vice President"),
    ("联邦总理", "Chancellor"),
    ("聯邦總理", "Chancellor"),
    ("副总理", "Deputy Prime Minister"),
    ("总统", "President"),
    ("總統", "President"),
    ("总理", "Prime Minister"),
    ("總理", "Prime Minister"),
    ("首相", "Prime Minister"),
    ("外长", "Foreign Minister"),
    ("外相", "Foreign Minister"),
    ("外長", "Foreign Minister"),
    ("秘书长", "Secretary-General"),
    ("秘書長", "Secretary-General"),
    ("国王", "King"),
    ("國王", "King"),
    ("王储", "Crown Prince"),
    ("王儲", "Crown Prince"),
    ("埃米尔", "Emir"),
    ("苏丹", "Sultan"),
    ("委员长", "Chairman"),
    ("特使", "Special Envoy"),
    ("大使", "Ambassador"),
    ("部长", "Minister"),
    ("部長", "Minister"),
    ("主席", "President"),
)
# "A同B举行会谈": the verb closes the clause; read in English order, "held talks with B".
_WITH_VERBS = (
    (r"(?:举行|进行)?了?视频(?:会晤|会议|会谈|通话)", "held a video conference"),
    (r"(?:举行|进行)?了?电话(?:会谈|交谈)|通了?电话|通话", "held a telephone call"),
    (
        r"(?:举行|进行)了?(?:[中美日俄韩朝英法德印澳越欧]{2})?(?:元首|首脑|领导人)?"
        r"(?:小范围|大范围|正式|非正式|双边)?(?:会谈|会晤|会面)",
        "held talks",
    ),
    (r"(?:[中美日俄韩朝英法德印澳越欧]{2})?(?:元首|首脑)?(?:会谈|会晤|会面|见面)", "held talks"),
    (r"共进(?:工作)?(?:午餐|早餐)|举行工作午餐", "had a working lunch"),
    (r"共进(?:工作)?晚(?:餐|宴)|举行工作晚餐", "had dinner"),
)
_KINDS = (
    ("元首会晤", "summit meeting"),
    ("元首會晤", "summit meeting"),
    ("首脑会晤", "summit meeting"),
    ("视频会晤", "video conference"),
    ("电话会谈", "telephone call"),
    ("通电话", "held a telephone call"),
    ("通電話", "held a telephone call"),
    ("通话", "telephone call"),
    ("礼节性拜会", "courtesy call"),
    ("拜会", "called on"),
    ("会见", "met"),
    ("會見", "met"),
    ("接见", "received"),
    ("会谈", "talks"),
    ("會談", "talks"),
    ("会晤", "meeting"),
    ("會晤", "meeting"),
    ("出席", "attended"),
    ("在出席", "while attending"),
    ("期间", "on the sidelines"),
    ("国事访问", "state visit"),
    ("正式访问", "official visit"),
    ("工作访问", "working visit"),
    ("访华", "visit to China"),
    ("访美", "visit to the United States"),
    ("访问", "visit"),
    ("抵达", "arrived in"),
    ("宴请", "hosted a banquet for"),
    ("欢迎仪式", "welcome ceremony"),
    ("应约", ""),
    ("應約", ""),
    ("应邀", "at the invitation"),
    ("今天", "today"),
    ("今日", "today"),
    ("昨天", "yesterday"),
    ("当地时间", "local time"),
    ("當地時間", "local time"),
    ("北京时间", "Beijing time"),
    ("两国元首", "the two heads of state"),
    ("双方", "the two sides"),
)
_VENUES = {
    "人民大会堂": "the Great Hall of the People",
    "人民大會堂": "the Great Hall of the People",
    "钓鱼台国宾馆": "the Diaoyutai State Guesthouse",
    "釣魚臺國賓館": "the Diaoyutai State Guesthouse",
    "中南海": "Zhongnanhai",
    "白宫": "the White House",
    "白宮": "the White House",
    "克里姆林宫": "the Kremlin",
    "唐宁街": "Downing Street",
    "爱丽舍宫": "the Elysee Palace",
    "海湖庄园": "Mar-a-Lago",
    "联合国总部": "the United Nations Headquarters",
    "布莱尔国宾馆": "Blair House",
    "国宾馆": "the State Guesthouse",
}
_CITIES = {
    "北京": "Beijing",
    "上海": "Shanghai",
    "天津": "Tianjin",
    "广州": "Guangzhou",
    "深圳": "Shenzhen",
    "杭州": "Hangzhou",
    "西安": "Xi'an",
    "成都": "Chengdu",
    "重庆": "Chongqing",
    "南京": "Nanjing",
    "武汉": "Wuhan",
    "厦门": "Xiamen",
    "青岛": "Qingdao",
    "大连": "Dalian",
    "三亚": "Sanya",
    "博鳌": "Boao",
    "昆明": "Kunming",
    "南宁": "Nanning",
    "乌鲁木齐": "Urumqi",
    "哈尔滨": "Harbin",
    "香港": "Hong Kong",
    "澳门": "Macao",
    "华盛顿": "Washington",
    "華盛頓": "Washington",
    "纽约": "New York",
    "紐約": "New York",
    "旧金山": "San Francisco",
    "三藩市": "San Francisco",
    "洛杉矶": "Los Angeles",
    "莫斯科": "Moscow",
    "圣彼得堡": "Saint Petersburg",
    "索契": "Sochi",
    "东京": "Tokyo",
    "東京": "Tokyo",
    "大阪": "Osaka",
    "广岛": "Hiroshima",
    "首尔": "Seoul",
    "首爾": "Seoul",
    "釜山": "Busan",
    "庆州": "Gyeongju",
    "平壤": "Pyongyang",
    "伦敦": "London",
    "倫敦": "London",
    "巴黎": "Paris",
    "柏林": "Berlin",
    "慕尼黑": "Munich",
    "汉堡": "Hamburg",
    "罗马": "Rome",
    "马德里": "Madrid",
    "布鲁塞尔": "Brussels",
    "日内瓦": "Geneva",
    "维也纳": "Vienna",
    "达沃斯": "Davos",
    "华沙": "Warsaw",
    "布达佩斯": "Budapest",
    "贝尔格莱德": "Belgrade",
    "明斯克": "Minsk",
    "基辅": "Kyiv",
    "安卡拉": "Ankara",
    "伊斯坦布尔": "Istanbul",
    "新德里": "New Delhi",
    "伊斯兰堡": "Islamabad",
    "达卡": "Dhaka",
    "科伦坡": "Colombo",
    "加德满都": "Kathmandu",
    "雅加达": "Jakarta",
    "巴厘岛": "Bali",
    "曼谷": "Bangkok",
    "河内": "Hanoi",
    "万象": "Vientiane",
    "金边": "Phnom Penh",
    "吉隆坡": "Kuala Lumpur",
    "马尼拉": "Manila",
    "内比都": "Nay Pyi Taw",
    "仰光": "Yangon",
    "乌兰巴托": "Ulaanbaatar",
    "阿斯塔纳": "Astana",
    "塔什干": "Tashkent",
    "比什凯克": "Bishkek",
    "杜尚别": "Dushanbe",
    "撒马尔罕": "Samarkand",
    "堪培拉": "Canberra",
    "悉尼": "Sydney",
    "惠灵顿": "Wellington",
    "渥太华": "Ottawa",
    "巴西利亚": "Brasilia",
    "里约热内卢": "Rio de Janeiro",
    "布宜诺斯艾利斯": "Buenos Aires",
    "墨西哥城": "Mexico City",
    "利马": "Lima",
    "开罗": "Cairo",
    "约翰内斯堡": "Johannesburg",
    "比勒陀利亚": "Pretoria",
    "内罗毕": "Nairobi",
    "亚的斯亚贝巴": "Addis Ababa",
    "阿布扎比": "Abu Dhabi",
    "迪拜": "Dubai",
    "利雅得": "Riyadh",
    "多哈": "Doha",
    "德黑兰": "Tehran",
}
_COUNTRY_EXTRA = {
    "中国": "China",
    "中國": "China",
    "中华人民共和国": "China",
    "中華人民共和國": "China",
    "美国": "United States",
    "美國": "United States",
    "俄罗斯": "Russia",
    "俄羅斯": "Russia",
    "俄罗斯联邦": "Russia",
    "韩国": "South Korea",
    "韓國": "South Korea",
    "大韩民国": "South Korea",
    "朝鲜": "North Korea",
    "北韩": "North Korea",
    "英国": "United Kingdom",
    "英國": "United Kingdom",
    "越南": "Vietnam",
    "老挝": "Laos",
    "伊朗": "Iran",
    "叙利亚": "Syria",
    "委内瑞拉": "Venezuela",
    "玻利维亚": "Bolivia",
    "坦桑尼亚": "Tanzania",
    "印尼": "Indonesia",
    "沙特": "Saudi Arabia",
    "沙特阿拉伯": "Saudi Arabia",
    "阿联酋": "United Arab Emirates",
    "澳大利亚": "Australia",
    "澳洲": "Australia",
    "新西兰": "New Zealand",
    "纽西兰": "New Zealand",
    "欧盟": "EU",
    "歐盟": "EU",
    "东盟": "ASEAN",
    "東盟": "ASEAN",
    "联合国": "United Nations",
    "聯合國": "United Nations",
    "台湾": "Taiwan",
    "台灣": "Taiwan",
}
# Countries by one character, as headlines pair them: "中美元首会晤", "中日关系".
_SHORT = {
    "中": "China",
    "美": "United States",
    "日": "Japan",
    "俄": "Russia",
    "韩": "South Korea",
    "韓": "South Korea",
    "朝": "North Korea",
    "英": "United Kingdom",
    "法": "France",
    "德": "Germany",
    "印": "India",
    "澳": "Australia",
    "越": "Vietnam",
    "欧": "EU",
    "歐": "EU",
}
# What a pair of them is said before: "中美关系", "中日外长会谈", "中俄两国".
_PAIR_AFTER = (
    r"(?=关系|關係|元首|首脑|外长|外長|两国|兩國|领导人|會談|会谈|会晤|會晤|战略|合作|友好)"
)
_PUNCTUATION = {
    "，": ", ",
    "、": ", ",
    "。": ". ",
    "；": "; ",
    "：": ": ",
    "（": " (",
    "）": ") ",
    "“": '"',
    "”": '"',
    "《": '"',
    "》": '"',
    "·": " ",
    "！": "! ",
    "？": "? ",
}


def _all_names() -> dict[str, str]:
    """Chinese and foreign names, and Japan's Prime Ministers and Foreign Ministers in the
    characters Chinese writes them in too."""
    names = {simplified(k): v for k, v in japanese.NAMES.items()}
    names.update(_NAMES)
    return names


def _countries() -> dict[str, str]:
    names = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    out: dict[str, str] = {}
    for country in pycountry.countries:
        english = getattr(country, "common_name", country.name)
        local = names.gettext(country.name)
        if local and local != country.name and not local.isascii() and len(local) > 1:
            out[local] = english
    out.update(_COUNTRY_EXTRA)
    return out


_DATE = re.compile(r"(?P<y>\d{4})年(?P<mo>\d{1,2})月(?P<d>\d{1,2})日")
_CLOCK = re.compile(
    r"(?P<half>上午|下午|晚上|中午|凌晨)?(?P<h>\d{1,2})(?:时|時|点|點)"
    r"(?:(?P<m>\d{1,2})分|(?P<half_hour>半))?(?:许|許|左右)?"
)


def _date(found: str) -> str:
    m = _DATE.fullmatch(found)
    if m is None or not 1 <= int(m["mo"]) <= 12:
        return found
    return in_english(int(m["d"]), int(m["mo"]), m["y"], on=False)


def _month_day(found: str) -> str:
    m = re.fullmatch(r"(\d{1,2})月(\d{1,2})日", found)
    if m is None or not 1 <= int(m.group(1)) <= 12:
        return found
    return f"on {MONTH_NAMES[int(m.group(1)) - 1]} {int(m.group(2))}"


def _clock(found: str) -> str:
    m = _CLOCK.fullmatch(found)
    if m is None or int(m["h"]) > 24:
        return found
    minutes = 30 if m["half_hour"] else int(m["m"] or 0)
    hour = int(m["h"])
    said = f"{hour}:{minutes:02d}"
    if m["half"] in ("下午", "晚上") and hour < 12:
        said += " p.m."
    elif m["half"] in ("上午", "凌晨"):
        said += " a.m."
    elif m["half"] == "中午":
        said += " p.m." if hour < 3 else ""
    return f"at {said}"


def _length(found: str) -> str:
    m = re.fullmatch(
        r"(?P<about>约|約|大约|近)?(?P<n>\d+)(?P<unit>分钟|分鐘|个小时|小时|小時)", found
    )
    if m is None:
        return found
    unit = "minutes" if m["unit"].startswith("分") else "hours"
    return f"for {'about ' if m['about'] else ''}{m['n']} {unit}"


def month_of(text: str) -> int:
    """The month of the first "M月D日" in the text (a dateline's), 0 when none: a bare "9日"
    later in the text is a day of it."""
    for m in re.finditer(
        r"(?<!\d)(?:\d{4}[-/.年])?(\d{1,2})(?:月|[-/.])(\d{1,2})(?:日|(?!\d))", text[:4000]
    ):
        if 1 <= int(m.group(1)) <= 12:
            return int(m.group(1))
    return 0


@cache
def rules(month: int = 0) -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], English], ...]]:
    """Chinese phrases as one pattern (matched anywhere), and each with what it reads as; a
    bare day ("9日") is read as a day of ``month`` when it is given."""
    countries = _countries()
    country_names = sorted(countries, key=len, reverse=True)
    country = "|".join(re.escape(n) for n in country_names)
    short = "".join(_SHORT)
    offices = dict(_OFFICES)
    office = "|".join(re.escape(o) for o, _ in _OFFICES)
    every_name = _all_names()
    names = "|".join(re.escape(n) for n in sorted(every_name, key=len, reverse=True))
    cities = "|".join(re.escape(c) for c in sorted(_CITIES, key=len, reverse=True))
    venues = "|".join(re.escape(v) for v in sorted(_VENUES, key=len, reverse=True))
    verb = "|".join(f"(?:{v})" for v, _ in _WITH_VERBS)

    def country_of(found: str) -> str:
        for name in country_names:
            if found.startswith(name):
                return countries[name]
        return found

    def pair(found: str) -> str:  # "中美" -> "China-United States"
        return "-".join(_SHORT[c] for c in found)

    def inner(found: str) -> str:
        one, each = rules(month)
        out: list[str] = []
        done = 0
        for m in one.finditer(found):
            said = next(
                (
                    e
                    for p, e in each
                    if p.fullmatch(m.group(0))
                    or (
                        "(?=" in p.pattern
                        and (f := p.match(found, m.start()))
                        and f.end() == m.end()
                    )
                ),
                m.group(0),
            )
            english = said if isinstance(said, str) else said(m.group(0))
            out.append(found[done : m.start()])
            if "".join(out).strip() and english[:1] not in " ,.":
                out.append(" ")
            out.append(english)
            done = m.end()
        out.append(found[done:])
        return re.sub(r"\s+", " ", "".join(out)).strip()

    def with_verb(found: str) -> str:  # "同美国总统特朗普举行会谈" -> "held talks with ..."
        m = re.fullmatch(rf"(?:同|与|和)(?P<who>.+?)(?P<verb>{verb})", found)
        if m is None:
            return found
        said = next(e for v, e in _WITH_VERBS if re.fullmatch(v, m["verb"]))
        return f" {said} with {inner(m['who'])} "

    def named(found: str) -> str:  # "特朗普总统" -> "President Donald Trump"
        for name in sorted(every_name, key=len, reverse=True):
            if found.startswith(name):
                return f"{offices[found[len(name) :]]} {every_name[name]}"
        return found

    def wire(found: str) -> str:  # "新华社北京11月9日电" -> "Beijing, November 9 (Xinhua) --"
        m = re.fullmatch(
            rf"(?:新华社|新華社)(?P<city>{cities})(?P<md>\d{{1,2}}月\d{{1,2}}日)电", found
        )
        if m is None:
            return found
        return f"{_CITIES[m['city']]}, {_month_day(m['md']).removeprefix('on ')} (Xinhua) -- "

    def bare_day(found: str) -> str:
        day = int(re.sub(r"\D", "", found))
        if not month or not 1 <= day <= 31:
            return " "
        return f" on {MONTH_NAMES[month - 1]} {day} "

    def place(found: str) -> str:  # "在北京" -> "in Beijing"; "在巴黎爱丽舍宫" -> "at the ..."
        m = re.fullmatch(
            rf"在(?:{country})?(?:首都)?(?P<city>{cities})?(?P<venue>{venues})?", found
        )
        if m is None or not (m["city"] or m["venue"]):
            return found
        if m["venue"] and m["city"]:
            return f" at {_VENUES[m['venue']]} in {_CITIES[m['city']]} "
        if m["venue"]:
            return f" at {_VENUES[m['venue']]} "
        return f" in {_CITIES[m['city']]} "

    each: list[tuple[str, English]] = [
        (rf"(?:新华社|新華社)(?:{cities})\d{{1,2}}月\d{{1,2}}日电", wire),
        (r"\d{4}年\d{1,2}月\d{1,2}日", _date),
        (r"(?<!\d)\d{1,2}月\d{1,2}日", _month_day),
        (r"(?<![\d月])\d{1,2}日(?=[^\d本电電]|$)", bare_day),
        (
            r"(?:上午|下午|晚上|中午|凌晨)?\d{1,2}(?:时|時|点|點)(?:\d{1,2}分|半)?(?:许|許|左右)?",
            _clock,
        ),
        (r"(?:约|約|大约|近)?\d+(?:分钟|分鐘|个小时|小时|小時)", _length),
        (rf"(?:同|与|和)(?:(?!同|与|和|。|，)[^。；]){{1,40}}?(?:{verb})", with_verb),
        (rf"(?:{names})(?:{office})", named),
        (rf"[{short}]{{2}}{_PAIR_AFTER}", pair),
        # "在马来西亚吉隆坡": the country before the city is part of where.
        (rf"在(?:(?:{country})?(?:首都)?(?:{cities})(?:{venues})?|{venues})", place),
        *((re.escape(v), e) for v, e in _VENUES.items()),
        *((re.escape(c), e) for c, e in _CITIES.items()),
        *((re.escape(n), e) for n, e in every_name.items()),
        *((re.escape(k), e) for k, e in _KINDS),
        *((re.escape(o), e) for o, e in _OFFICES),
        (rf"(?:{country})", country_of),
        *((re.escape(p), e) for p, e in _PUNCTUATION.items()),
    ]
    known = "|".join(f"(?:{p})" for p, _ in each)
    # Characters the table does not know, up to the next phrase it knows.
    each.append((rf"(?:(?!{known})[\u3007\u4e00-\u9fff])+", " … "))
    one = re.compile("|".join(f"(?:{p})" for p, _ in each))
    return one, tuple((re.compile(p), e) for p, e in each)
