"""A small hand-rolled MIME writer so that every transport detail is explicit:
charsets, transfer encodings, RFC 2047 headers, RFC 2231 file names, LF / CRLF."""
import base64
import email.utils
import quopri
import urllib.parse

from gen_common import strip_accents

ASCII_FIX = {"’": "'", "‘": "'", "«": '"', "»": '"', "–": "-", "—": "-", "…": "...",
             "œ": "oe", "Œ": "OE", "\u00a0": " ", "€": "EUR", "é": "e"}


def asciify(text):
    for k, v in ASCII_FIX.items():
        text = text.replace(k, v)
    return strip_accents(text).encode("ascii", "replace").decode("ascii")


def can_encode(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None):
        self.headers = headers          # list of (name, value) already encoded
        self.body = body                # bytes, LF line endings
        self.parts = parts
        self.boundary = boundary


# ------------------------------------------------------------------ headers
def encode_words(text, charset="utf-8", enc="b", single=False):
    """RFC 2047 encode *text* as one or more encoded-words joined by folding."""
    if all(ord(c) < 128 for c in text):
        return fold_ascii(text)
    if not can_encode(text, charset):
        charset = "utf-8"
    words = []
    chunk = ""
    limit = 45 if enc == "b" else 30
    if single:
        limit = 10 ** 6
    for ch in text:
        if len((chunk + ch).encode(charset)) > limit:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(charset)
        if enc == "b":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode()))
        else:
            q = ""
            for b in raw:
                c = chr(b)
                if c == " ":
                    q += "_"
                elif c.isalnum() and b < 128:
                    q += c
                elif c in "!*+-/" and b < 128:
                    q += c
                else:
                    q += "=%02X" % b
            out.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(out)


def fold_ascii(text, width=76):
    if len(text) <= width:
        return text
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def addr(name, mail, charset="utf-8", enc="b"):
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ",.;:()@\"'"):
            return '"%s" <%s>' % (name.replace('"', ""), mail)
        return "%s <%s>" % (name, mail)
    return "%s <%s>" % (encode_words(name, charset, enc, single=True), mail)


# -------------------------------------------------------------------- parts
def _b64(data):
    s = base64.b64encode(data).decode("ascii")
    return ("\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n").encode("ascii")


def _qp(data):
    return quopri.encodestring(data)


def text_part(text, subtype="plain", charset="utf-8", cte="8bit", disposition=None,
              filename=None):
    text = text.replace("\r\n", "\n")
    if charset == "us-ascii":
        text = asciify(text)
    elif not can_encode(text, charset):
        if charset == "iso-8859-1" and can_encode(text, "windows-1252"):
            charset = "windows-1252"
        else:
            charset = "utf-8"
    raw = text.encode(charset)
    if cte == "7bit" and any(b > 127 for b in raw):
        cte = "quoted-printable"
    if cte in ("7bit", "8bit") and any(len(l) > 900 for l in raw.split(b"\n")):
        cte = "quoted-printable"
    if cte == "base64":
        body = _b64(raw)
    elif cte == "quoted-printable":
        body = _qp(raw)
    else:
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    hdrs = [("Content-Type", "text/%s; charset=%s" % (subtype, charset if charset != "utf-8"
                                                       else "UTF-8" if cte == "base64" else "utf-8")),
            ("Content-Transfer-Encoding", cte)]
    if disposition:
        hdrs.append(("Content-Disposition", disp_value(disposition, filename, "2231")))
    return Part(hdrs, body)


def disp_value(disposition, filename, fn_style):
    if not filename:
        return disposition
    return disposition + "; " + fn_param("filename", filename, fn_style)


def fn_param(pname, filename, fn_style):
    ascii_ok = all(ord(c) < 128 for c in filename)
    if fn_style == "2231" or (fn_style == "2231-ascii"):
        if ascii_ok and fn_style != "2231-ascii":
            return '%s="%s"' % (pname, filename)
        return "%s*=utf-8''%s" % (pname, urllib.parse.quote(filename, safe=""))
    if fn_style == "2231-split" :
        q = urllib.parse.quote(filename, safe="")
        chunks = [q[i:i + 40] for i in range(0, len(q), 40)]
        segs = []
        for i, c in enumerate(chunks):
            if i == 0:
                segs.append("%s*0*=utf-8''%s" % (pname, c))
            else:
                segs.append("%s*%d*=%s" % (pname, i, c))
        return ";\n ".join(segs)
    if fn_style == "2047" and not ascii_ok:
        return '%s="%s"' % (pname, encode_words(filename, "utf-8", "b").replace("\n ", " "))
    if not ascii_ok:
        return "%s*=utf-8''%s" % (pname, urllib.parse.quote(filename, safe=""))
    return '%s="%s"' % (pname, filename)


def attachment(data, ctype, filename, fn_style="2231", cte="base64", inline=False):
    if cte == "base64":
        body = _b64(data)
    elif cte == "quoted-printable":
        body = _qp(data)
    else:
        body = data if data.endswith(b"\n") else data + b"\n"
    ct = ctype
    if filename:
        ct = ctype + "; " + fn_param("name", filename, fn_style)
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte),
            ("Content-Disposition", disp_value("inline" if inline else "attachment", filename,
                                               fn_style))]
    return Part(hdrs, body)


def rfc822_part(msg_bytes, filename=None):
    msg_bytes = msg_bytes.replace(b"\r\n", b"\n")
    cte = "8bit" if any(b > 127 for b in msg_bytes) else "7bit"
    hdrs = [("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", cte)]
    if filename:
        hdrs.append(("Content-Disposition", disp_value("attachment", filename, "2231")))
    else:
        hdrs.append(("Content-Disposition", "inline"))
    return Part(hdrs, msg_bytes)


def multipart(subtype, parts, boundary):
    return Part([("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, boundary))],
                parts=parts, boundary=boundary)


def _serialize(part):
    out = []
    for k, v in part.headers:
        out.append(("%s: %s\n" % (k, v)).encode("ascii"))
    out.append(b"\n")
    if part.parts is None:
        out.append(part.body)
    else:
        out.append(b"This is a multi-part message in MIME format.\n")
        for p in part.parts:
            out.append(("\n--%s\n" % part.boundary).encode("ascii"))
            out.append(_serialize(p))
        out.append(("\n--%s--\n" % part.boundary).encode("ascii"))
    return b"".join(out)


def message(rng, frm, to, subject, date, body, cc=None, subj_charset="utf-8", subj_enc="b",
            eol="\n", extra=None, msgid_dom="passerelle-sante.example"):
    """frm/to/cc are already formatted address strings (see addr())."""
    hdrs = [("From", frm), ("To", ",\n ".join(to) if isinstance(to, list) else to)]
    if cc:
        hdrs.append(("Cc", ",\n ".join(cc)))
    hdrs.append(("Subject", encode_words(subject, subj_charset, subj_enc)))
    hdrs.append(("Date", email.utils.format_datetime(date.replace(tzinfo=TZ))))
    hdrs.append(("Message-ID", "<%08x.%04x@%s>" % (rng.getrandbits(32), rng.getrandbits(16),
                                                   msgid_dom)))
    for k, v in (extra or []):
        hdrs.append((k, v))
    hdrs.append(("MIME-Version", "1.0"))
    raw = b"".join(("%s: %s\n" % (k, v)).encode("ascii") for k, v in hdrs)
    body_raw = _serialize(body)
    data = raw + body_raw
    if eol == "\r\n":
        data = data.replace(b"\n", b"\r\n")
    return data


import datetime as _dt
TZ = _dt.timezone(_dt.timedelta(hours=-5))
