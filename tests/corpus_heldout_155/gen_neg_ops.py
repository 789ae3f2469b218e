"""Negative templates: invoices, purchase orders, inventories, IT, facilities, recalls, shortages."""
import datetime

from stdnum import ean, luhn

from gen_attach import make_csv, make_pdf, make_xlsx, make_zip
from gen_common import CHSLDS, DOM, SERVICES, STAFF, fdate, fday
from gen_tpl import box, bye, future, hello, past, pick_staff, sig, who

XLSX_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
VENDORS = [("Médi-Équipements Laurentides inc.", "factures@mediequip-laurentides.example", "450-555-0191"),
           ("Distribution Santé Boréale", "comptes@dsboreale.example", "514-555-0193"),
           ("Orthèses et Aides à la mobilité Dufresne", "ventes@oam-dufresne.example", "450-555-0195"),
           ("Bureautique Prévost", "facturation@bureautique-prevost.example", "579-555-0197")]
ITEMS = [("Déambulateur 4 roues avec siège", "Four-wheel rollator with seat", 189.00),
         ("Protecteurs de hanche (paquet de 3)", "Hip protectors (pack of 3)", 74.50),
         ("Capteur de lit avec alarme", "Bed exit sensor with alarm", 312.00),
         ("Chaise d'aisance", "Commode chair", 145.00),
         ("Barre d'appui 24 po", "24-inch grab bar", 38.90),
         ("Bas antidérapants (douzaine)", "Non-slip socks (dozen)", 42.00),
         ("Tensiomètre automatique", "Automatic BP monitor", 129.00),
         ("Chronomètre (TUG)", "Stopwatch (TUG)", 18.75),
         ("Trousse MoCA - formulaires (bloc de 50)", "MoCA forms (pad of 50)", 55.00),
         ("Lève-personne mobile", "Mobile patient lift", 3890.00)]


def luhn_serial(rng, n=9):
    body = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def ean13(rng):
    body = str(rng.randrange(6, 8)) + ''.join(str(rng.randrange(10)) for _ in range(11))
    return body + ean.calc_check_digit(body)


def _money(x, L):
    s = f"{x:,.2f}"
    return s.replace(',', ' ').replace('.', ',') + ' $' if L == 'fr' else '$' + s


def invoice(d, pool):
    """Vendor invoice with labelled fields (client, account, ship-to)."""
    r, L = d.rng, d.lang
    v = r.pick(VENDORS)
    d.category = 'invoice'
    d.sender = (v[0], v[1])
    d.to = [("Comptes fournisseurs" if L == 'fr' else "Accounts payable", f"comptes.fournisseurs@{DOM}")]
    no = f"F-{d.when.year}-{r.randrange(10000, 99999)}"
    po = f"BC{r.randrange(400000, 499999)}"
    lines = r.sample(ITEMS, r.randrange(2, 5))
    rows, tot = [], 0
    for it in lines:
        q = r.randrange(1, 12)
        tot += q * it[2]
        rows.append([it[0] if L == 'fr' else it[1], q, _money(it[2], L), _money(q * it[2], L)])
    tps, tvq = tot * 0.05, tot * 0.09975
    site = r.pick(CHSLDS + ["Hôpital de jour gériatrique"])
    kv = [("Facture no" if L == 'fr' else "Invoice no.", no), ("Date", fdate(d.when.date(), L, 'iso')),
          ("Client", "CISSS des Trois-Rivages"), ("No de client" if L == 'fr' else "Customer no.", str(r.randrange(100000, 999999))),
          ("Bon de commande" if L == 'fr' else "PO", po), ("Livrer à" if L == 'fr' else "Ship to", f"{site}, 75, chemin des Érables, Saint-Aubin"),
          ("Attention", pick_staff(r, 'admin', md=False).name())]
    body = [('kv', kv), ('table', ["Article" if L == 'fr' else "Item", "Qté" if L == 'fr' else "Qty", "Prix unitaire" if L == 'fr' else "Unit price", "Total"], rows),
            ('kv', [("Sous-total" if L == 'fr' else "Subtotal", _money(tot, L)), ("TPS" if L == 'fr' else "GST", _money(tps, L)), ("TVQ" if L == 'fr' else "QST", _money(tvq, L)),
                    ("Total", _money(tot + tps + tvq, L)), ("TPS no" if L == 'fr' else "GST no.", f"{luhn_serial(r)} RT0001")])]
    if L == 'fr':
        d.subject = f"Facture {no} - {v[0]}"
        d.blocks = ["Bonjour,", f"Veuillez trouver ci-joint la facture {no} (bon de commande {po}). Paiement net 30 jours.",
                    "Merci de votre confiance.", f"{v[0]} - {v[2]}"]
    else:
        d.subject = f"Invoice {no} - {v[0]}"
        d.blocks = ["Hello,", f"Please find attached invoice {no} (PO {po}). Payment terms net 30.", "Thank you for your business.",
                    f"{v[0]} - {v[2]}"]
    d.attachments.append(('application/pdf', f"{no}.pdf", make_pdf(("Facture " if L == 'fr' else "Invoice ") + no, body, v[0],
                                                                  compress=r.chance(0.5), lang=L)))
    d.note = 'vendor invoice'


def purchase_order(d, pool):
    """Purchase order with lot numbers and EAN codes (HTML table)."""
    r, L = d.rng, d.lang
    buyer = pick_staff(r, 'admin', md=False)
    v = r.pick(VENDORS)
    d.category = 'purchase_order'
    d.sender = who(buyer)
    d.to = [(v[0], v[1])]
    po = f"BC{r.randrange(400000, 499999)}"
    rows = []
    for it in r.sample(ITEMS, 3):
        rows.append([it[0] if L == 'fr' else it[1], ean13(r), r.randrange(2, 20), _money(it[2], L)])
    head = ["Description", "CUP / EAN" if L == 'fr' else "UPC / EAN", "Qté" if L == 'fr' else "Qty", "Prix" if L == 'fr' else "Price"]
    if L == 'fr':
        d.subject = f"Bon de commande {po}"
        d.blocks = [hello(r, L), f"Voici notre bon de commande {po} pour la clinique des chutes. Livraison au quai, 410, rue du Moulin, "
                    "entre 8 h et 15 h.", ('table', head, rows), "Merci d'indiquer le numéro de commande sur la facture.", bye(r, L), sig(r, buyer, L)]
    else:
        d.subject = f"Purchase order {po}"
        d.blocks = [hello(r, L), f"Here is our purchase order {po} for the falls clinic. Deliver to the dock, 410 rue du Moulin, 8 a.m.-3 p.m.",
                    ('table', head, rows), "Please quote the PO number on the invoice.", bye(r, L), sig(r, buyer, L)]
    d.hints['fmt'] = r.pick(['html', 'alt'])
    d.note = 'purchase order with product codes'


def inventory(d, pool):
    """Equipment inventory with Luhn-valid serial numbers and asset tags."""
    r, L = d.rng, d.lang
    tech = pick_staff(r, 'admin', md=False)
    d.category = 'inventory'
    d.sender = who(tech)
    d.to = [who(pick_staff(r, r.pick(['hjg', 'chsld']), md=False))]
    eq = [("Lève-personne Arjo", "Arjo patient lift"), ("Fauteuil roulant Invacare", "Invacare wheelchair"),
          ("Tensiomètre Welch Allyn", "Welch Allyn BP monitor"), ("Lit électrique Stryker", "Stryker electric bed"),
          ("Balance à fauteuil", "Wheelchair scale"), ("Glucomètre", "Glucometer")]
    rows = []
    for i in range(r.randrange(6, 12)):
        it = r.pick(eq)
        sn = luhn_serial(r, r.pick([9, 10]))
        if len(sn) == 9 and r.chance(0.5):
            sn = f"{sn[:3]} {sn[3:6]} {sn[6:]}"
        rows.append([f"ACT-{r.randrange(10000, 99999)}", it[0] if L == 'fr' else it[1], sn,
                     fdate(past(d, 100, 1500), L, 'iso'), r.pick(["conforme", "à réparer", "réformé"]) if L == 'fr' else r.pick(["OK", "repair", "retired"])])
    head = ["No actif", "Équipement", "No de série", "Dernière inspection", "État"] if L == 'fr' else \
        ["Asset", "Equipment", "Serial no.", "Last inspection", "Status"]
    if L == 'fr':
        d.subject = "Inventaire des équipements - génie biomédical"
        d.blocks = [hello(r, L), "Voici l'inventaire à valider avant la fin du mois. Merci d'indiquer les équipements manquants.", bye(r, L), sig(r, tech, L)]
    else:
        d.subject = "Equipment inventory - biomedical engineering"
        d.blocks = [hello(r, L), "Here is the inventory to validate before month end. Please flag any missing equipment.", bye(r, L), sig(r, tech, L)]
    if r.chance(0.5):
        d.attachments.append((XLSX_CT, 'inventaire_equipements.xlsx' if L == 'fr' else 'equipment_inventory.xlsx',
                              make_xlsx([("Inventaire" if L == 'fr' else "Inventory", head, rows)], tech.name())))
    else:
        d.attachments.append(('text/csv', 'inventaire.csv' if L == 'fr' else 'inventory.csv',
                              make_csv(head, rows, delim=';' if L == 'fr' else ',', encoding='utf-8')))
    d.note = 'equipment inventory with serial numbers'


def it_outage(d, pool):
    """IT maintenance / outage notice for the clinical record system."""
    r, L = d.rng, d.lang
    d.category = 'it'
    d.sender = ("Centre de services TI" if L == 'fr' else "IT Service Desk", f"servicedesk@{DOM}")
    d.to = [("Tous les utilisateurs" if L == 'fr' else "All users", f"tous@{DOM}")]
    day = future(d, 2, 12)
    sys_ = r.pick(["DSQ", "Cristal-Net", "RSIPA", "SIC+", "Logibec"])
    ticket = f"INC{r.randrange(1000000, 9999999)}"
    if L == 'fr':
        d.subject = f"[Maintenance planifiée] {sys_} indisponible le {fdate(day, L)}"
        d.blocks = ["Bonjour,", f"Une maintenance de {sys_} aura lieu le {fday(day, L)} de 22 h à 2 h. Pendant cette période, utilisez les "
                    "procédures dégradées (formulaires papier) et saisissez les données au retour du système.",
                    f"Référence : {ticket}. Pour toute question : poste 5555.", "Centre de services TI"]
    else:
        d.subject = f"[Planned maintenance] {sys_} unavailable {fdate(day, L)}"
        d.blocks = ["Hello,", f"{sys_} maintenance is planned {fday(day, L)} from 10 p.m. to 2 a.m. Use downtime procedures (paper forms) "
                    "and enter data once the system is back.", f"Reference: {ticket}. Questions: ext. 5555.", "IT Service Desk"]
    d.note = 'IT planned maintenance notice'


def phishing(d, pool):
    """Security awareness message about a phishing campaign."""
    r, L = d.rng, d.lang
    d.category = 'it'
    d.sender = ("Sécurité de l'information" if L == 'fr' else "Information Security", f"securite.info@{DOM}")
    d.to = [("Tous les utilisateurs" if L == 'fr' else "All users", f"tous@{DOM}")]
    d.hints['importance'] = True
    if L == 'fr':
        d.subject = "ALERTE : courriels frauduleux « Mise à jour de votre paie »"
        d.blocks = ["Bonjour,", "Une campagne d'hameçonnage cible actuellement le personnel du réseau. Les courriels imitent le service de la paie "
                    "et demandent de confirmer votre NAS et vos identifiants.",
                    ('list', ["Ne cliquez sur aucun lien", "Ne transmettez jamais votre mot de passe",
                              "Signalez le courriel avec le bouton « Signaler » d'Outlook"]), "Sécurité de l'information"]
    else:
        d.subject = "ALERT: fraudulent e-mails \"Update your pay information\""
        d.blocks = ["Hello,", "A phishing campaign is targeting network staff. The e-mails imitate payroll and ask you to confirm your SIN "
                    "and credentials.", ('list', ["Do not click any link", "Never share your password",
                                                  "Report the message with Outlook's Report button"]), "Information Security"]
    d.note = 'phishing awareness alert'


def it_ticket(d, pool):
    """IT helpdesk ticket about a printer / workstation, with asset numbers."""
    r, L = d.rng, d.lang
    tech = [s for s in STAFF if s.role_en == 'IT technician'][0]
    user = pick_staff(r, r.pick(['memoire', 'hjg', 'chutes']), md=False)
    d.category = 'it'
    d.sender = who(tech)
    d.to = [who(user)]
    d.reply = True
    ticket = f"REQ{r.randrange(100000, 999999)}"
    asset = f"PC-{r.randrange(10000, 99999)}"
    sn = luhn_serial(r, 10)
    if L == 'fr':
        d.subject = f"RE: [{ticket}] Imprimante du poste d'accueil"
        d.blocks = [f"Bonjour {user.given},", f"Le fil d'impression de l'imprimante (no de série {sn}) a été vidé et le pilote réinstallé sur {asset}. "
                    "Pouvez-vous confirmer que l'impression des étiquettes fonctionne?", sig(r, tech, L, False),
                    ('quote', f"Le {fdate(past(d, 1, 3), L)}, {user.name()} a écrit :", ["L'imprimante de l'accueil n'imprime plus les étiquettes depuis ce matin. Merci!"])]
    else:
        d.subject = f"RE: [{ticket}] Front desk printer"
        d.blocks = [f"Hi {user.given},", f"The print queue for the printer (serial {sn}) was cleared and the driver reinstalled on {asset}. "
                    "Can you confirm label printing works?", sig(r, tech, L, False),
                    ('quote', f"On {fdate(past(d, 1, 3), L)}, {user.name()} wrote:", ["The front desk printer stopped printing labels this morning. Thanks!"])]
    d.note = 'IT helpdesk ticket reply'


def facilities(d, pool):
    """Facilities notice: elevator, water shut-off, parking, renovation."""
    r, L = d.rng, d.lang
    d.category = 'facilities'
    d.sender = ("Services techniques" if L == 'fr' else "Technical Services", f"services.techniques@{DOM}")
    d.to = [("Personnel du Pavillon Laurier" if L == 'fr' else "Pavillon Laurier staff", f"pav.laurier@{DOM}")]
    day = future(d, 2, 14)
    kind = r.randrange(4)
    if L == 'fr':
        txt = ["L'ascenseur no 2 sera hors service pour entretien préventif de 7 h à 15 h. Prévoir l'accompagnement des usagers en fauteuil roulant vers l'ascenseur no 1.",
               "L'eau sera coupée dans l'aile B de 9 h à 11 h (remplacement d'une valve). Les toilettes de l'aile A restent accessibles.",
               "Le stationnement P3 sera fermé pour le marquage des lignes. Les vignettes du personnel sont acceptées au P1.",
               "Les travaux de réaménagement de la salle d'exercice de l'hôpital de jour débutent. Bruit possible entre 8 h et 16 h."][kind]
        d.subject = ["Ascenseur no 2 hors service", "Interruption d'eau - aile B", "Fermeture du stationnement P3", "Travaux - salle d'exercice HJG"][kind] + f" - {fdate(day, L)}"
        d.blocks = ["Bonjour,", f"Le {fday(day, L)} : {txt}", "Merci de votre compréhension.", "Services techniques - poste 4000"]
    else:
        txt = ["Elevator #2 will be out of service for preventive maintenance from 7 a.m. to 3 p.m. Please escort wheelchair users to elevator #1.",
               "Water will be shut off in wing B from 9 to 11 a.m. (valve replacement). Wing A washrooms remain available.",
               "Parking lot P3 will be closed for line painting. Staff permits are accepted in P1.",
               "Renovation of the day hospital exercise room starts. Noise possible between 8 a.m. and 4 p.m."][kind]
        d.subject = ["Elevator #2 out of service", "Water shut-off - wing B", "Parking P3 closure", "Works - GDH exercise room"][kind] + f" - {fdate(day, L)}"
        d.blocks = ["Hello,", f"On {fday(day, L)}: {txt}", "Thank you for your understanding.", "Technical Services - ext. 4000"]
    d.note = 'facilities notice'


def recall(d, pool):
    """Product recall with lot numbers."""
    r, L = d.rng, d.lang
    d.category = 'recall'
    d.sender = ("Gestion des risques" if L == 'fr' else "Risk Management", f"gestion.risques@{DOM}")
    d.to = [("Gestionnaires SAPA" if L == 'fr' else "SAPA managers", f"gestionnaires.sapa@{DOM}")]
    lots = [f"{r.pick(['LT', 'L', 'LOT'])}{r.randrange(2301, 2412)}-{r.randrange(1000, 9999)}" for _ in range(3)]
    model = r.pick([("déambulateurs", "rollators", "RX-400"), ("capteurs de lit", "bed sensors", "BS-22"), ("ceintures de marche", "gait belts", "GB-7")])
    if L == 'fr':
        d.subject = f"Avis de rappel - {model[0]} {model[2]}"
        d.blocks = [hello(r, L), f"Le fabricant rappelle les {model[0]} modèle {model[2]} des lots suivants (risque de bris du frein / mauvaise détection) :",
                    ('list', lots), f"Numéro CUP : {ean13(r)}. Retirer immédiatement les unités visées et les étiqueter « Ne pas utiliser ».",
                    "Compléter le formulaire de retour avant le 30. Aucun incident déclaré dans nos installations à ce jour.", "Gestion des risques"]
    else:
        d.subject = f"Recall notice - {model[1]} {model[2]}"
        d.blocks = [hello(r, L), f"The manufacturer is recalling {model[1]} model {model[2]}, lots below (brake failure / detection issue):",
                    ('list', lots), f"UPC: {ean13(r)}. Remove affected units immediately and tag \"Do not use\".",
                    "Complete the return form by the 30th. No incidents reported in our facilities to date.", "Risk Management"]
    d.note = 'equipment recall with lot numbers'


def shortage(d, pool):
    """Drug shortage notice from the pharmacy department."""
    r, L = d.rng, d.lang
    ph = [s for s in STAFF if s.role_en == 'pharmacist'][0]
    d.category = 'drug_shortage'
    d.sender = ("Département de pharmacie" if L == 'fr' else "Pharmacy Department", f"pharmacie@{DOM}")
    d.to = [("Prescripteurs SAPA" if L == 'fr' else "SAPA prescribers", f"prescripteurs.sapa@{DOM}")]
    drug = r.pick([("donépézil 10 mg (Apo-Donepezil)", "donepezil 10 mg (Apo-Donepezil)", "donépézil 5 mg x 2 ou autre fabricant", "two 5 mg tablets or another manufacturer"),
                   ("rivastigmine timbre 9,5 mg/24 h", "rivastigmine 9.5 mg/24 h patch", "rivastigmine capsules 4,5 mg BID", "rivastigmine capsules 4.5 mg BID"),
                   ("quétiapine 25 mg", "quetiapine 25 mg", "quétiapine 12,5 mg (comprimés coupés)", "quetiapine 12.5 mg (split tablets)")])
    lot = f"{r.pick(['A', 'K', 'M'])}{r.randrange(100000, 999999)}"
    if L == 'fr':
        d.subject = f"Pénurie - {drug[0]}"
        d.blocks = [hello(r, L), f"Rupture d'approvisionnement de {drug[0]} prévue jusqu'à la fin du mois (dernier lot reçu : {lot}).",
                    f"Alternative suggérée : {drug[2]}. Aucune nouvelle ordonnance ne doit viser ce produit pendant la pénurie.",
                    f"Questions : {ph.name()}, pharmacien, poste 3120.", "Département de pharmacie"]
    else:
        d.subject = f"Shortage - {drug[1]}"
        d.blocks = [hello(r, L), f"Supply disruption of {drug[1]} expected until month end (last lot received: {lot}).",
                    f"Suggested alternative: {drug[3]}. Please avoid new prescriptions for this product during the shortage.",
                    f"Questions: {ph.name()}, pharmacist, ext. 3120.", "Pharmacy Department"]
    d.note = 'drug shortage notice'


def phone_list(d, pool):
    """Updated internal phone directory of the services."""
    r, L = d.rng, d.lang
    clerk = pick_staff(r, 'admin', md=False)
    d.category = 'directory'
    d.sender = who(clerk)
    d.to = [("Tous SAPA" if L == 'fr' else "All SAPA", f"tous.sapa@{DOM}")]
    rows = [[s[L], s['site'], s['tel'], s['fax']] for k, s in SERVICES.items()]
    head = ["Service", "Site", "Téléphone", "Télécopieur"] if L == 'fr' else ["Service", "Site", "Phone", "Fax"]
    if L == 'fr':
        d.subject = "Bottin téléphonique SAPA - mise à jour"
        d.blocks = [hello(r, L), "Voici le bottin mis à jour des services SAPA. Merci de remplacer l'ancienne version affichée.",
                    ('table', head, rows), sig(r, clerk, L)]
    else:
        d.subject = "SAPA phone directory - update"
        d.blocks = [hello(r, L), "Here is the updated SAPA services directory. Please replace the posted version.",
                    ('table', head, rows), sig(r, clerk, L)]
    if r.chance(0.4):
        vc = '\r\n'.join(['BEGIN:VCARD', 'VERSION:3.0', 'N:;Clinique de mémoire;;;', 'FN:Clinique de mémoire - Hôpital Saint-Aubin',
                          'ORG:CISSS des Trois-Rivages', 'TEL;TYPE=WORK:450-555-0142', 'TEL;TYPE=FAX:450-555-0143',
                          'ADR;TYPE=WORK:;;2150 boulevard des Ormes;Saint-Aubin;QC;J7Z 0A1;Canada', 'END:VCARD']) + '\r\n'
        d.attachments.append(('text/vcard', 'clinique_memoire.vcf', vc.encode('utf-8')))
    d.note = 'service phone directory'


def budget(d, pool):
    """Budget follow-up with cost centres (aggregate amounts)."""
    r, L = d.rng, d.lang
    boss = [s for s in STAFF if s.role_en == 'SAPA service manager'][0]
    fin = pick_staff(r, 'admin', md=False, exclude=(boss,))
    d.category = 'budget'
    d.sender = who(fin)
    d.to = [who(boss)]
    rows = [[f"{r.randrange(6000, 7999)}", s[L], _money(r.randrange(200000, 2500000), L), f"{r.randrange(-9, 12)} %"] for s in list(SERVICES.values())[:5]]
    head = ["Centre", "Service", "Budget annuel" if L == 'fr' else "Annual budget", "Écart" if L == 'fr' else "Variance"]
    if L == 'fr':
        d.subject = f"Suivi budgétaire P{r.randrange(1, 13)} - SAPA"
        d.blocks = [hello(r, L, boss.given), "Voici le suivi budgétaire. Le dépassement à l'HJG s'explique par le recours à la main-d'œuvre indépendante.",
                    ('table', head, rows), bye(r, L), sig(r, fin, L)]
    else:
        d.subject = f"Budget follow-up P{r.randrange(1, 13)} - SAPA"
        d.blocks = [hello(r, L, boss.given), "Here is the budget follow-up. The GDH overrun is due to agency staffing.",
                    ('table', head, rows), bye(r, L), sig(r, fin, L)]
    d.note = 'budget follow-up by cost centre'


def room_booking(d, pool):
    """Meeting room booking confirmation."""
    r, L = d.rng, d.lang
    user = pick_staff(r)
    d.category = 'facilities'
    d.sender = ("Réservation de salles" if L == 'fr' else "Room booking", f"salles@{DOM}")
    d.to = [who(user)]
    day = future(d, 1, 20)
    room = r.pick(["Laurier", "2.010", "3.114", "Salle du conseil"])
    if L == 'fr':
        d.subject = f"Confirmation de réservation - salle {room}, {fdate(day, L)}"
        d.blocks = [f"Bonjour {user.name()},", f"Votre réservation de la salle {room} est confirmée pour le {fday(day, L)} de 12 h à 13 h 30 "
                    "(objet : réunion interdisciplinaire). Projecteur et ligne de conférence inclus.", "Réservation de salles - poste 2000"]
    else:
        d.subject = f"Booking confirmation - room {room}, {fdate(day, L)}"
        d.blocks = [f"Hello {user.name()},", f"Your booking of room {room} is confirmed for {fday(day, L)} from noon to 1:30 p.m. "
                    "(purpose: interdisciplinary meeting). Projector and conference line included.", "Room booking - ext. 2000"]
    d.note = 'meeting room booking confirmation'


def quote_zip(d, pool):
    """Vendor quotation bundle (ZIP with PDF + CSV price list)."""
    r, L = d.rng, d.lang
    v = r.pick(VENDORS)
    buyer = pick_staff(r, 'admin', md=False)
    d.category = 'quotation'
    d.sender = (v[0], v[1])
    d.to = [who(buyer)]
    rows = [[it[0] if L == 'fr' else it[1], ean13(r), _money(it[2] * 0.92, L)] for it in r.sample(ITEMS, 5)]
    head = ["Produit" if L == 'fr' else "Product", "EAN", "Prix soumis" if L == 'fr' else "Quoted price"]
    pdf = make_pdf("Soumission" if L == 'fr' else "Quotation", [('table', head, rows), "Validité : 60 jours" if L == 'fr' else "Valid 60 days"], v[0], lang=L)
    z = make_zip([("soumission.pdf" if L == 'fr' else "quotation.pdf", pdf), ("liste_prix.csv" if L == 'fr' else "price_list.csv", make_csv(head, rows))])
    no = f"S-{r.randrange(1000, 9999)}"
    if L == 'fr':
        d.subject = f"Soumission {no} - équipements de prévention des chutes"
        d.blocks = ["Bonjour,", "Tel que demandé, voici notre soumission et la liste de prix au format CSV.", "Au plaisir,", f"{v[0]} - {v[2]}"]
    else:
        d.subject = f"Quotation {no} - fall prevention equipment"
        d.blocks = ["Hello,", "As requested, here is our quotation and the price list in CSV.", "Best regards,", f"{v[0]} - {v[2]}"]
    d.attachments.append(('application/zip', f"soumission_{no}.zip" if L == 'fr' else f"quotation_{no}.zip", z))
    d.note = 'vendor quotation bundle'
