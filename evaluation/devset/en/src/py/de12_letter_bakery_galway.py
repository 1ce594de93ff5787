"""A small employer's letter (no headings at all), typeset with fpdf2."""
from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/"

BODY = [
    "Dear friends and customers,",
    "After eleven years of baking every loaf ourselves, my brother Declan and I have finally been beaten by the "
    "Saturday morning queue, and we are looking for an early-morning baker to join us in the kitchen behind the shop.",
    "The work is mostly bread: our sourdough, the brown soda, the seeded rye, plus scones and the Saturday cinnamon "
    "buns. Starts are at 4am, Tuesday to Saturday, and you would usually be finished by 11. That comes to around 30 "
    "hours a week, so this is a part-time position, and we pay \u20ac15.80 an hour, with a free loaf to bring home "
    "every day.",
    "You don't need a qualification or years behind you. If you have done a season in a busy kitchen or a bakery, "
    "know your way around a deck oven and a spiral mixer, and hold a HACCP Level 2 certificate (or are willing to do "
    "it with us - we pay for the course), that is plenty. What matters more is that you turn up on time, keep the "
    "bench clean and can still laugh at four in the morning.",
    "If that sounds like you, drop in for a chat any afternoon, ring the shop on (091) 555 0142, or email me a few "
    "lines about yourself at orla@moynihansbakery.ie by Friday 4 December 2026. We would like someone to start in "
    "January, once the Christmas rush is behind us.",
    "Thank you, as always, for your support.",
]

def build(out_pdf):
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creator("Moynihan's Bakery"); pdf.set_title("Baker wanted")
    if hasattr(pdf, "set_producer"):
        import fpdf; pdf.set_producer("PyFPDF/fpdf2 " + fpdf.__version__)
    pdf.add_font("DejaVuSerif", "", FONT + "DejaVuSerif.ttf")
    pdf.add_font("DejaVuSerif", "B", FONT + "DejaVuSerif-Bold.ttf")
    pdf.add_font("DejaVuSerif", "I", FONT + "DejaVuSerif-Italic.ttf")
    pdf.set_margins(25, 22, 25)
    pdf.add_page()
    pdf.set_font("DejaVuSerif", "B", 20); pdf.set_text_color(90, 50, 20)
    pdf.cell(0, 10, "Moynihan's Bakery", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "I", 9.5); pdf.set_text_color(80, 80, 80)
    pdf.cell(0, 6, "14 Quay Street, Galway  \u00b7  (091) 555 0142  \u00b7  orla@moynihansbakery.ie", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(150, 110, 70); pdf.set_line_width(0.4)
    pdf.line(25, pdf.get_y() + 2, 185, pdf.get_y() + 2)
    pdf.ln(12)
    pdf.set_text_color(20, 20, 20); pdf.set_font("DejaVuSerif", "", 11)
    pdf.cell(0, 6, "27 November 2026", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for para in BODY:
        pdf.multi_cell(0, 6.2, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3.5)
    pdf.ln(4)
    pdf.set_font("DejaVuSerif", "I", 12)
    pdf.cell(0, 7, "Orla Moynihan", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "", 10)
    pdf.cell(0, 6, "Moynihan's Bakery, Galway", new_x="LMARGIN", new_y="NEXT")
    pdf.output(out_pdf)
