"""Hand-assembled MIME serialisation with deterministic transport choices."""
import base64
import html
import quopri
import re
import urllib.parse
from email.charset import Charset
from email.header import Header
from email.utils import format_datetime, formataddr

# --------------------------------------------------------------------------- body blocks


def _table_text(rows, style):
    rows = [[str(c) for c in r] for r in rows]
    if style == "tab":
        return "\n".join("\t".join(r) for r in rows)
    if style == "pipe":
        return "\n".join("| " + " | ".join(r) + " |" for r in rows)
    if style == "semi":
        return "\n".join(" ; ".join(r) for r in rows)
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def to_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif "table" in b:
            out.append(_table_text(b["table"], b.get("style", "pad")))
        elif "quote" in b:
            inner = to_text(b["quote"])
            if b.get("style", ">") == ">":
                q = "\n".join((">" + (" " + ln if ln else "")) for ln in inner.split("\n"))
                out.append(b["intro"] + "\n" + q)
            else:
                out.append(b["intro"] + "\n" + inner)
        elif "fwd" in b:
            out.append("\n".join(b["hdr"]) + "\n\n" + to_text(b["fwd"]))
    return "\n\n".join(out) + "\n"


def _p(s):
    return "<p>" + "<br>\n".join(html.escape(x, quote=False) for x in s.split("\n")) + "</p>"


def to_html_inner(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(_p(b))
        elif "table" in b:
            rows = b["table"]
            t = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">']
            for i, r in enumerate(rows):
                tag = "th" if i == 0 and b.get("header", True) else "td"
                t.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(str(c), quote=False), tag)
                                          for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
        elif "quote" in b:
            if b.get("style", ">") == ">":
                out.append("<div>%s</div>\n<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;"
                           "padding-left:1ex\">\n%s\n</blockquote>" % (html.escape(b["intro"], quote=False),
                                                                   to_html_inner(b["quote"])))
            else:
                out.append("<hr>\n%s\n%s" % (_p(b["intro"]), to_html_inner(b["quote"])))
        elif "fwd" in b:
            out.append("<div>%s</div>\n%s" % ("<br>\n".join(html.escape(x, quote=False) for x in b["hdr"]),
                                              to_html_inner(b["fwd"])))
    return "\n".join(out)


def to_html(blocks, charset, flavour=0):
    inner = to_html_inner(blocks)
    if flavour == 0:
        return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head>\n"
                "<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n%s\n</div></body></html>\n"
                % (charset, inner))
    if flavour == 1:
        return "<!DOCTYPE html>\n<html><body>\n%s\n</body></html>\n" % inner
    return "<div dir=\"ltr\">\n%s\n</div>\n" % inner


# --------------------------------------------------------------------------- encodings


def _encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return base64.encodebytes(raw)


def enc_header(s, charset):
    if all(ord(c) < 128 for c in s):
        return s
    cs = charset if _encodable(s, charset) and charset != "us-ascii" else "utf-8"
    return Header(s, Charset(cs)).encode(maxlinelen=76, linesep="\n")


def enc_addr(name_addr, charset):
    name, addr = name_addr
    if not name:
        return addr
    cs = charset if _encodable(name, charset) and charset != "us-ascii" else "utf-8"
    s = formataddr((name, addr), charset=cs)
    return s


def fold_ascii(s, width=76):
    words = s.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def disp_params(ctx, filename, force2231=False):
    """Return (ctype name param, disposition filename param) strings."""
    ascii_ok = all(ord(c) < 128 for c in filename)
    if ascii_ok and not force2231:
        q = filename.replace("\\", "\\\\").replace('"', '\\"')
        return 'name="%s"' % q, 'filename="%s"' % q
    cs = "utf-8" if not _encodable(filename, "iso-8859-1") or ctx.chance(0.7) else "iso-8859-1"
    pct = urllib.parse.quote(filename.encode(cs), safe="")
    name = Header(filename, Charset("utf-8")).encode(maxlinelen=9999) if not ascii_ok else filename
    if len(pct) > 28:
        # split on whole characters: never inside a %XX escape nor a multi-byte sequence
        units = []
        for tok in re.findall(r"%[0-9A-F]{2}|.", pct):
            cont = tok.startswith("%") and 0x80 <= int(tok[1:], 16) <= 0xBF and cs == "utf-8"
            if cont and units:
                units[-1] += tok
            else:
                units.append(tok)
        fixed, cur = [], ""
        for u in units:
            if len(cur) + len(u) > 24 and cur:
                fixed.append(cur)
                cur = ""
            cur += u
        if cur:
            fixed.append(cur)
        parts = []
        for i, c in enumerate(fixed):
            parts.append("filename*%d*=%s%s" % (i, (cs + "''") if i == 0 else "", c))
        return 'name="%s"' % name, ";\n\t".join(parts)
    return 'name="%s"' % name, "filename*=%s''%s" % (cs, pct)


# --------------------------------------------------------------------------- assembly


def _boundary(ctx, k):
    st = ctx.num(0, 2)
    if st == 0:
        return "----=_NextPart_%03d_%04X_%08X.%08X" % (k, ctx.rng.getrandbits(16), ctx.rng.getrandbits(32),
                                                       ctx.rng.getrandbits(32))
    if st == 1:
        return "000000000000%012x" % ctx.rng.getrandbits(48)
    return "=_qv%d_%010x" % (k, ctx.rng.getrandbits(40))


def choose_text_transport(ctx, text):
    if all(ord(c) < 128 for c in text):
        cs = ctx.pick(["us-ascii", "us-ascii", "utf-8", "iso-8859-1"])
        cte = ctx.pick(["7bit", "7bit", "quoted-printable", "base64"])
    else:
        opts = ["utf-8", "utf-8"]
        if _encodable(text, "iso-8859-1"):
            opts.append("iso-8859-1")
        if _encodable(text, "windows-1252"):
            opts.append("windows-1252")
        cs = ctx.pick(opts)
        cte = ctx.pick(["8bit", "quoted-printable", "quoted-printable", "base64"])
    return cs, cte


def text_part(ctx, subtype, text, cs=None, cte=None, eol="\n"):
    if cs is None:
        cs, cte = choose_text_transport(ctx, text)
    if cte == "base64" and eol == "\r\n":
        text = text.replace("\n", "\r\n")
    body = encode_body(text, cs, cte)
    hdr = ["Content-Type: text/%s; charset=\"%s\"" % (subtype, cs) if ctx.chance(0.5)
           else "Content-Type: text/%s; charset=%s" % (subtype, cs),
           "Content-Transfer-Encoding: %s" % cte]
    return hdr, body, cs


def att_part(ctx, att, eol):
    name_p, file_p = disp_params(ctx, att.filename, force2231=ctx.chance(0.25))
    if att.kind == "eml":
        body = att.data
        cte = "8bit" if any(b > 127 for b in body) else "7bit"
        hdr = ["Content-Type: message/rfc822", "Content-Transfer-Encoding: %s" % cte,
               "Content-Disposition: attachment;\n\t%s" % file_p]
        return hdr, body
    ctype = att.ctype
    if att.charset:
        ctype += "; charset=%s" % att.charset
    if att.kind in ("csv", "ics", "vcf") and ctx.chance(0.5):
        cte = ctx.pick(["quoted-printable", "8bit"] if any(b > 127 for b in att.data) else ["7bit", "quoted-printable"])
        data = att.data.replace(b"\r\n", b"\n")
        body = quopri.encodestring(data) if cte == "quoted-printable" else data
    else:
        cte = "base64"
        body = base64.encodebytes(att.data)
    hdr = ["Content-Type: %s;\n\t%s" % (ctype, name_p), "Content-Transfer-Encoding: %s" % cte,
           "Content-Disposition: attachment;\n\t%s" % file_p]
    return hdr, body


def _multipart(boundary, subtype, parts, preamble=None):
    out = ["Content-Type: multipart/%s;\n\tboundary=\"%s\"" % (subtype, boundary)]
    body = b""
    if preamble:
        body += preamble.encode() + b"\n"
    for hdr, b in parts:
        body += b"\n--" + boundary.encode() + b"\n" + "\n".join(hdr).encode("ascii") + b"\n\n" + b
        if not b.endswith(b"\n"):
            body += b"\n"
    body += b"\n--" + boundary.encode() + b"--\n"
    return out, body


def build(ctx, spec, eol=None, mode=None):
    """Serialise spec to bytes. Returns bytes (LF or CRLF line ends)."""
    if eol is None:
        eol = "\r\n" if ctx.chance(0.4) else "\n"
    blocks = spec["body"]
    text = to_text(blocks)
    atts = spec.get("atts", [])
    mode = mode or spec.get("mode") or ctx.pick(["plain", "plain", "html", "alt", "alt"])
    cs, cte = choose_text_transport(ctx, text + "".join(str(spec.get("subject"))))
    if not all(ord(c) < 128 for c in text) and cte == "7bit":
        cte = "8bit"
    if cs == "us-ascii" and not all(ord(c) < 128 for c in text):
        cs = "utf-8"
    if cs != "utf-8" and not _encodable(text, cs):
        cs = "utf-8"
    flav = ctx.num(0, 2)

    def body_part():
        if mode == "plain":
            h, b, _ = text_part(ctx, "plain", text, cs, cte, eol)
            return h, b
        htm = to_html(blocks, cs, flav)
        if mode == "html":
            h, b, _ = text_part(ctx, "html", htm, cs, cte, eol)
            return h, b
        h1, b1, _ = text_part(ctx, "plain", text, cs, cte, eol)
        cte2 = cte if ctx.chance(0.6) else ("quoted-printable" if cte != "quoted-printable" else "base64")
        h2, b2, _ = text_part(ctx, "html", htm, cs, cte2, eol)
        return _multipart(_boundary(ctx, 1), "alternative", [(h1, b1), (h2, b2)])

    bh, bb = body_part()
    if atts:
        parts = [(bh, bb)] + [att_part(ctx, a, eol) for a in atts]
        bh, bb = _multipart(_boundary(ctx, 0), "mixed", parts,
                            preamble="This is a multi-part message in MIME format." if ctx.chance(0.5) else None)

    hcs = cs if cs != "us-ascii" else "utf-8"
    H = []
    H.append("From: " + enc_addr(spec["frm"], hcs))
    H.append("To: " + ",\n ".join(enc_addr(a, hcs) for a in spec["to"]))
    if spec.get("cc"):
        H.append("Cc: " + ",\n ".join(enc_addr(a, hcs) for a in spec["cc"]))
    subj = spec["subject"]
    H.append("Subject: " + (enc_header(subj, hcs) if not all(ord(c) < 128 for c in subj) else fold_ascii(subj)))
    H.append("Date: " + format_datetime(spec["date"]))
    H.append("Message-ID: " + spec["msgid"])
    if spec.get("in_reply_to"):
        H.append("In-Reply-To: " + spec["in_reply_to"])
        H.append("References: " + spec["in_reply_to"])
    for k, v in spec.get("extra", []):
        H.append("%s: %s" % (k, v))
    H.append("MIME-Version: 1.0")
    if spec.get("lang") and ctx.chance(0.5):
        H.append("Content-Language: " + ("fr-CA" if spec["lang"] == "fr" else "en-CA"))
    H.extend(bh)
    data = "\n".join(H).encode("ascii") + b"\n\n" + bb
    if eol == "\r\n":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data
