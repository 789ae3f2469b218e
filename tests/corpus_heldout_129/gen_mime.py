"""Message specs, block rendering (plain / HTML) and hand-assembled MIME serialisation."""
import base64
import binascii
import html
import html.entities
import re
import urllib.parse
from email.utils import format_datetime

from gen_common import Person


class Att:
    """An attachment.  kind: pdf docx xlsx zip csv ics vcf eml txt."""

    def __init__(self, filename, kind, data=None, inner=None, charset="utf-8", method=None):
        self.filename, self.kind, self.data, self.inner = filename, kind, data, inner
        self.charset, self.method = charset, method


class Spec:
    def __init__(self, cat, lang, conf, note, frm, to, subject, blocks, types=(), atts=(), cc=(),
                 ids=(), nams=(), reply_to_id=None, fmt=None, names=()):
        self.cat, self.lang, self.conf, self.note = cat, lang, conf, note
        self.frm, self.to, self.cc = frm, list(to), list(cc)
        self.subject, self.blocks = subject, list(blocks)
        self.types = set(types)
        self.atts = list(atts)
        self.ids = list(ids)          # (kind, compact value) for checksum identifiers and MRNs
        self.nams = list(nams)        # Patient objects whose NAM appears
        self.names = list(names)      # Patient objects named (for verification)
        self.reply_to_id = reply_to_id
        self.fmt = fmt                # force 'plain' / 'html' / 'alt'
        self.date = None
        self.msgid = None


def as_addr(p):
    if isinstance(p, Person):
        return p.addr()
    return p


# ----------------------------------------------------------------- block rendering
def _plain_table(header, rows, style):
    rows = [[str(c) for c in r] for r in rows]
    header = [str(c) for c in header] if header else None
    allr = ([header] if header else []) + rows
    if style == "tab":
        return "\n".join("\t".join(r) for r in allr)
    if style == "semi":
        return "\n".join(" ; ".join(r) for r in allr)
    widths = [max(len(r[i]) for r in allr if i < len(r)) for i in range(max(len(r) for r in allr))]
    if style == "pipe":
        out = []
        for j, r in enumerate(allr):
            out.append("| " + " | ".join(c.ljust(widths[i]) for i, c in enumerate(r)) + " |")
            if j == 0 and header:
                out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
        return "\n".join(out)
    out = []
    for j, r in enumerate(allr):
        out.append("  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if j == 0 and header:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def render_plain(blocks, lang, tstyle="fixed"):
    parts = []
    for b in blocks:
        if isinstance(b, str):
            parts.append(b)
            continue
        k = b[0]
        if k == "table":
            parts.append(_plain_table(b[1], b[2], tstyle))
        elif k == "kv":
            sep = " : " if lang == "fr" else ": "
            parts.append("\n".join(f"{a}{sep}{v}" for a, v in b[1]))
        elif k == "list":
            parts.append("\n".join(("- " if lang == "en" else "- ") + it for it in b[1]))
        elif k == "pre":
            parts.append(b[1])
        elif k == "sig":
            parts.append("-- \n" + "\n".join(b[1]) if len(b) < 3 or b[2] else "\n".join(b[1]))
        elif k == "quote":
            intro, inner = b[1], b[2]
            prefix = b[3] if len(b) > 3 else True
            txt = render_plain(inner, lang, tstyle)
            if prefix:
                q = "\n".join((">" + (" " + ln if ln else "")) for ln in txt.split("\n"))
                parts.append("\n".join(intro) + "\n" + q if intro else q)
            else:
                parts.append("\n".join(intro) + "\n\n" + txt)
        elif k == "fwd":
            head = b[1]
            txt = render_plain(b[2], lang, tstyle)
            parts.append("\n".join(head) + "\n\n" + txt)
        else:
            raise ValueError(k)
    return "\n\n".join(parts) + "\n"


def _ent(s, entities):
    s = html.escape(s, quote=False)
    if not entities:
        return s
    out = []
    for ch in s:
        o = ord(ch)
        if o < 128:
            out.append(ch)
        elif o in html.entities.codepoint2name and entities == "named":
            out.append("&%s;" % html.entities.codepoint2name[o])
        else:
            out.append("&#%d;" % o)
    return "".join(out)


def render_html_blocks(blocks, lang, style, entities):
    e = lambda s: _ent(s, entities)
    P = '<p class=MsoNormal>%s</p>' if style == "outlook" else ('<div>%s</div>' if style == "gmail" else '<p>%s</p>')
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(P % "<br>\n".join(e(x) for x in b.split("\n")))
            if style == "gmail":
                out.append("<div><br></div>")
            continue
        k = b[0]
        if k == "table":
            t = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">']
            if b[1]:
                t.append("<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in b[1]) + "</tr>")
            for r in b[2]:
                t.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
        elif k == "kv":
            sep = " : " if lang == "fr" else ": "
            out.append(P % "<br>\n".join(f"<b>{e(a)}</b>{e(sep)}{e(str(v))}" for a, v in b[1]))
        elif k == "list":
            out.append("<ul>" + "".join(f"<li>{e(it)}</li>" for it in b[1]) + "</ul>")
        elif k == "pre":
            out.append("<pre>" + e(b[1]) + "</pre>")
        elif k == "sig":
            out.append('<div style="color:#555555;font-size:9pt">' + "<br>\n".join(e(x) for x in b[1]) + "</div>")
        elif k == "quote":
            intro = "<br>\n".join(e(x) for x in b[1])
            inner = render_html_blocks(b[2], lang, style, entities)
            if style == "outlook":
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                           f'<p class=MsoNormal>{intro}</p></div>\n{inner}')
            else:
                out.append(f'<div class="gmail_quote"><div class="gmail_attr">{intro}</div>'
                           '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px '
                           f'#ccc solid;padding-left:1ex">\n{inner}\n</blockquote></div>')
        elif k == "fwd":
            head = "<br>\n".join(e(x) for x in b[1])
            inner = render_html_blocks(b[2], lang, style, entities)
            out.append(f'<div class="fwd">{head}<br><br>\n{inner}</div>')
        else:
            raise ValueError(k)
    return "\n".join(out)


def render_html(blocks, lang, style, entities, charset):
    body = render_html_blocks(blocks, lang, style, entities)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
                f'</head>\n<body lang="{ "FR-CA" if lang == "fr" else "EN-CA"}">\n<div class=WordSection1>\n'
                f'{body}\n</div>\n</body>\n</html>\n')
    if style == "gmail":
        return f'<div dir="ltr">\n{body}\n</div>\n'
    return f'<!DOCTYPE html>\n<html><head><meta charset="{charset}"></head><body>\n{body}\n</body></html>\n'


# ----------------------------------------------------------------- header encoding
def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _q_word(chunk, cs):
    out = []
    for byte in chunk.encode(cs):
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif c.isalnum() and byte < 128 or c in "!*+-/":
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "".join(out)


def encoded_words(text, cs="utf-8", mode="B"):
    """Split text into RFC 2047 encoded words of at most 75 characters without splitting characters."""
    if not _can(text, cs):
        cs = "utf-8"
    words, cur = [], ""
    overhead = len(f"=?{cs}?{mode}??=")
    for ch in text:
        trial = cur + ch
        enc = base64.b64encode(trial.encode(cs)).decode() if mode == "B" else _q_word(trial, cs)
        if overhead + len(enc) > 75 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    res = []
    for w in words:
        enc = base64.b64encode(w.encode(cs)).decode() if mode == "B" else _q_word(w, cs)
        res.append(f"=?{cs}?{mode}?{enc}?=")
    return res


def fold(name, value):
    """Fold an ASCII header at spaces, 78 columns."""
    line = f"{name}: "
    out = []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if len(line) + len(piece) > 78 and line.strip() != f"{name}:":
            out.append(line)
            line = " " + word
        else:
            line += piece
    out.append(line)
    return "\n".join(out)


def unstructured(name, value, cs, mode):
    if _is_ascii(value):
        return fold(name, value)
    return f"{name}: " + "\n ".join(encoded_words(value, cs, mode))


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def phrase_words(disp, cs, mode):
    """Encode a display name: one encoded word when it fits, otherwise plain atoms for ASCII words and one
    encoded word per run of words that need encoding (spaces kept inside the encoded text)."""
    whole = encoded_words(disp, cs, mode)
    if len(whole) == 1:
        return whole[0]
    out, run = [], []
    for w in disp.split(" "):
        if _is_ascii(w) and not _SPECIALS.search(w):
            if run:
                out.append(" ".join(encoded_words(" ".join(run), cs, mode)))
                run = []
            out.append(w)
        else:
            run.append(w)
    if run:
        out.append(" ".join(encoded_words(" ".join(run), cs, mode)))
    return " ".join(out)


def address_list(name, addrs, cs, mode):
    items = []
    for disp, email in addrs:
        if not disp:
            items.append(email)
        elif _is_ascii(disp):
            d = f'"{disp}"' if _SPECIALS.search(disp) else disp
            items.append(f"{d} <{email}>")
        else:
            items.append(phrase_words(disp, cs, mode) + f" <{email}>")
    return f"{name}: " + ",\n ".join(items)


def param(pname, value, mode):
    """A MIME parameter; non-ASCII values use RFC 2231 (optionally continued) or RFC 2047."""
    if _is_ascii(value) and mode != "2231ascii":
        return f'{pname}="{value}"'
    if mode == "2047":
        return f'{pname}="' + "".join(encoded_words(value, "utf-8", "B")) + '"'
    cs = "iso-8859-1" if mode == "2231latin" and _can(value, "iso-8859-1") else "utf-8"
    if mode == "2231ascii" and _is_ascii(value):
        cs = "us-ascii"
    enc = urllib.parse.quote(value.encode(cs), safe="")
    if mode == "2231cont" or len(enc) > 60:
        size = 24 if mode == "2231cont" else 40
        chunks = [enc[i:i + size] for i in range(0, len(enc), size)]
        # do not split a %XX escape
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
            fixed.append(carry)
        parts = []
        for i, c in enumerate(fixed):
            pre = f"{cs}''" if i == 0 else ""
            parts.append(f"{pname}*{i}*={pre}{c}")
        return ";\n ".join(parts)
    return f"{pname}*={cs}''{enc}"


def _can(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


# ----------------------------------------------------------------- transports
class Transport:
    def __init__(self, fmt="plain", charset="utf-8", cte="8bit", crlf=False, hmode="B", hcs="utf-8",
                 fname="2231", hstyle="outlook", entities=False, tstyle="fixed", mailer="outlook",
                 att_cte="base64"):
        self.fmt, self.charset, self.cte, self.crlf = fmt, charset, cte, crlf
        self.hmode, self.hcs, self.fname, self.hstyle = hmode, hcs, fname, hstyle
        self.entities, self.tstyle, self.mailer, self.att_cte = entities, tstyle, mailer, att_cte


def pick_charset(text, pref):
    for cs in [pref, "iso-8859-1" if pref == "us-ascii" else None, "windows-1252", "utf-8"]:
        if cs and _can(text, cs):
            return cs
    return "utf-8"


def pick_cte(data, pref):
    ascii_ok = all(b < 128 for b in data)
    longest = max((len(x) for x in data.split(b"\n")), default=0)
    if pref in ("7bit", "8bit"):
        if longest > 900:
            return "quoted-printable"
        return "7bit" if ascii_ok else "8bit"
    return pref


def encode_body(data, cte):
    if cte in ("7bit", "8bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, quotetabs=False, istext=True, header=False).rstrip(b"\n") + b"\n"
    return base64.encodebytes(data)


def text_leaf(text, subtype, t, extra=""):
    cs = pick_charset(text, t.charset)
    data = text.encode(cs)
    cte = pick_cte(data, t.cte)
    head = [f"Content-Type: text/{subtype}; charset=\"{cs}\"{extra}", f"Content-Transfer-Encoding: {cte}"]
    return head, encode_body(data, cte)


class Builder:
    def __init__(self, rng, serial):
        self.rng, self.serial, self.nb = rng, serial, 0

    def boundary(self, t):
        self.nb += 1
        h = "%032x" % self.rng.getrandbits(128)
        if t.mailer == "outlook":
            return f"_{self.nb:03d}_{h[:20].upper()}_"
        if t.mailer == "gmail":
            return f"000000000000{h[:16]}"
        if t.mailer == "thunderbird":
            return f"------------{h[:24]}"
        return f"----=_Part_{self.serial}_{self.nb}.{int(h[:10], 16)}"

    def multipart(self, sub, parts, t, extra=""):
        b = self.boundary(t)
        head = [f'Content-Type: multipart/{sub};\n boundary="{b}"{extra}']
        body = b""
        if self.rng.random() < 0.4:
            body += b"This is a multi-part message in MIME format.\n"
        for ph, pb in parts:
            body += f"\n--{b}\n".encode() + "\n".join(ph).encode() + b"\n\n" + pb
        body += f"\n--{b}--\n".encode()
        return head, body

    def body_parts(self, spec, t):
        if spec.fmt == "html" or (spec.fmt is None and t.fmt == "html"):
            fmt = "html"
        elif spec.fmt == "plain" or (spec.fmt is None and t.fmt == "plain"):
            fmt = "plain"
        else:
            fmt = "alt"
        plain = render_plain(spec.blocks, spec.lang, t.tstyle)
        if fmt == "plain":
            return text_leaf(plain, "plain", t, "; format=flowed" if t.mailer == "thunderbird" else "")
        cs = pick_charset(plain if not t.entities else "", t.charset)
        htm = render_html(spec.blocks, spec.lang, t.hstyle, t.entities, cs)
        hleaf = text_leaf(htm, "html", t)
        if fmt == "html":
            return hleaf
        pleaf = text_leaf(plain, "plain", t)
        return self.multipart("alternative", [pleaf, hleaf], t)

    def att_part(self, a, t, lf_parent):
        fn = a.filename
        dispo = "attachment; " + param("filename", fn, t.fname)
        ctypes = {"pdf": "application/pdf",
                  "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  "zip": "application/zip", "csv": "text/csv", "ics": "text/calendar",
                  "vcf": "text/vcard" if self.rng.random() < 0.6 else "text/x-vcard", "txt": "text/plain",
                  "eml": "message/rfc822"}
        ct = ctypes[a.kind]
        if a.kind == "eml":
            inner = self.build(a.inner, a.inner.transport, top=False)
            data = inner
            cte = "7bit" if all(b < 128 for b in data) else "8bit"
            head = [f"Content-Type: {ct}" + ("; " + param("name", fn, t.fname) if self.rng.random() < 0.5 else ""),
                    f"Content-Transfer-Encoding: {cte}", f"Content-Disposition: {dispo}"]
            return head, data if data.endswith(b"\n") else data + b"\n"
        if a.kind in ("csv", "ics", "vcf", "txt"):
            data = a.data if isinstance(a.data, bytes) else a.data.encode(a.charset)
            cte = t.att_cte if t.att_cte != "7bit" else pick_cte(data, "7bit")
            extra = f'; charset="{a.charset}"'
            if a.kind == "ics" and a.method:
                extra += f"; method={a.method}"
            head = [f"Content-Type: {ct}{extra}; " + param("name", fn, t.fname),
                    f"Content-Transfer-Encoding: {cte}", f"Content-Disposition: {dispo}"]
            return head, encode_body(data, cte)
        head = [f"Content-Type: {ct}; " + param("name", fn, t.fname), "Content-Transfer-Encoding: base64",
                f"Content-Disposition: {dispo}"]
        return head, base64.encodebytes(a.data)

    def build(self, spec, t, top=True):
        frm = as_addr(spec.frm)
        to = [as_addr(x) for x in spec.to]
        cc = [as_addr(x) for x in spec.cc]
        if spec.atts:
            bh, bb = self.body_parts(spec, t)
            parts = [(bh, bb)] + [self.att_part(a, t, not t.crlf) for a in spec.atts]
            mh, mb = self.multipart("mixed", parts, t)
        else:
            mh, mb = self.body_parts(spec, t)
        hdr = []
        date = format_datetime(spec.date)
        std = [address_list("From", [frm], t.hcs, t.hmode),
               address_list("To", to, t.hcs, t.hmode)]
        if cc:
            std.append(address_list("Cc", cc, t.hcs, t.hmode))
        subj = unstructured("Subject", spec.subject, t.hcs, t.hmode)
        if t.mailer == "outlook":
            hdr += std + [subj]
            hdr.append(unstructured("Thread-Topic", re.sub(r"^((RE|TR|Fwd?|FW|TR) ?: ?)+", "", spec.subject,
                                                           flags=re.I), t.hcs, t.hmode))
            hdr += [f"Date: {date}", f"Message-ID: {spec.msgid}"]
            if spec.reply_to_id:
                hdr += [f"References: {spec.reply_to_id}", f"In-Reply-To: {spec.reply_to_id}"]
            hdr += [f"Content-Language: {'fr-CA' if spec.lang == 'fr' else 'en-CA'}",
                    f"X-MS-Has-Attach: {'yes' if spec.atts else ''}".rstrip()]
        else:
            hdr += [f"Date: {date}"] + std + [subj, f"Message-ID: {spec.msgid}"]
            if spec.reply_to_id:
                hdr += [f"In-Reply-To: {spec.reply_to_id}", f"References: {spec.reply_to_id}"]
            if t.mailer == "thunderbird":
                hdr.append("User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 "
                           "Thunderbird/128.3.1")
            elif t.mailer == "emr":
                hdr.append("X-Mailer: DossierPlus Notifications 7.2")
            elif t.mailer == "apple":
                hdr.append("X-Mailer: iPhone Mail (21G93)")
        hdr.append("MIME-Version: 1.0")
        out = "\n".join(hdr + mh).encode("ascii") + b"\n\n" + mb
        return out


def finish(raw, crlf):
    raw = raw.replace(b"\r\n", b"\n")
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    return raw
