"""Hand-assembled MIME: fixed boundaries, chosen charsets / transfer encodings / line ends."""
import base64
import html
import quopri
import urllib.parse
from email.utils import format_datetime

from gen_common import stable_hex

SAFE_Q = set(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/')


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def can_encode(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def enc_words(s, charset='utf-8', mode='B'):
    """RFC 2047 encoded words, never splitting a character, each word <= 75 chars."""
    prefix = '=?%s?%s?' % (charset, mode)
    words = []

    def enc(b):
        if mode == 'B':
            return base64.b64encode(b).decode('ascii')
        return ''.join(chr(c) if c in SAFE_Q else ('_' if c == 32 else '=%02X' % c) for c in b)

    chunk = ''
    for ch in s:
        if chunk and len(prefix) + len(enc((chunk + ch).encode(charset))) + 2 > 75:
            cut = chunk.rfind(' ')
            if 0 < cut < len(chunk) - 1:   # break after a space so decoders that keep or drop
                words.append(chunk[:cut + 1])  # inter-word whitespace both read the text right
                chunk = chunk[cut + 1:]
            else:
                words.append(chunk)
                chunk = ''
        chunk += ch
    if chunk:
        words.append(chunk)
    return '\n '.join(prefix + enc(w.encode(charset)) + '?=' for w in words)


def hdr_text(s, charset, mode, force=False):
    if is_ascii(s) and not force:
        return s
    if not can_encode(s, charset):
        charset = 'utf-8'
    return enc_words(s, charset, mode)


def fmt_addr(name, addr, charset='utf-8', mode='B'):
    if not name:
        return addr
    if is_ascii(name):
        if any(c in name for c in ',.;:()<>@"[]'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return '%s <%s>' % (name, addr)
    return '%s <%s>' % (enc_words(name, charset if can_encode(name, charset) else 'utf-8', mode), addr)


def addr_list(pairs, charset, mode):
    return ',\n '.join(fmt_addr(n, a, charset, mode) for n, a in pairs)


def html_from_text(text, charset, lang):
    out, para, table = [], [], []

    def flush():
        if para:
            out.append('<p>' + '<br>\n'.join(html.escape(l) for l in para) + '</p>')
            para.clear()
        if table:
            rows = []
            for i, l in enumerate(table):
                cells = [c.strip() for c in l.strip().strip('|').split('|')]
                tag = 'th' if i == 0 else 'td'
                rows.append('<tr>' + ''.join('<%s style="border:1px solid #999;padding:2px 6px">%s</%s>'
                                             % (tag, html.escape(c), tag) for c in cells) + '</tr>')
            out.append('<table style="border-collapse:collapse;font-size:10pt">\n' + '\n'.join(rows) + '\n</table>')
            table.clear()

    for line in text.split('\n'):
        if line.count('|') >= 2 and not line.startswith('>'):
            if para:
                out.append('<p>' + '<br>\n'.join(html.escape(l) for l in para) + '</p>')
                para.clear()
            table.append(line)
        elif not line.strip():
            flush()
        else:
            if table:
                flush()
            para.append(line)
    flush()
    return ('<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n'
            % ('fr-CA' if lang == 'fr' else 'en-CA', charset, '\n'.join(out)))


def encode_body(raw, cte):
    if cte in ('7bit', '8bit'):
        return raw if raw.endswith(b'\n') else raw + b'\n'
    if cte == 'quoted-printable':
        out = quopri.encodestring(raw)
        return out if out.endswith(b'\n') else out + b'\n'
    if cte == 'base64':
        return base64.encodebytes(raw)
    raise ValueError(cte)


def filename_params(fn, rfc2231):
    if is_ascii(fn) and not rfc2231:
        return 'filename="%s"' % fn, 'name="%s"' % fn
    q = urllib.parse.quote(fn, safe='')
    return "filename*=utf-8''%s" % q, "name*=utf-8''%s" % q


def leaf(ctype, params, cte, raw, disp=None, extra=()):
    h = 'Content-Type: %s%s\n' % (ctype, ''.join(';\n\t%s' % p for p in params))
    h += 'Content-Transfer-Encoding: %s\n' % cte
    if disp:
        h += 'Content-Disposition: %s\n' % disp
    for e in extra:
        h += e + '\n'
    return h.encode('ascii') + b'\n' + encode_body(raw, cte)


def multipart(subtype, children, boundary, preamble=True):
    out = b'Content-Type: multipart/%s;\n\tboundary="%s"\n\n' % (subtype.encode(), boundary.encode())
    if preamble:
        out += b'This is a multi-part message in MIME format.\n\n'
    for c in children:
        out += b'--' + boundary.encode() + b'\n' + c
        if not c.endswith(b'\n'):
            out += b'\n'
    out += b'--' + boundary.encode() + b'--\n'
    return out


def text_part(text, subtype, charset, cte):
    raw = text.replace('\r\n', '\n').encode(charset)
    if cte == '7bit' and any(b > 127 for b in raw):
        cte = 'quoted-printable'
    if cte in ('7bit', '8bit') and any(len(l) > 900 for l in raw.split(b'\n')):
        cte = 'quoted-printable'
    return leaf('text/%s' % subtype, ['charset="%s"' % charset], cte, raw)


def attachment_part(att, plan, idx):
    fn = att['filename']
    fparam, nparam = filename_params(fn, att.get('rfc2231', False) or plan.get('rfc2231_all', False))
    disp = '%s;\n\t%s' % (att.get('disposition', 'attachment'), fparam)
    kind = att['kind']
    if kind == 'eml':
        return leaf('message/rfc822', [], att.get('cte', '7bit'), att['data'], disp)
    if 'text' in att:
        cs = att.get('charset', 'utf-8')
        if not can_encode(att['text'], cs):
            cs = 'utf-8'
        raw = att['text'].encode(cs)
        cte = att.get('cte') or 'base64'
        if cte == '7bit' and any(b > 127 for b in raw):
            cte = 'quoted-printable'
        params = ['charset="%s"' % cs, nparam] + att.get('ctype_params', [])
        return leaf(att['ctype'], params, cte, raw, disp)
    return leaf(att['ctype'], [nparam], 'base64', att['data'], disp)


def body_parts(spec, plan, seedkey):
    cs, cte = plan['charset'], plan['cte']
    text = spec.get('text')
    htm = spec.get('html')
    if plan['body'] == 'plain':
        return text_part(text, 'plain', cs, cte)
    if htm is None:
        htm = html_from_text(text, cs, spec['lang'])
    if plan['body'] == 'html':
        return text_part(htm, 'html', cs, plan.get('html_cte', cte))
    alt = [text_part(text, 'plain', cs, cte), text_part(htm, 'html', cs, plan.get('html_cte', cte))]
    return multipart('alternative', alt, '----=_Alt_%s' % stable_hex(seedkey, 'alt', n=20), preamble=False)


def build(spec, plan):
    """Return message bytes."""
    seedkey = spec['msgid']
    hcs = plan.get('hdr_charset', 'utf-8')
    mode = plan.get('hdr_mode', 'B')
    lines = []
    lines.append('Message-ID: %s' % spec['msgid'])
    lines.append('Date: %s' % format_datetime(spec['date']))
    lines.append('From: %s' % fmt_addr(spec['from'][0], spec['from'][1], hcs, mode))
    lines.append('To: %s' % addr_list(spec['to'], hcs, mode))
    if spec.get('cc'):
        lines.append('Cc: %s' % addr_list(spec['cc'], hcs, mode))
    lines.append('Subject: %s' % hdr_text(spec['subject'], hcs, mode, force=plan.get('force_subj_enc', False)))
    for h in spec.get('headers', []):
        lines.append(h)
    for h in plan.get('extra_headers', []):
        lines.append(h)
    lines.append('MIME-Version: 1.0')
    head = ('\n'.join(lines) + '\n').encode('ascii')

    body = body_parts(spec, plan, seedkey)
    atts = spec.get('attachments', [])
    if atts:
        kids = [body] + [attachment_part(a, plan, i) for i, a in enumerate(atts)]
        body = multipart('mixed', kids, '----=_Mix_%s' % stable_hex(seedkey, 'mix', n=20))
    data = head + body
    if plan.get('crlf'):
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


def choose_plan(rng, spec):
    """Pick body form, charset, transfer encoding, line ends and header encoding for one message."""
    text = spec['text'] + (spec.get('html') or '')
    r = rng.random()
    body = 'plain' if r < .42 else ('alt' if r < .77 else 'html')
    if spec.get('force_body'):
        body = spec['force_body']
    cs = rng.choices(['utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'], [50, 18, 17, 15])[0]
    if cs == 'us-ascii' and not is_ascii(text):
        cs = rng.choice(['iso-8859-1', 'windows-1252'])
    if not can_encode(text, cs):
        cs = 'windows-1252' if can_encode(text, 'windows-1252') and rng.random() < .3 else 'utf-8'
    if is_ascii(text):
        cte = rng.choices(['7bit', 'quoted-printable', 'base64'], [55, 25, 20])[0]
    else:
        cte = rng.choices(['8bit', 'quoted-printable', 'base64'], [35, 42, 23])[0]
    plan = {'body': body, 'charset': cs, 'cte': cte, 'crlf': rng.random() < .5,
            'hdr_charset': rng.choice(['utf-8', 'utf-8', 'iso-8859-1']),
            'hdr_mode': rng.choice(['B', 'Q']),
            'force_subj_enc': rng.random() < .08}
    if body != 'plain' and rng.random() < .5:
        plan['html_cte'] = 'quoted-printable' if not is_ascii(text) else rng.choice(['7bit', 'quoted-printable'])
    if spec.get('attachments') and rng.random() < .3:
        plan['rfc2231_all'] = True
    xm = rng.random()
    if xm < .35:
        plan['extra_headers'] = ['X-Mailer: Microsoft Outlook 16.0']
    elif xm < .5:
        plan['extra_headers'] = ['User-Agent: Mozilla Thunderbird']
    elif xm < .6:
        plan['extra_headers'] = ['X-Mailer: ChimioNet Notification Service 4.2']
    if rng.random() < .3:
        plan.setdefault('extra_headers', []).append(
            'Content-Language: %s' % ('fr-CA' if spec['lang'] == 'fr' else 'en-CA'))
    return plan
