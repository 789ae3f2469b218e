"""Negative scenarios, part B: clinical-sounding mail with no identifiable patient —
statistics, shortages, recalls, invoices, newsletters, conferences, committees, teaching
cases, blank forms, protocols, physician coverage."""
import datetime

from gen_attach import make_csv, make_docx, make_pdf, make_xlsx
from gen_clin import dept_addr, later, spec, workday_after
from gen_common import ORG, closing, greet, make_staff, short_day, signature, MONTHS_FR, MONTHS_EN
from stdnum import luhn


def luhn_serial(rng, n=9):
    body = ''.join(rng.choice('0123456789') for _ in range(n - 1))
    return body + luhn.calc_check_digit(body)

# ----------------------------------------------------------------------------- statistics


def n_stats(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    s = make_staff(rng, lang, rng.choice(['chef', 'coord']), org)
    mon = (when.month - 2) % 12
    mname = MONTHS_FR[mon] if fr else MONTHS_EN[mon]
    metha, bup, subl = rng.randint(20, 45), rng.randint(25, 60), rng.randint(5, 25)
    od, nal, trans = rng.randint(0, 6), rng.randint(0, 9), rng.randint(4, 19)
    adm = rng.randint(180, 420)
    hcv_t, hcv_p = rng.randint(60, 160), rng.randint(3, 18)
    rows = [['Indicateur' if fr else 'Indicator', 'Valeur' if fr else 'Value'],
            ['Admissions', adm], ['Évaluations à l\'admission < 24 h (%)' if fr else 'Intake assessments < 24 h (%)', rng.randint(82, 99)],
            ['TAO – méthadone' if fr else 'OAT – methadone', metha], ['TAO – buprénorphine SL' if fr else 'OAT – SL buprenorphine', bup],
            ['TAO – buprénorphine LP' if fr else 'OAT – XR buprenorphine', subl], ['Surdoses' if fr else 'Overdoses', od],
            ['Naloxone administrée (doses)' if fr else 'Naloxone given (doses)', nal],
            ['Transferts vers le CH' if fr else 'Hospital transfers', trans],
            ['Dépistages VHC' if fr else 'HCV screens', hcv_t], ['VHC positifs (ARN)' if fr else 'HCV RNA positive', hcv_p],
            ['Surveillances constantes' if fr else 'Constant observations', rng.randint(2, 14)]]
    table = '\n'.join(f'| {r[0]} | {r[1]} |' for r in rows)
    if fr:
        body = f"""{greet(rng, lang)}

Voici les statistiques mensuelles du service de santé de {ORG[org]['short']} pour {mname} :

{table}

Faits saillants : {rng.choice(['hausse des inductions de buprénorphine LP', 'diminution des transferts non planifiés', 'aucun décès en détention', 'délai moyen avant la première dose de TAO : 19 h'])}. Les données sont agrégées; aucune donnée nominative n'est transmise.

{closing(rng, lang)}
{signature(rng, s, lang)}"""
        subj = rng.choice([f'Statistiques mensuelles – {mname}', f'Tableau de bord santé {mname}', 'Indicateurs du mois'])
    else:
        body = f"""{greet(rng, lang)}

Here are the monthly Health Services statistics for {ORG[org]['short']}, {mname}:

{table}

Highlights: {rng.choice(['more XR buprenorphine inductions', 'fewer unplanned transfers', 'no deaths in custody', 'average time to first OAT dose: 19 h'])}. Data are aggregate; no personal information is included.

{closing(rng, lang)}
{signature(rng, s, lang)}"""
        subj = rng.choice([f'Monthly statistics - {mname}', f'Health dashboard {mname}', 'Monthly indicators'])
    atts = []
    if rng.random() < 0.5:
        atts.append(dict(filename=f'{"stats" if fr else "statistics"}_{when:%Y%m}.xlsx',
                         ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data=make_xlsx([('Stats', rows)])))
    elif rng.random() < 0.5:
        atts.append(dict(filename=f'indicateurs_{when:%Y%m}.csv' if fr else f'indicators_{when:%Y%m}.csv', ctype='text/csv',
                         data=make_csv(rows, delimiter=';' if fr else ',')))
    return spec('statistics', lang, [], 'aggregate monthly health statistics', subj, s,
                [make_staff(rng, lang, 'chef', org), ('Direction', f'direction@{ORG[org]["domain"]}')], body, when, attachments=atts,
                body_kind='html' if rng.random() < 0.4 else None)

# ----------------------------------------------------------------------------- drug shortage


def n_drug_shortage(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc', 'hrsa'])
    ph = make_staff(rng, lang, 'pharm', org)
    drug = rng.choice([('méthadone solution orale 10 mg/mL', 'methadone oral solution 10 mg/mL'),
                       ('buprénorphine-naloxone 8 mg/2 mg comprimés', 'buprenorphine-naloxone 8 mg/2 mg tablets'),
                       ('naloxone vaporisateur nasal 4 mg', 'naloxone nasal spray 4 mg'),
                       ('quétiapine 25 mg', 'quetiapine 25 mg'), ('insuline glargine stylos', 'insulin glargine pens'),
                       ('salbutamol aérosol 100 mcg', 'salbutamol inhaler 100 mcg')])
    until = later(when, rng.randint(14, 60))
    if fr:
        body = f"""{greet(rng, lang)}

Le grossiste nous avise d'une rupture d'approvisionnement de {drug[0]} jusqu'au {until:%Y-%m-%d} environ.
Mesures : {rng.choice(['utiliser le format alternatif disponible (même concentration, fournisseur différent)', 'réserver les stocks aux nouvelles admissions et aux inductions', "substitution thérapeutique selon l'algorithme joint, approuvée par le comité de pharmacologie"])}.
Ne pas constituer de réserves dans les armoires des secteurs. Aucune action requise pour les personnes déjà stabilisées à moins d'avis contraire.

{closing(rng, lang)}
{signature(rng, ph, lang)}"""
        subj = f'Pénurie : {drug[0]}'
    else:
        body = f"""{greet(rng, lang)}

Our wholesaler reports a supply disruption for {drug[1]} until about {until:%Y-%m-%d}.
Measures: {rng.choice(['use the alternate product (same strength, different supplier)', 'reserve stock for new admissions and inductions', 'therapeutic substitution per the attached algorithm, approved by P&T'])}.
Do not stockpile in unit cabinets. No action needed for already stabilized patients unless advised.

{closing(rng, lang)}
{signature(rng, ph, lang)}"""
        subj = f'Drug shortage: {drug[1]}'
    atts = []
    if rng.random() < 0.4:
        atts.append(dict(filename='algorithme_substitution.pdf' if fr else 'substitution_algorithm.pdf', ctype='application/pdf',
                         data=make_pdf('Algorithme de substitution' if fr else 'Substitution algorithm',
                                       ['1. Vérifier le format disponible.' if fr else '1. Check available product.',
                                        '2. Aviser le prescripteur.' if fr else '2. Notify the prescriber.',
                                        '3. Documenter au dossier.' if fr else '3. Document in the record.'])))
    return spec('drug_shortage', lang, [], 'drug shortage notice', subj, ph, [dept_addr('Service de sante' if fr else 'Health Services', org)],
                body, when, attachments=atts)

# ----------------------------------------------------------------------------- recall


def n_recall(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc', 'hrsa'])
    ph = make_staff(rng, lang, rng.choice(['pharm', 'achat']), org)
    prod = rng.choice([('bandelettes de glycémie', 'blood glucose test strips'), ('trousses de naloxone', 'naloxone kits'),
                       ('seringues de sécurité 1 mL', '1 mL safety syringes'), ('gants nitrile taille M', 'nitrile gloves size M'),
                       ('défibrillateur externe automatisé (électrodes)', 'AED pads')])
    lots = [f'{rng.choice(["LT", "L", "B"])}{rng.randint(10000, 99999)}' for _ in range(rng.randint(1, 4))]
    serial = luhn_serial(rng, rng.choice([9, 10]))
    if fr:
        body = f"""{greet(rng, lang)}

AVIS DE RAPPEL — {prod[0]}
Lots visés : {', '.join(lots)}
Motif : {rng.choice(['lectures faussement élevées possibles', "défaut d'étanchéité de l'emballage", "dispositif de sécurité qui peut ne pas s'activer"])}.
Numéro d'avis du fabricant : {serial}.

Merci de vérifier vos stocks (infirmerie, chariots, trousses d'urgence des secteurs) et de mettre les lots visés en quarantaine. Retour au fournisseur par l'approvisionnement.

{closing(rng, lang)}
{signature(rng, ph, lang)}"""
        subj = f'RAPPEL – {prod[0]} – lots {", ".join(lots)}'
    else:
        body = f"""{greet(rng, lang)}

RECALL NOTICE — {prod[1]}
Affected lots: {', '.join(lots)}
Reason: {rng.choice(['possible falsely high readings', 'packaging seal defect', 'safety mechanism may fail to engage'])}.
Manufacturer notice number: {serial}.

Please check stock (HCU, med carts, unit emergency kits) and quarantine the affected lots. Procurement will handle returns.

{closing(rng, lang)}
{signature(rng, ph, lang)}"""
        subj = f'RECALL - {prod[1]} - lots {", ".join(lots)}'
    return spec('recall', lang, [], 'supplier recall with lot numbers', subj, ph, [dept_addr('Service de sante' if fr else 'Health Services', org)],
                body, when, importance='High' if rng.random() < 0.5 else None)

# ----------------------------------------------------------------------------- invoice / purchase order


def n_invoice(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    buyer = make_staff(rng, lang, 'achat', org)
    vendor = rng.choice([('Distribution Médicale Laurentienne', 'facturation@dml-distribution.example'),
                         ('Grossiste Pharma Boréal', 'ar@pharmaboreal.example'), ('MedSupply North Inc.', 'billing@medsupplynorth.example')])
    items = rng.sample([('Trousse naloxone nasale 4 mg (2 doses)', 'Naloxone nasal kit 4 mg (2 doses)', 38.5),
                        ('Méthadone solution 10 mg/mL, 1 L', 'Methadone solution 10 mg/mL, 1 L', 64.0),
                        ('Bandelettes glycémie (boîte de 100)', 'Glucose strips (box of 100)', 52.0),
                        ('Gobelets doseurs 30 mL (1000)', 'Dosing cups 30 mL (1000)', 21.9),
                        ('Électrodes DEA adulte', 'Adult AED pads', 89.0),
                        ('Tests rapides VIH (boîte de 24)', 'HIV rapid tests (box of 24)', 312.0),
                        ('Thermomètres tympaniques', 'Tympanic thermometers', 129.0)], 3)
    inv = f'{rng.choice(["F", "INV", "FA"])}-{when.year}-{rng.randint(1000, 9999)}'
    po = f'BC-{rng.randint(400000, 499999)}' if fr else f'PO-{rng.randint(400000, 499999)}'
    asset = luhn_serial(rng, 9)
    rows = [['Article' if fr else 'Item', 'Qté' if fr else 'Qty', 'Prix unitaire' if fr else 'Unit price', 'Total']]
    total = 0
    for it in items:
        q = rng.randint(2, 40)
        rows.append([it[0] if fr else it[1], q, f'{it[2]:.2f}', f'{q * it[2]:.2f}'])
        total += q * it[2]
    rows.append(['', '', 'TPS/TVQ' if fr else 'Taxes', f'{total * 0.14975:.2f}'])
    rows.append(['', '', 'Total', f'{total * 1.14975:.2f}'])
    asset_label = "No d'actif (réfrigérateur à vaccins)" if fr else 'Asset no. (vaccine fridge)'
    lines = [f'{"Facture" if fr else "Invoice"} {inv}', f'{"Bon de commande" if fr else "Purchase order"} {po}',
             f'{"Client" if fr else "Customer"}: {ORG[org][lang]} — {ORG[org]["addr"]}',
             f'{asset_label}: {asset}' if rng.random() < 0.5 else '', ''] + \
            ['   '.join(str(c) for c in r) for r in rows]
    pdf = make_pdf(('Facture ' if fr else 'Invoice ') + inv, [l for l in lines if l is not None], header=vendor[0])
    if fr:
        body = f"""{greet(rng, lang, buyer['first'])}

Veuillez trouver ci-joint la facture {inv} pour votre bon de commande {po}. Paiement net 30 jours.
{rng.choice(['Livraison effectuée au quai de réception le ' + later(when, -2).strftime('%Y-%m-%d') + '.', 'Un article est en rupture et sera livré séparément.', 'Merci de votre confiance.'])}

Service à la clientèle — {vendor[0]}"""
        subj = f'Facture {inv} – BC {po}'
    else:
        body = f"""{greet(rng, lang, buyer['first'])}

Please find attached invoice {inv} for your purchase order {po}. Payment terms net 30.
{rng.choice(['Delivered to the receiving dock on ' + later(when, -2).strftime('%Y-%m-%d') + '.', 'One item is back-ordered and will ship separately.', 'Thank you for your business.'])}

Accounts Receivable — {vendor[0]}"""
        subj = f'Invoice {inv} - {po}'
    return spec('invoice', lang, [], 'supplier invoice (PDF) with PO and asset numbers', subj, vendor, [buyer], body, when,
                attachments=[dict(filename=f'{inv}.pdf', ctype='application/pdf', data=pdf)])

# ----------------------------------------------------------------------------- newsletter


def n_newsletter(rng, ctx, lang, when):
    fr = lang == 'fr'
    sender = ('Bulletin Santé en milieu correctionnel' if fr else 'Correctional Health Bulletin', 'bulletin@santecorrectionnelle.example')
    topic = rng.choice([
        ("Élimination de l'hépatite C en détention : où en sommes-nous?",
         "Hepatitis C elimination in custody: where are we?",
         "Les personnes incarcérées présentent une prévalence de l'hépatite C de 10 à 30 fois supérieure à celle de la population générale. Le dépistage à l'admission avec test réflexe d'ARN et le traitement de 8 à 12 semaines par antiviraux à action directe permettent une guérison dans plus de 95 % des cas.",
         "People in prison have a hepatitis C prevalence 10 to 30 times that of the general population. Admission screening with reflex RNA testing and 8 to 12 weeks of direct-acting antivirals cure more than 95% of cases."),
        ("Les deux semaines après la libération : une période à haut risque de surdose",
         "The two weeks after release: a high-risk period for overdose",
         "Le risque de décès par surdose est multiplié dans les semaines suivant la libération. Remettre une trousse de naloxone et assurer un rendez-vous de TAO dans les 72 h sont les deux mesures les plus efficaces.",
         "The risk of overdose death rises sharply in the weeks after release. Handing out a naloxone kit and securing an OAT appointment within 72 h are the two most effective measures."),
        ("Tuberculose : rappel sur le dépistage à l'admission", "Tuberculosis: admission screening reminder",
         "Tout nouvel arrivant doit être questionné sur la toux, la fièvre, les sueurs nocturnes et la perte de poids. Un questionnaire positif entraîne l'isolement respiratoire et une radiographie.",
         "Every new admission must be asked about cough, fever, night sweats and weight loss. A positive screen means airborne isolation and a chest X-ray."),
        ("Santé mentale des femmes incarcérées", "Mental health of incarcerated women",
         "Les femmes en détention présentent des taux élevés de traumatismes, de TSPT et de troubles concomitants. Les approches tenant compte des traumatismes réduisent les incidents d'automutilation.",
         "Women in custody have high rates of trauma, PTSD and concurrent disorders. Trauma-informed approaches reduce self-harm incidents."),
    ])
    nr = rng.randint(12, 60)
    if fr:
        body = f"""BULLETIN SANTÉ EN MILIEU CORRECTIONNEL — no {nr}

{topic[0]}
{topic[2]}

À lire aussi :
- Retour sur la journée scientifique régionale
- Nouvelle fiche d'information sur la buprénorphine injectable
- Calendrier des formations du printemps

Vous recevez ce bulletin parce que vous êtes inscrit(e) à la liste de diffusion. Se désabonner : répondre « DÉSABONNER »."""
        subj = f'Bulletin no {nr} – {topic[0]}'
    else:
        body = f"""CORRECTIONAL HEALTH BULLETIN — issue {nr}

{topic[1]}
{topic[3]}

Also in this issue:
- Highlights from the regional scientific day
- New fact sheet on injectable buprenorphine
- Spring training calendar

You are receiving this bulletin because you subscribed to the mailing list. To unsubscribe reply "UNSUBSCRIBE"."""
        subj = f'Bulletin #{nr} - {topic[1]}'
    return spec('newsletter', lang, [], 'newsletter about a disease topic', subj, sender, [('Abonnés' if fr else 'Subscribers', 'liste@santecorrectionnelle.example')],
                body, when, body_kind=rng.choice(['html', 'alt']))

# ----------------------------------------------------------------------------- conference programme


def n_conference(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc', 'crt'])
    s = make_staff(rng, lang, 'coord', org)
    d = later(when, rng.randint(20, 70))
    speakers = [make_staff(rng, lang, r, rng.choice(['hrsa', 'chle', 'crt', 'relais'])) for r in ('md', 'psy', 'pharm', 'infc')]
    talks_fr = ['Traiter l\'hépatite C avant la sortie', 'Buprénorphine injectable en détention : 2 ans d\'expérience',
                'Psychose et isolement : enjeux éthiques', 'Continuité du TAO : le rôle des pharmacies communautaires',
                'Prévenir le suicide en détention provisoire']
    talks_en = ['Treating hepatitis C before release', 'Injectable buprenorphine in custody: 2 years of experience',
                'Psychosis and segregation: ethical issues', 'OAT continuity: the role of community pharmacies',
                'Preventing suicide on remand']
    talks = rng.sample(talks_fr if fr else talks_en, 4)
    prog = '\n'.join(f'{9 + i}h00 — {t} ({sp["dname"]}, {sp["title"].lower() if fr else sp["title"]})' if fr else
                     f'{9 + i}:00 — {t} ({sp["dname"]}, {sp["title"]})' for i, (t, sp) in enumerate(zip(talks, speakers)))
    if fr:
        body = f"""{greet(rng, lang)}

Journée scientifique « Santé et justice » — {d:%Y-%m-%d}, {ORG['hrsa']['fr']}, amphithéâtre.

Programme :
{prog}
13h00 — Table ronde : la sortie de détention

Inscription gratuite avant le {later(d, -7):%Y-%m-%d}. 6 heures de formation continue reconnues.

{signature(rng, s, lang)}"""
        subj = 'Programme – Journée scientifique Santé et justice'
    else:
        body = f"""{greet(rng, lang)}

"Health and Justice" scientific day — {d:%Y-%m-%d}, {ORG['hrsa']['en']}, auditorium.

Programme:
{prog}
1:00 — Panel: leaving custody

Free registration before {later(d, -7):%Y-%m-%d}. 6 hours of accredited CE.

{signature(rng, s, lang)}"""
        subj = 'Programme - Health and Justice scientific day'
    atts = []
    if rng.random() < 0.5:
        atts.append(dict(filename='programme.pdf' if fr else 'program.pdf', ctype='application/pdf',
                         data=make_pdf('Journée scientifique' if fr else 'Scientific day', prog.split('\n'))))
    return spec('conference', lang, [], 'conference programme with speakers and topics', subj, s,
                [('Liste santé' if fr else 'Health list', f'sante-liste@{ORG[org]["domain"]}')], body, when, attachments=atts)

# ----------------------------------------------------------------------------- committee notices


def n_committee(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    s = make_staff(rng, lang, rng.choice(['pci', 'pharm', 'coord']), org)
    kind = rng.choice(['pt', 'pci', 'pci_outbreak', 'ethics'])
    d = workday_after(when, rng.randint(3, 14))
    cases = rng.randint(4, 14)
    if fr:
        txt = {
            'pt': f"Le comité de pharmacologie se réunira le {d:%Y-%m-%d} à 12 h. Ordre du jour : 1) ajout de la buprénorphine LP au formulaire; 2) révision de la liste des médicaments à risque de détournement (gabapentine, quétiapine); 3) politique sur les doses à emporter lors des comparutions.",
            'pci': f"Le comité de prévention et contrôle des infections se réunira le {d:%Y-%m-%d}. Points : taux de dépistage ITSS à l'admission (78 %), rappel hygiène des mains, mise à jour du protocole tuberculose.",
            'pci_outbreak': f"Éclosion d'influenza A au secteur {rng.choice('BCDE')} : {cases} cas à ce jour parmi les personnes incarcérées et 2 parmi le personnel. Mesures : confinement du secteur, port du masque, oseltamivir en prophylaxie selon l'ordonnance collective. Aucune nouvelle admission dans le secteur jusqu'à nouvel ordre.",
            'ethics': f"Le comité d'éthique clinique examinera le {d:%Y-%m-%d} la question du consentement au traitement en isolement (discussion de principe, sans cas nominatif). Les membres peuvent soumettre des questions à l'avance.",
        }[kind]
        subj = {'pt': 'Comité de pharmacologie – convocation', 'pci': 'Comité PCI – convocation', 'pci_outbreak': f'Éclosion influenza secteur – mise à jour ({cases} cas)',
                'ethics': 'Comité d\'éthique clinique – ordre du jour'}[kind]
    else:
        txt = {
            'pt': f"The Pharmacy & Therapeutics committee meets on {d:%Y-%m-%d} at noon. Agenda: 1) adding XR buprenorphine to the formulary; 2) review of diversion-prone drugs list (gabapentin, quetiapine); 3) policy on carries for court appearances.",
            'pci': f"The Infection Prevention and Control committee meets on {d:%Y-%m-%d}. Items: STBBI screening rate at intake (78%), hand hygiene reminder, TB protocol update.",
            'pci_outbreak': f"Influenza A outbreak on {rng.choice('BCDE')} unit: {cases} cases so far among inmates and 2 among staff. Measures: unit lockdown, masking, oseltamivir prophylaxis per medical directive. No new admissions to the unit until further notice.",
            'ethics': f"On {d:%Y-%m-%d} the clinical ethics committee will discuss consent to treatment in segregation (policy discussion, no named cases). Members may submit questions in advance.",
        }[kind]
        subj = {'pt': 'P&T committee - notice', 'pci': 'IPAC committee - notice', 'pci_outbreak': f'Influenza outbreak update ({cases} cases)',
                'ethics': 'Clinical ethics committee - agenda'}[kind]
    body = f"{greet(rng, lang)}\n\n{txt}\n\n{closing(rng, lang)}\n{signature(rng, s, lang)}"
    return spec('committee', lang, [], 'committee notice / aggregate outbreak update', subj, s,
                [('Membres du comité' if fr else 'Committee members', f'comite@{ORG[org]["domain"]}')], body, when)

# ----------------------------------------------------------------------------- anonymised teaching case


def n_teaching_case(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc', 'crt'])
    s = make_staff(rng, lang, rng.choice(['md', 'psy', 'pharm']), org)
    age = rng.randint(22, 58)
    case = rng.choice([
        (f"Homme de {age} ans admis en détention provisoire, consommation quotidienne de fentanyl fumé. COWS 14 à l'admission. Quelle stratégie d'induction proposez-vous : buprénorphine standard, microdosage, ou méthadone?",
         f"A {age}-year-old man admitted on remand, daily smoked fentanyl. COWS 14 at intake. What induction strategy would you choose: standard buprenorphine, micro-dosing or methadone?"),
        (f"Femme de {age} ans, trouble bipolaire sous lithium, déshydratée après une grève de la faim de 5 jours. Lithémie à 1,9 mmol/L. Discussion : surveillance en milieu carcéral vs transfert.",
         f"A {age}-year-old woman with bipolar disorder on lithium, dehydrated after a 5-day hunger strike. Lithium level 1.9 mmol/L. Discussion: monitoring in custody vs transfer."),
        (f"Patient de {age} ans avec hépatite C et consommation active par injection, libération prévue dans 6 semaines. Traiter maintenant ou référer?",
         f"A {age}-year-old patient with hepatitis C and active injection use, release in 6 weeks. Treat now or refer?"),
        (f"Homme de {age} ans en isolement depuis 12 jours, nouveau discours désorganisé. Quels éléments documenter avant de recommander la fin de l'isolement?",
         f"A {age}-year-old man in segregation for 12 days with new disorganized speech. What should be documented before recommending release from segregation?"),
    ])
    d = workday_after(when, rng.randint(2, 8))
    if fr:
        body = f"""{greet(rng, lang)}

Pour la discussion de cas du {short_day(d, lang)} midi (cas fictif / anonymisé à des fins d'enseignement) :

{case[0]}

Lectures suggérées : lignes directrices nationales sur le TAO (section milieu correctionnel).

{signature(rng, s, lang)}"""
        subj = rng.choice(['Discussion de cas – ' + short_day(d, lang), 'Club de lecture / cas clinique', 'Cas clinique anonymisé pour jeudi'])
    else:
        body = f"""{greet(rng, lang)}

For {short_day(d, lang)} lunchtime case discussion (fictional / anonymised teaching case):

{case[1]}

Suggested reading: national OAT guideline (correctional section).

{signature(rng, s, lang)}"""
        subj = rng.choice(['Case discussion - ' + short_day(d, lang), 'Journal club / clinical case', 'Anonymised teaching case for Thursday'])
    return spec('teaching_case', lang, [], 'anonymised teaching case', subj, s, [('Équipe médicale' if fr else 'Medical team', f'medecins@{ORG[org]["domain"]}')],
                body, when)

# ----------------------------------------------------------------------------- blank forms


def n_blank_form(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    s = make_staff(rng, lang, rng.choice(['coord', 'adm', 'chef']), org)
    form = rng.choice([
        ('Formulaire de transfert vers un centre hospitalier', 'Hospital transfer form',
         ['Nom : ______________________   Prénom : ________________', 'Date de naissance : ____/____/______   NAM : ____ ____ ____',
          'Motif du transfert : _______________________________', 'Médication active : _______________________________',
          'Allergies : ________________   Escorte : [ ] 1 agent  [ ] 2 agents', 'Signature de l\'infirmière : ______________'],
         ['Last name: ______________________   First name: ________________', 'Date of birth: ____/____/______   Health card: ____________',
          'Reason for transfer: _______________________________', 'Current medications: _______________________________',
          'Allergies: ________________   Escort: [ ] 1 officer  [ ] 2 officers', 'Nurse signature: ______________']),
        ('Consentement à la communication de renseignements', 'Consent to release information',
         ['Je soussigné(e), ______________________, né(e) le ____________,', 'autorise ______________________ à communiquer à ______________________',
          'les renseignements suivants : [ ] diagnostics  [ ] médication  [ ] résultats', 'Durée de validité : ________  Signature : ____________'],
         ['I, ______________________, born ____________,', 'authorize ______________________ to release to ______________________',
          'the following: [ ] diagnoses  [ ] medications  [ ] results', 'Valid until: ________  Signature: ____________']),
        ('Grille d\'évaluation du risque suicidaire à l\'admission', 'Suicide risk screening at intake',
         ['Nom : ____________  No dossier : ________', '1. Idées suicidaires actuelles ? [ ] oui [ ] non',
          '2. Tentative antérieure ? [ ] oui [ ] non', '3. Première incarcération ? [ ] oui [ ] non', 'Score total : ____   Niveau de surveillance : ________'],
         ['Name: ____________  Record no.: ________', '1. Current suicidal ideation? [ ] yes [ ] no',
          '2. Previous attempt? [ ] yes [ ] no', '3. First incarceration? [ ] yes [ ] no', 'Total score: ____   Observation level: ________']),
        ('Demande de services de santé (personne incarcérée)', 'Health services request (inmate)',
         ['Nom : ______________   Secteur/cellule : ______', 'Décrivez votre problème : ______________________________',
          '______________________________________________', 'Réservé au service de santé : priorité [ ] 1 [ ] 2 [ ] 3'],
         ['Name: ______________   Unit/cell: ______', 'Describe your problem: ______________________________',
          '______________________________________________', 'Health Services use only: priority [ ] 1 [ ] 2 [ ] 3']),
    ])
    title = form[0] if fr else form[1]
    lines = form[2] if fr else form[3]
    if rng.random() < 0.5:
        att = dict(filename=title.replace(' ', '_').replace("'", '') + '_VIERGE.pdf' if fr else title.replace(' ', '_') + '_BLANK.pdf',
                   ctype='application/pdf', data=make_pdf(title, lines, header=ORG[org][lang]))
    else:
        att = dict(filename=title.replace(' ', '_').replace("'", '') + ('_gabarit.docx' if fr else '_template.docx'),
                   ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document', data=make_docx(title, lines))
    if fr:
        body = f"{greet(rng, lang)}\n\nVoici la version révisée (v{rng.randint(2, 6)}.{rng.randint(0, 9)}) du formulaire « {title} ». Merci de détruire les anciennes copies papier et d'utiliser celle-ci à compter du {workday_after(when, 3):%Y-%m-%d}.\n\n{closing(rng, lang)}\n{signature(rng, s, lang)}"
        subj = f'Formulaire révisé : {title}'
    else:
        body = f"{greet(rng, lang)}\n\nHere is the revised version (v{rng.randint(2, 6)}.{rng.randint(0, 9)}) of the \"{title}\" form. Please discard old paper copies and use this one from {workday_after(when, 3):%Y-%m-%d}.\n\n{closing(rng, lang)}\n{signature(rng, s, lang)}"
        subj = f'Revised form: {title}'
    return spec('blank_form', lang, [], 'blank form / template', subj, s, [dept_addr('Equipe soins' if fr else 'Nursing team', org)], body, when,
                attachments=[att])

# ----------------------------------------------------------------------------- protocols


def n_protocol(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    s = make_staff(rng, lang, rng.choice(['md', 'pharm', 'coord']), org)
    prot = rng.choice([
        ('Ordonnance collective – initiation de la buprénorphine-naloxone', 'Medical directive – buprenorphine-naloxone initiation',
         ['Critères : COWS ≥ 8, dernière utilisation de fentanyl > 12 h.', 'Dose initiale : 2 à 4 mg SL, réévaluer après 1 h.', 'Dose maximale J1 : 16 mg.', 'Contre-indications : insuffisance hépatique grave, allergie.'],
         ['Criteria: COWS ≥ 8, last fentanyl use > 12 h.', 'Initial dose: 2 to 4 mg SL, reassess after 1 h.', 'Day 1 maximum: 16 mg.', 'Contraindications: severe hepatic failure, allergy.']),
        ('Protocole de sevrage alcoolique (CIWA-Ar)', 'Alcohol withdrawal protocol (CIWA-Ar)',
         ['Évaluation CIWA aux 4 h pendant 72 h.', 'CIWA ≥ 10 : diazépam 10 à 20 mg PO.', 'Thiamine 100 mg avant tout soluté glucosé.', 'Transfert si convulsion ou delirium.'],
         ['CIWA every 4 h for 72 h.', 'CIWA ≥ 10: diazepam 10 to 20 mg PO.', 'Thiamine 100 mg before any dextrose.', 'Transfer if seizure or delirium.']),
        ('Politique – naloxone à la libération', 'Policy – naloxone at release',
         ['Toute personne libérée ayant des antécédents de consommation d\'opioïdes se voit offrir une trousse de naloxone.', 'Formation de 5 minutes documentée.', 'Refus documenté.'],
         ['Every person released with a history of opioid use is offered a naloxone kit.', '5-minute training documented.', 'Refusals documented.']),
        ('Procédure – doses de TAO lors des comparutions', 'Procedure – OAT doses on court days',
         ['Administrer la dose avant 7 h 30 les jours de comparution.', 'Aucune dose à emporter remise à l\'escorte.', 'Si retour après 20 h, aviser l\'infirmière de soir.'],
         ['Give the dose before 7:30 on court days.', 'No carries handed to the escort.', 'If return after 8 pm, notify the evening nurse.']),
    ])
    title = prot[0] if fr else prot[1]
    lines = prot[2] if fr else prot[3]
    if fr:
        body = f"""{greet(rng, lang)}

Le document « {title} » a été approuvé par le comité de direction clinique et entre en vigueur le {workday_after(when, 5):%Y-%m-%d}.

Points principaux :
{chr(10).join('- ' + l for l in lines)}

La version complète est jointe et disponible sur l'intranet.

{closing(rng, lang)}
{signature(rng, s, lang)}"""
        subj = f'Nouveau : {title}'
    else:
        body = f"""{greet(rng, lang)}

"{title}" was approved by the clinical leadership committee and takes effect on {workday_after(when, 5):%Y-%m-%d}.

Key points:
{chr(10).join('- ' + l for l in lines)}

The full version is attached and on the intranet.

{closing(rng, lang)}
{signature(rng, s, lang)}"""
        subj = f'New: {title}'
    att = dict(filename=('protocole.pdf' if fr else 'protocol.pdf'), ctype='application/pdf', data=make_pdf(title, lines + ['', 'Version 1.0']))
    return spec('protocol', lang, [], 'clinical protocol / policy without patients', subj, s, [dept_addr('Service de sante' if fr else 'Health Services', org)],
                body, when, attachments=[att] if rng.random() < 0.6 else [])

# ----------------------------------------------------------------------------- physician coverage


def n_physician_roster(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    s = make_staff(rng, lang, 'coord', org)
    docs = []
    for spec_fr, spec_en, area_fr, area_en in [('Médecine familiale', 'Family medicine', 'soins généraux, TAO', 'general care, OAT'),
                                              ('Psychiatrie', 'Psychiatry', 'psychose, troubles de l\'humeur', 'psychosis, mood disorders'),
                                              ('Infectiologie', 'Infectious diseases', 'VIH, hépatite C, tuberculose', 'HIV, hepatitis C, tuberculosis'),
                                              ('Médecine des toxicomanies', 'Addiction medicine', 'trouble lié aux opioïdes, sevrage', 'opioid use disorder, withdrawal')]:
        d = make_staff(rng, lang, 'psy' if 'Psych' in spec_en else 'md', rng.choice(['hrsa', 'chle', org]))
        day = rng.choice(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi']) if fr else rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])
        docs.append(f'- {d["dname"]} — {spec_fr if fr else spec_en} ({area_fr if fr else area_en}) : {day}' if fr else
                    f'- {d["dname"]} — {spec_en} ({area_en}): {day}')
    oncall = make_staff(rng, lang, 'md', org)
    if fr:
        body = f"""{greet(rng, lang)}

Horaire des cliniques médicales à compter du {workday_after(when, 3):%Y-%m-%d} :
{chr(10).join(docs)}

Garde de fin de semaine : {oncall['dname']} (téléavertisseur via le standard {ORG[org]['phone']}).

{signature(rng, s, lang)}"""
        subj = 'Horaire des médecins / cliniques'
    else:
        body = f"""{greet(rng, lang)}

Physician clinic schedule starting {workday_after(when, 3):%Y-%m-%d}:
{chr(10).join(docs)}

Weekend on-call: {oncall['dname']} (pager through switchboard {ORG[org]['phone']}).

{signature(rng, s, lang)}"""
        subj = 'Physician / clinic schedule'
    return spec('physician_roster', lang, [], 'physicians named with the conditions they treat', subj, s,
                [dept_addr('Service de sante' if fr else 'Health Services', org)], body, when)
