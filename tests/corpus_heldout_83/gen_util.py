"""Small helpers shared by the message builders."""
import datetime as _dt

from gen_common import T, CONF_FOOTER, sig


def greet(ctx, lang, name=None):
    if name:
        return ctx.choice(T(lang, [f"Bonjour {name},", f"Bonjour {name},", f"Salut {name},", f"{name},"],
                                  [f"Hi {name},", f"Hello {name},", f"Good morning {name},", f"{name},"]))
    return ctx.choice(T(lang, ["Bonjour,", "Bonjour à tous,", "Bonjour,", "Bon matin,", ""],
                              ["Hi,", "Hello,", "Good morning,", "Hi all,", ""]))


def close(ctx, lang):
    return ctx.choice(T(lang, ["Merci,", "Merci beaucoup!", "Bonne journée,", "Cordialement,", "Salutations,",
                               "Merci de votre collaboration,", "Au plaisir,"],
                              ["Thanks,", "Regards,", "Best,", "Thank you,", "Many thanks,", "Cheers,"]))


def body(ctx, lang, staff, paragraphs, org="hosp", footer=None, short_sig=None, greeting=None):
    g = greeting if greeting is not None else greet(ctx, lang)
    parts = ([g] if g else []) + list(paragraphs)
    if short_sig is None:
        short_sig = ctx.chance(0.35)
    parts.append(close(ctx, lang) + "\n" + sig(staff, lang, org, short=short_sig))
    if footer is None:
        footer = ctx.chance(0.4)
    if footer:
        parts.append("--\n" + CONF_FOOTER[lang])
    return "\n\n".join(parts) + "\n"


def quote(text, lang, who, when):
    head = T(lang, f"Le {when}, {who} a écrit :", f"On {when}, {who} wrote:")
    return head + "\n" + "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n"))


def outlook_quote(lang, frm, to, date_s, subject, text):
    if lang == "fr":
        h = f"De : {frm}\nEnvoyé : {date_s}\nÀ : {to}\nObjet : {subject}"
    else:
        h = f"From: {frm}\nSent: {date_s}\nTo: {to}\nSubject: {subject}"
    return "________________________________\n" + h + "\n\n" + text


def spec(ctx, lang, cat, note, frm, to, subject, text=None, html=None, atts=None, cc=None, **kw):
    s = dict(lang=lang, cat=cat, note=note, subject=subject, to=to, text=text, html=html,
             attachments=atts or [], cc=cc, date=kw.pop("date", None) or ctx.when())
    s["from"] = frm
    s.update(kw)
    return s


def who(staff, lang, dom=None):
    from gen_common import HDOM
    name = staff.dr(lang) if staff.role in ("radiologist", "md") else staff.full
    return (name, staff.addr(dom or HDOM))


def sdate(d, lang):
    from gen_common import fdate
    t = d.strftime("%H:%M")
    return f"{fdate(d.date() if isinstance(d, _dt.datetime) else d, lang)} {t}"
