"""Negative templates, part A: volunteers, equipment, purchasing, newsletters, committees, conferences,
job postings, HR, occupational health, mileage, IT, facilities, statistics."""
import datetime as dt

import gen_common as C
from stdnum import luhn
from gen_tpl import (Spec, csv_att, docx_att, eml_att, hello, html_table, ics_att, pair, pdf_att, text_table,
                     thanks, xlsx_att)


def luhn_serial(c, n):
    base = str(c.rng.randint(1, 9)) + "".join(str(c.rng.randint(0, 9)) for _ in range(n - 2))
    return base + luhn.calc_check_digit(base)


def nam_like_tag(c):
    """asset tags shaped like a health card number (4 letters + 8 digits), never one of the NAM list"""
    pre = c.pick(["LITS", "LEVE", "CADD", "OXYG", "FAUT", "MATE"])
    return f"{pre} {c.rng.randint(1000, 9999)} {c.rng.randint(1000, 9999)}"


def vol_schedule(c):
    vc = c.staff("vol")
    vols = [c.staff("aux") for _ in range(c.rng.randint(5, 8))]
    days = [c.day(i) for i in range(1, 8)]
    rows = []
    for v in vols:
        d = c.pick(days)
        v.d = d
        rows.append([C.fmt_day(d, c.lang), c.pick(["9 h – 12 h", "13 h – 16 h", "18 h – 21 h"]) if c.fr else
                     c.pick(["9-12", "1-4 p.m.", "6-9 p.m."]), f"{v.given} {v.surname}",
                     c.pick(["Maison La Traversée – accueil", "Accompagnement téléphonique", "Halte-répit", "Cuisine"]) if c.fr else
                     c.pick(["Hospice front desk", "Phone companionship", "Respite drop-in", "Kitchen"]), c.phone()])
    order = sorted(range(len(rows)), key=lambda i: (vols[i].d, rows[i][1]))
    rows = [rows[i] for i in order]
    head = c.t(["Jour", "Quart", "Bénévole", "Poste", "Cellulaire"], ["Day", "Shift", "Volunteer", "Post", "Cell"])
    intro = c.t("Voici l'horaire des bénévoles pour la semaine prochaine. Merci de m'aviser de tout échange de quart.",
                "Here is next week's volunteer schedule. Please let me know about any shift swaps.")
    fmt = c.pick(["xlsx", "html", "csv", "text"])
    atts, html, body = [], None, None
    if fmt == "xlsx":
        atts = [xlsx_att(c, c.t("horaire_benevoles.xlsx", "volunteer_schedule.xlsx"), [(c.t("Semaine", "Week"), [head] + rows)])]
        body = f"{hello(c, generic=True)}\n\n{intro}\n\n{c.sig(vc)}"
    elif fmt == "csv":
        atts = [csv_att(c, c.t("horaire.csv", "schedule.csv"), [head] + rows)]
        body = f"{hello(c, generic=True)}\n\n{intro}\n\n{c.sig(vc)}"
    elif fmt == "html":
        html = html_table(head, rows, intro, c.sig(vc))
    else:
        body = f"{hello(c, generic=True)}\n\n{intro}\n\n{text_table(head, rows)}\n\n{c.sig(vc)}"
    return Spec(sender=pair(vc, c.lang), to=[(c.t("Bénévoles", "Volunteers"), f"benevoles@{C.VOL_ORG[1]}")],
                subject=c.t("Horaire des bénévoles – semaine prochaine", "Volunteer schedule - next week"),
                text=body, html=html, atts=atts, cat="volunteer_schedule",
                note=c.t("horaire des bénévoles", "volunteer schedule"))


def vol_training(c):
    vc = c.staff("vol")
    md = c.staff("md")
    md2 = c.staff("md")
    sp = c.staff("spirit")
    day = c.day(c.rng.randint(10, 30))
    if c.fr:
        body = (f"Bonjour à toutes et à tous,\n\nLa prochaine formation des bénévoles aura lieu le {C.fmt_day(day, 'fr')}, "
                f"de 9 h à 15 h, à la salle communautaire du {c.site[0]}.\n\nAu programme :\n"
                f"- « Comprendre la SLA, la MPOC et le cancer avancé » — {md.dr('fr')}\n"
                f"- « Accompagner le délirium et l'agitation en fin de vie » — {md2.dr('fr')}\n"
                f"- « Le deuil chez les proches » — {sp.given} {sp.surname}, {sp.role('fr')}\n"
                "- Confidentialité et limites du rôle du bénévole\n\nDîner fourni. Inscription avant le vendredi.\n\n" + c.sig(vc))
        subj = "Formation des bénévoles – inscription"
    else:
        body = (f"Hello everyone,\n\nThe next volunteer training day is {C.fmt_day(day, 'en')}, 9 a.m. to 3 p.m., "
                f"in the community room at {c.site[0]}.\n\nProgramme:\n"
                f"- \"Understanding ALS, COPD and advanced cancer\" - {md.dr('en')}\n"
                f"- \"Delirium and agitation at the end of life\" - {md2.dr('en')}\n"
                f"- \"Grief in families\" - {sp.given} {sp.surname}, {sp.role('en')}\n"
                "- Confidentiality and the limits of the volunteer role\n\nLunch provided. Register by Friday.\n\n" + c.sig(vc))
        subj = "Volunteer training - registration"
    return Spec(sender=pair(vc, c.lang), to=[(c.t("Bénévoles", "Volunteers"), f"benevoles@{C.VOL_ORG[1]}")],
                subject=subj, text=body, cat="volunteer_training", note=c.t("formation des bénévoles", "volunteer training notice"))


EQ = [("Lit électrique Hi-Lo 3 fonctions", "Hi-Lo 3-function electric bed"), ("Lève-personne mobile 205 kg", "Mobile lift 205 kg"),
      ("Matelas à air alterné", "Alternating air mattress"), ("Concentrateur O2 5 L", "O2 concentrator 5 L"),
      ("Pompe CADD-Legacy PCA", "CADD-Legacy PCA pump"), ("Fauteuil roulant inclinable", "Tilt wheelchair"),
      ("Lève-personne sur rail", "Ceiling lift")]


def equip_inventory(c):
    tech = c.staff("equip")
    mgr = c.staff("mgr")
    rows = []
    for _ in range(c.rng.randint(6, 12)):
        it = c.pick(EQ)
        serial = luhn_serial(c, c.pick([9, 10, 12]))
        tag = nam_like_tag(c) if c.chance(0.3) else f"AC-{c.rng.randint(100000, 999999)}"
        status = c.pick(["En dépôt", "Prêté", "En réparation", "À désinfecter"]) if c.fr else \
            c.pick(["In depot", "On loan", "In repair", "To disinfect"])
        rows.append([it[0 if c.fr else 1], serial, tag, status, c.pick(["Dépôt Nord", "Dépôt Lac", "CLSC"]) if c.fr else
                     c.pick(["North depot", "Lake depot", "CLSC"]), c.day(c.rng.randint(20, 200)).isoformat()])
    head = c.t(["Équipement", "No de série", "No d'actif", "Statut", "Emplacement", "Entretien prévu"],
               ["Equipment", "Serial no.", "Asset no.", "Status", "Location", "Next maintenance"])
    onloan = sum(1 for r in rows if r[3] in ("Prêté", "On loan"))
    intro = c.t(f"Inventaire du parc d'équipement au {c.fday(0, 1)} : {len(rows)} articles, dont {onloan} en prêt.",
                f"Equipment fleet inventory as of {c.fday(0, 1)}: {len(rows)} items, {onloan} on loan.")
    if c.chance(0.5):
        atts = [xlsx_att(c, c.t("inventaire_equipement.xlsx", "equipment_inventory.xlsx"), [(c.t("Inventaire", "Inventory"), [head] + rows)])]
        return Spec(sender=pair(tech, c.lang), to=[pair(mgr, c.lang)], subject=c.t("Inventaire équipement – mise à jour", "Equipment inventory update"),
                    text=f"{hello(c, mgr)}\n\n{intro}\n\n{c.sig(tech)}", atts=atts, cat="equipment_inventory",
                    note=c.t("inventaire des lits et lève-personnes", "bed and lift inventory"))
    return Spec(sender=pair(tech, c.lang), to=[pair(mgr, c.lang)], subject=c.t("Inventaire équipement", "Equipment inventory"),
                text=f"{hello(c, mgr)}\n\n{intro}\n\n{text_table(head, rows)}\n\n{c.sig(tech)}",
                html=html_table(head, rows, intro, c.sig(tech)) if c.chance(0.5) else None,
                cat="equipment_inventory", note=c.t("inventaire des lits et lève-personnes", "bed and lift inventory"))


def purchase_order(c):
    buyer = c.staff("buyer")
    vendor = c.pick([C.VENDOR, C.VENDOR2])
    po = f"BC-{c.when.year}-{c.rng.randint(10000, 99999)}"
    items = c.sample(EQ, 3)
    lines = []
    total = 0
    for it in items:
        q = c.rng.randint(1, 6)
        pu = c.rng.randint(380, 6400)
        total += q * pu
        lines.append([it[0 if c.fr else 1], q, f"{pu:,.2f} $".replace(",", " "), f"{q * pu:,.2f} $".replace(",", " ")])
    site = c.site
    hdr = [c.t(f"Bon de commande : {po}", f"Purchase order: {po}"),
           c.t(f"Fournisseur : {vendor[0]} — no fournisseur {c.rng.randint(100000, 999999)}", f"Vendor: {vendor[0]} - vendor no. {c.rng.randint(100000, 999999)}"),
           c.t(f"Client : {site[0]} — compte {luhn_serial(c, 9)}", f"Customer: {site[0]} - account {luhn_serial(c, 9)}"),
           c.t(f"Livrer à : {site[1]}", f"Ship to: {site[1]}"),
           c.t(f"Date requise : {c.fday(14, 1)}", f"Required by: {c.fday(14, 1)}"),
           c.t(f"Centre de coûts : 7{c.rng.randint(1000, 9999)} – SAD soins palliatifs", f"Cost centre: 7{c.rng.randint(1000, 9999)} - palliative home care")]
    body_lines = hdr + [""] + [" | ".join(str(x) for x in l) for l in lines] + [c.t(f"Total avant taxes : {total:,.2f} $", f"Subtotal: {total:,.2f} $")]
    if c.chance(0.5):
        att = pdf_att(c, f"{po}.pdf", c.t("Bon de commande", "Purchase order"), body_lines)
        body = c.t(f"Bonjour,\n\nVeuillez trouver ci-joint le bon de commande {po}. Merci de confirmer la date de livraison.\n\n{c.sig(buyer)}",
                   f"Hello,\n\nPlease find PO {po} attached. Kindly confirm the delivery date.\n\n{c.sig(buyer)}")
        atts = [att]
    else:
        body = c.t("Bonjour,\n\n", "Hello,\n\n") + "\n".join(body_lines) + "\n\n" + c.sig(buyer)
        atts = []
    return Spec(sender=pair(buyer, c.lang), to=[(vendor[0], f"commandes@{vendor[1]}")], subject=c.t(f"Bon de commande {po}", f"PO {po}"),
                text=body, atts=atts, cat="purchase_order", note=c.t("bon de commande d'équipement", "equipment purchase order"))


def invoice(c):
    vendor = c.pick([C.VENDOR, C.VENDOR2])
    acct = c.staff("buyer")
    inv = f"F{c.rng.randint(100000, 999999)}"
    serial = luhn_serial(c, 10)
    amount = c.rng.randint(180, 2400)
    tech_name = c.staff("equip")
    lines = [c.t(f"Facture no : {inv}", f"Invoice no.: {inv}"), c.t(f"Date : {c.fday(0, 1)}", f"Date: {c.fday(0, 1)}"),
             c.t(f"Facturé à : {C.ORG} – Comptes fournisseurs, {c.site[1]}", f"Bill to: {C.ORG} - Accounts payable, {c.site[1]}"),
             c.t(f"Client no : {c.rng.randint(10000, 99999)}   Bon de commande : BC-{c.when.year}-{c.rng.randint(10000, 99999)}",
                 f"Customer no.: {c.rng.randint(10000, 99999)}   PO: BC-{c.when.year}-{c.rng.randint(10000, 99999)}"),
             c.t(f"Réparation lève-personne, no de série {serial} — remplacement actionneur", f"Lift repair, serial no. {serial} - actuator replaced"),
             c.t(f"Technicien : {tech_name.given} {tech_name.surname}", f"Technician: {tech_name.given} {tech_name.surname}"),
             c.t(f"Pièces et main-d'oeuvre : {amount:.2f} $   TPS : {amount * 0.05:.2f} $   TVQ : {amount * 0.09975:.2f} $",
                 f"Parts and labour: {amount:.2f} $   GST: {amount * 0.05:.2f} $   QST: {amount * 0.09975:.2f} $"),
             c.t("Paiement net 30 jours.", "Payment terms: net 30.")]
    att = pdf_att(c, f"Facture_{inv}.pdf" if c.fr else f"Invoice_{inv}.pdf", c.t("Facture", "Invoice"), lines)
    body = c.t(f"Bonjour,\n\nVeuillez trouver ci-jointe notre facture {inv}.\n\n{vendor[0]}\nService à la clientèle\n{c.phone('514')}",
               f"Hello,\n\nPlease find attached our invoice {inv}.\n\n{vendor[0]}\nCustomer service\n{c.phone('514')}")
    return Spec(sender=(vendor[0], f"facturation@{vendor[1]}"), to=[pair(acct, c.lang)], subject=c.t(f"Facture {inv}", f"Invoice {inv}"),
                text=body, atts=[att], cat="invoice", note=c.t("facture de réparation d'équipement", "equipment repair invoice"))


def newsletter(c):
    comm = ("Communications – " + C.ORG, f"communications@{C.DOM}")
    md = c.staff("md")
    ret = c.staff("nurse")
    baby_parent = c.staff("nurse_m")
    bday = c.staff("clerk")
    bd = dt.date(c.rng.randint(1968, 1996), c.rng.randint(1, 12), c.rng.randint(1, 28))
    baby = c.pick(["Léa", "Arthur", "Florence", "Noah", "Rosalie"])
    bdate = c.day(-c.rng.randint(5, 20))
    if c.fr:
        items = [
            f"<h2>Le Fil palliatif – {C.MOIS[c.when.month - 1]} {c.when.year}</h2>",
            f"<p><b>{md.dr('fr')}</b>, médecin en soins palliatifs et spécialiste de la SLA, donnera une conférence midi sur "
            f"la gestion de la dyspnée réfractaire et l'usage des opioïdes chez les patients atteints de MPOC.</p>",
            f"<p>Après 31 ans au soutien à domicile, <b>Mme {ret.surname}</b> prend sa retraite. Merci pour ces années "
            f"auprès des personnes atteintes de cancer et de leurs familles!</p>",
            f"<p>Félicitations à {baby_parent.given} {baby_parent.surname}, infirmier, pour la naissance de {baby}, "
            f"née le {bdate.isoformat()} (3,4 kg).</p>",
            f"<p>Bonne fête à {bday.given} {bday.surname} (née le {bd.day} {C.MOIS[bd.month - 1]})!</p>",
            f"<p>Statistiques : {c.rng.randint(120, 210)} usagers suivis ce trimestre, {c.rng.randint(38, 62)} % des décès à domicile.</p>",
        ]
        subj = f"Le Fil palliatif – infolettre de {C.MOIS[c.when.month - 1]}"
    else:
        items = [
            f"<h2>Palliative Matters - {C.MONTHS[c.when.month - 1]} {c.when.year}</h2>",
            f"<p><b>{md.dr('en')}</b>, palliative physician and ALS specialist, will give a lunch talk on refractory "
            f"dyspnea and opioid use in COPD.</p>",
            f"<p>After 31 years in home care, <b>Ms. {ret.surname}</b> is retiring. Thank you for your years caring "
            f"for people living with cancer and their families!</p>",
            f"<p>Congratulations to {baby_parent.given} {baby_parent.surname}, RN, on the birth of {baby}, "
            f"born {bdate.isoformat()} (3.4 kg).</p>",
            f"<p>Happy birthday to {bday.given} {bday.surname} (born {C.MONTHS[bd.month - 1]} {bd.day})!</p>",
            f"<p>By the numbers: {c.rng.randint(120, 210)} clients followed this quarter, {c.rng.randint(38, 62)}% of deaths at home.</p>",
        ]
        subj = f"Palliative Matters - {C.MONTHS[c.when.month - 1]} newsletter"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n' + "\n".join(items) +
            f"\n<p style='font-size:9pt'>{C.ORG} – {c.site[1]} – {c.phone()}</p>\n</body></html>")
    return Spec(sender=comm, to=[(c.t("Tout le personnel SAD", "All home care staff"), f"sad-tous@{C.DOM}")], subject=subj,
                html=html, cat="newsletter", note=c.t("infolettre interne", "internal newsletter"))


def committee_notice(c):
    sec = c.staff("clerk")
    chair = c.staff("md")
    day = c.day(c.rng.randint(7, 21))
    comm = c.pick([("Comité AMM et soins de fin de vie", "MAID and end-of-life care committee"),
                   ("Comité des usagers", "Users' committee"), ("Comité éthique clinique", "Clinical ethics committee")])
    n1, n2 = c.rng.randint(18, 45), c.rng.randint(5, 17)
    if c.fr:
        body = (f"Bonjour,\n\nLa prochaine réunion du {comm[0]} aura lieu le {C.fmt_day(day, 'fr')} à 12 h (Teams).\n"
                f"Présidence : {chair.dr('fr')}\n\nOrdre du jour :\n1. Adoption du procès-verbal\n"
                f"2. Bilan annuel : {n1} demandes d'AMM reçues, {n2} administrations à domicile\n"
                "3. Révision du protocole de sédation palliative continue\n4. Formation sur la Loi concernant les soins de fin de vie\n5. Varia\n\n"
                + c.sig(sec))
        subj = f"Convocation – {comm[0]}"
    else:
        body = (f"Hello,\n\nThe next meeting of the {comm[1]} will be held {C.fmt_day(day, 'en')} at noon (Teams).\n"
                f"Chair: {chair.dr('en')}\n\nAgenda:\n1. Approval of minutes\n"
                f"2. Annual report: {n1} MAID requests received, {n2} provisions at home\n"
                "3. Review of the continuous palliative sedation protocol\n4. Training on the Act respecting end-of-life care\n5. Other business\n\n"
                + c.sig(sec))
        subj = f"Meeting notice - {comm[1]}"
    atts = []
    if c.chance(0.4):
        start = dt.datetime(day.year, day.month, day.day, 12, 0)
        atts.append(ics_att(c, "reunion.ics", uid=f"{c.rng.randrange(16 ** 10):010x}@{C.DOM}", start=start,
                            end=start + dt.timedelta(hours=1), summary=comm[0 if c.fr else 1], description=c.t("Réunion du comité", "Committee meeting"),
                            location="Teams", organizer=(sec.display(c.lang), sec.email), attendees=[(chair.display(c.lang), chair.email)],
                            stamp=c.when))
    return Spec(sender=pair(sec, c.lang), to=[(comm[0 if c.fr else 1], f"comite@{C.DOM}")], subject=subj, text=body, atts=atts,
                cat="committee_notice", note=c.t("convocation de comité", "committee meeting notice"))


def conference(c):
    org = ("Réseau palliatif des Hautes-Rivières", f"congres@{C.HOSPICE_DOM}")
    sp = [c.staff("md") for _ in range(4)] + [c.staff("nurse"), c.staff("sw")]
    topics_fr = ["Délirium terminal : prévention et traitement", "Méthadone en soins palliatifs : pièges et perles",
                 "SLA : planification préalable des soins", "Insuffisance cardiaque avancée à domicile",
                 "Soutenir les proches aidants épuisés", "Deuil compliqué : repérage précoce"]
    topics_en = ["Terminal delirium: prevention and treatment", "Methadone in palliative care: pearls and pitfalls",
                 "ALS: advance care planning", "Advanced heart failure at home", "Supporting exhausted family caregivers",
                 "Complicated grief: early screening"]
    lines = []
    for i, s in enumerate(sp):
        t = (topics_fr if c.fr else topics_en)[i]
        who = s.dr(c.lang) if s.md else f"{s.given} {s.surname}, {s.role(c.lang)}"
        lines.append(f"{8 + i}h30 – {t} — {who}" if c.fr else f"{8 + i}:30 - {t} - {who}")
    title = c.t("Colloque régional en soins palliatifs – programme", "Regional palliative care symposium - programme")
    atts = [pdf_att(c, c.t("programme_colloque.pdf", "symposium_programme.pdf"), title, lines)] if c.chance(0.6) else []
    body = c.t(f"Bonjour,\n\nVoici le programme du colloque du {c.fday(40)}, {C.HOSPICE}. 6 heures de formation reconnues.\n\n",
               f"Hello,\n\nHere is the programme for the {c.fday(40)} symposium at {C.HOSPICE}. 6 accredited hours.\n\n")
    body += ("\n".join(lines) + "\n\n") if not atts else ""
    body += c.t(f"Inscription : 85 $ (repas inclus).\n\n{C.HOSPICE}\n{c.phone('819')}", f"Registration: $85 (lunch included).\n\n{C.HOSPICE}\n{c.phone('819')}")
    return Spec(sender=org, to=[(c.t("Membres du réseau", "Network members"), f"membres@{C.HOSPICE_DOM}")], subject=title, text=body, atts=atts,
                cat="conference", note=c.t("programme de colloque", "symposium programme"))


def job_posting(c):
    hr = c.staff("hr")
    num = f"SAD-{c.when.year}-{c.rng.randint(100, 999)}"
    role = c.pick([("Infirmière ou infirmier clinicien – soins palliatifs à domicile", "Clinical nurse - palliative home care"),
                   ("Auxiliaire aux services de santé et sociaux", "Home support worker"),
                   ("Travailleuse ou travailleur social – SAD", "Social worker - home care")])
    if c.fr:
        body = (f"AFFICHAGE {num}\n\n{role[0]}\nPort d'attache : {c.site[0]}\nStatut : temps complet permanent, jour\n"
                "Exigences : permis valide, permis de conduire et véhicule, expérience en oncologie ou soins palliatifs un atout.\n"
                f"Salaire : selon la convention collective ({c.rng.randint(28, 36)},{c.rng.randint(10, 99)} $ à {c.rng.randint(45, 54)},{c.rng.randint(10, 99)} $/h)\n"
                f"Date limite : {c.fday(14, 1)}\n\nPour postuler : {hr.email}\n\n{c.sig(hr)}")
    else:
        body = (f"POSTING {num}\n\n{role[1]}\nHome base: {c.site[0]}\nStatus: full-time permanent, days\n"
                "Requirements: valid licence, driver's licence and car; oncology or palliative experience an asset.\n"
                f"Salary: per collective agreement (${c.rng.randint(28, 36)}.{c.rng.randint(10, 99)} to ${c.rng.randint(45, 54)}.{c.rng.randint(10, 99)}/h)\n"
                f"Deadline: {c.fday(14, 1)}\n\nTo apply: {hr.email}\n\n{c.sig(hr)}")
    atts = [docx_att(c, f"{num}.docx", role[0 if c.fr else 1], body.split("\n")[:8])] if c.chance(0.3) else []
    return Spec(sender=pair(hr, c.lang), to=[(c.t("Tout le personnel", "All staff"), f"tous@{C.DOM}")], subject=c.t(f"Affichage {num} – {role[0]}", f"Posting {num} - {role[1]}"),
                text=body, atts=atts, cat="job_posting", note=c.t("affichage de poste", "job posting"))


def hr_leave(c):
    emp = c.staff(c.pick(["nurse", "aux", "ot"]))
    mgr = c.staff("mgr")
    d1 = c.day(c.rng.randint(10, 40))
    d2 = d1 + dt.timedelta(days=c.rng.randint(3, 14))
    reason = c.pick([("vacances", "vacation"), ("congé parental", "parental leave"), ("congé sans solde", "unpaid leave"),
                     ("déménagement", "moving")])
    if c.fr:
        body = (f"Bonjour {mgr.given},\n\nJe voudrais demander un congé ({reason[0]}) du {d1.isoformat()} au {d2.isoformat()} inclusivement. "
                f"{c.pick(['Julie a accepté de prendre mes visites du secteur Nord.', 'Mes usagers seront répartis selon la liste de la coordination.', ''])}\n\n"
                f"Merci,\n{emp.given} {emp.surname}\nMatricule {c.rng.randint(100000, 999999)}")
        subj = f"Demande de congé – {emp.given} {emp.surname}"
    else:
        body = (f"Hi {mgr.given},\n\nI would like to request leave ({reason[1]}) from {d1.isoformat()} to {d2.isoformat()} inclusive. "
                f"{c.pick(['Julie agreed to cover my North sector visits.', 'My caseload will be split per the coordinator list.', ''])}\n\n"
                f"Thanks,\n{emp.given} {emp.surname}\nEmployee no. {c.rng.randint(100000, 999999)}")
        subj = f"Leave request - {emp.given} {emp.surname}"
    return Spec(sender=pair(emp, c.lang), to=[pair(mgr, c.lang)], subject=subj, text=body, cat="hr_leave",
                note=c.t("demande de congé d'une employée", "staff leave request"))


def occ_health(c):
    sst = ("Santé et sécurité au travail" if c.fr else "Occupational health", f"sst@{C.DOM}")
    mgr = c.staff("mgr")
    emp = c.staff(c.pick(["nurse", "aux"]))
    dob = dt.date(c.rng.randint(1965, 1998), c.rng.randint(1, 12), c.rng.randint(1, 28))
    if c.fr:
        body = (f"Bonjour {mgr.given},\n\nDéclaration d'événement – employée : {emp.given} {emp.surname} (DDN {dob.isoformat()}), "
                f"{emp.role('fr')}.\nEntorse lombaire lors d'un transfert lit-fauteuil au domicile d'un usager, sans lève-personne "
                f"disponible. Consultation médicale : arrêt de travail de 10 jours, anti-inflammatoires et physiothérapie.\n"
                "Formulaire CNESST transmis. Retour progressif à évaluer.\n\n" + c.sig(mgr))
        subj = "Accident de travail – déclaration SST"
    else:
        body = (f"Hi {mgr.given},\n\nIncident report - employee: {emp.given} {emp.surname} (DOB {dob.isoformat()}), {emp.role('en')}.\n"
                "Lumbar strain during a bed-to-chair transfer in a client's home, no lift available. Seen by physician: "
                "off work 10 days, anti-inflammatories and physio.\nCNESST form submitted. Graduated return to be assessed.\n\n" + c.sig(mgr))
        subj = "Workplace injury - OHS report"
    if c.chance(0.4):
        body = c.t("Rappel : la clinique de vaccination antigrippale pour le personnel a lieu mardi 13 h–16 h, salle 2.\n\n",
                   "Reminder: staff flu vaccination clinic Tuesday 1-4 p.m., room 2.\n\n") + body
    return Spec(sender=sst, to=[pair(mgr, c.lang)], subject=subj, text=body, cat="occupational_health",
                note=c.t("santé au travail d'une employée", "employee occupational health"))


def payroll_mileage(c):
    pay = ("Service de la paie" if c.fr else "Payroll", f"paie@{C.DOM}")
    emps = [c.staff(c.pick(["nurse", "aux", "ot", "sw"])) for _ in range(c.rng.randint(4, 7))]
    rows = [[f"{e.surname}, {e.given}", c.rng.randint(100000, 999999), c.rng.randint(180, 1400),
             f"{c.rng.randint(180, 1400) * 0.58:.2f}"] for e in emps]
    head = c.t(["Employé(e)", "Matricule", "Km", "Remboursement ($)"], ["Employee", "Employee no.", "Km", "Reimbursement ($)"])
    intro = c.t("Kilométrage des visites à domicile – période de paie 18. Corrections avant jeudi midi.",
                "Home visit mileage - pay period 18. Corrections by Thursday noon.")
    atts = [csv_att(c, "kilometrage_P18.csv" if c.fr else "mileage_P18.csv", [head] + rows)] if c.chance(0.5) else []
    body = f"{hello(c, generic=True)}\n\n{intro}\n\n" + ("" if atts else text_table(head, rows) + "\n\n") + c.t("Service de la paie", "Payroll")
    return Spec(sender=pay, to=[(c.t("Chefs de service SAD", "Home care managers"), f"chefs-sad@{C.DOM}")], subject=c.t("Kilométrage P18", "Mileage P18"),
                text=body, atts=atts, cat="payroll", note=c.t("kilométrage du personnel", "staff mileage"))


def it_notice(c):
    it = c.staff("it")
    app = c.pick(["SoinsMobiles", "DossierNomade", "VisiTab"])
    inner = None
    if c.fr:
        body = (f"Bonjour,\n\nLa nouvelle version de l'application {app} (tablettes des infirmières SAD) sera déployée "
                f"le {c.fday(3)} entre 6 h et 7 h. Synchronisez vos notes de visite avant 17 h la veille.\n"
                f"En cas de problème : billet au centre de services, poste {c.rng.randint(2000, 4999)}.\n"
                "Rappel : ne jamais envoyer d'information sur les usagers par courriel non chiffré.\n\n" + c.sig(it))
        subj = f"Mise à jour {app} – tablettes SAD"
    else:
        body = (f"Hello,\n\nThe new version of {app} (home care nursing tablets) will be rolled out on {c.fday(3)} "
                f"between 6 and 7 a.m. Please sync your visit notes by 5 p.m. the day before.\n"
                f"Issues: open a ticket with the service desk, ext. {c.rng.randint(2000, 4999)}.\n"
                "Reminder: never send client information by unencrypted e-mail.\n\n" + c.sig(it))
        subj = f"{app} update - home care tablets"
    atts = []
    if c.chance(0.35):
        inner = Spec(sender=(c.t("Sécurité informatique", "IT Security"), f"securite@{C.DOM}"), to=[(c.t("Tout le personnel", "All staff"), f"tous@{C.DOM}")],
                     subject=c.t("Alerte hameçonnage – faux courriel de la paie", "Phishing alert - fake payroll e-mail"),
                     text=c.t("Un faux courriel « Votre talon de paie » circule. Ne cliquez pas sur le lien. Signalez-le au poste 4444.",
                              "A fake \"Your pay stub\" e-mail is circulating. Do not click the link. Report it at ext. 4444."), cat="inner")
        atts.append(eml_att(c, inner, 30))
        body += c.t("\n\nP.-S. Voir aussi l'alerte ci-jointe.", "\n\nPS: see also the attached alert.")
    return Spec(sender=pair(it, c.lang), to=[(c.t("Personnel SAD", "Home care staff"), f"sad-tous@{C.DOM}")], subject=subj, text=body,
                atts=atts, cat="it_notice", note=c.t("avis informatique", "IT notice"))


def facilities(c):
    fac = ("Installations matérielles" if c.fr else "Facilities", f"installations@{C.DOM}")
    what = c.pick([
        ("Les véhicules de la flotte SAD (plaques FLT-1024 à FLT-1031) seront au garage jeudi pour les pneus d'hiver. Utilisez les véhicules de remplacement au stationnement P2.",
         "Home care fleet vehicles (plates FLT-1024 to FLT-1031) go to the garage Thursday for winter tires. Use the spare cars in lot P2."),
        ("L'ascenseur du pavillon B sera hors service lundi de 7 h à 15 h. Le dépôt d'équipement reste accessible par le quai de livraison.",
         "The elevator in building B is out of service Monday 7 a.m. to 3 p.m. The equipment depot remains accessible through the loading dock."),
        ("Coupure d'eau chaude au CLSC mardi matin (remplacement du chauffe-eau). Salle de désinfection des lits fermée jusqu'à midi.",
         "Hot water shut-off at the CLSC Tuesday morning (water heater replacement). Bed disinfection room closed until noon."),
    ])
    body = c.t("Bonjour,\n\n", "Hello,\n\n") + what[0 if c.fr else 1] + c.t(f"\n\nMerci de votre collaboration.\n{fac[0]}\n{c.site[1]}\n{c.phone()}",
                                                                           f"\n\nThank you.\n{fac[0]}\n{c.site[1]}\n{c.phone()}")
    return Spec(sender=fac, to=[(c.t("Personnel", "Staff"), f"tous@{C.DOM}")], subject=c.t("Avis – installations", "Facilities notice"),
                text=body, cat="facilities", note=c.t("avis des installations", "facilities notice"))


def stats_report(c):
    mgr = c.staff("mgr")
    dirn = c.staff("mgr")
    months = (C.MOIS if c.fr else C.MONTHS)[:6]
    rows = [[m, c.rng.randint(380, 620), c.rng.randint(60, 110), c.rng.randint(14, 30), c.rng.randint(3, 9),
             f"{c.rng.randint(40, 65)} %"] for m in months]
    head = c.t(["Mois", "Visites inf.", "Nouveaux usagers", "Décès", "AMM", "Décès à domicile"],
               ["Month", "Nursing visits", "New clients", "Deaths", "MAID", "Home deaths"])
    intro = c.t("Tableau de bord semestriel – soins palliatifs à domicile (données agrégées, aucune donnée nominative).",
                "Half-year dashboard - palliative home care (aggregate data, no identifying information).")
    if c.chance(0.5):
        atts = [xlsx_att(c, c.t("tableau_de_bord_S1.xlsx", "dashboard_H1.xlsx"), [("S1", [head] + rows)])]
        return Spec(sender=pair(mgr, c.lang), to=[pair(dirn, c.lang)], subject=c.t("Tableau de bord S1", "H1 dashboard"),
                    text=f"{hello(c, dirn)}\n\n{intro}\n\n{c.sig(mgr)}", atts=atts, cat="statistics",
                    note=c.t("statistiques agrégées", "aggregate statistics"))
    return Spec(sender=pair(mgr, c.lang), to=[pair(dirn, c.lang)], subject=c.t("Statistiques SAD palliatif", "Palliative home care statistics"),
                text=f"{hello(c, dirn)}\n\n{intro}\n\n{text_table(head, rows)}\n\n{c.sig(mgr)}",
                html=html_table(head, rows, intro, c.sig(mgr)) if c.chance(0.5) else None,
                cat="statistics", note=c.t("statistiques agrégées", "aggregate statistics"))


TEMPLATES = [vol_schedule, vol_training, equip_inventory, purchase_order, invoice, newsletter, committee_notice,
             conference, job_posting, hr_leave, occ_health, payroll_mileage, it_notice, facilities, stats_report]
