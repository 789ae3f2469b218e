"""Negative templates, part C: invoices, purchase orders, recalls, shortages, IT, facilities, directories."""
import datetime

import gen_files as F
import gen_people as P
from gen_common import greet, closing, sig, staff_addr, doc_addr, doc_name, quote_block, fwd_block, email_of, spec_name
from gen_mime import html_table
from gen_neg_a import neg, ALL_STAFF, ALL_STAFF_EN
from stdnum import luhn


def luhn_serial(r, n=9):
    body = ''.join(r.choice('0123456789') for _ in range(n - 1))
    return body + luhn.calc_check_digit(body)


def n_invoice(c, lang):
    r = c.rng
    when = c.when()
    inv = f"F-{when.year}-{r.randint(1000, 9999)}"
    vend = r.choice([(P.INTERP[0], P.INTERP[1]), ('Fournitures médicales Laurentia', 'laurentia-med.example'),
                     ('TeleFax Solutions inc.', 'telefax-sol.example')])
    lines = [f"# Facture {inv}", f"Client : {P.CLINIC['fr']}", P.CLINIC['addr_fr'], f"Date : {when:%Y-%m-%d}", f"No de client : C{r.randint(10000, 99999)}", '']
    tot = 0
    for i in range(r.randint(3, 7)):
        q = r.randint(1, 20)
        pu = r.randint(15, 240)
        tot += q * pu
        item = r.choice(["Heures d'interprétation (arabe)", 'Heures d\'interprétation (LSQ)', 'Gants nitrile M (boîte)', 'Papier d\'examen',
                         'Licence télécopie-courriel (mois)', 'Cartouche toner', 'Abaisse-langues (500)'])
        lines.append(f"{item:45s} {q:3d} x {pu:7.2f} $ = {q * pu:9.2f} $")
    tps, tvq = tot * 0.05, tot * 0.09975
    lines += ['', f"Sous-total : {tot:.2f} $", f"TPS (no {r.randint(100000000, 999999999)} RT0001) : {tps:.2f} $", f"TVQ (no {r.randint(1000000000, 1999999999)} TQ0001) : {tvq:.2f} $",
              f"Total : {tot + tps + tvq:.2f} $", 'Paiement net 30 jours.']
    pdfb = F.pdf('Facture', lines, author=vend[0], compress=r.random() < .5)
    if lang == 'fr':
        body = f"Bonjour,\n\nVeuillez trouver ci-jointe notre facture {inv}.\n\nMerci de votre confiance,\nComptes recevables\n{vend[0]}"
        subj = f"Facture {inv}"
    else:
        body = f"Hello,\n\nPlease find attached invoice {inv}.\n\nThank you for your business,\nAccounts receivable\n{vend[0]}"
        subj = f"Invoice {inv}"
    return neg(c, lang, 'invoice', 'supplier invoice PDF with tax numbers', ('Comptes recevables', f"ar@{vend[1]}"),
               [('Comptes payables', f"cp@{P.CLINIC['dom']}")], subj, body, date=when, attachments=[dict(data=pdfb, filename=f"{inv}.pdf")])


def n_purchase_order(c, lang):
    r = c.rng
    when = c.when()
    mgr = c.manager()
    po = f"BC-{r.randint(40000, 49999)}"
    rows = [['Article', 'Modèle', 'No de série', 'Étiquette d\'actif', 'Qté'] if lang == 'fr' else ['Item', 'Model', 'Serial no.', 'Asset tag', 'Qty']]
    for it in r.sample([('Télécopieur', 'FX-4420'), ('Imprimante d\'étiquettes', 'LBL-220'), ('Lecteur de cartes RAMQ', 'CR-9'),
                        ('Tensiomètre', 'BP-710'), ('Poste de travail', 'WS-13'), ('Casque téléphonique', 'HS-60')], 4):
        rows.append([it[0], it[1], luhn_serial(r, r.choice([9, 10, 12])), f"ACT-{r.randint(100000, 999999)}", r.randint(1, 6)])
    data = F.xlsx([(po, rows)], creator=mgr[0])
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nBon de commande {po} approuvé, voir le détail (numéros de série et étiquettes d'actifs) dans le fichier joint. "
                f"Livraison au quai B, 2e sous-sol.\n\n{sig(mgr, 'fr', r)}")
        subj = f"Bon de commande {po}"
    else:
        body = (f"{greet('en', r)}\n\nPO {po} approved; details (serial numbers and asset tags) in the attached file. Deliver to dock B, level P2.\n\n{sig(mgr, 'en', r)}")
        subj = f"Purchase order {po}"
    return neg(c, lang, 'purchase_order', 'purchase order with checksum-valid serial numbers', staff_addr(mgr),
               [('Approvisionnement', f"appro@{P.CLINIC['dom']}")], subj, body, date=when, attachments=[dict(data=data, filename=f"{po}.xlsx")])


def n_supplier_recall(c, lang):
    r = c.rng
    when = c.when()
    prod = r.choice([('Bandelettes de glycémie GlucoPlus', 'GlucoPlus blood glucose strips'), ('Tubulures de perfusion FlowSet', 'FlowSet IV tubing'),
                     ('Lancettes SafeTouch 28G', 'SafeTouch 28G lancets')])
    lots = [f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.randint(10000000, 99999999)}"
            for _ in range(3)]
    vend = ('Avis de rappel — Laurentia', 'rappels@laurentia-med.example')
    if lang == 'fr':
        body = (f"AVIS DE RAPPEL VOLONTAIRE — {prod[0]}\n\nLots visés :\n" + '\n'.join(f"- Lot {l} (exp. {when.year + 1}-{r.randint(1, 12):02d})" for l in lots) +
                f"\n\nRisque : lectures faussement basses possibles. Aucun incident rapporté au Canada. Retirez les boîtes des salles d'examen et "
                f"communiquez avec nous pour un crédit.\n\nSanté Canada — numéro d'homologation {r.randint(10000, 99999)}")
        subj = f"Rappel — {prod[0]}"
    else:
        body = (f"VOLUNTARY RECALL NOTICE - {prod[1]}\n\nAffected lots:\n" + '\n'.join(f"- Lot {l} (exp. {when.year + 1}-{r.randint(1, 12):02d})" for l in lots) +
                f"\n\nRisk: possible falsely low readings. No incidents reported in Canada. Remove boxes from exam rooms and contact us for a credit.\n\n"
                f"Health Canada licence no. {r.randint(10000, 99999)}")
        subj = f"Recall - {prod[1]}"
    fw = r.random() < .5
    if fw:
        s = c.staff()
        body = ((f"{greet('fr', r)}\n\nÀ vérifier dans les armoires des salles 3 et 7 svp.\n\n{s[0]}\n\n" if lang == 'fr' else
                 f"{greet('en', r)}\n\nPlease check the cupboards in rooms 3 and 7.\n\n{s[0]}\n\n") + fwd_block(body, lang, vend, when, subj, ('Clinique', f"appro@{P.CLINIC['dom']}")))
        return neg(c, lang, 'supplier_recall', 'supplier recall with lot numbers (forwarded)', staff_addr(s), [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN],
                   ('TR : ' if lang == 'fr' else 'Fwd: ') + subj, body, date=when + datetime.timedelta(hours=2))
    return neg(c, lang, 'supplier_recall', 'supplier recall with NAM-like lot numbers', vend, [('Approvisionnement', f"appro@{P.CLINIC['dom']}")], subj, body, date=when)


def n_drug_shortage(c, lang):
    r = c.rng
    when = c.when()
    drug = r.choice([('Pico-Salax', 'préparation colique', 'bowel prep', 'PEG 3350 4 L (Colyte)'), ('méthotrexate injectable 25 mg/mL', 'méthotrexate', 'methotrexate',
                                                                                                   'seringues préremplies'),
                     ('latanoprost 0,005 %', 'gouttes ophtalmiques', 'eye drops', 'travoprost'), ('insuline glargine (Lantus)', 'insuline', 'insulin', 'Basaglar')])
    doc = c.doc()
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nPÉNURIE : {drug[0]} ({drug[1]}) — rupture prévue jusqu'au {P.dlong(when.date() + datetime.timedelta(days=r.randint(20, 80)), 'fr')}.\n"
                f"Substitut recommandé par le comité de pharmacologie : {drug[3]}. Les secrétaires doivent remettre la nouvelle feuille de consignes "
                f"à toute personne convoquée pour une coloscopie ou un suivi concerné.\n\nDépartement de pharmacie\n{P.HOSPITALS[0][0]}")
        subj = f"Avis de pénurie — {drug[0]}"
    else:
        body = (f"{greet('en', r)}\n\nSHORTAGE: {drug[0]} ({drug[2]}) - out of stock expected for several weeks.\nSubstitute recommended by the P&T committee: "
                f"{drug[3]}. Clerical staff should hand out the new instruction sheet to anyone booked for an affected procedure or follow-up.\n\n"
                f"Pharmacy department\n{P.HOSPITALS[0][0]}")
        subj = f"Drug shortage notice - {drug[0]}"
    return neg(c, lang, 'drug_shortage', 'drug shortage notice with substitute', ('Pharmacie', f"pharmacie@{P.HOSPITALS[0][1]}"),
               [('Tout le personnel', f"tous@{P.CLINIC['dom']}")], subj, body, date=when)


def n_it_fax_migration(c, lang):
    r = c.rng
    when = c.when()
    it = ('Soutien informatique', f"ti@{P.CLINIC['dom']}")
    d = P.workday_after(r, when.date(), 5, 20)
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nLe {P.dlong(d, 'fr', True)}, les télécopieurs des cliniques seront remplacés par le service Télécopie-vers-courriel. "
                f"Chaque clinique aura une boîte partagée (ex. secretariat-gastro@{P.CLINIC['dom']}). Les numéros de télécopieur ne changent pas "
                f"({P.CLINIC['fax']}, 450-555-0146, 450-555-0147).\n\nImportant : ne transférez jamais une télécopie reçue vers une adresse personnelle.\n\n"
                f"Soutien informatique — poste 5000")
        subj = 'Migration des télécopieurs vers le courriel'
    else:
        body = (f"{greet('en', r)}\n\nOn {P.dlong(d, 'en', True)} the clinic fax machines will be replaced by the fax-to-email service. Each clinic gets a shared "
                f"mailbox (e.g. secretariat-gastro@{P.CLINIC['dom']}). Fax numbers stay the same ({P.CLINIC['fax']}, 450-555-0146, 450-555-0147).\n\n"
                f"Important: never forward a received fax to a personal address.\n\nIT support - ext. 5000")
        subj = 'Fax machines moving to e-mail'
    return neg(c, lang, 'it_notice', 'IT notice: fax-to-email migration', it, [('Tout le personnel', f"tous@{P.CLINIC['dom']}")], subj, body, date=when)


def n_it_outage(c, lang):
    r = c.rng
    when = c.when()
    it = ('Centre de services TI', f"servicedesk@{P.CLINIC['dom']}")
    tk = f"INC{r.randint(1000000, 9999999)}"
    if lang == 'fr':
        body = (f"Billet {tk} — RÉSOLU\n\nLe module de rendez-vous était inaccessible de 8 h 12 à 9 h 47. Cause : certificat expiré sur le serveur "
                f"AGENDA-02 (IP 10.20.{r.randint(1, 254)}.{r.randint(1, 254)}). Les rendez-vous pris sur papier pendant la panne doivent être saisis avant 16 h.\n\n"
                f"Centre de services TI")
        subj = f"[{tk}] Panne du module de rendez-vous — résolu"
    else:
        body = (f"Ticket {tk} - RESOLVED\n\nThe booking module was down from 8:12 to 9:47. Root cause: expired certificate on server AGENDA-02 "
                f"(IP 10.20.{r.randint(1, 254)}.{r.randint(1, 254)}). Appointments taken on paper during the outage must be entered before 4 PM.\n\nIT service desk")
        subj = f"[{tk}] Booking module outage - resolved"
    return neg(c, lang, 'it_outage', 'IT outage ticket', it, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], subj, body, date=when)


def n_phishing(c, lang):
    r = c.rng
    when = c.when()
    it = ('Sécurité de l\'information', f"securite@{P.CLINIC['dom']}")
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nATTENTION : un courriel frauduleux circule avec l'objet « Votre boîte de télécopies est pleine ». Il imite notre "
                f"service Télécopie-vers-courriel et demande votre mot de passe. Ne cliquez pas. Signalez-le avec le bouton « Hameçonnage ».\n\n"
                f"Rappel : l'équipe TI ne vous demandera jamais votre mot de passe.\n\nSécurité de l'information")
        subj = 'Alerte hameçonnage — fausse télécopie'
    else:
        body = (f"{greet('en', r)}\n\nWARNING: a fraudulent e-mail is going around with the subject \"Your fax mailbox is full\". It imitates our fax-to-email "
                f"service and asks for your password. Don't click. Report it with the \"Phishing\" button.\n\nIT will never ask for your password.\n\nInformation security")
        subj = 'Phishing alert - fake fax'
    return neg(c, lang, 'phishing_warning', 'security awareness notice', it, [('Tout le personnel', f"tous@{P.CLINIC['dom']}")], subj, body, date=when)


def n_facilities(c, lang):
    r = c.rng
    when = c.when()
    fac = ('Installations matérielles', f"installations@{P.CLINIC['dom']}")
    d = P.workday_after(r, when.date(), 3, 20)
    k = r.randrange(3)
    if lang == 'fr':
        txt = [f"L'ascenseur no 2 sera hors service le {P.dlong(d, 'fr', True)}. Les usagers en fauteuil roulant doivent être dirigés vers l'ascenseur de service (aile B).",
               f"Des travaux de peinture auront lieu à la réception du 3e étage du {P.dlong(d, 'fr')} pendant 3 jours. L'accueil sera déplacé temporairement au local 305.",
               f"Le stationnement P2 sera fermé pour déneigement le {P.dlong(d, 'fr', True)} entre 6 h et 10 h."][k]
        body = f"{greet('fr', r)}\n\n{txt}\n\nMerci de votre compréhension.\n{fac[0]} — poste 2200"
        subj = ['Ascenseur hors service', 'Travaux — réception 3e étage', 'Fermeture stationnement P2'][k]
    else:
        txt = [f"Elevator #2 will be out of service on {P.dlong(d, 'en', True)}. Please direct wheelchair users to the service elevator (wing B).",
               f"The 3rd floor reception will be painted starting {P.dlong(d, 'en')} for 3 days. Check-in moves to room 305 temporarily.",
               f"Parking P2 will be closed for snow removal on {P.dlong(d, 'en', True)} from 6 to 10 a.m."][k]
        body = f"{greet('en', r)}\n\n{txt}\n\nThanks for your understanding.\n{fac[0]} - ext. 2200"
        subj = ['Elevator out of service', 'Work - 3rd floor reception', 'P2 parking closure'][k]
    return neg(c, lang, 'facilities', 'facilities notice', fac, [('Tout le personnel', f"tous@{P.CLINIC['dom']}")], subj, body, date=when)


def n_phone_directory(c, lang):
    r = c.rng
    when = c.when()
    s = c.staff()
    rows = [['nom', 'prenom', 'fonction', 'poste', 'courriel'] if lang == 'fr' else ['last_name', 'first_name', 'role', 'ext', 'email']]
    for x in P.STAFF:
        rows.append([x[1], x[0], x[2] if lang == 'fr' else x[3], r.randint(200, 499), email_of(x[0], x[1], P.CLINIC['dom'])])
    for d in P.PHYSICIANS[:8]:
        rows.append([d[2], d[1], spec_name(d[3], lang), r.randint(500, 599), email_of(d[1], d[2], P.CLINIC['dom'])])
    enc = r.choice(['utf-8', 'windows-1252'])
    data = F.csv_bytes(rows, delimiter=r.choice([',', ';']), encoding=enc, bom=r.random() < .3)
    body = ((f"{greet('fr', r)}\n\nBottin téléphonique interne à jour (CSV pour importer dans Outlook).\n\n{s[0]}") if lang == 'fr'
            else (f"{greet('en', r)}\n\nUpdated internal phone directory (CSV for Outlook import).\n\n{s[0]}"))
    subj = 'Bottin interne à jour' if lang == 'fr' else 'Updated phone directory'
    return neg(c, lang, 'phone_directory_csv', 'staff phone directory CSV', staff_addr(s), [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], subj, body, date=when,
               attachments=[dict(data=data, filename='bottin.csv' if lang == 'fr' else 'directory.csv', charset=enc)])


def n_zip_templates(c, lang):
    r = c.rng
    when = c.when()
    s = c.staff()
    conv = F.docx(['{{DATE}}', '', '{{TITRE}} {{PRENOM}} {{NOM}}', '{{ADRESSE}}', '', 'Objet : convocation — {{EXAMEN}}', '',
                   '{{TITRE}} {{NOM}},', 'Nous vous convoquons le {{DATE_RDV}} à {{HEURE}}.', '', 'Secrétariat'], author='Gabarits')
    blank = F.pdf('Demande de transport — gabarit', ['Usager : ________', 'Adresse de départ : ________', 'Destination : ________', 'Mobilité : [ ] fauteuil  [ ] civière'])
    xl = F.xlsx([('Liste', [['Rang', 'Nom', 'Prénom', 'NAM', 'DDN', 'Raison', 'Priorité']])])
    z = F.zipfile_bytes([('gabarits/convocation.docx', conv), ('gabarits/transport.pdf', blank), ('gabarits/liste_attente_VIDE.xlsx', xl),
                         ('gabarits/LISEZMOI.txt', b'Gabarits vierges 2025 - ne pas enregistrer de donnees patients dans ce dossier.\n')])
    body = ((f"{greet('fr', r)}\n\nVoici les gabarits 2025 (lettre de convocation, transport, liste d'attente vide) dans une archive.\n\n{sig(s, 'fr', r)}")
            if lang == 'fr' else (f"{greet('en', r)}\n\nHere are the 2025 templates (appointment letter, transport, empty wait list) in a zip.\n\n{sig(s, 'en', r)}"))
    subj = 'Gabarits 2025' if lang == 'fr' else '2025 templates'
    return neg(c, lang, 'zip_templates', 'ZIP of blank templates (DOCX, PDF, empty XLSX)', staff_addr(s), [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN],
               subj, body, date=when, attachments=[dict(data=z, filename='gabarits_2025.zip')])


def n_vendor_eml(c, lang):
    r = c.rng
    t0 = c.when()
    s = c.staff()
    vend = ('RappelPro — Service client', 'support@rappelpro.example')
    inner_text = (("Bonjour,\n\nNous vous informons qu'une maintenance de la plateforme de rappels automatisés aura lieu dimanche de 1 h à 5 h. "
                   "Aucun rappel SMS ne sera envoyé pendant cette période. Aucune action n'est requise de votre part.\n\nL'équipe RappelPro")
                  if lang == 'fr' else
                  ("Hello,\n\nScheduled maintenance of the automated reminder platform will take place Sunday 1-5 a.m. No SMS reminders will be "
                   "sent during that window. No action required.\n\nThe RappelPro team"))
    inner = dict(frm=vend, to=[('Clinique', f"admin@{P.CLINIC['dom']}")], subject='Maintenance planifiée' if lang == 'fr' else 'Scheduled maintenance',
                 date=t0, text=inner_text)
    body = ((f"{greet('fr', r)}\n\nPour info, avis du fournisseur ci-joint. Les rappels de lundi matin partiront quand même.\n\n{s[0]}") if lang == 'fr'
            else (f"{greet('en', r)}\n\nFYI, vendor notice attached. Monday morning reminders will still go out.\n\n{s[0]}"))
    subj = ('TR : ' if lang == 'fr' else 'Fwd: ') + inner['subject']
    return neg(c, lang, 'vendor_notice_eml', 'vendor maintenance notice attached as message/rfc822', staff_addr(s), [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN],
               subj, body, date=t0 + datetime.timedelta(hours=r.randint(1, 20)), eml_specs=[dict(spec=inner, filename=r.choice([None, 'avis.eml']))])


def n_room_booking(c, lang):
    r = c.rng
    when = c.when()
    s = c.staff()
    d = P.workday_after(r, when.date(), 1, 14)
    room = r.choice(['salle Boréale', 'salle 210', 'salle de conférence du 4e'])
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nEst-ce que la {room} est libre le {P.dlong(d, 'fr', True)} de 12 h à 13 h pour le dîner-formation "
                f"sur la terminologie en oncologie? Nous serons une douzaine.\n\n{closing('fr', r)}\n{s[0]}")
        subj = f"Réservation {room} — {d:%d/%m}"
    else:
        body = (f"{greet('en', r)}\n\nIs the {room} free on {P.dlong(d, 'en', True)} from noon to 1 for the lunch-and-learn on oncology terminology? "
                f"About twelve of us.\n\n{closing('en', r)}\n{s[0]}")
        subj = f"Room booking {room} - {d:%m/%d}"
    return neg(c, lang, 'room_booking', 'meeting room booking', staff_addr(s), [('Réservation de salles', f"salles@{P.CLINIC['dom']}")], subj, body, date=when)


def n_thank_you(c, lang):
    r = c.rng
    when = c.when()
    mgr = c.manager()
    if lang == 'fr':
        team = "à toute l\u2019équipe"
        body = (f"{greet('fr', r, team)}\n\nUne patiente est passée ce matin avec des chocolats et une carte : « Merci à l'équipe de la réception "
                f"pour votre patience pendant mes traitements. » Elle n'a pas laissé son nom, mais je tenais à vous le partager. Bravo!\n\n{mgr[0]}")
        subj = 'Un petit mot qui fait du bien'
    else:
        body = (f"{greet('en', r)}\n\nA patient dropped by with chocolates and a card: \"Thank you to the front desk for your patience during my treatments.\" "
                f"No name left, but I wanted to share it. Well done!\n\n{mgr[0]}")
        subj = 'A nice note'
    return neg(c, lang, 'thank_you', 'anonymous thank-you note', staff_addr(mgr), [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], subj, body, date=when)


def n_committee(c, lang):
    r = c.rng
    when = c.when()
    mgr = c.manager()
    d = P.workday_after(r, when.date(), 5, 30)
    items_fr = ['Adoption du procès-verbal', 'Indicateurs d\'accès (délais CRDS)', 'Incidents de confidentialité : 2 déclarations ce trimestre (sans préjudice)',
                'Révision de la politique sur les télécopies', 'Varia']
    items_en = ['Approval of minutes', 'Access indicators (CRDS delays)', 'Privacy incidents: 2 reports this quarter (no harm)',
                'Fax policy review', 'Other business']
    items = items_fr if lang == 'fr' else items_en
    body = ((f"{greet('fr', r)}\n\nConvocation — Comité qualité et accès, {P.dlong(d, 'fr', True)}, 13 h 30, salle 210.\n\nOrdre du jour :\n") if lang == 'fr'
            else (f"{greet('en', r)}\n\nNotice - Quality & Access Committee, {P.dlong(d, 'en', True)}, 1:30 PM, room 210.\n\nAgenda:\n"))
    body += '\n'.join(f"{i + 1}. {x}" for i, x in enumerate(items)) + f"\n\n{sig(mgr, lang, r)}"
    subj = 'Convocation — Comité qualité et accès' if lang == 'fr' else 'Notice - Quality & Access Committee'
    att = []
    if r.random() < .5:
        att.append(dict(data=F.docx(items, title='Ordre du jour' if lang == 'fr' else 'Agenda', author=mgr[0]), filename='ODJ.docx' if lang == 'fr' else 'agenda.docx'))
    return neg(c, lang, 'committee_notice', 'committee notice and agenda', staff_addr(mgr), [('Comité qualité', f"comite-qualite@{P.CLINIC['dom']}")], subj, body,
               date=when, attachments=att)


def n_fax_test(c, lang):
    r = c.rng
    when = c.when()
    pdfb = F.pdf('Page test', ['Ceci est une page de test du service Télécopie-vers-courriel.', f"Émetteur : {P.CLINIC['fax']}",
                               'Résolution : 200 x 200 ppp', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789'], author='FaxGate 7.1')
    if lang == 'fr':
        body = f"Vous avez reçu une nouvelle télécopie.\n\nExpéditeur : {P.CLINIC['fax'].replace('-', '')}\nPages : 1\nReçue le : {when:%Y-%m-%d %H:%M}\n\nMessage automatique. Ne pas répondre."
        subj = f"Télécopie reçue de {P.CLINIC['fax'].replace('-', '')} (1 page)"
    else:
        body = f"You have received a new fax.\n\nFrom: {P.CLINIC['fax'].replace('-', '')}\nPages: 1\nReceived: {when:%Y-%m-%d %H:%M}\n\nAutomatic message. Do not reply."
        subj = f"New fax from {P.CLINIC['fax'].replace('-', '')} - 1 page(s)"
    return neg(c, lang, 'fax_test_page', 'fax-to-email test page (no patient)', ('FaxGate', f"fax-noreply@fax.{P.CLINIC['dom']}"),
               [('Soutien TI', f"ti@{P.CLINIC['dom']}")], subj, body, date=when, attachments=[dict(data=pdfb, filename=f"fax_{when:%Y%m%d_%H%M%S}.pdf")])


def n_staff_thread(c, lang):
    r = c.rng
    a = c.staff()
    b = c.staff(exclude=(a,))
    t0 = c.when()
    if lang == 'fr':
        orig = (f"Salut {b[0]},\n\nLe télécopieur du 3e affiche encore « bourrage papier ». As-tu le numéro du technicien? Le contrat est le "
                f"{r.randint(100000000, 999999999)}.\n\n{a[0]}")
        rep = f"Oui : TeleFax Solutions, 450-555-0{r.randint(100, 199)}. Référence de l'appareil : FX-4420, série {luhn_serial(r)}.\n\n{b[0]}"
        subj = 'RE : télécopieur 3e'
    else:
        orig = f"Hi {b[0]},\n\nThe 3rd floor fax still says 'paper jam'. Do you have the tech's number? Contract is {r.randint(100000000, 999999999)}.\n\n{a[0]}"
        rep = f"Yes: TeleFax Solutions, 450-555-0{r.randint(100, 199)}. Device FX-4420, serial {luhn_serial(r)}.\n\n{b[0]}"
        subj = 'RE: 3rd floor fax'
    text = rep + '\n\n' + quote_block(orig, lang, r, staff_addr(a), t0, subj[5:] if lang == 'fr' else subj[4:], staff_addr(b))
    return neg(c, lang, 'staff_thread', 'staff reply thread about equipment with contract/serial numbers', staff_addr(b), [staff_addr(a)], subj, text,
               date=t0 + datetime.timedelta(minutes=r.randint(5, 300)))


def n_privacy_training(c, lang):
    r = c.rng
    when = c.when()
    mgr = c.manager()
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nRappel annuel : formation obligatoire sur la protection des renseignements personnels (Loi 25) à compléter avant le "
                f"{P.dlong(P.workday_after(r, when.date(), 10, 40), 'fr')}.\n\nExemples de ce qu'il ne faut PAS faire :\n- inscrire le nom et le diagnostic "
                f"d'un usager dans l'objet d'un courriel;\n- joindre une liste d'attente nominative à un courriel destiné à un comité;\n"
                f"- transférer une télécopie vers une adresse personnelle.\n\nTaux de complétion actuel : {r.randint(40, 80)} %.\n\n{sig(mgr, 'fr', r)}")
        subj = 'Formation obligatoire — protection des renseignements personnels'
    else:
        body = (f"{greet('en', r)}\n\nAnnual reminder: mandatory privacy training (Law 25) must be completed by the end of next month.\n\n"
                f"Examples of what NOT to do:\n- put a patient's name and diagnosis in an e-mail subject line;\n- attach a named wait list to an e-mail "
                f"for a committee;\n- forward a fax to a personal address.\n\nCurrent completion rate: {r.randint(40, 80)}%.\n\n{sig(mgr, 'en', r)}")
        subj = 'Mandatory privacy training'
    return neg(c, lang, 'privacy_training', 'privacy training reminder describing leaks generically', staff_addr(mgr),
               [('Tout le personnel', f"tous@{P.CLINIC['dom']}")], subj, body, date=when)
