"""Who held the offices that readouts name: heads of state and government, foreign ministers.

Readouts name their own side by office alone ("The Prime Minister spoke to ...", "The
Secretary met ...") and the other side by family name ("President Obama"). This table, of
the offices most readouts come from since about 1990, tells who held an office on a date
and which country a known name belongs to. A name not in it is simply not known: the
importer then says so instead of guessing.

From 1990 (or the office's start) it covers the heads of state and government that readouts name
and the foreign ministers of the G20 (with the European Union's presidents and High
Representative), of ASEAN's members and of New Zealand, Spain, the Netherlands, Poland, Ukraine,
Israel, Pakistan, Bangladesh and Sri Lanka. From about 1995 (or independence) it also has the
heads of state and of government of Ireland, Austria, Belgium, Denmark, Finland, Greece,
Hungary, Norway, Portugal, Sweden, Slovakia, Croatia, Serbia, Estonia, Slovenia, Malta, Iceland,
Montenegro (from 2003), North Macedonia, Albania, Lebanon, Ethiopia, Mozambique, Namibia, Iraq
(from 2004), Armenia and Georgia, and the prime ministers of the Czech Republic, Romania,
Latvia, Lithuania, Kazakhstan, Uzbekistan, Azerbaijan, Morocco, Algeria, Tanzania, Jordan (from
2003), Tunisia (1999), Uganda (1999), Rwanda (2000), Mongolia (2000 to 2025), Nepal (2006 to
2013 with a gap, and 2014 to 2026), Senegal (2004 to 2025, with a gap) and Luxembourg (not its
Grand Dukes); Switzerland's Federal President of each year; the Gulf's rulers, with Saudi
Arabia's and Bahrain's crown princes and Abu Dhabi's until 2022; the prime ministers of Bahrain,
of Qatar (from 2007), the United Arab Emirates (2006), Egypt (2014), Kenya (2008 to 2013), Cuba,
Fiji, Jamaica (2006), Trinidad and Tobago (1995 to 2001 and from 2010), Tonga (2006), Samoa
(1998), Tuvalu (2013 to 2024), Vanuatu (2016), the Solomon Islands (2006, with a gap), Bhutan
(2013), Syria (2003 to 2024), Yemen (2011), Libya (2012 to 2014 and from 2016), Sudan (2019 to
2022 and from 2025), Cameroon (2004 to 2009 and from 2019), Côte d'Ivoire (2007), Mali (2014),
Niger (2011), Chad (2021), Gabon (2019 to 2025), Moldova (2001 to 2009 and from 2016),
Tajikistan (1999), Kyrgyzstan (2021) and Zimbabwe (2009 to 2013); and the heads of state of
Bulgaria, the Czech Republic, Romania, Latvia, Lithuania, Nepal, Kazakhstan, Uzbekistan,
Azerbaijan, Belarus, Mongolia, Moldova, Kyrgyzstan, Tajikistan, Turkmenistan, Cyprus, the
Maldives, Afghanistan (to 2021), Cambodia, Singapore, Iran, Egypt, Jordan, Morocco, Algeria,
Tunisia, Syria, Yemen, Sudan, Libya (from 2021), Nigeria, Kenya, South Sudan, Ghana, Senegal,
Angola, Tanzania, Uganda, Rwanda, the DR Congo, Mauritania, Cameroon, Côte d'Ivoire, Benin (to
April 2026), Burkina Faso, Mali, Niger, Chad, Equatorial Guinea, Gabon, Zimbabwe, Zambia,
Botswana, Chile, Colombia, Peru, Uruguay, Venezuela, Paraguay, Bolivia, Ecuador, Cuba, Costa
Rica, Panama, Guatemala, the Dominican Republic, Trinidad and Tobago (from 2013), Palau (from
2001), and the kings of Tonga and Bhutan. From about 2000 it has the foreign ministers of
Ireland, Austria, Belgium, Denmark, Finland, Greece, Norway, Portugal, Sweden, Slovakia,
Croatia, Estonia, Luxembourg, Switzerland (the head of the Federal Department of Foreign
Affairs), Iran, Egypt, Qatar, Kuwait, Oman, Bahrain, Morocco and Algeria, of the Czech Republic
(from 2002), Serbia (2004), Slovenia (2004), Iraq (2003), the United Arab Emirates (2006),
Azerbaijan (2004), Armenia (2008), Jordan (2009), Latvia (2010), Lithuania (2012), Belarus
(2012), Uzbekistan (2012), Iceland (2017), Nigeria (2015), Kenya (2013), Ghana (2017), Chile
(2010), Colombia (2010 to 2024) and Cuba, of Ethiopia (to 2012), Venezuela (2006 to 2022, with
gaps) and Fiji (from 2020), and with gaps of Hungary, Romania, Bulgaria, Cyprus, Malta, Georgia
and Kazakhstan. Acting holders are in it only when they held the office for months; where the
end of a term is not known (a minister on leave, a government after an election the record does
not cover), the row ends on the last day the record confirms, and where its start is not known
it begins on the first day the record confirms. Where a family name alone would name someone
else too, the row's family name is the full name (Romania's Ludovic Orban, Denmark's Kristian
Jensen, Guatemala's Jimmy Morales), and holders better known for a later office of another kind
(a United Nations envoy, the World Health Organization's head) are left out.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

# country | office | full name | family name | from | until (empty: still in office)
# Terms of one office never overlap: a successor's first day is the predecessor's "until". A
# name found in full without a role takes its first row here, so where one person held offices
# of two countries the row readouts name most comes first: Poland's Tusk before the Council's,
# the Union's Borrell, Solana, Mogherini and Prodi before Spain's and Italy's, and its Van
# Rompuy, Michel, Barroso, Costa and Kallas before Belgium's, Portugal's and Estonia's, and
# its Juncker and Santer before Luxembourg's; where one held two offices of one country, the
# head of state's or government's row comes first (Ireland's Taoiseach Martin before its
# foreign minister Martin). A
# monarch's full name carries the title ("King Philippe"), so that a bare "Philippe" or a
# "Hassan II Mosque" in a sentence is not read as the king.
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
GB|Prime Minister|Margaret Thatcher|Thatcher|1979-05-04|1990-11-28
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
GB|Foreign Secretary|William Hague|Hague|2010-05-12|2014-07-15
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
CA|Foreign Minister|Joe Clark|Clark|1984-09-17|1991-04-21
CA|Foreign Minister|Barbara McDougall|McDougall|1991-04-21|1993-06-25
CA|Foreign Minister|Perrin Beatty|Beatty|1993-06-25|1993-11-04
CA|Foreign Minister|André Ouellet|Ouellet|1993-11-04|1996-01-25
CA|Foreign Minister|Lloyd Axworthy|Axworthy|1996-01-25|2000-10-17
CA|Foreign Minister|John Manley|Manley|2000-10-17|2002-01-15
CA|Foreign Minister|Bill Graham|Graham|2002-01-16|2004-07-20
CA|Foreign Minister|Pierre Pettigrew|Pettigrew|2004-07-20|2006-02-06
CA|Foreign Minister|Peter MacKay|MacKay|2006-02-06|2007-08-14
CA|Foreign Minister|Maxime Bernier|Bernier|2007-08-14|2008-05-26
CA|Foreign Minister|David Emerson|Emerson|2008-05-26|2008-10-30
CA|Foreign Minister|Lawrence Cannon|Cannon|2008-10-30|2011-05-18
CA|Foreign Minister|John Baird|Baird|2011-05-18|2015-02-03
CA|Foreign Minister|Rob Nicholson|Nicholson|2015-02-09|2015-11-04
CA|Foreign Minister|Stéphane Dion|Dion|2015-11-04|2017-01-10
CA|Foreign Minister|Chrystia Freeland|Freeland|2017-01-10|2019-11-20
CA|Foreign Minister|François-Philippe Champagne|Champagne|2019-11-20|2021-01-12
CA|Foreign Minister|Marc Garneau|Garneau|2021-01-12|2021-10-26
CA|Foreign Minister|Mélanie Joly|Joly|2021-10-26|2025-05-13
CA|Foreign Minister|Anita Anand|Anand|2025-05-13|
AU|Prime Minister|Bob Hawke|Hawke|1983-03-11|1991-12-20
AU|Prime Minister|Paul Keating|Keating|1991-12-20|1996-03-11
AU|Prime Minister|John Howard|Howard|1996-03-11|2007-12-03
AU|Prime Minister|Kevin Rudd|Rudd|2007-12-03|2010-06-24
AU|Prime Minister|Julia Gillard|Gillard|2010-06-24|2013-06-27
AU|Prime Minister|Kevin Rudd|Rudd|2013-06-27|2013-09-18
AU|Prime Minister|Tony Abbott|Abbott|2013-09-18|2015-09-15
AU|Prime Minister|Malcolm Turnbull|Turnbull|2015-09-15|2018-08-24
AU|Prime Minister|Scott Morrison|Morrison|2018-08-24|2022-05-23
AU|Prime Minister|Anthony Albanese|Albanese|2022-05-23|
AU|Foreign Minister|Gareth Evans|Evans|1988-09-02|1996-03-11
AU|Foreign Minister|Alexander Downer|Downer|1996-03-11|2007-12-03
AU|Foreign Minister|Stephen Smith|Smith|2007-12-03|2010-09-14
AU|Foreign Minister|Kevin Rudd|Rudd|2010-09-14|2012-02-22
AU|Foreign Minister|Bob Carr|Carr|2012-03-13|2013-09-18
AU|Foreign Minister|Julie Bishop|Bishop|2013-09-18|2018-08-28
AU|Foreign Minister|Marise Payne|Payne|2018-08-28|2022-05-23
AU|Foreign Minister|Penny Wong|Wong|2022-05-23|
NZ|Prime Minister|Geoffrey Palmer|Palmer|1989-08-08|1990-09-04
NZ|Prime Minister|Mike Moore|Moore|1990-09-04|1990-11-02
NZ|Prime Minister|Jim Bolger|Bolger|1990-11-02|1997-12-08
NZ|Prime Minister|Jenny Shipley|Shipley|1997-12-08|1999-12-10
NZ|Prime Minister|Helen Clark|Clark|1999-12-10|2008-11-19
NZ|Prime Minister|John Key|Key|2008-11-19|2016-12-12
NZ|Prime Minister|Bill English|English|2016-12-12|2017-10-26
NZ|Prime Minister|Jacinda Ardern|Ardern|2017-10-26|2023-01-25
NZ|Prime Minister|Chris Hipkins|Hipkins|2023-01-25|2023-11-27
NZ|Prime Minister|Christopher Luxon|Luxon|2023-11-27|
NZ|Foreign Minister|Don McKinnon|McKinnon|1990-11-02|1999-12-10
NZ|Foreign Minister|Phil Goff|Goff|1999-12-10|2005-10-19
NZ|Foreign Minister|Winston Peters|Peters|2005-10-19|2008-08-29
NZ|Foreign Minister|Murray McCully|McCully|2008-11-19|2017-05-02
NZ|Foreign Minister|Gerry Brownlee|Brownlee|2017-05-02|2017-10-26
NZ|Foreign Minister|Winston Peters|Peters|2017-10-26|2020-11-06
NZ|Foreign Minister|Nanaia Mahuta|Mahuta|2020-11-06|2023-11-27
NZ|Foreign Minister|Winston Peters|Peters|2023-11-27|
IE|Taoiseach|Albert Reynolds|Reynolds|1992-02-11|1994-12-15
IE|Taoiseach|John Bruton|Bruton|1994-12-15|1997-06-26
IE|Taoiseach|Bertie Ahern|Ahern|1997-06-26|2008-05-07
IE|Taoiseach|Brian Cowen|Cowen|2008-05-07|2011-03-09
IE|Taoiseach|Enda Kenny|Kenny|2011-03-09|2017-06-14
IE|Taoiseach|Leo Varadkar|Varadkar|2017-06-14|2020-06-27
IE|Taoiseach|Micheál Martin|Martin|2020-06-27|2022-12-17
IE|Taoiseach|Leo Varadkar|Varadkar|2022-12-17|2024-04-09
IE|Taoiseach|Simon Harris|Harris|2024-04-09|2025-01-23
IE|Taoiseach|Micheál Martin|Martin|2025-01-23|
IE|Foreign Minister|Simon Coveney|Coveney|2017-06-14|2022-12-17
IE|President|Mary Robinson|Robinson|1990-12-03|1997-09-12
IE|President|Mary McAleese|McAleese|1997-11-11|2011-11-11
IE|President|Michael D. Higgins|Higgins|2011-11-11|2025-11-11
IE|President|Catherine Connolly|Connolly|2025-11-11|
IN|President|R. Venkataraman|Venkataraman|1987-07-25|1992-07-25
IN|President|Shankar Dayal Sharma|Sharma|1992-07-25|1997-07-25
IN|President|K. R. Narayanan|Narayanan|1997-07-25|2002-07-25
IN|President|A. P. J. Abdul Kalam|Kalam|2002-07-25|2007-07-25
IN|President|Pratibha Patil|Patil|2007-07-25|2012-07-25
IN|President|Pranab Mukherjee|Mukherjee|2012-07-25|2017-07-25
IN|President|Ram Nath Kovind|Kovind|2017-07-25|2022-07-25
IN|President|Droupadi Murmu|Murmu|2022-07-25|
IN|Prime Minister|V. P. Singh|Singh|1989-12-02|1990-11-10
IN|Prime Minister|Chandra Shekhar|Chandra Shekhar|1990-11-10|1991-06-21
IN|Prime Minister|P. V. Narasimha Rao|Rao|1991-06-21|1996-05-16
IN|Prime Minister|Atal Bihari Vajpayee|Vajpayee|1996-05-16|1996-06-01
IN|Prime Minister|H. D. Deve Gowda|Gowda|1996-06-01|1997-04-21
IN|Prime Minister|I. K. Gujral|Gujral|1997-04-21|1998-03-19
IN|Prime Minister|Atal Bihari Vajpayee|Vajpayee|1998-03-19|2004-05-22
IN|Prime Minister|Manmohan Singh|Singh|2004-05-22|2014-05-26
IN|Prime Minister|Narendra Modi|Modi|2014-05-26|
IN|Foreign Minister|I. K. Gujral|Gujral|1989-12-05|1990-11-10
IN|Foreign Minister|Dinesh Singh|Singh|1993-01-18|1995-02-10
IN|Foreign Minister|Pranab Mukherjee|Mukherjee|1995-02-10|1996-05-16
IN|Foreign Minister|I. K. Gujral|Gujral|1996-06-01|1998-03-19
IN|Foreign Minister|Atal Bihari Vajpayee|Vajpayee|1998-03-19|1998-12-05
IN|Foreign Minister|Jaswant Singh|Singh|1998-12-05|2002-07-01
IN|Foreign Minister|Yashwant Sinha|Sinha|2002-07-01|2004-05-22
IN|Foreign Minister|Natwar Singh|Singh|2004-05-22|2005-11-06
IN|Foreign Minister|Manmohan Singh|Singh|2005-11-06|2006-10-24
IN|Foreign Minister|Pranab Mukherjee|Mukherjee|2006-10-24|2009-05-22
IN|Foreign Minister|S. M. Krishna|Krishna|2009-05-22|2012-10-26
IN|Foreign Minister|Salman Khurshid|Khurshid|2012-10-28|2014-05-26
IN|Foreign Minister|Sushma Swaraj|Swaraj|2014-05-26|2019-05-30
IN|Foreign Minister|S. Jaishankar|Jaishankar|2019-05-30|
JP|Prime Minister|Toshiki Kaifu|Kaifu|1989-08-10|1991-11-05
JP|Prime Minister|Kiichi Miyazawa|Miyazawa|1991-11-05|1993-08-09
JP|Prime Minister|Morihiro Hosokawa|Hosokawa|1993-08-09|1994-04-28
JP|Prime Minister|Tsutomu Hata|Hata|1994-04-28|1994-06-30
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
JP|Foreign Minister|Taro Nakayama|Nakayama|1989-08-10|1991-11-05
JP|Foreign Minister|Michio Watanabe|Watanabe|1991-11-05|1993-04-07
JP|Foreign Minister|Kabun Muto|Muto|1993-04-07|1993-08-09
JP|Foreign Minister|Tsutomu Hata|Hata|1993-08-09|1994-04-28
JP|Foreign Minister|Koji Kakizawa|Kakizawa|1994-04-28|1994-06-30
JP|Foreign Minister|Yohei Kono|Kono|1994-06-30|1996-01-11
JP|Foreign Minister|Yukihiko Ikeda|Ikeda|1996-01-11|1997-09-11
JP|Foreign Minister|Keizo Obuchi|Obuchi|1997-09-11|1998-07-30
JP|Foreign Minister|Masahiko Komura|Komura|1998-07-30|1999-10-05
JP|Foreign Minister|Yohei Kono|Kono|1999-10-05|2001-04-26
JP|Foreign Minister|Makiko Tanaka|Tanaka|2001-04-26|2002-01-30
JP|Foreign Minister|Yoriko Kawaguchi|Kawaguchi|2002-02-01|2004-09-27
JP|Foreign Minister|Nobutaka Machimura|Machimura|2004-09-27|2005-10-31
JP|Foreign Minister|Taro Aso|Aso|2005-10-31|2007-08-27
JP|Foreign Minister|Nobutaka Machimura|Machimura|2007-08-27|2007-09-26
JP|Foreign Minister|Masahiko Komura|Komura|2007-09-26|2008-09-24
JP|Foreign Minister|Hirofumi Nakasone|Nakasone|2008-09-24|2009-09-16
JP|Foreign Minister|Katsuya Okada|Okada|2009-09-16|2010-09-17
JP|Foreign Minister|Seiji Maehara|Maehara|2010-09-17|2011-03-07
JP|Foreign Minister|Takeaki Matsumoto|Matsumoto|2011-03-09|2011-09-02
JP|Foreign Minister|Koichiro Gemba|Gemba|2011-09-02|2012-12-26
JP|Foreign Minister|Fumio Kishida|Kishida|2012-12-26|2017-08-03
JP|Foreign Minister|Taro Kono|Kono|2017-08-03|2019-09-11
JP|Foreign Minister|Toshimitsu Motegi|Motegi|2019-09-11|2021-11-10
JP|Foreign Minister|Yoshimasa Hayashi|Hayashi|2021-11-10|2023-09-13
JP|Foreign Minister|Yoko Kamikawa|Kamikawa|2023-09-13|2024-10-01
JP|Foreign Minister|Takeshi Iwaya|Iwaya|2024-10-01|2025-10-21
JP|Foreign Minister|Toshimitsu Motegi|Motegi|2025-10-21|
CN|President|Yang Shangkun|Yang|1988-04-08|1993-03-27
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
KR|President|Roh Tae-woo|Roh|1988-02-25|1993-02-25
KR|President|Kim Young-sam|Kim|1993-02-25|1998-02-25
KR|President|Kim Dae-jung|Kim|1998-02-25|2003-02-25
KR|President|Roh Moo-hyun|Roh|2003-02-25|2008-02-25
KR|President|Lee Myung-bak|Lee|2008-02-25|2013-02-25
KR|President|Park Geun-hye|Park|2013-02-25|2017-03-10
KR|President|Moon Jae-in|Moon|2017-05-10|2022-05-10
KR|President|Yoon Suk Yeol|Yoon|2022-05-10|2025-04-04
KR|President|Lee Jae-myung|Lee|2025-06-04|
KR|Foreign Minister|Lee Sang-ock|Lee|1990-12-27|1993-02-26
KR|Foreign Minister|Han Sung-joo|Han|1993-02-26|1994-12-24
KR|Foreign Minister|Gong Ro-myung|Gong|1994-12-24|1996-11-07
KR|Foreign Minister|Yoo Chong-ha|Yoo|1996-11-07|1998-03-03
KR|Foreign Minister|Park Chung-soo|Park|1998-03-03|1998-08-04
KR|Foreign Minister|Hong Soon-young|Hong|1998-08-04|2000-01-14
KR|Foreign Minister|Lee Joung-binn|Lee|2000-01-14|2001-03-26
KR|Foreign Minister|Han Seung-soo|Han|2001-03-26|2002-02-04
KR|Foreign Minister|Choi Sung-hong|Choi|2002-02-04|2003-02-27
KR|Foreign Minister|Yoon Young-kwan|Yoon|2003-02-27|2004-01-16
KR|Foreign Minister|Ban Ki-moon|Ban|2004-01-17|2006-11-10
KR|Foreign Minister|Song Min-soon|Song|2006-12-01|2008-02-29
KR|Foreign Minister|Yu Myung-hwan|Yu|2008-02-29|2010-09-04
KR|Foreign Minister|Kim Sung-hwan|Kim|2010-10-08|2013-03-11
KR|Foreign Minister|Yun Byung-se|Yun|2013-03-11|2017-06-18
KR|Foreign Minister|Kang Kyung-wha|Kang|2017-06-18|2021-02-09
KR|Foreign Minister|Chung Eui-yong|Chung|2021-02-09|2022-05-12
KR|Foreign Minister|Park Jin|Park|2022-05-12|2024-01-11
KR|Foreign Minister|Cho Tae-yul|Cho|2024-01-11|2025-07-21
KR|Foreign Minister|Cho Hyun|Cho|2025-07-21|
RU|President|Boris Yeltsin|Yeltsin|1991-07-10|1999-12-31
RU|President|Vladimir Putin|Putin|1999-12-31|2008-05-07
RU|President|Dmitry Medvedev|Medvedev|2008-05-07|2012-05-07
RU|President|Vladimir Putin|Putin|2012-05-07|
RU|Prime Minister|Yegor Gaidar|Gaidar|1992-06-15|1992-12-14
RU|Prime Minister|Viktor Chernomyrdin|Chernomyrdin|1992-12-14|1998-03-23
RU|Prime Minister|Sergei Kiriyenko|Kiriyenko|1998-03-23|1998-08-23
RU|Prime Minister|Yevgeny Primakov|Primakov|1998-09-11|1999-05-12
RU|Prime Minister|Sergei Stepashin|Stepashin|1999-05-12|1999-08-09
RU|Prime Minister|Vladimir Putin|Putin|1999-08-09|2000-05-07
RU|Prime Minister|Mikhail Kasyanov|Kasyanov|2000-05-07|2004-02-24
RU|Prime Minister|Mikhail Fradkov|Fradkov|2004-03-05|2007-09-12
RU|Prime Minister|Viktor Zubkov|Zubkov|2007-09-14|2008-05-08
RU|Prime Minister|Vladimir Putin|Putin|2008-05-08|2012-05-07
RU|Prime Minister|Dmitry Medvedev|Medvedev|2012-05-08|2020-01-16
RU|Prime Minister|Mikhail Mishustin|Mishustin|2020-01-16|
RU|Foreign Minister|Andrei Kozyrev|Kozyrev|1990-10-11|1996-01-05
RU|Foreign Minister|Yevgeny Primakov|Primakov|1996-01-09|1998-09-11
RU|Foreign Minister|Igor Ivanov|Ivanov|1998-09-11|2004-03-09
RU|Foreign Minister|Sergey Lavrov|Lavrov|2004-03-09|
DE|President|Richard von Weizsäcker|von Weizsäcker|1984-07-01|1994-07-01
DE|President|Roman Herzog|Herzog|1994-07-01|1999-07-01
DE|President|Johannes Rau|Rau|1999-07-01|2004-07-01
DE|President|Horst Köhler|Köhler|2004-07-01|2010-05-31
DE|President|Christian Wulff|Wulff|2010-06-30|2012-02-17
DE|President|Joachim Gauck|Gauck|2012-03-18|2017-03-19
DE|President|Frank-Walter Steinmeier|Steinmeier|2017-03-19|
DE|Chancellor|Helmut Kohl|Kohl|1982-10-01|1998-10-27
DE|Chancellor|Gerhard Schröder|Schröder|1998-10-27|2005-11-22
DE|Chancellor|Angela Merkel|Merkel|2005-11-22|2021-12-08
DE|Chancellor|Olaf Scholz|Scholz|2021-12-08|2025-05-06
DE|Chancellor|Friedrich Merz|Merz|2025-05-06|
DE|Foreign Minister|Hans-Dietrich Genscher|Genscher|1974-05-17|1992-05-18
DE|Foreign Minister|Klaus Kinkel|Kinkel|1992-05-18|1998-10-27
DE|Foreign Minister|Joschka Fischer|Fischer|1998-10-27|2005-11-22
DE|Foreign Minister|Frank-Walter Steinmeier|Steinmeier|2005-11-22|2009-10-28
DE|Foreign Minister|Guido Westerwelle|Westerwelle|2009-10-28|2013-12-17
DE|Foreign Minister|Frank-Walter Steinmeier|Steinmeier|2013-12-17|2017-01-27
DE|Foreign Minister|Sigmar Gabriel|Gabriel|2017-01-27|2018-03-14
DE|Foreign Minister|Heiko Maas|Maas|2018-03-14|2021-12-08
DE|Foreign Minister|Annalena Baerbock|Baerbock|2021-12-08|2025-05-06
DE|Foreign Minister|Johann Wadephul|Wadephul|2025-05-06|
FR|President|François Mitterrand|Mitterrand|1981-05-21|1995-05-17
FR|President|Jacques Chirac|Chirac|1995-05-17|2007-05-16
FR|President|Nicolas Sarkozy|Sarkozy|2007-05-16|2012-05-15
FR|President|François Hollande|Hollande|2012-05-15|2017-05-14
FR|President|Emmanuel Macron|Macron|2017-05-14|
FR|Prime Minister|Michel Rocard|Rocard|1988-05-10|1991-05-15
FR|Prime Minister|Édith Cresson|Cresson|1991-05-15|1992-04-02
FR|Prime Minister|Pierre Bérégovoy|Bérégovoy|1992-04-02|1993-03-29
FR|Prime Minister|Édouard Balladur|Balladur|1993-03-29|1995-05-17
FR|Prime Minister|Alain Juppé|Juppé|1995-05-17|1997-06-02
FR|Prime Minister|Lionel Jospin|Jospin|1997-06-02|2002-05-06
FR|Prime Minister|Jean-Pierre Raffarin|Raffarin|2002-05-06|2005-05-31
FR|Prime Minister|Dominique de Villepin|de Villepin|2005-05-31|2007-05-17
FR|Prime Minister|François Fillon|Fillon|2007-05-17|2012-05-15
FR|Prime Minister|Jean-Marc Ayrault|Ayrault|2012-05-15|2014-03-31
FR|Prime Minister|Manuel Valls|Valls|2014-03-31|2016-12-06
FR|Prime Minister|Bernard Cazeneuve|Cazeneuve|2016-12-06|2017-05-15
FR|Prime Minister|Édouard Philippe|Philippe|2017-05-15|2020-07-03
FR|Prime Minister|Jean Castex|Castex|2020-07-03|2022-05-16
FR|Prime Minister|Élisabeth Borne|Borne|2022-05-16|2024-01-09
FR|Prime Minister|Gabriel Attal|Attal|2024-01-09|2024-09-05
FR|Prime Minister|Michel Barnier|Barnier|2024-09-05|2024-12-13
FR|Prime Minister|François Bayrou|Bayrou|2024-12-13|2025-09-09
FR|Prime Minister|Sébastien Lecornu|Lecornu|2025-09-09|
FR|Foreign Minister|Roland Dumas|Dumas|1988-05-12|1993-03-30
FR|Foreign Minister|Alain Juppé|Juppé|1993-03-30|1995-05-18
FR|Foreign Minister|Hervé de Charette|de Charette|1995-05-18|1997-06-04
FR|Foreign Minister|Hubert Védrine|Védrine|1997-06-04|2002-05-07
FR|Foreign Minister|Dominique de Villepin|de Villepin|2002-05-07|2004-03-31
FR|Foreign Minister|Michel Barnier|Barnier|2004-03-31|2005-06-02
FR|Foreign Minister|Philippe Douste-Blazy|Douste-Blazy|2005-06-02|2007-05-18
FR|Foreign Minister|Bernard Kouchner|Kouchner|2007-05-18|2010-11-14
FR|Foreign Minister|Michèle Alliot-Marie|Alliot-Marie|2010-11-14|2011-02-27
FR|Foreign Minister|Alain Juppé|Juppé|2011-02-27|2012-05-16
FR|Foreign Minister|Laurent Fabius|Fabius|2012-05-16|2016-02-11
FR|Foreign Minister|Jean-Marc Ayrault|Ayrault|2016-02-11|2017-05-17
FR|Foreign Minister|Jean-Yves Le Drian|Le Drian|2017-05-17|2022-05-20
FR|Foreign Minister|Catherine Colonna|Colonna|2022-05-20|2024-01-11
FR|Foreign Minister|Stéphane Séjourné|Séjourné|2024-01-11|2024-09-21
FR|Foreign Minister|Jean-Noël Barrot|Barrot|2024-09-21|
PL|President|Wojciech Jaruzelski|Jaruzelski|1989-07-19|1990-12-22
PL|President|Lech Wałęsa|Wałęsa|1990-12-22|1995-12-23
PL|President|Aleksander Kwaśniewski|Kwaśniewski|1995-12-23|2005-12-23
PL|President|Lech Kaczyński|Kaczyński|2005-12-23|2010-04-10
PL|President|Bronisław Komorowski|Komorowski|2010-04-10|2010-07-08
PL|President|Bronisław Komorowski|Komorowski|2010-08-06|2015-08-06
PL|President|Andrzej Duda|Duda|2015-08-06|2025-08-06
PL|President|Karol Nawrocki|Nawrocki|2025-08-06|
PL|Prime Minister|Tadeusz Mazowiecki|Mazowiecki|1989-08-24|1991-01-12
PL|Prime Minister|Jan Krzysztof Bielecki|Bielecki|1991-01-12|1991-12-23
PL|Prime Minister|Jan Olszewski|Olszewski|1991-12-23|1992-06-05
PL|Prime Minister|Hanna Suchocka|Suchocka|1992-07-11|1993-10-26
PL|Prime Minister|Waldemar Pawlak|Pawlak|1993-10-26|1995-03-07
PL|Prime Minister|Józef Oleksy|Oleksy|1995-03-07|1996-02-07
PL|Prime Minister|Włodzimierz Cimoszewicz|Cimoszewicz|1996-02-07|1997-10-31
PL|Prime Minister|Jerzy Buzek|Buzek|1997-10-31|2001-10-19
PL|Prime Minister|Leszek Miller|Miller|2001-10-19|2004-05-02
PL|Prime Minister|Marek Belka|Belka|2004-05-02|2005-10-31
PL|Prime Minister|Kazimierz Marcinkiewicz|Marcinkiewicz|2005-10-31|2006-07-14
PL|Prime Minister|Jarosław Kaczyński|Kaczyński|2006-07-14|2007-11-16
PL|Prime Minister|Donald Tusk|Tusk|2007-11-16|2014-09-22
PL|Prime Minister|Ewa Kopacz|Kopacz|2014-09-22|2015-11-16
PL|Prime Minister|Beata Szydło|Szydło|2015-11-16|2017-12-11
PL|Prime Minister|Mateusz Morawiecki|Morawiecki|2017-12-11|2023-12-13
PL|Prime Minister|Donald Tusk|Tusk|2023-12-13|
PL|Foreign Minister|Krzysztof Skubiszewski|Skubiszewski|1989-09-12|1993-10-26
PL|Foreign Minister|Władysław Bartoszewski|Bartoszewski|1995-03-07|1995-12-22
PL|Foreign Minister|Dariusz Rosati|Rosati|1995-12-29|1997-10-31
PL|Foreign Minister|Bronisław Geremek|Geremek|1997-10-31|2000-06-30
PL|Foreign Minister|Władysław Bartoszewski|Bartoszewski|2000-06-30|2001-10-19
PL|Foreign Minister|Włodzimierz Cimoszewicz|Cimoszewicz|2001-10-19|2005-01-05
PL|Foreign Minister|Adam Daniel Rotfeld|Rotfeld|2005-01-05|2005-10-31
PL|Foreign Minister|Stefan Meller|Meller|2005-10-31|2006-05-09
PL|Foreign Minister|Anna Fotyga|Fotyga|2006-05-09|2007-11-16
PL|Foreign Minister|Radosław Sikorski|Sikorski|2007-11-16|2014-09-22
PL|Foreign Minister|Grzegorz Schetyna|Schetyna|2014-09-22|2015-11-16
PL|Foreign Minister|Witold Waszczykowski|Waszczykowski|2015-11-16|2018-01-09
PL|Foreign Minister|Jacek Czaputowicz|Czaputowicz|2018-01-09|2020-08-20
PL|Foreign Minister|Zbigniew Rau|Rau|2020-08-26|2023-11-27
PL|Foreign Minister|Radosław Sikorski|Sikorski|2023-12-13|
EU|President of the European Commission|Jacques Delors|Delors|1985-01-07|1995-01-23
EU|President of the European Commission|Jacques Santer|Santer|1995-01-23|1999-03-15
EU|President of the European Commission|Romano Prodi|Prodi|1999-09-16|2004-11-22
EU|President of the European Commission|José Manuel Barroso|Barroso|2004-11-22|2014-11-01
EU|President of the European Commission|Jean-Claude Juncker|Juncker|2014-11-01|2019-12-01
EU|President of the European Commission|Ursula von der Leyen|von der Leyen|2019-12-01|
EU|President of the European Council|Herman Van Rompuy|Van Rompuy|2009-12-01|2014-12-01
EU|President of the European Council|Donald Tusk|Tusk|2014-12-01|2019-12-01
EU|President of the European Council|Charles Michel|Michel|2019-12-01|2024-12-01
EU|President of the European Council|António Costa|Costa|2024-12-01|
EU|High Representative|Javier Solana|Solana|1999-10-18|2009-12-01
EU|High Representative|Catherine Ashton|Ashton|2009-12-01|2014-11-01
EU|High Representative|Federica Mogherini|Mogherini|2014-11-01|2019-12-01
EU|High Representative|Josep Borrell|Borrell|2019-12-01|2024-12-01
EU|High Representative|Kaja Kallas|Kallas|2024-12-01|
IT|President|Francesco Cossiga|Cossiga|1985-07-03|1992-04-28
IT|President|Oscar Luigi Scalfaro|Scalfaro|1992-05-28|1999-05-15
IT|President|Carlo Azeglio Ciampi|Ciampi|1999-05-18|2006-05-15
IT|President|Giorgio Napolitano|Napolitano|2006-05-15|2015-01-14
IT|President|Sergio Mattarella|Mattarella|2015-02-03|
IT|Prime Minister|Giulio Andreotti|Andreotti|1989-07-22|1992-06-28
IT|Prime Minister|Giuliano Amato|Amato|1992-06-28|1993-04-28
IT|Prime Minister|Carlo Azeglio Ciampi|Ciampi|1993-04-28|1994-05-10
IT|Prime Minister|Silvio Berlusconi|Berlusconi|1994-05-10|1995-01-17
IT|Prime Minister|Lamberto Dini|Dini|1995-01-17|1996-05-17
IT|Prime Minister|Romano Prodi|Prodi|1996-05-17|1998-10-21
IT|Prime Minister|Massimo D'Alema|D'Alema|1998-10-21|2000-04-25
IT|Prime Minister|Giuliano Amato|Amato|2000-04-25|2001-06-11
IT|Prime Minister|Silvio Berlusconi|Berlusconi|2001-06-11|2006-05-17
IT|Prime Minister|Romano Prodi|Prodi|2006-05-17|2008-05-08
IT|Prime Minister|Silvio Berlusconi|Berlusconi|2008-05-08|2011-11-16
IT|Prime Minister|Mario Monti|Monti|2011-11-16|2013-04-28
IT|Prime Minister|Enrico Letta|Letta|2013-04-28|2014-02-22
IT|Prime Minister|Matteo Renzi|Renzi|2014-02-22|2016-12-12
IT|Prime Minister|Paolo Gentiloni|Gentiloni|2016-12-12|2018-06-01
IT|Prime Minister|Giuseppe Conte|Conte|2018-06-01|2021-02-13
IT|Prime Minister|Mario Draghi|Draghi|2021-02-13|2022-10-22
IT|Prime Minister|Giorgia Meloni|Meloni|2022-10-22|
IT|Foreign Minister|Gianni De Michelis|De Michelis|1989-07-22|1992-06-28
IT|Foreign Minister|Beniamino Andreatta|Andreatta|1993-04-28|1994-05-10
IT|Foreign Minister|Antonio Martino|Martino|1994-05-10|1995-01-17
IT|Foreign Minister|Susanna Agnelli|Agnelli|1995-01-17|1996-05-17
IT|Foreign Minister|Lamberto Dini|Dini|1996-05-17|2001-06-11
IT|Foreign Minister|Renato Ruggiero|Ruggiero|2001-06-11|2002-01-06
IT|Foreign Minister|Silvio Berlusconi|Berlusconi|2002-01-06|2002-11-14
IT|Foreign Minister|Franco Frattini|Frattini|2002-11-14|2004-11-18
IT|Foreign Minister|Gianfranco Fini|Fini|2004-11-18|2006-05-17
IT|Foreign Minister|Massimo D'Alema|D'Alema|2006-05-17|2008-05-08
IT|Foreign Minister|Franco Frattini|Frattini|2008-05-08|2011-11-16
IT|Foreign Minister|Giulio Terzi di Sant'Agata|Terzi|2011-11-16|2013-03-26
IT|Foreign Minister|Emma Bonino|Bonino|2013-04-28|2014-02-22
IT|Foreign Minister|Federica Mogherini|Mogherini|2014-02-22|2014-10-31
IT|Foreign Minister|Paolo Gentiloni|Gentiloni|2014-10-31|2016-12-12
IT|Foreign Minister|Angelino Alfano|Alfano|2016-12-12|2018-06-01
IT|Foreign Minister|Enzo Moavero Milanesi|Moavero Milanesi|2018-06-01|2019-09-05
IT|Foreign Minister|Luigi Di Maio|Di Maio|2019-09-05|2022-10-22
IT|Foreign Minister|Antonio Tajani|Tajani|2022-10-22|
ES|Prime Minister|Felipe González|González|1982-12-02|1996-05-05
ES|Prime Minister|José María Aznar|Aznar|1996-05-05|2004-04-17
ES|Prime Minister|José Luis Rodríguez Zapatero|Zapatero|2004-04-17|2011-12-21
ES|Prime Minister|Mariano Rajoy|Rajoy|2011-12-21|2018-06-02
ES|Prime Minister|Pedro Sánchez|Sánchez|2018-06-02|
ES|Foreign Minister|Francisco Fernández Ordóñez|Fernández Ordóñez|1985-07-05|1992-06-22
ES|Foreign Minister|Javier Solana|Solana|1992-06-22|1995-12-18
ES|Foreign Minister|Carlos Westendorp|Westendorp|1995-12-18|1996-05-06
ES|Foreign Minister|Abel Matutes|Matutes|1996-05-06|2000-04-28
ES|Foreign Minister|Josep Piqué|Piqué|2000-04-28|2002-07-10
ES|Foreign Minister|Ana Palacio|Palacio|2002-07-10|2004-04-18
ES|Foreign Minister|Miguel Ángel Moratinos|Moratinos|2004-04-18|2010-10-21
ES|Foreign Minister|Trinidad Jiménez|Jiménez|2010-10-21|2011-12-22
ES|Foreign Minister|José Manuel García-Margallo|García-Margallo|2011-12-22|2016-11-04
ES|Foreign Minister|Alfonso Dastis|Dastis|2016-11-04|2018-06-07
ES|Foreign Minister|Josep Borrell|Borrell|2018-06-07|2019-11-30
ES|Foreign Minister|Arancha González Laya|González Laya|2020-01-13|2021-07-12
ES|Foreign Minister|José Manuel Albares|Albares|2021-07-12|
NL|Prime Minister|Ruud Lubbers|Lubbers|1982-11-04|1994-08-22
NL|Prime Minister|Wim Kok|Kok|1994-08-22|2002-07-22
NL|Prime Minister|Jan Peter Balkenende|Balkenende|2002-07-22|2010-10-14
NL|Prime Minister|Mark Rutte|Rutte|2010-10-14|2024-07-02
NL|Prime Minister|Dick Schoof|Schoof|2024-07-02|2026-02-23
NL|Prime Minister|Rob Jetten|Jetten|2026-02-23|
NL|Foreign Minister|Hans van den Broek|van den Broek|1982-11-04|1993-01-03
NL|Foreign Minister|Pieter Kooijmans|Kooijmans|1993-01-03|1994-08-22
NL|Foreign Minister|Hans van Mierlo|van Mierlo|1994-08-22|1998-08-03
NL|Foreign Minister|Jozias van Aartsen|van Aartsen|1998-08-03|2002-07-22
NL|Foreign Minister|Jaap de Hoop Scheffer|de Hoop Scheffer|2002-07-22|2003-12-03
NL|Foreign Minister|Ben Bot|Bot|2003-12-03|2007-02-22
NL|Foreign Minister|Maxime Verhagen|Verhagen|2007-02-22|2010-10-14
NL|Foreign Minister|Uri Rosenthal|Rosenthal|2010-10-14|2012-11-05
NL|Foreign Minister|Frans Timmermans|Timmermans|2012-11-05|2014-11-01
NL|Foreign Minister|Bert Koenders|Koenders|2014-11-17|2017-10-26
NL|Foreign Minister|Halbe Zijlstra|Zijlstra|2017-10-26|2018-02-13
NL|Foreign Minister|Stef Blok|Blok|2018-03-07|2021-05-25
NL|Foreign Minister|Sigrid Kaag|Kaag|2021-05-25|2021-09-17
NL|Foreign Minister|Ben Knapen|Knapen|2021-09-25|2022-01-10
NL|Foreign Minister|Wopke Hoekstra|Hoekstra|2022-01-10|2023-09-05
NL|Foreign Minister|Hanke Bruins Slot|Bruins Slot|2023-09-05|2024-07-02
NL|Foreign Minister|Caspar Veldkamp|Veldkamp|2024-07-02|2025-08-23
NL|Foreign Minister|Tom Berendsen|Berendsen|2026-02-23|
UA|President|Leonid Kravchuk|Kravchuk|1991-12-05|1994-07-19
UA|President|Leonid Kuchma|Kuchma|1994-07-19|2005-01-23
UA|President|Viktor Yushchenko|Yushchenko|2005-01-23|2010-02-25
UA|President|Viktor Yanukovych|Yanukovych|2010-02-25|2014-02-22
UA|President|Oleksandr Turchynov|Turchynov|2014-02-23|2014-06-07
UA|President|Petro Poroshenko|Poroshenko|2014-06-07|2019-05-20
UA|President|Volodymyr Zelenskyy|Zelensky|2019-05-20|
UA|Prime Minister|Viktor Yushchenko|Yushchenko|1999-12-22|2001-05-29
UA|Prime Minister|Anatoliy Kinakh|Kinakh|2001-05-29|2002-11-21
UA|Prime Minister|Viktor Yanukovych|Yanukovych|2002-11-21|2005-01-05
UA|Prime Minister|Yulia Tymoshenko|Tymoshenko|2005-01-24|2005-09-08
UA|Prime Minister|Yuriy Yekhanurov|Yekhanurov|2005-09-22|2006-08-04
UA|Prime Minister|Viktor Yanukovych|Yanukovych|2006-08-04|2007-12-18
UA|Prime Minister|Yulia Tymoshenko|Tymoshenko|2007-12-18|2010-03-04
UA|Prime Minister|Mykola Azarov|Azarov|2010-03-11|2014-01-28
UA|Prime Minister|Arseniy Yatsenyuk|Yatsenyuk|2014-02-27|2016-04-14
UA|Prime Minister|Volodymyr Groysman|Groysman|2016-04-14|2019-08-29
UA|Prime Minister|Oleksiy Honcharuk|Honcharuk|2019-08-29|2020-03-04
UA|Prime Minister|Denys Shmyhal|Shmyhal|2020-03-04|2025-07-17
UA|Prime Minister|Yulia Svyrydenko|Svyrydenko|2025-07-17|
UA|Foreign Minister|Kostyantyn Gryshchenko|Gryshchenko|2003-09-02|2005-02-03
UA|Foreign Minister|Borys Tarasyuk|Tarasyuk|2005-02-04|2007-01-30
UA|Foreign Minister|Volodymyr Ohryzko|Ohryzko|2007-12-18|2009-03-03
UA|Foreign Minister|Petro Poroshenko|Poroshenko|2009-10-09|2010-03-11
UA|Foreign Minister|Kostyantyn Gryshchenko|Gryshchenko|2010-03-11|2012-12-24
UA|Foreign Minister|Leonid Kozhara|Kozhara|2012-12-24|2014-02-23
UA|Foreign Minister|Andrii Deshchytsia|Deshchytsia|2014-02-27|2014-06-19
UA|Foreign Minister|Pavlo Klimkin|Klimkin|2014-06-19|2019-08-29
UA|Foreign Minister|Vadym Prystaiko|Prystaiko|2019-08-29|2020-07-16
UA|Foreign Minister|Dmytro Kuleba|Kuleba|2020-07-17|2024-09-05
UA|Foreign Minister|Andrii Sybiha|Sybiha|2024-09-05|
TR|President|Turgut Özal|Özal|1989-11-09|1993-04-17
TR|President|Süleyman Demirel|Demirel|1993-05-16|2000-05-16
TR|President|Ahmet Necdet Sezer|Sezer|2000-05-16|2007-08-28
TR|President|Abdullah Gül|Gül|2007-08-28|2014-08-28
TR|President|Recep Tayyip Erdoğan|Erdoğan|2014-08-28|
TR|Prime Minister|Yıldırım Akbulut|Akbulut|1989-11-09|1991-06-23
TR|Prime Minister|Mesut Yılmaz|Yılmaz|1991-06-23|1991-11-20
TR|Prime Minister|Süleyman Demirel|Demirel|1991-11-20|1993-05-16
TR|Prime Minister|Tansu Çiller|Çiller|1993-06-25|1996-03-06
TR|Prime Minister|Mesut Yılmaz|Yılmaz|1996-03-06|1996-06-28
TR|Prime Minister|Necmettin Erbakan|Erbakan|1996-06-28|1997-06-30
TR|Prime Minister|Mesut Yılmaz|Yılmaz|1997-06-30|1999-01-11
TR|Prime Minister|Bülent Ecevit|Ecevit|1999-01-11|2002-11-18
TR|Prime Minister|Abdullah Gül|Gül|2002-11-18|2003-03-14
TR|Prime Minister|Recep Tayyip Erdoğan|Erdoğan|2003-03-14|2014-08-28
TR|Prime Minister|Ahmet Davutoğlu|Davutoğlu|2014-08-28|2016-05-24
TR|Prime Minister|Binali Yıldırım|Yıldırım|2016-05-24|2018-07-09
TR|Foreign Minister|İsmail Cem|Cem|1997-06-30|2002-07-11
TR|Foreign Minister|Şükrü Sina Gürel|Gürel|2002-07-11|2002-11-18
TR|Foreign Minister|Yaşar Yakış|Yakış|2002-11-18|2003-03-14
TR|Foreign Minister|Abdullah Gül|Gül|2003-03-14|2007-08-28
TR|Foreign Minister|Ali Babacan|Babacan|2007-08-29|2009-05-01
TR|Foreign Minister|Ahmet Davutoğlu|Davutoğlu|2009-05-01|2014-08-29
TR|Foreign Minister|Mevlüt Çavuşoğlu|Çavuşoğlu|2014-08-29|2015-08-28
TR|Foreign Minister|Feridun Sinirlioğlu|Sinirlioğlu|2015-08-28|2015-11-24
TR|Foreign Minister|Mevlüt Çavuşoğlu|Çavuşoğlu|2015-11-24|2023-06-04
TR|Foreign Minister|Hakan Fidan|Fidan|2023-06-04|
IL|President|Chaim Herzog|Herzog|1983-05-05|1993-05-13
IL|President|Ezer Weizman|Weizman|1993-05-13|2000-07-13
IL|President|Moshe Katsav|Katsav|2000-08-01|2007-07-01
IL|President|Shimon Peres|Peres|2007-07-15|2014-07-24
IL|President|Reuven Rivlin|Rivlin|2014-07-24|2021-07-07
IL|President|Isaac Herzog|Herzog|2021-07-07|
IL|Prime Minister|Yitzhak Shamir|Shamir|1986-10-20|1992-07-13
IL|Prime Minister|Yitzhak Rabin|Rabin|1992-07-13|1995-11-04
IL|Prime Minister|Shimon Peres|Peres|1995-11-04|1996-06-18
IL|Prime Minister|Benjamin Netanyahu|Netanyahu|1996-06-18|1999-07-06
IL|Prime Minister|Ehud Barak|Barak|1999-07-06|2001-03-07
IL|Prime Minister|Ariel Sharon|Sharon|2001-03-07|2006-01-04
IL|Prime Minister|Ehud Olmert|Olmert|2006-01-04|2009-03-31
IL|Prime Minister|Benjamin Netanyahu|Netanyahu|2009-03-31|2021-06-13
IL|Prime Minister|Naftali Bennett|Bennett|2021-06-13|2022-07-01
IL|Prime Minister|Yair Lapid|Lapid|2022-07-01|2022-12-29
IL|Prime Minister|Benjamin Netanyahu|Netanyahu|2022-12-29|
IL|Foreign Minister|David Levy|Levy|1990-06-11|1992-07-13
IL|Foreign Minister|Shimon Peres|Peres|1992-07-13|1995-11-22
IL|Foreign Minister|Ehud Barak|Barak|1995-11-22|1996-06-18
IL|Foreign Minister|David Levy|Levy|1996-06-18|1998-01-06
IL|Foreign Minister|Ariel Sharon|Sharon|1998-10-13|1999-07-06
IL|Foreign Minister|David Levy|Levy|1999-07-06|2000-08-04
IL|Foreign Minister|Shimon Peres|Peres|2001-03-07|2002-11-02
IL|Foreign Minister|Benjamin Netanyahu|Netanyahu|2002-11-06|2003-02-28
IL|Foreign Minister|Silvan Shalom|Shalom|2003-02-28|2006-01-16
IL|Foreign Minister|Tzipi Livni|Livni|2006-01-18|2009-03-31
IL|Foreign Minister|Avigdor Lieberman|Lieberman|2009-03-31|2012-12-18
IL|Foreign Minister|Benjamin Netanyahu|Netanyahu|2012-12-18|2013-11-11
IL|Foreign Minister|Avigdor Lieberman|Lieberman|2013-11-11|2015-05-14
IL|Foreign Minister|Benjamin Netanyahu|Netanyahu|2015-05-14|2019-02-17
IL|Foreign Minister|Israel Katz|Katz|2019-02-17|2020-05-17
IL|Foreign Minister|Gabi Ashkenazi|Ashkenazi|2020-05-17|2021-06-13
IL|Foreign Minister|Yair Lapid|Lapid|2021-06-13|2022-12-29
IL|Foreign Minister|Eli Cohen|Cohen|2022-12-29|2024-01-01
IL|Foreign Minister|Israel Katz|Katz|2024-01-01|2024-11-08
IL|Foreign Minister|Gideon Sa'ar|Sa'ar|2024-11-08|
PK|President|Ghulam Ishaq Khan|Ishaq Khan|1988-12-13|1993-07-18
PK|President|Wasim Sajjad|Sajjad|1993-07-18|1993-11-14
PK|President|Farooq Leghari|Leghari|1993-11-14|1997-12-02
PK|President|Muhammad Rafiq Tarar|Tarar|1998-01-01|2001-06-20
PK|President|Pervez Musharraf|Musharraf|2001-06-20|2008-08-18
PK|President|Asif Ali Zardari|Zardari|2008-09-09|2013-09-09
PK|President|Mamnoon Hussain|Hussain|2013-09-09|2018-09-09
PK|President|Arif Alvi|Alvi|2018-09-09|2024-03-10
PK|President|Asif Ali Zardari|Zardari|2024-03-10|
PK|Prime Minister|Benazir Bhutto|Bhutto|1988-12-02|1990-08-06
PK|Prime Minister|Ghulam Mustafa Jatoi|Jatoi|1990-08-06|1990-11-06
PK|Prime Minister|Nawaz Sharif|Sharif|1990-11-06|1993-04-18
PK|Prime Minister|Nawaz Sharif|Sharif|1993-05-26|1993-07-18
PK|Prime Minister|Moeenuddin Ahmad Qureshi|Qureshi|1993-07-18|1993-10-19
PK|Prime Minister|Benazir Bhutto|Bhutto|1993-10-19|1996-11-05
PK|Prime Minister|Malik Meraj Khalid|Khalid|1996-11-05|1997-02-17
PK|Prime Minister|Nawaz Sharif|Sharif|1997-02-17|1999-10-12
PK|Prime Minister|Zafarullah Khan Jamali|Jamali|2002-11-23|2004-06-26
PK|Prime Minister|Chaudhry Shujaat Hussain|Shujaat|2004-06-30|2004-08-28
PK|Prime Minister|Shaukat Aziz|Aziz|2004-08-28|2007-11-16
PK|Prime Minister|Muhammad Mian Soomro|Soomro|2007-11-16|2008-03-25
PK|Prime Minister|Yousaf Raza Gilani|Gilani|2008-03-25|2012-06-19
PK|Prime Minister|Raja Pervaiz Ashraf|Ashraf|2012-06-22|2013-03-25
PK|Prime Minister|Mir Hazar Khan Khoso|Khoso|2013-03-25|2013-06-05
PK|Prime Minister|Nawaz Sharif|Sharif|2013-06-05|2017-07-28
PK|Prime Minister|Shahid Khaqan Abbasi|Abbasi|2017-08-01|2018-05-31
PK|Prime Minister|Nasirul Mulk|Mulk|2018-06-01|2018-08-18
PK|Prime Minister|Imran Khan|Khan|2018-08-18|2022-04-10
PK|Prime Minister|Shehbaz Sharif|Sharif|2022-04-11|2023-08-14
PK|Prime Minister|Anwaar-ul-Haq Kakar|Kakar|2023-08-14|2024-03-04
PK|Prime Minister|Shehbaz Sharif|Sharif|2024-03-04|
PK|Foreign Minister|Khurshid Mahmud Kasuri|Kasuri|2002-11-23|2007-11-16
PK|Foreign Minister|Shah Mehmood Qureshi|Qureshi|2008-03-31|2011-02-11
PK|Foreign Minister|Hina Rabbani Khar|Khar|2011-07-19|2013-03-16
PK|Foreign Minister|Khawaja Muhammad Asif|Asif|2017-08-04|2018-04-26
PK|Foreign Minister|Shah Mehmood Qureshi|Qureshi|2018-08-20|2022-04-10
PK|Foreign Minister|Bilawal Bhutto Zardari|Bhutto Zardari|2022-04-27|2023-08-10
PK|Foreign Minister|Jalil Abbas Jilani|Jilani|2023-08-17|2024-03-04
PK|Foreign Minister|Ishaq Dar|Dar|2024-03-11|
BD|Prime Minister|Khaleda Zia|Zia|1991-03-20|1996-03-30
BD|Prime Minister|Sheikh Hasina|Hasina|1996-06-23|2001-07-15
BD|Prime Minister|Khaleda Zia|Zia|2001-10-10|2006-10-29
BD|Prime Minister|Sheikh Hasina|Hasina|2009-01-06|2024-08-05
BD|Prime Minister|Tarique Rahman|Rahman|2026-02-17|
BD|Chief Adviser|Fakhruddin Ahmed|Fakhruddin|2007-01-12|2009-01-06
BD|Chief Adviser|Muhammad Yunus|Yunus|2024-08-08|2026-02-17
BD|Foreign Minister|Dipu Moni|Dipu Moni|2009-01-06|2014-01-12
BD|Foreign Minister|Abul Hassan Mahmood Ali|Mahmood Ali|2014-01-12|2019-01-07
BD|Foreign Minister|A. K. Abdul Momen|Momen|2019-01-07|2024-01-11
BD|Foreign Minister|Hasan Mahmud|Mahmud|2024-01-11|2024-08-05
LK|President|Ranasinghe Premadasa|Premadasa|1989-01-02|1993-05-01
LK|President|D. B. Wijetunga|Wijetunga|1993-05-02|1994-11-12
LK|President|Chandrika Kumaratunga|Kumaratunga|1994-11-12|2005-11-19
LK|President|Mahinda Rajapaksa|Rajapaksa|2005-11-19|2015-01-09
LK|President|Maithripala Sirisena|Sirisena|2015-01-09|2019-11-18
LK|President|Gotabaya Rajapaksa|Rajapaksa|2019-11-18|2022-07-14
LK|President|Ranil Wickremesinghe|Wickremesinghe|2022-07-15|2024-09-23
LK|President|Anura Kumara Dissanayake|Dissanayake|2024-09-23|
LK|Prime Minister|D. B. Wijetunga|Wijetunga|1989-03-06|1993-05-07
LK|Prime Minister|Ranil Wickremesinghe|Wickremesinghe|1993-05-07|1994-08-19
LK|Prime Minister|Chandrika Kumaratunga|Kumaratunga|1994-08-19|1994-11-12
LK|Prime Minister|Sirimavo Bandaranaike|Bandaranaike|1994-11-14|2000-08-10
LK|Prime Minister|Ratnasiri Wickremanayake|Wickremanayake|2000-08-10|2001-12-07
LK|Prime Minister|Ranil Wickremesinghe|Wickremesinghe|2001-12-09|2004-04-06
LK|Prime Minister|Mahinda Rajapaksa|Rajapaksa|2004-04-06|2005-11-19
LK|Prime Minister|Ratnasiri Wickremanayake|Wickremanayake|2005-11-21|2010-04-21
LK|Prime Minister|D. M. Jayaratne|Jayaratne|2010-04-21|2015-01-09
LK|Prime Minister|Ranil Wickremesinghe|Wickremesinghe|2015-01-09|2018-10-26
LK|Prime Minister|Ranil Wickremesinghe|Wickremesinghe|2018-12-16|2019-11-21
LK|Prime Minister|Mahinda Rajapaksa|Rajapaksa|2019-11-21|2022-05-09
LK|Prime Minister|Ranil Wickremesinghe|Wickremesinghe|2022-05-12|2022-07-21
LK|Prime Minister|Dinesh Gunawardena|Gunawardena|2022-07-22|2024-09-23
LK|Prime Minister|Harini Amarasuriya|Amarasuriya|2024-09-24|
LK|Foreign Minister|Lakshman Kadirgamar|Kadirgamar|1994-08-19|2001-12-12
LK|Foreign Minister|Lakshman Kadirgamar|Kadirgamar|2004-04-10|2005-08-12
LK|Foreign Minister|Mangala Samaraweera|Samaraweera|2005-11-23|2007-01-28
LK|Foreign Minister|Rohitha Bogollagama|Bogollagama|2007-01-28|2010-04-23
LK|Foreign Minister|G. L. Peiris|Peiris|2010-04-23|2015-01-12
LK|Foreign Minister|Mangala Samaraweera|Samaraweera|2015-01-12|2017-05-22
LK|Foreign Minister|Ravi Karunanayake|Karunanayake|2017-05-22|2017-08-10
LK|Foreign Minister|Tilak Marapana|Marapana|2017-08-15|2019-11-22
LK|Foreign Minister|Dinesh Gunawardena|Gunawardena|2019-11-22|2021-08-16
LK|Foreign Minister|G. L. Peiris|Peiris|2021-08-16|2022-07-22
LK|Foreign Minister|Ali Sabry|Sabry|2022-07-22|2024-09-23
LK|Foreign Minister|Vijitha Herath|Herath|2024-09-24|
MX|President|Carlos Salinas de Gortari|Salinas|1988-12-01|1994-12-01
MX|President|Ernesto Zedillo|Zedillo|1994-12-01|2000-12-01
MX|President|Vicente Fox|Fox|2000-12-01|2006-12-01
MX|President|Felipe Calderón|Calderón|2006-12-01|2012-12-01
MX|President|Enrique Peña Nieto|Peña Nieto|2012-12-01|2018-12-01
MX|President|Andrés Manuel López Obrador|López Obrador|2018-12-01|2024-10-01
MX|President|Claudia Sheinbaum|Sheinbaum|2024-10-01|
MX|Foreign Minister|José Ángel Gurría|Gurría|1994-12-01|1998-01-07
MX|Foreign Minister|Rosario Green|Green|1998-01-07|2000-12-01
MX|Foreign Minister|Jorge Castañeda|Castañeda|2000-12-01|2003-01-10
MX|Foreign Minister|Luis Ernesto Derbez|Derbez|2003-01-10|2006-12-01
MX|Foreign Minister|Patricia Espinosa|Espinosa|2006-12-01|2012-12-01
MX|Foreign Minister|José Antonio Meade|Meade|2012-12-01|2015-08-27
MX|Foreign Minister|Claudia Ruiz Massieu|Ruiz Massieu|2015-08-27|2017-01-04
MX|Foreign Minister|Luis Videgaray|Videgaray|2017-01-04|2018-12-01
MX|Foreign Minister|Marcelo Ebrard|Ebrard|2018-12-01|2023-06-12
MX|Foreign Minister|Alicia Bárcena|Bárcena|2023-07-03|2024-10-01
MX|Foreign Minister|Juan Ramón de la Fuente|de la Fuente|2024-10-01|2025-11-28
BR|President|José Sarney|Sarney|1985-03-15|1990-03-15
BR|President|Fernando Collor|Collor|1990-03-15|1992-12-29
BR|President|Itamar Franco|Franco|1992-12-29|1995-01-01
BR|President|Fernando Henrique Cardoso|Cardoso|1995-01-01|2003-01-01
BR|President|Luiz Inácio Lula da Silva|Lula|2003-01-01|2011-01-01
BR|President|Dilma Rousseff|Rousseff|2011-01-01|2016-08-31
BR|President|Michel Temer|Temer|2016-08-31|2019-01-01
BR|President|Jair Bolsonaro|Bolsonaro|2019-01-01|2023-01-01
BR|President|Luiz Inácio Lula da Silva|Lula|2023-01-01|
BR|Foreign Minister|Luiz Felipe Lampreia|Lampreia|1995-01-01|2001-01-29
BR|Foreign Minister|Celso Lafer|Lafer|2001-01-29|2003-01-01
BR|Foreign Minister|Celso Amorim|Amorim|2003-01-01|2011-01-01
BR|Foreign Minister|Antonio Patriota|Patriota|2011-01-01|2013-08-26
BR|Foreign Minister|Luiz Alberto Figueiredo|Figueiredo|2013-08-28|2015-01-01
BR|Foreign Minister|Mauro Vieira|Vieira|2015-01-01|2016-05-12
BR|Foreign Minister|José Serra|Serra|2016-05-18|2017-02-22
BR|Foreign Minister|Aloysio Nunes|Nunes|2017-03-07|2019-01-01
BR|Foreign Minister|Ernesto Araújo|Araújo|2019-01-01|2021-03-29
BR|Foreign Minister|Carlos França|França|2021-04-06|2023-01-01
BR|Foreign Minister|Mauro Vieira|Vieira|2023-01-01|
AR|President|Carlos Menem|Menem|1989-07-08|1999-12-10
AR|President|Fernando de la Rúa|de la Rúa|1999-12-10|2001-12-21
AR|President|Eduardo Duhalde|Duhalde|2002-01-02|2003-05-25
AR|President|Néstor Kirchner|Kirchner|2003-05-25|2007-12-10
AR|President|Cristina Fernández de Kirchner|Kirchner|2007-12-10|2015-12-10
AR|President|Mauricio Macri|Macri|2015-12-10|2019-12-10
AR|President|Alberto Fernández|Fernández|2019-12-10|2023-12-10
AR|President|Javier Milei|Milei|2023-12-10|
AR|Foreign Minister|Guido di Tella|di Tella|1991-01-31|1999-12-10
AR|Foreign Minister|Adalberto Rodríguez Giavarini|Rodríguez Giavarini|1999-12-10|2001-12-21
AR|Foreign Minister|Carlos Ruckauf|Ruckauf|2002-01-03|2003-05-25
AR|Foreign Minister|Rafael Bielsa|Bielsa|2003-05-25|2005-12-01
AR|Foreign Minister|Jorge Taiana|Taiana|2005-12-01|2010-06-18
AR|Foreign Minister|Héctor Timerman|Timerman|2010-06-22|2015-12-10
AR|Foreign Minister|Susana Malcorra|Malcorra|2015-12-10|2017-06-12
AR|Foreign Minister|Jorge Faurie|Faurie|2017-06-12|2019-12-10
AR|Foreign Minister|Felipe Solá|Solá|2019-12-10|2021-09-20
AR|Foreign Minister|Santiago Cafiero|Cafiero|2021-09-20|2023-12-10
AR|Foreign Minister|Diana Mondino|Mondino|2023-12-10|2024-10-30
AR|Foreign Minister|Gerardo Werthein|Werthein|2024-10-30|2025-10-28
AR|Foreign Minister|Pablo Quirno|Quirno|2025-10-28|
CL|President|Patricio Aylwin|Aylwin|1990-03-11|1994-03-11
CL|President|Eduardo Frei Ruiz-Tagle|Frei|1994-03-11|2000-03-11
CL|President|Ricardo Lagos|Lagos|2000-03-11|2006-03-11
CL|President|Michelle Bachelet|Bachelet|2006-03-11|2010-03-11
CL|President|Sebastián Piñera|Piñera|2010-03-11|2014-03-11
CL|President|Michelle Bachelet|Bachelet|2014-03-11|2018-03-11
CL|President|Sebastián Piñera|Piñera|2018-03-11|2022-03-11
CL|President|Gabriel Boric|Boric|2022-03-11|2026-03-11
CL|President|José Antonio Kast|Kast|2026-03-11|
CO|President|César Gaviria|Gaviria|1990-08-07|1994-08-07
CO|President|Ernesto Samper|Samper|1994-08-07|1998-08-07
CO|President|Andrés Pastrana|Pastrana|1998-08-07|2002-08-07
CO|President|Álvaro Uribe|Uribe|2002-08-07|2010-08-07
CO|President|Juan Manuel Santos|Santos|2010-08-07|2018-08-07
CO|President|Iván Duque|Duque|2018-08-07|2022-08-07
CO|President|Gustavo Petro|Petro|2022-08-07|2026-08-07
ZA|President|F. W. de Klerk|de Klerk|1989-09-20|1994-05-10
ZA|President|Nelson Mandela|Mandela|1994-05-10|1999-06-14
ZA|President|Thabo Mbeki|Mbeki|1999-06-14|2008-09-25
ZA|President|Kgalema Motlanthe|Motlanthe|2008-09-25|2009-05-09
ZA|President|Jacob Zuma|Zuma|2009-05-09|2018-02-14
ZA|President|Cyril Ramaphosa|Ramaphosa|2018-02-15|
ZA|Foreign Minister|Pik Botha|Botha|1977-04-01|1994-05-10
ZA|Foreign Minister|Alfred Nzo|Nzo|1994-05-10|1999-06-17
ZA|Foreign Minister|Nkosazana Dlamini-Zuma|Dlamini-Zuma|1999-06-17|2009-05-10
ZA|Foreign Minister|Maite Nkoana-Mashabane|Nkoana-Mashabane|2009-05-10|2018-02-27
ZA|Foreign Minister|Lindiwe Sisulu|Sisulu|2018-02-27|2019-05-30
ZA|Foreign Minister|Naledi Pandor|Pandor|2019-05-30|2024-07-03
ZA|Foreign Minister|Ronald Lamola|Lamola|2024-07-03|
NG|President|Sani Abacha|Abacha|1993-11-17|1998-06-08
NG|President|Abdulsalami Abubakar|Abubakar|1998-06-09|1999-05-29
NG|President|Olusegun Obasanjo|Obasanjo|1999-05-29|2007-05-29
NG|President|Umaru Musa Yar'Adua|Yar'Adua|2007-05-29|2010-05-05
NG|President|Goodluck Jonathan|Jonathan|2010-05-06|2015-05-29
NG|President|Muhammadu Buhari|Buhari|2015-05-29|2023-05-29
NG|President|Bola Tinubu|Tinubu|2023-05-29|
KE|President|Daniel arap Moi|Moi|1978-10-14|2002-12-30
KE|President|Mwai Kibaki|Kibaki|2002-12-30|2013-04-09
KE|President|Uhuru Kenyatta|Kenyatta|2013-04-09|2022-09-13
KE|President|William Ruto|Ruto|2022-09-13|
KE|Prime Minister|Raila Odinga|Odinga|2008-04-17|2013-04-09
EG|President|Hosni Mubarak|Mubarak|1981-10-14|2011-02-11
EG|President|Mohamed Morsi|Morsi|2012-06-30|2013-07-03
EG|President|Adly Mansour|Mansour|2013-07-04|2014-06-08
EG|President|Abdel Fattah el-Sisi|el-Sisi|2014-06-08|
EG|Prime Minister|Ibrahim Mahlab|Mahlab|2014-03-01|2015-09-19
EG|Prime Minister|Sherif Ismail|Ismail|2015-09-19|2018-06-07
EG|Prime Minister|Mostafa Madbouly|Madbouly|2018-06-07|
SA|King|Fahd bin Abdulaziz Al Saud|Fahd|1982-06-13|2005-08-01
SA|King|Abdullah bin Abdulaziz Al Saud|Abdullah|2005-08-01|2015-01-23
SA|King|Salman bin Abdulaziz Al Saud|Salman|2015-01-23|
SA|Crown Prince|Abdullah bin Abdulaziz Al Saud|Abdullah|1982-06-13|2005-08-01
SA|Crown Prince|Sultan bin Abdulaziz Al Saud|Sultan bin Abdulaziz|2005-08-01|2011-10-22
SA|Crown Prince|Nayef bin Abdulaziz Al Saud|Nayef|2011-10-27|2012-06-16
SA|Crown Prince|Salman bin Abdulaziz Al Saud|Salman|2012-06-18|2015-01-23
SA|Crown Prince|Muqrin bin Abdulaziz Al Saud|Muqrin|2015-01-23|2015-04-29
SA|Crown Prince|Muhammad bin Nayef Al Saud|Muhammad bin Nayef|2015-04-29|2017-06-21
SA|Crown Prince|Mohammed bin Salman|Mohammed bin Salman|2017-06-21|
SA|Prime Minister|Salman bin Abdulaziz Al Saud|Salman|2015-01-23|2022-09-27
SA|Prime Minister|Mohammed bin Salman|Mohammed bin Salman|2022-09-27|
SA|Foreign Minister|Saud al-Faisal|Saud al-Faisal|1975-10-13|2015-04-29
SA|Foreign Minister|Adel al-Jubeir|Jubeir|2015-04-29|2018-12-27
SA|Foreign Minister|Ibrahim Abdulaziz Al-Assaf|Assaf|2018-12-27|2019-10-23
SA|Foreign Minister|Faisal bin Farhan Al Saud|Faisal bin Farhan|2019-10-23|
AE|President|Zayed bin Sultan Al Nahyan|Zayed bin Sultan|1971-12-02|2004-11-02
AE|President|Khalifa bin Zayed Al Nahyan|Khalifa bin Zayed|2004-11-03|2022-05-13
AE|President|Mohamed bin Zayed Al Nahyan|Mohamed bin Zayed|2022-05-14|
AE|Crown Prince|Mohamed bin Zayed Al Nahyan|Mohamed bin Zayed|2004-11-03|2022-05-14
AE|Prime Minister|Mohammed bin Rashid Al Maktoum|Mohammed bin Rashid|2006-02-11|
QA|Emir|Hamad bin Khalifa Al Thani|Hamad bin Khalifa|1995-06-27|2013-06-25
QA|Emir|Tamim bin Hamad Al Thani|Tamim|2013-06-25|
QA|Prime Minister|Hamad bin Jassim bin Jaber Al Thani|Hamad bin Jassim|2007-04-03|2013-06-26
QA|Prime Minister|Abdullah bin Nasser bin Khalifa Al Thani|Abdullah bin Nasser|2013-06-26|2020-01-28
QA|Prime Minister|Khalid bin Khalifa bin Abdulaziz Al Thani|Khalid bin Khalifa|2020-01-28|2023-03-07
QA|Prime Minister|Mohammed bin Abdulrahman bin Jassim Al Thani|Mohammed bin Abdulrahman|2023-03-07|
JO|King|Hussein bin Talal|Hussein|1952-08-11|1999-02-07
JO|King|Abdullah II bin Al-Hussein|Abdullah|1999-02-07|
ID|President|Suharto|Suharto|1967-03-12|1998-05-21
ID|President|B. J. Habibie|Habibie|1998-05-21|1999-10-20
ID|President|Abdurrahman Wahid|Wahid|1999-10-20|2001-07-23
ID|President|Megawati Sukarnoputri|Megawati|2001-07-23|2004-10-20
ID|President|Susilo Bambang Yudhoyono|Yudhoyono|2004-10-20|2014-10-20
ID|President|Joko Widodo|Widodo|2014-10-20|2024-10-20
ID|President|Prabowo Subianto|Prabowo|2024-10-20|
ID|Foreign Minister|Ali Alatas|Alatas|1988-03-21|1999-10-20
ID|Foreign Minister|Hassan Wirajuda|Wirajuda|2001-08-10|2009-10-22
ID|Foreign Minister|Marty Natalegawa|Natalegawa|2009-10-22|2014-10-27
ID|Foreign Minister|Retno Marsudi|Marsudi|2014-10-27|2024-10-21
ID|Foreign Minister|Sugiono|Sugiono|2024-10-21|
BN|Sultan|Hassanal Bolkiah Mu'izzaddin Waddaulah|Bolkiah|1967-10-05|
BN|Foreign Minister|Mohamed Bolkiah|Bolkiah|1984-01-01|2015-10-22
BN|Foreign Minister|Hassanal Bolkiah Mu'izzaddin Waddaulah|Bolkiah|2015-10-22|
KH|Prime Minister|Hun Sen|Hun Sen|1985-01-14|2023-08-22
KH|Prime Minister|Hun Manet|Hun Manet|2023-08-22|
KH|Foreign Minister|Hor Namhong|Namhong|1998-11-30|2016-04-04
KH|Foreign Minister|Prak Sokhonn|Sokhonn|2016-04-04|2023-08-22
KH|Foreign Minister|Sok Chenda Sophea|Sok Chenda Sophea|2023-08-22|
KH|King|Norodom Sihanouk|Sihanouk|1993-09-24|2004-10-07
KH|King|Norodom Sihamoni|Sihamoni|2004-10-14|
LA|President|Kaysone Phomvihane|Kaysone|1991-08-15|1992-11-21
LA|President|Nouhak Phoumsavanh|Nouhak|1992-11-25|1998-02-24
LA|President|Khamtai Siphandone|Khamtai|1998-02-24|2006-06-08
LA|President|Choummaly Sayasone|Choummaly|2006-06-08|2016-04-20
LA|President|Bounnhang Vorachith|Bounnhang|2016-04-20|2021-03-22
LA|President|Thongloun Sisoulith|Thongloun|2021-03-22|
LA|Prime Minister|Kaysone Phomvihane|Kaysone|1975-12-02|1991-08-15
LA|Prime Minister|Khamtai Siphandone|Khamtai|1991-08-15|1998-02-24
LA|Prime Minister|Sisavath Keobounphanh|Sisavath|1998-02-24|2001-03-27
LA|Prime Minister|Bounnhang Vorachith|Bounnhang|2001-03-27|2006-06-08
LA|Prime Minister|Bouasone Bouphavanh|Bouasone|2006-06-08|2010-12-23
LA|Prime Minister|Thongsing Thammavong|Thongsing|2010-12-23|2016-04-20
LA|Prime Minister|Thongloun Sisoulith|Thongloun|2016-04-20|2021-03-22
LA|Prime Minister|Phankham Viphavanh|Phankham|2021-03-22|2022-12-30
LA|Prime Minister|Sonexay Siphandone|Sonexay|2022-12-30|
LA|Foreign Minister|Thongloun Sisoulith|Thongloun|2006-06-08|2016-04-20
LA|Foreign Minister|Saleumxay Kommasith|Saleumxay|2016-04-20|2024-11-18
LA|Foreign Minister|Thongsavanh Phomvihane|Thongsavanh|2024-11-18|
MY|Prime Minister|Mahathir Mohamad|Mahathir|1981-07-16|2003-10-31
MY|Prime Minister|Abdullah Ahmad Badawi|Abdullah|2003-10-31|2009-04-03
MY|Prime Minister|Najib Razak|Najib|2009-04-03|2018-05-10
MY|Prime Minister|Mahathir Mohamad|Mahathir|2018-05-10|2020-03-01
MY|Prime Minister|Muhyiddin Yassin|Muhyiddin|2020-03-01|2021-08-16
MY|Prime Minister|Ismail Sabri Yaakob|Ismail Sabri|2021-08-21|2022-11-24
MY|Prime Minister|Anwar Ibrahim|Anwar|2022-11-24|
MY|Foreign Minister|Abdullah Ahmad Badawi|Abdullah|1991-03-15|1999-12-15
MY|Foreign Minister|Syed Hamid Albar|Syed Hamid|1999-12-15|2008-03-19
MY|Foreign Minister|Rais Yatim|Rais|2008-03-19|2009-04-10
MY|Foreign Minister|Anifah Aman|Anifah|2009-04-10|2018-05-10
MY|Foreign Minister|Saifuddin Abdullah|Saifuddin|2018-07-02|2020-02-24
MY|Foreign Minister|Hishammuddin Hussein|Hishammuddin|2020-03-10|2021-08-16
MY|Foreign Minister|Saifuddin Abdullah|Saifuddin|2021-08-30|2022-11-24
MY|Foreign Minister|Zambry Abdul Kadir|Zambry|2022-12-03|2023-12-12
MY|Foreign Minister|Mohamad Hasan|Hasan|2023-12-12|
MM|President|Thein Sein|Thein Sein|2011-03-30|2016-03-30
MM|President|Htin Kyaw|Htin Kyaw|2016-03-30|2018-03-21
MM|President|Win Myint|Win Myint|2018-03-30|2021-02-01
MM|President|Myint Swe|Myint Swe|2021-02-01|2024-07-22
MM|President|Min Aung Hlaing|Min Aung Hlaing|2024-07-22|
MM|Prime Minister|Than Shwe|Than Shwe|1992-04-23|2003-08-25
MM|Prime Minister|Khin Nyunt|Khin Nyunt|2003-08-25|2004-10-19
MM|Prime Minister|Soe Win|Soe Win|2004-10-19|2007-10-12
MM|Prime Minister|Thein Sein|Thein Sein|2007-10-24|2011-03-30
MM|Prime Minister|Min Aung Hlaing|Min Aung Hlaing|2021-08-01|2025-07-31
MM|State Counsellor|Aung San Suu Kyi|Suu Kyi|2016-04-06|2021-02-01
MM|Foreign Minister|Nyan Win|Nyan Win|2004-09-18|2011-03-30
MM|Foreign Minister|Wunna Maung Lwin|Wunna Maung Lwin|2011-03-30|2016-03-30
MM|Foreign Minister|Aung San Suu Kyi|Suu Kyi|2016-03-30|2021-02-01
MM|Foreign Minister|Wunna Maung Lwin|Wunna Maung Lwin|2021-02-01|2023-02-01
MM|Foreign Minister|Than Swe|Than Swe|2023-02-01|
PH|President|Corazon Aquino|Aquino|1986-02-25|1992-06-30
PH|President|Fidel V. Ramos|Ramos|1992-06-30|1998-06-30
PH|President|Joseph Estrada|Estrada|1998-06-30|2001-01-20
PH|President|Gloria Macapagal Arroyo|Arroyo|2001-01-20|2010-06-30
PH|President|Benigno Aquino III|Aquino|2010-06-30|2016-06-30
PH|President|Rodrigo Duterte|Duterte|2016-06-30|2022-06-30
PH|President|Ferdinand R. Marcos Jr.|Marcos|2022-06-30|
PH|Foreign Minister|Albert del Rosario|del Rosario|2011-02-24|2016-03-07
PH|Foreign Minister|Jose Rene Almendras|Almendras|2016-03-08|2016-06-30
PH|Foreign Minister|Perfecto Yasay Jr.|Yasay|2016-06-30|2017-03-08
PH|Foreign Minister|Enrique Manalo|Manalo|2017-03-09|2017-05-18
PH|Foreign Minister|Alan Peter Cayetano|Cayetano|2017-05-18|2018-10-17
PH|Foreign Minister|Teodoro Locsin Jr.|Locsin|2018-10-17|2022-06-30
PH|Foreign Minister|Enrique Manalo|Manalo|2022-07-01|2025-07-01
PH|Foreign Minister|Ma. Theresa Lazaro|Lazaro|2025-07-01|
SG|Prime Minister|Lee Kuan Yew|Lee|1959-06-05|1990-11-28
SG|Prime Minister|Goh Chok Tong|Goh|1990-11-28|2004-08-12
SG|Prime Minister|Lee Hsien Loong|Lee|2004-08-12|2024-05-15
SG|Prime Minister|Lawrence Wong|Wong|2024-05-15|
SG|Foreign Minister|S. Jayakumar|Jayakumar|1994-01-02|2004-08-12
SG|Foreign Minister|George Yeo|Yeo|2004-08-12|2011-05-21
SG|Foreign Minister|K. Shanmugam|Shanmugam|2011-05-21|2015-10-01
SG|Foreign Minister|Vivian Balakrishnan|Balakrishnan|2015-10-01|
SG|President|Ong Teng Cheong|Ong|1993-09-01|1999-09-01
SG|President|S. R. Nathan|Nathan|1999-09-01|2011-09-01
SG|President|Tony Tan Keng Yam|Tan|2011-09-01|2017-09-01
SG|President|Halimah Yacob|Halimah|2017-09-14|2023-09-14
SG|President|Tharman Shanmugaratnam|Tharman|2023-09-14|
TH|Prime Minister|Chatichai Choonhavan|Chatichai|1988-08-04|1991-02-23
TH|Prime Minister|Anand Panyarachun|Anand|1991-03-02|1992-04-07
TH|Prime Minister|Suchinda Kraprayoon|Suchinda|1992-04-07|1992-05-24
TH|Prime Minister|Anand Panyarachun|Anand|1992-06-10|1992-09-23
TH|Prime Minister|Chuan Leekpai|Chuan|1992-09-23|1995-07-13
TH|Prime Minister|Banharn Silpa-archa|Banharn|1995-07-13|1996-11-25
TH|Prime Minister|Chavalit Yongchaiyudh|Chavalit|1996-11-25|1997-11-09
TH|Prime Minister|Chuan Leekpai|Chuan|1997-11-09|2001-02-09
TH|Prime Minister|Thaksin Shinawatra|Thaksin|2001-02-09|2006-09-19
TH|Prime Minister|Surayud Chulanont|Surayud|2006-10-01|2008-01-29
TH|Prime Minister|Samak Sundaravej|Samak|2008-01-29|2008-09-09
TH|Prime Minister|Somchai Wongsawat|Somchai|2008-09-18|2008-12-02
TH|Prime Minister|Abhisit Vejjajiva|Abhisit|2008-12-17|2011-08-05
TH|Prime Minister|Yingluck Shinawatra|Yingluck|2011-08-05|2014-05-07
TH|Prime Minister|Prayut Chan-o-cha|Prayut|2014-08-24|2023-08-22
TH|Prime Minister|Srettha Thavisin|Srettha|2023-08-22|2024-08-14
TH|Prime Minister|Paetongtarn Shinawatra|Paetongtarn|2024-08-16|2025-08-29
TH|Prime Minister|Anutin Charnvirakul|Anutin|2025-09-07|
TH|Foreign Minister|Surin Pitsuwan|Surin|1997-11-14|2001-02-17
TH|Foreign Minister|Surakiart Sathirathai|Surakiart|2001-02-17|2005-03-11
TH|Foreign Minister|Kantathi Suphamongkhon|Kantathi|2005-03-11|2006-09-19
TH|Foreign Minister|Nitya Pibulsonggram|Nitya|2006-10-09|2008-02-06
TH|Foreign Minister|Noppadon Pattama|Noppadon|2008-02-06|2008-07-10
TH|Foreign Minister|Kasit Piromya|Kasit|2008-12-20|2011-08-09
TH|Foreign Minister|Surapong Tovichakchaikul|Surapong|2011-08-09|2014-05-22
TH|Foreign Minister|Thanasak Patimaprakorn|Thanasak|2014-08-30|2015-08-23
TH|Foreign Minister|Don Pramudwinai|Don|2015-08-23|2023-09-01
TH|Foreign Minister|Parnpree Bahiddha-nukara|Parnpree|2023-09-01|2024-04-28
TH|Foreign Minister|Maris Sangiampongsa|Maris|2024-04-30|2025-09-19
TH|Foreign Minister|Sihasak Phuangketkeow|Sihasak|2025-09-19|
VN|President|Vo Chi Cong|Cong|1987-06-18|1992-09-23
VN|President|Le Duc Anh|Anh|1992-09-23|1997-09-24
VN|President|Tran Duc Luong|Luong|1997-09-24|2006-06-27
VN|President|Nguyen Minh Triet|Triet|2006-06-27|2011-07-25
VN|President|Truong Tan Sang|Sang|2011-07-25|2016-04-02
VN|President|Tran Dai Quang|Quang|2016-04-02|2018-09-21
VN|President|Nguyen Phu Trong|Trong|2018-10-23|2021-04-02
VN|President|Nguyen Xuan Phuc|Phuc|2021-04-05|2023-01-18
VN|President|Vo Van Thuong|Thuong|2023-03-02|2024-03-21
VN|President|To Lam|To Lam|2024-05-22|2024-10-21
VN|President|Luong Cuong|Cuong|2024-10-21|
VN|Prime Minister|Do Muoi|Muoi|1988-06-22|1991-08-08
VN|Prime Minister|Vo Van Kiet|Kiet|1991-08-08|1997-09-25
VN|Prime Minister|Phan Van Khai|Khai|1997-09-25|2006-06-27
VN|Prime Minister|Nguyen Tan Dung|Dung|2006-06-27|2016-04-07
VN|Prime Minister|Nguyen Xuan Phuc|Phuc|2016-04-07|2021-04-05
VN|Prime Minister|Pham Minh Chinh|Chinh|2021-04-05|
VN|Foreign Minister|Pham Gia Khiem|Khiem|2006-06-27|2011-08-03
VN|Foreign Minister|Pham Binh Minh|Minh|2011-08-03|2021-04-08
VN|Foreign Minister|Bui Thanh Son|Son|2021-04-08|2025-08-29
VN|Foreign Minister|Le Hoai Trung|Trung|2025-08-29|
TL|President|Xanana Gusmão|Gusmão|2002-05-20|2007-05-20
TL|President|José Ramos-Horta|Ramos-Horta|2007-05-20|2012-05-20
TL|President|Taur Matan Ruak|Taur Matan Ruak|2012-05-20|2017-05-20
TL|President|Francisco Guterres Lú-Olo|Lú-Olo|2017-05-20|2022-05-20
TL|President|José Ramos-Horta|Ramos-Horta|2022-05-20|
TL|Prime Minister|Mari Alkatiri|Alkatiri|2002-05-20|2006-06-26
TL|Prime Minister|José Ramos-Horta|Ramos-Horta|2006-07-10|2007-05-19
TL|Prime Minister|Estanislau da Silva|da Silva|2007-05-19|2007-08-08
TL|Prime Minister|Xanana Gusmão|Gusmão|2007-08-08|2015-02-16
TL|Prime Minister|Rui Maria de Araújo|Araújo|2015-02-16|2017-09-15
TL|Prime Minister|Mari Alkatiri|Alkatiri|2017-09-15|2018-06-22
TL|Prime Minister|Taur Matan Ruak|Taur Matan Ruak|2018-06-22|2023-07-01
TL|Prime Minister|Xanana Gusmão|Gusmão|2023-07-01|
PG|Prime Minister|Peter O'Neill|O'Neill|2011-08-02|2019-05-30
PG|Prime Minister|James Marape|Marape|2019-05-30|
PE|President|Alberto Fujimori|Fujimori|1990-07-28|2000-11-22
PE|President|Valentín Paniagua|Paniagua|2000-11-22|2001-07-28
PE|President|Alejandro Toledo|Toledo|2001-07-28|2006-07-28
PE|President|Alan García|García|2006-07-28|2011-07-28
PE|President|Ollanta Humala|Humala|2011-07-28|2016-07-28
PE|President|Pedro Pablo Kuczynski|Kuczynski|2016-07-28|2018-03-23
PE|President|Martín Vizcarra|Vizcarra|2018-03-23|2020-11-10
PE|President|Francisco Sagasti|Sagasti|2020-11-17|2021-07-28
PE|President|Pedro Castillo|Castillo|2021-07-28|2022-12-07
PE|President|Dina Boluarte|Boluarte|2022-12-07|2025-10-10
UY|President|Julio María Sanguinetti|Sanguinetti|1995-03-01|2000-03-01
UY|President|Jorge Batlle|Batlle|2000-03-01|2005-03-01
UY|President|Tabaré Vázquez|Vázquez|2005-03-01|2010-03-01
UY|President|José Mujica|Mujica|2010-03-01|2015-03-01
UY|President|Tabaré Vázquez|Vázquez|2015-03-01|2020-03-01
UY|President|Luis Lacalle Pou|Lacalle Pou|2020-03-01|2025-03-01
UY|President|Yamandú Orsi|Orsi|2025-03-01|
VE|President|Rafael Caldera|Caldera|1994-02-02|1999-02-02
VE|President|Hugo Chávez|Chávez|1999-02-02|2013-03-05
VE|President|Nicolás Maduro|Maduro|2013-03-05|2026-01-03
PY|President|Juan Carlos Wasmosy|Wasmosy|1993-08-15|1998-08-15
PY|President|Raúl Cubas Grau|Cubas|1998-08-15|1999-03-28
PY|President|Luis Ángel González Macchi|González Macchi|1999-03-28|2003-08-15
PY|President|Nicanor Duarte Frutos|Duarte|2003-08-15|2008-08-15
PY|President|Fernando Lugo|Lugo|2008-08-15|2012-06-22
PY|President|Federico Franco|Franco|2012-06-22|2013-08-15
PY|President|Horacio Cartes|Cartes|2013-08-15|2018-08-15
PY|President|Mario Abdo Benítez|Abdo Benítez|2018-08-15|2023-08-15
PY|President|Santiago Peña|Peña|2023-08-15|
BO|President|Gonzalo Sánchez de Lozada|Sánchez de Lozada|1993-08-06|1997-08-06
BO|President|Hugo Banzer|Banzer|1997-08-06|2001-08-07
BO|President|Jorge Quiroga|Quiroga|2001-08-07|2002-08-06
BO|President|Gonzalo Sánchez de Lozada|Sánchez de Lozada|2002-08-06|2003-10-17
BO|President|Carlos Mesa|Mesa|2003-10-17|2005-06-09
BO|President|Eduardo Rodríguez Veltzé|Rodríguez Veltzé|2005-06-09|2006-01-22
BO|President|Evo Morales|Morales|2006-01-22|2019-11-10
BO|President|Jeanine Áñez|Áñez|2019-11-12|2020-11-08
BO|President|Luis Arce|Arce|2020-11-08|2025-11-08
BO|President|Rodrigo Paz|Paz|2025-11-08|
EC|President|Sixto Durán Ballén|Durán Ballén|1992-08-10|1996-08-10
EC|President|Abdalá Bucaram|Bucaram|1996-08-10|1997-02-06
EC|President|Fabián Alarcón|Alarcón|1997-02-11|1998-08-10
EC|President|Jamil Mahuad|Mahuad|1998-08-10|2000-01-21
EC|President|Gustavo Noboa|Noboa|2000-01-22|2003-01-15
EC|President|Lucio Gutiérrez|Gutiérrez|2003-01-15|2005-04-20
EC|President|Alfredo Palacio|Palacio|2005-04-20|2007-01-15
EC|President|Rafael Correa|Correa|2007-01-15|2017-05-24
EC|President|Lenín Moreno|Moreno|2017-05-24|2021-05-24
EC|President|Guillermo Lasso|Lasso|2021-05-24|2023-11-23
EC|President|Daniel Noboa|Noboa|2023-11-23|
CU|President|Fidel Castro|Castro|1976-12-02|2008-02-24
CU|President|Raúl Castro|Castro|2008-02-24|2018-04-19
CU|President|Miguel Díaz-Canel|Díaz-Canel|2018-04-19|
CU|Prime Minister|Manuel Marrero Cruz|Marrero|2019-12-21|
SS|President|Salva Kiir Mayardit|Kiir|2011-07-09|
ET|President|Negasso Gidada|Negasso|1995-08-22|2001-10-08
ET|President|Girma Wolde-Giorgis|Girma|2001-10-08|2013-10-07
ET|President|Mulatu Teshome|Mulatu|2013-10-07|2018-10-25
ET|President|Sahle-Work Zewde|Sahle-Work|2018-10-25|2024-10-07
ET|President|Taye Atske Selassie|Taye|2024-10-07|
ET|Prime Minister|Meles Zenawi|Meles|1995-08-23|2012-08-20
ET|Prime Minister|Hailemariam Desalegn|Hailemariam|2012-08-20|2018-04-02
ET|Prime Minister|Abiy Ahmed Ali|Abiy|2018-04-02|
GH|President|Jerry John Rawlings|Rawlings|1993-01-07|2001-01-07
GH|President|John Agyekum Kufuor|Kufuor|2001-01-07|2009-01-07
GH|President|John Evans Atta Mills|Mills|2009-01-07|2012-07-24
GH|President|John Dramani Mahama|Mahama|2012-07-24|2017-01-07
GH|President|Nana Addo Dankwa Akufo-Addo|Akufo-Addo|2017-01-07|2025-01-07
GH|President|John Dramani Mahama|Mahama|2025-01-07|
SN|President|Abdou Diouf|Diouf|1981-01-01|2000-04-01
SN|President|Abdoulaye Wade|Wade|2000-04-01|2012-04-02
SN|President|Macky Sall|Sall|2012-04-02|2024-04-02
SN|President|Bassirou Diomaye Faye|Faye|2024-04-02|
AO|President|José Eduardo dos Santos|dos Santos|1979-09-21|2017-09-26
AO|President|João Lourenço|Lourenço|2017-09-26|
TZ|President|Benjamin William Mkapa|Mkapa|1995-11-23|2005-12-21
TZ|President|Jakaya Mrisho Kikwete|Kikwete|2005-12-21|2015-11-05
TZ|President|John Pombe Joseph Magufuli|Magufuli|2015-11-05|2021-03-17
TZ|President|Samia Suluhu Hassan|Samia|2021-03-19|
UG|President|Yoweri Museveni|Museveni|1986-01-29|
RW|President|Pasteur Bizimungu|Bizimungu|1994-07-19|2000-03-23
RW|President|Paul Kagame|Kagame|2000-03-24|
CD|President|Mobutu Sese Seko|Mobutu|1965-11-24|1997-05-16
CD|President|Laurent-Désiré Kabila|Kabila|1997-05-17|2001-01-16
CD|President|Joseph Kabila|Kabila|2001-01-17|2019-01-24
CD|President|Félix Tshisekedi|Tshisekedi|2019-01-24|
MR|President|Maaouya Ould Sid'Ahmed Taya|Taya|1984-12-12|2005-08-03
MR|President|Sidi Ould Cheikh Abdallahi|Abdallahi|2007-04-19|2008-08-06
MR|President|Mohamed Ould Abdel Aziz|Abdel Aziz|2009-08-05|2019-08-01
MR|President|Mohamed Ould Cheikh El Ghazouani|Ghazouani|2019-08-01|
MA|King|King Hassan II|Hassan II|1961-02-26|1999-07-23
MA|King|King Mohammed VI|Mohammed VI|1999-07-23|
DZ|President|Liamine Zéroual|Zéroual|1994-01-31|1999-04-27
DZ|President|Abdelaziz Bouteflika|Bouteflika|1999-04-27|2019-04-02
DZ|President|Abdelkader Bensalah|Bensalah|2019-04-09|2019-12-19
DZ|President|Abdelmadjid Tebboune|Tebboune|2019-12-19|
TN|President|Zine El Abidine Ben Ali|Ben Ali|1987-11-07|2011-01-14
TN|President|Fouad Mebazaa|Mebazaa|2011-01-15|2011-12-13
TN|President|Moncef Marzouki|Marzouki|2011-12-13|2014-12-31
TN|President|Beji Caid Essebsi|Essebsi|2014-12-31|2019-07-25
TN|President|Mohamed Ennaceur|Ennaceur|2019-07-25|2019-10-23
TN|President|Kais Saied|Saied|2019-10-23|
IR|President|Akbar Hashemi Rafsanjani|Rafsanjani|1989-08-03|1997-08-03
IR|President|Mohammad Khatami|Khatami|1997-08-03|2005-08-03
IR|President|Mahmoud Ahmadinejad|Ahmadinejad|2005-08-03|2013-08-03
IR|President|Hassan Rouhani|Rouhani|2013-08-03|2021-08-03
IR|President|Ebrahim Raisi|Raisi|2021-08-03|2024-05-19
IR|President|Mohammad Mokhber|Mokhber|2024-05-19|2024-07-28
IR|President|Masoud Pezeshkian|Pezeshkian|2024-07-28|
IQ|President|Saddam Hussein|Saddam|1979-07-16|2003-04-09
IQ|President|Ghazi al-Yawer|Yawer|2004-06-28|2005-04-07
IQ|President|Jalal Talabani|Talabani|2005-04-07|2014-07-24
IQ|President|Fuad Masum|Masum|2014-07-24|2018-10-02
IQ|President|Barham Salih|Salih|2018-10-02|2022-10-13
IQ|President|Abdul Latif Rashid|Rashid|2022-10-13|2026-04-11
IQ|President|Nizar Amedi|Amedi|2026-04-11|
IQ|Prime Minister|Ayad Allawi|Allawi|2004-06-28|2005-05-03
IQ|Prime Minister|Ibrahim al-Jaafari|Jaafari|2005-05-03|2006-05-20
IQ|Prime Minister|Nouri al-Maliki|Maliki|2006-05-20|2014-09-08
IQ|Prime Minister|Haider al-Abadi|Abadi|2014-09-08|2018-10-25
IQ|Prime Minister|Adil Abdul-Mahdi|Abdul-Mahdi|2018-10-25|2020-05-07
IQ|Prime Minister|Mustafa al-Kadhimi|Kadhimi|2020-05-07|2022-10-27
IQ|Prime Minister|Mohammed Shia al-Sudani|Sudani|2022-10-27|2026-01-01
KW|Emir|Jaber Al-Ahmad Al-Jaber Al-Sabah|Jaber|1977-12-31|2006-01-15
KW|Emir|Sabah Al-Ahmad Al-Jaber Al-Sabah|Sabah|2006-01-29|2020-09-29
KW|Emir|Nawaf Al-Ahmad Al-Jaber Al-Sabah|Nawaf|2020-09-29|2023-12-16
KW|Emir|Mishal Al-Ahmad Al-Jaber Al-Sabah|Mishal|2023-12-16|
BH|Emir|Hamad bin Isa Al Khalifa|Hamad|1999-03-06|2002-02-14
BH|King|Hamad bin Isa Al Khalifa|Hamad|2002-02-14|
BH|Crown Prince|Salman bin Hamad Al Khalifa|Salman bin Hamad|1999-03-09|
BH|Prime Minister|Khalifa bin Salman Al Khalifa|Khalifa bin Salman|1971-12-16|2020-11-11
BH|Prime Minister|Salman bin Hamad Al Khalifa|Salman bin Hamad|2020-11-11|
OM|Sultan|Qaboos bin Said Al Said|Qaboos|1970-07-23|2020-01-10
OM|Sultan|Haitham bin Tarik Al Said|Haitham|2020-01-11|
AT|President|Thomas Klestil|Klestil|1992-07-08|2004-07-06
AT|President|Heinz Fischer|Fischer|2004-07-08|2016-07-08
AT|President|Alexander Van der Bellen|Van der Bellen|2017-01-26|
AT|Chancellor|Franz Vranitzky|Vranitzky|1986-06-16|1997-01-28
AT|Chancellor|Viktor Klima|Klima|1997-01-28|2000-02-04
AT|Chancellor|Wolfgang Schüssel|Schüssel|2000-02-04|2007-01-11
AT|Chancellor|Alfred Gusenbauer|Gusenbauer|2007-01-11|2008-12-02
AT|Chancellor|Werner Faymann|Faymann|2008-12-02|2016-05-09
AT|Chancellor|Christian Kern|Kern|2016-05-17|2017-12-18
AT|Chancellor|Sebastian Kurz|Kurz|2017-12-18|2019-05-28
AT|Chancellor|Brigitte Bierlein|Bierlein|2019-06-03|2020-01-07
AT|Chancellor|Sebastian Kurz|Kurz|2020-01-07|2021-10-11
AT|Chancellor|Alexander Schallenberg|Schallenberg|2021-10-11|2021-12-06
AT|Chancellor|Karl Nehammer|Nehammer|2021-12-06|2025-01-10
AT|Chancellor|Alexander Schallenberg|Schallenberg|2025-01-10|2025-03-03
AT|Chancellor|Christian Stocker|Stocker|2025-03-03|
BE|King|King Albert II|Albert II|1993-08-09|2013-07-21
BE|King|King Philippe|Philippe|2013-07-21|
BE|Prime Minister|Jean-Luc Dehaene|Dehaene|1992-03-07|1999-07-12
BE|Prime Minister|Guy Verhofstadt|Verhofstadt|1999-07-12|2008-03-20
BE|Prime Minister|Yves Leterme|Leterme|2008-03-20|2008-12-30
BE|Prime Minister|Herman Van Rompuy|Van Rompuy|2008-12-30|2009-11-25
BE|Prime Minister|Yves Leterme|Leterme|2009-11-25|2011-12-06
BE|Prime Minister|Elio Di Rupo|Di Rupo|2011-12-06|2014-10-11
BE|Prime Minister|Charles Michel|Michel|2014-10-11|2019-10-27
BE|Prime Minister|Sophie Wilmès|Wilmès|2019-10-27|2020-10-01
BE|Prime Minister|Alexander De Croo|De Croo|2020-10-01|2025-02-03
BE|Prime Minister|Bart De Wever|De Wever|2025-02-03|
CH|President|Kaspar Villiger|Villiger|1995-01-01|1996-01-01
CH|President|Jean-Pascal Delamuraz|Delamuraz|1996-01-01|1997-01-01
CH|President|Arnold Koller|Koller|1997-01-01|1998-01-01
CH|President|Flavio Cotti|Cotti|1998-01-01|1999-01-01
CH|President|Ruth Dreifuss|Dreifuss|1999-01-01|2000-01-01
CH|President|Adolf Ogi|Ogi|2000-01-01|2001-01-01
CH|President|Moritz Leuenberger|Leuenberger|2001-01-01|2002-01-01
CH|President|Kaspar Villiger|Villiger|2002-01-01|2003-01-01
CH|President|Pascal Couchepin|Couchepin|2003-01-01|2004-01-01
CH|President|Joseph Deiss|Deiss|2004-01-01|2005-01-01
CH|President|Samuel Schmid|Schmid|2005-01-01|2006-01-01
CH|President|Moritz Leuenberger|Leuenberger|2006-01-01|2007-01-01
CH|President|Micheline Calmy-Rey|Calmy-Rey|2007-01-01|2008-01-01
CH|President|Pascal Couchepin|Couchepin|2008-01-01|2009-01-01
CH|President|Hans-Rudolf Merz|Merz|2009-01-01|2010-01-01
CH|President|Doris Leuthard|Leuthard|2010-01-01|2011-01-01
CH|President|Micheline Calmy-Rey|Calmy-Rey|2011-01-01|2012-01-01
CH|President|Eveline Widmer-Schlumpf|Widmer-Schlumpf|2012-01-01|2013-01-01
CH|President|Ueli Maurer|Maurer|2013-01-01|2014-01-01
CH|President|Didier Burkhalter|Burkhalter|2014-01-01|2015-01-01
CH|President|Simonetta Sommaruga|Sommaruga|2015-01-01|2016-01-01
CH|President|Johann Schneider-Ammann|Schneider-Ammann|2016-01-01|2017-01-01
CH|President|Doris Leuthard|Leuthard|2017-01-01|2018-01-01
CH|President|Alain Berset|Berset|2018-01-01|2019-01-01
CH|President|Ueli Maurer|Maurer|2019-01-01|2020-01-01
CH|President|Simonetta Sommaruga|Sommaruga|2020-01-01|2021-01-01
CH|President|Guy Parmelin|Parmelin|2021-01-01|2022-01-01
CH|President|Ignazio Cassis|Cassis|2022-01-01|2023-01-01
CH|President|Alain Berset|Berset|2023-01-01|2024-01-01
CH|President|Viola Amherd|Amherd|2024-01-01|2025-01-01
CH|President|Karin Keller-Sutter|Keller-Sutter|2025-01-01|2026-01-01
CH|President|Guy Parmelin|Parmelin|2026-01-01|2027-01-01
CZ|President|Václav Havel|Havel|1993-02-02|2003-02-02
CZ|President|Václav Klaus|Klaus|2003-03-07|2013-03-07
CZ|President|Miloš Zeman|Zeman|2013-03-08|2023-03-08
CZ|President|Petr Pavel|Pavel|2023-03-09|
CZ|Prime Minister|Petr Fiala|Fiala|2021-11-28|2025-12-09
CZ|Prime Minister|Andrej Babiš|Babiš|2025-12-09|
DK|King|King Frederik X|Frederik X|2024-01-14|
DK|Prime Minister|Poul Nyrup Rasmussen|Rasmussen|1993-01-25|2001-11-27
DK|Prime Minister|Anders Fogh Rasmussen|Rasmussen|2001-11-27|2009-04-05
DK|Prime Minister|Lars Løkke Rasmussen|Rasmussen|2009-04-05|2011-10-03
DK|Prime Minister|Helle Thorning-Schmidt|Thorning-Schmidt|2011-10-03|2015-06-28
DK|Prime Minister|Lars Løkke Rasmussen|Rasmussen|2015-06-28|2019-06-27
DK|Prime Minister|Mette Frederiksen|Frederiksen|2019-06-27|2026-03-24
FI|President|Martti Ahtisaari|Ahtisaari|1994-03-01|2000-03-01
FI|President|Tarja Halonen|Halonen|2000-03-01|2012-03-01
FI|President|Sauli Niinistö|Niinistö|2012-03-01|2024-03-01
FI|President|Alexander Stubb|Stubb|2024-03-01|
FI|Prime Minister|Esko Aho|Aho|1991-04-26|1995-04-13
FI|Prime Minister|Paavo Lipponen|Lipponen|1995-04-13|2003-04-17
FI|Prime Minister|Anneli Jäätteenmäki|Jäätteenmäki|2003-04-17|2003-06-24
FI|Prime Minister|Matti Vanhanen|Vanhanen|2003-06-24|2010-06-22
FI|Prime Minister|Mari Kiviniemi|Kiviniemi|2010-06-22|2011-06-22
FI|Prime Minister|Jyrki Katainen|Katainen|2011-06-22|2014-06-24
FI|Prime Minister|Alexander Stubb|Stubb|2014-06-24|2015-05-29
FI|Prime Minister|Juha Sipilä|Sipilä|2015-05-29|2019-06-06
FI|Prime Minister|Antti Rinne|Rinne|2019-06-06|2019-12-10
FI|Prime Minister|Sanna Marin|Marin|2019-12-10|2023-06-20
FI|Prime Minister|Petteri Orpo|Orpo|2023-06-20|
GR|President|Konstantinos Stephanopoulos|Stephanopoulos|1995-03-10|2005-03-12
GR|President|Karolos Papoulias|Papoulias|2005-03-12|2015-03-13
GR|President|Prokopis Pavlopoulos|Pavlopoulos|2015-03-13|2020-03-13
GR|President|Katerina Sakellaropoulou|Sakellaropoulou|2020-03-13|2025-03-13
GR|President|Konstantinos Tasoulas|Tasoulas|2025-03-13|
GR|Prime Minister|Andreas Papandreou|Papandreou|1993-10-13|1996-01-22
GR|Prime Minister|Costas Simitis|Simitis|1996-01-22|2004-03-10
GR|Prime Minister|Kostas Karamanlis|Karamanlis|2004-03-10|2009-10-06
GR|Prime Minister|George Papandreou|Papandreou|2009-10-06|2011-11-11
GR|Prime Minister|Lucas Papademos|Papademos|2011-11-11|2012-05-16
GR|Prime Minister|Antonis Samaras|Samaras|2012-06-20|2015-01-26
GR|Prime Minister|Alexis Tsipras|Tsipras|2015-01-26|2015-08-27
GR|Prime Minister|Alexis Tsipras|Tsipras|2015-09-21|2019-07-08
GR|Prime Minister|Kyriakos Mitsotakis|Mitsotakis|2019-07-08|2023-05-25
GR|Prime Minister|Kyriakos Mitsotakis|Mitsotakis|2023-06-26|
HU|President|Árpád Göncz|Göncz|1990-08-03|2000-08-04
HU|President|Ferenc Mádl|Mádl|2000-08-04|2005-08-05
HU|President|László Sólyom|Sólyom|2005-08-05|2010-08-06
HU|President|Pál Schmitt|Schmitt|2010-08-06|2012-04-02
HU|President|János Áder|Áder|2012-05-10|2022-05-10
HU|President|Katalin Novák|Novák|2022-05-10|2024-02-26
HU|President|Tamás Sulyok|Sulyok|2024-03-05|2026-05-09
HU|Prime Minister|Gyula Horn|Horn|1994-07-15|1998-07-06
HU|Prime Minister|Viktor Orbán|Orbán|1998-07-06|2002-05-27
HU|Prime Minister|Péter Medgyessy|Medgyessy|2002-05-27|2004-09-29
HU|Prime Minister|Ferenc Gyurcsány|Gyurcsány|2004-09-29|2009-04-14
HU|Prime Minister|Gordon Bajnai|Bajnai|2009-04-14|2010-05-29
HU|Prime Minister|Viktor Orbán|Orbán|2010-05-29|2026-05-09
HU|Prime Minister|Péter Magyar|Magyar|2026-05-09|
NO|King|King Harald V|Harald V|1991-01-17|
NO|Prime Minister|Gro Harlem Brundtland|Brundtland|1990-11-03|1996-10-25
NO|Prime Minister|Thorbjørn Jagland|Jagland|1996-10-25|1997-10-17
NO|Prime Minister|Kjell Magne Bondevik|Bondevik|1997-10-17|2000-03-17
NO|Prime Minister|Jens Stoltenberg|Stoltenberg|2000-03-17|2001-10-19
NO|Prime Minister|Kjell Magne Bondevik|Bondevik|2001-10-19|2005-10-17
NO|Prime Minister|Jens Stoltenberg|Stoltenberg|2005-10-17|2013-10-16
NO|Prime Minister|Erna Solberg|Solberg|2013-10-16|2021-10-14
NO|Prime Minister|Jonas Gahr Støre|Støre|2021-10-14|
PT|President|Jorge Sampaio|Sampaio|1996-03-09|2006-03-09
PT|President|Aníbal Cavaco Silva|Cavaco Silva|2006-03-09|2016-03-09
PT|President|Marcelo Rebelo de Sousa|Rebelo de Sousa|2016-03-09|2026-03-09
PT|President|António José Seguro|Seguro|2026-03-09|
PT|Prime Minister|Aníbal Cavaco Silva|Cavaco Silva|1985-11-06|1995-10-28
PT|Prime Minister|António Guterres|Guterres|1995-10-28|2002-04-06
PT|Prime Minister|José Manuel Durão Barroso|Barroso|2002-04-06|2004-07-17
PT|Prime Minister|Pedro Santana Lopes|Santana Lopes|2004-07-17|2005-03-12
PT|Prime Minister|José Sócrates|Sócrates|2005-03-12|2011-06-21
PT|Prime Minister|Pedro Passos Coelho|Passos Coelho|2011-06-21|2015-11-26
PT|Prime Minister|António Costa|Costa|2015-11-26|2024-04-02
PT|Prime Minister|Luís Montenegro|Montenegro|2024-04-02|
RO|President|Ion Iliescu|Iliescu|1989-12-22|1996-11-29
RO|President|Emil Constantinescu|Constantinescu|1996-11-29|2000-12-20
RO|President|Ion Iliescu|Iliescu|2000-12-20|2004-12-20
RO|President|Traian Băsescu|Băsescu|2004-12-20|2014-12-21
RO|President|Klaus Iohannis|Iohannis|2014-12-21|2025-02-12
RO|President|Ilie Bolojan|Bolojan|2025-02-12|2025-05-26
RO|President|Nicușor Dan|Dan|2025-05-26|
RO|Prime Minister|Victor Ponta|Ponta|2012-05-07|2015-11-04
RO|Prime Minister|Dacian Cioloș|Cioloș|2015-11-17|2017-01-04
RO|Prime Minister|Sorin Grindeanu|Grindeanu|2017-01-04|2017-06-29
RO|Prime Minister|Mihai Tudose|Tudose|2017-06-29|2018-01-29
RO|Prime Minister|Viorica Dăncilă|Dăncilă|2018-01-29|2019-11-04
RO|Prime Minister|Ludovic Orban|Ludovic Orban|2019-11-04|2020-12-07
RO|Prime Minister|Florin Cîțu|Cîțu|2020-12-23|2021-11-25
RO|Prime Minister|Nicolae Ciucă|Ciucă|2021-11-25|2023-06-15
RO|Prime Minister|Marcel Ciolacu|Ciolacu|2023-06-15|2025-05-06
RO|Prime Minister|Ilie Bolojan|Bolojan|2025-06-23|
SE|King|King Carl XVI Gustaf|Carl XVI Gustaf|1973-09-15|
SE|Prime Minister|Carl Bildt|Bildt|1991-10-04|1994-10-07
SE|Prime Minister|Ingvar Carlsson|Carlsson|1994-10-07|1996-03-22
SE|Prime Minister|Göran Persson|Persson|1996-03-22|2006-10-06
SE|Prime Minister|Fredrik Reinfeldt|Reinfeldt|2006-10-06|2014-10-03
SE|Prime Minister|Stefan Löfven|Löfven|2014-10-03|2021-11-30
SE|Prime Minister|Magdalena Andersson|Andersson|2021-11-30|2022-10-18
SE|Prime Minister|Ulf Kristersson|Kristersson|2022-10-18|2026-01-01
SK|President|Michal Kováč|Kováč|1993-03-02|1998-03-02
SK|President|Rudolf Schuster|Schuster|1999-06-15|2004-06-15
SK|President|Ivan Gašparovič|Gašparovič|2004-06-15|2014-06-15
SK|President|Andrej Kiska|Kiska|2014-06-15|2019-06-15
SK|President|Zuzana Čaputová|Čaputová|2019-06-15|2024-06-15
SK|President|Peter Pellegrini|Pellegrini|2024-06-15|
SK|Prime Minister|Vladimír Mečiar|Mečiar|1994-12-13|1998-10-30
SK|Prime Minister|Mikuláš Dzurinda|Dzurinda|1998-10-30|2006-07-04
SK|Prime Minister|Robert Fico|Fico|2006-07-04|2010-07-08
SK|Prime Minister|Iveta Radičová|Radičová|2010-07-08|2012-04-04
SK|Prime Minister|Robert Fico|Fico|2012-04-04|2018-03-22
SK|Prime Minister|Peter Pellegrini|Pellegrini|2018-03-22|2020-03-21
SK|Prime Minister|Igor Matovič|Matovič|2020-03-21|2021-04-01
SK|Prime Minister|Eduard Heger|Heger|2021-04-01|2023-05-15
SK|Prime Minister|Ľudovít Ódor|Ódor|2023-05-15|2023-10-25
SK|Prime Minister|Robert Fico|Fico|2023-10-25|
HR|President|Franjo Tuđman|Tuđman|1990-05-30|1999-12-10
HR|President|Stjepan Mesić|Mesić|2000-02-18|2010-02-18
HR|President|Ivo Josipović|Josipović|2010-02-18|2015-02-19
HR|President|Kolinda Grabar-Kitarović|Grabar-Kitarović|2015-02-19|2020-02-19
HR|President|Zoran Milanović|Milanović|2020-02-19|
HR|Prime Minister|Ivica Račan|Račan|2000-01-27|2003-12-23
HR|Prime Minister|Ivo Sanader|Sanader|2003-12-23|2009-07-06
HR|Prime Minister|Jadranka Kosor|Kosor|2009-07-06|2011-12-23
HR|Prime Minister|Zoran Milanović|Milanović|2011-12-23|2016-01-22
HR|Prime Minister|Tihomir Orešković|Orešković|2016-01-22|2016-10-19
HR|Prime Minister|Andrej Plenković|Plenković|2016-10-19|
RS|President|Boris Tadić|Tadić|2004-07-11|2012-04-05
RS|President|Tomislav Nikolić|Nikolić|2012-05-31|2017-05-31
RS|President|Aleksandar Vučić|Vučić|2017-05-31|
RS|Prime Minister|Vojislav Koštunica|Koštunica|2004-03-03|2008-07-07
RS|Prime Minister|Mirko Cvetković|Cvetković|2008-07-07|2012-07-27
RS|Prime Minister|Ivica Dačić|Dačić|2012-07-27|2014-04-27
RS|Prime Minister|Aleksandar Vučić|Vučić|2014-04-27|2017-05-31
RS|Prime Minister|Ana Brnabić|Brnabić|2017-06-29|2024-05-02
RS|Prime Minister|Miloš Vučević|Vučević|2024-05-02|2025-04-16
RS|Prime Minister|Đuro Macut|Macut|2025-04-16|
BG|President|Petar Stoyanov|Stoyanov|1997-01-22|2002-01-22
BG|President|Georgi Parvanov|Parvanov|2002-01-22|2012-01-22
BG|President|Rosen Plevneliev|Plevneliev|2012-01-22|2017-01-22
BG|President|Rumen Radev|Radev|2017-01-22|2026-01-23
BG|President|Iliana Iotova|Iotova|2026-01-23|
EE|President|Lennart Meri|Meri|1992-10-06|2001-10-08
EE|President|Arnold Rüütel|Rüütel|2001-10-08|2006-10-09
EE|President|Toomas Hendrik Ilves|Ilves|2006-10-09|2016-10-10
EE|President|Kersti Kaljulaid|Kaljulaid|2016-10-10|2021-10-11
EE|President|Alar Karis|Karis|2021-10-11|
EE|Prime Minister|Mart Laar|Laar|1999-03-25|2002-01-28
EE|Prime Minister|Siim Kallas|Kallas|2002-01-28|2003-04-10
EE|Prime Minister|Juhan Parts|Parts|2003-04-10|2005-04-13
EE|Prime Minister|Andrus Ansip|Ansip|2005-04-13|2014-03-26
EE|Prime Minister|Taavi Rõivas|Rõivas|2014-03-26|2016-11-23
EE|Prime Minister|Jüri Ratas|Ratas|2016-11-23|2021-01-26
EE|Prime Minister|Kaja Kallas|Kallas|2021-01-26|2024-07-23
EE|Prime Minister|Kristen Michal|Michal|2024-07-23|
LV|President|Guntis Ulmanis|Ulmanis|1993-07-08|1999-07-08
LV|President|Vaira Vīķe-Freiberga|Vīķe-Freiberga|1999-07-08|2007-07-08
LV|President|Valdis Zatlers|Zatlers|2007-07-08|2011-07-08
LV|President|Andris Bērziņš|Bērziņš|2011-07-08|2015-07-08
LV|President|Raimonds Vējonis|Vējonis|2015-07-08|2019-07-08
LV|President|Egils Levits|Levits|2019-07-08|2023-07-08
LV|President|Edgars Rinkēvičs|Rinkēvičs|2023-07-08|
LV|Prime Minister|Valdis Dombrovskis|Dombrovskis|2009-03-12|2014-01-22
LV|Prime Minister|Laimdota Straujuma|Straujuma|2014-01-22|2016-02-11
LV|Prime Minister|Māris Kučinskis|Kučinskis|2016-02-11|2019-01-23
LV|Prime Minister|Krišjānis Kariņš|Kariņš|2019-01-23|2023-09-15
LV|Prime Minister|Evika Siliņa|Siliņa|2023-09-15|2026-01-01
LT|President|Algirdas Brazauskas|Brazauskas|1993-02-25|1998-02-26
LT|President|Valdas Adamkus|Adamkus|1998-02-26|2003-02-26
LT|President|Rolandas Paksas|Paksas|2003-02-26|2004-04-06
LT|President|Artūras Paulauskas|Paulauskas|2004-04-06|2004-07-12
LT|President|Valdas Adamkus|Adamkus|2004-07-12|2009-07-12
LT|President|Dalia Grybauskaitė|Grybauskaitė|2009-07-12|2019-07-12
LT|President|Gitanas Nausėda|Nausėda|2019-07-12|
LT|Prime Minister|Algirdas Butkevičius|Butkevičius|2012-12-13|2016-12-13
LT|Prime Minister|Saulius Skvernelis|Skvernelis|2016-12-13|2020-12-11
LT|Prime Minister|Ingrida Šimonytė|Šimonytė|2020-12-11|2024-12-12
KZ|President|Nursultan Nazarbayev|Nazarbayev|1990-04-24|2019-03-20
KZ|President|Kassym-Jomart Tokayev|Tokayev|2019-03-20|
UZ|President|Islam Karimov|Karimov|1990-03-24|2016-09-02
UZ|President|Shavkat Mirziyoyev|Mirziyoyev|2016-09-08|
AZ|President|Heydar Aliyev|Aliyev|1993-10-10|2003-10-31
AZ|President|Ilham Aliyev|Aliyev|2003-10-31|
AM|President|Robert Kocharyan|Kocharyan|1998-04-09|2008-04-09
AM|President|Serzh Sargsyan|Sargsyan|2008-04-09|2018-04-09
AM|President|Armen Sarkissian|Sarkissian|2018-04-09|2022-02-01
AM|President|Vahagn Khachaturyan|Khachaturyan|2022-03-13|
AM|Prime Minister|Tigran Sargsyan|Sargsyan|2008-04-09|2014-04-13
AM|Prime Minister|Hovik Abrahamyan|Abrahamyan|2014-04-13|2016-09-13
AM|Prime Minister|Karen Karapetyan|Karapetyan|2016-09-13|2018-04-17
AM|Prime Minister|Serzh Sargsyan|Sargsyan|2018-04-17|2018-04-23
AM|Prime Minister|Nikol Pashinyan|Pashinyan|2018-05-08|2026-01-01
GE|President|Eduard Shevardnadze|Shevardnadze|1995-11-26|2003-11-23
GE|President|Mikheil Saakashvili|Saakashvili|2004-01-25|2007-11-25
GE|President|Mikheil Saakashvili|Saakashvili|2008-01-20|2013-11-17
GE|President|Giorgi Margvelashvili|Margvelashvili|2013-11-17|2018-12-16
GE|President|Salome Zourabichvili|Zourabichvili|2018-12-16|2024-12-29
GE|President|Mikheil Kavelashvili|Kavelashvili|2024-12-29|
GE|Prime Minister|Bidzina Ivanishvili|Ivanishvili|2012-10-25|2013-11-20
GE|Prime Minister|Irakli Garibashvili|Garibashvili|2013-11-20|2015-12-30
GE|Prime Minister|Giorgi Kvirikashvili|Kvirikashvili|2015-12-30|2018-06-20
GE|Prime Minister|Mamuka Bakhtadze|Bakhtadze|2018-06-20|2019-09-08
GE|Prime Minister|Giorgi Gakharia|Gakharia|2019-09-08|2021-02-18
GE|Prime Minister|Irakli Garibashvili|Garibashvili|2021-02-22|2024-02-08
GE|Prime Minister|Irakli Kobakhidze|Kobakhidze|2024-02-08|
BY|President|Alexander Lukashenko|Lukashenko|1994-07-20|
MN|President|Natsagiin Bagabandi|Bagabandi|1997-06-20|2005-06-24
MN|President|Nambaryn Enkhbayar|Enkhbayar|2005-06-24|2009-06-18
MN|President|Tsakhiagiin Elbegdorj|Elbegdorj|2009-06-18|2017-07-10
MN|President|Khaltmaagiin Battulga|Battulga|2017-07-10|2021-06-25
MN|President|Ukhnaagiin Khürelsükh|Khürelsükh|2021-06-25|
NP|President|Ram Baran Yadav|Yadav|2008-07-23|2015-10-29
NP|President|Bidya Devi Bhandari|Bhandari|2015-10-29|2023-03-13
NP|President|Ram Chandra Paudel|Paudel|2023-03-13|
NP|Prime Minister|Sushil Koirala|Koirala|2014-02-11|2015-10-12
NP|Prime Minister|Khadga Prasad Sharma Oli|Oli|2015-10-12|2016-08-04
NP|Prime Minister|Pushpa Kamal Dahal|Dahal|2016-08-04|2017-06-07
NP|Prime Minister|Sher Bahadur Deuba|Deuba|2017-06-07|2018-02-15
NP|Prime Minister|Khadga Prasad Sharma Oli|Oli|2018-02-15|2021-07-13
NP|Prime Minister|Sher Bahadur Deuba|Deuba|2021-07-13|2022-12-26
NP|Prime Minister|Pushpa Kamal Dahal|Dahal|2022-12-26|2024-07-15
NP|Prime Minister|Khadga Prasad Sharma Oli|Oli|2024-07-15|2025-09-09
MV|President|Maumoon Abdul Gayoom|Gayoom|1978-11-11|2008-11-11
MV|President|Mohamed Nasheed|Nasheed|2008-11-11|2012-02-07
MV|President|Mohamed Waheed Hassan|Waheed|2012-02-07|2013-11-17
MV|President|Abdulla Yameen|Yameen|2013-11-17|2018-11-17
MV|President|Ibrahim Mohamed Solih|Solih|2018-11-17|2023-11-17
MV|President|Mohamed Muizzu|Muizzu|2023-11-17|
AF|President|Hamid Karzai|Karzai|2001-12-22|2014-09-29
AF|President|Ashraf Ghani|Ghani|2014-09-29|2021-08-15
FJ|Prime Minister|Sitiveni Rabuka|Rabuka|1992-06-02|1999-05-19
FJ|Prime Minister|Mahendra Chaudhry|Chaudhry|1999-05-19|2000-05-27
FJ|Prime Minister|Laisenia Qarase|Qarase|2000-07-04|2006-12-05
FJ|Prime Minister|Frank Bainimarama|Bainimarama|2007-01-05|2022-12-24
FJ|Prime Minister|Sitiveni Rabuka|Rabuka|2022-12-24|
SI|President|Milan Kučan|Kučan|1991-06-25|2002-12-22
SI|President|Janez Drnovšek|Drnovšek|2002-12-22|2007-12-22
SI|President|Danilo Türk|Türk|2007-12-22|2012-12-22
SI|President|Borut Pahor|Pahor|2012-12-22|2022-12-23
SI|President|Nataša Pirc Musar|Pirc Musar|2022-12-23|
SI|Prime Minister|Janez Drnovšek|Drnovšek|1992-05-14|2000-06-07
SI|Prime Minister|Andrej Bajuk|Bajuk|2000-06-07|2000-11-30
SI|Prime Minister|Janez Drnovšek|Drnovšek|2000-11-30|2002-12-19
SI|Prime Minister|Anton Rop|Rop|2002-12-19|2004-12-03
SI|Prime Minister|Janez Janša|Janša|2004-12-03|2008-11-21
SI|Prime Minister|Borut Pahor|Pahor|2008-11-21|2012-02-10
SI|Prime Minister|Janez Janša|Janša|2012-02-10|2013-03-20
SI|Prime Minister|Alenka Bratušek|Bratušek|2013-03-20|2014-09-18
SI|Prime Minister|Miro Cerar|Cerar|2014-09-18|2018-09-13
SI|Prime Minister|Marjan Šarec|Šarec|2018-09-13|2020-03-13
SI|Prime Minister|Janez Janša|Janša|2020-03-13|2022-06-01
SI|Prime Minister|Robert Golob|Golob|2022-06-01|2026-03-22
LU|Prime Minister|Jacques Santer|Santer|1984-07-20|1995-01-26
LU|Prime Minister|Jean-Claude Juncker|Juncker|1995-01-26|2013-12-04
LU|Prime Minister|Xavier Bettel|Bettel|2013-12-04|2023-11-17
LU|Prime Minister|Luc Frieden|Frieden|2023-11-17|
MT|President|Ugo Mifsud Bonnici|Mifsud Bonnici|1994-04-04|1999-04-04
MT|President|Guido de Marco|de Marco|1999-04-04|2004-04-04
MT|President|Eddie Fenech Adami|Fenech Adami|2004-04-04|2009-04-04
MT|President|George Abela|Abela|2009-04-04|2014-04-04
MT|President|Marie-Louise Coleiro Preca|Coleiro Preca|2014-04-04|2019-04-04
MT|President|George Vella|Vella|2019-04-04|2024-04-04
MT|President|Myriam Spiteri Debono|Spiteri Debono|2024-04-04|
MT|Prime Minister|Eddie Fenech Adami|Fenech Adami|1987-05-12|1996-10-28
MT|Prime Minister|Alfred Sant|Sant|1996-10-28|1998-09-06
MT|Prime Minister|Eddie Fenech Adami|Fenech Adami|1998-09-06|2004-03-23
MT|Prime Minister|Lawrence Gonzi|Gonzi|2004-03-23|2013-03-11
MT|Prime Minister|Joseph Muscat|Muscat|2013-03-11|2020-01-13
MT|Prime Minister|Robert Abela|Abela|2020-01-13|
CY|President|Glafcos Clerides|Clerides|1993-02-28|2003-02-28
CY|President|Tassos Papadopoulos|Papadopoulos|2003-02-28|2008-02-28
CY|President|Demetris Christofias|Christofias|2008-02-28|2013-02-28
CY|President|Nicos Anastasiades|Anastasiades|2013-02-28|2023-02-28
CY|President|Nikos Christodoulides|Christodoulides|2023-02-28|
IS|President|Vigdís Finnbogadóttir|Finnbogadóttir|1980-08-01|1996-08-01
IS|President|Ólafur Ragnar Grímsson|Grímsson|1996-08-01|2016-08-01
IS|President|Guðni Th. Jóhannesson|Jóhannesson|2016-08-01|2024-08-01
IS|President|Halla Tómasdóttir|Tómasdóttir|2024-08-01|
IS|Prime Minister|Davíð Oddsson|Oddsson|1991-04-30|2004-09-15
IS|Prime Minister|Halldór Ásgrímsson|Ásgrímsson|2004-09-15|2006-06-15
IS|Prime Minister|Geir H. Haarde|Haarde|2006-06-15|2009-02-01
IS|Prime Minister|Jóhanna Sigurðardóttir|Sigurðardóttir|2009-02-01|2013-05-23
IS|Prime Minister|Sigmundur Davíð Gunnlaugsson|Gunnlaugsson|2013-05-23|2016-04-07
IS|Prime Minister|Sigurður Ingi Jóhannsson|Jóhannsson|2016-04-07|2017-01-11
IS|Prime Minister|Bjarni Benediktsson|Benediktsson|2017-01-11|2017-11-30
IS|Prime Minister|Katrín Jakobsdóttir|Jakobsdóttir|2017-11-30|2024-04-09
IS|Prime Minister|Bjarni Benediktsson|Benediktsson|2024-04-09|2024-12-21
IS|Prime Minister|Kristrún Frostadóttir|Frostadóttir|2024-12-21|
ME|President|Filip Vujanović|Vujanović|2003-05-22|2018-05-20
ME|President|Milo Đukanović|Đukanović|2018-05-20|2023-05-20
ME|President|Jakov Milatović|Milatović|2023-05-20|
ME|Prime Minister|Milo Đukanović|Đukanović|2003-01-08|2006-11-10
ME|Prime Minister|Željko Šturanović|Šturanović|2006-11-10|2008-02-29
ME|Prime Minister|Milo Đukanović|Đukanović|2008-02-29|2010-12-29
ME|Prime Minister|Igor Lukšić|Lukšić|2010-12-29|2012-12-04
ME|Prime Minister|Milo Đukanović|Đukanović|2012-12-04|2016-11-28
ME|Prime Minister|Duško Marković|Marković|2016-11-28|2020-12-04
ME|Prime Minister|Zdravko Krivokapić|Krivokapić|2020-12-04|2022-04-28
ME|Prime Minister|Dritan Abazović|Abazović|2022-04-28|2023-10-31
ME|Prime Minister|Milojko Spajić|Spajić|2023-10-31|
MK|President|Kiro Gligorov|Gligorov|1991-01-27|1999-11-19
MK|President|Boris Trajkovski|Trajkovski|1999-12-15|2004-02-26
MK|President|Branko Crvenkovski|Crvenkovski|2004-05-12|2009-05-12
MK|President|Gjorge Ivanov|Ivanov|2009-05-12|2019-05-12
MK|President|Stevo Pendarovski|Pendarovski|2019-05-12|2024-05-12
MK|President|Gordana Siljanovska-Davkova|Siljanovska-Davkova|2024-05-12|
MK|Prime Minister|Branko Crvenkovski|Crvenkovski|1992-09-04|1998-11-30
MK|Prime Minister|Ljubčo Georgievski|Georgievski|1998-11-30|2002-11-01
MK|Prime Minister|Branko Crvenkovski|Crvenkovski|2002-11-01|2004-05-12
MK|Prime Minister|Hari Kostov|Kostov|2004-06-02|2004-11-15
MK|Prime Minister|Vlado Bučkovski|Bučkovski|2004-12-17|2006-08-27
MK|Prime Minister|Nikola Gruevski|Gruevski|2006-08-27|2016-01-18
MK|Prime Minister|Emil Dimitriev|Dimitriev|2016-01-18|2017-05-31
MK|Prime Minister|Zoran Zaev|Zaev|2017-05-31|2020-01-03
MK|Prime Minister|Oliver Spasovski|Spasovski|2020-01-03|2020-08-30
MK|Prime Minister|Zoran Zaev|Zaev|2020-08-30|2022-01-17
MK|Prime Minister|Dimitar Kovachevski|Kovachevski|2022-01-17|2024-01-28
MK|Prime Minister|Talat Xhaferi|Xhaferi|2024-01-28|2024-06-23
MK|Prime Minister|Hristijan Mickoski|Mickoski|2024-06-23|
AL|President|Sali Berisha|Berisha|1992-04-09|1997-07-24
AL|President|Rexhep Meidani|Meidani|1997-07-24|2002-07-24
AL|President|Alfred Moisiu|Moisiu|2002-07-24|2007-07-24
AL|President|Bamir Topi|Topi|2007-07-24|2012-07-24
AL|President|Bujar Nishani|Nishani|2012-07-24|2017-07-24
AL|President|Ilir Meta|Meta|2017-07-24|2022-07-24
AL|President|Bajram Begaj|Begaj|2022-07-24|
AL|Prime Minister|Aleksandër Meksi|Meksi|1992-04-13|1997-03-11
AL|Prime Minister|Bashkim Fino|Fino|1997-03-11|1997-07-24
AL|Prime Minister|Fatos Nano|Nano|1997-07-24|1998-10-02
AL|Prime Minister|Pandeli Majko|Majko|1998-10-02|1999-10-29
AL|Prime Minister|Ilir Meta|Meta|1999-10-29|2002-02-22
AL|Prime Minister|Pandeli Majko|Majko|2002-02-22|2002-07-31
AL|Prime Minister|Fatos Nano|Nano|2002-07-31|2005-09-10
AL|Prime Minister|Sali Berisha|Berisha|2005-09-10|2013-09-15
AL|Prime Minister|Edi Rama|Rama|2013-09-15|
MD|President|Mircea Snegur|Snegur|1990-09-03|1997-01-15
MD|President|Petru Lucinschi|Lucinschi|1997-01-15|2001-04-07
MD|President|Vladimir Voronin|Voronin|2001-04-07|2009-09-11
MD|President|Mihai Ghimpu|Ghimpu|2009-09-11|2010-12-28
MD|President|Marian Lupu|Lupu|2010-12-30|2012-03-23
MD|President|Nicolae Timofti|Timofti|2012-03-23|2016-12-23
MD|President|Igor Dodon|Dodon|2016-12-23|2020-12-24
MD|President|Maia Sandu|Sandu|2020-12-24|
MD|Prime Minister|Vasile Tarlev|Tarlev|2001-04-19|2008-03-31
MD|Prime Minister|Zinaida Greceanîi|Greceanîi|2008-03-31|2009-09-14
MD|Prime Minister|Pavel Filip|Filip|2016-01-20|2019-06-08
MD|Prime Minister|Maia Sandu|Sandu|2019-06-08|2019-11-14
MD|Prime Minister|Ion Chicu|Chicu|2019-11-14|2020-12-31
MD|Prime Minister|Natalia Gavrilița|Gavrilița|2021-08-06|2023-02-16
MD|Prime Minister|Dorin Recean|Recean|2023-02-16|2025-11-01
MD|Prime Minister|Alexandru Munteanu|Munteanu|2025-11-01|
KG|President|Askar Akayev|Akayev|1990-10-27|2005-03-25
KG|President|Kurmanbek Bakiyev|Bakiyev|2005-03-25|2010-04-07
KG|President|Roza Otunbayeva|Otunbayeva|2010-04-07|2011-12-01
KG|President|Almazbek Atambayev|Atambayev|2011-12-01|2017-11-24
KG|President|Sooronbay Jeenbekov|Jeenbekov|2017-11-24|2020-10-15
KG|President|Sadyr Japarov|Japarov|2021-01-28|
KG|Prime Minister|Akylbek Japarov|Japarov|2021-10-12|2024-12-16
KG|Prime Minister|Adylbek Kasymaliev|Kasymaliev|2024-12-16|
TJ|President|Emomali Rahmon|Rahmon|1994-11-16|
TJ|Prime Minister|Oqil Oqilov|Oqilov|1999-12-20|2013-11-23
TJ|Prime Minister|Kokhir Rasulzoda|Rasulzoda|2013-11-23|
TM|President|Saparmurat Niyazov|Niyazov|1990-10-27|2006-12-21
TM|President|Gurbanguly Berdimuhamedov|Berdimuhamedov|2006-12-21|2022-03-19
TM|President|Serdar Berdimuhamedov|Berdimuhamedov|2022-03-19|
LB|President|Elias Hrawi|Hrawi|1989-11-24|1998-11-24
LB|President|Émile Lahoud|Lahoud|1998-11-24|2007-11-24
LB|President|Michel Suleiman|Suleiman|2008-05-25|2014-05-25
LB|President|Michel Aoun|Aoun|2016-10-31|2022-10-31
LB|President|Joseph Aoun|Aoun|2025-01-09|
LB|Prime Minister|Rafic Hariri|Hariri|1992-10-31|1998-12-04
LB|Prime Minister|Selim Hoss|Hoss|1998-12-04|2000-10-26
LB|Prime Minister|Rafic Hariri|Hariri|2000-10-26|2004-10-26
LB|Prime Minister|Omar Karami|Karami|2004-10-26|2005-04-19
LB|Prime Minister|Najib Mikati|Mikati|2005-04-19|2005-07-19
LB|Prime Minister|Fouad Siniora|Siniora|2005-07-19|2009-11-09
LB|Prime Minister|Saad Hariri|Hariri|2009-11-09|2011-06-13
LB|Prime Minister|Najib Mikati|Mikati|2011-06-13|2014-02-15
LB|Prime Minister|Tammam Salam|Salam|2014-02-15|2016-12-18
LB|Prime Minister|Saad Hariri|Hariri|2016-12-18|2020-01-21
LB|Prime Minister|Hassan Diab|Diab|2020-01-21|2021-09-10
LB|Prime Minister|Najib Mikati|Mikati|2021-09-10|2025-02-08
LB|Prime Minister|Nawaf Salam|Salam|2025-02-08|2026-05-01
SY|President|Hafez al-Assad|Assad|1971-03-14|2000-06-10
SY|President|Bashar al-Assad|Assad|2000-07-17|2024-12-08
SY|President|Ahmed al-Sharaa|Sharaa|2025-01-29|
SY|Prime Minister|Muhammad Naji al-Otari|Otari|2003-09-10|2011-04-14
SY|Prime Minister|Adel Safar|Safar|2011-04-14|2012-06-23
SY|Prime Minister|Riyad Farid Hijab|Hijab|2012-06-23|2012-08-06
SY|Prime Minister|Wael Nader al-Halqi|Halqi|2012-08-09|2016-07-03
SY|Prime Minister|Imad Khamis|Khamis|2016-07-03|2020-08-30
SY|Prime Minister|Hussein Arnous|Arnous|2020-08-30|2024-12-10
LY|President|Mohamed al-Menfi|Menfi|2021-03-15|
LY|Prime Minister|Ali Zeidan|Zeidan|2012-11-14|2014-03-11
LY|Prime Minister|Fayez al-Sarraj|Sarraj|2016-03-30|2021-03-15
LY|Prime Minister|Abdul Hamid Dbeibah|Dbeibah|2021-03-15|
SD|President|Omar al-Bashir|Bashir|1989-06-30|2019-04-11
SD|President|Abdel Fattah al-Burhan|Burhan|2019-04-12|
SD|Prime Minister|Abdalla Hamdok|Hamdok|2019-08-21|2022-01-02
SD|Prime Minister|Kamil Idris|Idris|2025-05-31|
YE|President|Ali Abdullah Saleh|Saleh|1990-05-22|2012-02-27
YE|President|Abdrabbuh Mansur Hadi|Hadi|2012-02-27|2022-04-07
YE|President|Rashad al-Alimi|Alimi|2022-04-07|
YE|Prime Minister|Mohammed Basindawa|Basindawa|2011-12-10|2014-09-24
YE|Prime Minister|Khaled Bahah|Bahah|2014-11-09|2016-04-03
YE|Prime Minister|Ahmed Obeid bin Daghr|bin Daghr|2016-04-04|2018-10-15
YE|Prime Minister|Maeen Abdulmalik|Abdulmalik|2018-10-15|2024-02-05
YE|Prime Minister|Ahmed Awad bin Mubarak|bin Mubarak|2024-02-05|2025-05-03
YE|Prime Minister|Salem Saleh bin Breik|bin Breik|2025-05-03|2026-01-15
YE|Prime Minister|Shaya al-Zindani|Zindani|2026-01-15|
CM|President|Paul Biya|Biya|1982-11-06|
CM|Prime Minister|Ephraïm Inoni|Inoni|2004-12-08|2009-06-30
CM|Prime Minister|Joseph Dion Ngute|Dion Ngute|2019-01-04|2025-11-06
CI|President|Henri Konan Bédié|Bédié|1993-12-07|1999-12-24
CI|President|Robert Guéï|Guéï|1999-12-24|2000-10-26
CI|President|Laurent Gbagbo|Gbagbo|2000-10-26|2010-12-04
CI|President|Alassane Ouattara|Ouattara|2010-12-04|
CI|Prime Minister|Guillaume Soro|Soro|2007-04-04|2012-03-13
CI|Prime Minister|Jeannot Ahoussou-Kouadio|Ahoussou-Kouadio|2012-03-13|2012-11-21
CI|Prime Minister|Daniel Kablan Duncan|Kablan Duncan|2012-11-21|2017-01-10
CI|Prime Minister|Amadou Gon Coulibaly|Gon Coulibaly|2017-01-10|2020-07-08
CI|Prime Minister|Hamed Bakayoko|Bakayoko|2020-07-30|2021-03-08
CI|Prime Minister|Patrick Achi|Achi|2021-03-08|2023-10-16
CI|Prime Minister|Robert Beugré Mambé|Mambé|2023-10-17|2025-12-01
ZW|President|Robert Mugabe|Mugabe|1987-12-31|2017-11-21
ZW|President|Emmerson Mnangagwa|Mnangagwa|2017-11-24|
ZW|Prime Minister|Morgan Tsvangirai|Tsvangirai|2009-02-11|2013-09-11
ZM|President|Frederick Chiluba|Chiluba|1991-11-02|2002-01-02
ZM|President|Levy Mwanawasa|Mwanawasa|2002-01-02|2008-08-19
ZM|President|Rupiah Banda|Banda|2008-08-19|2011-09-23
ZM|President|Michael Sata|Sata|2011-09-23|2014-10-28
ZM|President|Edgar Lungu|Lungu|2015-01-25|2021-08-24
ZM|President|Hakainde Hichilema|Hichilema|2021-08-24|2026-08-13
MZ|President|Joaquim Chissano|Chissano|1986-11-06|2005-02-02
MZ|President|Armando Guebuza|Guebuza|2005-02-02|2015-01-15
MZ|President|Filipe Nyusi|Nyusi|2015-01-15|2025-01-15
MZ|President|Daniel Chapo|Chapo|2025-01-15|
MZ|Prime Minister|Pascoal Mocumbi|Mocumbi|1994-12-16|2004-02-17
MZ|Prime Minister|Luísa Diogo|Diogo|2004-02-17|2010-01-16
MZ|Prime Minister|Alberto Vaquina|Vaquina|2012-10-08|2015-01-17
MZ|Prime Minister|Carlos Agostinho do Rosário|Rosário|2015-01-17|2022-03-03
MZ|Prime Minister|Adriano Maleiane|Maleiane|2022-03-03|2025-01-15
MZ|Prime Minister|Maria Benvinda Levi|Benvinda Levi|2025-01-17|
NA|President|Sam Nujoma|Nujoma|1990-03-21|2005-03-21
NA|President|Hifikepunye Pohamba|Pohamba|2005-03-21|2015-03-21
NA|President|Hage Geingob|Geingob|2015-03-21|2024-02-04
NA|President|Nangolo Mbumba|Mbumba|2024-02-04|2025-03-21
NA|President|Netumbo Nandi-Ndaitwah|Nandi-Ndaitwah|2025-03-21|
NA|Prime Minister|Hage Geingob|Geingob|1990-03-21|2002-08-28
NA|Prime Minister|Theo-Ben Gurirab|Gurirab|2002-08-28|2005-03-21
NA|Prime Minister|Nahas Angula|Angula|2005-03-21|2012-12-04
NA|Prime Minister|Hage Geingob|Geingob|2012-12-04|2015-03-21
NA|Prime Minister|Saara Kuugongelwa-Amadhila|Kuugongelwa-Amadhila|2015-03-21|2025-03-21
NA|Prime Minister|Elijah Ngurare|Ngurare|2025-03-21|
BW|President|Ketumile Masire|Masire|1980-07-13|1998-04-01
BW|President|Festus Mogae|Mogae|1998-04-01|2008-04-01
BW|President|Ian Khama|Khama|2008-04-01|2018-04-01
BW|President|Mokgweetsi Masisi|Masisi|2018-04-01|2024-11-01
BW|President|Duma Boko|Boko|2024-11-01|
BJ|President|Nicéphore Soglo|Soglo|1991-04-04|1996-04-04
BJ|President|Mathieu Kérékou|Kérékou|1996-04-04|2006-04-06
BJ|President|Thomas Boni Yayi|Yayi|2006-04-06|2016-04-06
BJ|President|Patrice Talon|Talon|2016-04-06|2026-04-12
BF|President|Blaise Compaoré|Compaoré|1987-10-15|2014-10-31
BF|President|Michel Kafando|Kafando|2014-11-18|2015-12-29
BF|President|Roch Marc Christian Kaboré|Kaboré|2015-12-29|2022-01-24
BF|President|Paul-Henri Sandaogo Damiba|Damiba|2022-01-24|2022-09-30
BF|President|Ibrahim Traoré|Traoré|2022-09-30|
ML|President|Alpha Oumar Konaré|Konaré|1992-06-08|2002-06-08
ML|President|Amadou Toumani Touré|Touré|2002-06-08|2012-03-22
ML|President|Dioncounda Traoré|Traoré|2012-04-12|2013-09-04
ML|President|Ibrahim Boubacar Keïta|Keïta|2013-09-04|2020-08-18
ML|President|Bah N'Daw|N'Daw|2020-09-25|2021-05-24
ML|President|Assimi Goïta|Goïta|2021-05-24|
ML|Prime Minister|Moussa Mara|Mara|2014-04-05|2015-01-08
ML|Prime Minister|Modibo Keïta|Keïta|2015-01-08|2017-04-08
ML|Prime Minister|Abdoulaye Idrissa Maïga|Maïga|2017-04-08|2017-12-30
ML|Prime Minister|Soumeylou Boubèye Maïga|Maïga|2017-12-30|2019-04-22
ML|Prime Minister|Boubou Cissé|Cissé|2019-04-22|2020-08-18
ML|Prime Minister|Moctar Ouane|Ouane|2020-09-27|2021-05-24
ML|Prime Minister|Choguel Kokalla Maïga|Maïga|2021-06-07|2024-11-20
ML|Prime Minister|Abdoulaye Maïga|Maïga|2024-11-21|
NE|President|Mamadou Tandja|Tandja|1999-12-22|2010-02-18
NE|President|Mahamadou Issoufou|Issoufou|2011-04-07|2021-04-02
NE|President|Mohamed Bazoum|Bazoum|2021-04-02|2023-07-26
NE|President|Abdourahamane Tiani|Tiani|2023-07-26|
NE|Prime Minister|Brigi Rafini|Rafini|2011-04-07|2021-04-03
NE|Prime Minister|Ouhoumoudou Mahamadou|Mahamadou|2021-04-03|2023-07-26
NE|Prime Minister|Ali Lamine Zeine|Zeine|2023-08-08|
TD|President|Mahamat Idriss Déby|Déby|2021-04-20|
TD|President|Idriss Déby|Déby|1990-12-02|2021-04-20
TD|Prime Minister|Albert Pahimi Padacké|Padacké|2021-04-26|2022-10-12
TD|Prime Minister|Saleh Kebzabo|Kebzabo|2022-10-12|2024-01-01
TD|Prime Minister|Succès Masra|Masra|2024-01-01|2024-05-22
TD|Prime Minister|Allamaye Halina|Halina|2024-05-23|
GQ|President|Teodoro Obiang Nguema Mbasogo|Obiang|1979-08-03|
GA|President|Omar Bongo|Bongo|1967-12-02|2009-06-08
GA|President|Rose Francine Rogombé|Rogombé|2009-06-10|2009-10-16
GA|President|Ali Bongo Ondimba|Bongo|2009-10-16|2023-08-30
GA|President|Brice Clotaire Oligui Nguema|Oligui Nguema|2023-08-30|
GA|Prime Minister|Julien Nkoghe Bekale|Nkoghe Bekale|2019-01-12|2020-07-16
GA|Prime Minister|Rose Christiane Raponda|Raponda|2020-07-16|2023-01-09
GA|Prime Minister|Alain Claude Bilie By Nze|Bilie By Nze|2023-01-09|2023-08-30
GA|Prime Minister|Raymond Ndong Sima|Ndong Sima|2023-09-07|2025-05-04
CR|President|José María Figueres|Figueres|1994-05-08|1998-05-08
CR|President|Miguel Ángel Rodríguez|Rodríguez|1998-05-08|2002-05-08
CR|President|Abel Pacheco|Pacheco|2002-05-08|2006-05-08
CR|President|Óscar Arias|Arias|2006-05-08|2010-05-08
CR|President|Laura Chinchilla|Chinchilla|2010-05-08|2014-05-08
CR|President|Luis Guillermo Solís|Solís|2014-05-08|2018-05-08
CR|President|Carlos Alvarado|Alvarado|2018-05-08|2022-05-08
CR|President|Rodrigo Chaves|Chaves|2022-05-08|2026-05-08
CR|President|Laura Fernández|Fernández|2026-05-08|
PA|President|Ernesto Pérez Balladares|Pérez Balladares|1994-09-01|1999-09-01
PA|President|Mireya Moscoso|Moscoso|1999-09-01|2004-09-01
PA|President|Martín Torrijos|Torrijos|2004-09-01|2009-07-01
PA|President|Ricardo Martinelli|Martinelli|2009-07-01|2014-07-01
PA|President|Juan Carlos Varela|Varela|2014-07-01|2019-07-01
PA|President|Laurentino Cortizo|Cortizo|2019-07-01|2024-07-01
PA|President|José Raúl Mulino|Mulino|2024-07-01|
GT|President|Álvaro Arzú|Arzú|1996-01-14|2000-01-14
GT|President|Alfonso Portillo|Portillo|2000-01-14|2004-01-14
GT|President|Álvaro Colom|Colom|2008-01-14|2012-01-14
GT|President|Otto Pérez Molina|Pérez Molina|2012-01-14|2015-09-03
GT|President|Alejandro Maldonado|Maldonado|2015-09-03|2016-01-14
GT|President|Jimmy Morales|Jimmy Morales|2016-01-14|2020-01-14
GT|President|Alejandro Giammattei|Giammattei|2020-01-14|2024-01-15
GT|President|Bernardo Arévalo|Arévalo|2024-01-15|
DO|President|Leonel Fernández|Fernández|1996-08-16|2000-08-16
DO|President|Hipólito Mejía|Mejía|2000-08-16|2004-08-16
DO|President|Leonel Fernández|Fernández|2004-08-16|2012-08-16
DO|President|Danilo Medina|Medina|2012-08-16|2020-08-16
DO|President|Luis Abinader|Abinader|2020-08-16|
JM|Prime Minister|Portia Simpson-Miller|Simpson-Miller|2006-03-30|2007-09-11
JM|Prime Minister|Bruce Golding|Golding|2007-09-11|2011-10-23
JM|Prime Minister|Andrew Holness|Holness|2011-10-23|2012-01-05
JM|Prime Minister|Portia Simpson-Miller|Simpson-Miller|2012-01-05|2016-03-03
JM|Prime Minister|Andrew Holness|Holness|2016-03-03|
TT|President|Anthony Carmona|Carmona|2013-03-18|2018-03-19
TT|President|Paula-Mae Weekes|Weekes|2018-03-19|2023-03-20
TT|President|Christine Kangaloo|Kangaloo|2023-03-20|
TT|Prime Minister|Basdeo Panday|Panday|1995-11-09|2001-12-24
TT|Prime Minister|Kamla Persad-Bissessar|Persad-Bissessar|2010-05-26|2015-09-09
TT|Prime Minister|Keith Rowley|Rowley|2015-09-09|2025-03-17
TT|Prime Minister|Kamla Persad-Bissessar|Persad-Bissessar|2025-05-01|
TO|King|King Taufa'ahau Tupou IV|Tupou|1965-12-16|2006-09-10
TO|King|King George Tupou V|Tupou|2006-09-11|2012-03-18
TO|King|King Tupou VI|Tupou|2012-03-18|
TO|Prime Minister|Feleti Sevele|Sevele|2006-02-11|2010-12-22
TO|Prime Minister|Lord Tu'ivakano|Tu'ivakano|2010-12-22|2014-12-30
TO|Prime Minister|'Akilisi Pohiva|Pohiva|2014-12-30|2019-09-12
TO|Prime Minister|Pohiva Tu'i'onetoa|Tu'i'onetoa|2019-10-08|2021-12-27
TO|Prime Minister|Siaosi Sovaleni|Sovaleni|2021-12-27|2024-12-09
TO|Prime Minister|'Aisake Eke|Eke|2024-12-24|2025-12-15
TO|Prime Minister|Lord Fakafanua|Fakafanua|2025-12-17|
TV|Prime Minister|Enele Sopoaga|Sopoaga|2013-08-05|2019-09-19
TV|Prime Minister|Kausea Natano|Natano|2019-09-19|2024-02-26
WS|Prime Minister|Tuilaepa Sailele Malielegaoi|Tuilaepa|1998-11-23|2021-05-24
WS|Prime Minister|Fiamē Naomi Mata'afa|Fiamē|2021-05-24|2025-09-16
WS|Prime Minister|La'aulialemalietoa Leuatea Schmidt|La'aulialemalietoa|2025-09-16|
VU|Prime Minister|Charlot Salwai|Salwai|2016-02-11|2020-04-20
VU|Prime Minister|Bob Loughman|Loughman|2020-04-20|2022-11-04
VU|Prime Minister|Ishmael Kalsakau|Kalsakau|2022-11-04|2023-09-04
VU|Prime Minister|Sato Kilman|Kilman|2023-09-04|2023-10-06
VU|Prime Minister|Charlot Salwai|Salwai|2023-10-06|2025-02-11
VU|Prime Minister|Jotham Napat|Napat|2025-02-11|
SB|Prime Minister|Manasseh Sogavare|Sogavare|2006-05-04|2007-12-20
SB|Prime Minister|Derek Sikua|Sikua|2007-12-20|2010-08-25
SB|Prime Minister|Gordon Darcy Lilo|Lilo|2011-11-16|2014-12-09
SB|Prime Minister|Manasseh Sogavare|Sogavare|2014-12-09|2017-11-15
SB|Prime Minister|Rick Houenipwela|Houenipwela|2017-11-15|2019-04-24
SB|Prime Minister|Manasseh Sogavare|Sogavare|2019-04-24|2024-05-02
SB|Prime Minister|Jeremiah Manele|Manele|2024-05-02|
PW|President|Tommy Remengesau|Remengesau|2001-01-01|2009-01-15
PW|President|Johnson Toribiong|Toribiong|2009-01-15|2013-01-17
PW|President|Tommy Remengesau|Remengesau|2013-01-17|2021-01-21
PW|President|Surangel Whipps Jr.|Whipps|2021-01-21|
BT|King|King Jigme Singye Wangchuck|Wangchuck|1972-07-21|2006-12-09
BT|King|King Jigme Khesar Namgyel Wangchuck|Wangchuck|2006-12-09|
BT|Prime Minister|Tshering Tobgay|Tobgay|2013-07-27|2018-08-09
BT|Prime Minister|Lotay Tshering|Tshering|2018-11-07|2023-11-01
BT|Prime Minister|Tshering Tobgay|Tobgay|2024-01-28|
KZ|Prime Minister|Akezhan Kazhegeldin|Kazhegeldin|1994-10-12|1997-10-10
KZ|Prime Minister|Nurlan Balgimbayev|Balgimbayev|1997-10-10|1999-10-01
KZ|Prime Minister|Kassym-Jomart Tokayev|Tokayev|1999-10-01|2002-01-28
KZ|Prime Minister|Imangali Tasmagambetov|Tasmagambetov|2002-01-28|2003-06-13
KZ|Prime Minister|Daniyal Akhmetov|Akhmetov|2003-06-13|2007-01-10
KZ|Prime Minister|Karim Massimov|Massimov|2007-01-10|2012-09-24
KZ|Prime Minister|Serik Akhmetov|Akhmetov|2012-09-24|2014-04-02
KZ|Prime Minister|Karim Massimov|Massimov|2014-04-02|2016-09-08
KZ|Prime Minister|Bakhytzhan Sagintayev|Sagintayev|2016-09-09|2019-02-21
KZ|Prime Minister|Askar Mamin|Mamin|2019-02-21|2022-01-05
KZ|Prime Minister|Alikhan Smailov|Smailov|2022-01-05|2024-02-05
KZ|Prime Minister|Olzhas Bektenov|Bektenov|2024-02-06|
UZ|Prime Minister|Utkir Sultanov|Sultanov|1995-12-21|2003-12-11
UZ|Prime Minister|Shavkat Mirziyoyev|Mirziyoyev|2003-12-12|2016-12-14
UZ|Prime Minister|Abdulla Aripov|Aripov|2016-12-14|
AZ|Prime Minister|Artur Rasizade|Rasizade|1996-11-26|2003-08-04
AZ|Prime Minister|Ilham Aliyev|Aliyev|2003-08-04|2003-10-31
AZ|Prime Minister|Artur Rasizade|Rasizade|2003-11-04|2018-04-21
AZ|Prime Minister|Novruz Mammadov|Mammadov|2018-04-21|2019-10-08
AZ|Prime Minister|Ali Asadov|Asadov|2019-10-08|
MN|Prime Minister|Nambaryn Enkhbayar|Enkhbayar|2000-07-26|2004-08-20
MN|Prime Minister|Tsakhiagiin Elbegdorj|Elbegdorj|2004-08-20|2006-01-25
MN|Prime Minister|Miyeegombyn Enkhbold|Enkhbold|2006-01-25|2007-11-22
MN|Prime Minister|Sanjaagiin Bayar|Bayar|2007-11-22|2009-10-29
MN|Prime Minister|Sükhbaataryn Batbold|Batbold|2009-10-29|2012-08-10
MN|Prime Minister|Norovyn Altankhuyag|Altankhuyag|2012-08-10|2014-11-05
MN|Prime Minister|Chimediin Saikhanbileg|Saikhanbileg|2014-11-21|2016-07-08
MN|Prime Minister|Jargaltulgyn Erdenebat|Erdenebat|2016-07-08|2017-09-07
MN|Prime Minister|Ukhnaagiin Khürelsükh|Khürelsükh|2017-10-04|2021-01-27
MN|Prime Minister|Luvsannamsrain Oyun-Erdene|Oyun-Erdene|2021-01-27|2025-06-03
MN|Prime Minister|Gombojavyn Zandanshatar|Zandanshatar|2025-06-13|2025-10-17
JO|Prime Minister|Faisal al-Fayez|Fayez|2003-10-25|2005-04-07
JO|Prime Minister|Adnan Badran|Badran|2005-04-07|2005-11-27
JO|Prime Minister|Marouf al-Bakhit|Bakhit|2005-11-27|2007-11-25
JO|Prime Minister|Nader al-Dahabi|Dahabi|2007-11-25|2009-12-14
JO|Prime Minister|Samir Rifai|Rifai|2009-12-14|2011-02-09
JO|Prime Minister|Marouf al-Bakhit|Bakhit|2011-02-09|2011-10-24
JO|Prime Minister|Awn Khasawneh|Khasawneh|2011-10-24|2012-05-02
JO|Prime Minister|Fayez Tarawneh|Tarawneh|2012-05-02|2012-10-11
JO|Prime Minister|Abdullah Ensour|Ensour|2012-10-11|2016-06-01
JO|Prime Minister|Hani Mulki|Mulki|2016-06-01|2018-06-14
JO|Prime Minister|Omar Razzaz|Razzaz|2018-06-14|2020-10-12
JO|Prime Minister|Bisher Al-Khasawneh|Khasawneh|2020-10-12|2024-09-18
JO|Prime Minister|Jafar Hassan|Hassan|2024-09-18|
MA|Prime Minister|Abderrahmane Youssoufi|Youssoufi|1998-03-14|2002-10-09
MA|Prime Minister|Driss Jettou|Jettou|2002-10-09|2007-09-19
MA|Prime Minister|Abbas El Fassi|El Fassi|2007-09-19|2011-11-29
MA|Prime Minister|Abdelilah Benkirane|Benkirane|2011-11-29|2017-04-05
MA|Prime Minister|Saad-Eddine El Othmani|Othmani|2017-04-05|2021-10-07
MA|Prime Minister|Aziz Akhannouch|Akhannouch|2021-10-07|2026-09-01
DZ|Prime Minister|Ahmed Ouyahia|Ouyahia|1995-12-31|1998-12-15
DZ|Prime Minister|Smail Hamdani|Hamdani|1998-12-15|1999-12-23
DZ|Prime Minister|Ahmed Benbitour|Benbitour|1999-12-23|2000-08-26
DZ|Prime Minister|Ali Benflis|Benflis|2000-08-26|2003-05-05
DZ|Prime Minister|Ahmed Ouyahia|Ouyahia|2003-05-05|2006-05-24
DZ|Prime Minister|Abdelaziz Belkhadem|Belkhadem|2006-05-24|2008-06-23
DZ|Prime Minister|Ahmed Ouyahia|Ouyahia|2008-06-23|2012-09-03
DZ|Prime Minister|Abdelmalek Sellal|Sellal|2012-09-03|2014-03-13
DZ|Prime Minister|Abdelmalek Sellal|Sellal|2014-04-28|2017-05-24
DZ|Prime Minister|Abdelmadjid Tebboune|Tebboune|2017-05-24|2017-08-15
DZ|Prime Minister|Ahmed Ouyahia|Ouyahia|2017-08-15|2019-03-11
DZ|Prime Minister|Noureddine Bedoui|Bedoui|2019-03-11|2019-12-19
DZ|Prime Minister|Abdelaziz Djerad|Djerad|2019-12-28|2021-06-30
DZ|Prime Minister|Aymen Benabderrahmane|Benabderrahmane|2021-07-07|2023-11-11
DZ|Prime Minister|Nadir Larbaoui|Larbaoui|2023-11-11|2025-08-28
DZ|Prime Minister|Sifi Ghrieb|Ghrieb|2025-08-28|
TN|Prime Minister|Mohamed Ghannouchi|Ghannouchi|1999-11-17|2011-02-27
TN|Prime Minister|Beji Caid Essebsi|Essebsi|2011-02-27|2011-12-24
TN|Prime Minister|Hamadi Jebali|Jebali|2011-12-24|2013-03-14
TN|Prime Minister|Ali Laarayedh|Laarayedh|2013-03-14|2014-01-29
TN|Prime Minister|Mehdi Jomaa|Jomaa|2014-01-29|2015-02-06
TN|Prime Minister|Habib Essid|Essid|2015-02-06|2016-08-27
TN|Prime Minister|Youssef Chahed|Chahed|2016-08-27|2020-02-27
TN|Prime Minister|Elyes Fakhfakh|Fakhfakh|2020-02-27|2020-09-02
TN|Prime Minister|Hichem Mechichi|Mechichi|2020-09-02|2021-07-25
TN|Prime Minister|Najla Bouden|Bouden|2021-10-11|2023-08-01
TN|Prime Minister|Ahmed Hachani|Hachani|2023-08-01|2024-08-07
TN|Prime Minister|Kamel Madouri|Madouri|2024-08-07|2025-03-20
TN|Prime Minister|Sara Zaafrani Zenzri|Zaafrani Zenzri|2025-03-21|
SN|Prime Minister|Macky Sall|Sall|2004-04-21|2007-06-19
SN|Prime Minister|Cheikh Hadjibou Soumaré|Soumaré|2007-06-19|2009-04-30
SN|Prime Minister|Souleymane Ndéné Ndiaye|Ndiaye|2009-04-30|2012-04-04
SN|Prime Minister|Abdoul Mbaye|Mbaye|2012-04-04|2013-09-01
SN|Prime Minister|Aminata Touré|Touré|2013-09-01|2014-07-04
SN|Prime Minister|Mahammed Boun Abdallah Dionne|Dionne|2014-07-06|2019-05-14
SN|Prime Minister|Amadou Ba|Amadou Ba|2022-09-17|2024-03-06
SN|Prime Minister|Ousmane Sonko|Sonko|2024-04-02|2025-08-01
TZ|Prime Minister|Frederick Sumaye|Sumaye|1995-11-28|2005-12-30
TZ|Prime Minister|Edward Lowassa|Lowassa|2005-12-30|2008-02-07
TZ|Prime Minister|Mizengo Pinda|Pinda|2008-02-09|2015-11-20
TZ|Prime Minister|Kassim Majaliwa|Majaliwa|2015-11-20|2025-11-13
TZ|Prime Minister|Mwigulu Nchemba|Nchemba|2025-11-14|
UG|Prime Minister|Apolo Nsibambi|Nsibambi|1999-04-05|2011-05-24
UG|Prime Minister|Amama Mbabazi|Mbabazi|2011-05-24|2014-09-18
UG|Prime Minister|Ruhakana Rugunda|Rugunda|2014-09-19|2021-06-14
UG|Prime Minister|Robinah Nabbanja|Nabbanja|2021-06-14|2026-05-12
RW|Prime Minister|Bernard Makuza|Makuza|2000-03-08|2011-10-07
RW|Prime Minister|Pierre Habumuremyi|Habumuremyi|2011-10-07|2014-07-24
RW|Prime Minister|Anastase Murekezi|Murekezi|2014-07-24|2017-08-30
RW|Prime Minister|Édouard Ngirente|Ngirente|2017-08-30|2025-07-23
RW|Prime Minister|Justin Nsengiyumva|Nsengiyumva|2025-07-23|
LT|Prime Minister|Gediminas Vagnorius|Vagnorius|1996-12-10|1999-05-18
LT|Prime Minister|Rolandas Paksas|Paksas|1999-06-01|1999-11-03
LT|Prime Minister|Andrius Kubilius|Kubilius|1999-11-03|2000-10-26
LT|Prime Minister|Rolandas Paksas|Paksas|2000-10-26|2001-06-20
LT|Prime Minister|Algirdas Brazauskas|Brazauskas|2001-07-03|2006-06-01
LT|Prime Minister|Gediminas Kirkilas|Kirkilas|2006-07-04|2008-12-09
LT|Prime Minister|Andrius Kubilius|Kubilius|2008-12-09|2012-12-13
LT|Prime Minister|Gintautas Paluckas|Paluckas|2024-12-12|2025-08-04
LT|Prime Minister|Inga Ruginienė|Ruginienė|2025-08-26|
LV|Prime Minister|Andris Šķēle|Šķēle|1995-12-21|1997-08-07
LV|Prime Minister|Guntars Krasts|Krasts|1997-08-07|1998-11-26
LV|Prime Minister|Vilis Krištopans|Krištopans|1998-11-26|1999-07-16
LV|Prime Minister|Andris Šķēle|Šķēle|1999-07-16|2000-05-05
LV|Prime Minister|Andris Bērziņš|Bērziņš|2000-05-05|2002-11-07
LV|Prime Minister|Einars Repše|Repše|2002-11-07|2004-03-09
LV|Prime Minister|Indulis Emsis|Emsis|2004-03-09|2004-12-02
LV|Prime Minister|Aigars Kalvītis|Kalvītis|2004-12-02|2007-12-20
LV|Prime Minister|Ivars Godmanis|Godmanis|2007-12-20|2009-03-12
CZ|Prime Minister|Václav Klaus|Klaus|1993-01-01|1998-01-02
CZ|Prime Minister|Josef Tošovský|Tošovský|1998-01-02|1998-07-22
CZ|Prime Minister|Miloš Zeman|Zeman|1998-07-22|2002-07-15
CZ|Prime Minister|Vladimír Špidla|Špidla|2002-07-15|2004-08-04
CZ|Prime Minister|Stanislav Gross|Stanislav Gross|2004-08-04|2005-04-25
CZ|Prime Minister|Jiří Paroubek|Paroubek|2005-04-25|2006-09-04
CZ|Prime Minister|Mirek Topolánek|Topolánek|2006-09-04|2009-05-08
CZ|Prime Minister|Jan Fischer|Fischer|2009-05-08|2010-07-13
CZ|Prime Minister|Petr Nečas|Nečas|2010-07-13|2013-07-10
CZ|Prime Minister|Jiří Rusnok|Rusnok|2013-07-10|2014-01-29
CZ|Prime Minister|Bohuslav Sobotka|Sobotka|2014-01-29|2017-12-13
CZ|Prime Minister|Andrej Babiš|Babiš|2017-12-13|2021-11-28
RO|Prime Minister|Nicolae Văcăroiu|Văcăroiu|1992-11-19|1996-12-12
RO|Prime Minister|Victor Ciorbea|Ciorbea|1996-12-12|1998-04-17
RO|Prime Minister|Radu Vasile|Vasile|1998-04-17|1999-12-13
RO|Prime Minister|Mugur Isărescu|Isărescu|1999-12-22|2000-12-28
RO|Prime Minister|Adrian Năstase|Năstase|2000-12-28|2004-12-29
RO|Prime Minister|Călin Popescu-Tăriceanu|Popescu-Tăriceanu|2004-12-29|2008-12-22
RO|Prime Minister|Emil Boc|Boc|2008-12-22|2012-02-09
RO|Prime Minister|Mihai Răzvan Ungureanu|Ungureanu|2012-02-09|2012-05-07
NP|Prime Minister|Girija Prasad Koirala|Koirala|2006-04-30|2008-08-18
NP|Prime Minister|Pushpa Kamal Dahal|Dahal|2008-08-18|2009-05-25
NP|Prime Minister|Jhala Nath Khanal|Khanal|2011-02-06|2011-08-29
NP|Prime Minister|Baburam Bhattarai|Bhattarai|2011-08-29|2013-03-14
NP|Prime Minister|Sushila Karki|Karki|2025-09-12|2026-03-05
IE|Foreign Minister|Brian Cowen|Cowen|2000-01-27|2004-09-29
IE|Foreign Minister|Dermot Ahern|Ahern|2004-09-29|2008-05-07
IE|Foreign Minister|Micheál Martin|Martin|2008-05-07|2011-01-19
IE|Foreign Minister|Eamon Gilmore|Gilmore|2011-03-09|2014-07-11
IE|Foreign Minister|Charles Flanagan|Flanagan|2014-07-11|2017-06-14
IE|Foreign Minister|Micheál Martin|Martin|2022-12-17|2025-01-23
IE|Foreign Minister|Simon Harris|Harris|2025-01-23|
AT|Foreign Minister|Benita Ferrero-Waldner|Ferrero-Waldner|2000-02-04|2004-10-20
AT|Foreign Minister|Ursula Plassnik|Plassnik|2004-10-20|2008-12-02
AT|Foreign Minister|Michael Spindelegger|Spindelegger|2008-12-02|2013-12-16
AT|Foreign Minister|Sebastian Kurz|Kurz|2013-12-16|2017-12-18
AT|Foreign Minister|Karin Kneissl|Kneissl|2017-12-18|2019-06-03
AT|Foreign Minister|Alexander Schallenberg|Schallenberg|2019-06-03|2021-10-11
AT|Foreign Minister|Michael Linhart|Linhart|2021-10-11|2021-12-06
AT|Foreign Minister|Alexander Schallenberg|Schallenberg|2021-12-06|2025-03-03
AT|Foreign Minister|Beate Meinl-Reisinger|Meinl-Reisinger|2025-03-03|
BE|Foreign Minister|Louis Michel|Michel|1999-07-12|2004-07-18
BE|Foreign Minister|Karel De Gucht|De Gucht|2004-07-18|2009-07-17
BE|Foreign Minister|Yves Leterme|Leterme|2009-07-17|2009-11-25
BE|Foreign Minister|Steven Vanackere|Vanackere|2009-11-25|2011-12-06
BE|Foreign Minister|Didier Reynders|Reynders|2011-12-06|2019-11-30
BE|Foreign Minister|Philippe Goffin|Goffin|2019-11-30|2020-10-01
BE|Foreign Minister|Sophie Wilmès|Wilmès|2020-10-01|2022-07-15
BE|Foreign Minister|Hadja Lahbib|Lahbib|2022-07-15|2024-12-01
BE|Foreign Minister|Maxime Prévot|Prévot|2025-02-03|
DK|Foreign Minister|Per Stig Møller|Møller|2001-11-27|2010-02-23
DK|Foreign Minister|Lene Espersen|Espersen|2010-02-23|2011-10-03
DK|Foreign Minister|Villy Søvndal|Søvndal|2011-10-03|2013-12-12
DK|Foreign Minister|Martin Lidegaard|Lidegaard|2014-02-03|2015-06-28
DK|Foreign Minister|Kristian Jensen|Kristian Jensen|2015-06-28|2016-11-28
DK|Foreign Minister|Anders Samuelsen|Samuelsen|2016-11-28|2019-06-27
DK|Foreign Minister|Jeppe Kofod|Kofod|2019-06-27|2022-12-15
DK|Foreign Minister|Lars Løkke Rasmussen|Rasmussen|2022-12-15|2026-03-24
FI|Foreign Minister|Erkki Tuomioja|Tuomioja|2000-02-25|2007-04-19
FI|Foreign Minister|Ilkka Kanerva|Kanerva|2007-04-19|2008-04-04
FI|Foreign Minister|Alexander Stubb|Stubb|2008-04-04|2011-06-22
FI|Foreign Minister|Erkki Tuomioja|Tuomioja|2011-06-22|2015-05-29
FI|Foreign Minister|Timo Soini|Soini|2015-05-29|2019-06-06
FI|Foreign Minister|Pekka Haavisto|Haavisto|2019-06-06|2023-06-20
FI|Foreign Minister|Elina Valtonen|Valtonen|2023-06-20|
GR|Foreign Minister|George Papandreou|Papandreou|1999-02-18|2004-02-13
GR|Foreign Minister|Petros Molyviatis|Molyviatis|2004-03-10|2006-02-15
GR|Foreign Minister|Dora Bakoyannis|Bakoyannis|2006-02-15|2009-10-06
GR|Foreign Minister|George Papandreou|Papandreou|2009-10-06|2010-09-07
GR|Foreign Minister|Dimitris Droutsas|Droutsas|2010-09-07|2011-06-17
GR|Foreign Minister|Stavros Lambrinidis|Lambrinidis|2011-06-17|2011-11-11
GR|Foreign Minister|Stavros Dimas|Dimas|2011-11-11|2012-05-17
GR|Foreign Minister|Dimitris Avramopoulos|Avramopoulos|2012-06-21|2013-06-25
GR|Foreign Minister|Evangelos Venizelos|Venizelos|2013-06-25|2015-01-27
GR|Foreign Minister|Nikos Kotzias|Kotzias|2015-01-27|2018-10-17
GR|Foreign Minister|Alexis Tsipras|Tsipras|2018-10-17|2019-02-15
GR|Foreign Minister|George Katrougalos|Katrougalos|2019-02-15|2019-07-09
GR|Foreign Minister|Nikos Dendias|Dendias|2019-07-09|2023-05-26
GR|Foreign Minister|George Gerapetritis|Gerapetritis|2023-06-27|
HU|Foreign Minister|János Martonyi|Martonyi|1998-07-08|2002-05-27
HU|Foreign Minister|Kinga Göncz|Göncz|2007-06-01|2009-04-14
HU|Foreign Minister|Péter Balázs|Balázs|2009-04-14|2010-05-29
HU|Foreign Minister|János Martonyi|Martonyi|2010-05-29|2014-06-06
HU|Foreign Minister|Tibor Navracsics|Navracsics|2014-06-06|2014-09-23
HU|Foreign Minister|Péter Szijjártó|Szijjártó|2014-09-23|2026-05-09
NO|Foreign Minister|Thorbjørn Jagland|Jagland|2000-03-17|2001-10-19
NO|Foreign Minister|Jan Petersen|Petersen|2001-10-19|2005-10-17
NO|Foreign Minister|Jonas Gahr Støre|Støre|2005-10-17|2012-09-21
NO|Foreign Minister|Espen Barth Eide|Barth Eide|2012-09-21|2013-10-16
NO|Foreign Minister|Børge Brende|Brende|2013-10-16|2017-10-20
NO|Foreign Minister|Ine Eriksen Søreide|Søreide|2017-10-20|2021-10-14
NO|Foreign Minister|Anniken Huitfeldt|Huitfeldt|2021-10-14|2023-10-16
NO|Foreign Minister|Espen Barth Eide|Barth Eide|2023-10-16|
PT|Foreign Minister|Jaime Gama|Gama|1995-10-28|2002-04-06
PT|Foreign Minister|Luís Amado|Amado|2006-07-03|2011-06-21
PT|Foreign Minister|Paulo Portas|Portas|2011-06-21|2013-07-24
PT|Foreign Minister|Rui Machete|Machete|2013-07-24|2015-11-26
PT|Foreign Minister|Augusto Santos Silva|Santos Silva|2015-11-26|2022-03-30
PT|Foreign Minister|João Gomes Cravinho|Cravinho|2022-03-30|2024-04-02
PT|Foreign Minister|Paulo Rangel|Rangel|2024-04-02|
SE|Foreign Minister|Anna Lindh|Lindh|1998-10-07|2003-09-11
SE|Foreign Minister|Laila Freivalds|Freivalds|2003-10-03|2006-03-21
SE|Foreign Minister|Carl Bildt|Bildt|2006-10-06|2014-10-03
SE|Foreign Minister|Margot Wallström|Wallström|2014-10-03|2019-09-10
SE|Foreign Minister|Ann Linde|Linde|2019-09-10|2022-10-18
SE|Foreign Minister|Tobias Billström|Billström|2022-10-18|2024-09-10
SE|Foreign Minister|Maria Malmer Stenergard|Malmer Stenergard|2024-09-10|2026-01-01
SK|Foreign Minister|Eduard Kukan|Kukan|1998-10-30|2006-07-04
SK|Foreign Minister|Mikuláš Dzurinda|Dzurinda|2010-07-08|2012-04-04
SK|Foreign Minister|Ivan Korčok|Korčok|2020-04-08|2022-09-13
SK|Foreign Minister|Rastislav Káčer|Káčer|2022-09-13|2023-05-15
SK|Foreign Minister|Miroslav Wlachovský|Wlachovský|2023-05-15|2023-10-25
SK|Foreign Minister|Juraj Blanár|Blanár|2023-10-25|
CZ|Foreign Minister|Cyril Svoboda|Svoboda|2002-07-15|2006-09-04
CZ|Foreign Minister|Alexandr Vondra|Vondra|2006-09-04|2007-01-09
CZ|Foreign Minister|Karel Schwarzenberg|Schwarzenberg|2007-01-09|2009-05-08
CZ|Foreign Minister|Jan Kohout|Kohout|2009-05-08|2010-07-13
CZ|Foreign Minister|Karel Schwarzenberg|Schwarzenberg|2010-07-13|2013-07-10
CZ|Foreign Minister|Jan Kohout|Kohout|2013-07-10|2014-01-29
CZ|Foreign Minister|Lubomír Zaorálek|Zaorálek|2014-01-29|2017-12-13
CZ|Foreign Minister|Martin Stropnický|Stropnický|2017-12-13|2018-06-27
CZ|Foreign Minister|Jan Hamáček|Hamáček|2018-06-27|2018-10-16
CZ|Foreign Minister|Tomáš Petříček|Petříček|2018-10-16|2021-04-12
CZ|Foreign Minister|Jakub Kulhánek|Kulhánek|2021-04-21|2021-12-17
CZ|Foreign Minister|Jan Lipavský|Lipavský|2021-12-17|2025-12-15
CZ|Foreign Minister|Petr Macinka|Macinka|2025-12-15|
HR|Foreign Minister|Tonino Picula|Picula|2000-01-27|2003-12-23
HR|Foreign Minister|Kolinda Grabar-Kitarović|Grabar-Kitarović|2005-02-17|2008-01-12
HR|Foreign Minister|Gordan Jandroković|Jandroković|2008-01-12|2011-12-23
HR|Foreign Minister|Vesna Pusić|Pusić|2011-12-23|2016-01-22
HR|Foreign Minister|Miro Kovač|Miro Kovač|2016-01-22|2016-10-19
HR|Foreign Minister|Davor Ivo Stier|Stier|2016-10-19|2017-06-19
HR|Foreign Minister|Marija Pejčinović Burić|Pejčinović Burić|2017-06-19|2019-07-19
HR|Foreign Minister|Gordan Grlić Radman|Grlić Radman|2019-07-19|
RS|Foreign Minister|Vuk Drašković|Drašković|2004-03-03|2007-05-15
RS|Foreign Minister|Vuk Jeremić|Jeremić|2007-05-15|2012-07-27
RS|Foreign Minister|Ivan Mrkić|Mrkić|2012-07-27|2014-04-27
RS|Foreign Minister|Ivica Dačić|Dačić|2014-04-27|2020-10-28
RS|Foreign Minister|Nikola Selaković|Selaković|2020-10-28|2022-10-26
RS|Foreign Minister|Ivica Dačić|Dačić|2022-10-26|2024-05-02
RS|Foreign Minister|Marko Đurić|Đurić|2024-05-02|
SI|Foreign Minister|Dimitrij Rupel|Rupel|2004-12-03|2008-11-21
SI|Foreign Minister|Samuel Žbogar|Žbogar|2008-11-21|2012-02-10
SI|Foreign Minister|Karl Erjavec|Erjavec|2012-02-10|2018-09-13
SI|Foreign Minister|Miro Cerar|Cerar|2018-09-13|2020-03-13
SI|Foreign Minister|Anže Logar|Logar|2020-03-13|2022-06-01
SI|Foreign Minister|Tanja Fajon|Fajon|2022-06-01|2026-03-22
EE|Foreign Minister|Toomas Hendrik Ilves|Ilves|1999-03-25|2002-01-28
EE|Foreign Minister|Kristiina Ojuland|Ojuland|2002-01-28|2005-02-10
EE|Foreign Minister|Urmas Paet|Paet|2005-04-13|2014-11-17
EE|Foreign Minister|Keit Pentus-Rosimannus|Pentus-Rosimannus|2014-11-17|2015-04-09
EE|Foreign Minister|Marina Kaljurand|Kaljurand|2015-07-16|2016-09-09
EE|Foreign Minister|Jürgen Ligi|Ligi|2016-09-12|2016-11-23
EE|Foreign Minister|Sven Mikser|Mikser|2016-11-23|2019-04-29
EE|Foreign Minister|Urmas Reinsalu|Reinsalu|2019-04-29|2021-01-26
EE|Foreign Minister|Eva-Maria Liimets|Liimets|2021-01-26|2022-06-03
EE|Foreign Minister|Urmas Reinsalu|Reinsalu|2022-07-18|2023-04-17
EE|Foreign Minister|Margus Tsahkna|Tsahkna|2023-04-17|
LV|Foreign Minister|Ģirts Valdis Kristovskis|Kristovskis|2010-11-03|2011-10-25
LV|Foreign Minister|Edgars Rinkēvičs|Rinkēvičs|2011-10-25|2023-07-08
LV|Foreign Minister|Krišjānis Kariņš|Kariņš|2023-09-15|2024-03-31
LV|Foreign Minister|Baiba Braže|Braže|2024-04-19|2026-01-01
LT|Foreign Minister|Linas Linkevičius|Linkevičius|2012-12-13|2020-12-11
LT|Foreign Minister|Gabrielius Landsbergis|Landsbergis|2020-12-11|2024-12-12
LT|Foreign Minister|Kęstutis Budrys|Budrys|2024-12-12|
RO|Foreign Minister|Mircea Geoană|Geoană|2000-12-28|2004-12-28
RO|Foreign Minister|Mihai Răzvan Ungureanu|Ungureanu|2004-12-28|2007-02-12
RO|Foreign Minister|Teodor Baconschi|Baconschi|2009-12-23|2012-01-23
RO|Foreign Minister|Titus Corlățean|Corlățean|2012-08-06|2014-11-10
RO|Foreign Minister|Bogdan Aurescu|Aurescu|2014-11-24|2015-11-17
RO|Foreign Minister|Lazăr Comănescu|Comănescu|2015-11-17|2017-01-04
RO|Foreign Minister|Teodor Meleșcanu|Meleșcanu|2017-01-04|2019-07-24
RO|Foreign Minister|Ramona Mănescu|Mănescu|2019-07-24|2019-11-04
RO|Foreign Minister|Bogdan Aurescu|Aurescu|2019-11-04|2023-06-15
RO|Foreign Minister|Luminița Odobescu|Odobescu|2023-06-15|2024-12-23
RO|Foreign Minister|Emil Hurezeanu|Hurezeanu|2024-12-23|2025-06-23
RO|Foreign Minister|Oana Țoiu|Țoiu|2025-06-23|
BG|Foreign Minister|Solomon Passy|Passy|2001-07-24|2005-08-17
BG|Foreign Minister|Ivailo Kalfin|Kalfin|2005-08-17|2009-07-27
BG|Foreign Minister|Rumiana Jeleva|Jeleva|2009-07-27|2010-01-27
BG|Foreign Minister|Kristian Vigenin|Vigenin|2013-05-29|2014-08-06
BG|Foreign Minister|Daniel Mitov|Mitov|2014-08-06|2017-01-27
BG|Foreign Minister|Ekaterina Zaharieva|Zaharieva|2017-05-04|2021-05-12
BG|Foreign Minister|Svetlan Stoev|Stoev|2021-05-12|2021-12-13
BG|Foreign Minister|Teodora Genchovska|Genchovska|2021-12-13|2022-08-02
BG|Foreign Minister|Nikolay Milkov|Milkov|2022-08-02|2023-06-06
BG|Foreign Minister|Mariya Gabriel|Mariya Gabriel|2023-06-06|2024-04-09
BG|Foreign Minister|Stefan Dimitrov|Stefan Dimitrov|2024-04-09|2024-08-27
BG|Foreign Minister|Ivan Kondov|Kondov|2024-08-27|2025-01-16
BG|Foreign Minister|Georg Georgiev|Georgiev|2025-01-16|2026-01-01
CY|Foreign Minister|Ioannis Kasoulides|Kasoulides|1997-04-07|2003-02-28
CY|Foreign Minister|Markos Kyprianou|Kyprianou|2008-02-28|2011-08-05
CY|Foreign Minister|Erato Kozakou-Marcoullis|Kozakou-Marcoullis|2011-08-05|2013-03-01
CY|Foreign Minister|Ioannis Kasoulides|Kasoulides|2013-03-01|2018-03-01
CY|Foreign Minister|Nikos Christodoulides|Christodoulides|2018-03-01|2022-01-11
CY|Foreign Minister|Ioannis Kasoulides|Kasoulides|2022-01-11|2023-03-01
CY|Foreign Minister|Constantinos Kombos|Kombos|2023-03-01|
MT|Foreign Minister|Joe Borg|Borg|1999-03-24|2004-03-23
MT|Foreign Minister|Tonio Borg|Borg|2008-03-12|2012-11-29
MT|Foreign Minister|Francis Zammit Dimech|Zammit Dimech|2012-11-29|2013-03-13
MT|Foreign Minister|George Vella|Vella|2013-03-13|2017-06-09
MT|Foreign Minister|Carmelo Abela|Abela|2017-06-09|2020-01-15
MT|Foreign Minister|Evarist Bartolo|Bartolo|2020-01-15|2022-03-30
MT|Foreign Minister|Ian Borg|Borg|2022-03-30|
LU|Foreign Minister|Lydie Polfer|Polfer|1999-08-07|2004-07-31
LU|Foreign Minister|Jean Asselborn|Asselborn|2004-07-31|2023-11-17
LU|Foreign Minister|Xavier Bettel|Bettel|2023-11-17|
CH|Foreign Minister|Joseph Deiss|Deiss|1999-05-01|2003-01-01
CH|Foreign Minister|Micheline Calmy-Rey|Calmy-Rey|2003-01-01|2012-01-01
CH|Foreign Minister|Didier Burkhalter|Burkhalter|2012-01-01|2017-11-01
CH|Foreign Minister|Ignazio Cassis|Cassis|2017-11-01|
GE|Foreign Minister|Salome Zourabichvili|Zourabichvili|2004-03-18|2005-10-19
GE|Foreign Minister|Grigol Vashadze|Vashadze|2008-12-05|2012-10-25
GE|Foreign Minister|Maia Panjikidze|Panjikidze|2012-10-25|2014-11-05
GE|Foreign Minister|Giorgi Kvirikashvili|Kvirikashvili|2015-09-01|2015-12-30
GE|Foreign Minister|Mikheil Janelidze|Janelidze|2015-12-30|2018-06-20
GE|Foreign Minister|David Zalkaliani|Zalkaliani|2018-06-21|2022-04-04
GE|Foreign Minister|Ilia Darchiashvili|Darchiashvili|2022-04-04|2024-11-25
GE|Foreign Minister|Maka Botchorishvili|Botchorishvili|2024-12-01|
AM|Foreign Minister|Edward Nalbandian|Nalbandian|2008-04-24|2018-05-12
AM|Foreign Minister|Zohrab Mnatsakanyan|Mnatsakanyan|2018-05-12|2020-11-16
AM|Foreign Minister|Ara Aivazian|Aivazian|2020-11-18|2021-05-31
AM|Foreign Minister|Ararat Mirzoyan|Mirzoyan|2021-08-19|2026-01-01
AZ|Foreign Minister|Elmar Mammadyarov|Mammadyarov|2004-04-02|2020-07-16
AZ|Foreign Minister|Jeyhun Bayramov|Bayramov|2020-07-16|
KZ|Foreign Minister|Kassym-Jomart Tokayev|Tokayev|1994-10-13|1999-10-01
KZ|Foreign Minister|Kassym-Jomart Tokayev|Tokayev|2002-01-28|2007-01-10
KZ|Foreign Minister|Erlan Idrissov|Idrissov|2012-09-28|2016-12-28
KZ|Foreign Minister|Kairat Abdrakhmanov|Abdrakhmanov|2016-12-28|2018-12-18
KZ|Foreign Minister|Beibut Atamkulov|Atamkulov|2018-12-18|2019-09-18
KZ|Foreign Minister|Mukhtar Tileuberdi|Tileuberdi|2019-09-18|2023-04-03
KZ|Foreign Minister|Murat Nurtleu|Nurtleu|2023-04-03|2025-09-26
KZ|Foreign Minister|Yermek Kosherbayev|Kosherbayev|2025-09-26|
BY|Foreign Minister|Vladimir Makei|Makei|2012-08-20|2022-11-26
BY|Foreign Minister|Sergei Aleinik|Aleinik|2022-12-13|2024-06-27
BY|Foreign Minister|Maksim Ryzhenkov|Ryzhenkov|2024-06-27|
UZ|Foreign Minister|Abdulaziz Kamilov|Kamilov|2012-02-01|2022-04-01
UZ|Foreign Minister|Vladimir Norov|Norov|2022-05-01|2022-12-30
UZ|Foreign Minister|Bakhtiyor Saidov|Saidov|2022-12-30|
IS|Foreign Minister|Guðlaugur Þór Þórðarson|Þórðarson|2017-01-11|2021-11-28
IS|Foreign Minister|Þórdís Kolbrún Reykfjörð Gylfadóttir|Gylfadóttir|2021-11-28|2023-10-14
IS|Foreign Minister|Bjarni Benediktsson|Benediktsson|2023-10-14|2024-04-09
IS|Foreign Minister|Þórdís Kolbrún Reykfjörð Gylfadóttir|Gylfadóttir|2024-04-09|2024-12-21
IS|Foreign Minister|Þorgerður Katrín Gunnarsdóttir|Gunnarsdóttir|2024-12-21|
IR|Foreign Minister|Kamal Kharazi|Kharazi|1997-08-20|2005-08-24
IR|Foreign Minister|Manouchehr Mottaki|Mottaki|2005-08-24|2010-12-13
IR|Foreign Minister|Ali Akbar Salehi|Salehi|2010-12-13|2013-08-15
IR|Foreign Minister|Mohammad Javad Zarif|Zarif|2013-08-15|2021-08-25
IR|Foreign Minister|Hossein Amir-Abdollahian|Amir-Abdollahian|2021-08-25|2024-05-19
IR|Foreign Minister|Ali Bagheri Kani|Bagheri|2024-05-19|2024-08-21
IR|Foreign Minister|Abbas Araghchi|Araghchi|2024-08-21|
IQ|Foreign Minister|Hoshyar Zebari|Zebari|2003-09-03|2014-07-11
IQ|Foreign Minister|Ibrahim al-Jaafari|Jaafari|2014-09-08|2018-10-25
IQ|Foreign Minister|Mohammed Ali al-Hakim|Hakim|2018-10-25|2020-06-06
IQ|Foreign Minister|Fuad Hussein|Fuad Hussein|2020-06-06|2026-01-01
EG|Foreign Minister|Amr Moussa|Moussa|1991-05-20|2001-05-14
EG|Foreign Minister|Ahmed Maher|Maher|2001-05-14|2004-07-14
EG|Foreign Minister|Ahmed Aboul Gheit|Aboul Gheit|2004-07-14|2011-03-07
EG|Foreign Minister|Nabil Elaraby|Elaraby|2011-03-07|2011-07-01
EG|Foreign Minister|Mohamed Kamel Amr|Kamel Amr|2011-07-18|2013-07-16
EG|Foreign Minister|Nabil Fahmy|Fahmy|2013-07-16|2014-06-17
EG|Foreign Minister|Sameh Shoukry|Shoukry|2014-06-17|2024-07-03
EG|Foreign Minister|Badr Abdelatty|Abdelatty|2024-07-03|
JO|Foreign Minister|Nasser Judeh|Judeh|2009-02-23|2017-01-15
JO|Foreign Minister|Ayman Safadi|Safadi|2017-01-15|
AE|Foreign Minister|Abdullah bin Zayed Al Nahyan|Abdullah bin Zayed|2006-02-09|
QA|Foreign Minister|Hamad bin Jassim bin Jaber Al Thani|Hamad bin Jassim|1992-09-01|2013-06-26
QA|Foreign Minister|Khalid bin Mohammad Al Attiyah|Attiyah|2013-06-26|2016-01-27
QA|Foreign Minister|Mohammed bin Abdulrahman Al Thani|Mohammed bin Abdulrahman|2016-01-27|
KW|Foreign Minister|Sabah Al-Ahmad Al-Jaber Al-Sabah|Sabah|1963-01-28|2003-07-14
KW|Foreign Minister|Mohammad Sabah Al-Salem Al-Sabah|Mohammad Sabah|2003-07-14|2011-10-18
KW|Foreign Minister|Sabah Khalid Al-Hamad Al-Sabah|Sabah Khalid|2011-10-18|2019-12-17
KW|Foreign Minister|Ahmad Nasser Al-Mohammad Al-Sabah|Ahmad Nasser|2019-12-17|2022-10-16
KW|Foreign Minister|Salem Abdullah Al-Jaber Al-Sabah|Salem Abdullah|2022-10-16|2024-01-17
KW|Foreign Minister|Abdullah Ali Al-Yahya|Al-Yahya|2024-01-17|2026-02-01
KW|Foreign Minister|Jarrah Jaber Al-Ahmad Al-Sabah|Jarrah Jaber|2026-02-01|
OM|Foreign Minister|Yusuf bin Alawi bin Abdullah|bin Alawi|2000-01-01|2020-08-18
OM|Foreign Minister|Badr bin Hamad Albusaidi|Albusaidi|2020-08-18|
BH|Foreign Minister|Mohammed bin Mubarak Al Khalifa|Mohammed bin Mubarak|1971-08-15|2005-09-26
BH|Foreign Minister|Khalid bin Ahmed Al Khalifa|Khalid bin Ahmed|2005-09-26|2020-02-11
BH|Foreign Minister|Abdullatif bin Rashid Al Zayani|Zayani|2020-02-11|
MA|Foreign Minister|Mohamed Benaissa|Benaissa|2000-01-01|2007-10-15
MA|Foreign Minister|Taieb Fassi Fihri|Fassi Fihri|2007-10-15|2012-01-03
MA|Foreign Minister|Saad-Eddine El Othmani|Othmani|2012-01-03|2013-10-10
MA|Foreign Minister|Salaheddine Mezouar|Mezouar|2013-10-10|2017-04-05
MA|Foreign Minister|Nasser Bourita|Bourita|2017-04-05|2026-09-01
DZ|Foreign Minister|Abdelaziz Belkhadem|Belkhadem|2000-08-26|2005-05-01
DZ|Foreign Minister|Mohammed Bedjaoui|Bedjaoui|2005-05-01|2007-06-04
DZ|Foreign Minister|Mourad Medelci|Medelci|2007-06-04|2013-09-11
DZ|Foreign Minister|Ramtane Lamamra|Lamamra|2013-09-11|2017-05-25
DZ|Foreign Minister|Abdelkader Messahel|Messahel|2017-05-25|2019-03-11
DZ|Foreign Minister|Ramtane Lamamra|Lamamra|2019-03-11|2019-03-31
DZ|Foreign Minister|Sabri Boukadoum|Boukadoum|2019-03-31|2021-07-07
DZ|Foreign Minister|Ramtane Lamamra|Lamamra|2021-07-07|2023-03-16
DZ|Foreign Minister|Ahmed Attaf|Attaf|2023-03-16|
NG|Foreign Minister|Geoffrey Onyeama|Onyeama|2015-11-11|2023-05-29
NG|Foreign Minister|Yusuf Tuggar|Tuggar|2023-08-21|
KE|Foreign Minister|Amina Mohamed|Amina Mohamed|2013-05-15|2018-01-26
KE|Foreign Minister|Monica Juma|Monica Juma|2018-01-26|2020-01-14
KE|Foreign Minister|Raychelle Omamo|Omamo|2020-01-14|2022-10-27
KE|Foreign Minister|Alfred Mutua|Mutua|2022-10-27|2023-10-04
KE|Foreign Minister|Musalia Mudavadi|Mudavadi|2023-10-04|
ET|Foreign Minister|Seyoum Mesfin|Seyoum|2000-01-01|2010-10-29
ET|Foreign Minister|Hailemariam Desalegn|Hailemariam|2010-10-29|2012-11-29
GH|Foreign Minister|Shirley Ayorkor Botchwey|Botchwey|2017-02-01|2025-01-07
GH|Foreign Minister|Samuel Okudzeto Ablakwa|Ablakwa|2025-02-01|
CL|Foreign Minister|Alfredo Moreno|Moreno|2010-03-11|2014-03-11
CL|Foreign Minister|Heraldo Muñoz|Heraldo Muñoz|2014-03-11|2018-03-11
CL|Foreign Minister|Roberto Ampuero|Ampuero|2018-03-11|2019-06-13
CL|Foreign Minister|Teodoro Ribera|Teodoro Ribera|2019-06-13|2020-07-28
CL|Foreign Minister|Andrés Allamand|Allamand|2020-07-28|2022-03-11
CL|Foreign Minister|Antonia Urrejola|Urrejola|2022-03-11|2023-03-10
CL|Foreign Minister|Alberto van Klaveren|van Klaveren|2023-03-10|2026-03-11
CO|Foreign Minister|María Ángela Holguín|Holguín|2010-08-07|2018-08-07
CO|Foreign Minister|Carlos Holmes Trujillo|Holmes Trujillo|2018-08-07|2019-11-12
CO|Foreign Minister|Claudia Blum|Claudia Blum|2019-11-12|2021-05-13
CO|Foreign Minister|Marta Lucía Ramírez|Marta Lucía Ramírez|2021-05-13|2022-08-07
CO|Foreign Minister|Álvaro Leyva|Leyva|2022-08-07|2024-01-01
CU|Foreign Minister|Felipe Pérez Roque|Pérez Roque|1999-05-28|2009-03-02
CU|Foreign Minister|Bruno Rodríguez Parrilla|Rodríguez|2009-03-02|
VE|Foreign Minister|Nicolás Maduro|Maduro|2006-08-09|2013-01-15
VE|Foreign Minister|Elías Jaua|Jaua|2013-01-15|2014-09-02
VE|Foreign Minister|Delcy Rodríguez|Delcy Rodríguez|2014-12-26|2017-06-21
VE|Foreign Minister|Jorge Arreaza|Arreaza|2017-08-02|2021-08-19
VE|Foreign Minister|Félix Plasencia|Plasencia|2021-08-19|2022-01-01
FJ|Foreign Minister|Frank Bainimarama|Bainimarama|2020-04-16|2022-12-24
FJ|Foreign Minister|Sitiveni Rabuka|Rabuka|2022-12-24|
"""

# The words a role uses for each office (a role may name the office another way).
_OFFICE_WORDS: dict[str, re.Pattern[str]] = {
    "President": re.compile(r"^(?:.*\s)?President\b(?! of the European)", re.I),
    "Vice President": re.compile(r"\bVice[- ]President\b", re.I),
    "Prime Minister": re.compile(
        r"\b(?:Prime Minister|PM|President of the (?:Council of "
        r"Ministers|Government))\b",
        re.I,
    ),
    "Premier": re.compile(r"\bPremier\b", re.I),
    "Chancellor": re.compile(r"\bChancellor\b", re.I),
    "Taoiseach": re.compile(r"\bTaoiseach\b", re.I),
    "Emir": re.compile(r"\b(?:Emir|Amir)\b", re.I),
    "King": re.compile(r"\bKing\b|\bCustodian of the Two Holy Mosques\b", re.I),
    # Brunei's Sultan is also its Prime Minister.
    "Sultan": re.compile(r"\bSultan\b|\bPrime Minister\b", re.I),
    "State Counsellor": re.compile(r"\bState Counsell?or\b", re.I),
    "Chief Adviser": re.compile(r"\bChief Advis[eo]r\b", re.I),
    "Crown Prince": re.compile(r"\bCrown Prince\b|\bPrime Minister\b", re.I),
    "Secretary of State": re.compile(r"\bSecretary(?: of State)?\b", re.I),
    "Foreign Secretary": re.compile(
        r"\b(?:Foreign|External Affairs) (?:Secretary|Minister)\b"
        r"|\bSecretary of State for Foreign",
        re.I,
    ),
    # Also "Foreign Affairs Minister", Mexico's and the Philippines' "Foreign Secretary" /
    # "Secretary of Foreign Affairs", South Africa's "Minister of International Relations".
    "Foreign Minister": re.compile(
        r"\b(?:Foreign|External)(?: Affairs)? (?:Minister|Secretary)\b"
        r"|\b(?:Minister|Secretary) (?:of|for) (?:Foreign|External) "
        r"(?:Affairs|Relations)\b|\bMinister (?:of|for) International "
        r"Relations\b|\bFM\b"
        # A bare "Secretary Manalo" (the Philippines), "Cabinet Secretary Omamo" (Kenya).
        r"|^(?:Cabinet )?Secretary$",
        re.I,
    ),
    "President of the European Commission": re.compile(r"\bPresident\b|\bCommission", re.I),
    "President of the European Council": re.compile(r"\bPresident\b|\bCouncil", re.I),
    "High Representative": re.compile(r"\bHigh Representative\b|\bVice[- ]President", re.I),
}


# Roles of the kinds of office in the table; other roles ("Senator") leave the name open.
_KNOWN_ROLE = re.compile(
    r"\b(?:President|Prime Minister|PM|Premier|Chancellor|Taoiseach|Emir"
    r"|Crown Prince|King|Sultan|State Counsell?or|Chief Advis[eo]r"
    r"|Amir|Secretary|Foreign Minister|Minister (?:of|for) (?:Foreign"
    r"|External) Affairs|High Representative)\b",
    re.I,
)


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
        out.append(
            Holder(
                country,
                office,
                name,
                family,
                dt.date.fromisoformat(start),
                dt.date.fromisoformat(end) if end else None,
            )
        )
    return tuple(out)


@cache
def folded_names() -> tuple[tuple[str, Holder], ...]:
    """Every term with its holder's full name folded (" ".join of words, no accents)."""
    return tuple((fold(h.name), h) for h in holders())


def holder(country: str, office: str, date: dt.date) -> Holder | None:
    """Who held the office of the country on the date; None when the table does not say."""
    found = [
        h for h in holders() if h.country == country and h.office == office and h.held_on(date)
    ]
    return found[0] if len(found) == 1 else None


# The short forms of given names that readouts use ("Vice President Joe Biden" is the
# table's "Joseph R. Biden, Jr.").
_SHORT_NAMES = {
    "joe": "joseph",
    "bill": "william",
    "will": "william",
    "tony": "anthony",
    "mike": "michael",
    "jim": "james",
    "bob": "robert",
    "dick": "richard",
    "tom": "thomas",
    "ben": "benjamin",
    "nick": "nicholas",
    "steve": "stephen",
    "dan": "daniel",
    "ed": "edward",
    "chris": "christopher",
    "alex": "alexander",
    "andy": "andrew",
    "pete": "peter",
    "matt": "matthew",
    "liz": "elizabeth",
    "kate": "katherine",
    "jack": "john",
}


# A short form of two full names: "Tony" is "Anthony" and "Antony" (Blinken).
_OTHER_FULL = {"tony": "antony", "alex": "alexandre", "chris": "christophe"}


def in_office(name: str, role: str, country: str, date: dt.date) -> Holder | None:
    """The holder of the office a role names, in that country on that day, when a one-word
    name is theirs ("Emir of Qatar" Tamim is Tamim bin Hamad Al Thani; "King" Abdullah of
    Jordan in 2004 is Abdullah II)."""
    word = fold(name)
    if not word or " " in word or not country:
        return None
    for office, words in _OFFICE_WORDS.items():
        if not words.search(role):
            continue
        found = holder(country, office, date)
        if found is not None and word in (fold(found.name).split()[0], fold(found.family)):
            return found
    return None


_JUNIOR_ROLE = re.compile(
    r"\b(?:Deputy|Vice(?! President| Premier| Chancellor)|Under|Assistant|Acting|Associate"
    r"|Junior|Special|Minister of State"
    r"|State Minister|Parliamentary|Envoy|Ambassador|Spokes\w+)\b",
    re.I,
)


def someone_else_held(country: str, role: str, date: dt.date, name: str) -> bool:
    """The table says others held the offices the role names in that country on the day,
    and none of them is the person named ("Vice President Adil Abd al-Mahdi" is not the
    United States' in 2010)."""
    if not role or not name or _JUNIOR_ROLE.search(role):
        return False  # a deputy's or an under-secretary's office is not in the table
    found = [
        h
        for office, words in _OFFICE_WORDS.items()
        if words.search(role) and (h := holder(country, office, date)) is not None
    ]
    said = fold(name).split()
    return bool(found) and not any(_names_match(name, h) or fold(h.family) in said for h in found)


def out_of_office(name: str, role: str, date: dt.date) -> bool:
    """The table holds the person in the office the role names, and not on that day
    ("Secretary of State Marco Rubio" on 2 January 2024)."""
    if not role or not _KNOWN_ROLE.search(role) or _JUNIOR_ROLE.search(role):
        return False
    terms = [h for h in holders() if _names_match(name, h) and _OFFICE_WORDS[h.office].search(role)]
    return bool(terms) and not any(h.held_on(date) for h in terms)


def in_no_office(name: str, date: dt.date) -> bool:
    """The table knows one person by the name, in offices none of which they held that day
    ("Yang Jiechi", foreign minister to 2013, in 2018)."""
    terms = [h for h in holders() if _names_match(name, h)]
    return (
        len({(h.country, fold(h.name)) for h in terms}) == 1
        and len(fold(name).split()) >= 2
        and not any(h.held_on(date) for h in terms)
    )


def _old_spelling(words: list[str]) -> list[str]:
    """Names in Indonesia's spelling before 1972, as they are still written: "Soeharto" is
    "Suharto", "Soekarnoputri" "Sukarnoputri"."""
    return [w.replace("oe", "u").replace("dj", "j").replace("tj", "c") for w in words]


def _one_edit(a: str, b: str) -> bool:
    """The words differ by one letter added, dropped or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


MIN_TRANSLITERATED = 7  # a family name this long may be spelled one letter apart
MIN_TRANSLITERATED_ALONE = 8  # ... even without the given name beside it


def _transliterated(words: list[str], family: str, given: list[str]) -> list[str]:
    """The words with a family name spelled one letter apart from the table's, as names
    from other scripts are ("Mirziyoev" for "Mirziyoyev", "Tokaev" for "Tokayev"), read as
    the table's: only a long name, and a shorter one only beside the holder's given name."""
    if len(family) < MIN_TRANSLITERATED or family[0] not in {w[:1] for w in words}:
        return words
    alone = len(family) >= MIN_TRANSLITERATED_ALONE
    if not alone and not any(g in words for g in given):
        return words
    return [family if w[:1] == family[0] and _one_edit(w, family) else w for w in words]


def _names_match(name: str, h: Holder) -> bool:
    words = fold(name).split()
    family = fold(h.family).split()
    n = len(family)
    if h.country == "ID":
        words = _old_spelling(words)
    if n == 1 and family[0] not in words:
        words = _transliterated(words, family[0], fold(h.name).split()[:-1])
    if not any(words[i : i + n] == family for i in range(len(words) - n + 1)):
        # "Cristina Fernández" is "Cristina Fernández de Kirchner": the name before "de"
        full = fold(h.name).split()
        first_family = full[full.index("de") - 1 : full.index("de")] if "de" in full[1:] else []
        if not first_family or first_family[0] not in words:
            return False
        family = first_family
    known = set(fold(h.name).split())
    called = known | {
        short
        for short, full in _SHORT_NAMES.items()
        if full in known or _OTHER_FULL.get(short) in known
    }
    rest = [
        w
        for i, w in enumerate(words)
        if w not in family and len(w) > 1 and w not in ("jr", "sr", "the", "mr", "ms", "dr")
    ]
    # "Lee Hsien Loong" is not "Lee Myung-bak": other words must be the holder's own, unless
    # the name holds the holder's whole name and more ("Joseph Kabila Kabange").
    return all(w in called for w in rest) or (len(known) >= 2 and known <= set(words))


def _in_office_by_family(name: str, role: str, date: dt.date) -> list[Holder]:
    """The one holder of the office a role names on the day whose family name ends the
    name (or opens it, in the order the table writes it), whatever the given names: "Foreign
    Minister Makhdoom Shah Mahmood Qureshi" on a day Shah Mehmood Qureshi held it (spellings
    and honorifics differ)."""
    words = fold(name).split()
    found = [
        h
        for h in holders()
        if h.held_on(date)
        and _OFFICE_WORDS[h.office].search(role)
        and (family := fold(h.family).split())
        and len(words) > len(family)
        and (
            words[-len(family) :] == family
            # ("Ban Gi-moon" on a day Ban Ki-moon held it: the family name first, as the
            # table writes his name too)
            or (words[: len(family)] == family == fold(h.name).split()[: len(family)])
        )
    ]
    return found if len({h.country for h in found}) == 1 else []


def known_person(name: str, role: str = "", date: dt.date | None = None) -> Holder | None:
    """The office holder a name (and role, and date) points to, when exactly one fits."""
    found = [h for h in holders() if _names_match(name, h)]
    if role and _KNOWN_ROLE.search(role):
        # A role the table knows must fit: "Prime Minister Tusk" is not the Council's Tusk.
        found = [h for h in found if _OFFICE_WORDS[h.office].search(role)]
        if not found and date is not None:
            found = _in_office_by_family(name, role, date)
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
