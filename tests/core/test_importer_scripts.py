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
    kept = [readout.summary, *(p for s in readout.sections for p in s.paragraphs)]
    assert any("两国元首" in p for p in kept)  # the text in the page's own words
    assert all(not s.number for s in readout.sections)  # "14 April 2023" is no section


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


KOREAN = (
    "윤석열 대통령, 기시다 일본 총리와 정상회담\n\n"
    "윤석열 대통령은 2023년 5월 7일 오후 4시 용산 대통령실에서 기시다 후미오 일본 총리와 "
    "한일 정상회담을 가졌다. 양 정상은 약 1시간 동안 양국 관계와 지역 정세에 대해 의견을 "
    "교환했다. 윤 대통령은 양국이 협력을 더욱 강화해 나가자고 말했고, 기시다 총리는 이에 "
    "공감한다고 답했다.\n"
)


def test_a_korean_readout_is_read_for_every_field_and_kept_in_its_words() -> None:
    assert language_of(KOREAN) == "ko"
    readout = _one(KOREAN)
    assert readout.date == dt.date(2023, 5, 7)
    assert readout.kind == "summit"
    assert set(readout.countries) == {"JP", "KR"}
    assert {p.name for p in readout.participants} >= {"Yoon Suk Yeol", "Fumio Kishida"}
    assert readout.start_time == dt.time(16, 0)
    assert readout.duration_minutes == 60
    assert readout.location == "Presidential Office, Yongsan"
    assert readout.title == "윤석열 대통령, 기시다 일본 총리와 정상회담"


def test_the_korean_reading_of_names_before_offices_pairs_and_local_clocks() -> None:
    reading = read_as_english(
        "문재인 대통령은 14일 시진핑 중국 국가주석과 한·중 정상회담을 했다. "
        "회담은 오후 5시40분(현지시간 오후 4시40분) 시작됐다.",
        "ko",
    )
    text = " ".join(reading.text.split())
    assert "President Moon Jae-in" in text
    assert "China President Xi Jinping" in text
    assert "South Korea-China summit meeting" in text
    assert "(4:40 p.m. local time)" in text


def test_a_bare_korean_day_is_in_the_month_of_the_pages_date() -> None:
    text = (
        "입력 2017.12.14 18:54\n\n문재인 대통령은 14일 베이징에서 시진핑 주석과 정상회담을 가졌다."
    )
    reading = read_as_english(text, "ko")
    assert "on December 14" in reading.text
    assert "in Beijing" in reading.text


def test_an_english_page_inside_a_korean_or_chinese_sites_menus_is_english() -> None:
    menus = "홈 정치 경제 사회 문화 국제 스포츠 연예 오피니언 포토 영상 영문뉴스 전체기사 " * 4
    english = (
        "President Yoon Suk Yeol held a summit with Vietnamese Prime Minister Pham Minh Chinh "
        "in Jakarta on September 6, 2023, on the sidelines of the ASEAN summit. The two "
        "leaders discussed trade, investment and the security of the region, and agreed to "
        "work together closely in the years ahead on supply chains and energy. "
    ) * 2
    assert language_of(menus + "\n\n" + english) == "en"
    chinese_menus = "首页 新闻 国际 国内 财经 体育 娱乐 科技 军事 图片 视频 评论 " * 4
    assert language_of(chinese_menus + "\n\n" + english) == "en"


RUSSIAN = (
    "Владимир Путин провёл переговоры с Президентом Казахстана\n\n"
    "МОСКВА, 14 марта. /ТАСС/. Президент России Владимир Путин провёл переговоры с "
    "Президентом Казахстана Касым-Жомартом Токаевым в Кремле 14 марта 2024 года. "
    "Переговоры в узком составе продолжались около часа. Главы государств обсудили "
    "торговлю, энергетику и положение в регионе, сообщили в Кремле. Путин и Токаев также "
    "договорились о новой встрече до конца года.\n"
)


def test_a_russian_readout_is_read_for_every_field_and_kept_in_its_words() -> None:
    assert language_of(RUSSIAN) == "ru"
    readout = _one(RUSSIAN)
    assert readout.date == dt.date(2024, 3, 14)
    assert readout.kind == "summit"
    assert set(readout.countries) == {"KZ", "RU"}
    assert {p.name for p in readout.participants} >= {"Vladimir Putin", "Kassym-Jomart Tokayev"}
    assert readout.duration_minutes == 60
    assert readout.location == "Kremlin, Moscow"
    assert readout.title == "Владимир Путин провёл переговоры с Президентом Казахстана"


def test_the_russian_reading_of_declined_names_offices_of_countries_and_lengths() -> None:
    reading = read_as_english(
        "МОСКВА, 20 марта. /ТАСС/. Беседа Путина и председателя КНР Си Цзиньпина "
        "продолжалась четыре с половиной часа. Канцлер Германии встретилась с Путиным.",
        "ru",
    )
    text = " ".join(reading.text.split())
    assert text.startswith("Moscow, 20 March (TASS) --")
    assert "Vladimir Putin and China President Xi Jinping" in text
    assert "for 270 minutes" in text
    assert "Germany Chancellor" in text


def test_a_page_in_another_cyrillic_language_is_not_read_as_russian() -> None:
    # Serbian and Ukrainian pages share letters with Russian, not its common words.
    serbian = "Председник Вучић је разговарао са председником Кине о сарадњи двеју земаља. " * 12
    assert language_of(serbian) != "ru"


def test_unknown_japanese_characters_never_hide_the_known_ones_after_them() -> None:
    reading = read_as_english("本日，新任茂木敏充外務大臣は会談を行いました。", "ja")
    assert "Foreign Minister Toshimitsu Motegi" in reading.text


ARABIC = (
    "ولي العهد يستقبل الرئيس الفرنسي في الرياض\n\n"
    "استقبل صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء، في قصر اليمامة "
    "بالرياض اليوم ١٢ مايو ٢٠٢٤م، فخامة الرئيس الفرنسي إيمانويل ماكرون. وجرى خلال الاستقبال "
    "استعراض العلاقات الثنائية بين البلدين الصديقين، وفرص تطويرها في مختلف المجالات، إضافة إلى "
    "بحث تطورات الأوضاع الإقليمية والدولية.\n"
)


def test_an_arabic_readout_is_read_for_every_field_and_kept_in_its_words() -> None:
    assert language_of(ARABIC) == "ar"
    readout = _one(ARABIC)
    assert readout.date == dt.date(2024, 5, 12)
    assert readout.kind == "summit"
    assert set(readout.countries) == {"FR", "SA"}
    assert {p.name for p in readout.participants} == {"Mohammed bin Salman", "Emmanuel Macron"}
    assert readout.location == "Al-Yamamah Palace, Riyadh"
    assert readout.title == "ولي العهد يستقبل الرئيس الفرنسي في الرياض"


def test_the_arabic_reading_takes_joined_words_vowel_marks_and_arabic_digits() -> None:
    text = " ".join(
        read_as_english(
            "وتلقى الرئيسُ السيسي اتصالاً هاتفياً من الرئيس الأمريكي بتاريخ ٣ يونيو ٢٠٢٤", "ar"
        ).text.split()
    )
    assert "held a telephone call" in text
    assert "United States President" in text
    assert "3 June 2024" in text


HINDI = (
    "प्रधानमंत्री ने जापान के प्रधानमंत्री से मुलाकात की\n\n"
    "प्रधानमंत्री श्री नरेन्द्र मोदी ने आज 12 मई 2024 को नई दिल्ली में हैदराबाद हाउस में जापान के "
    "प्रधानमंत्री श्री फुमियो किशिदा से मुलाकात की। दोनों नेताओं ने व्यापार, निवेश, रक्षा और स्वच्छ "
    "ऊर्जा के क्षेत्रों में सहयोग पर चर्चा की और क्षेत्रीय तथा वैश्विक मुद्दों पर विचारों का "
    "आदान-प्रदान किया।\n"
)


def test_a_hindi_readout_is_read_for_every_field_and_kept_in_its_words() -> None:
    assert language_of(HINDI) == "hi"
    readout = _one(HINDI)
    assert readout.date == dt.date(2024, 5, 12)
    assert readout.kind == "summit"
    assert set(readout.countries) == {"IN", "JP"}
    assert {p.name for p in readout.participants} == {"Narendra Modi", "Fumio Kishida"}
    assert readout.location == "Hyderabad House, New Delhi"
    assert readout.title == "प्रधानमंत्री ने जापान के प्रधानमंत्री से मुलाकात की"


def test_a_korean_pages_dotted_dates_are_read() -> None:
    reading = read_as_english("입력 2025.08.23 (18:57) 수정 2025.08.23 (19:06)", "ko")
    assert reading.text.split()[:4] == ["Posted", "23", "August", "2025"]


BENGALI = (
    "প্রধানমন্ত্রীর সঙ্গে মার্কিন রাষ্ট্রপতির টেলিফোনে কথা\n\n"
    "প্রধানমন্ত্রী শেখ হাসিনা আজ ১২ মে ২০২৪ মার্কিন রাষ্ট্রপতি জো বাইডেনের সঙ্গে টেলিফোনে কথা বলেছেন। "
    "দুই নেতা বাণিজ্য, জ্বালানি ও আঞ্চলিক নিরাপত্তা নিয়ে আলোচনা করেন এবং দুই দেশের সম্পর্ক আরও "
    "জোরদার করতে একসঙ্গে কাজ করার বিষয়ে একমত হন।\n"
)


def test_a_bengali_readout_is_read_for_its_date_kind_parties_and_people() -> None:
    assert language_of(BENGALI) == "bn"
    readout = _one(BENGALI)
    assert readout.date == dt.date(2024, 5, 12)
    assert readout.kind == "telephone-talk"
    assert set(readout.countries) == {"BD", "US"}
    names = [p.name for p in readout.participants]
    assert any(n.endswith("Hasina") for n in names) and "Joe Biden" in names
    assert readout.title == "প্রধানমন্ত্রীর সঙ্গে মার্কিন রাষ্ট্রপতির টেলিফোনে কথা"


def test_a_chinese_place_with_its_country_and_capital_before_it() -> None:
    reading = read_as_english("美国国务卿鲁比奥在马来西亚首都吉隆坡会见外交部长王毅。", "zh")
    assert "in Kuala Lumpur" in reading.text


def test_a_korean_venue_with_a_numbered_floor_before_에서() -> None:
    reading = read_as_english("양 정상은 청와대 본관 1층에서 회담했다.", "ko")
    assert "at Cheong Wa Dae" in reading.text


def test_the_japanese_reading_of_foreign_leaders_names_and_pairs_run_together() -> None:
    text = read_as_english("ジョー・バイデン米国大統領と日米首脳電話会談を行った。", "ja").text
    assert "United States President Joe Biden" in text
    assert "Japan-United States summit telephone talk" in text
    assert "China-United States" in read_as_english("中美关系", "zh").text


def test_a_korean_trilateral_spoken_of_is_not_a_pair_of_its_last_two() -> None:
    text = read_as_english(
        "양 장관은 한일중 외교장관회의의 조기 개최에 협력하기로 했다.", "ko"
    ).text
    assert "Japan-China" not in text


def test_the_japanese_reading_of_where_they_met() -> None:
    def read(text: str) -> str:
        return " ".join(read_as_english(text, "ja").text.split())

    assert "in Beijing" in read("APEC首脳会議出席のため訪問中の中国・北京において，会談した。")
    assert "visiting Antalya," in read("アンタルヤ(トルコ)を訪問中の安倍総理大臣は，会談した。")
    assert "visiting Copenhagen," in read("コペンハーゲンに滞在中の小泉総理は，会談した。")
    assert "in Osaka" in read("習近平国家主席と大阪市内のホテルで約1時間会談した。")
    assert "at Akasaka Palace in Tokyo" in read("東京の迎賓館赤坂離宮で初めて首脳会談を行った。")


UKRAINIAN = (
    "Президент України провів зустріч із Президентом Франції\n\n"
    "Президент України Володимир Зеленський 14 березня 2024 року провів зустріч із Президентом "
    "Франції Емманюелем Макроном у Парижі. Лідери обговорили оборонну підтримку України, "
    "посилення протиповітряної оборони та подальшу співпрацю двох країн. Володимир Зеленський "
    "подякував Франції за допомогу.\n"
)


def test_a_ukrainian_readout_is_read_for_every_field_and_not_taken_for_russian() -> None:
    assert language_of(UKRAINIAN) == "uk"
    readout = _one(UKRAINIAN)
    assert readout.date == dt.date(2024, 3, 14)
    assert readout.kind == "summit"
    assert set(readout.countries) == {"FR", "UA"}
    assert {p.name for p in readout.participants} == {"Volodymyr Zelensky", "Emmanuel Macron"}
    assert readout.location == "Paris"
    assert readout.title == "Президент України провів зустріч із Президентом Франції"


THAI = (
    "นายกรัฐมนตรีหารือทวิภาคีกับนายกรัฐมนตรีญี่ปุ่น\n\n"
    "วันที่ 12 พฤษภาคม 2567 ณ ทำเนียบรัฐบาล นายเศรษฐา ทวีสิน นายกรัฐมนตรี หารือทวิภาคีกับ"
    "นายฟูมิโอะ คิชิดะ นายกรัฐมนตรีญี่ปุ่น โดยทั้งสองฝ่ายได้หารือเกี่ยวกับความร่วมมือด้านเศรษฐกิจ "
    "การค้า การลงทุน และพลังงานสะอาด รวมทั้งสถานการณ์ในภูมิภาค\n"
)


def test_a_thai_readout_is_read_with_its_buddhist_era_date() -> None:
    assert language_of(THAI) == "th"
    readout = _one(THAI)
    assert readout.date == dt.date(2024, 5, 12)  # 2567 in the Buddhist era
    assert readout.kind == "summit"
    assert set(readout.countries) == {"JP", "TH"}
    assert {p.name for p in readout.participants} == {"Srettha Thavisin", "Fumio Kishida"}
    assert readout.location == "Government House"
    assert readout.title == "นายกรัฐมนตรีหารือทวิภาคีกับนายกรัฐมนตรีญี่ปุ่น"


def test_a_draft_of_a_page_in_another_script_saved_as_read_keeps_the_id_its_reading_gave() -> None:
    from summit_tui.core.importer.draft import build, form_of
    from summit_tui.core.importer.request import PageFacts

    [item] = import_text(CHINESE, "t.txt").readouts
    assert item.readout is not None
    saved = build(form_of(item), item, CHINESE, "t.txt", PageFacts())
    assert saved.id == item.readout.id
    assert saved.id.startswith("2023-04-14-xi-jinping")
