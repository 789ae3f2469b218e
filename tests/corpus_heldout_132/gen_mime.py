"""Hand-assembled MIME writer with controlled charsets, encodings and line ends."""
import base64
import html as _html
import quopri
import re
import urllib.parse
from email.header import Header
from email.utils import format_datetime


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def can_encode(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------------------
# Headers
# ---------------------------------------------------------------------------
def fold_ascii(name, value):
    line = f"{name}: {value}"
    if len(line) <= 78:
        return line
    words = line.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > 76:
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\n".join(out)


def enc_words(value, charset, name):
    h = Header(value, charset=charset, header_name=name)
    return h.encode(linesep="\n", maxlinelen=76)


def subject_header(subject, mode):
    """mode: raw | b (utf-8 base64) | q (iso-8859-1 / cp1252 QP)"""
    if is_ascii(subject):
        return fold_ascii("Subject", subject)
    if mode == "q":
        cs = "iso-8859-1" if can_encode(subject, "iso-8859-1") else "utf-8"
        if cs == "utf-8":
            return "Subject: " + _q_encode(subject, "utf-8")
        return "Subject: " + enc_words(subject, cs, "Subject")
    if is_ascii(subject):
        return fold_ascii("Subject", subject)
    return "Subject: " + _b_encode(subject)


def _b_encode(s):
    # RFC 2047 B encoding in UTF-8, never splitting a character
    words, cur = [], b""
    for ch in s:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > 36:
            words.append(cur)
            cur = b""
        cur += b
    words.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w).decode("ascii") + "?=" for w in words)


def _q_encode(s, cs):
    # RFC 2047 Q encoding, split into encoded words of limited size
    words, cur = [], ""
    for ch in s:
        b = ch.encode(cs)
        piece = "".join(chr(x) if (chr(x).isalnum() and x < 128) else ("_" if x == 32 else f"={x:02X}")
                        for x in b)
        if len(cur) + len(piece) > 40:
            words.append(cur)
            cur = ""
        cur += piece
    words.append(cur)
    return "\n ".join(f"=?{cs}?Q?{w}?=" for w in words)


def _name_words(disp, cs, kind):
    """Encode a display name as RFC 2047 words, splitting only after a space (kept inside the word)."""
    def enc(chunk):
        raw = chunk.encode(cs)
        if kind == "B":
            return f"=?{cs}?B?{base64.b64encode(raw).decode('ascii')}?="
        q = "".join(chr(x) if (chr(x).isalnum() and x < 128) else ("_" if x == 32 else f"={x:02X}") for x in raw)
        return f"=?{cs}?Q?{q}?="
    tokens = disp.split(" ")
    words, cur = [], ""
    for i, t in enumerate(tokens):
        piece = t + (" " if i < len(tokens) - 1 else "")
        if cur and len(enc(cur + piece)) > 75:
            words.append(cur)
            cur = ""
        cur += piece
    words.append(cur)
    return "\n ".join(enc(w) for w in words)


def addr_header(name, addrs, encode_mode):
    parts = []
    for disp, email in addrs:
        if not disp:
            parts.append(email)
        elif is_ascii(disp):
            if re.search(r'[,;:()<>@\[\]".]', disp):
                parts.append(f'"{disp}" <{email}>')
            else:
                parts.append(f"{disp} <{email}>")
        else:
            cs = "iso-8859-1" if (encode_mode == "q" and can_encode(disp, "iso-8859-1")) else "utf-8"
            ew = _name_words(disp, cs, "B" if encode_mode == "b" else "Q")
            parts.append(f"{ew} <{email}>")
    value = ",\n ".join(parts)
    return f"{name}: {value}"


# ---------------------------------------------------------------------------
# Bodies
# ---------------------------------------------------------------------------
def text_to_html(text, lang="fr"):
    out = [f'<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%">'
           '</head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    quoting = False
    for blk in blocks:
        lines = blk.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(_html.escape(l.lstrip(">").lstrip(), quote=False) for l in lines)
            if not quoting:
                out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px;margin-left:4px">')
                quoting = True
            out.append(f"<p>{inner}</p>")
            continue
        if quoting:
            out.append("</blockquote>")
            quoting = False
        out.append("<p>" + "<br>\n".join(_html.escape(l, quote=False) for l in lines) + "</p>")
    if quoting:
        out.append("</blockquote>")
    out.append("</body></html>")
    return "\n".join(out)


def html_table(header, rows):
    h = "".join(f"<th style=\"border:1px solid #999;padding:2px 6px\">{_html.escape(str(c))}</th>" for c in header)
    body = "\n".join("<tr>" + "".join(f"<td style=\"border:1px solid #999;padding:2px 6px\">"
                                      f"{_html.escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table style="border-collapse:collapse;font-size:10pt">\n<tr>{h}</tr>\n{body}\n</table>'


def text_table(header, rows):
    cols = list(zip(*([header] + [[str(c) for c in r] for r in rows])))
    widths = [max(len(str(c)) for c in col) for col in cols]
    def line(r):
        return "  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip()
    sep = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), sep] + [line(r) for r in rows])


def encode_body(text, charset, cte):
    """Returns (header lines, body str with \n line ends)."""
    text = text.replace("\r\n", "\n")
    raw = text.encode(charset)
    if cte == "7bit" or cte == "8bit":
        body = raw.decode("ascii", "surrogateescape")
        if not body.endswith("\n"):
            body += "\n"
        return body, raw
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw, quotetabs=False).decode("ascii")
        if not enc.endswith("\n"):
            enc += "\n"
        return enc, raw
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii"), raw
    raise ValueError(cte)


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def filename_params(fn, style):
    """style: plain | rfc2231 | both"""
    if is_ascii(fn):
        return f'name="{fn}"', f'filename="{fn}"'
    q = urllib.parse.quote(fn.encode("utf-8"), safe="")
    ew = Header(fn, charset="utf-8").encode(maxlinelen=200)
    if style == "rfc2231":
        return f"name*=utf-8''{q}", f"filename*=utf-8''{q}"
    if style == "long2231" and len(q) > 40:
        chunks = [q[i:i + 40] for i in range(0, len(q), 40)]
        # avoid splitting a %XX escape
        fixed, carry = [], ""
        for c in chunks:
            c = carry + c
            carry = ""
            m = re.search(r"%[0-9A-F]?$", c)
            if m:
                carry = c[m.start():]
                c = c[:m.start()]
            fixed.append(c)
        if carry:
            fixed[-1] += carry
        fp = ";\n ".join((f"filename*{i}*=utf-8''{c}" if i == 0 else f"filename*{i}*={c}")
                         for i, c in enumerate(fixed))
        return f"name*=utf-8''{q}", fp
    return f'name="{ew}"', f"filename*=utf-8''{q}"


# ---------------------------------------------------------------------------
# Whole message
# ---------------------------------------------------------------------------
class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.nb = 0

    def boundary(self):
        self.nb += 1
        style = self.rng.choice(["part", "nextpart", "plain", "apple"])
        h = "%016x" % self.rng.getrandbits(64)
        if style == "part":
            return f"----=_Part_{self.nb}_{h[:8]}.{h[8:]}"
        if style == "nextpart":
            return f"----=_NextPart_000_{self.nb:04X}_{h[:8].upper()}.{h[8:].upper()}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{self.nb:04d}"
        return f"b{self.nb}_{h}"

    def text_part(self, text, subtype, charset, cte, extra=""):
        if subtype == "html":
            text = text.replace("%CHARSET%", charset)
        body, _ = encode_body(text, charset, cte)
        ct = f'Content-Type: text/{subtype}; charset="{charset}"{extra}'
        return f"{ct}\nContent-Transfer-Encoding: {cte}\n\n{body}"

    def att_part(self, att, tr, idx):
        fnstyle = tr["fn_style"]
        np, fp = filename_params(att.filename, fnstyle)
        if att.ctype == "message/rfc822":
            inner = self.build(att.inner, att.inner_tr, top=False)
            cte = "8bit" if not is_ascii(inner) else "7bit"
            return (f'Content-Type: message/rfc822; {np}\nContent-Transfer-Encoding: {cte}\n'
                    f'Content-Disposition: attachment; {fp}\n\n{inner}')
        if att.text is not None:
            cs = att.charset
            cte = tr["att_text_cte"][idx % len(tr["att_text_cte"])]
            if cte in ("7bit",) and not is_ascii(att.text):
                cte = "quoted-printable"
            if cte == "8bit" and is_ascii(att.text):
                cte = "7bit"
            body, _ = encode_body(att.text, cs, cte)
            extra = "; method=REQUEST" if att.ctype == "text/calendar" else ""
            return (f'Content-Type: {att.ctype}; charset="{cs}"{extra}; {np}\nContent-Transfer-Encoding: {cte}\n'
                    f'Content-Disposition: attachment; {fp}\n\n{body}')
        return (f"Content-Type: {att.ctype}; {np}\nContent-Transfer-Encoding: base64\n"
                f"Content-Disposition: attachment; {fp}\n\n{b64(att.data)}")

    def body(self, msg, tr):
        cs, cte = tr["charset"], tr["cte"]
        form = tr["form"]
        if form == "plain":
            core = self.text_part(msg.text, "plain", cs, cte, tr.get("flowed", ""))
        elif form == "html":
            core = self.text_part(msg.html, "html", cs, cte)
        else:
            bnd = self.boundary()
            p1 = self.text_part(msg.text, "plain", cs, cte)
            p2 = self.text_part(msg.html, "html", cs, tr.get("html_cte", cte))
            core = (f'Content-Type: multipart/alternative; boundary="{bnd}"\n\n'
                    f"--{bnd}\n{p1}\n--{bnd}\n{p2}\n--{bnd}--\n")
        if not msg.atts:
            return core
        bnd = self.boundary()
        parts = [core] + [self.att_part(a, tr, i) for i, a in enumerate(msg.atts)]
        pre = "This is a multi-part message in MIME format.\n\n" if tr.get("preamble") else ""
        body = f'Content-Type: multipart/mixed; boundary="{bnd}"\n\n{pre}'
        for p in parts:
            if not p.endswith("\n"):
                p += "\n"
            body += f"--{bnd}\n{p}"
        body += f"--{bnd}--\n"
        return body

    def build(self, msg, tr, top=True):
        hdr = [addr_header("From", [msg.frm], tr["subj"]),
               addr_header("To", msg.to, tr["subj"])]
        if msg.cc:
            hdr.append(addr_header("Cc", msg.cc, tr["subj"]))
        hdr.append(subject_header(msg.subject, tr["subj"]))
        hdr.append("Date: " + format_datetime(msg.date))
        hdr.append(f"Message-ID: {msg.msgid}")
        if msg.in_reply_to:
            hdr.append(f"In-Reply-To: {msg.in_reply_to}")
            hdr.append(f"References: {msg.in_reply_to}")
        if tr.get("mailer"):
            hdr.append(f"X-Mailer: {tr['mailer']}")
        if tr.get("lang_hdr"):
            hdr.append(f"Content-Language: {'fr-CA' if msg.lang == 'fr' else 'en-CA'}")
        hdr.append("MIME-Version: 1.0")
        out = "\n".join(hdr) + "\n" + self.body(msg, tr)
        if not top:
            return out
        if tr["eol"] == "\r\n":
            out = out.replace("\r\n", "\n").replace("\n", "\r\n")
        return out.encode("ascii", "surrogateescape")


def choose_transport(msg, rng):
    text = msg.text or ""
    htm = msg.html or ""
    alltext = text + htm
    tr = {}
    if msg.form:
        form = msg.form
    else:
        form = rng.choices(["plain", "alt", "html"], [5, 4, 2])[0]
    if form in ("alt", "html") and not msg.html:
        msg.html = text_to_html(text, msg.lang)
    if form in ("plain", "alt") and msg.text is None:
        form = "html"
    tr["form"] = form
    used = (text if form != "html" else "") + (msg.html if form != "plain" else "")
    if is_ascii(used):
        cands = ["us-ascii", "us-ascii", "utf-8", "iso-8859-1", "windows-1252"]
    else:
        cands = ["utf-8", "utf-8", "utf-8", "iso-8859-1", "windows-1252", "windows-1252"]
    rng.shuffle(cands)
    cs = next(c for c in cands if can_encode(used, c))
    tr["charset"] = cs
    if is_ascii(used):
        cte = rng.choices(["7bit", "quoted-printable", "base64"], [6, 2, 1])[0]
        if cte == "7bit" and any(len(l) > 990 for l in used.split("\n")):
            cte = "quoted-printable"
    else:
        cte = rng.choices(["8bit", "quoted-printable", "base64"], [4, 4, 2])[0]
    tr["cte"] = cte
    tr["html_cte"] = cte if rng.random() < 0.6 else ("quoted-printable" if not is_ascii(used) else "7bit")
    if tr["html_cte"] == "7bit" and not is_ascii(htm):
        tr["html_cte"] = "quoted-printable"
    tr["eol"] = "\r\n" if rng.random() < 0.5 else "\n"
    tr["subj"] = rng.choice(["raw", "b", "q", "b"])
    tr["fn_style"] = rng.choice(["rfc2231", "both", "long2231"])
    tr["att_text_cte"] = [rng.choice(["quoted-printable", "base64", "8bit", "7bit"]) for _ in range(3)]
    tr["preamble"] = rng.random() < 0.5
    tr["flowed"] = "; format=flowed" if rng.random() < 0.15 else ""
    tr["mailer"] = rng.choice([None, "Microsoft Outlook 16.0", "Zimbra 9.0 (ZimbraWebClient)",
                               "Mozilla Thunderbird 115.8", None, "Apple Mail (2.3774)"])
    tr["lang_hdr"] = rng.random() < 0.4
    return tr
