"""Negative (non-confidential) templates, part B: clinical-sounding mail with no identifiable patient."""
import datetime

import gen_attach as A
import gen_data as D
from gen_neg_a import dl, nspec
from gen_pos_a import join


# --------------------------------------------------------------------------- N5 newsletter
def n_newsletter(ctx):
    r = ctx.rng
    s = ctx.site()
    comms = ctx.person('comms', s)
    v = r.randint(0, 2)
    kudos = ctx.person(ctx.c('nurse', 'slp', 'pt'), s)
    if ctx.fr:
        topic = ['Mois de la sensibilisation à l\'AVC : l\'acronyme VITE (Visage, Incapacité, Trouble de la parole, Extrême urgence)',
                 'Journée lavande (26 mars) : mieux comprendre l\'épilepsie',
                 'Journée mondiale de la sclérose en plaques (30 mai)'][v]
        txt = ('%s\n\nAu Québec, environ 20 000 personnes sont victimes d\'un AVC chaque année. Chaque minute compte : un '
               'cerveau privé de sang perd près de 2 millions de neurones par minute.\n\n'
               'Dans notre programme cette année : %d thrombolyses, %d thrombectomies et un délai porte-aiguille médian de %d minutes.\n\n'
               'Bravo à %s, %s, pour son projet sur le dépistage de la dysphagie!\n\n'
               'Conférence grand public le %d mai à la bibliothèque municipale, entrée libre.'
               % (topic, r.randint(90, 260), r.randint(40, 160), r.randint(24, 48), ctx.dname(kudos), ctx.role_label(kudos), r.randint(2, 29)))
        subj = ctx.c('Infolettre neurosciences - %s' % ctx.c('printemps', 'été', 'automne'), 'Le Neuro-Info no %d' % r.randint(10, 80),
                     'Infolettre du programme AVC')
    else:
        topic = ['Stroke Awareness Month: remember FAST (Face, Arms, Speech, Time)', 'Purple Day (March 26): understanding epilepsy',
                 'World MS Day (May 30)'][v]
        txt = ('%s\n\nIn Quebec, about 20,000 people have a stroke each year. Time is brain: nearly 2 million neurons are lost '
               'every minute.\n\nOur program this year: %d thrombolyses, %d thrombectomies and a median door-to-needle time of %d minutes.\n\n'
               'Congratulations to %s, %s, for the dysphagia screening project!\n\nPublic lecture on May %d at the municipal library, free admission.'
               % (topic, r.randint(90, 260), r.randint(40, 160), r.randint(24, 48), ctx.dname(kudos), ctx.role_label(kudos), r.randint(2, 29)))
        subj = ctx.c('Neuroscience newsletter - %s' % ctx.c('spring', 'summer', 'fall'), 'Neuro-News #%d' % r.randint(10, 80),
                     'Stroke program newsletter')
    body = join(txt, ctx.t('Pour vous désabonner, répondez « désabonner ».', 'To unsubscribe, reply "unsubscribe".'), ctx.signature(comms))
    return nspec(ctx, 'infolettre' if ctx.fr else 'newsletter', subj, ctx.addr(comms), [dl(ctx, s, 'infolettre')[0]], body,
                 'disease-awareness newsletter with aggregate numbers', force={'structure': ctx.c('html', 'html', 'alt')})


# --------------------------------------------------------------------------- N6 conference programme
def n_conference(ctx):
    r = ctx.rng
    s = ctx.site('hub')
    coord = ctx.person('coord', s)
    talks_fr = ['Thrombectomie au-delà de 24 heures : qui sélectionner?', 'Ténectéplase en région : l\'expérience de deux ans',
                'Aphasie : les nouvelles approches de thérapie intensive', 'Épilepsie pharmacorésistante : quand référer en chirurgie?',
                'SEP : désescalade thérapeutique après 60 ans', 'Dysphagie post-AVC : du dépistage à la gastrostomie',
                'Retour au travail après un AVC : rôle de l\'ergothérapeute', 'Conduite automobile et épilepsie : mise à jour SAAQ']
    talks_en = ['Thrombectomy beyond 24 hours: whom to select?', 'Tenecteplase in regional centres: two-year experience',
                'Aphasia: new intensive therapy approaches', 'Drug-resistant epilepsy: when to refer for surgery?',
                'MS: de-escalating therapy after 60', 'Post-stroke dysphagia: from screening to gastrostomy',
                'Return to work after stroke: the OT role', 'Driving and epilepsy: licensing update']
    idx = r.sample(range(len(talks_fr)), 5)
    rows = []
    t0 = datetime.datetime(2025, 5, r.randint(5, 28), 8, 30)
    for k, i in enumerate(idx):
        sp = ctx.person(ctx.c('neuro', 'neuro', 'slp', 'ot', 'physiatrist'), ctx.site())
        rows.append('%s | %s | %s (%s)' % ((t0 + datetime.timedelta(minutes=50 * k)).strftime('%H:%M'),
                                          (talks_fr if ctx.fr else talks_en)[i], ctx.dname(sp), sp['site']['short']))
    if ctx.fr:
        intro = ('Journée scientifique du réseau neurovasculaire - %s, amphithéâtre principal. %d crédits de formation continue. '
                 'Inscription obligatoire.' % (t0.strftime('%d/%m/%Y'), r.randint(5, 7)))
        subj = 'Programme - Journée scientifique en neurosciences'
    else:
        intro = ('Neurovascular network scientific day - %s, main auditorium. %d CME credits. Registration required.'
                 % (t0.strftime('%Y-%m-%d'), r.randint(5, 7)))
        subj = 'Programme - Neuroscience scientific day'
    hdr = ctx.t('Heure | Conférence | Conférencier', 'Time | Talk | Speaker')
    atts = []
    if r.random() < 0.45:
        pdf = A.make_pdf(['# ' + subj, intro] + rows, compress=r.random() < 0.5)
        atts.append(dict(kind='pdf', filename=ctx.t('programme_journee_scientifique.pdf', 'scientific_day_programme.pdf'), data=pdf))
        body = join(ctx.hello(), intro, ctx.t('Programme en pièce jointe.', 'Programme attached.'), ctx.signature(coord))
    else:
        body = join(ctx.hello(), intro, hdr + '\n' + '\n'.join(rows), ctx.signature(coord))
    return nspec(ctx, 'programme_congres' if ctx.fr else 'conference_programme', subj, ctx.addr(coord),
                 [dl(ctx, s, 'medecins')[0]], body, 'scientific day programme: speakers and topics', attachments=atts)


# --------------------------------------------------------------------------- N7 physician directory
def n_directory(ctx):
    r = ctx.rng
    s = ctx.site('hub')
    clerk = ctx.person('clerk', s)
    areas_fr = ['AVC et neurologie vasculaire', 'épilepsie et EEG', 'sclérose en plaques et neuro-immunologie',
                'maladie de Parkinson et mouvements anormaux', 'neuromusculaire et EMG', 'céphalées', 'troubles cognitifs']
    areas_en = ['stroke and vascular neurology', 'epilepsy and EEG', 'multiple sclerosis and neuroimmunology',
                'Parkinson disease and movement disorders', 'neuromuscular and EMG', 'headache', 'cognitive disorders']
    lines = []
    for i in r.sample(range(len(areas_fr)), r.randint(4, 7)):
        d = ctx.person('neuro', s)
        lines.append('%s - %s - %s %d' % (ctx.dname(d), (areas_fr if ctx.fr else areas_en)[i], ctx.t('poste', 'ext.'), r.randint(2000, 7999)))
    txt = ctx.t('Voici la liste à jour des neurologues et de leurs cliniques. Merci d\'acheminer les demandes de consultation '
                'selon la surspécialité; les références pour AIT vont au guichet unique (télécopieur %s).' % s['fax'],
                'Here is the updated list of neurologists and their clinics. Please route consultation requests by subspecialty; '
                'TIA referrals go to the central intake (fax %s).' % s['fax'])
    body = join(ctx.hello(), txt, '\n'.join(lines), ctx.signature(clerk))
    return nspec(ctx, 'annuaire_medecins' if ctx.fr else 'physician_directory',
                 ctx.t('Liste des neurologues et surspécialités', 'Neurologists and subspecialties'), ctx.addr(clerk),
                 [dl(ctx, s, 'urgence')[0]], body, 'physicians named with the diseases they treat')


# --------------------------------------------------------------------------- N8 quality statistics
def n_stats(ctx):
    r = ctx.rng
    s = ctx.site('hub')
    coord = ctx.person('coord', s)
    mgr = ctx.person('manager', s)
    hdr = ([ctx.t('Période', 'Period'), ctx.t('Thrombolyses', 'Thrombolyses'), 'EVT', ctx.t('DPA médian (min)', 'Median DTN (min)'),
            ctx.t('% DPA <= 60 min', '% DTN <= 60 min'), ctx.t('Dépistage dysphagie (%)', 'Dysphagia screen (%)'),
            ctx.t('Transferts reçus', 'Transfers in')])
    rows = [hdr]
    for q in ('P1', 'P2', 'P3', 'P4', 'P5', 'P6')[:r.randint(3, 6)]:
        rows.append([q, str(r.randint(8, 30)), str(r.randint(4, 18)), str(r.randint(22, 58)), str(r.randint(70, 98)),
                     str(r.randint(60, 99)), str(r.randint(5, 25))])
    kind = ctx.c('csv', 'xlsx', 'body')
    txt = ctx.t('Voici les indicateurs du programme AVC pour l\'année en cours (données agrégées, source : registre AVC).',
                'Here are the stroke program indicators for the current year (aggregate data, source: stroke registry).')
    atts = []
    if kind == 'csv':
        atts.append(dict(kind='csv', filename=ctx.t('indicateurs_AVC.csv', 'stroke_indicators.csv'),
                         data=A.make_csv(rows, sep=';' if ctx.fr else ',')))
        body = join(ctx.hello(mgr), txt, ctx.bye(), ctx.signature(coord))
    elif kind == 'xlsx':
        atts.append(dict(kind='xlsx', filename=ctx.t('tableau_de_bord_AVC.xlsx', 'stroke_dashboard.xlsx'),
                         data=A.make_xlsx([('2024-2025', rows)], author=ctx.dname(coord))))
        body = join(ctx.hello(mgr), txt, ctx.bye(), ctx.signature(coord))
    else:
        body = join(ctx.hello(mgr), txt, '\n'.join(' | '.join(x) for x in rows), ctx.bye(), ctx.signature(coord))
    return nspec(ctx, 'statistiques' if ctx.fr else 'quality_statistics',
                 ctx.t('Indicateurs AVC - données agrégées', 'Stroke indicators - aggregate'), ctx.addr(coord), [ctx.addr(mgr)],
                 body, 'aggregate stroke quality indicators', attachments=atts)


# --------------------------------------------------------------------------- N9 blank form
def n_blank_form(ctx):
    r = ctx.rng
    s = ctx.site()
    coord = ctx.person(ctx.c('liaison', 'coord', 'clerk'), s)
    v = r.randint(0, 2)
    if ctx.fr:
        title = ['Demande d\'admission en réadaptation (URFI) - version 2025', 'Gabarit - résumé de départ neurologie',
                 'Demande d\'évaluation de la conduite automobile'][v]
        fields = ['Nom du patient : ____________________', 'Prénom : ____________________',
                  'NAM : ____ ____ ____   Exp. : __/__', 'Date de naissance (AAAA-MM-JJ) : ____-__-__',
                  'No de dossier : __________', 'Diagnostic principal : ______________________________',
                  'MIF / score fonctionnel : ____', 'Médication actuelle : [liste]', 'Situation sociale : ☐ vit seul ☐ avec conjoint ☐ autre',
                  'Signature du médecin : ____________  Permis : _______']
        txt = 'Veuillez utiliser la nouvelle version du formulaire à partir du 1er avril. Les anciennes versions seront refusées.'
        subj = 'Nouveau formulaire - %s' % title
    else:
        title = ['Inpatient rehabilitation referral (IRF) - 2025 version', 'Template - neurology discharge summary',
                 'Driving evaluation request'][v]
        fields = ['Patient last name: ____________________', 'First name: ____________________',
                  'RAMQ #: ____ ____ ____   Exp.: __/__', 'Date of birth (YYYY-MM-DD): ____-__-__', 'Chart #: __________',
                  'Primary diagnosis: ______________________________', 'FIM / functional score: ____', 'Current medications: [list]',
                  'Social situation: [ ] lives alone [ ] with partner [ ] other', 'Physician signature: ____________  Licence: _______']
        txt = 'Please use the new version of the form starting April 1. Older versions will be returned.'
        subj = 'New form - %s' % title
    kind = ctx.c('pdf', 'docx')
    data = A.make_pdf(['# ' + title] + fields, compress=r.random() < 0.5) if kind == 'pdf' else A.make_docx(['# ' + title] + fields)
    fname = ctx.t('formulaire_vierge_%d.%s', 'blank_form_%d.%s') % (v + 1, kind)
    body = join(ctx.hello(), txt, ctx.bye(), ctx.signature(coord))
    return nspec(ctx, 'formulaire_vierge' if ctx.fr else 'blank_form', subj, ctx.addr(coord), [dl(ctx, s, 'unites')[0]], body,
                 'blank form with empty patient fields', attachments=[dict(kind=kind, filename=fname, data=data)])


# --------------------------------------------------------------------------- N10 anonymised teaching case
def n_teaching(ctx):
    r = ctx.rng
    s = ctx.site('hub')
    res = ctx.person(ctx.c('resident', 'neuro'), s)
    age = r.randint(34, 86)
    sex = ctx.c(('Un homme', 'A man'), ('Une femme', 'A woman'))
    v = r.randint(0, 2)
    if ctx.fr:
        case = ['%s de %d ans, droitier(ère), se présente 3 h après le début d\'une aphasie et d\'une hémiparésie droite. '
                'NIHSS 14. Sous apixaban, dernière dose il y a 10 h. Angio-TDM : occlusion M1 gauche.\n\nQuestion : thrombolyse, '
                'EVT ou les deux? Réponse et discussion jeudi à la tournée.',
                '%s de %d ans avec épilepsie focale connue consulte pour 3 crises en une semaine. Taux de lamotrigine bas; '
                'elle a débuté une contraception orale récemment.\n\nQuestion : quel est le mécanisme? ',
                '%s de %d ans présente une névrite optique gauche. L\'IRM montre 4 lésions périventriculaires.\n\n'
                'Question : répond-elle aux critères de McDonald 2017?'][v] % (sex[0], age)
        subj = ctx.c('Cas clinique de la semaine', 'Quiz neuro #%d' % r.randint(1, 40), 'Cas pour la tournée (anonymisé)')
    else:
        case = ['%s aged %d, right-handed, presents 3 h after onset of aphasia and right hemiparesis. NIHSS 14. On apixaban, '
                'last dose 10 h ago. CTA: left M1 occlusion.\n\nQuestion: lysis, EVT or both? Answer and discussion at Thursday rounds.',
                '%s aged %d with known focal epilepsy has 3 seizures in one week. Low lamotrigine level; recently started an oral '
                'contraceptive.\n\nQuestion: what is the mechanism?',
                '%s aged %d presents with left optic neuritis. MRI shows 4 periventricular lesions.\n\nQuestion: are the 2017 '
                'McDonald criteria met?'][v] % (sex[1], age)
        subj = ctx.c('Case of the week', 'Neuro quiz #%d' % r.randint(1, 40), 'Case for rounds (anonymised)')
    body = join(ctx.hello(), case, ctx.signature(res, short=True))
    return nspec(ctx, 'cas_enseignement' if ctx.fr else 'teaching_case', subj, ctx.addr(res), [dl(ctx, s, 'residents')[0]],
                 body, 'anonymised teaching case without identity')


# --------------------------------------------------------------------------- N19 research protocol
def n_research(ctx):
    r = ctx.rng
    s = ctx.site('hub')
    rc = ctx.person('research', s)
    pi = ctx.person('neuro', s)
    acr = ctx.c('REVIVE-QC', 'TENOR', 'APHASIA-BOOST', 'SEP-DESC', 'EPI-SLEEP')
    rec = r.randint(10, 90)
    if ctx.fr:
        txt = ('Étude %s (chercheur principal : %s)\nDevis : essai randomisé multicentrique.\nCritères d\'inclusion : AVC '
               'ischémique aigu, NIHSS >= 6, âge >= 18 ans, début des symptômes < 24 h.\nCritères d\'exclusion : hémorragie '
               'intracrânienne, anticoagulation thérapeutique, grossesse.\nRecrutement : %d/%d participants (tous sites confondus).\n\n'
               'Le protocole amendé (v4.1) a été approuvé par le CER le %d mars. Merci de vous référer au cartable de l\'étude à '
               'l\'urgence.' % (acr, ctx.dname(pi), rec, rec + r.randint(30, 120), r.randint(1, 28)))
        subj = 'Étude %s - amendement et état du recrutement' % acr
    else:
        txt = ('Study %s (PI: %s)\nDesign: multicentre randomized trial.\nInclusion: acute ischemic stroke, NIHSS >= 6, age >= 18, '
               'onset < 24 h.\nExclusion: intracranial haemorrhage, therapeutic anticoagulation, pregnancy.\nEnrolment: %d/%d '
               'participants (all sites).\n\nThe amended protocol (v4.1) was approved by the REB on March %d. See the study binder in the ED.'
               % (acr, ctx.dname(pi), rec, rec + r.randint(30, 120), r.randint(1, 28)))
        subj = 'Study %s - amendment and enrolment update' % acr
    atts = []
    if r.random() < 0.4:
        atts.append(dict(kind='docx', filename='%s_synopsis_v4.1.docx' % acr,
                         data=A.make_docx(['# %s - synopsis' % acr] + txt.split('\n')[:5])))
    body = join(ctx.hello(), txt, ctx.bye(), ctx.signature(rc))
    return nspec(ctx, 'protocole_recherche' if ctx.fr else 'research_protocol', subj, ctx.addr(rc), [dl(ctx, s, 'recherche.neuro')[0]],
                 body, 'research protocol without participant identities', attachments=atts)


# --------------------------------------------------------------------------- N20 staff vCard
def n_staff_vcard(ctx):
    r = ctx.rng
    s = ctx.site()
    newdoc = ctx.person(ctx.c('neuro', 'neuro', 'physiatrist', 'slp'), s)
    role_note = {'neuro': ('la clinique d\'épilepsie et les lectures d\'EEG', 'the epilepsy clinic and EEG reading',
                           'Clinique : épilepsie et EEG, mardi et jeudi', 'Clinic: epilepsy and EEG, Tuesday and Thursday'),
                 'physiatrist': ('la clinique de spasticité et l\'URFI', 'the spasticity clinic and the IRF',
                                 'Clinique : spasticité (toxine), lundi', 'Clinic: spasticity (botulinum toxin), Monday'),
                 'slp': ('les évaluations de dysphagie et d\'aphasie à l\'unité AVC', 'dysphagia and aphasia assessments on the stroke unit',
                         'Unité AVC - dysphagie / aphasie', 'Stroke unit - dysphagia / aphasia')}[newdoc['role']]
    clerk = ctx.person('clerk', s)
    vc = A.make_vcard(ctx.dname(newdoc), '%s;%s;;%s;' % (newdoc['surname'], newdoc['given'], newdoc['title']),
                      tel=[('WORK', s['phone']), ('FAX', s['fax'])], email=newdoc['email'], org=s['name'],
                      titl=ctx.role_label(newdoc), adr=('WORK', '%s;%s;QC;;Canada' % (ctx.t('Clinique de neurologie, 3e étage', 'Neurology clinic, 3rd floor'), s['city'])),
                      note=ctx.t(role_note[2], role_note[3]))
    txt = ctx.t('Bienvenue à %s qui se joint à l\'équipe ce mois-ci! Sa fiche contact est jointe; %s s\'occupera de %s.'
                % (ctx.dname(newdoc), 'elle' if newdoc['sex'] == 'F' else 'il', role_note[0]),
                'Welcome to %s who joins the team this month! Contact card attached; %s will cover %s.'
                % (ctx.dname(newdoc), 'she' if newdoc['sex'] == 'F' else 'he', role_note[1]))
    body = join(ctx.hello(), txt, ctx.signature(clerk))
    return nspec(ctx, 'vcard_personnel' if ctx.fr else 'staff_vcard', ctx.t('Bienvenue - nouvelle recrue', 'Welcome - new colleague'),
                 ctx.addr(clerk), [dl(ctx, s, 'neuro')[0]], body, 'vCard of a staff member',
                 attachments=[dict(kind='vcf', filename=D.strip_accents(newdoc['surname']) + '.vcf', data=vc)])


# --------------------------------------------------------------------------- N21 meeting invite
def n_meeting_ics(ctx):
    r = ctx.rng
    s = ctx.site('hub')
    org = ctx.person(ctx.c('resident', 'coord', 'neuro'), s)
    when = ctx.when()
    topic = ctx.c(('Club de lecture - EVT dans les gros infarctus (méta-analyse)', 'Journal club - EVT for large core infarcts'),
                  ('Tournée de morbidité-mortalité (cas anonymisés)', 'M&M rounds (anonymised cases)'),
                  ('Simulation code AVC - urgence', 'Code stroke simulation - ED'),
                  ('Réunion multidisciplinaire SEP', 'MS multidisciplinary meeting'))
    summ = topic[0] if ctx.fr else topic[1]
    ics = A.make_ics('mtg-%08x@%s' % (r.getrandbits(32), s['dom']), when, when + datetime.timedelta(hours=1), summ,
                     description=ctx.t('Lien Teams dans l\'invitation. Dîner servi.', 'Teams link in the invite. Lunch provided.'),
                     location=ctx.c('Salle 4.115', 'Amphithéâtre B', 'Teams'), organizer=(ctx.dname(org), org['email']))
    body = join(ctx.hello(), ctx.t('Invitation : %s, %s.' % (summ, ctx.fdate(when)), 'Invitation: %s, %s.' % (summ, ctx.fdate(when))),
                ctx.signature(org, short=True))
    return nspec(ctx, 'invitation_reunion' if ctx.fr else 'meeting_invite', summ, ctx.addr(org), [dl(ctx, s, 'neuro.tous')[0]],
                 body, 'calendar invitation for rounds / journal club',
                 attachments=[dict(kind='ics', filename='invite.ics', data=ics, invite=r.random() < 0.6)])


# --------------------------------------------------------------------------- N22 training roster (staff)
def n_training(ctx):
    r = ctx.rng
    s = ctx.site()
    ed = ctx.person('educator', s)
    mgr = ctx.person('manager', s)
    hdr = [ctx.t('Employé', 'Employee'), ctx.t('Titre d\'emploi', 'Job title'), ctx.t('NIHSS certifié le', 'NIHSS certified'),
           ctx.t('TOR-BSST', 'TOR-BSST'), ctx.t('Échéance', 'Due')]
    rows = [hdr]
    for _ in range(r.randint(6, 12)):
        p = ctx.person(ctx.c('nurse', 'nurse', 'liaison'), s)
        d = datetime.date(2023 + r.randint(0, 1), r.randint(1, 12), r.randint(1, 28))
        rows.append([ctx.dname(p), ctx.role_label(p), d.isoformat(), ctx.c('oui', 'non') if ctx.fr else ctx.c('yes', 'no'),
                     d.replace(year=d.year + 2).isoformat()])
    kind = ctx.c('csv', 'xlsx')
    if kind == 'csv':
        att = dict(kind='csv', filename=ctx.t('certifications_NIHSS.csv', 'nihss_certifications.csv'), data=A.make_csv(rows))
    else:
        att = dict(kind='xlsx', filename=ctx.t('certifications_NIHSS.xlsx', 'nihss_certifications.xlsx'),
                   data=A.make_xlsx([('NIHSS', rows)], author=ctx.dname(ed)))
    body = join(ctx.hello(mgr), ctx.t('Voici l\'état des certifications NIHSS et de la formation au dépistage de la dysphagie '
                                      'pour votre équipe. Les renouvellements se font en ligne (2 h).',
                                      'Status of NIHSS certification and dysphagia screening training for your team. '
                                      'Renewals are online (2 h).'), ctx.signature(ed))
    return nspec(ctx, 'formation_personnel' if ctx.fr else 'staff_training', ctx.t('Certifications NIHSS - suivi', 'NIHSS certification status'),
                 ctx.addr(ed), [ctx.addr(mgr)], body, 'staff training roster (staff names and dates, no patients)', attachments=[att])


# --------------------------------------------------------------------------- N23 patient education handout
def n_education(ctx):
    r = ctx.rng
    s = ctx.site()
    a = ctx.person(ctx.c('pharm', 'nurse', 'educator'), s)
    if ctx.fr:
        paras = ['# Après un AVC : vos médicaments', 'Les antiplaquettaires (AAS, clopidogrel) réduisent le risque d\'un nouvel AVC. '
                 'Ne les cessez jamais sans en parler à votre médecin.',
                 'Si vous prenez un anticoagulant (apixaban, rivaroxaban, dabigatran), avisez votre dentiste avant toute intervention.',
                 'La statine (atorvastatine, rosuvastatine) se prend tous les jours, même si votre cholestérol est normal.',
                 'Signes d\'un AVC : VITE - composez le 911.']
        txt = 'Voici la version révisée du dépliant pour les patients. Commentaires d\'ici vendredi SVP avant l\'impression.'
        subj = 'Révision - dépliant « Après un AVC : vos médicaments »'
        fn = 'depliant_medicaments_AVC_v3.docx'
    else:
        paras = ['# After a stroke: your medications', 'Antiplatelets (ASA, clopidogrel) lower the risk of another stroke. '
                 'Never stop them without talking to your doctor.',
                 'If you take an anticoagulant (apixaban, rivaroxaban, dabigatran), tell your dentist before any procedure.',
                 'Take your statin (atorvastatin, rosuvastatin) every day, even if your cholesterol is normal.',
                 'Signs of stroke: FAST - call 911.']
        txt = 'Here is the revised patient handout. Comments by Friday please, before printing.'
        subj = 'Review - handout "After a stroke: your medications"'
        fn = 'stroke_medications_handout_v3.docx'
    atts = [dict(kind='docx', filename=fn, data=A.make_docx(paras))] if r.random() < 0.6 else []
    body = join(ctx.hello(), txt, '' if atts else '\n'.join(paras), ctx.signature(a))
    return nspec(ctx, 'enseignement_patient' if ctx.fr else 'patient_education', subj, ctx.addr(a), [dl(ctx, s, 'comite.enseignement')[0]],
                 body, 'generic patient education handout', attachments=atts)


# --------------------------------------------------------------------------- N25 audit summary
def n_audit(ctx):
    r = ctx.rng
    s = ctx.site()
    coord = ctx.person(ctx.c('coord', 'educator'), s)
    n = r.randint(30, 60)
    ok = r.randint(n // 2, n)
    if ctx.fr:
        txt = ('Résultats de l\'audit de %d dossiers (unité AVC, %s) :\n- Dépistage de la dysphagie avant toute prise PO : %d/%d\n'
               '- NIHSS documenté à l\'admission : %d/%d\n- Statine prescrite au congé (AVC ischémique) : %d/%d\n'
               '- Enseignement VITE documenté : %d/%d\n\nAucune donnée nominative n\'a été conservée.'
               % (n, ctx.c('janvier-mars', 'automne'), ok, n, r.randint(ok, n), n, r.randint(n // 2, n), n, r.randint(n // 3, n), n))
        subj = 'Audit de dossiers - résultats agrégés'
    else:
        txt = ('Results of the %d-chart audit (stroke unit, %s):\n- Dysphagia screen before any PO intake: %d/%d\n'
               '- NIHSS documented on admission: %d/%d\n- Statin at discharge (ischemic stroke): %d/%d\n'
               '- FAST teaching documented: %d/%d\n\nNo identifying data was retained.'
               % (n, ctx.c('January-March', 'fall'), ok, n, r.randint(ok, n), n, r.randint(n // 2, n), n, r.randint(n // 3, n), n))
        subj = 'Chart audit - aggregate results'
    body = join(ctx.hello(), txt, ctx.bye(), ctx.signature(coord))
    return nspec(ctx, 'audit_dossiers' if ctx.fr else 'chart_audit', subj, ctx.addr(coord), [dl(ctx, s, 'unite.avc')[0]], body,
                 'aggregate chart audit')


# --------------------------------------------------------------------------- N26 reply thread (logistics)
def n_reply_logistics(ctx):
    r = ctx.rng
    s = ctx.site()
    a = ctx.person(ctx.c('neuro', 'coord', 'slp'), s)
    b = ctx.person(ctx.c('clerk', 'manager'), s)
    if ctx.fr:
        orig = ('Bonjour %s,\nEst-ce que la salle 4.115 est libre le %d pour la formation sur la ténectéplase et le protocole de '
                'thrombolyse? On serait une quinzaine (infirmières de l\'urgence et de l\'unité AVC).\nMerci\n%s'
                % (b['given'], r.randint(2, 28), a['given']))
        top = ctx.c('Réservé de 12 h à 13 h. Le projecteur est dans l\'armoire.', 'Elle est prise, mais la 2.104 est libre.',
                    'OK, je t\'envoie l\'invitation.')
        subj = 'RE: Réservation salle - formation TNK'
        head = 'Le %s, %s a écrit :' % (ctx.fdate(ctx.when()), ctx.dname(a, False))
    else:
        orig = ('Hi %s,\nIs room 4.115 free on the %dth for the tenecteplase / thrombolysis protocol training? About fifteen of us '
                '(ED and stroke unit nurses).\nThanks\n%s' % (b['given'], r.randint(4, 20), a['given']))
        top = ctx.c('Booked 12-1 p.m. Projector is in the cabinet.', 'It is taken, but 2.104 is free.', 'OK, sending the invite.')
        subj = 'RE: Room booking - TNK training'
        head = 'On %s, %s wrote:' % (ctx.fdate(ctx.when()), ctx.dname(a, False))
    body = join(top, ctx.signature(b, short=True), head + '\n' + '\n'.join('> ' + l for l in orig.split('\n')))
    return nspec(ctx, 'reponse_logistique' if ctx.fr else 'reply_logistics', subj, ctx.addr(b), [ctx.addr(a)], body,
                 'reply thread about room booking for training', in_reply_to='%08x@%s' % (r.getrandbits(32), s['dom']))


# --------------------------------------------------------------------------- N27 policy ZIP
def n_policy_zip(ctx):
    r = ctx.rng
    s = ctx.site('hub')
    coord = ctx.person('coord', s)
    if ctx.fr:
        members = [('Protocole_thrombolyse_TNK_v3.pdf', A.make_pdf(['# Protocole de thrombolyse - ténectéplase', 'Dose : 0,25 mg/kg IV en bolus, max 25 mg.',
                                                                    'Cible TA avant : < 185/110; après : < 180/105 x 24 h.',
                                                                    'Contre-indications : voir annexe A.'], compress=True)),
                   ('Algorithme_code_AVC.docx', A.make_docx(['# Algorithme code AVC', 'Pré-alerte ambulancière -> TDM direct',
                                                             'Angio-TDM si NIHSS >= 6', 'Appel au centre EVT : ' + s['phone']])),
                   ('Lisez-moi.txt', 'Version approuvée par le comité du programme AVC.'.encode('utf-8'))]
        txt = 'Vous trouverez en pièce jointe les protocoles à jour (version approuvée). Merci de retirer les anciennes versions des unités.'
        subj = 'Protocoles AVC à jour'
        fn = 'protocoles_AVC_2025.zip'
    else:
        members = [('TNK_thrombolysis_protocol_v3.pdf', A.make_pdf(['# Thrombolysis protocol - tenecteplase', 'Dose: 0.25 mg/kg IV bolus, max 25 mg.',
                                                                    'BP before: < 185/110; after: < 180/105 x 24 h.',
                                                                    'Contraindications: see appendix A.'], compress=True)),
                   ('Code_stroke_algorithm.docx', A.make_docx(['# Code stroke algorithm', 'EMS pre-alert -> straight to CT',
                                                               'CTA if NIHSS >= 6', 'Call EVT centre: ' + s['phone']])),
                   ('README.txt', b'Version approved by the stroke program committee.')]
        txt = 'Attached are the updated protocols (approved version). Please remove old copies from the units.'
        subj = 'Updated stroke protocols'
        fn = 'stroke_protocols_2025.zip'
    body = join(ctx.hello(), txt, ctx.signature(coord))
    return nspec(ctx, 'protocoles_zip' if ctx.fr else 'protocols_zip', subj, ctx.addr(coord), [dl(ctx, s, 'unites')[0]], body,
                 'ZIP of clinical protocols (no patients)', attachments=[dict(kind='zip', filename=fn, data=A.make_zip(members))])


# --------------------------------------------------------------------------- N28 forwarded newsletter as .eml
def n_forward_eml(ctx):
    r = ctx.rng
    s = ctx.site()
    mgr = ctx.person('manager', s)
    fnd = ctx.c('Fondation Neuro-Vallée (fictive)', 'Réseau québécois de l\'épilepsie (exemple)', 'Alliance SEP Nord (exemple)')
    if ctx.fr:
        inner_body = ('Chers partenaires,\n\nLa campagne de financement annuelle a permis d\'amasser %d 000 $ pour la recherche sur '
                      'l\'AVC, l\'épilepsie et la SEP. Merci aux équipes des hôpitaux participants!\n\nProchain webinaire : « Vivre avec '
                      'l\'aphasie » le %d juin.\n\n%s' % (r.randint(40, 400), r.randint(2, 28), fnd))
        subj = 'Bilan de la campagne annuelle'
        outer = 'Pour info, à partager avec vos équipes.'
    else:
        inner_body = ('Dear partners,\n\nOur annual campaign raised $%d,000 for stroke, epilepsy and MS research. Thanks to the '
                      'participating hospital teams!\n\nNext webinar: "Living with aphasia" on June %d.\n\n%s' % (r.randint(40, 400), r.randint(2, 28), fnd))
        subj = 'Annual campaign results'
        outer = 'FYI, please share with your teams.'
    inner = dict(lang=ctx.lang, subject=subj, from_=(fnd, 'info@fondation-neuro.example'), to=[ctx.addr(mgr)], body=inner_body,
                 attachments=[], date=None)
    body = join(ctx.hello(), outer, ctx.signature(mgr, short=True))
    return nspec(ctx, 'transfert_infolettre_eml' if ctx.fr else 'forwarded_newsletter_eml', ctx.t('TR: ', 'FW: ') + subj,
                 ctx.addr(mgr), [dl(ctx, s, 'chefs')[0]], body, 'foundation newsletter forwarded as message/rfc822',
                 attachments=[dict(kind='eml', filename=subj + '.eml', spec=inner, data=None)])


# --------------------------------------------------------------------------- N30 clinic contact update
def n_clinic_contact(ctx):
    r = ctx.rng
    s = ctx.site()
    clerk = ctx.person('clerk', s)
    newph = ctx.gen.phone(s['phone'][:3])
    txt = ctx.t('À compter du %d avril, la clinique de neurologie (AVC, épilepsie, SEP) déménage au 3e étage, aile C. '
                'Nouveau numéro de prise de rendez-vous : %s; télécopieur des références : %s. Adresse postale inchangée : '
                '%d, boulevard de l\'Hôpital, %s.' % (r.randint(1, 28), newph, s['fax'], r.randint(100, 3000), s['city']),
                'As of April %d, the neurology clinic (stroke, epilepsy, MS) moves to the 3rd floor, wing C. New booking number: %s; '
                'referral fax: %s. Mailing address unchanged: %d Hospital Boulevard, %s.' % (r.randint(1, 28), newph, s['fax'],
                                                                                          r.randint(100, 3000), s['city']))
    body = join(ctx.hello(), txt, ctx.bye(), ctx.signature(clerk))
    return nspec(ctx, 'coordonnees_clinique' if ctx.fr else 'clinic_contact_update',
                 ctx.t('Nouvelles coordonnées - clinique de neurologie', 'New contact info - neurology clinic'), ctx.addr(clerk),
                 [dl(ctx, 'gmf', 'medecins.referents')[0]], body, 'clinic address and phone change')


# --------------------------------------------------------------------------- N31 retirement / kudos
def n_social_staff(ctx):
    r = ctx.rng
    s = ctx.site()
    mgr = ctx.person('manager', s)
    hon = ctx.person(ctx.c('neuro', 'nurse', 'slp'), s)
    v = r.randint(0, 1)
    if v == 0:
        txt = ctx.t('Après %d ans à soigner les personnes atteintes d\'épilepsie et de SEP, %s prend sa retraite! 5 à 7 le %d juin '
                    'à la cafétéria. Contribution pour le cadeau auprès de l\'agente administrative.' % (r.randint(25, 38), ctx.dname(hon), r.randint(2, 27)),
                    'After %d years caring for people with epilepsy and MS, %s is retiring! Reception on June %d in the cafeteria. '
                    'Gift contributions to the admin agent.' % (r.randint(25, 38), ctx.dname(hon), r.randint(2, 27)))
        subj = ctx.t('Départ à la retraite - %s' % ctx.dname(hon), 'Retirement - %s' % ctx.dname(hon))
    else:
        txt = ctx.t('Un immense merci à l\'équipe de nuit : code AVC cette nuit avec un délai porte-aiguille de %d minutes et un '
                    'transfert EVT en moins d\'une heure. Travail d\'équipe exemplaire!' % r.randint(14, 25),
                    'Huge thanks to the night team: code stroke last night with a %d-minute door-to-needle time and an EVT transfer '
                    'in under an hour. Outstanding teamwork!' % r.randint(14, 25))
        subj = ctx.t('Bravo à l\'équipe de nuit!', 'Kudos to the night team!')
    body = join(ctx.hello(), txt, ctx.signature(mgr))
    return nspec(ctx, 'vie_equipe' if ctx.fr else 'team_news', subj, ctx.addr(mgr), [dl(ctx, s, 'equipe')[0]], body,
                 'staff retirement or kudos note, no patient identity')


# --------------------------------------------------------------------------- N33 guideline / formulary update
def n_guideline(ctx):
    r = ctx.rng
    s = ctx.site('hub')
    ph = ctx.person(ctx.c('pharm', 'chief'), s)
    v = r.randint(0, 1)
    if ctx.fr:
        txt = ['Mise à jour des recommandations : ténectéplase 0,25 mg/kg (max 25 mg) devient l\'agent de premier choix; double '
               'antiplaquettaire (AAS + clopidogrel) 21 jours après AIT à haut risque ou AVC mineur (NIHSS <= 3); anticoagulation '
               'en FA débutée J1-J3-J6-J12 selon la sévérité.',
               'Décisions du comité de pharmacologie : ajout au formulaire de l\'ocrélizumab SC (SEP), du cénobamate (épilepsie '
               'réfractaire, sur ordonnance d\'un neurologue), retrait du phénobarbital IV 130 mg/mL format 1 mL.'][v]
        subj = ['Nouvelles recommandations AVC - résumé', 'Comité de pharmacologie - décisions de mars'][v]
    else:
        txt = ['Guideline update: tenecteplase 0.25 mg/kg (max 25 mg) is now first-line; dual antiplatelet (ASA + clopidogrel) '
               'for 21 days after high-risk TIA or minor stroke (NIHSS <= 3); AF anticoagulation started day 1-3-6-12 by severity.',
               'P&T committee decisions: ocrelizumab SC (MS) and cenobamate (refractory epilepsy, neurologist only) added to the '
               'formulary; phenobarbital IV 130 mg/mL 1 mL vial removed.'][v]
        subj = ['New stroke guidelines - summary', 'P&T committee - March decisions'][v]
    body = join(ctx.hello(), txt, ctx.bye(), ctx.signature(ph))
    return nspec(ctx, 'lignes_directrices' if ctx.fr else 'guideline_update', subj, ctx.addr(ph), [dl(ctx, s, 'prescripteurs')[0]],
                 body, 'guideline / formulary update with drug names and doses, no patient')


# --------------------------------------------------------------------------- N35 bed occupancy (aggregate)
def n_beds(ctx):
    r = ctx.rng
    s = ctx.site('acute')
    coord = ctx.person('coord', s)
    occ = r.randint(22, 30)
    txt = ctx.t('État des lits 7 h : unité AVC %d/30 occupés, %d patients en attente d\'URFI, %d NSA en attente de CHSLD, '
                '%d à l\'urgence en attente d\'un lit. Congés prévus aujourd\'hui : %d.' % (occ, r.randint(2, 8), r.randint(1, 6),
                                                                                        r.randint(0, 5), r.randint(1, 6)),
                'Bed status 7 a.m.: stroke unit %d/30 occupied, %d awaiting IRF, %d ALC awaiting LTC, %d in the ED waiting for a bed. '
                'Planned discharges today: %d.' % (occ, r.randint(2, 8), r.randint(1, 6), r.randint(0, 5), r.randint(1, 6)))
    body = join(ctx.hello(), txt, ctx.signature(coord, short=True))
    return nspec(ctx, 'etat_des_lits' if ctx.fr else 'bed_status', ctx.t('État des lits - unité AVC', 'Bed status - stroke unit'),
                 ctx.addr(coord), [dl(ctx, s, 'gestion.lits')[0]], body, 'aggregate bed occupancy')


# --------------------------------------------------------------------------- N36 clinic cancellation (staff absence)
def n_clinic_cancel(ctx):
    r = ctx.rng
    s = ctx.site()
    clerk = ctx.person('clerk', s)
    doc = ctx.person('neuro', s)
    when = ctx.when()
    clinic = ctx.c(('clinique d\'épilepsie', 'epilepsy clinic'), ('clinique SEP', 'MS clinic'),
                   ('clinique AIT', 'TIA clinic'), ('clinique de spasticité', 'spasticity clinic'))
    if ctx.fr:
        txt = ('La %s de %s du %s est annulée (absence). Les %d patients prévus seront recontactés par l\'équipe administrative; '
               'les cas urgents seront vus par le neurologue de garde.' % (clinic[0], ctx.dname(doc), ctx.fdate(when, False), r.randint(8, 18)))
        subj = 'Annulation - %s %s' % (clinic[0], ctx.dname(doc))
    else:
        txt = ('%s\'s %s on %s is cancelled (absence). The %d booked patients will be called by the admin team; urgent cases will '
               'be seen by the neurologist on call.' % (ctx.dname(doc), clinic[1], ctx.fdate(when, False), r.randint(8, 18)))
        subj = 'Cancelled - %s %s' % (ctx.dname(doc), clinic[1])
    body = join(ctx.hello(), txt, ctx.signature(clerk))
    return nspec(ctx, 'annulation_clinique' if ctx.fr else 'clinic_cancellation', subj, ctx.addr(clerk),
                 [dl(ctx, s, 'clinique.neuro')[0]], body, 'clinic cancellation due to physician absence (no patient names)')


# --------------------------------------------------------------------------- N37 referral criteria
def n_referral_criteria(ctx):
    r = ctx.rng
    s = ctx.site('hub')
    chief = ctx.person('chief', s)
    if ctx.fr:
        txt = ('Rappel des critères de référence à la clinique d\'AIT (délai < 24 h) :\n- déficit moteur ou trouble du langage '
               'transitoire dans les 48 dernières heures\n- cécité monoculaire transitoire\n- sténose carotidienne connue > 50 %% '
               'symptomatique\n\nRéférer par télécopieur au %s avec le formulaire standardisé (NAM, date de naissance et liste de '
               'médicaments obligatoires). Aucune référence par courriel svp.' % s['fax'])
        subj = 'Critères de référence - clinique AIT'
    else:
        txt = ('Reminder of TIA clinic referral criteria (seen < 24 h):\n- transient motor deficit or speech disturbance in the last '
               '48 hours\n- transient monocular blindness\n- known symptomatic carotid stenosis > 50%%\n\nRefer by fax to %s with the '
               'standard form (RAMQ number, date of birth and medication list required). No e-mail referrals please.' % s['fax'])
        subj = 'Referral criteria - TIA clinic'
    body = join(ctx.hello(), txt, ctx.bye(), ctx.signature(chief))
    return nspec(ctx, 'criteres_reference' if ctx.fr else 'referral_criteria', subj, ctx.addr(chief), [dl(ctx, 'gmf', 'medecins')[0]],
                 body, 'referral criteria mentioning NAM and DOB fields but no patient')


NEG_B = [n_newsletter, n_conference, n_directory, n_stats, n_blank_form, n_teaching, n_research, n_staff_vcard, n_meeting_ics,
         n_training, n_education, n_audit, n_reply_logistics, n_policy_zip, n_forward_eml, n_clinic_contact, n_social_staff,
         n_guideline, n_beds, n_clinic_cancel, n_referral_criteria]
