"""Positive (confidential) messages, part C: vCards, attached .eml, other
jurisdictions' identifiers, quoted history, HTML-only, identifier-only."""
import datetime

import gen_attach as A
import gen_ids as I
import gen_mime as M
import gen_text as T
from gen_ctx import Mail
from gen_pos_a import name_fact, parent_of, pron, use_nam


# ---------------------------------------------------------------------------
def vcard(c):
    lang = c.lang()
    p = c.patient(c.pick(["adult", "senior"]), lang)
    clerk = c.staff("unit clerk", "clinical coordinator", "clinical nurse")
    inst = c.inst()
    street, city, pc = c.home_address()
    ph, ph2 = c.phone(), c.phone()
    dx_fr, dx_en = c.pick(T.DX)
    m = Mail(lang, "vcard", "patient contact card (vCard) with medical note")
    m.frm = c.addr(clerk, inst)
    m.to = [c.addr(c.staff("clinical nurse", "immunotherapy nurse", "allergist"), inst)]
    m.types |= {"patient_name", "patient_contact", "diagnosis", "date_of_birth"}
    m.facts.append(p.surname)
    note = (f"Patient clinique d'allergie – {dx_fr}. Préfère être joint le soir." if lang == "fr"
            else f"Allergy clinic patient - {dx_en}. Prefers evening calls.")
    vcf = A.make_vcf(p.full, p.surname, p.given, tels=[("CELL", ph), ("HOME", ph2)], emails=[c.personal_email(p)],
                     adr=(street, city, "QC", pc), bday=p.dob.isoformat(), note=note)
    m.attach(vcf, "text/vcard", f"{I.ascii_fold(p.given)} {I.ascii_fold(p.surname)}.vcf" if c.chance(0.5) else "contact.vcf")
    if lang == "fr":
        m.subject = c.pick(["Coordonnées patient", "Nouvelle fiche contact", "Contact pour rappel"])
        m.text = c.pick(["Voici la fiche contact à jour pour les rappels.", "Nouvelles coordonnées, voir la carte jointe.",
                         "Bonjour,\n\nLa patiente a changé de numéro. Fiche jointe.\n\nMerci"]) + f"\n\n{clerk[0]}"
    else:
        m.subject = c.pick(["Patient contact details", "Updated contact card", "Callback contact"])
        m.text = c.pick(["Updated contact card for callbacks attached.", "New contact details, see card.",
                         "Hi,\n\nPatient changed phone number. Card attached.\n\nThanks"]) + f"\n\n{clerk[0]}"
    return m


# ---------------------------------------------------------------------------
def eml_attached(c):
    lang = c.lang()
    p = c.patient("any", lang)
    lab = ("Laboratoire d'immunologie" if lang == "fr" else "Immunology Laboratory")
    inst = c.inst()
    doc = c.staff("allergist", "immunologist")
    res = c.staff("immunology resident", "allergy fellow")
    mrn = c.mrn()
    m = Mail(lang, "eml_forward", "lab result message forwarded as an attached .eml")
    m.frm = c.addr(doc, inst)
    m.to = [c.addr(res, inst)]
    m.types |= {"patient_name", "mrn", "lab_result", "diagnosis"}
    m.facts += [p.surname, mrn]
    food_fr, food_en, comp = c.pick(T.FOOD)
    vals = [round(c.rng.uniform(0.1, 80), 2) for _ in range(3)]
    if lang == "fr":
        inner_subj = f"Résultats IgE spécifiques – {p.surname.upper()} {p.given}"
        inner = (f"Patient : {p.upper_rev}\nDossier : {mrn}\nPrélevé le : {c.day(-10, -2).isoformat()}\n\n"
                 f"IgE totales : {c.rng.randint(60, 900)} kU/L\nIgE spécifiques {food_fr} : {str(vals[0]).replace('.', ',')} kU/L\n"
                 f"{comp} : {str(vals[1]).replace('.', ',')} kU/L\nTryptase : {str(vals[2] / 10).replace('.', ',')[:4]} µg/L\n\n"
                 "Commentaire : sensibilisation compatible avec une allergie alimentaire IgE-médiée.\n")
    else:
        inner_subj = f"Specific IgE results - {p.surname.upper()}, {p.given}"
        inner = (f"Patient: {p.upper_rev}\nMRN: {mrn}\nCollected: {c.day(-10, -2).isoformat()}\n\n"
                 f"Total IgE: {c.rng.randint(60, 900)} kU/L\n{food_en} sIgE: {vals[0]} kU/L\n{comp}: {vals[1]} kU/L\n"
                 f"Tryptase: {str(vals[2] / 10)[:4]} µg/L\n\nComment: sensitisation consistent with IgE-mediated food allergy.\n")
    inner_from = (lab, f"labo.immuno@{inst[2]}")
    cs = c.pick(["utf-8", "iso-8859-1"])
    root = M.text_part(inner, "plain", cs, c.pick(["quoted-printable", "8bit", "base64"]))
    hdrs = [("From", M.enc_addr(*inner_from)), ("To", M.enc_addr(f"{doc[0]} {doc[1]}", c.email_of(doc, inst))),
            ("Subject", M.enc_header(inner_subj, cs)), ("Date", "Mon, 10 Feb 2025 07:12:40 -0500"),
            ("Message-ID", f"<{c.rng.getrandbits(48):012x}.lab@{inst[2]}>")]
    inner_bytes = M.message(hdrs, root)
    m.attach_eml(inner_bytes, c.pick([None, "Résultats.eml" if lang == "fr" else "Results.eml", f"{inner_subj}.eml"]))
    if lang == "fr":
        m.subject = c.pick(["TR: résultats", "À revoir avec moi demain", "Pour ta consult de jeudi"])
        m.text = c.pick(["Peux-tu regarder ces résultats avant la clinique?", "Voir le message joint.", "FYI, à discuter."]) + f"\n\n{doc[0]}"
    else:
        m.subject = c.pick(["FW: results", "Please review before tomorrow", "For your Thursday consult"])
        m.text = c.pick(["Can you look at these before clinic?", "See attached message.", "FYI, let's discuss."]) + f"\n\n{doc[0]}"
    return m


# ---------------------------------------------------------------------------
def ontario(c):
    lang = c.lang(0.35)
    p = c.patient("any", lang)
    hcn = I.gen_ohip(c.rng)
    vc = c.pick(["", "AB", "KJ", "ZX", ""])
    fmt = I.fmt_ohip(hcn, c.pick(["plain", "space", "dash", "fullwidth"]), vc)
    doc = c.staff("allergist", "immunologist", "paediatric allergist")
    inst = c.inst()
    ott = ("Ottawa Regional Allergy Centre", "referrals@ottawa-allergy.example")
    m = Mail(lang, "ontario_hcn", "inter-provincial transfer with Ontario health number")
    m.frm = c.addr(doc, inst)
    m.to = [ott]
    m.types |= {"patient_name", "ca_health_number", "date_of_birth", "diagnosis", "medication"}
    m.facts += [p.surname, hcn]
    dx_fr, dx_en, rx_fr, rx_en = c.pick(T.DX_RX)
    if lang == "fr":
        m.subject = c.pick(["Transfert de suivi – déménagement en Ontario", f"Transfert {p.surname}", "Demande de prise en charge"])
        m.text = "\n".join([T.greeting(c.rng, "fr"), "",
                            f"{p.full} (DDN {p.dob.isoformat()}) déménage à Ottawa. Carte Santé Ontario : {fmt}.",
                            f"Diagnostic : {dx_fr}. Traitement actuel : {rx_fr}.",
                            "Pourriez-vous assurer la suite du suivi? Notes de consultation disponibles sur demande.",
                            "", c.sig(doc, inst, "fr")])
    else:
        m.subject = c.pick(["Transfer of care - moving to Ontario", f"Transfer {p.surname}", "Request to assume care"])
        m.text = "\n".join([T.greeting(c.rng, "en"), "",
                            f"{p.full} (DOB {p.dob.isoformat()}) is moving to Ottawa. Ontario health card: {fmt}.",
                            f"Diagnosis: {dx_en}. Current treatment: {rx_en}.",
                            "Could your clinic take over follow-up? Consult notes available on request.",
                            "", c.sig(doc, inst, "en")])
    return m


# ---------------------------------------------------------------------------
def sin_insurance(c):
    lang = c.lang()
    p = c.patient("adult", lang)
    sin = I.gen_sin(c.rng)
    fmt = I.fmt_sin(sin, c.pick(["plain", "space", "dash", "dots", "fullwidth"]))
    sw = c.staff("social worker", "allergist", "immunologist")
    inst = c.inst()
    m = Mail(lang, "sin_form", "income-support / disability form with patient SIN")
    m.frm = c.addr(sw, inst)
    m.to = [("Service à la clientèle" if lang == "fr" else "Claims", f"reclamations@assurance-{c.rng.randint(10, 99)}.example")]
    m.types |= {"patient_name", "ca_sin", "social_information", "diagnosis"}
    m.facts += [p.surname, sin]
    dx_fr, dx_en = c.pick(T.DX[3:7] + [T.DX[11]])
    as_pdf = c.chance(0.5)
    if lang == "fr":
        lines = [f"Nom du requérant : {p.full}", f"NAS : {fmt}", f"Diagnostic : {dx_fr}",
                 "Limitations : perfusions mensuelles, infections récurrentes, absences fréquentes.",
                 "Demande : prolongation de l'invalidité de longue durée / aide financière de dernier recours."]
        m.subject = c.pick(["Formulaire d'invalidité", "Demande de prestations – rapport médical", "Attestation médicale"])
        intro = "Bonjour,\n\nVeuillez trouver " + ("ci-joint le rapport médical complété." if as_pdf else "les renseignements demandés :")
    else:
        lines = [f"Claimant: {p.full}", f"SIN: {fmt}", f"Diagnosis: {dx_en}",
                 "Restrictions: monthly infusions, recurrent infections, frequent absences.",
                 "Request: extension of long-term disability / income support."]
        m.subject = c.pick(["Disability form", "Benefits application - medical report", "Medical certificate"])
        intro = "Hello,\n\n" + ("Please find the completed medical report attached." if as_pdf else "Here is the requested information:")
    if as_pdf:
        pdf = A.make_pdf("Rapport médical" if lang == "fr" else "Attending physician statement", lines, author=sw[1])
        m.attach(pdf, "application/pdf", c.pick(["rapport_medical.pdf" if lang == "fr" else "APS.pdf", f"{p.surname}_formulaire.pdf"]))
        m.text = intro + f"\n\n{c.sig(sw, inst, lang)}"
    else:
        m.text = intro + "\n\n" + "\n".join(lines) + f"\n\n{c.sig(sw, inst, lang)}"
    return m


# ---------------------------------------------------------------------------
def nir(c):
    lang = c.lang(0.8)
    p = c.patient(c.pick(["adult", "child"]), "fr")
    n = I.gen_nir(c.rng, p.dob, p.sex)
    fmt = I.fmt_nir(n, c.pick(["plain", "space", "key", "dots"]))
    doc = c.staff("allergist", "paediatric allergist", "immunologist")
    inst = c.inst()
    food_fr, food_en, _ = c.pick(T.FOOD)
    m = Mail(lang, "fr_nir", "French patient's follow-up letter with NIR")
    m.frm = c.addr(doc, inst)
    m.to = [("Dr Mathilde Rousseau", "cabinet.rousseau@medecin-lyon.example")]
    m.types |= {"patient_name", "fr_nir", "diagnosis", "medication"}
    m.facts += [p.surname, n]
    with_dob = c.chance(0.5)
    if with_dob:
        m.types.add("date_of_birth")
    if lang == "fr":
        m.subject = c.pick(["Courrier de suivi – patient français", "Anaphylaxie lors d'un séjour au Québec", f"Suivi {p.surname}"])
        m.text = "\n".join(["Chère consœur,", "",
                            f"J'ai vu {p.full}{', né(e) le ' + c.fdate(p.dob, 'fr', 'long') if with_dob else ''} (n° de sécurité sociale {fmt}) "
                            f"à notre urgence lors d'un séjour à Montréal, pour une anaphylaxie après ingestion {T.de_fr(food_fr)}.",
                            "Traitement : adrénaline IM 0,5 mg, observation 8 h, évolution favorable.",
                            "Je recommande deux stylos d'adrénaline (Anapen 0,3 mg) et une consultation d'allergologie à son retour.",
                            "", "Bien confraternellement,", "", c.sig(doc, inst, "fr")])
    else:
        m.subject = c.pick(["Follow-up letter - French visitor", "Anaphylaxis during stay in Quebec"])
        m.text = "\n".join(["Dear colleague,", "",
                            f"I saw {p.full}{', born ' + c.fdate(p.dob, 'en', 'long') if with_dob else ''} (French social security no. {fmt}) "
                            f"in our ED during a stay in Montreal, for anaphylaxis after eating {food_en}.",
                            "Treated with IM adrenaline 0.5 mg, observed 8 h, uneventful recovery.",
                            "I recommend two adrenaline pens (Anapen 0.3 mg) and allergy review on return.",
                            "", "Kind regards,", "", c.sig(doc, inst, "en")])
    return m


# ---------------------------------------------------------------------------
def niss(c):
    lang = c.lang(0.6)
    p = c.patient(c.pick(["adult", "child"]), lang)
    n = I.gen_niss(c.rng, p.dob, p.sex)
    fmt = I.fmt_niss(n, c.pick(["plain", "official", "space", "fullwidth"]))
    nurse = c.staff("immunotherapy nurse", "clinical nurse")
    inst = c.inst()
    food_fr, food_en, _ = c.pick(T.FOOD[:6])
    dose = c.pick([300, 600, 1000])
    m = Mail(lang, "be_niss", "Belgian exchange student continuing OIT, with NISS")
    m.frm = c.addr(nurse, inst)
    m.to = [("Service d'allergologie – UZ/CHU", "allergo.secretariat@chu-liege-exemple.example")]
    m.types |= {"patient_name", "be_niss", "diagnosis", "medication"}
    m.facts += [p.surname, n]
    if lang == "fr":
        m.subject = c.pick(["Poursuite de l'immunothérapie orale en Belgique", "Transfert ITO – étudiant d'échange", f"ITO {p.surname}"])
        m.text = "\n".join([T.greeting(c.rng, "fr"), "",
                            f"{p.full} (NISS {fmt}) rentre en Belgique après son échange. {pron(p, 'fr')[0].capitalize()} est en phase "
                            f"d'entretien d'immunothérapie orale {T.a_fr(food_fr)} : {dose} mg de protéine par jour, bien tolérée.",
                            "Auto-injecteur : Jext 0,3 mg x 2. Dernière réaction : aucune depuis 8 mois.",
                            "Merci de prendre le relais; je joins volontiers le protocole.", "", c.sig(nurse, inst, "fr")])
    else:
        m.subject = c.pick(["Continuing oral immunotherapy in Belgium", "OIT transfer - exchange student"])
        m.text = "\n".join([T.greeting(c.rng, "en"), "",
                            f"{p.full} (NISS {fmt}) is returning to Belgium after the exchange. {pron(p, 'en')[0].capitalize()} is on "
                            f"{food_en} OIT maintenance, {dose} mg protein daily, well tolerated.",
                            "Auto-injector: Jext 0.3 mg x2. No reaction in 8 months.",
                            "Could you take over? Happy to send the protocol.", "", c.sig(nurse, inst, "en")])
    return m


# ---------------------------------------------------------------------------
def quoted_history(c):
    lang = c.lang()
    p = c.patient("any", lang)
    a = c.staff("allergist", "immunologist", "allergy fellow")
    b = c.staff("clinical nurse", "unit clerk", "immunotherapy nurse", "pharmacist")
    inst = c.inst()
    mrn = c.mrn() if c.chance(0.5) else None
    m = Mail(lang, "reply_quoted", "short reply; patient details only in the quoted earlier messages")
    m.frm = c.addr(a, inst)
    m.to = [c.addr(b, inst)]
    m.reply = True
    m.types |= {"patient_name", "medication"}
    m.facts.append(p.surname)
    if mrn:
        m.types.add("mrn")
        m.facts.append(mrn)
    when1 = c.fdate(c.day(-3, -1), lang, "long")
    v = c.rng.randrange(3)
    if lang == "fr":
        q1 = [f"Bonjour Dr {a[1]},\n\n{p.title('fr')} {p.surname}{' (dossier ' + mrn + ')' if mrn else ''} a appelé : elle a encore eu "
              "de l'urticaire malgré la cétirizine 20 mg BID. On augmente à QID ou on demande le Xolair?\n\nMerci",
              f"Bonjour,\n\nLa pharmacie demande si on peut substituer l'EpiPen par Allerject pour {p.full}{' (dossier ' + mrn + ')' if mrn else ''}, "
              "rupture de stock.\n\nMerci",
              f"Allo,\n\nPour {p.given} {p.surname}{', dossier ' + mrn if mrn else ''} : la perfusion IgIV de jeudi, on garde la prémédication "
              "avec hydrocortisone 100 mg IV? Réaction légère la dernière fois (céphalée)."][v]
        reply = c.pick(["Oui, on va de l'avant.", "OK fait, merci.", "Oui c'est correct.", "D'accord, je signe l'ordonnance.",
                        "Oui. Je m'en occupe cet après-midi."])
        m.subject = "RE: " + c.pick(["question", "Appel patient", "pharmacie", "Perfusion jeudi", "Rx"])
    else:
        q1 = [f"Hi Dr. {a[1]},\n\n{p.title('en')} {p.surname}{' (MRN ' + mrn + ')' if mrn else ''} called: still getting hives on "
              "cetirizine 20 mg BID. Go up to QID or apply for Xolair?\n\nThanks",
              f"Hi,\n\nPharmacy is asking if we can switch EpiPen to Allerject for {p.full}{' (MRN ' + mrn + ')' if mrn else ''}, "
              "backorder.\n\nThanks",
              f"Hi,\n\nFor {p.given} {p.surname}{', MRN ' + mrn if mrn else ''}: Thursday's IVIG infusion, keep premeds with "
              "hydrocortisone 100 mg IV? Mild reaction last time (headache)."][v]
        reply = c.pick(["Yes, go ahead.", "Done, thanks.", "Yes that's fine.", "OK, I'll sign the order.", "Yes. Will do this afternoon."])
        m.subject = "RE: " + c.pick(["question", "Patient call", "pharmacy", "Thursday infusion", "Rx"])
    if v in (0, 2):
        m.types.add("diagnosis")
    quoted = T.quote_block(c.rng, q1, lang, f"{b[0]} {b[1]} <{c.email_of(b, inst)}>", when1, m.subject[4:])
    m.text = reply + "\n\n" + a[0] + "\n\n" + quoted
    if c.chance(0.3):
        m.html = T.to_html(m.text, c.rng)
        m.form = "alt"
    return m


# ---------------------------------------------------------------------------
def html_only(c):
    lang = c.lang()
    p = c.patient("any", lang)
    a = c.staff("allergist", "immunologist", "paediatric allergist", "allergy fellow")
    inst = c.inst()
    dx_fr, dx_en, rx_fr, rx_en = c.pick(T.DX_RX)
    m = Mail(lang, "html_note", "HTML-only clinic note with name split by tags and entities")
    m.frm = c.addr(a, inst)
    m.to = [c.addr(c.staff(), inst)]
    m.types |= {"patient_name", "diagnosis", "medication"}
    m.facts.append(p.surname)
    if lang == "fr":
        m.subject = c.pick(["Note rapide", "Suivi clinique d'hier", "Petite note"])
        body = (f"<p>Bonjour,</p><p>Vu hier&nbsp;: <b>{T.html_entities(p.surname.upper())}</b>, "
                f"<i>{T.html_entities(p.given)}</i> &ndash; {T.html_entities(dx_fr)}.</p>"
                f"<ul><li>{T.html_entities('Débuter ' + rx_fr)}</li>"
                f"<li>{T.html_entities('Revoir dans 3 mois')}</li></ul><p>{a[0]}</p>")
    else:
        m.subject = c.pick(["Quick note", "Yesterday's clinic follow-up", "Note"])
        body = (f"<p>Hi,</p><p>Seen yesterday: <b>{T.html_entities(p.surname.upper())}</b>, "
                f"<i>{T.html_entities(p.given)}</i> &mdash; {T.html_entities(dx_en)}.</p>"
                f"<ul><li>Start {T.html_entities(rx_en)}</li>"
                f"<li>Review in 3 months</li></ul><p>{a[0]}</p>")
    m.html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>p{margin:0 0 8px}</style></head>'
              f'<body><div style="font-family:Verdana;font-size:10pt">{body}</div></body></html>\n')
    m.form = "html"
    return m


# ---------------------------------------------------------------------------
def nam_only(c):
    lang = c.lang()
    p = c.holder()
    a = c.staff("clinical nurse", "unit clerk", "pharmacist", "immunotherapy nurse")
    inst = c.inst()
    m = Mail(lang, "nam_only", "disguised NAM without name, with medication / diagnosis")
    m.frm = c.addr(a, inst)
    m.to = [c.addr(c.staff(), inst)]
    nam = use_nam(c, m, p, c.pick(["fullwidth", "dots", "lower", "slash", "wide", "space", "dash"]))
    v = c.rng.randrange(4)
    if lang == "fr":
        t = [f"NAM {nam} : renouvellement EpiPen 0,3 mg x 2 à faxer à la pharmacie.",
             f"Pour le {nam}, IgIV reportée à cause d'une infection active (fièvre 38,9).",
             f"{nam} – test cutané positif au latex (9 mm), ajouter l'allergie au dossier.",
             f"Carte {nam} : allergie pénicilline retirée après provocation négative à l'amoxicilline."][v]
        m.subject = c.pick(["Suivi", "À traiter", "Dossier – mise à jour", "Note"])
        m.text = f"{t}\n\n{a[0]}"
    else:
        t = [f"RAMQ {nam}: EpiPen 0.3 mg x2 renewal, please fax to pharmacy.",
             f"For {nam}, IVIG postponed due to active infection (fever 38.9).",
             f"{nam} - latex skin test positive (9 mm), add allergy to chart.",
             f"Card {nam}: penicillin allergy removed after negative amoxicillin challenge."][v]
        m.subject = c.pick(["Follow-up", "To action", "Chart update", "Note"])
        m.text = f"{t}\n\n{a[0]}"
    m.types |= [{"medication"}, {"medication", "diagnosis"}, {"lab_result", "diagnosis"}, {"medication", "diagnosis"}][v]
    return m


# ---------------------------------------------------------------------------
def mrn_only(c):
    lang = c.lang()
    a = c.staff("allergist", "allergy fellow", "clinical nurse")
    inst = c.inst()
    mrn = c.mrn()
    m = Mail(lang, "mrn_only", "chart number without name, with challenge result / diagnosis")
    m.frm = c.addr(a, inst)
    m.to = [("Archives médicales" if lang == "fr" else "Health records", f"archives@{inst[2]}")]
    m.types |= {"mrn", "diagnosis"}
    m.facts.append(mrn)
    food_fr, food_en, _ = c.pick(T.FOOD)
    if lang == "fr":
        m.subject = c.pick([f"Dossier {mrn}", "Ajout d'allergie au dossier", "Correction – liste d'allergies"])
        m.text = (f"Bonjour,\n\nDossier {mrn} : TPO {T.a_fr(food_fr)} positif ce matin (urticaire + vomissements à la 4e dose, "
                  f"épinéphrine IM x 1). Merci d'ajouter « allergie {T.a_fr(food_fr)} – anaphylaxie » à la liste d'allergies.\n\n{a[0]} {a[1]}")
    else:
        m.subject = c.pick([f"Chart {mrn}", "Add allergy to chart", "Allergy list correction"])
        m.text = (f"Hello,\n\nMRN {mrn}: {food_en} OFC positive this morning (hives + vomiting at dose 4, IM epinephrine x1). "
                  f"Please add '{food_en} allergy - anaphylaxis' to the allergy list.\n\n{a[0]} {a[1]}")
    m.types.add("medication")
    return m


# ---------------------------------------------------------------------------
def venom_hae(c):
    lang = c.lang()
    p = c.patient(c.pick(["adult", "senior"]), lang)
    doc = c.staff("allergist", "immunologist")
    nurse = c.staff("immunotherapy nurse", "clinical nurse")
    inst = c.inst()
    venom = c.chance(0.5)
    m = Mail(lang, "venom_or_hae", "venom immunotherapy schedule / HAE plan for a named patient")
    m.frm = c.addr(doc, inst)
    m.to = [c.addr(nurse, inst)]
    m.types |= {"patient_name", "diagnosis", "medication"}
    m.facts.append(p.surname)
    with_mrn = c.chance(0.5)
    mrn = c.mrn() if with_mrn else None
    if with_mrn:
        m.types.add("mrn")
        m.facts.append(mrn)
    rows = []
    if venom:
        doses = [0.1, 1, 10, 20, 40, 60, 80, 100] if c.chance(0.5) else [1, 10, 50, 100]
        d0 = c.workday(5, 20)
        for i, d in enumerate(doses):
            rows.append([(d0 + datetime.timedelta(weeks=i)).isoformat(), f"{d} µg"])
        if lang == "fr":
            m.subject = c.pick(["Protocole ITV – venin de guêpe", f"Immunothérapie au venin – {p.surname}"])
            head = (f"{p.full}{' (dossier ' + mrn + ')' if mrn else ''} : allergie au venin de guêpe jaune (réaction systémique grade III), "
                    "IgE venin guêpe positives. Début de l'immunothérapie au venin selon le calendrier :")
        else:
            m.subject = c.pick(["VIT protocol - yellow jacket", f"Venom immunotherapy - {p.surname}"])
            head = (f"{p.full}{' (MRN ' + mrn + ')' if mrn else ''}: yellow jacket venom allergy (grade III systemic reaction), "
                    "positive venom sIgE. Starting VIT per schedule:")
    else:
        rows = [["Prophylaxie" if lang == "fr" else "Prophylaxis", "lanadelumab 300 mg SC q2 sem" if lang == "fr" else "lanadelumab 300 mg SC q2w"],
                ["Crise" if lang == "fr" else "Attack", "icatibant 30 mg SC, répéter après 6 h PRN" if lang == "fr" else "icatibant 30 mg SC, may repeat after 6 h"],
                ["Pré-intervention" if lang == "fr" else "Pre-procedure", "C1-INH 1000 U IV 1 h avant" if lang == "fr" else "C1-INH 1000 U IV 1 h before"]]
        if lang == "fr":
            m.subject = c.pick(["Plan AOH", f"Angio-œdème héréditaire – plan de traitement {p.surname}"])
            head = f"Plan pour {p.title('fr')} {p.surname}{' (no dossier ' + mrn + ')' if mrn else ''}, angio-œdème héréditaire type 1 :"
        else:
            m.subject = c.pick(["HAE plan", f"Hereditary angioedema - treatment plan {p.surname}"])
            head = f"Plan for {p.title('en')} {p.surname}{' (chart ' + mrn + ')' if mrn else ''}, hereditary angioedema type 1:"
    m.text = head + "\n\n" + T.text_table(rows) + "\n\n" + c.sig(doc, inst, lang)
    if c.chance(0.5):
        m.html = T.to_html(head, c.rng).replace("</body></html>\n", T.html_table(rows, header=False) + f"<p>{doc[0]}</p></body></html>\n")
        m.form = "alt"
    return m


# ---------------------------------------------------------------------------
def zip_referral(c):
    lang = c.lang()
    p = c.holder("notchild")
    doc = c.staff("allergist", "immunologist")
    inst = c.inst()
    m = Mail(lang, "zip_bundle", "ZIP with skin-test PDF and DOCX letter for a NAM holder")
    m.frm = c.addr(doc, inst)
    m.to = [("Archives" if lang == "fr" else "Records", f"archives@{c.inst()[2]}")]
    nam = use_nam(c, m, p, "plain")
    name_fact(m, p)
    m.types |= {"lab_result", "diagnosis", "date_of_birth"}
    rows = [["Allergène" if lang == "fr" else "Allergen", "Papule (mm)" if lang == "fr" else "Wheal (mm)"]]
    for a_fr, a_en, _ in c.rng.sample(T.FOOD, 5):
        rows.append([a_fr if lang == "fr" else a_en, c.rng.randint(0, 12)])
    rows += [["Histamine", 6], ["Salin" if lang == "fr" else "Saline", 0]]
    pdf = A.make_pdf("Tests cutanés" if lang == "fr" else "Skin prick tests",
                     [f"{p.upper_rev} – {nam} – {p.dob.isoformat()}"], author=doc[1], table=rows)
    letter = A.make_docx("Lettre" if lang == "fr" else "Letter",
                         [f"{p.full} ({p.dob.isoformat()})",
                          "Sensibilisation multiple; allergie alimentaire confirmée." if lang == "fr"
                          else "Multiple sensitisations; confirmed food allergy."], author=doc[1])
    z = A.make_zip([(f"{p.surname}/SPT.pdf", pdf), (f"{p.surname}/lettre.docx" if lang == "fr" else f"{p.surname}/letter.docx", letter)])
    m.attach(z, "application/zip", c.pick(["documents.zip", "dossier.zip" if lang == "fr" else "chart.zip"]))
    m.subject = c.pick(["Documents à numériser", "Pour numérisation"]) if lang == "fr" else c.pick(["Docs to scan", "For scanning"])
    m.text = ("Bonjour, documents pour numérisation au dossier. Merci." if lang == "fr" else "Hi, docs for scanning to chart. Thanks.") + f"\n\n{doc[0]}"
    return m
