"""Hand-assembled MIME rendering with controlled charsets, encodings, boundaries and line ends."""
import base64
import re
import quopri
import email.utils
from urllib.parse import quote

CT = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
    "csv": "text/csv",
    "ics": "text/calendar",
    "vcf": "text/vcard",
    "eml": "message/rfc822",
    "txt": "text/plain",
}

MAILERS = [
    "Microsoft Outlook 16.0", "Zimbra 9.0.0_GA (ZimbraWebClient - FF128)",
    "Mozilla Thunderbird 128.6.0", "Apple Mail (2.3774.300.61.1.2)", "Roundcube Webmail/1.6.9",
    None, None,
]


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def can_encode(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------- headers
def encoded_words(s, charset="utf-8", enc="B"):
    """RFC 2047 encode s as one or more encoded words joined by folding whitespace."""
    words, cur = [], ""

    def q(chunk):
        out = []
        for b in chunk.encode(charset):
            c = chr(b)
            if c.isalnum() and b < 128:
                out.append(c)
            elif c == " ":
                out.append("_")
            else:
                out.append("=%02X" % b)
        return "".join(out)

    def w(chunk):
        if enc == "B":
            return f"=?{charset}?B?{base64.b64encode(chunk.encode(charset)).decode()}?="
        return f"=?{charset}?Q?{q(chunk)}?="

    for ch in s:
        if len(w(cur + ch)) > 72:
            words.append(w(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(w(cur))
    return "\n ".join(words)


def header_text(s, hdr_enc):
    """hdr_enc: (charset, 'B'|'Q') or None. Non-ASCII always gets encoded."""
    if is_ascii(s) and not hdr_enc:
        return s
    cs, e = hdr_enc or ("utf-8", "B")
    if not can_encode(s, cs):
        cs = "utf-8"
    return encoded_words(s, cs, e)


SPECIALS = set('()<>[]:;@\\,."')


def encode_phrase(name, hdr_enc, force=False):
    """RFC 2047 display name: runs of words that need encoding become one encoded word each,
    plain ASCII words stay as atoms (so no decoder has to guess about whitespace between encoded words)."""
    cs, e = hdr_enc or ("utf-8", "B")
    toks = name.split(" ")
    need = [force or not is_ascii(t) or any(c in SPECIALS for c in t) for t in toks]
    out, i = [], 0
    while i < len(toks):
        if not need[i]:
            out.append(toks[i])
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and need[j + 1]:
            j += 1
        run = " ".join(toks[i:j + 1])
        c = cs if can_encode(run, cs) else "utf-8"
        w = encoded_words(run, c, e)
        if "\n" in w:
            w = encoded_words(run, c, "B")
        if "\n" in w:  # still too long for one word: keep one word anyway (header stays < 998)
            w = f"=?{c}?B?{base64.b64encode(run.encode(c)).decode()}?="
        out.append(w)
        i = j + 1
    return " ".join(out)


def fmt_addr(name, addr, hdr_enc):
    if not name:
        return addr
    force = bool(hdr_enc and hdr_enc[2:] == ("force",))
    if not is_ascii(name) or force:
        return f"{encode_phrase(name, hdr_enc[:2] if hdr_enc else None, force)} <{addr}>"
    if any(c in SPECIALS for c in name):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + f'" <{addr}>'
    return f"{name} <{addr}>"


def fmt_addr_list(lst, hdr_enc):
    return ",\n ".join(fmt_addr(n, a, hdr_enc) for n, a in lst)


# ---------------------------------------------------------------- params
def filename_params(fname, mode):
    """Returns (disposition param, content-type name param)."""
    if is_ascii(fname) and mode in ("plain", None):
        return f'filename="{fname}"', f'name="{fname}"'
    if mode == "2047":
        ew = encoded_words(fname, "utf-8", "B").replace("\n ", "")
        return f'filename="{ew}"', f'name="{ew}"'
    if mode == "2231_latin1" and can_encode(fname, "iso-8859-1"):
        v = "iso-8859-1''" + quote(fname.encode("iso-8859-1"), safe="")
        return f"filename*={v}", f"name*={v}"
    v = quote(fname.encode("utf-8"), safe="")
    if mode == "2231_cont" or len(v) > 60:
        toks = re.findall(r"%[0-9A-F]{2}|.", v)
        chunks, cur = [], ""
        for t in toks:
            if len(cur) + len(t) > 40:
                chunks.append(cur)
                cur = ""
            cur += t
        chunks.append(cur)
        parts = [f"filename*{n}*=" + ("utf-8''" if n == 0 else "") + c for n, c in enumerate(chunks)]
        return ";\n ".join(parts), "name*=utf-8''" + v
    return f"filename*=utf-8''{v}", f"name*=utf-8''{v}"


# ---------------------------------------------------------------- bodies
def pick_charset(ctx, text, prefer=None):
    if prefer and can_encode(text, prefer):
        return prefer
    if is_ascii(text):
        return ctx.pick(["us-ascii", "us-ascii", "utf-8", "iso-8859-1", "windows-1252"])
    opts = ["utf-8", "utf-8"]
    if can_encode(text, "iso-8859-1"):
        opts.append("iso-8859-1")
    if can_encode(text, "windows-1252"):
        opts.append("windows-1252")
    return ctx.pick(opts)


def pick_cte(ctx, raw, prefer=None):
    ascii_ok = all(b < 128 for b in raw)
    longest = max((len(x) for x in raw.split(b"\n")), default=0)
    opts = ["quoted-printable", "base64"]
    if longest < 990:
        opts += (["7bit", "7bit"] if ascii_ok else ["8bit", "8bit"])
    if prefer in opts:
        return prefer
    return ctx.pick(opts)


def encode_body(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw if raw.endswith(b"\n") else raw + b"\n"


def text_part(ctx, text, subtype, tr):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    cs = pick_charset(ctx, text, tr.get("charset"))
    if subtype == "html":
        text = text.replace('content="text/html; charset=utf-8"', f'content="text/html; charset={cs}"')
    raw = text.encode(cs)
    cte = pick_cte(ctx, raw, tr.get("cte"))
    flow = ""
    hdrs = [f"Content-Type: text/{subtype}; charset=\"{cs}\"{flow}" if ctx.chance(0.5)
            else f"Content-Type: text/{subtype}; charset={cs}{flow}",
            f"Content-Transfer-Encoding: {cte}"]
    return hdrs, encode_body(raw, cte)


def attachment_part(ctx, att):
    ext = att["filename"].rsplit(".", 1)[-1].lower()
    ctype = att.get("ctype") or CT.get(ext, "application/octet-stream")
    disp_param, name_param = filename_params(att["filename"], att.get("name_enc", "plain"))
    disp = "inline" if att.get("inline") else "attachment"
    data = att["data"]
    if ctype == "message/rfc822":
        raw = data
        cte = "7bit" if all(b < 128 for b in raw) else "8bit"
        hdrs = [f"Content-Type: message/rfc822; {name_param}" if ctx.chance(0.5) else "Content-Type: message/rfc822",
                f"Content-Disposition: {disp}; {disp_param}"]
        if ctx.chance(0.6):
            hdrs.append(f"Content-Transfer-Encoding: {cte}")
        return hdrs, raw if raw.endswith(b"\n") else raw + b"\n"
    if isinstance(data, str):
        cs = att.get("charset", "utf-8")
        cte = att.get("cte") or ctx.pick(["base64", "quoted-printable", "8bit"])
        text = data if cte == "base64" else data.replace("\r\n", "\n")
        raw = text.encode(cs)
        if cte in ("7bit", "8bit"):
            cte = "7bit" if all(b < 128 for b in raw) else "8bit"
        extra = "; method=REQUEST" if ctype == "text/calendar" else ""
        hdrs = [f"Content-Type: {ctype}; charset={cs}{extra}; {name_param}",
                f"Content-Disposition: {disp}; {disp_param}",
                f"Content-Transfer-Encoding: {cte}"]
        return hdrs, encode_body(raw, cte)
    hdrs = [f"Content-Type: {ctype}; {name_param}",
            f"Content-Disposition: {disp}; {disp_param}",
            "Content-Transfer-Encoding: base64"]
    return hdrs, base64.encodebytes(data)


def assemble(hdrs, body):
    return ("\n".join(hdrs) + "\n\n").encode("ascii") + body


def multipart(ctx, subtype, parts, preamble=None):
    b = ctx.pick(["----=_NextPart_000_%s" % ctx.hexid(16).upper(), "=_b%s" % ctx.hexid(20),
                  "Apple-Mail=_%s" % ctx.hexid(24).upper(), "------------%s" % ctx.hexid(24)])
    hdrs = [f'Content-Type: multipart/{subtype};\n boundary="{b}"']
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for ph, pb in parts:
        out += f"\n--{b}\n".encode("ascii") if out else f"--{b}\n".encode("ascii")
        out += assemble(ph, pb)
        if out.endswith(b"\n"):
            out = out[:-1]
    out += f"\n--{b}--\n".encode("ascii")
    return hdrs, out


# ---------------------------------------------------------------- message
def render(ctx, spec, inner=False):
    """Render a spec to bytes (LF line ends; converted to CRLF if spec['crlf'])."""
    tr = spec.setdefault("transport", {})
    hdr_enc = tr.get("hdr_enc")
    if hdr_enc is None:
        hdr_enc = ctx.pick([("utf-8", "B"), ("utf-8", "Q"), ("iso-8859-1", "Q"), ("utf-8", "B")])
        tr["hdr_enc"] = hdr_enc
    force_name = tr.get("force_name_2047", False)
    name_enc = hdr_enc + (("force",) if force_name else ())

    text, html = spec.get("text"), spec.get("html")
    atts = spec.get("attachments", [])
    if text is not None and html is not None:
        body = multipart(ctx, "alternative", [text_part(ctx, text, "plain", tr), text_part(ctx, html, "html", tr)])
    elif html is not None:
        body = text_part(ctx, html, "html", tr)
    else:
        body = text_part(ctx, text or "", "plain", tr)
    if atts:
        parts = [body] + [attachment_part(ctx, a) for a in atts]
        body = multipart(ctx, "mixed", parts,
                         preamble="This is a multi-part message in MIME format." if ctx.chance(0.5) else None)

    H = []
    H.append("From: " + fmt_addr(*spec["frm"], name_enc))
    H.append("To: " + fmt_addr_list(spec["to"], name_enc))
    if spec.get("cc"):
        H.append("Cc: " + fmt_addr_list(spec["cc"], name_enc))
    H.append("Subject: " + header_text(spec["subject"], hdr_enc if tr.get("force_subj_2047") else (
        hdr_enc if not is_ascii(spec["subject"]) else None)))
    H.append("Date: " + email.utils.format_datetime(spec["date"]))
    H.append("Message-ID: " + spec["msgid"])
    if spec.get("in_reply_to"):
        H.append("In-Reply-To: " + spec["in_reply_to"])
        H.append("References: " + spec["in_reply_to"])
    if not inner:
        m = spec.get("mailer", ctx.pick(MAILERS))
        if m:
            H.append(("X-Mailer: " if "Outlook" in m or "Zimbra" in m else "User-Agent: ") + m)
        if spec.get("importance"):
            H.append("Importance: High")
            H.append("X-Priority: 2")
        if spec["lang"] == "fr" and ctx.chance(0.4):
            H.append("Content-Language: fr-CA")
        elif spec["lang"] == "en" and ctx.chance(0.3):
            H.append("Content-Language: en-CA")
    no_mime = (tr.get("no_mime") and not atts and html is None and body[0][0].startswith("Content-Type: text/plain")
               and "us-ascii" in body[0][0] and "7bit" in body[0][1])
    if not no_mime:
        H.append("MIME-Version: 1.0")
        H.extend(body[0])
    raw = ("\n".join(H) + "\n\n").encode("ascii") + body[1]
    if spec.get("crlf") and not inner:
        raw = raw.replace(b"\n", b"\r\n")
    return raw
