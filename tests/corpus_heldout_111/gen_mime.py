"""Hand-rolled MIME writer: full control over charsets, transfer encodings, line endings,
RFC 2047 headers, RFC 2231 file names and deterministic boundaries."""
import base64
import hashlib
import html
import html.entities
import urllib.parse
from email import quoprimime
from email.header import Header
from email.utils import format_datetime, formataddr

from gen_common import strip_accents

ASCII_MAP = {'—': '-', '–': '-', '’': "'", '‘': "'", '“': '"', '”': '"', '…': '...', '«': '"', '»': '"',
             '\u00a0': ' ', '\u202f': ' ', 'œ': 'oe', 'Œ': 'OE', '€': 'EUR', '•': '*', '≥': '>=', '≤': '<=',
             '→': '->', '×': 'x', '°': ' deg', '½': '1/2', 'µ': 'u'}
LATIN1_MAP = {'—': '-', '–': '-', '’': "'", '‘': "'", '“': '"', '”': '"', '…': '...', 'œ': 'oe', 'Œ': 'OE',
              '€': 'EUR', '•': '*', '≥': '>=', '≤': '<=', '→': '->', '\u202f': ' '}


def to_ascii(s):
    for k, v in ASCII_MAP.items():
        s = s.replace(k, v)
    return strip_accents(s).encode('ascii', 'replace').decode('ascii')


def fit_charset(text, charset):
    """Return (text, charset) such that text encodes in charset (may degrade punctuation or fall back to utf-8)."""
    if charset == 'utf-8':
        return text, charset
    if charset == 'us-ascii':
        try:
            text.encode('ascii')
            return text, charset
        except UnicodeEncodeError:
            return text, 'utf-8'
    if charset == 'iso-8859-1':
        t = text
        for k, v in LATIN1_MAP.items():
            t = t.replace(k, v)
        try:
            t.encode('iso-8859-1')
            return t, charset
        except UnicodeEncodeError:
            return text, 'utf-8'
    try:
        text.encode('cp1252')
        return text, 'windows-1252'
    except UnicodeEncodeError:
        return text, 'utf-8'


def enc_header(value, hcharset='utf-8', name='Subject'):
    try:
        value.encode('ascii')
        if len(value) + len(name) + 2 <= 78:
            return value
        return Header(value, 'us-ascii', header_name=name).encode(linesep='\n')
    except UnicodeEncodeError:
        if hcharset == 'iso-8859-1':
            try:
                value.encode('iso-8859-1')
            except UnicodeEncodeError:
                hcharset = 'utf-8'
        return Header(value, hcharset, header_name=name).encode(linesep='\n', maxlinelen=76)


def enc_addr(pair):
    name, addr = pair
    if not name:
        return addr
    return formataddr((name, addr), charset='utf-8')


def enc_addrs(pairs):
    return ',\n '.join(enc_addr(p) for p in pairs)


def text_to_html(text, rng, entities=False):
    style = rng.choice([
        '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">',
        '<div dir="ltr">',
        '<div class="WordSection1" style="font-family:Aptos,sans-serif">',
        '<div style="font-family:Verdana;font-size:10pt;color:#1f1f1f">'])
    out = (['<!DOCTYPE html>'] if rng.random() < 0.5 else []) + \
          ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=CHARSET"></head>' if rng.random() < 0.6
           else '<html><head><meta charset="CHARSET"></head>', '<body>', style]
    in_quote = False
    in_pre = False
    for line in text.split('\n'):
        q = line.startswith('>')
        if q and not in_quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            in_quote = True
        elif not q and in_quote:
            out.append('</blockquote>')
            in_quote = False
        body = line.lstrip('> ') if q else line
        if body.startswith('|') and body.endswith('|'):
            cells = [c.strip() for c in body.strip('|').split('|')]
            if not in_pre:
                out.append('<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">')
                in_pre = True
            if set(''.join(cells)) <= set('-: '):
                continue
            out.append('<tr>' + ''.join(f'<td>{_esc(c, entities)}</td>' for c in cells) + '</tr>')
            continue
        if in_pre:
            out.append('</table>')
            in_pre = False
        if not body.strip():
            out.append('<p>&nbsp;</p>' if rng.random() < 0.3 else '<br>')
        else:
            out.append(f'<p style="margin:0">{_esc(body, entities)}</p>')
    if in_pre:
        out.append('</table>')
    if in_quote:
        out.append('</blockquote>')
    out += ['</div>', '</body>', '</html>']
    return '\n'.join(out) + '\n'


def _esc(s, entities):
    s = html.escape(s, quote=False)
    if entities:
        s = ''.join(('&%s;' % html.entities.codepoint2name[ord(c)]) if ord(c) > 127 and ord(c) in
                    html.entities.codepoint2name else c for c in s)
    return s


class Builder:
    def __init__(self, seed):
        self.seed = seed
        self.n = 0
        self.stats = set()

    def boundary(self):
        self.n += 1
        h = hashlib.sha1(f'{self.seed}/{self.n}'.encode()).hexdigest()
        return rnd_boundary_style(h, self.n)

    # -- leaf parts -------------------------------------------------------
    def text_part(self, text, subtype, charset, cte, extra=()):
        text = text.replace('\r\n', '\n')
        if not text.endswith('\n'):
            text += '\n'
        text, charset = fit_charset(text, charset)
        if subtype == 'html':
            text = text.replace('CHARSET', charset)
        raw = text.encode(charset)
        is_ascii = all(b < 128 for b in raw)
        if cte == '7bit' and not is_ascii:
            cte = 'quoted-printable'
        if cte == '8bit' and is_ascii:
            cte = '7bit'
        if cte in ('7bit', '8bit') and any(len(l) > 990 for l in raw.split(b'\n')):
            cte = 'quoted-printable'
        if cte in ('7bit', '8bit'):
            body = raw
        elif cte == 'quoted-printable':
            body = quoprimime.body_encode(raw.decode('latin-1'), maxlinelen=76, eol='\n').encode('ascii')
            if not body.endswith(b'\n'):
                body += b'\n'
        else:
            body = base64.encodebytes(raw)
        self.stats.update({f'charset:{charset}', f'cte:{cte}', f'text/{subtype}'})
        hdr = [('Content-Type', f'text/{subtype}; charset="{charset}"' if charset != 'us-ascii' or True else ''),
               ('Content-Transfer-Encoding', cte)]
        hdr += list(extra)
        return hdr, body

    def attach_part(self, filename, ctype, data, rng, inline=False, cte='base64'):
        if ctype.startswith('text/') and 'charset' not in ctype:
            try:
                data.decode('utf-8')
                cs = 'utf-8'
            except UnicodeDecodeError:
                cs = 'windows-1252'
            ctype += f'; charset="{cs}"'
        fparams = self.filename_params(filename, rng)
        disp = 'inline' if inline else 'attachment'
        hdr = [('Content-Type', f'{ctype};\n\t{fparams["name"]}'),
               ('Content-Disposition', f'{disp};\n\t{fparams["filename"]}' + (f';\n\tsize={len(data)}' if rng.random() < 0.3 else ''))]
        if cte == 'quoted-printable' and ctype.startswith('text/'):
            body = quoprimime.body_encode(data.decode('latin-1'), maxlinelen=76, eol='\n').encode('ascii') + b'\n'
        else:
            cte = 'base64'
            body = base64.encodebytes(data)
        hdr.append(('Content-Transfer-Encoding', cte))
        self.stats.add(f'cte:{cte}')
        self.stats.add('attach:' + ctype.split(';')[0])
        return hdr, body

    def filename_params(self, filename, rng):
        try:
            filename.encode('ascii')
            q = filename.replace('\\', '\\\\').replace('"', '\\"')
            return {'name': f'name="{q}"', 'filename': f'filename="{q}"'}
        except UnicodeEncodeError:
            pass
        self.stats.add('rfc2231')
        enc = urllib.parse.quote(filename.encode('utf-8'), safe='')
        if len(enc) > 60 and rng.random() < 0.7:
            chunks = [enc[i:i + 45] for i in range(0, len(enc), 45)]
            # do not split a %XX escape
            fixed, carry = [], ''
            for c in chunks:
                c = carry + c
                carry = ''
                cut = c.rfind('%')
                if cut != -1 and cut > len(c) - 3:
                    carry = c[cut:]
                    c = c[:cut]
                fixed.append(c)
            if carry:
                fixed.append(carry)
            parts = [f"filename*0*=utf-8''{fixed[0]}"] + [f'filename*{i}*={c}' for i, c in enumerate(fixed[1:], 1)]
            fn = ';\n\t'.join(parts)
        else:
            fn = f"filename*=utf-8''{enc}"
        style = rng.random()
        if style < 0.5:
            name = 'name="' + Header(filename, 'utf-8').encode(linesep='\n\t', maxlinelen=70) + '"'
            self.stats.add('rfc2047-param')
        else:
            name = fn.replace('filename', 'name')
        return {'name': name, 'filename': fn}

    def multipart(self, subtype, parts, extra=()):
        b = self.boundary()
        hdr = [('Content-Type', f'multipart/{subtype};\n\tboundary="{b}"')] + list(extra)
        body = b''
        if subtype == 'mixed' and self.n % 3 == 0:
            body += b'This is a multi-part message in MIME format.\n\n'
        for ph, pb in parts:
            body += f'--{b}\n'.encode() + render(ph, pb)
            if not body.endswith(b'\n'):
                body += b'\n'
        body += f'--{b}--\n'.encode()
        self.stats.add(f'multipart/{subtype}')
        return hdr, body


def rnd_boundary_style(h, n):
    styles = [f'----=_NextPart_000_{h[:4].upper()}_{h[4:12].upper()}.{h[12:20].upper()}',
              f'000000000000{h[:16]}', f'=_alternative {h[:16].upper()}_=', f'_{n:03d}_{h[:20]}_',
              f'Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}']
    return styles[int(h[20:22], 16) % len(styles)]


def render(headers, body):
    out = ''.join(f'{k}: {v}\n' for k, v in headers).encode('ascii')
    return out + b'\n' + body


def build_message(spec, rng, seed, crlf=None, charset=None, body_kind=None, cte=None, top=True):
    """Return (bytes, stats) for a spec dict."""
    b = Builder(seed)
    lang = spec['lang']
    charset = charset or rng.choice(['utf-8', 'utf-8', 'utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'])
    if charset == 'us-ascii' and spec.get('ascii_ok', True) and rng.random() < 0.5:
        spec = dict(spec, body=to_ascii(spec['body']))
        if spec.get('html'):
            spec['html'] = to_ascii(spec['html'])
    cte = cte or rng.choice(['8bit', 'quoted-printable', 'quoted-printable', 'base64', '7bit'])
    kinds = ['plain', 'plain', 'alt', 'alt', 'html']
    body_kind = spec.get('body_kind') or body_kind or rng.choice(kinds)
    entities = rng.random() < 0.25
    html_text = spec.get('html') or text_to_html(spec['body'], rng, entities)

    if body_kind == 'plain':
        body = b.text_part(spec['body'], 'plain', charset, cte)
    elif body_kind == 'html':
        body = b.text_part(html_text, 'html', charset, cte)
    else:
        alt = [b.text_part(spec['body'], 'plain', charset, cte),
               b.text_part(html_text, 'html', charset, rng.choice([cte, 'quoted-printable', 'base64']))]
        if spec.get('ics_inline'):
            alt.append(b.text_part(spec['ics_inline'].decode('utf-8'), 'calendar', 'utf-8',
                                   rng.choice(['quoted-printable', 'base64', '8bit']),
                                   extra=()))
            alt[-1][0][0] = ('Content-Type', 'text/calendar; charset="utf-8"; method=REQUEST')
        body = b.multipart('alternative', alt)
    b.stats.add(f'body:{body_kind}')

    atts = spec.get('attachments') or []
    if atts:
        parts = [body]
        for a in atts:
            if 'eml' in a:
                inner, st = build_message(a['eml'], rng, seed + '/inner', crlf=False, top=False)
                b.stats |= st
                b.stats.add('message/rfc822')
                eight = any(c > 127 for c in inner)
                hdr = [('Content-Type', 'message/rfc822' + (f';\n\tname="{a["filename"]}"' if a.get('filename') and rng.random() < 0.5 else ''))]
                if a.get('filename'):
                    fp = b.filename_params(a['filename'], rng)
                    hdr.append(('Content-Disposition', f'attachment;\n\t{fp["filename"]}'))
                else:
                    hdr.append(('Content-Disposition', 'inline'))
                hdr.append(('Content-Transfer-Encoding', '8bit' if eight else '7bit'))
                parts.append((hdr, inner))
            else:
                parts.append(b.attach_part(a['filename'], a['ctype'], a['data'], rng, inline=a.get('inline', False),
                                           cte=a.get('cte', 'base64')))
        body = b.multipart('mixed', parts)

    hdrs = []
    hcharset = rng.choice(['utf-8', 'utf-8', 'iso-8859-1'])
    hdrs.append(('From', enc_addr(spec['from_'])))
    hdrs.append(('To', enc_addrs(spec['to'])))
    if spec.get('cc'):
        hdrs.append(('Cc', enc_addrs(spec['cc'])))
    subj = enc_header(spec['subject'], hcharset)
    if '=?' in subj:
        b.stats.add('rfc2047')
    hdrs.append(('Subject', subj))
    hdrs.append(('Date', format_datetime(spec['date'])))
    mid = hashlib.sha1(f'{seed}-mid'.encode()).hexdigest()
    dom = spec['from_'][1].split('@')[1]
    hdrs.append(('Message-ID', f'<{mid[:24]}@{dom}>'))
    if spec.get('reply'):
        ref = hashlib.sha1(f'{seed}-ref'.encode()).hexdigest()
        hdrs.append(('In-Reply-To', f'<{ref[:20]}@{spec["to"][0][1].split("@")[1]}>'))
        hdrs.append(('References', f'<{ref[:20]}@{spec["to"][0][1].split("@")[1]}>'))
    if spec.get('importance'):
        hdrs.append(('Importance', spec['importance']))
    if rng.random() < 0.5:
        hdrs.append(('Content-Language', 'fr-CA' if lang == 'fr' else 'en-CA'))
    mailer = rng.choice([None, 'Microsoft Outlook 16.0', 'Zimbra 9.0.0_GA', 'Mozilla Thunderbird 115.8',
                         'Lotus Notes Release 9.0.1', None])
    if mailer:
        hdrs.append(('X-Mailer', mailer))
    hdrs.append(('MIME-Version', '1.0'))
    hdrs += body[0]
    data = render(hdrs, body[1])
    if crlf is None:
        crlf = rng.random() < 0.45
    if crlf:
        data = data.replace(b'\n', b'\r\n')
        b.stats.add('eol:CRLF')
    elif top:
        b.stats.add('eol:LF')
    return data, b.stats
