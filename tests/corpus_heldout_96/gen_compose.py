"""Assemble one e-mail from a small spec, choosing transport details at random."""
import datetime as _dt
import email.utils

import gen_mime as M
from gen_common import gz

CT = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv",
    "ics": "text/calendar",
    "vcf": "text/vcard",
    "zip": "application/zip",
    "txt": "text/plain",
    "eml": "message/rfc822",
    "png": "image/png",
}

MAILERS = [None, None, "Microsoft Outlook 16.0", "Apple Mail (2.3774.500.171.1.1)",
           "Mozilla Thunderbird 115.10", "Microsoft Outlook 15.0", None,
           "Roundcube Webmail/1.6.5"]


def msg_date(rng, month_lo=1, month_hi=11):
    m = rng.randint(month_lo, month_hi)
    d = rng.randint(1, 28)
    hh = rng.choice([6, 7, 7, 8, 8, 9, 10, 11, 13, 14, 15, 16, 17, 19, 22])
    dt = _dt.datetime(2025, m, d, hh, rng.randint(0, 59), rng.randint(0, 59))
    dst = _dt.datetime(2025, 3, 9) <= dt < _dt.datetime(2025, 11, 2)
    tz = _dt.timezone(_dt.timedelta(hours=-4 if dst else -5))
    return dt.replace(tzinfo=tz)


def pick_charset(rng, lang):
    r = rng.random()
    if lang == "fr":
        return "utf-8" if r < 0.5 else "iso-8859-1" if r < 0.7 else "windows-1252" if r < 0.9 else "us-ascii"
    return "utf-8" if r < 0.45 else "us-ascii" if r < 0.75 else "windows-1252" if r < 0.88 else "iso-8859-1"


def pick_cte(rng, charset):
    r = rng.random()
    if charset == "us-ascii":
        return "7bit" if r < 0.7 else "quoted-printable" if r < 0.85 else "base64"
    return "quoted-printable" if r < 0.4 else "8bit" if r < 0.7 else "base64"


def msgid(rng, dom):
    return f"<{rng.getrandbits(64):016x}.{rng.getrandbits(24):06x}@{dom}>"


def compose(rng, *, lang, frm, to, subject, body, date=None, cc=(), html_table=None,
            attachments=(), layout=None, charset=None, cte=None, crlf=None,
            in_reply_to=None, extra_headers=(), alt_calendar=None, importance=None,
            html_body=None, sex=None):
    """frm: (name, email); to/cc: lists of (name, email);
    attachments: list of dicts(data=bytes|inner_bytes, kind, filename, fn_mode?, inline?).
    layout: 'plain' | 'html' | 'alt' (body part shape); None = random."""
    if sex and lang == "fr":
        subject, body, html_body = gz(subject, sex), gz(body, sex), gz(html_body, sex)
    date = date or msg_date(rng)
    charset = charset or pick_charset(rng, lang)
    cte = cte or pick_cte(rng, charset)
    crlf = rng.random() < 0.4 if crlf is None else crlf
    if layout is None:
        r = rng.random()
        layout = "plain" if r < 0.4 else "html" if r < 0.6 else "alt"
    hstyle = rng.randint(0, 1)
    hcs = charset if charset in ("iso-8859-1", "windows-1252") else "utf-8"
    henc = rng.choice(["q", "b", "q"])

    def html_of(text):
        h = html_body or M.to_html(text, lang, html_table, hstyle)
        return h.replace("charset=utf-8", f"charset={charset}")

    if layout == "plain":
        body_part = M.text_part(body, "plain", charset, cte)
    elif layout == "html":
        body_part = M.text_part(html_of(body), "html", charset, cte)
    else:
        alts = [M.text_part(body, "plain", charset, cte),
                M.text_part(html_of(body), "html", charset,
                            "quoted-printable" if cte == "7bit" else cte)]
        if alt_calendar:
            alts.append(M.text_part(alt_calendar, "calendar", "utf-8", "base64",
                                    extra_params="; method=REQUEST"))
        body_part = M.multipart("alternative", alts, f"alt_{rng.getrandbits(48):012x}")

    if attachments:
        parts = [body_part]
        for a in attachments:
            kind = a["kind"]
            if kind == "eml":
                parts.append(M.rfc822(a["data"], a.get("filename")))
                continue
            ctype = a.get("ctype") or CT[kind]
            extra = ""
            cte_a = "base64"
            if kind in ("csv", "txt", "ics", "vcf"):
                cs = a.get("charset", "utf-8")
                extra = f'; charset="{cs}"' + ("; method=REQUEST" if kind == "ics" and a.get("method") else "")
                cte_a = a.get("cte", rng.choice(["base64", "quoted-printable", "base64"]))
            parts.append(M.attachment(a["data"], ctype, a["filename"],
                                      a.get("fn_mode", rng.choice(["plain", "2231", "plain", "2047"])),
                                      cte=cte_a, inline=a.get("inline", False), ct_extra=extra))
        root = M.multipart("mixed", parts, f"----=_Part_{rng.randint(10000, 99999)}_{rng.getrandbits(32):08x}",
                           preamble="This is a multi-part message in MIME format." if rng.random() < 0.5 else None)
    else:
        root = body_part

    dom = frm[1].split("@")[1]
    headers = [("From", M.addr(frm[0], frm[1], hcs, henc)),
               ("To", M.addr_list(to, hcs, henc))]
    if cc:
        headers.append(("Cc", M.addr_list(cc, hcs, henc)))
    headers += [("Subject", M.hval(subject, 9, hcs, henc)),
                ("Date", email.utils.format_datetime(date)),
                ("Message-ID", msgid(rng, dom))]
    if in_reply_to:
        headers += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    if importance:
        headers.append(("Importance", importance))
    mailer = rng.choice(MAILERS)
    if mailer:
        headers.append(("X-Mailer", mailer))
    if rng.random() < 0.3:
        headers.append(("Content-Language", "fr-CA" if lang == "fr" else "en-CA"))
    headers += list(extra_headers)
    headers.append(("MIME-Version", "1.0"))
    return M.render_message(headers, root, crlf)
