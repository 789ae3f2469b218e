"""Composition helpers: mail skeletons, greetings, signatures, disclaimers, quoting."""
import datetime as dt

from gen_common import (CLINIC_ADDR, CLINIC_FAX, CLINIC_PHONE, DAYS_EN, DAYS_FR, DOM, HOSP_EN, HOSP_FR,
                        MONTHS_EN, MONTHS_FR, UNITS, staff_addr)

BASE = dt.datetime(2025, 1, 6, 8, 0)


def mail_date(rng):
    while True:
        d = BASE + dt.timedelta(days=rng.randint(0, 320), minutes=rng.randint(0, 11 * 60))
        if d.weekday() < 5 or rng.random() < 0.1:
            return d.replace(second=rng.randint(0, 59))


def msgid(rng, dom=DOM):
    h = "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
    style = rng.randint(0, 2)
    if style == 0:
        return f"{h}@{dom}"
    if style == 1:
        return f"YT1PR01MB{h[:6]}{h[6:]}.CANPRD01.PROD.{dom.upper()}"
    return f"{h[:8].lower()}-{h[8:12].lower()}-{h[12:].lower()}@mail.{dom}"


def new_mail(ctx, lang, subject, frm, to, text, **kw):
    rng = ctx.rng
    m = {"subject": subject, "frm": frm, "to": to, "text": text, "lang": lang,
         "date": kw.pop("date", None) or ctx.now, "msgid": msgid(rng, frm[1].split("@")[1])}
    m.update(kw)
    return m


def greet(rng, lang, name=None, group=False):
    if lang == "fr":
        opts = ["Bonjour,", "Bonjour {n},", "Bonjour {n},", "Salut {n},", "Allô {n},", "Bon matin,", "{n},", ""]
        if group:
            opts = ["Bonjour à tous,", "Bonjour à toutes et à tous,", "Bonjour,", "Bon matin à tous,", "À tout le personnel,"]
    else:
        opts = ["Hi,", "Hi {n},", "Hello {n},", "Good morning,", "{n} -", "Hey {n},", ""]
        if group:
            opts = ["Hello all,", "Hi everyone,", "Good morning all,", "Dear colleagues,", "To all staff,"]
    g = rng.choice(opts)
    if "{n}" in g:
        if not name:
            return "Bonjour," if lang == "fr" else "Hi,"
        return g.format(n=name)
    return g


def closing(rng, lang):
    if lang == "fr":
        return rng.choice(["Merci!", "Merci beaucoup,", "Bonne journée,", "Cordialement,", "Merci et bonne fin de journée",
                           "Au plaisir,", "Bien à vous,", "Merci de votre collaboration.", "Merci à l'avance", ""])
    return rng.choice(["Thanks!", "Thank you,", "Best,", "Regards,", "Many thanks", "Cheers,", "Kind regards,", "Thx", ""])


def signature(rng, s, lang, short=None):
    """s is a STAFF tuple (7 items) or an EXTERNAL tuple (6 items)."""
    if len(s) == 6:
        return ext_signature(rng, s, lang, short)
    given, sur, sex, role_fr, role_en, unit, login = s
    if short is None:
        short = rng.random() < 0.3
    if short:
        return rng.choice([f"{given[0]}. {sur}", given, f"{given} {sur}", f"-- {given}",
                           f"{given}\n{'Envoyé de mon iPhone' if lang == 'fr' else 'Sent from my iPhone'}"])
    unit_name = UNITS.get(unit, UNITS["neuro"])[0 if lang == "fr" else 1]
    cred = ""
    if "neurologist" in role_en or "physiatr" in role_en:
        cred = rng.choice([", MD, FRCPC", ", M.D.", " MD", ""])
    elif "resident" in role_en:
        cred = rng.choice([", MD", ", M.D.", ""])
    role = role_fr if lang == "fr" else role_en
    ext = rng.randint(20000, 29999)
    lines = ["-- ", f"{given} {sur}{cred}", role[0].upper() + role[1:], unit_name,
             HOSP_FR if lang == "fr" else HOSP_EN]
    style = rng.randint(0, 3)
    if style == 0:
        lines += [CLINIC_ADDR, f"{'Tél.' if lang == 'fr' else 'Tel.'} {CLINIC_PHONE}, {'poste' if lang == 'fr' else 'ext.'} {ext} | {'Téléc.' if lang == 'fr' else 'Fax'} {CLINIC_FAX}"]
    elif style == 1:
        lines += [f"{CLINIC_PHONE} #{ext}", f"{login}@{DOM}"]
    elif style == 2:
        lines += [f"T {CLINIC_PHONE} p.{ext} · F {CLINIC_FAX}"]
    else:
        lines = lines[:3]
    return "\n".join(lines)


def ext_signature(rng, e, lang, short=None):
    given, sur, sex, role, org, dom = e
    if short or (short is None and rng.random() < 0.25):
        return rng.choice([f"{given} {sur}", f"{given[0]}. {sur}", given])
    area = "613" if "kingsbury" in dom else ("+32 4" if dom.endswith("liegeouest.example") else ("+33 2" if "villebrune" in dom else rng.choice(["418", "581", "819"])))
    tel = f"{area} 555-01{rng.randint(50, 99)}"
    cred = ", M.D." if "médecin" in role or "physician" in role or "logue" in role else ""
    lines = [f"{given} {sur}{cred}", role[0].upper() + role[1:], org]
    if rng.random() < 0.7:
        lines.append(f"{'Tél.' if lang == 'fr' else 'Tel.'} {tel}")
    return "\n".join(lines)


def later(ctx, prev, lo=15, hi=2880):
    return prev["date"] + dt.timedelta(minutes=ctx.rng.randint(lo, hi))


DISCLAIMERS_FR = [
    "AVIS DE CONFIDENTIALITÉ : Ce message peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, "
    "veuillez en aviser l'expéditeur et le détruire.",
    "Ce courriel et ses pièces jointes sont destinés exclusivement au(x) destinataire(s) mentionné(s). Toute diffusion non "
    "autorisée est interdite.",
    "Pensez à l'environnement avant d'imprimer ce courriel.",
]
DISCLAIMERS_EN = [
    "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it in error, please notify "
    "the sender and delete it.",
    "This message is intended only for the addressee(s). Unauthorized use or disclosure is prohibited.",
    "Please consider the environment before printing this e-mail.",
]


def disclaimer(rng, lang):
    if rng.random() < 0.35:
        bi = rng.random() < 0.3
        d = rng.choice(DISCLAIMERS_FR if lang == "fr" else DISCLAIMERS_EN)
        if bi:
            d = rng.choice(DISCLAIMERS_FR) + "\n" + rng.choice(DISCLAIMERS_EN)
        return "\n\n" + d
    return ""


def body(rng, lang, greeting, paragraphs, sender, name=None, sig_short=None, group=False):
    parts = []
    g = greet(rng, lang, name, group) if greeting is None else greeting
    if g:
        parts.append(g)
    parts += [p for p in paragraphs if p is not None]
    c = closing(rng, lang)
    if c:
        parts.append(c)
    text = "\n\n".join(parts) + "\n\n" + signature(rng, sender, lang, sig_short) + disclaimer(rng, lang)
    return text


MONTHS_FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def fr_datetime(d):
    return f"{DAYS_FR[d.weekday()]} {d.day} {MONTHS_FR[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}"


def en_datetime(d):
    return f"{DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}"


def quote(rng, lang, prev, style=None):
    """Return the quoted history block of mail dict prev."""
    style = style if style is not None else rng.randint(0, 2)
    d = prev["date"]
    who_n, who_a = prev["frm"]
    to_s = "; ".join(n or a for n, a in prev["to"])
    if style == 0:
        if lang == "fr":
            head = f"Le {DAYS_FR[d.weekday()][:3]}. {d.day} {MONTHS_FR_ABBR[d.month - 1]} {d.year} à {d.hour:02d} h {d.minute:02d}, {who_n} <{who_a}> a écrit :"
        else:
            head = f"On {DAYS_EN[d.weekday()][:3]}, {MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year} at {d.strftime('%I:%M %p').lstrip('0')} {who_n} <{who_a}> wrote:"
        q = "\n".join(("> " + ln) if ln else ">" for ln in prev["text"].split("\n"))
        return head + "\n" + q
    if style == 1:
        if lang == "fr":
            head = f"De : {who_n} <{who_a}>\nEnvoyé : {fr_datetime(d)}\nÀ : {to_s}\nObjet : {prev['subject']}"
        else:
            head = f"From: {who_n} <{who_a}>\nSent: {en_datetime(d)}\nTo: {to_s}\nSubject: {prev['subject']}"
        return "_" * 32 + "\n" + head + "\n\n" + prev["text"]
    if lang == "fr":
        head = f"-----Message d'origine-----\nDe : {who_n}\nDate : {fr_datetime(d)}\nÀ : {to_s}\nObjet : {prev['subject']}"
    else:
        head = f"-----Original Message-----\nFrom: {who_n}\nDate: {en_datetime(d)}\nTo: {to_s}\nSubject: {prev['subject']}"
    return head + "\n\n" + prev["text"]


def forward_block(lang, prev):
    d = prev["date"]
    who_n, who_a = prev["frm"]
    to_s = ", ".join(f"{n} <{a}>" if n else a for n, a in prev["to"])
    if lang == "fr":
        head = (f"-------- Message transféré --------\nSujet : {prev['subject']}\nDate : {fr_datetime(d)}\n"
                f"De : {who_n} <{who_a}>\nPour : {to_s}")
    else:
        head = (f"---------- Forwarded message ---------\nFrom: {who_n} <{who_a}>\nDate: {en_datetime(d)}\n"
                f"Subject: {prev['subject']}\nTo: {to_s}")
    return head + "\n\n" + prev["text"]


def reply_subject(rng, lang, subj, fwd=False):
    if fwd:
        p = rng.choice(["TR : ", "TR: ", "Fwd: "]) if lang == "fr" else rng.choice(["FW: ", "Fwd: ", "Fw: "])
    else:
        p = rng.choice(["RE : ", "RE: ", "Re: "]) if lang == "fr" else rng.choice(["RE: ", "Re: "])
    return p + subj


def unit_name(unit, lang):
    return UNITS[unit][0 if lang == "fr" else 1]


def hospital(lang):
    return HOSP_FR if lang == "fr" else HOSP_EN


def to_staff(*ss):
    return [staff_addr(s) for s in ss]


class Ctx:
    """Per-message context: its own RNG plus shared decks."""

    def __init__(self, rng, deck):
        self.rng = rng
        self.deck = deck
        self.now = mail_date(rng)

    def patient(self, nam=False, pool=None, age=(19, 88)):
        """A patient not yet used in this message."""
        from gen_common import make_patient, nam_patient
        if not hasattr(self, "seen"):
            self.seen = set()
        for _ in range(60):
            p = nam_patient(self.rng, self.deck.next(age)) if nam else make_patient(self.rng, pool=pool, age=age)
            key = (p["given"], p["surname"])
            if key not in self.seen:
                break
        self.seen.add(key)
        return p
