"""Per-message transport plan: structure, charset, transfer encoding, line ends, header encodings."""

MAILERS = [None, None, "Microsoft Outlook 16.0", "Mozilla Thunderbird 115.8", "Zimbra 9.0 (ZimbraWebClient)",
           "Apple Mail (2.3774)", None]


def _weighted(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def plan(rng, hints=None, nested=False):
    hints = hints or {}
    tp = {
        "eol": _weighted(rng, [("lf", 5), ("crlf", 5)]),
        "struct": _weighted(rng, [("plain", 45), ("alt", 35), ("html", 20)]),
        "charset": _weighted(rng, [("utf-8", 45), ("iso-8859-1", 20), ("windows-1252", 20), ("us-ascii", 15)]),
        "cte": _weighted(rng, [("8bit", 45), ("quoted-printable", 30), ("base64", 25)]),
        "hcs": _weighted(rng, [("utf-8", 7), ("iso-8859-1", 3)]),
        "henc": _weighted(rng, [("B", 5), ("Q", 5)]),
        "force_subj_enc": rng.random() < 0.1,
        "rfc2231_all": rng.random() < 0.2,
        "att_text_cte": _weighted(rng, [("base64", 5), ("quoted-printable", 3), ("8bit", 2)]),
        "mailer": rng.choice(MAILERS),
        "clang": rng.random() < 0.3,
        "flowed": rng.random() < 0.1,
    }
    if nested:
        tp["struct"] = _weighted(rng, [("plain", 7), ("alt", 3)])
    tp.update(hints)
    return tp
