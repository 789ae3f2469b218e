"""Negative templates, part A: HR, schedules, staff life (hard negatives, no patient data)."""
import datetime as dt

import gen_common as C
import gen_docs as D
from gen_clin import Draft
from gen_mime import Att
from gen_pos_a import workday, clinic_box

CL = C.CLINIC
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def allstaff(d):
    return [(d.t("Tout le personnel CRPT", "All CRPT staff"), clinic_box("personnel"))]


def _cycle(ctx, key, options):
    """Walk through the variants in turn (so repeated templates differ)."""
    return options[ctx.turn(key) % len(options)]


def extra_name(rng):
    return rng.choice(C.EXTRA_STAFF_NAMES)


# --------------------------------------------------------------------------
def n_schedule(ctx, lang, now):
    d = Draft(ctx, lang, "staff_schedule", "")
    rng = d.rng
    start = now.date() + dt.timedelta(days=(7 - now.weekday()) % 7 or 7)
    nurses = [C.STAFF[k] for k in C.NURSES] + [dict(given=g, sur=s) for g, s in rng.sample(C.EXTRA_STAFF_NAMES, 3)]
    shifts = d.t(["J 7h-15h", "J 7h-15h", "S 11h-19h", "congé", "formation", "J 7h-15h"],
                 ["D 7-15", "D 7-15", "E 11-19", "off", "training", "D 7-15"])
    hdr = [d.t("Infirmière", "Nurse")] + [(start + dt.timedelta(days=i)).strftime("%a %d/%m") for i in range(5)]
    rows = [[f"{n['given']} {n['sur']}"] + [rng.choice(shifts) for _ in range(5)] for n in nurses]
    d.frm = d.staff("haddad")
    d.to = [(d.t("Équipe perfusion", "Infusion team"), clinic_box("perfusion"))]
    note = rng.choice([d.t("Julie sera à la formation « Lupus et grossesse » jeudi.", "Julie is at the 'Lupus and pregnancy' course Thursday."),
                       d.t("Rappel : l'unité ouvre à 7 h 15 les jours de rituximab.", "Reminder: the unit opens at 7:15 on rituximab days."),
                       d.t("Kevin remplace au triage de la clinique vasculite mardi.", "Kevin covers vasculitis clinic triage on Tuesday.")])
    mode = rng.choice(["xlsx", "html", "text"])
    intro = d.t(f"Bonjour l'équipe,\n\nVoici l'horaire de la semaine du {C.dfr(start)}. {note}\n\nMerci de m'aviser de tout échange.\n\nNadia",
                f"Hi team,\n\nHere is the schedule for the week of {C.den(start)}. {note}\n\nLet me know about any swaps.\n\nNadia")
    if mode == "xlsx":
        d.atts.append(Att(D.make_xlsx([(d.t("Horaire", "Schedule"), [hdr] + rows)]), XLSX, d.t(f"horaire_perfusion_{start.isoformat()}.xlsx", f"infusion_schedule_{start.isoformat()}.xlsx")))
        d.text = intro
    elif mode == "html":
        tbl = "<table border='1' cellpadding='3' style='border-collapse:collapse'>" + "".join(
            "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in [hdr] + rows) + "</table>"
        d.text = intro + "\n\n" + "\n".join(" | ".join(r) for r in [hdr] + rows)
        d.html = f"<html><body><p>{intro.replace(chr(10), '<br>')}</p>{tbl}</body></html>"
        d.layout = rng.choice(["alt", "html"])
    else:
        d.text = intro + "\n\n" + "\n".join(f"{r[0]:<22}" + "".join(f"{c:<13}" for c in r[1:]) for r in [hdr] + rows)
    d.subject = d.t(f"Horaire semaine du {start.strftime('%d/%m')}", f"Schedule week of {start.strftime('%b %d')}")
    d.note = d.t("horaire du personnel infirmier", "nursing staff schedule")
    return d


# --------------------------------------------------------------------------
def n_leave(ctx, lang, now):
    d = Draft(ctx, lang, "leave_request", "")
    rng = d.rng
    who = rng.choice(["drouin", "ohara", "petit", "beaulieu", "fiset", "kowalski"])
    s = C.STAFF[who]
    start = workday(now, 10, 60, rng)
    end = start + dt.timedelta(days=rng.choice([4, 9, 13]))
    kind = _cycle(ctx, "leave", ["vac", "sick", "return"])
    mgr = "charest" if who in ("petit", "beaulieu", "fiset", "kowalski") else "haddad"
    if kind == "vac":
        d.text = d.t(f"Bonjour {C.STAFF[mgr]['given']},\n\nJe voudrais réserver mes vacances du {C.dfr(start)} au {C.dfr(end)} inclusivement. "
                     f"{C.EXTRA_STAFF_NAMES[0][0]} a accepté de me remplacer pour les mardis.\n\nMerci!\n{s['given']}",
                     f"Hi {C.STAFF[mgr]['given']},\n\nI'd like to book vacation from {C.den(start)} to {C.den(end)} inclusive. "
                     f"{C.EXTRA_STAFF_NAMES[0][0]} agreed to cover Tuesdays.\n\nThanks!\n{s['given']}")
        d.frm, d.to = d.staff(who), [d.staff(mgr)]
        d.subject = d.t("Demande de vacances", "Vacation request")
        d.note = d.t("demande de vacances d'un employé", "employee vacation request")
    elif kind == "sick":
        d.text = d.t(f"Bonjour à tous,\n\n{s['given']} {s['sur']} sera en congé de maladie à partir du {C.dfr(start)} pour une chirurgie "
                     f"{rng.choice(['au genou', 'à l’épaule', 'de la vésicule'])}, retour prévu vers le {C.dfr(end + dt.timedelta(days=30))}. "
                     f"Merci de lui laisser un peu de répit; on lui enverra une carte.\n\nLes remplacements sont dans l'horaire.\n\n{C.STAFF[mgr]['given']}",
                     f"Hi all,\n\n{s['given']} {s['sur']} will be on sick leave from {C.den(start)} for "
                     f"{rng.choice(['knee', 'shoulder', 'gallbladder'])} surgery, expected back around {C.den(end + dt.timedelta(days=30))}. "
                     f"We'll send a card.\n\nCoverage is in the schedule.\n\n{C.STAFF[mgr]['given']}")
        d.frm, d.to = d.staff(mgr), allstaff(d)
        d.subject = d.t("Absence prolongée - équipe", "Extended absence - team")
        d.note = d.t("congé de maladie d'un employé", "staff sick leave notice")
    elif kind == "return":
        d.text = d.t(f"Bonjour {s['given']},\n\nSuite à l'avis de ton médecin traitant, ton retour progressif débute le {C.dfr(start)} : "
                     f"3 jours/semaine pendant 4 semaines, sans port de charges de plus de 10 kg (restriction liée à ta hernie discale). "
                     f"On se voit lundi pour l'accueil.\n\n{C.staff_name('lindqvist', 'fr')}\nRessources humaines",
                     f"Hi {s['given']},\n\nFollowing your physician's note, your graduated return starts {C.den(start)}: 3 days/week for 4 weeks, "
                     f"no lifting over 10 kg (restriction for your herniated disc). See you Monday.\n\n{C.staff_name('lindqvist', 'en')}\nHuman Resources")
        d.frm, d.to = d.staff("lindqvist"), [d.staff(who)]
        d.cc = [d.staff(mgr)]
        d.subject = d.t("Retour progressif au travail", "Graduated return to work")
        d.note = d.t("retour progressif d'un employé", "employee graduated return to work")
    return d


# --------------------------------------------------------------------------
def n_payroll(ctx, lang, now):
    d = Draft(ctx, lang, "payroll", "")
    rng = d.rng
    scen = _cycle(ctx, "payroll", ["cal", "t4", "prime"])
    if scen == "cal":
        dates = [(now.date() + dt.timedelta(days=14 * i + (3 - now.weekday()) % 7)).isoformat() for i in range(6)]
        d.text = d.t("Bonjour,\n\nVoici le calendrier des paies pour le prochain trimestre : " + ", ".join(dates) +
                     ".\nLes feuilles de temps doivent être approuvées le lundi précédent avant midi.\n\nJosiane Fiset\nFacturation et paie",
                     "Hello,\n\nPay dates for next quarter: " + ", ".join(dates) + ".\nTimesheets must be approved the Monday before by noon.\n\n"
                     "Josiane Fiset\nBilling & payroll")
        d.subject = d.t("Calendrier de paie", "Payroll calendar")
    elif scen == "t4":
        d.text = d.t("Bonjour à tous,\n\nVos relevés T4 et Relevé 1 sont disponibles dans le portail employé. Vérifiez votre adresse et "
                     "votre NAS dans votre profil; toute correction doit être faite avant le 28 février. Ne transmettez jamais votre NAS "
                     "par courriel.\n\nJosiane",
                     "Hi all,\n\nYour T4 and RL-1 slips are available in the employee portal. Check your address and SIN in your profile; "
                     "corrections must be made before February 28. Never send your SIN by e-mail.\n\nJosiane")
        d.subject = d.t("T4 / Relevé 1 disponibles", "T4 / RL-1 available")
    else:
        g, s = extra_name(rng)
        d.text = d.t(f"Bonjour Josiane,\n\nLa prime de soir n'a pas été payée à {g} {s} pour les quarts du 3 et 5 mars "
                     f"(2 x 8 h, code 214). Peux-tu corriger sur la prochaine paie?\n\nNadia",
                     f"Hi Josiane,\n\nEvening premium was not paid to {g} {s} for the March 3 and 5 shifts (2 x 8 h, code 214). "
                     f"Can you fix it on the next pay?\n\nNadia")
        d.subject = d.t("Correction de paie", "Pay correction")
    d.frm = d.staff("fiset") if scen != "prime" else d.staff("haddad")
    d.to = allstaff(d) if scen != "prime" else [d.staff("fiset")]
    d.note = d.t("message de paie", "payroll message")
    return d


# --------------------------------------------------------------------------
def n_occ_health(ctx, lang, now):
    d = Draft(ctx, lang, "occupational_health", "")
    rng = d.rng
    scen = _cycle(ctx, "occ", ["individual", "campaign", "fit"])
    qn = "quintal"
    if scen == "campaign":
        d.text = d.t("Bonjour,\n\nLa campagne annuelle de dépistage de la tuberculose pour le personnel de l'unité de perfusion aura lieu "
                     "du 7 au 11 avril (TCT en deux étapes pour les nouveaux employés, QuantiFERON pour ceux ayant déjà eu un TCT positif). "
                     "Inscription auprès de la santé au travail, poste 214.\n\n" + C.signature(qn, "fr"),
                     "Hello,\n\nThe annual TB screening campaign for infusion unit staff runs April 7-11 (two-step TST for new employees, "
                     "QuantiFERON for those with a previous positive TST). Sign up with occupational health, ext. 214.\n\n" + C.signature(qn, "en"))
        d.to = allstaff(d)
        d.subject = d.t("Dépistage TB annuel - personnel", "Annual TB screening - staff")
    elif scen == "individual":
        who = rng.choice(["drouin", "ohara", "petit", "beaulieu", "gendron"])
        s = C.STAFF[who]
        mm = rng.choice([0, 0, 2, 4])
        d.text = d.t(f"Bonjour {s['given']},\n\nTon TCT annuel lu le {C.dfr(now.date() - dt.timedelta(days=2))} est négatif ({mm} mm). "
                     f"Ton dossier de santé au travail est à jour; prochain dépistage en 2026. Ton rappel de vaccin dcaT est aussi dû.\n\n" + C.signature(qn, "fr"),
                     f"Hi {s['given']},\n\nYour annual TST read on {C.den(now.date() - dt.timedelta(days=2))} is negative ({mm} mm). Your "
                     f"occupational health file is up to date; next screening in 2026. Your Tdap booster is also due.\n\n" + C.signature(qn, "en"))
        d.to = [d.staff(who)]
        d.subject = d.t("Résultat TCT - santé au travail", "TST result - occupational health")
    else:
        d.text = d.t("Bonjour,\n\nLes essais d'ajustement des N95 (3M 1870+ et 8210) se feront le mardi 15 h à la salle 3. "
                     "Obligatoire pour le personnel qui prépare la pentamidine et le personnel du triage.\n\n" + C.signature(qn, "fr"),
                     "Hello,\n\nN95 fit testing (3M 1870+ and 8210) will be held Tuesday 3 pm in room 3. Mandatory for staff preparing "
                     "pentamidine and triage staff.\n\n" + C.signature(qn, "en"))
        d.to = [(d.t("Équipe perfusion", "Infusion team"), clinic_box("perfusion"))]
        d.subject = d.t("Essais d'ajustement N95", "N95 fit testing")
    d.frm = d.staff(qn)
    d.note = d.t("santé au travail du personnel", "staff occupational health")
    return d


# --------------------------------------------------------------------------
def n_job_posting(ctx, lang, now):
    d = Draft(ctx, lang, "job_posting", "")
    rng = d.rng
    job = _cycle(ctx, "job", [("Infirmière clinicienne ou infirmier clinicien - unité de perfusion", "Clinical nurse - infusion unit"),
                      ("Agente administrative ou agent administratif - accueil", "Administrative officer - front desk"),
                      ("Pharmacien(ne) - préparation des biologiques (0,6 ETC)", "Pharmacist - biologics compounding (0.6 FTE)")])
    txt_fr = (f"AFFICHAGE INTERNE ET EXTERNE\n\n{job[0]}\nPoste permanent, jour, 4 jours/semaine\n\n"
              "Responsabilités : administration de biologiques IV (infliximab, rituximab, tocilizumab), gestion des réactions "
              "à la perfusion, enseignement aux patients atteints de maladies rhumatismales et de lupus, vérification du dépistage "
              "(TB, hépatite B) avant les traitements.\n\nExigences : BAC en sciences infirmières, membre de l'OIIQ, RCR à jour, 2 ans "
              "d'expérience en soins ambulatoires.\n\nSalaire selon l'échelle en vigueur. Faire parvenir votre CV à rh@" + CL["dom"] +
              f" avant le {C.dfr(now.date() + dt.timedelta(days=21))}.\n\nNous souscrivons au principe d'équité en emploi.")
    txt_en = (f"INTERNAL AND EXTERNAL POSTING\n\n{job[1]}\nPermanent, days, 4 days/week\n\n"
              "Duties: administering IV biologics (infliximab, rituximab, tocilizumab), managing infusion reactions, teaching patients "
              "living with rheumatic disease and lupus, verifying pre-treatment screening (TB, hepatitis B).\n\nRequirements: BScN, OIIQ "
              "licence, current CPR, 2 years of ambulatory care experience. Bilingualism an asset.\n\nSalary per current scale. Send your "
              f"CV to rh@{CL['dom']} before {C.den(now.date() + dt.timedelta(days=21))}.\n\nWe are an equal opportunity employer.")
    d.text = d.t(txt_fr, txt_en)
    if rng.random() < 0.5:
        d.atts.append(Att(D.make_pdf(d.t("Affichage de poste", "Job posting"), d.text, header=CL[lang]), "application/pdf",
                          d.t("affichage_poste.pdf", "job_posting.pdf")))
        d.text = d.t("Bonjour,\n\nMerci d'afficher le poste ci-joint sur le babillard et dans l'infolettre.\n\nErik Lindqvist, RH",
                     "Hello,\n\nPlease post the attached position on the board and in the newsletter.\n\nErik Lindqvist, HR")
    d.frm = d.staff("lindqvist")
    d.to = allstaff(d)
    d.subject = d.t("Affichage : ", "Posting: ") + (job[0] if lang == "fr" else job[1])
    d.note = d.t("affichage de poste", "job posting")
    return d


# --------------------------------------------------------------------------
def n_candidate(ctx, lang, now):
    d = Draft(ctx, lang, "job_candidate", "")
    rng = d.rng
    g, s = rng.choice([("Sabrina", "Lamarre"), ("Maxime", "Labonté"), ("Priyanka", "Dhillon"), ("Alexandre", "Nolet")])
    tel = f"514 555-01{rng.randint(10, 99)}"
    d.text = d.t(f"Bonjour Nadia,\n\nVoici une candidature intéressante pour le poste en perfusion :\n\n{g} {s}\nTél. : {tel}\n"
                 f"- 4 ans à la clinique de lupus et d'arthrite de l'Hôpital de la Côte-Verte\n- certification en thérapie intraveineuse\n"
                 f"- disponible dès le {C.dfr(now.date() + dt.timedelta(days=30))}\n\nEntrevue possible jeudi? CV en pièce jointe.\n\nErik",
                 f"Hi Nadia,\n\nA promising application for the infusion position:\n\n{g} {s}\nPhone: {tel}\n"
                 f"- 4 years at the Côte-Verte Hospital lupus and arthritis clinic\n- IV therapy certification\n"
                 f"- available from {C.den(now.date() + dt.timedelta(days=30))}\n\nInterview Thursday? CV attached.\n\nErik")
    cv = D.make_docx(f"{g} {s} - Curriculum vitae", [
        d.t("Infirmière clinicienne, BAC sciences infirmières (2019)", "Clinical nurse, BScN (2019)"),
        d.t("Expérience : clinique de rhumatologie, administration d'infliximab et de rituximab, enseignement aux patients",
            "Experience: rheumatology clinic, infliximab and rituximab administration, patient teaching"),
        d.t(f"Langues : français, anglais. Courriel : {g[0].lower()}{s.lower()[:5]}@courriel.example",
            f"Languages: French, English. E-mail: {g[0].lower()}{s.lower()[:5]}@courriel.example")])
    d.atts.append(Att(cv, DOCX, f"CV_{g}_{s}.docx"))
    d.frm = d.staff("lindqvist")
    d.to = [d.staff("haddad")]
    d.subject = d.t("Candidature - infirmière perfusion", "Application - infusion nurse")
    d.note = d.t("candidature à un poste", "job application")
    return d


# --------------------------------------------------------------------------
def n_baby(ctx, lang, now):
    d = Draft(ctx, lang, "staff_news", "")
    rng = d.rng
    who = rng.choice(["sauve", "drouin", "raman", "fiset"])
    s = C.STAFF[who]
    bd = now.date() - dt.timedelta(days=rng.randint(1, 6))
    baby = rng.choice(["Léonie", "Arthur", "Maëlle", "Noah", "Florence"])
    d.text = d.t(f"Bonjour tout le monde!\n\nC'est avec joie que nous vous annonçons la naissance de {baby}, né(e) le {C.dfr(bd)} à 4 h 12, "
                 f"{rng.choice(['3,2', '3,45', '3,8'])} kg, au foyer de {s['given']} {s['sur']}. Maman et bébé se portent bien!\n\n"
                 f"Une carte circule à l'accueil jusqu'à vendredi.\n\nLouise",
                 f"Hi everyone!\n\nWe are delighted to announce the birth of {baby}, born {C.den(bd)} at 4:12 am, "
                 f"{rng.choice(['7 lb 1 oz', '7 lb 10 oz', '8 lb 6 oz'])}, to {s['given']} {s['sur']}. Mom and baby are doing well!\n\n"
                 f"A card is at the front desk until Friday.\n\nLouise")
    d.frm = d.staff("charest")
    d.to = allstaff(d)
    d.subject = d.t(f"Bienvenue {baby}!", f"Welcome {baby}!")
    d.layout = rng.choice(["html", "alt"])
    d.note = d.t("annonce de naissance chez une collègue", "colleague's baby announcement")
    return d


def n_birthdays(ctx, lang, now):
    d = Draft(ctx, lang, "staff_news", "")
    rng = d.rng
    keys = rng.sample(list(C.STAFF), 4)
    lines = []
    for k in keys:
        s = C.STAFF[k]
        day = rng.randint(1, 28)
        yr = rng.randint(1968, 1996)
        lines.append(f"  - {s['given']} {s['sur']} : {day} {C.MONTHS_FR[now.month - 1]}" if lang == "fr" else f"  - {s['given']} {s['sur']}: {C.MONTHS_EN[now.month - 1]} {day}")
    extra = d.t(f"\n\nEt un gâteau spécial pour les 50 ans de Louise (née le {rng.randint(1, 28)} {C.MONTHS_FR[now.month - 1]} 1975)!",
                f"\n\nAnd a special cake for Louise's 50th (born {C.MONTHS_EN[now.month - 1]} {rng.randint(1, 28)}, 1975)!") if rng.random() < 0.5 else ""
    d.text = d.t(f"Bonjour!\n\nLes anniversaires du mois de {C.MONTHS_FR[now.month - 1]} :\n\n" + "\n".join(lines) + extra +
                 "\n\nGâteau à la salle du personnel vendredi 14 h.\n\nLe comité social",
                 f"Hi!\n\n{C.MONTHS_EN[now.month - 1]} birthdays:\n\n" + "\n".join(lines) + extra + "\n\nCake in the staff room Friday 2 pm.\n\nSocial committee")
    d.frm = (d.t("Comité social CRPT", "CRPT social committee"), clinic_box("social"))
    d.to = allstaff(d)
    d.subject = d.t("Anniversaires du mois 🎂", "Birthdays this month 🎂")
    d.note = d.t("anniversaires du personnel", "staff birthdays")
    return d


# --------------------------------------------------------------------------
def n_training(ctx, lang, now):
    d = Draft(ctx, lang, "training", "")
    rng = d.rng
    topic = _cycle(ctx, "topic", [("Simulation : anaphylaxie à l'unité de perfusion", "Simulation: anaphylaxis in the infusion unit"),
                        ("SIMDUT 2015 - mise à jour obligatoire", "WHMIS 2015 - mandatory refresher"),
                        ("Hygiène des mains - audit et capsule", "Hand hygiene - audit and module"),
                        ("Manipulation sécuritaire des médicaments dangereux (cyclophosphamide)", "Safe handling of hazardous drugs (cyclophosphamide)")])
    day = workday(now, 7, 30, rng)
    d.text = d.t(f"Bonjour,\n\nFormation obligatoire : {topic[0]}\nDate : {C.dfr(day, True)}, 12 h à 13 h (dîner fourni)\n"
                 f"Lieu : salle de conférence B, 3e étage\nAnimée par {C.staff_name('haddad', 'fr')} et {C.staff_name('raman', 'fr')}.\n\n"
                 "Inscription dans l'intranet avant vendredi. Les heures sont reconnues pour la formation continue de l'OIIQ.\n\nMerci",
                 f"Hello,\n\nMandatory training: {topic[1]}\nDate: {C.den(day, True)}, 12:00-1:00 pm (lunch provided)\n"
                 f"Location: conference room B, 3rd floor\nLed by {C.staff_name('haddad', 'en')} and {C.staff_name('raman', 'en')}.\n\n"
                 "Register on the intranet by Friday. Hours count toward continuing education.\n\nThanks")
    d.frm = d.staff("haddad")
    d.to = allstaff(d)
    d.subject = d.t("Formation : ", "Training: ") + topic[0 if lang == "fr" else 1]
    if rng.random() < 0.4:
        ics = D.make_ics(f"form-{day.isoformat()}@{CL['dom']}", dt.datetime(2025, 1, 1, 12, 0),
                         dt.datetime(day.year, day.month, day.day, 12, 0), dt.datetime(day.year, day.month, day.day, 13, 0),
                         topic[0 if lang == "fr" else 1], location=d.t("Salle B, 3e étage", "Room B, 3rd floor"),
                         organizer=("Nadia Haddad", C.staff_addr("haddad")))
        d.atts.append(Att(ics, "text/calendar", "formation.ics" if lang == "fr" else "training.ics", ctype_params="method=REQUEST", charset="utf-8"))
    d.note = d.t("avis de formation obligatoire", "mandatory training notice")
    return d


# --------------------------------------------------------------------------
def n_social_event(ctx, lang, now):
    d = Draft(ctx, lang, "social_event", "")
    rng = d.rng
    ev = _cycle(ctx, "ev", [("Sortie à la cabane à sucre", "Sugar shack outing"), ("5 à 7 de fin d'année", "End-of-year happy hour"),
                     ("Course caritative pour la recherche sur le lupus", "Charity run for lupus research")])
    day = workday(now, 10, 40, rng)
    d.text = d.t(f"Bonjour à tous!\n\n{ev[0]} le {C.dfr(day, True)}. Conjoints et enfants bienvenus. Coût : 25 $ par adulte, "
                 f"gratuit pour les moins de 12 ans. Covoiturage à partir du stationnement P2 à 17 h.\n\nConfirmez votre présence à "
                 f"Samuel (poste 201) d'ici vendredi.\n\nLe comité social",
                 f"Hi all!\n\n{ev[1]} on {C.den(day, True)}. Partners and kids welcome. $25 per adult, free under 12. Carpool from lot P2 at 5 pm.\n\n"
                 f"RSVP to Samuel (ext. 201) by Friday.\n\nSocial committee")
    d.frm = (d.t("Comité social CRPT", "CRPT social committee"), clinic_box("social"))
    d.to = allstaff(d)
    d.subject = ev[0 if lang == "fr" else 1]
    d.layout = rng.choice(["html", "alt", "plain"])
    d.note = d.t("activité sociale du personnel", "staff social event")
    return d


# --------------------------------------------------------------------------
def n_phone_list(ctx, lang, now):
    d = Draft(ctx, lang, "phone_list", "")
    rng = d.rng
    rows = [[d.t("Nom", "Name"), d.t("Fonction", "Role"), d.t("Poste", "Ext."), d.t("Téléavertisseur", "Pager")]]
    for i, k in enumerate(C.STAFF):
        s = C.STAFF[k]
        rows.append([C.staff_name(k, lang), s["role_fr"] if lang == "fr" else s["role_en"], str(200 + i), f"819 555-01{50 + i:02d}" if i < 12 else ""])
    d.frm = d.staff("charest")
    d.to = allstaff(d)
    d.text = d.t(f"Bonjour,\n\nVoici la liste téléphonique interne mise à jour. Numéro principal : {CL['tel']}; unité de perfusion : "
                 f"{CL['infusion']}; télécopieur : {CL['fax']}.\n\nLouise Charest\nChef de l'administration",
                 f"Hello,\n\nUpdated internal phone list attached. Main line: {CL['tel']}; infusion unit: {CL['infusion']}; fax: {CL['fax']}.\n\n"
                 "Louise Charest\nClinic manager")
    if rng.random() < 0.5:
        d.atts.append(Att(D.make_xlsx([(d.t("Postes", "Extensions"), rows)]), XLSX, d.t("liste_telephonique.xlsx", "phone_list.xlsx")))
    else:
        d.atts.append(Att(D.make_pdf(d.t("Liste téléphonique interne", "Internal phone list"), "", table=rows, header=CL[lang]),
                          "application/pdf", d.t("liste_téléphonique.pdf", "phone_list.pdf")))
    d.subject = d.t("Liste téléphonique à jour", "Updated phone list")
    d.note = d.t("liste téléphonique interne", "internal phone list")
    return d


# --------------------------------------------------------------------------
def n_oncall(ctx, lang, now):
    d = Draft(ctx, lang, "physician_roster", "")
    rng = d.rng
    start = now.date() + dt.timedelta(days=(7 - now.weekday()) % 7 or 7)
    lines = []
    for i in range(4):
        k = C.PHYSICIANS[(i + rng.randint(0, 3)) % 4]
        wk = start + dt.timedelta(days=7 * i)
        lines.append(d.t(f"  Semaine du {C.dfr(wk)} : {C.staff_name(k, 'fr')}", f"  Week of {C.den(wk)}: {C.staff_name(k, 'en')}"))
    clinics = d.t("\nCliniques spécialisées :\n  - Lupus et néphrite lupique : Dre Vézina (mardi AM) avec Dre Kaplan (néphro) le 1er mardi\n"
                  "  - Vasculites (ACG, GPA) : Dr Benali (jeudi)\n  - Spondylarthrites et arthrite psoriasique : Dre Raman (mercredi)\n"
                  "  - Sclérodermie / Raynaud : Dr Lacasse (vendredi, aux 2 semaines)\n",
                  "\nSpecialty clinics:\n  - Lupus and lupus nephritis: Dr. Vézina (Tuesday AM) with Dr. Kaplan (nephrology) on the 1st Tuesday\n"
                  "  - Vasculitis (GCA, GPA): Dr. Benali (Thursday)\n  - Spondyloarthritis and psoriatic arthritis: Dr. Raman (Wednesday)\n"
                  "  - Scleroderma / Raynaud's: Dr. Lacasse (Friday, every other week)\n")
    d.text = d.t("Bonjour,\n\nGarde de rhumatologie (appels de l'unité de perfusion et de l'urgence HRSA) :\n\n",
                 "Hello,\n\nRheumatology on-call (calls from the infusion unit and HRSA ED):\n\n") + "\n".join(lines) + "\n" + clinics + \
        d.t(f"\nLe résident ({C.staff_name('gendron', 'fr')}) prend les premiers appels en semaine.\n\nLouise",
            f"\nThe resident ({C.staff_name('gendron', 'en')}) takes first call on weekdays.\n\nLouise")
    d.frm = d.staff("charest")
    d.to = allstaff(d) + [("Téléphonistes HRSA", "standard@hrsa.example")]
    d.subject = d.t("Garde rhumatologie - prochain mois", "Rheumatology on-call - next month")
    d.note = d.t("horaire de garde des médecins", "physician on-call roster")
    return d


TEMPLATES = [
    (n_schedule, 5), (n_leave, 5), (n_payroll, 4), (n_occ_health, 6), (n_job_posting, 4), (n_candidate, 3),
    (n_baby, 3), (n_birthdays, 3), (n_training, 5), (n_social_event, 3), (n_phone_list, 3), (n_oncall, 4),
]
