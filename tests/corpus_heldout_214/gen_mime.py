"""Hand-assembled MIME: body blocks -> text/HTML, encodings, headers, attachments.

Everything is built with LF line ends and converted to CRLF at the very end
when the transport asks for it.  Boundaries and ids come from the caller's
seeded RNG, so output is byte-identical on every run.
"""
import base64
import html
import quopri
import urllib.parse

# ---------------------------------------------------------------- blocks

def _table_plain(headers, rows, style):
    if style == "tab":
        lines = ["\t".join(headers)] + ["\t".join(str(c) for c in r) for r in rows]
        return "\n".join(lines)
    if style == "pipe":
        lines = ["| " + " | ".join(headers) + " |"]
        lines.append("|" + "|".join("-" * (len(h) + 2) for h in headers) + "|")
        lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [len(h) for h in headers]
    for r in rows:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], len(str(c)))
    fmt = lambda cells: "  ".join(str(c).ljust(widths[i]) for i, c in enumerate(cells)).rstrip()
    return "\n".join([fmt(headers), "  ".join("-" * w for w in widths)] + [fmt(r) for r in rows])


def render_plain(blocks, tstyle="aligned"):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
            continue
        kind = b[0]
        if kind == "table":
            out.append(_table_plain(b[1], b[2], tstyle))
        elif kind == "pre":
            out.append(b[1])
        elif kind == "sig":
            out.append("-- \n" + b[1] if b[2:] and b[2] else b[1])
        elif kind == "quote":
            inner = render_plain(b[2], tstyle)
            q = "\n".join(("> " + l) if l else ">" for l in inner.split("\n"))
            out.append(b[1] + "\n" + q)
        elif kind == "fwd":
            inner = render_plain(b[3], tstyle)
            head = b[1]
            hdr = "\n".join(f"{k} {v}" for k, v in b[2])
            out.append(head + "\n" + hdr + "\n\n" + inner)
        else:
            raise ValueError(kind)
    return "\n\n".join(out) + "\n"


def _p(text):
    return "<br>\n".join(html.escape(l, quote=False) for l in text.split("\n"))


def render_html(blocks, style):
    pcls = ' class="MsoNormal"' if style == "outlook" else ""
    out = []
    for b in blocks:
        if isinstance(b, str):
            if style == "gmail":
                out.append(f"<div>{_p(b)}</div><div><br></div>")
            else:
                out.append(f"<p{pcls}>{_p(b)}</p>")
            continue
        kind = b[0]
        if kind == "table":
            border = ' border="1" cellspacing="0" cellpadding="4"' if style != "gmail" else ' style="border-collapse:collapse" border="1"'
            rows = ["<tr>" + "".join(f"<th>{html.escape(h, quote=False)}</th>" for h in b[1]) + "</tr>"]
            for r in b[2]:
                rows.append("<tr>" + "".join(f"<td>{html.escape(str(c), quote=False)}</td>" for c in r) + "</tr>")
            out.append(f"<table{border}>\n" + "\n".join(rows) + "\n</table>")
        elif kind == "pre":
            out.append("<pre>" + html.escape(b[1], quote=False) + "</pre>")
        elif kind == "sig":
            out.append(f'<div class="signature" style="color:#555555;font-size:9pt">{_p(b[1])}</div>')
        elif kind == "quote":
            inner = render_html(b[2], style)
            out.append(f'<div class="gmail_quote"><div dir="ltr">{_p(b[1])}</div>\n'
                       f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n'
                       f"{inner}\n</blockquote></div>")
        elif kind == "fwd":
            inner = render_html(b[3], style)
            hdr = "<br>\n".join(f"<b>{html.escape(k, quote=False)}</b> {html.escape(v, quote=False)}" for k, v in b[2])
            out.append(f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                       f"<p{pcls}>{html.escape(b[1], quote=False)}<br>\n{hdr}</p></div>\n{inner}")
        else:
            raise ValueError(kind)
    return "\n".join(out)


def wrap_html(inner, style, charset, lang):
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    if style == "outlook":
        return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office" lang="{lang}">\n<head>\n{meta}\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
                f'</head>\n<body lang="{lang.upper()}-CA" link="#0563C1">\n<div class="WordSection1">\n{inner}\n'
                "</div>\n</body>\n</html>\n")
    if style == "gmail":
        return f'<div dir="ltr">{inner}</div>\n'
    return (f"<!DOCTYPE html>\n<html>\n<head>\n{meta}\n</head>\n"
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n{inner}\n</body>\n</html>\n')


# ---------------------------------------------------------------- header encoding

_QSAFE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_word(chars, charset):
    out = []
    for ch in chars:
        if ch == " ":
            out.append("_")
        elif ch in _QSAFE:
            out.append(ch)
        else:
            out.extend(f"={b:02X}" for b in ch.encode(charset))
    return "".join(out)


def encode_words(text, charset, mode):
    """RFC 2047 encoded words, each at most 75 characters."""
    words, cur = [], ""
    limit = 75 - len(f"=?{charset}?{mode}??=")
    for ch in text:
        trial = cur + ch
        if mode == "B":
            enc_len = 4 * ((len(trial.encode(charset)) + 2) // 3)
        else:
            enc_len = len(_q_word(trial, charset))
        if enc_len > limit and cur:
            cut = cur.rfind(" ")
            if 0 < cut < len(cur) - 1:
                # break after a space so no word is split between encoded words
                words.append(cur[:cut + 1])
                cur = cur[cut + 1:] + ch
            else:
                words.append(cur)
                cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    res = []
    for w in words:
        if mode == "B":
            res.append(f"=?{charset}?B?{base64.b64encode(w.encode(charset)).decode()}?=")
        else:
            res.append(f"=?{charset}?Q?{_q_word(w, charset)}?=")
    return res


def fold_plain(name, value):
    """Fold an unencoded header at spaces (78-column target)."""
    line = f"{name}: "
    lines, cur = [], line
    for word in value.split(" "):
        if len(cur) + len(word) + 1 > 78 and cur.strip() and cur != line:
            lines.append(cur.rstrip())
            cur = " " + word + " "
        else:
            cur += word + " "
    lines.append(cur.rstrip())
    return "\n".join(lines)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def subject_header(subject, mode, charset):
    if mode == "none" and is_ascii(subject):
        return fold_plain("Subject", subject), False
    if mode == "none":
        mode = "Q"
    try:
        subject.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = "utf-8"
    words = encode_words(subject, charset, mode)
    return "Subject: " + "\n ".join(words), True


def address(display, addr, charset, mode):
    if not display:
        return addr, False
    if is_ascii(display):
        if any(c in display for c in ',.;:()"@'):
            d = display.replace('"', "")
            return f'"{d}" <{addr}>', False
        return f"{display} <{addr}>", False
    try:
        display.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = "utf-8"
    return " ".join(encode_words(display, charset, mode)) + f" <{addr}>", True


def addr_list(name, people, charset, mode):
    parts, enc = [], False
    for d, a in people:
        s, e = address(d, a, charset, mode)
        parts.append(s)
        enc = enc or e
    return f"{name}: " + ",\n ".join(parts), enc


# ---------------------------------------------------------------- parameters

def _pct(s):
    return urllib.parse.quote(s.encode("utf-8"), safe="")


def filename_params(fn, style, charset_mode="B"):
    """Return (ctype_name_param, disposition_filename_param, used_2231)."""
    if is_ascii(fn) and style == "plain":
        return f'name="{fn}"', f'filename="{fn}"', False
    if style == "2047" and not is_ascii(fn):
        w = "".join(encode_words(fn, "utf-8", charset_mode))
        return f'name="{w}"', f'filename="{w}"', False
    enc = _pct(fn)
    if len(enc) <= 60:
        name_p = f"name*=utf-8''{enc}"
        return name_p, f"filename*=utf-8''{enc}", True
    # RFC 2231 continuations, never splitting a %XX triple
    segs, cur, i = [], "", 0
    while i < len(enc):
        tok = enc[i:i + 3] if enc[i] == "%" else enc[i]
        if len(cur) + len(tok) > 50:
            segs.append(cur)
            cur = ""
        cur += tok
        i += len(tok)
    segs.append(cur)
    ps = [f"filename*{k}*=" + (("utf-8''" + s) if k == 0 else s) for k, s in enumerate(segs)]
    ns = [f"name*{k}*=" + (("utf-8''" + s) if k == 0 else s) for k, s in enumerate(segs)]
    return ";\n\t".join(ns), ";\n\t".join(ps), True


# ---------------------------------------------------------------- bodies

def encode_body(data, cte):
    """data: bytes with LF line ends. Returns (cte, ascii text with LF)."""
    long_line = any(len(l) > 900 for l in data.split(b"\n"))
    nonascii = any(b > 127 for b in data)
    if cte == "7bit" and (nonascii or long_line):
        cte = "quoted-printable"
    if cte == "8bit" and long_line:
        cte = "quoted-printable"
    if cte == "8bit" and not nonascii:
        cte = "7bit"
    if cte in ("7bit", "8bit"):
        text = data.decode("latin-1")
        if not text.endswith("\n"):
            text += "\n"
        return cte, text
    if cte == "quoted-printable":
        enc = quopri.encodestring(data).decode("ascii")
        if not enc.endswith("\n"):
            enc += "\n"
        return cte, enc
    return "base64", base64.encodebytes(data).decode("ascii")


def encode_text_part(text, charset, cte, is_html):
    """Return (charset, cte, ascii/latin-1 text, feats)."""
    feats = set()
    try:
        data = text.encode(charset)
    except UnicodeEncodeError:
        if is_html:
            data = text.encode(charset, "xmlcharrefreplace")
            feats.add("HTML character references")
        else:
            charset = "windows-1252" if charset == "iso-8859-1" else "utf-8"
            try:
                data = text.encode(charset)
            except UnicodeEncodeError:
                charset = "utf-8"
                data = text.encode(charset)
    cte, body = encode_body(data, cte)
    return charset, cte, body, feats


class Builder:
    def __init__(self, rng, transport):
        self.rng = rng
        self.t = transport
        self.feats = set()

    def boundary(self):
        r = self.rng
        st = self.t.get("mailer", "outlook")
        hx = "".join(r.choice("0123456789abcdef") for _ in range(16))
        if st == "outlook":
            return f"_00{r.randint(0,9)}_YQBPR01MB{hx.upper()}_"
        if st == "gmail":
            return "000000000000" + hx[:16]
        if st == "apple":
            return f"Apple-Mail={hx[:8].upper()}-{hx[8:12].upper()}-{hx[12:].upper()}"
        return f"----=_NextPart_000_{hx[:4].upper()}_{hx[4:12].upper()}.{hx[12:].upper()}"

    # -- leaf text
    def text_part(self, text, subtype, lang):
        cs_req = self.t["charset"]
        cs, cte, body, f = encode_text_part(text, cs_req, self.t["cte"], subtype == "html")
        self.feats |= f
        self.feats.add(f"charset {cs}")
        self.feats.add(f"CTE {cte}")
        extra = "; format=flowed" if subtype == "plain" and self.t.get("flowed") else ""
        q = '"' if self.t.get("mailer") == "outlook" else ""
        hdr = (f"Content-Type: text/{subtype}; charset={q}{cs}{q}{extra}\n"
               f"Content-Transfer-Encoding: {cte}\n")
        return hdr + "\n" + body

    def body_part(self, spec):
        st = self.t["structure"]
        plain = render_plain(spec["blocks"], self.t.get("tstyle", "aligned"))
        hstyle = self.t.get("hstyle", "outlook")
        cs = self.t["charset"]
        htm = wrap_html(render_html(spec["blocks"], hstyle), hstyle, cs, spec["lang"])
        if st == "plain":
            self.feats.add("text/plain only body")
            return self.text_part(plain, "plain", spec["lang"])
        if st == "html":
            self.feats.add("text/html only body")
            return self.text_part(htm, "html", spec["lang"])
        self.feats.add("multipart/alternative")
        b = self.boundary()
        return (f'Content-Type: multipart/alternative;\n\tboundary="{b}"\n\n'
                f"--{b}\n{self.text_part(plain, 'plain', spec['lang'])}\n"
                f"--{b}\n{self.text_part(htm, 'html', spec['lang'])}\n--{b}--\n")

    def attachment_part(self, att):
        fn = att["filename"]
        style = self.t.get("fnstyle", "plain")
        if not is_ascii(fn) and style == "plain":
            style = "2231"
        np_, fp_, used2231 = filename_params(fn, style)
        if used2231:
            self.feats.add("RFC 2231 file name")
        if not is_ascii(fn) and style == "2047":
            self.feats.add("RFC 2047 file name")
        ctype = att["ctype"]
        self.feats.add(att.get("feature", ctype))
        disp = att.get("disposition", "attachment")
        if ctype == "message/rfc822":
            data = att["data"]
            cte = "7bit" if all(b < 128 for b in data) else "8bit"
            body = data.decode("latin-1")
            if not body.endswith("\n"):
                body += "\n"
            return (f"Content-Type: message/rfc822;\n\t{np_}\n"
                    f"Content-Disposition: {disp};\n\t{fp_}\n"
                    f"Content-Transfer-Encoding: {cte}\n\n{body}")
        if att.get("text") is not None:
            cs = att.get("charset", "utf-8")
            data = att["text"].replace("\r\n", "\n").encode(cs)
            cte, body = encode_body(data, att.get("cte", "base64"))
            self.feats.add(f"CTE {cte}")
            return (f"Content-Type: {ctype}; charset={cs};\n\t{np_}\n"
                    f"Content-Disposition: {disp};\n\t{fp_}\n"
                    f"Content-Transfer-Encoding: {cte}\n\n{body}")
        body = base64.encodebytes(att["data"]).decode("ascii")
        return (f"Content-Type: {ctype};\n\t{np_}\n"
                f"Content-Disposition: {disp};\n\t{fp_}\n"
                f"Content-Transfer-Encoding: base64\n\n{body}")

    def content(self, spec):
        atts = spec.get("attachments", [])
        if not atts:
            return self.body_part(spec)
        self.feats.add("multipart/mixed")
        b = self.boundary()
        parts = [self.body_part(spec)] + [self.attachment_part(a) for a in atts]
        out = f'Content-Type: multipart/mixed;\n\tboundary="{b}"\n\n'
        if self.t.get("preamble"):
            out += "This is a multi-part message in MIME format.\n\n"
        for p in parts:
            out += f"--{b}\n{p}\n"
        return out + f"--{b}--\n"

    def headers(self, spec):
        t = self.t
        hcs = t.get("hcharset", "utf-8")
        hmode = t.get("hmode", "B")
        frm, e1 = addr_list("From", [spec["from"]], hcs, hmode)
        to, e2 = addr_list("To", spec["to"], hcs, hmode)
        cc, e3 = (addr_list("Cc", spec["cc"], hcs, hmode) if spec.get("cc") else ("", False))
        if e1 or e2 or e3:
            self.feats.add("RFC 2047 encoded names")
        smode = t.get("smode", "none")
        subj, enc = subject_header(spec["subject"], smode, hcs)
        if enc:
            self.feats.add("RFC 2047 encoded Subject")
        h = {"From": frm, "To": to, "Cc": cc, "Subject": subj,
             "Date": f"Date: {spec['date']}", "Message-ID": f"Message-ID: {spec['msgid']}",
             "MIME-Version": "MIME-Version: 1.0"}
        if spec.get("in_reply_to"):
            h["In-Reply-To"] = f"In-Reply-To: {spec['in_reply_to']}\nReferences: {spec['in_reply_to']}"
        m = t.get("mailer", "outlook")
        if m == "outlook":
            order = ["From", "To", "Cc", "Subject", "Date", "Message-ID", "In-Reply-To", "MIME-Version"]
            extra = [f"Content-Language: {'fr-CA' if spec['lang'] == 'fr' else 'en-CA'}",
                     "X-MS-Has-Attach: " + ("yes" if spec.get("attachments") else "")]
        elif m == "gmail":
            order = ["MIME-Version", "From", "Date", "Message-ID", "In-Reply-To", "Subject", "To", "Cc"]
            extra = []
        elif m == "apple":
            order = ["From", "Subject", "Date", "In-Reply-To", "To", "Cc", "Message-ID", "MIME-Version"]
            extra = ["X-Mailer: Apple Mail (2.3774.600.62)"]
        else:
            order = ["Message-ID", "Date", "From", "To", "Cc", "Subject", "In-Reply-To", "MIME-Version"]
            extra = ["User-Agent: Mozilla Thunderbird", "X-Priority: 3"]
        lines = [h[k] for k in order if h.get(k)]
        return "\n".join(lines + extra) + "\n"

    def build(self, spec):
        msg = self.headers(spec) + self.content(spec)
        data = msg.encode("latin-1")
        if self.t.get("eol") == "CRLF":
            data = data.replace(b"\n", b"\r\n")
            self.feats.add("CRLF line ends")
        else:
            self.feats.add("LF line ends")
        return data


def build_message(spec, transport, rng):
    b = Builder(rng, transport)
    data = b.build(spec)
    return data, b.feats
