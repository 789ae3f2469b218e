"""Turn a scenario spec into RFC 5322 bytes, choosing the transport."""
import email.utils

from gen_mime import (Embedded, Leaf, Multi, addr_header, blocks_to_html,
                      blocks_to_text, encodable, hdr_text, html_doc,
                      render_message, text_leaf, _is_ascii)

MAILERS = [
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("User-Agent", "Mozilla Thunderbird 128.6.0"),
    ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
    ("User-Agent", "Roundcube Webmail/1.6.9"),
    ("X-Mailer", "Zimbra 10.1.2"),
    None,
]


def _w(rng, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


def _pick_charset(rng, text, forced=None):
    if forced and encodable(text, forced):
        return forced
    if _is_ascii(text):
        return _w(rng, ["us-ascii", "utf-8", "iso-8859-1", "windows-1252"],
                  [35, 35, 15, 15])
    cands = [c for c in ("utf-8", "iso-8859-1", "windows-1252")
             if encodable(text, c)]
    ws = {"utf-8": 50, "iso-8859-1": 25, "windows-1252": 25}
    return _w(rng, cands, [ws[c] for c in cands])


def _pick_cte(rng, data_ascii):
    if data_ascii:
        return _w(rng, ["7bit", "quoted-printable", "base64"], [60, 25, 15])
    return _w(rng, ["8bit", "quoted-printable", "base64"], [35, 40, 25])


def _fname_mode(rng, fn):
    if _is_ascii(fn):
        return _w(rng, ["plain", "rfc2231", "rfc2047"], [80, 12, 8])
    return _w(rng, ["rfc2231", "rfc2047"], [70, 30])


def _att_leaf(att, rng, tag):
    kind = att["kind"]
    fn = att.get("fn")
    mode = att.get("fname_mode") or _fname_mode(rng, fn or "x")
    if kind == "eml":
        raw = compose(att["spec"], rng, tag, eol="\n")
        return Embedded(raw, fn, mode)
    disp = att.get("disposition", "attachment")
    if "text" in att:
        sub = att["ct"].split("/", 1)[1]
        cs = att.get("charset") or ("utf-8" if sub in ("calendar", "vcard")
                                    else _pick_charset(rng, att["text"]))
        if not encodable(att["text"], cs):
            cs = "utf-8"
        data_ascii = _is_ascii(att["text"])
        cte = att.get("cte") or _w(
            rng, ["base64", "quoted-printable", "7bit" if data_ascii else "8bit"],
            [45, 30, 25])
        sub = att["ct"].split("/", 1)[1]
        extra = {}
        if sub == "calendar":
            extra["method"] = att.get("method", "REQUEST")
        return text_leaf(att["text"], cs, cte, sub, fn, disp, mode, extra)
    return Leaf(att["ct"], att["data"], None, "base64", fn, disp, mode)


def compose(spec, rng, tag, eol=None):
    lang = spec["lang"]
    blocks = spec["blocks"]
    text = blocks_to_text(blocks, lang)
    body = spec.get("body") or _w(rng, ["plain", "alt", "html"], [42, 40, 18])
    cs = _pick_charset(rng, text, spec.get("charset"))
    style = _w(rng, ["outlook", "gmail", "plain"], [45, 30, 25])
    parts = []
    if body in ("plain", "alt"):
        cte = spec.get("cte") or _pick_cte(rng, _is_ascii(text))
        parts.append(text_leaf(text, cs, cte, "plain"))
    if body in ("html", "alt"):
        hdoc = html_doc(blocks_to_html(blocks, lang, style), cs, style)
        hcs = cs if encodable(hdoc, cs) else "utf-8"
        hcte = _w(rng, ["quoted-printable", "base64",
                        "7bit" if _is_ascii(hdoc) else "8bit"], [55, 25, 20])
        parts.append(text_leaf(hdoc, hcs, hcte, "html"))
    bnd = lambda: _w(rng, [
        f"----=_NextPart_{rng.getrandbits(40):010X}",
        f"_000_{rng.getrandbits(64):016x}CHDREXCH01_",
        f"=_b{rng.getrandbits(32):08x}{tag}",
        f"000000000000{rng.getrandbits(40):010x}"], [1, 1, 1, 1])
    cal = spec.get("alt_calendar")
    if cal is not None:
        parts.append(text_leaf(cal, "utf-8", "7bit" if _is_ascii(cal) else
                               "8bit", "calendar", extra={"method": "REQUEST"}))
    main = parts[0] if len(parts) == 1 else Multi("alternative", parts, bnd())
    atts = spec.get("atts") or []
    if atts:
        leaves = [_att_leaf(a, rng, f"{tag}a{i}") for i, a in enumerate(atts)]
        root = Multi("mixed", [main] + leaves, bnd())
    else:
        root = main

    # headers
    hcs = _w(rng, ["utf-8", "iso-8859-1"], [70, 30])
    hmode = _w(rng, ["B", "Q"], [45, 55])
    subj = spec["subject"]
    if _is_ascii(subj):
        smode = hmode if rng.random() < 0.12 else None
    else:
        smode = hmode
    amode = hmode if rng.random() < 0.5 else None
    H = [addr_header("From", [spec["frm"]], amode, hcs),
         addr_header("To", spec["to"], amode, hcs)]
    if spec.get("cc"):
        H.append(addr_header("Cc", spec["cc"], amode, hcs))
    H.append(hdr_text("Subject", subj, smode, hcs))
    H.append("Date: " + email.utils.format_datetime(spec["date"]))
    H.append("Message-ID: " + spec["msgid"])
    if spec.get("in_reply_to"):
        H.append("In-Reply-To: " + spec["in_reply_to"])
        H.append("References: " + spec["in_reply_to"])
    mailer = rng.choice(MAILERS)
    if mailer:
        H.append(f"{mailer[0]}: {mailer[1]}")
    if rng.random() < 0.4:
        H.append("Content-Language: " + ("fr-CA" if lang == "fr" else "en-CA"))
    for extra in spec.get("extra_headers", []):
        H.append(extra)
    if eol is None:
        eol = _w(rng, ["\n", "\r\n"], [50, 50])
    return render_message(H, root, eol)
