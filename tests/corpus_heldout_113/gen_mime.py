"""A small, fully deterministic MIME writer.

Built by hand (rather than with email.mime) so that every transport detail is chosen
explicitly: charset, Content-Transfer-Encoding, line endings, RFC 2047 words, RFC 2231
file names and boundaries.
"""
import base64
import binascii
import datetime
import urllib.parse

TEXT_CHARSETS = ("utf-8", "us-ascii", "iso-8859-1", "windows-1252")


# ----------------------------------------------------------------- headers
def _needs_encoding(s):
    return any(ord(c) > 126 or (ord(c) < 32 and c != "\t") for c in s)


def encode_words(s, charset="utf-8", enc="B", first_len=0):
    """RFC 2047 encoded words, each at most 75 characters, folded with LF + space."""
    try:
        s.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    words = []
    chunk = ""
    for ch in s:
        cand = chunk + ch
        if len(_one_word(cand, charset, enc)) > 75:
            words.append(_one_word(chunk, charset, enc))
            chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(_one_word(chunk, charset, enc))
    return "\n ".join(words)


def _one_word(s, charset, enc):
    raw = s.encode(charset)
    if enc == "B":
        body = base64.b64encode(raw).decode("ascii")
    else:
        out = []
        for b in raw:
            c = chr(b)
            if c == " ":
                out.append("_")
            elif c.isalnum() and b < 128:
                out.append(c)
            elif c in "!*+-/" and b < 128:
                out.append(c)
            else:
                out.append("=%02X" % b)
        body = "".join(out)
    return "=?%s?%s?%s?=" % (charset, enc, body)


def fold_plain(name, value):
    """Fold an ASCII header value on spaces so that lines stay under 78 characters."""
    line = name + ": "
    out = []
    for word in value.split(" "):
        if len(line) + len(word) + 1 > 76 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " " + word + " "
        else:
            line += word + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


def header_text(name, value, charset="utf-8", enc="B", force=False):
    if force or _needs_encoding(value):
        return "%s: %s" % (name, encode_words(value, charset, enc))
    return fold_plain(name, value)


def _quote_display(name):
    specials = '()<>[]:;@\\,."'
    if any(c in specials for c in name):
        return '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
    return name


def addr(name, email, charset="utf-8", enc="B"):
    if not name:
        return email
    if _needs_encoding(name):
        return "%s <%s>" % (encode_words(name, charset, enc), email)
    return "%s <%s>" % (_quote_display(name), email)


def addr_list(pairs, charset="utf-8", enc="B"):
    return ",\n ".join(addr(n, e, charset, enc) for n, e in pairs)


def rfc2822_date(dt, tz="-0500"):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (days[dt.weekday()], dt.day, months[dt.month - 1],
                                                 dt.year, dt.hour, dt.minute, dt.second, tz)


# -------------------------------------------------------------------- body
def _qp(data):
    """Quoted-printable for bytes with LF line breaks (binascii keeps it deterministic)."""
    lines = data.split(b"\n")
    enc = [binascii.b2a_qp(ln, quotetabs=False, istext=True, header=False) for ln in lines]
    return b"\n".join(enc)


def _b64(data):
    return base64.encodebytes(data)


class Leaf:
    """One body part.  content is str (text/*) or bytes (anything else)."""

    def __init__(self, ctype, content, charset=None, cte=None, filename=None, disposition=None,
                 fn_style="plain", params=None, extra=None):
        self.ctype = ctype
        self.content = content
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition
        self.fn_style = fn_style
        self.params = params or []
        self.extra = extra or []


class Multi:
    def __init__(self, subtype, parts, extra=None):
        self.subtype = subtype
        self.parts = parts
        self.extra = extra or []


def _fn_params(pname, filename, style):
    """Parameter text for a file name: plain, RFC 2231 single or RFC 2231 continuations."""
    ascii_ok = not _needs_encoding(filename)
    if style == "plain" and ascii_ok:
        return ['%s="%s"' % (pname, filename)]
    if style == "2047":
        return ['%s="%s"' % (pname, encode_words(filename, "utf-8", "B").replace("\n ", ""))]
    q = urllib.parse.quote(filename.encode("utf-8"), safe="")
    if style == "2231split":
        chunks = [q[i:i + 40] for i in range(0, len(q), 40)]
        out = []
        for i, c in enumerate(chunks):
            if i == 0:
                out.append("%s*0*=utf-8''%s" % (pname, c))
            else:
                out.append("%s*%d*=%s" % (pname, i, c))
        return out
    return ["%s*=utf-8''%s" % (pname, q)]


def _text_payload(leaf):
    text = leaf.content.replace("\r\n", "\n").replace("\r", "\n")
    cs = leaf.charset or "utf-8"
    try:
        raw = text.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
        raw = text.encode(cs)
    cte = leaf.cte or "8bit"
    longest = max((len(x) for x in raw.split(b"\n")), default=0)
    if cte == "7bit" and (any(b > 127 for b in raw) or longest > 900):
        cte = "quoted-printable"
    if cte == "8bit" and longest > 900:
        cte = "quoted-printable"
    if cte == "8bit" and not any(b > 127 for b in raw) and cs == "us-ascii":
        cte = "7bit"
    if cte == "base64":
        body = _b64(raw)
    elif cte == "quoted-printable":
        body = _qp(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    return cs, cte, body


def _serialize(node, bnd_iter):
    """Return (header lines [str], body bytes) for a node."""
    if isinstance(node, Multi):
        b = next(bnd_iter)
        hdrs = ['Content-Type: multipart/%s;\n boundary="%s"' % (node.subtype, b)] + node.extra
        chunks = [b"This is a multi-part message in MIME format.\n"]
        for p in node.parts:
            h, body = _serialize(p, bnd_iter)
            chunks.append(("\n--%s\n" % b).encode("ascii"))
            chunks.append(("\n".join(h) + "\n\n").encode("ascii"))
            chunks.append(body)
        chunks.append(("\n--%s--\n" % b).encode("ascii"))
        return hdrs, b"".join(chunks)
    leaf = node
    params = list(leaf.params)
    if leaf.ctype.startswith("text/") and isinstance(leaf.content, str):
        cs, cte, body = _text_payload(leaf)
        ct = "Content-Type: %s; charset=%s" % (leaf.ctype, cs if cs != "us-ascii" else "us-ascii")
    elif leaf.ctype == "message/rfc822":
        body = leaf.content if leaf.content.endswith(b"\n") else leaf.content + b"\n"
        cte = "8bit" if any(b > 127 for b in body) else "7bit"
        ct = "Content-Type: message/rfc822"
    else:
        body = _b64(leaf.content)
        cte = "base64"
        ct = "Content-Type: %s" % leaf.ctype
    if leaf.filename and leaf.ctype != "message/rfc822":
        np = _fn_params("name", leaf.filename, leaf.fn_style)
        ct += ";\n " + ";\n ".join(np)
    for p in params:
        ct += ";\n " + p
    hdrs = [ct, "Content-Transfer-Encoding: %s" % cte]
    if leaf.disposition:
        d = "Content-Disposition: %s" % leaf.disposition
        if leaf.filename:
            d += ";\n " + ";\n ".join(_fn_params("filename", leaf.filename, leaf.fn_style))
        hdrs.append(d)
    hdrs.extend(leaf.extra)
    return hdrs, body


def build_message(headers, root, boundary_seed, eol="\n"):
    """headers: list of already formatted header strings (may contain LF folds)."""
    def bnds():
        i = 0
        while True:
            i += 1
            yield "=_%s_%02d_%s" % (boundary_seed, i, "x%04d" % (i * 7919 % 10000))
    h, body = _serialize(root, bnds())
    lines = list(headers) + ["MIME-Version: 1.0"] + h
    data = ("\n".join(lines) + "\n\n").encode("ascii") + body
    if eol == "\r\n":
        assert b"\r" not in data
        data = data.replace(b"\n", b"\r\n")
    return data


def std_headers(frm, to, subject, date, msgid, cc=None, hcs="utf-8", henc="B",
                in_reply_to=None, extra=None, force_subject_enc=False):
    out = ["From: " + addr(frm[0], frm[1], hcs, henc),
           "To: " + addr_list(to, hcs, henc)]
    if cc:
        out.append("Cc: " + addr_list(cc, hcs, henc))
    out.append(header_text("Subject", subject, hcs, henc, force=force_subject_enc))
    out.append("Date: " + rfc2822_date(date))
    out.append("Message-ID: <%s>" % msgid)
    if in_reply_to:
        out.append("In-Reply-To: <%s>" % in_reply_to)
        out.append("References: <%s>" % in_reply_to)
    for e in extra or []:
        out.append(e)
    return out


def base_datetime(i, rng):
    d = datetime.datetime(2025, 1, 6, 7, 0, 0) + datetime.timedelta(days=(i * 37) % 300)
    return d.replace(hour=rng.randint(7, 18), minute=rng.randint(0, 59), second=rng.randint(0, 59))
