#!/usr/bin/env python3
"""Write the two employer Word documents (a07, a08) as .docx with python-docx.
They are converted to PDF by LibreOffice (see build.py)."""
import sys, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn

OUT = sys.argv[1] if len(sys.argv) > 1 else "."


def base(font="Times New Roman", size=12):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = Cm(1.8); s.bottom_margin = Cm(1.8)
    return d


def para(d, text, bold=False, size=None, align=None, space_after=4, italic=False, color=None):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor(*color)
    if align: p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def bullets(d, items, style="List Bullet"):
    for it in items:
        p = d.add_paragraph(it, style=style)
        p.paragraph_format.space_after = Pt(1)


def a07():
    d = base("Times New Roman", 12)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "XƏZƏR QAZMA SERVİS MMC  |  Bakı, Xətai rayonu, Nobel prospekti 45  |  Tel.: (012) 497 33 21"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in hp.runs: r.font.size = Pt(9); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.text = "Xəzər Qazma Servis MMC — İnsan resursları departamenti"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs: r.font.size = Pt(8)

    para(d, "VAKANSİYA", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    para(d, "Xəzər Qazma Servis MMC Qazma mühəndisi vəzifəsinə işçi qəbulu elan edir", bold=True,
         size=13, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
    para(d, "Vəzifə: Qazma mühəndisi (dəniz platforması)", bold=True)
    para(d, "İş yeri: Neft Daşları, dəniz platforması")
    para(d, "Struktur bölmə: Qazma əməliyyatları şöbəsi", space_after=10)
    para(d, "Şirkət Xəzər dənizində quyuların qazılması, təmiri və əsaslı təmiri üzrə podrat xidmətləri göstərir. "
            "Yeni qazma layihələri ilə əlaqədar komandamızı genişləndiririk.", space_after=10)

    para(d, "Əsas vəzifələr:", bold=True)
    bullets(d, [
        "Quyu qazma proqramlarının hazırlanmasında və icrasına nəzarətdə iştirak;",
        "Gündəlik qazma hesabatlarının (DDR) tərtib edilməsi və təhlili;",
        "Qazma məhlulu, qoruyucu kəmər və sementləmə əməliyyatlarının planlaşdırılması;",
        "Quyu nəzarəti (well control) prosedurlarına əməl olunmasının təmin edilməsi;",
        "Podratçılar və sifarişçinin nümayəndələri ilə texniki məsələlərin həlli;",
        "Əməyin mühafizəsi və ətraf mühit (HSE) tələblərinə riayət olunmasına nəzarət.",
    ])
    para(d, "", space_after=2)
    para(d, "Namizədə tələblər:", bold=True)
    bullets(d, [
        "Neft-qaz işi üzrə ali mühəndis təhsili;",
        "Qazma əməliyyatlarında 5 ildən yuxarı iş təcrübəsi, o cümlədən dəniz şəraitində;",
        "Qüvvədə olan IWCF Level 3 sertifikatı;",
        "Landmark (WellPlan, COMPASS) proqram təminatı ilə işləmə bacarığı;",
        "AutoCAD və MS Project proqramlarını bilmək;",
        "İngilis dilini sərbəst bilmək (texniki yazışma səviyyəsində);",
        "Sağlamlıq vəziyyəti dənizdə işləməyə yararlı olmalıdır.",
    ])
    para(d, "", space_after=2)
    para(d, "Şərtlər:", bold=True)
    bullets(d, [
        "Əmək müqaviləsi: müddətsiz, tam ştat;",
        "Növbəli iş rejimi: 14/14 (14 gün dənizdə, 14 gün istirahət);",
        "Əmək haqqı: aylıq 3500 AZN (gross) və dəniz əlavəsi;",
        "Platformaya və geriyə nəqliyyat, dənizdə yemək və yaşayış şirkət tərəfindən təmin olunur;",
        "Tibbi sığorta və illik peşəkar təlimlər.",
    ])
    para(d, "", space_after=2)
    para(d, "CV-lərinizi hr@xezerqazma.az ünvanına göndərin. Mövzu sətrində vəzifənin adını qeyd edin.", bold=True)
    para(d, "Son müraciət tarixi: 20 dekabr 2026")
    para(d, "Yalnız müsahibəyə dəvət olunan namizədlərlə əlaqə saxlanılacaq. Əlavə məlumat üçün: (012) 497 33 21",
         italic=True, size=11)
    d.save(os.path.join(OUT, "a07_docx_qazma_muhendisi.docx"))


def a08():
    d = base("Arial", 11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "BAKI İNŞAAT QRUPU ASC"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs: r.font.size = Pt(10); r.bold = True; r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    para(d, "VAKANSİYA", bold=True, size=18, color=(0x1F, 0x4E, 0x79), space_after=2)
    para(d, "Tikinti sahə rəisi (prorab)", bold=True, size=15, space_after=10)
    para(d, "Bakı İnşaat Qrupu ASC Şəmkir rayonunda inşa olunan 960 şagird yerlik məktəb binası layihəsi "
            "üçün aşağıdakı vakansiyanı elan edir. İş yeri: Şəmkir rayonu, tikinti obyekti.", space_after=10)

    para(d, "Əsas vəzifələr", bold=True, size=12)
    bullets(d, [
        "Tikinti-quraşdırma işlərinin layihəyə və qrafikə uyğun təşkili;",
        "Subpodratçı briqadaların işinin əlaqələndirilməsi və qəbulu;",
        "Gizli işlərin aktlarının və icra sənədlərinin tərtib edilməsi;",
        "Tikinti materiallarına tələbatın hesablanması və sifarişi;",
        "Texniki nəzarət və sifarişçi ilə həftəlik iclaslarda iştirak;",
        "Əməyin mühafizəsi qaydalarına əməl olunmasına nəzarət.",
    ])
    para(d, "", space_after=2)
    para(d, "Namizədə tələblər", bold=True, size=12)
    bullets(d, [
        "İnşaat mühəndisliyi üzrə ali təhsil;",
        "İnşaat sahəsində 3 ildən yuxarı, o cümlədən ən azı 1 il sahə rəisi vəzifəsində təcrübə;",
        "Tikinti normaları və qaydalarını (TNvQ) bilmək;",
        "AutoCAD, MS Project və MS Excel proqramlarında işləmə bacarığı;",
        "Smeta sənədlərini oxumaq və həcmlər cədvəli hazırlamaq;",
        "Rayonda uzunmüddətli yaşayıb işləməyə hazır olmaq.",
    ])
    para(d, "", space_after=2)
    para(d, "Şərtlər", bold=True, size=12)
    rows = [
        ("Müqavilə", "Layihə müddətinə (12 ay) müddətli əmək müqaviləsi"),
        ("Əmək haqqı", "Aylıq 2000 AZN-dək (vergilər çıxılmaqla)"),
        ("İş qrafiki", "Həftədə 6 gün, 08:00-18:00"),
        ("Yaşayış", "Yaşayış yeri və üç dəfə yemək şirkət tərəfindən təmin edilir"),
        ("Nəqliyyat", "Ayda bir dəfə Bakıya gediş-gəliş xərci ödənilir"),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for k, v in rows:
        c = t.add_row().cells
        c[0].text = k; c[1].text = v
        c[0].paragraphs[0].runs[0].bold = True
        c[0].width = Cm(4); c[1].width = Cm(12.5)
    para(d, "", space_after=4)
    para(d, "CV-lərinizi kadr@bakiinsaat.az ünvanına göndərin. Mövzu sətrində vəzifənin adını qeyd edin.", bold=True)
    para(d, "Müraciətlərin qəbulu: 2026-12-12 tarixinədək.")
    para(d, "Əlaqə: +994 50 611 27 43 (Rəşad müəllim)")
    d.save(os.path.join(OUT, "a08_docx_prorab_shamkir.docx"))


if __name__ == "__main__":
    a07(); a08()
