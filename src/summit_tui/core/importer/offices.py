"""Who held the offices that readouts name: heads of state and government, foreign ministers.

Readouts name their own side by office alone ("The Prime Minister spoke to ...", "The
Secretary met ...") and the other side by family name ("President Obama"). This table, of
the offices most readouts come from since about 1990, tells who held an office on a date
and which country a known name belongs to. A name not in it is simply not known: the
importer then says so instead of guessing.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

# country | office | full name | family name | from | until (empty: still in office)
_TABLE = """
US|President|George H. W. Bush|Bush|1989-01-20|1993-01-20
US|President|Bill Clinton|Clinton|1993-01-20|2001-01-20
US|President|George W. Bush|Bush|2001-01-20|2009-01-20
US|President|Barack Obama|Obama|2009-01-20|2017-01-20
US|President|Donald J. Trump|Trump|2017-01-20|2021-01-20
US|President|Joseph R. Biden, Jr.|Biden|2021-01-20|2025-01-20
US|President|Donald J. Trump|Trump|2025-01-20|
US|Vice President|Al Gore|Gore|1993-01-20|2001-01-20
US|Vice President|Dick Cheney|Cheney|2001-01-20|2009-01-20
US|Vice President|Joseph R. Biden, Jr.|Biden|2009-01-20|2017-01-20
US|Vice President|Mike Pence|Pence|2017-01-20|2021-01-20
US|Vice President|Kamala Harris|Harris|2021-01-20|2025-01-20
US|Vice President|JD Vance|Vance|2025-01-20|
US|Secretary of State|James Baker|Baker|1989-01-25|1992-08-23
US|Secretary of State|Lawrence Eagleburger|Eagleburger|1992-08-23|1993-01-20
US|Secretary of State|Warren Christopher|Christopher|1993-01-20|1997-01-17
US|Secretary of State|Madeleine Albright|Albright|1997-01-23|2001-01-20
US|Secretary of State|Colin Powell|Powell|2001-01-20|2005-01-26
US|Secretary of State|Condoleezza Rice|Rice|2005-01-26|2009-01-20
US|Secretary of State|Hillary Rodham Clinton|Clinton|2009-01-21|2013-02-01
US|Secretary of State|John Kerry|Kerry|2013-02-01|2017-01-20
US|Secretary of State|Rex Tillerson|Tillerson|2017-02-01|2018-03-31
US|Secretary of State|Michael R. Pompeo|Pompeo|2018-04-26|2021-01-20
US|Secretary of State|Antony J. Blinken|Blinken|2021-01-26|2025-01-20
US|Secretary of State|Marco Rubio|Rubio|2025-01-21|
GB|Prime Minister|John Major|Major|1990-11-28|1997-05-02
GB|Prime Minister|Tony Blair|Blair|1997-05-02|2007-06-27
GB|Prime Minister|Gordon Brown|Brown|2007-06-27|2010-05-11
GB|Prime Minister|David Cameron|Cameron|2010-05-11|2016-07-13
GB|Prime Minister|Theresa May|May|2016-07-13|2019-07-24
GB|Prime Minister|Boris Johnson|Johnson|2019-07-24|2022-09-06
GB|Prime Minister|Liz Truss|Truss|2022-09-06|2022-10-25
GB|Prime Minister|Rishi Sunak|Sunak|2022-10-25|2024-07-05
GB|Prime Minister|Keir Starmer|Starmer|2024-07-05|
GB|Foreign Secretary|Douglas Hurd|Hurd|1989-10-26|1995-07-05
GB|Foreign Secretary|Malcolm Rifkind|Rifkind|1995-07-05|1997-05-02
GB|Foreign Secretary|Robin Cook|Cook|1997-05-02|2001-06-08
GB|Foreign Secretary|Jack Straw|Straw|2001-06-08|2006-05-05
GB|Foreign Secretary|Margaret Beckett|Beckett|2006-05-05|2007-06-28
GB|Foreign Secretary|David Miliband|Miliband|2007-06-28|2010-05-11
GB|Foreign Secretary|William Hague|Hague|2010-05-12|2014-07-14
GB|Foreign Secretary|Philip Hammond|Hammond|2014-07-15|2016-07-13
GB|Foreign Secretary|Boris Johnson|Johnson|2016-07-13|2018-07-09
GB|Foreign Secretary|Jeremy Hunt|Hunt|2018-07-09|2019-07-24
GB|Foreign Secretary|Dominic Raab|Raab|2019-07-24|2021-09-15
GB|Foreign Secretary|Liz Truss|Truss|2021-09-15|2022-09-06
GB|Foreign Secretary|James Cleverly|Cleverly|2022-09-06|2023-11-13
GB|Foreign Secretary|David Cameron|Cameron|2023-11-13|2024-07-05
GB|Foreign Secretary|David Lammy|Lammy|2024-07-05|2025-09-05
GB|Foreign Secretary|Yvette Cooper|Cooper|2025-09-05|
CA|Prime Minister|Brian Mulroney|Mulroney|1984-09-17|1993-06-25
CA|Prime Minister|Kim Campbell|Campbell|1993-06-25|1993-11-04
CA|Prime Minister|Jean Chrétien|Chrétien|1993-11-04|2003-12-12
CA|Prime Minister|Paul Martin|Martin|2003-12-12|2006-02-06
CA|Prime Minister|Stephen Harper|Harper|2006-02-06|2015-11-04
CA|Prime Minister|Justin Trudeau|Trudeau|2015-11-04|2025-03-14
CA|Prime Minister|Mark Carney|Carney|2025-03-14|
CA|Foreign Minister|Chrystia Freeland|Freeland|2017-01-10|2019-11-20
CA|Foreign Minister|François-Philippe Champagne|Champagne|2019-11-20|2021-01-12
CA|Foreign Minister|Marc Garneau|Garneau|2021-01-12|2021-10-26
CA|Foreign Minister|Mélanie Joly|Joly|2021-10-26|2025-05-13
CA|Foreign Minister|Anita Anand|Anand|2025-05-13|
AU|Prime Minister|Paul Keating|Keating|1991-12-20|1996-03-11
AU|Prime Minister|John Howard|Howard|1996-03-11|2007-12-03
AU|Prime Minister|Kevin Rudd|Rudd|2007-12-03|2010-06-24
AU|Prime Minister|Julia Gillard|Gillard|2010-06-24|2013-06-27
AU|Prime Minister|Kevin Rudd|Rudd|2013-06-27|2013-09-18
AU|Prime Minister|Tony Abbott|Abbott|2013-09-18|2015-09-15
AU|Prime Minister|Malcolm Turnbull|Turnbull|2015-09-15|2018-08-24
AU|Prime Minister|Scott Morrison|Morrison|2018-08-24|2022-05-23
AU|Prime Minister|Anthony Albanese|Albanese|2022-05-23|
AU|Foreign Minister|Alexander Downer|Downer|1996-03-11|2007-12-03
AU|Foreign Minister|Stephen Smith|Smith|2007-12-03|2010-09-14
AU|Foreign Minister|Kevin Rudd|Rudd|2010-09-14|2012-02-22
AU|Foreign Minister|Bob Carr|Carr|2012-03-13|2013-09-18
AU|Foreign Minister|Julie Bishop|Bishop|2013-09-18|2018-08-28
AU|Foreign Minister|Marise Payne|Payne|2018-08-28|2022-05-23
AU|Foreign Minister|Penny Wong|Wong|2022-05-23|
NZ|Prime Minister|Helen Clark|Clark|1999-12-10|2008-11-19
NZ|Prime Minister|John Key|Key|2008-11-19|2016-12-12
NZ|Prime Minister|Bill English|English|2016-12-12|2017-10-26
NZ|Prime Minister|Jacinda Ardern|Ardern|2017-10-26|2023-01-25
NZ|Prime Minister|Chris Hipkins|Hipkins|2023-01-25|2023-11-27
NZ|Prime Minister|Christopher Luxon|Luxon|2023-11-27|
NZ|Foreign Minister|Phil Goff|Goff|1999-12-10|2005-10-19
NZ|Foreign Minister|Winston Peters|Peters|2023-11-27|
IN|Prime Minister|P. V. Narasimha Rao|Rao|1991-06-21|1996-05-16
IN|Prime Minister|Atal Bihari Vajpayee|Vajpayee|1998-03-19|2004-05-22
IN|Prime Minister|Manmohan Singh|Singh|2004-05-22|2014-05-26
IN|Prime Minister|Narendra Modi|Modi|2014-05-26|
IN|Foreign Minister|Sushma Swaraj|Swaraj|2014-05-26|2019-05-30
IN|Foreign Minister|S. Jaishankar|Jaishankar|2019-05-30|
JP|Prime Minister|Tomiichi Murayama|Murayama|1994-06-30|1996-01-11
JP|Prime Minister|Ryutaro Hashimoto|Hashimoto|1996-01-11|1998-07-30
JP|Prime Minister|Keizo Obuchi|Obuchi|1998-07-30|2000-04-05
JP|Prime Minister|Yoshiro Mori|Mori|2000-04-05|2001-04-26
JP|Prime Minister|Junichiro Koizumi|Koizumi|2001-04-26|2006-09-26
JP|Prime Minister|Shinzo Abe|Abe|2006-09-26|2007-09-26
JP|Prime Minister|Yasuo Fukuda|Fukuda|2007-09-26|2008-09-24
JP|Prime Minister|Taro Aso|Aso|2008-09-24|2009-09-16
JP|Prime Minister|Yukio Hatoyama|Hatoyama|2009-09-16|2010-06-08
JP|Prime Minister|Naoto Kan|Kan|2010-06-08|2011-09-02
JP|Prime Minister|Yoshihiko Noda|Noda|2011-09-02|2012-12-26
JP|Prime Minister|Shinzo Abe|Abe|2012-12-26|2020-09-16
JP|Prime Minister|Yoshihide Suga|Suga|2020-09-16|2021-10-04
JP|Prime Minister|Fumio Kishida|Kishida|2021-10-04|2024-10-01
JP|Prime Minister|Shigeru Ishiba|Ishiba|2024-10-01|2025-10-21
JP|Prime Minister|Sanae Takaichi|Takaichi|2025-10-21|
JP|Foreign Minister|Katsuya Okada|Okada|2009-09-16|2010-09-17
JP|Foreign Minister|Seiji Maehara|Maehara|2010-09-17|2011-03-07
JP|Foreign Minister|Koichiro Gemba|Gemba|2011-09-02|2012-12-26
JP|Foreign Minister|Fumio Kishida|Kishida|2012-12-26|2017-08-03
JP|Foreign Minister|Taro Kono|Kono|2017-08-03|2019-09-11
JP|Foreign Minister|Toshimitsu Motegi|Motegi|2019-09-11|2021-11-10
JP|Foreign Minister|Yoshimasa Hayashi|Hayashi|2021-11-10|2023-09-13
JP|Foreign Minister|Yoko Kamikawa|Kamikawa|2023-09-13|2024-10-01
JP|Foreign Minister|Takeshi Iwaya|Iwaya|2024-10-01|2025-10-21
JP|Foreign Minister|Toshimitsu Motegi|Motegi|2025-10-21|
CN|President|Jiang Zemin|Jiang|1993-03-27|2003-03-15
CN|President|Hu Jintao|Hu|2003-03-15|2013-03-14
CN|President|Xi Jinping|Xi|2013-03-14|
CN|Premier|Li Peng|Li|1988-04-09|1998-03-17
CN|Premier|Zhu Rongji|Zhu|1998-03-17|2003-03-16
CN|Premier|Wen Jiabao|Wen|2003-03-16|2013-03-15
CN|Premier|Li Keqiang|Li|2013-03-15|2023-03-11
CN|Premier|Li Qiang|Li|2023-03-11|
CN|Foreign Minister|Qian Qichen|Qian|1988-04-09|1998-03-18
CN|Foreign Minister|Tang Jiaxuan|Tang|1998-03-18|2003-03-17
CN|Foreign Minister|Li Zhaoxing|Li|2003-03-17|2007-04-27
CN|Foreign Minister|Yang Jiechi|Yang|2007-04-27|2013-03-16
CN|Foreign Minister|Wang Yi|Wang|2013-03-16|2022-12-30
CN|Foreign Minister|Qin Gang|Qin|2022-12-30|2023-07-25
CN|Foreign Minister|Wang Yi|Wang|2023-07-25|
KR|President|Kim Young-sam|Kim|1993-02-25|1998-02-25
KR|President|Kim Dae-jung|Kim|1998-02-25|2003-02-25
KR|President|Roh Moo-hyun|Roh|2003-02-25|2008-02-25
KR|President|Lee Myung-bak|Lee|2008-02-25|2013-02-25
KR|President|Park Geun-hye|Park|2013-02-25|2017-03-10
KR|President|Moon Jae-in|Moon|2017-05-10|2022-05-10
KR|President|Yoon Suk Yeol|Yoon|2022-05-10|2025-04-04
KR|President|Lee Jae-myung|Lee|2025-06-04|
KR|Foreign Minister|Yun Byung-se|Yun|2013-03-11|2017-06-18
KR|Foreign Minister|Kang Kyung-wha|Kang|2017-06-18|2021-02-08
KR|Foreign Minister|Chung Eui-yong|Chung|2021-02-09|2022-05-12
KR|Foreign Minister|Park Jin|Park|2022-05-12|2024-01-10
KR|Foreign Minister|Cho Tae-yul|Cho|2024-01-11|2025-07-21
KR|Foreign Minister|Cho Hyun|Cho|2025-07-21|
RU|President|Boris Yeltsin|Yeltsin|1991-07-10|1999-12-31
RU|President|Vladimir Putin|Putin|1999-12-31|2008-05-07
RU|President|Dmitry Medvedev|Medvedev|2008-05-07|2012-05-07
RU|President|Vladimir Putin|Putin|2012-05-07|
RU|Foreign Minister|Andrei Kozyrev|Kozyrev|1990-10-11|1996-01-05
RU|Foreign Minister|Yevgeny Primakov|Primakov|1996-01-09|1998-09-11
RU|Foreign Minister|Igor Ivanov|Ivanov|1998-09-11|2004-03-09
RU|Foreign Minister|Sergey Lavrov|Lavrov|2004-03-09|
DE|Chancellor|Helmut Kohl|Kohl|1982-10-01|1998-10-27
DE|Chancellor|Gerhard Schröder|Schröder|1998-10-27|2005-11-22
DE|Chancellor|Angela Merkel|Merkel|2005-11-22|2021-12-08
DE|Chancellor|Olaf Scholz|Scholz|2021-12-08|2025-05-06
DE|Chancellor|Friedrich Merz|Merz|2025-05-06|
FR|President|Jacques Chirac|Chirac|1995-05-17|2007-05-16
FR|President|Nicolas Sarkozy|Sarkozy|2007-05-16|2012-05-15
FR|President|François Hollande|Hollande|2012-05-15|2017-05-14
FR|President|Emmanuel Macron|Macron|2017-05-14|
FR|Foreign Minister|Jean-Yves Le Drian|Le Drian|2017-05-17|2022-05-20
IT|Prime Minister|Mario Draghi|Draghi|2021-02-13|2022-10-22
IT|Prime Minister|Giorgia Meloni|Meloni|2022-10-22|
TR|Prime Minister|Recep Tayyip Erdoğan|Erdoğan|2003-03-14|2014-08-28
TR|President|Recep Tayyip Erdoğan|Erdoğan|2014-08-28|
TR|Foreign Minister|Ahmet Davutoğlu|Davutoğlu|2009-05-01|2014-08-29
TR|Foreign Minister|Mevlüt Çavuşoğlu|Çavuşoğlu|2014-08-29|2023-06-04
TR|Foreign Minister|Hakan Fidan|Fidan|2023-06-04|
UA|President|Petro Poroshenko|Poroshenko|2014-06-07|2019-05-20
UA|President|Volodymyr Zelenskyy|Zelensky|2019-05-20|
IE|Taoiseach|Leo Varadkar|Varadkar|2017-06-14|2020-06-27
IE|Taoiseach|Micheál Martin|Martin|2020-06-27|2022-12-17
IE|Taoiseach|Leo Varadkar|Varadkar|2022-12-17|2024-04-09
IE|Taoiseach|Simon Harris|Harris|2024-04-09|2025-01-23
IE|Taoiseach|Micheál Martin|Martin|2025-01-23|
IE|Foreign Minister|Simon Coveney|Coveney|2017-06-14|2022-12-17
MX|President|Enrique Peña Nieto|Peña Nieto|2012-12-01|2018-12-01
MX|President|Andrés Manuel López Obrador|López Obrador|2018-12-01|2024-10-01
MX|President|Claudia Sheinbaum|Sheinbaum|2024-10-01|
BR|President|Luiz Inácio Lula da Silva|Lula|2003-01-01|2011-01-01
BR|President|Dilma Rousseff|Rousseff|2011-01-01|2016-08-31
BR|President|Jair Bolsonaro|Bolsonaro|2019-01-01|2023-01-01
BR|President|Luiz Inácio Lula da Silva|Lula|2023-01-01|
ID|President|Susilo Bambang Yudhoyono|Yudhoyono|2004-10-20|2014-10-20
ID|President|Joko Widodo|Widodo|2014-10-20|2024-10-20
ID|President|Prabowo Subianto|Prabowo|2024-10-20|
MY|Prime Minister|Mahathir Mohamad|Mahathir|2018-05-10|2020-03-01
MY|Prime Minister|Najib Razak|Najib|2009-04-03|2018-05-10
MY|Prime Minister|Anwar Ibrahim|Anwar|2022-11-24|
PH|President|Benigno Aquino III|Aquino|2010-06-30|2016-06-30
PH|President|Rodrigo Duterte|Duterte|2016-06-30|2022-06-30
PH|President|Ferdinand R. Marcos Jr.|Marcos|2022-06-30|
SG|Prime Minister|Lee Hsien Loong|Lee|2004-08-12|2024-05-15
SG|Prime Minister|Lawrence Wong|Wong|2024-05-15|
VN|Prime Minister|Nguyen Tan Dung|Dung|2006-06-27|2016-04-07
VN|Prime Minister|Nguyen Xuan Phuc|Phuc|2016-04-07|2021-04-05
VN|Prime Minister|Pham Minh Chinh|Chinh|2021-04-05|
TH|Prime Minister|Prayut Chan-o-cha|Prayut|2014-08-24|2023-08-22
IL|Prime Minister|Benjamin Netanyahu|Netanyahu|2009-03-31|2021-06-13
IL|Prime Minister|Naftali Bennett|Bennett|2021-06-13|2022-06-30
IL|Prime Minister|Yair Lapid|Lapid|2022-07-01|2022-12-29
IL|Prime Minister|Benjamin Netanyahu|Netanyahu|2022-12-29|
IL|Foreign Minister|Yair Lapid|Lapid|2021-06-13|2022-12-29
PK|Prime Minister|Imran Khan|Khan|2018-08-18|2022-04-10
PK|Prime Minister|Shehbaz Sharif|Sharif|2022-04-11|2023-08-14
PK|Prime Minister|Shehbaz Sharif|Sharif|2024-03-04|
QA|Emir|Tamim bin Hamad Al Thani|Tamim|2013-06-25|
NL|Prime Minister|Mark Rutte|Rutte|2010-10-14|2024-07-02
NL|Prime Minister|Dick Schoof|Schoof|2024-07-02|
ES|Prime Minister|Mariano Rajoy|Rajoy|2011-12-21|2018-06-02
ES|Prime Minister|Pedro Sánchez|Sánchez|2018-06-02|
PL|Prime Minister|Donald Tusk|Tusk|2007-11-16|2014-09-22
PL|Prime Minister|Mateusz Morawiecki|Morawiecki|2017-12-11|2023-12-13
PL|Prime Minister|Donald Tusk|Tusk|2023-12-13|
PL|President|Andrzej Duda|Duda|2015-08-06|2025-08-06
PL|President|Karol Nawrocki|Nawrocki|2025-08-06|
IT|Prime Minister|Matteo Renzi|Renzi|2014-02-22|2016-12-12
IT|Prime Minister|Giuseppe Conte|Conte|2018-06-01|2021-02-13
DE|President|Frank-Walter Steinmeier|Steinmeier|2017-03-19|
DE|Foreign Minister|Frank-Walter Steinmeier|Steinmeier|2013-12-17|2017-01-27
DE|Foreign Minister|Heiko Maas|Maas|2018-03-14|2021-12-08
DE|Foreign Minister|Annalena Baerbock|Baerbock|2021-12-08|2025-05-06
DE|Foreign Minister|Johann Wadephul|Wadephul|2025-05-06|
FR|Foreign Minister|Laurent Fabius|Fabius|2012-05-16|2016-02-11
FR|Foreign Minister|Catherine Colonna|Colonna|2022-05-20|2024-01-11
FR|Foreign Minister|Stéphane Séjourné|Séjourné|2024-01-11|2024-09-21
FR|Foreign Minister|Jean-Noël Barrot|Barrot|2024-09-21|
SA|Crown Prince|Mohammed bin Salman|Mohammed bin Salman|2017-06-21|
EG|President|Abdel Fattah el-Sisi|el-Sisi|2014-06-08|
ZA|President|Cyril Ramaphosa|Ramaphosa|2018-02-15|
NG|President|Muhammadu Buhari|Buhari|2015-05-29|2023-05-29
NG|President|Bola Tinubu|Tinubu|2023-05-29|
KE|President|Uhuru Kenyatta|Kenyatta|2013-04-09|2022-09-13
KE|President|William Ruto|Ruto|2022-09-13|
AR|President|Mauricio Macri|Macri|2015-12-10|2019-12-10
AR|President|Alberto Fernández|Fernández|2019-12-10|2023-12-10
AR|President|Javier Milei|Milei|2023-12-10|
CL|President|Gabriel Boric|Boric|2022-03-11|
CO|President|Gustavo Petro|Petro|2022-08-07|
MY|Prime Minister|Muhyiddin Yassin|Muhyiddin|2020-03-01|2021-08-16
MY|Prime Minister|Ismail Sabri Yaakob|Ismail Sabri|2021-08-21|2022-11-24
KH|Prime Minister|Hun Sen|Hun Sen|1985-01-14|2023-08-22
KH|Prime Minister|Hun Manet|Hun Manet|2023-08-22|
PG|Prime Minister|Peter O'Neill|O'Neill|2011-08-02|2019-05-30
PG|Prime Minister|James Marape|Marape|2019-05-30|
BD|Prime Minister|Sheikh Hasina|Hasina|2009-01-06|2024-08-05
AE|President|Mohamed bin Zayed Al Nahyan|Mohamed bin Zayed|2022-05-14|
EU|President of the European Commission|José Manuel Barroso|Barroso|2004-11-22|2014-10-31
EU|President of the European Commission|Jean-Claude Juncker|Juncker|2014-11-01|2019-11-30
EU|President of the European Commission|Ursula von der Leyen|von der Leyen|2019-12-01|
EU|President of the European Council|Herman Van Rompuy|Van Rompuy|2009-12-01|2014-11-30
EU|President of the European Council|Donald Tusk|Tusk|2014-12-01|2019-11-30
EU|President of the European Council|Charles Michel|Michel|2019-12-01|2024-11-30
EU|President of the European Council|António Costa|Costa|2024-12-01|
EU|High Representative|Catherine Ashton|Ashton|2009-12-01|2014-10-31
EU|High Representative|Federica Mogherini|Mogherini|2014-11-01|2019-11-30
EU|High Representative|Josep Borrell|Borrell|2019-12-01|2024-11-30
EU|High Representative|Kaja Kallas|Kallas|2024-12-01|
"""

# The words a role uses for each office (a role may name the office another way).
_OFFICE_WORDS: dict[str, re.Pattern[str]] = {
    "President": re.compile(r"^(?:.*\s)?President\b(?! of the European)", re.I),
    "Vice President": re.compile(r"\bVice[- ]President\b", re.I),
    "Prime Minister": re.compile(r"\b(?:Prime Minister|PM)\b", re.I),
    "Premier": re.compile(r"\bPremier\b", re.I),
    "Chancellor": re.compile(r"\bChancellor\b", re.I),
    "Taoiseach": re.compile(r"\bTaoiseach\b", re.I),
    "Emir": re.compile(r"\b(?:Emir|Amir)\b", re.I),
    "Crown Prince": re.compile(r"\bCrown Prince\b|\bPrime Minister\b", re.I),
    "Secretary of State": re.compile(r"\bSecretary(?: of State)?\b", re.I),
    "Foreign Secretary": re.compile(r"\b(?:Foreign|External Affairs) (?:Secretary|Minister)\b"
                                    r"|\bSecretary of State for Foreign", re.I),
    "Foreign Minister": re.compile(r"\b(?:Foreign|External Affairs) Minister\b|\bMinister "
                                   r"(?:of|for) (?:Foreign|External) Affairs\b|\bFM\b", re.I),
    "President of the European Commission": re.compile(r"\bPresident\b|\bCommission", re.I),
    "President of the European Council": re.compile(r"\bPresident\b|\bCouncil", re.I),
    "High Representative": re.compile(r"\bHigh Representative\b|\bVice[- ]President", re.I),
}


# Roles of the kinds of office in the table; other roles ("Senator") leave the name open.
_KNOWN_ROLE = re.compile(r"\b(?:President|Prime Minister|PM|Premier|Chancellor|Taoiseach|Emir"
                         r"|Crown Prince"
                         r"|Amir|Secretary|Foreign Minister|Minister (?:of|for) (?:Foreign"
                         r"|External) Affairs|High Representative)\b", re.I)


@dataclass(frozen=True, slots=True)
class Holder:
    """One term in one office: who, of which country, from when until when."""

    country: str
    office: str
    name: str
    family: str
    start: dt.date
    end: dt.date | None  # None while in office

    def held_on(self, date: dt.date) -> bool:
        """True when the term covers the date: from its first day, until the successor's
        (on a day of handover, the new holder: readouts of that day are theirs)."""
        return self.start <= date and (self.end is None or date < self.end)


def fold(text: str) -> str:
    """Lower case without accents or punctuation: "Peña Nieto" -> "pena nieto"."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", plain.casefold().replace("'", "")).split())


@cache
def holders() -> tuple[Holder, ...]:
    """Every term in the table."""
    out = []
    for line in _TABLE.strip().splitlines():
        country, office, name, family, start, end = line.split("|")
        out.append(Holder(country, office, name, family, dt.date.fromisoformat(start),
                          dt.date.fromisoformat(end) if end else None))
    return tuple(out)


def holder(country: str, office: str, date: dt.date) -> Holder | None:
    """Who held the office of the country on the date; None when the table does not say."""
    found = [h for h in holders() if h.country == country and h.office == office
             and h.held_on(date)]
    return found[0] if len(found) == 1 else None


def _names_match(name: str, h: Holder) -> bool:
    words = fold(name).split()
    family = fold(h.family).split()
    n = len(family)
    if not any(words[i : i + n] == family for i in range(len(words) - n + 1)):
        return False
    known = set(fold(h.name).split())
    rest = [w for i, w in enumerate(words) if w not in family and len(w) > 1 and w not in
            ("jr", "sr", "the", "mr", "ms", "dr")]
    # "Lee Hsien Loong" is not "Lee Myung-bak": other words must be the holder's own.
    return all(w in known for w in rest)


def known_person(name: str, role: str = "", date: dt.date | None = None) -> Holder | None:
    """The office holder a name (and role, and date) points to, when exactly one fits."""
    found = [h for h in holders() if _names_match(name, h)]
    if role and _KNOWN_ROLE.search(role):
        # A role the table knows must fit: "Prime Minister Tusk" is not the Council's Tusk.
        found = [h for h in found if _OFFICE_WORDS[h.office].search(role)]
    if date is not None and len({h.country for h in found}) > 1:
        found = [h for h in found if h.held_on(date)] or found
    countries = {h.country for h in found}
    if len(countries) != 1:
        return None
    if date is not None:
        current = [h for h in found if h.held_on(date)]
        if current:
            return current[0]
    return found[0]
