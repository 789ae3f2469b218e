"""Hand-assembled MIME messages with fixed boundaries, explicit charsets and encodings."""
import base64
import binascii
import email.utils
import hashlib
import html as htmlmod
import html.entities
import urllib.parse

ESPECIALS = set('()<>@,;:\\".[]')


def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encoded_words(s, charset="utf-8", enc="b"):
    """RFC 2047 encoded words, each at most 75 characters."""
    prefix = "=?%s?%s?" % (charset, "Q" if enc == "q" else "B")
    words, cur = [], ""

    def render(chunk):
        data = chunk.encode(charset)
        if enc == "b":
            return prefix + base64.b64encode(data).decode("ascii") + "?="
        out = []
        for byte in data:
            ch = chr(byte)
            if ch == " ":
                out.append("_")
            elif ch.isalnum() and byte < 128:
                out.append(ch)
            elif ch in "-!*+/" and byte < 128:
                out.append(ch)
            else:
                out.append("=%02X" % byte)
        return prefix + "".join(out) + "?="

    for ch in s:
        if cur and len(render(cur + ch)) > 75:
            words.append(render(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(render(cur))
    return words


def fold_plain(name, value):
    """Fold an ASCII unstructured header at spaces (soft limit 78)."""
    line = name + ": "
    out = []
    for tok in value.split(" "):
        if len(line) + len(tok) + 1 > 78 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " " + tok + " "
        else:
            line += tok + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


def header_unstructured(name, value, charset="utf-8", enc=None):
    if enc is None and _is_ascii(value):
        return fold_plain(name, value)
    enc = enc or "b"
    cs = charset if charset not in ("us-ascii",) else "utf-8"
    try:
        value.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    words = encoded_words(value, cs, enc)
    return name + ": " + "\n ".join(words)


def fmt_mailbox(name, addr, charset="utf-8", enc="b"):
    if not name:
        return addr
    if _is_ascii(name):
        if any(c in ESPECIALS for c in name):
            return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    cs = charset if charset != "us-ascii" else "utf-8"
    try:
        name.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return "%s <%s>" % (" ".join(encoded_words(name, cs, enc)), addr)


def header_addresses(hname, boxes, charset="utf-8", enc="b"):
    parts = [fmt_mailbox(n, a, charset, enc) for n, a in boxes]
    return hname + ": " + ",\n ".join(parts)


def _wrap_lines(data):
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


def encode_body(data, cte):
    """data: bytes with LF line ends. Returns encoded bytes with LF line ends."""
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            data.decode("ascii")
        return _wrap_lines(data)
    if cte == "quoted-printable":
        return _wrap_lines(binascii.b2a_qp(data, istext=True, header=False))
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def to_entities(s):
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        elif ord(ch) in html.entities.codepoint2name:
            out.append("&%s;" % html.entities.codepoint2name[ord(ch)])
        else:
            out.append("&#%d;" % ord(ch))
    return "".join(out)


def text_to_html(text, charset="utf-8", entities=False, style=0):
    """Turn a plain-text body into simple HTML as a mail client would."""
    blocks = text.split("\n\n")
    body = []
    in_quote = []

    def flush_quote():
        if in_quote:
            q = "<br>\n".join(htmlmod.escape(x) for x in in_quote)
            body.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                        'padding-left:1ex">%s</blockquote>' % q)
            in_quote.clear()

    for blk in blocks:
        lines = blk.split("\n")
        if all(ln.startswith(">") for ln in lines if ln):
            in_quote.extend(ln[1:].lstrip() if ln.startswith("> ") or ln == ">" else ln[1:]
                            for ln in lines)
            in_quote.append("")
            continue
        flush_quote()
        body.append("<p>" + "<br>\n".join(htmlmod.escape(ln) for ln in lines) + "</p>")
    flush_quote()
    font = ["Calibri, Arial, sans-serif", "Segoe UI, Tahoma, sans-serif",
            "Arial, Helvetica, sans-serif"][style % 3]
    doc = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
           '</head>\n<body style="font-family:%s;font-size:11pt">\n%s\n</body>\n</html>\n'
           % (charset, font, "\n".join(body)))
    if entities:
        doc = to_entities(doc)
    return doc


def wrap_html(inner, charset="utf-8", entities=False):
    doc = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
           '</head>\n<body style="font-family:Arial, sans-serif;font-size:10.5pt">\n%s\n'
           '</body>\n</html>\n' % (charset, inner))
    if entities:
        doc = to_entities(doc)
    return doc


def param_filename(pname, filename, mode):
    """Render a filename parameter: plain quoted, RFC 2231, or RFC 2231 with continuations."""
    if mode == "plain":
        return '%s="%s"' % (pname, filename)
    enc = urllib.parse.quote(filename.encode("utf-8"), safe="")
    if mode == "2231":
        return "%s*=utf-8''%s" % (pname, enc)
    if mode == "2231cont":
        chunks = [enc[i:i + 40] for i in range(0, len(enc), 40)]
        # do not split inside a %XX escape
        fixed, carry = [], ""
        for c in chunks:
            c = carry + c
            carry = ""
            cut = c.rfind("%")
            if cut != -1 and cut > len(c) - 3:
                carry = c[cut:]
                c = c[:cut]
            fixed.append(c)
        if carry:
            fixed.append(carry)
        return ";\n ".join("%s*%d*=%s" % (pname, i, c if i else "utf-8''" + c)
                          for i, c in enumerate(fixed))
    raise ValueError(mode)


class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of str (already folded, LF)
        self.body = body            # bytes, LF line ends

    def render(self):
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def text_part(text, subtype, charset, cte, extra=()):
    data = text.replace("\r\n", "\n").encode(charset)
    hdrs = ['Content-Type: text/%s; charset="%s"' % (subtype, charset),
            "Content-Transfer-Encoding: %s" % cte]
    hdrs.extend(extra)
    return Part(hdrs, encode_body(data, cte))


def attachment_part(att):
    """att: dict(filename, ctype, data|text, charset, cte, fname_mode, inline)."""
    fn = att["filename"]
    mode = att.get("fname_mode", "plain")
    if not _is_ascii(fn) and mode == "plain":
        mode = "2231"
    ctype = att["ctype"]
    disp = "inline" if att.get("inline") else "attachment"
    if ctype == "message/rfc822":
        data = att["data"]
        cte = "8bit" if any(b > 127 for b in data) else "7bit"
        hdrs = ["Content-Type: message/rfc822",
                "Content-Disposition: %s;\n %s" % (disp, param_filename("filename", fn, mode))]
        if att.get("cte_header", True):
            hdrs.insert(1, "Content-Transfer-Encoding: %s" % cte)
        return Part(hdrs, data if data.endswith(b"\n") else data + b"\n")
    if "text" in att:
        cs = att.get("charset", "utf-8")
        data = att["text"].replace("\r\n", "\n").encode(cs)
        ct = '%s; charset="%s"' % (ctype, cs)
        cte = att.get("cte", "base64")
    else:
        data = att["data"]
        ct = ctype
        cte = "base64"
    name_param = param_filename("name", fn, mode if mode != "2231cont" else "2231")
    hdrs = ["Content-Type: %s;\n %s" % (ct, name_param),
            "Content-Disposition: %s;\n %s" % (disp, param_filename("filename", fn, mode)),
            "Content-Transfer-Encoding: %s" % cte]
    return Part(hdrs, encode_body(data, cte))


def multipart(subtype, parts, boundary):
    body = []
    for p in parts:
        body.append(("--%s\n" % boundary).encode("ascii"))
        body.append(p.render())
        if not body[-1].endswith(b"\n"):
            body.append(b"\n")
    body.append(("--%s--\n" % boundary).encode("ascii"))
    hdrs = ['Content-Type: multipart/%s;\n boundary="%s"' % (subtype, boundary)]
    return Part(hdrs, b"".join(body))


def fmt_date_header(dt):
    return email.utils.format_datetime(dt)


def build_message(spec):
    """Assemble the full message bytes from a spec dict (see gen_plan)."""
    tr = spec["transport"]
    cs, cte = tr["charset"], tr["cte"]
    key = hashlib.sha256(spec["msgid"].encode()).hexdigest()
    bnd = lambda n: "----=_Part_%s_%d" % (key[:16 + n], n)  # noqa: E731
    name_enc = tr.get("name_enc", "b")
    hdrs = []
    hdrs.append(header_addresses("From", [spec["from_"]], cs, name_enc))
    hdrs.append(header_addresses("To", spec["to"], cs, name_enc))
    if spec.get("cc"):
        hdrs.append(header_addresses("Cc", spec["cc"], cs, name_enc))
    hdrs.append(header_unstructured("Subject", spec["subject"], cs, tr.get("subj_enc")))
    hdrs.append("Date: " + fmt_date_header(spec["date"]))
    hdrs.append("Message-ID: " + spec["msgid"])
    if spec.get("in_reply_to"):
        hdrs.append("In-Reply-To: " + spec["in_reply_to"])
        hdrs.append("References: " + spec["in_reply_to"])
    for h in spec.get("extra_headers", []):
        hdrs.append(h)
    hdrs.append("MIME-Version: 1.0")

    form = tr["form"]
    text = spec.get("text")
    html = spec.get("html")
    if form in ("html", "alt") and html is None:
        html = text_to_html(text, cs, tr.get("entities", False), tr.get("style", 0))
    elif html is not None and tr.get("entities"):
        html = to_entities(html)
    if html is not None:
        html = html.replace("%CHARSET%", cs)

    if form == "plain":
        body = text_part(text, "plain", cs, cte)
    elif form == "html":
        body = text_part(html, "html", cs, cte)
    else:
        body = multipart("alternative", [text_part(text, "plain", cs, cte),
                                         text_part(html, "html", cs, cte)], bnd(1))
    atts = spec.get("attachments") or []
    if atts:
        parts = [body] + [attachment_part(a) for a in atts]
        body = multipart(tr.get("mixed_subtype", "mixed"), parts, bnd(0))
        if tr.get("preamble"):
            body.body = b"This is a multi-part message in MIME format.\n\n" + body.body
    raw = ("\n".join(hdrs + body.headers) + "\n\n").encode("ascii") + body.body
    if tr.get("crlf"):
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw
