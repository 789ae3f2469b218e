"""Hand-assembled MIME: body blocks -> text/HTML, transports, attachments, serialization."""
import base64
import html
import quopri
import urllib.parse
from email.header import Header
from email.utils import format_datetime

MAILERS = ["Microsoft Outlook 16.0", "Zimbra 9.0.0_GA (ZimbraWebClient - FF128)",
           "Mozilla Thunderbird 115.12", "Apple Mail (2.3774)", "Roundcube Webmail/1.6.6",
           None, None]


# ---------------------------------------------------------------- blocks -> text / html
def _table_text(rows, style):
    rows = [[str(c) for c in r] for r in rows]
    if style == "pipe":
        return "\n".join("| " + " | ".join(r) + " |" for r in rows)
    if style == "tab":
        return "\n".join("\t".join(r) for r in rows)
    if style == "semi":
        return "\n".join(";".join(r) for r in rows)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append("  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def blocks_text(blocks, table_style="align"):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif b[0] == "table":
            out.append(_table_text(b[1], table_style))
        elif b[0] == "quote":
            inner = blocks_text(b[2], table_style)
            q = "\n".join(("> " + ln) if ln else ">" for ln in inner.split("\n"))
            out.append(b[1] + "\n" + q)
        elif b[0] == "fwd":
            inner = blocks_text(b[2], table_style)
            out.append("\n".join(b[1]) + "\n\n" + inner)
        elif b[0] == "outlook":
            inner = blocks_text(b[2], table_style)
            out.append("\n".join(b[1]) + "\n\n" + inner)
        elif b[0] == "sig":
            out.append("-- \n" + "\n".join(b[1]))
        else:
            raise ValueError(b[0])
    return "\n\n".join(out) + "\n"


def _esc(s):
    return html.escape(s, quote=False)


def blocks_html(blocks, inner=False):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append("<p>" + "<br>\n".join(_esc(x) for x in b.split("\n")) + "</p>")
        elif b[0] == "table":
            rows = b[1]
            t = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
            for k, r in enumerate(rows):
                tag = "th" if k == 0 else "td"
                t.append("<tr>" + "".join("<%s>%s</%s>" % (tag, _esc(str(c)), tag) for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
        elif b[0] == "quote":
            out.append('<div>' + _esc(b[1]) + '</div>\n<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
                       + blocks_html(b[2], True) + "\n</blockquote>")
        elif b[0] in ("fwd", "outlook"):
            hdr = "<br>\n".join(_esc(x) for x in b[1])
            out.append('<div style="border-top:1px solid #b5c4df;padding-top:3pt">' + hdr + "</div>\n"
                       + blocks_html(b[2], True))
        elif b[0] == "sig":
            out.append('<div style="color:#555;font-size:9pt">' + "<br>\n".join(_esc(x) for x in b[1]) + "</div>")
    body = "\n".join(out)
    if inner:
        return body
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%">\n'
            '</head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + body + "\n</body></html>\n")


# ---------------------------------------------------------------- encoding helpers
def pick_charset(rng, text):
    c = ["utf-8", "utf-8"]
    for cs in ("iso-8859-1", "windows-1252"):
        try:
            text.encode(cs)
            c.append(cs)
        except UnicodeEncodeError:
            pass
    try:
        text.encode("us-ascii")
        c += ["us-ascii", "us-ascii"]
    except UnicodeEncodeError:
        pass
    return rng.choice(c)


def pick_cte(rng, text, charset):
    ascii_ok = all(ord(ch) < 128 for ch in text)
    longest = max((len(x) for x in text.split("\n")), default=0)
    opts = ["quoted-printable", "base64"]
    if longest < 900:
        if ascii_ok:
            opts += ["7bit", "7bit", "7bit"]
        else:
            opts += ["8bit", "8bit"]
    return rng.choice(opts)


def encode_body(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw if raw.endswith(b"\n") else raw + b"\n"


def enc_header_text(rng, s, mode=None):
    if all(ord(c) < 128 for c in s):
        return s
    opts = ["utf8q", "utf8b"]
    try:
        s.encode("iso-8859-1")
        opts.append("latin1q")
    except UnicodeEncodeError:
        pass
    mode = mode or rng.choice(opts)
    if mode not in opts:
        mode = "utf8q"
    cs = "iso-8859-1" if mode == "latin1q" else "utf-8"
    h = Header(s, cs, header_name="Subject")
    if mode == "utf8b":
        from email import charset as _cs
        c = _cs.Charset("utf-8")
        c.header_encoding = _cs.BASE64
        h = Header(s, c, header_name="Subject")
    return h.encode(linesep="\n")


def fmt_addr(rng, name, addr):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name.replace('"', ""), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (enc_header_text(rng, name), addr)


def fold_addrs(items):
    out = ""
    line = 0
    for i, it in enumerate(items):
        piece = it if i == 0 else ", " + it
        if line + len(piece) > 76 and i:
            out += ",\n " + it
            line = len(it) + 1
        else:
            out += piece
            line += len(piece)
    return out


def fname_params(rng, fname, key="filename"):
    if all(ord(c) < 128 for c in fname):
        return '%s="%s"' % (key, fname)
    q = urllib.parse.quote(fname.encode("utf-8"), safe="")
    if key == "name" and rng.random() < 0.5:
        return '%s="%s"' % (key, Header(fname, "utf-8").encode(linesep="\n", maxlinelen=998))
    if len(q) > 60:
        chunks = [q[i:i + 54] for i in range(0, len(q), 54)]
        # never split inside a %XX escape
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
            fixed.append(carry)
        parts = []
        for i, ch in enumerate(fixed):
            parts.append("%s*%d*=%s%s" % (key, i, "utf-8''" if i == 0 else "", ch))
        return ";\n\t".join(parts)
    return "%s*=utf-8''%s" % (key, q)


# ---------------------------------------------------------------- tree
class Part:
    def __init__(self, headers, body=None, children=None, boundary=None, preamble=None):
        self.headers = headers
        self.body = body
        self.children = children or []
        self.boundary = boundary
        self.preamble = preamble

    def serialize(self):
        out = b""
        for k, v in self.headers:
            out += ("%s: %s\n" % (k, v)).encode("ascii")
        out += b"\n"
        if self.children:
            if self.preamble:
                out += self.preamble.encode("ascii") + b"\n"
            for ch in self.children:
                out += b"--" + self.boundary.encode() + b"\n" + ch.serialize()
                if not out.endswith(b"\n"):
                    out += b"\n"
            out += b"--" + self.boundary.encode() + b"--\n"
        else:
            out += self.body
        return out


def text_part(rng, text, subtype, charset=None, cte=None):
    charset = charset or pick_charset(rng, text)
    if subtype == "html":
        text = text.replace("%CHARSET%", charset)
    cte = cte or pick_cte(rng, text, charset)
    raw = text.encode(charset)
    hdr = [("Content-Type", 'text/%s; charset="%s"' % (subtype, charset)
            if rng.random() < 0.5 else "text/%s; charset=%s" % (subtype, charset)),
           ("Content-Transfer-Encoding", cte)]
    return Part(hdr, encode_body(raw, cte)), charset, cte


def _boundary(rng, depth):
    style = rng.randrange(4)
    h = "%016x" % rng.getrandbits(64)
    if style == 0:
        return "----=_NextPart_%03d_%s" % (depth, h[:12].upper())
    if style == 1:
        return "=_%s%d" % (h, depth)
    if style == 2:
        return "------------%s%02d" % (h[:20], depth)
    return "_%03d_CHRVC%s_" % (depth, h[:14].upper())


ATT_TYPES = {"pdf": "application/pdf",
             "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             "csv": "text/csv", "ics": "text/calendar", "vcf": "text/vcard",
             "zip": "application/zip", "eml": "message/rfc822", "txt": "text/plain"}


def att_part(rng, att, crlf):
    kind = att["kind"]
    fname = att["filename"]
    ctype = ATT_TYPES[kind]
    if kind == "eml":
        inner = build(att["spec"], rng, crlf=crlf, nested=True)
        hdr = [("Content-Type", "message/rfc822; " + fname_params(rng, fname, "name")),
               ("Content-Disposition", "attachment; " + fname_params(rng, fname))]
        return Part(hdr, inner if inner.endswith(b"\n") else inner + b"\n")
    data = att["data"]
    extra = ""
    if kind in ("csv", "ics", "vcf", "txt"):
        cs = att.get("charset", "utf-8")
        extra = "; charset=%s" % cs
        if kind == "ics":
            extra += "; method=REQUEST"
        cte = rng.choice(["base64", "quoted-printable"] + (["7bit"] if all(b < 128 for b in data) else ["8bit"]))
        if cte in ("7bit", "8bit"):
            data = data.replace(b"\r\n", b"\n")
    else:
        cte = "base64"
    if ctype.startswith("application/") and rng.random() < 0.15:
        ctype = "application/octet-stream"
    hdr = [("Content-Type", "%s%s; %s" % (ctype, extra, fname_params(rng, fname, "name"))),
           ("Content-Disposition", "attachment; " + fname_params(rng, fname))]
    if rng.random() < 0.4:
        hdr.append(("Content-Description", fname if all(ord(c) < 128 for c in fname) else "piece jointe"))
    hdr.append(("Content-Transfer-Encoding", cte))
    return Part(hdr, encode_body(data, cte))


def body_part(rng, spec, form):
    text = blocks_text(spec["blocks"], spec.get("table_style", "align"))
    if form == "plain":
        return text_part(rng, text, "plain")[0]
    htm = blocks_html(spec["blocks"])
    if form == "html":
        return text_part(rng, htm, "html")[0]
    p1, cs, _ = text_part(rng, text, "plain")
    p2 = text_part(rng, htm, "html", charset=cs if rng.random() < 0.7 else None)[0]
    return Part([("Content-Type", 'multipart/alternative; boundary="%s"' % (b := _boundary(rng, 1)))],
                children=[p1, p2], boundary=b)


def build(spec, rng, crlf=None, nested=False):
    """Return the message as bytes.  spec: see gen_pos_* / gen_neg_*."""
    if crlf is None:
        crlf = rng.random() < 0.45
    atts = spec.get("atts", [])
    form = spec.get("form") or rng.choice(["plain", "plain", "html", "alt", "alt"])
    if atts and form == "html" and rng.random() < 0.5:
        form = "alt"
    hdr = []
    hdr.append(("From", fmt_addr(rng, *spec["frm"])))
    hdr.append(("To", fold_addrs([fmt_addr(rng, *a) for a in spec["to"]])))
    if spec.get("cc"):
        hdr.append(("Cc", fold_addrs([fmt_addr(rng, *a) for a in spec["cc"]])))
    hdr.append(("Subject", enc_header_text(rng, spec["subject"])))
    hdr.append(("Date", format_datetime(spec["date"])))
    hdr.append(("Message-ID", spec["msgid"]))
    if spec.get("in_reply_to"):
        hdr.append(("In-Reply-To", spec["in_reply_to"]))
        hdr.append(("References", spec["in_reply_to"]))
    mailer = rng.choice(MAILERS)
    if mailer and not nested:
        hdr.append(("X-Mailer", mailer))
    if spec.get("importance"):
        hdr.append(("Importance", spec["importance"]))
    if rng.random() < 0.35:
        hdr.append(("Content-Language", "fr-CA" if spec["lang"] == "fr" else "en-CA"))
    hdr.append(("MIME-Version", "1.0"))
    body = body_part(rng, spec, form)
    if atts:
        kids = [body] + [att_part(rng, a, crlf) for a in atts]
        b = _boundary(rng, 0)
        top = Part([("Content-Type", 'multipart/mixed; boundary="%s"' % b)], children=kids, boundary=b,
                   preamble="This is a multi-part message in MIME format." if rng.random() < 0.5 else None)
    else:
        top = body
    top.headers = hdr + top.headers
    raw = top.serialize()
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw
