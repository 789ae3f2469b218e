"""Hand-assembled MIME messages with controlled charsets, encodings and line ends."""
import base64
import html as htmlmod
import quopri
import urllib.parse

from gen_common import fold


class Att:
    def __init__(self, filename, ctype, data, charset=None, inline=False):
        self.filename = filename
        self.ctype = ctype          # e.g. application/pdf, text/csv, message/rfc822
        self.data = data            # bytes, str (text types) or Msg (message/rfc822)
        self.charset = charset
        self.inline = inline


class Msg:
    def __init__(self, from_, to, subject, body, html=None, cc=(), attachments=(), headers=(),
                 mode=None, charset=None, cte=None):
        self.from_ = from_
        self.to = list(to)
        self.cc = list(cc)
        self.subject = subject
        self.body = body
        self.html = html
        self.attachments = list(attachments)
        self.headers = list(headers)
        self.mode = mode
        self.charset = charset
        self.cte = cte
        self.date = None
        self.msgid = None


# --------------------------------------------------------------------------
# header helpers
# --------------------------------------------------------------------------
Q_SAFE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def encoded_words(s, charset, kind, maxlen=75):
    words, cur = [], ""
    pre = "=?%s?%s?" % (charset, kind)

    def enc(t):
        b = t.encode(charset)
        if kind == "B":
            return base64.b64encode(b).decode("ascii")
        out = []
        for byte in b:
            if byte == 0x20:
                out.append("_")
            elif byte in Q_SAFE:
                out.append(chr(byte))
            else:
                out.append("=%02X" % byte)
        return "".join(out)

    for ch in s:
        cand = cur + ch
        if len(pre) + len(enc(cand)) + 2 > maxlen and cur:
            words.append(pre + enc(cur) + "?=")
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(pre + enc(cur) + "?=")
    return words


def hdr_text(s, rng, linesep, force=False):
    """Unstructured header value; RFC 2047 when non-ASCII (or forced)."""
    if all(ord(c) < 128 for c in s) and not force:
        return s
    cs = "utf-8"
    try:
        s.encode("iso-8859-1")
        cs = rng.choice(["utf-8", "iso-8859-1", "utf-8", "windows-1252"])
    except UnicodeEncodeError:
        try:
            s.encode("windows-1252")
            cs = rng.choice(["utf-8", "windows-1252"])
        except UnicodeEncodeError:
            pass
    kind = rng.choice(["B", "Q"])
    return (linesep + " ").join(encoded_words(s, cs, kind, 75))


def hdr_addr(pair, rng, linesep):
    name, addr = pair
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()"'):
            return '"%s" <%s>' % (name.replace('"', ""), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (hdr_text(name, rng, linesep), addr)


def hdr_addrs(pairs, rng, linesep):
    return ("," + linesep + " ").join(hdr_addr(p, rng, linesep) for p in pairs)


# --------------------------------------------------------------------------
# body helpers
# --------------------------------------------------------------------------


def choose_charset(text, rng):
    try:
        text.encode("ascii")
        return rng.choice(["us-ascii", "utf-8", "iso-8859-1", "us-ascii", "windows-1252"])
    except UnicodeEncodeError:
        pass
    try:
        text.encode("iso-8859-1")
        return rng.choice(["utf-8", "iso-8859-1", "windows-1252", "utf-8"])
    except UnicodeEncodeError:
        pass
    try:
        text.encode("windows-1252")
        return rng.choice(["utf-8", "windows-1252"])
    except UnicodeEncodeError:
        return "utf-8"


def choose_cte(charset, text, rng):
    ascii_only = all(ord(c) < 128 for c in text)
    longest = max((len(x) for x in text.split("\n")), default=0)
    if longest > 900:
        return rng.choice(["quoted-printable", "base64"])
    if ascii_only:
        return rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
    return rng.choice(["8bit", "8bit", "quoted-printable", "base64", "quoted-printable"])


def encode_body(text, charset, cte, linesep):
    text = text.replace("\r\n", "\n")
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        return raw.replace(b"\n", linesep.encode())
    if cte == "quoted-printable":
        q = quopri.encodestring(raw, quotetabs=False)
        return q.replace(b"\n", linesep.encode())
    if cte == "base64":
        return b64lines(raw.replace(b"\n", b"\r\n"), linesep)
    raise ValueError(cte)


def b64lines(data, linesep):
    s = base64.b64encode(data).decode("ascii")
    return linesep.join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii") + linesep.encode()


def text_to_html(text, charset):
    parts = []
    for para in text.replace("\r\n", "\n").split("\n\n"):
        lines = para.split("\n")
        if lines and all(ln.startswith(">") for ln in lines if ln.strip()):
            inner = "<br>\n".join(htmlmod.escape(ln.lstrip("> "), quote=False) for ln in lines)
            parts.append('<blockquote style="border-left:2px solid #999;padding-left:6px">\n%s\n</blockquote>' % inner)
        else:
            parts.append("<p>%s</p>" % "<br>\n".join(htmlmod.escape(ln, quote=False) for ln in lines))
    return wrap_html("\n".join(parts), charset)


def wrap_html(inner, charset):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body>\n</html>\n'
            % (charset, inner))


def filename_params(fn, rng, linesep):
    """Return (ctype name param, disposition filename param)."""
    if all(ord(c) < 128 for c in fn):
        if rng.random() < 0.15:
            return '; name="%s"' % fn, ";" + linesep + " filename*=%s'%s'%s" % (
                rng.choice(["us-ascii", "utf-8"]), rng.choice(["", "fr", "en"]), urllib.parse.quote(fn, safe=""))
        return '; name="%s"' % fn, '; filename="%s"' % fn
    cs = "utf-8"
    try:
        fn.encode("iso-8859-1")
        cs = rng.choice(["utf-8", "iso-8859-1", "utf-8"])
    except UnicodeEncodeError:
        pass
    pct = urllib.parse.quote(fn.encode(cs), safe="")
    lang = rng.choice(["", "fr", ""])
    if len(pct) > 60 and rng.random() < 0.6:
        chunks = [pct[i:i + 45] for i in range(0, len(pct), 45)]
        # do not split a %XX escape
        fixed, carry = [], ""
        for ch in chunks:
            ch = carry + ch
            carry = ""
            m = ch.rfind("%")
            if m >= len(ch) - 2 and m != -1:
                carry = ch[m:]
                ch = ch[:m]
            fixed.append(ch)
        if carry:
            fixed[-1] += carry
        segs = []
        for i, ch in enumerate(fixed):
            if i == 0:
                segs.append("filename*0*=%s'%s'%s" % (cs, lang, ch))
            else:
                segs.append("filename*%d*=%s" % (i, ch))
        disp = ";" + linesep + " " + (";" + linesep + " ").join(segs)
    else:
        disp = ";" + linesep + " filename*=%s'%s'%s" % (cs, lang, pct)
    ascii_name = fold(fn).encode("ascii", "replace").decode("ascii").replace("?", "_")
    name = '; name="%s"' % (ascii_name if rng.random() < 0.5 else " ".join(encoded_words(fn, "utf-8", "B")))
    return name, disp


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------


class Builder:
    def __init__(self, rng, linesep):
        self.rng = rng
        self.ls = linesep
        self.nb = 0
        self.features = set()

    def boundary(self):
        self.nb += 1
        style = self.rng.randint(0, 2)
        h = "%016x" % self.rng.getrandbits(64)
        if style == 0:
            return "----=_NextPart_%03d_%s" % (self.nb, h[:12].upper())
        if style == 1:
            return "=_spbo_%d_%s" % (self.nb, h)
        return "b%d_%s" % (self.nb, h[:20])

    def text_part(self, text, subtype, charset=None, cte=None):
        charset = charset or choose_charset(text, self.rng)
        text.encode(charset)
        cte = cte or choose_cte(charset, text, self.rng)
        if cte == "7bit" and any(ord(c) > 127 for c in text):
            cte = "8bit"
        hdrs = ["Content-Type: text/%s; charset=\"%s\"" % (subtype, charset),
                "Content-Transfer-Encoding: " + cte]
        return hdrs, encode_body(text, charset, cte, self.ls)

    def body_parts(self, m):
        mode = m.mode
        if mode is None:
            if m.html:
                mode = self.rng.choice(["alt", "html", "alt"])
            else:
                mode = self.rng.choice(["plain", "plain", "alt", "plain", "html", "alt"])
        charset = m.charset or choose_charset(m.body + (m.html or ""), self.rng)
        if mode == "plain":
            return [self.text_part(m.body, "plain", charset, m.cte)]
        html = m.html if m.html else text_to_html(m.body, charset)
        if m.html and "<html" not in m.html:
            html = wrap_html(m.html, charset)
        if mode == "html":
            return [self.text_part(html, "html", charset, m.cte)]
        b = self.boundary()
        p1 = self.text_part(m.body, "plain", charset, m.cte)
        p2 = self.text_part(html, "html", charset, m.cte)
        return [self.multipart("alternative", b, [p1, p2])]

    def multipart(self, sub, b, parts):
        ls = self.ls.encode()
        body = b""
        if self.rng.random() < 0.5:
            body += b"This is a multi-part message in MIME format." + ls + ls
        for hdrs, payload in parts:
            body += b"--" + b.encode() + ls
            body += ls.join(h.encode("ascii") for h in hdrs) + ls + ls
            body += payload
            if not payload.endswith(ls):
                body += ls
        body += b"--" + b.encode() + b"--" + ls
        return (["Content-Type: multipart/%s;%s boundary=\"%s\"" % (sub, self.ls, b)], body)

    def attachment(self, a):
        name_p, disp_p = filename_params(a.filename, self.rng, self.ls)
        disp = "inline" if a.inline else "attachment"
        if a.ctype == "message/rfc822":
            inner = render(a.data, self.rng, self.ls, nested=True)
            cte = "7bit" if all(b < 128 for b in inner) else "8bit"
            hdrs = ["Content-Type: message/rfc822" + name_p, "Content-Transfer-Encoding: " + cte,
                    "Content-Disposition: " + disp + disp_p]
            return hdrs, inner
        if isinstance(a.data, str):
            cs = a.charset or choose_charset(a.data, self.rng)
            try:
                a.data.encode(cs)
            except UnicodeEncodeError:
                cs = "utf-8"
            cte = self.rng.choice(["base64", "quoted-printable", "base64"] +
                                  (["7bit"] if all(ord(c) < 128 for c in a.data) else ["8bit"]))
            extra = ""
            if a.ctype == "text/calendar":
                extra = "; method=REQUEST"
            hdrs = ["Content-Type: %s; charset=\"%s\"%s%s" % (a.ctype, cs, extra, name_p),
                    "Content-Transfer-Encoding: " + cte,
                    "Content-Disposition: " + disp + disp_p]
            raw = a.data.encode(cs)
            if cte == "base64":
                payload = b64lines(raw, self.ls)
            elif cte == "quoted-printable":
                payload = quopri.encodestring(raw.replace(b"\r\n", b"\n")).replace(b"\n", self.ls.encode())
            else:
                payload = raw.replace(b"\r\n", b"\n").replace(b"\n", self.ls.encode())
            return hdrs, payload
        hdrs = ["Content-Type: %s%s" % (a.ctype, name_p), "Content-Transfer-Encoding: base64",
                "Content-Disposition: " + disp + disp_p]
        return hdrs, b64lines(a.data, self.ls)


def render(m, rng, linesep, nested=False):
    bld = Builder(rng, linesep)
    ls = linesep
    top = ["From: " + hdr_addr(m.from_, rng, ls), "To: " + hdr_addrs(m.to, rng, ls)]
    if m.cc:
        top.append("Cc: " + hdr_addrs(m.cc, rng, ls))
    top.append("Subject: " + hdr_text(m.subject, rng, ls))
    top.append("Date: " + m.date)
    top.append("Message-ID: " + m.msgid)
    for h in m.headers:
        top.append(h)
    top.append("MIME-Version: 1.0")
    parts = bld.body_parts(m)
    if m.attachments:
        parts += [bld.attachment(a) for a in m.attachments]
        hdrs, payload = bld.multipart("mixed", bld.boundary(), parts)
    else:
        hdrs, payload = parts[0]
    head = ls.join(top + hdrs)
    return head.encode("ascii") + ls.encode() + ls.encode() + payload
