"""Raw MIME composer with explicit control of charsets, transfer encodings,
line endings, RFC 2047 headers and RFC 2231 file names (deterministic)."""
import base64
import datetime as dt
import html
import html.entities
import quopri
import re
import textwrap
import urllib.parse

LATIN1_FIX = {
    '\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2014': '-', '\u2013': '-',
    '\u2026': '...', '\u20ac': 'EUR', '\u0153': 'oe', '\u0152': 'OE', '\u2022': '*', '\u00a0': ' ',
    '\u2192': '->', '\u2265': '>=', '\u2264': '<=', '\u2248': '~', '\u2191': '^', '\u2193': 'v',
    '\u2010': '-', '\u2011': '-',
}
CP1252_FIX = {'\u2192': '->', '\u2265': '>=', '\u2264': '<=', '\u2248': '~', '\u2191': '^', '\u2193': 'v',
              '\u2010': '-', '\u2011': '-'}


def fit_charset(text, charset):
    """Return (text, charset) such that text encodes in charset."""
    if charset == 'us-ascii':
        try:
            text.encode('ascii')
            return text, charset
        except UnicodeEncodeError:
            return text, 'utf-8'
    if charset == 'iso-8859-1':
        t = ''.join(LATIN1_FIX.get(c, c) for c in text)
        try:
            t.encode('latin-1')
            return t, charset
        except UnicodeEncodeError:
            return text, 'utf-8'
    if charset == 'windows-1252':
        t = ''.join(CP1252_FIX.get(c, c) for c in text)
        try:
            t.encode('cp1252')
            return t, charset
        except UnicodeEncodeError:
            return text, 'utf-8'
    return text, 'utf-8'


def pycodec(charset):
    return {'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252'}.get(charset, 'utf-8')


# --------------------------------------------------------------------------
# Headers
# --------------------------------------------------------------------------
def encoded_words(s, charset='utf-8', enc='B', maxlen=60):
    """Split s into RFC 2047 encoded words, breaking between words where possible
    (the space stays inside the preceding encoded word), never inside a character."""
    codec = pycodec(charset)
    words, cur = [], ''

    def size(t):
        return len(base64.b64encode(t.encode(codec))) if enc == 'B' else len(_q(t.encode(codec)))

    for tok in re.findall(r'\S+\s*|\s+', s):
        if size(cur + tok) <= maxlen:
            cur += tok
        elif size(tok) <= maxlen:
            if cur:
                words.append(cur)
            cur = tok
        else:
            for ch in tok:
                if size(cur + ch) > maxlen and cur:
                    words.append(cur)
                    cur = ch
                else:
                    cur += ch
    if cur:
        words.append(cur)
    return _finish_words(words, charset, codec, enc)


def _finish_words(words, charset, codec, enc):
    out = []
    for w in words:
        b = w.encode(codec)
        if enc == 'B':
            out.append('=?%s?B?%s?=' % (charset, base64.b64encode(b).decode()))
        else:
            out.append('=?%s?Q?%s?=' % (charset, _q(b)))
    return out


def _q(b):
    safe = b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/'
    out = []
    for c in b:
        if c == 0x20:
            out.append('_')
        elif c in safe:
            out.append(chr(c))
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def fold(name, value):
    """Fold an already-ASCII header at whitespace, max ~76 columns."""
    line = '%s: ' % name
    out = []
    for tok in value.split(' '):
        if len(line) + len(tok) > 76 and line.strip() and not line.endswith(': '):
            out.append(line.rstrip(' '))
            line = ' ' + tok + ' '
        else:
            line += tok + ' '
    out.append(line.rstrip(' '))
    return '\n'.join(out)


def hdr_text(value, tr):
    """Unstructured header value (Subject...)."""
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        pass
    cs, enc = tr['hdr']
    if cs != 'utf-8':
        v2, cs2 = fit_charset(value, cs)
        if cs2 != cs:
            cs = 'utf-8'
        else:
            value = v2
    if tr.get('hdr_partial'):
        # encode only the words that need it (as many MUAs do)
        toks = value.split(' ')
        out = []
        for t in toks:
            try:
                t.encode('ascii')
                out.append(t)
            except UnicodeEncodeError:
                out.append(' '.join(encoded_words(t, cs, enc)))
        # adjacent encoded words: keep a literal space encoded inside the next word
        res = []
        for i, t in enumerate(out):
            if i and t.startswith('=?') and res and res[-1].startswith('=?'):
                t = ' '.join(encoded_words(' ' + toks[i], cs, enc))
            res.append(t)
        return ' '.join(res)
    return ' '.join(encoded_words(value, cs, enc))


def hdr_addr(name, addr, tr):
    if not name:
        return addr
    try:
        name.encode('ascii')
        if any(c in name for c in ',.;:()"'):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return '%s <%s>' % (name, addr)
    except UnicodeEncodeError:
        cs, enc = tr['hdr']
        if cs != 'utf-8':
            n2, cs2 = fit_charset(name, cs)
            if cs2 == cs:
                name = n2
            else:
                cs = 'utf-8'
        return '%s <%s>' % (' '.join(encoded_words(name, cs, enc)), addr)


def fmt_date_hdr(d):
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    return '%s, %d %s %d %02d:%02d:%02d %s%02d%02d' % (days[d.weekday()], d.day, mons[d.month - 1], d.year,
                                                      d.hour, d.minute, d.second, sign, mins // 60, mins % 60)


# --------------------------------------------------------------------------
# Parts
# --------------------------------------------------------------------------
def _wrap_long(text, width=76):
    out = []
    for ln in text.split('\n'):
        if len(ln) <= 990:
            out.append(ln)
        else:
            out.extend(textwrap.wrap(ln, width) or [''])
    return '\n'.join(out)


def encode_body(text, charset, cte):
    """Return (header lines, encoded body str) for a text body."""
    text, charset = fit_charset(text, charset)
    raw = text.encode(pycodec(charset))
    is_ascii = all(b < 128 for b in raw)
    if cte == '7bit' and not is_ascii:
        cte = 'quoted-printable'
    if cte in ('7bit', '8bit') and max((len(l) for l in text.split('\n')), default=0) > 990:
        text = _wrap_long(text)
        raw = text.encode(pycodec(charset))
    if cte == 'quoted-printable':
        body = quopri.encodestring(raw).decode('ascii')
    elif cte == 'base64':
        body = base64.encodebytes(raw).decode('ascii')
    else:
        body = raw.decode(pycodec(charset))
    if not body.endswith('\n'):
        body += '\n'
    return charset, cte, body


def text_part(subtype, text, tr, extra_params='', cte=None, charset=None):
    if '@@CHARSET@@' in text:
        cs0 = fit_charset(text, charset or tr['charset'])[1]
        text = text.replace('@@CHARSET@@', cs0)
    cs, cte_, body = encode_body(text, charset or tr['charset'], cte or tr['cte'])
    h = ['Content-Type: text/%s; charset="%s"%s' % (subtype, cs, extra_params),
         'Content-Transfer-Encoding: %s' % cte_]
    return h, body


def _fname_params(fname, style, key):
    """Return parameter text for file name under a given style."""
    try:
        fname.encode('ascii')
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if ascii_ok:
        return '%s="%s"' % (key, fname)
    if style == '2231':
        enc = urllib.parse.quote(fname.encode('utf-8'), safe='')
        if len(enc) > 60:
            toks = re.findall(r'%[0-9A-F]{2}|.', enc)
            chunks, cur = [], ''
            for t in toks:
                if len(cur) + len(t) > 50:
                    chunks.append(cur)
                    cur = ''
                cur += t
            chunks.append(cur)
            parts = []
            for n, c in enumerate(chunks):
                if n == 0:
                    parts.append("%s*0*=utf-8''%s" % (key, c))
                else:
                    parts.append('%s*%d*=%s' % (key, n, c))
            return ';\n\t'.join(parts)
        return "%s*=utf-8''%s" % (key, enc)
    # RFC 2047 inside the quoted string (Outlook / Gmail style)
    return '%s="%s"' % (key, ' '.join(encoded_words(fname, 'utf-8', 'B', 200)))


def attachment_part(att, tr, idx):
    """att: dict(filename, ctype, data(bytes) | text, charset, inline, cte)."""
    ctype = att['ctype']
    fname = att.get('filename')
    style = att.get('fname_style') or tr['fname']
    disp = 'inline' if att.get('inline') else 'attachment'
    h = []
    if ctype == 'message/rfc822':
        params = ''
        if fname:
            params = ';\n\t' + _fname_params(fname, style, 'name')
        h.append('Content-Type: message/rfc822' + params)
        h.append('Content-Transfer-Encoding: %s' % ('8bit' if any(b > 127 for b in att['data']) else '7bit'))
        d = disp
        if fname:
            d += ';\n\t' + _fname_params(fname, style, 'filename')
        h.append('Content-Disposition: ' + d)
        body = att['data'].decode('utf-8', 'surrogateescape').replace('\r\n', '\n')
        if not body.endswith('\n'):
            body += '\n'
        return h, body
    if 'text' in att:
        cs = att.get('charset', 'utf-8')
        extra = att.get('extra_params', '')
        if fname:
            extra += ';\n\t' + _fname_params(fname, style, 'name')
        main, sub = ctype.split('/')
        hh, body = text_part(sub, att['text'], tr, extra, cte=att.get('cte', 'base64' if idx % 2 else 'quoted-printable'),
                             charset=cs)
        hh[0] = hh[0].replace('text/%s' % sub, ctype, 1)
        h.extend(hh)
    else:
        params = ''
        if fname:
            params = ';\n\t' + _fname_params(fname, style, 'name')
        h.append('Content-Type: %s%s' % (ctype, params))
        h.append('Content-Transfer-Encoding: base64')
        body = base64.encodebytes(att['data']).decode('ascii')
    if att.get('no_disposition'):
        return h, body
    d = disp
    if fname:
        d += ';\n\t' + _fname_params(fname, style, 'filename')
    h.append('Content-Disposition: ' + d)
    if att.get('content_id'):
        h.append('Content-ID: <%s>' % att['content_id'])
    return h, body


def multipart(subtype, parts, boundary, extra=''):
    h = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (subtype, extra, boundary)]
    out = []
    for ph, pb in parts:
        out.append('--%s\n%s\n\n%s' % (boundary, '\n'.join(ph), pb))
    body = 'This is a multi-part message in MIME format.\n\n' if subtype == 'mixed' else ''
    body += ''.join(out) + '--%s--\n' % boundary
    return h, body


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------
def to_html(text, entities=False, style=0):
    paras = text.split('\n\n')
    out = []
    for p in paras:
        lines = p.split('\n')
        if len(lines) > 2 and all('|' in l for l in lines if l.strip()):
            rows = []
            for l in lines:
                cells = [c.strip() for c in l.strip().strip('|').split('|')]
                rows.append('<tr>' + ''.join('<td style="border:1px solid #999;padding:2px 6px">%s</td>' % _esc(c, entities)
                                             for c in cells) + '</tr>')
            out.append('<table style="border-collapse:collapse">\n%s\n</table>' % '\n'.join(rows))
        elif p.startswith('> ') or p.startswith('>'):
            inner = '<br>\n'.join(_esc(l.lstrip('>').lstrip(), entities) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(_esc(l, entities) for l in lines))
    fonts = ['Calibri, sans-serif', 'Arial, Helvetica, sans-serif', 'Segoe UI, sans-serif', 'Georgia, serif']
    body = '\n'.join(out)
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=@@CHARSET@@">'
            '</head>\n<body><div style="font-family:%s;font-size:11pt">\n%s\n</div></body></html>\n'
            % (fonts[style % len(fonts)], body))


def _esc(s, entities):
    s = html.escape(s, quote=False)
    if entities:
        out = []
        for c in s:
            if ord(c) > 127:
                name = html.entities.codepoint2name.get(ord(c))
                out.append('&%s;' % name if name else '&#%d;' % ord(c))
            else:
                out.append(c)
        s = ''.join(out)
    return s


# --------------------------------------------------------------------------
# Whole message
# --------------------------------------------------------------------------
def build(spec, tr, rng):
    """spec keys: frm (name, addr), to [(name, addr)], cc, subject, date (aware datetime),
    text, html (optional str or True for auto), html_only, attachments [att], msgid_domain,
    extra_headers [(k, v)], in_reply_to."""
    counter = [0]

    def boundary():
        counter[0] += 1
        return '----=_NextPart_%03d_%04X_%08X' % (counter[0], rng.randrange(65536), rng.randrange(1 << 32))

    hdrs = []
    hdrs.append(fold('From', hdr_addr(spec['frm'][0], spec['frm'][1], tr)))
    hdrs.append(fold('To', ', '.join(hdr_addr(n, a, tr) for n, a in spec['to'])))
    if spec.get('cc'):
        hdrs.append(fold('Cc', ', '.join(hdr_addr(n, a, tr) for n, a in spec['cc'])))
    hdrs.append(fold('Subject', hdr_text(spec['subject'], tr)))
    hdrs.append('Date: ' + fmt_date_hdr(spec['date']))
    dom = spec['frm'][1].split('@')[1]
    hdrs.append('Message-ID: <%08x.%04x.%s@%s>' % (rng.randrange(1 << 32), rng.randrange(1 << 16),
                                                  spec['date'].strftime('%Y%m%d%H%M%S'), dom))
    if spec.get('in_reply_to'):
        hdrs.append('In-Reply-To: <%s>' % spec['in_reply_to'])
        hdrs.append('References: <%s>' % spec['in_reply_to'])
    hdrs.append('MIME-Version: 1.0')
    for k, v in spec.get('extra_headers', []):
        hdrs.append(fold(k, hdr_text(v, tr)))
    if tr.get('mailer'):
        hdrs.append('X-Mailer: ' + tr['mailer'])

    text = spec.get('text')
    html_src = spec.get('html')
    if html_src is True or (html_src is None and tr.get('alt') and text is not None):
        html_src = to_html(text, entities=tr.get('entities', False), style=rng.randrange(4))
    atts = spec.get('attachments', [])

    if spec.get('html_only'):
        if html_src is None:
            html_src = to_html(text, entities=tr.get('entities', False), style=rng.randrange(4))
        body_part = text_part('html', html_src, tr)
    elif html_src is not None and text is not None:
        body_part = multipart('alternative', [text_part('plain', text, tr), text_part('html', html_src, tr)],
                              boundary())
    elif html_src is not None:
        body_part = text_part('html', html_src, tr)
    else:
        sub = 'plain'
        extra = '; format=flowed' if tr.get('flowed') else ''
        body_part = text_part(sub, text, tr, extra)

    if atts:
        parts = [body_part]
        for i, a in enumerate(atts):
            parts.append(attachment_part(a, tr, i))
        top = multipart('mixed', parts, boundary())
    else:
        top = body_part
    th, tb = top
    msg = '\n'.join(hdrs + th) + '\n\n' + tb
    if any(ord(c) > 127 for c in msg):
        data = msg.encode('utf-8', 'surrogateescape')
    else:
        data = msg.encode('ascii')
    # 8bit text parts in a legacy charset: re-encode those sections properly
    data = _fix_8bit(msg, data)
    if tr['eol'] == 'crlf':
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


def _fix_8bit(msg, data):
    """build() concatenates str parts; 8bit bodies in latin-1 / cp1252 must be
    written in that charset rather than utf-8.  We mark them while building via
    the charset header and re-encode per part here."""
    if all(ord(c) < 128 for c in msg):
        return data
    # Re-encode part by part: split on lines, track the current charset of 8bit parts.
    out = []
    cur = 'utf-8'
    for line in msg.split('\n'):
        low = line.lower()
        if low.startswith('content-type:'):
            cur = 'utf-8'
            if 'charset="iso-8859-1"' in low:
                cur = 'latin-1'
            elif 'charset="windows-1252"' in low:
                cur = 'cp1252'
        try:
            out.append(line.encode(cur))
        except UnicodeEncodeError:
            out.append(line.encode('utf-8', 'surrogateescape'))
    return b'\n'.join(out)


def aware(d, region):
    """Attach a fixed-offset time zone (EST/EDT or AST/ADT, approximate DST)."""
    dst = 3 <= d.month <= 10
    if region == 'nb':
        off = -3 if dst else -4
    else:
        off = -4 if dst else -5
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))
