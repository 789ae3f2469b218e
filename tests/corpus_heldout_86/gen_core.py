"""Shared machinery for the templates: context, patients, name styles, clinical
pools (bilingual), quoted history and the Mail builder."""
import datetime
import hashlib

import gen_ids as I
import gen_people as P
import gen_mime as M
import gen_files as F


def L(lang, fr, en):
    return fr if lang == 'fr' else en


class Ctx:
    def __init__(self, rng, lang, seedkey, nam_iter):
        self.rng, self.lang, self.seedkey, self.nam_iter = rng, lang, seedkey, nam_iter


# ------------------------------------------------------------------ patients
class Patient:
    def __init__(self, first, last, sex, dob, lang, nam=None):
        self.first, self.last, self.sex, self.dob, self.lang, self.nam = first, last, sex, dob, lang, nam
        self.mrn = None
        self.address = None
        self.phone = None
        self.group = 'worker'

    @property
    def full(self):
        return '%s %s' % (self.first, self.last)

    def title(self, lang):
        if lang == 'fr':
            return 'Mme' if self.sex == 'F' else 'M.'
        return 'Ms.' if self.sex == 'F' else 'Mr.'

    def worker(self, lang):
        if lang == 'fr':
            return 'la travailleuse' if self.sex == 'F' else 'le travailleur'
        return 'the worker'

    def pro(self, lang):          # subject pronoun
        if lang == 'fr':
            return 'elle' if self.sex == 'F' else 'il'
        return 'she' if self.sex == 'F' else 'he'

    def poss(self, lang):
        return L(lang, 'sa', 'her' if self.sex == 'F' else 'his')

    def age(self, on=datetime.date(2025, 6, 1)):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))


def age_group(dob):
    if dob.year >= 2010:
        return 'child'
    if dob.year < 1958:
        return 'senior'
    return 'worker'


def nam_patient(ctx, groups=('worker',)):
    """Next NAM holder of an age group that fits the story (no child or
    retiree as an injured worker)."""
    g = ctx.rng.choice(groups)
    h = next(ctx.nam_iter[g])
    p = Patient(h.given, h.surname, h.sex, h.dob, ctx.lang, nam=h.nam)
    p.group = g
    return p


def plain_patient(ctx, pool=None):
    rng = ctx.rng
    pp = P.person(rng, ctx.lang, pool=pool)
    return Patient(pp.first, pp.last, pp.sex, P.adult_dob(rng), ctx.lang)


def name_as(p, rng, lang, style=None):
    style = style or rng.choice(['title_full', 'title_full', 'full', 'full', 'last_first', 'upper_first',
                                 'last_first_nocomma', 'lower', 'initial'])
    if style == 'title_full':
        return '%s %s' % (p.title(lang), p.full)
    if style == 'full':
        return p.full
    if style == 'last_first':
        return '%s, %s' % (p.last, p.first)
    if style == 'upper_first':
        return '%s, %s' % (p.last.upper(), p.first)
    if style == 'last_first_nocomma':
        return '%s %s' % (p.last, p.first)
    if style == 'lower':
        return rng.choice([p.full.lower(), ('%s %s' % (p.last, p.first)).lower()])
    if style == 'initial':
        ini = p.first[0] + '.'
        if '-' in p.first:
            ini = '-'.join(x[0] + '.' for x in p.first.split('-'))
        return '%s %s' % (ini, p.last)
    if style == 'title_last':
        return '%s %s' % (p.title(lang), p.last)
    raise ValueError(style)


def nam_str(p, rng, style=None):
    return I.fmt_nam(p.nam, style or rng.choice(I.NAM_STYLES))


def file_stem(p, rng, full=False):
    f = P.strip_accents(p.first).replace(' ', '')
    l = P.strip_accents(p.last).replace(' ', '').replace("'", '')
    opts = ['%s_%s' % (l, f), '%s-%s' % (f, l), '%s %s' % (l, f), l.upper() + '_' + f.upper()]
    if not full:
        opts.append('%s_%s' % (l.upper(), f[0]))
    return rng.choice(opts)


# ------------------------------------------------------------------ clinical pools
INJURIES = [
    # fr, en, region
    ('entorse lombaire', 'lumbar sprain', 'dos'),
    ('hernie discale L4-L5 avec radiculopathie L5 gauche', 'L4-L5 disc herniation with left L5 radiculopathy', 'dos'),
    ('lombosciatalgie droite', 'right-sided lumbosciatica', 'dos'),
    ('tendinopathie de la coiffe des rotateurs droite', 'right rotator cuff tendinopathy', 'epaule'),
    ('déchirure partielle du sus-épineux gauche', 'partial-thickness left supraspinatus tear', 'epaule'),
    ('capsulite rétractile de l\'épaule droite', 'right frozen shoulder (adhesive capsulitis)', 'epaule'),
    ('épicondylite latérale droite', 'right lateral epicondylitis', 'coude'),
    ('syndrome du canal carpien bilatéral', 'bilateral carpal tunnel syndrome', 'poignet'),
    ('ténosynovite de De Quervain gauche', 'left De Quervain tenosynovitis', 'poignet'),
    ('fracture du radius distal droit', 'right distal radius fracture', 'poignet'),
    ('entorse cervicale de grade II (coup de fouet)', 'grade II whiplash-associated disorder', 'cou'),
    ('entorse de la cheville gauche grade II', 'grade II left ankle sprain', 'cheville'),
    ('déchirure du ménisque interne du genou droit', 'right medial meniscus tear', 'genou'),
    ('contusion et entorse du genou gauche', 'left knee contusion and sprain', 'genou'),
    ('fracture de la base du 5e métatarse droit', 'fracture of the base of the right 5th metatarsal', 'pied'),
    ('commotion cérébrale avec céphalées persistantes', 'concussion with persistent headaches', 'tete'),
    ('lacération de la main gauche avec atteinte du fléchisseur', 'left hand laceration with flexor tendon injury', 'main'),
    ('bursite trochantérienne droite', 'right trochanteric bursitis', 'hanche'),
    ('syndrome douloureux régional complexe du membre supérieur droit', 'complex regional pain syndrome, right upper limb', 'bras'),
    ('fasciite plantaire bilatérale', 'bilateral plantar fasciitis', 'pied'),
]
PSYCH = [
    ('trouble de l\'adaptation avec humeur anxieuse', 'adjustment disorder with anxious mood'),
    ('trouble de stress post-traumatique', 'post-traumatic stress disorder'),
    ('épisode dépressif majeur', 'major depressive episode'),
    ('épuisement professionnel avec trouble anxieux', 'burnout with anxiety disorder'),
]
MEDS = [
    ('naproxène 500 mg deux fois par jour', 'naproxen 500 mg twice daily'),
    ('cyclobenzaprine 10 mg au coucher', 'cyclobenzaprine 10 mg at bedtime'),
    ('hydromorphone 1 mg aux 4 h au besoin', 'hydromorphone 1 mg q4h PRN'),
    ('acétaminophène 1 g quatre fois par jour', 'acetaminophen 1 g QID'),
    ('prégabaline 75 mg BID', 'pregabalin 75 mg BID'),
    ('duloxétine 30 mg DIE', 'duloxetine 30 mg daily'),
    ('tramadol 50 mg aux 6 h PRN', 'tramadol 50 mg q6h PRN'),
    ('méloxicam 15 mg DIE', 'meloxicam 15 mg daily'),
    ('sertraline 50 mg DIE', 'sertraline 50 mg daily'),
    ('diclofénac topique 1,16 % TID', 'topical diclofenac 1.16% TID'),
    ('oxycodone 5 mg BID', 'oxycodone 5 mg BID'),
    ('gabapentine 300 mg TID', 'gabapentin 300 mg TID'),
]
SOCIAL = [
    ('séparation récente, vit seul(e) et peine à payer son loyer', 'recent separation, lives alone and struggles to pay rent'),
    ('IRR suspendues; la famille vit présentement de l\'aide sociale', 'income replacement benefits suspended; the family is on social assistance'),
    ('hébergement temporaire chez sa sœur depuis la perte du logement', 'staying with a sister since losing the apartment'),
    ('violence conjugale signalée; suivi au CLSC offert', 'intimate partner violence disclosed; community referral offered'),
    ('plainte pour harcèlement psychologique déposée contre le superviseur', 'psychological harassment complaint filed against the supervisor'),
    ('proche aidant(e) de sa mère atteinte d\'Alzheimer, horaire très contraint', 'main caregiver for a mother with Alzheimer disease'),
    ('difficultés financières importantes, a dû vendre son véhicule', 'significant financial hardship, had to sell the car'),
    ('garde partagée de deux enfants; signalement à la DPJ en cours', 'shared custody of two children; youth protection report under review'),
]
LABS = [
    ('audiogramme : perte neurosensorielle de 45 dB à 4000 Hz à droite et 50 dB à gauche',
     'audiogram: sensorineural loss of 45 dB at 4000 Hz right and 50 dB left'),
    ('plombémie à 1,9 µmol/L (seuil de retrait 1,45)', 'blood lead 1.9 µmol/L (removal threshold 1.45)'),
    ('spirométrie : VEMS 68 % de la prédite, VEMS/CVF 0,64', 'spirometry: FEV1 68% predicted, FEV1/FVC 0.64'),
    ('CK à 1 240 U/L, créatinine 88 µmol/L', 'CK 1,240 U/L, creatinine 88 µmol/L'),
    ('dépistage urinaire positif aux cannabinoïdes (THC-COOH 74 ng/mL)', 'urine drug screen positive for cannabinoids (THC-COOH 74 ng/mL)'),
    ('cholinestérase érythrocytaire à 62 % de la valeur de base', 'red-cell cholinesterase at 62% of baseline'),
    ('EMG : latence motrice distale du médian 5,4 ms à droite', 'EMG: right median distal motor latency 5.4 ms'),
    ('HbA1c 8,9 %, glycémie à jeun 11,2 mmol/L', 'HbA1c 8.9%, fasting glucose 11.2 mmol/L'),
]
MECHANISMS = [
    ('en soulevant une boîte de 25 kg', 'while lifting a 25 kg box'),
    ('lors d\'une chute dans l\'escalier du quai de chargement', 'after a fall on the loading dock stairs'),
    ('en manipulant un transpalette', 'while handling a pallet jack'),
    ('lors d\'un transfert de bénéficiaire', 'during a patient transfer'),
    ('en glissant sur une surface glacée dans le stationnement', 'after slipping on ice in the parking lot'),
    ('à la suite de mouvements répétitifs sur la ligne d\'emballage', 'from repetitive movements on the packing line'),
    ('lors d\'une collision arrière (véhicule immobilisé)', 'in a rear-end collision while stopped'),
    ('après avoir été coincé entre un chariot et un mur', 'after being caught between a cart and a wall'),
]
JOBS = [('préposé aux bénéficiaires', 'préposée aux bénéficiaires', 'personal support worker'),
        ('manutentionnaire', 'manutentionnaire', 'warehouse worker'), ('camionneur', 'camionneuse', 'truck driver'),
        ('opérateur de production', 'opératrice de production', 'production operator'),
        ('éducateur en CPE', 'éducatrice en CPE', 'early childhood educator'), ('soudeur', 'soudeuse', 'welder'),
        ('caissier', 'caissière', 'cashier'), ('boucher', 'bouchère', 'meat cutter'),
        ('charpentier-menuisier', 'charpentière-menuisière', 'carpenter'), ('commis d\'entrepôt', 'commis d\'entrepôt', 'stock clerk')]
NOISE_JOBS = [('soudeur', 'soudeuse', 'welder'), ('opérateur de presse', 'opératrice de presse', 'press operator'),
              ('mécanicien industriel', 'mécanicienne industrielle', 'millwright'),
              ('travailleur forestier', 'travailleuse forestière', 'forestry worker'), ('chaudronnier', 'chaudronnière', 'boilermaker')]


def job(rng, lang, sex, pool=None):
    j = rng.choice(pool or JOBS)
    if lang == 'fr':
        return j[1] if sex == 'F' else j[0]
    return j[2]


def pick(rng, seq, lang):
    x = rng.choice(seq)
    return x[0] if lang == 'fr' else x[1]


# ------------------------------------------------------------------ history blocks
def quote(rng, lang, who, when, body, style=None, to=None, subject=''):
    """who/to: (name, email)."""
    style = style or rng.choice(['gt', 'outlook'])
    ts = '%s %02d:%02d' % (P.fdate(when, lang), rng.randrange(8, 18), rng.randrange(60))
    if style == 'gt':
        if lang == 'fr':
            head = 'Le %s à %02d h %02d, %s <%s> a écrit :' % (P.fdate(when, 'fr', 'day') + ' ' + str(when.year),
                                                             rng.randrange(8, 18), rng.randrange(60), who[0], who[1])
        else:
            head = 'On %s, %d at %d:%02d AM, %s <%s> wrote:' % (P.fdate(when, 'en', 'day'), when.year,
                                                               rng.randrange(8, 12), rng.randrange(60), who[0], who[1])
        return head + '\n' + '\n'.join(('> ' + l) if l else '>' for l in body.rstrip('\n').split('\n')) + '\n'
    if lang == 'fr':
        head = ('-----Message d\'origine-----\nDe : %s <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s\n'
                % (who[0], who[1], ts, to[0] if to else '', subject))
    else:
        head = ('-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n'
                % (who[0], who[1], ts, to[0] if to else '', subject))
    return head + '\n' + body


def forward_block(rng, lang, who, when, subject, to, body):
    if lang == 'fr':
        head = ('---------- Message transféré ---------\nDe : %s <%s>\nDate : %s\nObjet : %s\nÀ : %s\n'
                % (who[0], who[1], P.fdate(when, 'fr', 'day') + ' ' + str(when.year), subject, to[1]))
    else:
        head = ('---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n'
                % (who[0], who[1], P.fdate(when, 'en', 'day') + ', ' + str(when.year), subject, to[1]))
    return head + '\n' + body


# ------------------------------------------------------------------ mail builder
MAILERS = ['Microsoft Outlook 16.0', 'Microsoft Outlook 16.0', 'Apple Mail (2.3774.500.171)', 'Mozilla Thunderbird 128.3.1',
           'Zimbra 9.0.0_GA', 'Roundcube Webmail/1.6.9', None, None]


class Mail:
    def __init__(self, ctx):
        self.ctx, self.rng, self.lang = ctx, ctx.rng, ctx.lang
        self.cfg = M.pick_cfg(ctx.rng, ctx.lang, ctx.seedkey)
        self.types = set()
        self.atts = []
        self.structure = None
        self.html = None
        self.cc = []
        self.extra = []
        self.date = P.workday(ctx.rng)
        self.subject = ''
        self.text = ''
        self.sender = None
        self.to = []

    def t(self, *types):
        self.types.update(types)

    def attach(self, fname, ctype, data, charset=None, cte=None, fname_mode=None):
        self.atts.append(M.Leaf(ctype, data, charset=charset, cte=cte, filename=fname, disposition='attachment',
                                fname_mode=fname_mode))

    def attach_pdf(self, fname, title, blocks, letterhead=None, author=''):
        self.attach(fname, 'application/pdf', F.make_pdf(title, blocks, author=author,
                                                          compress=self.rng.random() < 0.5, letterhead=letterhead))

    def attach_docx(self, fname, title, blocks, author='Clinique'):
        self.attach(fname, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                    F.make_docx(title, blocks, author=author))

    def attach_xlsx(self, fname, sheets, author='Clinique'):
        self.attach(fname, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                    F.make_xlsx(sheets, author=author))

    def attach_csv(self, fname, rows, delim=None):
        delim = delim or self.rng.choice([',', ';'])
        cs = self.rng.choice(['utf-8', 'windows-1252', 'utf-8'])
        cte = self.rng.choice(['base64', 'quoted-printable', '8bit'])
        self.attach(fname, 'text/csv', F.make_csv(rows, delim), charset=cs, cte=cte)

    def attach_ics(self, fname, ics):
        cte = self.rng.choice(['base64', '8bit', 'quoted-printable'])
        self.atts.append(M.Leaf('text/calendar', ics, charset='utf-8', cte=cte, filename=fname,
                                disposition='attachment', extra=['method=REQUEST']))

    def attach_vcf(self, fname, vcf):
        self.attach(fname, 'text/vcard', vcf, charset='utf-8', cte=self.rng.choice(['base64', 'quoted-printable', '8bit']))

    def attach_eml(self, fname, data):
        self.atts.append(M.Leaf('message/rfc822', data, filename=fname, disposition='attachment'))

    def attach_zip(self, fname, files):
        self.attach(fname, 'application/zip', F.make_zip(files))

    def build(self):
        rng, cfg = self.rng, self.cfg
        text = M.body_text_for_charset(self.text, cfg)
        structure = self.structure or rng.choice(['plain', 'plain', 'alt', 'alt', 'alt', 'html'])
        html = self.html or M.text_to_html(text, cfg['html_style'])
        tp = M.Leaf('text/plain', text, charset=cfg['charset'], cte=cfg['cte'], extra=(['format=flowed'] if rng.random() < 0.15 and cfg['cte'] in ('7bit', '8bit') else []))
        hcte = rng.choice(['quoted-printable', 'quoted-printable', 'base64', '8bit'])
        hp = M.Leaf('text/html', html, charset=cfg['charset'] if rng.random() < 0.5 else 'utf-8', cte=hcte)
        if structure == 'plain':
            body = tp
        elif structure == 'html':
            body = hp
        else:
            body = M.Multi('alternative', [tp, hp])
        if self.atts:
            body = M.Multi('mixed', [body] + self.atts)
        extra = list(self.extra)
        mailer = rng.choice(MAILERS)
        if mailer:
            extra.append(('X-Mailer', mailer))
        if rng.random() < 0.5:
            extra.append(('Content-Language', 'fr-CA' if self.lang == 'fr' else 'en-CA'))
        hdr = {'from': (self.sender.formal() if hasattr(self.sender, 'formal') else self.sender[0],
                        self.sender.email if hasattr(self.sender, 'email') else self.sender[1]),
               'to': self.to, 'cc': self.cc, 'subject': self.subject,
               'date': M.msg_date(self.date, rng),
               'msgid': M.msgid(self.ctx.seedkey + self.subject, (self.sender.email if hasattr(self.sender, 'email') else self.sender[1]).split('@')[1]),
               'extra': extra}
        return M.render_message(hdr, body, cfg)


def who(s):
    """(display, email) of a Staff."""
    return (s.formal(), s.email)


def sub_mail(ctx, suffix):
    """A Mail for an attached .eml, with its own transport choices."""
    import random
    c = Ctx(random.Random(ctx.seedkey + suffix), ctx.lang, ctx.seedkey + suffix, ctx.nam_iter)
    return Mail(c)


def clinic(rng, lang, kind=None):
    pool = P.CLINICS_FR if lang == 'fr' else P.CLINICS_EN
    if kind:
        sel = [c for c in pool if c.kind in kind]
        if sel:
            pool = sel
    return rng.choice(pool)


def agent(rng, lang, agency):
    name, dom = P.AGENCY[agency]
    title = {'cnesst': L(lang, 'agente d\'indemnisation', 'Claims Agent'), 'saaq': L(lang, 'agent d\'indemnisation', 'Claims Officer'),
             'wsib': 'Case Manager', 'ivac': L(lang, 'agente', 'Agent')}[agency]
    return P.external(rng, name, dom, lang, title)


def claim_no(rng, agency):
    if agency == 'cnesst':
        from stdnum import luhn
        while True:
            n = '%09d' % rng.randrange(100000000, 999999999)
            if not luhn.is_valid(n):
                return n
    if agency == 'saaq':
        return '%s-%06d' % (rng.randrange(2023, 2026), rng.randrange(0, 999999))
    if agency == 'wsib':
        return '%08d' % rng.randrange(30000000, 39999999)
    return '%07d' % rng.randrange(1000000, 9999999)
