"""Negative templates, part A: newsletters, schedules, HR, payroll, occupational health, postings, committees, conferences."""
import datetime as dt

import gen_data as D
import gen_ids as I
import gen_text as T
import gen_attach as A
from gen_build import L, attach, finish

SPECIALTY_FR = {
    "Vachon": "syndromes de prédisposition au cancer (BRCA1/2, Lynch)",
    "Okafor": "cardiogénétique, cardiomyopathies et syndrome du QT long",
    "Brassard": "diagnostic prénatal, trisomies et anomalies fœtales",
    "Lemieux": "maladies métaboliques héréditaires (tyrosinémie, PCU, MCAD)",
    "Raman": "cytogénétique, microdélétions et translocations",
    "Patel": "hypercholestérolémie familiale et aortopathies (Marfan)",
}
SPECIALTY_EN = {
    "Vachon": "cancer predisposition syndromes (BRCA1/2, Lynch)",
    "Okafor": "cardiogenetics, cardiomyopathies and long QT syndrome",
    "Brassard": "prenatal diagnosis, trisomies and fetal anomalies",
    "Lemieux": "inherited metabolic diseases (tyrosinaemia, PKU, MCAD)",
    "Raman": "cytogenetics, microdeletions and translocations",
    "Patel": "familial hypercholesterolaemia and aortopathies (Marfan)",
}


def _md(surname):
    return next(s for s in D.STAFF if s[3] == surname)


def n_newsletter(ctx, lang):
    comm = T.staff(ctx, "administrative manager")
    docs = ctx.rng.sample(list(SPECIALTY_FR), 3)
    new = T.staff(ctx, "genetic counsellor")
    mom = T.staff(ctx, "genetic counsellor", "clinical nurse", "technologist", exclude=(new["surname"],))
    baby = ctx.pick(["Léo", "Juliette", "Mila", "Arthur", "Emma-Rose", "Louis-Félix"])
    bdate = dt.date(2025, ctx.rng.randrange(1, 6), ctx.rng.randrange(1, 28))
    month = ctx.pick(I.MONTHS_FR if lang == "fr" else I.MONTHS_EN)
    if lang == "fr":
        items = [f"Bienvenue à {new['t_fr']} {new['given']} {new['surname']}, qui se joint à l'équipe de conseil génétique.",
                 "Nos médecins et leurs créneaux cliniques :"]
        for s in docs:
            st = _md(s)
            items.append(f"  • {st[0]} {st[2]} {st[3]} — {SPECIALTY_FR[s]}")
        items += [f"Félicitations à {mom['given']} {mom['surname']} pour la naissance de {baby}, le "
                  f"{I.fmt_date(bdate, 'long', 'fr')} (3,4 kg) ! Maman et bébé vont bien.",
                  "Rappel : la Journée mondiale des maladies rares aura lieu le 28 février ; kiosque au hall principal.",
                  "Statistique du trimestre : 1 842 dépistages prénataux traités, délai médian 6 jours."]
        subj = f"Infolettre génétique — {month}"
        intro = f"Bonjour à toutes et à tous,\n\nVoici l'infolettre du Service de génétique médicale."
    else:
        items = [f"Welcome to {new['t_en']} {new['given']} {new['surname']}, joining the genetic counselling team.",
                 "Our physicians and their clinics:"]
        for s in docs:
            st = _md(s)
            items.append(f"  * {st[1]} {st[2]} {st[3]} - {SPECIALTY_EN[s]}")
        items += [f"Congratulations to {mom['given']} {mom['surname']} on the birth of {baby} on "
                  f"{I.fmt_date(bdate, 'long', 'en')} (7 lb 8 oz)! Mom and baby are doing well.",
                  "Reminder: Rare Disease Day is February 28; info booth in the main lobby.",
                  "Quarter in numbers: 1,842 prenatal screens processed, median turnaround 6 days."]
        subj = f"Genetics newsletter - {month}"
        intro = "Hello everyone,\n\nHere is the Medical Genetics Service newsletter."
    body = intro + "\n\n" + "\n\n".join(items) + T.sig(ctx, comm, lang, "full")
    to = [(L(lang, "Personnel — Génétique médicale", "Staff - Medical Genetics"), f"genetique-tous@{D.DOM}")]
    spec = T.new_spec(ctx, lang, T.addr(comm, lang), to, subj, category="newsletter",
                      note=L(lang, "infolettre du service", "service newsletter"))
    if ctx.chance(0.35):
        attach(ctx, spec, L(lang, "infolettre.pdf", "newsletter.pdf"),
               A.make_pdf(subj, [x.strip() for x in items], author="Communications", compress=ctx.chance(0.5)))
    return finish(ctx, spec, body, form=ctx.pick(["html", "alt", "alt"]))


def n_schedule(ctx, lang):
    mgr = T.staff(ctx, "administrative manager", "administrative officer")
    mds = [s for s in D.STAFF if s[5] in ("medical geneticist", "maternal-fetal medicine", "paediatrician, metabolic diseases",
                                          "clinical cytogeneticist", "R3 resident, medical genetics", "R2 resident, medical genetics")]
    start = ctx.when().date()
    start -= dt.timedelta(days=start.weekday())
    rows = [L(lang, ["Semaine du", "Garde génétique", "Garde MFM", "Clinique métabolique", "Résident"],
              ["Week of", "Genetics on call", "MFM on call", "Metabolic clinic", "Resident"])]
    for w in range(ctx.rng.randrange(4, 9)):
        d = start + dt.timedelta(days=7 * w)
        pick = lambda kw: ctx.pick([f"{m[1]} {m[3]}" if lang == "en" else f"{m[0]} {m[3]}" for m in mds if kw in m[5]])
        rows.append([d.isoformat(), pick("medical geneticist"), pick("maternal"), pick("metabolic"), pick("resident")])
    if lang == "fr":
        body = ("Bonjour,\n\nVoici l'horaire de garde pour les prochaines semaines. Les échanges doivent être approuvés "
                "par moi avant d'être inscrits à la centrale.\n\n[[TABLE]]\n\nMerci !") + T.sig(ctx, mgr, lang)
        subj = ctx.pick(["Horaire de garde", "Calendrier de garde — mise à jour", "Garde génétique/MFM"])
    else:
        body = ("Hi all,\n\nOn-call schedule for the coming weeks below. Swaps need my approval before they go to "
                "switchboard.\n\n[[TABLE]]\n\nThanks!") + T.sig(ctx, mgr, lang)
        subj = ctx.pick(["On-call schedule", "Call schedule - update", "Genetics/MFM call"])
    spec = T.new_spec(ctx, lang, T.addr(mgr, lang), [(L(lang, "Médecins génétique", "Genetics physicians"), f"md-genetique@{D.DOM}")],
                      subj, category="schedule", note=L(lang, "horaire de garde des médecins", "physician on-call schedule"))
    if ctx.chance(0.5):
        attach(ctx, spec, L(lang, "horaire_garde.xlsx", "call_schedule.xlsx"),
               A.make_xlsx([(L(lang, "Garde", "Call"), rows)], author=f"{mgr['given']} {mgr['surname']}"))
        body = body.replace("[[TABLE]]", L(lang, "(fichier Excel joint)", "(Excel file attached)"))
        return finish(ctx, spec, body)
    return finish(ctx, spec, body, tables={"[[TABLE]]": rows}, form=ctx.pick(["html", "alt", "plain"]))


def n_leave(ctx, lang):
    emp = T.staff(ctx, "counsellor", "nurse", "technologist", "officer", "clerk")
    mgr = T.staff(ctx, "administrative manager")
    when = ctx.when()
    a = ctx.future_day(when, 10, 60)
    b = a + dt.timedelta(days=ctx.pick([4, 11, 14]))
    why = ctx.pick(L(lang, ["vacances annuelles", "congé parental (retour prévu en septembre)", "congé de perfectionnement",
                            "congé sans solde pour raisons familiales"],
                        ["annual vacation", "parental leave (back in September)", "professional development leave",
                         "unpaid leave for family reasons"]))
    if lang == "fr":
        subj = ctx.pick(["Demande de congé", "Congé — approbation SVP", "Vacances"])
        body = (f"Bonjour {mgr['given']},\n\nJe souhaiterais prendre {why} du {I.fmt_date(a, 'long', 'fr')} au "
                f"{I.fmt_date(b, 'long', 'fr')}. {ctx.pick(['Audrey a accepté de couvrir mes cliniques.', 'Ma clinique du mardi peut être déplacée.', 'Je verrai à faire mes divulgations avant.'])}\n\nMerci" + T.sig(ctx, emp, lang, "short"))
    else:
        subj = ctx.pick(["Leave request", "Time off - approval please", "Vacation"])
        body = (f"Hi {mgr['given']},\n\nI'd like to take {why} from {I.fmt_date(a, 'long', 'en')} to "
                f"{I.fmt_date(b, 'long', 'en')}. {ctx.pick(['Audrey agreed to cover my clinics.', 'My Tuesday clinic can be moved.', 'I will finish my pending disclosures before.'])}\n\nThanks" + T.sig(ctx, emp, lang, "short"))
    spec = T.new_spec(ctx, lang, T.addr(emp, lang), [T.addr(mgr, lang)], subj, when=when, category="hr_leave",
                      note=L(lang, "demande de congé d'un employé", "employee leave request"))
    if ctx.chance(0.5):
        q = L(lang, "Oui, approuvé. Inscris-le dans le Logibec SVP.", "Approved. Please enter it in the HR system.")
        spec2 = T.new_spec(ctx, lang, T.addr(mgr, lang), [T.addr(emp, lang)], "RE: " + subj,
                           when=when + dt.timedelta(hours=3), category="hr_leave", note=spec["note"])
        body2 = q + T.sig(ctx, mgr, lang, "initials") + T.quote_reply(ctx, body, emp, when, lang, to=mgr, subject=subj)
        spec2["in_reply_to"] = spec["msgid"]
        return finish(ctx, spec2, body2)
    return finish(ctx, spec, body)


def n_payroll(ctx, lang):
    pay = dict(given=L(lang, "Service", "Payroll"), surname=L(lang, "de la paie", "Services"), email=f"paie@{D.DOM}",
               internal=True, t_fr="", t_en="", role_fr="Paie", role_en="Payroll", ext="2310")
    emp = T.staff(ctx)
    num = f"{ctx.rng.randrange(10000, 99999)}"
    d = ctx.when()
    if lang == "fr":
        subj = ctx.pick(["Relevé de paie — correction", "Feuillets T4 et Relevé 1 disponibles", "Prime de soir — ajustement"])
        body = (f"Bonjour {emp['given']} {emp['surname']},\n\nNuméro d'employé : {num}\nNAS : ***-***-{ctx.rng.randrange(100, 999)}\n\n"
                f"Une correction de {ctx.rng.randrange(40, 400)},{ctx.rng.randrange(10, 99)} $ (prime de soir, période 18) "
                f"sera versée à la paie du {I.fmt_date(ctx.future_day(d, 3, 14), 'long', 'fr')}.\n"
                f"Vos feuillets fiscaux sont disponibles dans le portail Employé.\n\nService de la paie\n{D.ORG_FR}\n"
                f"Tél. : 819 555-0160 poste 2310")
    else:
        subj = ctx.pick(["Pay statement - correction", "T4 slips available", "Evening premium adjustment"])
        body = (f"Hello {emp['given']} {emp['surname']},\n\nEmployee number: {num}\nSIN: ***-***-{ctx.rng.randrange(100, 999)}\n\n"
                f"A correction of ${ctx.rng.randrange(40, 400)}.{ctx.rng.randrange(10, 99)} (evening premium, period 18) will "
                f"be paid on {I.fmt_date(ctx.future_day(d, 3, 14), 'long', 'en')}.\nYour tax slips are in the Employee portal.\n\n"
                f"Payroll Services\n{D.ORG_EN}\nTel. 819 555-0160 ext. 2310")
    spec = T.new_spec(ctx, lang, (L(lang, "Service de la paie", "Payroll Services"), pay["email"]), [T.addr(emp, lang)], subj,
                      when=d, category="payroll", note=L(lang, "avis de paie à un employé", "payroll notice to employee"))
    return finish(ctx, spec, body)


def n_occhealth(ctx, lang):
    sst = dict(given="Santé", surname="Travail", email=f"sante-securite@{D.DOM}", internal=True)
    emp = T.staff(ctx, "counsellor", "nurse", "technologist", "officer", "clerk")
    mgr = T.staff(ctx, "administrative manager")
    cond = ctx.pick(L(lang, ["entorse lombaire", "tendinite à l'épaule droite", "commotion (chute dans le stationnement)",
                             "chirurgie élective"],
                         ["lower back strain", "right shoulder tendinitis", "concussion (fall in the parking lot)",
                          "elective surgery"]))
    d = ctx.when()
    ret = ctx.future_day(d, 5, 30)
    if lang == "fr":
        subj = ctx.pick(["Retour progressif — employé", "Santé au travail : assignation temporaire", "Avis SST"])
        body = (f"Bonjour {mgr['given']},\n\nVotre employé(e) {emp['given']} {emp['surname']} ({emp['role_fr']}) amorcera un "
                f"retour progressif le {I.fmt_date(ret, 'long', 'fr')} à la suite d'un(e) {cond}. Horaire : 3 jours/semaine, "
                f"pas de manipulation de charges > 5 kg (boîtes de trousses DPNI, azote liquide).\n\n"
                f"Le formulaire d'assignation temporaire est à signer d'ici vendredi.\n\nÉquipe Santé et sécurité au travail\n"
                f"Poste 2333")
    else:
        subj = ctx.pick(["Gradual return - employee", "Occupational health: modified duties", "OHS notice"])
        body = (f"Hi {mgr['given']},\n\nYour employee {emp['given']} {emp['surname']} ({emp['role_en']}) starts a gradual "
                f"return on {I.fmt_date(ret, 'long', 'en')} following {cond}. Schedule: 3 days/week, no lifting > 5 kg "
                f"(NIPT kit boxes, liquid nitrogen).\n\nThe modified-duties form needs your signature by Friday.\n\n"
                f"Occupational Health & Safety\next. 2333")
    spec = T.new_spec(ctx, lang, (L(lang, "Santé et sécurité au travail", "Occupational Health"), sst["email"]),
                      [T.addr(mgr, lang)], subj, when=d, category="occupational_health",
                      note=L(lang, "santé au travail d'un employé", "employee occupational health"))
    return finish(ctx, spec, body)


def n_job_posting(ctx, lang):
    hr = T.staff(ctx, "HR advisor")
    job = ctx.pick(L(lang, [("Conseiller(ère) en génétique", "maîtrise en conseil génétique, certification ACCG ou admissible"),
                            ("Technologiste médical(e) — cytogénétique", "DEC en technologie d'analyses biomédicales, membre de l'OPTMQ"),
                            ("Infirmier(ère) clinicien(ne) — dépistage prénatal", "baccalauréat, 2 ans en périnatalité")],
                        [("Genetic Counsellor", "MSc in genetic counselling, CAGC certified or eligible"),
                         ("Medical Technologist - Cytogenetics", "diploma in biomedical laboratory science, OPTMQ member"),
                         ("Clinical Nurse - Prenatal Screening", "BScN, 2 years perinatal experience")]))
    no = f"{ctx.pick(['GEN', 'LAB', 'SOI'])}-{ctx.rng.randrange(2025, 2026)}-{ctx.rng.randrange(100, 999)}"
    if lang == "fr":
        body = (f"AFFICHAGE {no}\n\nPoste : {job[0]}\nStatut : temps complet permanent, 35 h/sem.\n"
                f"Service : {D.SERVICE_FR}\nLieu : {D.SITE_ADDR_FR}\n\nExigences : {job[1]}.\n"
                f"Atouts : bilinguisme, expérience en oncogénétique ou en diagnostic prénatal.\n"
                f"Échelle salariale : 33,17 $ à 59,85 $/h\n\nPostulez avant le 28 du mois : emplois@{D.DOM} "
                f"(référence {no}).\n\nPersonne-ressource : {hr['given']} {hr['surname']}, 819 555-0130 poste 2300")
        subj = f"Affichage de poste — {job[0]}"
    else:
        body = (f"POSTING {no}\n\nPosition: {job[0]}\nStatus: full-time permanent, 35 h/week\n"
                f"Department: {D.SERVICE_EN}\nLocation: {D.SITE_ADDR_EN}\n\nRequirements: {job[1]}.\n"
                f"Assets: bilingualism, experience in cancer genetics or prenatal diagnosis.\n"
                f"Salary: $33.17 to $59.85/h\n\nApply by the 28th: jobs@{D.DOM} (ref. {no}).\n\n"
                f"Contact: {hr['given']} {hr['surname']}, 819 555-0130 ext. 2300")
        subj = f"Job posting - {job[0]}"
    spec = T.new_spec(ctx, lang, T.addr(hr, lang), [(L(lang, "Tout le personnel", "All staff"), f"tous@{D.DOM}")], subj,
                      category="job_posting", note=L(lang, "affichage de poste", "job posting"))
    if ctx.chance(0.4):
        attach(ctx, spec, L(lang, f"affichage_{no}.pdf", f"posting_{no}.pdf"),
               A.make_pdf(subj, body.split("\n"), author="RH", compress=ctx.chance(0.5)))
    return finish(ctx, spec, body)


def n_candidates(ctx, lang):
    hr = T.staff(ctx, "HR advisor")
    mgr = T.staff(ctx, "administrative manager", "medical geneticist")
    names = ctx.rng.sample(["Laurence Aubé", "Kim Ng", "Jérôme Paradis", "Amira Saleh", "Sarah-Maude Quirion",
                            "Nicholas Brandt", "Fanny Lepage"], 3)
    d = ctx.future_day(ctx.when(), 3, 15)
    rows = [L(lang, ["Heure", "Candidat(e)", "Poste", "Panel"], ["Time", "Candidate", "Position", "Panel"])]
    for i, n in enumerate(names):
        rows.append([f"{9 + i}:00", n, L(lang, "Conseiller(ère) en génétique", "Genetic counsellor"), "HB, KN, " + mgr["given"][0] + mgr["surname"][0]])
    body = L(lang, f"Bonjour {mgr['given']},\n\nVoici l'horaire des entrevues du {I.fmt_day(d, lang)} :\n\n[[TABLE]]\n\n"
                   "Les CV sont dans le dossier partagé RH. Merci de remplir la grille d'évaluation après chaque entrevue.",
             f"Hi {mgr['given']},\n\nInterview schedule for {I.fmt_day(d, lang)}:\n\n[[TABLE]]\n\n"
             "CVs are in the HR shared folder. Please fill in the scoring grid after each interview.") + T.sig(ctx, hr, lang)
    spec = T.new_spec(ctx, lang, T.addr(hr, lang), [T.addr(mgr, lang)], L(lang, "Entrevues — candidats", "Interviews - candidates"),
                      category="hr_recruitment", note=L(lang, "horaire d'entrevues de candidats", "candidate interview schedule"))
    return finish(ctx, spec, body, tables={"[[TABLE]]": rows})


def n_committee(ctx, lang):
    sec = T.staff(ctx, "administrative officer", "administrative manager")
    chair = T.staff(ctx, "medical geneticist", "maternal-fetal", "cytogeneticist")
    d = ctx.future_day(ctx.when(), 5, 25)
    com = ctx.pick(L(lang, ["Comité de dépistage prénatal", "Comité d'éthique clinique", "Comité qualité du laboratoire",
                            "Comité des tumeurs héréditaires"],
                        ["Prenatal Screening Committee", "Clinical Ethics Committee", "Laboratory Quality Committee",
                         "Hereditary Cancer Committee"]))
    pts = L(lang, [f"Mot de la présidence — {chair['t_fr']} {chair['surname']}",
                   "Adoption du procès-verbal de la dernière rencontre",
                   "Indicateurs : taux de faux positifs du DPNI, délais de rendu des caryotypes",
                   f"Présentation de {T.staff(ctx, 'genetic counsellor')['t_fr']} {T.staff(ctx, 'genetic counsellor')['surname']} : "
                   "nouvel algorithme de conseil pour la prémutation FMR1",
                   "Révision de la politique de divulgation des variants de signification incertaine",
                   "Varia"],
             [f"Chair's remarks - {chair['t_en']} {chair['surname']}", "Approval of previous minutes",
              "Indicators: NIPT false-positive rate, karyotype turnaround",
              f"Presentation by {T.staff(ctx, 'genetic counsellor')['t_en']} {T.staff(ctx, 'genetic counsellor')['surname']}: "
              "new counselling pathway for FMR1 premutation", "Review of the VUS disclosure policy", "Other business"])
    body = (L(lang, f"Bonjour,\n\nLa prochaine réunion du {com} aura lieu le {I.fmt_day(d, lang)}, de 12 h à 13 h, salle 4-080 "
                    f"et sur Teams.\n\nOrdre du jour :\n", f"Hello,\n\nThe next {com} meeting is on {I.fmt_day(d, lang)}, "
                    f"12:00-13:00, room 4-080 and on Teams.\n\nAgenda:\n")
            + "\n".join(f"{i + 1}. {p}" for i, p in enumerate(pts)) + T.sig(ctx, sec, lang, "full"))
    spec = T.new_spec(ctx, lang, T.addr(sec, lang), [(com, f"comite-{ctx.hexid(4)}@{D.DOM}")],
                      L(lang, f"Convocation — {com}", f"Meeting notice - {com}"), category="committee",
                      note=L(lang, "convocation de comité", "committee meeting notice"))
    if ctx.chance(0.4):
        attach(ctx, spec, L(lang, "ordre_du_jour.docx", "agenda.docx"),
               A.make_docx(L(lang, "Ordre du jour", "Agenda"), pts, author=f"{sec['given']} {sec['surname']}"))
    return finish(ctx, spec, body)


def n_conference(ctx, lang):
    org = dict(given=L(lang, "Comité", "Programme"), surname=L(lang, "scientifique", "Committee"),
               email=f"programme@{D.EXT_DOMAINS['conf']}", internal=False)
    talks_fr = [("Dre Hélène Vachon", "Syndrome de Lynch : surveillance et chimioprévention en 2025"),
                ("Dr Samuel Okafor", "Mort subite du jeune : place du test génétique post-mortem"),
                ("Dre Isabelle Brassard", "DPNI élargi : microdélétions et faux positifs"),
                ("Dr Marc-André Lemieux", "Tyrosinémie de type 1 au Québec : 30 ans de nitisinone"),
                ("Pre Anaïs Dumont-Ruel (Université de l'Estuaire)", "Effets fondateurs québécois et dépistage de porteurs"),
                ("Mme Chantal Harel", "Conseil génétique par télésanté en région")]
    talks_en = [("Dr. Helene Vachon", "Lynch syndrome: surveillance and chemoprevention in 2025"),
                ("Dr. Samuel Okafor", "Sudden death in the young: role of post-mortem genetic testing"),
                ("Dr. Isabelle Brassard", "Expanded NIPT: microdeletions and false positives"),
                ("Dr. Marc-Andre Lemieux", "Tyrosinaemia type 1 in Quebec: 30 years of nitisinone"),
                ("Prof. Anais Dumont-Ruel (Estuary University)", "Quebec founder effects and carrier screening"),
                ("Ms. Chantal Harel", "Genetic counselling by telehealth in remote regions")]
    talks = ctx.rng.sample(L(lang, talks_fr, talks_en), 4)
    times = ["8 h 30", "9 h 15", "10 h 30", "11 h 15"] if lang == "fr" else ["8:30", "9:15", "10:30", "11:15"]
    prog = [f"{t} — {who} : {title}" if lang == "fr" else f"{t} - {who}: {title}" for t, (who, title) in zip(times, talks)]
    if lang == "fr":
        subj = ctx.pick(["Programme — Journée scientifique de génétique", "Congrès AQGM : programme préliminaire"])
        body = ("Chers membres,\n\nLe programme préliminaire de la journée scientifique est disponible :\n\n" + "\n".join(prog) +
                "\n\nInscription : 175 $ (membres), 90 $ (résidents). Crédits de formation : 6 h (section 1).\n"
                "Lieu : Centre des congrès, 1000, rue Royale-Est (fictif).\n\nLe comité scientifique")
    else:
        subj = ctx.pick(["Programme - Genetics Scientific Day", "Conference: preliminary programme"])
        body = ("Dear members,\n\nThe preliminary programme is now available:\n\n" + "\n".join(prog) +
                "\n\nRegistration: $175 (members), $90 (residents). 6 Section 1 credits.\n\nThe Scientific Committee")
    spec = T.new_spec(ctx, lang, (L(lang, "Congrès AQGM", "AQGM Conference"), org["email"]),
                      [(L(lang, "Membres", "Members"), f"membres@{D.EXT_DOMAINS['conf']}")], subj, category="conference",
                      note=L(lang, "programme de congrès", "conference programme"))
    if ctx.chance(0.5):
        attach(ctx, spec, L(lang, "programme_préliminaire.pdf", "preliminary_programme.pdf"),
               A.make_pdf(subj, prog, author="AQGM", compress=ctx.chance(0.5)))
    return finish(ctx, spec, body, form=ctx.pick(["html", "alt", "plain"]))


TEMPLATES = [
    (n_newsletter, 4), (n_schedule, 4), (n_leave, 3), (n_payroll, 3), (n_occhealth, 3), (n_job_posting, 3),
    (n_candidates, 2), (n_committee, 4), (n_conference, 4),
]
