"""r06: employer's Word document (python-docx), converted by LibreOffice."""
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

def build(out_docx):
    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0); sec.top_margin = Cm(1.5); sec.bottom_margin = Cm(1.5)
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
    st.paragraph_format.space_after = Pt(2)

    # letterhead in the page header
    hp = sec.header.paragraphs[0]
    r = hp.add_run("ООО «Гранит-Инжиниринг»"); r.bold = True; r.font.size = Pt(13); r.font.color.rgb = RGBColor(0x80, 0x1f, 0x1f)
    hp2 = sec.header.add_paragraph("620017, г. Екатеринбург, ул. Фронтовых Бригад, 18, офис 305 · ИНН 6673041892 · тел. +7 (343) 310-52-08")
    hp2.runs[0].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]; fp.text = "Генеральный подрядчик жилых и общественных зданий · www.granit-ing.ru"
    fp.runs[0].font.size = Pt(8); fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("ООО «Гранит-Инжиниринг» приглашает на работу"); r.bold = True; r.font.size = Pt(15)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Мастер строительно-монтажных работ"); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x80, 0x1f, 0x1f)

    p = d.add_paragraph()
    p.add_run("Место работы: ").bold = True; p.add_run("г. Екатеринбург")
    p = d.add_paragraph()
    p.add_run("Занятость: ").bold = True; p.add_run("полная занятость, пятидневная рабочая неделя")
    p = d.add_paragraph()
    p.add_run("Заработная плата: ").bold = True; p.add_run("120–150 тыс. руб. в месяц (до вычета НДФЛ), по итогам собеседования")

    d.add_paragraph("Мы строим монолитно-каркасные жилые дома комфорт-класса и объекты социальной инфраструктуры. "
                    "Сейчас компания ведёт три объекта в Орджоникидзевском и Кировском районах города, "
                    "и мы расширяем команду линейного персонала.").paragraph_format.space_before = Pt(8)

    def section(title, items):
        h = d.add_paragraph(); h.paragraph_format.space_before = Pt(10)
        rr = h.add_run(title); rr.bold = True; rr.font.size = Pt(13)
        for it in items:
            d.add_paragraph(it, style="List Bullet")

    section("Ваши задачи", [
        "Организация и контроль работ субподрядных организаций на объекте (монолит, кладка, кровля);",
        "Приёмка выполненных работ, контроль качества и соблюдения технологии;",
        "Ведение общего журнала работ и исполнительной документации;",
        "Обеспечение соблюдения требований охраны труда и пожарной безопасности;",
        "Составление заявок на материалы и технику, учёт их расхода.",
    ])
    section("Мы ждём от вас", [
        "Высшее или среднее профессиональное образование по специальности «Промышленное и гражданское строительство»;",
        "Опыт работы мастером или прорабом на монолитных объектах не менее 3 лет;",
        "Знание СНиП, СП и умение работать с ППР;",
        "Уверенное чтение рабочих чертежей, AutoCAD и MS Project на уровне пользователя;",
        "Действующие удостоверения по охране труда и промышленной безопасности — преимущество.",
    ])
    section("Мы предлагаем", [
        "Официальное трудоустройство по ТК РФ, белую заработную плату два раза в месяц;",
        "График 5/2 с 8:00 до 17:00, служебный транспорт между объектами;",
        "Спецодежду и СИЗ за счёт компании, корпоративную мобильную связь;",
        "Перспективу роста до старшего прораба и начальника участка.",
    ])

    p = d.add_paragraph(); p.paragraph_format.space_before = Pt(12)
    p.add_run("Резюме направляйте на ").bold = False
    r = p.add_run("hr@granit-ing.ru"); r.bold = True
    p.add_run(" с пометкой «Мастер СМР». Телефон отдела персонала: +7 (343) 310-52-08, доб. 114 (Елена Сергеевна).")
    d.add_paragraph("Резюме принимаются до 25 декабря 2026 г. Мы свяжемся с кандидатами, чей опыт соответствует требованиям.")
    d.save(out_docx)

if __name__ == "__main__":
    build(sys.argv[1])
