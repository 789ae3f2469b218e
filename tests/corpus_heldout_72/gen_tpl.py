"""Helpers shared by the positive and negative message templates."""
import datetime as dt

import gen_common as C
from gen_mime import date_header  # noqa: F401  (re-export for templates)


class Ctx:
    def __init__(self, rng, lang, pool, date, idx):
        self.rng, self.lang, self.pool, self.date, self.idx = rng, lang, pool, date, idx
        self.types = set()
        self.fr = lang == 'fr'
        self._cases = {}

    # coherent clinical case per specialty ------------------------------------------------
    def case(self, spec):
        from gen_vocab import CASES
        if spec not in self._cases:
            self._cases[spec] = self.rng.choice(CASES[spec])
        return self._cases[spec]

    def new_case(self, spec):
        self._cases.pop(spec, None)
        return self.case(spec)

    def hist(self, spec):
        h = self.case(spec)['hist']
        return h[0] if self.fr else h[1]

    def plan(self, spec):
        h = self.case(spec)['plan']
        return h[0] if self.fr else h[1]

    def t(self, fr, en):
        return fr if self.fr else en

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def add(self, *types):
        self.types.update(types)

    # identity pieces that register their type -----------------------------------------
    def pname(self, p, style=None, styles=None):
        self.add('patient_name')
        style = style or self.rng.choice(styles or C.NAME_STYLES)
        return p.name(style, self.lang)

    def nam(self, p, style=None):
        self.add('ramq_nam')
        return C.fmt_nam(p.nam, self.rng, style)

    def nam_kv(self, p, style=None):
        return '%s : %s' % (C.nam_label(self.lang, self.rng), self.nam(p, style)) if self.fr else \
            '%s: %s' % (C.nam_label(self.lang, self.rng), self.nam(p, style))

    def dob(self, p):
        self.add('date_of_birth')
        return C.fmt_dob(p, self.lang, self.rng)

    def dob_bare(self, p, style=None):
        self.add('date_of_birth')
        return C.fmt_date(p.dob, self.lang, self.rng, style)

    def mrn(self, p):
        self.add('mrn')
        lab, v = C.fmt_mrn(p.mrn, self.rng, self.lang)
        return '%s%s %s' % (lab, ' :' if self.fr and self.chance(0.6) else ':', v)

    def mrn_bare(self, p):
        self.add('mrn')
        return C.fmt_mrn(p.mrn, self.rng, self.lang)[1]

    def phone(self, p, cell=False):
        self.add('patient_contact')
        return C.fmt_phone(p.cell if cell else p.phone, self.rng)

    def address(self, p):
        self.add('patient_contact')
        return p.address

    def dx(self, spec, i=None):
        self.add('diagnosis')
        from gen_vocab import DX, CASES
        if i is not None:
            m = [cs for cs in CASES.get(spec, []) if cs['dx'] == i]
            if m:
                self._cases[spec] = m[0]
        else:
            i = self.case(spec)['dx'] if spec in CASES else self.rng.randrange(len(DX[spec]))
        d = DX[spec][i]
        return d[0] if self.fr else d[1]

    def med(self, spec):
        self.add('medication')
        from gen_vocab import MEDS, CASES
        cs = self.case(spec) if spec in CASES else None
        d = MEDS[spec][self.rng.choice(cs['med'])] if cs and cs['med'] else self.rng.choice(MEDS[spec])
        return d[0] if self.fr else d[1]

    def lab(self, spec):
        self.add('lab_result')
        from gen_vocab import labs, CASES
        cs = self.case(spec) if spec in CASES else None
        return labs(spec, self.rng, self.lang, self.rng.choice(cs['lab']) if cs and cs['lab'] else None)

    def exam(self, i=None, sex=None):
        from gen_vocab import EXAMS, FEMALE_ONLY
        pool = [x for j, x in enumerate(EXAMS) if not (sex == 'M' and j in FEMALE_ONLY)]
        e = EXAMS[i] if i is not None else self.rng.choice(pool)
        k = 0 if self.fr else 1
        return dict(name=e[k], ind=e[2 + k], concl=e[4 + k])


def who(st, lang):
    return (st.name(lang), st.email)


def sig(c, st):
    return C.signature(st, c.lang, c.rng)


def join(*parts):
    return '\n\n'.join(p for p in parts if p is not None and p != '')


def quote(c, sender_name, sender_addr, when, subject, text, to=None, style=None):
    """Quoted history in one of the usual client styles."""
    style = style if style is not None else c.rng.randrange(4)
    fr = c.fr
    if isinstance(when, dt.datetime):
        w = when
    else:
        w = dt.datetime(when.year, when.month, when.day, 9, 12)
    if style == 0:  # Outlook
        if fr:
            hdr = 'De : %s <%s>\nEnvoyé : %s %s\nÀ : %s\nObjet : %s' % (
                sender_name, sender_addr, C.day_fr(w.date()), w.strftime('%Y %H:%M'), to or '', subject)
        else:
            hdr = 'From: %s <%s>\nSent: %s, %d %s\nTo: %s\nSubject: %s' % (
                sender_name, sender_addr, C.day_en(w.date()), w.year, w.strftime('%I:%M %p'), to or '', subject)
        return '________________________________\n%s\n\n%s' % (hdr, text)
    if style == 1:  # Gmail-like with >
        intro = ('Le %s à %s, %s <%s> a écrit :' % (C.day_fr(w.date()) + ' %d' % w.year, w.strftime('%H:%M'),
                                                     sender_name, sender_addr) if fr else
                 'On %s, %d at %s, %s <%s> wrote:' % (C.day_en(w.date()), w.year, w.strftime('%I:%M %p'),
                                                      sender_name, sender_addr))
        return intro + '\n' + '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
    if style == 2:  # -----Original Message-----
        lab = '-----Message d\'origine-----' if fr else '-----Original Message-----'
        return '%s\n%s: %s\n%s: %s\n%s: %s\n\n%s' % (
            lab, 'De' if fr else 'From', sender_addr, 'Date' if fr else 'Sent', w.strftime('%Y-%m-%d %H:%M'),
            'Objet' if fr else 'Subject', subject, text)
    # Zimbra / forwarded
    lab = '----- Message transféré -----' if fr else '---------- Forwarded message ---------'
    return '%s\n%s: "%s" <%s>\n%s: %s\n%s: %s\n\n%s' % (
        lab, 'De' if fr else 'From', sender_name, sender_addr, 'Date' if fr else 'Date',
        w.strftime('%d/%m/%Y %H:%M') if fr else w.strftime('%m/%d/%Y %I:%M %p'),
        'Objet' if fr else 'Subject', subject, text)


def re_(c, subj):
    return c.pick(['RE: ', 'Re: ', 'RE : ', 'Re : ', 'TR: RE: ']) + subj if c.fr else \
        c.pick(['RE: ', 'Re: ', 'Re: ', 'RE: RE: ']) + subj


def fw_(c, subj):
    return c.pick(['TR: ', 'TR : ', 'Fwd: ', 'FW: ']) + subj if c.fr else c.pick(['FW: ', 'Fwd: ', 'Fw: ']) + subj


def letterhead(org, lang):
    o = C.CLINICS[org]
    return [o[lang], o['addr'], ('Tél. ' if lang == 'fr' else 'Tel. ') + o['phone'] +
            ('   Téléc. ' if lang == 'fr' else '   Fax ') + o['phone'][:-2] + '%02d' % ((int(o['phone'][-2:]) + 1) % 100)]


def fname(s):
    """ASCII-ish safe file name piece (keeps accents, spaces -> _)."""
    return s.replace(' ', '_').replace("'", '').replace(',', '')
