"""Mail model, per-message context (patients, dates) and rendering of a Mail
into RFC 5322 bytes with a randomly chosen transport."""
import datetime
import hashlib

import gen_ids as I
import gen_mime as M
import gen_people as P

TZ = datetime.timezone(datetime.timedelta(hours=-5), 'EST')
TZ_DST = datetime.timezone(datetime.timedelta(hours=-4), 'EDT')

CTYPES = {
    'pdf': 'application/pdf',
    'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'zip': 'application/zip',
    'csv': 'text/csv',
    'ics': 'text/calendar',
    'vcf': 'text/vcard',
    'txt': 'text/plain',
    'eml': 'message/rfc822',
    'png': 'image/png',
}


class Att:
    def __init__(self, name, kind, data, style=None, charset=None):
        self.name, self.kind, self.data, self.style, self.charset = name, kind, data, style, charset


class Mail:
    def __init__(self, cat, lang, sender, to, subject, body='', html=None, types=(), note='', cc=(), atts=(),
                 mode=None, charset=None, reply=False, ids=None, ascii_ok=True, cte=None):
        self.cat, self.lang, self.sender, self.to, self.subject = cat, lang, sender, list(to), subject
        self.body, self.html, self.types, self.note = body, html, set(types), note
        self.cc, self.atts, self.mode, self.charset = list(cc), list(atts), mode, charset
        self.reply, self.ids, self.ascii_ok, self.cte = reply, ids or {}, ascii_ok, cte


class Ctx:
    def __init__(self, rng, holders, idx):
        self.r = rng
        self.idx = idx
        self._holders = holders
        base = datetime.datetime(2024, 10, 1, 7, 0)
        d = base + datetime.timedelta(days=rng.randint(0, 165), hours=rng.randint(0, 11), minutes=rng.randint(0, 59),
                                      seconds=rng.randint(0, 59))
        if d.weekday() >= 5 and rng.random() < .8:
            d -= datetime.timedelta(days=d.weekday() - 4)
        tz = TZ_DST if d < datetime.datetime(2024, 11, 3, 2) or d > datetime.datetime(2025, 3, 9, 2) else TZ
        self.date = d.replace(tzinfo=tz)
        self.today = self.date.date()
        self._names = set()

    # -- dates
    def future(self, lo=2, hi=40, weekday=True):
        d = self.today + datetime.timedelta(days=self.r.randint(lo, hi))
        while weekday and d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d

    def past(self, lo=2, hi=60):
        d = self.today - datetime.timedelta(days=self.r.randint(lo, hi))
        while d.weekday() >= 5:
            d -= datetime.timedelta(days=1)
        return d

    def hour(self):
        return self.r.choice(['8 h', '8 h 30', '9 h', '9 h 30', '10 h', '10 h 45', '11 h 15', '12 h 30', '13 h',
                              '13 h 30', '14 h', '14 h 45', '15 h 30'])

    def hour_en(self):
        return self.r.choice(['8:00', '8:30', '9:00', '9:30', '10:00', '10:45', '11:15', '12:30', '1:00 pm',
                              '1:30 pm', '2:00 pm', '2:45 pm', '3:30 pm'])

    # -- patients
    def nam_patient(self, child=None, min_age=None):
        h = self._holders.take(self.r, self.today, child, min_age)
        p = P.Patient(h.given, h.surname, h.dob, h.sex, 'nam', nam=h.nam)
        self._contact(p)
        p.mrn = I.make_mrn(self.r)
        return p

    def _contact(self, p, area=None):
        p.addr = P.address_on(self.r) if p.kind == 'on' else P.address_qc(self.r)
        p.phone = P.phone(self.r, area)
        p.email = P.email_of(self.r, p.given, p.surname)

    def _dob(self, child=False, old=False):
        if child:
            return datetime.date(self.r.randint(2009, 2016), self.r.randint(1, 12), self.r.randint(1, 28))
        if old:
            return datetime.date(self.r.randint(1934, 1968), self.r.randint(1, 12), self.r.randint(1, 28))
        return datetime.date(self.r.randint(1938, 2003), self.r.randint(1, 12), self.r.randint(1, 28))

    def _name(self, fpool, mpool, spool, sex=None):
        sex = sex or self.r.choice('FM')
        for _ in range(50):
            given, surname = self.r.choice(fpool if sex == 'F' else mpool), self.r.choice(spool)
            if surname not in self._names:
                break
        self._names.add(surname)
        return given, surname, sex

    def qc_patient(self, sex=None, child=False, old=False):
        g, s, sex = self._name(P.PAT_GIVEN_F, P.PAT_GIVEN_M, P.PAT_SUR, sex)
        p = P.Patient(g, s, self._dob(child, old), sex, 'qc', mrn=I.make_mrn(self.r))
        self._contact(p)
        return p

    def on_patient(self, sex=None):
        g, s, sex = self._name(P.ON_GIVEN_F, P.ON_GIVEN_M, P.ON_SUR, sex)
        p = P.Patient(g, s, self._dob(), sex, 'on', hn=I.make_on_hn(self.r), hn_version=I.make_on_version(self.r))
        self._contact(p, '613')
        p.mrn = I.make_mrn(self.r)
        return p

    def fr_patient(self, sex=None):
        g, s, sex = self._name(P.FR_GIVEN_F, P.FR_GIVEN_M, P.FR_SUR, sex)
        dob = self._dob()
        p = P.Patient(g, s, dob, sex, 'fr', nir=I.make_nir(self.r, dob, sex))
        self._contact(p)
        p.mrn = I.make_mrn(self.r)
        return p

    def be_patient(self, sex=None):
        g, s, sex = self._name(P.BE_GIVEN_F, P.BE_GIVEN_M, P.BE_SUR, sex)
        dob = self._dob()
        p = P.Patient(g, s, dob, sex, 'be', niss=I.make_niss(self.r, dob, sex))
        self._contact(p)
        p.mrn = I.make_mrn(self.r)
        return p

    def give_sin(self, p):
        p.sin = I.make_sin(self.r)
        return p.sin

    # -- people
    def staff(self, key, lang):
        g, s, *_ = P.STAFF[key]
        return (f'{g} {s}', P.staff_addr(key))

    def ext(self, key, local=None):
        g, s, t, org, dom, tel = P.EXTERNAL[key]
        return (f'{g} {s}'.strip() or org, P.ext_addr(key, local))

    def sig(self, key, lang):
        return P.signature(self.r, key, lang)

    def hello(self, lang, who=None):
        return P.greeting(self.r, lang, who)

    def bye(self, lang):
        return P.closing(self.r, lang)


class HolderPool:
    """Hands out NAM holders; each is used at most once before any is reused."""

    def __init__(self, holders, rng):
        self.items = list(holders)
        rng.shuffle(self.items)
        self.used = []

    def take(self, rng, today, child, min_age=None):
        def age(h):
            return today.year - h.dob.year - ((today.month, today.day) < (h.dob.month, h.dob.day))

        def ok(h):
            return (child is None or (age(h) < 18) == child) and (min_age is None or age(h) >= min_age)
        cands = [h for h in self.items if h not in self.used and ok(h)]
        if not cands:
            cands = [h for h in self.items if ok(h)]
        h = cands[0]
        self.used.append(h)
        return h


# ------------------------------------------------------------------ render
X_MAILERS = [None, None, 'Microsoft Outlook 16.0', 'Apple Mail (2.3774.600.62)', 'Mozilla Thunderbird 115.6.0',
             'Zimbra 9.0.0_GA', 'Microsoft Exchange Server 2019', 'Roundcube Webmail/1.6.5']


def _choose(rng, weighted):
    tot = sum(w for _, w in weighted)
    x = rng.random() * tot
    for v, w in weighted:
        x -= w
        if x <= 0:
            return v
    return weighted[-1][0]


def text_to_html(text, rng):
    import html as H
    paras = text.split('\n\n')
    font = rng.choice(['Calibri, sans-serif', 'Arial, Helvetica, sans-serif', 'Segoe UI, sans-serif', 'Verdana'])
    out = [f'<html><head><meta charset="utf-8"></head><body style="font-family:{font};font-size:11pt">']
    for p in paras:
        lines = [H.escape(l) for l in p.split('\n')]
        out.append('<p>' + '<br>\n'.join(lines) + '</p>')
    out.append('</body></html>')
    return '\n'.join(out)


def needs_utf8(mail):
    blob = mail.subject + mail.body + (mail.html or '')
    for a in mail.atts:
        if isinstance(a.data, str):
            blob += a.data
    return any(0xFF00 <= ord(c) <= 0xFFEF for c in blob)


def render_mail(mail, rng, idx, stats, domain=P.CLINIC['domain']):
    """Return bytes; updates stats (dict of Counters)."""
    # charset
    if mail.charset:
        charset = mail.charset
    elif needs_utf8(mail):
        charset = 'utf-8'
    else:
        opts = [('utf-8', 50), ('iso-8859-1', 18), ('windows-1252', 20)]
        if mail.ascii_ok:
            opts.append(('us-ascii', 12))
        charset = _choose(rng, opts)
    # transfer encoding for the main text part(s)
    if mail.cte:
        cte = mail.cte
    elif charset == 'us-ascii':
        cte = _choose(rng, [('7bit', 70), ('quoted-printable', 20), ('base64', 10)])
    else:
        cte = _choose(rng, [('8bit', 40), ('quoted-printable', 38), ('base64', 22)])
    eol = '\r\n' if rng.random() < .4 else '\n'
    mode = mail.mode or ('alt' if mail.html and mail.body else 'html' if mail.html else
                         _choose(rng, [('plain', 72), ('alt', 20), ('html', 8)]))
    if mode == 'alt' and not mail.html:
        mail.html = text_to_html(mail.body, rng)
    if mode == 'html' and not mail.html:
        mail.html = text_to_html(mail.body, rng)
    hx = hashlib.sha256(f'{idx}-{mail.subject}'.encode()).hexdigest()
    b = 0

    def boundary():
        nonlocal b
        b += 1
        return rng.choice(['----=_Part_', '=_NextPart_', '------------', 'b1_', '_000_']) + hx[b:b + 16] + f'_{b}'

    html_part = lambda: M.Text(mail.html, 'html', charset, cte)
    text_part = lambda: M.Text(mail.body, 'plain', charset, cte,
                               extra_ct=['format=flowed'] if rng.random() < .15 and cte != '8bit' else None)
    if mode == 'plain':
        body = text_part()
    elif mode == 'html':
        body = html_part()
    else:
        body = M.Multi('alternative', [text_part(), html_part()], boundary())
    structure = {'plain': 'text/plain', 'html': 'text/html only', 'alt': 'multipart/alternative'}[mode]
    if mail.atts:
        parts = [body]
        for a in mail.atts:
            parts.append(att_part(a, rng, stats))
        body = M.Multi(rng.choice(['mixed'] * 9 + ['related']) if mode == 'html' and False else 'mixed', parts,
                       boundary(), preamble='This is a multi-part message in MIME format.' if rng.random() < .5 else None)
        structure = 'multipart/mixed'
        if any(a.kind == 'eml' for a in mail.atts):
            stats['structure']['message/rfc822'] += 1
    stats['structure'][structure] += 1
    stats['charset'][charset] += 1
    stats['cte'][cte] += 1
    stats['eol']['CRLF' if eol == '\r\n' else 'LF'] += 1
    q = rng.random() < .5
    hcs = charset if charset not in ('us-ascii',) else 'utf-8'
    if hcs == 'windows-1252':
        hcs = rng.choice(['windows-1252', 'utf-8'])
    heads = []
    sender = M.fmt_addr(mail.sender[0], mail.sender[1], hcs, q)
    heads.append(('From', sender))
    heads.append(('To', M.fmt_addr_list(mail.to, hcs, q)))
    if mail.cc:
        heads.append(('Cc', M.fmt_addr_list(mail.cc, hcs, q)))
    subj = M.enc_word(mail.subject, hcs, q) if any(ord(c) > 127 for c in mail.subject) else \
        M.enc_word(mail.subject, 'us-ascii')
    if any(ord(c) > 127 for c in mail.subject + mail.sender[0] + ''.join(n for n, _ in mail.to + mail.cc)):
        stats['headers']['RFC 2047 ' + ('Q' if q else 'B')] += 1
    else:
        stats['headers']['plain ASCII'] += 1
    heads.append(('Subject', subj))
    heads.append(('Date', _fmt_date(mail, rng)))
    mid_dom = mail.sender[1].split('@')[1]
    heads.append(('Message-ID', f'<{hx[:20]}.{idx}@{mid_dom}>'))
    if mail.reply:
        ref = f'<{hx[20:40]}@{rng.choice([domain, mail.to[0][1].split("@")[1]])}>'
        heads.append(('In-Reply-To', ref))
        heads.append(('References', ref))
    xm = rng.choice(X_MAILERS)
    if xm:
        heads.append(('X-Mailer', xm))
    if rng.random() < .3:
        heads.append(('Content-Language', {'fr': 'fr-CA', 'en': 'en-CA'}[mail.lang]))
    if rng.random() < .1:
        heads.append(('Importance', 'High'))
    return M.build(heads, body, eol)


def _fmt_date(mail, rng):
    import email.utils
    return email.utils.format_datetime(mail.date)


def att_part(a, rng, stats):
    ascii_name = all(ord(c) < 128 for c in a.name)
    if a.style:
        style = a.style
    else:
        opts = [('2231', 30), ('2047', 25)]
        if ascii_name:
            opts.append(('plain', 60))
        if len(a.name) > 28:
            opts.append(('2231cont', 15))
        style = _choose(rng, opts)
    stats['filename'][{'plain': 'plain', '2231': 'RFC 2231', '2231cont': 'RFC 2231', '2047': 'RFC 2047'}[style]] += 1
    stats['attachment'][a.kind] += 1
    if a.kind == 'eml':
        return M.Rfc822(a.data, a.name, style)
    if isinstance(a.data, str):
        cs = a.charset or ('utf-8' if a.kind in ('ics', 'vcf') else rng.choice(['utf-8', 'utf-8', 'windows-1252']))
        if not M.encodable(a.data, cs):
            cs = 'utf-8'
        cte = rng.choice(['base64', 'quoted-printable', '8bit']) if cs != 'us-ascii' else '7bit'
        extra = []
        if a.kind == 'ics':
            extra = ['method=REQUEST']
        return M.Text(a.data, charset=cs, cte=cte, filename=a.name, fname_style=style, extra_ct=extra,
                      ctype=CTYPES[a.kind])
    return M.Binary(a.data, CTYPES[a.kind], a.name, style)


def inner_eml(mail, rng, idx):
    """Render a Mail used as an attached .eml (message/rfc822)."""
    from collections import Counter, defaultdict
    dummy = defaultdict(Counter)
    return render_mail(mail, rng, idx, dummy)
