#!/usr/bin/env python3
"""Build devset3/ru: pdf/NAME.pdf + gold/NAME.gold.json + INDEX.tsv.

    /usr/bin/python3 build.py            # all ads
    /usr/bin/python3 build.py r3_03      # only names starting with r3_03

Every ad is invented (employers, people, phones, addresses, URLs).  Intermediate sources
(HTML, DOCX, FODT, TeX) are written to src/build/.  mkpdf.py is devset2/ru/src/mkpdf.py plus
options.  The gold was written by hand from the ad texts below; after each build the gold strings
are checked against `pdftotext -enc UTF-8` output (same check as devset2, with 3-5 key phrases).
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
FONTS = "/usr/share/fonts/truetype"


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
# 1. Zarplata.ru printout (Chrome print dialog header/footer via DevTools)
ZP_CSS = """
body{font-family:Arial,'Liberation Sans',sans-serif;font-size:14.5px;color:#1a1a1a;margin:0}
.top{display:flex;align-items:center;gap:18px;padding:10px 16px;background:#fff;border-bottom:2px solid #ffd400}
.logo{font:bold 22px Arial;color:#111}.logo i{font-style:normal;background:#ffd400;padding:0 5px;border-radius:4px}
.top span{font-size:13px;color:#333}.top .r{margin-left:auto}
.crumbs{font-size:12px;color:#888;padding:8px 16px}
.wrap{display:flex;gap:22px;padding:4px 16px}.main{flex:2.3}.side{flex:1}
h1{font-size:26px;margin:4px 0 6px}.sal{font-size:21px;font-weight:bold;margin:2px 0 12px}
.sal small{font-size:14px;font-weight:normal;color:#666}
.facts{background:#f7f7f5;border-radius:10px;padding:10px 14px;margin-bottom:12px}
.facts p{margin:3px 0}.facts b{font-weight:normal;color:#777}
.btns span{display:inline-block;border-radius:8px;padding:8px 20px;margin:0 8px 10px 0;font-size:14px}
.b1{background:#ffd400}.b2{border:1px solid #ccc}
.emp{border:1px solid #e5e5e5;border-radius:10px;padding:10px 14px;margin:6px 0 12px}
.emp .a{color:#666;font-size:13px;margin-top:4px}
h3{font-size:16px;margin:14px 0 4px}ul{margin:2px 0 8px 20px;padding:0}li{margin:2px 0}
.tags span{display:inline-block;background:#f0f0ee;border-radius:12px;padding:3px 10px;margin:3px 4px 3px 0;font-size:12px}
.meta{color:#888;font-size:12px;margin-top:14px}
.wid{background:#fff8cc;border-radius:10px;padding:10px;font-size:12.5px;margin-bottom:12px}
.sim{border:1px solid #e5e5e5;border-radius:10px;padding:8px 10px;margin-bottom:8px;font-size:12.5px}
.sim .s{font-weight:bold}
.foot{color:#999;font-size:10.5px;margin:16px;border-top:1px solid #eee;padding-top:8px}
"""


@ad("r3_01_zarplata_buhgalter_zp_novosibirsk",
    producer="Chromium 156 headless, DevTools Page.printToPDF with browser header/footer",
    style="Zarplata.ru vacancy printout (yellow header, breadcrumbs, facts box 'Формат работы: на месте "
          "работодателя', board average-salary widget, view counter, similar vacancies with other salaries)",
    title="Бухгалтер по расчёту заработной платы", company="ООО «СибТрансЛогистик»", location="Новосибирск",
    employment_type="full_time", workplace="onsite",
    salary=sal(90000, None, "RUB"), experience_years=exp(3, 6),
    education="высшее профессиональное образование (экономика, бухгалтерский учёт)",
    skills=["1С:ЗУП 3.1", "1С:Бухгалтерия 8.3", "НДФЛ", "MS Excel", "Кадровый учёт"],
    email=None, phone=None, url="https://novosibirsk.zarplata.ru/vacancy/card/id121804577",
    deadline=None, posted="2026-11-28",
    key_phrases=["транспортно-логистическая компания, 14 лет на рынке Сибири",
                 "полный цикл расчёта заработной платы на 600 сотрудников",
                 "учёт удержаний по исполнительным листам",
                 "график 5/2 с 9 до 18, в пятницу до 17:00",
                 "пересмотр заработной платы раз в год"],
    notes="Zarplata.ru printout with Chrome's header/footer (print date 02.12.2026, page title, URL, page "
          "x/y); url is the posting URL from the footer. Salary 'от 90 000 ₽ до вычета налогов' -> min 90000, "
          "max null, RUB; period month from the board's convention (Zarplata.ru shows monthly pay; the "
          "amount also fits a month), gross. 'Опыт работы: 3–6 лет' (the body's 'от 3 лет' agrees) -> {3,6}. "
          "'Полная занятость' -> full_time; '5/2 с 9 до 18' is the schedule. 'Формат работы: на месте "
          "работодателя' and 'работа в офисе' -> onsite. Location 'Новосибирск' from the address "
          "'Новосибирск, улица Станционная, 38' (street dropped). 'Вакансия опубликована 28 ноября 2026 в "
          "Новосибирске' -> posted 2026-11-28. Phone hidden behind 'Показать контакты' -> phone null. Not the "
          "salary: the board widget 'средняя зарплата — 72 000 ₽' and the similar vacancies (75 000 – 85 000 ₽, "
          "от 120 000 ₽, 55 000 ₽) of other employers.")
def r3_01(name, out):
    similar = [("Бухгалтер по заработной плате", "75 000 – 85 000 ₽", "АО «Обской хлеб»", "Новосибирск"),
               ("Главный бухгалтер", "от 120 000 ₽", "ООО «Технопарк Сибирь»", "Бердск"),
               ("Бухгалтер-кассир", "55 000 ₽ на руки", "ИП Савченко Т. А.", "Новосибирск")]
    sims = "".join(f'<div class="sim">{t}<br><span class="s">{s}</span><br>{c}<br>{ci}</div>'
                   for t, s, c, ci in similar)
    tags = ["1С:ЗУП 3.1", "1С:Бухгалтерия 8.3", "Расчёт заработной платы", "НДФЛ", "Кадровый учёт",
            "MS Excel"]
    page = f"""<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>x</title>
<style>{ZP_CSS}</style></head><body>
<div class="top"><div class="logo"><i>zarplata</i>.ru</div><span>Вакансии</span><span>Резюме</span>
<span>Компании</span><span>Зарплаты</span><span>Статьи</span><span class="r">Новосибирск</span>
<span>Разместить вакансию</span><span>Войти</span></div>
<div class="crumbs">Работа в Новосибирске › Бухгалтерия, финансы › Бухгалтер</div>
<div class="wrap"><div class="main">
<h1>Бухгалтер по расчёту заработной платы</h1>
<div class="sal">от 90 000 ₽ <small>до вычета налогов</small></div>
<div class="facts"><p><b>Опыт работы:</b> 3–6 лет</p><p><b>Занятость:</b> Полная занятость</p>
<p><b>График:</b> 5/2, 8 часов</p><p><b>Формат работы:</b> на месте работодателя</p></div>
<div class="btns"><span class="b1">Откликнуться</span><span class="b2">Показать контакты</span></div>
<div class="emp"><b>ООО «СибТрансЛогистик»</b><br><span style="font-size:12px;color:#777">Проверенный работодатель · 4,3 ★</span>
<div class="a">Новосибирск, улица Станционная, 38</div></div>
<p><b>ООО «СибТрансЛогистик»</b> — транспортно-логистическая компания, 14 лет на рынке Сибири, собственный
автопарк 120 единиц и около 600 сотрудников. В связи с расширением бухгалтерии ищем бухгалтера по расчёту
заработной платы.</p>
<h3>Обязанности:</h3>
{ul(["полный цикл расчёта заработной платы на 600 сотрудников в 1С:ЗУП 3.1;",
     "расчёт отпускных, больничных, командировочных;",
     "начисление НДФЛ и страховых взносов, подготовка отчётности 6-НДФЛ, РСВ, ЕФС-1;",
     "учёт удержаний по исполнительным листам;",
     "взаимодействие с СФР и ФНС по вопросам расчётов."])}
<h3>Требования:</h3>
{ul(["высшее профессиональное образование (экономика, бухгалтерский учёт);",
     "опыт расчёта заработной платы от 3 лет, желательно на предприятиях от 300 человек;",
     "уверенное знание 1С:ЗУП 3.1 и 1С:Бухгалтерия 8.3;",
     "MS Excel на уровне сводных таблиц и ВПР;",
     "знание ТК РФ и налогового законодательства в части НДФЛ."])}
<h3>Условия:</h3>
{ul(["официальное оформление по ТК РФ с первого дня;",
     "график 5/2 с 9 до 18, в пятницу до 17:00;",
     "работа в офисе рядом с остановкой «Станционная»;",
     "ДМС после испытательного срока, корпоративное обучение;",
     "пересмотр заработной платы раз в год."])}
<h3>Ключевые навыки</h3><div class="tags">{''.join(f'<span>{t}</span>' for t in tags)}</div>
<div class="meta">Вакансия опубликована 28 ноября 2026 в Новосибирске · 287 просмотров · сейчас смотрят 4 человека</div>
</div><div class="side">
<div class="wid"><b>Зарплаты бухгалтеров в Новосибирске</b><br>средняя зарплата — 72 000 ₽<br>
по данным вакансий за последние 3 месяца</div>
<h3>Похожие вакансии</h3>{sims}</div></div>
<div class="foot">© 2026 Зарплата.ру · Работа в Новосибирске · Вакансии · Резюме · Реклама на сайте · Пользовательское соглашение</div>
</body></html>"""
    mkpdf.chrome_devtools(write(src(name, "html"), page), out, "02.12.2026, 11:40",
                          "Вакансия Бухгалтер по расчёту заработной платы в Новосибирске — работа в "
                          "СибТрансЛогистик — Зарплата.ру",
                          "https://novosibirsk.zarplata.ru/vacancy/card/id121804577")


# =============================================================================================
# 2. Habr Career printout, Letter paper, print scale 85 %
HABR_CSS = """
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:14px;color:#303b44;margin:0;background:#fff}
.nav{display:flex;gap:18px;align-items:center;padding:10px 18px;background:#303b44;color:#fff;font-size:13px}
.nav b{font-size:17px;margin-right:14px}.nav .r{margin-left:auto}
.wrap{display:flex;gap:22px;padding:16px 18px}.main{flex:2.4}.side{flex:1}
.co{display:flex;gap:12px;align-items:center;border-bottom:1px solid #e4e8ec;padding-bottom:10px;margin-bottom:10px}
.co .lg{width:46px;height:46px;border-radius:8px;background:#4a90d9;color:#fff;font:bold 15px Arial;
 display:flex;align-items:center;justify-content:center}
.co small{color:#7b8a97}
h1{font-size:26px;margin:8px 0 4px}.sal{font-size:18px;font-weight:bold;color:#1f7a3e;margin:4px 0 12px}
.sec{margin:8px 0}.sec .h{color:#7b8a97;font-size:12.5px}.sec a{color:#3a7bbf;text-decoration:none}
h3{font-size:16px;margin:14px 0 4px}ul{margin:2px 0 8px 20px;padding:0}li{margin:2px 0}
.btn{display:inline-block;background:#3a7bbf;color:#fff;border-radius:6px;padding:7px 18px;margin:10px 0}
.meta{color:#7b8a97;font-size:12px;margin-top:12px}
.box{border:1px solid #e4e8ec;border-radius:8px;padding:10px;margin-bottom:10px;font-size:12.5px}
.box .s{font-weight:bold;color:#1f7a3e}
.foot{color:#9aa5ae;font-size:10.5px;margin:14px 18px;border-top:1px solid #eee;padding-top:8px}
"""


@ad("r3_02_habr_golang_razrabotchik_spb",
    producer="Chromium 156 headless, DevTools Page.printToPDF with browser header/footer, Letter paper, scale 0.85",
    style="Habr Карьера vacancy printout (dark top bar, company card, 'Требования' / 'Местоположение и тип "
          "занятости' link rows with 'Можно удаленно', salary calculator widget, similar vacancies)",
    title="Backend-разработчик (Go)", company="NevaTech", location="Санкт-Петербург",
    employment_type="full_time", workplace="remote",
    salary=sal(None, 350000, "RUB"), experience_years=exp(4, None), education=None,
    skills=["Go", "PostgreSQL", "Kafka", "Kubernetes", "gRPC", "Docker"],
    email=None, phone=None, url="https://career.habr.com/vacancies/1000151234",
    deadline=None, posted="2026-12-01",
    key_phrases=["WMS-платформу для ритейла и 3PL-операторов",
                 "переводить монолит на PHP в микросервисы на Go",
                 "опыт backend-разработки от 4 лет, из них на Go — от 2 лет",
                 "участвовать в дежурствах (раз в 6 недель, с доплатой)",
                 "бюджет на обучение 60 000 ₽ в год"],
    notes="Habr Career printout, Chrome header/footer; url from the footer. Salary 'до 350 000 ₽' -> min null, "
          "max 350000 RUB; period month from the board's convention (Habr Career salaries are monthly), "
          "gross/net not said. Not the salary: 'бюджет на обучение 60 000 ₽ в год', the calculator widget "
          "'медиана 270 000 ₽' and the similar vacancies. Experience: 'опыт backend-разработки от 4 лет, из них "
          "на Go — от 2 лет' -> the largest minimum, {4,null}; the board's level 'Средний (Middle)' is not a "
          "number of years. 'Полный рабочий день' (Habr's employment-type field) -> full_time. 'Можно "
          "удаленно' board tag, and 'полностью удалённая работа ... или офис' -> remote (remote allowed, "
          "judgement as for hh 'Можно удалённо'). Location 'Санкт-Петербург' from the location row. Company "
          "shown as 'NevaTech' (no legal form printed). 'Опубликовано 1 декабря 2026' -> posted.")
def r3_02(name, out):
    similar = [("Golang-разработчик", "от 300 000 ₽", "Т-Линия", "Москва, можно удаленно"),
               ("Senior Go Developer", "от 400 000 до 500 000 ₽", "Ozonix", "Санкт-Петербург"),
               ("Backend-разработчик (Python)", "до 280 000 ₽", "Северный поток данных", "Казань")]
    sims = "".join(f'<div class="box">{t}<br><span class="s">{s}</span><br>{c} · {ci}</div>'
                   for t, s, c, ci in similar)
    page = f"""<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>x</title>
<style>{HABR_CSS}</style></head><body>
<div class="nav"><b>Хабр Карьера</b><span>Вакансии</span><span>Специалисты</span><span>Компании</span>
<span>Зарплаты</span><span>Курсы</span><span>Журнал</span><span class="r">Войти</span><span>Регистрация</span></div>
<div class="wrap"><div class="main">
<div class="co"><div class="lg">NT</div><div><b>NevaTech</b> · 4.5 ★<br>
<small>Разрабатываем B2B-платформу для управления складами</small></div></div>
<h1>Backend-разработчик (Go)</h1>
<div class="sal">до 350 000 ₽</div>
<div class="sec"><div class="h">Требования</div><a>Go</a> • <a>PostgreSQL</a> • <a>Kafka</a> • <a>Kubernetes</a>
 • <a>gRPC</a> • <a>Средний (Middle)</a></div>
<div class="sec"><div class="h">Местоположение и тип занятости</div><a>Санкт-Петербург</a> • <a>Полный рабочий день</a>
 • <a>Можно удаленно</a></div>
<div class="sec"><div class="h">Компания</div><a>Крупная (более 100 человек)</a></div>
<span class="btn">Откликнуться</span>
<h3>Описание вакансии</h3>
<p>NevaTech делает WMS-платформу для ритейла и 3PL-операторов: через систему проходит более 2 млн отгрузок
в месяц. Мы растим команду складского ядра и ищем бэкенд-разработчика на Go.</p>
<h3>Ожидания от кандидата</h3>
{ul(["опыт backend-разработки от 4 лет, из них на Go — от 2 лет;",
     "уверенная работа с PostgreSQL (индексы, планы запросов);",
     "опыт с брокерами сообщений, у нас Kafka;",
     "понимание Docker и Kubernetes, деплоимся через ArgoCD;",
     "будет плюсом: ClickHouse, опыт в логистике."])}
<h3>Задачи</h3>
{ul(["проектировать и развивать сервисы учёта остатков и резервирования;",
     "переводить монолит на PHP в микросервисы на Go;",
     "писать gRPC- и REST-интерфейсы для внешних интеграций;",
     "участвовать в дежурствах (раз в 6 недель, с доплатой)."])}
<h3>Условия</h3>
{ul(["полностью удалённая работа из России или офис на Петроградской — как удобнее;",
     "оформление в штат по ТК РФ, аккредитованная IT-компания;",
     "ДМС со стоматологией после испытательного срока;",
     "бюджет на обучение 60 000 ₽ в год и конференции за счёт компании."])}
<div class="meta">Опубликовано 1 декабря 2026 · 412 просмотров · 23 отклика</div>
</div><div class="side">
<div class="box"><b>Зарплаты Backend-разработчиков (Middle) в Санкт-Петербурге</b><br>медиана 270 000 ₽<br>
по данным калькулятора зарплат Хабр Карьеры, II полугодие 2026</div>
<h3>Похожие вакансии</h3>{sims}</div></div>
<div class="foot">© 2006–2026 Habr · Хабр Карьера · Помощь · Правила · Реклама</div>
</body></html>"""
    mkpdf.chrome_devtools(write(src(name, "html"), page), out, "02.12.2026, 16:05",
                          "Вакансия «Backend-разработчик (Go)» в NevaTech — Хабр Карьера",
                          "https://career.habr.com/vacancies/1000151234", paper=(8.5, 11), scale=0.85)


# =============================================================================================
# 3. VK community post printout
VK_CSS = """
body{font-family:-apple-system,'Liberation Sans',Arial,sans-serif;font-size:13.5px;color:#000;margin:0;background:#edeef0}
.top{background:#fff;border-bottom:1px solid #dce1e6;padding:8px 18px;display:flex;gap:16px;align-items:center}
.top b{color:#0077ff;font-size:18px}.top .q{background:#edeef0;border-radius:8px;padding:4px 40px 4px 10px;color:#818c99}
.wrap{display:flex;gap:14px;padding:12px 18px}
.menu{width:130px;font-size:13px;color:#2c2d2e}.menu div{margin:7px 0}
.feed{flex:1}.card{background:#fff;border-radius:12px;padding:12px 16px;margin-bottom:12px}
.cover{height:70px;background:linear-gradient(90deg,#6b4226,#c49a6c);border-radius:12px 12px 0 0;margin:-12px -16px 10px}
.gname{font-size:18px;font-weight:bold}.gsub{color:#818c99;font-size:12.5px}
.ph{display:flex;gap:10px;align-items:center;margin-bottom:8px}
.av{width:40px;height:40px;border-radius:50%;background:#8b5a2b;color:#fff;font:bold 14px Arial;display:flex;align-items:center;justify-content:center}
.ph .n{color:#2a5885;font-weight:bold}.ph .d{color:#818c99;font-size:12.5px}
.txt p{margin:0 0 7px;line-height:1.38}.tag{color:#2a5885}
.acts{color:#818c99;font-size:13px;border-top:1px solid #e7e8ec;padding-top:8px;margin-top:6px}
.cm{display:flex;gap:8px;margin:10px 0;font-size:13px}.cm .av{width:30px;height:30px;font-size:11px;background:#99a2ad}
.cm .n{color:#2a5885;font-weight:bold}.cm .d{color:#818c99;font-size:12px}
.side{width:210px}.side .card{font-size:12.5px}
"""


@ad("r3_03_vk_barista_kazan",
    producer="Chromium 156 headless, DevTools Page.printToPDF with browser header/footer",
    style="VK community wall post printout (VK top bar and left menu, community cover, emoji post with "
          "dash lists and hashtags, like/comment/repost/view counters, comments quoting another cafe's rate)",
    title="бариста", company="Кофейня «Зёрна»", location="Казань",
    employment_type="part_time", workplace=None,
    salary=sal(250, 250, "RUB", "hour"), experience_years=exp(0, 0), education=None,
    skills=["эспрессо-напитки", "фильтр-кофе", "Эвотор", "латте-арт"],
    email=None, phone="+7 917 285-30-46", url="https://vk.com/wall-218406512_1147",
    deadline=None, posted=None,
    key_phrases=["ищем в команду ещё одного человека",
                 "можно без опыта, всему научим за 3–4 стажировочные смены",
                 "следить за чистотой бара и выкладкой десертов",
                 "бесплатные напитки и обед на смене",
                 "Пишите в сообщения сообщества или звоните"],
    notes="VK post printed from the browser with Chrome's header/footer; url is the post URL in the footer. "
          "No title line: the role is named in the post ('нужен бариста!') -> 'бариста'. Company: the cafe "
          "'Кофейня «Зёрна»' (community name 'Кофейня «Зёрна» | Казань'; VK is the platform). Salary '250 ₽/час "
          "+ чаевые' -> 250-250 RUB hour; the tips estimate '300–500 ₽ за смену' and the commenter's '230 ₽/ч' "
          "at another cafe are not the salary; the sidebar ad 'до 5 000 ₽ в день' is another advertiser. "
          "'можно без опыта' -> {0,0}. 'частичная занятость: смены по 6 или 12 часов, график 2/2 или только "
          "выходные' -> part_time. No work format stated -> workplace null. Location 'Казань' from 'Адрес: "
          "Казань, ул. Баумана, 44 (м. Кремлёвская)' (street dropped). Posted: the post date is '1 дек в "
          "18:04' with no year (VK omits the current year) -> null (judgement: not an explicit date; the "
          "print date 02.12.2026 in the header would suggest 2026-12-01, not used). Comment dates likewise. "
          "Text-order trap: the emoji are a separate font, and pdftotext moves them and the tail of the "
          "address line '(м. Кремлёвская)' below the offer lines.")
def r3_03(name, out):
    menu = "".join(f"<div>{m}</div>" for m in ["Моя страница", "Новости", "Мессенджер", "Звонки", "Друзья",
                                             "Сообщества", "Фотографии", "Музыка", "Видео", "Клипы", "Игры",
                                             "Маркет", "Работа"])
    page = f"""<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>x</title>
<style>{VK_CSS}</style></head><body>
<div class="top"><b>ВКонтакте</b><span class="q">Поиск</span><span style="margin-left:auto">🔔</span><span>Лейсан</span></div>
<div class="wrap"><div class="menu">{menu}</div>
<div class="feed">
<div class="card"><div class="cover"></div><div class="gname">Кофейня «Зёрна» | Казань</div>
<div class="gsub">Кофейня · 8 214 подписчиков · Открыто до 22:00</div></div>
<div class="card">
<div class="ph"><div class="av">З</div><div><div class="n">Кофейня «Зёрна» | Казань</div><div class="d">1 дек в 18:04</div></div></div>
<div class="txt">
<p>☕ В «Зёрна» на Баумана нужен бариста!</p>
<p>Мы открылись весной, и гостей становится всё больше — ищем в команду ещё одного человека 🙌</p>
<p>Что нужно делать:<br>— готовить эспрессо-напитки и фильтр-кофе<br>— работать с кассой (Эвотор) и принимать оплату<br>
— следить за чистотой бара и выкладкой десертов</p>
<p>Кого ищем:<br>— можно без опыта, всему научим за 3–4 стажировочные смены (они оплачиваются)<br>
— медкнижка или готовность её оформить<br>— любовь к людям и кофе 😊 латте-арт — большой плюс</p>
<p>Что предлагаем:<br>💰 250 ₽/час + чаевые (в среднем выходит ещё 300–500 ₽ за смену)<br>
🕗 частичная занятость: смены по 6 или 12 часов, график 2/2 или только выходные<br>
🥐 бесплатные напитки и обед на смене<br>🎓 обучение у нашего шеф-бариста</p>
<p>📍 Адрес: Казань, ул. Баумана, 44 (м. Кремлёвская)<br>
Пишите в сообщения сообщества или звоните: +7 917 285-30-46, Алина</p>
<p><span class="tag">#работа_казань</span> <span class="tag">#бариста</span> <span class="tag">#вакансия</span></p>
</div>
<div class="acts">❤ 64 &nbsp;&nbsp; 💬 12 &nbsp;&nbsp; ↪ 19 <span style="float:right">👁 5,3K</span></div>
<div class="cm"><div class="av">РХ</div><div><span class="n">Рустам Хабибуллин</span><br>А студентов берёте? Могу только по вечерам
<div class="d">1 дек в 18:30 · Ответить</div></div></div>
<div class="cm"><div class="av">З</div><div><span class="n">Кофейня «Зёрна» | Казань</span><br>Рустам, да, напишите нам в сообщения 🙂
<div class="d">1 дек в 18:41 · Ответить</div></div></div>
<div class="cm"><div class="av">ЭГ</div><div><span class="n">Эльвира Галиева</span><br>На Кремлёвской в соседней кофейне 230 ₽/ч дают, у вас лучше 👍
<div class="d">2 дек в 9:12 · Ответить</div></div></div>
</div></div>
<div class="side"><div class="card"><b>Реклама</b><br>Курьер на своём авто, до 5 000 ₽ в день. Яндекс Еда · Казань</div>
<div class="card"><b>Контакты</b><br>Алина, управляющая</div></div>
</div></body></html>"""
    mkpdf.chrome_devtools(write(src(name, "html"), page), out, "02.12.2026, 08:15",
                          "Кофейня «Зёрна» | Казань | ВКонтакте", "https://vk.com/wall-218406512_1147")


# =============================================================================================
# 4. Bank careers page, internship (Chrome CLI, no header/footer)
BANK_CSS = """
@page{size:A4;margin:10mm}
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:14px;color:#1b1f24;margin:0}
.top{display:flex;align-items:center;gap:22px;padding:12px 4px;border-bottom:1px solid #e3e6ea}
.top .lg{font:bold 19px Arial;color:#5b2d90}.top .lg i{font-style:normal;color:#1b1f24;font-weight:normal}
.top span{font-size:13px}.top .r{margin-left:auto;border:1px solid #5b2d90;color:#5b2d90;border-radius:18px;padding:4px 14px}
.crumbs{font-size:12px;color:#8a9099;margin:10px 4px}
.hero{background:#f3eefa;border-radius:18px;padding:18px 20px;margin:6px 0 14px}
h1{font-size:28px;margin:0 0 10px}
.chips span{display:inline-block;background:#fff;border-radius:14px;padding:3px 12px;margin:0 6px 6px 0;font-size:13px}
.inc{font-size:19px;font-weight:bold;margin-top:6px}
.grid{display:flex;gap:22px}.main{flex:2.2}.side{flex:1}
table.info{border-collapse:collapse;font-size:13px;margin-bottom:10px}table.info td{padding:3px 14px 3px 0;vertical-align:top}
table.info td:first-child{color:#8a9099}
h3{font-size:17px;margin:16px 0 6px}ul{margin:2px 0 8px 20px;padding:0}li{margin:3px 0}
.ol li{margin:4px 0}
.apply{background:#5b2d90;color:#fff;border-radius:14px;padding:14px;margin:10px 0;font-size:13px}
.apply b{font-size:15px}
.oth{border:1px solid #e3e6ea;border-radius:12px;padding:9px 12px;margin-bottom:8px;font-size:12.5px}
.foot{color:#8a9099;font-size:10.5px;margin-top:18px;border-top:1px solid #e3e6ea;padding-top:8px}
"""


@ad("r3_04_bank_kariera_stazher_analitik_moskva",
    producer="Chromium 156 headless --print-to-pdf --no-pdf-header-footer",
    style="bank careers site ('Меридиан Карьера', Sber/VTB-like): hero with chips (city, 'Стажировка', "
          "'Гибрид', 'Без опыта'), info table, selection steps, apply box with start date, other bank vacancies",
    title="Стажёр-аналитик данных", company="ПАО «Банк Меридиан»", location="Москва",
    employment_type="internship", workplace="hybrid",
    salary=sal(60000, 80000, "RUB"), experience_years=exp(0, 0),
    education="студенты 3–4 курса бакалавриата или магистратуры технических или экономических специальностей",
    skills=["SQL", "Python", "pandas", "Power BI", "Tableau"],
    email="start@meridianbank.ru", phone=None, url="https://career.meridianbank.ru/vacancies/2741",
    deadline="2027-01-15", posted=None,
    key_phrases=["команде управления данными розничного бизнеса",
                 "собирать витрины данных и проверять их качество",
                 "знаешь SQL на уровне JOIN и оконных функций",
                 "гибридный формат: 3 дня в офисе на Кутузовском, 2 дня из дома",
                 "Приём заявок до 15 января 2027 г."],
    notes="Employer careers page printed without browser header/footer; url is the vacancy link printed in "
          "the apply box. Company: the page brand is 'МЕРИДИАН Карьера' / 'Банк Меридиан'; the legal name "
          "'ПАО «Банк Меридиан»' is in the footer -> that (judgement; 'Банк Меридиан' is the same "
          "organisation). 'Стажировка' chip and 'оплачиваемая стажировка на 6 месяцев' -> internship (30 hours "
          "a week does not make it part_time). 'Гибрид' chip and 'гибридный формат: 3 дня в офисе...' -> hybrid. "
          "Salary '60–80 тыс. руб. в месяц до вычета НДФЛ' -> 60000-80000 RUB month, gross. 'Без опыта' "
          "-> {0,0}. Education: the student requirement, trimmed. Location 'Москва' (chip and info table; "
          "the street 'Кутузовский проспект, 32' dropped). Deadline 'Приём заявок до 15 января 2027 г.' -> "
          "2027-01-15; 'Старт стажировки — 2 февраля 2027 г.' is a start date, not a deadline. No posting "
          "date -> posted null. Other vacancies (от 180 000 ₽, 55 000 ₽, до 300 000 ₽) are other jobs.")
def r3_04(name, out):
    others = [("Аналитик данных (Middle)", "Москва · Гибрид", "от 180 000 ₽"),
              ("Стажёр в кибербезопасность", "Санкт-Петербург · Офис", "55 000 ₽"),
              ("Data Engineer (Spark)", "Удалённо", "до 300 000 ₽")]
    oth = "".join(f'<div class="oth"><b>{t}</b><br>{w}<br>{s}</div>' for t, w, s in others)
    page = f"""<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Стажёр-аналитик данных — Меридиан Карьера</title>
<style>{BANK_CSS}</style></head><body>
<div class="top"><div class="lg">МЕРИДИАН <i>Карьера</i></div><span>Вакансии</span><span>Студентам</span>
<span>ИТ в Меридиане</span><span>Офисы и отделения</span><span>О банке</span><span class="r">Войти</span></div>
<div class="crumbs">Карьера › Студентам и выпускникам › Стажировки › Стажёр-аналитик данных</div>
<div class="hero"><h1>Стажёр-аналитик данных</h1>
<div class="chips"><span>Москва</span><span>Стажировка</span><span>Гибрид</span><span>Без опыта</span></div>
<div class="inc">60–80 тыс. руб. в месяц до вычета НДФЛ</div></div>
<div class="grid"><div class="main">
<table class="info"><tr><td>Город</td><td>Москва, Кутузовский проспект, 32</td></tr>
<tr><td>Тип занятости</td><td>Стажировка, от 30 часов в неделю</td></tr>
<tr><td>Формат</td><td>Гибрид</td></tr><tr><td>Опыт</td><td>Без опыта</td></tr>
<tr><td>Направление</td><td>Данные и аналитика</td></tr></table>
<p>Банк Меридиан входит в двадцатку крупнейших банков России по размеру активов. Стажёр работает в
команде управления данными розничного бизнеса — это более 150 аналитиков и инженеров, которые отвечают за
отчётность, модели и витрины для кредитных продуктов.</p>
<h3>Чем предстоит заниматься</h3>
{ul(["собирать витрины данных и проверять их качество;",
     "готовить регулярные отчёты и дашборды для продуктовых команд;",
     "разбирать аномалии в данных вместе с инженерами;",
     "участвовать в A/B-тестах кредитных предложений."])}
<h3>Кого мы ищем</h3>
{ul(["студенты 3–4 курса бакалавриата или магистратуры технических или экономических специальностей;",
     "знаешь SQL на уровне JOIN и оконных функций;",
     "пишешь на Python с pandas;",
     "работал с Power BI или Tableau — будет плюсом;",
     "можешь уделять стажировке не менее 30 часов в неделю."])}
<h3>Что мы предлагаем</h3>
{ul(["оплачиваемая стажировка на 6 месяцев с возможностью перехода в штат;",
     "гибридный формат: 3 дня в офисе на Кутузовском, 2 дня из дома;",
     "наставник из команды и программа обучения «Школа данных»;",
     "гибкий график, подстроенный под учёбу и сессию."])}
<h3>Как проходит отбор</h3>
<ol class="ol"><li>Заявка на сайте и онлайн-тест по SQL и логике.</li><li>Техническое интервью с командой.</li>
<li>Финальная встреча и предложение.</li></ol>
</div><div class="side">
<div class="apply"><b>Откликнуться</b><br>Приём заявок до 15 января 2027 г.<br>Старт стажировки — 2 февраля 2027 г.<br><br>
Ссылка на вакансию:<br>https://career.meridianbank.ru/vacancies/2741<br><br>Вопросы: start@meridianbank.ru</div>
<h3>Другие вакансии</h3>{oth}</div></div>
<div class="foot">© 2026 ПАО «Банк Меридиан». Генеральная лицензия Банка России № 3517. Политика конфиденциальности · Раскрытие информации</div>
</body></html>"""
    mkpdf.chrome_cli(write(src(name, "html"), page), out)


# =============================================================================================
# 5. State civil-service competition notice: hand-written flat ODT -> LibreOffice
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
<office:meta><dc:title>Объявление о конкурсе</dc:title><meta:initial-creator>Отдел кадров</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="ru" fo:country="RU" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-top="0cm" fo:margin-bottom="0.12cm" fo:text-indent="1.25cm" fo:line-height="115%"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="1.8cm" fo:margin-bottom="1.8cm" fo:margin-left="2.5cm" fo:margin-right="1.5cm"/></style:page-layout>
 <style:style style:name="C" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:margin-bottom="0.05cm"/>
  <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="CN" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="R" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end" fo:text-indent="0cm"/>
  <style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="H" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:margin-top="0.25cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
"""


@ad("r3_05_konkurs_gossluzhba_specialist_ib_pskov",
    producer="hand-written flat ODT (.fodt) -> LibreOffice 7.4 Writer (soffice --convert-to pdf), Liberation Serif",
    style="regional civil-service competition notice ('ОБЪЯВЛЕНИЕ о проведении конкурса на замещение "
          "вакантной должности государственной гражданской службы'): numbered sections, justified text, "
          "no salary figure, document list, deadline, competition date, placement date",
    title="главный специалист-эксперт отдела информационной безопасности",
    company="Комитет цифрового развития и связи Псковской области", location="г. Псков",
    employment_type=None, workplace=None, salary=None, experience_years=exp(0, 0),
    education="высшее образование не ниже уровня бакалавриата по направлениям подготовки «Информационная "
              "безопасность», «Информатика и вычислительная техника»",
    skills=["152-ФЗ", "ФСТЭК", "Secret Net Studio", "ViPNet Client", "Astra Linux"],
    email="kadry@cifra.pskov.ru", phone="8 (8112) 29-97-31", url="https://cifra.pskov.ru/gossluzhba/konkurs",
    deadline="2026-12-25", posted="2026-12-02",
    key_phrases=["объявляет конкурс на замещение вакантной должности государственной гражданской службы",
                 "расследование инцидентов информационной безопасности",
                 "пятидневная служебная неделя",
                 "Конкурс проводится в форме тестирования и индивидуального собеседования",
                 "Документы принимаются до 25.12.2026 включительно"],
    notes="State notice typeset in LibreOffice from flat ODT. Title from 'Наименование должности: главный "
          "специалист-эксперт отдела информационной безопасности' (the prose has the genitive). Company: "
          "the committee that announces the competition. Location 'г. Псков' from 'Место прохождения службы: "
          "г. Псков, ул. Некрасова, д. 23' (street dropped). Employment type not stated (civil service; no "
          "'полная занятость', no contract type) -> null; the five-day week is a schedule. Workplace not "
          "stated -> null. Salary: 'Денежное содержание ... устанавливается в соответствии с "
          "законодательством Псковской области', no figure -> null. 'Стаж: без предъявления требований к "
          "стажу' -> {0,0} (judgement: no experience required). Education trimmed before 'или иным "
          "направлениям'. Deadline 'Документы принимаются до 25.12.2026 включительно' -> 2026-12-25; 'Дата "
          "размещения объявления: 02.12.2026' -> posted. Not dates of the ad: the order date '01.12.2026' in "
          "the corner, the competition date '20 января 2027 г.', the 2005 and 2006 dates of legal acts. url "
          "is the committee's posting page; the federal HR system is named without an address.")
def r3_05(name, out):
    def P(text, style="Standard"):
        return f'<text:p text:style-name="{style}">{text}</text:p>\n'

    def LB(label, text):
        return P(f'<text:span text:style-name="B">{label}</text:span> {text}')

    docs = ["личное заявление на имя председателя Комитета;",
            "собственноручно заполненная и подписанная анкета по форме, утверждённой распоряжением "
            "Правительства Российской Федерации от 26.05.2005 № 667-р, с фотографией;",
            "копия паспорта (паспорт предъявляется лично по прибытии на конкурс);",
            "копии документов об образовании и о квалификации;",
            "копия трудовой книжки и (или) сведения о трудовой деятельности;",
            "документ об отсутствии заболевания, препятствующего поступлению на гражданскую службу "
            "(учётная форма № 001-ГС/у)."]
    body = (
        P("Приложение к приказу Комитета от 01.12.2026 № 118-к", "R") +
        P("КОМИТЕТ ЦИФРОВОГО РАЗВИТИЯ И СВЯЗИ ПСКОВСКОЙ ОБЛАСТИ", "C") +
        P("ОБЪЯВЛЕНИЕ", "C") +
        P("о проведении конкурса на замещение вакантной должности государственной гражданской службы "
          "Псковской области", "CN") +
        P("Комитет цифрового развития и связи Псковской области (далее — Комитет) объявляет конкурс на "
          "замещение вакантной должности государственной гражданской службы Псковской области главного "
          "специалиста-эксперта отдела информационной безопасности (ведущая группа должностей, категория "
          "«специалисты»).") +
        LB("Наименование должности:", "главный специалист-эксперт отдела информационной безопасности.") +
        LB("Место прохождения службы:", "г. Псков, ул. Некрасова, д. 23.") +
        P("1. Квалификационные требования", "H") +
        P("1.1. Уровень профессионального образования: высшее образование не ниже уровня бакалавриата по "
          "направлениям подготовки «Информационная безопасность», «Информатика и вычислительная техника» или "
          "иным направлениям, содержащим аналогичные компетенции.") +
        P("1.2. Стаж: без предъявления требований к стажу.") +
        P("1.3. Профессиональные знания: Федерального закона от 27.07.2006 № 152-ФЗ «О персональных "
          "данных»; требований ФСТЭК России к защите информации в государственных информационных системах; "
          "основ криптографической защиты информации.") +
        P("1.4. Профессиональные умения: администрирование средств защиты информации Secret Net Studio и "
          "ViPNet Client; работа в операционной системе Astra Linux; подготовка моделей угроз безопасности "
          "информации.") +
        P("2. Основные должностные обязанности", "H") +
        P("Контроль выполнения требований по защите информации в информационных системах органов "
          "исполнительной власти области; участие в аттестации объектов информатизации; расследование "
          "инцидентов информационной безопасности; подготовка проектов нормативных правовых актов в сфере "
          "защиты информации.") +
        P("3. Условия прохождения гражданской службы", "H") +
        P("Служебный распорядок: пятидневная служебная неделя, с 9.00 до 18.00, перерыв с 13.00 до 14.00. "
          "Денежное содержание гражданского служащего состоит из должностного оклада, оклада за классный чин "
          "и дополнительных выплат и устанавливается в соответствии с законодательством Псковской области. "
          "Ежегодный основной оплачиваемый отпуск — 30 календарных дней.") +
        P("4. Перечень документов, представляемых для участия в конкурсе", "H") +
        "".join(P(f"{i}) {d}") for i, d in enumerate(docs, 1)) +
        P("5. Приём документов и проведение конкурса", "H") +
        P("Документы принимаются до 25.12.2026 включительно по адресу: 180001, г. Псков, ул. Некрасова, "
          "д. 23, каб. 312, в рабочие дни с 9.00 до 17.00, а также в электронном виде через федеральную "
          "государственную информационную систему «Единая информационная система управления кадровым "
          "составом государственной гражданской службы Российской Федерации».") +
        P("Несвоевременное представление документов или представление их не в полном объёме является "
          "основанием для отказа в допуске к участию в конкурсе.") +
        P("Предполагаемая дата проведения конкурса — 20 января 2027 г. Конкурс проводится в форме "
          "тестирования и индивидуального собеседования.") +
        P("Справки по телефону: 8 (8112) 29-97-31, e-mail: kadry@cifra.pskov.ru. Объявление размещено на "
          "официальном сайте Комитета: https://cifra.pskov.ru/gossluzhba/konkurs") +
        P("Дата размещения объявления: 02.12.2026"))
    doc = FODT_HEAD + body + "</office:text></office:body></office:document>\n"
    mkpdf.soffice(write(src(name, "fodt"), doc), out)


# =============================================================================================
# 6. Factory Word vacancy with a Должность / Подразделение / График / Оклад table
@ad("r3_06_docx_zavod_elektromonter_chelny",
    producer="python-docx (letterhead table + 4-column vacancy table) -> LibreOffice 7.4 Writer (soffice --convert-to pdf)",
    style="factory personnel-department Word vacancy: borderless letterhead table, one-row table 'Должность / "
          "Подразделение / График / Оклад', 'оклад 45 000 + премия', fixed-term contract with an end date",
    title="Электромонтёр по ремонту и обслуживанию электрооборудования 5 разряда",
    company="АО «Камский завод металлоконструкций»", location="г. Набережные Челны",
    employment_type="temporary", workplace=None,
    salary=sal(45000, 45000, "RUB"), experience_years=exp(3, None),
    education="среднее профессиональное образование (электротехническое)",
    skills=["группа по электробезопасности не ниже IV", "электрические схемы", "частотных преобразователей",
            "Siemens S7-1200"],
    email="ok@kzmk-chelny.ru", phone="8 (8552) 77-41-09", url=None, deadline=None, posted=None,
    key_phrases=["плановый и аварийный ремонт мостовых кранов и кран-балок",
                 "на период отпуска по уходу за ребёнком основного работника",
                 "доплата за работу в ночное время 40 %",
                 "служебный автобус из Нового города и ЗЯБ",
                 "бесплатные обеды в заводской столовой"],
    notes="Word vacancy converted by LibreOffice; the vacancy table has one row, read across the columns. "
          "Title from the 'Должность' cell. Salary 'оклад 45 000 + премия до 30 %' -> 45000-45000 RUB; period "
          "month inferred (a Russian 'оклад' is monthly, the amount fits), the bonus not added. 'Вид "
          "договора: срочный трудовой договор на период отпуска по уходу за ребёнком основного работника "
          "(ориентировочно до 31.08.2028)' -> temporary; 31.08.2028 is the contract end, not a deadline. "
          "'сменный график 2/2' is the schedule. 'опыт работы по специальности от 3 лет' -> {3,null}. "
          "Workplace not stated -> null (a factory job is on site, but the ad does not say it). Location "
          "'г. Набережные Челны' from 'Место работы: г. Набережные Челны, промзона БСИ'. Phone and e-mail of "
          "the personnel department. No date on the document -> posted null.")
def r3_06(name, out):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    font = "Liberation Sans"
    for sname in ("Normal", "List Bullet", "Table Grid"):
        st = d.styles[sname]
        st.font.name = font
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), font)
    d.styles["Normal"].font.size = Pt(10.5)
    d.styles["Normal"].paragraph_format.space_after = Pt(3)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = Cm(1.5)

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
        tcPr.append(sh)

    def cell_text(cell, text, bold=False, size=None, color=None, align=None):
        cell.text = ""
        para = cell.paragraphs[0]
        run = para.add_run(text); run.bold = bold
        if size: run.font.size = Pt(size)
        if color: run.font.color.rgb = RGBColor(*color)
        if align == "c": para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if align == "r": para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return para

    # letterhead: borderless 2-column table
    lh = d.add_table(rows=1, cols=2)
    cell_text(lh.cell(0, 0), "КЗМК", bold=True, size=26, color=(0xB0, 0x1E, 0x23))
    p = cell_text(lh.cell(0, 1), "АО «Камский завод металлоконструкций»", bold=True, size=11, align="r")
    for line in ("423800, Республика Татарстан, г. Набережные Челны,",
                 "Промышленная зона БСИ, ул. Машиностроительная, 91",
                 "ИНН 1650123456 · www.kzmk-chelny.ru"):
        q = lh.cell(0, 1).add_paragraph(line); q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        q.runs[0].font.size = Pt(8); q.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    t = d.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("ВАКАНСИЯ"); r.bold = True; r.font.size = Pt(16)
    s = d.add_paragraph("Отдел кадров приглашает на работу"); s.alignment = WD_ALIGN_PARAGRAPH.CENTER

    tab = d.add_table(rows=2, cols=4)
    tab.style = d.styles["Table Grid"]
    heads = ["Должность", "Подразделение", "График", "Оклад"]
    vals = ["Электромонтёр по ремонту и обслуживанию электрооборудования 5 разряда",
            "Энергоцех, участок ремонта кранового оборудования",
            "сменный график 2/2, смены по 12 ч (день/ночь)",
            "оклад 45 000 + премия до 30 %"]
    widths = [Cm(6.2), Cm(4.2), Cm(3.8), Cm(3.2)]
    for i, (h, v) in enumerate(zip(heads, vals)):
        cell_text(tab.cell(0, i), h, bold=True, align="c"); shade(tab.cell(0, i), "D9E2F3")
        cell_text(tab.cell(1, i), v)
        for row in range(2):
            tab.cell(row, i).width = widths[i]
    d.add_paragraph()

    def lab(k, v):
        para = d.add_paragraph(); para.add_run(k).bold = True; para.add_run(" " + v)

    def head(text):
        para = d.add_paragraph(); rr = para.add_run(text); rr.bold = True; rr.font.size = Pt(11.5)
        para.paragraph_format.space_before = Pt(8)

    def bl(items):
        for i in items:
            x = d.add_paragraph(i, style="List Bullet"); x.paragraph_format.space_after = Pt(1)

    lab("Место работы:", "г. Набережные Челны, промзона БСИ")
    lab("Вид договора:", "срочный трудовой договор на период отпуска по уходу за ребёнком основного работника "
                         "(ориентировочно до 31.08.2028)")
    head("Обязанности")
    bl(["техническое обслуживание электрооборудования цеха металлоконструкций;",
        "плановый и аварийный ремонт мостовых кранов и кран-балок;",
        "наладка частотных преобразователей приводов, замена двигателей и пускорегулирующей аппаратуры;",
        "ведение оперативного журнала и журнала дефектов."])
    head("Требования")
    bl(["среднее профессиональное образование (электротехническое);",
        "опыт работы по специальности от 3 лет;",
        "группа по электробезопасности не ниже IV (до и выше 1000 В);",
        "умение читать электрические схемы;",
        "знание ПЛК Siemens S7-1200 — преимущество."])
    head("Условия")
    bl(["официальное трудоустройство, заработная плата два раза в месяц без задержек;",
        "доплата за работу в ночное время 40 %;",
        "служебный автобус из Нового города и ЗЯБ;",
        "спецодежда, СИЗ, бесплатные обеды в заводской столовой;",
        "ежегодный медосмотр за счёт предприятия."])
    d.add_paragraph()
    lab("Обращаться:", "отдел кадров, ул. Машиностроительная, 91, каб. 105 (пн–пт с 8:00 до 16:30).")
    lab("Телефон:", "8 (8552) 77-41-09")
    lab("E-mail:", "ok@kzmk-chelny.ru")
    path = src(name, "docx")
    d.save(path)
    mkpdf.soffice(path, out)


# =============================================================================================
# 7. University competition notice for a docent, LuaLaTeX
@ad("r3_07_lualatex_docent_kafedra_tver",
    producer="LuaLaTeX (TeX Live 2022, fontspec Liberation Serif, tabularx), hyphenation off",
    style="university competition notice for a teaching post ('ОБЪЯВЛЕНИЕ о проведении конкурса на "
          "замещение должностей педагогических работников, относящихся к профессорско-преподавательскому "
          "составу'): ministry/university header, position table, qualification requirements, dates",
    title="доцент кафедры прикладной математики и информатики",
    company="ФГБОУ ВО «Верхневолжский государственный технический университет»", location="г. Тверь",
    employment_type="temporary", workplace=None,
    salary=sal(52400, 52400, "RUB"), experience_years=exp(3, None),
    education="высшее образование, учёная степень кандидата наук",
    skills=["Python", "MATLAB", "LMS Moodle", "машинного обучения"],
    email="konkurs@vvgtu.ru", phone="+7 (4822) 52-63-18", url="https://vvgtu.ru/konkurs/pps-2026-12",
    deadline="2027-01-10", posted="2026-12-02",
    key_phrases=["объявляет конкурс на замещение должности доцента кафедры прикладной математики и информатики",
                 "руководство выпускными квалификационными работами бакалавров и магистров",
                 "не менее двух статей в год в изданиях из перечня ВАК или Scopus",
                 "стимулирующие выплаты по эффективному контракту",
                 "Заявления принимаются до 10 января 2027 г. включительно"],
    notes="Typeset notice (LuaLaTeX). Title from 'Должность: доцент кафедры прикладной математики и "
          "информатики (1,0 ставки)', without the rate. Company as named in the announcing sentence "
          "(abbreviated legal form; the header spells it out). 'срочный трудовой договор сроком на 3 года' "
          "-> temporary (fixed-term), although the post is 1,0 ставки. Salary 'Должностной оклад — 52 400 "
          "руб.' -> 52400-52400 RUB; period month inferred (оклад), the stimulus payments are not a figure. "
          "Experience: 'стаж научно-педагогической работы не менее 3 лет' and 'опыт преподавания ... не менее "
          "2 лет' -> the largest minimum, {3,null}. Location 'г. Тверь' from 'Место работы: г. Тверь, наб. "
          "Афанасия Никитина, д. 22' (street dropped). Deadline 'Заявления принимаются до 10 января 2027 г. "
          "включительно' -> 2027-01-10; 'Дата объявления конкурса: 2 декабря 2026 г.' -> posted; the "
          "competition date '4 февраля 2027 г.' is neither. Workplace not stated -> null.")
def r3_07(name, out):
    tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage{fontspec}
\setmainfont{Liberation Serif}
\usepackage[russian]{babel}
\usepackage[margin=2cm,top=1.6cm]{geometry}
\usepackage{enumitem,tabularx,array,url}
\urlstyle{same}
\setlist{nosep,leftmargin=1.4em}
\pagestyle{empty}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \emergencystretch=3em
\setlength{\parindent}{1.25cm}
\begin{document}
\begin{center}
{\small МИНИСТЕРСТВО НАУКИ И ВЫСШЕГО ОБРАЗОВАНИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ}\\[2pt]
{\small федеральное государственное бюджетное образовательное учреждение высшего образования}\\
\textbf{«Верхневолжский государственный технический университет»}\\
{\small (ФГБОУ ВО «ВВГТУ»)}\\[12pt]
{\large\bfseries ОБЪЯВЛЕНИЕ}\\[2pt]
о проведении конкурса на замещение должностей педагогических работников,\\ относящихся к профессорско-преподавательскому составу
\end{center}

\noindent Дата объявления конкурса: 2 декабря 2026 г.

\medskip
ФГБОУ ВО «Верхневолжский государственный технический университет» объявляет конкурс на замещение должности доцента кафедры прикладной математики и информатики факультета информационных технологий.

\medskip
\noindent\begin{tabularx}{\textwidth}{|c|X|l|c|c|}
\hline
№ & Кафедра & Должность & Ставка & Кол-во\\\hline
1 & Кафедра прикладной математики и информатики & Доцент & 1,0 & 1\\\hline
\end{tabularx}

\medskip
\noindent\textbf{Должность:} доцент кафедры прикладной математики и информатики (1,0 ставки).\\
\textbf{Место работы:} г. Тверь, наб. Афанасия Никитина, д. 22, учебный корпус № 2.

\subsection*{Квалификационные требования}
\begin{itemize}
\item высшее образование, учёная степень кандидата наук (физико-математические или технические науки);
\item стаж научно-педагогической работы не менее 3 лет;
\item опыт преподавания дисциплин «Машинное обучение» и «Анализ данных» не менее 2 лет;
\item владение Python и MATLAB, опыт разработки электронных курсов в LMS Moodle.
\end{itemize}

\subsection*{Основные обязанности}
\begin{itemize}
\item чтение лекций и проведение практических занятий по дисциплинам «Методы оптимизации», «Программирование на Python», «Основы машинного обучения»;
\item руководство выпускными квалификационными работами бакалавров и магистров;
\item разработка учебно-методического обеспечения дисциплин;
\item публикация не менее двух статей в год в изданиях из перечня ВАК или Scopus.
\end{itemize}

\subsection*{Условия}
С избранным по конкурсу претендентом заключается срочный трудовой договор сроком на 3 года. Должностной оклад — 52 400 руб., стимулирующие выплаты по эффективному контракту. Учебная нагрузка — до 850 часов в год.

\subsection*{Порядок участия}
Для участия в конкурсе претендент подаёт заявление на имя ректора, список научных и учебно-методических трудов за последние 5 лет, копии документов об образовании и учёной степени, сведения о трудовой деятельности. \textbf{Заявления принимаются до 10 января 2027 г. включительно} в управлении кадров (г. Тверь, наб. Афанасия Никитина, д. 22, каб. 118).

Конкурс проводится 4 февраля 2027 г. на заседании учёного совета факультета информационных технологий.

\medskip
\noindent Управление кадров: тел. +7 (4822) 52-63-18, e-mail: konkurs@vvgtu.ru.\\
Объявление и перечень документов размещены на официальном сайте университета:\\ \url{https://vvgtu.ru/konkurs/pps-2026-12}

\vfill
\noindent{\small Проректор по кадровой политике \hfill А.\,В. Смирнова}
\end{document}
"""
    mkpdf.lualatex(write(src(name, "tex"), tex), out)


# =============================================================================================
# 8. Prose letter from a small Tashkent company, ReportLab platypus
@ad("r3_08_reportlab_pismo_ofis_menedzher_tashkent",
    producer="reportlab 3.6 platypus (Liberation Serif TTF), letter without headings",
    style="prose letter from a small Tashkent company in Russian (letterhead lines, 'Здравствуйте!', no "
          "headings or lists, сум salary, Telegram contact, deadline in the last paragraph)",
    title="офис-менеджер", company="ООО «Mehr Print»", location="г. Ташкент",
    employment_type=None, workplace="onsite",
    salary=sal(5000000, 6500000, "UZS"), experience_years=exp(1, None), education=None,
    skills=["Didox", "Excel", "1С", "счета-фактуры"],
    email="hr@mehrprint.uz", phone="+998 97 441-27-09", url=None,
    deadline="2026-12-20", posted=None,
    key_phrases=["Мы печатаем упаковку, этикетки и полиграфию для кафе и магазинов",
                 "на деле это правая рука директора",
                 "свободный узбекский обязателен",
                 "удалённую работу мы, к сожалению, предложить не можем",
                 "Я отвечу каждому"],
    notes="Letter without headings; ReportLab. Title: no title line; the role in the prose 'Должность "
          "называется скромно — офис-менеджер' -> 'офис-менеджер'. Company from the letterhead and "
          "signature. Location 'г. Ташкент' from the letterhead 'г. Ташкент, Мирзо-Улугбекский район, ул. Буюк "
          "Ипак Йули, 158', where the letter places the work ('в нашем офисе') (district and street dropped). Salary 'от 5 000 000 "
          "до 6 500 000 сум в месяц на руки' -> UZS month, net. Employment type: no type is named ('с "
          "понедельника по пятницу, с 9:00 до 18:00' is a schedule, 'официальное оформление' is not a type) -> "
          "null (judgement, no default). 'в нашем офисе ...; удалённую работу мы, к сожалению, предложить не "
          "можем' -> onsite. 'опыт работы в офисе от 1 года' -> {1,null} (phrased as a wish, kept). Deadline "
          "'до 20 декабря 2026 года' -> 2026-12-20. No date on the letter -> posted null. The phone is given "
          "for Telegram; it is the only phone. 'испытательного срока (два месяца)' and '21 день отпуска' are "
          "not experience or salary figures.")
def r3_08(name, out):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("LibSerif", f"{FONTS}/liberation/LiberationSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LibSerif-B", f"{FONTS}/liberation/LiberationSerif-Bold.ttf"))
    base = ParagraphStyle("b", fontName="LibSerif", fontSize=12, leading=16.5, alignment=TA_JUSTIFY,
                          spaceAfter=8, firstLineIndent=0)
    right = ParagraphStyle("r", parent=base, alignment=TA_RIGHT, fontSize=10, leading=13, spaceAfter=0)
    head = ParagraphStyle("h", parent=right, fontName="LibSerif-B", fontSize=13, leading=16)
    paras = [
        "Здравствуйте!",
        "Меня зовут Дилноза Каримова, я директор небольшой типографии Mehr Print в Ташкенте. Мы печатаем "
        "упаковку, этикетки и полиграфию для кафе и магазинов, в команде 14 человек. Сейчас мы ищем человека, "
        "который возьмёт на себя всю офисную часть работы. Должность называется скромно — офис-менеджер, но "
        "на деле это правая рука директора.",
        "Что придётся делать: принимать звонки и заявки от клиентов, выставлять счета-фактуры и вести "
        "документооборот в Didox, сверять оплаты с бухгалтером на аутсорсе, заказывать бумагу и краски у "
        "поставщиков и следить, чтобы в офисе всё работало. Всему, что нужно, мы научим сами, но будет "
        "проще, если у вас есть опыт работы в офисе от 1 года и вы уверенно пользуетесь Excel и 1С. С "
        "клиентами мы говорим по-русски и по-узбекски, поэтому свободный узбекский обязателен, английский "
        "не нужен.",
        "Работаем с понедельника по пятницу, с 9:00 до 18:00, в нашем офисе рядом со станцией метро «Буюк "
        "Ипак Йули»; удалённую работу мы, к сожалению, предложить не можем. Зарплата — от 5 000 000 до "
        "6 500 000 сум в месяц на руки, после испытательного срока (два месяца) пересматриваем. Официальное "
        "оформление, обед за счёт компании, 21 день отпуска.",
        "Если вам интересно, пришлите, пожалуйста, резюме и пару слов о себе до 20 декабря 2026 года на "
        "hr@mehrprint.uz или в Telegram по номеру +998 97 441-27-09. Я отвечу каждому.",
    ]
    story = [Paragraph("ООО «Mehr Print»", head),
             Paragraph("г. Ташкент, Мирзо-Улугбекский район, ул. Буюк Ипак Йули, 158", right),
             Paragraph("тел./Telegram: +998 97 441-27-09 · hr@mehrprint.uz", right),
             Spacer(1, 1.4 * cm)]
    story += [Paragraph(p, base) for p in paras]
    story += [Spacer(1, 0.6 * cm), Paragraph("С уважением,", base),
              Paragraph("Дилноза Каримова<br/>директор ООО «Mehr Print»", base)]
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Вакансия", author="Mehr Print")
    doc.build(story)


# =============================================================================================
def fold(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip()


def pdftext(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True,
                          check=True).stdout


def check(gold, text):
    t = fold(text)
    probs = []
    must = [(k, gold[k]) for k in ("title", "company", "location", "education", "email", "phone", "url")]
    must += [("skill", s) for s in gold["skills"]] + [("phrase", k) for k in gold["key_phrases"]]
    for kind, v in must:
        if v and fold(v) not in t:
            probs.append(f"{kind} not in text: {v!r}")
    if not 3 <= len(gold["key_phrases"]) <= 5:
        probs.append("key_phrases count")
    if not 3 <= len(gold["skills"]) <= 10:
        probs.append("skills count")
    for k in ("deadline", "posted"):
        if gold[k] and not re.fullmatch(r"\d{4}-\d\d-\d\d", gold[k]):
            probs.append(f"{k} format")
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
        g["source"] = f"synthetic: devset3/ru/src/build.py ({producer})"
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
