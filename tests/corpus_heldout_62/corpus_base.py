"""Context object shared by the positive and negative templates, clinical vocab pools."""
import datetime as dt

import corpus_common as C
import corpus_mime as M
import corpus_text as X

TYPE_ORDER = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth',
              'patient_name', 'diagnosis', 'medication', 'lab_result', 'patient_contact',
              'social_information']


def types_of(*names):
    s = []
    for n in names:
        if n and n not in s:
            if n not in TYPE_ORDER:
                raise ValueError('unknown type %s' % n)
            s.append(n)
    return sorted(s, key=TYPE_ORDER.index)


# --------------------------------------------------------------------------
# Clinical pools (fr, en)
# --------------------------------------------------------------------------
NEONATAL = [
    dict(fr='syndrome de détresse respiratoire', en='respiratory distress syndrome', abbr='SDR/RDS',
         med=[('surfactant (poractant alfa) 200 mg/kg x1', 'surfactant (poractant alfa) 200 mg/kg x1'),
              ('caféine citrate 20 mg/kg en bolus puis 5 mg/kg/j', 'caffeine citrate 20 mg/kg load then 5 mg/kg/day')],
         lab=[('gaz capillaire pH 7,22 / pCO2 61 mmHg', 'capillary gas pH 7.22 / pCO2 61 mmHg'),
              ('FiO2 0,40 sous CPAP 7', 'FiO2 0.40 on CPAP 7')]),
    dict(fr='hyperbilirubinémie néonatale', en='neonatal hyperbilirubinemia', abbr='hyperbili',
         med=[('photothérapie intensive', 'intensive phototherapy'),
              ('IgIV 1 g/kg', 'IVIG 1 g/kg')],
         lab=[('bilirubine totale 312 µmol/L à 58 h de vie', 'total serum bilirubin 312 umol/L at 58 h of life'),
              ('Coombs direct positif, groupe O+ chez la mère', 'DAT positive, mother O+')]),
    dict(fr='hypoglycémie néonatale persistante', en='persistent neonatal hypoglycemia', abbr='hypogly',
         med=[('dextrose 10 % à 80 mL/kg/j', 'D10W at 80 mL/kg/day'),
              ('gel de dextrose 40 % 0,5 mL/kg', 'dextrose gel 40% 0.5 mL/kg')],
         lab=[('glycémie 1,6 mmol/L à 3 h de vie', 'glucose 1.6 mmol/L at 3 h of life'),
              ('glycémie capillaire 2,1 mmol/L malgré les boires', 'POC glucose 2.1 mmol/L despite feeds')]),
    dict(fr='encéphalopathie hypoxique-ischémique modérée', en='moderate hypoxic-ischemic encephalopathy',
         abbr='EHI/HIE',
         med=[('phénobarbital 20 mg/kg IV', 'phenobarbital 20 mg/kg IV'),
              ('morphine 10 mcg/kg/h pendant l\'hypothermie', 'morphine 10 mcg/kg/h during cooling')],
         lab=[('gaz de cordon pH 6,94, déficit de base -16', 'cord gas pH 6.94, base deficit -16'),
              ('lactate 9,8 mmol/L', 'lactate 9.8 mmol/L')]),
    dict(fr='sepsis néonatal précoce présumé', en='suspected early-onset sepsis', abbr='sepsis',
         med=[('ampicilline 100 mg/kg q8h + gentamicine 4 mg/kg q24h',
               'ampicillin 100 mg/kg q8h + gentamicin 4 mg/kg q24h')],
         lab=[('CRP 38 mg/L, leucocytes 4,1 x10^9/L', 'CRP 38 mg/L, WBC 4.1 x10^9/L'),
              ('hémoculture : Streptococcus agalactiae', 'blood culture: Streptococcus agalactiae')]),
    dict(fr='entérocolite nécrosante stade II', en='stage II necrotizing enterocolitis', abbr='ECN/NEC',
         med=[('pipéracilline-tazobactam 100 mg/kg q8h', 'piperacillin-tazobactam 100 mg/kg q8h')],
         lab=[('pneumatose à la radiographie abdominale, plaquettes 88 x10^9/L',
               'pneumatosis on AXR, platelets 88 x10^9/L')]),
    dict(fr='syndrome de sevrage néonatal (exposition aux opioïdes)', en='neonatal abstinence syndrome (opioid exposure)',
         abbr='SSN/NAS',
         med=[('morphine orale 0,05 mg/kg q4h', 'oral morphine 0.05 mg/kg q4h')],
         lab=[('score de Finnegan 12 et 14', 'Finnegan scores 12 and 14'),
              ('dépistage urinaire : méthadone positif', 'urine drug screen: methadone positive')]),
    dict(fr='communication interventriculaire avec insuffisance cardiaque', en='VSD with heart failure',
         abbr='CIV/VSD',
         med=[('furosémide 1 mg/kg BID', 'furosemide 1 mg/kg BID')],
         lab=[('échocardiographie : CIV périmembraneuse 5 mm', 'echo: 5 mm perimembranous VSD'),
              ('NT-proBNP 4 850 ng/L', 'NT-proBNP 4850 ng/L')]),
]

PRENATAL = [
    dict(fr='diabète gestationnel', en='gestational diabetes', abbr='DG/GDM',
         med=[('insuline NPH 8 unités au coucher', 'NPH insulin 8 units at bedtime'),
              ('metformine 500 mg BID', 'metformin 500 mg BID')],
         lab=[('HGPO 75 g : 5,6 / 11,2 / 9,4 mmol/L', 'OGTT 75 g: 5.6 / 11.2 / 9.4 mmol/L'),
              ('HbA1c 6,1 %', 'HbA1c 6.1%')]),
    dict(fr='prééclampsie', en='preeclampsia', abbr='PE',
         med=[('labétalol 200 mg TID', 'labetalol 200 mg TID'), ('nifédipine XL 30 mg', 'nifedipine XL 30 mg')],
         lab=[('TA 156/102, rapport protéines/créatinine 58 mg/mmol', 'BP 156/102, urine PCR 58 mg/mmol'),
              ('plaquettes 112, ALT 64', 'platelets 112, ALT 64')]),
    dict(fr='menace d\'accouchement prématuré', en='threatened preterm labour', abbr='MAP/PTL',
         med=[('bétaméthasone 12 mg IM x2', 'betamethasone 12 mg IM x2'), ('nifédipine 20 mg', 'nifedipine 20 mg')],
         lab=[('col à 18 mm à l\'échographie endovaginale', 'cervical length 18 mm on TVUS'),
              ('fibronectine fœtale positive', 'fetal fibronectin positive')]),
    dict(fr='cholestase gravidique', en='intrahepatic cholestasis of pregnancy', abbr='CIG/ICP',
         med=[('acide ursodésoxycholique 300 mg BID', 'ursodeoxycholic acid 300 mg BID')],
         lab=[('acides biliaires 47 µmol/L', 'bile acids 47 umol/L')]),
    dict(fr='hyperémèse gravidique', en='hyperemesis gravidarum', abbr='HG',
         med=[('Diclectin 2 co HS', 'Diclectin 2 tabs HS'), ('ondansétron 4 mg', 'ondansetron 4 mg')],
         lab=[('cétonurie 3+, potassium 3,1', 'ketonuria 3+, potassium 3.1')]),
    dict(fr='retard de croissance intra-utérin', en='fetal growth restriction', abbr='RCIU/FGR',
         med=[('aspirine 162 mg HS', 'aspirin 162 mg HS')],
         lab=[('poids fœtal estimé au 4e percentile, Doppler ombilical IP élevé',
               'EFW 4th percentile, raised umbilical artery PI')]),
    dict(fr='streptocoque du groupe B positif', en='group B strep positive', abbr='SGB/GBS',
         med=[('pénicilline G en per-partum', 'intrapartum penicillin G')],
         lab=[('culture vagino-rectale à 36 sem : SGB positif', 'vaginal-rectal swab at 36 wk: GBS positive')]),
    dict(fr='anémie ferriprive de grossesse', en='iron deficiency anemia in pregnancy', abbr='anémie',
         med=[('fer saccharose IV 300 mg', 'iron sucrose IV 300 mg'), ('Feramax 150 mg DIE', 'Feramax 150 mg daily')],
         lab=[('Hb 92 g/L, ferritine 6 µg/L', 'Hb 92 g/L, ferritin 6 ug/L')]),
]

PEDIATRIC = [
    dict(fr='asthme', en='asthma', abbr='asthme',
         med=[('salbutamol 100 mcg 2 inh. PRN', 'salbutamol 100 mcg 2 puffs PRN'),
              ('fluticasone 125 mcg BID', 'fluticasone 125 mcg BID')],
         lab=[('VEMS 68 % de la valeur prédite', 'FEV1 68% predicted')]),
    dict(fr='allergie sévère aux arachides', en='severe peanut allergy', abbr='anaphylaxie',
         med=[('EpiPen Jr 0,15 mg', 'EpiPen Jr 0.15 mg'), ('cétirizine 5 mg', 'cetirizine 5 mg')],
         lab=[('IgE spécifiques arachide 42 kU/L', 'peanut-specific IgE 42 kU/L')]),
    dict(fr='TDAH', en='ADHD', abbr='TDAH',
         med=[('méthylphénidate (Concerta) 27 mg le matin', 'methylphenidate (Concerta) 27 mg in the morning'),
              ('Vyvanse 20 mg', 'Vyvanse 20 mg')],
         lab=[('questionnaire de Conners élevé (T=72)', 'Conners rating T=72')]),
    dict(fr='diabète de type 1', en='type 1 diabetes', abbr='DT1',
         med=[('insuline asparte selon le ratio 1 u : 15 g', 'insulin aspart 1 u : 15 g ratio'),
              ('glucagon intranasal 3 mg', 'nasal glucagon 3 mg')],
         lab=[('HbA1c 8,9 %', 'HbA1c 8.9%'), ('glycémie 2,8 mmol/L en classe', 'glucose 2.8 mmol/L in class')]),
    dict(fr='épilepsie', en='epilepsy', abbr='épilepsie',
         med=[('lévétiracétam 250 mg BID', 'levetiracetam 250 mg BID'), ('midazolam buccal 5 mg', 'buccal midazolam 5 mg')],
         lab=[('EEG : pointes-ondes centro-temporales', 'EEG: centrotemporal spikes')]),
    dict(fr='trouble anxieux avec refus scolaire', en='anxiety disorder with school refusal', abbr='anxiété',
         med=[('sertraline 25 mg', 'sertraline 25 mg')],
         lab=[('score GAD-7 à 15', 'GAD-7 score 15')]),
    dict(fr='maladie cœliaque', en='celiac disease', abbr='cœliaque',
         med=[('diète sans gluten, fer oral', 'gluten-free diet, oral iron')],
         lab=[('anti-transglutaminase IgA > 128 U/mL', 'anti-tTG IgA > 128 U/mL')]),
]

ADOLESCENT = [
    dict(fr='grossesse à 9 semaines', en='pregnancy at 9 weeks', med=[('acide folique 1 mg', 'folic acid 1 mg')],
         lab=[('β-hCG 48 200 UI/L', 'beta-hCG 48,200 IU/L')]),
    dict(fr='infection à Chlamydia trachomatis', en='Chlamydia trachomatis infection',
         med=[('azithromycine 1 g PO dose unique', 'azithromycin 1 g PO single dose')],
         lab=[('TAAN urinaire positif pour C. trachomatis', 'urine NAAT positive for C. trachomatis')]),
    dict(fr='trouble des conduites alimentaires (anorexie)', en='eating disorder (anorexia nervosa)',
         med=[('multivitamine et supplément de phosphore', 'multivitamin and phosphate supplement')],
         lab=[('IMC 15,2, FC 44/min, phosphore 0,71', 'BMI 15.2, HR 44/min, phosphate 0.71')]),
    dict(fr='idées suicidaires', en='suicidal ideation', med=[('fluoxétine 10 mg', 'fluoxetine 10 mg')],
         lab=[('PHQ-9 à 21', 'PHQ-9 of 21')]),
]

SOCIAL = [
    ('négligence sur le plan de l\'hygiène et de l\'alimentation', 'neglect regarding hygiene and nutrition'),
    ('exposition à la violence conjugale (intervention policière le week-end dernier)',
     'exposure to intimate partner violence (police called last weekend)'),
    ('consommation de méthamphétamines par la mère', 'maternal methamphetamine use'),
    ('père incarcéré depuis mars, mère seule avec trois enfants', 'father incarcerated since March, mother alone with three children'),
    ('absentéisme scolaire important (42 absences non motivées)', 'major school absenteeism (42 unexcused absences)'),
    ('logement insalubre, famille hébergée temporairement chez une tante', 'unsanitary housing, family staying temporarily with an aunt'),
    ('conflit de garde sévère, ordonnance de la Cour supérieure en vigueur', 'high-conflict custody, Superior Court order in force'),
    ('mère de 16 ans sans soutien familial', '16-year-old mother with no family support'),
    ('famille demandeuse d\'asile arrivée en janvier, sans couverture RAMQ', 'asylum-seeking family arrived in January, no RAMQ coverage yet'),
    ('ecchymoses inexpliquées au dos, propos de l\'enfant inquiétants', 'unexplained bruising on the back, worrying disclosure by the child'),
]

VACCINES = [
    ('DCaT-VPI-Hib (Pediacel)', 'DTaP-IPV-Hib (Pediacel)'),
    ('RRO-Var (Priorix-Tetra)', 'MMRV (Priorix-Tetra)'),
    ('Pneu-C-15 (Vaxneuvance)', 'Pneu-C-15 (Vaxneuvance)'),
    ('Men-C-C (Menjugate)', 'Men-C-C (Menjugate)'),
    ('HB (Engerix-B)', 'HB (Engerix-B)'),
    ('VPH-9 (Gardasil 9)', 'HPV-9 (Gardasil 9)'),
    ('dcaT (Adacel)', 'Tdap (Adacel)'),
    ('influenza (Flulaval Tetra)', 'influenza (Flulaval Tetra)'),
    ('nirsévimab (Beyfortus) 50 mg', 'nirsevimab (Beyfortus) 50 mg'),
    ('rotavirus (Rotarix)', 'rotavirus (Rotarix)'),
]

ADVERSE = [
    ('convulsion fébrile 9 jours après le RRO-Var', 'febrile seizure 9 days after MMRV'),
    ('urticaire généralisée 20 minutes après la dose', 'generalized hives 20 minutes after the dose'),
    ('épisode d\'hypotonie-hyporéactivité', 'hypotonic-hyporesponsive episode'),
    ('syncope avec chute, sans blessure', 'syncope with fall, no injury'),
]


VAX_INFANT = [0, 2, 3, 4, 8, 9]     # indexes into VACCINES
VAX_CHILD = [0, 1, 7, 3]
VAX_SCHOOL = [4, 5, 6, 7]


def vaccine_for(rng, age):
    idx = VAX_INFANT if age < 2 else (VAX_CHILD if age < 8 else VAX_SCHOOL)
    return VACCINES[idx[rng.randrange(len(idx))]]


def dx(pool, rng):
    return pool[rng.randrange(len(pool))]


# --------------------------------------------------------------------------
# Context
# --------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng, lang, when, people, idx, kind):
        self.rng = rng
        self.lang = lang
        self.when = when
        self.today = when.date()
        self.people = people
        self.idx = idx
        self.kind = kind        # 'p' or 'n'
        self.fr = lang == 'fr'

    # ---- text helpers
    def L(self, fr, en):
        return fr if self.fr else en

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p):
        return self.rng.random() < p

    def date(self, d, style=None):
        return C.fmt_date(d, self.lang, self.rng.randint(0, 4) if style is None else style)

    def later(self, lo, hi):
        return self.today + dt.timedelta(days=self.rng.randint(lo, hi))

    def earlier(self, lo, hi):
        return self.today - dt.timedelta(days=self.rng.randint(lo, hi))

    def staff(self, role, org=None):
        return X.Staff(self.rng, role, org)

    # ---- people
    def _filter(self, pred):
        return [p for p in self.people if pred(p)]

    def kid_nam(self, lo=5, hi=17):
        pool = self._filter(lambda p: lo <= p.age(self.today) <= hi)
        return self.pick(pool)

    def mother_nam(self):
        pool = self._filter(lambda p: p.sex == 'F' and 19 <= p.age(self.today) <= 44)
        return self.pick(pool)

    def adult_nam(self, lo=30, hi=60):
        pool = self._filter(lambda p: lo <= p.age(self.today) <= hi)
        return self.pick(pool)

    def elder_nam(self):
        pool = self._filter(lambda p: 60 <= p.age(self.today) <= 85)
        return self.pick(pool)

    def invented_kid(self, lo=5, hi=16, sex=None, family=None):
        sex = sex or self.pick(['F', 'M'])
        given = self.pick(C.KID_GIVEN_F if sex == 'F' else C.KID_GIVEN_M)
        surname = family or self.pick(C.FAMILY)
        age_days = self.rng.randint(lo * 365 + 20, hi * 365 + 340)
        dob = self.today - dt.timedelta(days=age_days)
        return C.Person(surname, given, dob, sex)

    def invented_adult(self, sex=None, family=None, lo=22, hi=42):
        sex = sex or self.pick(['F', 'M'])
        given = self.pick(C.ADULT_GIVEN_F if sex == 'F' else C.ADULT_GIVEN_M)
        surname = family or self.pick(C.FAMILY)
        dob = self.today - dt.timedelta(days=self.rng.randint(lo * 365, hi * 365))
        return C.Person(surname, given, dob, sex)

    def newborn(self, family, days_old=(0, 6), named=None):
        sex = self.pick(['F', 'M'])
        dob = self.today - dt.timedelta(days=self.rng.randint(*days_old))
        if named is None:
            named = self.chance(0.5)
        if named:
            given = self.pick(C.KID_GIVEN_F if sex == 'F' else C.KID_GIVEN_M)
        else:
            given = self.L('Bébé ' + ('fille' if sex == 'F' else 'garçon'), 'Baby ' + ('girl' if sex == 'F' else 'boy'))
        p = C.Person(family, given, dob, sex)
        p.named = named
        p.birth_time = '%02d:%02d' % (self.rng.randint(0, 23), self.rng.randint(0, 59))
        ga_w = self.rng.randint(25, 39)
        p.ga = '%d+%d' % (ga_w, self.rng.randint(0, 6))
        p.weight = max(600, 750 + (ga_w - 25) * 185 + self.rng.randint(-160, 160))
        return p

    def mrn(self, org='chu', style=None):
        prefix, digits = C.gen_mrn(self.rng, org)
        return C.fmt_mrn(prefix, digits, self.lang, self.rng.randint(0, 3) if style is None else style)

    def nam(self, person, style=None):
        return C.fmt_nam(person.nam, self.rng.choice([0, 0, 1, 1, 2, 3, 4]) if style is None else style)

    # ---- transport
    def transport(self, mode=None, charset=None, cte=None, eol=None):
        r = self.rng
        if eol is None:
            eol = '\r\n' if r.random() < 0.45 else '\n'
        if charset is None:
            x = r.random()
            if self.fr:
                charset = 'utf-8' if x < 0.5 else ('iso-8859-1' if x < 0.75 else 'windows-1252')
            else:
                charset = 'utf-8' if x < 0.6 else ('windows-1252' if x < 0.85 else 'iso-8859-1')
        if cte is None:
            x = r.random()
            if charset == 'utf-8':
                cte = 'quoted-printable' if x < 0.45 else ('base64' if x < 0.75 else '8bit')
            else:
                cte = 'quoted-printable' if x < 0.5 else ('8bit' if x < 0.85 else 'base64')
        if mode is None:
            x = r.random()
            mode = 'plain' if x < 0.45 else ('alt' if x < 0.8 else 'html')
        return dict(mode=mode, charset=charset, cte=cte, eol=eol, mailer=self.pick(M.MAILERS))

    def env(self, sender, to, subject, cc=None, in_reply_to=None, extra=None):
        dom = sender[1].split('@')[1]
        return M.Envelope(sender, to, subject, self.when, C.msgid(self.rng, dom), cc=cc,
                          in_reply_to=in_reply_to, extra=extra)

    def finish(self, category, types, note, env, text=None, html=None, attachments=(), **tp):
        t = self.transport(**tp)
        if t['mode'] in ('html', 'alt') and html is None:
            html = X.text_to_html(text, self.lang)
        if t['mode'] == 'html' and html is None:
            t['mode'] = 'plain'
        if t['mode'] in ('plain', 'alt') and text is None:
            t['mode'] = 'html'
        data = M.build_message(env, text=text, html=html, mode=t['mode'], attachments=attachments,
                               charset=t['charset'], cte=t['cte'], eol=t['eol'],
                               seed_key='%s%d' % (self.kind, self.idx), mailer=t['mailer'])
        tys = types_of(*types)
        if self.kind == 'p' and not tys:
            raise ValueError('positive without types: %s' % category)
        if self.kind == 'n' and tys:
            raise ValueError('negative with types: %s' % category)
        return dict(category=category, lang=self.lang, types=tys, note=note, data=data)

    # ---- attachments
    def att_pdf(self, filename, title, lines, table=None, author=''):
        return M.binary_part(M.make_pdf(title, lines, author=author, table=table), 'application/pdf', filename)

    def att_docx(self, filename, title, paragraphs, table=None, author='CISSS'):
        return M.binary_part(M.make_docx(title, paragraphs, table=table, author=author),
                             'application/vnd.openxmlformats-officedocument.wordprocessingml.document', filename)

    def att_xlsx(self, filename, sheets, author='CISSS'):
        return M.binary_part(M.make_xlsx(sheets, author=author),
                             'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename)

    def att_csv(self, filename, headers, rows, sep=';', charset=None):
        cs = charset or self.pick(['utf-8', 'windows-1252', 'iso-8859-1'])
        return M.text_part(M.make_csv(headers, rows, sep), 'csv', cs, self.pick(['base64', 'quoted-printable']),
                           filename=filename)

    def att_ics(self, filename, **kw):
        return M.text_part(M.make_ics(**kw), 'calendar', 'utf-8', self.pick(['base64', 'quoted-printable', '8bit']),
                           filename=filename, extra_params='; method=REQUEST')

    def att_vcf(self, filename, **kw):
        return M.text_part(M.make_vcard(**kw), 'vcard', 'utf-8', self.pick(['base64', 'quoted-printable']),
                           filename=filename)

    def att_zip(self, filename, files):
        return M.binary_part(M.make_zip(files), 'application/zip', filename)

    def att_eml(self, inner_bytes, filename=None):
        return M.message_part(inner_bytes, filename)

    def inner_message(self, sender, to, subject, text, when=None, charset='utf-8', cte='quoted-printable'):
        env = M.Envelope(sender, to, subject, when or self.when, C.msgid(self.rng, sender[1].split('@')[1]))
        return M.build_message(env, text=text, mode='plain', charset=charset, cte=cte, eol='\n',
                               seed_key='inner%s%d' % (self.kind, self.idx))
