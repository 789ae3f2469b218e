"""Hand-assembled MIME: body styles, charsets, transfer encodings, line ends, RFC 2047/2231."""
import base64
import email.utils
import html as htmlmod
import quopri
import urllib.parse
from email.header import Header

# ------------------------------------------------------------------ choices


def _encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def choose_transport(rng, spec):
    """Fill in body style, charset, transfer encoding and line ends unless the spec forces them."""
    if "body" not in spec:
        spec["body"] = rng.choices(["plain", "alt", "html"], weights=[45, 35, 20])[0]
    txt = spec.get("text", "") + (spec.get("html") or "")
    if "charset" not in spec:
        opts, w = ["utf-8"], [50]
        if _encodable(txt, "us-ascii"):
            opts.append("us-ascii"), w.append(30)
        if _encodable(txt, "iso-8859-1"):
            opts.append("iso-8859-1"), w.append(22)
        if _encodable(txt, "windows-1252"):
            opts.append("windows-1252"), w.append(22)
        spec["charset"] = rng.choices(opts, weights=w)[0]
    if "cte" not in spec:
        if spec["charset"] == "us-ascii":
            spec["cte"] = rng.choices(["7bit", "quoted-printable", "base64"], weights=[60, 25, 15])[0]
        else:
            spec["cte"] = rng.choices(["8bit", "quoted-printable", "base64"], weights=[35, 40, 25])[0]
    if "eol" not in spec:
        spec["eol"] = rng.choice(["\r\n", "\n"])
    if "subj_cs" not in spec:
        spec["subj_cs"] = rng.choice(["utf-8", "utf-8", "iso-8859-1"])
    return spec


# ------------------------------------------------------------------ helpers


def to_html(text, lang="fr"):
    """Plain text -> simple HTML, quoted lines become blockquotes."""
    out, para, quote = [], [], []

    def flush_para():
        if para:
            out.append("<p>" + "<br>\n".join(htmlmod.escape(x, quote=False) for x in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            inner = to_html("\n".join(quote), lang)
            inner = inner.split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0]
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">' + inner.strip() + "</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(line[1:].lstrip(" ") if line.startswith("> ") else line[1:])
            continue
        flush_quote()
        if line.strip() == "":
            flush_para()
        else:
            para.append(line)
    flush_para()
    flush_quote()
    return ('<html lang="%s">\n<head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"></head>\n<body style="font-family:Calibri,Arial,sans-serif;'
            'font-size:11pt">\n%s\n</body>\n</html>\n' % (lang, "\n".join(out)))


def html_table(rows, header=True):
    out = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, htmlmod.escape(str(c), quote=False), tag)
                                    for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def enc_header(value, cs, force=False):
    if not force and _encodable(value, "us-ascii"):
        return Header(value, "us-ascii").encode(maxlinelen=76, linesep="\n")
    if not _encodable(value, cs):
        cs = "utf-8"
    return Header(value, cs).encode(maxlinelen=76, linesep="\n")


def fmt_addr(pair, cs, feats):
    name, addr = pair
    if not name:
        return addr
    if not _encodable(name, "us-ascii"):
        feats.add("RFC 2047 encoded names")
        if not _encodable(name, cs):
            cs = "utf-8"
        return Header(name, cs).encode() + " <%s>" % addr
    return email.utils.formataddr((name, addr))


def _body_encode(raw, cte):
    """raw: bytes with LF line ends."""
    if cte in ("7bit", "8bit"):
        return raw if raw.endswith(b"\n") else raw + b"\n"
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def _filename_params(fn, mode):
    """Return (content-type name param, content-disposition filename param)."""
    if _encodable(fn, "us-ascii"):
        q = '"%s"' % fn.replace("\\", "\\\\").replace('"', '\\"')
        return "name=" + q, "filename=" + q, False
    enc = urllib.parse.quote(fn.encode("utf-8"), safe="")
    if mode == "2231" and len(enc) > 60:
        chunks = [enc[i:i + 60] for i in range(0, len(enc), 60)]
        # do not split a %XX escape
        fixed, carry = [], ""
        for ch in chunks:
            ch = carry + ch
            carry = ""
            k = ch.rfind("%")
            if k >= len(ch) - 2 and k != -1:
                carry, ch = ch[k:], ch[:k]
            fixed.append(ch)
        if carry:
            fixed[-1] += carry
        disp = ";\n\t".join(("filename*%d*=utf-8''%s" % (i, c)) if i == 0 else
                            ("filename*%d*=%s" % (i, c)) for i, c in enumerate(fixed))
        name = ";\n\t".join(("name*%d*=utf-8''%s" % (i, c)) if i == 0 else
                            ("name*%d*=%s" % (i, c)) for i, c in enumerate(fixed))
        return name, disp, True
    if mode == "2047name":
        return ('name="%s"' % Header(fn, "utf-8").encode(maxlinelen=998),
                "filename*=utf-8''" + enc, True)
    return "name*=utf-8''" + enc, "filename*=utf-8''" + enc, True


# ------------------------------------------------------------------ parts


def _text_part(text, subtype, cs, cte, feats):
    raw = text.replace("\r\n", "\n").encode(cs)
    if cte in ("7bit", "8bit") and max((len(x) for x in raw.split(b"\n")), default=0) > 900:
        cte = "quoted-printable"
    if cte == "7bit" and not _encodable(text, "us-ascii"):
        cte = "8bit"
    feats.add("charset " + cs)
    feats.add("CTE " + cte)
    head = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (subtype, cs, cte)
    return head.encode("ascii"), _body_encode(raw, cte)


def _multipart(subtype, boundary, parts):
    head = ('Content-Type: multipart/%s;\n\tboundary="%s"\n' % (subtype, boundary)).encode("ascii")
    body = b"This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else b""
    for h, b in parts:
        body += b"--" + boundary.encode() + b"\n" + h + b"\n" + b
        if not b.endswith(b"\n"):
            body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return head, body


def _att_part(att, rng, feats, boundary_seed, eol):
    kind = att["kind"]
    fn = att["filename"]
    mode = att.get("fnmode") or rng.choice(["2231", "2047name", "plain2231"])
    name_p, disp_p, encoded = _filename_params(fn, mode)
    if encoded:
        feats.add("RFC 2231 file names")
    feats.add("attachment " + kind.upper() if kind not in ("eml",) else "attached message/rfc822")
    if kind == "eml":
        inner = render(att["msg"], rng, feats, boundary_seed + "n", nested=True)
        cte = "8bit" if any(b > 127 for b in inner) else "7bit"
        head = ("Content-Type: message/rfc822\nContent-Disposition: attachment; %s\n"
                "Content-Transfer-Encoding: %s\n" % (disp_p, cte)).encode("ascii")
        return head, inner
    ctype = att["ctype"]
    data = att["data"]
    if ctype.startswith("text/"):
        cs = att.get("charset", "utf-8")
        cte = att.get("cte") or rng.choice(["base64", "quoted-printable", "8bit" if any(
            b > 127 for b in data) else "7bit"])
        if cte in ("7bit", "8bit", "quoted-printable"):
            data = data.replace(b"\r\n", b"\n")
        if cte == "7bit" and any(b > 127 for b in data):
            cte = "8bit"
        extra = att.get("ctparams", "")
        head = 'Content-Type: %s; charset="%s"%s;\n\t%s\n' % (ctype, cs, extra, name_p)
    else:
        cte = "base64"
        head = "Content-Type: %s;\n\t%s\n" % (ctype, name_p)
    feats.add("CTE " + cte)
    head += "Content-Disposition: attachment;\n\t%s\nContent-Transfer-Encoding: %s\n" % (disp_p, cte)
    return head.encode("ascii"), _body_encode(data, cte)


def _boundary(seed, k):
    import hashlib
    h = hashlib.sha256(("%s/%d" % (seed, k)).encode()).hexdigest()
    return "----=_Part_%s_%s.%s" % (h[:6], h[6:16], h[16:26])


def render(spec, rng, feats=None, bseed=None, nested=False):
    """Return the message as bytes, with the spec's line ends (LF inside nested messages)."""
    choose_transport(rng, spec)
    feats = spec.setdefault("features", set()) if feats is None else feats
    bseed = bseed or spec["msgid"]
    cs = spec["charset"]
    scs = spec["subj_cs"]
    lang = spec.get("lang", "fr")
    # body
    text = spec.get("text", "")
    html = spec.get("html") or to_html(text, lang)
    if spec.get("html") is not None and cs != "utf-8" and not _encodable(spec["html"], cs):
        cs = "utf-8"
    html = html.replace("charset=utf-8", "charset=" + cs)
    if spec["body"] == "plain":
        feats.add("plain text body")
        body = _text_part(text, "plain", cs, spec["cte"], feats)
    elif spec["body"] == "html":
        feats.add("HTML-only body")
        body = _text_part(html, "html", cs, spec["cte"], feats)
    else:
        feats.add("multipart/alternative")
        body = _multipart("alternative", _boundary(bseed, 1), [
            _text_part(text, "plain", cs, spec["cte"], feats),
            _text_part(html, "html", cs, spec["cte"], feats)])
    atts = spec.get("atts") or []
    if atts:
        feats.add("multipart/mixed")
        parts = [body] + [_att_part(a, rng, feats, bseed + str(i), spec["eol"])
                          for i, a in enumerate(atts)]
        top = _multipart("mixed", _boundary(bseed, 2), parts)
    else:
        top = body
    # headers
    h = []
    h.append("From: " + fmt_addr(spec["frm"], scs, feats))
    h.append("To: " + ",\n\t".join(fmt_addr(x, scs, feats) for x in spec["to"]))
    if spec.get("cc"):
        h.append("Cc: " + ",\n\t".join(fmt_addr(x, scs, feats) for x in spec["cc"]))
    subj = enc_header(spec["subject"], scs, force=spec.get("subj_force", False))
    if "=?" in subj:
        feats.add("RFC 2047 encoded Subject")
    h.append("Subject: " + subj)
    h.append("Date: " + email.utils.format_datetime(spec["date"]))
    h.append("Message-ID: " + spec["msgid"])
    if spec.get("in_reply_to"):
        h.append("In-Reply-To: " + spec["in_reply_to"])
        h.append("References: " + spec["in_reply_to"])
    h.append("MIME-Version: 1.0")
    if spec.get("mailer"):
        h.append("X-Mailer: " + spec["mailer"])
    for k, v in spec.get("extra_headers", []):
        h.append("%s: %s" % (k, v))
    if not nested:
        feats.add("CRLF line ends" if spec["eol"] == "\r\n" else "LF line ends")
    head = ("\n".join(h) + "\n").encode("ascii") + top[0] + b"\n"
    out = head + top[1]
    if not nested and spec["eol"] == "\r\n":
        out = out.replace(b"\n", b"\r\n")
    return out
