"""Step 2: take page furniture off the text, keeping what it tells us (photos, category, dates)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from summit_tui.core.importer.capitals import country_of_capital
from summit_tui.core.importer.dates import (
    DateMention,
    dateline,
    find_dates,
    place_of_dateline,
)
from summit_tui.core.importer.publishers import (
    Publisher,
    publisher_by_habit,
    publisher_of_line,
    publisher_of_site,
)
from summit_tui.core.model.readout import Photo
from summit_tui.core.reference import countries

MOFA_NAME = "Ministry of Foreign Affairs of Japan"

_BACK_TO = re.compile(r"^(?:Back to|Return to)\s+(?P<target>.+?)\s*$", re.I)
_TOP_LINKS = re.compile(r"^(?:Page Top|Back to Top|Top of Page|To the top|Top)$", re.I)
MAX_CRUMB_LINE = 200  # longer lines are sentences, not a trail of links
_CRUMB_SEP = re.compile(r"\s+(?:>|›|»|/|\|)\s+")
_CRUMB_START = re.compile(r"^(?:Home|Top Page|Top|Home Page|Main)\b", re.I)
_PHOTO = re.compile(
    r"^(?P<caption>.*?)\s*[(\[](?:Photo(?:graph)?s?|Photo credit|Credit|Image|Foto"
    r"|(?:FOTO|Foto) ANTARA|ANTARA FOTO)\s*(?::|by|courtesy of|/)"
    r"\s*(?P<credit>[^)\]]+?)\s*[)\]]$",
    re.I,
)
_PROVISIONAL = re.compile(
    r"^[\[(（]?\s*(?:This is a\s+)?(?:Provisional|Tentative|Unofficial) translation\.?\s*[\])）]?$",
    re.I,
)
_NOISE = re.compile(
    r"^(?:#{3}|View (?:Header|Footer|Full Text|Source)|\*\s*\*\s*\*|-{3,}|END"
    r"|For immediate release|Print(?: this page| friendly)?|Select font.*|Character spacing.*"
    r"|Section categories|Events calendar|All events|Period of Service:.*|Transcript ID:.*"
    # An Indian government site's credits: "Contents managed by", "Website designed & hosted
    # by", "National Informatics Centre."
    r"|Contents? (?:managed|owned|provided) by:?|Website (?:designed|developed),? (?:&|and) "
    r"hosted by:?|National Informatics Cent(?:re|er)\.?"
    r"|Release Date:|Release Type:.*|Document:.*|Photo of [\w ,.'-]{3,60}"
    r"|More information about .{3,80} on The National Archive website\.?|Select Region"
    r"|Audio/Video Index|(?:Tag|Category|Monthly) Archives?:.*|Visit [\w ]{2,30} Sites"
    r"|Indholdet på denne side vedrører .*|Pressemeddelelser|Pressemitteilungen"
    r"|Communiqués de presse|Comunicados de prensa|Siaran Pers|Notas de prensa"
    r"|[\w-]+\.pdf(?: \d+ Page\(s\))?"
    r"|Note: Where available, the PDF/Word icon below is provided.*"
    # The banner of every U.S. government site.
    r"|An official website of the .{5,60}|Here's how you know|Official websites use \.\w+"
    r"|A \.\w+ website belongs to an official government organi[sz]ation.*"
    r"|Secure \.\w+ websites use HTTPS|A lock \(.{0,20}\) or https://.*"
    r"|Share(?: this page| this article| on \w+)?:?|Tweet|Email(?: this page)?|Related Links?"
    r"|Related Information|Related content|Press Releases?|News(?: story| Release)?|Read more"
    r"|Skip to (?:main )?content|Skip Links|Menu|Search|Close|Subscribe|Follow us(?: on \w+)?:?"
    r"|(?:Go|Return|Back) to (?:the )?(?:[\w&' ]{2,40} )?(?:home ?page|front page)"
    r"|(?:(?:Jump|Skip) to main (?:navigation|content)\s*)+"
    r"|Is this page useful\?.*|Report a problem with this page|Download(?: PDF)?|Listen"
    r"|Contents|(?:Yes|No)(?: this page is(?: not)? useful)?|Accept(?: all)?(?: cookies)?"
    r"|Reject(?: all)?(?: cookies)?|Was this page helpful\?.*|Skip navigation|Main (?:Container"
    r"|Content|Menu)|(?:English )?Home(?: ?page)?|Advanced Search|Site ?Map|Contact(?: Us)?"
    r"|About(?: Us)?|Help|Log ?in|Sign in|Register|Top of page|Bottom of page|Back to top"
    r"|Printable version|Print this article|Suggest to a friend|Send to a friend"
    r"|Email this (?:article|story)|Font size:?.*|Text size:?.*|\(END\)|END OF TEXT|-?\s*Ends\s*-?"
    r"|Related (?:articles?|stories|news)|More (?:stories|news)|Latest news|Most read"
    r"|Photo gallery|Video|Tags?:.*|Categor(?:y|ies):.*|Keywords?:.*|Media Cent(?:er|re)"
    r"|National News|World News|Top Stories|Subscribe.*|Newsletters?|For Immediate Release"
    r"|Search form|Search this site|(?:Working|Opening|Office) hours:?.*|Go to top"
    r"|By [A-Z][\w.-]+(?: [A-Z][\w.-]+){0,3}|[»«›‹>|]+"
    # An archived site's notice ("The State Department web site below is a permanent
    # electronic archive of information released online from January 1, 1997 to ...") and
    # its images' names ("Blue Bar").
    r"|.{0,80}\bis a permanent electronic archive\b.*|.*\bArchive sites are not updated\b.*"
    r"|Other [\w ]{2,40} Archive Sites.*|Blue Bar|Great Seal"
    # An archived White House page's media links and print button
    r"|video screen capture|video image|audio image(?: listen)?|President's Remarks"
    r"|.{0,80}Click to print this document"
    # An archived White House page's link to a fact sheet, above the remarks
    r"|Fact [Ss]heet:? [A-Z][\w'’ .-]{3,60}"
    # A news site's icons named in its markup: "Notification Icon", "userprofile IconSearch"
    r"|(?-i:[a-z]+ ?Icon[A-Z]?[a-z]*|[A-Z][a-z]+ Icon)|Listen to (?:this|the) (?:article|story))$",
    re.I,
)
# A line of nothing but social network link labels: "Facebook Twitter LinkedIn Email".
_SOCIAL = re.compile(
    r"^(?:(?:Facebook|Twitter|X|X \(Twitter\)|LinkedIn|WhatsApp|Instagram|YouTube|Telegram"
    r"|Weibo|WeChat|Reddit|Threads|Bluesky|Flickr|Email|Print|Copy link|Share)[\s,|/·•]*)+$",
    re.I,
)
# Cookie banners: a line about cookies together with consent words.
_COOKIES = re.compile(
    r"^Cookies on\b|\bcookies?\b.*\b(?:accept|reject|consent|settings|preferences|policy|use"
    r"|essential|analytics)\b|\b(?:accept|reject|use|essential)\b.*\bcookies?\b",
    re.I,
)
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)\s|Copyright\s*(?:©|\(c\)|\d{4}|\w+ copyright))"
    r"|\bAll rights reserved\.?$|^Crown copyright$",
    re.I,
)
# "Photo: Cabinet Public Affairs Office" or "Photo credit: PIB" on a line of its own.
# A news photo's caption with its label: "Minister X is visiting Jakarta ... - Filepic".
_FILE_PIC = re.compile(
    r"^(?P<caption>.{10,300}?)\s*[-–]\s*(?:File ?pic|File photo|Filepic"
    r"|Photo|Pic)(?:\s*\([^)]{0,40}\))?\.?$",
    re.I,
)
_PHOTO_LINE = re.compile(
    r"^(?:[•*·-]\s*)?(?:[(\[](?:Photo(?:graph)?|Image)[)\]]|(?:Photo(?:graph)?"
    r"|Image)(?P<credit_word>\s+credits?)?\s*:)\s*(?P<text>.{1,200})$",
    re.I,
)
# A picture's caption with its agency after a slash: "Putin and Kim / AP".
_AGENCY_PIC = re.compile(
    # "... / AP"; "... Yekaterina Shtukina/Russian Government Press Office/TASS": the
    # photographer's name and office run into the caption.
    r"^(?P<caption>.{5,200}?)\s+(?:/\s+|[A-Z][a-z]+ [A-Z][a-z]+(?:/[A-Z][\w .'-]{1,40})*/)"
    r"(?P<credit>AP|AFP|Reuters|EPA|Getty Images|Xinhua"
    r"|Yonhap|Kyodo|Anadolu|TASS|ТАСС|РИА Новости|Sputnik|Bloomberg|Pool)$"
)
# A photo's credit on a line of its own: the agency and the photographer, either way round.
_CREDIT_LINE = re.compile(
    r"^(?:[A-Z][A-Z.&'-]+(?: [A-Z][A-Z.&'-]+){0,4}/[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}"
    r"|[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}/(?:THE )?[A-Z][A-Z.&'-]+(?: [A-Z][A-Z.&'-]+){0,4})$"
)
MAX_CAPTION = 300
_ALBUM = re.compile(r"^(?:The Photographs? of\b|Click (?:the )?photo(?:graph)?s? to enlarge)", re.I)
_ALBUM_ITEM = re.compile(r"\bThe Photographs? of\b|^Click .*$", re.I)
_LABELLED_PHOTO = re.compile(r"^[(\[]Photo(?:graph)?[)\]]\s*\S", re.I)
_SENTENCE = re.compile(r"[.!?]\s*$|\b(?:and|with|at|meets?|held|during)\b")
_END_MARK = re.compile(
    r"^(?:#{3,}|\(?END\)?|-+\s*(?:END|Ends)\s*-+|\*{3,}"
    r"|End of (?:text|release))$",
    re.I,
)
# A republisher's lines about itself: "The post ... first appeared on ...", disclaimers.
_FOOTER = re.compile(
    r"^The post .{5,300} first appeared on |^More Stories$"
    r"|^Public Release\. This material from the originating organi[sz]ation"
    r"|^Published by .{3,80} with permission from"
    r"|^(?:Source|Courtesy): [\w.-]+\.(?:org|gov|com|int|net)\S*$"
    r"|^\(?(?:Reporting|Editing) by\b|^This is historical material"
    r"|^This (?:page|website|site|document|content) (?:has been|is|was) archived"
    r"|\bno longer (?:being )?updated\b|^Archived (?:page|content|release)"
    r"|^This was published under the .{3,80} government$|^You are (?:viewing|reading) an archived",
    re.I,
)
_CITED = re.compile(
    r"^(?:Official news published at|Originally published at|Original article"
    r"(?: link)?:?|Source(?: link)?:|Read (?:more|the original) at:?|Published at)"
    r"\s*(?P<url>https?://\S+)\s*$",
    re.I,
)
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?:/|$)")


_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# A date in an address's last part: "pm-call-with-president-biden-25-october-2022".
_SLUG_DATE = re.compile(
    r"(?<![\w])(?:(?P<d>[0-3]?\d)-(?P<m>"
    + "|".join(_MONTHS)
    + r")|(?P<m2>"
    + "|".join(_MONTHS)
    + r")-(?P<d2>[0-3]?\d))-(?P<y>(?:19|20)\d\d)(?![\w])",
    re.I,
)


def _url_date(url: str) -> DateMention | None:
    """The date in an address's path ("/2024/09/13/", "...-25-october-2022"), when real."""
    if (m := _URL_DATE.search(url)) is not None:
        mention = DateMention(int(m.group("m")), int(m.group("d")), int(m.group("y")), 0, 0)
    elif (m := _SLUG_DATE.search(url.rstrip("/").rsplit("/", 1)[-1])) is not None:
        month = _MONTHS.index((m.group("m") or m.group("m2")).casefold()) + 1
        mention = DateMention(month, int(m.group("d") or m.group("d2")), int(m.group("y")), 0, 0)
    else:
        return None
    return mention if mention.resolve(None) else None


def date_in_address(url: str) -> dt.date | None:
    """The date an address carries in its path or its last part, if any."""
    mention = _url_date(url)
    return mention.resolve(None) if mention else None


_ISSUED = re.compile(
    r"^(?:The |This )?(?:following )?(?:press release|statement|readout"
    r"|news release)(?: was)? (?:issued|published|released) by (?P<by>.{3,80}?)"
    r" on (?P<on>(?:[^.]|\.(?=\s*\d))(?:[^.]|\.(?=\s*\d)){5,40})(?:\.|$)",
    re.I,
)
MAX_DATED_LINE = 40  # a line over a date line this short may be the record's place
# A news service's issue, not a place: "PIA Dispatch - Friday, July 31, 2009".
_ISSUE_NAME = re.compile(r"\b(?:Dispatch|Bulletin|Newsletter|Digest)\b", re.I)
# A parliament's archive opens with this note, then the record's headline.
_ARCHIVE_NOTE = re.compile(r"^Note: Where available, the PDF/Word icon below is provided\b")
# A category line of the Japanese foreign ministry: "Japan-Malaysia Relations".
_RELATIONS = re.compile(r"^Japan-[\w .'()-]+ Relations$")


@dataclass(frozen=True, slots=True)
class Page:
    """The text with furniture removed, and what the furniture said."""

    lines: tuple[str, ...]  # body lines in order, "" between paragraphs
    category: str = ""
    photos: tuple[Photo, ...] = ()
    provisional_translation: bool = False
    dates: tuple[DateMention, ...] = ()  # datelines, in order
    publisher: Publisher | None = None
    crumbs: tuple[tuple[str, ...], ...] = ()  # breadcrumb trails, for a category when none else
    dateline_place: str = ""  # "Kuala Lumpur" of "Kuala Lumpur, 26 May 2025"
    url: str = ""  # the page's address, when it came from a saved page or a URL
    # The short lines that stood just over a date line: a record's place ("Ramallah").
    dated: tuple[str, ...] = ()
    headline: str = ""  # the headline, when the page's furniture says which line it is
    published: dt.date | None = None  # the publication date in the page's metadata
    written_in: str = "en"  # the language the page was written in, before any reading


def _filed_from(line: str) -> list[str]:
    """The parts of a wire's "ANI | New Delhi | Updated: ..." line that may be a city."""
    return [
        p.strip()
        for p in line.split("|")
        if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", p.strip())
    ]


def _photo_line(line: str) -> Photo | None:
    """A photo named on a line of its own: an agency or office is a credit, else a caption."""
    m = _PHOTO_LINE.match(line)
    if m is None:
        return None
    text = m.group("text").strip()
    if m.group("credit_word") or not _SENTENCE.search(text):
        return Photo(credit=text)
    return Photo(caption=text)


def _foreign_script(line: str) -> bool:
    """A line mostly in a script other than Latin (a Korean or Chinese menu on an English
    page): not the readout's text, which is in English."""
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 2:
        return False
    latin = sum(1 for c in letters if c < "\u0250" or "\u1e00" <= c <= "\u1eff")
    return latin / len(letters) < 0.5


# A site's comment box: "We don't have any comments for this article yet. Why not join in
# and start a discussion.", "Leave a comment", "3 comments".
_COMMENTS = re.compile(
    r"^(?:We don't have any comments\b.*|Why not join in and start a "
    r"discussion\.?|Leave a (?:comment|reply)|Post a (?:public )?comment\b.*"
    r"|No comments yet\.?|\d+ comments?|Comments? \(\d+\)|Add (?:a )?comment)$",
    re.I,
)


# A site's menu flattened into one line: "Home Issues & Press Travel & Business Countries
# Youth & Education Careers About State Video", "Navigation path", "You are here: ...".
_MENU_WORDS = frozenset(
    [
        "home",
        "about",
        "contact",
        "news",
        "careers",
        "search",
        "media",
        "press",
        "countries",
        "issues",
        "video",
        "services",
        "resources",
        "events",
        "publications",
        "newsroom",
        "multimedia",
        "jobs",
        "sitemap",
        "travel",
        "business",
    ]
)
_PLACE_HERE = re.compile(
    r"^(?:Navigation path|You are here:?.*|Breadcrumbs?|Speeches and statements"
    r"|Statements and speeches"
    # A site's display settings: "View settings", "Font size:", "Site colours:".
    r"|View settings|Settings|Font size:?|Site colou?rs:?|Images|Text size:?|Contrast:?"
    r"|Main Container|Main Content|Skip to main content|logo|(?:Prime Minister['’]?s? )?Crest"
    r"|[A-Z][a-z]+\s+/)$",
    re.I,
)


def _menu(line: str) -> bool:
    words = [w for w in re.split(r"\s+|[&|·•]", line) if w]
    return (
        len(words) >= 8
        and all(w[:1].isupper() or w in ("and", "of") for w in words)
        and sum(w.casefold() in _MENU_WORDS for w in words) >= 3
    )


_LIST_MARK = re.compile(r"^[-–•·*]\s+")
# The same chrome in the other languages the importer reads.
_NOISE_ELSEWHERE = re.compile(
    r"^(?:Beitrag teilen|Teilen|Drucken|Pressemitteilung(?: Nr\.)?(?: \d+)?"
    r"|Partager(?: cet article| la page)?|Imprimer(?: la page)?|Compartir(?: en \w+)?"
    r"|Imprimir|Compartilhe|Compartilhar|Bagikan(?: berita)?(?: ke)?\s*:?"
    r"|Di ?baca \d[\d.]* kali)$",
    re.I,
)


def furniture_line(line: str) -> bool:
    """A line the page's furniture is made of (chrome, or the publisher's own name)."""
    bare = _LIST_MARK.sub("", line)
    return is_noise(bare) or publisher_of_line(bare) is not None


def is_noise(line: str) -> bool:
    """A line of page chrome that says nothing about the meeting: links, banners, footers."""
    if (
        _NOISE.match(line)
        or _SOCIAL.match(line)
        or _COPYRIGHT.search(line)
        or _COMMENTS.match(line)
        or _PLACE_HERE.match(line)
        or _NOISE_ELSEWHERE.match(line)
        or _menu(line)
    ):
        return True
    if _foreign_script(line) or _REPUBLISHED.match(line):
        return True
    if len(_SHARE_NAMES.findall(line)) >= 2 and not re.search(r"[.!?]\s", line):
        return True  # a strip of share buttons: "google-plus facebook twitter linkedin2 ..."
    return len(line) < 400 and bool(_COOKIES.search(line))


# A republisher's own headline over a document in English ("... (en)"); its credit line
# ("Met dank overgenomen van ..., gepubliceerd op ...") stays: it dates the page.
_REPUBLISHED = re.compile(r"^.{10,200}\s\((?:en|fr|de)\)$")
_SHARE_NAMES = re.compile(
    r"facebook|twitter|linkedin|google-plus|whatsapp|instagram|youtube|pinterest", re.I
)


def _is_breadcrumb(line: str) -> bool:
    parts = _CRUMB_SEP.split(line)
    if len(parts) < 2 or len(line) > MAX_CRUMB_LINE:
        return False
    return len(parts) >= 3 or bool(_CRUMB_START.match(line))


# "Posted On: 24 MAR 2026 8:48PM by PIB Delhi The Prime Minister ...": a publication line
# run into the release's first sentence.
_GLUED_POSTED = re.compile(
    r"^(?P<head>(?:Posted|Published|Released)\s+[Oo]n\s*:?\s*\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}"
    r"(?:\s+\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?)?\s+by\s+[A-Z]{2,6}(?:\s+[A-Z][a-z]+)?)"
    r"\s+(?P<rest>[A-Z].{40,})$"
)


def _unglue_posted(line: str) -> list[str]:
    """The line, or its publication line and the sentence run into it, apart; a photo's
    description run into a transcript's first turn, without the description."""
    if (photo := _GLUED_PHOTO.match(line)) is not None:
        return [photo.group("rest")]
    m = _GLUED_POSTED.match(line)
    return [m.group("head"), "", m.group("rest")] if m else [line]


# An archived State Department page's photo: "Date: 06/09/2009 Description: Remarks by ...
# © State Dept Photo by Michael GrossSECRETARY CLINTON: Good morning."
_GLUED_PHOTO = re.compile(
    r"^Date: [\d/.-]{6,10} Description: .{0,600}?(?:©|\(c\))[^:]{0,80}?Photo"
    r"(?: by [A-Z][a-z.'-]*(?: [A-Z][a-z'-]+)*)?(?=[A-Z]{2,}[A-Z .'-]*:\s)(?P<rest>.+)$"
)


# A site's menu as a list: "• An Giang", "• Binh Duong", ... one short name a line.
_LINK_ITEM = re.compile(r"^\s*[-–•·*]\s+[^\s.!?:;,]+(?:\s+[^\s.!?:;,]+){0,3}\s*$")
MIN_LINK_LIST = 6


def _without_link_lists(lines: list[str]) -> list[str]:
    """The lines without runs of short bulleted items (a menu, a list of regions or links);
    a readout's own bullet points are sentences, and shorter runs stay."""
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, "\0"]:
        if _LINK_ITEM.match(line) or (run and not line.strip()):
            run.append(line)
            continue
        items = sum(1 for r in run if r.strip())
        out.extend([] if items >= MIN_LINK_LIST else run)
        run = []
        if line != "\0":
            out.append(line)
    return out


# An archive's record: "Location:" above its value, "Subject(s):" above a list of subjects.
_SUBJECTS = re.compile(r"^Subjects?(?:\(s\))?:$", re.I)
# (and an archive's record: "Release Type:" over "Press Conference", "Transcript ID:" over
# "10544", both furniture)
_FIELD_LABEL = re.compile(
    r"^(?:Location|Venue|Place|Release Type|Transcript ID|Document|Released by):$", re.I
)
MAX_FIELD_VALUE = 60
_RELEASED_BY = re.compile(r"^Released by:\s*(?:[•·*-]\s*)?(?P<who>\S.*)$")


def _fields_joined(lines: list[str]) -> list[str]:
    """ "Location:" on a line of its own and "Ottawa, Canada" on the next, as one line; a
    ministry's name over its country's, too."""
    out: list[str] = []
    for line in lines:
        if (
            out
            and _FIELD_LABEL.match(out[-1])
            and line.strip()
            and len(line) <= MAX_FIELD_VALUE
            and not line.rstrip().endswith(".")
        ):
            out[-1] = f"{out[-1]} {line.strip()}"
            continue
        if (
            out
            and _BARE_MINISTRY.match(out[-1].strip())
            and countries.lookup(re.sub(r"^[Tt]he\s+", "", line.strip()), strict_codes=True)
        ):
            # "Ministry of Foreign Affairs" over "The People's Republic of China": one name
            out[-1] = f"{out[-1].strip()}, {line.strip()}"
            continue
        out.append(line)
    return out


_BARE_MINISTRY = re.compile(r"(?:Ministry of (?:Foreign|External) Affairs|Foreign Ministry)$")


MAX_AUTHOR = 60  # a byline's name, on the line under its "by"
_POST_SIGNATURE = re.compile(r"^[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s+(?P<date>.{6,40})$")


def strip_furniture(text: str) -> Page:
    """Split the normalised text into body lines and the facts page furniture carries."""
    lines = _without_link_lists(
        [part for line in text.split("\n") for part in _unglue_posted(line)]
    )
    back_targets = [
        m.group("target") for ln in lines if (m := _BACK_TO.match(ln)) and not _TOP_LINKS.match(ln)
    ]
    category = next((t for t in back_targets if not re.fullmatch(r"top|page top", t, re.I)), "")
    publisher = None
    photos: list[Photo] = []
    dates: list[DateMention] = []
    posted: list[DateMention] = []
    provisional = False
    body: list[str] = []
    crumbs: list[tuple[str, ...]] = []
    places: list[str] = []
    dated: list[str] = []
    headline = ""
    headline_next = False
    original = ""
    ended = False  # past the release's end mark ("###", "(END)"): only footers follow
    subjects = False  # in an archive's list of subjects ("Subject(s):" then bullets)
    lines = _fields_joined(lines)
    author_next = False  # after a "by" alone on its line: the author's name comes next
    for line in lines:
        if not line:
            body.append("")
            continue
        if author_next:
            author_next = False
            if len(line) <= MAX_AUTHOR and not line.rstrip().endswith("."):
                continue  # "by" over "The Armenian Mirror-Spectator": a byline
        if line.strip().casefold() == "by":
            author_next = True
            continue
        if _SUBJECTS.match(line):
            subjects = True
            continue
        if subjects and _LIST_MARK.match(line):
            continue  # "• meeting with Prime Minister Stephen Harper": a subject, not a headline
        subjects = False
        # An image's name run into the line after it: "Great Seal Secretary of State ...".
        line = re.sub(r"^(?:Great Seal|Blue Bar)\s+(?=[A-Z])", "", line)
        if _END_MARK.match(line) and any(body):
            ended = True
            continue
        bare = _LIST_MARK.sub("", line)  # "- Pressemitteilung 391": a list of page facts
        if (signed := _POST_SIGNATURE.match(line)) is not None and (
            stated := [d for d in find_dates(signed["date"]) if d.year]
        ):
            # An embedded post's signature, in any script: "— Υπουργείο Εξωτερικών
            # (@GreeceMFA) January 13, 2021": the day the post was made
            posted.append(stated[-1])
            places.append("")
            continue
        if _ARCHIVE_NOTE.match(line):
            headline_next = not body  # the archive's headline is the next line
            continue
        if _TOP_LINKS.match(line) or is_noise(bare) or _FOOTER.search(line):
            continue
        if (cited := _CITED.match(line)) is not None:
            # A republisher's citation of the original: its address is the source, and the
            # date in that address ("/2024/09/13/") is when the original was published.
            url = cited.group("url").rstrip(".,)")
            original = original or url
            if (d := _url_date(url)) is not None:
                dates.append(d)
                places.append("")
            continue
        if len(line) < 250 and (issued := _ISSUED.match(line)) is not None:
            # "The press release issued by 10 Downing Street on 5 July 2024.": a
            # republisher's line naming the publisher and the publication date.
            publisher = publisher or publisher_of_line(issued.group("by").strip())
            dates.extend(d for d in find_dates(issued.group("on")) if d.year)
            continue
        if len(line) <= 160 and "|" in line and (d := dateline(line)) is not None:
            # "Published By : Admin | June 2, 2020 | 21:29 IST": the site's posting date,
            # worth less than a release's own date line. "ANI | New Delhi | Updated: ...":
            # the city it was filed from.
            posted.append(d)
            places.append(next((c for c in _filed_from(line) if country_of_capital(c)), ""))
            continue
        if _is_breadcrumb(line):
            crumbs.append(tuple(c.strip() for c in _CRUMB_SEP.split(line)))
            if find_dates(line):  # "ANI | New Delhi | Updated: ...": the city it was filed from
                places.append(next((c for c in _filed_from(line) if country_of_capital(c)), ""))
            continue
        if _BACK_TO.match(line):
            continue
        if (released := _RELEASED_BY.match(line)) is not None:
            # An archive's "Released by: • Howard, John Winston": whose record, a line of its
            # own, not the first line of the headline under it
            body.extend([released["who"], ""])
            continue
        if category and line == category:
            continue
        if not category and not body and _RELATIONS.match(line):
            category = line
            continue
        if _PROVISIONAL.match(line):
            provisional = True
            continue
        if (found := publisher_of_line(bare)) is not None:
            publisher = publisher or found
            continue
        if (m := _PHOTO.match(line)) is not None:
            photos.append(Photo(caption=m.group("caption").strip(), credit=m.group("credit")))
            continue
        if (photo := _photo_line(line)) is not None:
            filled = [b for b in body if b]
            if _LABELLED_PHOTO.match(line) and len(filled) == 1 and photo.credit:
                # A photo's caption above its label, then the label naming the meeting
                # ("(Photo) Japan-Mongolia Foreign Ministers' Meeting"): the label is the
                # headline, the line above it the caption.
                photos.append(Photo(caption=filled[0]))
                body = [photo.credit]
                continue
            photos.append(photo)
            continue
        if _ALBUM.match(line):
            # The Kantei's photo strip: "The Photograph of X The Photograph of Y", then
            # "Click photographs to enlarge".
            photos.extend(Photo(caption=c.strip()) for c in _ALBUM_ITEM.split(line) if c.strip())
            continue
        if (pic := _FILE_PIC.match(line)) is not None:
            photos.append(Photo(caption=pic.group("caption").strip()))
            continue
        if (agency := _AGENCY_PIC.match(line)) is not None:
            photos.append(Photo(caption=agency["caption"].strip(), credit=agency["credit"]))
            continue
        if _CREDIT_LINE.match(line.strip()):
            # "THE CANADIAN PRESS/Sean Kilpatrick" under its photo's caption
            while body and not body[-1]:
                body.pop()
            caption = body.pop() if body and len(body[-1]) <= MAX_CAPTION else ""
            photos.append(Photo(caption=caption.strip(), credit=line.strip()))
            continue
        if (d := dateline(line)) is not None:
            dates.append(d)
            # ("PIA Dispatch - Friday, July 31, 2009": a news service's issue, not a place)
            place = place_of_dateline(line)
            places.append("" if _ISSUE_NAME.search(place) else place)
            if body and body[-1] and len(body[-1]) <= MAX_DATED_LINE:
                dated.append(body[-1])  # "Ramallah" over "February 18, 2007"
            continue
        if any(line == p.caption for p in photos):
            continue  # a photo's caption again, without its credit
        if not ended:
            if headline_next:
                headline, headline_next = line, False
            body.append(line)
    while body and not body[0]:
        body.pop(0)
    publisher = publisher or next(
        (p for trail in crumbs for c in trail if (p := publisher_of_line(c)) is not None), None
    )
    publisher = publisher or (publisher_of_site(original) if original else None)
    return Page(
        lines=tuple(body),
        category=category,
        photos=tuple(photos),
        provisional_translation=provisional,
        dates=(*dates, *posted),
        publisher=publisher or publisher_by_habit(text) or _publisher_of_category(category),
        crumbs=tuple(crumbs),
        dateline_place=next((p for p in places if p), ""),
        url=original,
        dated=tuple(dated),
        headline=headline,
    )


def _publisher_of_category(category: str) -> Publisher | None:
    """ "Japan-Malaysia Relations" heads the Japanese foreign ministry's country pages."""
    return publisher_of_line(MOFA_NAME) if _RELATIONS.match(category) else None
