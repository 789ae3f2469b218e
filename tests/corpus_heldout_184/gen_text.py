"""Shared text helpers: people, signatures, quoting, forwarding, HTML, identity blocks, specs."""
import html as _html
import unicodedata
import datetime as dt

import gen_data as D
import gen_ids as I
import gen_mime as M


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def mailbox(given, surname, domain):
    loc = ascii_fold(f"{given}.{surname}").lower().replace(" ", "").replace("'", "")
    return f"{loc}@{domain}"


# ---------------------------------------------------------------- people
def staff(ctx, *roles, exclude=()):
    """Pick a staff member whose English role contains one of the keywords."""
    pool = [s for s in D.STAFF if (not roles or any(r in s[5] for r in roles)) and s[3] not in exclude]
    t_fr, t_en, g, s, r_fr, r_en, ext, sex = ctx.pick(pool)
    return dict(t_fr=t_fr, t_en=t_en, given=g, surname=s, role_fr=r_fr, role_en=r_en, ext=ext, sex=sex,
                email=mailbox(g, s, D.DOM), internal=True)


def external(ctx, lang, *keys):
    pool = D.EXT_CLIN_FR if lang == "fr" else D.EXT_CLIN_EN
    pool = [e for e in pool if not keys or e[4] in keys]
    t, g, s, role, dom = ctx.pick(pool)
    return dict(t_fr=t, t_en=t, given=g, surname=s, role_fr=role, role_en=role, ext=None,
                email=mailbox(g, s, D.EXT_DOMAINS[dom]), internal=False, dom=dom)


def disp(person, lang, style=None):
    """Display name for a From/To header."""
    g, s = person["given"], person["surname"]
    style = style if style is not None else (sum(map(ord, g + s)) % 3)
    if style == 0:
        return f"{g} {s}"
    if style == 1:
        return f"{s}, {g}"
    return f"{g} {s} ({D.ORG_FR if lang == 'fr' else D.ORG_EN})" if person.get("internal") else f"{g} {s}"


def addr(person, lang, style=None):
    return (disp(person, lang, style), person["email"])


def title_name(person, lang):
    t = person["t_fr"] if lang == "fr" else person["t_en"]
    return f"{t} {person['surname']}"


def sig(ctx, person, lang, style=None):
    style = style or ctx.pick(["full", "short", "full", "initials", "mobile"])
    g, s = person["given"], person["surname"]
    role = person["role_fr"] if lang == "fr" else person["role_en"]
    t = person["t_fr"] if lang == "fr" else person["t_en"]
    if style == "initials":
        return f"\n{g[0]}{s[0]}".upper() if ctx.chance(0.5) else f"\n{g}"
    if style == "mobile":
        return ("\n" + g + ("\n\nEnvoyé de mon iPhone" if lang == "fr" else "\n\nSent from my phone"))
    if not person.get("internal"):
        return f"\n{t} {g} {s}\n{role}\n{ctx.phone_fmt()}"
    tel = f"819 555-01{int(person['ext']) % 100:02d}"
    if style == "short":
        return f"\n--\n{g} {s}\n{role}\n{'poste' if lang == 'fr' else 'ext.'} {person['ext']}"
    if lang == "fr":
        return (f"\n--\n{t} {g} {s}\n{role[0].upper() + role[1:]}\n{D.SERVICE_FR}\n{D.ORG_FR}\n{D.SITE_ADDR_FR}\n"
                f"Tél. : {tel} poste {person['ext']} | Téléc. : 819 555-0199\n"
                "AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. "
                "S'il vous est parvenu par erreur, veuillez le détruire et en aviser l'expéditeur.")
    return (f"\n--\n{g} {s}\n{role[0].upper() + role[1:]}\n{D.SERVICE_EN}\n{D.ORG_EN}\n{D.SITE_ADDR_EN}\n"
            f"Tel. {tel} ext. {person['ext']} | Fax 819 555-0199\n"
            "CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. If you received it "
            "in error, please delete it and notify the sender.")


def greet(ctx, person, lang):
    if lang == "fr":
        return ctx.pick([f"Bonjour {person['given']},", f"Bonjour {title_name(person, lang)},", "Bonjour,",
                         f"Salut {person['given']},", f"{person['given']},"])
    return ctx.pick([f"Hi {person['given']},", f"Dear {title_name(person, lang)},", "Hello,",
                     f"{person['given']} -", f"Hi {person['given']}"])


# ---------------------------------------------------------------- dates
def hdr_date(d, lang):
    if lang == "fr":
        return (f"{I.DAYS_FR[d.weekday()]} {d.day} {I.MONTHS_FR[d.month - 1]} {d.year} "
                f"{d.hour:02d}:{d.minute:02d}")
    h12 = d.hour % 12 or 12
    return (f"{I.DAYS_EN[d.weekday()]}, {I.MONTHS_EN[d.month - 1]} {d.day}, {d.year} "
            f"{h12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}")


def earlier(ctx, d, hours_lo=1, hours_hi=72):
    return d - dt.timedelta(minutes=ctx.rng.randrange(hours_lo * 60, hours_hi * 60))


# ---------------------------------------------------------------- quoting
def quote_reply(ctx, text, who, when, lang, style=None, to=None, subject=None):
    """who: person dict. style: 'gt' (> quoted), 'outlook' (header block)."""
    style = style or ctx.pick(["gt", "outlook", "gt"])
    name = f"{who['given']} {who['surname']}"
    if style == "gt":
        if lang == "fr":
            head = f"Le {hdr_date(when, 'fr')}, {name} <{who['email']}> a écrit :"
        else:
            head = f"On {hdr_date(when, 'en')}, {name} <{who['email']}> wrote:"
        body = "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))
        return f"\n\n{head}\n{body}\n"
    to_s = f"{to['given']} {to['surname']}" if to else ""
    if lang == "fr":
        head = (f"-----Message d'origine-----\nDe : {name} <{who['email']}>\nEnvoyé : {hdr_date(when, 'fr')}\n"
                f"À : {to_s}\nObjet : {subject or ''}")
    else:
        head = (f"-----Original Message-----\nFrom: {name} <{who['email']}>\nSent: {hdr_date(when, 'en')}\n"
                f"To: {to_s}\nSubject: {subject or ''}")
    return f"\n\n{head}\n\n{text.strip(chr(10))}\n"


def forward_block(ctx, text, who, when, subject, to, lang):
    name = f"{who['given']} {who['surname']}"
    to_s = f"{to['given']} {to['surname']} <{to['email']}>"
    if lang == "fr":
        return (f"\n\n-------- Message transféré --------\nDe : {name} <{who['email']}>\n"
                f"Date : {hdr_date(when, 'fr')}\nObjet : {subject}\nÀ : {to_s}\n\n{text.strip(chr(10))}\n")
    return (f"\n\n---------- Forwarded message ---------\nFrom: {name} <{who['email']}>\n"
            f"Date: {hdr_date(when, 'en')}\nSubject: {subject}\nTo: {to_s}\n\n{text.strip(chr(10))}\n")


# ---------------------------------------------------------------- HTML
def to_html(text, tables=None, font=None):
    """Convert plain text to simple Outlook-like HTML. tables: {marker: rows} replaced in place."""
    font = font or "Calibri, Arial, sans-serif"
    out = [f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           f'<body style="font-family:{font};font-size:11pt">']
    for block in text.strip("\n").split("\n\n"):
        key = block.strip()
        if tables and key in tables:
            rows = tables[key]
            out.append('<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">')
            for i, row in enumerate(rows):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{_html.escape(str(c))}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
            continue
        lines = block.split("\n")
        if all(ln.startswith(">") for ln in lines if ln):
            inner = "<br>\n".join(_html.escape(ln.lstrip("> ").rstrip()) for ln in lines)
            out.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:6px">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(_html.escape(ln) for ln in lines) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def table_text(rows, sep=" | "):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        out.append(sep.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


# ---------------------------------------------------------------- findings
class Findings:
    def __init__(self):
        self.types = set()
        self.ids = []        # (kind, value-as-written)
        self.holders = []    # NAM holder patients

    def add(self, *types):
        self.types.update(types)


def sex_token(ctx, p, lang):
    return ctx.pick(I.SEX_TOKENS[lang][p["sex"]])


def nam_text(ctx, p, style=None):
    style = style or ctx.pick(["plain", "space", "space", "dot", "dash", "slash", "wide", "odd", "plain"])
    return I.fmt_nam(p["nam"], style)


def ident(ctx, p, lang, F, style=None, dob=True, mrn=None, nam=True, extra=(), name_style=None):
    """Identity block for a patient. Records findings in F. Returns a string.

    extra: subset of ('sin', 'ohn', 'niss', 'nir', 'address', 'phone').
    A NAM is always written together with full name, birth date and sex.
    """
    style = style or ctx.pick(["line", "fields", "paren", "pipe"])
    use_nam = bool(p.get("nam")) and nam
    if use_nam:
        dob = True
        F.holders.append(p)
        F.add("ramq_nam")
        F.ids.append(("nam", p["nam"]))
    nm = I.name_form(ctx, p, name_style or ctx.pick(I.FULL_STYLES), lang)
    F.add("patient_name")
    parts = []  # (label_fr, label_en, value)
    if dob:
        F.add("date_of_birth")
        ds = ctx.pick(["iso", "dmy", "long", "ymd_slash", "dmy_dash"] if lang == "fr"
                      else ["iso", "dmy", "long", "short_en", "ymd_slash"])
        parts.append(("DDN", "DOB", I.fmt_date(p["dob"], ds, lang)))
    if use_nam or ctx.chance(0.35):
        parts.append(("Sexe", "Sex", "SEXTOKEN"))
    if use_nam:
        parts.append(("NAM", "RAMQ", nam_text(ctx, p)))
    if mrn is None:
        mrn = ctx.chance(0.5)
    if mrn:
        F.add("mrn")
        parts.append(("Dossier", "MRN", p["mrn"]))
    for e in extra:
        if e == "sin":
            F.add("ca_sin")
            F.ids.append(("sin", p["sin"]))
            parts.append(("NAS", "SIN", I.fmt_sin(p["sin"], ctx.pick(["plain", "space", "dash", "dot", "wide"]))))
        elif e == "ohn":
            F.add("ca_health_number")
            F.ids.append(("ohn", p["ohn"]))
            parts.append(("No carte santé Ontario", "OHIP/HCN",
                          I.fmt_ohn(p["ohn"], p["ohn_vc"], ctx.pick(["plain", "space", "dash", "wide"]))))
        elif e == "niss":
            F.add("be_niss")
            F.ids.append(("niss", p["niss"]))
            parts.append(("NISS", "NISS", I.fmt_niss(p["niss"], ctx.pick(["plain", "be", "space", "dot"]))))
        elif e == "nir":
            F.add("fr_nir")
            F.ids.append(("nir", p["nir"]))
            parts.append(("NIR", "NIR", I.fmt_nir(p["nir"], ctx.pick(["plain", "space", "dot", "wide"]))))
        elif e == "address":
            F.add("patient_contact")
            parts.append(("Adresse", "Address", p["address"]))
        elif e == "phone":
            F.add("patient_contact")
            parts.append(("Tél. domicile" if ctx.chance(0.5) else "Cell.", "Home phone" if ctx.chance(0.5) else "Cell",
                          p["phone"]))
    li = 0 if lang == "fr" else 1
    sx = sex_token(ctx, p, lang)
    if style == "fields":
        nl = "Nom" if lang == "fr" else "Name"
        lines = [f"{nl} : {nm}" if lang == "fr" else f"{nl}: {nm}"]
        for lab in parts:
            val = lab[2]
            if val == "SEXTOKEN":
                sxv = sx.strip("()")
                lines.append(sx if sx.lower().startswith("sex") else (f"Sexe : {sxv}" if lang == "fr" else f"Sex: {sxv}"))
                continue
            lines.append(f"{lab[li]} : {val}" if lang == "fr" else f"{lab[li]}: {val}")
        return "\n".join(lines)
    vals = []
    for lab in parts:
        if lab[2] == "SEXTOKEN":
            vals.append(sx)
        else:
            vals.append(f"{lab[li]} {lab[2]}")
    if style == "line":
        return nm + " — " + " — ".join(vals) if vals else nm
    if style == "pipe":
        return " | ".join([nm] + vals)
    return f"{nm} ({', '.join(vals)})" if vals else nm


# ---------------------------------------------------------------- spec
def new_spec(ctx, lang, frm, to, subject, when=None, cc=None, category="", note=""):
    when = when or ctx.when()
    dom = frm[1].split("@")[1]
    return dict(lang=lang, frm=frm, to=to, cc=cc or [], subject=subject, date=when,
                msgid=ctx.msgid(dom), attachments=[], category=category, note=note,
                crlf=ctx.chance(0.45), transport={})
