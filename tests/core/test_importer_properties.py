"""Properties: import_text never raises, and every readout it builds survives the loader."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summit_tui.core.files.readout_yaml import dump_readout, parse_readout
from summit_tui.core.importer import import_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
_PIECES = [
    "On May 23, ",
    "23rd May 2024",
    "Thursday, May 23, 2024\n",
    "commencing at 2:10 p.m. ",
    "from 14:10 (local time; 15:10 Japan time) ",
    "at 1410 hrs ",
    "for about 45 minutes, ",
    "Mr. KISHIDA Fumio, Prime Minister of Japan, ",
    "held a Japan-Malaysia Summit Meeting with ",
    "H.E. Dato' Seri Anwar bin Ibrahim, Prime Minister of Malaysia",
    ". ",
    "\n\n",
    "\r\n",
    "1. Introduction\n",
    "(1) Opening\n",
    "Attendees:\nJapanese side: Mr. A B, Minister\n",
    "the leaders of Canada, France and Japan met ",
    "in Rio de Janeiro",
    " at the White House",
    "Home > News > Readouts\n",
    "Back to Japan-Malaysia Relations\n",
    "(Photo: PIB)\n",
    "President Joseph R. Biden, Jr. spoke today with ",
    "on the sidelines of the G20 Summit ",
    "Kuala Lumpur, 26 May 2025\n",
    "\u00a0",
    "\u200b",
    "\u00ad",
    "“",
    "”",
    "’",
    "\x00",
    "\ufffd",
    "Joint Statement\n",
    "Prime Minister Keir Starmer spoke to ",
    "this morning. ",
    "# ",
    ":",
]
_READOUTISH = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), max_size=40).map(
    "".join
)
_SEEDS = [p.read_text("utf-8") for p in sorted(FIXTURES.glob("*.txt"))]


def _check(text: str) -> None:
    result = import_text(text, "prop.txt")
    assert result.is_readout or result.not_a_readout or result.readouts
    for item in result.readouts:
        if item.readout is None:
            assert item.missing  # a readout it could not build says what was missing
            continue
        again = parse_readout(dump_readout(item.readout), "prop.yaml", default_id=item.readout.id)
        assert again == item.readout


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_READOUTISH)
def test_readout_like_text_round_trips(text: str) -> None:
    _check(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_SEEDS), st.integers(min_value=0, max_value=4000), st.text(max_size=30))
def test_fixtures_with_an_insertion_round_trip(seed: str, at: int, insert: str) -> None:
    at = min(at, len(seed))
    _check(seed[:at] + insert + seed[at:])


# Phrases of the readings of other scripts, and their scripts' letters, mixed at random.
_SCRIPT_PIECES = [
    "2023年4月14日，",
    "新华社北京4月14日电 ",
    "国家主席习近平",
    "同巴西总统卢拉举行会谈。",
    "윤석열 대통령은 ",
    "2023년 5월 7일 오후 4시 ",
    "용산 대통령실에서 ",
    "기시다 후미오 일본 총리와 한일 정상회담을 가졌다. ",
    "МОСКВА, 14 марта. /ТАСС/. ",
    "Президент России Владимир Путин провёл переговоры с Президентом Казахстана ",
    "Президент України Володимир Зеленський ",
    "استقبل ولي العهد الرئيس الفرنسي في الرياض ١٢ مايو ٢٠٢٤م، ",
    "प्रधानमंत्री श्री नरेन्द्र मोदी ने 12 मई 2024 को ",
    "প্রধানমন্ত্রী শেখ হাসিনা ১২ মে ২০২৪ ",
    "วันที่ 12 พฤษภาคม 2567 ณ ทำเนียบรัฐบาล ",
    "ngày 12/5/2024, Thủ tướng Phạm Minh Chính hội đàm với ",
    "ジョー・バイデン米国大統領と日米首脳電話会談を行った。",
    "\n\n",
    "。",
    "،",
]
_IN_SCRIPTS = st.lists(
    st.one_of(
        st.sampled_from(_SCRIPT_PIECES),
        st.text(
            alphabet=st.characters(
                min_codepoint=0x0400, max_codepoint=0x0E5B, exclude_categories=("Cs",)
            ),
            max_size=10,
        ),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_IN_SCRIPTS)
def test_text_in_other_scripts_never_raises_and_round_trips(text: str) -> None:
    _check(text)
