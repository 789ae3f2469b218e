# -*- coding: utf-8 -*-
"""Hand-rolled, deterministic MIME writer (boundaries, charsets, transfer
encodings and line endings are chosen from the message's own RNG)."""
import base64
import html
import quopri
import re
from email.header import Header
from email.utils import formataddr, format_datetime


class Att(object):
    """An attachment. `data` is bytes (binary) or str (text types).
    `eml` = True when data is the raw bytes of a message/rfc822."""

    def __init__(self, filename, ctype, data, charset='utf-8', inline=False, eml=False, cte=None):
        self.filename, self.ctype, self.data = filename, ctype, data
        self.charset, self.inline, self.eml, self.cte = charset, inline, eml, cte


def _enc_ok(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def _is_ascii(s):
    return _enc_ok(s, 'ascii')


def hdr(name, value, cs='utf-8'):
    if _is_ascii(value) and len(name) + len(value) < 76:
        return '%s: %s' % (name, value)
    if not _is_ascii(value) and not _enc_ok(value, cs):
        cs = 'utf-8'
    h = Header(value, charset=None if _is_ascii(value) else cs, maxlinelen=76, header_name=name)
    return '%s: %s' % (name, h.encode(linesep='\n'))


def addr_list(pairs, cs):
    out = []
    for name, a in pairs:
        if not name:
            out.append(a)
        else:
            out.append(formataddr((name, a), charset=cs if _enc_ok(name, cs) else 'utf-8'))
    return ', '.join(out)


def fold_addr_header(name, value):
    """Fold an address header at commas if it is long."""
    line = '%s: %s' % (name, value)
    if len(line) <= 76:
        return line
    parts = value.split(', ')
    lines, cur = [], '%s: %s' % (name, parts[0])
    for p in parts[1:]:
        if len(cur) + len(p) + 2 > 76:
            lines.append(cur + ',')
            cur = ' ' + p
        else:
            cur += ', ' + p
    lines.append(cur)
    return '\n'.join(lines)


def text_to_html(text, rng):
    """Turn a plain body into plausible mail-client HTML."""
    font = rng.choice(['Calibri,sans-serif', 'Arial,Helvetica,sans-serif', 'Aptos,Calibri,sans-serif',
                       'Segoe UI,sans-serif'])
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head>',
           '<body><div style="font-family:%s;font-size:11pt">' % font]
    blocks = re.split(r'\n\s*\n', text.strip('\n'))
    for b in blocks:
        lines = b.split('\n')
        if all(l.startswith('>') for l in lines):
            inner = '<br>\n'.join(html.escape(l.lstrip('>').lstrip()) for l in lines)
            out.append('<blockquote style="border-left:2px solid #999;margin-left:4px;padding-left:8px">%s</blockquote>' % inner)
        elif all(l.lstrip().startswith(('- ', '* ', '• ')) for l in lines):
            out.append('<ul>')
            for l in lines:
                out.append('<li>%s</li>' % html.escape(l.lstrip()[2:]))
            out.append('</ul>')
        elif len(lines) > 1 and all(' | ' in l for l in lines):
            out.append('<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">')
            for i, l in enumerate(lines):
                tag = 'th' if i == 0 else 'td'
                out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, html.escape(c.strip()), tag) for c in l.split(' | ')) + '</tr>')
            out.append('</table>')
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(html.escape(l) for l in lines))
    out.append('</div></body></html>')
    return '\n'.join(out)


def _choose_charset(texts, lang, rng):
    allt = ''.join(t for t in texts if t)
    if _is_ascii(allt):
        return rng.choice(['us-ascii', 'utf-8', 'utf-8']) if lang == 'en' else rng.choice(['utf-8', 'iso-8859-1', 'us-ascii'])
    cands = ['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'] if lang == 'fr' else ['utf-8', 'utf-8', 'windows-1252']
    cs = rng.choice(cands)
    if not _enc_ok(allt, cs):
        cs = 'windows-1252' if _enc_ok(allt, 'windows-1252') and rng.random() < 0.5 else 'utf-8'
    return cs


def _encode_body(text, cs, cte):
    raw = text.encode(cs)
    if cte in ('7bit', '8bit'):
        return raw + (b'' if raw.endswith(b'\n') else b'\n')
    if cte == 'quoted-printable':
        enc = quopri.encodestring(raw)
        return enc + (b'' if enc.endswith(b'\n') else b'\n')
    return base64.encodebytes(raw)


def _pick_cte(text, cs, rng, forced=None):
    if forced:
        return forced
    long_line = any(len(l.encode(cs)) > 900 for l in text.split('\n'))
    if cs == 'us-ascii' or _is_ascii(text):
        if long_line:
            return 'quoted-printable'
        return rng.choice(['7bit', '7bit', 'quoted-printable'])
    opts = ['8bit', 'quoted-printable', 'quoted-printable', 'base64']
    c = rng.choice(opts)
    if c == '8bit' and long_line:
        c = 'quoted-printable'
    return c


class Leaf(object):
    def __init__(self, headers, body):
        self.headers, self.body = headers, body  # headers: list of str, body: bytes


class Multi(object):
    def __init__(self, subtype, parts, boundary):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary


def _boundary(rng):
    st = rng.randrange(4)
    if st == 0:
        return '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 5), rng.randrange(10 ** 9), rng.randrange(10 ** 12))
    if st == 1:
        return '===============%019d==' % rng.randrange(10 ** 18, 10 ** 19)
    if st == 2:
        return '_000_%s_' % ''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(40))
    return '%030x' % rng.getrandbits(120)


def _text_leaf(text, subtype, cs, cte):
    heads = ['Content-Type: text/%s; charset="%s"' % (subtype, cs), 'Content-Transfer-Encoding: %s' % cte]
    return Leaf(heads, _encode_body(text, cs, cte))


def _fname_params(fn):
    if _is_ascii(fn):
        return 'filename="%s"' % fn, 'name="%s"' % fn
    from urllib.parse import quote
    q = quote(fn.encode('utf-8'), safe='')
    hd = Header(fn, 'utf-8').encode()
    return "filename*=utf-8''%s" % q, 'name="%s"' % hd


def _att_leaf(a, rng, lang):
    fparam, nparam = _fname_params(a.filename)
    disp = 'inline' if a.inline else 'attachment'
    if a.eml:
        data = a.data if isinstance(a.data, bytes) else a.data.encode('utf-8')
        try:
            data.decode('ascii')
            cte = '7bit'
        except UnicodeDecodeError:
            cte = '8bit'
        heads = ['Content-Type: message/rfc822; %s' % nparam, 'Content-Transfer-Encoding: %s' % cte,
                 'Content-Disposition: %s; %s' % (disp, fparam)]
        body = data.replace(b'\r\n', b'\n')
        if not body.endswith(b'\n'):
            body += b'\n'
        return Leaf(heads, body)
    main = a.ctype.split('/')[0]
    if main == 'text':
        text = a.data
        cs = a.charset
        if not _enc_ok(text, cs):
            cs = 'utf-8'
        cte = a.cte or rng.choice(['base64', 'base64', 'quoted-printable', '8bit' if not _is_ascii(text) else '7bit'])
        if cte in ('7bit', '8bit') and any(len(l) > 900 for l in text.split('\n')):
            cte = 'base64'
        heads = ['Content-Type: %s; charset="%s"; %s' % (a.ctype, cs, nparam), 'Content-Transfer-Encoding: %s' % cte,
                 'Content-Disposition: %s; %s' % (disp, fparam)]
        return Leaf(heads, _encode_body(text, cs, cte))
    heads = ['Content-Type: %s; %s' % (a.ctype, nparam), 'Content-Transfer-Encoding: base64',
             'Content-Disposition: %s; %s' % (disp, fparam)]
    return Leaf(heads, base64.encodebytes(a.data))


def _serialise(node, out, top=False):
    if isinstance(node, Leaf):
        for h in node.headers:
            out.append(h.encode('ascii') + b'\n')
        out.append(b'\n')
        out.append(node.body)
        return
    out.append(('Content-Type: multipart/%s;\n boundary="%s"\n\n' % (node.subtype, node.boundary)).encode('ascii'))
    if top:
        out.append(b'This is a multi-part message in MIME format.\n')
    for p in node.parts:
        out.append(('\n--%s\n' % node.boundary).encode('ascii'))
        _serialise(p, out)
    out.append(('\n--%s--\n' % node.boundary).encode('ascii'))


def render(m, rng):
    """m: dict with frm, to, cc, subject, date, lang, text, html, atts, mode,
    msgid_dom, in_reply_to, extra_headers, eol. Returns bytes."""
    lang = m['lang']
    text = m.get('text') or ''
    htm = m.get('html')
    atts = m.get('atts') or []
    mode = m.get('mode')
    if mode is None:
        if htm:
            mode = rng.choice(['alt', 'alt', 'html'])
        else:
            r = rng.random()
            mode = 'plain' if r < 0.55 else ('alt' if r < 0.85 else 'html')
    if mode in ('alt', 'html') and not htm:
        htm = text_to_html(text, rng)
    cs = m.get('charset') or _choose_charset([text if mode != 'html' else '', htm if mode != 'plain' else '',
                                              m['subject']], lang, rng)
    if htm:
        htm = htm.replace('%CS%', cs)
    cte = _pick_cte(text, cs, rng, m.get('cte'))
    parts = []
    if mode == 'plain':
        body = _text_leaf(text, 'plain', cs, cte)
    elif mode == 'html':
        body = _text_leaf(htm, 'html', cs, _pick_cte(htm, cs, rng, m.get('cte')))
    else:
        body = Multi('alternative', [_text_leaf(text, 'plain', cs, cte),
                                     _text_leaf(htm, 'html', cs, _pick_cte(htm, cs, rng, m.get('cte')))], _boundary(rng))
    if atts:
        root = Multi('mixed', [body] + [_att_leaf(a, rng, lang) for a in atts], _boundary(rng))
    else:
        root = body
    hcs = cs if cs not in ('us-ascii',) else 'utf-8'
    heads = []
    frm = m['frm']
    heads.append(fold_addr_header('From', addr_list([frm], hcs)))
    heads.append(fold_addr_header('To', addr_list(m['to'], hcs)))
    if m.get('cc'):
        heads.append(fold_addr_header('Cc', addr_list(m['cc'], hcs)))
    heads.append(hdr('Subject', m['subject'], hcs))
    heads.append('Date: %s' % format_datetime(m['date']))
    dom = frm[1].split('@')[1]
    heads.append('Message-ID: <%s.%s@%s>' % (m['date'].strftime('%Y%m%d%H%M%S'), '%012x' % rng.getrandbits(48), dom))
    if m.get('in_reply_to'):
        heads.append('In-Reply-To: %s' % m['in_reply_to'])
        heads.append('References: %s' % m['in_reply_to'])
    for k, v in m.get('extra_headers', []):
        heads.append(hdr(k, v, hcs))
    xm = rng.randrange(5)
    if xm == 0:
        heads.append('X-Mailer: Microsoft Outlook 16.0')
    elif xm == 1:
        heads.append('User-Agent: Mozilla Thunderbird 115.%d' % rng.randrange(1, 12))
    elif xm == 2:
        heads.append('X-Mailer: Zimbra 9.0.0_GA (ZimbraWebClient)')
    if rng.random() < 0.3:
        heads.append('Content-Language: %s' % ('fr-CA' if lang == 'fr' else 'en-CA'))
    heads.append('MIME-Version: 1.0')
    out = [('\n'.join(heads) + '\n').encode('ascii')]
    _serialise(root, out, top=rng.random() < 0.5)
    raw = b''.join(out)
    raw = raw.replace(b'\r\n', b'\n')
    eol = m.get('eol') or rng.choice(['\n', '\r\n'])
    if eol == '\r\n':
        raw = raw.replace(b'\n', b'\r\n')
    return raw


# ----------------------------------------------------------- reply helpers
def quote_block(text, lang, who, when, rng, style=None):
    st = rng.randrange(3) if style is None else style
    from gen_common import MOIS, MONTHS
    if st == 0:
        if lang == 'fr':
            head = 'Le %d %s %d à %02d:%02d, %s a écrit :' % (when.day, MOIS[when.month - 1], when.year, when.hour, when.minute, who)
        else:
            head = 'On %s %d, %d, at %d:%02d, %s wrote:' % (MONTHS[when.month - 1][:3], when.day, when.year, when.hour, when.minute, who)
        return head + '\n' + '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
    if st == 1:
        if lang == 'fr':
            head = '-----Message d\'origine-----\nDe : %s\nEnvoyé : %d %s %d %02d:%02d' % (who, when.day, MOIS[when.month - 1], when.year, when.hour, when.minute)
        else:
            head = '-----Original Message-----\nFrom: %s\nSent: %s %d, %d %d:%02d' % (who, MONTHS[when.month - 1], when.day, when.year, when.hour, when.minute)
        return head + '\n\n' + text
    if lang == 'fr':
        head = '________________________________\nDe : %s\nEnvoyé : %s\nObjet : (voir ci-dessus)' % (who, when.strftime('%Y-%m-%d %H:%M'))
    else:
        head = '________________________________\nFrom: %s\nSent: %s\nSubject: (see above)' % (who, when.strftime('%Y-%m-%d %H:%M'))
    return head + '\n\n' + text


def forward_block(text, lang, who, when, subject, to, rng):
    if lang == 'fr':
        head = rng.choice(['---------- Message transféré ---------', '-------- Message transféré --------',
                           'Début du message réexpédié :'])
        return '%s\nDe : %s\nDate : %s\nObjet : %s\nÀ : %s\n\n%s' % (head, who, when.strftime('%Y-%m-%d %H:%M'), subject, to, text)
    head = rng.choice(['---------- Forwarded message ---------', 'Begin forwarded message:'])
    return '%s\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s' % (head, who, when.strftime('%a, %b %d, %Y at %I:%M %p'), subject, to, text)
