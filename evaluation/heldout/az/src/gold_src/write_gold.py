#!/usr/bin/env python3
"""The hand-written gold of the Azerbaijani held-out set, kept as Python literals so the 14
JSON files can be rewritten identically (python3 src/gold_src/write_gold.py). Every value was
typed by hand from the ad's text; nothing here is computed from the PDFs."""
import json, os
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "gold")
CDP = "Chromium 156 headless, DevTools Page.printToPDF with displayHeaderFooter (Skia/PDF)"
CHR = "Chromium 156 headless --print-to-pdf, no header/footer (Skia/PDF)"
def S(mn, mx, cur="AZN", per="month"): return {"min": mn, "max": mx, "currency": cur, "period": per}
def E(mn, mx=None): return {"min": mn, "max": mx}
G = {}
G["a01_bossaz_kassir_ganja"] = dict(
 producer=CDP, style="boss.az vacancy page printed from the browser (A4, header/footer), 2 pages",
 title="Kassir", company="Gülüstan Market MMC", location="Gəncə", employment_type=None, workplace=None,
 salary=S(700, 850), experience_years=E(1, 3), education="Orta",
 skills=["Kassa aparatı", "POS-terminal", "1C: Ticarət"],
 email="hr@gulustanmarket.az", phone="(050) 312-45-67", url="https://boss.az/vacancies/301245",
 deadline="2026-12-12", posted="2026-11-12",
 key_phrases=["POS-terminal və nağdsız ödənişlərlə iş təcrübəsi",
              "Gəncə şəhərində yaşayan namizədlərə üstünlük verilir.",
              "Nizami Gəncəvi prospektində açılan yeni filialımıza kassir tələb olunur.",
              "Nahar işəgötürən tərəfindən təmin olunur",
              "İlk ay ərzində təcrübəli kassirlərin nəzarəti altında təlim keçirilir."],
 notes="boss.az-style page printed with Chrome's own header (print time 14.11.2026, 10:32 and page title) and footer (URL, 1/2) on both pages; site nav, search bar, sidebar ad and category counts ('Satış (1 512)') are board chrome and interleave with the facts table in pdftotext. Salary '700 - 850 AZN' (body: 'Əmək haqqı aylıq 700 - 850 AZN') -> month. 'Oxşar vakansiyalar' on page 2 lists other companies' salaries (650 AZN, 600 - 900 AZN, 1 200 - 1 500 AZN, 'Razılaşma ilə') - not this job. '2 gün iş, 2 gün istirahət' is a shift pattern, not an employment type -> null. Experience 'Təcrübə: 1 ildən 3 ilədək' -> 1..3. Location = 'Şəhər: Gəncə' field (body names Nizami Gəncəvi prospekti). posted = 'Elan tarixi: 12 noyabr 2026' (the print date in the header is not it); deadline = 'Bitmə tarixi: 12 dekabr 2026'. url = posting URL in the print footer.")
G["a02_bossaz_muhasib_baki"] = dict(
 producer=CDP + ", US Letter", style="boss.az vacancy page printed from the browser; employer text typed without Azerbaijani letters, 2 pages",
 title="Bas muhasib", company="Nurlu Yol MMC", location="Bakı", employment_type=None, workplace=None,
 salary=None, experience_years=E(3, 5), education="Ali iqtisadi tehsil (muhasibat ucotu, maliyye)",
 skills=["1C: Muhasibat 8.3", "MS Excel", "VLOOKUP", "MHBS"],
 email="vakansiya@nurluyol.az", phone="(055) 208-71-14", url="https://boss.az/vacancies/302118",
 deadline="2026-12-20", posted="2026-11-20",
 key_phrases=["Muhasibatliq sahesinde 3 ilden az olmayaraq is tecrubesi",
              "EDV hesab-fakturalarinin ve ayliq vergi beyannamelerinin hazirlanmasi",
              "bank emeliyyatlarina ve kassa dovriyyesine nezaret",
              "Emek haqqi musahibe neticesinde razilasma yolu ile mueyyen olunur.",
              "Tikinti ve yol temiri sahesinde fealiyyet gosteren sirketimize bas muhasib"],
 notes="The employer typed title and body without Azerbaijani letters ('Bas muhasib' = Baş mühasib, 'Is qrafiki', 'tecrubesi'); title kept as typed. Board chrome, field labels and the similar-vacancies block do have the letters. Salary 'Razılaşma ilə' and the body says pay is agreed at interview -> null; 'Oxşar vakansiyalar' salaries (1 000 - 1 300 AZN, 2 500 AZN, 700 AZN, ...) are other companies'. Experience field '3 ildən 5 ilədək' (body: '3 ilden az olmayaraq') -> 3..5. Location = 'Şəhər: Bakı'; body 'Is yeri: Baki, Yasamal r., Serifzade kucesi'. 'Is qrafiki: 5 gun, 09:00-18:00' is not labelled full-time -> employment_type null (judgement). 'e-taxes.gov.az' is a tax portal named in the requirements, not the job's URL; url = posting URL in the Chrome print footer. Print header uses a US-locale date '11/21/26, 9:05 AM'. Education: the body's degree line (facts field says just 'Ali').")
G["a03_jobsearch_satis_sumqayit"] = dict(
 producer=CHR, style="jobsearch.az-style vacancy page with company card, printed without browser header/footer, 2 pages",
 title="Satış təmsilçisi (Sumqayıt)", company="Novator Qida Distribusiya MMC", location="Sumqayıt",
 employment_type="full_time", workplace=None, salary=S(1000, 1500), experience_years=E(2, 3), education=None,
 skills=["B kateqoriyalı sürücülük vəsiqəsi", "MS Excel", "SFA"],
 email="karyera@novatorqida.az", phone="+994 12 448 20 15", url=None,
 deadline="2026-12-25", posted="2026-11-18",
 key_phrases=["satış şəbəkəsini genişləndirmək məqsədilə satış təmsilçisi vəzifəsinə əməkdaş axtarır",
              "Təyin olunmuş marşrut üzrə mağaza və marketlərə gündəlik səfərlər",
              "Sifarişlərin qəbulu və debitor borclara nəzarət",
              "Xidməti avtomobil və yanacaq xərclərinin ödənilməsi",
              "Daxili satış təlimləri və karyera yüksəlişi imkanı."],
 notes="Company card sidebar 'Şirkətin digər vakansiyaları' shows the same company's OTHER jobs with their pay (Anbar müdiri 1200 AZN, Merçendayzer 650-700 AZN, Regional satış meneceri 2000-2500 AZN) and interleaves with the body in pdftotext; 'Oxşar vakansiyalar' (800-1200 AZN, 1300 AZN, 'Razılaşma ilə') are other employers. Salary '1000-1500 AZN' (body: 'Aylıq əmək haqqı 1000-1500 AZN ... bonus') -> month. 'Tam ştat' chip and 'Tam ştat iş' -> full_time. Experience '2-3 il' -> 2..3; the '2 ildən az olmayaraq' in the licence line is driving experience, not work experience. Location = the 'Sumqayıt' chip (body: 'Sumqayıt şəhəri və Abşeron rayonu'). 'Yerləşdirilib: 18.11.2026' = posted, 'Son tarix: 25.12.2026' = deadline. No print footer, so no posting URL (url null); info@jobsearch.az in the footer is the board's address.")
G["a04_jobsearch_anbardar_lokbatan"] = dict(
 producer=CDP + ", then re-distilled by GPL Ghostscript 10.00 pdfwrite", style="jobsearch.az-style vacancy page, browser printout passed through Ghostscript, 2 pages",
 title="Anbardar", company="Xəzər Yol Logistika MMC", location="Bakı, Qaradağ rayonu, Lökbatan qəsəbəsi",
 employment_type=None, workplace=None, salary=S(800, None), experience_years=E(1), education=None,
 skills=["1C: Anbar", "MS Excel", "Barkod skaneri"],
 email="hr@xezeryol.az", phone="+994 (70) 455-18-09", url="https://jobsearch.az/vacancies/anbardar-115842",
 deadline="2027-01-10", posted="2026-11-25",
 key_phrases=["1C: Anbar proqramında mədaxil və məxaric sənədlərinin tərtibi",
              "Malların qəbulu, yoxlanılması və yerləşdirilməsi;",
              "Sifarişlərin toplanması və yükləməyə hazırlanması",
              "Anbar qalıqlarının proqramda düzgün əks olunmasına nəzarət.",
              "Gündəlik isti yemək və xüsusi iş geyimi"],
 notes="Chrome printout (header 01.12.2026, 09:14 + page title; footer URL + N/2) re-written by Ghostscript; 'fi' comes out as the ligature U+FB01 ('ﬁziki', 'qraﬁki', NFKC folds it). Salary '800 AZN-dən (vergilər çıxılmaqla)' = from 800, net -> max null; period not written, month by board convention. Sidebar 'Şirkətin digər vakansiyaları' (900 AZN; 1 200 - 1 400 AZN) and 'Oxşar vakansiyalar' (700-900 AZN, 1500 AZN-dək, 750 AZN) are not this job. 'Növbəli iş qrafiki ... 2 gün iş / 2 gün istirahət' -> employment_type null. Location from 'İş yeri: Bakı, Qaradağ rayonu, Lökbatan qəsəbəsi' (chip says only 'Bakı'; the free bus from Əhmədli metrosu is a benefit). '1 ildən az olmayaraq' -> min 1. Phone is a WhatsApp number.")
G["a05_glorri_data_analitik_baki"] = dict(
 producer=CHR, style="glorri.az-style vacancy page with facts grid, printed without browser header/footer, 2 pages",
 title="Data Analitik", company="Kəhrəba Onlayn MMC", location="Bakı", employment_type="full_time", workplace="hybrid",
 salary=S(2000, 2500), experience_years=E(3), education="Riyaziyyat, statistika, iqtisadiyyat və ya İT üzrə bakalavr dərəcəsi",
 skills=["SQL", "Python", "pandas", "Power BI", "Tableau", "MS Excel", "BigQuery"],
 email="careers@kehrebaonlayn.az", phone=None, url=None, deadline="2026-12-20", posted=None,
 key_phrases=["Hər gün on minlərlə sifarişi emal edən komandamıza",
              "Power BI-da idarəetmə hesabatlarının və dashboard-ların hazırlanması",
              "A/B testlərin nəticələrinin statistik qiymətləndirilməsi",
              "Google Analytics 4 və BigQuery ilə işləmək.",
              "Həftədə 3 gün ofisdə, 2 gün evdən iş imkanı"],
 notes="Facts grid comes out of pdftotext as all labels first, then all values ('Şəhər İş növü ... Bakı Tam ştat 3+ il ...'). 'İş növü: Tam ştat' -> full_time; 'İş rejimi: Hibrid' (body: 3 days office, 2 from home) -> hybrid. 'Maaş: 2000 - 2500 ₼ (gross)' -> AZN, gross; period not written, month by board convention. 'Təcrübə: 3+ il' / 'ən azı 3 il' -> min 3. 'Paylaşıldı: 2 gün əvvəl' is relative -> posted null; 'Son müraciət: 20.12.2026' = deadline. 'Bənzər elanlar' (2800 - 3500 ₼, 900 ₼, Razılaşma ilə; one 'Təcrübə proqramı') are other jobs. Apply is a site button; the only contact is the questions e-mail; no URL printed.")
G["a06_glorri_cagri_merkezi_baki"] = dict(
 producer=CDP, style="glorri.az-style vacancy page printed from the browser (header/footer), 1 page",
 title="Çağrı mərkəzi operatoru (yarımştat)", company="Netlink Telekom MMC", location="Bakı",
 employment_type="part_time", workplace="onsite", salary=S(600, 600), experience_years=None, education="Orta",
 skills=["MS Office", "CRM", "Kompüterdə sürətli yazı"],
 email="hr@netlink-telekom.az", phone="012 310 45 45",
 url="https://jobs.glorri.az/vacancies/netlink-telekom/cagri-merkezi-operatoru-48213",
 deadline="2026-12-15", posted="2026-11-24",
 key_phrases=["bütün yeni əməkdaşlar 2 həftəlik ödənişli təlim keçir",
              "Daxil olan zənglərin qəbulu və abunəçilərin suallarının cavablandırılması",
              "Texniki müraciətlərin CRM sistemində qeydiyyata alınması",
              "Ofis 28 May metrosunun yaxınlığında, Nəsimi rayonunda yerləşir",
              "Yaxşı nəticə göstərən operatorlar tam ştata keçirilir."],
 notes="'İş növü: Yarımştat' -> part_time; 'tam ştata keçirilir' is a promotion prospect, not the job's type. 'İş rejimi: Ofisdə' -> onsite. Salary 'Maaş: 600 ₼', body 'Aylıq 600 ₼ (net) və KPI bonusu' -> 600 AZN a month. No years of experience asked ('İş təcrübəsi olmayan tələbələr də müraciət edə bilər') -> experience null rather than 0 (judgement); '2 həftəlik' is training. Location 'Şəhər: Bakı' (office in Nəsimi rayonu). Phone '012 310 45 45 (daxili 210)' - extension dropped. posted 'Paylaşıldı: 24.11.2026'; deadline 'Son müraciət: 15.12.2026'; the header's print date 26.11.2026 is neither. 'Bənzər elanlar' (750 - 900 ₼, 850 ₼, 500 ₼-dən) are other jobs. url = posting URL in the print footer.")
G["a07_docx_qazma_muhendisi"] = dict(
 producer="python-docx .docx converted by LibreOffice 7.4 (soffice --headless --convert-to pdf)", style="employer's Word document 'VAKANSİYA' with letterhead, 1 page",
 title="Qazma mühəndisi (dəniz platforması)", company="Xəzər Qazma Servis MMC", location="Neft Daşları",
 employment_type="full_time", workplace=None, salary=S(3500, 3500), experience_years=E(5),
 education="Neft-qaz işi üzrə ali mühəndis təhsili",
 skills=["IWCF Level 3", "Landmark", "WellPlan", "COMPASS", "AutoCAD", "MS Project"],
 email="hr@xezerqazma.az", phone="(012) 497 33 21", url=None, deadline="2026-12-20", posted=None,
 key_phrases=["Şirkət Xəzər dənizində quyuların qazılması, təmiri və əsaslı təmiri",
              "Gündəlik qazma hesabatlarının (DDR) tərtib edilməsi və təhlili",
              "Quyu nəzarəti (well control) prosedurlarına əməl olunmasının təmin edilməsi",
              "Növbəli iş rejimi: 14/14 (14 gün dənizdə, 14 gün istirahət)",
              "Platformaya və geriyə nəqliyyat, dənizdə yemək və yaşayış"],
 notes="Letterhead (Word header) gives the office address 'Bakı, Xətai rayonu, Nobel prospekti 45' - not the place of work; 'İş yeri: Neft Daşları, dəniz platforması' -> location 'Neft Daşları'. Title from 'Vəzifə:' line (the centred line says 'Qazma mühəndisi vəzifəsinə işçi qəbulu elan edir'). 'müddətsiz, tam ştat' -> full_time; 14/14 rotation is a shift pattern. 'aylıq 3500 AZN (gross) və dəniz əlavəsi' -> one amount, month, gross; the offshore allowance is unquantified. '5 ildən yuxarı' -> min 5. Offshore work but no onsite/remote statement -> workplace null. Bullets are Symbol-font private-use characters in the text layer. Phone appears in the letterhead and the closing line.")
G["a08_docx_prorab_shamkir"] = dict(
 producer="python-docx .docx converted by LibreOffice 7.4 (soffice --headless --convert-to pdf)", style="employer's Word document 'VAKANSİYA' with a conditions table, 1 page",
 title="Tikinti sahə rəisi (prorab)", company="Bakı İnşaat Qrupu ASC", location="Şəmkir rayonu",
 employment_type="temporary", workplace=None, salary=S(None, 2000), experience_years=E(3),
 education="İnşaat mühəndisliyi üzrə ali təhsil", skills=["AutoCAD", "MS Project", "MS Excel", "TNvQ"],
 email="kadr@bakiinsaat.az", phone="+994 50 611 27 43", url=None, deadline="2026-12-12", posted=None,
 key_phrases=["Subpodratçı briqadaların işinin əlaqələndirilməsi və qəbulu",
              "Gizli işlərin aktlarının və icra sənədlərinin tərtib edilməsi",
              "Smeta sənədlərini oxumaq və həcmlər cədvəli hazırlamaq",
              "Rayonda uzunmüddətli yaşayıb işləməyə hazır olmaq.",
              "Ayda bir dəfə Bakıya gediş-gəliş xərci ödənilir"],
 notes="Trap: 'Bakı' is only in the company name (and in the travel benefit); the work is 'İş yeri: Şəmkir rayonu, tikinti obyekti' -> 'Şəmkir rayonu'. 'Layihə müddətinə (12 ay) müddətli əmək müqaviləsi' -> temporary. 'Aylıq 2000 AZN-dək (vergilər çıxılmaqla)' -> up to 2000 net, min null, month. '3 ildən yuxarı, o cümlədən ən azı 1 il sahə rəisi' -> largest minimum 3. Deadline 'Müraciətlərin qəbulu: 2026-12-12 tarixinədək' (ISO in the ad). Conditions are a two-column Word table (labels then values in pdftotext).")
G["a09_letter_bank_lankaran"] = dict(
 producer="XeLaTeX (xdvipdfmx), fontspec + DejaVu Serif", style="prose letter from a bank branch, no headings, 1 page",
 title="kredit mütəxəssisi", company="Qafqaz İnkişaf Bankı ASC", location="Lənkəran şəhəri",
 employment_type="full_time", workplace=None, salary=S(900, None), experience_years=E(2),
 education="iqtisadiyyat, maliyyə və ya bank işi üzrə ali təhsil",
 skills=["MS Excel", "Kredit analizi", "maliyyə hesabatlarının təhlili"],
 email="lenkeran.hr@qafqazbank.az", phone="(025) 255-41-80", url=None, deadline="2026-12-15", posted=None,
 key_phrases=["fəaliyyətini genişləndirir və komandasına kredit mütəxəssisi qəbul etmək istəyir",
              "Kredit mütəxəssisi sahibkarlarla görüşəcək, onların biznesini yerində qiymətləndirəcək",
              "bundan əlavə kredit portfelinin keyfiyyətinə görə rüblük mükafat ödənilir",
              "Bakıda keçirilən peşəkar təlimlərdə iştirak imkanı təqdim edir",
              "Müsahibəyə yalnız ilkin seçimdən keçən namizədlər dəvət olunacaq."],
 notes="No title line; the role named in the prose is 'kredit mütəxəssisi' (lower case as written). Company appears as 'Qafqaz İnkişaf Bankı ASC-nin Lənkəran filialı'; the hiring organisation is the bank. Location: 'İş yeri bankın Lənkəran şəhəri, Həzi Aslanov küçəsində yerləşən filialıdır' -> 'Lənkəran şəhəri' (trips to Astara and Masallı mentioned). 'Əmək haqqı 900 manatdan başlayır' -> min 900, max null, AZN; period not written, month by convention; the quarterly bonus is not salary. 'İş tam iş günüdür' -> full_time. 'ən azı 2 il iş təcrübəsi' -> min 2. Deadline '15 dekabr 2026-cı il tarixinədək'. Education trimmed from 'iqtisadiyyat, maliyyə və ya bank işi üzrə ali təhsili'.")
G["a10_letter_tibb_bacisi_ganja"] = dict(
 producer="LibreOffice 7.4 from a flat ODT (.fodt) document", style="prose announcement/letter from a clinic in Gəncə, no headings, 1 page",
 title="tibb bacısı", company="Məlhəm Ailə Klinikası", location="Gəncə şəhəri",
 employment_type=None, workplace=None, salary=S(750, 950), experience_years=E(2),
 education="tibb kolleci və ya tibb universiteti üzrə təhsil",
 skills=["Venadaxili inyeksiyalar", "sistem qoşulması", "EKQ", "ilk tibbi yardım", "Elektron tibbi qeydiyyat proqramı"],
 email="melhemklinika.ganja@gmail.com", phone="022 256 14 90", url=None, deadline="2026-12-30", posted=None,
 key_phrases=["yeni açılan 20 çarpayılıq stasionar şöbəsinə təcrübəli kadrlar",
              "bir sutkalıq növbədən sonra iki sutka istirahət",
              "bayram günlərində növbələr əlavə ödənilir",
              "növbə zamanı yeməklə təmin edir və mütəmadi olaraq ixtisasartırma kurslarına",
              "müsahibə vaxtı təyin edə bilərlər"],
 notes="No title line; the role in the prose is 'tibb bacısı'. Letterhead 'MƏLHƏM AİLƏ KLİNİKASI' in capitals; the prose writes 'Məlhəm Ailə Klinikası' (no legal form). 'Aylıq əmək haqqı 750–950 manat arasında dəyişir' (en dash) -> 750..950 AZN a month. 'ən azı 2 il iş təcrübəsi' -> min 2. Shift work (24 h on, 48 h off) is not an employment type -> null. Location 'Gəncə şəhəri' (address Atatürk prospekti 112). Deadline '30 dekabr 2026-cı il tarixinədək'. Signed by the head doctor; no date on the letter, so posted null.")
G["a11_careers_backend_go_baki"] = dict(
 producer=CHR, style="company careers page, English title and chips with Azerbaijani body, 2 pages (page 2 only the site footer)",
 title="Senior Backend Developer (Go)", company="Sarmal Tech MMC", location="Bakı",
 employment_type="full_time", workplace="remote", salary=S(4000, 5500), experience_years=E(5), education=None,
 skills=["Go", "gRPC", "PostgreSQL", "Redis", "Kafka", "Docker", "Kubernetes", "GitLab CI"],
 email="jobs@sarmaltech.az", phone=None, url="https://sarmaltech.az/careers/senior-backend-go",
 deadline=None, posted="2026-11-20",
 key_phrases=["Platformamız ayda 12 milyondan çox tranzaksiyanı emal edir",
              "Yüksək yüklü ödəniş servislərinin Go dilində dizaynı və development-i",
              "Distributed systems, idempotency və transaction-lar barədə dərin anlayış",
              "rübdə bir dəfə Bakı ofisində komanda görüşü",
              "MacBook Pro və ev ofisi üçün avadanlıq."],
 notes="Chips 'Bakı · Full-time · Remote' -> location Bakı, full_time, remote ('Tam remote iş (Azərbaycan daxilində)'; quarterly team meeting in the Baku office does not make it hybrid). 'Maaş: 4000 - 5500 AZN net'; period not written, month by convention. Traps: 'illik 1000 AZN təlim büdcəsi' and the referral bonus '1500 AZN' are not salary. Experience '5+ il, o cümlədən Go ilə ən azı 3 il' -> largest minimum 5. 'Dərc olunub: 2026-11-20' = posted; no deadline. Company in the body 'Sarmal Tech MMC' (logo 'sarmal.tech'); footer address is the office. Stack chips repeat the skills.")
G["a12_bilingual_surucu_baki"] = dict(
 producer="XeLaTeX (xdvipdfmx), fontspec + Noto Sans, paracol two columns", style="bilingual az/ru announcement, Azerbaijani and Russian columns side by side, 1 page",
 title="Sürücü-ekspeditor", company="Dalğa Distribusiya MMC", location="Bakı, Binəqədi rayonu",
 employment_type="full_time", workplace=None, salary=S(1100, 1100), experience_years=E(3), education=None,
 skills=["B, C kateqoriyalı sürücülük vəsiqəsi", "GPS-naviqasiya", "Yük qaimələrini düzgün rəsmiləşdirmək"],
 email="kadr@dalgadist.az", phone="+994 51 340 77 25", url=None, deadline="2026-12-31", posted=None,
 key_phrases=["Yük avtomobilində ən azı 3 il sürücülük təcrübəsi",
              "Cərimə və qəza tarixçəsinin olmaması.",
              "Anbardan malların qəbulu və yüklənməsinə nəzarət",
              "Sənədlərin təhvil verilməsi və ödənişlərin qəbulu",
              "хорошее знание дорог Баку и Апшерона"],
 notes="Language marked az: the Azerbaijani column comes first and is complete; the Russian column ('Водитель-экспедитор', ООО «Далга Дистрибуция») is a translation of the same ad. Title = Azerbaijani column heading. Salary '1100 manat (aylıq, rəsmi)' / '1100 манат в месяц' -> 1100 AZN a month. 'Tam iş günü' / 'полный рабочий день' -> full_time. '3 il sürücülük təcrübəsi' (driving a lorry is the job) -> min 3. Location from 'İş yeri: Bakı, Binəqədi rayonu (anbar)'. Deadline 'Son müraciət tarixi: 31.12.2026'. Contacts repeated in both columns.")
G["a13_flyer_ofisiant_quba"] = dict(
 producer="ReportLab (canvas + platypus Frames), DejaVu Sans", style="hotel poster/flyer, big title, two columns, 1 page",
 title="OFİSİANT", company="Qızılqaya Otel", location="Quba rayonu",
 employment_type="temporary", workplace=None, salary=S(30, 30, "AZN", "day"), experience_years=None, education=None,
 skills=["Rus dili", "ingilis dili", "R-Keeper"],
 email=None, phone="+994 77 512 30 30", url=None, deadline="2026-12-10", posted=None,
 key_phrases=["Qış mövsümü üçün restoran komandamıza qoşulun",
              "tarixlərində mövsümi iş üçün ofisiantlar qəbul edir",
              "18-30 yaş arası, səliqəli görünüş;",
              "Pulsuz yataq yeri və 3 dəfə yemək",
              "Müraciətlər 10 dekabr 2026-dək qəbul olunur"],
 notes="Poster heading 'OFİSİANT' / 'TƏLƏB OLUNUR!' ('wanted'); title = the role word, capitals kept (judgement). Company 'QIZILQAYA OTEL' at the top, 'Qızılqaya Otel' in the text, 'Qızılqaya Otel MMC' in the small footer. Seasonal work '15 dekabr 2026 – 15 mart 2027' -> temporary. 'Gündəlik 30 AZN + tiplər' -> 30 AZN a day (tips not salary). 'Restoranda işləmək təcrübəsi üstünlükdür' is a preference with no years -> experience null. The two columns (TƏLƏBLƏR / TƏKLİF EDİRİK) interleave line by line in pdftotext. Phone is WhatsApp; the Instagram handle is not a URL. Deadline 'Müraciətlər 10 dekabr 2026-dək'.")
G["a14_flyer_muellim_sumqayit"] = dict(
 producer="fpdf2 (PyFPDF/fpdf2), Noto Sans, A4 landscape", style="school poster/flyer, big title, two columns, 1 page",
 title="İngilis dili müəllimi", company="Zəka Özəl Məktəbi", location="Sumqayıt şəhəri",
 employment_type="part_time", workplace=None, salary=S(15, 15, "AZN", "hour"), experience_years=E(2),
 education="Ali pedaqoji təhsil (ingilis dili ixtisası)",
 skills=["IELTS 7.0", "Smart lövhə", "MS PowerPoint", "Cambridge proqramı"],
 email="kadr@zekamektebi.az", phone="(018) 655 40 12", url="www.zekamektebi.az/vakansiyalar",
 deadline="2027-01-05", posted=None,
 key_phrases=["yanvar 2027-dən başlayaraq komandamıza qoşulun!",
              "Dərslər həftədə 18 saat, əsasən günün birinci yarısında keçirilir.",
              "Metodiki dəstək və pulsuz təlimlər",
              "Müəllimin övladı üçün təhsil haqqında 50% endirim",
              "Rahat iş mühiti, müasir təchiz olunmuş siniflər."],
 notes="'yarımştat' / 'Yarımştat, həftədə 18 dərs saatı' -> part_time. 'Dərs saatı üçün 15 AZN' -> 15 AZN per (lesson) hour, period hour (a school lesson hour, judgement). Location: header 'Sumqayıt', text 'Məktəb Sumqayıt şəhəri, 9-cu mikrorayonda yerləşir' -> 'Sumqayıt şəhəri'. 'yanvar 2027-dən başlayaraq' is a start date, not a posting date. '2 ildən az olmayaraq' -> min 2. url 'www.zekamektebi.az/vakansiyalar' is the 'Ətraflı' (details) page as printed. Deadline 'Son müraciət: 05.01.2027'. The two columns interleave line by line in pdftotext.")
ORDER = ["language", "producer", "style", "title", "company", "location", "employment_type", "workplace", "salary",
         "experience_years", "education", "skills", "email", "phone", "url", "deadline", "posted", "key_phrases", "notes"]
os.makedirs(OUT, exist_ok=True)
for name, g in G.items():
    g["language"] = "az"
    json.dump({k: g[k] for k in ORDER}, open(os.path.join(OUT, name + ".gold.json"), "w"), ensure_ascii=False, indent=2)
print(len(G), "gold files written to", OUT)
