"""Positive messages, part A: IVF cycles, embryology, andrology, donors, funding, cross-border."""
import datetime as dt

import gen_attach as A
from gen_common import (ORG, HOSP, LAB, PHARM, FHT, BE, FR, INSURER, AGENCY, staff, fdate, fday,
                        disguise, fullwidth, make_sin, make_ohn, make_niss, make_nir, fmt_sin, fmt_ohn,
                        fmt_niss, fmt_nir, age_on, patient_phone, patient_addr)
from gen_text import (mk, who, signature, short_sig, personal_email, quote, reply_header, earlier,
                      outlook_header, forward_block, fmt_time, thanks)

STIM = [("Gonal-f", "UI", [150, 225, 300, 375]), ("Menopur", "UI", [75, 150, 225]),
        ("Rekovelle", "mcg", [9, 12, 15]), ("Puregon", "UI", [150, 200, 250])]
ANTAG = ["Orgalutran 0,25 mg", "Cetrotide 0,25 mg"]
ANTAG_EN = ["Orgalutran 0.25 mg", "Cetrotide 0.25 mg"]
DX_FR = ["SOPK", "endométriose stade III", "réserve ovarienne diminuée (AMH 0,6)", "facteur tubaire, hydrosalpinx G",
         "infertilité inexpliquée x 3 ans", "facteur masculin sévère", "échecs d'implantation répétés",
         "fausses couches à répétition", "insuffisance ovarienne prématurée"]
DX_EN = ["PCOS", "stage III endometriosis", "diminished ovarian reserve (AMH 0.6)", "tubal factor, L hydrosalpinx",
         "unexplained infertility x 3 yrs", "severe male factor", "recurrent implantation failure",
         "recurrent pregnancy loss", "premature ovarian insufficiency"]


def dec(x, lang):
    s = f"{x}"
    return s.replace(".", ",") if lang == "fr" else s


def follicles(r):
    right = sorted([r.randint(8, 21) for _ in range(r.randint(3, 9))], reverse=True)
    left = sorted([r.randint(8, 21) for _ in range(r.randint(2, 8))], reverse=True)
    return right, left


# --------------------------------------------------------------------------- IVF monitoring
def ivf_monitoring(ctx, lang):
    r = ctx.rng
    p = ctx.pf.new("F", (27, 42))
    day = r.randint(6, 11)
    e2 = r.randint(12, 98) * 100 + r.randint(0, 99)
    lh = round(r.uniform(0.8, 7.5), 1)
    p4 = round(r.uniform(0.6, 3.4), 1)
    right, left = follicles(r)
    endo = round(r.uniform(7, 12.5), 1)
    drug, unit, doses = r.choice(STIM)
    dose = r.choice(doses)
    nstyle = r.choice(["upper_comma", "title", "initial", "lower", "sur_first", "full"])
    name = p.name(nstyle, lang)
    has_dx = r.random() < 0.6
    k = r.randint(1, 3)
    nurse, md = (("nurse1", "rei1") if lang == "fr" else ("nurse2", r.choice(["rei2", "rei3"])))
    md_s = staff(md)
    if lang == "fr":
        plan = r.choice([f"poursuivre même dose, retour J{day + 2} pour écho + E2",
                         "déclencher ce soir avec Décapeptyl 0,2 mg (risque HSO) et ponction après-demain 8 h",
                         f"baisser {drug} à {max(doses[0], dose - 75) if unit == 'UI' else doses[0]} {unit} et revoir dans 48 h",
                         "Ovitrelle 250 mcg ce soir 22 h, ponction dans 36 h"])
        subj = r.choice([f"Stim J{day} – {p.name('upper_comma')}", f"Suivi stim dossier {p.mrn}",
                         f"suivi FIV {p.name('initial')}", f"RE: monitoring ce matin – {p.surname}"])
        dx = f"\nContexte : {r.choice(DX_FR)}." if has_dx else ""
        text = (f"Bonjour {md_s['title']} {md_s['surname']},\n\n"
                f"Suivi de ce matin pour {name} (dossier {p.mrn}) – FIV cycle #{k}, protocole antagoniste.\n\n"
                f"J{day} de stim\n"
                f"E2 : {e2} pmol/L | LH : {dec(lh, 'fr')} UI/L | P4 : {dec(p4, 'fr')} nmol/L\n"
                f"Écho : OD {', '.join(map(str, right))} mm / OG {', '.join(map(str, left))} mm\n"
                f"Endomètre {dec(endo, 'fr')} mm trilaminaire\n\n"
                f"Tx actuel : {drug} {dose} {unit} HS + {r.choice(ANTAG)} depuis J{r.randint(5, 6)}.{dx}\n\n"
                f"Je propose : {plan}. Tu me confirmes avant 13 h pour que j'appelle la patiente ?\n\n"
                + short_sig(nurse, "fr"))
    else:
        plan = r.choice([f"continue same dose, back day {day + 2} for scan + E2",
                         "trigger tonight with Suprefact/Decapeptyl 0.2 mg given OHSS risk, OPU in 36 h",
                         f"step {drug} down and recheck in 48 h",
                         "Ovitrelle 250 mcg tonight at 22:00, OPU in 36 h"])
        subj = r.choice([f"Monitoring – {p.name('upper_comma')} – day {day}", f"stim update MRN {p.mrn}",
                         f"day {day} bloods/scan {p.name('initial')}", f"{p.name('sur_first')} monitoring"])
        dx = f"\nBackground: {r.choice(DX_EN)}." if has_dx else ""
        text = (f"Hi Dr. {md_s['surname']},\n\n"
                f"Monitoring this morning for {name} (MRN {p.mrn}), IVF cycle {k}, antagonist protocol.\n\n"
                f"Stim day {day}\n"
                f"E2 {e2} pmol/L, LH {lh} IU/L, P4 {p4} nmol/L\n"
                f"US: R ov {', '.join(map(str, right))} mm; L ov {', '.join(map(str, left))} mm\n"
                f"ET {endo} mm, triple line\n\n"
                f"Current: {drug} {dose} {unit} qhs + {r.choice(ANTAG_EN)} since day {r.randint(5, 6)}.{dx}\n\n"
                f"Suggest: {plan}. Can you confirm before 1 pm so I can call her?\n\n"
                + short_sig(nurse, "en"))
    types = ["patient_name", "mrn", "lab_result", "medication"] + (["diagnosis"] if has_dx else [])
    return mk(ctx, "ivf_monitoring", lang, subj, who(nurse, r.randint(0, 2)), [who(md, 2)], text, types,
              "IVF stimulation monitoring update to physician")


# --------------------------------------------------------------------------- trigger instructions
def trigger_instructions(ctx, lang):
    r = ctx.rng
    p = ctx.pf.new("F", (26, 41))
    opu = ctx.days(2)
    nurse = "nurse1" if lang == "fr" else "nurse2"
    pm = personal_email(r, p)
    trig = r.choice(["Ovitrelle 250 mcg", "Décapeptyl 0,2 mg", "Ovitrelle 250 mcg + Décapeptyl 0,2 mg"])
    if lang == "en":
        trig = trig.replace(",", ".")
    hh = r.choice(["21 h 30", "22 h 00", "22 h 15", "23 h 00"])
    if lang == "fr":
        subj = r.choice(["Instructions de déclenchement", f"Votre ponction du {fdate(opu, 'fr')}",
                         "IMPORTANT – injection de ce soir"])
        text = (f"Bonjour {p.given},\n\n"
                "Votre échographie et votre prise de sang de ce matin montrent que vos follicules sont prêts.\n\n"
                f"CE SOIR ({fday(ctx.today, 'fr')}) à {hh} précises : {trig} en sous-cutané.\n"
                "Cessez le Menopur/Gonal-f et l'antagoniste à partir de demain matin.\n\n"
                f"Votre ponction aura lieu le {fday(opu, 'fr')} à 8 h 30, {HOSP['name']}, 2e étage "
                "(chirurgie d'un jour). Présentez-vous à 7 h 45, à jeun depuis minuit, accompagnée : "
                "vous ne pourrez pas conduire après la sédation.\n"
                "Votre conjoint doit déposer l'échantillon de sperme au laboratoire avant 9 h 15 "
                "(abstinence de 2 à 5 jours).\n\n"
                "Si vous avez des douleurs importantes ou de l'essoufflement, appelez-nous.\n\n"
                + signature(nurse, "fr", disclaimer=True))
    else:
        subj = r.choice(["Trigger instructions for tonight", f"Your egg retrieval on {fdate(opu, 'en')}",
                         "IMPORTANT - trigger shot tonight"])
        text = (f"Hi {p.given},\n\n"
                "Your scan and blood work this morning show your follicles are ready.\n\n"
                f"TONIGHT ({fday(ctx.today, 'en')}) at exactly {hh.replace(' h ', ':')}: {trig} subcutaneously.\n"
                "Stop your Menopur/Gonal-f and the antagonist from tomorrow morning.\n\n"
                f"Your retrieval is on {fday(opu, 'en')} at 8:30 am at {HOSP['name']}, 2nd floor day surgery. "
                "Arrive at 7:45, nothing to eat or drink after midnight, and bring someone to drive you home.\n"
                "Your partner should drop off the semen sample at the lab before 9:15 (2 to 5 days abstinence).\n\n"
                "Call us if you have severe pain or shortness of breath.\n\n"
                + signature(nurse, "en", disclaimer=True))
    return mk(ctx, "trigger_instructions", lang, subj, who(nurse, 2), [(p.name("full"), pm)], text,
              ["patient_name", "medication"], "trigger shot and retrieval instructions sent to a patient")


# --------------------------------------------------------------------------- OPU booking (NAM)
def opu_booking(ctx, lang):
    r = ctx.rng
    p = ctx.pf.nam_holder(lambda x: x["sex"] == "F" and 1976 <= x["dob"].year <= 2002)
    d = ctx.days(r.randint(2, 5))
    style = r.choice(["plain", "spaced", "dotted", "hyphen", "fullwidth", "slashed"])
    allergy_fr, allergy_en = r.choice([("aucune connue", "NKDA"), ("pénicilline (urticaire)", "penicillin (hives)"),
                                        ("latex", "latex"), ("sulfas", "sulfa")])
    prim = r.choice([("primaire", "primary"), ("secondaire", "secondary")])
    add_phone = r.random() < 0.5
    clerk = "clerk1" if lang == "fr" else "clerk2"
    to = [("Bloc opératoire – CDJ", f"cdj.reservations@{HOSP['domain']}")]
    if lang == "fr":
        subj = r.choice([f"Réservation ponction {fdate(d, 'fr', 1)}", "Demande de salle – ponction ovocytaire",
                         f"Ponction {p.surname.upper()} {fdate(d, 'fr', 1)}"])
        text = ("Bonjour,\n\nMerci de réserver une plage en salle de ponction (chirurgie d'un jour) :\n\n"
                f"Nom : {p.surname.upper()}, {p.given}\n"
                f"NAM : {disguise(p.nam, style)}\n"
                f"Date de naissance : {fdate(p.dob, 'fr', r.randint(0, 4))}    Sexe : {p.sex}\n"
                f"Date demandée : {fday(d, 'fr')} – 8 h 00 (30 min)\n"
                f"Intervention : ponction ovocytaire échoguidée, FIV-ICSI\n"
                f"Diagnostic : infertilité {prim[0]}, {r.choice(DX_FR)}\n"
                f"Sédation-analgésie : fentanyl + midazolam (anesthésie)\n"
                f"Allergies : {allergy_fr}\n"
                + (f"Tél. de la patiente : {p.phone}\n" if add_phone else "")
                + f"Médecin : {staff('rei1')['full']}\n\n"
                + "Merci de confirmer par retour de courriel.\n\n" + signature(clerk, "fr"))
    else:
        subj = r.choice([f"OPU booking {fdate(d, 'en', 1)}", "OR request - egg retrieval",
                         f"Retrieval booking {p.name('upper_comma')}"])
        text = ("Hello,\n\nPlease book the retrieval room (day surgery) for:\n\n"
                f"Name: {p.surname.upper()}, {p.given}\n"
                f"RAMQ: {disguise(p.nam, style)}\n"
                f"DOB: {fdate(p.dob, 'en', r.randint(0, 4))}   Sex: {p.sex}\n"
                f"Requested: {fday(d, 'en')}, 08:00 (30 min)\n"
                "Procedure: transvaginal oocyte retrieval, IVF-ICSI\n"
                f"Dx: {prim[1]} infertility, {r.choice(DX_EN)}\n"
                "Sedation: fentanyl + midazolam by anaesthesia\n"
                f"Allergies: {allergy_en}\n"
                + (f"Patient phone: {p.phone}\n" if add_phone else "")
                + f"Physician: {staff('rei2')['full']}\n\n"
                + "Please confirm by return e-mail.\n\n" + signature(clerk, "en"))
    types = ["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "medication"]
    if add_phone:
        types.append("patient_contact")
    if allergy_en in ("penicillin (hives)", "sulfa"):
        pass
    return mk(ctx, "opu_booking", lang, subj, who(clerk, 1), to, text, types,
              "operating room booking for egg retrieval", nams=[p])


# --------------------------------------------------------------------------- embryology report
def embryology_report(ctx, lang):
    r = ctx.rng
    p = ctx.pf.new("F", (28, 43))
    partner = ctx.pf.new("M", (29, 48))
    emb = r.choice(["embryo1", "embryo3"]) if lang == "fr" else "embryo2"
    n_ooc = r.randint(5, 19)
    mii = max(2, n_ooc - r.randint(0, 4))
    pn2 = max(1, mii - r.randint(0, 4))
    grades = ["5AA", "4AA", "4AB", "4BA", "3BB", "4BB", "5BC", "3CB", "arrêt", "2BB"]
    emb_rows = []
    for i in range(1, pn2 + 1):
        d3 = f"{r.choice([6, 7, 8, 8, 8, 9, 10])}c G{r.randint(1, 3)}"
        d5 = r.choice(grades)
        fate = ("vitrifié" if lang == "fr" else "vitrified") if d5[0] in "345" and d5[1:] != "CB" else \
               ("éliminé" if lang == "fr" else "discarded")
        if d5 == "arrêt" and lang == "en":
            d5 = "arrested"
        emb_rows.append([f"E{i}", d3, d5, fate])
    vit = sum(1 for row in emb_rows if row[3] in ("vitrifié", "vitrified"))
    nstyle = r.choice(["upper_comma", "full", "sur_comma", "lower_rev"])
    use_xlsx = r.random() < 0.5
    cc = [who("nurse1" if lang == "fr" else "nurse2", 0)]
    d_opu = ctx.days(-5)
    if lang == "fr":
        hdr = ["Embryon", "J3", "J5/J6", "Devenir"]
        subj = r.choice([f"Rapport embryo J5 – {p.name(nstyle)}", f"Bilan embryologique dossier {p.mrn}",
                         f"J5 {p.surname} / {partner.surname}"])
        table = "\n".join(" | ".join(x) for x in [hdr] + emb_rows)
        text = (f"Bonjour Dre Vézina,\n\nBilan de laboratoire pour {p.name(nstyle)} (dossier {p.mrn}) "
                f"et {partner.name('full')}, ponction du {fdate(d_opu, 'fr', 1)} :\n\n"
                f"Ovocytes recueillis : {n_ooc} — MII : {mii} — ICSI : {mii}\n"
                f"Fécondation normale (2PN) : {pn2}/{mii}\n"
                + (f"Voir le tableau joint pour le détail.\n" if use_xlsx else f"\n{table}\n")
                + f"\nTotal vitrifié : {vit} blastocyste(s). Aucun transfert frais (protocole freeze-all).\n\n"
                + signature(emb, "fr"))
    else:
        hdr = ["Embryo", "Day 3", "Day 5/6", "Outcome"]
        subj = r.choice([f"Embryology report - {p.name(nstyle)}", f"D5 update MRN {p.mrn}",
                         f"Day 5 results {p.surname}/{partner.surname}"])
        table = "\n".join(" | ".join(x) for x in [hdr] + emb_rows)
        text = (f"Hi Dr. Okonkwo,\n\nLab summary for {p.name(nstyle)} (MRN {p.mrn}) and partner "
                f"{partner.name('full')}, retrieval {fdate(d_opu, 'en', 1)}:\n\n"
                f"Oocytes retrieved: {n_ooc}, MII: {mii}, ICSI: {mii}\n"
                f"Normal fertilization (2PN): {pn2}/{mii}\n"
                + ("Per-embryo detail in the attached sheet.\n" if use_xlsx else f"\n{table}\n")
                + f"\nTotal vitrified: {vit} blastocyst(s). Freeze-all, no fresh transfer.\n\n"
                + signature(emb, "en"))
    atts = []
    if use_xlsx:
        rows = [["Patiente" if lang == "fr" else "Patient", p.name("upper_comma"), "Dossier/MRN", p.mrn], []]
        rows += [hdr] + emb_rows
        atts.append({"kind": "xlsx", "filename": f"embryo_{p.surname.upper()}_{d_opu.strftime('%Y%m%d')}.xlsx",
                     "data": A.xlsx([("J5", rows)])})
    return mk(ctx, "embryology_report", lang, subj, who(emb, 1), [who("rei1" if lang == "fr" else "rei2", 2)],
              text, ["patient_name", "mrn", "lab_result"], "embryology laboratory day-5 report", cc=cc,
              attachments=atts)


# --------------------------------------------------------------------------- semen analysis
def semen_analysis(ctx, lang):
    r = ctx.rng
    use_nam = r.random() < 0.7
    if use_nam:
        p = ctx.pf.nam_holder(lambda x: x["sex"] == "M" and 1965 <= x["dob"].year <= 2003)
    else:
        p = ctx.pf.new("M", (28, 50))
    vol = round(r.uniform(0.8, 4.5), 1)
    conc = round(r.uniform(0.3, 14), 1)
    prog = r.randint(4, 31)
    morph = r.randint(0, 4)
    dfi = r.randint(12, 45)
    dx_fr = r.choice(["oligoasthénotératozoospermie sévère", "oligozoospermie modérée", "asthénozoospermie",
                      "cryptozoospermie"])
    dx_en = {"oligoasthénotératozoospermie sévère": "severe oligoasthenoteratozoospermia",
             "oligozoospermie modérée": "moderate oligozoospermia", "asthénozoospermie": "asthenozoospermia",
             "cryptozoospermie": "cryptozoospermia"}[dx_fr]
    attach_pdf = r.random() < 0.5
    sender = "andro"
    nam_line_fr = f"NAM : {disguise(p.nam, r.choice(['plain', 'spaced', 'dotted']))}\n" if use_nam else f"Dossier : {p.mrn}\n"
    nam_line_en = f"RAMQ no.: {disguise(p.nam, r.choice(['plain', 'spaced', 'hyphen']))}\n" if use_nam else f"Chart: {p.mrn}\n"
    if lang == "fr":
        rep = [f"Patient : {p.name('upper_comma')}", nam_line_fr.strip(),
               f"DDN : {fdate(p.dob, 'fr', 1)}  Sexe : {p.sex}", f"Prélèvement : {fdate(ctx.days(-3), 'fr', 1)}, abstinence 3 j",
               f"Volume : {dec(vol, 'fr')} mL", f"Concentration : {dec(conc, 'fr')} M/mL",
               f"Numération totale : {dec(round(vol * conc, 1), 'fr')} M",
               f"Mobilité progressive : {prog} %", f"Morphologie (Kruger) : {morph} % formes normales",
               f"Fragmentation ADN (DFI) : {dfi} %", f"Conclusion : {dx_fr}"]
        subj = r.choice([f"Spermogramme – {p.surname}", "Résultat spermogramme", f"Spermo {p.name('initial')}"])
        if attach_pdf:
            intro = (f"Bonjour Dre Vézina,\n\nVoici le spermogramme de {p.name('title', 'fr')}, conjoint de "
                     "votre patiente, rapport en pièce jointe. En bref : ")
        else:
            intro = ("Bonjour Dre Vézina,\n\nVoici le spermogramme du conjoint de votre patiente :\n\n"
                     + "\n".join(rep) + "\n\nEn bref : ")
        text = (intro + f"{dx_fr}, DFI à {dfi} %. Je recommande l'ICSI d'emblée et je le revois pour un bilan "
                "hormonal (FSH, LH, testostérone) et une écho scrotale.\n\n" + signature(sender, "fr"))
    else:
        rep = [f"Patient: {p.name('upper_comma')}", nam_line_en.strip(),
               f"DOB: {fdate(p.dob, 'en', 1)}  Sex: {p.sex}", f"Collected: {fdate(ctx.days(-3), 'en', 1)}, 3 days abstinence",
               f"Volume: {vol} mL", f"Concentration: {conc} M/mL", f"Total count: {round(vol * conc, 1)} M",
               f"Progressive motility: {prog}%", f"Morphology (strict): {morph}% normal forms",
               f"DNA fragmentation (DFI): {dfi}%", f"Impression: {dx_en}"]
        subj = r.choice([f"Semen analysis - {p.surname}", "SA result", f"Semen analysis {p.name('initial')}"])
        text = ("Hi Sam,\n\nSemen analysis for your patient's partner"
                + (f" ({p.name('title', 'en')}) attached. Bottom line: " if attach_pdf else ":\n\n" + "\n".join(rep)
                   + "\n\nBottom line: ")
                + f"{dx_en}, DFI {dfi}%. I'd go straight to ICSI and I'll see him for FSH/LH/testosterone "
                "and a scrotal ultrasound.\n\n" + signature(sender, "en"))
    atts = []
    if attach_pdf:
        atts.append({"kind": "pdf", "filename": f"spermogramme_{p.surname}_{p.given}.pdf".replace(" ", "_"),
                     "data": A.pdf("Spermogramme / Semen analysis", rep,
                                   f"{ORG['name_fr']} – laboratoire d'andrologie – {ORG['tel']}")})
    types = ["patient_name", "date_of_birth", "lab_result", "diagnosis"] + (["ramq_nam"] if use_nam else ["mrn"])
    return mk(ctx, "semen_analysis", lang, subj, who(sender, 2), [who("rei1" if lang == "fr" else "rei2", 2)],
              text, types, "semen analysis result for a male partner", attachments=atts,
              nams=[p] if use_nam else [])


# --------------------------------------------------------------------------- donor programme
def donor_programme(ctx, lang):
    r = ctx.rng
    variant = ctx.idx % 3
    nurse = "nurse4"
    if variant == 0:  # recipient matched with anonymous donor
        p = ctx.pf.new("F", (39, 46))
        code = f"D-{r.randint(1000, 9999)}"
        bg = r.choice(["O+", "A+", "B-", "AB+", "O-"])
        if lang == "fr":
            subj = f"Appariement don d'ovules – receveuse {p.name('upper_comma')}"
            text = (f"Bonjour,\n\nAppariement proposé pour {p.name('title', 'fr')} (dossier {p.mrn}), "
                    f"{age_on(p.dob, ctx.today)} ans, insuffisance ovarienne prématurée.\n\n"
                    f"Donneuse anonyme {code} : groupe {bg}, CMV nég., phénotype compatible.\n"
                    f"Receveuse : groupe {bg}, CMV nég., TSH 1,8, sérologies VIH/VHB/VHC nég. ({fdate(ctx.days(-20), 'fr', 1)}).\n"
                    f"Préparation endométriale : Estrace 2 mg BID dès J1, puis Prometrium 200 mg TID vaginal.\n\n"
                    f"Consultation psychosociale faite le {fdate(ctx.days(-30), 'fr', 1)}. On peut planifier la "
                    "synchronisation si la Dre approuve.\n\n" + signature(nurse, "fr"))
            types = ["patient_name", "mrn", "diagnosis", "lab_result", "medication"]
        else:
            subj = f"Donor egg match - recipient {p.name('upper_comma')}"
            text = (f"Hello,\n\nProposed match for {p.name('title', 'en')} (MRN {p.mrn}), age "
                    f"{age_on(p.dob, ctx.today)}, premature ovarian insufficiency.\n\n"
                    f"Anonymous donor {code}: blood group {bg}, CMV neg.\n"
                    f"Recipient: {bg}, CMV neg., TSH 1.8, HIV/HBV/HCV negative ({fdate(ctx.days(-20), 'en', 1)}).\n"
                    "Endometrial prep: Estrace 2 mg BID from day 1, then Prometrium 200 mg TID PV.\n\n"
                    "Psychosocial counselling done. OK to plan synchronisation if Dr. Okonkwo approves.\n\n"
                    + signature(nurse, "en"))
            types = ["patient_name", "mrn", "diagnosis", "lab_result", "medication"]
        note = "anonymous donor egg recipient matching"
    elif variant == 1:  # known donor, sister of recipient
        rec = ctx.pf.new("F", (36, 45))
        don = ctx.pf.new("F", (26, 34))
        if lang == "fr":
            subj = f"Don dirigé – bilan de la donneuse ({don.surname})"
            text = (f"Bonjour Dre Vézina,\n\nRésultats du dépistage pour {don.name('full')}, donneuse connue "
                    f"(sœur de la receveuse {rec.name('full')}, dossier {rec.mrn}) :\n\n"
                    f"AMH 3,9 pmol/L · CFA 18 · Caryotype 46,XX · Dépistage porteur (panel 300 gènes) négatif\n"
                    f"VIH, VHB, VHC, syphilis, HTLV : négatifs · Chlamydia/gonorrhée TAAN : négatifs\n\n"
                    "La rencontre psychologique conjointe (donneuse + couple receveur) a eu lieu ; la psychologue "
                    "note que la donneuse est monoparentale et a deux enfants, et qu'il n'y a pas de pression "
                    "familiale apparente.\n\n" + signature(nurse, "fr"))
        else:
            subj = f"Known donor screening - {don.surname}"
            text = (f"Hi Dr. Okonkwo,\n\nScreening results for {don.name('full')}, known donor (sister of "
                    f"recipient {rec.name('full')}, MRN {rec.mrn}):\n\n"
                    "AMH 3.9 pmol/L, AFC 18, karyotype 46,XX, expanded carrier screen negative\n"
                    "HIV, HBV, HCV, syphilis, HTLV negative; CT/NG NAAT negative\n\n"
                    "Joint counselling (donor + recipient couple) is done. The psychologist notes the donor is a "
                    "single mother of two and there is no apparent family pressure.\n\n" + signature(nurse, "en"))
        types = ["patient_name", "mrn", "lab_result", "social_information"]
        note = "known egg donor screening results"
    else:  # single woman / same-sex couple with sperm donor
        p = ctx.pf.new("F", (30, 42))
        part = ctx.pf.new("F", (30, 44))
        single = r.random() < 0.5
        if lang == "fr":
            situ = ("projet parental monoparental (pas de conjoint)" if single else
                    f"couple de femmes ; conjointe : {part.name('full')}")
            subj = f"IIU avec donneur – {p.name('sur_comma')}"
            text = (f"Bonjour,\n\n{p.name('title', 'fr')}, {situ}, commence son 1er cycle d'IIU avec sperme de "
                    f"donneur (banque, donneur #{r.randint(10000, 99999)}).\n"
                    "Protocole : létrozole 5 mg J3-J7, Ovitrelle au follicule ≥ 18 mm, IIU 36 h après.\n"
                    "HSG normale, AMH 14,2 pmol/L.\n"
                    "Elle demande si les frais du donneur sont couverts par le programme public : pouvez-vous vérifier "
                    "avec la facturation ? Elle vient de perdre son emploi et s'inquiète des coûts.\n\n"
                    + signature(nurse, "fr"))
        else:
            situ = ("single woman, solo parenting plan" if single else
                    f"same-sex couple; partner {part.name('full')}")
            subj = f"Donor IUI - {p.name('sur_comma')}"
            text = (f"Hello,\n\n{p.name('title', 'en')}, {situ}, starts her first donor-sperm IUI cycle "
                    f"(bank donor #{r.randint(10000, 99999)}).\n"
                    "Protocol: letrozole 5 mg days 3-7, Ovitrelle when lead follicle >= 18 mm, IUI 36 h later.\n"
                    "HSG normal, AMH 14.2 pmol/L.\n"
                    "She asked whether donor fees are covered by the public program. Could billing check? She just "
                    "lost her job and is worried about cost.\n\n" + signature(nurse, "en"))
        types = ["patient_name", "medication", "lab_result", "social_information"]
        note = "donor sperm IUI planning with social context"
    to = [who("rei1" if lang == "fr" else "rei2", 2)]
    return mk(ctx, "donor_programme", lang, subj, who(nurse, 0), to, text, types, note)


# --------------------------------------------------------------------------- public funding paperwork
def funding_paperwork(ctx, lang):
    r = ctx.rng
    p = ctx.pf.nam_holder(lambda x: x["sex"] == "F" and 1976 <= x["dob"].year <= 2003)
    situ_fr, situ_en = r.choice([
        ("prestataire de l'aide sociale – exemption de la contribution", "social assistance recipient - contribution waived"),
        ("couple de femmes, projet parental commun", "female couple, joint parental project"),
        ("projet parental monoparental", "single-parent project"),
        ("conjointe de fait ; revenu familial sous le seuil, demande de crédit d'impôt", "common-law; household income under threshold, tax credit requested"),
        ("hébergée en maison d'hébergement depuis mars", "currently living in a women's shelter since March"),
    ])
    cyc = r.randint(1, 2)
    dx_i = r.randrange(len(DX_FR))
    style = r.choice(["plain", "spaced", "dotted", "fullwidth"])
    clerk = "clerk3"
    attach = r.random() < 0.5
    rows_fr = [f"Nom : {p.surname}", f"Prénom : {p.given}", f"NAM : {disguise(p.nam, style)}",
               f"Date de naissance : {fdate(p.dob, 'fr', 2)}", f"Sexe : {p.sex}",
               f"Diagnostic : {DX_FR[dx_i]}", f"Cycle FIV financé no : {cyc}",
               f"Situation : {situ_fr}"]
    rows_en = [f"Surname: {p.surname}", f"Given name: {p.given}", f"RAMQ: {disguise(p.nam, style)}",
               f"Date of birth: {fdate(p.dob, 'en', 1)}", f"Sex: {p.sex}", f"Diagnosis: {DX_EN[dx_i]}",
               f"Funded IVF cycle no.: {cyc}", f"Situation: {situ_en}"]
    to = [("Programme public PMA", f"admissibilite@{AGENCY['domain']}")]
    if lang == "fr":
        subj = r.choice(["Attestation d'admissibilité – programme public", f"Formulaire PMA – {p.surname}",
                         "Demande de financement FIV (cycle public)"])
        body = ("Bonjour,\n\nVeuillez trouver " + ("ci-joint l'attestation remplie" if attach else
                "ci-dessous les renseignements") + " pour la demande de financement :\n\n"
                + ("" if attach else "\n".join(rows_fr) + "\n\n")
                + "Le consentement signé a été numérisé au dossier. Merci de nous confirmer l'admissibilité "
                "avant la ponction prévue.\n\n" + signature(clerk, "fr", disclaimer=True))
        fname = f"Attestation_PMA_{p.surname}_{p.given}.pdf"
        rows = rows_fr
    else:
        subj = r.choice(["Public IVF funding - eligibility form", f"Funding form - {p.surname}"])
        body = ("Hello,\n\nPlease find " + ("attached the completed eligibility form" if attach else
                "below the information") + " for the funding request:\n\n"
                + ("" if attach else "\n".join(rows_en) + "\n\n")
                + "The signed consent is scanned in the chart. Please confirm eligibility before the "
                "scheduled retrieval.\n\n" + signature(clerk, "en", disclaimer=True))
        fname = f"Funding_form_{p.surname}_{p.given}.pdf"
        rows = rows_en
    atts = []
    if attach:
        atts.append({"kind": "pdf", "filename": fname,
                     "data": A.pdf("Attestation – programme public de procréation assistée",
                                   [x.replace(disguise(p.nam, style), disguise(p.nam, "spaced")) for x in rows],
                                   f"{ORG['name_fr']} – {ORG['addr']}")})
    return mk(ctx, "funding_paperwork", lang, subj, who(clerk, 1), to, body,
              ["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "social_information"],
              "public IVF funding eligibility paperwork", attachments=atts, nams=[p])


# --------------------------------------------------------------------------- insurer form (SIN)
def insurer_form(ctx, lang):
    r = ctx.rng
    p = ctx.pf.new("F", (27, 45))
    sin = make_sin(r)
    sin_s = fmt_sin(sin, r.randint(0, 3))
    surg = ctx.days(-r.randint(5, 15))
    attach = r.random() < 0.5
    if lang == "fr":
        subj = r.choice(["Déclaration du médecin traitant – invalidité courte durée", f"Réclamation {INSURER['name']} – {p.surname}"])
        rows = [f"Assurée : {p.name('upper_comma')}", f"NAS : {sin_s}", f"Date de naissance : {fdate(p.dob, 'fr', 1)}",
                f"Diagnostic : endométriose profonde (N80.3)",
                f"Intervention : laparoscopie, exérèse de nodules, {fdate(surg, 'fr')}",
                "Traitement : Visanne (diénogest) 2 mg DIE, naproxène PRN",
                f"Arrêt de travail : du {fdate(surg, 'fr', 1)} au {fdate(surg + dt.timedelta(days=28), 'fr', 1)}"]
        text = ("Bonjour,\n\n" + ("Ci-joint la déclaration du médecin traitant pour votre assurée. "
                                  if attach else "Voici les renseignements demandés pour votre assurée :\n\n"
                                  + "\n".join(rows) + "\n\n")
                + "Retour au travail progressif envisagé. N'hésitez pas à communiquer avec nous.\n\n"
                + signature("clerk3", "fr"))
    else:
        subj = r.choice(["Attending physician statement - STD claim", f"Claim form - {p.surname}"])
        rows = [f"Claimant: {p.name('upper_comma')}", f"SIN: {sin_s}", f"DOB: {fdate(p.dob, 'en', 1)}",
                "Diagnosis: deep infiltrating endometriosis (N80.3)",
                f"Procedure: laparoscopic excision, {fdate(surg, 'en')}",
                "Treatment: Visanne (dienogest) 2 mg daily, naproxen PRN",
                f"Off work: {fdate(surg, 'en', 1)} to {fdate(surg + dt.timedelta(days=28), 'en', 1)}"]
        text = ("Hello,\n\n" + ("Attached is the attending physician statement for your claimant. "
                                if attach else "Here is the information requested for your claimant:\n\n"
                                + "\n".join(rows) + "\n\n")
                + "Graduated return to work is anticipated.\n\n" + signature("clerk3", "en"))
    atts = []
    if attach:
        atts.append({"kind": "docx", "filename": f"APS_{p.surname}.docx",
                     "data": A.docx("Déclaration du médecin traitant" if lang == "fr" else "Attending physician statement",
                                    rows)})
    return mk(ctx, "insurer_form", lang, subj, who("clerk3", 1), [("Service des réclamations", f"reclamations@{INSURER['domain']}")],
              text, ["patient_name", "ca_sin", "date_of_birth", "diagnosis", "medication"],
              "disability insurance physician statement", attachments=atts, ids=[("sin", sin)])


# --------------------------------------------------------------------------- Ontario referral (OHN)
def ontario_referral(ctx, lang):
    r = ctx.rng
    p = ctx.pf.new("F", (29, 41), region="on")
    num, vc = make_ohn(r)
    ohn = fmt_ohn(num, vc, r.randint(0, 2))
    amh = round(r.uniform(0.4, 38), 1)
    tsh = round(r.uniform(0.8, 4.2), 2)
    prl = r.randint(6, 42)
    dx_i = r.choice([0, 2, 4, 7])
    doc = r.choice([("Dr.", "Hugo", "Lambert-Ross"), ("Dr.", "Arjun", "Mehta"), ("Dr.", "Thomas", "Wexler")])
    attach = r.random() < 0.5
    lines = [f"Patient: {p.name('full')}", f"DOB: {fdate(p.dob, 'en', r.randint(0, 3))}",
             f"OHIP: {ohn}", f"Phone: {p.phone} (cell, OK to leave message)",
             f"Reason: {r.choice(['primary', 'secondary'])} infertility x {r.randint(1, 4)} yrs, {DX_EN[dx_i]}",
             f"Labs: AMH {amh} pmol/L, TSH {tsh}, prolactin {prl} ug/L, rubella immune",
             "Meds: folic acid 1 mg, metformin 500 mg BID" if dx_i == 0 else "Meds: prenatal vitamin"]
    text = ("Dear colleague,\n\nThank you for seeing this patient"
            + (", referral letter attached.\n\n" if attach else ".\n\n" + "\n".join(lines) + "\n\n")
            + "She lives in Ottawa but works in Gatineau and would prefer your clinic. Partner's semen analysis "
            "is pending.\n\n"
            f"{doc[0]} {doc[1]} {doc[2]}\n{FHT['name']}\nT {FHT['tel']}")
    atts = []
    if attach:
        atts.append({"kind": "pdf", "filename": f"Referral_{p.surname}_{p.given}.pdf",
                     "data": A.pdf("Referral - Fertility assessment", lines, f"{FHT['name']} - {FHT['tel']}")})
    subj = r.choice(["Referral - fertility assessment", f"New referral: {p.name('full')}", "Referral"])
    return mk(ctx, "ontario_referral", "en", subj, (f"{doc[0]} {doc[1]} {doc[2]}", f"{doc[1][0].lower()}{doc[2].lower().replace('-', '')}@{FHT['domain']}"),
              [("Referrals", f"referrals@{ORG['domain']}")], text,
              ["patient_name", "date_of_birth", "ca_health_number", "patient_contact", "diagnosis", "lab_result",
               "medication"], "family health team referral for infertility assessment", attachments=atts,
              ids=[("ohn", num)], msgid_domain=FHT["domain"])


# --------------------------------------------------------------------------- Belgian transfer (NISS)
def belgian_transfer(ctx, lang="fr"):
    r = ctx.rng
    p = ctx.pf.new("F", (30, 41))
    niss = make_niss(r, p.dob, p.sex)
    ns = fmt_niss(niss, r.randint(0, 2))
    n = r.randint(1, 4)
    subj = r.choice(["Transfert d'embryons vitrifiés Liège → Gatineau", f"Expédition embryons – {p.surname}",
                     "Dossier de transfert transfrontalier"])
    lines = [f"Patiente : {p.name('upper_comma')}", f"Née le : {fdate(p.dob, 'fr', 4)}",
             f"NISS : {ns}", f"Embryons : {n} blastocyste(s) J5 vitrifié(s) (paillettes CBS, visotube bleu)",
             f"Sérologies du {fdate(ctx.days(-40), 'fr', 4)} : VIH nég., AgHBs nég., anti-VHC nég., TPHA nég.",
             "Consentement au transfert signé par les deux membres du couple"]
    text = ("Cher confrère,\n\nComme convenu, voici les données pour l'expédition des embryons de notre patiente, "
            "qui s'installe au Québec :\n\n" + "\n".join(lines) + "\n\n"
            "Le transporteur réserve un dry shipper pour la semaine prochaine. Pourriez-vous nous confirmer "
            "l'acceptation par votre laboratoire ?\n\nBien confraternellement,\n\n"
            f"Dr Olivier Dethier\n{BE['name']}\nTél. {BE['tel']}")
    atts = []
    if r.random() < 0.5:
        atts.append({"kind": "pdf", "filename": f"fiche_transfert_{p.surname}.pdf",
                     "data": A.pdf("Fiche de transfert d'embryons", lines, BE["name"])})
    return mk(ctx, "belgian_transfer", "fr", subj, ("Dr Olivier Dethier", f"o.dethier@{BE['domain']}"),
              [who("labdir", 2)], text, ["patient_name", "date_of_birth", "be_niss", "lab_result"],
              "cross-border frozen embryo shipment", attachments=atts, ids=[("niss", niss)], cc=[who("embryo1", 0)],
              msgid_domain=BE["domain"])


# --------------------------------------------------------------------------- French patient (NIR)
def french_patient(ctx, lang="fr"):
    r = ctx.rng
    p = ctx.pf.new("F", (29, 40))
    nir = make_nir(r, p.dob, p.sex)
    ns = fmt_nir(nir, r.randint(0, 1))
    v = ctx.idx % 2
    if v == 0:
        subj = "Demande de compte rendu – prise en charge CPAM"
        text = (f"Madame, Monsieur,\n\nJe suis la patiente {p.name('upper_sur')} (n° de sécurité sociale "
                f"{ns}). J'ai été suivie chez vous en 2023 pour une endométriose et deux tentatives de FIV.\n"
                "Ma caisse d'assurance maladie me demande le compte rendu opératoire de ma cœlioscopie et la "
                "liste des traitements reçus (Décapeptyl, Gonal-f, Progestan) pour le remboursement.\n\n"
                f"Pouvez-vous me les envoyer à cette adresse ou par courrier au {p.addr} ?\n\n"
                f"Cordialement,\n{p.name('full')}\n{p.phone}")
        frm = (p.name("full"), personal_email(r, p))
        to = [("Archives médicales", f"archives@{ORG['domain']}")]
        types = ["patient_name", "fr_nir", "diagnosis", "medication", "patient_contact"]
        note = "patient request for records for French insurer"
    else:
        subj = f"Patiente {p.surname} – accord préalable FIV"
        text = (f"Chère collègue,\n\nMme {p.name('full')}, née le {fdate(p.dob, 'fr', 1)}, NIR {ns}, "
                f"est suivie dans notre centre pour une infertilité tubaire (salpingectomie bilatérale).\n"
                "Elle réside désormais au Québec pour 2 ans et souhaite poursuivre sa prise en charge chez vous. "
                "AMH 11 pmol/L, 3 blastocystes vitrifiés chez nous.\n\n"
                "Je joins le résumé de dossier.\n\n"
                f"Dr Claire Vasseur\n{FR['name']}\n{FR['tel']}")
        frm = ("Dr Claire Vasseur", f"c.vasseur@{FR['domain']}")
        to = [who("rei1", 2)]
        types = ["patient_name", "fr_nir", "date_of_birth", "diagnosis", "lab_result"]
        note = "transfer of care from a French IVF centre"
    atts = []
    if v == 1:
        atts.append({"kind": "docx", "filename": f"resume_dossier_{p.surname}.docx",
                     "data": A.docx("Résumé de dossier AMP", [f"Patiente : {p.name('full')}", f"NIR : {ns}",
                                                              "Diagnostic : infertilité tubaire",
                                                              "3 blastocystes vitrifiés (J5 4AB, 4BB, 3BB)"])})
    return mk(ctx, "french_patient", "fr", subj, frm, to, text, types, note, ids=[("nir", nir)],
              attachments=atts, msgid_domain=frm[1].split("@")[1])


# --------------------------------------------------------------------------- retrieval list (census)
def retrieval_list(ctx, lang):
    r = ctx.rng
    d = ctx.days(1)
    pts = [ctx.pf.new("F", (26, 44)) for _ in range(r.randint(4, 7))]
    rem_fr = ["SOPK, risque HSO", "allergie latex", "endométriose – ponction difficile", "", "DFI élevé conjoint",
              "sperme congelé", "FIV-PGT", "préservation (cancer du sein)", "", "hépatite B porteuse"]
    rem_en = ["PCOS, OHSS risk", "latex allergy", "endometriosis - difficult access", "", "partner high DFI",
              "frozen sperm", "IVF-PGT", "preservation (breast cancer)", "", "hep B carrier"]
    rows = []
    t = dt.datetime(d.year, d.month, d.day, 7, 30)
    for i, p in enumerate(pts):
        rem = (rem_fr if lang == "fr" else rem_en)[r.randrange(10)]
        nm = p.name(r.choice(["upper_comma", "sur_comma", "initial_rev"]))
        rows.append([t.strftime("%H:%M"), nm, p.mrn, f"{r.randint(6, 22)}", rem])
        t += dt.timedelta(minutes=30)
    fmt = ["zip", "xlsx", "csv", "body"][ctx.idx % 4]
    if lang == "fr":
        hdr = ["Heure", "Patiente", "Dossier", "Foll. >= 14 mm", "Remarques"]
        subj = f"Liste des ponctions – {fday(d, 'fr')}"
        intro = f"Bonjour,\n\nVoici la liste des ponctions de demain ({fdate(d, 'fr')}), salle 2 :"
        outro = "Ponctions 1 et 3 avec anesthésiste. Merci de préparer les tubes chauffés dès 7 h 15."
        sig = signature("nurse1", "fr")
    else:
        hdr = ["Time", "Patient", "MRN", "Foll >=14", "Notes"]
        subj = f"Retrieval list - {fday(d, 'en')}"
        intro = f"Hi all,\n\nTomorrow's retrieval list ({fdate(d, 'en')}), room 2:"
        outro = "Cases 1 and 3 with anaesthesia. Please have warmed tubes ready by 7:15."
        sig = signature("nurse2", "en")
    atts = []
    if fmt == "body":
        text = intro + "\n\n" + "\n".join(" | ".join(x) for x in [hdr] + rows) + "\n\n" + outro + "\n\n" + sig
    else:
        text = intro + " " + ("voir pièce jointe." if lang == "fr" else "see attachment.") + "\n\n" + outro + "\n\n" + sig
        base = f"ponctions_{d.strftime('%Y-%m-%d')}" if lang == "fr" else f"opu_list_{d.strftime('%Y-%m-%d')}"
        if fmt == "xlsx":
            atts.append({"kind": "xlsx", "filename": base + ".xlsx", "data": A.xlsx([("Liste", [hdr] + rows)])})
        elif fmt == "csv":
            enc = r.choice(["utf-8", "windows-1252"])
            atts.append({"kind": "csv", "filename": base + ".csv", "charset": enc,
                         "data": A.csv_bytes([hdr] + rows, enc, ";" if lang == "fr" else ",")})
        else:
            inner = A.csv_bytes([hdr] + rows, "utf-8", ";")
            atts.append({"kind": "zip", "filename": base + ".zip",
                         "data": A.zip_members([(base + ".csv", inner),
                                                ("LISEZMOI.txt" if lang == "fr" else "README.txt",
                                                 b"Liste interne - ne pas transferer.\r\n")])})
    has_dx = any(x[4] and ("SOPK" in x[4] or "PCOS" in x[4] or "endom" in x[4] or "cancer" in x[4]
                           or "hép" in x[4] or "hep B" in x[4]) for x in rows)
    types = ["patient_name", "mrn", "lab_result"] + (["diagnosis"] if has_dx else [])
    to = [("Labo embryologie", f"embryo@{ORG['domain']}"), ("Salle de ponction", f"salle2@{ORG['domain']}")]
    return mk(ctx, "retrieval_list", lang, subj, who("nurse1" if lang == "fr" else "nurse2", 0), to, text, types,
              "next-day egg retrieval list", attachments=atts)


# --------------------------------------------------------------------------- fertility preservation
def fertility_preservation(ctx, lang):
    r = ctx.rng
    v = ctx.idx % 3
    if v == 0:  # adult, breast cancer
        p = ctx.pf.new("F", (27, 38))
        if lang == "fr":
            subj = f"URGENT – préservation de fertilité {p.name('upper_comma')}"
            text = (f"Bonjour,\n\nDemande urgente de l'oncologie : {p.name('title', 'fr')}, "
                    f"{age_on(p.dob, ctx.today)} ans, dossier {p.mrn}, carcinome canalaire infiltrant du sein G, "
                    "RE+/HER2-, chimiothérapie néoadjuvante (AC-T) prévue dans 3 semaines.\n\n"
                    "Plan : stimulation en départ aléatoire dès demain, Gonal-f 300 UI + létrozole 5 mg DIE "
                    "(E2 bas), antagoniste, déclenchement Décapeptyl. Vitrification d'ovocytes.\n"
                    f"AMH {dec(round(r.uniform(8, 30), 1), 'fr')} pmol/L ce matin.\n\n"
                    "Peut-on la voir demain 8 h ? Elle est seule avec deux enfants, le travail social est avisé "
                    "pour l'aide au transport.\n\n" + signature("nurse1", "fr"))
        else:
            subj = f"URGENT - fertility preservation {p.name('upper_comma')}"
            text = (f"Hi,\n\nUrgent request from oncology: {p.name('title', 'en')}, age "
                    f"{age_on(p.dob, ctx.today)}, MRN {p.mrn}, L breast invasive ductal carcinoma, ER+/HER2-, "
                    "neoadjuvant AC-T starting in 3 weeks.\n\n"
                    "Plan: random-start stim tomorrow, Gonal-f 300 IU + letrozole 5 mg daily, antagonist, "
                    "agonist trigger. Oocyte vitrification.\n"
                    f"AMH {round(r.uniform(8, 30), 1)} pmol/L this morning.\n\n"
                    "Can we see her tomorrow at 8? She is a single parent of two; social work is arranging "
                    "transport help.\n\n" + signature("nurse2", "en"))
        types = ["patient_name", "mrn", "diagnosis", "medication", "lab_result", "social_information"]
        nams = []
        note = "urgent oncofertility preservation request"
    else:
        if v == 1:
            p = ctx.pf.nam_holder(lambda x: x["sex"] == "M" and x["dob"].year >= 2010)
        else:
            p = ctx.pf.nam_holder(lambda x: x["sex"] == "F" and 2003 <= x["dob"].year <= 2012)
        style = r.choice(["plain", "spaced", "dotted", "fullwidth", "slashed"])
        age = age_on(p.dob, ctx.today)
        if v == 1:
            dx_fr, dx_en = r.choice([("rhabdomyosarcome paratesticulaire", "paratesticular rhabdomyosarcoma"),
                                     ("lymphome de Hodgkin stade IIB", "stage IIB Hodgkin lymphoma"),
                                     ("LAL haut risque, avant greffe", "high-risk ALL, pre-transplant")])
            proc_fr, proc_en = "cryopréservation de tissu testiculaire", "testicular tissue cryopreservation"
            chemo = "cyclophosphamide + ifosfamide"
        else:
            dx_fr, dx_en = r.choice([("drépanocytose, greffe de cellules souches prévue", "sickle cell disease, HSCT planned"),
                                     ("sarcome d'Ewing du bassin", "pelvic Ewing sarcoma"),
                                     ("LAM en rechute", "relapsed AML")])
            proc_fr, proc_en = "cryopréservation de tissu ovarien par laparoscopie", "laparoscopic ovarian tissue cryopreservation"
            chemo = "busulfan + cyclophosphamide"
        if lang == "fr":
            subj = r.choice([f"Préservation fertilité pédiatrique – {p.surname}", "Demande pédiatrie – cryopréservation"])
            text = ("Bonjour Dre Vézina,\n\nL'équipe d'hémato-oncologie pédiatrique demande une évaluation pour :\n\n"
                    f"{p.name('upper_comma')} – {age} ans – sexe : {p.sex}\n"
                    f"DDN : {fdate(p.dob, 'fr', 1)}\nNAM : {disguise(p.nam, style)}\n"
                    f"Dx : {dx_fr}\nTraitement prévu : {chemo} (gonadotoxicité élevée)\n"
                    f"Demande : {proc_fr}, idéalement jumelée à l'installation du cathéter central.\n\n"
                    "Les parents sont séparés ; les deux ont l'autorité parentale et doivent signer le consentement. "
                    "Le père joint au 819-555-0188.\n\n" + signature("nurse1", "fr"))
        else:
            subj = r.choice([f"Paediatric fertility preservation - {p.surname}", "Peds onc request - cryopreservation"])
            text = ("Hi Dr. Okonkwo,\n\nPaediatric hem-onc is asking for an assessment for:\n\n"
                    f"{p.name('upper_comma')}, age {age}, sex: {p.sex}\n"
                    f"DOB {fdate(p.dob, 'en', 1)}\nRAMQ {disguise(p.nam, style)}\n"
                    f"Dx: {dx_en}\nPlanned: {chemo} (high gonadotoxic risk)\n"
                    f"Request: {proc_en}, ideally combined with central line insertion.\n\n"
                    "Parents are separated; both hold parental authority and both must sign consent. Father "
                    "reachable at 819-555-0188.\n\n" + signature("nurse2", "en"))
        types = ["patient_name", "date_of_birth", "ramq_nam", "diagnosis", "medication", "social_information",
                 "patient_contact"]
        nams = [p]
        note = "paediatric fertility preservation request"
    return mk(ctx, "fertility_preservation", lang, subj, who("nurse1" if lang == "fr" else "nurse2", 0),
              [who("rei1" if lang == "fr" else "rei2", 2)], text, types, note, nams=nams)


# --------------------------------------------------------------------------- beta hCG callback
def beta_callback(ctx, lang):
    r = ctx.rng
    p = ctx.pf.new("F", (28, 43))
    hcg = r.choice([r.randint(3, 40), r.randint(90, 900)])
    low = hcg < 50
    who_from = "clerk1" if lang == "fr" else "clerk2"
    if lang == "fr":
        subj = r.choice([f"rappel {p.name('lower')}", "Message téléphonique – bêta", f"Tél. {p.surname}"])
        text = (f"{p.name(r.choice(['title_sur', 'full', 'lower']), 'fr')} a appelé à {fmt_time(ctx.when, 'fr')}. "
                f"Bêta-hCG 14 j post-transfert ce matin : {hcg} UI/L.\n"
                + ("Elle a de petits saignements depuis hier et se demande si elle doit arrêter le Prometrium.\n"
                   if low else "Elle demande quand aura lieu la 1re écho et si elle continue l'Estrace et le Prometrium.\n")
                + f"Rappeler au {p.phone} (cell), pas de message au travail svp.\n\n"
                + short_sig(who_from, "fr"))
        to = [who("nurse1", 0)]
    else:
        subj = r.choice([f"call back {p.name('lower')}", "Phone message - beta result", f"{p.surname} called"])
        text = (f"{p.name(r.choice(['title_sur', 'full', 'lower']), 'en')} called at {fmt_time(ctx.when, 'en')}. "
                f"Beta hCG 14 days post transfer this morning: {hcg} IU/L.\n"
                + ("She has had light bleeding since yesterday and wants to know if she should stop Prometrium.\n"
                   if low else "She wants to know when the first scan is and whether to keep taking Estrace and Prometrium.\n")
                + f"Please call back at {p.phone} (cell), no messages at work please.\n\n"
                + short_sig(who_from, "en"))
        to = [who("nurse2", 0)]
    return mk(ctx, "beta_callback", lang, subj, who(who_from, 0), to, text,
              ["patient_name", "lab_result", "medication", "patient_contact"], "phone message about a pregnancy test result")


# --------------------------------------------------------------------------- OHSS discharge summary
def ohss_discharge(ctx, lang):
    r = ctx.rng
    p = ctx.pf.new("F", (25, 38))
    adm = ctx.days(-r.randint(4, 8))
    hct = round(r.uniform(0.44, 0.52), 2)
    na = r.randint(128, 134)
    alb = r.randint(22, 29)
    attach = r.random() < 0.5
    if lang == "fr":
        lines = [f"Nom : {p.name('upper_comma')}", f"No dossier : {p.mrn}", f"DDN : {fdate(p.dob, 'fr', 1)}",
                 f"Admission : {fdate(adm, 'fr', 1)}   Congé : {fdate(ctx.today, 'fr', 1)}",
                 "Dx principal : syndrome d'hyperstimulation ovarienne sévère (post-FIV, déclenchement hCG)",
                 f"Bilan initial : Ht {dec(hct, 'fr')}, Na {na} mmol/L, albumine {alb} g/L, ascite importante à l'écho",
                 "Évolution : paracentèse x 2 (3,1 L et 2,4 L), albumine 25 % IV, bilan I/E, poids quotidien",
                 "Médication au congé : énoxaparine (Lovenox) 40 mg SC DIE x 4 sem., acétaminophène PRN",
                 f"Suivi : clinique de fertilité dans 72 h, bêta-hCG le {fdate(ctx.days(3), 'fr', 1)}"]
        subj = r.choice(["Résumé de départ – HSO", f"Congé {p.surname} – résumé d'hospitalisation"])
        text = ("Bonjour,\n\n" + ("Veuillez trouver ci-joint le résumé de départ de votre patiente."
                                  if attach else "Résumé de départ de votre patiente :\n\n" + "\n".join(lines))
                + "\n\nDr Gilbert Ouimet, résident R3 gynécologie\n" + HOSP["name"])
    else:
        lines = [f"Name: {p.name('upper_comma')}", f"Chart no.: {p.mrn}", f"DOB: {fdate(p.dob, 'en', 1)}",
                 f"Admitted: {fdate(adm, 'en', 1)}   Discharged: {fdate(ctx.today, 'en', 1)}",
                 "Principal dx: severe ovarian hyperstimulation syndrome (post-IVF, hCG trigger)",
                 f"Admission labs: Hct {hct}, Na {na} mmol/L, albumin {alb} g/L, large ascites on US",
                 "Course: paracentesis x2 (3.1 L and 2.4 L), IV albumin 25%, strict I/O, daily weights",
                 "Discharge meds: enoxaparin (Lovenox) 40 mg SC daily x 4 wk, acetaminophen PRN",
                 f"Follow-up: fertility clinic within 72 h, beta hCG on {fdate(ctx.days(3), 'en', 1)}"]
        subj = r.choice(["Discharge summary - OHSS", f"Discharge {p.surname} - summary"])
        text = ("Hello,\n\n" + ("Please find attached the discharge summary for your patient."
                                if attach else "Discharge summary for your patient:\n\n" + "\n".join(lines))
                + "\n\nDr. Gilbert Ouimet, PGY-3 Obstetrics & Gynaecology\n" + HOSP["name"])
    atts = []
    if attach:
        fn = f"Résumé_départ_{p.surname}.docx" if lang == "fr" else f"Discharge_{p.surname}.docx"
        atts.append({"kind": "docx", "filename": fn,
                     "data": A.docx("Résumé de départ" if lang == "fr" else "Discharge summary", lines)})
    return mk(ctx, "ohss_discharge", lang, subj, ("Gilbert Ouimet", f"gouimet@{HOSP['domain']}"),
              [who("rei1" if lang == "fr" else "rei2", 2)], text,
              ["patient_name", "mrn", "date_of_birth", "diagnosis", "lab_result", "medication"],
              "hospital discharge summary after OHSS", attachments=atts, msgid_domain=HOSP["domain"])


# --------------------------------------------------------------------------- PGT / genetics
def genetics(ctx, lang):
    r = ctx.rng
    p = ctx.pf.new("F", (30, 42))
    part = ctx.pf.new("M", (30, 46))
    n = r.randint(3, 6)
    res = []
    kar_opts = ["euploïde 46,XX", "euploïde 46,XY", "aneuploïde +16", "aneuploïde -22", "mosaïque bas niveau 7",
                "aneuploïde 45,X", "pas de résultat (ADN insuffisant)"]
    for i in range(n):
        k = r.choice(kar_opts)
        if lang == "en":
            k = (k.replace("euploïde", "euploid").replace("aneuploïde", "aneuploid").replace("mosaïque bas niveau",
                 "low-level mosaic").replace("pas de résultat (ADN insuffisant)", "no result (insufficient DNA)"))
        res.append([f"E{i + 1}", r.choice(["4AA", "4AB", "5BB", "3BB", "4BA"]), k])
    carrier = r.random() < 0.5
    if lang == "fr":
        table = "\n".join(" | ".join(x) for x in [["Embryon", "Grade", "Résultat PGT-A"]] + res)
        subj = r.choice([f"Résultats PGT-A – {p.surname}/{part.surname}", f"PGT-A dossier {p.mrn}"])
        text = (f"Bonjour,\n\nRésultats PGT-A reçus pour {p.name('full')} (dossier {p.mrn}) et "
                f"{part.name('full')} :\n\n{table}\n\n"
                + ("Rappel : les deux conjoints sont porteurs d'une variante pathogène CFTR (F508del) ; "
                   "le PGT-M a été fait sur les mêmes biopsies.\n\n" if carrier else "")
                + "Rencontre de conseil génétique à prévoir avant le transfert.\n\n" + signature("gen", "fr"))
    else:
        table = "\n".join(" | ".join(x) for x in [["Embryo", "Grade", "PGT-A result"]] + res)
        subj = r.choice([f"PGT-A results - {p.surname}/{part.surname}", f"PGT-A MRN {p.mrn}"])
        text = (f"Hello,\n\nPGT-A results are back for {p.name('full')} (MRN {p.mrn}) and {part.name('full')}:\n\n"
                f"{table}\n\n"
                + ("Reminder: both partners carry a pathogenic CFTR variant (F508del); PGT-M was run on the "
                   "same biopsies.\n\n" if carrier else "")
                + "Genetic counselling visit needed before transfer.\n\n" + signature("gen", "en"))
    types = ["patient_name", "mrn", "lab_result"] + (["diagnosis"] if carrier else [])
    return mk(ctx, "genetics", lang, subj, who("gen", 2), [who("rei1" if lang == "fr" else "rei2", 2)], text, types,
              "preimplantation genetic testing results")
