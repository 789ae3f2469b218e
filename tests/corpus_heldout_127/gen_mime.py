"""Hand-assembled MIME: fixed boundaries, chosen charsets, transfer encodings and line ends."""
import base64
import hashlib
import html
import quopri
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote

LATIN1_FIX = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                            "\u2014": "-", "\u2026": "...", "\u0153": "oe", "\u0152": "OE",
                            "\u2265": ">=", "\u2264": "<=", "\u2192": "->"})


def _encode_text(text, charset):
    """Return (bytes, charset actually used)."""
    if charset == "iso-8859-1":
        text = text.translate(LATIN1_FIX)
    try:
        return text.encode(charset), charset
    except UnicodeEncodeError:
        if charset == "us-ascii":
            for alt in ("iso-8859-1", "windows-1252"):
                try:
                    t = text.translate(LATIN1_FIX) if alt == "iso-8859-1" else text
                    return t.encode(alt), alt
                except UnicodeEncodeError:
                    pass
        return text.encode("utf-8"), "utf-8"


def _cte_body(raw, cte):
    """Encode payload bytes; downgrade 7bit when the bytes are not ASCII."""
    if cte == "7bit":
        try:
            raw.decode("ascii")
            if max((len(x) for x in raw.split(b"\n")), default=0) < 990:
                return raw, "7bit"
        except UnicodeDecodeError:
            pass
        cte = "quoted-printable"
    if cte == "8bit":
        if max((len(x) for x in raw.split(b"\n")), default=0) < 990:
            return raw, "8bit"
        cte = "quoted-printable"
    if cte == "quoted-printable":
        return quopri.encodestring(raw), cte
    return base64.encodebytes(raw), "base64"


def _hdr(name, value, charset="utf-8", enc="B"):
    """Subject-like header; RFC 2047 only when needed (or forced with enc='Q!'/'B!')."""
    force = enc.endswith("!")
    enc = enc.rstrip("!")
    try:
        value.encode("ascii")
        if not force:
            return "%s: %s" % (name, value)
    except UnicodeEncodeError:
        pass
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "Q" else BASE64
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        cs = Charset("utf-8")
        cs.header_encoding = QP if enc == "Q" else BASE64
    h = Header(value, charset=cs, header_name=name, maxlinelen=76)
    return "%s: %s" % (name, h.encode(linesep="\n"))


def _addr(name, address, enc="B"):
    if not name:
        return address
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"[]'):
            return '"%s" <%s>' % (name.replace('"', ""), address)
        return "%s <%s>" % (name, address)
    except UnicodeEncodeError:
        cs = Charset("utf-8")
        cs.header_encoding = QP if enc == "Q" else BASE64
        return "%s <%s>" % (Header(name, charset=cs).encode(), address)


def _addr_list(name, pairs, enc):
    return "%s: %s" % (name, ",\n ".join(_addr(n, a, enc) for n, a in pairs))


def text_to_html(text, lang="fr"):
    out = []
    para = []
    quote_depth = 0

    def flush():
        if para:
            out.append("<p>" + "<br>\n".join(para) + "</p>")
            para.clear()

    for line in text.split("\n"):
        depth = 0
        while line.startswith(">"):
            depth += 1
            line = line[1:].lstrip(" ") if line[1:2] == " " else line[1:]
        if depth != quote_depth:
            flush()
            while quote_depth < depth:
                out.append('<blockquote style="border-left:2px solid #999;padding-left:6px">')
                quote_depth += 1
            while quote_depth > depth:
                out.append("</blockquote>")
                quote_depth -= 1
        if line.strip() == "":
            flush()
        else:
            para.append(html.escape(line))
    flush()
    while quote_depth > 0:
        out.append("</blockquote>")
        quote_depth -= 1
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n'
            % (lang, "\n".join(out)))


def table_html(header, rows):
    h = "".join("<th>%s</th>" % html.escape(str(c)) for c in header)
    b = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(str(c)) for c in r) for r in rows)
    return '<table border="1" cellpadding="3" cellspacing="0"><tr>%s</tr>%s</table>' % (h, b)


class Builder:
    def __init__(self, seed_text):
        self.seed_text = seed_text
        self.nb = 0

    def boundary(self):
        self.nb += 1
        h = hashlib.sha256(("%s/%d" % (self.seed_text, self.nb)).encode()).hexdigest()
        return "----=_NextPart_%s_%s" % (h[:8].upper(), h[8:20])

    def text_part(self, text, subtype, charset, cte):
        if subtype == "html":
            text = text.replace('<meta charset="utf-8">', '<meta charset="%s">' % charset)
        raw, used = _encode_text(text, charset)
        if subtype == "html" and used != charset:
            text = text.replace('<meta charset="%s">' % charset, '<meta charset="%s">' % used)
            raw, used = _encode_text(text, used)
        body, cte_used = _cte_body(raw, cte)
        hdrs = ["Content-Type: text/%s; charset=\"%s\"" % (subtype, used),
                "Content-Transfer-Encoding: %s" % cte_used]
        return hdrs, body

    def attachment(self, att):
        fname = att["filename"]
        style = att.get("fname", "plain")
        try:
            fname.encode("ascii")
            ascii_name = True
        except UnicodeEncodeError:
            ascii_name = False
        if style == "2231" or (not ascii_name and style == "plain"):
            disp_fn = "filename*=utf-8''%s" % quote(fname, safe="")
            ct_fn = "name*=utf-8''%s" % quote(fname, safe="")
        elif style == "2047" and not ascii_name:
            cs = Charset("utf-8")
            cs.header_encoding = QP
            enc = Header(fname, charset=cs).encode()
            disp_fn = 'filename="%s"' % enc
            ct_fn = 'name="%s"' % enc
        else:
            disp_fn = 'filename="%s"' % fname
            ct_fn = 'name="%s"' % fname
        disp = "inline" if att.get("inline") else "attachment"
        if "eml" in att:
            body = att["eml"]
            hdrs = ["Content-Type: message/rfc822; %s" % ct_fn,
                    "Content-Disposition: %s; %s" % (disp, disp_fn)]
            try:
                body.decode("ascii")
                hdrs.append("Content-Transfer-Encoding: 7bit")
            except UnicodeDecodeError:
                hdrs.append("Content-Transfer-Encoding: 8bit")
            return hdrs, body
        if "text" in att:
            raw, used = _encode_text(att["text"], att.get("charset", "utf-8"))
            body, cte = _cte_body(raw, att.get("cte", "quoted-printable"))
            extra = att.get("ct_params", "")
            hdrs = ["Content-Type: %s; charset=\"%s\"%s; %s" % (att["ctype"], used, extra, ct_fn),
                    "Content-Disposition: %s; %s" % (disp, disp_fn),
                    "Content-Transfer-Encoding: %s" % cte]
            return hdrs, body
        body = base64.encodebytes(att["data"])
        hdrs = ["Content-Type: %s; %s" % (att["ctype"], ct_fn),
                "Content-Disposition: %s; %s" % (disp, disp_fn),
                "Content-Transfer-Encoding: base64"]
        return hdrs, body

    @staticmethod
    def leaf(hdrs, body):
        if not body.endswith(b"\n"):
            body += b"\n"
        return ("\n".join(hdrs) + "\n\n").encode("ascii") + body

    def multipart(self, subtype, parts, preamble=True):
        b = self.boundary()
        out = [("Content-Type: multipart/%s;\n boundary=\"%s\"\n\n" % (subtype, b)).encode("ascii")]
        if preamble:
            out.append(b"This is a multi-part message in MIME format.\n\n")
        for p in parts:
            out.append(("--%s\n" % b).encode("ascii"))
            out.append(p)
        out.append(("--%s--\n" % b).encode("ascii"))
        return b"".join(out)


def build(spec):
    """spec keys: from, to, cc, subject, date, msgid, text, html, attachments, charset, cte,
    eol, subj_enc, name_enc, in_reply_to, references, extra_headers."""
    bld = Builder(spec["msgid"])
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    text, htm = spec.get("text"), spec.get("html")
    parts = []
    if text is not None and htm is not None:
        a = bld.leaf(*bld.text_part(text, "plain", charset, cte))
        b = bld.leaf(*bld.text_part(htm, "html", charset, spec.get("html_cte", cte)))
        body = bld.multipart("alternative", [a, b], preamble=False)
    elif htm is not None:
        body = bld.leaf(*bld.text_part(htm, "html", charset, cte))
    else:
        body = bld.leaf(*bld.text_part(text or "", "plain", charset, cte))
    atts = spec.get("attachments") or []
    if atts:
        parts = [body] + [bld.leaf(*bld.attachment(a)) for a in atts]
        body = bld.multipart("mixed", parts)
    enc = spec.get("name_enc", "B")
    hdr_cs = charset if charset != "us-ascii" else "utf-8"
    lines = [_addr_list("From", [spec["from"]], enc), _addr_list("To", spec["to"], enc)]
    if spec.get("cc"):
        lines.append(_addr_list("Cc", spec["cc"], enc))
    lines.append(_hdr("Subject", spec["subject"], hdr_cs, spec.get("subj_enc", "B")))
    lines.append("Date: " + format_datetime(spec["date"]))
    lines.append("Message-ID: " + spec["msgid"])
    if spec.get("in_reply_to"):
        lines.append("In-Reply-To: " + spec["in_reply_to"])
        lines.append("References: " + spec.get("references", spec["in_reply_to"]))
    for k, v in spec.get("extra_headers", []):
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    head = ("\n".join(lines) + "\n").encode("ascii")
    raw = head + body
    if spec.get("eol", "\n") == "\r\n":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw
