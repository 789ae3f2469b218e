"""Turn a message spec (dict) into RFC 5322 bytes, choosing transport details from the seeded RNG."""
import datetime
import email.utils

from gen_mime import (Leaf, Multi, Rfc822, Serializer, addr, can_encode, finalize, header_value,
                      is_ascii, text_to_html)

MAILERS = [None, None, "Microsoft Outlook 16.0", "Apple Mail (2.3774)", "Mozilla Thunderbird 115.6",
           "Zimbra 9.0 (ZimbraWebClient)", "PortailPatient+ notifier 4.2", None]

STATS = {"mode": {}, "charset": {}, "cte": {}, "eol": {}, "hdr": {}, "fname": {}, "rfc822": 0}


def _count(k, v):
    STATS[k][v] = STATS[k].get(v, 0) + 1


def tz_for(d):
    return datetime.timezone(datetime.timedelta(hours=-4 if 3 < d.month < 11 else -5))


def choose_charset(rng, texts):
    joined = "".join(t for t in texts if t)
    if is_ascii(joined):
        return rng.choice(["us-ascii", "us-ascii", "utf-8", "iso-8859-1", "windows-1252"])
    cands = ["utf-8", "utf-8"] + [c for c in ("iso-8859-1", "windows-1252") if can_encode(joined, c)] * 2
    return rng.choice(cands)


def choose_cte(rng, charset, text):
    if charset == "us-ascii" or is_ascii(text):
        return rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
    return rng.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])


def body_part(ctx, spec, opts):
    rng = ctx.rng
    text = spec.get("text") or ""
    html = spec.get("html")
    mode = spec.get("mode") or rng.choice(["plain", "plain", "plain", "alt", "alt", "html"])
    if mode != "plain" and html is None:
        html = text_to_html(text, entities=rng.random() < 0.35)
    cs = spec.get("charset") or choose_charset(rng, [spec.get("subject", ""), text, html or ""])
    _count("mode", mode)
    _count("charset", cs)
    parts = []
    if mode in ("plain", "alt"):
        cte = spec.get("cte") or choose_cte(rng, cs, text)
        _count("cte", cte)
        parts.append(Leaf("text/plain", text if text.endswith("\n") else text + "\n", charset=cs, cte=cte,
                          params=(["format=flowed"] if rng.random() < 0.1 else [])))
    if mode in ("html", "alt"):
        cte = spec.get("html_cte") or choose_cte(rng, cs, html)
        _count("cte", cte)
        parts.append(Leaf("text/html", html, charset=cs, cte=cte))
    if len(parts) == 1:
        return parts[0]
    return Multi("alternative", parts)


def attachment_part(ctx, att, opts):
    rng = ctx.rng
    fn = att.get("filename")
    if fn and not is_ascii(fn):
        nm = att.get("name_mode") or rng.choice(["2231", "2231", "2047", "2231long"])
    else:
        nm = att.get("name_mode") or rng.choice(["plain", "plain", "plain", "plain", "plain", "2231"])
    if fn:
        _count("fname", nm)
    if "eml" in att:
        inner = build_bytes(ctx, att["eml"], inner=True)
        STATS["rfc822"] += 1
        return Rfc822(inner, filename=fn, name_mode=nm)
    if "text" in att:
        t = att["text"]
        cs = att.get("charset") or ("us-ascii" if is_ascii(t) else rng.choice(
            ["utf-8"] + [c for c in ("iso-8859-1", "windows-1252") if can_encode(t, c)]))
        cte = att.get("cte") or choose_cte(rng, cs, t)
        _count("cte", cte)
        return Leaf(att["ctype"], t, charset=cs, cte=cte, filename=fn,
                    disposition=att.get("disposition"), name_mode=nm, params=att.get("params", []))
    return Leaf(att["ctype"], att["data"], cte="base64", filename=fn,
                disposition=att.get("disposition"), name_mode=nm)


def build_bytes(ctx, spec, inner=False):
    rng = ctx.rng
    opts = {
        "hmode": rng.choice(["B", "Q"]),
        "hcs": rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"]),
        "raw_utf8_headers": (not inner) and rng.random() < 0.04,
    }
    _count("hdr", "raw8" if opts["raw_utf8_headers"] else opts["hmode"])
    body = body_part(ctx, spec, opts)
    atts = spec.get("attachments") or []
    if atts:
        root = Multi(spec.get("multipart", "mixed"), [body] + [attachment_part(ctx, a, opts) for a in atts])
    else:
        root = body
    d = spec["date"]
    dd = d.replace(tzinfo=tz_for(d))
    frm = spec["from"]
    headers = [("From", addr(frm[0], frm[1], rng, opts))]
    to = ", ".join(addr(n, a, rng, opts) for n, a in spec["to"])
    headers.append(("To", to))
    if spec.get("cc"):
        headers.append(("Cc", ", ".join(addr(n, a, rng, opts) for n, a in spec["cc"])))
    headers.append(("Subject", header_value("Subject", spec.get("subject", ""), rng, opts)))
    headers.append(("Date", email.utils.format_datetime(dd)))
    host = frm[1].split("@")[-1]
    mid = "<%s.%s@%s>" % ("".join(rng.choice("0123456789ABCDEF") for _ in range(16)),
                          rng.randrange(10**5, 10**6), host)
    headers.append(("Message-ID", mid))
    if spec.get("reply"):
        ref = "<%s@%s>" % ("".join(rng.choice("0123456789abcdef") for _ in range(20)), spec["to"][0][1].split("@")[-1])
        headers.append(("In-Reply-To", ref))
        headers.append(("References", ref))
    if spec.get("importance"):
        headers.append(("Importance", spec["importance"]))
    for k, v in spec.get("extra_headers", []):
        headers.append((k, header_value(k, v, rng, opts)))
    mailer = rng.choice(MAILERS)
    if mailer and not inner:
        headers.append(("X-Mailer", mailer))
    ser = Serializer(rng)
    return ser.message_bytes(headers, root, opts)


def compose(ctx, spec):
    data = build_bytes(ctx, spec)
    eol = spec.get("eol") or ctx.rng.choice(["crlf", "lf"])
    _count("eol", eol)
    return finalize(data, eol)
