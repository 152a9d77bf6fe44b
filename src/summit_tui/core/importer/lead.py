"""Which paragraph and sentence of a readout report the meeting, and what surrounds them."""

from __future__ import annotations

import re

from summit_tui.core.importer import offices
from summit_tui.core.importer.parties import listed_parties
from summit_tui.core.importer.people import find_participants
from summit_tui.core.importer.times import timing_with_note
from summit_tui.core.model.readout import Section
from summit_tui.core.reference.countries import lookup as country_named

# A full stop that ends a sentence: after a word, not after "Hon", "Mr" or an initial.
SENTENCE_END = re.compile(
    # ("... met ... on October 6. In the meeting, ...": a day of one digit ends one too)
    r"(?:(?<=[a-z0-9)\]\"”]{2})|(?<=[a-z] \d))(?<!\bHon)(?<!\bMrs)(?<!\bProf)(?<!\bGen)"
    r"(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bAmb)(?<!\bNo)(?<!\bvs)(?<!\bRev)(?<!\bLt)(?<!\bCol)"
    r"[.!?]\s+(?=[A-Z“\"])"
)

# The sentence that reports a meeting: who met, spoke or called whom.
MEETING_VERB = re.compile(
    r"\b(?:met|meets|meeting|spoke|speaks|talks|talked|held|holds|hold|call|calls|called"
    r"|telephone|telephoned|phone|phoned|rang|teleconference|videoconference|conversation"
    r"|conferred|received|receives|hosted"
    r"|hosts|hosting|receiving|welcomed|welcoming|visited|greeted|dialogue|consultations"
    r"|video|summit|discussed|discussion|played host to|plays host to"
    r"|(?:had|held|hold|holds) (?:[\w-]+ ){0,2}meetings|working session"
    # "I had the opportunity to meet today again with the Secretary-General of ASEAN"
    r"|(?:had|was) (?:the |an |a )?(?:opportunity|chance|pleasure|honou?r) to meet"
    # "I have taken this opportunity to meet with ... Vice President Mike Pence today"
    r"|(?:taken|took) (?:this|the) opportunity to meet"
    # "I was pleased to meet today Serbia's First Deputy Prime Minister ..."
    r"|(?:am|was|were|are|'m) (?:very |most )?(?:again )?(?:pleased|delighted|glad|happy|honou?red)"
    r"(?: again)? to (?:meet|welcome)"
    # "It's been our great pleasure to welcome Prime Minister Howard to New Zealand"
    r"|(?:pleasure|privilege) to welcome)\b",
    re.I,
)
# A line that introduces the readout rather than reporting the meeting.
ATTRIBUTION = re.compile(
    r"\b(?:attributable to|As stated by|the following (?:statement|readout|is)|released the "
    r"following|spokes(?:person|man|woman)\b[^.]{0,60}\bsaid:|unedited readout"
    r"|sent directly from)\b|(?<!as follows):\s*$",
    re.I,
)
# A paragraph that introduces words to follow, not "The gist of their talks is as follows:".
_INTRODUCES = re.compile(r"(?<!as follows):\s*$")
MAX_LEAD_LOOK = 30
MAX_LEAD_TEXT = 3000
MAX_LEAD_TRIES = 6  # paragraphs that report a meeting, tried for one that names people


_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{2}[.!?])\s+(?=[A-Z])")


def sentences(text: str) -> list[str]:
    """The sentences of a text: a break after a word's full stop and before a capital."""
    return _SENTENCE_BREAK.split(text)


def lead_sentences(lead: str) -> list[str]:
    """The lead's sentences, split at the full stops that end one (not "Mr." or "Hon.")."""
    starts = [0, *(m.end() for m in SENTENCE_END.finditer(lead[:MAX_LEAD_TEXT]))]
    return [lead[a:b] for a, b in zip(starts, [*starts[1:], len(lead)], strict=True)]


def meeting_sentence(lead: str) -> str:
    """The lead's first sentence that reports a meeting: its people are the participants
    (later sentences name others: "to discuss President Trump's decision")."""
    lead = after_attribution(lead)
    for sentence in lead_sentences(lead):
        if MEETING_VERB.search(sentence) and not ATTRIBUTION.search(sentence):
            return sentence
    return lead


# What follows the people in the meeting sentence: the subject, where other names appear
# ("to discuss President Trump's decision").
_SUBJECT = re.compile(
    r"\b(?:to (?:discuss|review|congratulate|exchange|thank|express|condole"
    r"|convey|brief|follow up|organi[sz]e|prepare(?: for)?|plan|accompany)|regarding"
    r"|concerning|about the|in response to"
    r"|for the first time since|,? (?:discussing|where they discussed|reaffirming)"
    # "... and conveyed the warm greetings of Prime Minister X", "ahead of their trilateral
    # meeting with President Y": someone else, not a side of this meeting
    r"|and conveyed|greetings (?:of|from)|(?:a |personal )?message from"
    # "... met with X and exchanged views on a range of issues, including President Y's visit"
    r"|and (?:exchanged (?:views|opinions)|discussed)|,? during which"
    # "... and the two of them discussed the threat that Saddam Hussein poses"
    r"|and (?:the two(?: of them| leaders| sides)?|they|both) (?:discussed|exchanged)"
    r"|ahead of (?:their|the|his|her|a)"
    # "... a 20-minute private meeting, also attended by the Vice President, Secretary X":
    # those who sat in, not the sides
    r"|,? also attended by"
    # "... on the margins of the Coronation of King Charles III": the occasion's people
    r"|on the (?:sidelines|margins) of"
    r"|(?:a|the) (?:possible|future|planned|proposed|potential) (?:meeting|summit|talks)"
    r"|(?:following|after) (?:the|his|her)(?! (?:\w+ )?(?:meeting|talks|call"
    r"|conversation|telephone|phone|discussions?) with\b))\b"
)


# "Japan was represented by Prime Minister Shinzo Abe.": a party's people, in a sentence of
# their own.
REPRESENTED = re.compile(r"[^.]*\b(?:was|were) represented by\b[^.]*")


def who_met(sentence: str) -> str:
    """The sentence up to where it turns to what was discussed, or to another meeting ("...
    talked to Foreign Minister Kono on August 29 after her conversation with Secretary
    Tillerson")."""
    # (the first turn after a verb of meeting: "President X, barely 24 hours after his
    # inauguration, received ..." has not yet said whom he met)
    m = next(
        (
            s
            for s in _SUBJECT.finditer(sentence)
            if s.start() > 20 and MEETING_VERB.search(sentence[: s.start()])
        ),
        None,
    )
    cut = m.start() if m else len(sentence)
    other = _OTHER_MEETING.search(sentence)
    if other is not None and MEETING_VERB.search(sentence[: other.start()]):
        cut = min(cut, other.start())
    return sentence[:cut]


_BY_LETTER = r"\b(?:and|as well as) (?:a|an) (?:[\w-]+ )?(?:letter|message|note|invitation) from\b"
_OTHER_MEETING = re.compile(
    r"\b(?:after|before|following) (?:his|her|their|the) (?:\w+ )?"
    r"(?:meeting|talks|call|conversation|telephone conversation|phone "
    r"call) with\b"
    # "... on Thursday following an abrupt breakdown in summit talks between Trump and Kim"
    r"|\b(?:after|before|following|ahead of) (?:an?|the|his|her|their) (?:[\w'’-]+ ){0,6}?"
    r"(?:meeting|talks|summit|call|conversation)s? between\b"
    # "... with US Secretary of State X, followed by another with Japanese Foreign Minister Y"
    r"|,? followed by (?:another|a second|a separate|one)\b"
    # "... a telephone call from Prime Minister X and a letter from Premier Y": not a meeting
    rf"|{_BY_LETTER}"
)


def without_letters(sentence: str) -> str:
    """The sentence without the letters or messages it also mentions ("... and a letter from
    Chinese Premier Li Keqiang"): their senders did not meet anyone."""
    return re.sub(rf"{_BY_LETTER}.*$", "", sentence)


_ATTRIBUTED = re.compile(
    r"^.{0,500}?\b(?:attributable to|As stated by)\b[^:]{0,80}:\s*(?=\S)", re.I | re.S
)


def after_attribution(text: str) -> str:
    """The text after an attribution that runs into it ("... attributable to Spokesperson
    Ned Price: Secretary Blinken spoke ...")."""
    return _ATTRIBUTED.sub("", text, count=1)


# "Updating on his meeting with President X last week, the Prime Minister ...": an earlier
# meeting, recalled in the readout of this one.
_EARLIER_MEETING = re.compile(
    r"^(?:Updating|Reflecting|Recalling|Building) on (?:his|her|their"
    r"|the) (?:recent |previous |earlier )?(?:meeting|call|visit|talks)"
    r"\b|^[^.]{0,80}\b(?:meeting|call|talks) with [^.]{0,80}\blast "
    r"(?:week|month|year)\b",
    re.I,
)


# A photo's caption: "President Moon (left) and Prime Minister Abe ...".
CAPTION = re.compile(
    r"\((?:left|right|centre|center|L|R|C|front|back"
    r"|(?:1st|2nd|3rd|[4-9]th|first|second|third|fourth) (?:from )?(?:left|right|L|R)"
    r"|(?:left|right) to (?:right|left))\)"
    r"|(?:^|\s)(?:\(?Photo|Photograph|File photo|Image)\s?:"
    # "... in Ho Chi Minh City, Vietnam. (AP Photo/Alex Brandon, Pool)"
    r"|\((?:AP|AFP|EPA|Reuters|Xinhua|Yonhap|Kyodo|Getty|Pool) Photo\b"
    # A credit after the caption, in the page's language: "... with Sweden today. - mynd
    # Ministry for Foreign Affairs/Name", "... - Foto: ...".
    r"|\s[-–—]\s?(?:mynd|photo|foto|bild|kuva)(?=[\s:]|(?-i:[A-Z]))"
    r"|\bpos(?:e|es|ed|ing) for (?:a |the )?(?:group |family )?photo"
    r"|\b(?:shakes|shaking) hands\b"
    # "Foreign Secretary James Cleverly during his meeting with Foreign Minister Wang Yi."
    r"|^(?:[A-Z][\w.'-]*\s+){2,7}during (?:his|her|their) (?:meeting|talks|call|visit)\b[^.]*\.?$",
    re.I,
)


_IN_BRACKETS = re.compile(r"\([^()]+\)(?:\s*\(\d+\))?")
_QUESTION_TURN = re.compile(r"(?:Q|QUESTION|JOURNALIST|REPORTER)\s?[.:]\s")
HOST_TURN = re.compile(r"^(?:MODERATOR|OPERATOR|MC|MASTER OF CEREMONIES|ANNOUNCER)\s*:")


def _reports_meeting(para: str) -> bool:
    """A paragraph that reads as the sentence reporting a meeting, not a headline or label."""
    para = after_attribution(para)
    words = para.split()
    lower = sum(1 for w in words if w[:1].islower()) / max(1, len(words))
    sentence_like = (
        para.rstrip().endswith((".", "!", "?", '"', "”", ")"))
        or len(para) > 160
        or (len(para) >= 60 and lower >= 0.35)
    )
    return (
        len(para) >= 40
        and sentence_like
        # ("MODERATOR: ... Mr. President, Madam Secretary of State, Honorable X, ...": the
        # people addressed, not a report of who met)
        and not HOST_TURN.match(para)
        # ("Q. Mr. President, how was the call with President Erdogan?": a journalist asks)
        and not _QUESTION_TURN.match(para)
        # ("(Also meets with Canada's Prime Minister Jean Chretien) (460)": a headline's deck)
        and not _IN_BRACKETS.fullmatch(para.strip())
        and bool(MEETING_VERB.search(para))
        # ("... held a meeting with X. The following is an overview of the meeting.": a lead
        # that announces what follows; "The following is attributable to ...": not a lead)
        and not ATTRIBUTION.search(sentences(para)[0])
        and not _INTRODUCES.search(para)
        and not _EARLIER_MEETING.match(para)
        and not CAPTION.search(para)
        and not _only_to_come(meeting_sentence(para))
        # ("recently the New Zealand Finance Minister, Dr Cullen, and the Australian Treasurer
        # Mr Costello met": a meeting recalled, not reported)
        and not _RECENTLY_MET.search(meeting_sentence(para))
    )


# A meeting still to come ("the upcoming trilateral meeting that will take place tomorrow
# with Mr. Ehud Olmert"), in a sentence that reports none held.
_TO_COME = re.compile(
    r"\b(?:upcoming|will take place|will be held|is to be held|is due to be held"
    r"|will (?:have|hold) (?:a |an |the )?(?:\w+ )?(?:meeting|talks|summit)"
    # "I'll be meeting with Secretary of State X tomorrow"
    r"|(?:will|'ll) be meeting)\b"
)
_HELD = re.compile(
    r"\b(?:met|held|spoke|had|received|talked|conferred|hosted|called|welcomed|discussed)\b"
)


_RECENTLY_MET = re.compile(r"\b(?:[Rr]ecently|[Pp]reviously)\b[^.]{0,150}\bmet\b")


def _only_to_come(sentence: str) -> bool:
    return bool(_TO_COME.search(sentence)) and not _HELD.search(sentence)


def lead_index(paras: list[str]) -> int | None:
    """Where the lead paragraph is among the first ones; None when none reports a meeting."""
    reporting = [
        i
        for i, p in enumerate(paras[:MAX_LEAD_LOOK])
        if _reports_meeting(p) and not (_HEADLINE_FORM.match(p) and not _ends_sentence(p))
    ]
    for i in reporting[:MAX_LEAD_TRIES]:
        if _names_people(paras[i]):
            if len(paras[i]) < MAX_HEADLINE_LEAD and not _ends_sentence(paras[i]):
                # "X meets Y in Rome" above "X had a meeting with Y ...": a headline, with
                # perhaps a dateline between ("Chicago, 21 May 2012")
                # (blank lines between paragraphs are not counted; "Created: 2021.01.08 /
                # Updated: ..." is such a short line)
                after = [j for j in range(i + 1, len(paras)) if paras[j].strip()][:2]
                dateline = bool(after) and len(paras[after[0]]) < MAX_DATELINE_LINE
                for j in after if dateline else after[:1]:
                    if j in reporting and (
                        _names_people(paras[j]) or _same_names(paras[i], paras[j])
                    ):
                        return j
            return i
    return reporting[0] if reporting else None


_STOPS = (".", "!", "?", '"', "”", ")")
_STOP_INSIDE = re.compile(r"[.!?][\"”]? ")


def _ends_sentence(para: str) -> bool:
    """Whether the line ends as a sentence does; a headline's closing parenthesis, with no
    sentence before it, does not ("6th Pacific Islands Leaders Meeting (Summit Meetings
    between Prime Minister X and ...)")."""
    text = para.rstrip()
    if text.endswith(")") and not _STOP_INSIDE.search(text) and "(" in text:
        return text[: text.rindex("(")].rstrip().endswith(_STOPS)
    return text.endswith(_STOPS)


# A record's headline, never its lead: "Remarks at the bilateral meeting with ...".
_HEADLINE_FORM = re.compile(
    r"(?:Remarks (?:at|by|with|on)|Transcript of|Statement (?:by|on)|Readout of|Joint "
    r"(?:statement|press conference|remarks))\b",
    re.I,
)
MAX_HEADLINE_LEAD = 200  # a line shorter than this without a closing stop may be a headline
MAX_DATELINE_LINE = 60


_NAME_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")
_NOT_NAME_WORDS = {
    "President",
    "Prime",
    "Minister",
    "Secretary",
    "General",
    "Foreign",
    "Affairs",
    "Meeting",
    "Readout",
    "Chancellor",
    "Republic",
    "Kingdom",
    "With",
    "Between",
    "Talks",
    "Call",
}


def _same_names(headline: str, para: str) -> bool:
    """The paragraph's first sentence ends with a stop and names someone the headline names
    ("... meeting with H.E. Mr. Asif Ali Zardari" under "Readout of ... Zardari, President")."""
    first = meeting_sentence(para) or para
    if not _ends_sentence(para):
        return False
    names = set(_NAME_WORD.findall(headline)) - _NOT_NAME_WORDS
    return bool(names & set(_NAME_WORD.findall(first)))


def _two_sides(para: str) -> bool:
    """The paragraph's first sentence names two people of two different countries."""
    people = find_participants(meeting_sentence(para) or para)
    countries = [p.country for p in people[:2] if p.country]
    return len({p.country for p in people if p.country}) >= 2 or (
        len(people) >= 2
        # ("Minister for Foreign Affairs, Senator the Hon X, and Timor-Leste Minister of
        # Foreign Affairs, Y": the publisher's own minister and a named country's)
        and (
            "counterpart" in para
            or (len(people) == 2 and len(countries) == 1 and not _NOT_A_MEETING.search(para))
        )
    )


# A sentence that names two sides but reports no meeting: one to come, an arrival, a photo.
_NOT_A_MEETING = re.compile(
    r"\b(?:will|to be|arrived|arrives|arriving|listens?|listening|pose[sd]?|posing)\b"
    r"|\b(?:AP|AFP|Reuters|Yonhap|EPA|Xinhua)\b"
)


def _two_known(para: str) -> bool:
    """The paragraph's meeting sentence names in full two office holders of two countries
    ("Emmanuel Macron and Charles Michel arrived ... for a 10-minute meeting")."""
    folded = f" {offices.fold(meeting_sentence(para) or para)} "
    return len({h.country for name, h in offices.folded_names() if f" {name} " in folded}) >= 2


def _names_people(para: str) -> bool:
    """The paragraph's meeting sentence names someone with a role, or two office holders in
    full, or two people in full as its subject and object."""
    said = meeting_sentence(para)
    return (
        bool(find_participants(said))
        or _two_known(para)
        or _office_of_a_country(said)
        or BARE_PAIR.match(who_met(said).strip()) is not None
    )


# "Anthony Albanese met with Feleti Teo in Brisbane": two people in full, without offices.
_BARE_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}"
BARE_PAIR = re.compile(
    rf"(?P<a>{_BARE_NAME}) (?:met|met with|held talks with|spoke with|spoke to) "
    rf"(?P<b>{_BARE_NAME})(?= (?:in|at|on|during|for)\b|[,.]|$)"
)


# "Then he called the Emir of Kuwait": an office named with its country, not its holder.
OFFICE_WITH_COUNTRY = re.compile(
    r"\bthe (?:President|Prime Minister|Emir|Amir|King|Chancellor|Crown Prince|Sultan"
    r"|Foreign Minister) of (?:the )?(?P<country>[A-Z][\w-]+(?: [A-Z][\w-]+)?)"
)


def _office_of_a_country(sentence: str) -> bool:
    return any(
        country_named(m["country"], strict_codes=True) is not None
        for m in OFFICE_WITH_COUNTRY.finditer(sentence)
    )


def _how_well_named(para: str) -> tuple[int, int]:
    """How many people the paragraph's meeting sentence names, and how many with a country."""
    people = find_participants(meeting_sentence(para))
    return len(people), sum(1 for p in people if p.country)


# A sentence on a visit or meeting to come: "X is to visit the US ... he will hold talks".
_TO_VISIT = re.compile(
    r"\b(?:is|are) (?:to|due to|scheduled to|set to|expected to) (?:visit|travel|meet|hold)\b"
    r"|\bwill (?:visit|travel to|meet|hold)\b|\bplans? to (?:visit|meet|hold)\b"
)


# A transcript's label of who speaks: "Doorstop Interview: The Minister for Foreign Affairs
# Alexander Downer and ...", a line without a sentence's stop.
TRANSCRIPT_LABEL = re.compile(
    r"^(?:Joint )?(?:Doorstop(?: Interview)?|Press Conference|Media Conference|Transcript"
    r"|(?:Television|Radio) Interview)\s*:[^.?!]*$",
    re.I,
)


# "Ambassadors A and B also participated in the discussions": who else was there, never
# the lead; nor is another meeting.
_ALSO_THERE = re.compile(
    r"\b(?:also|too) (?:participated|attended|took part|joined|were present|was present)\b"
    r"(?! by\b)"
    r"|\b(?:were|was) also (?:present|in attendance)\b"
    # ("In a separate meeting, Minister X met ...": another meeting than the page's)
    r"|^(?:In a separate meeting|Separately),"
)


def pick_lead(lead: list[str], sections: list[Section]) -> str:
    """The paragraph that reports the meeting: the first of the opening ones that has a verb
    of meeting and is not an attribution line ("The below is attributable to ...")."""
    candidates = list(lead)
    for _, section in (pair for s in sections for pair in s.walk()):
        candidates.extend(section.paragraphs)
        if len(candidates) >= MAX_LEAD_LOOK:
            break
    candidates = [
        p
        for p in candidates
        if not HOST_TURN.match(p)
        and not TRANSCRIPT_LABEL.match(p)
        and not _ALSO_THERE.search(p.split(". ", 1)[0])  # (its first sentence)
    ] or candidates
    reporting = [p for p in candidates[:MAX_LEAD_LOOK] if _reports_meeting(p)]
    # The first that names someone with a role; a caption ("X meets Y in Rome") names none.
    # A sentence is the lead before a second headline that names the same people.
    tries = reporting[:MAX_LEAD_TRIES]
    named = [p for p in tries if _names_people(p)]
    if named and tries[0] is not named[0] and ALSO_MET.search(meeting_sentence(named[0])):
        # "Lech Kaczyński also met with the President of Macedonia, Gjorge Ivanov": another
        # meeting than the one reported before, though that names its guest less well
        named = [p for p in named if p is not named[0]]
        if not named or tries.index(named[0]) > 0:
            named = [tries[0], *named]
    if (
        len(named) > 1
        and _TO_VISIT.search(meeting_sentence(named[0]))
        and not _STILL_TO_COME.search(meeting_sentence(named[1]))
        and tries.index(named[1]) <= 2
    ):
        # "X is to visit the US in September, when he will hold talks with President Y",
        # then "This was discussed during talks between ... Z and X here Tuesday": the
        # meeting held, not the one to come
        named = named[1:]
    # "Foreign ministers of China, the United States, Russia ... held a meeting": a meeting of
    # listed parties, before a paragraph on one of its side meetings.
    for para in tries:
        if named and para is named[0]:
            break
        if len(listed_parties(para)) >= 3:
            return para
    if named and not _ends_sentence(named[0]):
        first = _how_well_named(named[0])
        # (a line as short as a headline loses a tie to a sentence: "Justin Trudeau
        # congratulates Donald Trump in phone call with new president")
        headline = len(named[0]) <= MAX_HEADLINE_LEAD
        for para in named[1:3]:
            score = _how_well_named(para)
            if _ends_sentence(para) and (score > first or (headline and score == first)):
                return para
    if named:
        # "Foreign Minister A and his Indonesian counterpart, B have reaffirmed ..." before a
        # paragraph on what the talks prepared ("the meeting between Prime Minister C and
        # President D tomorrow"): the paragraph that names both sides first.
        for para in candidates[:3]:
            if para is named[0]:
                break
            if len(para) >= 80 and not CAPTION.search(para) and _two_sides(para):
                return para
        return named[0]
    # A wire's lead names both sides but says "agreed" or "discussed"; the paragraph with the
    # meeting verb ("Lee and Obama discussed these issues during a telephone conversation")
    # names them without their offices.
    for para in candidates[:3]:
        if reporting and para is reporting[0]:
            break
        if len(find_participants(para)) >= 2 and len(para) >= 80:
            return para
    # Before any paragraph with a verb of meeting ("The Prime Minister congratulated Prime
    # Minister Hipkins ..."), the first sentence that names someone: not a label line.
    for para in candidates[:MAX_LEAD_TRIES]:
        if reporting and para is reporting[0]:
            break
        if _ends_sentence(para) and len(para) >= 40 and find_participants(para):
            return para
    if reporting:
        return reporting[0]
    # No paragraph reports a meeting (a transcript's header, then its turns): the first that
    # is not a header's place line ("Washington, DC").
    return next(
        (p for p in candidates[:MAX_LEAD_LOOK] if not _HEADER_PLACE.fullmatch(p.strip())),
        candidates[0] if candidates else "",
    )


ALSO_MET = re.compile(r"\balso (?:met|held talks|had (?:a )?(?:meeting|talks)|received)\b")
_HEADER_PLACE = re.compile(r"(?=.{3,40}$)[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}, [A-Z][\w.'-]*")

# A paragraph after the lead that still speaks of the meeting's course: "The conversation
# began at 9:30 p.m. and lasted about one hour."
_COURSE = re.compile(
    # ("The meeting was held at Leela Palace at around 10:30 am", "Hasina received the
    # visiting premier at the Prime Minister's Office at 11:15 am")
    r"\b(?:(?:meeting|talks|call|conversation) (?:was|were) held\b[^.]{0,80}?\bat"
    r" (?:about |around )?(?=\d)"
    r"|(?:meeting|talks|call|conversation) took place\b[^.]{0,80}?\bat (?:about |around )?(?=\d)"
    r"|received (?:the )?(?:visiting )?[^.]{0,80}?\bat (?:about |around )?(?=\d{1,2}[:.]\d\d)"
    r"|began|begun|started|commenced|lasted|lasting|lasts?|went on|ran for"
    r"|(?<=\b)Time:(?=\s*(?:[Aa]pprox\w*\s+)?\d)"
    r"|went for|\d+[- ]minutes?|\d+[- ]hours?|half[- ]hour|hour[- ]long"
    r"|an hour long|for (?:about |some |nearly |over )?(?:an|one|two|three|half an) hours?"
    # "During the one-hour meeting", "their around an hour talks", "(approximately one hour)"
    r"|(?:one|two|three)[- ]hours?(?=[- ](?:long|meeting|talks|discussion|conversation|call))"
    r"|(?:about|around|nearly) an hour(?= (?:meeting|talks|discussion|conversation|call))"
    r"|\((?:approximately|about|around|some) (?:one|an|two|three|\d+) hours?(?=\))"
    r")\b",
    re.I,
)


MIN_PART = 30  # a line long enough to tell the lead joined it


def timing_text(lead: str, paras: list[str]) -> str:
    """The text to read the start time and length from: the lead, and when the lead gives
    neither, the next paragraph that tells how the meeting ran."""
    if timing_with_note(lead)[:2] != (None, None):
        return lead
    # (a lead read from several paragraphs, a header's and a speaker's: the last of them)
    at = next(
        (
            i
            for i in reversed(range(len(paras)))
            if paras[i] == lead or (len(paras[i]) > MIN_PART and paras[i] in lead)
        ),
        None,
    )
    if at is None:
        return lead
    for para in paras[at + 1 : at + 4]:
        if _COURSE.search(para):
            return f"{lead}\n{para}"
    for para in paras[:at]:
        # An outline's field above its lead: "Time: Approximately 18:00-19:00, 11 September
        # 2000 (U.S. Eastern Standard Time)" under "I. Date and Venue"
        if _TIME_FIELD.match(para) and timing_with_note(para)[0] is not None:
            return f"{lead}\n{para}"
    # Further on, only a length said of the meeting itself ("During the 25-minute phone talk,
    # ..."): a sentence that names the meeting and how long it ran.
    for para in paras[at + 4 : at + 12]:
        for sentence in sentences(para):
            if (
                _COURSE.search(sentence)
                and _ITSELF.search(sentence)
                and timing_with_note(sentence)[1] is not None
            ):
                return f"{lead}\n{sentence}"
    return lead


_TIME_FIELD = re.compile(r"(?:Date and )?Time\s*:", re.I)
_ITSELF = re.compile(r"\b(?:meeting|talks?|call|summit|exchange|conversation|discussions?)\b", re.I)


_REMOTE_PHONE = re.compile(
    r"\b(?:phone (?:call|conversation|talks?)|telephone (?:call|conversation"
    r"|talks?)|by (?:tele)?phone(?! calls)|over (?:the )?phone)\b",
    re.I,
)
_REMOTE_VIDEO = re.compile(
    r"\b(?:video ?conference|videoconference|video (?:call|link)"
    r"|virtual (?:bilateral )?(?:meeting|summit)|(?:by|via|on|over) (?:Zoom|Webex|video))\b",
    re.I,
)


_STILL_TO_COME = re.compile(r"\b(?:will|is to|are to|is due to|plans? to|next week)\b", re.I)


def remote_hint(paras: list[str], lead: str) -> str:
    """A call or a video conference that the opening paragraphs name although the lead
    sentence does not ("The top diplomats had a phone conversation ..." before the lead;
    "held an hour long video conference" just after "spoke to")."""
    try:
        at = paras.index(lead)
    except ValueError:
        return ""
    opening = "\n".join(paras[max(0, at - 2) : at + 3])
    # "The Secretary will take part at a video conference of the Council": another meeting,
    # still to come.
    if any(
        _REMOTE_VIDEO.search(said) and not _STILL_TO_COME.search(said)
        for said in sentences(opening)
    ):
        return "video-conference"
    # The paragraph after the lead too, when the lead itself names no way of meeting
    # ("Lee and Obama agreed ..." then "... during a telephone conversation").
    after = 2 if not MEETING_VERB.search(lead) else 1
    if _REMOTE_PHONE.search("\n".join(paras[max(0, at - 2) : at + after])):
        return "telephone-talk"
    return ""
