"""r13: IT company's vacancy one-pager (Russian with English tech terms), made with fpdf2."""
import sys
from fpdf import FPDF

F = "/usr/share/fonts/truetype/dejavu/"

class Doc(FPDF):
    def header(self):
        self.set_fill_color(18, 38, 58); self.rect(0, 0, 210, 18, "F")
        self.set_text_color(255, 255, 255); self.set_font("DV", "B", 13); self.set_xy(12, 5)
        self.cell(0, 8, "SAHIL SYSTEMS · careers")
        self.set_font("DV", "", 8); self.set_xy(120, 5); self.cell(78, 8, "sahilsystems.az/careers", align="R")
        self.set_text_color(20, 20, 20); self.set_y(26)
    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 7.5); self.set_text_color(120, 120, 120)
        self.cell(0, 6, f"«Sahil Systems» MMC · VÖEN 1405729381 · Баку, проспект Ходжалы, 55 · стр. {self.page_no()}/{{nb}}", align="C")

def build(out):
    pdf = Doc(format="A4"); pdf.alias_nb_pages()
    pdf.add_font("DV", "", F + "DejaVuSans.ttf"); pdf.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", F + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(14, 24, 14); pdf.set_auto_page_break(True, 18); pdf.add_page()
    pdf.set_title("Вакансия DevOps-инженер (Middle) — Sahil Systems"); pdf.set_author("Sahil Systems MMC")

    pdf.set_font("DV", "B", 21); pdf.multi_cell(0, 10, "DevOps-инженер (Middle)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10.5); pdf.set_text_color(90, 90, 90)
    pdf.multi_cell(0, 6, "«Sahil Systems» MMC · команда платформенной инфраструктуры", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2); pdf.set_text_color(20, 20, 20)

    facts = [("Локация", "Баку, проспект Ходжалы, 55"), ("Формат", "Гибрид: 3 дня в офисе, 2 дня удалённо"),
             ("Занятость", "Полная занятость"), ("Опыт", "от 3 лет"),
             ("Зарплата", "до 4 500 AZN в месяц (gross)"), ("Дата публикации", "28.11.2026"),
             ("Срок подачи заявок", "до 31.12.2026")]
    pdf.set_fill_color(238, 243, 248)
    for k, v in facts:
        pdf.set_font("DV", "B", 10); pdf.cell(48, 7.5, k, border=0, fill=True)
        pdf.set_font("DV", "", 10); pdf.cell(0, 7.5, v, border=0, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def para(t):
        pdf.set_font("DV", "", 10.5); pdf.multi_cell(0, 5.6, t, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
    def head(t):
        pdf.ln(1.5); pdf.set_font("DV", "B", 12.5); pdf.set_text_color(18, 38, 58); pdf.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(20, 20, 20)
    def bullets(items):
        pdf.set_font("DV", "", 10.5)
        for it in items:
            pdf.set_x(18); pdf.multi_cell(0, 5.6, "— " + it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    para("Sahil Systems разрабатывает процессинговую платформу для банков и платёжных сервисов Азербайджана и Центральной Азии. "
         "Наши сервисы обрабатывают более 4 млн транзакций в сутки, поэтому к надёжности и наблюдаемости инфраструктуры у нас особые требования.")
    head("Что предстоит делать")
    bullets(["сопровождать и развивать кластеры Kubernetes (on-prem, около 300 нод) и сервисы вокруг них;",
             "описывать инфраструктуру как код: Terraform, Ansible, Helm charts;",
             "строить и поддерживать пайплайны GitLab CI для 60+ микросервисов;",
             "настраивать мониторинг и алертинг на Prometheus и Grafana, участвовать в дежурствах (on-call);",
             "администрировать кластеры PostgreSQL (Patroni) и Kafka вместе с командой DBA."])
    head("Что мы ожидаем")
    bullets(["коммерческий опыт в роли DevOps/SRE от 3 лет;",
             "уверенное знание Linux (Debian/RHEL), сетей и TCP/IP;",
             "опыт эксплуатации Kubernetes в продакшене и написания Helm charts;",
             "скрипты на Bash или Python для автоматизации;",
             "английский на уровне чтения технической документации (B1+);",
             "высшее техническое образование — желательно."])
    head("Что мы предлагаем")
    bullets(["гибридный формат: вторник–четверг в офисе у метро «Гянджлик», остальные дни — из дома;",
             "официальное оформление, медицинское страхование для сотрудника и семьи;",
             "бюджет на обучение и сертификацию (CKA, AWS) до 1 500 AZN в год;",
             "годовой бонус по результатам и 24 календарных дня отпуска."])
    head("Как откликнуться")
    para("Отправьте CV на careers@sahilsystems.az с темой «DevOps Middle» или заполните форму: "
         "https://sahilsystems.az/careers/devops-middle. Вопросы по вакансии: +994 12 565 40 27.")
    pdf.output(out)

if __name__ == "__main__":
    build(sys.argv[1])
