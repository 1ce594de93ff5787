import os
# Generates src/posting/lexicon/skills_data.rs: the curated skills lexicon, folded and sorted.
# Flags: C = case-sensitive (as written in the ad), X = needs a technical context,
# L = a human language, B = blocker (consumes the span, emits nothing), W = whole word only.
import unicodedata
def fold(s):
    out=[]
    for c in unicodedata.normalize('NFC', s):
        if c in 'İIı': out.append('i'); continue
        m={'ə':'e','Ə':'e','ş':'s','Ş':'s','ç':'c','Ç':'c','ğ':'g','Ğ':'g','ö':'o','Ö':'o','ü':'u','Ü':'u','ё':'е','Ё':'е',
           '–':'-','—':'-','‑':'-','’':"'"}
        if c in m: out.append(m[c]); continue
        l=c.lower()
        out.append(l[0] if l else c)
    return ''.join(out)

E=[]
def add(flags, *names):
    for n in names: E.append((n, flags))

# Programming languages and runtimes
add('', 'Python','Java','JavaScript','TypeScript','C#','C++','Golang','Rust','Kotlin','Objective-C','PHP','Ruby','Scala',
    'MATLAB','Perl','Dart','Elixir','Haskell','Lua','Bash','PowerShell','SQL','PL/SQL','T-SQL','NoSQL','VBA','Delphi',
    'Node.js','Solidity','Fortran','COBOL','Groovy','Clojure','F#','Assembler','Verilog','VHDL','LabVIEW')
add('C', 'Go', 'Swift')
add('CX', 'C', 'R')
add('B', 'C-level','C-suite','R&D','B2B','B2C','Go-live','go to market','go-to-market','C level')
# Web, mobile, frameworks
add('', 'HTML','CSS','HTML/CSS','Sass','SCSS','React','React Native','Angular','AngularJS','Vue.js','Vue','Next.js','Nuxt',
    'Express.js','NestJS','Django','Flask','FastAPI','Spring Boot','.NET','.NET Core','ASP.NET','Laravel','Symfony',
    'Ruby on Rails','jQuery','Redux','Redux Toolkit','Tailwind CSS','Bootstrap','Webpack','GraphQL','REST API','RESTful API',
    'gRPC','WebSocket','Tokio','Actix','Android','iOS','Flutter','SwiftUI','Xamarin','Unity','Unreal Engine','WordPress',
    'Magento','Shopify','Bitrix','1C-Bitrix','OpenAPI','Swagger','Microservices','Kafka','Apache Kafka','RabbitMQ','Redis',
    'Celery','Jest','Cypress','Selenium','JUnit','pytest','Playwright','Postman','Storybook','Three.js','WebGL','Qt')
add('C', 'Spring','Express')
# Data and ML
add('', 'pandas','NumPy','SciPy','scikit-learn','PyTorch','TensorFlow','Keras','Apache Spark','PySpark','Hadoop','Airflow',
    'Apache Airflow','dbt','Tableau','Power BI','Looker','Qlik','QlikView','SPSS','Stata','SAS','Jupyter','machine learning',
    'deep learning','NLP','computer vision','data analytics','ETL','Databricks','Snowflake','BigQuery','Redshift','MLflow','OpenCV',
    'LLM','Hugging Face')
add('C', 'Spark')
# Databases
add('', 'PostgreSQL','Postgres','MySQL','MS SQL','MS SQL Server','SQL Server','Oracle Database','MongoDB','Elasticsearch',
    'Cassandra','ClickHouse','SQLite','MariaDB','DynamoDB','Firebase','Neo4j')
add('C', 'Oracle')
# Cloud, DevOps, infrastructure
add('', 'AWS','Azure','GCP','Google Cloud','Docker','Kubernetes','Helm','Terraform','Ansible','Jenkins','GitLab CI','GitHub Actions',
    'CI/CD','Prometheus','Grafana','ELK','Kibana','Linux','Unix','Windows Server','Active Directory','VMware','VMware vSphere',
    'vSphere','Hyper-V','Veeam','MikroTik','Cisco','Nginx','OpenShift','Git','GitHub','GitLab','Bitbucket','Jira','Confluence',
    'Zabbix','Nagios','Office 365','Microsoft 365','Exchange Server','Proxmox','Fortinet','Palo Alto','Juniper','CCNA','CCNP',
    'Puppet','Chef','Vagrant','Istio','ArgoCD','Argo CD','Datadog','Splunk','SIEM','OpenStack','Citrix','SCCM','Intune')
# Design
add('', 'WCAG','WCAG 2.0','WCAG 2.1','WCAG 2.2','Figma','FigJam','Adobe Photoshop','Adobe Illustrator','Adobe InDesign','Adobe XD','Adobe Premiere Pro','Adobe After Effects',
    'Photoshop','Illustrator','InDesign','After Effects','Premiere Pro','CorelDRAW','Canva','Blender','3ds Max','SketchUp','Revit',
    'AutoCAD','ArchiCAD','SolidWorks','CATIA','Civil 3D','Lightroom','Cinema 4D','Maya','ZBrush','Procreate','design systems',
    'design system','Adobe Creative Suite','Lumion','V-Ray','Tekla','ETABS','SAP2000','Lira','ЛИРА','Компас-3D','КОМПАС-3D')
add('C', 'Sketch')
# Office and productivity
add('', 'MS Office','Microsoft Office','MS Excel','Microsoft Excel','MS Word','Microsoft Word','MS PowerPoint','Microsoft PowerPoint',
    'PowerPoint','MS Project','Microsoft Project','MS Outlook','Outlook','MS Access','MS Visio','Visio','Google Sheets','Google Docs',
    'Google Workspace','Google Classroom','Google Analytics','Google Ads','Google Tag Manager','Yandex Direct','Яндекс.Директ',
    'Яндекс Метрика','Notion','Trello','Asana','Slack','Miro')
# Marketing and sales
add('', 'SEO','SEM','SMM','Facebook Ads','Instagram','TikTok','Facebook','YouTube','LinkedIn','HubSpot','Mailchimp','Salesforce',
    'CRM','amoCRM','Bitrix24','Битрикс24','Zoho CRM','Pipedrive','cold calling','холодные звонки','ведение переговоров',
    'satış texnikaları','техники продаж','мерчандайзинг','merchandising','email marketing','content marketing','copywriting',
    'копирайтинг','таргетированная реклама','контекстная реклама')
# Finance, accounting, audit
add('I', 'kredit təhlili','maliyyə hesabatlarının təhlili','risklərin idarə edilməsi','satış texnikaları','milli mətbəx',
    'Avropa mətbəxi','elektron tibbi qeydlər','kompüter biliyi','kassa aparatı')
add('', 'IFRS','US GAAP','GAAP','MHBS','МСФО','РСБУ','consolidation','budgeting','financial modelling','financial modeling',
    'financial statement analysis','credit analysis','kredit təhlili','maliyyə hesabatlarının təhlili','cash flow','QuickBooks',
    'Xero','SAP','SAP FI','SAP FI/CO','SAP CO','SAP MM','SAP SD','SAP HR','SAP EHS','SAP PM','SAP ERP','SAP S/4HANA','Oracle EBS',
    'Oracle Financials','Microsoft Dynamics','Dynamics 365','ERP','e-taxes.gov.az','IIA Standards','COSO','COBIT','Basel III',
    'risk management','risklərin idarə edilməsi','управление рисками','transfer pricing','DCF','Bloomberg','Reuters','Excel VBA',
    'бюджетирование','финансовый анализ','управленческий учет','налоговый учет','bücədləşdirmə')
for prod in ['Accounting','Enterprise','ERP','Mühasibat','Бухгалтерия','Зарплата и управление персоналом','Управление торговлей',
             'Предприятие','ERP','Розница','Документооборот','Комплексная автоматизация','Управление производственным предприятием']:
    for one in ['1C','1С']:
        E.append((f'{one}: {prod}', ''))
        E.append((f'{one}:{prod}', ''))
        E.append((f'{one} {prod}', ''))
add('W', '1C','1С')
# Engineering, oil and gas, HSE
add('', 'Landmark COMPASS','WellPlan','casing design','well control','Petrel','Techlog','Eclipse','PRMS','ГИС','Primavera P6',
    'Primavera','FIDIC','PMP','PRINCE2','Agile','Scrum','Kanban','MS Dynamics','NEBOSH','IOSH','ISO 45001','ISO 14001','ISO 9001',
    'ISO 27001','ISO 22000','HAZOP','incident investigation','SAP EHS','OHSAS 18001','Lean','Six Sigma','Lean Six Sigma','5S',
    'SCADA','PLC','DCS','HVAC','P&ID','ANSYS','Aspen HYSYS','HYSYS','PIPESIM','OLGA','Kingdom','Geolog','Harmony','Saphir',
    'подсчёт запасов','геологическое моделирование','Navisworks','Smart Plant','SmartPlant','PDMS','E3D','Caesar II','CAESAR II',
    'welding','NDT','GMP','HACCP','ISO 17025')
# Medical
add('', 'BLS','ACLS','PALS','patient monitoring','ventilator care','electronic health records','EHR','EKQ','ЭКГ','ECG','EKG',
    'USM','УЗИ','ultrasound','elektron tibbi qeydlər','электронная медицинская карта')
# Hospitality, logistics, retail, transport
add('', 'Opera PMS','Fidelio','revenue management','milli mətbəx','Avropa mətbəxi','cash register','kassa aparatı',
    'кассовый аппарат','POS','Incoterms','customs declarations','WMS','forklift','inventory management','тахограф','1C: WMS',
    'B sürücülük vəsiqəsi','C sürücülük vəsiqəsi','BC sürücülük vəsiqəsi','B kateqoriyalı sürücülük vəsiqəsi','sürücülük vəsiqəsi',
    'водительское удостоверение категории B','водительское удостоверение категории C','водительское удостоверение категории CE',
    'водительское удостоверение категории D','водительское удостоверение категории BC','водительское удостоверение',
    'driving licence','driving license',"driver's license","driver's licence",'category B driving licence',
    'category C driving licence','ADR','TIR','GPS','logistics software','складской учет','складской учёт')
# Education, languages as qualifications
add('', 'IELTS','CELTA','DELTA','TOEFL','TKT','Moodle','GeoGebra','ЕГЭ','ОГЭ','DELF','TestDaF','Cambridge English','SAT','GRE','GMAT')
# General tools and literacy
add('', 'typing','touch typing','data entry','kompüter biliyi','computer literacy','ПК','компьютерная грамотность','MS Office пакет',
    'Adobe Acrobat','Zoom','Microsoft Teams','Telegram','WhatsApp Business')
# Human languages
add('LI', 'ingilis dili','rus dili','alman dili','fars dili','ərəb dili','türk dili','fransız dili','çin dili','azərbaycan dili')
add('L', 'English','Russian','Azerbaijani','Turkish','German','French','Arabic','Chinese','Spanish','Italian','Persian','Georgian',
    'ingilis dili','rus dili','azərbaycan dili','türk dili','alman dili','fransız dili','ərəb dili','çin dili','fars dili',
    'английский язык','русский язык','азербайджанский язык','турецкий язык','немецкий язык','французский язык','арабский язык',
    'китайский язык')

seen={}
for name,flags in E:
    k=fold(name)
    if k in seen: continue
    seen[k]=(name,flags)
keys=sorted(seen, key=lambda k:k.encode())
bits={'C':1,'X':2,'L':4,'B':8,'W':16,'I':32}
out=["//! The skills lexicon (data for `skills.rs`): concrete skills, tools, standards and","//! certifications as (folded key, canonical spelling, flags), sorted by key.","",
"use super::fold::Set;\nuse super::skills::{BLOCK, CASE, CONTEXT, INFLECT, LANGUAGE, WHOLE};","",
"pub static SKILLS: &[(&str, &str, u8)] = &["]
names={1:'CASE',2:'CONTEXT',4:'LANGUAGE',8:'BLOCK',16:'WHOLE',32:'INFLECT'}
for k in keys:
    name,flags=seen[k]
    b=[names[bits[f]] for f in flags]
    fl=' | '.join(b) if b else '0'
    kk=k.replace('\\','\\\\').replace('"','\\"'); nn=name.replace('"','\\"')
    out.append(f'    ("{kk}", "{nn}", {fl}),')
out.append("];")
# First words of the keys: a word of the ad can start a skill only if it is one of them.
def first_word(k):
    w=''
    for c in k:
        if c.isalnum(): w+=c
        elif w: break
    return w
fw=sorted(set(first_word(k) for k in keys if first_word(k)), key=lambda w:w.encode())
out.append("")
out.append("/// The first word of every key, sorted: a quick test before the lexicon search.")
out.append("pub static FIRST_WORDS: Set = Set::new(&[")
line='    '
for w in fw:
    tok=f'"{w}", '
    if len(line)+len(tok)>118:
        out.append(line.rstrip()); line='    '
    line+=tok
out.append(line.rstrip())
out.append("]);")
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src/posting/lexicon/skills_data.rs'),'w').write('\n'.join(out)+'\n')
print(len(keys))
