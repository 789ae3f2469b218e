"""Negative templates, part B: ordinary administrative mail of a patient-flow office."""
import datetime

from stdnum import luhn

from gen_attach import csv_att, ics_att, pdf_att, vcf_att, xlsx_att, zip_att, make_csv
from gen_clin import UNITS, addr_of, closing, greet, inst, new_spec, org, sig
from gen_common import DOM, ORG_ADDR, ORG_PHONE, d_en, d_fr, fullwidth, phone


def luhn_serial(r, n):
    body = str(r.randint(1, 7)) + r.digits(n - 2)
    return body + luhn.calc_check_digit(body)


def n_schedule(ctx, lang, when):
    r = ctx.rng
    spec = new_spec('staff_schedule', lang, "bed coordinator shift schedule")
    spec.sender = addr_of(ctx.manager)
    spec.to = [("Coordination gestion des lits" if lang == 'fr' else "Bed coordination team", "coordo-lits@" + DOM)]
    staff = [ctx.flow, ctx.flow2] + [ctx.staff() for _ in range(4)]
    days = [when.date() + datetime.timedelta(days=i) for i in range(7)]
    hdr = ["Coordonnateur(trice)" if lang == 'fr' else "Coordinator"] + [d.strftime("%a %d") for d in days]
    rows = [[s.full] + [r.pick(["J 7-15", "S 15-23", "N 23-7", "-", "-", "Congé" if lang == 'fr' else "Off"]) for _ in days] for s in staff]
    if lang == 'fr':
        spec.subject = "Horaire coordination des lits - semaine du %s" % d_fr(days[0])
        spec.text = "%s\n\nVoici l'horaire. %s remplace %s le %s (formation ACLS).\n\n%s\n" % (
            greet('fr', r, "à tous"), staff[2].given, staff[1].given, d_fr(days[3]),
            sig(ctx, ctx.manager, 'fr', "Gestionnaire, trajectoire patient", ""))
    else:
        spec.subject = "Bed coordination schedule - week of %s" % d_en(days[0])
        spec.text = "%s\n\nSchedule attached. %s covers for %s on %s (ACLS course).\n\n%s\n" % (
            greet('en', r), staff[2].given, staff[1].given, d_en(days[3]), sig(ctx, ctx.manager, 'en', "", "Patient flow manager"))
    if r.chance(0.6):
        spec.attachments.append(xlsx_att("horaire.xlsx" if lang == 'fr' else "schedule.xlsx", [("S1", [hdr] + rows)]))
    else:
        spec.text = spec.text.rstrip("\n") + "\n\n" + "\n".join(" | ".join(x) for x in [hdr] + rows) + "\n"
    return spec


def n_leave(ctx, lang, when):
    r = ctx.rng
    emp = ctx.staff()
    spec = new_spec('hr_leave', lang, "staff leave approval")
    spec.sender = addr_of(ctx.manager)
    spec.to = [addr_of(emp)]
    spec.cc = [("Ressources humaines" if lang == 'fr' else "Human resources", "rh@" + DOM)]
    start = when.date() + datetime.timedelta(days=r.randint(20, 90))
    kind = r.pick([("vacances annuelles", "annual vacation"), ("congé de maternité", "maternity leave"),
                   ("congé sans solde", "unpaid leave"), ("congé parental", "parental leave")])
    if lang == 'fr':
        spec.subject = "Approbation - %s du %s" % (kind[0], d_fr(start))
        spec.text = ("%s\n\nTa demande de %s du %s au %s est approuvée. Les RH en sont informées; pense à "
                     "transférer tes dossiers de rapatriement en cours à %s.\n\n%s\n%s\n"
                     % (greet('fr', r, emp.given), kind[0], d_fr(start), d_fr(start + datetime.timedelta(days=r.randint(7, 120))),
                        ctx.flow.given, closing('fr', r), ctx.manager.full))
    else:
        spec.subject = "Approved - %s from %s" % (kind[1], d_en(start))
        spec.text = ("%s\n\nYour %s request from %s to %s is approved. HR has been informed; please hand over your "
                     "ongoing repatriation files to %s.\n\n%s\n%s\n"
                     % (greet('en', r, emp.given), kind[1], d_en(start), d_en(start + datetime.timedelta(days=r.randint(7, 120))),
                        ctx.flow.given, closing('en', r), ctx.manager.full))
    return spec


def n_baby(ctx, lang, when):
    r = ctx.rng
    mom = ctx.staff('F')
    spec = new_spec('staff_announcement', lang, "birth announcement of a colleague's baby")
    spec.sender = addr_of(ctx.agent)
    spec.to = [("Équipe trajectoire" if lang == 'fr' else "Patient flow team", "trajectoire@" + DOM)]
    baby = r.pick(["Léonie", "Arthur", "Florence", "Émile", "Rose", "Noah"])
    born = when.date() - datetime.timedelta(days=r.randint(1, 6))
    w = r.randint(2900, 4100)
    if lang == 'fr':
        spec.subject = "Bienvenue à %s!" % baby
        spec.text = ("%s\n\nNotre collègue %s a donné naissance à %s le %s (%d g). Maman et bébé vont très bien et "
                     "sont de retour à la maison. Une carte circule au bureau 1-118 pour les voeux.\n\n%s\n"
                     % (greet('fr', r, "à tous"), mom.full, baby, d_fr(born), w, ctx.agent.full))
    else:
        spec.subject = "Welcome baby %s!" % baby
        spec.text = ("%s\n\nOur colleague %s welcomed %s on %s (%d g). Mom and baby are doing great and are home. "
                     "A card is going around office 1-118.\n\n%s\n" % (greet('en', r), mom.full, baby, d_en(born), w, ctx.agent.full))
    spec.prefer = r.pick(['html', 'alt', None])
    return spec


def n_payroll(ctx, lang, when):
    r = ctx.rng
    emp = ctx.staff()
    spec = new_spec('payroll', lang, "payroll correction for escort overtime")
    spec.sender = ("Service de la paie" if lang == 'fr' else "Payroll", "paie@" + DOM)
    spec.to = [addr_of(emp)]
    spec.cc = [addr_of(ctx.manager)]
    eno = "%06d" % r.randint(100000, 999999)
    hrs = r.randint(3, 14)
    if lang == 'fr':
        spec.subject = "Correction de paie - période %d - matricule %s" % (r.randint(1, 26), eno)
        spec.text = ("%s\n\nLes %d heures d'escorte (transport aéromédical du %s) ont été payées à taux simple. "
                     "Correction à taux et demi sur la paie du %s. Montant brut ajusté : %.2f $.\n\n"
                     "Matricule : %s\nCentre de coûts : 6050-120 (gestion des lits)\n\n%s\n"
                     % (greet('fr', r, emp.given), hrs, d_fr(when.date() - datetime.timedelta(days=10)),
                        d_fr(when.date() + datetime.timedelta(days=9)), hrs * r.uniform(22, 31), eno,
                        sig(ctx, ctx.agent, 'fr', "Technicienne en administration - paie", "")))
    else:
        spec.subject = "Payroll correction - period %d - employee %s" % (r.randint(1, 26), eno)
        spec.text = ("%s\n\nYour %d escort hours (air transport on %s) were paid at straight time. Correction to "
                     "time-and-a-half on the %s pay. Adjusted gross: $%.2f.\n\nEmployee #: %s\nCost centre: 6050-120 "
                     "(bed management)\n\n%s\n" % (greet('en', r, emp.given), hrs, d_en(when.date() - datetime.timedelta(days=10)),
                                                    d_en(when.date() + datetime.timedelta(days=9)), hrs * r.uniform(22, 31), eno,
                                                    sig(ctx, ctx.agent, 'en', "", "Payroll technician")))
    return spec


def n_occ_health(ctx, lang, when):
    r = ctx.rng
    emp = ctx.staff()
    nurse = ctx.staff('F')
    spec = new_spec('occupational_health', lang, "employee occupational health follow-up")
    spec.sender = addr_of(nurse)
    spec.to = [addr_of(emp)]
    spec.cc = [addr_of(ctx.manager)]
    kind = r.pick(['needle', 'tb', 'flu', 'back'])
    if lang == 'fr':
        txt = {'needle': "Suite à ta piqûre d'aiguille lors du transport du %s, les prélèvements de base sont faits. "
                         "Rendez-vous de contrôle à 6 semaines au bureau de santé (local A-012).",
               'tb': "Ton test cutané (TCT) de dépistage annuel est à lire jeudi entre 8 h et 10 h. Sans lecture, "
                     "tu ne pourras pas faire d'escorte aéromédicale.",
               'flu': "Ton statut vaccinal influenza n'est pas à jour pour la saison. La clinique employés est ouverte "
                      "mardi et jeudi.",
               'back': "Ton retour progressif après ta blessure au dos (manipulation de civière, %s) est approuvé : "
                       "4 h/jour la première semaine, pas de transferts civière-lit."}[kind]
        if '%s' in txt:
            txt = txt % d_fr(when.date() - datetime.timedelta(days=r.randint(3, 40)))
        spec.subject = "Santé et sécurité au travail - suivi"
        spec.text = "%s\n\n%s\n\n%s\n%s\n" % (greet('fr', r, emp.given), txt, closing('fr', r),
                                              sig(ctx, nurse, 'fr', "Infirmière, santé et sécurité au travail", ""))
    else:
        txt = {'needle': "Following your needle-stick injury during the transport on %s, baseline bloodwork is done. "
                         "Follow-up at 6 weeks at employee health (room A-012).",
               'tb': "Your annual TB skin test must be read Thursday between 8 and 10. Without a reading you cannot "
                     "do air escorts.",
               'flu': "Your influenza vaccination status is not up to date for this season. The employee clinic is open "
                      "Tuesday and Thursday.",
               'back': "Your graduated return after your back injury (stretcher handling, %s) is approved: 4 h/day the "
                       "first week, no stretcher-to-bed transfers."}[kind]
        if '%s' in txt:
            txt = txt % d_en(when.date() - datetime.timedelta(days=r.randint(3, 40)))
        spec.subject = "Occupational health - follow-up"
        spec.text = "%s\n\n%s\n\n%s\n%s\n" % (greet('en', r, emp.given), txt, closing('en', r),
                                              sig(ctx, nurse, 'en', "", "Occupational health nurse"))
    return spec


def n_job(ctx, lang, when):
    r = ctx.rng
    spec = new_spec('job_posting', lang, "job posting in patient flow")
    spec.sender = ("Dotation" if lang == 'fr' else "Recruitment", "dotation@" + DOM)
    spec.to = [("Tout le personnel" if lang == 'fr' else "All staff", "tous@" + DOM)]
    job = r.pick([("Infirmière ou infirmier d'escorte aéromédicale", "Air medical escort nurse"),
                  ("Coordonnatrice ou coordonnateur de la gestion des lits (soir)", "Bed management coordinator (evenings)"),
                  ("Agente ou agent administratif - transferts", "Administrative agent - transfers"),
                  ("Travailleuse ou travailleur social - urgence", "Social worker - emergency")])
    no = "AFF-2025-%03d" % r.randint(1, 300)
    if lang == 'fr':
        spec.subject = "Affichage %s - %s" % (no, job[0])
        spec.text = ("Affichage interne %s\n\nTitre : %s\nStatut : temps complet permanent\nQuart : %s\n"
                     "Exigences : 3 ans d'expérience en soins critiques ou urgence, ACLS/PALS valides\n"
                     "Échelle salariale : 29,28 $ à 51,49 $/h\nDate limite : %s\n\nPostulez via le portail RH.\n"
                     % (no, job[0], r.pick(["jour", "soir", "rotation"]), d_fr(when.date() + datetime.timedelta(days=14))))
    else:
        spec.subject = "Posting %s - %s" % (no, job[1])
        spec.text = ("Internal posting %s\n\nTitle: %s\nStatus: full-time permanent\nShift: %s\nRequirements: 3 years "
                     "critical care or ED, valid ACLS/PALS\nPay scale: $29.28 to $51.49/h\nDeadline: %s\n\nApply through the HR portal.\n"
                     % (no, job[1], r.pick(["days", "evenings", "rotating"]), d_en(when.date() + datetime.timedelta(days=14))))
    spec.prefer = r.pick(['html', 'alt', 'plain'])
    return spec


def n_newsletter(ctx, lang, when):
    r = ctx.rng
    spec = new_spec('newsletter', lang, "patient-flow newsletter")
    spec.sender = ("Le Flux - bulletin" if lang == 'fr' else "The Flow newsletter", "bulletin@" + DOM)
    spec.to = [("Tout le personnel" if lang == 'fr' else "All staff", "tous@" + DOM)]
    a, b, c = ctx.staff('F'), ctx.staff('M'), ctx.staff()
    dr_ = ctx.staff()
    if lang == 'fr':
        items = ["<h2>Bravo à l'équipe du 4N</h2><p>Mme %s et son équipe ont réduit la durée moyenne de séjour de 0,8 jour "
                 "grâce aux congés avant 11 h.</p>" % a.full,
                 "<h2>Nouveau corridor AVC</h2><p>%s, neurologue, présentera le nouveau corridor de thrombectomie avec "
                 "l'%s le %s. Les patients atteints d'AVC ischémique aigu seront dirigés plus vite.</p>"
                 % (dr_.dr('fr'), inst('neuro')[0], d_fr(when.date() + datetime.timedelta(days=10))),
                 "<h2>Bienvenue</h2><p>Bienvenue à M. %s, nouveau coordonnateur de soir, et à %s, agente aux transferts.</p>" % (b.full, c.full),
                 "<h2>En chiffres</h2><p>%d transferts sortants en décembre, %d rapatriements, %d %% des demandes "
                 "acceptées en moins d'une heure.</p>" % (r.randint(60, 140), r.randint(20, 70), r.randint(55, 90))]
        title = "Le Flux - bulletin de la trajectoire patient, %s" % when.strftime("%m/%Y")
    else:
        items = ["<h2>Kudos to 4N</h2><p>Ms. %s and her team cut average length of stay by 0.8 days with discharges "
                 "before 11:00.</p>" % a.full,
                 "<h2>New stroke corridor</h2><p>%s, neurologist, will present the new thrombectomy corridor with %s on "
                 "%s. Patients with acute ischemic stroke will be routed faster.</p>"
                 % (dr_.dr('en'), inst('neuro')[0], d_en(when.date() + datetime.timedelta(days=10))),
                 "<h2>Welcome</h2><p>Welcome to Mr. %s, new evening coordinator, and %s, transfer clerk.</p>" % (b.full, c.full),
                 "<h2>By the numbers</h2><p>%d outbound transfers in December, %d repatriations, %d%% of requests "
                 "accepted within one hour.</p>" % (r.randint(60, 140), r.randint(20, 70), r.randint(55, 90))]
        title = "The Flow - patient flow newsletter, %s" % when.strftime("%m/%Y")
    r.shuffle(items)
    spec.subject = title
    spec.html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><style>h2{color:#1d4e89;"
                 "font-size:14pt}</style></head><body style='font-family:Arial'>\n<h1>%s</h1>\n%s\n<hr><p style='font-size:8pt'>"
                 "%s | %s | %s</p></body></html>\n" % (title, "\n".join(items), org(lang), ORG_ADDR, ORG_PHONE))
    spec.prefer = r.pick(['html', 'alt', 'alt'])
    return spec


def n_committee(ctx, lang, when):
    r = ctx.rng
    spec = new_spec('committee_notice', lang, "committee meeting notice with calendar invite")
    spec.sender = addr_of(ctx.agent)
    members = [ctx.manager, ctx.director, ctx.flow, ctx.staff(), ctx.staff()]
    spec.to = [addr_of(m) for m in members]
    start = datetime.datetime.combine(when.date() + datetime.timedelta(days=r.randint(3, 20)), datetime.time(r.pick([8, 10, 13, 14]), 0))
    if lang == 'fr':
        title = "Comité de gestion des lits et de la trajectoire"
        spec.subject = "Convocation - %s, %s" % (title, d_fr(start.date()))
        agenda = "1. Adoption du CR\n2. Indicateurs DMS et NSA\n3. Entente de rapatriement CHU\n4. Plan hivernal\n5. Varia"
        spec.text = "%s\n\nVous êtes convoqués au %s. Ordre du jour :\n%s\n\nSalle du conseil (A-300) ou Teams.\n\n%s\n" % (
            greet('fr', r), title, agenda, sig(ctx, ctx.agent, 'fr', "Agente administrative", ""))
    else:
        title = "Bed management and patient flow committee"
        spec.subject = "Notice - %s, %s" % (title, d_en(start.date()))
        agenda = "1. Minutes\n2. LOS and ALC indicators\n3. Repatriation agreement\n4. Winter plan\n5. Other business"
        spec.text = "%s\n\nYou are invited to the %s. Agenda:\n%s\n\nBoard room (A-300) or Teams.\n\n%s\n" % (
            greet('en', r), title, agenda, sig(ctx, ctx.agent, 'en', "", "Admin agent"))
    spec.attachments.append(ics_att("invitation.ics", "com-%d@%s" % (r.randint(1000, 9999), DOM), start,
                                    start + datetime.timedelta(hours=1, minutes=30), title, "A-300", agenda,
                                    addr_of(ctx.agent), [addr_of(m) for m in members]))
    return spec


def n_invoice(ctx, lang, when):
    r = ctx.rng
    k = r.pick(['amb', 'air', 'vendor3'])
    vname, vdom = inst(k)
    spec = new_spec('invoice', lang, "supplier invoice for transport services")
    spec.sender = ("Comptes clients - " + vname if lang == 'fr' else "Accounts receivable - " + vname, "facturation@" + vdom)
    spec.to = [("Comptes fournisseurs" if lang == 'fr' else "Accounts payable", "comptes-fournisseurs@" + DOM)]
    no = "F-%d" % r.randint(200000, 299999)
    client = "%d" % r.randint(10000, 99999)
    if k == 'vendor3':
        items = [("Licence FluxLits - 120 utilisateurs", "FluxLits licence - 120 users", 1, 18400.00),
                 ("Module tableau de bord des lits", "Bed board module", 1, 4200.00), ("Soutien 24/7 (annuel)", "24/7 support (annual)", 1, 6100.00)]
    elif k == 'air':
        items = [("Heures de vol Challenger", "Challenger flight hours", r.randint(20, 60), 3850.00),
                 ("Frais d'attente au sol", "Ground standby fees", r.randint(2, 9), 410.00)]
    else:
        items = [("Transports interétablissements (relevé joint)", "Interfacility transports (statement attached)", r.randint(40, 140), 385.00),
                 ("Kilométrage excédentaire", "Excess mileage", r.randint(500, 4000), 2.15),
                 ("Escorte paramédicale avancée", "Advanced paramedic escort", r.randint(2, 12), 220.00)]
    sub = sum(q * p for _, _, q, p in items)
    lines = []
    for fr, en, q, p in items:
        lines.append("%-52s %6d x %10.2f = %12.2f" % (fr if lang == 'fr' else en, q, p, q * p))
    tps, tvq = sub * 0.05, sub * 0.09975
    head = ["%s %s" % ("Facture no" if lang == 'fr' else "Invoice #", no), "%s %s" % ("No client :" if lang == 'fr' else "Customer #:", client),
            "%s %s" % ("Date :" if lang == 'fr' else "Date:", when.date().isoformat()),
            "TPS/GST 81234 5678 RT0001 - TVQ/QST 1219876543 TQ0001", ""]
    tail = ["", "%s %12.2f" % ("Sous-total :" if lang == 'fr' else "Subtotal:", sub), "TPS/GST 5 %%: %12.2f" % tps,
            "TVQ/QST 9,975 %%: %12.2f" % tvq, "%s %12.2f" % ("Total :" if lang == 'fr' else "Total:", sub + tps + tvq),
            ("Payable net 30 jours" if lang == 'fr' else "Net 30")]
    doc = head + lines + tail
    spec.subject = ("Facture %s - %s" if lang == 'fr' else "Invoice %s - %s") % (no, vname)
    spec.text = ("%s\n\nVeuillez trouver ci-joint la facture %s (%.2f $ taxes incluses).\n\n%s\n" if lang == 'fr' else
                 "%s\n\nPlease find attached invoice %s ($%.2f incl. taxes).\n\n%s\n") % (
        greet(lang, r), no, sub + tps + tvq, "%s\n%s\n%s" % (vname, "Tél. : " + phone(r), "facturation@" + vdom))
    spec.attachments.append(pdf_att("%s.pdf" % no, ("Facture" if lang == 'fr' else "Invoice") + " " + no, doc, header=vname))
    return spec


def n_purchase_order(ctx, lang, when):
    r = ctx.rng
    vname, vdom = inst(r.pick(['vendor1', 'vendor2']))
    spec = new_spec('purchase_order', lang, "purchase order for transport equipment")
    buyer = ctx.staff()
    spec.sender = addr_of(buyer)
    spec.to = [("Ventes - " + vname, "ventes@" + vdom)]
    po = "BC-%07d" % r.randint(1000000, 9999999)
    items = [("Civière de transport bariatrique", "Bariatric transport stretcher", "CT-880B", r.randint(1, 3), 11890.0),
             ("Moniteur de transport multiparamètres", "Multiparameter transport monitor", "MT-5200", r.randint(1, 4), 8420.0),
             ("Pousse-seringue de transport", "Transport syringe pump", "PS-120", r.randint(2, 8), 2310.0),
             ("Matelas immobilisateur à dépression", "Vacuum mattress", "VM-40", r.randint(1, 4), 960.0)]
    sel = r.sample(items, 3)
    hdr = ["Article", "Code", "Qté", "Prix unitaire", "Total"] if lang == 'fr' else ["Item", "Code", "Qty", "Unit price", "Total"]
    rows = [[fr if lang == 'fr' else en, code, q, p, round(q * p, 2)] for fr, en, code, q, p in sel]
    spec.subject = ("Bon de commande %s" if lang == 'fr' else "Purchase order %s") % po
    spec.text = ("%s\n\nCi-joint le bon de commande %s. Livraison au quai de réception, %s. Référence budgétaire : "
                 "projet hivernal 2025.\n\n%s\n" if lang == 'fr' else
                 "%s\n\nAttached is purchase order %s. Deliver to receiving dock, %s. Budget reference: winter project 2025.\n\n%s\n") % (
        greet(lang, r), po, ORG_ADDR, sig(ctx, buyer, lang, "Acheteur, approvisionnement", "Buyer, procurement"))
    spec.attachments.append(xlsx_att("%s.xlsx" % po, [("BC" if lang == 'fr' else "PO", [hdr] + rows)]))
    return spec


def n_inventory(ctx, lang, when):
    r = ctx.rng
    spec = new_spec('equipment_inventory', lang, "transport equipment inventory with serial numbers")
    bio = ctx.staff()
    spec.sender = addr_of(bio)
    spec.to = [addr_of(ctx.manager)]
    hdr = (["Équipement", "No de série", "No d'actif", "Emplacement", "Prochain entretien"] if lang == 'fr'
           else ["Equipment", "Serial #", "Asset #", "Location", "Next maintenance"])
    names = [("Moniteur de transport", "Transport monitor"), ("Ventilateur de transport", "Transport ventilator"),
             ("Pompe volumétrique", "Volumetric pump"), ("Incubateur de transport", "Transport incubator"),
             ("Défibrillateur", "Defibrillator"), ("Civière électrique", "Powered stretcher")]
    rows = []
    for i in range(r.randint(6, 10)):
        nm = r.pick(names)
        sn = luhn_serial(r, 9) if r.chance(0.5) else "%s-%s" % (r.pick(["SN", "MX", "VT"]), luhn_serial(r, 10))
        if r.chance(0.15):
            sn = fullwidth(sn)
        rows.append([nm[0] if lang == 'fr' else nm[1], sn, luhn_serial(r, 10), r.pick(UNITS + ["Urgence", "Quai ambulance"]),
                     (when.date() + datetime.timedelta(days=r.randint(10, 300))).isoformat()])
    if lang == 'fr':
        spec.subject = "Inventaire de l'équipement de transport - génie biomédical"
        spec.text = "%s\n\nInventaire à jour de l'équipement de transport (%d items). Deux moniteurs sont dus pour l'entretien préventif.\n\n%s\n" % (
            greet('fr', r), len(rows), sig(ctx, bio, 'fr', "Technicien en génie biomédical", ""))
    else:
        spec.subject = "Transport equipment inventory - biomedical engineering"
        spec.text = "%s\n\nUpdated transport equipment inventory (%d items). Two monitors are due for preventive maintenance.\n\n%s\n" % (
            greet('en', r), len(rows), sig(ctx, bio, 'en', "", "Biomedical technician"))
    mode = r.pick(['csv', 'xlsx', 'body'])
    if mode == 'csv':
        spec.attachments.append(csv_att("inventaire.csv" if lang == 'fr' else "inventory.csv", [hdr] + rows))
    elif mode == 'xlsx':
        spec.attachments.append(xlsx_att("inventaire.xlsx" if lang == 'fr' else "inventory.xlsx", [("Inv", [hdr] + rows)]))
    else:
        spec.text = spec.text.rstrip("\n") + "\n\n" + "\n".join("; ".join(x) for x in [hdr] + rows) + "\n"
    return spec


def n_it(ctx, lang, when):
    r = ctx.rng
    spec = new_spec('it_notice', lang, "IT maintenance notice for bed board software")
    spec.sender = ("Centre de services TI" if lang == 'fr' else "IT service desk", "ti@" + DOM)
    spec.to = [("Utilisateurs FluxLits" if lang == 'fr' else "FluxLits users", "fluxlits-users@" + DOM)]
    start = when + datetime.timedelta(days=r.randint(1, 6))
    kind = r.pick(['maint', 'pwd', 'screens'])
    if lang == 'fr':
        txt = {'maint': "Le logiciel FluxLits (tableau des lits) sera indisponible le %s de 1 h à 4 h pour la mise à "
                        "niveau 4.3. Procédure dégradée : tableau papier au bureau de la coordination, poste 2200." % d_fr(start.date()),
               'pwd': "Votre mot de passe réseau expire dans 5 jours. Ne répondez jamais à un courriel vous demandant "
                      "votre mot de passe. Billet de référence : INC%07d." % r.randint(1000000, 9999999),
               'screens': "Les nouveaux écrans du tableau des lits seront installés à l'urgence et au 4N le %s. "
                          "Adresse IP réservée 10.12.40.%d (VLAN clinique)." % (d_fr(start.date()), r.randint(10, 250))}[kind]
        spec.subject = "Avis TI - %s" % {'maint': "maintenance FluxLits", 'pwd': "expiration du mot de passe", 'screens': "écrans tableau des lits"}[kind]
        spec.text = "%s\n\n%s\n\nCentre de services TI - poste 4357\n" % (greet('fr', r), txt)
    else:
        txt = {'maint': "FluxLits (bed board) will be unavailable on %s from 01:00 to 04:00 for the 4.3 upgrade. "
                        "Downtime procedure: paper board at the coordination office, ext. 2200." % d_en(start.date()),
               'pwd': "Your network password expires in 5 days. Never reply to an e-mail asking for your password. "
                      "Ticket: INC%07d." % r.randint(1000000, 9999999),
               'screens': "New bed board screens will be installed in the ED and on 4N on %s. Reserved IP "
                          "10.12.40.%d (clinical VLAN)." % (d_en(start.date()), r.randint(10, 250))}[kind]
        spec.subject = "IT notice - %s" % {'maint': "FluxLits maintenance", 'pwd': "password expiry", 'screens': "bed board screens"}[kind]
        spec.text = "%s\n\n%s\n\nIT service desk - ext. 4357\n" % (greet('en', r), txt)
    return spec


def n_facilities(ctx, lang, when):
    r = ctx.rng
    spec = new_spec('facilities_notice', lang, "facilities notice affecting transfers")
    tech = ctx.staff()
    spec.sender = ("Services techniques" if lang == 'fr' else "Facilities", "services-techniques@" + DOM)
    spec.to = [addr_of(ctx.flow), ("Urgence HRVA", "urgence@" + DOM)]
    kind = r.pick(['elev', 'heli', 'hvac', 'dock'])
    d = when.date() + datetime.timedelta(days=r.randint(1, 7))
    if lang == 'fr':
        txt = {'elev': "L'ascenseur civière no 3 sera hors service le %s (remplacement du câble). Utiliser l'ascenseur 5." % d_fr(d),
               'heli': "L'héliport sera fermé le %s de 7 h à 12 h pour l'inspection annuelle; les hélicoptères se poseront à l'aéroport CVA9." % d_fr(d),
               'hvac': "Travaux de ventilation au 4N le %s : les chambres 4N-10 à 4N-16 (pression négative) seront indisponibles." % d_fr(d),
               'dock': "Le débarcadère ambulancier sera asphalté le %s; les ambulances utiliseront l'entrée de l'urgence pédiatrique." % d_fr(d)}[kind]
        spec.subject = "Avis des services techniques - %s" % d_fr(d)
        spec.text = "%s\n\n%s\n\n%s\nServices techniques, poste 3100\n" % (greet('fr', r), txt, tech.full)
    else:
        txt = {'elev': "Stretcher elevator #3 will be out of service on %s (cable replacement). Use elevator 5." % d_en(d),
               'heli': "The helipad will be closed on %s 07:00-12:00 for annual inspection; helicopters will land at CVA9 airport." % d_en(d),
               'hvac': "Ventilation work on 4N on %s: rooms 4N-10 to 4N-16 (negative pressure) will be unavailable." % d_en(d),
               'dock': "The ambulance bay will be repaved on %s; ambulances will use the paediatric ED entrance." % d_en(d)}[kind]
        spec.subject = "Facilities notice - %s" % d_en(d)
        spec.text = "%s\n\n%s\n\n%s\nFacilities, ext. 3100\n" % (greet('en', r), txt, tech.full)
    return spec


def n_shortage(ctx, lang, when):
    r = ctx.rng
    ph = ctx.staff()
    spec = new_spec('drug_shortage', lang, "drug shortage notice")
    spec.sender = addr_of(ph)
    spec.to = [("Médecins et pharmaciens" if lang == 'fr' else "Physicians and pharmacists", "md-pharm@" + DOM)]
    drug = r.pick([("ténectéplase (TNKase)", "tenecteplase (TNKase)", "altéplase selon protocole", "alteplase per protocol"),
                   ("octréotide injectable", "octreotide injection", "vasopressine en remplacement", "vasopressin as substitute"),
                   ("labétalol IV", "IV labetalol", "esmolol ou hydralazine", "esmolol or hydralazine"),
                   ("ceftriaxone 1 g", "ceftriaxone 1 g", "céfotaxime", "cefotaxime")])
    if lang == 'fr':
        spec.subject = "Rupture d'approvisionnement - %s" % drug[0]
        spec.text = ("%s\n\nLe fournisseur nous avise d'une rupture de %s jusqu'à la fin février. Alternative : %s. "
                     "Les patients déjà sous traitement ne sont pas touchés. Stock actuel : 6 fioles, réservé à l'urgence "
                     "et aux transferts aéromédicaux.\n\n%s\n" % (greet('fr', r), drug[0], drug[2],
                                                                sig(ctx, ph, 'fr', "Pharmacien, chef adjoint", "")))
    else:
        spec.subject = "Drug shortage - %s" % drug[1]
        spec.text = ("%s\n\nThe supplier reports a shortage of %s until the end of February. Alternative: %s. Patients "
                     "already on treatment are not affected. Current stock: 6 vials, reserved for the ED and air "
                     "transfers.\n\n%s\n" % (greet('en', r), drug[1], drug[3], sig(ctx, ph, 'en', "", "Assistant chief pharmacist")))
    return spec


def n_training(ctx, lang, when):
    r = ctx.rng
    spec = new_spec('training_roster', lang, "training session roster for staff")
    spec.sender = addr_of(ctx.agent)
    spec.to = [("Équipe trajectoire" if lang == 'fr' else "Patient flow team", "trajectoire@" + DOM)]
    d = when.date() + datetime.timedelta(days=r.randint(5, 30))
    people = [ctx.staff() for _ in range(r.randint(5, 9))]
    course = r.pick([("Transport du patient critique (TPC)", "Critical patient transport"), ("PALS", "PALS"),
                     ("Sécurité en vol - module hiver", "Flight safety - winter module")])
    rows = [[p.full, p.email(), r.pick(["Urgence", "USI", "Coordination"])] for p in people]
    if lang == 'fr':
        spec.subject = "Formation %s - liste des inscrits %s" % (course[0], d_fr(d))
        spec.text = "%s\n\nVoici les inscrits à la formation %s du %s (salle C-105, 8 h 30 à 16 h) :\n\n%s\n\nApportez votre carte d'employé.\n%s\n" % (
            greet('fr', r), course[0], d_fr(d), "\n".join(" - ".join(x) for x in rows), ctx.agent.full)
    else:
        spec.subject = "%s course - registrants %s" % (course[1], d_en(d))
        spec.text = "%s\n\nRegistrants for the %s course on %s (room C-105, 08:30-16:00):\n\n%s\n\nBring your staff ID.\n%s\n" % (
            greet('en', r), course[1], d_en(d), "\n".join(" - ".join(x) for x in rows), ctx.agent.full)
    return spec


def n_staff_vcard(ctx, lang, when):
    r = ctx.rng
    s = ctx.staff()
    spec = new_spec('staff_contact', lang, "new coordinator's business card")
    spec.sender = addr_of(s)
    spec.to = [("Partenaires transferts" if lang == 'fr' else "Transfer partners", "partenaires-transferts@" + DOM)]
    spec.attachments.append(vcf_att("%s.vcf" % s.email().split('@')[0], s.full, "%s;%s;;;" % (s.surname, s.given),
                                    tels=[("WORK", "%s poste %d" % (ORG_PHONE, r.randint(2200, 2299)))],
                                    adr=("WORK", "1450 boulevard du Carrefour;Val-des-Aulnes;QC;J0Z 3K0;Canada"),
                                    org=org(lang), email=s.email(),
                                    title="Coordonnateur(trice) des transferts" if lang == 'fr' else "Transfer coordinator"))
    if lang == 'fr':
        spec.subject = "Nouvelle coordonnatrice/nouveau coordonnateur des transferts"
        spec.text = "%s\n\nJe me joins à l'équipe de la gestion des lits à compter de lundi. Ma carte de visite est jointe.\n\n%s\n" % (
            greet('fr', r), sig(ctx, s, 'fr', "Coordination des transferts", ""))
    else:
        spec.subject = "New transfer coordinator"
        spec.text = "%s\n\nI am joining the bed management team on Monday. My business card is attached.\n\n%s\n" % (
            greet('en', r), sig(ctx, s, 'en', "", "Transfer coordination"))
    return spec


def n_retirement(ctx, lang, when):
    r = ctx.rng
    s = ctx.staff()
    spec = new_spec('social_event', lang, "retirement party invitation for a colleague")
    spec.sender = addr_of(ctx.agent)
    spec.to = [("Tout le personnel" if lang == 'fr' else "All staff", "tous@" + DOM)]
    d = when.date() + datetime.timedelta(days=r.randint(10, 30))
    yrs = r.randint(25, 38)
    if lang == 'fr':
        spec.subject = "5 à 7 - départ à la retraite de %s" % s.full
        spec.text = ("%s\n\nAprès %d ans, dont 12 à la coordination des transferts, %s prend sa retraite! "
                     "Joignez-vous à nous le %s à 17 h à la cafétéria. Contribution pour le cadeau : 10 $ auprès de %s.\n\n%s\n"
                     % (greet('fr', r, "à tous"), yrs, s.full, d_fr(d), ctx.agent.given, ctx.agent.full))
    else:
        spec.subject = "Retirement party for %s" % s.full
        spec.text = ("%s\n\nAfter %d years, 12 of them in transfer coordination, %s is retiring! Join us on %s at 17:00 "
                     "in the cafeteria. Gift contribution: $10 to %s.\n\n%s\n" % (greet('en', r), yrs, s.full, d_en(d),
                                                                                  ctx.agent.given, ctx.agent.full))
    spec.prefer = r.pick(['html', 'alt', None])
    return spec


def n_mileage(ctx, lang, when):
    r = ctx.rng
    s = ctx.staff('F')
    spec = new_spec('expense_claim', lang, "escort nurse travel expense claim")
    spec.sender = addr_of(s)
    spec.to = [("Comptes à payer" if lang == 'fr' else "Accounts payable", "comptes-fournisseurs@" + DOM)]
    spec.cc = [addr_of(ctx.manager)]
    km = r.randint(120, 780)
    rows = [["Date", "Trajet" if lang == 'fr' else "Route", "Km", "Repas" if lang == 'fr' else "Meals", "Taxi"],
            [(when.date() - datetime.timedelta(days=4)).isoformat(), "%s -> %s" % (inst('chu')[0], "HRVA"), km, "24.50", "0"],
            [(when.date() - datetime.timedelta(days=4)).isoformat(), "Aéroport CVA9 -> HRVA", 8, "0", "31.75"]]
    if lang == 'fr':
        spec.subject = "Réclamation de frais - retour d'escorte du %s" % (when.date() - datetime.timedelta(days=4)).strftime("%d/%m")
        spec.text = ("%s\n\nCi-joint ma réclamation pour le retour après l'escorte (retour en voiture de location, %d km). "
                     "Reçus numérisés dans le ZIP.\n\n%s\n" % (greet('fr', r), km, sig(ctx, s, 'fr', "Infirmière d'escorte", "")))
    else:
        spec.subject = "Expense claim - escort return on %s" % (when.date() - datetime.timedelta(days=4)).strftime("%m/%d")
        spec.text = ("%s\n\nAttached is my claim for the return trip after the escort (rental car, %d km). Scanned "
                     "receipts in the ZIP.\n\n%s\n" % (greet('en', r), km, sig(ctx, s, 'en', "", "Escort nurse")))
    members = [("reclamation.csv" if lang == 'fr' else "claim.csv", make_csv([[str(c) for c in x] for x in rows])),
               ("recus.txt" if lang == 'fr' else "receipts.txt",
                "Location Auto-Nord #%d  %.2f $\nTaxi Aulnes #%d  31.75 $\n" % (r.randint(1000, 9999), r.uniform(80, 210), r.randint(100, 999)))]
    spec.attachments.append(zip_att("frais_%s.zip" % s.surname.lower().replace(' ', '') if lang == 'fr' else "expenses.zip", members))
    return spec


def n_new_hire(ctx, lang, when):
    r = ctx.rng
    s = ctx.staff()
    spec = new_spec('hr_onboarding', lang, "new employee onboarding details (staff birth date)")
    spec.sender = ("Ressources humaines" if lang == 'fr' else "Human resources", "rh@" + DOM)
    spec.to = [addr_of(ctx.manager), ("Sécurité - cartes d'accès" if lang == 'fr' else "Security - badges", "securite@" + DOM)]
    dob = datetime.date(r.randint(1968, 2001), r.randint(1, 12), r.randint(1, 28))
    start = when.date() + datetime.timedelta(days=r.randint(7, 21))
    eno = "%06d" % r.randint(100000, 999999)
    if lang == 'fr':
        spec.subject = "Accueil nouvel employé - %s - début %s" % (s.full, d_fr(start))
        spec.text = ("%s\n\nNouvelle embauche à la trajectoire patient :\nNom : %s\nMatricule : %s\nDate de naissance "
                     "(carte d'accès) : %s\nTitre : agent(e) administratif(ve) classe 2\nDébut : %s\nAccès requis : FluxLits, "
                     "portes A-100 et stationnement P3.\n\n%s\n" % (greet('fr', r), s.full, eno, dob.isoformat(), d_fr(start),
                                                                     sig(ctx, ctx.agent, 'fr', "Conseillère RH", "")))
    else:
        spec.subject = "New employee onboarding - %s - starting %s" % (s.full, d_en(start))
        spec.text = ("%s\n\nNew hire in patient flow:\nName: %s\nEmployee #: %s\nDate of birth (badge): %s\nTitle: admin "
                     "agent class 2\nStart: %s\nAccess required: FluxLits, doors A-100 and parking P3.\n\n%s\n"
                     % (greet('en', r), s.full, eno, dob.isoformat(), d_en(start), sig(ctx, ctx.agent, 'en', "", "HR advisor")))
    return spec


def n_vendor_quote(ctx, lang, when):
    r = ctx.rng
    vname, vdom = inst('vendor3')
    rep = ctx.staff()
    spec = new_spec('vendor_quote', lang, "software vendor quote and demo invitation")
    spec.sender = (rep.full, rep.email(vdom))
    spec.to = [addr_of(ctx.manager)]
    q = "SOUM-%d" % r.randint(10000, 99999)
    if lang == 'fr':
        spec.subject = "Soumission %s - module de prédiction des congés" % q
        spec.text = ("%s\n\nTel que discuté, voici notre soumission pour le module de prédiction des congés de FluxLits : "
                     "licence annuelle 24 500 $, implantation 12 000 $. Une démonstration (données fictives) est possible "
                     "le %s.\n\n%s\n" % (greet('fr', r), d_fr(when.date() + datetime.timedelta(days=9)),
                                          sig(ctx, rep, 'fr', "Directeur de comptes", "", 'vendor3')))
    else:
        spec.subject = "Quote %s - discharge prediction module" % q
        spec.text = ("%s\n\nAs discussed, our quote for the FluxLits discharge prediction module: annual licence $24,500, "
                     "implementation $12,000. A demo (synthetic data) is possible on %s.\n\n%s\n"
                     % (greet('en', r), d_en(when.date() + datetime.timedelta(days=9)), sig(ctx, rep, 'en', "", "Account manager", 'vendor3')))
    if r.chance(0.5):
        spec.attachments.append(pdf_att("%s.pdf" % q, "Soumission %s" % q if lang == 'fr' else "Quote %s" % q,
                                        ["Licence annuelle : 24 500,00 $" if lang == 'fr' else "Annual licence: $24,500.00",
                                         "Implantation : 12 000,00 $" if lang == 'fr' else "Implementation: $12,000.00",
                                         "Validité : 60 jours" if lang == 'fr' else "Valid: 60 days"], header=vname))
    return spec
