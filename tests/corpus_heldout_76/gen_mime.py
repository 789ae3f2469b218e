"""Hand-rolled MIME serialiser, so that every transport detail is under control:
charsets, content-transfer-encodings, CRLF/LF, RFC 2047 headers, RFC 2231
file names, message/rfc822 parts."""
import base64
import binascii
import datetime
import hashlib
import html as htmlmod
import unicodedata
import urllib.parse
from email.header import Header
from email.utils import format_datetime

from gen_common import strip_accents

CP1252_ONLY = {"œ": "oe", "Œ": "OE", "’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-",
               "…": "...", "€": "EUR", "•": "*", "≥": ">=", "≤": "<=", "→": "->", "µ": "u"}


def _fold_unencodable(text, codec):
    out = []
    for ch in text:
        try:
            ch.encode(codec)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(unicodedata.normalize("NFKC", ch))
    return "".join(out)


def to_charset(text, charset):
    """Encode text in charset, degrading characters the charset lacks."""
    cs = charset.lower()
    if cs in ("iso-8859-1", "windows-1252"):
        text = _fold_unencodable(text, "latin-1" if cs == "iso-8859-1" else "cp1252")
    if cs == "us-ascii":
        t = "".join(CP1252_ONLY.get(c, c) for c in text)
        t = t.replace("«", '"').replace("»", '"').replace("°", " deg").replace("\u00a0", " ")
        t = strip_accents(t)
        return t.encode("ascii", "replace")
    if cs == "iso-8859-1":
        t = "".join(CP1252_ONLY.get(c, c) if c not in "µ" else c for c in text)
        return t.encode("latin-1", "replace")
    if cs == "windows-1252":
        t = text.replace("→", "->").replace("≥", ">=").replace("≤", "<=")
        return t.encode("cp1252", "replace")
    return text.encode("utf-8")


def qp_encode(data):
    # text-mode quoted-printable, LF line breaks
    out = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    return out


def b64_encode(data):
    return base64.encodebytes(data)


def encode_body(data, cte):
    if cte == "base64":
        return b64_encode(data)
    if cte == "quoted-printable":
        return qp_encode(data)
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


def enc_header(value, charset, rng=None):
    """RFC 2047 when needed (or sometimes when not)."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        pass
    cs = charset if charset in ("utf-8", "iso-8859-1", "windows-1252") else "utf-8"
    if cs != "utf-8":
        try:
            to = value.encode(cs)
            to.decode(cs)
            if any(c in value for c in CP1252_ONLY) and cs == "iso-8859-1":
                cs = "utf-8"
        except UnicodeEncodeError:
            cs = "utf-8"
    return Header(value, cs, maxlinelen=76, header_name="Subject").encode()


def fmt_addr(name, addr, charset):
    if not name:
        return addr
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_header(name, charset), addr)


def filename_params(fname, mode):
    """mode: 'plain', 'rfc2231', 'rfc2231cont', 'rfc2047'"""
    ascii_ok = True
    try:
        fname.encode("ascii")
    except UnicodeEncodeError:
        ascii_ok = False
    if mode == "plain" and ascii_ok:
        return '; filename="%s"' % fname, '; name="%s"' % fname
    if mode == "rfc2047" and not ascii_ok:
        enc = Header(fname, "utf-8").encode()
        return '; filename="%s"' % enc, '; name="%s"' % enc
    quoted = urllib.parse.quote(fname, safe="")
    if mode == "rfc2231cont" and len(quoted) > 40:
        chunks = [quoted[i:i + 40] for i in range(0, len(quoted), 40)]
        # do not split a %XX escape
        fixed = []
        carry = ""
        for c in chunks:
            c = carry + c
            carry = ""
            cut = c.rfind("%")
            if cut >= 0 and cut > len(c) - 3:
                carry = c[cut:]
                c = c[:cut]
            fixed.append(c)
        if carry:
            fixed.append(carry)
        parts = []
        for i, c in enumerate(fixed):
            if i == 0:
                parts.append("\n\tfilename*0*=utf-8''%s" % c)
            else:
                parts.append("\n\tfilename*%d*=%s" % (i, c))
        return ";" + ";".join(parts), '; name="%s"' % strip_accents(fname)
    return ";\n\tfilename*=utf-8''%s" % quoted, '; name="%s"' % strip_accents(fname)


class Att:
    def __init__(self, filename, ctype, data, disposition="attachment"):
        self.filename = filename
        self.ctype = ctype
        self.data = data              # bytes (for message/rfc822: bytes of the inner message)
        self.disposition = disposition


class Builder:
    """Creates one message. Options are chosen by the caller (from the rng)."""

    def __init__(self, rng, seedtag):
        self.rng = rng
        self.seedtag = seedtag
        self.nb = 0

    def boundary(self):
        self.nb += 1
        h = hashlib.sha1(("%s-%d" % (self.seedtag, self.nb)).encode()).hexdigest()[:24]
        return "----=_Part_%d_%s" % (self.nb, h)

    def text_part(self, text, subtype, charset, cte):
        if subtype == "html":
            text = text.replace('<meta charset="utf-8">', '<meta charset="%s">' % charset)
        data = to_charset(text, charset)
        if cte in ("7bit",) and any(b > 127 for b in data):
            cte = "quoted-printable"
        hdr = "Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (subtype, charset, cte)
        if self.rng.random() < 0.3 and cte in ("7bit", "8bit"):
            hdr = "Content-Type: text/%s; charset=%s\nContent-Transfer-Encoding: %s\n" % (subtype, charset, cte)
        return hdr.encode("ascii") + b"\n" + encode_body(data, cte)

    def att_part(self, att, fmode):
        if att.ctype == "message/rfc822":
            disp = "Content-Type: message/rfc822\nContent-Disposition: %s" % att.disposition
            fp, npar = filename_params(att.filename, fmode)
            body = att.data if att.data.endswith(b"\n") else att.data + b"\n"
            return (disp + fp + "\n").encode("ascii") + b"\n" + body
        fp, npar = filename_params(att.filename, fmode)
        if att.ctype.startswith("text/") and self.rng.random() < 0.4:
            cte = "quoted-printable"
            body = qp_encode(att.data)
        else:
            cte = "base64"
            body = b64_encode(att.data)
        ct = att.ctype
        hdr = "Content-Type: %s%s\nContent-Transfer-Encoding: %s\nContent-Disposition: %s%s\n" % (
            ct, npar, cte, att.disposition, fp)
        return hdr.encode("ascii") + b"\n" + body

    def multipart(self, subtype, parts):
        b = self.boundary()
        out = ("Content-Type: multipart/%s;\n\tboundary=\"%s\"\n\n" % (subtype, b)).encode("ascii")
        if self.rng.random() < 0.5:
            out += b"This is a multi-part message in MIME format.\n\n"
        for p in parts:
            out += ("--%s\n" % b).encode("ascii") + p
            if not p.endswith(b"\n"):
                out += b"\n"
        out += ("--%s--\n" % b).encode("ascii")
        return out

    def build(self, spec, opts):
        """spec keys: subject, from, to, cc, date, text, html, atts, msgid, extra_headers.
        opts keys: charset, cte, crlf, layout ('plain'|'html'|'alt'), fmode, hcharset."""
        cs = opts["charset"]
        cte = opts["cte"]
        layout = opts["layout"]
        text = spec.get("text")
        html = spec.get("html")
        if layout == "plain" and not text:
            layout = "html"
        if layout in ("html", "alt") and not html:
            html = text_to_html(text)
        if layout == "alt" and not text:
            layout = "html"
        if layout == "plain":
            body = self.text_part(text, "plain", cs, cte)
        elif layout == "html":
            body = self.text_part(html, "html", cs, cte)
        else:
            body = self.multipart("alternative", [self.text_part(text, "plain", cs, cte),
                                                  self.text_part(html, "html", cs, cte)])
        atts = spec.get("atts") or []
        if atts:
            parts = [body] + [self.att_part(a, opts.get("fmode", "plain")) for a in atts]
            body = self.multipart("mixed", parts)
        hc = opts.get("hcharset", "utf-8")
        hdrs = []
        hdrs.append("From: " + fmt_addr(spec["from"][0], spec["from"][1], hc))
        hdrs.append("To: " + ", ".join(fmt_addr(n, a, hc) for n, a in spec["to"]))
        if spec.get("cc"):
            hdrs.append("Cc: " + ", ".join(fmt_addr(n, a, hc) for n, a in spec["cc"]))
        hdrs.append("Subject: " + enc_header(spec["subject"], hc))
        hdrs.append("Date: " + format_datetime(spec["date"]))
        hdrs.append("Message-ID: <%s>" % spec["msgid"])
        for k, v in spec.get("extra_headers", []):
            hdrs.append("%s: %s" % (k, enc_header(v, hc)))
        hdrs.append("MIME-Version: 1.0")
        if spec.get("x_mailer"):
            hdrs.append("X-Mailer: " + spec["x_mailer"])
        raw = ("\n".join(hdrs) + "\n").encode("ascii") + body
        if opts.get("crlf"):
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return raw


def text_to_html(text):
    paras = text.split("\n\n")
    out = ['<html><head><meta charset="utf-8"></head>',
           '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for p in paras:
        lines = [htmlmod.escape(x) for x in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    out.append("</body></html>")
    return "\n".join(out)


def html_table(rows, header=True):
    out = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = "th" if (i == 0 and header) else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, htmlmod.escape(str(c)), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_table(rows, sep=" | "):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        lines.append(sep.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(lines)


def html_doc(inner_parts):
    """inner_parts: list of str (already HTML)"""
    return "\n".join(['<html><head><meta http-equiv="Content-Type" content="text/html">'
                      '<style>td,th{font-size:10pt}</style></head>',
                      '<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">']
                     + inner_parts + ["</body></html>"])


def p_html(text):
    return "<p>" + "<br>\n".join(htmlmod.escape(x) for x in text.split("\n")) + "</p>"


def msg_date(rng, day=None):
    if day is None:
        day = datetime.date(2025, 1, 6) + datetime.timedelta(days=rng.randint(0, 320))
    tz = datetime.timezone(datetime.timedelta(hours=-5 if day.month in (1, 2, 11, 12) else -4))
    return datetime.datetime(day.year, day.month, day.day, rng.randint(6, 21), rng.randint(0, 59),
                             rng.randint(0, 59), tzinfo=tz)


def choose_opts(rng, lang, spec):
    """Pick transport options for one message."""
    if lang == "fr":
        charset = rng.choices(["utf-8", "iso-8859-1", "windows-1252", "us-ascii"], [50, 20, 20, 10])[0]
    else:
        charset = rng.choices(["utf-8", "us-ascii", "windows-1252", "iso-8859-1"], [45, 35, 12, 8])[0]
    if charset == "us-ascii":
        cte = rng.choices(["7bit", "quoted-printable", "base64"], [75, 15, 10])[0]
    elif charset == "utf-8":
        cte = rng.choices(["8bit", "quoted-printable", "base64"], [30, 35, 35])[0]
    else:
        cte = rng.choices(["8bit", "quoted-printable", "base64"], [40, 45, 15])[0]
    layout = spec.get("layout") or rng.choices(["plain", "alt", "html"], [50, 35, 15])[0]
    fmode = rng.choice(["plain", "plain", "rfc2231", "rfc2231cont", "rfc2047"])
    hcharset = rng.choice(["utf-8", "utf-8", "iso-8859-1"]) if charset != "us-ascii" else "utf-8"
    return {"charset": charset, "cte": cte, "crlf": rng.random() < 0.45, "layout": layout,
            "fmode": fmode, "hcharset": hcharset}
