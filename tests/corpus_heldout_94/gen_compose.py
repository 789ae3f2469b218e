"""Turns a message spec (dict) into RFC 5322 bytes with a randomly chosen transport."""
import email.utils
import datetime as dt

import gen_mime as M
import gen_common as C
import gen_data as D

TZ_WINTER = dt.timezone(dt.timedelta(hours=-5))
TZ_SUMMER = dt.timezone(dt.timedelta(hours=-4))


def _charset_for(rng, texts, prefer=None):
    joined = "".join(texts)
    cands = []
    if prefer and M.can_encode(joined, prefer):
        return prefer
    if M.can_encode(joined, "us-ascii"):
        cands += ["us-ascii"] * 3
    cands += ["utf-8"] * 4
    if M.can_encode(joined, "iso-8859-1"):
        cands += ["iso-8859-1"] * 2
    if M.can_encode(joined, "windows-1252"):
        cands += ["windows-1252"] * 2
    return rng.choice(cands)


def _cte_for(rng, charset, prefer=None):
    if prefer:
        if prefer == "7bit" and charset != "us-ascii":
            prefer = "8bit"
        return prefer
    if charset == "us-ascii":
        return rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
    return rng.choice(["8bit", "8bit", "quoted-printable", "quoted-printable", "base64"])


def body_parts(rng, spec, stats):
    text = spec.get("body", "")
    html = spec.get("html")
    mode = spec.get("mode")
    if mode is None:
        if html:
            mode = rng.choice(["html", "alt", "alt"])
        else:
            mode = rng.choice(["plain", "plain", "plain", "alt", "alt", "html"])
    if mode in ("html", "alt") and not html:
        html = M.text_to_html(text, rng)
    texts = [text] if mode == "plain" else ([html] if mode == "html" else [text, html])
    charset = _charset_for(rng, texts, spec.get("charset"))
    cte = _cte_for(rng, charset, spec.get("cte"))
    stats["charset"].add(charset)
    stats["cte"].add(cte)
    stats["mode"].add(mode)
    if mode == "plain":
        return M.text_part(text, "plain", charset, cte)
    if mode == "html":
        return M.text_part(html, "html", charset, cte)
    cte2 = _cte_for(rng, charset)
    stats["cte"].add(cte2)
    return M.multipart("alternative", [M.text_part(text, "plain", charset, cte),
                                       M.text_part(html, "html", charset, cte2)],
                       boundary=_boundary(rng, "alt"))


def _boundary(rng, tag):
    return f"----=_Part_{tag}_{rng.randrange(16**10):010x}.{rng.randrange(10**6)}"


def build(rng, spec, idx, stats, inner=False):
    """Return message bytes (LF line endings if inner, else chosen)."""
    body = body_parts(rng, spec, stats)
    atts = spec.get("atts") or []
    if atts:
        children = [body]
        for a in atts:
            if "eml" in a:
                children.append(M.rfc822_part(a["eml"], a.get("name")))
                stats["att"].add("eml")
            else:
                cte = a.get("cte")
                if cte is None and a["ctype"].startswith("text/"):
                    cte = rng.choice(["base64", "quoted-printable"])
                children.append(M.attachment_part(a["data"], a["ctype"], a["name"], rng,
                                                  fname_style=a.get("fname_style"), cte=cte,
                                                  disposition=a.get("disposition", "attachment")))
                stats["att"].add(a["name"].rsplit(".", 1)[-1].lower())
                if any(ord(c) > 127 for c in a["name"]):
                    stats["fname"].add("non-ascii")
        top = M.multipart("mixed", children, boundary=_boundary(rng, "mix"))
    else:
        top = body
    when = spec.get("date")
    if when is None:
        if C.QUOTED and not inner:
            when = max(C.QUOTED) + dt.timedelta(minutes=rng.randrange(7, 1800))
        else:
            when = C.mail_date(rng)
    if inner:
        C.QUOTED.append(when)
    tz = TZ_WINTER if when < dt.datetime(2025, 3, 9, 2) else TZ_SUMMER
    hdrs = []
    frm_name, frm_addr = spec["frm"]
    hdrs.append(("From", M.address(frm_name, frm_addr, rng)))
    hdrs.append(("To", ",\n ".join(M.address(n, a, rng) for n, a in spec["to"])))
    if spec.get("cc"):
        hdrs.append(("Cc", ",\n ".join(M.address(n, a, rng) for n, a in spec["cc"])))
    subj = spec["subject"]
    hdrs.append(("Subject", M.header_value(subj, rng)))
    if any(ord(c) > 127 for c in subj):
        stats["hdr"].add("rfc2047")
    hdrs.append(("Date", email.utils.format_datetime(when.replace(tzinfo=tz))))
    dom = frm_addr.split("@")[1]
    hdrs.append(("Message-ID", f"<{idx}.{rng.randrange(16**12):012x}@{dom}>"))
    if spec.get("reply_to_id"):
        hdrs.append(("In-Reply-To", f"<{spec['reply_to_id']}@{D.ORG_DOMAIN}>"))
        hdrs.append(("References", f"<{spec['reply_to_id']}@{D.ORG_DOMAIN}>"))
    for k, v in spec.get("extra_headers", []):
        hdrs.append((k, M.header_value(v, rng)))
    mailer = rng.choice(D.X_MAILERS)
    if mailer and not inner:
        hdrs.append(("X-Mailer", mailer))
    hdrs.append(("MIME-Version", "1.0"))
    top.headers = hdrs + top.headers
    raw = top.to_bytes()
    if inner:
        return raw
    crlf = spec.get("crlf")
    if crlf is None:
        crlf = rng.random() < 0.45
    stats["eol"].add("CRLF" if crlf else "LF")
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    return raw


def inner_eml(rng, spec, stats):
    """Build a message to be attached as message/rfc822 (always LF; converted with parent)."""
    return build(rng, spec, "fw" + str(rng.randrange(10**6)), stats, inner=True)
