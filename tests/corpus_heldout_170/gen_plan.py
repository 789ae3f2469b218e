"""Plan the corpus: which builder and language for each file, dates, Message-IDs and
transport choices; then build every message."""
import datetime

from gen_common import DOM, HOLDERS, Ctx, new_rng
from gen_mime import build_message
from gen_neg_a import BUILDERS_NA
from gen_neg_b import BUILDERS_NB
from gen_neg_c import BUILDERS_NC
from gen_pos_a import BUILDERS_A
from gen_pos_b import BUILDERS_B
from gen_pos_c import BUILDERS_C

N_POS, N_NEG = 120, 180
POS_BUILDERS = BUILDERS_A + BUILDERS_B + BUILDERS_C
NEG_BUILDERS = BUILDERS_NA + BUILDERS_NB + BUILDERS_NC

START = datetime.datetime(2024, 10, 1)
END = datetime.datetime(2025, 3, 28)
EDT = datetime.timezone(datetime.timedelta(hours=-4))
EST = datetime.timezone(datetime.timedelta(hours=-5))
MAILERS = [None, None, "Microsoft Outlook 16.0", "Mozilla Thunderbird 115.6",
           "Microsoft Exchange Server 2019", None, "Apple Mail (2.3774)"]


def _tz(d):
    if datetime.datetime(2024, 11, 3, 2) <= d < datetime.datetime(2025, 3, 9, 2):
        return EST
    return EDT


def random_date(rng):
    span = (END - START).days
    while True:
        d = START + datetime.timedelta(days=rng.randint(0, span))
        if d.weekday() < 5 or rng.random() < 0.08:
            break
    d = d.replace(hour=rng.choice([7, 8, 8, 9, 9, 10, 10, 11, 13, 13, 14, 14, 15, 16, 17, 19]),
                  minute=rng.randint(0, 59), second=rng.randint(0, 59))
    return d.replace(tzinfo=_tz(d))


def assign(builders, n, langs_rng):
    order = []
    rounds = n // len(builders)
    for _ in range(rounds):
        order.extend(builders)
    extra = list(builders)
    langs_rng.shuffle(extra)
    order.extend(extra[:n - len(order)])
    langs = ["fr"] * (n // 2) + ["en"] * (n - n // 2)
    langs_rng.shuffle(langs)
    langs_rng.shuffle(order)
    return list(zip(order, langs))


def _encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def choose_transport(rng, spec):
    force = spec.get("force", {})
    form = force.get("form") or rng.choices(["plain", "alt", "html"], [45, 35, 20])[0]
    body = (spec.get("text") or "") + (spec.get("html") or "")
    if _encodable(body, "ascii"):
        charset = rng.choice(["us-ascii", "us-ascii", "utf-8", "iso-8859-1"])
    elif _encodable(body, "iso-8859-1"):
        charset = rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    elif _encodable(body, "cp1252"):
        charset = rng.choice(["utf-8", "utf-8", "windows-1252"])
    else:
        charset = "utf-8"
    if charset == "us-ascii" or _encodable(body, "ascii"):
        cte = rng.choices(["7bit", "quoted-printable", "base64"], [60, 20, 20])[0]
    else:
        cte = rng.choices(["8bit", "quoted-printable", "base64"], [40, 35, 25])[0]
    subj_ascii = _encodable(spec["subject"], "ascii")
    subj_enc = (rng.choice(["b", "q"]) if not subj_ascii else
                (rng.choice(["q", "b"]) if rng.random() < 0.12 else None))
    return {"form": form, "charset": charset, "cte": cte, "crlf": rng.random() < 0.5,
            "subj_enc": subj_enc, "name_enc": rng.choice(["b", "q"]),
            "entities": form != "plain" and rng.random() < 0.25, "style": rng.randint(0, 2),
            "preamble": rng.random() < 0.3}


def _msgid(rng, addr):
    dom = addr.split("@")[1] if "@" in addr else DOM
    return "<%s.%04x%08x@%s>" % (rng.choice(["CHRVB", "MSG", "20", "em"]), rng.getrandbits(16),
                                 rng.getrandbits(32), dom)


def build_all():
    """Return a list of dicts: relpath, bytes, label, meta."""
    plan_rng = new_rng("plan")
    holder_pool = list(HOLDERS)
    plan_rng.shuffle(holder_pool)
    out = []
    for kind, builders, n in (("p", POS_BUILDERS, N_POS), ("n", NEG_BUILDERS, N_NEG)):
        for i, (builder, lang) in enumerate(assign(builders, n, new_rng("assign", kind)), 1):
            rng = new_rng(kind, i)
            c = Ctx(rng, holder_pool if kind == "p" else [])
            c.reset(random_date(rng))
            spec = builder(c, lang)
            spec["date"] = c.date
            spec["msgid"] = _msgid(rng, spec["from_"][1])
            if spec.get("reply"):
                spec["in_reply_to"] = _msgid(rng, spec["to"][0][1])
            spec["transport"] = choose_transport(rng, spec)
            xm = rng.choice(MAILERS)
            if xm:
                spec["extra_headers"] = list(spec.get("extra_headers", [])) + ["X-Mailer: " + xm]
            raw = build_message(spec)
            folder = "positive" if kind == "p" else "negative"
            rel = "%s/%s%03d_%s.eml" % (folder, kind, i, spec["cat"])
            label = {"confidential": kind == "p", "types": spec["types"] if kind == "p" else [],
                     "lang": lang, "note": spec["note"]}
            meta = {"ids": list(c.ids), "patients": list(c.patients) if kind == "p" else [],
                    "builder": builder.__name__}
            if kind == "n" and (c.ids or spec["types"]):
                raise SystemExit("negative %s registered identifiers/types" % rel)
            out.append({"rel": rel, "raw": raw, "label": label, "meta": meta})
    return out
