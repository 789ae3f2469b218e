"""Hand assembly of MIME messages with controlled charsets, encodings and line ends."""
import base64
import html as _html
import quopri
import urllib.parse
from email.header import Header
from email.utils import formataddr, format_datetime


class Att:
    def __init__(self, filename, ctype, data=None, text=None, charset=None, cte=None,
                 rfc2231=None, disp="attachment", nested=None):
        self.filename, self.ctype = filename, ctype
        self.data, self.text, self.charset, self.cte = data, text, charset, cte
        self.rfc2231, self.disp, self.nested = rfc2231, disp, nested


class Mail:
    def __init__(self, lang, cat, note, types, frm, to, subject, text, html=None, cc=(), atts=(),
                 ids=(), holders=(), names=(), reply=False, modes=None, xheaders=(), confidential=None):
        self.lang, self.cat, self.note, self.types = lang, cat, note, sorted(set(types))
        self.frm, self.to, self.cc = frm, list(to), list(cc)
        self.subject, self.text, self.html = subject, text, html
        self.atts = list(atts)
        self.ids = list(ids)            # (type, canonical value) for checksum checks
        self.holders = list(holders)    # (Holder, rendered name, rendered dob) for NAM checks
        self.names = list(names)        # patient names that must be findable
        self.reply = reply
        self.modes = modes              # allowed body modes
        self.xheaders = list(xheaders)
        self.confidential = confidential
        self.date = None
        self.msgid = None
        self.transport = None


class Transport:
    def __init__(self, body_mode="plain", charset="utf-8", cte="8bit", eol="lf", hdr_cs="utf-8",
                 mailer=None, html_cte=None):
        self.body_mode, self.charset, self.cte, self.eol = body_mode, charset, cte, eol
        self.hdr_cs, self.mailer, self.html_cte = hdr_cs, mailer, html_cte or cte


def _is_ascii(s):
    return all(ord(c) < 128 for c in s)


def encode_text(text, charset, cte):
    """Returns (charset, cte, body bytes). Falls back when the charset cannot hold the text."""
    if not text.endswith("\n"):
        text += "\n"
    chain = [charset]
    if charset == "iso-8859-1":
        chain.append("windows-1252")
    chain.append("utf-8")
    if charset == "us-ascii" and not _is_ascii(text):
        chain = ["utf-8"]
    raw = None
    for cs in chain:
        try:
            raw = text.encode(cs)
            charset = cs
            break
        except UnicodeEncodeError:
            continue
    longest = max(len(l) for l in raw.split(b"\n"))
    if cte == "7bit" and (not _is_ascii(text) or longest > 900):
        cte = "quoted-printable"
    if cte == "8bit" and longest > 900:
        cte = "quoted-printable"
    if cte in ("7bit", "8bit"):
        body = raw
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    return charset, cte, body


def hdr(value, cs):
    if _is_ascii(value):
        return value
    try:
        value.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return Header(value, cs, maxlinelen=76, header_name="Subject").encode()


def addr(pair, cs="utf-8"):
    name, mail = pair
    if not name:
        return mail
    if _is_ascii(name):
        return formataddr((name, mail))
    try:
        name.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return formataddr((name, mail), charset=cs)


def filename_params(fn, force2231):
    """Content-Type name and Content-Disposition filename parameters."""
    if _is_ascii(fn) and not force2231:
        return 'name="%s"' % fn, 'filename="%s"' % fn
    enc = urllib.parse.quote(fn, safe="")
    ct_name = 'name="%s"' % Header(fn, "utf-8").encode().replace("\n", "")
    if len(enc) <= 60:
        return ct_name, "filename*=utf-8''%s" % enc
    # RFC 2231 continuations, never cutting a %XX triplet
    chunks, cur = [], ""
    i = 0
    while i < len(enc):
        tok = enc[i:i + 3] if enc[i] == "%" else enc[i]
        if len(cur) + len(tok) > 40:
            chunks.append(cur)
            cur = ""
        cur += tok
        i += len(tok)
    chunks.append(cur)
    parts = []
    for n, c in enumerate(chunks):
        parts.append("filename*%d*=%s%s" % (n, "utf-8''" if n == 0 else "", c))
    return ct_name, ";\n ".join(parts)


def text_to_html(text, lang):
    out = ['<!DOCTYPE html>', '<html lang="%s"><head><meta charset="utf-8"><title></title></head>' % lang,
           '<body style="font-family: Calibri, Arial, sans-serif; font-size: 11pt">']
    paras = text.strip("\n").split("\n\n")
    for p in paras:
        lines = p.split("\n")
        if any(" | " in l for l in lines) and any(l.startswith("---") for l in lines):
            out.append('<pre style="font-family:Consolas,monospace;font-size:9pt">%s</pre>' %
                       _html.escape("\n".join(lines)))
        elif all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(_html.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote style="border-left:2px solid #999;margin-left:4px;padding-left:8px">'
                       '%s</blockquote>' % inner)
        elif lines[0] == "-- ":
            out.append('<p style="color:#555;font-size:9pt">%s</p>' %
                       "<br>\n".join(_html.escape(l) for l in lines[1:]))
        else:
            out.append("<p>%s</p>" % "<br>\n".join(_html.escape(l) for l in lines))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def html_table(rows, border=1):
    h = ['<table border="%d" cellpadding="3" cellspacing="0" style="border-collapse:collapse">' % border]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        h.append("<tr>" + "".join("<%s>%s</%s>" % (tag, _html.escape(str(c)), tag) for c in r) + "</tr>")
    h.append("</table>")
    return "\n".join(h)


def text_table(rows, sep=" | ", header=True):
    widths = [max(len(str(r[i])) for r in rows if i < len(r)) for i in range(max(len(r) for r in rows))]
    out = []
    for i, r in enumerate(rows):
        out.append(sep.join(str(c).ljust(widths[j]) for j, c in enumerate(r)).rstrip())
        if i == 0 and header:
            out.append("-" * min(90, sum(widths) + len(sep) * (len(widths) - 1)))
    return "\n".join(out)


class Builder:
    def __init__(self, tag):
        self.tag = tag
        self.nb = 0

    def boundary(self):
        self.nb += 1
        return "----=_Part_%s_%d" % (self.tag, self.nb)

    def text_part(self, text, subtype, cs, cte):
        cs, cte, body = encode_text(text, cs, cte)
        head = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (subtype, cs, cte)
        return head.encode("ascii") + b"\n" + body

    def multipart(self, subtype, parts):
        b = self.boundary()
        out = [('Content-Type: multipart/%s;\n boundary="%s"\n\n' % (subtype, b)).encode("ascii")]
        if subtype == "mixed":
            out.append(b"This is a multi-part message in MIME format.\n\n")
        for p in parts:
            out.append(("--%s\n" % b).encode("ascii"))
            out.append(p if p.endswith(b"\n") else p + b"\n")
        out.append(("--%s--\n" % b).encode("ascii"))
        return b"".join(out)

    def att_part(self, a, tr):
        ct_name, disp_fn = filename_params(a.filename, a.rfc2231)
        if a.ctype == "message/rfc822":
            body = a.nested
            cte = "8bit" if any(x > 127 for x in body) else "7bit"
            head = "Content-Type: message/rfc822; %s\nContent-Disposition: %s; %s\nContent-Transfer-Encoding: %s\n" % (
                ct_name, a.disp, disp_fn, cte)
            return head.encode("ascii") + b"\n" + body
        if a.text is not None:
            cs, cte, body = encode_text(a.text, a.charset or tr.charset, a.cte or "quoted-printable")
            extra = "; method=REQUEST" if a.ctype == "text/calendar" else ""
            head = 'Content-Type: %s; charset="%s"%s; %s\nContent-Disposition: %s; %s\nContent-Transfer-Encoding: %s\n' % (
                a.ctype, cs, extra, ct_name, a.disp, disp_fn, cte)
            return head.encode("ascii") + b"\n" + body
        body = base64.encodebytes(a.data)
        head = "Content-Type: %s; %s\nContent-Disposition: %s; %s\nContent-Transfer-Encoding: base64\n" % (
            a.ctype, ct_name, a.disp, disp_fn)
        return head.encode("ascii") + b"\n" + body


def render(mail, tr, tag):
    """Bytes of a complete message (LF or CRLF line ends per transport)."""
    b = Builder(tag)
    html = mail.html
    if tr.body_mode in ("html", "alt") and html is None:
        html = text_to_html(mail.text, mail.lang)
    if tr.body_mode == "plain":
        body = b.text_part(mail.text, "plain", tr.charset, tr.cte)
    elif tr.body_mode == "html":
        body = b.text_part(html, "html", tr.charset, tr.html_cte)
    else:
        body = b.multipart("alternative", [b.text_part(mail.text, "plain", tr.charset, tr.cte),
                                           b.text_part(html, "html", tr.charset, tr.html_cte)])
    if mail.atts:
        body = b.multipart("mixed", [body] + [b.att_part(a, tr) for a in mail.atts])
    heads = ["From: " + addr(mail.frm, tr.hdr_cs),
             "To: " + ",\n ".join(addr(t, tr.hdr_cs) for t in mail.to)]
    if mail.cc:
        heads.append("Cc: " + ",\n ".join(addr(t, tr.hdr_cs) for t in mail.cc))
    heads += ["Subject: " + hdr(mail.subject, tr.hdr_cs),
              "Date: " + format_datetime(mail.date),
              "Message-ID: " + mail.msgid]
    if mail.reply:
        heads.append("In-Reply-To: " + mail.reply)
        heads.append("References: " + mail.reply)
    for k, v in mail.xheaders:
        heads.append("%s: %s" % (k, v))
    if tr.mailer:
        heads.append("X-Mailer: " + tr.mailer)
    heads.append("MIME-Version: 1.0")
    data = ("\n".join(heads) + "\n").encode("ascii") + body
    if tr.eol == "crlf":
        data = data.replace(b"\n", b"\r\n")
    return data
