"""Hand-assembled MIME: headers, charsets, transfer encodings, line ends, file names."""
import base64
import datetime as dt
import html as htmlmod
import quopri
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import encode_rfc2231, format_datetime, formataddr

from gen_common import DOMAIN, pick

CHARSETS_NONASCII = ['utf-8', 'utf-8', 'utf-8', 'iso-8859-1', 'windows-1252']
CHARSETS_ASCII = ['us-ascii', 'us-ascii', 'utf-8', 'iso-8859-1', 'windows-1252']


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def can_encode(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def _cs(name, enc):
    c = Charset(name)
    c.header_encoding = QP if enc == 'q' else BASE64
    return c


def _fold_words(s, first_len):
    """Fold a header value made of whitespace-separated tokens."""
    out, cur, limit = [], '', 76 - first_len
    for tok in s.split(' '):
        cand = (cur + ' ' + tok) if cur else tok
        if len(cand) > limit and cur:
            out.append(cur)
            cur = tok
            limit = 75
        else:
            cur = cand
    out.append(cur)
    return '\n '.join(out)


def enc_header(name, value, mode, charset='utf-8', enc='q'):
    """mode: 'plain' (ASCII only), 'whole' (whole value as encoded words),
    'partial' (only runs of non-ASCII words)."""
    if mode == 'plain' or (is_ascii(value) and mode == 'partial'):
        if not is_ascii(value):
            raise ValueError('non-ASCII header needs encoding')
        return _fold_words(value, len(name) + 2)
    if not can_encode(value, charset):
        charset = 'utf-8'
    if mode == 'whole':
        return Header(value, _cs(charset, enc), header_name=name).encode(linesep='\n')
    toks = value.split(' ')
    segs, run = [], []
    for t in toks:
        if is_ascii(t) and '=?' not in t:
            if run:
                segs.append(('enc', ' '.join(run)))
                run = []
            segs.append(('raw', t))
        else:
            run.append(t)
    if run:
        segs.append(('enc', ' '.join(run)))
    parts = []
    for kind, s in segs:
        if kind == 'raw':
            parts.append(s)
        else:
            parts.append(Header(s, _cs(charset, enc), maxlinelen=10000).encode(linesep=' '))
    return _fold_words(' '.join(parts), len(name) + 2)


def addr(person, enc='q', charset='utf-8'):
    name, email = person['name'], person['email']
    if is_ascii(name):
        return formataddr((name, email))
    if not can_encode(name, charset):
        charset = 'utf-8'
    return '%s <%s>' % (Header(name, _cs(charset, enc), maxlinelen=10000).encode(linesep=' '), email)


def addr_list(people, enc, charset):
    return ',\n '.join(addr(p, enc, charset) for p in people)


# ---------------------------------------------------------------- body encoding
def encode_body(data, cte):
    """data: bytes with LF line ends."""
    if cte in ('7bit', '8bit'):
        for ln in data.split(b'\n'):
            if len(ln) > 990:
                raise ValueError('line too long for %s' % cte)
        if not data.endswith(b'\n'):
            data += b'\n'
        return data
    if cte == 'quoted-printable':
        out = quopri.encodestring(data)
        if not out.endswith(b'\n'):
            out += b'\n'
        return out
    if cte == 'base64':
        return base64.encodebytes(data)
    raise ValueError(cte)


class Node:
    def __init__(self, headers, body=None, children=None, boundary=None, preamble=None):
        self.headers, self.body, self.children = headers, body, children
        self.boundary, self.preamble = boundary, preamble

    def render(self):
        out = []
        for k, v in self.headers:
            out.append(('%s: %s\n' % (k, v)).encode('ascii'))
        out.append(b'\n')
        if self.children is None:
            out.append(self.body)
        else:
            if self.preamble:
                out.append(self.preamble.encode('ascii') + b'\n')
            for ch in self.children:
                out.append(('--%s\n' % self.boundary).encode('ascii'))
                out.append(ch.render())
                if not out[-1].endswith(b'\n'):
                    out.append(b'\n')
            out.append(('--%s--\n' % self.boundary).encode('ascii'))
        return b''.join(out)


def text_leaf(text, subtype, charset, cte, extra=None):
    data = text.replace('\r\n', '\n').encode(charset)
    hdrs = [('Content-Type', 'text/%s; charset="%s"' % (subtype, charset) if charset != 'us-ascii' or subtype == 'html'
             else 'text/%s; charset=us-ascii' % subtype)]
    if extra:
        hdrs[0] = (hdrs[0][0], hdrs[0][1] + extra)
    hdrs.append(('Content-Transfer-Encoding', cte))
    return Node(hdrs, encode_body(data, cte))


# ---------------------------------------------------------------- HTML
def text_to_html(text, charset, style, lang):
    paras = text.split('\n\n')
    chunks = []
    for p in paras:
        lines = p.split('\n')
        if lines and all(ln.startswith('>') for ln in lines if ln):
            inner = '<br>\n'.join(htmlmod.escape(ln.lstrip('>').lstrip(' ')) for ln in lines)
            chunks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner)
        else:
            inner = '<br>\n'.join(htmlmod.escape(ln) for ln in lines)
            if style == 'outlook':
                chunks.append('<p class="MsoNormal">%s</p>' % inner)
            else:
                chunks.append('<div>%s</div>' % inner)
    return wrap_html('\n'.join(chunks), charset, style, lang)


def wrap_html(inner, charset, style, lang):
    if style == 'outlook':
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
                'table.grid td {border:1px solid #999; padding:2px 6px; font-size:10pt;}\n--></style>\n'
                '</head>\n<body lang="%s" link="#0563C1">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (charset, 'FR-CA' if lang == 'fr' else 'EN-CA', inner))
    if style == 'gmail':
        return '<div dir="ltr">\n%s\n</div>\n' % inner
    return ('<!DOCTYPE html>\n<html><head><meta charset="%s"><title></title></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">\n%s\n</body></html>\n'
            % (charset, inner))


def html_table(rows, style='grid'):
    out = ['<table class="grid" border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = 'th' if i == 0 else 'td'
        out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, htmlmod.escape(str(c)), tag) for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


# ---------------------------------------------------------------- attachments
def attach_node(att, rng, force2231):
    fn = att.filename
    disp = 'inline' if (att.kind in ('ics',) and rng.random() < 0.3) else 'attachment'
    if is_ascii(fn) and not force2231:
        fparam = 'filename="%s"' % fn
        nparam = '; name="%s"' % fn
    else:
        fparam = "filename*=%s" % encode_rfc2231(fn, 'utf-8')
        nparam = ''
    ctype = att.ctype
    if att.kind in ('csv', 'ics', 'vcf', 'txt'):
        cs = getattr(att, 'charset', 'utf-8')
        ctype += '; charset=%s' % cs
        if att.kind == 'ics':
            ctype += '; method=REQUEST'
        cte = pick(rng, ['base64', 'base64', 'quoted-printable', '8bit'])
        raw = att.data.replace(b'\r\n', b'\n') if cte != 'base64' else att.data
        if cte == '8bit' and all(b < 128 for b in raw):
            cte = '7bit'
        body = encode_body(raw, cte)
    elif att.kind == 'eml':
        cte = '7bit' if all(b < 128 for b in att.data) else '8bit'
        body = att.data.replace(b'\r\n', b'\n')
        if not body.endswith(b'\n'):
            body += b'\n'
        nparam = ''
    else:
        cte = 'base64'
        body = encode_body(att.data, 'base64')
    hdrs = [('Content-Type', ctype + nparam),
            ('Content-Disposition', '%s;\n\t%s' % (disp, fparam)),
            ('Content-Transfer-Encoding', cte)]
    return Node(hdrs, body)


# ---------------------------------------------------------------- whole message
def tz_for(d):
    edt = dt.date(d.year, 3, 10) <= d.date() < dt.date(d.year, 11, 3)
    return dt.timezone(dt.timedelta(hours=-4 if edt else -5))


def build_message(spec, rng, when, msgid, boundary_base, in_reply_to=None, inner=False):
    """Return (bytes, transport dict). `when` is a naive local datetime."""
    lang = spec.lang
    body_text = spec.text
    html_inner = spec.html
    pref = spec.prefer or {}
    if spec.atts:
        body_kind = pref.get('body') or pick(rng, ['plain', 'plain', 'alt', 'alt', 'html'])
    else:
        body_kind = pref.get('body') or pick(rng, ['plain'] * 8 + ['html'] * 4 + ['alt'] * 7)
    if inner:
        body_kind = pref.get('body') or 'plain'
    hstyle = pick(rng, ['outlook', 'outlook', 'gmail', 'plain'])
    sample = body_text + (html_inner or '')
    if pref.get('charset'):
        charset = pref['charset']
    elif is_ascii(sample):
        charset = pick(rng, CHARSETS_ASCII)
    else:
        opts = [c for c in CHARSETS_NONASCII if can_encode(sample, c)]
        charset = pick(rng, opts)
    asc = is_ascii(sample)

    def cte_pick():
        if pref.get('cte'):
            c = pref['cte']
            if c in ('7bit', '8bit'):
                return '7bit' if asc else '8bit'
            return c
        if asc:
            return pick(rng, ['7bit'] * 6 + ['quoted-printable'] * 3 + ['base64'] * 2)
        return pick(rng, ['8bit'] * 4 + ['quoted-printable'] * 5 + ['base64'] * 2)

    nb = [0]

    def bnd():
        nb[0] += 1
        return '%s_%d' % (boundary_base, nb[0])

    def plain_node():
        return text_leaf(body_text, 'plain', charset, cte_pick(),
                         extra='; format=flowed' if rng.random() < 0.15 else None)

    def html_node():
        if html_inner:
            h = wrap_html(html_inner, charset, hstyle, lang)
        else:
            h = text_to_html(body_text, charset, hstyle, lang)
        return text_leaf(h, 'html', charset, cte_pick())

    if body_kind == 'plain':
        body = plain_node()
    elif body_kind == 'html':
        body = html_node()
    else:
        b = bnd()
        body = Node([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)],
                    children=[plain_node(), html_node()], boundary=b)
    if spec.atts:
        force2231 = rng.random() < 0.2
        b = bnd()
        kids = [body] + [attach_node(a, rng, force2231) for a in spec.atts]
        top = Node([('Content-Type', 'multipart/mixed;\n\tboundary="%s"' % b)], children=kids, boundary=b,
                   preamble='This is a multi-part message in MIME format.' if rng.random() < 0.5 else None)
    else:
        top = body

    # headers
    henc = pick(rng, ['q', 'b'])
    hcs = 'utf-8' if rng.random() < 0.7 else 'iso-8859-1'
    subj = spec.subject
    if is_ascii(subj):
        smode = 'whole' if rng.random() < 0.08 else 'plain'
    else:
        smode = pick(rng, ['whole', 'partial'])
    aware = when.replace(tzinfo=tz_for(when))
    hdrs = [('From', addr(spec.sender, henc, hcs)),
            ('To', addr_list(spec.to, henc, hcs))]
    if spec.cc:
        hdrs.append(('Cc', addr_list(spec.cc, henc, hcs)))
    hdrs += [('Subject', enc_header('Subject', subj, smode, hcs, henc)),
             ('Date', format_datetime(aware)),
             ('Message-ID', msgid)]
    if in_reply_to:
        hdrs += [('In-Reply-To', in_reply_to), ('References', in_reply_to)]
    hdrs.append(('MIME-Version', '1.0'))
    if not inner:
        if rng.random() < 0.5:
            hdrs.append(('X-Mailer', pick(rng, ['Microsoft Outlook 16.0', 'Microsoft Outlook 16.0',
                                                  'Zimbra 9.0.0_GA', 'Apple Mail (2.3774)',
                                                  'Mozilla Thunderbird 115.6'])))
        if rng.random() < 0.4:
            hdrs.append(('Content-Language', 'fr-CA' if lang == 'fr' else 'en-CA'))
    top.headers = hdrs + top.headers
    data = top.render()
    crlf = False
    if not inner:
        crlf = pref.get('crlf', rng.random() < 0.4)
        if crlf:
            data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data, {'body': body_kind, 'charset': charset, 'crlf': crlf, 'subject_mode': smode}


def inner_message(rng, sender, to, subject, text, when, lang, seed, tag, atts=None):
    """A complete message (bytes, LF) to attach as message/rfc822."""
    from gen_common import Spec
    s = Spec('inner', lang, sender, to, subject, text, atts=atts)
    s.prefer = {'body': 'plain', 'crlf': False}
    msgid = '<%s.%d.inner@mail.%s>' % (when.strftime('%Y%m%d%H%M%S'), seed % 10007, DOMAIN)
    data, _ = build_message(s, rng, when, msgid, '=_inner_%s_%d' % (tag, seed), inner=True)
    return data
