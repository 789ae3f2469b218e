"""Hand-assembled MIME: renders a Doc into the bytes of an .eml file."""
import base64
import datetime
import html
import quopri
import re
import urllib.parse

import gen_attach as A
from gen_common import Att, Fwd, Quote, Sig, Table

CTYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv", "ics": "text/calendar", "vcf": "text/vcard", "zip": "application/zip",
    "eml": "message/rfc822", "txt": "text/plain",
}


# ---------------------------------------------------------------- body rendering
def render_text(blocks, tstyle, lang):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif isinstance(b, Table):
            out.append(_table_text(b, tstyle))
        elif isinstance(b, Quote):
            inner = render_text(b.blocks, tstyle, lang)
            if b.outlook:
                out.append("________________________________\n" + b.intro + "\n\n" + inner)
            else:
                q = "\n".join(("> " + ln) if ln else ">" for ln in inner.split("\n"))
                out.append(b.intro + "\n" + q)
        elif isinstance(b, Fwd):
            hdr = "\n".join(f"{k} : {v}" if lang == "fr" else f"{k}: {v}" for k, v in b.headers)
            out.append(b.banner + "\n" + hdr + "\n\n" + render_text(b.blocks, tstyle, lang))
        elif isinstance(b, Sig):
            out.append("-- \n" + "\n".join(b.lines) if tstyle != "tab" else "\n".join(b.lines))
    return "\n\n".join(out)


def _table_text(t, style):
    rows = [list(map(str, t.header))] + [list(map(str, r)) for r in t.rows]
    if style == "pipe":
        return "\n".join("| " + " | ".join(r) + " |" for r in rows)
    if style == "tab":
        return "\n".join("\t".join(r) for r in rows)
    if style == "semi":
        return "\n".join(" ; ".join(r) for r in rows)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def render_html(blocks, lang, charset):
    def inner(bs):
        out = []
        for b in bs:
            if isinstance(b, str):
                out.append("<p>" + html.escape(b).replace("\n", "<br>\n") + "</p>")
            elif isinstance(b, Table):
                rows = ["<tr>" + "".join(f"<th style=\"border:1px solid #999;padding:2px 6px\">{html.escape(str(h))}</th>" for h in b.header) + "</tr>"]
                for r in b.rows:
                    rows.append("<tr>" + "".join(f"<td style=\"border:1px solid #999;padding:2px 6px\">{html.escape(str(v))}</td>" for v in r) + "</tr>")
                out.append("<table style=\"border-collapse:collapse\">\n" + "\n".join(rows) + "\n</table>")
            elif isinstance(b, Quote) and b.outlook:
                out.append("<hr>\n<div>" + html.escape(b.intro).replace("\n", "<br>\n") + "</div>\n" + inner(b.blocks))
            elif isinstance(b, Quote):
                out.append("<div>" + html.escape(b.intro).replace("\n", "<br>\n") + "</div>\n<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">\n"
                           + inner(b.blocks) + "\n</blockquote>")
            elif isinstance(b, Fwd):
                hdr = "<br>\n".join(f"<b>{html.escape(k)}{' :' if lang == 'fr' else ':'}</b> {html.escape(v)}" for k, v in b.headers)
                out.append(f"<div>{html.escape(b.banner)}<br>\n{hdr}</div>\n" + inner(b.blocks))
            elif isinstance(b, Sig):
                out.append("<div style=\"color:#555;font-size:9pt\">" + "<br>\n".join(html.escape(x) for x in b.lines) + "</div>")
        return "\n".join(out)
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset + "\">\n</head>\n"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + inner(blocks) + "\n</body>\n</html>")


# ---------------------------------------------------------------- encodings
def pick_charset(rng, texts):
    joined = "".join(texts)
    if all(ord(ch) < 128 for ch in joined):
        return rng.choice(["us-ascii", "us-ascii", "us-ascii", "utf-8", "iso-8859-1"])
    for cs in rng.sample(["utf-8", "utf-8", "iso-8859-1", "windows-1252"], 4):
        try:
            joined.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return "utf-8"


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def pick_cte(rng, text, charset):
    ascii_only = all(ord(ch) < 128 for ch in text)
    longest = max((len(x.encode(charset)) for x in text.split("\n")), default=0)
    if ascii_only:
        c = rng.choice(["7bit", "7bit", "7bit", "quoted-printable", "base64"])
    else:
        c = rng.choice(["8bit", "8bit", "quoted-printable", "quoted-printable", "base64"])
    if c in ("7bit", "8bit") and longest > 900:
        c = "quoted-printable"
    return c


def encoded_word(text, charset, mode):
    """RFC 2047 encoded words (folded), each at most 75 characters."""
    prefix, suffix = f"=?{charset}?{mode}?", "?="
    room = 75 - len(prefix) - len(suffix)

    def enc(chunk):
        b = chunk.encode(charset)
        if mode == "B":
            return base64.b64encode(b).decode()
        out = []
        for byte in b:
            ch = chr(byte)
            if ch == " ":
                out.append("_")
            elif ch.isalnum() and byte < 128 or ch in "!*+-/":
                out.append(ch)
            else:
                out.append("=%02X" % byte)
        return "".join(out)

    # split only between words (a space ends a chunk) so no decoder can break a word apart
    tokens = re.findall(r"\S+\s*|\s+", text)
    words, cur = [], ""
    for tok in tokens:
        if cur and len(enc(cur + tok)) > room:
            words.append(prefix + enc(cur) + suffix)
            cur = ""
        while len(enc(tok)) > room:  # a single over-long token: split by characters
            cut = len(tok)
            while len(enc(tok[:cut])) > room:
                cut -= 1
            words.append(prefix + enc(tok[:cut]) + suffix)
            tok = tok[cut:]
        cur += tok
    if cur:
        words.append(prefix + enc(cur) + suffix)
    return "\n ".join(words)


def header_text(rng, value, force=False):
    if all(ord(ch) < 128 for ch in value) and not force:
        return fold_plain(value)
    cs = "utf-8"
    try:
        value.encode("iso-8859-1")
        cs = rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    except UnicodeEncodeError:
        pass
    mode = rng.choice(["B", "Q"])
    if rng.random() < 0.3 and ":" in value[:5]:
        head, rest = value.split(":", 1)
        if all(ord(ch) < 128 for ch in head):
            return head + ": " + encoded_word(rest.strip(), cs, mode)
    return encoded_word(value, cs, mode)


def fold_plain(value, width=76):
    if len(value) <= width:
        return value
    words, lines, cur = value.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def mailbox(rng, name, addr):
    if not name:
        return addr
    if any(ord(ch) > 127 for ch in name):
        return encoded_word(name, rng.choice(["utf-8", "iso-8859-1"]) if _latin(name) else "utf-8", rng.choice(["B", "Q"])) + f" <{addr}>"
    if any(ch in name for ch in ",.()'\"") or rng.random() < 0.3:
        return '"' + name.replace('"', "") + f'" <{addr}>'
    return f"{name} <{addr}>"


def _latin(s):
    try:
        s.encode("iso-8859-1")
        return True
    except UnicodeEncodeError:
        return False


def filename_params(rng, fname, style):
    """Return (content-type name param, disposition filename param)."""
    ascii_name = all(ord(ch) < 128 for ch in fname)
    if ascii_name and style == "plain":
        return f'; name="{fname}"', f'; filename="{fname}"'
    cs = "utf-8"
    if not ascii_name and _latin(fname) and rng.random() < 0.3:
        cs = "iso-8859-1"
    q = urllib.parse.quote(fname.encode(cs), safe="")
    if style == "cont" and len(q) > 30:
        parts, i, n = [], 0, 0
        while i < len(q):
            j = min(len(q), i + 28)
            while "%" in q[j - 2:j]:  # do not split a %XX escape
                j -= 1
            seg = q[i:j]
            parts.append(f"filename*{n}*={cs}''{seg}" if n == 0 else f"filename*{n}*={seg}")
            i, n = j, n + 1
        disp = ";\n " + ";\n ".join(parts)
        namep = f"; name*={cs}''{q}"
        return namep, disp
    return f"; name*={cs}''{q}", f";\n filename*={cs}''{q}"


# ---------------------------------------------------------------- assembly
class Builder:
    def __init__(self, rng, doc, ctx_date, msgid_dom):
        self.rng = rng
        self.doc = doc
        self.date = ctx_date
        self.dom = msgid_dom
        self.nbound = 0

    def boundary(self):
        self.nbound += 1
        r = self.rng
        return r.choice([
            f"----=_NextPart_{r.getrandbits(32):08X}.{r.getrandbits(32):08X}",
            f"_{self.nbound:03d}_YT2PR01MB{r.getrandbits(40):010X}_",
            f"==============={r.getrandbits(60):019d}==",
            f"b{self.nbound}-{r.getrandbits(64):016x}",
        ])

    def text_leaf(self, ctype, text, charset=None, cte=None, extra_headers=(), params=""):
        charset = charset or pick_charset(self.rng, [text])
        cte = cte or pick_cte(self.rng, text, charset)
        hdr = [f"Content-Type: {ctype}; charset=\"{charset}\"{params}" if self.rng.random() < 0.5 else f"Content-Type: {ctype}; charset={charset}{params}",
               f"Content-Transfer-Encoding: {cte}"] + list(extra_headers)
        return "\n".join(hdr).encode() + b"\n\n" + encode_body(text, charset, cte)

    def multipart(self, subtype, parts, extra=""):
        b = self.boundary()
        out = [f"Content-Type: multipart/{subtype};{extra}\n boundary=\"{b}\"".encode(), b""]
        if self.rng.random() < 0.3:
            out.insert(1, b"")
            out.insert(2, b"This is a multi-part message in MIME format.")
        for p in parts:
            out.append(f"--{b}".encode())
            out.append(p)
        out.append(f"--{b}--".encode())
        out.append(b"")
        return b"\n".join(out)

    def attachment(self, att):
        rng = self.rng
        fstyle = rng.choice(["plain", "plain", "2231", "cont"]) if all(ord(c) < 128 for c in att.filename) else rng.choice(["2231", "cont"])
        namep, filep = filename_params(rng, att.filename, fstyle)
        ctype = CTYPES[att.kind]
        if att.kind == "pdf" and rng.random() < 0.15:
            ctype = "application/octet-stream"
        if att.kind == "zip" and rng.random() < 0.3:
            ctype = "application/x-zip-compressed"
        if att.kind == "vcf" and rng.random() < 0.4:
            ctype = "text/x-vcard"
        disp = f"Content-Disposition: {rng.choice(['attachment', 'attachment', 'inline'] if att.kind in ('pdf', 'ics') else ['attachment'])}{filep}"
        if att.kind == "eml":
            inner = build_bytes(att.data["doc"], att.data["rng"], att.data["date"], att.data["dom"])
            cte = "7bit" if all(b < 128 for b in inner) else "8bit"
            return (f"Content-Type: message/rfc822{namep}\nContent-Transfer-Encoding: {cte}\n{disp}\n\n").encode() + inner
        if att.kind in ("csv", "ics", "vcf", "txt"):
            text = att.data
            params = namep
            if att.kind == "ics":
                params = "; method=REQUEST" + namep
            charset = pick_charset(rng, [text])
            cte = pick_cte(rng, text, charset)
            if cte == "base64":
                text = text.replace("\n", "\r\n")
            return self.text_leaf(ctype, text, charset, cte, [disp], params)
        data = att.data
        enc = base64.encodebytes(data)
        return (f"Content-Type: {ctype}{namep}\nContent-Transfer-Encoding: base64\n{disp}\n\n").encode() + enc

    def body_part(self, prefer):
        doc, rng = self.doc, self.rng
        tstyle = rng.choice(["pipe", "tab", "pad", "pad", "semi"])
        text = render_text(doc.body, tstyle, doc.lang) + "\n"
        mode = prefer or rng.choice(["plain", "plain", "html", "alt", "alt"])
        if mode == "plain":
            return self.text_leaf("text/plain", text, params=rng.choice(["", "", "; format=flowed"])), mode
        cs = pick_charset(rng, [text])
        htm = render_html(doc.body, doc.lang, cs) + "\n"
        if mode == "html":
            return self.text_leaf("text/html", htm, charset=cs), mode
        return self.multipart("alternative", [self.text_leaf("text/plain", text, charset=cs),
                                              self.text_leaf("text/html", htm, charset=cs)]), mode

    def build(self):
        doc, rng = self.doc, self.rng
        body, mode = self.body_part(doc.prefer)
        if doc.atts:
            parts = [body] + [self.attachment(a) for a in doc.atts]
            content = self.multipart("mixed", parts)
        else:
            content = body
        tz = "-0400" if datetime.datetime(2024, 3, 10) <= self.date < datetime.datetime(2024, 11, 3) else "-0500"
        date = self.date.strftime("%a, %d %b %Y %H:%M:%S ") + tz
        mid = rng.choice([f"<{rng.getrandbits(64):016x}.{rng.getrandbits(20):05x}@{self.dom}>",
                          f"<YT3PR01MB{rng.getrandbits(48):012X}{rng.getrandbits(24):06X}@YT3PR01MB{rng.getrandbits(20):05X}.CANPRD01.PROD.OUTLOOK.example>",
                          f"<{self.date.strftime('%Y%m%d%H%M%S')}.{rng.getrandbits(32):08x}@mail.{self.dom}>"])
        hdr = [f"From: {mailbox(rng, *doc.frm)}",
               "To: " + ",\n ".join(mailbox(rng, n, a) for n, a in doc.to)]
        if doc.cc:
            hdr.append("Cc: " + ",\n ".join(mailbox(rng, n, a) for n, a in doc.cc))
        hdr += [f"Subject: {header_text(rng, doc.subject)}", f"Date: {date}", f"Message-ID: {mid}"]
        if doc.reply_to_id or doc.subject.lower().startswith(("re:", "tr:", "fw:", "fwd:", "réf")):
            ref = f"<{rng.getrandbits(56):014x}@{self.dom}>"
            hdr += [f"In-Reply-To: {ref}", f"References: {ref}"]
        if rng.random() < 0.4:
            hdr.append("Content-Language: " + ("fr-CA" if doc.lang == "fr" else "en-CA"))
        if rng.random() < 0.5:
            hdr.append(rng.choice(["X-Mailer: Microsoft Outlook 16.0", "User-Agent: Mozilla Thunderbird 115.6",
                                   "X-Mailer: Apple Mail (2.3774)", "X-MS-Has-Attach: yes" if doc.atts else "X-Priority: 3"]))
        if doc.importance:
            hdr.append("Importance: high")
        hdr.append("MIME-Version: 1.0")
        return "\n".join(hdr).encode() + b"\n" + content


def build_bytes(doc, rng, date, dom):
    return Builder(rng, doc, date, dom).build()


def finalize(raw, crlf):
    if not raw.endswith(b"\n"):
        raw += b"\n"
    return raw.replace(b"\n", b"\r\n") if crlf else raw


def build_attachment_data(att):
    """Turn high-level attachment specs into bytes/text before assembly."""
    k = att.kind
    if k == "pdf":
        att.data = A.make_pdf(att.data)
    elif k == "docx":
        att.data = A.make_docx(att.data)
    elif k == "xlsx":
        att.data = A.make_xlsx(att.data)
    elif k == "csv":
        att.data = A.make_csv(att.data)
    elif k == "ics":
        att.data = A.make_ics(att.data)
    elif k == "vcf":
        att.data = A.make_vcf(att.data)
    elif k == "zip":
        members = []
        for m in att.data:
            build_attachment_data(m)
            d = m.data
            if isinstance(d, str):
                d = d.encode("utf-8")
            members.append((m.filename, d))
        att.data = A.make_zip(members)
    elif k == "eml":
        for sub in att.data["doc"].atts:
            build_attachment_data(sub)
    return att
