"""Per-message context: RNG, date, people, and helpers that record every finding they write."""
import datetime

import gen_common as C
import gen_mime

ORIGIN_SEX = {'fr': ('Mme', 'M.'), 'en': ('Ms.', 'Mr.')}


class Ctx:
    def __init__(self, rng, pools, lang, date, idx, kind, seed):
        self.rng, self.pools, self.lang, self.date, self.idx, self.kind, self.seed = \
            rng, pools, lang, date, idx, kind, seed
        self.day = date.date()
        self.types = set()
        self.ids = []          # (kind, canonical value)
        self.people = []       # (Patient, style) for name checks
        self.nams = []         # holders whose NAM is written here
        self.nested_count = 0

    # ------------------------------------------------------------ staff
    def staff(self, surname=None, lang=None):
        lang = lang or self.lang
        if surname:
            return C.staff_by(lang, surname)
        pool = C.STAFF_FR if lang == 'fr' else C.STAFF_EN
        return C.staff(lang, self.rng.randrange(len(pool)))

    def sig(self, p, short=None):
        if short is None:
            short = self.rng.random() < .35
        return C.signature(p, self.lang, self.rng, short)

    def ext(self, key):
        return C.EXT[key]

    # ------------------------------------------------------------ patients
    def patient(self, origin='qc', lang=None):
        return self.pools.patient(lang or self.lang, origin)

    def holder(self, kid=False):
        h = self.pools.holder(self.lang, kid)
        return h

    def add(self, *types):
        for t in types:
            assert t in C.TYPES, t
            self.types.add(t)

    def name(self, p, style='full'):
        self.add('patient_name')
        self.people.append((p, style))
        tf, tm = ORIGIN_SEX[self.lang]
        title = tf if p.sex == 'F' else tm
        g, s = p.given, p.surname
        return {
            'full': '%s %s' % (g, s),
            'title': '%s %s %s' % (title, g, s),
            'title_sur': '%s %s' % (title, s),
            'sur_first': '%s, %s' % (s.upper(), g),
            'sur_first_lc': '%s, %s' % (s, g),
            'sur_first_nc': '%s %s' % (s, g),
            'lower': ('%s %s' % (g, s)).lower(),
            'lower_sur_first': ('%s %s' % (s, g)).lower(),
            'init_sur': '%s %s' % (p.initials(), s),
            'sur_init': '%s %s' % (s, p.initials()),
            'upper': ('%s %s' % (g, s)).upper(),
            'given': g,
            'file': '%s_%s' % (C.strip_accents(s).replace(' ', '').replace("'", ''), g[0]),
        }[style]

    def dob(self, p, style='iso'):
        self.add('date_of_birth')
        return C.fmt_date(p.dob, style, self.lang)

    def nam(self, p, style='plain'):
        assert p.nam
        self.add('ramq_nam')
        self.ids.append(('ramq_nam', p.nam))
        if p not in self.nams:
            self.nams.append(p)
        return C.fmt_nam(p.nam, style)

    def mrn(self, p, style='plain'):
        self.add('mrn')
        self.ids.append(('mrn', p.mrn))
        return C.fmt_mrn(p.mrn, style)

    def sin(self, style='space'):
        n = C.gen_sin(self.rng)
        self.add('ca_sin')
        self.ids.append(('ca_sin', n))
        return C.fmt_sin(n, style)

    def ohn(self, style='dash', vc=True):
        n = C.gen_ohn(self.rng)
        self.add('ca_health_number')
        self.ids.append(('ca_health_number', n))
        code = ''.join(self.rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2)) if vc else ''
        return C.fmt_ohn(n, style, code)

    def niss(self, p, style='be'):
        n = C.gen_niss(self.rng, p.dob, p.sex)
        self.add('be_niss')
        self.ids.append(('be_niss', n))
        return C.fmt_niss(n, style)

    def nir(self, p, style='space'):
        n = C.gen_nir(self.rng, p.dob, p.sex)
        self.add('fr_nir')
        self.ids.append(('fr_nir', n))
        return C.fmt_nir(n, style)

    def phone(self, p):
        self.add('patient_contact')
        return p.phone

    def address(self, p):
        self.add('patient_contact')
        return p.address

    def sex(self, p):
        return p.sex

    def title(self, p):
        tf, tm = ORIGIN_SEX[self.lang]
        return tf if p.sex == 'F' else tm

    # ------------------------------------------------------------ dates
    def fut(self, n=1):
        return C.next_weekday(self.day, n)

    def past(self, n=1):
        d = self.day
        while n > 0:
            d -= datetime.timedelta(days=1)
            if d.weekday() < 5:
                n -= 1
        return d

    def dfmt(self, d):
        return C.day_fr(d) if self.lang == 'fr' else C.day_en(d)

    def when(self, hour=None, minute=0):
        if hour is None:
            return self.date
        return self.date.replace(hour=hour, minute=minute)

    def earlier(self, minutes):
        return self.date - datetime.timedelta(minutes=minutes)

    # ------------------------------------------------------------ quoting
    def stamp(self, dt):
        if self.lang == 'fr':
            return '%d %s %d %02d:%02d' % (dt.day, C.MOIS[dt.month - 1], dt.year, dt.hour, dt.minute)
        h12 = dt.hour % 12 or 12
        return '%s, %s %d, %d %d:%02d %s' % (C.DAYS[dt.weekday()], C.MONTHS[dt.month - 1], dt.day, dt.year,
                                             h12, dt.minute, 'AM' if dt.hour < 12 else 'PM')

    def quote(self, who, dt, body, style=None):
        style = style or self.rng.choice(['outlook', 'tb'])
        if style == 'tb':
            if self.lang == 'fr':
                head = 'Le %s, %s <%s> a écrit :' % (self.stamp(dt), who.full, who.addr)
            else:
                head = 'On %s, %s <%s> wrote:' % (self.stamp(dt), who.full, who.addr)
            return head + '\n' + '\n'.join(('> ' + l) if l else '>' for l in body.split('\n'))
        return self.orig_block(who, dt, body)

    def orig_block(self, who, dt, body, to=None, subject='', fwd=False):
        to = to or []
        if self.lang == 'fr':
            head = '-------- Message transféré --------' if fwd else '-----Message d\'origine-----'
            lines = [head, 'De : %s <%s>' % (who.full, who.addr), 'Envoyé : %s' % self.stamp(dt)]
            if to:
                lines.append('À : %s' % '; '.join(to))
            if subject:
                lines.append('Objet : %s' % subject)
        else:
            head = '---------- Forwarded message ---------' if fwd else '-----Original Message-----'
            lines = [head, 'From: %s <%s>' % (who.full, who.addr), 'Sent: %s' % self.stamp(dt)]
            if to:
                lines.append('To: %s' % '; '.join(to))
            if subject:
                lines.append('Subject: %s' % subject)
        return '\n'.join(lines) + '\n\n' + body

    # ------------------------------------------------------------ message
    def msgid(self, sub=''):
        h = C.stable_hex(self.seed, self.kind, self.idx, sub, n=24)
        dom = self.rng.choice(['cisdr.example', 'mail.cisdr.example', 'exch01.cisdr.example'])
        return '<%s.%s@%s>' % (h[:12].upper(), h[12:], dom)

    def msg(self, cat, note, subject, sender, to, text, cc=None, html=None, atts=None, headers=None,
            force_body=None):
        frm = (sender.full if hasattr(sender, 'full') else sender[0],
               sender.addr if hasattr(sender, 'addr') else sender[1])

        def norm(x):
            return (x.full, x.addr) if hasattr(x, 'addr') else x
        return {'lang': self.lang, 'cat': cat, 'note': note, 'subject': ' '.join(subject.split()), 'from': frm,
                'to': [norm(t) for t in to], 'cc': [norm(t) for t in (cc or [])], 'text': text, 'html': html,
                'attachments': atts or [], 'headers': headers or [], 'force_body': force_body,
                'date': self.date, 'msgid': self.msgid()}

    def nested(self, sender, to, subject, text, dt, atts=None):
        """A complete message to attach as message/rfc822 (LF, utf-8, qp)."""
        self.nested_count += 1
        frm = (sender.full, sender.addr) if hasattr(sender, 'addr') else sender
        spec = {'lang': self.lang, 'subject': subject, 'from': frm,
                'to': [(t.full, t.addr) if hasattr(t, 'addr') else t for t in to], 'cc': [], 'text': text,
                'html': None, 'attachments': atts or [], 'headers': [], 'date': dt,
                'msgid': '<%s@%s>' % (C.stable_hex(self.seed, self.kind, self.idx, 'nested', self.nested_count),
                                      frm[1].split('@')[1])}
        plan = {'body': 'plain', 'charset': 'utf-8', 'cte': 'quoted-printable', 'crlf': False,
                'hdr_charset': 'utf-8', 'hdr_mode': 'Q'}
        return gen_mime.build(spec, plan)

    def hdr_reply(self, parent_id):
        return ['In-Reply-To: %s' % parent_id, 'References: %s' % parent_id]

    def parent_id(self, sub='parent'):
        return '<%s@%s>' % (C.stable_hex(self.seed, self.kind, self.idx, sub, n=20), C.DOMAIN)
