"""Hand-assembled MIME: fixed boundaries, chosen charsets, transfer encodings and line ends."""
import base64
import html as htmlmod
import quopri
import urllib.parse
from dataclasses import dataclass, field
from email import charset as csmod
from email.header import Header
from email.utils import format_datetime

from gen_common import DAYS, MONTHS

MOIS_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MOIS_FULL = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


@dataclass
class Att:
    filename: str
    ctype: str
    data: object            # bytes, or str for text/*
    charset: str = "utf-8"  # for text attachments
    inline: bool = False


@dataclass
class Content:
    text: str
    html: str = None
    atts: list = field(default_factory=list)
    force_mode: str = None   # 'plain' | 'html' | 'alt'


@dataclass
class Mail:
    sender: tuple           # (display name, address)
    to: list                # [(name, addr)]
    subject: str
    date: object            # aware datetime
    msgid: str
    content: Content
    cc: list = field(default_factory=list)
    in_reply_to: str = None
    extra: list = field(default_factory=list)   # [(name, value)] ascii only


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def can_enc(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def _charset(name, enc):
    c = csmod.Charset(name)
    c.header_encoding = csmod.QP if enc == "q" else csmod.BASE64
    return c


def enc_words(s, mode):
    """mode: raw | q-utf8 | b-utf8 | q-latin1 | b-cp1252"""
    if mode == "raw":
        return s
    enc, cs = mode.split("-")
    cs = {"utf8": "utf-8", "latin1": "iso-8859-1", "cp1252": "windows-1252"}[cs]
    return Header(s, charset=_charset(cs, enc), maxlinelen=76, header_name="Subject").encode()


SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(name, addr, mode):
    if not name:
        return addr
    if is_ascii(name):
        if any(c in SPECIALS for c in name):
            esc = name.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{esc}" <{addr}>'
        return f"{name} <{addr}>"
    if mode == "raw" or (mode.endswith("latin1") and not can_enc(name, "iso-8859-1")) or \
            (mode.endswith("cp1252") and not can_enc(name, "windows-1252")):
        mode = "b-utf8"
    return f"{enc_words(name, mode)} <{addr}>"


def _fname_params(fn, mode, key):
    if mode == "plain" and is_ascii(fn):
        return f'{key}="{fn}"'
    if mode == "rfc2047":
        return f'{key}="{enc_words(fn, "b-utf8")}"'
    q = urllib.parse.quote(fn, safe="")
    if mode == "rfc2231cont" and len(q) > 30:
        chunks = [q[i:i + 30] for i in range(0, len(q), 30)]
        return ";\n\t".join(f"{key}*{n}*={'utf-8' + chr(39) * 2 if n == 0 else ''}{c}" for n, c in enumerate(chunks))
    return f"{key}*=utf-8''{q}"


def encode_body(data, cte):
    if cte in ("7bit", "8bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def html_from_text(text, lang="fr"):
    out, para = [], []
    quote_open = False

    def flush():
        if para:
            out.append("<p>" + "<br>\n".join(para) + "</p>")
            para.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            if not quote_open:
                flush()
                out.append('<blockquote style="border-left:2px solid #999;padding-left:6px;margin-left:4px">')
                quote_open = True
            out.append(htmlmod.escape(line.lstrip("> ")) + "<br>")
            continue
        if quote_open:
            out.append("</blockquote>")
            quote_open = False
        if not line.strip():
            flush()
        else:
            para.append(htmlmod.escape(line))
    flush()
    if quote_open:
        out.append("</blockquote>")
    body = "\n".join(out)
    return (f'<html lang="{lang}">\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n{body}\n</body>\n</html>\n')


def choose_transport(rng, mail, lang):
    c = mail.content
    texts = [c.text, c.html or ""]
    allt = "".join(texts)
    t = {}
    t["mode"] = c.force_mode or rng.choices(["plain", "alt", "html"], [45, 35, 20])[0]
    opts = ["utf-8"] * 3
    if can_enc(allt, "iso-8859-1"):
        opts += ["iso-8859-1"] * 2
    if can_enc(allt, "windows-1252"):
        opts += ["windows-1252"] * 2
    if is_ascii(allt):
        opts += ["us-ascii"] * 3
    t["charset"] = rng.choice(opts)
    if is_ascii(allt):
        t["cte"] = rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
    else:
        t["cte"] = rng.choice(["8bit", "8bit", "quoted-printable", "quoted-printable", "base64"])
    t["cte_html"] = rng.choice([t["cte"], "quoted-printable", "base64"]) if not is_ascii(allt) else \
        rng.choice([t["cte"], "7bit", "quoted-printable"])
    t["eol"] = "\r\n" if rng.random() < 0.4 else "\n"
    subj = mail.subject
    if is_ascii(subj):
        t["subj"] = "raw" if rng.random() < 0.88 else "q-utf8"
    else:
        so = ["q-utf8", "b-utf8"]
        if can_enc(subj, "iso-8859-1"):
            so += ["q-latin1"]
        if can_enc(subj, "windows-1252"):
            so += ["b-cp1252"]
        t["subj"] = rng.choice(so)
    t["names"] = rng.choice(["q-utf8", "b-utf8", "q-latin1", "b-cp1252"])
    t["fname"] = rng.choice(["plain", "rfc2231", "rfc2231cont", "rfc2047", "plain"])
    t["bstyle"] = rng.choice(["part", "hsab", "apple", "outlook"])
    t["mailer"] = rng.choice([None, "Microsoft Outlook 16.0", "Mozilla Thunderbird 115.6.0",
                              "Zimbra 9.0 (ZimbraWebClient)", None, "Apple Mail (2.3774)"])
    return t


class Builder:
    def __init__(self, idx, t):
        self.idx, self.t, self.k = idx, t, 0

    def boundary(self):
        self.k += 1
        st = self.t["bstyle"]
        h = f"{(self.idx * 7919 + self.k * 104729) % 16 ** 8:08x}"
        return {"part": f"----=_Part_{self.idx}_{self.k}.{h}",
                "hsab": f"=_hsab_{h}_{self.k:02d}",
                "apple": f"Apple-Mail={h.upper()}-{self.k:04d}-4A1B-9C2D",
                "outlook": f"_00{self.k}_{h}YTBPR01MB{self.idx:04d}_"}[st]

    def text_leaf(self, subtype, text, cs, cte):
        data = text.replace("\r\n", "\n").encode(cs)
        if cte == "7bit" and not is_ascii(text):
            cte = "8bit"
        hdr = [f'Content-Type: text/{subtype}; charset="{cs}"', f"Content-Transfer-Encoding: {cte}"]
        return hdr, encode_body(data, cte)

    def att_leaf(self, att):
        fn = att.filename
        fm = self.t["fname"] if not is_ascii(fn) else ("plain" if self.t["fname"] in ("rfc2047",) else self.t["fname"])
        if not is_ascii(fn) and fm == "plain":
            fm = "rfc2231"
        disp = "inline" if att.inline else "attachment"
        if att.ctype == "message/rfc822":
            data = att.data
            cte = "7bit"
            try:
                data.decode("ascii")
            except UnicodeDecodeError:
                cte = "8bit"
            hdr = ["Content-Type: message/rfc822", f"Content-Transfer-Encoding: {cte}",
                   f"Content-Disposition: {disp};\n\t{_fname_params(fn, fm, 'filename')}"]
            return hdr, data if data.endswith(b"\n") else data + b"\n"
        if att.ctype.startswith("text/"):
            data = att.data.replace("\r\n", "\n").encode(att.charset) if isinstance(att.data, str) else att.data
            cte = "base64" if (self.idx + len(fn)) % 3 == 0 else ("quoted-printable" if (self.idx + len(fn)) % 3 == 1 else "8bit")
            ctype = f'{att.ctype}; charset="{att.charset}"'
        else:
            data, cte, ctype = att.data, "base64", att.ctype
        hdr = [f"Content-Type: {ctype};\n\t{_fname_params(fn, fm, 'name')}",
               f"Content-Transfer-Encoding: {cte}",
               f"Content-Disposition: {disp};\n\t{_fname_params(fn, fm, 'filename')}"]
        return hdr, encode_body(data, cte)

    def multipart(self, subtype, parts):
        b = self.boundary()
        hdr = [f'Content-Type: multipart/{subtype};\n\tboundary="{b}"']
        body = b""
        if subtype == "mixed":
            body += b"This is a multi-part message in MIME format.\n"
        for ph, pb in parts:
            body += f"\n--{b}\n".encode() + "\n".join(ph).encode() + b"\n\n" + pb
        body += f"\n--{b}--\n".encode()
        return hdr, body


def render(mail, t, idx, lang):
    b = Builder(idx, t)
    c = mail.content
    cs = t["charset"]
    html = c.html or html_from_text(c.text, lang)
    if c.html is None:
        html = html.replace('charset=utf-8', f'charset={cs}')
    if t["mode"] == "plain":
        body = b.text_leaf("plain", c.text, cs, t["cte"])
    elif t["mode"] == "html":
        body = b.text_leaf("html", html, cs, t["cte_html"])
    else:
        body = b.multipart("alternative", [b.text_leaf("plain", c.text, cs, t["cte"]),
                                           b.text_leaf("html", html, cs, t["cte_html"])])
    if c.atts:
        body = b.multipart("mixed", [body] + [b.att_leaf(a) for a in c.atts])
    nm = t["names"]
    hdrs = [f"From: {fmt_addr(mail.sender[0], mail.sender[1], nm)}",
            "To: " + ",\n\t".join(fmt_addr(n, a, nm) for n, a in mail.to)]
    if mail.cc:
        hdrs.append("Cc: " + ",\n\t".join(fmt_addr(n, a, nm) for n, a in mail.cc))
    smode = t["subj"] if (t["subj"] != "raw" or is_ascii(mail.subject)) else "q-utf8"
    hdrs += [f"Subject: {enc_words(mail.subject, smode)}",
             f"Date: {format_datetime(mail.date)}",
             f"Message-ID: {mail.msgid}"]
    if mail.in_reply_to:
        hdrs += [f"In-Reply-To: {mail.in_reply_to}", f"References: {mail.in_reply_to}"]
    if t.get("mailer"):
        hdrs.append(f"X-Mailer: {t['mailer']}")
    for k, v in mail.extra:
        hdrs.append(f"{k}: {v}")
    hdrs.append("MIME-Version: 1.0")
    raw = "\n".join(hdrs).encode("ascii") + b"\n" + "\n".join(body[0]).encode("ascii") + b"\n\n" + body[1]
    if t["eol"] == "\r\n":
        raw = raw.replace(b"\n", b"\r\n")
    return raw


def render_inner(mail, t, idx, lang):
    """An attached .eml: always LF here (the outer render converts line ends)."""
    t2 = dict(t)
    t2["eol"] = "\n"
    return render(mail, t2, idx + 5000, lang)


# ---------------------------------------------------------------- quoting helpers
def quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").split("\n"))


def said_fr(dt, name, addr):
    return f"Le {dt.day} {MOIS_ABBR[dt.month - 1]} {dt.year} à {dt.hour:02d}:{dt.minute:02d}, {name} <{addr}> a écrit :"


def said_en(dt, name, addr):
    return f"On {MONTHS[dt.month - 1][:3]} {dt.day}, {dt.year}, at {dt.hour % 12 or 12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}, {name} <{addr}> wrote:"


def fwd_fr(dt, frm, to, subject, body):
    return ("-------- Message transféré --------\n"
            f"De : {frm}\nDate : {dt.day} {MOIS_FULL[dt.month - 1]} {dt.year} {dt.hour:02d}:{dt.minute:02d}\n"
            f"À : {to}\nObjet : {subject}\n\n{body}")


def fwd_en(dt, frm, to, subject, body, outlook=False):
    if outlook:
        return ("-----Original Message-----\n"
                f"From: {frm}\nSent: {DAYS[dt.weekday()]}, {MONTHS[dt.month - 1]} {dt.day}, {dt.year} {dt.hour % 12 or 12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}\n"
                f"To: {to}\nSubject: {subject}\n\n{body}")
    return ("---------- Forwarded message ---------\n"
            f"From: {frm}\nDate: {DAYS[dt.weekday()][:3]}, {MONTHS[dt.month - 1][:3]} {dt.day}, {dt.year} at {dt.hour % 12 or 12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}\n"
            f"Subject: {subject}\nTo: {to}\n\n{body}")
