"""Mail specification and assembly into RFC 5322 bytes."""
import datetime as dt

from gen_mime import (Leaf, Multi, addr, attach_leaf, can_encode, header_text, is_ascii,
                      render, rfc822_leaf, text_leaf, text_to_html, fmt_date_header, html_to_text)

MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 128.3", "Apple Mail (2.3776)",
           "Zimbra 9.0.0_GA", "Roundcube Webmail/1.6.9", None, None, None]


class Mail:
    def __init__(self, cat, lang, frm, to, subject, text=None, html=None, types=(), note="",
                 cc=(), date=None, attachments=(), rfc822=(), structure=None, charset=None,
                 cte=None, linesep=None, headers=(), hdr_pref=None):
        self.cat, self.lang = cat, lang
        self.frm, self.to, self.cc = frm, list(to), list(cc)
        self.subject, self.text, self.html = subject, text, html
        self.types, self.note = sorted(set(types)), note
        self.date = date
        self.attachments = list(attachments)   # dicts: name, ctype, data, fn_style, charset, cte
        self.rfc822 = list(rfc822)             # list of (Mail, filename or None)
        self.structure, self.charset, self.cte, self.linesep = structure, charset, cte, linesep
        self.headers = list(headers)
        self.hdr_pref = hdr_pref


def att(name, ctype, data, fn_style=0, charset=None, cte=None):
    return dict(name=name, ctype=ctype, data=data, fn_style=fn_style, charset=charset, cte=cte)


def _pick_charset(rng, texts, forced=None):
    joined = "".join(t for t in texts if t)
    if forced and can_encode(joined, forced):
        return forced
    if is_ascii(joined):
        return rng.choice(["us-ascii", "us-ascii", "utf-8", "iso-8859-1"])
    opts = [cs for cs in ("utf-8", "iso-8859-1", "windows-1252") if can_encode(joined, cs)]
    weights = {"utf-8": 3, "iso-8859-1": 2, "windows-1252": 2}
    pool = [cs for cs in opts for _ in range(weights[cs])]
    return rng.choice(pool)


def _pick_cte(rng, charset, text, forced=None):
    if forced:
        if forced in ("7bit",) and not is_ascii(text):
            forced = "quoted-printable"
        return forced
    if is_ascii(text):
        return rng.choice(["7bit", "7bit", "7bit", "quoted-printable", "base64"])
    return rng.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])


def _boundary(rng, n):
    styles = ["----=_NextPart_%03d_%04X_%08X.%08X", "=_%016x%02d", "Apple-Mail=_%08X-%04X-%04X-%012X",
              "------------%024d"]
    s = rng.randrange(4)
    if s == 0:
        return styles[0] % (n, rng.getrandbits(16), rng.getrandbits(32), rng.getrandbits(32))
    if s == 1:
        return styles[1] % (rng.getrandbits(64), n)
    if s == 2:
        return styles[2] % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(48))
    return styles[3] % rng.randrange(10 ** 23, 10 ** 24)


def build_tree(m, rng):
    """Return (mime tree, info dict)."""
    info = {}
    structure = m.structure
    if structure is None:
        if m.html and not m.text:
            structure = "html"
        elif m.text and not m.html:
            structure = rng.choice(["plain", "plain", "plain", "alt", "html"])
        else:
            structure = "alt"
    text, html = m.text, m.html
    if structure in ("alt", "html") and not html:
        html = text_to_html(text, rng.randrange(3))
    if structure in ("alt", "plain") and not text:
        text = html_to_text(html)
    if structure == "plain" and not text:
        raise ValueError("plain without text")
    cs = _pick_charset(rng, [text if structure != "html" else None, html if structure != "plain" else None],
                       m.charset)
    bcount = [0]

    def nb():
        bcount[0] += 1
        return _boundary(rng, bcount[0])

    if structure == "plain":
        cte = _pick_cte(rng, cs, text, m.cte)
        body = text_leaf(text, "plain", cs, cte)
    elif structure == "html":
        cte = _pick_cte(rng, cs, html, m.cte)
        body = text_leaf(html, "html", cs, cte)
    else:
        cte = _pick_cte(rng, cs, text + html, m.cte)
        body = Multi("alternative", [text_leaf(text, "plain", cs, cte), text_leaf(html, "html", cs, cte)], nb(),
                     preamble=False)
    info.update(structure=structure, charset=cs, cte=cte)
    parts = []
    for a in m.attachments:
        parts.append(attach_leaf(a["name"], a["ctype"], a["data"], a.get("fn_style", 0), a.get("cte"),
                                 a.get("charset")))
    for inner, fname in m.rfc822:
        inner_bytes, _ = assemble(inner, rng, lf_only=True)
        parts.append(rfc822_leaf(inner_bytes, fname))
    if parts:
        tree = Multi("mixed", [body] + parts, nb())
        info["structure"] = "mixed/" + info["structure"]
    else:
        tree = body
    return tree, info


def assemble(m, rng, lf_only=False):
    tree, info = build_tree(m, rng)
    pref = m.hdr_pref
    h = []
    h.append(("From", addr(m.frm[0], m.frm[1], prefer=rng.choice(["utf-8/Q", "iso-8859-1/Q", "utf-8/B"]))))
    h.append(("To", ",\n ".join(addr(n, a, prefer="utf-8/Q") for n, a in m.to)))
    if m.cc:
        h.append(("Cc", ",\n ".join(addr(n, a, prefer="iso-8859-1/Q") for n, a in m.cc)))
    h.append(("Subject", header_text(m.subject, rng, pref)))
    h.append(("Date", fmt_date_header(m.date)))
    dom = m.frm[1].split("@")[1]
    h.append(("Message-ID", "<%016x.%04d@%s>" % (rng.getrandbits(64), rng.randrange(10000), dom)))
    for k, v in m.headers:
        h.append((k, v))
    mailer = rng.choice(MAILERS)
    if mailer:
        h.append(("X-Mailer", mailer))
    h.append(("MIME-Version", "1.0"))
    if m.lang == "fr" and rng.random() < 0.4:
        h.append(("Content-Language", "fr-CA"))
    data = render(tree, h)
    linesep = m.linesep or rng.choice(["\n", "\r\n"])
    if lf_only:
        linesep = "\n"
    if linesep == "\r\n":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    info["linesep"] = "CRLF" if linesep == "\r\n" else "LF"
    return data, info
