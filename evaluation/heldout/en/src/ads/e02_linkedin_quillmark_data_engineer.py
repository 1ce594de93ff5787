NAME = "e02_linkedin_quillmark_data_engineer"
PRODUCER = "chromium (--print-to-pdf CLI, header/footer drawn with CSS @page margin boxes)"
STYLE = "linkedin"
NEEDS_CHROME = False

import lib

HTML = r"""<!doctype html><html><head><meta charset="utf-8">
<title>Sr. Data Engineer - Quillmark Analytics - LinkedIn</title>
<style>
@page{size:Letter;margin:0.55in 0.45in 0.55in 0.45in;
 @top-left{content:"11/28/26, 3:07 PM";font:8px Arial,sans-serif}
 @top-center{content:"Sr. Data Engineer - Quillmark Analytics - LinkedIn";font:8px Arial,sans-serif}
 @bottom-left{content:"https://www.linkedin.com/jobs/view/4069931270/?alternateChannel=search&refId=Qx7%2BkP0";font:8px Arial,sans-serif}
 @bottom-right{content:counter(page) "/" counter(pages);font:8px Arial,sans-serif}}
body{font-family:"DejaVu Sans",sans-serif;font-size:11.5px;color:#1f1f1f;margin:0}
.top{display:flex;gap:20px;border-bottom:1px solid #e0e0e0;padding:4px 0 6px;font-size:10px;color:#555;align-items:flex-end}
.top b{font-size:15px;color:#0a66c2}
.grid{display:grid;grid-template-columns:1fr 210px;gap:16px;margin-top:10px}
.box{border:1px solid #e0e0e0;border-radius:8px;padding:12px 14px;margin-bottom:10px}
h1{font-size:20px;margin:4px 0}
.small{font-size:10px;color:#666}
.pill{display:inline-block;border-radius:4px;padding:2px 7px;margin:5px 5px 0 0;background:#eef3f8;font-size:10.5px}
.pill.g{background:#dff2e1;color:#0b5e1c;font-weight:bold}
.apply{display:inline-block;background:#0a66c2;color:#fff;padding:5px 14px;border-radius:14px;margin-top:8px}
.save{display:inline-block;border:1px solid #0a66c2;color:#0a66c2;padding:4px 14px;border-radius:14px}
h2{font-size:15px;margin:2px 0 6px}
h3{font-size:12px;margin:10px 0 3px}
li{margin-bottom:2px}
.job{border-top:1px solid #eee;padding:6px 0;font-size:10.5px}
.job a{color:#0a66c2;font-weight:bold;text-decoration:none}
.foot{margin-top:14px;font-size:9px;color:#777;border-top:1px solid #e0e0e0;padding-top:6px}
</style></head><body>
<div class="top"><b>in</b><span>Home</span><span>My Network</span><span>Jobs</span><span>Messaging</span><span>Notifications</span><span>Me</span><span>For Business</span><span>Advertise</span></div>
<div class="grid"><div>
<div class="box">
<div class="small">Quillmark Analytics · Denver, CO · Reposted 3 days ago · 67 applicants</div>
<h1>Sr. Data Engineer</h1>
<span class="pill g">$130K/yr - $195K/yr</span><span class="pill">Hybrid</span><span class="pill">Full-time</span><span class="pill">Mid-Senior level</span>
<div class="small" style="margin-top:6px">501-1,000 employees · Software Development</div>
<div class="small">See how you compare to over 60 other applicants. Try Premium for $0</div>
<div><span class="apply">Apply ↗</span> <span class="save">Save</span></div>
</div>
<div class="box">
<h2>About the job</h2>
<p>Quillmark Analytics helps regional hospitals and insurers turn messy claims, pharmacy and scheduling data into forecasts that nurses and finance teams actually trust. Our platform processes roughly four billion records a month, and the data engineering team owns everything between the raw feeds and the models.</p>
<p>As a Sr. Data Engineer you will design and run the batch and streaming pipelines behind our forecasting products, raise the bar on data quality, and help the team move the last of our legacy cron jobs onto a modern orchestration stack.</p>
<h3>What you'll do</h3>
<ul>
<li>Build and maintain ELT pipelines in Python and SQL that land partner data in Snowflake</li>
<li>Own our Apache Spark jobs on Databricks and tune them for cost as well as speed</li>
<li>Write and review Airflow DAGs and dbt models, with tests that catch bad data before customers do</li>
<li>Manage infrastructure as code with Terraform across our AWS accounts</li>
<li>Partner with data scientists to productionize features and keep lineage documented</li>
<li>Mentor two to three mid-level engineers and lead design reviews</li>
</ul>
<h3>What you bring</h3>
<ul>
<li>5+ years of professional software or data engineering experience, including 3+ years building production pipelines</li>
<li>Strong Python and SQL; hands-on experience with Apache Spark</li>
<li>Experience with Airflow (or Dagster/Prefect) and dbt</li>
<li>Comfort working with protected health information under HIPAA controls</li>
<li>Bachelor's degree in Computer Science, Engineering, or a related field, or equivalent practical experience</li>
</ul>
<h3>Nice to have</h3>
<ul><li>Kafka or Kinesis streaming experience</li><li>Familiarity with HL7 or FHIR healthcare data formats</li></ul>
<h3>How we work</h3>
<p>This is a hybrid role: we meet in our LoDo office in Denver on Tuesdays and Wednesdays, and the rest of the week is yours to work from home.</p>
<h3>Compensation</h3>
<p>The salary range for this position is $130K — $195K, plus an annual bonus target of 10% and equity. Where you land in the range depends on experience and interview performance. Benefits include medical, dental and vision coverage from day one, a 401(k) match of 4%, 20 days of PTO and a $1,500 yearly learning budget.</p>
<p class="small">Quillmark Analytics is an Equal Opportunity Employer. Applications will be accepted on an ongoing basis.</p>
</div>
<div class="box"><h2>Meet the hiring team</h2>
<b>Rafael Montoya</b> · 3rd · Engineering Manager, Data Platform at Quillmark Analytics · <span class="small">Job poster</span></div>
<div class="box"><h2>About the company</h2>
<b>Quillmark Analytics</b> · 18,244 followers · <span class="save">+ Follow</span><br>
<span class="small">Software Development · 501-1,000 employees · 212 on LinkedIn</span><br>
Forecasting and capacity analytics for healthcare providers and payers. … show more</div>
</div>
<div>
<div class="box"><h2>People also viewed</h2>
<div class="job"><a>Senior Data Engineer</a><br>Tallgrass Health · Boulder, CO (Hybrid)<br>$140K/yr - $170K/yr · Medical benefit</div>
<div class="job"><a>Staff Analytics Engineer</a><br>Peakline Insurance · Denver, CO (Remote)<br>$165K/yr - $210K/yr</div>
<div class="job"><a>Data Engineer II</a><br>Frontier Grocers · Englewood, CO (On-site)<br>$98K/yr - $121K/yr · 401(k) benefit</div>
</div>
<div class="box"><h2>Similar jobs</h2>
<div class="job"><a>Lead Data Engineer (Spark/Scala)</a><br>Arapahoe Energy Cooperative · Lakewood, CO<br>$150K/yr - $185K/yr · 2 weeks ago</div>
<div class="job"><a>Sr. Platform Data Engineer</a><br>Cloudmesa · United States (Remote)<br>$155K/yr - $190K/yr · Easy Apply</div>
<div class="job"><a>Data Engineer</a><br>Rockhollow Bank · Denver, CO<br>4 days ago</div>
</div>
<div class="box"><h2>Job search faster with Premium</h2><span class="small">Access company insights like strategic priorities, headcount trends, and more. Try for $0</span></div>
</div></div>
<div class="foot">About · Accessibility · Talent Solutions · Community Guidelines · Careers · Marketing Solutions · Privacy &amp; Terms · Ad Choices · Advertising · Sales Solutions · Mobile · Small Business · Safety Center · LinkedIn Corporation © 2026</div>
</body></html>"""


def render(out, chrome):
    lib.chromium_cli(HTML, out, header_footer=False)


GOLD = {
    "title": "Sr. Data Engineer",
    "company": "Quillmark Analytics",
    "location": "Denver, CO",
    "employment_type": "full_time",
    "workplace": "hybrid",
    "salary": {"min": 130000, "max": 195000, "currency": "USD", "period": "year"},
    "experience_years": {"min": 5, "max": None},
    "education": "Bachelor's degree in Computer Science, Engineering, or a related field, or equivalent practical experience",
    "skills": ["Python", "SQL", "Apache Spark", "Airflow", "dbt", "Snowflake", "Terraform", "Databricks"],
    "email": None,
    "phone": None,
    "url": "https://www.linkedin.com/jobs/view/4069931270/",
    "deadline": None,
    "posted": None,
    "key_phrases": [
        "processes roughly four billion records a month",
        "move the last of our legacy cron jobs",
        "tests that catch bad data before customers do",
        "we meet in our LoDo office in Denver",
        "a $1,500 yearly learning budget",
    ],
    "notes": "LinkedIn page printed by headless Chromium; the print header/footer (date, page title, URL with tracking "
             "query, n/N) are CSS @page margin boxes. Salary given twice by the employer: chip '$130K/yr - $195K/yr' and "
             "body '$130K — $195K' (K-suffixed, em dash); 'People also viewed'/'Similar jobs' salaries and 'Try Premium for $0' "
             "are traps. Experience '5+ years ... including 3+ years' -> largest minimum 5. 'Reposted 3 days ago' -> posted null. "
             "url without the tracking query.",
}
