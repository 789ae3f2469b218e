"""Hand-assembled MIME: deterministic boundaries, charsets, transfer encodings, RFC 2047/2231."""
import base64
import email.utils
import html as _html
import quopri
import urllib.parse


class Att:
    def __init__(self, filename, ctype, data, charset=None, cte=None, rfc2231=None, inline=False):
        self.filename = filename
        self.ctype = ctype          # e.g. application/pdf, message/rfc822
        self.data = data            # bytes (or str for text/*)
        self.charset = charset
        self.cte = cte
        self.rfc2231 = rfc2231
        self.inline = inline


class Mail:
    def __init__(self, frm, to, subject, date, msgid, text=None, html=None, atts=None, cc=None,
                 headers=None):
        self.frm = frm              # (display, addr)
        self.to = to                # list of (display, addr)
        self.cc = cc or []
        self.subject = subject
        self.date = date
        self.msgid = msgid
        self.text = text
        self.html = html
        self.atts = atts or []
        self.headers = headers or []
        # transport, filled by dress()
        self.form = None            # plain | html | alt
        self.charset = "utf-8"
        self.cte = "8bit"
        self.crlf = False
        self.henc = "B"
        self.boundary_seed = "0"


# ------------------------------------------------------------------ headers
_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _qword(chunk, cs):
    out = []
    for b in chunk.encode(cs):
        if b == 0x20:
            out.append("_")
        elif b in _Q_SAFE:
            out.append(chr(b))
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encode_words(text, cs="utf-8", enc="B"):
    """RFC 2047 encoded words, each <= 75 chars, folded with CRLF-space later."""
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    prefix = "=?%s?%s?" % (cs, enc)

    def size(chunk):
        body = base64.b64encode(chunk.encode(cs)).decode() if enc == "B" else _qword(chunk, cs)
        return len(prefix) + len(body) + 2

    # split at word boundaries (the space stays inside the preceding word), characters only if needed
    tokens = []
    for w in text.split(" "):
        tokens.append(w + " ")
    tokens[-1] = tokens[-1][:-1]
    words, cur = [], ""
    for tok in tokens:
        if size(cur + tok) <= 75:
            cur += tok
            continue
        if cur:
            words.append(cur)
            cur = ""
        for ch in tok:
            if size(cur + ch) > 75 and cur:
                words.append(cur)
                cur = ch
            else:
                cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        body = base64.b64encode(w.encode(cs)).decode() if enc == "B" else _qword(w, cs)
        out.append(prefix + body + "?=")
    return "\n ".join(out)


def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def hdr_text(s, cs, enc):
    if _is_ascii(s):
        return fold(s)
    return encode_words(s, cs, enc)


def fold(s, width=76):
    if len(s) <= width:
        return s
    words = s.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def addr(pair, cs, enc):
    name, a = pair
    if not name:
        return a
    if _is_ascii(name):
        if any(c in name for c in ',.;:()"@'):
            name = '"%s"' % name.replace('"', "")
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (encode_words(name, cs, enc), a)


def addr_list(pairs, cs, enc):
    return ",\n ".join(addr(p, cs, enc) for p in pairs)


# ------------------------------------------------------------------ bodies
def text_to_html(text):
    parts = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head>',
             '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    quote = False
    for line in text.split("\n"):
        q = line.startswith(">")
        if q and not quote:
            parts.append('<blockquote style="border-left:2px solid #ccc;margin:0 0 0 6px;padding-left:6px">')
            quote = True
        elif not q and quote:
            parts.append("</blockquote>")
            quote = False
        content = line.lstrip("> ") if q else line
        parts.append((_html.escape(content) or "&nbsp;") + "<br>")
    if quote:
        parts.append("</blockquote>")
    parts.append("</div></body></html>")
    return "\n".join(parts)


def html_to_text(h):
    import re
    t = re.sub(r"(?is)<(script|style).*?</\1>", "", h)
    t = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</li>|</div>", "\n", t)
    t = re.sub(r"(?i)</td>|</th>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = _html.unescape(t)
    t = re.sub(r"[ \t]+\n", "\n", t)
    t = re.sub(r"\n{3,}", "\n\n", t)
    return t.strip() + "\n"


def _wrap_b64(b):
    s = base64.b64encode(b).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def encode_body(text, cs, cte):
    """Return (charset, cte, encoded str) for a text part; falls back when charset can't hold text."""
    for c in (cs, "windows-1252", "utf-8"):
        try:
            raw = text.encode(c)
            cs = c
            break
        except UnicodeEncodeError:
            continue
    ascii_ok = all(b < 128 for b in raw)
    if cs == "us-ascii" and not ascii_ok:
        cs = "utf-8"
        raw = text.encode(cs)
    if cte == "7bit" and not ascii_ok:
        cte = "quoted-printable"
    if cte in ("7bit", "8bit") and any(len(l) > 900 for l in raw.split(b"\n")):
        cte = "quoted-printable"
    if cte == "base64":
        return cs, cte, _wrap_b64(raw)
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw).decode("ascii")
        if not enc.endswith("\n"):
            enc += "\n"
        return cs, cte, enc
    body = raw.decode(cs)
    if not body.endswith("\n"):
        body += "\n"
    return cs, cte, body


def _fname_params(fn, force2231):
    if force2231 or not _is_ascii(fn):
        q = urllib.parse.quote(fn, safe="")
        return "*=utf-8''%s" % q, True
    return '="%s"' % fn, False


class _Boundaries:
    def __init__(self, seed):
        self.seed, self.n = seed, 0

    def next(self):
        self.n += 1
        return "----=_NextPart_%s_%02d" % (self.seed, self.n)


def render_bytes(m):
    """Like render(), but each 8bit text part is written in its declared charset."""
    bnd = _Boundaries(m.boundary_seed)
    cs_h = m.charset if m.charset != "us-ascii" else "utf-8"
    chunks = []

    def emit(s, cs="ascii"):
        chunks.append(s.encode(cs))

    H = ["From: " + addr(m.frm, cs_h, m.henc), "To: " + addr_list(m.to, cs_h, m.henc)]
    if m.cc:
        H.append("Cc: " + addr_list(m.cc, cs_h, m.henc))
    H.append("Subject: " + hdr_text(m.subject, cs_h, m.henc))
    H.append("Date: " + email.utils.format_datetime(m.date))
    H.append("Message-ID: " + m.msgid)
    for k, v in m.headers:
        H.append("%s: %s" % (k, v))
    H.append("MIME-Version: 1.0")

    def text_part_bytes(body, subtype, cs, cte):
        cs2, cte2, enc = encode_body(body, cs, cte)
        h = "Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n" % (subtype, cs2, cte2)
        return h.encode("ascii") + (enc.encode(cs2) if cte2 in ("7bit", "8bit") else enc.encode("ascii"))

    def body_bytes():
        html = m.html.replace("%CS%", m.charset) if m.html is not None else None
        text = m.text
        if m.form == "plain":
            return text_part_bytes(text if text is not None else html_to_text(html), "plain", m.charset, m.cte)
        if m.form == "html":
            return text_part_bytes(html if html is not None else text_to_html(text).replace("%CS%", m.charset),
                                   "html", m.charset, m.cte)
        if text is None:
            text = html_to_text(html)
        if html is None:
            html = text_to_html(text).replace("%CS%", m.charset)
        b = bnd.next()
        out = ("Content-Type: multipart/alternative;\n boundary=\"%s\"\n\n--%s\n" % (b, b)).encode("ascii")
        out += text_part_bytes(text, "plain", m.charset, m.cte)
        out += ("\n--%s\n" % b).encode("ascii")
        out += text_part_bytes(html, "html", m.charset, "quoted-printable" if m.cte == "7bit" else m.cte)
        out += ("\n--%s--\n" % b).encode("ascii")
        return out

    def att_bytes(a):
        pfx, _ = _fname_params(a.filename, a.rfc2231)
        disp = "inline" if a.inline else "attachment"
        if a.ctype == "message/rfc822":
            data = a.data if isinstance(a.data, bytes) else a.data.encode("utf-8")
            data = data.replace(b"\r\n", b"\n")
            eightbit = any(b > 127 for b in data)
            h = "Content-Type: message/rfc822\nContent-Transfer-Encoding: %s\nContent-Disposition: %s;\n filename%s\n\n" % (
                "8bit" if eightbit else "7bit", disp, pfx)
            return h.encode("ascii") + data + (b"" if data.endswith(b"\n") else b"\n")
        name_param = ""
        if _is_ascii(a.filename) and not a.rfc2231:
            name_param = '; name="%s"' % a.filename
        elif not a.rfc2231:
            name_param = ';\n name="%s"' % encode_words(a.filename, "utf-8", m.henc)
        if a.ctype.startswith("text/"):
            data = a.data if isinstance(a.data, str) else a.data.decode(a.charset or "utf-8")
            cs2, cte2, body = encode_body(data, a.charset or cs_h, a.cte or "quoted-printable")
            h = "Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\nContent-Disposition: %s;\n filename%s\n\n" % (
                a.ctype, cs2, name_param, cte2, disp, pfx)
            return h.encode("ascii") + (body.encode(cs2) if cte2 in ("7bit", "8bit") else body.encode("ascii"))
        h = "Content-Type: %s%s\nContent-Transfer-Encoding: base64\nContent-Disposition: %s;\n filename%s\n\n" % (
            a.ctype, name_param, disp, pfx)
        return h.encode("ascii") + _wrap_b64(a.data).encode("ascii")

    head = "\n".join(H).encode("ascii")
    if m.atts:
        b = bnd.next()
        head += ("\nContent-Type: multipart/mixed;\n boundary=\"%s\"\n\n" % b).encode("ascii")
        out = head + b"This is a multi-part message in MIME format.\n\n"
        out += ("--%s\n" % b).encode("ascii") + body_bytes()
        for a in m.atts:
            out += ("\n--%s\n" % b).encode("ascii") + att_bytes(a)
        out += ("\n--%s--\n" % b).encode("ascii")
    else:
        out = head + b"\n" + body_bytes()
    if m.crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out
