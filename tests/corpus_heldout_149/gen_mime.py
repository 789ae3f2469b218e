"""Hand-assembled MIME: charsets, transfer encodings, RFC 2047 / RFC 2231, CRLF or LF."""
import base64
import email.utils
import html as htmlmod
import quopri
import unicodedata

ASCII_MAP = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "«": '"', "»": '"', "\u2013": "-",
             "\u2014": "-", "\u2026": "...", "€": "EUR", "œ": "oe", "Œ": "OE", "\u00a0": " ", "\u202f": " ",
             "µ": "u", "°": " deg", "×": "x", "≥": ">=", "≤": "<=", "→": "->", "·": "-", "²": "2", "³": "3",
             "½": "1/2", "é": "e"}
LATIN1_MAP = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
              "\u2026": "...", "€": "EUR", "œ": "oe", "Œ": "OE", "\u202f": " ", "≥": ">=", "≤": "<=", "→": "->"}
CP1252_MAP = {"\u202f": " ", "≥": ">=", "≤": "<=", "→": "->"}


def convert(text, charset):
    """Return text made encodable in charset (light transliteration), or None if impossible."""
    if charset == "utf-8":
        return text
    if charset == "us-ascii":
        out = []
        for ch in text:
            if ord(ch) < 128:
                out.append(ch)
            elif ch in ASCII_MAP:
                out.append(ASCII_MAP[ch])
            else:
                base = unicodedata.normalize("NFD", ch)[0]
                if ord(base) < 128 and unicodedata.category(ch).startswith("L"):
                    out.append(base)
                else:
                    return None
        return "".join(out)
    table = LATIN1_MAP if charset == "iso-8859-1" else CP1252_MAP
    s = "".join(table.get(ch, ch) for ch in text)
    try:
        s.encode(charset)
    except UnicodeEncodeError:
        return None
    return s


# ------------------------------------------------------------------ headers

def _q_word(bs):
    out = []
    for b in bs:
        c = chr(b)
        if c.isalnum() and b < 128:
            out.append(c)
        elif c == " ":
            out.append("_")
        elif c in "!*+-/":
            out.append(c)
        else:
            out.append(f"={b:02X}")
    return "".join(out)


def rfc2047(s, charset="utf-8", enc="Q", first_len=9):
    """Encode s as one or more encoded-words joined by folding whitespace."""
    words, cur = [], ""
    budget = 75 - len(f"=?{charset}?{enc}??=")
    for ch in s:
        trial = cur + ch
        b = trial.encode(charset)
        n = len(base64.b64encode(b)) if enc == "B" else len(_q_word(b))
        lim = budget - (first_len if not words else 1)
        if n > lim and cur:
            cut = cur.rfind(" ")
            if 0 < cut < len(cur) - 1:
                # break after a space so that no word is split across encoded-words
                words.append(cur[:cut + 1])
                cur = cur[cut + 1:] + ch
            else:
                words.append(cur)
                cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    enc_words = []
    for w in words:
        b = w.encode(charset)
        payload = base64.b64encode(b).decode() if enc == "B" else _q_word(b)
        enc_words.append(f"=?{charset}?{enc}?{payload}?=")
    return "\n ".join(enc_words)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def fold_ascii(name, value):
    """Fold a plain ASCII header at spaces to <= 78 chars."""
    line = f"{name}: {value}"
    if len(line) <= 78:
        return line
    out, cur = [], f"{name}:"
    for word in value.split(" "):
        if len(cur) + 1 + len(word) > 76 and cur.strip() != f"{name}:":
            out.append(cur)
            cur = " " + word
        else:
            cur += " " + word
    out.append(cur)
    return "\n".join(out)


def addr_header(pairs, rng, charset, enc):
    parts = []
    for disp, addr in pairs:
        if not disp:
            parts.append(addr)
        elif is_ascii(disp):
            if any(c in disp for c in ',.()<>@;:"'):
                parts.append(f'"{disp}" <{addr}>')
            else:
                parts.append(f"{disp} <{addr}>")
        else:
            cs = charset if charset in ("iso-8859-1", "windows-1252") and convert(disp, charset) == disp else "utf-8"
            parts.append(f"{rfc2047(disp, cs, enc)} <{addr}>")
    return ",\n ".join(parts)


def filename_params(fn, rng, force2231=False):
    if is_ascii(fn) and not force2231:
        return f'name="{fn}"', f'filename="{fn}"'
    q = "".join(c if (c.isascii() and (c.isalnum() or c in "-._~")) else "".join(f"%{b:02X}" for b in c.encode("utf-8")) for c in fn)
    if rng.random() < 0.5:
        ct_name = f'name="{rfc2047(fn, "utf-8", "B")}"' if not is_ascii(fn) else f'name="{fn}"'
    else:
        ct_name = f"name*=utf-8''{q}"
    return ct_name, f"filename*=utf-8''{q}"


# ------------------------------------------------------------------ bodies

def text_to_html(text, rng, title=None):
    return _text_to_html(text, rng, title).replace("<!--body-->\n", "").replace("\n<!--/body-->", "")


def _text_to_html(text, rng, title=None):
    blocks, cur = [], []
    for line in text.split("\n"):
        if line.strip() == "":
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        blocks.append(cur)
    font = rng.choice(["Calibri,Arial,sans-serif", "Arial,Helvetica,sans-serif", "Segoe UI,Tahoma,sans-serif",
                       "Georgia,serif", "Aptos,Calibri,sans-serif"])
    out = []
    for b in blocks:
        if all(l.startswith(">") for l in b):
            inner = "\n".join(l[1:].lstrip() if l.startswith("> ") or l == ">" else l[1:] for l in b)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
                       + _text_to_html(inner, rng).split("<!--body-->")[1].split("<!--/body-->")[0] + "\n</blockquote>")
        elif sum(" | " in l for l in b) >= 2:
            rows = []
            for i, l in enumerate(b):
                if " | " not in l:
                    rows.append(f'<tr><td colspan="8"><b>{htmlmod.escape(l)}</b></td></tr>')
                    continue
                tag = "th" if i == 0 else "td"
                cells = "".join(f"<{tag} style=\"border:1px solid #999;padding:2px 6px\">{htmlmod.escape(c.strip())}</{tag}>"
                                for c in l.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
            out.append('<table style="border-collapse:collapse;font-size:10pt">\n' + "\n".join(rows) + "\n</table>")
        elif b[0].startswith("#"):
            out.append(f"<h3>{htmlmod.escape(b[0].lstrip('# '))}</h3>" + "".join(f"<p>{htmlmod.escape(l)}</p>" for l in b[1:]))
        else:
            out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in b) + "</p>")
    body = "\n".join(out)
    head = f"<title>{htmlmod.escape(title)}</title>" if title else ""
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">{head}</head>\n'
            f'<body><div style="font-family:{font};font-size:11pt"><!--body-->\n{body}\n<!--/body--></div></body></html>\n')


def encode_body(text, charset, cte, subtype="plain"):
    """Returns (header lines, body bytes with LF line ends)."""
    data = text.encode(charset)
    if cte == "base64":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data.replace(b"\r\n", b"\n"))
    else:
        body = data.replace(b"\r\n", b"\n")
        if not body.endswith(b"\n"):
            body += b"\n"
    hdr = [f"Content-Type: text/{subtype}; charset=\"{charset}\"" if subtype == "html" else
           f"Content-Type: text/{subtype}; charset={charset}",
           f"Content-Transfer-Encoding: {cte}"]
    return hdr, body


def pick_cte(rng, data_text, charset):
    ascii_ok = is_ascii(data_text)
    long_line = any(len(l.encode("utf-8")) > 900 for l in data_text.split("\n"))
    if ascii_ok:
        c = rng.choices(["7bit", "quoted-printable", "base64"], [6, 2, 2])[0]
    else:
        c = rng.choices(["8bit", "quoted-printable", "base64"], [45, 35, 20])[0]
    if long_line and c in ("7bit", "8bit"):
        c = "quoted-printable"
    return c


def pick_charset(rng, text, lang, allow_ascii=True):
    weights = {"utf-8": 50, "iso-8859-1": 16, "windows-1252": 16, "us-ascii": 18 if allow_ascii else 0}
    order = []
    pool = dict(weights)
    while pool:
        k = rng.choices(list(pool), list(pool.values()))[0] if sum(pool.values()) else list(pool)[0]
        order.append(k)
        del pool[k]
    for cs in order:
        if cs == "us-ascii" and not allow_ascii:
            continue
        conv = convert(text, cs)
        if conv is not None:
            return cs, conv
    return "utf-8", text


# ------------------------------------------------------------------ assembly

CLIENTS = [
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("User-Agent", "Mozilla Thunderbird 115.8.1"),
    ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
    ("X-Mailer", "Lotus Notes Release 9.0.1FP10"),
    (None, None),
]


def boundary(rng, style):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(24))
    if style == 0:
        return f"_000_{h.upper()}_"
    if style == 1:
        return f"------------{h}"
    if style == 2:
        return f"Apple-Mail={h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return f"=_Part_{rng.randint(100, 99999)}_{h[:10]}.{rng.randint(10**12, 10**13)}"


def build(m, transport, inner=False):
    """Assemble m (a gen_common.Msg) into bytes according to transport (dict)."""
    r = m.rng
    T = transport
    cs = T["charset"]
    lines = []
    bstyle = T["bstyle"]
    enc_hdr = T["hdr_enc"]
    lines.append(addr_hdr_line("From", [m.sender], r, cs, enc_hdr))
    lines.append(addr_hdr_line("To", m.to, r, cs, enc_hdr))
    if m.cc:
        lines.append(addr_hdr_line("Cc", m.cc, r, cs, enc_hdr))
    subj = m.subject
    if is_ascii(subj) and not T.get("force_subj_enc"):
        lines.append(fold_ascii("Subject", subj))
    else:
        scs = cs if cs in ("iso-8859-1", "windows-1252") and convert(subj, cs) == subj else "utf-8"
        lines.append("Subject: " + rfc2047(subj, scs, enc_hdr))
    lines.append("Date: " + email.utils.format_datetime(m.when))
    lines.append(f"Message-ID: {m.msgid}")
    for k, v in m.extra_headers:
        lines.append(fold_ascii(k, v))
    ck, cv = T["client"]
    if ck:
        lines.append(f"{ck}: {cv}")
    if T.get("lang_hdr"):
        lines.append(f"Content-Language: {'fr-CA' if m.lang == 'fr' else 'en-CA'}")
    lines.append("MIME-Version: 1.0")
    head = "\n".join(lines).encode("ascii")

    body_part = _body_part(m, T, r, bstyle)
    if m.attachments:
        b = boundary(r, bstyle)
        chunks = [b"This is a multi-part message in MIME format.\n" if bstyle != 2 else b""]
        chunks.append(f"--{b}\n".encode() + body_part)
        for a in m.attachments:
            chunks.append(f"\n--{b}\n".encode() + _attach_part(a, r, T))
        chunks.append(f"\n--{b}--\n".encode())
        top = f"Content-Type: multipart/mixed;\n boundary=\"{b}\"".encode()
        raw = head + b"\n" + top + b"\n\n" + b"".join(chunks)
    else:
        raw = head + b"\n" + body_part
    if T["crlf"] and not inner:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def addr_hdr_line(name, pairs, r, cs, enc):
    return f"{name}: " + addr_header(pairs, r, cs, enc)


def _body_part(m, T, r, bstyle):
    text = T["text"]
    structure = T["structure"]
    if structure == "plain":
        h, b = encode_body(text, T["charset"], T["cte"], "plain")
        return ("\n".join(h) + "\n\n").encode() + b
    html = T["html"]
    if structure == "html":
        h, b = encode_body(html, T["html_charset"], T["html_cte"], "html")
        return ("\n".join(h) + "\n\n").encode() + b
    bd = boundary(r, bstyle)
    h1, b1 = encode_body(text, T["charset"], T["cte"], "plain")
    h2, b2 = encode_body(html, T["html_charset"], T["html_cte"], "html")
    out = [f"Content-Type: multipart/alternative;\n boundary=\"{bd}\"\n\n".encode(),
           f"--{bd}\n".encode(), ("\n".join(h1) + "\n\n").encode(), b1,
           f"\n--{bd}\n".encode(), ("\n".join(h2) + "\n\n").encode(), b2, f"\n--{bd}--\n".encode()]
    return b"".join(out)


TEXT_KINDS = {"csv", "ics", "vcf"}


def _attach_part(a, r, T):
    fn = a["filename"]
    ct_name, disp_fn = filename_params(fn, r, force2231=a.get("force2231", False) or r.random() < 0.22)
    ctype = a["ctype"]
    disp = a.get("disposition", "attachment")
    if a["kind"] == "eml":
        data = a["data"].replace(b"\r\n", b"\n")
        cte = "8bit" if any(b > 127 for b in data) else "7bit"
        hdr = f"Content-Type: message/rfc822; {ct_name}\nContent-Transfer-Encoding: {cte}\nContent-Disposition: {disp}; {disp_fn}\n\n"
        return hdr.encode() + data + (b"" if data.endswith(b"\n") else b"\n")
    data = a["data"]
    if a["kind"] in TEXT_KINDS:
        cs = a.get("charset", "utf-8")
        choice = r.choices(["base64", "quoted-printable", "plain"], [4, 3, 3])[0]
        ctype_full = f"{ctype}; charset={cs}; {ct_name}"
        if a["kind"] == "ics":
            ctype_full = f"{ctype}; charset={cs}; method=REQUEST; {ct_name}"
        if choice == "base64":
            body = base64.encodebytes(data)
            cte = "base64"
        elif choice == "quoted-printable":
            body = quopri.encodestring(data.replace(b"\r\n", b"\n"))
            cte = "quoted-printable"
        else:
            body = data.replace(b"\r\n", b"\n")
            cte = "8bit" if any(b > 127 for b in body) else "7bit"
            if any(len(l) > 900 for l in body.split(b"\n")):
                body = quopri.encodestring(body)
                cte = "quoted-printable"
        hdr = f"Content-Type: {ctype_full}\nContent-Transfer-Encoding: {cte}\nContent-Disposition: {disp}; {disp_fn}\n\n"
        return hdr.encode() + body
    body = base64.encodebytes(data)
    hdr = f"Content-Type: {ctype}; {ct_name}\nContent-Transfer-Encoding: base64\nContent-Disposition: {disp}; {disp_fn}\n\n"
    return hdr.encode() + body


def choose_transport(m, rng):
    """Pick structure, charset, encodings, line ends for message m."""
    pref = m.prefer
    structure = pref.get("structure") or rng.choices(["plain", "html", "alt"], [50, 15, 35])[0]
    allow_ascii = pref.get("ascii_ok", m.lang == "en" or rng.random() < 0.35)
    cs, text = pick_charset(rng, m.text, m.lang, allow_ascii)
    html_src = m.html or text_to_html(m.text, rng, m.subject)
    if structure != "plain":
        hcs_choice = rng.choice(["same", "same", "utf-8", "entities"])
        if hcs_choice == "entities":
            h_cs, html = "us-ascii", html_src.encode("ascii", "xmlcharrefreplace").decode("ascii")
        elif hcs_choice == "same":
            conv = convert(html_src, cs)
            if conv is None:
                h_cs, html = "utf-8", html_src
            else:
                h_cs, html = cs, conv
        else:
            h_cs, html = "utf-8", html_src
        html = html.replace("charset=utf-8", f"charset={h_cs}")
        html_cte = pick_cte(rng, html, h_cs)
    else:
        h_cs, html, html_cte = None, None, None
    return {
        "structure": structure,
        "charset": cs,
        "text": text,
        "cte": pref.get("cte") or pick_cte(rng, text, cs),
        "html": html,
        "html_charset": h_cs,
        "html_cte": html_cte,
        "crlf": pref.get("crlf", rng.random() < 0.4),
        "hdr_enc": rng.choice(["Q", "Q", "B"]),
        "bstyle": rng.randint(0, 3),
        "client": rng.choice(CLIENTS),
        "lang_hdr": rng.random() < 0.5,
        "force_subj_enc": rng.random() < 0.08,
    }


class _Inner:
    pass


def inner_eml(m, sender, to, subject, text, when, attachments=(), cc=(), html=None):
    """Build a complete message (bytes, LF) to be attached as message/rfc822."""
    o = _Inner()
    o.rng, o.lang, o.sender, o.to, o.cc = m.rng, m.lang, sender, list(to), list(cc)
    o.subject, o.text, o.html, o.when = subject, text, html, when
    o.msgid = f"<{m.rng.randrange(16 ** 16):016x}@{sender[1].split('@')[1]}>"
    o.extra_headers, o.attachments, o.prefer = [], list(attachments), {}
    T = choose_transport(o, m.rng)
    return build(o, T, inner=True)
