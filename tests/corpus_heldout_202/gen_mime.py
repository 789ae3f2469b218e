"""Hand-assembled MIME: fixed boundaries, chosen charsets, transfer encodings and line ends."""
import base64
import email.utils
import html as htmlmod
import quopri
import urllib.parse

PYCS = {'utf-8': 'utf-8', 'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252'}
CS_LABEL = {'utf-8': ['utf-8', 'UTF-8'], 'us-ascii': ['us-ascii', 'US-ASCII'],
            'iso-8859-1': ['iso-8859-1', 'ISO-8859-1'], 'windows-1252': ['windows-1252', 'Windows-1252']}


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def can_encode(s, cs):
    try:
        s.encode(PYCS[cs])
        return True
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------- headers ----
def encoded_words(s, charset='utf-8', mode='q'):
    """RFC 2047 encoded words, each at most 75 characters, folded with CRLF-space."""
    pycs = PYCS[charset]
    if not can_encode(s, charset):
        charset, pycs = 'utf-8', 'utf-8'
    pre = f'=?{charset}?{mode}?'
    words, cur = [], ''
    limit = 75 - len(pre) - 2

    def enc(chunk):
        b = chunk.encode(pycs)
        if mode == 'b':
            return base64.b64encode(b).decode('ascii')
        out = []
        for byte in b:
            c = chr(byte)
            if c.isalnum() and byte < 128:
                out.append(c)
            elif c == ' ':
                out.append('_')
            elif c in '!*+-/':
                out.append(c)
            else:
                out.append(f'={byte:02X}')
        return ''.join(out)

    for ch in s:
        if len(enc(cur + ch)) > limit:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return '\n '.join(pre + enc(w) + '?=' for w in words)


def hdr_text(s, charset, mode):
    if is_ascii(s):
        return s
    return encoded_words(s, charset, mode)


def fmt_addr(display, addr, charset='utf-8', mode='q'):
    if not display:
        return addr
    if is_ascii(display):
        if any(c in display for c in ',.;:()<>@"[]\''):
            return '"' + display.replace('\\', '\\\\').replace('"', '\\"') + '" <' + addr + '>'
        return f'{display} <{addr}>'
    return encoded_words(display, charset, mode) + f' <{addr}>'


def fmt_addr_list(lst, charset, mode):
    return ',\n '.join(fmt_addr(d, a, charset, mode) for d, a in lst)


def fold_plain(name, value, width=76):
    """Fold an ASCII unstructured header at spaces."""
    line = f'{name}: {value}'
    if len(line) <= width or '\n' in value:
        return line
    out, cur = [], ''
    for w in line.split(' '):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = ' ' + w
        else:
            cur = (cur + ' ' + w) if cur else w
    out.append(cur)
    return '\n'.join(out)


# ------------------------------------------------------------------- bodies ----
def encode_body(text, charset, cte):
    b = text.encode(PYCS[charset])
    if not b.endswith(b'\n'):
        b += b'\n'
    if cte == '7bit':
        assert is_ascii(text)
        return b
    if cte == '8bit':
        return b
    if cte == 'quoted-printable':
        return quopri.encodestring(b)
    if cte == 'base64':
        return base64.encodebytes(b)
    raise ValueError(cte)


def text_to_html(text, charset):
    lines = text.split('\n')
    out, i = [], 0
    para = []

    def flush():
        if para:
            out.append('<p>' + '<br>\n'.join(htmlmod.escape(x, quote=False) for x in para) + '</p>')
            para.clear()

    while i < len(lines):
        l = lines[i]
        if l.startswith('>'):
            flush()
            q = []
            while i < len(lines) and lines[i].startswith('>'):
                q.append(lines[i][1:].lstrip(' ') if not lines[i].startswith('>>') else lines[i][1:])
                i += 1
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
                       + text_to_html('\n'.join(q), charset).split('<body>\n', 1)[1].rsplit('\n</body>', 1)[0]
                       + '\n</blockquote>')
            continue
        if ' | ' in l and i + 1 < len(lines) and ' | ' in lines[i + 1]:
            flush()
            rows = []
            while i < len(lines) and ' | ' in lines[i]:
                rows.append([c.strip() for c in lines[i].split(' | ')])
                i += 1
            tr = []
            for k, r in enumerate(rows):
                tag = 'th' if k == 0 else 'td'
                tr.append('<tr>' + ''.join(f'<{tag}>{htmlmod.escape(c, quote=False)}</{tag}>' for c in r) + '</tr>')
            out.append('<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">\n'
                       + '\n'.join(tr) + '\n</table>')
            continue
        if l.strip() == '':
            flush()
        else:
            para.append(l)
        i += 1
    flush()
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">\n</head>\n<body>\n'
            + '\n'.join(out) + '\n</body>\n</html>\n')


def leaf(ctype_line, cte, body, extra=()):
    h = [ctype_line]
    if cte:
        h.append(f'Content-Transfer-Encoding: {cte}')
    h.extend(extra)
    return ('\n'.join(h) + '\n\n').encode('ascii') + body


def text_leaf(text, subtype, tp):
    cs, cte = tp['charset'], tp['cte']
    if not can_encode(text, cs):
        cs = 'utf-8'
    if cte == '7bit' and not is_ascii(text):
        cte = 'quoted-printable'
    if cte in ('7bit', '8bit') and max(len(x.encode(PYCS[cs])) for x in text.split('\n')) > 900:
        cte = 'quoted-printable'
    label = CS_LABEL[cs][tp.get('cs_case', 0)]
    extra = ['Content-Disposition: inline'] if tp.get('inline_disp') else []
    fmt = '; format=flowed' if (subtype == 'plain' and tp.get('flowed')) else ''
    return leaf(f'Content-Type: text/{subtype}; charset="{label}"{fmt}', cte, encode_body(text, cs, cte), extra)


def filename_params(fn, mode):
    """Content-Type name and Content-Disposition filename parameters (RFC 2231 when needed)."""
    if is_ascii(fn) and mode != 'force2231':
        return f'name="{fn}"', f'filename="{fn}"'
    enc = urllib.parse.quote(fn.encode('utf-8'), safe='')
    if len(enc) > 50:
        chunks, cur = [], ''
        k = 0
        while k < len(enc):
            step = 3 if enc[k] == '%' else 1
            cur += enc[k:k + step]
            k += step
            if len(cur) >= 36:
                chunks.append(cur)
                cur = ''
        if cur:
            chunks.append(cur)
        fparts = [f"filename*0*=utf-8''{chunks[0]}"] + [f'filename*{n}*={c}' for n, c in enumerate(chunks[1:], 1)]
        nparts = [f"name*0*=utf-8''{chunks[0]}"] + [f'name*{n}*={c}' for n, c in enumerate(chunks[1:], 1)]
        return ';\n '.join(nparts), ';\n '.join(fparts)
    return f"name*=utf-8''{enc}", f"filename*=utf-8''{enc}"


def att_leaf(a, tp, build_nested):
    mode = tp.get('fn_mode', 'auto')
    np, fp = filename_params(a.filename, mode)
    disp = f'Content-Disposition: attachment;\n {fp}'
    if a.kind == 'eml':
        raw = build_nested(a.nested)
        cte = '7bit' if all(b < 128 for b in raw) else '8bit'
        return leaf(f'Content-Type: message/rfc822;\n {np}', cte, raw, [disp])
    if a.ctype.startswith('text/'):
        data = a.data.replace(b'\r\n', b'\n')
        cs = a.charset or 'utf-8'
        try:
            data.decode('ascii')
            ascii_ok = True
        except UnicodeDecodeError:
            ascii_ok = False
        cte = tp.get('text_att_cte', 'base64')
        if cte == '7bit' and not ascii_ok:
            cte = 'quoted-printable'
        if cte in ('7bit', '8bit'):
            body = data if data.endswith(b'\n') else data + b'\n'
        elif cte == 'quoted-printable':
            body = quopri.encodestring(data)
        else:
            body = base64.encodebytes(data)
        extra = ''
        if a.kind == 'ics':
            extra = '; method=REQUEST'
        return leaf(f'Content-Type: {a.ctype}; charset="{cs}"{extra};\n {np}', cte, body, [disp])
    return leaf(f'Content-Type: {a.ctype};\n {np}', 'base64', base64.encodebytes(a.data), [disp])


def multipart(subtype, parts, boundary, preamble=False):
    out = [f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n\n'.encode('ascii')]
    if preamble:
        out.append(b'This is a multi-part message in MIME format.\n\n')
    for p in parts:
        out.append(f'--{boundary}\n'.encode('ascii'))
        out.append(p)
        if not p.endswith(b'\n'):
            out.append(b'\n')
    out.append(f'--{boundary}--\n'.encode('ascii'))
    return b''.join(out)


# ----------------------------------------------------------------- message ----
def build_message(spec, tp, crlf=None):
    """spec: frm, to, cc, subject, date, msgid, in_reply_to, body, html, attachments, lang."""
    crlf = tp['crlf'] if crlf is None else crlf
    hcs, hmode = tp.get('hdr_charset', 'utf-8'), tp.get('hdr_mode', 'q')
    bcount = [0]

    def boundary():
        bcount[0] += 1
        return f'{tp["bprefix"]}{bcount[0]}'

    def nested(ns):
        ntp = dict(ns.get('tp') or {})
        ntp.setdefault('structure', 'plain')
        ntp.setdefault('charset', 'utf-8')
        ntp.setdefault('cte', 'quoted-printable')
        ntp.setdefault('bprefix', tp['bprefix'] + 'n')
        return build_message(ns, ntp, crlf=False)

    h = [f'From: {fmt_addr(*spec["frm"], hcs, hmode)}',
         f'To: {fmt_addr_list(spec["to"], hcs, hmode)}']
    if spec.get('cc'):
        h.append(f'Cc: {fmt_addr_list(spec["cc"], hcs, hmode)}')
    subj = spec['subject']
    h.append(f'Subject: {hdr_text(subj, hcs, hmode)}' if not is_ascii(subj) else fold_plain('Subject', subj))
    h.append('Date: ' + email.utils.format_datetime(spec['date']))
    h.append(f'Message-ID: {spec["msgid"]}')
    if spec.get('in_reply_to'):
        h.append(f'In-Reply-To: {spec["in_reply_to"]}')
        h.append(f'References: {spec["in_reply_to"]}')
    if tp.get('mailer'):
        h.append(f'X-Mailer: {tp["mailer"]}')
    if tp.get('content_language'):
        h.append('Content-Language: ' + ('fr-CA' if spec.get('lang') == 'fr' else 'en-CA'))
    if spec.get('importance'):
        h.append('Importance: High')
    h.append('MIME-Version: 1.0')
    head = ('\n'.join(h) + '\n').encode('ascii')

    text = spec['body']
    html = spec.get('html')
    structure = tp['structure']
    htcs = tp.get('html_charset', tp['charset'])
    htp = dict(tp, charset=htcs, cte=tp.get('html_cte', tp['cte']))

    def html_doc():
        return html if html else text_to_html(text, htcs if can_encode(text, htcs) else 'utf-8')

    if structure == 'plain':
        body = text_leaf(text, 'plain', tp)
    elif structure == 'html':
        body = text_leaf(html_doc(), 'html', htp)
    else:
        body = multipart('alternative', [text_leaf(text, 'plain', tp), text_leaf(html_doc(), 'html', htp)],
                         boundary(), preamble=False)
    atts = spec.get('attachments') or []
    if atts:
        parts = [body] + [att_leaf(a, tp, nested) for a in atts]
        body = multipart('mixed', parts, boundary(), preamble=tp.get('preamble', False))
    raw = head + body
    if crlf:
        raw = raw.replace(b'\n', b'\r\n')
    return raw
