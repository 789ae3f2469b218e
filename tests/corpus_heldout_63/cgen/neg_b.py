"""Negative builders, part B: HR/occupational health, leave, rounds, blank forms, protocols,
shortages, quality indicators, training, directories, meetings, simulation, drills, threads."""
import datetime

from . import ids, world
from .attach import att_pdf, att_docx, att_xlsx, att_csv, att_ics, att_vcf, att_zip, att_eml, make_pdf, make_docx
from .common import re_prefix, fw_prefix
from .neg_a import luhn_num, digits, asset_tag, serial, lot, employee_no, staff_list


def occ_health_staff(c):
    r = c.rng
    nurse = c.staff('sst', 'rn')
    emp = c.staff(r.choice(['inf', 'inh', 'urg', 'agent']), 'rn')
    txt = r.choice([
        c.t(f"Suite à ton exposition percutanée (piqûre d'aiguille) du {c.dstr(c.day(-3))} à l'urgence, ton suivi sérologique est prévu "
            f"à 6 semaines et 3 mois. Matricule {employee_no(r)}. Le dossier est traité comme accident de travail.",
            f"Following your needlestick exposure on {c.dstr(c.day(-3))} in the ED, serology follow-up is booked at 6 weeks and 3 months. "
            f"Employee no. {employee_no(r)}. This is being handled as a workplace injury."),
        c.t(f"Ton retour progressif est approuvé : 3 quarts de jour/sem. pendant 4 semaines (restrictions : pas de levée > 10 kg). Matricule {employee_no(r)}.",
            f"Your graduated return to work is approved: 3 day shifts/week for 4 weeks (no lifting > 10 kg). Employee no. {employee_no(r)}."),
        c.t(f"Ta preuve de vaccination (hépatite B, 3 doses) est maintenant au dossier d'employé(e). Titrage anti-HBs à faire d'ici {c.dstr(c.day(30))}.",
            f"Your hepatitis B vaccination record (3 doses) is now in your employee file. Anti-HBs titre due by {c.dstr(c.day(30))}.")])
    blocks = [c.greeting(emp), txt, c.t("Ces informations demeurent au service de santé du personnel.", "This information stays with Employee Health."),
              c.sig(nurse)]
    c.notes.append("staff occupational health (HR, not patient)")
    return c.mail(nurse, [emp], c.t("Santé du personnel – suivi", "Employee health – follow-up"), blocks)


def leave_request(c):
    r = c.rng
    emp = c.staff(r.choice(['inf', 'urg', 'agent', 'inh', 'bloc']), 'rn')
    boss = c.staff(r.choice(['icu', 'chef', 'asi']), 'rn')
    d1 = c.day(r.randrange(10, 60))
    d2 = d1 + datetime.timedelta(days=r.randrange(3, 21))
    txt = r.choice([
        c.t(f"J'aimerais prendre mes vacances du {c.dstr(d1)} au {c.dstr(d2)}. Mon matricule : {employee_no(r)}.",
            f"I'd like to request vacation from {c.dstr(d1)} to {c.dstr(d2)}. Employee no. {employee_no(r)}."),
        c.t("Je suis malade (gastro) et ne pourrai pas faire mon quart de ce soir. Désolée du court préavis.",
            "I'm sick (stomach bug) and won't make tonight's shift. Sorry for the short notice."),
        c.t(f"Demande de congé sans solde pour études (DESS soins critiques) à partir du {c.dstr(d1)}.",
            f"Request for unpaid leave for studies (critical care certificate) starting {c.dstr(d1)}.")])
    blocks = [c.greeting(boss), txt, c.closing(), c.sig(emp, short=True)]
    c.notes.append("staff leave request")
    return c.mail(emp, [boss], r.choice([c.t("Demande de congé", "Leave request"), c.t("Absence ce soir", "Absence tonight"), c.t("vacances", "vacation")]), blocks)


def rounds_speakers(c):
    r = c.rng
    sender = c.staff('agent', 'rn')
    talks = []
    topics = r.sample([c.t("Prise en charge du polytraumatisé instable", "Managing the unstable multi-trauma patient"),
                          c.t("Fractures de hanche : opérer en moins de 48 h", "Hip fractures: surgery within 48 hours"),
                          c.t("Acide tranexamique en traumatologie : mise à jour", "Tranexamic acid in trauma: an update"),
                          c.t("Occlusion du grêle : quand opérer?", "Small bowel obstruction: when to operate?"),
                          c.t("Anesthésie du patient sous anticoagulants oraux directs", "Anaesthesia for patients on DOACs"),
                          c.t("Sepsis : les 60 premières minutes", "Sepsis: the first 60 minutes")], r.randrange(2, 4))
    for topic in topics:
        sp = c.staff(r.choice(['urg', 'chir', 'ortho', 'anes']))
        talks.append(f"{sp.titled(c.lang)} ({sp.role_txt(c.lang)}) – {topic}")
    when = c.day(r.randrange(3, 20))
    blocks = [c.greeting(), c.t(f"Programme des rondes académiques du {c.dstr(when)}, 7h30, amphithéâtre A :",
                                f"Grand rounds on {c.dstr(when)}, 07:30, Amphitheatre A:"), ('list', talks),
              c.t("Crédits de DPC : 1 h par présentation. Déjeuner offert.", "CME: 1 credit per talk. Breakfast provided."), c.sig(sender)]
    c.notes.append("rounds speakers and topics")
    return c.mail(sender, [(c.t("Médecins", "Physicians"), f"medecins@{world.INST['rn']['dom']}")], c.t("Rondes académiques", "Grand rounds"), blocks)


def blank_form(c):
    r = c.rng
    sender = c.staff(r.choice(['anes', 'bloc', 'agent']), 'rn')
    fields = [c.t("Nom du patient : ____________________", "Patient name: ____________________"),
              c.t("Date de naissance : ____/____/______", "Date of birth: ____/____/______"),
              c.t("NAM : ____ ____ ____", "Health card no.: ____ ____ ____"),
              c.t("No de dossier : __________", "MRN: __________"),
              c.t("Allergies : □ Non □ Oui : ______________", "Allergies: □ No □ Yes: ______________"),
              c.t("Médication actuelle : ______________________", "Current medications: ______________________"),
              c.t("Anticoagulant : □ Non □ Oui (date de cessation ____)", "Anticoagulant: □ No □ Yes (date stopped ____)"),
              c.t("Apnée du sommeil : □ Non □ Oui   ASA : □1 □2 □3 □4", "Sleep apnoea: □ No □ Yes   ASA: □1 □2 □3 □4"),
              c.t("Signature : ______________", "Signature: ______________")]
    title = r.choice([c.t("Questionnaire préanesthésique", "Pre-anaesthesia questionnaire"), c.t("Fiche de transfert interétablissements", "Inter-facility transfer form"),
                      c.t("Liste de vérification chirurgicale", "Surgical safety checklist")])
    fn = title.lower().replace(' ', '_').replace('é', 'e').replace('è', 'e').replace('ï', 'i') + r.choice(['.docx', '.pdf'])
    att = att_docx(fn, title, fields, author=sender.full) if fn.endswith('.docx') else att_pdf(fn, title, fields, author=sender.full)
    blocks = [c.greeting(), c.t(f"Voici la nouvelle version vierge du formulaire « {title} » (rév. {r.randrange(2019, 2025)}-{r.randrange(1, 12):02d}). "
                                "Merci de détruire les anciennes copies.",
                                f"Attached is the new blank version of the '{title}' form. Please discard old copies."), c.sig(sender)]
    c.notes.append("blank form")
    return c.mail(sender, [(c.t("Bloc et urgence", "OR and ED"), f"bloc-urgence@{world.INST['rn']['dom']}")], c.t("Nouveau formulaire – ", "New form – ") + title,
                  blocks, attachments=[att])


def protocol_update(c):
    r = c.rng
    sender = c.staff(r.choice(['pharm', 'chef', 'anes', 'trauma']), 'rn')
    proto = r.choice([
        (c.t("Protocole de transfusion massive", "Massive transfusion protocol"),
         [c.t("Ratio 1:1:1 culots/plasma/plaquettes", "1:1:1 RBC/plasma/platelets"),
          c.t("Acide tranexamique 1 g IV en 10 min puis 1 g sur 8 h si < 3 h du trauma", "TXA 1 g IV over 10 min then 1 g over 8 h if < 3 h from injury"),
          c.t("Cible : fibrinogène > 1,5 g/L, Ca ionisé > 1,1", "Targets: fibrinogen > 1.5 g/L, ionised Ca > 1.1")]),
        (c.t("Sepsis – ordonnance collective", "Sepsis medical directive"),
         [c.t("Lactate et hémocultures x2 avant antibiotiques", "Lactate and blood cultures x2 before antibiotics"),
          c.t("Pipéracilline-tazobactam 4,5 g IV dans la première heure", "Piperacillin-tazobactam 4.5 g IV within the first hour"),
          c.t("Bolus de cristalloïdes 30 mL/kg si TAM < 65", "30 mL/kg crystalloid if MAP < 65")]),
        (c.t("Renversement des anticoagulants", "Anticoagulant reversal"),
         [c.t("Warfarine : Octaplex 25 UI/kg + vitamine K 10 mg IV", "Warfarin: PCC 25 IU/kg + vitamin K 10 mg IV"),
          c.t("Dabigatran : idarucizumab 5 g IV", "Dabigatran: idarucizumab 5 g IV"),
          c.t("Apixaban/rivaroxaban : Octaplex 50 UI/kg", "Apixaban/rivaroxaban: PCC 50 IU/kg")]),
        (c.t("Analgésie des fractures de hanche", "Hip fracture analgesia"),
         [c.t("Bloc fascia iliaca dès le triage", "Fascia iliaca block at triage"),
          c.t("Hydromorphone 0,5 mg SC q2h PRN si > 75 ans", "Hydromorphone 0.5 mg SC q2h PRN if > 75"),
          c.t("Éviter les AINS si DFGe < 30", "Avoid NSAIDs if eGFR < 30")])])
    blocks = [c.greeting(), c.t(f"La version révisée du « {proto[0]} » entre en vigueur le {c.dstr(c.day(7))}. Principaux changements :",
                                f"The revised '{proto[0]}' takes effect {c.dstr(c.day(7))}. Key changes:"), ('list', proto[1]),
              c.t("Le document complet est sur l'intranet.", "Full document on the intranet."), c.sig(sender)]
    atts = []
    if c.chance(0.4):
        atts.append(att_pdf(c.t("protocole.pdf", "protocol.pdf"), proto[0], proto[1], author=sender.full))
    c.notes.append("protocol with drug doses, no patient")
    return c.mail(sender, [(c.t("Urgence et bloc", "ED and OR"), f"urgence-bloc@{world.INST['rn']['dom']}")], c.t("Mise à jour : ", "Update: ") + proto[0], blocks,
                  attachments=atts)


def pharmacy_shortage(c):
    r = c.rng
    sender = c.staff('pharm', 'rn')
    drug = r.choice([("succinylcholine 100 mg/5 mL", "succinylcholine 100 mg/5 mL", "rocuronium"), ("kétamine 50 mg/mL", "ketamine 50 mg/mL", "etomidate"),
                     ("céfazoline 1 g", "cefazolin 1 g", "cefuroxime"), ("fentanyl 50 mcg/mL", "fentanyl 50 mcg/mL", "hydromorphone"),
                     ("noradrénaline 4 mg/4 mL", "norepinephrine 4 mg/4 mL", "phenylephrine")])
    dn = drug[0] if c.lang == 'fr' else drug[1]
    blocks = [c.greeting(), c.t(f"Rupture d'approvisionnement : {dn} (DIN {digits(r, 8)}, {lot(r)}). Stock estimé : {r.randrange(2, 14)} jours.",
                                f"Supply shortage: {dn} (DIN {digits(r, 8)}, {lot(r)}). Estimated stock: {r.randrange(2, 14)} days."),
              c.t(f"Alternative recommandée : {drug[2]}. Réserver {dn} au bloc et à la salle de réanimation.",
                  f"Recommended alternative: {drug[2]}. Reserve {dn} for OR and resus."), c.sig(sender)]
    c.notes.append("drug shortage notice")
    return c.mail(sender, [(c.t("Médecins et infirmières", "Physicians and nurses"), f"cliniciens@{world.INST['rn']['dom']}")],
                  c.t("Pénurie – ", "Shortage – ") + dn, blocks)


def quality_indicators(c):
    r = c.rng
    sender = c.staff(r.choice(['chef', 'trauma', 'bloc']), 'rn')
    q = r.choice(["T1", "T2", "T3", "T4"])
    hdr = [c.t("Indicateur", "Indicator"), c.t("Cible", "Target"), q, c.t("Tendance", "Trend")]
    rows = [[c.t("Délai porte-médecin (médiane)", "Door-to-physician (median)"), "< 2 h", f"{r.randrange(90, 260)} min", r.choice(["↑", "↓", "="])],
            [c.t("Fractures de hanche opérées < 48 h", "Hip fractures operated < 48h"), "90 %", f"{r.randrange(55, 95)} %", r.choice(["↑", "↓"])],
            [c.t("Infections de site opératoire (colorectal)", "SSI (colorectal)"), "< 8 %", f"{r.randrange(3, 14)} %", r.choice(["↑", "↓"])],
            [c.t("STEMI porte-ballon", "STEMI door-to-balloon"), "90 min", f"{r.randrange(60, 130)} min", r.choice(["↑", "↓"])],
            [c.t("Patients partis sans être vus", "Left without being seen"), "< 5 %", f"{r.randrange(3, 12)} %", r.choice(["↑", "↓"])]]
    blocks = [c.greeting(), c.t(f"Tableau de bord qualité {q} ({r.randrange(9000, 21000)} visites, {r.randrange(400, 1800)} chirurgies) :",
                                f"Quality dashboard {q} ({r.randrange(9000, 21000)} visits, {r.randrange(400, 1800)} surgeries):"),
              ('table', hdr, rows), c.sig(sender)]
    atts = []
    if c.chance(0.4):
        atts.append(att_xlsx(f"indicateurs_{q}.xlsx", [("Qualité", [hdr] + rows)], author=sender.full))
    c.notes.append("aggregate quality indicators")
    return c.mail(sender, [c.staff('chef', 'rn'), c.staff('bloc', 'rn')], c.t(f"Indicateurs qualité {q}", f"Quality indicators {q}"), blocks, attachments=atts)


def training_course(c):
    r = c.rng
    sender = c.staff(r.choice(['agent', 'inf']), 'rn')
    course = r.choice(["ACLS", "ATLS", "PALS", c.t("TNCC (soins infirmiers en trauma)", "TNCC"), c.t("Gestion des voies aériennes difficiles", "Difficult airway workshop")])
    people = staff_list(c, r.randrange(4, 10), r.choice(['inf', 'urg', 'inh']))
    rows = [[f"{p.surname}, {p.given}", employee_no(r), r.choice([c.t("confirmé", "confirmed"), c.t("liste d'attente", "waitlist")])] for p in people]
    hdr = [c.t("Nom", "Name"), c.t("Matricule", "Employee #"), c.t("Statut", "Status")]
    blocks = [c.greeting(), c.t(f"Inscriptions au cours {course} du {c.dstr(c.day(r.randrange(10, 40)))} :", f"Registrations for {course} on {c.dstr(c.day(r.randrange(10, 40)))}:"),
              ('table', hdr, sorted(rows)), c.t("Prévoir 2 jours, manuel à récupérer au local C-220.", "2 days; pick up manual in room C-220."), c.sig(sender)]
    c.notes.append("training registrations (staff)")
    return c.mail(sender, people[:3], c.t("Formation ", "Course ") + course, blocks)


def staff_directory(c):
    r = c.rng
    sender = c.staff('agent', 'rn')
    rows = []
    for s in staff_list(c, r.randrange(5, 10), r.choice(['urg', 'chir', 'anes', 'ortho'])):
        rows.append([s.titled(c.lang), s.role_txt(c.lang), f"{c.t('poste', 'ext.')} {r.randrange(2000, 7999)}", f"{c.t('télav.', 'pager')} {r.randrange(1000, 9999)}", world.phone(r)])
    hdr = [c.t("Nom", "Name"), c.t("Fonction", "Role"), c.t("Poste", "Ext."), c.t("Téléavertisseur", "Pager"), c.t("Cellulaire de garde", "On-call cell")]
    atts = []
    if c.chance(0.4):
        s = c.staff('chef', 'rn')
        atts.append(att_vcf(f"{s.surname}.vcf", s.given, s.surname, org=world.INST['rn'][c.lang], title=s.role_txt(c.lang),
                            tel=[('WORK', world.INST['rn']['phone'])], email=s.email()))
    blocks = [c.greeting(), c.t("Bottin de garde mis à jour :", "Updated on-call directory:"), ('table', hdr, rows), c.sig(sender)]
    c.notes.append("staff directory")
    return c.mail(sender, [(c.t("Urgence", "ED"), f"urgence@{world.INST['rn']['dom']}")], c.t("Bottin de garde", "On-call directory"), blocks, attachments=atts)


def meeting_ics(c):
    r = c.rng
    org = c.staff(r.choice(['chef', 'bloc', 'lits', 'trauma']), 'rn')
    att = staff_list(c, r.randrange(2, 6), r.choice(['urg', 'chir', 'asi']))
    title = r.choice([c.t("Caucus de flux – urgence", "ED flow huddle"), c.t("Planification du bloc (hebdo)", "Weekly OR planning"),
                      c.t("Debriefing exercice code orange", "Code orange drill debrief"), c.t("Rencontre chefs de service", "Department heads meeting")])
    start = datetime.datetime.combine(c.day(r.randrange(1, 14)), datetime.time(r.choice([7, 8, 12, 13, 15]), r.choice([0, 30])))
    ics = att_ics("invite.ics", f"{r.randrange(10**9, 10**10)}@{world.INST['rn']['dom']}", start, start + datetime.timedelta(minutes=r.choice([30, 60])),
                  title, c.t("Ordre du jour à venir. Lien Teams dans l'invitation.", "Agenda to follow. Teams link in invite."),
                  c.t("Salle 2B-110", "Room 2B-110"), (org.full, org.email()), [(a.full, a.email()) for a in att],
                  c.date.astimezone(datetime.timezone.utc))
    blocks = [c.t(f"{org.full} vous invite : {title}", f"{org.full} invited you: {title}"), c.t(f"Quand : {start.strftime('%Y-%m-%d %H:%M')}", f"When: {start.strftime('%Y-%m-%d %H:%M')}")]
    c.notes.append("meeting invite")
    return c.mail(org, att, c.t("Invitation : ", "Invitation: ") + title, blocks, attachments=[ics])


def simulation_scenario(c):
    r = c.rng
    sender = c.staff(r.choice(['urg', 'anes', 'inf']), 'rn')
    dx = r.choice([d for d in world.DX if d[2] not in ('uro', 'plast')])
    sx = 'femme' if dx[2] == 'gyn' else 'homme' if dx[2] == 'uro' else r.choice(['homme', 'femme'])
    scen = [c.t(f"Patient simulé : {sx} de {r.randrange(20, 45)} ans (mannequin haute-fidélité)",
                f"Simulated patient: {r.randrange(20, 85)}-year-old (high-fidelity manikin)"),
            c.t(f"Scénario : {dx[0]} se compliquant d'un choc hémorragique", f"Scenario: {dx[1]} complicated by haemorrhagic shock"),
            c.t(f"Valeurs programmées : {world.lab(r, 'fr')}, TA 74/40, FC 128", f"Programmed values: {world.lab(r, 'en')}, BP 74/40, HR 128"),
            c.t("Objectifs : activation du PTM, communication en boucle fermée", "Objectives: MTP activation, closed-loop communication")]
    blocks = [c.greeting(), c.t("Voici le scénario de simulation in situ de mercredi :", "Here's Wednesday's in-situ simulation scenario:"), ('list', scen),
              c.t("Aucun vrai patient impliqué; la salle 6 sera bloquée 14h-15h.", "No real patients involved; bay 6 blocked 14-15."), c.sig(sender)]
    atts = [att_docx(c.t("scenario_simulation.docx", "sim_scenario.docx"), c.t("Scénario de simulation", "Simulation scenario"), scen, author=sender.full)] if c.chance(0.5) else []
    c.notes.append("simulation scenario (fictitious)")
    return c.mail(sender, [(c.t("Équipe simulation", "Sim team"), f"simulation@{world.INST['rn']['dom']}")], c.t("Simulation in situ", "In-situ simulation"), blocks,
                  attachments=atts)


def mci_exercise(c):
    r = c.rng
    sender = c.staff(r.choice(['trauma', 'chef']), 'rn')
    rows = []
    for k in range(1, r.randrange(6, 14)):
        inj = r.choice(world.TRAUMA_INJ)
        tri = r.choice([0, 1, 1, 2, 2, 3])
        dispo = [c.t("Réa", "Resus"), c.t("Civière", "Stretcher"), c.t("Ambulatoire", "Minor"), c.t("Morgue (simulée)", "Morgue (simulated)")][tri]
        if tri == 0 and c.chance(0.4):
            dispo = c.t("Bloc", "OR")
        rows.append([f"V-{k:02d}", (["Rouge", "Jaune", "Vert", "Noir"] if c.lang == 'fr' else ["Red", "Yellow", "Green", "Black"])[tri],
                     inj[0] if c.lang == 'fr' else inj[1], dispo])
    hdr = [c.t("Victime", "Victim"), "Triage", c.t("Lésion simulée", "Simulated injury"), c.t("Orientation", "Disposition")]
    blocks = [c.greeting(), c.t("Bilan de l'exercice code orange (accident d'autobus simulé) :", "Code orange drill summary (simulated bus crash):"),
              ('table', hdr, rows), c.t(f"Délai d'activation : {r.randrange(6, 25)} min. Points à améliorer : décompte des civières, radios.",
                                        f"Activation time: {r.randrange(6, 25)} min. To improve: stretcher count, radios."), c.sig(sender)]
    c.notes.append("mass casualty drill with simulated victims")
    return c.mail(sender, [(c.t("Mesures d'urgence", "Emergency preparedness"), f"mesures.urgence@{world.INST['rn']['dom']}")],
                  c.t("Exercice code orange – bilan", "Code orange drill – debrief"), blocks)


def staff_reply_threads(c):
    r = c.rng
    a = c.staff(r.choice(['asi', 'bloc', 'inf', 'urg']), 'rn')
    b = c.staff(r.choice(['gbm', 'achat', 'agent', 'icu']), 'rn', exclude=[(a.given, a.surname)])
    topic = r.choice([
        (c.t("Civières manquantes", "Missing stretchers"), c.t("Il nous manque 4 civières depuis la fin de semaine, elles sont peut-être en radiologie?",
                                                                "We're missing 4 stretchers since the weekend, maybe in radiology?")),
        (c.t("Réapprovisionnement chariot de code", "Crash cart restock"), c.t("Le chariot de la salle 3 n'a plus de masques laryngés taille 4 ni de lames Mac 3.",
                                                                               "Resus 3 cart is out of LMA size 4 and Mac 3 blades.")),
        (c.t("Stationnement résidents", "Resident parking"), c.t("Les nouveaux résidents n'ont pas encore leur vignette P2.", "The new residents still don't have P2 permits.")),
        (c.t("Imprimante triage", "Triage printer"), c.t(f"L'imprimante d'étiquettes du triage (actif {asset_tag(r)}) bourre encore.",
                                                         f"The triage label printer (asset {asset_tag(r)}) is jamming again."))])
    first = [c.greeting(b), topic[1], c.sig(a, short=True)]
    rep = [r.choice([c.t("Je regarde ça ce matin.", "Looking into it this morning."), c.t("C'est réglé, merci de l'avoir signalé.", "Fixed, thanks for flagging."),
                     c.t("Commande passée, livraison jeudi.", "Ordered, delivery Thursday.")]), c.sig(b, short=True),
           c.quote(a, r.randrange(20, 900), topic[0], first)]
    c.notes.append("staff logistics thread")
    return c.mail(b, [a], re_prefix(c) + topic[0], rep)


def aggregate_csv(c):
    r = c.rng
    sender = c.staff(r.choice(['chef', 'lits', 'agent']), 'rn')
    rows = [[c.t("Date", "Date"), c.t("Visites", "Visits"), c.t("ÉTG 1", "CTAS 1"), c.t("ÉTG 2", "CTAS 2"), c.t("ÉTG 3", "CTAS 3"),
             c.t("ÉTG 4-5", "CTAS 4-5"), c.t("Admissions", "Admissions"), c.t("DMS civière (h)", "Stretcher LOS (h)")]]
    d = c.day(-30)
    for k in range(r.randrange(7, 21)):
        v = r.randrange(120, 260)
        rows.append([(d + datetime.timedelta(days=k)).isoformat(), v, r.randrange(1, 6), r.randrange(10, 40), r.randrange(40, 90),
                     r.randrange(30, 110), r.randrange(15, 45), str(round(r.uniform(9, 38), 1)).replace('.', ',' if c.lang == 'fr' else '.')])
    a = att_csv(c.t("achalandage_urgence.csv", "ed_volumes.csv"), rows, delimiter=r.choice([',', ';']), charset=r.choice(['utf-8', 'windows-1252']))
    blocks = [c.greeting(), c.t("Données d'achalandage agrégées pour le rapport mensuel (aucune donnée nominative).",
                                "Aggregate volume data for the monthly report (no patient-level data)."), c.sig(sender, short=True)]
    c.notes.append("aggregate CSV")
    return c.mail(sender, [c.staff('chef', 'rn')], c.t("Données d'achalandage", "ED volume data"), blocks, attachments=[a])


def vendor_mail(c):
    r = c.rng
    v = r.choice(world.VENDORS)
    rep = (r.choice(["Marc-André Sirois", "Jennifer Kallas", "Sébastien Doré", "Olga Petrenko"]), f"ventes@{v['dom']}")
    target = c.staff(r.choice(['bloc', 'achat', 'ortho', 'chir', 'gbm']), 'rn')
    prod = r.choice([c.t("système de réchauffement des liquides RapidWarm", "RapidWarm fluid warming system"),
                     c.t("clou tibial NexLock (réf. NXL-1187-4420)", "NexLock tibial nail (ref. NXL-1187-4420)"),
                     c.t("vidéolaryngoscope jetable ClearView", "ClearView single-use video laryngoscope"),
                     c.t("moniteur de transport Vitalis T7", "Vitalis T7 transport monitor")])
    blocks = [c.greeting(target), c.t(f"Suite à notre rencontre au congrès, je vous propose une démonstration du {prod}. "
                                      f"Le produit est homologué (licence {digits(r, 6)}) et utilisé dans {r.randrange(8, 40)} établissements.",
                                      f"Following our meeting at the conference, I'd like to offer a demo of the {prod}. "
                                      f"It is licensed (licence {digits(r, 6)}) and used in {r.randrange(8, 40)} hospitals."),
              c.t("Seriez-vous disponible la semaine prochaine?", "Would you be available next week?"),
              f"{rep[0]}\n{v['name']}\n{world.phone(r)}"]
    c.notes.append("vendor sales mail")
    return c.mail(rep, [target], c.t("Démonstration – ", "Demo – ") + prod, blocks)
