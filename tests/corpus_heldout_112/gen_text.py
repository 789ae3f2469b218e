"""Step 4: the per-message context (dates, ids, signatures, greetings) and clinical phrase banks
for a hospital blood bank / transfusion service."""
import datetime

from gen_common import HOSP, ROLES, slug, pick, role_title

TZ_EDT = datetime.timezone(datetime.timedelta(hours=-4))
TZ_EST = datetime.timezone(datetime.timedelta(hours=-5))

DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel et ses pièces jointes sont destinés uniquement au(x) "
                 "destinataire(s) indiqué(s) et peuvent contenir des renseignements confidentiels. Si vous l'avez "
                 "reçu par erreur, veuillez en aviser l'expéditeur et le détruire sans le copier ni le divulguer.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named "
                 "recipient(s) and may contain confidential information. If you received it in error, please "
                 "notify the sender and delete it.")
DISCLAIMER_BI = DISCLAIMER_FR + '\n' + DISCLAIMER_EN


class Ctx:
    def __init__(self, world, rng, idx, kind):
        self.w = world
        self.rng = rng
        self.idx = idx
        self.kind = kind
        start = datetime.date(2024, 9, 3)
        while True:
            d = start + datetime.timedelta(days=rng.randint(0, 295))
            if d.weekday() < 5 or rng.random() < 0.15:
                break
        self.day = d
        h = rng.choice([7, 8, 8, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17, 19, 22, 23, 2, 5])
        tz = TZ_EDT if (datetime.date(d.year, 3, 9) <= d < datetime.date(d.year, 11, 2)) else TZ_EST
        self.when = datetime.datetime(d.year, d.month, d.day, h, rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz)

    def r(self, seq):
        return pick(self.rng, seq)

    def chance(self, p):
        return self.rng.random() < p

    def later(self, days_min=1, days_max=30):
        return self.day + datetime.timedelta(days=self.rng.randint(days_min, days_max))

    def earlier(self, days_min=1, days_max=30):
        return self.day - datetime.timedelta(days=self.rng.randint(days_min, days_max))

    def msgid(self, dom=None):
        return '%s.%06d.%d@%s' % (self.when.strftime('%Y%m%d%H%M%S'), self.rng.randint(0, 999999), self.idx,
                                  dom or HOSP['dom'])

    def addr(self, p):
        return (p.full, p.email)


# --------------------------------------------------------------------------- greetings & signatures
def greet(c, lang, name=None, formal=None):
    if formal is None:
        formal = c.chance(0.5)
    if lang == 'fr':
        if name:
            return c.r(['Bonjour %s,' % name, 'Bonjour %s,' % name, 'Salut %s,' % name, '%s,' % name,
                        'Bon matin %s,' % name]) if not formal else c.r(['Bonjour %s,' % name, 'Bonjour,'])
        if formal:
            return c.r(['Madame, Monsieur,', 'Bonjour,', 'Bonjour à toutes et à tous,'])
        return c.r(['Bonjour,', 'Bonjour à tous,', 'Allô,', 'Bonsoir,', ''])
    if name:
        return c.r(['Hi %s,' % name, 'Hello %s,' % name, 'Dear %s,' % name, '%s -' % name, 'Good morning %s,' % name])
    return c.r(['Hi all,', 'Hello,', 'Good afternoon,', 'Hi team,', 'Dear colleagues,', ''])


def closing(c, lang):
    if lang == 'fr':
        return c.r(['Merci,', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,', 'Bien à vous,', 'Merci!', 'Merci et bonne soirée',
                    'Au plaisir,', ''])
    return c.r(['Thanks,', 'Thank you,', 'Best,', 'Regards,', 'Cheers,', 'Many thanks', 'Kind regards,', ''])


DEPTS = {
    'nurse': ('Soins infirmiers – unité de médecine', 'Nursing – medical unit'),
    'pbm': ('Clinique de gestion du sang du patient', 'Patient Blood Management Clinic'),
    'pharm': ('Département de pharmacie', 'Pharmacy Department'),
    'surgeon': ('Département de chirurgie', 'Department of Surgery'),
    'anesth': ('Département d\'anesthésiologie', 'Department of Anaesthesiology'),
    'obgyn': ('Obstétrique-gynécologie', 'Obstetrics and Gynaecology'),
    'social': ('Service social', 'Social Services'),
    'resident': ('Médecine interne', 'Internal Medicine'),
    'archivist': ('Archives médicales', 'Health Records'),
    'hr': ('Direction des ressources humaines', 'Human Resources'),
    'it': ('Direction des ressources informationnelles', 'Information Technology'),
    'buyer': ('Service de l\'approvisionnement', 'Procurement'),
    'hemato2': ('Service d\'hématologie-oncologie', 'Hematology-Oncology'),
    'gp': ('', ''),
}


def signature(c, p, lang, style=None, disclaimer=None):
    style = style or c.r(['full', 'full', 'short', 'initials', 'mobile', 'title'])
    role = role_title(p, lang)
    ext = c.rng.randint(2000, 7999)
    if style == 'full':
        s = '%s\n%s\n%s\n%s | %s\nTél. : %s, poste %d' % (
            p.full, role, DEPTS.get(p.role, (HOSP['bb_fr'], HOSP['bb_en']))[0 if lang == 'fr' else 1],
            HOSP['name_fr'] if lang == 'fr' else HOSP['name_en'], HOSP['org'], HOSP['phone'], ext)
        if lang == 'en':
            s = s.replace('Tél. :', 'Tel.:').replace('poste', 'ext.')
    elif style == 'short':
        s = p.given
    elif style == 'initials':
        s = p.given[0] + p.surname[0]
    elif style == 'mobile':
        s = p.given + '\n\n' + ('Envoyé de mon iPhone' if lang == 'fr' else 'Sent from my iPhone')
    else:
        s = '%s\n%s — %s\n%s 555-01%02d' % (p.full, role, HOSP['name_fr'] if lang == 'fr' else HOSP['name_en'],
                                            c.r(['819', '450']), c.rng.randint(0, 99))
    if disclaimer is None:
        disclaimer = c.chance(0.35)
    if disclaimer:
        s += '\n\n' + c.r([DISCLAIMER_FR, DISCLAIMER_EN, DISCLAIMER_BI] if lang == 'fr' else [DISCLAIMER_EN, DISCLAIMER_BI])
    return s


def ext_addr(p, dom):
    return '%s.%s@%s' % (slug(p.given), slug(p.surname), dom)


def quote(text, style='gt'):
    if style == 'gt':
        return '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
    return text


def reply_header(c, lang, who, when):
    if lang == 'fr':
        return c.r(['Le %s à %s, %s a écrit :' % (when.strftime('%d/%m/%Y'), when.strftime('%H:%M'), who),
                    '-----Message d\'origine-----\nDe : %s\nEnvoyé : %s\nObjet : ' % (who, when.strftime('%Y-%m-%d %H:%M'))])
    return c.r(['On %s at %s, %s wrote:' % (when.strftime('%a, %b %d, %Y'), when.strftime('%I:%M %p'), who),
                '-----Original Message-----\nFrom: %s\nSent: %s\nSubject: ' % (who, when.strftime('%A, %B %d, %Y %I:%M %p'))])


# --------------------------------------------------------------------------- clinical banks (fr, en)
ANTIBODIES = ['anti-K', 'anti-E', 'anti-c', 'anti-Fya', 'anti-Jka', 'anti-Jkb', 'anti-S', 'anti-M', 'anti-E + anti-c',
              'anti-D', 'anti-C + anti-D', 'anti-Fyb', 'anti-Kpa']
GROUPS = ['O Rh+', 'O Rh-', 'A Rh+', 'A Rh-', 'B Rh+', 'AB Rh+', 'B Rh-']
GROUPS_EN = ['O pos', 'O neg', 'A pos', 'A neg', 'B pos', 'AB pos', 'B neg']

DIAG = [  # (fr, en)
    ('anémie ferriprive sévère', 'severe iron-deficiency anaemia'),
    ('hémorragie digestive haute sur ulcère duodénal', 'upper GI bleed from a duodenal ulcer'),
    ('syndrome myélodysplasique', 'myelodysplastic syndrome'),
    ('leucémie myéloïde aiguë en induction', 'acute myeloid leukaemia on induction'),
    ('thrombocytopénie immune', 'immune thrombocytopenia (ITP)'),
    ('drépanocytose (HbSS)', 'sickle cell disease (HbSS)'),
    ('hémorragie du post-partum', 'postpartum haemorrhage'),
    ('cirrhose éthylique avec varices œsophagiennes', 'alcoholic cirrhosis with oesophageal varices'),
    ('insuffisance rénale chronique stade 4', 'stage 4 chronic kidney disease'),
    ('myélome multiple', 'multiple myeloma'),
    ('bêta-thalassémie majeure', 'beta-thalassaemia major'),
    ('fracture de la hanche droite', 'right hip fracture'),
    ('adénocarcinome du côlon', 'colon adenocarcinoma'),
    ('purpura thrombotique thrombocytopénique', 'thrombotic thrombocytopenic purpura'),
    ('anémie hémolytique auto-immune à anticorps chauds', 'warm autoimmune haemolytic anaemia'),
    ('ménorragies sur fibromes utérins', 'menorrhagia from uterine fibroids'),
]
SURG = [('arthroplastie totale de la hanche', 'total hip arthroplasty'),
        ('arthroplastie totale du genou', 'total knee arthroplasty'),
        ('pontage aorto-coronarien', 'CABG'),
        ('hystérectomie abdominale', 'abdominal hysterectomy'),
        ('hémicolectomie droite', 'right hemicolectomy'),
        ('remplacement valvulaire aortique', 'aortic valve replacement'),
        ('néphrectomie partielle', 'partial nephrectomy'),
        ('césarienne élective', 'elective caesarean section')]
REACTIONS = [  # (fr, en, key)
    ('réaction fébrile non hémolytique', 'febrile non-haemolytic transfusion reaction', 'fnhtr'),
    ('réaction allergique mineure (urticaire)', 'minor allergic reaction (urticaria)', 'allergic'),
    ('surcharge volémique post-transfusionnelle (TACO)', 'transfusion-associated circulatory overload (TACO)', 'taco'),
    ('réaction hémolytique retardée', 'delayed haemolytic transfusion reaction', 'dhtr'),
    ('réaction hypotensive', 'hypotensive transfusion reaction', 'hypo'),
    ('réaction anaphylactique', 'anaphylactic reaction', 'ana'),
    ('TRALI possible', 'possible TRALI', 'trali'),
]
PRODUCTS_FR = ['culot globulaire', 'culots globulaires', 'plaquettes (mélange)', 'plasma congelé', 'cryoprécipités',
               'plaquettes d\'aphérèse']
PRODUCTS_EN = ['red cell unit', 'red cells', 'pooled platelets', 'frozen plasma', 'cryoprecipitate', 'apheresis platelets']


def unit_no(c):
    """ISBT-128-like donation identification number (invented)."""
    return 'C%04d %02d %06d' % (c.rng.randint(100, 9999), c.rng.choice([24, 25]), c.rng.randint(0, 999999))


def hb(c, lo=55, hi=95):
    return c.rng.randint(lo, hi)


def spec(c, lang, sender, to, subject, text, types, note, cc=None, html=None, attachments=None, **kw):
    """Assemble a message spec. sender/to/cc: Person objects or (name, addr) tuples."""
    def a(x):
        return x if isinstance(x, tuple) else (x.full, x.email)
    d = dict(lang=lang, subject=subject, text=text, html=html, types=sorted(set(types)), note=note,
             attachments=attachments or [], **{'from': a(sender)})
    d['to'] = [a(x) for x in (to if isinstance(to, list) else [to])]
    d['cc'] = [a(x) for x in (cc or [])]
    d.update(kw)
    return d


_ADULT_ONLY = {1, 2, 7, 8, 9, 11, 12}
_FEMALE_ONLY = {6, 15}


def diag_for(c, p, pool=None):
    """A (fr, en) diagnosis plausible for this patient's sex and age."""
    age = p.age(c.day)
    ok = []
    for d in (pool or DIAG):
        i = DIAG.index(d)
        if i in _FEMALE_ONLY and (p.sex != 'F' or not 16 <= age <= 50):
            continue
        if i in _ADULT_ONLY and age < 16:
            continue
        ok.append(d)
    return c.r(ok or [DIAG[0]])
