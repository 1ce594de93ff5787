#!/usr/bin/env python3
"""Build devset3/az: pdf/NAME.pdf + gold/NAME.gold.json + INDEX.tsv.

    python3 build.py            # all
    python3 build.py a3_04      # only names starting with a3_04

Every ad is invented (employers, people, phones, addresses, URLs).  Intermediate sources (HTML,
FODT, DOCX, XLSX, TeX, PNG) are written to src/build/.  Layout and scripts follow devset2/az.
Needs: chromium, LibreOffice Writer + Calc, XeLaTeX (koma-script), ghostscript, poppler-utils,
fonts-dejavu, fonts-liberation, fonts-noto (Noto Sans has the manat sign), fonts-noto-color-emoji;
python: python-docx, openpyxl, pillow, websocket-client.
"""
import html, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ad, main, BUILD
import mkpdf

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
DEJAVU = f"{FONT_DIR}/DejaVuSans.ttf"
DEJAVU_B = f"{FONT_DIR}/DejaVuSans-Bold.ttf"


def src(name, ext):
    return os.path.join(BUILD, name + "." + ext)


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def ul(items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


# =============================================================================================
# 1. rabota.az printout: facts list, meta line with ad number / views / dates, similar vacancies
RABOTA_CSS = """
body{font-family:'Liberation Sans','Noto Sans',Arial,sans-serif;font-size:12px;color:#222;margin:0}
.top{background:#0f4c81;color:#dce8f4;padding:8px 18px;font-size:11.5px;display:flex;align-items:center;gap:16px}
.top b{color:#fff;font-size:21px;margin-right:18px;letter-spacing:-0.5px}
.top .r{margin-left:auto}
.sub{background:#eef3f8;padding:6px 18px;font-size:10.5px;color:#567}
.wrap{display:flex;gap:18px;padding:8px 18px}
.main{flex:2.5}
.side{flex:1;font-size:10.5px}
.crumb{font-size:10px;color:#89a;margin:2px 0 6px}
h1{font-size:21px;margin:2px 0}
.co{font-size:13.5px;color:#0f4c81;margin-bottom:8px}
dl.f{display:grid;grid-template-columns:130px 1fr;gap:3px 8px;margin:0 0 8px;padding:8px;border:1px solid #dfe7ef;border-radius:4px}
dl.f dt{color:#678}
dl.f dd{margin:0;font-weight:bold}
.meta{font-size:10px;color:#789;border-top:1px dashed #cdd;border-bottom:1px dashed #cdd;padding:4px 0;margin:6px 0 8px}
h3{font-size:13px;margin:10px 0 3px;color:#0f4c81}
ul{margin:2px 0 5px 18px;padding:0} li{margin:1px 0}
.card{border:1px solid #e3e9ef;border-radius:4px;padding:6px 7px;margin:0 0 6px}
.card .s{color:#1a7f37;font-weight:bold}
.card .d{color:#99a;font-size:9.5px}
.btns span{display:inline-block;border:1px solid #0f4c81;color:#0f4c81;border-radius:3px;padding:2px 9px;margin-right:6px;font-size:10.5px}
.foot{font-size:9.5px;color:#99a;border-top:1px solid #e3e9ef;margin:14px 18px 0;padding-top:5px}
"""


@ad("a3_01_rabotaaz_muhasib_sumqayit",
    producer="Chromium 156 headless, DevTools Page.printToPDF with browser header/footer",
    style="rabota.az vacancy printout: blue site bar and search strip, facts list (Şəhər/Əmək haqqı/"
          "Təcrübə/Təhsil/Məşğulluq/İş qrafiki), meta line with 'Elanın nömrəsi', view counter, "
          "'Yerləşdirilib'/'Bitmə tarixi', right column 'Oxşar vakansiyalar' with other salaries",
    title="Mühasib", company="Xəzər Kimya Ticarət MMC", location="Sumqayıt",
    employment_type="full_time", workplace=None,
    salary={"min": 800, "max": 1200, "currency": "AZN", "period": "month"},
    experience_years={"min": 3, "max": None},
    education="Ali iqtisadi təhsil",
    skills=["1C:Mühasibatlıq 8.3", "MS Excel", "VLOOKUP", "e-taxes.gov.az", "MMUS"],
    email="hr@xezerkimya.az", phone="050 312 45 67", url="https://rabota.az/vacancy/584213",
    deadline="2026-12-28", posted="2026-11-28",
    key_phrases=["kimyəvi xammalın idxalı və topdan satışı ilə məşğul olan",
                 "Bank əməliyyatlarının 1C:Mühasibatlıq 8.3 proqramında əks etdirilməsi",
                 "Anbar qalıqlarının inventarizasiyasında iştirak",
                 "Rus dilini bilmək üstünlükdür",
                 "Bakıdan gələn işçilərə yol xərci ödənilir"],
    notes="rabota.az printout with Chrome header (print date, page title) and footer (URL, page x/y). "
          "'Əmək haqqı: 800-1200 AZN' -> 800..1200 AZN; no period written, monthly by board convention "
          "(judgement). 'Təcrübə: 3 ildən az olmayaraq' -> min 3, max null. 'Məşğulluq: Tam ştat' -> "
          "full_time; 'İş qrafiki: 09:00-18:00, 5/2' is the schedule. No ofis/uzaqdan statement -> "
          "workplace null. Location 'Şəhər: Sumqayıt' (the body adds 'Sumqayıt şəhəri, 2-ci sənaye "
          "zonası' - the facts field is kept). Education: facts say 'Ali', the requirement line says "
          "'Ali iqtisadi təhsil (mühasibat uçotu və audit, maliyyə)' -> trimmed to 'Ali iqtisadi "
          "təhsil'. 'Yerləşdirilib: 28.11.2026' -> posted; 'Bitmə tarixi: 28.12.2026' (listing end "
          "date) taken as deadline (judgement, as in devset2 boss.az). 'Elanın nömrəsi: 584213' and "
          "'Baxış sayı: 947' are board data. 'Oxşar vakansiyalar' (1 500 - 1 800 AZN, 650 AZN, "
          "Razılaşma yolu ilə, 700-900 AZN) and the 'Premium şirkətlər' box belong to other employers. "
          "Phone '050 312 45 67 (Leyla xanım)' is the application contact. 'Vergi Məcəlləsi' knowledge "
          "not listed as a skill; MMUS (national accounting standards) is.")
def a3_01(name, out):
    facts = [("Şəhər", "Sumqayıt"), ("Əmək haqqı", "800-1200 AZN"),
             ("Təcrübə", "3 ildən az olmayaraq"), ("Təhsil", "Ali"), ("Məşğulluq", "Tam ştat"),
             ("İş qrafiki", "09:00-18:00, 5/2"), ("Yaş", "25-45"), ("Kateqoriya", "Maliyyə / Mühasibatlıq")]
    fx = "".join(f"<dt>{k}:</dt><dd>{v}</dd>" for k, v in facts)
    sims = [("Baş mühasib", "Sumqayıt Tikinti Qrupu", "Sumqayıt", "1 500 - 1 800 AZN", "27.11.2026"),
            ("Mühasib-kassir", "Bərəkət Market", "Xırdalan", "650 AZN", "30.11.2026"),
            ("Mühasib", "AzTrans Logistics", "Bakı", "Razılaşma yolu ilə", "01.12.2026"),
            ("Köməkçi mühasib", "Günəş Aptek", "Sumqayıt", "700-900 AZN", "25.11.2026")]
    sh = "".join(f'<div class="card"><b>{t}</b><br>{c} · {ci}<br><span class="s">{s}</span>'
                 f'<div class="d">{d}</div></div>' for t, c, ci, s, d in sims)
    page = f"""<!doctype html><html lang="az"><head><meta charset="utf-8">
<title>Mühasib — Xəzər Kimya Ticarət MMC — Sumqayıt | rabota.az</title><style>{RABOTA_CSS}</style></head><body>
<div class="top"><b>rabota.az</b><span>Vakansiyalar</span><span>CV-lər</span><span>Şirkətlər</span>
<span>Təlimlər</span><span>Elan yerləşdir</span><span class="r">AZ | RU | EN &nbsp; Daxil ol</span></div>
<div class="sub">Vəzifə, açar söz... &nbsp;|&nbsp; Kateqoriya &nbsp;|&nbsp; Şəhər &nbsp;|&nbsp; Maaş, AZN &nbsp;|&nbsp; Tap</div>
<div class="wrap"><div class="main">
<div class="crumb">rabota.az › Vakansiyalar › Maliyyə › Mühasib</div>
<h1>Mühasib</h1><div class="co">Xəzər Kimya Ticarət MMC</div>
<dl class="f">{fx}</dl>
<div class="meta">Elanın nömrəsi: 584213 &nbsp;·&nbsp; Baxış sayı: 947 &nbsp;·&nbsp; Yerləşdirilib: 28.11.2026 &nbsp;·&nbsp; Bitmə tarixi: 28.12.2026</div>
<div class="btns"><span>Müraciət et</span><span>Yadda saxla</span><span>Paylaş</span><span>Şikayət et</span></div>
<h3>Vakansiya haqqında</h3>
<p>Sumqayıt şəhəri, 2-ci sənaye zonasında yerləşən və kimyəvi xammalın idxalı və topdan satışı ilə məşğul olan Xəzər Kimya Ticarət MMC mühasib vəzifəsinə işçi axtarır.</p>
<h3>Vəzifə öhdəlikləri</h3>
{ul(["İlkin mühasibat sənədlərinin (qaimə-faktura, akt, hesab-faktura) tərtibi və yoxlanılması;",
     "Bank əməliyyatlarının 1C:Mühasibatlıq 8.3 proqramında əks etdirilməsi;",
     "ƏDV və mənfəət vergisi bəyannamələrinin hazırlanması və e-taxes.gov.az portalı vasitəsilə təqdim edilməsi;",
     "Anbar qalıqlarının inventarizasiyasında iştirak;",
     "Aylıq idarəetmə hesabatlarının MS Excel-də hazırlanması."])}
<h3>Namizədə tələblər</h3>
{ul(["Ali iqtisadi təhsil (mühasibat uçotu və audit, maliyyə);",
     "Mühasib vəzifəsində 3 ildən az olmayaraq iş təcrübəsi;",
     "Vergi Məcəlləsini və Milli Mühasibat Uçotu Standartlarını (MMUS) bilmək;",
     "1C:Mühasibatlıq 8.3 və MS Excel (VLOOKUP, pivot cədvəllər) proqramlarında sərbəst işləmək;",
     "Rus dilini bilmək üstünlükdür."])}
<h3>İş şəraiti</h3>
{ul(["İş qrafiki: 09:00-18:00, 5/2;",
     "Rəsmi əmək müqaviləsi və tibbi sığorta;",
     "Nahar şirkət hesabına;",
     "Bakıdan gələn işçilərə yol xərci ödənilir."])}
<p>CV-ni mövzuda “Mühasib” qeyd etməklə hr@xezerkimya.az ünvanına göndərin. Əlaqə: 050 312 45 67 (Leyla xanım).</p>
</div><div class="side">
<b>Oxşar vakansiyalar</b><br><br>{sh}
<b>Premium şirkətlər</b><div class="card">Azər Qida · 14 vakansiya<br>NeftKimya Servis · 6 vakansiya</div>
</div></div>
<div class="foot">rabota.az — Azərbaycanda iş elanları · Reklam · İstifadə qaydaları · Məxfilik siyasəti · © 2011–2026</div>
</body></html>"""
    h = write(src(name, "html"), page)
    mkpdf.chrome_devtools(h, out, "02.12.2026, 10:14",
                          "Mühasib — Xəzər Kimya Ticarət MMC — Sumqayıt | rabota.az",
                          "https://rabota.az/vacancy/584213")



# =============================================================================================
# 2. Bank careers page (Karyera / Vakansiyalar), saved as PDF, then re-distilled by Ghostscript
BANK_CSS = """
@page{size:A4;margin:10mm 11mm}
body{font-family:'Noto Sans','DejaVu Sans',sans-serif;font-size:10.5px;color:#1f2430;margin:0;font-variant-ligatures:none}
.util{display:flex;gap:14px;font-size:9.5px;color:#6a7080;border-bottom:1px solid #e6e8ee;padding:3px 0}
.util .r{margin-left:auto}
.nav{display:flex;align-items:center;gap:16px;padding:7px 0;border-bottom:3px solid #b3123f}
.nav b{font-size:19px;color:#b3123f;margin-right:14px}
.nav .on{color:#b3123f;font-weight:bold;border-bottom:2px solid #b3123f}
.fx{font-size:9px;color:#555;background:#f6f7fa;padding:3px 6px;margin:5px 0}
.promo{background:linear-gradient(90deg,#b3123f,#e0456e);color:#fff;border-radius:6px;padding:7px 12px;margin:6px 0;font-size:11px}
.crumb{font-size:9px;color:#8a90a0;margin:6px 0}
.cols{display:flex;gap:14px}
.left{width:31%;font-size:9.8px}
.left h4{margin:0 0 5px;font-size:11.5px}
.vac{border:1px solid #e6e8ee;border-radius:5px;padding:5px 7px;margin-bottom:5px}
.vac.on{border-color:#b3123f;background:#fff3f6}
.vac span{color:#8a90a0;display:block;font-size:9px}
.right{flex:1}
h1{font-size:18px;margin:0 0 6px}
table.m{border-collapse:collapse;width:100%;margin-bottom:6px}
table.m td{border-bottom:1px solid #eceef3;padding:3px 5px;vertical-align:top}
table.m td.k{color:#6a7080;width:36%}
h3{font-size:12px;margin:9px 0 3px;color:#b3123f}
ul{margin:2px 0 4px 16px;padding:0}
.apply{display:inline-block;background:#b3123f;color:#fff;border-radius:4px;padding:4px 14px;font-weight:bold;margin:6px 0}
.small{font-size:8.8px;color:#6a7080;word-break:break-all}
.foot{margin-top:12px;border-top:1px solid #e6e8ee;padding-top:5px;font-size:8.8px;color:#7a8090}
"""


@ad("a3_02_bank_karyera_kredit_mutexessisi_lenkeran",
    producer="Chromium 156 headless --print-to-pdf --no-pdf-header-footer, re-distilled with "
             "Ghostscript pdfwrite (-dNEWPDF=false)",
    style="bank website 'Karyera' page saved as PDF and passed through a PDF printer (Ghostscript): "
          "bank menu with exchange-rate strip and a loan promo banner, left 'Açıq vakansiyalar' list "
          "with other positions, vacancy meta table, apply link with tracking parameters",
    title="Kredit mütəxəssisi (Lənkəran filialı)", company="Mərcan Bank ASC", location="Lənkəran",
    employment_type=None, workplace="onsite", salary=None,
    experience_years={"min": 1, "max": 3},
    education="Ali təhsil (iqtisadiyyat, maliyyə, bank işi)",
    skills=["Oracle Flexcube", "MS Excel", "Maliyyə hesabatlarının təhlili"],
    email="karyera@mercanbank.az", phone=None,
    url="https://mercanbank.az/az/karyera/muraciet?vacancy=KM-LNK-1126",
    deadline="2026-12-28", posted="2026-11-30",
    key_phrases=["Kiçik və orta biznes subyektlərinin kredit müraciətlərinin qəbulu",
                 "girov təminatının monitorinqi",
                 "Kredit portfelinin keyfiyyətinə nəzarət",
                 "Lənkəran, Astara və Masallı rayonlarında səfərlərə hazır olmaq",
                 "Yalnız müsahibə mərhələsinə keçən namizədlərlə əlaqə saxlanılacaq"],
    notes="Bank careers page saved without browser header/footer and re-distilled by Ghostscript (the "
          "PDF producer is GPL Ghostscript). 'Əmək haqqı: razılaşma yolu ilə' -> salary null; the promo "
          "banner 'Nağd kredit 30 000 ₼-dək, illik 11,9%-dən' and the USD/EUR exchange-rate strip are "
          "bank products, not pay. 'İş formatı: Ofisdə' -> onsite. No full/part-time statement -> "
          "employment_type null. 'Təcrübə: 1-3 il' -> 1..3. 'Şəhər: Lənkəran' -> location 'Lənkəran' "
          "(the head-office address in the footer, Bakı, Nəsimi rayonu, is not the place of work). "
          "'Dərc tarixi: 2026-11-30' -> posted, 'Son müraciət tarixi: 2026-12-28' -> deadline. url: "
          "the apply link is printed with utm_source/utm_medium; gold keeps the 'vacancy' parameter "
          "(identifies the job) and drops the tracking ones. Only the bank's call-centre number *1877 "
          "appears (site header/footer), not a vacancy contact -> phone null (judgement). The left "
          "list (Kassir-operator, Filial müdiri, IT təhlükəsizlik mütəxəssisi, Çağrı mərkəzi "
          "operatoru with 'uzaqdan') are other vacancies.")
def a3_02(name, out):
    vacs = [("Kassir-operator", "Bakı · Son tarix: 20.12.2026", False),
            ("Kredit mütəxəssisi (Lənkəran filialı)", "Lənkəran · Son tarix: 28.12.2026", True),
            ("Filial müdiri", "Şamaxı · Son tarix: 15.12.2026", False),
            ("IT təhlükəsizlik mütəxəssisi", "Bakı · Son tarix: 10.01.2027", False),
            ("Çağrı mərkəzi operatoru", "Bakı, uzaqdan · Son tarix: 31.12.2026", False)]
    vh = "".join(f'<div class="vac{" on" if on else ""}"><b>{t}</b><span>{d}</span></div>' for t, d, on in vacs)
    meta = [("Struktur bölmə", "Lənkəran filialı, Biznes kreditləşməsi şöbəsi"),
            ("Şəhər", "Lənkəran"), ("İş formatı", "Ofisdə"), ("Təcrübə", "1-3 il"),
            ("Əmək haqqı", "razılaşma yolu ilə"), ("Dərc tarixi", "2026-11-30"),
            ("Son müraciət tarixi", "2026-12-28"), ("Vakansiya kodu", "KM-LNK-1126")]
    mh = "".join(f'<tr><td class="k">{k}</td><td>{v}</td></tr>' for k, v in meta)
    apply_url = ("https://mercanbank.az/az/karyera/muraciet?vacancy=KM-LNK-1126"
                 "&amp;utm_source=linkedin&amp;utm_medium=social")
    page = f"""<!doctype html><html lang="az"><head><meta charset="utf-8">
<title>Karyera — Vakansiyalar | Mərcan Bank</title><style>{BANK_CSS}</style></head><body>
<div class="util"><span>Fərdi</span><span>Biznes</span><span>Özəl bankçılıq</span><span class="r">Çağrı mərkəzi *1877 &nbsp; AZ | EN | RU &nbsp; İnternet bankçılıq</span></div>
<div class="nav"><b>Mərcan Bank</b><span>Kreditlər</span><span>Kartlar</span><span>Depozitlər</span>
<span>Köçürmələr</span><span>Filiallar və bankomatlar</span><span class="on">Karyera</span></div>
<div class="fx">Valyuta məzənnələri (02.12.2026): USD 1.6990 / 1.7050 &nbsp; EUR 1.7810 / 1.8430 &nbsp; RUB 0.0189 / 0.0221</div>
<div class="promo"><b>Nağd kredit 30 000 ₼-dək, illik 11,9%-dən</b> — onlayn müraciət, 15 dəqiqəyə qərar</div>
<div class="crumb">Ana səhifə / Karyera / Vakansiyalar / Kredit mütəxəssisi (Lənkəran filialı)</div>
<div class="cols"><div class="left"><h4>Açıq vakansiyalar (5)</h4>{vh}
<p class="small">Vakansiyalara abunə ol — yeni elanlar e-poçtunuza göndəriləcək.</p></div>
<div class="right">
<h1>Kredit mütəxəssisi (Lənkəran filialı)</h1>
<table class="m">{mh}</table>
<h3>Əsas vəzifələr</h3>
{ul(["Kiçik və orta biznes subyektlərinin kredit müraciətlərinin qəbulu və ilkin qiymətləndirilməsi;",
     "Müştərinin biznesinin yerində öyrənilməsi, maliyyə hesabatlarının və pul axınlarının təhlili;",
     "Kredit komitəsi üçün təqdimatların hazırlanması;",
     "Verilmiş kreditlər və girov təminatının monitorinqi;",
     "Kredit portfelinin keyfiyyətinə nəzarət, gecikmələr üzrə müştərilərlə iş."])}
<h3>Tələblər</h3>
{ul(["Ali təhsil (iqtisadiyyat, maliyyə, bank işi);",
     "Bank və ya BOKT sektorunda kredit üzrə 1-3 il iş təcrübəsi;",
     "Maliyyə hesabatlarının təhlili və pul axınlarının proqnozlaşdırılması bacarığı;",
     "MS Excel (formullar, cədvəllər) biliyi; Oracle Flexcube sistemində iş təcrübəsi üstünlükdür;",
     "Lənkəran, Astara və Masallı rayonlarında səfərlərə hazır olmaq."])}
<h3>Biz təklif edirik</h3>
{ul(["Rəsmi əmək müqaviləsi və tibbi sığorta;",
     "Kredit portfelinin nəticələrinə görə rüblük mükafat;",
     "Güzəştli şərtlərlə bank məhsulları;",
     "Daxili təlim proqramları və karyera inkişafı."])}
<span class="apply">Müraciət et</span>
<p class="small">Müraciət linki: {apply_url}</p>
<p>Və ya CV-ni karyera@mercanbank.az ünvanına göndərin (mövzu: KM-LNK-1126). Yalnız müsahibə mərhələsinə keçən namizədlərlə əlaqə saxlanılacaq.</p>
</div></div>
<div class="foot">Mərcan Bank ASC · Baş ofis: Bakı şəhəri, Nəsimi rayonu, Bülbül prospekti 33 · Çağrı mərkəzi *1877 ·
Lisenziya № 211 · Azərbaycan Mərkəzi Bankı tərəfindən tənzimlənir · © 2026</div>
</body></html>"""
    h = write(src(name, "html"), page)
    raw = src(name, "chrome.pdf")
    mkpdf.chrome_cli(h, raw)
    mkpdf.gs_redistill(raw, out)
    os.remove(raw)


# =============================================================================================
# 3. State fund's regional office: paid internship notice, flat ODT -> LibreOffice Writer
FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{title}</dc:title><meta:initial-creator>{creator}</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Noto Serif" svg:font-family="'Noto Serif'"/>
 <style:font-face style:name="Noto Sans" svg:font-family="'Noto Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.12cm" fo:line-height="115%"/>
  <style:text-properties style:font-name="Noto Serif" fo:font-size="11pt" fo:language="az" fo:country="AZ"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Hdr" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
  <style:text-properties style:font-name="Noto Sans" fo:font-size="10pt" fo:font-weight="bold" fo:color="#1b3d6d"/>
 </style:style>
 <style:style style:name="HdrSmall" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:border-bottom="1.2pt solid #1b3d6d" fo:padding-bottom="0.1cm"/>
  <style:text-properties style:font-name="Noto Sans" fo:font-size="8pt"/>
 </style:style>
 <style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Big" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm"/>
  <style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:letter-spacing="0.06cm"/>
 </style:style>
 <style:style style:name="Sec" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Noto Sans" fo:font-size="11pt" fo:font-weight="bold" fo:color="#1b3d6d"/>
 </style:style>
 <style:style style:name="Just" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="Noto Sans" fo:font-size="7.5pt" fo:color="#666666"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <text:list-style style:name="Dash">
  <text:list-level-style-bullet text:level="1" text:bullet-char="–">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-0.5cm" fo:margin-left="1cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:list-style style:name="Num">
  <text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-0.5cm" fo:margin-left="1cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
  fo:margin-top="1.3cm" fo:margin-bottom="1.2cm" fo:margin-left="2.2cm" fo:margin-right="1.8cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="T1" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
 <style:style style:name="T1A" style:family="table-column"><style:table-column-properties style:column-width="5.2cm"/></style:style>
 <style:style style:name="T1B" style:family="table-column"><style:table-column-properties style:column-width="11.8cm"/></style:style>
 <style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #555555" fo:padding="0.1cm"/></style:style>
 <style:style style:name="TCK" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #555555" fo:padding="0.1cm" fo:background-color="#e9eef5"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="PL">
  <style:footer><text:p text:style-name="Foot">{footer}</text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""


def x(t):
    return html.escape(t, quote=False)


def fp(text, style="Standard"):
    return f'<text:p text:style-name="{style}">{text}</text:p>\n'


def flist(items, style="Dash"):
    return (f'<text:list text:style-name="{style}">' +
            "".join(f'<text:list-item><text:p text:style-name="Standard">{x(i)}</text:p></text:list-item>' for i in items)
            + "</text:list>\n")


def ftable(rows):
    out = ['<table:table table:name="Sertler" table:style-name="T1"><table:table-column table:style-name="T1A"/>'
           '<table:table-column table:style-name="T1B"/>']
    for k, v in rows:
        out.append(f'<table:table-row><table:table-cell table:style-name="TCK" office:value-type="string">'
                   f'<text:p text:style-name="Cell"><text:span text:style-name="B">{x(k)}</text:span></text:p></table:table-cell>'
                   f'<table:table-cell table:style-name="TC" office:value-type="string"><text:p text:style-name="Cell">{x(v)}</text:p>'
                   f'</table:table-cell></table:table-row>')
    out.append("</table:table>\n")
    return "".join(out)


@ad("a3_03_fodt_dovlet_fondu_tecrube_proqrami_naxcivan",
    producer="hand-written flat ODT (.fodt) -> LibreOffice 7.4 Writer (soffice --convert-to pdf)",
    style="state fund's regional office notice (DSMF style) of a paid internship programme: "
          "centred institution header with address rule, place/date line, spaced 'ELAN', numbered "
          "blue section heads, conditions table, dash and numbered lists, signature block, footer",
    title="Təcrübəçi (vətəndaş müraciətləri və sosial təminat üzrə)",
    company="Sosial Təminat və Pensiya Fondu Naxçıvan Regional İdarəsi",
    location="Naxçıvan şəhəri", employment_type="internship", workplace=None,
    salary={"min": 500, "max": 500, "currency": "AZN", "period": "month"},
    experience_years={"min": 0, "max": 0},
    education="Ali təhsil (bakalavr və ya magistr)",
    skills=["MS Word", "MS Excel", "PowerPoint"],
    email="tecrube.naxcivan@stpf.gov.az", phone="(036) 545-72-18",
    url="https://stpf.gov.az/tecrube-proqrami",
    deadline="2026-12-28", posted="2026-12-01",
    key_phrases=["“Gənc peşəkarlar” ödənişli təcrübə proqramına qəbul elan edir",
                 "Vətəndaşların qəbulu və müraciətlərin qeydiyyatında iştirak",
                 "İş təcrübəsi tələb olunmur, təcrübəsiz namizədlər də müraciət edə bilər",
                 "Proqramın sonunda uğurlu iştirakçılara vakant vəzifələrə müsabiqədən kənar müsahibə imkanı",
                 "Natamam və ya gecikmiş müraciətlərə baxılmayacaq"],
    notes="Official notice of a 6-month paid internship ('ödənişli təcrübə proqramı') -> "
          "employment_type internship. Company = the regional office as written in the signature "
          "block (the header splits it over two lines in caps; the body uses the genitive 'Fondunun "
          "... İdarəsi'). 'Aylıq təqaüd: 500 manat' -> 500 AZN/month (stipend coded as salary, as in "
          "devset2). 'İş təcrübəsi tələb olunmur, təcrübəsiz namizədlər də müraciət edə bilər' -> "
          "{0,0}. Age limit '29 yaşdan yuxarı olmayan' and graduation years are not experience. Place "
          "'Təcrübə yeri: Naxçıvan şəhəri, Atatürk küçəsi 15' -> 'Naxçıvan şəhəri'. 'İş vaxtı: "
          "09:00-18:00, 5/2' is a schedule; no workplace statement -> null. Top line 'Naxçıvan şəhəri, "
          "1 dekabr 2026-cı il' taken as posted (judgement: notice date). 'Müraciətlər 28 dekabr "
          "2026-cı il tarixinədək' -> deadline; the programme dates (1 fevral – 31 iyul 2027) and the "
          "test date are not deadlines. Apply form URL printed in the text; e-mail and the 036 phone are "
          "the contacts.")
def a3_03(name, out):
    body = []
    body.append(fp("AZƏRBAYCAN RESPUBLİKASI SOSİAL TƏMİNAT VƏ PENSİYA FONDU", "Hdr"))
    body.append(fp("NAXÇIVAN REGİONAL İDARƏSİ", "Hdr"))
    body.append(fp(x("AZ7000, Naxçıvan şəhəri, Atatürk küçəsi 15 · Tel.: (036) 545-72-18 · www.stpf.gov.az"), "HdrSmall"))
    body.append(fp("Naxçıvan şəhəri, 1 dekabr 2026-cı il", "Right"))
    body.append(fp("E L A N", "Big"))
    body.append(fp('<text:span text:style-name="B">' + x("Təcrübəçi (vətəndaş müraciətləri və sosial təminat üzrə)") + "</text:span>", "Center"))
    body.append(fp(x("Sosial Təminat və Pensiya Fondunun Naxçıvan Regional İdarəsi gənc mütəxəssislərin "
                     "dövlət xidmətinə cəlb edilməsi məqsədilə “Gənc peşəkarlar” ödənişli təcrübə proqramına "
                     "qəbul elan edir. Proqram çərçivəsində 4 (dörd) təcrübəçi qəbul ediləcək."), "Just"))
    body.append(fp("1. Təcrübəçinin vəzifələri", "Sec"))
    body.append(flist(["Vətəndaşların qəbulu və müraciətlərin qeydiyyatında iştirak;",
                       "Pensiya və sosial müavinət işlərinin sənədlərinin ilkin yoxlanılması;",
                       "Elektron sənəd dövriyyəsi sistemində məktubların qeydiyyatı və icraya nəzarət;",
                       "Aylıq statistik məlumatların MS Excel cədvəllərində ümumiləşdirilməsi;",
                       "Maarifləndirmə tədbirləri üçün PowerPoint təqdimatlarının hazırlanması."]))
    body.append(fp("2. Namizədlərə dair tələblər", "Sec"))
    body.append(flist(["Azərbaycan Respublikasının vətəndaşlığı, 29 yaşdan yuxarı olmayan;",
                       "Ali təhsil (bakalavr və ya magistr) – 2024–2026-cı illərin məzunları üstünlük təşkil edir;",
                       "İqtisadiyyat, hüquq, sosial iş və ya dövlət idarəçiliyi ixtisasları;",
                       "MS Word, MS Excel və PowerPoint proqramlarını bilmək;",
                       "İş təcrübəsi tələb olunmur, təcrübəsiz namizədlər də müraciət edə bilər."]))
    body.append(fp("3. Proqramın şərtləri", "Sec"))
    body.append(ftable([("Proqramın müddəti", "6 ay (1 fevral – 31 iyul 2027)"),
                        ("Təcrübə yeri", "Naxçıvan şəhəri, Atatürk küçəsi 15 (Regional İdarənin inzibati binası)"),
                        ("İş vaxtı", "09:00-18:00, 5/2 (nahar fasiləsi 13:00-14:00)"),
                        ("Aylıq təqaüd", "500 manat"),
                        ("Mentorluq", "Hər təcrübəçiyə şöbə rəhbəri səviyyəsində mentor təyin edilir"),
                        ("Sertifikat", "Proqramı bitirənlərə rəsmi sertifikat verilir")]))
    body.append(fp(x("Proqramın sonunda uğurlu iştirakçılara vakant vəzifələrə müsabiqədən kənar müsahibə imkanı yaradılacaq."), "Just"))
    body.append(fp("4. Müraciət üçün tələb olunan sənədlər", "Sec"))
    body.append(flist(["onlayn müraciət forması;",
                       "şəxsiyyət vəsiqəsinin surəti;",
                       "diplomun (və ya məzun arayışının) surəti;",
                       "tərcümeyi-hal (CV) və motivasiya məktubu (1 səhifədən çox olmamaqla)."], "Num"))
    body.append(fp("5. Seçim mərhələləri və müraciət qaydası", "Sec"))
    body.append(fp(x("Seçim sənədlərin ilkin yoxlanılması, onlayn test (məntiq və ümumi biliklər) və müsahibə "
                     "mərhələlərindən ibarətdir. Test 12 yanvar 2027-ci il tarixində keçiriləcək. "
                     "Müraciət forması https://stpf.gov.az/tecrube-proqrami səhifəsində doldurulur; "
                     "sənədlərin elektron surətləri tecrube.naxcivan@stpf.gov.az ünvanına da göndərilə bilər."), "Just"))
    body.append(fp(x("Müraciətlər 28 dekabr 2026-cı il tarixinədək (saat 18:00-dək) qəbul olunur. Natamam və ya "
                     "gecikmiş müraciətlərə baxılmayacaq. Əlavə məlumat üçün: (036) 545-72-18 (Kadr və "
                     "kargüzarlıq şöbəsi)."), "Just"))
    body.append(fp(""))
    body.append(fp('<text:span text:style-name="B">' + x("Sosial Təminat və Pensiya Fondu Naxçıvan Regional İdarəsi") + "</text:span>", "Right"))
    body.append(fp(x("Kadr və kargüzarlıq şöbəsi"), "Right"))
    doc = (FODT_HEAD.format(title="Elan - Gənc peşəkarlar təcrübə proqramı",
                            creator="Kadr və kargüzarlıq şöbəsi",
                            footer=x("STPF Naxçıvan RI · Elan № 41/2026 · Bu elan www.stpf.gov.az saytında da yerləşdirilib"))
           + "".join(body) + "</office:text></office:body></office:document>\n")
    path = write(src(name, "fodt"), doc)
    mkpdf.soffice(path, out)



# =============================================================================================
# 4. Instagram post (desktop web, Azerbaijani UI) printed from the browser
IG_CSS = """
body{font-family:'Noto Sans','DejaVu Sans',sans-serif;font-size:11.5px;color:#111;margin:0}
.bar{display:flex;align-items:center;gap:18px;border-bottom:1px solid #dbdbdb;padding:7px 16px;font-size:11px;color:#555}
.bar b{font-family:'DejaVu Serif',serif;font-style:italic;font-size:20px;color:#111;margin-right:20px}
.post{display:flex;border:1px solid #dbdbdb;margin:8px 14px}
.img{width:52%;border-right:1px solid #dbdbdb}
.img img{width:100%;display:block}
.pane{flex:1;display:flex;flex-direction:column}
.hd{display:flex;align-items:center;gap:8px;padding:8px 10px;border-bottom:1px solid #efefef}
.av{width:28px;height:28px;border-radius:50%;background:linear-gradient(45deg,#f9a825,#d81b60);color:#fff;
 display:flex;align-items:center;justify-content:center;font-weight:bold;font-size:12px}
.u{font-weight:bold}
.f{color:#0095f6;font-weight:bold}
.cap{padding:6px 10px;white-space:pre-line;line-height:1.36;font-size:10.2px}
.c{padding:3px 10px;font-size:10.3px;line-height:1.35}
.c .t{color:#8e8e8e;font-size:9px}
.act{border-top:1px solid #efefef;padding:7px 10px;font-size:10.5px}
.act .d{color:#8e8e8e;font-size:9px;text-transform:uppercase;margin-top:3px}
.more{margin:8px 14px;font-size:10px;color:#8e8e8e}
"""


def ig_image(path):
    from PIL import Image, ImageDraw, ImageFont
    W = H = 1080
    im = Image.new("RGB", (W, H), (40, 24, 16))
    dr = ImageDraw.Draw(im)
    for yy in range(H):  # warm vertical gradient
        c = (int(60 + 70 * yy / H), int(30 + 20 * yy / H), int(18 + 8 * yy / H))
        dr.line([(0, yy), (W, yy)], fill=c)
    dr.rectangle([60, 60, W - 60, H - 60], outline=(236, 190, 120), width=6)
    fb = ImageFont.truetype(DEJAVU_B, 120)
    fm = ImageFont.truetype(DEJAVU_B, 58)
    fs = ImageFont.truetype(DEJAVU, 44)
    def ctext(y, t, f, fill):
        w = dr.textlength(t, font=f)
        dr.text(((W - w) / 2, y), t, font=f, fill=fill)
    ctext(190, "QIŞLAQ", fm, (236, 190, 120))
    ctext(260, "restoran · Şəki", fs, (236, 220, 200))
    ctext(430, "VAKANSİYA", fb, (255, 255, 255))
    ctext(590, "OFİSİANT", fm, (255, 214, 120))
    ctext(700, "Təlim veririk!", fs, (255, 255, 255))
    ctext(850, "WhatsApp: 051 644 27 18", fs, (236, 190, 120))
    im.save(path)
    return path


@ad("a3_04_instagram_ofisiant_seki",
    producer="Chromium 156 headless, DevTools Page.printToPDF with browser header/footer",
    style="Instagram post (desktop web, Azerbaijani UI) printed from the browser: poster image "
          "(text only in pixels), caption with emojis and hashtags, comment thread with the "
          "restaurant's replies and a commenter's other salary, likes and a year-less date",
    title="OFİSİANT", company="Qışlaq Restoranı", location="Şəki şəhəri",
    employment_type=None, workplace=None,
    salary={"min": 700, "max": 700, "currency": "AZN", "period": "month"},
    experience_years={"min": 0, "max": 0}, education=None,
    skills=["R-Keeper"],
    email=None, phone="051 644 27 18", url="https://www.instagram.com/p/DDk2xQhNa7R/",
    deadline=None, posted=None,
    key_phrases=["Qışlaq Restoranı komandasına yeni ofisiantlar qəbul edir",
                 "Rus və ya ingilis dilində sadə ünsiyyət (turist qonaqlar üçün)",
                 "Təcrübəsiz namizədlər də müraciət edə bilər",
                 "Növbəli iş: 2/2, 11:00–23:00",
                 "Yemək və iş forması restorandan"],
    notes="Instagram post printed with Chrome header/footer. The poster image carries 'VAKANSİYA / "
          "OFİSİANT' only as pixels; the caption headline '📢 VAKANSİYA | OFİSİANT' gives the title "
          "(caps kept, emoji and the word 'VAKANSİYA' dropped). Company: account name 'Qışlaq "
          "Restoranı' (handle qislaq_restoran). 'Maaş: aylıq 700 ₼ + bonus (bəxşişlər ayrıca)' -> 700 "
          "AZN/month; the bonus is not quantified. The comment 'Keçən il aşpaz köməkçisinə 900 ₼ "
          "verirdiniz' is another job and a commenter's claim. 'Təcrübəsiz namizədlər də müraciət edə "
          "bilər' -> {0,0}. '18–30 yaş' is age. 'Növbəli iş: 2/2' is a shift pattern -> "
          "employment_type null; no workplace statement. Location from '📍 Ünvan: Şəki şəhəri, "
          "M. F. Axundzadə prospekti 118' -> 'Şəki şəhəri'; a reply says there is no Bakı branch. "
          "'Müraciətlər 20 dekabr tarixinədək' has no year -> deadline null; the post date '29 "
          "noyabr' has no year and '3 gün' on comments is relative -> posted null. Apply by WhatsApp "
          "(phone), no e-mail; url = the post URL in the browser footer. R-Keeper (POS) is the only "
          "named tool.")
def a3_04(name, out):
    img = ig_image(src(name, "png"))
    cap = ("<span class='u'>qislaq_restoran</span> 📢 VAKANSİYA | OFİSİANT\n"
           "Qışlaq Restoranı komandasına yeni ofisiantlar qəbul edir! 🍽️\n\n"
           "📍 Ünvan: Şəki şəhəri, M. F. Axundzadə prospekti 118 (Karvansaraya 5 dəqiqəlik məsafədə)\n\n"
           "✅ Tələblər:\n"
           "▫️ 18–30 yaş\n"
           "▫️ Səliqəli görünüş və gülərüzlük\n"
           "▫️ Rus və ya ingilis dilində sadə ünsiyyət (turist qonaqlar üçün)\n"
           "▫️ R-Keeper kassa sistemini bilmək üstünlükdür\n"
           "▫️ Təcrübəsiz namizədlər də müraciət edə bilər — 2 həftəlik təlim keçirik 💪\n\n"
           "💰 Maaş: aylıq 700 ₼ + bonus (bəxşişlər ayrıca)\n"
           "⏰ Növbəli iş: 2/2, 11:00–23:00\n"
           "🍲 Yemək və iş forması restorandan\n\n"
           "📲 Müraciət: WhatsApp 051 644 27 18 (yalnız yazılı)\n"
           "⏳ Müraciətlər 20 dekabr tarixinədək\n\n"
           "<span style='color:#00376b'>#şəki #vakansiya #ofisiant #işelanları #şəkirestoran #işaxtarıram</span>")
    comments = [("aynur_m.22", "Maaş neçədir? 🙈", "3 gün · Cavab ver"),
                ("qislaq_restoran", "@aynur_m.22 Salam, postda qeyd olunub 🙂 700 ₼ + bonus", "3 gün · 4 bəyənmə · Cavab ver"),
                ("elvin.shekili", "Keçən il aşpaz köməkçisinə 900 ₼ verirdiniz, o vakansiya yoxdur? 😅", "2 gün · Cavab ver"),
                ("qislaq_restoran", "@elvin.shekili Hələlik yox, izləmədə qalın 🙏", "2 gün · Cavab ver"),
                ("nigar.bakida", "Bakıda filialınız var?", "1 gün · Cavab ver"),
                ("qislaq_restoran", "@nigar.bakida Xeyr, yalnız Şəkidəyik ❤️", "1 gün · Cavab ver")]
    ch = "".join(f"<div class='c'><span class='u'>{u}</span> {t}<div class='t'>{m}</div></div>" for u, t, m in comments)
    page = f"""<!doctype html><html lang="az"><head><meta charset="utf-8">
<title>Qışlaq Restoranı on Instagram: "📢 VAKANSİYA | OFİSİANT"</title><style>{IG_CSS}</style></head><body>
<div class="bar"><b>Instagram</b><span>🔍 Axtarış</span><span>Kəşf et</span><span>Reels</span><span>Mesajlar</span><span>Bildirişlər</span><span>Profil</span></div>
<div class="post"><div class="img"><img src="{os.path.basename(img)}"></div>
<div class="pane"><div class="hd"><div class="av">Q</div><span class="u">qislaq_restoran</span> · <span class="f">İzlə</span>
<span style="margin-left:auto;color:#8e8e8e">Qışlaq Restoranı</span></div>
<div class="cap">{cap}</div>{ch}
<div class="act">♡ 💬 ➤<br><b>1 248 bəyənmə</b><div class="d">29 noyabr</div></div>
<div class="act" style="color:#8e8e8e">Şərh əlavə et…</div></div></div>
<div class="more">qislaq_restoran hesabından daha çox paylaşım · 312 paylaşım · 18,4 min izləyici</div>
</body></html>"""
    h = write(src(name, "html"), page)
    mkpdf.chrome_devtools(h, out, "02.12.2026, 19:47",
                          'Qışlaq Restoranı on Instagram: "📢 VAKANSİYA | OFİSİANT"',
                          "https://www.instagram.com/p/DDk2xQhNa7R/", paper=(11.69, 8.27))



# =============================================================================================
# 5. University academic position, Word (python-docx -> LibreOffice), two pages
def _docx_fonts(d, font):
    from docx.oxml.ns import qn
    for sname in ("Normal", "List Bullet", "List Number", "Heading 1", "Heading 2", "Title"):
        st = d.styles[sname]
        st.font.name = font
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = rpr.makeelement(qn("w:rFonts"), {}); rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]


def _page_field(par):
    """Insert a PAGE field into a python-docx paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        r = par.add_run()
        if kind:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind); r._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._r.append(e)


@ad("a3_05_docx_universitet_dosent_gence",
    producer="python-docx -> LibreOffice 7.4 Writer (soffice --convert-to pdf)",
    style="university HR announcement of an academic post in Word (ADA/BDU style): logo-less "
          "letterhead in the page header, reference number and date, Heading-styled sections, "
          "numbered document list, conditions table, page numbers; two pages",
    title="Dosent (Assistant Professor) – Kompüter mühəndisliyi kafedrası",
    company="Kəpəz Universiteti", location="Gəncə şəhəri",
    employment_type="temporary", workplace=None,
    salary={"min": None, "max": 2000, "currency": "AZN", "period": "month"},
    experience_years={"min": 3, "max": None},
    education="Kompüter elmləri, kompüter mühəndisliyi və ya əlaqəli sahə üzrə fəlsəfə doktoru (PhD) elmi dərəcəsi",
    skills=["Python", "C++", "MATLAB", "TensorFlow", "PyTorch"],
    email="hr@kepez.edu.az", phone="+994 22 266 15 40", url="https://kepez.edu.az/az/vakansiyalar",
    deadline="2027-01-15", posted="2026-12-01",
    key_phrases=["Mühəndislik və Texnologiyalar fakültəsinin Kompüter mühəndisliyi kafedrasında",
                 "Alqoritmlər və verilənlər strukturları",
                 "Scopus və ya Web of Science bazalarında indekslənən jurnallarda",
                 "Tədris fəlsəfəsi (teaching statement)",
                 "Yalnız qısa siyahıya daxil edilən namizədlərlə əlaqə saxlanılacaq"],
    notes="Two-page Word announcement; the page header repeats the university name and its "
          "address (Gəncə şəhəri, Atatürk prospekti 260), and 'İş yeri: Gəncə şəhəri, Mühəndislik "
          "korpusu' gives the place -> 'Gəncə şəhəri'. The table says 'Tam ştat, 3 illik müddətli "
          "əmək müqaviləsi (uzadılma imkanı ilə)': fixed-term -> temporary by the conventions, even "
          "though 'tam ştat' is written. 'Əmək haqqı: 2000 AZN-dək' -> min null, max 2000; period not "
          "written, monthly inferred from the amount (judgement). 'ən azı 3 il pedaqoji iş təcrübəsi' "
          "-> min 3; '2 məqalə' and '5 il' in the publication line are not experience. 'IELTS 6.5' is "
          "a language requirement, not listed as a skill. '№ İR-26/342, 01.12.2026' -> posted "
          "(judgement: announcement date). 'Sənədlər 15 yanvar 2027-ci il tarixinədək' -> deadline; "
          "the interview window and the 1 mart 2027 start date are not deadlines. Course names are "
          "duties, not skills; the programming languages and frameworks are.")
def a3_05(name, out):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    _docx_fonts(d, "Noto Sans")
    d.styles["Normal"].font.size = Pt(10.5)
    for h, sz in (("Heading 1", 13), ("Heading 2", 11.5)):
        d.styles[h].font.size = Pt(sz); d.styles[h].font.color.rgb = RGBColor(0x12, 0x4E, 0x3A)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("KƏPƏZ UNİVERSİTETİ"); r.bold = True; r.font.size = Pt(12); r.font.color.rgb = RGBColor(0x12, 0x4E, 0x3A)
    r = hp.add_run("\nİnsan Resursları Departamenti · Gəncə şəhəri, Atatürk prospekti 260 · www.kepez.edu.az")
    r.font.size = Pt(8)
    fpar = sec.footer.paragraphs[0]; fpar.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fpar.add_run("Kəpəz Universiteti · Akademik vakansiya elanı · səh. ").font.size = Pt(8)
    _page_field(fpar)

    def p(text, bold=False, align=None, after=4, size=None, italic=False):
        q = d.add_paragraph(); rr = q.add_run(text); rr.bold = bold; rr.italic = italic
        if size: rr.font.size = Pt(size)
        if align == "r": q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if align == "c": q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if align == "j": q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        q.paragraph_format.space_after = Pt(after)
        return q

    def bl(items, style="List Bullet"):
        for i in items:
            q = d.add_paragraph(i, style=style); q.paragraph_format.space_after = Pt(1)

    p("№ İR-26/342\n01.12.2026", align="r")
    p("AKADEMİK VAKANSİYA ELANI", bold=True, align="c", size=14, after=2)
    p("Dosent (Assistant Professor) – Kompüter mühəndisliyi kafedrası", bold=True, align="c", size=12, after=10)
    p("Kəpəz Universiteti Mühəndislik və Texnologiyalar fakültəsinin Kompüter mühəndisliyi kafedrasında "
      "dosent (Assistant Professor) vəzifəsinin tutulması üçün açıq müsabiqə elan edir. Universitetdə tədris "
      "Azərbaycan və ingilis dillərində aparılır; kafedra bakalavr və magistr pillələrində 600-dən çox "
      "tələbəyə xidmət göstərir.", align="j")
    d.add_heading("Universitet haqqında", level=2)
    p("Kəpəz Universiteti 1998-ci ildə təsis edilmiş özəl ali təhsil müəssisəsidir. Universitetin "
      "Süni İntellekt və Məlumat Elmləri Laboratoriyası regional sənaye müəssisələri ilə birgə tətbiqi "
      "tədqiqat layihələri həyata keçirir. Akademik heyətin 40%-i xarici universitetlərin məzunlarıdır.", align="j")
    d.add_heading("Vəzifə öhdəlikləri", level=2)
    bl(["Bakalavr pilləsində “Alqoritmlər və verilənlər strukturları”, “Proqramlaşdırmanın əsasları (Python)” "
        "və magistr pilləsində “Maşın təlimi” fənlərinin tədrisi (həftədə 12 saat dərs yükü);",
        "Fənn proqramlarının (sillabusların) hazırlanması və yenilənməsi, laboratoriya məşğələlərinin təşkili;",
        "Bakalavr buraxılış işlərinə və magistr dissertasiyalarına elmi rəhbərlik;",
        "Beynəlxalq reytinqli jurnallarda məqalələrin dərc edilməsi və qrant layihələrinə müraciət;",
        "Kafedra və fakültə komissiyalarının işində iştirak."])
    d.add_heading("Namizədə dair tələblər", level=2)
    bl(["Kompüter elmləri, kompüter mühəndisliyi və ya əlaqəli sahə üzrə fəlsəfə doktoru (PhD) elmi dərəcəsi;",
        "Ali təhsil müəssisəsində ən azı 3 il pedaqoji iş təcrübəsi;",
        "Son 5 ildə Scopus və ya Web of Science bazalarında indekslənən jurnallarda ən azı 2 məqalə;",
        "Python, C++ və MATLAB dillərində tədris aparmaq bacarığı; TensorFlow və ya PyTorch ilə tədqiqat "
        "təcrübəsi üstünlük sayılır;",
        "İngilis dilində sərbəst tədris (IELTS 6.5 və ya ekvivalent sertifikat)."])
    d.add_heading("Təklif olunan şərtlər", level=2)
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in [("Vəzifə", "Dosent (Assistant Professor)"),
                 ("Məşğulluq və müqavilə", "Tam ştat, 3 illik müddətli əmək müqaviləsi (uzadılma imkanı ilə)"),
                 ("İş yeri", "Gəncə şəhəri, Mühəndislik korpusu"),
                 ("Əmək haqqı", "2000 AZN-dək (elmi dərəcə və staj əlavələri daxil olmaqla)"),
                 ("İşə başlama tarixi", "1 mart 2027"),
                 ("Əlavə imkanlar", "Daxili tədqiqat fondu, beynəlxalq konfrans xərclərinin ödənilməsi, "
                                    "xidməti mənzil (ilk il üçün)")]:
        c = t.add_row().cells
        c[0].text = k; c[1].text = v
        c[0].paragraphs[0].runs[0].bold = True
        c[0].width = Cm(4.8); c[1].width = Cm(11.6)
    p("", after=2)
    d.add_heading("Müraciət üçün tələb olunan sənədlər", level=2)
    bl(["Tərcümeyi-hal (CV) və nəşrlərin tam siyahısı;",
        "Motivasiya məktubu (Azərbaycan və ya ingilis dilində);",
        "Tədris fəlsəfəsi (teaching statement) – 2 səhifəyə qədər;",
        "Tədqiqat planı (research statement) – 3 səhifəyə qədər;",
        "İki tövsiyə məktubu və diplomların surətləri (PhD diplomu daxil olmaqla)."], style="List Number")
    d.add_heading("Seçim prosesi", level=2)
    p("Sənədlər kafedra komissiyası tərəfindən qiymətləndirildikdən sonra qısa siyahıya daxil edilən "
      "namizədlər 25 yanvar – 5 fevral 2027-ci il tarixlərində müsahibəyə və açıq dərs (trial lecture) "
      "təqdimatına dəvət olunacaq. Yalnız qısa siyahıya daxil edilən namizədlərlə əlaqə saxlanılacaq.", align="j")
    p("Sənədlər 15 yanvar 2027-ci il tarixinədək hr@kepez.edu.az ünvanına (mövzu: “CE-Dosent-2027”) "
      "göndərilməlidir. Elan və müraciət qaydaları https://kepez.edu.az/az/vakansiyalar səhifəsində də "
      "yerləşdirilib. Sorğular üçün telefon: +994 22 266 15 40 (İnsan Resursları Departamenti).", align="j")
    p("")
    p("Kəpəz Universiteti\nİnsan Resursları Departamenti", bold=True, align="r")
    path = src(name, "docx"); d.save(path)
    mkpdf.soffice(path, out)


# =============================================================================================
# 6. Company letter to an employment centre, prose only (XeLaTeX, KOMA-Script scrlttr2)
@ad("a3_06_xelatex_mektub_anbardar_xirdalan",
    producer="XeLaTeX (TeX Live 2022, KOMA-Script scrlttr2, fontspec Noto Serif/Sans)",
    style="company letter (scrlttr2) to the district employment centre with sender block, reference "
          "line and outgoing number; the vacancy is told in prose paragraphs only, no headings or lists",
    title="anbardar", company="Abşeron Logistika Mərkəzi MMC", location="Xırdalan",
    employment_type=None, workplace=None,
    salary={"min": 900, "max": None, "currency": "AZN", "period": "month"},
    experience_years={"min": 1, "max": 3},
    education="orta ixtisas təhsili",
    skills=["1C:Anbar", "barkod skaneri", "forklift", "WMS"],
    email="hr@abseronlogistika.az", phone="+994 12 349 06 71", url=None,
    deadline="2026-12-25", posted="2026-12-02",
    key_phrases=["Xırdalan şəhərindəki anbar kompleksinin genişləndirilməsi ilə əlaqədar",
                 "qəbul-təhvil sənədlərini 1C:Anbar proqramında rəsmiləşdirəcək",
                 "sınaq müddəti başa çatdıqdan sonra",
                 "Koroğlu metrostansiyasından xidməti avtobusla",
                 "əməkdaşlığınız üçün əvvəlcədən təşəkkür edirik"],
    notes="A letter, no headings: the role is named only in prose ('anbardar vəzifəsi üzrə iki vakant "
          "yer') -> title 'anbardar', lower case as written. The addressee (Abşeron Rayon Məşğulluq "
          "Mərkəzi) is not the employer; company = the sender. Location: 'Xırdalan şəhərindəki anbar "
          "kompleksi' -> 'Xırdalan' (the suffix is grammar; the sender address also has 'Xırdalan "
          "şəhəri'). 'Əmək haqqı 900 manatdan başlayaraq' -> min 900, max null, AZN; period not "
          "written, monthly inferred (judgement); the post-probation raise is not quantified. '1-3 il "
          "təcrübə' -> 1..3. 'İş qrafiki: 09:00-18:00, 5/2' is a schedule; no full/part-time or "
          "workplace statement -> null. Letter date '2 dekabr 2026-cı il' -> posted (judgement: letter "
          "date, as in devset2). 'CV-lərin 2026-cı il 25 dekabr tarixinədək ... göndərilməsini' -> "
          "deadline. Forklift licence and WMS counted as skills.")
def a3_06(name, out):
    tex = r"""\documentclass[fontsize=11pt,paper=a4,fromalign=left,fromrule=aftername,fromphone=true,
fromemail=true,fromurl=true,refline=wide,enlargefirstpage=true,parskip=half]{scrlttr2}
\usepackage{fontspec}
\setmainfont{Noto Serif}[Ligatures={NoCommon}]
\setsansfont{Noto Sans}[Ligatures={NoCommon}]
\hyphenpenalty=10000 \exhyphenpenalty=10000
\sloppy\emergencystretch=3em
\setkomavar{fromname}{Abşeron Logistika Mərkəzi MMC}
\setkomavar{fromaddress}{AZ0100, Abşeron rayonu, Xırdalan şəhəri, Heydər Əliyev prospekti 9}
\setkomavar{fromphone}[Tel.: ]{+994 12 349 06 71}
\setkomavar{fromemail}[E-poçt: ]{hr@abseronlogistika.az}
\setkomavar{fromurl}[]{www.abseronlogistika.az}
\setkomavar{place}{Xırdalan}
\setkomavar{date}{2 dekabr 2026-cı il}
\setkomavar*{date}{Tarix}
\setkomavar*{place}{Yer}
\setkomavar{myref}{Çıxış № 214/26}
\setkomavar*{myref}{Nömrə}
\setkomavar{signature}{Vüqar Nəsibov\\Direktor}
\renewcommand*{\raggedsignature}{\raggedright}
\begin{document}
\begin{letter}{Abşeron Rayon Məşğulluq Mərkəzinin\\direktoru cənab Rəşad Hüseynova\\Xırdalan şəhəri}
\opening{Hörmətli Rəşad müəllim,}

Abşeron Logistika Mərkəzi MMC Xırdalan şəhərindəki anbar kompleksinin genişləndirilməsi ilə əlaqədar anbardar vəzifəsi üzrə iki vakant yerin olduğunu bildirir və Mərkəzinizdə iş axtaran kimi qeydiyyatda olan uyğun namizədlərin bizə yönləndirilməsini xahiş edir.

Anbardar malların qəbulu, yerləşdirilməsi və göndərilməsini həyata keçirəcək, qəbul-təhvil sənədlərini 1C:Anbar proqramında rəsmiləşdirəcək, barkod skaneri ilə mütəmadi inventarizasiya aparacaq və hər növbənin sonunda qalıqlar barədə hesabat təqdim edəcəkdir. Namizədlərdən orta ixtisas təhsili, anbar işində 1-3 il təcrübə və elektrik yükləyici (forklift) ilə işləmək üçün etibarlı vəsiqə tələb olunur; WMS sistemləri ilə tanışlıq üstünlük sayılacaq.

Əmək haqqı 900 manatdan başlayaraq müəyyən edilir və sınaq müddəti başa çatdıqdan sonra nəticələrə uyğun olaraq artırıla bilər. İş qrafiki: 09:00-18:00, 5/2 olmaqla, işçilər Koroğlu metrostansiyasından xidməti avtobusla daşınır, nahar şirkət hesabınadır. Seçilmiş namizədlərlə rəsmi əmək müqaviləsi bağlanılacaq və onlar məcburi tibbi sığorta ilə təmin ediləcəklər.

Namizədlərin CV-lərinin 2026-cı il 25 dekabr tarixinədək hr@abseronlogistika.az elektron ünvanına göndərilməsini, yaxud namizədlərin müsahibə vaxtını razılaşdırmaq üçün +994 12 349 06 71 nömrəsi ilə insan resursları üzrə mütəxəssis Günay Rzayevaya müraciət etmələrini xahiş edirik. Sizə və Mərkəzin əməkdaşlarına əməkdaşlığınız üçün əvvəlcədən təşəkkür edirik.

\closing{Hörmətlə,}
\end{letter}
\end{document}
"""
    path = write(src(name, "tex"), tex)
    mkpdf.xelatex(path, out)



# =============================================================================================
# 7. Spreadsheet vacancy (openpyxl .xlsx -> LibreOffice Calc PDF export)
@ad("a3_07_xlsx_soyuducu_operatoru_quba",
    producer="openpyxl .xlsx -> LibreOffice 7.4 Calc (soffice --convert-to pdf)",
    style="Excel-style vacancy sheet exported to PDF: merged title row, bordered two-column "
          "label/value grid with wrapped cells and date-formatted cells, a note row, sheet "
          "header/footer (file name, sheet name, page)",
    title="Soyuducu kamera operatoru (mövsümi)", company="Qudyalçay Aqro MMC",
    location="Quba rayonu, Zeyvə kəndi", employment_type="temporary", workplace=None,
    salary={"min": 1500, "max": 1500, "currency": "AZN", "period": "month"},
    experience_years={"min": 1, "max": None},
    education="Peşə təhsili (elektrik, soyuducu qurğular)",
    skills=["Ammiak soyuducu sistemləri", "Danfoss", "PLC"],
    email="kadr@qudyalcayaqro.az", phone="+994 50 227 18 63", url=None,
    deadline="2026-12-28", posted="2026-12-01",
    key_phrases=["Soyuducu kameralarda temperatur və rütubət rejiminə nəzarət",
                 "Kompressorların gündəlik texniki baxışı",
                 "temperatur və rütubət jurnalının aparılması",
                 "Xidməti nəqliyyat (Quba – Zeyvə), yataqxana",
                 "Müsahibə Quba şəhərindəki ofisdə keçiriləcək"],
    notes="Spreadsheet exported from Calc; the values sit in wrapped cells of a grid. 'Məşğulluq "
          "növü: Müvəqqəti (mövsümi, 01.01.2027 – 30.06.2027)' -> temporary; 'Növbəli iş' is the "
          "schedule. 'Əmək haqqı (aylıq): 1 500 ₼ (gecə növbəsinə görə +10%)' -> 1500 AZN/month; the "
          "night-shift supplement is not included. 'Təcrübə: minimum 1 il' -> min 1, max null. "
          "Location 'İş yeri: Quba rayonu, Zeyvə kəndi – meyvə saxlama anbarı' -> 'Quba rayonu, "
          "Zeyvə kəndi'; the note row's interview address (Quba şəhəri, Heydər Əliyev pr. 41) is "
          "not the place of work. Date cells 'Elan tarixi 01.12.2026' -> posted, 'Son müraciət "
          "tarixi 28.12.2026' -> deadline. 'Vakansiya sayı: 3' is the headcount. Skills from the "
          "'Bilik və bacarıqlar' cell (Danfoss panels, PLC basics, ammonia refrigeration); journal "
          "keeping is a duty. No workplace statement -> null.")
def a3_07(name, out):
    import datetime
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = Workbook(); ws = wb.active; ws.title = "Vakansiya"
    F = "Noto Sans"
    thin = Side(style="thin", color="7F7F7F")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 62
    ws.merge_cells("A1:C1"); ws["A1"] = "VAKANSİYA ELANI — Qudyalçay Aqro MMC"
    ws["A1"].font = Font(name=F, size=14, bold=True, color="FFFFFF")
    ws["A1"].fill = PatternFill("solid", fgColor="2E7D32")
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 30
    ws.merge_cells("A2:C2"); ws["A2"] = "Meyvə saxlama və qablaşdırma kompleksi · mövsümi işə qəbul 2027"
    ws["A2"].font = Font(name=F, size=9, italic=True, color="555555")
    ws["A2"].alignment = Alignment(horizontal="center")
    hdr = ["№", "Göstərici", "Məlumat"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(name=F, size=10, bold=True); c.fill = PatternFill("solid", fgColor="C8E6C9")
        c.border = box; c.alignment = Alignment(horizontal="center", vertical="center")
    rows = [
        ("Şirkət", "Qudyalçay Aqro MMC"),
        ("Vəzifə", "Soyuducu kamera operatoru (mövsümi)"),
        ("Vakansiya sayı", 3),
        ("İş yeri", "Quba rayonu, Zeyvə kəndi – meyvə saxlama anbarı"),
        ("Məşğulluq növü", "Müvəqqəti (mövsümi, 01.01.2027 – 30.06.2027)"),
        ("İş qrafiki", "Növbəli iş: 3 növbə, hər biri 8 saat (həftədə 5 növbə)"),
        ("Əmək haqqı (aylıq)", "1 500 ₼ (gecə növbəsinə görə +10%)"),
        ("Təcrübə", "minimum 1 il (soyuducu və ya kompressor avadanlığı ilə)"),
        ("Təhsil", "Peşə təhsili (elektrik, soyuducu qurğular)"),
        ("Vəzifə öhdəlikləri", "1. Soyuducu kameralarda temperatur və rütubət rejiminə nəzarət\n"
                               "2. Kompressorların gündəlik texniki baxışı\n"
                               "3. Qəzalı hallarda avadanlığın dayandırılması və rəhbərliyə məlumat verilməsi\n"
                               "4. Anbar girişində məhsulun qəbulu zamanı temperaturun ölçülməsi"),
        ("Bilik və bacarıqlar", "Ammiak soyuducu sistemləri; Danfoss idarəetmə panelləri; PLC əsasları; "
                                "temperatur və rütubət jurnalının aparılması"),
        ("Təklif olunur", "Xidməti nəqliyyat (Quba – Zeyvə), yataqxana, gündə 2 dəfə yemək, iş geyimi"),
        ("Əlaqə şəxsi", "Nigar Abbasova, kadrlar üzrə mütəxəssis"),
        ("Telefon", "+994 50 227 18 63"),
        ("E-poçt", "kadr@qudyalcayaqro.az"),
        ("Elan tarixi", datetime.date(2026, 12, 1)),
        ("Son müraciət tarixi", datetime.date(2026, 12, 28)),
    ]
    r0 = 5
    for i, (k, v) in enumerate(rows):
        r = r0 + i
        a = ws.cell(row=r, column=1, value=i + 1)
        b = ws.cell(row=r, column=2, value=k)
        c = ws.cell(row=r, column=3, value=v)
        for cell in (a, b, c):
            cell.border = box
            cell.font = Font(name=F, size=10, bold=(cell is b))
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if cell is a else "left")
        b.fill = PatternFill("solid", fgColor="F1F8E9")
        if isinstance(v, datetime.date):
            c.number_format = "DD.MM.YYYY"
        if isinstance(v, str):
            lines = sum(max(1, -(-len(part) // 60)) for part in v.split("\n"))
            ws.row_dimensions[r].height = 15 * lines + 3
    note = r0 + len(rows) + 1
    ws.merge_cells(start_row=note, start_column=1, end_row=note, end_column=3)
    ws.cell(row=note, column=1, value="Qeyd: Müsahibə Quba şəhərindəki ofisdə keçiriləcək (Heydər Əliyev pr. 41). "
                                      "CV-ni e-poçtla göndərin və ya telefonla qeydiyyatdan keçin.")
    ws.cell(row=note, column=1).font = Font(name=F, size=9, italic=True)
    ws.cell(row=note, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[note].height = 32
    ws.print_area = f"A1:C{note}"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.gridLines = False
    ws.oddHeader.left.text = "&F"
    ws.oddHeader.right.text = "&A"
    ws.oddFooter.center.text = "Səhifə &P / &N"
    path = os.path.join(BUILD, "Vakansiya_Qudyalcay_soyuducu_operatoru.xlsx")  # name shows in the &F header
    wb.save(path)
    mkpdf.soffice(path, out)


# =============================================================================================
# 8. IT startup careers page (Notion-like public page), Azerbaijani with English tech terms
NOTION_CSS = """
@page{size:Letter;margin:14mm 16mm}
body{font-family:'Noto Sans','DejaVu Sans',sans-serif;font-size:11px;color:#37352f;margin:0;line-height:1.5}
.crumb{font-size:9.5px;color:#9b9a97;margin-bottom:10px}
.icon{font-size:30px}
h1{font-size:25px;margin:4px 0 8px;font-weight:700}
table.props{border-collapse:collapse;margin-bottom:10px;font-size:10.5px}
table.props td{padding:3px 8px 3px 0;vertical-align:top}
table.props td.k{color:#9b9a97;width:130px}
.tag{display:inline-block;background:#e3f0e8;color:#1c6b3c;border-radius:3px;padding:0 6px;margin-right:4px}
.tag.b{background:#e7eefb;color:#24509c}
.callout{background:#f7f6f3;border-radius:4px;padding:8px 10px;margin:8px 0}
h2{font-size:15px;margin:14px 0 4px}
ul{margin:2px 0 4px 18px;padding:0}
code{background:#f1f1ef;color:#eb5757;border-radius:3px;padding:0 3px;font-size:10px}
hr{border:none;border-top:1px solid #e9e9e7;margin:12px 0}
.small{font-size:9.5px;color:#9b9a97}
"""


@ad("a3_08_notion_backend_go_hibrid_baki",
    producer="Chromium 156 headless --print-to-pdf --no-pdf-header-footer (Letter page)",
    style="startup's Notion-style public careers page exported to PDF: breadcrumb, emoji icon, "
          "property table (Team/Location/Employment/Maaş/Posted), callout, Azerbaijani text mixed "
          "with English tech terms, inline code chips, hiring-process arrow line",
    title="Senior Backend Engineer (Go)", company="Vektor Labs", location="Bakı, Xətai rayonu",
    employment_type="full_time", workplace="hybrid",
    salary={"min": 3000, "max": 4500, "currency": "AZN", "period": "month"},
    experience_years={"min": 5, "max": None}, education=None,
    skills=["Go", "PostgreSQL", "Redis", "Kafka", "gRPC", "Docker", "Kubernetes"],
    email="careers@vektorlabs.az", phone=None,
    url="https://careers.vektorlabs.az/jobs/senior-backend-go",
    deadline="2027-01-10", posted="2026-11-30",
    key_phrases=["real-time payment infrastructure qururuq",
                 "high-load microservice-lərin design və development-i",
                 "Kafka əsaslı event-driven arxitekturanın inkişafı",
                 "On-call rotation-da iştirak (ayda 1 həftə)",
                 "Degree tələb olunmur"],
    notes="Notion-like page without browser header/footer. Properties: 'Location: Bakı, Xətai "
          "rayonu (Hibrid)' -> location 'Bakı, Xətai rayonu', workplace hybrid (also 'Hibrid iş "
          "modeli: həftədə 2 gün ofisdə'); the remark that part of the team works remote from "
          "Tbilisi is not this job's place. 'Employment: Full-time' -> full_time. 'Maaş: 3 000 – "
          "4 500 ₼ gross / ay' -> 3000..4500 AZN/month; 'Learning budget: ildə 1 500 ₼' and the "
          "'Referral bonus 1 000 ₼' line are benefits, not salary. 'Backend development üzrə 5+ il "
          "təcrübə' -> min 5, max null ('ən azı 2 il production-da Go' is a smaller minimum). 'Degree "
          "tələb olunmur' -> education null. 'Posted: 2026-11-30' -> posted; 'Son müraciət: "
          "10.01.2027' -> deadline. Company 'Vektor Labs' (the legal name 'Vektor Labs MMC' appears "
          "only in the footer; either is defensible). ISO 8583 / PCI DSS are nice-to-have domain "
          "standards, not listed. Apply URL printed after 'Apply:'; e-mail is the alternative.")
def a3_08(name, out):
    page = f"""<!doctype html><html lang="az"><head><meta charset="utf-8">
<title>Senior Backend Engineer (Go) — Vektor Labs Careers</title><style>{NOTION_CSS}</style></head><body>
<div class="crumb">Vektor Labs Careers / Açıq vakansiyalar / Senior Backend Engineer (Go)</div>
<div class="icon">🛠️</div>
<h1>Senior Backend Engineer (Go)</h1>
<table class="props">
<tr><td class="k">Team</td><td><span class="tag b">Payments Core</span></td></tr>
<tr><td class="k">Location</td><td>Bakı, Xətai rayonu (Hibrid)</td></tr>
<tr><td class="k">Employment</td><td><span class="tag">Full-time</span></td></tr>
<tr><td class="k">Səviyyə</td><td>Senior</td></tr>
<tr><td class="k">Maaş</td><td>3 000 – 4 500 ₼ gross / ay</td></tr>
<tr><td class="k">Posted</td><td>2026-11-30</td></tr>
<tr><td class="k">Son müraciət</td><td>10.01.2027</td></tr>
<tr><td class="k">Status</td><td>🟢 Open</td></tr>
</table>
<div class="callout">💡 Biz Vektor Labs-da Azərbaycan bazarı üçün real-time payment infrastructure qururuq. Platformamız hər gün 2 milyondan çox transaction-ı process edir və 40-dan çox bank və e-commerce partnyoru ilə inteqrasiya olunub.</div>
<h2>Nə edəcəksən?</h2>
{ul(["Go ilə high-load microservice-lərin design və development-i;",
     "PostgreSQL və Redis üzərində data modeling, query optimization;",
     "Kafka əsaslı event-driven arxitekturanın inkişafı;",
     "Code review və junior developer-lərə mentorluq;",
     "On-call rotation-da iştirak (ayda 1 həftə)."])}
<h2>Səndən gözləntilərimiz</h2>
{ul(["Backend development üzrə 5+ il təcrübə, ən azı 2 il production-da Go;",
     "<code>gRPC</code>, REST API design, <code>Docker</code> və <code>Kubernetes</code> ilə hands-on təcrübə;",
     "CI/CD (GitLab CI) və observability (Prometheus, Grafana) təcrübəsi;",
     "Payment sistemləri (ISO 8583, PCI DSS) ilə iş təcrübəsi nice-to-have;",
     "İngilis dili — B2+ (bütün texniki sənədlər ingiliscədir).",
     "Degree tələb olunmur — real layihələrin və GitHub profilinin önəmi daha böyükdür."])}
<h2>Nə təklif edirik?</h2>
{ul(["Hibrid iş modeli: həftədə 2 gün ofisdə (Xətai rayonu, Nobel prospekti), qalan günlər evdən;",
     "3 000 – 4 500 ₼ gross + illik performance bonus;",
     "Tibbi sığorta (ailə üzvləri daxil);",
     "Learning budget: ildə 1 500 ₼ (kurslar, konfranslar, kitablar);",
     "MacBook Pro və istədiyin IDE lisenziyası."])}
<p>Komandamızın bir hissəsi Tbilisi-dən remote işləyir, amma bu rol üçün Bakıda yaşamaq tələb olunur.</p>
<h2>Hiring prosesi</h2>
<p>Intro call (30 dəq) → Technical interview (Go, system basics) → System design → Team fit → Offer. Bütün proses adətən 2–3 həftə çəkir.</p>
<hr>
<p><b>Apply:</b> https://careers.vektorlabs.az/jobs/senior-backend-go <br>və ya CV və GitHub linkini careers@vektorlabs.az ünvanına göndər (mövzu: “Backend Go”).</p>
<p class="small">Referral bonus: tövsiyə etdiyin namizəd işə qəbul olunarsa 1 000 ₼. · Vektor Labs MMC · Bakı · vektorlabs.az</p>
</body></html>"""
    h = write(src(name, "html"), page)
    mkpdf.chrome_cli(h, out)


if __name__ == "__main__":
    sys.exit(main("az"))
