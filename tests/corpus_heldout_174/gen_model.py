"""Message content model (what a template writes) and its assembly into MIME bytes."""
import datetime as dt
from email.utils import format_datetime

import gen_common as C
import gen_mime as MM

CTYPES = {
    'pdf': 'application/pdf',
    'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'csv': 'text/csv', 'ics': 'text/calendar', 'vcf': 'text/vcard', 'zip': 'application/zip',
    'eml': 'message/rfc822', 'txt': 'text/plain',
}
TEXT_KINDS = ('csv', 'ics', 'vcf', 'txt')


class Att:
    def __init__(self, kind, filename, data, fn_style=None, cte=None, charset=None):
        self.kind, self.filename, self.data = kind, filename, data
        self.fn_style, self.cte, self.charset = fn_style, cte, charset


class M:
    """Content of one message, with the findings it carries (for positives)."""

    def __init__(self, lang, cat, note, positive):
        self.lang, self.cat, self.note, self.positive = lang, cat, note, positive
        self.types = set()
        self.ids = []        # (type, raw value)
        self.nams = []       # (nam, Patient)
        self.patients = []   # Patient objects named in the message
        self.dobs = []       # (Patient)
        self.frm = None
        self.to = []
        self.cc = []
        self.subject = ''
        self.text = ''
        self.html = None         # full html document (CHARSET placeholder) or None
        self.table_html = None   # html table replacing a [[TABLE]] paragraph
        self.atts = []
        self.extra_headers = []
        self.force = {}

    # ---- finding helpers (positives)
    def t(self, *types):
        for x in types:
            assert x in C.TYPES, x
            self.types.add(x)

    def name(self, p, style):
        self.t('patient_name')
        if p not in self.patients:
            self.patients.append(p)
        return p.name(style, self.lang)

    def dob(self, p, style):
        self.t('date_of_birth')
        self.dobs.append(p)
        return C.fmt_dob(p.dob, style, self.lang)

    def nam(self, p, style):
        assert p.nam
        self.t('ramq_nam')
        self.nams.append((p.nam, p))
        return C.fmt_nam(p.nam, style)

    def sex(self, p, style='fr'):
        return {'fr': 'Sexe : %s' % p.sex, 'fr2': 'sexe %s' % p.sex, 'en': 'Sex: %s' % p.sex,
                'en2': 'sex %s' % p.sex, 'paren': '(%s)' % p.sex, 'bare': p.sex}[style]

    def mrn(self, p, style='plain'):
        self.t('mrn')
        self.ids.append(('mrn', p.mrn))
        return C.fmt_mrn(p.mrn, style)

    def sin(self, v, style='space'):
        self.t('ca_sin')
        self.ids.append(('ca_sin', v))
        return C.fmt_sin(v, style)

    def ohip(self, v, style='dashvc', vc='AB'):
        self.t('ca_health_number')
        self.ids.append(('ca_health_number', v))
        return C.fmt_ohip(v, style, vc)

    def niss(self, v, style='std'):
        self.t('be_niss')
        self.ids.append(('be_niss', v))
        return C.fmt_niss(v, style)

    def nir(self, v, style='std'):
        self.t('fr_nir')
        self.ids.append(('fr_nir', v))
        return C.fmt_nir(v, style)

    def phone(self, p):
        self.t('patient_contact')
        return p.phone

    def addr(self, p):
        self.t('patient_contact')
        return p.addr

    def attach(self, kind, filename, data, **kw):
        self.atts.append(Att(kind, filename, data, **kw))


# --------------------------------------------------------------------------- assembly
MAILERS = ['Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.12', 'Zimbra 9.0 (ZimbraWebClient)',
           'Apple Mail (2.3774)', None, None, 'Microsoft Outlook 16.0', None]


def _text_part(text, charset, cte, subtype='plain'):
    t = MM.adapt(text, charset)
    if t is None:
        charset = 'utf-8'
        t = text
    data = t.encode(charset)
    ascii_only = all(b < 128 for b in data)
    if cte == '7bit' and not ascii_only:
        cte = '8bit'
    if charset == 'us-ascii' and not ascii_only:
        charset, data = 'utf-8', text.encode('utf-8')
    if cte in ('7bit', '8bit') and any(len(l) > 900 for l in data.split(b'\n')):
        cte = 'quoted-printable'
    return MM.Part('text/' + subtype, data, charset=charset, cte=cte)


def _att_part(a, rng):
    ctype = CTYPES[a.kind]
    if a.fn_style:
        fn_style = a.fn_style
    elif all(ord(c) < 128 for c in a.filename):
        fn_style = rng.choice(['plain', 'plain', 'plain', 'rfc2231'])
    else:
        fn_style = rng.choice(['rfc2231', 'rfc2231', 'rfc2231split', 'rfc2047'])
    if a.kind == 'eml':
        cte = '7bit' if all(b < 128 for b in a.data) else '8bit'
        return MM.Part(ctype, a.data, cte=cte, filename=a.filename, fn_style=fn_style)
    if a.kind in TEXT_KINDS:
        charset = a.charset or 'utf-8'
        ascii_only = all(b < 128 for b in a.data)
        cte = a.cte or rng.choice(['base64', 'quoted-printable', '7bit' if ascii_only else '8bit'])
        if cte == '7bit' and not ascii_only:
            cte = '8bit'
        data = a.data
        if cte in ('7bit', '8bit'):
            data = data.replace(b'\r\n', b'\n')
        params = ['method=REQUEST'] if a.kind == 'ics' else []
        return MM.Part(ctype, data, charset=charset, cte=cte, filename=a.filename, fn_style=fn_style,
                       params=params)
    return MM.Part(ctype, a.data, cte='base64', filename=a.filename, fn_style=fn_style)


def build(m, tr, ident, date, rng, outer=True):
    """Return message bytes (LF; CRLF applied if tr['crlf'] and outer)."""
    cs = tr['charset']
    body_parts = []
    structure = tr['structure']
    html_doc = None
    if structure in ('html', 'alt'):
        html_doc = m.html or MM.text_html(m.text, m.lang, m.table_html)
    text_cs = cs
    plain = m.text.replace('[[TABLE]]\n\n', '').replace('\n[[TABLE]]\n', '\n')
    tp = _text_part(plain, text_cs, tr['cte'])
    if html_doc is not None:
        hp_cs = tp.charset
        hp = _text_part(html_doc.replace('CHARSET', hp_cs), hp_cs, tr.get('html_cte', tr['cte']), 'html')
        if hp.charset != hp_cs:
            hp = _text_part(html_doc.replace('CHARSET', hp.charset), hp.charset, tr.get('html_cte', tr['cte']),
                            'html')
    if structure == 'plain':
        body = tp
    elif structure == 'html':
        body = hp
    else:
        body = MM.Multi('alternative', [tp, hp], '----=_Alt_%s' % ident)
    if m.atts:
        parts = [body] + [_att_part(a, rng) for a in m.atts]
        body = MM.Multi('mixed', parts, '----=_Mix_%s' % ident,
                        preamble='This is a multi-part message in MIME format.' if tr.get('preamble') else None)
    name_mode = tr.get('name_mode', 'q')
    hcs = tp.charset if tp.charset != 'us-ascii' else 'utf-8'
    headers = []
    headers.append('From: ' + MM.addr(m.frm[0], m.frm[1], hcs, name_mode))
    headers.append(MM.addr_list('To', [MM.addr(n, e, hcs, name_mode) for n, e in m.to]))
    if m.cc:
        headers.append(MM.addr_list('Cc', [MM.addr(n, e, hcs, name_mode) for n, e in m.cc]))
    headers.append(MM.subject_header(m.subject, hcs, tr['subj_mode']))
    headers.append('Date: ' + format_datetime(date))
    headers.append('Message-ID: <%s@%s>' % (ident, m.frm[1].split('@')[1]))
    headers.extend(m.extra_headers)
    mailer = tr.get('mailer')
    if mailer:
        headers.append(('X-Mailer: ' if 'Outlook' in mailer or 'Apple' in mailer else 'User-Agent: ') + mailer)
    if tr.get('lang_header'):
        headers.append('Content-Language: %s' % ('fr-CA' if m.lang == 'fr' else 'en-CA'))
    return MM.render_message(headers, body, crlf=(tr['crlf'] and outer))


def pick_transport(rng, m, force=None):
    force = dict(force or {})
    force.update(m.force)
    tr = {}
    if m.lang == 'fr':
        tr['charset'] = rng.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252', 'utf-8', 'iso-8859-1'])
    else:
        tr['charset'] = rng.choice(['us-ascii', 'us-ascii', 'utf-8', 'windows-1252', 'utf-8', 'iso-8859-1'])
    if tr['charset'] == 'us-ascii':
        tr['cte'] = rng.choice(['7bit', '7bit', 'quoted-printable'])
    else:
        tr['cte'] = rng.choice(['8bit', 'quoted-printable', 'quoted-printable', 'base64'])
    tr['html_cte'] = rng.choice([tr['cte'], 'quoted-printable', 'base64'])
    tr['structure'] = rng.choice(['plain', 'plain', 'plain', 'alt', 'alt', 'html'])
    tr['crlf'] = rng.random() < 0.35
    tr['subj_mode'] = rng.choice(['none', 'none', 'none', 'q', 'b'])
    tr['name_mode'] = rng.choice(['q', 'b'])
    tr['mailer'] = rng.choice(MAILERS)
    tr['lang_header'] = rng.random() < 0.3
    tr['preamble'] = rng.random() < 0.5
    if m.table_html and tr['structure'] == 'plain' and rng.random() < 0.7:
        tr['structure'] = 'alt'
    tr.update(force)
    return tr


def msg_date(rng, start=dt.datetime(2024, 9, 3), days=105):
    while True:
        d = start + dt.timedelta(days=rng.randrange(days))
        if d.weekday() < 5 or rng.random() < 0.08:
            break
    d = d.replace(hour=rng.choice([7, 8, 8, 9, 9, 10, 11, 12, 13, 14, 14, 15, 16, 17, 19, 22]),
                  minute=rng.randrange(60), second=rng.randrange(60))
    off = -4 if d < dt.datetime(2024, 11, 3, 2) else -5
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))
