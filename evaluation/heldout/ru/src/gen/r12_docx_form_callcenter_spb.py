"""r12: formal HR vacancy form (label/value table) written with python-docx, converted by LibreOffice."""
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

ROWS = [
    ("Наименование должности", "Оператор контакт-центра (входящая линия)"),
    ("Подразделение", "Департамент клиентского сервиса / Отдел обработки входящих обращений"),
    ("Организация", "АО «Невалинк Сервис»"),
    ("Место работы", "Санкт-Петербург, Малый проспект В.О., 54к3"),
    ("Тип занятости", "Полная занятость"),
    ("Формат работы", "Гибридный: первые 2 месяца в офисе, далее 2 дня в офисе / 3 дня удалённо"),
    ("График работы", "2/2 по 11 часов (смены 08:00–19:00 или 12:00–23:00)"),
    ("Уровень дохода", "от 55 000 до 70 000 руб./мес. до вычета НДФЛ (оклад + KPI)"),
    ("Требуемый опыт", "Без опыта (оплачиваемое обучение 2 недели)"),
    ("Образование", "Среднее общее, среднее профессиональное"),
    ("Функциональные обязанности", "Приём входящих звонков и обращений в чатах от абонентов; консультирование по тарифам и услугам; "
        "регистрация обращений в CRM Битрикс24; решение типовых технических вопросов по сценарию; "
        "передача сложных заявок на вторую линию поддержки."),
    ("Требования к кандидату", "Грамотная устная и письменная речь; уверенный пользователь ПК; "
        "скорость печати от 200 знаков в минуту; стрессоустойчивость; готовность работать по сменному графику."),
    ("Условия", "Оформление по ТК РФ; оплачиваемое обучение; корпоративная связь; компенсация питания в офисе; "
        "для удалённых дней — гарнитура и ноутбук от компании."),
    ("Количество вакантных мест", "6"),
    ("Дата публикации", "16.11.2026"),
    ("Желаемая дата выхода сотрудника", "21.12.2026"),
    ("Контактное лицо (рекрутер)", "Смирнова Ольга Игоревна, o.smirnova@nevalink-service.ru, +7 (812) 409-71-35"),
]

def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexcolor)
    tcPr.append(sh)

def build(out_docx):
    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8); sec.top_margin = Cm(1.5); sec.bottom_margin = Cm(1.5)
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)

    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Форма HR-07/2 · Служба управления персоналом"); r.font.size = Pt(8)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("ОПИСАНИЕ ВАКАНСИИ"); r.bold = True; r.font.size = Pt(14)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("(для размещения на внешних ресурсах)"); r.font.size = Pt(9)

    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in ROWS:
        c = t.add_row().cells
        c[0].width = Cm(5.6); c[1].width = Cm(11.8)
        c[0].text = k; c[1].text = v
        c[0].paragraphs[0].runs[0].bold = True
        shade(c[0], "E7ECF3")
    t.autofit = False
    t.columns[0].width = Cm(5.6); t.columns[1].width = Cm(11.8)
    d.add_paragraph()
    d.add_paragraph("Согласовано: руководитель Департамента клиентского сервиса ____________ / Кузнецов А. В.")
    d.add_paragraph("Отклики кандидатов направлять рекрутеру по электронной почте с темой «Оператор КЦ — входящая линия».")
    d.save(out_docx)

if __name__ == "__main__":
    build(sys.argv[1])
