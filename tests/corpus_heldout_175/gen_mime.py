"""Hand-assembled MIME messages with controlled charsets, encodings, line ends and boundaries."""
import base64
import email.charset
import email.utils
import html as htmllib
import quopri
import urllib.parse
from email.header import Header


def att(filename, ctype, data, kind="binary", charset=None):
    """An attachment description. kind: binary | text | eml."""
    return {"filename": filename, "ctype": ctype, "data": data, "kind": kind, "charset": charset}


def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _can(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def _cs_obj(name, q):
    cs = email.charset.Charset(name)
    cs.header_encoding = email.charset.QP if q else email.charset.BASE64
    return cs


def enc_words(s, rng, hname):
    """RFC 2047-encode a header value if it is not ASCII."""
    if _is_ascii(s):
        return s
    csname = "iso-8859-1" if (_can(s, "iso-8859-1") and rng.random() < 0.3) else "utf-8"
    return Header(s, _cs_obj(csname, rng.random() < 0.5), header_name=hname).encode(linesep="\n")


def fmt_addr(a, rng):
    name, addr = a
    if not name:
        return addr
    if _is_ascii(name):
        return email.utils.formataddr((name, addr))
    return "%s <%s>" % (enc_words(name, rng, "To").replace("\n", " "), addr)


def fmt_addrs(lst, rng):
    return ",\n ".join(fmt_addr(a, rng) for a in lst)


def auto_html(text):
    """Plain text -> modest HTML (paragraphs, quoted blocks)."""
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=CHARSET"></head>',
           '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    blocks = text.split("\n\n")
    for b in blocks:
        lines = b.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(htmllib.escape(l.lstrip(">").lstrip(" "), quote=False) for l in lines)
            out.append('<blockquote style="border-left:2px solid #999;margin-left:4px;padding-left:8px">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(htmllib.escape(l, quote=False) for l in lines))
    out.append("</body></html>")
    return "\n".join(out)


def html_table(rows, header=True):
    out = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, htmllib.escape(str(c), quote=False), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def wrap_html(html):
    out = []
    for line in html.split("\n"):
        while len(line) > 180:
            cut = line.rfind(" ", 0, 180)
            if cut <= 0:
                cut = line.find(" ", 180)
                if cut < 0:
                    break
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


class Builder:
    def __init__(self, rng, seed, idx):
        self.rng = rng
        self.seed = seed
        self.idx = idx
        self.nb = 0

    def boundary(self):
        self.nb += 1
        style = (self.idx + self.nb) % 3
        if style == 0:
            return "----=_Part_%d_%d.%d" % (self.seed, self.idx, self.nb)
        if style == 1:
            return "=_chrb_%05d_%02d_%08x" % (self.idx, self.nb, (self.seed * 7919 + self.idx * 31 + self.nb) & 0xFFFFFFFF)
        return "Apple-Mail=_%04X%04X-%02d" % (self.seed & 0xFFFF, self.idx, self.nb)

    # ---------------------------------------------------------------- text parts
    def text_part(self, subtype, body, lang, charset=None, cte=None):
        rng = self.rng
        if charset is None:
            if _is_ascii(body):
                charset = rng.choice(["us-ascii", "utf-8", "iso-8859-1", "windows-1252", "us-ascii"])
            else:
                opts = ["utf-8", "utf-8"]
                if _can(body, "iso-8859-1"):
                    opts.append("iso-8859-1")
                if _can(body, "windows-1252"):
                    opts.append("windows-1252")
                charset = rng.choice(opts)
        if subtype == "html":
            body = body.replace("charset=CHARSET", "charset=" + charset)
        raw = body.encode(charset)
        longest = max(len(l) for l in raw.split(b"\n"))
        if cte is None:
            if charset == "us-ascii":
                cte = rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
            else:
                cte = rng.choice(["8bit", "8bit", "quoted-printable", "base64"])
                if _is_ascii(body) and cte == "8bit":
                    cte = "7bit"
        if longest > 900 and cte in ("7bit", "8bit"):
            cte = "quoted-printable"
        headers = [("Content-Type", "text/%s; charset=\"%s\"" % (subtype, charset)),
                   ("Content-Transfer-Encoding", cte)]
        return headers, self._encode(raw, cte)

    def _encode(self, raw, cte):
        if cte == "base64":
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            return base64.encodebytes(raw).rstrip(b"\n")
        if cte == "quoted-printable":
            return quopri.encodestring(raw.replace(b"\r\n", b"\n")).rstrip(b"\n")
        return raw.replace(b"\r\n", b"\n").rstrip(b"\n")

    # ---------------------------------------------------------------- attachments
    def disp_params(self, filename):
        rng = self.rng
        ascii_name = _is_ascii(filename)
        if ascii_name and rng.random() < 0.75:
            q = filename.replace('"', "")
            return '; name="%s"' % q, ';\n filename="%s"' % q
        enc = urllib.parse.quote(filename, safe="")
        if len(enc) > 40:
            toks, i = [], 0
            while i < len(enc):
                step = 3 if enc[i] == "%" else 1
                toks.append(enc[i:i + step])
                i += step
            chunks, cur = [], ""
            for t in toks:
                if len(cur) + len(t) > 34:
                    chunks.append(cur)
                    cur = ""
                cur += t
            chunks.append(cur)
            parts = []
            for n, ch in enumerate(chunks):
                if n == 0:
                    parts.append("filename*0*=utf-8''%s" % ch)
                else:
                    parts.append("filename*%d*=%s" % (n, ch))
            disp = ";\n " + ";\n ".join(parts)
        else:
            disp = ";\n filename*=utf-8''%s" % enc
        if ascii_name:
            ctn = '; name="%s"' % filename
        elif rng.random() < 0.5:
            ctn = ';\n name="%s"' % enc_words(filename, rng, "Content-Type").replace("\n", " ")
        else:
            ctn = ";\n name*=utf-8''%s" % enc
        return ctn, disp

    def attachment_part(self, a, linesep):
        rng = self.rng
        ctn, disp = self.disp_params(a["filename"])
        if a["kind"] == "eml":
            headers = [("Content-Type", "message/rfc822" + ctn),
                       ("Content-Disposition", "attachment" + disp)]
            body = a["data"].replace(b"\r\n", b"\n").rstrip(b"\n")
            try:
                body.decode("ascii")
                cte = "7bit"
            except UnicodeDecodeError:
                cte = "8bit"
            headers.insert(1, ("Content-Transfer-Encoding", cte))
            return headers, body
        if a["kind"] == "text":
            data = a["data"]
            cs = a.get("charset") or ("utf-8" if not _is_ascii(data) else rng.choice(["us-ascii", "utf-8"]))
            if not _can(data, cs):
                cs = "utf-8"
            raw = data.encode(cs)
            cte = rng.choice(["base64", "quoted-printable", "7bit" if _is_ascii(data) else "8bit"])
            headers = [("Content-Type", "%s; charset=\"%s\"%s" % (a["ctype"], cs, ctn)),
                       ("Content-Transfer-Encoding", cte),
                       ("Content-Disposition", "attachment" + disp)]
            return headers, self._encode(raw, cte)
        headers = [("Content-Type", a["ctype"] + ctn), ("Content-Transfer-Encoding", "base64"),
                   ("Content-Disposition", "attachment" + disp)]
        return headers, base64.encodebytes(a["data"]).rstrip(b"\n")

    # ---------------------------------------------------------------- assembly
    @staticmethod
    def hdr_bytes(headers):
        out = []
        for k, v in headers:
            out.append(("%s: %s" % (k, v)).encode("ascii"))
        return b"\n".join(out)

    def multipart(self, subtype, parts):
        b = self.boundary()
        headers = [("Content-Type", 'multipart/%s;\n boundary="%s"' % (subtype, b))]
        chunks = []
        if subtype == "mixed" and self.rng.random() < 0.5:
            chunks.append(b"This is a multi-part message in MIME format.\n")
        for h, body in parts:
            chunks.append(("--%s\n" % b).encode("ascii") + self.hdr_bytes(h) + b"\n\n" + body + b"\n")
        chunks.append(("--%s--" % b).encode("ascii"))
        return headers, b"".join(chunks)

    def build(self, spec, linesep=None):
        rng = self.rng
        if linesep is None:
            linesep = "\r\n" if rng.random() < 0.35 else "\n"
        lang = spec["lang"]
        text = spec["text"].rstrip("\n") + "\n"
        html = spec.get("html")
        structure = spec.get("structure")
        if structure is None:
            r = rng.random()
            if html is not None:
                structure = "alt" if r < 0.6 else "html"
            else:
                structure = "plain" if r < 0.5 else ("alt" if r < 0.8 else "html")
        if structure != "plain" and html is None:
            html = auto_html(text.rstrip("\n"))
        if html is not None:
            html = wrap_html(html)
            if "charset=CHARSET" not in html and "<head>" not in html:
                html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=CHARSET"></head>'
                        '\n<body>\n' + html + '\n</body></html>')
        # choose one charset for the alternative pair for realism
        if structure == "plain":
            body_part = self.text_part("plain", text, lang)
        elif structure == "html":
            body_part = self.text_part("html", html, lang)
        else:
            p1 = self.text_part("plain", text, lang)
            p2 = self.text_part("html", html, lang)
            body_part = self.multipart("alternative", [p1, p2])
        atts = spec.get("attachments") or []
        if atts:
            parts = [body_part] + [self.attachment_part(a, linesep) for a in atts]
            top_h, top_body = self.multipart("mixed", parts)
        else:
            top_h, top_body = body_part
        headers = [("From", fmt_addr(spec["frm"], rng)), ("To", fmt_addrs(spec["to"], rng))]
        if spec.get("cc"):
            headers.append(("Cc", fmt_addrs(spec["cc"], rng)))
        headers.append(("Subject", enc_words(spec["subject"], rng, "Subject")))
        headers.append(("Date", email.utils.format_datetime(spec["date"])))
        headers.append(("Message-ID", spec["msgid"]))
        for k in ("In-Reply-To", "References"):
            if spec.get(k):
                headers.append((k, spec[k]))
        headers.append(("MIME-Version", "1.0"))
        if spec.get("mailer"):
            headers.append(("X-Mailer", spec["mailer"]))
        if spec.get("content_language"):
            headers.append(("Content-Language", spec["content_language"]))
        headers += top_h
        raw = self.hdr_bytes(headers) + b"\n\n" + top_body + b"\n"
        raw = raw.replace(b"\r\n", b"\n")
        if linesep == "\r\n":
            raw = raw.replace(b"\n", b"\r\n")
        return raw
