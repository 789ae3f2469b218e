"""Turn a message spec plus a transport choice into deterministic RFC 5322 bytes."""
import hashlib

from gen_common import dt_for, text_to_html
from gen_mime import (Leaf, Multi, addr_list_header, build, date_header, encoded_words, is_ascii,
                      subject_header)

CTYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
    "csv": "text/csv",
    "ics": "text/calendar",
    "vcf": "text/vcard",
    "txt": "text/plain",
    "eml": "message/rfc822",
}


def encodable(s, charset):
    try:
        s.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def choose_transport(g, spec):
    """Pick body layout, charset, transfer encoding, line ends and header encodings."""
    tp = {}
    tp["eol"] = "\r\n" if g.chance(0.35) else "\n"
    pref = spec.get("prefer")
    if pref:
        tp["body"] = pref
    elif spec.get("html") and g.chance(0.6):
        tp["body"] = g.choice(["alt", "alt", "html"])
    else:
        r = g.r.random()
        tp["body"] = "plain" if r < 0.5 else ("alt" if r < 0.82 else "html")
    text_all = spec["text"] + (spec.get("html") or "")
    if is_ascii(text_all):
        opts = ["us-ascii", "us-ascii", "utf-8", "iso-8859-1"] if spec["lang"] == "en" else ["us-ascii", "utf-8"]
    else:
        opts = ["utf-8", "utf-8", "iso-8859-1", "windows-1252"]
    cs = g.choice(opts)
    if not encodable(text_all, cs):
        cs = "windows-1252" if encodable(text_all, "windows-1252") and g.chance(0.5) else "utf-8"
    tp["charset"] = cs
    if cs == "us-ascii":
        tp["cte"] = g.choice(["7bit", "7bit", "7bit", "quoted-printable"])
    else:
        tp["cte"] = g.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])
    tp["subj"] = g.choice(["auto"] * 6 + ["b", "q"])
    tp["name_enc"] = "Q" if cs in ("iso-8859-1", "windows-1252") else g.choice(["B", "B", "Q"])
    tp["hdr_charset"] = cs if cs in ("iso-8859-1", "windows-1252") else "utf-8"
    tp["fname"] = g.choice(["rfc2231", "rfc2231", "rfc2231c", "rfc2047"])
    tp["fname_ascii_2231"] = g.chance(0.15)
    tp["att_text_cte"] = g.choice(["base64", "quoted-printable", "base64"])
    tp["mailer"] = g.choice(["Microsoft Outlook 16.0", None, "Zimbra 10.0 (ZimbraWebClient)", None,
                             "Mozilla Thunderbird 128.3", "Apple Mail (2.3776)"])
    return tp


def _hdr_charset_for(s, tp):
    c = tp["hdr_charset"]
    return c if encodable(s, c) else "utf-8"


def _text_leaf(ctype, text, tp):
    cs = tp["charset"]
    if not encodable(text, cs):
        cs = "utf-8"
    cte = tp["cte"]
    if cte == "7bit" and (cs != "us-ascii" or not is_ascii(text)):
        cte = "quoted-printable"
    if cte == "8bit" and is_ascii(text) and cs == "us-ascii":
        cte = "7bit"
    return Leaf(ctype, text=text, charset=cs, cte=cte)


def _html_for(spec, cs):
    html = spec.get("html") or text_to_html(spec["text"])
    return html.replace('<meta charset="utf-8">', f'<meta charset="{cs}">')


def body_node(spec, tp, key):
    if tp["body"] == "plain":
        return _text_leaf("text/plain", spec["text"], tp)
    html = _html_for(spec, tp["charset"] if encodable(spec.get("html") or spec["text"], tp["charset"]) else "utf-8")
    if tp["body"] == "html":
        return _text_leaf("text/html", html, tp)
    return Multi("alternative", [_text_leaf("text/plain", spec["text"], tp), _text_leaf("text/html", html, tp)],
                 boundary=f"----=_Alt_{key}")


def _fname_mode(name, tp):
    if not is_ascii(name):
        return tp["fname"]
    return "rfc2231" if tp["fname_ascii_2231"] else "plain"


def attachment_leaf(att, tp, key, g, depth):
    kind = att["kind"]
    ctype = CTYPES[kind]
    name = att["filename"]
    mode = _fname_mode(name, tp)
    if kind == "eml":
        inner = att["inner"]
        itp = choose_transport(g, inner)
        itp["eol"] = "\n"
        data = render(inner, itp, key + "i", g, depth + 1)
        cte = "7bit" if is_ascii(data.decode("latin-1")) else "8bit"
        return Leaf(ctype, data=data, cte=cte, filename=name, disp="attachment", fname_mode=mode)
    if "text" in att:
        params = []
        if kind == "ics":
            params.append(f"method={att.get('method', 'REQUEST')}")
        cs = "utf-8"
        if kind in ("csv", "vcf") and encodable(att["text"], "windows-1252") and g.chance(0.3):
            cs = "windows-1252"
        cte = tp["att_text_cte"] if not is_ascii(att["text"]) else g.choice(["7bit", "base64", "quoted-printable"])
        return Leaf(ctype, text=att["text"], charset=cs, cte=cte, filename=name, disp="attachment",
                    fname_mode=mode, params=params)
    return Leaf(ctype, data=att["data"], cte="base64", filename=name, disp="attachment", fname_mode=mode)


def render(spec, tp, key, g, depth=0):
    atts = spec.get("attachments") or []
    body = body_node(spec, tp, key)
    if atts:
        parts = [body] + [attachment_leaf(a, tp, f"{key}{i}", g, depth) for i, a in enumerate(atts)]
        root = Multi("mixed", parts, boundary=f"----=_Mix_{key}")
    else:
        root = body
    dt = spec.get("date_dt")
    if dt is None:
        dt = dt_for(g)
    elif dt.tzinfo is None:
        from gen_common import TZ_D, TZ_E
        dt = dt.replace(tzinfo=TZ_D if 3 < dt.month < 11 else TZ_E)
    frm_name, frm_addr = spec["from"]
    hc = _hdr_charset_for(frm_name + "".join(n for n, _ in spec["to"]), tp)
    headers = [addr_list_header("From", [spec["from"]], hc, tp["name_enc"]),
               addr_list_header("To", spec["to"], hc, tp["name_enc"])]
    if spec.get("cc"):
        headers.append(addr_list_header("Cc", spec["cc"], hc, tp["name_enc"]))
    headers.append(subject_header(spec["subject"], tp["subj"], _hdr_charset_for(spec["subject"], tp)))
    headers.append(date_header(dt))
    dom = frm_addr.split("@")[1]
    mid = hashlib.sha256(f"{key}|{spec['subject']}".encode("utf-8")).hexdigest()[:24]
    headers.append(f"Message-ID: <{mid}@{dom}>")
    if spec.get("reply"):
        ref = hashlib.sha256(f"ref|{key}".encode("utf-8")).hexdigest()[:20]
        headers.append(f"In-Reply-To: <{ref}@{spec['to'][0][1].split('@')[1]}>")
        headers.append(f"References: <{ref}@{spec['to'][0][1].split('@')[1]}>")
    if tp.get("mailer"):
        headers.append(f"X-Mailer: {tp['mailer']}")
    headers.append(f"Content-Language: {'fr-CA' if spec['lang'] == 'fr' else 'en-CA'}")
    return build(headers, root, tp["eol"])
