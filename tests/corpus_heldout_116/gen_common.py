"""Shared machinery: per-message context, dates, HTML rendering, quoting, transport choice."""
import datetime
import html as htmlmod
import random

import gen_people as P
import gen_ids as I

TZ_EDT = datetime.timezone(datetime.timedelta(hours=-4))
TZ_EST = datetime.timezone(datetime.timedelta(hours=-5))
START = datetime.date(2024, 9, 3)


class Corpus:
    def __init__(self, seed):
        self.seed = seed
        rng = random.Random('%d-holders' % seed)
        self.holders = I.load_holders()
        order = list(range(len(self.holders)))
        rng.shuffle(order)
        self.holder_order = [self.holders[i] for i in order]
        self.holder_ptr = 0
        self.used_names = set()
        for h in self.holders:
            self.used_names.add((h.given, h.surname))
        for st in P.STAFF:
            self.used_names.add((st[0], st[1]))

    def next_holder(self):
        h = self.holder_order[self.holder_ptr % len(self.holder_order)]
        self.holder_ptr += 1
        return h


class M:
    """Per-message builder."""
    def __init__(self, corpus, key, category, lang):
        self.corpus = corpus
        self.rng = random.Random('%d-%s' % (corpus.seed, key))
        self.key = key
        self.category = category
        self.lang = lang
        self.types = []
        self.note = ''
        self.ids = {}       # type -> list of compact numbers inserted
        self.spec = {'attachments': []}
        self.clinic = self.rng.choice(P.CLINICS[:4])
        d = START + datetime.timedelta(days=self.rng.randint(0, 170))
        while d.weekday() >= 5 and self.rng.random() < 0.85:
            d += datetime.timedelta(days=1)
        tz = TZ_EDT if d < datetime.date(2024, 11, 3) else TZ_EST
        self.when = datetime.datetime(d.year, d.month, d.day, self.rng.randint(7, 18),
                                      self.rng.randint(0, 59), self.rng.randint(0, 59), tzinfo=tz)

    # -- labels
    def t(self, *types):
        for x in types:
            if x not in self.types:
                self.types.append(x)

    def add_id(self, typ, compact):
        self.ids.setdefault(typ, []).append(compact)
        self.t(typ)

    # -- people
    def patient(self, lang=None, **kw):
        return P.new_patient(self.rng, lang or self.lang, self.corpus.used_names, **kw)

    def holder(self, lang=None):
        return P.holder_patient(self.corpus.next_holder(), lang or self.lang)

    def nam(self, pat, style=None, allow_fullwidth=True):
        styles = I.NAM_STYLES if allow_fullwidth else [s for s in I.NAM_STYLES if s != 'fullwidth']
        style = style or self.rng.choice(styles)
        self.add_id('ramq_nam', pat.nam)
        return I.fmt_nam(pat.nam, style)

    def staff(self, roles=None):
        pool = [s for s in P.STAFF if roles is None or any(r in s[3] for r in roles)]
        return self.rng.choice(pool)

    def staff_addr(self, st):
        return ('%s %s' % (st[0], st[1]), P.staff_email(st))

    def phys(self, lang=None):
        return self.rng.choice(P.PHYSICIANS)

    def phys_addr(self, ph):
        return (ph[0], P.phys_email(ph))

    def date(self, d, numeric_ok=True):
        return P.fmt_date(d, self.lang, self.rng, numeric_ok)

    def later(self, days_min, days_max, hour=None):
        d = (self.when + datetime.timedelta(days=self.rng.randint(days_min, days_max))).date()
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        h = hour if hour is not None else self.rng.choice([8, 9, 10, 11, 13, 14, 15, 16])
        return datetime.datetime(d.year, d.month, d.day, h, self.rng.choice([0, 15, 30, 45]))

    def earlier(self, days_min, days_max):
        return (self.when - datetime.timedelta(days=self.rng.randint(days_min, days_max))).date()

    def fr(self, fr, en):
        return fr if self.lang == 'fr' else en

    def greet(self, name=None):
        r = self.rng
        if self.lang == 'fr':
            if name:
                return r.choice(['Bonjour %s,', 'Bonjour %s,', 'Salut %s,', '%s,', 'Bon matin %s,']) % name
            return r.choice(['Bonjour,', 'Bonjour à tous,', 'Bonjour,', 'Allô,'])
        if name:
            return r.choice(['Hi %s,', 'Hello %s,', 'Dear %s,', '%s -', 'Good morning %s,']) % name
        return r.choice(['Hi all,', 'Hello,', 'Hi team,', 'Good afternoon,'])

    def close(self):
        if self.lang == 'fr':
            return self.rng.choice(['Merci !', 'Merci et bonne journée,', 'Cordialement,', 'Bonne journée,',
                                    'Au plaisir,', 'Merci beaucoup,', ''])
        return self.rng.choice(['Thanks,', 'Best regards,', 'Thank you,', 'Cheers,', 'Regards,', ''])

    def sig(self, st, style=None):
        return P.signature(st, self.clinic, self.lang, self.rng, style)

    # -- envelope
    def envelope(self, frm, to, subject, cc=None, reply=False):
        self.spec['from_'] = frm
        self.spec['to'] = to if isinstance(to, list) else [to]
        if cc:
            self.spec['cc'] = cc if isinstance(cc, list) else [cc]
        if reply and not subject.lower().startswith(('re', 'tr', 'fw')):
            subject = self.rng.choice(['RE: ', 'Re: ', 'RE : ']) + subject
        self.spec['subject'] = subject
        if reply:
            self.spec['in_reply_to'] = '<%08x.%d@%s>' % (self.rng.getrandbits(32), self.rng.randint(100, 999),
                                                          frm[1].split('@')[1] if '@' in frm[1] else 'x.example')

    def body(self, text, html=None, structure=None):
        self.spec['text'] = text
        if html is not None:
            self.spec['html'] = html
        if structure:
            self.spec['structure'] = structure

    def attach(self, filename, ctype, data, **kw):
        a = dict(filename=filename, ctype=ctype, data=data)
        a.update(kw)
        self.spec['attachments'].append(a)

    # -- quoting
    def quote(self, text, who, when, style=None, subject='', to=None):
        r = self.rng
        style = style or r.choice(['gt', 'outlook', 'gt'])
        if style == 'gt':
            if self.lang == 'fr':
                hdr = 'Le %s à %s, %s a écrit :' % (P.fmt_date(when.date(), 'fr', r, False), when.strftime('%H:%M'), who)
            else:
                hdr = 'On %s at %s, %s wrote:' % (P.fmt_date(when.date(), 'en', r, False), when.strftime('%I:%M %p').lstrip('0'), who)
            return hdr + '\n' + '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
        if self.lang == 'fr':
            return ('-----Message d\'origine-----\nDe : %s\nEnvoyé : %s %s\nÀ : %s\nObjet : %s\n\n%s'
                    % (who, P.long_date(when.date(), 'fr'), when.strftime('%H:%M'), to or 'Physio Boréalis', subject, text))
        return ('-----Original Message-----\nFrom: %s\nSent: %s %s\nTo: %s\nSubject: %s\n\n%s'
                % (who, P.long_date(when.date(), 'en'), when.strftime('%I:%M %p'), to or 'Borealis Physio', subject, text))

    def forward_block(self, text, who, when, subject, to):
        if self.lang == 'fr':
            head = '---------- Message transféré ---------\nDe : %s\nDate : %s\nObjet : %s\nÀ : %s' % (
                who, P.fmt_date(when.date(), 'fr', self.rng, False) + ' ' + when.strftime('%H:%M'), subject, to)
        else:
            head = '---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s' % (
                who, P.fmt_date(when.date(), 'en', self.rng, False) + ' ' + when.strftime('%H:%M'), subject, to)
        return head + '\n\n' + text

    def result(self, note):
        self.note = note
        return self


# ------------------------------------------------------------------ HTML
NAMED = {'é': '&eacute;', 'è': '&egrave;', 'à': '&agrave;', 'ê': '&ecirc;', 'ç': '&ccedil;', 'ô': '&ocirc;',
         'É': '&Eacute;', 'î': '&icirc;', 'û': '&ucirc;', '’': '&rsquo;', '–': '&ndash;', '°': '&deg;'}


def to_html(text, rng, style=None):
    style = style or rng.choice(['simple', 'outlook', 'entities', 'gmail'])
    paras = text.split('\n\n')

    def esc(s):
        s = htmlmod.escape(s, quote=False)
        if style == 'entities':
            s = ''.join(NAMED.get(ch, ch) for ch in s)
        return s

    blocks = []
    for p in paras:
        lines = p.split('\n')
        if all(l.startswith('>') for l in lines if l):
            inner = '<br>\n'.join(esc(l.lstrip('> ').rstrip()) for l in lines)
            blocks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner)
        else:
            inner = '<br>\n'.join(esc(l) for l in lines)
            if style == 'outlook':
                blocks.append('<p class="MsoNormal"><span style="font-family:Calibri,sans-serif;font-size:11pt">%s</span></p>' % inner)
            elif style == 'gmail':
                blocks.append('<div dir="ltr">%s</div><div><br></div>' % inner)
            else:
                blocks.append('<p>%s</p>' % inner)
    head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{margin:0 0 8px}</style></head>'
    if style == 'outlook':
        head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name="Generator" content="Microsoft Word 15">'
                '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt} --></style></head>')
    return head + '<body>\n' + '\n'.join(blocks) + '\n</body></html>'


def html_table(rows, caption=None):
    out = ['<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
    if caption:
        out.append('<caption>%s</caption>' % htmlmod.escape(caption))
    for i, r in enumerate(rows):
        tag = 'th' if i == 0 else 'td'
        out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, htmlmod.escape(str(c)), tag) for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def text_table(rows):
    widths = [max(len(str(r[i])) for r in rows if i < len(r)) for i in range(max(len(r) for r in rows))]
    out = []
    for r in rows:
        out.append('  '.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
    return '\n'.join(out)


# ------------------------------------------------------------------ transport
MAILERS = ['Microsoft Outlook 16.0', None, 'Mozilla Thunderbird 115.12', None, 'Apple Mail (2.3774)',
           'Zimbra 10.0 (ZimbraWebClient)', None, 'Roundcube Webmail/1.6.6']


def finalize(m):
    r = random.Random('%d-%s-transport' % (m.corpus.seed, m.key))
    s = m.spec
    s['charset'] = r.choices(['utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'], [45, 20, 20, 15])[0]
    s['cte'] = r.choices(['7bit', '8bit', 'quoted-printable', 'base64'], [15, 25, 35, 25])[0]
    s['linesep'] = '\r\n' if r.random() < 0.5 else '\n'
    s['force_2047'] = r.random() < 0.15
    s['xmailer'] = r.choice(MAILERS)
    s['date'] = m.when
    dom = s['from_'][1].split('@')[1]
    s['msgid'] = '<%s.%08x@%s>' % (m.when.strftime('%Y%m%d%H%M%S'), r.getrandbits(32), dom)
    if 'html' not in s and s.get('structure') is None:
        form = r.choices(['plain', 'alt', 'html'], [50, 30, 20])[0]
        if form in ('alt', 'html'):
            s['html'] = to_html(s['text'], r)
        if form == 'html':
            s['structure'] = 'html'
    elif s.get('structure') == 'html' and 'html' not in s:
        s['html'] = to_html(s['text'], r)
    return s
