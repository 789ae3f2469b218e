"""Step 2: a small hand-rolled MIME writer, so that charsets, transfer encodings, line endings,
RFC 2047 headers and RFC 2231 file names are all under explicit control (and deterministic)."""
import base64
import email.charset
import email.header
import email.utils
import html
import quopri
import urllib.parse

CHARSETS = ['utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii']
CTES = ['7bit', '8bit', 'quoted-printable', 'base64']


def can_encode(s, charset):
    try:
        s.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def _cs(charset, enc):
    cs = email.charset.Charset(charset)
    cs.header_encoding = email.charset.QP if enc == 'Q' else email.charset.BASE64
    return cs


def _fold_ascii(name, value):
    line = name + ': '
    out = []
    for word in value.split(' '):
        if len(line) + len(word) + 1 > 76 and line.strip() and not line.endswith(': '):
            out.append(line.rstrip())
            line = ' ' + word + ' '
        else:
            line += word + ' '
    out.append(line.rstrip())
    return '\n'.join(out)


def enc_header(name, value, charset='utf-8', enc='B'):
    if all(ord(c) < 128 for c in value):
        return _fold_ascii(name, value)
    if not can_encode(value, charset) or charset == 'us-ascii':
        charset = 'utf-8'
    h = email.header.Header(value, _cs(charset, enc), header_name=name, maxlinelen=76)
    return '%s: %s' % (name, h.encode(linesep='\n'))


def enc_addr(name, addr, charset='utf-8', enc='B'):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        return email.utils.formataddr((name, addr))
    if not can_encode(name, charset) or charset == 'us-ascii':
        charset = 'utf-8'
    return email.utils.formataddr((name, addr), charset=_cs(charset, enc))


def text_to_html(text, flavour=0, lang='fr'):
    esc = html.escape(text, quote=False)
    paras = esc.split('\n\n')
    if flavour == 0:   # Outlook-ish
        body = '\n'.join('<p class="MsoNormal">%s</p>' % p.replace('\n', '<br>\n') for p in paras)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
                '</head>\n<body lang="%s">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % ('FR-CA' if lang == 'fr' else 'EN-CA', body))
    if flavour == 1:   # webmail-ish
        body = '\n'.join('<div>%s</div><div><br></div>' % p.replace('\n', '</div>\n<div>') for p in paras)
        return '<div dir="ltr">\n%s\n</div>\n' % body
    body = '<br>\n'.join(esc.split('\n'))
    return '<html><body style="font-family:Arial;font-size:10pt">\n%s\n</body></html>\n' % body


def _body_bytes(text, charset, cte, crlf):
    text = text.replace('\r\n', '\n')
    if not text.endswith('\n'):
        text += '\n'
    if cte == 'base64':
        raw = (text.replace('\n', '\r\n') if crlf else text).encode(charset)
        return base64.encodebytes(raw)
    raw = text.encode(charset)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    return raw


def choose_cte(text, charset, want):
    raw = text.encode(charset)
    ascii_ok = all(b < 128 for b in raw)
    longest = max((len(l) for l in raw.split(b'\n')), default=0)
    if want == '7bit' and (not ascii_ok or longest > 900):
        want = 'quoted-printable'
    if want == '8bit' and longest > 900:
        want = 'quoted-printable'
    return want


def text_part(text, subtype, charset, cte, crlf, disp=None, filename=None, fn_style='2231', extra=None):
    if charset == 'us-ascii' and not can_encode(text, 'us-ascii'):
        charset = 'utf-8'
    if not can_encode(text, charset):
        charset = 'utf-8'
    cte = choose_cte(text, charset, cte)
    if subtype == 'html':
        text = text.replace('charset=utf-8', 'charset=%s' % charset).replace('<meta charset="utf-8">', '<meta charset="%s">' % charset)
    hdrs = ['Content-Type: text/%s; charset="%s"%s' % (subtype, charset,
                                                       _name_param(filename, fn_style) if filename else '')]
    if extra:
        hdrs.extend(extra)
    hdrs.append('Content-Transfer-Encoding: %s' % cte)
    if disp:
        hdrs.append('Content-Disposition: %s%s' % (disp, _fn_param(filename, fn_style) if filename else ''))
    return '\n'.join(hdrs).encode('ascii') + b'\n\n' + _body_bytes(text, charset, cte, crlf)


def _name_param(fn, style):
    if all(ord(c) < 128 for c in fn):
        return ';\n name="%s"' % fn
    if style == '2047':
        return ';\n name="%s"' % email.header.Header(fn, 'utf-8').encode()
    return ''


def _fn_param(fn, style):
    if all(ord(c) < 128 for c in fn):
        return ';\n filename="%s"' % fn
    q = urllib.parse.quote(fn.encode('utf-8'), safe='')
    if style == '2231cont' or len(q) > 60:
        chunks = [q[i:i + 48] for i in range(0, len(q), 48)]
        # do not split inside a %XX escape
        fixed, carry = [], ''
        for c in chunks:
            c = carry + c
            carry = ''
            cut = c.rfind('%')
            if cut >= len(c) - 2 and cut != -1:
                c, carry = c[:cut], c[cut:]
            fixed.append(c)
        if carry:
            fixed[-1] += carry
        parts = []
        for i, c in enumerate(fixed):
            parts.append(";\n filename*%d*=%s%s" % (i, "utf-8''" if i == 0 else '', c))
        return ''.join(parts)
    return ";\n filename*=utf-8''%s" % q


def binary_part(data, ctype, filename, fn_style='2231', disp='attachment'):
    hdrs = ['Content-Type: %s%s' % (ctype, _name_param(filename, fn_style)),
            'Content-Transfer-Encoding: base64',
            'Content-Disposition: %s%s' % (disp, _fn_param(filename, fn_style))]
    return '\n'.join(hdrs).encode('ascii') + b'\n\n' + base64.encodebytes(data)


def rfc822_part(inner_bytes, filename=None, fn_style='2231'):
    hdrs = ['Content-Type: message/rfc822']
    if filename:
        hdrs.append('Content-Disposition: attachment%s' % _fn_param(filename, fn_style))
    else:
        hdrs.append('Content-Disposition: inline')
    return '\n'.join(hdrs).encode('ascii') + b'\n\n' + inner_bytes.replace(b'\r\n', b'\n')


def multipart(subtype, parts, boundary):
    out = [('Content-Type: multipart/%s;\n boundary="%s"' % (subtype, boundary)).encode('ascii'), b'']
    for p in parts:
        out.append(('--' + boundary).encode('ascii'))
        out.append(p.rstrip(b'\n'))
    out.append(('--' + boundary + '--').encode('ascii'))
    out.append(b'')
    return b'\n'.join(out)


def build_message(spec, tr, boundary_seed):
    """spec: dict from a builder; tr: transport dict. Returns bytes."""
    crlf = tr['eol'] == 'crlf'
    hcs, henc = tr['hdr_charset'], tr['hdr_enc']
    counter = [0]

    def bnd():
        counter[0] += 1
        return tr.get('bfmt', '----=_NextPart_%03d_%04X_%08X') % (counter[0], boundary_seed % 65536,
                                                                  (boundary_seed * 2654435761) % (1 << 32))

    # body
    text, htm = spec.get('text'), spec.get('html')
    kind = tr['kind']
    if htm is None and kind in ('html', 'alt'):
        htm = text_to_html(text, tr.get('html_flavour', 0), spec['lang'])
    if text is None:
        kind = 'html'
    cs, cte = tr['charset'], tr['cte']
    if kind == 'plain':
        body = text_part(text, 'plain', cs, cte, crlf)
    elif kind == 'html':
        body = text_part(htm, 'html', cs, cte, crlf)
    else:
        body = multipart('alternative', [text_part(text, 'plain', cs, cte, crlf),
                                         text_part(htm, 'html', cs, tr.get('cte_html', cte), crlf)], bnd())
    atts = spec.get('attachments') or []
    if atts:
        parts = [body]
        for a in atts:
            fs = a.get('fn_style', tr.get('fn_style', '2231'))
            if a['ctype'] == 'message/rfc822':
                parts.append(rfc822_part(a['data'], a.get('filename'), fs))
            elif a['ctype'].startswith('text/'):
                parts.append(text_part(a['text'], a['ctype'].split('/')[1], a.get('charset', 'utf-8'),
                                       a.get('cte', 'quoted-printable'), crlf, disp=a.get('disp', 'attachment'),
                                       filename=a['filename'], fn_style=fs, extra=a.get('extra')))
            else:
                parts.append(binary_part(a['data'], a['ctype'], a['filename'], fs, a.get('disp', 'attachment')))
        body = multipart('mixed', parts, bnd())

    h = []
    h.append('Date: ' + email.utils.format_datetime(spec['date']))
    fn, fa = spec['from']
    h.append('From: ' + enc_addr(fn, fa, hcs, henc))
    h.append('To: ' + ',\n '.join(enc_addr(n, a, hcs, henc) for n, a in spec['to']))
    if spec.get('cc'):
        h.append('Cc: ' + ',\n '.join(enc_addr(n, a, hcs, henc) for n, a in spec['cc']))
    h.append(enc_header('Subject', spec['subject'], hcs, henc))
    h.append('Message-ID: <%s>' % spec['msgid'])
    if spec.get('in_reply_to'):
        h.append('In-Reply-To: <%s>' % spec['in_reply_to'])
        h.append('References: <%s>' % spec['in_reply_to'])
    if tr.get('mailer'):
        h.append(tr['mailer'])
    if tr.get('lang_hdr'):
        h.append('Content-Language: %s' % ('fr-CA' if spec['lang'] == 'fr' else 'en-US'))
    for extra in spec.get('headers', []):
        h.append(extra)
    h.append('MIME-Version: 1.0')
    msg = '\n'.join(h).encode('ascii') + b'\n' + body
    if crlf:
        msg = msg.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return msg
