"""Readouts in Thai, read through English phrase by phrase.

Thailand's Government House and foreign ministry write readouts in Thai first. Thai writes no
spaces between words, so, as for Japanese and Chinese, the reading is a table of phrases
matched anywhere: dates in the Buddhist era ("12 พฤษภาคม 2567" is 12 May 2024), Thai digits,
offices, countries, cities and venues, the leaders and ministers readouts name most, and
the kinds of meeting ("หารือ", "ทางโทรศัพท์"). Whatever the table does not know reads as an
ellipsis; the text stored is the page's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from summit_tui.core.importer.scripts import in_english

English = str | Callable[[str], str]

_THAI = re.compile(r"[\u0e01-\u0e5b]")
_LATIN_WORD = re.compile(r"\b[A-Za-z]{2,}\b")
MIN_THAI = 100
_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
BUDDHIST_ERA = 543  # years the Thai calendar counts ahead of the common era


def is_thai(text: str) -> bool:
    """The text is written in Thai: more Thai letters than Latin words."""
    head = text[:4000]
    thai = len(_THAI.findall(head))
    return thai >= MIN_THAI and thai > 3 * len(_LATIN_WORD.findall(head))


def has_thai(line: str) -> bool:
    """The line has Thai letters in it."""
    return bool(_THAI.search(line))


def with_digits(line: str) -> str:
    """The line with Thai digits as digits, character for character."""
    return line.translate(_DIGITS)


_MONTHS = (
    ("มกราคม|ม\\.ค\\.", 1),
    ("กุมภาพันธ์|ก\\.พ\\.", 2),
    ("มีนาคม|มี\\.ค\\.", 3),
    ("เมษายน|เม\\.ย\\.", 4),
    ("พฤษภาคม|พ\\.ค\\.", 5),
    ("มิถุนายน|มิ\\.ย\\.", 6),
    ("กรกฎาคม|ก\\.ค\\.", 7),
    ("สิงหาคม|ส\\.ค\\.", 8),
    ("กันยายน|ก\\.ย\\.", 9),
    ("ตุลาคม|ต\\.ค\\.", 10),
    ("พฤศจิกายน|พ\\.ย\\.", 11),
    ("ธันวาคม|ธ\\.ค\\.", 12),
)
_NAMES = {
    "แพทองธาร ชินวัตร": "Paetongtarn Shinawatra",
    "แพทองธาร": "Paetongtarn Shinawatra",
    "เศรษฐา ทวีสิน": "Srettha Thavisin",
    "เศรษฐา": "Srettha Thavisin",
    "ประยุทธ์ จันทร์โอชา": "Prayut Chan-o-cha",
    "ประยุทธ์": "Prayut Chan-o-cha",
    "อนุทิน ชาญวีรกูล": "Anutin Charnvirakul",
    "อนุทิน": "Anutin Charnvirakul",
    "มาริษ เสงี่ยมพงษ์": "Maris Sangiampongsa",
    "ดอน ปรมัตถ์วินัย": "Don Pramudwinai",
    "ปานปรีย์ พหิทธานุกร": "Parnpree Bahiddha-nukara",
    "สี จิ้นผิง": "Xi Jinping",
    "หลี่ เฉียง": "Li Qiang",
    "หวัง อี้": "Wang Yi",
    "โจ ไบเดน": "Joe Biden",
    "โดนัลด์ ทรัมป์": "Donald Trump",
    "ฟูมิโอะ คิชิดะ": "Fumio Kishida",
    "คิชิดะ": "Fumio Kishida",
    "ชิเงรุ อิชิบะ": "Shigeru Ishiba",
    "อันวาร์ อิบราฮิม": "Anwar Ibrahim",
    "อันวาร์": "Anwar Ibrahim",
    "ฮุน มาเนต": "Hun Manet",
    "ฮุน เซน": "Hun Sen",
    "ลอว์เรนซ์ หว่อง": "Lawrence Wong",
    "ปราโบโว": "Prabowo Subianto",
    "โจโก วิโดโด": "Joko Widodo",
    "มาร์กอส": "Ferdinand Marcos Jr.",
    "ฝ่าม มิญ จิ๋ญ": "Pham Minh Chinh",
    "นเรนทรา โมดี": "Narendra Modi",
    "โมดี": "Narendra Modi",
    "วลาดิมีร์ ปูติน": "Vladimir Putin",
    "ปูติน": "Vladimir Putin",
    "เอ็มมานูเอล มาครง": "Emmanuel Macron",
    "มาครง": "Emmanuel Macron",
    "แอนโทนี อัลบาเนซี": "Anthony Albanese",
    "ยุน ซอก-ยอล": "Yoon Suk Yeol",
}
_OFFICES = (
    ("รัฐมนตรีว่าการกระทรวงการต่างประเทศ", "Foreign Minister"),
    ("รัฐมนตรีต่างประเทศ", "Foreign Minister"),
    ("รองนายกรัฐมนตรี", "Deputy Prime Minister"),
    ("นายกรัฐมนตรี", "Prime Minister"),
    ("ประธานาธิบดี", "President"),
    ("รองประธานาธิบดี", "Vice President"),
    ("มกุฎราชกุมาร", "Crown Prince"),
    ("สมเด็จพระราชาธิบดี|สมเด็จพระเจ้าอยู่หัว|กษัตริย์", "King"),
    ("เลขาธิการอาเซียน", "ASEAN Secretary-General"),
    ("รัฐมนตรี", "Minister"),
)
_COUNTRIES = (
    ("ประเทศไทย|ไทย", "Thailand"),
    ("สาธารณรัฐประชาชนจีน|จีน", "China"),
    ("ญี่ปุ่น", "Japan"),
    ("สหรัฐอเมริกา|สหรัฐฯ|สหรัฐ", "United States"),
    ("เกาหลีใต้|สาธารณรัฐเกาหลี", "South Korea"),
    ("อินเดีย", "India"),
    ("ออสเตรเลีย", "Australia"),
    ("ฝรั่งเศส", "France"),
    ("เยอรมนี", "Germany"),
    ("สหราชอาณาจักร|อังกฤษ", "United Kingdom"),
    ("รัสเซีย", "Russia"),
    ("มาเลเซีย", "Malaysia"),
    ("สิงคโปร์", "Singapore"),
    ("อินโดนีเซีย", "Indonesia"),
    ("เวียดนาม", "Vietnam"),
    ("กัมพูชา", "Cambodia"),
    ("สปป\\. ลาว|ลาว", "Laos"),
    ("เมียนมา", "Myanmar"),
    ("ฟิลิปปินส์", "Philippines"),
    ("บรูไน", "Brunei"),
    ("สหภาพยุโรป", "EU"),
    ("อาเซียน", "ASEAN"),
)
_PLACES = (
    ("ทำเนียบรัฐบาล", "Government House"),
    ("กรุงเทพมหานคร|กรุงเทพฯ", "Bangkok"),
    ("กรุงปักกิ่ง|ปักกิ่ง", "Beijing"),
    ("กรุงโตเกียว|โตเกียว", "Tokyo"),
    ("กรุงวอชิงตัน|วอชิงตัน", "Washington"),
    ("กรุงพนมเปญ|พนมเปญ", "Phnom Penh"),
    ("กรุงจาการ์ตา|จาการ์ตา", "Jakarta"),
    ("กรุงเวียงจันทน์|เวียงจันทน์", "Vientiane"),
    ("กัวลาลัมเปอร์", "Kuala Lumpur"),
    ("กรุงฮานอย|ฮานอย", "Hanoi"),
    ("กรุงมะนิลา|มะนิลา", "Manila"),
    ("กรุงนิวเดลี|นิวเดลี", "New Delhi"),
)
_PHRASES = (
    ("สนทนาทางโทรศัพท์|หารือทางโทรศัพท์|ทางโทรศัพท์|โทรศัพท์", "held a telephone call"),
    ("ผ่านระบบการประชุมทางไกล|ผ่านระบบวิดีโอ|ประชุมทางไกล", "video conference"),
    ("การประชุมทวิภาคี|ประชุมทวิภาคี|หารือทวิภาคี", "held a bilateral meeting"),
    ("เข้าเยี่ยมคารวะ|เข้าพบ", "called on"),
    ("ให้การต้อนรับ|ต้อนรับ", "received"),
    ("พบหารือ|พบปะหารือ|หารือ", "held talks"),
    ("การประชุมสุดยอด", "summit"),
    ("ระหว่างการเข้าร่วม|ในโอกาสเข้าร่วม|ในห้วงการประชุม", "on the sidelines of"),
    ("วันนี้", "today"),
    ("กับ", " with "),
    ("ณ|ที่", " at "),
)


def _date(found: str) -> str:
    m = re.fullmatch(r"(?:วันที่\s*)?(?P<d>\d{1,2})\s*(?P<mo>\S+?)\s*(?P<y>\d{2,4})?", found.strip())
    if m is None:
        return found
    month = next((n for names, n in _MONTHS if re.fullmatch(names, m["mo"])), 0)
    if not month:
        return found
    if not m["y"]:
        return in_english(int(m["d"]), month)
    year = int(m["y"])
    year = year + 2500 if year < 100 else year  # "พ.ค. 67": 2567 in the Buddhist era
    return in_english(int(m["d"]), month, year - BUDDHIST_ERA)


@cache
def rules() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], English], ...]]:
    """Thai phrases as one pattern (matched anywhere), and each with what it reads as."""
    month = "|".join(names for names, _ in _MONTHS)
    names = "|".join(re.escape(n) for n in sorted(_NAMES, key=len, reverse=True))
    offices = "|".join(p for p, _ in _OFFICES)
    countries = "|".join(p for p, _ in _COUNTRIES)

    def of_country(found: str) -> str:  # "นายกรัฐมนตรีญี่ปุ่น" -> "Japan Prime Minister"
        office = next(e for p, e in _OFFICES if re.match(p, found))
        rest = re.sub(rf"^(?:{offices})(?:แห่ง)?", "", found)
        country = next((e for p, e in _COUNTRIES if re.fullmatch(p, rest)), "")
        return f" {country} {office} "

    each: list[tuple[str, English]] = [
        (rf"(?:วันที่\s*)?\d{{1,2}}\s*(?:{month})\s*(?:\d{{4}}|\d{{2}}(?!\d))?", _date),
        (rf"(?:{offices})(?:แห่ง)?(?:{countries})", of_country),
        (names, lambda found: f" {_NAMES[found]}, "),
        *((p, f" {e} ") for p, e in _OFFICES),
        *((p, f" {e} ") for p, e in _PLACES),
        *((p, f" {e} ") for p, e in _COUNTRIES),
        *_PHRASES,
    ]
    known = "|".join(f"(?:{p})" for p, _ in each)
    each.append((rf"(?:(?!(?:{known}))[\u0e01-\u0e5b])+", " … "))
    one = re.compile("|".join(f"(?:{p})" for p, _ in each))
    return one, tuple((re.compile(p), e) for p, e in each)
