"""Small helpers used by every template module."""
import gen_mime as M
import gen_text as T


def L(lang, fr, en):
    return fr if lang == "fr" else en


def attach(ctx, spec, filename, data, **kw):
    if M.is_ascii(filename):
        enc = ctx.pick(["plain", "plain", "plain", "2231", "2231_cont"])
    else:
        enc = ctx.pick(["2231", "2231", "2231_latin1", "2231_cont"])
    a = dict(filename=filename, data=data, name_enc=kw.pop("name_enc", enc))
    a.update(kw)
    spec["attachments"].append(a)
    return a


def finish(ctx, spec, text, tables=None, form=None, F=None):
    """Set body form. tables: {marker_line: rows} (rendered as text tables in plain)."""
    form = form or ctx.pick(["plain", "plain", "alt", "alt", "html"])
    plain = text
    if tables:
        for k, rows in tables.items():
            plain = plain.replace(k, T.table_text(rows))
    if form == "plain":
        spec["text"] = plain
    elif form == "html":
        spec["html"] = T.to_html(text, tables)
    else:
        spec["text"] = plain
        spec["html"] = T.to_html(text, tables)
    if F is not None:
        spec["F"] = F
    return spec


def ga(ctx, lo=11, hi=22, lang="fr"):
    w, d = ctx.rng.randrange(lo, hi), ctx.rng.randrange(0, 7)
    return f"{w}+{d} SA" if lang == "fr" else ctx.pick([f"{w}+{d} wks", f"{w}w{d}d", f"GA {w}+{d}"])


def clin_cond(ctx, adult=True):
    import gen_data as D
    return ctx.pick([c for c in D.CONDITIONS if c["adult"] == adult])
