"""Helpers shared by the positive (confidential) templates."""
import gen_common as C
from gen_common import DOM

EXT = {
    "gp1": ("Dre Nadia Khoury", "nadia.khoury@gmf-troislacs.example"),
    "gp2": ("Dr Paul-Émile Gingras", "pe.gingras@cliniquelacbrule.example"),
    "gp3": ("Dr Owen Prescott", "oprescott@mapleridgefht.example"),
    "physio_ext": ("Physio Santé Lac-Vert — réception", "reception@physiolacvert.example"),
    "clsc": ("CLSC du Lac-Brûlé — Soutien à domicile", "sad.lacbrule@vallee-verte.example"),
    "pharm": ("Pharmacie J. Lanthier", "ordonnances@pharmalanthier.example"),
    "pharm2": ("Pharmacie Du Marché", "rx@pharmadumarche.example"),
    "cnesst": ("CNESST — Direction régionale", "dr-vallee@cnesst.example"),
    "cnesst_agent": ("Geneviève Lortie (agente d'indemnisation)", "genevieve.lortie@cnesst.example"),
    "employer": ("Service santé-sécurité, Transports Laurentis", "sst@transportslaurentis.example"),
    "saaq": ("SAAQ — Indemnisation", "indemnisation@saaq.example"),
    "insurer": ("Assurances Boréale — Invalidité", "invalidite@boreale-assurances.example"),
    "lakeshore": ("Lakeshore General — Health Records", "healthrecords@lakeshore-gh.example"),
    "mutuelle": ("Mutualité Saint-Michel — Assistance", "assistance@mutualite-sm.example"),
    "globe": ("Globe Assist — dossiers médicaux", "medical@globe-assist.example"),
    "transport": ("Centrale de transport adapté", "reservations@transportadapte-vv.example"),
    "ambulance": ("Centrale des transports ambulanciers", "transferts@cta-vv.example"),
}

INTERNAL = {
    "fracture_clinic": ("Clinique de fractures", "clinique.fractures@" + DOM),
    "cast_room": ("Salle de plâtre", "salle.platre@" + DOM),
    "or_booking": ("Réservation bloc opératoire", "reservation.bloc@" + DOM),
    "physio": ("Physiothérapie — demandes", "physio.demandes@" + DOM),
    "ot": ("Ergothérapie — demandes", "ergo.demandes@" + DOM),
    "preop": ("Clinique préopératoire", "preop@" + DOM),
    "ward6": ("6e Orthopédie", "6ortho@" + DOM),
    "archives": ("Archives médicales", "archives@" + DOM),
    "social": ("Service social", "service.social@" + DOM),
    "ortho_res": ("Résidents orthopédie", "residents.ortho@" + DOM),
}


def fx(ctx, sc_key=None):
    k = sc_key or ctx.pick(sorted(C.SCEN))
    return k, C.SCEN[k]


def med(ctx, lang, rec, n=1, classes=("acet", "opioid", "nsaid")):
    """n drugs from n distinct classes (in the given order of preference after a shuffle)."""
    rec.t("medication")
    cl = list(classes)
    if len(cl) > n:
        cl = ctx.rng.sample(cl, n)
    out = []
    for c in cl[:n]:
        v = ctx.rng.choice(C.MEDS[c])
        out.append(v[0] if lang == "fr" else v[1])
    return out


def labs(ctx, lang, rec):
    rec.t("lab_result")
    return C.labs_line(ctx.rng, lang)


def social(ctx, lang, rec, idx=None):
    rec.t("social_information")
    pool = C.SOCIAL_FR if lang == "fr" else C.SOCIAL_EN
    return pool[idx] if idx is not None else ctx.pick(pool)


def id_block(ctx, rec, p, lang, dob=None, mrn=None, nam=True, layout=None, phone=False, address=False):
    """Identification block; a NAM holder always appears with full name, birth date and sex."""
    r = ctx.rng
    has_nam = bool(p.nam) and nam
    dob = True if has_nam else (r.random() < 0.6 if dob is None else dob)
    mrn = (r.random() < 0.6) if mrn is None else mrn
    layout = layout or r.choice(["lines", "lines", "inline", "table"])
    rec.name(p)
    if has_nam:
        rec.nam(p)
    if dob:
        rec.t("date_of_birth")
    if mrn:
        rec.t("mrn")
    if phone or address:
        rec.t("patient_contact")
    nm = r.choice(["%s, %s" % (p.surname.upper(), p.given), "%s %s" % (p.given, p.surname),
                   "%s, %s" % (p.surname, p.given), "%s %s" % (p.surname.upper(), p.given)])
    d = C.fmt_dob(r, p.dob, lang) if dob else None
    sx = C.sex_label(r, p.sex, lang) if (dob or has_nam) else None
    nm_s = C.fmt_nam(r, p.nam) if has_nam else None
    m = C.fmt_mrn(r, p.mrn) if mrn else None
    L = {"fr": ("Nom", "Date de naissance", "NAM", "No de dossier", "Téléphone", "Adresse"),
         "en": ("Name", "DOB", "RAMQ", "MRN", "Phone", "Address")}[lang]
    if lang == "fr" and r.random() < 0.4:
        L = ("Patient(e)", "DDN", "NAM", "Dossier", "Tél.", "Adresse")
    if lang == "en" and r.random() < 0.4:
        L = ("Patient", "Date of birth", "Health card (RAMQ)", "Chart #", "Tel", "Home address")
    rows = [(L[0], nm)]
    if d:
        rows.append((L[1], d))
    if sx:
        rows.append(("", sx))
    if nm_s:
        rows.append((L[2], nm_s))
    if m:
        rows.append((L[3], m))
    if phone:
        rows.append((L[4], p.phone))
    if address:
        rows.append((L[5], p.address if lang == "fr" else p.address_en))
    if layout == "inline":
        bits = [nm] + [("%s %s" % (k, v) if k else v) for k, v in rows[1:]]
        return " — ".join(bits)
    if layout == "table":
        sxk = "Sexe" if lang == "fr" else "Sex"
        hdr = ("Champ", "Valeur") if lang == "fr" else ("Field", "Value")
        out = ["| %s | %s |" % hdr]
        for k, v in rows:
            if not k:
                k, v = sxk, v.split()[-1]
            out.append("| %s | %s |" % (k, v))
        return "\n".join(out)
    return "\n".join(("%s : %s" % (k, v) if lang == "fr" else "%s: %s" % (k, v)) if k else v for k, v in rows)


def greet(ctx, lang, who=None, group=False):
    r = ctx.rng
    if lang == "fr":
        return r.choice(["Bonjour,", "Bonjour %s," % who if who else "Bonjour,", "Salut,",
                         "Bonjour à l'équipe," if group else "Bonjour,", "Bonjour à tous," if group else "Bon matin,"])
    return r.choice(["Hi,", "Hello %s," % who if who else "Hello,", "Hi all," if group else "Hi,", "Good morning,"])


def thanks(ctx, lang):
    if lang == "fr":
        return ctx.pick(["Merci !", "Merci de votre collaboration.", "Merci beaucoup,", "Bonne journée,"])
    return ctx.pick(["Thanks!", "Thank you,", "Many thanks,", "Thanks in advance,"])


def sign(ctx, key, lang, short=None):
    short = ctx.chance(0.3) if short is None else short
    return C.signature(key, lang, ctx.rng, short=short)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def header_line(lang, who, addr, when, subj, to):
    import email.utils
    d = email.utils.format_datetime(when)
    if lang == "fr":
        return "De : %s <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s" % (who, addr, d, to, subj)
    return "From: %s <%s>\nSent: %s\nTo: %s\nSubject: %s" % (who, addr, d, to, subj)
