"""A small, fully deterministic MIME writer.

Bodies and headers are produced by hand so that every transport variant
(charset, transfer encoding, RFC 2047 / RFC 2231, line endings) is chosen
explicitly.  Everything is rendered with LF and converted to CRLF at the end
when asked.
"""
import base64
import quopri
import urllib.parse

SAFE_Q = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


def _is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def _encodable(s, charset):
    try:
        s.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------------------
# RFC 2047
# ---------------------------------------------------------------------------
def _ew(chunk_bytes, charset, enc):
    if enc == 'B':
        return '=?%s?B?%s?=' % (charset, base64.b64encode(chunk_bytes).decode('ascii'))
    out = []
    for b in chunk_bytes:
        if b == 0x20:
            out.append('_')
        elif b in SAFE_Q:
            out.append(chr(b))
        else:
            out.append('=%02X' % b)
    return '=?%s?Q?%s?=' % (charset, ''.join(out))


def encoded_words(text, charset, enc, limit=75):
    """Split *text* into RFC 2047 encoded words of at most *limit* chars."""
    words, cur = [], ''
    for ch in text:
        trial = cur + ch
        if len(_ew(trial.encode(charset), charset, enc)) > limit and cur:
            words.append(_ew(cur.encode(charset), charset, enc))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(_ew(cur.encode(charset), charset, enc))
    return words


def header_tokens(text, charset, enc, mode):
    """Return header tokens (plain words and encoded words) for *text*."""
    if _is_ascii(text):
        return text.split(' ')
    if not _encodable(text, charset):
        charset = 'utf-8'
    if mode == 'whole':
        return encoded_words(text, charset, enc)
    # only the runs that contain non-ASCII words are encoded; spaces between
    # words of one run are kept inside the encoded words.
    toks = text.split(' ')
    out, run = [], []

    def flush():
        if run:
            out.extend(encoded_words(' '.join(run), charset, enc))
            run.clear()
    for i, t in enumerate(toks):
        if _is_ascii(t) and not (run and i + 1 < len(toks) and not _is_ascii(toks[i + 1])):
            flush()
            out.append(t)
        else:
            run.append(t)
    flush()
    # An encoded word followed by a plain word needs the separating space to
    # survive: decoders keep whitespace between an encoded word and plain text.
    return out


def fold(name, tokens, width=76):
    lines, cur = [], name + ':'
    for t in tokens:
        if len(cur) + 1 + len(t) > width and cur.strip() and cur != name + ':':
            lines.append(cur)
            cur = ' ' + t
        else:
            cur += ' ' + t
    lines.append(cur)
    return '\n'.join(lines)


def addr_tokens(display, addr, charset, enc, mode):
    if not display:
        return [addr]
    if _is_ascii(display):
        if any(c in display for c in ',.;:()@"'):
            return ['"%s"' % display.replace('"', '')] + ['<%s>' % addr]
        return display.split(' ') + ['<%s>' % addr]
    if any(c in display for c in ',.;:()@"<>[]\\'):
        mode = 'whole'
    return header_tokens(display, charset, enc, mode) + ['<%s>' % addr]


def address_header(name, addrs, charset, enc, mode):
    toks = []
    for i, (d, a) in enumerate(addrs):
        t = addr_tokens(d, a, charset, enc, mode)
        if i < len(addrs) - 1:
            t[-1] += ','
        toks.extend(t)
    return fold(name, toks)


# ---------------------------------------------------------------------------
# Parts
# ---------------------------------------------------------------------------
class Leaf:
    def __init__(self, ctype, data, charset=None, cte='base64', filename=None, fn_style='plain',
                 disposition=None, extra=None):
        self.ctype = ctype
        self.data = data            # str for text parts, bytes otherwise
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.fn_style = fn_style
        self.disposition = disposition
        self.extra = extra or []


class Multi:
    def __init__(self, subtype, parts, extra_params=''):
        self.subtype = subtype
        self.parts = parts
        self.extra_params = extra_params


class Rfc822:
    def __init__(self, msg_bytes, filename=None, disposition='attachment'):
        self.msg_bytes = msg_bytes
        self.filename = filename
        self.disposition = disposition


def _filename_params(fn, style, feats):
    """Return (name_param, filename_param) strings for Content-Type / -Disposition."""
    if _is_ascii(fn) and style not in ('2231', '2231cont'):
        return 'name="%s"' % fn, 'filename="%s"' % fn
    if _is_ascii(fn):
        style = 'plain'
        return 'name="%s"' % fn, 'filename="%s"' % fn
    if style == '2047':
        feats.add('filename:RFC2047')
        ew = ''.join(encoded_words(fn, 'utf-8', 'B', limit=200))
        return 'name="%s"' % ew, 'filename="%s"' % ew
    if style == '2231latin' and _encodable(fn, 'iso-8859-1'):
        feats.add('filename:RFC2231')
        q = urllib.parse.quote(fn.encode('iso-8859-1'), safe='')
        return "name*=iso-8859-1''%s" % q, "filename*=iso-8859-1'fr'%s" % q
    q = urllib.parse.quote(fn.encode('utf-8'), safe='')
    if style == '2231cont' or len(q) > 60:
        feats.add('filename:RFC2231-continuation')
        toks, i = [], 0
        while i < len(q):
            if q[i] == '%':
                toks.append(q[i:i + 3])
                i += 3
            else:
                toks.append(q[i])
                i += 1
        pieces, cur = [], ''
        for t in toks:
            if len(cur) + len(t) > 45:
                pieces.append(cur)
                cur = ''
            cur += t
        if cur:
            pieces.append(cur)
        fp = ';\n '.join(("filename*%d*=utf-8''%s" % (k, p)) if k == 0 else ('filename*%d*=%s' % (k, p))
                         for k, p in enumerate(pieces))
        return None, fp
    feats.add('filename:RFC2231')
    return "name*=utf-8''%s" % q, "filename*=utf-8''%s" % q


def _encode_text(text, charset, cte, feats):
    text = text.replace('\r\n', '\n')
    if not text.endswith('\n'):
        text += '\n'
    if not _encodable(text, charset):
        charset = 'utf-8'
    raw = text.encode(charset)
    if cte == '7bit' and any(b > 127 for b in raw):
        cte = 'quoted-printable'
    if cte in ('7bit', '8bit') and any(len(l) > 990 for l in raw.split(b'\n')):
        cte = 'quoted-printable'
    if cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    elif cte == 'base64':
        body = base64.encodebytes(raw)
    else:
        body = raw
    feats.add('charset:' + charset)
    feats.add('cte:' + cte)
    return charset, cte, body


def render_node(node, rng, feats, depth=0):
    """Return (header_lines:list[str], body:bytes)."""
    if isinstance(node, Multi):
        feats.add('multipart/' + node.subtype)
        b = rng.choice(['----=_Part_%d_%d.%d' % (rng.randint(1000, 99999), rng.randint(100000, 999999), rng.randint(10 ** 12, 10 ** 13)),
                        '=_%016x' % rng.getrandbits(64),
                        'Apple-Mail=_%08X-%04X-%04X-%04X-%012X' % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(48)),
                        '000000000000%012x' % rng.getrandbits(48),
                        '_%03d_%s_' % (depth, ''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(24)))])
        hdr = ['Content-Type: multipart/%s;\n boundary="%s"%s' % (node.subtype, b, node.extra_params)]
        chunks = []
        if depth == 0 and rng.random() < 0.5:
            chunks.append(b'This is a multi-part message in MIME format.\n')
        for p in node.parts:
            h, body = render_node(p, rng, feats, depth + 1)
            chunks.append(b'\n--' + b.encode() + b'\n' + '\n'.join(h).encode('ascii') + b'\n\n' + body.rstrip(b'\n'))
        chunks.append(b'\n--' + b.encode() + b'--\n')
        body = b''.join(chunks)
        if body.startswith(b'\n'):
            body = body[1:]
        return hdr, body
    if isinstance(node, Rfc822):
        feats.add('message/rfc822')
        hdr = ['Content-Type: message/rfc822']
        if node.filename:
            _, fp = _filename_params(node.filename, 'plain', feats)
            hdr[0] += '; name="%s"' % node.filename if node.filename.isascii() else ''
            hdr.append('Content-Disposition: %s; %s' % (node.disposition, fp))
        else:
            hdr.append('Content-Disposition: %s' % node.disposition)
        eight = any(b > 127 for b in node.msg_bytes)
        if eight:
            hdr.append('Content-Transfer-Encoding: 8bit')
        return hdr, node.msg_bytes.replace(b'\r\n', b'\n')
    # Leaf
    hdr = []
    if isinstance(node.data, str):
        charset, cte, body = _encode_text(node.data, node.charset or 'utf-8', node.cte, feats)
        ct = '%s; charset="%s"' % (node.ctype, charset) if rng.random() < 0.6 else '%s; charset=%s' % (node.ctype, charset)
        if node.ctype == 'text/calendar':
            ct += '; method=REQUEST'
        feats.add(node.ctype)
    else:
        cte = 'base64'
        body = base64.encodebytes(node.data)
        ct = node.ctype + (('; charset=%s' % node.charset) if node.charset else '')
        feats.add('cte:base64')
        feats.add(node.ctype)
    if node.filename:
        np, fp = _filename_params(node.filename, node.fn_style, feats)
        if np:
            ct += ';\n ' + np
        hdr.append('Content-Type: ' + ct)
        hdr.append('Content-Disposition: %s;\n %s' % (node.disposition or 'attachment', fp))
    else:
        hdr.append('Content-Type: ' + ct)
        if node.disposition:
            hdr.append('Content-Disposition: ' + node.disposition)
    hdr.append('Content-Transfer-Encoding: ' + cte)
    hdr.extend(node.extra)
    return hdr, body


def render_message(headers, body_node, rng, crlf=False, feats=None, tag_eol=True):
    """headers: list of ready-made header strings (already folded/encoded)."""
    feats = feats if feats is not None else set()
    h, body = render_node(body_node, rng, feats)
    lines = list(headers) + ['MIME-Version: 1.0'] + h
    raw = '\n'.join(lines).encode('ascii') + b'\n\n' + body
    if not raw.endswith(b'\n'):
        raw += b'\n'
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        if tag_eol:
            feats.add('line-endings:CRLF')
    elif tag_eol:
        feats.add('line-endings:LF')
    return raw
