#!/usr/bin/env python3
"""Build devset2/az: pdf/NAME.pdf + gold/NAME.gold.json + INDEX.tsv.

    python3 build.py            # all
    python3 build.py a2_04      # only names starting with a2_04

Every ad is invented (employers, people, phones, addresses).  Intermediate sources (HTML, DOCX,
TeX) are written to src/build/.
"""
import html, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ad, main, BUILD
import mkpdf

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
DEJAVU = f"{FONT_DIR}/DejaVuSans.ttf"
DEJAVU_B = f"{FONT_DIR}/DejaVuSans-Bold.ttf"
DEJAVU_I = f"{FONT_DIR}/DejaVuSans-Oblique.ttf"


def src(name, ext):
    return os.path.join(BUILD, name + "." + ext)


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def ul(items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


# =============================================================================================
# 1. boss.az, one big label/value facts table, "Oxşar vakansiyalar" below the text
BOSS2_CSS = """

body{font-family:'Liberation Sans',Arial,sans-serif;font-size:12.5px;color:#1d1d1d;margin:0}
.nav{background:#1e2a38;color:#cfd8e3;padding:9px 20px;font-size:12px}
.nav b{color:#fff;font-size:20px;margin-right:26px}
.nav span{margin-right:16px}
.search{background:#f2f4f7;padding:8px 20px;font-size:11px;color:#667}
.page{padding:8px 24px}
.crumb{font-size:10.5px;color:#889;margin-bottom:6px}
h1{font-size:22px;margin:4px 0 0}
.co{font-size:14px;color:#2f6fb0;margin:2px 0 10px}
table.f{border-collapse:collapse;width:70%;margin:4px 0 10px}
table.f td{border:1px solid #e1e5ea;padding:5px 8px}
table.f td.k{background:#f7f8fa;color:#556;width:38%}
.meta{font-size:10.5px;color:#889;margin:2px 0 12px}
h2{font-size:14px;margin:12px 0 4px;border-bottom:2px solid #2f6fb0;display:inline-block}
ul{margin:3px 0 6px 20px;padding:0} li{margin:2px 0}
.sims{display:flex;gap:10px;margin-top:6px}
.sim{flex:1;border:1px solid #e1e5ea;border-radius:4px;padding:7px;font-size:11px}
.sim i{font-style:normal;color:#2a8a3e;font-weight:bold;display:block;margin-top:3px}
.foot{font-size:9.5px;color:#99a;border-top:1px solid #e1e5ea;margin-top:16px;padding-top:6px}
"""


@ad("a2_01_bossaz_aspaz_baki",
    producer="Chromium 156 headless, DevTools Page.printToPDF with browser header/footer",
    style="boss.az vacancy printout, second layout: one bordered label/value table (Şəhər/Maaş/Yaş/"
          "Təhsil/İş təcrübəsi/Elanın tarixi/Bitmə tarixi/contacts), 'Oxşar vakansiyalar' cards below the text",
    title="Aşpaz (Azərbaycan mətbəxi)", company="Nar Bağı Restoranı", location="Bakı",
    employment_type=None, workplace=None,
    salary={"min": 800, "max": 1000, "currency": "AZN", "period": "month"},
    experience_years={"min": 3, "max": 5}, education="Orta texniki",
    skills=["HACCP", "Təndir", "manqal", "plov", "dolma", "kabab"],
    email="kadr@narbagi.az", phone="(055) 418-27-90", url="https://boss.az/vacancies/2318840",
    deadline="2027-01-14", posted="2026-12-01",
    key_phrases=["ailəvi restoranımıza Azərbaycan mətbəxi üzrə təcrübəli aşpaz tələb olunur",
                 "Mətbəx inventarının və ərzaq ehtiyatlarının uçotunu aparmaq",
                 "HACCP sanitariya-gigiyena qaydalarına əməl etmək",
                 "Sanitar kitabçasının olması vacibdir",
                 "Yemək və iş forması restoran tərəfindən təmin olunur",
                 "Maaş ayda iki dəfə ödənilir"],
    notes="boss.az printout with Chrome header (print date, page title) and footer (URL, page x/y), "
          "site navigation and search bar. Salary 'Maaş: 800 - 1000 ₼' -> 800..1000 AZN (₼ = AZN); no "
          "period written, monthly by board convention (judgement). 'İş təcrübəsi: 3 ildən 5 ilədək' -> "
          "3..5. 'Yaş: 25 - 50' is age, not experience. Location: 'Şəhər: Bakı'; the body places the "
          "restaurant 'Nərimanov rayonunda' - the district is kept out because the facts field is the "
          "city only (a gold of 'Bakı, Nərimanov rayonu' would also be defensible). 'Elanın tarixi: "
          "Dekabr 1, 2026' -> posted; 'Bitmə tarixi: Yanvar 14, 2027' (listing end date, taken as "
          "deadline - judgement). 'Növbəli iş qrafiki (2/2)' is a shift pattern, not full/part time -> "
          "employment_type null. Skills are the cooking techniques/dishes and HACCP named in the duties "
          "and requirements (judgement: dishes listed as skills). 'Oxşar vakansiyalar' (600 ₼, "
          "1 500 - 2 000 ₼, 700 ₼, 750 - 900 ₼) are other jobs. 'Baxışların sayı: 1 284' and "
          "'Elan № 2318840' are board statistics.")
def a2_01(name, out):
    facts = [("Şəhər", "Bakı"), ("Maaş", "800 - 1000 ₼"), ("Yaş", "25 - 50"),
             ("Təhsil", "Orta texniki"), ("İş təcrübəsi", "3 ildən 5 ilədək"),
             ("Elanın tarixi", "Dekabr 1, 2026"), ("Bitmə tarixi", "Yanvar 14, 2027"),
             ("Əlaqədar şəxs", "Rauf Quliyev"), ("Telefon", "(055) 418-27-90"),
             ("E-mail", "kadr@narbagi.az")]
    rows = "".join(f'<tr><td class="k">{k}</td><td>{v}</td></tr>' for k, v in facts)
    sims = [("Aşpaz köməkçisi", "Sahil Kafe", "Bakı", "600 ₼"),
            ("Şef-aşpaz", "Qala Palace Otel", "Bakı", "1 500 - 2 000 ₼"),
            ("Pizzaçı", "Pizza Ev", "Sumqayıt", "700 ₼"),
            ("Qənnadçı", "Şirin Dünya", "Xırdalan", "750 - 900 ₼")]
    simhtml = "".join(f'<div class="sim"><b>{t}</b><br>{c} · {city}<i>{s}</i></div>' for t, c, city, s in sims)
    page = f"""<!doctype html><html lang="az"><head><meta charset="utf-8">
<title>Aşpaz (Azərbaycan mətbəxi) — Nar Bağı Restoranı | Boss.az</title><style>{BOSS2_CSS}</style></head><body>
<div class="nav"><b>boss.az</b><span>Vakansiyalar</span><span>Rezyumelər</span><span>Şirkətlər</span>
<span>Elan yerləşdir</span><span>Daxil ol</span><span>RU</span></div>
<div class="search">Açar söz, vəzifə və ya şirkət adı &nbsp;|&nbsp; Bütün kateqoriyalar &nbsp;|&nbsp; Bütün şəhərlər &nbsp;|&nbsp; Axtar</div>
<div class="page">
<div class="crumb">Ana səhifə › Vakansiyalar › Restoran biznesi › Aşpaz</div>
<h1>Aşpaz (Azərbaycan mətbəxi)</h1><div class="co">Nar Bağı Restoranı</div>
<table class="f">{rows}</table>
<div class="meta">Elan № 2318840 &nbsp;·&nbsp; Baxışların sayı: 1 284 &nbsp;·&nbsp; Seçilmişlərə əlavə et &nbsp;·&nbsp; Şikayət et</div>
<h2>İş barədə məlumat</h2>
<p>Nərimanov rayonunda yerləşən ailəvi restoranımıza Azərbaycan mətbəxi üzrə təcrübəli aşpaz tələb olunur.</p>
{ul(["Milli yeməklərin (plov, dolma, kabab növləri, qutab) hazırlanması;",
     "Təndir və manqalda bişirilən yeməklərə nəzarət;",
     "Mətbəx inventarının və ərzaq ehtiyatlarının uçotunu aparmaq;",
     "HACCP sanitariya-gigiyena qaydalarına əməl etmək;",
     "Aşpaz köməkçilərinin işini təşkil etmək."])}
<h2>Namizədə tələblər</h2>
{ul(["Restoranda aşpaz kimi 3 ildən 5 ilədək iş təcrübəsi;",
     "Təndir və manqal ilə işləmə bacarığı;",
     "Səliqəli, məsuliyyətli və komandada işləməyi bacaran;",
     "Sanitar kitabçasının olması vacibdir."])}
<h2>İş şəraiti</h2>
{ul(["Növbəli iş qrafiki (2/2), 10:00-dan 23:00-dək;",
     "Yemək və iş forması restoran tərəfindən təmin olunur;",
     "Maaş ayda iki dəfə ödənilir;",
     "Rəsmi əmək müqaviləsi."])}
<p>Müraciət üçün CV-ni kadr@narbagi.az ünvanına göndərin və ya (055) 418-27-90 nömrəsinə zəng edin.</p>
<h2>Oxşar vakansiyalar</h2><div class="sims">{simhtml}</div>
<div class="foot">Boss.az — Azərbaycanda iş axtarışı saytı · Reklam · Qaydalar · Əlaqə · © 2008–2026 Boss.az</div>
</div></body></html>"""
    h = write(src(name, "html"), page)
    mkpdf.chrome_devtools(h, out, "03.12.2026, 11:05",
                          "Aşpaz (Azərbaycan mətbəxi) — Nar Bağı Restoranı | Boss.az",
                          "https://boss.az/vacancies/2318840")


# =============================================================================================
# 2. jobsearch.az, plain print (no header/footer), two-column with left company card
JS_CSS = """
@page{size:A4;margin:12mm 10mm}
body{font-family:'DejaVu Sans',sans-serif;font-size:11px;color:#222;margin:0}
.hdr{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #5b3cc4;padding-bottom:6px}
.hdr b{font-size:19px;color:#5b3cc4}
.hdr span{font-size:10.5px;color:#555;margin-left:12px}
.cols{display:flex;gap:16px;margin-top:10px}
.left{width:28%;border:1px solid #e6e1f5;border-radius:6px;padding:10px;font-size:10.5px}
.left .logo{width:54px;height:54px;border-radius:50%;background:#f0a23b;color:#fff;font-size:22px;
 display:flex;align-items:center;justify-content:center;font-weight:bold;margin-bottom:6px}
.right{flex:1}
h1{font-size:20px;margin:0 0 8px}
.facts{display:grid;grid-template-columns:1fr 1fr;gap:4px 14px;background:#f7f5fd;padding:8px;border-radius:6px}
.facts div span{color:#777;display:block;font-size:9.5px}
h4{margin:12px 0 3px;font-size:12.5px;color:#5b3cc4}
ul{margin:2px 0 4px 18px;padding:0}
.sim{border-top:1px solid #eee;padding:5px 0;font-size:10px}
.tags span{display:inline-block;border:1px solid #ccc;border-radius:10px;padding:1px 7px;margin:2px;font-size:9.5px}
"""


@ad("a2_02_jobsearch_satis_numayendesi_gence",
    producer="Chromium 156 headless --print-to-pdf --no-pdf-header-footer",
    style="jobsearch.az vacancy page saved without browser header/footer: company card on the left "
          "(with the company's other vacancies), facts grid, tag chips",
    title="Satış nümayəndəsi (FMCG)", company="Kəpəz Qida Distribusiya MMC", location="Gəncə",
    employment_type="full_time", workplace=None,
    salary={"min": 900, "max": 900, "currency": "AZN", "period": "month"},
    experience_years={"min": 2, "max": None},
    education="Orta ixtisas və ya ali təhsil",
    skills=["MS Excel", "1C", "CRM", "merçendayzinq", "B kateqoriyalı sürücülük vəsiqəsi"],
    email="hr@kepezqida.az", phone="+994 22 256 41 18",
    url="https://jobsearch.az/vacancies/satis-numayendesi-fmcg-194552",
    deadline="2026-12-20", posted="2026-12-01",
    key_phrases=["Gəncə şəhəri və ətraf rayonlar üzrə satış nümayəndəsi axtarırıq",
                 "pərakəndə satış nöqtələrinə müntəzəm səfərlər etmək",
                 "Debitor borclarının vaxtında yığılmasına nəzarət",
                 "Xidməti avtomobil və yanacaq xərci şirkət tərəfindən",
                 "aylıq 900 AZN (vergilər çıxıldıqdan sonra)",
                 "Müraciət edərkən məktubun mövzusunda vakansiyanın adını qeyd edin"],
    notes="jobsearch.az page printed with Chromium, no browser header/footer, so the posting URL is "
          "only the 'Paylaş' link on the page. Salary 'aylıq 900 AZN (vergilər çıxıldıqdan sonra)' "
          "= net monthly 900 AZN -> min=max=900; the facts grid repeats 'Maaş: 900 AZN'; '+ aylıq "
          "satış bonusu' is variable and not included. 'ən azı 2 il' -> min 2, max null. 'İş rejimi: "
          "Tam ştat' -> full_time; the job is field sales but no onsite/remote/hybrid statement -> "
          "workplace null. 'Son müraciət tarixi: 20.12.2026' -> deadline; 'Yerləşdirilib: 01.12.2026' "
          "-> posted. Phone written '+994 22 256 41 18'. The left card lists the company's two other "
          "vacancies (Anbardar 700 AZN, Merçendayzer 600 - 650 AZN) and the 'Oxşar vakansiyalar' list "
          "has other companies' salaries - none are this job's. 'Baxış: 512' is a board statistic. "
          "Driving licence counted as a skill (judgement).")
def a2_02(name, out):
    page = f"""<!doctype html><html lang="az"><head><meta charset="utf-8">
<title>Satış nümayəndəsi (FMCG) | JobSearch.az</title><style>{JS_CSS}</style></head><body>
<div class="hdr"><b>jobsearch.az</b><div><span>Vakansiyalar</span><span>Şirkətlər</span>
<span>Kateqoriyalar</span><span>Karyera məsləhətləri</span><span>Daxil ol</span></div></div>
<div class="cols"><div class="left">
<div class="logo">K</div><b>Kəpəz Qida Distribusiya MMC</b><br>Qida məhsullarının topdan satışı<br>
Gəncə, Azərbaycan<br>50-100 işçi<br><br><b>Şirkətin digər vakansiyaları</b>
<div class="sim">Anbardar<br>700 AZN</div><div class="sim">Merçendayzer<br>600 - 650 AZN</div>
<br><b>Oxşar vakansiyalar</b>
<div class="sim">Satış meneceri · Araz Market · Bakı<br>1 000 - 1 400 AZN</div>
<div class="sim">Ticarət təmsilçisi · NurSu MMC · Şəmkir<br>750 AZN</div>
<div class="sim">Regional satış rəhbəri · Kristal Group · Gəncə<br>Razılaşma yolu ilə</div>
</div><div class="right">
<h1>Satış nümayəndəsi (FMCG)</h1>
<div class="facts">
<div><span>Şirkət</span>Kəpəz Qida Distribusiya MMC</div><div><span>Şəhər</span>Gəncə</div>
<div><span>Kateqoriya</span>Satış / Ticarət</div><div><span>Maaş</span>900 AZN</div>
<div><span>İş rejimi</span>Tam ştat</div><div><span>Təcrübə</span>2 ildən yuxarı</div>
<div><span>Yerləşdirilib</span>01.12.2026</div><div><span>Son müraciət tarixi</span>20.12.2026</div>
</div>
<p style="font-size:9.5px;color:#888">Baxış: 512 · Paylaş: https://jobsearch.az/vacancies/satis-numayendesi-fmcg-194552</p>
<h4>Vakansiya haqqında</h4>
<p>Qida və içki məhsullarının distribusiyası ilə məşğul olan şirkətimiz Gəncə şəhəri və ətraf rayonlar üzrə satış nümayəndəsi axtarırıq.</p>
<h4>Vəzifə öhdəlikləri</h4>
{ul(["Marşrut üzrə pərakəndə satış nöqtələrinə müntəzəm səfərlər etmək;",
     "Sifarişləri qəbul edib 1C və CRM sistemində qeydiyyata almaq;",
     "Rəflərdə merçendayzinq standartlarına əməl olunmasını yoxlamaq;",
     "Debitor borclarının vaxtında yığılmasına nəzarət;",
     "Həftəlik satış hesabatlarını MS Excel-də hazırlamaq."])}
<h4>Tələblər</h4>
{ul(["Orta ixtisas və ya ali təhsil;",
     "FMCG sahəsində satış üzrə ən azı 2 il iş təcrübəsi;",
     "B kateqoriyalı sürücülük vəsiqəsi;",
     "MS Excel və 1C proqramlarında işləmək bacarığı;",
     "Gəncə və ətraf rayonların (Göygöl, Samux, Şəmkir) bazarını tanımaq üstünlükdür."])}
<h4>İş şəraiti</h4>
{ul(["Əmək haqqı: aylıq 900 AZN (vergilər çıxıldıqdan sonra) + aylıq satış bonusu;",
     "Xidməti avtomobil və yanacaq xərci şirkət tərəfindən;",
     "İş vaxtı: 09:00-18:00, bazar ertəsi - şənbə (şənbə 14:00-dək);",
     "Rəsmi əmək müqaviləsi, tibbi sığorta."])}
<h4>Müraciət</h4>
<p>CV-ni hr@kepezqida.az ünvanına göndərin. Müraciət edərkən məktubun mövzusunda vakansiyanın adını qeyd edin. Əlavə məlumat: +994 22 256 41 18.</p>
<div class="tags"><span>satış</span><span>FMCG</span><span>distribusiya</span><span>Gəncə</span></div>
</div></div></body></html>"""
    h = write(src(name, "html"), page)
    mkpdf.chrome_cli(h, out)


# =============================================================================================
# 3. hellojob.az
HJ_CSS = """
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:12px;color:#262626;margin:0}
.nav{display:flex;align-items:center;gap:18px;padding:10px 20px;border-bottom:1px solid #eee}
.nav b{font-size:21px;color:#ff6a00;margin-right:20px}
.hero{background:#fff5ec;padding:12px 20px}
.hero h1{margin:0;font-size:22px}
.hero .c{color:#ff6a00;font-size:14px;margin-top:3px}
.chips span{display:inline-block;background:#fff;border:1px solid #ffd2ad;border-radius:12px;padding:2px 9px;margin:6px 4px 0 0;font-size:11px}
.cols{display:flex;gap:20px;padding:8px 20px}
.main{flex:2.6}
.side{flex:1;font-size:11px}
.box{border:1px solid #eee;border-radius:6px;padding:8px;margin-bottom:10px}
.box div{padding:3px 0;border-bottom:1px dashed #eee}
.box div:last-child{border:none}
.box span{color:#888}
h3{font-size:14px;margin:10px 0 3px}
ul{margin:2px 0 5px 18px;padding:0}
.s{color:#2e8b57;font-weight:bold}
"""


@ad("a2_03_hellojob_it_destek_sumqayit",
    producer="Chromium 156 headless, DevTools Page.printToPDF with browser header/footer",
    style="hellojob.az vacancy page printout: orange hero with chips, right-hand facts box and "
          "similar-vacancy list, browser header/footer",
    title="IT dəstək mütəxəssisi (Helpdesk)", company="Polimer Tex MMC", location="Sumqayıt",
    employment_type="full_time", workplace="onsite",
    salary={"min": 1200, "max": 1200, "currency": "AZN", "period": "month"},
    experience_years={"min": 1, "max": 3},
    education="Ali təhsil (İnformasiya texnologiyaları və ya əlaqəli ixtisas)",
    skills=["Windows 10/11", "Active Directory", "Microsoft 365", "TCP/IP", "DHCP", "Cisco",
            "Zabbix", "GLPI"],
    email="it-hr@polimertex.az", phone=None,
    url="https://www.hellojob.az/vakansiya/it-destek-mutexessisi-helpdesk-48213",
    deadline="2027-01-15", posted="2026-12-15",
    key_phrases=["Sumqayıtdakı istehsalat kompleksimiz üçün IT dəstək mütəxəssisi",
                 "120-dən çox istifadəçiyə birinci və ikinci xətt dəstəyi",
                 "Müraciətləri GLPI sistemində qeydə almaq və vaxtında bağlamaq",
                 "Active Directory-də istifadəçi hesablarının idarə edilməsi",
                 "Növbətçilik qrafiki üzrə ayda 2 şənbə iş günü",
                 "Sertifikatlar (CCNA, MD-102) üstünlük sayılır"],
    notes="hellojob.az printout with Chrome header/footer. Salary chip '1200 AZN' (facts box 'Maaş: "
          "1200 AZN'), monthly by board convention (judgement). 'İş təcrübəsi: 1 ildən 3 ilədək' -> "
          "1..3. 'İş qrafiki: Tam ştat' -> full_time; 'İş yeri: Ofisdə' -> onsite. 'Son tarix: 15 "
          "yanvar 2027' -> deadline; 'Dərc olunub: 15 dekabr 2026' -> posted. 'Baxış: 642' is a "
          "statistic. No phone on the page (apply by e-mail or the 'Müraciət et' button); url = page "
          "URL in the footer. CCNA / MD-102 are preferred certificates, not counted as skills. Right "
          "sidebar 'Oxşar vakansiyalar' (900 AZN, 1 500 - 2 000 AZN, 1 000 AZN) belongs to other companies.")
def a2_03(name, out):
    box = [("Şəhər", "Sumqayıt"), ("Maaş", "1200 AZN"), ("İş qrafiki", "Tam ştat"),
           ("İş yeri", "Ofisdə"), ("İş təcrübəsi", "1 ildən 3 ilədək"), ("Təhsil", "Ali"),
           ("Dərc olunub", "15 dekabr 2026"), ("Son tarix", "15 yanvar 2027"), ("Baxış", "642")]
    boxh = "".join(f"<div><span>{k}:</span> {v}</div>" for k, v in box)
    sims = [("Sistem administratoru", "Kaspi Logistik", "Bakı", "900 AZN"),
            ("Şəbəkə mühəndisi", "DataLink Azərbaycan", "Bakı", "1 500 - 2 000 AZN"),
            ("IT mütəxəssisi", "Sumqayıt Tekstil", "Sumqayıt", "1 000 AZN")]
    simh = "".join(f'<div class="box"><b>{t}</b><br>{c} · {ci}<br><span class="s">{s}</span></div>' for t, c, ci, s in sims)
    page = f"""<!doctype html><html lang="az"><head><meta charset="utf-8">
<title>IT dəstək mütəxəssisi (Helpdesk) - Polimer Tex MMC | HelloJob.az</title><style>{HJ_CSS}</style></head><body>
<div class="nav"><b>hellojob</b><span>İş elanları</span><span>Şirkətlər</span><span>CV yarat</span><span>Bloq</span><span>Elan yerləşdir</span><span>Giriş</span></div>
<div class="hero"><h1>IT dəstək mütəxəssisi (Helpdesk)</h1><div class="c">Polimer Tex MMC</div>
<div class="chips"><span>Sumqayıt</span><span>1200 AZN</span><span>Tam ştat</span><span>Ofisdə</span><span>IT / Texniki dəstək</span></div></div>
<div class="cols"><div class="main">
<h3>Vakansiya haqqında</h3>
<p>Sumqayıtdakı istehsalat kompleksimiz üçün IT dəstək mütəxəssisi axtarırıq. Komanda 3 nəfərdən ibarətdir və IT şöbəsinin rəhbərinə tabedir.</p>
<h3>Vəzifə öhdəlikləri</h3>
{ul(["120-dən çox istifadəçiyə birinci və ikinci xətt dəstəyi göstərmək;",
     "Müraciətləri GLPI sistemində qeydə almaq və vaxtında bağlamaq;",
     "Windows 10/11 iş stansiyalarının, printerlərin və IP telefonların quraşdırılması;",
     "Active Directory-də istifadəçi hesablarının idarə edilməsi, Microsoft 365 lisenziyaları;",
     "Şəbəkə avadanlığının (Cisco kommutatorlar) və Zabbix monitorinqinin izlənməsi."])}
<h3>Tələblər</h3>
{ul(["Ali təhsil (İnformasiya texnologiyaları və ya əlaqəli ixtisas);",
     "Texniki dəstək sahəsində 1 ildən 3 ilədək iş təcrübəsi;",
     "TCP/IP, DHCP, DNS əsaslarını bilmək;",
     "Azərbaycan və rus dillərində ünsiyyət;",
     "Sertifikatlar (CCNA, MD-102) üstünlük sayılır."])}
<h3>Biz təklif edirik</h3>
{ul(["Aylıq 1200 AZN əmək haqqı, rüblük mükafat;",
     "İş saatı 08:30–17:30, Növbətçilik qrafiki üzrə ayda 2 şənbə iş günü;",
     "Bakıdan xidməti avtobus;",
     "Peşəkar təlimlər."])}
<p>CV-ni it-hr@polimertex.az ünvanına göndərin və ya “Müraciət et” düyməsini sıxın.</p>
</div><div class="side"><div class="box">{boxh}</div>
<b>Oxşar vakansiyalar</b>{simh}</div></div>
</body></html>"""
    h = write(src(name, "html"), page)
    mkpdf.chrome_devtools(h, out, "16.12.2026, 16:32",
                          "IT dəstək mütəxəssisi (Helpdesk) - Polimer Tex MMC | HelloJob.az",
                          "https://www.hellojob.az/vakansiya/it-destek-mutexessisi-helpdesk-48213")


# =============================================================================================
# 4. LinkedIn job page (Azerbaijani UI) printed from the browser
LI_CSS = """
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:12px;color:#191919;margin:0;background:#f4f2ee}
.nav{background:#fff;display:flex;gap:22px;padding:8px 24px;font-size:10.5px;color:#666;border-bottom:1px solid #ddd}
.nav b{background:#0a66c2;color:#fff;padding:0 5px;border-radius:3px;font-size:16px}
.card{background:#fff;margin:10px 24px;border-radius:8px;padding:14px 18px;border:1px solid #e0dfdc}
.co{font-size:12px;color:#444}
h1{font-size:21px;margin:4px 0}
.sub{color:#666;font-size:11px}
.pills span{display:inline-block;background:#e8f1fb;color:#0a4c90;border-radius:4px;padding:2px 8px;margin:8px 6px 0 0;font-weight:bold;font-size:11px}
.btn{display:inline-block;background:#0a66c2;color:#fff;border-radius:16px;padding:5px 16px;margin-top:10px;font-weight:bold}
.btn2{display:inline-block;border:1px solid #0a66c2;color:#0a66c2;border-radius:16px;padding:4px 16px;margin:10px 0 0 8px}
h2{font-size:15px;margin:6px 0}
h3{font-size:13px;margin:10px 0 3px}
ul{margin:2px 0 5px 18px;padding:0}
.o{border-top:1px solid #eee;padding:6px 0;font-size:11px}
"""


@ad("a2_04_linkedin_data_analitika_tecrube_baki",
    producer="Chromium 156 headless, DevTools Page.printToPDF with browser header/footer",
    style="LinkedIn job page in Azerbaijani UI printed from the browser: top-card with pills "
          "(Hibrid / Təcrübə proqramı), relative posting time, applicant count, 'Daha çox iş' list",
    title="Təcrübəçi – Data Analitika (Yay 2027)", company="Xəzər Kapital Bank ASC",
    location="Bakı, Azərbaycan", employment_type="internship", workplace="hybrid",
    salary={"min": 600, "max": 600, "currency": "AZN", "period": "month"},
    experience_years=None,
    education="Bakalavr və ya magistr pilləsinin son kurs tələbəsi və ya 2026-cı il məzunu "
              "(İqtisadiyyat, Riyaziyyat, Statistika, Kompüter elmləri)",
    skills=["SQL", "Python", "pandas", "Power BI", "Excel", "statistika"],
    email=None, phone=None, url="https://www.linkedin.com/jobs/view/4087215531/",
    deadline="2027-03-31", posted=None,
    key_phrases=["Risk və Data Analitika departamentinin yay təcrübə proqramına",
                 "Kredit portfeli üzrə məlumatların SQL sorğuları ilə toplanması",
                 "Power BI hesabatlarının yenilənməsi",
                 "Proqram 3 ay (iyun–avqust 2027) davam edir",
                 "Aylıq təqaüd: 600 AZN",
                 "ən yaxşı təcrübəçilərə tam ştat iş təklifi"],
    notes="LinkedIn job page with an Azerbaijani interface, printed with Chrome header/footer; the "
          "title is written with an en dash. Pills 'Hibrid' -> hybrid and 'Təcrübə proqramı' -> "
          "internship (the body also says 'Yay təcrübə proqramı', 3 months, weekly 3 days in the "
          "office). 'Aylıq təqaüd: 600 AZN' is a monthly stipend and coded as salary 600 AZN/month "
          "(judgement: the employer's stated pay). The 'Daha çox iş' list carries '2 500 AZN/ay - "
          "3 000 AZN/ay' and '1 800 AZN/ay' for other jobs - not this one. '2 həftə əvvəl · 87 "
          "müraciətçi' is relative -> posted null. 'Müraciətlər 31 mart 2027-dək qəbul olunur' -> "
          "deadline. No experience requirement (students; the pill 'Internship səviyyəsi' is a level) -> experience_years null. Apply via "
          "'Asan müraciət' button, no e-mail/phone; url = the footer URL. Employer card '1 001-5 000 "
          "işçi' is company size, not job data.")
def a2_04(name, out):
    others = [("Risk analitiki", "NovaBank ASC", "Bakı, Azərbaycan (Hibrid)", "2 500 AZN/ay - 3 000 AZN/ay"),
              ("Junior BI Developer", "Azəri Telekom", "Bakı, Azərbaycan (Ofisdə)", "1 800 AZN/ay"),
              ("Data Science Intern", "Caspian Analytics", "Uzaqdan", "")]
    oth = "".join(f'<div class="o"><b>{t}</b><br>{c}<br>{l}{("<br>" + s) if s else ""}</div>' for t, c, l, s in others)
    page = f"""<!doctype html><html lang="az"><head><meta charset="utf-8">
<title>Təcrübəçi – Data Analitika (Yay 2027) | Xəzər Kapital Bank ASC | LinkedIn</title><style>{LI_CSS}</style></head><body>
<div class="nav"><b>in</b><span>Axtarış</span><span>Əsas səhifə</span><span>Şəbəkəm</span><span>İşlər</span><span>Mesajlar</span><span>Bildirişlər</span><span>Mən</span></div>
<div class="card"><div class="co">Xəzər Kapital Bank ASC</div>
<h1>Təcrübəçi – Data Analitika (Yay 2027)</h1>
<div class="sub">Bakı, Azərbaycan · 2 həftə əvvəl · 87 müraciətçi</div>
<div class="pills"><span>Hibrid</span><span>Təcrübə proqramı</span><span>Internship səviyyəsi</span></div>
<div class="sub" style="margin-top:6px">1 001-5 000 işçi · Bank işi &nbsp;|&nbsp; Bacarıqlar: SQL, Python, Power BI və daha 3</div>
<span class="btn">Asan müraciət</span><span class="btn2">Yadda saxla</span></div>
<div class="card"><h2>Vakansiya haqqında</h2>
<p>Xəzər Kapital Bank ASC tələbələri və yeni məzunları Risk və Data Analitika departamentinin yay təcrübə proqramına dəvət edir.</p>
<h3>Təcrübəçi nə edəcək?</h3>
{ul(["Kredit portfeli üzrə məlumatların SQL sorğuları ilə toplanması və təmizlənməsi;",
     "Python (pandas) ilə sadə analizlər və vizuallaşdırmalar;",
     "Power BI hesabatlarının yenilənməsi;",
     "Komanda ilə birlikdə erkən xəbərdarlıq (early warning) modelinin sınaqdan keçirilməsi."])}
<h3>Kimləri axtarırıq?</h3>
{ul(["Bakalavr və ya magistr pilləsinin son kurs tələbəsi və ya 2026-cı il məzunu (İqtisadiyyat, Riyaziyyat, Statistika, Kompüter elmləri);",
     "SQL və Excel üzrə əsas biliklər, statistika anlayışı;",
     "İngilis dilində texniki sənədləri oxuya bilmək."])}
<h3>Şərtlər</h3>
{ul(["Proqram 3 ay (iyun–avqust 2027) davam edir;",
     "Hibrid format: həftədə 3 gün ofisdə (Nəsimi rayonu), 2 gün evdən;",
     "Aylıq təqaüd: 600 AZN;",
     "Mentor dəstəyi və ən yaxşı təcrübəçilərə tam ştat iş təklifi."])}
<p>Müraciətlər 31 mart 2027-dək qəbul olunur. Motivasiya məktubunu müraciət formasına əlavə edin.</p>
</div>
<div class="card"><h2>Xəzər Kapital Bank ASC haqqında</h2><p>Bank işi · 1 001-5 000 işçi · LinkedIn-də 24 512 izləyici</p></div>
<div class="card"><h2>Daha çox iş</h2>{oth}</div>
</body></html>"""
    h = write(src(name, "html"), page)
    mkpdf.chrome_devtools(h, out, "12/18/26, 9:41 AM",
                          "Təcrübəçi – Data Analitika (Yay 2027) | Xəzər Kapital Bank ASC | LinkedIn",
                          "https://www.linkedin.com/jobs/view/4087215531/")


# =============================================================================================
# 5. Word announcement (python-docx -> LibreOffice), oil & gas, QSC letterhead
@ad("a2_05_docx_hse_muhendisi_sirvan",
    producer="python-docx -> LibreOffice 7.4 Writer (soffice --convert-to pdf)",
    style="oil-service company Word announcement on letterhead (head-office address in the page "
          "header), reference number, bold label paragraphs and a small conditions table",
    title="HSE mühəndisi (quru yataqlar)", company="Qaradağ Neftqaz Servis QSC",
    location="Şirvan şəhəri", employment_type="temporary", workplace=None,
    salary={"min": 2400, "max": 2400, "currency": "AZN", "period": "month"},
    experience_years={"min": 4, "max": None},
    education="Mühəndislik və ya əməyin mühafizəsi ixtisası üzrə ali təhsil",
    skills=["NEBOSH IGC", "IOSH Managing Safely", "ISO 45001", "HAZOP", "Permit to Work", "MS Office"],
    email="hse.vakansiya@qaradagneftqaz.az", phone="+994 12 447 80 25", url=None,
    deadline="2027-01-05", posted="2026-12-10",
    key_phrases=["quru yataqlarda aparılan təmir-qazma işləri üçün HSE mühəndisi vəzifəsinə",
                 "İş icazəsi (Permit to Work) sisteminin tətbiqinə nəzarət",
                 "Hadisələrin araşdırılması və kök səbəb təhlili",
                 "neft-qaz sənayesində HSE sahəsində 4 ildən az olmayan iş təcrübəsi",
                 "14/14 növbə rejimi",
                 "Müraciətlər 05.01.2027 tarixinədək qəbul edilir"],
    notes="Word letterhead: the page header carries the head office address (Bakı ş., Qaradağ r-nu, "
          "Lökbatan qəs.) - that is not the place of work; 'İş yeri: Şirvan şəhəri (quru yataqlar)' -> "
          "location 'Şirvan şəhəri'. 'Müqavilə növü: Müvəqqəti - 12 aylıq əmək müqaviləsi (uzadılma "
          "imkanı ilə)' -> temporary. '14/14 növbə rejimi' is a rotation. Salary 'Əmək haqqı: 2 400 "
          "manat (vergilərdən əvvəl)' -> 2400 AZN gross, monthly (the table says 'aylıq'). Experience "
          "'4 ildən az olmayan' -> min 4. Date line '10.12.2026' under the reference number -> posted "
          "(judgement: letter date = publication date). 'Müraciətlər 05.01.2027 tarixinədək' -> "
          "deadline. 'ilk tibbi yardım sertifikatı' is a required certificate, not listed as a skill. Company "
          "written as “Qaradağ Neftqaz Servis” QSC in the body, in caps in the header, plainly in the "
          "signature. Word list bullets come out as Symbol-font U+F0B7 in pdftotext (tolerated).")
def a2_05(name, out):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = Document()
    for sname in ("Normal", "List Bullet", "Title"):
        st = d.styles[sname]
        st.font.name = "Liberation Serif"
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = rpr.makeelement(qn("w:rFonts"), {}); rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), "Liberation Serif")
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("QARADAĞ NEFTQAZ SERVİS QSC"); r.bold = True; r.font.color.rgb = RGBColor(0x0B, 0x3D, 0x6B)
    hp.add_run("\nBakı ş., Qaradağ r-nu, Lökbatan qəs., Neftçilər küç. 7 · Tel: +994 12 447 80 00 · www.qaradagneftqaz.az").font.size = Pt(8)
    sec.footer.paragraphs[0].text = "HR-F-014 / Vakansiya elanı · Səhifə 1"

    def p(text, bold=False, size=None, align=None, after=4):
        q = d.add_paragraph(); rr = q.add_run(text); rr.bold = bold
        if size: rr.font.size = Pt(size)
        if align == "c": q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if align == "r": q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        q.paragraph_format.space_after = Pt(after)
        return q

    def lab(label, value):
        q = d.add_paragraph(); q.add_run(label).bold = True; q.add_run(value)
        q.paragraph_format.space_after = Pt(2)

    def bl(items):
        for i in items:
            q = d.add_paragraph(i, style="List Bullet"); q.paragraph_format.space_after = Pt(0)

    p("№ HR-2026/118\n10.12.2026", align="r")
    p("VAKANSİYA ELANI", bold=True, size=15, align="c", after=2)
    p("HSE mühəndisi (quru yataqlar)", bold=True, size=13, align="c", after=10)
    p("“Qaradağ Neftqaz Servis” QSC quru yataqlarda aparılan təmir-qazma işləri üçün HSE mühəndisi "
      "vəzifəsinə namizədlər arasında seçim elan edir.")
    lab("İş yeri: ", "Şirvan şəhəri (quru yataqlar), 14/14 növbə rejimi")
    lab("Müqavilə növü: ", "Müvəqqəti – 12 aylıq əmək müqaviləsi (uzadılma imkanı ilə)")
    lab("Tabelik: ", "HSE departamentinin rəhbəri")
    p("")
    p("Əsas vəzifələr:", bold=True, after=2)
    bl(["Qazma briqadalarında təhlükəsizlik qaydalarına gündəlik nəzarət;",
        "İş icazəsi (Permit to Work) sisteminin tətbiqinə nəzarət;",
        "HAZOP və risklərin qiymətləndirilməsi sessiyalarında iştirak;",
        "Hadisələrin araşdırılması və kök səbəb təhlili;",
        "ISO 45001 tələblərinə uyğun sənədlərin aparılması, aylıq HSE hesabatları (MS Office)."])
    p("")
    p("Namizədə tələblər:", bold=True, after=2)
    bl(["Mühəndislik və ya əməyin mühafizəsi ixtisası üzrə ali təhsil;",
        "neft-qaz sənayesində HSE sahəsində 4 ildən az olmayan iş təcrübəsi;",
        "NEBOSH IGC sertifikatı (mütləq), IOSH Managing Safely üstünlükdür;",
        "Etibarlı ilk tibbi yardım sertifikatı;",
        "Azərbaycan və ingilis dillərində sərbəst yazılı və şifahi ünsiyyət."])
    p("")
    p("Təklif olunan şərtlər:", bold=True, after=2)
    t = d.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (k, v) in enumerate([("Əmək haqqı", "2 400 manat (vergilərdən əvvəl), aylıq"),
                                ("Növbə", "14 gün iş / 14 gün istirahət"),
                                ("Nəqliyyat", "Bakı – Şirvan – Bakı xidməti nəqliyyatı"),
                                ("Digər", "Yataqxana, üç dəfə qidalanma, tibbi sığorta")]):
        t.cell(i, 0).text = k; t.cell(i, 1).text = v
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
    p("")
    p("Maraqlanan namizədlər CV və sertifikatların surətlərini hse.vakansiya@qaradagneftqaz.az "
      "ünvanına göndərə bilərlər (mövzu: “HSE-Şirvan”). Müraciətlər 05.01.2027 tarixinədək qəbul "
      "edilir. Yalnız müsahibəyə dəvət olunan namizədlərlə əlaqə saxlanılacaq.")
    p("Əlaqə telefonu: +994 12 447 80 25 (İnsan resursları şöbəsi)")
    p("")
    p("Qaradağ Neftqaz Servis QSC\nİnsan resursları departamenti", bold=True, align="r")
    path = src(name, "docx"); d.save(path)
    mkpdf.soffice(path, out)


# =============================================================================================
# 6. State-service competition notice (XeLaTeX)
TEX_HEAD = r"""\documentclass[11pt,a4paper]{article}
\usepackage{fontspec}
\usepackage[margin=2cm]{geometry}
\usepackage{enumitem}
\usepackage{array}
\setmainfont{DejaVu Serif}[Ligatures={NoCommon}]
\setsansfont{DejaVu Sans}[Ligatures={NoCommon}]
\hyphenpenalty=10000 \exhyphenpenalty=10000
\pagestyle{empty}
\setlength{\parindent}{0pt}
\setlength{\parskip}{4pt}
\setlist{nosep,leftmargin=1.4em}
"""


@ad("a2_06_xelatex_dovlet_qullugu_huquq_quba",
    producer="XeLaTeX (TeX Live 2022, fontspec DejaVu Serif/Sans)",
    style="state-service competition notice ('Dövlət qulluğu', 'müsabiqə') typeset as an official "
          "document: institution header, numbered sections, position table, document list",
    title="Hüquq şöbəsinin aparıcı məsləhətçisi",
    company="Şimal Regional Meliorasiya və Su Təsərrüfatı İdarəsi", location="Quba şəhəri",
    employment_type=None, workplace=None,
    salary={"min": 1500, "max": 1500, "currency": "AZN", "period": "month"},
    experience_years={"min": 3, "max": None},
    education="Hüquqşünaslıq ixtisası üzrə ali təhsil (bakalavr və ya magistr)",
    skills=["Əmək Məcəlləsi", "Mülki Məcəllə", "İnzibati icraat haqqında", "MS Word", "MS Excel",
            "elektron sənəd dövriyyəsi sistemi"],
    email="kadr@simalmeliorasiya.gov.az", phone="(023) 335-14-60", url=None,
    deadline="2027-01-15", posted="2026-12-16",
    key_phrases=["Dövlət qulluğunda vakant vəzifənin tutulması üçün müsabiqə elan edir",
                 "Müqavilələrin və hüquqi aktların layihələrinin hüquqi ekspertizası",
                 "məhkəmələrdə İdarənin maraqlarının təmsil edilməsi",
                 "hüquq sahəsində 3 ildən artıq iş stajı",
                 "Müsabiqə iki mərhələdə – test imtahanı və müsahibə formasında keçirilir",
                 "Natamam sənədlər qəbul edilmir"],
    notes="State-style competition notice. The employer is the (invented) regional administration "
          "named in the header. 'Vəzifə maaşı: 1 500 manat' -> 1500 AZN; period not written, monthly "
          "by the convention for official salaries (judgement); 'əlavə olaraq qulluq stajına görə "
          "əlavələr' not included. 'hüquq sahəsində 3 ildən artıq iş stajı' -> min 3. 'Vəzifə "
          "təsnifatı: IV təsnifat, 4-cü kateqoriya' is a civil-service grade, not experience. No "
          "full/part-time statement -> employment_type null. 'Sənədlər 2027-ci il 15 yanvar tarixinədək "
          "qəbul edilir' -> deadline; 'Elan tarixi: 16 dekabr 2026' -> posted. Location: 'Vəzifənin "
          "yeri: Quba şəhəri'; the street address for submitting documents (Heydər Əliyev pr. 58) is "
          "left out. Skills are the laws and tools the notice names in 'bilməlidir' (judgement: legal "
          "knowledge areas as skills).")
def a2_06(name, out):
    tex = TEX_HEAD + r"""
\begin{document}
\begin{center}
{\sffamily\small AZƏRBAYCAN RESPUBLİKASI}\\[2pt]
{\sffamily\bfseries\large Şimal Regional Meliorasiya və Su Təsərrüfatı İdarəsi}\\[2pt]
{\small Quba şəhəri, Heydər Əliyev prospekti 58 \quad Tel.: (023) 335-14-60}\\
\rule{\linewidth}{0.6pt}
\end{center}
\hfill Elan tarixi: 16 dekabr 2026\par
\begin{center}{\bfseries\large ELAN}\\[2pt]
{\bfseries Şimal Regional Meliorasiya və Su Təsərrüfatı İdarəsi Dövlət qulluğunda vakant vəzifənin tutulması üçün müsabiqə elan edir}\end{center}

{\sffamily\bfseries 1. Vakant vəzifə}\par
\begin{tabular}{|>{\raggedright}p{5.2cm}|p{10.6cm}|}\hline
Vəzifənin adı & Hüquq şöbəsinin aparıcı məsləhətçisi \\\hline
Vəzifə təsnifatı & IV təsnifat, 4-cü kateqoriya \\\hline
Vakant yerlərin sayı & 1 (bir) \\\hline
Vəzifənin yeri & Quba şəhəri \\\hline
Vəzifə maaşı & 1 500 manat (qulluq stajına görə əlavələr istisna olmaqla) \\\hline
\end{tabular}

{\sffamily\bfseries 2. Vəzifə funksiyaları}
\begin{itemize}
\item Müqavilələrin və hüquqi aktların layihələrinin hüquqi ekspertizası;
\item İnzibati şikayətlərə və vətəndaş müraciətlərinə baxılmasında iştirak;
\item Qanunvericiliklə müəyyən edilmiş hallarda məhkəmələrdə İdarənin maraqlarının təmsil edilməsi;
\item Sənədlərin elektron sənəd dövriyyəsi sistemi vasitəsilə hazırlanması və icraya nəzarət.
\end{itemize}

{\sffamily\bfseries 3. Namizədə dair tələblər}
\begin{itemize}
\item Azərbaycan Respublikasının vətəndaşlığı;
\item Hüquqşünaslıq ixtisası üzrə ali təhsil (bakalavr və ya magistr);
\item hüquq sahəsində 3 ildən artıq iş stajı;
\item Azərbaycan Respublikasının Konstitusiyasını, Əmək Məcəlləsi, Mülki Məcəllə və „İnzibati icraat haqqında“ Qanunu bilməlidir;
\item MS Word, MS Excel proqramlarında sərbəst işləməyi bacarmalıdır.
\end{itemize}

{\sffamily\bfseries 4. Təqdim olunan sənədlər}
\begin{enumerate}[label=\arabic*)]
\item ərizə (İdarənin rəisinin adına);
\item şəxsiyyət vəsiqəsinin surəti və 3x4 ölçüdə 2 ədəd fotoşəkil;
\item təhsil haqqında sənədin və əmək kitabçasının (və ya elektron əmək müqaviləsi bildirişinin) surəti;
\item tərcümeyi-hal (CV).
\end{enumerate}

{\sffamily\bfseries 5. Müsabiqənin keçirilməsi qaydası}\par
Müsabiqə iki mərhələdə – test imtahanı və müsahibə formasında keçirilir. Test imtahanının tarixi namizədlərə ayrıca bildiriləcək.

Sənədlər 2027-ci il 15 yanvar tarixinədək (saat 18:00-dək) İdarənin kargüzarlıq şöbəsinə şəxsən və ya kadr@simalmeliorasiya.gov.az elektron poçt ünvanına təqdim edilir. Natamam sənədlər qəbul edilmir.

Əlaqə telefonu: (023) 335-14-60 (Kadrlar şöbəsi).

\vspace{8mm}
\hfill\begin{tabular}{r}\textbf{Müsabiqə komissiyası}\end{tabular}
\end{document}
"""
    path = write(src(name, "tex"), tex)
    mkpdf.xelatex(path, out)


# =============================================================================================
# 7. Shop flyer (fpdf2)
@ad("a2_07_fpdf_satici_yarim_stat_lenkeran",
    producer="fpdf2 2.8 (DejaVu Sans), A5 flyer",
    style="bakery-shop hiring flyer 'SATICI TƏLƏB OLUNUR!': coloured banner, tick lists, big "
          "phone box, tear-off phone strips at the bottom",
    title="SATICI", company="Təzə Çörək Evi", location="Lənkəran şəhəri",
    employment_type="part_time", workplace=None,
    salary={"min": 8, "max": 8, "currency": "AZN", "period": "hour"},
    experience_years={"min": 0, "max": 0}, education=None,
    skills=["Kassa aparatı", "POS-terminal", "elektron tərəzi", "WhatsApp Business"],
    email=None, phone="(070) 525-18-44", url=None,
    deadline="2027-01-10", posted=None,
    key_phrases=["Yarım ştat, axşam növbəsi: 17:00–22:00",
                 "Təcrübə tələb olunmur – hər şeyi yerində öyrədirik",
                 "Təzə çörək və şirniyyat satışı",
                 "Səliqəli, gülərüz və dəqiq olmaq",
                 "Elan 10 yanvar 2027-dək qüvvədədir"],
    notes="Flyer, headline 'SATICI TƏLƏB OLUNUR!' - title taken as 'SATICI' (the role in the "
          "headline, caps kept). 'Saatlıq 8 AZN' -> 8 AZN/hour. 'Yarım ştat' -> part_time. "
          "'Təcrübə tələb olunmur' -> {0,0} (as in the dev set). Location: 'Lənkəran şəhəri, "
          "H. Aslanov küç. 15 (Mərkəzi bazarın yanı)' -> street address dropped. Age '18–35 yaş' is "
          "not experience. 'Elan 10 yanvar 2027-dək qüvvədədir' (the notice is valid until) taken as "
          "deadline (judgement). Phone '(070) 525-18-44' (WhatsApp) repeated on the tear-off strips; "
          "no e-mail. 'Yeni il kampaniyası' is decoration, not a date.")
def a2_07(name, out):
    from fpdf import FPDF
    pdf = FPDF(format=(148, 210), unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("DV", "", DEJAVU); pdf.add_font("DV", "B", DEJAVU_B); pdf.add_font("DV", "I", DEJAVU_I)
    pdf.add_page()
    pdf.set_fill_color(150, 75, 20); pdf.rect(0, 0, 148, 34, "F")
    pdf.set_text_color(255, 240, 210); pdf.set_font("DV", "B", 11)
    pdf.set_xy(0, 5); pdf.cell(148, 6, "Təzə Çörək Evi", align="C")
    pdf.set_text_color(255, 255, 255); pdf.set_font("DV", "B", 23)
    pdf.set_xy(0, 13); pdf.cell(148, 12, "SATICI TƏLƏB OLUNUR!", align="C")
    pdf.set_font("DV", "I", 9); pdf.set_xy(0, 26); pdf.cell(148, 5, "Yeni il kampaniyası ilə əlaqədar komandamızı genişləndiririk", align="C")
    pdf.set_text_color(40, 30, 20)
    y = 40
    def head(t):
        nonlocal y
        pdf.set_font("DV", "B", 12); pdf.set_text_color(150, 75, 20)
        pdf.set_xy(10, y); pdf.cell(128, 6, t); y += 7
        pdf.set_text_color(40, 30, 20)
    def item(t):
        nonlocal y
        pdf.set_font("DV", "", 10); pdf.set_xy(12, y); pdf.cell(5, 5, "✔")
        pdf.set_xy(18, y); pdf.multi_cell(120, 5, t); y = pdf.get_y() + 1
    head("İş:")
    for t in ["Təzə çörək və şirniyyat satışı", "Kassa aparatı və POS-terminal ilə hesablaşma",
              "Məhsulların elektron tərəzi ilə çəkilməsi",
              "WhatsApp Business vasitəsilə sifarişlərin qəbulu"]:
        item(t)
    y += 2; head("Tələblər:")
    for t in ["18–35 yaş", "Səliqəli, gülərüz və dəqiq olmaq",
              "Təcrübə tələb olunmur – hər şeyi yerində öyrədirik!"]:
        item(t)
    y += 2; head("Şərtlər:")
    for t in ["Yarım ştat, axşam növbəsi: 17:00–22:00", "Saatlıq 8 AZN, ödəniş həftəlik",
              "Pulsuz çay və çörək"]:
        item(t)
    y += 3
    pdf.set_font("DV", "", 9.5); pdf.set_xy(10, y)
    pdf.multi_cell(128, 5, "Ünvan: Lənkəran şəhəri, H. Aslanov küç. 15 (Mərkəzi bazarın yanı)"); y = pdf.get_y() + 3
    pdf.set_fill_color(255, 214, 0); pdf.rect(20, y, 108, 18, "F")
    pdf.set_font("DV", "B", 9); pdf.set_xy(20, y + 1.5); pdf.cell(108, 5, "Zəng edin və ya WhatsApp yazın:", align="C")
    pdf.set_font("DV", "B", 17); pdf.set_xy(20, y + 7); pdf.cell(108, 9, "(070) 525-18-44", align="C")
    y += 22
    pdf.set_font("DV", "I", 8.5); pdf.set_xy(10, y); pdf.cell(128, 5, "Elan 10 yanvar 2027-dək qüvvədədir.", align="C")
    # tear-off strips
    pdf.set_draw_color(120, 120, 120)
    pdf.set_dash_pattern(dash=1.2, gap=1)
    pdf.line(0, 184, 148, 184)
    pdf.set_dash_pattern()
    for i in range(8):
        x = 3 + i * 18
        pdf.line(x + 17.5, 184, x + 17.5, 210)
        with pdf.rotation(90, x + 9, 197):
            pdf.set_font("DV", "", 6.5); pdf.set_xy(x - 3, 194); pdf.cell(24, 3, "Satıcı", align="C")
            pdf.set_xy(x - 3, 197.5); pdf.cell(24, 3, "(070) 525-18-44", align="C")
    import fpdf as _f
    pdf.set_title("Satıcı tələb olunur - Təzə Çörək Evi")
    pdf.set_producer(f"PyFPDF/fpdf{_f.__version__}")
    pdf.output(out)


# =============================================================================================
# 8. Clinic HR vacancy form (ReportLab platypus table)
@ad("a2_08_reportlab_form_tibb_bacisi_mingecevir",
    producer="ReportLab 4 platypus (DejaVu Sans), table-based HR form",
    style="private clinic's internal/external vacancy form 'VAKANSİYA FORMASI': numbered two-column "
          "label/value table with wrapped cells, approval/signature block",
    title="Tibb bacısı (stasionar şöbə)", company="Kür Tibb Mərkəzi MMC",
    location="Mingəçevir şəhəri", employment_type="full_time", workplace=None,
    salary=None, experience_years={"min": 2, "max": None},
    education="Orta tibb təhsili (tibb kolleci), “Tibb bacısı işi” ixtisası",
    skills=["venadaxili inyeksiya", "EKQ", "sterilizasiya", "MedSoft HIS", "ilk tibbi yardım"],
    email="hr@kurtibb.az", phone="+994 24 227 55 06", url=None,
    deadline="2026-12-28", posted="2026-12-08",
    key_phrases=["Həkimin təyinatlarının vaxtında və dəqiq icrası",
                 "Xəstələrin vəziyyətinin monitorinqi və növbə jurnalının aparılması",
                 "tibb bacısı kimi ən azı 2 il iş təcrübəsi",
                 "Növbəli qrafik: 24 saat iş / 72 saat istirahət",
                 "Razılaşma yolu ilə",
                 "Müsahibəyə yalnız seçilmiş namizədlər dəvət olunacaq"],
    notes="Form-like table produced with ReportLab; pdftotext without -layout keeps label and value "
          "close only row by row. 'Əmək haqqı: Razılaşma yolu ilə' -> salary null (the '+ gecə "
          "növbələrinə görə əlavə' note does not give an amount). 'Məşğulluq növü: Tam ştat (növbəli "
          "qrafik)' -> full_time; '24 saat iş / 72 saat istirahət' is the shift pattern. 'İş yeri: "
          "Mingəçevir şəhəri, Kür Tibb Mərkəzi, stasionar korpus' -> location 'Mingəçevir şəhəri' "
          "(clinic/building names dropped). No onsite/remote statement -> workplace null. 'ən azı 2 "
          "il' -> min 2. 'Tərtib tarixi: 08.12.2026' taken as posted (judgement: form date); 'Son "
          "müraciət tarixi: 28.12.2026' -> deadline. The 'Təsdiq edirəm' signature block names the "
          "director and HR manager; HR manager phone '+994 24 227 55 06' is the application contact.")
def a2_08(name, out):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    pdfmetrics.registerFont(TTFont("DV", DEJAVU)); pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
    N = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=12.5)
    B = ParagraphStyle("b", parent=N, fontName="DVB")
    H = ParagraphStyle("h", parent=N, fontName="DVB", fontSize=14, leading=18, alignment=1)
    S = ParagraphStyle("s", parent=N, fontSize=8, textColor=colors.grey, alignment=1)
    R = ParagraphStyle("r", parent=N, alignment=2)
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm,
                            title="Vakansiya formasi - Tibb bacisi", author="Kür Tibb Mərkəzi MMC")
    P = lambda t, s=N: Paragraph(t, s)
    rows = [
        ("Müəssisə", "Kür Tibb Mərkəzi MMC"),
        ("Vəzifənin adı", "Tibb bacısı (stasionar şöbə)"),
        ("Struktur bölmə", "Terapiya və kardiologiya stasionarı"),
        ("Vakansiyaların sayı", "2"),
        ("İş yeri", "Mingəçevir şəhəri, Kür Tibb Mərkəzi, stasionar korpus"),
        ("Məşğulluq növü", "Tam ştat (növbəli qrafik)"),
        ("İş rejimi", "Növbəli qrafik: 24 saat iş / 72 saat istirahət"),
        ("Əmək haqqı", "Razılaşma yolu ilə (+ gecə növbələrinə görə əlavə)"),
        ("Təhsil", "Orta tibb təhsili (tibb kolleci), “Tibb bacısı işi” ixtisası"),
        ("İş təcrübəsi", "Stasionarda tibb bacısı kimi ən azı 2 il iş təcrübəsi"),
        ("Vəzifə öhdəlikləri", "• Həkimin təyinatlarının vaxtında və dəqiq icrası;<br/>"
                               "• Venadaxili inyeksiya, sistem qoyulması və EKQ çəkilməsi;<br/>"
                               "• Xəstələrin vəziyyətinin monitorinqi və növbə jurnalının aparılması;<br/>"
                               "• Alətlərin sterilizasiya qaydalarına riayət olunması;<br/>"
                               "• Məlumatların MedSoft HIS sisteminə daxil edilməsi."),
        ("Tələb olunan bacarıqlar", "venadaxili inyeksiya, EKQ, sterilizasiya, MedSoft HIS, ilk tibbi yardım; "
                                    "rus dilini bilmək arzuolunandır"),
        ("Sosial paket", "Pulsuz nahar, iş forması, illik tibbi müayinə, təlimlər"),
        ("Tərtib tarixi", "08.12.2026"),
        ("Son müraciət tarixi", "28.12.2026"),
        ("Əlaqə", "hr@kurtibb.az · +994 24 227 55 06 (İnsan resursları meneceri Səbinə Həsənova)"),
    ]
    data = [[P("№", B), P("Göstərici", B), P("Məlumat", B)]]
    data += [[P(str(i)), P(k, B), P(v)] for i, (k, v) in enumerate(rows, 1)]
    t = Table(data, colWidths=[10 * mm, 48 * mm, 116 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7a8a99")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d7e6f2")),
                           ("BACKGROUND", (1, 1), (1, -1), colors.HexColor("#f3f6f9")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    story = [P("KÜR TİBB MƏRKƏZİ MMC", S), P("Forma HR-03 · Daxili/xarici vakansiya", S), Spacer(1, 6),
             P("VAKANSİYA FORMASI", H), Spacer(1, 8), t, Spacer(1, 8),
             P("Müraciət qaydası: CV və diplomun surəti hr@kurtibb.az ünvanına göndərilir. "
               "Müsahibəyə yalnız seçilmiş namizədlər dəvət olunacaq."),
             Spacer(1, 16),
             Table([[P("Təsdiq edirəm:<br/>Baş direktor ____________ R. Əliyev", N),
                     P("Tərtib etdi:<br/>İR meneceri ____________ S. Həsənova", R)]],
                   colWidths=[87 * mm, 87 * mm])]
    doc.build(story)


if __name__ == "__main__":
    sys.exit(main("az"))
