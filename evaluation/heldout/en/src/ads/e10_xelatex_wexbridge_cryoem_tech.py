NAME = "e10_xelatex_wexbridge_cryoem_tech"
PRODUCER = "xelatex (TeX Live 2022, fontspec with Liberation/DejaVu fonts)"
STYLE = "university posting (LaTeX)"
NEEDS_CHROME = False

import lib

TEX = r"""\documentclass[10pt,a4paper]{article}
\usepackage{fontspec}
\setmainfont{Liberation Serif}
\setsansfont{DejaVu Sans}
\usepackage[margin=2.2cm,headheight=16pt]{geometry}
\usepackage{fancyhdr,lastpage,xcolor,tabularx,enumitem,array}
\usepackage[hidelinks]{hyperref}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\definecolor{wx}{RGB}{90,20,80}
\pagestyle{fancy}\fancyhf{}
\lhead{\sffamily\scriptsize WEXBRIDGE INSTITUTE FOR STRUCTURAL BIOLOGY}
\rhead{\sffamily\scriptsize Vacancy ref. ISB-0935}
\lfoot{\sffamily\scriptsize Further particulars -- Research Laboratory Technician}
\rfoot{\sffamily\scriptsize \thepage/\pageref{LastPage}}
\setlength{\parskip}{5pt}\setlength{\parindent}{0pt}
\sloppy
\begin{document}
{\sffamily\color{wx}\small University of Wexbridge\par}
\vspace{2pt}
{\raggedright\sffamily\bfseries\Large\color{wx} Research Laboratory Technician (Cryo-EM Facility)\par}
\vspace{8pt}
\renewcommand{\arraystretch}{1.25}
{\sffamily\small
\begin{tabularx}{\textwidth}{>{\bfseries}p{3.6cm}X}
\hline
Department & Wexbridge Institute for Structural Biology, College of Medical and Life Sciences \\
Location & Garscube Campus, Glasgow \\
Salary & Grade 6, £31,396 -- £35,116 per annum \\
Hours & Full time (35 hours per week) \\
Contract & Fixed term for 18 months, with the possibility of extension \\
Date posted & 2026-12-04 \\
Closing date & 15 January 2027 (midnight UK time) \\
\hline
\end{tabularx}}

\section*{\sffamily Job purpose}
The Institute's cryo-electron microscopy facility runs two 300 kV microscopes and a 200 kV screening instrument for more than forty research groups across Scotland and northern England. We are seeking a Research Laboratory Technician to provide day-to-day technical support to the facility, prepare and screen samples for users, and keep the specimen preparation laboratory running safely and efficiently.

The post holder will be part of a team of five staff scientists and technicians led by the Facility Manager, and will be the first point of contact for many of our internal users. No two weeks are quite the same: one week may be spent vitrifying membrane proteins for a visiting group, the next on stock checks, instrument logbooks and training new PhD students in safe handling of liquid nitrogen.

\section*{\sffamily Main duties and responsibilities}
\begin{enumerate}[itemsep=1pt,topsep=2pt]
\item Prepare cryo-EM grids using the Vitrobot Mark IV and the Chameleon system, including glow discharge and plasma cleaning of support films.
\item Carry out negative stain screening on the 120 kV microscope and report results to users.
\item Clip and load autogrids, and manage cryogenic sample storage dewars and the sample tracking records.
\item Maintain consumables, order supplies and keep the booking and LIMS records up to date.
\item Perform routine liquid nitrogen fills and act as a trained first responder for cryogen safety.
\item Assist with user training sessions and the preparation of standard operating procedures.
\end{enumerate}

\section*{\sffamily Knowledge, qualifications, skills and experience}
\textbf{Essential.} HNC, BSc or equivalent in biochemistry, biology or a related subject, together with at least two years of experience working in a research or clinical laboratory. Good record keeping, attention to detail and a willingness to follow strict safety procedures. Ability to communicate clearly with users who range from first-year students to principal investigators.

\textbf{Desirable.} Hands-on experience of cryo-EM grid preparation or negative stain; familiarity with protein purification (FPLC); experience with a laboratory information management system.

\section*{\sffamily Terms and conditions}
Salary will be on Grade 6, £31,396 -- £35,116 per annum. This post is full time and fixed term for 18 months in the first instance. New entrants will normally be appointed at the bottom of the scale. The University offers a defined benefit pension scheme, 41 days of annual leave including public holidays, and a range of staff development opportunities.

\section*{\sffamily How to apply}
Apply online through the University of Wexbridge jobs website quoting reference ISB-0935. Informal enquiries may be made to the Facility Manager, Dr Ewan Strachan, at isb-cryoem@wexbridge.ac.uk or on 0141 496 0381.

{\footnotesize The University of Wexbridge is committed to equality, diversity and inclusion, and welcomes applications from all sections of the community. We are a Living Wage employer. Charity number SC000000.}
\end{document}
"""


def render(out, chrome):
    lib.latex(TEX, out, "xelatex")


GOLD = {
    "title": "Research Laboratory Technician (Cryo-EM Facility)",
    "company": "University of Wexbridge",
    "location": "Garscube Campus, Glasgow",
    "employment_type": "temporary",
    "workplace": None,
    "salary": {"min": 31396, "max": 35116, "currency": "GBP", "period": "year"},
    "experience_years": {"min": 2, "max": None},
    "education": "HNC, BSc or equivalent in biochemistry, biology or a related subject",
    "skills": ["Vitrobot Mark IV", "glow discharge", "negative stain", "cryo-EM grid preparation", "LIMS", "FPLC"],
    "email": "isb-cryoem@wexbridge.ac.uk",
    "phone": "0141 496 0381",
    "url": None,
    "deadline": "2027-01-15",
    "posted": "2026-12-04",
    "key_phrases": [
        "two 300 kV microscopes and a 200 kV screening instrument",
        "vitrifying membrane proteins for a visiting group",
        "Clip and load autogrids, and manage cryogenic sample storage",
        "New entrants will normally be appointed at the bottom",
    ],
    "notes": "xelatex 'further particulars' with a label/value table, running header (institute, vacancy ref) and footer 'n/N'. "
             "'Full time' but 'Fixed term for 18 months' -> temporary. Company = the University (the institute is a department; "
             "'University of Wexbridge' is the employer named in the header line and terms). Salary written with an en dash "
             "('--' in TeX). 'at least two years of experience' -> min 2. Closing date '15 January 2027 (midnight UK time)'; "
             "Date posted 2026-12-04. No URL printed (only 'the University of Wexbridge jobs website'). Contact is an enquiry "
             "address/phone; applications go online. '41 days of annual leave', '300 kV' are traps for numbers.",
}
