"""Negative scenarios, part 3: newsletters, conferences, committees, aggregate
statistics, teaching cases, blank forms and templates, policies, research,
education, block allocation, forwarded and replied administrative mail."""
import datetime as dt

import gen_attach as A
from gen_common import MOIS, MONTHS, fmt_date
from gen_neg1 import SPECIALTY_EN, SPECIALTY_FR, cand_name, short_dr
from gen_text import PROCS, labs

XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ------------------------------------------------------------------ 22
def newsletter(c, lang):
    r = c.rng
    com = ("Communications CHDR", "communications@chdr.example")
    sx = c.f.staff_list("surgeon", 3)
    an = c.f.staff("anesth")
    nurse = c.f.staff("preop_nurse")
    fr = lang == "fr"
    i = r.randrange(len(SPECIALTY_FR))
    n = r.randrange(12, 40)
    if fr:
        blocks = [("p", f"L'Écho du bloc — numéro {n}"),
                  ("p", f"Bienvenue à {sx[0].titled('fr')}, qui se joint au service de chirurgie générale. "
                        f"{'Elle' if sx[0].sex == 'F' else 'Il'} a complété un fellowship en {SPECIALTY_FR[i]} et "
                        "prendra en charge les cas de cancer colorectal et de maladie de Crohn référés par la région."),
                  ("p", f"Félicitations à {nurse.full}, infirmière de la clinique préopératoire, lauréate du prix "
                        "Reconnaissance 2025 pour son projet d'enseignement sur l'arrêt des anticoagulants."),
                  ("p", f"{short_dr(an, 'fr')} présentera les nouvelles lignes directrices sur les agonistes du GLP-1 "
                        "(Ozempic, Mounjaro) et le risque d'aspiration lors de la réunion scientifique du mois."),
                  ("p", f"En chiffres : {r.randrange(380, 520)} interventions ce trimestre, taux d'annulation le jour même "
                        f"{r.randrange(3, 8)},{r.randrange(10)} %, {r.randrange(20, 60)} % des cholécystectomies en chirurgie d'un jour."),
                  ("p", "Pour soumettre une nouvelle : communications@chdr.example")]
        subj = f"L'Écho du bloc no {n}"
    else:
        blocks = [("p", f"OR Echo - issue {n}"),
                  ("p", f"Welcome to {sx[0].titled('en')}, who joins the General Surgery service after a fellowship in "
                        f"{SPECIALTY_EN[i]} and will take on colorectal cancer and Crohn's disease referrals from the region."),
                  ("p", f"Congratulations to {nurse.full}, pre-op clinic nurse, winner of the 2025 Recognition Award for "
                        "her teaching project on stopping anticoagulants before surgery."),
                  ("p", f"{short_dr(an, 'en')} will present the new guidance on GLP-1 agonists (Ozempic, Mounjaro) and "
                        "aspiration risk at this month's scientific meeting."),
                  ("p", f"By the numbers: {r.randrange(380, 520)} procedures this quarter, same-day cancellation rate "
                        f"{r.randrange(3, 8)}.{r.randrange(10)}%, {r.randrange(20, 60)}% of cholecystectomies done as day surgery."),
                  ("p", "To submit news: communications@chdr.example")]
        subj = f"OR Echo #{n}"
    spec = c.spec(lang, com, [("Tout le personnel" if fr else "All staff", "tous@chdr.example")], subj, blocks,
                  body=r.choice(["html", "alt", "alt"]))
    return dict(spec=spec, cat="newsletter", note="department newsletter with staff and physician news")


# ------------------------------------------------------------------ 23
def conference(c, lang):
    r = c.rng
    sec = c.f.staff("secretary")
    sx = c.f.staff_list("surgeon", 4)
    an = c.f.staff_list("anesth", 2)
    fr = lang == "fr"
    d = c.later(20, 60)
    topics_fr = ["Cholécystite aiguë chez la personne âgée : opérer ou drainer ?",
                 "Hernies inguinales : quand surveiller ?", "ERAS en chirurgie colorectale : bilan 2024",
                 "Anesthésie et apnée du sommeil", "Gestion périopératoire des anticoagulants oraux directs",
                 "Appendicite non compliquée : antibiotiques seuls ?"]
    topics_en = ["Acute cholecystitis in the elderly: operate or drain?", "Inguinal hernia: when to watch and wait?",
                 "ERAS in colorectal surgery: 2024 results", "Anesthesia and sleep apnea",
                 "Peri-operative management of DOACs", "Uncomplicated appendicitis: antibiotics alone?"]
    speakers = sx + an
    rows = []
    t = dt.datetime(2025, d.month, d.day, 8, 30)
    for i, sp in enumerate(speakers):
        rows.append([t.strftime("%H:%M"), (topics_fr if fr else topics_en)[i], sp.titled(lang)])
        t += dt.timedelta(minutes=40)
    head = (["Heure", "Conférence", "Conférencier"] if fr else ["Time", "Talk", "Speaker"])
    title = (f"Journée de chirurgie générale des Deux-Rivières — {c.d(d, lang, 'long')}" if fr else
             f"Deux-Rivières General Surgery Day - {c.d(d, lang, 'long')}")
    pdf = A.pdf(title, ["Auditorium du pavillon principal. 6 heures de crédits de DPC." if fr else
                        "Main pavilion auditorium. 6 CPD credits."], (head, rows), compress=r.random() < 0.5)
    txt = ([c.hello(lang), "Le programme de la journée scientifique est joint. Inscription gratuite avant le "
            f"{c.d(d - dt.timedelta(days=7), lang, 'long')}."] if fr else
           [c.hello(lang), "The scientific day programme is attached. Free registration before "
            f"{c.d(d - dt.timedelta(days=7), lang, 'long')}."])
    blocks = [("p", txt[0]), ("p", txt[1]), ("table", head, rows) if r.random() < 0.4 else ("p", title),
              ("sig", c.sig(sec, lang))]
    spec = c.spec(lang, sec, [("Médecins et résidents" if fr else "Physicians and residents", "medecins@chdr.example")],
                  ("Programme — " if fr else "Programme - ") + title.split(" — ")[0].split(" - ")[0], blocks,
                  atts=[dict(kind="pdf", fn="Programme_journee_chirurgie.pdf" if fr else "Surgery_day_programme.pdf",
                             ct="application/pdf", data=pdf)])
    return dict(spec=spec, cat="conference", note="conference programme with speakers and topics")


# ------------------------------------------------------------------ 24
def committee(c, lang):
    r = c.rng
    sx = c.f.staff("surgeon")
    sec = c.f.staff("secretary")
    fr = lang == "fr"
    d = c.later(5, 25)
    if fr:
        L = [f"Réunion du comité de morbidité-mortalité de chirurgie, {c.day(d, lang)} à 7 h, salle B-110 (et Teams).",
             "Ordre du jour :", "1. Adoption du procès-verbal", f"2. Cas 1 — fuite anastomotique après hémicolectomie (présenté par les résidents)",
             "3. Cas 2 — lésion des voies biliaires lors d'une cholécystectomie", "4. Indicateurs NSQIP du trimestre",
             "Rappel : les cas sont présentés de façon dépersonnalisée; aucun nom, numéro de dossier ni date de naissance sur les diapositives.",
             f"Présidence : {sx.titled('fr')}"]
        subj = "Comité de morbidité-mortalité — convocation"
    else:
        L = [f"Surgical M&M committee meeting, {c.day(d, lang)} at 7 am, room B-110 (and Teams).",
             "Agenda:", "1. Approval of minutes", "2. Case 1 - anastomotic leak after right hemicolectomy (residents)",
             "3. Case 2 - bile duct injury during cholecystectomy", "4. Quarterly NSQIP indicators",
             "Reminder: cases are presented de-identified; no names, chart numbers or birth dates on slides.",
             f"Chair: {sx.titled('en')}"]
        subj = "M&M committee - notice of meeting"
    blocks = [("p", c.hello(lang)), ("p", "\n".join(L)), ("sig", c.sig(sec, lang))]
    atts = []
    if r.random() < 0.35:
        st = dt.datetime(d.year, d.month, d.day, 7, 0)
        atts.append(dict(kind="ics", fn="MM.ics", ct="text/calendar",
                         text=A.ics(f"{c.tag}-mm@chdr.example", c.when.replace(tzinfo=None), st, st + dt.timedelta(hours=1),
                                    subj, L[0], "B-110", (sec.full, sec.addr), [(sx.full, sx.addr)]).decode()))
    spec = c.spec(lang, sec, [("Département de chirurgie" if fr else "Department of Surgery", "chirurgie.dept@chdr.example")],
                  subj, blocks, atts=atts)
    return dict(spec=spec, cat="committee_notice", note="M&M committee notice (de-identified cases)")


# ------------------------------------------------------------------ 25
def minutes(c, lang):
    r = c.rng
    sec = c.f.staff("secretary")
    members = c.f.staff_list("surgeon", 4) + c.f.staff_list("anesth", 2) + [c.f.staff("manager")]
    fr = lang == "fr"
    d = c.earlier(2, 10)
    paras = ([f"Procès-verbal — réunion du service de chirurgie générale du {c.d(d, lang, 'long')}",
              "Présents : " + ", ".join(m.titled('fr') for m in members),
              "1. Temps opératoire : la plage du vendredi après-midi est réattribuée aux cas oncologiques à compter d'avril.",
              "2. Clinique préop : les patients ASA I-II de moins de 65 ans passeront par l'évaluation téléphonique.",
              "3. Protocole d'arrêt des AOD révisé : apixaban et rivaroxaban cessés 2 jours avant (48 h) pour risque hémorragique faible.",
              "4. Liste d'attente : " + str(r.randrange(120, 260)) + " patients au-delà d'un an; plan de rattrapage avec le Centre ambulatoire.",
              "Prochaine réunion : dans un mois."] if fr else
             [f"Minutes - General Surgery service meeting, {c.d(d, lang, 'long')}",
              "Present: " + ", ".join(m.titled('en') for m in members),
              "1. OR time: Friday afternoon block reassigned to cancer cases from April.",
              "2. Pre-op clinic: ASA I-II patients under 65 will have phone assessment.",
              "3. Revised DOAC hold protocol: apixaban and rivaroxaban held 2 days (48 h) for low bleeding-risk procedures.",
              "4. Wait list: " + str(r.randrange(120, 260)) + " patients over one year; catch-up plan with the ambulatory centre.",
              "Next meeting: in one month."])
    doc = A.docx(paras[0], paras[1:])
    blocks = [("p", c.hello(lang)), ("p", "Procès-verbal de la dernière réunion en pièce jointe, pour adoption." if fr else
                                     "Minutes of the last meeting attached for approval."), ("sig", c.sig(sec, lang))]
    spec = c.spec(lang, sec, [(m.full, m.addr) for m in members], "Procès-verbal" if fr else "Meeting minutes", blocks,
                  atts=[dict(kind="docx", fn=("PV_" if fr else "Minutes_") + d.strftime("%Y-%m-%d") + ".docx", ct=DOCX_CT, data=doc)])
    return dict(spec=spec, cat="meeting_minutes", note="service meeting minutes")


# ------------------------------------------------------------------ 26
def waitlist_stats(c, lang):
    r = c.rng
    mgr = c.f.staff("manager")
    dirc = ("Direction des services professionnels" if lang == "fr" else "Professional Services", "dsp@chdr.example")
    fr = lang == "fr"
    rows = []
    for pr in r.sample(PROCS, 8):
        tot = r.randrange(15, 340)
        rows.append([pr[1] if fr else pr[2], tot, r.randrange(0, tot // 2 + 1), f"{r.randrange(40, 420)}",
                     f"{r.randrange(5, 60)} %"])
    head = (["Intervention", "En attente", "> 1 an", "Délai médian (j)", "% hors délai"] if fr else
            ["Procedure", "Waiting", "> 1 year", "Median wait (d)", "% beyond target"])
    txt = ([c.hello(lang), f"Voici le portrait de la liste d'attente en chirurgie générale au {c.d(c.today, lang, 'long')} (données agrégées, aucune donnée nominative).",
            f"Total : {sum(x[1] for x in rows)} patients en attente."] if fr else
           [c.hello(lang), f"General surgery wait-list snapshot as of {c.d(c.today, lang, 'long')} (aggregate data, no patient identifiers).",
            f"Total: {sum(x[1] for x in rows)} patients waiting."])
    blocks = [("p", txt[0]), ("p", "\n".join(txt[1:]))]
    atts = []
    if r.random() < 0.5:
        atts.append(dict(kind="xlsx", fn=("Portrait_liste_attente_" if fr else "Waitlist_snapshot_") + c.today.strftime("%Y%m") + ".xlsx",
                         ct=XLSX_CT, data=A.xlsx([("Portrait" if fr else "Snapshot", head, rows)])))
    else:
        blocks.append(("table", head, rows))
    blocks.append(("sig", c.sig(mgr, lang)))
    spec = c.spec(lang, mgr, [dirc], ("Portrait liste d'attente — " if fr else "Wait-list snapshot - ") + c.today.strftime("%Y-%m"),
                  blocks, atts=atts)
    return dict(spec=spec, cat="aggregate_stats", note="aggregate wait-list statistics")


# ------------------------------------------------------------------ 27
def quality_stats(c, lang):
    r = c.rng
    mgr = c.f.staff("manager")
    fr = lang == "fr"
    months = [(c.today.month - k - 1) % 12 + 1 for k in range(3)][::-1]
    rows = []
    for m in months:
        n = r.randrange(140, 220)
        rows.append([MOIS[m - 1] if fr else MONTHS[m - 1], n, r.randrange(1, 9), r.randrange(3, 15),
                     r.randrange(0, 6), r.randrange(1, 7)])
    head = (["Mois", "Interventions", "ISO", "Annulations", "Retours au bloc", "Réadmissions 30 j"] if fr else
            ["Month", "Procedures", "SSI", "Cancellations", "Returns to OR", "30-d readmissions"])
    reasons = ([["Patient non à jeun", r.randrange(1, 6)], ["Manque de lits", r.randrange(2, 12)],
                ["Dépassement de temps", r.randrange(2, 9)], ["Condition médicale (IVRS, RNI)", r.randrange(1, 6)]] if fr else
               [["Patient not fasting", r.randrange(1, 6)], ["No beds", r.randrange(2, 12)],
                ["Ran out of time", r.randrange(2, 9)], ["Medical condition (URTI, INR)", r.randrange(1, 6)]])
    blocks = [("p", c.hello(lang)),
              ("p", "Indicateurs de qualité du trimestre (chirurgie générale). Les données sont agrégées." if fr else
                    "Quarterly quality indicators (general surgery). Aggregate data only."),
              ("table", head, rows), ("table", ["Motif d'annulation" if fr else "Cancellation reason", "N"], reasons),
              ("sig", c.sig(mgr, lang))]
    spec = c.spec(lang, mgr, [("Comité qualité" if fr else "Quality committee", "qualite@chdr.example")],
                  "Indicateurs qualité — trimestre" if fr else "Quality indicators - quarter", blocks)
    return dict(spec=spec, cat="quality_indicators", note="aggregate quality indicators")


# ------------------------------------------------------------------ 28
def teaching_case(c, lang):
    r = c.rng
    sx = c.f.staff("surgeon")
    res = c.f.staff_list("resident", 3)
    fr = lang == "fr"
    age = r.randrange(45, 85)
    sex = r.choice("FM")
    lb = labs(r, lang, 4)
    if fr:
        L = [f"Cas clinique de la semaine (dépersonnalisé)",
             f"{'Femme' if sex == 'F' else 'Homme'} de {age} ans, ATCD de FA sous apixaban, se présente avec douleur de l'hypocondre droit "
             "depuis 48 h, fièvre 38,6, Murphy positif.",
             "Labos : " + ", ".join(lb) + ".",
             "Écho : vésicule distendue, paroi 6 mm, calcul enclavé au collet.",
             "Questions : 1) Grade selon Tokyo 2018 ? 2) Cholécystectomie précoce ou drainage percutané ? "
             "3) Gestion de l'anticoagulation ?",
             "Réponses à discuter jeudi à la demi-journée académique."]
        subj = "Cas clinique de la semaine"
    else:
        L = [f"Case of the week (de-identified)",
             f"{age}-year-old {'woman' if sex == 'F' else 'man'} with AF on apixaban, 48 h of RUQ pain, fever 38.6, positive Murphy's sign.",
             "Labs: " + ", ".join(lb) + ".",
             "US: distended gallbladder, 6 mm wall, stone impacted in the neck.",
             "Questions: 1) Tokyo 2018 grade? 2) Early cholecystectomy or percutaneous drainage? 3) Anticoagulation management?",
             "Answers at Thursday's academic half-day."]
        subj = "Case of the week"
    blocks = [("p", c.hello(lang)), ("p", "\n".join(L)), ("sig", c.sig(sx, lang))]
    spec = c.spec(lang, sx, [(x.full, x.addr) for x in res], subj, blocks)
    return dict(spec=spec, cat="teaching_case", note="de-identified teaching case for residents")


# ------------------------------------------------------------------ 29
def blank_form(c, lang):
    r = c.rng
    nurse = c.f.staff("preop_nurse")
    fr = lang == "fr"
    if fr:
        L = ["Nom du patient : ______________________   Prénom : ________________",
             "NAM : ____ ____ ____      Date de naissance (AAAA-MM-JJ) : ____-__-__",
             "No de dossier : ____________   Téléphone : (___) ___-____",
             "Intervention prévue : ______________________________   Date : __________",
             "Médicaments actuels (nom, dose, fréquence) :", "1. ______________________", "2. ______________________",
             "Allergies : □ aucune  □ oui : ____________", "Apnée du sommeil : □ oui □ non   CPAP : □ oui □ non",
             "Signature du patient : ____________________"]
        title = "Questionnaire préopératoire (à remplir par le patient)"
        txt = [c.hello(lang), "Voici la version révisée (vierge) du questionnaire préopératoire, à imprimer pour la clinique.",
               "Merci de détruire les anciennes copies (version 2022)."]
        subj = "Questionnaire préop — nouvelle version vierge"
    else:
        L = ["Patient name: ______________________   First name: ________________",
             "RAMQ no.: ____ ____ ____      Date of birth (YYYY-MM-DD): ____-__-__",
             "Chart no.: ____________   Phone: (___) ___-____",
             "Planned procedure: ______________________________   Date: __________",
             "Current medications (name, dose, frequency):", "1. ______________________", "2. ______________________",
             "Allergies: [ ] none  [ ] yes: ____________", "Sleep apnea: [ ] yes [ ] no   CPAP: [ ] yes [ ] no",
             "Patient signature: ____________________"]
        title = "Pre-operative questionnaire (to be completed by the patient)"
        txt = [c.hello(lang), "Here is the revised (blank) pre-op questionnaire, to print for the clinic.",
               "Please discard old copies (2022 version)."]
        subj = "Pre-op questionnaire - new blank version"
    kind = r.choice(["pdf", "docx"])
    if kind == "pdf":
        att = dict(kind="pdf", fn=("Questionnaire_preop_vierge.pdf" if fr else "Preop_questionnaire_blank.pdf"),
                   ct="application/pdf", data=A.pdf(title, L, compress=r.random() < 0.5))
    else:
        att = dict(kind="docx", fn=("Questionnaire_préop_v2025.docx" if fr else "Preop_questionnaire_v2025.docx"),
                   ct=DOCX_CT, data=A.docx(title, L))
    blocks = [("p", txt[0]), ("p", "\n".join(txt[1:])), ("sig", c.sig(nurse, lang))]
    spec = c.spec(lang, nurse, [("Clinique préop" if fr else "Pre-op clinic", "clinique.preop@chdr.example")], subj, blocks,
                  atts=[att])
    return dict(spec=spec, cat="blank_form", note="blank pre-op questionnaire form")


# ------------------------------------------------------------------ 30
def template(c, lang):
    r = c.rng
    bk = c.f.staff("booking")
    mgr = c.f.staff("manager")
    fr = lang == "fr"
    style = r.choice(["guil", "curly"])
    P_ = (lambda k: f"«{k}»") if style == "guil" else (lambda k: "{{" + k + "}}")
    if fr:
        tpl = [f"Bonjour {P_('Prénom')} {P_('Nom')},",
               f"Votre chirurgie ({P_('Intervention')}) avec {P_('Chirurgien')} est prévue le {P_('Date_chirurgie')}. "
               f"Présentez-vous à {P_('Heure_arrivée')} à l'admission du bloc, 2e étage.",
               "Ne rien manger à partir de minuit; les liquides clairs sont permis jusqu'à 2 heures avant l'arrivée.",
               f"Si vous prenez un anticoagulant, suivez les consignes remises à la clinique préopératoire.",
               f"NAM : {P_('NAM')} — Dossier : {P_('No_dossier')}",
               "Pour annuler : 819-555-0131."]
        txt = [c.hello(lang, mgr), "Voici le gabarit de la lettre de convocation pour la fusion de publipostage, à valider avant qu'on l'intègre dans OPERA."]
        subj = "Gabarit — lettre de convocation (publipostage)"
    else:
        tpl = [f"Dear {P_('FirstName')} {P_('LastName')},",
               f"Your surgery ({P_('Procedure')}) with {P_('Surgeon')} is scheduled on {P_('SurgeryDate')}. "
               f"Please arrive at {P_('ArrivalTime')} at OR admitting, 2nd floor.",
               "Nothing to eat after midnight; clear fluids allowed until 2 hours before arrival.",
               "If you take a blood thinner, follow the instructions given at the pre-op clinic.",
               f"RAMQ: {P_('RAMQ')} - Chart: {P_('ChartNo')}",
               "To cancel: 819-555-0131."]
        txt = [c.hello(lang, mgr), "Here is the mail-merge template for the surgery notice letter, to approve before we load it into OPERA."]
        subj = "Template - surgery notice letter (mail merge)"
    blocks = [("p", txt[0]), ("p", txt[1]), ("pre", "\n\n".join(tpl)), ("sig", c.sig(bk, lang))]
    atts = []
    if r.random() < 0.4:
        atts.append(dict(kind="docx", fn=("Gabarit_convocation.docx" if fr else "Notice_template.docx"), ct=DOCX_CT,
                         data=A.docx("Convocation" if fr else "Surgery notice", tpl)))
    spec = c.spec(lang, bk, [mgr], subj, blocks, atts=atts)
    return dict(spec=spec, cat="mailmerge_template", note="mail-merge template with placeholders")


# ------------------------------------------------------------------ 31
def policy(c, lang):
    r = c.rng
    an = c.f.staff("anesth")
    fr = lang == "fr"
    k = r.randrange(3)
    if fr:
        L = [["Jeûne préopératoire (révision 2025) :", "- Solides : 8 h; repas léger : 6 h",
              "- Liquides clairs (incluant boisson glucidique) : jusqu'à 2 h avant l'arrivée",
              "- Agonistes GLP-1 hebdomadaires (sémaglutide, tirzépatide) : omettre la dose de la semaine précédente; diète liquide 24 h",
              "- Inhibiteurs SGLT2 : cesser 3 jours avant (ertugliflozine 4 jours)"],
             ["Gestion des AOD avant chirurgie élective :", "- Apixaban / rivaroxaban / édoxaban : 2 jours (risque faible), 3 jours (risque élevé)",
              "- Dabigatran : selon DFGe (2 à 5 jours)", "- Pas de relais par héparine", "- Reprise 24 à 72 h post-op selon l'hémostase"],
             ["Antibioprophylaxie en chirurgie générale :", "- Céfazoline 2 g IV (3 g si > 120 kg) dans les 60 min précédant l'incision",
              "- Colorectal : ajouter métronidazole 500 mg IV", "- Allergie sévère aux bêta-lactamines : clindamycine 900 mg IV",
              "- Répéter la céfazoline après 4 h"]][k]
        subj = ["Protocole de jeûne révisé", "Protocole AOD — version finale", "Antibioprophylaxie — rappel"][k]
    else:
        L = [["Pre-operative fasting (2025 revision):", "- Solids: 8 h; light meal: 6 h",
              "- Clear fluids (including carbohydrate drink): until 2 h before arrival",
              "- Weekly GLP-1 agonists (semaglutide, tirzepatide): skip the previous week's dose; clear fluids for 24 h",
              "- SGLT2 inhibitors: hold 3 days (ertugliflozin 4 days)"],
             ["DOAC management before elective surgery:", "- Apixaban / rivaroxaban / edoxaban: 2 days (low risk), 3 days (high risk)",
              "- Dabigatran: by eGFR (2 to 5 days)", "- No heparin bridging", "- Resume 24-72 h post-op depending on hemostasis"],
             ["Antibiotic prophylaxis in general surgery:", "- Cefazolin 2 g IV (3 g if > 120 kg) within 60 min before incision",
              "- Colorectal: add metronidazole 500 mg IV", "- Severe beta-lactam allergy: clindamycin 900 mg IV",
              "- Redose cefazolin after 4 h"]][k]
        subj = ["Revised fasting protocol", "DOAC protocol - final version", "Antibiotic prophylaxis - reminder"][k]
    blocks = [("p", c.hello(lang)), ("p", "\n".join(L)),
              ("p", "Document complet sur l'intranet, section Protocoles." if fr else "Full document on the intranet, Protocols section."),
              ("sig", c.sig(an, lang))]
    atts = []
    if r.random() < 0.3:
        atts.append(dict(kind="pdf", fn=("Protocole.pdf" if fr else "Protocol.pdf"), ct="application/pdf",
                         data=A.pdf(L[0], L[1:], compress=True)))
    spec = c.spec(lang, an, [("Département d'anesthésie et chirurgie" if fr else "Anesthesia and Surgery", "chirurgie.dept@chdr.example")],
                  subj, blocks, atts=atts)
    return dict(spec=spec, cat="clinical_policy", note="clinical protocol without patients")


# ------------------------------------------------------------------ 32
def research(c, lang):
    r = c.rng
    sx = c.f.staff("surgeon")
    fr = lang == "fr"
    acro = r.choice(["HERNIA-DAY", "CHOLE-EARLY", "ERAS-QC", "GLP1-ASP"])
    if fr:
        L = [f"Étude {acro} — approbation du comité d'éthique de la recherche (CER 2025-{r.randrange(100, 999)})",
             "Devis : essai pragmatique multicentrique, randomisation 1:1.",
             "Critères d'inclusion : adultes de 18 à 80 ans, ASA I-III, chirurgie élective de la paroi abdominale.",
             "Critères d'exclusion : anticoagulation thérapeutique, IMC > 45, grossesse.",
             f"Objectif de recrutement au CHDR : {r.randrange(40, 120)} participants sur 18 mois.",
             "Les assistantes de recherche ne contacteront les patients qu'après accord du chirurgien traitant."]
        subj = f"Étude {acro} — démarrage"
    else:
        L = [f"{acro} study - research ethics board approval (REB 2025-{r.randrange(100, 999)})",
             "Design: pragmatic multicentre trial, 1:1 randomization.",
             "Inclusion: adults 18-80, ASA I-III, elective abdominal wall surgery.",
             "Exclusion: therapeutic anticoagulation, BMI > 45, pregnancy.",
             f"CHDR recruitment target: {r.randrange(40, 120)} participants over 18 months.",
             "Research assistants will only approach patients after the treating surgeon agrees."]
        subj = f"{acro} study - start-up"
    blocks = [("p", c.hello(lang)), ("p", "\n".join(L)), ("sig", c.sig(sx, lang))]
    atts = []
    if r.random() < 0.4:
        atts.append(dict(kind="pdf", fn=f"{acro}_resume_protocole.pdf" if fr else f"{acro}_protocol_summary.pdf",
                         ct="application/pdf", data=A.pdf(L[0], L[1:], compress=r.random() < 0.5)))
    spec = c.spec(lang, sx, [("Chirurgiens" if fr else "Surgeons", "chirurgiens@chdr.example")], subj, blocks, atts=atts)
    return dict(spec=spec, cat="research_protocol", note="research protocol summary without participants")


# ------------------------------------------------------------------ 33
def patient_education(c, lang):
    r = c.rng
    nurse = c.f.staff(r.choice(["preop_nurse", "followup_nurse", "stoma_nurse"]))
    mgr = c.f.staff("manager")
    fr = lang == "fr"
    if fr:
        L = ["Après votre cholécystectomie — conseils", "Douleur : acétaminophène 1 g toutes les 6 h; l'opioïde prescrit seulement au besoin.",
             "Pansements : retirer après 48 h; douche permise.", "Alimentation : reprendre progressivement, éviter les repas très gras la première semaine.",
             "Consultez si : fièvre > 38,5, jaunisse, douleur qui augmente, vomissements persistants.",
             "Info-Santé : 811. Clinique de chirurgie : 819-555-0131."]
        txt = [c.hello(lang, mgr), "Voici l'ébauche du dépliant pour les patients, à relire avant l'envoi à l'imprimerie."]
        subj = "Dépliant patients — ébauche à relire"
    else:
        L = ["After your gallbladder surgery - advice", "Pain: acetaminophen 1 g every 6 h; prescribed opioid only if needed.",
             "Dressings: remove after 48 h; showering allowed.", "Diet: resume gradually, avoid very fatty meals the first week.",
             "Seek care if: fever > 38.5, jaundice, increasing pain, persistent vomiting.",
             "Info-Santé: 811. Surgery clinic: 819-555-0131."]
        txt = [c.hello(lang, mgr), "Here is the draft patient leaflet, please proofread before it goes to the printer."]
        subj = "Patient leaflet - draft for review"
    blocks = [("p", txt[0]), ("p", txt[1]), ("p", "\n".join(L)), ("sig", c.sig(nurse, lang))]
    atts = []
    if r.random() < 0.5:
        atts.append(dict(kind="docx", fn=("Depliant_cholecystectomie.docx" if fr else "Leaflet_cholecystectomy.docx"),
                         ct=DOCX_CT, data=A.docx(L[0], L[1:])))
    spec = c.spec(lang, nurse, [mgr], subj, blocks, atts=atts)
    return dict(spec=spec, cat="patient_education", note="generic patient education leaflet draft")


# ------------------------------------------------------------------ 34
def block_allocation(c, lang):
    r = c.rng
    mgr = c.f.staff("manager")
    sx = c.f.staff_list("surgeon", 5)
    fr = lang == "fr"
    days_fr = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"]
    days_en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    rows = []
    for i, s in enumerate(sx):
        j = r.randrange(len(SPECIALTY_FR))
        rows.append([(days_fr if fr else days_en)[i], f"{'Salle' if fr else 'OR'} {r.randrange(1, 8)}", s.titled(lang),
                     (SPECIALTY_FR if fr else SPECIALTY_EN)[j]])
    head = (["Jour", "Salle", "Chirurgien", "Type de cas"] if fr else ["Day", "Room", "Surgeon", "Case type"])
    txt = ("Nouvelle répartition des plages opératoires à compter du 1er avril, approuvée par le comité du bloc." if fr else
           "New OR block allocation effective April 1, approved by the OR committee.")
    blocks = [("p", c.hello(lang)), ("p", txt), ("table", head, rows), ("sig", c.sig(mgr, lang))]
    spec = c.spec(lang, mgr, [("Chirurgiens" if fr else "Surgeons", "chirurgiens@chdr.example")],
                  "Répartition des plages opératoires" if fr else "OR block allocation", blocks)
    return dict(spec=spec, cat="block_allocation", note="OR block allocation by surgeon and case type")


# ------------------------------------------------------------------ 35
def fwd_admin(c, lang):
    r = c.rng
    mgr = c.f.staff("manager")
    team = c.f.staff_list("preop_nurse", 2)
    it = c.f.staff("it")
    fr = lang == "fr"
    when = c.dt_before(120, 3000)
    if fr:
        orig = [c.hello(lang), "À compter du 1er mai, l'accès au portail OPERA se fera par authentification à deux facteurs.",
                "Chaque utilisateur devra enregistrer son cellulaire professionnel ou une clé matérielle avant le 25 avril.",
                "Séances d'aide : mardis 12 h à 13 h, local A-220."]
        isubj = "Authentification à deux facteurs — OPERA"
        note = "Pour info, merci de vous inscrire avant la date limite."
        subj = "TR: " + isubj
    else:
        orig = [c.hello(lang), "Starting May 1, access to the OPERA portal will require two-factor authentication.",
                "Each user must register a work cell phone or hardware key before April 25.",
                "Help sessions: Tuesdays noon to 1 pm, room A-220."]
        isubj = "Two-factor authentication - OPERA"
        note = "FYI, please register before the deadline."
        subj = "Fwd: " + isubj
    as_att = r.random() < 0.5
    blocks = [("p", c.hello(lang)), ("p", note), ("sig", c.sig(mgr, lang, short=True))]
    atts = []
    ob = [("p", orig[0]), ("p", "\n".join(orig[1:])), ("sig", c.sig(it, lang))]
    if as_att:
        ispec = c.inner_spec(lang, it, [("Utilisateurs OPERA" if fr else "OPERA users", "opera.utilisateurs@chdr.example")],
                             isubj, ob, when)
        atts.append(dict(kind="eml", fn=isubj.replace(" — ", " - ") + ".eml", spec=ispec))
    else:
        blocks.append(("fwd", c.fwd_header((it.full, it.addr), ("Utilisateurs OPERA" if fr else "OPERA users",
                                                                 "opera.utilisateurs@chdr.example"), when, isubj, lang), ob))
    spec = c.spec(lang, mgr, team, subj, blocks, atts=atts)
    return dict(spec=spec, cat="forwarded_admin", note="forwarded IT notice" + (" as attached message" if as_att else ""))


# ------------------------------------------------------------------ 36
def reply_admin(c, lang):
    r = c.rng
    bk = c.f.staff("booking")
    sx = c.f.staff("surgeon")
    fr = lang == "fr"
    d = c.later(5, 30)
    when = c.dt_before(100, 2000)
    if fr:
        q = [c.hello(lang, bk), f"Est-ce possible de déplacer ma plage du {c.day(d, lang)} en après-midi ? J'ai un comité le matin.",
             "Les cas déjà inscrits peuvent suivre dans le même ordre."]
        a = [c.hello(lang, sx), r.choice(["C'est fait, salle 4 de 12 h 30 à 16 h 30.",
                                          "La salle 4 est prise, mais je peux vous offrir la salle 6 de 13 h à 17 h.",
                                          "Pas possible cette semaine-là (fermeture de la salle 7); je vous propose le jeudi suivant."])]
        subj = "RE: Changement de plage"
    else:
        q = [c.hello(lang, bk), f"Could my block on {c.day(d, lang)} move to the afternoon? I have a committee in the morning.",
             "Cases already booked can follow in the same order."]
        a = [c.hello(lang, sx), r.choice(["Done, OR 4 from 12:30 to 16:30.",
                                          "OR 4 is taken, but I can offer OR 6 from 13:00 to 17:00.",
                                          "Not possible that week (OR 7 closure); how about the following Thursday?"])]
        subj = "RE: Block change"
    qh = c.quote_header(sx, when, lang)
    qb = [("p", q[0]), ("p", "\n".join(q[1:])), ("sig", c.sig(sx, lang, short=True))]
    quoted = ("quote", qh, qb) if qh else ("outlook", c.outlook_header(sx, bk, when, subj[4:], lang), qb)
    blocks = [("p", a[0]), ("p", a[1]), ("sig", c.sig(bk, lang)), quoted]
    spec = c.spec(lang, bk, [sx], subj, blocks, in_reply_to=c.msgid.replace("@", ".blk@"))
    return dict(spec=spec, cat="reply_admin", note="reply about OR block change, quoted request")
