NAME = "e09_latex_harlowstate_postdoc"
PRODUCER = "pdflatex (TeX Live 2022, lmodern, fancyhdr)"
STYLE = "university posting (LaTeX)"
NEEDS_CHROME = False

import lib

TEX = r"""\documentclass[11pt]{article}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[utf8]{inputenc}
\usepackage[margin=1in,headheight=14pt]{geometry}
\usepackage[none]{hyphenat}
\usepackage{fancyhdr,lastpage,xcolor,enumitem}
\usepackage[hidelinks]{hyperref}
\definecolor{hsu}{RGB}{20,70,40}
\pagestyle{fancy}\fancyhf{}
\lhead{\small\textcolor{hsu}{Harlow State University -- Department of Soil and Crop Sciences}}
\rhead{\small Search No.\ SCS-2027-04}
\cfoot{\small Page \thepage\ of \pageref{LastPage}}
\renewcommand{\headrulewidth}{0.4pt}
\setlength{\parskip}{6pt}\setlength{\parindent}{0pt}
\sloppy
\begin{document}
\begin{center}
{\Large\bfseries\color{hsu} Postdoctoral Research Associate in Soil Microbial Ecology}\\[4pt]
{\large Department of Soil and Crop Sciences, College of Agriculture and Natural Resources}\\[2pt]
Harlow State University, Lincoln, Nebraska
\end{center}

The Soil Microbiome Laboratory in the Department of Soil and Crop Sciences at Harlow State University invites applications for a Postdoctoral Research Associate to study how cover crops and reduced tillage reshape microbial communities and nitrogen cycling in dryland wheat systems of the Great Plains. The position is funded by a five-year USDA award shared with partners in Kansas and Colorado, and the successful candidate will work at the interface of field ecology, molecular microbiology and biogeochemistry.

This is a full-time, two-year appointment, renewable for a third year subject to satisfactory performance and the availability of funding. The anticipated start date is on or after June 1, 2027.

\section*{The project and the role}
The associate will lead the microbial side of a network of long-term tillage trials established in 1994, now sampled across three seasons a year. Day to day, this means designing sampling campaigns with the field team, extracting DNA and RNA from soil, and building the bioinformatic workflows that connect community composition to measured nitrous oxide fluxes. We expect the associate to publish first-author papers from the data, to present at national meetings, and to help mentor two doctoral students and a rotating group of undergraduate researchers.

Specific responsibilities include:
\begin{itemize}[itemsep=1pt,topsep=2pt]
\item planning and carrying out soil sampling, nucleic acid extraction and library preparation for 16S rRNA amplicon sequencing and shotgun metagenomics;
\item quantifying functional genes involved in nitrification and denitrification by qPCR;
\item analysing sequence data with QIIME 2 and custom pipelines, and performing statistical analyses in R;
\item contributing to stable isotope probing experiments in the greenhouse;
\item maintaining lab records and data management plans in line with the project's open-data commitments.
\end{itemize}

\section*{Qualifications}
Applicants must hold a PhD in microbiology, soil science, ecology, or a closely related field by the start date. We are looking for someone with a record of peer-reviewed publication, demonstrated experience with microbial community sequencing data, and enough comfort in the field to spend long days on a soil probe truck in July. Familiarity with high-performance computing environments (SLURM) and version control with Git is strongly preferred. Experience with greenhouse gas measurements or isotope methods would be an advantage but is not required; we will provide training.

\section*{What the university offers}
The salary is competitive and commensurate with experience, and the position carries the full benefits package available to Harlow State postdoctoral staff, including health insurance, retirement contributions and a professional development allowance for conference travel. Lincoln is an affordable, bike-friendly city, and the laboratory is a supportive group that values balance as well as productivity.

\section*{How to apply}
Please submit (1) a cover letter describing your research experience and interest in the project, (2) a curriculum vitae, (3) up to three representative publications, and (4) the names and contact details of three references through the university careers portal:

\texttt{https://careers.harlowstate.edu/postings/48217}

Review of applications begins March 3, 2027, and will continue until the position is filled. Informal inquiries are welcome and may be directed to the principal investigator, Dr.~Miriam Oyelaran, at \texttt{moyelaran@harlowstate.edu}.

\smallskip
{\small Harlow State University is an equal opportunity employer and is committed to building a diverse academic community. Individuals from groups underrepresented in the agricultural and environmental sciences are especially encouraged to apply. As an employer receiving federal funds, the university participates in E-Verify.}
\end{document}
"""


def render(out, chrome):
    lib.latex(TEX, out, "pdflatex")


GOLD = {
    "title": "Postdoctoral Research Associate in Soil Microbial Ecology",
    "company": "Harlow State University",
    "location": "Lincoln, Nebraska",
    "employment_type": "temporary",
    "workplace": None,
    "salary": None,
    "experience_years": None,
    "education": "PhD in microbiology, soil science, ecology, or a closely related field by the start date",
    "skills": ["16S rRNA amplicon sequencing", "shotgun metagenomics", "qPCR", "QIIME 2", "R", "stable isotope probing", "SLURM", "Git"],
    "email": "moyelaran@harlowstate.edu",
    "phone": None,
    "url": "https://careers.harlowstate.edu/postings/48217",
    "deadline": None,
    "posted": None,
    "key_phrases": [
        "reshape microbial communities and nitrogen cycling in dryland wheat",
        "a network of long-term tillage trials established in 1994",
        "long days on a soil probe truck in July",
        "Lincoln is an affordable, bike-friendly city",
    ],
    "notes": "pdflatex posting with running header/footer (department, search number, 'Page n of N'). 'full-time, two-year "
             "appointment, renewable' -> temporary (fixed-term wins over full-time). Salary 'competitive and commensurate' -> null. "
             "'Review of applications begins March 3, 2027, and will continue until the position is filled' is not a closing date "
             "-> deadline null. Start date June 1, 2027 is not a deadline. 'USDA award' / 'five-year' / '1994' are not experience; "
             "no experience years stated. Email is the PI's inquiry address; applications go through the portal url.",
}
