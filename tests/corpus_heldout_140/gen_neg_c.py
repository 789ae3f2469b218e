"""Negative messages, part C: procurement, IT, facilities, statistics, forms and templates."""
import datetime

from gen_attach import make_csv, make_docx, make_pdf, make_vcf, make_xlsx, make_zip
from gen_common import ORG, PARTNERS, Att, luhn_serial, signature, greet
from gen_tpl import datestr, earlier, later_day, new, quoted, sal, who

ITEMS = [("Lit électrique 3 fonctions", "3-function electric bed", 1890.00),
         ("Lève-personne mobile 200 kg", "Mobile patient lift 200 kg", 3150.00),
         ("Marchette 4 roues avec siège", "4-wheel rollator with seat", 189.50),
         ("Fauteuil roulant 18 po", "18-inch wheelchair", 612.00),
         ("Chaise d'aisance", "Bedside commode", 98.75),
         ("Banc de transfert", "Tub transfer bench", 74.90),
         ("Matelas à air alterné", "Alternating-pressure air mattress", 1240.00)]


def _money(x, fr):
    s = f"{x:,.2f}"
    return s.replace(",", " ").replace(".", ",") + " $" if fr else "$" + s


def n_invoice(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "supplier_invoice", "equipment supplier invoice with serial numbers")
    pname, pdom, ptel = PARTNERS["equip"]
    m.sender = ("Comptes recevables — Boréal" if fr else "Accounts receivable - Boreal", f"facturation@{pdom}")
    m.to = [who(ctx.staff("archambault")), ("Comptes payables CISSS" if fr else "CISSS accounts payable", f"cp@{ORG['dom']}")]
    inv = f"F-{ctx.rng.randrange(200000, 299999)}"
    po = f"BC-{ctx.now.year}-{ctx.rng.randrange(1000, 9999)}"
    rows = [["Article" if fr else "Item", "No de série" if fr else "Serial no.", "Qté" if fr else "Qty", "Prix" if fr else "Price"]]
    total = 0.0
    for it in ctx.sample(ITEMS, 3):
        q = ctx.rng.randrange(1, 4)
        rows.append([it[0] if fr else it[1], luhn_serial(ctx.rng, ctx.pick([9, 10, 12])), str(q), _money(it[2] * q, fr)])
        total += it[2] * q
    tax = total * 0.14975
    lines = [f"{pname} — 400, rue de l'Industrie, Hérons-Nord (Québec) J5Y 2K4 — {ptel}",
             f"{'Facture' if fr else 'Invoice'} : {inv}    {'Bon de commande' if fr else 'Purchase order'} : {po}",
             f"{'Client' if fr else 'Customer'} : {ORG['cisss']} — {ORG['clsc']}, {ORG['addr']}",
             f"{'No de client' if fr else 'Customer no.'} : {ctx.rng.randrange(10000, 99999)}",
             f"{'Date de facturation' if fr else 'Invoice date'} : {ctx.now:%Y-%m-%d}",
             f"{'Sous-total' if fr else 'Subtotal'} : {_money(total, fr)}   {'TPS/TVQ' if fr else 'GST/QST'} : {_money(tax, fr)}   Total : {_money(total + tax, fr)}",
             ("Conditions : net 30 jours. TPS 123456789 RT0001, TVQ 1234567890 TQ0001" if fr
              else "Terms: net 30 days. GST 123456789 RT0001, QST 1234567890 TQ0001")]
    m.atts.append(Att(f"{inv}.pdf", "pdf", make_pdf(("Facture " if fr else "Invoice ") + inv, lines, table=rows,
                                                   col_widths=[220, 130, 50, 100])))
    if fr:
        m.subject = f"Facture {inv} — {po}"
        m.text = "\n".join(["Bonjour,", "", f"Veuillez trouver ci-joint la facture {inv} relative au bon de commande {po}.",
                            f"Montant dû : {_money(total + tax, fr)}.", "", "Service à la clientèle", pname, ptel])
    else:
        m.subject = f"Invoice {inv} - {po}"
        m.text = "\n".join(["Hello,", "", f"Please find attached invoice {inv} for purchase order {po}.",
                            f"Amount due: {_money(total + tax, fr)}.", "", "Customer service", pname, ptel])
    return m


def n_po(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "purchase_order", "purchase order for home care equipment")
    a = ctx.staff("archambault")
    m.sender = who(a)
    m.to = [("Ventes — Boréal" if fr else "Sales - Boreal", f"ventes@{PARTNERS['equip'][1]}")]
    po = f"BC-{ctx.now.year}-{ctx.rng.randrange(1000, 9999)}"
    rows = [["Code", "Description", "Qté" if fr else "Qty", "Prix unitaire" if fr else "Unit price", "Centre de coûts" if fr else "Cost centre"]]
    for it in ctx.sample(ITEMS, 4):
        rows.append([f"MB-{ctx.rng.randrange(1000, 9999)}", it[0] if fr else it[1], ctx.rng.randrange(2, 12), it[2],
                     f"{ctx.pick(['6710', '6712', '6740'])}-SAD"])
    m.atts.append(Att(f"{po}.xlsx", "xlsx", make_xlsx([("BC" if fr else "PO", rows)], author=a["name"])))
    if fr:
        m.subject = f"Bon de commande {po}"
        m.text = "\n".join([greet(ctx), "", f"Voici le bon de commande {po} pour le réapprovisionnement du prêt d'équipement.",
                            f"Livraison au quai du {ORG['clsc']}, {ORG['addr']}, du lundi au vendredi 8 h - 15 h.",
                            "", sal(ctx), "", signature(ctx, a)])
    else:
        m.subject = f"Purchase order {po}"
        m.text = "\n".join([greet(ctx), "", f"Here is purchase order {po} to restock the equipment loan programme.",
                            f"Deliver to the {ORG['clsc']} dock, {ORG['addr']}, Mon-Fri 8 AM - 3 PM.",
                            "", sal(ctx), "", signature(ctx, a)])
    return m


def n_inventory(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "equipment_inventory", "loan equipment depot inventory")
    a = ctx.staff(ctx.pick(["okafor", "archambault"]))
    m.sender = who(a)
    m.to = [who(ctx.staff(k)) for k in ["lemay", "gendron"]]
    rows = [["No d'actif" if fr else "Asset #", "Description", "No de série" if fr else "Serial", "Statut" if fr else "Status", "Emplacement" if fr else "Location"]]
    for _ in range(ctx.rng.randrange(8, 15)):
        it = ctx.pick(ITEMS)
        rows.append([f"A{ctx.rng.randrange(10000, 99999)}", it[0] if fr else it[1], luhn_serial(ctx.rng, 9),
                     ctx.pick(["Disponible", "En réparation", "Prêté", "À désinfecter"] if fr else
                              ["Available", "In repair", "On loan", "To disinfect"]),
                     ctx.pick(["Dépôt A", "Dépôt B", "Atelier", "Camion 2"] if fr else ["Depot A", "Depot B", "Workshop", "Truck 2"])])
    kind = ctx.pick(["xlsx", "csv"])
    fn = ("inventaire_pret." if fr else "loan_inventory.") + kind
    m.atts.append(Att(fn, kind, make_xlsx([("Inventaire" if fr else "Inventory", rows)], author=a["name"]) if kind == "xlsx"
                      else make_csv(rows, delim=";" if fr else ",")))
    if fr:
        m.subject = ctx.pick(["Inventaire mensuel — prêt d'équipement", "Inventaire du dépôt"])
        m.text = "\n".join([greet(ctx), "", "Voici l'inventaire du dépôt au dernier jour du mois. "
                            "Trois lève-personnes attendent une pièce du fournisseur.", "", signature(ctx, a)])
    else:
        m.subject = ctx.pick(["Monthly inventory - equipment loans", "Depot inventory"])
        m.text = "\n".join([greet(ctx), "", "Here is the depot inventory as of month end. "
                            "Three lifts are waiting for a part from the supplier.", "", signature(ctx, a)])
    return m


def n_maintenance(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "preventive_maintenance", "preventive maintenance of patient lifts, serial numbers")
    a = ctx.staff("okafor")
    m.sender = who(a)
    m.to = [who(ctx.staff("lemay"))]
    rows = []
    for _ in range(5):
        rows.append(f"- {ctx.pick(['Lève-personne Hoyer', 'Lève-personne sur rail', 'Lit électrique'] if fr else ['Hoyer lift', 'Ceiling lift', 'Electric bed'])}"
                    f" S/N {luhn_serial(ctx.rng, ctx.pick([9, 11, 12]))} — "
                    + (ctx.pick(["conforme", "sangle à remplacer", "batterie remplacée", "hors service"]) if fr
                       else ctx.pick(["passed", "sling to replace", "battery replaced", "out of service"])))
    if fr:
        m.subject = "Entretien préventif des lève-personnes — rapport"
        m.text = "\n".join([greet(ctx), "", "Rapport de l'entretien préventif annuel (norme CSA Z10535) :", "", *rows, "",
                            "Les appareils hors service ont été étiquetés rouge au dépôt B.", "", signature(ctx, a)])
    else:
        m.subject = "Patient lift preventive maintenance - report"
        m.text = "\n".join([greet(ctx), "", "Annual preventive maintenance report (CSA Z10535):", "", *rows, "",
                            "Out-of-service units are red-tagged at depot B.", "", signature(ctx, a)])
    return m


def n_tablets(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "it_devices", "IT tablet deployment with IMEI numbers")
    a = ctx.staff("hughes")
    m.sender = who(a)
    m.to = [who(ctx.staff(k)) for k in ctx.sample(["lachance", "kim", "boisvert", "rahimi", "benali"], 3)]
    rows = [["Employé(e)" if fr else "Employee", "IMEI", "No de série" if fr else "Serial", "Ligne" if fr else "Line"]]
    for r in m.to:
        rows.append([r[0], luhn_serial(ctx.rng, 15), f"R52{ctx.rng.randrange(10**8, 10**9)}", ctx.phone("450")])
    if fr:
        m.subject = ctx.pick(["Remplacement des tablettes — rendez-vous", "Nouvelles tablettes SAD"])
        m.text = "\n".join([greet(ctx), "", "Vos nouvelles tablettes sont prêtes. Passez au local 114 avec l'ancienne "
                            "(et son chargeur) entre 8 h et 11 h. L'application de soins sera réinstallée; la synchro prend 20 min.",
                            "", "\n".join(" | ".join(r) for r in rows), "", signature(ctx, a)])
    else:
        m.subject = ctx.pick(["Tablet replacement - pick-up", "New home care tablets"])
        m.text = "\n".join([greet(ctx), "", "Your new tablets are ready. Drop by room 114 with the old one (and charger) "
                            "between 8 and 11 AM. The care app will be reinstalled; sync takes 20 min.",
                            "", "\n".join(" | ".join(r) for r in rows), "", signature(ctx, a)])
    return m


def n_outage(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "it_outage", "planned EHR outage notice")
    m.sender = ("Centre de services TI" if fr else "IT Service Desk", f"servicedesk@{ORG['dom']}")
    m.to = [("Tout le personnel" if fr else "All staff", f"tous@{ORG['dom']}")]
    d = later_day(ctx, 2, 9, hour=22)
    tk = f"CHG{ctx.rng.randrange(100000, 999999)}"
    if fr:
        m.subject = f"[{tk}] Interruption planifiée — dossier clinique informatisé"
        m.text = "\n".join(["Bonjour,", "", f"Le DCI et l'application mobile de soins à domicile seront indisponibles le "
                            f"{datestr(ctx, d)} de 22 h à 2 h (mise à jour de sécurité).",
                            "Utilisez les formulaires papier de contingence (armoire du poste SAD) et saisissez vos notes au retour.",
                            "Les tablettes doivent être synchronisées avant 21 h 30.", "", "Centre de services TI — poste 4444"])
    else:
        m.subject = f"[{tk}] Planned outage - electronic health record"
        m.text = "\n".join(["Hello,", "", f"The EHR and the home care mobile app will be unavailable on {datestr(ctx, d)} "
                            "from 10 PM to 2 AM (security update).",
                            "Use the paper downtime forms (home care station cabinet) and enter your notes afterwards.",
                            "Tablets must be synced before 9:30 PM.", "", "IT Service Desk - ext. 4444"])
    m.mode = "text"
    return m


def n_fleet(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "fleet_facilities", "fleet car and parking notice")
    a = ctx.staff("okafor")
    m.sender = who(a)
    m.to = [("Équipe SAD" if fr else "Home care team", f"equipe.sad@{ORG['dom']}")]
    plate = f"{ctx.pick(['FKR', 'GHT', 'LMB'])} {ctx.rng.randrange(100, 999)}"
    if fr:
        m.subject = ctx.pick(["Véhicules de service — pneus d'hiver", "Stationnement fermé jeudi", "Auto de service en réparation"])
        m.text = "\n".join([greet(ctx), "", f"Le véhicule de service {plate} (Corolla grise) sera au garage du "
                            f"{datestr(ctx, later_day(ctx, 1, 5))} au {datestr(ctx, later_day(ctx, 6, 9))}.",
                            "Le stationnement arrière sera fermé jeudi pour le déneigement; utilisez le stationnement de l'église.",
                            "Rappel : le carnet de bord doit être rempli à chaque sortie (km départ/retour, secteur).",
                            "", signature(ctx, a)])
    else:
        m.subject = ctx.pick(["Fleet cars - winter tires", "Parking closed Thursday", "Fleet car in repair"])
        m.text = "\n".join([greet(ctx), "", f"Fleet car {plate} (grey Corolla) will be at the garage from "
                            f"{datestr(ctx, later_day(ctx, 1, 5))} to {datestr(ctx, later_day(ctx, 6, 9))}.",
                            "The back parking lot will be closed Thursday for snow removal; use the church lot.",
                            "Reminder: fill in the log book on every trip (start/end km, sector).",
                            "", signature(ctx, a)])
    return m


def n_stats(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "aggregate_statistics", "aggregate home care activity statistics")
    a = ctx.staff("fontaine")
    m.sender = who(a)
    m.to = [who(ctx.staff(k)) for k in ["lemay", "desautels"]]
    rows = [["Secteur" if fr else "Sector", "Usagers actifs" if fr else "Active clients", "Visites" if fr else "Visits",
             "Chutes" if fr else "Falls", "Chutes/1000 jours-présence" if fr else "Falls/1000 client-days",
             "Hospitalisations"]]
    for s in range(1, 6):
        act = ctx.rng.randrange(120, 420)
        falls = ctx.rng.randrange(3, 25)
        rows.append([f"S{s}", act, act * ctx.rng.randrange(6, 14), falls, round(falls * 1000 / (act * 90), 2),
                     ctx.rng.randrange(2, 20)])
    q = ctx.pick("1234")
    kind = ctx.pick(["xlsx", "csv", "body"])
    if kind == "body":
        tbl = "\n".join("\t".join(str(c) for c in r) for r in rows)
    else:
        fn = (f"tableau_bord_T{q}." if fr else f"dashboard_Q{q}.") + kind
        m.atts.append(Att(fn, kind, make_xlsx([("T" + q, rows)]) if kind == "xlsx" else make_csv(rows)))
        tbl = ""
    if fr:
        m.subject = ctx.pick([f"Tableau de bord SAD — T{q}", "Statistiques trimestrielles", "Indicateurs chutes et visites"])
        m.text = "\n".join([greet(ctx), "", f"Voici les indicateurs agrégés du trimestre {q}. Le taux de chutes est en "
                            "baisse dans 3 secteurs sur 5; les données excluent les usagers en soins palliatifs.", "", tbl,
                            "", signature(ctx, a)])
    else:
        m.subject = ctx.pick([f"Home care dashboard - Q{q}", "Quarterly statistics", "Falls and visits indicators"])
        m.text = "\n".join([greet(ctx), "", f"Here are the aggregated indicators for Q{q}. Fall rates are down in 3 of 5 "
                            "sectors; palliative clients are excluded.", "", tbl, "", signature(ctx, a)])
    return m


def n_budget(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "budget", "budget follow-up by cost centre")
    a = ctx.staff(ctx.pick(["desautels", "lemay"]))
    m.sender = who(a)
    m.to = [("Gestionnaires SAPA" if fr else "SAPA managers", f"gestionnaires.sapa@{ORG['dom']}")]
    lines = []
    for cc, lab_fr, lab_en in [("6710", "Soins infirmiers à domicile", "Home nursing"),
                               ("6712", "Aide à domicile", "Home support"),
                               ("6740", "Prêt d'équipement", "Equipment loans"),
                               ("6750", "Transport et kilométrage", "Transport and mileage")]:
        bud = ctx.rng.randrange(400, 4000) * 1000
        spent = int(bud * ctx.rng.uniform(0.55, 1.1))
        lines.append(f"{cc} {lab_fr if fr else lab_en}: {_money(spent, fr)} / {_money(bud, fr)} ({spent * 100 // bud} %)")
    if fr:
        m.subject = ctx.pick(["Suivi budgétaire — période 10", "Budget SAD : dépassement kilométrage"])
        m.text = "\n".join([greet(ctx), "", "Suivi budgétaire à la période 10 :", "", *lines, "",
                            "Le dépassement au 6750 s'explique par la hausse des visites en secteur rural. "
                            "Merci de limiter les achats non urgents d'ici la fin de l'exercice.", "", signature(ctx, a)])
    else:
        m.subject = ctx.pick(["Budget follow-up - period 10", "Home care budget: mileage overrun"])
        m.text = "\n".join([greet(ctx), "", "Budget follow-up at period 10:", "", *lines, "",
                            "The overrun in 6750 reflects more rural visits. Please hold non-urgent purchases until year end.",
                            "", signature(ctx, a)])
    return m


def n_blank_form(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "blank_form", "blank referral/transport form")
    a = ctx.staff(ctx.pick(["st_onge", "vezina", "hamelin"]))
    m.sender = who(a)
    m.to = [("Équipe SAD" if fr else "Home care team", f"equipe.sad@{ORG['dom']}")]
    if fr:
        fields = ["Nom de l'usager : ______________________   Prénom : ________________",
                  "Date de naissance (AAAA-MM-JJ) : ____-__-__   Sexe : □ F □ M",
                  "NAM : ____ ____ ____   Expiration : __/__",
                  "Adresse : ____________________________________   Téléphone : (___) ___-____",
                  "Diagnostic(s) : ______________________________________________",
                  "Motif du transport : □ dialyse □ oncologie □ rendez-vous médical □ autre : _______",
                  "Aide à la mobilité : □ aucune □ canne □ marchette □ fauteuil roulant",
                  "Signature de l'intervenant(e) : ____________________   Date : __________"]
        title = "Demande de transport adapté — formulaire vierge (v. 2025-02)"
        m.subject = ctx.pick(["Nouveau formulaire de transport adapté", "Formulaire vierge à utiliser dès maintenant"])
        lead = "Voici la nouvelle version du formulaire. Merci de détruire les anciennes copies papier."
    else:
        fields = ["Client surname: ______________________   Given name: ________________",
                  "Date of birth (YYYY-MM-DD): ____-__-__   Sex: □ F □ M",
                  "RAMQ: ____ ____ ____   Expiry: __/__",
                  "Address: ____________________________________   Phone: (___) ___-____",
                  "Diagnosis/es: ______________________________________________",
                  "Reason for transport: □ dialysis □ oncology □ medical appointment □ other: _______",
                  "Mobility aid: □ none □ cane □ walker □ wheelchair",
                  "Worker signature: ____________________   Date: __________"]
        title = "Adapted transport request - blank form (v. 2025-02)"
        m.subject = ctx.pick(["New adapted transport form", "Blank form to use from now on"])
        lead = "Here is the new version of the form. Please discard old paper copies."
    kind = ctx.pick(["docx", "pdf"])
    data = make_docx(title, fields, author=a["name"]) if kind == "docx" else make_pdf(title, fields)
    m.atts.append(Att(("formulaire_transport_vierge." if fr else "transport_form_blank.") + kind, kind, data))
    m.text = "\n".join([greet(ctx), "", lead, "", signature(ctx, a)])
    return m


def n_mailmerge(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "mail_merge_template", "appointment letter mail-merge template")
    a = ctx.staff(ctx.pick(["st_onge", "vezina"]))
    m.sender = who(a)
    m.to = [who(ctx.staff(ctx.pick(["benali", "leduc"])))]
    if fr:
        tpl = ["«Titre» «Prénom» «Nom»", "«Adresse»", "«Ville» (Québec) «Code_postal»", "",
               "Objet : Confirmation de votre visite à domicile", "",
               "«Titre» «Nom»,", "",
               "Nous vous confirmons la visite de «Intervenant» le «Date_visite» entre «Heure_début» et «Heure_fin».",
               "Si vous devez annuler, communiquez avec l'accueil au 450 555-0100 au moins 24 heures à l'avance.", "",
               "Veuillez agréer nos salutations distinguées.", "", ORG["clsc"]]
        m.subject = ctx.pick(["Gabarit — lettre de confirmation de visite", "Modèle de lettre pour publipostage"])
        lead = "Voici le gabarit révisé pour le publipostage (champs entre chevrons). À tester avec la liste de la semaine prochaine."
    else:
        tpl = ["{{title}} {{first_name}} {{last_name}}", "{{address}}", "{{city}} (Québec) {{postal_code}}", "",
               "Re: Confirmation of your home visit", "",
               "Dear {{title}} {{last_name}},", "",
               "This confirms that {{worker}} will visit on {{visit_date}} between {{start_time}} and {{end_time}}.",
               "If you need to cancel, call the front desk at 450 555-0100 at least 24 hours ahead.", "",
               "Sincerely,", "", ORG["clsc"]]
        m.subject = ctx.pick(["Template - visit confirmation letter", "Mail-merge letter template"])
        lead = "Here is the revised mail-merge template (fields in braces). To be tested with next week's list."
    if ctx.chance(0.5):
        m.atts.append(Att("gabarit_confirmation.docx" if fr else "confirmation_template.docx", "docx",
                          make_docx("Gabarit" if fr else "Template", tpl, author=a["name"])))
        m.text = "\n".join([greet(ctx), "", lead, "", signature(ctx, a)])
    else:
        m.text = "\n".join([greet(ctx), "", lead, "", "-----", *tpl, "-----", "", signature(ctx, a)])
    return m


def n_vendor_vcard(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "vendor_contact", "supplier representative vCard")
    pname, pdom, ptel = PARTNERS[ctx.pick(["equip", "oxy"])]
    rep = ctx.pick([("Martine", "Gravel"), ("Steve", "Paradis"), ("Nadine", "Corbeil")])
    m.sender = (f"{rep[0]} {rep[1]}", f"{rep[0][0].lower()}{rep[1].lower()}@{pdom}")
    m.to = [who(ctx.staff(ctx.pick(["archambault", "gendron", "lemay"])))]
    vc = make_vcf(rep[0], rep[1], org=pname, title="Représentante territoriale" if fr else "Territory representative",
                  tels=[("WORK", ptel), ("CELL", ctx.phone("514"))], email=m.sender[1])
    m.atts.append(Att(f"{rep[0]} {rep[1]}.vcf", "vcf", vc))
    if fr:
        m.subject = ctx.pick(["Votre nouvelle représentante", "Coordonnées — représentante territoriale"])
        m.text = "\n".join(["Bonjour,", "", f"Je serai votre représentante pour {pname} à partir du mois prochain. "
                            "Mes coordonnées sont jointes. Au plaisir de vous rencontrer lors de la démonstration des nouveaux lits.",
                            "", f"{rep[0]} {rep[1]}", pname, ptel])
    else:
        m.subject = ctx.pick(["Your new representative", "Contact details - territory rep"])
        m.text = "\n".join(["Hello,", "", f"I will be your {pname} representative starting next month. "
                            "My contact card is attached. Looking forward to the new bed demo.",
                            "", f"{rep[0]} {rep[1]}", pname, ptel])
    return m


def n_room_thread(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "meeting_logistics", "meeting room booking reply thread")
    a = ctx.staff(ctx.pick(["st_onge", "vezina"]))
    b = ctx.staff(ctx.pick(["dionne", "gendron", "whitfield", "leduc"]))
    m.sender, m.to = who(a), [who(b)]
    t0 = earlier(ctx, 2, 20)
    d = later_day(ctx, 2, 10)
    if fr:
        subj = "Réservation salle Héron"
        orig = "\n".join([f"Bonjour {a['given']},", "", f"Est-ce que la salle Héron est libre le {datestr(ctx, d)} de 13 h à 16 h "
                          "pour la rencontre interdisciplinaire ? On sera une douzaine, il faudrait le projecteur.", "", b["given"]])
        reply = "\n".join(["Oui, c'est réservé à ton nom. Le projecteur est dans l'armoire (clé à l'accueil).",
                           "Attention, la salle doit être libérée à 16 h pile pour le cours prénatal.", "", a["given"]])
    else:
        subj = "Booking the Héron room"
        orig = "\n".join([f"Hi {a['given']},", "", f"Is the Héron room free on {datestr(ctx, d)} from 1 to 4 PM for the "
                          "interdisciplinary meeting? About twelve people, we'd need the projector.", "", b["given"]])
        reply = "\n".join(["Yes, it's booked under your name. The projector is in the cabinet (key at the front desk).",
                           "Note the room must be free at 4 sharp for the prenatal class.", "", a["given"]])
    m.subject = ("RE: " if ctx.chance(0.7) else "Re: ") + subj
    m.text = reply + "\n\n" + quoted(ctx, b["name"], b["email"], t0, orig).replace("__SUBJ__", subj)
    return m
