"""Negative builders, part A: rosters, OR blocks, equipment, bed/ambulance statistics,
anonymised teaching cases, newsletters, job postings, committees, IT, facilities, invoices."""
import datetime

from stdnum import luhn

from . import ids, world
from .attach import att_pdf, att_docx, att_xlsx, att_csv, att_ics, make_pdf
from .common import re_prefix, fw_prefix


# ---------------------------------------------------------------- look-alike numbers (not patient identifiers)
def luhn_num(r, n, first='123456789'):
    body = r.choice(first) + ''.join(r.choice('0123456789') for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def digits(r, n):
    return ''.join(r.choice('0123456789') for _ in range(n))


def asset_tag(r):
    return r.choice(["GBM-", "ACT-", "BME ", "#"]) + luhn_num(r, 9)


def serial(r):
    s = luhn_num(r, 10)
    return r.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}", f"SN {s}"])


def lot(r):
    return r.choice([f"LOT {digits(r, 2)}{r.choice('ABCDEFGH')}{digits(r, 5)}", f"L{digits(r, 8)}", f"{digits(r, 6)}-{digits(r, 3)}-{digits(r, 2)}"])


def employee_no(r):
    return digits(r, 7) if r.random() < 0.5 else f"{r.choice(['E', 'M'])}{digits(r, 6)}"


def staff_list(c, n, role, inst='rn'):
    out, seen = [], []
    while len(out) < n:
        s = c.staff(role, inst, exclude=seen)
        seen.append((s.given, s.surname))
        out.append(s)
    return out


WD_FR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# ================================================================= builders
def staff_roster(c):
    r = c.rng
    sender = c.staff(r.choice(['chef', 'icu', 'agent']), 'rn')
    role = r.choice(['urg', 'inf', 'inh', 'anes'])
    people = staff_list(c, r.randrange(6, 12), role)
    start = c.day(r.randrange(7, 30))
    start -= datetime.timedelta(days=start.weekday())
    wd = WD_FR if c.lang == 'fr' else WD_EN
    shifts = ["J", "S", "N", "—", "J", "8-16", "16-24", "0-8", "C"] if c.lang == 'fr' else ["D", "E", "N", "—", "D", "08-16", "16-24", "00-08", "Off"]
    hdr = ["Nom" if c.lang == 'fr' else "Name"] + [f"{wd[i]} {(start + datetime.timedelta(days=i)).day}" for i in range(7)]
    rows = []
    for s in people:
        nm = r.choice([f"{s.surname.upper()}, {s.given}", f"{s.surname} {s.given[0]}.", s.full, f"{s.surname}, {s.given}"])
        rows.append([nm] + [r.choice(shifts) for _ in range(7)])
    rows.sort()
    wk = c.dstr(start)
    subj = r.choice([c.t(f"Horaire de garde – semaine du {wk}", f"Call schedule – week of {wk}"),
                     c.t("Horaire final urgence (v3)", "ED final schedule (v3)"), c.t("horaire modifié", "revised roster")])
    blocks = [c.greeting(), c.t("Voici l'horaire pour la période. Les échanges doivent être approuvés avant jeudi.",
                                "Here is the schedule. Swaps must be approved by Thursday.")]
    atts = []
    if c.chance(0.5):
        atts.append(att_xlsx(c.t(f"horaire_{start.isoformat()}.xlsx", f"roster_{start.isoformat()}.xlsx"),
                             [(c.t("Horaire", "Roster"), [hdr] + rows)], author=sender.full))
    else:
        blocks.append(('table', hdr, rows))
    blocks.append(r.choice([c.t("Rappel : couverture zone ambulatoire 10h-22h à partir du 1er.", "Reminder: fast-track coverage 10-22 starting on the 1st."),
                            c.t("N.B. Dr Benali en congé parental à partir de la semaine 3.", "NB Dr. Benali on parental leave from week 3."),
                            c.t("Merci à ceux qui ont pris les nuits de Noël.", "Thanks to those who took the Christmas nights.")]))
    blocks.append(c.sig(sender))
    c.notes.append("staff roster")
    return c.mail(sender, [(c.t("Équipe urgence", "ED team"), f"urgence-equipe@{world.INST['rn']['dom']}")], subj, blocks, attachments=atts)


def shift_swap(c):
    r = c.rng
    a, b = staff_list(c, 2, r.choice(['inf', 'urg', 'inh']))
    boss = c.staff(r.choice(['asi', 'icu', 'chef']), exclude=[(a.given, a.surname), (b.given, b.surname)])
    d1, d2 = c.day(r.randrange(3, 20)), c.day(r.randrange(21, 40))
    shift = r.choice([c.t("nuit", "night"), c.t("soir", "evening"), c.t("jour", "day")])
    txt = r.choice([
        c.t(f"{b.given} et moi voulons échanger : je prends sa {shift} du {c.dstr(d2)} et elle prend la mienne du {c.dstr(d1)}. Ok pour toi?",
            f"{b.given} and I would like to swap: I take her {shift} on {c.dstr(d2)}, she takes mine on {c.dstr(d1)}. OK with you?"),
        c.t(f"Je ne pourrai pas faire mon {shift} du {c.dstr(d1)} (mariage de ma sœur). {b.full} peut me remplacer.",
            f"I can't do my {shift} shift on {c.dstr(d1)} (sister's wedding). {b.full} can cover.")])
    blocks = [c.greeting(boss), txt, c.closing(), c.sig(a, short=True)]
    if c.chance(0.5):
        c.date += datetime.timedelta(hours=r.randrange(1, 20))
        blocks = [r.choice([c.t("Approuvé, c'est modifié dans Logibec.", "Approved, updated in the scheduling system."),
                            c.t("OK pour moi.", "Fine by me.")]), c.sig(boss, short=True),
                  c.quote(a, r.randrange(60, 600), c.t("Échange de quart", "Shift swap"), blocks)]
        c.notes.append("reply about a shift swap")
        return c.mail(boss, [a, b], re_prefix(c) + c.t("Échange de quart", "Shift swap"), blocks)
    c.notes.append("shift swap request")
    return c.mail(a, [boss], c.t("Échange de quart", "Shift swap"), blocks, cc=[b])


def or_block_schedule(c):
    r = c.rng
    sender = c.staff('bloc', r.choice(['rn', 'sa']))
    svc = [("Chirurgie générale", "General surgery", 'chir'), ("Orthopédie", "Orthopaedics", 'ortho'),
           ("Urologie", "Urology", 'chir'), ("Gynécologie", "Gynaecology", 'chir'), ("Vasculaire", "Vascular", 'chir'),
           ("ORL", "ENT", 'chir'), ("Plastie", "Plastics", 'chir')]
    wd = WD_FR[:5] if c.lang == 'fr' else WD_EN[:5]
    hdr = [c.t("Salle", "Room")] + wd
    rows = []
    for room in range(1, r.randrange(5, 9)):
        row = [str(room)]
        for _ in wd:
            s = r.choice(svc)
            doc = c.staff(s[2])
            row.append(f"{s[0] if c.lang == 'fr' else s[1]} – {doc.surname}" if c.chance(0.8) else c.t("Urgences", "Emerg"))
        rows.append(row)
    note = r.choice([
        c.t("Dr Haddad (vasculaire) garde les cas d'ischémie aiguë et d'AAA le jeudi.",
            "Dr. Haddad (vascular) keeps Thursday for acute limb ischaemia and AAA cases."),
        c.t("La salle 3 est réservée aux fractures de hanche < 48 h (cible ministérielle).",
            "Room 3 reserved for hip fractures < 48h (provincial target)."),
        c.t("Dre Raman reprend les cholécystectomies urgentes à partir de lundi.",
            "Dr. Raman takes over urgent cholecystectomies from Monday.")])
    subj = r.choice([c.t("Allocation des blocs opératoires – période 7", "OR block allocation – period 7"),
                     c.t("Blocs opératoires : nouvelle grille", "New OR block grid")])
    blocks = [c.greeting(), c.t("Voici la grille des blocs pour la prochaine période (aucun patient, allocation par service).",
                                "Here is the OR block grid for next period."),
              ('table', hdr, rows), note, c.sig(sender)]
    c.notes.append("OR block allocation by service")
    return c.mail(sender, [(c.t("Chirurgiens", "Surgeons"), f"chirurgiens@{world.INST[sender.inst]['dom']}")], subj, blocks)


def equipment_recall(c):
    r = c.rng
    sender = c.staff(r.choice(['gbm', 'achat', 'pharm']), 'rn')
    dev = r.choice([("pompes volumétriques VX-300", "VX-300 volumetric pumps", "défaillance possible de l'alarme d'occlusion", "possible occlusion alarm failure"),
                    ("défibrillateurs LifeStart 5", "LifeStart 5 defibrillators", "délai de charge prolongé", "prolonged charge time"),
                    ("laryngoscopes vidéo GlideView", "GlideView video laryngoscopes", "écran pouvant s'éteindre en cours d'utilisation", "screen may shut off during use"),
                    ("agrafeuses linéaires ECL-60", "ECL-60 linear staplers", "formation incomplète des agrafes", "incomplete staple formation"),
                    ("circuits de ventilation AirPath", "AirPath ventilator circuits", "fuite au raccord expiratoire", "leak at expiratory connector")])
    dname = dev[0] if c.lang == 'fr' else dev[1]
    risk = dev[2] if c.lang == 'fr' else dev[3]
    rows = [[serial(r), asset_tag(r), r.choice(["Urgence", "Bloc 2", "SDR", "USI", "Réa"] if c.lang == 'fr' else ["ED", "OR 2", "PACU", "ICU", "Resus"]),
             r.choice([c.t("à retirer", "remove"), c.t("inspecté OK", "inspected OK"), c.t("en attente", "pending")])] for _ in range(r.randrange(3, 9))]
    hdr = [c.t("N° de série", "Serial no."), c.t("N° d'actif", "Asset tag"), c.t("Emplacement", "Location"), c.t("Statut", "Status")]
    lots = ", ".join(lot(r) for _ in range(r.randrange(1, 4)))
    subj = r.choice([c.t(f"AVIS DE RAPPEL – {dname}", f"RECALL NOTICE – {dname}"), c.t("Rappel fabricant – action requise", "Manufacturer recall – action required")])
    blocks = [c.greeting(), c.t(f"Le fabricant émet un rappel de classe II pour les {dname} (lots {lots}). "
                                f"Risque : {risk}. Aucun incident rapporté chez nous.",
                                f"Manufacturer has issued a class II recall for {dname} (lots {lots}). Risk: {risk}. "
                                f"No incidents reported on site.")]
    atts = []
    if c.chance(0.5):
        blocks.append(('table', hdr, rows))
    else:
        atts.append(att_xlsx(c.t("inventaire_rappel.xlsx", "recall_inventory.xlsx"), [("Inventaire", [hdr] + rows)], author=sender.full))
        blocks.append(c.t("L'inventaire des appareils visés est joint.", "Inventory of affected units attached."))
    blocks += [c.t("Merci de retourner les appareils au GBM, local B-014.", "Please return devices to Biomed, room B-014."), c.sig(sender)]
    c.notes.append("device recall with serial/asset/lot numbers")
    return c.mail(sender, [(c.t("Chefs d'unité", "Unit managers"), f"chefs-unite@{world.INST['rn']['dom']}")], subj, blocks, attachments=atts)


def equipment_maintenance(c):
    r = c.rng
    sender = c.staff('gbm', r.choice(['rn', 'sa', 'hr']))
    to = [c.staff(r.choice(['icu', 'asi', 'bloc']), sender.inst)]
    wo = digits(r, 7)
    item = r.choice([c.t("moniteur de transport", "transport monitor"), c.t("civière hydraulique", "hydraulic stretcher"),
                     c.t("appareil d'anesthésie salle 4", "anaesthesia machine OR 4"), c.t("échographe portable", "portable ultrasound"),
                     c.t("chariot de réanimation", "crash cart")])
    txt = c.t(f"Bon de travail {wo} : {item} (actif {asset_tag(r)}, série {serial(r)}) – entretien préventif complété, "
              f"batterie remplacée. Prochaine inspection {c.dstr(c.day(180))}.",
              f"Work order {wo}: {item} (asset {asset_tag(r)}, S/N {serial(r)}) – preventive maintenance completed, battery replaced. "
              f"Next inspection {c.dstr(c.day(180))}.")
    blocks = [c.greeting(to[0]), txt, c.closing(), c.sig(sender)]
    c.notes.append("biomed maintenance")
    return c.mail(sender, to, c.t(f"BT {wo} complété", f"WO {wo} completed"), blocks)


def bed_census(c):
    r = c.rng
    sender = c.staff('lits', r.choice(['rn', 'hr']))
    units = ["Urgence", "Médecine 6", "Chirurgie 4", "USI", "USIC", "Gériatrie", "Ortho 5"] if c.lang == 'fr' else \
            ["ED", "Medicine 6", "Surgery 4", "ICU", "CCU", "Geriatrics", "Ortho 5"]
    hdr = [c.t("Unité", "Unit"), c.t("Lits", "Beds"), c.t("Occupés", "Occupied"), c.t("Congés prévus", "Planned d/c"),
           c.t("Isolement", "Isolation")]
    rows = []
    for u in units:
        beds = r.randrange(12, 40)
        rows.append([u, beds, beds + r.randrange(-2, 8), r.randrange(0, 6), r.randrange(0, 5)])
    waiting = r.randrange(8, 40)
    subj = r.choice([c.t(f"État de situation – lits {c.dstr(c.day(), 'iso')}", f"Bed status – {c.dstr(c.day(), 'iso')}"),
                     c.t("Rapport de capacité 8h", "0800 capacity report"), c.t("Niveau de surcapacité 3", "Overcapacity level 3")])
    blocks = [c.greeting(),
              c.t(f"Occupation urgence : {r.randrange(115, 200)} %. {waiting} patients admis en attente d'un lit, "
                  f"dont {r.randrange(1, 8)} en isolement (SARM/C. difficile). DMS sur civière : {r.randrange(14, 40)} h.",
                  f"ED occupancy {r.randrange(115, 200)}%. {waiting} admitted patients waiting for a bed, "
                  f"{r.randrange(1, 8)} on isolation (MRSA/C. diff). Mean stretcher LOS {r.randrange(14, 40)} h."),
              ('table', hdr, rows),
              c.t("Cellule de crise à 13h30 (Teams).", "Huddle at 13:30 (Teams)."), c.sig(sender)]
    c.notes.append("aggregate bed census")
    return c.mail(sender, [(c.t("Coordination hospitalière", "Hospital coordination"), f"coordination@{world.INST[sender.inst]['dom']}")], subj, blocks)


def ambulance_stats(c):
    r = c.rng
    sender = c.staff('para', 'rn')
    sender.inst = 'rn'
    hdr = [c.t("Heure", "Hour"), c.t("Arrivées", "Arrivals"), c.t("Délai de débarquement médian (min)", "Median offload (min)"),
           c.t("> 60 min", "> 60 min")]
    rows = [[f"{h:02d}:00", r.randrange(0, 9), r.randrange(12, 95), r.randrange(0, 4)] for h in range(0, 24, r.choice([2, 3, 4]))]
    subj = r.choice([c.t("Délais de débarquement ambulancier – semaine 14", "Ambulance offload delays – week 14"),
                     c.t("Statistiques préhospitalières", "Prehospital statistics")])
    blocks = [c.greeting(), c.t(f"{r.randrange(280, 520)} transports cette semaine, dont {r.randrange(20, 60)} ÉTG 1-2. "
                                f"{r.randrange(5, 30)} % des équipes ont attendu plus de 60 minutes.",
                                f"{r.randrange(280, 520)} transports this week, {r.randrange(20, 60)} CTAS 1-2. "
                                f"{r.randrange(5, 30)}% of crews waited more than 60 minutes."),
              ('table', hdr, rows), c.t("Unité 4127 hors service jeudi (entretien).", "Unit 4127 out of service Thursday (maintenance)."),
              c.sig(sender)]
    c.notes.append("aggregate ambulance statistics")
    frm = (world.AMB[c.lang], f"statistiques@{world.AMB['dom']}") if c.chance(0.5) else sender
    return c.mail(frm, [c.staff('chef', 'rn')], subj, blocks)


def mm_rounds_anon(c):
    r = c.rng
    sender = c.staff(r.choice(['urg', 'chir', 'anes']), 'rn')
    age = r.randrange(24, 91)
    dx = r.choice(world.DX)
    fem = dx[2] == 'gyn' or (dx[2] != 'uro' and c.chance(0.5))
    sx = c.t("femme", "woman") if fem else c.t("homme", "man")
    if dx[2] in ('gyn', 'uro'):
        age = r.randrange(18, 40)
    med = c.p(world.MEDS)
    lab1 = world.lab(r, c.lang)
    case = c.t(f"Cas : {sx} de {age} ans, ATCD de {c.p(world.COMORB)}, sous {med}, consultant à l'urgence un samedi soir. "
               f"{lab1} à l'arrivée. Diagnostic retenu après délai de 9 h : {dx[0]}. {dx[3][:1].upper() + dx[3][1:]} réalisée.",
               f"Case: {age}-year-old {sx}, PMHx {c.p(world.COMORB)}, on {med}, presenting to the ED on a Saturday night. "
               f"{lab1} on arrival. Final diagnosis after 9h delay: {dx[1]}. Underwent {dx[4]}.")
    subj = r.choice([c.t("Rondes de morbidité-mortalité – cas anonymisé", "M&M rounds – anonymised case"),
                     c.t("M&M jeudi : préparation", "M&M Thursday prep")])
    blocks = [c.greeting(), c.t("Voici le cas retenu pour jeudi (toutes données identifiantes retirées) :",
                                "Here is the case for Thursday (all identifiers removed):"),
              case, ('list', [c.t("Points de discussion : délai d'imagerie", "Discussion: imaging delay"),
                              c.t("Anticoagulation et chirurgie urgente", "Anticoagulation and emergency surgery"),
                              c.t("Communication urgence-chirurgie", "ED-surgery communication")]),
              c.sig(sender)]
    atts = []
    if c.chance(0.4):
        atts.append(att_pdf("MM_cas.pdf", c.t("Morbidité-mortalité – cas anonymisé", "M&M – anonymised case"), [case]))
    c.notes.append("anonymised teaching case")
    return c.mail(sender, [(c.t("Département de chirurgie", "Department of surgery"), f"dep-chirurgie@{world.INST['rn']['dom']}")], subj, blocks,
                  attachments=atts)


def newsletter(c):
    r = c.rng
    sender = (c.t("Info-Urgence", "ED News"), f"info-urgence@{world.INST['rn']['dom']}")
    items = r.sample([
        c.t("Nouveau protocole d'ordonnances collectives pour la douleur thoracique (ECG < 10 min).", "New chest pain medical directive (ECG < 10 min)."),
        c.t("Bienvenue à Dre Aïcha Diallo, urgentologue, qui se joint à l'équipe.", "Welcome to Dr. Aïcha Diallo, emergency physician."),
        c.t("La zone ambulatoire déménage au 1er étage le 3 juin.", "Fast track moves to the 1st floor on June 3."),
        c.t("Le taux de patients partis sans être vus est passé de 9 % à 6 %.", "Left-without-being-seen rate down from 9% to 6%."),
        c.t("Formation ATLS : 4 places restantes en octobre.", "ATLS course: 4 seats left in October."),
        c.t("Campagne de vaccination antigrippale du personnel : kiosque au hall.", "Staff flu shot clinic: kiosk in the lobby."),
        c.t("Rappel : le chariot de code doit être vérifié à chaque quart.", "Reminder: crash cart checks every shift.")], 4)
    blocks = [c.t("INFO-URGENCE – numéro ", "ED NEWS – issue ") + str(r.randrange(12, 80)), ('list', items),
              c.t("Pour vous désabonner, écrivez à communications.", "To unsubscribe, contact communications.")]
    c.notes.append("newsletter")
    return c.mail(sender, [(c.t("Personnel urgence", "ED staff"), f"urgence-tous@{world.INST['rn']['dom']}")],
                  c.t("Info-Urgence – édition de ", "ED News – ") + c.dstr(c.day(), 'long'), blocks, body_mode=r.choice(['html', 'alt']))


def job_posting(c):
    r = c.rng
    sender = c.staff('rh', r.choice(['rn', 'hr', 'sa']))
    post = r.choice([c.t("Infirmier(ère) clinicien(ne) – urgence, nuit", "RN – Emergency, nights"),
                     c.t("Inhalothérapeute – bloc opératoire", "Respiratory therapist – OR"),
                     c.t("Préposé(e) aux bénéficiaires – salle de réveil", "Patient care attendant – PACU"),
                     c.t("Paramédic en soins avancés", "Advanced care paramedic"),
                     c.t("Gestionnaire des lits", "Bed manager")])
    num = f"{c.t('Affichage', 'Posting')} {r.choice(['URG', 'BLC', 'SDR'])}-{digits(r, 4)}-{digits(r, 2)}"
    blocks = [c.t(f"Poste à combler : {post}", f"Open position: {post}"), num,
              ('list', [c.t("Temps complet permanent, 36,25 h/sem", "Full-time permanent, 36.25 h/week"),
                        c.t(f"Échelle salariale : {r.randrange(28, 36)},{r.randrange(10, 99)} $ à {r.randrange(40, 55)},{r.randrange(10, 99)} $/h",
                            f"Salary: ${r.randrange(28, 36)}.{r.randrange(10, 99)} to ${r.randrange(40, 55)}.{r.randrange(10, 99)}/h"),
                        c.t("Expérience en traumatologie, soins critiques ou ACLS un atout", "Trauma, critical care or ACLS experience an asset")]),
              c.t(f"Date limite : {c.dstr(c.day(14))}", f"Deadline: {c.dstr(c.day(14))}"), c.sig(sender)]
    c.notes.append("job posting")
    return c.mail(sender, [(c.t("Tout le personnel", "All staff"), f"tous@{world.INST[sender.inst]['dom']}")], c.t("Affichage de poste – ", "Job posting – ") + post, blocks)


def committee_notice(c):
    r = c.rng
    sender = c.staff(r.choice(['trauma', 'chef', 'agent']), 'rn')
    comm = r.choice([c.t("Comité de traumatologie", "Trauma committee"), c.t("Comité du bloc opératoire", "OR committee"),
                     c.t("Comité de gestion des lits", "Bed management committee"), c.t("Comité de prévention des infections", "Infection prevention committee")])
    when = c.day(r.randrange(5, 25))
    agenda = r.sample([c.t("Adoption du procès-verbal", "Approval of minutes"), c.t("Indicateurs T3 : délai porte-CT", "Q3 indicators: door-to-CT"),
                       c.t("Protocole de transfusion massive (révision)", "Massive transfusion protocol (revision)"),
                       c.t("Agrément : visite prévue en novembre", "Accreditation: visit in November"),
                       c.t("Taux d'infection de site opératoire", "Surgical site infection rate"),
                       ], 3) + [c.t("Varia", "Other business")]
    blocks = [c.greeting(), c.t(f"Vous êtes convoqué(e)s à la prochaine réunion du {comm} le {c.dstr(when)} à 12h, salle 2B-110.",
                                f"You are invited to the next {comm} meeting on {c.dstr(when)} at noon, room 2B-110."),
              ('numlist', agenda), c.sig(sender)]
    c.notes.append("committee notice")
    return c.mail(sender, staff_list(c, r.randrange(2, 6), r.choice(['chir', 'urg', 'icu'])), c.t("Convocation – ", "Meeting notice – ") + comm, blocks)


def it_downtime(c):
    r = c.rng
    sender = c.staff('ti', 'rn')
    sysname = r.choice(["dossier clinique informatisé (DCI)", "système de laboratoire", "PACS", "logiciel de triage", "système de gestion des lits"]
                       if c.lang == 'fr' else ["EHR", "laboratory system", "PACS", "triage software", "bed management system"])
    when = c.day(r.randrange(2, 12))
    blocks = [c.t(f"AVIS D'INTERRUPTION : {sysname} indisponible le {c.dstr(when)} de 01h00 à 04h30 (mise à jour).",
                  f"DOWNTIME NOTICE: {sysname} unavailable on {c.dstr(when)} from 01:00 to 04:30 (upgrade)."),
              ('list', [c.t("Utiliser les formulaires papier (requêtes labo, feuille de triage).", "Use paper forms (lab requisitions, triage sheet)."),
                        c.t("Imprimer la liste des patients présents à 00h45.", "Print the census at 00:45."),
                        c.t(f"Support : poste 5555, billet INC{digits(r, 7)}", f"Support: ext. 5555, ticket INC{digits(r, 7)}")]),
              c.sig(sender)]
    c.notes.append("IT downtime notice")
    return c.mail(sender, [(c.t("Utilisateurs cliniques", "Clinical users"), f"utilisateurs@{world.INST['rn']['dom']}")],
                  c.t("Interruption planifiée – ", "Planned downtime – ") + sysname, blocks)


def facilities(c):
    r = c.rng
    sender = c.staff('agent', r.choice(['rn', 'sa']))
    sender.role = 'agent'
    txt = r.choice([
        c.t("L'ascenseur 4 (accès direct urgence-bloc) sera hors service mardi de 8h à 15h. Utiliser l'ascenseur 2.",
            "Elevator 4 (ED-OR direct access) out of service Tuesday 8-15. Please use elevator 2."),
        c.t("Travaux de réfection du débarcadère ambulancier la fin de semaine prochaine; accès par la porte nord.",
            "Ambulance bay resurfacing next weekend; use north door."),
        c.t("Coupure d'eau chaude au 3e étage (SDR) jeudi matin.", "Hot water shut-off on 3rd floor (PACU) Thursday morning."),
        c.t("Le stationnement P3 sera fermé pour le déneigement cette nuit.", "Parking P3 closed for snow removal tonight.")])
    blocks = [c.greeting(), txt, c.t("Merci de votre compréhension.", "Thank you for your understanding."), c.sig(sender)]
    c.notes.append("facilities notice")
    return c.mail((c.t("Services techniques", "Facilities"), f"services.techniques@{world.INST[sender.inst]['dom']}"),
                  [(c.t("Tous", "All"), f"tous@{world.INST[sender.inst]['dom']}")], c.t("Avis – services techniques", "Facilities notice"), blocks)


def invoice_po(c):
    r = c.rng
    v = r.choice(world.VENDORS)
    buyer = c.staff('achat', 'rn')
    po = f"{r.choice(['BC', 'PO'])}-{digits(r, 8)}"
    inv = f"{r.choice(['FAC', 'INV'])}{digits(r, 7)}"
    items = r.sample([("Trousse de drainage thoracique 28 Fr", "Chest drain kit 28 Fr"), ("Attelle de traction fémorale", "Femoral traction splint"),
                      ("Collet cervical ajustable", "Adjustable cervical collar"), ("Garrot tactique", "Tactical tourniquet"),
                      ("Masque laryngé taille 4", "Laryngeal mask size 4"), ("Plaque verrouillée radius distal", "Distal radius locking plate"),
                      ("Ciment osseux 40 g", "Bone cement 40 g")], 3)
    rows = []
    total = 0
    for it in items:
        q, pu = r.randrange(2, 40), round(r.uniform(8, 900), 2)
        total += q * pu
        rows.append([digits(r, 6), it[0] if c.lang == 'fr' else it[1], q, f"{pu:.2f}", f"{q * pu:.2f}"])
    hdr = [c.t("Code", "Item"), "Description", c.t("Qté", "Qty"), c.t("Prix unit.", "Unit price"), "Total"]
    blocks = [c.greeting(buyer), c.t(f"Veuillez trouver ci-joint la facture {inv} relative au bon de commande {po}. Total : {total:.2f} $ (taxes en sus).",
                                     f"Please find invoice {inv} for purchase order {po}. Total: ${total:.2f} plus taxes."),
              c.t(f"Numéro de fournisseur : {digits(r, 6)}. Paiement net 30 jours.", f"Vendor number: {digits(r, 6)}. Net 30."),
              f"{c.t('Comptes recevables', 'Accounts receivable')}\n{v['name']}\n{world.phone(r)}"]
    atts = [att_pdf(f"{inv}.pdf", c.t(f"Facture {inv}", f"Invoice {inv}"), [f"PO {po}", v['name']], table=(hdr, rows))]
    c.notes.append("vendor invoice")
    return c.mail((v['name'], f"facturation@{v['dom']}"), [buyer], c.t(f"Facture {inv} – BC {po}", f"Invoice {inv} – PO {po}"), blocks, attachments=atts)
