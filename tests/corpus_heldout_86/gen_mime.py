"""Hand-written MIME serialiser, so that charsets, transfer encodings, line
endings, RFC 2047 headers and RFC 2231 file names are all under control and
byte-for-byte deterministic."""
import base64
import quopri
import hashlib
import datetime
import html as htmlmod
import urllib.parse

from gen_people import strip_accents


class Leaf:
    def __init__(self, ctype, data, charset=None, cte=None, filename=None, disposition=None,
                 fname_mode=None, cid=None, extra=None):
        self.ctype, self.data, self.charset, self.cte = ctype, data, charset, cte
        self.filename, self.disposition, self.fname_mode = filename, disposition, fname_mode
        self.cid, self.extra = cid, extra or []


class Multi:
    def __init__(self, subtype, parts):
        self.subtype, self.parts = subtype, parts


# ------------------------------------------------------------------ headers
Q_SAFE = set(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/')


def _charset_ok(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def _ew_one(raw, charset, enc):
    if enc == 'B':
        return '=?%s?B?%s?=' % (charset, base64.b64encode(raw).decode('ascii'))
    out = []
    for b in raw:
        if b == 0x20:
            out.append('_')
        elif b in Q_SAFE:
            out.append(chr(b))
        else:
            out.append('=%02X' % b)
    return '=?%s?Q?%s?=' % (charset, ''.join(out))


def encoded_words(text, charset='utf-8', enc='B'):
    if not _charset_ok(text, charset):
        charset = 'utf-8'
    words, cur = [], ''
    for ch in text:
        trial = cur + ch
        if cur and len(_ew_one(trial.encode(charset), charset, enc)) > 75:
            words.append(_ew_one(cur.encode(charset), charset, enc))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(_ew_one(cur.encode(charset), charset, enc))
    return words


def fold_ascii(name, value):
    words = value.split(' ')
    lines, cur = [], name + ': '
    for w in words:
        if len(cur) + len(w) + 1 > 76 and cur.strip() and not cur.endswith(': '):
            lines.append(cur.rstrip(' '))
            cur = ' ' + w + ' '
        else:
            cur += w + ' '
    lines.append(cur.rstrip(' '))
    return '\n'.join(lines)


def unstructured(name, value, cfg):
    if all(ord(c) < 128 for c in value):
        return fold_ascii(name, value)
    words = encoded_words(value, cfg.get('hdr_charset', 'utf-8'), cfg.get('hdr_enc', 'B'))
    return name + ': ' + '\n '.join(words)


SPECIALS = set('()<>[]:;@\\,."')


def mailbox(name, email, cfg):
    if not name:
        return '<%s>' % email
    if all(ord(c) < 128 for c in name):
        if any(c in SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    words = encoded_words(name, cfg.get('hdr_charset', 'utf-8'), cfg.get('hdr_enc', 'B'))
    return '%s <%s>' % (' '.join(words), email)


def address_header(hname, people, cfg):
    parts = [mailbox(n, e, cfg) for n, e in people]
    return hname + ': ' + ',\n '.join(parts)


# ------------------------------------------------------------------ bodies
def _wrap76(s):
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


def _b64(data):
    return _wrap76(base64.b64encode(data).decode('ascii')).encode('ascii') + b'\n'


def _qp(data):
    out = quopri.encodestring(data)
    if not out.endswith(b'\n'):
        out += b'\n'
    return out


def encode_text(text, charset, cte):
    text = text.replace('\r\n', '\n')
    if charset == 'us-ascii' and not all(ord(c) < 128 for c in text):
        charset = 'utf-8'
    if not _charset_ok(text, charset):
        charset = 'utf-8'
    raw = text.encode(charset)
    longest = max((len(l) for l in raw.split(b'\n')), default=0)
    if cte == '7bit' and (any(b > 127 for b in raw) or longest > 990):
        cte = 'quoted-printable'
    if cte == '8bit' and longest > 990:
        cte = 'quoted-printable'
    if cte == 'base64':
        body = _b64(raw.replace(b'\n', b'\r\n'))
    elif cte == 'quoted-printable':
        body = _qp(raw)
    else:
        body = raw if raw.endswith(b'\n') else raw + b'\n'
    return charset, cte, body


def _fname_params(fn, mode, cfg, pname):
    ascii_ok = all(ord(c) < 128 for c in fn)
    if mode == 'plain' or (ascii_ok and mode != '2231c'):
        if not ascii_ok:
            fn = strip_accents(fn)
        return ['%s="%s"' % (pname, fn)]
    if mode == '2047':
        return ['%s="%s"' % (pname, ' '.join(encoded_words(fn, 'utf-8', cfg.get('hdr_enc', 'B'))))]
    enc = urllib.parse.quote(fn.encode('utf-8'), safe='')
    if len(enc) <= 60 and mode != '2231c':
        return ["%s*=utf-8''%s" % (pname, enc)]
    chunks = [enc[i:i + 50] for i in range(0, len(enc), 50)]
    # do not split inside a %XX escape
    fixed, carry = [], ''
    for c in chunks:
        c = carry + c
        carry = ''
        k = c.rfind('%')
        if k >= len(c) - 2 and k != -1:
            carry, c = c[k:], c[:k]
        fixed.append(c)
    if carry:
        fixed.append(carry)
    out = []
    for i, c in enumerate(fixed):
        out.append("%s*%d*=%s%s" % (pname, i, "utf-8''" if i == 0 else '', c))
    return out


def _part_headers(leaf, cfg):
    hs = []
    ctype = leaf.ctype
    params = []
    if leaf.charset:
        params.append('charset="%s"' % leaf.charset if cfg.get('quote_cs') else 'charset=%s' % leaf.charset)
    params += leaf.extra
    mode = leaf.fname_mode or cfg.get('fname', '2231')
    if leaf.filename and cfg.get('name_param', True):
        nm = '2047' if mode in ('both', '2047') else ('plain' if mode == 'plain' else mode)
        params += _fname_params(leaf.filename, nm, cfg, 'name')
    hs.append('Content-Type: ' + ctype + ''.join(';\n\t' + p for p in params))
    if leaf.cte:
        hs.append('Content-Transfer-Encoding: ' + leaf.cte)
    if leaf.cid:
        hs.append('Content-ID: <%s>' % leaf.cid)
    if leaf.disposition or leaf.filename:
        disp = leaf.disposition or 'attachment'
        if leaf.filename:
            fm = '2231' if mode == 'both' else mode
            disp += ''.join(';\n\t' + p for p in _fname_params(leaf.filename, fm, cfg, 'filename'))
        hs.append('Content-Disposition: ' + disp)
    return hs


def _boundary(cfg, depth):
    h = hashlib.sha256(('%s/%d' % (cfg['seedkey'], depth)).encode()).hexdigest()
    style = cfg.get('bstyle', 0)
    if style == 0:
        return '----=_Part_%d_%s.%s' % (depth, h[:9], h[9:22])
    if style == 1:
        return '_%03d_%s_' % (depth, h[:28].upper())
    if style == 2:
        return '000000000000' + h[:16] + '%02d' % depth
    return 'Apple-Mail=_%s-%s' % (h[:8].upper(), h[8:12].upper() + str(depth))


def render_node(node, cfg, depth=0):
    """Return (header_lines:list[str], body:bytes)."""
    if isinstance(node, Multi):
        b = _boundary(cfg, depth)
        hs = ['Content-Type: multipart/%s;\n\tboundary="%s"' % (node.subtype, b)]
        out = b''
        if depth == 0 and cfg.get('preamble'):
            out += b'This is a multi-part message in MIME format.\n\n'
        for i, p in enumerate(node.parts):
            ph, pb = render_node(p, cfg, depth * 10 + i + 1)
            out += ('--%s\n' % b).encode('ascii')
            out += ('\n'.join(ph) + '\n\n').encode('ascii')
            out += pb
            if not pb.endswith(b'\n'):
                out += b'\n'
        out += ('--%s--\n' % b).encode('ascii')
        return hs, out
    leaf = node
    if leaf.ctype.startswith('text/') and isinstance(leaf.data, str):
        cs, cte, body = encode_text(leaf.data, leaf.charset or 'utf-8', leaf.cte or '8bit')
        leaf = Leaf(leaf.ctype, None, cs, cte, leaf.filename, leaf.disposition, leaf.fname_mode, leaf.cid, leaf.extra)
        return _part_headers(leaf, cfg), body
    if leaf.ctype == 'message/rfc822':
        data = leaf.data.replace(b'\r\n', b'\n')
        cte = '8bit' if any(b > 127 for b in data) else '7bit'
        leaf = Leaf(leaf.ctype, None, None, cte if cfg.get('rfc822_cte', True) else None, leaf.filename,
                    leaf.disposition or ('attachment' if leaf.filename else None), leaf.fname_mode)
        return _part_headers(leaf, cfg), data if data.endswith(b'\n') else data + b'\n'
    leaf2 = Leaf(leaf.ctype, None, None, 'base64', leaf.filename, leaf.disposition, leaf.fname_mode, leaf.cid, leaf.extra)
    return _part_headers(leaf2, cfg), _b64(leaf.data)


def render_message(hdr, body_node, cfg):
    """hdr: dict with from, to, cc, subject, date, msgid, extra(list of (name,value))."""
    lines = []
    lines.append(address_header('From', [hdr['from']], cfg))
    lines.append(address_header('To', hdr['to'], cfg))
    if hdr.get('cc'):
        lines.append(address_header('Cc', hdr['cc'], cfg))
    lines.append(unstructured('Subject', hdr['subject'], cfg))
    lines.append('Date: ' + hdr['date'])
    lines.append('Message-ID: ' + hdr['msgid'])
    for n, v in hdr.get('extra', []):
        lines.append(unstructured(n, v, cfg) if n not in ('In-Reply-To', 'References') else '%s: %s' % (n, v))
    lines.append('MIME-Version: 1.0')
    ph, pb = render_node(body_node, cfg, 0)
    lines += ph
    data = ('\n'.join(lines) + '\n\n').encode('ascii') + pb
    if cfg.get('eol') == '\r\n':
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


# ------------------------------------------------------------------ HTML helpers
def text_to_html(text, style='outlook'):
    paras = text.replace('\r\n', '\n').split('\n\n')
    out = []
    for p in paras:
        lines = p.split('\n')
        if all(l.startswith('>') for l in lines if l.strip()) and p.strip():
            inner = '<br>\n'.join(htmlmod.escape(l.lstrip('> ').rstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner)
            continue
        inner = '<br>\n'.join(htmlmod.escape(l) for l in lines)
        if style == 'outlook':
            out.append('<p class="MsoNormal">%s</p>' % inner)
        elif style == 'gmail':
            out.append('<div>%s</div><div><br></div>' % inner)
        else:
            out.append('<p>%s</p>' % inner)
    body = '\n'.join(out)
    if style == 'outlook':
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
                '</head><body lang="FR-CA" link="#0563C1"><div class="WordSection1">\n%s\n</div></body></html>\n' % body)
    if style == 'gmail':
        return '<div dir="ltr">\n%s\n</div>\n' % body
    return '<!DOCTYPE html>\n<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n%s\n</body></html>\n' % body


def html_table(rows, header=True):
    out = ['<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = 'th' if header and i == 0 else 'td'
        out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, htmlmod.escape(str(c)), tag) for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def text_table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return '\n'.join('  '.join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)


# ------------------------------------------------------------------ transport choice
def pick_cfg(rng, lang, seedkey):
    cfg = {'seedkey': seedkey}
    cfg['eol'] = rng.choice(['\r\n', '\n'])
    if lang == 'fr':
        cfg['charset'] = rng.choice(['utf-8'] * 6 + ['iso-8859-1'] * 2 + ['windows-1252'] * 2 + ['us-ascii'])
    else:
        cfg['charset'] = rng.choice(['us-ascii'] * 4 + ['utf-8'] * 4 + ['windows-1252', 'iso-8859-1'])
    cfg['cte'] = rng.choice(['8bit', 'quoted-printable', 'quoted-printable', 'base64', '7bit'])
    cfg['hdr_enc'] = rng.choice(['B', 'Q'])
    cfg['hdr_charset'] = rng.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    cfg['fname'] = rng.choice(['2231', '2231', 'both', '2047', '2231c', 'plain'])
    cfg['bstyle'] = rng.randrange(4)
    cfg['quote_cs'] = rng.random() < 0.5
    cfg['preamble'] = rng.random() < 0.4
    cfg['html_style'] = rng.choice(['outlook', 'gmail', 'plain'])
    return cfg


def body_text_for_charset(text, cfg):
    """A us-ascii French writer simply drops the accents (old webmail, phones)."""
    if cfg['charset'] == 'us-ascii':
        t = text.replace('\u2019', "'").replace('«', '"').replace('»', '"').replace('\u00a0', ' ').replace('–', '-').replace('—', '-')
        t2 = strip_accents(t)
        if all(ord(c) < 128 for c in t2):
            return t2
    return text


def msg_date(d, rng):
    hh, mm, ss = rng.randrange(7, 19), rng.randrange(60), rng.randrange(60)
    dst = datetime.date(2025, 3, 9) <= d < datetime.date(2025, 11, 2)
    tz = datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))
    dt = datetime.datetime(d.year, d.month, d.day, hh, mm, ss, tzinfo=tz)
    import email.utils
    return email.utils.format_datetime(dt)


def msgid(seedkey, domain):
    h = hashlib.sha1(seedkey.encode()).hexdigest()
    return '<%s.%s@%s>' % (h[:16].upper(), h[16:24], domain)
