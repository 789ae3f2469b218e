"""MIME assembly and serialisation with varied transports.

A message spec is a dict:
  lang, cat, types, note, frm=(display, addr), to=[(display, addr)], cc=[...], subject, date,
  text (str|None), html (str|None), atts=[dict(name, ctype, data)], force ('plain'|'html'|'alt'|None),
  reply (bool), headers (extra list of (k, v)).
"""
import base64
import email.utils
import html as _html
import html.entities
import quopri
import re
import urllib.parse
from email import base64mime, quoprimime

STATS = {}


def _stat(key, val):
    STATS.setdefault(key, {}).setdefault(val, 0)
    STATS[key][val] += 1


# ---------------------------------------------------------------- header encoding
def _is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def _can(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def encoded_words(s, c, maxchunk=None):
    cs = 'iso-8859-1' if (_can(s, 'iso-8859-1') and c.chance(0.35)) else 'utf-8'
    enc = c.choice(['q', 'b']) if cs == 'utf-8' else c.choice(['q', 'q', 'b'])
    maxchunk = maxchunk or (18 if cs == 'utf-8' else 28)
    chunks, cur = [], ''
    for ch in s:
        cur += ch
        if len(cur) >= maxchunk:
            chunks.append(cur)
            cur = ''
    if cur:
        chunks.append(cur)
    words = []
    for ch in chunks:
        b = ch.encode(cs)
        if enc == 'q':
            words.append(quoprimime.header_encode(b, charset=cs))
        else:
            words.append(base64mime.header_encode(b, charset=cs))
    _stat('rfc2047', f'{cs}/{enc}')
    return '\n '.join(words)


def fold_ascii(value, first_len):
    if len(value) + first_len <= 76:
        return value
    words = value.split(' ')
    lines, cur, limit = [], '', 76 - first_len
    for w in words:
        if cur and len(cur) + 1 + len(w) > limit:
            lines.append(cur)
            cur = w
            limit = 75
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\n '.join(lines)


def enc_unstructured(name, value, c, force_encode=False):
    if _is_ascii(value) and not force_encode:
        return fold_ascii(value, len(name) + 2)
    return encoded_words(value, c)


def enc_addr(disp, addr, c):
    if not disp:
        return addr if c.chance(0.5) else f'<{addr}>'
    if not _is_ascii(disp):
        return f'{encoded_words(disp, c, maxchunk=40)} <{addr}>'
    if re.search(r'[,.()<>@:;"\[\]]', disp) or c.chance(0.3):
        d = disp.replace('\\', '\\\\').replace('"', '\\"')
        return f'"{d}" <{addr}>'
    return f'{disp} <{addr}>'


def enc_addr_list(lst, c):
    return ',\n '.join(enc_addr(d, a, c) for d, a in lst)


# ---------------------------------------------------------------- parameters (RFC 2231)
def _pct(b):
    return urllib.parse.quote(b, safe='-_.!~')


def filename_params(name, c):
    """Returns (content_type_param, disposition_param)."""
    if _is_ascii(name) and len(name) < 60 and not c.chance(0.12):
        q = c.chance(0.85)
        v = f'"{name}"' if (q or ' ' in name or re.search(r'[()<>@,;:\\"/\[\]?=]', name)) else name
        _stat('filename', 'plain')
        return f'name={v}', f'filename={v}'
    style = c.choice(['2231', '2231', '2231cont', '2231+2047name', '2231lang'])
    cs = 'utf-8' if (not _can(name, 'iso-8859-1') or c.chance(0.7)) else 'iso-8859-1'
    enc = _pct(name.encode(cs))
    _stat('filename', f'rfc2231-{style}-{cs}')
    if style == '2231cont':
        toks = re.findall(r'%[0-9A-F]{2}|.', enc)
        pieces, cur = [], ''
        for t in toks:
            if len(cur) + len(t) > 30:
                pieces.append(cur)
                cur = ''
            cur += t
        pieces.append(cur)
        parts = [f"filename*0*={cs}''{pieces[0]}"] + [f'filename*{n}*={p}' for n, p in enumerate(pieces[1:], 1)]
        nparts = [f"name*0*={cs}''{pieces[0]}"] + [f'name*{n}*={p}' for n, p in enumerate(pieces[1:], 1)]
        return ';\n '.join(nparts), ';\n '.join(parts)
    lang = c.choice(['fr', 'fr-CA', 'en']) if style == '2231lang' else ''
    disp = f"filename*={cs}'{lang}'{enc}"
    if style == '2231+2047name':
        ct = 'name="' + encoded_words(name, c, maxchunk=200).replace('\n ', ' ') + '"'
    else:
        ct = f"name*={cs}'{lang}'{enc}"
    return ct, disp


# ---------------------------------------------------------------- bodies
def text_to_html(text, c, style=None):
    style = style if style is not None else c.randint(0, 2)
    blocks = re.split(r'\n\s*\n', text.strip('\n'))
    out = []
    for b in blocks:
        lines = b.split('\n')
        if all(ln.startswith('>') for ln in lines):
            inner = '<br>\n'.join(_html.escape(ln.lstrip('> ').rstrip()) for ln in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
            continue
        inner = '<br>\n'.join(_html.escape(ln) for ln in lines)
        if style == 0:
            out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
        elif style == 1:
            out.append(f'<div>{inner}</div><div><br></div>')
        else:
            out.append(f'<p>{inner}</p>')
    body = '\n'.join(out)
    return wrap_html(body, style)


def wrap_html(body, style=2):
    if style == 0:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=CHARSET">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="FR-CA" link="#0563C1">\n<div class="WordSection1">\n' + body + '\n</div>\n</body>\n</html>\n')
    if style == 1:
        return '<div dir="ltr">\n' + body + '\n</div>\n'
    return ('<!DOCTYPE html>\n<html><head><meta charset="CHARSET"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">\n' + body + '\n</body></html>\n')


def html_to_text(h):
    t = re.sub(r'(?is)<(style|head)[^>]*>.*?</\1>', '', h)
    t = re.sub(r'(?i)<br\s*/?>', '\n', t)
    t = re.sub(r'(?i)</(p|div|tr|h[1-6]|li|blockquote|table)>', '\n', t)
    t = re.sub(r'(?i)</t[dh]>', '\t', t)
    t = re.sub(r'<[^>]+>', '', t)
    t = _html.unescape(t)
    t = re.sub(r'[ \t]+\n', '\n', t)
    t = re.sub(r'\n{3,}', '\n\n', t)
    return t.strip() + '\n'


def entityize(h):
    out = []
    for ch in h:
        if ord(ch) < 128:
            out.append(ch)
        elif ord(ch) in html.entities.codepoint2name:
            out.append('&' + html.entities.codepoint2name[ord(ch)] + ';')
        else:
            out.append(f'&#{ord(ch)};')
    return ''.join(out)


def _pick_charset(s, c, html_part=False):
    if _is_ascii(s):
        return c.choice(['us-ascii', 'us-ascii', 'utf-8', 'iso-8859-1'])
    opts = ['utf-8', 'utf-8']
    if _can(s, 'iso-8859-1'):
        opts += ['iso-8859-1', 'iso-8859-1']
    if _can(s, 'windows-1252'):
        opts += ['windows-1252']
    return c.choice(opts)


def _encode_body(b, cte):
    if cte == 'base64':
        return base64.encodebytes(b)
    if cte == 'quoted-printable':
        return quopri.encodestring(b)
    return b


def text_part(s, subtype, c, cte=None, charset=None):
    s = s.replace('\r\n', '\n')
    if not s.endswith('\n'):
        s += '\n'
    if subtype == 'html' and c.chance(0.15):
        s = entityize(s)
    cs = charset or _pick_charset(s, c)
    if subtype == 'html':
        s = s.replace('CHARSET', cs)
    b = s.encode(cs)
    longest = max(len(ln) for ln in b.split(b'\n'))
    if cte is None:
        if cs == 'us-ascii':
            cte = c.choice(['7bit', '7bit', 'quoted-printable', 'base64'])
        else:
            cte = c.choice(['8bit', 'quoted-printable', 'quoted-printable', 'base64'])
    if cte in ('7bit', '8bit') and longest > 900:
        cte = 'quoted-printable'
    if cte == '7bit' and not _is_ascii(s):
        cte = '8bit'
    _stat('charset', cs)
    _stat('cte', cte)
    fmt = '; format=flowed' if (subtype == 'plain' and cte in ('7bit', '8bit') and c.chance(0.1)) else ''
    q = '"' if c.chance(0.5) else ''
    return dict(headers=[('Content-Type', f'text/{subtype}; charset={q}{cs}{q}{fmt}'),
                         ('Content-Transfer-Encoding', cte)],
                body=_encode_body(b, cte))


def att_part(att, c):
    name, ctype, data = att['name'], att['ctype'], att['data']
    ctp, dp = filename_params(name, c) if name else ('', '')
    disp = att.get('disposition', 'attachment')
    if ctype == 'message/rfc822':
        if isinstance(data, str):
            data = data.encode('utf-8')
        data = data.replace(b'\r\n', b'\n')
        cte = '7bit' if all(x < 128 for x in data) else '8bit'
        _stat('cte', cte)
        hdrs = [('Content-Type', 'message/rfc822' + (f'; {ctp}' if name and c.chance(0.5) else ''))]
        hdrs.append(('Content-Transfer-Encoding', cte))
        if name:
            hdrs.append(('Content-Disposition', f'{disp}; {dp}'))
        return dict(headers=hdrs, body=data if data.endswith(b'\n') else data + b'\n')
    textual = ctype.startswith('text/')
    if isinstance(data, str):
        cs = att.get('charset') or ('us-ascii' if _is_ascii(data) else c.choice(['utf-8', 'utf-8', 'windows-1252'] if _can(data, 'windows-1252') else ['utf-8']))
        raw = data.encode(cs)
        ctype_full = f'{ctype}; charset="{cs}"'
        if ctype == 'text/calendar' and att.get('method'):
            ctype_full += f'; method={att["method"]}'
    else:
        raw = data
        ctype_full = ctype
    if textual:
        cte = att.get('cte') or c.choice(['base64', 'quoted-printable', '7bit' if all(x < 128 for x in raw) else '8bit'])
        if cte in ('quoted-printable', '7bit', '8bit'):
            raw = raw.replace(b'\r\n', b'\n')
    else:
        cte = 'base64'
    _stat('cte', cte)
    hdrs = [('Content-Type', f'{ctype_full}' + (f';\n {ctp}' if ctp else '')),
            ('Content-Transfer-Encoding', cte)]
    if name or disp == 'inline':
        hdrs.append(('Content-Disposition', f'{disp}' + (f';\n {dp}' if dp else '')))
    if att.get('cid'):
        hdrs.append(('Content-ID', f'<{att["cid"]}>'))
    return dict(headers=hdrs, body=_encode_body(raw, cte))


# ---------------------------------------------------------------- assembly
def _boundary(c, kind):
    styles = [f'----=_NextPart_{c.rng.getrandbits(32):08X}.{c.rng.getrandbits(32):08X}',
              f'{c.rng.getrandbits(64):016x}',
              f'_000_{kind}{c.rng.getrandbits(48):012X}_',
              f'Apple-Mail={c.rng.getrandbits(32):08X}-{c.rng.getrandbits(16):04X}']
    return c.choice(styles)


def multipart(sub, parts, c):
    return dict(headers=[('Content-Type', f'multipart/{sub};\n boundary="{_boundary(c, sub[:3])}"')], parts=parts)


def serialize(part):
    out = []
    for k, v in part['headers']:
        out.append(f'{k}: {v}\n'.encode('ascii'))
    out.append(b'\n')
    if 'parts' in part:
        ct = [v for k, v in part['headers'] if k == 'Content-Type'][0]
        bd = re.search(r'boundary="([^"]+)"', ct).group(1).encode()
        if part.get('preamble'):
            out.append(part['preamble'])
        for ch in part['parts']:
            out.append(b'--' + bd + b'\n')
            body = serialize(ch)
            out.append(body if body.endswith(b'\n') else body + b'\n')
        out.append(b'--' + bd + b'--\n')
    else:
        out.append(part['body'])
    return b''.join(out)


MAILERS = ['Microsoft Outlook 16.0', 'Apple Mail (2.3774.300.61.1.2)', 'Mozilla Thunderbird 115.12.0',
           'Zimbra 9.0.0_GA_4597 (ZimbraWebClient - FF128)', None, None, None]


def build(c, M, inner=False):
    """Return the message bytes (LF line endings if inner, otherwise LF or CRLF)."""
    force = M.get('force')
    atts = M.get('atts') or []
    kind = force or c.choice(['plain', 'plain', 'plain', 'alt', 'alt', 'html'])
    text, htm = M.get('text'), M.get('html')
    if kind in ('html', 'alt') and not htm:
        htm = text_to_html(text, c)
    elif htm and '<html' not in htm.lower() and '<div dir' not in htm:
        htm = wrap_html(htm, c.randint(0, 2))
    if kind in ('plain', 'alt') and not text:
        text = html_to_text(htm)
    if kind == 'plain':
        body = text_part(text, 'plain', c)
    elif kind == 'html':
        body = text_part(htm, 'html', c)
    else:
        body = multipart('alternative', [text_part(text, 'plain', c), text_part(htm, 'html', c)], c)
    structure = kind
    if atts:
        root = multipart('mixed', [body] + [att_part(a, c) for a in atts], c)
        if c.chance(0.4):
            root['preamble'] = b'This is a multi-part message in MIME format.\n\n'
        structure = 'mixed(' + kind + '+' + ','.join(a['ctype'].split('/')[-1] for a in atts) + ')'
    else:
        root = body
    if not inner:
        _stat('structure', 'mixed' if atts else kind)
        for a in atts:
            _stat('attachment', a['ctype'])
    hdrs = []
    if not inner and c.chance(0.3):
        hdrs.append(('Return-Path', f'<{M["frm"][1]}>'))
    hdrs.append(('From', enc_addr(M['frm'][0], M['frm'][1], c)))
    hdrs.append(('To', enc_addr_list(M['to'], c)))
    if M.get('cc'):
        hdrs.append(('Cc', enc_addr_list(M['cc'], c)))
    hdrs.append(('Subject', enc_unstructured('Subject', M['subject'], c, force_encode=c.chance(0.12))))
    hdrs.append(('Date', email.utils.format_datetime(M['date'])))
    hdrs.append(('Message-ID', c.message_id(M['frm'][1].split('@')[1])))
    if M.get('reply'):
        ref = c.message_id(M['to'][0][1].split('@')[1])
        hdrs.append(('In-Reply-To', ref))
        hdrs.append(('References', ref))
    mailer = c.choice(MAILERS)
    if mailer:
        hdrs.append(('X-Mailer', mailer))
    if c.chance(0.5):
        hdrs.append(('Content-Language', {'fr': c.choice(['fr-CA', 'fr-FR', 'fr']), 'en': c.choice(['en-US', 'en-CA'])}[M['lang']]))
    for k, v in M.get('headers', []):
        hdrs.append((k, v))
    hdrs.append(('MIME-Version', '1.0'))
    root['headers'] = hdrs + root['headers']
    data = serialize(root).replace(b'\r\n', b'\n')
    if inner:
        return data
    crlf = c.chance(0.5)
    _stat('line_endings', 'CRLF' if crlf else 'LF')
    if crlf:
        data = data.replace(b'\n', b'\r\n')
    return data
