"""Positive (confidential) templates, part A: acute stroke care, therapy notes, lists."""
import datetime

import gen_attach as A
import gen_data as D
from gen_common import (ANTITHROMB, AEDS, DEFICITS, STATINS, STROKE_DX)


# --------------------------------------------------------------------------- helpers
class Acc:
    """Collects the finding types actually written into a message."""

    def __init__(self):
        self.types = []
        self.ids = []

    def add(self, *types):
        for t in types:
            if t not in self.types:
                self.types.append(t)

    def rec(self, t, value):
        self.ids.append((t, value))
        self.add(t)


def pat(ctx, nam=False, lo=1932, hi=2004):
    p = ctx.gen.patient(ctx.lang, holder=nam, age_range=(lo, hi))
    p['age'] = D.age_at(p['dob'])
    return p


def nm(ctx, p, acc, styles=None):
    acc.add('patient_name')
    styles = styles or ['full', 'title', 'title_full', 'last_first', 'last_first_plain', 'initial',
                        'full', 'lower', 'upper']
    return D.name_form(p, ctx.rng.choice(styles), ctx.lang)


def nam_s(ctx, p, acc, label=True, styles=None):
    acc.add('ramq_nam')
    styles = styles or ['plain', 'space', 'space', 'space2', 'dash', 'dots', 'slash', 'lower', 'wide',
                        'odd', 'plain']
    v = D.fmt_nam(p['nam'], ctx.rng.choice(styles))
    if not label:
        return v
    lab = ctx.c('NAM : ', 'NAM ', 'RAMQ : ', 'No RAMQ ', 'Carte soleil : ', 'No d\'assurance maladie : ') \
        if ctx.fr else ctx.c('RAMQ: ', 'RAMQ # ', 'Medicare: ', 'HIN ', 'Health card: ', 'RAMQ no. ')
    return lab + v


def dob_s(ctx, p, acc, label=True):
    acc.add('date_of_birth')
    style = ctx.c('iso', 'iso', 'dmy', 'long', 'dots') if ctx.fr else ctx.c('iso', 'iso', 'mdy', 'long', 'dmy')
    v = D.fmt_date(p['dob'], style, ctx.lang)
    if not label:
        return v
    if ctx.fr:
        return ctx.c('DDN : ', 'né%s le ' % ('e' if p['sex'] == 'F' else ''), 'Date de naissance : ',
                     'DDN ') + v
    return ctx.c('DOB: ', 'DOB ', 'born ', 'Date of birth: ') + v


def mrn_s(ctx, site, acc, label=True):
    v = ctx.gen.mrn(site)
    acc.add('mrn')
    k = ctx.rng.random()
    if k < 0.12:
        v = ' '.join(v[i:i + 3] for i in range(0, len(v), 3))
    elif k < 0.18:
        v = D.fullwidth(v)
    if not label:
        return v
    if ctx.fr:
        return ctx.c('dossier ', 'No dossier : ', '# dossier ', 'dossier %s : ' % site['short'],
                     'N° de dossier ') + v
    return ctx.c('MRN ', 'MRN: ', 'chart # ', '%s chart ' % site['short'], 'Hosp. # ') + v


def gx(s, p):
    """Resolve French inclusive forms, e.g. 'hospitalisé(e)', for a given patient."""
    f = p['sex'] == 'F'
    return s.replace('Il/elle', 'Elle' if f else 'Il').replace('(ne)', 'ne' if f else '').replace('(e)', 'e' if f else '')


def L(ctx, pair):
    return pair[0] if ctx.fr else pair[1]


def pick(ctx, pool):
    return L(ctx, ctx.rng.choice(pool))


def spec(ctx, category, subject, frm, to, body, acc, note, cc=None, attachments=None, **kw):
    d = dict(lang=ctx.lang, category=category, subject=subject, from_=frm, to=to, cc=cc or [],
             body=body, attachments=attachments or [], types=list(acc.types), ids=list(acc.ids),
             note=note)
    d.update(kw)
    return d


def join(*blocks):
    return '\n\n'.join(b for b in blocks if b is not None and b != '') + '\n'


def lab_values(ctx, acc, n=3):
    r = ctx.rng
    pool = [
        ('Glycémie %s mmol/L' % ctx.num(r.uniform(4.8, 13.5)), 'Glucose %s mmol/L' % ctx.num(r.uniform(4.8, 13.5))),
        ('INR %s' % ctx.num(r.uniform(0.9, 1.3)), 'INR %s' % ctx.num(r.uniform(0.9, 1.3))),
        ('plaquettes %d' % r.randint(140, 390), 'platelets %d' % r.randint(140, 390)),
        ('créatinine %d µmol/L' % r.randint(58, 160), 'creatinine %d umol/L' % r.randint(58, 160)),
        ('LDL %s mmol/L' % ctx.num(r.uniform(1.6, 4.4)), 'LDL %s mmol/L' % ctx.num(r.uniform(1.6, 4.4))),
        ('HbA1c %s %%' % ctx.num(r.uniform(5.4, 9.8)), 'HbA1c %s%%' % ctx.num(r.uniform(5.4, 9.8))),
        ('Hb %d g/L' % r.randint(98, 162), 'Hb %d g/L' % r.randint(98, 162)),
    ]
    acc.add('lab_result')
    return ', '.join(L(ctx, x) for x in r.sample(pool, n))


def hhmm(ctx, h, m):
    return ('%dh%02d' % (h, m)) if ctx.fr else ('%02d:%02d' % (h, m))


# --------------------------------------------------------------------------- P1 thrombolysis / EVT transfer
def p_tnk_transfer(ctx):
    r, acc = ctx.rng, Acc()
    src = ctx.site('regional')
    dst = ctx.site('hub')
    er = ctx.person('neuro', src)
    er['role'] = 'neuro' if r.random() < 0.3 else 'resident'
    neuro = ctx.person('neuro', dst)
    p = pat(ctx, nam=r.random() < 0.7, lo=1933, hi=1990)
    name = nm(ctx, p, acc)
    dx = pick(ctx, STROKE_DX[:5])
    acc.add('diagnosis')
    lkw_h, lkw_m = r.randint(6, 20), r.choice([0, 10, 20, 30, 40, 45, 50])
    nihss = r.randint(6, 24)
    kg = r.randint(55, 105)
    dose = min(25, round(kg * 0.25 / 5) * 5) if r.random() < 0.5 else min(25, round(kg * 0.25))
    defs = ', '.join(L(ctx, x) for x in r.sample(DEFICITS[:8], 2))
    tnk = r.random() < 0.75
    lines = []
    if ctx.fr:
        lines.append('%s : %s, %d ans%s' % (ctx.c('Patient', 'Pt', 'Nom'), name, p['age'],
                                            (' (' + dob_s(ctx, p, acc, label=False) + ')') if r.random() < 0.6 else ''))
    else:
        lines.append('%s: %s, %d y.o.%s' % (ctx.c('Patient', 'Pt', 'Name'), name, p['age'],
                                             (' (' + dob_s(ctx, p, acc, label=False) + ')') if r.random() < 0.6 else ''))
    ids = []
    if p['nam']:
        ids.append(nam_s(ctx, p, acc))
    if r.random() < 0.6:
        ids.append(mrn_s(ctx, src, acc))
    if ids:
        lines.append('   '.join(ids))
    if ctx.fr:
        lines += ['DVN (dernière fois vu normal) : %s' % hhmm(ctx, lkw_h, lkw_m),
                  'NIHSS %d à l\'arrivée (%s)' % (nihss, defs),
                  'Angio-TDM : %s, ASPECTS %d' % (dx, r.randint(6, 10))]
        if tnk:
            acc.add('medication')
            lines.append('TNK %d mg IV (0,25 mg/kg, poids estimé %d kg) donné à %s'
                         % (dose, kg, hhmm(ctx, lkw_h + 1, r.randint(0, 59))))
        else:
            lines.append('Pas de thrombolyse : %s' % ctx.c('sous apixaban, dernière dose ce matin',
                                                          'hors fenêtre', 'chirurgie récente (cholécystectomie il y a 8 jours)'))
            acc.add('medication') if 'apixaban' in lines[-1] else None
        lines.append('Labos : ' + lab_values(ctx, acc, r.randint(2, 3)))
        lines.append('ATCD : %s' % ', '.join(r.sample(['HTA', 'dyslipidémie', 'diabète type 2', 'FA paroxystique',
                                                       'tabagisme actif', 'MCAS', 'IRC stade 3'], 3)))
    else:
        lines += ['LKW: %s' % hhmm(ctx, lkw_h, lkw_m),
                  'NIHSS %d on arrival (%s)' % (nihss, defs),
                  'CTA: %s, ASPECTS %d' % (dx, r.randint(6, 10))]
        if tnk:
            acc.add('medication')
            lines.append('TNK %d mg IV (0.25 mg/kg, est. weight %d kg) given at %s'
                         % (dose, kg, hhmm(ctx, lkw_h + 1, r.randint(0, 59))))
        else:
            lines.append('No lysis: %s' % ctx.c('on apixaban, last dose this morning', 'outside window',
                                                'recent surgery (lap chole 8 days ago)'))
            acc.add('medication') if 'apixaban' in lines[-1] else None
        lines.append('Labs: ' + lab_values(ctx, acc, r.randint(2, 3)))
        lines.append('PMHx: %s' % ', '.join(r.sample(['HTN', 'dyslipidemia', 'T2DM', 'paroxysmal AF', 'smoker',
                                                      'CAD', 'CKD 3'], 3)))
    fam = ''
    if r.random() < 0.45:
        acc.add('patient_contact')
        rel = ctx.c('sa fille', 'son conjoint', 'son fils', 'sa conjointe') if ctx.fr else \
            ctx.c('daughter', 'husband', 'son', 'wife')
        fam = (('Famille : %s, joignable au %s' if ctx.fr else 'Family: %s, reachable at %s')
               % (rel, ctx.gen.phone()))
    block = '\n'.join(lines)
    if ctx.fr:
        intro = ctx.c('Tel que discuté au téléphone à %s, voici le résumé pour le transfert en vue d\'une thrombectomie.',
                      'Suite à notre appel de %s, résumé du cas pour l\'EVT. Ambulance en route.',
                      'Confirmation écrite de notre discussion de %s : patient accepté pour EVT.') \
            % hhmm(ctx, lkw_h + 1, r.randint(0, 59))
        eta = 'ETA environ %d min. Imagerie poussée sur le PACS régional.' % r.randint(35, 110)
    else:
        intro = ctx.c('As discussed by phone at %s, summary for the EVT transfer.',
                      'Following our %s call, case summary for thrombectomy. Ambulance en route.',
                      'Written confirmation of our %s discussion: patient accepted for EVT.') \
            % hhmm(ctx, lkw_h + 1, r.randint(0, 59))
        eta = 'ETA about %d min. Images pushed to the regional PACS.' % r.randint(35, 110)
    body = join(ctx.hello(neuro), intro, block, fam, eta, ctx.signature(er))
    subj_name = r.random() < 0.5
    if ctx.fr:
        subject = ctx.c('Transfert code AVC', 'URGENT - transfert EVT', 'Code AVC -> thrombectomie', 'Transfert EVT')
    else:
        subject = ctx.c('Code stroke transfer', 'URGENT - EVT transfer', 'Stroke transfer for thrombectomy')
    if subj_name:
        subject += ' - ' + D.name_form(p, ctx.c('last_first', 'title', 'initial'), ctx.lang)
    to = [ctx.addr(neuro), ctx.team('Neuro garde AVC', 'Stroke on-call', dst, 'avc.garde')]
    return spec(ctx, 'tnk_transfer' if not ctx.fr else 'transfert_thrombolyse', subject, ctx.addr(er), to,
                body, acc, 'code stroke transfer summary for thrombectomy', importance=r.random() < 0.6)


# --------------------------------------------------------------------------- P2 post-EVT repatriation
def p_evt_return(ctx):
    r, acc = ctx.rng, Acc()
    hub = ctx.site('hub')
    home = ctx.site('regional')
    fellow = ctx.person('neuro', hub)
    intern = ctx.person('neuro', home)
    p = pat(ctx, nam=r.random() < 0.5, lo=1935, hi=1985)
    name = nm(ctx, p, acc)
    acc.add('diagnosis', 'medication')
    tici = ctx.c('2b', '2c', '3')
    occl = pick(ctx, STROKE_DX[:5])
    med1 = pick(ctx, ANTITHROMB[:2])
    stat = pick(ctx, STATINS)
    if ctx.fr:
        txt = ('%s, %d ans, a eu une thrombectomie le %s pour %s. Recanalisation TICI %s en %d passage(s). '
               'TDM de contrôle à 24 h : %s.\n\n'
               'Plan :\n- %s à débuter%s\n- %s\n- Holter 14 jours et échographie cardiaque à compléter\n'
               '- Cible TA < %d systolique\n- Réévaluation en orthophonie et physio à votre étage'
               % (name, p['age'], ctx.c('3 mars', '17 janvier', '29 novembre', '8 février'), occl, tici,
                  r.randint(1, 3), ctx.c('pas de transformation hémorragique', 'pétéchies HI1 sans effet de masse'),
                  med1, ctx.c(' maintenant', ' demain matin', ' 24 h post-TDM'), stat, ctx.c(160, 180, 140)))
        subj = ctx.c('Retour post-EVT', 'Rapatriement après thrombectomie', 'Transfert retour - unité AVC')
    else:
        txt = ('%s, %d, had thrombectomy on %s for %s. TICI %s after %d pass(es). 24 h CT: %s.\n\n'
               'Plan:\n- start %s%s\n- %s\n- 14-day Holter and echo still to do\n- SBP target < %d\n'
               '- SLP and PT reassessment on your floor'
               % (name, p['age'], ctx.c('March 3', 'January 17', 'November 29'), occl, tici, r.randint(1, 3),
                  ctx.c('no haemorrhagic transformation', 'HI1 petechiae, no mass effect'), med1,
                  ctx.c(' now', ' tomorrow morning', ' 24 h after CT'), stat, ctx.c(160, 180, 140)))
        subj = ctx.c('Repatriation post-EVT', 'Return transfer after thrombectomy', 'Back-transfer to your stroke unit')
    extra = []
    if r.random() < 0.6:
        extra.append(mrn_s(ctx, hub, acc) + ' / ' + mrn_s(ctx, home, acc, label=False))
    if p['nam']:
        extra.append(nam_s(ctx, p, acc))
    if r.random() < 0.4:
        extra.append(lab_values(ctx, acc, 2))
    body = join(ctx.hello(intern), txt, '\n'.join(extra), ctx.t('Lit confirmé par la coordination?',
                                                               'Is the bed confirmed by patient flow?'),
                ctx.bye(), ctx.signature(fellow))
    if r.random() < 0.4:
        subj += ' : ' + D.name_form(p, 'last_first', ctx.lang)
    return spec(ctx, 'retour_post_evt' if ctx.fr else 'post_evt_return', subj, ctx.addr(fellow),
                [ctx.addr(intern)], body, acc, 'repatriation after thrombectomy with plan',
                cc=[ctx.team('Coordination des lits', 'Patient flow', home, 'lits')] if r.random() < 0.5 else None)


# --------------------------------------------------------------------------- P3 aphasia assessment (DOCX)
def p_aphasia(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    slp = ctx.person('slp', s)
    neuro = ctx.person('neuro', s)
    p = pat(ctx, nam=r.random() < 0.5, lo=1935, hi=1995)
    acc.add('patient_name', 'diagnosis')
    full = '%s %s' % (p['given'], p['surname'])
    typ = ctx.c(('aphasie non fluente de type Broca', 'non-fluent (Broca-type) aphasia'),
                ('aphasie fluente de type Wernicke', 'fluent (Wernicke-type) aphasia'),
                ('aphasie anomique', 'anomic aphasia'), ('aphasie globale', 'global aphasia'))
    typ = typ[0] if ctx.fr else typ[1]
    rows_fr = [['Épreuve', 'Résultat', 'Commentaire'],
               ['Dénomination (Boston, 60 items)', '%d/60' % r.randint(8, 52), 'manque du mot, paraphasies sémantiques'],
               ['Compréhension orale (MT-86)', '%d/38' % r.randint(10, 36), 'phrases complexes échouées'],
               ['Répétition', '%d/33' % r.randint(5, 31), ''],
               ['Lecture', ctx.c('fonctionnelle', 'mots isolés seulement', 'non évaluable'), ''],
               ['Écriture', ctx.c('signature seulement', 'mots simples', 'non évaluable'), 'main non dominante']]
    rows_en = [['Test', 'Result', 'Comment'],
               ['Boston Naming Test (60)', '%d/60' % r.randint(8, 52), 'word-finding pauses, semantic paraphasias'],
               ['Auditory comprehension (WAB)', '%s/10' % r.randint(2, 9), 'fails multi-step commands'],
               ['Repetition', '%d/100' % r.randint(20, 90), ''],
               ['Reading', ctx.c('functional', 'single words only', 'not testable'), ''],
               ['Writing', ctx.c('signature only', 'simple words', 'not testable'), 'non-dominant hand']]
    hdr = []
    if ctx.fr:
        hdr.append('Nom : %s' % full)
        hdr.append(dob_s(ctx, p, acc))
    else:
        hdr.append('Name: %s' % full)
        hdr.append(dob_s(ctx, p, acc))
    hdr.append(mrn_s(ctx, s, acc))
    if p['nam']:
        hdr.append(nam_s(ctx, p, acc))
    if ctx.fr:
        paras = ['# Évaluation en orthophonie - langage'] + hdr + [
            'Motif : évaluation du langage suite à %s.' % pick(ctx, STROKE_DX[:2]),
            'Conclusion : %s, sévérité %s.' % (typ, ctx.c('légère', 'modérée', 'sévère')),
            'Recommandations : thérapie 3x/semaine, tableau de communication au chevet, '
            'informer la famille des stratégies (questions fermées, temps de réponse).',
            '%s, %s' % (ctx.dname(slp), ctx.role_label(slp))]
        tbl = rows_fr
        fname = ctx.c('Eval_ortho_%s.docx' % D.strip_accents(p['surname']), 'Rapport orthophonie.docx',
                      'evaluation_langage_%s_%s.docx' % (p['surname'], p['given']))
    else:
        paras = ['# Speech-language pathology - language assessment'] + hdr + [
            'Reason: language assessment after %s.' % pick(ctx, STROKE_DX[:2]),
            'Impression: %s, %s.' % (typ, ctx.c('mild', 'moderate', 'severe')),
            'Plan: therapy 3x/week, communication board at bedside, teach family strategies (yes/no questions, wait time).',
            '%s, %s' % (ctx.dname(slp), ctx.role_label(slp))]
        tbl = rows_en
        fname = ctx.c('SLP_assessment_%s.docx' % D.strip_accents(p['surname']), 'Language assessment.docx')
    doc = A.make_docx(paras, table=tbl, author=ctx.dname(slp), table_after=len(hdr) + 2)
    if r.random() < 0.5:
        body = join(ctx.hello(neuro), ctx.t('Ci-joint mon évaluation en orthophonie, comme demandé.',
                                            'Attached is my language assessment as requested.'),
                    ctx.bye(), ctx.signature(slp))
        subj = ctx.t('Évaluation orthophonie', 'SLP assessment')
    else:
        nn = D.name_form(p, ctx.c('title', 'initial', 'last_first_plain'), ctx.lang)
        body = join(ctx.hello(neuro),
                    ctx.t('Voici mon évaluation pour %s. En bref : %s. La famille est très impliquée.' % (nn, typ),
                          'Here is my assessment for %s. In short: %s. Family is very involved.' % (nn, typ)),
                    ctx.bye(), ctx.signature(slp))
        subj = ctx.t('Éval langage %s' % nn, 'Language assessment - %s' % nn)
    return spec(ctx, 'eval_aphasie' if ctx.fr else 'aphasia_assessment', subj, ctx.addr(slp), [ctx.addr(neuro)],
                body, acc, 'aphasia assessment report as DOCX',
                attachments=[dict(kind='docx', filename=fname, data=doc)])


# --------------------------------------------------------------------------- P4 swallowing
def p_swallow(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    nurse = ctx.person('nurse', s)
    slp = ctx.person('slp', s)
    p = pat(ctx, nam=r.random() < 0.4, lo=1930, hi=1985)
    name = nm(ctx, p, acc)
    acc.add('diagnosis')
    room = '%d%s' % (r.randint(300, 640), ctx.c('', '-A', '-B', '-1', '-2'))
    variant = r.randint(0, 1)
    if variant == 0:
        if ctx.fr:
            txt = ('%s, ch. %s, a échoué le dépistage de la dysphagie (TOR-BSST) ce matin : toux et voix mouillée '
                   'à la 3e gorgée. Laissé NPO. %s\n\nEst-ce possible de l\'évaluer aujourd\'hui? On se demande aussi '
                   'pour une vidéofluoroscopie.' % (name, room,
                                                    'Médicaments PO en attente : %s et %s.' % (pick(ctx, ANTITHROMB[:2]), pick(ctx, STATINS))))
            subj = ctx.c('Demande éval déglutition', 'Dysphagie - ch. %s' % room, 'Éval déglutition SVP')
        else:
            txt = ('%s, room %s, failed the bedside swallow screen (TOR-BSST) this morning: coughing and wet voice '
                   'on the third sip. Kept NPO. %s\n\nCould you assess today? We are also wondering about a '
                   'videofluoroscopy.' % (name, room, 'PO meds on hold: %s and %s.' % (pick(ctx, ANTITHROMB[:2]), pick(ctx, STATINS))))
            subj = ctx.c('Swallow assessment request', 'Dysphagia - room %s' % room, 'Swallow eval please')
        acc.add('medication')
        frm, to = nurse, slp
    else:
        lvl = r.choice([4, 5, 6])
        liq = r.choice([1, 2, 3])
        if ctx.fr:
            txt = ('Évaluation clinique de la déglutition faite pour %s (ch. %s). Dysphagie oropharyngée %s '
                   'post-AVC, réflexe de déglutition retardé.\n\nRecommandations :\n- Texture IDDSI niveau %d\n'
                   '- Liquides épaissis niveau %d\n- Position assise 90°, supervision aux repas\n'
                   '- Médicaments écrasés dans compote (vérifier avec pharmacie pour %s)'
                   % (name, room, ctx.c('légère', 'modérée'), lvl, liq, pick(ctx, ANTITHROMB[:3])))
            subj = ctx.c('Recommandations déglutition', 'Diète - ch. %s' % room, 'Suivi ortho déglutition')
        else:
            txt = ('Clinical swallow assessment done for %s (room %s). %s oropharyngeal dysphagia post-stroke, '
                   'delayed swallow initiation.\n\nRecommendations:\n- IDDSI level %d diet\n'
                   '- Level %d thickened fluids\n- Upright 90 degrees, supervised meals\n'
                   '- Crush meds in applesauce (check with pharmacy re %s)'
                   % (name, room, ctx.c('Mild', 'Moderate'), lvl, liq, pick(ctx, ANTITHROMB[:3])))
            subj = ctx.c('Swallow recommendations', 'Diet - room %s' % room, 'SLP swallow follow-up')
        acc.add('medication')
        frm, to = slp, nurse
    if p['nam'] and r.random() < 0.8:
        txt += '\n\n' + nam_s(ctx, p, acc)
    body = join(ctx.hello(to), txt, ctx.bye(), ctx.signature(frm))
    return spec(ctx, 'deglutition' if ctx.fr else 'swallow_assessment', subj, ctx.addr(frm),
                [ctx.addr(to)] + ([ctx.team('Unité AVC', 'Stroke unit', s, 'unite.avc')] if r.random() < 0.4 else []),
                body, acc, 'swallowing screen / SLP diet recommendations')


# --------------------------------------------------------------------------- P5 rehab bed request (PDF form)
def p_rehab_bed(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    rehab = r.choice([x for x in D.SITES if x['short'] in ('CR Le Phare', 'ERC')])
    liaison = ctx.person('liaison', s)
    p = pat(ctx, nam=r.random() < 0.8, lo=1935, hi=1995)
    acc.add('patient_name', 'diagnosis', 'social_information')
    full = '%s, %s' % (p['surname'].upper(), p['given'])
    dx = pick(ctx, STROKE_DX)
    defs = ', '.join(L(ctx, x) for x in r.sample(DEFICITS, 2))
    social_fr = ctx.c('Vit seul%s dans un 3e étage sans ascenseur.' % ('e' if p['sex'] == 'F' else ''), 'Conjointe atteinte de démence, ne peut assumer les soins.',
                      'Proche aidante épuisée (fille, travaille à temps plein).', 'Logement non adapté, bain seulement.',
                      'Sans réseau; curatelle publique en cours d\'ouverture.')
    social_en = ctx.c('Lives alone, third-floor walk-up.', 'Wife has dementia and cannot provide care.',
                      'Caregiver (daughter) exhausted, works full time.', 'Home not adapted, tub only.',
                      'No support network; public curatorship being opened.')
    mif = r.randint(45, 95)
    fields = []
    if ctx.fr:
        fields += ['# Demande d\'admission - réadaptation fonctionnelle intensive (URFI)',
                   'Établissement demandeur : %s' % s['name'],
                   'Nom, prénom : %s' % full, dob_s(ctx, p, acc), 'Sexe : %s' % p['sex']]
        if p['nam']:
            fields.append(nam_s(ctx, p, acc))
        fields += [mrn_s(ctx, s, acc),
                   'Diagnostic principal : %s' % dx,
                   'Atteintes : %s' % defs,
                   'MIF à l\'admission : %d/126' % mif,
                   'Médication : %s; %s' % (pick(ctx, ANTITHROMB), pick(ctx, STATINS)),
                   'Situation sociale : %s' % social_fr,
                   'Objectifs : retour à domicile avec services du CLSC',
                   'Personne-ressource : %s, %s' % (ctx.dname(liaison), s['phone'])]
        fname = ctx.c('Demande_URFI_%s.pdf' % D.strip_accents(p['surname']), 'demande_readaptation.pdf',
                      'URFI - %s %s.pdf' % (p['surname'], p['given']))
        body_txt = ctx.c('Vous trouverez ci-joint une demande d\'admission en URFI. Le patient est médicalement stable '
                         'depuis 48 h.', 'Nouvelle demande URFI ci-jointe. Congé médical prévu vendredi.',
                         'Demande de lit en réadaptation, formulaire complété en pièce jointe.')
        subj = ctx.c('Demande de lit URFI', 'Demande admission réadaptation', 'Nouvelle demande URFI - %s' % s['short'])
    else:
        fields += ['# Referral - inpatient rehabilitation (IRF)', 'Referring site: %s' % s['name'],
                   'Name: %s' % full, dob_s(ctx, p, acc), 'Sex: %s' % p['sex']]
        if p['nam']:
            fields.append(nam_s(ctx, p, acc))
        fields += [mrn_s(ctx, s, acc), 'Primary diagnosis: %s' % dx, 'Impairments: %s' % defs,
                   'FIM on admission: %d/126' % mif,
                   'Medications: %s; %s' % (pick(ctx, ANTITHROMB), pick(ctx, STATINS)),
                   'Social situation: %s' % social_en, 'Goals: home with CLSC services',
                   'Contact: %s, %s' % (ctx.dname(liaison), s['phone'])]
        fname = ctx.c('IRF_referral_%s.pdf' % D.strip_accents(p['surname']), 'rehab_referral.pdf')
        body_txt = ctx.c('Please find attached a referral for inpatient rehab. Medically stable for 48 h.',
                         'New IRF referral attached. Medical discharge planned for Friday.')
        subj = ctx.c('Rehab bed request', 'IRF referral', 'New rehab referral - %s' % s['short'])
    acc.add('medication')
    pdf = A.make_pdf(fields, title=ctx.t('Demande URFI', 'IRF referral'), compress=r.random() < 0.5)
    body = join(ctx.hello(), body_txt, ctx.bye(), ctx.signature(liaison))
    return spec(ctx, 'demande_lit_readaptation' if ctx.fr else 'rehab_bed_request', subj, ctx.addr(liaison),
                [ctx.team('Admissions réadaptation', 'Rehab admissions', rehab, 'admissions')], body, acc,
                'rehab bed request with filled PDF form', attachments=[dict(kind='pdf', filename=fname, data=pdf)])


# --------------------------------------------------------------------------- P6 physio note
def p_physio(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site()
    pt = ctx.person('pt', s)
    team = ctx.person('neuro', s)
    p = pat(ctx, nam=r.random() < 0.35, lo=1932, hi=1990)
    name = nm(ctx, p, acc)
    acc.add('diagnosis')
    berg = r.randint(12, 50)
    side = ctx.c(('droite', 'right'), ('gauche', 'left'))
    if ctx.fr:
        txt = ('Note de physio - %s\n\nHémiparésie %s post-AVC, force MI %d/5 proximal. Berg %d/56 (risque de chute %s). '
               'Transferts lit-fauteuil avec aide de 1, marche %d m avec %s et supervision. %s\n\n'
               'Recommandation : %s' % (name, side[0], r.randint(2, 4), berg, 'élevé' if berg < 40 else 'modéré',
                                        r.randint(5, 60), ctx.c('marchette', 'canne quadripode', 'aide technique'),
                                        ctx.c('Subluxation de l\'épaule, écharpe au fauteuil.', 'Fatigue importante après 10 min.', ''),
                                        ctx.c('URFI', 'réadaptation en externe', 'retour à domicile avec physio CLSC', 'UTRF')))
        subj = ctx.c('Note physio', 'Suivi physio - ch. %d' % r.randint(300, 640), 'Physio : orientation')
    else:
        txt = ('PT note - %s\n\n%s hemiparesis post-stroke, LE power %d/5 proximally. Berg %d/56 (%s fall risk). '
               'Bed-chair transfers with 1 assist, walked %d m with %s and supervision. %s\n\nRecommendation: %s'
               % (name, side[1].capitalize(), r.randint(2, 4), berg, 'high' if berg < 40 else 'moderate',
                  r.randint(5, 60), ctx.c('a walker', 'a quad cane', 'gait aid'),
                  ctx.c('Shoulder subluxation, sling in chair.', 'Marked fatigue after 10 min.', ''),
                  ctx.c('inpatient rehab', 'outpatient rehab', 'home with CLSC physio')))
        subj = ctx.c('PT note', 'Physio update - room %d' % r.randint(300, 640), 'PT: discharge destination')
    if r.random() < 0.4:
        txt += '\n' + mrn_s(ctx, s, acc)
    if p['nam']:
        txt += '\n' + nam_s(ctx, p, acc)
    body = join(ctx.hello(team), txt, ctx.signature(pt, short=True))
    return spec(ctx, 'note_physio' if ctx.fr else 'physio_note', subj, ctx.addr(pt), [ctx.addr(team)], body, acc,
                'physiotherapy progress note')


# --------------------------------------------------------------------------- P7 OT home visit
def p_ot_home(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site()
    ot = ctx.person('ot', s)
    p = pat(ctx, nam=r.random() < 0.45, lo=1932, hi=1980)
    acc.add('patient_name', 'patient_contact', 'diagnosis')
    name = D.name_form(p, ctx.c('title_full', 'full', 'title'), ctx.lang)
    adr = ctx.gen.address(en=not ctx.fr)
    tel = ctx.gen.phone()
    when = ctx.when()
    soc = r.random() < 0.6
    if ctx.fr:
        txt = ('Je confirme la visite à domicile pour %s le %s, en vue du congé.\n\nAdresse : %s\nTéléphone : %s\n\n'
               'Points à évaluer : salle de bain (bain seulement), escalier extérieur de %d marches, '
               'héminégligence gauche résiduelle et sécurité à la cuisinière.'
               % (name, ctx.fdate(when), adr, tel, r.randint(3, 14)))
        if soc:
            txt += ' ' + ctx.c('Le conjoint est en perte d\'autonomie lui aussi.', 'Elle vit seule, aucune famille à proximité.',
                               'Le fils habite avec elle mais travaille de nuit.')
        subj = ctx.c('Visite à domicile ergo', 'VAD ergothérapie - confirmation', 'Visite domicile pré-congé')
        note2 = 'On se rejoint sur place. Ramener le rapport pour la rencontre d\'équipe.'
    else:
        txt = ('Confirming the home visit for %s on %s ahead of discharge.\n\nAddress: %s\nPhone: %s\n\n'
               'To assess: bathroom (tub only), %d outside steps, residual left neglect and stove safety.'
               % (name, ctx.fdate(when), adr, tel, r.randint(3, 14)))
        if soc:
            txt += ' ' + ctx.c('Her husband is also losing autonomy.', 'Lives alone, no family nearby.',
                               'Son lives with her but works nights.')
        subj = ctx.c('OT home visit', 'Home visit confirmation', 'Pre-discharge home visit')
        note2 = 'Meet you there. Bring the report to team rounds.'
    if soc:
        acc.add('social_information')
    if p['nam'] and r.random() < 0.6:
        txt += '\n' + nam_s(ctx, p, acc)
    other = ctx.person(ctx.c('pt', 'liaison'), s)
    body = join(ctx.hello(other), txt, note2, ctx.signature(ot))
    atts = []
    if r.random() < 0.3:
        end = when + datetime.timedelta(hours=1, minutes=30)
        ics = A.make_ics('vad-%d@%s' % (r.randint(1000, 9999), s['dom']), when, end,
                         ctx.t('VAD ergo - %s' % name, 'OT home visit - %s' % name), location=adr,
                         description=ctx.t('Héminégligence G, évaluer SDB et escalier', 'Left neglect, assess bathroom and stairs'))
        atts.append(dict(kind='ics', filename='visite.ics', data=ics, invite=r.random() < 0.5))
    return spec(ctx, 'visite_domicile_ergo' if ctx.fr else 'ot_home_visit', subj, ctx.addr(ot), [ctx.addr(other)],
                body, acc, 'OT home visit with patient address and phone', attachments=atts)


# --------------------------------------------------------------------------- P12 sign-out list
def p_signout(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    res1 = ctx.person('resident', s)
    res2 = ctx.person('resident', s)
    n = r.randint(3, 6)
    acc.add('patient_name', 'diagnosis')
    rows = []
    style = ctx.c('last_first', 'upper', 'lower', 'last_first_plain', 'initial')
    items_fr = ['J%d post-TNK, TA cible < 180/105, TDM contrôle à %dh' % (r.randint(1, 2), r.randint(20, 23)),
                'AIT, doppler carotidien demain, %s' % 'AAS + clopidogrel x 21 j',
                'HIC lobaire, TA < 140, plaquettes %d, surveiller EDC' % r.randint(90, 160),
                'crise focale ce matin, lévétiracétam 500 BID débuté, EEG demain',
                'poussée SEP, méthylprednisolone 1 g IV J%d/5' % r.randint(1, 5),
                'occlusion basilaire post-EVT, NIHSS %d, NPO, éval ortho demain' % r.randint(2, 15),
                'FA nouvelle, apixaban à débuter J%d selon taille infarctus' % r.randint(3, 12),
                'INR %s sous warfarine, vit K donnée' % ctx.num(r.uniform(3.5, 6.0)),
                'délirium nocturne, halopéridol 0,5 mg PRN, famille avisée']
    items_en = ['day %d post-TNK, BP < 180/105, repeat CT at %d:00' % (r.randint(1, 2), r.randint(20, 23)),
                'TIA, carotid doppler tomorrow, ASA + clopidogrel x 21 d',
                'lobar ICH, SBP < 140, plt %d, watch LOC' % r.randint(90, 160),
                'focal seizure this AM, levetiracetam 500 BID started, EEG tomorrow',
                'MS relapse, IV methylpred 1 g day %d/5' % r.randint(1, 5),
                'basilar occlusion post-EVT, NIHSS %d, NPO, SLP tomorrow' % r.randint(2, 15),
                'new AF, apixaban to start day %d depending on infarct size' % r.randint(3, 12),
                'INR %s on warfarin, vit K given' % ctx.num(r.uniform(3.5, 6.0)),
                'night delirium, haloperidol 0.5 mg PRN, family aware']
    items = r.sample(items_fr if ctx.fr else items_en, n)
    for it in items:
        if any(k in it for k in ('TNK', 'clopidogrel', 'lévétiracétam', 'levetiracetam', 'methylpred', 'méthylpred',
                                 'apixaban', 'warfarin', 'halopéridol', 'haloperidol')):
            acc.add('medication')
        if any(k in it for k in ('plaquettes', 'plt', 'INR')):
            acc.add('lab_result')
    table = r.random() < 0.4
    lines = []
    if table:
        lines.append(ctx.t('Lit | Patient | Problème / à faire', 'Bed | Patient | Issue / to do'))
    for it in items:
        p = pat(ctx, nam=False)
        bed = '%d-%s' % (r.randint(401, 432), ctx.c('A', 'B', '1', '2'))
        nmx = D.name_form(p, style, ctx.lang)
        if table:
            lines.append('%s | %s (%d) | %s' % (bed, nmx, p['age'], it))
        else:
            lines.append(ctx.c('- %s %s, %d a : %s' if ctx.fr else '- %s %s, %d y : %s',
                               '%s  %s (%d) -- %s') % (bed, nmx, p['age'], it))
    if r.random() < 0.3:
        lines.append(ctx.t('(+ %d patients stables, rien à faire)' % r.randint(2, 8),
                           '(+ %d stable patients, nothing to do)' % r.randint(2, 8)))
    if ctx.fr:
        subj = ctx.c('Relève unité AVC', 'Sign-out neuro %s' % ctx.c('soir', 'nuit', 'fin de semaine'), 'Liste de garde')
        intro = ctx.c('Voici la relève pour ce soir :', 'Relève de la nuit, rien de trop compliqué :',
                      'Liste pour la garde :')
        outro = ctx.c('Pagette %d si besoin.' % r.randint(1000, 4999), 'Bonne garde!', 'Bonne nuit!')
    else:
        subj = ctx.c('Stroke unit sign-out', 'Neuro sign-out tonight', 'Handover list')
        intro = ctx.c('Sign-out for tonight:', 'Handover, nothing too complicated:', 'List for call:')
        outro = ctx.c('Pager %d if needed.' % r.randint(1000, 4999), 'Good luck!', 'Quiet night hopefully.')
    body = join(ctx.hello(res2), intro, '\n'.join(lines), outro, ctx.signature(res1, short=True))
    html_doc = None
    return spec(ctx, 'releve_liste' if ctx.fr else 'signout_list', subj, ctx.addr(res1), [ctx.addr(res2)], body, acc,
                'resident sign-out list with names and problems', html=html_doc)


# --------------------------------------------------------------------------- P13 census XLSX
def p_census_xlsx(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    coord = ctx.person('coord', s)
    mgr = ctx.person('manager', s)
    acc.add('patient_name', 'diagnosis')
    use_nam = r.random() < 0.65
    use_dob = r.random() < 0.7
    if ctx.fr:
        hdr = ['Chambre', 'Nom', 'Prénom'] + (['DDN'] if use_dob else []) + (['NAM'] if use_nam else []) + \
              ['Diagnostic', 'Orientation', 'Date congé prévue']
        orient = ['URFI', 'domicile', 'CHSLD (en attente)', 'UTRF', 'domicile + CLSC', 'RPA']
        soc = ['proche aidant épuisé', 'itinérance', 'curatelle en cours', '']
    else:
        hdr = ['Room', 'Last name', 'First name'] + (['DOB'] if use_dob else []) + (['RAMQ'] if use_nam else []) + \
              ['Diagnosis', 'Destination', 'Expected discharge']
        orient = ['IRF', 'home', 'LTC (waiting)', 'home + CLSC', 'seniors residence']
        soc = ['caregiver burnout', 'homeless', 'curatorship pending', '']
    rows = [hdr]
    social = False
    for i in range(r.randint(6, 14)):
        p = pat(ctx, nam=use_nam and r.random() < 0.85)
        row = ['%d' % (401 + i)]
        row += [p['surname'], p['given']]
        if use_dob:
            row.append(D.fmt_date(p['dob'], 'iso'))
            acc.add('date_of_birth')
        if use_nam:
            row.append(p['nam'] or '')
            if p['nam']:
                acc.add('ramq_nam')
        row.append(pick(ctx, STROKE_DX))
        o = r.choice(orient)
        extra = r.choice(soc) if r.random() < 0.3 else ''
        if extra:
            social = True
            o = o + ' - ' + extra
        row.append(o)
        row.append('2025-%02d-%02d' % (r.randint(1, 6), r.randint(1, 28)))
        rows.append(row)
    if social:
        acc.add('social_information')
    x = A.make_xlsx([(ctx.t('Unité AVC', 'Stroke unit'), rows)], author=ctx.dname(coord))
    fname = ctx.c('liste_unite_AVC_%s.xlsx' % ctx.c('lundi', 'semaine12', '2025-02-10'),
                  'Recensement_AVC.xlsx', 'census_stroke_unit.xlsx', 'Liste patients 4e.xlsx')
    body = join(ctx.hello(mgr), ctx.t('Voici la liste à jour pour la rencontre de gestion des lits.',
                                      'Here is the updated list for the bed meeting.'),
                ctx.t('Les congés prévus sont à confirmer avec les équipes.', 'Expected discharges still need team confirmation.'),
                ctx.bye(), ctx.signature(coord))
    return spec(ctx, 'liste_unite_xlsx' if ctx.fr else 'census_xlsx', ctx.t('Liste unité AVC - rencontre des lits',
                                                                          'Stroke unit list for bed meeting'),
                ctx.addr(coord), [ctx.addr(mgr)], body, acc, 'unit census spreadsheet with patients',
                attachments=[dict(kind='xlsx', filename=fname, data=x)])


# --------------------------------------------------------------------------- P24 transport booking
def p_transport(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    clerk = ctx.person('clerk', s)
    p = pat(ctx, nam=r.random() < 0.65, lo=1930, hi=1990)
    acc.add('patient_name', 'diagnosis')
    full = D.name_form(p, ctx.c('last_first', 'full', 'upper'), ctx.lang)
    when = ctx.when()
    dest = ctx.site('acute')
    lines = []
    if ctx.fr:
        lines += ['Nom : %s' % full, dob_s(ctx, p, acc)]
        if p['nam']:
            lines.append(nam_s(ctx, p, acc))
        lines += [mrn_s(ctx, s, acc), 'Diagnostic : %s' % pick(ctx, STROKE_DX),
                  'Départ : %s, %s' % (s['name'], ctx.c('unité AVC 4e', 'urgence', 'unité 5 Nord')),
                  'Destination : %s' % ctx.c(dest['name'] + ' (IRM 3T)', dest['name'] + ' (angiographie)',
                                             'domicile - ' + ctx.gen.address()),
                  'Date/heure : %s' % ctx.fdate(when),
                  'Mobilité : %s' % ctx.c('civière', 'fauteuil roulant, hémiplégie droite', 'marche avec aide de 1'),
                  'O2 : %s' % ctx.c('non', '2 L/min lunette', 'non'),
                  'Particularités : %s' % ctx.c('aphasique, accompagnateur requis', 'risque de chute',
                                                'précautions contact (ERV)', 'épilepsie - clobazam dans le sac')]
        subj = ctx.c('Demande de transport', 'Transport ambulancier - réservation', 'Réservation transport adapté')
    else:
        lines += ['Name: %s' % full, dob_s(ctx, p, acc)]
        if p['nam']:
            lines.append(nam_s(ctx, p, acc))
        lines += [mrn_s(ctx, s, acc), 'Dx: %s' % pick(ctx, STROKE_DX),
                  'From: %s, %s' % (s['name'], ctx.c('stroke unit 4', 'ED', '5 North')),
                  'To: %s' % ctx.c(dest['name'] + ' (3T MRI)', dest['name'] + ' (angiography)',
                                   'home - ' + ctx.gen.address(en=True)),
                  'Date/time: %s' % ctx.fdate(when),
                  'Mobility: %s' % ctx.c('stretcher', 'wheelchair, right hemiplegia', 'walks with 1 assist'),
                  'O2: %s' % ctx.c('no', '2 L/min nasal prongs', 'no'),
                  'Notes: %s' % ctx.c('aphasic, escort required', 'fall risk', 'contact precautions (VRE)',
                                      'epilepsy - clobazam in bag')]
        subj = ctx.c('Transport request', 'Ambulance booking', 'Adapted transport booking')
    txt = '\n'.join(lines)
    if 'domicile - ' in txt or 'home - ' in txt:
        acc.add('patient_contact')
    if 'clobazam' in txt:
        acc.add('medication')
    body = join(ctx.hello(), ctx.t('Pouvez-vous réserver le transport suivant :', 'Please book the following transport:'),
                txt, ctx.bye(), ctx.signature(clerk))
    return spec(ctx, 'transport' if ctx.fr else 'transport_booking', subj, ctx.addr(clerk),
                [ctx.team('Centrale de transport', 'Transport desk', s, 'transport')], body, acc,
                'patient transport booking')


# --------------------------------------------------------------------------- P22 discharge summary
def p_discharge(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    neuro = ctx.person('neuro', s)
    gp_site = ctx.site('gmf')
    gp = ctx.person('gp', gp_site)
    p = pat(ctx, nam=r.random() < 0.8, lo=1935, hi=1992)
    acc.add('patient_name', 'diagnosis', 'medication')
    full = '%s %s' % (p['given'], p['surname'])
    dx = pick(ctx, STROKE_DX)
    meds = [pick(ctx, ANTITHROMB), pick(ctx, STATINS),
            ctx.c('ramipril 5 mg DIE', 'amlodipine 5 mg DIE', 'périndopril 4 mg DIE') if ctx.fr else
            ctx.c('ramipril 5 mg daily', 'amlodipine 5 mg daily', 'perindopril 4 mg daily')]
    if r.random() < 0.4:
        meds.append(pick(ctx, AEDS))
    if ctx.fr:
        paras = ['# Résumé de départ - Neurologie', 'Patient : %s' % full, dob_s(ctx, p, acc), mrn_s(ctx, s, acc)]
        if p['nam']:
            paras.append(nam_s(ctx, p, acc))
        paras += ['Admission : %s   Congé : %s' % ('2025-01-%02d' % r.randint(1, 14), '2025-01-%02d' % r.randint(15, 28)),
                  '# Diagnostic', dx + '. ' + ctx.c('Étiologie cardioembolique probable.', 'Maladie des petits vaisseaux.',
                                                    'Athérosclérose carotidienne 70 %.'),
                  '# Évolution', 'NIHSS %d à l\'admission, %d au congé. %s' % (r.randint(3, 18), r.randint(0, 6),
                                                                           ctx.c('Pas de complication.', 'Pneumonie d\'aspiration traitée.',
                                                                                 'Crise focale unique au J3.')),
                  '# Résultats', lab_values(ctx, acc, 3),
                  '# Médication au départ'] + ['- ' + m for m in meds] + [
            '# Suivi', 'Clinique AVC dans 6 semaines; pas de conduite automobile d\'ici là.',
            ctx.dname(neuro) + ', ' + ctx.role_label(neuro)]
        fn = ctx.c('Resume_depart_%s.%s', 'résumé de départ %s.%s', 'RD_%s.%s')
        subj = ctx.c('Résumé de départ', 'Congé - résumé', 'Résumé de départ neuro')
        txt = ctx.c('Ci-joint le résumé de départ de votre patient(e). Merci d\'assurer le suivi de la TA et du bilan lipidique.',
                    'Pour votre dossier, le résumé de départ.', 'Voici le résumé, l\'original suit par fax.')
    else:
        paras = ['# Discharge summary - Neurology', 'Patient: %s' % full, dob_s(ctx, p, acc), mrn_s(ctx, s, acc)]
        if p['nam']:
            paras.append(nam_s(ctx, p, acc))
        paras += ['Admitted: %s   Discharged: %s' % ('2025-01-%02d' % r.randint(1, 14), '2025-01-%02d' % r.randint(15, 28)),
                  '# Diagnosis', dx + '. ' + ctx.c('Likely cardioembolic.', 'Small vessel disease.', '70% carotid stenosis.'),
                  '# Course', 'NIHSS %d on admission, %d at discharge. %s' % (r.randint(3, 18), r.randint(0, 6),
                                                                          ctx.c('Uncomplicated.', 'Aspiration pneumonia treated.',
                                                                                'Single focal seizure on day 3.')),
                  '# Results', lab_values(ctx, acc, 3), '# Discharge medications'] + ['- ' + m for m in meds] + [
            '# Follow-up', 'Stroke clinic in 6 weeks; no driving until then.', ctx.dname(neuro)]
        fn = ctx.c('Discharge_summary_%s.%s', 'DC summary %s.%s', 'DS_%s.%s')
        subj = ctx.c('Discharge summary', 'D/C summary', 'Neurology discharge summary')
        txt = ctx.c('Attached is the discharge summary for your patient. Please follow BP and lipids.',
                    'For your records, the discharge summary.')
    kind = ctx.c('docx', 'pdf')
    fname = fn % (D.strip_accents(p['surname']) if r.random() < 0.6 else ctx.c('2025', 'neuro'), kind)
    if kind == 'docx':
        data = A.make_docx(paras, author=ctx.dname(neuro))
    else:
        data = A.make_pdf(paras, title=ctx.t('Résumé de départ', 'Discharge summary'), compress=r.random() < 0.5)
    body = join(ctx.hello(gp), txt, ctx.bye(), ctx.signature(neuro))
    return spec(ctx, 'resume_depart' if ctx.fr else 'discharge_summary', subj, ctx.addr(neuro), [ctx.addr(gp)], body, acc,
                'discharge summary attachment', attachments=[dict(kind=kind, filename=fname, data=data)])


POS_A = [p_tnk_transfer, p_evt_return, p_aphasia, p_swallow, p_rehab_bed, p_physio, p_ot_home, p_signout,
         p_census_xlsx, p_transport, p_discharge]
