"""Positive messages: perinatal and early-childhood follow-up."""
import datetime

import gen_attach as A
from gen_common import (DOM, HOSP, HOSP_EN, fmt_date, fmt_nir, fmt_niss, fmt_ohip, signature,
                        table_text, text_to_html, html_table)
from gen_person import Person
from gen_pos_school import spec

HOSP_DOM = "hrsa.example"


def mother(g, nam):
    return Person.from_rec(nam) if nam else Person.invented(g, "adult", sex="F", lo=1988, hi=2004)


def baby(g, mom, born=None):
    b = Person.invented(g, "baby")
    b.surname = mom.surname if g.chance(0.6) else g.patient()["surname"]
    if born:
        b.dob = born
    return b


# ------------------------------------------------------------------ P1
def birth_notice(g, lang, nam=None):
    m = mother(g, nam)
    born = g.date(2025, 1, 6)
    b = baby(g, m, born)
    inf = g.staff()
    mrn_m, mrn_b = g.mrn(), g.mrn()
    ph = g.phone()
    addr = g.address(lang)
    wt = g.randint(2450, 4300)
    mode = g.choice(["vaginal", "cesar", "vacuum"])
    T = {"patient_name", "date_of_birth", "mrn", "patient_contact", "diagnosis"}
    disch = born + datetime.timedelta(days=g.randint(1, 3))
    if lang == "fr":
        acc = {"vaginal": "AVS", "cesar": "césarienne d'urgence (non-progression)", "vacuum": "AVS + ventouse"}[mode]
        rows = [["Mère", m.name("sur_first"), f"dossier {mrn_m}"],
                ["Bébé", b.name("sur_first"), f"dossier {mrn_b}"],
                ["Naissance", f"{b.dob_s('iso')} ({'garçon' if b.sex == 'M' else 'fille'}), {wt} g, 39 sem.", ""],
                ["Accouchement", acc, ""], ["Congé", disch.isoformat(), ""],
                ["Alimentation", g.choice(["allaitement exclusif", "mixte", "préparation commerciale"]), ""],
                ["Adresse", addr, ""], ["Tél.", ph, ""]]
        probs = g.choice(["Diabète gestationnel (insuline) - glycémies bébé normales.",
                          "HTA de grossesse, labétalol 100 mg BID au congé.",
                          "Ictère : bilirubine 210 µmol/L à 48 h, sous le seuil de photothérapie.",
                          "Mère GBS positif, antibioprophylaxie adéquate."])
        text = (f"Avis de naissance — demande de visite postnatale (72 h)\n\n{table_text(rows)}\n\n"
                f"Particularités : {probs}\n\nMerci d'assurer le suivi postnatal.\n"
                f"Unité mère-enfant, {HOSP}\nTél. 450-555-0100, poste 4410")
        subject = g.choice(["Avis de naissance", f"Avis de naissance - {m.name('sur_first')}",
                            "Congé postnatal - suivi CLSC requis"])
    else:
        acc = {"vaginal": "SVD", "cesar": "emergency C-section (failure to progress)", "vacuum": "SVD + vacuum"}[mode]
        rows = [["Mother", m.name("sur_first"), f"chart {mrn_m}"],
                ["Baby", b.name("sur_first"), f"chart {mrn_b}"],
                ["Born", f"{b.dob_s('iso')} ({'boy' if b.sex == 'M' else 'girl'}), {wt} g, 39 wk", ""],
                ["Delivery", acc, ""], ["Discharge", disch.isoformat(), ""],
                ["Feeding", g.choice(["exclusive breastfeeding", "mixed", "formula"]), ""],
                ["Address", addr, ""], ["Phone", ph, ""]]
        probs = g.choice(["Gestational diabetes (insulin) - baby's glucose normal.",
                          "Gestational hypertension, labetalol 100 mg BID at discharge.",
                          "Jaundice: bilirubin 210 umol/L at 48 h, below phototherapy threshold.",
                          "Mother GBS positive, adequate prophylaxis."])
        text = (f"Birth notice - postnatal visit requested (72 h)\n\n{table_text(rows)}\n\n"
                f"Notes: {probs}\n\nPlease arrange postnatal follow-up.\n"
                f"Mother-baby unit, {HOSP_EN}\nTel. 450-555-0100 ext. 4410")
        subject = g.choice(["Birth notice", f"Birth notice - {m.name('sur_first')}", "Postnatal discharge - CLSC follow-up"])
    if "labé" in probs or "insulin" in probs:
        T.add("medication")
    if "bilirubin" in probs or "GBS" in probs:
        T.add("lab_result")
    if m.nam:
        T |= {"ramq_nam"}
        text = text.replace("\n\n", "\n\n" + m.ident_block(lang, g) + "\n\n", 1)
    html = text_to_html(text.split(table_text(rows))[0]).replace("</body></html>", "") + html_table(rows) + \
        text_to_html(text.split(table_text(rows))[1]).split("<body", 1)[1].split(">", 1)[1]
    return spec("birth_notice", lang, "hospital birth notice requesting postnatal visit" if lang == "en"
                else "avis de naissance de l'hôpital avec demande de visite", T,
                ("Unité mère-enfant" if lang == "fr" else "Mother-Baby Unit", f"umeref@{HOSP_DOM}"),
                [("Périnatalité CLSC" if lang == "fr" else "CLSC perinatal", f"perinatalite.staurele@{DOM}")],
                subject, text, html=html, persons=[m, b], ids=[("mrn", mrn_m), ("mrn", mrn_b)])


# ------------------------------------------------------------------ P2
def jaundice_bili(g, lang, nam=None):
    m = mother(g, nam)
    b = baby(g, m)
    inf = g.staff()
    ped = g.staff()
    bili = g.randint(228, 312)
    day = g.randint(3, 6)
    T = {"patient_name", "lab_result", "diagnosis"}
    mrn = g.mrn()
    use_mrn = g.chance(0.6)
    if use_mrn:
        T.add("mrn")
    if lang == "fr":
        subject = g.choice(["Bili à refaire ?", f"Bilirubine - bébé de {m.name('titled')}", "Ictère J" + str(day)])
        text = (f"Bonjour {ped['dr_fr']} {ped['surname']},\n\nVisite à domicile ce matin chez {m.name('titled_full', 'fr')} : "
                f"bébé {b.given} (J{day}) très ictérique jusqu'aux cuisses, boit aux 3-4 h, couches mouillées x 4. "
                f"Bilirubine transcutanée {bili} µmol/L, prélèvement sanguin fait à 10 h 15 : bili totale "
                f"{bili + g.randint(-15, 25)} µmol/L (zone de risque élevé).\n"
                + (f"Dossier HRSA bébé : {mrn}\n" if use_mrn else "") +
                "\nEst-ce qu'on vous l'envoie à l'urgence pour photothérapie ou on refait demain ?\n\n"
                + signature(g, inf, "Infirmière, périnatalité", "fr", "Périnatalité"))
    else:
        subject = g.choice(["Repeat bili?", f"Bilirubin - {m.name('titled', 'en')}'s baby", f"Jaundice day {day}"])
        text = (f"Dear Dr. {ped['surname']},\n\nHome visit this morning at {m.name('titled_full', 'en')}'s: "
                f"baby {b.given} (day {day}) jaundiced down to the thighs, feeding q3-4h, 4 wet diapers. "
                f"Transcutaneous bili {bili} umol/L, serum drawn at 10:15: total bili "
                f"{bili + g.randint(-15, 25)} umol/L (high-risk zone).\n"
                + (f"Baby's chart: {mrn}\n" if use_mrn else "") +
                "\nShould we send baby to the ED for phototherapy or repeat tomorrow?\n\n"
                + signature(g, inf, "Perinatal nurse", "en", "Perinatal"))
    if m.nam:
        T |= {"ramq_nam", "date_of_birth"}
        text = text.replace("\n\n", "\n\n" + m.ident_block(lang, g) + "\n\n", 1)
    return spec("lab_followup", lang, "newborn jaundice bilirubin follow-up" if lang == "en"
                else "suivi de bilirubine chez un nouveau-né", T, (inf["name"], inf["email"]),
                [(ped["name"], ped["email"])], subject, text, persons=[m, b],
                ids=[("mrn", mrn)] if use_mrn else [])


# ------------------------------------------------------------------ P3
def postnatal_visit(g, lang, nam=None):
    m = mother(g, nam)
    b = baby(g, m)
    inf = g.staff()
    md = g.staff()
    bw = g.randint(3100, 4000)
    loss = round(g.uniform(7.5, 11.5), 1)
    epds = g.randint(8, 14)
    T = {"patient_name", "diagnosis", "medication", "lab_result"}
    style = g.choice(["titled_full", "sur_first", "given"])
    if lang == "fr":
        who = m.name(style, "fr") if style != "given" else m.given
        subject = g.choice(["Visite postnatale J5", f"Suivi postnatal {m.name('sur_first')}",
                            "Perte de poids bébé + mastite ?"])
        text = (f"Salut {md['given']},\n\nVu {who} et son bébé ce matin (J5).\n"
                f"- Bébé : PN {bw} g, poids ce jour {int(bw * (1 - loss / 100))} g (-{loss} %). Succion faible, "
                "frein de langue probable. Supplément 30 ml après tétée recommandé.\n"
                f"- Mère : sein droit rouge, chaud, T 38,4. Probable mastite. EPDS {epds}/30.\n"
                "Peux-tu prescrire céphalexine 500 mg QID x 10 j ? Pharmacie au dossier.\n\n"
                "Je repasse vendredi pour repeser.\n" + signature(g, inf, "Inf. périnatalité", "fr", short=True))
    else:
        who = m.name(style, "en") if style != "given" else m.given
        subject = g.choice(["Postnatal visit day 5", f"Postnatal follow-up {m.name('sur_first')}",
                            "Baby weight loss + mastitis?"])
        text = (f"Hi {md['given']},\n\nSaw {who} and baby this morning (day 5).\n"
                f"- Baby: BW {bw} g, today {int(bw * (1 - loss / 100))} g (-{loss}%). Weak suck, likely "
                "tongue-tie. Advised 30 ml top-up after feeds.\n"
                f"- Mom: right breast red, warm, T 38.4. Likely mastitis. EPDS {epds}/30.\n"
                "Could you prescribe cephalexin 500 mg QID x 10 d? Pharmacy is on file.\n\n"
                "I'll be back Friday to reweigh.\n" + signature(g, inf, "Perinatal nurse", "en", short=True))
    if style == "given" and not m.nam:
        subject = subject if m.surname in subject else subject + f" - {m.name('sur_first')}"
    if m.nam:
        T |= {"ramq_nam", "date_of_birth"}
        text = text.rstrip() + "\n\n" + m.ident_block(lang, g)
    return spec("visit_note", lang, "postnatal home visit note to physician" if lang == "en"
                else "note de visite postnatale au médecin", T, (inf["name"], inf["email"]),
                [(md["name"], md["email"])], subject, text, persons=[m])


# ------------------------------------------------------------------ P4
def epds_referral(g, lang, nam=None):
    m = mother(g, nam)
    inf = g.staff()
    psy = g.staff()
    epds = g.randint(15, 24)
    ph = g.phone()
    T = {"patient_name", "lab_result", "diagnosis", "medication", "patient_contact"}
    if lang == "fr":
        paras = ["## Identification", m.ident_block("fr", g), f"Cellulaire : {ph}",
                 "## Motif", f"Dépression post-partum probable, EPDS {epds}/30 à 6 semaines (item 10 : 1 - "
                 "pensées d'automutilation 'rarement', pas de plan). Pleurs quotidiens, insomnie, "
                 "isolement; conjoint travaille à l'extérieur 2 semaines sur 3.",
                 "## Traitement", "Sertraline 25 mg die débutée par le médecin de famille le 3 mars. "
                 "Allaitement poursuivi.", "## Demande", "Suivi santé mentale adulte prioritaire + halte-répit."]
        paras = [x for p in paras for x in p.split("\n")]
        fname = g.choice(["reference_sante_mentale.docx", f"Réf SM {m.surname}.docx", "demande_GASMA.docx"])
        data = A.docx("Demande de service — santé mentale adulte", paras)
        subject = g.choice(["Référence GASMA - post-partum", "Demande prioritaire santé mentale",
                            "Référence : dépression post-partum"])
        text = (f"Bonjour {psy['given']},\n\nJe vous réfère une jeune mère suivie en périnatalité. La demande "
                "est jointe. Elle est d'accord pour être appelée sur son cellulaire.\n\n"
                + signature(g, inf, "Infirmière, périnatalité", "fr", "Périnatalité"))
    else:
        paras = ["## Identification", m.ident_block("en", g), f"Cell: {ph}",
                 "## Reason", f"Probable postpartum depression, EPDS {epds}/30 at 6 weeks (item 10: 1 - "
                 "self-harm thoughts 'hardly ever', no plan). Daily crying, insomnia, isolation; partner "
                 "works away 2 weeks out of 3.",
                 "## Treatment", "Sertraline 25 mg daily started by family doctor on March 3. Still breastfeeding.",
                 "## Request", "Priority adult mental health follow-up + respite drop-in."]
        paras = [x for p in paras for x in p.split("\n")]
        fname = g.choice(["mental_health_referral.docx", f"MH referral {m.surname}.docx"])
        data = A.docx("Request for service - adult mental health", paras)
        subject = g.choice(["Referral - postpartum", "Priority mental health request", "Referral: postpartum depression"])
        text = (f"Hi {psy['given']},\n\nReferring a new mom followed by the perinatal team. The request is "
                "attached. She is fine with being called on her cell.\n\n"
                + signature(g, inf, "Perinatal nurse", "en", "Perinatal"))
    T.add("date_of_birth")
    if m.nam:
        T.add("ramq_nam")
    return spec("referral", lang, "postpartum depression referral form" if lang == "en"
                else "référence pour dépression post-partum", T, (inf["name"], inf["email"]),
                [(psy["name"], psy["email"])], subject, text,
                attachments=[{"filename": fname, "kind": "docx", "data": data}], persons=[m])


# ------------------------------------------------------------------ P5
def gestational_diabetes(g, lang, nam=None):
    m = mother(g, nam)
    inf = g.staff()
    ob = g.staff()
    wk = g.randint(26, 33)
    T = {"patient_name", "lab_result", "diagnosis", "medication"}
    mrn = g.mrn()
    if lang == "fr":
        subject = g.choice(["HGPO anormale", f"Diabète gestationnel - {m.name('sur_first')}", "Résultats HGPO 75 g"])
        text = (f"{ob['dr_fr']} {ob['surname']},\n\n{m.name(g.choice(['sur_first', 'full', 'initials']))} (dossier {mrn}), "
                f"{wk} sem., G1P0.\nHGPO 75 g : à jeun 5,6 - 1 h 11,2 - 2 h 9,1 mmol/L. HbA1c 5,9 %.\n"
                "Diabète gestationnel confirmé. Enseignement fait (glucomètre, plan alimentaire). Glycémies "
                "à jeun à 5,8-6,2 depuis 10 jours malgré la diète.\n\nSouhaitez-vous débuter l'insuline NPH "
                "HS (10 u) ? Prochaine visite avec vous le 21.\n\n"
                + signature(g, inf, "Infirmière clinicienne, suivi de grossesse", "fr", "Périnatalité"))
    else:
        subject = g.choice(["Abnormal OGTT", f"Gestational diabetes - {m.name('sur_first')}", "75 g OGTT results"])
        text = (f"Dr. {ob['surname']},\n\n{m.name(g.choice(['sur_first', 'full', 'initials']))} (chart {mrn}), "
                f"{wk} wk, G1P0.\n75 g OGTT: fasting 5.6 - 1 h 11.2 - 2 h 9.1 mmol/L. HbA1c 5.9%.\n"
                "Gestational diabetes confirmed. Teaching done (meter, meal plan). Fasting glucose 5.8-6.2 for "
                "10 days despite diet.\n\nWould you like to start NPH insulin at bedtime (10 u)? Next visit with "
                "you on the 21st.\n\n" + signature(g, inf, "Nurse clinician, prenatal care", "en", "Perinatal"))
    T.add("mrn")
    if m.nam:
        T |= {"ramq_nam", "date_of_birth"}
        text = text.replace("\n\n", "\n\n" + m.ident_block(lang, g) + "\n", 1)
    return spec("lab_followup", lang, "gestational diabetes test results to obstetrician" if lang == "en"
                else "résultats de diabète gestationnel à l'obstétricienne", T, (inf["name"], inf["email"]),
                [(ob["name"], ob["email"])], subject, text, persons=[m], ids=[("mrn", mrn)])


# ------------------------------------------------------------------ P6
def prenatal_roster(g, lang, nam=None):
    inf = g.staff()
    col = g.staff()
    moms = [Person.invented(g, "adult", sex="F", lo=1988, hi=2005) for _ in range(g.randint(5, 8))]
    if nam:
        moms.insert(g.randint(0, len(moms)), Person.from_rec(nam))
    T = {"patient_name", "patient_contact"}
    rows = [["Nom", "DPA", "Tél.", "Notes"] if lang == "fr" else ["Name", "EDD", "Phone", "Notes"]]
    notes_fr = ["G1, anxieuse", "jumeaux", "DG - insuline", "", "pré-éclampsie G1 antérieure", "OLO", "interprète arabe"]
    notes_en = ["G1, anxious", "twins", "GDM - insulin", "", "previous pre-eclampsia", "OLO", "Arabic interpreter"]
    for mo in moms:
        edd = g.date(2025, 4, 9)
        rows.append([mo.name(g.choice(["full", "sur_first_plain"])), edd.isoformat(), g.phone(),
                     g.choice(notes_fr if lang == "fr" else notes_en)])
    notes = [r[3] for r in rows[1:]]
    if any("insulin" in n for n in notes):
        T.add("medication")
    if any(n in ("G1, anxieuse", "DG - insuline", "pré-éclampsie G1 antérieure", "G1, anxious",
                 "GDM - insulin", "previous pre-eclampsia", "jumeaux", "twins") for n in notes):
        T.add("diagnosis")
    if "OLO" in notes:
        T.add("social_information")
    if nam:
        T |= {"ramq_nam", "date_of_birth"}
        p = Person.from_rec(nam)
        rows[0].append("NAM / DDN / sexe" if lang == "fr" else "RAMQ / DOB / sex")
        for r in rows[1:]:
            r.append(f"{p.nam} / {p.dob_s('iso')} / {p.sex}" if p.full() == r[0] or p.sur_first(False) == r[0] else "")
    kind = g.choice(["csv", "xlsx", "body"])
    if lang == "fr":
        subject = g.choice(["Inscriptions rencontres prénatales - groupe d'avril", "Liste groupe prénatal",
                            "Rencontres prénatales : participantes"])
        intro = (f"Bonjour {col['given']},\n\nVoici les futures mamans inscrites au groupe prénatal du mardi soir. "
                 "Peux-tu faire les appels de confirmation ?")
    else:
        subject = g.choice(["Prenatal class registrations - April group", "Prenatal group list",
                            "Prenatal classes: participants"])
        intro = (f"Hi {col['given']},\n\nHere are the moms-to-be registered for the Tuesday evening prenatal "
                 "group. Can you make the confirmation calls?")
    atts, html = [], None
    sig = signature(g, inf, "Infirmière, périnatalité" if lang == "fr" else "Perinatal nurse", lang)
    if kind == "body":
        text = intro + "\n\n" + table_text(rows) + "\n\n" + sig
        html = text_to_html(intro).replace("</body></html>", "") + html_table(rows) + "<pre>" + sig + "</pre></body></html>"
    else:
        fn = ("groupe_prenatal_avril" if lang == "fr" else "prenatal_group_april") + "." + kind
        if kind == "csv":
            atts.append({"filename": fn, "kind": "csv", "text": A.csv_text(rows, ";" if lang == "fr" else ",")})
        else:
            atts.append({"filename": fn, "kind": "xlsx", "data": A.xlsx([("Groupe", rows)])})
        text = intro + "\n\n" + sig
    return spec("census_list", lang, "prenatal class roster with due dates" if lang == "en"
                else "liste des participantes aux rencontres prénatales", T, (inf["name"], inf["email"]),
                [(col["name"], col["email"])], subject, text, html=html, attachments=atts, persons=moms)


# ------------------------------------------------------------------ P7
def newborn_screening(g, lang, nam=None):
    m = mother(g, nam)
    b = baby(g, m)
    inf = g.staff()
    T = {"patient_name", "lab_result", "date_of_birth", "patient_contact"}
    tsh = round(g.uniform(21, 48), 1)
    ph = g.phone()
    addr = g.address(lang)
    if lang == "fr":
        subject = g.choice(["Dépistage néonatal - 2e prélèvement requis", "Programme de dépistage sanguin : reprise",
                            f"Reprise buvard {b.name('sur_first')}"])
        text = (f"Bonjour,\n\nLe programme québécois de dépistage néonatal sanguin nous demande un second "
                f"prélèvement pour l'enfant {b.name('sur_first')}, né{'e' if b.sex == 'F' else ''} le "
                f"{b.dob_s('fr_long')} : TSH {tsh} mU/L sur le buvard initial (seuil 15). "
                f"Mère : {m.name('full')}, {addr}, tél. {ph}.\n\nPouvez-vous planifier le prélèvement à "
                "domicile d'ici 48 h ? Le résultat doit être acheminé au CHU.\n\n"
                + signature(g, inf, "Infirmière, périnatalité", "fr", "Périnatalité"))
    else:
        subject = g.choice(["Newborn screening - repeat sample needed", "Blood spot screening: repeat",
                            f"Repeat blood spot {b.name('sur_first')}"])
        text = (f"Hello,\n\nThe Quebec newborn blood screening program is asking for a second sample for "
                f"{b.name('sur_first')}, born {b.dob_s('en_long')}: TSH {tsh} mU/L on the first card "
                f"(cut-off 15). Mother: {m.name('full')}, {addr}, tel. {ph}.\n\nCan you book a home "
                "draw within 48 h? The result goes to the university hospital.\n\n"
                + signature(g, inf, "Perinatal nurse", "en", "Perinatal"))
    if m.nam:
        T.add("ramq_nam")
        text = text.replace("\n\n", "\n\n" + m.ident_block(lang, g) + "\n\n", 1)
    return spec("lab_followup", lang, "repeat newborn screening sample request" if lang == "en"
                else "demande de reprise du dépistage néonatal", T, (inf["name"], inf["email"]),
                [("Prélèvements à domicile" if lang == "fr" else "Home blood draws", f"prelevements@{DOM}")],
                subject, text, persons=[m, b])


# ------------------------------------------------------------------ P8
def pharmacy_rx(g, lang, nam=None):
    m = mother(g, nam)
    md = g.staff()
    pharm = g.choice(["Pharmacie Duval et Lemire", "Pharmacie du Boisé", "Pharmacie Carrier-Sauvé"])
    rx = g.choice([("Diclectin 10 mg/10 mg", "2 co HS + 1 co AM", "nausées et vomissements de grossesse",
                    "nausea and vomiting of pregnancy", "2 tabs HS + 1 tab AM"),
                   ("Palafer 300 mg", "1 co BID", "anémie ferriprive (Hb 94)", "iron deficiency anemia (Hb 94)", "1 tab BID"),
                   ("Micronor 0,35 mg", "1 co die en continu", "contraception post-partum, allaitement",
                    "postpartum contraception, breastfeeding", "1 tab daily continuously"),
                   ("Nitrofurantoïne (Macrobid) 100 mg", "1 caps BID x 5 j", "cystite, 34 sem.",
                    "cystitis at 34 weeks", "1 cap BID x 5 d")])
    T = {"patient_name", "medication", "date_of_birth"}
    if "contraception" not in rx[2]:
        T.add("diagnosis")
    if "Hb" in rx[2]:
        T.add("lab_result")
    if lang == "fr":
        subject = g.choice(["Ordonnance", f"Rx - {m.name('sur_first')}", "Ordonnance à préparer SVP"])
        text = ("ORDONNANCE\n\n" + m.ident_block("fr", g) + "\n\n"
                f"Rx : {rx[0]}\nPosologie : {rx[1]}\nQté : 30 jours, renouvellements : 2\n"
                f"Indication : {rx[2]}\n\nPrescripteur : {md['dr_fr']} {md['name']}, médecin de famille - lic. "
                f"{g.randint(10000, 99999)}\n" + signature(g, md, "GMF-U / CLSC de Saint-Aurèle", "fr"))
    else:
        subject = g.choice(["Prescription", f"Rx - {m.name('sur_first')}", "Please prepare prescription"])
        text = ("PRESCRIPTION\n\n" + m.ident_block("en", g) + "\n\n"
                f"Rx: {rx[0].replace('0,35', '0.35')}\nSig: {rx[4]}\nQty: 30 days, refills: 2\n"
                f"Indication: {rx[3]}\n\nPrescriber: Dr. {md['name']}, family physician - lic. "
                f"{g.randint(10000, 99999)}\n" + signature(g, md, "Family medicine / Saint-Aurèle CLSC", "en"))
    if m.nam:
        T.add("ramq_nam")
    pdom = pharm.lower().replace("pharmacie ", "").replace(" et ", "-").replace(" ", "-").replace("é", "e") + ".example"
    return spec("prescription", lang, "prescription sent to community pharmacy" if lang == "en"
                else "ordonnance envoyée à la pharmacie", T, (md["name"], md["email"]), [(pharm, f"rx@{pdom}")],
                subject, text, persons=[m])


# ------------------------------------------------------------------ P9
def transport_booking(g, lang, nam=None):
    m = mother(g, nam)
    ts = g.staff()
    addr = g.address(lang)
    ph = g.phone()
    day = g.date(2025, 2, 10)
    T = {"patient_name", "patient_contact", "social_information"}
    reason_fr = g.choice(["échographie morphologique", "consultation en médecine fœtale (retard de croissance)",
                          "suivi en clinique de grossesse à risque (prééclampsie)"])
    reason_en = {"échographie morphologique": "anatomy ultrasound",
                 "consultation en médecine fœtale (retard de croissance)": "fetal medicine consult (growth restriction)",
                 "suivi en clinique de grossesse à risque (prééclampsie)": "high-risk pregnancy clinic (pre-eclampsia)"}[reason_fr]
    if "retard" in reason_fr or "préé" in reason_fr:
        T.add("diagnosis")
    if lang == "fr":
        subject = g.choice(["Demande de transport - bon de taxi", "Transport rendez-vous CHU", "Bon de taxi SVP"])
        text = (f"Bonjour,\n\nJ'aurais besoin d'un bon de taxi aller-retour pour {m.name(g.choice(['titled_full', 'sur_first']), 'fr')}, "
                f"le {fmt_date(day, 'fr_long')}, départ 7 h 15.\n\nAdresse : {addr}\nTél. : {ph}\n"
                f"Destination : CHU, pavillon mère-enfant — {reason_fr}, rendez-vous 9 h.\n\n"
                "Motif : aucune voiture, prestataire de l'aide sociale, conjoint sans permis. Elle sera "
                "accompagnée de sa fille de 2 ans.\n\nMerci !\n" + signature(g, ts, "Travailleuse sociale, SIPPE", "fr"))
    else:
        subject = g.choice(["Transport request - taxi voucher", "Ride to hospital appointment", "Taxi voucher please"])
        text = (f"Hello,\n\nI need a return taxi voucher for {m.name(g.choice(['titled_full', 'sur_first']), 'en')} "
                f"on {fmt_date(day, 'en_long')}, pick-up 7:15 am.\n\nAddress: {addr}\nPhone: {ph}\n"
                f"Destination: university hospital, mother-child wing - {reason_en}, 9 am appointment.\n\n"
                "Reason: no car, on social assistance, partner has no licence. She will bring her 2-year-old.\n\n"
                "Thanks!\n" + signature(g, ts, "Social worker, perinatal program", "en"))
    if m.nam:
        T |= {"ramq_nam", "date_of_birth"}
        text = text.replace("\n\n", "\n\n" + m.ident_block(lang, g) + "\n\n", 1)
    return spec("transport_request", lang, "taxi voucher request for a prenatal appointment" if lang == "en"
                else "demande de bon de taxi pour un rendez-vous prénatal", T, (ts["name"], ts["email"]),
                [("Transport - soutien administratif" if lang == "fr" else "Transport desk", f"transport@{DOM}")],
                subject, text, persons=[m])


# ------------------------------------------------------------------ P10
def ics_home_visit(g, lang, nam=None):
    m = mother(g, nam)
    inf = g.staff()
    addr = g.address(lang)
    ph = g.phone()
    day = g.date(2025, 2, 10)
    start = datetime.datetime(day.year, day.month, day.day, g.choice([9, 10, 13, 14]), 0)
    end = start + datetime.timedelta(minutes=90)
    T = {"patient_name", "patient_contact"}
    if lang == "fr":
        summ = g.choice([f"VAD postnatale - {m.name('sur_first')}", f"Visite {m.name('titled', 'fr')} + bébé"])
        desc = (f"Visite postnatale J3. Tél. {ph}. Allaitement difficile, césarienne. Apporter pèse-bébé.")
        subject = f"Invitation : {summ}"
        text = f"Visite planifiée avec {m.name('given')} — voir l'invitation.\n\n" + signature(g, inf, "Inf.", "fr", short=True)
    else:
        summ = g.choice([f"Postnatal home visit - {m.name('sur_first')}", f"Visit {m.name('titled', 'en')} + baby"])
        desc = f"Postnatal day 3 visit. Tel. {ph}. Breastfeeding difficulties, C-section. Bring baby scale."
        subject = f"Invitation: {summ}"
        text = f"Visit booked with {m.name('given')} - see invite.\n\n" + signature(g, inf, "RN", "en", short=True)
    T.add("diagnosis")
    if m.nam:
        T |= {"ramq_nam", "date_of_birth"}
        desc += " " + m.ident_block(lang, g, sep=" ; ")
    cal = A.ics(f"vad-{g.randint(10**6, 10**7)}@{DOM}", start, end, summ, addr, desc,
                (inf["name"], inf["email"]), [(inf["name"], inf["email"])])
    return spec("appointment", lang, "calendar invite for a postnatal home visit" if lang == "en"
                else "invitation calendrier pour une visite postnatale", T, (inf["name"], inf["email"]),
                [(inf["name"], inf["email"])], subject, text,
                attachments=[{"filename": "invite.ics", "kind": "ics", "text": cal, "method": "REQUEST"}],
                persons=[m])


# ------------------------------------------------------------------ P11
def vcard_client(g, lang, nam=None):
    m = mother(g, nam)
    inf = g.staff()
    ag = g.staff()
    ph = g.phone()
    town_addr = g.address("fr")
    street, rest = town_addr.split(", ", 1)[0] + ", " + town_addr.split(", ")[1], town_addr.split(", ")[2]
    town = rest.split(" (")[0]
    pc = rest.split(") ")[1]
    wk = g.randint(14, 30)
    T = {"patient_name", "patient_contact", "social_information", "date_of_birth"}
    note = (f"OLO - {wk} sem., revenu faible" if lang == "fr" else f"OLO - {wk} wk, low income")
    vc = A.vcard(m.given, m.surname, tel_home=ph, adr=(street, town, pc), note=note,
                 bday=m.dob.isoformat())
    if lang == "fr":
        subject = g.choice(["Nouvelle inscription OLO", "Nouvelle cliente SIPPE - coordonnées", "Coordonnées cliente"])
        text = (f"Bonjour {ag['given']},\n\nNouvelle inscription au programme OLO (coupons œufs-lait-oranges + "
                f"vitamines prénatales), {wk} semaines de grossesse, admissible selon le revenu familial. "
                "Ses coordonnées sont dans la fiche jointe. Peux-tu préparer les coupons pour la visite de mardi ?\n\n"
                + signature(g, inf, "Infirmière, périnatalité", "fr", "Périnatalité"))
    else:
        subject = g.choice(["New OLO registration", "New perinatal client - contact card", "Client contact"])
        text = (f"Hi {ag['given']},\n\nNew registration in the OLO program (egg-milk-orange coupons + prenatal "
                f"vitamins), {wk} weeks pregnant, eligible on family income. Her contact details are in the "
                "attached card. Could you prepare the coupons for Tuesday's visit?\n\n"
                + signature(g, inf, "Perinatal nurse", "en", "Perinatal"))
    T.add("medication")
    if m.nam:
        T.add("ramq_nam")
        text = text.replace("\n\n", "\n\n" + m.ident_block(lang, g) + "\n\n", 1)
    return spec("contact_card", lang, "new prenatal program client with contact card" if lang == "en"
                else "nouvelle cliente du programme OLO avec fiche contact", T, (inf["name"], inf["email"]),
                [(ag["name"], ag["email"])], subject, text,
                attachments=[{"filename": f"{m.given} {m.surname}.vcf", "kind": "vcf", "text": vc}], persons=[m])


# ------------------------------------------------------------------ P12
def ontario_transfer(g, lang, nam=None):
    k = Person.invented(g, "child", lo=2016, hi=2022)
    nurse = g.staff()
    hcn = g.ohip()
    vc = g.choice(["", "AB", "KT", "HM", "ZX"])
    style = g.choice(["dash", "space", "plain", "dot", "fw"])
    mrn = g.mrn()
    T = {"patient_name", "ca_health_number", "diagnosis", "medication", "date_of_birth", "mrn"}
    hosp = "Kingsbridge General Hospital"
    if lang == "en":
        subject = g.choice(["Records transfer - family moved from Ontario", "Transfer of care: child with asthma",
                            f"Incoming records {k.name('sur_first')}"])
        text = (f"Hello,\n\nThis family has moved from Ottawa to Sainte-Flore and registered with our team. "
                f"Could you send us the pediatric records?\n\nChild: {k.name('full')}\nDOB: {k.dob_s('en_long')}\n"
                f"Ontario health card: {fmt_ohip(hcn, style, vc)}\n{hosp} MRN: {mrn}\n\n"
                "Known moderate persistent asthma (Flovent 125 mcg BID, Ventolin PRN), two ED visits last winter. "
                "RAMQ card pending (3-month waiting period).\n\n"
                + signature(g, nurse, "Nurse clinician, early childhood", "en"))
    else:
        subject = g.choice(["Transfert de dossier - famille arrivée de l'Ontario", "Demande de dossier : enfant asthmatique",
                            f"Dossier {k.name('sur_first')} - Ontario"])
        text = (f"Bonjour,\n\nCette famille a déménagé d'Ottawa à Sainte-Flore. Pourriez-vous nous transmettre le "
                f"dossier pédiatrique ?\n\nEnfant : {k.name('full')}\nDDN : {k.dob_s('fr_long')}\n"
                f"Carte santé Ontario : {fmt_ohip(hcn, style, vc)}\nDossier {hosp} : {mrn}\n\n"
                "Asthme persistant modéré (Flovent 125 mcg BID, Ventolin PRN), deux visites à l'urgence l'hiver "
                "dernier. Carte RAMQ en attente (délai de carence de 3 mois).\n\n"
                + signature(g, nurse, "Infirmière clinicienne, petite enfance", "fr"))
    return spec("records_request", lang, "records request for a child from Ontario" if lang == "en"
                else "demande de dossier pour un enfant venant de l'Ontario", T, (nurse["name"], nurse["email"]),
                [("Health Records", "healthrecords@kingsbridge-gh.example")], subject, text, persons=[k],
                ids=[("ca_health_number", hcn), ("mrn", mrn)])


# ------------------------------------------------------------------ P13
def belgian_family(g, lang, nam=None):
    k = Person.invented(g, "child", lo=2015, hi=2021)
    nurse = g.staff()
    niss = g.niss(k.dob, k.sex)
    style = g.choice(["std", "plain", "space", "slash", "fw"])
    T = {"patient_name", "be_niss", "date_of_birth", "medication"}
    if lang == "fr":
        subject = g.choice(["Mise à jour vaccinale - enfant arrivé de Belgique", "Carnet de vaccination belge",
                            f"Rattrapage vaccinal {k.name('sur_first')}"])
        text = (f"Bonjour,\n\nFamille arrivée de Liège en janvier. Pour {k.name('full')}, "
                f"né{'e' if k.sex == 'F' else ''} le {k.dob_s('dmy')}, numéro national belge {fmt_niss(niss, style)}, "
                "le carnet montre : hexavalent x 3, RRO x 1, MenC x 1. Il manque le RRO 2 et le dcaT-VPI de 4-6 ans.\n\n"
                "Je propose Priorix-Tetra + Boostrix-Polio à la clinique de jeudi. Pouvez-vous confirmer "
                "l'équivalence avec le calendrier québécois ?\n\n"
                + signature(g, nurse, "Infirmière, vaccination", "fr"))
    else:
        subject = g.choice(["Immunization update - child from Belgium", "Belgian vaccine booklet",
                            f"Catch-up schedule {k.name('sur_first')}"])
        text = (f"Hello,\n\nFamily arrived from Liège in January. For {k.name('full')}, born {k.dob_s('en_long')}, "
                f"Belgian national number {fmt_niss(niss, style)}, the booklet shows: hexavalent x 3, MMR x 1, "
                "MenC x 1. Missing MMR 2 and the 4-6 year Tdap-IPV.\n\nI'd give Priorix-Tetra + Boostrix-Polio at "
                "Thursday's clinic. Can you confirm equivalence with the Quebec schedule?\n\n"
                + signature(g, nurse, "Immunization nurse", "en"))
    return spec("immunization", lang, "vaccine catch-up for a child from Belgium" if lang == "en"
                else "rattrapage vaccinal d'un enfant arrivé de Belgique", T, (nurse["name"], nurse["email"]),
                [("Conseillère en immunisation" if lang == "fr" else "Immunization advisor", f"immunisation@{DOM}")],
                subject, text, persons=[k], ids=[("be_niss", niss)])


# ------------------------------------------------------------------ P14
def french_family(g, lang, nam=None):
    m = Person.invented(g, "adult", sex="F", lo=1987, hi=1999)
    inf = g.staff()
    nir = g.nir(m.dob, "F")
    style = g.choice(["space", "plain", "dot", "fw"])
    wk = g.randint(12, 30)
    T = {"patient_name", "fr_nir", "diagnosis", "date_of_birth", "lab_result"}
    if lang == "fr":
        subject = g.choice(["Suivi de grossesse - arrivée de France", "Dossier de grossesse transmis par la maternité de Lyon",
                            f"Nouvelle suivie : {m.name('sur_first')}"])
        text = (f"Bonjour,\n\n{m.name('titled_full', 'fr')}, née le {m.dob_s('dmy')}, arrivée de Lyon avec un permis "
                f"de travail, enceinte de {wk} SA. N° de sécurité sociale (France) : {fmt_nir(nir, style)} — "
                "sa mutuelle française demande nos comptes rendus.\n\nÉcho T1 normale, toxoplasmose non "
                "immune, hypothyroïdie sous Levothyrox 50 µg (TSH 3,9 le mois dernier).\n\n"
                "Elle n'a pas encore de médecin ici : peut-on l'inscrire au guichet et prévoir le bilan ?\n\n"
                + signature(g, inf, "Infirmière, périnatalité", "fr", "Périnatalité"))
    else:
        subject = g.choice(["Pregnancy follow-up - arrived from France", "Prenatal file from Lyon maternity",
                            f"New client: {m.name('sur_first')}"])
        text = (f"Hello,\n\n{m.name('titled_full', 'en')}, born {m.dob_s('en_long')}, arrived from Lyon on a work "
                f"permit, {wk} weeks pregnant. French social security number: {fmt_nir(nir, style)} - her "
                "French insurer is asking for our reports.\n\nFirst-trimester scan normal, toxoplasmosis "
                "non-immune, hypothyroidism on Levothyrox 50 mcg (TSH 3.9 last month).\n\n"
                "She has no doctor here yet: can we register her with the access desk and plan the work-up?\n\n"
                + signature(g, inf, "Perinatal nurse", "en", "Perinatal"))
    T.add("medication")
    return spec("intake", lang, "prenatal intake for a client from France" if lang == "en"
                else "accueil en suivi de grossesse d'une cliente venant de France", T, (inf["name"], inf["email"]),
                [("Guichet d'accès" if lang == "fr" else "Access desk", f"guichet.acces@{DOM}")], subject, text,
                persons=[m], ids=[("fr_nir", nir)])


# ------------------------------------------------------------------ P15
def nicu_discharge(g, lang, nam=None):
    m = mother(g, nam)
    b = baby(g, m, g.date(2024, 10, 12))
    neo = g.staff()
    mrn = g.mrn()
    ga = g.randint(28, 33)
    T = {"patient_name", "date_of_birth", "mrn", "diagnosis", "medication", "lab_result"}
    if lang == "fr":
        lines = ["## Nouveau-né", f"Nom : {b.name('sur_first')}   Dossier : {mrn}", f"Naissance : {b.dob_s('iso')} à {ga} sem.",
                 f"Mère : {m.name('full')}", "## Diagnostics", f"Prématurité {ga} sem.; syndrome de détresse respiratoire (surfactant x1);",
                 "apnées du prématuré (caféine cessée J-5); anémie du prématuré.", "## Au congé",
                 f"Poids {g.randint(2100, 2600)} g, Hb 98 g/L, réticulocytes 4 %.",
                 "Médication : D-Vi-Sol 400 UI die, Palafer 2 mg/kg/j, Enfalac prématuré 24 kcal en complément.",
                 "## Suivi", "CLSC : pesée hebdo x 4; clinique de suivi néonatal à 4 mois âge corrigé; RSV : nirsévimab reçu."]
        title = "Résumé de congé — Néonatalogie"
        subject = g.choice(["Résumé de congé néonatalogie", f"Congé NICU : {b.name('sur_first')}", "Sommaire de congé - prématuré"])
        text = (f"Bonjour,\n\nCi-joint le résumé de congé pour le suivi CLSC. Congé prévu demain.\n\n{neo['name']}\n"
                f"Infirmière de liaison, néonatalogie — {HOSP}")
        fname = g.choice(["resume_conge.pdf", f"Conge_{b.surname}_{b.dob.isoformat()}.pdf"])
    else:
        lines = ["## Newborn", f"Name: {b.name('sur_first')}   MRN: {mrn}", f"Born: {b.dob_s('iso')} at {ga} wk",
                 f"Mother: {m.name('full')}", "## Diagnoses", f"Prematurity {ga} wk; RDS (surfactant x1);",
                 "apnea of prematurity (caffeine stopped day -5); anemia of prematurity.", "## At discharge",
                 f"Weight {g.randint(2100, 2600)} g, Hb 98 g/L, retics 4%.",
                 "Meds: D-Vi-Sol 400 IU daily, Palafer 2 mg/kg/day, Enfalac premature 24 kcal top-ups.",
                 "## Follow-up", "CLSC: weekly weights x 4; neonatal follow-up clinic at 4 months corrected; RSV: nirsevimab given."]
        title = "Discharge summary - NICU"
        subject = g.choice(["NICU discharge summary", f"NICU discharge: {b.name('sur_first')}", "Discharge summary - preterm"])
        text = (f"Hello,\n\nAttached is the discharge summary for CLSC follow-up. Discharge planned tomorrow.\n\n"
                f"{neo['name']}\nNICU liaison nurse - {HOSP_EN}")
        fname = g.choice(["discharge_summary.pdf", f"Discharge_{b.surname}_{b.dob.isoformat()}.pdf"])
    if m.nam:
        T.add("ramq_nam")
        lines += [("## Mère" if lang == "fr" else "## Mother")] + m.ident_block(lang, g).split("\n")
    pdfb = A.pdf(title, lines)
    return spec("discharge_summary", lang, "NICU discharge summary attached" if lang == "en"
                else "résumé de congé de néonatalogie en pièce jointe", T,
                (neo["name"], neo["email"].replace(DOM, HOSP_DOM)),
                [("Périnatalité CLSC" if lang == "fr" else "CLSC perinatal", f"perinatalite.staurele@{DOM}")],
                subject, text, attachments=[{"filename": fname, "kind": "pdf", "data": pdfb}], persons=[b, m],
                ids=[("mrn", mrn)])


# name, function, NAM window (lo, hi[, sex]) or None
TEMPLATES = [
    ("birth_notice", birth_notice, (1982, 2004, "F")),
    ("jaundice_bili", jaundice_bili, (1982, 2004, "F")),
    ("postnatal_visit", postnatal_visit, (1982, 2004, "F")),
    ("epds_referral", epds_referral, (1982, 2004, "F")),
    ("gestational_diabetes", gestational_diabetes, (1982, 2004, "F")),
    ("prenatal_roster", prenatal_roster, (1982, 2004, "F")),
    ("newborn_screening", newborn_screening, (1982, 2004, "F")),
    ("pharmacy_rx", pharmacy_rx, (1982, 2004, "F")),
    ("transport_booking", transport_booking, (1982, 2004, "F")),
    ("ics_home_visit", ics_home_visit, (1982, 2004, "F")),
    ("vcard_client", vcard_client, (1982, 2004, "F")),
    ("ontario_transfer", ontario_transfer, None),
    ("belgian_family", belgian_family, None),
    ("french_family", french_family, None),
    ("nicu_discharge", nicu_discharge, (1982, 2004, "F")),
]
