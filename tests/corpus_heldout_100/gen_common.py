"""Shared world: organisations, addresses, signatures, greetings, dates, spec helper."""
import datetime

from gen_ids import MOIS, MONTHS, Ids, strip_accents, date_fmt, fr_weekday, en_weekday

HOSP = 'hrv.example'          # Hôpital de la Rivière-Verte
CIUSSS = 'ciusss-rv.example'
GMF = 'gmf-troischemins.example'
SUPPLIER = 'auditionboreale.example'
SUPPLIER2 = 'acoustique-laurentides.example'
CI_MAKER = 'sonora-implants.example'
CPAP = 'respiraide.example'
PHARM = 'pharmaciecarrefour.example'
SCHOOL = 'cssrv.example'
DPJ = 'dpj-rv.example'
ONT = 'evgh.example'
FRH = 'ch-stvallier.example'
BEH = 'stremi.example'
PERSONAL = ['courriel.example', 'videomail.example', 'boitemail.example', 'netcourrier.example']

UNITS_FR = {
    'orl': "Clinique d'oto-rhino-laryngologie",
    'audio': "Service d'audiologie",
    'sommeil': 'Laboratoire du sommeil',
    'voix': 'Clinique de la voix',
    'ic': "Programme d'implant cochléaire",
    'vest': 'Clinique vestibulaire',
    'bloc': 'Bloc opératoire',
}
UNITS_EN = {
    'orl': 'ENT Clinic',
    'audio': 'Audiology Department',
    'sommeil': 'Sleep Laboratory',
    'voix': 'Voice Clinic',
    'ic': 'Cochlear Implant Program',
    'vest': 'Vestibular Clinic',
    'bloc': 'Operating Room',
}

MAILERS = ['Microsoft Outlook 16.0', 'Apple Mail (2.3774.300.61.1.2)', 'Mozilla Thunderbird 115.6.0',
           None, None, 'Microsoft Outlook 16.0', 'Zimbra 9.0.0_GA', None]


def addr_of(person, domain):
    g = strip_accents(person.given).lower().replace(' ', '').replace("'", '')
    s = strip_accents(person.surname).lower().replace(' ', '').replace("'", '')
    return f'{g}.{s}@{domain}'


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.ids = Ids(rng)
        self.n = 0
        self.now = None

    # ---- time ----
    def new_message(self):
        r = self.rng
        self.n += 1
        start = datetime.date(2024, 9, 2)
        while True:
            d = start + datetime.timedelta(days=r.randint(0, 300))
            if d.weekday() < 5 or r.random() < 0.08:
                break
        self.now = datetime.datetime(d.year, d.month, d.day, r.randint(7, 18), r.randint(0, 59), r.randint(0, 59))
        return self.now

    def date_header(self, dt=None):
        dt = dt or self.now
        # EST between the 2024 and 2025 daylight-saving switches, EDT otherwise
        off = '-0500' if datetime.datetime(2024, 11, 3, 2) <= dt < datetime.datetime(2025, 3, 9, 2) else '-0400'
        wd = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][dt.weekday()]
        mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][dt.month - 1]
        return f'{wd}, {dt.day} {mon} {dt.year} {dt:%H:%M:%S} {off}'

    def future(self, lo=1, hi=60, weekday=True):
        while True:
            d = self.now.date() + datetime.timedelta(days=self.rng.randint(lo, hi))
            if not weekday or d.weekday() < 5:
                return d

    def past(self, lo=1, hi=60):
        while True:
            d = self.now.date() - datetime.timedelta(days=self.rng.randint(lo, hi))
            if d.weekday() < 5:
                return d

    def hhmm(self, lo=8, hi=16, lang='fr'):
        h, m = self.rng.randint(lo, hi), self.rng.choice([0, 15, 30, 45])
        return f'{h}h{m:02d}' if lang == 'fr' else (f'{(h - 1) % 12 + 1}:{m:02d} {"AM" if h < 12 else "PM"}')

    def day_str(self, d, lang):
        if lang == 'fr':
            return f'{fr_weekday(d)} {d.day} {MOIS[d.month - 1]}'
        return f'{en_weekday(d)}, {MONTHS[d.month - 1]} {d.day}'

    # ---- people ----
    def staff(self, sex=None):
        return self.ids.staff(sex)

    def dr(self, p, lang):
        if lang == 'fr':
            return ('Dr ' if p.sex == 'M' else 'Dre ') + p.full
        return 'Dr. ' + p.full

    def drs(self, p, lang):
        """Title + surname, as used in greetings."""
        if lang == 'fr':
            return ('Dr ' if p.sex == 'M' else 'Dre ') + p.surname
        return 'Dr. ' + p.surname

    def pick(self, seq):
        return self.rng.choice(seq)

    # ---- greetings & signatures ----
    def greet(self, lang, name=None, formal=None):
        r = self.rng
        formal = r.random() < 0.5 if formal is None else formal
        if lang == 'fr':
            if name:
                return r.choice([f'Bonjour {name},', f'Bonjour {name},', f'Allo {name},', f'Salut {name},']) \
                    if not formal else r.choice([f'Bonjour {name},', f'Chère collègue,', f'Cher collègue,'])
            return r.choice(['Bonjour,', 'Bonjour à tous,', 'Bonjour à toutes et à tous,', 'Allo,', 'Bonjour,'])
        if name:
            return r.choice([f'Hi {name},', f'Hello {name},', f'Dear {name},', f'{name},'])
        return r.choice(['Hi all,', 'Hello,', 'Good morning,', 'Hi,', 'Dear colleagues,'])

    def closing(self, lang):
        r = self.rng
        if lang == 'fr':
            return r.choice(['Merci!', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,', 'Merci et bonne fin de journée',
                             'Au plaisir,', 'Salutations,', 'Bien à vous,', 'Merci à l\'avance'])
        return r.choice(['Thanks,', 'Thank you,', 'Best,', 'Regards,', 'Cheers,', 'Kind regards,', 'Many thanks'])

    def signature(self, p, lang, role=None, unit='orl', short=None, disclaimer=None):
        r = self.rng
        short = r.random() < 0.25 if short is None else short
        u = (UNITS_FR if lang == 'fr' else UNITS_EN)[unit]
        role = role or ('audiologiste' if unit == 'audio' else 'agente administrative')
        if short:
            return f'{p.given[0]}. {p.surname}' if r.random() < 0.5 else p.given
        ext = r.randint(2000, 7999)
        lines = ['--' if r.random() < 0.3 else '', p.full, role, u]
        if lang == 'fr':
            lines += ['Hôpital de la Rivière-Verte | CIUSSS de la Rivière-Verte',
                      f'1200, boul. des Sources, Montréal (Québec) H3Z 2K1',
                      f'Tél. : 514-555-01{r.randint(10, 99)}, poste {ext}']
        else:
            lines += ['Rivière-Verte Hospital | CIUSSS de la Rivière-Verte',
                      '1200 boul. des Sources, Montreal, QC H3Z 2K1',
                      f'Tel: 514-555-01{r.randint(10, 99)} ext. {ext}']
        disclaimer = r.random() < 0.35 if disclaimer is None else disclaimer
        if disclaimer:
            lines += ['', 'AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. '
                      'Si vous l\'avez reçu par erreur, veuillez le détruire et en aviser l\'expéditeur.'
                      if lang == 'fr' else
                      'CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received '
                      'it in error, please delete it and notify the sender.']
        return '\n'.join(x for x in lines if x is not None).lstrip('\n')

    def quote_header(self, lang, who, addr, dt):
        r = self.rng
        style = r.choice(['gmail', 'outlook', 'apple'])
        if style == 'gmail':
            if lang == 'fr':
                return f'Le {fr_weekday(dt.date())[:3]}. {dt.day} {MOIS[dt.month - 1][:4]}. {dt.year} à {dt:%H:%M}, {who} <{addr}> a écrit :', '> '
            return f'On {en_weekday(dt.date())[:3]}, {MONTHS[dt.month - 1][:3]} {dt.day}, {dt.year} at {dt:%H:%M}, {who} <{addr}> wrote:', '> '
        if style == 'apple':
            return (f'> Le {dt.day} {MOIS[dt.month - 1]} {dt.year} à {dt:%H:%M}, {who} <{addr}> a écrit :' if lang == 'fr'
                    else f'> On {MONTHS[dt.month - 1]} {dt.day}, {dt.year}, at {dt:%H:%M}, {who} <{addr}> wrote:'), '> '
        if lang == 'fr':
            return (f'-----Message d\'origine-----\nDe : {who} <{addr}>\nEnvoyé : {fr_weekday(dt.date())} '
                    f'{dt.day} {MOIS[dt.month - 1]} {dt.year} {dt:%H:%M}\nÀ : ', '')
        return (f'-----Original Message-----\nFrom: {who} <{addr}>\nSent: {en_weekday(dt.date())}, '
                f'{MONTHS[dt.month - 1]} {dt.day}, {dt.year} {dt:%I:%M %p}\nTo: ', '')

    def quoted(self, lang, who, addr, text, subject='', to='', hours_ago=None):
        """Return a reply-history block: header + quoted (or Outlook-style) original."""
        dt = self.now - datetime.timedelta(hours=hours_ago or self.rng.randint(2, 70))
        head, pref = self.quote_header(lang, who, addr, dt)
        if pref == '':
            head = head + (to or 'Clinique ORL') + ('\nObjet : ' if lang == 'fr' else '\nSubject: ') + subject
            return '\n' + head + '\n\n' + text
        return '\n' + head + '\n' + '\n'.join((pref + ln).rstrip() if ln else '>' for ln in text.split('\n'))

    # ---- spec ----
    def spec(self, lang, sender, to, subject, text, types=(), note='', cc=None, attachments=None,
             inner=None, inner_name=None, html=None, headers=None, force=None):
        r = self.rng
        mid = f'{r.getrandbits(48):012x}.{self.n}@' + (sender[1].split('@')[1])
        return dict(lang=lang, **{'from': sender}, to=to, cc=cc or [], subject=subject, text=text,
                    types=sorted(set(types)), note=note, attachments=attachments or [], inner=inner,
                    inner_name=inner_name, html=html, headers=headers or [], force=force or {},
                    date=self.date_header(), msgid=mid, mailer=r.choice(MAILERS),
                    content_language=r.choice([None, 'fr-CA' if lang == 'fr' else 'en-US']))

    def inner_spec(self, lang, sender, to, subject, text, dt, attachments=None, html=None):
        r = self.rng
        mid = f'{r.getrandbits(48):012x}.{self.n}i@' + sender[1].split('@')[1]
        return dict(lang=lang, **{'from': sender}, to=to, cc=[], subject=subject, text=text, types=[],
                    note='', attachments=attachments or [], inner=None, inner_name=None, html=html,
                    headers=[], force={}, date=self.date_header(dt), msgid=mid, mailer=None,
                    content_language=None)


def fmt_dob(d, lang, rng):
    style = rng.choice(['iso', 'iso', 'fr' if lang == 'fr' else 'en', 'dmy' if lang == 'fr' else 'mdy', 'dmon'])
    return date_fmt(d, style)


def name_form(p, lang, rng, style=None):
    """Different ways a clinician writes a patient's name."""
    style = style or rng.choice(['full', 'full', 'title', 'rev', 'upper_rev', 'lower', 'initial', 'sur_first'])
    if style == 'full':
        return p.full
    if style == 'title':
        return f'{p.title(lang)} {p.full}'
    if style == 'title_sur':
        return f'{p.title(lang)} {p.surname}'
    if style == 'rev':
        return p.rev
    if style == 'upper_rev':
        return f'{p.surname.upper()}, {p.given}'
    if style == 'lower':
        return p.full.lower()
    if style == 'initial':
        return f'{p.given[0]}. {p.surname}'
    if style == 'sur_first':
        return f'{p.surname} {p.given}'
    raise ValueError(style)
