"""Scenario context, mailboxes, and thread wrappers (reply with quote, inline forward, attached .eml)."""
import datetime

import gen_common as C

BOX = {
    'archives': ('Archives médicales – HSA', 'archives.medicales.vdh@' + C.DOM),
    'acces': ('Accès à l\'information – Archives', 'acces.dossiers.vdh@' + C.DOM),
    'roi_en': ('Release of Information', 'roi.vdh@' + C.DOM),
    'hlb': ('Archives HLB', 'archives.hlb.vdh@' + C.DOM),
    'dsp': ('Direction des services professionnels', 'dsp.vdh@' + C.DOM),
    'privacy': ('Protection des renseignements personnels', 'prp.vdh@' + C.DOM),
    'dpj': ('DPJ – Réception et traitement des signalements', 'dpj.rts.vdh@' + C.DOM),
    'codif': ('Codification – Archives', 'codification.vdh@' + C.DOM),
    'numerisation': ('Numérisation – Archives', 'numerisation.vdh@' + C.DOM),
    'tous_archives': ('Personnel – Archives médicales', 'personnel.archives.vdh@' + C.DOM),
    'medecins': ('Médecins – HSA', 'medecins.hsa.vdh@' + C.DOM),
    'servicedesk': ('Centre de services – DRI', 'centredeservices.vdh@' + C.DOM),
    'paie': ('Service de la paie', 'paie.vdh@' + C.DOM),
    'appro': ('Approvisionnement', 'approvisionnement.vdh@' + C.DOM),
    'comms': ('Communications internes', 'communications.vdh@' + C.DOM),
}


class Ctx:
    def __init__(self, rng, lang, pool, used, confidential=True):
        self.rng, self.lang, self.pool, self.used = rng, lang, pool, used
        self.f = C.Facts(rng, lang)
        self.date = C.base_date(rng)
        self.fr = lang == 'fr'
        self.confidential = confidential

    def t(self, fr, en):
        return fr if self.fr else en

    def nam_pt(self, kind=None):
        """Take a NAM holder from the shared pool (each holder at most once)."""
        if not self.pool:
            return None
        idx = list(range(len(self.pool)))
        if kind == 'old':
            idx = [i for i in idx if self.pool[i]['dob'].year < 1950] or idx
        elif kind == 'child':
            idx = [i for i in idx if self.pool[i]['dob'].year >= 2008] or idx
        elif kind == 'adult':
            idx = [i for i in idx if 1950 <= self.pool[i]['dob'].year < 2005] or idx
        h = self.pool.pop(idx[0])
        return C.nam_patient(self.rng, h)

    def pt(self, origin='QC', lo=1930, hi=2004):
        return C.new_patient(self.rng, origin, self.used, lo, hi)

    def any_pt(self, p_nam=0.5, kind=None, origin=None):
        if self.rng.random() < p_nam:
            p = self.nam_pt(kind)
            if p:
                return p
        lo, hi = {'old': (1928, 1950), 'child': (2008, 2022), 'adult': (1950, 2004)}.get(kind, (1930, 2004))
        return self.pt(origin or ('QC' if self.fr or self.rng.random() < 0.4 else 'EN'), lo, hi)

    def past(self, lo, hi):
        return (self.date - datetime.timedelta(days=self.rng.randrange(lo, hi))).date()

    def future(self, lo, hi):
        d = (self.date + datetime.timedelta(days=self.rng.randrange(lo, hi))).date()
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d

    def d(self, date, style=None):
        return C.fmt_date(date, self.lang, style or self.rng.choice(['iso', 'long', 'long', 'dmy', 'short']))

    def hello(self, name=None, group=False):
        r = self.rng
        if self.fr:
            if name:
                return r.choice(['Bonjour ' + name + ',', 'Bonjour ' + name + ',', 'Allô ' + name + ',', name + ','])
            if group:
                return r.choice(['Bonjour à tous,', 'Bonjour à toutes et à tous,', 'Bonjour,'])
            return r.choice(['Bonjour,', 'Bonjour,', 'Madame, Monsieur,'])
        if name:
            return r.choice(['Hi ' + name + ',', 'Hello ' + name + ',', 'Dear ' + name + ',', name + ' -'])
        if group:
            return r.choice(['Hi all,', 'Hello everyone,', 'Good morning all,'])
        return r.choice(['Hello,', 'Good morning,', 'To whom it may concern,'])

    def bye(self):
        if self.fr:
            return self.rng.choice(['Merci,', 'Merci beaucoup,', 'Cordialement,', 'Bonne journée,',
                                    'Salutations distinguées,', 'Merci à l\'avance,'])
        return self.rng.choice(['Thanks,', 'Thank you,', 'Regards,', 'Best regards,', 'Kind regards,', 'Cheers,'])

    def sig(self, s, disclaimer=None):
        return C.signature(self.rng, s, self.lang, disclaimer)

    def staff(self, exclude=()):
        return C.pick_staff(self.rng, self.lang, exclude)


def fake_msgid(rng, dom):
    return '<%s@%s>' % (''.join(rng.choice('0123456789abcdef') for _ in range(20)), dom)


def _prefix(lang, kind, rng):
    if kind == 'reply':
        return rng.choice(['RE: ', 'RE : ', 'Re: ']) if lang == 'fr' else rng.choice(['RE: ', 'Re: '])
    return rng.choice(['TR: ', 'TR : ', 'Fwd: ']) if lang == 'fr' else rng.choice(['FW: ', 'Fwd: ', 'Fw: '])


def wrap(spec, ctx, mode, sender, to, text):
    """Wrap an already-complete spec into a reply / forward.  The original content is kept whole."""
    rng, lang = ctx.rng, ctx.lang
    orig_dt = spec['date']
    new = dict(spec)
    new['date'] = orig_dt + datetime.timedelta(minutes=rng.randrange(20, 60 * 30))
    new['frm'] = sender
    new['to'] = to
    new['cc'] = []
    new.pop('in_reply_to', None)
    frm_s = '%s <%s>' % spec['frm']
    to_s = ', '.join('%s <%s>' % p for p in spec['to'])
    if mode == 'reply':
        new['subject'] = _prefix(lang, 'reply', rng) + spec['subject']
        new['text'] = text + '\n\n' + C.quote(spec['text'], C.quote_header(lang, orig_dt, spec['frm'][0],
                                                                              spec['frm'][1], rng))
        new['html'] = None
        new['in_reply_to'] = fake_msgid(rng, spec['frm'][1].split('@')[1])
    elif mode == 'outlook':
        new['subject'] = _prefix(lang, 'reply', rng) + spec['subject']
        new['text'] = text + '\n' + C.outlook_block(lang, orig_dt, frm_s, to_s, spec['subject'], spec['text'])
        new['html'] = None
        new['in_reply_to'] = fake_msgid(rng, spec['frm'][1].split('@')[1])
    elif mode == 'fwd':
        new['subject'] = _prefix(lang, 'fwd', rng) + spec['subject']
        new['text'] = text + '\n\n' + C.forward_block(lang, orig_dt, frm_s, to_s, spec['subject'], spec['text'])
        new['html'] = None
    elif mode == 'eml':
        inner = dict(spec)
        inner.pop('body_kind', None)
        new['subject'] = _prefix(lang, 'fwd', rng) + spec['subject']
        new['text'] = text
        new['html'] = None
        new['body_kind'] = None
        fn = C.strip_accents(spec['subject'])
        fn = ''.join(c if c.isalnum() or c in ' -_' else '_' for c in fn)[:60].strip() + '.eml'
        new['attachments'] = [dict(kind='eml', filename=fn, ctype='message/rfc822', eml=inner)]
    else:
        raise ValueError(mode)
    return new
