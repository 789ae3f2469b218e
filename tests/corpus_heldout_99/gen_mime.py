"""Hand-rolled MIME writer so that every transport detail is under control.

A mail *spec* is a dict:
  frm (name, addr), to [(name, addr)], cc [...], subject, date (aware datetime), lang,
  blocks [...], attachments [...], in_reply_to, body_form ('plain'|'html'|'alt'|None),
  calendar (bytes, for an inline text/calendar alternative)
Blocks: str paragraph | ('table', header, rows) | ('quote', attribution, blocks) |
        ('fwd', [(k, v)...], blocks) | ('sig', lines) | ('pre', text)
Attachments: dict(filename, ctype, data) or dict(eml=<spec>, filename=None)
"""
import base64
import email.utils
import html
import quopri
import textwrap
import urllib.parse


# ---------------------------------------------------------------- blocks -> text / html
def _wrap(text, width):
    out = []
    for line in text.split('\n'):
        if len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [''])
    return '\n'.join(out)


def _table_plain(header, rows, style):
    allrows = [list(map(str, header))] + [list(map(str, r)) for r in rows]
    if style == 0:
        widths = [max(len(r[i]) for r in allrows) for i in range(len(header))]
        lines = ['  '.join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in allrows]
        lines.insert(1, '  '.join('-' * w for w in widths))
        return '\n'.join(lines)
    if style == 1:
        return '\n'.join(' | '.join(r) for r in allrows)
    return '\n'.join('\t'.join(r) for r in allrows)


def render_plain(blocks, lang, width=None, tstyle=0, fwd_style=0):
    parts = []
    for b in blocks:
        if isinstance(b, str):
            parts.append(_wrap(b, width) if width else b)
        elif b[0] == 'table':
            parts.append(_table_plain(b[1], b[2], tstyle))
        elif b[0] == 'pre':
            parts.append(b[1])
        elif b[0] == 'sig':
            parts.append(('-- \n' if fwd_style % 2 == 0 else '') + '\n'.join(b[1]))
        elif b[0] == 'quote':
            inner = render_plain(b[2], lang, width and width - 2, tstyle, fwd_style)
            q = '\n'.join(('> ' + l) if l else '>' for l in inner.split('\n'))
            parts.append(b[1] + '\n' + q)
        elif b[0] == 'fwd':
            if lang == 'fr':
                head = ['---------- Message transféré ----------' if fwd_style % 2 == 0
                        else '-----Message d\'origine-----']
            else:
                head = ['---------- Forwarded message ---------' if fwd_style % 2 == 0
                        else '-----Original Message-----']
            head += ['%s: %s' % kv for kv in b[1]]
            parts.append('\n'.join(head) + '\n\n' + render_plain(b[2], lang, width, tstyle, fwd_style))
    return '\n\n'.join(parts) + '\n'


def _html_text(s):
    return html.escape(s, quote=False).replace('\n', '<br>\n')


def render_html(blocks, lang, fwd_style=0, font='Calibri'):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append('<p>' + _wrap(_html_text(b), 76) + '</p>')
        elif b[0] == 'table':
            rows = ['<tr>' + ''.join('<th>%s</th>' % html.escape(str(c)) for c in b[1]) + '</tr>']
            for r in b[2]:
                rows.append('<tr>' + ''.join('<td>%s</td>' % html.escape(str(c)) for c in r) + '</tr>')
            out.append('<table border="1" cellpadding="3" cellspacing="0">\n' + '\n'.join(rows) + '\n</table>')
        elif b[0] == 'pre':
            out.append('<pre>' + html.escape(b[1]) + '</pre>')
        elif b[0] == 'sig':
            out.append('<div class="signature" style="color:#555555">' +
                       '<br>\n'.join(html.escape(l) for l in b[1]) + '</div>')
        elif b[0] == 'quote':
            out.append('<div>' + _html_text(b[1]) + '</div>\n<blockquote type="cite" '
                       'style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n' +
                       render_html(b[2], lang, fwd_style, None) + '\n</blockquote>')
        elif b[0] == 'fwd':
            t = ('---------- Message transféré ----------' if lang == 'fr'
                 else '---------- Forwarded message ---------')
            head = '<br>\n'.join('<b>%s:</b> %s' % (html.escape(k), html.escape(v)) for k, v in b[1])
            out.append('<div>' + t + '<br>\n' + head + '</div>\n' +
                       render_html(b[2], lang, fwd_style, None))
    body = '\n'.join(out)
    if font is None:
        return body
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=%%CHARSET%%">\n</head>\n<body style="font-family:%s,sans-serif;font-size:11pt">\n'
            '%s\n</body>\n</html>\n' % (font, body))


# ---------------------------------------------------------------- header encoding
def _is_ascii(s):
    return all(ord(c) < 128 for c in s)


def _encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def _qword(b):
    out = []
    for ch in b:
        c = chr(ch)
        if c.isalnum() and ch < 128:
            out.append(c)
        elif c == ' ':
            out.append('_')
        elif c in '!*+-/':
            out.append(c)
        else:
            out.append('=%02X' % ch)
    return ''.join(out)


def encoded_words(text, charset='utf-8', mode='B'):
    words = []
    cur = ''
    prefix = '=?%s?%s?' % (charset, mode)

    def enc(s):
        b = s.encode(charset)
        return base64.b64encode(b).decode() if mode == 'B' else _qword(b)
    for ch in text:
        trial = cur + ch
        if len(prefix) + len(enc(trial)) + 2 > 75 and cur:
            words.append(prefix + enc(cur) + '?=')
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(prefix + enc(cur) + '?=')
    return words


def fold_plain(name, value):
    line = name + ': '
    lines = []
    for w in value.split(' '):
        if len(line) + len(w) + 1 > 78 and line.strip() and not line.endswith(': '):
            lines.append(line.rstrip(' '))
            line = ' ' + w + ' '
        else:
            line += w + ' '
    lines.append(line.rstrip(' '))
    return '\n'.join(lines)


def hdr_text(name, value, charset='utf-8', mode='B', force=False):
    if _is_ascii(value) and not force:
        return fold_plain(name, value)
    if not _encodable(value, charset):
        charset = 'utf-8'
    words = encoded_words(value, charset, mode)
    return name + ': ' + '\n '.join(words)


def fmt_addr(name, addr, charset='utf-8', mode='B'):
    if not name:
        return addr
    if _is_ascii(name):
        if any(c in name for c in ',.;:()<>@"[]\\'):
            return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), addr)
        return '%s <%s>' % (name, addr)
    if not _encodable(name, charset):
        charset = 'utf-8'
    return '%s <%s>' % (' '.join(encoded_words(name, charset, mode)), addr)


def hdr_addrs(name, lst, charset, mode):
    items = [fmt_addr(n, a, charset, mode) for n, a in lst]
    return name + ': ' + ',\n '.join(items)


# ---------------------------------------------------------------- parts
class Part:
    def __init__(self, headers, body=b'', children=None, boundary=None):
        self.headers = headers          # list of already formatted header strings
        self.body = body                # bytes (encoded) for leaves
        self.children = children or []
        self.boundary = boundary

    def to_bytes(self):
        head = '\n'.join(self.headers).encode('ascii') + b'\n\n'
        if not self.children:
            return head + self.body
        out = [head]
        if self.boundary:
            out.append(b'This is a multi-part message in MIME format.\n\n')
        for c in self.children:
            out.append(b'--' + self.boundary.encode() + b'\n')
            out.append(c.to_bytes())
            if not out[-1].endswith(b'\n'):
                out.append(b'\n')
        out.append(b'--' + self.boundary.encode() + b'--\n')
        return b''.join(out)


def encode_body(data, cte):
    """data: bytes with \n line ends.  Returns encoded bytes with \n line ends."""
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        enc = quopri.encodestring(data, quotetabs=False)
        return enc if enc.endswith(b'\n') else enc + b'=\n'
    return data if data.endswith(b'\n') else data + b'\n'


def text_part(text, subtype, charset, cte, extra_params='', headers_extra=()):
    if not _encodable(text, charset):
        charset = 'utf-8'
    data = text.encode(charset)
    if cte == '7bit' and not _is_ascii(text):
        cte = 'quoted-printable'
    if cte in ('7bit', '8bit') and any(len(l) > 990 for l in data.split(b'\n')):
        cte = 'quoted-printable'
    if cte == 'base64':
        data = data.replace(b'\n', b'\r\n')
    h = ['Content-Type: text/%s; charset="%s"%s' % (subtype, charset, extra_params),
         'Content-Transfer-Encoding: ' + cte] + list(headers_extra)
    return Part(h, encode_body(data, cte))


def _pct(s, cs='utf-8'):
    return urllib.parse.quote(s.encode(cs), safe='')


def filename_params(filename, style, mode='B'):
    """Returns (content_type_param, disposition_param) strings (without leading ';')."""
    if _is_ascii(filename) and style not in ('2231force', '2231cont'):
        q = '"%s"' % filename if (' ' in filename or style == 'quoted' or len(filename) > 0) else filename
        return 'name=%s' % q, 'filename=%s' % q
    enc = _pct(filename)
    if style == '2231cont' or len(enc) > 60:
        chunks = []
        first = "utf-8''"
        rest = enc
        while rest:
            cut = 50
            if len(rest) > cut:
                while rest[cut - 1] == '%' or rest[cut - 2] == '%':
                    cut -= 1
            chunks.append(rest[:cut])
            rest = rest[cut:]
        disp = ';\n '.join('filename*%d*=%s%s' % (i, first if i == 0 else '', c)
                           for i, c in enumerate(chunks))
    else:
        disp = "filename*=utf-8''" + enc
    if _is_ascii(filename):
        ct = 'name="%s"' % filename
    elif style != '2231force':
        ct = 'name="%s"' % ' '.join(encoded_words(filename, 'utf-8', mode))   # Outlook style
    else:
        ct = "name*=utf-8''" + enc
    return ct, disp


def attachment_part(att, prof, rng):
    if 'eml' in att:
        inner = render(att['eml'], att.get('eml_prof') or inner_profile(rng), rng, top=True)
        cte = '7bit' if all(b < 128 for b in inner) else '8bit'
        h = ['Content-Type: message/rfc822']
        if att.get('filename'):
            ctp, dp = filename_params(att['filename'], prof['fn_style'], prof['hdr_mode'])
            h.append('Content-Disposition: attachment;\n ' + dp)
        else:
            h.append('Content-Disposition: inline' if rng.random() < 0.5 else 'Content-Disposition: attachment')
        h.append('Content-Transfer-Encoding: ' + cte)
        return Part(h, inner if inner.endswith(b'\n') else inner + b'\n')
    ctype = att['ctype']
    data = att['data']
    fn = att['filename']
    ctp, dp = filename_params(fn, prof['fn_style'], prof['hdr_mode'])
    cte = att.get('cte')
    if cte is None:
        if ctype.startswith('text/'):
            cte = rng.choice(['quoted-printable', 'base64', '8bit' if not all(b < 128 for b in data) else '7bit'])
        else:
            cte = 'base64'
    extra = ''
    if ctype.startswith('text/'):
        cs = att.get('charset', 'utf-8')
        extra = '; charset="%s"' % cs
        if ctype == 'text/calendar':
            extra += '; method=REQUEST'
        # text attachments keep their own line endings inside base64; for others use \n
        if cte != 'base64':
            data = data.replace(b'\r\n', b'\n')
            if cte in ('7bit', '8bit') and any(len(l) > 990 for l in data.split(b'\n')):
                cte = 'quoted-printable'
    h = ['Content-Type: %s%s;\n %s' % (ctype, extra, ctp),
         'Content-Disposition: %s;\n %s' % (att.get('disposition', 'attachment'), dp),
         'Content-Transfer-Encoding: ' + cte]
    return Part(h, encode_body(data, cte))


def boundary(rng, style):
    hx = ''.join(rng.choice('0123456789abcdef') for _ in range(24))
    return ['----=_Part_%d_%d.%d' % (rng.randrange(10 ** 5), rng.randrange(10 ** 9), rng.randrange(10 ** 12)),
            '_000_%s_' % hx.upper(), '=-=%s=-=' % hx, '000000000000%s' % hx[:16],
            'Apple-Mail=_%s' % hx.upper()[:20]][style % 5]


def inner_profile(rng):
    return dict(eol='\n', charset=rng.choice(['utf-8', 'iso-8859-1']), cte=rng.choice(['8bit', 'quoted-printable']),
                hdr_mode=rng.choice('BQ'), fn_style='plain', body_form='plain', bstyle=rng.randrange(5),
                mailer=None, tstyle=1, wrap=76)


# ---------------------------------------------------------------- whole message
def render(spec, prof, rng, top=True):
    lang = spec.get('lang', 'fr')
    cs = prof['charset']
    mode = prof['hdr_mode']
    hcs = cs if cs != 'us-ascii' else 'utf-8'
    headers = []
    headers.append(hdr_addrs('From', [spec['frm']], hcs, mode))
    headers.append(hdr_addrs('To', spec['to'], hcs, mode))
    if spec.get('cc'):
        headers.append(hdr_addrs('Cc', spec['cc'], hcs, mode))
    headers.append(hdr_text('Subject', spec['subject'], hcs, mode, force=prof.get('force_subj', False)))
    headers.append('Date: ' + email.utils.format_datetime(spec['date']))
    headers.append('Message-ID: ' + spec['msgid'])
    if spec.get('in_reply_to'):
        headers.append('In-Reply-To: ' + spec['in_reply_to'])
        headers.append('References: ' + spec['in_reply_to'])
    if prof.get('mailer'):
        headers.append(prof['mailer'])
    for h in spec.get('extra_headers', ()):
        headers.append(h)
    headers.append('MIME-Version: 1.0')

    form = spec.get('body_form') or prof['body_form']
    plain = render_plain(spec['blocks'], lang, prof.get('wrap'), prof.get('tstyle', 0), prof.get('bstyle', 0))
    cte = prof['cte']

    def mk_plain():
        return text_part(plain, 'plain', cs, cte, '; format=flowed' if prof.get('flowed') else '')

    def mk_html():
        h = render_html(spec['blocks'], lang, prof.get('bstyle', 0), prof.get('font', 'Calibri'))
        c = cs if _encodable(h, cs) else 'utf-8'
        h = h.replace('%CHARSET%', c)
        return text_part(h, 'html', c, cte if cte != '7bit' or _is_ascii(h) else 'quoted-printable')

    if form == 'plain':
        body = mk_plain()
    elif form == 'html':
        body = mk_html()
    else:
        kids = [mk_plain(), mk_html()]
        if spec.get('calendar'):
            kids.append(Part(['Content-Type: text/calendar; charset="utf-8"; method=REQUEST',
                              'Content-Transfer-Encoding: base64'], base64.encodebytes(spec['calendar'])))
        b = boundary(rng, prof['bstyle'])
        body = Part(['Content-Type: multipart/alternative;\n boundary="%s"' % b], children=kids, boundary=b)
    atts = spec.get('attachments') or []
    if atts:
        b = boundary(rng, prof['bstyle'] + 1)
        kids = [body] + [attachment_part(a, prof, rng) for a in atts]
        root = Part(headers + ['Content-Type: multipart/mixed;\n boundary="%s"' % b], children=kids, boundary=b)
    else:
        root = Part(headers + body.headers, body.body, body.children, body.boundary)
    data = root.to_bytes()
    if top and prof['eol'] == '\r\n':
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data
