"""Hand-assembled MIME messages with controlled charsets, transfer encodings,
line ends, RFC 2047 headers and RFC 2231 file names.  Fully deterministic."""
import base64
import email.utils
import hashlib
import html as _html
import quopri
import urllib.parse

ATT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
    "csv": "text/csv",
    "ics": "text/calendar",
    "vcf": "text/vcard",
    "eml": "message/rfc822",
    "txt": "text/plain",
}

Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def can_encode(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def _word(s, cs, mode):
    raw = s.encode(cs)
    if mode == "B":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(raw).decode("ascii"))
    out = []
    for b in raw:
        if b == 0x20:
            out.append("_")
        elif b in Q_SAFE:
            out.append(chr(b))
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (cs, "".join(out))


def enc_words(s, cs="utf-8", mode="Q"):
    """Encode s as one or more RFC 2047 words (each at most 75 characters)."""
    chunks, cur = [], ""
    for ch in s:
        if cur and len(_word(cur + ch, cs, mode)) > 75:
            chunks.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        chunks.append(cur)
    return "\n ".join(_word(c, cs, mode) for c in chunks)


def enc_header_text(s, opts):
    """Unstructured header value (Subject)."""
    if is_ascii(s):
        return fold_ascii(s)
    cs = opts.get("hcs", "utf-8")
    if not can_encode(s, cs):
        cs = "utf-8"
    mode = opts.get("hmode", "Q")
    if opts.get("hwhole", True):
        return enc_words(s, cs, mode)
    # encode only runs of non-ASCII words, keep ASCII words readable
    toks = s.split(" ")
    out, run = [], []
    for t in toks:
        if is_ascii(t):
            if run:
                out.append(enc_words(" ".join(run), cs, mode))
                run = []
            out.append(t)
        else:
            run.append(t)
    if run:
        out.append(enc_words(" ".join(run), cs, mode))
    return fold_ascii(" ".join(out), already=True)


def fold_ascii(s, already=False):
    if len(s) <= 70 or "\n" in s:
        return s
    words = s.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > 70:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(name, addr, opts):
    if not name:
        return addr
    if is_ascii(name):
        if any(c in SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    cs = opts.get("ncs", "utf-8")
    if not can_encode(name, cs):
        cs = "utf-8"
    enc = enc_words(name, cs, opts.get("nmode", "Q"))
    if "\n" in enc:
        # a display name split over several encoded words is decoded with a stray space by some
        # parsers; use one (denser) B-encoded word instead
        enc = enc_words(name, "utf-8", "B")
    return "%s <%s>" % (enc, addr)


def fmt_addr_list(lst, opts):
    return ",\n ".join(fmt_addr(n, a, opts) for n, a in lst)


def encode_body(text, cs, cte):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(cs)
    if cte in ("7bit", "8bit"):
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return base64.encodebytes(raw)


def b64(data):
    return base64.encodebytes(data)


def text_to_html(text, font="Calibri, sans-serif"):
    paras = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = [_html.escape(l) for l in block.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            paras.append('<blockquote style="border-left:2px solid #999;margin:0 0 0 6px;padding-left:6px">'
                         + "<br>\n".join(l[4:].lstrip() for l in lines) + "</blockquote>")
        else:
            paras.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%%CS%%">\n</head>\n'
            '<body style="font-family:%s;font-size:11pt">\n' % font + "\n".join(paras) + "\n</body>\n</html>\n")


class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None, preamble=None):
        self.headers = headers      # list of (name, value) strings (values may contain \n folds)
        self.body = body            # bytes (leaf)
        self.children = children    # list of Part (multipart)
        self.boundary = boundary
        self.preamble = preamble

    def render(self):
        out = []
        for k, v in self.headers:
            out.append(("%s: %s\n" % (k, v)).encode("ascii"))
        out.append(b"\n")
        if self.children is None:
            body = self.body
            if body and not body.endswith(b"\n"):
                body += b"\n"
            out.append(body)
        else:
            if self.preamble:
                out.append(self.preamble.encode("ascii") + b"\n")
            for ch in self.children:
                out.append(("--%s\n" % self.boundary).encode("ascii"))
                out.append(ch.render())
            out.append(("--%s--\n" % self.boundary).encode("ascii"))
        return b"".join(out)


def text_part(text, subtype, cs, cte):
    if subtype == "html":
        text = text.replace("%CS%", cs)
    hdr = [("Content-Type", 'text/%s; charset="%s"' % (subtype, cs)), ("Content-Transfer-Encoding", cte)]
    return Part(hdr, encode_body(text, cs, cte))


def _param(name, value, style):
    """A Content-Type / Content-Disposition parameter, RFC 2231 when needed."""
    if is_ascii(value):
        return '%s="%s"' % (name, value)
    if style == "rfc2047":
        return '%s="%s"' % (name, enc_words(value, "utf-8", "B").replace("\n ", ""))
    cs = "utf-8"
    lang = ""
    if style == "rfc2231-latin1" and can_encode(value, "iso-8859-1"):
        cs, lang = "iso-8859-1", "fr"
    quoted = urllib.parse.quote(value.encode(cs), safe="")
    if len(quoted) > 60:
        pieces = [quoted[i:i + 54] for i in range(0, len(quoted), 54)]
        # do not split inside a %XX escape
        fixed, carry = [], ""
        for p in pieces:
            p = carry + p
            carry = ""
            cut = p.rfind("%")
            if cut != -1 and cut > len(p) - 3:
                carry = p[cut:]
                p = p[:cut]
            fixed.append(p)
        if carry:
            fixed.append(carry)
        segs = []
        for i, p in enumerate(fixed):
            segs.append("%s*%d*=%s%s" % (name, i, ("%s'%s'" % (cs, lang)) if i == 0 else "", p))
        return ";\n ".join(segs)
    return "%s*=%s'%s'%s" % (name, cs, lang, quoted)


def attachment_part(att, fname_style, inner_cte):
    kind = att["kind"]
    ctype = att.get("ctype") or ATT_TYPES[kind]
    fn = att["filename"]
    data = att["data"]
    name_style = "rfc2047" if fname_style == "outlook" else fname_style
    if kind == "eml":
        hdr = [("Content-Type", "message/rfc822" + ("; " + _param("name", fn, name_style) if fn else "")),
               ("Content-Transfer-Encoding", "8bit" if any(b > 127 for b in data) else "7bit"),
               ("Content-Disposition", "attachment" + ("; " + _param("filename", fn, fname_style if fname_style != "outlook" else "rfc2231") if fn else ""))]
        return Part(hdr, data.replace(b"\r\n", b"\n"))
    params = ctype
    if kind in ("csv", "ics", "vcf", "txt"):
        params += '; charset="%s"' % att.get("charset", "utf-8")
        if kind == "ics":
            params += "; method=REQUEST"
    params += ";\n " + _param("name", fn, name_style)
    disp = "inline" if att.get("inline") else "attachment"
    disp += ";\n " + _param("filename", fn, fname_style if fname_style != "outlook" else "rfc2231")
    if kind in ("csv", "ics", "vcf", "txt"):
        cte = inner_cte
        if cte in ("7bit", "8bit"):
            cte = "7bit" if all(b < 128 for b in data) else "8bit"
            body = data.replace(b"\r\n", b"\n")
        elif cte == "quoted-printable":
            body = quopri.encodestring(data.replace(b"\r\n", b"\n"))
        else:
            body = b64(data)
    else:
        cte = "base64"
        body = b64(data)
    hdr = [("Content-Type", params), ("Content-Transfer-Encoding", cte), ("Content-Disposition", disp)]
    return Part(hdr, body)


def choose_transport(r, spec):
    """Pick charsets, encodings and line ends compatible with the message text."""
    text = (spec.get("text") or "") + (spec.get("html") or "")
    cands = []
    if is_ascii(text):
        cands = [("us-ascii", 3), ("utf-8", 4), ("iso-8859-1", 1), ("windows-1252", 1)]
    else:
        if can_encode(text, "iso-8859-1"):
            cands.append(("iso-8859-1", 3))
        if can_encode(text, "windows-1252"):
            cands.append(("windows-1252", 3))
        cands.append(("utf-8", 5))
    cs = _wchoice(r, cands)
    raw_ascii = is_ascii(text)
    if raw_ascii:
        cte = _wchoice(r, [("7bit", 5), ("quoted-printable", 2), ("base64", 1)])
    else:
        cte = _wchoice(r, [("8bit", 4), ("quoted-printable", 5), ("base64", 2)])
    opts = {
        "cs": cs, "cte": cte,
        "html_cte": _wchoice(r, [(cte, 3), ("quoted-printable", 2), ("base64", 1)]),
        "crlf": r.random() < 0.45,
        "hcs": r.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"]),
        "hmode": r.choice(["Q", "Q", "B"]),
        "hwhole": r.random() < 0.6,
        "ncs": r.choice(["utf-8", "iso-8859-1"]),
        "nmode": r.choice(["Q", "B"]),
        "fname": r.choice(["rfc2231", "rfc2231", "outlook", "rfc2231-latin1"]),
        "att_cte": r.choice(["base64", "base64", "quoted-printable", "8bit"]),
        "preamble": r.random() < 0.5,
        "mailer": r.choice(["Microsoft Outlook 16.0", "Microsoft Outlook 16.0", None, "Mozilla Thunderbird 115.6",
                            "Apple Mail (2.3774)", "Zimbra 9.0.0_GA", None]),
    }
    if opts["cte"] == "7bit" and not raw_ascii:
        opts["cte"] = "quoted-printable"
    if opts["html_cte"] in ("7bit", "8bit"):
        opts["html_cte"] = opts["cte"] if opts["cte"] in ("7bit", "8bit") else "quoted-printable"
    opts.update(spec.get("force", {}))
    if opts["cs"] == "us-ascii" and not raw_ascii:
        opts["cs"] = "utf-8"
    if not can_encode(text.replace("%CS%", ""), opts["cs"]):
        opts["cs"] = "utf-8"
    if opts["cte"] == "7bit" and not is_ascii(text):
        opts["cte"] = "8bit"
    return opts


def _wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def build(spec, r, nested=False):
    """Render a message spec to bytes (LF or CRLF line ends)."""
    opts = choose_transport(r, spec)
    key = spec["key"]
    h = hashlib.sha256(("mid-" + key).encode()).hexdigest()
    dom = spec["frm"][1].split("@")[1]
    headers = []
    if not nested and spec.get("received", True) and r.random() < 0.5:
        headers.append(("Return-Path", "<%s>" % spec["frm"][1]))
    headers.append(("From", fmt_addr(spec["frm"][0], spec["frm"][1], opts)))
    headers.append(("To", fmt_addr_list(spec["to"], opts)))
    if spec.get("cc"):
        headers.append(("Cc", fmt_addr_list(spec["cc"], opts)))
    headers.append(("Subject", enc_header_text(spec["subject"], opts)))
    headers.append(("Date", email.utils.format_datetime(spec["date"])))
    headers.append(("Message-ID", "<%s.%s@%s>" % (h[:20], h[20:28], dom)))
    for k, v in spec.get("extra_headers", []):
        headers.append((k, v))
    if opts["mailer"] and not nested:
        headers.append(("X-Mailer" if "Outlook" not in opts["mailer"] else "X-Mailer", opts["mailer"]))
    if spec.get("lang_header", r.random() < 0.3):
        headers.append(("Content-Language", "fr-CA" if spec["lang"] == "fr" else "en-CA"))
    headers.append(("MIME-Version", "1.0"))

    mode = spec.get("mode", "plain")
    text = spec.get("text")
    html = spec.get("html")
    if mode in ("html", "alt") and html is None:
        html = text_to_html(text)
    bi = [0]

    def boundary():
        bi[0] += 1
        return "%s_%s_%d" % (r.choice(["----=_NextPart", "=_rh", "------------", "--Apple-Mail"]) if bi[0] == 1 else "=_b",
                             h[:16], bi[0])

    if mode == "plain":
        body = text_part(text, "plain", opts["cs"], opts["cte"])
    elif mode == "html":
        body = text_part(html, "html", opts["cs"], opts["cte"])
    else:
        body = Part([("Content-Type", 'multipart/alternative;\n boundary="%s"' % "PLACEHOLDER")],
                    children=[text_part(text, "plain", opts["cs"], opts["cte"]),
                              text_part(html, "html", opts["cs"], opts["html_cte"])])
        body.boundary = boundary()
        body.headers = [("Content-Type", 'multipart/alternative;\n boundary="%s"' % body.boundary)]

    atts = spec.get("attachments") or []
    if atts:
        kids = [body] + [attachment_part(a, a.get("fname_style", opts["fname"]), a.get("cte", opts["att_cte"]))
                         for a in atts]
        b = boundary()
        top = Part([("Content-Type", 'multipart/mixed;\n boundary="%s"' % b)], children=kids, boundary=b,
                   preamble="This is a multi-part message in MIME format." if opts["preamble"] else None)
    else:
        top = body
    top.headers = headers + top.headers
    data = top.render()
    if opts["crlf"] and not nested:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data
