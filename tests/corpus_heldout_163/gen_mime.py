# -*- coding: utf-8 -*-
"""Hand-assembled MIME serialiser with full control over bytes.

A Mail is described by headers, a text and/or HTML body, attachments and
transport options (charset, transfer encoding, line ends, header encoding).
"""
import base64
import quopri
import html as _html
import hashlib
import urllib.parse
import email.utils


class Att:
    def __init__(self, filename, ctype, data, charset=None, cte=None, fname_enc=None, inline=False):
        self.filename = filename
        self.ctype = ctype          # e.g. application/pdf, text/csv, message/rfc822
        self.data = data            # bytes, or str for text types
        self.charset = charset
        self.cte = cte              # None -> chosen automatically
        self.fname_enc = fname_enc  # None | "2231" | "2047"
        self.inline = inline


class Mail:
    def __init__(self, **kw):
        self.lang = kw.pop("lang")
        self.category = kw.pop("category")
        self.note = kw.pop("note")
        self.types = sorted(set(kw.pop("types", [])))
        self.ids = kw.pop("ids", [])           # [(type, raw)] identifiers printed in the message
        self.holders = kw.pop("holders", [])   # NAM holder dicts used
        self.frm = kw.pop("frm")               # (display, addr)
        self.to = kw.pop("to")                 # [(display, addr)]
        self.cc = kw.pop("cc", [])
        self.subject = kw.pop("subject")
        self.text = kw.pop("text", None)
        self.html = kw.pop("html", None)
        self.atts = kw.pop("atts", [])
        self.structure = kw.pop("structure", None)  # plain | html | alt  (atts force mixed)
        self.extra = kw.pop("extra", [])
        self.opts = kw.pop("opts", {})
        assert not kw, kw


# ------------------------------------------------------------------ header encoding
def _can(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def encoded_words(s, cs="utf-8", mode="b", first_len=9):
    """RFC 2047 encode s into folded encoded-words."""
    words, cur = [], ""
    limit = 75 - len("=?%s?%s??=" % (cs, mode))

    def enc(chunk):
        b = chunk.encode(cs)
        if mode == "b":
            return base64.b64encode(b).decode("ascii")
        out = []
        for byte in b:
            ch = chr(byte)
            if ch == " ":
                out.append("_")
            elif ch.isalnum() and byte < 128:
                out.append(ch)
            else:
                out.append("=%02X" % byte)
        return "".join(out)

    for ch in s:
        if len(enc(cur + ch)) > limit - (first_len if not words else 0) // 3:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return "\n ".join("=?%s?%s?%s?=" % (cs, mode.upper() if mode == "b" else "Q", enc(w)) for w in words)


def fold_plain(name, value):
    """Fold an ASCII header at spaces to stay under 78 columns."""
    line = name + ": "
    out = []
    for tok in value.split(" "):
        if len(line) + len(tok) > 76 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip())
            line = " " + tok + " "
        else:
            line += tok + " "
    out.append(line.rstrip())
    return "\n".join(out)


def addr(display, address, opts):
    if not display:
        return address
    if all(ord(c) < 128 for c in display):
        if any(c in display for c in ',.;:()"'):
            return '"%s" <%s>' % (display.replace('"', ''), address)
        return "%s <%s>" % (display, address)
    cs = opts.get("hdr_charset", "utf-8")
    if not _can(display, cs):
        cs = "utf-8"
    return "%s <%s>" % (encoded_words(display, cs, opts.get("hdr_mode", "q")), address)


def subject_header(subj, opts):
    mode = opts.get("subj_enc")  # None | "b" | "q"
    ascii_ok = all(ord(c) < 128 for c in subj)
    if ascii_ok and not mode:
        return fold_plain("Subject", subj)
    cs = opts.get("hdr_charset", "utf-8")
    if not _can(subj, cs):
        cs = "utf-8"
    return "Subject: " + encoded_words(subj, cs, mode or "b")


# ------------------------------------------------------------------ body encoding
def _body_bytes(text, cs, cte):
    b = text.encode(cs)
    if cte in ("7bit", "8bit"):
        return b.decode(cs).encode(cs) if cte == "8bit" else b
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    if cte == "base64":
        return base64.encodebytes(b)
    raise ValueError(cte)


def choose_charset(text, wanted):
    for cs in (wanted, "iso-8859-1", "windows-1252", "utf-8"):
        if cs == "us-ascii":
            if all(ord(c) < 128 for c in text):
                return cs
            continue
        if _can(text, cs):
            return cs
    return "utf-8"


def choose_cte(text, cs, wanted):
    ascii_ok = all(ord(c) < 128 for c in text)
    longest = max((len(l.encode(cs)) for l in text.split("\n")), default=0)
    if wanted == "7bit" and not ascii_ok:
        wanted = "quoted-printable"
    if wanted in ("7bit", "8bit") and longest > 900:
        wanted = "quoted-printable"
    if wanted == "8bit" and ascii_ok:
        wanted = "7bit"
    return wanted


def text_part(text, subtype, opts):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    cs = choose_charset(text, opts.get("charset", "utf-8"))
    cte = choose_cte(text, cs, opts.get("cte", "quoted-printable"))
    body = _body_bytes(text, cs, cte).decode("ascii" if cte != "8bit" else cs)
    hdr = "Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (subtype, cs, cte)
    if opts.get("format_flowed") and subtype == "plain":
        hdr = hdr.replace('charset="%s"' % cs, 'charset="%s"; format=flowed' % cs)
    return hdr + "\n" + body.replace("\r\n", "\n"), cs


def text_to_html(text, lang):
    lines = text.replace("\r\n", "\n").split("\n")
    out, inq = [], False
    for ln in lines:
        q = ln.startswith(">")
        if q and not inq:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            inq = True
        if not q and inq:
            out.append("</blockquote>")
            inq = False
        body = ln.lstrip("> ") if q else ln
        out.append((_html.escape(body) if body.strip() else "&nbsp;") + "<br>")
    if inq:
        out.append("</blockquote>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt" lang="%s">\n' % lang
            + "\n".join(out) + "\n</div></body></html>")


def _fname_params(fn, enc, key="filename"):
    if all(ord(c) < 128 for c in fn) and enc != "2231":
        return '%s="%s"' % (key, fn)
    if enc == "2047":
        return '%s="%s"' % (key, encoded_words(fn, "utf-8", "b").replace("\n ", ""))
    return "%s*=utf-8''%s" % (key, urllib.parse.quote(fn, safe=""))


def att_part(a, opts):
    disp = "inline" if a.inline else "attachment"
    fp = _fname_params(a.filename, a.fname_enc)
    np = _fname_params(a.filename, a.fname_enc, "name")
    if a.ctype == "message/rfc822":
        body = a.data.decode("utf-8") if isinstance(a.data, bytes) else a.data
        eight = any(ord(c) > 127 for c in body)
        return ("Content-Type: message/rfc822; %s\nContent-Transfer-Encoding: %s\n"
                "Content-Disposition: %s; %s\n\n%s" % (np, "8bit" if eight else "7bit", disp, fp,
                                                       body.replace("\r\n", "\n")))
    if isinstance(a.data, str):
        text = a.data.replace("\r\n", "\n")
        cs = choose_charset(text, a.charset or "utf-8")
        cte = a.cte or "base64"
        if cte != "base64":
            cte = choose_cte(text, cs, cte)
            body = _body_bytes(text, cs, cte).decode("ascii" if cte != "8bit" else cs)
        else:
            raw = text.replace("\n", "\r\n").encode(cs)
            body = base64.encodebytes(raw).decode("ascii")
        ct = "%s; charset=\"%s\"; %s" % (a.ctype, cs, np)
        if a.ctype == "text/calendar":
            ct = "%s; charset=\"%s\"; method=REQUEST; %s" % (a.ctype, cs, np)
        return "Content-Type: %s\nContent-Transfer-Encoding: %s\nContent-Disposition: %s; %s\n\n%s" % (
            ct, cte, disp, fp, body)
    body = base64.encodebytes(a.data).decode("ascii")
    return "Content-Type: %s; %s\nContent-Transfer-Encoding: base64\nContent-Disposition: %s; %s\n\n%s" % (
        a.ctype, np, disp, fp, body)


def serialize(m, idx, date, msgid, seed):
    """Return the message as bytes."""
    o = m.opts
    h = hashlib.sha256(("%d-%s" % (seed, msgid)).encode()).hexdigest()
    bnd = ["=_cme_%s_%d_%s" % (h[:10], k, h[10 + k * 4:14 + k * 4]) for k in range(3)]
    hdrs = ["From: " + addr(m.frm[0], m.frm[1], o),
            fold_plain("To", ", ".join(addr(d, a, o) for d, a in m.to))]
    if m.cc:
        hdrs.append(fold_plain("Cc", ", ".join(addr(d, a, o) for d, a in m.cc)))
    hdrs.append(subject_header(m.subject, o))
    hdrs.append("Date: " + email.utils.format_datetime(date))
    hdrs.append("Message-ID: " + msgid)
    for k, v in m.extra:
        hdrs.append("%s: %s" % (k, v))
    if o.get("mailer"):
        hdrs.append("X-Mailer: " + o["mailer"])
    hdrs.append("MIME-Version: 1.0")

    structure = m.structure or ("alt" if m.html and m.text else "html" if m.html else "plain")
    html = m.html
    if structure in ("alt", "html") and html is None:
        html = text_to_html(m.text, m.lang)

    def body_part(level):
        if structure == "plain":
            return text_part(m.text, "plain", o)[0]
        if structure == "html":
            return text_part(html, "html", o)[0]
        b = bnd[level]
        p1 = text_part(m.text, "plain", o)[0]
        p2 = text_part(html, "html", o)[0]
        return ('Content-Type: multipart/alternative;\n boundary="%s"\n\n--%s\n%s\n--%s\n%s\n--%s--\n'
                % (b, b, p1, b, p2, b))

    if m.atts:
        b = bnd[0]
        parts = [body_part(1)] + [att_part(a, o) for a in m.atts]
        pre = "This is a multi-part message in MIME format.\n" if o.get("preamble") else ""
        body = 'Content-Type: multipart/mixed;\n boundary="%s"\n\n%s' % (b, pre)
        for p in parts:
            body += "--%s\n%s\n" % (b, p.rstrip("\n") + "\n")
        body += "--%s--\n" % b
    else:
        body = body_part(0)
    msg = "\n".join(hdrs) + "\n" + body
    if not msg.endswith("\n"):
        msg += "\n"
    raw = msg.encode("utf-8") if any(ord(c) > 127 for c in msg) else msg.encode("ascii")
    # 8bit parts in non-utf-8 charsets must carry their own bytes
    if any(ord(c) > 127 for c in msg):
        raw = _reencode_8bit(msg)
    if o.get("crlf"):
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def _reencode_8bit(msg):
    """Encode each 8bit section in the charset its Content-Type declares."""
    import re
    out = []
    pos = 0
    pat = re.compile(r'Content-Type: [^\n]*charset="([^"]+)"[^\n]*\n(?:[^\n]+\n)*?Content-Transfer-Encoding: 8bit\n'
                     r'(?:[^\n]+\n)*\n', re.M)
    for mt in pat.finditer(msg):
        cs = mt.group(1)
        out.append(msg[pos:mt.end()].encode("utf-8"))
        # body runs until the next boundary line
        nxt = re.compile(r"^--=_cme_", re.M).search(msg, mt.end())
        end = nxt.start() if nxt else len(msg)
        out.append(msg[mt.end():end].encode(cs))
        pos = end
    out.append(msg[pos:].encode("utf-8"))
    return b"".join(out)
