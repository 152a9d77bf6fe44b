"""Readouts in German, French, Spanish, Portuguese, Indonesian, Turkish and Japanese.

The importer's rules are written for English. A page in one of these languages is read
through a word-for-word rendering of the phrases readouts are made of (months, weekdays,
"today", offices, meeting words, countries and their adjectives) into English, line for line;
the fields found in the rendering are kept, and the text stored is always the page's own.
Japanese, written without spaces, has a table of its own (japanese.py).
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

import pycountry

from summit_tui.core.importer import (
    arabic,
    bengali,
    chinese,
    hindi,
    japanese,
    korean,
    russian,
    thai,
    ukrainian,
)
from summit_tui.core.importer.dates import MONTH_NAMES
from summit_tui.core.reference import countries

LANGUAGES = {
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "id": "Indonesian",
    "ja": "Japanese",
    "tr": "Turkish",
    "it": "Italian",
    "vi": "Vietnamese",
    "ar": "Arabic",
    "hi": "Hindi",
    "bn": "Bengali",
    "uk": "Ukrainian",
    "th": "Thai",
    "zh": "Chinese",
    "ko": "Korean",
    "ru": "Russian",
}

# Words common in any prose of the language, rare in the others.
_COMMON = {
    "en": "the and of with to was were has have that for on by this their",
    "de": "der die das und mit den dem des ist hat sich auf ein eine nicht wurde über",
    "fr": "le la les et avec des du est une au aux pour dans sur qui été entre",
    "es": "el la los las y con del una por para se en que fue sobre entre",
    "pt": "o a os as e com do da dos das em uma para que foi sobre entre não",
    "id": "dan yang dengan di ini untuk dari pada itu dalam akan kedua telah juga",
    "tr": "ve ile bir bu için olarak olan ettiği olduğunu arasındaki üzere iki görüştü ele",
    "it": "il lo gli della delle dei degli nel nella con per che è sono una alla sul tra ha",
    "vi": "và của các cho với là đã trong được này những một có hai về tại hai nước",
}
_COMMON_SETS = {lang: frozenset(common.split()) for lang, common in _COMMON.items()}
_WORDS = re.compile(r"[^\W\d_]+")
MIN_WORDS = 12  # fewer words say too little of their language


def language_of(text: str) -> str:
    """The language a readout is written in ("en" unless another clearly leads)."""
    if japanese.is_japanese(text):
        return "ja"
    if korean.is_korean(text):
        return "ko"
    if chinese.is_chinese(text):
        return "zh"
    if russian.is_russian(text):
        return "ru"
    if ukrainian.is_ukrainian(text):
        return "uk"
    if arabic.is_arabic(text):
        return "ar"
    if hindi.is_hindi(text):
        return "hi"
    if bengali.is_bengali(text):
        return "bn"
    if thai.is_thai(text):
        return "th"
    words = [w.casefold() for w in _WORDS.findall(text[:4000])]
    if len(words) < MIN_WORDS:
        return "en"
    counts = {lang: sum(1 for w in words if w in common) for lang, common in _COMMON_SETS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    # Spanish and Portuguese share many short words: both must beat English plainly.
    if best == "en" or counts[best] < 2 * max(counts["en"], 1):
        return "en"
    return best


_MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
}
_WEEKDAYS = {
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "id": "Senin Selasa Rabu Kamis Jumat Sabtu Minggu",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
_ENGLISH_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Phrases, longest first within a language; a pattern is a regular expression matched with
# word boundaries, case-insensitively unless it opens with a capital.
_PHRASES: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        (r"im Anschluss an", "after"),
        (r"heute", "today"),
        (r"gestern", "yesterday"),
        (r"Bundeskanzler(?:in)?", "Chancellor"),
        (r"Bundespräsident(?:in|en)?", "President"),
        (r"Ministerpräsident(?:in|en)?", "Prime Minister"),
        (r"Premierminister(?:in|s)?", "Prime Minister"),
        (r"Außenminister(?:in|s)?|Aussenminister(?:in|s)?", "Foreign Minister"),
        (r"Präsident(?:in|en)?", "President"),
        (r"Minister(?:in)?", "Minister"),
        (r"Kanzleramt", "Chancellery"),
        (r"hat (?:heute |gestern )?Telefongespräche", "held telephone conversations"),
        (r"Telefongespräche", "telephone conversations"),
        (r"telefonierte|telefoniert|Telefonat|Telefongespräch", "held a telephone call"),
        (r"Videokonferenz", "video conference"),
        (r"trafen sich|traf sich|trifft sich|traf|trifft", "met"),
        (r"empfing|empfängt|empfangen", "received"),
        (r"Treffen|Gespräch", "meeting"),
        (r"Amtskollegen|Amtskollegin|Amtskollege", "counterpart"),
        (r"mit", "with"),
        (r"und", "and"),
        (r"am|im", "at"),
    ),
    "fr": (
        (r"aujourd'hui|aujourd’hui", "today"),
        (r"[Pp]résident(?:e)? de la [Rr]épublique", "President"),
        (r"[Pp]remier [Mm]inistre|[Pp]remière [Mm]inistre", "Prime Minister"),
        # France's own ministry since 2017: no other government names it so.
        (r"ministre de l'Europe et des Affaires étrangères", "French Foreign Minister"),
        (r"ministre des Affaires étrangères", "Foreign Minister"),
        (r"[Pp]résident(?:e)?", "President"),
        (r"[Cc]hancelier|[Cc]hancelière", "Chancellor"),
        (r"ministre", "Minister"),
        (
            r"entretien téléphonique|appel téléphonique|s'est entretenu(?:e)? par téléphone"
            r"|s’est entretenu(?:e)? par téléphone|au téléphone",
            "held a telephone call",
        ),
        (r"visioconférence", "video conference"),
        (r"a reçu|reçoit", "received"),
        # "s'est entretenu avec" is said of calls and meetings alike, as "spoke with" is.
        (
            r"s['’](?:est entretenu(?:e)?|entretient|entretiennent) avec",
            "spoke with",
        ),
        (r"a rencontré|rencontre|ont rencontré", "met with"),
        (r"en marge (?:du|de la|des)", "on the sidelines of"),
        (r"entretien", "meeting"),
        (r"homologues?", "counterpart"),
        (r"avec", "with"),
        (r"et", "and"),
        (r"à", "in"),
    ),
    "es": (
        (r"hoy", "today"),
        (r"ayer", "yesterday"),
        (r"[Pp]residente de la [Rr]epública|[Pp]residenta de la [Rr]epública", "President"),
        (r"[Pp]rimer [Mm]inistro|[Pp]rimera [Mm]inistra", "Prime Minister"),
        (
            r"Ministro de Relaciones Exteriores|Ministra de Relaciones Exteriores"
            r"|Ministro de Asuntos Exteriores|Ministra de Asuntos Exteriores|Canciller",
            "Foreign Minister",
        ),
        (r"[Pp]residente|[Pp]residenta", "President"),
        (r"Ministro|Ministra", "Minister"),
        (
            r"(?:recibió|recibe|recibí) (?:una )?llamada(?: telefónica)? del",
            "received a telephone call from the",
        ),
        (
            r"(?:recibió|recibe|recibí) (?:una )?llamada(?: telefónica)? de",
            "received a telephone call from",
        ),
        (
            r"conversación telefónica|llamada telefónica|plática telefónica|conversó por teléfono"
            r"|habló por teléfono|conversaron por teléfono",
            "held a telephone call",
        ),
        (r"videoconferencia", "video conference"),
        (r"recibió|recibe", "received"),
        (r"se reunió con|se reúne con|se reunieron con", "met with"),
        (r"se reunió|se reunieron", "met"),
        (r"mantuvo una reunión|sostuvo una reunión|mantuvieron una reunión", "held a meeting"),
        (r"reunión bilateral|reunión|encuentro", "meeting"),
        (r"República Bolivariana de Venezuela", "Venezuela"),
        (r"la presidenta|La presidenta|La Presidenta|el presidente|El presidente", "President"),
        (r"(?:a )?su (?:homólog[oa]|par|colega) (?:de la|del|de)", "his counterpart from"),
        (r"homólogos?|homólogas?", "counterpart"),
        (r"su par|su colega", "his counterpart"),
        (r"una hora", "one hour"),
        (r"media hora", "half an hour"),
        (r"minutos", "minutes"),
        (r"horas", "hours"),
        (r"hora", "hour"),
        (r"durante", "for"),
        (r"con", "with"),
        (r"y", "and"),
        (r"en", "in"),
    ),
    "pt": (
        (r"hoje|esta manhã|esta tarde|esta noite", "today"),
        (r"ontem", "yesterday"),
        (r"O Presidente da República|o Presidente da República", "The President"),
        (r"Presidente da República", "President"),
        (r"Presidente do Parlamento Europeu", "President of the European Parliament"),
        (r"Presidente da Comissão Europeia", "President of the European Commission"),
        (r"Presidente do Conselho Europeu", "President of the European Council"),
        (r"jantar de trabalho", "working dinner"),
        (r"almoço de trabalho", "working lunch"),
        (
            r"[Pp]rimeiro-[Mm]inistro|[Pp]rimeira-[Mm]inistra|[Pp]rimeiro [Mm]inistro"
            r"|[Pp]rimeira [Mm]inistra",
            "Prime Minister",
        ),
        (
            r"Ministro das Relações Exteriores|Ministra das Relações Exteriores"
            r"|Ministro dos Negócios Estrangeiros|Chanceler",
            "Foreign Minister",
        ),
        (r"[Pp]residente|[Pp]residenta", "President"),
        (r"Ministro|Ministra", "Minister"),
        (
            r"conversa telefônica|conversa telefónica|telefonema|conversou por telefone"
            r"|falou por telefone|conversa por telefone|ligação telefônica",
            "held a telephone call",
        ),
        (r"videoconferência", "video conference"),
        (r"recebeu|recebe|recepcionou|recepciona", "received"),
        (r"reuniu-se com|se reuniu com|encontrou-se com|reuniu com", "met with"),
        (r"reuniu-se|se reuniu|se reuniram|reuniu", "met"),
        (r"reunião bilateral|reunião|encontro", "meeting"),
        (r"(?:seu|sua) (?:homólog[oa]|colega) (?:de|da|do)", "his counterpart from"),
        (r"homólogos?|homólogas?", "counterpart"),
        (r"uma hora", "one hour"),
        (r"meia hora", "half an hour"),
        (r"minutos", "minutes"),
        (r"horas", "hours"),
        (r"hora", "hour"),
        (r"durante", "for"),
        (r"com", "with"),
        (r"e", "and"),
        (r"em|no|na", "in"),
    ),
    "id": (
        (r"hari ini|pagi ini|siang ini|sore ini|malam ini", "today"),
        (r"kemarin", "yesterday"),
        (r"Presiden RI|Presiden Republik Indonesia", "Indonesian President"),
        (r"Menteri Luar Negeri RI|Menlu RI", "Indonesian Foreign Minister"),
        (r"Perdana Menteri", "Prime Minister"),
        (r"Menteri Luar Negeri|Menlu", "Foreign Minister"),
        (r"Wakil Presiden", "Vice President"),
        (r"Presiden", "President"),
        (r"Menteri", "Minister"),
        (r"Raja", "King"),
        (r"percakapan telepon|sambungan telepon|bertelepon|menelepon", "held a telephone call"),
        (r"konferensi video", "video conference"),
        (
            r"menerima kunjungan kehormatan|menerima kunjungan|menerima|terima kunjungan"
            r"|terima",
            "received",
        ),
        (r"bertemu dengan|bertemu", "met with"),
        (
            r"mengadakan pertemuan bilateral|menggelar pertemuan bilateral"
            r"|melakukan pertemuan bilateral|melaksanakan pertemuan bilateral",
            "held a bilateral meeting",
        ),
        (r"mengadakan pertemuan|menggelar pertemuan|melakukan pertemuan", "held a meeting"),
        (r"pertemuan bilateral", "bilateral meeting"),
        (r"pertemuan", "meeting"),
        (r"di sela-sela|disela-sela|di sela", "on the sidelines of"),
        (r"kunjungan kenegaraan", "state visit"),
        (r"kunjungan kerja", "working visit"),
        (r"dimulai sekitar pukul|dimulai pukul", "began at about"),
        (r"sekitar pukul|pukul", "at"),
        (r"berlangsung selama|berlangsung sekitar|berlangsung kurang lebih", "lasted about"),
        (r"kurang lebih|sekitar", "about"),
        (r"satu jam", "one hour"),
        (r"setengah jam", "half an hour"),
        (r"menit", "minutes"),
        (r"jam", "hours"),
        (r"sebelumnya", "earlier"),
        (r"dengan", "with"),
        (r"dan", "and"),
        (r"di", "in"),
    ),
    # Turkish puts "with" after its noun ("Trump ile"): the words stay in their order, which
    # the rules for people and kinds do not depend on.
    "tr": (
        (r"bugün", "today"),
        (r"dün", "yesterday"),
        (r"Cumhurbaşkanımız", "our President"),
        (r"Cumhurbaşkanı|Devlet Başkanı", "President"),
        (r"Başbakanı|Başbakan", "Prime Minister"),
        (r"Dışişleri Bakanı|Dışişleri Bakanımız", "Foreign Minister"),
        (r"Şansölyesi|Şansölye", "Chancellor"),
        (r"Başkanı", "President"),
        (r"Kralı|Kral", "King"),
        (r"Bakanı", "Minister"),
        (
            r"telefonda görüştü|telefonla görüştü|telefon görüşmesi gerçekleştirdi"
            r"|telefon görüşmesi yaptı|telefon görüşmesi",
            "held a telephone call",
        ),
        (r"video konferans", "video conference"),
        (r"bir araya geldi|görüştü", "met"),
        (r"görüşmede|görüşmesinde|görüşmenin|görüşmesi|görüşme", "meeting"),
        (r"kabul etti", "received"),
        (r"mevkidaşı|mevkidaşıyla", "counterpart"),
        (r"ile", "with"),
        (r"ve", "and"),
    ),
    "it": (
        (r"oggi|stamattina|questa mattina|questo pomeriggio|stasera", "today"),
        (r"ieri", "yesterday"),
        (r"[Pp]residente del Consiglio(?: dei [Mm]inistri)?", "Prime Minister"),
        (r"[Pp]residente della Repubblica", "President"),
        (r"[Pp]rimo [Mm]inistro|[Pp]remier", "Prime Minister"),
        (
            r"[Mm]inistro degli (?:Affari )?Esteri(?: e della Cooperazione Internazionale)?"
            r"|[Cc]apo della [Dd]iplomazia",
            "Foreign Minister",
        ),
        (r"[Vv]icepresidente", "Vice President"),
        (r"[Pp]residente|[Pp]residentessa", "President"),
        (r"[Cc]ancelliere", "Chancellor"),
        (r"[Mm]inistro|[Mm]inistra", "Minister"),
        (r"[Rr]e", "King"),
        (
            r"colloquio telefonico|conversazione telefonica|telefonata|ha avuto un colloquio "
            r"telefonico|ha telefonato|si è sentit[oa] al telefono",
            "held a telephone call",
        ),
        (r"videoconferenza|in collegamento video", "video conference"),
        (r"ha ricevuto|riceve|ricevuto", "received"),
        (r"ha incontrato|incontra|si è incontrat[oa] con", "met with"),
        (r"si sono incontrati|si sono riuniti", "met"),
        (r"incontro bilaterale|incontro|colloquio|bilaterale|vertice", "meeting"),
        (r"a margine (?:del|della|dei|delle)", "on the sidelines of"),
        (r"(?:il suo|la sua) omolog[oa]", "his counterpart"),
        (r"omolog[oa]|omologhi", "counterpart"),
        (r"Palazzo Chigi", "Palazzo Chigi"),
        (r"Roma", "Rome"),
        (r"Milano", "Milan"),
        (r"Napoli", "Naples"),
        (r"Firenze", "Florence"),
        (r"Venezia", "Venice"),
        (r"Torino", "Turin"),
        (r"Genova", "Genoa"),
        (r"Bruxelles", "Brussels"),
        (r"Pechino", "Beijing"),
        (r"Mosca", "Moscow"),
        (r"Londra", "London"),
        (r"Parigi", "Paris"),
        (r"Berlino", "Berlin"),
        (r"Nuova Delhi", "New Delhi"),
        (r"Washington", "Washington"),
        (r"durat[oa] circa|della durata di circa", "lasting about"),
        (r"durat[oa]|della durata di", "lasting"),
        (r"circa", "about"),
        (r"un'ora|un’ora", "one hour"),
        (r"mezz'ora|mezz’ora", "half an hour"),
        (r"minuti", "minutes"),
        (r"ore", "hours"),
        (r"durante", "during"),
        (r"con", "with"),
        (r"e|ed", "and"),
        (r"a|in|nel|nella", "in"),
    ),
    # Vietnamese puts the country after the office ("Thủ tướng Nhật Bản"): read by a rule of
    # its own (_OFFICE_FIRST), as Indonesian.
    "vi": (
        (r"hôm nay|sáng nay|chiều nay|tối nay", "today"),
        (r"hôm qua", "yesterday"),
        (r"[Tt]hứ [Hh]ai", "Monday"),
        (r"[Tt]hứ [Bb]a", "Tuesday"),
        (r"[Tt]hứ [Tt]ư", "Wednesday"),
        (r"[Tt]hứ [Nn]ăm", "Thursday"),
        (r"[Tt]hứ [Ss]áu", "Friday"),
        (r"[Tt]hứ [Bb]ảy", "Saturday"),
        (r"[Cc]hủ [Nn]hật", "Sunday"),
        (r"[Pp]hó [Tt]hủ tướng", "Deputy Prime Minister"),
        (r"[Tt]hủ tướng [Cc]hính phủ|[Tt]hủ tướng", "Prime Minister"),
        (r"[Cc]hủ tịch [Qq]uốc hội", "National Assembly Chairman"),
        (r"[Cc]hủ tịch nước|[Cc]hủ tịch", "President"),
        (r"[Tt]ổng [Bb]í thư", "General Secretary"),
        (r"[Pp]hó [Tt]ổng thống", "Vice President"),
        (r"[Tt]ổng thống", "President"),
        (
            r"[Bb]ộ trưởng [Bb]ộ [Nn]goại giao|[Bb]ộ trưởng [Nn]goại giao|[Nn]goại trưởng",
            "Foreign Minister",
        ),
        (r"[Bb]ộ trưởng", "Minister"),
        (r"[Qq]uốc vương|[Nn]hà vua", "King"),
        (r"[Đđ]ại sứ", "Ambassador"),
        (r"điện đàm|cuộc điện đàm|nói chuyện điện thoại|điện thoại", "held a telephone call"),
        (r"hội đàm trực tuyến|trực tuyến", "video conference"),
        (r"hội đàm", "held talks"),
        (r"hội kiến|gặp gỡ|đã gặp|gặp", "met"),
        (r"tiếp(?! tục| theo| cận| nhận)", "received"),
        (r"cuộc gặp|cuộc hội kiến|cuộc tiếp", "meeting"),
        (r"bên lề", "on the sidelines of"),
        (r"người đồng cấp", "counterpart"),
        (r"Hà Nội", "Hanoi"),
        (r"(?:Thành phố|TP\.?) Hồ Chí Minh", "Ho Chi Minh City"),
        (r"Bắc Kinh", "Beijing"),
        (r"Mát-xcơ-va|Matxcơva", "Moscow"),
        (r"Oa-sinh-tơn|Washington", "Washington"),
        (r"Phnôm Pênh|Phnom Penh", "Phnom Penh"),
        (r"Viêng Chăn|Vientiane", "Vientiane"),
        (r"Gia-các-ta|Jakarta", "Jakarta"),
        (r"Phủ Chủ tịch", "the Presidential Palace"),
        (r"Trụ sở Chính phủ", "the Government Headquarters"),
        (r"phút", "minutes"),
        (r"giờ", "hours"),
        (r"đã", "has"),
        (r"sẽ", "will"),
        (r"với", "with"),
        (r"và", "and"),
        (r"tại|ở", "in"),
    ),
}

# Articles and possessives, in lower case only: "Le Drian" and "La Moncloa" are names.
_LOWER: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        (r"der|die|das|dem|den|des", "the"),
        (r"seinem|seinen|seiner|sein|ihrem|ihren|ihrer|ihr", "his"),
    ),
    "fr": ((r"le|la|les|l'|l’", "the"), (r"son|sa|ses", "his"), (r"de|du|des|d'|d’", "of")),
    "es": ((r"el|la|los|las", "the"), (r"su|sus", "his"), (r"de|del", "of")),
    "pt": ((r"o|a|os|as", "the"), (r"seu|sua|seus|suas", "his"), (r"de|da|do|das|dos", "of")),
    "vi": (),
    "it": (
        (r"il|lo|la|i|gli|le|l'|l’", "the"),
        (r"suo|sua|suoi|sue", "his"),
        (r"di|del|della|dello|dei|degli|delle|d'|d’", "of"),
    ),
    "id": (),
    "tr": (),
}

# Country adjectives, as stems that take the language's endings.
_ADJECTIVES: dict[str, dict[str, str]] = {
    "de": {
        "russisch": "Russian",
        "türkisch": "Turkish",
        "französisch": "French",
        "amerikanisch": "American",
        "chinesisch": "Chinese",
        "japanisch": "Japanese",
        "britisch": "British",
        "italienisch": "Italian",
        "spanisch": "Spanish",
        "polnisch": "Polish",
        "ukrainisch": "Ukrainian",
        "indisch": "Indian",
        "kanadisch": "Canadian",
        "australisch": "Australian",
        "brasilianisch": "Brazilian",
        "südkoreanisch": "South Korean",
        "israelisch": "Israeli",
        "ägyptisch": "Egyptian",
        "griechisch": "Greek",
        "niederländisch": "Dutch",
        "belgisch": "Belgian",
        "österreichisch": "Austrian",
        "schwedisch": "Swedish",
        "norwegisch": "Norwegian",
        "dänisch": "Danish",
        "finnisch": "Finnish",
        "portugiesisch": "Portuguese",
        "ungarisch": "Hungarian",
        "tschechisch": "Czech",
        "rumänisch": "Romanian",
        "bulgarisch": "Bulgarian",
        "serbisch": "Serbian",
        "iranisch": "Iranian",
        "mexikanisch": "Mexican",
        "argentinisch": "Argentine",
        "südafrikanisch": "South African",
        "indonesisch": "Indonesian",
        "nigerianisch": "Nigerian",
        "kenianisch": "Kenyan",
        "belarussisch": "Belarusian",
        "irisch": "Irish",
        "vietnamesisch": "Vietnamese",
        "pakistanisch": "Pakistani",
        "katarisch": "Qatari",
        "saudisch": "Saudi",
        "kroatisch": "Croatian",
        "slowakisch": "Slovak",
        "litauisch": "Lithuanian",
        "lettisch": "Latvian",
        "estnisch": "Estonian",
        "georgisch": "Georgian",
        "armenisch": "Armenian",
        "moldauisch": "Moldovan",
        "kasachisch": "Kazakh",
    },
    "fr": {
        "russe": "Russian",
        "turc": "Turkish",
        "turque": "Turkish",
        "allemand": "German",
        "américain": "American",
        "chinois": "Chinese",
        "japonais": "Japanese",
        "britannique": "British",
        "italien": "Italian",
        "espagnol": "Spanish",
        "polonais": "Polish",
        "ukrainien": "Ukrainian",
        "indien": "Indian",
        "canadien": "Canadian",
        "australien": "Australian",
        "brésilien": "Brazilian",
        "sud-coréen": "South Korean",
        "israélien": "Israeli",
        "égyptien": "Egyptian",
        "grec": "Greek",
        "néerlandais": "Dutch",
        "belge": "Belgian",
        "autrichien": "Austrian",
        "suédois": "Swedish",
        "norvégien": "Norwegian",
        "danois": "Danish",
        "portugais": "Portuguese",
        "hongrois": "Hungarian",
        "tchèque": "Czech",
        "roumain": "Romanian",
        "iranien": "Iranian",
        "mexicain": "Mexican",
        "argentin": "Argentine",
        "sud-africain": "South African",
        "indonésien": "Indonesian",
        "nigérian": "Nigerian",
        "kényan": "Kenyan",
        "irlandais": "Irish",
        "vietnamien": "Vietnamese",
        "marocain": "Moroccan",
        "algérien": "Algerian",
        "tunisien": "Tunisian",
        "sénégalais": "Senegalese",
        "libanais": "Lebanese",
        "chilien": "Chilean",
        "colombien": "Colombian",
        "péruvien": "Peruvian",
        "vénézuélien": "Venezuelan",
        "cubain": "Cuban",
        "ivoirien": "Ivorian",
        "camerounais": "Cameroonian",
        "malien": "Malian",
        "saoudien": "Saudi",
        "jordanien": "Jordanian",
        "syrien": "Syrian",
        "irakien": "Iraqi",
        "pakistanais": "Pakistani",
        "thaïlandais": "Thai",
        "philippin": "Philippine",
        "malaisien": "Malaysian",
        "singapourien": "Singaporean",
        "finlandais": "Finnish",
        "slovaque": "Slovak",
        "croate": "Croatian",
        "serbe": "Serbian",
        "bulgare": "Bulgarian",
        "estonien": "Estonian",
        "letton": "Latvian",
        "lituanien": "Lithuanian",
        "suisse": "Swiss",
    },
    "es": {
        "ruso": "Russian",
        "rusa": "Russian",
        "turco": "Turkish",
        "turca": "Turkish",
        "francés": "French",
        "francesa": "French",
        "alemán": "German",
        "alemana": "German",
        "estadounidense": "American",
        "chino": "Chinese",
        "china": "Chinese",
        "japonés": "Japanese",
        "japonesa": "Japanese",
        "británico": "British",
        "británica": "British",
        "italiano": "Italian",
        "italiana": "Italian",
        "ucraniano": "Ukrainian",
        "ucraniana": "Ukrainian",
        "indio": "Indian",
        "canadiense": "Canadian",
        "brasileño": "Brazilian",
        "brasileña": "Brazilian",
        "mexicano": "Mexican",
        "mexicana": "Mexican",
        "argentino": "Argentine",
        "argentina": "Argentine",
        "chileno": "Chilean",
        "chilena": "Chilean",
        "colombiano": "Colombian",
        "colombiana": "Colombian",
        "peruano": "Peruvian",
        "peruana": "Peruvian",
        "venezolano": "Venezuelan",
        "cubano": "Cuban",
        "portugués": "Portuguese",
        "portuguesa": "Portuguese",
        "polaco": "Polish",
        "surcoreano": "South Korean",
        "israelí": "Israeli",
        "uruguayo": "Uruguayan",
        "paraguayo": "Paraguayan",
        "boliviano": "Bolivian",
        "ecuatoriano": "Ecuadorian",
    },
    "pt": {
        "russo": "Russian",
        "russa": "Russian",
        "turco": "Turkish",
        "turca": "Turkish",
        "francês": "French",
        "francesa": "French",
        "alemão": "German",
        "alemã": "German",
        "norte-americano": "American",
        "norte-americana": "American",
        "estadunidense": "American",
        "chinês": "Chinese",
        "chinesa": "Chinese",
        "japonês": "Japanese",
        "japonesa": "Japanese",
        "britânico": "British",
        "britânica": "British",
        "italiano": "Italian",
        "italiana": "Italian",
        "espanhol": "Spanish",
        "espanhola": "Spanish",
        "ucraniano": "Ukrainian",
        "indiano": "Indian",
        "canadense": "Canadian",
        "brasileiro": "Brazilian",
        "brasileira": "Brazilian",
        "mexicano": "Mexican",
        "argentino": "Argentine",
        "argentina": "Argentine",
        "chileno": "Chilean",
        "colombiano": "Colombian",
        "português": "Portuguese",
        "portuguesa": "Portuguese",
        "angolano": "Angolan",
        "moçambicano": "Mozambican",
        "sul-africano": "South African",
        "sul-coreano": "South Korean",
        "venezuelano": "Venezuelan",
        "uruguaio": "Uruguayan",
    },
    "id": {},
    "tr": {},
    "vi": {},
    "it": {
        "russ": "Russian",
        "turc": "Turkish",
        "frances": "French",
        "tedesc": "German",
        "american": "American",
        "statunitens": "American",
        "cines": "Chinese",
        "giappones": "Japanese",
        "britannic": "British",
        "ingles": "British",
        "spagnol": "Spanish",
        "ucrain": "Ukrainian",
        "indian": "Indian",
        "canades": "Canadian",
        "brasilian": "Brazilian",
        "argentin": "Argentine",
        "portoghes": "Portuguese",
        "polacc": "Polish",
        "grec": "Greek",
        "austriac": "Austrian",
        "olandes": "Dutch",
        "belg": "Belgian",
        "svizzer": "Swiss",
        "israelian": "Israeli",
        "egizian": "Egyptian",
        "libic": "Libyan",
        "tunisin": "Tunisian",
        "algerin": "Algerian",
        "saudit": "Saudi",
        "sudcorean": "South Korean",
        "australian": "Australian",
    },
}

# Country names people write that the standard's translations do not give.
_NAMES: dict[str, dict[str, str]] = {
    "de": {
        "Russland": "Russia",
        "Großbritannien": "United Kingdom",
        "USA": "United States",
        "Weißrussland": "Belarus",
        "Tschechien": "Czechia",
        "Südkorea": "South Korea",
    },
    "fr": {"Russie": "Russia", "Royaume-Uni": "United Kingdom", "Corée du Sud": "South Korea"},
    "es": {"Rusia": "Russia", "Reino Unido": "United Kingdom", "Corea del Sur": "South Korea"},
    "pt": {"Rússia": "Russia", "Reino Unido": "United Kingdom", "Coreia do Sul": "South Korea"},
    "id": {
        "Rusia": "Russia",
        "Tiongkok": "China",
        "Inggris": "United Kingdom",
        "Korea Selatan": "South Korea",
        "Brunei Darussalam": "Brunei",
    },
    "vi": {
        "Hoa Kỳ": "United States",
        "Mỹ": "United States",
        "Trung Quốc": "China",
        "Nhật Bản": "Japan",
        "Hàn Quốc": "South Korea",
        "Triều Tiên": "North Korea",
        "Liên bang Nga": "Russia",
        "Nga": "Russia",
        "Việt Nam": "Vietnam",
        "Vương quốc Anh": "United Kingdom",
        "Anh": "United Kingdom",
        "Đức": "Germany",
        "Pháp": "France",
        "Ô-xtrây-li-a": "Australia",
        "Australia": "Australia",
        "Úc": "Australia",
        "Ấn Độ": "India",
        "Lào": "Laos",
        "Campuchia": "Cambodia",
        "Thái Lan": "Thailand",
        "Xinh-ga-po": "Singapore",
        "Singapore": "Singapore",
        "Ma-lai-xi-a": "Malaysia",
        "Malaysia": "Malaysia",
        "In-đô-nê-xi-a": "Indonesia",
        "Indonesia": "Indonesia",
        "Phi-líp-pin": "Philippines",
        "Philippines": "Philippines",
        "Mi-an-ma": "Myanmar",
        "Myanmar": "Myanmar",
        "Bru-nây": "Brunei",
        "Ca-na-đa": "Canada",
        "Canada": "Canada",
        "I-ta-li-a": "Italy",
        "Italy": "Italy",
        "Cu-ba": "Cuba",
        "Bra-xin": "Brazil",
        "Liên minh châu Âu": "EU",
        "ASEAN": "ASEAN",
        "New Zealand": "New Zealand",
        "Niu Di-lân": "New Zealand",
    },
    "it": {
        "Stati Uniti": "United States",
        "USA": "United States",
        "Russia": "Russia",
        "Regno Unito": "United Kingdom",
        "Gran Bretagna": "United Kingdom",
        "Corea del Sud": "South Korea",
        "Cina": "China",
        "Germania": "Germany",
        "Giappone": "Japan",
    },
    "tr": {
        "ABD": "United States",
        "Amerika": "United States",
        "Rusya": "Russia",
        "İngiltere": "United Kingdom",
        "Güney Kore": "South Korea",
        "Suriye": "Syria",
        "İran": "Iran",
        "Irak": "Iraq",
    },
}


_OFFICE_FIRST = {
    "id": {
        "presiden": "President",
        "perdana menteri": "Prime Minister",
        "menteri luar negeri": "Foreign Minister",
        "wakil presiden": "Vice President",
        "raja": "King",
        "sultan": "Sultan",
    },
    "vi": {
        "thủ tướng": "Prime Minister",
        "tổng thống": "President",
        "chủ tịch": "President",
        "chủ tịch nước": "President",
        "phó tổng thống": "Vice President",
        "ngoại trưởng": "Foreign Minister",
        "bộ trưởng ngoại giao": "Foreign Minister",
        "bộ trưởng bộ ngoại giao": "Foreign Minister",
        "quốc vương": "King",
        "nhà vua": "King",
        "thủ tướng chính phủ": "Prime Minister",
    },
}


def _office_of_country(language: str) -> tuple[str, English]:
    """Indonesian's "Presiden Rusia", Vietnamese "Thủ tướng Nhật Bản": office, then country,
    read as "Russia President"."""
    names = {c.name: c.name for c in pycountry.countries} | dict(_country_names(language))
    own = _OFFICE_FIRST[language]
    offices = "|".join(sorted(own, key=len, reverse=True))
    places = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))

    def swap(found: str) -> str:
        for office, english in sorted(own.items(), key=lambda kv: -len(kv[0])):
            if found.casefold().startswith(office + " "):
                place = found[len(office) + 1 :]
                return f"{names.get(place, place)} {english}"
        return found

    return rf"(?i:(?:{offices})) (?:{places})", swap


# Offices and "counterpart" in the languages that put the adjective after the noun.
_AFTER_NOUN = {
    "it": {
        "presidente": "President",
        "primo ministro": "Prime Minister",
        "premier": "Prime Minister",
        "cancelliere": "Chancellor",
        "ministro": "Minister",
        "omologo": "counterpart",
        "omologa": "counterpart",
    },
    "fr": {
        "président": "President",
        "présidente": "President",
        "premier ministre": "Prime Minister",
        "ministre": "Minister",
        "homologue": "counterpart",
    },
    "es": {
        "presidente": "President",
        "presidenta": "President",
        "primer ministro": "Prime Minister",
        "canciller": "Foreign Minister",
        "ministro": "Minister",
        "ministra": "Minister",
        "homólogo": "counterpart",
        "homóloga": "counterpart",
    },
    "pt": {
        "presidente": "President",
        "primeiro-ministro": "Prime Minister",
        "chanceler": "Foreign Minister",
        "ministro": "Minister",
        "ministra": "Minister",
        "homólogo": "counterpart",
        "homóloga": "counterpart",
    },
}


def _office_then_adjective(language: str) -> tuple[str, English]:
    """ "son homologue chilienne", "presidente argentino": read as "Chilean counterpart"."""
    offices = _AFTER_NOUN[language]
    stems = sorted(_ADJECTIVES[language].items(), key=lambda kv: -len(kv[0]))
    office = "|".join(re.escape(o) for o in sorted(offices, key=len, reverse=True))
    adjective = "|".join(re.escape(stem) for stem, _ in stems)

    def swap(found: str) -> str:
        noun, _, adj = found.rpartition(" ")
        english = next((e for stem, e in stems if adj.startswith(stem)), adj)
        return f"{english} {offices.get(noun.casefold(), noun)}"

    return rf"(?i:{office}) (?:{adjective})\w*", swap


# What a phrase reads as: English words, or a function of the words found (a date).
English = str | Callable[[str], str]


@cache
def _country_names(language: str) -> tuple[tuple[str, str], ...]:
    """The standard's country names in the language, with their English names."""
    try:
        names = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return ()
    out: dict[str, str] = {}
    for country in pycountry.countries:
        for english in {country.name, getattr(country, "common_name", country.name)}:
            local = names.gettext(english)
            if local != english and "," not in local and len(local) > 3:
                out[local] = getattr(country, "common_name", country.name)
    out.update(_NAMES.get(language, {}))
    return tuple(sorted(out.items(), key=lambda kv: -len(kv[0])))


@cache
def _rules(
    language: str, month: int = 0
) -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], English], ...]]:
    """The language's phrases as one pattern, and each phrase with what it reads as
    (``month``: the month a Chinese text's bare days are in)."""
    if language == "ja":  # no spaces between words: a table of its own
        return japanese.rules()
    if language == "zh":
        return chinese.rules(month)
    if language == "ko":
        return korean.rules(month)
    if language == "ru":
        return russian.rules()
    if language == "uk":
        return ukrainian.rules()
    if language == "ar":
        return arabic.rules()
    if language == "hi":
        return hindi.rules()
    if language == "bn":
        return bengali.rules()
    if language == "th":
        return thai.rules()
    rules: list[tuple[str, str, bool]] = []

    def add(pairs: Iterable[tuple[str, str]], exact: bool = False) -> None:
        for pattern, english in pairs:
            rules.append((pattern, english, exact))

    if language in _MONTHS:  # Vietnamese numbers its months: its dates have a rule below
        add(zip(_MONTHS[language].split(), MONTH_NAMES, strict=True))
        add(zip(_WEEKDAYS[language].split(), _ENGLISH_WEEKDAYS, strict=True))
    add((re.escape(local), english) for local, english in _country_names(language))
    # Adjectives are written in lower case: "argentina" is the adjective, "Argentina" the
    # country.
    add(
        (
            (rf"{re.escape(stem)}\w*", english)
            for stem, english in sorted(_ADJECTIVES[language].items(), key=lambda kv: -len(kv[0]))
        ),
        exact=True,
    )
    add(_PHRASES[language])
    add(_LOWER[language], exact=True)
    named_months = _MONTHS.get(language, "").split()
    months = {m.casefold(): MONTH_NAMES[i] for i, m in enumerate(named_months)}
    month_name = "|".join(re.escape(m) for m in named_months) or "(?!)"

    def as_english(found: str) -> str:  # "20 de outubro de 2019", "20. Oktober 2019"
        words = found.replace(".", " ").split()
        return " ".join(months.get(w.casefold(), w) for w in words if w.casefold() != "de")

    dates = [
        (rf"(?i:[0-3]?\d de (?:{month_name}) de (?:19|20)\d\d)", as_english),
        (rf"(?i:[0-3]?\d\.\s+(?:{month_name}))", as_english),
    ]
    if language == "vi":  # "ngày 12/5/2024", "ngày 12 tháng 5 năm 2024"
        dates.insert(0, (_VI_DATE.pattern, _vi_date))
    each: list[tuple[str, English]] = list(dates)
    if language in _OFFICE_FIRST:  # "Presiden Rusia Vladimir Putin": the office comes first
        each.append(_office_of_country(language))
    if language in _AFTER_NOUN:  # "son homologue chilienne": the adjective comes after
        each.append(_office_then_adjective(language))
    for pattern, english, exact in rules:
        flags = "" if exact or (pattern[:1].isupper() and language != "id") else "i"
        each.append((f"(?{flags}:{pattern})" if flags else f"(?:{pattern})", english))
    one = re.compile(r"(?<![\w-])(?:" + "|".join(p for p, _ in each) + r")(?![\w-])")
    return one, tuple((re.compile(p), english) for p, english in each)


@dataclass(frozen=True, slots=True)
class Reading:
    """A text read through English, line for line, and the way back to the page's words."""

    text: str
    lines: tuple[str, ...]  # the page's own lines
    english: tuple[str, ...]  # the same lines read through English
    # Per line, the replaced spans: (start, end) in the English line, (start, end) in its own.
    spans: tuple[tuple[tuple[int, int, int, int], ...], ...]

    def own(self, text: str) -> str:
        """The page's own words for a piece of the English reading (a title, a paragraph)."""
        if not text:
            return text
        for i, line in enumerate(self.english):
            if (at := line.find(text)) >= 0 and self.spans[i]:
                return self._back(i, at, at + len(text))
            if at >= 0:
                return self.lines[i][at : at + len(text)]
        # A paragraph made of several lines: each line back in its own words.
        for i in sorted(range(len(self.english)), key=lambda i: -len(self.english[i])):
            if len(self.english[i]) > 3 and self.spans[i] and self.english[i] in text:
                text = text.replace(self.english[i], self.lines[i])
        return text

    def _back(self, i: int, start: int, end: int) -> str:
        def where(pos: int, closing: bool) -> int:
            shift = 0
            for a, b, own_a, own_b in self.spans[i]:
                if pos < a or (closing and pos == a):
                    break
                if pos < b or (closing and pos == b):
                    return own_b if closing else own_a
                shift = own_b - b
            return pos + shift

        return self.lines[i][where(start, False) : where(end, True)]


# "Lula da Silva", "Rebelo de Sousa", "Palácio do Planalto": between two capitalised words
# that are not read as something else, a particle is part of a name.
_VI_DATE = re.compile(
    r"(?i:ngày)\s+(?P<d>[0-3]?\d)(?:/|\s+tháng\s+)(?P<m>[01]?\d)(?:(?:/|\s+năm\s+)(?P<y>(?:19|20)\d\d))?"
)


def _vi_date(found: str) -> str:
    m = _VI_DATE.fullmatch(found)
    if m is None or not 1 <= int(m["m"]) <= 12:
        return found
    said = f"{int(m['d'])} {MONTH_NAMES[int(m['m']) - 1]}"
    return f"on {said} {m['y']}" if m["y"] else f"on {said}"


_PARTICLES = frozenset(["de", "da", "do", "das", "dos", "del", "di", "du", "van", "von"])
_WORD_BEFORE = re.compile(r"(?:^|\s)([^\W\d_][\w'’-]*) $")
_WORD_AFTER = re.compile(r" [^\W\d_]")


def _in_a_name(line: str, m: re.Match[str], done: int, language: str) -> bool:
    if m.group(0) not in _PARTICLES or (language == "id" and m.group(0) == "di"):
        return False  # Indonesian "di" is "in": "Luxon di Lima, Peru"
    before = _WORD_BEFORE.search(line, done, m.start())
    after = _WORD_AFTER.match(line, m.end())
    if not (before and before.group(1)[0].isupper() and after and line[m.end() + 1].isupper()):
        return False
    # "le président Akufo-Addo du Ghana": before a country the particle is "of".
    rest = line[m.end() + 1 :]
    if any(rest.startswith(local) for local, _ in _country_names(language)):
        return False
    words = re.findall(r"[^\W\d_][\w'-]*", rest[:60])[:3]
    return not any(
        countries.lookup(" ".join(words[:n]), strict_codes=True) is not None
        for n in range(len(words), 0, -1)
    )


def _runs_on(out: list[str], english: str) -> bool:
    """The English words would run on from the words before them."""
    before = next((piece for piece in reversed(out) if piece), "")
    return bool(before) and before[-1] not in " (\n" and english[:1] not in " ,.):"


def _said(
    each: tuple[tuple[re.Pattern[str], English], ...], line: str, m: re.Match[str]
) -> English:
    """What the phrase found reads as: the first rule that matches it where it stands, its
    lookarounds seeing the words beside it ("日米" before "首脳会談")."""
    for pattern, english in each:
        if pattern.fullmatch(m.group(0)):
            return english
        if "(?=" in pattern.pattern:
            found = pattern.match(line, m.start())
            if found is not None and found.end() == m.end():
                return english
    return m.group(0)


def _read_line(
    line: str, language: str, month: int = 0
) -> tuple[str, tuple[tuple[int, int, int, int], ...]]:
    one, each = _rules(language, month)
    if language == "zh":  # traditional characters read as simplified, one for one
        line = chinese.simplified(line)
    if language == "ar":  # Arabic-Indic digits read as digits, one for one
        line = arabic.with_digits(line)
    if language == "hi":  # Devanagari digits too
        line = hindi.with_digits(line)
    if language == "bn":  # and Bengali ones
        line = bengali.with_digits(line)
    if language == "th":  # and Thai ones
        line = thai.with_digits(line)
    out: list[str] = []
    spans: list[tuple[int, int, int, int]] = []
    done = 0
    length = 0
    for m in one.finditer(line):
        if _in_a_name(line, m, done, language):
            continue
        said = _said(each, line, m)
        english = said if isinstance(said, str) else said(m.group(0))
        kept = line[done : m.start()]
        out.append(kept)
        length += len(kept)
        if language in _OWN_SCRIPT and _runs_on(out, english):
            english = f" {english}"  # Japanese writes no spaces between words
        spans.append((length, length + len(english), m.start(), m.end()))
        out.append(english)
        length += len(english)
        done = m.end()
    out.append(line[done:])
    return "".join(out), tuple(spans)


# Languages in scripts of their own, and how to tell a line in their script.
_OWN_SCRIPT: dict[str, Callable[[str], bool]] = {
    "ja": japanese.has_japanese,
    "zh": chinese.has_chinese,
    "ko": korean.has_korean,
    "ru": russian.has_cyrillic,
    "uk": russian.has_cyrillic,
    "ar": arabic.has_arabic,
    "hi": hindi.has_devanagari,
    "bn": bengali.has_bengali,
    "th": thai.has_thai,
}
# The month a bare day ("9日", "14일") is in, from the first date the page gives.
_MONTH_OF: dict[str, Callable[[str], int]] = {"zh": chinese.month_of, "ko": korean.month_of}
_NOTHING_READ = re.compile(r"[\s…,.():;\"'-]*")


_TOP_PAGE = re.compile(r"^[|\s]*トップページ(?=\s|>|$)")


def read_as_english(
    text: str, language: str, kept: Callable[[str], bool] = lambda _: False
) -> Reading:
    """The text, line for line, with the phrases of readouts in ``language`` in English;
    lines ``kept`` (page furniture) stay as written, to be known for what they are."""
    own = text.split("\n")
    if language not in LANGUAGES:
        return Reading(text, tuple(own), tuple(own), tuple(() for _ in own))
    english: list[str] = []
    spans: list[tuple[tuple[int, int, int, int], ...]] = []
    if language in _OWN_SCRIPT:  # lines in the script are never another language's furniture
        furniture = kept
        script = _OWN_SCRIPT[language]
        kept = lambda line: furniture(line) and not script(line)  # noqa: E731
    month = _MONTH_OF[language](text) if language in _MONTH_OF else 0
    trail_end = ""
    for line in own:
        read, where = (line, ()) if kept(line) else _read_line(line, language, month)
        if language in _OWN_SCRIPT and _NOTHING_READ.fullmatch(read):
            read, where = "", ()  # a line of Japanese the reading knows nothing of
        if (top := _TOP_PAGE.match(line)) is not None:
            # "トップページ > 会談・訪問 > 小泉総理大臣": the page's trail, whose last step may
            # follow as the section's name
            trail_end = re.split(r"[\s>|]+", line[top.end() :].strip(" |"))[-1]
            read, where = "", ()
            # (the lines above the trail are the site's menus: "外務省案内 渡航関連情報 ...")
            english = ["" for _ in english]
            spans = [() for _ in spans]
        elif trail_end and line.strip():
            if line.strip() == trail_end:
                read, where = "", ()
            trail_end = ""
        english.append(read)
        spans.append(where)
    return Reading("\n".join(english), tuple(own), tuple(english), tuple(spans))
