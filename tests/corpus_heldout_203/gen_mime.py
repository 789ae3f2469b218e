"""Hand-assembled MIME: body rendering (text / HTML) and message serialisation.

A template returns a *spec*: subject, from, to, cc, date, body blocks, attachments.
`pick_transport` chooses structure, charset, transfer encoding, line ends and header
encodings; `build` serialises it to bytes.  All randomness comes from the message Ctx,
so output is byte-identical on every run.
"""
import base64
import email.utils
import html
import quopri
import urllib.parse
from email.charset import Charset, QP, BASE64
from email.header import Header

FWD_FR = "-------- Message transféré --------"
FWD_EN = "---------- Forwarded message ---------"


# =========================================================================== rendering
def _table_text(hdr, rows, style):
    rows = [[str(c) for c in r] for r in rows]
    hdr = [str(h) for h in hdr]
    if style == "pipe":
        out = [" | ".join(hdr)] + [" | ".join(r) for r in rows]
    elif style == "tab":
        out = ["\t".join(hdr)] + ["\t".join(r) for r in rows]
    elif style == "semicolon":
        out = ["; ".join(hdr)] + ["; ".join(r) for r in rows]
    else:  # fixed width
        widths = [max(len(x) for x in col) for col in zip(hdr, *rows)]
        fmt = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip()
        out = [fmt(hdr), "  ".join("-" * w for w in widths)] + [fmt(r) for r in rows]
    return "\n".join(out)


def render_text(blocks, tstyle="fixed", depth=0):
    parts = []
    for b in blocks:
        if isinstance(b, str):
            parts.append(b)
        elif b[0] == "table":
            parts.append(_table_text(b[1], b[2], tstyle))
        elif b[0] == "pre":
            parts.append(b[1])
        elif b[0] == "sig":
            parts.append("-- \n" + "\n".join(b[1]))
        elif b[0] == "quote":
            inner = render_text(b[2], tstyle, depth + 1)
            q = "\n".join((">" + (" " + ln if ln and not ln.startswith(">") else ln)) for ln in inner.split("\n"))
            parts.append(b[1] + "\n" + q)
        elif b[0] == "fwd":
            inner = render_text(b[2], tstyle, depth + 1)
            parts.append(b[3] + "\n" + "\n".join(b[1]) + "\n\n" + inner)
        else:
            raise ValueError(b[0])
    return "\n\n".join(parts) + ("\n" if depth == 0 else "")


def _h(s):
    return html.escape(s, quote=False).replace("\n", "<br>\n")


def render_html_blocks(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append("<p>" + _h(b) + "</p>")
        elif b[0] == "table":
            rows = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">',
                    "<tr>" + "".join("<th>%s</th>" % _h(str(c)) for c in b[1]) + "</tr>"]
            for r in b[2]:
                rows.append("<tr>" + "".join("<td>%s</td>" % _h(str(c)) for c in r) + "</tr>")
            rows.append("</table>")
            out.append("\n".join(rows))
        elif b[0] == "pre":
            out.append("<pre>" + html.escape(b[1], quote=False) + "</pre>")
        elif b[0] == "sig":
            out.append('<div style="color:#555555;font-size:9pt">' + "<br>\n".join(_h(x) for x in b[1]) + "</div>")
        elif b[0] == "quote":
            out.append("<div>" + _h(b[1]) + "</div>\n<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">\n"
                       + render_html_blocks(b[2]) + "\n</blockquote>")
        elif b[0] == "fwd":
            out.append("<div>" + _h(b[3]) + "<br>\n" + "<br>\n".join(_h(x) for x in b[1]) + "</div>\n"
                       + render_html_blocks(b[2]))
    return "\n".join(out)


def render_html(blocks, flavour=0):
    body = render_html_blocks(blocks)
    if flavour == 0:
        return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
                "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + body + "\n</body></html>\n")
    if flavour == 1:
        return "<div dir=\"ltr\">\n" + body + "\n</div>\n"
    return ("<!DOCTYPE html>\n<html><body>\n<div class=\"WordSection1\">\n" + body + "\n</div>\n</body></html>\n")


# =========================================================================== encoding helpers
def can_encode(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def encoded_word(text, charset, mode, header_name="Subject"):
    cs = Charset(charset)
    cs.header_encoding = QP if mode == "Q" else BASE64
    return Header(text, cs, header_name=header_name).encode(linesep="\n", maxlinelen=76)


def fold_plain(name, value):
    """Fold an unstructured ASCII header at spaces."""
    line = name + ": "
    out = []
    for w in value.split(" "):
        if len(line) + len(w) + 1 > 76 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " " + w + " "
        else:
            line += w + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


def subject_header(subject, t):
    if all(ord(c) < 128 for c in subject) and not t["subj_force"]:
        return fold_plain("Subject", subject)
    cs = t["subj_charset"] if can_encode(subject, t["subj_charset"]) else "utf-8"
    return "Subject: " + encoded_word(subject, cs, t["subj_mode"])


def addr(display, mail, t):
    if not display:
        return mail
    if all(ord(c) < 128 for c in display):
        if any(c in display for c in ',.;:()<>@"[]') or t.get("quote_names"):
            return '"%s" <%s>' % (display.replace('"', ''), mail)
        return "%s <%s>" % (display, mail)
    cs = t["subj_charset"] if can_encode(display, t["subj_charset"]) else "utf-8"
    whole = encoded_word(display, cs, t["name_mode"], header_name="From")
    specials = any(c in display for c in ',.;:()<>@"[]')
    if "\n" not in whole or specials:
        return "%s <%s>" % (_single_word(display, cs, t["name_mode"]), mail)
    # encode only the runs of non-ASCII words; ASCII words stay as plain atoms
    runs, cur, cur_ascii = [], [], None
    for w in display.split(" "):
        a = all(ord(ch) < 128 for ch in w)
        if cur and a != cur_ascii:
            runs.append((cur_ascii, cur))
            cur = []
        cur.append(w)
        cur_ascii = a
    runs.append((cur_ascii, cur))
    out = [" ".join(ws) if a else _single_word(" ".join(ws), cs, t["name_mode"]) for a, ws in runs]
    return "%s <%s>" % (" ".join(out), mail)


def _single_word(text, charset, mode):
    cs = Charset(charset)
    cs.header_encoding = QP if mode == "Q" else BASE64
    return Header(text, cs, maxlinelen=10000).encode(maxlinelen=10000)


def addr_list(name, items, t):
    vals = [addr(d, m, t) for d, m in items]
    return name + ": " + ",\n ".join(vals)


def cte_encode(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data, quotetabs=False).decode("ascii")
    return data.decode("latin-1")  # 7bit / 8bit: bytes kept as-is (mapped 1:1)


def filename_params(fname, style):
    """Return (content-type param, content-disposition param) strings."""
    ascii_ok = all(ord(c) < 128 for c in fname)
    if style == "plain" and ascii_ok:
        return 'name="%s"' % fname, 'filename="%s"' % fname
    if style == "rfc2047":
        ew = encoded_word(fname, "utf-8", "B", header_name="Content-Type").replace("\n ", "")
        return 'name="%s"' % ew, 'filename="%s"' % ew
    q = urllib.parse.quote(fname, safe="")
    if style == "rfc2231_cont" and len(q) > 30:
        chunks = [q[i:i + 30] for i in range(0, len(q), 30)]
        # do not split a %XX escape
        fixed, carry = [], ""
        for c in chunks:
            c = carry + c
            carry = ""
            cut = c.rfind("%")
            if cut >= len(c) - 2 and cut != -1:
                carry = c[cut:]
                c = c[:cut]
            fixed.append(c)
        if carry:
            fixed[-1] += carry
        disp = ";\n ".join("filename*%d*=%s%s" % (i, "utf-8''" if i == 0 else "", c) for i, c in enumerate(fixed))
        return "name*=utf-8''%s" % q, disp
    return "name*=utf-8''%s" % q, "filename*=utf-8''%s" % q


# =========================================================================== transport choice
def pick_transport(ctx, spec):
    r = ctx
    t = {}
    has_att = bool(spec.get("attachments"))
    forced = spec.get("transport", {})
    t["body"] = forced.get("body") or r.pick(["plain", "plain", "alt", "alt", "html"])
    t["eol"] = forced.get("eol") or r.pick(["\r\n", "\n"])
    text = render_text(spec["body"], "fixed")
    if any(0xFF10 <= ord(c) <= 0xFF5A for c in text):
        cands = ["utf-8"]
    else:
        cands = [c for c in ["utf-8", "utf-8", "iso-8859-1", "windows-1252", "us-ascii"] if can_encode(text, c)]
    t["charset"] = forced.get("charset") or r.pick(cands)
    if t["charset"] == "us-ascii":
        t["cte"] = forced.get("cte") or r.pick(["7bit", "7bit", "7bit", "quoted-printable"])
    else:
        t["cte"] = forced.get("cte") or r.pick(["8bit", "quoted-printable", "quoted-printable", "base64"])
    t["html_cte"] = t["cte"] if r.chance(0.7) else ("base64" if t["cte"] != "base64" else "quoted-printable")
    if t["charset"] == "us-ascii" and t["html_cte"] == "base64":
        t["html_cte"] = "7bit"
    t["tstyle"] = r.pick(["fixed", "pipe", "tab", "semicolon", "fixed"])
    t["html_flavour"] = r.randint(0, 2)
    t["subj_charset"] = r.pick(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    t["subj_mode"] = r.pick(["B", "Q"])
    t["name_mode"] = r.pick(["B", "Q", "Q"])
    t["subj_force"] = r.chance(0.06)
    t["quote_names"] = r.chance(0.3)
    t["fname_style"] = forced.get("fname_style") or r.pick(["plain", "plain", "rfc2231", "rfc2047", "rfc2231_cont"])
    t["preamble"] = r.chance(0.5)
    t["mailer"] = r.pick([None, "Microsoft Outlook 16.0", "Zimbra 9.0 (ZimbraWebClient - FF128)",
                          "Mozilla Thunderbird 128.3", None, "Apple Mail (2.3776)"])
    t["has_att"] = has_att
    return t


# =========================================================================== serialisation
class Part:
    def __init__(self, headers, body=None, children=None, boundary=None, preamble=None):
        self.headers, self.body, self.children = headers, body, children
        self.boundary, self.preamble = boundary, preamble

    def lines(self):
        out = list(self.headers)
        out.append("")
        if self.children is None:
            out.append(self.body.rstrip("\n"))
        else:
            if self.preamble:
                out.append(self.preamble)
                out.append("")
            for ch in self.children:
                out.append("--" + self.boundary)
                out.extend(ch.lines())
            out.append("--" + self.boundary + "--")
            out.append("")
        return out


def _boundary(ctx, kind):
    styles = ["----=_NextPart_%03d_%04X_%08X.%08X", "=_%s_%08x%08x", "_%03d_b%08x%08xVALBRUME_",
              "------------%012d"]
    s = ctx.randint(0, 3)
    if s == 0:
        return styles[0] % (ctx.randint(0, 9), ctx.r.getrandbits(16), ctx.r.getrandbits(32), ctx.r.getrandbits(32))
    if s == 1:
        return styles[1] % (kind, ctx.r.getrandbits(32), ctx.r.getrandbits(32))
    if s == 2:
        return styles[2] % (ctx.randint(0, 999), ctx.r.getrandbits(32), ctx.r.getrandbits(32))
    return styles[3] % ctx.r.getrandbits(39)


def text_part(text, subtype, charset, cte):
    data = text.encode(charset)
    if cte == "7bit" and any(b > 127 for b in data):
        cte = "quoted-printable"
    return Part(["Content-Type: text/%s; charset=%s" % (subtype, '"%s"' % charset if subtype == "html" and charset != "us-ascii" else charset),
                 "Content-Transfer-Encoding: " + cte], cte_encode(data, cte))


def _html_text(blocks, t):
    h = render_html(blocks, t["html_flavour"])
    if t["charset"] != "utf-8":
        h = h.replace("charset=utf-8", "charset=" + t["charset"])
    if not can_encode(h, t["charset"]):
        h = h.encode(t["charset"], "xmlcharrefreplace").decode(t["charset"])
    return h


def body_part(ctx, spec, t):
    text = render_text(spec["body"], t["tstyle"])
    if t["body"] == "plain":
        return text_part(text, "plain", t["charset"], t["cte"])
    hp = text_part(_html_text(spec["body"], t), "html", t["charset"], t["html_cte"])
    if t["body"] == "html":
        return hp
    tp = text_part(text, "plain", t["charset"], t["cte"])
    b = _boundary(ctx, "alt")
    return Part(['Content-Type: multipart/alternative;\n boundary="%s"' % b], children=[tp, hp], boundary=b)


def attachment_part(ctx, att, t, eol):
    fname = att["name"]
    style = att.get("fname_style") or t["fname_style"]
    if style == "plain" and not all(ord(c) < 128 for c in fname):
        style = "rfc2231"
    ctp, cdp = filename_params(fname, style)
    ctype = att["ctype"]
    if "eml" in att:
        inner = build(att["eml"], eol="\n", nested=True)
        if att.get("as_octet"):
            return Part(["Content-Type: application/octet-stream; " + ctp,
                         "Content-Disposition: attachment;\n " + cdp,
                         "Content-Transfer-Encoding: base64"],
                        cte_encode(inner.replace(b"\n", b"\r\n"), "base64"))
        cte = "8bit" if any(b > 127 for b in inner) else "7bit"
        return Part(["Content-Type: message/rfc822; " + ctp,
                     "Content-Disposition: attachment;\n " + cdp] +
                    (["Content-Transfer-Encoding: " + cte] if ctx.chance(0.6) or cte == "8bit" else []),
                    inner.decode("latin-1"))
    data = att["data"]
    cte = att.get("cte") or "base64"
    if cte in ("7bit", "8bit") and (b"\r" in data):
        data = data.replace(b"\r\n", b"\n")
    extra = ""
    if att.get("charset"):
        extra = "; charset=" + att["charset"]
    if att.get("method"):
        extra += "; method=" + att["method"]
    disp = att.get("disposition", "attachment")
    return Part(["Content-Type: %s%s;\n %s" % (ctype, extra, ctp),
                 "Content-Disposition: %s;\n %s" % (disp, cdp),
                 "Content-Transfer-Encoding: " + cte], cte_encode(data, cte))


def build(spec, eol=None, nested=False):
    ctx = spec["ctx_mime"]
    t = spec.get("_t") or pick_transport(ctx, spec)
    spec["_t"] = t
    eol = "\n" if nested else t["eol"]
    hdrs = []
    hdrs.append(addr_list("From", [spec["from"]], t))
    hdrs.append(addr_list("To", spec["to"], t))
    if spec.get("cc"):
        hdrs.append(addr_list("Cc", spec["cc"], t))
    hdrs.append(subject_header(spec["subject"], t))
    hdrs.append("Date: " + email.utils.format_datetime(spec["date"]))
    hdrs.append("Message-ID: " + spec["msgid"])
    for k, v in spec.get("extra_headers", []):
        hdrs.append("%s: %s" % (k, v))
    if t["mailer"] and not nested:
        hdrs.append(("X-Mailer: " if "Outlook" in t["mailer"] or "Zimbra" in t["mailer"] else "User-Agent: ") + t["mailer"])
    hdrs.append("Content-Language: " + ("fr-CA" if spec["lang"] == "fr" else "en-CA"))
    hdrs.append("MIME-Version: 1.0")
    body = body_part(ctx, spec, t)
    if spec.get("attachments"):
        b = _boundary(ctx, "mix")
        kids = [body] + [attachment_part(ctx, a, t, eol) for a in spec["attachments"]]
        top = Part(['Content-Type: multipart/mixed;\n boundary="%s"' % b], children=kids, boundary=b,
                   preamble="This is a multi-part message in MIME format." if t["preamble"] else None)
    else:
        top = body
    top.headers = hdrs + top.headers
    text = "\n".join(top.lines())
    if not text.endswith("\n"):
        text += "\n"
    if eol == "\r\n":
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode("latin-1")


def features(spec):
    """Transport features actually used (for the README)."""
    t = spec["_t"]
    f = set()
    f.add({"plain": "text/plain only", "html": "text/html only", "alt": "multipart/alternative"}[t["body"]])
    if spec.get("attachments"):
        f.add("multipart/mixed")
    f.add("charset " + t["charset"])
    f.add("CTE " + t["cte"])
    if t["body"] != "plain":
        f.add("CTE " + t["html_cte"])
    f.add("CRLF line ends" if t["eol"] == "\r\n" else "LF line ends")
    return f
