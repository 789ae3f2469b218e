"""Positive messages, part B: Pap/colposcopy, menopause, pharmacy, logistics, threads, odd placements."""
import datetime as dt

import gen_attach as A
from gen_common import (ORG, HOSP, LAB, PHARM, PHARM_ON, staff, fdate, fday, disguise, age_on, make_mrn)
from gen_text import (mk, who, signature, short_sig, personal_email, quote, reply_header, earlier,
                      outlook_header, forward_block, fmt_time, thanks)
from gen_mime import build_message

PAP_FR = [("ASC-US, VPH haut risque positif (non 16/18)", False), ("LSIL, VPH 16 positif", False),
          ("ASC-H", True), ("HSIL (lésion malpighienne intraépithéliale de haut grade)", True),
          ("AGC – cellules glandulaires atypiques", True), ("VPH 18 positif, cytologie NILM", False)]
PAP_EN = [("ASC-US, high-risk HPV positive (non-16/18)", False), ("LSIL, HPV 16 positive", False),
          ("ASC-H", True), ("HSIL (high-grade squamous intraepithelial lesion)", True),
          ("AGC - atypical glandular cells", True), ("HPV 18 positive, NILM cytology", False)]


def nam_style(r):
    return r.choice(["plain", "spaced", "dotted", "hyphen", "fullwidth", "slashed", "wide"])


# --------------------------------------------------------------------------- Pap follow-up (NAM)
def pap_followup(ctx, lang):
    r = ctx.rng
    p = ctx.pf.nam_holder(lambda x: x["sex"] == "F" and 1955 <= x["dob"].year <= 2003)
    k = r.randrange(len(PAP_FR))
    res = PAP_FR[k][0] if lang == "fr" else PAP_EN[k][0]
    hist = r.random() < 0.5
    appt = ctx.days(r.randint(10, 40))
    st = nam_style(r)
    fam = r.choice([("Dre", "Valérie", "Hotte"), ("Dr", "Denis", "Larocque"), ("Dre", "Solène", "Berthiaume")])
    if lang == "fr":
        subj = r.choice(["Cytologie anormale – prise en charge en colposcopie", f"Pap anormal – {p.surname}",
                         "Suivi cytologie / demande de consultation"])
        text = (f"Bonjour {fam[0]} {fam[2]},\n\nNous avons reçu la demande de consultation pour votre patiente :\n\n"
                f"{p.name('upper_comma')}  —  sexe : {p.sex}\n"
                f"NAM {disguise(p.nam, st)} · DDN {fdate(p.dob, 'fr', r.randint(0, 4))}\n"
                f"Cytologie du {fdate(ctx.days(-30), 'fr', 1)} : {res}\n"
                + ("Antécédent : CIN 2 traitée par RAD (conisation) en 2019.\n" if hist else "")
                + f"\nRendez-vous en colposcopie : {fday(appt, 'fr')} à {r.choice(['8 h 30', '9 h 15', '13 h 00', '14 h 45'])} "
                f"avec {staff('colpo')['full']}.\n"
                "La patiente sera avisée par téléphone. Merci de nous aviser si elle est enceinte.\n\n"
                + signature("nurse3", "fr"))
    else:
        subj = r.choice(["Abnormal Pap - colposcopy booking", f"Abnormal cytology {p.surname}", "Colposcopy referral received"])
        text = (f"Dear {fam[0]} {fam[2]},\n\nWe received your colposcopy referral for:\n\n"
                f"{p.name('upper_comma')}, sex {p.sex}\n"
                f"RAMQ {disguise(p.nam, st)}, DOB {fdate(p.dob, 'en', r.randint(0, 4))}\n"
                f"Cytology {fdate(ctx.days(-30), 'en', 1)}: {res}\n"
                + ("History: CIN 2 treated with LEEP in 2019.\n" if hist else "")
                + f"\nColposcopy appointment: {fday(appt, 'en')} at {r.choice(['8:30', '9:15', '13:00', '14:45'])} with "
                f"{staff('colpo')['full']}.\nWe will call the patient. Please let us know if she is pregnant.\n\n"
                + signature("nurse3", "en"))
    types = ["patient_name", "ramq_nam", "date_of_birth", "lab_result"] + (["diagnosis"] if hist or PAP_FR[k][1] else [])
    return mk(ctx, "pap_followup", lang, subj, who("nurse3", 0),
              [(f"{fam[0]} {fam[1]} {fam[2]}", f"{fam[1][0].lower()}{fam[2].lower()}@gmf-collines.example")], text,
              types, "abnormal Pap result triaged to colposcopy", nams=[p])


# --------------------------------------------------------------------------- colposcopy report (DOCX)
def colposcopy_report(ctx, lang):
    r = ctx.rng
    p = ctx.pf.new("F", (24, 55))
    grade = r.choice(["CIN 2", "CIN 3", "CIN 2-3", "CIN 1"])
    fr = lang == "fr"
    lines = ([f"Patiente : {p.name('full')}", f"Dossier : {p.mrn}", f"Date : {fdate(ctx.days(-14), 'fr')}",
              "Indication : cytologie HSIL", "Colposcopie satisfaisante, zone de transformation type 2",
              "Épithélium acidophile dense de 11 h à 2 h, ponctuation grossière", "Biopsies x 2 (12 h, 1 h) + CEC",
              f"Pathologie : {grade} (p16 positif)", "Conduite : RAD (exérèse à l'anse) sous anesthésie locale"]
             if fr else
             [f"Patient: {p.name('full')}", f"Chart: {p.mrn}", f"Date: {fdate(ctx.days(-14), 'en')}",
              "Indication: HSIL cytology", "Adequate colposcopy, type 2 transformation zone",
              "Dense acetowhite epithelium 11 to 2 o'clock, coarse punctation", "Biopsies x2 (12, 1 o'clock) + ECC",
              f"Pathology: {grade} (p16 positive)", "Plan: LEEP under local anaesthesia"])
    att = {"kind": "docx", "filename": (f"Colposcopie_{p.surname}_{p.mrn}.docx" if fr else f"Colposcopy_{p.surname}.docx"),
           "data": A.docx("Rapport de colposcopie" if fr else "Colposcopy report", lines)}
    if fr:
        subj = r.choice([f"Rapport de colposcopie – {p.name('initial')}", "Rapport colpo + patho"])
        text = (f"Bonjour,\n\nCi-joint le rapport de colposcopie de {p.name('title', 'fr')}. La pathologie revient "
                f"{grade}. Je l'ai inscrite pour une RAD dans 4 à 6 semaines.\n\n" + signature("colpo", "fr"))
    else:
        subj = r.choice([f"Colposcopy report - {p.name('initial')}", "Colpo report + pathology"])
        text = (f"Hello,\n\nAttached is the colposcopy report for {p.name('title', 'en')}. Pathology shows {grade}. "
                "I have put her on the LEEP list for 4 to 6 weeks.\n\n" + signature("colpo", "en"))
    return mk(ctx, "colposcopy_report", lang, subj, who("colpo", 2),
              [("Dre Valérie Hotte", "vhotte@gmf-collines.example")], text,
              ["patient_name", "mrn", "diagnosis", "lab_result"], "colposcopy and biopsy report to family physician",
              attachments=[att])


# --------------------------------------------------------------------------- colposcopy no-show
def colpo_no_show(ctx, lang):
    r = ctx.rng
    p = ctx.pf.new("F", (22, 48))
    if lang == "fr":
        subj = f"3e absence en colposcopie – {p.name('sur_first')}"
        text = (f"Bonjour Marie-Claude,\n\n{p.name('upper_comma')} (dossier {p.mrn}) ne s'est pas présentée pour "
                f"la 3e fois (cytologie HSIL du {fdate(ctx.days(-90), 'fr', 1)}).\n"
                f"Tentatives d'appel : {p.phone} x 3, boîte vocale pleine.\n"
                f"J'envoie une lettre recommandée au {p.addr}. Faut-il aviser le médecin de famille ?\n\n"
                + short_sig("clerk1", "fr"))
        frm, to = who("clerk1", 0), [who("nurse3", 0)]
    else:
        subj = f"3rd no-show colposcopy - {p.name('sur_first')}"
        text = (f"Hi Marie-Claude,\n\n{p.name('upper_comma')} (chart {p.mrn}) missed her colposcopy for the 3rd time "
                f"(HSIL cytology {fdate(ctx.days(-90), 'en', 1)}).\n"
                f"Called {p.phone} three times, mailbox full.\n"
                f"I'm sending a registered letter to {p.addr}. Should we let her family doctor know?\n\n"
                + short_sig("clerk2", "en"))
        frm, to = who("clerk2", 0), [who("nurse3", 0)]
    return mk(ctx, "colpo_no_show", lang, subj, frm, to, text,
              ["patient_name", "mrn", "lab_result", "patient_contact"], "missed colposcopy follow-up with contact attempts")


# --------------------------------------------------------------------------- menopause clinic
def menopause(ctx, lang):
    r = ctx.rng
    v = ctx.idx % 3
    if v == 2:
        p = ctx.pf.nam_holder(lambda x: x["sex"] == "F" and 1935 <= x["dob"].year <= 1947)
    elif v == 0:
        p = ctx.pf.nam_holder(lambda x: x["sex"] == "F" and 1955 <= x["dob"].year <= 1972)
    else:
        p = ctx.pf.new("F", (41, 58))
    st = nam_style(r)
    t = round(r.uniform(-2.9, -1.1), 1)
    fr = lang == "fr"
    if v == 2:
        thick = r.randint(6, 14)
        if fr:
            body = (f"Mme {p.name('full')}, {age_on(p.dob, ctx.today)} ans (DDN {fdate(p.dob, 'fr', 1)}, sexe : {p.sex}), "
                    f"NAM {disguise(p.nam, st)}, vue pour saignements post-ménopausiques.\n"
                    f"Écho endovaginale : endomètre {thick} mm. Biopsie endométriale : hyperplasie sans atypie.\n"
                    "Plan : Mirena (lévonorgestrel) et biopsie de contrôle dans 6 mois. Pessaire à changer au même rendez-vous.")
        else:
            body = (f"Mrs. {p.name('full')}, age {age_on(p.dob, ctx.today)} (DOB {fdate(p.dob, 'en', 1)}, sex: {p.sex}), "
                    f"RAMQ {disguise(p.nam, st)}, seen for postmenopausal bleeding.\n"
                    f"TVUS: endometrium {thick} mm. Endometrial biopsy: hyperplasia without atypia.\n"
                    "Plan: Mirena (levonorgestrel IUS) and repeat biopsy in 6 months. Pessary change at the same visit.")
        types = ["patient_name", "date_of_birth", "ramq_nam", "diagnosis", "lab_result", "medication"]
    else:
        idline_fr = (f"NAM {disguise(p.nam, st)}, née le {fdate(p.dob, 'fr', 0)}, sexe : {p.sex}" if p.nam
                     else f"dossier {p.mrn}")
        idline_en = (f"RAMQ {disguise(p.nam, st)}, DOB {fdate(p.dob, 'en', 0)}, sex: {p.sex}" if p.nam
                     else f"chart {p.mrn}")
        if fr:
            body = (f"J'ai vu {p.name('title', 'fr')} ({idline_fr}) à la clinique de ménopause.\n"
                    "Bouffées de chaleur 10-12/jour, sueurs nocturnes, insomnie, sécheresse vaginale. Dernières règles il y a 14 mois.\n"
                    f"Ostéodensitométrie : T-score col fémoral {str(t).replace('.', ',')} (ostéopénie). Bilan lipidique normal.\n"
                    "Je débute Estrogel 2 pressions/jour + Prometrium 100 mg HS, Vagifem 10 mcg 2x/sem. "
                    "Vitamine D 1000 UI. Revoir dans 3 mois.")
        else:
            body = (f"I saw {p.name('title', 'en')} ({idline_en}) in menopause clinic.\n"
                    "Hot flushes 10-12/day, night sweats, insomnia, vaginal dryness. LMP 14 months ago.\n"
                    f"BMD: femoral neck T-score {t} (osteopenia). Lipids normal.\n"
                    "Starting Estrogel 2 pumps daily + Prometrium 100 mg qhs, Vagifem 10 mcg twice weekly. "
                    "Vitamin D 1000 IU. Follow-up in 3 months.")
        types = ["patient_name", "diagnosis", "lab_result", "medication"] + (
            ["ramq_nam", "date_of_birth"] if p.nam else ["mrn"])
    fam = r.choice([("Dr", "Denis", "Larocque"), ("Dre", "Solène", "Berthiaume"), ("Dr", "Jean-Sébastien", "Roussel")])
    if fr:
        subj = r.choice(["Consultation clinique de ménopause", f"Note de consultation – {p.surname}", "Suivi ménopause"])
        text = f"Cher collègue,\n\n{body}\n\nCordialement,\n\n" + signature("meno", "fr")
    else:
        subj = r.choice(["Menopause clinic consult", f"Consult note - {p.surname}", "Menopause follow-up"])
        text = f"Dear colleague,\n\n{body}\n\nKind regards,\n\n" + signature("meno", "en")
    return mk(ctx, "menopause", lang, subj, who("meno", 2),
              [(f"{fam[0]} {fam[1]} {fam[2]}", f"{fam[1][0].lower()}{fam[2].lower()}@gmf-collines.example")],
              text, types, "menopause or postmenopausal gynaecology consult letter", nams=[p] if p.nam else [])


# --------------------------------------------------------------------------- pharmacy prescription
def pharmacy_rx(ctx, lang):
    r = ctx.rng
    use_nam = r.random() < 0.5
    p = (ctx.pf.nam_holder(lambda x: x["sex"] == "F" and 1976 <= x["dob"].year <= 2002) if use_nam
         else ctx.pf.new("F", (27, 42)))
    st = nam_style(r)
    fr = lang == "fr"
    meds_fr = ["Gonal-f stylo 900 UI – 1 stylo, 300 UI SC HS x 10 jours", "Menopur 75 UI – 20 fioles, 150 UI SC HS",
               "Orgalutran 0,25 mg – 6 seringues, 1 SC DIE dès J6", "Ovitrelle 250 mcg – 1 stylo, selon directive",
               "Prometrium 200 mg caps – 90, 1 caps. vaginale TID dès la ponction",
               "Estrace 2 mg – 60 co., 1 co. BID"]
    meds_en = [m.replace("0,25", "0.25").replace("SC HS", "SC qhs").replace("dès J6", "from day 6").replace(
        "selon directive", "as directed").replace("caps. vaginale", "cap PV").replace("dès la ponction",
        "from retrieval").replace("co.", "tab").replace("jours", "days").replace("fioles", "vials")
        .replace("seringues", "syringes").replace("stylo", "pen") for m in meds_fr]
    chosen = sorted(r.sample(range(len(meds_fr)), r.randint(3, 5)))
    meds = [(meds_fr if fr else meds_en)[i] for i in chosen]
    ph = PHARM if fr else r.choice([PHARM, PHARM_ON])
    rows = ([f"Patiente : {p.name('upper_comma')}", f"DDN : {fdate(p.dob, 'fr', 1)}"]
            + ([f"NAM : {disguise(p.nam, st)}", f"Sexe : {p.sex}"] if use_nam else [])
            + [f"Adresse : {p.addr}", f"Tél. : {p.phone}", ""] + [f"Rx {i + 1}. {m}" for i, m in enumerate(meds)]
            + ["", f"Prescriptrice : {staff('rei1')['full']}, permis 1-09876"]) if fr else (
            [f"Patient: {p.name('upper_comma')}", f"DOB: {fdate(p.dob, 'en', 1)}"]
            + ([f"RAMQ: {disguise(p.nam, st)}", f"Sex: {p.sex}"] if use_nam else [])
            + [f"Address: {p.addr}", f"Phone: {p.phone}", ""] + [f"Rx {i + 1}. {m}" for i, m in enumerate(meds)]
            + ["", f"Prescriber: {staff('rei2')['full']}, licence 1-07654"])
    attach = r.random() < 0.4
    if fr:
        subj = r.choice(["Ordonnance FIV – livraison demain", f"Rx {p.surname}", "Ordonnance à préparer"])
        text = ("Bonjour,\n\n" + ("Voici l'ordonnance signée en pièce jointe" if attach else
                "Voici l'ordonnance") + " — la patiente passera la chercher demain ou demande la livraison.\n\n"
                + ("" if attach else "\n".join(rows) + "\n\n") + "Merci,\n\n" + signature("nurse1", "fr"))
    else:
        subj = r.choice(["IVF prescription - pickup tomorrow", f"Rx {p.surname}", "Prescription to fill"])
        text = ("Hello,\n\n" + ("The signed prescription is attached" if attach else "Prescription below")
                + "; the patient will pick it up tomorrow or asks for delivery.\n\n"
                + ("" if attach else "\n".join(rows) + "\n\n") + "Thanks,\n\n" + signature("nurse2", "en"))
    atts = []
    if attach:
        atts.append({"kind": "pdf", "filename": f"Rx_{p.surname}_{ctx.today.strftime('%Y%m%d')}.pdf",
                     "data": A.pdf("Ordonnance / Prescription", rows, f"{ORG['name_fr']} – {ORG['tel']}")})
    types = ["patient_name", "date_of_birth", "patient_contact", "medication"] + (["ramq_nam"] if use_nam else [])
    return mk(ctx, "pharmacy_rx", lang, subj, who("nurse1" if fr else "nurse2", 1),
              [(ph["name"], f"ordonnances@{ph['domain']}")], text, types, "fertility prescription sent to a pharmacy",
              attachments=atts, nams=[p] if use_nam else [])


# --------------------------------------------------------------------------- surgery discharge
def surgery_discharge(ctx, lang):
    r = ctx.rng
    p = ctx.pf.new("F", (26, 45))
    fr = lang == "fr"
    proc = r.choice([("laparoscopie, exérèse d'endométriose stade IV et kystectomie G", "laparoscopy, excision of stage IV endometriosis and L cystectomy"),
                     ("salpingectomie bilatérale pour hydrosalpinx", "bilateral salpingectomy for hydrosalpinges"),
                     ("hystéroscopie opératoire, résection de myome sous-muqueux 3 cm", "operative hysteroscopy, resection of 3 cm submucosal fibroid")])
    lines = ([f"Nom : {p.name('upper_comma')}", f"Dossier : {p.mrn}", f"DDN : {fdate(p.dob, 'fr', 1)}",
              f"Intervention ({fdate(ctx.days(-1), 'fr', 1)}) : {proc[0]}",
              "Congé : hydromorphone 1 mg q4h PRN x 3 j, ibuprofène 400 mg q6h, docusate",
              "Suivi : clinique de fertilité dans 6 semaines"] if fr else
             [f"Name: {p.name('upper_comma')}", f"Chart: {p.mrn}", f"DOB: {fdate(p.dob, 'en', 1)}",
              f"Procedure ({fdate(ctx.days(-1), 'en', 1)}): {proc[1]}",
              "Discharge: hydromorphone 1 mg q4h PRN x 3 days, ibuprofen 400 mg q6h, docusate",
              "Follow-up: fertility clinic in 6 weeks"])
    attach = r.random() < 0.5
    if fr:
        subj = r.choice(["Résumé opératoire / congé", f"Congé CDJ {p.surname}"])
        text = ("Bonjour,\n\n" + ("Résumé joint." if attach else "\n".join(lines))
                + "\n\nDr Karim Benali\n" + HOSP["name"])
    else:
        subj = r.choice(["Operative / discharge summary", f"Day surgery discharge {p.surname}"])
        text = ("Hi,\n\n" + ("Summary attached." if attach else "\n".join(lines))
                + "\n\nKarim Benali MD\n" + HOSP["name"])
    atts = []
    if attach:
        atts.append({"kind": "pdf", "filename": f"{'conge' if fr else 'discharge'}_{p.surname}.pdf",
                     "data": A.pdf("Résumé de congé" if fr else "Discharge summary", lines, HOSP["name"])})
    return mk(ctx, "surgery_discharge", lang, subj, ("Dr Karim Benali", f"kbenali@{HOSP['domain']}"),
              [who("rei1" if fr else "rei2", 2)], text,
              ["patient_name", "mrn", "date_of_birth", "diagnosis", "medication"], "day-surgery discharge summary",
              attachments=atts, msgid_domain=HOSP["domain"])


# --------------------------------------------------------------------------- transport request
def transport_request(ctx, lang):
    r = ctx.rng
    p = ctx.pf.new("F", (25, 44))
    d = ctx.days(r.randint(1, 4))
    fr = lang == "fr"
    if fr:
        subj = r.choice(["Demande de transport – rendez-vous ponction", "Transport médical"])
        text = ("Bonjour,\n\nDemande de transport aller-retour :\n\n"
                f"Usagère : {p.name('full')}\nAdresse de départ : {p.addr}\nTéléphone : {p.phone}\n"
                f"Destination : {HOSP['name']}, chirurgie d'un jour\nDate : {fday(d, 'fr')}, arrivée 7 h 30, retour vers 11 h\n"
                "Motif : ponction ovocytaire sous sédation, ne peut pas conduire.\n"
                "Prestataire de l'aide de dernier recours, sans véhicule ; frais couverts par le programme.\n\n"
                + signature("sw", "fr"))
    else:
        subj = r.choice(["Transport request - retrieval appointment", "Medical transport booking"])
        text = ("Hello,\n\nRound-trip transport request:\n\n"
                f"Client: {p.name('full')}\nPickup address: {p.addr}\nPhone: {p.phone}\n"
                f"Destination: {HOSP['name']}, day surgery\nDate: {fday(d, 'en')}, arrive 7:30, return ~11:00\n"
                "Reason: egg retrieval under sedation, cannot drive.\n"
                "On income support, no vehicle; cost covered under the program.\n\n" + signature("sw", "en"))
    return mk(ctx, "transport_request", lang, subj, who("sw", 0), [("Transport adapté", "reservation@transport-collines.example")],
              text, ["patient_name", "patient_contact", "social_information"], "medical transport booking for a procedure")


# --------------------------------------------------------------------------- ICS appointment
def ics_appointment(ctx, lang):
    r = ctx.rng
    p = ctx.pf.new("F", (25, 44))
    d = ctx.days(r.randint(2, 20))
    start = dt.datetime(d.year, d.month, d.day, r.choice([8, 9, 10, 13, 14]), r.choice([0, 15, 30]))
    end = start + dt.timedelta(minutes=30)
    fr = lang == "fr"
    kind = ctx.idx % 2
    if kind == 0:
        summ = (f"TEC – {p.name('title', 'fr')} (dossier {p.mrn})" if fr else f"FET - {p.name('title', 'en')} (MRN {p.mrn})")
        desc = ("Transfert d'embryon congelé, blastocyste 4AA décongelé à 7 h. Estrace 2 mg TID + Prometrium 200 mg TID depuis J15. "
                f"Tél. : {p.phone}" if fr else
                f"Frozen embryo transfer, 4AA blastocyst thawed at 7:00. Estrace 2 mg TID + Prometrium 200 mg TID since day 15. Phone {p.phone}")
        types = ["patient_name", "mrn", "lab_result", "medication", "patient_contact"]
        note = "calendar invitation for an embryo transfer"
    else:
        summ = (f"RAD – {p.name('sur_comma')} – CIN 3" if fr else f"LEEP - {p.name('sur_comma')} - CIN 3")
        desc = ("Exérèse à l'anse, anesthésie locale. Biopsie CIN 3, CEC négatif." if fr else
                "LEEP under local. Biopsy CIN 3, ECC negative.")
        types = ["patient_name", "diagnosis", "lab_result"]
        note = "calendar invitation for a LEEP procedure"
    data = A.ics(f"{ctx.rng.randint(10**8, 10**9)}@{ORG['domain']}", start, end, summ, desc,
                 "Salle 4, CFGO" if fr else "Room 4, CFGO", organizer=(staff("clerk1")["plain"], staff("clerk1")["email"]),
                 attendees=[(staff("rei1" if fr else "rei2")["plain"], staff("rei1" if fr else "rei2")["email"])],
                 stamp=ctx.when.replace(tzinfo=None))
    inline = r.random() < 0.5
    subj = ("Invitation : " if fr else "Invitation: ") + summ
    text = ((f"Rendez-vous ajouté à ton agenda : {fday(d, 'fr')} à {start.strftime('%H:%M')}.\n\n" if fr else
             f"Added to your calendar: {fday(d, 'en')} at {start.strftime('%H:%M')}.\n\n") + short_sig("clerk1", lang))
    kw = {"ics_inline": data} if inline else {"attachments": [{"kind": "ics", "filename": "invite.ics", "data": data}]}
    return mk(ctx, "ics_appointment", lang, subj, who("clerk1", 0), [who("rei1" if fr else "rei2", 2)], text, types,
              note, **kw)


# --------------------------------------------------------------------------- vCard forward
def vcard_forward(ctx, lang):
    r = ctx.rng
    p = ctx.pf.new("F", (24, 40))
    fr = lang == "fr"
    note = ("Référée pour SOPK, oligoménorrhée. Préfère être jointe le soir." if fr else
            "Referred for PCOS, oligomenorrhea. Prefers evening calls.")
    bday = p.dob.isoformat()
    data = A.vcard(p.given, p.surname, tel=p.phone, email=personal_email(r, p), adr=p.addr, note=note, bday=bday)
    if fr:
        subj = "Nouvelle patiente à rappeler"
        text = (f"Salut Jenny,\n\nJe te transfère la fiche de la nouvelle patiente référée pour SOPK. "
                "Peux-tu l'appeler pour fixer la 1re visite ?\n\n" + short_sig("clerk1", "fr"))
    else:
        subj = "New patient to call back"
        text = ("Hi Jenny,\n\nForwarding the contact card for the new PCOS referral. Could you call her to book the "
                "first visit?\n\n" + short_sig("clerk2", "en"))
    return mk(ctx, "vcard_forward", lang, subj, who("clerk1" if fr else "clerk2", 0), [who("nurse2", 0)], text,
              ["patient_name", "patient_contact", "date_of_birth", "diagnosis"], "patient contact card forwarded for booking",
              attachments=[{"kind": "vcf", "filename": f"{p.given} {p.surname}.vcf", "data": data}])


# --------------------------------------------------------------------------- name only in subject
def subject_only(ctx, lang):
    r = ctx.rng
    p = ctx.pf.new("F", (33, 44))
    amh = round(r.uniform(0.2, 1.2), 1)
    fsh = r.randint(12, 24)
    fr = lang == "fr"
    nm = p.name(r.choice(["sur_first", "lower_rev", "upper_comma"]))
    if fr:
        subj = f"{nm} – AMH/FSH"
        text = (f"AMH {str(amh).replace('.', ',')} pmol/L, FSH J3 {fsh} UI/L, CFA 4.\n"
                "Réserve ovarienne très diminuée. Je pense qu'on doit lui parler du don d'ovules au prochain rdv. "
                "Tu es d'accord ?\n\nA.-M.")
        frm, to = who("rei1", 0), [who("nurse1", 0)]
    else:
        subj = f"{nm} - AMH/FSH"
        text = (f"AMH {amh} pmol/L, day 3 FSH {fsh} IU/L, AFC 4.\n"
                "Severely diminished reserve. I think we need to raise donor eggs at the next visit. Agree?\n\nSam")
        frm, to = who("rei2", 0), [who("nurse2", 0)]
    return mk(ctx, "subject_only", lang, subj, frm, to, text, ["patient_name", "lab_result", "diagnosis"],
              "ovarian reserve results with the name only in the subject")


# --------------------------------------------------------------------------- name only in file name
def filename_only(ctx, lang):
    r = ctx.rng
    p = ctx.pf.new("F", (25, 55))
    fr = lang == "fr"
    grade = r.choice(["CIN 3", "CIN 2", "adénocarcinome in situ"])
    if fr:
        lines = ["Rapport de pathologie", "Spécimen : pièce de RAD, repérée à 12 h",
                 f"Diagnostic : {grade}, marges endocervicales atteintes", "Commentaire : suivi cytologie + VPH à 6 mois"]
        text = (f"Bonjour,\n\nVoici la patho demandée. {grade}, marge endocervicale atteinte. "
                "À discuter au comité de colposcopie mardi.\n\n" + short_sig("nurse3", "fr"))
        fn = f"Patho_{p.surname.upper()}_{p.given}_{p.mrn}.pdf"
        subj = "Patho RAD"
    else:
        g = grade.replace("adénocarcinome in situ", "adenocarcinoma in situ")
        lines = ["Pathology report", "Specimen: LEEP, marked at 12 o'clock",
                 f"Diagnosis: {g}, endocervical margin involved", "Comment: cytology + HPV at 6 months"]
        text = (f"Hi,\n\nHere is the pathology you asked for. {g}, endocervical margin involved. "
                "For colposcopy rounds on Tuesday.\n\n" + short_sig("nurse3", "en"))
        fn = f"Path_{p.surname.upper()}_{p.given}_{p.mrn}.pdf"
        subj = "LEEP path"
    return mk(ctx, "filename_only", lang, subj, who("nurse3", 0), [who("colpo", 2)], text,
              ["patient_name", "mrn", "diagnosis", "lab_result"], "pathology result with the name only in the file name",
              attachments=[{"kind": "pdf", "filename": fn, "data": A.pdf(lines[0], lines[1:], LAB["name"])}])


# --------------------------------------------------------------------------- forwarded thread (inline)
def forwarded_thread(ctx, lang):
    r = ctx.rng
    p = ctx.pf.new("F", (27, 40))
    fr = lang == "fr"
    pm = personal_email(r, p)
    t0 = earlier(ctx, r.randint(2, 20))
    if fr:
        inner = (f"Bonjour,\n\nIci {p.name('full')}, dossier {p.mrn}. J'ai eu ma ponction mardi (14 ovocytes). "
                 "Depuis hier j'ai le ventre très gonflé, j'ai pris 2 kg et j'ai de la difficulté à respirer couchée. "
                 "Je prends seulement le Tylenol. Est-ce que c'est normal ?\n\nMerci\n" + p.name("given"))
        top = "Nathalie, peux-tu l'appeler ce matin ? Ça ressemble à une HSO. Merci.\n\nFrancine"
        subj = f"TR: question après ponction"
        frm, to = who("clerk1", 0), [who("nurse1", 0)]
    else:
        inner = (f"Hello,\n\nThis is {p.name('full')}, MRN {p.mrn}. I had my retrieval on Tuesday (14 eggs). "
                 "Since yesterday my belly is very bloated, I've gained 2 kg and I get short of breath lying down. "
                 "I'm only taking Tylenol. Is this normal?\n\nThanks\n" + p.name("given"))
        top = "Jenny, can you call her this morning? Sounds like OHSS. Thanks.\n\nTanya"
        subj = "FW: question after retrieval"
        frm, to = who("clerk2", 0), [who("nurse2", 0)]
    text = top + "\n\n" + forward_block(t0, f"{p.name('full')} <{pm}>", f"info@{ORG['domain']}",
                                        "question après ponction" if fr else "question after retrieval", inner, lang)
    return mk(ctx, "forwarded_thread", lang, subj, frm, to, text,
              ["patient_name", "mrn", "diagnosis", "medication"], "forwarded patient message about post-retrieval symptoms")


# --------------------------------------------------------------------------- attached .eml
def attached_eml(ctx, lang):
    r = ctx.rng
    p = ctx.pf.new("F", (27, 42))
    fr = lang == "fr"
    hcg1, hcg2 = r.randint(600, 1500), None
    hcg2 = int(hcg1 * r.uniform(1.05, 1.3))
    t0 = earlier(ctx, 3)
    if fr:
        inner_text = (f"Résultat à signaler\n\nPatiente : {p.name('upper_comma')}  No dossier : {p.mrn}\n"
                      f"b-hCG quantitative : {hcg2} UI/L (précédent {hcg1} UI/L il y a 48 h)\n"
                      "Progesterone : 18 nmol/L\n\nCommentaire : hausse sous-optimale, GEU à exclure.\n\n"
                      f"{LAB['name']} – {LAB['tel']}")
        inner_subj = f"Résultat – {p.surname}"
        top = "Dre Vézina, voir le courriel du labo ci-joint. J'ai booké une écho demain 8 h.\n\nNathalie"
        subj = "TR: résultat bêta à revoir"
        frm, to = who("nurse1", 0), [who("rei1", 2)]
    else:
        inner_text = (f"Result notification\n\nPatient: {p.name('upper_comma')}  Chart: {p.mrn}\n"
                      f"Quantitative b-hCG: {hcg2} IU/L (previous {hcg1} IU/L 48 h ago)\n"
                      "Progesterone: 18 nmol/L\n\nComment: suboptimal rise, rule out ectopic.\n\n"
                      f"{LAB['name']} - {LAB['tel']}")
        inner_subj = f"Result - {p.surname}"
        top = "Dr. Okonkwo, see the lab e-mail attached. I booked a scan for tomorrow 8 am.\n\nJenny"
        subj = "FW: beta result to review"
        frm, to = who("nurse2", 0), [who("rei2", 2)]
    inner_spec = {"lang": lang, "subject": inner_subj, "from": ("BioLab résultats", f"resultats@{LAB['domain']}"),
                  "to": [to[0] if False else (frm[0], frm[1])], "text": inner_text, "date": t0,
                  "msgid": f"<res{r.randint(10**6, 10**7)}@{LAB['domain']}>"}
    inner_bytes = build_message(inner_spec, {"charset": "utf-8" if fr else "us-ascii", "cte": "8bit" if fr else "7bit",
                                             "style": "plain", "eol": "lf", "bnd": "inner"})
    return mk(ctx, "attached_eml", lang, subj, frm, to, top,
              ["patient_name", "mrn", "lab_result", "diagnosis"], "forwarded lab notification as attached message",
              attachments=[{"kind": "eml", "filename": f"{inner_subj}.eml", "data": inner_bytes}])


# --------------------------------------------------------------------------- social work
def social_work(ctx, lang):
    r = ctx.rng
    v = ctx.idx % 3
    fr = lang == "fr"
    if v == 1:
        p = ctx.pf.nam_holder(lambda x: x["sex"] == "F" and 2003 <= x["dob"].year <= 2009)
        st = nam_style(r)
        if fr:
            subj = "Signalement DPJ – consultation gynéco ado"
            text = (f"Bonjour Rosalie,\n\nJ'ai vu ce matin {p.name('full')} (DDN {fdate(p.dob, 'fr', 1)}, sexe {p.sex}, "
                    f"NAM {disguise(p.nam, st)}), {age_on(p.dob, ctx.today)} ans, pour contraception.\n"
                    "Elle rapporte un partenaire de 24 ans qui contrôle ses sorties. TAAN chlamydia positif, traité "
                    "par azithromycine 1 g. Elle ne veut pas que sa mère soit au courant.\n"
                    "Je crois qu'un signalement à la DPJ s'impose ; peux-tu m'accompagner pour l'appel cet après-midi ?\n\n"
                    + signature("gyn2", "fr"))
        else:
            subj = "Youth protection report - adolescent gyn visit"
            text = (f"Hi Rosalie,\n\nI saw {p.name('full')} (DOB {fdate(p.dob, 'en', 1)}, sex {p.sex}, RAMQ "
                    f"{disguise(p.nam, st)}), age {age_on(p.dob, ctx.today)}, this morning for contraception.\n"
                    "She describes a 24-year-old partner who controls where she goes. Chlamydia NAAT positive, treated "
                    "with azithromycin 1 g. She does not want her mother told.\n"
                    "I think a youth protection report is needed; can you join me for the call this afternoon?\n\n"
                    + signature("gyn2", "en"))
        types = ["patient_name", "date_of_birth", "ramq_nam", "social_information", "lab_result", "diagnosis", "medication"]
        nams = [p]
        note = "youth protection concern after adolescent gynaecology visit"
    else:
        p = ctx.pf.new("F", (24, 45))
        safe = f"819-555-01{r.randint(50, 99)}"
        if fr:
            subj = r.choice([f"Suivi psychosocial – {p.name('initial')}", "Divulgation violence conjugale"])
            text = (f"Bonjour Rosalie,\n\n{p.name('title', 'fr')} (dossier {p.mrn}), en cours de FIV, a divulgué "
                    "aujourd'hui de la violence conjugale (contusions aux bras vues à l'écho). Elle songe à quitter "
                    "le domicile et demande une place en maison d'hébergement.\n"
                    f"NE PAS appeler au domicile ni laisser de message. Numéro sécuritaire (sœur) : {safe}.\n"
                    "On suspend le cycle pour l'instant.\n\n" + signature("nurse1", "fr"))
        else:
            subj = r.choice([f"Psychosocial follow-up - {p.name('initial')}", "IPV disclosure"])
            text = (f"Hi Rosalie,\n\n{p.name('title', 'en')} (MRN {p.mrn}), currently in an IVF cycle, disclosed "
                    "intimate partner violence today (bruising on arms seen at scan). She is thinking of leaving "
                    "and asked about a shelter bed.\n"
                    f"Do NOT call her home or leave messages. Safe number (sister): {safe}.\n"
                    "Cycle on hold for now.\n\n" + signature("nurse2", "en"))
        types = ["patient_name", "mrn", "social_information", "patient_contact"]
        nams = []
        note = "intimate partner violence disclosure referred to social work"
    return mk(ctx, "social_work", lang, subj, who("gyn2" if v == 1 else ("nurse1" if fr else "nurse2"), 2),
              [who("sw", 0)], text, types, note, nams=nams)


# --------------------------------------------------------------------------- andrology / hypogonadism
def andrology(ctx, lang):
    r = ctx.rng
    p = ctx.pf.nam_holder(lambda x: x["sex"] == "M" and x["dob"].year <= 1964)
    st = nam_style(r)
    tt = round(r.uniform(3.5, 7.8), 1)
    psa = round(r.uniform(0.6, 3.2), 1)
    hb = r.randint(128, 166)
    fr = lang == "fr"
    if fr:
        subj = r.choice(["Suivi hypogonadisme", f"Testo – {p.surname}"])
        text = (f"Bonjour,\n\nSuivi de {p.name('title', 'fr')}, {age_on(p.dob, ctx.today)} ans.\n"
                f"NAM : {disguise(p.nam, st)} | DDN : {fdate(p.dob, 'fr', 2)} | Sexe : {p.sex}\n\n"
                f"Testostérone totale {str(tt).replace('.', ',')} nmol/L (8 h), APS {str(psa).replace('.', ',')} µg/L, "
                f"Hb {hb} g/L, Ht 0,46.\n"
                "Dx : hypogonadisme tardif symptomatique. On poursuit Androgel 1 % 5 g/jour ; contrôle APS et Hb dans 6 mois.\n\n"
                + signature("andro", "fr"))
    else:
        subj = r.choice(["Hypogonadism follow-up", f"Testosterone - {p.surname}"])
        text = (f"Hello,\n\nFollow-up for {p.name('title', 'en')}, age {age_on(p.dob, ctx.today)}.\n"
                f"RAMQ: {disguise(p.nam, st)} | DOB: {fdate(p.dob, 'en', 1)} | Sex: {p.sex}\n\n"
                f"Total testosterone {tt} nmol/L (8 am), PSA {psa} ug/L, Hb {hb} g/L, Hct 0.46.\n"
                "Dx: symptomatic late-onset hypogonadism. Continue Androgel 1% 5 g daily; repeat PSA and Hb in 6 months.\n\n"
                + signature("andro", "en"))
    return mk(ctx, "andrology", lang, subj, who("andro", 2), [("Dr Réjean Plamondon", "rplamondon@gmf-collines.example")],
              text, ["patient_name", "ramq_nam", "date_of_birth", "lab_result", "diagnosis", "medication"],
              "andrology follow-up letter on testosterone therapy", nams=[p])


# --------------------------------------------------------------------------- HSG / imaging
def hsg_imaging(ctx, lang):
    r = ctx.rng
    p = ctx.pf.new("F", (26, 40))
    fr = lang == "fr"
    f_fr, f_en = r.choice([("obstruction tubaire proximale droite, trompe gauche perméable", "right proximal tubal occlusion, left tube patent"),
                           ("hydrosalpinx bilatéral, aucun passage péritonéal", "bilateral hydrosalpinx, no peritoneal spill"),
                           ("polype endométrial de 9 mm, trompes perméables", "9 mm endometrial polyp, tubes patent")])
    if fr:
        subj = r.choice([f"HSG – {p.name('upper_comma')}", "Résultat hystérosalpingographie"])
        text = (f"Bonjour,\n\nHystérosalpingographie du {fdate(ctx.days(-2), 'fr', 1)}\n"
                f"Patiente : {p.name('full')}, dossier {p.mrn}, née le {fdate(p.dob, 'fr', 1)}\n"
                f"Conclusion : {f_fr}.\n\nDr Ethan Kowalczyk, radiologiste\n{HOSP['name']}")
    else:
        subj = r.choice([f"HSG - {p.name('upper_comma')}", "Hysterosalpingogram result"])
        text = (f"Hello,\n\nHysterosalpingogram {fdate(ctx.days(-2), 'en', 1)}\n"
                f"Patient: {p.name('full')}, chart {p.mrn}, DOB {fdate(p.dob, 'en', 1)}\n"
                f"Impression: {f_en}.\n\nEthan Kowalczyk MD, Radiology\n{HOSP['name']}")
    return mk(ctx, "hsg_imaging", lang, subj, ("Ethan Kowalczyk", f"ekowalczyk@{HOSP['domain']}"),
              [who("rei1" if fr else "rei2", 2)], text,
              ["patient_name", "mrn", "date_of_birth", "lab_result", "diagnosis"], "hysterosalpingogram report",
              msgid_domain=HOSP["domain"])


# --------------------------------------------------------------------------- billing rejects (XLSX, NAM)
def billing_query(ctx, lang):
    r = ctx.rng
    ps = [ctx.pf.nam_holder(lambda x: x["sex"] == "F" and 1960 <= x["dob"].year <= 2003) for _ in range(3)]
    fr = lang == "fr"
    hdr = ["NAM", "Nom", "Prénom", "DDN", "Sexe", "Date service", "Acte", "Dx (CIM)", "Motif refus"]
    acts = [("06455 ponction ovocytaire", "N97.9 infertilité féminine"), ("06448 transfert embryonnaire", "N97.1 origine tubaire"),
            ("06911 colposcopie + biopsie", "N87.1 dysplasie cervicale modérée"), ("00099 consultation ménopause", "N95.1 états ménopausiques")]
    motifs = ["DDN ne correspond pas", "Service déjà payé", "Code diagnostic manquant", "Date hors délai"]
    rows = [hdr]
    for p in ps:
        a = r.choice(acts[2:] if age_on(p.dob, ctx.today) >= 46 else acts[:3])
        rows.append([p.nam, p.surname.upper(), p.given, p.dob.isoformat(), p.sex, ctx.days(-r.randint(20, 60)).isoformat(),
                     a[0], a[1], r.choice(motifs)])
    subj = "Refus de facturation – à corriger" if fr else "Billing rejections to fix"
    text = (("Bonjour Guylaine,\n\nVoici les 3 refus de la dernière période (fichier joint). Peux-tu vérifier les "
             "dossiers et refacturer avant vendredi ?\n\n" + signature("fin", "fr")) if fr else
            ("Hi Guylaine,\n\nAttached are the 3 rejections from the last period. Can you check the charts and "
             "resubmit before Friday?\n\n" + signature("fin", "en")))
    return mk(ctx, "billing_query", lang, subj, who("fin", 0), [who("clerk3", 0)], text,
              ["patient_name", "ramq_nam", "date_of_birth", "diagnosis"], "billing rejections listing patients",
              attachments=[{"kind": "xlsx", "filename": "refus_facturation.xlsx", "data": A.xlsx([("Refus", rows)])}],
              nams=ps)


# --------------------------------------------------------------------------- paediatric gynaecology
def pediatric_gyn(ctx, lang):
    r = ctx.rng
    p = ctx.pf.nam_holder(lambda x: x["dob"].year >= 2013)
    st = nam_style(r)
    fr = lang == "fr"
    age = age_on(p.dob, ctx.today)
    if fr:
        subj = r.choice(["Puberté précoce – suivi", f"Clinique pédiatrique – {p.surname}"])
        text = (f"Bonjour,\n\n{p.name('upper_comma')}, {age} ans, sexe : {p.sex}\nDDN {fdate(p.dob, 'fr', 1)} – NAM {disguise(p.nam, st)}\n\n"
                "Puberté précoce centrale confirmée : LH stimulée 9,4 UI/L, âge osseux avancé de 2 ans, IRM hypophysaire normale.\n"
                "Début de Lupron Depot 11,25 mg IM q 3 mois. Prochaine injection au CLSC.\n"
                "Les parents ont été rencontrés ; le père sera présent aux prochains rendez-vous.\n\n" + signature("gyn2", "fr"))
    else:
        subj = r.choice(["Precocious puberty - follow-up", f"Peds clinic - {p.surname}"])
        text = (f"Hello,\n\n{p.name('upper_comma')}, age {age}, sex: {p.sex}\nDOB {fdate(p.dob, 'en', 1)} - RAMQ {disguise(p.nam, st)}\n\n"
                "Central precocious puberty confirmed: stimulated LH 9.4 IU/L, bone age advanced 2 years, pituitary MRI normal.\n"
                "Starting Lupron Depot 11.25 mg IM q3 months. Next injection at the CLSC.\n"
                "Met with both parents today.\n\n" + signature("gyn2", "en"))
    return mk(ctx, "pediatric_gyn", lang, subj, who("gyn2", 2), [("CLSC des Collines – soins infirmiers", "soins@clsc-collines.example")],
              text, ["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "lab_result", "medication"],
              "paediatric reproductive endocrinology follow-up", nams=[p])


# --------------------------------------------------------------------------- reply with quoted patient details
def reply_quoted(ctx, lang):
    r = ctx.rng
    p = ctx.pf.new("F", (25, 40))
    fr = lang == "fr"
    t0 = earlier(ctx, r.randint(1, 6))
    ga = r.randint(9, 20)
    if fr:
        orig = (f"Hélène,\n\nPeux-tu voir {p.name('lower')} (dossier {p.mrn}) en colpo cette semaine ? "
                f"Cytologie HSIL et elle est enceinte de {ga} semaines (grossesse FIV). Elle est très anxieuse.\n\nKarim")
        top = "Oui, mets-la jeudi 13 h, je la prendrai entre deux.\n\nH."
        subj = "RE: colpo cette semaine ?"
        frm, to = who("colpo", 0), [who("gyn2", 0)]
        hdr = reply_header(t0, staff("gyn2")["plain"], staff("gyn2")["email"], "fr")
    else:
        orig = (f"Helene,\n\nCould you see {p.name('lower')} (chart {p.mrn}) in colpo this week? HSIL cytology and "
                f"she is {ga} weeks pregnant (IVF pregnancy). Very anxious.\n\nKarim")
        top = "Yes, put her Thursday 1 pm, I'll squeeze her in.\n\nH."
        subj = "RE: colpo this week?"
        frm, to = who("colpo", 0), [who("gyn2", 0)]
        hdr = reply_header(t0, staff("gyn2")["plain"], staff("gyn2")["email"], "en")
    text = top + "\n\n" + hdr + "\n" + quote(orig)
    return mk(ctx, "reply_quoted", lang, subj, frm, to, text,
              ["patient_name", "mrn", "lab_result", "diagnosis"], "short reply quoting a colleague's request about a patient",
              extra_headers=[("In-Reply-To", f"<q{r.randint(10**6, 10**7)}@{ORG['domain']}>")])


# --------------------------------------------------------------------------- ZIP of results
def zip_results(ctx, lang):
    r = ctx.rng
    p = ctx.pf.new("F", (30, 42))
    lines1 = [f"Patient: {p.name('upper_comma')}", f"DOB: {fdate(p.dob, 'en', 1)}", f"Chart: {p.mrn}",
              "AMH 2.1 pmol/L", "FSH day 3: 11.2 IU/L", "TSH 2.35 mIU/L", "Prolactin 14 ug/L"]
    lines2 = [f"Patient: {p.name('upper_comma')}", "HSG: bilateral patency", "Saline sonogram: normal cavity",
              "Dx: unexplained infertility"]
    z = A.zip_members([(f"{p.surname}_bloodwork.pdf", A.pdf("Bloodwork", lines1, LAB["name"])),
                       (f"{p.surname}_imaging.pdf", A.pdf("Imaging summary", lines2, HOSP["name"])),
                       ("index.csv", A.csv_bytes([["file", "date"], [f"{p.surname}_bloodwork.pdf", ctx.days(-30).isoformat()],
                                                  [f"{p.surname}_imaging.pdf", ctx.days(-21).isoformat()]]))])
    text = ("Hello,\n\nAs requested for the transfer of care, the patient's investigations are in the attached "
            "archive. Originals stay in our chart.\n\n" + signature("clerk2", "en"))
    return mk(ctx, "zip_results", "en", "Records for transfer of care", who("clerk2", 1),
              [("Intake", "intake@ottawa-fertility-demo.example")], text,
              ["patient_name", "date_of_birth", "mrn", "lab_result", "diagnosis"], "zipped investigation results for transfer of care",
              attachments=[{"kind": "zip", "filename": "transfer_records.zip", "data": z}])


# --------------------------------------------------------------------------- sign-out list
def signout(ctx, lang):
    r = ctx.rng
    ps = [ctx.pf.new("F", (26, 44)) for _ in range(3)]
    fr = lang == "fr"
    if fr:
        items = [f"1) {ps[0].name('sur_first')} – HSO modérée J+3 post-ponction, Ht 0,44, cabergoline 0,5 mg DIE. Si dyspnée → urgence.",
                 f"2) {ps[1].name('initial')} – saignement post-ponction, Hb 112 stable, rappeler à 20 h au {ps[1].phone}.",
                 f"3) {ps[2].name('lower')} – bêta 38 à J14, répéter jeudi, Prometrium poursuivi."]
        subj = "Garde ce soir – à surveiller"
        text = "Salut,\n\nPour la garde :\n\n" + "\n".join(items) + "\n\nBonne soirée,\nA.-M."
        frm, to = who("rei1", 0), [who("gyn2", 0)]
    else:
        items = [f"1) {ps[0].name('sur_first')} - moderate OHSS day 3 post OPU, Hct 0.44, cabergoline 0.5 mg daily. If SOB -> ER.",
                 f"2) {ps[1].name('initial')} - post-OPU bleeding, Hb 112 stable, call back at 8 pm on {ps[1].phone}.",
                 f"3) {ps[2].name('lower')} - beta 38 on day 14, repeat Thursday, continue Prometrium."]
        subj = "Sign-out tonight"
        text = "Hi,\n\nFor call tonight:\n\n" + "\n".join(items) + "\n\nThanks,\nSam"
        frm, to = who("rei2", 0), [who("rei3", 0)]
    return mk(ctx, "signout", lang, subj, frm, to, text,
              ["patient_name", "diagnosis", "lab_result", "medication", "patient_contact"], "on-call sign-out list")
