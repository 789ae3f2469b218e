"""Message specification (Mail) and its assembly into bytes with a randomly
chosen but reproducible transport."""
import datetime

from gen_docs import Att
from gen_mime import (BinPart, MsgPart, Multi, TextPart, choose_charset, choose_cte, enc_addr,
                      enc_header, fmt_date_header, message_bytes, plain_tables, text_to_html)
from gen_util import Ctx, Staff

START = datetime.date(2024, 9, 3)
END = datetime.date(2025, 6, 27)


def new_ctx(g, lang, positive):
    c = Ctx(g, lang, positive)
    r = g.rng
    while True:
        d = START + datetime.timedelta(days=r.randrange((END - START).days))
        if d.weekday() < 5:
            break
    c.when = datetime.datetime(d.year, d.month, d.day, r.choice([7, 8, 8, 9, 10, 11, 13, 14, 15, 16, 17]),
                               r.randrange(60), r.randrange(60))
    return c


def workday_after(when, lo, hi, rng):
    d = when.date() + datetime.timedelta(days=rng.randint(lo, hi))
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


class Mail:
    def __init__(self, ctx, cat, note, sender, to, subject, text, html=None, atts=None, cc=None,
                 mode=None, reply=False, extra=None, boundary_style=None):
        self.ctx, self.cat, self.note = ctx, cat, note
        self.sender, self.to, self.cc = sender, to, cc or []
        self.subject, self.text, self.html = subject, text, html
        self.atts = atts or []
        self.mode, self.reply, self.extra = mode, reply, extra or []
        self.boundary_style = boundary_style


def person(x, lang='fr', style=None, rng=None):
    """Staff object or (name, addr) tuple -> (display name, address)."""
    if isinstance(x, Staff):
        style = style if style is not None else (rng.randrange(3) if rng else 0)
        if style == 0:
            name = x.full
        elif style == 1:
            name = '%s, %s' % (x.surname, x.given)
        else:
            name = x.named(lang)
        return name, x.email
    return x


def _boundary(rng, n):
    h = ''.join(rng.choice('0123456789abcdef') for _ in range(16))
    styles = ['----=_Part_%d_%s' % (n, h), '=_%s' % h.upper(), 'Apple-Mail=_%s' % h.upper(),
              '_%03d_SLH%s_' % (n % 1000, h[:10]), '------------%s' % h[:24].ljust(24, '0')]
    return rng.choice(styles)


def _text_part(rng, text, subtype, lang, force_charset=None):
    charset = force_charset or choose_charset(rng, text)
    if subtype == 'html':
        text = text.replace('content="text/html; charset=utf-8"', 'content="text/html; charset=%s"' % charset)
    cte = choose_cte(rng, text, charset)
    return TextPart(text, subtype, charset, cte)


def _fname_style(rng, filename):
    if any(ord(c) > 127 for c in filename):
        return rng.choice(['rfc2231', 'rfc2231', 'rfc2231_lang', 'rfc2231_cont'])
    return rng.choice(['plain'] * 6 + ['rfc2231'])


def _att_part(g, att, lang, depth):
    rng = g.rng
    fs = _fname_style(rng, att.filename) if att.filename else 'plain'
    if att.kind == 'eml':
        raw = build_bytes(g, att.inner, depth + 1, nested=True)
        if rng.random() < 0.75:
            return MsgPart(raw, att.filename, fs)
        return BinPart(raw, 'application/octet-stream', att.filename, fs)
    if att.text is not None:
        sub = att.ctype.split('/', 1)[1]
        charset = att.charset or choose_charset(rng, att.text)
        cte = rng.choice(['base64', 'quoted-printable', '8bit' if charset != 'us-ascii' else '7bit'])
        if cte == '7bit' and any(ord(c) > 127 for c in att.text):
            cte = '8bit'
        return TextPart(att.text, sub, charset, cte, att.filename, fs, 'attachment', att.params)
    return BinPart(att.data, att.ctype, att.filename, fs)


def body_root(g, mail, depth=0):
    rng = g.rng
    lang = mail.ctx.lang
    mode = mail.mode or rng.choice(['plain', 'plain', 'plain', 'alt', 'alt', 'alt', 'html'])
    plain = plain_tables(mail.text)
    if mode == 'plain':
        body = _text_part(rng, plain, 'plain', lang)
    else:
        h = mail.html or text_to_html(mail.text, lang, rng.randrange(3))
        if mode == 'html':
            body = _text_part(rng, h, 'html', lang)
        else:
            tp = _text_part(rng, plain, 'plain', lang)
            hp = _text_part(rng, h, 'html', lang, force_charset=tp.charset if rng.random() < 0.7 else None)
            body = Multi('alternative', [tp, hp], _boundary(rng, g.msg_counter * 10 + depth * 3 + 1))
    if not mail.atts:
        return body
    parts = [body] + [_att_part(g, a, lang, depth) for a in mail.atts]
    pre = 'This is a multi-part message in MIME format.' if rng.random() < 0.4 else None
    return Multi('mixed', parts, _boundary(rng, g.msg_counter * 10 + depth * 3 + 2), pre)


MAILERS = ['Microsoft Outlook 16.0', 'Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.6',
           'Apple Mail (2.3774)', 'Zimbra 9.0 (ZimbraWebClient)', None, None]


def build_bytes(g, mail, depth=0, nested=False):
    rng = g.rng
    ctx = mail.ctx
    lang = ctx.lang
    g.msg_counter += 1
    when = mail.ctx.when if depth == 0 else getattr(mail, 'when', mail.ctx.when)
    hcs = rng.choice(['utf-8', 'utf-8', 'iso-8859-1'])
    fname, faddr = person(mail.sender, lang, rng=rng)
    headers = [('From', enc_addr(fname, faddr, hcs))]
    tos = [person(t, lang, rng=rng) for t in mail.to]
    headers.append(('To', ',\n\t'.join(enc_addr(n, a, hcs) for n, a in tos)))
    if mail.cc:
        ccs = [person(t, lang, rng=rng) for t in mail.cc]
        headers.append(('Cc', ',\n\t'.join(enc_addr(n, a, hcs) for n, a in ccs)))
    subj_cs = hcs if all(ord(c) < 256 for c in mail.subject) else 'utf-8'
    headers.append(('Subject', enc_header(mail.subject, subj_cs)))
    headers.append(('Date', fmt_date_header(when)))
    dom = faddr.split('@', 1)[1]
    mid = '<%s.%d@%s>' % (''.join(rng.choice('0123456789ABCDEF') for _ in range(20)), g.msg_counter,
                          dom if depth == 0 or rng.random() < 0.5 else 'mail.' + dom)
    headers.append(('Message-ID', mid))
    if mail.reply:
        ref = '<%s@%s>' % (''.join(rng.choice('0123456789abcdef') for _ in range(24)),
                           rng.choice(['deuxrives.example', 'mail.deuxrives.example']))
        headers.append(('In-Reply-To', ref))
        headers.append(('References', ref))
    for k, v in mail.extra:
        headers.append((k, enc_header(v)))
    mailer = rng.choice(MAILERS)
    if mailer:
        headers.append(('X-Mailer', mailer))
    if rng.random() < 0.3:
        headers.append(('Content-Language', 'fr-CA' if lang == 'fr' else 'en-CA'))
    root = body_root(g, mail, depth)
    crlf = (not nested) and rng.random() < 0.4
    return message_bytes(headers, root, crlf)


def att_eml(filename, inner_mail, when=None):
    a = Att('eml', filename)
    a.inner = inner_mail
    if when is not None:
        inner_mail.when = when
    return a
