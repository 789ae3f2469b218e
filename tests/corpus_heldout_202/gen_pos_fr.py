"""French positive templates: messages that identify a patient and say something about them."""
import datetime

from gen_common import CLINIC, STAFF, table_text, quote, d_fr, age_at
from gen_docs import att, att_eml, make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcf, make_zip

ITS_FR = [
    dict(dx='chlamydia génitale', res='TAAN C. trachomatis DÉTECTÉ (urine) ; N. gonorrhoeae non détecté',
         tx='doxycycline 100 mg PO BID x 7 jours', short='CT+ urine'),
    dict(dx='gonorrhée pharyngée', res='TAAN N. gonorrhoeae DÉTECTÉ (gorge) ; C. trachomatis non détecté',
         tx='ceftriaxone 500 mg IM dose unique', short='NG+ gorge'),
    dict(dx='gonorrhée rectale', res='TAAN NG détecté (anus) ; culture : sensible à la ceftriaxone, CMI azithromycine 1 mg/L',
         tx='ceftriaxone 500 mg IM x 1 + doxycycline 100 mg BID x 7 j', short='NG+ rectal'),
    dict(dx='syphilis primaire (chancre du sillon balano-préputial)', res='EIA syphilis réactif, RPR 1:32, TPPA réactif',
         tx='benzathine pénicilline G (Bicillin L-A) 2,4 M UI IM x 1', short='RPR 1:32'),
    dict(dx='syphilis latente précoce', res='RPR 1:8 (non réactif en août 2024), TPPA réactif',
         tx='Bicillin L-A 2,4 M UI IM, dose unique', short='RPR 1:8'),
    dict(dx='syphilis secondaire (roséole, plaques muqueuses)', res='RPR 1:128, TPPA réactif',
         tx='Bicillin L-A 2,4 M UI IM x 1, informé(e) du risque de réaction de Jarisch-Herxheimer', short='RPR 1:128'),
    dict(dx='lymphogranulomatose vénérienne (LGV) rectale', res='TAAN CT rectal détecté ; génotypage LSPQ : sérovar L2b',
         tx='doxycycline 100 mg BID x 21 jours', short='LGV L2b'),
    dict(dx='trichomonase', res='TAAN Trichomonas vaginalis détecté', tx='métronidazole 500 mg PO BID x 7 jours',
         short='TV+'),
]

DEST_FR = [('le Ghana', True), ('le Bénin', True), ('le Cameroun', True), ('l’Ouganda', True),
           ('le Sénégal', True), ('le Pérou (Amazonie)', True), ('la Colombie', True), ('la Tanzanie', False),
           ('l’Inde (Rajasthan)', False), ('le Vietnam', False), ('l’Indonésie (Bali)', False),
           ('la Bolivie', True), ('le Kenya', True), ('la Côte d’Ivoire', True)]

HX_FR = [
    ('VIH bien contrôlé sous Biktarvy, CV indétectable, CD4 610', 'diagnosis medication lab_result'),
    ('diabète de type 2 sous metformine 850 mg BID', 'diagnosis medication'),
    ('polyarthrite rhumatoïde sous méthotrexate 15 mg/sem.', 'diagnosis medication'),
    ('asplénie post-traumatique (splénectomie 2016)', 'diagnosis'),
    ('grossesse de 14 semaines (G2P1)', 'diagnosis'),
    ('maladie de Crohn sous adalimumab (Humira) 40 mg q2 sem.', 'diagnosis medication'),
    ('épilepsie sous lamotrigine 100 mg BID', 'diagnosis medication'),
    ('antécédent de dépression, sous sertraline 50 mg', 'diagnosis medication'),
]

CLOSE_FR = ['Merci !', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,', 'Merci de ton aide,', 'Bonne fin de journée']


KIDS_FR = [('asthme léger, salbutamol au besoin', 'diagnosis medication'),
           ('allergie aux arachides (EpiPen Jr)', 'diagnosis medication'), ('drépanocytose, suivie à l’hôpital', 'diagnosis')]


def _hx(g, p):
    age = age_at(p.dob, g.date)
    if age < 16:
        h, t = g.choice(KIDS_FR)
        g.add(*t.split())
        return h
    ok = [x for x in HX_FR if 'grossesse' not in x[0] or (p.sex == 'F' and 18 <= age <= 44)]
    h, t = g.choice(ok)
    g.add(*t.split())
    return h


def _its(g):
    return g.choice(ITS_FR)


# --------------------------------------------------------------------------------------------
def t_ippap(g):
    """Partner notification follow-up sent to the public health nurse."""
    its = _its(g)
    use_nam = g.rng.random() < 0.5
    p = g.nam_pat(1958, 2007) if use_nam else g.pat('fr', 1960, 2006)
    who = g.ident(p) if use_nam else g.name(p)
    g.add('diagnosis', 'lab_result', 'medication')
    n = g.rng.randint(1, 3)
    parts = []
    for k in range(n):
        q = g.pat('fr', 1960, 2006)
        kind = g.rng.random()
        if kind < 0.45:
            parts.append(f'{k + 1}) {g.name(q)} — {g.phone(q)} — rejoint le {g.dfmt(g.days(-g.rng.randint(1, 5)))}, '
                         f'dépistage fait, traitement épidémiologique remis')
        elif kind < 0.75:
            parts.append(f'{k + 1}) {g.name(q)} — cell. {g.phone(q)} — message laissé x2, pas de retour')
        else:
            parts.append(f'{k + 1}) {q.given} (prénom seulement, rencontre via application) — non joignable, '
                         f'avis anonyme envoyé par la plateforme')
    tx_date = g.dfmt(g.days(-g.rng.randint(2, 9)))
    body = f"""Bonjour Valérie,

Suivi IPPAP pour le cas index suivant :

{who}
Diagnostic : {its['dx']}
Résultat : {its['res']}
Traitement : {its['tx']}, administré le {tx_date}

Partenaires des 60 derniers jours (déclarés par {"la patiente" if p.sex == "F" else "le patient"}) :
{chr(10).join(parts)}

Je relance les partenaires non joints vendredi. Si tu as d’autres coordonnées de ton côté, fais-moi signe.

{g.choice(CLOSE_FR)}
{g.sig('chartrand')}{g.disclaimer()}"""
    atts = []
    if g.rng.random() < 0.3:
        q = g.pat('fr', 1960, 2006)
        tel = g.phone(q)
        atts.append(att(f'contact_{q.surname.lower()}.vcf',
                        make_vcf(q.given, q.surname, tel=tel,
                                 note=f'Partenaire — cas index {its["short"]} — à rejoindre pour dépistage')))
        g.name(q, 'full')
        g.add('diagnosis')
    subj = g.choice(['IPPAP — suivi des partenaires', 'Notification des partenaires (cas index ' + its['short'] + ')',
                     'Suivi partenaires — dossier ITSS', 'RE: IPPAP semaine ' + str(g.date.isocalendar()[1])])
    return dict(cat='partner_notification', note='partner notification follow-up for an STI index case',
                subject=subj, frm=STAFF['chartrand'].addr(), to=[STAFF['rioux'].addr()], body=body, attachments=atts)


def t_prep(g):
    """PrEP follow-up note from the coordinator to the physician."""
    use_nam = g.rng.random() < 0.6
    p = g.nam_pat(1960, 2006) if use_nam else g.pat('fr', 1965, 2006)
    who = g.ident(p) if use_nam else g.name(p)
    cr = g.rng.randint(68, 118)
    dfg = max(60, 140 - cr + g.rng.randint(-10, 10))
    extra = g.choice(['', 'TAAN gorge : NG détecté → vu pour ceftriaxone 500 mg IM le même jour.',
                      'Anti-HBs 4 UI/L : non immun, je propose Engerix-B 3 doses.',
                      'RPR non réactif. Anti-VHC non réactif.', 'Protéinurie à la bandelette : trace, à recontrôler.'])
    g.add('lab_result', 'medication')
    if 'NG' in extra:
        g.add('diagnosis')
    regime = g.choice(['emtricitabine/ténofovir DF 200/300 mg 1 co die (générique)', 'Truvada 1 co PO die',
                       'PrEP à la demande (2-1-1) avec emtricitabine/ténofovir DF', 'Descovy 1 co die'])
    body = f"""Bonjour Dre Desjardins,

Suivi PrEP {g.choice(['3 mois', '6 mois', 'initial + 1 mois', '12 mois'])} :
{who}

Résultats du {g.dfmt(g.days(-g.rng.randint(3, 10)))} :
- VIH Ag/Ac (4e gén.) : non réactif
- Créatinine : {cr} µmol/L, DFGe {dfg} mL/min/1,73 m²
- TAAN CT/NG ({'urine, anus' if 'NG' in extra else 'urine, gorge, anus'}) : non détectés
{('- ' + extra) if extra else ''}

Adhésion rapportée : {g.choice(['bonne, aucun oubli', '2-3 oublis par mois', 'excellente', 'irrégulière depuis le déménagement'])}.
Renouvellement demandé : {regime}, 90 jours, 1 renouvellement.
Demande aussi la doxy-PEP (doxycycline 200 mg dans les 72 h) — à discuter avec vous.

{g.choice(CLOSE_FR)}
Priya"""
    atts = []
    if g.rng.random() < 0.4:
        doc = make_docx('Note de suivi PrEP', [f'Patient(e) : {p.full}', f'Schéma : {regime}',
                                                f'Créatinine {cr} µmol/L ; DFGe {dfg}', 'VIH Ag/Ac non réactif',
                                                'Prochain suivi dans 3 mois'])
        atts.append(att(f'Suivi_PrEP_{p.surname}_{p.given}.docx', doc))
    return dict(cat='prep_followup', note='PrEP follow-up with renal function and HIV test, renewal request',
                subject=g.choice(['Suivi PrEP — renouvellement', 'PrEP : résultats et renouvellement',
                                  f'Renouvellement PrEP {p.surname}' if not use_nam else 'Renouvellement PrEP à signer']),
                frm=STAFF['patel'].addr(), to=[STAFF['desjardins'].addr()], body=body, attachments=atts)


def t_resultat_labo(g):
    """Lab calls back a positive result."""
    p = g.pat('fr', 1955, 2006)
    kind = g.rng.randint(0, 3)
    if kind == 0:
        res = 'Sérologie VIH : EIA réactif, confirmation LSPQ en cours (immunobuvardage). Charge virale demandée.'
    elif kind == 1:
        res = 'AgHBs réactif, anti-HBc IgM réactif — compatible avec une hépatite B aiguë. ALT 812 U/L.'
        g.add('diagnosis')
    elif kind == 2:
        res = 'Anti-VHC réactif ; ARN VHC détecté, 5,9 log UI/mL.'
    else:
        res = 'Culture N. gonorrhoeae (col) : souche à sensibilité diminuée à la ceftriaxone (CMI 0,125 mg/L).'
    g.add('lab_result')
    fmt = g.rng.randint(0, 2)
    mrn = g.mrn(p, g.choice(['hrc', 'dossier', 'plain']) if fmt == 1 else None)
    dob = g.dob(p, g.rng.randint(0, 3))
    if fmt == 0:
        body = f"""Bonjour,

Résultat à signaler au médecin prescripteur (Dre Vaillancourt) :

Patient : {g.name(p)}
DDN : {dob}
No de dossier : {mrn}
Prélèvement du {g.dfmt(g.days(-g.rng.randint(2, 6)))}

{res}

Merci d’aviser le médecin. Le rapport final suivra dans le DME.

{g.sig('nguyen')}"""
        atts = []
    elif fmt == 1:
        body = f"""Bonjour Dre Vaillancourt,

Voir le rapport ci-joint (résultat positif).
Dossier {mrn}.

{g.sig('ahmed')}"""
        fn = g.name(p, 'last_first_caps').replace(', ', '_') + '_rapport_labo.pdf'
        pdf = make_pdf('Rapport de laboratoire', [('h', 'Laboratoire de microbiologie — Hôpital régional des Collines'),
                                                  ('p', f'DDN : {dob}\nDossier : {mrn}'),
                                                  ('p', res), ('s', 'Rapport validé par le microbiologiste de garde.')])
        atts = [att(fn, pdf)]
    else:
        body = f"""Salut Isabelle,

Résultat de {g.name(p)} (dossier {mrn}, né(e) le {dob}).
{res}
On a essayé le numéro au dossier sans succès.

Linh"""
        atts = []
    return dict(cat='lab_result', note='positive laboratory result called back to the prescriber',
                subject=g.choice(['Résultat positif à communiquer', 'Résultat critique — microbiologie',
                                  'Résultat de laboratoire', 'À aviser : résultat anormal']),
                frm=STAFF['nguyen'].addr() if fmt != 1 else STAFF['ahmed'].addr(),
                to=[STAFF['vaillancourt'].addr()] if fmt != 2 else [STAFF['chartrand'].addr()], body=body, attachments=atts,
                importance=True)


def t_ordonnance(g):
    """Prescription faxed/e-mailed to a community pharmacy."""
    travel = g.rng.random() < 0.5
    p = g.nam_pat() if travel else g.nam_pat(1960, 2006)
    ident = g.ident(p)
    addr = g.address(p) if g.rng.random() < 0.6 else None
    if travel:
        dest = g.choice(DEST_FR)[0]
        rx = g.choice([
            ['Atovaquone-proguanil (Malarone) 250/100 mg : 1 co PO die, débuter 1 jour avant l’arrivée, poursuivre 7 jours après le retour. Qté : 30',
             'Azithromycine 500 mg : 1 co die x 3 jours si diarrhée du voyageur sévère. Qté : 3'],
            ['Doxycycline 100 mg : 1 co die (prophylaxie du paludisme), de 1 jour avant à 28 jours après. Qté : 50',
             'Dukoral : 2 doses à 1 semaine d’intervalle'],
            ['Vivotif (vaccin typhoïde oral) : 1 caps. aux jours 1, 3, 5 et 7', 'Acétazolamide 125 mg BID, à débuter la veille de l’ascension. Qté : 10'],
        ])
        why = f'Voyage : {dest}, départ le {g.dfmt(g.days(g.rng.randint(10, 40)))}'
    else:
        rx = g.choice([
            ['Emtricitabine/ténofovir DF 200/300 mg : 1 co die. Qté : 30 x 3 mois'],
            ['Valacyclovir 500 mg : 1 co die (traitement suppressif, herpès génital récidivant). Qté : 90'],
            ['Doxycycline 100 mg : 1 co BID x 7 jours. Qté : 14', 'Métronidazole 500 mg BID x 7 jours. Qté : 14'],
            ['Doxycycline 100 mg : 2 co en une prise dans les 72 h suivant une relation à risque (doxy-PEP). Qté : 20'],
        ])
        why = g.choice(['Suivi PrEP', 'Herpès génital récidivant', 'Traitement ITSS', 'Doxy-PEP'])
        if 'herpès' in why.lower() or 'ITSS' in why:
            g.add('diagnosis')
    g.add('medication')
    prescriber = g.choice(['okafor', 'haddad']) if travel else g.choice(['haddad', 'desjardins'])
    lines = '\n'.join(f'  {i + 1}. {r}' for i, r in enumerate(rx))
    body = f"""Bonjour,

Veuillez trouver l’ordonnance suivante pour :
{ident}
{('Adresse : ' + addr) if addr else ''}
Indication : {why}

{lines}

Prescripteur : {STAFF[prescriber].title('fr')}, {STAFF[prescriber].cred_fr}, no de permis 1-{g.rng.randint(10000, 99999)}
L’original suit par télécopieur au {CLINIC['fax']}.

{g.sig(prescriber)}{g.disclaimer(0.6)}"""
    atts = []
    if g.rng.random() < 0.35:
        pdf = make_pdf('Ordonnance', [('h', CLINIC['fr']), ('p', f'{p.full}\nNAM {p.nam}\nDDN {d_fr(p.dob)} — sexe {p.sex}'), ('p', lines)])
        atts.append(att(g.choice(['ordonnance.pdf', 'Rx_scan_0412.pdf', f'ordonnance_{p.surname}.pdf']), pdf))
    return dict(cat='prescription', note='prescription sent to a community pharmacy',
                subject=g.choice(['Ordonnance', 'Ordonnance — à préparer', 'Rx pour cueillette', 'Ordonnance (voyage)' if travel else 'Ordonnance (suivi)']),
                frm=STAFF[prescriber].addr(), to=[STAFF['hebert'].addr()], body=body, attachments=atts)


def t_consult_voyage(g):
    """Travel consultation summary to the family physician."""
    p = g.nam_pat() if g.rng.random() < 0.5 else g.pat('fr')
    dest, yf = g.choice(DEST_FR)
    age = age_at(p.dob, g.date)
    hx = _hx(g, p)
    ident = g.ident(p) if p.nam else f'{g.name(p)} ({age} ans)'
    vacc = ['Typhim Vi (lot V1A52{}) IM deltoïde G'.format(g.rng.randint(10, 99)),
            'Havrix 1440 (lot AHAVB{}) IM'.format(g.rng.randint(100, 999))]
    if yf and 'grossesse' not in hx and 'méthotrexate' not in hx and 'adalimumab' not in hx:
        vacc.insert(0, f'YF-VAX (lot UJ8{g.rng.randint(10, 99)}AA) SC — certificat CIVP remis')
        yfnote = 'Vaccin contre la fièvre jaune administré.'
    elif yf:
        yfnote = 'Vaccin contre la fièvre jaune contre-indiqué dans ce contexte ; lettre d’exemption remise.'
    else:
        yfnote = 'Fièvre jaune : non requise pour cet itinéraire.'
    g.add('medication')
    palu = g.choice(['Malarone 1 co die', 'doxycycline 100 mg die', 'aucune (zone sans paludisme)'])
    text = f"""Consultation santé-voyage du {g.dfmt(g.days(-g.rng.randint(1, 5)))}
{ident}
Destination : {dest}, {g.rng.randint(2, 8)} semaines ({g.choice(['travail humanitaire', 'visite familiale', 'tourisme', 'stage universitaire'])})
Antécédents : {hx}
{yfnote}
Vaccins administrés : {'; '.join(vacc)}
Prophylaxie antipaludique : {palu}
Conseils : piqûres d’insectes, eau et aliments, rage (éviter les animaux), ITSS."""
    mode = g.rng.randint(0, 2)
    atts = []
    if mode == 0:
        body = f"""Bonjour Dre Therrien,

Voici le résumé de la consultation santé-voyage de votre patient(e).

{text}

N’hésitez pas à me contacter au besoin.

{g.sig('okafor', 0)}"""
    else:
        body = f"""Bonjour Dre Therrien,

Vous trouverez ci-joint le résumé de la consultation santé-voyage d’un(e) de vos patient(e)s, vu(e) cette semaine.

{g.sig('okafor', 0)}{g.disclaimer(0.7)}"""
        blocks = [('h', 'Résumé — consultation santé-voyage'), ('p', text)]
        if mode == 1:
            atts.append(att(f'Resume_voyage_{p.surname}.pdf', make_pdf('Résumé santé-voyage', blocks)))
        else:
            atts.append(att(f'Résumé consultation voyage — {p.surname} {p.given}.docx',
                            make_docx('Résumé — consultation santé-voyage', text.split('\n'))))
    return dict(cat='travel_consult', note='travel consultation summary to the family physician',
                subject=g.choice(['Résumé consultation santé-voyage', 'Consultation voyage — copie conforme',
                                  'Votre patient(e) : consultation pré-voyage']),
                frm=STAFF['okafor'].addr(), to=[STAFF['therrien'].addr()], body=body, attachments=atts)


def t_certificat_fj(g):
    """Duplicate yellow fever certificate request."""
    p = g.nam_pat() if g.rng.random() < 0.5 else g.pat('fr')
    dest = g.choice([d for d, yf in DEST_FR if yf])
    vdate = g.days(-g.rng.randint(400, 3000))
    ident = g.ident(p) if p.nam else f'{g.name(p)}, DDN {g.dob(p)}'
    tel = g.phone(p)
    g.add('medication')
    body = f"""Bonjour Kevin,

{g.choice(['Appel reçu ce matin', 'Message sur la boîte vocale', 'Courriel reçu via le formulaire du site'])} :
{ident}
Tél. : {tel}

A perdu son certificat international de vaccination (carnet jaune). {"Vaccinée" if p.sex == "F" else "Vacciné"} ici contre la fièvre jaune
le {d_fr(vdate, 2)} (YF-VAX, lot UJ7{g.rng.randint(10, 99)}AB, Dr Okafor). Départ pour {dest} le {g.dfmt(g.days(g.rng.randint(6, 25)))}.
Peut-on émettre un duplicata ? La personne peut passer {g.choice(['jeudi PM', 'lundi matin', 'n’importe quand cette semaine'])}.

Merci,
Julie
Accueil — {CLINIC['fr']}"""
    return dict(cat='yellow_fever', note='request to reissue a lost yellow fever certificate',
                subject=g.choice(['Duplicata carnet jaune', 'Certificat fièvre jaune perdu', 'CIVP — demande de duplicata']),
                frm=STAFF['beaulieu'].addr(), to=[STAFF['arsenault'].addr()], body=body)


def t_exemption_fj(g):
    """Yellow fever vaccine exemption letter."""
    p = g.nam_pat(1940, 2004) if g.rng.random() < 0.5 else g.pat('fr', 1950, 2004)
    age = age_at(p.dob, g.date)
    reason = g.choice([r for r in [
        ('traitement immunosuppresseur (méthotrexate 20 mg/sem. et prednisone 10 mg die) pour une polyarthrite rhumatoïde', 'diagnosis medication'),
        ('infection par le VIH avec un décompte de CD4 à 160 x 10⁶/L', 'diagnosis lab_result'),
        ('antécédent de thymectomie pour thymome (2019)', 'diagnosis'),
        ('grossesse en cours (22 semaines)', 'diagnosis'),
        ('chimiothérapie en cours pour un lymphome de Hodgkin', 'diagnosis medication'),
    ] if 'grossesse' not in r[0] or (p.sex == 'F' and 18 <= age <= 44)])
    g.add(*reason[1].split())
    dest = g.choice([d for d, yf in DEST_FR if yf])
    ident = g.ident(p) if p.nam else f'{g.name(p, "full")}, {"née" if p.sex == "F" else "né"} le {g.dob(p, 2)}'
    letter = [f'Gatineau, le {d_fr(g.date, 2)}', 'À qui de droit,',
              f'Je certifie que {"la personne identifiée ci-dessous" if p.nam else ident} ne peut recevoir le vaccin contre la fièvre jaune '
              f'pour raison médicale : {reason[0]}.',
              'Cette exemption est valide pour le voyage prévu du ' + g.dfmt(g.days(20)) + ' au ' + g.dfmt(g.days(48)) + '.',
              'Dr Samuel Okafor, M.D., centre désigné de vaccination contre la fièvre jaune']
    if p.nam:
        letter.insert(3, ident)
    kind = g.choice(['docx', 'pdf', 'body'])
    atts = []
    if kind == 'body':
        body = 'Bonjour Kevin,\n\nVoici le texte de la lettre d’exemption à imprimer sur papier en-tête :\n\n' + '\n\n'.join(letter) + '\n\nMerci de la faire signer.\nSamuel'
    else:
        body = f"""Kevin,

Lettre d’exemption pour {dest} en pièce jointe. À remettre avec le carnet jaune (case « contre-indication médicale »).

Samuel"""
        fn = g.choice(['lettre_exemption_FJ.{}', 'Exemption fièvre jaune - {}.{{}}'.format(p.surname)]).format(kind)
        if kind == 'docx':
            atts.append(att(fn, make_docx('Certificat d’exemption — vaccin contre la fièvre jaune', letter)))
        else:
            atts.append(att(fn, make_pdf('Exemption', [('h', 'Certificat d’exemption — fièvre jaune'), ('p', '\n'.join(letter))])))
    return dict(cat='yellow_fever_exemption', note='medical exemption letter for yellow fever vaccine',
                subject=g.choice(['Lettre d’exemption fièvre jaune', 'Exemption FJ à signer', 'Exemption vaccin FJ']),
                frm=STAFF['okafor'].addr(), to=[STAFF['arsenault'].addr()], body=body, attachments=atts)


def t_mado(g):
    """Notifiable disease report to public health."""
    p = g.nam_pat(1955, 2006)
    its = g.choice([i for i in ITS_FR if 'syphilis' in i['dx'] or 'gonorrhée' in i['dx'] or 'LGV' in i['dx']])
    g.add('diagnosis', 'lab_result', 'medication')
    addr = g.address(p)
    tel = g.phone(p)
    rows = [['Champ', 'Valeur'], ['Nom, prénom', f'{p.surname.upper()}, {p.given}'], ['Sexe', p.sex],
            ['Date de naissance', d_fr(p.dob)], ['NAM', p.nam], ['Adresse', addr], ['Téléphone', tel],
            ['Maladie', its['dx']], ['Résultats', its['res']], ['Traitement', its['tx']],
            ['Déclarant', 'Dre Hélène Vaillancourt, M.D.']]
    g.name(p, 'last_first_caps')
    g.nam(p, 'plain')
    g.dob(p, 0)
    g.sex(p)
    kind = g.choice(['pdf', 'docx', 'xlsx'])
    fn = g.choice([f'MADO_{p.surname}_{its["short"].replace(" ", "")}.{kind}', f'declaration_MADO.{kind}',
                   f'Déclaration MADO — {its["short"]}.{kind}'])
    if kind == 'pdf':
        data = make_pdf('Déclaration MADO', [('h', 'Déclaration d’une maladie à déclaration obligatoire'), ('t', rows)], compress=g.rng.random() < 0.5)
    elif kind == 'docx':
        data = make_docx('Déclaration MADO', ['Formulaire de déclaration — ITSS'], table=rows)
    else:
        data = make_xlsx([('Declaration', rows)])
    body = g.choice([
        f"""Bonjour,

Veuillez trouver ci-joint la déclaration d’un cas de {its['dx'].split(' (')[0]} (prélèvement du {g.dfmt(g.days(-g.rng.randint(3, 12)))}).
L’intervention auprès des partenaires est amorcée par notre infirmière (Isabelle Chartrand).

{g.sig('vaillancourt')}""",
        f"""Bonjour Dre Benjelloun,

Déclaration MADO en pièce jointe. Cas traité le {g.dfmt(g.days(-2))}.

{g.sig('vaillancourt', 2)}{g.disclaimer(0.8)}"""])
    return dict(cat='public_health_report', note='notifiable STI report to public health with filled form',
                subject=g.choice(['Déclaration MADO', 'MADO — déclaration ITSS', 'Déclaration obligatoire (formulaire)']),
                frm=STAFF['vaillancourt'].addr(), to=[('Maladies infectieuses', 'mado@dsp-collines.example')],
                cc=[STAFF['benjelloun'].addr()], body=body, attachments=[att(fn, data)])


def t_note_rapide(g):
    """Quick note between colleagues; naming in many forms, sometimes only in the Subject."""
    p = g.pat('fr', 1958, 2006)
    k = g.rng.randint(0, 4)
    frm, to = g.choice([('vaillancourt', 'chartrand'), ('haddad', 'beaulieu'), ('desjardins', 'patel'), ('chartrand', 'haddad')])
    if k == 0:
        its = _its(g)
        g.add('lab_result', 'medication')
        subj = f'{g.name(p, g.choice(["title", "full", "lower"]))} — {its["short"]}'
        body = f'Peux-tu {"la" if p.sex == "F" else "le"} rappeler pour un RDV cette semaine ? Il faut lui donner {its["tx"].split(",")[0]}.\n\nMerci\n{STAFF[frm].given[0]}.'
    elif k == 1:
        g.add('lab_result')
        subj = 'rappel'
        body = f'{g.name(p, "lower")} a appelé pour ses résultats. Sa CV VIH est indétectable (<40 copies/mL), tu peux lui confirmer ?\n\n{STAFF[frm].given}'
        g.add('diagnosis')
    elif k == 2:
        g.add('medication', 'diagnosis')
        subj = 'Bicillin demain'
        body = (f'Salut, {g.name(p, "initials")} vient demain 9 h pour sa 2e dose de Bicillin L-A (syphilis latente tardive, 3 doses). '
                f'Peux-tu sortir le produit du frigo ?\n\n{STAFF[frm].given}')
    elif k == 3:
        g.add('diagnosis', 'social_information')
        subj = f'{g.name(p, "last_first_caps")}'
        body = ('Elle est arrivée sans rendez-vous, symptômes d’urétrite/cervicite, dit qu’elle dort chez une amie depuis deux semaines '
                '(plus de logement). Je la vois entre deux patients. Peux-tu appeler Gabriel (TS) ?' if p.sex == 'F' else
                'Il est arrivé sans rendez-vous, écoulement urétral depuis 3 jours, dit qu’il vit dans son auto depuis la séparation. '
                'Je le vois entre deux patients. Peux-tu appeler Gabriel (TS) ?')
    else:
        g.add('lab_result', 'diagnosis')
        subj = g.choice(['Question', 'Résultat à revoir', 'petite question'])
        body = (f'{g.name(p, g.choice(["title", "initial_last"]))} : RPR passé de 1:64 à 1:16 à 6 mois post-traitement. '
                f'Réponse adéquate selon toi ? On refait à 12 mois ?\n\n{STAFF[frm].given[0]}')
    return dict(cat='quick_note', note='short note between colleagues about a patient',
                subject=subj, frm=STAFF[frm].addr(), to=[STAFF[to].addr()], body=body)


def t_reponse(g):
    """Short reply; the patient information is only in the quoted original."""
    p = g.nam_pat() if g.rng.random() < 0.4 else g.pat('fr')
    ident = g.ident(p, inline=True) if p.nam else g.name(p)
    orig_from = g.choice(['arsenault', 'patel', 'haddad'])
    if orig_from == 'arsenault':
        g.add('medication', 'diagnosis')
        orig = (f"Bonjour Samuel,\n\n{ident} part pour {g.choice(DEST_FR)[0]} dans 10 jours. {'Elle' if p.sex == 'F' else 'Il'} a reçu un diagnostic de "
                f"{g.choice(['sclérose en plaques, traitée par ocrelizumab', 'lupus sous hydroxychloroquine et azathioprine'])}. "
                "Peut-on donner le YF-VAX ou faut-il une exemption ?\n\nKevin")
        reply = g.choice(['Exemption. Pas de vaccin vivant avec ce traitement. Je signe la lettre cet après-midi.',
                          'Non, pas de YF-VAX. On fait la lettre d’exemption et on revoit l’itinéraire.'])
        frm, to = 'okafor', 'arsenault'
    elif orig_from == 'patel':
        g.add('lab_result', 'medication')
        orig = (f"Bonjour,\n\n{ident} : créatinine {g.rng.randint(125, 160)} µmol/L (était 94 il y a 6 mois), DFGe {g.rng.randint(45, 58)}. "
                "Sous Truvada depuis 2 ans. On arrête ? On change pour Descovy ?\n\nPriya")
        reply = g.choice(['On passe à Descovy et on recontrôle dans 4 semaines. Je fais l’ordonnance.',
                          'Recontrôle d’abord (hydratation, pas d’AINS), puis on décide. Merci Priya.'])
        frm, to = 'desjardins', 'patel'
    else:
        g.add('diagnosis', 'medication')
        orig = (f"Bonjour Hélène,\n\n{ident} est {'revenue' if p.sex == 'F' else 'revenu'} : récidive d’herpès génital, 6e épisode cette année. "
                "Je propose valacyclovir 500 mg die en suppressif. D’accord ?\n\nNadia")
        reply = 'Oui, d’accord. 6 mois puis on réévalue.'
        frm, to = 'vaillancourt', 'haddad'
    when = g.days(-1)
    hdr = g.choice([f'Le {d_fr(when, 2)} à 14:{g.rng.randint(10, 59)}, {STAFF[orig_from].full} <{STAFF[orig_from].email}> a écrit :',
                    f'-----Message d\'origine-----\nDe : {STAFF[orig_from].full}\nEnvoyé : {d_fr(when, 2)} 09:{g.rng.randint(10, 59)}\nÀ : {STAFF[frm].full}\nObjet : question'])
    body = f'{reply}\n\n{STAFF[frm].given}\n\n{hdr}\n{quote(orig)}'
    return dict(cat='reply', note='short reply quoting a colleague message about a patient',
                subject=g.choice(['RE: question', 'RE: avis', 'Re: votre avis SVP']), frm=STAFF[frm].addr(),
                to=[STAFF[orig_from].addr()], body=body, in_reply_to=True)


def t_liste_rappels(g):
    """Weekly list of results to call back (table in body, XLSX or CSV)."""
    n = g.rng.randint(3, 6)
    rows = [['Dossier', 'Nom', 'Test', 'Résultat', 'Statut']]
    g.add('lab_result')
    for _ in range(n):
        p = g.pat('fr', 1960, 2006)
        its = _its(g)
        rows.append([g.mrn(p, g.choice(['plain', 'dossier'])), g.name(p, g.choice(['last_first_caps', 'last_first', 'initial_last'])),
                     its['short'], 'positif', g.choice(['à joindre', 'message laissé', 'RDV fixé', 'traité'])])
    kind = g.choice(['body', 'xlsx', 'csv'])
    atts = []
    html = None
    intro = f'Bonjour l’équipe,\n\nListe des rappels de résultats positifs — semaine {g.date.isocalendar()[1]}.'
    end = f'\n\nMerci de mettre à jour la colonne Statut dans le fichier partagé.\n\n{g.sig("chartrand", 0)}'
    if kind == 'body':
        body = intro + '\n\n' + table_text(rows) + end
    elif kind == 'xlsx':
        body = intro + ' Voir le fichier joint.' + end
        atts.append(att(f'rappels_semaine_{g.date.isocalendar()[1]}.xlsx', make_xlsx([('Rappels', rows)])))
    else:
        body = intro + ' Voir le fichier joint (séparateur point-virgule).' + end
        enc = g.choice(['utf-8', 'cp1252'])
        atts.append(att(f'rappels_S{g.date.isocalendar()[1]}.csv', make_csv(rows, ';', enc),
                        charset='utf-8' if enc == 'utf-8' else 'windows-1252'))
    return dict(cat='callback_list', note='weekly list of positive results to call back',
                subject=f'Rappels résultats positifs — S{g.date.isocalendar()[1]}', frm=STAFF['chartrand'].addr(),
                to=[STAFF['vaillancourt'].addr(), STAFF['haddad'].addr(), STAFF['beaulieu'].addr()], body=body, html=html,
                attachments=atts)


def t_rdv(g):
    """Booking request, sometimes with an ICS invite naming the patient."""
    p = g.pat('fr')
    tel = g.phone(p)
    what = g.choice([('2e dose Twinrix', 'medication'), ('vaccin rage pré-exposition (Imovax Rage, jours 0 et 7)', 'medication'),
                     ('contrôle RPR à 3 mois post-traitement syphilis', 'diagnosis'),
                     ('consultation voyage — Ixiaro + Typhim Vi avant le départ au Vietnam', 'medication'),
                     ('retrait du test de guérison — gonorrhée pharyngée', 'diagnosis')])
    g.add(what[1])
    start = datetime.datetime.combine(g.days(g.rng.randint(3, 15)), datetime.time(g.rng.choice([9, 10, 13, 14, 15]), g.choice([0, 15, 30, 45])))
    name = g.name(p)
    body = f"""Bonjour,

Pouvez-vous réserver une plage pour {name} ({tel}) : {what[0]}.
Disponibilités : {g.choice(['le matin seulement', 'après 15 h', 'mardi ou jeudi', 'n’importe quand'])}.
Proposé : {g.day(start.date())} à {start:%H h %M}.

Merci,
{STAFF['haddad'].given}"""
    atts = []
    if g.rng.random() < 0.6:
        summ = f'{p.surname}, {p.given} — {what[0]}'
        g.name(p, 'last_first')
        atts.append(att('invitation.ics', make_ics(f'rdv-{g.idx}-{g.rng.randint(1000, 9999)}@carrefour-clinique.example',
                                                   start, start + datetime.timedelta(minutes=20), summ,
                                                   f'Tél. patient : {p.phone}', 'Salle 3 — Clinique Carrefour',
                                                   STAFF['haddad'].addr())))
    return dict(cat='booking', note='appointment booking request for a patient',
                subject=g.choice(['Demande de RDV', 'RDV à fixer', 'Réservation de plage', 'Plage à réserver SVP']),
                frm=STAFF['haddad'].addr(), to=[STAFF['beaulieu'].addr()], body=body, attachments=atts)


def t_social(g):
    """Social worker exchanges: housing, youth protection, income support, violence."""
    k = g.idx % 4
    if k == 0:
        p = g.nam_pat(2007, 2010)
        g.add('social_information', 'diagnosis')
        body = f"""Bonjour,

Suite à notre discussion, je confirme le signalement à la DPJ fait ce matin pour :
{g.ident(p)}

{"Vue" if p.sex == "F" else "Vu"} à la clinique pour une chlamydia ; {"elle" if p.sex == "F" else "il"} rapporte des relations avec plusieurs adultes en échange
d’hébergement. Suspicion d’exploitation sexuelle. {"Elle" if p.sex == "F" else "Il"} accepte le suivi avec nous.

{g.sig('mercier', 0)}"""
        subj = 'Signalement DPJ — suivi'
        to = [('Intake DPJ', 'signalement@dpj-collines.example')]
    elif k == 1:
        p = g.pat('fr', 1965, 2000)
        g.add('social_information', 'medication')
        addr = g.address(p)
        body = f"""Bonjour Sylvain,

{g.name(p)} est d’accord pour qu’on échange avec vous. {"Elle" if p.sex == "F" else "Il"} est sans logement stable depuis janvier
(dernière adresse connue : {addr}). Prestataire de l’aide sociale, donc la PrEP (emtricitabine/ténofovir)
est couverte, mais le carnet de réclamation est perdu. Pouvez-vous l’accompagner au bureau de Services Québec ?

Merci,
{g.sig('mercier', 0)}"""
        subj = 'Accompagnement — logement et carnet de réclamation'
        to = [STAFF['campeau'].addr()]
    elif k == 2:
        p = g.pat('fr', 1975, 2004)
        g.add('social_information', 'diagnosis')
        tel = g.phone(p)
        body = f"""Bonjour Gabriel,

Je viens de voir {g.name(p)} pour un dépistage ITSS. Dévoilement de violence conjugale (coups, contrôle du
téléphone). Ecchymoses aux bras documentées. Elle ne veut pas porter plainte pour l’instant.
Numéro sécuritaire : {tel} (ne pas laisser de message).
Peux-tu la rencontrer aujourd’hui ? Elle est encore en salle 4.

Nadia"""
        subj = g.choice(['URGENT — besoin TS salle 4', 'Besoin d’une consultation TS'])
        to = [STAFF['mercier'].addr()]
    else:
        p = g.nam_pat(1965, 2003)
        g.add('social_information', 'diagnosis', 'medication')
        body = f"""Bonjour Dre Vaillancourt,

Pour la demande d’aide financière de dernier recours (contrainte temporaire à l’emploi), voici l’information
que le formulaire SR-2100 demande de votre part :

{g.ident(p)}
Diagnostic : infection par le VIH nouvellement diagnostiquée, dépression majeure
Traitement : Biktarvy 1 co die, escitalopram 10 mg
Durée prévue de la contrainte : 6 mois

{"La patiente" if p.sex == "F" else "Le patient"} vit seul(e), sans revenu depuis la perte de son emploi.

{g.sig('mercier', 0)}"""
        subj = 'Formulaire aide financière — infos à valider'
        to = [STAFF['vaillancourt'].addr()]
    return dict(cat='social_situation', note='social work exchange about a patient situation', subject=subj,
                frm=STAFF['mercier'].addr() if k != 2 else STAFF['haddad'].addr(), to=to, body=body)


def t_assurance(g):
    """Travel insurance claim form with SIN."""
    p = g.pat('fr', 1955, 2003)
    ev = g.choice([('paludisme à P. falciparum diagnostiqué au retour du Cameroun, hospitalisé 3 jours', 'artésunate IV puis Malarone'),
                   ('morsure de chien à Bali, prophylaxie post-exposition de la rage amorcée sur place', 'immunoglobulines antirabiques + Imovax Rage J0, J3, J7, J14'),
                   ('dengue (NS1 positif) au retour de Colombie', 'acétaminophène, hydratation'),
                   ('diarrhée du voyageur avec déshydratation, Pérou', 'azithromycine 1 g, réhydratation IV')])
    g.add('diagnosis', 'medication')
    rows = [['Assuré(e)', f'{p.given} {p.surname}'], ['Date de naissance', d_fr(p.dob)], ['NAS', g.sin(p, 'space')],
            ['No de police', f'BOR-{g.rng.randint(100000, 999999)}'], ['Diagnostic', ev[0]], ['Traitement', ev[1]],
            ['Médecin traitant au retour', 'Dr Samuel Okafor']]
    g.name(p, 'full')
    g.dob(p, 0)
    data = make_docx('Déclaration du médecin — réclamation voyage', ['Section B — à remplir par le médecin'], table=rows,
                     after=['Signature : ____________________'])
    body = f"""Madame Villeneuve,

Tel que demandé, vous trouverez ci-joint la déclaration du médecin complétée pour la réclamation de votre
assuré(e) {g.name(p, g.choice(['title', 'full', 'last_first']))}.

{g.sig('okafor', 0)}"""
    return dict(cat='insurer_form', note='physician statement for a travel insurance claim',
                subject=g.choice(['Réclamation voyage — déclaration du médecin', 'Votre dossier de réclamation — formulaire complété']),
                frm=STAFF['okafor'].addr(), to=[STAFF['villeneuve'].addr()], body=body,
                attachments=[att(g.choice(['declaration_medecin.docx', 'Réclamation_formulaire_B.docx']), data)])


def t_transfert(g):
    """Inline forward of a lab message; sometimes chart number only."""
    p = g.pat('fr', 1960, 2006)
    only_mrn = g.rng.random() < 0.5
    mrn = g.mrn(p)
    res = g.choice(['Confirmation VIH-1 (LSPQ) : positif. Charge virale 84 300 copies/mL, CD4 410.',
                    'AgHBs positif, AgHBe positif, ADN VHB 7,2 log UI/mL.',
                    'ARN VHC : 6,1 log UI/mL, génotype 3a.',
                    'HSV-2 détecté par TAAN (lésion vulvaire).'])
    g.add('lab_result')
    who = f'Dossier : {mrn}' if only_mrn else f'Patient : {g.name(p)} — dossier {mrn}'
    inner = f"""De : Laboratoire de microbiologie <microbio@hrc-collines.example>
Date : {d_fr(g.days(-1), 2)} 16:42
À : Clinique Carrefour
Objet : Résultat — confirmation

{who}
{res}
Validé par : Dr R. Ahmed"""
    body = f"""Hélène, pour suivi (je suis en congé demain).

{g.choice(['-------- Message transféré --------', '---------- Forwarded message ---------', 'Début du message réexpédié :'])}
{inner}"""
    return dict(cat='forward', note='forwarded laboratory confirmation for follow-up',
                subject=g.choice(['TR: Résultat — confirmation', 'Fwd: Résultat — confirmation', 'TR : résultat à suivre']),
                frm=STAFF['haddad'].addr(), to=[STAFF['vaillancourt'].addr()], body=body)


def t_nir(g):
    """French working-holiday visitor without RAMQ, PEP after exposure; NIR for reimbursement."""
    p = g.pat('france')
    g.add('medication', 'diagnosis')
    body = f"""Bonjour Sophie,

{g.name(p)} ({"née" if p.sex == "F" else "né"} le {g.dob(p, 2)}), en PVT au Canada, sans couverture RAMQ, a
débuté hier une PPE VIH après exposition sexuelle à risque élevé : Biktarvy 1 co die x 28 jours.
Son assurance en France (CPAM) demande le numéro de sécurité sociale sur la facture : {g.nir(p)}.
Peux-tu préparer la facture détaillée des 28 comprimés ?

{g.sig('haddad', 0)}"""
    return dict(cat='pep_billing', note='post-exposure prophylaxis billing for an uninsured visitor',
                subject=g.choice(['PPE — facture pour CPAM', 'Facture médicament — patient(e) hors Québec']),
                frm=STAFF['haddad'].addr(), to=[STAFF['lemieux'].addr()], body=body)


def t_niss(g):
    """Belgian student asking for a vaccination record; NISS."""
    p = g.pat('be')
    g.add('medication')
    rows = [['Vaccin', 'Date', 'Lot'], ['YF-VAX', g.dfmt(g.days(-40), 0), f'UJ9{g.rng.randint(10, 99)}AA'],
            ['Twinrix (dose 1)', g.dfmt(g.days(-40), 0), f'AHABB{g.rng.randint(100, 999)}'],
            ['Twinrix (dose 2)', g.dfmt(g.days(-12), 0), f'AHABB{g.rng.randint(100, 999)}'],
            ['Typhim Vi', g.dfmt(g.days(-40), 0), f'V1A{g.rng.randint(100, 999)}']]
    niss = g.niss(p)
    name = g.name(p, 'full')
    g.dob(p, 0)
    pdf = make_pdf('Relevé de vaccination', [('h', 'Relevé de vaccination'),
                                             ('p', f'{name}\nDate de naissance : {d_fr(p.dob)}\nNuméro de registre national (BE) : {niss}'),
                                             ('t', rows)])
    body = f"""Bonjour {g.title(p)} {p.surname},

Comme convenu, voici votre relevé de vaccination à remettre à votre médecin en Belgique.

Bon retour,
{g.sig('kowalski', 0)}"""
    return dict(cat='vaccination_record', note='vaccination record sent to a visiting student',
                subject='Relevé de vaccination', frm=STAFF['kowalski'].addr(),
                to=[(p.full, f'{p.given[0].lower()}.{p.surname.lower().replace(" ", "")}@courriel.example')],
                body=body, attachments=[att(f'releve_vaccination_{p.surname.replace(" ", "_")}.pdf', pdf)])


def t_zip_dossier(g):
    """Transfer of records to another clinic as a ZIP."""
    p = g.nam_pat(1960, 2004)
    ident = g.ident(p)
    g.add('lab_result', 'medication', 'diagnosis')
    txt = (f'Sommaire de transfert\n{p.full} — NAM {p.nam} — DDN {d_fr(p.dob)} — sexe {p.sex}\n'
           'Dx : infection VIH (2021), syphilis traitée 2023\nTx : Biktarvy 1 co die\nDernière CV : <40 copies/mL ; CD4 720\n')
    csvb = make_csv([['date', 'test', 'resultat'], ['2024-11-02', 'CV VIH', '<40'], ['2024-11-02', 'CD4', '720'],
                     ['2025-02-10', 'RPR', 'NR']])
    z = make_zip([('sommaire_transfert.txt', txt.encode('utf-8')), ('resultats.csv', csvb),
                  ('notes/derniere_visite.pdf', make_pdf('Dernière visite', [('p', txt)]))])
    body = f"""Bonjour Dre Therrien,

À la demande du patient, voici son dossier pour le transfert de suivi à votre GMF :
{ident}

Le mot de passe de l’archive vous sera transmis par téléphone.

{g.sig('gosselin', 0)}{g.disclaimer(1)}"""
    return dict(cat='records_transfer', note='records transfer to a family medicine clinic as a ZIP',
                subject='Transfert de dossier', frm=STAFF['gosselin'].addr(), to=[STAFF['therrien'].addr()], body=body,
                attachments=[att(g.choice(['transfert_dossier.zip', f'dossier_{p.surname}.zip']), z)])


def t_eml_joint(g):
    """A colleague's message about a patient attached as .eml."""
    p = g.pat('fr', 1960, 2006)
    g.add('diagnosis', 'medication')
    inner = dict(frm=STAFF['labelle'].addr(), to=[STAFF['vaillancourt'].addr()], subject='Patient vu à l’urgence',
                 date=datetime.datetime.combine(g.days(-2), datetime.time(23, 12), tzinfo=datetime.timezone(datetime.timedelta(hours=-4))),
                 msgid=f'<{g.rng.randint(10**9, 10**10)}.urg@hrc-collines.example>',
                 body=f"""Bonjour,

J’ai vu cette nuit {g.name(p)} pour une agression sexuelle (moins de 24 h). Trousse médico-légale faite.
PPE VIH débutée (Biktarvy, 5 jours remis), ceftriaxone 500 mg IM, doxycycline x 7 j, contraception d’urgence.
Merci de {"la" if p.sex == "F" else "le"} revoir d’ici 72 h pour la suite de la PPE et le suivi sérologique.

Nathan Labelle, urgentologue""", lang='fr')
    g.add('social_information')
    body = f"""Isabelle,

Je te transfère le message de l’urgence en pièce jointe. Peux-tu lui offrir un RDV jeudi ou vendredi ?

H."""
    return dict(cat='forward_attached', note='emergency physician message about a patient attached as a message',
                subject='TR: Patient vu à l’urgence', frm=STAFF['vaillancourt'].addr(), to=[STAFF['chartrand'].addr()],
                body=body, attachments=[att_eml('Patient vu à l’urgence.eml', inner)])


PLAN_FR = [(t_ippap, 4), (t_prep, 4), (t_resultat_labo, 4), (t_ordonnance, 4), (t_consult_voyage, 4),
           (t_certificat_fj, 4), (t_exemption_fj, 3), (t_mado, 4), (t_note_rapide, 5), (t_reponse, 4),
           (t_liste_rappels, 3), (t_rdv, 3), (t_social, 4), (t_assurance, 2), (t_transfert, 3), (t_nir, 1),
           (t_niss, 1), (t_zip_dossier, 1), (t_eml_joint, 2)]
assert sum(n for _, n in PLAN_FR) == 60, sum(n for _, n in PLAN_FR)
