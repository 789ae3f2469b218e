"""Negative builders, part 1: staff, HR and unit operations (no identifiable patient)."""
import datetime as _dt

from stdnum import luhn

import gen_common as C
import gen_files as F
import gen_mime as M
from gen_compose import compose, msg_date


def who(s, lang):
    return (s.display(lang), s.email)


def neg(category, lang, note, raw):
    return dict(category=category, lang=lang, types=[], note=note, raw=raw)


def luhn_serial(rng, n=9, prefix=""):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(n - 1 - len(prefix)))
    return body + luhn.calc_check_digit(body)


def team(rng, lang, inst, roles):
    return [C.staff(rng, lang, r, inst) for r in roles]


def dist_list(lang, inst, kind="unit"):
    d = C.INST[inst]["dom"]
    names = {"unit": ("Équipe hémodialyse" if lang == "fr" else "Hemodialysis team", f"hemodialyse-equipe@{d}" if lang == "fr" else f"hd-team@{d}"),
             "neph": ("Néphrologues" if lang == "fr" else "Nephrology group", f"nephro@{d}"),
             "all": ("Tout le personnel – néphrologie" if lang == "fr" else "All staff – renal program", f"renal-all@{d}")}
    return names[kind]


# ------------------------------------------------------------------ staff schedule (xlsx)
def staff_schedule(rng, lang):
    inst = C.pick_inst(rng, lang)
    chef = C.staff(rng, lang, "chef", inst)
    nurses = team(rng, lang, inst, ["rn"] * rng.randint(8, 12))
    week = _dt.date(2025, rng.randint(1, 11), 1)
    days = C.DAYS_FR[:6] if lang == "fr" else C.DAYS_EN[:6]
    rows = [["Employé(e)" if lang == "fr" else "Staff", "No empl." if lang == "fr" else "Emp #"] + days]
    for n in nurses:
        rows.append([n.full, str(rng.randint(100000, 999999))] +
                    [rng.choice(["J", "J", "S", "–", "C", "J (pod A, ch. 1-6)", "S (pod B, ch. 7-12)", "Form."]
                                if lang == "fr" else ["D", "D", "E", "–", "V", "D (pod A, ch 1-6)", "E (pod B, ch 7-12)", "Educ"]) for _ in days])
    xl = F.make_xlsx([("Horaire" if lang == "fr" else "Schedule", rows),
                      ("Légende" if lang == "fr" else "Legend",
                       [["Code", "Signification" if lang == "fr" else "Meaning"],
                        ["J/D", "Jour 6 h 45-15 h 15" if lang == "fr" else "Day 0645-1515"],
                        ["S/E", "Soir 14 h 45-23 h 15" if lang == "fr" else "Evening 1445-2315"],
                        ["C/V", "Congé/vacances" if lang == "fr" else "Vacation"]])], author=chef.full)
    if lang == "fr":
        subj = rng.choice(["Horaire du personnel – période 7", "Horaire infirmier semaine prochaine", "Horaire HD modifié"])
        body = (f"{C.greet(rng, 'fr')}\n\nVoici l'horaire de la prochaine période. " +
                rng.choice(["Il manque encore quelqu'un le samedi soir (pod B), qui est intéressé(e)?",
                            "Les échanges doivent être approuvés par moi avant vendredi.",
                            "Bienvenue à nos deux nouvelles infirmières en orientation."]) +
                f"\n\n{C.closing(rng, 'fr')}\n{C.signature(rng, chef, 'fr')}")
        fn = f"Horaire_HD_{week:%Y-%m}.xlsx"
    else:
        subj = rng.choice(["Staff schedule – period 7", "Nursing schedule next week", "Revised HD schedule"])
        body = (f"{C.greet(rng, 'en')}\n\nAttached is next period's schedule. " +
                rng.choice(["Still short one RN Saturday evening (pod B) – any takers?",
                            "Shift swaps need my approval by Friday.",
                            "Welcome to our two new nurses in orientation."]) +
                f"\n\n{C.closing(rng, 'en')}\n{C.signature(rng, chef, 'en')}")
        fn = f"HD_staff_schedule_{week:%Y-%m}.xlsx"
    raw = compose(rng, lang=lang, frm=who(chef, lang), to=[dist_list(lang, inst)], subject=subj, body=body,
                  attachments=[dict(kind="xlsx", data=xl, filename=fn)])
    return neg("staff_schedule", lang, "nursing staff schedule with pods and chair ranges", raw)


# ------------------------------------------------------------------ leave request
def leave_request(rng, lang):
    inst = C.pick_inst(rng, lang)
    emp = C.staff(rng, lang, rng.choice(["rn", "diet", "sw", "clerk", "pharm"]), inst)
    mgr = C.staff(rng, lang, "mgr", inst)
    d1 = _dt.date(2025, rng.randint(1, 11), rng.randint(1, 20))
    d2 = d1 + _dt.timedelta(days=rng.randint(3, 14))
    if lang == "fr":
        subj = rng.choice(["Demande de vacances", "Congé – approbation", f"Vacances {d1:%d/%m} au {d2:%d/%m}"])
        body = rng.choice([
            f"Bonjour {mgr.given},\n\nJe souhaite prendre mes vacances du {C.fmt_date(d1, 'fr', 1)} au {C.fmt_date(d2, 'fr', 1)}. "
            f"{rng.choice(['Mélanie a accepté de couvrir mes patients en DP.', 'Mes suivis de clinique sont reportés.', 'J’ai vérifié le calendrier, personne d’autre n’est absent.'])}\n\nMerci!\n{emp.given}",
            f"{emp.given},\n\nC'est approuvé pour le {C.fmt_date(d1, 'fr', 1)} au {C.fmt_date(d2, 'fr', 1)}. Pense à l'inscrire dans Logibec.\n\n{C.signature(rng, mgr, 'fr')}"])
    else:
        subj = rng.choice(["Vacation request", "Leave – approval", f"Time off {d1:%b %d}-{d2:%b %d}"])
        body = rng.choice([
            f"Hi {mgr.given},\n\nI'd like to book vacation from {C.fmt_date(d1, 'en', 1)} to {C.fmt_date(d2, 'en', 1)}. "
            f"{rng.choice(['Priya agreed to cover my PD patients.', 'My clinic follow-ups are rescheduled.', 'Checked the calendar, no one else is off.'])}\n\nThanks!\n{emp.given}",
            f"{emp.given},\n\nApproved for {C.fmt_date(d1, 'en', 1)} to {C.fmt_date(d2, 'en', 1)}. Please enter it in the scheduling system.\n\n{C.signature(rng, mgr, 'en')}"])
    raw = compose(rng, lang=lang, frm=who(emp, lang), to=[who(mgr, lang)], subject=subj, body=body)
    return neg("leave_request", lang, "staff vacation request mentioning covering patients generically", raw)


# ------------------------------------------------------------------ occupational health (staff)
def occ_health(rng, lang):
    inst = C.pick_inst(rng, lang)
    emp = C.staff(rng, lang, rng.choice(["rn", "rn", "clerk", "biomed"]), inst)
    sst = ("Santé et sécurité au travail", f"sst@{C.INST[inst]['dom']}") if lang == "fr" else \
        ("Occupational Health & Safety", f"ohs@{C.INST[inst]['dom']}")
    scen = rng.randint(0, 3)
    if lang == "fr":
        subj = ["Rappel – test cutané annuel (TCT)", "Vaccination antigrippale du personnel", "Retour progressif au travail",
                "Exposition au sang – procédure pour le personnel"][scen]
        body = [f"Bonjour {emp.given},\n\nVotre test cutané à la tuberculine annuel (exigé pour le personnel de dialyse) est dû ce mois-ci. "
                "Présentez-vous au bureau de santé du personnel, local B-112, mardi ou jeudi entre 8 h et 11 h.",
                "Bonjour à tous,\n\nLa clinique de vaccination antigrippale pour les employés aura lieu le 20 octobre dans l'unité "
                "d'hémodialyse entre les quarts. Apportez votre carte d'employé.",
                f"Bonjour,\n\nSuite à la recommandation de son médecin, {emp.full} ({emp.role}) reprendra le travail en retour progressif "
                "à 3 jours/semaine à compter du 14, sans quart de soir pour 4 semaines. Merci d'ajuster l'horaire.",
                "Rappel : en cas de piqûre accidentelle, nettoyer, déclarer immédiatement à la SST (poste 4444) et se présenter "
                "à l'urgence dans les 2 heures. Les sérologies VHB/VHC/VIH de l'employé et le suivi sont confidentiels."][scen]
    else:
        subj = ["Reminder – annual TB skin test", "Staff flu vaccination", "Graduated return to work",
                "Blood exposure – staff procedure"][scen]
        body = [f"Hi {emp.given},\n\nYour annual tuberculin skin test (required for dialysis staff) is due this month. "
                "Drop by Employee Health, room B-112, Tue or Thu 0800-1100.",
                "Hi all,\n\nThe staff flu clinic will be held on the HD unit on October 20 between shifts. Bring your badge.",
                f"Hello,\n\nPer their physician's note, {emp.full} ({emp.role}) will return on a graduated schedule, 3 days/week "
                "starting the 14th, no evening shifts for 4 weeks. Please adjust the schedule.",
                "Reminder: after a needlestick, wash, report to OHS right away (ext. 4444) and go to Emergency within 2 hours. "
                "Employee HBV/HCV/HIV serology and follow-up are kept confidential."][scen]
    body += f"\n\n{sst[0]}\n{C.INST[inst]['name']}"
    boss = C.staff(rng, lang, "chef", inst)
    dest = [who(emp, lang)] if scen == 0 else [who(boss, lang)] if scen == 2 else [dist_list(lang, inst, "all")]
    raw = compose(rng, lang=lang, frm=sst, to=dest,
                  subject=subj, body=body)
    return neg("occ_health", lang, "employee occupational health (staff, not patient)", raw)


# ------------------------------------------------------------------ payroll / HR notice
def payroll_notice(rng, lang):
    inst = C.pick_inst(rng, lang)
    hr = C.staff(rng, lang, "hr", inst)
    if lang == "fr":
        subj = rng.choice(["Paie – heures supplémentaires période 12", "Relevés 1 et T4 disponibles", "Prime de soir – rappel"])
        body = (f"{C.greet(rng, 'fr')}\n\n" + rng.choice([
            "Les heures supplémentaires effectuées lors de la pénurie de personnel en hémodialyse seront payées à taux double sur la paie du 21.",
            "Vos relevés 1 et T4 sont disponibles dans le portail employé. Vérifiez votre adresse postale.",
            "La prime de soir et de fin de semaine s'applique aussi aux quarts de dialyse du samedi."]) +
            f"\n\nPour toute question : poste {rng.randint(2000, 7999)}.\n\n{C.signature(rng, hr, 'fr')}")
    else:
        subj = rng.choice(["Payroll – overtime period 12", "T4 slips available", "Evening premium – reminder"])
        body = (f"{C.greet(rng, 'en')}\n\n" + rng.choice([
            "Overtime worked during the HD staffing shortage will be paid at double time on the pay of the 21st.",
            "Your T4 slips are now in the employee portal. Please check your mailing address.",
            "The evening and weekend premium also applies to Saturday dialysis shifts."]) +
            f"\n\nQuestions: ext. {rng.randint(2000, 7999)}.\n\n{C.signature(rng, hr, 'en')}")
    raw = compose(rng, lang=lang, frm=who(hr, lang), to=[dist_list(lang, inst, "all")], subject=subj, body=body)
    return neg("payroll_notice", lang, "payroll notice", raw)


# ------------------------------------------------------------------ on-call schedule
def oncall_schedule(rng, lang):
    inst = C.pick_inst(rng, lang)
    sec = C.staff(rng, lang, "clerk", inst)
    docs = team(rng, lang, inst, ["neph"] * 6)
    month = rng.randint(1, 11)
    rows = [["Semaine" if lang == "fr" else "Week", "Néphro de garde" if lang == "fr" else "Nephrology on call",
             "Greffe" if lang == "fr" else "Transplant", "Accès vasculaires" if lang == "fr" else "Vascular access"]]
    for w in range(4):
        a, b, c = rng.sample(docs, 3)
        rows.append([f"{w * 7 + 1}-{w * 7 + 7}/{month:02d}", a.display(lang), b.display(lang), c.display(lang)])
    tab = M.text_table(rows)
    if lang == "fr":
        subj = f"Garde néphrologie – {['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre'][month - 1]}"
        body = (f"{C.greet(rng, 'fr')}\n\nVoici la liste de garde. Pagette de garde : {C.phone(rng, C.INST[inst]['city'])}.\n\n"
                f"{tab}\n\nLes échanges de garde doivent m'être communiqués.\n\n{C.signature(rng, sec, 'fr')}")
    else:
        subj = f"Nephrology call schedule – {['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November'][month - 1]}"
        body = (f"{C.greet(rng, 'en')}\n\nCall schedule below. On-call pager via locating: {C.phone(rng, C.INST[inst]['city'])}.\n\n"
                f"{tab}\n\nPlease let me know about any swaps.\n\n{C.signature(rng, sec, 'en')}")
    raw = compose(rng, lang=lang, frm=who(sec, lang), to=[dist_list(lang, inst, "neph")], subject=subj, body=body,
                  layout=rng.choice(["plain", "alt"]))
    return neg("oncall_schedule", lang, "physician on-call schedule", raw)


# ------------------------------------------------------------------ new physician welcome
def new_physician(rng, lang):
    inst = C.pick_inst(rng, lang)
    mgr = C.staff(rng, lang, "mgr", inst)
    d = C.staff(rng, lang, "neph", inst)
    if lang == "fr":
        interest = rng.choice(["les glomérulonéphrites et la néphrite lupique", "la polykystose rénale et la génétique rénale",
                               "l'hémodialyse à domicile", "la néphrologie de transplantation et le rejet humoral"])
        subj = f"Bienvenue à {d.display('fr')}"
        body = (f"{C.greet(rng, 'fr', 'à tous')}\n\nC'est avec plaisir que nous accueillons {d.display('fr')}, néphrologue, "
                f"qui se joint à notre équipe le 1er du mois. Après sa formation à Toronto, {d.given} s'intéresse particulièrement à "
                f"{interest}. Elle/il tiendra la clinique des maladies glomérulaires le mercredi AM.\n\n"
                f"Les références pour {interest.split(' et ')[0]} peuvent lui être adressées directement.\n\n{C.signature(rng, mgr, 'fr')}")
    else:
        interest = rng.choice(["glomerulonephritis and lupus nephritis", "ADPKD and kidney genetics", "home hemodialysis",
                               "transplant nephrology and antibody-mediated rejection"])
        subj = f"Welcome {d.display('en')}"
        body = (f"{C.greet(rng, 'en', 'all')}\n\nPlease join me in welcoming {d.display('en')}, nephrologist, who joins us on the 1st. "
                f"After fellowship in Montréal, {d.given} has a special interest in {interest} and will run the glomerular "
                f"disease clinic Wednesday mornings.\n\nReferrals for {interest.split(' and ')[0]} can go directly to {d.given}.\n\n"
                f"{C.signature(rng, mgr, 'en')}")
    raw = compose(rng, lang=lang, frm=who(mgr, lang), to=[dist_list(lang, inst, "all")], subject=subj, body=body)
    return neg("new_physician", lang, "new physician welcome naming diseases they treat", raw)


# ------------------------------------------------------------------ staff meeting invite
def staff_meeting(rng, lang):
    inst = C.pick_inst(rng, lang)
    org = C.staff(rng, lang, rng.choice(["mgr", "chef"]), inst)
    att = team(rng, lang, inst, ["rn", "rn", "diet", "sw", "pharm"])
    day = _dt.datetime(2025, rng.randint(1, 11), rng.randint(1, 28), rng.choice([12, 14, 15]), 0)
    if lang == "fr":
        summ = rng.choice(["Réunion d'équipe – hémodialyse", "Caucus qualité – taux d'infections de cathéters",
                           "Rencontre interdisciplinaire mensuelle"])
        desc = "Ordre du jour : 1) indicateurs du mois 2) nouvelle politique sur les verrous de cathéter 3) varia. Dîner fourni."
        loc = "Salle de conférence 4-120 / Teams"
    else:
        summ = rng.choice(["HD team meeting", "Quality huddle – catheter infection rates", "Monthly interdisciplinary meeting"])
        desc = "Agenda: 1) monthly indicators 2) new catheter lock policy 3) other. Lunch provided."
        loc = "Conference room 4-120 / Teams"
    ics = F.make_ics(f"{rng.getrandbits(64):016X}@{C.INST[inst]['dom']}", day, day + _dt.timedelta(hours=1),
                     summ, desc, loc, (org.full, org.email), [(a.full, a.email) for a in att])
    body = desc
    if rng.random() < 0.5:
        raw = compose(rng, lang=lang, frm=who(org, lang), to=[who(a, lang) for a in att], subject=summ, body=body,
                      layout="alt", alt_calendar=ics)
    else:
        raw = compose(rng, lang=lang, frm=who(org, lang), to=[who(a, lang) for a in att], subject=summ, body=body,
                      attachments=[dict(kind="ics", data=ics.encode(), filename="meeting.ics", method=True)])
    return neg("staff_meeting", lang, "staff meeting calendar invitation", raw)


# ------------------------------------------------------------------ staff vCard
def staff_vcard(rng, lang):
    inst = C.pick_inst(rng, lang)
    s = C.staff(rng, lang, rng.choice(["diet", "sw", "access", "donor", "pd"]), inst)
    vcf = F.make_vcard(s.given, s.surname, org=C.INST[inst]["name"], title=s.role,
                       tel=[("WORK", C.phone(rng, C.INST[inst]["city"])), ("FAX", C.phone(rng, C.INST[inst]["city"]))],
                       email=s.email, note=("Disponible lun-jeu. Pour les urgences, passer par la pagette de néphrologie."
                                            if lang == "fr" else "Available Mon-Thu. For urgent matters page nephrology."))
    body = (f"{C.greet(rng, lang)}\n\n" + ("Voici mes coordonnées pour vos références. Au plaisir de collaborer!"
                                           if lang == "fr" else "Here's my contact card for referrals. Looking forward to working together!")
            + f"\n\n{C.signature(rng, s, lang, 1)}")
    subj = "Mes coordonnées" if lang == "fr" else "My contact info"
    raw = compose(rng, lang=lang, frm=who(s, lang), to=[dist_list(lang, inst, "all")], subject=subj, body=body,
                  attachments=[dict(kind="vcf", data=vcf.encode(), filename=f"{s.given} {s.surname}.vcf")])
    return neg("staff_vcard", lang, "staff member's vCard", raw)


# ------------------------------------------------------------------ training / in-service
def training(rng, lang):
    inst = C.pick_inst(rng, lang)
    edu = C.staff(rng, lang, "rn", inst)
    if lang == "fr":
        subj = rng.choice(["Formation – nouveaux moniteurs d'hémodiafiltration", "Recertification RCR", "Formation ponction FAV (buttonhole)"])
        body = (f"{C.greet(rng, 'fr')}\n\n{subj} : trois sessions offertes ({rng.randint(3, 9)}, {rng.randint(10, 19)} et "
                f"{rng.randint(20, 28)} du mois), 13 h 30 à 15 h 30, local de formation 2-040. "
                "Inscription obligatoire auprès de moi. Les heures sont rémunérées.\n\n"
                "Contenu : montage des lignes, alarmes de pression transmembranaire, désinfection thermique, cas pratiques.\n\n"
                f"{C.signature(rng, edu, 'fr')}")
    else:
        subj = rng.choice(["In-service – new hemodiafiltration machines", "CPR recertification", "AVF cannulation (buttonhole) workshop"])
        body = (f"{C.greet(rng, 'en')}\n\n{subj}: three sessions ({rng.randint(3, 9)}th, {rng.randint(10, 19)}th and "
                f"{rng.randint(20, 28)}th), 1330-1530, education room 2-040. Sign-up required. Paid time.\n\n"
                "Content: line priming, TMP alarms, heat disinfection, hands-on scenarios.\n\n"
                f"{C.signature(rng, edu, 'en')}")
    raw = compose(rng, lang=lang, frm=who(edu, lang), to=[dist_list(lang, inst)], subject=subj, body=body)
    return neg("training", lang, "staff training announcement", raw)


# ------------------------------------------------------------------ job posting
def job_posting(rng, lang):
    inst = C.pick_inst(rng, lang)
    hr = C.staff(rng, lang, "hr", inst)
    post = rng.randint(2025000, 2025999)
    if lang == "fr":
        job = rng.choice(["Infirmière clinicienne – hémodialyse (poste permanent, temps complet)", "Nutritionniste – néphrologie (remplacement 1 an)",
                          "Travailleur(se) social(e) – programme de greffe rénale", "Technicien(ne) en hémodialyse"])
        subj = f"Affichage {post} – {job.split(' (')[0]}"
        body = (f"AFFICHAGE DE POSTE no {post}\n\n{job}\n{C.INST[inst]['name']} – {C.INST[inst]['unit']}\n\n"
                "Responsabilités : soins aux usagers atteints d'insuffisance rénale chronique, enseignement sur les modalités de "
                "dialyse, collaboration interdisciplinaire.\nExigences : permis d'exercice valide; expérience en néphrologie un atout; "
                "bilinguisme requis.\nSalaire selon l'échelle en vigueur.\n\nPostulez avant le 30 du mois.\n\n"
                f"{C.signature(rng, hr, 'fr')}")
    else:
        job = rng.choice(["Registered Nurse – Hemodialysis (permanent full-time)", "Renal Dietitian (1-year contract)",
                          "Social Worker – Kidney Transplant Program", "Dialysis Technician"])
        subj = f"Posting {post} – {job.split(' (')[0]}"
        body = (f"JOB POSTING #{post}\n\n{job}\n{C.INST[inst]['name']} – {C.INST[inst]['unit']}\n\n"
                "Responsibilities: care of patients with chronic kidney disease, modality education, interprofessional teamwork.\n"
                "Requirements: current registration; nephrology experience an asset; French an asset.\n"
                "Salary per collective agreement.\n\nApply by the 30th.\n\n"
                f"{C.signature(rng, hr, 'en')}")
    raw = compose(rng, lang=lang, frm=who(hr, lang), to=[dist_list(lang, inst, "all")], subject=subj, body=body,
                  layout=rng.choice(["html", "alt", "plain"]))
    return neg("job_posting", lang, "job posting in nephrology", raw)


# ------------------------------------------------------------------ committee notice
def committee_notice(rng, lang):
    inst = C.pick_inst(rng, lang)
    sec = C.staff(rng, lang, rng.choice(["clerk", "mgr"]), inst)
    chair = C.staff(rng, lang, "neph", inst)
    d = _dt.date(2025, rng.randint(1, 11), rng.randint(1, 28))
    if lang == "fr":
        com = rng.choice(["Comité de pharmacologie – sous-comité néphrologie", "Comité de prévention des infections – dialyse",
                          "Comité d'éthique clinique", "Comité de sélection des candidats à la greffe"])
        subj = f"Convocation – {com} – {C.fmt_date(d, 'fr', 1)}"
        body = (f"{C.greet(rng, 'fr')}\n\nVous êtes convoqué(e)s à la prochaine réunion du {com}, présidée par {chair.display('fr')}, "
                f"le {C.fmt_date(d, 'fr', 1)} à 12 h 00 (salle du conseil).\n\nOrdre du jour :\n1. Adoption du procès-verbal\n"
                "2. Suivi des bactériémies sur cathéter (données agrégées T2)\n3. Protocole de fer IV – révision\n"
                "4. Pénurie d'héparine – mesures d'économie\n5. Varia\n\nLes cas nominatifs seront présentés en séance seulement.\n\n"
                f"{C.signature(rng, sec, 'fr')}")
    else:
        com = rng.choice(["Pharmacy & Therapeutics – renal subcommittee", "Infection Prevention – dialysis", "Clinical Ethics Committee",
                          "Transplant candidate selection committee"])
        subj = f"Notice of meeting – {com} – {C.fmt_date(d, 'en', 1)}"
        body = (f"{C.greet(rng, 'en')}\n\nThe next meeting of the {com}, chaired by {chair.display('en')}, is on "
                f"{C.fmt_date(d, 'en', 1)} at noon (boardroom).\n\nAgenda:\n1. Approval of minutes\n"
                "2. Line-related bacteremia (aggregate Q2 data)\n3. IV iron protocol – revision\n"
                "4. Heparin shortage – conservation measures\n5. Other business\n\nIdentifiable cases will be presented in camera only.\n\n"
                f"{C.signature(rng, sec, 'en')}")
    raw = compose(rng, lang=lang, frm=who(sec, lang), to=[dist_list(lang, inst, "neph")], subject=subj, body=body)
    return neg("committee_notice", lang, "committee meeting notice and agenda", raw)


# ------------------------------------------------------------------ staff thread with quoting
def staff_thread(rng, lang):
    inst = C.pick_inst(rng, lang)
    a, b = team(rng, lang, inst, ["chef", "diet"])
    if lang == "fr":
        m1 = f"Bonjour {b.given},\n\nEst-ce que tu pourrais présenter ton atelier sur le phosphore au caucus de jeudi? 15 minutes suffisent.\n\n{a.given}"
        m2 = f"Oui avec plaisir. J'ai besoin d'un projecteur et de la salle 2-040 si possible.\n\n{b.given}"
        m3 = "Parfait, c'est réservé. Merci!"
        subj = "RE: RE: caucus jeudi"
        body = (f"{m3}\n\n{a.given}\n\n> Le {rng.randint(1, 28)}/0{rng.randint(1, 9)}/2025, {b.full} a écrit :\n> "
                + m2.replace("\n", "\n> ") + "\n>\n> > " + m1.replace("\n", "\n> > "))
    else:
        m1 = f"Hi {b.given},\n\nCould you present your phosphate workshop at Thursday's huddle? 15 minutes is fine.\n\n{a.given}"
        m2 = f"Sure, happy to. I'll need a projector and room 2-040 if possible.\n\n{b.given}"
        m3 = "Great, booked. Thanks!"
        subj = "RE: RE: Thursday huddle"
        body = (f"{m3}\n\n{a.given}\n\n> On 2025-0{rng.randint(1, 9)}-{rng.randint(10, 28)}, {b.full} wrote:\n> "
                + m2.replace("\n", "\n> ") + "\n>\n> > " + m1.replace("\n", "\n> > "))
    raw = compose(rng, lang=lang, frm=who(a, lang), to=[who(b, lang)], subject=subj, body=body,
                  in_reply_to=f"<{rng.getrandbits(40):010x}@{C.INST[inst]['dom']}>")
    return neg("staff_thread", lang, "quoted staff thread about a workshop", raw)


# ------------------------------------------------------------------ chair capacity (no names)
def chair_capacity(rng, lang):
    inst = C.pick_inst(rng, lang)
    chef = C.staff(rng, lang, "chef", inst)
    other = C.INST[C.pick_inst(rng, lang)]
    n1, n2 = rng.randint(1, 4), rng.randint(0, 3)
    if lang == "fr":
        subj = rng.choice(["Places disponibles – dialyse de passage", "Capacité chaises semaine prochaine", "Disponibilités été 2025"])
        body = (f"{C.greet(rng, 'fr')}\n\nPour la planification régionale : nous avons {n1} place(s) au quart MJS soir et {n2} au quart "
                f"LMV midi à compter du {rng.randint(1, 28)}. Les chaises 17 et 18 sont en réparation jusqu'à vendredi (pompe à sang).\n\n"
                "Priorité aux patients de passage déjà acceptés; les nouvelles demandes doivent passer par le formulaire régional.\n\n"
                f"{C.signature(rng, chef, 'fr')}")
    else:
        subj = rng.choice(["Available spots – transient dialysis", "Chair capacity next week", "Summer 2025 availability"])
        body = (f"{C.greet(rng, 'en')}\n\nFor regional planning: we have {n1} spot(s) on TTS PM and {n2} on MWF mid starting the "
                f"{rng.randint(1, 28)}th. Chairs 17 and 18 are down until Friday (blood pump).\n\n"
                "Priority to already-accepted transients; new requests go through the regional form.\n\n"
                f"{C.signature(rng, chef, 'en')}")
    raw = compose(rng, lang=lang, frm=who(chef, lang), to=[("Coordination", f"coordination@{other['dom']}")], subject=subj, body=body)
    return neg("chair_capacity", lang, "chair availability without patient names", raw)


# ------------------------------------------------------------------ transport contract invoice
def transport_invoice(rng, lang):
    inst = C.pick_inst(rng, lang)
    mgr = C.staff(rng, lang, "mgr", inst)
    inv = rng.randint(100000, 999999)
    rows = [["Mois" if lang == "fr" else "Month", "Trajets" if lang == "fr" else "Trips", "Km", "Montant ($)" if lang == "fr" else "Amount ($)"]]
    tot = 0
    for m in range(3):
        t = rng.randint(900, 1600)
        amt = t * 38
        tot += amt
        rows.append([f"2025-{m + 4:02d}", str(t), str(t * rng.randint(9, 22)), f"{amt:,}".replace(",", " ")])
    rows.append(["Total", "", "", f"{tot:,}".replace(",", " ")])
    title = f"{'Facture' if lang == 'fr' else 'Invoice'} {inv}"
    pdf = F.make_pdf(title, [("Transport adapté Rive-Nord inc." if lang == "fr" else "AccessRide Inc."),
                             ("Client : " if lang == "fr" else "Client: ") + C.INST[inst]["name"],
                             "[[TABLE]]", ("TPS/TVQ incluses. Paiement net 30 jours." if lang == "fr" else "HST included. Net 30.")],
                     table=rows)
    body = (f"{C.greet(rng, lang)}\n\n" + ("Veuillez trouver ci-joint notre facture trimestrielle pour les transports de dialyse."
                                           if lang == "fr" else "Please find attached our quarterly invoice for dialysis transportation.")
            + "\n\n" + ("Service de la facturation" if lang == "fr" else "Billing department"))
    raw = compose(rng, lang=lang, frm=(("Facturation" if lang == "fr" else "Billing"), "billing@transport-co.example"),
                  to=[who(mgr, lang)], subject=title, body=body,
                  attachments=[dict(kind="pdf", data=pdf, filename=f"{'Facture' if lang == 'fr' else 'Invoice'}_{inv}.pdf")])
    return neg("transport_invoice", lang, "aggregate transport invoice", raw)


# ------------------------------------------------------------------ staff sick call
def sick_call(rng, lang):
    inst = C.pick_inst(rng, lang)
    emp = C.staff(rng, lang, rng.choice(["rn", "clerk", "diet"]), inst)
    chef = C.staff(rng, lang, "chef", inst)
    if lang == "fr":
        subj = rng.choice(["Absence demain", "Malade", "absente aujourd'hui"])
        body = rng.choice([f"Salut {chef.given}, je fais une gastro depuis cette nuit, je ne pourrai pas rentrer demain (quart de jour). Désolée!",
                           f"Bonjour {chef.given}, mon fils a de la fièvre, je dois rester à la maison aujourd'hui. Je peux reprendre samedi si besoin.",
                           f"{chef.given}, rendez-vous chez le dentiste finalement déplacé, je serai là à 10 h au lieu de 7 h."]) + f"\n{emp.given}"
    else:
        subj = rng.choice(["Off tomorrow", "Sick", "out today"])
        body = rng.choice([f"Hi {chef.given}, I've had a stomach bug since last night, won't make it tomorrow (day shift). Sorry!",
                           f"Hi {chef.given}, my son has a fever so I need to stay home today. Can pick up Saturday if needed.",
                           f"{chef.given}, dentist moved, I'll be in at 10 instead of 7."]) + f"\n{emp.given}"
    raw = compose(rng, lang=lang, frm=(emp.full, emp.email), to=[who(chef, lang)], subject=subj, body=body, layout="plain")
    return neg("sick_call", lang, "staff calling in sick", raw)


# ------------------------------------------------------------------ social event
def social_event(rng, lang):
    inst = C.pick_inst(rng, lang)
    org = C.staff(rng, lang, rng.choice(["rn", "clerk", "diet"]), inst)
    ret = C.staff(rng, lang, rng.choice(["rn", "neph", "sw"]), inst)
    if lang == "fr":
        subj = rng.choice([f"Party de départ – {ret.full}", "Souper des fêtes de l'équipe de néphro", "Potluck vendredi!"])
        body = (f"{C.greet(rng, 'fr', 'à tous')}\n\n" + rng.choice([
            f"Après 31 ans en hémodialyse, {ret.display('fr')} prend sa retraite! 5 à 7 le {rng.randint(1, 28)} au bistro d'en face. "
            "Contribution pour le cadeau : 10 $ à remettre à l'accueil.",
            "Le souper des fêtes aura lieu le 13 décembre. Menu adapté aux restrictions (faible en sodium, bien sûr 😄).",
            "Potluck vendredi midi dans la salle du personnel. Inscrivez ce que vous apportez sur la feuille au babillard."]) +
            f"\n\n{org.given}")
    else:
        subj = rng.choice([f"Retirement party – {ret.full}", "Renal program holiday dinner", "Potluck Friday!"])
        body = (f"{C.greet(rng, 'en', 'all')}\n\n" + rng.choice([
            f"After 31 years in hemodialysis, {ret.display('en')} is retiring! Drinks on the {rng.randint(1, 28)}th at the pub across the street. "
            "$10 for the gift, drop it at the front desk.",
            "Holiday dinner is December 13. Menu accommodates restrictions (low sodium, of course 😄).",
            "Potluck Friday noon in the staff lounge. Sign-up sheet on the bulletin board."]) + f"\n\n{org.given}")
    raw = compose(rng, lang=lang, frm=who(org, lang), to=[dist_list(lang, inst, "all")], subject=subj, body=body)
    return neg("social_event", lang, "staff social event", raw)


# ------------------------------------------------------------------ facilities / parking
def facilities(rng, lang):
    inst = C.pick_inst(rng, lang)
    fac = (("Services techniques", f"services.techniques@{C.INST[inst]['dom']}") if lang == "fr"
           else ("Facilities Management", f"facilities@{C.INST[inst]['dom']}"))
    if lang == "fr":
        subj = rng.choice(["Travaux – stationnement P3", "Coupure d'eau chaude aile B", "Ascenseur 4 hors service"])
        body = (f"{C.greet(rng, 'fr')}\n\n" + rng.choice([
            "Le stationnement P3 sera fermé du 12 au 16 pour réfection. Les usagers de la dialyse conservent l'accès au débarcadère principal.",
            "L'eau chaude sera coupée dans l'aile B dimanche de 6 h à 10 h. L'unité d'hémodialyse n'est pas touchée (boucle indépendante).",
            "L'ascenseur 4 sera hors service toute la semaine. Utiliser l'ascenseur 2 pour les civières."]) +
            f"\n\n{fac[0]}, poste {rng.randint(2000, 7999)}")
    else:
        subj = rng.choice(["Construction – P3 parking", "Hot water shutdown B wing", "Elevator 4 out of service"])
        body = (f"{C.greet(rng, 'en')}\n\n" + rng.choice([
            "Parking lot P3 will be closed the 12th to 16th for resurfacing. Dialysis drop-off at the main entrance is unaffected.",
            "Hot water will be off in B wing Sunday 0600-1000. The hemodialysis unit is not affected (separate loop).",
            "Elevator 4 is out all week. Use elevator 2 for stretchers."]) + f"\n\n{fac[0]}, ext. {rng.randint(2000, 7999)}")
    raw = compose(rng, lang=lang, frm=fac, to=[dist_list(lang, inst, "all")], subject=subj, body=body)
    return neg("facilities", lang, "facilities notice", raw)


# ------------------------------------------------------------------ accreditation
def accreditation(rng, lang):
    inst = C.pick_inst(rng, lang)
    q = C.staff(rng, lang, "mgr", inst)
    if lang == "fr":
        subj = "Visite d'Agrément – préparation de l'unité de dialyse"
        body = (f"{C.greet(rng, 'fr')}\n\nLes visiteurs seront sur place du {rng.randint(1, 20)} au {rng.randint(21, 28)}. Points à revoir :\n"
                "- double identification des usagers avant chaque traitement (nom + date de naissance)\n"
                "- étiquetage des seringues d'héparine\n- registre de désinfection des générateurs\n"
                "- aucun document nominatif laissé au poste des infirmières\n\nMerci de votre collaboration!\n\n"
                f"{C.signature(rng, q, 'fr')}")
    else:
        subj = "Accreditation visit – dialysis unit prep"
        body = (f"{C.greet(rng, 'en')}\n\nSurveyors on site the {rng.randint(1, 20)}th to {rng.randint(21, 28)}th. Please review:\n"
                "- two patient identifiers before every treatment (name + date of birth)\n- heparin syringe labelling\n"
                "- machine disinfection log\n- no patient-identifying documents left at the nursing station\n\nThanks!\n\n"
                f"{C.signature(rng, q, 'en')}")
    raw = compose(rng, lang=lang, frm=who(q, lang), to=[dist_list(lang, inst, "all")], subject=subj, body=body)
    return neg("accreditation", lang, "accreditation preparation mentioning identification rules", raw)


BUILDERS = [(staff_schedule, 5), (leave_request, 5), (occ_health, 5), (payroll_notice, 5), (oncall_schedule, 5),
            (new_physician, 5), (staff_meeting, 5), (staff_vcard, 5), (training, 5), (job_posting, 5),
            (committee_notice, 5), (staff_thread, 5), (chair_capacity, 5), (transport_invoice, 5), (sick_call, 5),
            (social_event, 5), (facilities, 5), (accreditation, 5)]
