"""Hand-assembled MIME with varied transports (charsets, encodings, line ends, RFC 2047/2231)."""
import base64
import email.charset
import email.header
import email.utils
import html
import quopri
import unicodedata
import urllib.parse

from gen_common import fold

MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 115.9", "Zimbra 9.0 (ZimbraWebClient - FF124)",
           "Apple Mail (2.3774)", "Microsoft Outlook 15.0", None, None]

TYPO = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u0153": "oe",
        "\u0152": "OE", "\u2026": "...", "\u00a0": " ", "\u2192": "->", "\u2265": ">=", "\u2264": "<=",
        "\u2191": "(haut)", "\u2193": "(bas)", "\u00b5": "u"}


def simplify(text):
    return "".join(TYPO.get(c, c) for c in text)


def deaccent(text):
    text = simplify(text)
    out = []
    for c in text:
        if ord(c) < 128:
            out.append(c)
            continue
        d = unicodedata.normalize("NFKD", c)
        d = "".join(x for x in d if not unicodedata.combining(x))
        out.append(d if d and all(ord(x) < 128 for x in d) else {"«": '"', "»": '"', "°": " deg", "×": "x",
                                                                  "²": "2", "½": "1/2"}.get(c, "?"))
    return "".join(out)


def can(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


class Transport:
    pass


def _has_fullwidth(s):
    return any(0xFF00 <= ord(c) <= 0xFFEF for c in s)


def plan(r, spec):
    tp = Transport()
    tp.crlf = r.random() < 0.33
    if spec.atts:
        tp.structure = "mixed"
        tp.inner = r.choice(["plain", "plain", "alt", "alt", "html"])
    else:
        tp.structure = spec.structure or r.choices(["plain", "alt", "html"], [45, 35, 20])[0]
        tp.inner = None
    text = spec.body + (spec.html or "")
    fw = _has_fullwidth(text)
    if spec.lang == "en":
        opts = [("us-ascii", 30), ("utf-8", 35), ("iso-8859-1", 15), ("windows-1252", 20)]
    else:
        opts = [("utf-8", 45), ("iso-8859-1", 22), ("windows-1252", 23), ("us-ascii", 10)]
    cs = r.choices([o[0] for o in opts], [o[1] for o in opts])[0]
    tp.transform = None
    if fw:
        cs = "utf-8"
    elif cs == "us-ascii":
        if not can(text, "ascii"):
            tp.transform = "deaccent" if spec.lang == "fr" or r.random() < 0.5 else None
            if tp.transform is None:
                cs = "utf-8"
    elif cs in ("iso-8859-1", "windows-1252"):
        if not can(text, cs):
            if can(simplify(text), cs):
                tp.transform = "simplify"
            else:
                cs = "utf-8"
    tp.charset = cs
    if cs == "us-ascii":
        tp.cte = r.choices(["7bit", "quoted-printable", "base64"], [70, 15, 15])[0]
    elif cs == "utf-8":
        tp.cte = r.choices(["8bit", "quoted-printable", "base64"], [35, 35, 30])[0]
    else:
        tp.cte = r.choices(["8bit", "quoted-printable", "base64"], [40, 45, 15])[0]
    tp.hdr_cs = "utf-8" if (cs in ("utf-8", "us-ascii") or not can(spec.subject, "iso-8859-1")) else \
        r.choice([cs, "utf-8"])
    tp.hdr_mode = r.choice(["b", "q"])
    tp.force_subject_ew = r.random() < 0.08
    tp.rfc2231 = r.random() < 0.3
    tp.mailer = r.choice(MAILERS)
    tp.preamble = r.random() < 0.5
    tp.bseed = r.getrandbits(48)
    return tp


def apply_transform(tp, s):
    if s is None:
        return None
    if tp.transform == "deaccent":
        return deaccent(s)
    if tp.transform == "simplify":
        return simplify(s)
    return s


# ------------------------------------------------------------------ headers
def enc_word(s, cs, mode):
    c = email.charset.Charset(cs)
    c.header_encoding = email.charset.BASE64 if mode == "b" else email.charset.QP
    return email.header.Header(s, charset=c, maxlinelen=74).encode()


def hdr_text(s, tp, force=False):
    if all(ord(c) < 128 for c in s) and not force:
        return s
    cs = tp.hdr_cs if can(s, tp.hdr_cs) else "utf-8"
    return enc_word(s, cs, tp.hdr_mode)


def name_word(s, tp):
    """Encode a display name as ONE encoded word (never split inside a phrase)."""
    cs = tp.hdr_cs if can(s, tp.hdr_cs) else "utf-8"
    for mode in (tp.hdr_mode, "b" if tp.hdr_mode == "q" else "q"):
        w = enc_word_single(s, cs, mode)
        if len(w) <= 75:
            return w
    w = enc_word_single(s, "utf-8", "b")
    assert len(w) <= 75, s
    return w


def enc_word_single(s, cs, mode):
    data = s.encode(cs)
    if mode == "b":
        return "=?%s?b?%s?=" % (cs, base64.b64encode(data).decode("ascii"))
    out = []
    for byte in data:
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isalnum() and byte < 128:
            out.append(ch)
        else:
            out.append("=%02X" % byte)
    return "=?%s?q?%s?=" % (cs, "".join(out))


def addr(name, mail, tp):
    if not name:
        return "<%s>" % mail if tp.bseed % 3 == 0 else mail
    if all(ord(c) < 128 for c in name):
        if any(ch in name for ch in ',.()<>@;:"[]'):
            return '"%s" <%s>' % (name.replace('"', "'"), mail)
        return "%s <%s>" % (name, mail)
    return "%s <%s>" % (name_word(name, tp), mail)


def fold_list(items):
    return ",\n ".join(items)


def param_filename(fn, tp, key="filename"):
    if all(ord(c) < 128 for c in fn) and not tp.rfc2231:
        return '%s="%s"' % (key, fn)
    q = urllib.parse.quote(fn, safe="")
    if len(q) > 60:
        chunks = [q[i:i + 50] for i in range(0, len(q), 50)]
        out = []
        for i, ch in enumerate(chunks):
            out.append("%s*%d*=%s%s" % (key, i, "utf-8''" if i == 0 else "", ch))
        return ";\n ".join(out)
    return "%s*=utf-8''%s" % (key, q)


def ctype_name(fn, tp):
    if all(ord(c) < 128 for c in fn):
        return 'name="%s"' % fn
    return 'name="%s"' % enc_word(fn, "utf-8", "b").replace("\n", "")


# --------------------------------------------------------------------- body
def encode_body(text, cs, cte):
    data = text.encode(cs)
    if not data.endswith(b"\n"):
        data += b"\n"
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            assert all(b < 128 for b in data)
        return data
    if cte == "quoted-printable":
        return quopri.encodestring(data, quotetabs=False)
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def enc_binary(data):
    return base64.encodebytes(data)


def to_html(text, cs, r):
    blocks = [b for b in text.split("\n\n")]
    out = []
    font = r.choice(["Calibri, sans-serif", "Arial, Helvetica, sans-serif", "Segoe UI, sans-serif",
                     "Verdana, sans-serif"])
    for b in blocks:
        lines = b.split("\n")
        if not b.strip():
            continue
        if all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(html.escape(ln.lstrip("> ").rstrip(), quote=False) for ln in lines)
            out.append('<blockquote style="border-left:2px solid #999;padding-left:6px;margin-left:4px">\n%s\n'
                       '</blockquote>' % inner)
        elif len(lines) >= 2 and sum("|" in ln for ln in lines) >= len(lines) - 1 and "|" in lines[-1]:
            rows = []
            for ln in lines:
                if "|" not in ln:
                    rows.append("<caption>%s</caption>" % html.escape(ln, quote=False))
                    continue
                cells = [c.strip() for c in ln.split("|")]
                rows.append("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(c, quote=False) for c in cells))
            out.append('<table border="1" cellpadding="3" style="border-collapse:collapse">\n%s\n</table>'
                       % "\n".join(rows))
        elif lines[0] == "-- ":
            out.append('<div class="signature" style="color:#555;font-size:9pt">%s</div>'
                       % "<br>\n".join(html.escape(ln, quote=False) for ln in lines[1:]))
        else:
            out.append("<p>%s</p>" % "<br>\n".join(html.escape(ln, quote=False) for ln in lines))
    body = "\n".join(out)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body style="font-family:%s;font-size:11pt">\n%s\n</body>\n</html>\n' % (cs, font, body))


class Builder:
    def __init__(self, tp):
        self.tp = tp
        self.n = 0

    def boundary(self):
        self.n += 1
        return "----=_Part_%d_%012X.%d" % (self.n, self.tp.bseed, 218 + self.n)

    def text_part(self, sub, text):
        tp = self.tp
        cte = tp.cte
        if cte == "7bit" and not can(text, "ascii"):
            cte = "8bit"
        hdr = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (sub, tp.charset, cte)
        return hdr.encode() + b"\n" + encode_body(text, tp.charset, cte)

    def multipart(self, sub, parts):
        b = self.boundary()
        out = b'Content-Type: multipart/%s;\n boundary="%s"\n\n' % (sub.encode(), b.encode())
        if self.tp.preamble and sub == "mixed":
            out += b"This is a multi-part message in MIME format.\n\n"
        for p in parts:
            out += b"--" + b.encode() + b"\n" + p
            if not p.endswith(b"\n"):
                out += b"\n"
        out += b"--" + b.encode() + b"--\n"
        return out

    def att_part(self, a, r):
        tp = self.tp
        main = a.ctype.split("/")[0]
        if a.ctype == "message/rfc822":
            data = a.data
            cte = "7bit" if all(x < 128 for x in data) else "8bit"
            hdr = 'Content-Type: message/rfc822; %s\nContent-Disposition: attachment;\n %s\n' \
                  'Content-Transfer-Encoding: %s\n' % (ctype_name(a.filename, tp), param_filename(a.filename, tp), cte)
            return hdr.encode() + b"\n" + data
        if main == "text":
            txt = a.data.replace("\r\n", "\n")
            cs = a.charset or ("us-ascii" if can(txt, "ascii") else "utf-8")
            if not can(txt, cs):
                cs = "utf-8"
            cte = a.cte or r.choice(["base64", "quoted-printable", "8bit"] if cs != "us-ascii"
                                    else ["7bit", "base64", "quoted-printable"])
            extra = "; method=REQUEST" if a.ctype == "text/calendar" else ""
            hdr = 'Content-Type: %s; charset="%s"%s;\n %s\nContent-Disposition: attachment;\n %s\n' \
                  'Content-Transfer-Encoding: %s\n' % (a.ctype, cs, extra, ctype_name(a.filename, tp),
                                                       param_filename(a.filename, tp), cte)
            return hdr.encode() + b"\n" + encode_body(txt, cs, cte)
        hdr = 'Content-Type: %s;\n %s\nContent-Disposition: attachment;\n %s\nContent-Transfer-Encoding: base64\n' % (
            a.ctype, ctype_name(a.filename, tp), param_filename(a.filename, tp))
        return hdr.encode() + b"\n" + enc_binary(a.data)


def build(spec, tp, r, msgid):
    """Return the message bytes (LF or CRLF per tp) for a Spec."""
    body = apply_transform(tp, spec.body)
    htm = apply_transform(tp, spec.html)
    subject = apply_transform(tp, spec.subject) if tp.transform == "deaccent" else spec.subject
    b = Builder(tp)

    def html_of():
        return htm.replace("{CHARSET}", tp.charset) if htm else to_html(body, tp.charset, r)

    def content(kind):
        if kind == "plain":
            return b.text_part("plain", body)
        if kind == "html":
            return b.text_part("html", html_of())
        return b.multipart("alternative", [b.text_part("plain", body), b.text_part("html", html_of())])

    if tp.structure == "mixed":
        parts = [content(tp.inner)] + [b.att_part(a, r) for a in spec.atts]
        payload = b.multipart("mixed", parts)
    else:
        payload = content(tp.structure)

    sname, smail = spec.sender
    h = ["From: " + addr(sname, smail, tp),
         "To: " + fold_list([addr(n, m, tp) for n, m in spec.to])]
    if spec.cc:
        h.append("Cc: " + fold_list([addr(n, m, tp) for n, m in spec.cc]))
    h.append("Subject: " + hdr_text(subject, tp, force=tp.force_subject_ew))
    h.append("Date: " + email.utils.format_datetime(spec.date))
    h.append("Message-ID: " + msgid)
    if spec.reply:
        ref = "<%012x.%s@%s>" % (tp.bseed ^ 0x5A5A5A, spec.date.strftime("%Y%m%d"), smail.split("@")[1])
        h.append("In-Reply-To: " + ref)
        h.append("References: " + ref)
    for k, v in spec.extra_headers:
        h.append("%s: %s" % (k, v))
    h.append("MIME-Version: 1.0")
    if tp.mailer:
        h.append(("X-Mailer: " if "Outlook" in tp.mailer or "Zimbra" in tp.mailer else "User-Agent: ") + tp.mailer)
    if r.random() < 0.3:
        h.append("Content-Language: " + ("fr-CA" if spec.lang == "fr" else "en-CA"))
    data = "\n".join(h).encode("ascii") + b"\n" + payload
    if tp.crlf:
        assert b"\r" not in data
        data = data.replace(b"\n", b"\r\n")
    return data


def make_msgid(r, spec):
    dom = spec.sender[1].split("@")[1]
    return "<%s.%08x%04x@%s>" % (spec.date.strftime("%Y%m%d%H%M%S"), r.getrandbits(32), r.getrandbits(16), dom)


def folded_all(spec):
    return fold(spec.subject + "\n" + spec.body)


def inner_eml(spec, r):
    """Build an attached message (always LF; the outer message converts line ends)."""
    import random as _random
    rr = _random.Random(r.getrandbits(64))
    tp = plan(rr, spec)
    tp.crlf = False
    return build(spec, tp, rr, make_msgid(rr, spec))
