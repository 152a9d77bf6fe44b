"""Readouts in Hindi, read through English phrase by phrase.

India's Press Information Bureau and ministries publish every readout in Hindi beside the
English one. Hindi puts "of" after its noun ("जापान के प्रधानमंत्री", Japan's Prime Minister)
and the verb last, so the reading drops the postposition and keeps the words in their order:
"Japan Prime Minister Fumio Kishida", which the rules for people read as English writes it.
Dates ("12 मई 2024"), offices, countries, the leaders readouts name most, and the kinds of
meeting ("मुलाकात की", "टेलीफोन पर बात की", "के इतर") are read; whatever the table does not
know reads as an ellipsis. The text stored is the page's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from summit_tui.core.importer.scripts import in_english, month_named, written_in

English = str | Callable[[str], str]

_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
MIN_DEVANAGARI = 100  # letters in the first 4,000 characters that make a text Hindi
_DIGITS = str.maketrans("०१२३४५६७८९।", "0123456789.")


def is_hindi(text: str) -> bool:
    """The text is written in Devanagari: more words in it than in Latin letters."""
    return written_in(text, _DEVANAGARI, MIN_DEVANAGARI)


def has_devanagari(line: str) -> bool:
    """The line has Devanagari letters in it."""
    return bool(_DEVANAGARI.search(line))


def with_digits(line: str) -> str:
    """The line with Devanagari digits as digits and the danda as a full stop, character
    for character."""
    return line.translate(_DIGITS)


_MONTHS = (
    ("जनवरी", 1),
    ("फरवरी|फ़रवरी", 2),
    ("मार्च", 3),
    ("अप्रैल", 4),
    ("मई", 5),
    ("जून", 6),
    ("जुलाई", 7),
    ("अगस्त", 8),
    ("सितंबर|सितम्बर", 9),
    ("अक्टूबर|अक्तूबर", 10),
    ("नवंबर|नवम्बर", 11),
    ("दिसंबर|दिसम्बर", 12),
)
_NAMES = (
    ("नरेन्द्र मोदी|नरेंद्र मोदी|मोदी", "Narendra Modi"),
    ("डॉ. एस. जयशंकर|डॉ एस जयशंकर|एस. जयशंकर|एस जयशंकर|जयशंकर", "Subrahmanyam Jaishankar"),
    ("द्रौपदी मुर्मु|द्रौपदी मुर्मू", "Droupadi Murmu"),
    ("राम नाथ कोविंद|रामनाथ कोविंद", "Ram Nath Kovind"),
    ("मनमोहन सिंह", "Manmohan Singh"),
    ("सुषमा स्वराज", "Sushma Swaraj"),
    ("व्लादिमीर पुतिन|पुतिन", "Vladimir Putin"),
    ("जो बाइडेन|जो बाइडन|बाइडेन|बाइडन", "Joe Biden"),
    ("डोनाल्ड ट्रंप|डोनाल्ड ट्रम्प|ट्रंप|ट्रम्प", "Donald Trump"),
    ("बराक ओबामा|ओबामा", "Barack Obama"),
    ("शी जिनपिंग|शी चिनफिंग", "Xi Jinping"),
    ("इमैनुएल मैक्रों|इमैनुएल मैक्रॉन|मैक्रों", "Emmanuel Macron"),
    ("ऋषि सुनक|सुनक", "Rishi Sunak"),
    ("कीर स्टार्मर|स्टार्मर", "Keir Starmer"),
    ("फुमियो किशिदा|किशिदा", "Fumio Kishida"),
    ("शिंजो आबे|आबे", "Shinzo Abe"),
    ("शिगेरु इशिबा|इशिबा", "Shigeru Ishiba"),
    ("एंथनी अल्बनीज़|एंथनी अल्बनीज|अल्बनीज़|अल्बनीज", "Anthony Albanese"),
    ("ओलाफ शोल्ज़|ओलाफ शोल्ज|शोल्ज़|शोल्ज", "Olaf Scholz"),
    ("एंजेला मर्केल|मर्केल", "Angela Merkel"),
    ("जॉर्जिया मेलोनी|मेलोनी", "Giorgia Meloni"),
    ("जस्टिन ट्रूडो|ट्रूडो", "Justin Trudeau"),
    ("मार्क कार्नी|कार्नी", "Mark Carney"),
    ("शेख हसीना", "Sheikh Hasina"),
    ("वोलोदिमिर ज़ेलेंस्की|ज़ेलेंस्की|जेलेंस्की", "Volodymyr Zelensky"),
    ("रजब तैयब एर्दोगन|एर्दोगन", "Recep Tayyip Erdoğan"),
    ("मोहम्मद बिन सलमान", "Mohammed bin Salman"),
    ("मोहम्मद बिन जायद|मोहम्मद बिन ज़ायद", "Mohamed bin Zayed"),
    ("एंटनी ब्लिंकन|ब्लिंकन", "Antony Blinken"),
    ("सर्गेई लावरोव|लावरोव", "Sergey Lavrov"),
    ("एंटोनियो गुटेरेस|गुटेरेस", "António Guterres"),
    ("लूला दा सिल्वा|लूला", "Luiz Inácio Lula da Silva"),
    ("प्रबोवो सुबियांतो|प्रबोवो", "Prabowo Subianto"),
    ("जोको विडोडो", "Joko Widodo"),
)
_OFFICES = (
    ("प्रधानमंत्री|प्रधान मंत्री", "Prime Minister"),
    ("उपराष्ट्रपति", "Vice President"),
    ("राष्ट्रपति", "President"),
    ("विदेश मंत्री|विदेशमंत्री", "Foreign Minister"),
    ("चांसलर", "Chancellor"),
    ("युवराज|क्राउन प्रिंस", "Crown Prince"),
    ("महासचिव", "Secretary-General"),
    ("राजा|महामहिम राजा", "King"),
    ("मंत्री", "Minister"),
)
_COUNTRIES = (
    ("भारत", "India"),
    ("संयुक्त राज्य अमेरिका|अमेरिका|अमरीका", "United States"),
    ("चीन", "China"),
    ("जापान", "Japan"),
    ("रूस", "Russia"),
    ("फ्रांस", "France"),
    ("जर्मनी", "Germany"),
    ("यूनाइटेड किंगडम|ब्रिटेन", "United Kingdom"),
    ("ऑस्ट्रेलिया", "Australia"),
    ("कनाडा", "Canada"),
    ("इटली", "Italy"),
    ("नेपाल", "Nepal"),
    ("बांग्लादेश", "Bangladesh"),
    ("श्रीलंका", "Sri Lanka"),
    ("भूटान", "Bhutan"),
    ("मालदीव", "Maldives"),
    ("इंडोनेशिया", "Indonesia"),
    ("सिंगापुर", "Singapore"),
    ("वियतनाम", "Vietnam"),
    ("मलेशिया", "Malaysia"),
    ("थाईलैंड", "Thailand"),
    ("फिलीपींस", "Philippines"),
    ("सऊदी अरब", "Saudi Arabia"),
    ("संयुक्त अरब अमीरात|यूएई", "United Arab Emirates"),
    ("ईरान", "Iran"),
    ("इज़राइल|इजराइल|इस्राइल", "Israel"),
    ("मिस्र", "Egypt"),
    ("ब्राज़ील|ब्राजील", "Brazil"),
    ("दक्षिण अफ्रीका", "South Africa"),
    ("यूक्रेन", "Ukraine"),
    ("दक्षिण कोरिया|कोरिया गणराज्य", "South Korea"),
    ("न्यूज़ीलैंड|न्यूजीलैंड", "New Zealand"),
    ("यूरोपीय संघ", "EU"),
    ("संयुक्त राष्ट्र", "United Nations"),
)
_CITIES = (
    ("नई दिल्ली", "New Delhi"),
    ("हैदराबाद हाउस", "Hyderabad House"),
    ("राष्ट्रपति भवन", "Rashtrapati Bhavan"),
    ("मुंबई", "Mumbai"),
    ("वाशिंगटन", "Washington"),
    ("मॉस्को", "Moscow"),
    ("टोक्यो", "Tokyo"),
    ("बीजिंग", "Beijing"),
    ("पेरिस", "Paris"),
    ("लंदन", "London"),
    ("बर्लिन", "Berlin"),
    ("न्यूयॉर्क", "New York"),
)
_PHRASES = (
    (
        "टेलीफोन पर बात की|टेलीफोन पर बातचीत की|फोन पर बात की|फोन पर बातचीत की|फ़ोन पर बात की"
        "|टेलीफोन वार्ता|फोन कॉल",
        "held a telephone call",
    ),
    ("वीडियो कॉन्फ्रेंसिंग|वर्चुअल", "video conference"),
    ("द्विपक्षीय बैठक|द्विपक्षीय वार्ता", "bilateral meeting"),
    ("शिखर सम्मेलन|शिखर बैठक", "summit"),
    ("मुलाकात की|से मुलाकात की|भेंट की|से मिले|मिले", "met"),
    ("मुलाकात|भेंट|बैठक", "meeting"),
    ("वार्ता|बातचीत", "talks"),
    ("के इतर|से इतर", "on the sidelines of"),
    ("आज", "today"),
    ("के साथ|से", "with"),
    ("और", "and"),
    ("में", "in"),
    ("के|की|का|ने|को", ""),
)


def _date(found: str) -> str:
    m = re.fullmatch(r"(?P<d>\d{1,2})\s+(?P<mo>\S+)(?:,?\s+(?P<y>(?:19|20)\d\d))?", found.strip())
    if m is None or not (month := month_named(m["mo"], _MONTHS)):
        return found
    return in_english(int(m["d"]), month, m["y"])


@cache
def rules() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], English], ...]]:
    """Hindi phrases as one pattern (whole words), and each with what it reads as."""
    month = "|".join(n for names, _ in _MONTHS for n in names.split("|"))

    def named(found: str) -> str:  # a name read as English writes it, then a comma
        return next(e for p, e in _NAMES if re.fullmatch(p, found)) + ","

    cities = "|".join(p for p, _ in _CITIES)

    def where(found: str) -> str:  # "नई दिल्ली में हैदराबाद हाउस में" -> "at ... in New Delhi"
        places = [
            next(e for p, e in _CITIES if re.fullmatch(p, part.strip()))
            for part in re.split(r"\s*में\s*", found)
            if part.strip()
        ]
        if len(places) == 2:
            return f"at {places[1]} in {places[0]},"
        return f"in {places[0]},"

    each: list[tuple[str, English]] = [
        (rf"(?:(?:{cities})\s+में\s+)?(?:{cities})\s+में", where),
        (rf"\d{{1,2}}\s+(?:{month})(?:,?\s+(?:19|20)\d\d)?", _date),
        # "श्री नरेन्द्र मोदी": the honorific "Shri" is no part of the name.
        (r"श्री|श्रीमती|महामहिम", ""),
        *((p, named) for p, _ in _NAMES),
        *_CITIES,
        *_COUNTRIES,
        *_OFFICES,
        *_PHRASES,
    ]
    known = "|".join(f"(?:{p})" for p, _ in each)
    # Words the table does not know, up to the next word it knows; Devanagari's vowel signs
    # are marks, not letters, so words end at a space or a stop, not at \w.
    each.append((rf"(?:(?!(?:{known})(?=[\s,.।]|$))[\u0900-\u097f]+\s*)+", " … "))
    one = re.compile(
        r"(?<![\u0900-\u097f\w])(?:" + "|".join(f"(?:{p})" for p, _ in each) + r")(?=[\s,.।:;)(]|$)"
    )
    return one, tuple((re.compile(p), e) for p, e in each)
