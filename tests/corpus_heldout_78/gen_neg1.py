"""Negative templates, part 1: routes, mileage, newsletters, volunteers, statistics, HR, occupational health,
shortages, recalls, inventories, blank forms, teaching cases, conferences."""
import datetime

import gen_attach as A
import gen_base as B
import gen_common as C
from gen_mime import Att
from gen_pos2 import DOCX, XLSX

SECTORS_FR = ["Secteur Nord", "Secteur Sud", "Secteur Centre-ville", "Secteur des Rangs", "Secteur Lac-aux-Hérons", "Secteur Pointe-aux-Merles"]
SECTORS_EN = ["North sector", "South sector", "Downtown sector", "Rural sector", "Lakeside sector"]


def _sig(ctx, p, lang):
    return B.signature(ctx, p, lang)


# ---------------------------------------------------------------- N1 staff routes (no patients)
def staff_route(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    chef = B.staff(ctx, lang, role="Coordonnatrice clinique" if fr else "Home care program manager")
    team = [B.staff(ctx, lang) for _ in range(rng.randint(4, 8))]
    sectors = SECTORS_FR if fr else SECTORS_EN
    d = ctx.date()
    lines = []
    for s in team:
        lines.append(f"- {s.full} ({s.role.split(',')[0]}) : {rng.choice(sectors)}, {rng.randint(5, 11)} {'visites' if fr else 'visits'}, "
                     f"{'véhicule' if fr else 'vehicle'} {rng.randint(1, 22)}" + (f", {'départ' if fr else 'start'} {rng.choice(['7 h 45', '8 h 00', '8 h 15'])}" if rng.random() < 0.5 else ""))
    if fr:
        extra = rng.choice(["Le secteur des Rangs est regroupé avec le Sud à cause des travaux sur la 158.",
                            "Rappel : inscrire les déplacements dans l'application au plus tard vendredi.",
                            "Les visites de plaies complexes restent attribuées à l'infirmière de secteur; aucun changement.",
                            "Deux absences : les visites non urgentes (bains, suivis de diabète stables) sont reportées à mercredi."])
        text = "\n".join([B.greet(ctx, lang), "", f"Répartition des tournées du {C.fday(d.date(), 'fr')} :", ""] + lines + ["", extra, "", _sig(ctx, chef, lang)])
        subj = rng.choice(["Répartition des tournées", f"Tournées {C.fday(d.date(), 'fr')}", "Assignation des secteurs - semaine prochaine", "Tournées modifiées (tempête)"])
    else:
        extra = rng.choice(["Rural sector merged with South because of roadwork on Route 158.", "Reminder: log your trips in the app by Friday.",
                            "Complex wound visits stay with the sector nurse; no change.", "Two absences: non-urgent visits are moved to Wednesday."])
        text = "\n".join([B.greet(ctx, lang), "", f"Route assignments for {C.fday(d.date(), 'en')}:", ""] + lines + ["", extra, "", _sig(ctx, chef, lang)])
        subj = rng.choice(["Route assignments", "Sector assignments next week", "Routes changed (snowstorm)"])
    atts = []
    if rng.random() < 0.3:
        rows = [["Employé" if fr else "Employee", "Secteur" if fr else "Sector", "Nb visites" if fr else "Visits", "Km estimés" if fr else "Est. km"]] + \
            [[s.full, rng.choice(sectors), rng.randint(5, 11), rng.randint(40, 190)] for s in team]
        atts.append(Att(rng.choice(["tournées.xlsx", "Répartition des tournées.xlsx"]) if fr else "routes.xlsx", XLSX, A.make_xlsx([("Tournées" if fr else "Routes", rows)], author=chef.full)))
    return dict(cat="staff_routes", from_=B.pair(chef), to=[B.pair(t) for t in team], subject=subj, text=text, attachments=atts,
                note="route assignments by sector, staff only")


# ---------------------------------------------------------------- N2 mileage
def mileage(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    emp = B.staff(ctx, lang)
    boss = B.staff(ctx, lang, role="Chef de programme SAD" if fr else "Home care program manager")
    pay = B.staff(ctx, lang, org_key="ciusss", role="Technicienne en administration - paie" if fr else "Payroll technician")
    month = rng.randint(1, 10)
    rate = rng.choice(["0,55", "0,58", "0,61"]) if fr else rng.choice(["0.55", "0.58", "0.61"])
    rows = [["Date", "Départ" if fr else "From", "Arrivée" if fr else "To", "Km", "Motif" if fr else "Purpose"]]
    tot = 0
    for i in range(rng.randint(8, 16)):
        km = rng.randint(4, 62)
        tot += km
        rows.append([f"2025-{month:02d}-{rng.randint(1, 28):02d}", rng.choice(["CLSC", "Point de service" if fr else "Satellite office", "Domicile" if fr else "Home"]),
                     rng.choice(C.TOWNS), km, rng.choice(["Visites SAD", "Réunion", "Formation", "Tournée"] if fr else ["Home visits", "Meeting", "Training", "Route"])])
    rows.append(["", "", "Total", tot, ""])
    atts = [Att(rng.choice([f"kilometrage_{C.fold(emp.surname)}_{month:02d}-2025.xlsx", "frais_deplacement.xlsx"] if fr else ["mileage_claim.xlsx"]), XLSX,
                A.make_xlsx([("Km", rows)], author=emp.full))]
    kind = rng.choice(["submit", "approve", "policy"])
    if fr:
        body = {"submit": [f"Voici mon relevé de kilométrage pour {C.MOIS[month - 1]} ({tot} km).", "Le stationnement à l'hôpital (12 $) est inclus avec le reçu numérisé."],
                "approve": [f"Relevé de {emp.full} approuvé ({tot} km à {rate} $/km).", "Merci de traiter avec la paie du 2e jeudi."],
                "policy": [f"Rappel : le taux est de {rate} $/km depuis le 1er avril.", "Les relevés doivent être remis avant le 5 du mois suivant, sinon ils passent au mois d'après."]}[kind]
        subj = {"submit": f"Kilométrage {C.MOIS[month - 1]}", "approve": "Approbation frais de déplacement", "policy": "Rappel - frais de déplacement"}[kind]
    else:
        body = {"submit": [f"Here is my mileage for {C.MONTHS[month - 1]} ({tot} km).", "Hospital parking ($12) is included with the scanned receipt."],
                "approve": [f"Approved: {emp.full}, {tot} km at ${rate}/km.", "Please process with the second-Thursday pay."],
                "policy": [f"Reminder: the rate is ${rate}/km since April 1.", "Claims are due by the 5th of the following month."]}[kind]
        subj = {"submit": f"Mileage {C.MONTHS[month - 1]}", "approve": "Mileage approval", "policy": "Reminder - travel claims"}[kind]
    frm, to = {"submit": (emp, boss), "approve": (boss, pay), "policy": (pay, emp)}[kind]
    text = "\n".join([B.greet(ctx, lang, to), ""] + body + ["", B.closing(ctx, lang), _sig(ctx, frm, lang)])
    return dict(cat="mileage", from_=B.pair(frm), to=[B.pair(to)], subject=subj, text=text, attachments=atts if kind != "policy" else [],
                note="staff mileage claim")


# ---------------------------------------------------------------- N3 caregiver support newsletter
def newsletter(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    org = B.staff(ctx, lang, org_key="aidants", role="Responsable des communications" if fr else "Communications lead")
    topics_fr = [("Vivre avec la maladie d'Alzheimer : les changements de comportement en soirée", "Le « syndrome crépusculaire » touche de nombreuses personnes atteintes de démence. Quelques pistes : routine stable, lumière douce, limiter la caféine."),
                 ("Prévenir les chutes à la maison", "Un aîné sur trois fait au moins une chute par année. Tapis fixés, veilleuses, barres d'appui : de petits gestes qui comptent."),
                 ("Soins palliatifs à domicile : ce qu'il faut savoir", "L'équipe du CLSC peut offrir des visites infirmières 24/7, du matériel et du répit. Parlez-en à votre intervenant."),
                 ("Le pilulier, un allié", "Votre pharmacien peut préparer les médicaments en piluliers hebdomadaires. Demandez-lui si vous y êtes admissible."),
                 ("L'épuisement du proche aidant", "Fatigue, irritabilité, isolement : reconnaître les signes et demander de l'aide n'est pas un échec."),
                 ("Parkinson et alimentation", "Les protéines peuvent nuire à l'absorption de la lévodopa; un nutritionniste peut vous conseiller.")]
    topics_en = [("Living with Alzheimer's: evening behaviour changes", "Sundowning affects many people with dementia. Tips: steady routine, soft lighting, less caffeine."),
                 ("Preventing falls at home", "One senior in three falls at least once a year. Secure rugs, night lights, grab bars."),
                 ("Palliative care at home: what to know", "The CLSC team can offer 24/7 nursing, equipment and respite. Ask your worker."),
                 ("Caregiver burnout", "Fatigue, irritability, isolation: recognising the signs and asking for help is not failure."),
                 ("Blister packs", "Your pharmacist can prepare weekly blister packs. Ask if you qualify.")]
    arts = rng.sample(topics_fr if fr else topics_en, 3)
    issue = ctx.date()
    gdates = sorted(ctx.later(issue, 5, 40) for _ in range(3))
    groups = [f"{rng.choice(['Café-rencontre', 'Groupe de soutien', 'Atelier'] if fr else ['Coffee meeting', 'Support group', 'Workshop'])} - "
              f"{rng.choice(C.TOWNS)}, {C.fday(gd, lang)}, {rng.choice(['13 h 30', '19 h', '10 h'] if fr else ['1:30 pm', '7 pm', '10 am'])}" for gd in gdates]
    speaker = B.staff(ctx, lang, org_key="gmf2", role="gériatre" if fr else "geriatrician")
    talk = (f"Conférence de la Dre {speaker.full}, gériatre, sur les troubles neurocognitifs et la conduite automobile." if fr
            else f"Talk by Dr. {speaker.full}, geriatrician, on dementia and driving.")
    h = [f"<h1>{'Infolettre des proches aidants' if fr else 'Caregiver newsletter'} - {C.MOIS[issue.month - 1] if fr else C.MONTHS[issue.month - 1]} 2025</h1>"]
    for t, b in arts:
        h.append(f"<h2>{t}</h2><p>{b}</p>")
    h.append(f"<h2>{'Activités à venir' if fr else 'Upcoming'}</h2><ul>" + "".join(f"<li>{g}</li>" for g in groups) + f"<li>{talk}</li></ul>")
    h.append(f"<p style='font-size:9pt'>{org.org} - {C.phone(rng, '819')} - {'Pour vous désabonner, répondez STOP.' if fr else 'Reply STOP to unsubscribe.'}</p>")
    html = "<html><body>\n" + "\n".join(h) + "\n</body></html>\n"
    text = "\n\n".join([f"{t}\n{b}" for t, b in arts] + ["\n".join(groups + [talk])]) + "\n"
    body = rng.choice(["html", "alt"])
    to = [("", f"infolettre@{org.domain}")]
    return dict(cat="caregiver_newsletter", from_=(org.org, f"infolettre@{org.domain}"), to=to, subject=rng.choice(
        ["Infolettre des proches aidants", "Votre infolettre du mois", "Proches aidants : activités et conseils"] if fr else ["Caregiver newsletter", "This month for caregivers"]),
        text=text if body == "alt" else None, html=html, body=body, note="caregiver support newsletter")


# ---------------------------------------------------------------- N4 volunteer programme
def volunteers(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    coord = B.staff(ctx, lang, org_key=rng.choice(["cab", "popote"]), role="Coordonnatrice des bénévoles" if fr else "Volunteer coordinator")
    vols = [C.invent_staff(rng, lang) for _ in range(rng.randint(5, 9))]
    kind = rng.choice(["schedule", "recruit", "thanks"])
    if kind == "schedule":
        rows = [["Bénévole" if fr else "Volunteer", "Jour" if fr else "Day", "Circuit" if fr else "Route", "Téléphone" if fr else "Phone"]] + \
            [[v.full, rng.choice(["lundi", "mardi", "mercredi", "jeudi", "vendredi"] if fr else ["Mon", "Tue", "Wed", "Thu", "Fri"]),
              f"{'Circuit' if fr else 'Route'} {rng.randint(1, 9)} - {rng.choice(C.TOWNS)}", C.phone_fmt(rng)] for v in vols]
        text = "\n".join([B.greet(ctx, lang), "", ("Voici l'horaire des livreurs bénévoles de la popote pour le mois prochain." if fr else "Here is next month's Meals on Wheels driver schedule."),
                          ("Les circuits 4 et 7 ont chacun deux nouveaux clients; prévoyez 15 minutes de plus." if fr else "Routes 4 and 7 have two new stops each; allow 15 extra minutes."),
                          "", B.closing(ctx, lang), _sig(ctx, coord, lang)])
        atts = [Att(rng.choice(["horaire_bénévoles.xlsx", "Horaire des livreurs bénévoles - popote roulante.xlsx"]) if fr else "volunteer_schedule.xlsx", XLSX, A.make_xlsx([("Horaire" if fr else "Schedule", rows)], author=coord.full))]
        subj = "Horaire des bénévoles" if fr else "Volunteer schedule"
    elif kind == "recruit":
        text = "\n".join([("Vous avez quelques heures par semaine? Le programme d'accompagnement-transport cherche des bénévoles pour conduire des aînés à leurs rendez-vous médicaux (dialyse, oncologie, cliniques externes)."
                           if fr else "Have a few hours a week? Our medical escort programme needs volunteer drivers to take seniors to appointments (dialysis, oncology, outpatient clinics)."),
                          ("Kilométrage remboursé, vérification des antécédents judiciaires requise, formation de 3 heures." if fr else "Mileage reimbursed, police check required, 3-hour training."),
                          "", (f"Info : {coord.full}, {coord.tel}" if fr else f"Info: {coord.full}, {coord.tel}")])
        atts = [Att("affiche_benevoles.pdf" if fr else "volunteer_poster.pdf", "application/pdf", A.make_pdf("Devenez bénévole!" if fr else "Become a volunteer!", text.split("\n")))]
        subj = "Recrutement de bénévoles - accompagnement-transport" if fr else "Volunteer drivers wanted"
    else:
        names = ", ".join(v.full for v in vols[:4])
        text = "\n".join([B.greet(ctx, lang), "", (f"Un immense merci à nos bénévoles de l'année : {names}. Ensemble, vous avez livré plus de {rng.randint(9, 19)} 000 repas et fait {rng.randint(600, 2400)} accompagnements." if fr
                                                   else f"Huge thanks to this year's volunteers: {names}. Together you delivered over {rng.randint(9, 19)},000 meals and {rng.randint(600, 2400)} medical escorts."),
                          ("Le souper reconnaissance aura lieu le 24 avril à la salle paroissiale." if fr else "The appreciation dinner is April 24 at the parish hall."), "", _sig(ctx, coord, lang)])
        atts = []
        subj = "Merci à nos bénévoles!" if fr else "Thank you, volunteers!"
    return dict(cat="volunteer_programme", from_=B.pair(coord), to=[(v.full, C.email_of(v, rng.choice(C.PERSONAL_DOMAINS))) for v in vols[:3]],
                subject=subj, text=text, attachments=atts, note=f"volunteer programme ({kind})")


# ---------------------------------------------------------------- N5 statistics
def statistics(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    a = B.staff(ctx, lang, org_key="ciusss", role="Agente de planification, programmation et recherche" if fr else "Planning and research officer")
    mgr = B.staff(ctx, lang, role="Chef de programme SAD" if fr else "Home care program manager")
    per = rng.choice(["P4", "P7", "P10", "T1", "T2"])
    rows = [["Indicateur" if fr else "Indicator", "CLSC Val-Boisé", "CLSC Trois-Ponts", "CLSC Sainte-Aurélie", "Total"]]
    inds = (["Usagers actifs SAD", "Visites infirmières", "Heures de services d'aide", "Chutes déclarées", "Plaies de pression (nouvelles)",
             "Décès à domicile (soins palliatifs)", "Usagers sous pilulier", "Délai moyen 1re visite (jours)"] if fr else
            ["Active home care clients", "Nursing visits", "Home support hours", "Reported falls", "New pressure injuries", "Palliative deaths at home",
             "Clients on blister packs", "Mean days to first visit"])
    ranges = [(380, 1400), (2400, 9800), (5200, 21000), (25, 140), (6, 45), (8, 60), (120, 520), (3, 21)]
    for ind, (lo, hi) in zip(inds, ranges):
        v = [rng.randint(lo, hi) for _ in range(3)]
        rows.append([ind] + v + ([sum(v)] if ind != inds[-1] else [round(sum(v) / 3, 1)]))
    mode = rng.choice(["xlsx", "csv", "inline"])
    atts = []
    if mode == "xlsx":
        atts.append(Att(rng.choice([f"tableau_bord_SAD_{per}.xlsx", f"Tableau de bord SAD - période {per}.xlsx"]) if fr else f"home_care_dashboard_{per}.xlsx", XLSX, A.make_xlsx([(per, rows)], author=a.full)))
    elif mode == "csv":
        atts.append(Att(f"indicateurs_{per}.csv" if fr else f"indicators_{per}.csv", "text/csv", A.make_csv(rows)))
    if fr:
        body = [B.greet(ctx, lang, mgr), "", f"Voici les indicateurs du soutien à domicile pour la période {per}.",
                rng.choice([f"Le taux de chutes est de {rng.randint(18, 41) / 10:.1f} par 1 000 jours-présence, en baisse depuis le programme PIED.".replace(".", ",", 1),
                            f"{rng.randint(52, 74)} % des décès en soins palliatifs sont survenus à domicile.",
                            "Les nouvelles plaies de pression sont surtout des stades 1 et 2 (sacrum et talons)."])]
        subj = f"Indicateurs SAD - période {per}"
    else:
        body = [B.greet(ctx, lang, mgr), "", f"Home care indicators for period {per}.",
                rng.choice([f"Falls rate: {rng.randint(18, 41) / 10:.1f} per 1,000 client-days.", f"{rng.randint(52, 74)}% of palliative deaths occurred at home.",
                            "New pressure injuries are mostly stage 1-2 (sacrum, heels)."])]
        subj = f"Home care indicators - {per}"
    if mode == "inline":
        body += [""] + [" | ".join(str(c) for c in r) for r in rows]
    text = "\n".join(body + ["", B.closing(ctx, lang), _sig(ctx, a, lang)])
    return dict(cat="statistics", from_=B.pair(a), to=[B.pair(mgr)], subject=subj, text=text, attachments=atts, note=f"aggregate indicators ({mode})")


# ---------------------------------------------------------------- N6 HR / schedules / leave
def hr_schedule(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    mgr = B.staff(ctx, lang, role="Chef de programme SAD" if fr else "Home care program manager")
    team = [B.staff(ctx, lang) for _ in range(rng.randint(3, 7))]
    kind = rng.choice(["vacation", "schedule", "replacement", "birthday"])
    if kind == "vacation":
        lines = [f"- {t.full} : {rng.choice(['semaine du 7 juillet', 'du 21 juillet au 1er août', 'semaine du 11 août', '2 semaines en août'] if fr else ['week of July 7', 'July 21 - Aug 1', 'week of Aug 11'])}" for t in team]
        body = (["Voici le calendrier des vacances d'été approuvé :", ""] if fr else ["Approved summer vacation calendar:", ""]) + lines + \
            ["", "Les demandes de changement doivent passer par moi avant le 15 mai." if fr else "Changes must go through me before May 15."]
        subj = "Vacances d'été - calendrier" if fr else "Summer vacation calendar"
    elif kind == "schedule":
        rows = [["Nom" if fr else "Name", "Lun" if fr else "Mon", "Mar" if fr else "Tue", "Mer" if fr else "Wed", "Jeu" if fr else "Thu", "Ven" if fr else "Fri", "Sam" if fr else "Sat", "Dim" if fr else "Sun"]]
        for t in team:
            rows.append([t.full] + [rng.choice(["J", "J", "S", "-", "G"]) for _ in range(7)])
        body = (["Horaire des 2 prochaines semaines en pièce jointe. J = jour, S = soir, G = garde palliative." if fr else "Two-week schedule attached. D/E/on-call."])
        subj = "Horaire P7" if fr else "Schedule - next period"
        return dict(cat="hr_schedule", from_=B.pair(mgr), to=[B.pair(t) for t in team], subject=subj,
                    text="\n".join([B.greet(ctx, lang), ""] + body + ["", _sig(ctx, mgr, lang)]),
                    attachments=[Att("horaire.pdf" if fr else "schedule.pdf", "application/pdf", A.make_pdf("Horaire SAD" if fr else "Home care schedule", [], table=rows))],
                    note="staff schedule")
    elif kind == "replacement":
        t = team[0]
        body = [f"{t.full} sera en congé {rng.choice(['de maladie', 'parental', 'sans solde'] if fr else ['sick leave', 'parental leave', 'unpaid leave'])} à compter du {C.fdate(ctx.later(ctx.date()), lang, 'long')}." if fr
                else f"{t.full} will be on leave starting {C.fdate(ctx.later(ctx.date()), lang, 'long')}.",
                f"Sa charge de cas sera répartie entre {team[1].given} et {team[-1].given}; la liste vous sera remise en main propre." if fr
                else f"The caseload will be split between {team[1].given} and {team[-1].given}; lists handed over in person."]
        subj = "Remplacement - charge de cas" if fr else "Caseload coverage"
    else:
        t = team[0]
        body = [f"Bonne fête à {t.given} aujourd'hui! Gâteau à la salle du personnel à 15 h." if fr else f"Happy birthday {t.given}! Cake in the staff room at 3 pm."]
        subj = "🎂 Bonne fête!" if fr else "🎂 Happy birthday!"
    return dict(cat="hr_schedule", from_=B.pair(mgr), to=[B.pair(t) for t in team], subject=subj,
                text="\n".join([B.greet(ctx, lang), ""] + body + ["", _sig(ctx, mgr, lang)]), note=f"HR / scheduling ({kind})")


# ---------------------------------------------------------------- N7 employee occupational health
def occ_health(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    emp = B.staff(ctx, lang)
    sst = B.staff(ctx, lang, org_key="ciusss", role="Conseillère en santé et sécurité du travail" if fr else "Occupational health advisor")
    mgr = B.staff(ctx, lang, role="Chef de programme SAD" if fr else "Home care program manager")
    kind = rng.choice(["rtw", "injury", "vaccine"])
    if kind == "rtw":
        body = ([f"Retour progressif de {emp.full} ({emp.role}) à compter du {C.fdate(ctx.later(ctx.date()), 'fr', 'long')} : 3 jours/semaine, sans transfert de clientèle lourde pour 4 semaines.",
                 "Limitations fonctionnelles selon le médecin traitant (lombalgie) : éviter les manœuvres PDSB seule.", "Merci d'adapter les tournées en conséquence."] if fr else
                [f"Graduated return to work for {emp.full} ({emp.role}) starting {C.fdate(ctx.later(ctx.date()), 'en', 'long')}: 3 days/week, no heavy transfers for 4 weeks.",
                 "Functional limitations per treating physician (low back pain): no solo patient-handling.", "Please adjust routes accordingly."])
        frm, to = sst, mgr
        subj = "Retour progressif - SST" if fr else "Graduated return to work"
    elif kind == "injury":
        body = ([f"Je déclare un accident de travail : en sortant du véhicule de service chez un usager, j'ai glissé sur la glace et je me suis tordu la cheville.",
                 f"Je suis allé{'e' if emp.sex == 'F' else ''} à la clinique, entorse, arrêt de 5 jours. Le formulaire ADR est joint."] if fr else
                ["Reporting a workplace injury: slipped on ice getting out of the fleet car at a visit, twisted my ankle.", "Clinic says sprain, 5 days off. Incident form attached."])
        frm, to = emp, mgr
        subj = "Déclaration d'accident de travail" if fr else "Workplace injury report"
    else:
        body = (["Clinique de vaccination du personnel (influenza et COVID-19) : mardi et jeudi, 7 h 30 à 9 h, salle B-214.",
                 "Les employés SAD peuvent aussi se présenter au point de service de Trois-Ponts."] if fr else
                ["Staff flu and COVID-19 vaccine clinic: Tue & Thu, 7:30-9:00, room B-214.", "Home care staff can also go to the Trois-Ponts site."])
        frm, to = sst, emp
        subj = "Vaccination du personnel" if fr else "Staff vaccination"
    atts = []
    if kind == "injury":
        atts.append(Att("formulaire_ADR.pdf" if fr else "incident_form.pdf", "application/pdf",
                        A.make_pdf("Déclaration d'accident - employé" if fr else "Employee incident report",
                                   [f"{'Employé' if fr else 'Employee'} : {emp.full}", f"Matricule : {rng.randint(100000, 999999)}", f"{'Poste' if fr else 'Position'} : {emp.role}",
                                    ("Description : chute sur glace, entorse cheville droite" if fr else "Description: slipped on ice, right ankle sprain")])))
    text = "\n".join([B.greet(ctx, lang, to), ""] + body + ["", B.closing(ctx, lang), _sig(ctx, frm, lang)])
    return dict(cat="occupational_health", from_=B.pair(frm), to=[B.pair(to)], subject=subj, text=text, attachments=atts, note=f"employee occupational health ({kind})")


# ---------------------------------------------------------------- N8 drug shortage
def drug_shortage(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    ph = B.staff(ctx, lang, org_key="ciusss", role="Pharmacienne, département de pharmacie" if fr else "Pharmacist, pharmacy department")
    drugs = [("hydromorphone injectable 10 mg/mL", "hydromorphone injection 10 mg/mL", "morphine injectable ou hydromorphone 2 mg/mL", "morphine injection or hydromorphone 2 mg/mL"),
             ("midazolam 5 mg/mL (fioles 10 mL)", "midazolam 5 mg/mL (10 mL vials)", "fioles de 2 mL", "2 mL vials"),
             ("glycopyrrolate injectable", "glycopyrrolate injection", "scopolamine (butylbromure)", "scopolamine butylbromide"),
             ("insuline NPH stylos", "NPH insulin pens", "fioles et seringues", "vials and syringes"),
             ("rivastigmine timbres 4,6 mg", "rivastigmine 4.6 mg patches", "capsules orales", "oral capsules")]
    d = rng.choice(drugs)
    if fr:
        body = [f"Rupture d'approvisionnement : {d[0]}, retour prévu {rng.choice(['fin mars', 'mi-juin', 'indéterminé', 'dans 6 à 8 semaines'])}.",
                f"Alternative proposée : {d[2]}.", "Les trousses de détresse en soins palliatifs à domicile doivent être révisées par la pharmacie communautaire lors du renouvellement.",
                "Aucune action requise pour les usagers déjà stables."]
        subj = f"Pénurie - {d[0]}"
    else:
        body = [f"Supply disruption: {d[1]}, expected back {rng.choice(['end of March', 'mid-June', 'unknown', 'in 6-8 weeks'])}.", f"Suggested alternative: {d[3]}.",
                "Palliative home distress kits should be reviewed by community pharmacies at renewal.", "No action needed for stable clients."]
        subj = f"Shortage - {d[1]}"
    text = "\n".join([B.greet(ctx, lang), ""] + body + ["", _sig(ctx, ph, lang)])
    return dict(cat="drug_shortage", from_=B.pair(ph), to=[(f"Liste SAD" if fr else "Home care list", f"sad-tous@{C.ORG['ciusss'][1]}")], subject=subj, text=text,
                note="drug shortage notice")


# ---------------------------------------------------------------- N9 supplier recall
def recall(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    buyer = B.staff(ctx, lang, org_key="ciusss", role="Agente d'approvisionnement" if fr else "Procurement officer")
    items = [("Pansements mousse siliconée 10x10", "Silicone foam dressings 10x10"), ("Sangles de lève-personne taille M", "Patient-lift slings size M"),
             ("Ridelles de lit électrique modèle HB-300", "Bed rails for HB-300 electric beds"), ("Glucomètres GlucoSure Duo", "GlucoSure Duo glucose meters"),
             ("Tubulures de pompe SC CADD", "CADD SC pump tubing")]
    it = rng.choice(items)
    lots = [f"{rng.choice(['L', 'LOT', ''])}{rng.randint(10000, 99999)}{rng.choice(['A', 'B', 'K', ''])}" for _ in range(rng.randint(2, 5))]
    serials = [C.gen_sin(rng) for _ in range(rng.randint(0, 3))]  # 9-digit serials that happen to pass Luhn
    if fr:
        body = [f"Avis de rappel du fabricant : {it[0]}.", "Lots visés : " + ", ".join(lots) + ("." if not serials else "; numéros de série " + ", ".join(serials) + "."),
                rng.choice(["Risque : décollement prématuré, exposition de la plaie.", "Risque : rupture de couture sous charge.", "Risque : coincement entre la ridelle et le matelas.",
                            "Risque : lecture faussement basse sous 3 mmol/L."]),
                "Vérifiez vos stocks (voitures et points de service) et retournez les articles au magasin central. Aucun usager n'a été blessé selon le fabricant."]
        subj = f"RAPPEL - {it[0]}"
    else:
        body = [f"Manufacturer recall: {it[1]}.", "Affected lots: " + ", ".join(lots) + ("." if not serials else "; serial numbers " + ", ".join(serials) + "."),
                rng.choice(["Risk: premature lift-off, wound exposure.", "Risk: seam failure under load.", "Risk: entrapment between rail and mattress.", "Risk: falsely low readings below 3 mmol/L."]),
                "Check your stock (cars and satellite offices) and return items to central stores. No patient injury reported."]
        subj = f"RECALL - {it[1]}"
    text = "\n".join([B.greet(ctx, lang), ""] + body + ["", _sig(ctx, buyer, lang)])
    return dict(cat="supplier_recall", from_=B.pair(buyer), to=[("SAD", f"sad-tous@{C.ORG['ciusss'][1]}")], subject=subj, text=text, note="supplier recall with lot/serial numbers")


# ---------------------------------------------------------------- N10 equipment inventory
def equip_inventory(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    tech = B.staff(ctx, lang, org_key="equip", role="Technicien en équipement" if fr else "Equipment technician")
    mgr = B.staff(ctx, lang, role="Chef de programme SAD" if fr else "Home care program manager")
    eq = ["Lit électrique HB-300", "Matelas air alterné AP-5", "Lève-personne mobile", "Fauteuil roulant 18 po", "Concentrateur O2 5 L", "Pompe CADD-Solis"] if fr else \
        ["HB-300 electric bed", "AP-5 air mattress", "Mobile lift", "18 in. wheelchair", "5 L O2 concentrator", "CADD-Solis pump"]
    rows = [["No d'actif" if fr else "Asset #", "Article" if fr else "Item", "No de série" if fr else "Serial", "Statut" if fr else "Status", "Entretien" if fr else "Service due"]]
    for _ in range(rng.randint(8, 18)):
        rows.append([f"EQ-{rng.randint(10000, 99999)}", rng.choice(eq), C.gen_ohn(rng) if rng.random() < 0.3 else f"SN{rng.randint(10**7, 10**8)}",
                     rng.choice(["En prêt", "En entrepôt", "En réparation", "À désinfecter"] if fr else ["On loan", "In stock", "In repair", "To disinfect"]),
                     f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
    mode = rng.choice(["xlsx", "csv"])
    fn = ("inventaire_equipement" if fr else "equipment_inventory") + "." + mode
    att = Att(fn, XLSX, A.make_xlsx([("Inventaire" if fr else "Inventory", rows)], author=tech.full)) if mode == "xlsx" else Att(fn, "text/csv", A.make_csv(rows))
    text = "\n".join([B.greet(ctx, lang, mgr), "", rng.choice(["Inventaire trimestriel du parc d'équipement en pièce jointe.", "Voici l'état des équipements; 4 lits sont en attente de pièces.",
                                                              "Liste des équipements à récupérer pour entretien préventif."] if fr else
                                                             ["Quarterly equipment inventory attached.", "Equipment status attached; 4 beds waiting for parts."]),
                      "", _sig(ctx, tech, lang)])
    return dict(cat="equipment_inventory", from_=B.pair(tech), to=[B.pair(mgr)], subject="Inventaire équipement" if fr else "Equipment inventory", text=text,
                attachments=[att], note="equipment inventory with asset and serial numbers")


# ---------------------------------------------------------------- N11 blank forms
def blank_form(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    a = B.staff(ctx, lang, role="Agente administrative, accueil SAD" if fr else "Intake clerk, home care")
    forms = [("Demande de prêt d'équipement", "Equipment loan request", ["Nom de l'usager : ____________", "NAM : ____ ____ ____", "Adresse : ____________", "Diagnostic / justification : ____________", "Équipement demandé : ____________"],
              ["Client name: ____________", "Health card #: ____ ____ ____", "Address: ____________", "Diagnosis / rationale: ____________", "Equipment: ____________"]),
             ("Rapport de chute (AH-223)", "Fall report", ["Usager : ____________", "Date de naissance : __/__/____", "Circonstances : ____________", "Blessures : ____________", "Médication en cause : ____________"],
              ["Client: ____________", "Date of birth: __/__/____", "Circumstances: ____________", "Injuries: ____________", "Medications involved: ____________"]),
             ("Demande de pilulier", "Blister pack request", ["Nom : ____________", "Pharmacie : ____________", "Liste des médicaments : ____________", "Signature du prescripteur : ____________"],
              ["Name: ____________", "Pharmacy: ____________", "Medication list: ____________", "Prescriber signature: ____________"]),
             ("Suivi de plaie - grille", "Wound assessment grid", ["Usager : ____", "Site : ____", "Longueur / largeur / profondeur : ____", "Exsudat : faible / modéré / abondant", "Pansement : ____"],
              ["Client: ____", "Site: ____", "Length / width / depth: ____", "Exudate: low / moderate / heavy", "Dressing: ____"])]
    f = rng.choice(forms)
    title = f[0] if fr else f[1]
    fields = f[2] if fr else f[3]
    kind = rng.choice(["pdf", "docx"])
    data = A.make_pdf(title, ["Formulaire vierge - version 2025-02" if fr else "Blank form - version 2025-02", ""] + fields) if kind == "pdf" else \
        A.make_docx(title, fields, author=a.full)
    fn = (rng.choice([C.fold(title).replace(" ", "_").replace("'", "").replace("(", "").replace(")", ""), title + " - formulaire vierge"]) if fr else title.replace(" ", "_")) + "." + kind
    text = "\n".join([B.greet(ctx, lang), "", rng.choice([f"Voici la nouvelle version du formulaire « {title} ». Merci de détruire les anciennes copies.",
                                                          f"Tel que demandé, le formulaire {title} vierge.", "Le gabarit est aussi dans le dossier partagé SAD > Formulaires."] if fr else
                                                         [f"New version of the '{title}' form. Please discard old copies.", f"Blank {title} form as requested."]),
                      "", _sig(ctx, a, lang)])
    return dict(cat="blank_form", from_=B.pair(a), to=[("SAD", f"sad-tous@{C.ORG['ciusss'][1]}")], subject=("Formulaire : " if fr else "Form: ") + title, text=text,
                attachments=[Att(fn, "application/pdf" if kind == "pdf" else DOCX, data)], note="blank form template")


# ---------------------------------------------------------------- N12 anonymised teaching case
def teaching_case(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    a = B.staff(ctx, lang, role="Conseillère en soins infirmiers" if fr else "Nursing practice advisor")
    age = rng.randint(74, 96)
    cases_fr = [f"Mme X, {age} ans, vit seule, démence légère, diabète de type 2. Depuis un mois, hypoglycémies matinales (2,9 mmol/L). Pilulier hebdomadaire, glyburide 5 mg BID. Questions : quels facteurs? quel suivi?",
                f"M. Y, {age} ans, MPOC sévère sous O2, deux chutes en 3 semaines, zopiclone ajouté récemment. Quelles interventions multifactorielles proposer?",
                f"Usager de {age} ans en soins palliatifs (néoplasie pulmonaire), dyspnée terminale à domicile, conjointe anxieuse. Discussion : trousse de détresse et enseignement à la famille.",
                f"Patiente de {age} ans, ulcère veineux depuis 8 mois, IPSCB 0,9. Pourquoi la plaie stagne-t-elle malgré la compression?"]
    cases_en = [f"Mrs. X, {age}, lives alone, mild dementia, type 2 diabetes. Morning hypoglycaemia (2.9 mmol/L) for a month. Weekly blister pack, glyburide 5 mg BID. Questions: causes? follow-up?",
                f"Mr. Y, {age}, severe COPD on O2, two falls in 3 weeks, zopiclone recently added. What multifactorial interventions?",
                f"A {age}-year-old palliative client (lung cancer) with terminal dyspnoea at home; anxious spouse. Discussion: distress kit and family teaching."]
    case = rng.choice(cases_fr if fr else cases_en)
    d = ctx.later(ctx.date(), 3, 20)
    text = "\n".join([B.greet(ctx, lang), "", (f"Pour le club de lecture clinique du {C.fdate(d, 'fr', 'long')}, voici la vignette (cas fictif/anonymisé) :" if fr
                                               else f"For the clinical rounds on {C.fdate(d, 'en', 'long')}, here is the (anonymised) case:"), "", case, "",
                      ("Référence : lignes directrices sur la déprescription chez l'aîné (2023)." if fr else "Reference: deprescribing guidelines for older adults (2023)."),
                      "", _sig(ctx, a, lang)])
    atts = []
    if rng.random() < 0.4:
        atts.append(Att("vignette_clinique.docx" if fr else "case_vignette.docx", DOCX, A.make_docx("Vignette clinique" if fr else "Case vignette", [case], author=a.full)))
    return dict(cat="teaching_case", from_=B.pair(a), to=[("SAD", f"sad-tous@{C.ORG['ciusss'][1]}")], subject=rng.choice(["Club de lecture - vignette", "Cas clinique pour jeudi"] if fr else ["Case rounds", "Teaching case"]),
                text=text, attachments=atts, note="anonymised teaching vignette")


# ---------------------------------------------------------------- N13 conference programme
def conference(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    org = B.staff(ctx, lang, org_key="palli", role="Responsable de la formation" if fr else "Education lead")
    spk = [B.staff(ctx, lang, org_key=rng.choice(["hosp", "gmf", "palli"])) for _ in range(4)]
    topics = (["La gestion de la dyspnée en fin de vie", "Délirium terminal : reconnaître et soulager", "L'aide médicale à mourir à domicile : enjeux pratiques",
               "Deuil et proches aidants", "Plaies malignes : soins de confort"] if fr else
              ["Managing end-of-life dyspnoea", "Terminal delirium", "MAID at home: practical issues", "Grief and caregivers", "Malignant wounds: comfort care"])
    lines = []
    h = 9
    for s, t in zip(spk, rng.sample(topics, len(spk))):
        if rng.random() < 0.5:
            lines.append(f"{h:02d}:00  {t} - {'Dre' if s.sex == 'F' else 'Dr'} {s.full}, {'médecin en soins palliatifs' if fr else 'palliative care physician'}")
        else:
            lines.append(f"{h:02d}:00  {t} - {s.full}, {s.role}")
        h += 1
    d = ctx.later(ctx.date(), 20, 60)
    text = "\n".join([("Colloque régional en soins palliatifs" if fr else "Regional palliative care symposium"), f"{C.fdate(d, lang, 'long')} - {'Salle' if fr else 'Hall'} {rng.choice(['Desjardins', 'Champlain', 'des Pionniers'])}", ""] + lines +
                     ["", ("Inscription : 45 $ (gratuit pour les bénévoles). Attestation de 4 heures de formation." if fr else "Registration: $45 (free for volunteers). 4 CE hours.")])
    atts = [Att("programme_colloque.pdf" if fr else "symposium_programme.pdf", "application/pdf", A.make_pdf("Programme" if fr else "Programme", text.split("\n")))] if rng.random() < 0.5 else []
    return dict(cat="conference", from_=B.pair(org), to=[("", f"formation@{org.domain}")], subject=rng.choice(["Colloque soins palliatifs - programme", "Inscription colloque"] if fr else ["Palliative symposium programme"]),
                text=text, attachments=atts, note="conference programme with speakers and topics")
