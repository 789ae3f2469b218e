"""A small hand-rolled MIME serializer so that every transport detail is under control:
charsets, transfer encodings, CRLF/LF, RFC 2047 headers, RFC 2231 / 2047 file names,
message/rfc822 parts.  Output is deterministic (boundaries and ids come from the seeded RNG).
"""
import base64
import email.charset
import email.header
import html as htmlmod
import quopri
import urllib.parse

# --------------------------------------------------------------------------- parts


class Leaf:
    def __init__(self, ctype, data, charset=None, cte=None, filename=None, disposition=None,
                 name_mode="plain", params=None):
        self.ctype = ctype
        self.data = data              # str for text/*, bytes otherwise
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition
        self.name_mode = name_mode
        self.params = params or []


class Multi:
    def __init__(self, subtype, parts):
        self.subtype = subtype
        self.parts = parts


class Rfc822:
    def __init__(self, inner_bytes, filename=None, name_mode="plain"):
        self.inner = inner_bytes      # serialized with b"\n"
        self.filename = filename
        self.name_mode = name_mode


# --------------------------------------------------------------------------- helpers

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def can_encode(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def enc_word(value, cs, mode, name_len=0):
    """RFC 2047 encoded words, folded with '\n '."""
    ch = email.charset.Charset(cs)
    ch.header_encoding = email.charset.BASE64 if mode == "B" else email.charset.QP
    h = email.header.Header(value, charset=ch, maxlinelen=76, header_name="X" * name_len)
    return h.encode(linesep="\n")


def header_value(name, value, rng, opts):
    """Return the header text (without the 'Name: ' prefix)."""
    if is_ascii(value):
        return value
    if opts.get("raw_utf8_headers"):
        return value
    cs = opts.get("hcs") or "utf-8"
    if not can_encode(value, cs):
        cs = "utf-8"
    return enc_word(value, cs, opts.get("hmode", "B"), len(name) + 2)


def addr(display, address, rng, opts):
    if not display:
        return address
    if is_ascii(display):
        if any(c in display for c in ',.;:()"'):
            return '"%s" <%s>' % (display.replace('"', ''), address)
        return "%s <%s>" % (display, address)
    if opts.get("raw_utf8_headers"):
        return '"%s" <%s>' % (display, address)
    cs = opts.get("hcs") or "utf-8"
    if not can_encode(display, cs):
        cs = "utf-8"
    return "%s <%s>" % (phrase_words(display, cs, opts.get("hmode", "Q")), address)


def one_word(text, cs, mode):
    raw = text.encode(cs)
    if mode == "B":
        return "=?%s?b?%s?=" % (cs, base64.b64encode(raw).decode("ascii"))
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif b < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?q?%s?=" % (cs, "".join(out))


def phrase_words(display, cs, mode):
    """Encode a display name: ASCII words stay atoms; each run of non-ASCII words becomes ONE
    encoded word (spaces inside), so RFC 2047 decoders and lenient parsers agree."""
    words = display.split(" ")
    out, run = [], []
    for w in words:
        if is_ascii(w) and not any(ch in w for ch in ',.;:()"<>@[]'):
            if run:
                out.append(one_word(" ".join(run), cs, mode))
                run = []
            out.append(w)
        else:
            run.append(w)
    if run:
        out.append(one_word(" ".join(run), cs, mode))
    return " ".join(out)


def filename_params(fn, mode, key="filename"):
    """Content-Disposition / Content-Type file-name parameter(s)."""
    if is_ascii(fn) and mode not in ("2231long", "2231"):
        return ['%s="%s"' % (key, fn)]
    if mode == "2047":
        return ['%s="%s"' % (key, email.header.Header(fn, "utf-8").encode(maxlinelen=1000).replace("\n", ""))]
    q = urllib.parse.quote(fn.encode("utf-8"), safe="")
    if mode == "2231long" or len(q) > 60:
        chunks = [q[i:i + 40] for i in range(0, len(q), 40)]
        # do not split a %XX escape
        fixed, carry = [], ""
        for c in chunks:
            c = carry + c
            carry = ""
            while "%" in c[-2:]:
                cut = c.rfind("%")
                carry = c[cut:] + carry
                c = c[:cut]
            fixed.append(c)
        if carry:
            fixed.append(carry)
        out = []
        for i, c in enumerate(fixed):
            out.append("%s*%d*=%s%s" % (key, i, "utf-8''" if i == 0 else "", c))
        return out
    return ["%s*=utf-8''%s" % (key, q)]


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data, quotetabs=False)
    return data


def text_to_html(text, entities=False):
    out = []
    para = []
    quote = []

    def flush_para():
        if para:
            out.append("<p>" + "<br>\n".join(para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">'
                       + "<br>\n".join(quote) + "</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        esc = htmlmod.escape(line, quote=False)
        if entities:
            esc = "".join("&#%d;" % ord(c) if ord(c) > 127 else c for c in esc)
        if line.startswith(">"):
            flush_para()
            quote.append(esc[5:] if esc.startswith("&gt; ") else esc[4:])
        elif not line.strip():
            flush_para()
            flush_quote()
        else:
            flush_quote()
            para.append(esc)
    flush_para()
    flush_quote()
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%">'
            '</head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(out) + "\n</body></html>\n")


# --------------------------------------------------------------------------- serializer

class Serializer:
    def __init__(self, rng):
        self.rng = rng

    def boundary(self):
        r = self.rng
        style = r.randrange(4)
        h = "".join(r.choice("0123456789abcdef") for _ in range(24))
        if style == 0:
            return "----=_Part_%d_%d.%d" % (r.randrange(1000, 99999), r.randrange(10**8, 10**9), r.randrange(10**12, 10**13))
        if style == 1:
            return "=_alt_" + h
        if style == 2:
            return "_000_%s_" % h.upper()
        return "b1_" + h

    def part_bytes(self, part):
        """headers + body, lines separated by b'\n'."""
        if isinstance(part, Multi):
            b = self.boundary()
            hdr = 'Content-Type: multipart/%s;\n\tboundary="%s"\n' % (part.subtype, b)
            body = b"\n"
            if self.rng.random() < 0.3:
                body += b"This is a multi-part message in MIME format.\n"
            for p in part.parts:
                body += b"\n--" + b.encode() + b"\n" + self.part_bytes(p)
            body += b"\n--" + b.encode() + b"--\n"
            return hdr.encode() + body
        if isinstance(part, Rfc822):
            h = "Content-Type: message/rfc822"
            if part.filename:
                h += "; " + "; ".join(filename_params(part.filename, part.name_mode, "name"))
            h += "\n"
            if part.filename:
                h += "Content-Disposition: attachment; " + "; ".join(filename_params(part.filename, part.name_mode)) + "\n"
            else:
                h += "Content-Disposition: inline\n"
            eight = any(c > 127 for c in part.inner)
            h += "Content-Transfer-Encoding: %s\n\n" % ("8bit" if eight else "7bit")
            return h.encode() + part.inner.rstrip(b"\n") + b"\n"
        # leaf
        if isinstance(part.data, str):
            cs = part.charset or "utf-8"
            text = part.data.replace("%%CS%%", cs)
            raw = text.encode(cs)
            ct = "%s; charset=%s" % (part.ctype, cs if self.rng.random() < 0.7 else '"%s"' % cs)
        else:
            raw = part.data
            ct = part.ctype
        for p in part.params:
            ct += "; " + p
        if part.filename:
            fp = filename_params(part.filename, part.name_mode, "name")
            ct += ";\n\t" + ";\n\t".join(fp)
        cte = part.cte or ("base64" if not isinstance(part.data, str) else "7bit")
        h = "Content-Type: %s\n" % ct
        if part.disposition or part.filename:
            d = part.disposition or "attachment"
            if part.filename:
                d += ";\n\t" + ";\n\t".join(filename_params(part.filename, part.name_mode))
            h += "Content-Disposition: %s\n" % d
        h += "Content-Transfer-Encoding: %s\n\n" % cte
        body = encode_body(raw, cte)
        if not body.endswith(b"\n"):
            body += b"\n"
        return h.encode() + body

    def message_bytes(self, headers, root, opts):
        """headers: list of (name, value) already in final textual form."""
        out = []
        for name, value in headers:
            out.append("%s: %s" % (name, value))
        out.append("MIME-Version: 1.0")
        head = "\n".join(out) + "\n"
        data = head.encode("utf-8") + self.part_bytes(root)
        return data


def finalize(data, eol):
    data = data.replace(b"\r\n", b"\n")
    if eol == "crlf":
        data = data.replace(b"\n", b"\r\n")
    return data
