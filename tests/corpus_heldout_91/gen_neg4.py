"""Negative templates, part 4: richer versions of teaching cases, research notices, minutes, staff
replies, brochures, forwarded notices and memorial announcements (more variety per category)."""
from gen_attach import make_pdf
from gen_common import org, staff_member, phone, date_fr, date_en, dates
from gen_mime import Leaf, Rfc822, build_message, fmt_addr, encode_header
from gen_pos_base import finish, role, yesno
from gen_pos3 import att
from gen_style import to_list, reply_block, msg_date, compose
from gen_neg1 import _none

CASES_FR = [
    'Mme X, 67 ans, connue pour un cancer de l\'ovaire récidivant, présente une occlusion intestinale maligne. '
    'Elle refuse la sonde nasogastrique. Quelles options pharmacologiques proposeriez-vous (octréotide, dexaméthasone, '
    'halopéridol) ?',
    'M. Y, 78 ans, insuffisance cardiaque terminale, dyspnée au repos malgré furosémide SC. Son épouse demande si '
    'la morphine va « accélérer la fin ». Comment répondre ?',
    'Une patiente de 54 ans atteinte de SLA formule une demande d\'AMM mais craint de perdre la capacité de consentir. '
    'Discutez des enjeux de la renonciation au consentement final.',
    'Un homme de 81 ans avec démence avancée cesse de s\'alimenter. La famille réclame une sonde. Préparez les éléments '
    'de la rencontre familiale (pronostic, confort, alimentation de plaisir).',
    'Patient fictif de 63 ans, néo du poumon, hypercalcémie à 3,2 mmol/L, somnolent. Traiter ou non ? Discutez selon '
    'le niveau de soins.',
    'Cas composite : jeune mère de 38 ans, cancer du sein métastatique, deux enfants. Comment préparer les enfants au '
    'décès ? Ressources disponibles dans la région.',
]
CASES_EN = [
    'Mr. A, 72, with metastatic prostate cancer, develops myoclonus after hydromorphone escalation. What are your next steps?',
    'A 58-year-old woman with glioblastoma has new seizures at home. Outline a home seizure plan (buccal midazolam).',
    'Composite case: an 84-year-old man with end-stage COPD asks whether he can stop his oxygen. Discuss.',
    'A fictitious 45-year-old with refractory AML asks for MAID while his wife objects. Identify the ethical issues.',
]


def n_teaching_case(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(r.choice([1, 9, 13])))
    fr = lang == 'fr'
    cases = r.sample(CASES_FR if fr else CASES_EN, r.choice([1, 1, 2]))
    d = date_fr(r, 4) if fr else date_en(r, 4)
    if fr:
        body = ('Pour la séance d\'enseignement des résidents du %s, voici %s :\n\n%s\n\n'
                'Préparez 2-3 diapos. Références : Guide des soins palliatifs, 6e éd.'
                % (d, 'le cas (anonymisé)' if len(cases) == 1 else 'les cas (fictifs, composites)',
                   '\n\n'.join('Cas %d. %s' % (i + 1, c) for i, c in enumerate(cases))))
        subj = r.choice(['Cas clinique – enseignement', 'Club de lecture + cas', 'Cas pour mardi'])
    else:
        body = ('For the residents\' teaching session on %s, here %s:\n\n%s\n\nPrepare 2-3 slides.'
                % (d, 'is the (de-identified) case' if len(cases) == 1 else 'are the (fictitious) cases',
                   '\n\n'.join('Case %d. %s' % (i + 1, c) for i, c in enumerate(cases))))
        subj = r.choice(['Teaching case', 'Cases for Tuesday rounds'])
    return finish(r, lang, 'teaching_case', _none(), 'anonymised teaching case', subj, body, o, s, to_list(r, 4, o[1]))


PROTOCOLS = [
    ('Kétamine à faible dose pour la douleur neuropathique d\'origine cancéreuse : essai randomisé',
     'Low-dose ketamine for cancer-related neuropathic pain: an RCT',
     'adultes, cancer avancé, douleur neuropathique ≥ 4/10 malgré opioïdes', 'adults with advanced cancer and neuropathic pain >= 4/10', 60),
    ('Ventilateur portatif contre placebo pour la dyspnée en MPOC terminale', 'Handheld fan vs placebo for dyspnea in end-stage COPD',
     'MPOC GOLD 4, dyspnée au repos, pronostic > 2 semaines', 'GOLD 4 COPD, dyspnea at rest', 40),
    ('Évaluation d\'un programme de soutien au deuil en ligne pour les proches aidants',
     'Online bereavement support program for caregivers: a pilot',
     'proches endeuillés depuis 1 à 6 mois, majeurs', 'bereaved adults 1 to 6 months after the death', 120),
]


def n_research(r, lang, ctx):
    o = org(r)
    s = staff_member(r, ('coordonnatrice de recherche', 'research coordinator', False))
    fr = lang == 'fr'
    pr = r.choice(PROTOCOLS)
    pi = staff_member(r, role(1))
    num = r.randint(1, 999)
    if fr:
        body = ('Le protocole SP-2025-%03d « %s » (chercheur principal : %s) a été approuvé par le CER. '
                'Critères d\'inclusion : %s. Recrutement visé : %d participants sur 18 mois. Les infirmières peuvent remettre '
                'le dépliant aux personnes admissibles ; la coordonnatrice fera le consentement.'
                % (num, pr[0], pi.display(lang), pr[2], pr[4]))
        subj = r.choice(['Nouveau protocole de recherche approuvé', 'Recherche – recrutement ouvert'])
    else:
        body = ('Protocol PC-2025-%03d "%s" (PI: %s) was approved by the REB. Inclusion: %s. Target: %d participants '
                'over 18 months.' % (num, pr[1], pi.display(lang), pr[3], pr[4]))
        subj = r.choice(['New research protocol approved', 'Research - recruitment open'])
    return finish(r, lang, 'research_protocol', _none(), 'research protocol without participants', subj, body, o, s,
                  to_list(r, 3, o[1]))


MINUTES_FR = ['Nouvelle procédure d\'admission directe depuis l\'urgence : en vigueur le 1er avril.',
              'Pompes SC : rappel de l\'inscription du numéro de lot au registre.',
              'Rencontres familiales : viser 72 h après l\'admission ; utiliser le guide de conversation.',
              'Taux de réponse au sondage des familles : 64 %.',
              'Chariot de détresse : vérification hebdomadaire le lundi de nuit.',
              'Bénévoles : 4 nouvelles recrues, jumelage avec les anciens la première semaine.',
              'Salle des familles : nouvelle cafetière offerte par la Fondation.',
              'Formation RCR des PAB : inscription avant la fin du mois.',
              'Rappel sur les pauses : pas plus de deux personnes en même temps au poste.']
MINUTES_EN = ['Direct admission from the ER starts April 1.', 'SC pumps: record lot numbers in the log.',
              'Family meetings within 72 h of admission.', 'Family survey response rate: 64%.',
              'Crash cart check every Monday night.', 'Four new volunteers start next week.',
              'Family room: new coffee maker donated by the Foundation.']


def n_minutes(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(4))
    fr = lang == 'fr'
    pres = [staff_member(r) for _ in range(r.randint(4, 7))]
    items = r.sample(MINUTES_FR if fr else MINUTES_EN, r.randint(3, 5))
    d = date_fr(r, 3) if fr else date_en(r, 3)
    body = (('Compte rendu – réunion d\'équipe USP du %s\nPrésents : %s\n\n' if fr else
             'Minutes - PCU team meeting %s\nPresent: %s\n\n') % (d, ', '.join(p.full for p in pres)) +
            '\n'.join('%d. %s' % (i + 1, it) for i, it in enumerate(items)))
    subj = r.choice(['Compte rendu réunion d\'équipe', 'CR réunion USP', 'Procès-verbal – réunion d\'équipe']) if fr \
        else r.choice(['Team meeting minutes', 'PCU meeting notes'])
    return finish(r, lang, 'meeting_minutes', _none(), 'team minutes about processes', subj, body, o, s, to_list(r, 4, o[1]))


SWAP_FR = [('Échange de quart', 'Salut, est-ce que quelqu\'un peut prendre mon quart de nuit du %s ? J\'ai un rendez-vous '
            'médical le lendemain matin. Je peux reprendre un soir la semaine suivante.'),
           ('Covoiturage formation', 'Quelqu\'un monte à la formation sur les plaies malignes le %s ? Je peux conduire, '
            'départ du stationnement P1 à 7 h 15.'),
           ('Potluck', 'Petit potluck pour le départ à la retraite de Francine (notre PAB de nuit) le %s au poste. '
            'Inscrivez ce que vous apportez sur la feuille du frigo.')]
SWAP_EN = [('Shift swap', 'Hi, can anyone take my night shift on %s? I have a medical appointment the next morning.'),
           ('Carpool to training', 'Anyone going to the wound care training on %s? I can drive, leaving P1 at 7:15.')]


def n_reply_quoted(r, lang, ctx):
    o = org(r)
    a = staff_member(r)
    b = staff_member(r)
    fr = lang == 'fr'
    subj0, tpl = r.choice(SWAP_FR if fr else SWAP_EN)
    prev = tpl % (date_fr(r, 4) if fr else date_en(r, 4)) + '\n\n' + b.given
    hist = reply_block(r, lang, '%s <%s>' % (b.full, b.email(o[1])), 'Équipe USP' if fr else 'PCU team', msg_date(r),
                       subj0, prev)
    top = (r.choice(['Je peux, confirme avec l\'AIC.', 'Ok pour moi!', 'Compte sur moi.', 'J\'apporte des muffins!'])
           if fr else r.choice(['I can, please confirm with the ANM.', 'Works for me.', 'Count me in.']))
    text = top + '\n\n' + a.given + '\n\n' + hist + '\n'
    return finish(r, lang, 'staff_reply_quoted', _none(), 'staff reply with quoted history (%s)' % subj0,
                  ('RE: ' if fr else 'Re: ') + subj0, '', o, a, [(b.full, b.email(o[1]))], raw_text=text)


BROCHURES = {
    'fr': [('Les derniers jours de vie : ce à quoi s\'attendre',
            ['Les changements de la respiration sont fréquents et habituellement non souffrants.',
             'La personne mange et boit moins : c\'est normal.', 'Appelez l\'infirmière de garde au 450-555-0100 en tout temps.']),
           ('Que faire lors d\'un décès à domicile',
            ['Au décès, il n\'est pas nécessaire d\'appeler le 911.', 'Appelez l\'infirmière de garde au 450-555-0100 ; '
             'elle constatera le décès.', 'Vous pouvez prendre le temps de vous recueillir avant d\'appeler le salon funéraire.']),
           ('Le deuil : ressources pour les proches',
            ['Le deuil n\'a pas d\'horaire ; chacun le vit à sa façon.', 'Groupes de soutien gratuits : 450-555-0142.',
             'Ligne d\'écoute 24/7 : 1-866-555-0199.'])],
    'en': [('The last days of life: what to expect',
            ['Changes in breathing are common and usually not distressing.', 'Eating and drinking less is normal.',
             'Call the on-call nurse at 514-555-0100 at any time.']),
           ('When death occurs at home',
            ['You do not need to call 911.', 'Call the on-call nurse at 514-555-0100, who will pronounce the death.'])],
}


def n_brochure(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(r.choice([0, 2, 8])))
    fr = lang == 'fr'
    title, lines = r.choice(BROCHURES[lang])
    pdf = make_pdf(title, lines)
    body = ('Voici la version finale du dépliant « %s », prête pour l\'impression (%d copies).' % (title, r.choice([250, 500, 1000]))
            if fr else 'Final version of the brochure "%s", ready for print (%d copies).' % (title, r.choice([250, 500])))
    fn = 'dépliant_%d.pdf' % r.randint(1, 9) if fr else 'brochure_%d.pdf' % r.randint(1, 9)
    return finish(r, lang, 'brochure', _none(), 'generic education brochure', 'Dépliant – version finale' if fr else 'Brochure - final',
                  body, o, s, [('Imprimerie' if fr else 'Print shop', 'imprimerie@%s' % o[1])],
                  attachments=[att(r, 'application/pdf', pdf, fn)])


NOTICES_FR = [('Formation obligatoire – confidentialité', 'Rappel : la formation obligatoire sur la confidentialité des '
               'renseignements de santé doit être complétée dans l\'ENA avant le %s.'),
              ('Campagne de vaccination du personnel', 'La campagne de vaccination contre la COVID-19 et l\'influenza pour '
               'le personnel se termine le %s. Des cliniques mobiles passeront sur les unités.'),
              ('Nouveau code vestimentaire', 'À compter du %s, le port de l\'uniforme de couleur est obligatoire pour le '
               'personnel infirmier des unités de soins.')]
NOTICES_EN = [('Mandatory privacy training', 'Reminder: the mandatory privacy training must be completed in the LMS by %s.'),
              ('Staff vaccination campaign', 'The staff COVID-19 and flu vaccination campaign ends on %s.')]


def n_fwd_eml(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(9))
    orig = staff_member(r, ('Direction des ressources humaines', 'Human resources', False))
    fr = lang == 'fr'
    subj0, tpl = r.choice(NOTICES_FR if fr else NOTICES_EN)
    inner_text = compose(r, lang, tpl % (date_fr(r, 4) if fr else date_en(r, 4)), orig, o)
    hdrs = [('From', fmt_addr(orig.full, 'rh@%s' % o[1], r)), ('To', 'gestionnaires@%s' % o[1]),
            ('Subject', encode_header(subj0, r)), ('Date', msg_date(r)),
            ('Message-ID', '<rh.%d@%s>' % (r.randint(10**6, 10**7), o[1]))]
    inner = build_message(hdrs, Leaf('text/plain', inner_text, 'utf-8', 'quoted-printable'), 'ninner-%d' % r.randint(0, 10**6))
    body = ('Pour votre information — merci d\'en prendre note.' if fr else 'FYI - please take note.')
    return finish(r, lang, 'forwarded_notice', _none(), 'HR notice forwarded as message/rfc822', ('TR: ' if fr else 'Fwd: ') + subj0,
                  body, o, s, to_list(r, 4, o[1]), attachments=[Rfc822(inner, filename='avis.eml' if fr else 'notice.eml')])


def n_memorial(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(6))
    fr = lang == 'fr'
    d = date_fr(r, 5) if fr else date_en(r, 5)
    if fr:
        body = r.choice([
            'La cérémonie commémorative annuelle en mémoire des personnes décédées à l\'unité au cours de la dernière année '
            'aura lieu le %s à 14 h à la chapelle. Les familles ont reçu une invitation par la poste. Aucun nom ne sera lu '
            'sans le consentement des familles.' % d,
            'Le « Mur des souvenirs » de la Maison sera renouvelé le %s. Les familles qui le souhaitent pourront y déposer '
            'une photo ; l\'équipe des bénévoles s\'occupera de l\'installation.' % d,
        ])
        subj = r.choice(['Cérémonie commémorative annuelle', 'Mur des souvenirs'])
    else:
        body = ('The annual memorial service for people who died on the unit this past year will be held on %s at 2 p.m. '
                'in the chapel. Families were invited by mail. Staff and volunteers are welcome.' % d)
        subj = 'Annual memorial service'
    return finish(r, lang, 'memorial_service', _none(), 'memorial announcement without names', subj, body, o, s,
                  to_list(r, 3, o[1]))
