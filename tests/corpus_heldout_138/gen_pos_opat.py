"""Positive templates, part 3: OPAT, forms to insurers and agencies, social situations, transports."""
import datetime as _dt

import gen_common as G
import gen_attach as A
from gen_pos_util import (S, L, greet, thanks, sig_block, id_line, OPAT, DEST, MADO, ORGANISMS, sex_lab)


def _d(c, days):
    return (c.now - _dt.timedelta(days=days)).date()


def _f(c, days):
    return (c.now + _dt.timedelta(days=days)).date()


def opat_referral(c, lang):
    r = c.rng
    s = S(c, lang, "opat_referral", L(lang, "référence TIVAD au CLSC", "OPAT referral to home care"))
    p = c.patient("nam" if r.random() < 0.75 else "qc", age=(25, 90))
    o = r.choice(OPAT)
    d = s.demo(p, plain_sex=True) if p.nam else {"name": s.fullname(p), "dob": s.dob(p), "sex": s.sex(p, True), "nam": None}
    addr = s.addr(p)
    ph = s.phone(p)
    s.t("diagnosis", "medication")
    start = _f(c, 1)
    end = start + _dt.timedelta(weeks=o[4])
    frm = "opat" if lang == "fr" else "opat_en"
    kv = [(L(lang, "Nom", "Name"), d["name"]), (L(lang, "Date de naissance", "Date of birth"), d["dob"]),
          (L(lang, "Sexe", "Sex"), d["sex"])]
    if d["nam"]:
        kv.append(("NAM", d["nam"]))
    kv += [(L(lang, "Adresse", "Address"), addr), (L(lang, "Téléphone", "Phone"), ph),
           (L(lang, "Diagnostic", "Diagnosis"), o[0] if lang == "fr" else o[1]),
           (L(lang, "Antibiotique", "Antibiotic"), o[2] if lang == "fr" else o[3]),
           (L(lang, "Accès veineux", "Access"), L(lang, "PICC 4 Fr bras droit, 42 cm", "4 Fr PICC right arm, 42 cm")),
           (L(lang, "Début / fin", "Start / end"), f"{start.isoformat()} / {end.isoformat()}"),
           (L(lang, "Bilans", "Labs"), o[5] if lang == "fr" else o[6]),
           (L(lang, "Allergies", "Allergies"), r.choice([L(lang, "aucune connue", "NKDA"), L(lang, "sulfas", "sulfa"),
                                                        L(lang, "pénicilline (urticaire)", "penicillin (hives)")]))]
    if r.random() < 0.4:
        s.t("social_information")
        kv.append((L(lang, "Contexte social", "Social"), r.choice([
            L(lang, "vit seul(e), 2e étage sans ascenseur; fille proche aidante", "lives alone, 2nd floor walk-up; daughter is caregiver"),
            L(lang, "prestataire d'aide sociale, pas de téléphone fixe", "on social assistance, no landline"),
            L(lang, "hébergé(e) temporairement chez un ami", "temporarily staying with a friend")])))
    lines = [("kv", k, v) for k, v in kv]
    if lang == "fr":
        subj = r.choice(["Référence TIVAD - nouveau client", f"Nouvelle référence antibiothérapie IV à domicile ({p.surname})",
                         "TIVAD : demande de prise en charge SAD"])
        b = [greet(r, lang, "Sylvain"),
             f"Nous vous référons un(e) usager(ère) pour antibiothérapie IV à domicile à compter du {G.fmt_date(start, lang, 'long')}. "
             "Première dose donnée à l'hôpital; la pompe est livrée par la pharmacie le matin."]
    else:
        subj = r.choice(["OPAT referral - new client", f"New home IV antibiotic referral ({p.surname})", "OPAT: home care request"])
        b = [greet(r, lang, "Sylvain"),
             f"Referring a client for home IV antibiotics starting {G.fmt_date(start, lang, 'long')}. First dose given "
             "in hospital; the pharmacy delivers the pump in the morning."]
    s.must.append(p.surname)
    fmt = r.choice(["pdf", "docx", "body"])
    atts = []
    if fmt == "pdf":
        atts.append(A.A_pdf(r.choice(["Reference_TIVAD.pdf", f"TIVAD_{G.strip_accents(p.surname)}.pdf", "OPAT_referral.pdf"]),
                            A.pdf(L(lang, "Référence - antibiothérapie intraveineuse à domicile", "Referral - outpatient parenteral antibiotic therapy"),
                                  lines, subtitle=G.ORG[lang] + " - " + G.PHONE_OPAT)))
        b.append(L(lang, "Formulaire de référence en pièce jointe.", "Referral form attached."))
    elif fmt == "docx":
        atts.append(A.A_docx(L(lang, "Reference_TIVAD.docx", "OPAT_referral.docx"),
                             A.docx(L(lang, "Référence TIVAD", "OPAT referral"), [], ([L(lang, "Champ", "Field"), L(lang, "Valeur", "Value")],
                                                                                       [[k, v] for k, v in kv]))))
        b.append(L(lang, "Formulaire en pièce jointe.", "Form attached."))
    else:
        b.append(("table", None, [[k, v] for k, v in kv]))
    b.append(sig_block(frm, lang, r, G.PHONE_OPAT))
    return s.spec(subj, G.staff_addr(frm), [G.ext_addr("clsc")], b, attachments=atts)


def opat_labs(c, lang):
    r = c.rng
    s = S(c, lang, "opat_labs", L(lang, "bilans hebdomadaires TIVAD", "weekly OPAT bloodwork"))
    n = r.randrange(4, 9)
    rows = []
    for _ in range(n):
        p = c.patient(r.choice(["qc", "en", "qc"]))
        o = r.choice(OPAT)
        drug = (o[2] if lang == "fr" else o[3]).split(" ")[0]
        nm = s.name(p, r.choice(["caps", "last_first", "last_first_nc"]))
        mrn = p.mrn
        s.t("mrn")
        s.must.append(mrn)
        row = [nm, mrn, drug, f"{r.uniform(3.0, 12.5):.1f}", str(r.randrange(50, 190)), str(r.randrange(2, 90)),
               (f"{r.randrange(8, 24)}" if drug.startswith("vanco") else "") , (str(r.randrange(40, 900)) if drug.startswith("dapto") else ""),
               r.choice(["", "", L(lang, "créat ↑, aviser MD", "creat up, notify MD"), L(lang, "éosino 0,9", "eos 0.9"),
                         L(lang, "OK", "OK")])]
        rows.append(row)
    s.t("lab_result", "medication")
    if r.random() < 0.5:
        s.t("diagnosis")
        for row in rows:
            row.append(r.choice([o[0] if lang == "fr" else o[1] for o in OPAT]))
        extra = [L(lang, "Indication", "Indication")]
    else:
        extra = []
    head = L(lang, ["Patient", "Dossier", "ATB", "GB", "Créat", "PCR", "Creux vanco", "CK", "Note"],
             ["Patient", "MRN", "Abx", "WBC", "Creat", "CRP", "Vanco trough", "CK", "Note"]) + extra
    wk = c.now.isocalendar()[1]
    frm = "opat" if lang == "fr" else "opat_en"
    to = [G.staff_addr("idmd" if lang == "fr" else "idmd_en"), G.staff_addr("asp" if lang == "fr" else "asp_en")]
    fn = L(lang, f"TIVAD_bilans_sem{wk:02d}.xlsx", f"OPAT_labs_wk{wk:02d}.xlsx")
    mode = r.choice(["xlsx", "xlsx", "csv"])
    if mode == "xlsx":
        att = A.A_xlsx(fn, A.xlsx([(L(lang, "Bilans", "Labs"), head, rows)], author=G.staff(frm, lang, False)))
    else:
        att = A.A_csv(fn.replace(".xlsx", ".csv"), A.csv_text(head, rows, ";"))
    if lang == "fr":
        subj = r.choice([f"Bilans TIVAD semaine {wk}", "Résultats hebdo TIVAD", "Bilans sanguins - patients à domicile"])
        b = [greet(r, lang, None), f"Voici les bilans de la semaine {wk} pour les patients actifs du programme. "
                                   "Deux valeurs à regarder (colonne Note).", thanks(r, lang)]
    else:
        subj = r.choice([f"OPAT labs week {wk}", "Weekly OPAT results", "Bloodwork - home IV patients"])
        b = [greet(r, lang, None), f"Week {wk} bloodwork for active OPAT patients attached. Two values to look at (Note column).",
             thanks(r, lang)]
    b.append(sig_block(frm, lang, r, G.PHONE_OPAT))
    return s.spec(subj, G.staff_addr(frm), to, b, attachments=[att])


def opat_transport(c, lang):
    r = c.rng
    s = S(c, lang, "transport", L(lang, "demande de transport pour perfusion", "transport request for infusion"))
    p = c.patient(r.choice(["qc", "nam", "en"]), age=(50, 95))
    o = r.choice(OPAT)
    if p.nam:
        who = id_line(s, p, lang, layout=r.choice([0, 2]))
    else:
        who = s.fullname(p) + (", " + L(lang, "DDN ", "DOB ") + s.dob(p) if r.random() < 0.5 else "")
    addr = s.addr(p, "\n")
    ph = s.phone(p)
    s.t("medication")
    days = r.sample([0, 1, 2, 3, 4], 3)
    days.sort()
    jours = ", ".join(G.day_name(_f(c, 7 + x - c.now.weekday()), lang) for x in days)
    mob = r.choice([L(lang, "fauteuil roulant", "wheelchair"), L(lang, "marchette", "walker"), L(lang, "autonome", "ambulatory")])
    if lang == "fr":
        subj = r.choice(["Demande de transport adapté", "Transport - clinique de perfusion", "Réservation transport TIVAD"])
        b = [greet(r, lang, None),
             "Nous demandons un transport aller-retour vers la clinique de perfusion du CHRVM (pavillon B, niveau 1) pour :",
             who, f"Adresse de départ :\n{addr}\nTél. : {ph}",
             f"Jours : {jours}, arrivée 8 h 30, retour vers 10 h 30, pour 3 semaines. Mobilité : {mob}.",
             f"Motif : {o[2]} (ne peut être fait à domicile).", thanks(r, lang)]
    else:
        subj = r.choice(["Paratransit request", "Transport - infusion clinic", "OPAT transport booking"])
        b = [greet(r, lang, None), "Requesting round-trip transport to the CHRVM infusion clinic (Pavilion B, level 1) for:",
             who, f"Pickup address:\n{addr}\nPhone: {ph}",
             f"Days: {jours}, arrive 8:30, return around 10:30, for 3 weeks. Mobility: {mob}.",
             f"Reason: {o[3]} (cannot be done at home).", thanks(r, lang)]
    s.must.append(p.surname)
    b.append(sig_block("clerk", lang, r, G.PHONE_OPAT))
    return s.spec(subj, G.staff_addr("clerk"), [G.ext_addr("transport")], b)


def picc_issue(c, lang):
    r = c.rng
    s = S(c, lang, "home_care", L(lang, "problème de PICC signalé par le CLSC", "PICC problem reported by home care"))
    p = c.patient(r.choice(["qc", "en"]))
    o = r.choice(OPAT)
    nm = s.name(p, r.choice(["title", "title_full", "full", "caps"]))
    s.t("medication")
    prob = r.choice([(f"Fièvre 38,6 ce matin, frissons pendant le rinçage du PICC. Site rouge sur 2 cm.",
                      f"Fever 38.6 this morning, rigors while flushing the PICC. Site red over 2 cm.", True),
                     ("PICC occlus, impossible à rincer malgré repositionnement. Dose de ce matin non donnée.",
                      "PICC occluded, unable to flush despite repositioning. Morning dose not given.", False),
                     ("Éruption maculopapuleuse au tronc depuis hier, prurit. Pas d'atteinte muqueuse.",
                      "Maculopapular rash on trunk since yesterday, itchy. No mucosal involvement.", True),
                     ("Œdème du bras droit (circonférence +3 cm), douleur au creux axillaire.",
                      "Right arm swelling (+3 cm circumference), axillary pain.", True)])
    s.t("diagnosis")
    q = [greet(r, lang, None),
         L(lang, f"Visite ce matin chez {nm} ({o[2]}). {prob[0]}", f"Home visit this morning for {nm} ({o[3]}). {prob[1]}"),
         L(lang, "Que souhaitez-vous qu'on fasse?", "How would you like us to proceed?"),
         L(lang, "Sylvain Prud'homme, inf.\nSoins à domicile, CLSC du Haut-Ruisseau",
           "Sylvain Prud'homme, RN\nHome care, Haut-Ruisseau CLSC")]
    frm = "opat" if lang == "fr" else "opat_en"
    if lang == "fr":
        ans = [r.choice(["Merci Sylvain.", "Bonjour Sylvain,"]),
               r.choice(["J'en ai parlé au Dr Benali : hémocultures x 2 (une périphérique, une sur le PICC) et FSC ce jour. "
                         "Qu'il ou elle se présente à l'urgence si la fièvre persiste.",
                         "Peux-tu essayer l'alteplase 2 mg selon le protocole? Sinon, on le ou la voit demain 8 h à la clinique.",
                         "On cesse l'antibiotique aujourd'hui; rendez-vous demain matin à la clinique d'infectio.",
                         "Doppler veineux demandé cet après-midi, on t'appelle avec le résultat."])]
        subj = r.choice(["RE: problème PICC", "RE: usager TIVAD - à évaluer", "RE: urgent - PICC"])
        attr = f"Le {G.fmt_date(c.now.date(), lang, 'long')} à {c.now.hour - 1:02d}:{r.randrange(60):02d}, Sylvain Prud'homme a écrit :"
    else:
        ans = [r.choice(["Thanks Sylvain.", "Hi Sylvain,"]),
               r.choice(["Discussed with Dr. Goldberg: 2 sets of blood cultures (one peripheral, one from the PICC) and CBC today. "
                         "ED if fever persists.",
                         "Could you try alteplase 2 mg per protocol? Otherwise we'll see them tomorrow 8:00 at clinic.",
                         "Stopping the antibiotic today; clinic appointment tomorrow morning.",
                         "Venous Doppler booked this afternoon, we'll call with the result."])]
        subj = r.choice(["RE: PICC problem", "RE: OPAT client - needs assessment", "RE: urgent - PICC"])
        attr = f"On {G.fmt_date(c.now.date(), lang, 'long')} at {c.now.hour - 1:02d}:{r.randrange(60):02d}, Sylvain Prud'homme wrote:"
    b = ans + [sig_block(frm, lang, r, G.PHONE_OPAT), ("quote", attr, q)]
    return s.spec(subj, G.staff_addr(frm), [G.ext_addr("clsc")], b,
                  in_reply_to=f"<{r.randrange(16**12):012x}@cisss-valmercier.example>")


def insurer_form(c, lang):
    r = c.rng
    s = S(c, lang, "insurer_form", L(lang, "formulaire d'assureur avec NAS", "insurer form with SIN"))
    p = c.patient(r.choice(["qc", "en", "nam"]), age=(20, 70))
    dz = r.choice([("dengue avec signes d'alarme", "dengue with warning signs"),
                   ("paludisme à P. falciparum", "P. falciparum malaria"),
                   ("fièvre typhoïde", "typhoid fever"),
                   ("ostéomyélite (antibiothérapie IV 6 semaines)", "osteomyelitis (6 weeks IV antibiotics)"),
                   ("maladie de Lyme disséminée (atteinte cardiaque)", "disseminated Lyme disease (carditis)")])
    if p.nam:
        d = s.demo(p, plain_sex=True)
    else:
        d = {"name": s.fullname(p), "dob": s.dob(p), "sex": s.sex(p, True), "nam": None}
    sin = s.sin(p)
    s.t("diagnosis")
    hosp_in = _d(c, r.randrange(20, 60))
    hosp_out = hosp_in + _dt.timedelta(days=r.randrange(3, 12))
    rtw = _f(c, r.randrange(7, 40))
    ins = r.choice(["insurer", "insurer_en"])
    policy = f"{r.choice(['BV', 'NS'])}-{r.randrange(100000, 999999)}"
    kv = [(L(lang, "Assuré(e)", "Insured"), d["name"]), (L(lang, "Date de naissance", "Date of birth"), d["dob"]),
          (L(lang, "Sexe", "Sex"), d["sex"]), (L(lang, "NAS", "SIN"), sin)]
    if d["nam"]:
        kv.append(("NAM", d["nam"]))
    kv += [(L(lang, "No de police", "Policy no."), policy),
           (L(lang, "Diagnostic", "Diagnosis"), dz[0] if lang == "fr" else dz[1]),
           (L(lang, "Hospitalisation", "Hospital stay"), f"{hosp_in.isoformat()} - {hosp_out.isoformat()}"),
           (L(lang, "Retour au travail prévu", "Expected return to work"), rtw.isoformat()),
           (L(lang, "Médecin traitant", "Attending physician"), G.staff("idmd" if lang == "fr" else "idmd_en", lang))]
    lines = [("h", L(lang, "Déclaration du médecin traitant", "Attending physician's statement"))] + [("kv", k, v) for k, v in kv] + [
        ("rule",), L(lang, "Je certifie que les renseignements ci-dessus sont exacts.", "I certify the above information is accurate.")]
    if lang == "fr":
        subj = r.choice([f"Formulaire d'invalidité - police {policy}", "Déclaration du médecin traitant complétée",
                         f"Réclamation {policy} - formulaire"])
        b = [greet(r, lang, None), f"Ci-joint la déclaration du médecin traitant pour la réclamation {policy}, dûment remplie et signée.",
             "Des frais de 45 $ s'appliquent; la facture suivra."]
    else:
        subj = r.choice([f"Disability form - policy {policy}", "Attending physician statement completed", f"Claim {policy} - form"])
        b = [greet(r, lang, None), f"Attached is the attending physician statement for claim {policy}, completed and signed.",
             "A $45 fee applies; invoice to follow."]
    if r.random() < 0.3:
        b.insert(2, L(lang, f"Pour référence : {d['name']}, NAS {sin}.", f"For reference: {d['name']}, SIN {sin}."))
    fn = r.choice(["Declaration_medecin.pdf", f"APS_{policy}.pdf", f"formulaire_{G.strip_accents(p.surname).lower()}.pdf"])
    att = A.A_pdf(fn, A.pdf(L(lang, "Formulaire de réclamation - invalidité", "Claim form - disability"), lines, subtitle=G.EXT[ins][3 if lang == "fr" else 4]))
    b.append(sig_block("secr", lang, r))
    s.must.append(p.surname)
    return s.spec(subj, G.staff_addr("secr"), [G.ext_addr(ins)], b, attachments=[att])


def ontario_patient(c, lang):
    r = c.rng
    s = S(c, lang, "interprovincial", L(lang, "patient ontarien, numéro de carte santé", "Ontario patient, health card"))
    p = c.patient("on", age=(20, 85))
    hc = s.on_hc(p)
    nm = s.fullname(p)
    dob = s.dob(p)
    dz = r.choice([("maladie de Lyme précoce disséminée (paralysie faciale)", "early disseminated Lyme disease (facial palsy)",
                    "doxycycline 100 mg BID x 21 jours", "doxycycline 100 mg BID x 21 days"),
                   ("cellulite orbitaire", "orbital cellulitis", "ceftriaxone 2 g IV die puis amox-clav", "ceftriaxone 2 g IV daily then amox-clav"),
                   ("bactériémie à SASM", "MSSA bacteremia", "céfazoline 2 g IV q8h, 14 jours", "cefazolin 2 g IV q8h, 14 days"),
                   ("paludisme à P. vivax", "P. vivax malaria", "Malarone puis primaquine (G6PD normale)", "Malarone then primaquine (normal G6PD)")])
    s.t("diagnosis", "medication")
    addr = s.addr(p) if r.random() < 0.4 else None
    if lang == "fr":
        subj = r.choice(["Transfert de soins - patient de l'Ontario", f"Suivi en Ontario : {p.surname}", "Résumé pour suivi à Ottawa"])
        b = [greet(r, lang, "Dre Bennett"),
             f"Nous avons traité {nm} (DDN {dob}, carte santé Ontario {hc}) pour {dz[0]} lors d'un séjour dans notre région.",
             f"Traitement en cours : {dz[2]}. Le suivi se poursuivra chez vous; le résumé de dossier suit par télécopieur.",
             "La facturation interprovinciale a été faite avec le numéro de carte ci-dessus."]
        if addr:
            b.insert(2, f"Adresse au dossier : {addr}.")
    else:
        subj = r.choice(["Transfer of care - Ontario patient", f"Follow-up in Ontario: {p.surname}", "Summary for Ottawa follow-up"])
        b = [greet(r, lang, "Dr. Bennett"),
             f"We treated {nm} (DOB {dob}, Ontario health card {hc}) for {dz[1]} while visiting our region.",
             f"Current treatment: {dz[3]}. Follow-up will continue with you; the chart summary follows by fax.",
             "Interprovincial billing was done with the health card number above."]
        if addr:
            b.insert(2, f"Address on file: {addr}.")
    doc = "idmd" if lang == "fr" else "idmd_en"
    b.append(sig_block(doc, lang, r))
    return s.spec(subj, G.staff_addr(doc), [G.ext_addr("on_hosp")], b)


def belgian_patient(c, lang):
    r = c.rng
    s = S(c, lang, "foreign_insurer", L(lang, "touriste belge, mutualité, NISS", "Belgian tourist, health fund, NISS"))
    p = c.patient("be", age=(20, 80))
    niss = s.niss(p)
    nm = s.fullname(p)
    dob = s.dob(p)
    dz = r.choice([("légionellose", "legionellosis"), ("pyélonéphrite à E. coli", "E. coli pyelonephritis"),
                   ("cellulite du membre inférieur", "lower-limb cellulitis"), ("maladie de Lyme (érythème migrant)", "Lyme disease (erythema migrans)")])
    s.t("diagnosis")
    days = r.randrange(2, 9)
    amount = f"{r.randrange(3000, 24000)},{r.randrange(10, 99)}"
    kv = [("Nom", nm), ("Date de naissance", dob), ("NISS", niss), ("Adresse", s.addr(p)),
          ("Séjour", f"{_d(c, days + 10).isoformat()} au {_d(c, 10).isoformat()} ({days} jours)"),
          ("Diagnostic", dz[0]), ("Montant facturé (CAD)", amount)]
    if lang == "fr":
        subj = r.choice(["Attestation de soins - ressortissant belge", f"Demande de prise en charge - NISS {niss}",
                         "Facturation soins hospitaliers - assuré Mutualité Ardenne-Meuse"])
        b = [greet(r, lang, None),
             f"Votre affilié(e) {nm} a été hospitalisé(e) chez nous pour {dz[0]} ({days} jours). "
             "Vous trouverez ci-joint l'attestation de soins et la facture détaillée pour remboursement.",
             "Merci de confirmer la prise en charge ou de nous indiquer la marche à suivre."]
    else:
        subj = r.choice(["Certificate of care - Belgian resident", f"Coverage request - NISS {niss}", "Hospital billing - Ardenne-Meuse member"])
        b = [greet(r, lang, None),
             f"Your member {nm} was admitted to our hospital for {dz[1]} ({days} days). Attached are the certificate "
             "of care and the itemized invoice for reimbursement.", "Please confirm coverage or advise us of the next steps."]
    att = A.A_pdf(r.choice(["attestation_soins.pdf", f"Attestation_{G.strip_accents(p.surname)}.pdf"]),
                  A.pdf("Attestation de soins reçus au Canada", [("kv", k, v) for k, v in kv], subtitle=G.ORG["fr"]))
    b.append(sig_block("clerk", lang, r, G.PHONE_MAIN))
    return s.spec(subj, G.staff_addr("clerk"), [G.ext_addr("be_mut")], b, attachments=[att])


def french_patient(c, lang):
    r = c.rng
    s = S(c, lang, "foreign_insurer", L(lang, "étudiant français, CPAM, NIR", "French student, CPAM, NIR"))
    p = c.patient("fr", age=(18, 30))
    nir = s.nir(p)
    nm = s.fullname(p)
    dob = s.dob(p)
    dz = r.choice([("mononucléose compliquée d'hépatite", "mononucleosis with hepatitis", "", ""),
                   ("pneumonie à Mycoplasma", "Mycoplasma pneumonia", "azithromycine 5 jours", "azithromycin 5 days"),
                   ("cellulite post-piqûre, abcès drainé", "cellulitis after insect bite, abscess drained", "céphalexine 500 mg QID", "cephalexin 500 mg QID"),
                   ("infection à gonocoque", "gonococcal infection", "ceftriaxone 500 mg IM x 1", "ceftriaxone 500 mg IM once")])
    s.t("diagnosis")
    if dz[2]:
        s.t("medication")
    if lang == "fr":
        subj = r.choice(["Soins reçus à l'étranger - formulaire", f"Remboursement soins - NIR {nir[:13]}…", "Dossier étudiant en échange - soins"])
        b = [greet(r, lang, None),
             f"Étudiant(e) en échange à l'université, {nm}, née le {dob} " if p.female else
             f"Étudiant en échange à l'université, {nm}, né le {dob} ",
             f"(NIR {nir}), a consulté à notre clinique pour {dz[0]}" + (f", traité par {dz[2]}." if dz[2] else "."),
             "Ci-joint la facture acquittée et le formulaire de soins reçus à l'étranger pour remboursement."]
        b = [b[0], b[1] + b[2], b[3]]
    else:
        subj = r.choice(["Care received abroad - form", "Reimbursement request - French student", "Exchange student - care record"])
        b = [greet(r, lang, None),
             f"Exchange student {nm}, born {dob} (NIR {nir}), was seen at our clinic for {dz[1]}"
             + (f", treated with {dz[3]}." if dz[3] else "."),
             "Attached are the paid invoice and the care-abroad form for reimbursement."]
    lines = [("kv", "Nom", nm), ("kv", "Né(e) le", dob), ("kv", "NIR", nir), ("kv", "Adresse en France", s.addr(p)),
             ("kv", "Motif", dz[0]), ("kv", "Montant", f"{r.randrange(180, 900)},00 CAD")]
    atts = [A.A_pdf("formulaire_soins_etranger.pdf", A.pdf("Soins reçus hors de France", lines, subtitle=G.ORG["fr"]))] if r.random() < 0.6 else []
    if not atts:
        s.types.discard("patient_contact")
        s.must.remove(p.addr1)
    b.append(sig_block("clerk", lang, r, G.PHONE_MAIN))
    return s.spec(subj, G.staff_addr("clerk"), [G.ext_addr("fr_cpam")], b, attachments=atts)


def social_case(c, lang):
    r = c.rng
    s = S(c, lang, "social", L(lang, "situation sociale d'un patient", "patient social situation"))
    k = r.randrange(4)
    p = c.patient(r.choice(["qc", "en", "nam"]), age=(3, 14) if k == 1 else (19, 70))
    if p.nam:
        who = id_line(s, p, lang, layout=r.choice([1, 3]))
    else:
        who = s.name(p, r.choice(["full", "title_full", "caps", "initial"]))
    mrn = s.mrn(p) if r.random() < 0.5 else None
    s.t("social_information", "diagnosis")
    ref = f" ({mrn})" if mrn else ""
    if lang == "fr":
        if k == 0:
            s.t("medication")
            body = [f"Concernant {who}{ref} : endocardite tricuspidienne à SASM, usage de drogues IV actif. "
                    "Le congé avec PICC à domicile n'est pas sécuritaire (sans logement, dort au refuge).",
                    "Options : compléter la céfazoline à l'hôpital, ou relais oral (céfadroxil) + suivi au centre de jour. "
                    "Il ou elle est prestataire de l'aide sociale; la pharmacie demande une exception pour la couverture.",
                    "Pouvez-vous rencontrer la personne demain pour la demande de logement supervisé?"]
            subj = "Congé complexe - besoin TS"
        elif k == 1:
            s.t("medication")
            body = [f"Enfant {who}{ref}, gale croûtée et impétigo surinfecté. Vit en famille d'accueil depuis "
                    "3 semaines; dossier ouvert à la DPJ (intervenante : Mme Gervais).",
                    "Traitement : perméthrine 5 % J1 et J8 + céphalexine. Toute la famille d'accueil doit être traitée; "
                    "nous avons besoin de l'autorisation de la DPJ pour transmettre les ordonnances."]
            subj = "Gale - enfant en famille d'accueil (DPJ)"
        elif k == 2:
            s.t("lab_result")
            body = [f"{who}{ref}, demandeur(se) d'asile arrivé(e) il y a 2 mois, couvert(e) par le PFSI. "
                    f"IGRA positif, RX normale : TB latente. Antécédents de détention et de violence rapportés.",
                    "Besoin d'un interprète (tigrinya) pour la prochaine visite et d'une évaluation psychosociale. "
                    "Hébergé(e) au YMCA - pas d'adresse stable."]
            subj = "Demandeur d'asile - TB latente, besoin TS"
        else:
            s.t("medication")
            body = [f"{who}{ref} s'est présentée après une agression sexuelle par son conjoint. PPE VIH débutée "
                    "(Biktarvy x 28 jours) et traitement empirique ITSS donné.",
                    "Elle ne souhaite pas porter plainte pour l'instant. Elle ne peut pas retourner au domicile : "
                    "une place en maison d'hébergement est demandée. Merci de ne pas appeler au numéro du domicile."]
            subj = "Confidentiel - PPE et situation de violence"
    else:
        if k == 0:
            s.t("medication")
            body = [f"Re {who}{ref}: MSSA tricuspid endocarditis, active injection drug use. Discharge home with a PICC is "
                    "not safe (no fixed address, sleeping at the shelter).",
                    "Options: finish cefazolin in hospital, or step down to oral cefadroxil with day-centre follow-up. "
                    "The patient is on social assistance; the pharmacy is requesting a coverage exception.",
                    "Could you meet them tomorrow about the supervised housing application?"]
            subj = "Complex discharge - SW needed"
        elif k == 1:
            s.t("medication")
            body = [f"Child {who}{ref}, crusted scabies and superinfected impetigo. In foster care for 3 weeks; open file with "
                    "youth protection (DPJ worker: Ms. Gervais).",
                    "Treatment: permethrin 5% day 1 and 8 plus cephalexin. The whole foster household needs treatment; "
                    "we need DPJ authorization to send the prescriptions."]
            subj = "Scabies - child in foster care (DPJ)"
        elif k == 2:
            s.t("lab_result")
            body = [f"{who}{ref}, asylum claimant arrived 2 months ago, covered by IFHP. IGRA positive, CXR normal: latent TB. "
                    "Reports history of detention and violence.",
                    "Needs a Tigrinya interpreter for next visit and a psychosocial assessment. Staying at the YMCA, no stable address."]
            subj = "Asylum claimant - LTBI, SW needed"
        else:
            s.t("medication")
            body = [f"{who}{ref} presented after a sexual assault by her partner. HIV PEP started (Biktarvy x 28 days) and "
                    "empiric STI treatment given.",
                    "She does not wish to file a complaint for now and cannot return home: a shelter bed has been requested. "
                    "Please do not call the home number."]
            subj = "Confidential - PEP and IPV situation"
    if k == 3 and not p.female:
        body = [x.replace("s'est présentée", "s'est présenté").replace("son conjoint", "son conjoint").replace("Elle ", "La personne ")
                .replace("her partner", "their partner").replace("She does", "They do") for x in body]
    frm = r.choice(["idmd", "hiv", "sw"]) if lang == "fr" else r.choice(["idmd_en", "hiv", "sw"])
    to = "sw" if frm != "sw" else "chief"
    b = [greet(r, lang, G.STAFF[to][0])] + body + [sig_block(frm, lang, r)]
    return s.spec(subj, G.staff_addr(frm), [G.staff_addr(to)], b)


TEMPLATES = {
    "opat_referral": opat_referral, "opat_labs": opat_labs, "opat_transport": opat_transport,
    "picc_issue": picc_issue, "insurer_form": insurer_form, "ontario_patient": ontario_patient,
    "belgian_patient": belgian_patient, "french_patient": french_patient, "social_case": social_case,
}
