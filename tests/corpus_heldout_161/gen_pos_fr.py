"""French positive messages, part 1: referrals, SAD, housing, protection, youth protection."""
import datetime

import gen_common as C
import gen_attach as A
from gen_render import Att
from gen_tpl import ext, pdf_att, docx_att, xlsx_att, fname_part, reply_attr, outlook_head, fwd_head

DX_AGE = [
    ('TNC majeur de type Alzheimer, stade modéré', 'donépézil (Aricept) 10 mg DIE'),
    ('fracture de la hanche droite, ostéosynthèse le {d}', 'Eliquis 2,5 mg BID x 35 jours'),
    ('AVC ischémique sylvien gauche, aphasie d\'expression et hémiparésie droite', 'clopidogrel 75 mg DIE'),
    ('MPOC sévère, O2 à domicile 2 L/min', 'Trelegy Ellipta 1 inh. DIE'),
    ('insuffisance cardiaque décompensée (FEVG 30 %)', 'furosémide 40 mg BID'),
    ('maladie de Parkinson avec chutes à répétition', 'Sinemet 100/25 TID'),
    ('délirium sur infection urinaire, résolu; TNC léger sous-jacent', 'quétiapine 12,5 mg HS PRN'),
    ('amputation transtibiale gauche (diabète type 2)', 'insuline glargine 22 u HS'),
    ('néoplasie pulmonaire métastatique, approche palliative', 'hydromorphone 1 mg s.c. q4h PRN'),
    ('chute avec fracture de l\'humérus gauche, traitement conservateur', 'acétaminophène 1 g QID'),
]
DX_ADULT = [
    ('trouble lié à l\'usage de l\'alcool, sevrage compliqué (convulsions)', 'thiamine 100 mg DIE'),
    ('schizophrénie, décompensation psychotique', 'Invega Sustenna 150 mg IM q 1 mois'),
    ('trouble bipolaire type I, épisode maniaque', 'lithium 300 mg BID (lithémie 0,8)'),
    ('traumatisme crânio-cérébral léger suite à une agression', 'acétaminophène PRN'),
    ('pancréatite aiguë d\'origine alcoolique', 'Creon 25 000 avec repas'),
    ('cellulite du membre inférieur droit, plaie chronique', 'céfalexine 500 mg QID x 10 j'),
    ('dépression majeure avec idées suicidaires', 'sertraline 100 mg DIE'),
    ('insuffisance rénale terminale, hémodialyse 3x/sem', 'Renvela 800 mg TID'),
]
SOC_AGE = [
    'vit seule dans un logement au 2e étage sans ascenseur',
    'vit avec son conjoint de 89 ans, lui-même en perte d\'autonomie',
    'fille unique à Calgary, aucun autre réseau',
    'veuve depuis mars, isolement important, refuse l\'aide jusqu\'ici',
    'le fils qui l\'héberge nomme un épuisement marqué',
    'logement encombré (insalubrité signalée par le propriétaire)',
    'revenus limités : PSV + SRG seulement, loyer à 62 % du revenu',
    'aucun répondant, pas de mandat de protection connu',
]
BESOINS = ['aide au bain 2x/sem', 'aide à l\'habillement le matin', 'surveillance de la prise de médicaments (dispill)',
           'popote roulante 5 repas/sem', 'évaluation ergo du domicile (barres, banc de bain)', 'suivi infirmier : pansement 3x/sem',
           'évaluation du proche aidant', 'répit pour le conjoint', 'soutien psychosocial (deuil)', 'téléassistance (bouton d\'urgence)']


def ident_lines(c, p, with_nam=True, with_addr=True, with_mrn=None, name_style=None):
    r = c.rec
    lines = []
    lines.append(('Nom', r.name(p, name_style or c.choice(['upper_comma', 'comma', 'upper']))))
    dob = c.dob(p)
    lines.append(('Date de naissance', dob + ('   Sexe : %s' % p.sex if p.nam and c.chance(0.6) else '')))
    if with_nam and p.nam:
        lines.append(('NAM', r.nam(p, c.choice(['space', 'space', 'plain', 'hyphen', 'dots', 'fullwidth', 'odd']))))
    if with_mrn or (with_mrn is None and c.chance(0.5)):
        lines.append(('N° dossier HSA', c.mrn(p)))
    if with_addr:
        lines.append(('Adresse', p.full_address('fr')))
        lines.append(('Tél.', c.phone(p)))
    return lines


def kv_text(lines):
    return '\n'.join('%s : %s' % kv for kv in lines)


# --------------------------------------------------------------------------- 1. demande SAD

def f_demande_sad(c):
    p = c.patient(55, 95, p_holder=0.9)
    ts = c.staff('Travailleuse sociale')
    dx, med = c.choice(DX_AGE)
    dx = dx.replace('{d}', c.short(c.earlier(3, 9)))
    soc = c.rng.sample(SOC_AGE, 2)
    bes = c.rng.sample(BESOINS, 3)
    conge = c.later(2, 6)
    ident = ident_lines(c, p, with_addr=True)
    types = {'patient_name', 'date_of_birth', 'patient_contact', 'diagnosis', 'social_information'}
    if any(k.startswith('N° dossier') for k, _ in ident):
        types.add('mrn')
    body_info = [
        ('h', 'Motif de la demande'),
        'Congé prévu le %s. Demande d\'ouverture de dossier SAD en prévision du retour à domicile.' % c.d(conge, True),
        ('h', 'Diagnostic principal'), dx,
        ('h', 'Situation psychosociale'), '; '.join(soc).capitalize() + '.',
        ('h', 'Besoins identifiés'), '\n'.join('- ' + b for b in bes),
    ]
    if c.chance(0.5):
        fn = 'Demande_SAD_%s.pdf' % fname_part(p, c.choice(['us', 'cap']))
        pdf = A.make_pdf('Demande de services – Soutien à domicile', [('kv', ident)] + body_info, author=ts.name,
                         header='%s – Service social hospitalier' % C.SITE_FR)
        blocks = ['Bonjour,',
                  'Vous trouverez ci-jointe une demande SAD pour un congé prévu %s. Le formulaire OEMC suivra par le '
                  'système dès que l\'ergo aura complété son volet.' % c.d(conge, True),
                  'N\'hésitez pas à m\'appeler pour toute question.', ts.sig(c.rng)]
        subj = c.choice(['Demande SAD – congé %s' % c.short(conge), 'Nouvelle demande SAD (congé prévu %s)' % c.short(conge),
                         'Réf. SAD – 4e Nord'])
        return c.spec('demande_sad', 'demande SAD en PDF joint', ts, [ext('clsc_vm')], subj, blocks, types,
                      atts=[pdf_att(fn, pdf)])
    txt = []
    for b in body_info:
        txt.append(b[1] + ' :' if isinstance(b, tuple) else b)
    blocks = ['Bonjour,', 'Demande de services SAD pour l\'usager suivant :', kv_text(ident),
              '\n'.join(txt[0:2]), '\n'.join(txt[2:4]), '\n'.join(txt[4:6]), '\n'.join(txt[6:8]),
              'Médication pertinente : %s.' % med, 'Merci de confirmer la réception.', ts.sig(c.rng)]
    types.add('medication')
    if c.chance(0.5):
        blocks.insert(-2, 'Derniers résultats : Hb %d g/L, albumine %d g/L, créat %d µmol/L (%s).' % (
            c.rng.randint(88, 121), c.rng.randint(24, 33), c.rng.randint(70, 160), c.short(c.earlier(0, 2))))
        types.add('lab_result')
    subj = 'Demande SAD – %s' % p.name('upper', 'fr') if c.chance(0.4) else 'Demande de services SAD'
    return c.spec('demande_sad', 'demande SAD dans le corps', ts, [ext('clsc_vm')], subj, blocks, types,
                  cc=[c.staff('Infirmière de liaison')] if c.chance(0.5) else [])


# --------------------------------------------------------------------------- 2. hébergement

def f_hebergement(c):
    p = c.patient(72, 97, p_holder=0.9)
    ts = c.staff('Travailleuse sociale')
    dx = c.choice(['TNC majeur mixte avec SCPD (errance, agitation en soirée)', 'TNC majeur de type Alzheimer, stade avancé',
                   'séquelles d\'AVC avec dysphagie et incontinence', 'maladie de Parkinson avec démence'])
    smaf = c.rng.randint(9, 13)
    aidant = c.choice(['son conjoint (88 ans)', 'sa fille', 'son fils', 'sa nièce'])
    r = c.rec
    nm = r.name(p, c.choice(['title_full', 'title', 'upper_comma']))
    dob = c.dob(p)
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'social_information'}
    kv = [('Usager', nm), ('Date de naissance', dob)]
    if p.nam:
        kv.append(('NAM', r.nam(p, c.choice(['space', 'plain', 'slash']))))
    kv += [('Profil ISO-SMAF', str(smaf)), ('Milieu actuel', 'CH – unité de courte durée gériatrique (NSA depuis le %s)' % c.short(c.earlier(10, 40))),
           ('Orientation demandée', c.choice(['CHSLD', 'RI – ressource intermédiaire', 'CHSLD (unité prothétique)']))]
    blocks = ['Bonjour,',
              'Je vous transmets la demande d\'hébergement pour l\'usager ci-dessous. L\'évaluation psychosociale est jointe.',
              kv_text(kv),
              'Diagnostic : %s.' % dx,
              'Contexte : %s ne peut plus assurer la sécurité à domicile malgré le SAD maximal (%s h/sem). '
              'Épuisement important du proche aidant, qui a dû être vu à l\'urgence pour des douleurs thoraciques. '
              'L\'usager est inapte à consentir ; %s a signé à titre de %s.' % (
                  aidant, c.rng.randint(14, 28), aidant, c.choice(['mandataire (mandat homologué en 2022)', 'proche répondant'])),
              ts.sig(c.rng)]
    doc = A.make_docx('Évaluation psychosociale – demande d\'hébergement',
                      [('kv', kv), ('h', 'Histoire sociale'),
                       '%s a travaillé comme %s. %s.' % (p.given, c.choice(['couturière', 'camionneur', 'enseignante', 'agriculteur', 'secrétaire']),
                                                         c.choice(SOC_AGE).capitalize()),
                       ('h', 'Analyse'), 'Le maintien à domicile n\'est plus sécuritaire. Diagnostic : %s.' % dx,
                       ('h', 'Recommandation'), 'Hébergement permanent, secteur Vieux-Moulin de préférence (proximité du conjoint).'],
                      author=ts.name)
    fn = c.choice(['Eval_psychosociale_%s.docx' % fname_part(p, 'us'), 'Évaluation psychosociale – %s.docx' % fname_part(p, 'accent').replace('_', ' ')])
    return c.spec('hebergement', 'demande hébergement avec évaluation psychosociale', ts, [ext('mah')],
                  c.choice(['Demande d\'hébergement – %s' % p.name('rev', 'fr'), 'Demande MAH – NSA 3e Est']), blocks, types,
                  atts=[docx_att(fn, doc)])


# --------------------------------------------------------------------------- 3. note évolutive

def f_note_ts(c):
    p = c.patient(40, 92, p_holder=0.15)
    ts, col = c.staff('Travailleuse sociale'), c.staff('Travailleuse sociale')
    r = c.rec
    fam = c.choice(['la fille', 'le fils', 'la sœur', 'l\'ex-conjointe', 'le neveu'])
    d = c.earlier(0, 3)
    topic = c.rng.randrange(3)
    if topic == 0:
        content = ('Rencontre avec %s et %s au chevet. Usager orienté, souhaite retourner chez lui. %s rapporte que '
                   'l\'appartement est encombré et que le propriétaire a envoyé un avis de résiliation de bail pour le 31. '
                   'Revenus : rente RRQ + PSV. Dettes de loyer d\'environ 2 400 $. Plan : contacter le TAL (audience), '
                   'référer au comité logement, évaluer l\'aptitude à gérer ses biens avec le MD.' % (
                       r.name(p, 'title'), fam, fam.capitalize()))
        types = {'patient_name', 'social_information'}
    elif topic == 1:
        content = ('Appel de %s : inquiète, dit que %s boit davantage depuis le décès de %s, n\'ouvre plus son courrier '
                   'et a manqué deux dialyses. Plan : rencontre conjointe jeudi, vérifier l\'admissibilité au transport adapté '
                   'pour l\'hémodialyse, demande d\'évaluation en dépendance (CRD).' % (
                       fam, r.name(p, c.choice(['full', 'title_full'])), 'son conjoint' if p.sex == 'F' else 'sa conjointe'))
        types = {'patient_name', 'social_information', 'diagnosis'}
    else:
        content = ('%s (ch. %s) : refuse toujours le retour en RPA. Dit avoir peur du fils qui gère son argent '
                   '(procuration bancaire). Soupçon de maltraitance financière : retraits de 300 $ par semaine. '
                   'Application de l\'entente sociojudiciaire discutée avec la chef de service ; consentement obtenu pour '
                   'référence au CAVAC.' % (r.name(p, c.choice(['upper_comma', 'title_full'])), p.room))
        types = {'patient_name', 'social_information'}
    blocks = ['Salut %s,' % col.given,
              'Comme je suis en congé demain, je te copie ma note d\'aujourd\'hui pour que tu puisses faire le suivi :',
              ('pre', 'Note évolutive TS – %s\n%s' % (d.strftime('%Y-%m-%d'), content)),
              c.choice(['Merci beaucoup!', 'Bonne journée, merci!', 'Je te revaux ça.']), ts.sig(c.rng, short=True)]
    subj = c.choice(['Suivi pendant mon absence', 'Note à reprendre – ch. %s' % p.room, 'Pour ton suivi demain'])
    return c.spec('note_ts', 'note évolutive copiée à une collègue', ts, [col], subj, blocks, types, wrap=c.choice([None, 76]))


# --------------------------------------------------------------------------- 4. mandat de protection

def f_mandat(c):
    p = c.patient(60, 96, p_holder=0.9)
    ts = c.staff('Travailleuse sociale')
    r = c.rec
    nm = r.name(p, c.choice(['title_full', 'full']))
    dob = c.dob(p)
    dx = c.choice(['TNC majeur (MoCA 11/30)', 'TNC majeur vasculaire, inaptitude totale', 'séquelles d\'AVC hémorragique avec anosognosie'])
    notaire = c.choice(['Me Hélène Drouin', 'Me Charles Tessier', 'Me Josée Marchand'])
    mand = C.ext_person(c.rng)
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'social_information'}
    extra = ''
    if p.nam and c.chance(0.85):
        extra = ' (NAM %s)' % r.nam(p, c.choice(['space', 'plain']))
    ne = 'née' if p.sex == 'F' else 'né'
    blocks = ['%s,' % notaire,
              'Suite à notre conversation téléphonique, je vous confirme que l\'évaluation psychosociale %s, %s le %s%s, '
              'est complétée. L\'évaluation médicale %s conclut à une inaptitude totale et permanente (%s).' % (
                  ("d'" + nm) if nm[0] in 'AEIOUÉÈaeiouéè' else 'de ' + nm, ne, dob, extra, C.le_dr(C.doctor(c.rng), 'de'), dx),
              'Le mandataire désigné, %s, est prêt à agir. Je note toutefois que le second mandataire (la fille) '
              'conteste et pourrait faire opposition ; la famille est en conflit depuis la vente de la maison.' % mand,
              'Je peux vous transmettre le rapport signé dès réception de l\'autorisation de communiquer signée par le mandataire.',
              ts.sig(c.rng)]
    subj = c.choice(['Homologation du mandat – %s' % p.name('rev', 'fr'), 'Homologation mandat de protection', 'Dossier homologation – évaluation complétée'])
    if p.name('rev', 'fr') in subj:
        r.names.append(p.name('rev', 'fr'))
    return c.spec('mandat_protection', 'homologation mandat de protection au notaire', ts, [ext('notaire')], subj, blocks, types)


# --------------------------------------------------------------------------- 5. DPJ

def f_dpj(c):
    ch = c.child()
    ts = c.staff('Travailleuse sociale')
    r = c.rec
    mere = '%s %s' % (c.choice(['Karine', 'Mélanie', 'Jessica', 'Vanessa']), c.choice(C.PAT_SUR_FR))
    no = 'S-2024-%05d' % c.rng.randint(10000, 99999)
    dob = c.dob(ch)
    motif = c.choice([
        ('ecchymoses multiples d\'âges différents au dos et aux cuisses, fracture de la clavicule non expliquée',
         'fracture de la clavicule gauche, ecchymoses multiples'),
        ('enfant amené à l\'urgence en état d\'intoxication (ingestion de comprimés de la mère), mère intoxiquée à l\'arrivée',
         'intoxication accidentelle aux benzodiazépines'),
        ('retard de croissance important, poids < 3e percentile, hygiène très déficiente, rendez-vous manqués',
         'retard staturo-pondéral'),
        ('dévoilement d\'attouchements par le conjoint de la mère, fait à l\'infirmière du triage',
         'examen médico-légal fait')])
    kv = [('Enfant', r.name(ch, c.choice(['upper_comma', 'full']))), ('Date de naissance', dob)]
    if ch.nam:
        kv.append(('NAM', r.nam(ch, c.choice(['space', 'plain', 'fullwidth', 'dots']))))
    kv += [('N° dossier', c.mrn(ch)), ('Mère', mere), ('Adresse connue', ch.full_address('fr'))]
    blocks = ['Bonjour,',
              'Pour faire suite à mon signalement téléphonique de ce matin (n° de référence %s), voici la confirmation écrite demandée.' % no,
              kv_text(kv),
              'Motif : %s.' % motif[0],
              'Constat médical : %s. L\'enfant demeure hospitalisé(e) en pédiatrie jusqu\'à l\'évaluation de la DPJ. '
              'La mère a été informée du signalement et a quitté l\'hôpital en colère ; sécurité avisée.' % motif[1],
              ts.sig(c.rng)]
    return c.spec('signalement_dpj', 'confirmation écrite de signalement DPJ', ts, [ext('dpj')],
                  c.choice(['Confirmation écrite – signalement %s' % no, 'Signalement %s – confirmation' % no]), blocks,
                  {'patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'social_information', 'patient_contact'},
                  importance='high')


# --------------------------------------------------------------------------- 6. rencontre familiale (ICS)

def f_rencontre(c):
    p = c.patient(60, 95, p_holder=0.15)
    ts = c.staff('Travailleuse sociale')
    md = C.doctor(c.rng)
    r = c.rec
    when = c.later(1, 6)
    h = c.choice([10, 13, 14, 15])
    start = datetime.datetime(when.year, when.month, when.day, h, 0)
    end = start + datetime.timedelta(minutes=60)
    nm = r.name(p, c.choice(['title', 'title_full', 'upper_comma']))
    summary = 'Rencontre familiale – %s (%s)' % (nm, p.room + p.bed)
    obj = c.choice(['Objectifs : orientation au congé (refus d\'hébergement de l\'usagère vs épuisement du conjoint), niveau de soins, '
                    'statut de la demande de mandat.',
                    'Objectifs : annoncer le pronostic (néo pancréas métastatique), discuter du NIM et des soins palliatifs à domicile vs '
                    'maison de soins palliatifs ; la famille demande un interprète (espagnol).',
                    'Objectifs : plan de congé après AVC, capacité du fils à héberger, demande SAD et transport adapté.'])
    att = [(ts.name, ts.email), (md, 'md.%d@%s' % (c.rng.randint(100, 999), C.DOM))]
    ics = A.make_ics(c.uid('rf'), datetime.datetime(2024, 10, 1, 12, 0), start, end, summary, obj,
                     'Salle des familles, 4e Nord, %s' % C.SITE_FR, (ts.name, ts.email), att)
    blocks = ['Bonjour,', 'Je vous envoie l\'invitation pour la rencontre de famille. La famille sera présente '
              '(conjoint et deux enfants, dont un par Teams).', ts.sig(c.rng, short=True)]
    types = {'patient_name', 'social_information', 'diagnosis'} if 'néo' in obj or 'AVC' in obj else {'patient_name', 'social_information'}
    return c.spec('rencontre_famille', 'invitation rencontre familiale ICS', ts, [(md, att[1][1]), c.staff('Infirmière de liaison')],
                  summary, blocks, types,
                  atts=[Att('invite.ics', ics, 'text/calendar; method=REQUEST', charset='utf-8', cte=c.choice(['base64', 'quoted-printable', '8bit']))])


# --------------------------------------------------------------------------- 7. liste NSA

def f_liste_nsa(c):
    ts = c.staff('Coordonnatrice de la trajectoire NSA')
    r = c.rec
    rows = []
    for i in range(c.rng.randint(5, 8)):
        p = c.patient(65, 97, p_holder=0.1)
        orient = c.choice(['CHSLD', 'RI', 'RPA + SAD', 'Retour domicile + SAD', 'URFI', 'Soins palliatifs'])
        barr = c.choice(['attente place CHSLD', 'curatelle en cours', 'famille refuse RI', 'logement insalubre',
                         'aucun répondant', 'attente homologation', 'épuisement aidant', 'attente évaluation OEMC'])
        dx = c.choice(['TNC majeur', 'fx hanche', 'AVC', 'MPOC', 'IC', 'chutes', 'Parkinson', 'délirium'])
        rows.append([p.room + p.bed, r.name(p, c.choice(['upper_comma', 'rev'])), c.mrn(p, 'plain'), str(p.age), dx, orient, barr,
                     str(c.rng.randint(3, 95))])
    header = ['Ch.', 'Usager', 'Dossier', 'Âge', 'Dx', 'Orientation', 'Enjeu', 'Jours NSA']
    types = {'patient_name', 'mrn', 'diagnosis', 'social_information'}
    if c.chance(0.5):
        x = A.make_xlsx([('NSA %s' % c.day.strftime('%Y-%m-%d'), header, rows)], author=ts.name)
        blocks = ['Bonjour à tous,', 'Ci-joint la liste NSA à jour pour la rencontre de flux de demain 8 h 30.',
                  'Merci de mettre à jour vos colonnes avant 16 h.', ts.sig(c.rng)]
        return c.spec('liste_nsa', 'liste NSA en XLSX', ts, [c.staff(), c.staff(), c.staff('Infirmière de liaison')],
                      'Liste NSA – %s' % c.day.strftime('%Y-%m-%d'), blocks, types,
                      atts=[xlsx_att('Liste_NSA_%s.xlsx' % c.day.strftime('%Y%m%d'), x)])
    blocks = ['Bonjour,', 'Voici les usagers NSA du 4e Nord pour la rencontre de ce matin :', ('table', header, rows),
              'Les cas en rouge (curatelle, homologation) à discuter en priorité.', ts.sig(c.rng, short=True)]
    return c.spec('liste_nsa', 'liste NSA en tableau', ts, [c.staff(), c.staff()], 'Rencontre flux NSA – 4e Nord', blocks, types,
                  prefer=c.choice(['html', 'alt', None]), table_style=c.choice(['pad', 'tab', 'pipe']))


# --------------------------------------------------------------------------- 8. logement

def f_logement(c):
    p = c.patient(35, 85, p_holder=0.2)
    ts = c.staff('Travailleuse sociale')
    r = c.rec
    dx = c.choice(['MPOC sévère, oxygénothérapie continue', 'sclérose en plaques, déplacements en fauteuil roulant',
                   'insuffisance cardiaque avec dyspnée à l\'effort', 'amputation bilatérale des orteils, marchette'])
    nm = r.name(p, 'title_full')
    revenu = c.choice(['aide sociale (programme de solidarité sociale)', 'PSV et SRG', 'rente d\'invalidité RRQ'])
    letter = ['Objet : Demande de logement à loyer modique – appui au dossier de %s' % nm,
              'Madame, Monsieur,',
              'Je suis la travailleuse sociale de %s, présentement hospitalisé%s à l\'%s. '
              '%s est atteint%s de %s. Son logement actuel, situé au %s, est au 3e étage sans ascenseur et '
              'présente des moisissures importantes documentées par la municipalité.' % (
                  nm, 'e' if p.sex == 'F' else '', C.SITE_FR, p.title('fr') + ' ' + p.surname, 'e' if p.sex == 'F' else '', dx, p.full_address('fr')),
              'Ses revenus se limitent à %s. Le loyer actuel représente plus de 55 %% de son revenu.' % revenu,
              'Compte tenu de ces éléments, je vous demande de considérer sa demande en priorité (motif de santé). '
              'On peut joindre %s au %s.' % (p.title('fr') + ' ' + p.surname, c.phone(p)),
              'Veuillez agréer mes salutations distinguées.', ts.name + '\n' + ts.role + '\n' + C.SITE_FR]
    types = {'patient_name', 'diagnosis', 'social_information', 'patient_contact'}
    if c.chance(0.55):
        doc = A.make_docx('Lettre d\'appui – logement', letter, author=ts.name)
        fn = 'Lettre_appui_OMH_%s.docx' % fname_part(p, c.choice(['us', 'cap', 'dash']))
        blocks = ['Bonjour,', 'Tel que discuté, voici la lettre d\'appui pour la demande de HLM. La demande d\'admissibilité '
                  'a été remplie avec l\'usager hier.', 'Merci de m\'aviser s\'il manque un document (avis de cotisation ?).', ts.sig(c.rng)]
        return c.spec('logement', 'lettre d\'appui OMH en DOCX', ts, [ext('omh')], 'Demande HLM – lettre d\'appui', blocks, types,
                      atts=[docx_att(fn, doc)])
    return c.spec('logement', 'lettre d\'appui OMH dans le corps', ts, [ext('omh')],
                  c.choice(['Appui – demande de logement', 'Lettre d\'appui – %s' % p.name('rev', 'fr')]), letter[1:], types)


# --------------------------------------------------------------------------- 9. aide financière

def f_aide_fin(c):
    p = c.patient(25, 64, p_holder=0.9)
    ts = c.staff('Travailleuse sociale')
    r = c.rec
    dx, med = c.choice(DX_ADULT)
    sin = r.sin(c.rng, c.choice(['space', 'hyphen', 'plain', 'dots']))
    kv = [('Nom', r.name(p, c.choice(['upper_comma', 'comma']))), ('Date de naissance', c.dob(p)), ('NAS', sin)]
    if p.nam and c.chance(0.7):
        kv.append(('NAM', r.nam(p, 'space')))
    kv += [('Adresse', p.full_address('fr'))]
    blocks = ['Bonjour Mme %s,' % c.choice(C.STAFF_SUR_FR),
              'Je vous transmets les informations pour l\'usager que nous avons rencontré ensemble par téléphone. '
              'Le rapport médical (SR-2100) pour contraintes sévères à l\'emploi a été signé par %s.' % C.le_dr(C.doctor(c.rng)),
              kv_text(kv),
              'Diagnostic au rapport : %s. Durée prévisible : plus de 12 mois.' % dx,
              'L\'usager n\'a plus de revenu depuis la fin de ses prestations d\'assurance-emploi et a reçu un avis de son propriétaire. '
              'Une aide de dernier recours d\'urgence serait nécessaire pour le loyer de novembre.',
              ts.sig(c.rng)]
    return c.spec('aide_financiere', 'demande d\'aide financière de dernier recours', ts, [ext('aide_fin')],
                  'Demande d\'aide financière – contraintes sévères', blocks,
                  {'patient_name', 'date_of_birth', 'diagnosis', 'social_information', 'patient_contact'})


# --------------------------------------------------------------------------- 10. proche aidant / répit

def f_repit(c):
    p = c.patient(65, 95, p_holder=0.15)
    ts = c.staff('Travailleuse sociale')
    r = c.rec
    rel = c.choice(['conjointe', 'fille', 'conjoint', 'fils'])
    fem = rel in ('conjointe', 'fille')
    aid = '%s %s' % (c.choice(['Lise', 'Francine', 'Chantal', 'Nicole', 'Carole']) if fem else c.choice(['Réal', 'Normand', 'Serge', 'Alain']),
                     p.surname if rel in ('fille', 'fils') else c.choice(C.PAT_SUR_FR))
    blocks = ['Bonjour,',
              'Je souhaite référer %s (%s de notre %s %s, %d ans, atteint%s de %s) à vos services de répit et au groupe de soutien.' % (
                  aid, rel, 'usagère' if p.sex == 'F' else 'usager', r.name(p, c.choice(['full', 'title_full'])), p.age, 'e' if p.sex == 'F' else '',
                  c.choice(['la maladie d\'Alzheimer', 'Parkinson avec hallucinations', 'TNC frontotemporal'])),
              '%s présente des signes importants d\'épuisement : insomnie, pleurs, dit « ne plus en pouvoir ». Le score au '
              'Zarit est de %d/88. %s a consenti à la référence.' % (aid.split(' ')[0], c.rng.randint(52, 74), 'Elle' if fem else 'Il'),
              '%s au %s. Le meilleur moment pour appeler est en avant-midi au %s.' % (
                  'Le couple habite' if rel.startswith('conjoint') else 'Ils habitent ensemble', p.full_address('fr'), c.phone(p)),
              'Merci !', ts.sig(c.rng)]
    return c.spec('proche_aidant', 'référence répit pour aidant épuisé', ts, [c.choice([ext('repit'), ext('alz')])],
                  c.choice(['Référence – proche aidant épuisé', 'Demande de répit', 'Référence groupe de soutien + répit']), blocks,
                  {'patient_name', 'diagnosis', 'social_information', 'patient_contact'})


# --------------------------------------------------------------------------- 11. violence conjugale

def f_violence(c):
    p = c.pools.invented(c.rng, 22, 55, 'fr', sex='F')
    ts = c.staff('Travailleuse sociale')
    r = c.rec
    safe = C.phone(c.rng)
    blocks = ['Bonjour,',
              'Tel que convenu au téléphone, voici la référence pour %s, %d ans, vue à l\'urgence cette nuit.' % (
                  r.name(p, c.choice(['full', 'upper_comma'])), p.age),
              'Blessures : %s. Elle dévoile de la violence conjugale depuis environ deux ans (contrôle, menaces de mort, étranglement '
              'il y a trois semaines). Deux enfants de 4 et 7 ans, actuellement chez la grand-mère maternelle.' % c.choice([
                  'fracture de l\'os nasal et contusions au cou', 'lacération au cuir chevelu suturée, ecchymoses aux avant-bras',
                  'commotion cérébrale, contusion costale']),
              'Elle souhaite une place en maison d\'hébergement à sa sortie, prévue vers %s. NE PAS appeler au domicile. '
              'Numéro sécuritaire (cellulaire d\'une amie) : %s.' % (c.hour(), safe),
              'Plainte policière : %s.' % c.choice(['faite, enquêteur assigné', 'pas encore, elle y réfléchit', 'faite, conjoint arrêté puis libéré sous conditions']),
              ts.sig(c.rng)]
    return c.spec('violence_conjugale', 'référence maison d\'hébergement', ts, [ext('maison')], c.choice(['Référence – urgent', 'Demande de place ce soir']),
                  blocks, {'patient_name', 'diagnosis', 'social_information', 'patient_contact'}, importance='high')


# --------------------------------------------------------------------------- 12. transport + équipement

def f_transport(c):
    p = c.patient(60, 95, p_holder=0.15)
    ts = c.staff(c.choice(['Agente administrative', 'Travailleuse sociale']))
    r = c.rec
    when = c.later(1, 5)
    kv = [('Usager', r.name(p, c.choice(['upper_comma', 'title_full']))), ('Chambre', p.room + p.bed),
          ('Date / heure', '%s, %s' % (c.d(when, True), c.hour())),
          ('Destination', p.full_address('fr')), ('Téléphone au domicile', c.phone(p)),
          ('Mobilité', c.choice(['civière, O2 2 L', 'fauteuil roulant, transfert à 1', 'marchette, accompagnement jusqu\'au 2e étage'])),
          ('Particularités', c.choice(['poids 124 kg', 'porteur SARM – précautions contact', 'TNC, désorienté(e) ; la fille sera sur place']))]
    types = {'patient_name', 'patient_contact', 'social_information'}
    if 'SARM' in kv[-1][1] or 'TNC' in kv[-1][1] or 'O2' in kv[-2][1]:
        types.add('diagnosis')
    blocks = ['Bonjour,', 'Je voudrais réserver un transport pour le congé de l\'usager suivant :', kv_text(kv),
              'Livraison du lit électrique et du lève-personne au domicile à confirmer la veille (le conjoint sera présent).',
              'Merci de confirmer par retour de courriel.', ts.sig(c.rng)]
    return c.spec('transport', 'réservation de transport au congé', ts, [ext('transport')],
                  'Réservation transport – congé %s' % c.short(when), blocks, types)


TEMPLATES = [(f_demande_sad, 3), (f_hebergement, 3), (f_note_ts, 2), (f_mandat, 3), (f_dpj, 3), (f_rencontre, 3),
             (f_liste_nsa, 2), (f_logement, 3), (f_aide_fin, 3), (f_repit, 3), (f_violence, 2), (f_transport, 2)]
