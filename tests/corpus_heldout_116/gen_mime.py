"""Hand-rolled MIME serializer so that every transport variant is under control:
charsets, content-transfer-encodings, CRLF/LF, RFC 2047 headers, RFC 2231 file names."""
import base64
import quopri
import urllib.parse
from email.header import Header
from email.utils import formataddr, format_datetime


def can_encode(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def enc_header_text(value, charset, force=False, name='Subject'):
    if not force and can_encode(value, 'ascii'):
        return value
    cs = charset if can_encode(value, charset) and charset != 'us-ascii' else 'utf-8'
    return Header(value, cs, header_name=name).encode(linesep='\n', maxlinelen=76)


def enc_addr(pair, charset):
    name, addr = pair
    if not name:
        return addr
    if can_encode(name, 'ascii'):
        return formataddr((name, addr))
    cs = charset if can_encode(name, charset) and charset != 'us-ascii' else 'utf-8'
    return formataddr((name, addr), charset=cs)


def fold_addresses(lst, charset):
    return ',\n '.join(enc_addr(p, charset) for p in lst)


def filename_params(fname, rng, key='filename'):
    """Return the parameter text for a file name (plain, RFC 2231, or RFC 2231 continuations)."""
    if can_encode(fname, 'ascii') and '"' not in fname:
        if len(fname) > 60 and rng.random() < 0.5:
            chunks = [fname[i:i + 40] for i in range(0, len(fname), 40)]
            return ';\n '.join('%s*%d="%s"' % (key, i, c) for i, c in enumerate(chunks))
        return '%s="%s"' % (key, fname)
    quoted = urllib.parse.quote(fname, safe='')
    if len(quoted) > 60 and rng.random() < 0.6:
        chunks = []
        cur = ''
        i = 0
        while i < len(quoted):
            step = 3 if quoted[i] == '%' else 1
            cur += quoted[i:i + step]
            i += step
            if len(cur) >= 45:
                chunks.append(cur)
                cur = ''
        if cur:
            chunks.append(cur)
        out = []
        for n, c in enumerate(chunks):
            if n == 0:
                out.append("%s*0*=utf-8''%s" % (key, c))
            else:
                out.append('%s*%d*=%s' % (key, n, c))
        return ';\n '.join(out)
    return "%s*=utf-8''%s" % (key, quoted)


def name_param_2047(fname):
    if can_encode(fname, 'ascii'):
        return 'name="%s"' % fname
    return 'name="%s"' % Header(fname, 'utf-8').encode(maxlinelen=10000)


class Part:
    def __init__(self, headers, body=None, parts=None, boundary=None):
        self.headers = headers      # list of (name, value-str)
        self.body = body            # bytes, lines separated with b'\n'
        self.parts = parts or []
        self.boundary = boundary

    def serialize(self):
        out = []
        for k, v in self.headers:
            out.append(('%s: %s' % (k, v)).encode('ascii'))
        out.append(b'')
        if self.parts:
            out.append(b'This is a multi-part message in MIME format.')
            for p in self.parts:
                out.append(b'')
                out.append(('--' + self.boundary).encode('ascii'))
                out.append(p.serialize())
            out.append(('--' + self.boundary + '--').encode('ascii'))
            out.append(b'')
        else:
            out.append(self.body)
        return b'\n'.join(out)


def encode_text(text, charset, cte, linesep):
    text = text.replace('\r\n', '\n')
    if not text.endswith('\n'):
        text += '\n'
    raw = text.encode(charset)
    if cte == '7bit' or cte == '8bit':
        return raw.rstrip(b'\n')
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).rstrip(b'\n')
    if cte == 'base64':
        if linesep == '\r\n':
            raw = raw.replace(b'\n', b'\r\n')
        return base64.encodebytes(raw).rstrip(b'\n')
    raise ValueError(cte)


def pick_text_encoding(text, charset, cte):
    """Adjust the requested charset / CTE so the text can really be carried."""
    if not can_encode(text, charset):
        charset = 'windows-1252' if (charset == 'iso-8859-1' and can_encode(text, 'windows-1252')) else 'utf-8'
    ascii_only = can_encode(text, 'ascii')
    if cte == '7bit' and not ascii_only:
        cte = 'quoted-printable'
    if charset == 'us-ascii' and not ascii_only:
        charset = 'utf-8'
    if max((len(l) for l in text.split('\n')), default=0) > 900 and cte in ('7bit', '8bit'):
        cte = 'quoted-printable'
    return charset, cte


def text_part(text, subtype, charset, cte, linesep, disposition=None):
    if subtype == 'html' and charset == 'us-ascii' and not can_encode(text, 'ascii'):
        # many mailers send HTML as pure ASCII with numeric character references
        text = text.encode('ascii', 'xmlcharrefreplace').decode('ascii')
        if cte in ('8bit',):
            cte = '7bit'
    charset, cte = pick_text_encoding(text, charset, cte)
    h = [('Content-Type', 'text/%s; charset="%s"' % (subtype, charset)),
         ('Content-Transfer-Encoding', cte)]
    if disposition:
        h.append(('Content-Disposition', disposition))
    return Part(h, body=encode_text(text, charset, cte, linesep))


def attachment_part(att, rng, linesep):
    fname = att['filename']
    ctype = att['ctype']
    disp = 'inline' if att.get('inline') else 'attachment'
    if ctype == 'message/rfc822':
        body = att['data'].replace(b'\r\n', b'\n').rstrip(b'\n')
        h = [('Content-Type', 'message/rfc822'),
             ('Content-Disposition', '%s; %s' % (disp, filename_params(fname, rng)))]
        try:
            body.decode('ascii')
        except UnicodeDecodeError:
            h.insert(1, ('Content-Transfer-Encoding', '8bit'))
        return Part(h, body=body)
    if att.get('text_charset'):
        cs = att['text_charset']
        text = att['data'].decode(cs)
        cte = att.get('cte', 'base64')
        cs2, cte = pick_text_encoding(text, cs, cte)
        if cs2 != cs:
            cs = cs2
        h = [('Content-Type', '%s; charset="%s"; %s' % (ctype, cs, name_param_2047(fname))),
             ('Content-Transfer-Encoding', cte),
             ('Content-Disposition', '%s; %s' % (disp, filename_params(fname, rng)))]
        return Part(h, body=encode_text(text, cs, cte, linesep))
    h = [('Content-Type', '%s; %s' % (ctype, name_param_2047(fname))),
         ('Content-Transfer-Encoding', 'base64'),
         ('Content-Disposition', '%s; %s' % (disp, filename_params(fname, rng)))]
    return Part(h, body=base64.encodebytes(att['data']).rstrip(b'\n'))


def boundary(rng):
    return '----=_Part_%d_%08x.%d' % (rng.randint(1000, 99999), rng.getrandbits(32), rng.randint(10 ** 9, 10 ** 10))


def build(spec, rng):
    """spec keys: from_, to, cc, subject, date, msgid, reply_to, in_reply_to, text, html,
    attachments, charset, cte, linesep, force_2047, xmailer, structure"""
    charset = spec.get('charset', 'utf-8')
    cte = spec.get('cte', 'quoted-printable')
    linesep = spec.get('linesep', '\n')
    text, html = spec.get('text'), spec.get('html')
    structure = spec.get('structure')
    atts = spec.get('attachments', [])

    if structure == 'html' or (text is None and html is not None):
        body = text_part(html, 'html', charset, cte, linesep)
    elif html is not None and text is not None:
        body = Part([('Content-Type', 'multipart/alternative;\n boundary="%s"' % None)], parts=[
            text_part(text, 'plain', charset, cte, linesep), text_part(html, 'html', charset, cte, linesep)])
        b = boundary(rng)
        body.boundary = b
        body.headers = [('Content-Type', 'multipart/alternative;\n boundary="%s"' % b)]
    else:
        body = text_part(text, 'plain', charset, cte, linesep)

    if atts:
        parts = [body] + [attachment_part(a, rng, linesep) for a in atts]
        b = boundary(rng)
        root = Part([('Content-Type', 'multipart/mixed;\n boundary="%s"' % b)], parts=parts, boundary=b)
    else:
        root = body

    hdr = []
    hdr.append(('Return-Path', '<%s>' % spec['from_'][1]))
    hdr.append(('From', enc_addr(spec['from_'], charset)))
    hdr.append(('To', fold_addresses(spec['to'], charset)))
    if spec.get('cc'):
        hdr.append(('Cc', fold_addresses(spec['cc'], charset)))
    if spec.get('reply_to'):
        hdr.append(('Reply-To', enc_addr(spec['reply_to'], charset)))
    hdr.append(('Subject', enc_header_text(spec['subject'], charset, spec.get('force_2047', False))))
    hdr.append(('Date', format_datetime(spec['date'])))
    hdr.append(('Message-ID', spec['msgid']))
    if spec.get('in_reply_to'):
        hdr.append(('In-Reply-To', spec['in_reply_to']))
        hdr.append(('References', spec['in_reply_to']))
    hdr.append(('MIME-Version', '1.0'))
    if spec.get('xmailer'):
        hdr.append(('X-Mailer', spec['xmailer']))
    for k, v in spec.get('extra_headers', []):
        hdr.append((k, v))
    root.headers = hdr + root.headers
    data = root.serialize()
    if not data.endswith(b'\n'):
        data += b'\n'
    if linesep == '\r\n':
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data
