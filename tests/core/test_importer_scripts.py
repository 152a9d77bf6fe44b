"""Readouts in Chinese (and, below, other scripts of their own): read through English.

Each text is our own, written the way Xinhua and the foreign ministry write a leader's
meeting; the readout keeps the page's own words, its fields are in the collection's English.
"""

from __future__ import annotations

import datetime as dt

from summit_tui.core.importer import import_text
from summit_tui.core.importer.chinese import month_of, simplified
from summit_tui.core.importer.languages import language_of, read_as_english
from summit_tui.core.importer.request import Overrides
from summit_tui.core.model.readout import Readout

CHINESE = (
    "习近平同巴西总统卢拉举行会谈\n\n"
    "2023年4月14日，国家主席习近平在北京人民大会堂同巴西总统卢拉举行会谈。"
    "两国元首就双边关系和共同关心的国际问题交换意见。习近平表示，中方愿同巴方加强各领域合作，"
    "推动两国关系不断向前发展。卢拉表示，巴方高度重视对华关系，愿同中方一道努力。\n"
)
# The same, with the day alone under a Xinhua dateline, in traditional characters.
TRADITIONAL_WIRE = (
    "習近平同巴西總統盧拉舉行會談\n\n"
    "新華社北京4月14日電 國家主席習近平14日在人民大會堂同巴西總統盧拉舉行會談。"
    "兩國元首就雙邊關係和共同關心的國際問題交換意見。習近平表示，中方願同巴方加強各領域合作，"
    "推動兩國關係不斷向前發展。盧拉表示，巴方高度重視對華關係，願同中方一道努力。\n"
)


def _one(text: str, date: dt.date | None = None) -> Readout:
    given = Overrides(date=date) if date else Overrides()
    [item] = import_text(text, "t.txt", given=given).readouts
    assert item.readout is not None, item
    return item.readout


def test_a_chinese_readout_is_read_for_every_field_and_kept_in_its_words() -> None:
    assert language_of(CHINESE) == "zh"
    readout = _one(CHINESE)
    assert readout.date == dt.date(2023, 4, 14)
    assert readout.kind == "summit"
    assert set(readout.countries) == {"BR", "CN"}
    assert {p.name for p in readout.participants} >= {"Xi Jinping", "Luiz Inácio Lula da Silva"}
    assert readout.location == "Great Hall of the People, Beijing"  # the collection's words
    assert readout.title == "习近平同巴西总统卢拉举行会谈"  # the page's own words
    assert "两国元首" in readout.sections[0].paragraphs[0] or any(
        "两国元首" in p for s in readout.sections for p in s.paragraphs
    )


def test_a_verb_that_closes_the_clause_is_read_in_english_order() -> None:
    reading = read_as_english("国家主席习近平同美国总统拜登通电话。", "zh")
    assert "held a telephone call with United States President Joe Biden" in reading.text


def test_traditional_characters_and_a_bare_day_under_the_dateline() -> None:
    assert simplified("習近平同巴西總統盧拉舉行會談") == "习近平同巴西总统卢拉举行会谈"
    assert month_of(TRADITIONAL_WIRE) == 4
    assert language_of(TRADITIONAL_WIRE) == "zh"
    readout = _one(TRADITIONAL_WIRE, date=dt.date(2023, 4, 14))
    assert readout.date == dt.date(2023, 4, 14)
    assert set(readout.countries) == {"BR", "CN"}
    assert readout.title == "習近平同巴西總統盧拉舉行會談"


def test_a_chinese_page_without_a_year_asks_for_the_date() -> None:
    result = import_text(TRADITIONAL_WIRE, "t.txt")
    [item] = result.readouts
    assert item.readout is None
    assert "date" in item.missing


def test_unknown_words_never_hide_the_known_ones_after_them() -> None:
    # "新任" (newly appointed) is not in the table: the office and name after it still read.
    reading = read_as_english("王毅同日本新任外相茂木敏充通电话。", "zh")
    assert "Foreign Minister Toshimitsu Motegi" in reading.text
