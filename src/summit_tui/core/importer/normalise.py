"""Step 1: clean pasted text so the other steps see plain lines of ordinary spaces."""

from __future__ import annotations

import re

from summit_tui.core.reference import countries

# Pages render links with an off-screen label; copied text glues it to the link's words.
_LINK_LABELS = re.compile(
    r"\s*(?:\(\s*)?(?:Open a New Window|Opens in a new window|opens in new tab|"
    r"External link|\(PDF\)|PDF\s*\d+(?:\.\d+)?\s*[KM]B)(?:\s*\))?",
    re.IGNORECASE,
)
_SPACES = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u3000": " ",
        "\t": " ",
    }
)
# Zero-width characters, and the bidi embeddings, overrides and marks that can reorder what
# a reader sees: none carries text in an English readout, and every field and the import
# dialog's inputs are filled from what is left.
_INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202a\u202b\u202c"
        "\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c",
    )
)
# Control characters (binary garbage, form feeds) carry no text; line separators end lines.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\ufffd]")
_LINE_BREAKS = re.compile(r"\r\n?|[\x85\u2028\u2029\x0b\x0c]")
# Single curly quotes are almost always apostrophes inside names ("Dato’ Seri", "Côte d’Ivoire"):
# straight ones let the name steps match. Double curly quotes are real punctuation the readers
# of a readout see, so they stay as written.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'", "\u02bc": "'"})
# "Azerbaijan`s Foreign Minister": a grave accent typed for an apostrophe, between letters.
_GRAVE_APOSTROPHE = re.compile(r"(?<=[^\W\d_])`(?=[^\W\d_])")
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-"})


# Sentences run together when a page's paragraphs are copied without their breaks:
# "held talks on Monday.Following the meeting" (not "U.S.A" or "gov.uk").
_GLUED_SENTENCES = re.compile(r"(?<=[a-z]{3})\.(?=[A-Z][a-z]{2,})")


# Words run together where a page's markup separated them: "UK Foreign SecretaryDominicRaab".
# Only an office run into a name, or three capitalised words in one: "McDonald", "DeSantis"
# and "MacArthur" stay whole.
_GLUED_WORDS = re.compile(r"\b[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,}){1,3}\b")
# A copied page that lost the space at a line's end: "Secretaryof State Mike Pompeo".
_GLUED_OF = re.compile(r"\b(?P<office>Secretary|Minister|President|Ministry)(?P<link>of|for)\b")
_OFFICE_WORDS = {
    "Secretary",
    "Minister",
    "President",
    "Chancellor",
    "Ambassador",
    "Premier",
    "Spokesperson",
    "Senator",
    "Governor",
}


def _unglue_words(match: re.Match[str]) -> str:
    parts = re.findall(r"[A-Z][a-z]+", match.group(0))
    if len(parts) >= 3 or parts[0] in _OFFICE_WORDS:
        return " ".join(parts)
    if len(parts[0]) > 3 and countries.lookup(parts[0], strict_codes=True) is not None:
        return " ".join(parts)  # "President of BrazilLuiz Lula da Silva": a country, a name
    return match.group(0)


def _drop_link_label(match: re.Match[str]) -> str:
    text = match.string
    before = text[match.start() - 1] if match.start() > 0 else ""
    after = text[match.end()] if match.end() < len(text) else ""
    # Keep words apart where the label sat between them ("RelationsOpen a New WindowThe").
    return " " if before.isalnum() and after.isalnum() else ""


# An office misspelt in a release: "the Prime Minsiter Shri Atal Bihari Vajpayee", "Indian
# Foreign Minster Singh" (not "York Minster": after an office's first word only).
_MISSPELT_MINISTER = re.compile(r"\b(?P<office>Prime|Foreign|Chief) (?:Minsiter|Minster)\b")
# A clock with a space after its colon: "commencing at 2: 20 p.m.".
_SPACED_CLOCK = re.compile(r"\b(?P<hour>\d{1,2}): (?P<minute>\d\d)(?=\s*[ap]\.?\s?m\b)", re.I)


# A wire's office in lower case after a name: "Francisco Bustillo, minister of Foreign Affairs
# of Uruguay" reads as "Minister of Foreign Affairs of Uruguay".
_LOWER_ROLE = re.compile(
    r"(?<=[a-z]), (?P<role>(?:prime |foreign |vice )?(?:minister|president)"
    r"(?: (?:of|for) (?:[Ff]oreign|[Ee]xternal) [Aa]ffairs)?) (?=of (?:the )?[A-Z])"
)


def _capitalised_role(m: re.Match[str]) -> str:
    words = [w if w in ("of", "for") else w[:1].upper() + w[1:] for w in m["role"].split()]
    return ", " + " ".join(words) + " "


# A page template's unfilled slot, saved as it was: "meet in Tallinn ({{commentsTotal}})".
_TEMPLATE_SLOT = re.compile(r"[^\S\n]*(?:\(\{\{[^{}\n]{1,40}\}\}\)|\{\{[^{}\n]{1,40}\}\})")


# A Hijri date written beside the Gregorian one, as Gulf and Indonesian wires date their
# lines: "Cairo, 13 Dzulqa'dah 1435/8 September 2014 (MINA)", "Jeddah, Dhu al-Hijjah 10,
# 1440 H, August 11, 2019, SPA --". Only the Gregorian date is read.
_HIJRI_MONTH = (
    r"(?:Muharram|Safar|Rabi[a-z]*'?[- ]?(?:ul|al|el)?[- ]?(?:Awwal|Awal|Akhir|Thani|Sani|I{1,2})"
    r"|Jumad[a-z]*'?[- ]?(?:ul|al|el)?[- ]?(?:Awwal|Ula|Akhir[a-z]*|Thani[a-z]*|I{1,2})"
    r"|Rajab|Sha'?ban|Ramadh?an|Shawwal"
    r"|(?:Dhu|Dhul|Zul|Dzul)[- ]?(?:al[- ]?)?(?:Q[a-z]*'?dah?|Hij[a-z]*))"
)
_HIJRI_DATE = re.compile(
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s+" + _HIJRI_MONTH + r"|\b" + _HIJRI_MONTH + r"\s+\d{1,2},?)"
    r"\s+1[34]\d\d(?:\s*(?:A\.?H\.?|H\.?)(?!\w))?\s*(?:/|,)\s*(?=(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+\d)",
    re.I,
)


# A story's first word in capitals, as papers set it: "PRIME Minister Justin Trudeau met ...".
_CAPITAL_FIRST_WORD = re.compile(
    r"\b(?P<word>PRIME|FOREIGN|DEPUTY|VICE|EXTERNAL)(?= (?:Minister|President|Secretary)\b)"
)


def normalise(text: str) -> str:
    """Unify line endings, spaces, apostrophes and link labels; trim every line."""
    text = _CONTROL.sub("", _LINE_BREAKS.sub("\n", text))
    text = text.translate(_INVISIBLE).translate(_SPACES).translate(_APOSTROPHES)
    text = _GRAVE_APOSTROPHE.sub("'", text.translate(_DASHES))
    text = _LINK_LABELS.sub(_drop_link_label, text)
    text = _TEMPLATE_SLOT.sub("", text)
    text = _HIJRI_DATE.sub("", text)
    text = _GLUED_SENTENCES.sub(". ", text)
    text = _GLUED_WORDS.sub(_unglue_words, text)
    text = _GLUED_OF.sub(r"\g<office> \g<link>", text)
    text = _MISSPELT_MINISTER.sub(r"\g<office> Minister", text)
    text = _SPACED_CLOCK.sub(r"\g<hour>:\g<minute>", text)
    text = _CAPITAL_FIRST_WORD.sub(lambda m: m["word"].capitalize(), text)
    text = _LOWER_ROLE.sub(_capitalised_role, text)
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):  # at most one blank line in a row
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
