"""Negative templates, part C: invoices, purchase orders, inventories, recalls, shortages, IT, facilities,
couriers, instruments, vCards, forwarded notices, ZIPs of policies, journal club, supply requests."""
from datetime import datetime, timedelta

from gen_build import Att, CLIN, STAFF, day, greet, hour
from gen_common import EXT, LISTS, ORG, fmt_date, gen_ohip, gen_sin, fmt_sin
from gen_docs import make_csv, make_docx, make_pdf, make_vcf, make_xlsx, make_zip
from gen_mime import Msg

ITEMS = [("Cassettes de biopsie, bleu, bte 1500", "Biopsy cassettes, blue, box of 1500", 212.40),
         ("Lames chargées positivement 25x75, bte 72", "Positively charged slides 25x75, box of 72", 38.15),
         ("Formol tamponné 10 %, contenants préremplis 60 mL (cs 100)", "10% NBF prefilled 60 mL containers (case of 100)", 146.90),
         ("Flacons PreservCyt 20 mL (cs 250)", "PreservCyt vials 20 mL (case of 250)", 418.00),
         ("Lames de microtome à profil bas (bte 50)", "Low-profile microtome blades (box of 50)", 189.75),
         ("Anticorps Ki-67 (MIB-1), RTU 11 mL", "Ki-67 (MIB-1) antibody, RTU 11 mL", 612.00),
         ("Paraffine Paraplast Plus, 8 kg", "Paraplast Plus paraffin, 8 kg", 97.30),
         ("Hématoxyline de Harris, 4 L", "Harris haematoxylin, 4 L", 64.20)]


def _luhn9(c):
    return gen_sin(c.rng)


def n_invoice(c):
    vend = c.pick(['vendor1', 'vendor2', 'vendor3'])
    vname, vdom, vtel = EXT[vend]
    inv = f"F{c.rng.randint(2025000, 2025999)}"
    po = f"BC-{c.rng.randint(4500000000, 4599999999)}"
    lines = c.rng.sample(ITEMS, 3)
    rows, tot = [], 0
    for d_fr, d_en, price in lines:
        q = c.rng.randint(1, 12)
        lot = f"{c.rng.randint(10, 99)}{c.rng.randint(1000000, 9999999)}"
        rows.append([c.t(d_fr, d_en), str(q), f"{price:.2f}", f"{q * price:.2f}", lot])
        tot += q * price
    tps, tvq = tot * 0.05, tot * 0.09975
    pdf = make_pdf([('title', f"{vname} — {c.t('FACTURE', 'INVOICE')} {inv}"),
                    ('kv', [(c.t('Facturé à', 'Bill to'), f"{ORG['fr'] if c.fr else ORG['en']}, {c.t('Comptes payables', 'Accounts payable')}"),
                            (c.t('Bon de commande', 'Purchase order'), po), (c.t('Date', 'Date'), day(c, 'iso', -7, 0)),
                            (c.t('No client', 'Customer no.'), f"{c.rng.randint(100000, 999999)}"),
                            ('TPS/GST', f"{c.rng.randint(100000000, 999999999)} RT0001"), ('TVQ/QST', f"{c.rng.randint(1000000000, 1999999999)} TQ0001")]),
                    ('table', [c.t('Description', 'Description'), c.t('Qté', 'Qty'), c.t('Prix', 'Price'), c.t('Total', 'Total'), 'Lot'], rows),
                    ('kv', [(c.t('Sous-total', 'Subtotal'), f"{tot:.2f} $"), ('TPS', f"{tps:.2f} $"), ('TVQ', f"{tvq:.2f} $"),
                            ('Total', f"{tot + tps + tvq:.2f} $")]),
                    c.t("Payable net 30 jours.", "Net 30 days.")], title=inv)
    sender = (f"{vname} – {c.t('Facturation', 'Billing')}", f"facturation@{vdom}")
    body = [c.t("Bonjour,", "Hello,"), c.t(f"Veuillez trouver ci-joint la facture {inv} (votre commande {po}).",
                                         f"Please find attached invoice {inv} (your PO {po})."),
            c.t(f"Pour toute question : {vtel}.", f"Questions: {vtel}."), c.t("Service à la clientèle", "Customer service")]
    m = c.msg(sender, [(c.t('Comptes payables', 'Accounts payable'), 'comptes.payables@hgpv.example'), STAFF['mgr']],
              c.t(f"Facture {inv}", f"Invoice {inv}"), body, atts=[Att(f"Facture_{inv}.pdf" if c.fr else f"Invoice_{inv}.pdf", 'application/pdf', data=pdf)])
    m.note = c.t('facture de fournisseur', 'vendor invoice')
    return m


def n_po(c):
    buyer = STAFF['buyer']
    vend = c.pick(['vendor1', 'vendor2', 'vendor3'])
    po = f"BC-{c.rng.randint(4500000000, 4599999999)}"
    rows = [[f"{c.rng.randint(100000, 999999)}", c.t(d_fr, d_en), str(c.rng.randint(1, 20)), f"{p:.2f}"] for d_fr, d_en, p in c.rng.sample(ITEMS, 4)]
    body = [c.t("Bonjour,", "Hello,"),
            c.t(f"Voici notre bon de commande {po}. Livraison : quai de réception, pavillon C, porte 4, avant 15 h.",
                f"Here is our purchase order {po}. Deliver to receiving dock, Pavilion C, door 4, before 3 p.m."),
            ('table', [c.t('Code', 'Item'), c.t('Description', 'Description'), c.t('Qté', 'Qty'), c.t('Prix unitaire', 'Unit price')], rows),
            c.t("Centre de coûts 6120-PATHO. Merci d'indiquer le numéro de BC sur la facture.", "Cost centre 6120-PATHO. Please quote the PO number on the invoice.")]
    m = c.msg(buyer, [(EXT[vend][0], f"commandes@{EXT[vend][1]}")], c.t(f"Bon de commande {po}", f"Purchase order {po}"), body + c.sig(buyer),
              cc=[STAFF['mgr']])
    m.note = c.t("bon de commande", 'purchase order')
    return m


def n_inventory(c):
    tech = c.pick([STAFF['tech1'], STAFF['mgr'], STAFF['cyto1']])
    rows = []
    for d_fr, d_en, p in c.rng.sample(ITEMS, 6):
        exp = fmt_date(datetime(2025 + c.rng.randint(0, 2), c.rng.randint(1, 12), 1).date(), 'iso')
        rows.append([c.t(d_fr, d_en), f"LOT {c.rng.randint(100000, 999999)}", exp, str(c.rng.randint(0, 40)), str(c.rng.randint(5, 15))])
    hdr = [c.t('Article', 'Item'), 'Lot', c.t('Péremption', 'Expiry'), c.t('En stock', 'On hand'), c.t('Seuil', 'Reorder point')]
    body = [c.t("Bonjour,", "Hi,"), c.t("Inventaire mensuel de la salle des réactifs (voir fichier). Les articles sous le seuil sont à commander.",
                                       "Monthly reagent room inventory (see file). Items under the reorder point need ordering.")]
    if c.chance(0.5):
        att = Att('inventaire_reactifs.xlsx' if c.fr else 'reagent_inventory.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                  data=make_xlsx([(c.t('Inventaire', 'Inventory'), hdr, rows)]))
    else:
        att = Att('inventaire.csv' if c.fr else 'inventory.csv', 'text/csv', text=make_csv(hdr, rows, ';'), charset='windows-1252', cte='quoted-printable')
    m = c.msg(tech, [STAFF['buyer'], STAFF['mgr']], c.t("Inventaire mensuel – réactifs", "Monthly inventory - reagents"), body + c.sig(tech, True), atts=[att])
    m.note = c.t('inventaire de réactifs', 'reagent inventory')
    return m


def n_recall(c):
    vend = c.pick(['vendor2', 'vendor3', 'vendor1'])
    lots = [fmt_sin(_luhn9(c), c.pick(['plain', 'space', 'dash'])) for _ in range(c.rng.randint(2, 4))]
    prod = c.pick([("Flacons PreservCyt 20 mL", "PreservCyt 20 mL vials", "risque de fuite au bouchon", "cap leakage risk"),
                   ("Anticorps HER2 (clone 4B5)", "HER2 antibody (clone 4B5)", "marquage faible possible", "possible weak staining"),
                   ("Contenants de formol préremplis 120 mL", "120 mL prefilled formalin containers", "concentration hors spécification", "out-of-spec concentration")])
    body = [c.t("AVIS DE RAPPEL — CLASSE II", "RECALL NOTICE - CLASS II"),
            c.t(f"Produit : {prod[0]}. Motif : {prod[2]}.", f"Product: {prod[1]}. Reason: {prod[3]}."),
            c.t("Numéros de lot visés :", "Affected lot numbers:")] + ['  ' + x for x in lots] + [
            c.t("Mettez les lots en quarantaine et retournez le formulaire d'accusé de réception dans les 5 jours ouvrables. "
                "Aucune mesure n'est requise pour les résultats déjà émis selon l'évaluation du fabricant.",
                "Quarantine the lots and return the acknowledgement form within 5 business days. Per the manufacturer's assessment, "
                "no action is needed on results already reported.")]
    sender = (f"{EXT[vend][0]} – Affaires réglementaires", f"rappels@{EXT[vend][1]}")
    fw = c.chance(0.5)
    if fw:
        inner = Msg(c.lang, sender, [(STAFF['buyer'].full, STAFF['buyer'].email)], c.t(f"Rappel – {prod[0]}", f"Recall - {prod[1]}"), body)
        blocks = [c.t("Pour action : vérifiez vos stocks (avis du fabricant ci-joint).", "For action: check your stock (manufacturer notice attached)."),
                  STAFF['buyer'].given]
        m = c.msg(STAFF['buyer'], [LISTS['labo'], STAFF['mgr']], c.t(f"TR: Rappel – {prod[0]}", f"FW: Recall - {prod[1]}"), blocks,
                  atts=[Att('avis_rappel.eml' if c.fr else 'recall_notice.eml', 'message/rfc822', msg=inner)])
        m.inner = inner
    else:
        m = c.msg(sender, [STAFF['buyer'], STAFF['mgr']], c.t(f"Rappel – {prod[0]}", f"Recall - {prod[1]}"), body)
    m.note = c.t('avis de rappel de lots', 'lot recall notice')
    return m


def n_shortage(c):
    sender = c.pick([STAFF['buyer'], STAFF['mgr']])
    prod = c.pick([("flacons ThinPrep PreservCyt", "ThinPrep PreservCyt vials"), ("contenants de formol préremplis", "prefilled formalin containers"),
                   ("lames chargées", "charged slides"), ("xylène", "xylene")])
    body = [c.t("Bonjour à tous,", "Hello all,"),
            c.t(f"Le fournisseur nous informe d'une rupture d'approvisionnement des {prod[0]} jusqu'à la mi-mai au moins.",
                f"The supplier has informed us of a backorder on {prod[1]} until at least mid-May."),
            c.t("Mesures : distribution rationnée aux cliniques (max 1 caisse/semaine), utilisation du produit de remplacement validé, "
                "aucun prélèvement non urgent à reporter pour l'instant.",
                "Measures: rationed distribution to clinics (max 1 case/week), use of the validated substitute, no need to postpone non-urgent sampling yet."),
            c.t("Nous ferons le point vendredi.", "We'll update on Friday.")]
    m = c.msg(sender, [LISTS['labo'], LISTS['med']], c.t(f"Pénurie – {prod[0]}", f"Shortage - {prod[1]}"), body + c.sig(sender))
    m.note = c.t("avis de pénurie", 'supply shortage notice')
    return m


def n_it(c):
    it = STAFF['it']
    v = c.pick(['downtime', 'upgrade', 'password', 'scanner'])
    if v == 'downtime':
        body = [c.t("Bonjour,", "Hello,"),
                c.t(f"Interruption planifiée du SIL de pathologie le {day(c, 'long', 3, 14)} de 22 h à 2 h (mise à jour de sécurité). "
                    "Procédure dégradée : requêtes papier, numéros d'accession manuels (série M25-9000 à M25-9499).",
                    f"Planned pathology LIS downtime on {day(c, 'long', 3, 14)} from 10 p.m. to 2 a.m. (security patch). Downtime procedure: paper "
                    "requisitions, manual accession numbers (M25-9000 to M25-9499)."),
                c.t("Les résultats seront saisis au retour du système.", "Results will be back-entered when the system returns.")]
        subj = c.t("Interruption planifiée – SIL pathologie", "Planned downtime - pathology LIS")
    elif v == 'upgrade':
        body = [c.t("Bonjour à tous,", "Hi all,"),
                c.t("La version 9.2 du module de synoptiques entre en production lundi. Nouveautés : gabarits CAP 2025 pour le sein et le côlon, "
                    "signature par lot pour les cytologies négatives.",
                    "Version 9.2 of the synoptic module goes live Monday. New: CAP 2025 templates for breast and colon, "
                    "batch sign-out for negative cytology."),
                c.t("Formation de 30 min offerte mardi et jeudi à 12 h 15.", "30-min training Tuesday and Thursday at 12:15.")]
        subj = c.t("SIL – version 9.2", "LIS - version 9.2")
    elif v == 'password':
        body = [c.t("Bonjour,", "Hello,"),
                c.t("Votre mot de passe réseau expire dans 5 jours. Changez-le à partir d'un poste de l'hôpital (Ctrl+Alt+Suppr). "
                    "Le soutien informatique ne vous demandera jamais votre mot de passe par courriel.",
                    "Your network password expires in 5 days. Change it from a hospital workstation (Ctrl+Alt+Del). "
                    "IT will never ask for your password by e-mail.")]
        subj = c.t("Expiration du mot de passe", "Password expiry")
    else:
        sn = _luhn9(c)
        body = [c.t("Bonjour,", "Hello,"),
                c.t(f"Le numériseur de lames (no de série {sn}, actif HGPV-{c.rng.randint(10000, 99999)}) a été réparé; "
                    "la file de numérisation des lames du comité des tumeurs reprend cet après-midi.",
                    f"The slide scanner (serial {sn}, asset PVGH-{c.rng.randint(10000, 99999)}) is repaired; "
                    "the tumour board scanning queue resumes this afternoon."),
                c.t(f"Billet no INC{c.rng.randint(100000, 999999)} fermé.", f"Ticket INC{c.rng.randint(100000, 999999)} closed.")]
        subj = c.t("Numériseur de lames – remis en service", "Slide scanner - back in service")
    m = c.msg(it, [LISTS['labo'], LISTS['pathos']], subj, body + c.sig(it))
    m.note = c.t('avis informatique', 'IT notice')
    return m


def n_facilities(c):
    fac = STAFF['facil']
    v = c.pick(['hvac', 'power', 'water'])
    if v == 'hvac':
        body = [c.t("Bonjour,", "Hello,"),
                c.t(f"Entretien des hottes de la salle de macroscopie le {day(c, 'long', 3, 14)} de 7 h à 11 h. Aucune manipulation de formol pendant "
                    "les travaux; la macroscopie sera déplacée en C-2.140.",
                    f"Maintenance of grossing room fume hoods on {day(c, 'long', 3, 14)} from 7 to 11 a.m. No formalin handling during the work; "
                    "grossing moves to C-2.140."),
                c.t("Débit mesuré après l'entretien précédent : 0,52 m/s (norme 0,5).", "Face velocity after last service: 0.52 m/s (standard 0.5).")]
        subj = c.t("Entretien des hottes – macroscopie", "Fume hood maintenance - grossing")
    elif v == 'power':
        body = [c.t("Bonjour,", "Hello,"),
                c.t("Essai mensuel de la génératrice dimanche à 6 h. Les frigos et congélateurs du laboratoire sont sur l'alimentation d'urgence (prises rouges).",
                    "Monthly generator test Sunday at 6 a.m. Lab fridges and freezers are on emergency power (red outlets)."),
                c.t("Vérifiez que le processeur de tissus est branché sur une prise rouge.", "Make sure the tissue processor is plugged into a red outlet.")]
        subj = c.t("Essai de génératrice", "Generator test")
    else:
        body = [c.t("Bonjour,", "Hello,"),
                c.t("Fuite d'eau au plafond du corridor C-2 (près de la réception des spécimens). Un plombier est en route; "
                    "des bacs ont été installés. Évitez de stocker des boîtes au sol.",
                    "Water leak from the C-2 corridor ceiling (near specimen reception). A plumber is on the way; buckets are in place. "
                    "Don't store boxes on the floor.")]
        subj = c.t("Fuite d'eau – corridor C-2", "Water leak - C-2 corridor")
    m = c.msg(fac, [STAFF['mgr'], LISTS['labo']], subj, body + c.sig(fac))
    m.note = c.t('avis des installations', 'facilities notice')
    return m


def n_courier(c):
    sender = c.pick([(EXT['courier'][0], f"repartition@{EXT['courier'][1]}"), STAFF['tech2']])
    rows = [[c.t('CLSC des Trois-Ruisseaux', 'Trois-Ruisseaux CLSC'), '10 h 30' if c.fr else '10:30', '15 h 45' if c.fr else '3:45'],
            [c.t('GMF du Vieux-Moulin', 'Vieux-Moulin FMG'), '11 h 15' if c.fr else '11:15', '16 h 15' if c.fr else '4:15'],
            [c.t('Clinique de dermatologie Val-Morency', 'Val-Morency dermatology clinic'), '9 h 50' if c.fr else '9:50', '14 h 30' if c.fr else '2:30']]
    body = [c.t("Bonjour,", "Hello,"),
            c.t("Nouvel horaire des collectes à compter du 7 avril :", "New pickup schedule effective April 7:"),
            ('table', [c.t('Site', 'Site'), c.t('Collecte AM', 'AM pickup'), c.t('Collecte PM', 'PM pickup')], rows),
            c.t("Les glacières doivent être scellées avec le bordereau de transport signé. Température cible 15-25 °C.",
                "Coolers must be sealed with the signed transport manifest. Target temperature 15-25 °C.")]
    m = c.msg(sender, [LISTS['recep'], STAFF['mgr']], c.t("Horaire des coursiers – avril", "Courier schedule - April"),
              body + (c.sig(sender) if not isinstance(sender, tuple) else [c.t("Répartition", "Dispatch")]))
    m.note = c.t('horaire de transport des spécimens', 'specimen courier schedule')
    return m


def n_instrument(c):
    vend = c.pick(['vendor1', 'vendor3'])
    inst = c.pick([("processeur de tissus", "tissue processor"), ("colorateur automatique", "autostainer"),
                   ("cryostat", "cryostat"), ("imprimante de cassettes", "cassette printer")])
    sn = fmt_sin(_luhn9(c), c.pick(['plain', 'space', 'dash']))
    hc_like = gen_ohip(c.rng)
    body = [c.t("Bonjour,", "Hello,"),
            c.t(f"Rapport d'intervention — {inst[0]}, no de série {sn}, contrat de service {hc_like}.",
                f"Service report - {inst[1]}, serial no. {sn}, service contract {hc_like}."),
            c.t("Travaux : remplacement de la pompe à vide et du joint de la cornue; étalonnage des sondes de température (écart < 0,5 °C). "
                "Appareil remis en service à 14 h 20.",
                "Work: replaced vacuum pump and retort seal; temperature probes calibrated (deviation <0.5 °C). Returned to service at 2:20 p.m."),
            c.t("Prochain entretien préventif : octobre.", "Next preventive maintenance: October.")]
    sender = (f"{EXT[vend][0]} – Service technique", f"service@{EXT[vend][1]}")
    m = c.msg(sender, [STAFF['mgr'], STAFF['tech1']], c.t(f"Rapport de service – {inst[0]}", f"Service report - {inst[1]}"),
              body + [c.t("Technicien de service", "Field service engineer")])
    m.note = c.t("rapport de service d'appareil", 'instrument service report')
    return m


def n_vcard(c):
    who = c.pick([STAFF['path3'], STAFF['path4'], STAFF['path5'], STAFF['cyto1'], STAFF['mgr']])
    vcf = make_vcf(who.given, who.surname, org=f"{ORG['fr']};{ORG['dept_fr']}", title=who.role(c.lang),
                   tel=[('WORK', f"{ORG['phone']} x{who.ext}"), ('FAX', ORG['fax'])], email=who.email,
                   adr=("2150, boulevard des Récollets, pavillon C", 'Pointe-Verchère', 'QC', 'H9X 0A1', 'Canada'), adr_type='WORK')
    body = [c.t("Bonjour,", "Hello,"),
            c.t(f"Pour vos questions sur les cytoponctions et les rapports du département, voici mes coordonnées (carte jointe).",
                f"For questions about FNAs and reports, here are my contact details (card attached)."),
            who.given]
    m = c.msg(who, [c.pick([CLIN['fam1'], CLIN['ipsl'], CLIN['surg4']])], c.t("Coordonnées", "Contact details"), body,
              atts=[Att(f"{who.given}_{who.surname}.vcf".replace(' ', '_'), 'text/vcard', text=vcf, cte=c.pick(['quoted-printable', '8bit', 'base64']))])
    m.note = c.t("carte de contact d'un membre du personnel", 'staff contact card')
    return m


def n_fwd_notice(c):
    minis = (c.t("Direction des laboratoires – ministère", "Laboratory Directorate - Ministry"), "directionlabos@msss-labo.example")
    inner = Msg(c.lang, minis, [(LISTS['pathos'][0], LISTS['pathos'][1])],
                c.t("Programme de dépistage du cancer du col – transition vers le test VPH", "Cervical screening programme - transition to HPV testing"),
                [c.t("Mesdames, Messieurs,", "Dear colleagues,"),
                 c.t("La transition vers le dépistage primaire par test VPH débutera le 1er novembre 2025 dans votre région. "
                     "Les laboratoires de cytologie conserveront la lecture des cytologies de triage. Un webinaire aura lieu le 12 juin.",
                     "The transition to primary HPV screening will begin on November 1, 2025 in your region. Cytology laboratories will keep "
                     "reading triage cytology. A webinar will be held on June 12."),
                 c.t("La Direction", "The Directorate")])
    sender = c.pick([STAFF['path3'], STAFF['path1']])
    body = [c.t("Pour info — on en parle à la réunion de département.", "FYI - we'll discuss at the department meeting."), sender.given]
    m = c.msg(sender, [LISTS['cyto'], LISTS['pathos']], c.t("TR: Transition vers le test VPH", "FW: Transition to HPV testing"), body,
              atts=[Att(c.t('Transition VPH.eml', 'HPV transition.eml'), 'message/rfc822', msg=inner)])
    m.inner = inner
    m.note = c.t('avis ministériel transféré', 'forwarded ministry notice')
    return m


def n_zip_policies(c):
    qa = STAFF['qa']
    docs = [("LAB-PRE-004_identification.pdf", make_pdf([('title', 'LAB-PRE-004'), c.t("Identification des spécimens : deux identifiants obligatoires.",
                                                                                     "Specimen identification: two identifiers required.")], title='LAB-PRE-004')),
            ("LAB-MAC-011_fixation.docx", make_docx([('title', 'LAB-MAC-011'), c.t("Fixation : 6 à 72 h dans le formol tamponné 10 %.",
                                                                                 "Fixation: 6 to 72 h in 10% NBF.")])),
            ("LAB-CYT-020_pap.pdf", make_pdf([('title', 'LAB-CYT-020'), c.t("Critères d'adéquation des cytologies gynécologiques.",
                                                                           "Adequacy criteria for gynaecologic cytology.")], title='LAB-CYT-020'))]
    z = make_zip(docs)
    body = [c.t("Bonjour,", "Hello,"),
            c.t("Voici les trois procédures révisées pour signature électronique avant le 30 avril.",
                "Here are the three revised procedures for e-signature before April 30."),
            c.t("Les anciennes versions sont archivées.", "Old versions are archived.")]
    m = c.msg(qa, [LISTS['pathos'], STAFF['mgr']], c.t("Procédures révisées – signature", "Revised procedures - sign-off"), body + c.sig(qa),
              atts=[Att('procedures_revisees.zip' if c.fr else 'revised_procedures.zip', 'application/zip', data=z)])
    m.note = c.t('procédures révisées en ZIP', 'revised procedures in a ZIP')
    return m


def n_journal_club(c):
    sender = c.pick([STAFF['res1'], STAFF['res2']])
    art = c.pick([("Classification OMS 2022 des tumeurs hématolymphoïdes", "WHO 2022 haematolymphoid classification"),
                  ("Score TILs dans le cancer du sein triple négatif", "TIL scoring in triple-negative breast cancer"),
                  ("Cytologie urinaire : système de Paris 2.0", "Urine cytology: The Paris System 2.0")])
    body = [c.t("Bonjour à tous,", "Hi everyone,"),
            c.t(f"Club de lecture mercredi 12 h 15 (C-2.118, pizza). Article : « {art[0]} ». Présentation : {sender.display}.",
                f"Journal club Wednesday 12:15 (C-2.118, pizza). Paper: '{art[1]}'. Presenter: {sender.display}."),
            c.t("Dre Kaddouri animera la discussion. 1 crédit de DPC.", "Dr. Kaddouri will lead the discussion. 1 CPD credit.")]
    m = c.msg(sender, [LISTS['pathos']], c.t("Club de lecture – mercredi", "Journal club - Wednesday"), body + c.sig(sender, True))
    m.note = c.t('club de lecture', 'journal club')
    return m


def n_supplies(c):
    tech = c.pick([STAFF['tech1'], STAFF['tech2'], STAFF['cyto2']])
    items = c.rng.sample(ITEMS, 3)
    body = [greet(c, STAFF['buyer'], formal=False),
            c.t("Peux-tu ajouter à la commande de la semaine :", "Could you add to this week's order:")] + \
        [f"- {c.rng.randint(2, 10)} x {c.t(a, b)}" for a, b, _ in items] + \
        [c.t("On est presque à sec des cassettes bleues depuis le rush de la clinique de dermato.",
             "We're nearly out of blue cassettes since the dermatology clinic rush."), tech.given]
    m = c.msg(tech, [STAFF['buyer']], c.t("Commande – fournitures labo", "Order - lab supplies"), body)
    m.note = c.t('demande de fournitures', 'supply request')
    return m
