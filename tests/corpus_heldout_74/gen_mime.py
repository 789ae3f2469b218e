"""Hand-rolled MIME writer so that every transport detail is under control."""
import base64
import datetime
import html as htmlmod
import quopri
import re
from email.charset import Charset, QP as CS_QP, BASE64 as CS_B64
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote


# ---------------------------------------------------------------- headers
def enc_words(s, charset='utf-8', enc='B', name_len=9):
    """RFC 2047 encode s if needed (or if forced via charset/enc)."""
    cs = Charset(charset)
    cs.header_encoding = CS_B64 if enc == 'B' else CS_QP
    return Header(s, cs, header_name='X' * name_len).encode(linesep='\n')


def needs_enc(s):
    return any(ord(c) > 126 for c in s)


def hdr_value(s, opts, name_len=9, force=False):
    if not needs_enc(s) and not force:
        return s
    cs = opts.get('hcharset', 'utf-8')
    try:
        s.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    return enc_words(s, cs, opts.get('henc', 'B'), name_len)


def addr(pair, opts):
    name, a = pair
    if not name:
        return a
    if needs_enc(name):
        return f"{hdr_value(name, opts, 6)} <{a}>"
    if re.search(r'[,.;:()@"]', name):
        return f'"{name}" <{a}>'
    return f"{name} <{a}>"


def addr_list(pairs, opts):
    return ',\n '.join(addr(p, opts) for p in pairs)


def mail_date(dt):
    off = -4 if 3 < dt.month < 11 or (dt.month == 3 and dt.day > 9) or (dt.month == 11 and dt.day < 3) else -5
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return format_datetime(dt.replace(tzinfo=tz))


# ---------------------------------------------------------------- body encoding
def b64lines(data):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76)) + '\n'


def encode_body(data, cte):
    if cte == 'base64':
        return b64lines(data).encode('ascii')
    if cte == 'quoted-printable':
        return quopri.encodestring(data.replace(b'\r\n', b'\n'), quotetabs=False)
    out = data.replace(b'\r\n', b'\n')
    return out if out.endswith(b'\n') else out + b'\n'


def pick_charset(text, want):
    for cs in ([want] if want else []) + ['utf-8']:
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return 'utf-8'


def pick_cte(data, want):
    ascii_ok = all(b < 128 for b in data)
    if want == '7bit' and not ascii_ok:
        return '8bit'
    if want == '8bit' and ascii_ok:
        return '7bit'
    return want


class Leaf:
    def __init__(self, ctype, data, cte, params=None, disp=None, filename=None, fname_style='2231',
                 extra=None):
        self.ctype, self.data, self.cte = ctype, data, cte
        self.params = params or {}
        self.disp, self.filename, self.fname_style = disp, filename, fname_style
        self.extra = extra or []


class Multi:
    def __init__(self, subtype, parts, boundary):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary


def text_leaf(text, subtype, opts):
    cs = pick_charset(text, opts.get('charset'))
    data = text.encode(cs)
    cte = pick_cte(data, opts.get('cte', '8bit'))
    return Leaf(f'text/{subtype}', data, cte, {'charset': cs})


def _param_filename(fn, key, style, opts):
    if all(ord(c) < 127 for c in fn):
        if style == '2231' and opts.get('force_2231'):
            return f"; {key}*=us-ascii''{quote(fn, safe='')}"
        return f'; {key}="{fn}"'
    if style == '2231' and opts.get('latin1_2231'):
        try:
            return f"; {key}*=iso-8859-1'fr'{quote(fn.encode('iso-8859-1'), safe='')}"
        except UnicodeEncodeError:
            pass
    if style == '2047':
        return f'; {key}="{hdr_value(fn, opts, 30)}"'
    return f"; {key}*=utf-8''{quote(fn, safe='')}"


def render_leaf(p, opts):
    lines = []
    ct = p.ctype
    for k, v in p.params.items():
        ct += f'; {k}="{v}"' if k != 'charset' else f'; charset={v}' if opts.get('unquoted_cs', True) else f'; charset="{v}"'
    if p.filename and p.fname_style in ('2047', 'name'):
        ct += _param_filename(p.filename, 'name', '2047', opts)
    lines.append(f'Content-Type: {ct}')
    lines.append(f'Content-Transfer-Encoding: {p.cte}')
    if p.disp:
        d = p.disp
        if p.filename:
            d += _param_filename(p.filename, 'filename', p.fname_style, opts)
        lines.append(f'Content-Disposition: {d}')
    lines += p.extra
    head = '\n'.join(lines).encode('utf-8') + b'\n\n'
    return head + encode_body(p.data, p.cte)


def render(node, opts):
    if isinstance(node, Leaf):
        return render_leaf(node, opts)
    b = node.boundary
    out = [f'Content-Type: multipart/{node.subtype};\n boundary="{b}"\n\n'.encode('ascii')]
    if opts.get('preamble'):
        out.append(b'This is a multi-part message in MIME format.\n\n')
    for part in node.parts:
        out.append(f'--{b}\n'.encode('ascii'))
        out.append(render(part, opts))
        out.append(b'\n')
    out.append(f'--{b}--\n'.encode('ascii'))
    return b''.join(out)


# ---------------------------------------------------------------- HTML from text
def text_to_html(text, rng, entities=False, font=None):
    font = font or rng.choice(['Calibri, sans-serif', 'Arial, Helvetica, sans-serif', 'Segoe UI, sans-serif',
                               'Verdana, sans-serif', 'Times New Roman, serif'])
    paras = re.split(r'\n\s*\n', text.strip('\n'))
    out = [f'<html><head><meta http-equiv="Content-Type" content="text/html">\n</head>\n<body style="font-family: {font}; font-size: 11pt">']
    for para in paras:
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines):
            inner = '<br>\n'.join(_esc(l.lstrip('> ').rstrip(), entities) for l in lines)
            out.append(f'<blockquote style="border-left:2px solid #1f4e79;padding-left:8px;margin-left:4px">{inner}</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(_esc(l, entities) for l in lines) + '</p>')
    out.append('</body></html>')
    return '\n'.join(out) + '\n'


def _esc(s, entities):
    s = htmlmod.escape(s, quote=False)
    if entities:
        s = ''.join(c if ord(c) < 128 else f'&#{ord(c)};' if ord(c) > 255 else
                    htmlmod.escape(c) if False else _named(c) for c in s)
    return s


_NAMED = {'é': '&eacute;', 'è': '&egrave;', 'ê': '&ecirc;', 'à': '&agrave;', 'â': '&acirc;', 'ç': '&ccedil;',
          'ô': '&ocirc;', 'î': '&icirc;', 'ï': '&iuml;', 'û': '&ucirc;', 'ù': '&ugrave;', 'É': '&Eacute;',
          'È': '&Egrave;', 'À': '&Agrave;', 'Ç': '&Ccedil;', 'ë': '&euml;', '«': '&laquo;', '»': '&raquo;',
          '\xa0': '&nbsp;'}


def _named(c):
    return _NAMED.get(c, f'&#{ord(c)};')


def html_table(rows, header=True):
    out = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = 'th' if header and i == 0 else 'td'
        out.append('<tr>' + ''.join(f'<{tag}>{htmlmod.escape(str(c))}</{tag}>' for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


# ---------------------------------------------------------------- whole message
MIMETYPES = {
    'pdf': 'application/pdf', 'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'zip': 'application/zip',
    'csv': 'text/csv', 'ics': 'text/calendar', 'vcf': 'text/vcard', 'txt': 'text/plain', 'eml': 'message/rfc822',
    'png': 'image/png', 'tif': 'image/tiff',
}


def build_message(spec, rng, opts):
    """spec keys: frm, to, cc, subject, date, text, html, attachments[{data, filename, ctype?}],
    eml_attachments[bytes], headers[(k, v)], reply_to, in_reply_to, msgid_dom.
    opts: transport choices (layout, charset, cte, hcharset, henc, crlf, fname_style, entities)."""
    dom = spec.get('msgid_dom') or spec['frm'][1].split('@')[1]
    bnd = lambda: '----=_NextPart_%03d_%04X_%08X' % (rng.randint(0, 999), rng.randint(0, 0xFFFF), rng.getrandbits(32)) \
        if rng.random() < .5 else 'b1_%032x' % rng.getrandbits(128)

    text, html = spec.get('text'), spec.get('html')
    layout = opts['layout']  # plain | html | alt
    if layout in ('html', 'alt') and html is None:
        html = text_to_html(text, rng, entities=opts.get('entities', False))
    if layout == 'html' and text is None:
        pass
    body_opts = dict(opts)
    if layout == 'plain':
        body = text_leaf(text if text is not None else re.sub('<[^>]+>', '', html), 'plain', body_opts)
    elif layout == 'html':
        body = text_leaf(html, 'html', body_opts)
    else:
        if text is None:
            text = re.sub(r'<[^>]+>', '', html)
        body = Multi('alternative', [text_leaf(text, 'plain', body_opts), text_leaf(html, 'html', body_opts)], bnd())

    atts = []
    for a in spec.get('attachments', []):
        fn = a['filename']
        ext = fn.rsplit('.', 1)[-1].lower()
        ctype = a.get('ctype') or MIMETYPES.get(ext, 'application/octet-stream')
        data = a['data']
        params = {}
        if ctype.startswith('text/'):
            cs = a.get('charset', 'utf-8')
            params['charset'] = cs
            if ctype == 'text/calendar':
                params['method'] = 'REQUEST'
            cte = a.get('cte') or rng.choice(['base64', 'quoted-printable', '8bit' if any(b > 127 for b in data) else '7bit'])
        else:
            cte = 'base64'
        disp = a.get('disp', 'attachment')
        atts.append(Leaf(ctype, data, cte, params, disp, fn, a.get('fname_style') or opts.get('fname_style', '2231')))
    for e in spec.get('eml_attachments', []):
        data = e['data'] if isinstance(e, dict) else e
        fn = e.get('filename') if isinstance(e, dict) else None
        cte = '8bit' if any(b > 127 for b in data) else '7bit'
        atts.append(Leaf('message/rfc822', data, cte, {}, 'attachment' if fn else 'inline', fn,
                         opts.get('fname_style', '2231')))
    root = Multi('mixed', [body] + atts, bnd()) if atts else body
    if spec.get('related_logo') and isinstance(root, Multi):
        pass

    H = []
    H.append(('From', addr(spec['frm'], opts)))
    H.append(('To', addr_list(spec['to'], opts)))
    if spec.get('cc'):
        H.append(('Cc', addr_list(spec['cc'], opts)))
    if spec.get('reply_to'):
        H.append(('Reply-To', addr(spec['reply_to'], opts)))
    H.append(('Subject', hdr_value(spec['subject'], opts, 9, force=opts.get('force_subject_enc', False))))
    H.append(('Date', mail_date(spec['date'])))
    H.append(('Message-ID', f"<{rng.getrandbits(64):016x}.{rng.randint(1000, 99999)}@{dom}>"))
    if spec.get('in_reply_to'):
        H.append(('In-Reply-To', spec['in_reply_to']))
        H.append(('References', spec['in_reply_to']))
    for k, v in spec.get('headers', []):
        H.append((k, v))
    H.append(('MIME-Version', '1.0'))
    head = ''.join(f'{k}: {v}\n' for k, v in H).encode('utf-8')
    raw = head + render(root, opts)
    raw = raw.replace(b'\r\n', b'\n')
    if opts.get('crlf'):
        raw = raw.replace(b'\n', b'\r\n')
    return raw


def choose_opts(rng, lang, need_mixed=False, layout=None, ascii_text=False):
    charset = rng.choices(['utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'], [45, 22, 22, 11])[0]
    if charset == 'us-ascii' and not ascii_text:
        charset = rng.choice(['utf-8', 'iso-8859-1'])
    if charset == 'us-ascii':
        cte = rng.choice(['7bit', '7bit', 'quoted-printable', 'base64'])
    else:
        cte = rng.choices(['8bit', 'quoted-printable', 'base64'], [35, 40, 25])[0]
    return {
        'layout': layout or rng.choices(['plain', 'html', 'alt'], [40, 22, 38])[0],
        'charset': charset, 'cte': cte,
        'hcharset': rng.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252']),
        'henc': rng.choice(['B', 'Q']),
        'crlf': rng.random() < 0.4,
        'fname_style': rng.choice(['2231', '2231', '2047', 'name']),
        'entities': rng.random() < 0.3,
        'preamble': rng.random() < 0.5,
        'force_subject_enc': rng.random() < 0.08,
        'force_2231': rng.random() < 0.35,
        'latin1_2231': rng.random() < 0.3,
    }
