"""Hand-assembled MIME with controlled charsets, encodings, line ends and boundaries."""
import base64
import html as htmlmod
import quopri
import re
from email.charset import Charset, QP as CS_QP, BASE64 as CS_B64
from email.header import Header
from email.utils import encode_rfc2231, format_datetime, formataddr


class Att:
    """One attachment.  data is bytes, or str for text types."""

    def __init__(self, filename, ctype, data, charset=None, params=None):
        self.filename = filename
        self.ctype = ctype
        self.data = data
        self.charset = charset
        self.params = params or []


class Mail:
    def __init__(self, lang, category, note, subject, sender, to, text=None, html=None, cc=None,
                 atts=None, types=(), form=None, headers=None, ids=None, nams=None, names=None,
                 date=None, confidential=None):
        self.lang = lang
        self.category = category
        self.note = note
        self.subject = subject
        self.sender = sender
        self.to = to
        self.cc = cc or []
        self.text = text
        self.html = html
        self.atts = atts or []
        self.types = set(types)
        self.form = form
        self.headers = headers or []
        self.ids = ids or []        # (kind, value) identifiers to validate
        self.nams = nams or []      # NAM holders used
        self.names = names or []    # name strings that must appear somewhere
        self.date = date
        self.confidential = confidential


def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def text_to_html(text, lang):
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    out = ['<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%">'
           '</head>' % lang, '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for b in blocks:
        lines = b.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(htmlmod.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote style="border-left:2px solid #999;margin:0 0 0 6px;padding-left:8px">'
                       + inner + "</blockquote>")
        elif len(lines) > 1 and all(" | " in l for l in lines):
            rows = []
            for i, l in enumerate(lines):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join("<%s>%s</%s>" % (tag, htmlmod.escape(c.strip()), tag)
                                             for c in l.split(" | ")) + "</tr>")
            out.append('<table border="1" cellpadding="3" style="border-collapse:collapse">\n'
                       + "\n".join(rows) + "\n</table>")
        else:
            out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in lines) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def html_to_text(h):
    t = re.sub(r"(?is)<(script|style).*?</\1>", "", h)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|tr|h\d|li|table)>", "\n", t)
    t = re.sub(r"(?i)</t[dh]>", " | ", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = htmlmod.unescape(t)
    t = re.sub(r"[ \t]+\n", "\n", t)
    return re.sub(r"\n{3,}", "\n\n", t).strip() + "\n"


class Builder:
    def __init__(self, rng, idx, domain):
        self.rng = rng
        self.idx = idx
        self.domain = domain
        self.nb = 0

    def boundary(self):
        self.nb += 1
        return "----=_Part_%d_%04d.%08x" % (self.nb, self.idx, self.rng.getrandbits(32))

    # ------------------------------------------------------------ leaves
    def pick_charset(self, text, prefer=None):
        rng = self.rng
        if prefer and _encodable(text, prefer):
            return prefer
        opts = ["utf-8"] * 5 + ["iso-8859-1", "windows-1252", "windows-1252"]
        if _is_ascii(text):
            opts += ["us-ascii"] * 3
        while True:
            cs = rng.choice(opts)
            if _encodable(text, cs):
                return cs

    def pick_cte(self, text, cs):
        r = self.rng.random()
        if cs == "us-ascii" or _is_ascii(text):
            return "7bit" if r < 0.6 else ("quoted-printable" if r < 0.85 else "base64")
        return "8bit" if r < 0.35 else ("quoted-printable" if r < 0.75 else "base64")

    @staticmethod
    def encode_body(raw, cte):
        if cte == "base64":
            return base64.encodebytes(raw).decode("ascii")
        if cte == "quoted-printable":
            return quopri.encodestring(raw).decode("ascii")
        s = raw.decode("latin-1")  # bytes are already in the target charset
        return s if s.endswith("\n") else s + "\n"

    def text_leaf(self, text, subtype, cs=None, cte=None):
        text = text.replace("\r\n", "\n")
        cs = cs or self.pick_charset(text)
        if subtype == "html":
            text = text.replace("%CS%", cs)
        cte = cte or self.pick_cte(text, cs)
        raw = text.encode(cs)
        hdr = "Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (subtype, cs, cte)
        return hdr + "\n" + self.encode_body(raw, cte), cs

    def fname_params(self, fn):
        """Content-Type name and Content-Disposition filename parameters."""
        rng = self.rng
        if _is_ascii(fn) and rng.random() < 0.85:
            q = fn.replace('"', "")
            return 'name="%s"' % q, 'filename="%s"' % q
        enc = encode_rfc2231(fn, "utf-8")
        name_param = 'name="%s"' % Header(fn, "utf-8").encode(maxlinelen=1000) if not _is_ascii(fn) \
            else 'name="%s"' % fn
        if len(enc) > 60:
            pieces, cur = [], ""
            i = 0
            while i < len(enc):
                tok = enc[i:i + 3] if enc[i] == "%" else enc[i]
                if len(cur) + len(tok) > 40:
                    pieces.append(cur)
                    cur = ""
                cur += tok
                i += len(tok)
            pieces.append(cur)
            disp = ";\n ".join("filename*%d*=%s" % (n, p) for n, p in enumerate(pieces))
        else:
            disp = "filename*=%s" % enc
        return name_param, disp

    def att_leaf(self, att):
        rng = self.rng
        name_p, disp_p = self.fname_params(att.filename)
        extra = "".join("; %s" % p for p in att.params)
        if att.ctype == "message/rfc822":
            data = att.data.decode("latin-1")  # raw bytes carried through unchanged
            cte = "8bit" if not _is_ascii(data) else "7bit"
            hdr = ("Content-Type: message/rfc822; %s\nContent-Disposition: attachment;\n %s\n"
                   "Content-Transfer-Encoding: %s\n" % (name_p, disp_p, cte))
            return hdr + "\n" + data.replace("\r\n", "\n")
        if isinstance(att.data, str):
            text = att.data.replace("\r\n", "\n")
            cs = att.charset or self.pick_charset(text)
            raw = text.encode(cs)
            r = rng.random()
            if _is_ascii(text):
                cte = "7bit" if r < 0.3 else ("quoted-printable" if r < 0.5 else "base64")
            else:
                cte = "8bit" if r < 0.25 else ("quoted-printable" if r < 0.55 else "base64")
            ctype = "%s; charset=\"%s\"%s; %s" % (att.ctype, cs, extra, name_p)
        else:
            raw = att.data
            cte = "base64"
            ctype = "%s%s; %s" % (att.ctype, extra, name_p)
        hdr = ("Content-Type: %s\nContent-Disposition: attachment;\n %s\nContent-Transfer-Encoding: %s\n"
               % (ctype, disp_p, cte))
        return hdr + "\n" + self.encode_body(raw, cte)

    def multipart(self, subtype, parts):
        b = self.boundary()
        body = "Content-Type: multipart/%s;\n boundary=\"%s\"\n\n" % (subtype, b)
        if self.rng.random() < 0.5:
            body += "This is a multi-part message in MIME format.\n\n"
        for p in parts:
            body += "--%s\n%s\n" % (b, p.rstrip("\n") + "\n")
        body += "--%s--\n" % b
        return body

    # ------------------------------------------------------------ headers
    def addr(self, pair):
        name, a = pair
        if not name:
            return a
        if _is_ascii(name):
            return formataddr((name, a))
        cs = "utf-8" if self.rng.random() < 0.7 or not _encodable(name, "iso-8859-1") else "iso-8859-1"
        return formataddr((name, a), charset=cs)

    def subject(self, s):
        rng = self.rng
        if _is_ascii(s) and rng.random() > 0.12:
            return fold_ascii("Subject", s)
        r = rng.random()
        if r < 0.45:
            cs = Charset("utf-8")
        elif r < 0.75 or not _encodable(s, "iso-8859-1"):
            cs = Charset("utf-8")
            cs.header_encoding = CS_QP
        else:
            cs = Charset("iso-8859-1")
            cs.header_encoding = CS_QP if rng.random() < 0.7 else CS_B64
        return "Subject: " + Header(s, cs, header_name="Subject").encode(maxlinelen=76)


def fold_ascii(name, value, width=76):
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def assemble(mail, idx, rng, domain, inner=False, eol=None):
    """Return the message bytes."""
    b = Builder(rng, idx, domain)
    # --- body (plain / html / alternative)
    form = mail.form
    if form is None:
        if mail.html is not None and mail.text is None:
            form = "html" if rng.random() < 0.5 else "alt"
        elif mail.html is not None:
            form = "alt"
        else:
            r = rng.random()
            form = "plain" if r < 0.5 else ("alt" if r < 0.82 else "html")
    text = mail.text
    html = mail.html
    if form in ("html", "alt") and html is None:
        html = text_to_html(text, mail.lang)
    if form == "alt" and text is None:
        text = html_to_text(html)
    if form == "plain":
        body, _ = b.text_leaf(text, "plain")
    elif form == "html":
        body, _ = b.text_leaf(html, "html")
    else:
        p1, cs = b.text_leaf(text, "plain")
        p2, _ = b.text_leaf(html, "html", cs=cs if rng.random() < 0.7 else None)
        body = b.multipart("alternative", [p1, p2])
    if mail.atts:
        parts = [body] + [b.att_leaf(a) for a in mail.atts]
        body = b.multipart("mixed", parts)
    # --- headers
    hdrs = ["From: " + b.addr(mail.sender),
            "To: " + ",\n ".join(b.addr(t) for t in mail.to)]
    if mail.cc:
        hdrs.append("Cc: " + ",\n ".join(b.addr(t) for t in mail.cc))
    hdrs.append(b.subject(mail.subject))
    hdrs.append("Date: " + format_datetime(mail.date))
    hdrs.append("Message-ID: <%s.%04d.%s@%s>" % (mail.date.strftime("%Y%m%d%H%M%S"), idx,
                                                  "%06x" % rng.getrandbits(24), domain))
    for h in mail.headers:
        hdrs.append(h)
    hdrs.append("MIME-Version: 1.0")
    msg = "\n".join(hdrs) + "\n" + body
    if eol is None:
        eol = "\r\n" if rng.random() < 0.35 else "\n"
    if inner:
        eol = "\n"
    if eol == "\r\n":
        msg = msg.replace("\n", "\r\n")
    return msg.encode("latin-1")
