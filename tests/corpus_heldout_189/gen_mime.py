"""Hand-assembled MIME: body blocks -> text/html, headers (RFC 2047), parts, CTEs, line ends."""
import base64
import html as _html
import html.entities
import quopri
import re
from email.utils import format_datetime

ASCII_SAFE_Q = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


# --------------------------------------------------------------------------
# Body blocks
#   str                                    paragraph (may contain \n, **bold**)
#   ("table", header, rows, style)         table
#   ("quote", header_lines, blocks, style) quoted reply; style ">" or "outlook"
#   ("fwd", sep_line, header_lines, blocks)  inline forward
#   ("sig", lines)                         signature
#   ("pre", text)                          preformatted text kept as is
# --------------------------------------------------------------------------
def _unmd(s):
    return s.replace("**", "")


def _table_text(header, rows, style):
    allrows = ([header] if header else []) + [[str(c) for c in r] for r in rows]
    if style == 1:
        return "\n".join(" | ".join(r) for r in allrows)
    if style == 2:
        return "\n".join("\t".join(r) for r in allrows)
    if style == 3:
        return "\n".join("- " + " ; ".join(r) for r in allrows[(1 if header else 0):])
    widths = [0] * max(len(r) for r in allrows)
    for r in allrows:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], len(c))
    lines = []
    for k, r in enumerate(allrows):
        lines.append("  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0 and header:
            lines.append("  ".join("-" * widths[i] for i in range(len(r))))
    return "\n".join(lines)


def render_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(_unmd(b))
        elif b[0] == "table":
            out.append(_table_text(b[1], b[2], b[3]))
        elif b[0] == "quote":
            inner = render_text(b[2])
            if b[3] == ">":
                q = "\n".join(("> " + ln) if ln else ">" for ln in inner.split("\n"))
                out.append("\n".join(b[1]) + "\n" + q)
            else:
                out.append("\n".join(b[1]) + "\n\n" + inner)
        elif b[0] == "fwd":
            out.append(b[1] + "\n" + "\n".join(b[2]) + "\n\n" + render_text(b[3]))
        elif b[0] == "sig":
            out.append("-- \n" + "\n".join(b[1]))
        elif b[0] == "pre":
            out.append(b[1])
    return "\n\n".join(out) + "\n"


def _h(s, entities):
    s = _html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    if entities:
        res = []
        for c in s:
            if ord(c) < 128:
                res.append(c)
            elif ord(c) in html.entities.codepoint2name:
                res.append("&%s;" % html.entities.codepoint2name[ord(c)])
            else:
                res.append("&#%d;" % ord(c))
        s = "".join(res)
    return s


def render_html_blocks(blocks, entities=False, pcls=""):
    out = []
    cl = (' class="%s"' % pcls) if pcls else ""
    for b in blocks:
        if isinstance(b, str):
            out.append("<p%s>%s</p>" % (cl, "<br>\n".join(_h(x, entities) for x in b.split("\n"))))
        elif b[0] == "table":
            rows = []
            if b[1]:
                rows.append("<tr>" + "".join("<th>%s</th>" % _h(str(c), entities) for c in b[1]) + "</tr>")
            for r in b[2]:
                rows.append("<tr>" + "".join("<td>%s</td>" % _h(str(c), entities) for c in r) + "</tr>")
            out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">\n'
                       + "\n".join(rows) + "\n</table>")
        elif b[0] == "quote":
            inner = render_html_blocks(b[2], entities, pcls)
            if b[3] == ">":
                out.append("<div>%s</div>\n<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;"
                           "padding-left:1ex\">\n%s\n</blockquote>" % (_h(b[1][0], entities), inner))
            else:
                hdr = "<br>\n".join(_h(x, entities) for x in b[1])
                out.append("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
                           "<p%s>%s</p></div>\n%s" % (cl, hdr, inner))
        elif b[0] == "fwd":
            hdr = "<br>\n".join(_h(x, entities) for x in [b[1]] + list(b[2]))
            out.append("<div>%s</div>\n%s" % (hdr, render_html_blocks(b[3], entities, pcls)))
        elif b[0] == "sig":
            out.append("<div style=\"color:#555555;font-size:9pt\">%s</div>"
                       % "<br>\n".join(_h(x, entities) for x in b[1]))
        elif b[0] == "pre":
            out.append("<pre>%s</pre>" % _h(b[1], entities))
    return "\n".join(out)


def render_html(blocks, style, charset, entities=False):
    if style == 0:  # Outlook-like
        body = render_html_blocks(blocks, entities, "MsoNormal")
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n"
                "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;} "
                "--></style>\n</head>\n<body lang=\"FR-CA\" link=\"#0563C1\">\n<div class=\"WordSection1\">\n"
                "%s\n</div>\n</body>\n</html>\n" % (charset, body))
    if style == 1:  # webmail-like
        return "<div dir=\"ltr\">\n%s\n</div>\n" % render_html_blocks(blocks, entities)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"%s\"></head>\n<body style=\"font-family:Arial\">\n"
            "%s\n</body></html>\n" % (charset, render_html_blocks(blocks, entities)))


# --------------------------------------------------------------------------
# Headers
# --------------------------------------------------------------------------
def encode_words(s, charset="utf-8", enc="q", prefix_len=9):
    """RFC 2047 encode s into one or more encoded words, folded with '\n '."""
    words, cur = [], ""

    def enc_one(chunk):
        raw = chunk.encode(charset)
        if enc == "b":
            return "=?%s?b?%s?=" % (charset, base64.b64encode(raw).decode("ascii"))
        q = []
        for byte in raw:
            if byte == 0x20:
                q.append("_")
            elif byte in ASCII_SAFE_Q:
                q.append(chr(byte))
            else:
                q.append("=%02X" % byte)
        return "=?%s?q?%s?=" % (charset, "".join(q))

    for ch in s:
        if len(enc_one(cur + ch)) > 72 and cur:
            words.append(enc_one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc_one(cur))
    return "\n ".join(words)


def needs_quote(name):
    return any(c in name for c in ',.;:@()<>[]"\'')


def fmt_addr(name, addr, charset="utf-8", enc="q", feats=None):
    if not name:
        return addr
    try:
        name.encode("ascii")
        if needs_quote(name):
            return "\"%s\" <%s>" % (name.replace("\"", "'"), addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        if feats is not None:
            feats.add("rfc2047_name")
        cs = charset if _encodable(name, charset) else "utf-8"
        return "%s <%s>" % (encode_words(name, cs, enc), addr)


def _encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def fold_plain(name, value):
    """Fold an ASCII header value at spaces to keep lines under 78 characters."""
    line = name + ": "
    out = []
    for word in value.split(" "):
        if len(line) + len(word) > 76 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " " + word + " "
        else:
            line += word + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


def subject_header(subj, charset, enc, force, feats):
    if force or not _encodable(subj, "ascii"):
        feats.add("rfc2047_subject")
        cs = charset if _encodable(subj, charset) and charset != "us-ascii" else "utf-8"
        return "Subject: " + encode_words(subj, cs, enc)
    return fold_plain("Subject", subj)


def addr_list_header(hname, addrs, charset, enc, feats):
    items = [fmt_addr(n, a, charset, enc, feats) for n, a in addrs]
    return hname + ": " + ",\n ".join(items)


# --------------------------------------------------------------------------
# Parts
# --------------------------------------------------------------------------
def encode_body(data, cte):
    """data is bytes with LF line ends; returns bytes (LF)."""
    if cte in ("7bit", "8bit"):
        if not data.endswith(b"\n"):
            data += b"\n"
        return data
    if cte == "quoted-printable":
        out = quopri.encodestring(data, quotetabs=False)
        if not out.endswith(b"\n"):
            out += b"\n"
        return out
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def filename_params(fname, style, feats):
    """Return a string of Content-Disposition/Content-Type filename parameters."""
    ascii_ok = _encodable(fname, "ascii")
    if style == "plain" and ascii_ok:
        return "filename=\"%s\"" % fname, "name=\"%s\"" % fname
    feats.add("rfc2231_filename")
    raw = fname.encode("utf-8")
    pct = "".join(chr(b) if (b < 128 and (chr(b).isalnum() or chr(b) in "-._~")) else "%%%02X" % b for b in raw)
    if style == "2231cont" or len(pct) > 60:
        parts, i = [], 0
        while i < len(pct):
            j = min(len(pct), i + 40)
            while j < len(pct) and "%" in pct[max(i, j - 2):j]:
                j -= 1
            parts.append(pct[i:j])
            i = j
        segs = []
        for k, p in enumerate(parts):
            segs.append("filename*%d*=%s%s" % (k, "utf-8''" if k == 0 else "", p))
        return ";\n ".join(segs), "name=\"%s\"" % _ascii_fallback(fname)
    return "filename*=utf-8''%s" % pct, "name=\"%s\"" % _ascii_fallback(fname)


def _ascii_fallback(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn"
                   ).encode("ascii", "replace").decode("ascii").replace("?", "_")


class Part:
    def __init__(self, ctype, data=None, charset=None, cte=None, filename=None, fname_style="plain",
                 disposition=None, children=None, boundary=None, extra=None):
        self.ctype = ctype
        self.data = data
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.fname_style = fname_style
        self.disposition = disposition
        self.children = children or []
        self.boundary = boundary
        self.extra = extra or []

    def render(self, feats):
        lines = []
        if self.ctype.startswith("multipart/"):
            lines.append("Content-Type: %s;\n boundary=\"%s\"" % (self.ctype, self.boundary))
            lines.extend(self.extra)
            head = ("\n".join(lines) + "\n\n").encode("ascii")
            body = b""
            if self.ctype == "multipart/mixed":
                body += b"This is a multi-part message in MIME format.\n\n"
            for ch in self.children:
                body += ("--%s\n" % self.boundary).encode("ascii") + ch.render(feats) + b"\n"
            body += ("--%s--\n" % self.boundary).encode("ascii")
            feats.add(self.ctype)
            return head + body
        ct = self.ctype
        fparams = None
        if self.filename:
            fparams = filename_params(self.filename, self.fname_style, feats)
        if self.charset:
            ct += "; charset=%s" % self.charset
            feats.add("charset=" + self.charset)
        if fparams:
            ct += ";\n " + fparams[1]
        lines.append("Content-Type: " + ct)
        if self.cte:
            lines.append("Content-Transfer-Encoding: " + self.cte)
            feats.add("cte=" + self.cte)
        if self.disposition or self.filename:
            d = self.disposition or "attachment"
            if fparams:
                d += ";\n " + fparams[0]
            lines.append("Content-Disposition: " + d)
        lines.extend(self.extra)
        head = ("\n".join(lines) + "\n\n").encode("ascii")
        return head + encode_body(self.data, self.cte or "7bit")


def text_part(text, subtype, charset, cte):
    data = text.encode(charset)
    return Part("text/" + subtype, data, charset=charset, cte=cte)


def build_message(m, feats):
    """m: dict produced by generate.finalize. Returns bytes with the chosen line ends."""
    cs, enc = m["charset"], m["henc"]
    hdr = []
    hdr.append("From: " + fmt_addr(m["frm"][0], m["frm"][1], cs, enc, feats))
    hdr.append(addr_list_header("To", m["to"], cs, enc, feats))
    if m.get("cc"):
        hdr.append(addr_list_header("Cc", m["cc"], cs, enc, feats))
    hdr.append(subject_header(m["subject"], cs, enc, m.get("force_subj_enc"), feats))
    hdr.append("Date: " + format_datetime(m["date"]))
    hdr.append("Message-ID: " + m["msgid"])
    if m.get("in_reply_to"):
        hdr.append("In-Reply-To: " + m["in_reply_to"])
        hdr.append("References: " + m["in_reply_to"])
    for x in m.get("xheaders", []):
        hdr.append(x)
    hdr.append("MIME-Version: 1.0")

    parts_text = []
    if m["kind"] in ("plain", "alt"):
        parts_text.append(text_part(m["text"], "plain", cs, m["cte"]))
    if m["kind"] in ("html", "alt"):
        parts_text.append(text_part(m["html"], "html", cs, m["html_cte"]))
    if m["kind"] == "alt":
        body = Part("multipart/alternative", children=parts_text, boundary=m["boundaries"][1])
    else:
        body = parts_text[0]
        feats.add("text/%s only" % ("plain" if m["kind"] == "plain" else "html"))
    if m.get("attachments"):
        top = Part("multipart/mixed", children=[body] + m["attachments"], boundary=m["boundaries"][0])
    else:
        top = body
    raw = ("\n".join(hdr) + "\n").encode("ascii") + top.render(feats)
    if m["nl"] == "crlf":
        feats.add("CRLF")
        raw = raw.replace(b"\n", b"\r\n")
    else:
        feats.add("LF")
    return raw
