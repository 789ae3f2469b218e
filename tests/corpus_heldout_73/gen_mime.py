"""Hand-rolled MIME serialiser so every transport detail is under control and deterministic.

A message spec is a dict:
  subject, frm=(name, addr), to=[(name, addr)], cc=[...], date=datetime, text=str, html=str|None,
  body='plain'|'html'|'alt', atts=[Att], headers=[(k, v)], tp={transport choices}
Att.ctype == 'message/rfc822' carries a nested spec dict in Att.data.
"""
import base64
import email.utils
import html as htmlmod
import quopri
import urllib.parse

SAFE_Q = set(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/')


def _ew_one(text, charset, enc):
    raw = text.encode(charset)
    if enc == 'b':
        return f'=?{charset}?B?{base64.b64encode(raw).decode()}?='
    out = []
    for b in raw:
        if b in SAFE_Q:
            out.append(chr(b))
        elif b == 0x20:
            out.append('_')
        else:
            out.append(f'={b:02X}')
    return f'=?{charset}?Q?{"".join(out)}?='


def encoded_words(text, charset='utf-8', enc='q', first_room=60):
    words, cur = [], ''
    room = first_room
    for ch in text:
        trial = cur + ch
        if cur and len(_ew_one(trial, charset, enc)) > room:
            words.append(_ew_one(cur, charset, enc))
            cur = ch
            room = 74
        else:
            cur = trial
    if cur:
        words.append(_ew_one(cur, charset, enc))
    return '\n '.join(words)


def _hdr_charset(text, pref):
    for cs in (pref, 'utf-8'):
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return 'utf-8'


def fold_plain(name, value):
    """Fold an ASCII header at spaces to keep lines under 78 chars."""
    line = f'{name}: '
    out = []
    for word in value.split(' '):
        if len(line) + len(word) > 76 and line.strip() and not line.endswith(': '):
            out.append(line.rstrip(' '))
            line = ' ' + word + ' '
        else:
            line += word + ' '
    out.append(line.rstrip(' '))
    return '\n'.join(out)


def enc_unstructured(name, value, tp):
    if all(ord(c) < 128 for c in value):
        return fold_plain(name, value)
    cs = _hdr_charset(value, tp.get('hdr_charset', 'utf-8'))
    return f'{name}: ' + encoded_words(value, cs, tp.get('hdr_enc', 'q'), first_room=74 - len(name) - 2)


def enc_addr(pair, tp):
    name, addr = pair
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()"@<>[]\'') or tp.get('quote_names'):
            name = '"' + name.replace('"', '') + '"'
        return f'{name} <{addr}>'
    cs = _hdr_charset(name, tp.get('hdr_charset', 'utf-8'))
    return f'{encode_phrase(name, cs, tp.get("hdr_enc", "q"))} <{addr}>'


PHRASE_SPECIALS = set(',.;:()"@<>[]\\\'')


def encode_phrase(name, cs, enc):
    """Encode a display name like common MUAs: plain ASCII atoms stay as they are, runs of words that
    need encoding become one encoded-word (spaces inside as '_'), so that no decoder has to guess
    about whitespace between adjacent encoded-words."""
    words = name.split(' ')
    out, run = [], []

    def flush():
        if run:
            out.append(encoded_words(' '.join(run), cs, enc).replace('\n ', ' '))
            run.clear()
    for w in words:
        if all(ord(c) < 128 for c in w) and not any(c in PHRASE_SPECIALS for c in w) and w:
            flush()
            out.append(w)
        else:
            run.append(w)
    flush()
    return ' '.join(out)


def enc_addr_list(name, pairs, tp):
    return f'{name}: ' + ',\n '.join(enc_addr(p, tp) for p in pairs)


# ---------------------------------------------------------------- bodies
def _pick_charset(text, pref):
    if all(ord(c) < 128 for c in text):
        return 'us-ascii' if pref in ('us-ascii', 'utf-8') else pref
    if pref == 'us-ascii':
        pref = 'utf-8'
    try:
        text.encode(pref)
        return pref
    except UnicodeEncodeError:
        try:
            text.encode('windows-1252')
            return 'windows-1252' if pref != 'utf-8' else 'utf-8'
        except UnicodeEncodeError:
            return 'utf-8'


def encode_body(raw, cte):
    """raw bytes with \n line ends -> (cte, encoded text)."""
    if cte == 'base64':
        return 'base64', base64.encodebytes(raw).decode('ascii')
    if cte == 'quoted-printable':
        return 'quoted-printable', quopri.encodestring(raw).decode('ascii')
    if cte == '7bit' and any(b > 127 for b in raw):
        cte = '8bit'
    if cte == '8bit' and all(b < 128 for b in raw):
        cte = '7bit'
    # long lines are not allowed in 7bit/8bit
    if any(len(l) > 900 for l in raw.split(b'\n')):
        return 'quoted-printable', quopri.encodestring(raw).decode('ascii')
    return cte, raw.decode('latin-1')  # latin-1 keeps bytes 1:1; re-encoded later


def text_part(text, subtype, tp):
    cs = _pick_charset(text, tp.get('charset', 'utf-8'))
    raw = text.replace('\r\n', '\n').encode(cs)
    if not raw.endswith(b'\n'):
        raw += b'\n'
    cte, body = encode_body(raw, tp.get('cte', 'quoted-printable'))
    q = tp.get('ct_quote', True)
    csv_ = f'"{cs}"' if q else cs
    hdrs = [f'Content-Type: text/{subtype}; charset={csv_}', f'Content-Transfer-Encoding: {cte}']
    return hdrs, body


def text_to_html(text, tp):
    """Turn a plain body into a simple Outlook-ish HTML body."""
    paras = text.split('\n\n')
    out = []
    for p in paras:
        lines = p.split('\n')
        if all(l.startswith('>') for l in lines if l):
            inner = '<br>\n'.join(htmlmod.escape(l.lstrip('> ').rstrip()) for l in lines)
            out.append(f'<blockquote style="border-left:2px solid #1F4E79;padding-left:6px;margin-left:4px">{inner}</blockquote>')
        else:
            inner = '<br>\n'.join(htmlmod.escape(l) for l in lines)
            out.append(f'<p style="margin:0 0 10px 0">{inner}</p>')
    font = tp.get('font', 'Calibri')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font},sans-serif;font-size:11pt">\n' + '\n'.join(out) +
            '\n</div></body></html>')


# ---------------------------------------------------------------- params / file names
def _param(name, value, style):
    if all(ord(c) < 128 for c in value) and '"' not in value:
        return f'{name}="{value}"'
    if style == '2047':
        return f'{name}="{encoded_words(value, "utf-8", "b").replace(chr(10) + " ", "")}"'
    enc = urllib.parse.quote(value.encode('utf-8'), safe='')
    if style == '2231c' and len(enc) > 40:
        parts = [enc[i:i + 40] for i in range(0, len(enc), 40)]
        # do not split inside a %XX escape
        fixed, carry = [], ''
        for p in parts:
            p = carry + p
            carry = ''
            cut = p.rfind('%')
            if cut != -1 and cut > len(p) - 3:
                carry = p[cut:]
                p = p[:cut]
            fixed.append(p)
        if carry:
            fixed.append(carry)
        segs = []
        for i, p in enumerate(fixed):
            pre = "utf-8''" if i == 0 else ''
            segs.append(f'{name}*{i}*={pre}{p}')
        return ';\n '.join(segs)
    return f"{name}*=utf-8''{enc}"


def attachment_part(att, tp, rng):
    style = tp.get('fname', '2231')
    fn = att.filename
    if att.ctype == 'message/rfc822':
        inner = render(att.data, att.data.get('tp', tp), rng, top=False)
        cte = '7bit' if all(ord(c) < 128 for c in inner) else '8bit'
        hdrs = ['Content-Type: message/rfc822']
        if fn:
            hdrs[0] += '; ' + _param('name', fn, style if style != '2231c' else '2231')
        hdrs.append(f'Content-Transfer-Encoding: {cte}')
        disp = 'inline' if att.inline else 'attachment'
        hdrs.append(f'Content-Disposition: {disp}' + (('; ' + _param('filename', fn, style)) if fn else ''))
        return hdrs, inner
    ctype = att.ctype
    if att.charset:
        ctype += f'; charset={att.charset}'
    name_style = '2047' if style == 'both' else ('2231' if style == '2231c' else style)
    disp_style = '2231' if style == 'both' else style
    hdrs = [f'Content-Type: {ctype};\n ' + _param('name', fn, name_style)]
    is_text = att.ctype.startswith('text/')
    if is_text and tp.get('att_text_cte') in ('quoted-printable', '7bit', '8bit'):
        cte, body = encode_body(att.data.replace(b'\r\n', b'\n'), tp['att_text_cte'])
    else:
        cte, body = 'base64', base64.encodebytes(att.data).decode('ascii')
    hdrs.append(f'Content-Transfer-Encoding: {cte}')
    disp = 'inline' if att.inline else 'attachment'
    hdrs.append(f'Content-Disposition: {disp};\n ' + _param('filename', fn, disp_style))
    return hdrs, body


# ---------------------------------------------------------------- tree
def _boundary(rng, depth):
    return f'----=_Part_{depth}_{rng.getrandbits(48):012x}.{rng.randint(1000000, 9999999)}'


def _multipart(subtype, parts, rng, depth):
    b = _boundary(rng, depth)
    hdrs = [f'Content-Type: multipart/{subtype};\n boundary="{b}"']
    lines = []
    if depth == 0:
        lines.append('This is a multi-part message in MIME format.\n')
    for h, body in parts:
        lines.append(f'--{b}\n' + '\n'.join(h) + '\n\n' + body.rstrip('\n') + '\n')
    lines.append(f'--{b}--\n')
    return hdrs, '\n'.join(lines)


def body_tree(spec, tp, rng, depth=0):
    mode = spec.get('body', 'plain')
    text = spec.get('text', '')
    html = spec.get('html')
    if mode in ('html', 'alt') and html is None:
        html = text_to_html(text, tp)
    if mode == 'plain':
        main = text_part(text, 'plain', tp)
    elif mode == 'html':
        main = text_part(html, 'html', tp)
    else:
        main = _multipart('alternative', [text_part(text, 'plain', tp), text_part(html, 'html', tp)], rng, depth + 1)
    atts = spec.get('atts') or []
    if not atts:
        return main
    parts = [main] + [attachment_part(a, tp, rng) for a in atts]
    return _multipart(spec.get('mixed', 'mixed'), parts, rng, depth)


def render(spec, tp, rng, top=True):
    h = []
    h.append(enc_addr_list('From', [spec['frm']], tp))
    if spec.get('to'):
        h.append(enc_addr_list('To', spec['to'], tp))
    if spec.get('cc'):
        h.append(enc_addr_list('Cc', spec['cc'], tp))
    h.append(enc_unstructured('Subject', spec.get('subject', ''), tp))
    h.append('Date: ' + email.utils.format_datetime(spec['date']))
    dom = spec['frm'][1].split('@')[-1]
    mid = spec.get('msgid') or f'<{rng.getrandbits(64):016x}.{rng.randint(1000, 9999)}@{dom}>'
    spec['msgid'] = mid
    h.append(f'Message-ID: {mid}')
    for k, v in spec.get('headers', []):
        h.append(enc_unstructured(k, v, tp))
    h.append('MIME-Version: 1.0')
    bh, body = body_tree(spec, tp, rng)
    h.extend(bh)
    if tp.get('mailer'):
        h.append(f'X-Mailer: {tp["mailer"]}')
    if spec.get('lang_hdr'):
        h.append(f'Content-Language: {spec["lang_hdr"]}')
    return '\n'.join(h) + '\n\n' + body


def to_bytes(spec, tp, rng):
    s = render(spec, tp, rng)
    raw = s.encode('latin-1', errors='strict') if _is_latin(s) else None
    if raw is None:
        raise ValueError('non latin-1 text leaked into the raw message')
    if not raw.endswith(b'\n'):
        raw += b'\n'
    if tp.get('crlf'):
        raw = raw.replace(b'\n', b'\r\n')
    return raw


def _is_latin(s):
    try:
        s.encode('latin-1')
        return True
    except UnicodeEncodeError:
        return False
