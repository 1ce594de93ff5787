"""Structured sources of the holdout job ads (see generate.py).

Every ad is new: companies, roles, wording, cities, salary and date formats differ from the
shared corpus.  Job fields follow /work/shared/corpus/README.md; the four bullet lists are
filled from the tagged bullet blocks by generate.py.
"""

from generate import (Ad, banner, bullets, contact, exp, heading, job, kv, lines, pagebreak,
                      para, salary, sections, table, title)

R, Q, N, B = "responsibilities", "requirements", "nice_to_have", "benefits"

ADS = []

# =============================================================================== English

ADS.append(Ad(
    "h01_site_reliability_engineer", "chromium-html", "single-column", "en",
    top=[banner("SAHIL CLOUD"), title("Site Reliability Engineer"),
         para("Sahil Cloud · Baku, Yasamal district · Hybrid (two days a week from home)")],
    main=[
        para("Sahil Cloud runs a public cloud region in Baku for banks, retailers and government agencies. "
             "Our platform team of eleven engineers keeps more than 4,000 virtual machines and 300 Kubernetes "
             "clusters healthy around the clock. We are looking for a Site Reliability Engineer who enjoys "
             "automating toil away and turning incidents into lasting fixes.", justify=True),
        heading("Your responsibilities"),
        bullets(["Operate and scale our OpenStack and Kubernetes platforms across two data centres",
                 "Define service level objectives and error budgets together with product teams",
                 "Automate provisioning and configuration with Terraform and Ansible",
                 "Improve observability with Prometheus, Grafana and Loki",
                 "Join the on-call rotation and write blameless post-mortems"], "disc", R),
        heading("Requirements"),
        bullets(["4+ years of experience running Linux systems in production",
                 "Strong scripting skills in Python or Go",
                 "Hands-on experience with Kubernetes, Terraform and Ansible",
                 "Good understanding of networking: TCP/IP, BGP, load balancing",
                 "Degree in Computer Science, Engineering or equivalent practical experience"], "disc", Q),
        heading("Good to have"),
        bullets(["OpenStack or Ceph administration", "CKA or CKS certification"], "disc", N),
        heading("Compensation and benefits"),
        bullets(["Salary: $3,500 – $4,200 per month (gross), paid in AZN at the official rate",
                 "Quarterly bonus tied to platform availability",
                 "Health insurance including dental care",
                 "Home-office allowance and a yearly conference budget"], "disc", B),
        heading("How to apply"),
        para("Email your CV to sre-hiring@sahilcloud.az or apply via https://careers.sahilcloud.az/sre-2026. "
             "Applications close on 15 Jan 2027."),
        para("Posted: 2026-11-20"),
    ],
    job=job(title="Site Reliability Engineer", company="Sahil Cloud", location="Baku, Yasamal district",
            employment_type="full_time", workplace="hybrid", salary=salary(3500, 4200, "USD"),
            experience_years=exp(4), education="Degree in Computer Science, Engineering or equivalent practical experience",
            skills=["Linux", "Python", "Go", "Kubernetes", "Terraform", "Ansible", "Prometheus", "Grafana", "OpenStack"],
            contact=contact(email="sre-hiring@sahilcloud.az", url="https://careers.sahilcloud.az/sre-2026"),
            deadline="2027-01-15", posted="2026-11-20"),
    style={"accent": "#0b6e4f"},
))

ADS.append(Ad(
    "h02_pharmacist_sidebar_right", "chromium-html", "two-column-sidebar", "en",
    top=[banner("VitaPlus Pharmacies"), title("Pharmacist")],
    main=[
        para("VitaPlus Pharmacies operates 38 pharmacies in Baku, Sumgait and Khirdalan. Our new branch in "
             "Khirdalan opens in January and we are building its team now."),
        heading("Duties"),
        bullets(["Dispense prescription and over-the-counter medicines accurately",
                 "Advise customers on dosage, side effects and interactions",
                 "Check expiry dates and storage conditions of the stock",
                 "Keep the electronic prescription register up to date"], "ol", R),
        heading("Requirements"),
        bullets(["Degree in Pharmacy (bachelor's or master's)",
                 "1–3 years of experience in a retail pharmacy",
                 "Valid licence of the Ministry of Health",
                 "Fluent Azerbaijani; conversational Russian"], "ol", Q),
        heading("Benefits"),
        bullets(["Official employment from the first day", "Free lunch and transport from Baku",
                 "Discounts on medicines for the family"], "disc", B),
    ],
    side=[
        heading("Key facts"),
        kv(("Location", "Khirdalan, Absheron"), ("Schedule", "14:00–22:00, five days a week"),
           ("Salary", "AZN 1,200–1,500 monthly"), ("Experience", "1–3 years"), ("Deadline", "10.01.2027")),
        heading("Contact"),
        lines("hr@vitaplus.az", "+994 (50) 312-45-67", "vitaplus.az/careers"),
    ],
    side_pos="right",
    job=job(title="Pharmacist", company="VitaPlus Pharmacies", location="Khirdalan, Absheron",
            employment_type="full_time", workplace="onsite", salary=salary(1200, 1500, "AZN"),
            experience_years=exp(1, 3), education="Degree in Pharmacy (bachelor's or master's)",
            skills=[], contact=contact(email="hr@vitaplus.az", phone="+994 (50) 312-45-67", url="vitaplus.az/careers"),
            deadline="2027-01-10"),
    style={"accent": "#7a1f5c", "side_w": "32%"},
))

HANDBOOK_EN = [
    ("1. Arrival and accommodation", [
        "Seasonal staff arrive at the resort two days before their first working day. The staff shuttle leaves the Baku bus station at 07:30 every Monday and Thursday; the trip to Gusar takes about four hours. Please let the HR office know your arrival date at least one week in advance.",
        "Accommodation is provided in the staff village at the foot of the Shahdag slopes. Rooms are shared by two people of the same gender and include bed linen, a wardrobe and a small desk. Kitchens and laundry rooms are shared on each floor and must be kept clean by their users.",
        "Guests are not allowed in the staff village after 22:00. Smoking is permitted only in the marked areas outside the buildings."]),
    ("2. Working time and rosters", [
        "The ski school is open every day from 09:00 to 16:30 during the season, which normally runs from mid-December to the end of March. Rosters are published every Friday for the following week and are posted on the notice board and in the staff chat.",
        "Instructors work six days a week with one fixed day off. During the New Year and Novruz holiday periods days off may be moved; any moved day off is given back before the end of the season. Overtime is paid at one and a half times the daily rate.",
        "If you are ill and cannot work, call the ski school supervisor before 08:00. A doctor's note is required from the second day of absence."]),
    ("3. Uniform and equipment", [
        "Every instructor receives a resort jacket, trousers, a helmet and gloves on the first day. The uniform must be worn at all times while teaching and may not be worn outside working hours in the town. Lost or damaged items are replaced free of charge once per season.",
        "Personal skis or snowboards may be used if they are in good condition. Instructors without their own equipment receive a full set from the rental shop, which is serviced weekly by our technicians."]),
    ("4. Safety on the slopes", [
        "Safety of guests and staff always comes first. Instructors must check the avalanche bulletin and the slope status board before the first lesson of the day and follow the decisions of the ski patrol without discussion.",
        "Every incident involving an injury, however small, must be reported to the ski patrol immediately and recorded on the incident form before the end of the working day. First-aid refresher training is held during the first week of the season and attendance is compulsory.",
        "Children under twelve must wear a helmet in every lesson. Group lessons for children are limited to six participants per instructor."]),
    ("5. Lessons and guest service", [
        "Lessons are booked through the resort system only. Private arrangements with guests, including lessons paid in cash, are not allowed and lead to immediate termination of the engagement.",
        "Meet your group at the ski school meeting point ten minutes before the start of the lesson. At the end of each lesson give guests a short summary of their progress and suggest a suitable next level.",
        "Tips are welcome and belong to the instructor who receives them. Complaints are handled by the ski school supervisor; please do not argue with guests on the slopes."]),
    ("6. Meals, transport and leisure", [
        "Three meals a day are served in the staff canteen free of charge. Instructors who work full days receive a packed lunch on request. Free ski passes are valid on all lifts outside teaching hours.",
        "The staff bus to Gusar runs twice a day. Staff may use the resort gym and swimming pool from 20:00 to 22:00 at no cost."]),
    ("7. Pay and end of season", [
        "Daily rates are paid twice a month to an Azerbaijani bank account; the bank card can be opened during the first week at the resort. A detailed pay slip is sent by e-mail.",
        "Instructors who complete the whole season receive an end-of-season bonus and a written reference. Returning instructors are offered priority for the following season."]),
]


def handbook_blocks(chapters):
    out = []
    for h, ps in chapters:
        out.append(heading(h))
        out += [para(p, justify=True) for p in ps]
    return out


ADS.append(Ad(
    "h03_ski_instructor_long", "chromium-html", "long", "en",
    top=[banner("SHAHDAG MOUNTAIN RESORT"), title("Ski Instructor"),
         para("Winter season 2026/27 · Gusar, Shahdag · seasonal position")],
    main=[
        para("Shahdag Mountain Resort is the largest ski resort in the Caucasus region of Azerbaijan, with 18 "
             "slopes, 12 lifts and a ski school that teaches more than 9,000 guests every winter. For the coming "
             "season we are looking for friendly, patient instructors for adults and children."),
        kv(("Location", "Gusar, Shahdag"), ("Season", "15 December 2026 – 31 March 2027"),
           ("Pay", "90 AZN per day, plus tips"), ("Housing", "free shared room in the staff village")),
        heading("What you will do"),
        bullets(["Teach group and private ski lessons for beginners and intermediate skiers",
                 "Run the children's ski kindergarten on weekends",
                 "Check and adjust rental equipment before lessons",
                 "Help the ski patrol with slope safety when needed"], "▪", R),
        heading("What we expect"),
        bullets(["Minimum 2 years of instructing experience",
                 "ISIA, BASI or an equivalent instructor certification",
                 "Conversational English and Russian; Azerbaijani is an advantage",
                 "First-aid certificate (or readiness to obtain one before the season)"], "▪", Q),
        heading("What we offer"),
        bullets(["Daily pay of 90 AZN and an end-of-season bonus",
                 "Free accommodation and three meals a day",
                 "Free ski pass and equipment servicing",
                 "Transport from Baku at the start and end of the season"], "▪", B),
        heading("How to apply"),
        para("Send your CV, copies of your certificates and a short video of your skiing to skischool@shahdag.az. "
             "Questions: +994 23 385 60 00. Applications close on 5 December 2026."),
        heading("Appendix: Seasonal Staff Handbook (extracts)"),
        para("The following pages reproduce the parts of the Seasonal Staff Handbook that apply to ski and "
             "snowboard instructors. The full handbook is handed out on arrival."),
    ] + handbook_blocks(HANDBOOK_EN),
    job=job(title="Ski Instructor", company="Shahdag Mountain Resort", location="Gusar, Shahdag",
            employment_type="temporary", workplace="onsite", salary=salary(90, 90, "AZN", "day"),
            experience_years=exp(2), education=None,
            skills=["ISIA", "BASI", "English", "Russian"],
            contact=contact(email="skischool@shahdag.az", phone="+994 23 385 60 00"),
            deadline="2026-12-05"),
    style={"accent": "#1a5d8f", "size": "10pt"},
))

ADS.append(Ad(
    "h04_procurement_specialist_table", "libreoffice-docx", "table-header", "en",
    top=[title("Procurement Specialist")],
    main=[
        table([["Company", "Caspian Rail Logistics LLC"],
               ["Location", "Baku, Bilajari rail yard"],
               ["Employment", "Full-time, permanent"],
               ["Salary", "from 2 500 AZN (gross)"],
               ["Experience", "3–5 years in procurement"],
               ["Closing date", "30/12/2026"]]),
        para("Caspian Rail Logistics LLC maintains and leases freight wagons for rail operators along the "
             "Middle Corridor. Our procurement team buys spare parts, services and fuel worth more than "
             "40 million manat a year."),
        heading("Main responsibilities"),
        bullets(["Run tenders and requests for quotation for spare parts and services",
                 "Negotiate prices, delivery terms and payment conditions with suppliers",
                 "Prepare purchase orders and contracts in 1C",
                 "Track deliveries and resolve quality claims together with the warehouse",
                 "Maintain the approved supplier list and evaluate suppliers every year"], "•", R),
        heading("Candidate profile"),
        bullets(["Bachelor's degree in Economics, Engineering or Supply Chain Management",
                 "3–5 years of experience in procurement, preferably in an industrial company",
                 "Knowledge of the public procurement law of Azerbaijan",
                 "Advanced MS Excel and working knowledge of 1C",
                 "Fluent Azerbaijani and Russian, good English"], "•", Q),
        heading("Advantages"),
        bullets(["CIPS certification", "Experience with railway spare parts"], "–", N),
        heading("What we offer"),
        bullets(["Competitive salary and annual bonus", "Medical insurance", "Company transport to Bilajari",
                 "Professional training, including CIPS courses"], "•", B),
        heading("Application"),
        para("Send your CV with the subject \"Procurement Specialist\" to tender.jobs@caspianrail.az. "
             "For questions call +994 12 404 55 66."),
    ],
    job=job(title="Procurement Specialist", company="Caspian Rail Logistics LLC", location="Baku, Bilajari rail yard",
            employment_type="full_time", workplace="onsite", salary=salary(2500, None, "AZN"),
            experience_years=exp(3, 5), education="Bachelor's degree in Economics, Engineering or Supply Chain Management",
            skills=["1C", "MS Excel"],
            contact=contact(email="tender.jobs@caspianrail.az", phone="+994 12 404 55 66"),
            deadline="2026-12-30"),
    style={"accent": "#2f5496", "font": "Liberation Sans"},
))

ADS.append(Ad(
    "h05_clinical_research_associate_hf", "libreoffice-odt", "headers-footers", "en",
    header="Novamed CRO — Careers", footer="Page {n} of {m}",
    top=[title("Clinical Research Associate")],
    main=[
        kv(("Company", "Novamed CRO"), ("Location", "Baku (home-based, with visits to hospital sites)"),
           ("Contract", "12-month fixed-term contract, renewable"), ("Salary", "negotiable, depending on experience")),
        para("Novamed CRO manages clinical trials for international pharmaceutical companies in Azerbaijan, "
             "Georgia and Kazakhstan. We currently run 26 studies in oncology, cardiology and vaccines and are "
             "expanding our monitoring team in Baku.", justify=True),
        heading("Key responsibilities"),
        bullets(["Perform site selection, initiation, monitoring and close-out visits",
                 "Verify source data and ensure protocol and ICH-GCP compliance",
                 "Train investigators and site staff on study procedures",
                 "Follow up on adverse events and query resolution",
                 "Prepare visit reports within five working days"], "•", R),
        pagebreak(),
        heading("Qualifications"),
        bullets(["Degree in Life Sciences, Pharmacy, Nursing or Medicine",
                 "Minimum 2 years as a CRA or study coordinator",
                 "Thorough knowledge of ICH-GCP and local regulations",
                 "Willingness to travel up to 50% of the time",
                 "Fluent English and Azerbaijani; Russian is welcome"], "•", Q),
        heading("Preferred"),
        bullets(["Oncology trial experience", "Experience with Medidata Rave or Veeva Vault"], "•", N),
        heading("We provide"),
        bullets(["Flexible home-based work", "Laptop and mobile phone", "Full travel expenses",
                 "Health insurance for you and your children"], "•", B),
        heading("How to apply"),
        para("Please upload your CV at careers@novamed-cro.com or call our HR team on +994 12 310 20 30.", justify=True),
        para("Published: 21 November 2026. Deadline: 19 December 2026."),
    ],
    job=job(title="Clinical Research Associate", company="Novamed CRO", location="Baku",
            employment_type="contract", workplace="hybrid", salary=None, experience_years=exp(2),
            education="Degree in Life Sciences, Pharmacy, Nursing or Medicine",
            skills=["ICH-GCP", "Medidata Rave", "Veeva Vault"],
            contact=contact(email="careers@novamed-cro.com", phone="+994 12 310 20 30"),
            deadline="2026-12-19", posted="2026-11-21"),
    style={"accent": "#8c2d19", "font": "Liberation Serif"},
))

ADS.append(Ad(
    "h06_flutter_developer_sidebar_left", "reportlab", "two-column-sidebar", "en",
    top=[banner("Qonaq App"), title("Mobile Developer (Flutter)")],
    side=[
        heading("At a glance"),
        kv(("Location", "Remote (Azerbaijan, Georgia or Türkiye)"), ("Employment", "Full-time"),
           ("Pay", "up to 4,000 AZN/month net"), ("Experience", "2+ years"), ("Posted", "22 Nov 2026")),
        heading("Apply"),
        lines("jobs@qonaq.app", "t.me/qonaq_hr"),
    ],
    main=[
        para("Qonaq App helps 600 guesthouses and small hotels in the Caucasus take bookings, payments and "
             "reviews from one phone. We are a fully remote team of 14 people and ship a new release every two weeks."),
        heading("What you will build"),
        bullets(["New booking and payment flows in our Flutter app for iOS and Android",
                 "Offline mode and background sync for hosts in mountain villages",
                 "Reusable widgets for our design system",
                 "Automated tests and release pipelines in Codemagic"], "–", R),
        heading("About you"),
        bullets(["2+ years of commercial Flutter and Dart experience",
                 "At least one app published in the App Store and Google Play",
                 "Experience with REST APIs, Firebase and state management (Bloc or Riverpod)",
                 "Good English for written communication"], "–", Q),
        heading("Nice to have"),
        bullets(["Native Kotlin or Swift experience", "Experience with payment SDKs"], "–", N),
        heading("Perks"),
        bullets(["Work from anywhere in our time zone", "Paid annual leave of 28 days",
                 "New MacBook and a co-working budget"], "–", B),
    ],
    side_pos="left",
    job=job(title="Mobile Developer (Flutter)", company="Qonaq App", location="Remote (Azerbaijan, Georgia or Türkiye)",
            employment_type="full_time", workplace="remote", salary=salary(None, 4000, "AZN"),
            experience_years=exp(2), education=None,
            skills=["Flutter", "Dart", "Firebase", "REST APIs", "Bloc", "Riverpod", "Codemagic"],
            contact=contact(email="jobs@qonaq.app", url="t.me/qonaq_hr"),
            posted="2026-11-22"),
    style={"accent": "#e35205", "side_frac": 0.28},
))

ADS.append(Ad(
    "h07_barista_parttime_std14", "reportlab-std14", "single-column", "en",
    top=[title("Barista (part-time)")],
    main=[
        para("Mocha Lane Coffee – Baku, Torgovaya street 12 – part-time, evenings and weekends"),
        para("Mocha Lane Coffee is a specialty coffee bar near Fountain Square. We roast our own beans and "
             "serve about 400 cups a day. Join our friendly team of baristas!"),
        heading("What you will do"),
        bullets(["Prepare espresso drinks, filter coffee and tea to our recipes",
                 "Take orders and payments at the till",
                 "Keep the bar, machines and seating area clean",
                 "Receive deliveries and rotate stock"], "-", R),
        heading("Who we are looking for"),
        bullets(["No experience needed - we will train you",
                 "Friendly and reliable, able to work in a fast team",
                 "Available at least 20 hours a week, including weekends",
                 "Basic English for foreign guests"], "-", Q),
        heading("Pay and perks"),
        bullets(["6.50 AZN per hour plus tips",
                 "Free drinks on shift and a staff meal",
                 "Free barista course after three months"], "-", B),
        para("Interested? Drop in with your CV, write to hello@mochalane.az or call 050 555 12 34."),
    ],
    job=job(title="Barista", company="Mocha Lane Coffee", location="Baku, Torgovaya street 12",
            employment_type="part_time", workplace="onsite", salary=salary(6.5, 6.5, "AZN", "hour"),
            experience_years=exp(0), education=None, skills=["English"],
            contact=contact(email="hello@mochalane.az", phone="050 555 12 34")),
    style={"accent": "#6b3e26"},
))

ADS.append(Ad(
    "h08_legal_counsel_std14_hf", "reportlab-std14", "headers-footers", "en",
    header="Shirvan Holding | Legal Department | Vacancy LC-07", footer="Page {n} of {m}",
    top=[title("Legal Counsel (Corporate and M&A)")],
    main=[
        kv(("Employer", "Shirvan Holding"), ("Location", "Baku, Port Baku Towers"),
           ("Salary", "USD 60,000 - 75,000 per year (gross)"), ("Closing date", "08.01.2027")),
        para("Shirvan Holding is a diversified group with interests in agriculture, logistics, hospitality and "
             "real estate, employing more than 5,000 people in Azerbaijan and Georgia. The Legal Department "
             "supports the holding and its 23 subsidiaries on corporate, commercial and transactional matters.",
             justify=True),
        heading("Responsibilities"),
        bullets(["Advise the Board and management on corporate governance and group restructuring",
                 "Lead legal due diligence for acquisitions and joint ventures",
                 "Draft and negotiate share purchase, shareholder and financing agreements",
                 "Coordinate external law firms and control legal budgets",
                 "Represent the company before state registration bodies"], "•", R),
        pagebreak(),
        heading("Qualifications"),
        bullets(["LLM or Master's degree in Law",
                 "7-10 years of post-qualification experience, of which at least 3 in M&A",
                 "Membership of the Azerbaijan Bar Association is an advantage",
                 "Excellent drafting skills in English and Azerbaijani"], "•", Q),
        heading("Benefits"),
        bullets(["Annual bonus of up to 30% of the base salary", "Private medical insurance for the family",
                 "Company car", "30 calendar days of annual leave"], "•", B),
        heading("How to apply"),
        para("Send your CV and a cover letter to legal.recruitment@shirvanholding.com quoting LC-07. "
             "Posted 24/11/2026."),
    ],
    job=job(title="Legal Counsel (Corporate and M&A)", company="Shirvan Holding", location="Baku, Port Baku Towers",
            employment_type="full_time", workplace="onsite", salary=salary(60000, 75000, "USD", "year"),
            experience_years=exp(7, 10), education="LLM or Master's degree in Law", skills=["English", "Azerbaijani"],
            contact=contact(email="legal.recruitment@shirvanholding.com"),
            deadline="2027-01-08", posted="2026-11-24"),
    style={"font": "Times-Roman", "bold": "Times-Bold", "accent": "#222222", "size_pt": 10.5},
))

ADS.append(Ad(
    "h09_maintenance_electrician_sections", "fpdf2", "table-sections", "en",
    top=[banner("AZER GLASS WORKS"), title("Maintenance Electrician")],
    main=[
        para("Sumgait, Chemical Industrial Park · full-time · three-shift operation"),
        sections(
            ("About us", [para("Azer Glass Works produces 120,000 tonnes of float and container glass a year for "
                               "the construction and beverage industries.")]),
            ("Responsibilities", [bullets(["Carry out preventive and corrective maintenance of electrical equipment",
                                           "Troubleshoot motors, drives, PLC panels and furnace controls",
                                           "Record all work orders in the maintenance system",
                                           "Follow lock-out/tag-out and permit-to-work procedures"], "•", R)]),
            ("Requirements", [bullets(["Vocational diploma in electrical engineering",
                                       "Minimum 3 years of industrial maintenance experience",
                                       "Electrical safety group IV or higher",
                                       "Ability to read electrical drawings; Siemens S7 knowledge is a plus"], "•", Q)]),
            ("We offer", [bullets(["1 100 – 1 400 manat per month + shift allowance",
                                   "Free transport from Sumgait and Baku", "Work clothes and free meals",
                                   "Annual medical check-up"], "•", B)]),
            ("Contact", [para("Send your CV by 12 December 2026 to hr@azerglass.az or call +994 18 644 30 30.")]),
        ),
    ],
    job=job(title="Maintenance Electrician", company="Azer Glass Works", location="Sumgait, Chemical Industrial Park",
            employment_type="full_time", workplace="onsite", salary=salary(1100, 1400, "AZN"),
            experience_years=exp(3), education="Vocational diploma in electrical engineering",
            skills=["PLC", "Siemens S7"],
            contact=contact(email="hr@azerglass.az", phone="+994 18 644 30 30"),
            deadline="2026-12-12"),
    style={"accent": "#004b6b"},
))

ADS.append(Ad(
    "h10_content_writer_justified_hyphens", "weasyprint", "single-column", "en",
    top=[title("Freelance Travel Content Writer")],
    main=[
        para("Caspian Travel Magazine · remote · freelance contract"),
        para("Caspian Travel Magazine publishes independent travel recommendations, accommodation reviews and "
             "practical itineraries about Azerbaijan, Georgia and Central Asia in English. Our readership has "
             "grown to 250,000 monthly visitors, and we need experienced freelance writers who combine "
             "storytelling with meticulous fact-checking and understand internationalisation of content.",
             justify=True),
        heading("Responsibilities"),
        bullets(["Write two to four long-form destination guides per month",
                 "Research accommodation, transportation and gastronomy recommendations",
                 "Optimise articles for search engines using our editorial guidelines",
                 "Supply your own photographs or source properly licensed images"], "disc", R),
        heading("Requirements"),
        bullets(["3-5 years of professional writing experience, ideally in travel journalism",
                 "Native or near-native English",
                 "Portfolio of at least five published articles",
                 "Working knowledge of WordPress and basic SEO"], "disc", Q),
        heading("Terms"),
        bullets(["Rate: €25 per hour, invoiced monthly",
                 "Flexible schedule and fully remote collaboration",
                 "Press trips to new destinations twice a year"], "disc", B),
        para("Applications close on 31.12.2026. Send your portfolio through "
             "https://caspiantravel.media/write-for-us or e-mail editors@caspiantravel.media. "
             "Shortlisted writers will receive a paid test assignment; characteristically, our "
             "editors respond within ten working days.", justify=True),
    ],
    job=job(title="Freelance Travel Content Writer", company="Caspian Travel Magazine", location=None,
            employment_type="contract", workplace="remote", salary=salary(25, 25, "EUR", "hour"),
            experience_years=exp(3, 5), education=None, skills=["WordPress", "SEO", "English"],
            contact=contact(email="editors@caspiantravel.media", url="https://caspiantravel.media/write-for-us"),
            deadline="2026-12-31"),
    style={"accent": "#2b6777", "hyphens": True, "ml": "45mm", "mr": "45mm",
           "font": '"Noto Serif", serif', "size": "10.5pt"},
))

ADS.append(Ad(
    "h11_quant_risk_analyst_latex_hf", "pdflatex", "headers-footers", "en",
    header="Caucasus Capital Partners – Careers", footer="Page {n} of {m}",
    top=[title("Quantitative Risk Analyst")],
    main=[
        para("Caucasus Capital Partners – Baku White City office – hybrid working"),
        para("Caucasus Capital Partners is an independent asset manager affiliated with three regional banks. "
             "We manage fixed-income and equity portfolios for pension funds, insurers and family offices. "
             "The risk team builds the firm's official market and liquidity risk figures and works closely "
             "with portfolio managers on efficient hedging.", justify=True),
        heading("Responsibilities"),
        bullets(["Develop and validate market risk models (VaR, expected shortfall, stress testing)",
                 "Calculate daily risk figures and investigate significant differences",
                 "Automate the reporting workflow in Python and SQL",
                 "Present findings to the investment committee in a clear, confident way",
                 "Support regulatory reporting to the Central Bank"], "•", R),
        pagebreak(),
        heading("Requirements"),
        bullets(["Master's degree or PhD in Financial Mathematics, Statistics or Physics",
                 "At least 4 years of experience in quantitative finance",
                 "Proficiency in Python (NumPy, pandas) and SQL",
                 "Solid knowledge of fixed-income instruments and derivatives",
                 "Fluent English; Azerbaijani or Russian is beneficial"], "•", Q),
        heading("Nice to have"),
        bullets(["FRM or CFA certification", "Experience with Bloomberg PORT"], "•", N),
        heading("Our offer"),
        bullets(["EUR 70,000-85,000 annually plus a discretionary bonus",
                 "Hybrid working: three days in the office, two from home",
                 "Health and life insurance", "Sponsored professional certifications"], "•", B),
        heading("Application"),
        para("Please send your CV and a short cover letter to careers@caucasuscapital.com. "
             "Closing date: 20 December 2026."),
    ],
    job=job(title="Quantitative Risk Analyst", company="Caucasus Capital Partners", location="Baku White City office",
            employment_type="full_time", workplace="hybrid", salary=salary(70000, 85000, "EUR", "year"),
            experience_years=exp(4), education="Master's degree or PhD in Financial Mathematics, Statistics or Physics",
            skills=["Python", "SQL", "NumPy", "pandas", "Bloomberg PORT"],
            contact=contact(email="careers@caucasuscapital.com"), deadline="2026-12-20"),
    style={"accent": "#1b365d"},
))

ADS.append(Ad(
    "h12_truck_driver_groff_table", "groff-ps2pdf", "table-header", "en",
    top=[title("Long-Haul Truck Driver (Category CE)")],
    main=[
        table([["Company", "Silk Way Transport LLC"],
               ["Base", "Baku, Lokbatan settlement"],
               ["Routes", "Baku – Tbilisi – Istanbul and back"],
               ["Pay", "120 AZN per day on the road"],
               ["Schedule", "3 weeks on the road, 1 week at home"],
               ["Apply by", "December 20, 2026"]]),
        para("Silk Way Transport LLC operates a fleet of 85 modern tractor units with refrigerated and tilt "
             "trailers. We carry fruit, vegetables and consumer goods between the Caspian region and Europe, "
             "and we are expanding our international team for the winter season."),
        heading("Duties"),
        bullets(["Drive international routes safely and according to the delivery schedule",
                 "Check the vehicle and the refrigeration unit before every trip",
                 "Handle CMR, TIR and customs documents at the borders",
                 "Keep in touch with the dispatcher and report delays immediately"], "•", R),
        heading("Requirements"),
        bullets(["Category CE driving licence and a valid tachograph card",
                 "At least 5 years of international driving experience",
                 "ADR certificate is an advantage",
                 "Basic Russian or Turkish"], "•", Q),
        heading("We offer"),
        bullets(["Daily allowance paid for every day on the road",
                 "Modern Volvo and DAF trucks",
                 "Official employment and social insurance",
                 "Paid accommodation during loading and unloading"], "•", B),
        para("Call the fleet office at (012) 447 80 80 or write to drivers@silkwaytransport.az. "
             "Specify your licence category and years of international experience."),
    ],
    job=job(title="Long-Haul Truck Driver (Category CE)", company="Silk Way Transport LLC",
            location="Baku, Lokbatan settlement", employment_type="full_time", workplace="onsite",
            salary=salary(120, 120, "AZN", "day"), experience_years=exp(5), education=None,
            skills=["Category CE driving licence", "ADR certificate", "Russian", "Turkish"],
            contact=contact(email="drivers@silkwaytransport.az", phone="(012) 447 80 80"),
            deadline="2026-12-20"),
    style={"family": "T", "size": 11},
))

ADS.append(Ad(
    "h13_receptionist_scanned", "pillow-image", "image-only", "en",
    top=[title("Receptionist")],
    main=[
        para("Green Dental Clinic – Baku, Khatai district – full-time"),
        para("Green Dental Clinic is a modern dental practice with six treatment rooms. We are looking for a "
             "welcoming receptionist to manage appointments and patient records."),
        heading("Tasks"),
        bullets(["Greet patients and manage the appointment calendar",
                 "Answer phone calls and messages",
                 "Handle payments and insurance forms"], "•", R),
        heading("Requirements"),
        bullets(["Secondary or higher education",
                 "At least 1 year of experience at a reception desk",
                 "Azerbaijani, Russian and basic English"], "•", Q),
        heading("We offer"),
        bullets(["Salary: 700 AZN per month", "Free dental care", "Paid annual leave"], "•", B),
        para("Call +994 12 480 90 90 or e-mail admin@greendental.az. Deadline: 14.12.2026."),
    ],
    job=job(title="Receptionist", company="Green Dental Clinic", location="Baku, Khatai district",
            employment_type="full_time", workplace="onsite", salary=salary(700, 700, "AZN"),
            experience_years=exp(1), education="Secondary or higher education",
            skills=["Azerbaijani", "Russian", "English"],
            contact=contact(email="admin@greendental.az", phone="+994 12 480 90 90"), deadline="2026-12-14"),
))

ADS.append(Ad(
    "h14_software_intern_weasy_sections", "weasyprint", "table-sections", "en",
    top=[banner("Nargiz Digital"), title("Software Engineering Intern"),
         para("Summer Internship 2027 · Baku, Nasimi district · hybrid · 3 months")],
    main=[
        sections(
            ("The programme", [para("Nargiz Digital builds e-commerce and delivery platforms for retailers in "
                                    "Azerbaijan. Every summer we host eight interns who work on real features "
                                    "with a mentor.")]),
            ("What you will do", [bullets(["Build features for our React and Node.js web apps",
                                           "Write unit and integration tests",
                                           "Take part in code reviews and daily stand-ups",
                                           "Present your project at the final demo day"], "–", R)]),
            ("Who can apply", [bullets(["Third- or fourth-year student in Computer Science or Software Engineering",
                                        "Basic knowledge of JavaScript or TypeScript",
                                        "Familiarity with Git",
                                        "Good English"], "–", Q)]),
            ("Conditions", [bullets(["Stipend: 600 AZN per month",
                                     "Mentor and weekly feedback sessions",
                                     "Job offer for the best interns"], "–", B)]),
            ("Apply", [para("Apply until 15 February 2027 at https://nargizdigital.az/internship.")]),
        ),
    ],
    job=job(title="Software Engineering Intern", company="Nargiz Digital", location="Baku, Nasimi district",
            employment_type="internship", workplace="hybrid", salary=salary(600, 600, "AZN"),
            experience_years=None, education="Third- or fourth-year student in Computer Science or Software Engineering",
            skills=["React", "Node.js", "JavaScript", "TypeScript", "Git"],
            contact=contact(url="https://nargizdigital.az/internship"), deadline="2027-02-15"),
    style={"accent": "#5b2a86"},
))

# =============================================================================== Azerbaijani

ADS.append(Ad(
    "a01_muhasib_cedvel", "chromium-html", "table-header", "az",
    top=[banner("NƏQLİYYAT SERVİS MMC"), title("Mühasib")],
    main=[
        table([["Şirkət", "Nəqliyyat Servis MMC"],
               ["İş yeri", "Bakı şəh., Nərimanov r."],
               ["İş rejimi", "Tam ştat, 09:00–18:00"],
               ["Maaş", "1200–1500 ₼"],
               ["Təcrübə", "2-4 il"],
               ["Son müraciət tarixi", "25 dekabr 2026"]]),
        para("Nəqliyyat Servis MMC yük daşımaları və ekspedisiya xidmətləri göstərən şirkətdir. "
             "Maliyyə şöbəsinə mühasib tələb olunur."),
        heading("Vəzifə öhdəlikləri"),
        bullets(["İlkin sənədlərin yoxlanılması və uçota alınması",
                 "Bank və kassa əməliyyatlarının aparılması",
                 "ƏDV və gəlir vergisi bəyannamələrinin hazırlanması",
                 "Kontragentlərlə üzləşmə aktlarının tərtib edilməsi"], "•", R),
        heading("Tələblər"),
        bullets(["Ali iqtisadi təhsil (mühasibat uçotu ixtisası üstünlükdür)",
                 "Mühasib vəzifəsində 2-4 il iş təcrübəsi",
                 "1C: Mühasibat proqramını və MS Excel-i mükəmməl bilməsi",
                 "Vergi Məcəlləsini bilməsi"], "•", Q),
        heading("Şirkət təklif edir"),
        bullets(["Rəsmi əmək müqaviləsi", "İllik mükafat", "Tibbi sığorta"], "•", B),
        para("Maraqlananlar CV-ni hr@neqliyyatservis.az ünvanına göndərə və ya 012 565 43 21 nömrəsi ilə əlaqə saxlaya bilərlər."),
    ],
    job=job(title="Mühasib", company="Nəqliyyat Servis MMC", location="Bakı şəh., Nərimanov r.",
            employment_type="full_time", workplace="onsite", salary=salary(1200, 1500, "AZN"),
            experience_years=exp(2, 4), education="Ali iqtisadi təhsil (mühasibat uçotu ixtisası üstünlükdür)",
            skills=["1C: Mühasibat", "MS Excel"],
            contact=contact(email="hr@neqliyyatservis.az", phone="012 565 43 21"), deadline="2026-12-25"),
    style={"accent": "#9c2a00"},
))

ADS.append(Ad(
    "a02_satis_meneceri_docx", "libreoffice-docx", "single-column", "az",
    top=[title("Satış meneceri")],
    main=[
        para("Kaspi Avto Salon · Bakı, Babək prospekti 44 · tam iş günü"),
        para("Kaspi Avto Salon 2012-ci ildən bəri Azərbaycanda yeni və yürüşlü avtomobillərin satışı ilə məşğuldur. "
             "Satış komandamızı genişləndirmək üçün təcrübəli satış meneceri axtarırıq.", justify=True),
        heading("Əsas vəzifələr"),
        bullets(["Salona gələn müştərilərə avtomobillər haqqında məlumat vermək",
                 "Test-sürüşlər təşkil etmək",
                 "Kredit və lizinq sənədlərini hazırlamaq",
                 "Müştəri bazasını CRM sistemində aparmaq",
                 "Aylıq satış planını yerinə yetirmək"], "–", R),
        heading("Namizədə tələblər"),
        bullets(["Ali təhsil",
                 "Satış sahəsində 2 ildən az olmayan iş təcrübəsi",
                 "B kateqoriyalı sürücülük vəsiqəsi",
                 "Azərbaycan və rus dillərini sərbəst bilməsi"], "–", Q),
        heading("Üstünlük verilir"),
        bullets(["Avtomobil salonunda iş təcrübəsi", "İngilis dilini bilmək"], "–", N),
        heading("Şərtlər"),
        bullets(["Əmək haqqı: 900 AZN-dən başlayaraq + satışdan faiz",
                 "Rəsmi əmək müqaviləsi və sosial sığorta",
                 "Korporativ mobil nömrə"], "–", B),
        para("CV-lərinizi satis@kaspiavto.az ünvanına göndərin. Əlaqə: +994 55 720 11 22."),
        para("Elan tarixi: 19 noyabr 2026. Son tarix: 20 dekabr 2026."),
    ],
    job=job(title="Satış meneceri", company="Kaspi Avto Salon", location="Bakı, Babək prospekti 44",
            employment_type="full_time", workplace="onsite", salary=salary(900, None, "AZN"),
            experience_years=exp(2), education="Ali təhsil", skills=["CRM", "B kateqoriyalı sürücülük vəsiqəsi"],
            contact=contact(email="satis@kaspiavto.az", phone="+994 55 720 11 22"),
            deadline="2026-12-20", posted="2026-11-19"),
    style={"accent": "#c00000"},
))

ADS.append(Ad(
    "a03_tibb_bacisi_sections_odt", "libreoffice-odt", "table-sections", "az",
    top=[banner("HƏYAT TİBB MƏRKƏZİ"), title("Tibb bacısı (yarımştat)")],
    main=[
        para("Həyat Tibb Mərkəzi Gəncə şəhərində fəaliyyət göstərən çoxprofilli klinikadır. Stasionar şöbəyə tibb bacısı tələb olunur."),
        sections(
            ("Vəzifələr", [bullets(["Həkim təyinatlarının vaxtında yerinə yetirilməsi",
                                    "İnyeksiya və sistemlərin qoyulması",
                                    "Xəstələrin vəziyyətinə nəzarət və qeydiyyat",
                                    "Dərman vasitələrinin uçotu"], "•", R)]),
            ("Tələblər", [bullets(["Orta tibbi təhsil",
                                   "Tibb bacısı kimi ən azı 1 il iş təcrübəsi",
                                   "Növbəli işləməyə hazır olmaq",
                                   "Məsuliyyətli və diqqətli olmaq"], "•", Q)]),
            ("İş şəraiti", [bullets(["Yarımştat: həftədə 3 növbə (08:00–20:00)",
                                     "Əmək haqqı: razılaşma yolu ilə",
                                     "Pulsuz yemək və xüsusi geyim"], "•", B)]),
            ("Əlaqə", [para("Müraciətlər 10.01.2027 tarixinədək qəbul edilir: kadr@heyattibb.az, (022) 256-30-40.")]),
        ),
    ],
    job=job(title="Tibb bacısı", company="Həyat Tibb Mərkəzi", location="Gəncə",
            employment_type="part_time", workplace="onsite", salary=None, experience_years=exp(1),
            education="Orta tibbi təhsil", skills=[],
            contact=contact(email="kadr@heyattibb.az", phone="(022) 256-30-40"), deadline="2027-01-10"),
    style={"accent": "#0f7a5a", "font": "Liberation Sans", "size_pt": 10.5},
))

ADS.append(Ad(
    "a04_bas_muhendis_reportlab_hf", "reportlab", "headers-footers", "az",
    header="Qala İnşaat ASC · Vakansiya № 58", footer="Səhifə {n} / {m}",
    top=[title("Baş mühəndis (tikinti)")],
    main=[
        kv(("Şirkət", "Qala İnşaat ASC"), ("İş yeri", "Bakı, Xətai rayonu"),
           ("Əmək haqqı", "3 000 – 4 000 manat"), ("Son müraciət tarixi", "31.12.2026")),
        para("Qala İnşaat ASC yaşayış kompleksləri, məktəblər və sənaye obyektlərinin tikintisi üzrə baş "
             "podratçıdır. Şirkət hazırda Bakıda və Sumqayıtda 9 layihə həyata keçirir. Yeni yaşayış "
             "kompleksinin tikintisi üçün baş mühəndis axtarırıq.", justify=True),
        heading("Vəzifə öhdəlikləri"),
        bullets(["Tikinti işlərinin layihəyə və normativlərə uyğun aparılmasına nəzarət",
                 "İşlərin qrafikinin hazırlanması və icrasına nəzarət",
                 "Subpodratçıların işinin əlaqələndirilməsi",
                 "İcra sənədlərinin və aktların yoxlanılması",
                 "Texniki nəzarət orqanları ilə iş"], "•", R),
        pagebreak(),
        heading("Namizədə tələblər"),
        bullets(["Ali texniki təhsil (inşaat mühəndisliyi)",
                 "Baş mühəndis və ya layihə rəhbəri vəzifəsində 5 ildən artıq təcrübə",
                 "AutoCAD, MS Project və smeta proqramlarını bilməsi",
                 "Tikinti normalarını və qaydalarını bilməsi"], "•", Q),
        heading("Təklif edirik"),
        bullets(["Yüksək əmək haqqı və rüblük mükafat", "Xidməti avtomobil",
                 "Tibbi sığorta", "Peşəkar inkişaf imkanları"], "•", B),
        heading("Müraciət"),
        para("CV-nizi hr@qalainsaat.az ünvanına \"Baş mühəndis\" mövzusu ilə göndərin. Tel.: (012) 430 55 66."),
    ],
    job=job(title="Baş mühəndis (tikinti)", company="Qala İnşaat ASC", location="Bakı, Xətai rayonu",
            employment_type="full_time", workplace="onsite", salary=salary(3000, 4000, "AZN"),
            experience_years=exp(5), education="Ali texniki təhsil (inşaat mühəndisliyi)",
            skills=["AutoCAD", "MS Project"],
            contact=contact(email="hr@qalainsaat.az", phone="(012) 430 55 66"), deadline="2026-12-31"),
    style={"accent": "#5a3e1b"},
))

ADS.append(Ad(
    "a05_qrafik_dizayner_fpdf_sidebar", "fpdf2", "two-column-sidebar", "az",
    top=[banner("PALİTRA STUDİYA"), title("Qrafik dizayner (frilans)")],
    main=[
        para("Palitra Studiya brendinq, qablaşdırma və sosial media dizaynı ilə məşğul olan kreativ agentlikdir. "
             "Layihələrimiz üçün uzaqdan işləyən qrafik dizayner axtarırıq."),
        heading("İş təsviri"),
        bullets(["Loqo və korporativ üslub elementlərinin hazırlanması",
                 "Sosial media üçün vizualların dizaynı",
                 "Qablaşdırma və çap materiallarının maketlənməsi"], "•", R),
        heading("Tələblər"),
        bullets(["Adobe Illustrator, Photoshop və Figma proqramlarını mükəmməl bilmək",
                 "Portfolio təqdim etmək",
                 "Qrafik dizayn sahəsində ən azı 2 il təcrübə"], "•", Q),
        heading("Təklif edirik"),
        bullets(["Çevik iş qrafiki", "Müntəzəm layihələr", "Həftəlik ödəniş"], "•", B),
    ],
    side=[
        heading("Qısa məlumat"),
        kv(("İş forması", "Uzaqdan (remote)"), ("Ödəniş", "saatlıq 15 AZN"), ("Təcrübə", "ən azı 2 il"),
           ("Dərc olunub", "23.11.2026")),
        heading("Əlaqə"),
        lines("design@palitra.az", "https://palitra.az/vakansiya"),
    ],
    side_pos="right",
    job=job(title="Qrafik dizayner", company="Palitra Studiya", location=None,
            employment_type="contract", workplace="remote", salary=salary(15, 15, "AZN", "hour"),
            experience_years=exp(2), education=None, skills=["Adobe Illustrator", "Photoshop", "Figma"],
            contact=contact(email="design@palitra.az", url="https://palitra.az/vakansiya"), posted="2026-11-23"),
    style={"accent": "#d1495b", "side_frac": 0.32},
))

ADS.append(Ad(
    "a06_hr_mutexessis_weasy_multipage", "weasyprint", "multi-page", "az",
    top=[banner("GÜNƏŞ ENERJİ MMC"), title("İnsan resursları üzrə mütəxəssis")],
    main=[
        kv(("İş yeri", "Bakı, Səbail rayonu"), ("İş rejimi", "Hibrid (həftədə 2 gün evdən)"),
           ("Əmək haqqı", "2 500 AZN-dək"), ("Təcrübə", "3 ildən 5 ilədək")),
        para("Günəş Enerji MMC Azərbaycanda günəş və külək elektrik stansiyalarının layihələndirilməsi, "
             "tikintisi və istismarı ilə məşğul olan şirkətdir. Şirkətdə 320 nəfər çalışır və komandamız "
             "sürətlə böyüyür. İnsan resursları departamentinə təcrübəli mütəxəssis axtarırıq.", justify=True),
        para("Bu vəzifədə siz işə qəbul prosesindən tutmuş əməkdaşların adaptasiyasına, təlimlərin təşkilinə "
             "və kadr sənədlərinin aparılmasına qədər geniş bir sahədə məsuliyyət daşıyacaqsınız. İnsan "
             "resursları rəhbəri ilə birbaşa işləyəcək, həmçinin regionlardakı stansiyalarımıza ezamiyyətlərə "
             "gedəcəksiniz.", justify=True),
        heading("Vəzifə öhdəlikləri"),
        bullets(["Vakansiyaların elan edilməsi, CV-lərin seçilməsi və müsahibələrin keçirilməsi",
                 "Yeni əməkdaşların adaptasiya proqramının həyata keçirilməsi",
                 "Əmək müqavilələrinin, əmrlərin və şəxsi işlərin aparılması",
                 "Əmək.az elektron sisteminə məlumatların daxil edilməsi",
                 "Təlim ehtiyaclarının müəyyən edilməsi və təlimlərin təşkili",
                 "İllik fəaliyyətin qiymətləndirilməsi prosesinin koordinasiyası",
                 "İnsan resursları hesabatlarının hazırlanması"], "disc", R),
        heading("Namizədə tələblər"),
        bullets(["Ali təhsil (insan resursları, psixologiya və ya menecment)",
                 "İnsan resursları sahəsində 3 ildən 5 ilədək iş təcrübəsi",
                 "Əmək Məcəlləsini yaxşı bilməsi",
                 "MS Office proqramlarını və Əmək.az sistemini bilməsi",
                 "Azərbaycan, ingilis və rus dillərini bilməsi"], "disc", Q),
        heading("Üstünlük sayılır"),
        bullets(["Enerji və ya tikinti sahəsində iş təcrübəsi",
                 "CIPD və ya SHRM sertifikatı"], "disc", N),
        heading("Şirkət təklif edir"),
        bullets(["Rəsmi əmək müqaviləsi və tam sosial paket",
                 "Hibrid iş rejimi",
                 "Tibbi sığorta (ailə üzvləri daxil olmaqla)",
                 "Peşəkar təlim və sertifikasiya imkanları",
                 "İldə 2 dəfə mükafat"], "disc", B),
        heading("Seçim mərhələləri"),
        para("Seçim prosesi üç mərhələdən ibarətdir: CV-lərin ilkin seçimi, insan resursları rəhbəri ilə "
             "müsahibə və praktik tapşırıq. Yalnız ilkin seçimdən keçən namizədlərlə əlaqə saxlanılacaq. "
             "Müsahibələr dekabr ayının son həftəsində Bakı ofisimizdə keçiriləcək.", justify=True),
        heading("Müraciət qaydası"),
        para("CV-nizi və motivasiya məktubunuzu karyera@gunesenerji.az ünvanına göndərin. Məktubun mövzusunda "
             "\"İR mütəxəssisi\" yazın. Əlavə suallar üçün: +994 12 599 07 07.", justify=True),
        para("Elanın tarixi: 18.11.2026. Son tarix: 18 dekabr 2026."),
    ],
    job=job(title="İnsan resursları üzrə mütəxəssis", company="Günəş Enerji MMC", location="Bakı, Səbail rayonu",
            employment_type="full_time", workplace="hybrid", salary=salary(None, 2500, "AZN"),
            experience_years=exp(3, 5), education="Ali təhsil (insan resursları, psixologiya və ya menecment)",
            skills=["MS Office", "Əmək.az"],
            contact=contact(email="karyera@gunesenerji.az", phone="+994 12 599 07 07"),
            deadline="2026-12-18", posted="2026-11-18"),
    style={"accent": "#e0a100", "size": "12pt"},
))

ADS.append(Ad(
    "a07_ofisiant_sidebar_left", "chromium-html", "two-column-sidebar", "az",
    top=[banner("NAR RESTORANI"), title("Ofisiant")],
    side=[
        heading("Vakansiya haqqında"),
        kv(("Ünvan", "Bakı, Nizami küçəsi 85"), ("İş qrafiki", "17:00–23:00, yarımştat"),
           ("Ödəniş", "gündəlik 40 AZN + bəxşiş"), ("Son tarix", "05.12.2026")),
        heading("Əlaqə"),
        lines("WhatsApp: +994 70 400 50 60", "insta: @nar.restorani"),
    ],
    main=[
        para("Nar Restoranı milli və Avropa mətbəxi təqdim edən, 120 nəfərlik zalı olan ailə restoranıdır. "
             "Axşam növbəsi üçün ofisiantlar tələb olunur."),
        heading("Vəzifələr"),
        bullets(["Qonaqları qarşılamaq və yerləşdirmək", "Sifarişləri qəbul etmək və süfrəyə vermək",
                 "Zalın təmizliyinə və səliqəsinə nəzarət etmək", "Hesabı təqdim etmək"], "disc", R),
        heading("Tələblər"),
        bullets(["Təcrübə tələb olunmur, təlim keçirilir", "18–30 yaş", "Səliqəli xarici görünüş",
                 "Rus dilini danışıq səviyyəsində bilmək"], "disc", Q),
        heading("Təklif edirik"),
        bullets(["Gündəlik ödəniş", "Pulsuz yemək", "Gecə taksi xərcinin ödənilməsi"], "disc", B),
    ],
    side_pos="left",
    job=job(title="Ofisiant", company="Nar Restoranı", location="Bakı, Nizami küçəsi 85",
            employment_type="part_time", workplace="onsite", salary=salary(40, 40, "AZN", "day"),
            experience_years=exp(0), education=None, skills=[],
            contact=contact(phone="+994 70 400 50 60"), deadline="2026-12-05"),
    style={"accent": "#a4161a", "side_w": "28%"},
))

ADS.append(Ad(
    "a08_java_muhendis_docx_hf", "libreoffice-docx", "headers-footers", "az",
    header="Xəzər Fintex MMC — Karyera", footer="Səh. {n} / {m}",
    top=[title("Proqram təminatı mühəndisi (Java)")],
    main=[
        para("Xəzər Fintex · Bakı, Gənclik Mall biznes mərkəzi · hibrid iş rejimi"),
        para("Xəzər Fintex banklar və sığorta şirkətləri üçün ödəniş və kredit platformaları hazırlayır. "
             "Məhsullarımızdan hər gün 2 milyondan çox istifadəçi yararlanır. Komandamıza backend istiqamətində "
             "təcrübəli Java mühəndisi axtarırıq.", justify=True),
        heading("Vəzifələr"),
        bullets(["Spring Boot əsasında mikroservislərin hazırlanması və dəstəklənməsi",
                 "PostgreSQL və Oracle verilənlər bazaları ilə iş",
                 "Kafka vasitəsilə hadisə axınlarının qurulması",
                 "Kod baxışlarında iştirak və gənc mütəxəssislərə mentorluq"], "•", R),
        pagebreak(),
        heading("Tələblər"),
        bullets(["Kompüter elmləri və ya oxşar sahədə bakalavr dərəcəsi",
                 "Java ilə ən azı 4 il kommersiya təcrübəsi",
                 "Spring Boot, Hibernate və REST API bilikləri",
                 "Docker və Kubernetes ilə iş təcrübəsi",
                 "İngilis dilini texniki sənədləri oxumaq səviyyəsində bilmək"], "•", Q),
        heading("Üstünlüklər"),
        bullets(["Bank sahəsində iş təcrübəsi", "Kotlin biliyi"], "•", N),
        heading("Təklif edirik"),
        bullets(["Əmək haqqı: 4500-6000 AZN (gross)", "Hibrid iş rejimi (həftədə 3 gün ofisdə)",
                 "Tibbi sığorta", "İllik təlim büdcəsi"], "•", B),
        heading("Müraciət"),
        para("Müraciət etmək üçün https://xezerfintex.az/karyera səhifəsindəki formu doldurun. "
             "Son müraciət tarixi: 15 yanvar 2027-ci il."),
    ],
    job=job(title="Proqram təminatı mühəndisi (Java)", company="Xəzər Fintex", location="Bakı, Gənclik Mall biznes mərkəzi",
            employment_type="full_time", workplace="hybrid", salary=salary(4500, 6000, "AZN"),
            experience_years=exp(4), education="Kompüter elmləri və ya oxşar sahədə bakalavr dərəcəsi",
            skills=["Java", "Spring Boot", "PostgreSQL", "Oracle", "Kafka", "Hibernate", "Docker", "Kubernetes"],
            contact=contact(url="https://xezerfintex.az/karyera"), deadline="2027-01-15"),
    style={"accent": "#00509d"},
))

ADS.append(Ad(
    "a09_marketinq_tecrubeci_fpdf", "fpdf2", "single-column", "az",
    top=[title("Marketinq üzrə təcrübəçi")],
    main=[
        para("Azəri Çay Evi · Lənkəran və Bakı · ödənişli təcrübə proqramı (3 ay)"),
        para("Azəri Çay Evi Lənkəran çayını Azərbaycanın 200-dən çox mağazasına və xaricə tədarük edir. "
             "Marketinq komandamız tələbələr və gənc məzunlar üçün üç aylıq təcrübə proqramı elan edir.",
             justify=True),
        heading("Təcrübəçi nə edəcək"),
        bullets(["Sosial media hesablarımız üçün kontent planı hazırlamaq",
                 "Mağazalarda dequstasiya aksiyalarının təşkilinə kömək etmək",
                 "Bazar araşdırmaları aparmaq və rəqiblərin təhlilini hazırlamaq"], "–", R),
        heading("Kimlər müraciət edə bilər"),
        bullets(["Son kurs tələbəsi və ya məzun (marketinq, jurnalistika)",
                 "Canva və Instagram ilə işləmək bacarığı",
                 "Yaradıcı və təşəbbüskar olmaq"], "–", Q),
        heading("Biz nə təklif edirik"),
        bullets(["Təqaüd: aylıq 400 AZN", "Təcrübə sertifikatı və tövsiyə məktubu",
                 "Uğurlu təcrübəçilərə iş təklifi"], "–", B),
        para("Son müraciət: 10 yanvar 2027. CV-ni staj@azericay.az ünvanına göndərin."),
    ],
    job=job(title="Marketinq üzrə təcrübəçi", company="Azəri Çay Evi", location="Lənkəran və Bakı",
            employment_type="internship", workplace="onsite", salary=salary(400, 400, "AZN"),
            experience_years=None, education="Son kurs tələbəsi və ya məzun (marketinq, jurnalistika)",
            skills=["Canva", "Instagram"], contact=contact(email="staj@azericay.az"), deadline="2027-01-10"),
    style={"accent": "#2d6a4f"},
))

# =============================================================================== Russian

ADS.append(Ad(
    "r01_programmist_cpp_latex", "pdflatex", "single-column", "ru",
    top=[title("Инженер-программист C++")],
    main=[
        para("ТехноКаспий, Баку, гибридный формат работы"),
        para("Компания «ТехноКаспий» разрабатывает программное обеспечение для систем учёта нефти и газа, "
             "телеметрии и автоматизации промышленных объектов. Мы ищем инженера-программиста в команду "
             "разработки серверных компонентов."),
        heading("Обязанности"),
        bullets(["Разработка и сопровождение серверных модулей на C++17/20",
                 "Оптимизация производительности и работы с памятью",
                 "Интеграция с промышленными протоколами Modbus и OPC UA",
                 "Написание модульных тестов и участие в код-ревью"], "num", R),
        heading("Требования"),
        bullets(["Высшее техническое образование",
                 "Опыт коммерческой разработки на C++ от 3 лет",
                 "Знание STL, Boost, многопоточного программирования",
                 "Опыт работы с Linux, CMake и Git"], "num", Q),
        heading("Будет плюсом"),
        bullets(["Опыт работы с Qt", "Знание Python для автоматизации"], "num", N),
        heading("Условия"),
        bullets(["Заработная плата от 3 500 до 5 000 AZN на руки",
                 "Гибридный формат: три дня в офисе",
                 "Медицинская страховка и оплачиваемое обучение"], "num", B),
        para("Резюме принимаются до 25 декабря 2026 г. по адресу cv@technocaspian.az, телефон +994 12 555 40 40."),
    ],
    job=job(title="Инженер-программист C++", company="ТехноКаспий", location="Баку",
            employment_type="full_time", workplace="hybrid", salary=salary(3500, 5000, "AZN"),
            experience_years=exp(3), education="Высшее техническое образование",
            skills=["C++", "STL", "Boost", "Linux", "CMake", "Git", "Modbus", "OPC UA", "Qt", "Python"],
            contact=contact(email="cv@technocaspian.az", phone="+994 12 555 40 40"), deadline="2026-12-25"),
    style={"accent": "#333366"},
))

ADS.append(Ad(
    "r02_menedzher_logistika_sections", "chromium-html", "table-sections", "ru",
    top=[banner("КАСПИАН КАРГО"), title("Менеджер по логистике")],
    main=[
        para("Баку, Хатаинский район · полная занятость · офис"),
        sections(
            ("О компании", [para("«Каспиан Карго» организует международные автомобильные и железнодорожные "
                                 "перевозки между Азербайджаном, Турцией, Россией и Китаем.")]),
            ("Обязанности", [bullets(["Планирование и сопровождение перевозок",
                                      "Подбор перевозчиков и согласование ставок",
                                      "Подготовка товаросопроводительных документов (CMR, инвойсы)",
                                      "Информирование клиентов о статусе грузов"], "•", R)]),
            ("Требования", [bullets(["Высшее образование (логистика, экономика)",
                                     "Опыт работы в логистике 1–3 года",
                                     "Знание Incoterms 2020",
                                     "Владение русским, азербайджанским и английским языками"], "•", Q)]),
            ("Условия", [bullets(["Заработная плата по договорённости",
                                  "Официальное трудоустройство",
                                  "Корпоративное обучение"], "•", B)]),
            ("Контакты", [lines("hr@caspiancargo.az", "+994 (12) 490-11-22", "t.me/caspiancargo_jobs",
                                "Отклики принимаются до 15.12.2026")]),
        ),
    ],
    job=job(title="Менеджер по логистике", company="Каспиан Карго", location="Баку, Хатаинский район",
            employment_type="full_time", workplace="onsite", salary=None, experience_years=exp(1, 3),
            education="Высшее образование (логистика, экономика)", skills=["Incoterms 2020", "CMR"],
            contact=contact(email="hr@caspiancargo.az", phone="+994 (12) 490-11-22", url="t.me/caspiancargo_jobs"),
            deadline="2026-12-15"),
    style={"accent": "#264653"},
))

ADS.append(Ad(
    "r03_stomatolog_odt_table", "libreoffice-odt", "table-header", "ru",
    top=[title("Врач-стоматолог (терапевт)")],
    main=[
        table([["Компания", "Клиника «Улыбка»"],
               ["Город", "Баку, метро «28 Мая»"],
               ["Занятость", "полная"],
               ["Зарплата", "до 4 000 манат"],
               ["Опыт", "не менее 2 лет"],
               ["Дата публикации", "20.11.2026"]]),
        para("Клиника «Улыбка» — сеть из четырёх стоматологических клиник в Баку. Мы используем современное "
             "оборудование и цифровые технологии и приглашаем в команду врача-стоматолога-терапевта."),
        heading("Обязанности"),
        bullets(["Приём пациентов, диагностика и лечение кариеса и его осложнений",
                 "Эндодонтическое лечение с использованием микроскопа",
                 "Художественные реставрации",
                 "Ведение медицинской документации"], "–", R),
        heading("Требования"),
        bullets(["Высшее медицинское образование (стоматология)",
                 "Опыт работы не менее 2 лет",
                 "Действующий сертификат специалиста",
                 "Владение азербайджанским и русским языками"], "–", Q),
        heading("Мы предлагаем"),
        bullets(["Оплата: процент от выручки, до 4 000 манат",
                 "Обучение на курсах за счёт клиники",
                 "Удобный график 5/2"], "–", B),
        para("Резюме: hr@ulybka-clinic.az, тел. +994 50 321 77 88."),
    ],
    job=job(title="Врач-стоматолог (терапевт)", company="Клиника «Улыбка»", location="Баку, метро «28 Мая»",
            employment_type="full_time", workplace="onsite", salary=salary(None, 4000, "AZN"),
            experience_years=exp(2), education="Высшее медицинское образование (стоматология)", skills=[],
            contact=contact(email="hr@ulybka-clinic.az", phone="+994 50 321 77 88"), posted="2026-11-20"),
    style={"accent": "#1d3557", "font": "Liberation Sans", "size_pt": 10.5},
))

HANDBOOK_RU = [
    ("1. Общие требования к переводам", [
        "Перевод должен полностью и точно передавать содержание исходного текста. Сокращения, пропуски и "
        "добавления допускаются только по согласованию с редактором проекта. Все сомнительные места "
        "отмечаются комментарием в системе управления переводами.",
        "Терминология проверяется по глоссарию проекта. Если термин отсутствует в глоссарии, переводчик "
        "предлагает вариант и сообщает о нём редактору в тот же день.",
        "Имена собственные, названия организаций и географические названия передаются в соответствии с "
        "принятыми нормами транслитерации и справочником заказчика."]),
    ("2. Сроки и объёмы", [
        "Стандартная дневная норма составляет 2 500 слов исходного текста для письменного перевода и 5 000 "
        "слов для редактирования. Срочные заказы оплачиваются с коэффициентом 1,5 и принимаются только при "
        "наличии свободного времени у переводчика.",
        "Если переводчик не успевает сдать работу в срок, он обязан предупредить менеджера проекта не позднее "
        "чем за сутки до окончания срока. Повторные срывы сроков являются основанием для прекращения "
        "сотрудничества."]),
    ("3. Инструменты", [
        "Все проекты выполняются в системе Trados Studio или memoQ с использованием общих памятей переводов. "
        "Лицензия Trados Studio предоставляется компанией на время проекта.",
        "Переводчик обязан запускать проверку качества (QA) перед сдачей каждого файла и исправлять все "
        "ошибки, кроме явно ложных срабатываний. Отчёт о проверке прилагается к сданному файлу."]),
    ("4. Конфиденциальность", [
        "Все материалы заказчиков являются конфиденциальными. Запрещается передавать тексты третьим лицам, "
        "загружать их в общедоступные системы машинного перевода и хранить на личных носителях после "
        "завершения проекта.",
        "Перед началом работы каждый переводчик подписывает соглашение о неразглашении. Нарушение "
        "соглашения влечёт ответственность в соответствии с законодательством."]),
    ("5. Оплата и документы", [
        "Оплата производится ежемесячно до десятого числа следующего месяца на основании акта выполненных "
        "работ. Объём считается по словам исходного текста с учётом повторов и совпадений с памятью "
        "переводов.",
        "Переводчики, работающие как самозанятые или индивидуальные предприниматели, предоставляют чек или "
        "счёт. Остальные оформляются по договору гражданско-правового характера."]),
    ("6. Обратная связь и развитие", [
        "Каждый сданный проект проходит редактуру. Замечания редактора направляются переводчику в течение "
        "недели; по спорным вопросам проводится короткая онлайн-встреча.",
        "Раз в квартал компания проводит внутренние вебинары по терминологии нефтегазовой отрасли, "
        "юридическому переводу и работе с новыми функциями Trados Studio. Участие бесплатное."]),
]

ADS.append(Ad(
    "r04_perevodchik_reportlab_long", "reportlab", "long", "ru",
    top=[title("Переводчик английского языка (проект на 6 месяцев)")],
    main=[
        kv(("Компания", "Лингва Сервис"), ("Место работы", "Москва, удалённо"),
           ("Занятость", "проектная работа на 6 месяцев"), ("Оплата", "от 80 000 руб. в месяц"),
           ("Опубликовано", "24 ноября 2026 г.")),
        para("Бюро переводов «Лингва Сервис» более пятнадцати лет выполняет технические и юридические переводы "
             "для нефтегазовых, строительных и финансовых компаний России, Азербайджана и Казахстана. Для "
             "крупного проекта по переводу проектной документации нам требуется опытный переводчик английского "
             "языка.", justify=True),
        heading("Обязанности"),
        bullets(["Письменный перевод технической документации с английского на русский язык",
                 "Ведение и пополнение глоссария проекта",
                 "Редактирование переводов других членов команды",
                 "Работа в Trados Studio с общими памятями переводов"], "•", R),
        heading("Требования"),
        bullets(["Высшее лингвистическое образование",
                 "Опыт письменного перевода от 5 лет",
                 "Уверенное владение Trados Studio или memoQ",
                 "Внимательность к деталям и соблюдение сроков"], "•", Q),
        heading("Будет преимуществом"),
        bullets(["Опыт перевода документации для нефтегазовой отрасли",
                 "Знание азербайджанского языка"], "•", N),
        heading("Условия"),
        bullets(["Оплата от 80 000 руб. в месяц при полной загрузке",
                 "Полностью удалённая работа",
                 "Лицензия Trados Studio на время проекта"], "•", B),
        para("Отклики принимаются до 31 декабря 2026 года по адресу jobs@lingvaservice.ru. "
             "Телефон: +7 (495) 123-45-67."),
        heading("Приложение. Правила работы с переводчиками"),
        para("Ниже приведены основные положения внутреннего регламента бюро, обязательные для всех "
             "переводчиков проекта.", justify=True),
    ] + [b for h, ps in HANDBOOK_RU for b in [heading(h)] + [para(p, justify=True) for p in ps]],
    job=job(title="Переводчик английского языка", company="Лингва Сервис", location="Москва, удалённо",
            employment_type="temporary", workplace="remote", salary=salary(80000, None, "RUB"),
            experience_years=exp(5), education="Высшее лингвистическое образование",
            skills=["Trados Studio", "memoQ"],
            contact=contact(email="jobs@lingvaservice.ru", phone="+7 (495) 123-45-67"),
            deadline="2026-12-31", posted="2026-11-24"),
    style={"font": "NotoSerif", "bold": "NotoSerif-Bold", "accent": "#4a4e69", "size_pt": 10.5},
))

ADS.append(Ad(
    "r05_prodavec_weasy_sidebar_right", "weasyprint", "two-column-sidebar", "ru",
    top=[banner("ЭлектроМир"), title("Продавец-консультант")],
    main=[
        para("«ЭлектроМир» — сеть магазинов бытовой техники и электроники. В магазин в ТЦ «Дениз Молл» "
             "требуется продавец-консультант на частичную занятость."),
        heading("Чем предстоит заниматься"),
        bullets(["Консультировать покупателей по ассортименту техники",
                 "Оформлять продажи и рассрочку",
                 "Поддерживать порядок в торговом зале"], "disc", R),
        heading("Мы ждём"),
        bullets(["Среднее образование", "Можно без опыта — всему научим",
                 "Интерес к технике и гаджетам", "Знание азербайджанского и русского языков"], "disc", Q),
        heading("Мы предлагаем"),
        bullets(["Гибкий график от 4 часов в день", "Бонусы от продаж", "Скидки для сотрудников"], "disc", B),
    ],
    side=[
        heading("Кратко"),
        kv(("Город", "Баку, ТЦ «Дениз Молл»"), ("Занятость", "частичная"), ("Оплата", "12 AZN в час"),
           ("Опыт", "без опыта")),
        heading("Как откликнуться"),
        lines("Звоните или пишите в WhatsApp:", "+994 51 222 33 44"),
    ],
    side_pos="right",
    job=job(title="Продавец-консультант", company="ЭлектроМир", location="Баку, ТЦ «Дениз Молл»",
            employment_type="part_time", workplace="onsite", salary=salary(12, 12, "AZN", "hour"),
            experience_years=exp(0), education="Среднее образование", skills=[],
            contact=contact(phone="+994 51 222 33 44")),
    style={"accent": "#e76f51", "side_w": "31%"},
))

ADS.append(Ad(
    "r06_glavnyi_energetik_fpdf_hf", "fpdf2", "headers-footers", "ru",
    header="ЗАО «ГянджаАлюминий» · Служба персонала", footer="Стр. {n} из {m}",
    top=[title("Главный энергетик")],
    main=[
        kv(("Место работы", "Гянджа, промышленная зона"), ("Занятость", "полная, пятидневка"),
           ("Зарплата", "$2 000–2 500 в месяц"), ("Опыт", "не менее 7 лет")),
        para("ЗАО «ГянджаАлюминий» — крупнейший производитель первичного алюминия и глинозёма в "
             "Азербайджане. На предприятии работают более 2 000 человек. В связи с модернизацией "
             "энергохозяйства мы ищем главного энергетика.", justify=True),
        heading("Обязанности"),
        bullets(["Руководство энергетической службой предприятия (45 человек)",
                 "Обеспечение бесперебойного энергоснабжения производства",
                 "Планирование ремонтов и модернизации оборудования подстанций",
                 "Контроль расхода электроэнергии, газа и воды",
                 "Взаимодействие с Azərenerji и надзорными органами"], "–", R),
        pagebreak(),
        heading("Требования"),
        bullets(["Высшее образование в области электроэнергетики",
                 "Опыт работы на руководящих должностях в энергетике не менее 7 лет",
                 "Знание ПУЭ, ПТЭ и правил техники безопасности",
                 "Опыт работы с SCADA-системами"], "–", Q),
        heading("Условия"),
        bullets(["Заработная плата $2 000–2 500 в месяц",
                 "Служебное жильё в Гяндже для иногородних",
                 "Медицинское страхование", "Годовая премия по результатам работы"], "–", B),
        heading("Контакты"),
        para("Резюме направляйте до 28 декабря 2026 г. на kadry@ganja-aluminium.az или звоните +994 22 255 10 10."),
    ],
    job=job(title="Главный энергетик", company="ГянджаАлюминий", location="Гянджа, промышленная зона",
            employment_type="full_time", workplace="onsite", salary=salary(2000, 2500, "USD"),
            experience_years=exp(7), education="Высшее образование в области электроэнергетики",
            skills=["SCADA"],
            contact=contact(email="kadry@ganja-aluminium.az", phone="+994 22 255 10 10"), deadline="2026-12-28"),
    style={"accent": "#6a040f"},
))

ADS.append(Ad(
    "r07_stazher_analitik_docx_sidebar", "libreoffice-docx", "two-column-sidebar", "ru",
    top=[title("Стажёр-аналитик данных")],
    side=[
        heading("Коротко"),
        kv(("Где", "Баку, Ясамальский район"), ("Формат", "гибрид"), ("Стипендия", "700 ₼ в месяц"),
           ("Срок", "4 месяца"), ("Заявки до", "20.01.2027")),
        heading("Контакты"),
        lines("intern@databridge.az", "https://databridge.az/stazhirovka"),
    ],
    main=[
        para("DataBridge Baku — аналитическая компания, которая помогает банкам и ритейлу принимать решения "
             "на основе данных. Мы запускаем оплачиваемую стажировку для начинающих аналитиков."),
        heading("Задачи стажёра"),
        bullets(["Подготовка и очистка данных в SQL и Python",
                 "Построение дашбордов в Power BI",
                 "Участие в исследованиях поведения клиентов"], "•", R),
        heading("Кого мы ищем"),
        bullets(["Студент 3–4 курса или выпускник (математика, статистика, информатика)",
                 "Базовые знания SQL и Python",
                 "Аналитическое мышление и внимание к деталям"], "•", Q),
        heading("Что мы предлагаем"),
        bullets(["Ежемесячная стипендия", "Наставник из команды аналитиков",
                 "Возможность трудоустройства после стажировки"], "•", B),
    ],
    side_pos="left",
    job=job(title="Стажёр-аналитик данных", company="DataBridge Baku", location="Баку, Ясамальский район",
            employment_type="internship", workplace="hybrid", salary=salary(700, 700, "AZN"),
            experience_years=None,
            education="Студент 3–4 курса или выпускник (математика, статистика, информатика)",
            skills=["SQL", "Python", "Power BI"],
            contact=contact(email="intern@databridge.az", url="https://databridge.az/stazhirovka"),
            deadline="2027-01-20"),
    style={"accent": "#3a0ca3", "side_cm": 5.2},
))
