# -*- coding: utf-8 -*-
"""Hand-assembled MIME rendering with controlled charsets, encodings, line ends,
RFC 2047 headers and RFC 2231 file names. Deterministic given the rng."""
import base64
import email.utils
import html
import quopri
import urllib.parse
from email.header import Header

from gen_docs import CP1252_FIX

PYCODEC = {"utf-8": "utf-8", "us-ascii": "ascii", "iso-8859-1": "latin-1", "windows-1252": "cp1252"}

CTYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv",
    "ics": "text/calendar",
    "vcf": "text/vcard",
    "zip": "application/zip",
    "txt": "text/plain",
    "eml": "message/rfc822",
}


def fit_charset(text, charset):
    """Return (text, charset) where text is encodable in charset, fixing typographic
    punctuation for the 8-bit Latin charsets, falling back to utf-8."""
    if charset == "utf-8":
        return text, charset
    t = text
    if charset in ("iso-8859-1", "us-ascii"):
        for k, v in CP1252_FIX.items():
            t = t.replace(k, v)
    elif charset == "windows-1252":
        t = t.replace("\u2265", ">=").replace("\u2264", "<=").replace("\u202f", " ").replace("\u2192", "->")
    try:
        t.encode(PYCODEC[charset])
        return t, charset
    except UnicodeEncodeError:
        return text, "utf-8"


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encode_body(raw, cte, eol, is_text=True):
    """raw: bytes with LF line ends (for text)."""
    if cte in ("7bit", "8bit"):
        return raw.replace(b"\n", eol)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).replace(b"\n", eol)
    if cte == "base64":
        if is_text:
            raw = raw.replace(b"\n", b"\r\n")
        enc = base64.encodebytes(raw)
        return enc.replace(b"\n", eol)
    raise ValueError(cte)


def enc_word(text, charset="utf-8", eol=b"\r\n"):
    cs = charset if charset != "us-ascii" else "utf-8"
    try:
        text.encode(PYCODEC.get(cs, cs))
    except UnicodeEncodeError:
        cs = "utf-8"
    return Header(text, cs).encode(linesep=eol.decode())


def fmt_addr(name, addr, rng, charset, eol):
    if not name:
        return addr
    if is_ascii(name):
        if any(c in name for c in ',.()"@;:'):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (enc_word(name, charset if rng.random() < 0.5 else "utf-8", eol), addr)


def fold_plain(name, value, eol):
    """Fold an ASCII header value at spaces to keep lines under 78 chars."""
    line = "%s: %s" % (name, value)
    if len(line) <= 78:
        return line
    words = value.split(" ")
    out, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur.strip() != name + ":":
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return eol.decode().join(out)


def filename_params(fn, style, eol):
    """Return the parameter string(s) for a file name."""
    if is_ascii(fn) and style != "2231":
        return 'filename="%s"' % fn, 'name="%s"' % fn
    if style == "2047":
        ew = Header(fn, "utf-8").encode(linesep=" ", maxlinelen=998)
        return 'filename="%s"' % ew, 'name="%s"' % ew
    q = urllib.parse.quote(fn, safe="")
    if len(q) > 60 and style == "2231":
        chunks = [q[i:i + 45] for i in range(0, len(q), 45)]
        # never split inside a %XX escape
        fixed, carry = [], ""
        for ch in chunks:
            ch = carry + ch
            carry = ""
            cut = ch.rfind("%")
            if cut != -1 and cut > len(ch) - 3:
                carry = ch[cut:]
                ch = ch[:cut]
            fixed.append(ch)
        if carry:
            fixed.append(carry)
        sep = ";" + eol.decode() + " "
        parts = ["filename*0*=utf-8''" + fixed[0]] + ["filename*%d*=%s" % (i, c) for i, c in enumerate(fixed[1:], 1)]
        return sep.join(parts), "name*=utf-8''" + q
    return "filename*=utf-8''" + q, "name*=utf-8''" + q


def text_to_html(text, entities=False, mono_table=False):
    out = []
    quote_depth = 0
    for para in text.split("\n\n"):
        lines = para.split("\n")
        depth = 0
        while lines and all(l.startswith(">") for l in lines if l.strip()) and any(l.strip() for l in lines):
            lines = [l[1:].lstrip(" ") if l.startswith(">") else l for l in lines]
            depth += 1
        body = "<br>\n".join(html.escape(l, quote=False) for l in lines)
        if entities:
            body = body.encode("ascii", "xmlcharrefreplace").decode("ascii")
            body = body.replace("&#233;", "&eacute;").replace("&#232;", "&egrave;").replace("&#224;", "&agrave;")
        block = "<p>%s</p>" % body
        for _ in range(depth):
            block = '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % block
        out.append(block)
    del quote_depth
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%%CHARSET%%\"></head>\n"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n%s\n</body></html>\n" % "\n".join(out))


class Renderer:
    def __init__(self, rng):
        self.rng = rng
        self.bcount = 0

    def boundary(self, tag):
        self.bcount += 1
        return "----=_Part_%s_%06d.%08x" % (tag, self.bcount, self.rng.getrandbits(32))

    # ---------------------------------------------------------------- leaves
    def text_part(self, text, subtype, charset, cte, eol, lines):
        text, charset = fit_charset(text, charset)
        if subtype == "html":
            text = text.replace("%CHARSET%", charset)
        if cte == "7bit" and not is_ascii(text):
            cte = "8bit"
        if charset == "us-ascii" and not is_ascii(text):
            charset = "utf-8"
        raw = text.encode(PYCODEC[charset])
        if cte in ("7bit", "8bit") and max(len(l) for l in raw.split(b"\n")) > 900:
            cte = "quoted-printable"
        lines.append("Content-Type: text/%s; charset=%s" % (subtype, charset if self.rng.random() < 0.6 else '"%s"' % charset))
        lines.append("Content-Transfer-Encoding: " + cte)
        return encode_body(raw, cte, eol)

    def attachment(self, att, eol, charset, lines):
        kind = att["kind"]
        fn = att["filename"]
        style = att.get("fn_style") or self.rng.choice(["2231", "2231", "2047", "plain"])
        fparam, nparam = filename_params(fn, style, eol)
        ctype = att.get("ctype") or CTYPES[kind]
        disp = att.get("disposition", "attachment")
        if kind == "eml":
            inner = self.render(att["spec"], eol)
            cte = "7bit" if all(b < 128 for b in inner) else "8bit"
            lines.append("Content-Type: message/rfc822")
            lines.append("Content-Transfer-Encoding: " + cte)
            lines.append("Content-Disposition: %s; %s" % (disp, fparam))
            return inner
        if ctype.startswith("text/"):
            cs = att.get("charset", "utf-8")
            extra = "; method=REQUEST" if kind == "ics" and att.get("method", True) else ""
            lines.append("Content-Type: %s; charset=%s%s; %s" % (ctype, cs, extra, nparam))
            data = att["data"]
            cte = att.get("cte") or self.rng.choice(["base64", "quoted-printable", "base64"])
            if cte == "7bit" and any(b >= 128 for b in data):
                cte = "quoted-printable"
            lines.append("Content-Transfer-Encoding: " + cte)
            lines.append("Content-Disposition: %s; %s" % (disp, fparam))
            return encode_body(data.replace(b"\r\n", b"\n"), cte, eol)
        lines.append("Content-Type: %s; %s" % (ctype, nparam))
        lines.append("Content-Transfer-Encoding: base64")
        lines.append("Content-Disposition: %s; %s" % (disp, fparam))
        return encode_body(att["data"], "base64", eol, is_text=False)

    # ---------------------------------------------------------------- message
    def headers(self, spec, charset, eol):
        rng = self.rng
        h = []
        h.append("From: " + fmt_addr(spec["from"][0], spec["from"][1], rng, charset, eol))
        h.append(fold_plain("To", ", ".join(fmt_addr(n, a, rng, charset, eol) for n, a in spec["to"]), eol)
                 if all(is_ascii(n or "") for n, a in spec["to"]) else
                 "To: " + (", " + eol.decode() + " ").join(fmt_addr(n, a, rng, charset, eol) for n, a in spec["to"]))
        if spec.get("cc"):
            h.append("Cc: " + (", " + eol.decode() + " ").join(fmt_addr(n, a, rng, charset, eol) for n, a in spec["cc"]))
        subj = spec["subject"]
        if is_ascii(subj) and not spec.get("force_2047"):
            h.append(fold_plain("Subject", subj, eol))
        else:
            h.append("Subject: " + enc_word(subj, charset, eol))
        h.append("Date: " + email.utils.format_datetime(spec["date"]))
        h.append("Message-ID: " + spec["msgid"])
        if spec.get("in_reply_to"):
            h.append("In-Reply-To: " + spec["in_reply_to"])
            h.append("References: " + spec["in_reply_to"])
        h.append("MIME-Version: 1.0")
        if spec.get("xmailer"):
            h.append("X-Mailer: " + spec["xmailer"])
        if spec.get("lang_header"):
            h.append("Content-Language: " + spec["lang_header"])
        for k, v in spec.get("extra_headers", []):
            h.append("%s: %s" % (k, v))
        return h

    def plan(self, spec):
        rng = self.rng
        lang = spec["lang"]
        text = spec.get("text", "")
        if spec.get("charset"):
            charset = spec["charset"]
        elif lang == "fr":
            charset = rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252", "windows-1252"])
        else:
            charset = "us-ascii" if is_ascii(text) and rng.random() < 0.55 else rng.choice(["utf-8", "utf-8", "windows-1252", "iso-8859-1"])
        if spec.get("cte"):
            cte = spec["cte"]
        elif charset == "us-ascii":
            cte = rng.choice(["7bit", "7bit", "7bit", "quoted-printable", "base64"])
        else:
            cte = rng.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])
        form = spec.get("form") or rng.choice(["plain", "plain", "plain", "alt", "alt", "html"])
        return charset, cte, form

    def render(self, spec, eol=None):
        rng = self.rng
        if eol is None:
            eol = spec.get("eol") or (b"\r\n" if rng.random() < 0.6 else b"\n")
        charset, cte, form = self.plan(spec)
        lines = self.headers(spec, charset, eol)
        text = spec.get("text", "")
        html_body = spec.get("html")
        if html_body is None and form in ("alt", "html"):
            html_body = text_to_html(text, entities=rng.random() < 0.3)
        elif html_body is not None and form == "plain":
            form = "alt"
        atts = spec.get("attachments", [])
        E = eol.decode()

        def body_block():
            """Return (header lines, body bytes) for the body part(s)."""
            hl = []
            if form == "plain":
                b = self.text_part(text, "plain", charset, cte, eol, hl)
                return hl, b
            if form == "html":
                hcte = cte if cte != "7bit" else rng.choice(["7bit", "quoted-printable"])
                b = self.text_part(html_body, "html", charset, hcte, eol, hl)
                return hl, b
            bnd = self.boundary("alt")
            hl.append('Content-Type: multipart/alternative; boundary="%s"' % bnd)
            chunks = []
            for sub, content in (("plain", text), ("html", html_body)):
                ph = []
                pb = self.text_part(content, sub, charset, cte, eol, ph)
                chunks.append(b"--" + bnd.encode() + eol + E.join(ph).encode() + eol + eol + pb)
            body = b""
            for c in chunks:
                body += c if c.endswith(eol) else c + eol
            body += b"--" + bnd.encode() + b"--" + eol
            return hl, body

        if not atts:
            hl, body = body_block()
            lines += hl
            return E.join(lines).encode("ascii") + eol + eol + body
        bnd = self.boundary("mix")
        lines.append('Content-Type: multipart/mixed; boundary="%s"' % bnd)
        out = E.join(lines).encode("ascii") + eol + eol
        if rng.random() < 0.5:
            out += b"This is a multi-part message in MIME format." + eol + eol
        hl, body = body_block()
        out += b"--" + bnd.encode() + eol + E.join(hl).encode("ascii") + eol + eol + body
        if not out.endswith(eol):
            out += eol
        for att in atts:
            ah = []
            ab = self.attachment(att, eol, charset, ah)
            out += b"--" + bnd.encode() + eol + E.join(ah).encode("ascii") + eol + eol + ab
            if not out.endswith(eol):
                out += eol
        out += b"--" + bnd.encode() + b"--" + eol
        return out
