"""Hand-assembled MIME: charsets, transfer encodings, RFC 2047 / RFC 2231, CRLF or LF."""
import base64
import email.utils
import quopri
import urllib.parse

import gen_attach as A


class Att:
    """kind: pdf | docx | xlsx | csv | ics | vcf | zip | eml | txt"""

    def __init__(self, kind, filename, **kw):
        self.kind = kind
        self.filename = filename
        self.kw = kw


class Mail:
    def __init__(self, lang, category, note, frm, to, subject, blocks, types=(), cc=(),
                 atts=(), ids=None, body_mode=None, date=None, extra_headers=(), eol=None):
        self.lang = lang
        self.category = category
        self.note = note
        self.frm = frm
        self.to = list(to)
        self.cc = list(cc)
        self.subject = subject
        self.blocks = blocks
        self.types = sorted(set(types))
        self.atts = list(atts)
        self.ids = ids or {}
        self.body_mode = body_mode
        self.date = date
        self.extra_headers = list(extra_headers)
        self.eol = eol


# ---------------------------------------------------------------- header encoding

Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _qword(b):
    return "".join(chr(c) if c in Q_SAFE else ("_" if c == 32 else "=%02X" % c) for c in b)


def encoded_words(text, charset, enc):
    words, cur = [], ""
    overhead = len(f"=?{charset}?{enc}??=")

    def enc_len(s):
        b = s.encode(charset)
        return len(base64.b64encode(b)) if enc == "b" else len(_qword(b))

    for ch in text:
        if cur and enc_len(cur + ch) + overhead > 72:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(charset)
        payload = base64.b64encode(b).decode() if enc == "b" else _qword(b)
        out.append(f"=?{charset}?{enc.upper() if enc == 'b' else enc.upper()}?{payload}?=")
    return out


def _encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def header_text(text, rng, force=False):
    if text.isascii() and not force:
        return text
    cs = rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    if not _encodable(text, cs):
        cs = "utf-8"
    enc = rng.choice(["q", "b"])
    return "\n ".join(encoded_words(text, cs, enc))


def fold_plain(name, value):
    """Fold a long ASCII header at spaces."""
    line = f"{name}: {value}"
    if len(line) <= 78 or "\n" in value:
        return line
    out, cur = [], ""
    for word in line.split(" "):
        if cur and len(cur) + 1 + len(word) > 76:
            out.append(cur)
            cur = word
        else:
            cur = (cur + " " + word) if cur else word
    out.append(cur)
    return "\n ".join(out)


def addr(display, address, rng):
    if not display:
        return address
    if display.isascii():
        if any(c in display for c in ",.;:()<>@\"'"):
            return '"%s" <%s>' % (display.replace('"', ''), address)
        return f"{display} <{address}>"
    return header_text(display, rng) + f" <{address}>"


# ---------------------------------------------------------------- body encoding

def _body_bytes(text, charset, cte):
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    crlf = raw.replace(b"\n", b"\r\n")
    return base64.encodebytes(crlf)


def choose_charset(text, rng, lang):
    opts = ["utf-8", "utf-8", "iso-8859-1", "windows-1252", "us-ascii"]
    cs = rng.choice(opts)
    for c in [cs, "windows-1252" if cs == "us-ascii" else cs, "utf-8"]:
        if _encodable(text, c):
            return c
    return "utf-8"


def choose_cte(data_text, charset, rng):
    ascii_ok = data_text.isascii() and max((len(x) for x in data_text.split("\n")), default=0) < 990
    opts = ["quoted-printable", "base64", "8bit"] + (["7bit", "7bit"] if ascii_ok else [])
    cte = rng.choice(opts)
    if cte == "8bit" and max((len(x) for x in data_text.split("\n")), default=0) > 990:
        cte = "quoted-printable"
    return cte


def text_part(text, subtype, rng, lang, charset=None, cte=None, extra=""):
    if subtype == "html" and charset is None:
        charset = rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252", "us-ascii"])
        if charset == "us-ascii" or not _encodable(text, charset):
            if charset != "us-ascii":
                charset = "utf-8"
            else:
                text = text.encode("ascii", "xmlcharrefreplace").decode("ascii")
    if charset is None:
        charset = choose_charset(text, rng, lang)
    if subtype == "html":
        text = text.replace("%CHARSET%", charset)
    if cte is None:
        cte = choose_cte(text, charset, rng)
    if cte == "7bit" and not text.isascii():
        cte = "quoted-printable"
    head = (f"Content-Type: text/{subtype}; charset=\"{charset}\"{extra}\n"
            f"Content-Transfer-Encoding: {cte}\n\n")
    body = _body_bytes(text, charset, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return head.encode("ascii") + body


def _filename_params(fn, rng):
    if fn.isascii() and rng.random() > 0.2:
        return f'; filename="{fn}"', f'; name="{fn}"'
    q = urllib.parse.quote(fn, safe="")
    if len(q) > 60 and rng.random() < 0.5:
        chunks = [q[i:i + 50] for i in range(0, len(q), 50)]
        fparam = "".join(f";\n filename*{i}*={'utf-8' + chr(39) * 2 if i == 0 else ''}{c}"
                         for i, c in enumerate(chunks))
    else:
        fparam = f";\n filename*=utf-8''{q}"
    if fn.isascii():
        nparam = f'; name="{fn}"'
    else:
        nparam = ";\n name=\"" + " ".join(encoded_words(fn, "utf-8", "b")) + '"'
    return fparam, nparam


MIME_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
    "csv": "text/csv", "ics": "text/calendar", "vcf": "text/vcard", "txt": "text/plain",
}


def att_payload(att, rng, seed):
    k = att.kind
    kw = att.kw
    if k == "pdf":
        return A.make_pdf(kw["title"], kw["blocks"], kw.get("author", "CPB"), kw.get("compress", rng.random() < 0.6))
    if k == "docx":
        return A.make_docx(kw["title"], kw["blocks"], kw.get("author", "CPB"))
    if k == "xlsx":
        return A.make_xlsx(kw["sheets"], kw.get("author", "CPB"))
    if k == "csv":
        return A.make_csv(kw.get("header"), kw["rows"], kw.get("delimiter", ","))
    if k == "ics":
        return A.make_ics(**kw)
    if k == "vcf":
        return A.make_vcf(**kw)
    if k == "txt":
        return kw["text"]
    if k == "zip":
        members = []
        for sub in kw["members"]:
            p = att_payload(sub, rng, seed)
            members.append((sub.filename, p.encode("utf-8") if isinstance(p, str) else p))
        return A.make_zip(members)
    raise ValueError(k)


def att_part(att, rng, seed, counter):
    fparam, nparam = _filename_params(att.filename, rng)
    if att.kind == "eml":
        inner = build(att.kw["mail"], rng, seed, counter, nested=True)
        cte = "7bit" if inner.isascii() else "8bit"
        head = (f"Content-Type: message/rfc822{nparam}\nContent-Transfer-Encoding: {cte}\n"
                f"Content-Disposition: attachment{fparam}\n\n")
        return head.encode("ascii") + inner
    payload = att_payload(att, rng, seed)
    ctype = MIME_TYPES[att.kind]
    disp = "inline" if att.kw.get("inline") else "attachment"
    if isinstance(payload, str):
        charset = att.kw.get("charset") or ("utf-8" if not _encodable(payload, "windows-1252")
                                           else rng.choice(["utf-8", "windows-1252", "iso-8859-1"]
                                                           if _encodable(payload, "iso-8859-1") else ["utf-8", "windows-1252"]))
        if payload.isascii() and rng.random() < 0.3:
            charset = "us-ascii"
        cte = rng.choice(["base64", "quoted-printable"] + (["7bit"] if payload.isascii() else ["8bit"]))
        extra = "; method=REQUEST" if att.kind == "ics" else ""
        head = (f"Content-Type: {ctype}; charset=\"{charset}\"{extra}{nparam}\n"
                f"Content-Transfer-Encoding: {cte}\nContent-Disposition: {disp}{fparam}\n\n")
        body = _body_bytes(payload, charset, cte)
        if not body.endswith(b"\n"):
            body += b"\n"
        return head.encode("ascii") + body
    head = (f"Content-Type: {ctype}{nparam}\nContent-Transfer-Encoding: base64\n"
            f"Content-Disposition: {disp}{fparam}\n\n")
    return head.encode("ascii") + base64.encodebytes(payload)


def multipart(subtype, parts, boundary, preamble=True):
    out = [f"Content-Type: multipart/{subtype};\n boundary=\"{boundary}\"\n\n".encode("ascii")]
    if preamble:
        out.append(b"This is a multi-part message in MIME format.\n")
    for p in parts:
        out.append(f"\n--{boundary}\n".encode("ascii"))
        out.append(p.rstrip(b"\n") + b"\n")
    out.append(f"\n--{boundary}--\n".encode("ascii"))
    return b"".join(out)


def build(m, rng, seed, counter, nested=False):
    """Return the message as bytes with LF line ends (caller converts to CRLF)."""
    counter[0] += 1
    n = counter[0]
    bnd = lambda k: f"----=_Part_{seed}_{n}_{k}_{rng.randrange(16 ** 8):08x}"
    tstyle = rng.choice(["pad", "pad", "pipe", "tab"])
    plain = A.render_plain(m.blocks, tstyle) + "\n"
    mode = m.body_mode or rng.choice(["plain", "plain", "html", "alt", "alt"])
    if mode == "plain":
        body = text_part(plain, "plain", rng, m.lang, extra=("; format=flowed" if rng.random() < 0.15 else ""))
    elif mode == "html":
        body = text_part(A.render_html(m.blocks), "html", rng, m.lang)
    else:
        body = multipart("alternative", [text_part(plain, "plain", rng, m.lang),
                                         text_part(A.render_html(m.blocks), "html", rng, m.lang)],
                         bnd("alt"), preamble=False)
    if m.atts:
        parts = [body] + [att_part(a, rng, seed, counter) for a in m.atts]
        body = multipart("mixed", parts, bnd("mix"))
    hdr = []
    hdr.append("From: " + addr(m.frm[0], m.frm[1], rng))
    hdr.append("To: " + ",\n ".join(addr(d, a, rng) for d, a in m.to))
    if m.cc:
        hdr.append("Cc: " + ",\n ".join(addr(d, a, rng) for d, a in m.cc))
    subj = header_text(m.subject, rng, force=(rng.random() < 0.08))
    hdr.append(fold_plain("Subject", subj) if "=?" not in subj else "Subject: " + subj)
    hdr.append("Date: " + email.utils.format_datetime(m.date))
    dom = m.frm[1].split("@")[1]
    hdr.append(f"Message-ID: <{m.date.strftime('%Y%m%d%H%M%S')}.{rng.randrange(16 ** 10):010x}.{seed}{n:03d}@{dom}>")
    for k, v in m.extra_headers:
        hdr.append(fold_plain(k, v))
    if not nested and rng.random() < 0.5:
        hdr.append(rng.choice(["X-Mailer: Microsoft Outlook 16.0", "User-Agent: Mozilla Thunderbird 115.6",
                               "X-Mailer: Zimbra 9.0 (RSHC)", "X-Mailer: Apple Mail (2.3774)"]))
    if rng.random() < 0.5:
        hdr.append("Content-Language: " + ("fr-CA" if m.lang == "fr" else "en-CA"))
    hdr.append("MIME-Version: 1.0")
    return ("\n".join(hdr) + "\n").encode("ascii") + body


def finalize(m, rng, seed, counter):
    raw = build(m, rng, seed, counter)
    eol = m.eol or rng.choice(["LF", "CRLF"])
    if eol == "CRLF":
        raw = raw.replace(b"\n", b"\r\n")
    return raw
