"""Hand assembly of MIME messages with controlled charsets, transfer encodings,
line endings, RFC 2047 headers and RFC 2231 file names.  Output is fully
deterministic: the caller supplies dates, Message-IDs and boundary seeds.
"""
import base64
import email.utils
import quopri
import urllib.parse

# ---------------------------------------------------------------- body nodes


def text(body, subtype="plain", charset=None, cte=None, flowed=False):
    return {"kind": "text", "subtype": subtype, "body": body, "charset": charset, "cte": cte,
            "flowed": flowed}


def html(body, charset=None, cte=None):
    return text(body, "html", charset, cte)


def alt(*parts):
    return {"kind": "multi", "subtype": "alternative", "parts": list(parts)}


def mixed(*parts):
    return {"kind": "multi", "subtype": "mixed", "parts": list(parts)}


def attach(data, ctype, filename, fname_style=None, disposition="attachment"):
    return {"kind": "att", "data": data, "ctype": ctype, "filename": filename,
            "fname_style": fname_style, "disposition": disposition}


def attach_text(body, ctype, filename, charset="utf-8", cte="base64", fname_style=None):
    return {"kind": "atttext", "body": body, "ctype": ctype, "filename": filename,
            "charset": charset, "cte": cte, "fname_style": fname_style}


def rfc822(msg_bytes, filename=None):
    return {"kind": "rfc822", "data": msg_bytes, "filename": filename}


# ---------------------------------------------------------------- headers

_Q_SAFE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _q_encode_char(ch, charset):
    out = []
    for b in ch.encode(charset):
        if b == 0x20:
            out.append("_")
        elif b in _Q_SAFE:
            out.append(chr(b))
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encode_words(s, charset="utf-8", mode="q"):
    """Return a list of RFC 2047 encoded-words (each at most 75 chars)."""
    try:
        s.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    prefix = "=?%s?%s?" % (charset, "Q" if mode == "q" else "B")
    words, cur = [], ""
    limit = 75 - len(prefix) - 2
    if mode == "q":
        for ch in s:
            piece = _q_encode_char(ch, charset)
            if len(cur) + len(piece) > limit:
                words.append(prefix + cur + "?=")
                cur = ""
            cur += piece
        if cur:
            words.append(prefix + cur + "?=")
    else:
        chunk = ""
        for ch in s:
            trial = chunk + ch
            if len(base64.b64encode(trial.encode(charset))) > limit:
                words.append(prefix + base64.b64encode(chunk.encode(charset)).decode() + "?=")
                chunk = ch
            else:
                chunk = trial
        if chunk:
            words.append(prefix + base64.b64encode(chunk.encode(charset)).decode() + "?=")
    return words


def fold_ascii(name, value):
    """Fold a plain ASCII header value at spaces to stay under 78 columns."""
    line = name + ": "
    out = []
    for word in value.split(" "):
        if len(line) + len(word) + 1 > 76 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " "
        line += word + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


def header_text(name, value, mode="raw", charset="utf-8"):
    is_ascii = all(ord(c) < 128 for c in value)
    if is_ascii and mode in ("raw", "q", "b"):
        return fold_ascii(name, value)
    if mode == "force_q":
        mode = "q"
    if mode == "raw":
        mode = "q"
    if mode == "utf8raw":
        return "%s: %s" % (name, value)
    words = encode_words(value, charset, mode)
    return name + ": " + "\n ".join(words)


def _needs_quote(s):
    return any(c in s for c in ',.;:()<>@"[]\\')


def addr(display, address, mode="q", charset="utf-8"):
    if not display:
        return address
    if all(ord(c) < 128 for c in display):
        if _needs_quote(display):
            return '"%s" <%s>' % (display.replace('"', '\\"'), address)
        return "%s <%s>" % (display, address)
    if mode == "utf8raw":
        return '"%s" <%s>' % (display, address)
    # plain atoms for ASCII words, one encoded-word per run of words that need encoding
    tokens = display.split(" ")
    need = [any(ord(c) > 127 for c in t) or _needs_quote(t) for t in tokens]
    pieces, i = [], 0
    while i < len(tokens):
        if not need[i]:
            pieces.append(tokens[i])
            i += 1
            continue
        j = i
        while j < len(tokens) and need[j]:
            j += 1
        pieces.extend(encode_words(" ".join(tokens[i:j]), charset, "b" if mode == "b" else "q"))
        i = j
    lines, cur = [], ""
    for piece in pieces + ["<%s>" % address]:
        if cur and len(cur) + len(piece) + 1 > 72:
            lines.append(cur)
            cur = piece
        else:
            cur = (cur + " " + piece) if cur else piece
    lines.append(cur)
    return "\n ".join(lines)


def addr_list(name, pairs, mode="q", charset="utf-8"):
    items = [addr(d, a, mode, charset) for d, a in pairs]
    return name + ": " + ",\n ".join(items)


# ---------------------------------------------------------------- bodies


def _choose_charset(body, charset):
    charset = charset or "utf-8"
    if charset == "us-ascii" and any(ord(c) > 127 for c in body):
        charset = "utf-8"
    try:
        raw = body.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
        raw = body.encode(charset)
    return charset, raw


def _encode_body(raw, cte, is_ascii):
    if cte in (None, "7bit", "8bit"):
        if not is_ascii and cte == "7bit":
            cte = "quoted-printable"
        elif is_ascii and cte in (None, "8bit"):
            cte = "7bit"
        elif cte is None:
            cte = "8bit"
        if cte in ("7bit", "8bit"):
            if max((len(l) for l in raw.split(b"\n")), default=0) > 990:
                cte = "quoted-printable"
            else:
                return cte, raw if raw.endswith(b"\n") else raw + b"\n"
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw)
        return cte, enc if enc.endswith(b"\n") else enc + b"\n"
    if cte == "base64":
        return cte, base64.encodebytes(raw)
    raise ValueError(cte)


def _fname_params(filename, style):
    ascii_ok = all(ord(c) < 128 for c in filename)
    if style is None:
        style = "plain" if ascii_ok else "2231"
    if style == "plain" and not ascii_ok:
        style = "2231"
    if style == "plain":
        return '; name="%s"' % filename, '; filename="%s"' % filename
    q = urllib.parse.quote(filename.encode("utf-8"), safe="")
    if style == "2231":
        return "; name*=utf-8''%s" % q, ";\n filename*=utf-8''%s" % q
    if style == "2231lang":
        return "; name*=UTF-8'fr'%s" % q, ";\n filename*=UTF-8'fr'%s" % q
    if style == "2047name":
        w = " ".join(encode_words(filename, "utf-8", "q"))
        return '; name="%s"' % w, ";\n filename*=utf-8''%s" % q
    raise ValueError(style)


class Ctx:
    def __init__(self, opts):
        self.opts = opts
        self.nb = 0

    def boundary(self):
        self.nb += 1
        return "%s%s_%d" % (self.opts.get("bprefix", "----=_Part_"), self.opts["bseed"], self.nb)


def render_node(node, ctx):
    """Return (header_lines, body_bytes) for a node."""
    o = ctx.opts
    k = node["kind"]
    if k == "text":
        charset, raw = _choose_charset(node["body"].replace("\r\n", "\n"), node["charset"] or o.get("charset"))
        is_ascii = all(b < 128 for b in raw)
        if is_ascii and charset in ("utf-8", "iso-8859-1", "windows-1252") and o.get("ascii_label"):
            charset = "us-ascii"
        cte, body = _encode_body(raw, node["cte"] or o.get("cte"), is_ascii)
        ct = 'Content-Type: text/%s; charset="%s"' % (node["subtype"], charset)
        if node.get("flowed"):
            ct += "; format=flowed"
        return [ct, "Content-Transfer-Encoding: %s" % cte], body
    if k == "multi":
        b = ctx.boundary()
        top = ctx.nb == 1
        chunks = []
        for p in node["parts"]:
            hl, body = render_node(p, ctx)
            chunks.append(("\n".join(hl) + "\n\n").encode("ascii") + body)
        out = b""
        if top and o.get("preamble", True):
            out += b"This is a multi-part message in MIME format.\n\n"
        for c in chunks:
            out += b"--" + b.encode() + b"\n" + c
            if not out.endswith(b"\n"):
                out += b"\n"
        out += b"--" + b.encode() + b"--\n"
        return ['Content-Type: multipart/%s;\n boundary="%s"' % (node["subtype"], b)], out
    if k == "att":
        np, fp = _fname_params(node["filename"], node["fname_style"] or o.get("fname_style"))
        hl = ["Content-Type: %s%s" % (node["ctype"], np),
              "Content-Disposition: %s%s" % (node["disposition"], fp),
              "Content-Transfer-Encoding: base64"]
        return hl, base64.encodebytes(node["data"])
    if k == "atttext":
        np, fp = _fname_params(node["filename"], node["fname_style"] or o.get("fname_style"))
        charset, raw = _choose_charset(node["body"], node["charset"])
        is_ascii = all(b < 128 for b in raw)
        cte, body = _encode_body(raw, node["cte"], is_ascii)
        hl = ['Content-Type: %s; charset="%s"%s' % (node["ctype"], charset, np),
              "Content-Disposition: attachment%s" % fp,
              "Content-Transfer-Encoding: %s" % cte]
        return hl, body
    if k == "rfc822":
        data = node["data"].replace(b"\r\n", b"\n")
        cte = "7bit" if all(b < 128 for b in data) else "8bit"
        hl = ["Content-Type: message/rfc822"]
        if node["filename"]:
            _, fp = _fname_params(node["filename"], o.get("fname_style"))
            hl.append("Content-Disposition: attachment%s" % fp)
        else:
            hl.append("Content-Disposition: inline")
        hl.append("Content-Transfer-Encoding: %s" % cte)
        return hl, data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(k)


def render(m):
    """m: dict with from, to, cc, subject, date (aware datetime), msgid, body,
    extra (list of (name, value)), opts."""
    o = m.get("opts", {})
    ctx = Ctx(o)
    hmode = o.get("hmode", "q")
    hcs = o.get("hcharset", "utf-8")
    lines = []
    if o.get("received"):
        lines.append(o["received"])
    lines.append(addr_list("From", [m["from"]], hmode, hcs))
    lines.append(addr_list("To", m["to"], hmode, hcs))
    if m.get("cc"):
        lines.append(addr_list("Cc", m["cc"], hmode, hcs))
    lines.append(header_text("Subject", m["subject"], o.get("smode", "raw"), o.get("scharset", "utf-8")))
    lines.append("Date: " + email.utils.format_datetime(m["date"]))
    lines.append("Message-ID: " + m["msgid"])
    for name, value in m.get("extra", []):
        lines.append(header_text(name, value, "raw"))
    lines.append("MIME-Version: 1.0")
    hl, body = render_node(m["body"], ctx)
    lines.extend(hl)
    head = "\n".join(lines) + "\n\n"
    if hmode == "utf8raw" or o.get("smode") == "utf8raw":
        hb = head.encode("utf-8")
    else:
        hb = head.encode("ascii")
    data = hb + body
    if o.get("crlf"):
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data
