"""A seasonal hiring flyer drawn on a reportlab canvas (big type, blocks, fake QR code)."""
import random
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.lib.colors import HexColor, white, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

F = "/usr/share/fonts/truetype/dejavu/"

def build(out_pdf):
    pdfmetrics.registerFont(TTFont("DVS", F + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVSB", F + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVSC", F + "DejaVuSansCondensed-Bold.ttf"))
    W, H = letter
    c = canvas.Canvas(out_pdf, pagesize=letter)
    c.setTitle("Pinecrest Outfitters - Now Hiring"); c.setAuthor("Pinecrest Outfitters")
    green = HexColor("#1f4d3a"); orange = HexColor("#e8772e"); cream = HexColor("#f6f1e6")
    c.setFillColor(cream); c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(green); c.rect(0, H - 190, W, 190, fill=1, stroke=0)
    c.setFillColor(orange); c.setFont("DVSC", 26); c.drawCentredString(W / 2, H - 60, "PINECREST OUTFITTERS")
    c.setFillColor(white); c.setFont("DVSB", 64); c.drawCentredString(W / 2, H - 130, "NOW HIRING!")
    c.setFont("DVS", 20); c.drawCentredString(W / 2, H - 168, "Seasonal Sales Associates")
    # pay burst
    c.setFillColor(orange); c.circle(W - 82, H - 192, 58, fill=1, stroke=0)
    c.setFillColor(white); c.setFont("DVSB", 15); c.drawCentredString(W - 82, H - 184, "From $22")
    c.drawCentredString(W - 82, H - 204, "an hour")
    c.setFillColor(green); c.setFont("DVSB", 18); c.drawString(50, H - 230, "Holiday season: Nov 2026 \u2013 Jan 2027")
    c.setFillColor(black); c.setFont("DVS", 13)
    y = H - 262
    for line in ["Part-time & full-time shifts: mornings, evenings & weekends",
                 "40% employee discount on gear, boots and outerwear",
                 "Paid training \u2013 no retail experience needed",
                 "Must be 16 or older and available through January 3"]:
        c.setFillColor(orange); c.circle(58, y + 4, 4, fill=1, stroke=0)
        c.setFillColor(black); c.drawString(70, y, line); y -= 24
    c.setFillColor(green); c.setFont("DVSB", 16); c.drawString(50, y - 14, "YOU'LL:")
    c.setFillColor(black); c.setFont("DVS", 12.5); y -= 40
    for line in ["Help customers find the right jacket, pack or pair of boots",
                 "Run the register and our Lightspeed POS at checkout",
                 "Restock the floor and unload deliveries (lift up to 40 lbs)",
                 "Keep the store looking its best during the busiest weeks of the year"]:
        c.drawString(70, y, "\u2013 " + line); y -= 20
    # walk-in box
    c.setFillColor(green); c.roundRect(40, 130, W - 80, 165, 12, fill=1, stroke=0)
    c.setFillColor(orange); c.setFont("DVSB", 20); c.drawString(60, 258, "WALK-IN INTERVIEWS")
    c.setFillColor(white); c.setFont("DVS", 14)
    c.drawString(60, 232, "Saturday, November 21, 2026 \u00b7 10am \u2013 2pm")
    c.drawString(60, 210, "2150 W Main St, Boise, ID 83702")
    c.drawString(60, 188, "Can't make it? Apply online:")
    c.drawString(60, 168, "pinecrestoutfitters.com/careers")
    c.drawString(60, 146, "Questions? Call the store: (208) 555-0163")
    # fake QR code
    random.seed(7)
    qx, qy, n, s = W - 150, 150, 21, 4.6
    c.setFillColor(white); c.rect(qx - 6, qy - 6, n * s + 12, n * s + 12, fill=1, stroke=0)
    c.setFillColor(black)
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if corner:
                ii, jj = i % 7 if i < 7 else i - (n - 7), j % 7 if j < 7 else j - (n - 7)
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = random.random() < 0.5
            if on:
                c.rect(qx + j * s, qy + (n - 1 - i) * s, s, s, fill=1, stroke=0)
    c.setFillColor(HexColor("#555555")); c.setFont("DVS", 9)
    c.drawCentredString(W - 102, 118, "Scan to apply")
    c.drawCentredString(W / 2, 66, "Pinecrest Outfitters is an equal opportunity employer.")
    c.drawCentredString(W / 2, 54, "Seasonal positions end January 2027; some team members will be offered year-round roles.")
    c.showPage(); c.save()
