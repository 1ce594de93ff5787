#!/usr/bin/env python3
"""Build the Russian dev-set ads: pdf/NAME.pdf + gold/NAME.gold.json + INDEX.tsv.

    python3 build.py            # all
    python3 build.py dr04       # only names starting with dr04

Every ad below is invented (employers, people, phones, addresses).  Intermediate sources
(HTML, DOCX, TeX) are written to src/build/.
"""
import html, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ad, main, BUILD
from docgen import *
import mkpdf


# ---------------------------------------------------------------------------------------------
# hh.ru-like page
HH_CSS = """
body{font-family:Arial,'Liberation Sans',sans-serif;font-size:15.5px;color:#111;margin:0}
.nav{display:flex;gap:22px;align-items:center;padding:10px 20px;border-bottom:1px solid #e7e7e7}
.nav .logo{width:34px;height:34px;border-radius:50%;background:#d6001c;color:#fff;font:bold 15px Arial;
 display:flex;align-items:center;justify-content:center;margin-right:14px}
.nav span{font-size:13px}
.wrap{display:flex;gap:24px;padding:16px 20px}
.main{flex:2.4}.side{flex:1}
h1{font-size:28px;margin:0 0 6px;font-weight:bold}
.sal{font-size:20px;margin:4px 0 12px}
.facts p{margin:3px 0;color:#333}
.btn{display:inline-block;background:#0070ff;color:#fff;border-radius:8px;padding:8px 22px;margin:12px 0}
.emp{border:1px solid #e7e7e7;border-radius:12px;padding:12px;margin-bottom:14px}
.emp b{font-size:15px}.emp .addr{color:#555;margin-top:6px}
h3{font-size:16px;margin:14px 0 4px}
ul{margin:2px 0 8px 20px;padding:0}li{margin:2px 0}
.tags span{display:inline-block;background:#f1f3f5;border-radius:10px;padding:3px 10px;margin:3px 4px 3px 0;font-size:12px}
.pub{color:#777;font-size:12px;margin-top:14px}
.sim{border:1px solid #e7e7e7;border-radius:10px;padding:8px 10px;margin-bottom:8px;font-size:12.5px}
.sim .s{font-weight:bold}
.foot{color:#999;font-size:10.5px;margin:16px 20px;border-top:1px solid #eee;padding-top:8px}
"""


def hh_page(doc_title, title, salary, facts, employer, body, tags, published, similar):
    sims = "".join(f'<div class="sim">{t}<br><span class="s">{s}</span><br>{c}<br>{city}</div>'
                   for t, s, c, city in similar)
    return f"""<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>{doc_title}</title>
<style>{HH_CSS}</style></head><body>
<div class="nav"><div class="logo">hh</div><span>Соискателям</span><span>Работодателям</span>
<span>Помощь</span><span>Поиск вакансий</span><span style="margin-left:auto">Создать резюме</span><span>Войти</span></div>
<div class="wrap"><div class="main">
<h1>{html.escape(title)}</h1><div class="sal">{salary}</div>
<div class="facts">{''.join(f'<p>{f}</p>' for f in facts)}</div>
<span class="btn">Откликнуться</span>
<div class="emp">{employer}</div>
{body}
<h3>Ключевые навыки</h3><div class="tags">{''.join(f'<span>{t}</span>' for t in tags)}</div>
<div class="pub">{published}</div>
<h3>Где предстоит работать</h3><div style="height:150px;background:#e8eef3;border-radius:12px;margin:6px 0"></div>
<h3>Задайте вопрос работодателю</h3><div style="color:#555">Он получит его с откликом на вакансию</div>
<div class="tags"><span>Какая заработная плата?</span><span>Где будет работа?</span><span>Какой график?</span></div>
</div><div class="side"><h3>Похожие вакансии</h3>{sims}</div></div>
<div class="foot">© 2026 Группа компаний HeadHunter · Все вакансии · Все резюме · Реклама на сайте</div>
</body></html>"""


@ad("dr01_hh_kladovshchik_kazan",
    producer="Chromium 156 headless, DevTools Page.printToPDF with browser header/footer",
    style="hh.ru vacancy page printout (old facts format, key skills tags, similar vacancies)",
    title="Кладовщик", company="ООО «КамаСклад»", location="Казань, Мамадышский тракт, 28",
    employment_type="full_time", workplace=None,
    salary={"min": 55000, "max": None, "currency": "RUB", "period": "month"},
    experience_years={"min": 1, "max": 3}, education=None,
    skills=["1С: Склад", "WMS", "ТСД", "удостоверение водителя погрузчика", "Инвентаризация"],
    email=None, phone=None, url="https://kazan.hh.ru/vacancy/113582047",
    deadline=None, posted="2026-11-24",
    key_phrases=["Складской комплекс класса А ищет кладовщика в команду приёмки",
                 "размещение товара по адресам хранения в WMS",
                 "оформление документов в 1С: Склад (ТОРГ-12, УПД)",
                 "корпоративный транспорт от ст. метро «Проспект Победы»"],
    notes="hh.ru printout with Chrome header/footer; the page title in the header says 'работа в "
          "компании КамаСклад' (without ООО). Salary 'от 55 000 ₽ за месяц, на руки' -> min only, net. "
          "'Требуемый опыт работы: 1–3 года' -> {1,3} (body 'от 1 года' agrees). 'Полная занятость, "
          "сменный график' -> full_time; no work-format line -> workplace null. Location is the address "
          "shown in the employer block. 'Вакансия опубликована 24 ноября 2026 в Казани' -> posted. "
          "'Похожие вакансии' salaries (от 60 000 ₽, 70 000 – 85 000 ₽, 50 000 ₽) are other employers'.")
def dr01(name, out):
    body = ("<p>Складской комплекс класса А ищет кладовщика в команду приёмки.</p>"
            "<h3>Обязанности:</h3>"
            + ul(["приёмка товара по количеству и качеству, сверка с накладными;",
                  "размещение товара по адресам хранения в WMS;",
                  "сборка и отгрузка заказов с помощью ТСД;",
                  "участие в инвентаризациях;",
                  "оформление документов в 1С: Склад (ТОРГ-12, УПД)."])
            + "<h3>Требования:</h3>"
            + ul(["опыт работы на складе от 1 года;",
                  "знание 1С и WMS, уверенная работа с ТСД;",
                  "удостоверение водителя погрузчика — будет плюсом;",
                  "ответственность, внимательность."])
            + "<h3>Условия:</h3>"
            + ul(["оформление по ТК РФ с первого дня;",
                  "график 2/2 по 12 часов (дневные смены);",
                  "бесплатное горячее питание;",
                  "корпоративный транспорт от ст. метро «Проспект Победы»;",
                  "спецодежда и обувь."]))
    emp = ('<b>ООО «КамаСклад»</b> ✓<div>4,3 ★ · 27 отзывов</div>'
           '<div class="addr">Казань, Мамадышский тракт, 28</div>')
    doc_title = "Вакансия Кладовщик в Казани, работа в компании КамаСклад"
    page = hh_page(doc_title, "Кладовщик", "от 55 000 ₽ за месяц, на руки",
                   ["Требуемый опыт работы: 1–3 года", "Полная занятость, сменный график"],
                   emp, body, ["1С: Склад", "WMS", "Работа с ТСД", "Складская логистика", "Инвентаризация"],
                   "Вакансия опубликована 24 ноября 2026 в Казани",
                   [("Комплектовщик", "от 60 000 ₽ за месяц", "ООО «Маркет Логистика»", "Казань"),
                    ("Водитель погрузчика", "70 000 – 85 000 ₽ за месяц", "АО «КазаньТоргСнаб»", "Казань"),
                    ("Оператор склада", "50 000 ₽ за месяц", "ИП Гарипов Р. Р.", "Зеленодольск")])
    h = write(src(name, "html"), page)
    mkpdf.chrome_devtools(h, out, "25.11.2026, 10:02", doc_title, "https://kazan.hh.ru/vacancy/113582047")


@ad("dr10_hh_python_razrabotchik_moskva",
    producer="Chromium 156 headless, DevTools Page.printToPDF with browser header/footer",
    style="hh.ru vacancy page printout (new facts format, address line, 'Вакансия опубликована ... в "
          "Москве', similar vacancies)",
    title="Python-разработчик (Middle+)", company="ООО «Квант Софт»",
    location="Москва, Ленинградский проспект, 39с79", employment_type="full_time", workplace="hybrid",
    salary={"min": 250000, "max": 320000, "currency": "RUB", "period": "month"},
    experience_years={"min": 3, "max": 6}, education=None,
    skills=["Python", "FastAPI", "asyncio", "PostgreSQL", "ClickHouse", "Kafka", "pytest", "Docker"],
    email=None, phone=None, url="https://hh.ru/vacancy/114203318",
    deadline=None, posted="2026-11-12",
    key_phrases=["Мы разрабатываем платформу аналитики для ритейла",
                 "проектирование схем данных в PostgreSQL и ClickHouse",
                 "коммерческий опыт разработки на Python от 3 лет",
                 "2 дня в неделю в офисе у м. Динамо",
                 "оформление по ТК РФ в аккредитованной IT-компании"],
    notes="Salary 'от 250 000 до 320 000 ₽ за месяц, до вычета налогов' -> gross monthly range. "
          "'Опыт работы: 3–6 лет' -> {3,6} (body 'от 3 лет' agrees). 'Полная занятость' -> full_time; "
          "'Формат работы: гибрид' -> hybrid. Location is the address line as written. "
          "'Вакансия опубликована 12 ноября 2026 в Москве' -> posted. Similar vacancies (от 350 000 ₽, "
          "280 000 – 340 000 ₽, до 200 000 ₽) are other employers'. Skills sampled from the body and the "
          "key-skills tags.")
def dr10(name, out):
    body = ("<p>Мы разрабатываем платформу аналитики для ритейла: 30+ сетей-клиентов, 2 млрд событий в "
            "сутки. Ищем разработчика в команду ядра обработки данных.</p>"
            "<h3>Чем предстоит заниматься:</h3>"
            + ul(["разработка микросервисов на Python 3.12 (FastAPI, asyncio);",
                  "проектирование схем данных в PostgreSQL и ClickHouse;",
                  "интеграция с внешними API, обмен сообщениями через Kafka;",
                  "написание тестов (pytest), участие в code review."])
            + "<h3>Мы ждём:</h3>"
            + ul(["коммерческий опыт разработки на Python от 3 лет;",
                  "уверенное знание SQL, опыт оптимизации запросов;",
                  "Docker, Git, Linux на уровне уверенного пользователя;",
                  "будет плюсом: Kubernetes, опыт с ClickHouse."])
            + "<h3>Условия:</h3>"
            + ul(["гибридный формат: 2 дня в неделю в офисе у м. Динамо;",
                  "ДМС со стоматологией после испытательного срока;",
                  "компенсация обучения и конференций;",
                  "оформление по ТК РФ в аккредитованной IT-компании."]))
    emp = ('<b>ООО «Квант Софт»</b> ✓ <span style="color:#777">Проверенный работодатель</span>'
           '<div class="addr">Москва, Ленинградский проспект, 39с79</div>')
    doc_title = "Вакансия Python-разработчик (Middle+) в Москве, работа в компании Квант Софт"
    page = hh_page(doc_title, "Python-разработчик (Middle+)",
                   "от 250 000 до 320 000 ₽ за месяц, до вычета налогов",
                   ["Опыт работы: 3–6 лет", "Полная занятость", "График: 5/2", "Рабочие часы: 8",
                    "Формат работы: гибрид"],
                   emp, body, ["Python", "FastAPI", "PostgreSQL", "Docker", "Kafka", "asyncio", "Git", "Linux"],
                   "Вакансия опубликована 12 ноября 2026 в Москве",
                   [("Senior Python Developer", "от 350 000 ₽ за месяц", "ООО «Бета Системс»", "Москва"),
                    ("Backend-разработчик (Go)", "280 000 – 340 000 ₽ за месяц", "АО «Цифровые решения»", "Москва"),
                    ("Python-разработчик", "до 200 000 ₽ за месяц", "ИП Соколов А. В.", "Москва")])
    h = write(src(name, "html"), page)
    mkpdf.chrome_devtools(h, out, "20.11.2026, 18:37", doc_title, "https://hh.ru/vacancy/114203318")


# ---------------------------------------------------------------------------------------------
@ad("dr02_superjob_menedzher_prodazh_novosibirsk",
    producer="Chromium 156 headless --print-to-pdf; header/footer drawn with CSS @page margin boxes",
    style="superjob.ru vacancy printout; employer logo is an image, its name only in the page title "
          "(print header); board salary estimate block",
    title="Менеджер по продажам (B2B)", company="ООО «СибПромКомплект»",
    location="Новосибирск, Заельцовский район", employment_type="full_time", workplace="onsite",
    salary={"min": 80000, "max": None, "currency": "RUB", "period": "month"},
    experience_years={"min": 1, "max": None}, education=None,
    skills=["amoCRM", "1С: Управление торговлей", "MS Excel", "категории B"],
    email=None, phone=None,
    url="https://novosibirsk.superjob.ru/vakansii/menedzher-po-prodazham-51928374.html",
    deadline=None, posted=None,
    key_phrases=["дистрибьютор промышленной пневматики и крепежа в Сибири с 2009 года",
                 "Ведение клиентской базы в amoCRM",
                 "оклад 40 000 руб. + процент от продаж",
                 "Компенсация мобильной связи"],
    notes="Company named only in the page title drawn in the print header ('работа в ООО "
          "«СибПромКомплект»'); on the page the employer is a logo image. Salary 'от 80 000 ₽/месяц' "
          "(body: 'от 80 тыс. руб.', оклад 40 000 + %) -> min 80000. Trap: 'Средняя зарплата менеджера "
          "по продажам в Новосибирске — 75 000 ₽' is a board statistic. 'Опыт работы от 1 года' -> min 1. "
          "'Полный рабочий день' -> full_time; 'Работа в офисе' -> onsite (judgement: stated in "
          "conditions). 'Обновлено 28 ноября' has no year -> posted null.")
def dr02(name, out):
    url = "https://novosibirsk.superjob.ru/vakansii/menedzher-po-prodazham-51928374.html"
    doc_title = "Вакансия Менеджер по продажам (B2B) в Новосибирске, работа в ООО «СибПромКомплект» — SuperJob"
    css = f"""
@page{{size:A4;margin:14mm 10mm;
 @top-left{{content:"28.11.2026, 15:48";font:8px Arial}}
 @top-center{{content:"{doc_title}";font:8px Arial}}
 @bottom-left{{content:"{url}";font:8px Arial}}
 @bottom-right{{content:counter(page) "/" counter(pages);font:8px Arial}}}}
body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:13px;color:#222;margin:0}}
.nav{{display:flex;gap:18px;align-items:center;padding:8px 0;border-bottom:1px solid #ddd}}
.nav b{{color:#1d8ff0;font-size:20px;margin-right:20px}}
.wrap{{display:flex;gap:20px;margin-top:12px}}.main{{flex:2.5}}.side{{flex:1}}
h1{{font-size:26px;margin:0 0 6px}}
.sal{{font-size:21px;font-weight:bold;margin:4px 0}}
.meta{{color:#555;margin:3px 0}}
.upd{{color:#999;font-size:11px;margin:6px 0 10px}}
.logo{{display:flex;gap:10px;align-items:center;border:1px solid #eee;border-radius:8px;padding:8px;margin:8px 0}}
h3{{font-size:15px;margin:12px 0 4px}}
ul{{margin:2px 0 6px 18px;padding:0}}
.stat{{background:#f4f8fc;border-radius:8px;padding:10px;font-size:12px;margin-bottom:12px}}
.sim{{border-bottom:1px solid #eee;padding:6px 0;font-size:12px}}
.btn{{display:inline-block;background:#53b036;color:#fff;border-radius:6px;padding:7px 18px}}
"""
    logo = ('<div class="logo"><svg width="48" height="48"><rect width="48" height="48" rx="8" fill="#243b6b"/>'
            '<circle cx="24" cy="24" r="12" fill="none" stroke="#fff" stroke-width="4"/></svg>'
            '<span style="color:#888;font-size:12px">12 вакансий компании · Сайт компании</span></div>')
    page = f"""<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>{doc_title}</title>
<style>{css}</style></head><body>
<div class="nav"><b>SuperJob</b><span>Вакансии</span><span>Резюме</span><span>Компании</span>
<span>Зарплаты</span><span>Создать резюме</span><span>Войти</span></div>
<div class="wrap"><div class="main">
<h1>Менеджер по продажам (B2B)</h1>
<div class="sal">от 80 000 ₽/месяц</div>
<div class="meta">Новосибирск, Заельцовский район</div>
<div class="meta">Опыт работы от 1 года · Полный рабочий день</div>
<div class="upd">Обновлено 28 ноября · 214 просмотров</div>
<span class="btn">Откликнуться</span>
{logo}
<p>Мы — дистрибьютор промышленной пневматики и крепежа в Сибири с 2009 года. В связи с расширением
отдела продаж ищем менеджера для работы с корпоративными клиентами.</p>
<h3>Обязанности:</h3>{ul([
        "Поиск и привлечение новых клиентов (производственные предприятия, СТО);",
        "Ведение клиентской базы в amoCRM;",
        "Подготовка коммерческих предложений и счетов в 1С: Управление торговлей;",
        "Выполнение ежемесячного плана продаж."])}
<h3>Требования:</h3>{ul([
        "Опыт работы в B2B-продажах от 1 года;",
        "Уверенный пользователь MS Excel;",
        "Водительское удостоверение категории B — желательно;",
        "Грамотная речь, умение вести переговоры."])}
<h3>Условия:</h3>{ul([
        "Заработная плата от 80 тыс. руб. (оклад 40 000 руб. + процент от продаж);",
        "Работа в офисе на ул. Дуси Ковальчук;",
        "Компенсация мобильной связи;",
        "Обучение продукту за счёт компании."])}
</div><div class="side">
<div class="stat"><b>Зарплаты в Новосибирске</b><br>Средняя зарплата менеджера по продажам в Новосибирске — 75 000 ₽</div>
<h3>Похожие вакансии</h3>
<div class="sim"><b>Менеджер по работе с клиентами</b><br>от 65 000 ₽ · ООО «Сибирский Опт»</div>
<div class="sim"><b>Менеджер отдела продаж (спецтехника)</b><br>90 000 — 150 000 ₽ · АО «ТехноЛидер»</div>
<div class="sim"><b>Торговый представитель</b><br>70 000 ₽ · ООО «Вкусный Дом»</div>
</div></div></body></html>"""
    h = write(src(name, "html"), page)
    mkpdf.chrome_cli(h, out)


# ---------------------------------------------------------------------------------------------
@ad("dr03_avito_voditel_ekspeditor_ekaterinburg",
    producer="Chromium 156 headless, DevTools Page.printToPDF with browser header/footer",
    style="Avito job listing printout (parameters block, seller card, hidden phone, similar ads)",
    title="Водитель-экспедитор категории С", company="ТрансУрал-Логистик",
    location="Свердловская область, Екатеринбург, ул. Фронтовых Бригад, 18",
    employment_type="full_time", workplace=None,
    salary={"min": 110000, "max": 150000, "currency": "RUB", "period": "month"},
    experience_years={"min": 3, "max": None}, education=None,
    skills=["водительские права категории C", "тахографа", "Яндекс.Навигатором", "путевыми листами"],
    email=None, phone=None,
    url="https://www.avito.ru/ekaterinburg/vakansii/voditel-ekspeditor_kategorii_s_4387215590",
    deadline=None, posted=None,
    key_phrases=["Транспортной компании требуется водитель-экспедитор на грузовой автомобиль",
                 "развоз товара по торговым точкам",
                 "доход до 150 000 рублей (фиксированная часть + процент за точку)",
                 "машина обслуживается за счёт компании, топливные карты"],
    notes="Avito printout. Title uses Cyrillic 'С' ('категории С'), the body Latin 'C' ('категории "
          "C') - kept as written in each. Salary '110 000 – 150 000 ₽ за месяц' (body: 'доход до 150 000 "
          "рублей'). 'Опыт работы: Более 3 лет' -> min 3. 'Тип занятости: Полная' -> full_time; 'Где "
          "предстоит работать: В пути' is not onsite/remote/hybrid -> workplace null. Phone is masked "
          "('8 9XX XXX-XX-XX') -> phone null. '28 ноября в 09:14' has no year -> posted null. Seller "
          "'ТрансУрал-Логистик' (label 'Компания') is the employer. Similar ads carry other salaries.")
def dr03(name, out):
    css = """
body{font-family:Arial,'Liberation Sans',sans-serif;font-size:13.5px;color:#000;margin:0}
.nav{display:flex;gap:16px;align-items:center;padding:10px 18px;border-bottom:1px solid #eee}
.nav .l{display:flex;gap:3px;margin-right:12px}.nav .l i{width:11px;height:11px;border-radius:50%;display:inline-block}
.nav b{font-size:18px;margin-right:14px}
.crumbs{font-size:12px;color:#777;padding:8px 18px}
.wrap{display:flex;gap:26px;padding:0 18px}.main{flex:2.2}.side{flex:1}
h1{font-size:26px;margin:4px 0 8px}
.price{font-size:24px;font-weight:bold;margin-bottom:14px}
h2{font-size:18px;margin:16px 0 6px}
.par div{margin:3px 0}.par span{color:#757575}
.seller{border:1px solid #eee;border-radius:14px;padding:12px;margin-bottom:12px}
.phone{background:#00aaff;color:#fff;border-radius:10px;padding:10px;margin:8px 0;text-align:center}
.msg{background:#f2f2f2;border-radius:10px;padding:10px;text-align:center}
.meta{color:#757575;font-size:12px;margin-top:14px}
.sim{display:inline-block;width:30%;vertical-align:top;margin-right:2%;font-size:12px}
.sim .ph{height:60px;background:#e9eef2;border-radius:8px;margin-bottom:4px}
"""
    page = f"""<!doctype html><html lang="ru"><head><meta charset="utf-8">
<title>Вакансия «Водитель-экспедитор категории С» в Екатеринбурге | Работа | Авито</title>
<style>{css}</style></head><body>
<div class="nav"><span class="l"><i style="background:#04e061"></i><i style="background:#ff4053"></i><i style="background:#965eeb"></i><i style="background:#0af"></i></span>
<b>Авито</b><span>Все категории</span><span>Поиск по объявлениям</span>
<span style="margin-left:auto">Разместить объявление</span><span>Вход и регистрация</span></div>
<div class="crumbs">Екатеринбург · Работа · Вакансии · Автомобильный бизнес</div>
<div class="wrap"><div class="main">
<h1>Водитель-экспедитор категории С</h1>
<div class="price">110 000 – 150 000 ₽ за месяц</div>
<h2>Условия</h2><div class="par">
<div><span>Сфера деятельности:</span> Транспорт, логистика</div>
<div><span>График работы:</span> 5/2</div>
<div><span>Опыт работы:</span> Более 3 лет</div>
<div><span>Тип занятости:</span> Полная</div>
<div><span>Частота выплат:</span> Два раза в месяц</div>
<div><span>Где предстоит работать:</span> В пути</div></div>
<h2>Адрес</h2><div>Свердловская область, Екатеринбург, ул. Фронтовых Бригад, 18</div>
<h2>Описание</h2>
<p>Транспортной компании требуется водитель-экспедитор на грузовой автомобиль ГАЗон NEXT (категория С).
Перевозки по Екатеринбургу и Свердловской области, развоз товара по торговым точкам.</p>
<p><b>Требования:</b><br>— водительские права категории C, стаж вождения грузовых автомобилей более 3 лет;<br>
— знание города;<br>— умение работать с Яндекс.Навигатором и путевыми листами;<br>
— карта водителя для тахографа;<br>— без вредных привычек.</p>
<p><b>Мы предлагаем:</b><br>— доход до 150 000 рублей (фиксированная часть + процент за точку);<br>
— выплаты два раза в месяц без задержек;<br>— официальное трудоустройство;<br>
— машина обслуживается за счёт компании, топливные карты.</p>
<div class="meta">№ 4387215590 · 28 ноября в 09:14 · 1 284 просмотра (+36 сегодня)</div>
<h2>Похожие объявления</h2>
<div class="sim"><div class="ph"></div><b>Водитель категории С</b><br>95 000 ₽ за месяц<br>Екатеринбург</div>
<div class="sim"><div class="ph"></div><b>Водитель-экспедитор на Газель</b><br>от 80 000 ₽ за месяц<br>Березовский</div>
<div class="sim"><div class="ph"></div><b>Водитель фуры (межгород)</b><br>180 000 – 220 000 ₽ за месяц<br>Екатеринбург</div>
</div><div class="side"><div class="seller"><b>ТрансУрал-Логистик</b><br>Компания · На Авито с 2019<br>
4,7 ★ · 86 отзывов<br><br>Контактное лицо: Андрей
<div class="phone">Показать телефон<br>8 9XX XXX-XX-XX</div><div class="msg">Написать сообщение</div></div>
<div style="font-size:11px;color:#757575">Откликаясь на вакансию, вы соглашаетесь с правилами Авито</div>
</div></div></body></html>"""
    h = write(src(name, "html"), page)
    mkpdf.chrome_devtools(h, out, "29.11.2026, 08:55",
                          "Вакансия «Водитель-экспедитор категории С» в Екатеринбурге | Работа | Авито",
                          "https://www.avito.ru/ekaterinburg/vakansii/voditel-ekspeditor_kategorii_s_4387215590")


# ---------------------------------------------------------------------------------------------
@ad("dr12_sajt_inzhener_tehnolog_nizhnevartovsk",
    producer="Chromium 156 headless --print-to-pdf --no-pdf-header-footer (no print header/footer)",
    style="employer careers page printout (corporate site nav, facts block, other company vacancies)",
    title="Инженер-технолог по добыче нефти", company="ООО «ЮграНефтеСервис»", location="Нижневартовск",
    employment_type="full_time", workplace=None,
    salary={"min": 160000, "max": 210000, "currency": "RUB", "period": "month"},
    experience_years={"min": 3, "max": None},
    education="Высшее техническое образование (разработка и эксплуатация нефтяных и газовых месторождений)",
    skills=["ЭЦН", "ШГН", "ГДИС", "ГТМ", "MS Excel", "OIS"],
    email="hr@yugraneftservis.ru", phone="+7 (3466) 49-21-07",
    url="yugraneftservis.ru/career/ingener-tehnolog",
    deadline=None, posted=None,
    key_phrases=["сопровождение фонда добывающих скважин, оборудованных ЭЦН и ШГН",
                 "подготовка ежесуточных сводок в MS Excel и корпоративной системе OIS",
                 "проезд до места вахты за счёт компании (из любого города РФ)",
                 "проживание в вахтовом посёлке, трёхразовое питание"],
    notes="Careers page of the employer itself (no job board). 'Место работы: Нижневартовск, вахтовый "
          "метод 28/28' -> location 'Нижневартовск'. 'Полная занятость, вахтовый метод' -> full_time "
          "(rotation is a schedule, not a fixed term). Salary 'от 160 000 до 210 000 ₽ в месяц (с учётом "
          "районного коэффициента и северной надбавки)'. 'от 3 лет на промысле' -> min 3. 'Другие "
          "вакансии компании' list other roles' salaries - not this job's. Company from the footer / "
          "logo line.")
def dr12(name, out):
    css = """
@page{size:A4;margin:12mm}
body{font-family:'Noto Sans','Liberation Sans',sans-serif;font-size:12.5px;color:#1c2733;margin:0}
.top{background:#0d3b66;color:#fff;display:flex;gap:22px;padding:12px 18px;align-items:center}
.top b{font-size:19px;margin-right:30px}
.crumbs{font-size:11px;color:#667;padding:8px 18px}
.c{padding:0 18px}
h1{font-size:24px;margin:4px 0 10px;color:#0d3b66}
table{border-collapse:collapse;margin-bottom:10px}td{padding:4px 14px 4px 0;vertical-align:top}
td.k{color:#667;width:150px}
h2{font-size:15px;margin:12px 0 4px;color:#0d3b66}
ul{margin:2px 0 6px 18px;padding:0}
.apply{border:2px solid #f4a261;border-radius:8px;padding:10px;margin:12px 0}
.other div{border-top:1px solid #e5e8ec;padding:5px 0}
.foot{background:#f0f3f6;color:#556;font-size:11px;padding:10px 18px;margin-top:16px}
"""
    facts = [("Место работы:", "Нижневартовск, вахтовый метод 28/28"),
             ("Занятость:", "Полная занятость, вахтовый метод"),
             ("Доход:", "от 160 000 до 210 000 ₽ в месяц (с учётом районного коэффициента и северной надбавки)"),
             ("Опыт:", "от 3 лет на промысле")]
    page = f"""<!doctype html><html lang="ru"><head><meta charset="utf-8">
<title>Инженер-технолог по добыче нефти — Карьера — ЮграНефтеСервис</title><style>{css}</style></head><body>
<div class="top"><b>ЮграНефтеСервис</b><span>О компании</span><span>Направления</span><span>Карьера</span>
<span>Пресс-центр</span><span>Контакты</span></div>
<div class="crumbs">Главная / Карьера / Вакансии / Инженер-технолог по добыче нефти</div>
<div class="c"><h1>Инженер-технолог по добыче нефти</h1>
<table>{''.join(f'<tr><td class="k">{k}</td><td>{v}</td></tr>' for k, v in facts)}</table>
<h2>Задачи</h2>{ul([
        "сопровождение фонда добывающих скважин, оборудованных ЭЦН и ШГН;",
        "подбор оптимальных режимов работы скважин, анализ результатов ГДИС;",
        "планирование и сопровождение ГТМ;",
        "подготовка ежесуточных сводок в MS Excel и корпоративной системе OIS;",
        "контроль соблюдения требований промышленной безопасности на кустовых площадках."])}
<h2>Требования</h2>{ul([
        "Высшее техническое образование (разработка и эксплуатация нефтяных и газовых месторождений);",
        "опыт работы технологом ЦДНГ от 3 лет;",
        "действующая аттестация по промышленной безопасности;",
        "готовность к работе вахтовым методом."])}
<h2>Мы предлагаем</h2>{ul([
        "официальное трудоустройство, «белая» заработная плата;",
        "проезд до места вахты за счёт компании (из любого города РФ);",
        "проживание в вахтовом посёлке, трёхразовое питание;",
        "ДМС, корпоративная пенсионная программа."])}
<div class="apply"><b>Как откликнуться</b><br>Направьте резюме на hr@yugraneftservis.ru или заполните анкету:
<span style="white-space:nowrap">yugraneftservis.ru/career/ingener-tehnolog</span><br>Телефон службы персонала: +7 (3466) 49-21-07</div>
<h2>Другие вакансии компании</h2><div class="other">
<div>Оператор по добыче нефти и газа 5 разряда — от 110 000 ₽</div>
<div>Машинист ППУ — от 95 000 ₽</div>
<div>Мастер ЦДНГ — от 190 000 ₽</div></div></div>
<div class="foot">© 2011–2026 ООО «ЮграНефтеСервис». Все права защищены. Политика обработки персональных данных.</div>
</body></html>"""
    h = write(src(name, "html"), page)
    mkpdf.chrome_cli(h, out)


# ---------------------------------------------------------------------------------------------
@ad("dr04_docx_prorab_tyumen",
    producer="python-docx -> LibreOffice 7.4 Writer (soffice --convert-to pdf)",
    style="employer Word ad 'ООО «...» приглашает' with headings 'Ваши задачи', 'Что мы ждём', "
          "'Мы предлагаем'",
    title="Прораб (общестроительные работы)", company="ООО «СеверСтройМонтаж»", location="г. Тюмень",
    employment_type="full_time", workplace=None, salary=None,
    experience_years={"min": 3, "max": None},
    education="высшее или среднее специальное строительное образование",
    skills=["AutoCAD", "Гранд-Смета", "MS Project", "СНиП", "охране труда"],
    email="hr@ssm-tyumen.ru", phone="+7 (3452) 68-14-90", url=None,
    deadline="2026-12-20", posted=None,
    key_phrases=["ведение исполнительной документации и общего журнала работ",
                 "приёмка работ субподрядчиков, контроль сроков и качества",
                 "опыт работы прорабом не менее 3 лет",
                 "перспективу роста до начальника участка",
                 "Резюме принимаются до 20 декабря 2026 г."],
    notes="'З/п по договорённости (обсуждается по итогам собеседования)' -> salary null ('«белая» з/п "
          "дважды в месяц' names no amount). 'Занятость: полная' -> full_time. 'не менее 3 лет' -> min 3. "
          "'Место работы: г. Тюмень (жилые объекты в черте города)' -> location 'г. Тюмень'; the letterhead "
          "office address is also in Тюмень. 'Резюме принимаются до 20 декабря 2026 г.' -> deadline. "
          "List bullets are Symbol-font bullets (U+F0B7 in pdftotext).")
def dr04(name, out):
    d = docx_doc("Liberation Sans", 11)
    header_text(d, "ООО «СеверСтройМонтаж» · 625000, г. Тюмень, ул. Республики, 204, офис 12 · ИНН 7203451298")
    para(d, "ООО «СеверСтройМонтаж» приглашает", bold=True, size=16, align="center", space_after=2)
    para(d, "Прораб (общестроительные работы)", bold=True, size=14, align="center", color="8B1E1E")
    label_para(d, "Место работы: ", "г. Тюмень (жилые объекты в черте города)")
    label_para(d, "Занятость: ", "полная; пятидневка с 8:00 до 17:00, в строительный сезон — шестидневка")
    label_para(d, "Заработная плата: ", "З/п по договорённости (обсуждается по итогам собеседования)")
    d.add_heading("Ваши задачи", level=2)
    bullets(d, ["организация и контроль общестроительных работ на объекте (монолит, кладка, кровля);",
                "ведение исполнительной документации и общего журнала работ;",
                "приёмка работ субподрядчиков, контроль сроков и качества;",
                "составление заявок на материалы и технику;",
                "взаимодействие с технадзором заказчика и авторским надзором."])
    d.add_heading("Что мы ждём", level=2)
    bullets(d, ["высшее или среднее специальное строительное образование;",
                "опыт работы прорабом не менее 3 лет на объектах жилищного строительства;",
                "знание СНиП и СП, умение читать рабочую документацию;",
                "уверенная работа в AutoCAD, Гранд-Смета, MS Project;",
                "действующие удостоверения по охране труда и промышленной безопасности."])
    d.add_heading("Мы предлагаем", level=2)
    bullets(d, ["официальное оформление, «белая» з/п дважды в месяц;",
                "служебный автомобиль и компенсацию мобильной связи;",
                "спецодежду и СИЗ;",
                "перспективу роста до начальника участка."])
    d.add_heading("Как откликнуться", level=2)
    para(d, "Резюме направляйте на hr@ssm-tyumen.ru с пометкой «Прораб» или звоните: +7 (3452) 68-14-90, "
            "Елена Викторовна.")
    para(d, "Резюме принимаются до 20 декабря 2026 г.", bold=True)
    p = src(name, "docx"); d.save(p)
    mkpdf.soffice(p, out)


@ad("dr05_docx_medsestra_krasnodar",
    producer="python-docx -> LibreOffice 7.4 Writer (soffice --convert-to pdf), Liberation Serif",
    style="clinic letter with no headings ('Уважаемые соискатели! Клинике требуется...')",
    title="процедурная медицинская сестра", company="Клиника «Светодар»",
    location="г. Краснодар, ул. Восточно-Кругликовская, 64",
    employment_type=None, workplace=None,
    salary={"min": 45000, "max": 60000, "currency": "RUB", "period": "month"},
    experience_years={"min": 1, "max": None},
    education="среднее медицинское образование, действующий сертификат или свидетельство об "
              "аккредитации по специальности «Сестринское дело»",
    skills=["забор венозной крови", "вакуумных систем", "внутривенные и внутримышечные инъекции",
            "аккредитации по специальности «Сестринское дело»"],
    email="personal@svetodar-clinic.ru", phone="8 (861) 212-45-06", url=None,
    deadline=None, posted=None,
    key_phrases=["Клинике требуется процедурная медицинская сестра",
                 "опытом работы в процедурном кабинете от 1 года",
                 "подготовка биоматериала к отправке в лабораторию",
                 "скидки на медицинские услуги для сотрудников и их семей",
                 "Будем рады видеть вас в нашей команде!"],
    notes="Prose letter, no headings; the role is named in the first sentence (lower case) -> title "
          "'процедурная медицинская сестра'. Company from the letterhead 'Клиника «Светодар»' (signature: "
          "'отдел персонала клиники «Светодар»'). Location is the branch address as written. Salary "
          "'от 45 000 до 60 000 рублей в месяц'. 'от 1 года' -> min 1. Schedule 2/2, no employment-type "
          "word -> null. Education trimmed from the sentence 'Мы ждём кандидата со средним медицинским "
          "образованием...' (paraphrased into the nominative - judgement).")
def dr05(name, out):
    d = docx_doc("Liberation Serif", 12)
    para(d, "Клиника «Светодар»", bold=True, size=18, color="2E6DA4", space_after=0)
    para(d, "многопрофильный медицинский центр · лицензия № Л041-01126-23/00583211", size=9, color="666666")
    para(d, "Уважаемые соискатели!", bold=True, size=13)
    texts = [
        "Клинике требуется процедурная медицинская сестра в филиал по адресу: г. Краснодар, "
        "ул. Восточно-Кругликовская, 64. Мы ждём кандидата со средним медицинским образованием, "
        "действующим сертификатом или свидетельством об аккредитации по специальности «Сестринское "
        "дело» и опытом работы в процедурном кабинете от 1 года.",
        "В обязанности входят забор венозной крови с использованием вакуумных систем, внутривенные и "
        "внутримышечные инъекции, постановка систем, подготовка биоматериала к отправке в лабораторию "
        "и ведение медицинской документации в электронной карте пациента.",
        "Клиника предлагает график 2/2 с 8:00 до 20:00, официальное оформление, оплату от 45 000 до "
        "60 000 рублей в месяц в зависимости от квалификационной категории, бесплатное обучение и "
        "скидки на медицинские услуги для сотрудников и их семей.",
        "Резюме направляйте на почту personal@svetodar-clinic.ru или звоните по телефону "
        "8 (861) 212-45-06 (с 9:00 до 18:00, отдел персонала). Будем рады видеть вас в нашей команде!"]
    for t in texts:
        para(d, t, align="justify")
    para(d, "С уважением,", space_after=0)
    para(d, "отдел персонала клиники «Светодар»")
    p = src(name, "docx"); d.save(p)
    mkpdf.soffice(p, out)


@ad("dr09_form_operator_chpu_chelyabinsk",
    producer="python-docx table -> LibreOffice 7.4 Writer (soffice --convert-to pdf)",
    style="HR vacancy card ('Карточка вакансии'): label/value table, signature line",
    title="Оператор станков с ЧПУ (токарная группа)", company="АО «ЧелМехПрибор»",
    location="г. Челябинск, Копейское шоссе, 38", employment_type="full_time", workplace="onsite",
    salary={"min": 85000, "max": 110000, "currency": "RUB", "period": "month"},
    experience_years={"min": 2, "max": None},
    education="Среднее профессиональное (техническое)",
    skills=["Fanuc", "Sinumerik", "чтение чертежей", "G-код", "штангенциркуль"],
    email="ok@chelmehpribor.ru", phone="+7 (351) 247-80-15", url=None,
    deadline="2026-12-25", posted="2026-11-25",
    key_phrases=["Механообрабатывающий цех № 3",
                 "наладка и обработка деталей типа «вал», «втулка», «фланец»",
                 "контроль размеров; ведение сменного журнала",
                 "бесплатная доставка сотрудников служебным автобусом"],
    notes="Label/value table: plain pdftotext may emit labels and values apart; -layout keeps rows. "
          "'Заработная плата: 85 000 – 110 000 руб. в месяц до вычета НДФЛ' -> gross monthly. The "
          "cell wraps after 'сдельно-' and pdftotext joins it as 'сдельнопремиальная' (line-end hyphen "
          "dropped). "
          "'от 2 лет на станках с ЧПУ' -> min 2. 'Тип занятости: Полная занятость' -> full_time; 'Формат "
          "работы: на территории предприятия' -> onsite. 'Дата публикации: 25.11.2026' -> posted; "
          "'Приём откликов до: 25.12.2026' -> deadline; 'Желаемая дата выхода: 12.01.2027' is a start "
          "date, not a deadline. 'Количество ставок: 2' is headcount.")
def dr09(name, out):
    from docx.shared import Cm
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx_doc("DejaVu Sans", 9.5)
    d.sections[0].left_margin = d.sections[0].right_margin = Cm(1.8)
    para(d, "АО «ЧелМехПрибор» · Служба управления персоналом", size=9, color="666666", space_after=2)
    para(d, "КАРТОЧКА ВАКАНСИИ", bold=True, size=14, align="center", space_after=2)
    para(d, "Форма СУП-03 · ред. 2026", size=8, align="center", color="666666")
    rows = [
        ("Наименование должности", "Оператор станков с ЧПУ (токарная группа)"),
        ("Организация", "АО «ЧелМехПрибор»"),
        ("Подразделение", "Механообрабатывающий цех № 3"),
        ("Место работы", "г. Челябинск, Копейское шоссе, 38"),
        ("Тип занятости", "Полная занятость"),
        ("График работы", "Сменный 5/2, 1-я и 2-я смены"),
        ("Формат работы", "На территории предприятия"),
        ("Количество ставок", "2"),
        ("Заработная плата", "85 000 – 110 000 руб. в месяц до вычета НДФЛ (сдельно-премиальная система оплаты)"),
        ("Опыт работы", "от 2 лет на станках с ЧПУ (Fanuc, Sinumerik)"),
        ("Образование", "Среднее профессиональное (техническое)"),
        ("Ключевые навыки", "чтение чертежей; работа с G-код; измерительный инструмент "
                            "(микрометр, штангенциркуль)"),
        ("Функциональные обязанности", "наладка и обработка деталей типа «вал», «втулка», «фланец»; "
                                       "контроль размеров; ведение сменного журнала"),
        ("Социальный пакет", "бесплатная доставка сотрудников служебным автобусом; столовая; ДМС после "
                             "6 месяцев работы"),
        ("Контакты", "Отдел кадров: +7 (351) 247-80-15, ok@chelmehpribor.ru"),
        ("Дата публикации", "25.11.2026"),
        ("Приём откликов до", "25.12.2026"),
        ("Желаемая дата выхода", "12.01.2027"),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"; t.autofit = False
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].width = Cm(5.4); cells[1].width = Cm(12.0)
        cells[0].paragraphs[0].add_run(k).bold = True
        cells[1].paragraphs[0].add_run(v)
        shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:fill"), "EFEFEF")
        cells[0]._tc.get_or_add_tcPr().append(shd)
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), (Cm(5.4), Cm(12.0))):
        gc.set(qn("w:w"), str(int(w.twips)))
    para(d, "")
    para(d, "Заявку согласовал: начальник цеха № 3 ______________ / Демидов С. П. /", size=9)
    para(d, "Руководитель СУП ______________ / Хабибуллина Л. Р. /", size=9)
    p = src(name, "docx"); d.save(p)
    mkpdf.soffice(p, out)


@ad("dr11_docx_gs_glavbukh_rostov",
    producer="python-docx -> LibreOffice 7.4 Writer -> Ghostscript 10 pdfwrite (-dNEWPDF=false)",
    style="employer Word ad with classic 'Обязанности / Требования / Условия' and dash lists, "
          "re-distilled through Ghostscript",
    title="Главный бухгалтер", company="ООО «ДонАгроТрейд»", location="г. Ростов-на-Дону",
    employment_type="full_time", workplace="onsite",
    salary={"min": 120000, "max": None, "currency": "RUB", "period": "month"},
    experience_years={"min": 5, "max": None}, education="высшее экономическое образование",
    skills=["1С:Бухгалтерия 8.3", "1С:ЗУП", "ОСНО", "СБИС", "возмещения НДС при экспорте"],
    email="buh-vacancy@donagrotrade.ru", phone="+7 (863) 303-58-71", url=None,
    deadline=None, posted=None,
    key_phrases=["ведение бухгалтерского и налогового учёта (ОСНО, НДС) по трём юрлицам группы",
                 "ВЭД (экспортные контракты, валютный контроль)",
                 "руководство отделом из 4 бухгалтеров",
                 "удалённый формат не рассматривается"],
    notes="'заработная плата от 120 000 ₽ на руки + годовая премия' -> min 120000 net; period not "
          "written, monthly by convention (judgement). 'не менее 5 лет' -> min 5. 'полная занятость' -> "
          "full_time; 'работа только в офисе (центр города), удалённый формат не рассматривается' -> "
          "onsite. Ghostscript re-distilled with -dNEWPDF=false; dash lists are typed en dashes.")
def dr11(name, out):
    d = docx_doc("Liberation Serif", 12)
    para(d, "ООО «ДонАгроТрейд»", bold=True, size=15, space_after=0)
    para(d, "оптовая торговля зерном и масличными культурами", italic=True, size=10, color="555555")
    para(d, "ВАКАНСИЯ: Главный бухгалтер", bold=True, size=15, align="center")
    label_para(d, "Место работы: ", "г. Ростов-на-Дону")
    para(d, "")
    sections = [
        ("Обязанности:", ["ведение бухгалтерского и налогового учёта (ОСНО, НДС) по трём юрлицам группы;",
                          "формирование и сдача отчётности в ИФНС, СФР, Росстат через СБИС;",
                          "контроль расчётов с контрагентами, ВЭД (экспортные контракты, валютный контроль);",
                          "участие в выездных налоговых проверках;",
                          "руководство отделом из 4 бухгалтеров."]),
        ("Требования:", ["высшее экономическое образование;",
                         "опыт работы главным бухгалтером не менее 5 лет, желательно в агросекторе или "
                         "оптовой торговле;",
                         "отличное знание 1С:Бухгалтерия 8.3 и 1С:ЗУП;",
                         "знание порядка возмещения НДС при экспорте."]),
        ("Условия:", ["заработная плата от 120 000 ₽ на руки + годовая премия;",
                      "полная занятость, пятидневка 9:00–18:00;",
                      "работа только в офисе (центр города), удалённый формат не рассматривается;",
                      "ДМС после испытательного срока."])]
    for head, items in sections:
        para(d, head, bold=True, space_after=0)
        for it in items:
            p = para(d, "– " + it, space_after=0)
        para(d, "", space_after=0)
    para(d, "Контакты: buh-vacancy@donagrotrade.ru, +7 (863) 303-58-71 (Марина Олеговна)")
    p = src(name, "docx"); d.save(p)
    tmp = src(name, "lo.pdf")
    mkpdf.soffice(p, tmp)
    mkpdf.gs_redistill(tmp, out)


# ---------------------------------------------------------------------------------------------
@ad("dr06_reportlab_prodavets_kassir_samara",
    producer="reportlab 4 canvas (DejaVu Sans), flyer with QR-like block",
    style="retail hiring flyer ('ПРИГЛАШАЕМ НА РАБОТУ'), caps headline",
    title="ПРОДАВЕЦ-КАССИР", company="ЛаваМаркет", location="Самара, Кировский район",
    employment_type=None, workplace=None,
    salary={"min": 48000, "max": None, "currency": "RUB", "period": "month"},
    experience_years={"min": 0, "max": 0}, education=None,
    skills=["ККТ", "1С: Розница", "медицинской книжки"],
    email=None, phone="+7 (846) 990-12-34", url="lavamarket.ru/job",
    deadline=None, posted=None,
    key_phrases=["Можно без опыта — обучим!",
                 "готовность оформить за счёт компании",
                 "графики 2/2 и 5/2 на выбор",
                 "бесплатное питание и форма"],
    notes="Flyer; headline in capitals -> title 'ПРОДАВЕЦ-КАССИР'. Company is the chain's brand "
          "'ЛаваМаркет' (logo line; no legal form). 'Зарплата от 48 000 руб.' with no period -> min "
          "48000, month assumed (judgement). 'Можно без опыта' -> {0,0}. Schedules '2/2 и 5/2 на выбор' "
          "state no employment type -> null. Location 'Самара, Кировский район (ул. Стара-Загора, 202)' "
          "-> kept without the parenthesis. Two phones: store line first, then WhatsApp/Telegram.")
def dr06(name, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.colors import HexColor, white
    import random
    pdfmetrics.registerFont(TTFont("DV", DEJAVU)); pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
    W, H = A4
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle("Продавец-кассир — ЛаваМаркет"); c.setAuthor("ЛаваМаркет")
    red = HexColor("#d62828"); dark = HexColor("#1d1d1d")
    c.setFillColor(red); c.rect(0, H - 120, W, 120, stroke=0, fill=1)
    c.setFillColor(white); c.setFont("DVB", 28); c.drawString(40, H - 55, "ЛаваМаркет")
    c.setFont("DV", 11); c.drawString(40, H - 75, "сеть продуктовых магазинов у дома")
    c.setFont("DVB", 15); c.drawRightString(W - 40, H - 55, "ПРИГЛАШАЕМ НА РАБОТУ")
    c.setFillColor(dark); c.setFont("DVB", 46); c.drawString(40, H - 185, "ПРОДАВЕЦ-КАССИР")
    c.setFillColor(HexColor("#ffd166")); c.roundRect(40, H - 260, 300, 50, 10, stroke=0, fill=1)
    c.setFillColor(dark); c.setFont("DVB", 22); c.drawString(55, H - 243, "Зарплата от 48 000 руб.")
    c.setFillColor(red); c.setFont("DVB", 16); c.drawString(40, H - 285, "Можно без опыта — обучим!")
    c.setFillColor(dark); c.setFont("DV", 12)
    c.drawString(40, H - 310, "Место работы: Самара, Кировский район (ул. Стара-Загора, 202)")

    def block(x, y, head, items):
        c.setFont("DVB", 15); c.setFillColor(red); c.drawString(x, y, head)
        c.setFont("DV", 11.5); c.setFillColor(dark)
        yy = y - 22
        for it in items:
            for j, line in enumerate(it):
                c.drawString(x + (0 if j == 0 else 11), yy, ("• " if j == 0 else "") + line)
                yy -= 16
            yy -= 4
    block(40, H - 350, "Требования:", [["ответственность и доброжелательность"],
                                       ["наличие медицинской книжки", "(или готовность оформить", "за счёт компании)"],
                                       ["опыт работы с ККТ приветствуется"],
                                       ["знание 1С: Розница — плюс"]])
    block(320, H - 350, "Мы предлагаем:", [["графики 2/2 и 5/2 на выбор"],
                                           ["официальное трудоустройство"],
                                           ["выплаты 2 раза в месяц"],
                                           ["бесплатное питание и форма"]])
    c.setFillColor(HexColor("#f3f3f3")); c.rect(0, 90, W, 160, stroke=0, fill=1)
    c.setFillColor(dark); c.setFont("DVB", 20); c.drawString(40, 210, "Звоните: +7 (846) 990-12-34")
    c.setFont("DV", 13); c.drawString(40, 182, "WhatsApp / Telegram: +7 927 604-11-82")
    c.drawString(40, 158, "Анкета онлайн: lavamarket.ru/job")
    rnd = random.Random(11)
    for i in range(21):
        for j in range(21):
            if rnd.random() < 0.45 or (i < 7 and j < 7 and (i in (0, 6) or j in (0, 6))):
                c.rect(W - 160 + i * 5, 110 + j * 5, 5, 5, stroke=0, fill=1)
    c.setFont("DV", 8); c.setFillColor(HexColor("#777777"))
    c.drawString(40, 60, "Реклама. ООО «Лава Ритейл», ИНН 6312198745. erid: 2VtzqwX8mQ1")
    c.showPage(); c.save()


@ad("dr07_fpdf_operator_kc_udalenno",
    producer="fpdf2 2.8 (DejaVu Sans), poster",
    style="remote call-centre poster ('РАБОТА ИЗ ДОМА'), no city",
    title="Оператор колл-центра (удалённо)", company="ООО «ТелеСервис Плюс»", location=None,
    employment_type="part_time", workplace="remote",
    salary={"min": 40000, "max": None, "currency": "RUB", "period": "month"},
    experience_years={"min": 0, "max": 0}, education=None,
    skills=["Windows 10", "Bitrix24", "скорость печати от 150 знаков в минуту", "гарнитура с микрофоном"],
    email="job@teleservis-plus.ru", phone="8 800 350-47-19", url=None,
    deadline=None, posted=None,
    key_phrases=["Только входящие звонки — никаких продаж!",
                 "Оплачиваемое обучение 5 дней онлайн",
                 "Проводной интернет от 50 Мбит/с",
                 "Готовность работать в Bitrix24 (обучим)"],
    notes="No place of work is given (work from home) -> location null; workplace remote ('Удалённая "
          "работа из дома'). 'частичная занятость от 4 часов в день' -> part_time. 'Доход от 40 тыс. "
          "руб. в месяц' -> min 40000. 'Опыт работы не обязателен' -> {0,0}. Telegram handle "
          "@teleservice_hr is a third contact. Phone is a toll-free 8 800 number.")
def dr07(name, out):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_title("Оператор колл-центра (удалённо) — ООО «ТелеСервис Плюс»")
    pdf.set_creator("fpdf2 2.8.9"); pdf.set_producer("PyFPDF/fpdf2.8.9")
    pdf.add_font("DV", "", DEJAVU); pdf.add_font("DV", "B", DEJAVU_B)
    pdf.add_page(); pdf.set_auto_page_break(False)
    pdf.set_fill_color(92, 45, 145); pdf.rect(0, 0, 210, 40, "F")
    pdf.set_text_color(255, 255, 255); pdf.set_font("DV", "B", 17); pdf.set_xy(12, 9)
    pdf.cell(0, 10, "ООО «ТелеСервис Плюс»")
    pdf.set_font("DV", "", 10); pdf.set_xy(12, 20); pdf.cell(0, 8, "аутсорсинговый контакт-центр")
    pdf.set_fill_color(0, 200, 150); pdf.rect(128, 8, 72, 24, "F")
    pdf.set_font("DV", "B", 14); pdf.set_xy(128, 14); pdf.cell(72, 12, "РАБОТА ИЗ ДОМА", align="C")
    pdf.set_text_color(25, 25, 25); pdf.set_font("DV", "B", 24); pdf.set_xy(12, 50)
    pdf.multi_cell(186, 11, "Оператор колл-центра (удалённо)", align="L")
    pdf.set_font("DV", "", 12); pdf.set_x(12)
    pdf.multi_cell(186, 7, "Входящая линия интернет-магазина бытовой техники. "
                           "Только входящие звонки — никаких продаж!", align="L")
    pdf.ln(5)

    def section(head, items):
        pdf.set_font("DV", "B", 14); pdf.set_text_color(92, 45, 145); pdf.set_x(12)
        pdf.cell(0, 9, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 11.5); pdf.set_text_color(25, 25, 25)
        for it in items:
            pdf.set_x(16); pdf.multi_cell(180, 6.5, "✓ " + it, align="L"); pdf.ln(1)
        pdf.ln(3)
    section("Условия", ["Удалённая работа из дома, частичная занятость от 4 часов в день",
                        "Доход от 40 тыс. руб. в месяц (оклад + бонус за качество)",
                        "Оплачиваемое обучение 5 дней онлайн",
                        "Официальное оформление по ТК РФ"])
    section("Требования", ["Опыт работы не обязателен",
                           "Компьютер или ноутбук с Windows 10 и выше",
                           "Проводной интернет от 50 Мбит/с и гарнитура с микрофоном",
                           "Грамотная речь, скорость печати от 150 знаков в минуту",
                           "Готовность работать в Bitrix24 (обучим)"])
    pdf.set_fill_color(240, 236, 248); pdf.rect(12, 222, 186, 46, "F")
    pdf.set_font("DV", "B", 13); pdf.set_xy(18, 228); pdf.cell(0, 8, "Откликнуться:")
    pdf.set_font("DV", "", 12.5)
    pdf.set_xy(18, 238); pdf.cell(0, 8, "Telegram: @teleservice_hr")
    pdf.set_xy(18, 247); pdf.cell(0, 8, "E-mail: job@teleservis-plus.ru")
    pdf.set_xy(18, 256); pdf.cell(0, 8, "Телефон: 8 800 350-47-19 (звонок бесплатный)")
    pdf.output(out)


# ---------------------------------------------------------------------------------------------
@ad("dr08_xelatex_uchitel_matematiki_nn",
    producer="XeLaTeX (TeX Live 2022, fontspec DejaVu Serif)",
    style="school's typeset vacancy notice with headings 'Что важно для нас', 'Чем предстоит "
          "заниматься', 'Что мы предлагаем'",
    title="Учитель математики (5–11 классы)", company="АНОО «Школа Логос»",
    location="Нижний Новгород, Советский район", employment_type="full_time", workplace=None,
    salary={"min": 70000, "max": 95000, "currency": "RUB", "period": "month"},
    experience_years={"min": 3, "max": None},
    education="высшее педагогическое образование (математика)",
    skills=["ОГЭ", "ЕГЭ", "ФГОС", "GeoGebra", "интерактивной доской"],
    email="kadry@logos-nn.ru", phone="+7 (831) 413-27-65", url=None,
    deadline="2027-01-15", posted="2026-11-27",
    key_phrases=["приглашает учителя математики для работы в основной и старшей школе",
                 "подготовка выпускников к ЕГЭ по профильной математике",
                 "классы до 16 человек",
                 "курсы повышения квалификации за счёт школы"],
    notes="'заработная плата от 70 000 до 95 000 руб. (до вычета НДФЛ)', no period -> month "
          "(judgement). 'полная ставка — 18 часов в неделю' -> full_time (judgement: a full teaching "
          "load). 'не менее 3 лет' -> min 3. 'Дата размещения: 27.11.2026' -> posted; 'Приём резюме до 15 "
          "января 2027 года' -> deadline; 'с января 2027 года' is a start. www.logos-nn.ru in the "
          "letterhead is the school's home page, not an apply URL -> url null.")
def dr08(name, out):
    tex = TEX_HEAD + r"""
\begin{document}
{\sffamily\bfseries\Large\color[HTML]{1F4E79} АНОО «Школа Логос»}\\[2pt]
{\sffamily\small Нижний Новгород, Советский район \quad·\quad www.logos-nn.ru}
\par\vspace{4pt}\hrule\vspace{14pt}
{\sffamily\bfseries\large ВАКАНСИЯ}\par\vspace{4pt}
{\sffamily\bfseries\LARGE Учитель математики (5–11 классы)}\par\vspace{6pt}
{\small Дата размещения: 27.11.2026}\par\vspace{10pt}
Негосударственная школа «Логос» приглашает учителя математики для работы в основной и старшей школе с января 2027 года.\par\vspace{8pt}
{\sffamily\bfseries Что важно для нас}
\begin{itemize}
\item высшее педагогическое образование (математика);
\item педагогический стаж не менее 3 лет;
\item опыт подготовки к ОГЭ и ЕГЭ, знание ФГОС;
\item владение GeoGebra и интерактивной доской.
\end{itemize}\vspace{6pt}
{\sffamily\bfseries Чем предстоит заниматься}
\begin{itemize}
\item уроки алгебры и геометрии в 5–11 классах (полная ставка — 18 часов в неделю);
\item подготовка выпускников к ЕГЭ по профильной математике;
\item кураторство математического кружка.
\end{itemize}\vspace{6pt}
{\sffamily\bfseries Что мы предлагаем}
\begin{itemize}
\item заработная плата от 70 000 до 95 000 руб. (до вычета НДФЛ);
\item классы до 16 человек;
\item бесплатное питание в школьной столовой;
\item курсы повышения квалификации за счёт школы.
\end{itemize}\vspace{8pt}
Место работы: Нижний Новгород, Советский район.\par
Резюме и рекомендательные письма: kadry@logos-nn.ru, тел. +7 (831) 413-27-65.\par\vspace{6pt}
\textbf{Приём резюме до 15 января 2027 года.}
\end{document}
"""
    p = write(src(name, "tex"), tex)
    mkpdf.xelatex(p, out)


if __name__ == "__main__":
    from common import ADS
    ADS.sort(key=lambda a: a[0])
    sys.exit(1 if main("ru") else 0)
