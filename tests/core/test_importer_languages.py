"""Readouts in German, French, Spanish, Portuguese and Indonesian.

Each text is our own, written the way those governments' releases are written; the readout
keeps the page's own words, and what the English reading gave is marked for review.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summit_tui.core.importer import import_text
from summit_tui.core.importer.languages import language_of, read_as_english
from summit_tui.core.importer.request import Overrides

GERMAN = (
    "Bundeskanzler Olaf Scholz telefoniert mit dem polnischen Präsidenten\n\n"
    "Bundeskanzler Olaf Scholz hat am 12. März 2024 mit dem polnischen Präsidenten Andrzej Duda "
    "telefoniert. In dem Gespräch ging es um die Lage in der Region und die Zusammenarbeit "
    "der beiden Länder. Der Bundeskanzler und der Präsident vereinbarten, in engem Kontakt "
    "zu bleiben, und sie sprachen auch über die Energieversorgung."
)
FRENCH = (
    "Entretien de Marie Dubois avec son homologue chilienne\n\n"
    "La ministre de l'Europe et des Affaires étrangères, Marie Dubois, s'est entretenue le "
    "8 novembre 2018 avec son homologue chilienne, Ana Ruiz. Les deux ministres ont évoqué "
    "la coopération entre la France et le Chili et les questions régionales, dans un esprit "
    "de confiance. Elles sont convenues de se revoir au début de l'année prochaine."
)
SPANISH = (
    "El Presidente se reunió con el Primer Ministro de Portugal\n\n"
    "El Presidente de la República, Luis Ortega, se reunió el 3 de mayo de 2022 con el "
    "Primer Ministro de Portugal, Rui Costa, en el Palacio Nacional. Ambos mandatarios "
    "conversaron sobre la relación bilateral y los temas de la agenda regional, y "
    "acordaron fortalecer la cooperación en materia de comercio y energía para el futuro."
)
PORTUGUESE = (
    "Presidente conversa por telefone com o Presidente da Argentina\n\n"
    "O Presidente da República, João Lima, conversou por telefone hoje, 14 de junho de "
    "2023, com o presidente argentino Pablo Soto. Os dois presidentes trataram da "
    "integração regional e do comércio entre os dois países, e concordaram em manter "
    "contato frequente sobre os temas da agenda comum nos próximos meses."
)
INDONESIAN = (
    "Presiden Terima Kunjungan Perdana Menteri Malaysia\n\n"
    "Presiden Budi Santoso menerima kunjungan kehormatan Perdana Menteri Malaysia Ali Hamid "
    "di Istana Merdeka, Jakarta, pada Senin, 9 Januari 2023. Kedua pemimpin membahas "
    "kerja sama ekonomi dan perbatasan, dan juga isu kawasan yang menjadi perhatian "
    "bersama dalam kerangka ASEAN. Presiden juga menyampaikan terima kasih atas kunjungan itu."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (GERMAN, "de"),
        (FRENCH, "fr"),
        (SPANISH, "es"),
        (PORTUGUESE, "pt"),
        (INDONESIAN, "id"),
        (
            "Prime Minister Tom Hale met President Ana Ruiz of Chile in Santiago on 3 May "
            "2022. The two leaders discussed trade and the region, and they agreed that their "
            "ministers would meet again later this year to take the work forward together.",
            "en",
        ),
    ],
)
def test_the_language_of_a_readout(text: str, language: str) -> None:
    assert language_of(text) == language


@pytest.mark.parametrize(
    ("text", "date", "kind", "countries", "names"),
    [
        (GERMAN, dt.date(2024, 3, 12), "telephone-talk", {"PL"}, ["Olaf Scholz", "Andrzej Duda"]),
        (
            FRENCH,
            dt.date(2018, 11, 8),
            "foreign-ministers-meeting",
            {"FR", "CL"},
            ["Marie Dubois", "Ana Ruiz"],
        ),
        (SPANISH, dt.date(2022, 5, 3), "summit", {"PT"}, ["Luis Ortega", "Rui Costa"]),
        (PORTUGUESE, dt.date(2023, 6, 14), "telephone-talk", {"AR"}, ["João Lima", "Pablo Soto"]),
        (INDONESIAN, dt.date(2023, 1, 9), None, {"MY"}, ["Budi Santoso", "Ali Hamid"]),
    ],
)
def test_a_readout_in_another_language_is_read_and_kept_in_its_words(
    text: str, date: dt.date, kind: str | None, countries: set[str], names: list[str]
) -> None:
    [item] = import_text(text, "page.txt").readouts
    readout = item.readout
    assert readout is not None
    assert readout.date == date
    if kind is not None:
        assert readout.kind == kind
    assert countries <= set(readout.countries)
    assert [p.name for p in readout.participants][: len(names)] == names
    # The page's own words are stored, never the English reading.
    first_line = text.split("\n")[0]
    assert readout.title == first_line
    body = " ".join([readout.summary, *(p for s in readout.sections for p in s.paragraphs)])
    assert body and body in text.replace("\n\n", " ")
    assert {"participants", "countries"} <= {r.field for r in readout.review}


def test_the_reading_maps_back_to_the_pages_words() -> None:
    reading = read_as_english(GERMAN, "de")
    assert "Chancellor Olaf Scholz" in reading.text
    assert "12 March 2024" in reading.text
    assert "the Polish President Andrzej Duda" in reading.text
    line = reading.english[2]
    piece = line[line.index("Chancellor") : line.index("Duda") + len("Duda")]
    assert reading.own(piece).startswith("Bundeskanzler Olaf Scholz hat am 12. März 2024")
    assert reading.own(piece).endswith("Andrzej Duda")


def test_names_that_look_like_articles_stay_names() -> None:
    reading = read_as_english(
        "Jean-Yves Le Drian a reçu La Fontaine à Paris. " * 5 + "Le ministre et la France.", "fr"
    )
    assert "Le Drian" in reading.text and "La Fontaine" in reading.text


def test_a_date_the_user_gives_wins_in_any_language() -> None:
    text = GERMAN.replace("am 12. März 2024 ", "heute ")
    [item] = import_text(text, "page.txt", given=Overrides(date=dt.date(2024, 3, 13))).readouts
    assert item.readout is not None and item.readout.date == dt.date(2024, 3, 13)


def test_a_foreign_pages_furniture_and_publisher_are_known_as_such() -> None:
    text = (
        "Bundeskanzler Olaf Scholz telefoniert mit dem polnischen Präsidenten\n\n"
        "• Pressemitteilung 12\n• Presse- und Informationsamt der Bundesregierung\n\n"
        + GERMAN.split("\n\n", 1)[1]
        + "\n\nBeitrag teilen"
    )
    [item] = import_text(text, "page.txt").readouts
    readout = item.readout
    assert readout is not None
    body = " ".join([readout.summary, *(p for s in readout.sections for p in s.paragraphs)])
    assert "Pressemitteilung" not in body and "Beitrag teilen" not in body
    assert readout.source.publisher == "The Federal Government of Germany"
    assert "DE" in readout.countries  # the publisher's own Chancellor


def test_the_id_comes_from_the_pages_own_headline() -> None:
    [item] = import_text(GERMAN, "page.txt").readouts
    assert item.readout is not None
    assert item.readout.id == (
        "2024-03-12-bundeskanzler-olaf-scholz-telefoniert-mit-dem-polnischen-prasidenten"
    )


def test_offices_in_lower_case_and_counterparts_from_a_country_in_spanish() -> None:
    text = (
        "Ortega se reunió durante una hora con Silva Ramos\n\n"
        "El presidente Luis Ortega mantuvo una reunión de una hora el 4 de julio de 2024 en "
        "Casa Verde con su par de Uruguay, Mario Silva Ramos, con quien repasó los temas de "
        "la agenda bilateral, el comercio y la energía, y acordaron reunirse otra vez pronto."
    )
    readout = _english_fields(text)
    assert readout.date == dt.date(2024, 7, 4)
    assert "UY" in readout.countries
    assert [p.name for p in readout.participants] == ["Luis Ortega", "Mario Silva Ramos"]
    assert readout.duration_minutes == 60


def test_a_call_received_from_a_president_in_spanish() -> None:
    text = (
        "Ruiz recibe llamada de Brown\n\n"
        "Ana Ruiz informó el 2 de julio de 2018 que recibió una llamada del presidente de "
        "Estados Unidos, Tom Brown, y conversaron durante media hora sobre temas comerciales, "
        "de migración y de seguridad, con un trato respetuoso entre ambos equipos de trabajo."
    )
    readout = _english_fields(text)
    assert readout.kind == "telephone-talk"
    assert "US" in readout.countries
    assert "Tom Brown" in [p.name for p in readout.participants]
    assert readout.duration_minutes == 30


def test_name_particles_between_capitalised_words_stay_names() -> None:
    reading = read_as_english(
        "O presidente Luiz Costa da Silva recebeu o presidente de Portugal, Pedro Rebelo de "
        "Sousa, no Palácio do Planalto.",
        "pt",
    )
    assert "President Luiz Costa da Silva received" in reading.text
    assert "the President of Portugal, Pedro Rebelo de Sousa" in reading.text
    assert "Palácio do Planalto" in reading.text


def _english_fields(text: str):  # type: ignore[no-untyped-def]
    [item] = import_text(text, "t.txt").readouts
    assert item.readout is not None
    return item.readout


def test_offices_in_lower_case_in_french_and_a_country_after_a_particle() -> None:
    text = (
        "Main Container\n\nPrime Minister Crest\n\n"
        "Le premier ministre Paul Roy rencontre le président Kofi Mensah du Ghana\n\n"
        "Main Content\n\n"
        "Le premier ministre Paul Roy a rencontré le 12 octobre 2018 le président Kofi Mensah "
        "du Ghana en marge du Sommet de la Francophonie. Les deux dirigeants ont discuté de "
        "questions de sécurité régionale et de leur coopération en matière de maintien de la "
        "paix, et ils ont salué les liens de longue date entre le Canada et le Ghana."
    )
    readout = _english_fields(text)
    assert readout.title.startswith("Le premier ministre Paul Roy rencontre")
    assert ("Kofi Mensah", "GH") in [(p.name, p.country) for p in readout.participants]
    assert "Crest" not in readout.title


JAPANESE = (
    "報道発表\n\n"
    "日・チリ外相電話会談\n\n"
    "令和5年3月8日\n\n"
    " 本8日，午後4時から約20分間，林芳正外務大臣は，アナ・ルイス・チリ共和国外務大臣"
    "（H.E. Ms. Ana RUIZ, Minister of Foreign Affairs of the Republic of Chile）と電話会談を行った"
    "ところ，概要は以下のとおりです。\n\n"
    "1 冒頭，林大臣から，両国関係の一層の発展に向けて協力したい旨述べました。\n\n"
    "報道発表へ戻る"
)


def test_a_japanese_readout_is_read_for_its_date_time_kind_parties_and_people() -> None:
    assert language_of(JAPANESE) == "ja"
    readout = _english_fields(JAPANESE)
    assert readout.date == dt.date(2023, 3, 8)
    assert readout.kind == "telephone-talk"
    assert set(readout.countries) == {"JP", "CL"}
    assert [p.name for p in readout.participants][:1] == ["Yoshimasa Hayashi"]
    assert readout.start_time == dt.time(16, 0) and readout.duration_minutes == 20
    assert readout.title == "日・チリ外相電話会談"  # the page's own words
    assert "participants" in {r.field for r in readout.review}


def test_the_japanese_reading_of_eras_clocks_and_pairs() -> None:
    text = "平成30年7月19日\n日・エジプト外相電話会談\n午前11時05分から約25分間"
    reading = read_as_english(text, "ja")
    assert reading.lines[0] != reading.english[0]
    assert reading.english[0] == "19 July 2018"
    assert reading.english[1] == "Japan-Egypt Foreign Ministers' telephone talk"
    assert reading.english[2] == "from 11:05 a.m. for about 25 minutes"
    title = reading.own("Japan-Egypt Foreign Ministers' telephone talk")
    assert title == "日・エジプト外相電話会談"


def test_a_headline_in_a_script_of_its_own_gets_an_id_from_its_reading() -> None:
    readout = _english_fields(JAPANESE)
    assert readout.id == "2023-03-08-japan-chile-foreign-ministers-telephone-talk"


TURKISH = (
    "Cumhurbaşkanı Demir, ABD Başkanı Tom Hale ile telefonda görüştü\n\n"
    "Cumhurbaşkanı Ali Demir, 18 Mayıs 2025 tarihinde ABD Başkanı Tom Hale ile telefonda "
    "görüştü. İki lider, görüşmede ikili ilişkileri, bölgesel ve küresel gelişmeleri ele aldı. "
    "Açıklamada, liderlerin iki ülke arasındaki ilişkileri ele aldığı belirtildi ve bu "
    "konuda yakın temasın sürdürülmesi için bir karar alındı."
)


def test_a_turkish_readout_is_read_for_its_date_kind_and_parties() -> None:
    assert language_of(TURKISH) == "tr"
    readout = _english_fields(TURKISH)
    assert readout.date == dt.date(2025, 5, 18)
    assert readout.kind == "telephone-talk"
    assert "US" in readout.countries
    assert readout.title.startswith("Cumhurbaşkanı Demir")  # the page's own words


ITALIAN = (
    "Meloni incontra il Primo Ministro del Giappone\n\n"
    "Il Presidente del Consiglio, Giorgia Meloni, ha incontrato oggi a Palazzo Chigi il Primo "
    "Ministro del Giappone, Fumio Kishida, in visita a Roma il 12 gennaio 2024. Nel corso del "
    "colloquio, durato circa un'ora, i due leader hanno discusso delle relazioni bilaterali e "
    "della presidenza italiana del G7, e hanno concordato di rafforzare la cooperazione."
)


def test_an_italian_readout_is_read_for_its_date_kind_parties_place_and_length() -> None:
    assert language_of(ITALIAN) == "it"
    readout = _english_fields(ITALIAN)
    assert readout.date == dt.date(2024, 1, 12)
    assert readout.kind == "summit"
    assert set(readout.countries) == {"IT", "JP"}
    assert readout.location == "Palazzo Chigi"
    assert readout.duration_minutes == 60
    assert readout.title.startswith("Meloni incontra")  # the page's own words


VIETNAMESE = (
    "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Kishida Fumio\n\n"
    "Chiều ngày 12/5/2024, tại Trụ sở Chính phủ ở Hà Nội, Thủ tướng Phạm Minh Chính đã hội đàm "
    "với Thủ tướng Nhật Bản Kishida Fumio nhân dịp chuyến thăm chính thức Việt Nam. Hai nhà lãnh "
    "đạo đã trao đổi về quan hệ hai nước và các vấn đề khu vực, và nhất trí tăng cường hợp tác "
    "trong các lĩnh vực kinh tế, đầu tư và năng lượng."
)


def test_a_vietnamese_readout_is_read_for_its_date_kind_parties_people_and_place() -> None:
    assert language_of(VIETNAMESE) == "vi"
    readout = _english_fields(VIETNAMESE)
    assert readout.date == dt.date(2024, 5, 12)
    assert readout.kind == "summit"
    assert set(readout.countries) == {"JP", "VN"}
    assert [p.name for p in readout.participants] == ["Phạm Minh Chính", "Kishida Fumio"]
    assert readout.location == "Government Headquarters, Hanoi"
    assert readout.title.startswith("Thủ tướng Phạm Minh Chính")  # the page's own words
