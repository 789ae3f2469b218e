"""Hand-rolled, deterministic MIME serialiser.

A message spec is a dict:
  from: (name, addr); to, cc: [(name, addr)]; subject; date (aware datetime);
  text / html: str or None; attachments: [Att]; body: 'plain'|'html'|'alt' (optional);
  extra_headers: [(k, v)]; crlf: bool (optional)
"""
import base64
import email.utils
import html as htmlmod
import quopri
import re


class Att:
    def __init__(self, filename, ctype, data, eml=False, inline=False):
        self.filename = filename
        self.ctype = ctype
        self.data = data
        self.eml = eml
        self.inline = inline


# ---------------------------------------------------------------- headers
def _encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def _q_encode(b):
    out = []
    for byte in b:
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif c.isalnum() and byte < 128 or c in "!*+-/":
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "".join(out)


def encode_words(s, rng, charset=None, enc=None):
    """RFC 2047 encoded-words, split on character boundaries, each <= 75 chars."""
    if charset is None:
        charset = "iso-8859-1" if _encodable(s, "iso-8859-1") and rng.random() < 0.3 else "utf-8"
    if enc is None:
        enc = rng.choice("BQ")
    words, chunk = [], ""
    maxlen = 75 - len(f"=?{charset}?{enc}??=")

    def enc_len(t):
        b = t.encode(charset)
        return len(base64.b64encode(b)) if enc == "B" else len(_q_encode(b))

    for ch in s:
        if enc_len(chunk + ch) > maxlen:
            words.append(chunk)
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        b = w.encode(charset)
        payload = base64.b64encode(b).decode() if enc == "B" else _q_encode(b)
        out.append(f"=?{charset}?{enc}?{payload}?=")
    return "\n ".join(out)


def header_text(s, rng):
    if all(ord(c) < 128 for c in s):
        return fold_ascii(s)
    return encode_words(s, rng)


def fold_ascii(s, width=76):
    if len(s) <= width:
        return s
    words = s.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def addr(pair, rng):
    name, a = pair
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r"[,.;:()\"'@]", name):
            name = '"' + name.replace('"', '') + '"'
        return f"{name} <{a}>"
    if re.search(r"[,.;:()\"@]", name):
        ew = encode_words(name, rng).replace("\n ", "")  # one (possibly long) encoded-word
        return f"{_join_words(ew)} <{a}>"
    # plain ASCII words stay as atoms; runs of non-ASCII words become one encoded-word each
    out, run = [], []
    for w in name.split(" "):
        if all(ord(c) < 128 for c in w):
            if run:
                out.append(_join_words(encode_words(" ".join(run), rng)))
                run = []
            out.append(w)
        else:
            run.append(w)
    if run:
        out.append(_join_words(encode_words(" ".join(run), rng)))
    return f"{' '.join(out)} <{a}>"


def _join_words(ew):
    """Merge several encoded-words of one run into one so no parser inserts a space."""
    parts = ew.split("\n ")
    if len(parts) == 1:
        return ew
    cs, enc = parts[0][2:].split("?")[0], parts[0][2:].split("?")[1]
    payload = b""
    for p in parts:
        body = p[2:-2].split("?", 2)[2]
        payload += base64.b64decode(body) if enc == "B" else _q_decode(body)
    return f"=?{cs}?{enc}?" + (base64.b64encode(payload).decode() if enc == "B" else _q_encode(payload)) + "?="


def _q_decode(s):
    out, i = bytearray(), 0
    while i < len(s):
        if s[i] == "_":
            out.append(32)
            i += 1
        elif s[i] == "=":
            out.append(int(s[i + 1:i + 3], 16))
            i += 3
        else:
            out.append(ord(s[i]))
            i += 1
    return bytes(out)


def addr_list(pairs, rng):
    return ",\n ".join(addr(p, rng) for p in pairs)


# ---------------------------------------------------------------- bodies
def choose_charset(text, rng, prefer=None):
    opts = []
    if all(ord(c) < 128 for c in text):
        opts += ["us-ascii"] * 3
    if _encodable(text, "iso-8859-1"):
        opts += ["iso-8859-1"] * 2
    if _encodable(text, "windows-1252"):
        opts += ["windows-1252"] * 2
    opts += ["utf-8"] * 4
    if prefer and prefer in opts:
        return prefer
    return rng.choice(opts)


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        if not out.endswith(b"\n"):
            out += b"\n"
        return out
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


def text_leaf(text, subtype, rng, charset=None, cte=None):
    cs = charset or choose_charset(text, rng)
    data = text.encode(cs)
    maxline = max((len(l) for l in data.split(b"\n")), default=0)
    if cte is None:
        if cs == "us-ascii":
            cte = "7bit" if maxline < 900 and rng.random() < 0.8 else "quoted-printable"
        else:
            cte = rng.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])
            if cte == "8bit" and maxline >= 900:
                cte = "quoted-printable"
    hdrs = [("Content-Type", f'text/{subtype}; charset="{cs}"' if rng.random() < 0.5 else f"text/{subtype}; charset={cs}"),
            ("Content-Transfer-Encoding", cte)]
    return hdrs, encode_body(data, cte)


def filename_params(fn, rng, key="filename"):
    if all(ord(c) < 128 for c in fn):
        if len(fn) > 60 and rng.random() < 0.5:
            parts = [fn[i:i + 40] for i in range(0, len(fn), 40)]
            return "; ".join(f'{key}*{i}="{p}"' for i, p in enumerate(parts))
        return f'{key}="{fn}"'
    from urllib.parse import quote
    cs = "utf-8" if not _encodable(fn, "iso-8859-1") or rng.random() < 0.7 else "iso-8859-1"
    q = quote(fn.encode(cs), safe="")
    if len(q) > 70 and rng.random() < 0.5:
        parts = [q[i:i + 60] for i in range(0, len(q), 60)]
        # do not split a %XX escape
        fixed, carry = [], ""
        for p in parts:
            p = carry + p
            carry = ""
            m = re.search(r"%[0-9A-F]?$", p)
            if m:
                carry = p[m.start():]
                p = p[:m.start()]
            fixed.append(p)
        if carry:
            fixed[-1] += carry
        segs = [f"{key}*0*={cs}''{fixed[0]}"] + [f"{key}*{i}*={p}" for i, p in enumerate(fixed[1:], 1)]
        return "; ".join(segs)
    return f"{key}*={cs}''{q}"


def att_leaf(att, rng):
    if att.eml:
        hdrs = [("Content-Type", "message/rfc822")]
        if att.filename:
            hdrs.append(("Content-Disposition", "attachment; " + filename_params(att.filename, rng)))
        data = att.data
        if any(b > 127 for b in data):
            hdrs.append(("Content-Transfer-Encoding", "8bit"))
        elif rng.random() < 0.5:
            hdrs.append(("Content-Transfer-Encoding", "7bit"))
        if not data.endswith(b"\n"):
            data += b"\n"
        return hdrs, data
    ctype = att.ctype
    disp = "inline" if att.inline else "attachment"
    if ctype.startswith("text/"):
        text = att.data if isinstance(att.data, str) else att.data.decode("utf-8")
        cs = choose_charset(text, rng)
        data = text.encode(cs)
        cte = rng.choice(["base64", "quoted-printable"] + (["7bit"] if cs == "us-ascii" else ["8bit"]))
        if cte in ("7bit", "8bit") and max(len(l) for l in data.split(b"\n")) > 900:
            cte = "base64"
        name_p = filename_params(att.filename, rng, "name")
        hdrs = [("Content-Type", f"{ctype}; charset={cs}; {name_p}"),
                ("Content-Transfer-Encoding", cte),
                ("Content-Disposition", f"{disp}; " + filename_params(att.filename, rng))]
        return hdrs, encode_body(data, cte)
    hdrs = [("Content-Type", f"{ctype}; " + filename_params(att.filename, rng, "name")),
            ("Content-Transfer-Encoding", "base64"),
            ("Content-Disposition", f"{disp}; " + filename_params(att.filename, rng))]
    return hdrs, base64.encodebytes(att.data)


def serialise(hdrs, body):
    out = b""
    for k, v in hdrs:
        out += f"{k}: {v}\n".encode("ascii")
    return out + b"\n" + body


def multipart(subtype, parts, rng):
    boundary = "=_" + "".join(rng.choice("0123456789abcdefABCDEF") for _ in range(24)) + f"_{subtype[:3]}"
    body = b""
    if rng.random() < 0.4:
        body += b"This is a multi-part message in MIME format.\n"
    for h, b in parts:
        body += b"\n--" + boundary.encode() + b"\n" + serialise(h, b)
    body += b"\n--" + boundary.encode() + b"--\n"
    if body.startswith(b"\n"):
        body = body[1:]
    return [("Content-Type", f'multipart/{subtype};\n boundary="{boundary}"')], body


def text_to_html(text, lang):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [htmlmod.escape(l) for l in p.split("\n")]
        if p.startswith(">"):
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">' + "<br>\n".join(lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><title></title></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + "\n".join(out) + "\n</body></html>\n")


def build(spec, rng):
    body_kind = spec.get("body")
    text, html = spec.get("text"), spec.get("html")
    if body_kind is None:
        body_kind = rng.choice(["plain", "plain", "alt", "alt", "html"])
    if body_kind in ("alt", "html") and html is None:
        html = text_to_html(text, spec.get("lang", "fr"))
    if body_kind == "html" or text is None:
        body = text_leaf(html, "html", rng)
    elif body_kind == "alt":
        body = multipart("alternative", [text_leaf(text, "plain", rng), text_leaf(html, "html", rng)], rng)
    else:
        body = text_leaf(text, "plain", rng)
    atts = spec.get("attachments") or []
    if atts:
        parts = [body] + [att_leaf(a, rng) for a in atts]
        top = multipart("mixed", parts, rng)
    else:
        top = body
    hdrs = []
    hdrs.append(("From", addr(spec["from"], rng)))
    hdrs.append(("To", addr_list(spec["to"], rng)))
    if spec.get("cc"):
        hdrs.append(("Cc", addr_list(spec["cc"], rng)))
    hdrs.append(("Subject", header_text(spec["subject"], rng)))
    hdrs.append(("Date", email.utils.format_datetime(spec["date"])))
    dom = spec["from"][1].split("@")[1]
    mid = "".join(rng.choice("0123456789abcdef") for _ in range(20))
    hdrs.append(("Message-ID", f"<{mid}@{dom}>"))
    for k, v in spec.get("extra_headers", []):
        hdrs.append((k, header_text(v, rng) if k not in ("In-Reply-To", "References") else v))
    hdrs.append(("MIME-Version", "1.0"))
    if rng.random() < 0.5:
        hdrs.append(("X-Mailer", rng.choice(["Microsoft Outlook 16.0", "Thunderbird 128.3.1",
                                              "Apple Mail (2.3826)", "Roundcube Webmail/1.6.9",
                                              "Zimbra 10.1"])))
    hdrs += top[0]
    raw = serialise(hdrs, top[1])
    crlf = spec.get("crlf")
    if crlf is None:
        crlf = rng.random() < 0.4
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def build_inner(spec, rng):
    """An attached message, always LF (outer conversion handles CRLF)."""
    s = dict(spec)
    s["crlf"] = False
    return build(s, rng)
