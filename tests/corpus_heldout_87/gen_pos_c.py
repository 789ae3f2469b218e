"""Positive (confidential) templates, part C: foreign identifiers, vCards, ZIPs, notifications."""
import datetime

from gen_attach import make_pdf, make_vcf, make_xlsx, make_zip
from gen_build import greet, sign
from gen_clin import problem, social
from gen_common import (CLINIC_DOM, CLINIC_EN, CLINIC_FR, HOSP, HOSP_DOM, HOSP_SHORT, LANG_EN,
                        fdate, fday, fmt_nir, fmt_niss, fmt_sin, make_nir, make_niss, make_sin,
                        nam_fmt, staff_name, strip_accents)
from gen_ctx import T, Types


def p_vcard(c, lang):
    r = c.rng
    m = c.mail("patient_vcard", lang)
    ty = Types(["patient_name", "patient_contact"])
    p = c.patient(age=r.randint(19, 45), sex="F" if r.random() < 0.6 else "M")
    a = c.staff("clerk", "nurse", "community")
    m.frm = c.who(a, hosp=False)
    m.to = [c.who(c.staff("midwife", "social", "nurse"), hosp=True)]
    if p.sex == "F" and r.random() < 0.6:
        note = T(lang, "Enceinte %d SA, sans RAMQ (délai de carence). Interprète %s." % (r.randint(8, 30), p.lang),
                 "%d weeks pregnant, no RAMQ (waiting period). %s interpreter." % (r.randint(8, 30), LANG_EN[p.lang]))
        ty.add("diagnosis")
    else:
        note = T(lang, "Demandeur d'asile - hébergé au %s. Parle %s seulement." % ("PRAIDA", p.lang),
                 "Refugee claimant - staying at PRAIDA housing. Speaks %s only." % LANG_EN[p.lang])
        ty.add("social_information")
    fn = "%s %s" % (p.given, p.family) if p.family else p.given
    vcf = make_vcf(fn, p.family, p.given, tel=p.phone, adr=p.address, note=note,
                   bday=p.dob.isoformat() if r.random() < 0.5 else None)
    if b"BDAY" in vcf:
        ty.add("date_of_birth")
    m.attach(vcf, "text/vcard; charset=utf-8", strip_accents(fn).replace(" ", "_") + ".vcf",
             cte=r.choice(["base64", "quoted-printable"]))
    m.subject = T(lang, r.choice(["Coordonnées", "Fiche contact", "Contact pour le suivi"]),
                  r.choice(["Contact details", "Contact card", "Contact for follow-up"]))
    m.text = "\n".join([greet(r, lang), "", T(lang, "Voici la fiche pour la personne dont on a parlé.",
                                               "Here's the card for the person we talked about."),
                        "", sign(r, a, lang, short=True)])
    m.types = ty
    m.note = T(lang, "vCard de patiente avec adresse et note clinique", "patient vCard with address and clinical note")
    return m


def p_sin_letter(c, lang):
    r = c.rng
    m = c.mail("sin_letter", lang)
    ty = Types(["ca_sin", "patient_name", "diagnosis", "social_information"])
    p = c.patient(age=r.randint(20, 60))
    sin = make_sin(r, temp=r.random() < 0.7)
    m.add_id("ca_sin", sin)
    sw = c.staff("social", "physician")
    m.frm = c.who(sw, hosp=False)
    m.to = [("Centre local d'emploi - agents", "agents.cle@emploi-solidarite.example")]
    short, sent, t2 = problem(r, lang, r.choice(["ptsd", "depression", "dm2", "hiv", "htn"]))
    lines = [greet(r, lang), "",
             T(lang, "Objet : contrainte temporaire à l'emploi - %s, NAS %s." % (p.name(r), fmt_sin(sin, r)),
               "Re: temporary work limitation - %s, SIN %s." % (p.name(r), fmt_sin(sin, r))),
             "",
             T(lang, "Je confirme que cette personne est suivie à notre clinique pour %s et qu'elle ne peut "
                     "occuper un emploi pour une période d'au moins 6 mois. La famille dépend de l'aide "
                     "financière de dernier recours." % short,
               "I confirm this person is followed at our clinic for %s and cannot work for at least 6 months. "
               "The family depends on last-resort financial assistance." % short)]
    if r.random() < 0.5:
        lines.append(c.dob(p.dob, lang))
        ty.add("date_of_birth")
    lines += ["", sign(r, sw, lang)]
    m.subject = T(lang, r.choice(["Contrainte à l'emploi", "Rapport médical - aide sociale", "Billet médical CLE"]),
                  r.choice(["Work limitation", "Medical report - social assistance", "Medical note for employment centre"]))
    m.text = "\n".join(lines)
    if r.random() < 0.5:
        pdf = make_pdf(lines[2:-2], title=T(lang, "Rapport médical", "Medical report"), compress=r.random() < 0.5,
                       author=staff_name(sw))
        m.attach(pdf, "application/pdf", T(lang, "rapport_medical.pdf", "medical_report.pdf"))
        m.text = "\n".join([greet(r, lang), "", T(lang, "Voir le rapport ci-joint.", "Please see the attached report."),
                            "", sign(r, sw, lang)])
    m.types = ty
    m.note = T(lang, "NAS + contrainte à l'emploi", "SIN + work limitation letter")
    return m


def p_foreign_ids(c, lang):
    r = c.rng
    m = c.mail("records_transfer", lang)
    ty = Types(["patient_name", "date_of_birth", "diagnosis"])
    p = c.patient(origin=r.choice(["sw", "ar", "ht", "so", "ti"]), age=r.randint(18, 60))
    be = r.random() < 0.5
    if be:
        num = make_niss(r, p.dob, p.sex)
        m.add_id("be_niss", num)
        ty.add("be_niss")
        idtxt = T(lang, "NISS belge : %s" % fmt_niss(num, r), "Belgian NISS: %s" % fmt_niss(num, r))
        src = r.choice(["CHU Saint-Pierre-les-Tilleuls (Bruxelles)", "Clinique du Val-Mosan (Liège)"])
    else:
        num = make_nir(r, p.dob, p.sex)
        m.add_id("fr_nir", num)
        ty.add("fr_nir")
        idtxt = T(lang, "N° de sécurité sociale (France) : %s" % fmt_nir(num, r),
                  "French social security number (NIR): %s" % fmt_nir(num, r))
        src = r.choice(["Hôpital de la Croix-Rousse-Est (Lyon)", "Centre hospitalier de Saint-Denis-Plaine"])
    short, sent, t2 = problem(r, lang, r.choice(["hiv", "hbv", "dm2", "ltbi", "ptsd"]))
    ty.add(*t2)
    rec = c.staff("records", "clerk", "physician")
    m.frm = ("Secrétariat médical - %s" % src.split(" (")[0], "secretariat@%s.example" % strip_accents(
        src.split(" (")[0].split()[-1].lower()).replace("-", ""))
    m.to = [c.who(rec, hosp=False)]
    lines = [T(lang, "Madame, Monsieur,", "Dear colleague,"), "",
             T(lang, "Suite à la demande de transfert de dossier signée par %s (née/né le %s), veuillez trouver "
                     "ci-dessous le résumé." % (p.name(r), p.dob.strftime("%d/%m/%Y")),
               "Further to the signed records request for %s (born %s), please find the summary below." % (
                   p.name(r), p.dob.strftime("%d/%m/%Y"))),
             "", idtxt, T(lang, "Antécédents : %s" % sent, "History: %s" % sent), "",
             T(lang, "La patiente/le patient a quitté %s en %d et réside désormais au Québec." % (
                 "la Belgique" if be else "la France", r.choice([2023, 2024])),
               "The patient left %s in %d and now lives in Quebec." % ("Belgium" if be else "France", r.choice([2023, 2024]))),
             "", T(lang, "Cordialement,", "Kind regards,"), "Secrétariat médical", src]
    m.subject = T(lang, "Transfert de dossier médical", "Medical records transfer")
    m.text = "\n".join(lines)
    if r.random() < 0.4:
        m.html = True
    m.types = ty
    m.note = T(lang, "transfert de dossier de Belgique/France avec NISS ou NIR",
               "records transfer from Belgium/France with NISS or NIR")
    return m


def p_zip(c, lang):
    r = c.rng
    m = c.mail("zip_bundle", lang)
    ty = Types(["patient_name", "lab_result"])
    doc = c.staff("physician", "nurse practitioner")
    m.frm = c.who(doc, hosp=False)
    m.to = [c.who(c.staff("infectious", "microbiologist", "internist"), hosp=True)]
    pts = [c.patient() for _ in range(r.randint(2, 5))]
    use_nam = r.random() < 0.4
    rows = [T(lang, ["Nom", "DDN", "Test", "Résultat"], ["Name", "DOB", "Test", "Result"])]
    for p in pts:
        rows.append([p.name(r, "FG"), p.dob.isoformat(), r.choice(["IGRA", "AgHBs", "Strongyloides IgG", "VIH"]),
                     r.choice(["POS", "NEG", "POS"])])
    ty.add("date_of_birth")
    if use_nam:
        h = c.nam()
        m.nams.append(h.nam)
        ty.add("ramq_nam")
        rows.append(["%s %s (%s)" % (h.family.upper(), h.given, h.nam), h.dob.isoformat(), "IGRA", "POS"])
    xlsx = make_xlsx([("Resultats", rows)], author=staff_name(doc))
    p0 = pts[0]
    short, sent, t2 = problem(r, lang, r.choice(["ltbi", "hbv", "strongy"]))
    ty.add(*t2)
    pdf = make_pdf([T(lang, "Patient : %s" % p0.name(r, "gf"), "Patient: %s" % p0.name(r, "gf")),
                    T(lang, "Dossier : %s" % p0.mrn, "MRN: %s" % p0.mrn), "", sent],
                   title=T(lang, "Rapport de laboratoire", "Laboratory report"), compress=r.random() < 0.5)
    ty.add("mrn")
    z = make_zip([(T(lang, "résultats_semaine.xlsx", "results_week.xlsx"), xlsx),
                  (T(lang, "rapports/rapport_labo_%s.pdf" % p0.mrn, "reports/lab_report_%s.pdf" % p0.mrn), pdf)])
    m.attach(z, "application/zip", T(lang, "envoi_%s.zip" % m.date.strftime("%Y%m%d"), "bundle_%s.zip" % m.date.strftime("%Y%m%d")))
    m.subject = T(lang, r.choice(["Résultats de la semaine (zip)", "Dossiers pour la réunion TB"]),
                  r.choice(["This week's results (zip)", "Files for the TB meeting"]))
    m.text = "\n".join([greet(r, lang), "", T(lang, "Le fichier compressé contient la liste et un rapport.",
                                               "The zip contains the list and one report."), "", sign(r, doc, lang)])
    m.types = ty
    m.note = T(lang, "ZIP contenant XLSX nominatif + PDF de labo", "ZIP with named XLSX + lab PDF")
    return m


def p_mado(c, lang):
    r = c.rng
    m = c.mail("mado_notification", lang)
    ty = Types(["patient_name", "date_of_birth", "diagnosis", "patient_contact"])
    use_nam = r.random() < 0.4
    p = c.patient()
    if use_nam:
        h = c.nam()
        m.nams.append(h.nam)
        ty.add("ramq_nam")
        nm, dob, idl = h.name(r, "FG"), h.dob, "NAM : %s" % nam_fmt(h.nam, r)
    else:
        nm, dob, idl = p.name(r, "FG"), p.dob, T(lang, "Sans NAM (PFSI, IUC %s)" % p.uci, "No NAM (IFHP, UCI %s)" % p.uci)
    dis = r.choice([("Tuberculose pulmonaire active, frottis positif", "Active pulmonary TB, smear positive"),
                    ("Rougeole confirmée (IgM+)", "Measles confirmed (IgM+)"),
                    ("Hépatite B aiguë", "Acute hepatitis B"),
                    ("Paludisme à P. falciparum", "P. falciparum malaria")])
    nurse = c.staff("public health nurse", "infectious", "microbiologist")
    m.frm = c.who(nurse, hosp=True)
    m.to = [("Vigie MADO - Direction de santé publique", "mado@dsp-est.example")]
    lines = [T(lang, "Déclaration de maladie à déclaration obligatoire", "Notifiable disease report"), "",
             T(lang, "Maladie : %s" % dis[0], "Disease: %s" % dis[1]),
             T(lang, "Nom : %s" % nm, "Name: %s" % nm),
             T(lang, "Date de naissance : %s" % dob.isoformat(), "DOB: %s" % dob.isoformat()),
             idl,
             T(lang, "Adresse : %s" % p.address, "Address: %s" % p.address),
             T(lang, "Téléphone : %s" % p.phone, "Phone: %s" % p.phone),
             T(lang, "Contacts : conjoint et %d enfants, même logement." % r.randint(1, 5),
               "Contacts: spouse and %d children, same household." % r.randint(1, 5)),
             "", sign(r, nurse, lang)]
    m.subject = T(lang, "MADO - %s" % dis[0].split(",")[0], "Notifiable disease - %s" % dis[1].split(",")[0])
    m.text = "\n".join(lines)
    m.force["cte"] = r.choice(["quoted-printable", "base64"])
    m.types = ty
    m.note = T(lang, "déclaration MADO à la santé publique", "notifiable disease report to public health")
    return m


def p_shortnote(c, lang):
    r = c.rng
    m = c.mail("short_note", lang)
    ty = Types(["patient_name"])
    p = c.patient()
    a, b = c.two_staff(("physician", "nurse"), ("physician", "nurse", "pharmacist"))
    m.frm = c.who(a)
    m.to = [c.who(b)]
    nm = p.name(r, r.choice(["lower", "init", "FG"]))
    short, sent, t2 = problem(r, lang, child=p.age < 13)
    ty.add("diagnosis")
    if "lab_result" in t2 and r.random() < 0.5:
        ty.add("lab_result")
        body = T(lang, "%s : %s" % (nm, sent.split(".")[0].lower()), "%s: %s" % (nm, sent.split(".")[0].lower()))
    else:
        body = T(lang, "pt %s - %s, ok pour commencer tx?" % (nm, short), "pt %s - %s, ok to start tx?" % (nm, short))
    m.subject = r.choice(["?", "vite", "q", T(lang, "question rapide", "quick q")])
    m.text = body + "\n" + r.choice(["", "thx", "merci", "-" + staff_name(a).split()[-1]])
    m.force["charset"] = "us-ascii" if r.random() < 0.5 else "utf-8"
    m.types = ty
    m.note = T(lang, "note brève avec nom en minuscules/initiale", "terse note with lower-case/initial name")
    return m


def p_cyrillic(c, lang):
    r = c.rng
    m = c.mail("ukrainian_family", lang)
    ty = Types(["patient_name", "diagnosis"])
    p = c.patient(origin="uk", age=r.randint(25, 75))
    while p.cyr() is None:
        p = c.patient(origin="uk", age=r.randint(25, 75))
    sponsor = r.choice(["Hanna", "Petro", "Larysa"])
    a = c.staff("nurse", "community", "social")
    m.frm = c.who(a, hosp=False)
    m.to = [c.who(c.staff("physician", "nurse practitioner"), hosp=False)]
    short, sent, t2 = problem(r, lang, r.choice(["htn", "dm2", "ptsd", "depression"]))
    ty.add(*t2)
    lines = [greet(r, lang), "",
             T(lang, "La famille d'accueil (%s, de l'Ukrainian Family Support Network) a appelé pour %s - "
                     "%s sur le certificat AVUCU. %s" % (sponsor, p.name(r, "gf"), p.cyr(), sent),
               "The host family (%s, Ukrainian Family Support Network) called about %s - %s on the CUAET "
               "document. %s" % (sponsor, p.name(r, "gf"), p.cyr(), sent)),
             T(lang, "Pas de RAMQ avant %s (délai de carence); couverture PFSI en attendant." % fdate(
                 c.future(m, 30, 80).date(), "fr"),
               "No RAMQ until %s (waiting period); IFHP in the meantime." % fdate(c.future(m, 30, 80).date(), "en")),
             "", sign(r, a, lang)]
    m.subject = T(lang, "Famille ukrainienne - suivi", "Ukrainian family - follow-up")
    m.text = "\n".join(lines)
    m.force["charset"] = "utf-8"
    m.types = ty
    m.note = T(lang, "nom latin + cyrillique avec problème de santé", "Latin + Cyrillic name with health problem")
    return m
