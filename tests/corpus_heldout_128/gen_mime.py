"""Hand-made MIME assembly: fixed boundaries, chosen charsets, transfer
encodings, RFC 2047 headers, RFC 2231 file names, CRLF or LF line ends."""
import base64
import html as htmlmod
import quopri
import urllib.parse

PY_CODEC = {"us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1", "windows-1252": "cp1252"}

MAILERS = [
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("User-Agent", "Mozilla Thunderbird 128.5.0"),
    ("X-Mailer", "Apple Mail (2.3776.700.51)"),
    ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF133)"),
    (None, None),
]


def can_encode(text, charset):
    try:
        text.encode(PY_CODEC[charset])
        return True
    except UnicodeEncodeError:
        return False


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


# --------------------------------------------------------------------------
# RFC 2047
# --------------------------------------------------------------------------
_Q_SAFE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_char(ch, codec):
    if ch == " ":
        return "_"
    if ch in _Q_SAFE:
        return ch
    return "".join("=%02X" % b for b in ch.encode(codec))


def encoded_words(text, charset="utf-8", enc="Q", first_offset=0):
    """Split text into RFC 2047 encoded words no longer than 75 chars."""
    codec = PY_CODEC[charset]
    cs = charset.upper() if charset != "utf-8" else "utf-8"
    prefix = "=?%s?%s?" % (cs, enc)
    room = 75 - len(prefix) - 2
    words, cur = [], ""
    if enc == "Q":
        for ch in text:
            piece = _q_char(ch, codec)
            if len(cur) + len(piece) > room:
                words.append(cur)
                cur = ""
            cur += piece
        if cur:
            words.append(cur)
        return [prefix + w + "?=" for w in words]
    # B
    maxbytes = (room // 4) * 3
    chunks, cur_b = [], b""
    for ch in text:
        b = ch.encode(codec)
        if len(cur_b) + len(b) > maxbytes:
            chunks.append(cur_b)
            cur_b = b""
        cur_b += b
    if cur_b:
        chunks.append(cur_b)
    return [prefix + base64.b64encode(c).decode("ascii") + "?=" for c in chunks]


def fold_plain(name, value):
    """Fold an ASCII header at spaces to stay under 78 columns."""
    line = name + ": "
    out = []
    for word in value.split(" "):
        if len(line) + len(word) + 1 > 76 and line.strip() not in (name + ":",):
            out.append(line.rstrip())
            line = " " + word + " "
        else:
            line += word + " "
    out.append(line.rstrip())
    return "\n".join(out)


def subject_header(subject, charset, enc):
    if is_ascii(subject):
        return fold_plain("Subject", subject)
    cs = charset if charset in ("utf-8", "iso-8859-1", "windows-1252") and can_encode(subject, charset) else "utf-8"
    words = encoded_words(subject, cs, enc)
    return "Subject: " + "\n ".join(words)


_SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(name, addr, charset, enc):
    if not name:
        return addr
    if is_ascii(name):
        if any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return "%s <%s>" % (name, addr)
    cs = charset if charset in ("utf-8", "iso-8859-1", "windows-1252") and can_encode(name, charset) else "utf-8"
    return "%s <%s>" % (" ".join(encoded_words(name, cs, enc)), addr)


def addr_header(hname, pairs, charset, enc):
    items = [fmt_addr(n, a, charset, enc) for n, a in pairs]
    return hname + ": " + ",\n ".join(items)


# --------------------------------------------------------------------------
# Parameters (RFC 2231 / 2047 / plain)
# --------------------------------------------------------------------------
def filename_params(fname, style):
    """Return (content-type name param, disposition filename param) strings."""
    if is_ascii(fname) and style != "2231_ascii":
        return 'name="%s"' % fname, 'filename="%s"' % fname
    if style == "2047":
        ew = " ".join(encoded_words(fname, "utf-8", "B"))
        return 'name="%s"' % ew, 'filename="%s"' % ew
    enc = urllib.parse.quote(fname.encode("utf-8"), safe="")
    # continuation when long
    if len(enc) > 60:
        units, i = [], 0
        while i < len(enc):
            n = 3 if enc[i] == "%" else 1
            units.append(enc[i:i + n])
            i += n
        segs, cur = [], ""
        for u in units:
            if len(cur) + len(u) > 50:
                segs.append(cur)
                cur = ""
            cur += u
        if cur:
            segs.append(cur)
        parts = [("filename*%d*=utf-8''%s" % (k, seg)) if k == 0 else ("filename*%d*=%s" % (k, seg))
                 for k, seg in enumerate(segs)]
        disp = ";\n ".join(parts)
    else:
        disp = "filename*=utf-8''%s" % enc
    name = "name*=utf-8''%s" % enc if len(enc) <= 60 else 'name="%s"' % " ".join(encoded_words(fname, "utf-8", "B"))
    return name, disp


# --------------------------------------------------------------------------
# Bodies
# --------------------------------------------------------------------------
def encode_body(data, cte):
    """data: bytes with LF line ends.  Returns bytes."""
    if cte in ("7bit", "8bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def text_part(text, subtype, charset, cte, extra_ct="", disposition=None):
    text = text.replace("\r\n", "\n")
    data = text.encode(PY_CODEC[charset])
    if cte == "7bit" and not is_ascii(text):
        cte = "8bit"
    if cte == "8bit" and is_ascii(text):
        cte = "7bit"
    hdr = ['Content-Type: text/%s; charset="%s"%s' % (subtype, charset, extra_ct),
           "Content-Transfer-Encoding: %s" % cte]
    if disposition:
        hdr.append(disposition)
    return "\n".join(hdr).encode("ascii") + b"\n\n" + encode_body(data, cte)


def text_to_html(text, charset):
    blocks, quote, para = [], [], []

    def flush_para():
        if para:
            blocks.append("<p>" + "<br>\n".join(htmlmod.escape(x) for x in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            inner = "<br>\n".join(htmlmod.escape(x) for x in quote)
            blocks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                          + inner + "</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(line[1:].lstrip(" "))
        elif not line.strip():
            flush_para()
            flush_quote()
        else:
            flush_quote()
            para.append(line)
    flush_para()
    flush_quote()
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n'
            % (charset, "\n".join(blocks)))


def wrap_html(inner, charset):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n'
            % (charset, inner))


def multipart(subtype, parts, boundary, preamble=False):
    out = [("Content-Type: multipart/%s;\n boundary=\"%s\"" % (subtype, boundary)).encode("ascii"), b"\n\n"]
    if preamble:
        out.append(b"This is a multi-part message in MIME format.\n\n")
    for p in parts:
        out.append(b"--" + boundary.encode("ascii") + b"\n")
        out.append(p if p.endswith(b"\n") else p + b"\n")
    out.append(b"--" + boundary.encode("ascii") + b"--\n")
    return b"".join(out)


def attachment_part(att, fname_style, inline=False):
    fname = att["filename"]
    name_p, file_p = filename_params(fname, fname_style)
    disp = "Content-Disposition: %s;\n %s" % ("inline" if inline else "attachment", file_p)
    ctype = att["ctype"]
    if ctype == "message/rfc822":
        data = att["data"]
        cte = "7bit" if all(b < 128 for b in data) else "8bit"
        hdr = "Content-Type: message/rfc822;\n %s\nContent-Transfer-Encoding: %s\n%s" % (name_p, cte, disp)
        return hdr.encode("ascii") + b"\n\n" + data
    if "text" in att:
        charset = att.get("charset", "utf-8")
        if not can_encode(att["text"], charset):
            charset = "utf-8"
        sub = ctype.split("/", 1)[1]
        cte = att.get("cte", "base64")
        extra = ";\n " + name_p
        if "ct_extra" in att:
            extra = "; " + att["ct_extra"] + extra
        return text_part(att["text"], sub, charset, cte, extra_ct=extra, disposition=disp)
    hdr = "Content-Type: %s;\n %s\nContent-Transfer-Encoding: base64\n%s" % (ctype, name_p, disp)
    return hdr.encode("ascii") + b"\n\n" + base64.encodebytes(att["data"])


# --------------------------------------------------------------------------
# Transport choice
# --------------------------------------------------------------------------
def choose_transport(rng, spec):
    alltext = spec["text"] + (spec.get("html") or "")
    if is_ascii(alltext):
        charset = rng.choice(["us-ascii", "us-ascii", "utf-8", "iso-8859-1", "windows-1252"])
    else:
        opts = ["utf-8", "utf-8"] + [c for c in ("iso-8859-1", "windows-1252") if can_encode(alltext, c)] * 2
        charset = rng.choice(opts)
    if charset == "us-ascii":
        cte = rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
    else:
        cte = rng.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])
    if spec.get("html") is not None:
        structure = spec.get("prefer") or rng.choice(["html", "alt", "alt"])
    else:
        structure = spec.get("prefer") or rng.choice(["plain", "plain", "plain", "alt", "html"])
    return dict(
        charset=charset, cte=cte, structure=structure,
        eol=rng.choice(["crlf", "lf"]),
        hdr_charset=rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"]),
        hdr_enc=rng.choice(["Q", "B"]),
        fname_style=rng.choice(["2231", "2047", "2231_ascii"]) if rng.random() < 0.7 else "2231",
        mailer=rng.choice(MAILERS),
        preamble=rng.random() < 0.5,
        inline_att=rng.random() < 0.12,
    )


def build_message(spec, tr, boundary_seed):
    """Return LF-terminated bytes for the message (no final EOL conversion)."""
    charset, cte = tr["charset"], tr["cte"]
    hcs, henc = tr["hdr_charset"], tr["hdr_enc"]
    # header block
    h = []
    h.append(addr_header("From", [spec["sender"]], hcs, henc))
    h.append(addr_header("To", spec["to"], hcs, henc))
    if spec.get("cc"):
        h.append(addr_header("Cc", spec["cc"], hcs, henc))
    h.append(subject_header(spec["subject"], hcs, henc))
    h.append("Date: " + spec["date"])
    h.append("Message-ID: " + spec["msgid"])
    if spec.get("in_reply_to"):
        h.append("In-Reply-To: " + spec["in_reply_to"])
        h.append("References: " + spec["in_reply_to"])
    if tr["mailer"][0]:
        h.append("%s: %s" % tr["mailer"])
    if spec.get("importance"):
        h.append("Importance: " + spec["importance"])
    h.append("Content-Language: " + ("fr-CA" if spec["lang"] == "fr" else "en-CA"))
    h.append("MIME-Version: 1.0")

    # body
    text = spec["text"]
    html = spec.get("html")
    if html is None:
        html_doc = text_to_html(text, charset)
    else:
        html_doc = wrap_html(html, charset)
    if not can_encode(html_doc, charset):
        html_doc = html_doc.replace("charset=" + charset, "charset=utf-8")
    html_cs = charset if can_encode(html_doc, charset) else "utf-8"
    text_cs = charset if can_encode(text, charset) else "utf-8"

    b = boundary_seed
    if tr["structure"] == "plain":
        body = text_part(text, "plain", text_cs, cte)
    elif tr["structure"] == "html":
        body = text_part(html_doc, "html", html_cs, cte)
    else:
        body = multipart("alternative", [text_part(text, "plain", text_cs, cte),
                                         text_part(html_doc, "html", html_cs, cte)],
                         "----=_Alt_%s" % b)
    atts = spec.get("attachments") or []
    if atts:
        parts = [body]
        for i, att in enumerate(atts):
            inline = tr["inline_att"] and att["ctype"] in ("application/pdf", "text/csv") and i == 0
            parts.append(attachment_part(att, tr["fname_style"], inline=inline))
        body = multipart("mixed", parts, "----=_Mix_%s" % b, preamble=tr["preamble"])

    head = "\n".join(h).encode("ascii")
    # body starts with its own Content-Type header lines
    return head + b"\n" + body


def finalize(raw, eol):
    if eol == "crlf":
        return raw.replace(b"\n", b"\r\n")
    return raw
