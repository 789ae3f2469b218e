"""Phrase banks: greetings, sign-offs, signatures, disclaimers and clinical vignettes."""
import datetime

from gen_common import pick, chance, ORGS, staff, staff_addr, phone_fmt, hhmm


class Ctx:
    def __init__(self, rng, lang, pool, when, idx):
        self.rng = rng
        self.lang = lang
        self.pool = pool
        self.when = when          # aware datetime of the message
        self.idx = idx
        self.orgs = {}            # staff member -> organisation they write from
        self.hstyle = rng.random() < 0.6   # French writers: 14h05 rather than 14:05

    def T(self, fr, en):
        return fr if self.lang == 'fr' else en

    def pick(self, seq):
        return pick(self.rng, seq)

    def chance(self, p):
        return chance(self.rng, p)

    @property
    def day(self):
        return self.when.date()


def dec(ctx, x, nd=1):
    s = ('%.' + str(nd) + 'f') % x
    return s.replace('.', ',') if ctx.lang == 'fr' else s


def greet(ctx, name=None):
    if ctx.lang == 'fr':
        opts = ['Bonjour,', 'Bonjour à tous,', 'Salut,', 'Bonsoir,', 'Allo,']
        if name:
            opts += ['Bonjour %s,' % name, 'Salut %s,' % name, 'Bonjour %s !' % name]
    else:
        opts = ['Hi,', 'Hello,', 'Good morning,', 'Hi all,', 'Hi team,']
        if name:
            opts += ['Hi %s,' % name, 'Hello %s,' % name, '%s,' % name, 'Morning %s,' % name]
    return pick(ctx.rng, opts)


def close(ctx):
    if ctx.lang == 'fr':
        return pick(ctx.rng, ['Merci !', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,',
                              'Merci de votre collaboration,', 'Bonne fin de quart,', 'À+', 'Merci'])
    return pick(ctx.rng, ['Thanks,', 'Thank you,', 'Best,', 'Regards,', 'Cheers,', 'Thanks!',
                          'Many thanks,', 'Take care,'])


FEMALE_STAFF = {'Hélène', 'Isabelle', 'Julie', 'Nadia', 'Caroline', 'Valérie', 'Chantal', 'Geneviève', 'Harpreet',
                'Laura', 'Lucía', 'Anita', 'Rebecca', 'Claire', 'Annie', 'Marie-Ève', 'Josianne', 'Émilie', 'Megan',
                'Priyanka', 'Amélie'}
MALE_STAFF = {'Stéphane', 'Mathieu', 'François', 'Éric', 'Sébastien', 'Alexandre', 'Martin', 'Daniel', 'Erik', 'Chidi',
              'Rami', 'Sean', 'Owen', 'Pascal', 'Luc', 'Yannick', 'Guillaume', 'Simon', 'Patrice', 'Tyler', 'Jonathan',
              'Olivier'}
TO_MASC = [('Assistante infirmière-chef', 'Assistant infirmier-chef'), ('Infirmière-chef', 'Infirmier-chef'),
           ('Infirmière', 'Infirmier'), ('infirmière', 'infirmier'), ('Conseillère', 'Conseiller'), ('Agente', 'Agent'),
           ('Coordonnatrice', 'Coordonnateur'), ('coordonnatrice', 'coordonnateur'), ('Répartitrice', 'Répartiteur'),
           ('Directrice', 'Directeur'), ('Cheffe', 'Chef'), ('Adjointe', 'Adjoint'), ('adjointe', 'adjoint'),
           ('Éducatrice', 'Éducateur'), ('Pharmacienne', 'Pharmacien'), ('clinicienne', 'clinicien')]
TO_FEM = [('Conseiller ', 'Conseillère '), ('Coordonnateur', 'Coordonnatrice'), ('Superviseur', 'Superviseure'),
          ('agent de liaison', 'agente de liaison'), ('Chef de salle', 'Cheffe de salle'), ('Paramédic - agent', 'Paramédic - agente')]


def gender_role(person, role):
    if person[0] in MALE_STAFF:
        for a, b in TO_MASC:
            role = role.replace(a, b)
    elif person[0] in FEMALE_STAFF:
        for a, b in TO_FEM:
            role = role.replace(a, b)
    return role


def signature(ctx, person, role, orgkey, short=None):
    orgkey = ctx.orgs.get(person, orgkey)
    role = gender_role(person, role)
    orgname, dom = ORGS[orgkey]
    g, s = person
    short = ctx.chance(0.3) if short is None else short
    if short:
        return pick(ctx.rng, ['%s' % g, '%s %s' % (g, s), '-- %s' % g, '%s.' % g[0]])
    lines = ['%s %s' % (g, s), role, orgname]
    if ctx.chance(0.8):
        ext = ' %s %d' % (ctx.T('poste', 'ext.'), ctx.rng.randrange(2000, 7999)) if ctx.chance(0.6) else ''
        lines.append('%s %s%s' % (ctx.T('Tél. :', 'Tel:'), phone_fmt(ctx.rng), ext))
    if not role:
        lines.remove(role)
    if ctx.chance(0.3):
        lines.append(staff_addr(person, dom))
    sep = pick(ctx.rng, ['--', '__________________', '', '---'])
    return (sep + '\n' if sep else '') + '\n'.join(lines)


DISCLAIMERS_FR = [
    "AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
    "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.",
    "Ce message est destiné uniquement au destinataire visé. Toute diffusion non autorisée est interdite.",
    "Pensez à l'environnement avant d'imprimer ce courriel.",
]
DISCLAIMERS_EN = [
    "CONFIDENTIALITY NOTICE: This e-mail may contain privileged or confidential information. "
    "If you received it in error, please notify the sender and delete it.",
    "This message is intended only for the named recipient(s).",
    "Please consider the environment before printing this e-mail.",
]


def disclaimer(ctx, p=0.35):
    if not ctx.chance(p):
        return ''
    return '\n\n' + pick(ctx.rng, DISCLAIMERS_FR if ctx.lang == 'fr' else DISCLAIMERS_EN)


def compose(ctx, greeting, paras, sign, extra=''):
    parts = [p for p in [greeting] + list(paras) + [close(ctx), sign] if p]
    return '\n\n'.join(parts) + disclaimer(ctx) + extra + '\n'


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))


def quote_header(ctx, who, when):
    if ctx.lang == 'fr':
        return pick(ctx.rng, [
            'Le %s à %s, %s a écrit :' % (when.strftime('%Y-%m-%d'), when.strftime('%H:%M'), who),
            '-----Message d\'origine-----\nDe : %s\nEnvoyé : %s\nObjet : ' % (who, when.strftime('%d/%m/%Y %H:%M')),
        ])
    return pick(ctx.rng, [
        'On %s at %s, %s wrote:' % (when.strftime('%a, %b %d, %Y'), when.strftime('%I:%M %p'), who),
        '-----Original Message-----\nFrom: %s\nSent: %s\nSubject: ' % (who, when.strftime('%A, %B %d, %Y %I:%M %p')),
    ])


# ---------------------------------------------------------------- clinical vignettes
# Each case: age range, per-language dx, chief complaint, meds, labs, destination.
CASES = [
    dict(key='stemi', age=(42, 88),
         fr=dict(dx='STEMI inférieur', cc='douleur rétrosternale irradiant au bras gauche depuis 40 min, diaphorèse',
                 meds=['AAS 320 mg PO croqué', 'nitroglycérine 0,4 mg SL x 2'],
                 labs=['troponine hs 1 240 ng/L', 'K+ 4,1 mmol/L'], dest='salle d\'hémodynamie'),
         en=dict(dx='inferior STEMI', cc='retrosternal chest pain radiating to L arm x 40 min, diaphoretic',
                 meds=['ASA 320 mg chewed', 'nitroglycerin 0.4 mg SL x2'],
                 labs=['hs-troponin 1,240 ng/L', 'K 4.1 mmol/L'], dest='cath lab')),
    dict(key='stroke', age=(55, 92),
         fr=dict(dx='AVC ischémique sylvien gauche (NIHSS 14)', cc='aphasie et hémiparésie droite, dernière fois vu normal à 06h10',
                 meds=['ténectéplase 0,25 mg/kg IV'], labs=['glycémie capillaire 7,2 mmol/L', 'INR 1,0'],
                 dest='neurologie vasculaire (thrombectomie)'),
         en=dict(dx='left MCA ischemic stroke (NIHSS 14)', cc='aphasia and right-sided weakness, last seen well 06:10',
                 meds=['tenecteplase 0.25 mg/kg IV'], labs=['capillary glucose 7.2 mmol/L', 'INR 1.0'],
                 dest='stroke team for thrombectomy')),
    dict(key='hypo', age=(19, 80),
         fr=dict(dx='hypoglycémie sévère chez diabétique type 1', cc='retrouvé confus et diaphorétique par sa conjointe',
                 meds=['glucagon 1 mg IM', 'dextrose 10 % 250 mL IV'], labs=['glycémie capillaire 1,8 mmol/L', 'glycémie de contrôle 6,4 mmol/L'],
                 dest='urgence'),
         en=dict(dx='severe hypoglycemia, type 1 diabetes', cc='found confused and diaphoretic by partner',
                 meds=['glucagon 1 mg IM', 'D10W 250 mL IV'], labs=['capillary glucose 1.8 mmol/L', 'repeat glucose 6.4 mmol/L'],
                 dest='ED')),
    dict(key='opioid', age=(18, 60),
         fr=dict(dx='surdose d\'opioïdes (fentanyl présumé)', cc='inconscient, bradypnée à 6/min, myosis',
                 meds=['naloxone 0,4 mg IM x 2', 'naloxone 2 mg IN'], labs=['glycémie 5,9 mmol/L', 'dépistage urinaire positif fentanyl'],
                 dest='urgence'),
         en=dict(dx='opioid overdose (suspected fentanyl)', cc='unresponsive, RR 6, pinpoint pupils',
                 meds=['naloxone 0.4 mg IM x2', 'naloxone 4 mg IN'], labs=['glucose 5.9 mmol/L', 'urine drug screen positive for fentanyl'],
                 dest='ED')),
    dict(key='copd', age=(55, 90),
         fr=dict(dx='exacerbation de MPOC', cc='dyspnée progressive depuis 3 jours, expectorations purulentes',
                 meds=['salbutamol 5 mg + ipratropium 0,5 mg en nébulisation', 'prednisone 50 mg PO'],
                 labs=['SpO2 84 % à l\'air ambiant', 'gaz veineux pH 7,29 / pCO2 68 mmHg'], dest='soins intensifs'),
         en=dict(dx='COPD exacerbation', cc='worsening shortness of breath x 3 days, purulent sputum',
                 meds=['salbutamol 5 mg + ipratropium 0.5 mg nebulized', 'prednisone 50 mg PO'],
                 labs=['SpO2 84% on room air', 'VBG pH 7.29 / pCO2 68 mmHg'], dest='ICU')),
    dict(key='anaph', age=(8, 60),
         fr=dict(dx='anaphylaxie aux arachides', cc='urticaire généralisée, stridor, hypotension après un repas',
                 meds=['épinéphrine 0,5 mg IM (auto-injecteur)', 'diphenhydramine 50 mg IV'],
                 labs=['tryptase 38 µg/L'], dest='urgence'),
         en=dict(dx='peanut anaphylaxis', cc='generalized hives, stridor and hypotension after a meal',
                 meds=['epinephrine 0.5 mg IM (auto-injector)', 'diphenhydramine 50 mg IV'],
                 labs=['tryptase 38 µg/L'], dest='ED')),
    dict(key='hip', age=(70, 98),
         fr=dict(dx='fracture du col fémoral droit', cc='chute de sa hauteur, jambe raccourcie en rotation externe',
                 meds=['fentanyl 50 mcg IN', 'acétaminophène 1 g PO'], labs=['Hb 118 g/L', 'créatinine 142 µmol/L'],
                 dest='orthopédie'),
         en=dict(dx='right femoral neck fracture', cc='ground-level fall, shortened externally rotated leg',
                 meds=['fentanyl 50 mcg IN', 'acetaminophen 1 g PO'], labs=['Hb 118 g/L', 'creatinine 142 µmol/L'],
                 dest='orthopedics')),
    dict(key='sepsis', age=(40, 95),
         fr=dict(dx='sepsis d\'origine urinaire', cc='fièvre 39,4, confusion aiguë, hypotension 82/50',
                 meds=['pipéracilline-tazobactam 4,5 g IV', 'NaCl 0,9 % 2 L'], labs=['lactate 4,1 mmol/L', 'leucocytes 21,3 x 10⁹/L'],
                 dest='soins intensifs'),
         en=dict(dx='urosepsis', cc='fever 39.4, acute confusion, BP 82/50',
                 meds=['piperacillin-tazobactam 4.5 g IV', 'NS 2 L bolus'], labs=['lactate 4.1 mmol/L', 'WBC 21.3'],
                 dest='ICU')),
    dict(key='seizure', age=(3, 70),
         fr=dict(dx='état de mal épileptique', cc='convulsions tonico-cloniques > 5 min, connu épileptique',
                 meds=['midazolam 10 mg IN', 'lévétiracétam 60 mg/kg IV'], labs=['glycémie 6,1 mmol/L', 'lévétiracétam sérique indétectable'],
                 dest='urgence'),
         en=dict(dx='status epilepticus', cc='tonic-clonic seizure > 5 min, known epilepsy',
                 meds=['midazolam 10 mg IN', 'levetiracetam 60 mg/kg IV'], labs=['glucose 6.1 mmol/L', 'levetiracetam level undetectable'],
                 dest='ED')),
    dict(key='gibleed', age=(45, 90),
         fr=dict(dx='hémorragie digestive haute (méléna)', cc='méléna depuis 24 h, lipothymie',
                 meds=['pantoprazole 80 mg IV', 'culots globulaires 2 unités'], labs=['Hb 71 g/L', 'INR 2,8 (sous warfarine)'],
                 dest='gastro-entérologie (endoscopie)'),
         en=dict(dx='upper GI bleed (melena)', cc='melena x 24 h, presyncope',
                 meds=['pantoprazole 80 mg IV', 'PRBC 2 units'], labs=['Hb 71 g/L', 'INR 2.8 (on warfarin)'],
                 dest='GI for endoscopy')),
    dict(key='dka', age=(12, 45),
         fr=dict(dx='acidocétose diabétique', cc='polyurie, vomissements, respiration de Kussmaul',
                 meds=['insuline IV 0,1 U/kg/h', 'NaCl 0,9 % 1 L'], labs=['glycémie 31,2 mmol/L', 'pH 7,12', 'bicarbonates 8 mmol/L'],
                 dest='soins intensifs'),
         en=dict(dx='diabetic ketoacidosis', cc='polyuria, vomiting, Kussmaul breathing',
                 meds=['insulin infusion 0.1 U/kg/h', 'NS 1 L'], labs=['glucose 31.2 mmol/L', 'pH 7.12', 'bicarbonate 8 mmol/L'],
                 dest='ICU')),
    dict(key='tbi', age=(16, 85),
         fr=dict(dx='traumatisme craniocérébral avec hématome sous-dural aigu', cc='chute dans un escalier, GCS 11',
                 meds=['acide tranexamique 1 g IV'], labs=['TDM : HSD 9 mm avec déviation 4 mm', 'plaquettes 212 x 10⁹/L'],
                 dest='neurochirurgie'),
         en=dict(dx='traumatic brain injury, acute subdural hematoma', cc='fall down stairs, GCS 11',
                 meds=['tranexamic acid 1 g IV'], labs=['CT: 9 mm SDH with 4 mm midline shift', 'platelets 212'],
                 dest='neurosurgery')),
    dict(key='aorta', age=(50, 85),
         fr=dict(dx='dissection aortique type A', cc='douleur thoracique déchirante irradiant au dos',
                 meds=['labétalol 20 mg IV', 'morphine 4 mg IV'], labs=['angio-TDM : dissection type A', 'créatinine 98 µmol/L'],
                 dest='chirurgie cardiaque'),
         en=dict(dx='type A aortic dissection', cc='tearing chest pain radiating to the back',
                 meds=['labetalol 20 mg IV', 'morphine 4 mg IV'], labs=['CTA: type A dissection', 'creatinine 98 µmol/L'],
                 dest='cardiac surgery')),
    dict(key='co', age=(5, 80),
         fr=dict(dx='intoxication au monoxyde de carbone', cc='céphalées et nausées, détecteur CO en alarme au domicile',
                 meds=['oxygène 100 % au masque'], labs=['COHb 22 %'], dest='caisson hyperbare'),
         en=dict(dx='carbon monoxide poisoning', cc='headache and nausea, home CO alarm sounding',
                 meds=['100% O2 by non-rebreather'], labs=['COHb 22%'], dest='hyperbaric chamber')),
]


def case(ctx, keys=None):
    pool = [c for c in CASES if keys is None or c['key'] in keys]
    c = pick(ctx.rng, pool)
    return c, c[ctx.lang]


def vitals(ctx):
    r = ctx.rng
    sys_ = r.randrange(82, 188)
    ta = '%d/%d' % (sys_, int(sys_ * r.uniform(0.5, 0.68)))
    if ctx.lang == 'fr':
        return 'TA %s, FC %d, FR %d, SpO2 %d %%, T %s °C, GCS %d' % (
            ta, r.randrange(52, 132), r.randrange(10, 32), r.randrange(84, 100),
            dec(ctx, r.randrange(355, 395) / 10), r.randrange(9, 16))
    return 'BP %s, HR %d, RR %d, SpO2 %d%%, T %s C, GCS %d' % (
        ta, r.randrange(52, 132), r.randrange(10, 32), r.randrange(84, 100),
        dec(ctx, r.randrange(355, 395) / 10), r.randrange(9, 16))


def call_no(ctx):
    return '%02d-%06d' % (ctx.when.year % 100, ctx.rng.randrange(0, 999999))


def unit_no(ctx):
    return '%d-%02d' % (ctx.rng.randrange(10, 99), ctx.rng.randrange(1, 40))


def time_at(ctx, minus_minutes):
    t = ctx.when - datetime.timedelta(minutes=minus_minutes)
    if ctx.lang == 'fr' and ctx.hstyle:
        return '%dh%02d' % (t.hour, t.minute)
    return '%02d:%02d' % (t.hour, t.minute)
