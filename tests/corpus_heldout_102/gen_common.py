"""Shared context: people, staff, sites, dates, signatures and transport choices."""
import datetime
import email.utils

import gen_ids as I

TZ = datetime.timezone(datetime.timedelta(hours=-5))
TZ_S = datetime.timezone(datetime.timedelta(hours=-4))


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.people = I.People(rng)
        self.nams = I.load_nams()
        self.nam_order = list(range(len(self.nams)))
        rng.shuffle(self.nam_order)
        self.nam_ptr = 0
        self.counter = 0
        self.patient_names = []

    # -------------------------------------------------------------- people
    def holder(self, lo_age=0, hi_age=200):
        """Next RAMQ holder in the shuffled order fitting the age window (cycles)."""
        for _ in range(2 * len(self.nams)):
            h = self.nams[self.nam_order[self.nam_ptr % len(self.nams)]]
            self.nam_ptr += 1
            if lo_age <= h['age'] <= hi_age:
                return dict(h)
        raise RuntimeError('no holder in age window')

    def patient(self, **kw):
        p = self.people.patient(**kw)
        self.patient_names.append(I.strip_accents('%s %s' % (p['given'], p['surname'])).lower())
        return p

    def staff(self, site=None, role='md', lang='fr'):
        rng = self.rng
        s = self.people.staff()
        site = site or rng.choice(I.SITES)
        s['site'] = site
        s['email'] = I.email_of(s['given'], s['surname'], site['dom'])
        s['role'] = role
        s['dr'] = 'Dre' if s['sex'] == 'F' else 'Dr'
        if role in ('md', 'path'):
            s['disp'] = 'Dr%s %s %s' % ('e' if lang == 'fr' and s['sex'] == 'F' and rng.random() < 0.8 else '', s['given'], s['surname'])
        else:
            s['disp'] = '%s %s' % (s['given'], s['surname'])
        return s

    def site(self):
        return self.rng.choice(I.SITES)

    # -------------------------------------------------------------- dates
    def date(self):
        rng = self.rng
        base = datetime.datetime(2024, 9, 3, 7, 0, tzinfo=TZ)
        d = base + datetime.timedelta(days=rng.randrange(0, 290), minutes=rng.randrange(0, 11 * 60))
        if d.weekday() >= 5:
            d += datetime.timedelta(days=7 - d.weekday())
        tz = TZ_S if 3 <= d.month <= 10 else TZ
        d = d.replace(tzinfo=tz)
        self.last_date = d
        return email.utils.format_datetime(d)

    def date_before(self, hours_lo=1, hours_hi=72):
        d = self.last_date - datetime.timedelta(hours=self.rng.randrange(hours_lo, hours_hi), minutes=self.rng.randrange(60))
        return email.utils.format_datetime(d)

    def future(self, days_lo=3, days_hi=60):
        d = self.last_date + datetime.timedelta(days=self.rng.randrange(days_lo, days_hi))
        if d.weekday() >= 5:
            d += datetime.timedelta(days=7 - d.weekday())
        return d.strftime('%Y-%m-%d')

    def past(self, days_lo=1, days_hi=40):
        d = self.last_date - datetime.timedelta(days=self.rng.randrange(days_lo, days_hi))
        if d.weekday() >= 5:
            d -= datetime.timedelta(days=d.weekday() - 4)
        return d.strftime('%Y-%m-%d')

    def msgid(self, dom):
        self.counter += 1
        h = ''.join(self.rng.choice('0123456789abcdef') for _ in range(12))
        return '<%s.%04d@%s>' % (h, self.counter, dom)

    # -------------------------------------------------------------- text helpers
    def pick(self, *opts):
        return self.rng.choice(opts)

    def chance(self, p):
        return self.rng.random() < p


UNIT_FR = ['Unité d\'endoscopie digestive', 'Service de gastroentérologie', 'Clinique MII',
           'Clinique d\'hépatologie', 'Centre de dépistage du cancer colorectal', 'Secrétariat — endoscopie']
UNIT_EN = ['Endoscopy Unit', 'Division of Gastroenterology', 'IBD Clinic', 'Hepatology Clinic',
           'Colorectal Screening Centre', 'GI Booking Office']


def signature(c, s, lang, unit=None, long=None, closing=True):
    rng = c.rng
    site = s['site']
    if long is None:
        long = rng.random() < 0.5
    unit = unit or rng.choice(UNIT_FR if lang == 'fr' else UNIT_EN)
    short = rng.choice(['', '', 'Merci,\n' if lang == 'fr' else 'Thanks,\n', 'Bonne journée,\n' if lang == 'fr'
                        else 'Best,\n', 'Cordialement,\n' if lang == 'fr' else 'Regards,\n'])
    if not closing:
        short = ''
    name = s['disp']
    if not long:
        return '\n%s%s' % (short, rng.choice([name, s['given'], name + '\n' + unit]))
    ext = 'poste %d' % rng.randrange(2000, 7999) if lang == 'fr' else 'ext. %d' % rng.randrange(2000, 7999)
    lines = ['', short + name if short else '--\n' + name]
    f = s.get('sex') == 'F'
    role = {'md': 'Gastro-entérologue' if lang == 'fr' else 'Gastroenterologist',
            'rn': ('Infirmière clinicienne' if f else 'Infirmier clinicien') if lang == 'fr' else 'Nurse clinician',
            'clerk': ('Agente administrative' if f else 'Agent administratif') if lang == 'fr' else 'Administrative officer',
            'pharm': ('Pharmacienne' if f else 'Pharmacien') if lang == 'fr' else 'Pharmacist',
            'mgr': ('Cheffe de service' if f else 'Chef de service') if lang == 'fr' else 'Unit manager',
            'sw': ('Travailleuse sociale' if f else 'Travailleur social') if lang == 'fr' else 'Social worker',
            'lab': 'Biochimiste clinique' if lang == 'fr' else 'Clinical biochemist',
            'path': 'Pathologiste' if lang == 'fr' else 'Pathologist'}.get(s.get('role'), '')
    if role:
        lines.append(role)
    lines.append(unit)
    lines.append(site['name'])
    lines.append('Tél. : %s, %s' % (site['tel'], ext) if lang == 'fr' else 'Tel: %s %s' % (site['tel'], ext))
    if rng.random() < 0.35:
        lines.append('Téléc. : %s' % I.phone_fmt(rng) if lang == 'fr' else 'Fax: %s' % I.phone_fmt(rng))
    if rng.random() < 0.4:
        lines.append('')
        lines.append(rng.choice(DISCLAIMERS))
    return '\n'.join(lines)


DISCLAIMERS = [
    'AVIS DE CONFIDENTIALITÉ : Ce message est destiné uniquement au destinataire visé. S\'il vous est parvenu '
    'par erreur, veuillez le détruire et en aviser l\'expéditeur.',
    'CONFIDENTIALITY NOTICE: This e-mail may contain privileged information intended only for the addressee. '
    'If you received it in error, please delete it and notify the sender.',
    'Ce courriel peut contenir des renseignements confidentiels. / This e-mail may contain confidential information.',
    'Pensez à l\'environnement avant d\'imprimer ce courriel.',
]


def transport(c, kind=None, body=None, charset=None, cte=None, crlf=None, hmode=None, atts=False):
    rng = c.rng
    if kind is None:
        if atts:
            kind = 'mixed'
        else:
            kind = rng.choice(['text', 'text', 'text', 'html', 'alt', 'alt', 'alt'])
    if kind == 'mixed' and body is None:
        body = rng.choice(['text', 'text', 'alt', 'alt', 'html'])
    t = {'kind': kind, 'body': body,
         'charset': charset or rng.choice(['utf-8', 'utf-8', 'utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii']),
         'cte': cte or rng.choice(['8bit', 'quoted-printable', 'quoted-printable', 'base64', '7bit']),
         'crlf': rng.random() < 0.5 if crlf is None else crlf,
         'hmode': hmode or rng.choice(['B', 'Q']),
         'hcharset': rng.choice(['utf-8', 'utf-8', 'iso-8859-1'])}
    if rng.random() < 0.3:
        t['html_cte'] = rng.choice(['quoted-printable', 'base64'])
    return t


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


def orig_header(lang, frm, to, date_s, subject, style=None):
    if lang == 'fr':
        return ('-------- Message original --------\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n' %
                (frm, date_s, to, subject))
    return ('-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n' % (frm, date_s, to, subject))


def on_wrote(lang, date_s, who):
    if lang == 'fr':
        return 'Le %s, %s a écrit :' % (date_s, who)
    return 'On %s, %s wrote:' % (date_s, who)
