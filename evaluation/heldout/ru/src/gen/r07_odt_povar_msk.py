"""r07: restaurant's vacancy notice written as an OpenDocument text (odfpy), converted by LibreOffice."""
import sys
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, PageLayout, PageLayoutProperties,
                       MasterPage, ListLevelProperties)
from odf.text import P, H, Span, List, ListItem, ListLevelStyleBullet, ListStyle

def build(out):
    doc = OpenDocumentText()
    pl = PageLayout(name="pm1")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.8cm",
                                       marginbottom="1.8cm", marginleft="2.2cm", marginright="2.2cm"))
    doc.automaticstyles.addElement(pl)
    doc.masterstyles.addElement(MasterPage(name="Standard", pagelayoutname=pl))

    def pstyle(name, size="11pt", bold=False, align="start", color="#000000", before="0cm", after="0.15cm", font="Liberation Sans"):
        s = Style(name=name, family="paragraph")
        s.addElement(TextProperties(fontsize=size, fontweight="bold" if bold else "normal", color=color, fontname=font, fontfamily=font))
        s.addElement(ParagraphProperties(textalign=align, margintop=before, marginbottom=after))
        doc.styles.addElement(s); return s
    body = pstyle("Body")
    kicker = pstyle("Kicker", size="10pt", align="center", color="#7a5c2e")
    title = pstyle("TitleBig", size="22pt", bold=True, align="center", color="#3b2a14", after="0.1cm")
    sub = pstyle("Sub", size="12pt", align="center", color="#3b2a14", after="0.4cm")
    head = pstyle("Head", size="13pt", bold=True, color="#7a5c2e", before="0.35cm", after="0.1cm")
    small = pstyle("Small", size="9pt", color="#555555", before="0.4cm")
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.styles.addElement(bold)

    ls = ListStyle(name="Dash")
    lvl = ListLevelStyleBullet(level=1, bulletchar="–")
    lvl.addElement(ListLevelProperties(spacebefore="0.3cm", minlabelwidth="0.5cm"))
    ls.addElement(lvl); doc.automaticstyles.addElement(ls)

    T = doc.text
    T.addElement(P(stylename=kicker, text="Ресторан «Белая Веранда» · средиземноморская кухня · Москва"))
    T.addElement(P(stylename=title, text="Повар горячего цеха"))
    T.addElement(P(stylename=sub, text="ООО «Белая Веранда» открывает набор в команду кухни"))

    T.addElement(P(stylename=body, text="Мы — ресторан на 120 посадочных мест с открытой кухней и летней террасой. "
        "Готовим блюда средиземноморской и итальянской кухни из фермерских продуктов, "
        "меню обновляем каждый сезон. Ищем повара, который любит свою работу и держит стандарты."))

    def bullets(items):
        l = List(stylename=ls)
        for it in items:
            li = ListItem(); li.addElement(P(stylename=body, text=it)); l.addElement(li)
        T.addElement(l)

    T.addElement(P(stylename=head, text="Чем предстоит заниматься"))
    bullets(["приготовление горячих блюд по технологическим картам: паста, ризотто, рыба, мясо на гриле;",
             "заготовки для своей станции, маркировка и контроль сроков хранения;",
             "работа на линии раздачи в часы пик, соблюдение времени отдачи;",
             "поддержание чистоты на рабочем месте по нормам СанПиН."])
    T.addElement(P(stylename=head, text="Что для нас важно"))
    bullets(["опыт работы поваром горячего цеха в ресторане от 2 лет;",
             "знание итальянской кухни, умение работать с пароконвектоматом и су-вид;",
             "действующая медицинская книжка;",
             "аккуратность, скорость, умение работать в команде."])
    T.addElement(P(stylename=head, text="Мы предлагаем"))
    bullets(["оплата от 3 800 руб. за смену, еженедельные выплаты, премии по итогам месяца;",
             "график 2/2 с 10:00 до 23:00, официальное трудоустройство, полная занятость;",
             "бесплатное питание для персонала и форма за счёт ресторана;",
             "стажировка с шеф-поваром и дегустации нового меню."])

    p = P(stylename=body); p.addElement(Span(stylename=bold, text="Адрес ресторана: ")); p.addText("Москва, Садовническая набережная, 14, стр. 2 (5 минут от метро «Новокузнецкая»)")
    T.addElement(p)
    p = P(stylename=body); p.addElement(Span(stylename=bold, text="Контакты: ")); p.addText("звоните шеф-повару Дмитрию по телефону +7 (495) 730-18-64 или пишите на job@belayaveranda.ru — пригласим на проработку.")
    T.addElement(p)
    T.addElement(P(stylename=small, text="Рассматриваем граждан РФ, Беларуси, Казахстана, Киргизии и Армении."))
    doc.save(out)

if __name__ == "__main__":
    build(sys.argv[1])
