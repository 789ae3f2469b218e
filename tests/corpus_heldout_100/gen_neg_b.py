"""Negative templates, part B: teaching cases, newsletters, conferences, statistics,
protocols, drug shortages, research, committees - clinical words but no identifiable patient."""
import datetime

from gen_common import HOSP, CIUSSS, PHARM, addr_of
from gen_clin import audiogram, audiogram_lines, psg
from gen_files import make_pdf, make_xlsx, make_csv, make_docx
from gen_ids import date_fmt, MOIS, MONTHS
from gen_mime import Att
from gen_pos_b import table_text, table_html

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def teaching_case_fr(c):
    md = c.staff()
    age = c.rng.randint(35, 80)
    sexe = c.pick(['Homme', 'Femme'])
    case, kind = c.pick([('acouphène unilatéral pulsatile depuis 6 mois, masse rougeâtre derrière le tympan', 'conductive'),
                         ('surdité unilatérale progressive et instabilité', 'sshl'),
                         ('otorrhée chronique fétide malgré les gouttes', 'conductive'),
                         ('baisse auditive bilatérale progressive, difficulté à suivre les conversations dans le bruit', 'presby')])
    a = audiogram(c.rng, kind)
    body = f"""{c.greet('fr')}

Cas clinique pour la demi-journée académique de jeudi (cas anonymisé, aucune donnée nominative) :

{sexe} de {age} ans, {case}. Antécédents : HTA, diabète de type 2. Médication : metformine, ramipril.
Audiogramme :
""" + '\n'.join(audiogram_lines(a, 'fr')) + f"""

Questions :
1. Quel est votre diagnostic différentiel?
2. Quelle imagerie demandez-vous et pourquoi?
3. Quelle est la place de la corticothérapie (prednisone orale vs dexaméthasone intratympanique)?

Réponses et discussion en séance.
{c.dr(md, 'fr')}"""
    return c.spec('fr', (c.dr(md, 'fr'), addr_of(md, HOSP)), [('ORL - résidents', f'orl-residents@{HOSP}')],
                  c.pick(['Cas clinique - demi-journée académique', 'Cas de la semaine', 'Quiz otologie']), body,
                  note='Anonymised teaching case with audiogram and meds')


def teaching_case_en(c):
    md = c.staff()
    age = c.rng.randint(2, 75)
    s = psg(c.rng)
    case = c.pick([
        f'A {age}-year-old {c.pick(["man", "woman"])} presents with loud snoring, witnessed apneas and an Epworth of {s["epworth"]}. PSG shows AHI {s["ahi"]}/h with nadir {s["nadir"]}%. CPAP was not tolerated.',
        f'A {c.rng.randint(2, 9)}-year-old child with recurrent acute otitis media (6 episodes in 12 months) despite amoxicillin and amoxicillin-clavulanate. Tympanometry type B bilaterally.',
        f'A {age}-year-old professional singer with sudden voice loss during a performance. Stroboscopy shows a right vocal fold hemorrhage.',
        f'A {age}-year-old with episodic vertigo lasting hours, fluctuating low-frequency hearing loss and aural fullness. Started on betahistine.'])
    body = f"""{c.greet('en')}

Grand rounds this Friday - de-identified case for discussion:

{case}

Discussion points: work-up, evidence for medical vs surgical options, and when to refer.
Slides will be posted on the department drive after the session (no patient identifiers in slides, as per policy).

{c.dr(md, 'en')}"""
    return c.spec('en', (c.dr(md, 'en'), addr_of(md, HOSP)), [('ENT department', f'orl-tous@{HOSP}')],
                  c.pick(['Grand rounds - case', 'Friday rounds', 'Case for discussion']), body,
                  note='De-identified grand-rounds case')


def newsletter_hearing(c):
    comm = c.staff()
    body = f"""INFOLETTRE - SERVICE D'AUDIOLOGIE | {MOIS[c.now.month - 1].capitalize()} {c.now.year}

Journée mondiale de l'audition (3 mars)
Selon l'OMS, plus de 1,5 milliard de personnes vivent avec une perte auditive, et près de 430 millions ont besoin de réadaptation. Au Québec, la presbyacousie touche environ un aîné sur deux après 70 ans.

Dans ce numéro :
- Le dépistage auditif néonatal : {c.rng.randint(92, 99)} % des nouveau-nés dépistés l'an dernier dans notre établissement
- Implant cochléaire : qui référer? (surdité sévère à profonde, discrimination < 50 % avec appareils)
- Acouphènes : 5 mythes à déconstruire
- Bruit au travail : portez vos protecteurs!

Kiosque d'information dans le hall principal le 3 mars de 10 h à 14 h (tests auditifs de dépistage gratuits pour le personnel et le public).

{comm.full}, conseiller{'ère' if comm.sex == 'F' else ''} en communication
Pour vous désabonner, répondez « désabonner »."""
    return c.spec('fr', (f'Infolettre Audiologie', f'infolettre@{CIUSSS}'), [('Abonnés', f'infolettre-abonnes@{CIUSSS}')],
                  c.pick(['Infolettre - Journée mondiale de l\'audition', 'Infolettre audiologie', 'Nouvelles du service d\'audiologie']), body,
                  note='Newsletter with public-health hearing statistics')


def newsletter_sleep(c):
    comm = c.staff()
    body = f"""SLEEP CLINIC NEWS - {MONTHS[c.now.month - 1]} {c.now.year}

Obstructive sleep apnea affects an estimated 1 in 5 Canadian adults, most of them undiagnosed.
Highlights:
- Home sleep apnea testing now available for uncomplicated adults (wait time down from {c.rng.randint(10, 16)} to {c.rng.randint(3, 7)} months)
- New hypoglossal nerve stimulation program: criteria include AHI 15-65/h, BMI < 35 and CPAP intolerance
- Drowsy driving: reminder of physicians' reporting obligations
- Mandibular advancement devices: partnership with the dental clinic

Questions? sleep.clinic@{HOSP} | 514-555-0139

{comm.full}, Communications"""
    return c.spec('en', ('Sleep Clinic News', f'news@{CIUSSS}'), [('Subscribers', f'news-subscribers@{CIUSSS}')],
                  c.pick(['Sleep Clinic News', 'Newsletter - sleep apnea', 'What\'s new at the sleep clinic']), body,
                  note='Sleep-apnea newsletter with population statistics')


def conference_program(c):
    lang = c.pick(['fr', 'en'])
    org = c.staff()
    talks_fr = ['Surdité brusque : quoi de neuf en 2025?', 'Implant cochléaire chez l\'aîné : résultats et attentes',
                'Apnée du sommeil : au-delà de la PPC', 'Dysphonie du professionnel de la voix', 'VPPB réfractaire : approche pratique',
                'Otosclérose : chirurgie ou appareillage?', 'Acouphènes : thérapies fondées sur les données probantes',
                'Nodules thyroïdiens : la classification Bethesda']
    talks_en = ['Sudden hearing loss: what\'s new in 2025', 'Cochlear implants in older adults', 'Sleep apnea beyond CPAP',
                'Voice disorders in professional voice users', 'Refractory BPPV: a practical approach', 'Otosclerosis: surgery or hearing aids?',
                'Tinnitus: evidence-based therapies', 'Thyroid nodules and the Bethesda system']
    n = c.rng.randint(4, 6)
    idx = c.rng.sample(range(len(talks_fr)), n)
    h = 8
    lines = []
    for i in idx:
        sp = c.staff()
        inst = c.pick(['Hôpital de la Rivière-Verte', 'Université de Montréal-Est', "CHU de l'Estuaire", 'Ottawa East Hospital'])
        talk = (talks_fr if lang == 'fr' else talks_en)[i]
        lines.append(f'{h}h{c.pick(["00", "30"])}  {talk} - {c.dr(sp, lang)}, {inst}')
        h += 1
    d = c.future(20, 90)
    if lang == 'fr':
        body = f"""{c.greet('fr')}

Voici le programme de la Journée scientifique ORL du {date_fmt(d, 'fr')} (Centre des congrès, salle 512) :

""" + '\n'.join(lines) + f"""

Activité reconnue : {n} heures de formation continue. Inscription : 75 $ (gratuit pour les résidents).

{c.signature(org, 'fr', 'comité scientifique', 'orl')}"""
        subj = c.pick(['Programme - Journée scientifique ORL', 'Congrès ORL - programme préliminaire', 'Journée scientifique : inscriptions ouvertes'])
    else:
        body = f"""{c.greet('en')}

Programme for the ENT Scientific Day on {date_fmt(d, 'en')} (Convention Centre, room 512):

""" + '\n'.join(x.replace('h00', ':00').replace('h30', ':30') for x in lines) + f"""

Accredited for {n} hours of CME. Registration $75 (free for residents).

{c.signature(org, 'en', 'Scientific committee', 'orl')}"""
        subj = c.pick(['ENT Scientific Day - programme', 'Conference programme', 'Registration open - ENT Day'])
    return c.spec(lang, (org.full, addr_of(org, HOSP)), [('ORL - tous', f'orl-tous@{HOSP}')], subj, body,
                  note='Conference programme: physician speakers and disease topics')


def stats_quarterly_xlsx(c):
    an = c.staff()
    q = c.rng.randint(1, 4)
    rows = [['Indicateur', f'T{q} {c.now.year}', f'T{q} {c.now.year - 1}', 'Cible']]
    for name, lo, hi in [('Audiogrammes réalisés', 1400, 2600), ('PEATC (néonatal)', 40, 160), ('Implants cochléaires', 6, 14),
                         ('PSG niveau 1', 250, 480), ('Polygraphies à domicile', 300, 900), ('Consultations clinique de la voix', 180, 420),
                         ('Bilans vestibulaires', 90, 260), ('Délai médian PSG (jours)', 120, 420), ('Patients en attente > 1 an', 40, 600)]:
        rows.append([name, c.rng.randint(lo, hi), c.rng.randint(lo, hi), c.pick(['', c.rng.randint(lo, hi)])])
    x = make_xlsx([('Tableau de bord', rows)])
    body = f"""{c.greet('fr')}

Ci-joint le tableau de bord trimestriel (données agrégées, T{q}). Les données par usager ne sont pas diffusées.

{c.signature(an, 'fr', 'agent(e) de planification, programmation et recherche', 'orl')}"""
    return c.spec('fr', (an.full, addr_of(an, CIUSSS)), [('Direction - chirurgie', f'dir.chirurgie@{CIUSSS}')],
                  c.pick([f'Tableau de bord T{q}', 'Indicateurs trimestriels ORL/audio', 'Statistiques du trimestre']), body,
                  note='Aggregate quarterly statistics XLSX',
                  attachments=[Att(c.pick(['tableau_de_bord.xlsx', f'indicateurs_T{q}.xlsx']), XLSX, x)])


def kpi_csv(c):
    an = c.staff()
    rows = [['month', 'clinic', 'visits', 'new_referrals', 'no_show_rate', 'median_wait_days']]
    for m in range(1, c.rng.randint(4, 7)):
        for cl in ['ENT', 'Audiology', 'Sleep', 'Voice', 'Vestibular']:
            rows.append([f'{c.now.year}-{m:02d}', cl, c.rng.randint(80, 900), c.rng.randint(10, 200),
                         f'{c.rng.uniform(0.03, 0.18):.2f}', c.rng.randint(7, 420)])
    csv = make_csv(rows)
    body = f"""{c.greet('en')}

Monthly KPI extract attached (clinic level only). Let me know if you need a different breakdown for the accreditation visit.

{an.given}"""
    return c.spec('en', (an.full, addr_of(an, CIUSSS)), [('ENT management', f'orl-gestion@{HOSP}')],
                  c.pick(['KPI extract', 'Monthly clinic metrics', 'Dashboard data']), body, note='Aggregate clinic KPI CSV',
                  attachments=[Att('kpi_clinics.csv', 'text/csv', csv, cte=c.pick(['7bit', 'base64', 'quoted-printable']))])


def referral_guide(c):
    chief = c.staff()
    fields = c.rng.sample(['otologie, implant cochléaire, cholestéatome', 'rhinologie, sinusite chronique, polypose',
                           'laryngologie, dysphonie, nodules et paralysies', 'ORL pédiatrique, tubes et amygdales',
                           'chirurgie du sommeil, apnée obstructive', 'tête et cou, cancers de l\'oropharynx et thyroïde',
                           'troubles vestibulaires, maladie de Ménière'], c.rng.randint(4, 6))
    docs = [(c.staff(), f) for f in fields]
    body = f"""{c.greet('fr')}

Pour faciliter l'orientation des demandes, voici les champs d'intérêt de nos ORL :

""" + '\n'.join(f'- {c.dr(d, "fr")} : {f}' for d, f in docs) + f"""

Toutes les demandes passent par le CRDS (téléc. 514-555-0145). Les urgences (surdité brusque < 72 h, abcès, corps étranger) : téléphoner à la garde ORL au 514-555-0100.

{c.signature(chief, 'fr', 'chef de service ORL', 'orl')}"""
    return c.spec('fr', (chief.full, addr_of(chief, HOSP)), [('Médecins référents GMF', 'medecins@gmf-troischemins.example')],
                  c.pick(['Orientation des références en ORL', 'Qui fait quoi en ORL', 'Guide de référence ORL']), body,
                  note='Physicians listed with the diseases they treat; clinic numbers')


def journal_club(c):
    md = c.staff()
    art = c.pick(['Intratympanic vs oral steroids for idiopathic sudden sensorineural hearing loss: a randomized trial',
                  'Hypoglossal nerve stimulation outcomes at 5 years',
                  'Cochlear implantation in single-sided deafness: a multicentre cohort',
                  'Tonsillectomy versus watchful waiting in adults with recurrent tonsillitis'])
    body = f"""{c.greet('en')}

Journal club next Tuesday at 7 AM (breakfast provided):
"{art}"
Presenter: {c.dr(md, 'en')}. PDF in the shared folder. Please come having read the methods - we'll go through the risk-of-bias tool.

{md.given}"""
    return c.spec('en', (c.dr(md, 'en'), addr_of(md, HOSP)), [('ENT residents', f'orl-residents@{HOSP}')],
                  c.pick(['Journal club', 'JC Tuesday', 'Journal club - article']), body, note='Journal club notice')


def protocol_sshl(c):
    md = c.staff()
    body = f"""{c.greet('fr')}

Mise à jour du protocole local de prise en charge de la surdité brusque neurosensorielle (version {c.rng.randint(2, 5)}.{c.rng.randint(0, 9)}) :

1. Audiogramme dans les 72 h (priorité P1 en audiologie)
2. Prednisone 1 mg/kg/jour (max 60 mg) x 7 jours puis sevrage sur 7 jours, si aucune contre-indication
3. Diabétiques : glycémies capillaires QID, ajustement de l'insuline
4. Échec ou contre-indication : dexaméthasone intratympanique 10 mg/mL, 3 à 4 injections
5. IRM des CAI avec gadolinium pour toute asymétrie > 15 dB à deux fréquences
6. Oxygénothérapie hyperbare : non recommandée d'emblée

Le document complet est sur l'intranet, section Protocoles ORL.

{c.dr(md, 'fr')}, pour le comité des protocoles"""
    return c.spec('fr', (c.dr(md, 'fr'), addr_of(md, HOSP)), [('ORL - tous', f'orl-tous@{HOSP}'), ('Urgence - médecins', f'urg-md@{HOSP}')],
                  c.pick(['Protocole surdité brusque - mise à jour', 'Nouveau protocole SSNHL', 'Protocole ORL révisé']), body,
                  note='Generic clinical protocol with drug doses')


def drug_shortage(c):
    lang = c.pick(['fr', 'en'])
    ph = c.staff()
    drug = c.pick([('ciprofloxacine/dexaméthasone (Ciprodex) gouttes otiques', 'ciprofloxacin/dexamethasone (Ciprodex) otic drops',
                    'ofloxacine 0,3 % gouttes otiques', 'ofloxacin 0.3% otic drops'),
                   ('bétahistine 24 mg', 'betahistine 24 mg', 'bétahistine 16 mg (1,5 comprimé)', 'betahistine 16 mg (1.5 tablets)'),
                   ('mométasone en vaporisateur nasal', 'mometasone nasal spray', 'fluticasone en vaporisateur nasal', 'fluticasone nasal spray'),
                   ('dexaméthasone 10 mg/mL injectable', 'dexamethasone 10 mg/mL injection', 'dexaméthasone 4 mg/mL', 'dexamethasone 4 mg/mL')])
    if lang == 'fr':
        body = f"""AVIS DE PÉNURIE - DÉPARTEMENT DE PHARMACIE

Produit : {drug[0]}
Durée prévue : jusqu'au {date_fmt(c.future(30, 120), 'fr')}
Alternative recommandée : {drug[2]}

Les ordonnances en cours seront substituées automatiquement par la pharmacie. Aucune action requise pour les ordonnances existantes.

{ph.full}, pharmacien{'ne' if ph.sex == 'F' else ''} - gestion des approvisionnements"""
        subj = f'Pénurie - {drug[0]}'
    else:
        body = f"""DRUG SHORTAGE NOTICE - PHARMACY DEPARTMENT

Product: {drug[1]}
Expected duration: until {date_fmt(c.future(30, 120), 'en')}
Recommended alternative: {drug[3]}

Active orders will be substituted automatically by pharmacy.

{ph.full}, Pharmacist - Drug Supply"""
        subj = f'Drug shortage - {drug[1]}'
    return c.spec(lang, (ph.full, addr_of(ph, HOSP)), [('Prescripteurs', f'prescripteurs@{HOSP}')], subj, body,
                  note='Drug shortage notice')


def patient_education_pdf(c):
    nurse = c.staff('F')
    lines = ['Après une amygdalectomie : conseils pour votre enfant',
             'La douleur est souvent plus forte entre le 3e et le 7e jour.',
             'Donnez l\'acétaminophène et l\'ibuprofène en alternance selon la posologie indiquée par le médecin.',
             'Offrez des liquides frais souvent; les aliments mous sont permis.',
             'Saignement rouge vif : présentez-vous immédiatement à l\'urgence.',
             'Retour à la garderie ou à l\'école : après 10 à 14 jours.',
             'Clinique ORL : 514-555-0137 (lundi au vendredi, 8 h à 16 h)']
    pdf = make_pdf('Conseils après une amygdalectomie', lines, compress=c.rng.random() < 0.5)
    body = f"""{c.greet('fr')}

Voici la version révisée du dépliant postopératoire (amygdalectomie pédiatrique) approuvée par le comité de documentation. Merci de détruire les anciennes copies.

{c.signature(nurse, 'fr', 'infirmière clinicienne', 'bloc')}"""
    return c.spec('fr', (nurse.full, addr_of(nurse, HOSP)), [('Chirurgie d\'un jour', f'cdj@{HOSP}')],
                  c.pick(['Dépliant amygdalectomie - révisé', 'Nouvelle version du dépliant', 'Documentation patient']), body,
                  note='Generic patient-education handout PDF',
                  attachments=[Att('depliant_amygdalectomie_v3.pdf', 'application/pdf', pdf)])


def research_protocol(c):
    pi = c.staff()
    body = f"""{c.greet('en')}

The REB has approved protocol {c.pick(['RV-ORL', 'RV-AUD', 'RV-SOM'])}-{c.now.year}-{c.rng.randint(10, 99)}: "{c.pick(['Speech-in-noise outcomes after bimodal fitting in adult CI users', 'Home sleep testing vs in-lab PSG in adults with suspected OSA', 'Voice therapy adherence with a mobile app'])}".

Inclusion: adults 18-80, {c.pick(['unilateral CI for at least 12 months', 'suspected moderate-to-severe OSA', 'benign vocal fold lesions'])}.
Exclusion: cognitive impairment, non-French/English speakers without interpreter.
Target sample: {c.rng.randint(40, 200)} participants. Participants will be identified only by study code; the linking log stays in the locked research office.

Please refer potentially eligible patients to the research coordinator - do not send names by e-mail.

{c.dr(pi, 'en')}, Principal Investigator"""
    return c.spec('en', (c.dr(pi, 'en'), addr_of(pi, HOSP)), [('ENT / Audiology', f'orl-tous@{HOSP}')],
                  c.pick(['REB approval - new study', 'New study open for recruitment', 'Research protocol approved']), body,
                  note='Research protocol without participant identities')


def committee_notice(c):
    chair = c.staff()
    body = f"""{c.greet('fr')}

Le comité qualité et sécurité de la direction des services chirurgicaux se réunira le {c.day_str(c.future(7, 30), 'fr')} à 12 h (Teams).

Ordre du jour :
1. Adoption du procès-verbal
2. Analyse agrégée des incidents-accidents du trimestre (ORL, audiologie, sommeil)
3. Taux d'annulations opératoires le jour même
4. Audit du double identifiant en audiologie - résultats globaux
5. Plan d'action agrément

Les documents seront déposés dans le dossier partagé du comité.

{chair.full}, président{'e' if chair.sex == 'F' else ''} du comité"""
    return c.spec('fr', (chair.full, addr_of(chair, CIUSSS)), [('Comité qualité', f'comite.qualite@{CIUSSS}')],
                  c.pick(['Convocation - comité qualité', 'Comité qualité et sécurité - ODJ', 'Ordre du jour - comité']), body,
                  note='Committee notice and agenda')


def incident_summary(c):
    rm = c.staff('F')
    body = f"""{c.greet('fr')}

Bilan agrégé des déclarations AH-223 du trimestre pour ORL/audiologie/sommeil (données dénominalisées) :
- Chutes : {c.rng.randint(0, 4)} (dont {c.rng.randint(0, 2)} en cabine audiométrique)
- Erreurs d'identification évitées : {c.rng.randint(1, 6)}
- Problèmes de matériel (PPC, processeurs) : {c.rng.randint(1, 8)}
- Retards de résultats : {c.rng.randint(0, 5)}
Aucun événement sentinelle. Gravité majoritairement A-B.

Recommandation : rappel de la double vérification (nom + date de naissance) avant chaque examen.

{c.signature(rm, 'fr', 'conseillère en gestion des risques', 'orl')}"""
    return c.spec('fr', (rm.full, addr_of(rm, CIUSSS)), [('Gestionnaires ORL/audio/sommeil', f'gest-chir@{CIUSSS}')],
                  c.pick(['Bilan des incidents - trimestre', 'Gestion des risques - bilan', 'AH-223 : bilan agrégé']), body,
                  note='Aggregate incident report, no identities')


TEMPLATES = [
    ('teaching_case_fr', teaching_case_fr, 3),
    ('teaching_case_en', teaching_case_en, 3),
    ('newsletter_hearing', newsletter_hearing, 3),
    ('newsletter_sleep', newsletter_sleep, 3),
    ('conference', conference_program, 3),
    ('stats_xlsx', stats_quarterly_xlsx, 3),
    ('kpi_csv', kpi_csv, 3),
    ('referral_guide', referral_guide, 3),
    ('journal_club', journal_club, 3),
    ('protocol', protocol_sshl, 3),
    ('drug_shortage', drug_shortage, 3),
    ('education_pdf', patient_education_pdf, 3),
    ('research', research_protocol, 3),
    ('committee', committee_notice, 3),
    ('incident_stats', incident_summary, 3),
]
