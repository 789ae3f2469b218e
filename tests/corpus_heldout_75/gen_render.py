"""Turn a message spec (dict) into RFC 5322 bytes, choosing a transport."""
import datetime
import email.utils

from gen_mime import (Multi, binary_leaf, boundary, build_message, encode_words, fmt_addr,
                      msgid, rfc822_leaf, text_leaf, text_to_html)

CTYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
    "octet": "application/octet-stream",
    "xls-csv": "application/vnd.ms-excel",
}

MAILERS = ["Microsoft Outlook 16.0", "Microsoft Outlook 15.0", None, None, "Apple Mail (2.3774)",
           "Mozilla Thunderbird", None]

TZ_EDT = datetime.timezone(datetime.timedelta(hours=-4))
TZ_EST = datetime.timezone(datetime.timedelta(hours=-5))


def msg_date(rng, d):
    """d: datetime.date -> aware datetime in Quebec time."""
    tz = TZ_EDT if (3 < d.month < 11 or (d.month == 3 and d.day > 10) or
                    (d.month == 11 and d.day < 3)) else TZ_EST
    return datetime.datetime(d.year, d.month, d.day, rng.randint(7, 17), rng.randint(0, 59),
                             rng.randint(0, 59), tzinfo=tz)


def body_node(spec, rng, mode):
    text = spec["text"]
    html = spec.get("html") or text_to_html(text, rng)
    if mode == "plain":
        return text_leaf(text, "plain", rng, charset=spec.get("charset"))
    if mode == "html":
        return text_leaf(html, "html", rng, charset=spec.get("charset"))
    parts = [text_leaf(text, "plain", rng, charset=spec.get("charset")),
             text_leaf(html, "html", rng, charset=spec.get("charset"))]
    return Multi("alternative", parts, boundary(rng))


def attachment_node(att, rng):
    kind = att["kind"]
    if kind in ("pdf", "docx", "xlsx", "zip"):
        ctype = att.get("ctype") or CTYPES[kind]
        if rng.random() < 0.1:
            ctype = CTYPES["octet"]
        return binary_leaf(att["data"], ctype, att["filename"], rng)
    if kind == "eml":
        if att.get("as_octet"):
            return binary_leaf(att["data"], "application/octet-stream", att["filename"], rng)
        return rfc822_leaf(att["data"], rng, att.get("filename"))
    if kind == "csv":
        if att.get("binary"):
            return binary_leaf(att["data"], rng.choice(["text/csv", CTYPES["xls-csv"],
                                                        CTYPES["octet"]]), att["filename"], rng)
        return text_leaf(att["text"], "csv", rng, charset=att.get("charset"),
                         disposition="attachment", filename=att["filename"])
    if kind == "ics":
        return text_leaf(att["text"], "calendar", rng, charset="utf-8",
                         disposition="attachment", filename=att["filename"],
                         extra_params="method=REQUEST", cte=rng.choice(["base64", "quoted-printable",
                                                                        "8bit"]))
    if kind == "vcf":
        return text_leaf(att["text"], rng.choice(["vcard", "x-vcard"]), rng, charset="utf-8",
                         disposition="attachment", filename=att["filename"])
    if kind == "txt":
        return text_leaf(att["text"], "plain", rng, charset=att.get("charset"),
                         disposition="attachment", filename=att["filename"])
    raise ValueError(kind)


def render(spec, rng):
    atts = spec.get("attachments", [])
    mode = spec.get("body_mode") or rng.choice(["plain", "plain", "html", "alt", "alt", "alt"])
    if atts:
        if mode == "html" and rng.random() < 0.5:
            mode = "alt"
        parts = [body_node(spec, rng, mode)] + [attachment_node(a, rng) for a in atts]
        node = Multi("mixed", parts, boundary(rng))
    elif spec.get("calendar"):
        cal = spec["calendar"]
        parts = [text_leaf(spec["text"], "plain", rng),
                 text_leaf(spec.get("html") or text_to_html(spec["text"], rng), "html", rng),
                 text_leaf(cal, "calendar", rng, charset="utf-8", extra_params="method=REQUEST",
                           cte=rng.choice(["base64", "7bit" if cal.isascii() else "8bit"]))]
        node = Multi("alternative", parts, boundary(rng))
    else:
        node = body_node(spec, rng, mode)

    dom = spec["from"][1].split("@")[1]
    hdrs = [("From", fmt_addr(spec["from"][0], spec["from"][1], rng)),
            ("To", ", ".join(fmt_addr(n, a, rng) for n, a in spec["to"]))]
    if spec.get("cc"):
        hdrs.append(("Cc", ", ".join(fmt_addr(n, a, rng) for n, a in spec["cc"])))
    hdrs.append(("Subject", encode_words(spec["subject"], rng)))
    hdrs.append(("Date", email.utils.format_datetime(spec["date"])))
    hdrs.append(("Message-ID", msgid(rng, dom)))
    if spec.get("reply"):
        ref = msgid(rng, rng.choice([dom, "partenaire.example"]))
        hdrs.append(("In-Reply-To", ref))
        hdrs.append(("References", ref))
    mailer = rng.choice(MAILERS)
    if mailer:
        hdrs.append(("X-Mailer", mailer))
    if mailer and "Outlook" in mailer:
        hdrs.append(("Thread-Topic", encode_words(spec["subject"].split(": ", 1)[-1], rng,
                                                  "Thread-Topic")))
        hdrs.append(("Content-Language", "fr-CA" if spec["lang"] == "fr" else "en-CA"))
    if spec.get("importance"):
        hdrs.append(("Importance", spec["importance"]))
    crlf = spec.get("crlf")
    if crlf is None:
        crlf = rng.random() < 0.5
    return build_message(hdrs, node, crlf=crlf)


def inner_eml(spec, rng):
    """Render an inner message (for message/rfc822 attachments) with LF endings."""
    s = dict(spec)
    s["crlf"] = False
    return render(s, rng)
