"""Title and kind of meeting, from a headline, the lead sentence and the participants' roles."""

from __future__ import annotations

import re

from summit_tui.core.importer.dates import find_dates
from summit_tui.core.importer.lead import CAPTION
from summit_tui.core.importer.people import inverted_holder
from summit_tui.core.model.readout import KIND_LABELS, Participant
from summit_tui.core.reference import countries

MAX_TITLE = 320  # a ministry's numbered headline runs long
# "held a Japan-Malaysia Summit Meeting": the meeting's own name, capitalised, in the lead.
_NAMED_MEETING = re.compile(
    r"\b(?:held|hold|holds|had|attended|co-chaired|chaired|hosted)\s+(?:a|an|the)\s+"
    r"(?P<title>(?:\d+(?:st|nd|rd|th)\s+)?[A-Z][\w'.&-]*(?:\s+[A-Z0-9][\w'.&-]*)*\s+"
    r"(?:Summit(?:\s+Meeting)?|Meeting|Telephone Talks?|Video Conference|Teleconference"
    r"|Dinner|Luncheon|Breakfast|Talks|Dialogue|Consultations?))\b"
)
_MULTILATERAL = re.compile(
    r"\b(?:ASEAN[\w' -]{0,20}?\b(?:Summit|Ministerial|Leaders'? Meeting|Foreign Ministers'?"
    # ("NATO Secretary General visits Washington": the body's head, not its summit.)
    r" Meeting|Regional Forum)|G7|G20|G-7|G-20|APEC|BRICS|Quad|East Asia Summit|EAS"
    r"|NATO(?! Secretary[- ]General| Deputy Secretary)"
    r"|Pacific Islands|Mekong|CHOGM"
    r"|(?<!Foreign and )Commonwealth(?! Affairs| Office| Secretary| Secretariat)|SCO"
    r"|Leaders' Meeting|Leaders' Summit"
    r"|Trilateral|multilateral)\b",
)
_PHONE = re.compile(
    # ("last night I rang the Prime Minister elect John Key")
    # ("we always maintain a direct contact with her either through visits or by phone
    # calls": a habit, not this meeting)
    r"\b(?:(?:telephone|phone)(?!\s+calls\b)|telephoned|phoned|rang (?:up )?(?:the |my |[A-Z])"
    # ("President Bush made a number of phone calls to world leaders")
    r"|(?:made|makes|placed|held) (?:[\w-]+ ){0,4}?(?:tele)?phone calls\b"
    r"|(?<!video )(?<!video-)teleconference|call (?:with|between)|PM call"
    # (not "the call by the Minister on President X": a visit to the one called on)
    # ("receiving a call by Vice Chairman ... Mr X": a courtesy call, paid by X)
    r"|(?:a|the) call\b(?!\s+(?:on|upon)\b|\s+by\s(?!(?:tele)?phone|video))"
    # (not "called the meeting ... 'sincere and constructive'": a word for it)
    r"|called (?!on\b|upon\b|for\b)(?:(?-i:[A-Z])|his |her |the (?-i:[A-Z])))",
    re.I,
)
# "Spoke to" reports a call unless the text says the two met.
_SPOKE = re.compile(
    r"\b(?:spoke|speaks|talked|has spoken|had spoken)(?: (?:today|yesterday"
    r"|again|already|separately|this (?:morning|afternoon|evening)|\w+ly"
    r"|(?:on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    # ("spoke separately today with")
    r"(?: (?:morning|afternoon|evening|night))?)){0,2} (?:to|with)\b",
    re.I,
)
# ("the upcoming Commonwealth Heads of Government Meeting": an event's name, not theirs)
_MET = re.compile(r"\b(?:met|meets|(?-i:meeting)|visited|hosted|welcomed .* to)\b", re.I)
# ("an opportunity to sit down and work through a structured agenda ... over lunch")
_FACE_TO_FACE = re.compile(
    r"\b(?:in person|face[- ]to[- ]face|here in|(?:sit|sat) down (?:and|with|together)"
    r"|continu\w+ (?:it |them |our talks )?over (?:lunch|dinner))\b",
    re.I,
)


_REMOTE_CALL = re.compile(
    r"\b(?:phone call|telephone call|phone conversation|telephone "
    r"conversation|phone talk|telephone talks?)\b",
    re.I,
)
_MET_WORDS = re.compile(
    r"\b(?:meets?|met|meeting|talks|received|receives|hosted|hosts"
    r"|welcomed|visit(?:ed|s)?|counterpart)\b",
    re.I,
)


def one_side_kind(title: str, lead: str, people: list[Participant], after: str = "") -> str:
    """A meeting's kind from the offices of the people found when the text gives no kind and
    names only part of the table: leaders meet at summits, foreign ministers at theirs; a
    call when the next paragraphs speak of one ("following Abe's phone call with Moon")."""
    text = f"{title}\n{lead}"
    roles = [p.role for p in people if p.role]
    families = {p.name.split()[-1] for p in people if p.name}
    for sentence in re.split(r"(?<=[a-z]{2}[.!?])\s+", after):
        if (
            roles
            and _REMOTE_CALL.search(sentence)
            and any(re.search(rf"\b{re.escape(f)}\b", sentence) for f in families)
        ):
            return "telephone-talk"
    # ("Press conference - Port Moresby": the two who met speak of their meeting)
    occasion = _OTHER.search(_PRESS_CONFERENCE.sub("", title))
    if not roles or not _MET_WORDS.search(text) or _PHONE.search(text) or occasion:
        return ""
    if all(_FOREIGN.search(r) and not _JUNIOR.search(r) for r in roles):
        return "foreign-ministers-meeting"
    if all(is_leader(r) for r in roles):
        return "summit"
    return ""


def is_leader(role: str) -> bool:
    """The role is a head of state's or government's ("Prime Minister of New Zealand")."""
    return bool(_LEADER.match(_without_demonym(role)))


def face_to_face(title: str, lead: str) -> bool:
    """The headline says a meeting (not a call) and the lead that they met in person."""
    return (
        bool(re.search(r"\b(?:Meeting|Summit|Talks|Visit)\b", title))
        and not (_PHONE.search(title) or _TITLE_CALL.search(title))
        and bool(_FACE_TO_FACE.search(lead))
    )


# "spoke to X at the G7 summit": they were in one place.
_IN_PERSON = re.compile(
    r"\b(?:on the (?:sidelines|margins)|in the margins|face[- ]to[- ]face"
    r"|in person|(?:sit|sat) down (?:and|with|together)|continu\w+ (?:it |them )?over lunch"
    r"|at the (?:[A-Z]\w*\s*){1,6}(?:Summit|Meeting|Conference"
    r"|Assembly)"
    # "Mr. X, who is visiting Apulia, Italy to attend the G7 Apulia Summit, had a
    # conversation with ...": both at the summit
    r"|who (?:is|was) (?:visiting|in) [A-Z][\w.' -]*(?:, [A-Z][\w.' -]*)? (?:to attend|for) "
    r"the [\w' -]{0,40}?(?:Summit|Meeting|Conference|Assembly))"
    # "... spoke with Prime Minister X, who was visiting Japan for ... (venue: the Prime
    # Minister's Official Residence)"
    r"|\(venue:",
    re.I,
)
_VIDEO = re.compile(
    r"\b(?:video ?conferenc\w*|videoconferenc\w*"
    r"|virtual(?:ly)? (?:meeting|summit|conversation|talks?|call|visit|trip)"
    r"|virtually|video (?:call|link|consultations?|talks?|meeting|teleconferenc\w*)|videolink"
    r"|online (?:meeting|summit)"
    r"|(?:via|by|through) VTC)",
    re.I,
)
_SUMMIT = re.compile(
    r"\b(?:Summit|summit meeting|meets?(?: with)?\b|met\b|meeting with"
    r"|held talks|bilateral meeting|talks with|received|hosted|hosts|welcomed"
    r"|greeted|bilateral|visit(?:ed|ing)?|working (?:lunch|dinner|breakfast)"
    r"|(?:had|held) (?:a |an |their )?(?:[\w-]+ ){0,2}(?:meeting|talks"
    r"|discussion|tête-à-tête)"
    r"|meeting between|Leaders['’]? (?:Dialogue|Retreat))\b",
    re.I,
)
# A headline's "Call" ("Secretary Kerry's Call With ..."), not a courtesy call.
_TITLE_CALL = re.compile(
    r"(?<!Courtesy )\bCalls?\b(?! [Oo]n (?:the )?(?:[A-Z][\w.]* ){0,3}?"
    r"(?:President|Prime|Premier|Chancellor|Minister|Secretary|Foreign|King|Sultan|Emir"
    r"|His|Her|H\.E\.|Mr|Ms|Mrs|Dr)\b)"
)
_OTHER = re.compile(
    r"\b(?:Dinner|Luncheon|Breakfast|Press Conference|Courtesy Call|Reception"
    r"|Joint (?:Press |Media )?(?:Statement|Release)|Joint Declaration"
    r"|Joint Communiqu[eé])\b",
    re.I,
)
# A leader's press conference that reports the meeting with another: its record.
_PRESS_CONFERENCE = re.compile(r"Press Conference", re.I)
# A deputy or junior minister: their meetings are not foreign ministers' meetings.
_JUNIOR = re.compile(
    # ("Deputy Prime Minister and Foreign Minister" is a foreign minister.)
    r"\b(?:(?:Deputy|Vice)[- ](?!Prime Minister (?:and|&) |Premier (?:and|&) |President (?:and|&) )"
    r"|Under|Assistant|Parliamentary|Minister of State|Acting"
    r"|State Secretary|Secretary of State for (?!Foreign))",
    re.I,
)
# Where the sovereign is the head of government as well: Brunei's and Oman's sultans.
_MONARCH_GOVERNS = frozenset({"BN", "OM"})
_GOVERNING_MONARCHY = re.compile(r"\b(?:Brunei|Oman)\b")
_COURTESY = re.compile(
    r"\b(?:courtesy call|paid a call on|called on)\b"
    r"|\bcall by\s(?!(?:tele)?phone|video)[^.;]{1,60}?\s(?:on|upon)\s+(?:the\s+)?(?-i:[A-Z])",
    re.I,
)
_LEADER = re.compile(
    r"\b(?:(?:Federal|Acting|Interim|Caretaker) )?(?:President|Prime Minister"
    r"|Premier|Chancellor|King|Queen|Emperor"
    r"|Sultan|Emir|Amir|Taoiseach|Supreme Leader"
    r"|Chairman of the State Affairs Commission"
    r"|[Ll]eader(?! of (?:the )?(?:Opposition|House)))\b"
    # (a house's president is no head of state: "President of the Italian Senate")
    # (the European Parliament's is an institution of the Union, as the set counts it)
    r"(?! of (?:the )?(?!European)(?:[A-Z][\w-]* ){0,2}(?:Senate|Parliament|Chamber"
    r"|National Assembly|Assembly|Congress|Court|Bundestag|Duma|Knesset|Sejm)\b)"
)
_FOREIGN = re.compile(
    r"\b(?:Foreign Minister|Minister (?:for|of) (?:the )?(?:[A-Z]\w+ and )?"
    r"(?:Foreign|External)\b|External Affairs Minister|Secretary of State"
    r"|Foreign Secretary|Foreign Ministers|Tánaiste|High Representative"
    r"|Foreign Affairs (?:Minister|Secretary)|Minister of International Relations"
    r"|Secretary (?:for|of) Foreign Affairs)\b"
)


_MONTH_YEAR = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\s+\d{4}",
    re.I,
)
# A page's language switch run into its headline: "... Sir Keir Starmer Français".
_LANGUAGE_LINK = re.compile(
    r"\s+(?:Français|English|Deutsch|Español|Italiano|Português"
    r"|Bahasa(?: Indonesia| Melayu)?|中文|日本語|한국어)$"
)


def title_line(line: str) -> str:
    """The headline when a line is one: short, without a closing full stop, not a date alone."""
    line = re.sub(r"^(?:(?:Headline|Title|Subject)\s*:|\[Title\])\s*(?=\S.{10})", "", line.rstrip())
    if re.match(r"(?:Transcript|Remarks|Statement|Readout) (?:of|by)\b", line):
        line = line.removesuffix(".")  # an archive's headline: "Transcript of ... Canberra."
    if not line or len(line) > MAX_TITLE or line.endswith((".", ":", ";", ",")):
        return ""
    if re.match(r"(?:Subjects|Topics|Issues discussed)\s*:", line, re.I):
        return ""  # a transcript's list of what was spoken of, under its headline
    if re.match(r"\d{1,2}/\d{1,2}/\d{4}[A-Z]", line):
        return ""  # "13/02/2022Fiji Calls for ...": another post's link, its date glued on
    if re.search(r"\([^()/]*[A-Za-z][^()/]*/\s*[A-Z][^()]{1,40}\)\s*$", line) and not re.search(
        r"\((?:[A-Z][a-z]/)+[A-Z][a-z]\)\s*$", line
    ):
        return ""  # a photo's caption: "... (Charles Dharapak/The Associated Press)", not the
        # languages a release is in ("... Mevlüt Çavuşoğlu (En/Ru)")
    if len(line) > 150 and re.search(
        r",? (?:the [\w ]{3,40} )?(?:reports?|said|says"
        r"|announced)$",
        line,
    ):
        return ""  # "..., the White House press service reports": a lead without its stop
    if re.search(r"[,.]?[\"”] said\b|\bsaid [A-Z]", line) or _MONTH_YEAR.fullmatch(line.strip()):
        return ""  # a quotation's middle; "September 2024", an archive's month
    line = _LANGUAGE_LINK.sub("", line)
    if sum(c.isalpha() for c in line) < 8 or len({w.casefold() for w in line.split()}) < 2:
        # a number, an arrow, a lone word ("Politics", "Visits Visits"): a page's label
        return ""
    if re.search(
        r"[a-z]{2}(?<!Hon)(?<!Gen)(?<!Sen)(?<!Rep)(?<!Gov)(?<!Amb)(?<!Mrs)\.\s+[A-Z]", line
    ):
        return ""  # two sentences (a photo caption, a lead): not a headline
    if re.match(r"^(?:\d{1,2}[.\s]|\(\d)", line) or (line.startswith("(") and line.endswith(")")):
        return ""  # a numbered item; a remark in brackets ("(View from the most recent)")
    if _NOT_A_HEADLINE.search(line):
        return ""  # a photo's credit, a teaser cut short, an office and its years
    if re.fullmatch(r"(?:Transcript|Media [Rr]elease|Speech|News|Press [Rr]elease) \d+", line):
        return ""  # an archive's record number: "Transcript 40499"
    if _PAPER.fullmatch(line.strip()):
        return ""  # the paper's own name over its page: "The Korea Herald"
    if BYLINE.match(line):
        return ""  # "Endy Bayuni, The Jakarta Post, Santiago": who wrote it, not a headline
    if re.search(r"https?://", line):
        return ""  # an address: "- site.hu - https://site.hu/talks-with-... -"
    if re.search(r"(?:^|\s)@\w{2,}\b", line) or inverted_holder(line) is not None:
        return ""  # "Tim Gatt · @TimGattITV": an account's byline; "Hawke, Robert": a name
    title = clean_title(line)
    return title if sum(c.isalpha() for c in title) >= 8 else ""


_PAPER = re.compile(
    r"(?:The )?(?:[A-Z][\w-]+ ){1,2}(?:Herald|Times|Post|Tribune|Star|Journal|Gazette"
    r"|Chronicle|Mail|Daily|Observer|Express|Standard|Inquirer|Guardian|Telegraph)"
)
# A reporter's byline: a name, the paper, perhaps the city it was filed from.
BYLINE = re.compile(
    r"^(?:By )?[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3}\s*[,•|]\s*(?:The )?(?:[A-Z][\w-]+ ){0,3}"
    r"(?:Post|Times|Herald|News|Journal|Tribune|Star|Daily|Globe|Mail|Press|Agency|Gazette"
    r"|Inquirer|Chronicle|Reuters|AFP|Bernama|Antara|Xinhua|Yonhap|Kyodo)"
    r"(?:\s*,\s*(?P<city>[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2}))?$"
)


_NOT_A_HEADLINE = re.compile(
    r"©|\bGetty Images\b|(?:…|\.\.\.)\s*$|\blogo|\b(?:Facebook|FB) Live$"
    # a photo's caption with its credit: "... August 24, 2021. — Bernama pic"
    r"|[—–]\s*(?:(?:[A-Z][\w]+ )?(?:pic|picture|photo)|(?:Picture|Photo) by [A-Z][\w. ]+)$"
    r"|^(?:Prime Minister|President|Chancellor)(?: of [A-Z][\w ]{2,60})? \d{4}\s*[-–]\s*\d{4}$"
)


# What a headline about a meeting says: a meeting word, a leader's role, or a verb of meeting.
_HEADLINE_WORDS = re.compile(
    r"\b(?:Summit|Meeting|Meets?|Talks?|Holds|Held|Call|Calls|Conversation|Readout|Statement"
    r"|Visit|Visits|Spoke|Speaks|Dialogue|Consultations?|Conference|Dinner|Luncheon|Receives"
    r"|President|Prime Minister|Premier|Chancellor|Minister|Secretary|King|Emir|Amir|Sultan"
    r"|Leaders?)\b",
    re.I,
)
MAX_HEADLINE_LOOK = 4
_SPEAKER_TURN = re.compile(r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,4}: \S")
# A transcript's turn above its lead: a journalist's question, a speaker's words.
_A_TURN = re.compile(
    r"(?:JOURNALIST|QUESTION|REPORTER|Q|PM|PRIME MINISTER|PRESIDENT|MODERATOR)(?: [A-Z]+)?: \S"
    rf"|{_SPEAKER_TURN.pattern}.*[.?!]$"
)
MIN_LABEL_REPEATS = 3  # a line this often above the lead is a section's label
MAX_TRANSCRIPT_HEADER = 30  # lines of menus and header above a transcript's first turn


def pick_title(paras: list[str], before: int | None = None) -> tuple[str, int]:
    """The headline among the short lines before the lead, and its index; ("", -1) if none;
    a headline broken over two lines ("... a Courtesy Call from" over "U.S. Secretary of
    State Condoleezza Rice") joined again, and one broken over more lines joined with the
    index of its last."""
    title, at = _pick_title(paras, before)
    if title and at >= 0 and (block := _header_block(paras, at))[1] - block[0] >= MIN_BLOCK:
        # "Joint Press Conference" / "by Dr Yukio Hatoyama, Prime Minister of Japan," / ... /
        # "Following the 19th Japan-EU Summit Meeting": one headline over many lines
        # (the index of its last line: what follows it is the page)
        return clean_title(" ".join(p.strip() for p in paras[block[0] : block[1] + 1])), block[1]
    if title and at > 0 and title[:1].islower():
        # "Remarks by EU High Representative Catherine Ashton" over "following her meeting
        # with ...": a headline whose second line was taken alone
        above = next((p.strip() for p in reversed(paras[max(0, at - 2) : at]) if p.strip()), "")
        head = title_line(above) if above else ""
        if head and not find_dates(head):
            title = f"{head} {title}"
    if title and at >= 0 and _DANGLING.search(title) and _DANGLING.search(paras[at].rstrip()):
        following = next((p.strip() for p in paras[at + 1 : at + 3] if p.strip()), "")
        if (
            following
            and len(following) <= MAX_TITLE_TAIL
            and following[:1].isupper()
            and not find_dates(following)
            and not following.endswith(".")
        ):
            title = f"{title} {following}"
    return title, at


_CAPITAL_LINK = re.compile(r"(?:AND|IN|OF|WITH|ON|AT|FOR|TO|BY|FOLLOWING|AFTER)\b")
MIN_BLOCK = 2  # lines after the first in a headline broken over several
MAX_BLOCK_LINE = 150
_CONTINUES = re.compile(r"(?:Following|After|Prior to|During|On the occasion of)\b")


def _header_block(paras: list[str], at: int) -> tuple[int, int]:
    """The first and last index of the lines a headline runs over around ``at``: each joined
    to the next by a trailing comma or preposition, or by a next line that goes on in lower
    case or with "Following ..."."""

    def line(i: int) -> str:
        text = paras[i].strip() if 0 <= i < len(paras) else ""
        if not text or len(text) > MAX_BLOCK_LINE or text.endswith(".") or find_dates(text):
            return ""
        return text

    def linked(a: str, b: str) -> bool:
        # (a headline in capitals goes on in capitals: "... PHOTO OPPORTUNITY WITH" over "The
        # Oval Office" is the header's place)
        if len(re.findall(r"[a-z]", a)) == 0 and len(a) > 3 and not b.isupper():
            return False
        return bool(a and b) and (
            a.endswith(",")
            or bool(_DANGLING.search(a))
            or b[:1].islower()
            # "REMARKS BY THE PRESIDENT" over "AND PRIME MINISTER HASHIMOTO OF JAPAN" over
            # "IN PHOTO OPPORTUNITY": a headline in capitals goes on with a small word
            or (a.isupper() and b.isupper() and bool(_CAPITAL_LINK.match(b)))
        )

    start = end = at
    if _CONTINUES.match(line(at)) and linked(line(at - 2), line(at - 1)):
        start -= 1  # the headline's last line was taken alone
    while linked(line(start - 1), line(start)):
        start -= 1
    while linked(line(end), line(end + 1)):
        end += 1
    if end - start >= 1 and _CONTINUES.match(line(end + 1)):
        end += 1  # "... President of the European Commission" / "Following the Summit"
    return start, end


# A headline's line that cannot end it: a preposition or a conjunction.
_DANGLING = re.compile(r"\b(?:from|with|of|and|to|by|for|on|between|at|in)$", re.I)
MAX_TITLE_TAIL = 100


def _pick_title(paras: list[str], before: int | None = None) -> tuple[str, int]:
    """The headline among the short lines before the lead, and its index; ("", -1) if none.

    ``before`` is the index of the lead paragraph when known: every short line above it is
    a candidate (pages copied whole put menus above the headline). Otherwise the first few
    lines are, up to the first that is not a headline. Copied pages put site names and
    section labels above the headline ("Government of India"): prefer the first line that
    speaks of a meeting or a leader, else the first line.
    """
    candidates: list[tuple[int, str]] = []
    if before is None:
        # A transcript without a lead sentence: its header ends at the first speaker's turn
        # ("SECRETARY RICE: Welcome.").
        before = next(
            (i for i, p in enumerate(paras[:MAX_TRANSCRIPT_HEADER]) if _SPEAKER_TURN.match(p)),
            None,
        )
    if before is not None and before > 0:
        seen = [p.strip() for p in paras[:before]]
        for i, para in enumerate(paras[:before]):
            # ("Summit Diplomacy" three times over "Korea-UK Summit": a section's label)
            if seen.count(para.strip()) >= MIN_LABEL_REPEATS or _A_TURN.match(para):
                continue  # ("JOURNALIST: Prime Minister, ...?": a turn, not a headline)
            if headline := title_line(para):
                candidates.append((i, headline))
    else:
        for i, para in enumerate(paras[: MAX_HEADLINE_LOOK + 1]):
            if i == len(paras) - 1:
                break  # the last paragraph is the body, never a headline alone
            if not para.strip():
                continue  # a blank line between a site's menus and its headline
            headline = title_line(para)
            if not headline:
                break
            candidates.append((i, headline))
        scored = max(candidates, key=lambda c: (_headline_score(c[1]), -c[0]), default=None)
        if scored is not None and _MEETING_HEADLINE.search(scored[1]) and len(candidates) > 1:
            # Menus glued above a transcript's headline ("SEARCHU.S. Department of State"):
            # the line that speaks of a meeting.
            return scored[1], scored[0]
    transcript = next(
        (c for c in candidates if _TRANSCRIPTS.match(c[1]) and not _DANGLING.search(c[1])),
        None,
    )
    if before is not None and before > 0 and transcript is not None:
        # "Press conference - Port Moresby" over the subjects spoken of ("Papua New
        # Guinea-Australia Leadership Dialogue") and a site's menus ("Summit Documents"):
        # a transcript's headline, more than its label.
        return transcript[1], transcript[0]
    if before is not None and before > 0 and candidates:
        # Above a known lead, the line that most reads like a meeting's headline wins; on a
        # tie, the first (a page's headline comes before its standfirst).
        best = max(candidates, key=lambda c: (_headline_score(c[1]), -c[0]))
        if _headline_score(best[1]) > 0:
            return best[1], best[0]
    for i, headline in candidates:
        if _HEADLINE_WORDS.search(headline) and not _BULLETED.match(headline):
            return headline, i
    return (candidates[0][1], candidates[0][0]) if candidates else ("", -1)


# A transcript's headline: "Joint press conference, Canberra", "Auckland Bilateral Press
# Conference", "Doorstop interview - Jakarta".
_TRANSCRIPTS = re.compile(
    r"(?:[A-Z][\w'-]+ ){1,2}(?:Joint |Bilateral )?(?:Press|Media) Conference$"
    r"|(?i:(?:joint |bilateral )?(?:press|media) (?:conference|statement)|doorstop(?: interview)?"
    r"|(?:television|radio) interview)\s*(?:[-–,:]\s*\S|with\b)"
    r"|(?i:joint (?:[\w’']+ ){0,3}(?:press|media) conference)$"
)
_MEETING_HEADLINE = re.compile(
    r"\b(?:Summit|Meeting|Meets?|Met|Talks?|Holds|Held|Calls?|Conversation|Readout|Speaks?"
    r"|Spoke|Dialogue|Consultations?|Receives?|Visits?|Telephone|Phone|Video)\b",
    re.I,
)
_LABEL = re.compile(
    r"\b(?:Release|Releases|News|Newsletter|Database|Subscribe|Media|RSS"
    r"|Leaders and|Search|Menu|Archive|Category|Section)\b",
    re.I,
)


def _headline_score(line: str) -> int:
    """How much a short line reads like a readout's headline: meeting words, roles, names."""
    score = 3 * bool(_MEETING_HEADLINE.search(line)) + bool(_HEADLINE_WORDS.search(line))
    words = line.title() if line.isupper() else line  # a headline in capitals
    score += min(2, len(re.findall(r"\b[A-Z][a-z]{2,}", words)) // 2)
    # A list's item ("• Hon X, Minister for ..."): a page's headline is not bulleted; a
    # standfirst under the headline is a long sentence.
    return (
        score
        # ("Secretary of State Madeleine K. Albright and" over "Italian Foreign Minister ...")
        - 4 * bool(_WHO_SPOKE.fullmatch(re.sub(r"\s+and$", "", line)))
        - 3 * bool(_LABEL.search(line))
        - 2 * bool(_BULLETED.match(line))
        - 2 * (len(line) > MAX_HEADLINE_SCORED and bool(_FINITE.search(line)))
        # A photo's caption: "X (2nd L) meets Y (1st R) ...", "... Photo: MEA India".
        - 6 * bool(CAPTION.search(line))
    )


# An archive's header names who spoke before its headline: "Secretary of State Madeleine K.
# Albright", "and Italian Foreign Minister Lamberto Dini".
_WHO_SPOKE = re.compile(
    r"(?:(?:[Aa]nd|[Ww]ith) )?(?:[A-Z][a-z]+ )?"
    r"(?:Secretary of State|Foreign Minister|Prime Minister"
    r"|President|Chancellor|Minister for Foreign Affairs|Minister of Foreign Affairs)"
    r" [A-Z][\w'-]*\.?(?: [A-Z][\w'-]*\.?){1,3}"
)
MAX_HEADLINE_SCORED = 140  # longer than a headline, and said as a sentence: a standfirst
_FINITE = re.compile(r"\b(?:is|are|was|were|will|has|have|had)\b")


_BULLETED = re.compile(r"[•·▪*]\s")


def clean_title(title: str) -> str:
    """A headline without a trailing date ("PM call with President Biden: 12 May 2023")."""
    dates = find_dates(title)
    if dates and dates[-1].end >= len(title.rstrip(" .")) - 1 and dates[-1].start > 0:
        title = re.sub(r"\s*\($", "", title[: dates[-1].start].rstrip())  # "... (October 22, 2021)"
    # A stamp in the site's language after the headline: "... in Moscow 23 декабря 2014, 20:33".
    title = re.sub(
        r"\s+\d{1,2}\s+[^\W\d_]{3,12}\.?\s+(?:19|20)\d\d(?:,?\s+\d{1,2}:\d\d)?$", "", title
    )
    # A site's name after the headline: "... par le président Sall - adakar.com".
    title = re.sub(r"\s+[-|–]\s+(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", "", title)
    # A list's label or a mailing list's tag before the headline: "Press Releases: ...",
    # "[OS] Readout by the Press Secretary ...".
    title = re.sub(
        r"^(?:\[[A-Z0-9-]{1,12}\]\s*|(?:Press Releases?|News|Readouts?|Statements?"
        r"|Media Releases?)\s*:\s+(?=\S.{15}))",
        "",
        title,
    )
    # A document's number before the headline: "A 475/13 – Remarks by ...", "EUCO 12/11 - ".
    title = re.sub(r"^(?:[A-Z]{1,6} )?\d{1,5}/\d{2}\s*[–-]\s+(?=\S.{15})", "", title)
    # A section's label in another script before an English headline: "国内英语新闻:Chinese FM
    # meets ...".
    title = re.sub(r"^[\u3000-\u9fff\uac00-\ud7af]{2,12}\s*[:：]\s*(?=[A-Za-z])", "", title)
    # A news site's section run into the headline: "Politics FM Kang Meets Russian ...".
    title = re.sub(
        r"^(?:Politics|Diplomacy|Nation|Headlines|Top Stories|Latest News"
        r"|Breaking News)\s+(?=[A-Z]\S*(?:\s+\S+){3,})",
        "",
        title,
    )
    # A footnote's mark run into the last word: "... Joint Press Occasion1".
    title = re.sub(r"(?<=[a-z]{3})\d$", "", title.strip())
    return title.strip(" :,-–—|")


def title_from_lead(lead: str) -> str:
    """The meeting's name as the lead sentence gives it ("Japan-Malaysia Summit Meeting")."""
    m = _NAMED_MEETING.search(lead)
    return m.group("title") if m else ""


# A bilateral meeting held beside a multilateral one: the summit named is only the setting.
_SIDELINES = re.compile(
    r"\b(?:on|at|in) (?:the )?(?:sidelines|margins?|occasion) of\b[^.;\n]*"
    # "Prime Minister meets South Korean President on G20 Summit sidelines"
    r"|\b(?:on|at) (?:the )?(?:[A-Z][\w-]*\s+){1,4}(?:sidelines|margins)\b"
    # "President Bush Meets with Prime Minister Harper of Canada at APEC": the setting
    r"|(?<=[a-z]) at (?:the )?(?:APEC|G7|G-7|G20|G-20|NATO|ASEAN|East Asia|CHOGM|BRICS|SCO)"
    r"\b[\w' -]{0,40}$",
    re.I | re.M,
)


# "agreed to hold a bilateral summit meeting at an early date": a meeting to come.
_TO_COME = re.compile(
    r"\bagree[ds]? (?:on|to) (?:an? |the )?(?:early |future |next |new )?"
    r"(?:summit|meeting|talks|visit)\b"
    r"|(?:\b(?:agree[ds]?|plans?|planned|decided|expects?|hopes?|looked forward"
    r"|look forward|will|would) (?:to )?(?:hold|have|holding|meet)|\bto hold"
    r"|\b(?:in advance of|ahead of|to prepare for|in preparation for))\b"
    r"[^.;\n]{0,60}?\b(?:summit(?: meeting)?|meeting|talks|visit)\b",
    re.I,
)


def without_setting(text: str) -> str:
    """The text without "on the sidelines of the G20 Summit ...", which names no party, and
    without a meeting still to come ("agreed to hold a summit at an early date")."""
    return _TO_COME.sub(" ", _SIDELINES.sub(" ", text))


# "The Prime Minister ... and the President ... held a conversation this afternoon": a call,
# in the words of offices that say "spoke" or "conversation" for one.
_CONVERSATION = re.compile(
    r"\b(?:held|had) (?:a |an )?(?:[\w-]+,? (?:and )?){0,4}?"
    r"conversation\b",
    re.I,
)


def call_by_conversation(title: str, lead: str) -> bool:
    """The text says only "held a conversation": read as a call, worth a look."""
    text = f"{title}\n{lead}"
    return (
        bool(_CONVERSATION.search(text))
        and not _PHONE.search(text)
        and not _TITLE_CALL.search(title)
        and not _SPOKE.search(text)
    )


def kind_of(
    title: str, lead: str, people: list[Participant], party_count: int = 0, *, alone: bool = True
) -> str:
    """The kind of meeting, or "" when the text does not tell.

    ``party_count`` is how many countries took part, when known from more than the people;
    ``alone`` is False for one of several meetings a page reports (a visit's press
    conference beside its summit is an event of its own).
    """
    in_person = _IN_PERSON.search(f"{title}\n{lead}")
    title, lead = without_setting(title), without_setting(lead)
    text = f"{title}\n{lead}"
    if max(party_count, len({p.country for p in people if p.country})) >= 3:
        return "multilateral"  # more than two countries, whether they met, called or linked
    if _VIDEO.search(text) and not (_PHONE.search(title) and not _VIDEO.search(title)):
        # ("Wang Yi Speaks on the Phone with ...", then "a virtual meeting" of the leaders
        # next week: the headline says what this was)
        return "video-conference"
    # "It's very good to be here in person ... we've had many over the phone": a meeting in
    # person that mentions calls before it, unless the headline says it was a call.
    phone = (
        bool(_PHONE.search(text))
        and not (
            in_person and _FACE_TO_FACE.search(f"{title}\n{lead}") and not _PHONE.search(title)
        )
        # ("President Clinton Meets with UN Secretary General Annan" over remarks where "I
        # spent an awful lot of time on the telephone with ..." comes later: a meeting)
        and not (
            _HEADLINE_MEETS.search(title)
            and not _PHONE.search(title)
            and not _PHONE.search(lead[:MAX_PHONE_LOOK])
        )
    )
    if (
        phone
        or _TITLE_CALL.search(title)
        or (
            (_SPOKE.search(text) or _CONVERSATION.search(text))
            and not _MET.search(text)
            and not in_person
        )
    ):
        return "telephone-talk"
    # "NATO: Albright Meets Britain's New Foreign Secretary": a news section's label
    topic = re.sub(r"^[A-Z][\w-]{1,15}:\s+(?=\S)", "", title)
    pair_press = (
        alone
        and _JOINT_PRESS.search(title)
        and len({p.country for p in people if p.country}) == 2
        and party_count <= 2
    )  # "Joint press conference - Pacific Islands Forum": two leaders at a forum
    if (
        _MULTILATERAL.search(topic) and not _PAIR_OF_LEADERS.search(title) and not pair_press
    ) or max(party_count, len({p.country for p in people if p.country})) >= 3:
        return "multilateral"
    leaders_call = (
        _two_leaders(people)
        and not re.search(r"\b[Ff]ormer\b", f"{title}\n{lead}")
        and not any(_sovereign_only(p, lead) for p in people[:2])
    )
    if _COURTESY.search(lead) and not leaders_call:
        # (a president's courtesy call on another is still their summit; a sovereign's
        # courtesy call, as Japan's offices name it, is not, unless the sovereign heads the
        # government too: Brunei's Sultan)
        return "other"
    if _MEAL.search(f"{title}\n{lead}") and _two_leaders(people):
        return "summit"  # two leaders at one table: their dinner or lunch is their summit
    if _FM_MEETING.search(title) or _HELD_FM_MEETING.search(lead):
        # "Australia-New Zealand Foreign Minister Consultations"; "... held a foreign
        # ministers' meeting with H.E. X, Acting Secretary of Foreign Affairs": the text says
        return "foreign-ministers-meeting"
    if (
        alone
        and _JOINT_PRESS.search(title)
        and (_two_leaders(people) or (" with " in title and any(is_leader(p.role) for p in people)))
    ):
        return "summit"  # two leaders' joint press conference: the record of their meeting
    if alone and _TRANSCRIPTS.match(title) and _two_leaders(people) and len(people) == 2:
        return "summit"  # "Press conference - Port Moresby" where two leaders speak
    if alone and _JOINT_PRESS.search(title) and _two_foreign_ministers(people):
        return "foreign-ministers-meeting"  # and two foreign ministers', theirs
    other = _OTHER.search(title)
    if (
        other is not None
        and not (
            (_JOINT.search(title) or _PRESS_CONFERENCE.fullmatch(other.group(0)))
            and _leaders_met(lead, people)
        )
        # ("PM Anwar pays courtesy call to Brunei Sultan": two leaders' summit)
        and not (other.group(0).casefold() == "courtesy call" and leaders_call)
    ):
        return "other"  # a dinner, a press conference; a joint statement of leaders who met
        # in person is their summit's record
    roles = [p.role for p in people]
    if "Foreign Ministers" in title or (
        len(roles) >= 2
        and all(
            _FOREIGN.search(r) and (not _JUNIOR.search(r) or "High Representative" in r)
            for r in roles[:2]
        )
    ):
        return "foreign-ministers-meeting"
    if re.search(r"\bSummit\b", title) and not re.search(
        r"\b(?:sidelines?|margins?|eve) of (?:the )?(?:[\w-]+ ){0,4}Summit\b", title, re.I
    ):
        return "summit"  # (not "... meet at the sideline of Arab Summit": the event's name)
    # A leader's role starts with the office: "Special Envoy of the Prime Minister" is not one.
    leaders = [_LEADER.match(_without_demonym(r)) for r in roles[:2]]
    if _SUMMIT.search(text) and len(roles) >= 2 and all(leaders):
        return "summit"
    return ""


# "Australia-New Zealand Leaders' Meeting": two countries' annual meeting of leaders.
# ASEAN's meetings with a partner have every member at the table: not a pair.
_PAIR_OF_LEADERS = re.compile(
    r"\b(?!ASEAN)[A-Z][\w.]*(?: [A-Z][\w.]*)?\s*[-–]\s*(?!ASEAN)"
    r"[A-Z][\w.]*(?: [A-Z][\w.]*)? Leaders'? (?:Meeting|Summit"
    r"|Dialogue|Retreat)\b"
)
_JOINT = re.compile(
    r"\bJoint (?:Press |Media )?(?:Statement|Declaration|Communiqu[eé]|Release)\b", re.I
)


def in_person_kind(people: list[Participant]) -> str:
    """Two sides who met: leaders at a summit, foreign ministers at theirs, else other."""
    roles = [p.role for p in people]
    if roles and all(is_leader(r) for r in roles):
        return "summit"
    return "foreign-ministers-meeting" if _two_foreign_ministers(people) else "other"


def _two_foreign_ministers(people: list[Participant]) -> bool:
    roles = [p.role for p in people]
    return len(roles) == 2 and all(_FOREIGN.search(r) and not _JUNIOR.search(r) for r in roles)


def _leaders_met(lead: str, people: list[Participant]) -> bool:
    """The lead says two leaders met in person."""
    roles = [_without_demonym(p.role) for p in people[:2]]
    return (
        len(roles) == 2
        and all(_LEADER.match(r) for r in roles)
        and bool(
            re.search(
                r"\b(?:met|held (?:a |the |their )?(?:\w+ )?(?:summit|talks|meeting)"
                r"|(?:have|had|having) (?:a |an |our |their )?(?:[\w-]+ )?(?:meeting|talks) with"
                r"|Summit(?: Meeting)?(?: between [^.]{0,80}?)? (?:was held|took place)"
                r"|Summit(?: Meeting)? between"
                # "details of the meeting I had this morning with President X"
                r"|meeting (?:that )?(?:I|we) (?:had|held))\b",
                lead,
                re.I,
            )
        )
    )


_FM_MEETING = re.compile(
    r"\bForeign Ministers?['’]?s?['’]? (?:Consultations|Meeting|Talks|(?:Strategic )?Dialogue"
    # ("Joint Foreign Ministers' Press Conference": the two ministers' record of their talks)
    r"|(?:Joint |Bilateral )?(?:Press|Media) Conference)\b"
)
_HEADLINE_MEETS = re.compile(r"\b(?:Meets|Met) (?:[Ww]ith )?(?=[A-Z])")
MAX_PHONE_LOOK = 400  # the lead's opening, where a call says it was one
_HELD_FM_MEETING = re.compile(r"\bheld (?:a|the) foreign ministers['’]? meeting\b", re.I)
_JOINT_PRESS = re.compile(
    # ("Auckland Bilateral Press Conference": the two sides' press conference)
    r"\b(?:joint|bilateral) (?:press|media|news) (?:conference|availability|statements?)\b"
    # ("Media conference, with New Zealand Foreign Minister Murray McCully")
    r"|^(?:press|media|news) conference,? with\b"
    # ("Foreign Secretary's opening remarks at press conference with Secretary X")
    r"|\bremarks at (?:a |the )?(?:press|media|news) conference with\b"
    r"|\bjoint (?:remarks|press encounter)\b",
    re.I,
)
_MEAL = re.compile(r"\b(?:dinner|lunch|luncheon|breakfast)\b", re.I)


_ROYAL = re.compile(r"\b(?:King|Queen|Sultan|Emir|Amir|Emperor|Crown Prince)\b")


def _sovereign_only(person: Participant, lead: str) -> bool:
    """A sovereign who does not head the government, or one who pays the call: their courtesy
    call is not a summit. Brunei's Sultan, called on by a leader ("paid a courtesy call to
    Sultan of Brunei"), heads the government too."""
    if not _ROYAL.search(person.role):
        return False
    governs = person.country in _MONARCH_GOVERNS or _GOVERNING_MONARCHY.search(person.role)
    return not governs or bool(re.search(r"\bcourtesy call from\b", lead, re.I))


def _two_leaders(people: list[Participant]) -> bool:
    """The first two people are leaders (by their office) of two different sides."""
    top = people[:2]
    return (
        len(top) == 2
        and all(_LEADER.match(_without_demonym(p.role)) for p in top)
        and (not top[0].country or not top[1].country or top[0].country != top[1].country)
    )


def _without_demonym(role: str) -> str:
    """ "Chinese President" -> "President"; "Sultan of Brunei" stays (a title, not a people)."""
    first, _, rest = role.partition(" ")
    if rest and first in ("the", "The"):
        return rest
    words = role.split()
    for n in (3, 2, 1):  # "North Korea leader", "United States President"
        if len(words) > n and countries.lookup(" ".join(words[:n]), strict_codes=True) is not None:
            return " ".join(words[n:])
    return role


def unnamed_office_kind(lead: str, office: str, people: list[Participant], text: str) -> str:
    """The kind when the publisher's side is named by office only ("The Prime Minister met
    Australian Prime Minister Anthony Albanese"): leaders meeting, or foreign ministers."""
    if not people or not _SUMMIT.search(text):
        return ""
    # (the publisher's own holder, "Prime Minister of the United Kingdom", may be among them)
    them = next((p for p in people if not p.role.startswith(f"{office} of ")), people[0])
    other = _without_demonym(them.role)
    if _LEADER.match(office) and _LEADER.match(other):
        return "summit"
    if _FOREIGN.search(office) and _FOREIGN.search(other):
        return "foreign-ministers-meeting"
    return ""


MAX_NAMED_PARTIES = 4  # a composed title names up to four parties, then counts them


def composed_title(kind: str, party_names: list[str], guest: Participant | None = None) -> str:
    """A plain title from the parties and kind ("Japan-Australia Telephone talk"), or from
    the kind and the one other participant ("Telephone talk with Joe Biden")."""
    if not kind:
        return ""
    label = {"summit": "Summit Meeting", "other": "Meeting", "multilateral": "Meeting"}.get(
        kind, KIND_LABELS[kind].title().replace("'S", "'s")
    )
    if len(party_names) > MAX_NAMED_PARTIES:  # "Meeting of 11 countries"
        return f"{label} of {len(party_names)} countries"
    if len(party_names) >= 2:
        return f"{'-'.join(party_names)} {label}"
    if guest is not None:
        label = {"summit": "Meeting"}.get(kind, label)
        return f"{label} with {guest.name}"
    return ""
