#!/usr/bin/env python3
"""Build devset2/ru: pdf/NAME.pdf + gold/NAME.gold.json + INDEX.tsv.

    python3 build.py            # all ads
    python3 build.py r2_03      # only names starting with r2_03

Every ad is invented (employers, people, phones, addresses, URLs).  Intermediate sources
(HTML, DOCX, TeX) are written to src/build/.  mkpdf.py is a copy of devset/ru/src/mkpdf.py.
After each build the gold strings are checked against `pdftotext -enc UTF-8` output.
"""
import html, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BUILD = os.path.join(HERE, "build")
PDF = os.path.join(ROOT, "pdf")
GOLD = os.path.join(ROOT, "gold")
sys.path.insert(0, HERE)
import mkpdf  # noqa: E402

FIELDS = ["source", "language", "title", "company", "location", "employment_type", "workplace",
          "salary", "experience_years", "education", "skills", "email", "phone", "url", "deadline",
          "posted", "key_phrases", "notes"]
ADS = []
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def ad(name, producer, style, **gold):
    def reg(fn):
        ADS.append((name, producer, style, fn, gold))
        return fn
    return reg


def src(name, ext):
    return os.path.join(BUILD, name + "." + ext)


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def ul(items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def sal(lo, hi, cur, per="month"):
    return {"min": lo, "max": hi, "currency": cur, "period": per}


def exp(lo, hi):
    return {"min": lo, "max": hi}


# =============================================================================================
# 1. hh.kz printout (Chrome print dialog header/footer via DevTools)
HH_CSS = """
body{font-family:Arial,'Liberation Sans',sans-serif;font-size:15px;color:#111;margin:0}
.nav{display:flex;gap:20px;align-items:center;padding:10px 18px;border-bottom:1px solid #e7e7e7}
.nav .logo{width:34px;height:34px;border-radius:50%;background:#d6001c;color:#fff;font:bold 15px Arial;
 display:flex;align-items:center;justify-content:center;margin-right:10px}
.nav span{font-size:13px}
.wrap{display:flex;gap:24px;padding:16px 18px}.main{flex:2.4}.side{flex:1}
h1{font-size:27px;margin:0 0 6px}.sal{font-size:20px;margin:4px 0 12px}
.facts p{margin:3px 0;color:#333}
.chip{display:inline-block;background:#e6f7ec;color:#0a7a35;border-radius:8px;padding:2px 10px;font-size:13px;margin:4px 0}
.btn{display:inline-block;background:#0070ff;color:#fff;border-radius:8px;padding:8px 22px;margin:12px 0}
.emp{border:1px solid #e7e7e7;border-radius:12px;padding:12px;margin-bottom:14px}
.emp .addr{color:#555;margin-top:6px;font-size:13px}
h3{font-size:16px;margin:14px 0 4px}ul{margin:2px 0 8px 20px;padding:0}li{margin:2px 0}
.tags span{display:inline-block;background:#f1f3f5;border-radius:10px;padding:3px 10px;margin:3px 4px 3px 0;font-size:12px}
.pub{color:#777;font-size:12px;margin-top:14px}
.sim{border:1px solid #e7e7e7;border-radius:10px;padding:8px 10px;margin-bottom:8px;font-size:12.5px}
.sim .s{font-weight:bold}
.foot{color:#999;font-size:10.5px;margin:16px 18px;border-top:1px solid #eee;padding-top:8px}
"""


@ad("r2_01_hhkz_frontend_razrabotchik_almaty",
    producer="Chromium 156 headless, DevTools Page.printToPDF with browser header/footer",
    style="hh.kz vacancy printout (old facts format 'Полная занятость, полный день', 'Можно удалённо' chip, "
          "key skills tags, similar vacancies in ₸)",
    title="Frontend-разработчик (React)", company="ТОО «Dala Soft»", location="Алматы",
    employment_type="full_time", workplace="remote",
    salary=sal(700000, 1000000, "KZT"), experience_years=exp(1, 3), education=None,
    skills=["React", "TypeScript", "Redux Toolkit", "Next.js", "REST API", "Git", "Jest", "Figma"],
    email=None, phone=None, url="https://almaty.hh.kz/vacancy/114027391",
    deadline=None, posted="2026-12-02",
    key_phrases=["Dala Soft разрабатывает сервисы онлайн-кредитования",
                 "разработка личного кабинета клиента на React и TypeScript",
                 "верстка по макетам в Figma",
                 "покрытие кода тестами на Jest",
                 "медицинская страховка с первого месяца",
                 "компенсация обучения и конференций"],
    notes="hh.kz printout with Chrome header/footer (date, page title, URL, page x/y). Salary "
          "'от 700 000 до 1 000 000 ₸ за месяц, на руки' -> KZT month, net. 'Требуемый опыт работы: 1–3 года' "
          "-> {1,3}. 'Полная занятость, полный день' -> full_time ('полный день' is the schedule). The green "
          "board chip 'Можно удалённо' is taken as workplace remote (judgement call: the office address is "
          "also shown, so remote is allowed rather than required). Location 'Алматы' from the employer "
          "block address 'Алматы, проспект Аль-Фараби, 77/8' without the street. 'Вакансия опубликована "
          "2 декабря 2026 в Алматы' -> posted. The print header date 04.12.2026 is the print date. Similar "
          "vacancies (500 000 ₸, от 900 000 ₸, 600 000 – 800 000 ₸) belong to other employers.")
def r2_01(name, out):
    similar = [("Middle Frontend Developer (Vue)", "от 900 000 ₸", "ТОО «Qazaq Pay»", "Алматы"),
               ("Junior Frontend-разработчик", "500 000 ₸ на руки", "ТОО «Steppe Digital»", "Астана"),
               ("Верстальщик / HTML-разработчик", "600 000 – 800 000 ₸", "ИП Жумабеков Е. К.", "Алматы")]
    sims = "".join(f'<div class="sim">{t}<br><span class="s">{s}</span><br>{c}<br>{ci}</div>'
                   for t, s, c, ci in similar)
    body = f"""
<p><b>Dala Soft разрабатывает сервисы онлайн-кредитования</b> для банков и МФО Казахстана. Мы ищем
frontend-разработчика в команду личного кабинета: около 400 тысяч активных пользователей в месяц.</p>
<h3>Обязанности:</h3>
{ul(["разработка личного кабинета клиента на React и TypeScript;",
     "верстка по макетам в Figma, адаптивная и кроссбраузерная;",
     "интеграция с бэкендом через REST API;",
     "покрытие кода тестами на Jest и участие в код-ревью."])}
<h3>Требования:</h3>
{ul(["коммерческий опыт frontend-разработки от 1 года;",
     "уверенное знание React, TypeScript, Redux Toolkit;",
     "опыт с Next.js будет плюсом;",
     "работа с Git (GitLab flow), понимание CI/CD;",
     "казахский или английский язык — преимущество."])}
<h3>Условия:</h3>
{ul(["официальное трудоустройство по ТК РК;",
     "медицинская страховка с первого месяца;",
     "компенсация обучения и конференций;",
     "офис в БЦ «Нурлы Тау» или работа из дома — на выбор."])}"""
    tags = ["React", "TypeScript", "Redux Toolkit", "Next.js", "REST API", "Git", "Jest", "Figma"]
    page = f"""<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>x</title>
<style>{HH_CSS}</style></head><body>
<div class="nav"><div class="logo">hh</div><span>Соискателям</span><span>Работодателям</span>
<span>Помощь</span><span>Поиск вакансий</span><span style="margin-left:auto">Алматы</span><span>Создать резюме</span><span>Войти</span></div>
<div class="wrap"><div class="main">
<h1>Frontend-разработчик (React)</h1>
<div class="sal">от 700 000 до 1 000 000 ₸ за месяц, на руки</div>
<div class="facts"><p>Требуемый опыт работы: 1–3 года</p><p>Полная занятость, полный день</p></div>
<span class="chip">Можно удалённо</span><br>
<span class="btn">Откликнуться</span>
<div class="emp"><b>ТОО «Dala Soft»</b> ✓<br><span style="font-size:12px;color:#777">4,6 ★ 37 отзывов</span>
<div class="addr">Алматы, проспект Аль-Фараби, 77/8</div></div>
{body}
<h3>Ключевые навыки</h3><div class="tags">{''.join(f'<span>{t}</span>' for t in tags)}</div>
<div class="pub">Вакансия опубликована 2 декабря 2026 в Алматы</div>
<h3>Где предстоит работать</h3><div style="height:140px;background:#e8eef3;border-radius:12px;margin:6px 0"></div>
<h3>Задайте вопрос работодателю</h3><div style="color:#555">Он получит его с откликом на вакансию</div>
</div><div class="side"><h3>Похожие вакансии</h3>{sims}
<div class="sim">Сейчас эту вакансию смотрят 9 человек</div></div></div>
<div class="foot">© 2026 Группа компаний HeadHunter · hh.kz · Все вакансии · Все резюме · Реклама на сайте</div>
</body></html>"""
    mkpdf.chrome_devtools(write(src(name, "html"), page), out, "04.12.2026, 10:17",
                          "Вакансия Frontend-разработчик (React) в Алматы, работа в компании Dala Soft",
                          "https://almaty.hh.kz/vacancy/114027391")


# =============================================================================================
# 2. rabota.by printout, header/footer drawn with CSS @page margin boxes
@ad("r2_02_rabotaby_povar_minsk",
    producer="Chromium 156 headless --print-to-pdf; header/footer drawn with CSS @page margin boxes",
    style="rabota.by vacancy printout ('Требуемый опыт работы: не требуется', BYN before tax, metro line, "
          "similar vacancies)",
    title="Повар горячего цеха", company="ООО «Пятница Фуд»", location="Минск",
    employment_type="full_time", workplace=None,
    salary=sal(1500, 1900, "BYN"), experience_years=exp(0, 0), education=None,
    skills=["пароконвектоматом", "технологическим картам", "HACCP", "Приготовление блюд", "Заготовки",
            "санитарной книжки"],
    email=None, phone="+375 (29) 615-42-08", url="https://rabota.by/vacancy/113905127",
    deadline=None, posted="2026-11-28",
    key_phrases=["Сеть городских бистро «Пятница» приглашает повара горячего цеха",
                 "приготовление блюд по технологическим картам",
                 "работа с пароконвектоматом",
                 "обучение за счёт компании, наставник на первые две недели",
                 "бесплатное питание в смену",
                 "график 2/2 по 12 часов"],
    notes="rabota.by (hh family) printout; print header/footer are CSS @page margin boxes. Salary "
          "'1 500 – 1 900 BYN за месяц, до вычета налогов' -> BYN month, gross. 'Требуемый опыт работы: "
          "не требуется' -> {0,0}. 'Полная занятость, сменный график' -> full_time; '2/2' is the schedule. "
          "No work-format line -> workplace null. Location 'Минск' from the address 'Минск, улица "
          "Притыцкого, 29' (street dropped; metro 'Спортивная' not kept). Phone is the contact shown in the "
          "'Контактная информация' block. 'Вакансия опубликована 28 ноября 2026 в Минске' -> posted. "
          "Similar vacancies (1 300 BYN, от 1 700 BYN, 1 400 – 2 000 BYN) are other employers'. Skills "
          "partly from the key-skill tags, partly as inflected in the body.")
def r2_02(name, out):
    css = """
@page{size:A4;margin:14mm 10mm;
 @top-left{content:"05.12.2026, 09:02";font:8px Arial}
 @top-center{content:"Вакансия Повар горячего цеха в Минске, работа в компании Пятница Фуд";font:8px Arial}
 @bottom-left{content:"https://rabota.by/vacancy/113905127";font:8px Arial}
 @bottom-right{content:counter(page) "/" counter(pages);font:8px Arial}}
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:13.5px;color:#222;margin:0}
.nav{display:flex;gap:18px;align-items:center;padding:8px 0;border-bottom:1px solid #ddd;font-size:12px}
.nav b{color:#d6001c;font-size:20px;margin-right:18px}
.wrap{display:flex;gap:20px;margin-top:12px}.main{flex:2.5}.side{flex:1}
h1{font-size:25px;margin:0 0 6px}.sal{font-size:19px;margin:4px 0 10px}
.facts p{margin:2px 0;color:#444}
h3{font-size:15px;margin:12px 0 4px}ul{margin:2px 0 6px 18px;padding:0}
.emp{border:1px solid #e3e3e3;border-radius:10px;padding:10px;margin:10px 0}
.tags span{display:inline-block;background:#eef0f2;border-radius:9px;padding:2px 9px;margin:2px 3px 2px 0;font-size:11.5px}
.sim{border:1px solid #e3e3e3;border-radius:9px;padding:7px 9px;margin-bottom:7px;font-size:12px}
.pub{color:#888;font-size:11.5px;margin-top:12px}
"""
    page = f"""<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>rabota.by</title>
<style>{css}</style></head><body>
<div class="nav"><b>rabota.by</b><span>Соискателям</span><span>Работодателям</span><span>Помощь</span>
<span style="margin-left:auto">Минск</span><span>Войти</span></div>
<div class="wrap"><div class="main">
<h1>Повар горячего цеха</h1>
<div class="sal">1 500 – 1 900 BYN за месяц, до вычета налогов</div>
<div class="facts"><p>Требуемый опыт работы: не требуется</p><p>Полная занятость, сменный график</p></div>
<div class="emp"><b>ООО «Пятница Фуд»</b><br><span style="color:#666">Минск, улица Притыцкого, 29 · Спортивная</span></div>
<p>Сеть городских бистро «Пятница» приглашает повара горячего цеха в новое заведение в ТЦ «Арена».
Кухня открытая, гости видят вашу работу — нам важны аккуратность и чистота на рабочем месте.</p>
<h3>Обязанности:</h3>
{ul(["приготовление блюд по технологическим картам (гриль, паста, супы);",
     "работа с пароконвектоматом и индукционными плитами;",
     "заготовки на смену, маркировка и контроль сроков хранения;",
     "соблюдение санитарных норм и стандартов HACCP."])}
<h3>Требования:</h3>
{ul(["готовы взять без опыта — выпускников колледжей и тех, кто хочет сменить профессию;",
     "наличие санитарной книжки (или готовность оформить);",
     "ответственность, умение работать в команде."])}
<h3>Условия:</h3>
{ul(["график 2/2 по 12 часов, смены с 9:00 до 21:00;",
     "обучение за счёт компании, наставник на первые две недели;",
     "бесплатное питание в смену и форма;",
     "оформление по трудовому договору, выплаты 2 раза в месяц."])}
<h3>Ключевые навыки</h3><div class="tags"><span>Приготовление блюд</span><span>Заготовки</span>
<span>HACCP</span><span>Работа в команде</span></div>
<h3>Контактная информация</h3><p>Ольга Мирончик<br>+375 (29) 615-42-08</p>
<div class="pub">Вакансия опубликована 28 ноября 2026 в Минске</div>
</div><div class="side"><h3>Похожие вакансии</h3>
<div class="sim">Повар-универсал<br><b>1 300 BYN</b><br>ЧУП «Лидо-Сервис»<br>Минск</div>
<div class="sim">Су-шеф<br><b>от 1 700 BYN</b><br>ООО «Гастро Лайн»<br>Минск</div>
<div class="sim">Повар холодного цеха<br><b>1 400 – 2 000 BYN</b><br>ИООО «Буфет-Экспресс»<br>Минск</div>
</div></div>
<p style="color:#aaa;font-size:10px;margin-top:18px">© 2026 rabota.by · Все вакансии · Все резюме · Реклама</p>
</body></html>"""
    mkpdf.chrome_cli(write(src(name, "html"), page), out)


# =============================================================================================
# 3. Trudvsem ("Работа России") label/value table, Chrome header/footer
@ad("r2_03_trudvsem_vospitatel_ufa",
    producer="Chromium 156 headless, DevTools Page.printToPDF with browser header/footer",
    style="trudvsem.ru ('Работа России') state portal listing: label/value table, regional average-salary "
          "widget, view counter, other vacancies of the employer",
    title="Воспитатель", company="МАДОУ Детский сад № 112 «Солнышко»", location="г. Уфа",
    employment_type="full_time", workplace=None,
    salary=sal(38000, 45000, "RUB"), experience_years=exp(2, None),
    education="Среднее профессиональное (педагогическое)",
    skills=["ФГОС ДО", "календарно-тематическое планирование", "ИКТ", "первой помощи"],
    email="ds112ufa@mail.ru", phone="+7 (347) 248-15-36",
    url="https://trudvsem.ru/vacancy/card/1020203456789/a1f3c2d4-7b1e-11ef-9d3e-0242ac130004",
    deadline=None, posted="2026-11-25",
    key_phrases=["организация воспитательно-образовательного процесса в группе детей 4–5 лет",
                 "проведение занятий в соответствии с ФГОС ДО",
                 "взаимодействие с родителями (законными представителями)",
                 "Навыки оказания первой помощи",
                 "оплачиваемый отпуск 42 календарных дня"],
    notes="trudvsem.ru card printed with Chrome header/footer. 'Заработная плата: от 38 000 до 45 000 руб.' "
          "with no period -> month (portal convention; judgement). 'Требования к опыту работы: не менее 2 лет' "
          "-> {2,null}. 'Тип занятости: Полная занятость' -> full_time; 'График работы: Сменный график' is the "
          "schedule. No remote/office statement -> workplace null. Location: the address '450092, Республика "
          "Башкортостан, г. Уфа, ул. Рабкоров, д. 14' reduced to the city as written 'г. Уфа'. 'Дата "
          "размещения: 25.11.2026' -> posted; 'Дата обновления: 01.12.2026' is not the posting date. No "
          "closing date. 'Средняя зарплата по профессии ... 41 200 руб.' is portal statistics, and the "
          "employer's other vacancies (Музыкальный руководитель 32 000 руб., Младший воспитатель 27 000 руб.) "
          "are other jobs. Contact person, phone and e-mail from the 'Контактная информация' rows.")
def r2_03(name, out):
    rows = [("Заработная плата", "<b>от 38 000 до 45 000 руб.</b>"),
            ("Работодатель", "МАДОУ Детский сад № 112 «Солнышко»"),
            ("ИНН", "0276051234"),
            ("Регион", "Республика Башкортостан"),
            ("Адрес места работы", "450092, Республика Башкортостан, г. Уфа, ул. Рабкоров, д. 14"),
            ("Тип занятости", "Полная занятость"),
            ("График работы", "Сменный график"),
            ("Требования к опыту работы", "не менее 2 лет"),
            ("Образование", "Среднее профессиональное (педагогическое)"),
            ("Количество рабочих мест", "2"),
            ("Квотируемое место", "Нет"),
            ("Социальные гарантии", "Медицинское страхование, оплата больничного, оплачиваемый отпуск"),
            ("Дата размещения", "25.11.2026"),
            ("Дата обновления", "01.12.2026")]
    table = "".join(f'<tr><td class="k">{k}</td><td>{v}</td></tr>' for k, v in rows)
    css = """
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:13px;color:#1b2a3a;margin:0}
.top{background:#1f4e9c;color:#fff;display:flex;gap:22px;padding:10px 16px;align-items:center;font-size:12px}
.top b{font-size:18px;margin-right:26px}
.crumbs{font-size:11px;color:#667;padding:8px 16px}.c{padding:0 16px}
h1{font-size:24px;margin:4px 0 4px;color:#1f4e9c}.views{color:#889;font-size:11px;margin-bottom:8px}
table{border-collapse:collapse;width:100%;margin-bottom:10px}
td{padding:5px 10px;vertical-align:top;border-bottom:1px solid #e5e9ef}td.k{color:#5b6b7d;width:210px}
h2{font-size:15px;margin:12px 0 4px;color:#1f4e9c}ul{margin:2px 0 6px 18px;padding:0}
.stat{background:#f1f5fb;border-radius:8px;padding:10px;margin:12px 0;font-size:12px}
.oth{border:1px solid #dfe5ee;border-radius:8px;padding:8px;margin:6px 0;font-size:12px}
"""
    page = f"""<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>trudvsem</title>
<style>{css}</style></head><body>
<div class="top"><b>РАБОТА РОССИИ</b><span>Вакансии</span><span>Резюме</span><span>Компании</span>
<span>Центры занятости</span><span>Госуслуги</span><span style="margin-left:auto">Республика Башкортостан</span><span>Войти</span></div>
<div class="crumbs">Главная / Вакансии / Образование и наука / Воспитатель</div>
<div class="c">
<h1>Воспитатель</h1>
<div class="views">Просмотров: 214 · ID вакансии: 1020203456789</div>
<table>{table}</table>
<h2>Должностные обязанности</h2>
{ul(["организация воспитательно-образовательного процесса в группе детей 4–5 лет;",
     "проведение занятий в соответствии с ФГОС ДО;",
     "ведение документации, календарно-тематическое планирование;",
     "взаимодействие с родителями (законными представителями)."])}
<h2>Требования к кандидату</h2>
{ul(["Знание ФГОС ДО и основной образовательной программы ДОУ",
     "Уверенный пользователь ПК, ИКТ в работе с детьми",
     "Навыки оказания первой помощи",
     "Наличие медицинской книжки, справка об отсутствии судимости"])}
<h2>Дополнительные пожелания</h2>
<p>Воспитатели получают стимулирующие выплаты за категорию; оплачиваемый отпуск 42 календарных дня.</p>
<h2>Контактная информация</h2>
<table><tr><td class="k">Контактное лицо</td><td>Галиева Алсу Ринатовна, заведующий</td></tr>
<tr><td class="k">Телефон</td><td>+7 (347) 248-15-36</td></tr>
<tr><td class="k">Эл. почта</td><td>ds112ufa@mail.ru</td></tr></table>
<div class="stat">Средняя зарплата по профессии «Воспитатель» в Республике Башкортостан: 41 200 руб.<br>
Вакансий по профессии в регионе: 486</div>
<h2>Другие вакансии работодателя</h2>
<div class="oth">Музыкальный руководитель — 32 000 руб.</div>
<div class="oth">Младший воспитатель — 27 000 руб.</div>
</div></body></html>"""
    mkpdf.chrome_devtools(write(src(name, "html"), page), out, "02.12.2026, 14:33",
                          "Вакансия Воспитатель — Работа России",
                          "https://trudvsem.ru/vacancy/card/1020203456789/a1f3c2d4-7b1e-11ef-9d3e-0242ac130004")


# =============================================================================================
# 4. rabota.ru page, vakhta, no print header
@ad("r2_04_rabotaru_montazhnik_vakhta_novy_urengoy",
    producer="Chromium 156 headless --print-to-pdf --no-pdf-header-footer",
    style="rabota.ru vacancy page (params list 'График работы: вахтовый метод', average-salary widget, "
          "view count, similar vacancies)",
    title="Монтажник металлоконструкций (вахта 60/30)", company="ООО «СеверСтройМонтаж»",
    location="Новый Уренгой", employment_type="full_time", workplace=None,
    salary=sal(140000, 180000, "RUB"), experience_years=exp(1, 3), education=None,
    skills=["чтение чертежей", "удостоверение стропальщика", "допуск к работе на высоте",
            "болгаркой", "перфоратором", "ручной дуговой сварки"],
    email="kadry@ssm-yamal.ru", phone="8 (3494) 22-41-08", url=None,
    deadline=None, posted="2026-12-01",
    key_phrases=["Строительство производственных зданий на объектах газодобычи",
                 "сборка и монтаж металлоконструкций по чертежам",
                 "проезд от Тюмени до объекта оплачивается",
                 "проживание в вахтовом городке",
                 "спецодежда и СИЗ по нормам"],
    notes="rabota.ru page without print header. Salary 'от 140 000 до 180 000 руб. в месяц' -> RUB month. "
          "'Опыт работы: от 1 года до 3 лет' -> {1,3}. 'Тип занятости: полная занятость' -> full_time; "
          "'График работы: вахтовый метод' (60/30) is a schedule, not an employment type. No work-format "
          "statement -> workplace null. Location 'Новый Уренгой' from 'Место работы: Новый Уренгой "
          "(Ямало-Ненецкий АО), вахта'; the region/parenthesis dropped. Title includes '(вахта 60/30)' as in "
          "the heading. 'Образование: не имеет значения' -> education null. 'Опубликовано 1 декабря 2026' -> posted. Traps: 'Средняя зарплата монтажника в Новом "
          "Уренгое — 112 000 ₽' is site statistics; similar vacancies (от 160 000 ₽, 95 000 ₽, 200 000 – "
          "250 000 ₽ за вахту) are other jobs; 'Просмотров: 1 284' is a counter. Phone is the HR line in the "
          "contact block, then e-mail. Printed without browser header/footer, so no posting URL appears -> "
          "url null.")
def r2_04(name, out):
    css = """
@page{size:A4;margin:12mm}
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:13.5px;color:#202124;margin:0}
.hdr{display:flex;gap:18px;align-items:center;border-bottom:2px solid #1a73e8;padding:6px 0;font-size:12px}
.hdr b{font-size:20px;color:#1a73e8;margin-right:20px}
.crumbs{color:#777;font-size:11px;margin:8px 0}
.wrap{display:flex;gap:18px}.main{flex:2.4}.side{flex:1}
h1{font-size:24px;margin:2px 0 6px}.sal{font-size:20px;font-weight:bold;color:#0b8043;margin:4px 0 10px}
.params div{margin:3px 0}.params span{color:#777;display:inline-block;width:150px}
h3{font-size:15px;margin:12px 0 4px}ul{margin:2px 0 6px 18px;padding:0}
.box{border:1px solid #dde;border-radius:8px;padding:9px;margin:10px 0;font-size:12.5px}
.sim{border-bottom:1px solid #eee;padding:6px 0;font-size:12px}
.meta{color:#999;font-size:11px}
"""
    page = f"""<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Работа.ру</title>
<style>{css}</style></head><body>
<div class="hdr"><b>Работа.ру</b><span>Вакансии</span><span>Резюме</span><span>Компании</span><span>Зарплаты</span>
<span style="margin-left:auto">Новый Уренгой</span><span>Разместить вакансию</span><span>Войти</span></div>
<div class="crumbs">Работа в Новом Уренгое › Строительство › Монтажник металлоконструкций</div>
<div class="wrap"><div class="main">
<h1>Монтажник металлоконструкций (вахта 60/30)</h1>
<div class="sal">от 140 000 до 180 000 руб. в месяц</div>
<div class="meta">Опубликовано 1 декабря 2026 · Просмотров: 1 284</div>
<div class="params" style="margin-top:8px">
<div><span>Компания</span>ООО «СеверСтройМонтаж»</div>
<div><span>Место работы</span>Новый Уренгой (Ямало-Ненецкий АО), вахта</div>
<div><span>Опыт работы</span>от 1 года до 3 лет</div>
<div><span>Тип занятости</span>полная занятость</div>
<div><span>График работы</span>вахтовый метод</div>
<div><span>Образование</span>не имеет значения</div></div>
<h3>Описание вакансии</h3>
<p>Строительство производственных зданий на объектах газодобычи. Ищем монтажников в бригаду,
работы на объекте рассчитаны минимум до конца 2027 года.</p>
<h3>Обязанности</h3>
{ul(["сборка и монтаж металлоконструкций по чертежам;",
     "строповка и подача конструкций краном;",
     "резка и подгонка элементов болгаркой, сверление перфоратором;",
     "прихватка элементов (навыки ручной дуговой сварки — плюс)."])}
<h3>Требования</h3>
{ul(["чтение чертежей КМ/КМД;",
     "удостоверение стропальщика, допуск к работе на высоте;",
     "отсутствие медицинских противопоказаний для работы на Крайнем Севере."])}
<h3>Условия</h3>
{ul(["вахта 60/30, смена 11 часов;",
     "проезд от Тюмени до объекта оплачивается;",
     "проживание в вахтовом городке, трёхразовое питание;",
     "спецодежда и СИЗ по нормам, официальное оформление с северными надбавками."])}
<div class="box"><b>Контакты</b><br>Отдел кадров: 8 (3494) 22-41-08<br>E-mail: kadry@ssm-yamal.ru</div>
</div><div class="side">
<div class="box">Средняя зарплата монтажника в Новом Уренгое — 112 000 ₽<br><span class="meta">по данным Работа.ру за ноябрь</span></div>
<h3>Похожие вакансии</h3>
<div class="sim">Монтажник ЖБК<br><b>от 160 000 ₽</b><br>АО «ЯмалСпецСтрой»</div>
<div class="sim">Разнорабочий на стройку<br><b>95 000 ₽</b><br>ООО «Арктик-Ресурс»</div>
<div class="sim">Сварщик НАКС (вахта)<br><b>200 000 – 250 000 ₽ за вахту</b><br>ООО «Газтрубмонтаж»</div>
</div></div>
<p class="meta" style="margin-top:16px">© 2026 Работа.ру — поиск работы и сотрудников. Все права защищены.</p>
</body></html>"""
    mkpdf.chrome_cli(write(src(name, "html"), page), out)


# =============================================================================================
# 5. Word document from a Baku company, LibreOffice
@ad("r2_05_docx_logist_ved_baku",
    producer="python-docx -> LibreOffice 7.4 Writer (soffice --convert-to pdf), letterhead in page header",
    style="employer Word vacancy on letterhead (Baku company, Russian text, 'Мы ищем / Задачи / Требования / "
          "Мы предлагаем', AZN, hybrid, deadline)",
    title="Менеджер по логистике (ВЭД)", company="ООО «Caspian Cargo Lines»",
    location="г. Баку, Насиминский район", employment_type="full_time", workplace="hybrid",
    salary=sal(2000, 2500, "AZN"), experience_years=exp(3, None),
    education="высшее образование (логистика, экономика, международные отношения)",
    skills=["Incoterms 2020", "CMR", "MS Excel", "1С", "таможенного оформления", "английский язык"],
    email="hr@caspiancargo.az", phone="+994 12 404 58 21", url=None,
    deadline="2026-12-20", posted=None,
    key_phrases=["экспедиторская компания, работающая по направлениям Китай – Казахстан – Азербайджан – Грузия",
                 "организация мультимодальных перевозок через порт Алят",
                 "подготовка пакета документов для таможенного оформления",
                 "гибридный формат: 3 дня в офисе, 2 дня удалённо",
                 "Резюме принимаются до 20 декабря 2026 г."],
    notes="Word ad converted by LibreOffice; the letterhead in the page header repeats the company name and "
          "address. Salary '2 000 – 2 500 AZN в месяц (на руки)' -> AZN month, net. 'опыт работы в "
          "экспедировании от 3 лет' -> {3,null}. 'Полная занятость' -> full_time; 'гибридный формат: 3 дня в "
          "офисе, 2 дня удалённо' -> hybrid. Location 'г. Баку, Насиминский район' as written under "
          "'Место работы'; the street in the letterhead is not used. Deadline 'Резюме принимаются до 20 "
          "декабря 2026 г.' -> 2026-12-20. The document date '02.12.2026' next to the outgoing number is a "
          "letter date, not stated as a posting date -> posted null (judgement). No URL besides the company "
          "site in the letterhead, which is not an apply link -> url null.")
def r2_05(name, out):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.oxml.ns import qn
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    font = "Liberation Sans"
    for sname in ("Normal", "Heading 2", "List Bullet", "Title"):
        st = d.styles[sname]
        st.font.name = font
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), font)
    d.styles["Normal"].font.size = Pt(11)
    d.styles["Heading 2"].font.size = Pt(13)
    d.styles["Heading 2"].font.color.rgb = RGBColor(0x0B, 0x4F, 0x8A)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("CASPIAN CARGO LINES")
    r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x0B, 0x4F, 0x8A)
    hp2 = sec.header.add_paragraph("ООО «Caspian Cargo Lines» · AZ1010, г. Баку, ул. Самеда Вургуна, 43 · "
                                   "www.caspiancargo.az")
    hp2.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Конфиденциально: персональные данные кандидатов обрабатываются в соответствии с законодательством АР"
    fp.runs[0].font.size = Pt(7)

    def p(text, bold=False, size=None, align=None, after=None):
        para = d.add_paragraph()
        run = para.add_run(text); run.bold = bold
        if size: run.font.size = Pt(size)
        if align == "r": para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if align == "c": para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if after is not None: para.paragraph_format.space_after = Pt(after)
        return para

    def lab(k, v):
        para = d.add_paragraph(); para.add_run(k).bold = True; para.add_run(v)
        para.paragraph_format.space_after = Pt(0)

    def bl(items):
        for i in items:
            x = d.add_paragraph(i, style="List Bullet"); x.paragraph_format.space_after = Pt(0)

    p("Исх. № 214/К от 02.12.2026", size=9, align="r")
    p("ВАКАНСИЯ", bold=True, size=12, align="c", after=0)
    p("Менеджер по логистике (ВЭД)", bold=True, size=18, align="c")
    lab("Место работы: ", "г. Баку, Насиминский район")
    lab("Занятость: ", "Полная занятость")
    lab("Формат: ", "гибридный формат: 3 дня в офисе, 2 дня удалённо")
    lab("Заработная плата: ", "2 000 – 2 500 AZN в месяц (на руки) + бонус по итогам квартала")
    d.add_paragraph()
    d.add_heading("Мы ищем", level=2)
    p("Caspian Cargo Lines — экспедиторская компания, работающая по направлениям Китай – Казахстан – "
      "Азербайджан – Грузия (Транскаспийский маршрут). В связи с ростом объёмов приглашаем в команду "
      "менеджера по логистике.")
    d.add_heading("Задачи", level=2)
    bl(["организация мультимодальных перевозок через порт Алят (авто, ж/д, паром);",
        "расчёт ставок и подготовка коммерческих предложений;",
        "подготовка пакета документов для таможенного оформления, контроль CMR и ж/д накладных;",
        "коммуникация с перевозчиками и клиентами на русском и английском языках."])
    d.add_heading("Требования", level=2)
    bl(["высшее образование (логистика, экономика, международные отношения);",
        "опыт работы в экспедировании от 3 лет;",
        "знание Incoterms 2020, основ таможенного оформления;",
        "уверенный MS Excel (сводные таблицы, ВПР), опыт работы в 1С;",
        "английский язык не ниже Intermediate, азербайджанский — приветствуется."])
    d.add_heading("Мы предлагаем", level=2)
    bl(["официальное трудоустройство, медицинское страхование;",
        "гибридный график после испытательного срока (3 месяца);",
        "корпоративные курсы английского языка."])
    d.add_paragraph()
    p("Резюме принимаются до 20 декабря 2026 г. по адресу hr@caspiancargo.az с темой письма «Логист ВЭД». "
      "Телефон отдела персонала: +994 12 404 58 21.")
    p("Менеджер по персоналу                                 Л. Алиева", size=10)
    path = src(name, "docx")
    d.save(path)
    mkpdf.soffice(path, out)


# =============================================================================================
# 6. Belarusian polyclinic announcement, XeLaTeX
@ad("r2_06_xelatex_vrach_op_gomel",
    producer="XeLaTeX (TeX Live 2022, fontspec DejaVu Serif)",
    style="state polyclinic announcement ('ОБЪЯВЛЕНИЕ', 'Учреждение здравоохранения ... объявляет о "
          "наличии вакансии'), Belarusian roubles, document deadline",
    title="врач общей практики",
    company="Учреждение здравоохранения «Гомельская городская поликлиника № 8»",
    location="г. Гомель", employment_type="full_time", workplace=None,
    salary=sal(2300, 2900, "BYN"), experience_years=None,
    education="высшее медицинское образование по специальности «Лечебное дело», интернатура по "
              "специальности «Общая врачебная практика»",
    skills=["ЭКГ", "спирометрии", "медицинской информационной системой", "ультразвуковой диагностики"],
    email="kadry@gp8.gomel.by", phone="+375 232 34-56-17", url=None,
    deadline="2026-12-25", posted="2026-12-01",
    key_phrases=["объявляет о наличии вакансии врача общей практики",
                 "амбулаторный приём пациентов закреплённого участка",
                 "диспансерное наблюдение пациентов с хроническими заболеваниями",
                 "молодым специалистам выплачиваются подъёмные",
                 "предоставляется арендное жильё",
                 "Документы принимаются до 25.12.2026"],
    notes="Typeset announcement. Title: there is no title line besides 'ОБЪЯВЛЕНИЕ'; the role is named in "
          "the prose 'вакансии врача общей практики' (genitive) and in the field 'Должность: врач общей "
          "практики' -> that nominative form. Salary 'от 2 300 до 2 900 белорусских рублей в месяц (до "
          "удержания налогов)' -> BYN month, gross. 'Вид занятости: полная (1,0 ставки)' -> full_time. "
          "Experience: no years are stated; only 'наличие квалификационной категории "
          "приветствуется' -> experience_years null (judgement: a category is not a number of years). "
          "Location 'г. Гомель' from 'г. Гомель, ул. Советская, 118' (street dropped). 'Документы принимаются "
          "до 25.12.2026' -> deadline; 'Объявление от 01.12.2026' -> posted. Phone of the personnel "
          "department first, e-mail second. Skills verbatim as inflected in the text.")
def r2_06(name, out):
    tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage{fontspec}
\setmainfont{DejaVu Serif}
\usepackage[russian]{babel}
\usepackage[margin=2cm]{geometry}
\usepackage{enumitem}
\setlist{nosep,leftmargin=1.4em}
\pagestyle{empty}
\begin{document}
\begin{center}
{\small МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ РЕСПУБЛИКИ БЕЛАРУСЬ\\
ГЛАВНОЕ УПРАВЛЕНИЕ ПО ЗДРАВООХРАНЕНИЮ ГОМЕЛЬСКОГО ОБЛИСПОЛКОМА}\\[4pt]
\textbf{Учреждение здравоохранения «Гомельская городская поликлиника № 8»}\\
{\small г. Гомель, ул. Советская, 118}\\[14pt]
{\LARGE\bfseries ОБЪЯВЛЕНИЕ}\\[4pt]
{\small Объявление от 01.12.2026}
\end{center}

\noindent Учреждение здравоохранения «Гомельская городская поликлиника № 8» объявляет о наличии вакансии врача общей практики для работы в отделении общей врачебной практики.

\medskip
\noindent\begin{tabular}{@{}ll@{}}
Должность: & врач общей практики\\
Вид занятости: & полная (1,0 ставки)\\
Режим работы: & в две смены, 8.00--14.00 / 14.00--20.00\\
Заработная плата: & от 2 300 до 2 900 белорусских рублей в месяц\\
 & (до удержания налогов)\\
\end{tabular}

\subsection*{Основные обязанности}
\begin{itemize}
\item амбулаторный приём пациентов закреплённого участка;
\item диспансерное наблюдение пациентов с хроническими заболеваниями;
\item проведение профилактических осмотров, экспертиза временной нетрудоспособности;
\item регистрация и расшифровка ЭКГ, проведение спирометрии.
\end{itemize}

\subsection*{Требования к кандидату}
\begin{itemize}
\item высшее медицинское образование по специальности «Лечебное дело», интернатура по специальности «Общая врачебная практика»;
\item навыки работы с медицинской информационной системой;
\item владение методами ультразвуковой диагностики будет преимуществом;
\item наличие квалификационной категории приветствуется.
\end{itemize}

\subsection*{Мы предлагаем}
\begin{itemize}
\item стимулирующие выплаты и надбавки за сложность и напряжённость;
\item молодым специалистам выплачиваются подъёмные;
\item предоставляется арендное жильё (однокомнатная квартира);
\item оздоровление и материальная помощь к отпуску.
\end{itemize}

\medskip
\noindent\textbf{Документы принимаются до 25.12.2026} в отделе кадров (каб. 214), тел. +375 232 34-56-17, e-mail: kadry@gp8.gomel.by.

\vfill
\noindent{\small Главный врач \hfill С.\,Н. Ковалевич}
\end{document}
"""
    mkpdf.xelatex(write(src(name, "tex"), tex), out)


# =============================================================================================
# 7. Flyer, fpdf2
@ad("r2_07_fpdf_gruzchik_komplektovshchik_voronezh",
    producer="fpdf2 2.8 (DejaVu Sans), A4 flyer with rotated tear-off phone strips",
    style="hiring flyer ('ТРЕБУЮТСЯ ...!'), caps headline, pay per shift, ИП as employer, tear-off tabs",
    title="ГРУЗЧИКИ-КОМПЛЕКТОВЩИКИ", company="ИП Кудрявцев О. Н.",
    location="г. Воронеж, Левобережный район", employment_type="part_time", workplace=None,
    salary=sal(3500, None, "RUB", "day"), experience_years=exp(0, 0), education=None,
    skills=["ТСД", "гидравлической тележкой", "электроштабелёром", "удостоверение водителя погрузчика"],
    email=None, phone="+7 (951) 852-40-17", url=None, deadline=None, posted=None,
    key_phrases=["на склад интернет-магазина бытовой техники",
                 "сборка заказов по накладным и ТСД",
                 "Опыт не нужен — всему научим!",
                 "ВЫПЛАТЫ КАЖДУЮ НЕДЕЛЮ",
                 "Частичная занятость — выходи в удобные дни",
                 "бесплатный развоз от ж/д вокзала Воронеж-1"],
    notes="Flyer; headline 'ТРЕБУЮТСЯ ГРУЗЧИКИ-КОМПЛЕКТОВЩИКИ!' -> title in capitals without 'ТРЕБУЮТСЯ' and "
          "the exclamation mark (the role is plural on the flyer). Company is the sole proprietor in the "
          "small print 'ИП Кудрявцев О. Н.' (the warehouse brand is not named). 'от 3 500 ₽ за смену' -> "
          "min 3500 RUB, period day (one shift = one day, judgement). 'Частичная занятость — выходи в удобные "
          "дни' -> part_time, although the '2/2' schedule is also offered. 'Опыт не нужен' -> {0,0}. Location "
          "'г. Воронеж, Левобережный район' as written; the street in parentheses dropped. The phone also "
          "appears on rotated tear-off tabs at the bottom (may extract as broken text).")
def r2_07(name, out):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_B)
    pdf.set_fill_color(255, 204, 0)
    pdf.rect(0, 0, 210, 62, "F")
    pdf.set_text_color(20, 20, 20)
    pdf.set_xy(10, 10)
    pdf.set_font("DejaVu", "B", 34)
    pdf.cell(190, 16, "ТРЕБУЮТСЯ", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 27)
    pdf.cell(190, 14, "ГРУЗЧИКИ-КОМПЛЕКТОВЩИКИ!", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 13)
    pdf.cell(190, 10, "на склад интернет-магазина бытовой техники", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(10, 70)
    pdf.set_font("DejaVu", "B", 30)
    pdf.set_text_color(200, 0, 0)
    pdf.cell(190, 14, "от 3 500 ₽ за смену", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(190, 10, "ВЫПЛАТЫ КАЖДУЮ НЕДЕЛЮ", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(20, 20, 20)
    pdf.ln(4)

    def block(head, lines):
        pdf.set_x(18)
        pdf.set_font("DejaVu", "B", 14)
        pdf.cell(174, 8, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 12)
        for ln in lines:
            pdf.set_x(22)
            pdf.multi_cell(170, 6.4, "• " + ln, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    block("Что делать:", ["сборка заказов по накладным и ТСД;",
                          "погрузка и разгрузка фур, работа с гидравлической тележкой;",
                          "работа с электроштабелёром после обучения."])
    block("Кого ждём:", ["Опыт не нужен — всему научим!",
                         "мужчины 18–55 лет, без вредных привычек;",
                         "удостоверение водителя погрузчика — будет плюсом (доплата +500 ₽/смена)."])
    block("Условия:", ["Частичная занятость — выходи в удобные дни или бери график 2/2;",
                       "дневные и ночные смены по 12 часов;",
                       "бесплатный развоз от ж/д вокзала Воронеж-1;",
                       "обед за счёт работодателя, спецодежда."])
    pdf.set_font("DejaVu", "B", 13)
    pdf.set_x(18)
    pdf.multi_cell(174, 7, "Склад: г. Воронеж, Левобережный район (ул. Ленинградская, 2Б)",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 24)
    pdf.cell(190, 12, "Звони: +7 (951) 852-40-17", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(190, 7, "или пиши в WhatsApp / Telegram — Олег", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 7)
    pdf.cell(190, 6, "ИП Кудрявцев О. Н., ОГРНИП 322366800012345", align="C")
    # tear-off tabs
    pdf.set_font("DejaVu", "", 7.5)
    for i in range(10):
        x = 12 + i * 19
        with pdf.local_context():
            pdf.set_dash_pattern(dash=1.5, gap=1.5)
            pdf.line(x - 2, 252, x - 2, 294)
        with pdf.rotation(90, x + 6, 290):
            pdf.text(x + 6, 290, "Грузчик 8 951 852-40-17")
    pdf.set_producer(f"PyFPDF/fpdf{__import__('fpdf').__version__}")
    pdf.output(out)


# =============================================================================================
# 8. Telegram Desktop channel export (messages.html) printed from Chromium
@ad("r2_08_telegram_senior_qa_udalenno",
    producer="Chromium 156 headless --print-to-pdf --no-pdf-header-footer (Telegram Desktop HTML export "
             "look-alike)",
    style="Telegram channel post saved as PDF: channel header, date separator, admin promo post with a "
          "price, hashtags, emoji bullets, view counter, timestamps",
    title="Senior QA Engineer (Automation)", company="Finmap Labs", location=None,
    employment_type="contract", workplace="remote",
    salary=sal(None, 4000, "USD"), experience_years=exp(6, None), education=None,
    skills=["Python", "pytest", "Playwright", "Selenium", "Allure", "Docker", "GitLab CI", "SQL",
            "Postman"],
    email="jobs@finmaplabs.io", phone=None, url="https://finmaplabs.io/careers/senior-qa",
    deadline=None, posted="2026-12-01",
    key_phrases=["Finmap Labs — продуктовая компания, делаем финансовый учёт для малого бизнеса",
                 "построить автотесты для web и API с нуля",
                 "опыт в QA более 6 лет, из них от 3 лет в автоматизации",
                 "договор ГПХ или оформление как ИП",
                 "созвоны по Минску (UTC+3)",
                 "Откликнуться: https://finmaplabs.io/careers/senior-qa"],
    notes="Telegram Desktop export printed to PDF. The first post is the channel admin's promo ('Размещение "
          "вакансии — 5 000 ₽') - a price, not a salary. Vacancy post: 'Вилка: до 4 000 $ в месяц (gross)' "
          "-> max 4000, period month; '$' read as USD (the post also says 'оплата в USD или USDT'). 'Занятость: проектная работа, договор ГПХ или оформление как ИП' -> "
          "contract. 'Формат: удалённо' -> remote. 'Локация: не важна' and 'созвоны по Минску (UTC+3)' (a "
          "time zone, not a place of work) -> location null. 'опыт в QA более 6 лет, из них от 3 лет в "
          "автоматизации' -> largest minimum 6. Post date from the date separator '1 декабря 2026' "
          "(timestamp 14:05; the export tooltip 01.12.2026 14:05:33 is not printed) -> posted. The "
          "Telegram handle @anna_finmap_hr is a further contact; views '2.4K' are a counter. Emoji are drawn as "
          "tofu boxes (no colour emoji font) but extract as their code points.")
def r2_08(name, out):
    css = """
@page{size:A4;margin:10mm}
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:13.5px;background:#fff;color:#000;margin:0}
.page_header{background:#f5f7f8;border-bottom:1px solid #e3e6e8;padding:12px 16px;display:flex;align-items:center}
.userpic{width:42px;height:42px;border-radius:50%;background:#4fa3e0;color:#fff;font-weight:bold;
 display:flex;align-items:center;justify-content:center;margin-right:12px}
.page_header .text{font-weight:bold;font-size:15px}
.sub{color:#70777b;font-size:12px;font-weight:normal}
.history{padding:8px 16px}
.service{text-align:center;color:#70777b;font-size:12.5px;margin:14px 0}
.message{display:flex;margin:10px 0}.body{flex:1}
.from_name{color:#3892db;font-weight:bold;margin-bottom:3px}
.date{float:right;color:#a7b0b7;font-size:11.5px}
.text p{margin:0 0 6px}.tag{color:#168acd}
.views{color:#a7b0b7;font-size:11.5px;margin-top:4px}
.reactions span{display:inline-block;border:1px solid #dfe6eb;border-radius:12px;padding:1px 8px;margin-right:4px;font-size:12px}
"""
    page = f"""<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Exported Data</title>
<style>{css}</style></head><body>
<div class="page_header"><div class="userpic">IR</div><div class="text">IT Remote Jobs | Вакансии без офиса
<div class="sub">канал · 48 312 подписчиков</div></div></div>
<div class="history">
<div class="service">30 ноября 2026</div>
<div class="message"><div class="userpic">IR</div><div class="body"><span class="date" title="30.11.2026 19:40:02">19:40</span>
<div class="from_name">IT Remote Jobs | Вакансии без офиса</div>
<div class="text"><p>📢 Размещение вакансии — 5 000 ₽, закреп на сутки — 8 000 ₽. Пишите админу @itremote_admin</p></div>
<div class="views">👁 3.1K</div></div></div>
<div class="service">1 декабря 2026</div>
<div class="message"><div class="userpic">IR</div><div class="body"><span class="date" title="01.12.2026 14:05:33">14:05</span>
<div class="from_name">IT Remote Jobs | Вакансии без офиса</div>
<div class="text">
<p><span class="tag">#вакансия</span> <span class="tag">#QA</span> <span class="tag">#senior</span> <span class="tag">#remote</span> <span class="tag">#fintech</span></p>
<p><b>Senior QA Engineer (Automation)</b></p>
<p>🏢 Компания: Finmap Labs<br>💰 Вилка: до 4 000 $ в месяц (gross)<br>🌍 Формат: удалённо<br>
📍 Локация: не важна, созвоны по Минску (UTC+3)<br>📄 Занятость: проектная работа, договор ГПХ или оформление как ИП</p>
<p>Finmap Labs — продуктовая компания, делаем финансовый учёт для малого бизнеса в СНГ. Команда 40 человек, QA-отдел пока из двух ручных тестировщиков.</p>
<p><b>Задачи:</b><br>🔹 построить автотесты для web и API с нуля<br>🔹 настроить запуск в GitLab CI и отчёты в Allure<br>
🔹 менторить ручных тестировщиков<br>🔹 участвовать в планировании релизов</p>
<p><b>Ждём:</b><br>✅ опыт в QA более 6 лет, из них от 3 лет в автоматизации<br>✅ Python, pytest, Playwright или Selenium<br>
✅ Docker, SQL (PostgreSQL), Postman для API<br>✅ английский на уровне чтения документации</p>
<p><b>Предлагаем:</b><br>▪️ оплата в USD или USDT раз в месяц<br>▪️ оплачиваемые 20 дней отдыха в году<br>▪️ проект минимум на 12 месяцев</p>
<p>📩 Резюме: jobs@finmaplabs.io или в ТГ @anna_finmap_hr<br>Откликнуться: https://finmaplabs.io/careers/senior-qa</p>
</div>
<div class="reactions"><span>🔥 57</span><span>👍 31</span><span>🤔 4</span></div>
<div class="views">👁 2.4K · изменено</div></div></div>
</div></body></html>"""
    mkpdf.chrome_cli(write(src(name, "html"), page), out)


# =============================================================================================
def fold(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip()


def pdftext(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True,
                          check=True).stdout


def check(gold, text):
    t = fold(text)
    probs = []
    must = [(k, gold[k]) for k in ("title", "company", "location", "email", "phone", "url")]
    must += [("skill", s) for s in gold["skills"]] + [("phrase", k) for k in gold["key_phrases"]]
    for kind, v in must:
        if v and fold(v) not in t:
            probs.append(f"{kind} not in text: {v!r}")
    if not 5 <= len(gold["key_phrases"]) <= 8:
        probs.append("key_phrases count")
    if not 4 <= len(gold["skills"]) <= 10:
        probs.append("skills count")
    for k in ("deadline", "posted"):
        if gold[k] and not re.fullmatch(r"\d{4}-\d\d-\d\d", gold[k]):
            probs.append(f"{k} format")
    # Word's Symbol-font list bullets (U+F0B7, U+F0A7) are tolerated: they are not letters
    if re.search("[\ufffd\ue000-\uf0a6\uf0a8-\uf0b6\uf0b8-\uf8ff]", text):
        probs.append("replacement/private-use characters in text")
    return probs


def info(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    n = re.search(r"Pages:\s+(\d+)", out)
    p = re.search(r"Producer:\s+(.*)", out)
    return int(n.group(1)), (p.group(1).strip() if p else "")


def main():
    for d in (BUILD, PDF, GOLD):
        os.makedirs(d, exist_ok=True)
    only = sys.argv[1:]
    rows, bad = [], 0
    for name, producer, style, fn, gold in ADS:
        if only and not any(name.startswith(o) for o in only):
            continue
        out = os.path.join(PDF, name + ".pdf")
        fn(name, out)
        g = {k: gold.get(k) for k in FIELDS}
        g["source"] = f"synthetic: devset2/ru/src/build.py ({producer})"
        g["language"] = "ru"
        with open(os.path.join(GOLD, name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
        probs = check(g, pdftext(out))
        n, pprod = info(out)
        bad += bool(probs)
        print(f"{name:48} {n}p {'ok' if not probs else 'FAIL'}  [{pprod}]")
        for p in probs:
            print("    " + p)
        rows.append((name, n, producer, style, pprod))
    if not only:
        with open(os.path.join(ROOT, "INDEX.tsv"), "w", encoding="utf-8") as f:
            f.write("name\tpages\tproducer\tstyle\tpdf_producer\tlanguage\n")
            for r in rows:
                f.write(f"{r[0]}.pdf\t{r[1]}\t{r[2]}\t{r[3]}\t{r[4]}\tru\n")
    print(f"{len(rows)} built, {bad} with problems")
    return bad


if __name__ == "__main__":
    sys.exit(main())
