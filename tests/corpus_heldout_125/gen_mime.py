"""Hand-assembled MIME: fixed boundaries, chosen charsets / transfer encodings / line ends."""
import base64
import datetime
import quopri
import urllib.parse

TZ_W = datetime.timezone(datetime.timedelta(hours=-5))
TZ_S = datetime.timezone(datetime.timedelta(hours=-4))


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encode_word(text, charset="utf-8", enc="b", limit=75):
    """RFC 2047 encoded-words, folded, never splitting a character."""
    words, cur = [], ""
    prefix = "=?%s?%s?" % (charset, enc.upper() if enc in ("B", "Q") else enc)

    def enc_chunk(chunk):
        raw = chunk.encode(charset)
        if enc.lower() == "b":
            body = base64.b64encode(raw).decode("ascii")
        else:
            out = []
            for b in raw:
                ch = chr(b)
                if ch == " ":
                    out.append("_")
                elif ch.isalnum() and b < 128:
                    out.append(ch)
                elif ch in "-!*+/" and b < 128:
                    out.append(ch)
                else:
                    out.append("=%02X" % b)
            body = "".join(out)
        return prefix + body + "?="

    for ch in text:
        trial = cur + ch
        if len(enc_chunk(trial)) > limit and cur:
            words.append(enc_chunk(cur))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(enc_chunk(cur))
    return "\n ".join(words)


def fold(name, value):
    """Simple folding of long ASCII header values on spaces."""
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or "=?" in value:
        return line
    out, cur = [], name + ":"
    for w in value.split(" "):
        if len(cur) + 1 + len(w) > 76 and cur.strip() != name + ":":
            out.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    out.append(cur)
    return "\n".join(out)


def addr(name, email, rng=None, charset=None):
    if not name:
        return email
    if is_ascii(name):
        if any(c in name for c in ',.;:()"@'):
            return '"%s" <%s>' % (name.replace('"', ""), email)
        return "%s <%s>" % (name, email)
    cs = charset or (rng.choice(["utf-8", "utf-8", "iso-8859-1"]) if rng else "utf-8")
    if not can_encode(name, cs):
        cs = "utf-8"
    enc = rng.choice(["b", "q"]) if rng else "q"
    return "%s <%s>" % (encode_word(name, cs, enc), email)


class Part:
    def __init__(self, ctype, params=None, cte=None, payload=b"", headers=None, children=None, boundary=None):
        self.ctype = ctype
        self.params = params or []
        self.cte = cte
        self.payload = payload
        self.headers = headers or []
        self.children = children or []
        self.boundary = boundary

    def lines(self):
        out = []
        segs = [self.ctype]
        for k, v in self.params:
            segs.append("%s=%s" % (k, v) if k.endswith("*") else '%s="%s"' % (k, v))
        if self.boundary:
            segs.append('boundary="%s"' % self.boundary)
        one = "Content-Type: " + "; ".join(segs)
        out.append(one if len(one) <= 76 else "Content-Type: " + ";\n\t".join(segs))
        if self.cte:
            out.append("Content-Transfer-Encoding: " + self.cte)
        for h in self.headers:
            out.append(h)
        return out

    def serialize(self):
        """Returns bytes with LF line ends."""
        head = "\n".join(self.lines()).encode("ascii")
        if self.children:
            body = b"This is a multi-part message in MIME format.\n"
            for ch in self.children:
                body += b"\n--" + self.boundary.encode() + b"\n" + ch.serialize()
            body += b"\n--" + self.boundary.encode() + b"--\n"
        else:
            body = self.payload
            if not body.endswith(b"\n"):
                body += b"\n"
        return head + b"\n\n" + body


def transfer_encode(raw, cte):
    if cte in ("7bit", "8bit"):
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def can_encode(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def text_part(text, subtype="plain", charset="utf-8", cte="8bit", headers=None):
    if not can_encode(text, charset):
        charset = "utf-8"
    if cte == "7bit" and not is_ascii(text):
        cte = "quoted-printable"
    if any(len(l) > 900 for l in text.split("\n")) and cte in ("7bit", "8bit"):
        cte = "quoted-printable"
    raw = text.encode(charset)
    params = [("charset", charset)]
    return Part("text/" + subtype, params, cte, transfer_encode(raw, cte), headers=headers)


def disposition(filename, rfc2231=False, inline=False, split=False):
    kind = "inline" if inline else "attachment"
    if rfc2231 or not is_ascii(filename):
        q = urllib.parse.quote(filename, safe="")
        if split and len(q) > 30:
            chunks = [q[i:i + 30] for i in range(0, len(q), 30)]
            # keep percent escapes whole
            fixed, carry = [], ""
            for c in chunks:
                c = carry + c
                carry = ""
                cut = c.rfind("%")
                if cut >= len(c) - 2 and cut != -1:
                    carry = c[cut:]
                    c = c[:cut]
                fixed.append(c)
            if carry:
                fixed[-1] += carry
            segs = ["filename*%d*=%s%s" % (i, "utf-8''" if i == 0 else "", c) for i, c in enumerate(fixed)]
            return "Content-Disposition: %s;\n\t%s" % (kind, ";\n\t".join(segs))
        return "Content-Disposition: %s;\n\tfilename*=utf-8''%s" % (kind, q)
    return 'Content-Disposition: %s;\n\tfilename="%s"' % (kind, filename)


def attachment(data, ctype, filename, cte="base64", rfc2231=False, charset=None, split=False):
    params = []
    if charset:
        params.append(("charset", charset))
    if is_ascii(filename):
        params.append(("name", filename))
    part = Part(ctype, params, cte, transfer_encode(data, cte),
                headers=[disposition(filename, rfc2231, split=split)])
    return part


def message_part(inner_bytes, filename=None):
    hdr = []
    if filename:
        hdr.append(disposition(filename))
    cte = "7bit"
    try:
        inner_bytes.decode("ascii")
    except UnicodeDecodeError:
        cte = "8bit"
    return Part("message/rfc822", [], cte, inner_bytes, headers=hdr)


def multipart(subtype, children, boundary):
    return Part("multipart/" + subtype, [], None, b"", children=children, boundary=boundary)


def format_date(dt):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "-" if mins < 0 else "+"
    mins = abs(mins)
    return "%s, %02d %s %04d %02d:%02d:%02d %s%02d%02d" % (
        days[dt.weekday()], dt.day, months[dt.month - 1], dt.year, dt.hour, dt.minute, dt.second,
        sign, mins // 60, mins % 60)


def build_message(headers, root, crlf=False):
    """headers: list of (name, value) with values already RFC 2047-safe (ASCII)."""
    lines = [fold(k, v) for k, v in headers]
    lines.append("MIME-Version: 1.0")
    data = "\n".join(lines).encode("ascii") + b"\n" + root.serialize()
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    return data
