"""Negative messages, part A: staff, HR, payroll, schedules, newsletters, conferences, committees, events."""
import datetime as dt

import gen_attach as A
from gen_common import ORG, HOSP, OTHER_NAMES, staff, fdate, fday, MOIS, MONTHS
from gen_text import mk, who, signature, short_sig, quote, reply_header, earlier, thanks

ALL = [f"{h}@{ORG['domain']}" for h in ("tous", "all-staff")]


def other(i):
    t, g, s = OTHER_NAMES[i % len(OTHER_NAMES)]
    return {"title": t, "given": g, "surname": s, "full": f"{t} {g} {s}", "plain": f"{g} {s}",
            "email": f"{g[0].lower()}{s.lower().replace('-', '')}@{ORG['domain']}"}


def mondays(start, n):
    d = start - dt.timedelta(days=start.weekday())
    return [d + dt.timedelta(weeks=k) for k in range(n)]


# --------------------------------------------------------------------------- on-call schedule
def oncall_schedule(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    docs = [staff(k) for k in ("rei1", "rei2", "rei3", "gyn2", "colpo", "meno")]
    weeks = mondays(ctx.days(14), 6)
    rows = [["Semaine du" if fr else "Week of", "Garde FIV" if fr else "IVF call", "Garde gynéco" if fr else "Gyn call",
             "Colposcopie" if fr else "Colposcopy"]]
    for w in weeks:
        a, b, c = r.sample(docs, 3)
        rows.append([w.isoformat(), a["full"], b["full"], c["full"]])
    attach = r.random() < 0.5
    if fr:
        subj = r.choice(["Horaire de garde – prochain bloc", "Calendrier de garde médicale", "Garde FIV/gynéco : version finale"])
        intro = ("Bonjour à tous,\n\nVoici l'horaire de garde du prochain bloc. La clinique de colposcopie de la "
                 f"Dre Brassard est annulée le {fdate(weeks[2] + dt.timedelta(days=2), 'fr')} (congrès).")
    else:
        subj = r.choice(["On-call schedule - next block", "Physician call calendar", "IVF/gyn call: final version"])
        intro = ("Hi all,\n\nHere is the call schedule for the next block. Dr. Brassard's colposcopy clinic is "
                 f"cancelled on {fdate(weeks[2] + dt.timedelta(days=2), 'en')} (conference).")
    if attach:
        text = intro + (" Fichier joint.\n\n" if fr else " File attached.\n\n") + signature("mgr", lang)
        atts = [{"kind": "xlsx", "filename": "horaire_garde.xlsx" if fr else "call_schedule.xlsx",
                 "data": A.xlsx([("Garde", rows)])}]
    else:
        text = intro + "\n\n" + "\n".join(" | ".join(x) for x in rows) + "\n\n" + signature("mgr", lang)
        atts = []
    return mk(ctx, "oncall_schedule", lang, subj, who("mgr", 0), [("Médecins CFGO", f"medecins@{ORG['domain']}")], text, [],
              "physician on-call schedule", attachments=atts)


# --------------------------------------------------------------------------- nurse schedule / shift swap
def shift_swap(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    a, b = r.sample(["nurse1", "nurse2", "nurse3", "nurse4"], 2)
    sa, sb = staff(a), staff(b)
    d = ctx.days(r.randint(5, 20))
    t0 = earlier(ctx, r.randint(2, 30))
    if fr:
        orig = (f"Salut {sb['given']},\n\nEst-ce que tu pourrais prendre mon quart de ponctions du {fday(d, 'fr')} "
                "(7 h – 15 h) ? Je te redonne mon samedi de monitoring en échange. C'est pour le baptême de ma nièce.\n\n"
                f"{sa['given']}")
        top = r.choice(["Pas de problème, c'est noté. Je le dis à Luc pour l'horaire.", "Oui ça marche ! Mets Luc en copie."])
        subj = "RE: échange de quart"
    else:
        orig = (f"Hi {sb['given']},\n\nCould you take my retrieval shift on {fday(d, 'en')} (7-3)? I'll give you my "
                "Saturday monitoring in exchange. It's for my niece's christening.\n\n" + sa["given"])
        top = r.choice(["No problem, done. I'll tell Luc for the schedule.", "Sure, works for me! Cc'ing Luc."])
        subj = "RE: shift swap"
    text = top + "\n\n" + sb["given"] + "\n\n" + reply_header(t0, sa["plain"], sa["email"], lang) + "\n" + quote(orig)
    return mk(ctx, "shift_swap", lang, subj, who(b, 0), [who(a, 0)], text, [], "nurses swapping a shift",
              cc=[who("mgr", 0)])


# --------------------------------------------------------------------------- leave request
def leave_request(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    k = r.choice(["embryo3", "clerk1", "nurse4", "clerk2", "embryo2", "qa"])
    s = staff(k)
    v = ctx.idx % 3
    d1 = ctx.days(r.randint(20, 80))
    if v == 0:
        body = (f"Bonjour Luc,\n\nJe souhaite prendre mes vacances du {fdate(d1, 'fr')} au "
                f"{fdate(d1 + dt.timedelta(days=11), 'fr')}. Sophie a accepté de couvrir les vitrifications.\n\nMerci !\n{s['given']}"
                if fr else
                f"Hi Luc,\n\nI'd like to book vacation from {fdate(d1, 'en')} to {fdate(d1 + dt.timedelta(days=11), 'en')}. "
                f"Sophie agreed to cover vitrifications.\n\nThanks!\n{s['given']}")
        subj = "Demande de vacances" if fr else "Vacation request"
        note = "staff vacation request"
    elif v == 1:
        body = (f"Bonjour Danielle,\n\nComme discuté, mon congé de maternité débutera le {fdate(d1, 'fr')} "
                f"(date prévue d'accouchement : {fdate(d1 + dt.timedelta(days=21), 'fr')}). Je joins le formulaire RQAP "
                f"rempli. Je prévois revenir à l'automne {d1.year + 1}.\n\n{s['plain']}"
                if fr else
                f"Hi Danielle,\n\nAs discussed, my maternity leave starts {fdate(d1, 'en')} (due date "
                f"{fdate(d1 + dt.timedelta(days=21), 'en')}). The leave form is attached. I plan to return in the fall of "
                f"{d1.year + 1}.\n\n{s['plain']}")
        subj = "Congé de maternité – dates" if fr else "Maternity leave - dates"
        note = "staff parental leave dates"
    else:
        body = (f"Bonjour,\n\nJe serai absente demain pour un rendez-vous médical (le mien), de retour jeudi. "
                f"Guylaine prend mes appels.\n\n{s['given']}"
                if fr else
                f"Hello,\n\nI'll be off tomorrow for a medical appointment of my own, back Thursday. Guylaine is covering "
                f"my phone.\n\n{s['given']}")
        subj = "Absence demain" if fr else "Off tomorrow"
        note = "staff absence notice"
    atts = []
    if v == 1:
        form = [("Nom de l'employée : " if fr else "Employee name: ") + s["plain"],
                ("Poste : " if fr else "Position: ") + s["role"],
                ("Début du congé : " if fr else "Leave start: ") + d1.isoformat(),
                ("Type : maternité / parental" if fr else "Type: maternity / parental")]
        atts.append({"kind": "docx", "filename": "formulaire_conge.docx" if fr else "leave_form.docx",
                     "data": A.docx("Demande de congé" if fr else "Leave request", form)})
    to = [who("hr", 0)] if v == 1 else [who("mgr", 0)]
    return mk(ctx, "leave_request", lang, subj, who(k, 0), to, body, [], note, attachments=atts)


# --------------------------------------------------------------------------- payroll
def payroll(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    v = ctx.idx % 3
    if v == 0:
        if fr:
            subj = "Paie – correction des heures supplémentaires"
            text = ("Bonjour Richard,\n\nSur la paie du 14, il manque 6,5 h supplémentaires pour Mylène Trudel et "
                    "4 h pour Kevin Ashworth (ponctions du samedi). Numéros d'employé 40217 et 40388.\n"
                    "Peux-tu ajuster sur la prochaine paie ?\n\n" + signature("mgr", "fr"))
        else:
            subj = "Payroll - overtime correction"
            text = ("Hi Richard,\n\nThe pay of the 14th is missing 6.5 h overtime for Mylene Trudel and 4 h for Kevin "
                    "Ashworth (Saturday retrievals). Employee numbers 40217 and 40388.\nCan you adjust on the next run?\n\n"
                    + signature("mgr", "en"))
        to = [who("fin", 0)]
        frm = who("mgr", 0)
        note = "payroll overtime correction"
    elif v == 1:
        if fr:
            subj = "Relevés 1 et T4 disponibles"
            text = ("Bonjour à tous,\n\nVos feuillets fiscaux (T4 et Relevé 1) sont disponibles dans le portail employé. "
                    "Vérifiez votre adresse postale et votre NAS au dossier ; toute correction doit être faite avant le "
                    "28 février.\n\n" + signature("fin", "fr"))
        else:
            subj = "T4 and RL-1 slips available"
            text = ("Hello everyone,\n\nYour tax slips (T4 and RL-1) are in the employee portal. Check your mailing "
                    "address and SIN on file; corrections are due by February 28.\n\n" + signature("fin", "en"))
        to = [("Tous", ALL[0])]
        frm = who("fin", 0)
        note = "tax slip availability notice to staff"
    else:
        rows = [["Employé" if fr else "Employee", "No", "Heures rég." if fr else "Reg. hours", "Heures sup." if fr else "OT hours",
                 "Prime de garde" if fr else "On-call premium"]]
        for k in ("embryo1", "embryo2", "embryo3", "nurse1", "nurse2", "nurse3"):
            s = staff(k)
            rows.append([s["plain"], str(40000 + r.randint(100, 999)), "70", str(r.choice([0, 2, 4, 7.5])), str(r.choice([0, 120, 240]))])
        subj = "Sommaire de paie – période 2024-P07" if fr else "Payroll summary - period 2024-P07"
        text = (("Bonjour,\n\nSommaire de la période pour approbation (fichier joint).\n\n" + signature("fin", "fr")) if fr else
                ("Hi,\n\nPeriod summary for approval (attached).\n\n" + signature("fin", "en")))
        to = [who("mgr", 0)]
        frm = who("fin", 0)
        note = "payroll summary for approval"
        return mk(ctx, "payroll", lang, subj, frm, to, text, [], note,
                  attachments=[{"kind": "csv", "filename": "paie_P07.csv" if fr else "payroll_P07.csv",
                                "data": A.csv_bytes(rows, "utf-8", ";" if fr else ",")}])
    return mk(ctx, "payroll", lang, subj, frm, to, text, [], note)


# --------------------------------------------------------------------------- occupational health (staff)
def occupational_health(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    v = ctx.idx % 3
    s = staff(r.choice(["embryo2", "nurse3", "clerk2", "embryo3"]))
    if v == 0:
        subj = "Santé au travail – résultat TCT" if fr else "Occupational health - TB skin test"
        text = ((f"Bonjour {s['given']},\n\nVotre test cutané à la tuberculine (2 étapes) fait à l'embauche est négatif "
                 "(0 mm / 2 mm). Aucun suivi requis. Votre carnet de vaccination est à jour (hépatite B : anti-HBs "
                 "> 100 UI/L).\n\nSanté et sécurité au travail\nposte 260")
                if fr else
                (f"Hi {s['given']},\n\nYour two-step TB skin test at hiring is negative (0 mm / 2 mm). No follow-up needed. "
                 "Your immunizations are up to date (hepatitis B anti-HBs > 100 IU/L).\n\nOccupational Health\next. 260"))
        note = "employee occupational health test result"
    elif v == 1:
        subj = "Déclaration d'incident – piqûre d'aiguille (employé)" if fr else "Incident report - staff needlestick"
        text = ((f"Bonjour,\n\n{s['plain']} s'est piqué(e) avec une aiguille de ponction propre (non utilisée) hier à 10 h. "
                 "Aucune exposition au sang. Formulaire d'incident rempli ; la santé au travail fera le suivi "
                 "avec l'employé(e).\nRappel à tous : contenant à aiguilles à gauche de l'écho.\n\n" + signature("qa", "fr"))
                if fr else
                (f"Hello,\n\n{s['plain']} was pricked by a clean (unused) retrieval needle yesterday at 10. No blood "
                 "exposure. Incident form completed; occupational health will follow up with the employee.\nReminder: "
                 "sharps container is left of the ultrasound.\n\n" + signature("qa", "en")))
        note = "staff needlestick incident report"
    else:
        subj = "Vaccination antigrippale du personnel" if fr else "Staff flu vaccination clinic"
        text = (("Bonjour à tous,\n\nLa clinique de vaccination pour les employés aura lieu mardi et mercredi, 11 h à 14 h, "
                 "salle de conférence B. Apportez votre carte d'employé. Taux de vaccination du personnel l'an dernier : 74 %.\n\n"
                 + signature("qa", "fr"))
                if fr else
                ("Hi all,\n\nThe staff flu clinic runs Tuesday and Wednesday, 11 to 2, conference room B. Bring your ID "
                 "badge. Staff coverage last year: 74%.\n\n" + signature("qa", "en")))
        note = "staff flu vaccination notice"
        s = None
    to = [(s["plain"], s["email"])] if s and v == 0 else [("Tous", ALL[0])] if v == 2 else [who("mgr", 0)]
    return mk(ctx, "occupational_health", lang, subj, ("Santé au travail" if fr else "Occupational Health",
                                                      f"sst@{ORG['domain']}"), to, text, [], note)


# --------------------------------------------------------------------------- job candidate
def job_candidate(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    c = other(ctx.idx + 4)
    v = ctx.idx % 2
    lines = ([f"Candidat(e) : {c['plain']}", "Formation : M. Sc. biologie de la reproduction",
              "Expérience : 6 ans ICSI, vitrification, biopsie TE", f"Date de naissance : {fdate(dt.date(1989, 4, 12), 'fr')}",
              "Références : 2 (vérifiées)", "Disponibilité : 4 semaines"] if fr else
             [f"Candidate: {c['plain']}", "Education: MSc reproductive biology", "Experience: 6 yrs ICSI, vitrification, TE biopsy",
              f"Date of birth: {fdate(dt.date(1989, 4, 12), 'en')}", "References: 2 (checked)", "Availability: 4 weeks"])
    if v == 0:
        subj = "Candidature – poste d'embryologiste" if fr else "Applicant - embryologist position"
        text = ((f"Bonjour Dr Massé,\n\nVoici le résumé de la candidature de {c['plain']} pour le poste d'embryologiste. "
                 "Entrevue proposée mardi 10 h. CV en pièce jointe.\n\n" + signature("hr", "fr")) if fr else
                (f"Hi Dr. Massé,\n\nSummary of {c['plain']}'s application for the embryologist position. Interview "
                 "proposed Tuesday at 10. CV attached.\n\n" + signature("hr", "en")))
        atts = [{"kind": "pdf", "filename": f"CV_{c['surname']}.pdf", "data": A.pdf("Curriculum vitae", lines)}]
    else:
        subj = "Entrevues – infirmière FIV" if fr else "Interviews - IVF nurse"
        text = (("Bonjour,\n\nHoraire des entrevues jeudi :\n9 h – candidate A (Hôpital du Ruisseau, 8 ans en obstétrique)\n"
                 "10 h – candidate B (CLSC, santé sexuelle)\n11 h – candidat C (urgence)\nGrille d'évaluation en pièce jointe.\n\n"
                 + signature("hr", "fr")) if fr else
                ("Hi,\n\nThursday interviews:\n9:00 - candidate A (Hopital du Ruisseau, 8 yrs obstetrics)\n10:00 - candidate B "
                 "(CLSC, sexual health)\n11:00 - candidate C (emergency)\nScoring grid attached.\n\n" + signature("hr", "en")))
        grid = [["Critère" if fr else "Criterion", "Poids" if fr else "Weight", "A", "B", "C"],
                ["Expérience" if fr else "Experience", "30", "", "", ""], ["Communication", "25", "", "", ""],
                ["Bilinguisme" if fr else "Bilingualism", "20", "", "", ""], ["Mise en situation" if fr else "Scenario", "25", "", "", ""]]
        atts = [{"kind": "xlsx", "filename": "grille_entrevue.xlsx" if fr else "interview_grid.xlsx", "data": A.xlsx([("Grille", grid)])}]
    return mk(ctx, "job_candidate", lang, subj, who("hr", 0), [who("labdir", 2) if v == 0 else who("nurse1", 0)], text, [],
              "job applicant information for hiring", attachments=atts)


# --------------------------------------------------------------------------- job posting
POSTINGS = [("Embryologiste clinique (temps plein)", "Clinical embryologist (full time)"),
            ("Infirmière clinicienne – colposcopie", "Clinical nurse - colposcopy"),
            ("Agent(e) administratif(ve) – accueil", "Administrative agent - front desk"),
            ("Technicien(ne) de laboratoire – andrologie", "Andrology laboratory technician"),
            ("Coordonnateur(trice) du programme de dons", "Donor programme coordinator")]


def job_posting(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    t = POSTINGS[ctx.idx % len(POSTINGS)]
    sal = r.choice(["28,50 $ à 41,20 $/h", "62 000 $ à 88 000 $"])
    if fr:
        subj = f"Affichage interne : {t[0]}"
        text = (f"AFFICHAGE INTERNE ET EXTERNE\n\n{t[0]}\n{ORG['name_fr']}\n\n"
                "Vous aimez le travail d'équipe et la précision ? Joignez-vous à une équipe qui accompagne chaque année "
                "plus de 900 couples et personnes seules dans leur projet parental.\n\n"
                "Exigences : diplôme pertinent, bilinguisme fonctionnel, expérience en milieu clinique un atout.\n"
                f"Salaire : {sal}, selon l'expérience. Horaire de jour, une fin de semaine sur quatre.\n"
                f"Faites parvenir votre CV à emplois@{ORG['domain']} avant le {fdate(ctx.days(21), 'fr')}.\n\n"
                + signature("hr", "fr"))
    else:
        subj = f"Job posting: {t[1]}"
        text = (f"INTERNAL AND EXTERNAL POSTING\n\n{t[1]}\n{ORG['name_en']}\n\n"
                "Join a team that supports more than 900 couples and individuals in their family-building plans "
                "each year.\n\nRequirements: relevant diploma, functional bilingualism, clinical experience an asset.\n"
                f"Salary: {sal.replace(',', '.')}, based on experience. Day shifts, one weekend in four.\n"
                f"Send your CV to jobs@{ORG['domain']} by {fdate(ctx.days(21), 'en')}.\n\n" + signature("hr", "en"))
    return mk(ctx, "job_posting", lang, subj, who("hr", 0), [("Tous", ALL[0])], text, [], "job posting")


# --------------------------------------------------------------------------- newsletter
def newsletter(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    o1, o2 = other(ctx.idx), other(ctx.idx + 7)
    v = ctx.idx % 4
    if fr:
        items = [f"• Bienvenue au Dr Samuel Okonkwo, endocrinologue de la reproduction, qui s'intéresse particulièrement au "
                 "SOPK et aux échecs d'implantation répétés.",
                 f"• La Dre Isabelle Séguin donnera une conférence grand public sur la ménopause, l'ostéoporose et "
                 f"l'hormonothérapie le {fdate(ctx.days(18), 'fr')} à 19 h.",
                 "• Le laboratoire d'embryologie a complété sa transition vers la culture en time-lapse.",
                 f"• {o1['full']} se joint au comité qualité ; {o2['full']} prend sa retraite après 22 ans en colposcopie. Merci !",
                 "• En 2024, 1 184 cycles de FIV et 2 310 colposcopies ont été réalisés au Centre."]
        subj = r.choice(["Infolettre CFGO – printemps", "L'Écho du CFGO – nouvelles de l'équipe", "Infolettre interne"])
        text = "INFOLETTRE DU CENTRE\n\n" + "\n\n".join(items[v:] + items[:v]) + "\n\nBonne lecture !\n" + signature("mgr", "fr")
    else:
        items = ["• Welcome to Dr. Samuel Okonkwo, reproductive endocrinologist with a special interest in PCOS and "
                 "recurrent implantation failure.",
                 f"• Dr. Isabelle Séguin will give a public talk on menopause, osteoporosis and hormone therapy on "
                 f"{fdate(ctx.days(18), 'en')} at 7 pm.",
                 "• The embryology lab completed its switch to time-lapse culture.",
                 f"• {o1['full']} joins the quality committee; {o2['full']} retires after 22 years in colposcopy. Thank you!",
                 "• In 2024 the Centre performed 1,184 IVF cycles and 2,310 colposcopies."]
        subj = r.choice(["CFGO newsletter - spring", "Team news", "Internal newsletter"])
        text = "CENTRE NEWSLETTER\n\n" + "\n\n".join(items[v:] + items[:v]) + "\n\nEnjoy!\n" + signature("mgr", "en")
    return mk(ctx, "newsletter", lang, subj, who("mgr", 0), [("Tous", ALL[0])], text, [], "internal newsletter")


# --------------------------------------------------------------------------- conference programme
def conference(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    sp = [other(ctx.idx + k) for k in range(4)]
    topics_fr = ["Préservation de la fertilité en oncologie pédiatrique", "Endométriose profonde : quand opérer ?",
                 "Mosaïcisme embryonnaire et PGT-A", "Colposcopie chez la femme enceinte", "SOPK et métformine : mise à jour",
                 "Hormonothérapie de la ménopause après un cancer du sein"]
    topics_en = ["Fertility preservation in paediatric oncology", "Deep endometriosis: when to operate?",
                 "Embryo mosaicism and PGT-A", "Colposcopy in pregnancy", "PCOS and metformin: an update",
                 "Menopausal hormone therapy after breast cancer"]
    tp = (topics_fr if fr else topics_en)
    sel = r.sample(range(len(tp)), 4)
    times = ["8 h 30", "9 h 30", "10 h 45", "13 h 15"] if fr else ["8:30", "9:30", "10:45", "1:15 pm"]
    prog = [f"{times[i]} – {sp[i]['full']} : {tp[sel[i]]}" for i in range(4)]
    d = ctx.days(r.randint(20, 60))
    if fr:
        subj = "Programme – Journée scientifique en santé reproductive"
        text = (f"Bonjour,\n\nVoici le programme de la Journée scientifique du {fdate(d, 'fr')} (6 crédits de formation) :\n\n"
                + "\n".join(prog) + "\n\nInscription gratuite pour le personnel. Programme détaillé en PDF.\n\n" + signature("qa", "fr"))
    else:
        subj = "Programme - Reproductive Health Scientific Day"
        text = (f"Hello,\n\nHere is the programme for the Scientific Day on {fdate(d, 'en')} (6 credits):\n\n"
                + "\n".join(prog) + "\n\nFree registration for staff. Detailed programme in the PDF.\n\n" + signature("qa", "en"))
    atts = [{"kind": "pdf", "filename": "programme_journee.pdf" if fr else "scientific_day_programme.pdf",
             "data": A.pdf("Journée scientifique" if fr else "Scientific Day", prog + ["", "Lieu : Auditorium, Hôpital du Ruisseau"])}]
    return mk(ctx, "conference", lang, subj, who("qa", 0), [("Tous", ALL[0])], text, [], "conference programme with speakers and topics",
              attachments=atts)


# --------------------------------------------------------------------------- committee notice
def committee(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    v = ctx.idx % 3
    d = ctx.days(r.randint(5, 25))
    if v == 0:
        subj = "Comité d'éthique de la recherche – ordre du jour" if fr else "Research Ethics Board - agenda"
        items = (["1. Adoption du procès-verbal", "2. Protocole 2024-017 : létrozole vs clomifène chez les femmes avec SOPK (Dre Vézina)",
                  "3. Modification 2023-009 : registre des issues de grossesse après don d'ovules (agrégé)", "4. Divers"] if fr else
                 ["1. Minutes", "2. Protocol 2024-017: letrozole vs clomiphene in women with PCOS (Dr. Vézina)",
                  "3. Amendment 2023-009: outcomes registry after egg donation (aggregate)", "4. Other business"])
    elif v == 1:
        subj = "Comité qualité du laboratoire – convocation" if fr else "Laboratory quality committee - notice"
        items = (["1. Indicateurs : taux de survie post-dévitrification 96 %, taux de fécondation ICSI 74 %",
                  "2. Non-conformité : alarme du réservoir 3 (résolue)", "3. Audit interne des paillettes", "4. Varia"] if fr else
                 ["1. KPIs: post-warming survival 96%, ICSI fertilization rate 74%", "2. Nonconformity: tank 3 alarm (resolved)",
                  "3. Internal straw audit", "4. Other"])
    else:
        subj = "Comité de pharmacologie – prochaine séance" if fr else "Pharmacy & therapeutics committee - next meeting"
        items = (["1. Ajout au formulaire : Rekovelle (follitropine delta)", "2. Pénurie de Cetrotide : stratégie",
                  "3. Protocole de soutien lutéal : progestérone vaginale vs IM", "4. Varia"] if fr else
                 ["1. Formulary addition: Rekovelle (follitropin delta)", "2. Cetrotide shortage: strategy",
                  "3. Luteal support protocol: vaginal vs IM progesterone", "4. Other"])
    text = ((f"Bonjour,\n\nLa prochaine séance aura lieu le {fday(d, 'fr')} à 12 h, salle B.\n\nOrdre du jour :\n" if fr else
             f"Hello,\n\nThe next meeting is on {fday(d, 'en')} at noon, room B.\n\nAgenda:\n")
            + "\n".join(items) + "\n\n" + signature("qa", lang))
    return mk(ctx, "committee", lang, subj, who("qa", 0), [("Membres du comité", f"comite@{ORG['domain']}")], text, [],
              "committee meeting notice and agenda")


# --------------------------------------------------------------------------- staff baby announcement
def staff_baby(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    k = ["nurse2", "embryo3", "clerk1", "qa"][ctx.idx % 4]
    s = staff(k)
    born = ctx.days(-r.randint(1, 6))
    baby = r.choice(["Chloé", "Léo", "Florence", "Nathan", "Alice", "Théo"])
    kg = r.choice(["3,2", "3,6", "2,9", "4,1"])
    if fr:
        subj = f"Bienvenue bébé {baby} !"
        text = (f"Bonjour à tous,\n\nC'est avec joie que nous annonçons la naissance de {baby}, né(e) le "
                f"{fdate(born, 'fr')} à 4 h 12, {kg} kg, enfant de notre collègue {s['plain']}. La maman et le bébé "
                "vont très bien !\nUne carte circule à l'accueil.\n\n" + short_sig("mgr", "fr"))
    else:
        subj = f"Welcome baby {baby}!"
        text = (f"Hi everyone,\n\nHappy news: our colleague {s['plain']} welcomed {baby}, born {fdate(born, 'en')} at "
                f"4:12 am, {kg.replace(',', '.')} kg. Everyone is doing great!\nA card is going around at the front desk.\n\n"
                + short_sig("mgr", "en"))
    return mk(ctx, "staff_baby", lang, subj, who("mgr", 0), [("Tous", ALL[0])], text, [], "staff baby birth announcement")


# --------------------------------------------------------------------------- training
def training(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    v = ctx.idx % 2
    d = ctx.days(r.randint(7, 30))
    if v == 0:
        subj = "Recertification RCR/SIR obligatoire" if fr else "Mandatory BLS recertification"
        text = ((f"Bonjour,\n\nLes sessions de recertification RCR ont lieu le {fdate(d, 'fr')} (8 h ou 13 h). "
                 "Liste des employés dont la carte expire ce trimestre : Nathalie Corriveau, Kevin Ashworth, Guylaine Marcoux.\n\n")
                if fr else
                (f"Hello,\n\nBLS recertification sessions on {fdate(d, 'en')} (8 am or 1 pm). Staff whose card expires this "
                 "quarter: Nathalie Corriveau, Kevin Ashworth, Guylaine Marcoux.\n\n")) + signature("qa", lang)
        atts = []
    else:
        subj = "Formation : colposcopie et VPH – nouvelles lignes directrices" if fr else "Training: colposcopy and HPV - new guidelines"
        ics = A.ics(f"train{ctx.idx}@{ORG['domain']}", dt.datetime(d.year, d.month, d.day, 12, 0),
                    dt.datetime(d.year, d.month, d.day, 13, 0),
                    "Formation VPH / colposcopie" if fr else "HPV / colposcopy training",
                    "Présentation de la Dre Brassard sur le dépistage primaire VPH." if fr else
                    "Dr. Brassard on primary HPV screening.", "Salle B", organizer=(staff("qa")["plain"], staff("qa")["email"]),
                    stamp=ctx.when.replace(tzinfo=None))
        text = ((f"Bonjour,\n\nLa Dre Brassard présentera le dépistage primaire par test VPH et le nouvel algorithme de "
                 f"suivi le {fdate(d, 'fr')} à midi. Invitation jointe.\n\n") if fr else
                (f"Hi,\n\nDr. Brassard will present primary HPV screening and the new follow-up algorithm on "
                 f"{fdate(d, 'en')} at noon. Invite attached.\n\n")) + signature("qa", lang)
        atts = [{"kind": "ics", "filename": "formation.ics" if fr else "training.ics", "data": ics}]
    return mk(ctx, "training", lang, subj, who("qa", 0), [("Tous", ALL[0])], text, [], "staff training notice", attachments=atts)


# --------------------------------------------------------------------------- social events
def social_event(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    o = other(ctx.idx + 2)
    d = ctx.days(r.randint(10, 40))
    if ctx.idx % 2 == 0:
        subj = f"Départ à la retraite – {o['full']}" if fr else f"Retirement party - {o['full']}"
        text = ((f"Bonjour à tous,\n\nAprès 25 ans à traiter l'infertilité, l'endométriose et à former des générations de "
                 f"résidents, {o['full']} prend sa retraite ! 5 à 7 le {fday(d, 'fr')} au Café du Ruisseau. "
                 "Contribution pour le cadeau : 10 $ à l'accueil.\n\n") if fr else
                (f"Hi all,\n\nAfter 25 years of treating infertility and endometriosis and training generations of "
                 f"residents, {o['full']} is retiring! Drinks on {fday(d, 'en')} at 5 pm, Café du Ruisseau. "
                 "Gift collection: $10 at the front desk.\n\n")) + short_sig("mgr", lang)
    else:
        subj = "Party des fêtes – inscription" if fr else "Holiday party - RSVP"
        text = ((f"Bonjour,\n\nLe party des fêtes aura lieu le {fday(d, 'fr')}, 18 h. Conjoint(e)s bienvenu(e)s. "
                 "Indiquez vos allergies alimentaires dans le sondage.\n\n") if fr else
                (f"Hello,\n\nThe holiday party is on {fday(d, 'en')} at 6 pm. Partners welcome. Please list food "
                 "allergies in the survey.\n\n")) + short_sig("mgr", lang)
    return mk(ctx, "social_event", lang, subj, who("mgr", 0), [("Tous", ALL[0])], text, [], "staff social event")


# --------------------------------------------------------------------------- directory / vCard of staff
def directory(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    k = ["embryo2", "nurse4", "psy", "gen"][ctx.idx % 4]
    s = staff(k)
    card = A.vcard(s["given"], s["surname"], tel=f"{ORG['tel']} x{210 + ctx.idx}", email=s["email"],
                   adr=ORG["addr_ascii"], org=ORG["name_fr"], title=s["role"])
    if fr:
        subj = "Nouvelles coordonnées – annuaire"
        text = (f"Bonjour,\n\nVeuillez mettre à jour l'annuaire : {s['plain']} ({s['role']}) est maintenant au poste "
                f"{210 + ctx.idx}. Fiche contact jointe. Le télécopieur de l'embryologie change aussi : {ORG['fax']}.\n\n"
                + signature("clerk1", "fr"))
    else:
        subj = "Updated contact - directory"
        text = (f"Hi,\n\nPlease update the directory: {s['plain']} ({s['role']}) is now at ext. {210 + ctx.idx}. "
                f"Contact card attached. The embryology fax also changed: {ORG['fax']}.\n\n" + signature("clerk2", "en"))
    return mk(ctx, "directory", lang, subj, who("clerk1" if fr else "clerk2", 0), [("Tous", ALL[0])], text, [],
              "staff directory update with contact card",
              attachments=[{"kind": "vcf", "filename": f"{s['given']} {s['surname']}.vcf", "data": card}])


# --------------------------------------------------------------------------- ICS staff meeting
def ics_meeting(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    d = ctx.days(r.randint(3, 20))
    start = dt.datetime(d.year, d.month, d.day, 12, 0)
    topic = r.choice([("Club de lecture : mosaïcisme et transfert", "Journal club: mosaicism and transfer"),
                      ("Réunion d'équipe colposcopie", "Colposcopy team meeting"),
                      ("Revue des indicateurs FIV – T2", "IVF KPI review - Q2")])
    t = topic[0] if fr else topic[1]
    data = A.ics(f"mtg{ctx.idx}-{d.isoformat()}@{ORG['domain']}", start, start + dt.timedelta(hours=1), t,
                 "Lunch fourni. Article en pièce jointe du courriel précédent." if fr else "Lunch provided.",
                 "Salle B" if fr else "Room B", organizer=(staff("rei3")["plain"], staff("rei3")["email"]),
                 attendees=[(staff(k)["plain"], staff(k)["email"]) for k in ("rei1", "rei2", "embryo1", "nurse1")],
                 stamp=ctx.when.replace(tzinfo=None))
    text = ((f"Invitation : {t}\n{fday(d, 'fr')}, 12 h – 13 h, salle B\n") if fr else
            (f"Invitation: {t}\n{fday(d, 'en')}, 12-1 pm, room B\n"))
    if ctx.idx % 2 == 0:
        kw = {"ics_inline": data}
    else:
        kw = {"attachments": [{"kind": "ics", "filename": "invite.ics", "data": data}]}
    return mk(ctx, "ics_meeting", lang, ("Invitation : " if fr else "Invitation: ") + t, who("rei3", 0),
              [("Médecins CFGO", f"medecins@{ORG['domain']}")], text, [], "staff meeting calendar invitation", **kw)


# --------------------------------------------------------------------------- referral guidelines (physicians + diseases)
def referral_guide(ctx, lang):
    fr = lang == "fr"
    if fr:
        subj = "Corridors de référence – mise à jour"
        text = ("Bonjour aux médecins référents,\n\nPour accélérer la prise en charge, voici nos corridors :\n\n"
                "• Infertilité, SOPK, aménorrhée : Dre Anne-Marie Vézina, Dr Samuel Okonkwo\n"
                "• Azoospermie, varicocèle, hypogonadisme : Dr Marc-Olivier Thériault\n"
                "• Cytologie anormale, VPH, lésions vulvaires : Dre Hélène Brassard\n"
                "• Ménopause précoce, ostéoporose, SGUM : Dre Isabelle Séguin\n"
                "• Préservation de la fertilité (oncologie) : ligne prioritaire 819-555-0149, réponse en 48 h\n\n"
                f"Formulaire de référence vierge disponible sur notre site. Télécopieur : {ORG['fax']}.\n\n" + signature("mgr", "fr"))
    else:
        subj = "Referral pathways - update"
        text = ("Dear referring physicians,\n\nTo speed up access, here are our pathways:\n\n"
                "• Infertility, PCOS, amenorrhea: Dr. Anne-Marie Vézina, Dr. Samuel Okonkwo\n"
                "• Azoospermia, varicocele, hypogonadism: Dr. Marc-Olivier Thériault\n"
                "• Abnormal cytology, HPV, vulvar lesions: Dr. Hélène Brassard\n"
                "• Early menopause, osteoporosis, GSM: Dr. Isabelle Séguin\n"
                "• Oncofertility: priority line 819-555-0149, answer within 48 h\n\n"
                f"Blank referral form on our website. Fax: {ORG['fax']}.\n\n" + signature("mgr", "en"))
    return mk(ctx, "referral_guide", lang, subj, who("mgr", 0), [("Médecins référents", f"referents@{ORG['domain']}")],
              text, [], "referral pathways naming physicians and conditions they treat")
