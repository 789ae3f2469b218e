# -*- coding: utf-8 -*-
"""Hand-assembled MIME: parts, headers, charsets, transfer encodings, line ends."""
import base64
import binascii
import email.header
import email.utils
import urllib.parse
from email.header import Header

LATIN1_FIX = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
              "\u2014": "-", "\u2026": "...", "\u0153": "oe", "\u0152": "OE", "\u2022": "*",
              "\u00a0": " ", "\u202f": " ", "\u2192": "->"}


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_words(value, charset="utf-8", mode="B"):
    """RFC 2047 encode a header value if it is not ASCII."""
    if is_ascii(value):
        return value
    if charset != "utf-8":
        try:
            value.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
    if mode == "B":
        prefix = "=?%s?B?" % charset
        maxraw = (75 - len(prefix) - 2) // 4 * 3
        words, cur = [], ""
        for ch in value:
            if cur and len((cur + ch).encode(charset)) > maxraw:
                words.append(cur)
                cur = ch
            else:
                cur += ch
        words.append(cur)
        return "\n ".join(prefix + base64.b64encode(w.encode(charset)).decode("ascii") + "?=" for w in words)
    h = Header(value, charset=charset, maxlinelen=76)
    out = h.encode(linesep="\n")
    if mode == "Q":
        # re-encode each word as Q
        words = []
        for chunk, cs in email.header.decode_header(out):
            words.append((chunk, cs))
        enc = []
        for chunk, cs in words:
            q = binascii.b2a_qp(chunk, header=True).decode("ascii").replace("=\n", "")
            q = q.replace("?", "=3F")
            enc.append("=?%s?Q?%s?=" % (cs or charset, q))
        out = "\n ".join(enc)
    return out


def addr(name, mail, charset="utf-8", mode="B"):
    if not name:
        return mail
    if is_ascii(name):
        return email.utils.formataddr((name, mail))
    return "%s <%s>" % (enc_words(name, charset, mode), mail)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes, LF line ends
        self.charset = None

    def render(self):
        out = []
        for k, v in self.headers:
            out.append(("%s: %s\n" % (k, v)).encode("ascii"))
        out.append(b"\n")
        out.append(self.body)
        return b"".join(out)


def _encode_text(text, charset):
    text = text.replace("\r\n", "\n")
    if charset in ("iso-8859-1", "windows-1252", "us-ascii"):
        try:
            return text.encode(charset), charset
        except UnicodeEncodeError:
            if charset == "iso-8859-1":
                t2 = "".join(LATIN1_FIX.get(c, c) for c in text)
                try:
                    return t2.encode(charset), charset
                except UnicodeEncodeError:
                    pass
            return text.encode("utf-8"), "utf-8"
    return text.encode(charset), charset


def _cte_body(data, cte):
    if cte == "7bit":
        if any(b > 127 for b in data):
            cte = "quoted-printable"
        else:
            return data if data.endswith(b"\n") else data + b"\n", cte
    if cte == "8bit":
        if not any(b > 127 for b in data):
            cte_name = "7bit"
        else:
            cte_name = "8bit"
        return (data if data.endswith(b"\n") else data + b"\n"), cte_name
    if cte == "quoted-printable":
        enc = binascii.b2a_qp(data, istext=True)
        return (enc if enc.endswith(b"\n") else enc + b"\n"), cte
    if cte == "base64":
        return base64.encodebytes(data), cte
    raise ValueError(cte)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", fmt_flowed=False):
    data, charset = _encode_text(text, charset)
    body, cte = _cte_body(data, cte)
    ct = "text/%s; charset=\"%s\"" % (subtype, charset)
    if fmt_flowed and subtype == "plain":
        ct += "; format=flowed"
    p = Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)
    p.charset = charset
    p.cte = cte
    return p


def _fname_params(filename, style):
    if is_ascii(filename) and style in ("plain", "rfc2047"):
        return '; filename="%s"' % filename, '; name="%s"' % filename
    if style == "rfc2047":
        w = enc_words(filename).replace("\n ", "")
        return '; filename="%s"' % w, '; name="%s"' % w
    # RFC 2231
    q = urllib.parse.quote(filename.encode("utf-8"), safe="")
    return "; filename*=utf-8''%s" % q, "; name*=utf-8''%s" % q


def binary_part(data, ctype, filename, fname_style="plain", disposition="attachment",
                cte="base64", text_charset=None):
    disp, nparam = _fname_params(filename, fname_style)
    ct = ctype
    if text_charset:
        ct += '; charset="%s"' % text_charset
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = binascii.b2a_qp(data, istext=True)
        if not body.endswith(b"\n"):
            body += b"\n"
    else:
        body = data if data.endswith(b"\n") else data + b"\n"
    p = Part([("Content-Type", ct + nparam),
              ("Content-Disposition", disposition + disp),
              ("Content-Transfer-Encoding", cte)], body)
    p.fname_style = fname_style
    return p


def rfc822_part(msg_bytes, filename=None):
    msg_bytes = msg_bytes.replace(b"\r\n", b"\n")
    hdrs = [("Content-Type", "message/rfc822")]
    if filename:
        disp, _ = _fname_params(filename, "plain")
        hdrs.append(("Content-Disposition", "attachment" + disp))
    cte = "8bit" if any(b > 127 for b in msg_bytes) else "7bit"
    hdrs.append(("Content-Transfer-Encoding", cte))
    return Part(hdrs, msg_bytes if msg_bytes.endswith(b"\n") else msg_bytes + b"\n")


def multipart(subtype, parts, bnd, preamble=None):
    chunks = []
    if preamble:
        chunks.append(preamble.encode("ascii") + b"\n")
    for p in parts:
        chunks.append(("--%s\n" % bnd).encode("ascii"))
        chunks.append(p.render())
        if not chunks[-1].endswith(b"\n"):
            chunks.append(b"\n")
    chunks.append(("--%s--\n" % bnd).encode("ascii"))
    return Part([("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, bnd))], b"".join(chunks))


def render_message(headers, part, eol="\n"):
    """headers: list of (name, value) already RFC 2047 safe."""
    out = []
    for k, v in headers:
        out.append(("%s: %s\n" % (k, v)).encode("ascii"))
    out.append(b"MIME-Version: 1.0\n")
    data = b"".join(out) + part.render()
    if eol == "\r\n":
        data = data.replace(b"\n", b"\r\n")
    return data
