"""Positive messages whose patient data sits in an unusual place.

Forwards, attached messages, a name only in the Subject or only in a file name,
ZIP bundles and lower-case chat-style notes.
"""
import datetime

import gen_attach as A
import gen_pos_dpj as D
import gen_pos_peri as P
import gen_pos_school as S
from gen_common import DOM, fmt_date, signature
from gen_person import Person
from gen_pos_school import spec

INNER_F = [P.jaundice_bili, P.postnatal_visit, P.gestational_diabetes, P.transport_booking,
           D.shelter_referral, P.pharmacy_rx, P.epds_referral]
INNER_ANY = INNER_F + [S.nurse_quick_note, S.teen_clinic, D.foster_health, P.ontario_transfer,
                       P.belgian_family]


def _inner(g, lang, nam):
    fn = g.choice(INNER_F if nam else INNER_ANY)
    return fn(g, lang, nam)


def _hdr_block(inner, lang, when):
    frm = f"{inner['from'][0]} <{inner['from'][1]}>"
    to = ", ".join(f"{n} <{a}>" for n, a in inner["to"])
    if lang == "fr":
        return (f"---------- Message transféré ----------\nDe : {frm}\nDate : {fmt_date(when, 'fr_long')}\n"
                f"Objet : {inner['subject']}\nÀ : {to}\n")
    return (f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {fmt_date(when, 'en_long')}\n"
            f"Subject: {inner['subject']}\nTo: {to}\n")


# ------------------------------------------------------------------ M1
def forward_inline(g, lang, nam=None):
    inner = _inner(g, lang, nam)
    me = g.staff()
    boss = g.staff()
    when = g.date(2025, 1, 10)
    lead = g.choice(["Pour info, à discuter à la rencontre clinique.", "Peux-tu regarder ça ? Merci.",
                     "FYI - je suis en congé demain, peux-tu assurer le suivi ?"]) if lang == "fr" else \
        g.choice(["FYI, to discuss at the clinical meeting.", "Can you have a look? Thanks.",
                  "FYI - I'm off tomorrow, could you follow up?"])
    text = f"{lead}\n\n{me['given']}\n\n{_hdr_block(inner, lang, when)}\n{inner['text']}"
    subj = ("TR: " if lang == "fr" else "Fwd: ") + inner["subject"]
    out = spec("forward", lang, "inline forward of a clinical message" if lang == "en"
               else "transfert en ligne d'un message clinique", inner["types"], (me["name"], me["email"]),
               [(boss["name"], boss["email"])], subj, text, attachments=inner["attachments"],
               persons=inner["persons"], ids=inner["ids"])
    out["date_dt"] = datetime.datetime(when.year, when.month, when.day, g.randint(8, 16), g.randint(0, 59)) \
        + datetime.timedelta(days=g.randint(0, 2))
    return out


# ------------------------------------------------------------------ M2
def attached_eml(g, lang, nam=None):
    inner = _inner(g, lang, nam)
    me = g.staff()
    col = g.staff()
    inner["date_dt"] = datetime.datetime(2025, g.randint(1, 3), g.randint(1, 28), 10, 12)
    body = g.choice(["Voir le courriel ci-joint. On en parle demain ?", "Ci-joint le message reçu hier, pour ton dossier.",
                     "Je te joins l'échange original."]) if lang == "fr" else \
        g.choice(["See attached e-mail. Talk tomorrow?", "Attached is the message from yesterday, for your file.",
                  "Attaching the original thread."])
    text = f"{body}\n\n" + signature(g, me, "Intervenante" if lang == "fr" else "Worker", lang, short=True)
    fname = g.choice([inner["subject"].replace(":", "").replace("/", "-") + ".eml", "message.eml", "courriel.eml"
                      if lang == "fr" else "original.eml"])
    out = spec("attached_message", lang, "clinical e-mail attached as .eml" if lang == "en"
               else "courriel clinique joint en .eml", inner["types"], (me["name"], me["email"]),
               [(col["name"], col["email"])], ("TR: " if lang == "fr" else "Fwd: ") + inner["subject"], text,
               attachments=[{"filename": fname, "kind": "eml", "inner": inner}], persons=inner["persons"],
               ids=inner["ids"])
    out["date_dt"] = inner["date_dt"] + datetime.timedelta(days=1, hours=g.randint(-2, 5))
    return out


# ------------------------------------------------------------------ M3
def subject_only(g, lang, nam=None):
    k = Person.from_rec(nam) if nam else Person.invented(g, "child", lo=2016, hi=2023)
    md = g.staff()
    inf = g.staff()
    T = {"patient_name", "lab_result", "diagnosis", "medication"}
    ferr = g.randint(3, 9)
    hb = g.randint(88, 104)
    nm = g.choice([k.name("sur_first"), k.name("full"), k.name("initials"), k.name("sur_first_plain")])
    with_dob = g.chance(0.5) or nam is not None
    if with_dob:
        T.add("date_of_birth")
    if lang == "fr":
        subject = f"{nm}" + (f" ({k.dob_s('iso')})" if with_dob else "") + g.choice([" - résultats", " : bilan martial", ""])
        text = (f"Ferritine {ferr} µg/L, Hb {hb} g/L, VGM 68. Anémie ferriprive confirmée (consommation de lait "
                "de vache > 1 L/jour). On débute Palafer 6 mg/kg/jour en 2 doses et on limite le lait à 500 ml.\n\n"
                "Peux-tu aviser la mère et reprendre le bilan dans 8 semaines ?\n\n"
                + signature(g, md, "Médecin, GMF-U", "fr", short=True))
    else:
        subject = f"{nm}" + (f" ({k.dob_s('iso')})" if with_dob else "") + g.choice([" - results", ": iron studies", ""])
        text = (f"Ferritin {ferr} ug/L, Hb {hb} g/L, MCV 68. Iron deficiency anemia confirmed (drinks > 1 L of "
                "cow's milk a day). Starting Palafer 6 mg/kg/day in 2 doses and limiting milk to 500 ml.\n\n"
                "Can you let mom know and repeat the bloodwork in 8 weeks?\n\n"
                + signature(g, md, "Physician, family medicine unit", "en", short=True))
    if nam:
        T.add("ramq_nam")
        subject = f"{k.name('sur_first')} ({k.sex}, {k.dob_s('iso')}) {k.nam_s(g.choice(['plain', 'space']))} - " + (
            "résultats" if lang == "fr" else "results")
    return spec("lab_followup", lang, "lab results, patient named only in the subject" if lang == "en"
                else "résultats de laboratoire, patient nommé dans l'objet seulement", T,
                (md["name"], md["email"]), [(inf["name"], inf["email"])], subject, text, persons=[k])


# ------------------------------------------------------------------ M4
def filename_only(g, lang, nam=None):
    k = Person.invented(g, "child", lo=2020, hi=2024)
    inf = g.staff()
    col = g.staff()
    T = {"patient_name", "diagnosis", "medication", "lab_result"}
    sat = g.randint(90, 94)
    day = g.date(2025, 1, 3)
    form = g.choice(["docx", "pdf"])
    if lang == "fr":
        fname = g.choice([f"Plan_soins_{k.surname.upper()}_{k.given}_{day.isoformat()}.{form}",
                          f"{k.surname}, {k.given} - plan de soins.{form}",
                          f"plan de soins {k.given.lower()} {k.surname.lower()}.{form}"])
        body_lines = ["Suivi post-hospitalisation (bronchiolite à VRS, 4 jours au CH).",
                      f"SpO2 au congé {sat} % AA. Salbutamol 100 mcg 2 inh. QID PRN avec chambre Aerochamber.",
                      "Visite de contrôle à domicile J+2, reconsulter si tirage ou refus de boire."]
        text = (f"Salut {col['given']},\n\nVoici le plan de soins pour la visite de demain. Petit bout de 14 mois, "
                f"bronchiolite à VRS, sorti hier avec une saturation à {sat} %. Sous salbutamol au besoin. "
                "Les parents sont inquiets, prévoir du temps.\n\n" + signature(g, inf, "Inf. petite enfance", "fr", short=True))
        title = "Plan de soins infirmiers"
        subject = g.choice(["Plan de soins pour demain", "Visite de contrôle - bronchiolite", "PTI mis à jour"])
    else:
        fname = g.choice([f"Care_plan_{k.surname.upper()}_{k.given}_{day.isoformat()}.{form}",
                          f"{k.surname}, {k.given} - care plan.{form}",
                          f"care plan {k.given.lower()} {k.surname.lower()}.{form}"])
        body_lines = ["Post-discharge follow-up (RSV bronchiolitis, 4 days in hospital).",
                      f"SpO2 at discharge {sat}% RA. Salbutamol 100 mcg 2 puffs QID PRN with Aerochamber.",
                      "Home check on day +2, return if indrawing or refusing to drink."]
        text = (f"Hi {col['given']},\n\nHere's the care plan for tomorrow's visit. 14-month-old, RSV bronchiolitis, "
                f"discharged yesterday with sats at {sat}%. On salbutamol PRN. Parents are anxious, plan extra time.\n\n"
                + signature(g, inf, "Early childhood nurse", "en", short=True))
        title = "Nursing care plan"
        subject = g.choice(["Care plan for tomorrow", "Follow-up visit - bronchiolitis", "Updated care plan"])
    data = A.docx(title, body_lines) if form == "docx" else A.pdf(title, body_lines)
    return spec("care_plan", lang, "care plan, child named only in the file name" if lang == "en"
                else "plan de soins, enfant nommé seulement dans le nom du fichier", T,
                (inf["name"], inf["email"]), [(col["name"], col["email"])], subject, text,
                attachments=[{"filename": fname, "kind": form, "data": data}], persons=[k], fname_name=True)


# ------------------------------------------------------------------ M5
def zip_bundle(g, lang, nam=None):
    k = Person.from_rec(nam) if nam else Person.invented(g, "child", lo=2015, hi=2022)
    inf = g.staff()
    dest = g.staff()
    T = {"patient_name", "date_of_birth", "medication", "diagnosis", "social_information"}
    vacc = [["Vaccin", "Date", "Lot"] if lang == "fr" else ["Vaccine", "Date", "Lot"]]
    for v in ["Infanrix hexa", "Infanrix hexa", "Prevnar 20", "Priorix-Tetra", "Menjugate"]:
        vacc.append([v, g.date(2023, 1, 12).isoformat(), f"{g.choice('ABCK')}{g.randint(10000, 99999)}"])
    vacc_csv = A.csv_text([["Enfant" if lang == "fr" else "Child", k.name("sur_first"), k.dob_s("iso")]] + vacc)
    if lang == "fr":
        paras = [k.ident_block("fr", g), "## Résumé",
                 "Suivi SIPPE depuis la naissance. Retard de langage (référé en orthophonie), otites à répétition "
                 "(tubes en 2024). Mère monoparentale, prestataire d'aide sociale, déménage à Gatineau.",
                 "Médication : aucune régulière; amoxicilline lors des otites."]
        doc = A.docx("Résumé de transfert", [x for p in paras for x in p.split("\n")])
        zname = g.choice(["transfert_dossier.zip", f"Transfert {k.surname}.zip", "documents_transfert.zip"])
        members = [("resume_transfert.docx", doc), ("vaccins.csv", vacc_csv.encode("utf-8"))]
        subject = g.choice(["Transfert de dossier SIPPE", "Transfert inter-CLSC - documents", "Dossier pour le CLSC de Gatineau"])
        text = (f"Bonjour {dest['given']},\n\nComme convenu, voici les documents de transfert (résumé et carnet "
                "vaccinal) dans le fichier compressé. La famille arrive dans votre secteur le 1er avril.\n\n"
                + signature(g, inf, "Infirmière, SIPPE", "fr"))
    else:
        paras = [k.ident_block("en", g), "## Summary",
                 "Followed in the perinatal/early childhood program since birth. Language delay (referred to "
                 "speech therapy), recurrent ear infections (tubes in 2024). Single mother on social assistance, "
                 "moving to Gatineau.", "Medication: none regular; amoxicillin for ear infections."]
        doc = A.docx("Transfer summary", [x for p in paras for x in p.split("\n")])
        zname = g.choice(["file_transfer.zip", f"Transfer {k.surname}.zip", "transfer_documents.zip"])
        members = [("transfer_summary.docx", doc), ("immunizations.csv", vacc_csv.encode("utf-8"))]
        subject = g.choice(["Perinatal program file transfer", "Inter-CLSC transfer - documents", "File for the Gatineau CLSC"])
        text = (f"Hi {dest['given']},\n\nAs agreed, here are the transfer documents (summary and immunization "
                "record) in the zip file. The family moves to your area on April 1.\n\n"
                + signature(g, inf, "Perinatal nurse", "en"))
    if k.nam:
        T.add("ramq_nam")
    return spec("transfer", lang, "zipped file transfer between CLSCs" if lang == "en"
                else "transfert de dossier compressé entre CLSC", T, (inf["name"], inf["email"]),
                [(dest["name"], dest["email"].replace(DOM, "cisss-outaouest.example"))], subject, text,
                attachments=[{"filename": zname, "kind": "zip", "data": A.zip_of(members)}], persons=[k])


# ------------------------------------------------------------------ M6
def lower_chat(g, lang, nam=None):
    m = Person.from_rec(nam) if nam else Person.invented(g, "adult", sex="F", lo=1990, hi=2004)
    a = g.staff()
    b = g.staff()
    T = {"patient_name", "diagnosis", "medication"}
    temp = g.choice(["39,2", "38,9", "39,6"])
    if lang == "fr":
        text = (f"salut {b['given'].lower()}\n\nle bébé {'d' + chr(39) if m.lower()[0] in 'aeéiouy' else 'de '}{m.lower()} fait {temp} depuis cette nuit, 3 semaines "
                "de vie, boit moins. je lui ai dit d'aller à l'urgence pédiatrique tout de suite (pas de tylenol "
                "avant de consulter). peux-tu l'appeler en fin de journée pour savoir ce que l'urgence a dit? "
                "elle a aussi recommencé ses antidépresseurs (effexor 75) la semaine passée.\n\nmerci xx\n"
                f"{a['given'].lower()}")
        subject = g.choice(["bébé fièvre", "urgent - fièvre nouveau-né", "à rappeler svp"])
    else:
        text = (f"hey {b['given'].lower()}\n\n{m.lower()}'s baby has had a fever of {temp.replace(',', '.')} since last "
                "night, 3 weeks old, feeding less. told her to go to the peds ER right away (no tylenol before "
                "being seen). can you call her end of day to see what the ER said? she also restarted her "
                "antidepressant (effexor 75) last week.\n\nthx\n" + a["given"].lower())
        subject = g.choice(["baby fever", "urgent - newborn fever", "pls call back"])
    if m.nam:
        T |= {"ramq_nam", "date_of_birth"}
        text += "\n\n" + m.ident_block(lang, g).lower()
    return spec("quick_note", lang, "informal lower-case note about a newborn's fever" if lang == "en"
                else "note informelle en minuscules sur la fièvre d'un nouveau-né", T, (a["name"], a["email"]),
                [(b["name"], b["email"])], subject, text, persons=[m])


TEMPLATES = [
    ("forward_inline", forward_inline, (1982, 2004, "F")),
    ("attached_eml", attached_eml, (1982, 2004, "F")),
    ("subject_only", subject_only, (2016, 2023)),
    ("filename_only", filename_only, None),
    ("zip_bundle", zip_bundle, (2015, 2022)),
    ("lower_chat", lower_chat, (1982, 2004, "F")),
]
