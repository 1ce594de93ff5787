"""r11: printed recruitment flyer/poster of an Azerbaijani factory in Ganja, drawn with reportlab."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import HexColor, white

F = "/usr/share/fonts/truetype/noto/"
pdfmetrics.registerFont(TTFont("Noto", F + "NotoSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("NotoB", F + "NotoSans-Bold.ttf"))

def build(out):
    W, H = A4
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle("Вакансия: швея-мотористка — Кюр-Текстиль, Гянджа")
    c.setAuthor("ООО «Кюр-Текстиль»")
    red, dark, gold = HexColor("#c62828"), HexColor("#1f2a44"), HexColor("#f2b705")
    # top band
    c.setFillColor(red); c.rect(0, H - 150, W, 150, fill=1, stroke=0)
    c.setFillColor(white); c.setFont("NotoB", 58); c.drawCentredString(W / 2, H - 88, "ТРЕБУЮТСЯ!")
    c.setFont("Noto", 17); c.drawCentredString(W / 2, H - 125, "швейная фабрика ООО «Кюр-Текстиль» расширяет производство")
    # title
    c.setFillColor(dark); c.setFont("NotoB", 40); c.drawCentredString(W / 2, H - 215, "Швея-мотористка")
    c.setFont("Noto", 16); c.drawCentredString(W / 2, H - 243, "пошив спецодежды и корпоративной формы · 25 рабочих мест")
    # salary badge
    c.setFillColor(gold); c.roundRect(70, H - 350, W - 140, 80, 18, fill=1, stroke=0)
    c.setFillColor(dark); c.setFont("NotoB", 34); c.drawCentredString(W / 2, H - 313, "Зарплата от 750 ₼ в месяц")
    c.setFont("Noto", 14); c.drawCentredString(W / 2, H - 337, "+ премии за выработку, выплата 2 раза в месяц")

    def block(x, y, head, lines, size=13):
        c.setFillColor(red); c.setFont("NotoB", 17); c.drawString(x, y, head)
        c.setFillColor(dark); c.setFont("Noto", size)
        yy = y - 22
        for ln in lines:
            c.drawString(x, yy, "•  " + ln if not ln.startswith(" ") else "    " + ln.strip()); yy -= 19
        return yy

    y = block(55, H - 395, "МЫ ПРЕДЛАГАЕМ:", [
        "Полная занятость: 08:00–17:00, суббота — до 13:00",
        "Официальное оформление по Трудовому кодексу АР",
        "Бесплатный обед и служебный автобус из Гёйгёля и Самуха",
        "Обучение за счёт фабрики, наставник в первый месяц",
    ])
    y = block(55, y - 16, "ТРЕБОВАНИЯ:", [
        "Опыт не обязателен — научим!",
        "Умение работать на промышленной швейной машине — плюс",
        "Оборудование: промышленные швейные машины JUKI, оверлок,",
        " распошивальная машина",
        "Аккуратность, ответственность, возраст 18–50 лет",
    ])
    # contact band
    c.setFillColor(dark); c.rect(0, 0, W, 210, fill=1, stroke=0)
    c.setFillColor(gold); c.setFont("NotoB", 22); c.drawCentredString(W / 2, 172, "Приём анкет до 10.01.2027")
    c.setFillColor(white); c.setFont("Noto", 15)
    c.drawCentredString(W / 2, 140, "Адрес: г. Гянджа, ул. Низами, 64 (территория бывшего шёлкового комбината)")
    c.setFont("NotoB", 24); c.drawCentredString(W / 2, 102, "+994 22 256-14-80")
    c.setFont("Noto", 15); c.drawCentredString(W / 2, 74, "WhatsApp: +994 50 318 42 17  ·  e-mail: kadr@kur-tekstil.az")
    c.setFont("Noto", 11); c.drawCentredString(W / 2, 40, "Приходите на собеседование с удостоверением личности с понедельника по пятницу, 09:00–16:00")
    c.showPage(); c.save()

if __name__ == "__main__":
    build(sys.argv[1])
