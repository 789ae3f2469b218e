"""Hand-assembled MIME: charsets, transfer encodings, line ends, RFC 2047 / 2231."""
import base64
import html as htmlmod
import html.entities
import quopri
import urllib.parse
from email.header import Header
from email.utils import format_datetime, formataddr

from gen_docs import Attachment

TYPO = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-",
        "\u2013": "-", "\u0153": "oe", "\u0152": "OE", "\u2026": "...", "\u00a0": " ",
        "\u202f": " ", "\u2022": "*", "\u20ac": "EUR"}


class Mail:
    def __init__(self, lang, category, note, sender, to, subject, text=None, html=None,
                 attachments=None, cc=None, types=None, date=None, in_reply_to=None,
                 force_form=None, records=None, flags=None):
        self.lang = lang
        self.category = category
        self.note = note
        self.sender = sender            # (display name, address)
        self.to = to                    # list of (name, addr)
        self.cc = cc or []
        self.subject = subject
        self.text = text
        self.html = html
        self.attachments = attachments or []
        self.types = sorted(set(types or []))
        self.date = date
        self.in_reply_to = in_reply_to
        self.force_form = force_form    # None / "plain" / "html" / "alt"
        self.records = records or {}    # identifiers used (for the checks)
        self.flags = set(flags or [])   # "quoted_reply", "inline_forward", ...


def _fallback(text, charset):
    try:
        return text.encode(charset), charset
    except UnicodeEncodeError:
        pass
    if charset in ("iso-8859-1", "us-ascii"):
        t2 = "".join(TYPO.get(c, c) for c in text)
        try:
            return t2.encode(charset), charset
        except UnicodeEncodeError:
            pass
    return text.encode("utf-8"), "utf-8"


def encode_text(text, charset, cte):
    """Return (charset actually used, cte, encoded body bytes ending with newline)."""
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    data, charset = _fallback(text, charset)
    ascii_ok = all(b < 128 for b in data)
    if cte in ("7bit", "8bit"):
        cte = "7bit" if ascii_ok else "8bit"
        if max(len(x) for x in data.split(b"\n")) > 900:
            cte = "quoted-printable"
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    return charset, cte, body


def text_to_html(text, entities=False, css=True):
    out = []
    style = ' style="font-family:Calibri,Arial,sans-serif;font-size:11pt"' if css else ""
    out.append("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html\"></head>")
    out.append(f"<body{style}>")
    paras = text.split("\n\n")
    for p in paras:
        lines = p.split("\n")
        if all(x.startswith(">") for x in lines if x):
            inner = "<br>\n".join(_esc(x.lstrip("> ").rstrip(), entities) for x in lines)
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">'
                       + inner + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(_esc(x, entities) for x in lines) + "</p>")
    out.append("</body></html>")
    return "\n".join(out)


def _esc(s, entities):
    s = htmlmod.escape(s, quote=False)
    if entities:
        res = []
        for c in s:
            if ord(c) > 127:
                name = html.entities.codepoint2name.get(ord(c))
                res.append(f"&{name};" if name else f"&#{ord(c)};")
            else:
                res.append(c)
        s = "".join(res)
    return s


def _enc_header(value, charset):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        cs = "utf-8" if charset in ("utf-8", "us-ascii") else "iso-8859-1"
        try:
            value.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        return Header(value, charset=cs, header_name="Subject").encode(linesep="\n")


def _addr(pair, charset):
    name, addr = pair
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        cs = "utf-8" if charset in ("utf-8", "us-ascii") else "iso-8859-1"
        try:
            name.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        return formataddr((name, addr), charset=cs)


def _filename_params(fname, use2231):
    try:
        fname.encode("ascii")
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if ascii_ok and not use2231:
        return f'; name="{fname}"', f'; filename="{fname}"'
    q = urllib.parse.quote(fname, safe="")
    return f"; name*=utf-8''{q}", f"; filename*=utf-8''{q}"


class Builder:
    def __init__(self, rng, domain):
        self.rng = rng
        self.domain = domain

    def boundary(self, tag):
        return f"----=_{tag}_{self.rng.getrandbits(64):016X}"

    # -- leaves -----------------------------------------------------------
    def text_leaf(self, text, subtype, charset, cte, extra=""):
        cs, cte, body = encode_text(text, charset, cte)
        hdr = [f'Content-Type: text/{subtype}; charset="{cs}"{extra}',
               f"Content-Transfer-Encoding: {cte}"]
        return hdr, body

    def att_leaf(self, att):
        nparam, fparam = _filename_params(att.filename, att.rfc2231)
        main = att.ctype.split("/")[0]
        if main == "message":
            data = att.data
            ascii_ok = all(b < 128 for b in data)
            hdr = [f"Content-Type: {att.ctype}{nparam}",
                   f"Content-Transfer-Encoding: {'7bit' if ascii_ok else '8bit'}",
                   f"Content-Disposition: {att.disposition}{fparam}"]
            body = data if data.endswith(b"\n") else data + b"\n"
            return hdr, body
        if main == "text":
            text = att.data if isinstance(att.data, str) else att.data.decode("utf-8")
            cte = att.cte or self.rng.choice(["quoted-printable", "base64", "8bit"])
            cs, cte, body = encode_text(text, att.charset or "utf-8", cte)
            extra = ""
            if att.ctype == "text/calendar":
                extra = "; method=REQUEST"
            hdr = [f'Content-Type: {att.ctype}; charset="{cs}"{extra}{nparam}',
                   f"Content-Transfer-Encoding: {cte}",
                   f"Content-Disposition: {att.disposition}{fparam}"]
            return hdr, body
        hdr = [f"Content-Type: {att.ctype}{nparam}",
               "Content-Transfer-Encoding: base64",
               f"Content-Disposition: {att.disposition}{fparam}"]
        return hdr, base64.encodebytes(att.data)

    @staticmethod
    def multipart(subtype, boundary, parts, preamble=None):
        hdr = [f'Content-Type: multipart/{subtype};\n boundary="{boundary}"']
        chunks = []
        if preamble:
            chunks.append(preamble.encode("ascii") + b"\n")
        for phdr, pbody in parts:
            chunks.append(f"--{boundary}\n".encode("ascii"))
            chunks.append(("\n".join(phdr) + "\n\n").encode("ascii"))
            chunks.append(pbody)
        chunks.append(f"--{boundary}--\n".encode("ascii"))
        return hdr, b"".join(chunks)

    # -- whole message ----------------------------------------------------
    def choose_charset(self, lang, text):
        r = self.rng
        try:
            text.encode("ascii")
            is_ascii = True
        except UnicodeEncodeError:
            is_ascii = False
        if is_ascii and r.random() < 0.55:
            return "us-ascii"
        if lang == "fr":
            return r.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
        return r.choice(["utf-8", "utf-8", "utf-8", "windows-1252", "iso-8859-1"])

    def build(self, mail, msgid, inner=False):
        r = self.rng
        alltext = (mail.text or "") + (mail.html or "") + mail.subject
        charset = self.choose_charset(mail.lang, alltext)
        cte = r.choice(["8bit", "8bit", "quoted-printable", "quoted-printable", "base64"])
        form = mail.force_form
        if form is None:
            x = r.random()
            form = "plain" if x < 0.45 else ("alt" if x < 0.8 else "html")
        if mail.text is None:
            form = "html"
        html_src = mail.html
        if form in ("html", "alt") and html_src is None:
            html_src = text_to_html(mail.text, entities=r.random() < 0.3)

        if form == "plain":
            body_node = self.text_leaf(mail.text, "plain", charset,
                                       cte, "; format=flowed" if r.random() < 0.15 else "")
        elif form == "html":
            body_node = self.text_leaf(html_src, "html", charset, cte)
        else:
            p1 = self.text_leaf(mail.text, "plain", charset, cte)
            p2 = self.text_leaf(html_src, "html", charset,
                                r.choice(["quoted-printable", "base64", cte]))
            body_node = self.multipart("alternative", self.boundary("alt"), [p1, p2])

        if mail.attachments:
            parts = [body_node] + [self.att_leaf(a) for a in mail.attachments]
            root = self.multipart("mixed", self.boundary("mix"), parts,
                                  preamble="This is a multi-part message in MIME format."
                                  if r.random() < 0.5 else None)
        else:
            root = body_node

        hcs = charset if charset != "us-ascii" else r.choice(["utf-8", "iso-8859-1"])
        h = []
        h.append("From: " + _addr(mail.sender, hcs))
        h.append("To: " + ",\n ".join(_addr(a, hcs) for a in mail.to))
        if mail.cc:
            h.append("Cc: " + ",\n ".join(_addr(a, hcs) for a in mail.cc))
        h.append("Subject: " + _enc_header(mail.subject, hcs))
        h.append("Date: " + format_datetime(mail.date))
        h.append(f"Message-ID: {msgid}")
        if mail.in_reply_to:
            h.append(f"In-Reply-To: {mail.in_reply_to}")
            h.append(f"References: {mail.in_reply_to}")
        h.append("MIME-Version: 1.0")
        if not inner:
            ua = r.choice([None, "Microsoft Outlook 16.0", "Mozilla Thunderbird 115.8",
                           "Zimbra 9.0 (ZimbraWebClient)", None, "Apple Mail (2.3731)"])
            if ua:
                h.append(("X-Mailer: " if "Outlook" in ua or "Apple" in ua else "User-Agent: ") + ua)
            if r.random() < 0.3:
                h.append(f"Content-Language: {'fr-CA' if mail.lang == 'fr' else 'en-CA'}")
        rhdr, rbody = root
        head = "\n".join(h + rhdr) + "\n\n"
        return head.encode("ascii") + rbody, form, charset


def finish(raw, crlf):
    raw = raw.replace(b"\r\n", b"\n")
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    return raw


def eml_attachment(builder, mail, msgid, filename, rfc2231=False):
    inner, _, _ = builder.build(mail, msgid, inner=True)
    return Attachment(filename, "message/rfc822", inner, rfc2231=rfc2231)
