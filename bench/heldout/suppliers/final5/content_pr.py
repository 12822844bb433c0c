"""Press-release distributor dumps of corpus final5 (all issuers, people, figures and quotes invented)."""
from markup import parse


def pr_prtimes():
    """prtimes.jp release pages (two English, one Japanese) with Japanese page furniture."""
    return parse(r"""
PR TIMES　プレスリリース・ニュースリリース配信サービス
ログイン | 新規登録 | メディアユーザー登録 | English
トップ > 株式会社ハナミ製作所 > プレスリリース
株式会社ハナミ製作所のプレスリリース
#D kind=press_release
#D source=PR TIMES
#D source_aliases=["PR TIMES", "PR Times", "prtimes.jp"]
#D published_date=2026-01-15
#T Hanami Seisakusho Launches Compact Heat Pump Dryer for Small Laundries in Southeast Asia
#M source_aliases+=Hanami Seisakusho
#M external_id=000000014.000087421
#M dateline=OSAKA, Japan, January 15, 2026
2026年1月15日 10時00分
株式会社ハナミ製作所

#P OSAKA, Japan, January 15, 2026 -- Hanami Seisakusho Co., Ltd. (Head office: Higashiosaka, Osaka; President: Kenji Morimoto) today announced the HD-40 Compact, a heat pump tumble dryer designed for small commercial laundries, which will go on sale in Vietnam, Thailand and Malaysia in March 2026.

#C The HD-40 Compact heat pump dryer

#P The HD-40 Compact dries a 12-kilogram load using about 45 percent less electricity than a conventional gas-heated dryer of the same size, according to the company's own tests. It needs no exhaust duct and can be installed in shophouses where ventilation is limited.

#P "Many laundries in the region operate in narrow buildings with very high electricity costs," said Morimoto. "We designed this machine for them, not for large hotels."

#P The dryer will be sold through local distributors at a suggested price of 6,800 US dollars.

#P About Hanami Seisakusho
#+ Founded in 1962, Hanami Seisakusho manufactures commercial laundry equipment and industrial heat exchangers. It employs 410 people and exports to 23 countries.

#P Media contact
#+ Public Relations Office, Hanami Seisakusho Co., Ltd.
#+ Email: pr@hanami-ss.example
#+ Tel: +81-6-5555-0142

このプレスリリースの素材
画像ファイル (2) | ダウンロード
種類　商品サービス
ビジネスカテゴリ　家電 / 機械・産業機器
キーワード　乾燥機 / ヒートポンプ / 東南アジア
https://prtimes.jp/main/html/rd/p/000000014.000087421.html
シェア | ポスト | LINE | はてな

トップ > 株式会社ミドリ農園 > プレスリリース
株式会社ミドリ農園のプレスリリース
#T 規格外の野菜を使った冷凍スープ「まるごと畑」シリーズを1月20日から全国のスーパーで販売開始
#M source_aliases+=ミドリ農園
#M external_id=000000031.000054190
#M dateline=null
2026年1月15日 11時00分
株式会社ミドリ農園
〜 年間約40トンの規格外野菜を活用、食品ロス削減を目指す 〜

#P 株式会社ミドリ農園（本社：長野県松本市、代表取締役：小林 直樹）は、形や大きさが規格に合わず出荷できなかった野菜を使った冷凍スープ「まるごと畑」シリーズ3品を、2026年1月20日（火）から全国のスーパーマーケット約1,200店舗で販売します。

#C 「まるごと畑」シリーズ（左からミネストローネ、かぼちゃのポタージュ、根菜の和風スープ）

#P 同社が契約する長野県内の農家約60軒では、毎年収穫量の1割前後が規格外として廃棄されてきました。新シリーズでは、これらの野菜を自社工場で加工し、年間約40トンの活用を見込んでいます。

#P 価格はいずれも1袋（2人前）398円（税込）です。

#P 【会社概要】
#+ 会社名：株式会社ミドリ農園
#+ 所在地：長野県松本市島立2-1-5
#+ 代表者：代表取締役 小林 直樹
#+ 設立：2009年4月

#P 【本件に関するお問い合わせ先】
#+ 株式会社ミドリ農園　広報担当：山田
#+ TEL：0263-55-0198　E-mail：info@midori-noen.example

このプレスリリースの素材
種類　商品サービス
ビジネスカテゴリ　食品・飲料
https://prtimes.jp/main/html/rd/p/000000031.000054190.html

トップ > Kiryu Data Systems株式会社 > プレスリリース
#T Kiryu Data Systems Opens Data Centre in Johor to Serve Japanese Manufacturers in Malaysia
#M source_aliases+=Kiryu Data Systems
#M external_id=000000007.000112835
#M dateline=TOKYO, January 15, 2026
2026年1月15日 14時30分
Kiryu Data Systems株式会社

#P TOKYO, January 15, 2026 -- Kiryu Data Systems Inc. today opened a 12-megawatt data centre in Johor, Malaysia, its first facility outside Japan, aimed at Japanese manufacturers running factories in the Iskandar region.

#P The facility offers Japanese-language support around the clock and a dedicated network link to the company's Tokyo and Osaka sites. Chief executive Aya Nishimura said 14 customers had signed contracts before opening.

#P About Kiryu Data Systems
#+ Kiryu Data Systems Inc. operates data centres and managed cloud services for industrial companies. It was founded in 2011 and is headquartered in Chiyoda, Tokyo.

https://prtimes.jp/main/html/rd/p/000000007.000112835.html
PR TIMESのプレスリリースをそのまま掲載しています。内容に関するお問い合わせは発表元にお願いします。
© PR TIMES Inc. All Rights Reserved.
""")


def pr_pressebox_responsesource():
    """PresseBox (one German, one English release page) and ResponseSource Press Release Wire pages."""
    return parse(r"""
PresseBox - Pressemitteilungen, Fachartikel und Events
Pressemitteilungen | Unternehmen | Themen | Events | Login
Pressemitteilung BoxID: 1298734
#D kind=press_release
#D source=PresseBox
#D source_aliases=["PresseBox", "pressebox", "pressebox.de"]
#D published_date=2026-01-15
Müller Fördertechnik GmbH
Carl-Benz-Str. 12, 71634 Ludwigsburg, Deutschland
Ansprechpartner: Frau Katrin Weidner, +49 7141 5550-12
#T Müller Fördertechnik liefert fahrerlose Transportsysteme an Bäckereikette
#M source_aliases+=Müller Fördertechnik
#M external_id=1298734
#M dateline=Ludwigsburg, 15.01.2026
Zwölf Fahrzeuge übernehmen den Transport zwischen Backstube und Versand

#P (PresseBox) (Ludwigsburg, 15.01.2026) Die Müller Fördertechnik GmbH hat zwölf fahrerlose Transportfahrzeuge an die Bäckereikette Kornhaus Stähle ausgeliefert. Die Fahrzeuge bringen seit Anfang Januar Teigwaren und Backbleche zwischen Produktion, Kühlhaus und Versand im neuen Werk in Backnang.

#C Ein fahrerloses Transportfahrzeug im Werk Backnang (Bildquelle: Müller Fördertechnik GmbH)

#P „Unsere Mitarbeiter schieben nachts keine Wagen mehr durch die Halle, sondern kümmern sich um die Qualität", sagt Produktionsleiter Jörg Stähle. Die Anlage läuft im Dreischichtbetrieb.

#P Über Müller Fördertechnik GmbH
#+ Die Müller Fördertechnik GmbH entwickelt seit 1994 Förder- und Transportsysteme für die Lebensmittelindustrie. Das Unternehmen beschäftigt 160 Mitarbeiter in Ludwigsburg.

#P Firmenkontakt und Herausgeber der Meldung:
#+ Müller Fördertechnik GmbH
#+ Carl-Benz-Str. 12
#+ 71634 Ludwigsburg
#+ Telefon: +49 7141 5550-0
#+ http://www.mueller-foerdertechnik.example

Für die oben stehende Pressemitteilung ist allein der angegebene Herausgeber verantwortlich. Die Huber Verlag für Neue Medien GmbH übernimmt keine Haftung für deren Inhalt.
Pressemitteilung teilen: Facebook | LinkedIn | E-Mail

Press release BoxID: 1298902
Seewald Optics GmbH
Am Hafen 7, 24103 Kiel, Germany
#T Seewald Optics wins contract for harbour surveillance cameras in Gdańsk
#M source_aliases+=Seewald Optics
#M external_id=1298902
#M dateline=Kiel, 15.01.2026

#P (PresseBox) (Kiel, 15.01.2026) Seewald Optics GmbH will supply 64 long-range thermal cameras for the monitoring of the outer harbour of Gdańsk, the company announced today. Installation is planned for the second quarter of 2026.

#P Managing director Henrike Seewald said the order was the largest in the company's history. The cameras combine thermal and visible-light sensors and can detect small boats at a distance of up to eight kilometres.

#P Press contact:
#+ Lena Brandt
#+ Seewald Optics GmbH
#+ +49 431 5550-330
#+ presse@seewald-optics.example

The publisher indicated in each case is solely responsible for the press releases above, the event or job offer displayed, and the image and sound material displayed.

ResponseSource Press Release Wire
Home | Journalist Enquiries | Press Release Wire | Find a Journalist
#D source=ResponseSource
#D source_aliases=["ResponseSource", "ResponseSource Press Release Wire", "Response Source"]
#T Ashdown Pet Foods to build £18m plant in County Durham
#M source_aliases+=Ashdown Pet Foods
#M dateline=null
Press release from: Ashdown Pet Foods
Published: 15 Jan 2026 09:30
Sector: Business & Finance, Consumer

#P Ashdown Pet Foods is to build an £18 million production plant at Aycliffe Business Park in County Durham, creating 140 jobs when it opens in 2027.

#P The plant will make dry food for dogs and cats, largely from by-products supplied by food manufacturers in the North East. Managing director Claire Hepburn said the company had outgrown its current site in Yorkshire.

#P "We looked at eleven locations and chose Aycliffe because of the skills available and the road links," she said.

Ends

#P Notes to editors
#P Ashdown Pet Foods was founded in 2008 and supplies supermarkets and independent pet shops in the UK and Ireland.

#P For further information contact:
#+ Sam Okafor, Hillside Communications
#+ sam@hillside-comms.example | 0191 555 0177

Related sectors: Business & Finance | Consumer | Manufacturing
Copyright © ResponseSource. Press releases are published as supplied by the sender.

Press release from: Northgate Climbing Walls
Published: 15 Jan 2026 11:05
Sector: Leisure & Hobbies, Sport
#T Bristol climbing centre adds 'quiet hours' for neurodivergent climbers
#M source_aliases+=Northgate Climbing Walls
#M dateline=null

#P Northgate Climbing Walls will introduce weekly quiet sessions at its Bristol centre from 2 February, with music switched off, lights dimmed and numbers limited to 30 climbers.

#P The sessions were designed with a local autism charity. Centre manager Rhys Penhaligon said members had asked for calmer times to climb.

Ends

#P Notes to editors
#P Northgate Climbing Walls operates three indoor climbing centres in Bristol, Bath and Swindon.

#P Media contact: Rhys Penhaligon, rhys@northgateclimbing.example

Related sectors: Leisure & Hobbies | Sport
""")


def pr_prfire_prfree():
    """PR Fire release pages (summary, date and company lines, media contact) and a PRFree release."""
    return parse(r"""
PR Fire - Press Release Distribution
Home | Latest News | Submit Release | Pricing | Log in
Latest News > Technology
#D kind=press_release
#D source=PR Fire
#D source_aliases=["PR Fire", "PRFire", "prfire.co.uk"]
#D published_date=2026-01-15
#T Leeds software firm Ledgerline raises £4.2 million to expand payroll platform
#M source_aliases+=Ledgerline
#M dateline=null
Ledgerline will use the funding to hire 35 staff and launch in Ireland
15 January 2026 | Ledgerline Ltd | Technology, Finance

#P Leeds-based payroll software company Ledgerline has raised £4.2 million in a funding round led by Pennine Growth Partners, with participation from existing investors.

#P The company, which processes payroll for about 2,100 small businesses, plans to hire 35 engineers and support staff in Leeds over the next year and to launch its service in Ireland in the spring.

#P "Small employers spend hours every month on payroll that should take minutes," said co-founder and chief executive Priya Lakhani-Ross. "This investment lets us reach many more of them."

#P About Ledgerline
#+ Ledgerline was founded in 2019 and provides cloud payroll and pensions software for businesses with up to 250 employees.

#P Media Contact
#+ Tom Ainsworth
#+ press@ledgerline.example
#+ 0113 555 0190

Tags: Funding, Payroll, Leeds, SaaS
Share this release: Facebook | X | LinkedIn

Latest News > Health
#T Cornwall care provider trials acoustic monitoring to reduce night-time falls
#M source_aliases+=Kernow Care Homes
#M dateline=null
Pilot across four homes cut unwitnessed falls by a third
15 January 2026 | Kernow Care Homes | Health, Care

#P Kernow Care Homes has reported a fall of about a third in unwitnessed night-time falls during a six-month trial of acoustic monitoring at four of its homes in Cornwall.

#P The system listens for sounds such as a resident getting out of bed and alerts staff, without cameras in bedrooms. Operations director Gwen Trewhella said staff had been sceptical at first but now preferred it to hourly room checks.

#P About Kernow Care Homes
#+ Kernow Care Homes is a family-owned group running nine residential and nursing homes in Cornwall.

#P Media Contact
#+ Gwen Trewhella
#+ gwen.trewhella@kernowcare.example

Tags: Care homes, Falls prevention, Cornwall

PRFree.org - Free Press Release Distribution
Home > Business > Press Release
#D source=PRFree
#D source_aliases=["PRFree", "PRFree.org", "PR Free"]
#T Galway seafood processor opens second smokehouse to meet export demand
#M source_aliases+=Atlantic Smokehouse
#M dateline=Galway, Ireland, January 15, 2026
Posted by: Atlantic Smokehouse | January 15, 2026

#P (PRFree) – Galway, Ireland, January 15, 2026 – Atlantic Smokehouse, a family-run seafood processor in Connemara, has opened a second smokehouse near Rossaveal harbour to keep up with orders from France, Germany and the Netherlands.

#P The new building doubles the company's capacity to 600 tonnes of smoked salmon and mackerel a year and has created 14 jobs. Owner Fionnuala Ní Fhlaithearta said export orders had grown every year since 2021.

#P Contact:
#+ Fionnuala Ní Fhlaithearta
#+ Atlantic Smokehouse, Rossaveal, Co. Galway
#+ sales@atlanticsmokehouse.example

Disclaimer: PRFree.org is not responsible for the content of press releases published on this site.
""")


def pr_wiredrelease_notified():
    """Wired Release pages (dateline with distributor tag) and a Notified company newsroom page."""
    return parse(r"""
Wired Release
Business | Technology | Health | Lifestyle | Submit Press Release
#D kind=press_release
#D source=Wired Release
#D source_aliases=["Wired Release", "WiredRelease", "Wired Release Newsroom"]
#D published_date=2026-01-15
#T Singapore logistics start-up Portwise launches booking app for cross-border trucks
#M source_aliases+=Portwise
#M dateline=SINGAPORE, Jan. 15, 2026
January 15, 2026 | Wired Release | Technology

#P SINGAPORE, Jan. 15, 2026 (Wired Release) – Portwise, a Singapore logistics start-up, has launched an app that lets small freight forwarders book slots for trucks crossing between Singapore and Johor, aiming to cut queues at the Tuas checkpoint.

#P The app shows available slots at partner warehouses on both sides of the causeway and handles customs documents. Co-founder Marcus Tan said 120 forwarders had used it during a three-month pilot.

#P About Portwise
#+ Portwise Pte. Ltd. was founded in 2023 and develops software for regional land freight.

#P Media contact
#+ Portwise Pte. Ltd.
#+ Email: media@portwise.example

Source: Wired Release
Tags: logistics, Singapore, Johor, freight

#T Nairobi edtech company Somo Labs brings offline tutoring tablets to 300 schools
#M source_aliases+=Somo Labs
#M dateline=NAIROBI, Kenya, Jan. 15, 2026
January 15, 2026 | Wired Release | Education

#P NAIROBI, Kenya, Jan. 15, 2026 (Wired Release) – Somo Labs will supply tablets with offline mathematics and English lessons to 300 public primary schools in Kisumu and Kakamega counties under an agreement with the county governments.

#P The tablets store a full year of lessons and synchronise pupils' results when a connection is available. Chief executive Wanjiru Kamau said teachers would be trained during the school holidays.

#P Contact: Wanjiru Kamau, press@somolabs.example

Source: Wired Release

Notified Newsroom
Harbour & Crane plc | News | Media Library | Contacts
#D source=Notified
#D source_aliases=["Notified", "Notified Newsroom"]
#T Harbour & Crane completes sale of Felixstowe warehouse portfolio
#M source_aliases+=Harbour & Crane
#M dateline=LONDON, 15 January 2026
Jan 15, 2026 07:00 GMT

#P LONDON, 15 January 2026 – Harbour & Crane plc, the logistics property company, has completed the sale of three warehouses near Felixstowe to a pension fund for £96.5 million, slightly above their last valuation.

#P Chief executive Alistair Munro said the proceeds would be used to reduce debt and fund two developments in the Midlands.

#P Enquiries:
#+ Harbour & Crane plc, Investor Relations
#+ +44 20 5550 4410
#+ ir@harbourandcrane.example

Distributed by Notified on behalf of Harbour & Crane plc.
""")
