"""Hand-assembled, deterministic MIME serialisation."""

import base64
import datetime
import hashlib
import html as htmlmod
import quopri
import urllib.parse

from gen_common import SEED

# ---------------------------------------------------------------- header helpers


def _tz_for(dt):
    # Eastern time: EDT until 2024-11-03, EST until 2025-03-09, EDT after.
    d = dt.date()
    if datetime.date(2024, 11, 3) <= d < datetime.date(2025, 3, 9):
        return datetime.timezone(datetime.timedelta(hours=-5))
    return datetime.timezone(datetime.timedelta(hours=-4))


def fmt_date(dt):
    dt = dt.replace(tzinfo=_tz_for(dt))
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "-" if mins < 0 else "+"
    mins = abs(mins)
    return "%s, %02d %s %d %02d:%02d:%02d %s%02d%02d" % (
        days[dt.weekday()], dt.day, mons[dt.month - 1], dt.year, dt.hour, dt.minute,
        dt.second, sign, mins // 60, mins % 60)


def make_msgid(key, dom):
    h = hashlib.sha256(("%d|msgid|%s" % (SEED, key)).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16].upper(), h[16:24], dom)


def make_boundary(key, n):
    h = hashlib.sha256(("%d|bnd|%s|%d" % (SEED, key, n)).encode()).hexdigest()
    styles = ["----=_NextPart_%s_%s" % (h[:4].upper(), h[4:20].upper()),
              "_%03d_%s_" % (n, h[:24]),
              "b1_%s" % h[:32],
              "Apple-Mail=_%s-%s" % (h[:8].upper(), h[8:16].upper())]
    return styles[int(h[40], 16) % len(styles)]


def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encoded_words(text, charset="utf-8", enc="B"):
    """Split text into RFC 2047 encoded words, each at most 75 characters."""
    words, cur = [], ""
    prefix = "=?%s?%s?" % (charset, enc)

    def encode(chunk):
        raw = chunk.encode(charset)
        if enc == "B":
            body = base64.b64encode(raw).decode("ascii")
        else:
            out = []
            for b in raw:
                c = chr(b)
                if c == " ":
                    out.append("_")
                elif c.isalnum() and b < 128:
                    out.append(c)
                elif c in "!*+-/" and b < 128:
                    out.append(c)
                else:
                    out.append("=%02X" % b)
            body = "".join(out)
        return prefix + body + "?="

    for ch in text:
        trial = cur + ch
        if len(encode(trial)) > 75:
            words.append(encode(cur))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(encode(cur))
    return words


def fold_plain(name, value):
    """Fold an ASCII header value at spaces to keep lines under 78 characters."""
    line = name + ": "
    out = []
    for i, w in enumerate(value.split(" ")):
        add = (" " if i else "") + w
        if len(line) + len(add) > 76 and line.strip() and i:
            out.append(line)
            line = " " + w
        else:
            line += add
    out.append(line)
    return "\n".join(out)


def header_text(name, value, charset="utf-8", enc=None):
    if _is_ascii(value) and not enc:
        return fold_plain(name, value)
    if _is_ascii(value) and enc == "force-plain":
        return fold_plain(name, value)
    words = encoded_words(value, charset, enc or "B")
    return name + ": " + "\n ".join(words)


_SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(name, addr, charset="utf-8", enc="B"):
    if not name:
        return addr
    if _is_ascii(name):
        if any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (" ".join(encoded_words(name, charset, enc)), addr)


def header_addrs(name, addrs, charset="utf-8", enc="B"):
    items = [fmt_addr(n, a, charset, enc) for n, a in addrs]
    return name + ": " + ",\n ".join(items)


# ---------------------------------------------------------------- parts


class Leaf:
    def __init__(self, ctype, payload, charset=None, cte="base64", filename=None,
                 disposition=None, fn_style="plain", extra=None, description=None):
        self.ctype = ctype
        self.payload = payload  # str for text types, bytes otherwise
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition
        self.fn_style = fn_style
        self.extra = extra or []
        self.description = description


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble


def _fn_params(param, filename, style):
    """Return a list of header parameter strings for a file name."""
    if style == "plain" and _is_ascii(filename):
        return ['%s="%s"' % (param, filename)]
    if style == "rfc2047":
        return ['%s="%s"' % (param, " ".join(encoded_words(filename, "utf-8", "B")))]
    if style == "rfc2231_cont":
        q = urllib.parse.quote(filename, safe="")
        pieces = [q[i:i + 40] for i in range(0, len(q), 40)]
        # do not cut inside a %XX escape
        fixed, carry = [], ""
        for p in pieces:
            p = carry + p
            carry = ""
            cut = p.rfind("%")
            if cut >= 0 and cut > len(p) - 3:
                carry = p[cut:]
                p = p[:cut]
            fixed.append(p)
        if carry:
            fixed.append(carry)
        out = []
        for i, p in enumerate(fixed):
            out.append("%s*%d*=%s%s" % (param, i, "utf-8''" if i == 0 else "", p))
        return out
    # rfc2231 single
    return ["%s*=utf-8''%s" % (param, urllib.parse.quote(filename, safe=""))]


def _params_header(name, value, params):
    line = "%s: %s" % (name, value)
    for p in params:
        line += ";\n\t" + p
    return line


def _encode_body(leaf):
    if isinstance(leaf.payload, str):
        text = leaf.payload.replace("\r\n", "\n")
        raw = text.encode(leaf.charset or "utf-8")
    else:
        raw = leaf.payload
    cte = leaf.cte
    if cte in ("7bit", "8bit"):
        body = raw
        if not body.endswith(b"\n"):
            body += b"\n"
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
        if not body.endswith(b"\n"):
            body += b"\n"
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    return body


def render_leaf(leaf):
    hs = []
    ct_params = []
    if leaf.charset:
        cs = leaf.charset
        ct_params.append('charset="%s"' % cs if leaf.ctype == "text/html" else "charset=%s" % cs)
    if leaf.filename:
        ct_params += _fn_params("name", leaf.filename, leaf.fn_style)
    hs.append(_params_header("Content-Type", leaf.ctype, ct_params))
    if leaf.description:
        hs.append(header_text("Content-Description", leaf.description))
    hs.append("Content-Transfer-Encoding: %s" % leaf.cte)
    if leaf.disposition:
        dps = _fn_params("filename", leaf.filename, leaf.fn_style) if leaf.filename else []
        hs.append(_params_header("Content-Disposition", leaf.disposition, dps))
    hs.extend(leaf.extra)
    head = ("\n".join(hs) + "\n\n").encode("ascii")
    return head + _encode_body(leaf)


def render_part(part):
    if isinstance(part, Leaf):
        return render_leaf(part)
    head = _params_header("Content-Type", "multipart/" + part.subtype,
                          ['boundary="%s"' % part.boundary])
    out = [(head + "\n\n").encode("ascii")]
    if part.preamble:
        out.append((part.preamble + "\n").encode("ascii"))
    for sub in part.parts:
        out.append(("\n--%s\n" % part.boundary).encode("ascii"))
        out.append(render_part(sub))
    out.append(("\n--%s--\n" % part.boundary).encode("ascii"))
    return b"".join(out)


def render_message(headers, body, eol="\n"):
    """headers: list of ready header strings (may contain \n folds)."""
    head = "\n".join(headers) + "\nMIME-Version: 1.0\n"
    data = head.encode("ascii") + render_part(body)
    data = data.replace(b"\r\n", b"\n")
    if eol == "\r\n":
        data = data.replace(b"\n", b"\r\n")
    return data


# ---------------------------------------------------------------- text helpers


def text_to_html(text, lang="fr", font=None):
    font = font or "Calibri, Arial, sans-serif"
    paras = text.split("\n\n")
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           '</head><body style="font-family:%s;font-size:11pt">' % font]
    for p in paras:
        lines = [htmlmod.escape(x) for x in p.split("\n")]
        if sum(1 for x in lines if "  " in x) >= 2:
            out.append('<pre style="font-family:Consolas,monospace;font-size:10pt">%s</pre>'
                       % "\n".join(lines))
        elif all(x.startswith("&gt;") for x in lines if x):
            inner = "<br>\n".join(x[4:].lstrip() for x in lines)
            out.append('<blockquote style="border-left:2px solid #99c;margin:0 0 0 6px;'
                       'padding-left:8px">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(lines))
    out.append("</body></html>")
    return "\n".join(out)


def html_table(rows, header=True):
    out = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, htmlmod.escape(str(c)), tag)
                                    for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        lines.append("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(lines)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))
