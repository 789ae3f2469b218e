"""Context handed to templates, plus small writing helpers (dates, times, people, quoting)."""
import datetime as dt

import gen_common as C
from gen_model import M


class Ctx:
    def __init__(self, rng, pf, date, lang, ident):
        self.rng, self.pf, self.date, self.lang, self.ident = rng, pf, date, lang, ident

    # people
    def holder(self, age=(40, 120)):
        return self.pf.holder(self.lang, age)

    def other(self, pool=None, **kw):
        return self.pf.other(pool or ('fr' if self.lang == 'fr' else 'en'), **kw)

    def patient(self, p_holder=0.5, pool=None, age=(40, 120)):
        return self.holder(age) if self.rng.random() < p_holder else self.other(pool, age=(age[0], min(age[1], 90)))

    def st(self, key=None, pool=None):
        if key is None:
            key = self.rng.choice(pool or (C.STAFF_FR_KEYS if self.lang == 'fr' else C.STAFF_EN_KEYS))
        return C.STAFF[key]

    def who(self, key):
        s = C.STAFF[key]
        return ('%s %s' % (s['first'], s['last']), s['email'])

    def sig(self, key, short=False):
        return C.signature(C.STAFF[key], self.lang, self.rng, short)

    def pick(self, seq):
        return self.rng.choice(seq)

    def cycle(self, key, n):
        """Round-robin variant index per template (random start), so repeated uses differ."""
        cyc = self.pf.__dict__.setdefault('cycles', {})
        if key not in cyc:
            cyc[key] = [self.rng.randrange(n), 0]
        start, count = cyc[key]
        cyc[key][1] += 1
        return (start + count) % n

    def chance(self, p):
        return self.rng.random() < p

    def num(self, a, b):
        return self.rng.randint(a, b)

    def fl(self, a, b, nd=1):
        return round(self.rng.uniform(a, b), nd)

    def dec(self, x, nd=1):
        s = ('%.' + str(nd) + 'f') % x
        return s.replace('.', ',') if self.lang == 'fr' else s

    # dates
    def day(self, n):
        """Business day n days after (n>0) or before (n<0) the message date."""
        d = self.date.date()
        step = 1 if n >= 0 else -1
        left = abs(n)
        while left:
            d += dt.timedelta(days=step)
            if d.weekday() < 5:
                left -= 1
        return d

    def dtext(self, d, weekday=False, abbr=False):
        return C.fr_date(d, weekday, abbr) if self.lang == 'fr' else C.en_date(d, weekday, abbr)

    def dshort(self, d):
        return d.strftime('%Y-%m-%d') if self.rng.random() < 0.6 else d.strftime('%d/%m/%Y')

    def time(self, h, m=0):
        if self.lang == 'fr':
            return '%d h %02d' % (h, m) if m else '%d h' % h
        ap = 'a.m.' if h < 12 else 'p.m.'
        hh = h if h <= 12 else h - 12
        return '%d:%02d %s' % (hh, m, ap)

    def sent_line(self, when, name, email):
        """Attribution line for a quoted reply."""
        if self.lang == 'fr':
            return 'Le %s à %s, %s <%s> a écrit :' % (C.fr_date(when.date(), True), self.time(when.hour, when.minute),
                                                       name, email)
        return 'On %s at %s, %s <%s> wrote:' % (C.en_date(when.date(), True), self.time(when.hour, when.minute),
                                                name, email)

    def outlook_block(self, when, frm, to, subject):
        if self.lang == 'fr':
            return ('-----Message d\'origine-----\nDe : %s\nEnvoyé : %s %s\nÀ : %s\nObjet : %s' %
                    (frm, C.fr_date(when.date(), True), self.time(when.hour, when.minute), to, subject))
        return ('-----Original Message-----\nFrom: %s\nSent: %s %s\nTo: %s\nSubject: %s' %
                (frm, C.en_date(when.date(), True), self.time(when.hour, when.minute), to, subject))

    def fwd_block(self, when, frm, to, subject):
        if self.lang == 'fr':
            return ('---------- Message transféré ---------\nDe : %s\nDate : %s\nObjet : %s\nÀ : %s' %
                    (frm, C.fr_date(when.date(), True), subject, to))
        return ('---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s' %
                (frm, C.en_date(when.date(), True), subject, to))

    def earlier(self, hours):
        return self.date - dt.timedelta(hours=hours)

    def msg(self, cat, note, positive=True):
        return M(self.lang, cat, note, positive)

    def reply_headers(self, m, domain=C.DOM):
        mid = '<%s.orig@%s>' % (self.ident, domain)
        m.extra_headers += ['In-Reply-To: ' + mid, 'References: ' + mid]


def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))


def hello(c, name=None):
    if c.lang == 'fr':
        base = c.pick(['Bonjour', 'Bonjour', 'Salut', 'Bon matin', 'Allô'])
    else:
        base = c.pick(['Hi', 'Hello', 'Good morning', 'Hi there'])
    return ('%s %s,' % (base, name)) if name else base + ','


def thanks(c):
    if c.lang == 'fr':
        return c.pick(['Merci !', 'Merci beaucoup,', 'Merci et bonne journée,', 'Bonne journée,', 'Merci de votre aide,'])
    return c.pick(['Thanks,', 'Thank you,', 'Many thanks,', 'Best,', 'Regards,', 'Thanks so much,'])


def ext_addr(name, local, domain):
    return (name, '%s@%s' % (local, domain))


EXT = {
    'oxy': ('Oxy-Domicile Nord', 'commandes', 'oxydomicile.example'),
    'somno': ('SomnoPlus inc. - Service clinique', 'clinique', 'somnoplus.example'),
    'pharm_fr': ('Pharmacie Vaillancourt et Poulin', 'ordonnances', 'vp-pharma.example'),
    'pharm_en': ('Lakeview Pharmacy', 'rx', 'lakeview-rx.example'),
    'clsc': ('CLSC des Berges - Soutien à domicile', 'sad', 'clsc-berges.example'),
    'gmf': ('GMF du Vieux-Moulin', 'secretariat', 'gmf-vieuxmoulin.example'),
    'fhn': ('Riverbend Family Health Team', 'referrals', 'riverbend-fht.example'),
    'boreal': ('Assurances Boréal - Invalidité', 'invalidite', 'boreal-assurances.example'),
    'laurentide': ('Laurentide Life - Disability Claims', 'claims', 'laurentidelife.example'),
    'transport': ('Transport adapté Rive-Nord', 'reservations', 'tarn.example'),
    'permis': ('Bureau des permis - Évaluation médicale', 'evaluation', 'permis-qc.example'),
    'rgh': ('Riverside General Hospital - Health Records', 'records', 'rgh-ottawa.example'),
    'mut': ('Mutualité Saint-Michel - Service international', 'international', 'mutstmichel.example'),
    'cam': ("Caisse d'assurance maladie de Grenoble", 'relations-internationales', 'cam-grenoble.example'),
    'radio': ('Imagerie médicale - Centre hospitalier du Littoral', 'imagerie', 'chlittoral.example'),
    'lab': ('Laboratoire régional de biologie médicale', 'resultats', 'lrbm.example'),
    'ramqx': ("Médicaments d'exception - demandes", 'medexception', 'assurance-medic.example'),
}


def ext(key):
    n, l, d = EXT[key]
    return (n, '%s@%s' % (l, d))


def ident(c, m, p, layout=None, with_mrn=False, name_style=None, dob_style=None, nam_style=None):
    """Identification block for a patient.  Holders always get name + birth date + sex + NAM."""
    rng = c.rng
    layout = layout or rng.choice(['inline', 'lines', 'pipe'])
    ns = name_style or rng.choice(C.FULL_NAME_STYLES if p.nam else C.ANY_NAME_STYLES)
    if p.nam and ns not in C.FULL_NAME_STYLES:
        ns = 'SUR_g'
    name = m.name(p, ns)
    dob = m.dob(p, dob_style or rng.choice(C.DOB_STYLES))
    nam = m.nam(p, nam_style or rng.choice(C.NAM_STYLES)) if p.nam else None
    mrn = m.mrn(p, rng.choice(['plain', 'space', 'dash', 'pref', 'dots', 'slash'])) if with_mrn else None
    fr = c.lang == 'fr'
    if layout == 'inline':
        bits = []
        if fr:
            bits.append(('née le %s' if p.sex == 'F' else 'né le %s') % dob)
            bits.append('sexe %s' % p.sex)
            if nam:
                bits.append('NAM %s' % nam)
            if mrn:
                bits.append('dossier %s' % mrn)
        else:
            bits.append('DOB %s' % dob)
            bits.append('sex %s' % p.sex)
            if nam:
                bits.append('RAMQ %s' % nam)
            if mrn:
                bits.append('MRN %s' % mrn)
        return '%s (%s)' % (name, ', '.join(bits))
    if layout == 'lines':
        if fr:
            out = ['Nom : %s' % name, 'Date de naissance : %s' % dob, 'Sexe : %s' % p.sex]
            if nam:
                out.append('NAM : %s' % nam)
            if mrn:
                out.append('No de dossier : %s' % mrn)
        else:
            out = ['Patient: %s' % name, 'DOB: %s' % dob, 'Sex: %s' % p.sex]
            if nam:
                out.append('Health card (RAMQ): %s' % nam)
            if mrn:
                out.append('Chart #: %s' % mrn)
        return '\n'.join(out)
    bits = [name, ('DDN %s' if fr else 'DOB %s') % dob, p.sex]
    if nam:
        bits.append('NAM %s' % nam if fr else 'RAMQ %s' % nam)
    if mrn:
        bits.append(('dossier %s' if fr else 'MRN %s') % mrn)
    return ' | '.join(bits)


def born(c, p):
    if c.lang == 'fr':
        return 'née' if p.sex == 'F' else 'né'
    return 'born'


def il(c, p, cap=False):
    if c.lang == 'fr':
        w = 'elle' if p.sex == 'F' else 'il'
    else:
        w = 'she' if p.sex == 'F' else 'he'
    return w.capitalize() if cap else w


def lui(c, p):
    if c.lang == 'fr':
        return 'la' if p.sex == 'F' else 'le'
    return 'her' if p.sex == 'F' else 'him'


def son(c, p):
    if c.lang == 'fr':
        return 'sa'
    return 'her' if p.sex == 'F' else 'his'


def inner_eml(c, outer, inner, when, tr=None):
    """Render an inner message (for a message/rfc822 attachment) and merge its findings into outer."""
    import gen_model as GM
    t = GM.pick_transport(c.rng, inner)
    t['crlf'] = False
    if t['structure'] == 'html' and inner.atts:
        t['structure'] = 'alt'
    if tr:
        t.update(tr)
    data = GM.build(inner, t, '%s.inner%d' % (c.ident, len(outer.atts)), when, c.rng, outer=False)
    outer.types |= inner.types
    outer.ids += inner.ids
    outer.nams += inner.nams
    for p in inner.patients:
        if p not in outer.patients:
            outer.patients.append(p)
    outer.dobs += inner.dobs
    return data
