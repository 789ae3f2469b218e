"""Negative builders, part 1: billing rules, agreements, insurers, staff travel, invoices, forms, statistics."""
import datetime

from gen_common import INST, COMPANIES, staff, staff_addr, fmt_date, MONTHS_EN, MONTHS_FR
from gen_mime import Mail, Attachment
from gen_text import CASES, case, dx, greet, closing, sig, disclaimer, day, dt, policy_no
from gen_pos1 import who, XLSX, DOCX
from stdnum import luhn
import gen_attach as A


def _luhn10(rng):
    body = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
    return body + luhn.calc_check_digit(body)


def _inv_no(rng):
    return rng.choice([f'INV-{rng.randint(2024000, 2024999)}', f'F{rng.randint(100000, 999999)}',
                       f'{rng.randint(10, 99)}-{rng.randint(10000, 99999)}'])


# 1 -------------------------------------------------------------------------------
def n_billing_rules(w, rng, lang):
    hosp = rng.choice(['hro', 'hpe', 'cst', 'chaf'])
    a = ('Julien', 'Beauchemin', 'Out-of-province billing clerk', 'Agent de facturation hors Québec')
    rate = rng.choice(['1 742 $', '2 115 $', '1 968 $'])
    opd = rng.choice(['392 $', '415 $', '371 $'])
    if lang == 'fr':
        subj = rng.choice(['Rappel – règles de facturation hors province', 'Facturation réciproque : nouveaux taux',
                           'Mémo : patients de l\'Ontario à l\'urgence'])
        body = f"""{greet('fr', rng, None)}

Petit rappel des règles en vigueur pour les patients assurés par une autre province :

1. Services hospitaliers (entente réciproque) : on facture la province d'origine au taux interprovincial. Taux quotidien pour les soins de courte durée : {rate}; visite externe / urgence : {opd}.
2. Services médicaux : le Québec ne participe pas à l'entente réciproque de facturation médicale. Le patient paie le médecin et se fait rembourser par son régime (OHIP, etc.).
3. Le numéro d'assurance maladie de l'Ontario compte 10 chiffres plus un code de version de 2 lettres; une carte sans code de version valide entraîne un refus (code R-04).
4. Dialyse, chirurgie esthétique et transport ambulancier : hors entente, à facturer directement.
5. Inscrire le diagnostic principal en CIM-10-CA (p. ex. I21.4 infarctus, J18.9 pneumonie, S72.1 fracture de hanche).

La photocopie recto verso de la carte demeure obligatoire à l'inscription.

{closing('fr', rng)}
{sig(a, hosp, 'fr', rng)}{disclaimer('fr', rng)}"""
    else:
        subj = rng.choice(['Reminder - out-of-province billing rules', 'Reciprocal billing: new rates',
                           'Memo: Ontario residents in the ED'])
        body = f"""{greet('en', rng)}

Quick reminder of the rules for patients insured by another province:

1. Hospital services (reciprocal agreement): bill the home province at the interprovincial rate. Acute in-patient per diem: ${rate[:-2].replace(' ', ',')}; outpatient / ED visit: ${opd[:-2]}.
2. Physician services: Quebec is not part of the reciprocal medical billing agreement. Patients pay the physician and claim from their home plan (OHIP etc.).
3. Ontario health numbers are 10 digits plus a 2-letter version code; a card without a valid version code will be rejected (reason R-04).
4. Dialysis, cosmetic surgery and ambulance transport are excluded - bill directly.
5. Enter the most responsible diagnosis in ICD-10-CA (e.g. I21.4 NSTEMI, J18.9 pneumonia, S72.1 hip fracture).

A copy of both sides of the health card is still mandatory at registration.

{closing('en', rng)}
{sig(a, hosp, 'en', rng)}{disclaimer('en', rng)}"""
    return Mail('billing_rules', lang, who(a, hosp), [('Admission – Urgence', f'admission@{INST[hosp]["dom"]}')], subj, body,
                note='memo on out-of-province billing rules')


# 2 -------------------------------------------------------------------------------
def n_reciprocal_agreement(w, rng, lang):
    a = ('Étienne', 'Levasseur', 'Finance manager', 'Chef des finances')
    hosp = rng.choice(['hro', 'chaf', 'cst'])
    yr = rng.choice(['2024-2025', '2025-2026'])
    if lang == 'fr':
        subj = rng.choice([f'Entente interprovinciale {yr} – résumé', 'Modifications à l\'entente de facturation réciproque',
                           'Comité interprovincial – compte rendu'])
        body = f"""{greet('fr', rng)}

Voici les faits saillants de la rencontre du comité de coordination interprovincial :

- Les taux interprovinciaux pour {yr} ont été publiés; hausse moyenne de {rng.randint(2, 6)},{rng.randint(0, 9)} % pour les séjours de courte durée.
- Les coûts de haute technologie (IRM, TEP, chimiothérapie ambulatoire) restent facturés selon la liste d'exclusions.
- L'Ontario rappelle que les réclamations de plus de 12 mois seront refusées.
- Projet pilote : échange électronique des réclamations hospitalières à partir de l'automne. Aucun renseignement clinique ne sera transmis hors du lot crypté.

Le document complet est disponible sur l'intranet de la Direction des finances.

{closing('fr', rng)}
{sig(a, hosp, 'fr', rng)}"""
    else:
        subj = rng.choice([f'Interprovincial agreement {yr} - summary', 'Changes to the reciprocal billing agreement',
                           'Interprovincial coordinating committee - notes'])
        body = f"""{greet('en', rng)}

Highlights from the interprovincial coordinating committee:

- The {yr} interprovincial rates are out; average increase {rng.randint(2, 6)}.{rng.randint(0, 9)}% for acute stays.
- High-cost procedures (MRI, PET, outpatient chemotherapy) are still billed per the exclusion list.
- Ontario reminds us that claims older than 12 months will be refused.
- Pilot: electronic exchange of hospital claims starting in the fall. No clinical information leaves the encrypted batch.

The full document is on the Finance intranet page.

{closing('en', rng)}
{sig(a, hosp, 'en', rng)}"""
    return Mail('reciprocal_agreement', lang, who(a, hosp), [('Gestionnaires / Managers', f'gestionnaires@{INST[hosp]["dom"]}')],
                subj, body, note='summary of interprovincial agreement changes')


# 3 -------------------------------------------------------------------------------
def n_insurer_newsletter(w, rng, lang):
    co = rng.choice(['northstar', 'maple', 'boreal', 'avl'])
    editor = staff(rng)
    n1, n2 = rng.randint(1200, 4800), rng.randint(18, 44)
    if lang == 'fr':
        subj = rng.choice([f'Infolettre {COMPANIES[co]["name"]} – hiver', 'Voyager l\'esprit tranquille : nos conseils',
                           'Bulletin aux partenaires hospitaliers'])
        body = f"""INFOLETTRE — {COMPANIES[co]['name']}

Cet hiver, nos équipes ont traité {n1} dossiers d'assistance. Les causes les plus fréquentes : chutes et fractures ({n2} %), problèmes cardiaques, pneumonies et calculs rénaux.

Conseils à transmettre à vos patients voyageurs :
• Déclarer toute condition préexistante (diabète, fibrillation auriculaire, MPOC) avant le départ.
• Apporter la liste de médicaments à jour.
• Appeler l'assistance avant de consulter, sauf urgence vitale.

Partenaires hospitaliers : la garantie de paiement est maintenant transmise en moins de 4 heures ouvrables.

Pour vous désabonner, répondez « STOP ».
{COMPANIES[co]['name']} · {COMPANIES[co]['tel']}"""
    else:
        subj = rng.choice([f'{COMPANIES[co]["name"]} newsletter - winter edition', 'Travel smart: tips for snowbirds',
                           'Partner hospital bulletin'])
        body = f"""NEWSLETTER - {COMPANIES[co]['name']}

This winter our teams handled {n1:,} assistance files. Most common reasons: falls and fractures ({n2}%), cardiac events, pneumonia and kidney stones.

Tips to share with your travelling patients:
* Declare any pre-existing condition (diabetes, atrial fibrillation, COPD) before leaving.
* Carry an up-to-date medication list.
* Call assistance before seeking care, unless life-threatening.

Partner hospitals: guarantees of payment now go out within 4 business hours.

To unsubscribe reply STOP.
{COMPANIES[co]['name']} | {COMPANIES[co]['tel']}"""
    return Mail('insurer_newsletter', lang, (COMPANIES[co]['name'], f'newsletter@{COMPANIES[co]["dom"]}'),
                [('Partenaires', f'partners@{COMPANIES[co]["dom"]}')], subj, body,
                body_mode=rng.choice(['html', 'alt']), note='insurer newsletter with aggregate claim statistics')


# 4 -------------------------------------------------------------------------------
def n_staff_travel(w, rng, lang):
    hosp = rng.choice(list(INST))
    emp = staff(rng, kind='hosp')
    mgr = staff(rng, exclude=(emp[1],), kind='hosp')
    d = day(rng)
    city = rng.choice(['Toronto', 'Québec', 'Winnipeg', 'Halifax', 'Montréal'])
    if lang == 'fr':
        subj = rng.choice(['Autorisation de déplacement', f'Congrès à {city} – frais', 'Déplacement – assurance voyage employés'])
        body = f"""{greet('fr', rng, emp[0])}

Ton déplacement à {city} du {fmt_date(d, 'fr', 2)} est autorisé (code budgétaire 7110-{rng.randint(100, 999)}).
- Indemnité de repas : 51,50 $/jour
- Kilométrage : 0,545 $/km si tu prends ton véhicule
- Hôtel réservé par l'agence, confirmation {rng.randint(10000000, 99999999)}

Rappel : l'assurance voyage de l'employeur couvre les soins d'urgence hors province pendant les déplacements autorisés; garde la carte de l'assureur avec toi.

{closing('fr', rng)}
{sig(mgr, hosp, 'fr', rng)}"""
    else:
        subj = rng.choice(['Travel authorisation', f'Conference in {city} - expenses', 'Staff travel - insurance reminder'])
        body = f"""{greet('en', rng, emp[0])}

Your trip to {city} starting {fmt_date(d, 'en', 1)} is approved (cost centre 7110-{rng.randint(100, 999)}).
- Meal allowance: $51.50/day
- Mileage: $0.545/km if driving
- Hotel booked by the agency, confirmation {rng.randint(10000000, 99999999)}

Reminder: the employer's travel policy covers emergency care out of province during approved travel; keep the insurer's card with you.

{closing('en', rng)}
{sig(mgr, hosp, 'en', rng)}"""
    return Mail('staff_travel', lang, who(mgr, hosp), [who(emp, hosp)], subj, body, note='staff travel authorisation')


# 5 -------------------------------------------------------------------------------
def n_vendor_invoice(w, rng, lang):
    hosp = rng.choice(list(INST))
    vend = rng.choice(['aeromedic', 'northwing', 'supply'])
    buyer = ('Raphaël', 'Lévesque-Ward', 'Purchasing agent', 'Agent d\'approvisionnement')
    inv = _inv_no(rng)
    po = f'PO-{rng.randint(450000, 459999)}'
    if vend == 'supply':
        vname, vdom = 'Medisource Outaouais Inc.', 'medisource.example'
        items = [('Trousse IV adulte / Adult IV kit', f'LOT {rng.randint(240000, 249999)}', 240, 3.85),
                 ('Gants nitrile M / Nitrile gloves M', f'LOT NG{rng.randint(1000, 9999)}', 50, 11.20),
                 ('Pompe volumétrique / Volumetric pump', f'S/N {_luhn10(rng)}', 2, 3150.00)]
    else:
        vname, vdom = COMPANIES[vend]['name'], COMPANIES[vend]['dom']
        items = [('Disponibilité aéronef / Aircraft standby (h)', 'C-GMED', 36, 415.00),
                 ('Carburant / Fuel surcharge', '-', 1, 1820.50),
                 ('Équipe médicale de garde / On-call medical crew', 'contrat 2024', 1, 9400.00)]
    total = sum(q * p for _, _, q, p in items)
    lines = ['# FACTURE / INVOICE', vname, f'No: {inv}    {po}', f'Client: {INST[hosp]["fr"]} / {INST[hosp]["en"]}', '']
    for d_, ref, q, p in items:
        lines.append(f'{d_}  |  {ref}  |  {q} x {p:,.2f} $  =  {q * p:,.2f} $')
    lines += ['', f'Sous-total / Subtotal: {total:,.2f} $', f'TPS/GST 5 %: {total * 0.05:,.2f} $',
              f'TVQ/QST 9,975 %: {total * 0.09975:,.2f} $', 'Net 30 jours / Net 30 days', f'No TPS/GST: {rng.randint(100000000, 999999999)} RT0001']
    pdf = A.pdf('Invoice', lines, compress=rng.random() < 0.5, author=vname)
    sender = ('Comptes clients / Accounts receivable', f'ar@{vdom}')
    if lang == 'fr':
        subj = rng.choice([f'Facture {inv}', f'Facture {inv} – bon de commande {po}', 'Facture du mois'])
        body = f"{greet('fr', rng, buyer[0])}\n\nVeuillez trouver ci-jointe la facture {inv} relative au bon de commande {po}.\nPaiement par dépôt direct apprécié.\n\n{closing('fr', rng)}\nComptes clients – {vname}"
    else:
        subj = rng.choice([f'Invoice {inv}', f'Invoice {inv} - PO {po}', 'Monthly invoice'])
        body = f"{greet('en', rng, buyer[0])}\n\nPlease find attached invoice {inv} for PO {po}.\nEFT payment appreciated.\n\n{closing('en', rng)}\nAccounts Receivable - {vname}"
    return Mail('vendor_invoice', lang, sender, [who(buyer, hosp)], subj, body,
                attachments=[Attachment(f'{inv}.pdf', pdf, 'application/pdf')], note='vendor invoice with lot and serial numbers')


# 6 -------------------------------------------------------------------------------
def n_blank_form(w, rng, lang):
    hosp = rng.choice(list(INST))
    a = staff(rng, kind='clerk')
    if lang == 'fr':
        paras = ['Nom du patient : ______________________   Prénom : ________________',
                 'Date de naissance (AAAA-MM-JJ) : ____-__-__   Sexe : F [ ]  M [ ]  X [ ]',
                 'Province d\'assurance : QC [ ]  ON [ ]  Autre : ______',
                 'No d\'assurance maladie : __ __ __ __  __ __ __ __  __ __ __ __   Code de version : __',
                 'Diagnostic principal (CIM-10-CA) : ____________',
                 'Signature du patient ou du répondant : _____________________',
                 '# Réservé à l\'administration', 'No de lot : ______   Date de transmission : ______']
        title_ = 'Formulaire de réclamation – patient hors province'
        subj, body = 'Formulaire hors province (version à jour)', f"{greet('fr', rng)}\n\nVoici la nouvelle version du formulaire vierge. Merci de détruire les anciennes copies papier.\n\n{sig(a, hosp, 'fr', rng)}"
    else:
        paras = ['Patient surname: ______________________   Given name: ________________',
                 'Date of birth (YYYY-MM-DD): ____-__-__   Sex: F [ ]  M [ ]  X [ ]',
                 'Province of coverage: QC [ ]  ON [ ]  Other: ______',
                 'Health number: ____ ___ ___   Version code: __',
                 'Most responsible diagnosis (ICD-10-CA): ____________',
                 'Signature of patient or representative: _____________________',
                 '# Office use only', 'Batch no.: ______   Date sent: ______']
        title_ = 'Out-of-Province Claim Form'
        subj, body = rng.choice(['Updated OOP claim form', 'Blank form - out-of-province', 'New form template']), f"{greet('en', rng)}\n\nAttached is the updated blank form. Please recycle old paper copies.\n\n{sig(a, hosp, 'en', rng)}"
    if rng.random() < 0.5:
        att = Attachment('formulaire_réclamation_hors_province.docx' if lang == 'fr' else 'OOP_claim_form.docx', A.docx_file(title_, paras), DOCX)
    else:
        att = Attachment('formulaire_vierge.pdf' if lang == 'fr' else 'blank_claim_form.pdf', A.pdf(title_, ['# ' + title_] + paras), 'application/pdf')
    return Mail('blank_form', lang, who(a, hosp), [('Admission', f'admission@{INST[hosp]["dom"]}')], subj, body,
                attachments=[att], note='blank claim form template')


# 7 -------------------------------------------------------------------------------
def n_rate_table(w, rng, lang):
    hosp = rng.choice(['hro', 'hpe', 'cst', 'chaf'])
    a = ('Étienne', 'Levasseur', 'Finance manager', 'Chef des finances')
    rows = [('Service', 'Résident hors Canada / Non-resident', 'Hors province non couvert / Uninsured OOP', 'Unité / Unit')]
    for s, base in [('Soins intensifs / ICU', 6400), ('Médecine-chirurgie / Med-surg', 2900), ('Obstétrique / Obstetrics', 3100),
                    ('Urgence / ED visit', 780), ('Clinique externe / Outpatient', 410), ('Dialyse / Dialysis run', 640),
                    ('IRM / MRI', 1350), ('TDM / CT', 720)]:
        rows.append((s, base + rng.randint(-50, 200), int(base * 0.9), 'jour / day' if base > 2000 else 'visite / visit'))
    data = A.xlsx_file([('Tarifs 2024', rows)], author='Finances')
    if lang == 'fr':
        subj, body = 'Tarifs non-résidents 2024', f"{greet('fr', rng)}\n\nLes tarifs applicables aux non-résidents et aux patients hors province non couverts sont en pièce jointe. Ils entrent en vigueur le 1er avril.\n\n{sig(a, hosp, 'fr', rng)}"
    else:
        subj, body = 'Non-resident rates 2024', f"{greet('en', rng)}\n\nAttached are the rates for non-residents and uninsured out-of-province patients, effective April 1.\n\n{sig(a, hosp, 'en', rng)}"
    return Mail('rate_table', lang, who(a, hosp), [('Admission', f'admission@{INST[hosp]["dom"]}')], subj, body,
                attachments=[Attachment('tarifs_non_résidents_2024.xlsx' if lang == 'fr' else 'non_resident_rates_2024.xlsx', data, XLSX)], note='fee schedule spreadsheet')


# 8 -------------------------------------------------------------------------------
def n_assist_contract(w, rng, lang):
    co = rng.choice(['northstar', 'maple', 'boreal', 'avl'])
    hosp = rng.choice(list(INST))
    a = staff(rng, kind='assist')
    b = ('Étienne', 'Levasseur', 'Finance manager', 'Chef des finances')
    files, gop_h = rng.randint(80, 260), rng.randint(2, 9)
    if lang == 'fr':
        subj = rng.choice(['Renouvellement de l\'entente de partenariat', 'Indicateurs trimestriels – entente hôpital/assistance'])
        body = f"""{greet('fr', rng, b[0])}

Voici les indicateurs du dernier trimestre dans le cadre de notre entente :
- Dossiers ouverts pour des patients hospitalisés chez vous : {files}
- Délai moyen d'émission des garanties de paiement : {gop_h} h
- Délai moyen de paiement des factures : {rng.randint(18, 45)} jours
- Rapatriements organisés : {rng.randint(3, 20)}

Nous proposons de renouveler l'entente pour trois ans aux mêmes conditions, avec ajout d'une ligne dédiée pour le service de facturation.

{closing('fr', rng)}
{sig(a, co, 'fr', rng)}"""
    else:
        subj = rng.choice(['Partnership agreement renewal', 'Quarterly KPIs - hospital/assistance agreement'])
        body = f"""{greet('en', rng, b[0])}

Here are last quarter's indicators under our agreement:
- Files opened for patients admitted at your site: {files}
- Average time to issue guarantees of payment: {gop_h} h
- Average invoice payment time: {rng.randint(18, 45)} days
- Repatriations arranged: {rng.randint(3, 20)}

We propose renewing for three years on the same terms, adding a dedicated line for your billing office.

{closing('en', rng)}
{sig(a, co, 'en', rng)}"""
    return Mail('assist_contract', lang, who(a, co), [who(b, hosp)], subj, body, note='assistance company partnership KPIs')


# 9 -------------------------------------------------------------------------------
def n_claims_stats(w, rng, lang):
    hosp = rng.choice(['hro', 'hpe', 'cst', 'chaf'])
    a = ('Étienne', 'Levasseur', 'Finance manager', 'Chef des finances')
    b = staff(rng, exclude=('Levasseur',), kind='admin')
    rows = [('mois' if lang == 'fr' else 'month', 'province', 'groupe_diagnostique' if lang == 'fr' else 'dx_group',
             'sejours' if lang == 'fr' else 'stays', 'montant' if lang == 'fr' else 'amount')]
    groups = ['Cardio', 'Trauma', 'Respiratoire' if lang == 'fr' else 'Respiratory', 'Obstétrique' if lang == 'fr' else 'Obstetrics',
              'Santé mentale' if lang == 'fr' else 'Mental health']
    for m in range(1, rng.randint(4, 7)):
        for prov in ('ON', 'NB', 'MB'):
            g = rng.choice(groups)
            rows.append((f'2024-{m:02d}', prov, g, rng.randint(1, 40), f'{rng.randint(2000, 90000)}.00'))
    if rng.random() < 0.5:
        att = Attachment('stats_hors_province.csv' if lang == 'fr' else 'oop_stats.csv', text=A.csv_text(rows, ';' if lang == 'fr' else ','), ctype='text/csv')
    else:
        att = Attachment('stats_hors_province.xlsx' if lang == 'fr' else 'oop_stats.xlsx', A.xlsx_file([('Stats', rows)]), XLSX)
    if lang == 'fr':
        subj, body = 'Statistiques hors province – cumulatif', f"{greet('fr', rng, b[0])}\n\nVoici le cumulatif par mois et par groupe diagnostique. Aucune donnée nominative.\n\n{sig(a, hosp, 'fr', rng)}"
    else:
        subj, body = 'OOP statistics - year to date', f"{greet('en', rng, b[0])}\n\nYear-to-date volumes by month and diagnostic group. No patient-level data.\n\n{sig(a, hosp, 'en', rng)}"
    return Mail('claims_stats', lang, who(a, hosp), [who(b, hosp)], subj, body, attachments=[att], note='aggregate OOP statistics')


# 10 ------------------------------------------------------------------------------
def n_rejection_codes(w, rng, lang):
    hosp = rng.choice(['hro', 'hpe', 'chaf'])
    a = ('Julien', 'Beauchemin', 'Out-of-province billing clerk', 'Agent de facturation hors Québec')
    codes = [('R-01', 'Numéro d\'assurance maladie invalide', 'Invalid health number'),
             ('R-04', 'Code de version ne correspond pas', 'Version code mismatch'),
             ('R-07', 'Date de service antérieure à 12 mois', 'Service date older than 12 months'),
             ('R-11', 'Service exclu de l\'entente (ex. chirurgie esthétique)', 'Excluded service (e.g. cosmetic surgery)'),
             ('R-15', 'Patient non admissible à la date du service', 'Patient not eligible on date of service'),
             ('R-22', 'Doublon de réclamation', 'Duplicate claim')]
    i = 1 if lang == 'fr' else 2
    table = '\n'.join(f'{c[0]}  {c[i]}' for c in codes)
    n = rng.randint(4, 19)
    if lang == 'fr':
        subj, body = f'Refus du lot – {n} réclamations', f"""{greet('fr', rng)}

Le dernier lot nous est revenu avec {n} refus. Voici les codes pour vous aider à corriger à l'inscription :

{table}

La majorité concerne le code R-04. Vérifiez la date d'expiration sur la carte à chaque visite.

{sig(a, hosp, 'fr', rng)}"""
    else:
        subj, body = f'Batch rejections - {n} claims', f"""{greet('en', rng)}

Last batch came back with {n} rejections. Codes below to help fix at registration:

{table}

Most were R-04. Please check the card expiry at every visit.

{sig(a, hosp, 'en', rng)}"""
    return Mail('rejection_codes', lang, who(a, hosp), [('Inscription / Registration', f'inscription@{INST[hosp]["dom"]}')],
                subj, body, note='claim rejection reason codes, no patients')


# 11 ------------------------------------------------------------------------------
def n_billing_training(w, rng, lang):
    hosp = rng.choice(list(INST))
    a = staff(rng, kind='clerk')
    c = case(rng)
    d = day(rng)
    if lang == 'fr':
        subj, body = 'Formation – facturation des patients hors province', f"""{greet('fr', rng)}

Une formation de 45 minutes aura lieu le {fmt_date(d, 'fr', 2)} à 13 h (salle B-204 et Teams).

Exemple fictif utilisé : « Patient A, 67 ans, résident de l'Ontario, admis pour {dx(c, 'fr')} ». Nous verrons comment remplir le formulaire, choisir le code CIM-10-CA et vérifier le code de version.

Inscription auprès de {a[0]} {a[1]}.

{sig(a, hosp, 'fr', rng)}"""
    else:
        subj, body = 'Training - out-of-province billing', f"""{greet('en', rng)}

A 45-minute session is scheduled on {fmt_date(d, 'en', 1)} at 1 pm (room B-204 and Teams).

Fictitious example: "Patient A, 67, Ontario resident, admitted with {dx(c, 'en')}". We'll go through the form, ICD-10-CA coding and version-code checks.

Register with {a[0]} {a[1]}.

{sig(a, hosp, 'en', rng)}"""
    return Mail('billing_training', lang, who(a, hosp), [('Tout le personnel / All staff', f'tous@{INST[hosp]["dom"]}')],
                subj, body, note='training notice with fictitious example patient')


# 12 ------------------------------------------------------------------------------
def n_remittance(w, rng, lang):
    hosp = rng.choice(['hro', 'hpe', 'cst', 'chaf'])
    a = ('Étienne', 'Levasseur', 'Finance manager', 'Chef des finances')
    b = ('Julien', 'Beauchemin', 'Out-of-province billing clerk', 'Agent de facturation hors Québec')
    batch = f'B{rng.randint(2024001, 2024365)}'
    paid, rej = rng.randint(30, 140), rng.randint(0, 12)
    amt = rng.randint(80000, 640000)
    if lang == 'fr':
        subj, body = f'Avis de paiement – lot {batch}', f"""{greet('fr', rng, b[0])}

Le paiement du lot {batch} a été reçu : {paid} réclamations payées, {rej} refusées, total {f'{amt:,}'.replace(',', ' ')} $.
Dépôt effectué au compte se terminant par {rng.randint(1000, 9999)}. Référence de virement {rng.randint(100000000000, 999999999999)}.

Peux-tu concilier avec le grand livre d'ici vendredi?

{sig(a, hosp, 'fr', rng)}"""
    else:
        subj, body = f'Remittance advice - batch {batch}', f"""{greet('en', rng, b[0])}

Payment for batch {batch} received: {paid} claims paid, {rej} rejected, total ${amt:,}.
Deposited to the account ending {rng.randint(1000, 9999)}. Transfer reference {rng.randint(100000000000, 999999999999)}.

Can you reconcile with the GL by Friday?

{sig(a, hosp, 'en', rng)}"""
    return Mail('remittance', lang, who(a, hosp), [who(b, hosp)], subj, body, note='batch remittance totals')


BUILDERS = {
    'billing_rules': n_billing_rules, 'reciprocal_agreement': n_reciprocal_agreement,
    'insurer_newsletter': n_insurer_newsletter, 'staff_travel': n_staff_travel, 'vendor_invoice': n_vendor_invoice,
    'blank_form': n_blank_form, 'rate_table': n_rate_table, 'assist_contract': n_assist_contract,
    'claims_stats': n_claims_stats, 'rejection_codes': n_rejection_codes, 'billing_training': n_billing_training,
    'remittance': n_remittance,
}
