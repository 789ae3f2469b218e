"""Hand-assembled MIME messages with controlled charsets, encodings and line ends."""
import base64
import datetime
import html as htmlmod
import quopri
import urllib.parse
from email.header import Header
from email.utils import format_datetime, formataddr

TZ_EDT = datetime.timezone(datetime.timedelta(hours=-4))
TZ_EST = datetime.timezone(datetime.timedelta(hours=-5))


class Att:
    """An attachment. data is bytes (binary) or str (text)."""

    def __init__(self, filename, data, ctype, cte=None, fname_style="plain", charset=None,
                 disposition="attachment"):
        self.filename, self.data, self.ctype = filename, data, ctype
        self.cte, self.fname_style, self.charset = cte, fname_style, charset
        self.disposition = disposition


def local_dt(naive):
    """Naive local Montreal time -> aware datetime (DST ends 2024-11-03, starts 2025-03-09)."""
    d = naive.date()
    tz = TZ_EDT if (d < datetime.date(2024, 11, 3) or d >= datetime.date(2025, 3, 9)) else TZ_EST
    return naive.replace(tzinfo=tz)


def text_to_html(text, flavour=0):
    paras = text.split("\n\n")
    out = []
    for p in paras:
        esc = htmlmod.escape(p, quote=False).replace("\n", "<br>\n")
        if flavour == 1:
            out.append(f'<p class="MsoNormal"><span style="font-family:Calibri,sans-serif;font-size:11pt">{esc}</span></p>')
        elif flavour == 2:
            out.append(f"<div>{esc}</div><div><br></div>")
        else:
            out.append(f"<p>{esc}</p>")
    head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CS__"></head>'
    if flavour == 1:
        body = '<body lang="FR-CA" link="#0563C1"><div class="WordSection1">\n' + "\n".join(out) + "\n</div></body></html>"
    elif flavour == 2:
        body = '<body><div dir="ltr">\n' + "\n".join(out) + "\n</div></body></html>"
    else:
        body = "<body>\n" + "\n".join(out) + "\n</body></html>"
    return head + "\n" + body + "\n"


def html_table(rows, border=1):
    h = [f'<table border="{border}" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        h.append("<tr>" + "".join(f"<{tag}>{htmlmod.escape(str(c))}</{tag}>" for c in r) + "</tr>")
    h.append("</table>")
    return "\n".join(h)


def _can(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def pick_charset(rng, text, lang, pref=None):
    if pref and _can(text, pref):
        return pref
    if _can(text, "us-ascii") and rng.random() < 0.6:
        return "us-ascii"
    choices = ["utf-8", "utf-8", "iso-8859-1", "windows-1252"] if lang == "fr" else ["utf-8", "utf-8", "windows-1252", "iso-8859-1"]
    cs = rng.choice(choices)
    return cs if _can(text, cs) else "utf-8"


def pick_cte(rng, raw, cs, pref=None):
    long_line = any(len(x) > 900 for x in raw.split(b"\n"))
    ascii_ok = all(b < 128 for b in raw)
    if pref:
        if pref == "7bit" and (not ascii_ok or long_line):
            pref = "quoted-printable"
        if pref == "8bit" and long_line:
            pref = "quoted-printable"
        return pref
    if ascii_ok and not long_line:
        return rng.choice(["7bit", "7bit", "7bit", "quoted-printable"])
    if long_line:
        return rng.choice(["quoted-printable", "base64"])
    return rng.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])


def encode_body(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if not raw.endswith(b"\n"):
        raw += b"\n"
    return raw


def enc_header(value, cs):
    if _can(value, "us-ascii"):
        return Header(value, "us-ascii", maxlinelen=76).encode()
    if not _can(value, cs) or cs == "us-ascii":
        cs = "utf-8"
    return Header(value, cs, maxlinelen=76).encode()


def enc_addr(pair, cs):
    name, addr = pair
    if not name:
        return addr
    if _can(name, "us-ascii"):
        return formataddr((name, addr))
    if not _can(name, cs) or cs == "us-ascii":
        cs = "utf-8"
    return formataddr((name, addr), charset=cs)


def _q2231(s, cs):
    return urllib.parse.quote(s.encode(cs), safe="-_.")


def fname_params(name, style):
    ascii_ok = _can(name, "us-ascii") and '"' not in name
    if style == "plain" and not ascii_ok:
        style = "2231"
    if style == "plain":
        return f'filename="{name}"', f'name="{name}"'
    if style == "2231_iso" and _can(name, "iso-8859-1"):
        v = "iso-8859-1''" + _q2231(name, "iso-8859-1")
        return f"filename*={v}", f"name*={v}"
    if style == "2231cont":
        v = _q2231(name, "utf-8")
        chunks = [v[i:i + 36] for i in range(0, len(v), 36)]
        ps = []
        for i, ch in enumerate(chunks):
            if i == 0:
                ps.append(f"filename*0*=utf-8''{ch}")
            else:
                ps.append(f"filename*{i}*={ch}")
        return ";\n ".join(ps), None
    v = "utf-8''" + _q2231(name, "utf-8")
    return f"filename*={v}", f"name*={v}"


class Builder:
    def __init__(self, rng, idx):
        self.rng = rng
        self.idx = idx
        self.nb = 0
        self.bstyle = rng.randrange(4)

    def boundary(self):
        self.nb += 1
        h = "".join(self.rng.choice("0123456789abcdef") for _ in range(16))
        return [f"----=_Part_{self.idx}_{self.nb}.{h}", f"=_hsv_{h}_{self.nb}",
                f"Apple-Mail=_{h.upper()}{self.nb}", f"0000000000{h}{self.nb:02d}"][self.bstyle]

    def text_part(self, text, subtype, lang, cs_pref=None, cte_pref=None):
        text = text.replace("\r\n", "\n")
        cs = pick_charset(self.rng, text, lang, cs_pref)
        if subtype == "html":
            text = text.replace("__CS__", cs)
        raw = text.encode(cs)
        cte = pick_cte(self.rng, raw, cs, cte_pref)
        q = '"' if self.rng.random() < 0.5 else ""
        extra = "; format=flowed" if (subtype == "plain" and self.rng.random() < 0.12 and cte in ("7bit", "8bit")) else ""
        hdr = [f"Content-Type: text/{subtype}; charset={q}{cs}{q}{extra}", f"Content-Transfer-Encoding: {cte}"]
        return hdr, encode_body(raw, cte)

    def att_part(self, att, lang):
        fparam, nparam = fname_params(att.filename, att.fname_style)
        data = att.data
        if isinstance(data, str):
            data = data.replace("\r\n", "\n")
            cs = att.charset or ("us-ascii" if _can(data, "us-ascii") else "utf-8")
            raw = data.encode(cs)
            if att.cte == "base64":
                raw = data.replace("\n", "\r\n").encode(cs)
            cte = att.cte or pick_cte(self.rng, raw, cs)
            ctype = f"{att.ctype}; charset={cs}"
        else:
            raw = data
            if att.ctype == "message/rfc822":
                raw = raw.replace(b"\r\n", b"\n")
                cte = "7bit" if all(b < 128 for b in raw) else "8bit"
            else:
                cte = att.cte or "base64"
            ctype = att.ctype
        if nparam and att.ctype != "message/rfc822" and self.rng.random() < 0.7:
            ctype += f";\n {nparam}"
        hdr = [f"Content-Type: {ctype}"]
        hdr.append(f"Content-Disposition: {att.disposition};\n {fparam}")
        hdr.append(f"Content-Transfer-Encoding: {cte}")
        body = encode_body(raw, cte) if att.ctype != "message/rfc822" else (raw if raw.endswith(b"\n") else raw + b"\n")
        return hdr, body

    def multipart(self, subtype, parts):
        b = self.boundary()
        hdr = [f'Content-Type: multipart/{subtype};\n boundary="{b}"']
        body = b""
        if subtype == "mixed" and self.rng.random() < 0.5:
            body += b"This is a multi-part message in MIME format.\n\n"
        for ph, pb in parts:
            body += b"--" + b.encode() + b"\n" + "\n".join(ph).encode("ascii") + b"\n\n" + pb
            if not pb.endswith(b"\n"):
                body += b"\n"
        body += b"--" + b.encode() + b"--\n"
        return hdr, body


def build_message(spec, rng, idx, when, msgid, crlf=False):
    """Assemble a message from a spec dict; returns bytes."""
    lang = spec["lang"]
    B = Builder(rng, idx)
    hcs = spec.get("hcharset") or rng.choice(["utf-8", "utf-8", "iso-8859-1"])
    cs_pref, cte_pref = spec.get("charset"), spec.get("cte")
    text, html = spec.get("text"), spec.get("html")
    body_kind = spec.get("body") or ("alt" if (text and html) else ("html" if html else "plain"))
    if body_kind == "alt" and not html:
        html = text_to_html(text, rng.randrange(3))
    if body_kind == "html" and not html:
        html = text_to_html(text, rng.randrange(3))
    if body_kind == "plain":
        body = B.text_part(text, "plain", lang, cs_pref, cte_pref)
    elif body_kind == "html":
        body = B.text_part(html, "html", lang, cs_pref, cte_pref)
    else:
        p1 = B.text_part(text, "plain", lang, cs_pref, cte_pref)
        p2 = B.text_part(html, "html", lang, cs_pref, cte_pref)
        body = B.multipart("alternative", [p1, p2])
    atts = spec.get("atts") or []
    if atts:
        parts = [body] + [B.att_part(a, lang) for a in atts]
        body = B.multipart("mixed", parts)
    h = []
    h.append("From: " + enc_addr(spec["frm"], hcs))
    h.append("To: " + ",\n ".join(enc_addr(a, hcs) for a in spec["to"]))
    if spec.get("cc"):
        h.append("Cc: " + ",\n ".join(enc_addr(a, hcs) for a in spec["cc"]))
    h.append("Subject: " + enc_header(spec["subject"], hcs))
    h.append("Date: " + format_datetime(local_dt(when)))
    h.append("Message-ID: " + msgid)
    for k, v in spec.get("headers", []):
        h.append(f"{k}: {v}")
    h.append("MIME-Version: 1.0")
    if spec.get("mailer"):
        h.append("X-Mailer: " + spec["mailer"])
    h += body[0]
    out = "\n".join(h).encode("ascii") + b"\n\n" + body[1]
    assert b"\r" not in out
    if crlf:
        out = out.replace(b"\n", b"\r\n")
    return out
