"""Negative templates, part D: more hard negatives - staff's own health and HR, aggregate
surgeon lists, criteria, supply orders, loaner inventories, anonymised audiograms, surveys."""
import datetime

from stdnum import luhn

from gen_common import HOSP, CIUSSS, CPAP, SUPPLIER, addr_of
from gen_clin import audiogram, audiogram_lines
from gen_files import make_pdf, make_xlsx, make_csv
from gen_ids import date_fmt, MOIS, MONTHS
from gen_mime import Att
from gen_pos_b import table_text

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


def staff_own_leave(c):
    """An employee tells the manager about their own surgery leave (HR, staff information)."""
    lang = c.pick(['fr', 'en'])
    emp, mgr = c.staff(), c.staff()
    d = c.future(7, 30)
    if lang == 'fr':
        body = f"""{c.greet('fr', mgr.given)}

Je t'informe que je serai en congé de maladie à partir du {date_fmt(d, 'fr')} pour {c.rng.randint(2, 4)} semaines (chirurgie prévue). Le billet médical sera remis au service de santé et sécurité, comme demandé.
J'ai prévenu {c.staff().given} pour mes plages de dépistage néonatal. Mes dossiers sont à jour.

Merci de ta compréhension,
{emp.given}"""
        subj = c.pick(['Absence à venir', 'Congé de maladie', 'Mon absence'])
    else:
        body = f"""{c.greet('en', mgr.given)}

Just letting you know I'll be on medical leave from {date_fmt(d, 'en')} for about {c.rng.randint(2, 4)} weeks (scheduled surgery). The medical note will go to Occupational Health as requested.
{c.staff().given} has agreed to take my Thursday sleep-lab nights. My charting is up to date.

Thanks for understanding,
{emp.given}"""
        subj = c.pick(['Upcoming leave', 'Medical leave', 'Time off'])
    return c.spec(lang, (emp.full, addr_of(emp, HOSP)), [(mgr.full, addr_of(mgr, HOSP))], subj, body,
                  note="Employee's own medical leave notice to manager (staff information)")


def surgeon_waitlist_stats(c):
    an = c.staff()
    rows = []
    for s in (c.staff() for _ in range(c.rng.randint(4, 7))):
        waiting = c.rng.randint(20, 260)
        rows.append([c.dr(s, 'en'), c.pick(['Otology', 'Rhinology', 'Head & Neck', 'Peds', 'Laryngology']), waiting,
                     c.rng.randint(0, waiting // 3), f'{c.rng.randint(30, 420)} d'])
    body = f"""{c.greet('en')}

Waitlist summary by surgeon as of {date_fmt(c.now.date(), 'en')} (counts only, no patient-level data):

""" + table_text(['Surgeon', 'Sub-specialty', 'Waiting', '> 1 year', 'Median wait'], rows) + f"""

The Ministry target is zero patients over one year by March. We'll review at the next OR committee.

{c.signature(an, 'en', 'Planning Officer', 'bloc')}"""
    return c.spec('en', (an.full, addr_of(an, CIUSSS)), [('ENT surgeons', f'orl-chirurgiens@{HOSP}')],
                  c.pick(['Waitlist by surgeon', 'Surgical backlog summary', 'Waitlist counts']), body,
                  note='Aggregate waitlist counts per surgeon')


def booth_assignment(c):
    sec = c.staff('F')
    days = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi']
    rows = [[d] + [c.staff().full for _ in range(3)] for d in days]
    body = f"""{c.greet('fr')}

Répartition des cabines pour les prochaines semaines :

""" + table_text(['Jour', 'Cabine 1', 'Cabine 2', 'Cabine 3 (pédiatrie)'], rows) + f"""

La cabine 4 reste réservée aux PEATC et aux bilans vestibulaires.
{sec.given}"""
    return c.spec('fr', (sec.full, addr_of(sec, HOSP)), [('Audiologie - équipe', f'audiologie@{HOSP}')],
                  c.pick(['Répartition des cabines', 'Cabines - horaire', 'Horaire cabines audiologie']), body,
                  note='Sound-booth assignments of audiologists')


def professional_dues(c):
    sec = c.staff()
    body = f"""{c.greet('fr')}

Rappel : la cotisation annuelle à l'Ordre professionnel des audiologistes et orthophonistes (OPAO) doit être payée avant le 31 mars. L'établissement rembourse {c.rng.randint(50, 100)} % de la cotisation sur présentation du reçu.
Les heures de formation continue (minimum 30 h par période de 3 ans) doivent être saisies dans le portail de l'Ordre.

{c.signature(sec, 'fr', 'adjoint(e) administratif(ve)', 'audio')}"""
    return c.spec('fr', (sec.full, addr_of(sec, HOSP)), [('Professionnels - audiologie/orthophonie', f'prof-audio@{HOSP}')],
                  c.pick(['Cotisation professionnelle', 'Rappel - Ordre professionnel', 'Remboursement cotisation']), body,
                  note='Professional order dues reminder')


def cpap_loaner_inventory(c):
    rt = c.staff()
    rows = [['Serial', 'Model', 'Status', 'Last cleaned', 'Location']]
    for _ in range(c.rng.randint(6, 12)):
        body9 = str(c.rng.randint(1, 7)) + ''.join(str(c.rng.randint(0, 9)) for _ in range(7))
        rows.append([f'RA{body9}{luhn.calc_check_digit(body9)}', c.pick(['AirFlow 11 Auto', 'AirFlow 10', 'DreamPAP S']),
                     c.pick(['available', 'available', 'on loan', 'on loan', 'repair', 'quarantine (recall)']),
                     c.past(1, 90).isoformat(), c.pick(['Sleep lab storage', 'Biomed', 'Vendor'])])
    x = make_xlsx([('Loaner pool', rows)])
    body = f"""{c.greet('en')}

Loaner CPAP pool inventory attached. {sum(1 for r in rows[1:] if r[2] == 'on loan')} units are currently out; units in quarantine are the recalled lots and must not be issued.

{c.signature(rt, 'en', 'Respiratory Therapist', 'sommeil')}"""
    return c.spec('en', (rt.full, addr_of(rt, HOSP)), [('Sleep lab', f'sommeil@{HOSP}')],
                  c.pick(['CPAP loaner inventory', 'Loaner pool status', 'CPAP pool - update']), body,
                  note='Equipment loaner inventory with serial numbers only',
                  attachments=[Att('cpap_loaner_pool.xlsx', XLSX, x)])


def clinic_move(c):
    mgr = c.staff()
    d = c.future(10, 60)
    lang = c.pick(['fr', 'en'])
    if lang == 'fr':
        body = f"""{c.greet('fr')}

À compter du {date_fmt(d, 'fr')}, la clinique de la voix déménage au pavillon Sainte-Anne, 2e étage, local S-2.140 (4750, rue Sainte-Anne, Montréal). Le numéro de téléphone reste le 514-555-0138.
Les orthophonistes y auront deux salles de thérapie et une salle de vidéostroboscopie.
Merci de mettre à jour vos lettres de convocation.

{c.signature(mgr, 'fr', 'chef de service', 'voix')}"""
        subj = 'Déménagement - clinique de la voix'
    else:
        body = f"""{c.greet('en')}

As of {date_fmt(d, 'en')}, the Voice Clinic moves to the Sainte-Anne pavilion, 2nd floor, room S-2.140 (4750 rue Sainte-Anne, Montreal). The phone number stays 514-555-0138.
Speech-language pathologists will have two therapy rooms and a stroboscopy suite.
Please update your appointment letters.

{c.signature(mgr, 'en', 'Manager', 'voix')}"""
        subj = 'Voice Clinic is moving'
    return c.spec(lang, (mgr.full, addr_of(mgr, HOSP)), [('ORL - tous', f'orl-tous@{HOSP}')], subj, body,
                  note='Clinic relocation notice with clinic address')


def transcription_notice(c):
    sup = c.staff()
    body = f"""{c.greet('en')}

Dictation turnaround this month: consult notes {c.rng.randint(2, 6)} business days, operative reports {c.rng.randint(1, 3)}, audiology reports {c.rng.randint(3, 8)}. Backlog is due to two vacant transcriptionist positions.
Reminder: always state the patient's chart number at the start of each dictation and spell unusual names - do not e-mail dictation details.

{c.signature(sup, 'en', 'Medical Records Supervisor', 'orl')}"""
    return c.spec('en', (sup.full, addr_of(sup, CIUSSS)), [('ENT / Audiology', f'orl-tous@{HOSP}')],
                  c.pick(['Dictation turnaround', 'Transcription delays', 'Medical records update']), body,
                  note='Medical-records notice about dictation turnaround')


def anonymised_audiogram(c):
    md = c.staff()
    a = audiogram(c.rng, c.pick(['noise', 'conductive', 'sshl', 'presby']))
    n = c.rng.randint(1, 9)
    pdf = make_pdf(f'Cas {n} - audiogramme (anonymisé)', ['Patient : [anonymisé]', f'Âge : {c.rng.randint(20, 80)} ans'] +
                   audiogram_lines(a, 'fr') + ['Question : interprétez cet audiogramme et proposez une conduite.'],
                   compress=True, graph=[a['right'], a['left']])
    body = f"""{c.greet('fr')}

Pour l'examen formatif de jeudi, voici l'audiogramme du cas {n} (anonymisé). Préparez votre interprétation; on corrige en groupe.

{c.dr(md, 'fr')}"""
    return c.spec('fr', (c.dr(md, 'fr'), addr_of(md, HOSP)), [('Résidents et stagiaires', f'orl-residents@{HOSP}')],
                  c.pick([f'Examen formatif - cas {n}', 'Audiogramme à interpréter', 'Préparation examen']), body,
                  note='Anonymised teaching audiogram PDF',
                  attachments=[Att(f'cas{n}_audiogramme.pdf', 'application/pdf', pdf)])


def satisfaction_survey(c):
    qa = c.staff('F')
    n = c.rng.randint(180, 900)
    body = f"""{c.greet('fr')}

Résultats du sondage de satisfaction de la clientèle (audiologie et laboratoire du sommeil), {n} répondants :
- Satisfaction globale : {c.rng.randint(82, 96)} %
- Délai pour obtenir un rendez-vous jugé acceptable : {c.rng.randint(35, 70)} %
- Clarté des explications sur les résultats : {c.rng.randint(75, 95)} %
- Commentaire fréquent : difficulté à joindre la clinique par téléphone pour les personnes malentendantes; demande d'une option par texto.

Les commentaires libres ont été dénominalisés avant la compilation.

{c.signature(qa, 'fr', 'conseillère qualité', 'audio')}"""
    return c.spec('fr', (qa.full, addr_of(qa, CIUSSS)), [('Gestionnaires', f'gest-chir@{CIUSSS}')],
                  c.pick(['Sondage de satisfaction - résultats', 'Résultats sondage clientèle', 'Satisfaction audiologie/sommeil']), body,
                  note='Aggregated patient-satisfaction survey results')


def call_for_abstracts(c):
    org = c.staff()
    body = f"""{c.greet('en')}

Call for abstracts - Research Day {c.now.year + (1 if c.now.month > 6 else 0)}
Topics: hearing loss and cochlear implants, sleep-disordered breathing, voice and swallowing, head and neck oncology, vestibular disorders.
Format: 300 words (background, methods, results, conclusion). Case reports must be fully de-identified and accompanied by the consent form.
Deadline: {date_fmt(c.future(20, 60), 'en')}. Prizes for the best resident and student presentations.

{c.signature(org, 'en', 'Research Day Committee', 'orl')}"""
    return c.spec('en', (org.full, addr_of(org, HOSP)), [('ENT department', f'orl-tous@{HOSP}')],
                  c.pick(['Call for abstracts', 'Research Day - submissions open', 'Abstract deadline']), body,
                  note='Call for abstracts')


def overtime_report(c):
    mgr = c.staff()
    rows = [[s.full, c.pick(['inhalothérapeute', 'technologue PSG', 'audiologiste']), f'{c.rng.randint(0, 40)},{c.rng.choice(["0", "5"])} h']
            for s in (c.staff() for _ in range(c.rng.randint(4, 7)))]
    body = f"""{c.greet('fr')}

Heures supplémentaires de la période {c.rng.randint(1, 26)} pour le laboratoire du sommeil :

""" + table_text(['Employé(e)', 'Titre', 'Heures supp.'], rows) + f"""

Le budget de la période est dépassé de {c.rng.randint(5, 30)} %; on en discute à la rencontre budgétaire.

{mgr.given}"""
    return c.spec('fr', (mgr.full, addr_of(mgr, HOSP)), [('Direction - finances', f'finances@{CIUSSS}')],
                  c.pick(['Heures supplémentaires - période', 'Rapport TS laboratoire du sommeil', 'Suivi budgétaire']), body,
                  note='Staff overtime report (HR/payroll)')


def ci_criteria(c):
    md = c.staff()
    body = f"""{c.greet('en')}

Updated referral criteria for the Cochlear Implant Program (adults):
- bilateral moderate-to-profound sensorineural hearing loss, PTA >= 70 dB HL in the better ear, or
- aided sentence recognition (AzBio in quiet) <= 50% in the ear to be implanted, and <= 60% best-aided
- single-sided deafness with disabling tinnitus: case-by-case review
- no medical contraindication to general anesthesia; MRI/CT of the temporal bones done at our site
Children: refer any child with bilateral severe-to-profound loss or failed newborn screening with confirmed loss - no minimum age.

Referral form on the intranet. Questions: implant.cochleaire@{HOSP}

{c.dr(md, 'en')}, Medical Director, CI Program"""
    return c.spec('en', (c.dr(md, 'en'), addr_of(md, HOSP)), [('Referring physicians', f'referents@{CIUSSS}')],
                  c.pick(['CI referral criteria - update', 'Who to refer for a cochlear implant', 'Updated CI criteria']), body,
                  note='Referral criteria with clinical thresholds, no patient')


def supply_request(c):
    nurse = c.staff('F')
    body = f"""{c.greet('fr')}

Commande pour la clinique ORL (centre de coûts {c.rng.randint(6000, 6999)}) :
- Mèches Merocel 8 cm : {c.rng.randint(2, 6)} boîtes
- Rapid Rhino 5,5 cm : {c.rng.randint(2, 8)}
- Nitrate d'argent (bâtonnets) : {c.rng.randint(1, 3)} boîtes
- Xylocaïne 4 % topique : {c.rng.randint(2, 6)} flacons
- Oxymétazoline vaporisateur : {c.rng.randint(4, 12)}
- Spéculums auriculaires 4 mm : {c.rng.randint(1, 4)} boîtes

Livraison au local C-3.210 svp.
{nurse.full}, inf. clinique ORL"""
    return c.spec('fr', (nurse.full, addr_of(nurse, HOSP)), [('Approvisionnement', f'approvisionnement@{CIUSSS}')],
                  c.pick(['Commande clinique ORL', 'Demande de fournitures', 'Réappro ORL']), body,
                  note='Internal supply order listing drugs and devices, no patient')


def speaker_bio(c):
    sp, org = c.staff(), c.staff()
    body = f"""{c.greet('en')}

Here is the bio for the introduction on Friday:

{c.dr(sp, 'en')} is a laryngologist at Rivière-Verte Hospital and associate professor at the Université de Montréal-Est. {sp.given} completed a fellowship in voice and airway surgery and has treated more than {c.rng.randint(2, 5)},000 professional voice users, from teachers to opera singers. Research interests: vocal fold scarring, office-based laser procedures and tele-voice therapy.

Talk title: "When the voice is the job: managing dysphonia in performers".

{org.given}"""
    return c.spec('en', (org.full, addr_of(org, HOSP)), [('Moderator', f'moderateur@{HOSP}')],
                  c.pick(['Speaker bio', 'Bio for the introduction', 'Friday speaker']), body,
                  note='Conference speaker bio (physician and topics)')


def mumps_advisory(c):
    ph = c.staff()
    body = f"""AVIS DE SANTÉ PUBLIQUE - OREILLONS

{c.rng.randint(8, 40)} cas d'oreillons ont été déclarés dans la région depuis le début du mois, surtout chez les 18-30 ans.
Rappel clinique : les oreillons peuvent causer une surdité neurosensorielle unilatérale soudaine; toute surdité brusque chez un jeune adulte avec parotidite récente doit être déclarée et faire l'objet d'un audiogramme.
Vaccination : vérifier le statut RRO du personnel; offrir le vaccin aux employés non protégés (santé au travail).

{c.dr(ph, 'fr')}, médecin-conseil, Direction de santé publique"""
    return c.spec('fr', (c.dr(ph, 'fr'), addr_of(ph, CIUSSS)), [('Médecins et professionnels', f'tous-md@{CIUSSS}')],
                  c.pick(['Avis de santé publique - oreillons', 'Éclosion d\'oreillons', 'Oreillons : vigilance']), body,
                  note='Public-health advisory with case counts')


TEMPLATES = [
    ('staff_own_leave', staff_own_leave, 3),
    ('waitlist_by_surgeon', surgeon_waitlist_stats, 3),
    ('booth_assignment', booth_assignment, 3),
    ('professional_dues', professional_dues, 3),
    ('cpap_loaner_pool', cpap_loaner_inventory, 3),
    ('clinic_move', clinic_move, 3),
    ('transcription', transcription_notice, 3),
    ('anon_audiogram', anonymised_audiogram, 3),
    ('satisfaction_survey', satisfaction_survey, 3),
    ('call_for_abstracts', call_for_abstracts, 3),
    ('overtime', overtime_report, 3),
    ('ci_criteria', ci_criteria, 3),
    ('supply_order', supply_request, 3),
    ('speaker_bio', speaker_bio, 3),
    ('public_health', mumps_advisory, 3),
]
