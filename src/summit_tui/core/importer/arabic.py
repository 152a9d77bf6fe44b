"""Readouts in Arabic, read through English phrase by phrase.

Gulf, Levantine and Egyptian news agencies and ministries write readouts in Arabic first.
Arabic joins "and", "with" and "to" to the word after them ("والرئيس", "بالرئيس") and writes
its vowels only now and then, so every phrase of the table takes those prefixes and any vowel
marks; Arabic-Indic digits are read as digits. Dates ("12 مايو 2024", "12 أيار 2024"), the
kinds of meeting ("اتصالا هاتفيا", "استقبل", "على هامش"), offices, countries and their
adjectives, capitals, and the leaders readouts name most are read; whatever the table does
not know reads as an ellipsis. The text stored is the page's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from summit_tui.core.importer.scripts import in_english, written_in

English = str | Callable[[str], str]

_ARABIC = re.compile(r"[\u0621-\u064a]")
MIN_ARABIC = 100  # Arabic letters in the first 4,000 characters that make a text Arabic
_MARKS = "[\u064b-\u0652\u0640]*"  # vowel marks and the stretching stroke, written or not
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹،؛؟", "01234567890123456789,;?")


def is_arabic(text: str) -> bool:
    """The text is written in Arabic: more words in its script than in Latin letters."""
    return written_in(text, _ARABIC, MIN_ARABIC)


def has_arabic(line: str) -> bool:
    """The line has Arabic letters in it."""
    return bool(_ARABIC.search(line))


def with_digits(line: str) -> str:
    """The line with Arabic-Indic digits as digits and Arabic commas as commas, character
    for character."""
    return line.translate(_DIGITS)


def _loose(phrase: str) -> str:
    """A phrase as a pattern that takes vowel marks anywhere and alef, ya and ta marbuta in
    any of their written forms."""
    out = []
    for c in phrase:
        if c in "اأإآ":
            out.append("[اأإآ]")
        elif c in "يى":
            out.append("[يى]")
        elif c in "ةه":
            out.append("[ةه]")
        elif c == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(c))
        if c != " ":
            out.append(_MARKS)
    return "".join(out)


_MONTHS = (
    ("يناير|كانون الثاني", 1),
    ("فبراير|شباط", 2),
    ("مارس|آذار", 3),
    ("أبريل|ابريل|إبريل|نيسان", 4),
    ("مايو|أيار", 5),
    ("يونيو|يونيه|حزيران", 6),
    ("يوليو|يوليه|تموز", 7),
    ("أغسطس|اغسطس|آب", 8),
    ("سبتمبر|أيلول", 9),
    ("أكتوبر|اكتوبر|تشرين الأول", 10),
    ("نوفمبر|تشرين الثاني", 11),
    ("ديسمبر|كانون الأول", 12),
)
_NAMES = (
    ("محمد بن سلمان", "Mohammed bin Salman"),
    ("سلمان بن عبدالعزيز|سلمان بن عبد العزيز", "Salman bin Abdulaziz"),
    ("فيصل بن فرحان", "Faisal bin Farhan"),
    ("محمد بن زايد", "Mohamed bin Zayed"),
    ("عبدالله بن زايد|عبد الله بن زايد", "Abdullah bin Zayed"),
    ("محمد بن راشد", "Mohammed bin Rashid"),
    ("تميم بن حمد", "Tamim bin Hamad"),
    ("محمد بن عبدالرحمن|محمد بن عبد الرحمن", "Mohammed bin Abdulrahman"),
    ("عبدالله الثاني|عبد الله الثاني", "Abdullah II"),
    ("أيمن الصفدي", "Ayman Safadi"),
    ("عبدالفتاح السيسي|عبد الفتاح السيسي|السيسي", "Abdel Fattah el-Sisi"),
    ("سامح شكري", "Sameh Shoukry"),
    ("بدر عبد العاطي|بدر عبدالعاطي", "Badr Abdelatty"),
    ("هيثم بن طارق", "Haitham bin Tarik"),
    ("حمد بن عيسى", "Hamad bin Isa"),
    ("مشعل الأحمد|مشعل الاحمد", "Mishal Al-Ahmad"),
    ("رجب طيب أردوغان|أردوغان", "Recep Tayyip Erdoğan"),
    ("فلاديمير بوتين|بوتين", "Vladimir Putin"),
    ("دونالد ترامب|ترامب", "Donald Trump"),
    ("جو بايدن|بايدن", "Joe Biden"),
    ("باراك أوباما|أوباما", "Barack Obama"),
    ("شي جين بينغ|شي جينبينغ", "Xi Jinping"),
    ("إيمانويل ماكرون|ماكرون", "Emmanuel Macron"),
    ("أنتوني بلينكن|بلينكن", "Antony Blinken"),
    ("ماركو روبيو|روبيو", "Marco Rubio"),
    ("سيرغي لافروف|لافروف", "Sergey Lavrov"),
    ("ناريندرا مودي|مودي", "Narendra Modi"),
    ("أنطونيو غوتيريش|غوتيريش", "António Guterres"),
    ("مسعود بزشكيان|بزشكيان", "Masoud Pezeshkian"),
    ("محمود عباس", "Mahmoud Abbas"),
    ("بشار الأسد", "Bashar al-Assad"),
    ("أحمد الشرع", "Ahmed al-Sharaa"),
    ("جورجيا ميلوني|ميلوني", "Giorgia Meloni"),
    ("كير ستارمر|ستارمر", "Keir Starmer"),
    ("أولاف شولتس|شولتس", "Olaf Scholz"),
)
_OFFICES = (
    ("خادم الحرمين الشريفين", "King"),
    ("ولي العهد رئيس مجلس الوزراء", "Crown Prince and Prime Minister"),
    ("ولي العهد", "Crown Prince"),
    ("رئيس مجلس الوزراء|رئيس الوزراء|رئيس الحكومة", "Prime Minister"),
    ("نائب رئيس الدولة", "Vice President"),
    ("نائب الرئيس", "Vice President"),
    ("وزير الخارجية|وزير الشؤون الخارجية|وزيرة الخارجية", "Foreign Minister"),
    ("الأمين العام", "Secretary-General"),
    ("المستشارة|المستشار", "Chancellor"),
    ("رئيس الدولة|الرئيس|رئيس", "President"),
    ("الملك|ملك", "King"),
    ("الأمير", "Prince"),
    ("أمير", "Emir"),
    ("السلطان|سلطان", "Sultan"),
    ("الشيخ", "Sheikh"),
    ("وزير|وزيرة", "Minister"),
)
# Countries, their adjectives (with or without the article) and capitals.
_COUNTRIES = (
    ("المملكة العربية السعودية|السعودية|السعودي", "Saudi Arabia"),
    ("الإمارات العربية المتحدة|الإمارات|الإماراتي", "United Arab Emirates"),
    ("الولايات المتحدة الأمريكية|الولايات المتحدة|الأمريكي|الأميركي", "United States"),
    ("روسيا الاتحادية|روسيا|الروسي", "Russia"),
    ("الصين|الصيني", "China"),
    ("اليابان|الياباني", "Japan"),
    ("فرنسا|الفرنسي", "France"),
    ("المملكة المتحدة|بريطانيا|البريطاني", "United Kingdom"),
    ("ألمانيا|الألماني", "Germany"),
    ("إيطاليا|الإيطالي", "Italy"),
    ("مصر|المصري", "Egypt"),
    ("قطر|القطري", "Qatar"),
    ("الأردن|الأردني", "Jordan"),
    ("الكويت|الكويتي", "Kuwait"),
    ("البحرين|البحريني", "Bahrain"),
    ("سلطنة عمان|العماني", "Oman"),
    ("العراق|العراقي", "Iraq"),
    ("سوريا|سورية|السوري", "Syria"),
    ("لبنان|اللبناني", "Lebanon"),
    ("فلسطين|الفلسطيني", "Palestine"),
    ("تركيا|التركي", "Turkey"),
    ("إيران|الإيراني", "Iran"),
    ("الهند|الهندي", "India"),
    ("باكستان|الباكستاني", "Pakistan"),
    ("المغرب|المغربي", "Morocco"),
    ("الجزائر|الجزائري", "Algeria"),
    ("تونس|التونسي", "Tunisia"),
    ("ليبيا|الليبي", "Libya"),
    ("السودان|السوداني", "Sudan"),
    ("اليمن|اليمني", "Yemen"),
    ("الاتحاد الأوروبي", "EU"),
    ("الأمم المتحدة", "United Nations"),
)
_CITIES = (
    ("الرياض", "Riyadh"),
    ("جدة", "Jeddah"),
    ("نيوم", "Neom"),
    ("أبوظبي|أبو ظبي", "Abu Dhabi"),
    ("دبي", "Dubai"),
    ("الدوحة", "Doha"),
    ("عمان", "Amman"),
    ("القاهرة", "Cairo"),
    ("المنامة", "Manama"),
    ("مسقط", "Muscat"),
    ("بغداد", "Baghdad"),
    ("دمشق", "Damascus"),
    ("بيروت", "Beirut"),
    ("أنقرة", "Ankara"),
    ("طهران", "Tehran"),
    ("موسكو", "Moscow"),
    ("بكين", "Beijing"),
    ("واشنطن", "Washington"),
    ("باريس", "Paris"),
    ("لندن", "London"),
    ("برلين", "Berlin"),
    ("روما", "Rome"),
    ("نيويورك", "New York"),
    ("قصر اليمامة", "Al-Yamamah Palace"),
    ("قصر الاتحادية", "Al-Ittihadiya Palace"),
    ("قصر الوطن", "Qasr Al Watan"),
    ("الديوان الأميري", "the Amiri Diwan"),
)
_PHRASES = (
    (
        "تلقى اتصالا هاتفيا|تلقى اتصالاً هاتفياً|تلقى اتصالا|اتصالا هاتفيا|اتصال هاتفي"
        "|مكالمة هاتفية|اتصالاً هاتفياً|هاتفيا",
        "held a telephone call",
    ),
    ("عبر تقنية الاتصال المرئي|عبر الاتصال المرئي|عبر الفيديو", "by video conference"),
    ("استقبل|يستقبل|استقبال", "received"),
    ("التقى|يلتقي|لقاء", "met"),
    ("اجتمع|اجتماع", "meeting"),
    ("جلسة مباحثات|مباحثات رسمية|مباحثات|محادثات", "talks"),
    ("عقد|عقدا", "held"),
    ("قمة", "summit"),
    ("على هامش", "on the sidelines of"),
    ("اليوم", "today"),
    ("أمس", "yesterday"),
    ("مع", "with"),
    ("في", "in"),
)


def _month(word: str) -> int:
    bare = re.sub(_MARKS, "", word)
    for names, number in _MONTHS:
        if any(re.fullmatch(_loose(n), bare) for n in names.split("|")):
            return number
    return 0


def _date(found: str) -> str:
    m = re.fullmatch(r"(?P<d>\d{1,2})\s+(?P<mo>\D+?)\s*(?P<y>(?:19|20)\d\d)?(?:م)?", found.strip())
    if m is None or not (month := _month(m["mo"].strip())):
        return found
    return in_english(int(m["d"]), month, m["y"])


@cache
def rules() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], English], ...]]:
    """Arabic phrases as one pattern, each with its prefixes and vowel marks, and each with
    what it reads as."""

    def table(rows: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
        return [("|".join(_loose(p) for p in local.split("|")), english) for local, english in rows]

    month = "|".join(_loose(n) for names, _ in _MONTHS for n in names.split("|"))
    each: list[tuple[str, English]] = [
        (rf"\d{{1,2}}\s+(?:{month})(?:\s+(?:19|20)\d\d)?(?:م)?", _date),
        *table(_NAMES),
        *table(_OFFICES),
        *table(_CITIES),
        *table(_COUNTRIES),
        *table(_PHRASES),
    ]
    offices = "|".join(p for p, _ in table(_OFFICES))
    places = "|".join(p for p, _ in table(_COUNTRIES))

    def of_country(found: str) -> str:  # "الرئيس الأمريكي" -> "United States President"
        office = next(e for p, e in table(_OFFICES) if re.match(p, found))
        rest = re.sub(rf"^(?:{offices})\s+", "", found)
        country = next((e for p, e in table(_COUNTRIES) if re.fullmatch(p, rest)), "")
        return f"{country} {office}".strip()

    each.insert(1, (rf"(?:{offices})\s+(?:{places})", of_country))
    cities = "|".join(p for p, _ in table(_CITIES))

    def in_city(found: str) -> str:  # "بالرياض" -> "in Riyadh"
        return "in " + next((e for p, e in table(_CITIES) if re.fullmatch(p, found[1:])), found)

    each.insert(1, (rf"ب(?:{cities})", in_city))
    # A name, then its office: "محمد بن سلمان ولي العهد" reads "Mohammed bin Salman, Crown
    # Prince", the apposition English writes.
    each = [(p, f"{e}," if (p, e) in table(_NAMES) and isinstance(e, str) else e) for p, e in each]
    # "and", "with", "to", "as" joined to the word: "والرئيس", "بالرئيس", "للرئيس".
    prefixed = [(rf"(?:[وفبلك]{{1,2}}(?=ال)|و)?(?:{p})", e) for p, e in each[1:]]
    each = [each[0], *prefixed]
    known = "|".join(f"(?:{p})" for p, _ in each)
    each.append((rf"(?:(?!(?:{known})(?!\w))[\u0621-\u064a\u064b-\u0652\u0640]+\s*)+", " … "))
    one = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p, _ in each) + r")(?!\w)")
    return one, tuple((re.compile(p), e) for p, e in each)
