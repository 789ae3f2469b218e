"""Hand-assembled MIME: fixed boundaries, Message-IDs and Dates; charsets, CTEs, EOLs, RFC 2047/2231."""
import base64
import email.charset
import email.header
import email.utils
import html as htmlmod
import quopri
import urllib.parse

TYPO = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
        "\u2026": "...", "\u00a0": " ", "\u0153": "oe", "\u0152": "OE", "\u20ac": "EUR", "\u2264": "<=",
        "\u2265": ">=", "\u00b5": "\u00b5"}


class Att:
    def __init__(self, filename, ctype, data, charset=None, cte=None, rfc2231=False, style=None, inline=False):
        self.filename, self.ctype, self.data = filename, ctype, data
        self.charset, self.cte, self.rfc2231, self.style, self.inline = charset, cte, rfc2231, style, inline


class Mail:
    def __init__(self, lang, category, note, frm, to, subject, body, html=None, atts=(), cc=(),
                 mode=None, rec=None, headers=(), charset=None, cte=None, eol=None, subj_enc=None, date=None):
        self.lang, self.category, self.note = lang, category, note
        self.frm, self.to, self.cc = frm, list(to), list(cc)
        self.subject, self.body, self.html = subject, body, html
        self.atts, self.mode, self.rec, self.headers = list(atts), mode, rec, list(headers)
        self.charset, self.cte, self.eol, self.subj_enc, self.date = charset, cte, eol, subj_enc, date


# ---------------------------------------------------------------- text helpers
def fit_charset(text, charset):
    """Return (charset, text) such that text encodes in charset."""
    if charset in ("us-ascii",):
        if text.isascii():
            return charset, text
        return "utf-8", text
    if charset in ("iso-8859-1", "windows-1252"):
        t = text
        for k, v in TYPO.items():
            if charset == "iso-8859-1" or k not in "\u2019\u2018\u201c\u201d\u2013\u2014\u2026\u0153\u0152\u20ac":
                t = t.replace(k, v)
        try:
            t.encode(charset)
            return charset, t
        except UnicodeEncodeError:
            return "utf-8", text
    return charset, text


def encode_body(raw, cte):
    """raw: bytes with LF line ends. Returns (cte, encoded bytes ending with LF)."""
    if cte in ("7bit", "8bit"):
        if cte == "7bit" and not raw.isascii():
            cte = "quoted-printable"
        elif any(len(x) > 900 for x in raw.split(b"\n")):
            cte = "quoted-printable"
    if cte == "base64":
        out = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        out = quopri.encodestring(raw)
    else:
        out = raw
    if not out.endswith(b"\n"):
        out += b"\n"
    return cte, out


def enc_words(s, charset, enc, name="Subject"):
    if s.isascii():
        return s
    cs_name, s2 = fit_charset(s, charset if charset != "us-ascii" else "utf-8")
    if s2 != s:
        cs_name = "utf-8"
    cs = email.charset.Charset(cs_name)
    cs.header_encoding = email.charset.QP if enc == "q" else email.charset.BASE64
    return email.header.Header(s, cs, header_name=name).encode(linesep="\n")


def fmt_addr(pair, charset, enc):
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        if any(c in name for c in ',.;:()<>@"[]'):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{addr}>"
    return f"{enc_words(name, charset, enc, 'From')} <{addr}>"


def text_to_html(text, lang):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [htmlmod.escape(x) for x in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="%CHARSET%">'
            '<style>body{font-family:Calibri,Arial,sans-serif;font-size:11pt}</style></head>\n<body>\n'
            + "\n".join(out) + "\n</body></html>\n")


def filename_params(fn, style):
    """style: 'plain' | 'rfc2231' | 'rfc2231cont' | 'rfc2047'."""
    if style == "plain" and fn.isascii():
        return f'name="{fn}"', f'filename="{fn}"'
    if style == "rfc2047" and not fn.isascii():
        ew = email.header.Header(fn, "utf-8").encode(linesep="\n", maxlinelen=10000)
        return f'name="{ew}"', f'filename="{ew}"'
    q = urllib.parse.quote(fn, safe="")
    if style == "rfc2231cont" and len(q) > 30:
        chunks = [q[i:i + 30] for i in range(0, len(q), 30)]
        parts = []
        for i, c in enumerate(chunks):
            parts.append(f"filename*{i}*=utf-8''{c}" if i == 0 else f"filename*{i}*={c}")
        return f"name*=utf-8''{q}", ";\n ".join(parts)
    return f"name*=utf-8''{q}", f"filename*=utf-8''{q}"


# ---------------------------------------------------------------- rendering
class Renderer:
    def __init__(self, idx, rng):
        self.idx, self.rng, self.nb = idx, rng, 0

    def boundary(self):
        self.nb += 1
        return f"=_cmesa_{self.idx:03d}_{self.nb}_{self.rng.getrandbits(48):012x}"

    def leaf_text(self, text, subtype, charset, cte, lang):
        charset, text = fit_charset(text, charset)
        if subtype == "html":
            text = text.replace("%CHARSET%", charset)
        raw = text.replace("\r\n", "\n").encode(charset)
        cte, body = encode_body(raw, cte)
        head = f'Content-Type: text/{subtype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n'
        return head.encode("ascii") + b"\n" + body

    def leaf_att(self, a, mail):
        style = a.style or "plain"
        np_, fp = filename_params(a.filename, style)
        disp = "inline" if a.inline else "attachment"
        if a.ctype == "message/rfc822":
            inner = a.data
            cte = "7bit" if inner.isascii() else "8bit"
            head = f"Content-Type: message/rfc822; {np_}\nContent-Disposition: {disp}; {fp}\nContent-Transfer-Encoding: {cte}\n"
            body = inner if inner.endswith(b"\n") else inner + b"\n"
            return head.encode("ascii") + b"\n" + body
        if isinstance(a.data, str):
            cs, txt = fit_charset(a.data, a.charset or "utf-8")
            raw = txt.replace("\r\n", "\n").encode(cs)
            cte, body = encode_body(raw, a.cte or "base64")
            ct = f'{a.ctype}; charset="{cs}"'
        else:
            cte, body = encode_body(a.data, "base64")
            ct = a.ctype
        head = f"Content-Type: {ct}; {np_}\nContent-Disposition: {disp}; {fp}\nContent-Transfer-Encoding: {cte}\n"
        return head.encode("ascii") + b"\n" + body

    def multipart(self, subtype, parts):
        b = self.boundary()
        out = f'Content-Type: multipart/{subtype};\n boundary="{b}"\n\n'.encode("ascii")
        if subtype == "mixed":
            out += b"This is a multi-part message in MIME format.\n"
        for p in parts:
            out += f"\n--{b}\n".encode("ascii") + p
        out += f"\n--{b}--\n".encode("ascii")
        return out

    def body(self, m):
        html = m.html if m.html is not None else text_to_html(m.body, m.lang)
        if m.html is not None and "%CHARSET%" not in html:
            html = html.replace("<head>", '<head><meta charset="%CHARSET%">', 1)
        if m.mode == "plain":
            return self.leaf_text(m.body, "plain", m.charset, m.cte, m.lang)
        if m.mode == "html":
            return self.leaf_text(html, "html", m.charset, m.cte, m.lang)
        return self.multipart("alternative", [self.leaf_text(m.body, "plain", m.charset, m.cte, m.lang),
                                              self.leaf_text(html, "html", m.charset,
                                                             "quoted-printable" if m.cte in ("7bit", "8bit") else m.cte,
                                                             m.lang)])

    def render(self, m, msgid, top=True):
        enc = m.subj_enc or "q"
        cs = m.charset if m.charset != "us-ascii" else "utf-8"
        h = [f"From: {fmt_addr(m.frm, cs, enc)}",
             "To: " + ",\n ".join(fmt_addr(x, cs, enc) for x in m.to)]
        if m.cc:
            h.append("Cc: " + ",\n ".join(fmt_addr(x, cs, enc) for x in m.cc))
        h.append(f"Subject: {enc_words(m.subject, cs, enc)}")
        h.append(f"Date: {email.utils.format_datetime(m.date)}")
        h.append(f"Message-ID: {msgid}")
        for k, v in m.headers:
            h.append(f"{k}: {v}")
        h.append("MIME-Version: 1.0")
        head = ("\n".join(h) + "\n").encode("ascii")
        if m.atts:
            parts = [self.body(m)] + [self.leaf_att(a, m) for a in m.atts]
            payload = self.multipart("mixed", parts)
        else:
            payload = self.body(m)
        out = head + payload
        if top and m.eol == "crlf":
            out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return out


def render_inner(m, idx, rng, msgid):
    """Render a message that will be attached as message/rfc822 (LF line ends)."""
    m.eol = "lf"
    return Renderer(1000 + idx, rng).render(m, msgid, top=False)


# ---------------------------------------------------------------- transport assignment
CHARSETS_FR = ["utf-8", "utf-8", "iso-8859-1", "windows-1252", "utf-8", "windows-1252"]
CHARSETS_EN = ["us-ascii", "utf-8", "us-ascii", "windows-1252", "iso-8859-1", "utf-8"]
CTES = ["quoted-printable", "8bit", "base64", "7bit", "quoted-printable", "8bit"]
MODES = ["plain", "alt", "plain", "html", "alt", "plain"]
MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 128.4", "Apple Mail (2.3774)",
           "Zimbra 9.0 (ZimbraWebClient)", "Roundcube Webmail/1.6.9", None, None]


def assign_transport(m, i):
    """Deterministic variety, rotating with the index so every feature is represented."""
    r = i * 7 + (3 if m.lang == "fr" else 0)
    if m.charset is None:
        m.charset = (CHARSETS_FR if m.lang == "fr" else CHARSETS_EN)[r % 6]
    if m.cte is None:
        m.cte = CTES[(i * 5 + 1) % 6]
    if m.mode is None:
        m.mode = MODES[(i * 11 + 2) % 6]
    if m.eol is None:
        m.eol = "crlf" if (i * 13) % 5 in (0, 2) else "lf"
    if m.subj_enc is None:
        m.subj_enc = "b" if i % 3 == 0 else "q"
    mailer = MAILERS[(i * 3) % len(MAILERS)]
    if mailer and not any(k in ("X-Mailer", "User-Agent") for k, _ in m.headers):
        m.headers.append(("X-Mailer" if "Outlook" in mailer or "Apple" in mailer else "User-Agent", mailer))
    for j, a in enumerate(m.atts):
        if a.style is None:
            if not a.filename.isascii():
                a.style = ["rfc2231", "rfc2231cont", "rfc2047"][(i + j) % 3]
            else:
                a.style = ["plain", "plain", "rfc2231", "plain"][(i + j) % 4]
        if isinstance(a.data, str) and a.cte is None:
            a.cte = ["quoted-printable", "base64", "8bit", "7bit"][(i + j) % 4]
