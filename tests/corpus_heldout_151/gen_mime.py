"""MIME assembly: a hand-written raw builder and one based on the email package.

Both are deterministic: boundaries, Message-IDs and Dates come from the caller's rng.
"""
import base64
import email.policy
import html as htmlmod
import quopri
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
import datetime

PYCS = {"us-ascii": "ascii", "iso-8859-1": "latin-1", "windows-1252": "cp1252", "utf-8": "utf-8"}


def fit_charset(text, cs):
    for c in [cs, "windows-1252", "utf-8"]:
        if c and encodable(text, c):
            return c
    return "utf-8"


def att(kind, filename, data, ctype=None, charset=None, params=None):
    ctypes = {"pdf": "application/pdf", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "csv": "text/csv",
              "ics": "text/calendar", "vcf": "text/vcard", "zip": "application/zip", "eml": "message/rfc822",
              "txt": "text/plain"}
    return dict(kind=kind, filename=filename, data=data, ctype=ctype or ctypes[kind], charset=charset,
                params=params or {})


def encodable(s, cs):
    try:
        s.encode(PYCS[cs])
        return True
    except UnicodeEncodeError:
        return False


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


# --------------------------------------------------------------------------
# Header encoding
# --------------------------------------------------------------------------
def _q(b):
    out = []
    for x in b:
        c = chr(x)
        if c.isalnum() and x < 128:
            out.append(c)
        elif c == " ":
            out.append("_")
        elif c in "!*+-/":
            out.append(c)
        else:
            out.append("=%02X" % x)
    return "".join(out)


def encoded_words(s, cs="utf-8", mode="B", maxlen=72):
    pycs = PYCS[cs]

    def enc(chunk):
        b = chunk.encode(pycs)
        if mode == "B":
            return f"=?{cs}?B?{base64.b64encode(b).decode()}?="
        return f"=?{cs}?Q?{_q(b)}?="

    words, cur = [], ""
    for ch in s:
        if cur and len(enc(cur + ch)) > maxlen:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


def fold_ascii(name, value):
    line = f"{name}: "
    out = []
    for i, w in enumerate(value.split(" ")):
        piece = w if i == 0 else " " + w
        if len(line) + len(piece) > 76 and line.strip().endswith(":") is False and i > 0:
            out.append(line)
            line = " " + w
        else:
            line += piece
    out.append(line)
    return "\n".join(out)


def header_text(name, value, cs, mode):
    if is_ascii(value):
        return fold_ascii(name, value)
    if not encodable(value, cs):
        cs = "utf-8"
    words = encoded_words(value, cs, mode)
    return f"{name}: " + "\n ".join(words)


SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(name, addr, cs, mode):
    if not name:
        return addr
    if is_ascii(name):
        if any(c in SPECIALS for c in name):
            return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '" <' + addr + ">"
        return f"{name} <{addr}>"
    if not encodable(name, cs):
        cs = "utf-8"
    return " ".join(encoded_words(name, cs, mode)) + f" <{addr}>"


def addr_header(hname, addrs, cs, mode):
    items = [fmt_addr(n, a, cs, mode) for n, a in addrs]
    return f"{hname}: " + ",\n ".join(items)


def fname_params(key, fn, use2231):
    if is_ascii(fn) and not use2231:
        return f'{key}="{fn}"'
    from urllib.parse import quote
    return f"{key}*=utf-8''{quote(fn, safe='')}"


# --------------------------------------------------------------------------
# Bodies
# --------------------------------------------------------------------------
def encode_body(text, cs, cte):
    """Return (cte, ascii-or-8bit bytes with LF line ends)."""
    if not text.endswith("\n"):
        text += "\n"
    b = text.encode(PYCS[cs])
    if cte == "7bit" and not is_ascii(text):
        cte = "quoted-printable"
    if cte in ("7bit", "8bit"):
        if max(len(l) for l in b.split(b"\n")) > 900:
            cte = "quoted-printable"
        else:
            return cte, b
    if cte == "quoted-printable":
        return cte, quopri.encodestring(b)
    return "base64", base64.encodebytes(b)


def b64(data):
    return base64.encodebytes(data)


def to_html(text, cs="utf-8", lang="fr"):
    blocks, cur, quote = [], [], []

    def flush():
        if cur:
            blocks.append("<p>" + "<br>\n".join(htmlmod.escape(l, quote=False) for l in cur) + "</p>")
            cur.clear()
        if quote:
            inner = "<br>\n".join(htmlmod.escape(l, quote=False) for l in quote)
            blocks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                          + inner + "</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            if cur:
                flush()
            quote.append(line.lstrip("> ").rstrip())
        elif not line.strip():
            flush()
        else:
            if quote:
                flush()
            cur.append(line)
    flush()
    return (f'<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset={cs}">'
            "</head>\n<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(blocks) + "\n</body></html>\n")


# --------------------------------------------------------------------------
# Raw builder
# --------------------------------------------------------------------------
class Raw:
    def __init__(self, rng, tr, idx):
        self.rng, self.tr, self.idx, self.nb = rng, tr, idx, 0

    def boundary(self):
        self.nb += 1
        style = self.tr["client"]
        h = "%032x" % self.rng.getrandbits(128)
        if style == "outlook":
            return f"_00{self.nb}_{h[:28].upper()}HSALMBX0{self.nb}_"
        if style == "thunderbird":
            return "------------" + h[:24]
        return f"=_Part_{self.idx}_{self.nb}.{int(h[:12], 16)}"

    def leaf_text(self, text, subtype, cs, cte, extra=None):
        cte, body = encode_body(text, cs, cte)
        hdr = [f"Content-Type: text/{subtype}; charset=\"{cs}\"" if self.tr["client"] != "thunderbird"
               else f"Content-Type: text/{subtype}; charset={cs}; format=flowed" if subtype == "plain"
               else f"Content-Type: text/{subtype}; charset={cs}",
               f"Content-Transfer-Encoding: {cte}"]
        if extra:
            hdr += extra
        return "\n".join(hdr).encode() + b"\n\n" + body

    def body_part(self, spec):
        tr = self.tr
        cs, cte = tr["charset"], tr["cte"]
        if tr["structure"] == "plain":
            return self.leaf_text(spec["text"], "plain", cs, cte)
        html = spec.get("html") or to_html(spec["text"], cs, spec["lang"])
        if tr["structure"] == "html":
            return self.leaf_text(html, "html", cs, cte)
        b = self.boundary()
        parts = [self.leaf_text(spec["text"], "plain", cs, tr["cte_alt_text"]),
                 self.leaf_text(html, "html", cs, cte)]
        return self.multipart("alternative", b, parts)

    def multipart(self, sub, b, parts, preamble=False):
        out = [f'Content-Type: multipart/{sub};\n\tboundary="{b}"'.encode(), b""]
        if preamble:
            out.append(b"This is a multi-part message in MIME format.")
        for p in parts:
            out.append(f"--{b}".encode())
            out.append(p.rstrip(b"\n"))
        out.append(f"--{b}--".encode())
        out.append(b"")
        return b"\n".join(out)

    def attachment(self, a):
        tr = self.tr
        fn = a["filename"]
        use2231 = tr["fname2231"] or not is_ascii(fn)
        maintype = a["ctype"].split("/")[0]
        disp = "attachment;\n\t" + fname_params("filename", fn, use2231)
        if a["kind"] == "eml":
            inner = a["data"]
            cte = "7bit" if all(x < 128 for x in inner) else "8bit"
            hdr = (f"Content-Type: message/rfc822;\n\t{fname_params('name', fn, use2231)}\n"
                   f"Content-Transfer-Encoding: {cte}\nContent-Disposition: {disp}\n\n")
            return hdr.encode() + inner
        params = "".join(f"; {k}={v}" for k, v in a["params"].items())
        if maintype == "text":
            text = a["data"]
            cs = fit_charset(text, a.get("charset") or "utf-8")
            cte = self.rng.choice(["base64", "quoted-printable", "base64"] + (["7bit"] if is_ascii(text) else ["8bit"]))
            if a["kind"] in ("ics", "vcf") and cte in ("7bit", "8bit"):
                text = text.replace("\r\n", "\n")
            cte, body = encode_body(text, cs, cte)
            hdr = (f"Content-Type: {a['ctype']}; charset=\"{cs}\"{params};\n\t{fname_params('name', fn, use2231)}\n"
                   f"Content-Transfer-Encoding: {cte}\nContent-Disposition: {disp}\n\n")
            return hdr.encode() + body
        hdr = (f"Content-Type: {a['ctype']};\n\t{fname_params('name', fn, use2231)}\n"
               f"Content-Transfer-Encoding: base64\nContent-Disposition: {disp}\n\n")
        return hdr.encode() + b64(a["data"])

    def headers(self, spec):
        tr = self.tr
        cs, mode = tr["hdr_cs"], tr["hdr_mode"]
        h = [addr_header("From", [spec["frm"]], cs, mode), addr_header("To", spec["to"], cs, mode)]
        if spec.get("cc"):
            h.append(addr_header("Cc", spec["cc"], cs, mode))
        h.append(header_text("Subject", spec["subject"], cs, mode))
        h.append("Date: " + spec["date_hdr"])
        h.append("Message-ID: " + spec["msgid"])
        if spec.get("in_reply_to"):
            h.append("In-Reply-To: " + spec["in_reply_to"])
            h.append("References: " + spec["in_reply_to"])
        h.append("MIME-Version: 1.0")
        if tr["client"] == "outlook":
            h.append("Content-Language: " + ("fr-CA" if spec["lang"] == "fr" else "en-CA"))
            h.append("X-MS-Has-Attach: " + ("yes" if spec.get("atts") else ""))
        elif tr["client"] == "thunderbird":
            h.append("User-Agent: Mozilla Thunderbird")
        else:
            h.append("X-Mailer: " + tr.get("mailer", "Zimbra 9.0 (ZimbraWebClient - FF128)"))
        for k, v in spec.get("extra_headers", []):
            h.append(f"{k}: {v}")
        return "\n".join(h).encode()

    def build(self, spec):
        body = self.body_part(spec)
        if spec.get("atts"):
            parts = [body] + [self.attachment(a) for a in spec["atts"]]
            body = self.multipart("mixed", self.boundary(), parts, preamble=self.tr["client"] != "thunderbird")
        top, rest = body.split(b"\n\n", 1)
        return self.headers(spec) + b"\n" + top + b"\n\n" + rest


# --------------------------------------------------------------------------
# email-package builder
# --------------------------------------------------------------------------
def build_pkg(spec, tr, rng, idx):
    from email.headerregistry import Address
    msg = EmailMessage(policy=email.policy.default)

    def addr(n, a):
        local, dom = a.split("@")
        return Address(display_name=n or "", username=local, domain=dom)

    msg["From"] = addr(*spec["frm"])
    msg["To"] = [addr(n, a) for n, a in spec["to"]]
    if spec.get("cc"):
        msg["Cc"] = [addr(n, a) for n, a in spec["cc"]]
    msg["Subject"] = spec["subject"]
    msg["Date"] = spec["date_hdr"]
    msg["Message-ID"] = spec["msgid"]
    if spec.get("in_reply_to"):
        msg["In-Reply-To"] = spec["in_reply_to"]
        msg["References"] = spec["in_reply_to"]
    msg["X-Mailer"] = tr.get("mailer", "HSAL Notifier 2.3")
    for k, v in spec.get("extra_headers", []):
        msg[k] = v
    cs, cte = tr["charset"], tr["cte"]
    text = spec["text"] if spec["text"].endswith("\n") else spec["text"] + "\n"
    html = spec.get("html") or to_html(text, cs, spec["lang"])

    def safe_cte(s, c):
        if c == "7bit" and not is_ascii(s):
            return "quoted-printable"
        if c in ("7bit", "8bit") and max(len(l) for l in s.split("\n")) > 900:
            return "quoted-printable"
        return c

    if tr["structure"] == "plain":
        msg.set_content(text, charset=cs, cte=safe_cte(text, cte))
    elif tr["structure"] == "html":
        msg.set_content(html, subtype="html", charset=cs, cte=safe_cte(html, cte))
    else:
        msg.set_content(text, charset=cs, cte=safe_cte(text, tr["cte_alt_text"]))
        msg.add_alternative(html, subtype="html", charset=cs, cte=safe_cte(html, cte))
    for a in spec.get("atts", []):
        fn = a["filename"]
        if a["kind"] == "eml":
            inner = BytesParser(policy=email.policy.default).parsebytes(a["data"])
            msg.add_attachment(inner, filename=fn)
        elif a["ctype"].startswith("text/"):
            sub = a["ctype"].split("/")[1]
            data = a["data"]
            acs = fit_charset(data, a.get("charset") or "utf-8")
            msg.add_attachment(data.encode(PYCS[acs]), maintype="text", subtype=sub, filename=fn,
                               params=dict(a["params"], charset=acs))
        else:
            mt, st = a["ctype"].split("/")
            msg.add_attachment(a["data"], maintype=mt, subtype=st, filename=fn)
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"===============%010d{n}{idx:03d}==" % rng.randint(0, 10 ** 10 - 1))
    pol = email.policy.default.clone(linesep="\n")
    return msg.as_bytes(policy=pol)


# --------------------------------------------------------------------------
def choose_transport(rng, spec, plan):
    """plan: dict of forced choices; the rest drawn from rng."""
    tr = {}
    tr["builder"] = plan.get("builder") or ("pkg" if rng.random() < 0.25 else "raw")
    tr["client"] = plan.get("client") or rng.choice(["outlook", "outlook", "thunderbird", "zimbra"])
    tr["structure"] = plan.get("structure") or rng.choice(["plain", "plain", "alt", "alt", "html"])
    if spec.get("html_only"):
        tr["structure"] = "html"
    cs = plan.get("charset") or rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252", "us-ascii"])
    texts = [spec["text"], spec.get("html") or ""]
    order = [cs, "iso-8859-1", "windows-1252", "utf-8"]
    for c in order:
        if all(encodable(t, c) for t in texts):
            cs = c
            break
    tr["charset"] = cs
    tr["cte"] = plan.get("cte") or rng.choice(["quoted-printable", "quoted-printable", "8bit", "base64", "7bit"])
    tr["cte_alt_text"] = rng.choice(["quoted-printable", "8bit", "7bit", "base64"])
    tr["eol"] = plan.get("eol") or ("crlf" if rng.random() < 0.5 else "lf")
    tr["hdr_mode"] = plan.get("hdr_mode") or rng.choice(["B", "Q"])
    tr["hdr_cs"] = "iso-8859-1" if (cs in ("iso-8859-1", "windows-1252") and rng.random() < 0.6) else "utf-8"
    tr["fname2231"] = plan.get("fname2231", rng.random() < 0.3)
    tr["mailer"] = rng.choice(["Zimbra 9.0 (ZimbraWebClient - FF128)", "SIC-Clinique 4.2 notifier",
                               "Microsoft Outlook 16.0", "Apple Mail (2.3776)"])
    return tr


def build_message(spec, tr, rng, idx):
    if tr["builder"] == "pkg":
        data = build_pkg(spec, tr, rng, idx)
    else:
        data = Raw(rng, tr, idx).build(spec)
    data = data.replace(b"\r\n", b"\n")
    if tr["eol"] == "crlf":
        data = data.replace(b"\n", b"\r\n")
    return data


def date_header(dt):
    # Eastern time: EDT from the 2nd Sunday of March to the 1st Sunday of November.
    y = dt.year
    mar = datetime.date(y, 3, 8)
    start = mar + datetime.timedelta(days=(6 - mar.weekday()) % 7)
    nov = datetime.date(y, 11, 1)
    end = nov + datetime.timedelta(days=(6 - nov.weekday()) % 7)
    off = -4 if start <= dt.date() < end else -5
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return format_datetime(dt.replace(tzinfo=tz))


def make_msgid(rng, dt, host):
    style = rng.randint(0, 2)
    if style == 0:
        return f"<{dt.strftime('%Y%m%d%H%M%S')}.{rng.getrandbits(40):010x}@{host}>"
    if style == 1:
        return "<" + "%08X" % rng.getrandbits(32) + "." + "%012X" % rng.getrandbits(48) + f"@mbx0{rng.randint(1, 4)}.{host}>"
    return f"<{rng.getrandbits(64):016x}-{rng.getrandbits(16):04x}@{host}>"
