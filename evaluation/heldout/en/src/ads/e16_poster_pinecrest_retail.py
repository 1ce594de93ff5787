NAME = "e16_poster_pinecrest_retail"
PRODUCER = "reportlab 4 (canvas drawing, DejaVu Sans TTF, sidebar poster)"
STYLE = "flyer / one-page poster"
NEEDS_CHROME = False

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.colors import HexColor, white, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import stringWidth

DV = "/usr/share/fonts/truetype/dejavu/"


def lines(c, x, y, text, font, size, width, lead):
    words = text.split(); cur = ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            c.setFont(font, size); c.drawString(x, y, cur); y -= lead; cur = w
    if cur:
        c.setFont(font, size); c.drawString(x, y, cur); y -= lead
    return y


def render(out, chrome):
    pdfmetrics.registerFont(TTFont("DV", DV + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", DV + "DejaVuSans-Bold.ttf"))
    W, H = A4
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle("Pinecrest_Hiring_Poster_Cork_v3"); c.setAuthor("marketing")
    green = HexColor("#1F4D3A"); cream = HexColor("#F4EFE3"); orange = HexColor("#D9822B")
    c.setFillColor(cream); c.rect(0, 0, W, H, fill=1, stroke=0)
    # sidebar
    sb = 185
    c.setFillColor(green); c.rect(0, 0, sb, H, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("DVB", 15); c.drawString(22, H - 50, "PINECREST")
    c.setFont("DV", 10); c.drawString(22, H - 64, "OUTFITTERS · since 1998")
    y = H - 130
    facts = [("WHERE", ["14 Opera Lane, Cork"]), ("HOURS", ["Part-time", "20–25 hours per week", "weekends essential"]),
             ("PAY", ["from €14.50 per hour", "+ Sunday premium"]), ("PERKS", ["30% staff discount", "free kit for the", "outdoor club"]),
             ("APPLY BY", ["2027-01-04"])]
    for k, vals in facts:
        c.setFillColor(orange); c.setFont("DVB", 10); c.drawString(22, y, k); y -= 16
        c.setFillColor(white)
        for v in vals:
            c.setFont("DV", 11); c.drawString(22, y, v); y -= 14
        y -= 16
    c.setFont("DV", 8.5); c.drawString(22, 40, "pinecrestoutfitters.ie")
    # main area
    x = sb + 32; w = W - x - 36
    c.setFillColor(green); c.setFont("DVB", 46); c.drawString(x, H - 100, "WE'RE")
    c.drawString(x, H - 150, "HIRING!")
    c.setFillColor(orange); c.setFont("DVB", 21); c.drawString(x, H - 190, "Retail Sales Associates")
    c.setFillColor(black)
    y = H - 230
    y = lines(c, x, y, "Love the outdoors? Our Cork store is looking for friendly people to help hikers, climbers and "
              "weekend campers find the right boots, jackets and gear for their next adventure.", "DV", 11.5, w, 16)
    y -= 12
    c.setFillColor(green); c.setFont("DVB", 13); c.drawString(x, y, "You'll be:"); y -= 20; c.setFillColor(black)
    for it in ["Greeting customers and fitting walking boots (we'll train you)", "Working the tills on our POS system and handling cash",
               "Stock replenishment and unpacking deliveries", "Helping with visual merchandising and window displays",
               "Keeping the shop floor tidy and well stocked"]:
        c.drawString(x, y, "–"); y = lines(c, x + 14, y, it, "DV", 11, w - 14, 15); y -= 4
    y -= 10
    c.setFillColor(green); c.setFont("DVB", 13); c.drawString(x, y, "You are:"); y -= 20; c.setFillColor(black)
    for it in ["Available Saturdays and Sundays, plus two or three weekday shifts", "Chatty, reliable and happy on your feet all day",
               "Aged 18 or over", "No experience necessary: full training provided"]:
        c.drawString(x, y, "–"); y = lines(c, x + 14, y, it, "DV", 11, w - 14, 15); y -= 4
    y -= 18
    c.setFillColor(orange); c.roundRect(x, y - 70, w, 78, 8, fill=1, stroke=0)
    c.setFillColor(white); c.setFont("DVB", 14); c.drawString(x + 14, y - 16, "Drop your CV into the store or email")
    c.setFont("DVB", 15); c.drawString(x + 14, y - 38, "careers@pinecrestoutfitters.ie")
    c.setFont("DV", 10.5); c.drawString(x + 14, y - 58, "Please put \"Cork Sales\" in the subject line.")
    c.setFillColor(HexColor("#555555")); c.setFont("DV", 8)
    c.drawString(x, 40, "Pinecrest Outfitters Ltd is an equal opportunities employer.")
    c.showPage(); c.save()


GOLD = {
    "title": "Retail Sales Associates",
    "company": "Pinecrest Outfitters",
    "location": "14 Opera Lane, Cork",
    "employment_type": "part_time",
    "workplace": None,
    "salary": {"min": 14.5, "max": None, "currency": "EUR", "period": "hour"},
    "experience_years": None,
    "education": None,
    "skills": ["POS system", "cash", "Stock replenishment", "visual merchandising"],
    "email": "careers@pinecrestoutfitters.ie",
    "phone": None,
    "url": None,
    "deadline": "2027-01-04",
    "posted": None,
    "key_phrases": [
        "help hikers, climbers and weekend campers find",
        "Greeting customers and fitting walking boots",
        "Chatty, reliable and happy on your feet all day",
        "Please put \"Cork Sales\" in the subject line.",
    ],
    "notes": "Poster drawn on a reportlab canvas with a coloured sidebar of facts (WHERE / HOURS / PAY / PERKS / APPLY BY) "
             "and a big 'WE'RE HIRING!' headline; the sidebar is read before or after the body depending on the extractor. "
             "Title = 'Retail Sales Associates'. 'from €14.50 per hour + Sunday premium' -> min 14.5, max null; '30% staff discount' is a "
             "perk. 'Part-time, 20–25 hours per week' -> part_time. 'No experience necessary' -> experience null. 'APPLY BY "
             "2027-01-04' -> deadline. The footer 'pinecrestoutfitters.ie' is a bare homepage, not an application URL -> url null "
             "(application by e-mail). Company 'Pinecrest Outfitters' (legal form 'Ltd' in the footer).",
}
