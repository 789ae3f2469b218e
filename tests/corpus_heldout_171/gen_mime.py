"""Hand-assembled MIME: charsets, transfer encodings, line ends, RFC 2047 headers, RFC 2231 file names."""
import base64
import email.header
import email.utils
import html
import quopri
import urllib.parse

SANITIZE = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
            "\u2026": "...", "\u0153": "oe", "\u0152": "OE", "\u20ac": "EUR", "\u2022": "*", "\u00a0": " ",
            "\u202f": " ", "\u2192": "->", "\u2265": ">=", "\u2264": "<="}


def fits(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def adapt(text, charset):
    """Return text encodable in charset (typographic fallbacks), or None if impossible."""
    if fits(text, charset):
        return text
    t = "".join(SANITIZE.get(c, c) for c in text)
    return t if fits(t, charset) else None


def enc_header_text(s, charset):
    if all(ord(c) < 128 for c in s):
        return s
    cs = charset if fits(s, charset) and charset != "us-ascii" else "utf-8"
    return email.header.Header(s, cs).encode(linesep="\n")


def enc_addr(name, addr, charset, force=False):
    if not name:
        return addr
    if force or any(ord(c) > 127 for c in name):
        cs = "utf-8" if not fits(name, charset) or charset == "us-ascii" else charset
        return "%s <%s>" % (email.header.Header(name, cs).encode(), addr)
    if any(c in name for c in ',.;:()"@'):
        return '"%s" <%s>' % (name.replace('"', ""), addr)
    return "%s <%s>" % (name, addr)


def force_encoded_subject(s, charset):
    cs = "utf-8" if charset == "us-ascii" or not fits(s, charset) else charset
    h = email.header.Header(s, cs, header_name="Subject")
    return h.encode(linesep="\n")


def encode_body(text, charset, cte):
    data = text.replace("\r\n", "\n").encode(charset)
    if cte in ("7bit", "8bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    return base64.encodebytes(data)


def text_to_html(text, title=None):
    parts = []
    for para in text.replace("\r\n", "\n").split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith("|") for l in lines if l.strip()) and para.strip():
            rows = [r.strip().strip("|").split("|") for r in lines if r.strip()]
            trs = []
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                trs.append("<tr>%s</tr>" % "".join("<%s style=\"border:1px solid #999;padding:2px 6px\">%s</%s>"
                                                   % (tag, html.escape(c.strip()), tag) for c in r))
            parts.append("<table style=\"border-collapse:collapse\">%s</table>" % "\n".join(trs))
        elif para.startswith("> ") or para.startswith(">"):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            parts.append("<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">%s</blockquote>" % inner)
        else:
            parts.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in lines))
    head = "<title>%s</title>" % html.escape(title) if title else ""
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"{cs}\">%s</head>\n"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n%s\n</body></html>\n"
            % (head, "\n".join(parts)))


class Attachment:
    def __init__(self, filename, ctype, data, rfc2231=False, inline=False):
        self.filename, self.ctype, self.data, self.rfc2231, self.inline = filename, ctype, data, rfc2231, inline


class Transport:
    def __init__(self, structure="plain", charset="utf-8", cte="8bit", eol="\n", subj_2047=False,
                 name_2047=False, att_cte="base64"):
        self.structure, self.charset, self.cte, self.eol = structure, charset, cte, eol
        self.subj_2047, self.name_2047, self.att_cte = subj_2047, name_2047, att_cte


def _param_filename(fn, force2231):
    if force2231 or any(ord(c) > 127 for c in fn):
        return "filename*=utf-8''%s" % urllib.parse.quote(fn, safe=""), "name*=utf-8''%s" % urllib.parse.quote(fn, safe="")
    return 'filename="%s"' % fn, 'name="%s"' % fn


class Builder:
    def __init__(self, tag):
        self.tag = tag
        self.nb = 0

    def boundary(self):
        self.nb += 1
        return "----=_Part_%s_%02d" % (self.tag, self.nb)

    def text_part(self, text, subtype, charset, cte):
        t = adapt(text, charset)
        if t is None:
            charset, t = "utf-8", text
        if subtype == "html":
            t = t.replace("{cs}", charset)
        if cte == "7bit" and not all(ord(c) < 128 for c in t):
            cte = "quoted-printable"
        if cte in ("7bit", "8bit") and any(len(l) > 900 for l in t.split("\n")):
            cte = "quoted-printable"
        hdr = "Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (subtype, charset, cte)
        return hdr.encode("ascii") + b"\n" + encode_body(t, charset, cte)

    def att_part(self, att, att_cte):
        fparam, nparam = _param_filename(att.filename, att.rfc2231)
        disp = "inline" if att.inline else "attachment"
        if att.ctype == "message/rfc822":
            data = att.data if att.data.endswith(b"\n") else att.data + b"\n"
            enc = "8bit" if any(b > 127 for b in data) else "7bit"
            hdr = "Content-Type: message/rfc822; %s\nContent-Disposition: %s; %s\nContent-Transfer-Encoding: %s\n" % (
                nparam, disp, fparam, enc)
            return hdr.encode("ascii") + b"\n" + data
        ctype = att.ctype
        data = att.data
        cte = "base64"
        if ctype.startswith("text/"):
            cte = att_cte
            if cte == "quoted-printable":
                body = quopri.encodestring(data.replace(b"\r\n", b"\n"))
            elif cte == "8bit":
                body = data.replace(b"\r\n", b"\n")
            else:
                body = base64.encodebytes(data)
        else:
            body = base64.encodebytes(data)
        if not body.endswith(b"\n"):
            body += b"\n"
        hdr = "Content-Type: %s; %s\nContent-Disposition: %s; %s\nContent-Transfer-Encoding: %s\n" % (
            ctype, nparam, disp, fparam, cte)
        return hdr.encode("ascii") + b"\n" + body

    def multipart(self, subtype, parts):
        b = self.boundary()
        out = b"Content-Type: multipart/%s; boundary=\"%s\"\n\n" % (subtype.encode(), b.encode())
        if subtype == "mixed":
            out += b"This is a multi-part message in MIME format.\n\n"
        for p in parts:
            out += b"--" + b.encode() + b"\n" + p
            if not p.endswith(b"\n"):
                out += b"\n"
        out += b"--" + b.encode() + b"--\n"
        return out


def build(mail, tr, tag):
    """mail: dict with frm,to,cc,subject,date,msgid,body,html,attachments,extra_headers. Returns bytes."""
    B = Builder(tag)
    cs = tr.charset
    html_text = mail.get("html") or text_to_html(mail["body"])
    body = mail["body"]
    if tr.structure == "plain":
        content = B.text_part(body, "plain", cs, tr.cte)
    elif tr.structure == "html":
        content = B.text_part(html_text, "html", cs, tr.cte)
    else:
        content = B.multipart("alternative", [B.text_part(body, "plain", cs, tr.cte),
                                               B.text_part(html_text, "html", cs, tr.cte)])
    atts = mail.get("attachments") or []
    if atts:
        parts = [content] + [B.att_part(a, tr.att_cte) for a in atts]
        content = B.multipart("mixed", parts)
    h = []
    fn, fa = mail["frm"]
    h.append("From: " + enc_addr(fn, fa, cs, tr.name_2047))
    h.append("To: " + ", ".join(enc_addr(n, a, cs, tr.name_2047) for n, a in mail["to"]))
    if mail.get("cc"):
        h.append("Cc: " + ", ".join(enc_addr(n, a, cs, False) for n, a in mail["cc"]))
    subj = mail["subject"]
    h.append("Subject: " + (force_encoded_subject(subj, cs) if tr.subj_2047 else enc_header_text(subj, cs)))
    h.append("Date: " + email.utils.format_datetime(mail["date"]))
    h.append("Message-ID: " + mail["msgid"])
    for k, v in mail.get("extra_headers", []):
        h.append("%s: %s" % (k, v))
    h.append("MIME-Version: 1.0")
    raw = ("\n".join(h) + "\n").encode("ascii") + content
    if tr.eol == "\r\n":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw
