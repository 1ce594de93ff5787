#!/usr/bin/env python3
"""Build the Azerbaijani dev-set ads: pdf/NAME.pdf + gold/NAME.gold.json + INDEX.tsv.

    python3 build.py            # all
    python3 build.py da04       # only names starting with da04

Every ad below is invented (employers, people, phones, addresses).  Intermediate sources
(HTML, DOCX, TeX) are written to src/build/.
"""
import html, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ad, main, BUILD
from docgen import *
import mkpdf



# ---------------------------------------------------------------------------------------------
# boss.az-like page
BOSS_CSS = """
body{font-family:Arial,'Liberation Sans',sans-serif;font-size:13px;color:#222;margin:0}
.top{background:#e84c3d;color:#fff;padding:10px 18px;display:flex;gap:22px;align-items:center}
.top b{font-size:22px;letter-spacing:-1px;margin-right:30px}
.top span{font-size:13px}
.crumbs{color:#888;font-size:11px;padding:8px 18px}
.wrap{display:flex;gap:18px;padding:0 18px}
.main{flex:3}
.side{flex:1;border-left:1px solid #eee;padding-left:14px}
h1{font-size:24px;margin:6px 0 2px}
.company{font-size:15px;color:#e84c3d;margin-bottom:8px}
.salary{font-size:20px;font-weight:bold;margin:6px 0 12px}
table.params{border-collapse:collapse;margin-bottom:10px}
table.params td{padding:4px 16px 4px 0;border-bottom:1px dotted #ccc;vertical-align:top}
table.params td.l{color:#777;width:150px}
.stats{color:#888;font-size:11px;margin:8px 0 14px}
h3{font-size:15px;margin:14px 0 4px}
ul{margin:4px 0 8px 18px;padding:0}
li{margin:2px 0}
.sim{border:1px solid #eee;padding:8px;margin:6px 0;font-size:12px}
.sim .s{font-weight:bold;color:#2a7d2a}
.foot{color:#999;font-size:10px;border-top:1px solid #eee;margin:24px 18px 0;padding-top:8px}
.btn{display:inline-block;background:#2a7d2a;color:#fff;padding:6px 14px;border-radius:3px;margin:6px 0}
"""


def boss_page(title, company_html, salary, params, stats, body, similar):
    rows = "".join(f'<tr><td class="l">{k}</td><td>{v}</td></tr>' for k, v in params)
    sims = "".join(f'<div class="sim">{t}<br>{c} · {city}<br><span class="s">{s}</span></div>'
                   for t, c, city, s in similar)
    return f"""<!doctype html><html lang="az"><head><meta charset="utf-8"><title>{title}</title>
<style>{BOSS_CSS}</style></head><body>
<div class="top"><b>boss.az</b><span>Vakansiyalar</span><span>CV-lər</span><span>Şirkətlər</span>
<span>Elan yerləşdir</span><span>Daxil ol</span></div>
<div class="crumbs">{stats[0]}</div>
<div class="wrap"><div class="main">
<h1>{html.escape(title)}</h1>{company_html}<div class="salary">{salary}</div>
<table class="params">{rows}</table><div class="stats">{stats[1]}</div>
{body}
</div><div class="side"><h3>Oxşar vakansiyalar</h3>{sims}</div></div>
<div class="foot">Boss.az — Azərbaycanda iş axtarışı saytı. Saytda yerləşdirilən elanların məzmununa görə
elan sahibləri məsuliyyət daşıyır. © 2008–2026 Boss.az</div>
</body></html>"""


@ad("da01_bossaz_satici_sumqayit",
    producer="Chromium 156 headless, DevTools Page.printToPDF with browser header/footer",
    style="boss.az vacancy page printed from the browser (facts table, similar-vacancies sidebar)",
    title="Satıcı-konsultant", company="Elit Mebel Evi", location="Sumqayıt",
    employment_type=None, workplace=None,
    salary={"min": 600, "max": 800, "currency": "AZN", "period": "month"},
    experience_years={"min": 1, "max": 3}, education="Orta",
    skills=["1C", "MS Excel", "Kassa aparatı", "POS-terminal"],
    email="hr@elitmebel.az", phone="(050) 312-45-67", url="https://boss.az/vacancies/2291847",
    deadline="2026-12-18", posted="2026-11-18",
    key_phrases=["Sumqayıt şəhərindəki mebel salonumuza satıcı-konsultant tələb olunur",
                 "Aylıq satış planının icrasını təmin etmək",
                 "Rus dilini bilmək üstünlük sayılır",
                 "Nahar şirkət tərəfindən təmin olunur"],
    notes="boss.az printout with Chrome-style header (print date, page title) and footer (URL, page "
          "x/y). Salary '600 - 800 AZN' (also '600-800 AZN + satışdan faiz' in the body); no period "
          "written, monthly by board convention (judgement). 'Təcrübə: 1 ildən 3 ilədək' -> 1..3. "
          "deadline = boss.az 'Bitmə tarixi: 18 Dekabr 2026' (the listing's end date, taken as the "
          "closing date - judgement call); posted = 'Elanın tarixi: 18 Noyabr 2026'. The sidebar "
          "'Oxşar vakansiyalar' has other companies and salaries (550 AZN, 700 - 1 000 AZN, 1 200 AZN, "
          "900 AZN) - not this job's. Six-day week, no full/part-time statement -> employment_type null.")
def da01(name, out):
    body = ("<h3>İş barədə məlumat</h3>"
            "<p>Sumqayıt şəhərindəki mebel salonumuza satıcı-konsultant tələb olunur.</p>"
            + ul(["Müştərilərə mebel modelləri, materiallar və çatdırılma şərtləri barədə məlumat vermək;",
                  "Aylıq satış planının icrasını təmin etmək;",
                  "Sifarişləri 1C proqramında qeydiyyata almaq;",
                  "Kassa aparatı və POS-terminal ilə işləmək;",
                  "Vitrin və ekspozisiyanın səliqəli saxlanmasına nəzarət etmək."])
            + "<h3>Namizədə tələblər</h3>"
            + ul(["Satış sahəsində 1 ildən 3 ilədək iş təcrübəsi;",
                  "MS Excel və 1C proqramlarını bilmək;",
                  "Ünsiyyətcil, məsuliyyətli və səliqəli olmaq;",
                  "Rus dilini bilmək üstünlük sayılır."])
            + "<h3>İş şəraiti</h3>"
            + ul(["İş qrafiki: həftədə 6 gün, 10:00-dan 19:00-dək;",
                  "Əmək haqqı 600-800 AZN + satışdan faiz;",
                  "Rəsmi əmək müqaviləsi və sosial sığorta;",
                  "Nahar şirkət tərəfindən təmin olunur."])
            + "<p>Maraqlananlar CV-ni hr@elitmebel.az ünvanına göndərə bilərlər. Mövzu sətrində "
              "“Satıcı-konsultant” qeyd etməyiniz xahiş olunur.</p>")
    page = boss_page(
        "Satıcı-konsultant", '<div class="company">Elit Mebel Evi</div>', "600 - 800 AZN",
        [("Şəhər", "Sumqayıt"), ("Yaş", "20 - 35 yaş"), ("Təhsil", "Orta"),
         ("Təcrübə", "1 ildən 3 ilədək"), ("Əlaqədar şəxs", "Nigar xanım"),
         ("Telefon", "(050) 312-45-67"), ("E-mail", "hr@elitmebel.az")],
        ("Ana səhifə › Vakansiyalar › Satış › Satış məsləhətçisi",
         "Elan № 2291847 · Baxışların sayı: 412<br>Elanın tarixi: 18 Noyabr 2026 · "
         "Bitmə tarixi: 18 Dekabr 2026"),
        body,
        [("Kassir", "Araz-Mart Market", "Sumqayıt", "550 AZN"),
         ("Satış təmsilçisi", "Nur Distribution", "Bakı", "700 - 1 000 AZN"),
         ("Mağaza müdiri", "Mebel Dünyası", "Sumqayıt", "1 200 AZN"),
         ("Satış meneceri", "Kristal Mebel", "Xırdalan", "900 AZN")])
    page = page.replace("<title>Satıcı-konsultant</title>",
                        "<title>Satıcı-konsultant vakansiyası — Elit Mebel Evi | Boss.az</title>")
    h = write(src(name, "html"), page)
    mkpdf.chrome_devtools(h, out, "19.11.2026, 09:47",
                          "Satıcı-konsultant vakansiyası — Elit Mebel Evi | Boss.az",
                          "https://boss.az/vacancies/2291847")


@ad("da10_bossaz_operator_baki",
    producer="Chromium 156 headless, DevTools Page.printToPDF with browser header/footer",
    style="boss.az vacancy page printout; employer shown only as a logo image on the page, its name "
          "only in the page title in the browser header",
    title="Çağrı mərkəzi operatoru (yarım ştat)", company="Qalxan Sığorta ASC", location="Bakı",
    employment_type="part_time", workplace="onsite",
    salary={"min": 700, "max": 700, "currency": "AZN", "period": "month"},
    experience_years={"min": 0, "max": 1}, education="Natamam ali",
    skills=["Bitrix24", "CRM", "MS Office"],
    email="callcenter.hr@qalxan.az", phone="012 404 77 21", url="https://boss.az/vacancies/2304415",
    deadline="2026-12-30", posted="2026-11-30",
    key_phrases=["Sığorta şirkətinin çağrı mərkəzinə operator tələb olunur",
                 "Müraciətləri Bitrix24 CRM sistemində qeydə almaq",
                 "distant iş nəzərdə tutulmur",
                 "Ödənişli sınaq müddəti və təlim"],
    notes="Company name appears only in the browser header's page title ('... — Qalxan Sığorta ASC | "
          "Boss.az'); on the page the employer is an image logo. 'Təcrübə: 1 ildən aşağı' (less than "
          "one year) coded {0,1} - judgement. Salary '700 AZN' (+ KPI bonus), monthly by board "
          "convention. 'Yarım ştat' -> part_time; 'İş ofisdə həyata keçirilir ... distant iş nəzərdə "
          "tutulmur' -> onsite. Phone written '012 404 77 21 (daxili 115)'. deadline = 'Bitmə tarixi: "
          "Dekabr 30, 2026' (listing end date, judgement as in da01). Similar vacancies carry 600, "
          "500 - 800 and 900 AZN - not this job's.")
def da10(name, out):
    logo = ('<div class="company"><svg width="120" height="34" viewBox="0 0 120 34">'
            '<path d="M17 2 L32 8 L32 18 C32 26 25 31 17 33 C9 31 2 26 2 18 L2 8 Z" fill="#1f4e8c"/>'
            '<rect x="40" y="8" width="74" height="7" fill="#1f4e8c"/><rect x="40" y="20" width="52" '
            'height="5" fill="#7aa0d4"/></svg><br><span style="font-size:11px;color:#888">'
            'Şirkətin digər vakansiyaları (4)</span></div>')
    body = ("<h3>İş barədə məlumat</h3><p>Sığorta şirkətinin çağrı mərkəzinə operator tələb olunur.</p>"
            "<h3>Vəzifə öhdəlikləri</h3>"
            + ul(["Daxil olan zəngləri qəbul etmək və müştərilərə sığorta məhsulları (KASKO, icbari "
                  "sığorta, səyahət sığortası) barədə məlumat vermək;",
                  "Müraciətləri Bitrix24 CRM sistemində qeydə almaq;",
                  "Sığorta hadisələri üzrə ilkin məlumatları toplamaq və aidiyyəti şöbəyə ötürmək."])
            + "<h3>Namizədə tələblər</h3>"
            + ul(["Azərbaycan və rus dillərində sərbəst danışıq;",
                  "MS Office proqramlarını bilmək, dəqiqədə ən azı 40 söz yazma sürəti;",
                  "Aydın nitq, stressə davamlılıq."])
            + "<h3>İş şəraiti</h3>"
            + ul(["Yarım ştat: həftədə 5 gün, 09:00–14:00 və ya 14:00–19:00 növbəsi;",
                  "İş ofisdə həyata keçirilir (Yasamal rayonu), distant iş nəzərdə tutulmur;",
                  "Maaş: 700 AZN + KPI üzrə mükafat;",
                  "Ödənişli sınaq müddəti və təlim."]))
    page = boss_page(
        "Çağrı mərkəzi operatoru (yarım ştat)", logo, "700 AZN",
        [("Şəhər", "Bakı"), ("Yaş", "18 - 30 yaş"), ("Təhsil", "Natamam ali"),
         ("Təcrübə", "1 ildən aşağı"), ("Əlaqədar şəxs", "Günel Məmmədova"),
         ("Telefon", "012 404 77 21 (daxili 115)"), ("E-mail", "callcenter.hr@qalxan.az")],
        ("Ana səhifə › Vakansiyalar › Müştəri xidmətləri › Call-center",
         "Elan № 2304415 · Baxışların sayı: 1 037<br>Elanın tarixi: Noyabr 30, 2026 · "
         "Bitmə tarixi: Dekabr 30, 2026"),
        body,
        [("Call center operatoru", "Birlik Kommunikasiya", "Bakı", "600 AZN"),
         ("Satış operatoru", "Mega Tur", "Bakı", "500 - 800 AZN"),
         ("Müştəri xidmətləri mütəxəssisi", "NovaBank", "Bakı", "900 AZN")])
    h = write(src(name, "html"), page)
    mkpdf.chrome_devtools(h, out, "01.12.2026, 14:20",
                          "Çağrı mərkəzi operatoru (yarım ştat) — Qalxan Sığorta ASC | Boss.az",
                          "https://boss.az/vacancies/2304415")


# ---------------------------------------------------------------------------------------------
@ad("da02_jobsearch_bas_muhasib_baki",
    producer="Chromium 156 headless --print-to-pdf; header/footer drawn with CSS @page margin boxes",
    style="jobsearch.az vacancy page printout (company card, facts list, similar vacancies)",
    title="Baş mühasib", company="AqroVita Holdinq MMC", location="Bakı",
    employment_type="full_time", workplace=None,
    salary={"min": 1500, "max": None, "currency": "AZN", "period": "month"},
    experience_years={"min": 3, "max": None},
    education="İqtisadiyyat, maliyyə və ya mühasibat uçotu ixtisası üzrə ali təhsil",
    skills=["1C: Mühasibat 8.3", "MS Excel", "MHBS", "Vergi Məcəlləsini", "ACCA"],
    email="vakansiya@aqrovita.az", phone=None,
    url="https://jobsearch.az/vacancies/bas-muhasib-187223",
    deadline="2026-12-25", posted="2026-11-28",
    key_phrases=["maliyyə departamentinə baş mühasib vəzifəsi üçün namizəd axtarılır",
                 "bəyannamələrin e-taxes.gov.az portalında təqdim edilməsi",
                 "Kiçik mühasiblərdən ibarət 3 nəfərlik komandaya rəhbərlik",
                 "Peşəkar sertifikatlar üçün təhsil xərclərinin ödənilməsi"],
    notes="'Maaş: 1500 AZN-dən' -> min 1500, max null; monthly by board convention. 'Təcrübə: 3 ildən "
          "yuxarı' -> min 3 (the body's 'ən azı 1 il rəhbər vəzifədə' is a smaller sub-requirement). "
          "'İş rejimi: Tam ştat' -> full_time. Print header/footer (date, page title, URL, page x/y) are "
          "drawn by the page's @page CSS, not by the browser. 'e-taxes.gov.az' is a tax portal named in "
          "the duties, not the posting URL. Similar vacancies (900 AZN, 700-800 AZN, 2 000 - 2 500 AZN) "
          "belong to other companies.")
def da02(name, out):
    css = """
@page{size:A4;margin:14mm 10mm;
 @top-left{content:"28.11.2026, 11:05";font:8px Arial}
 @top-center{content:"Baş mühasib — AqroVita Holdinq MMC | JobSearch.az";font:8px Arial}
 @bottom-left{content:"https://jobsearch.az/vacancies/bas-muhasib-187223";font:8px Arial}
 @bottom-right{content:counter(page) "/" counter(pages);font:8px Arial}}
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:12.5px;color:#1b2430;margin:0}
.nav{border-bottom:2px solid #5b3cc4;padding:8px 0;display:flex;gap:20px}
.nav b{color:#5b3cc4;font-size:19px;margin-right:24px}
.grid{display:flex;gap:16px;margin-top:12px}
.card{width:170px;border:1px solid #e3e0f0;border-radius:8px;padding:10px;font-size:11.5px}
.logo{width:54px;height:54px;border-radius:50%;background:#3a9b4a;color:#fff;font:bold 20px Arial;
 display:flex;align-items:center;justify-content:center;margin-bottom:8px}
.main{flex:1}
h1{font-size:23px;margin:0 0 6px}
.chips span{display:inline-block;background:#efeafd;color:#5b3cc4;border-radius:10px;padding:2px 9px;
 margin-right:6px;font-size:11px}
dl{display:grid;grid-template-columns:170px 1fr;margin:12px 0;row-gap:4px}
dt{color:#6b7280}dd{margin:0;font-weight:bold}
h4{margin:12px 0 3px;font-size:13.5px}
ul{margin:2px 0 6px 18px;padding:0}
.apply{background:#5b3cc4;color:#fff;display:inline-block;padding:7px 18px;border-radius:6px}
.sim{display:flex;gap:10px;margin-top:8px}
.sim div{flex:1;border:1px solid #e3e0f0;border-radius:6px;padding:7px;font-size:11px}
"""
    facts = [("Maaş", "1500 AZN-dən"), ("Şəhər", "Bakı"), ("İş rejimi", "Tam ştat"),
             ("Təcrübə", "3 ildən yuxarı"), ("Təhsil", "Ali"), ("Dərc olunub", "28.11.2026"),
             ("Son müraciət tarixi", "25.12.2026"), ("Baxış", "1 284")]
    dl = "".join(f"<dt>{k}:</dt><dd>{v}</dd>" for k, v in facts)
    page = f"""<!doctype html><html lang="az"><head><meta charset="utf-8">
<title>Baş mühasib — AqroVita Holdinq MMC | JobSearch.az</title><style>{css}</style></head><body>
<div class="nav"><b>JobSearch.az</b><span>Vakansiyalar</span><span>Şirkətlər</span>
<span>Kateqoriyalar</span><span>Bloq</span><span>Daxil ol</span></div>
<div class="grid"><div class="card"><div class="logo">AV</div><b>AqroVita Holdinq MMC</b><br>
Kənd təsərrüfatı və qida<br><br>12 aktiv vakansiya<br>Şirkət haqqında →</div>
<div class="main"><h1>Baş mühasib</h1><div class="chips"><span>Maliyyə</span><span>Mühasibatlıq</span></div>
<dl>{dl}</dl>
<h4>Vakansiya haqqında</h4>
<p>AqroVita Holdinq MMC-nin maliyyə departamentinə baş mühasib vəzifəsi üçün namizəd axtarılır.
Holdinqin tərkibində 4 istehsal müəssisəsi və 2 ticarət şirkəti fəaliyyət göstərir.</p>
<h4>Vəzifə öhdəlikləri:</h4>{ul([
        "Holdinq şirkətlərinin mühasibat uçotunun tam dövrəsinin aparılması;",
        "ƏDV, mənfəət vergisi və əmək haqqı üzrə bəyannamələrin e-taxes.gov.az portalında təqdim edilməsi;",
        "Aylıq, rüblük və illik maliyyə hesabatlarının MHBS-ə uyğun hazırlanması;",
        "Auditor yoxlamaları zamanı sənədlərin hazırlanması və izahatların verilməsi;",
        "Kiçik mühasiblərdən ibarət 3 nəfərlik komandaya rəhbərlik."])}
<h4>Tələblər:</h4>{ul([
        "İqtisadiyyat, maliyyə və ya mühasibat uçotu ixtisası üzrə ali təhsil;",
        "Mühasibatlıq sahəsində 3 ildən yuxarı iş təcrübəsi (ən azı 1 il rəhbər vəzifədə);",
        "1C: Mühasibat 8.3 proqramında sərbəst işləmək;",
        "MS Excel (VLOOKUP, pivot cədvəllər) biliyi;",
        "Azərbaycan Respublikasının Vergi Məcəlləsini dərindən bilmək;",
        "ACCA və ya CIMA sertifikatı üstünlükdür."])}
<h4>Təklif edirik:</h4>{ul([
        "Rəsmi əmək müqaviləsi, 5 günlük iş həftəsi (09:00–18:00);",
        "Tibbi sığorta;",
        "Peşəkar sertifikatlar üçün təhsil xərclərinin ödənilməsi."])}
<p>Müraciət: CV-nizi “Baş mühasib” mövzusu ilə vakansiya@aqrovita.az ünvanına göndərin.</p>
<span class="apply">Müraciət et</span>
<h4>Oxşar vakansiyalar</h4><div class="sim">
<div><b>Mühasib</b><br>Nərgiz Group<br>900 AZN · Bakı</div>
<div><b>Kiçik mühasib</b><br>DeltaTrade MMC<br>700-800 AZN · Bakı</div>
<div><b>Maliyyə meneceri</b><br>Azəri Kağız<br>2 000 - 2 500 AZN · Sumqayıt</div></div>
</div></div></body></html>"""
    h = write(src(name, "html"), page)
    mkpdf.chrome_cli(h, out)


# ---------------------------------------------------------------------------------------------
@ad("da03_glorri_backend_python_baki",
    producer="Chromium 156 headless, DevTools Page.printToPDF with browser header/footer",
    style="glorri.az vacancy page printout; English title, Azerbaijani body; company only as a logo "
          "line and in the page title",
    title="Senior Backend Developer (Python)", company="Fintoria", location="Bakı, Azərbaycan",
    employment_type="full_time", workplace="hybrid", salary=None,
    experience_years={"min": 4, "max": None}, education=None,
    skills=["Python", "Django", "FastAPI", "PostgreSQL", "Redis", "Docker", "Kubernetes", "Kafka"],
    email=None, phone=None,
    url="https://jobs.glorri.az/vacancies/fintoria/senior-backend-developer-python-31877",
    deadline="2026-12-20", posted=None,
    key_phrases=["onlayn ödəniş və hesab-faktura platforması qururuq",
                 "Kafka əsaslı event-driven arxitekturanı dizayn edəcəksiniz",
                 "Python ilə ən azı 4 il kommersiya təcrübəsi",
                 "Konfrans və kurslar üçün illik 1 000 AZN büdcə"],
    notes="'Maaş: Razılaşma yolu ilə' -> salary null. Trap: 'illik 1 000 AZN büdcə' is a training "
          "budget, not pay; similar vacancies show 2 500 - 3 200 AZN, 3 000 AZN, 1 800 - 2 400 AZN "
          "for other companies. 'Paylaşılıb: 2 həftə əvvəl' is relative -> posted null. 'Son tarix: 20 "
          "dekabr 2026' -> deadline. 'İş növü: Tam ştat', 'İş formatı: Hibrid' (2 days office / 3 home). "
          "'Təcrübə səviyyəsi: Senior' is a level, the years come from 'ən azı 4 il'. Apply is a button "
          "only -> email/phone null; url = page URL in the browser footer.")
def da03(name, out):
    css = """
body{font-family:'Lato','Liberation Sans',sans-serif;font-size:15px;color:#1d1d1f;margin:0}
.nav{display:flex;gap:22px;padding:10px 20px;border-bottom:1px solid #eee;align-items:center}
.nav b{font-size:22px;color:#0a66c2;margin-right:30px}
.hero{padding:16px 20px;display:flex;gap:14px;align-items:center}
.lg{width:56px;height:56px;border-radius:12px;background:linear-gradient(135deg,#0fb5ae,#2a5bd7)}
.brand{font-size:14px;color:#555}
h1{font-size:25px;margin:2px 0}
.chips span{background:#f1f4f9;border-radius:14px;padding:3px 10px;margin-right:6px;font-size:11.5px}
.meta{color:#777;font-size:11.5px;margin-top:6px}
.cols{display:flex;gap:20px;padding:0 20px}
.body{flex:2.3}.side{flex:1}
.box{border:1px solid #e6e8ee;border-radius:10px;padding:10px 12px;margin-bottom:12px}
.box div{margin:4px 0}.box i{color:#888;font-style:normal;display:block;font-size:11px}
h2{font-size:16px;margin:14px 0 4px}
ul{margin:2px 0 6px 18px;padding:0}li{margin:2px 0}
.apply{display:inline-block;background:#0a66c2;color:#fff;border-radius:8px;padding:7px 20px;margin-top:8px}
.sim{border-top:1px solid #eee;padding:6px 0;font-size:12px}
"""
    page = f"""<!doctype html><html lang="az"><head><meta charset="utf-8">
<title>Senior Backend Developer (Python) - Fintoria | Glorri</title><style>{css}</style></head><body>
<div class="nav"><b>glorri</b><span>Vakansiyalar</span><span>Şirkətlər</span><span>Karyera bələdçisi</span>
<span>Daxil ol</span><span>Qeydiyyat</span></div>
<div class="hero"><div class="lg"></div><div><div class="brand">Fintoria</div>
<h1>Senior Backend Developer (Python)</h1>
<div class="chips"><span>Bakı, Azərbaycan</span><span>Tam ştat</span><span>Hibrid</span><span>Senior</span></div>
<div class="meta">Paylaşılıb: 2 həftə əvvəl · Son tarix: 20 dekabr 2026 · 318 baxış</div>
<span class="apply">Müraciət et</span></div></div>
<div class="cols"><div class="body">
<h2>Haqqımızda</h2>
<p>Biz Azərbaycanda kiçik və orta bizneslər üçün onlayn ödəniş və <span style="white-space:nowrap">hesab-faktura</span> platforması qururuq.
Komandamızda 40-dan çox mühəndis çalışır.</p>
<h2>Nə edəcəksiniz</h2>{ul([
        "Ödəniş xidmətlərinin backend hissəsini Python (Django, FastAPI) ilə inkişaf etdirəcəksiniz;",
        "PostgreSQL verilənlər bazasında sorğuların optimallaşdırılması ilə məşğul olacaqsınız;",
        "Kafka əsaslı event-driven arxitekturanı dizayn edəcəksiniz;",
        "Code review aparacaq və junior developerlərə mentorluq edəcəksiniz."])}
<h2>Sizdən gözləntilərimiz</h2>{ul([
        "Python ilə ən azı 4 il kommersiya təcrübəsi;",
        "Django və ya FastAPI ilə real layihələrdə iştirak;",
        "PostgreSQL, Redis və Docker ilə iş təcrübəsi;",
        "Kubernetes və CI/CD (GitLab CI) bilikləri üstünlükdür;",
        "İngilis dilində texniki sənədləri oxuya bilmək (B2)."])}
<h2>Nə təklif edirik</h2>{ul([
        "Hibrid iş rejimi: həftədə 2 gün ofisdə, 3 gün evdən;",
        "Rəqabətli maaş və illik bonus;",
        "Tibbi sığorta (ailə üzvləri daxil);",
        "Konfrans və kurslar üçün illik 1 000 AZN büdcə."])}
<h2>Müraciət prosesi</h2>{ul([
        "HR ilə 20 dəqiqəlik tanışlıq zəngi;",
        "Texniki müsahibə (system design və Python);",
        "Komanda ilə görüş və təklif."])}
<h2>Fintoria haqqında</h2>
<p>2021-ci ildən fəaliyyət göstərən fintech şirkəti. 3 000-dən çox biznes müştərisi. Ofis: Bakı.</p>
</div><div class="side"><div class="box">
<div><i>Maaş</i>Razılaşma yolu ilə</div><div><i>Kateqoriya</i>İnformasiya texnologiyaları</div>
<div><i>İş növü</i>Tam ştat</div><div><i>İş formatı</i>Hibrid</div>
<div><i>Yer</i>Bakı, Azərbaycan</div><div><i>Təcrübə səviyyəsi</i>Senior</div></div>
<h2>Oxşar vakansiyalar</h2>
<div class="sim"><b>Data Analyst</b><br>NovaBank · 2 500 - 3 200 AZN</div>
<div class="sim"><b>DevOps Engineer</b><br>CloudAze · 3 000 AZN</div>
<div class="sim"><b>Middle Frontend Developer (React)</b><br>Kapitan Tech · 1 800 - 2 400 AZN</div>
</div></div></body></html>"""
    h = write(src(name, "html"), page)
    mkpdf.chrome_devtools(h, out, "28.11.2026, 22:13",
                          "Senior Backend Developer (Python) - Fintoria | Glorri",
                          "https://jobs.glorri.az/vacancies/fintoria/senior-backend-developer-python-31877")


# ---------------------------------------------------------------------------------------------
# Word documents (python-docx -> LibreOffice)
@ad("da04_docx_qazma_muhendisi_neftdaslari",
    producer="python-docx -> LibreOffice 7.4 Writer (soffice --convert-to pdf)",
    style="employer Word announcement 'MMC vakant vəzifə elan edir' with unusual section headings",
    title="Qazma mühəndisi (dəniz platforması)", company="Abşeron Qazma Servis MMC",
    location="Neft Daşları", employment_type="full_time", workplace=None,
    salary={"min": 2500, "max": 3200, "currency": "AZN", "period": "month"},
    experience_years={"min": 5, "max": None}, education="Neft-qaz mühəndisliyi üzrə ali təhsil",
    skills=["IWCF Level 3", "BOSIET", "H2S", "WellPlan", "AutoCAD"],
    email="karyera@abseronqazma.az", phone="+994 12 498 33 10", url=None,
    deadline="2027-01-10", posted=None,
    key_phrases=["Gündəlik qazma hesabatlarını (DDR) hazırlamaq",
                 "Quyunun idarə olunması (well control) prosedurlarına riayət olunmasını təmin etmək",
                 "o cümlədən 2 il dəniz şəraitində",
                 "Bakıdan helikopter və ya gəmi ilə daşınma",
                 "Yalnız müsahibəyə dəvət olunan namizədlərlə əlaqə saxlanılacaq"],
    notes="'İş yeri: Neft Daşları, dəniz platforması' -> location 'Neft Daşları' (Bakı occurs only as "
          "the transfer point; 'Abşeron' only inside the company name). 'Məşğulluq növü: tam ştat, "
          "növbəli (14/14)' -> full_time. Salary '2500-3200 AZN (vergilər çıxılmamışdan əvvəl, aylıq)' "
          "-> gross monthly. 'ən azı 5 il' (+ '2 il dəniz şəraitində', smaller) -> min 5. Deadline "
          "'Son müraciət tarixi: 10 yanvar 2027'. Headings 'Nə edəcəksiniz', 'Sizdən gözləntilərimiz', "
          "'Biz təklif edirik', 'Müraciət qaydası'. List bullets are Word's Symbol-font "
          "bullets and come out of pdftotext as U+F0B7 (private use).")
def da04(name, out):
    d = docx_doc("Liberation Sans", 11)
    header_text(d, "Abşeron Qazma Servis MMC · Bakı, AZ1010 · www.abseronqazma.az",
                "Abşeron Qazma Servis MMC — İnsan resursları şöbəsi")
    para(d, "Abşeron Qazma Servis MMC vakant vəzifə elan edir", bold=True, size=16, align="center")
    label_para(d, "Vakansiya: ", "Qazma mühəndisi (dəniz platforması)")
    label_para(d, "İş yeri: ", "Neft Daşları, dəniz platforması")
    label_para(d, "Məşğulluq növü: ", "tam ştat, növbəli iş rejimi (14 gün iş / 14 gün istirahət)")
    label_para(d, "Əmək haqqı: ", "2500-3200 AZN (vergilər çıxılmamışdan əvvəl, aylıq)")
    d.add_heading("Nə edəcəksiniz", level=2)
    bullets(d, ["Qazma proqramının hazırlanmasında və icrasına nəzarətdə iştirak etmək;",
                "Gündəlik qazma hesabatlarını (DDR) hazırlamaq və WellPlan proqramında hesablamalar aparmaq;",
                "Quyu konstruksiyası və qoruyucu kəmərlərin endirilməsi əməliyyatlarına nəzarət etmək;",
                "Quyunun idarə olunması (well control) prosedurlarına riayət olunmasını təmin etmək;",
                "Podratçı şirkətlərlə texniki məsələləri əlaqələndirmək."])
    d.add_heading("Sizdən gözləntilərimiz", level=2)
    bullets(d, ["Neft-qaz mühəndisliyi üzrə ali təhsil;",
                "Qazma əməliyyatlarında ən azı 5 il iş təcrübəsi, o cümlədən 2 il dəniz şəraitində;",
                "Qüvvədə olan IWCF Level 3 sertifikatı;",
                "BOSIET və H2S təlim sertifikatları;",
                "WellPlan və AutoCAD proqramlarında işləmə bacarığı;",
                "İngilis dilini texniki səviyyədə bilmək (hesabatlar ingilis dilində aparılır)."])
    d.add_heading("Biz təklif edirik", level=2)
    bullets(d, ["Rəsmi əmək müqaviləsi və tam sosial paket;",
                "Platformada pulsuz yemək və yaşayış, Bakıdan helikopter və ya gəmi ilə daşınma;",
                "İllik HSE və texniki təlimlər;",
                "Tibbi sığorta."])
    d.add_heading("Müraciət qaydası", level=2)
    para(d, "Maraqlanan namizədlər CV və sertifikatların surətlərini karyera@abseronqazma.az ünvanına "
            "göndərməlidirlər. Məktubun mövzusunda “Qazma mühəndisi – NDP” qeyd edilməlidir. Əlavə "
            "məlumat üçün: +994 12 498 33 10.", align="justify")
    para(d, "Son müraciət tarixi: 10 yanvar 2027", bold=True)
    para(d, "Yalnız müsahibəyə dəvət olunan namizədlərlə əlaqə saxlanılacaq.", italic=True)
    p = src(name, "docx"); d.save(p)
    mkpdf.soffice(p, out)


@ad("da05_docx_kassir_lenkeran",
    producer="python-docx -> LibreOffice 7.4 Writer (soffice --convert-to pdf), Noto Sans",
    style="bank letter with no headings at all (prose), letterhead line",
    title="kassir", company="CənubKredit Bank ASC", location="Lənkəran",
    employment_type="full_time", workplace=None,
    salary={"min": 900, "max": 900, "currency": "AZN", "period": "month"},
    experience_years={"min": 1, "max": None},
    education="Ali və ya orta ixtisas təhsili (iqtisadiyyat, maliyyə, mühasibat uçotu)",
    skills=["MS Word", "MS Excel", "pul sayma aparatlarını"],
    email="hr@cenubkredit.az", phone="(025) 255-41-18", url=None,
    deadline="2026-12-15", posted=None,
    key_phrases=["Bankımızın Lənkəran filialına kassir tələb olunur",
                 "Namizədin ən azı 1 il iş təcrübəsi olmalıdır",
                 "gün sonu kassa hesabatını hazırlayacaq",
                 "saxta əskinasların yoxlanılması qaydalarını bilməlidir",
                 "Sənədlər 15 dekabr 2026-cı il tarixinədək qəbul edilir"],
    notes="No headings; the role ('kassir', lower case) is named only in the prose, so title = "
          "'kassir'. Salary written with the manat sign '₼ 900 (vergilər çıxıldıqdan sonra)' -> AZN, "
          "net, one amount -> min=max=900; period not written, monthly assumed (judgement). "
          "'tam iş günü' -> full_time. Deadline '15 dekabr 2026-cı il tarixinədək'. Phone appears in "
          "the letterhead and again in the last paragraph.")
def da05(name, out):
    d = docx_doc("Noto Sans", 11)
    para(d, "CənubKredit Bank ASC", bold=True, size=15, color="1D5E3A", space_after=0)
    para(d, "Lənkəran filialı · Tel.: (025) 255-41-18", size=9, color="555555")
    para(d, "Hörmətli namizədlər!", bold=True)
    texts = [
        "Bankımızın Lənkəran filialına kassir tələb olunur. Namizədin ən azı 1 il iş təcrübəsi "
        "olmalıdır (bankda, sığorta şirkətində və ya böyük ticarət müəssisəsində kassa işi). Ali və ya "
        "orta ixtisas təhsili (iqtisadiyyat, maliyyə, mühasibat uçotu) tələb olunur.",
        "Kassir nağd pul əməliyyatlarını aparacaq, kommunal və kredit ödənişlərini qəbul edəcək, "
        "valyuta mübadiləsi əməliyyatlarını həyata keçirəcək və gün sonu kassa hesabatını hazırlayacaq. "
        "Namizəd MS Word və MS Excel proqramlarını, pul sayma aparatlarını və saxta əskinasların "
        "yoxlanılması qaydalarını bilməlidir. Rus və ya ingilis dilini bilmək üstünlükdür.",
        "Bank tərəfindən əmək haqqı ₼ 900 (vergilər çıxıldıqdan sonra), rüblük mükafat, tibbi sığorta "
        "və ödənişli təlim təklif olunur. İş tam iş günü, həftədə 5 gün, 09:00-dan 18:00-dək təşkil "
        "olunur.",
        "Müraciət etmək istəyənlər CV-ni və diplomun surətini hr@cenubkredit.az elektron ünvanına "
        "göndərə və ya filiala şəxsən yaxınlaşa bilərlər. Sənədlər 15 dekabr 2026-cı il tarixinədək "
        "qəbul edilir. Ətraflı məlumat üçün (025) 255-41-18 nömrəsinə zəng edə bilərsiniz."]
    for t in texts:
        para(d, t, align="justify")
    para(d, "Hörmətlə,", space_after=0)
    para(d, "İnsan resursları departamenti", space_after=0)
    para(d, "CənubKredit Bank ASC")
    p = src(name, "docx"); d.save(p)
    mkpdf.soffice(p, out)


@ad("da09_form_anbar_operatoru_sumqayit",
    producer="python-docx table -> LibreOffice 7.4 Writer (soffice --convert-to pdf)",
    style="HR vacancy form: two-column label/value table",
    title="Anbar operatoru (forkliftçi)", company="Kimya Plast MMC",
    location="Sumqayıt şəhəri, Sənaye parkı, 3-cü sahə",
    employment_type="full_time", workplace="onsite",
    salary={"min": 1100, "max": 1300, "currency": "AZN", "period": "month"},
    experience_years={"min": 1, "max": None}, education="Orta və ya peşə təhsili",
    skills=["Forklift idarəetmə vəsiqəsi", "WMS", "Ştrix-kod skaneri", "MS Excel"],
    email="insan.resurslari@kimyaplast.az", phone="018 642 55 90", url=None,
    deadline="2026-12-31", posted="2026-11-24",
    key_phrases=["Hazır məhsulun anbara qəbulu və yerləşdirilməsi",
                 "gecə növbəsinə görə əlavə ödəniş",
                 "Tibbi sığorta, pulsuz nəqliyyat (Sumqayıt və Bakıdan), gündə 2 dəfə yemək",
                 "Anbar işində 1 ildən az olmayaraq"],
    notes="Label/value form; plain pdftotext may separate labels from values, -layout keeps rows. "
          "Location is the 'İş yeri' address as written. 'İş rejimi: ... tam ştat' -> full_time; "
          "'İş formatı: Yerində (anbarda)' -> onsite. Salary '1100-1300 AZN (aylıq, vergilər "
          "çıxılmamış)'. 'Anbar işində 1 ildən az olmayaraq' -> min 1. 'Ştat sayı: 3' is headcount. "
          "'Elanın dərc tarixi: 24.11.2026' -> posted; 'Son müraciət tarixi: 31.12.2026' -> deadline; "
          "'Forma tərtib edilib: 23.11.2026' is the form date, not posted.")
def da09(name, out):
    from docx.shared import Pt, Cm, RGBColor
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx_doc("DejaVu Sans", 9.5)
    d.sections[0].left_margin = d.sections[0].right_margin = Cm(1.8)
    para(d, "Kimya Plast MMC — İnsan resursları departamenti", size=9, color="666666", space_after=2)
    para(d, "VAKANSİYA HAQQINDA MƏLUMAT FORMASI", bold=True, size=13, align="center", space_after=2)
    para(d, "Forma № İR-07/26 · Forma tərtib edilib: 23.11.2026", size=8, align="center", color="666666")
    rows = [
        ("Vəzifənin adı", "Anbar operatoru (forkliftçi)"),
        ("Şirkət", "Kimya Plast MMC"),
        ("Struktur bölmə", "Logistika və anbar şöbəsi"),
        ("İş yeri", "Sumqayıt şəhəri, Sənaye parkı, 3-cü sahə"),
        ("İş rejimi", "Növbəli (2 gün gündüz, 2 gün gecə), tam ştat"),
        ("İş formatı", "Yerində (anbarda)"),
        ("Ştat sayı", "3"),
        ("Əmək haqqı", "1100-1300 AZN (aylıq, vergilər çıxılmamış); gecə növbəsinə görə əlavə ödəniş"),
        ("Təhsil", "Orta və ya peşə təhsili"),
        ("İş təcrübəsi", "Anbar işində 1 ildən az olmayaraq"),
        ("Tələb olunan bacarıqlar", "Forklift idarəetmə vəsiqəsi; WMS sistemlərində işləmək; "
                                    "Ştrix-kod skaneri; MS Excel (əsas səviyyə)"),
        ("Vəzifə öhdəlikləri", "Hazır məhsulun anbara qəbulu və yerləşdirilməsi; sifarişlərin "
                               "komplektləşdirilməsi və yüklənməsi; inventarizasiyada iştirak; "
                               "forkliftin gündəlik texniki yoxlanışı"),
        ("Sosial paket", "Tibbi sığorta, pulsuz nəqliyyat (Sumqayıt və Bakıdan), gündə 2 dəfə yemək"),
        ("Müraciət qaydası", "CV-ni insan.resurslari@kimyaplast.az ünvanına göndərin"),
        ("Əlaqə telefonu", "018 642 55 90"),
        ("Elanın dərc tarixi", "24.11.2026"),
        ("Son müraciət tarixi", "31.12.2026"),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t.autofit = False
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].width = Cm(5.0); cells[1].width = Cm(12.4)
        r = cells[0].paragraphs[0].add_run(k); r.bold = True
        cells[1].paragraphs[0].add_run(v)
        shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:fill"), "E8EEF4")
        cells[0]._tc.get_or_add_tcPr().append(shd)
    t.columns[0].width = Cm(5.0); t.columns[1].width = Cm(12.4)
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), (Cm(5.0), Cm(12.4))):
        gc.set(qn("w:w"), str(int(w.twips)))
    para(d, "")
    para(d, "Təsdiq edirəm: ____________________   İR departamentinin rəhbəri   Tarix: ___.___.2026",
         size=8.5)
    p = src(name, "docx"); d.save(p)
    mkpdf.soffice(p, out)


@ad("da11_docx_gs_eczaci_seki",
    producer="python-docx -> LibreOffice 7.4 Writer -> Ghostscript 10 pdfwrite (-dNEWPDF=false)",
    style="pharmacy-chain Word announcement, re-distilled through Ghostscript",
    title="Əczaçı (provizor)", company="DərmanEv", location="Şəki ş., Füzuli küçəsi 42",
    employment_type=None, workplace=None,
    salary={"min": 1000, "max": 1200, "currency": "AZN", "period": "month"},
    experience_years={"min": 2, "max": None},
    education="Əczaçılıq üzrə ali təhsil (diplom mütləqdir)",
    skills=["1C: Aptek", "e-resept", "latın dilini", "INN"],
    email="kadrlar@dermanev.az", phone="+994 70 655 18 22", url=None,
    deadline="2026-12-30", posted=None,
    key_phrases=["Şəki şəhərində yeni açılan aptekimizə təcrübəli əczaçı axtarırıq",
                 "son istifadə tarixlərinə nəzarət",
                 "Apteklərdə ən azı 2 il iş təcrübəsi",
                 "2/2 növbəli qrafik, 08:00–20:00"],
    notes="Company is the chain's brand 'DərmanEv' (logo line 'DərmanEv — aptek şəbəkəsi'); no legal "
          "form given. Location is the 'İş yeri' address as written (without the parenthesis "
          "'(DərmanEv № 7 aptek)'). Salary '1000-1200 AZN (təcrübədən asılı olaraq)', period not "
          "written -> month assumed. Shift schedule 2/2, no full/part-time statement -> null. "
          "'Son müraciət tarixi: 30.12.2026'. Ghostscript re-distilled with -dNEWPDF=false; list "
          "bullets come out as U+F0B7 (Symbol-font bullets).")
def da11(name, out):
    d = docx_doc("Liberation Sans", 11)
    para(d, "DərmanEv — aptek şəbəkəsi", bold=True, size=14, color="0B7A75", space_after=0)
    para(d, "Sağlamlığınız üçün hər gün yanınızdayıq", italic=True, size=9, color="555555")
    para(d, "Vakansiya: Əczaçı (provizor)", bold=True, size=15)
    label_para(d, "İş yeri: ", "Şəki ş., Füzuli küçəsi 42 (DərmanEv № 7 aptek)")
    para(d, "Şəki şəhərində yeni açılan aptekimizə təcrübəli əczaçı axtarırıq.")
    d.add_heading("Vəzifə öhdəlikləri", level=3)
    bullets(d, ["Resept üzrə və reseptsiz dərman vasitələrinin satışı, e-resept sisteminin tətbiqi;",
                "Müştərilərə dərmanların qəbulu qaydaları barədə məsləhət verilməsi;",
                "Dərman vasitələrinin saxlanma şərtlərinə və son istifadə tarixlərinə nəzarət;",
                "Malların qəbulu və 1C: Aptek proqramında qalıqların uçotu."])
    d.add_heading("Sizdən nə gözləyirik?", level=3)
    bullets(d, ["Əczaçılıq üzrə ali təhsil (diplom mütləqdir);",
                "Apteklərdə ən azı 2 il iş təcrübəsi;",
                "Dərman vasitələrinin beynəlxalq adlarını (INN) və latın dilini bilmək;",
                "1C: Aptek proqramında işləmə bacarığı."])
    d.add_heading("Təklif edirik", level=3)
    bullets(d, ["Əmək haqqı: 1000-1200 AZN (təcrübədən asılı olaraq);",
                "2/2 növbəli qrafik, 08:00–20:00;",
                "Rəsmi əmək müqaviləsi, illik ödənişli məzuniyyət;",
                "Peşəkar təlimlər və karyera yüksəlişi."])
    para(d, "Müraciət üçün: kadrlar@dermanev.az | +994 70 655 18 22", bold=True)
    para(d, "Son müraciət tarixi: 30.12.2026")
    p = src(name, "docx"); d.save(p)
    tmp = src(name, "lo.pdf")
    mkpdf.soffice(p, tmp)
    mkpdf.gs_redistill(tmp, out)


# ---------------------------------------------------------------------------------------------
@ad("da06_reportlab_ofisiant_qebele",
    producer="reportlab 4 canvas (DejaVu Sans), flyer",
    style="seasonal hiring flyer/poster, caps headline, coloured blocks",
    title="OFİSİANT", company="Yaşıl Vadi Resort", location="Qəbələ",
    employment_type="temporary", workplace=None,
    salary={"min": 650, "max": 650, "currency": "AZN", "period": "month"},
    experience_years={"min": 0, "max": 0}, education=None,
    skills=["Rus dilini", "İngilis dili", "POS terminal"],
    email="hr@yasilvadi.az", phone="+994 55 740 21 09", url="www.yasilvadi.az/karyera",
    deadline="2026-12-05", posted=None,
    key_phrases=["ilk həftə ödənişli təlim keçirilir",
                 "Pulsuz yemək və yataqxana",
                 "Qəbələ şəhərindən pulsuz servis",
                 "İş qrafiki: 6/1, növbəli"],
    notes="Flyer headline 'OFİSİANT' / 'TƏLƏB OLUNUR' in capitals -> title 'OFİSİANT' (case kept). "
          "'Mövsümi iş: 15 dekabr 2026 – 15 mart 2027' is a fixed seasonal term -> temporary; those "
          "dates are the season, not a deadline. 'Təcrübə tələb olunmur' -> {0,0}. 'Maaş: 650 AZN + "
          "bəxşişlər' -> 650 (tips excluded), monthly assumed. 'Son müraciət: 5 dekabr 2026-dək' -> "
          "deadline. Location from 'İş yeri: Qəbələ, Yaşıl Vadi Resort'. The URL is the resort's "
          "careers page printed on the flyer.")
def da06(name, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.colors import HexColor, white
    pdfmetrics.registerFont(TTFont("DV", DEJAVU)); pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
    W, H = A4
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle("Ofisiant — Yaşıl Vadi Resort"); c.setAuthor("Yaşıl Vadi Resort")
    green = HexColor("#1f6b3a"); gold = HexColor("#f2b632")
    c.setFillColor(green); c.rect(0, H - 150, W, 150, stroke=0, fill=1)
    c.setFillColor(white); c.setFont("DVB", 20); c.drawString(40, H - 50, "Yaşıl Vadi Resort")
    c.setFont("DV", 11); c.drawString(40, H - 68, "Qəbələ · dağ kurortu və spa")
    c.setFont("DVB", 64); c.drawString(40, H - 135, "OFİSİANT")
    c.setFillColor(gold); c.rect(0, H - 200, W, 50, stroke=0, fill=1)
    c.setFillColor(green); c.setFont("DVB", 26); c.drawString(40, H - 185, "TƏLƏB OLUNUR")
    c.setFont("DV", 12); c.drawRightString(W - 40, H - 182, "qış mövsümü üçün")
    c.setFillColor(HexColor("#222222")); c.setFont("DVB", 13)
    c.drawString(40, H - 235, "Mövsümi iş: 15 dekabr 2026 – 15 mart 2027")

    def block(x, y, head, items):
        c.setFont("DVB", 15); c.setFillColor(green); c.drawString(x, y, head)
        c.setFont("DV", 11.5); c.setFillColor(HexColor("#222222"))
        yy = y - 22
        for it in items:
            for j, line in enumerate(it):
                c.drawString(x + (0 if j == 0 else 12), yy, ("• " if j == 0 else "") + line)
                yy -= 16
            yy -= 4
        return yy
    block(40, H - 280, "Tələblər", [
        ["18–35 yaş"],
        ["Təcrübə tələb olunmur —", "ilk həftə ödənişli təlim keçirilir"],
        ["Rus dilini danışıq səviyyəsində bilmək"],
        ["İngilis dili üstünlükdür"],
        ["POS terminal ilə işləməyi", "öyrənməyə hazır olmaq"]])
    block(310, H - 280, "Təklif edirik", [
        ["Maaş: 650 AZN + bəxşişlər"],
        ["Pulsuz yemək və yataqxana"],
        ["Qəbələ şəhərindən pulsuz servis"],
        ["İş qrafiki: 6/1, növbəli"]])
    c.setFillColor(HexColor("#eef5ef")); c.roundRect(40, 150, W - 80, 150, 12, stroke=0, fill=1)
    c.setFillColor(green); c.setFont("DVB", 14); c.drawString(60, 270, "İş yeri: Qəbələ, Yaşıl Vadi Resort")
    c.setFillColor(HexColor("#b3261e")); c.drawString(60, 245, "Son müraciət: 5 dekabr 2026-dək")
    c.setFillColor(HexColor("#222222")); c.setFont("DV", 13)
    c.drawString(60, 215, "WhatsApp: +994 55 740 21 09")
    c.drawString(60, 193, "hr@yasilvadi.az")
    c.drawString(60, 171, "www.yasilvadi.az/karyera")
    # fake QR-ish square
    c.setFillColor(HexColor("#222222"))
    import random
    rnd = random.Random(7)
    for i in range(21):
        for j in range(21):
            if rnd.random() < 0.45 or (i < 7 and j < 7 and (i in (0, 6) or j in (0, 6))):
                c.rect(W - 170 + i * 5, 165 + j * 5, 5, 5, stroke=0, fill=1)
    c.setFont("DV", 8); c.setFillColor(HexColor("#777777"))
    c.drawString(40, 60, "Elan yalnız mövsümi işçi heyəti üçündür. Müsahibə Qəbələdə və ya onlayn keçirilir.")
    c.showPage(); c.save()


@ad("da07_fpdf_tir_surucusu_gence",
    producer="fpdf2 2.8 (DejaVu Sans), poster",
    style="logistics company poster: 'İŞ ELANI', requirement/condition lists, phones",
    title="Yük maşını sürücüsü (C, CE kateqoriya)", company="GəncəTrans Logistika MMC",
    location="Gəncə", employment_type=None, workplace=None,
    salary={"min": None, "max": 2000, "currency": "AZN", "period": "month"},
    experience_years={"min": 3, "max": None}, education=None,
    skills=["C, CE kateqoriyalı sürücülük vəsiqəsi", "Taxoqraf kartı", "CMR", "xarici pasport"],
    email=None, phone="+994 50 228 71 44", url=None,
    deadline=None, posted="2026-11-27",
    key_phrases=["Beynəlxalq və yerli reyslər üçün təcrübəli sürücülər axtarırıq",
                 "CMR sənədlərini doldurmağı bacarmaq",
                 "Ezamiyyə xərcləri ayrıca ödənilir",
                 "Reys qrafiki: Gürcüstan, Türkiyə və Rusiya istiqamətləri"],
    notes="'Aylıq əmək haqqı 2000 AZN-dək (reys sayından asılı)' -> max 2000, min null, month. "
          "'3 ildən yuxarı sürücülük təcrübəsi' -> min 3 (judgement: 'more than 3' coded as 3). "
          "'Baza: Gəncə' -> location; foreign destinations are routes, not the place of work. Two "
          "phones; the first (+994 50 ...) is the application line. 'Elan tarixi: 27.11.2026' -> "
          "posted. No employment-type statement.")
def da07(name, out):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_title("İş elanı — GəncəTrans Logistika MMC")
    pdf.set_author("GəncəTrans Logistika MMC"); pdf.set_creator("fpdf2 2.8.9"); pdf.set_producer("PyFPDF/fpdf2.8.9")
    pdf.add_font("DV", "", DEJAVU); pdf.add_font("DV", "B", DEJAVU_B)
    pdf.add_page(); pdf.set_auto_page_break(False)
    pdf.set_fill_color(20, 40, 80); pdf.rect(0, 0, 210, 42, "F")
    pdf.set_text_color(255, 255, 255); pdf.set_font("DV", "B", 18)
    pdf.set_xy(12, 10); pdf.cell(0, 10, "GəncəTrans Logistika MMC")
    pdf.set_font("DV", "", 10); pdf.set_xy(12, 21); pdf.cell(0, 8, "Yükdaşıma · ekspeditor xidmətləri · anbar")
    pdf.set_fill_color(255, 196, 0); pdf.rect(150, 8, 48, 26, "F")
    pdf.set_text_color(20, 40, 80); pdf.set_font("DV", "B", 16); pdf.set_xy(150, 15)
    pdf.cell(48, 12, "İŞ ELANI", align="C")
    pdf.set_text_color(20, 20, 20); pdf.set_font("DV", "B", 24); pdf.set_xy(12, 52)
    pdf.multi_cell(186, 11, "Yük maşını sürücüsü (C, CE kateqoriya)", align="L")
    pdf.set_font("DV", "", 12); pdf.set_x(12)
    pdf.multi_cell(186, 7, align="L", text="Beynəlxalq və yerli reyslər üçün təcrübəli sürücülər axtarırıq.")
    pdf.ln(4)

    def section(head, items):
        pdf.set_font("DV", "B", 14); pdf.set_text_color(20, 40, 80); pdf.set_x(12)
        pdf.cell(0, 9, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 11.5); pdf.set_text_color(20, 20, 20)
        for it in items:
            pdf.set_x(16); pdf.multi_cell(180, 6.5, "▪ " + it, align="L"); pdf.ln(1)
        pdf.ln(3)
    section("Tələblər", ["C, CE kateqoriyalı sürücülük vəsiqəsi",
                         "3 ildən yuxarı sürücülük təcrübəsi (yük maşını ilə)",
                         "Taxoqraf kartı (rəqəmsal taxoqraf)",
                         "CMR sənədlərini doldurmağı bacarmaq",
                         "Beynəlxalq reyslər üçün etibarlı xarici pasport"])
    section("Şərtlər", ["Aylıq əmək haqqı 2000 AZN-dək (reys sayından asılı)",
                        "Ezamiyyə xərcləri ayrıca ödənilir",
                        "Texniki baxışdan keçmiş Volvo FH və MAN TGX yük avtomobilləri",
                        "Rəsmi əmək müqaviləsi, sosial sığorta",
                        "Reys qrafiki: Gürcüstan, Türkiyə və Rusiya istiqamətləri"])
    pdf.set_fill_color(235, 240, 248); pdf.rect(12, 220, 186, 50, "F")
    pdf.set_font("DV", "B", 13); pdf.set_xy(18, 226); pdf.cell(0, 8, "Baza: Gəncə")
    pdf.set_font("DV", "", 13); pdf.set_xy(18, 236); pdf.cell(0, 8, "Zəng edin: +994 50 228 71 44")
    pdf.set_xy(18, 246); pdf.cell(0, 8, "Ofis: (022) 256-30-12")
    pdf.set_font("DV", "", 9); pdf.set_text_color(90, 90, 90); pdf.set_xy(18, 258)
    pdf.cell(0, 8, "Elan tarixi: 27.11.2026")
    pdf.output(out)


# ---------------------------------------------------------------------------------------------
@ad("da08_xelatex_ingilis_muellim_baki",
    producer="XeLaTeX (TeX Live 2022, fontspec DejaVu Serif)",
    style="private school's typeset vacancy notice",
    title="İngilis dili müəllimi (yarımştat)", company="Mərifət Özəl Məktəbi",
    location="Bakı, Xətai rayonu", employment_type="part_time", workplace=None,
    salary={"min": 15, "max": 15, "currency": "AZN", "period": "hour"},
    experience_years={"min": 2, "max": None},
    education="Filologiya (ingilis dili) və ya pedaqogika üzrə ali təhsil",
    skills=["IELTS 7.0", "CELTA", "CEFR", "Google Classroom"],
    email="kadr@merifet.edu.az", phone="+994 12 565 19 07", url=None,
    deadline="2026-12-20", posted="2026-12-01",
    key_phrases=["ikinci yarımili üçün 5–9-cu siniflərdə dərs deyəcək ingilis dili müəllimi axtarır",
                 "Həftədə 16 saat dərs yükü",
                 "Valideynlərlə müntəzəm əlaqə",
                 "Peşəkar inkişaf üçün daxili təlimlər"],
    notes="'Saatlıq ödəniş: 15 AZN' -> 15 AZN per hour. 'yarımştat' -> part_time. 'Elan tarixi: 1 "
          "dekabr 2026' -> posted; 'Son müraciət tarixi: 20 dekabr 2026' -> deadline. Location from "
          "'İş yeri: Bakı, Xətai rayonu'. www.merifet.edu.az in the letterhead is the school's home "
          "page, not an apply/posting URL -> url null (judgement). Hyphenation disabled.")
def da08(name, out):
    tex = TEX_HEAD + r"""
\begin{document}
{\sffamily\bfseries\Large\color[HTML]{7A1F2B} Mərifət Özəl Məktəbi}\\[2pt]
{\sffamily\small Bakı şəhəri, Xətai rayonu \quad·\quad www.merifet.edu.az \quad·\quad +994 12 565 19 07}
\par\vspace{4pt}\hrule\vspace{14pt}
{\sffamily\bfseries\large VAKANSİYA}\par\vspace{4pt}
{\sffamily\bfseries\LARGE İngilis dili müəllimi (yarımştat)}\par\vspace{6pt}
{\small Elan tarixi: 1 dekabr 2026}\par\vspace{10pt}
Mərifət Özəl Məktəbi 2026/2027-ci tədris ilinin ikinci yarımili üçün 5–9-cu siniflərdə dərs deyəcək ingilis dili müəllimi axtarır.\par\vspace{8pt}
{\sffamily\bfseries Vəzifə öhdəlikləri}
\begin{itemize}
\item Həftədə 16 saat dərs yükü;
\item CEFR standartlarına uyğun dərs planlarının hazırlanması;
\item Google Classroom platformasında ev tapşırıqlarının və qiymətləndirmənin aparılması;
\item Valideynlərlə müntəzəm əlaqə.
\end{itemize}\vspace{6pt}
{\sffamily\bfseries Namizədə tələblər}
\begin{itemize}
\item Filologiya (ingilis dili) və ya pedaqogika üzrə ali təhsil;
\item Tədris sahəsində ən azı 2 il təcrübə;
\item IELTS 7.0 və ya ekvivalent sertifikat; CELTA və ya TKT üstünlükdür;
\item Uşaqlarla işləməyə maraq, səbr və təşəbbüskarlıq.
\end{itemize}\vspace{6pt}
{\sffamily\bfseries Əmək şəraiti}
\begin{itemize}
\item Saatlıq ödəniş: 15 AZN;
\item İş yeri: Bakı, Xətai rayonu;
\item Peşəkar inkişaf üçün daxili təlimlər;
\item Müəllimlərin övladları üçün təhsil haqqında 50\% güzəşt.
\end{itemize}\vspace{8pt}
{\sffamily\bfseries Müraciət}\par
CV və motivasiya məktubunu kadr@merifet.edu.az ünvanına göndərin. Əlaqə: +994 12 565 19 07.\par\vspace{6pt}
\textbf{Son müraciət tarixi: 20 dekabr 2026}
\end{document}
"""
    p = write(src(name, "tex"), tex)
    mkpdf.xelatex(p, out)


@ad("da12_xelatex_sahe_muhendisi_mingecevir",
    producer="XeLaTeX (TeX Live 2022, fontspec DejaVu), two columns",
    style="construction company notice 'MMC vakant vəzifə elan edir', mixed English/Azerbaijani title",
    title="Sahə mühəndisi (Site Engineer)", company="Memar İnşaat MMC", location="Mingəçevir",
    employment_type="temporary", workplace=None,
    salary={"min": 1800, "max": 2400, "currency": "AZN", "period": "month"},
    experience_years={"min": 3, "max": 5},
    education="İnşaat mühəndisliyi üzrə bakalavr dərəcəsi",
    skills=["AutoCAD", "MS Project", "Primavera P6", "ŞNvQ", "B kateqoriyalı sürücülük vəsiqəsi"],
    email="hr@memarinsaat.az", phone=None, url="www.memarinsaat.az/vakansiyalar",
    deadline="2026-12-18", posted=None,
    key_phrases=["9 mərtəbəli yaşayış kompleksinin tikintisi",
                 "Gündəlik iş jurnallarının və icra sənədlərinin aparılması",
                 "Subpodratçıların işinin koordinasiyası",
                 "Layihə müddətində xidməti mənzil və nəqliyyat"],
    notes="'Müqavilə: layihə müddətinə (18 ay), müddətli əmək müqaviləsi' -> fixed-term -> temporary. "
          "'3-5 il' -> {3,5}. Salary '1800–2400 AZN' (aylıq written) -> month. 'Son müraciət tarixi: "
          "18.12.2026'. Two-column body (multicol): plain pdftotext may interleave columns on some "
          "versions. url = the vacancies page printed at the bottom.")
def da12(name, out):
    tex = TEX_HEAD + r"""
\begin{document}
\begin{center}
{\sffamily\bfseries\Huge\color[HTML]{B5651D} Memar İnşaat MMC}\\[4pt]
{\sffamily tikinti · layihələndirmə · təmir}\\[14pt]
{\sffamily\bfseries\Large Memar İnşaat MMC vakant vəzifə elan edir}
\end{center}
\vspace{6pt}
\begin{tabular}{@{}ll@{}}
\textbf{Vəzifə:} & Sahə mühəndisi (Site Engineer)\\
\textbf{Layihə:} & Mingəçevir şəhərində 9 mərtəbəli yaşayış kompleksinin tikintisi\\
\textbf{İş yeri:} & Mingəçevir\\
\textbf{Müqavilə:} & layihə müddətinə (18 ay), müddətli əmək müqaviləsi\\
\textbf{Əmək haqqı:} & 1800–2400 AZN (aylıq)\\
\end{tabular}
\vspace{12pt}
\setlength{\columnsep}{1.4cm}
\begin{multicols}{2}\raggedright
{\sffamily\bfseries Vəzifə öhdəlikləri}
\begin{itemize}
\item Tikinti-quraşdırma işlərinin layihəyə uyğun icrasına nəzarət;
\item Gündəlik iş jurnallarının və icra sənədlərinin aparılması;
\item Subpodratçıların işinin koordinasiyası;
\item Materialların həcm hesablamalarının aparılması;
\item Texniki təhlükəsizlik qaydalarına əməl olunmasına nəzarət.
\end{itemize}
\columnbreak
{\sffamily\bfseries Tələblər}
\begin{itemize}
\item İnşaat mühəndisliyi üzrə bakalavr dərəcəsi;
\item Tikinti sahəsində 3-5 il iş təcrübəsi;
\item AutoCAD və MS Project proqramlarını sərbəst bilmək; Primavera P6 üstünlükdür;
\item Tikinti norma və qaydalarını (ŞNvQ) bilmək;
\item B kateqoriyalı sürücülük vəsiqəsi.
\end{itemize}
\end{multicols}
\vspace{8pt}
{\sffamily\bfseries Təklif edirik}
\begin{itemize}
\item Layihə müddətində xidməti mənzil və nəqliyyat;
\item Rəsmi əmək müqaviləsi, sosial sığorta;
\item Layihənin vaxtında təhvilinə görə bonus.
\end{itemize}
\vspace{10pt}
CV-nizi hr@memarinsaat.az ünvanına “Site Engineer – Mingəçevir” mövzusu ilə göndərin.\par
\textbf{Son müraciət tarixi: 18.12.2026}\par\vspace{16pt}
{\small\color{gray} Bütün vakansiyalarımız: www.memarinsaat.az/vakansiyalar}
\end{document}
"""
    p = write(src(name, "tex"), tex)
    mkpdf.xelatex(p, out)


if __name__ == "__main__":
    ADS_SORTED = None
    from common import ADS
    ADS.sort(key=lambda a: a[0])
    sys.exit(1 if main("az") else 0)
