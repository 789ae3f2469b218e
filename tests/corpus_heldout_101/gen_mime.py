"""Hand-rolled MIME writer: full control over charsets, transfer encodings,
line endings, RFC 2047 headers and RFC 2231 file names."""
import base64
import email.charset
import email.header
import email.utils
import html
import quopri
import urllib.parse


class Leaf:
    def __init__(self, ctype, text=None, data=None, filename=None, disposition=None,
                 params=None, charset=None, cte=None):
        self.ctype = ctype
        self.text = text          # str for text/* parts
        self.data = data          # bytes for binary parts
        self.filename = filename
        self.disposition = disposition
        self.params = params or []
        self.charset = charset
        self.cte = cte


class Multi:
    def __init__(self, subtype, parts, boundary):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary


class Rfc822:
    def __init__(self, raw, filename=None):
        self.raw = raw            # bytes with LF line endings
        self.filename = filename


CHARSET_FALLBACK = ["windows-1252", "utf-8"]


def pick_charset(text, wanted):
    for cs in [wanted] + CHARSET_FALLBACK:
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return "utf-8"


def encode_word(value, charset, enc):
    """RFC 2047 encoding of a header value; enc is 'B' or 'Q'."""
    cs = email.charset.Charset(charset)
    cs.header_encoding = email.charset.BASE64 if enc == "B" else email.charset.QP
    return email.header.Header(value, cs, maxlinelen=76).encode(linesep="\n")


def header_value(value, style, charset="utf-8", name=""):
    """style: 'raw' (ascii only), 'B', 'Q'."""
    try:
        value.encode("ascii")
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if ascii_ok and style == "raw":
        h = email.header.Header(value, "us-ascii", maxlinelen=76, header_name=name)
        return h.encode(linesep="\n")
    if style == "raw":
        style = "Q"
    cs = pick_charset(value, charset)
    return encode_word(value, cs, style)


def addr(name, mail, style, charset="utf-8"):
    if not name:
        return mail
    try:
        name.encode("ascii")
        if style == "raw":
            return email.utils.formataddr((name, mail))
    except UnicodeEncodeError:
        pass
    enc = "Q" if style == "raw" else style
    cs = pick_charset(name, charset)
    return "%s <%s>" % (encode_word(name, cs, enc), mail)


def rfc2231(key, value, charset="utf-8"):
    q = urllib.parse.quote(value.encode(charset), safe="")
    if len(q) <= 60:
        return ["%s*=%s''%s" % (key, charset, q)]
    chunks, i = [], 0
    while i < len(q):
        j = min(i + 45, len(q))
        while j < len(q) and "%" in q[j - 2:j]:
            j -= 1
        chunks.append(q[i:j])
        i = j
    out = []
    for n, c in enumerate(chunks):
        if n == 0:
            out.append("%s*0*=%s''%s" % (key, charset, c))
        else:
            out.append("%s*%d*=%s" % (key, n, c))
    return out


def fname_params(key, fname, style):
    """style: 'plain' | 'rfc2231' | 'rfc2047'."""
    try:
        fname.encode("ascii")
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if style == "plain" and not ascii_ok:
        style = "rfc2231"
    if style == "plain":
        return ['%s="%s"' % (key, fname.replace('"', ""))]
    if style == "rfc2047":
        ew = encode_word(fname, "utf-8", "B").replace("\n ", " ").replace("\n", "")
        return ['%s="%s"' % (key, ew)]
    return rfc2231(key, fname)


def fold_params(head, params):
    line = head
    out = []
    for p in params:
        if len(line) + len(p) + 2 > 76:
            out.append(line + ";")
            line = "\t" + p
        else:
            line = line + "; " + p
    out.append(line)
    return "\n".join(out)


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        enc = quopri.encodestring(data)
        if not enc.endswith(b"\n"):
            enc += b"\n"
        return enc
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


def choose_cte(data, wanted, is_text):
    if not is_text:
        return "base64"
    ascii_ok = all(b < 128 for b in data)
    longest = max((len(x) for x in data.split(b"\n")), default=0)
    if wanted == "7bit" and (not ascii_ok or longest > 900):
        wanted = "quoted-printable"
    if wanted == "8bit" and longest > 900:
        wanted = "quoted-printable"
    return wanted


def render_leaf(part, tr):
    is_text = part.text is not None
    params = []
    if is_text:
        cs = pick_charset(part.text, part.charset or tr.charset)
        if cs == "us-ascii":
            try:
                part.text.encode("ascii")
            except UnicodeEncodeError:
                cs = "utf-8"
        eol = "\r\n" if (tr.crlf and (part.cte or tr.cte) == "base64") else "\n"
        txt = part.text
        if part.ctype == "text/html":
            txt = txt.replace("charset=utf-8\">", "charset=%s\">" % cs)
        data = txt.replace("\r\n", "\n").replace("\n", eol).encode(cs)
        params.append('charset="%s"' % cs if tr.quote_charset else "charset=%s" % cs)
    else:
        data = part.data
    params.extend(part.params)
    if part.filename:
        params.extend(fname_params("name", part.filename, tr.fname_style))
    cte = choose_cte(data, part.cte or tr.cte, is_text)
    lines = [fold_params("Content-Type: " + part.ctype, params),
             "Content-Transfer-Encoding: " + cte]
    if part.disposition or part.filename:
        disp = part.disposition or "attachment"
        dparams = fname_params("filename", part.filename, tr.fname_style) if part.filename else []
        lines.append(fold_params("Content-Disposition: " + disp, dparams))
    return "\n".join(lines), encode_body(data, cte)


def render_part(part, tr):
    if isinstance(part, Leaf):
        return render_leaf(part, tr)
    if isinstance(part, Rfc822):
        eight = any(b >= 128 for b in part.raw)
        params = []
        if part.filename:
            params = fname_params("name", part.filename, tr.fname_style)
        lines = [fold_params("Content-Type: message/rfc822", params),
                 "Content-Transfer-Encoding: " + ("8bit" if eight else "7bit")]
        disp = "attachment" if part.filename else "inline"
        dparams = fname_params("filename", part.filename, tr.fname_style) if part.filename else []
        lines.append(fold_params("Content-Disposition: " + disp, dparams))
        body = part.raw if part.raw.endswith(b"\n") else part.raw + b"\n"
        return "\n".join(lines), body
    # Multi
    head = fold_params("Content-Type: multipart/" + part.subtype, ['boundary="%s"' % part.boundary])
    chunks = []
    if tr.preamble:
        chunks.append(b"This is a multi-part message in MIME format.\n\n")
    for sub in part.parts:
        h, b = render_part(sub, tr)
        chunks.append(("--%s\n" % part.boundary).encode("ascii"))
        chunks.append(h.encode("ascii") + b"\n\n")
        chunks.append(b)
        if not b.endswith(b"\n"):
            chunks.append(b"\n")
    chunks.append(("--%s--\n" % part.boundary).encode("ascii"))
    return head, b"".join(chunks)


def render_message(top_headers, root, tr):
    """top_headers: list of already-encoded 'Name: value' strings (may contain
    folded lines with LF)."""
    h, body = render_part(root, tr)
    head = "\n".join(top_headers + ["MIME-Version: 1.0", h]) + "\n\n"
    raw = head.encode("ascii") + body
    return raw


def to_crlf(raw):
    raw = raw.replace(b"\r\n", b"\n")
    return raw.replace(b"\n", b"\r\n")


def text_to_html(text, rng, entities=False):
    """Simple Outlook/Gmail-ish HTML rendering of a plain-text body."""
    import html.entities as _ent

    def esc(s):
        s = html.escape(s, quote=False)
        if entities:
            out = []
            for c in s:
                if ord(c) < 128:
                    out.append(c)
                elif ord(c) in _ent.codepoint2name:
                    out.append("&%s;" % _ent.codepoint2name[ord(c)])
                else:
                    out.append("&#%d;" % ord(c))
            s = "".join(out)
        return s
    blocks = text.split("\n\n")
    out = []
    style = rng.randint(0, 2)
    for b in blocks:
        lines = b.split("\n")
        if all(l.startswith(">") for l in lines if l.strip()) and b.strip():
            inner = "<br>\n".join(esc(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        elif style == 0:
            out.append("<p>%s</p>" % "<br>\n".join(esc(l) for l in lines))
        elif style == 1:
            out.append("\n".join("<div>%s</div>" % (esc(l) or "<br>") for l in lines) + "\n<div><br></div>")
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % "<br>\n".join(esc(l) for l in lines))
    font = rng.choice(["Calibri, sans-serif", "Arial, Helvetica, sans-serif", "Segoe UI, sans-serif", "Verdana"])
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            '<body style="font-family:%s;font-size:11pt">\n%s\n</body>\n</html>\n' % (font, "\n".join(out)))
