"""Negative templates, part A: newsletters, schedules, HR, payroll, occupational
health, committees, conferences, job postings, invoices, purchase orders, inventory."""
import datetime as dt

from stdnum import luhn

from gen_build import html_table, text_table, to_html
from gen_common import (CLINIC, DERMS, HOSP, NURSES, RESIDENTS, S, STAFF, day_en, day_fr, fmt_date,
                        signature)

EXT = [("Dre", "Laurence", "Béland", "CHU de Québec"), ("Dr", "Mathias", "Keller", "University of Toronto"),
       ("Dre", "Noor", "El-Khoury", "Hôpital du Sacré-Cœur"), ("Dr", "Yannick", "Chartrand", "CIUSSS de l'Estrie"),
       ("Dre", "Fiona", "MacIntyre", "Dalhousie University"), ("Dre", "Sophie", "Tessier", "CHUM"),
       ("Dr", "Hiroshi", "Tanaka", "McGill University"), ("Dre", "Ama", "Boateng", "Queen's University"),
       ("Dre", "Émilie", "Robitaille", "CHU Sainte-Justine"), ("Dr", "Antoine", "Gervais", "Hôpital Maisonneuve")]


def ext_name(e, lang):
    t = e[0] if lang == "fr" else "Dr."
    return f"{t} {e[1]} {e[2]}"


def luhn_number(rng, n, first=None):
    body = (str(first) if first else str(rng.randint(1, 9))) + "".join(str(rng.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def mod97_ref(rng):
    """11-digit reference whose last two digits are 97 - (first nine mod 97)."""
    base = f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(1, 996):03d}"
    return base + f"{97 - int(base) % 97:02d}"


def _pick_staff(rng, keys, k):
    return [S(x) for x in rng.sample(keys, k)]


# ---------------------------------------------------------------------------------------- 1
def newsletter(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "newsletter"
    m.note = "clinic staff newsletter with new physicians and service news" if not fr else "infolettre interne avec nouveaux médecins et nouvelles des services"
    new = r.choice(EXT)
    mgr = S("lapierre")
    n_req = r.randint(180, 320)
    if fr:
        items = [f"Bienvenue à la {ext_name(new, 'fr')}, qui se joint à l'équipe le {day_fr(m.later_day(10))}. Formée à {new[3]}, elle s'intéresse particulièrement au psoriasis, à l'hidradénite suppurée et aux maladies bulleuses." if new[0] == "Dre" else
                 f"Bienvenue au {ext_name(new, 'fr')}, qui se joint à l'équipe le {day_fr(m.later_day(10))}. Formé à {new[3]}, il s'intéresse particulièrement au mélanome et à la chirurgie dermatologique.",
                 f"Télédermatologie : {n_req} demandes reçues ce trimestre; le délai médian de réponse est passé à {r.randint(4, 9)} jours ouvrables. Merci à la Dre Raman et à Nadia Ferland!",
                 "Photothérapie : la nouvelle cabine UVB à bande étroite est en service depuis lundi. Mme Chantal Dufresne offrira une formation de 30 minutes aux infirmières auxiliaires.",
                 f"Félicitations au Dr Étienne Lacasse, dont l'affiche sur la dermatite de contact aux gants chez les travailleurs de la santé a été primée au congrès annuel.",
                 "Rappel : la campagne de vaccination antigrippale du personnel se termine vendredi."]
        title = f"Infolettre des Deux-Rives — {['janvier', 'février', 'mars', 'avril', 'mai'][m.day.month - 1]} {m.day.year}"
        subj = title
    else:
        items = [f"Welcome to {ext_name(new, 'en')}, joining us on {day_en(m.later_day(10))}. Trained at {new[3]}, with a special interest in psoriasis, hidradenitis suppurativa and blistering diseases.",
                 f"Teledermatology: {n_req} requests this quarter; median turnaround is now {r.randint(4, 9)} business days. Thanks to Dr. Raman and Nadia Ferland!",
                 "Phototherapy: the new narrowband UVB booth has been in service since Monday. Ms. Chantal Dufresne will run a 30-minute training for LPNs.",
                 "Congratulations to Dr. Étienne Lacasse, whose poster on glove contact dermatitis in healthcare workers won a prize at the annual meeting.",
                 "Reminder: the staff flu vaccination campaign ends Friday."]
        title = f"Deux-Rives Dermatology News — {['January', 'February', 'March', 'April', 'May'][m.day.month - 1]} {m.day.year}"
        subj = title
    r.shuffle(items)
    text = title + "\n\n" + "\n\n".join("• " + x for x in items) + "\n\n" + signature(mgr, m.lang, r)
    html = ("<h2>" + title + "</h2>\n" + "\n".join("<h3>" + x.split(":")[0].split(",")[0][:40] + "</h3>\n<p>" + x + "</p>" for x in items)
            + "\n" + to_html(signature(mgr, m.lang, r)) +
            ("\n<p style=\"font-size:8pt\">Pour vous désabonner, écrivez à communications@" + CLINIC["domain"] + "</p>" if fr else
             "\n<p style=\"font-size:8pt\">To unsubscribe, write to communications@" + CLINIC["domain"] + "</p>"))
    photo = None
    if r.random() < 0.4:
        from gen_attach import make_png
        photo = ("nouvelle_cabine.png" if fr else "new_booth.png", make_png(r))
    return m.render(mgr, [("Tout le personnel" if fr else "All staff", f"personnel@{CLINIC['domain']}")], subj, text,
                    html_body=html, mode=r.choice(["alt", "html"]), related_png=photo)


# ---------------------------------------------------------------------------------------- 2
def schedule(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "staff_schedule"
    m.note = "physician clinic and on-call schedule" if not fr else "horaire des cliniques et de la garde des dermatologues"
    mgr = S(r.choice(["lapierre", "guay"]))
    start = m.later_day(r.randint(3, 10))
    while start.weekday() != 0:
        start += dt.timedelta(days=1)
    days = [start + dt.timedelta(days=i) for i in range(5)]
    clinics_fr = ["Clinique générale", "Psoriasis / biologiques", "Chirurgie / Mohs", "Téléderm (lecture)", "Pédiatrie", "Photothérapie (supervision)"]
    clinics_en = ["General clinic", "Psoriasis / biologics", "Surgery / Mohs", "Teledermatology reading", "Paediatrics", "Phototherapy supervision"]
    hdr = ["Médecin" if fr else "Physician"] + [(day_fr(d) if fr else day_en(d)) for d in days]
    rows = [hdr]
    for k in DERMS:
        p = S(k)
        rows.append([p.titled(m.lang)] + [r.choice(clinics_fr if fr else clinics_en) + (" (AM)" if r.random() < 0.3 else "") for _ in days])
    garde = [r.choice([S(x).titled(m.lang) for x in DERMS]) for _ in days]
    rows.append(["Garde" if fr else "On call"] + garde)
    if r.random() < 0.5:
        m.xlsx(f"horaire_{start.isoformat()}.xlsx" if fr else f"schedule_{start.isoformat()}.xlsx", [("Horaire" if fr else "Schedule", rows)], author=mgr.full)
        text = ((f"Bonjour à tous,\n\nHoraire de la semaine du {day_fr(start)} en pièce jointe. Le Dr Benali sera en congé le vendredi; "
                 f"ses patients de Mohs sont déplacés au mardi suivant.\n\n{signature(mgr, 'fr', r)}") if fr else
                (f"Hi all,\n\nSchedule for the week of {day_en(start)} attached. Dr. Benali is off Friday; his Mohs cases move to the following Tuesday.\n\n{signature(mgr, 'en', r)}"))
        return m.render(mgr, [("Dermatologues" if fr else "Dermatologists", f"dermatologues@{CLINIC['domain']}")], ("Horaire semaine du " if fr else "Schedule week of ") + start.isoformat(), text)
    text = ("Horaire :\n\n" if fr else "Schedule:\n\n") + text_table(rows) + "\n\n" + signature(mgr, m.lang, r)
    html = to_html("Horaire :" if fr else "Schedule:") + "\n" + html_table(rows) + "\n" + to_html(signature(mgr, m.lang, r))
    return m.render(mgr, [("Dermatologues" if fr else "Dermatologists", f"dermatologues@{CLINIC['domain']}")],
                    ("Horaire cliniques - semaine du " if fr else "Clinic schedule - week of ") + start.isoformat(), text, html_body=html, mode="alt")


# ---------------------------------------------------------------------------------------- 3
def leave_request(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "leave_request"
    m.note = "staff vacation request and approval thread" if not fr else "demande de vacances d'un employé et approbation"
    emp = S(r.choice(NURSES + ["beaulieu", "sauve", "gingras", "whitfield"]))
    mgr = S("proulx")
    d1 = m.later_day(r.randint(30, 80))
    d2 = d1 + dt.timedelta(days=r.choice([4, 11, 13]))
    if fr:
        orig = (f"Bonjour Sylvain,\n\nJe souhaiterais prendre mes vacances du {fmt_date(d1, 'long', 'fr')} au {fmt_date(d2, 'long', 'fr')} inclusivement. "
                f"{r.choice(['Mélissa', 'Tracy', 'Josiane'])} a accepté de me remplacer pour les appels de suivi.\n\nMerci,\n{emp.given}")
        reply = r.choice(["Approuvé, c'est inscrit au calendrier. Bonnes vacances!", "C'est correct pour moi, sous réserve que la photothérapie reste couverte le vendredi."])
        subj = "RE: Demande de vacances"
    else:
        orig = (f"Hi Sylvain,\n\nI would like to take vacation from {fmt_date(d1, 'long', 'en')} to {fmt_date(d2, 'long', 'en')} inclusive. "
                f"{r.choice(['Mélissa', 'Tracy', 'Josiane'])} agreed to cover my follow-up calls.\n\nThanks,\n{emp.given}")
        reply = r.choice(["Approved and added to the calendar. Enjoy!", "Fine with me as long as phototherapy is covered on Fridays."])
        subj = "RE: Vacation request"
    text = reply + "\n\n" + signature(mgr, m.lang, r) + "\n\n" + m.quote(orig, emp, m.earlier(4, 100), to=[mgr.full], subject=subj[4:])
    return m.render(mgr, [emp], subj, text, reply=True)


# ---------------------------------------------------------------------------------------- 4
def payroll(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "payroll_notice"
    m.note = "payroll department notice about pay dates and deductions" if not fr else "avis du service de la paie sur les dates de paie et retenues"
    pay = ("Service de la paie" if fr else "Payroll", f"paie@{CLINIC['domain']}")
    dates = [m.later_day(k) for k in (3, 13, 23)]
    if fr:
        text = (f"Bonjour,\n\nÀ compter de la période {r.randint(4, 9)}, les dépôts seront effectués le jeudi plutôt que le vendredi.\n\n"
                f"Prochaines dates de paie : {', '.join(fmt_date(d, 'long', 'fr') for d in dates)}.\n\n"
                f"Les nouveaux taux de cotisation RRQ et AE sont appliqués automatiquement. Pour toute question sur votre relevé, "
                f"indiquez votre numéro d'employé (6 chiffres, ex. 104{r.randint(100, 999)}) — jamais votre NAS par courriel.\n\n"
                f"Poste 2210 — {CLINIC['addr']}, {CLINIC['city']}")
        subj = "Paie - changement de date de dépôt"
    else:
        text = (f"Hello,\n\nStarting with pay period {r.randint(4, 9)}, deposits will be made on Thursday instead of Friday.\n\n"
                f"Upcoming pay dates: {', '.join(fmt_date(d, 'long', 'en') for d in dates)}.\n\n"
                f"New QPP and EI contribution rates are applied automatically. For questions about your pay stub, quote your "
                f"employee number (6 digits, e.g. 104{r.randint(100, 999)}) — never your SIN by e-mail.\n\nExt. 2210")
        subj = "Payroll - deposit day change"
    if r.random() < 0.4:
        rows = [("Période" if fr else "Period", "Début" if fr else "Start", "Fin" if fr else "End", "Dépôt" if fr else "Deposit")]
        base = m.day
        for i in range(6):
            s = base + dt.timedelta(days=14 * i)
            rows.append((str(i + 5), s.isoformat(), (s + dt.timedelta(days=13)).isoformat(), (s + dt.timedelta(days=18)).isoformat()))
        m.csv("calendrier_paie.csv" if fr else "pay_calendar.csv", rows)
    return m.render(pay, [("Tout le personnel" if fr else "All staff", f"personnel@{CLINIC['domain']}")], subj, text)


# ---------------------------------------------------------------------------------------- 5
def occupational_health(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "staff_occupational_health"
    m.note = "employee occupational health follow-up (staff, not patient)" if not fr else "suivi de santé au travail d'une employée (personnel, pas un patient)"
    emp = S(r.choice(NURSES))
    sst = ("Santé et sécurité au travail" if fr else "Occupational Health", f"sst@{HOSP['domain']}")
    v = r.randrange(3)
    if fr:
        txt = [f"Bonjour {emp.given},\n\nSuite à votre visite en santé au travail pour la dermatite des mains, les tests épicutanés montrent une "
               f"sensibilisation aux thiurames (accélérateurs du caoutchouc). Des gants en néoprène sans accélérateur seront commandés pour votre poste. "
               f"Vous pouvez poursuivre vos tâches habituelles.",
               f"Bonjour {emp.given},\n\nVotre test cutané à la tuberculine (TCT) annuel est à lire jeudi entre 8 h et 10 h au local B-114. "
               f"Rappel : ce dépistage est obligatoire pour le personnel de la photothérapie et des cliniques externes.",
               f"Bonjour {emp.given},\n\nNous avons bien reçu votre certificat pour retrait préventif de la travailleuse enceinte. "
               f"Une réaffectation sans exposition aux UV et au méthoxsalène vous sera proposée par votre gestionnaire."][v]
        subj = ["Suivi santé au travail - gants", "TCT annuel - lecture", "Retrait préventif - suivi"][v]
    else:
        txt = [f"Hi {emp.given},\n\nFollowing your occupational health visit for hand dermatitis, patch testing shows sensitisation to thiurams "
               f"(rubber accelerators). Accelerator-free neoprene gloves will be ordered for your station. You can continue your usual duties.",
               f"Hi {emp.given},\n\nYour annual tuberculin skin test is due to be read Thursday between 8 and 10 am in room B-114. "
               f"Reminder: screening is mandatory for phototherapy and outpatient clinic staff.",
               f"Hi {emp.given},\n\nWe received your certificate for preventive reassignment during pregnancy. "
               f"Your manager will propose duties with no UV or methoxsalen exposure."][v]
        subj = ["Occupational health follow-up - gloves", "Annual TST reading", "Preventive reassignment"][v]
    text = txt + "\n\n" + ("Cordialement,\nL'équipe SST\nPoste 4420" if fr else "Regards,\nOccupational Health\nExt. 4420")
    return m.render(sst, [emp], subj, text, cc=[S("proulx")] if v == 2 else ())


# ---------------------------------------------------------------------------------------- 6
def committee_notice(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "committee_notice"
    m.note = "committee meeting notice and agenda" if not fr else "convocation et ordre du jour d'un comité"
    chair = S(r.choice(["lapierre", "vachon", "champagne"]))
    day = m.later_day(r.randint(5, 20))
    if fr:
        items = ["Adoption du procès-verbal de la dernière rencontre",
                 "Révision du protocole de photothérapie UVB-BE (Dre Vachon, Mme Dufresne)",
                 "Ajout du bimékizumab à la liste locale — présentation de Mme Annie Champagne, pharmacienne",
                 "Indicateurs de délai en télédermatologie (Mme Roxanne Guay)",
                 "Pénurie de méthoxsalène : plan de contingence pour les patients sous PUVA",
                 "Varia"]
        title = r.choice(["Comité de pharmacologie et thérapeutique", "Comité qualité et sécurité des soins", "Comité de la télédermatologie"])
        text = (f"Bonjour,\n\nVous êtes convoqués à la rencontre du {title} le {day_fr(day)} à 12 h, salle 2.14 (lien Teams dans l'invitation).\n\n"
                "Ordre du jour :\n" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(items)) + "\n\nDîner servi.\n\n" + signature(chair, "fr", r))
        subj = f"Convocation - {title} - {day.isoformat()}"
    else:
        items = ["Approval of previous minutes", "Review of NB-UVB phototherapy protocol (Dr. Vachon, Ms. Dufresne)",
                 "Adding bimekizumab to the local formulary — presentation by Annie Champagne, pharmacist",
                 "Teledermatology turnaround indicators (Roxanne Guay)", "Methoxsalen shortage: contingency plan for PUVA",
                 "Other business"]
        title = r.choice(["Pharmacy & Therapeutics Committee", "Quality and Patient Safety Committee", "Teledermatology Committee"])
        text = (f"Hello,\n\nYou are invited to the {title} meeting on {day_en(day)} at noon, room 2.14 (Teams link in the invite).\n\n"
                "Agenda:\n" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(items)) + "\n\nLunch provided.\n\n" + signature(chair, "en", r))
        subj = f"Meeting notice - {title} - {day.isoformat()}"
    if r.random() < 0.4:
        m.docx("ordre_du_jour.docx" if fr else "agenda.docx", subj, [("h", title), ("p", day.isoformat())] + [("p", f"{i + 1}. {x}") for i, x in enumerate(items)], author=chair.full)
    return m.render(chair, [("Membres du comité" if fr else "Committee members", f"comite@{CLINIC['domain']}")], subj, text)


# ---------------------------------------------------------------------------------------- 7
def conference(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "conference_programme"
    m.note = "regional dermatology day programme with speakers and topics" if not fr else "programme d'une journée régionale de dermatologie avec conférenciers et sujets"
    org = S(r.choice(["lapierre", "raman"]))
    sp = r.sample(EXT, 5)
    topics_fr = ["Mélanome : nouveautés en traitement adjuvant", "Hidradénite suppurée : place des biologiques",
                 "Dermatite atopique de l'enfant : quand passer au systémique?", "Carcinomes kératinocytaires chez le greffé",
                 "Télédermatologie : photos de qualité en première ligne", "Psoriasis et risque cardiovasculaire"]
    topics_en = ["Melanoma: what's new in adjuvant therapy", "Hidradenitis suppurativa: where biologics fit",
                 "Paediatric atopic dermatitis: when to go systemic", "Keratinocyte cancers in transplant recipients",
                 "Teledermatology: good photos in primary care", "Psoriasis and cardiovascular risk"]
    tp = r.sample(range(6), 5)
    day = m.later_day(r.randint(20, 60))
    times = ["8 h 30", "9 h 15", "10 h 30", "13 h 00", "14 h 15"] if fr else ["8:30", "9:15", "10:30", "1:00 pm", "2:15 pm"]
    lines = [f"{times[i]} — {(topics_fr if fr else topics_en)[tp[i]]} — {ext_name(sp[i], m.lang)} ({sp[i][3]})" for i in range(5)]
    title = "Journée régionale de dermatologie" if fr else "Regional Dermatology Day"
    blocks = [("h", f"{title} — {day.isoformat()}"), ("p", "Hôtel Le Riverain, salle Laviolette" if fr else "Hotel Le Riverain, Laviolette room")] + \
             [("p", x) for x in lines] + [("small", "Activité de DPC agréée — 5 heures" if fr else "Accredited CPD activity — 5 hours")]
    m.pdf("programme.pdf" if fr else "program.pdf", title, blocks, org=None, author=org.full)
    text = ((f"Bonjour,\n\nLe programme de la {title} du {day_fr(day)} est joint. Inscription gratuite pour les médecins de famille "
             f"de la région avant le {fmt_date(day - dt.timedelta(days=10), 'long', 'fr')}.\n\n" + "\n".join(lines) + "\n\n" + signature(org, "fr", r)) if fr else
            (f"Hello,\n\nPlease find the program for the {title} on {day_en(day)}. Free registration for regional family physicians "
             f"until {fmt_date(day - dt.timedelta(days=10), 'long', 'en')}.\n\n" + "\n".join(lines) + "\n\n" + signature(org, "en", r)))
    return m.render(org, [("Médecins de famille - région" if fr else "Regional family physicians", "liste-mf@rls-deuxrives.example")],
                    title + " - " + ("programme" if fr else "program"), text, mode=r.choice(["plain", "alt"]))


# ---------------------------------------------------------------------------------------- 8
def job_posting(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "job_posting"
    m.note = "job posting for a clinic position" if not fr else "affichage de poste à la clinique"
    hr = S("bisson")
    post = r.choice([("Infirmière clinicienne ou infirmier clinicien — biologiques", "Clinical nurse — biologics"),
                     ("Infirmière auxiliaire — photothérapie (0,6 ETC)", "LPN — phototherapy (0.6 FTE)"),
                     ("Agente ou agent administratif — télédermatologie", "Administrative officer — teledermatology")])
    num = f"AFF-2025-{r.randint(10, 99)}"
    if fr:
        text = (f"AFFICHAGE {num}\n\n{post[0]}\n\nDescription : sous la supervision de la chef de service, la personne titulaire assure "
                f"l'enseignement aux patients, le suivi des bilans et la coordination avec les programmes de soutien.\n\n"
                f"Exigences : permis valide, 2 ans d'expérience, bilinguisme un atout.\nSalaire selon l'échelle en vigueur.\n\n"
                f"Faire parvenir votre CV à rh@{CLINIC['domain']} avant le {fmt_date(m.later_day(15), 'long', 'fr')}.\n\n{signature(hr, 'fr', r)}")
        subj = f"Affichage interne {num} - {post[0]}"
    else:
        text = (f"POSTING {num}\n\n{post[1]}\n\nDescription: reporting to the head of department, the incumbent provides patient teaching, "
                f"follows up on monitoring labs and coordinates with support programs.\n\nRequirements: valid licence, 2 years of experience, "
                f"bilingualism an asset.\nSalary per current scale.\n\nSend your CV to rh@{CLINIC['domain']} by {fmt_date(m.later_day(15), 'long', 'en')}.\n\n{signature(hr, 'en', r)}")
        subj = f"Internal posting {num} - {post[1]}"
    return m.render(hr, [("Tout le personnel" if fr else "All staff", f"personnel@{CLINIC['domain']}")], subj, text)


# ---------------------------------------------------------------------------------------- 9
def candidate(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "job_candidate"
    m.note = "HR discussion of a job candidate" if not fr else "discussion RH au sujet d'une candidate"
    hr = S("bisson")
    mgr = S(r.choice(["proulx", "lapierre"]))
    cand = r.choice([("Audrey", "Lemelin"), ("Jordan", "Pinto"), ("Kassandra", "Vigneault"), ("Olivier", "Brisebois"), ("Meera", "Iyer")])
    ph = f"819-555-01{r.randint(10, 99)}"
    if fr:
        text = (f"Bonjour {mgr.given},\n\nJ'ai retenu la candidature de {cand[0]} {cand[1]} pour le poste en biologiques : 4 ans à l'urgence, "
                f"formation en soins de plaies, très bonnes références. Disponible pour une entrevue mardi ou mercredi; "
                f"son cellulaire est le {ph}.\n\nCV en pièce jointe.\n\n{signature(hr, 'fr', r)}")
        subj = "Candidature - poste infirmière biologiques"
        blocks = [("h", f"{cand[0]} {cand[1]}"), ("p", "Infirmière clinicienne — B.Sc.inf."), ("p", f"Tél. {ph}"),
                  ("h2", "Expérience"), ("p", "2021-2025 Urgence, Hôpital régional"), ("p", "2019-2021 Soins à domicile, CLSC")]
        fname = f"CV_{cand[1]}.docx"
    else:
        text = (f"Hi {mgr.given},\n\nI shortlisted {cand[0]} {cand[1]} for the biologics nurse position: 4 years in the ER, wound care training, "
                f"excellent references. Available for interview Tuesday or Wednesday; cell {ph}.\n\nCV attached.\n\n{signature(hr, 'en', r)}")
        subj = "Candidate - biologics nurse position"
        blocks = [("h", f"{cand[0]} {cand[1]}"), ("p", "Registered Nurse — BScN"), ("p", f"Tel. {ph}"),
                  ("h2", "Experience"), ("p", "2021-2025 Emergency, Regional Hospital"), ("p", "2019-2021 Home care")]
        fname = f"CV_{cand[1]}.docx"
    m.docx(fname, "CV", blocks, author=f"{cand[0]} {cand[1]}")
    return m.render(hr, [mgr], subj, text)


# ---------------------------------------------------------------------------------------- 10
def invoice(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "vendor_invoice"
    m.note = "supplier invoice with client number and equipment serial numbers" if not fr else "facture de fournisseur avec numéro de client et numéros de série"
    vendor = r.choice([("UV Systèmes Nord inc.", "facturation@uvnord.example", "1450, rue Industrielle, Laval (Québec)", "450-555-0121"),
                       ("Cryo-Gaz Québec", "comptes@cryogaz.example", "77, boul. de l'Aéroport, Trois-Rivières", "819-555-0175"),
                       ("Dermaline Médical inc.", "ar@dermaline.example", "3030, chemin Sainte-Foy, Québec", "418-555-0133")])
    inv = f"F-{r.randint(20000, 99999)}"
    client = str(r.randint(10000, 99999))
    sn1, sn2 = luhn_number(r, 9), luhn_number(r, 10)
    items = r.choice([[("Lampes UVB-BE TL01 100 W (boîte de 10)", "NB-UVB TL01 100 W lamps (box of 10)", 4, 389.00),
                       ("Entretien préventif cabine", "Preventive maintenance, booth", 1, 650.00)],
                      [("Azote liquide — remplissage Dewar 35 L", "Liquid nitrogen — 35 L Dewar refill", 6, 92.50),
                       ("Location Dewar (mois)", "Dewar rental (month)", 1, 45.00)],
                      [("Dermatoscope polarisé DL5", "DL5 polarised dermatoscope", 2, 1249.00),
                       ("Adaptateur téléphone", "Phone adapter", 2, 119.00)]])
    items = [(f if fr else e, q, pr) for f, e, q, pr in items]
    sub = sum(q * p for _, q, p in items)
    tps, tvq = round(sub * 0.05, 2), round(sub * 0.09975, 2)
    if fr:
        blocks = [("h", f"FACTURE {inv}"), ("kv", f"Date : {m.day.isoformat()}    No client : {client}"),
                  ("kv", f"Facturer à : {CLINIC['name_fr']}, {CLINIC['addr']}, {CLINIC['city']}"),
                  ("kv", f"Bon de commande : BC-{r.randint(1000, 9999)}"), ("space", "")] + \
                 [("mono", f"{d:<45} {q:>3} x {p:>8.2f} $") for d, q, p in items] + \
                 [("mono", f"N° de série équipement : {sn1} / {sn2}"), ("space", ""),
                  ("mono", f"Sous-total {sub:>10.2f} $"), ("mono", f"TPS {tps:>10.2f} $"), ("mono", f"TVQ {tvq:>10.2f} $"),
                  ("mono", f"TOTAL {sub + tps + tvq:>10.2f} $"), ("small", "Payable en 30 jours. TPS 812345678 RT0001")]
        text = f"Bonjour,\n\nVeuillez trouver ci-joint la facture {inv}.\n\nMerci de votre confiance,\n{vendor[0]}\n{vendor[2]}\n{vendor[3]}"
        subj = f"Facture {inv}"
    else:
        blocks = [("h", f"INVOICE {inv}"), ("kv", f"Date: {m.day.isoformat()}    Customer no.: {client}"),
                  ("kv", f"Bill to: {CLINIC['name_en']}, {CLINIC['addr']}, {CLINIC['city']}"),
                  ("kv", f"PO: PO-{r.randint(1000, 9999)}"), ("space", "")] + \
                 [("mono", f"{d:<45} {q:>3} x {p:>8.2f}") for d, q, p in items] + \
                 [("mono", f"Equipment serial no.: {sn1} / {sn2}"), ("space", ""), ("mono", f"Subtotal {sub:>10.2f}"),
                  ("mono", f"GST {tps:>10.2f}"), ("mono", f"QST {tvq:>10.2f}"), ("mono", f"TOTAL {sub + tps + tvq:>10.2f}"),
                  ("small", "Net 30. GST 812345678 RT0001")]
        text = f"Hello,\n\nPlease find invoice {inv} attached.\n\nThank you for your business,\n{vendor[0]}\n{vendor[2]}\n{vendor[3]}"
        subj = f"Invoice {inv}"
    m.pdf(f"{inv}.pdf", subj, blocks, org=[vendor[0], vendor[2], vendor[3]])
    return m.render((vendor[0], vendor[1]), [("Comptes fournisseurs" if fr else "Accounts payable", f"comptes@{CLINIC['domain']}")], subj, text)


# ---------------------------------------------------------------------------------------- 11
def purchase_order(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "purchase_order"
    m.note = "purchase order for clinic supplies with asset numbers" if not fr else "bon de commande de fournitures avec numéros d'actif"
    buyer = S(r.choice(["proulx", "houde"]))
    po = f"BC-{r.randint(1000, 9999)}" if fr else f"PO-{r.randint(1000, 9999)}"
    items = [("Poinçons à biopsie 3 mm (bte 50)", "Biopsy punches 3 mm (box 50)", 4, 38.90),
             ("Poinçons à biopsie 4 mm (bte 50)", "Biopsy punches 4 mm (box 50)", 6, 38.90),
             ("Lunettes de protection UV patient", "Patient UV goggles", 20, 14.25),
             ("Formol 10 % contenants 20 mL (bte 100)", "10% formalin containers 20 mL (box 100)", 3, 112.00),
             ("Gants nitrile sans accélérateur M", "Accelerator-free nitrile gloves M", 10, 21.40),
             ("Coton-tiges cryothérapie", "Cryotherapy swabs", 5, 9.80)]
    sel = r.sample(items, 4)
    hdr = ("Article", "Description", "Qté", "Prix unitaire", "N° d'actif") if fr else ("Item", "Description", "Qty", "Unit price", "Asset no.")
    rows = [hdr] + [(f"ART-{r.randint(10000, 99999)}", it[0] if fr else it[1], it[2], it[3],
                     luhn_number(r, 10) if r.random() < 0.5 else "") for it in sel]
    m.xlsx(f"{po}.xlsx", [(po, rows)], author=buyer.full)
    text = ((f"Bonjour,\n\nVoici notre bon de commande {po}. Livraison au {CLINIC['addr']}, réception au rez-de-chaussée, "
             f"entre 8 h et 15 h.\n\n{signature(buyer, 'fr', r)}") if fr else
            (f"Hello,\n\nPlease find purchase order {po}. Deliver to {CLINIC['addr']}, ground-floor receiving, 8 am to 3 pm.\n\n{signature(buyer, 'en', r)}"))
    return m.render(buyer, [("Dermaline Médical - commandes", "commandes@dermaline.example")], f"{'Bon de commande' if fr else 'Purchase order'} {po}", text)


# ---------------------------------------------------------------------------------------- 12
def inventory(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "stock_inventory"
    m.note = "monthly inventory of samples and injectables with lot numbers" if not fr else "inventaire mensuel d'échantillons et d'injectables avec numéros de lot"
    nurse = S(r.choice(["giroux", "morneau"]))
    prods = ["Skyrizi 150 mg seringue", "Cosentyx 150 mg stylo", "Dupixent 300 mg stylo", "Tremfya 100 mg stylo",
             "Efudex 5 % 40 g", "Aldara 5 % sachets", "Xylocaïne 1 % épi 50 mL", "Triamcinolone 10 mg/mL 5 mL"]
    hdr = ("Produit", "Lot", "Expiration", "Quantité", "Emplacement") if fr else ("Product", "Lot", "Expiry", "Quantity", "Location")
    rows = [hdr]
    for pname in r.sample(prods, 6):
        lot = r.choice([f"{r.choice('ABCDEFGHKLMNPRSTXZ')}{r.randint(1000, 9999)}{r.choice('ABCDEFGHKLMNPRSTXZ')}",
                        luhn_number(r, 9), mod97_ref(r)])
        exp = dt.date(2025 + r.randint(0, 2), r.randint(1, 12), 1)
        rows.append((pname, lot, exp.strftime("%Y-%m"), r.randint(0, 24), r.choice(["Frigo 1", "Frigo 2", "Armoire B", "Fridge 1"])))
    if r.random() < 0.5:
        m.csv("inventaire.csv" if fr else "inventory.csv", rows, delimiter=";" if fr else ",")
        text = (("Inventaire du mois en pièce jointe. Deux stylos Dupixent expirent le mois prochain, à utiliser en priorité pour l'enseignement.\n\n" if fr
                 else "Monthly inventory attached. Two Dupixent pens expire next month — use first for teaching.\n\n") + signature(nurse, m.lang, r))
        return m.render(nurse, [S("proulx")], "Inventaire échantillons" if fr else "Sample inventory", text)
    text = ("Inventaire :\n\n" if fr else "Inventory:\n\n") + text_table(rows) + "\n\n" + signature(nurse, m.lang, r)
    return m.render(nurse, [S("proulx")], "Inventaire frigo biologiques" if fr else "Biologics fridge inventory", text,
                    html_body=to_html("Inventaire :" if fr else "Inventory:") + html_table(rows), mode="alt")


TEMPLATES = [newsletter, schedule, leave_request, payroll, occupational_health, committee_notice, conference,
             job_posting, candidate, invoice, purchase_order, inventory]
