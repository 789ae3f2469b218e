"""Hand-assembled MIME: bodies from blocks, header encoding, transports, attachments.

All output is built with LF line ends and converted to CRLF at the very end when asked, so that
quoted-printable, base64 and 8bit bodies stay consistent.
"""
import base64
import html
import quopri
import textwrap
import urllib.parse
from email.utils import format_datetime
import datetime as _dt

from gen_common import tz_offset, strip_accents

MAILERS = ["Microsoft Outlook 16.0", "Microsoft Outlook 16.0", "Mozilla Thunderbird 115.8",
           "Apple Mail (2.3774)", "Zimbra 9.0 (ZimbraWebClient - FF128)", "iPhone Mail (21F90)", None, None]


# ---------------------------------------------------------------- profile
def make_profile(rng, has_html_ok=True):
    p = {}
    k = rng.random()
    p["body"] = "plain" if k < 0.45 else ("alt" if k < 0.80 else "html")
    if not has_html_ok:
        p["body"] = "plain"
    p["charset"] = rng.choices(["utf-8", "iso-8859-1", "windows-1252", "us-ascii"], [50, 20, 20, 10])[0]
    p["cte"] = rng.choices(["plain", "qp", "base64"], [50, 32, 18])[0]
    p["eol"] = "\r\n" if rng.random() < 0.4 else "\n"
    p["subj"] = rng.choice(["B", "Q", "Q"])
    p["subj_force"] = rng.random() < 0.12
    p["hdr_cs"] = rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    p["fname"] = rng.choice(["plain", "2231", "2231", "cont"])
    p["table"] = rng.choice(["pipe", "space", "tab"])
    p["mailer"] = rng.choice(MAILERS)
    p["wrap"] = rng.random() < 0.75
    p["lang_hdr"] = rng.random() < 0.5
    return p


# ---------------------------------------------------------------- blocks -> text / html
def _wrap(par, width=76):
    out = []
    for line in par.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False)
                       or [""])
    return out


def _table_text(header, rows, style):
    allrows = ([header] if header else []) + rows
    if style == "tab":
        return ["\t".join(str(c) for c in r) for r in allrows]
    widths = [max(len(str(r[i])) for r in allrows) for i in range(len(allrows[0]))]
    out = []
    for n, r in enumerate(allrows):
        if style == "pipe":
            out.append("| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |")
            if n == 0 and header:
                out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
        else:
            out.append("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
            if n == 0 and header:
                out.append("  ".join("-" * w for w in widths))
    return out


def blocks_text(blocks, prof, lang):
    lines = []
    for b in blocks:
        if isinstance(b, str):
            lines.extend(_wrap(b) if prof["wrap"] else b.split("\n"))
            lines.append("")
        elif b[0] == "table":
            lines.extend(_table_text(b[1], b[2], prof["table"]))
            lines.append("")
        elif b[0] == "pre":
            lines.extend(b[1].split("\n"))
            lines.append("")
        elif b[0] == "sig":
            if prof.get("sigdash"):
                lines.append("-- ")
            lines.extend(b[1])
            lines.append("")
        elif b[0] == "quote":
            lines.append(b[1])
            inner = blocks_text(b[2], dict(prof, wrap=True), lang)
            for ln in inner.rstrip("\n").split("\n"):
                lines.append(">" + ("" if ln.startswith(">") else " ") + ln if ln else ">")
            lines.append("")
        elif b[0] == "fwd":
            lines.append("-------- Message transféré --------" if lang == "fr" else "---------- Forwarded message ---------")
            for k, v in b[1]:
                lines.append(f"{k} {v}")
            lines.append("")
            lines.extend(blocks_text(b[2], prof, lang).rstrip("\n").split("\n"))
            lines.append("")
        else:
            raise ValueError(b[0])
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"


def _h(s):
    return html.escape(s, quote=False).replace("\n", "<br>\n")


def blocks_html_inner(blocks, lang):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<p>{_h(b)}</p>")
        elif b[0] == "table":
            t = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">']
            if b[1]:
                t.append("<tr>" + "".join(f"<th>{_h(str(c))}</th>" for c in b[1]) + "</tr>")
            for r in b[2]:
                t.append("<tr>" + "".join(f"<td>{_h(str(c))}</td>" for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
        elif b[0] == "pre":
            out.append(f"<pre>{html.escape(b[1], quote=False)}</pre>")
        elif b[0] == "sig":
            out.append('<p style="color:#555555;font-size:9pt">' + "<br>\n".join(_h(x) for x in b[1]) + "</p>")
        elif b[0] == "quote":
            out.append(f"<div>{_h(b[1])}</div>")
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
                       + blocks_html_inner(b[2], lang) + "\n</blockquote>")
        elif b[0] == "fwd":
            hd = "-------- Message transféré --------" if lang == "fr" else "---------- Forwarded message ---------"
            rows = "<br>\n".join(f"<b>{_h(k)}</b> {_h(v)}" for k, v in b[1])
            out.append(f'<div style="border-top:1px solid #b5c4df;padding-top:3pt">{_h(hd)}<br>\n{rows}</div>')
            out.append(blocks_html_inner(b[2], lang))
        else:
            raise ValueError(b[0])
    return "\n".join(out)


def blocks_html(blocks, lang, charset):
    return ("<!DOCTYPE html>\n<html>\n<head>\n"
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            "</head>\n<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + blocks_html_inner(blocks, lang) + "\n</body>\n</html>\n")


# ---------------------------------------------------------------- encoders
def pick_charset(text, wanted):
    order = {"us-ascii": ["us-ascii", "iso-8859-1", "windows-1252", "utf-8"],
             "iso-8859-1": ["iso-8859-1", "windows-1252", "utf-8"],
             "windows-1252": ["windows-1252", "utf-8"],
             "utf-8": ["utf-8"]}[wanted]
    for cs in order:
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return "utf-8"


def encode_body(data, cte):
    """data: bytes (LF). returns (cte_name, encoded bytes)."""
    if cte == "base64":
        return "base64", base64.encodebytes(data)
    if cte == "qp":
        enc = quopri.encodestring(data, quotetabs=False)
        if not enc.endswith(b"\n"):
            enc += b"\n"
        return "quoted-printable", enc
    try:
        data.decode("ascii")
        name = "7bit"
    except UnicodeDecodeError:
        name = "8bit"
    if max((len(x) for x in data.split(b"\n")), default=0) > 900:
        return "quoted-printable", quopri.encodestring(data)
    if not data.endswith(b"\n"):
        data += b"\n"
    return name, data


def _q_encode(b):
    out = []
    for byte in b:
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif (c.isalnum() and byte < 128) or c in "!*+-/":
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "".join(out)


def encoded_words(s, charset, mode):
    """RFC 2047 encode s into a list of encoded words of at most 75 chars."""
    words, cur = [], ""
    prefix = f"=?{charset}?{mode}?"

    def enc(x):
        b = x.encode(charset)
        return base64.b64encode(b).decode() if mode == "B" else _q_encode(b)

    for ch in s:
        trial = cur + ch
        if len(prefix) + len(enc(trial)) + 2 > 75 and cur:
            words.append(prefix + enc(cur) + "?=")
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(prefix + enc(cur) + "?=")
    return words


def fold_plain(name, value):
    """Fold an ASCII header at spaces."""
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def hdr_text(name, value, prof, force=False):
    ascii_ok = all(ord(c) < 128 for c in value)
    if ascii_ok and not force:
        return fold_plain(name, value)
    cs = pick_charset(value, prof["hdr_cs"]) if not ascii_ok else prof["hdr_cs"]
    words = encoded_words(value, cs, prof["subj"])
    return name + ": " + "\n ".join(words)


def fmt_mailbox(name, addr, prof):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()<>@[]"\''):
            return '"' + name.replace('"', '') + '" <' + addr + ">"
        return f"{name} <{addr}>"
    cs = pick_charset(name, prof["hdr_cs"])
    return " ".join(encoded_words(name, cs, prof["subj"])) + f" <{addr}>"


def hdr_addrs(name, addrs, prof):
    items = [fmt_mailbox(n, a, prof) for n, a in addrs]
    return name + ": " + ",\n ".join(items)


def fname_params(fn, prof, which="filename"):
    ascii_ok = all(ord(c) < 128 for c in fn)
    mode = prof["fname"]
    if ascii_ok and mode == "plain":
        return f'{which}="{fn}"'
    if ascii_ok and mode == "cont" and len(fn) > 24:
        parts = [fn[i:i + 20] for i in range(0, len(fn), 20)]
        return ";\n ".join(f'{which}*{i}="{p}"' for i, p in enumerate(parts))
    if ascii_ok:
        if mode == "2231" and (" " in fn or len(fn) % 2 == 0):
            return f"{which}*=utf-8''" + urllib.parse.quote(fn, safe="")
        return f'{which}="{fn}"'
    q = urllib.parse.quote(fn.encode("utf-8"), safe="")
    if mode == "cont" and len(q) > 60:
        parts = [q[i:i + 54] for i in range(0, len(q), 54)]
        # do not split a %XX escape
        fixed, carry = [], ""
        for p in parts:
            p = carry + p
            carry = ""
            cut = p.rfind("%")
            if cut >= len(p) - 2 and cut != -1:
                carry = p[cut:]
                p = p[:cut]
            fixed.append(p)
        if carry:
            fixed.append(carry)
        first = f"{which}*0*=utf-8''{fixed[0]}"
        return ";\n ".join([first] + [f"{which}*{i}*={p}" for i, p in enumerate(fixed[1:], 1)])
    return f"{which}*=utf-8''{q}"


# ---------------------------------------------------------------- parts
def text_part(text, subtype, prof, charset_wanted=None, cte_wanted=None):
    cs = pick_charset(text, charset_wanted or prof["charset"])
    if subtype == "html" and cs != "utf-8":
        text = text.replace("charset=utf-8", f"charset={cs}")
    data = text.encode(cs)
    cte = cte_wanted or prof["cte"]
    name, enc = encode_body(data, cte)
    if subtype == "html" or prof.get("quoted_cs"):
        ct = f'Content-Type: text/{subtype}; charset="{cs}"'
    else:
        ct = f"Content-Type: text/{subtype}; charset={cs}"
    hdrs = [ct, f"Content-Transfer-Encoding: {name}"]
    return hdrs, enc


def attach_part(att, prof, rng):
    fn = att["filename"]
    ctype = att["ctype"]
    kind = att.get("kind", "binary")
    disp = att.get("disposition", "attachment")
    if kind == "message":
        data = att["data"]
        try:
            data.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            cte = "8bit"
        hdrs = [f"Content-Type: message/rfc822; " + fname_params(fn, prof, "name"),
                f"Content-Disposition: {disp}; " + fname_params(fn, prof),
                f"Content-Transfer-Encoding: {cte}"]
        if not data.endswith(b"\n"):
            data += b"\n"
        return hdrs, data
    if kind == "text":
        text = att["data"]
        cs = att.get("charset") or pick_charset(text, rng.choice(["utf-8", "utf-8", "windows-1252", "iso-8859-1"]))
        cs = pick_charset(text, cs)
        cte = att.get("cte") or rng.choice(["plain", "qp", "base64", "base64"])
        if cte != "base64":
            text = text.replace("\r\n", "\n")
        data = text.encode(cs)
        name, enc = encode_body(data, cte)
        extra = att.get("ctype_params", "")
        hdrs = [f"Content-Type: {ctype}; charset={cs}{extra}; " + fname_params(fn, prof, "name"),
                f"Content-Disposition: {disp}; " + fname_params(fn, prof),
                f"Content-Transfer-Encoding: {name}"]
        return hdrs, enc
    data = att["data"]
    hdrs = [f"Content-Type: {ctype}; " + fname_params(fn, prof, "name"),
            f"Content-Disposition: {disp}; " + fname_params(fn, prof),
            "Content-Transfer-Encoding: base64"]
    return hdrs, base64.encodebytes(data)


def _assemble(hdrs, body):
    return ("\n".join(hdrs) + "\n\n").encode("ascii") + body


def multipart(subtype, parts, boundary, extra=""):
    out = [f"Content-Type: multipart/{subtype};{extra}\n boundary=\"{boundary}\""]
    body = b"This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else b""
    for hdrs, data in parts:
        body += f"--{boundary}\n".encode("ascii") + _assemble(hdrs, data)
        if not body.endswith(b"\n"):
            body += b"\n"
    body += f"--{boundary}--\n".encode("ascii")
    return out, body


def fmt_date(dt):
    off = tz_offset(dt)
    aware = dt.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=off)))
    return format_datetime(aware)


def build(spec, prof, rng, lang, msgid, bseed, eol_convert=True):
    """Return message bytes."""
    blocks = spec["blocks"]
    if spec.get("unaccent"):
        blocks = _unaccent_blocks(blocks)
    body_kind = spec.get("body_kind") or prof["body"]
    text = blocks_text(blocks, prof, lang)
    parts_body = []
    if body_kind in ("plain", "alt"):
        parts_body.append(text_part(text, "plain", prof))
    if body_kind in ("html", "alt"):
        cs_html = pick_charset(text, prof["charset"])
        parts_body.append(text_part(blocks_html(blocks, lang, cs_html), "html", prof, cs_html))
    if len(parts_body) == 2:
        body_hdrs, body_data = multipart("alternative", parts_body, f"----=_Alt_{bseed}_{rng.randrange(16**8):08x}")
    else:
        body_hdrs, body_data = parts_body[0]
    atts = spec.get("attachments") or []
    if atts:
        parts = [(body_hdrs, body_data)] + [attach_part(a, prof, rng) for a in atts]
        top_hdrs, top_body = multipart("mixed", parts, f"----=_Mix_{bseed}_{rng.randrange(16**8):08x}")
    else:
        top_hdrs, top_body = body_hdrs, body_data

    H = []
    H.append(hdr_addrs("From", [spec["from"]], prof))
    H.append(hdr_addrs("To", spec["to"], prof))
    if spec.get("cc"):
        H.append(hdr_addrs("Cc", spec["cc"], prof))
    H.append(hdr_text("Subject", spec["subject"], prof, force=prof["subj_force"]))
    H.append("Date: " + fmt_date(spec["date"]))
    H.append("Message-ID: " + msgid)
    if spec.get("in_reply_to"):
        H.append("In-Reply-To: " + spec["in_reply_to"])
        H.append("References: " + spec["in_reply_to"])
    if spec.get("importance"):
        H.append("Importance: High")
        H.append("X-Priority: 1")
    if prof["mailer"]:
        H.append("X-Mailer: " + prof["mailer"])
    if prof["lang_hdr"]:
        H.append("Content-Language: " + ("fr-CA" if lang == "fr" else "en-CA"))
    H.append("MIME-Version: 1.0")
    H.extend(top_hdrs)
    msg = _assemble(H, top_body)
    if eol_convert and prof["eol"] == "\r\n":
        msg = msg.replace(b"\n", b"\r\n")
    return msg


def _unaccent_blocks(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(strip_accents(b))
        elif b[0] == "table":
            out.append(("table", [strip_accents(str(x)) for x in b[1]] if b[1] else b[1],
                        [[strip_accents(str(x)) for x in r] for r in b[2]]))
        elif b[0] in ("pre", "sig"):
            out.append((b[0], strip_accents(b[1]) if isinstance(b[1], str) else [strip_accents(x) for x in b[1]]))
        elif b[0] == "quote":
            out.append(("quote", strip_accents(b[1]), _unaccent_blocks(b[2])))
        elif b[0] == "fwd":
            out.append(("fwd", [(strip_accents(k), strip_accents(v)) for k, v in b[1]], _unaccent_blocks(b[2])))
    return out
