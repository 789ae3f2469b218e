"""Helpers shared by the message templates."""
import datetime
import random

import gen_common as C
from gen_render import Spec, Att
from gen_attach import PDF, DOCX, XLSX, ZIP


class Rec:
    """Records what a positive message reveals, for the labels and the self-check."""

    def __init__(self, lang):
        self.lang = lang
        self.ids = {'nam': [], 'sin': [], 'ohip': [], 'niss': [], 'nir': []}
        self.nam_ctx = []
        self.names = []

    def name(self, p, style):
        s = p.name(style, self.lang)
        if style != 'given':
            self.names.append(s)
        return s

    def nam(self, p, style='space'):
        assert p.nam
        if (p.nam, p.surname, p.given, p.dob, p.sex) not in self.nam_ctx:
            self.nam_ctx.append((p.nam, p.surname, p.given, p.dob, p.sex))
            self.ids['nam'].append(p.nam)
        return C.fmt_nam(p.nam, style)

    def sin(self, rng, style='space'):
        s = C.make_sin(rng)
        self.ids['sin'].append(s)
        return C.fmt_sin(s, style)

    def ohip(self, rng, style='hyphen', vc=''):
        s = C.make_ohip(rng)
        self.ids['ohip'].append(s)
        return C.fmt_ohip(s, style, vc)

    def niss(self, rng, p, style='official'):
        s = C.make_niss(rng, p.dob, p.sex)
        self.ids['niss'].append(s)
        return C.fmt_niss(s, style)

    def nir(self, rng, p, style='space'):
        s = C.make_nir(rng, p.dob, p.sex)
        self.ids['nir'].append(s)
        return C.fmt_nir(s, style)


class Ctx:
    def __init__(self, seed, pools, key, lang):
        self.rng = random.Random('%s-%s' % (seed, key))
        self.pools, self.lang, self.key = pools, lang, key
        self.used = set()
        self.rec = Rec(lang)
        self.day = C.workday(self.rng)

    # people
    def staff(self, role=None, lang=None):
        return C.staff(self.rng, lang or self.lang, role, self.used)

    def patient(self, amin=20, amax=95, p_holder=0.55, ontario=False, lang=None):
        return self.pools.patient(self.rng, amin, amax, lang or self.lang, p_holder, ontario)

    def holder_or_invented(self, amin, amax, lang=None):
        p = self.pools.holder(self.rng, amin, amax, lang or self.lang)
        return p or self.pools.invented(self.rng, max(amin, 1), amax, lang or self.lang)

    def child(self):
        p = self.pools.holder(self.rng, 0, 17, self.lang)
        return p or self.pools.invented(self.rng, 1, 16, self.lang)

    def uid(self, suffix, domain=None):
        import hashlib
        h = hashlib.sha256(('%s/%s' % (self.key, suffix)).encode()).hexdigest()
        return '%s-%s-%s@%s' % (h[:8], h[8:12], h[12:24], domain or C.DOM)

    def choice(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def dob(self, p):
        return C.fmt_dob(self.rng, p.dob, self.lang)

    def later(self, days_min=1, days_max=10):
        d = self.day + datetime.timedelta(days=self.rng.randint(days_min, days_max))
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d

    def earlier(self, days_min=1, days_max=20):
        return self.day - datetime.timedelta(days=self.rng.randint(days_min, days_max))

    def d(self, d, weekday=False):
        return C.fr_date(d, weekday) if self.lang == 'fr' else C.en_date(d, weekday)

    def short(self, d):
        return d.strftime('%d/%m') if self.lang == 'fr' else d.strftime('%b %d').replace(' 0', ' ')

    def hour(self):
        h, m = self.rng.choice([8, 9, 10, 11, 13, 14, 15]), self.rng.choice([0, 0, 15, 30, 30, 45])
        return ('%d h %02d' % (h, m) if m else '%d h' % h) if self.lang == 'fr' else \
            ('%d:%02d %s' % (h if h <= 12 else h - 12, m, 'a.m.' if h < 12 else 'p.m.'))

    def mrn(self, p, style=None):
        style = style or self.choice(['plain', 'plain', 'h', 'hyph', 'space', 'dots', 'slash', 'fullwidth'])
        return C.fmt_mrn(p.mrn, style, 'fr' if p.lang == 'fr' else 'en')

    def phone(self, p, style=None):
        return C.fmt_phone(p.phone, style or self.choice(['plain', 'paren', 'space', 'dots']))

    # addressing
    def to_int(self, s):
        return (s.name, s.email)

    def spec(self, cat, note, frm, to, subject, blocks, types, **kw):
        r = self.rec
        return Spec(cat, self.lang, note, (frm.name, frm.email) if isinstance(frm, C.Staff) else frm,
                    [(x.name, x.email) if isinstance(x, C.Staff) else x for x in to], subject, blocks, types,
                    cc=[(x.name, x.email) if isinstance(x, C.Staff) else x for x in kw.pop('cc', [])],
                    names=r.names, ids=r.ids, nam_ctx=r.nam_ctx, date=kw.pop('date', self.day), **kw)


def reply_attr(c, who, when):
    """Attribution line of a quoted reply, in the style of several clients."""
    rng = c.rng
    if c.lang == 'fr':
        j = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'][when.weekday()]
        m = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'][when.month - 1]
        return rng.choice(['Le %s %d %s %d à %d:%02d, %s <%s> a écrit :' % (j, when.day, m, when.year, rng.randint(8, 16), rng.randint(0, 59), who[0], who[1]),
                           'Le %s à %d h %02d, %s a écrit :' % (when.strftime('%Y-%m-%d'), rng.randint(8, 16), rng.randint(0, 59), who[0])])
    wd = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][when.weekday()]
    mo = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][when.month - 1]
    h = rng.randint(8, 16)
    return 'On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:' % (wd, mo, when.day, when.year, h if h <= 12 else h - 12,
                                                            rng.randint(0, 59), 'AM' if h < 12 else 'PM', who[0], who[1])


def outlook_head(c, frm, to, when, subject):
    if c.lang == 'fr':
        return ('-----Message d\'origine-----' if c.chance(0.5) else '________________________________',
                ['De : %s <%s>' % frm, 'Envoyé : %s %s %d %s' % (C.JOURS[when.weekday()], C.fr_date(when), when.year, c.hour()),
                 'À : %s' % '; '.join('%s <%s>' % t for t in to), 'Objet : %s' % subject])
    return ('-----Original Message-----' if c.chance(0.5) else '________________________________',
            ['From: %s <%s>' % frm, 'Sent: %s, %s, %d %s' % (C.DAYS[when.weekday()], C.en_date(when), when.year, c.hour()),
             'To: %s' % '; '.join('%s <%s>' % t for t in to), 'Subject: %s' % subject])


def fwd_head(c, frm, to, when, subject):
    if c.lang == 'fr':
        return ('-------- Message transféré --------',
                ['Sujet : %s' % subject, 'Date : %s %d' % (C.fr_date(when, True), when.year),
                 'De : %s <%s>' % frm, 'Pour : %s <%s>' % to])
    return ('---------- Forwarded message ---------',
            ['From: %s <%s>' % frm, 'Date: %s, %d' % (C.en_date(when, True), when.year),
             'Subject: %s' % subject, 'To: %s <%s>' % to])


def pdf_att(name, data, style=None):
    return Att(name, data, PDF, fname_style=style)


def docx_att(name, data, style=None):
    return Att(name, data, DOCX, fname_style=style)


def xlsx_att(name, data, style=None):
    return Att(name, data, XLSX, fname_style=style)


def zip_att(name, data, style=None):
    return Att(name, data, ZIP, fname_style=style)


def fname_part(p, style='us'):
    """A patient name as it would appear in a file name."""
    s = C.ascii_fold(p.surname).replace(' ', '').replace("'", '')
    g = C.ascii_fold(p.given).replace(' ', '').replace("'", '')
    return {'us': '%s_%s' % (s.upper(), g), 'cap': '%s%s' % (s, g[0]), 'dash': '%s-%s' % (s.lower(), g.lower()),
            'accent': '%s_%s' % (p.surname, p.given)}[style]


EXT = {
    'clsc_vm': ('Guichet d\'accès SAD – CLSC du Vieux-Moulin', 'guichet.sad.vieuxmoulin@' + C.DOM),
    'clsc_bat': ('Accueil psychosocial CLSC des Battures', 'accueil.battures@' + C.DOM),
    'clsc_rw': ('Home Care Intake – CLSC Rivermount-Ouest', 'homecare.intake.rw@' + C.DOM),
    'mah': ('Mécanisme d\'accès à l\'hébergement', 'mah@' + C.DOM),
    'dpj': ('Réception et traitement des signalements (DPJ)', 'rts.dpj@' + C.DOM),
    'curateur': ('Curateur public – Direction territoriale', 'direction.territoriale@curateur-public.example'),
    'omh': ('Office municipal d\'habitation de Saint-Anselme', 'demandes@omh-saint-anselme.example'),
    'repit': ('Répit Deux-Rives', 'accueil@repit-deuxrives.example'),
    'alz': ('Société Alzheimer des Rives', 'soutien@alzheimer-rives.example'),
    'popote': ('Popote roulante du Vieux-Moulin', 'inscriptions@popote-vieuxmoulin.example'),
    'maison': ('Maison L\'Accalmie', 'intervention@maison-accalmie.example'),
    'cavac': ('CAVAC des Rives', 'accueil@cavac-rives.example'),
    'transport': ('Transport adapté des Rives', 'reservations@transport-adapte-rives.example'),
    'pharm': ('Pharmacie Jolicoeur & Associés', 'labo@pharmacie-jolicoeur.example'),
    'notaire': ('Étude Lavigne Notaires', 'reception@lavigne-notaires.example'),
    'refuge': ('Refuge Le Phare', 'admission@refuge-lephare.example'),
    'aide_fin': ('Bureau d\'aide financière – Vieux-Moulin', 'agents.vm@aide-financiere.example'),
    'facturation': ('Facturation – usagers non assurés', 'facturation.nonassures@' + C.DOM),
    'mow': ('Rivermount Meals on Wheels', 'intake@rivermount-mow.example'),
    'ontario_hc': ('Eastern Valley Home and Community Care', 'referrals@evhcc.example'),
    'shelter': ('Harbour House Shelter', 'intake@harbourhouse.example'),
    'detox': ('Riverbend Withdrawal Management Centre', 'referrals@riverbend-wmc.example'),
    'elder': ('Elder Abuse Help Line – Deux-Rives', 'line@elder-help.example'),
    'equip': ('Rivermount Equipment Loan Program', 'loans@rivermount-elp.example'),
    'insurer': ('Laurentian Mutual – Disability Claims', 'claims@laurentian-mutual.example'),
    'legal': ('Rivermount Legal Clinic', 'intake@rivermount-legal.example'),
}


def ext(key):
    return EXT[key]
