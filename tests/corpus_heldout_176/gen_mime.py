"""Hand-assembled MIME: deterministic boundaries, charsets, transfer encodings, line ends,
RFC 2047 encoded words and RFC 2231 file names."""
import base64
import html
import quopri
from email.charset import Charset, BASE64, QP
from email.header import Header
from email.utils import format_datetime

BINARY_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
}


class Att:
    """An attachment. kind: pdf, docx, xlsx, zip, csv, ics, vcf, eml."""

    def __init__(self, kind, filename, data, method=None):
        self.kind, self.filename, self.data, self.method = kind, filename, data, method


def can_encode(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def enc_word(s, cs, mode):
    c = Charset(cs)
    c.header_encoding = BASE64 if mode == "b" else QP
    return Header(s, c).encode(maxlinelen=76, linesep="\n")


def header_text(s, style, force=False):
    """Subject or display name: raw if ASCII (unless force), otherwise RFC 2047."""
    if s.isascii() and not force:
        return s
    cs = style.get("hdr_charset", "utf-8")
    if not can_encode(s, cs):
        cs = "utf-8"
    return enc_word(s, cs, style.get("hdr_mode", "b"))


def fmt_addr(name, addr, style):
    if not name:
        return addr
    if not name.isascii() or style.get("enc_names"):
        return "%s <%s>" % (header_text(name, style, force=True), addr)
    if any(c in name for c in ',.;:()"'):
        return '"%s" <%s>' % (name.replace('"', ""), addr)
    return "%s <%s>" % (name, addr)


def fold_addrs(lst, style):
    return ",\n ".join(fmt_addr(n, a, style) for n, a in lst)


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        return raw if raw.endswith(b"\n") else raw + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def text_part(text, subtype, style):
    cs, cte = style["charset"], style["cte"]
    if not can_encode(text, cs):
        cs = "utf-8"
    if cs == "us-ascii" and not text.isascii():
        cs = "utf-8"
    if cte == "7bit" and not text.isascii():
        cte = "8bit"
    if cte == "8bit" and text.isascii() and cs == "us-ascii":
        cte = "7bit"
    hdr = "Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (subtype, cs, cte)
    if style.get("format_flowed") and subtype == "plain":
        hdr = "Content-Type: text/plain; charset=\"%s\"; format=flowed\nContent-Transfer-Encoding: %s\n" % (cs, cte)
    return hdr.encode("ascii") + b"\n" + encode_body(text, cs, cte)


def text_to_html(text, lang):
    out, quote = [], False
    for line in text.split("\n"):
        q = line.startswith(">")
        if q and not quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
        if not q and quote:
            out.append("</blockquote>")
        quote = q
        body = line.lstrip("> ") if q else line
        out.append((html.escape(body) or "&nbsp;") + "<br>")
    if quote:
        out.append("</blockquote>")
    return ('<html lang="%s"><head><meta charset="utf-8"></head>\n<body><div style="font-family:Calibri,Arial,'
            'sans-serif;font-size:11pt">\n%s\n</div></body></html>\n' % (lang, "\n".join(out)))


def fname_params(fn, style, param="filename"):
    if fn.isascii() and not style.get("rfc2231"):
        return '%s="%s"' % (param, fn)
    from urllib.parse import quote
    return "%s*=utf-8''%s" % (param, quote(fn, safe=""))


def att_part(a, style, boundary_seed):
    fn = a.filename
    if a.kind in BINARY_TYPES:
        ctype = BINARY_TYPES[a.kind]
        head = "Content-Type: %s;\n name=\"%s\"\nContent-Transfer-Encoding: base64\n" % (ctype, fn if fn.isascii() else "attachment." + a.kind)
        head += "Content-Disposition: attachment;\n %s\n" % fname_params(fn, style)
        return head.encode("utf-8") + b"\n" + base64.encodebytes(a.data)
    if a.kind == "eml":
        head = "Content-Type: message/rfc822\nContent-Transfer-Encoding: %s\n" % (
            "7bit" if a.data.isascii() else "8bit")
        head += "Content-Disposition: attachment;\n %s\n" % fname_params(fn, style)
        return head.encode("ascii") + b"\n" + a.data
    ctype = {"csv": "text/csv", "ics": "text/calendar", "vcf": "text/vcard"}[a.kind]
    extra = "; method=%s" % a.method if a.method else ""
    text = a.data
    cs = "utf-8"
    if a.kind == "csv" and style.get("charset") in ("windows-1252", "iso-8859-1") and can_encode(text, style["charset"]):
        cs = style["charset"]
    cte = style.get("att_cte", "base64")
    if cte == "8bit" and text.isascii():
        cte = "7bit"
    head = "Content-Type: %s; charset=\"%s\"%s;\n name=\"%s\"\nContent-Transfer-Encoding: %s\n" % (
        ctype, cs, extra, fn if fn.isascii() else "attachment." + a.kind, cte)
    head += "Content-Disposition: attachment;\n %s\n" % fname_params(fn, style)
    return head.encode("ascii") + b"\n" + encode_body(text, cs, cte)


def multipart(subtype, boundary, parts):
    out = b"Content-Type: multipart/%s;\n boundary=\"%s\"\n\n" % (subtype.encode(), boundary.encode())
    out += b"This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else b""
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return out


def build(spec, style, bseed):
    """Return message bytes. spec: dict from a template; style: transport choices."""
    lang = spec["lang"]
    text = spec["text"]
    htmlbody = spec.get("html") or text_to_html(text, lang)
    form = style["form"]
    if form == "plain":
        body = text_part(text, "plain", style)
    elif form == "html":
        body = text_part(htmlbody, "html", style)
    else:
        body = multipart("alternative", "=_alt_%s" % bseed,
                         [text_part(text, "plain", style), text_part(htmlbody, "html", style)])
    atts = spec.get("attachments") or []
    if atts:
        body = multipart("mixed", "=_mix_%s" % bseed, [body] + [att_part(a, style, bseed) for a in atts])
    h = []
    h.append("Date: %s" % format_datetime(spec["date"]))
    h.append("From: %s" % fmt_addr(spec["from"][0], spec["from"][1], style))
    h.append("To: %s" % fold_addrs(spec["to"], style))
    if spec.get("cc"):
        h.append("Cc: %s" % fold_addrs(spec["cc"], style))
    h.append("Subject: %s" % header_text(spec["subject"], style, force=style.get("enc_subject", False)))
    h.append("Message-ID: <%s>" % spec["msgid"])
    if spec.get("in_reply_to"):
        h.append("In-Reply-To: <%s>" % spec["in_reply_to"])
        h.append("References: <%s>" % spec["in_reply_to"])
    h.append("MIME-Version: 1.0")
    if style.get("mailer"):
        h.append("X-Mailer: %s" % style["mailer"])
    if spec.get("lang_header"):
        h.append("Content-Language: %s" % ("fr-CA" if lang == "fr" else "en-CA"))
    raw = ("\n".join(h) + "\n").encode("ascii") + body
    if style["eol"] == "crlf":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def nested_eml(spec, style, bseed):
    """A message to attach as message/rfc822 (always LF; converted with its parent)."""
    s = dict(style)
    s["eol"] = "lf"
    return build(spec, s, bseed)
