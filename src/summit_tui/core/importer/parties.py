"""Parties named as a list in the lead: "the leaders of Canada, France, Germany and Italy met"."""

from __future__ import annotations

import datetime as dt
import re

from summit_tui.core.reference import countries

_GROUP = re.compile(
    r"\b(?:leaders|heads of (?:state|government)(?: and (?:state|government))?|foreign ministers"
    r"|ministers|representatives|delegations|governments"
    # ("the first ever trilateral meeting of Australia, Timor Leste and Indonesia")
    r"|(?:trilateral|tripartite|quadrilateral) (?:meeting|summit|talks|dialogue))"
    r"\s+of\s+(?P<list>[^.;:()]{3,400})",
    re.I,
)
# The list ends where the sentence goes on: "..., met in Apulia", "together with ...".
_LIST_END = re.compile(
    r",?\s+(?:met|meet|held|hold|gathered|convened|together|as well as|who"
    r"|joined|attended|issued|discussed|agreed|participated|along)\b",
    re.I,
)
MAX_ITEMS = 30


def listed_parties(lead: str) -> list[str]:
    """Countries of a "leaders of A, B and C" list; [] unless at least two are countries."""
    for m in _GROUP.finditer(lead):
        text = m.group("list")
        if end := _LIST_END.search(text):
            text = text[: end.start()]
        # ("of five ASEAN countries -- Malaysia, Laos, ... and Singapore -- in Vientiane")
        text = re.sub(r"\s+(?:--|–|—)\s+", ", ", text)
        items = re.split(r",\s*(?:and\s+)?|\s+and\s+", text)[:MAX_ITEMS]
        codes: list[str] = []
        for i, item in enumerate(items):
            name = re.sub(r"^the\s+", "", item.strip(), flags=re.I)
            found = countries.lookup(name, strict_codes=True)
            if found is None and i == len(items) - 1:  # "and Germany last night [18 May]"
                words = name.split()[:4]
                found = next(
                    (
                        c
                        for n in range(len(words) - 1, 0, -1)
                        if (c := countries.lookup(" ".join(words[:n]), strict_codes=True))
                    ),
                    None,
                )
            if found is not None and found.code not in codes:
                codes.append(found.code)
        if len(codes) >= 2:
            return codes
    return []


# ASEAN's members and the day each joined: a summit "attended by all Heads of State/Government
# of ASEAN Member States" had every member of that day at the table.
ASEAN_MEMBERS = (
    ("BN", dt.date(1984, 1, 7)),
    ("KH", dt.date(1999, 4, 30)),
    ("ID", dt.date(1967, 8, 8)),
    ("LA", dt.date(1997, 7, 23)),
    ("MY", dt.date(1967, 8, 8)),
    ("MM", dt.date(1997, 7, 23)),
    ("PH", dt.date(1967, 8, 8)),
    ("SG", dt.date(1967, 8, 8)),
    ("TH", dt.date(1967, 8, 8)),
    ("VN", dt.date(1995, 7, 28)),
    ("TL", dt.date(2025, 10, 26)),
)
_ALL_ASEAN = re.compile(
    r"\b(?:(?:Heads of State(?:/| and | or )Government|Heads of (?:State|Government)|Leaders"
    r"|(?:Foreign |Economic )?Ministers)(?: and [A-Z][\w ]{3,40}?)?(?: of)?\s+(?:all\s+)?"
    r"(?:the\s+)?ASEAN Member"
    r"\s+(?:States|Countries|Nations)|\bWe,? the ASEAN (?:Leaders|Heads|Foreign Ministers"
    r"|Ministers)|\b(?:attended by|joined by) all ASEAN Member States"
    r"|\ball ASEAN (?:Leaders|Foreign Ministers)"
    # "Asean Foreign Ministers have commenced a meeting ... with US Secretary of State":
    # the group's ministers as one side.
    r"|\b(?:along with|together with) (?:the )?other ASEAN (?:Foreign Ministers|Leaders)"
    r"|\b(?:Ministers of Foreign Affairs|Foreign Ministers|Leaders|Heads of State"
    r"(?:/Government)?) of the Association of Southeast Asian Nations"
    # "the 12th ASEAN-Republic of Korea (ROK) Summit ... was held", "the Special
    # ASEAN-Russia Foreign Ministers' Meeting": the members' meeting with a partner.
    r"|\b(?:Special |Commemorative )?ASEAN[-–][A-Z][\w .()]{1,40}? (?:Commemorative )?"
    r"(?:Summit|Foreign Ministers['’]? Meeting|Leaders['’]? Meeting|Ministerial Meeting)"
    r"(?! on the sidelines)"
    r"|\b(?:ASEAN|Asean) (?:Foreign Ministers|Leaders|Heads of State)\b"
    r"(?= (?:have |had |has )?(?:commenced|held|met|meet|hold|opened|began|gathered|joined))"
    r"|\b(?:foreign ministers|leaders) (?:from|of) all (?:10|ten) (?:ASEAN|Asean)"
    r" (?:member states|members|countries)\b)"
)


def all_of_asean(lead: str, date: dt.date | None) -> list[str]:
    """Every member of ASEAN on the day, when the lead says all of them took part, and the
    partner of an ASEAN-partner meeting ("the ASEAN-Russia Foreign Ministers' Meeting")."""
    # (a transcript's list of what was spoken of, "Subjects: ASEAN-Australia Foreign
    # Ministers' Meeting; ...", says nothing of who met)
    lead = _SUBJECTS.sub("", lead)
    said = [
        # ("... would strengthen through the ASEAN-Republic of Korea Commemorative Summit,
        # due to kick off on Monday": a summit still to come)
        sentence
        for sentence in re.split(r"(?<=[a-z]{2}[.!?])\s+(?=[A-Z])", lead)
        if not _TO_COME.search(sentence)
    ]
    if not any(_ALL_ASEAN.search(_SIDELINES.sub(" ", sentence)) for sentence in said):
        return []
    day = date or dt.date.today()
    members = [code for code, joined in ASEAN_MEMBERS if joined <= day]
    if (m := _PARTNER.search(lead)) is not None:
        partner = countries.lookup(re.sub(r"\s*\(.*?\)", "", m.group("partner")), strict_codes=True)
        if partner is not None and partner.code not in members:
            members.append(partner.code)
    return members


_PARTNER = re.compile(
    r"\bASEAN[-–](?P<partner>[A-Z][\w .()]{1,40}?) (?:Commemorative )?(?:Summit|Foreign"
    r" Ministers['’]? Meeting|Leaders['’]? Meeting|Ministerial Meeting|Dialogue Relations)"
)
_SUBJECTS = re.compile(r"(?im)^\W*(?:Subjects?|Topics?|Issues discussed)\s*:.*$")
_TO_COME = re.compile(
    r"\b(?:will|due to|upcoming|forthcoming|ahead of|scheduled|slated)\b|\w['’]ll\b"
)
_SIDELINES = re.compile(
    # ("met his Lao counterpart ... on the occasion of their attending the ASEAN-US Summit")
    r"\b(?:(?:on|at|in) (?:the )?(?:sidelines|margins?) of|on the occasion of)\b[^.;\n]*",
    re.I,
)


# A meeting or call with a group as the other side: "spoke yesterday with G7 foreign
# ministers", "a video call with his Quad counterparts".
_GROUPS = {
    "G7": ("US", "CA", "FR", "DE", "IT", "JP", "GB"),
    "G-7": ("US", "CA", "FR", "DE", "IT", "JP", "GB"),
    "Quad": ("US", "JP", "AU", "IN"),
}
_WITH_GROUP = re.compile(
    r"\b(?:with|of) (?:the |his |her |their )?(?:other |fellow )?"
    r"(?P<group>G7|G-7|Quad) (?:foreign ministers|leaders|counterparts"
    r"|partners|colleagues)\b"
)


# "Prime Minister X attended the G7 Summit Video Teleconference Meeting": the group's
# summit, where the European Union sits beside its members.
_GROUP_SUMMIT = re.compile(
    r"\b(?:attended|took part in|participated in|joined) the (?P<group>G7|G-7|Quad)"
    r" (?:Summit|Leaders['’]?)\b"
)


def group_members(sentence: str) -> list[str]:
    """The members of a group the sentence names as the other side, or the parties of the
    group's summit the sentence says someone attended; [] when it names none."""
    if (m := _WITH_GROUP.search(sentence)) is not None:
        return list(_GROUPS[m.group("group")])
    if (m := _GROUP_SUMMIT.search(sentence)) is not None:
        members = list(_GROUPS[m.group("group")])
        return [*members, "EU"] if m.group("group").startswith("G") else members
    return []


# "how Kenya and Japan can further fortify their bilateral relationship", "Kenya-Japan
# relations": the two countries whose relations a readout of their meeting speaks of.
_PAIR_RELATIONS = re.compile(
    r"\b(?P<a>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s*(?:-|–|\band\b)\s*"
    r"(?:the\s+)?(?P<b>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})['’]?\s+"
    r"(?:(?:can|could|will|would|to|have|had|has)\s+(?:\w+\s+){0,3})?"
    # ("boosting Ethio-Kazakhstan economic cooperation")
    r"(?:(?:bilateral|economic|political|trade|strategic|security|defen[cs]e|cultural)\s+){0,2}"
    r"(?:relations|relationship|ties|cooperation|partnership|friendship)\b"
    r"|\bbetween\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+and\s+"
    r"(?:the\s+)?(?P<d>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})(?=[\s,.])"
)


def pair_in_relations(text: str, known: str) -> str:
    """The other country of a pair whose relations the text speaks of, when the pair holds
    the one party already known; "" otherwise."""
    for m in _PAIR_RELATIONS.finditer(text):
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        # "... and Equatorial Guinea. The Ministers": the sentence ends with the name
        found = [countries.lookup(x.split(". ")[0].rstrip("."), strict_codes=True) for x in (a, b)]
        codes = [f.code for f in found if f is not None]
        # "relations between the EU and Turkey": a subject of a member state's talks; the
        # EU's own side is named by its offices
        if len(codes) == 2 and known in codes and codes[0] != codes[1] and "EU" not in codes:
            return codes[1] if codes[0] == known else codes[0]
    return ""
