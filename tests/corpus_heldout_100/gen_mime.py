"""Hand-rolled MIME serialiser: full control of charsets, transfer encodings,
line endings, RFC 2047 headers and RFC 2231 file names.  Deterministic."""
import base64
import email.charset
import email.header
import html
import quopri
import urllib.parse


class Att:
    """An attachment: data is bytes (binary) or str (text types)."""

    def __init__(self, filename, ctype, data, charset='utf-8', cte=None, disposition='attachment',
                 params=None):
        self.filename, self.ctype, self.data = filename, ctype, data
        self.charset, self.cte, self.disposition = charset, cte, disposition
        self.params = params or {}


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


def encode_header(value, charset='utf-8', enc='b', force=False):
    """RFC 2047-encode a header value when needed (or when forced)."""
    if is_ascii(value) and not force:
        return value
    if not can_encode(value, charset):
        charset = 'utf-8'
    cs = email.charset.Charset(charset)
    cs.header_encoding = email.charset.BASE64 if enc == 'b' else email.charset.QP
    return email.header.Header(value, cs, maxlinelen=76, header_name='Subject').encode(linesep='\n')


def fmt_addr(name, addr, charset='utf-8', enc='b'):
    if not name:
        return addr
    if is_ascii(name):
        if any(c in name for c in ',.()@:;"'):
            name = '"' + name.replace('"', '') + '"'
        return f'{name} <{addr}>'
    return f'{encode_header(name, charset, enc)} <{addr}>'


def body_encode(text, charset, cte):
    """Return (bytes, cte) for a text body; text uses \n line endings."""
    if not text.endswith('\n'):
        text += '\n'
    if cte == '7bit' and not is_ascii(text):
        cte = 'quoted-printable'
    data = text.encode(charset)
    if cte in ('7bit', '8bit'):
        long_line = any(len(l) > 900 for l in data.split(b'\n'))
        if long_line:
            cte = 'quoted-printable'
        else:
            return data, cte
    if cte == 'quoted-printable':
        return quopri.encodestring(data), cte
    return base64.encodebytes(data), 'base64'


def fname_params(fn, style, key='filename'):
    """Render a file-name parameter; style: plain | 2231 | 2231cont | 2047."""
    if is_ascii(fn) and style in ('plain', '2047'):
        return f'{key}="{fn}"'
    if style == '2047':
        return f'{key}="{email.header.Header(fn, "utf-8").encode()}"'
    q = urllib.parse.quote(fn.encode('utf-8'), safe='')
    if style == '2231cont' and len(q) > 30:
        chunks = [q[i:i + 30] for i in range(0, len(q), 30)]
        # do not split inside a %XX escape
        fixed, carry = [], ''
        for c in chunks:
            c = carry + c
            carry = ''
            k = c.rfind('%')
            if k != -1 and k > len(c) - 3:
                carry, c = c[k:], c[:k]
            fixed.append(c)
        if carry:
            fixed[-1] += carry
        parts = []
        for i, c in enumerate(fixed):
            parts.append(f"{key}*{i}*=utf-8''{c}" if i == 0 else f'{key}*{i}*={c}')
        return ';\n\t'.join(parts)
    return f"{key}*=utf-8''{q}"


class Builder:
    def __init__(self, rng, tag):
        self.rng = rng
        self.tag = tag
        self.nb = 0

    def boundary(self):
        self.nb += 1
        r = self.rng
        style = r.choice(['part', 'outlook', 'apple', 'plain'])
        h = ''.join(r.choice('0123456789abcdef') for _ in range(16))
        if style == 'part':
            return f'----=_Part_{self.nb}_{h}'
        if style == 'outlook':
            return f'_00{self.nb}_{h.upper()}_'
        if style == 'apple':
            return f'Apple-Mail={h[:8]}-{h[8:12]}-{self.nb}'
        return f'=_{self.tag}_{self.nb}_{h}'

    # ----- leaves -----
    def text_leaf(self, text, subtype, charset, cte, extra=''):
        data, cte = body_encode(text, charset, cte)
        head = f'Content-Type: text/{subtype}; charset="{charset}"{extra}\nContent-Transfer-Encoding: {cte}\n'
        return head.encode('ascii') + b'\n' + data

    def att_leaf(self, att, fname_style):
        ct = att.ctype
        extra = ''.join(f'; {k}={v}' for k, v in att.params.items())
        name_p = fname_params(att.filename, fname_style, 'name') if att.filename else ''
        if isinstance(att.data, str):
            cs = att.charset
            if not can_encode(att.data, cs):
                cs = 'utf-8'
            cte = att.cte or 'base64'
            data, cte = body_encode(att.data, cs, cte)
            ctl = f'Content-Type: {ct}; charset="{cs}"{extra}'
        else:
            cte = 'base64'
            data = base64.encodebytes(att.data)
            ctl = f'Content-Type: {ct}{extra}'
        if name_p:
            ctl += ';\n\t' + name_p
        head = ctl + '\n'
        if att.disposition:
            head += f'Content-Disposition: {att.disposition}'
            if att.filename:
                head += ';\n\t' + fname_params(att.filename, fname_style)
            head += '\n'
        head += f'Content-Transfer-Encoding: {cte}\n'
        return head.encode('ascii') + b'\n' + data

    def rfc822_leaf(self, inner_bytes, filename, fname_style):
        eight = any(b > 127 for b in inner_bytes)
        head = 'Content-Type: message/rfc822'
        if filename:
            head += ';\n\t' + fname_params(filename, fname_style, 'name')
        head += '\nContent-Disposition: attachment'
        if filename:
            head += ';\n\t' + fname_params(filename, fname_style)
        head += f'\nContent-Transfer-Encoding: {"8bit" if eight else "7bit"}\n'
        return head.encode('ascii') + b'\n' + inner_bytes

    def multipart(self, subtype, parts, extra=''):
        b = self.boundary()
        out = [f'Content-Type: multipart/{subtype};{extra}\n\tboundary="{b}"\n'.encode('ascii'), b'\n']
        if self.rng.random() < 0.5:
            out.append(b'This is a multi-part message in MIME format.\n\n')
        for p in parts:
            out.append(f'--{b}\n'.encode('ascii'))
            out.append(p if p.endswith(b'\n') else p + b'\n')
        out.append(f'--{b}--\n'.encode('ascii'))
        return b''.join(out)


def text_to_html(text, rng, charset):
    """Turn a plain body into plausible mail-client HTML."""
    style = rng.choice(['outlook', 'gmail', 'plain', 'entities'])
    lines = text.split('\n')
    out = []
    in_quote = False
    for ln in lines:
        q = ln.startswith('>')
        if q and not in_quote:
            out.append('<blockquote style="border-left:2px solid #ccc;margin:0 0 0 .8ex;padding-left:1ex">')
            in_quote = True
        if not q and in_quote:
            out.append('</blockquote>')
            in_quote = False
        body = ln.lstrip('> ') if q else ln
        esc = html.escape(body, quote=False)
        if style == 'entities':
            esc = esc.encode('ascii', 'xmlcharrefreplace').decode('ascii')
        if style == 'outlook':
            out.append(f'<p class="MsoNormal">{esc or "&nbsp;"}</p>')
        elif style == 'gmail':
            out.append(f'<div>{esc or "<br>"}</div>')
        else:
            out.append(f'{esc}<br>')
    if in_quote:
        out.append('</blockquote>')
    inner = '\n'.join(out)
    if style == 'outlook':
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
                '</head>\n<body lang="FR-CA" link="#0563C1">\n<div class="WordSection1">\n'
                f'{inner}\n</div>\n</body>\n</html>\n')
    if style == 'gmail':
        return f'<div dir="ltr">\n{inner}\n</div>\n'
    return f'<html><body style="font-family:Arial">\n{inner}\n</body></html>\n'


TRANSPORT_STRUCT = ['plain', 'html', 'alt']


def choose_charset(text, rng, prefer=None):
    if prefer and can_encode(text, prefer):
        return prefer
    if is_ascii(text):
        return rng.choice(['us-ascii', 'us-ascii', 'utf-8', 'iso-8859-1', 'windows-1252'])
    if can_encode(text, 'iso-8859-1'):
        return rng.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    if can_encode(text, 'windows-1252'):
        return rng.choice(['utf-8', 'windows-1252'])
    return 'utf-8'


def choose_cte(charset, rng):
    if charset == 'us-ascii':
        return rng.choice(['7bit', '7bit', 'quoted-printable', 'base64'])
    return rng.choice(['8bit', 'quoted-printable', 'quoted-printable', 'base64'])


def render(spec, rng, tag, force=None):
    """Serialise one message spec into bytes.  Returns (bytes, transport-description)."""
    force = dict(force or {})
    force.update(spec.get('force') or {})
    b = Builder(rng, tag)
    text = spec['text']
    html_body = spec.get('html')
    all_text = text + (html_body or '')
    charset = force.get('charset') or choose_charset(all_text, rng)
    if not can_encode(all_text, charset):
        charset = 'utf-8'
    cte = force.get('cte') or choose_cte(charset, rng)
    struct = force.get('struct') or rng.choice(['plain', 'plain', 'plain', 'html', 'alt', 'alt'])
    if html_body and struct == 'plain':
        struct = 'alt'
    hdr_enc = force.get('hdr') or rng.choice(['b', 'q'])
    fname_style = force.get('fname') or rng.choice(['plain', 'plain', '2231', '2231', '2231cont', '2047'])
    crlf = force.get('crlf') if 'crlf' in force else rng.random() < 0.45
    hcs = charset if charset != 'us-ascii' else 'utf-8'

    if struct != 'plain' and not html_body:
        html_body = text_to_html(text, rng, charset)
    if struct == 'plain':
        body = b.text_leaf(text, 'plain', charset, cte, '; format=flowed' if rng.random() < 0.15 else '')
    elif struct == 'html':
        body = b.text_leaf(html_body, 'html', charset, cte)
    else:
        body = b.multipart('alternative', [b.text_leaf(text, 'plain', charset, cte),
                                           b.text_leaf(html_body, 'html', charset, cte)])
    atts = spec.get('attachments') or []
    inner = spec.get('inner')
    if atts or inner is not None:
        parts = [body]
        for a in atts:
            parts.append(b.att_leaf(a, fname_style))
        if inner is not None:
            ib = inner if isinstance(inner, bytes) else render(inner, rng, tag + 'i', {'crlf': False})[0]
            parts.append(b.rfc822_leaf(ib, spec.get('inner_name'), fname_style))
        body = b.multipart('mixed', parts)

    fr_name, fr_addr = spec['from']
    h = [f'From: {fmt_addr(fr_name, fr_addr, hcs, hdr_enc)}']
    h.append('To: ' + ',\n\t'.join(fmt_addr(n, a, hcs, hdr_enc) for n, a in spec['to']))
    if spec.get('cc'):
        h.append('Cc: ' + ',\n\t'.join(fmt_addr(n, a, hcs, hdr_enc) for n, a in spec['cc']))
    h.append('Subject: ' + encode_header(spec['subject'], hcs, hdr_enc,
                                         force=force.get('force_subject_enc', False)))
    h.append('Date: ' + spec['date'])
    h.append(f'Message-ID: <{spec["msgid"]}>')
    for k, v in spec.get('headers', []):
        h.append(f'{k}: {v}')
    h.append('MIME-Version: 1.0')
    if spec.get('mailer'):
        h.append('X-Mailer: ' + spec['mailer'])
    if spec.get('content_language'):
        h.append('Content-Language: ' + spec['content_language'])
    raw = '\n'.join(h).encode('ascii') + b'\n' + body
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    desc = dict(struct=struct, charset=charset, cte=cte, crlf=crlf,
                atts=[a.ctype for a in atts] + (['message/rfc822'] if inner is not None else []))
    return raw, desc
