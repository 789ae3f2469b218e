"""Confidential messages in French (part 1: referrals, results, lists, logistics)."""
from gen_docs import pdf, docx, xlsx, csv_text, ics, vcard, zip_of
from gen_kit import Acc, me, quote, attribution, outlook_header, fwd_header, ext, shared, dr
from gen_mime import Att, Mail, html_table, text_table, text_to_html
from gen_people import sig, slug, CLINIC_FR, HOSP_FR, PH_CLINIC, FAX_CLINIC, staff_name
from gen_util import fmt_date, day_label

ADULT = lambda h: h.dob.year <= 2005
CHILD = lambda h: h.dob.year >= 2009
SENIOR = lambda h: h.dob.year <= 1962

GMF = [("Dre Francine Albert", "f.albert@gmf-riviere-rouge.example", "GMF de la Rivière-Rouge"),
       ("Dr Mathieu Corriveau", "mcorriveau@cliniquedesiles.example", "Clinique médicale des Îles"),
       ("Dre Nathaly Bouffard", "nbouffard@gmf-valdesloutres.example", "GMF Val-des-Loutres"),
       ("Dr Jean-Philippe Roux", "jp.roux@cmpointe.example", "Centre médical de la Pointe")]

REF_CASES = [
    ("dysphonie depuis 3 mois, fumeur 40 paquets-années, perte de poids de 5 kg",
     "Raucité persistante malgré IPP x 8 sem. Pas de dyspnée. Adénopathie sous-digastrique G palpable ~2 cm.",
     "pantoprazole 40 mg die, salbutamol PRN", "P1 — suspicion de néoplasie laryngée", "dysphonie"),
    ("surdité asymétrique D progressive avec acouphène unilatéral",
     "Audiogramme en pharmacie : écart de 25 dB à 2-4 kHz D>G. Pas d'otorrhée. Instabilité légère.",
     "amlodipine 5 mg, atorvastatine 20 mg", "P3 — IRM des CAI à prévoir ?", "surdité asymétrique"),
    ("obstruction nasale bilatérale, anosmie, polypes visibles",
     "Rhinosinusite chronique, échec de mométasone x 3 mois et 2 cures de prednisone dans l'année. Asthme.",
     "Nasonex 2 vap. BID, Symbicort 200, montélukast 10 mg", "P4", "polypose naso-sinusienne"),
    ("masse cervicale latérale G indolore depuis 6 semaines",
     "Nodule ferme 3 cm niveau II G, pas de fièvre, échographie : adénopathie kystique.",
     "aucune médication régulière", "P1 — masse cervicale chez adulte", "masse cervicale"),
    ("vertiges rotatoires récidivants avec plénitude auriculaire G",
     "Épisodes de 2-3 h, 4 crises/mois, acouphène grave G. Ménière probable.",
     "bétahistine 24 mg BID, hydrochlorothiazide 25 mg", "P3", "maladie de Ménière probable"),
]


def t_reference(c):
    a = Acc(c)
    p = c.holder_patient(ADULT)
    md = c.r.choice(GMF)
    case = REF_CASES[c.idx % len(REF_CASES)]
    nm = a.name(p, c.name_style(["title", "full", "CAPS", "comma"]))
    dob = a.dob(p)
    nam = a.nam(p)
    a.t("diagnosis")
    meds = case[2]
    if "aucune" not in meds:
        a.t("medication")
    tel = a.phone(p)
    with_pdf = c.idx % 2 == 0
    body_lines = ["Bonjour,", ""]
    if with_pdf:
        body_lines += ["Veuillez trouver ci-joint une demande de consultation en ORL pour %s." % nm,
                       "Motif : %s. Priorité suggérée %s." % (case[0], case[3].split(" ")[0]), "",
                       "Merci de confirmer la réception par retour de courriel.", "", "%s" % md[0], md[2]]
        form = pdf("Demande de consultation — Oto-rhino-laryngologie", [
            ("h", "Identification de l'usager"),
            ("t", [["Nom", "Date de naissance", "Sexe", "NAM", "Téléphone"],
                   [p.name("CAPS2"), dob, p.sex, nam, tel]]),
            ("h", "Raison de consultation"), ("p", case[0]),
            ("h", "Renseignements cliniques"), ("p", case[1]),
            ("h", "Médication"), ("p", meds),
            ("h", "Priorité"), ("p", case[3]),
            ("sp", 2), ("p", "Médecin référent : %s — %s" % (md[0], md[2])),
            ("p", "Signature : ______________________   Date : %s" % fmt_date(c.today, "iso", "fr")),
        ], author=md[0], compress=c.idx % 3 != 0)
        atts = [Att("Consultation_ORL_%s.pdf" % slug(p.surname).upper(), "application/pdf", data=form)]
    else:
        body_lines += ["Je vous réfère %s, né%s le %s (NAM %s), tél. %s." % (nm, p.e(), dob, nam, tel), "",
                       "Motif : %s." % case[0], case[1], "", "Rx actuelle : %s." % meds,
                       "Priorité : %s" % case[3], "",
                       "Merci de votre collaboration,", md[0], md[2]]
        atts = []
    subj = c.r.choice(["Demande de consultation ORL", "Réf. ORL — %s" % case[4], "Référence ORL %s" % p.surname.upper(),
                       "Consultation ORL - %s" % case[3].split(" ")[0]])
    if "Référence ORL" in subj:
        a.name(p, "CAPS2")
    return a.mail("referral", "GP referral to ENT triage", ext(md[0], md[1]), [shared("triage", "fr")],
                  subj, "\n".join(body_lines), atts=atts)


AUDIO_PROFILES = [
    ("surdité neurosensorielle bilatérale symétrique modérée (presbyacousie)",
     [("250", 25, 30), ("500", 30, 30), ("1000", 40, 35), ("2000", 50, 50), ("4000", 65, 60), ("8000", 75, 70)],
     "Tympanométrie type A bilatérale. Discrimination 84 % D, 80 % G à 75 dB HL.",
     "candidat aux aides auditives bilatérales"),
    ("surdité de transmission G, écart aérien-osseux 35 dB, compatible avec otospongiose",
     [("250", 10, 45), ("500", 15, 50), ("1000", 10, 45), ("2000", 20, 40), ("4000", 15, 35), ("8000", 20, 30)],
     "Tympanométrie type As G. Réflexes stapédiens absents à G.", "à revoir en ORL pour discuter stapédotomie"),
    ("surdité neurosensorielle brusque D (perte de 60 dB à 3 fréquences contiguës)",
     [("250", 55, 10), ("500", 65, 10), ("1000", 70, 15), ("2000", 75, 15), ("4000", 80, 20), ("8000", 85, 25)],
     "Tympanométrie normale. Discrimination 32 % D.", "corticothérapie débutée ce jour, IRM demandée"),
    ("otite moyenne séreuse bilatérale avec surdité de transmission légère",
     [("250", 30, 35), ("500", 30, 30), ("1000", 25, 30), ("2000", 25, 25), ("4000", 20, 25), ("8000", 20, 20)],
     "Tympanométrie type B bilatérale, volumes normaux.", "liste d'attente pour tubes transtympaniques"),
]


def t_audiogramme(c):
    a = Acc(c)
    use_holder = c.idx % 3 != 2
    p = c.holder_patient() if use_holder else c.patient()
    prof = AUDIO_PROFILES[c.idx % len(AUDIO_PROFILES)]
    aud = c.r.choice(["dionne", "rioux", "campbell"])
    md = c.r.choice(GMF)
    rows = [["Fréq. (Hz)", "CA droite (dB HL)", "CA gauche (dB HL)"]] + [[f, d, g] for f, d, g in prof[1]]
    a.t("lab_result", "diagnosis")
    variant = c.idx % 3
    when = fmt_date(c.earlier(1, 10), "long", "fr")
    if variant == 2:
        # name only in the attachment's file name; document itself carries the chart number
        mrn = a.mrn(p)
        fn = "Audiogramme_%s_%s_%s.pdf" % (p.surname.upper(), p.given, fmt_date(c.today, "iso", "fr"))
        a.names.append(p.surname.upper())
        a.t("patient_name")
        data = pdf("Évaluation audiologique", [
            ("p", "Dossier : %s    Date de l'examen : %s" % (mrn, when)),
            ("h", "Audiométrie tonale"), ("t", rows),
            ("h", "Immittancemétrie et audiométrie vocale"), ("p", prof[2]),
            ("h", "Conclusion"), ("p", prof[0] + " — " + prof[3] + "."),
            ("p", "%s, audiologiste" % staff_name(aud, "fr"))], compress=True)
        body = "Bonjour,\n\nCi-joint le rapport demandé. Bonne journée.\n\n" + sig(aud, "fr", rich=False)
        atts = [Att(fn, "application/pdf", data=data, rfc2231=c.r.random() < 0.5)]
        subj = "Rapport d'audiologie"
        return a.mail("audiogram", "audiology report, name only in file name", me(aud, "fr"),
                      [ext(md[0], md[1])], subj, body, atts=atts)
    nm = a.name(p, c.name_style(["title", "full", "CAPS", "init"]))
    dob = a.dob(p)
    extra = ""
    if p.holder:
        extra = " — NAM %s" % a.nam(p)
    txt = ["Bonjour %s %s," % (md[0].split(" ")[0], md[0].split(" ")[-1]), "",
           "Voici le résumé de l'évaluation audiologique de %s (ddn %s%s) réalisée le %s." % (nm, dob, extra, when), "",
           text_table(rows), "", prof[2], "", "Conclusion : %s." % prof[0], "Recommandation : %s." % prof[3], "",
           "Le rapport complet suivra par télécopieur.", "", sig(aud, "fr")]
    html = None
    if variant == 1:
        html = text_to_html("\n".join(txt[:3]), "fr").replace("</body></html>", "") + html_table(rows) + \
            text_to_html("\n".join(txt[5:]), "fr").split("<body", 1)[1].split(">", 1)[1]
    subj = c.r.choice(["Résultat audiogramme", "Audiogramme %s" % p.name("sur_init"), "Évaluation audiologique — suivi"])
    if "Audiogramme " in subj and subj != "Résultat audiogramme":
        a.names.append(p.name("sur_init"))
    return a.mail("audiogram", "audiogram result to family physician", me(aud, "fr"), [ext(md[0], md[1])],
                  subj, "\n".join(txt), html=html, modes=["alt", "html"] if html else None)


TONSIL_IND = ["amygdalites à répétition (7/an)", "SAHOS pédiatrique, IAH 9", "hypertrophie amygdalienne grade 4 + ronflements",
              "abcès péri-amygdalien x2", "amygdalites récidivantes + halitose", "SAHOS sévère, IAH 22",
              "hypertrophie adéno-amygdalienne, OMS bilatérale", "amygdalite chronique, cryptes caséeuses"]


def t_liste_attente(c):
    a = Acc(c)
    n = c.r.randint(7, 11)
    rows = [["Priorité", "Nom", "Prénom", "DDN", "Dossier", "NAM", "Indication", "Date inscr.", "Tél."]]
    nh = 2 if c.idx % 2 == 0 else 1
    for i in range(n):
        if i < nh:
            p = c.holder_patient(CHILD if c.idx % 3 else None)
        else:
            p = c.patient(age_range=(3, 16))
        a.names.append(p.surname.upper())
        a.t("patient_name")
        dob = a.dob(p, "iso")
        if p.holder:
            a._hold[id(p)][1].append(p.surname.upper())
        nam = a.nam(p, "plain") if p.holder else ""
        rows.append([c.r.choice(["P2", "P3", "P3", "P4"]), p.surname.upper(), p.given, dob, a.mrn(p, "plain"), nam,
                     c.r.choice(TONSIL_IND), fmt_date(c.earlier(60, 500), "iso", "fr"), a.phone(p, "phone", "dash")])
    rows[1:] = sorted(rows[1:], key=lambda r: (r[0], r[7]))
    a.t("diagnosis")
    data = xlsx([("Amygdalectomie", rows), ("Légende", [["Code", "Délai cible"], ["P2", "≤ 3 mois"],
                                                          ["P3", "≤ 6 mois"], ["P4", "≤ 12 mois"]])], author="ORL")
    fn = c.r.choice(["liste_attente_amygdalectomie_%s.xlsx" % c.today.strftime("%Y%m"),
                     "LA amygdales-adénoïdes MAJ %s.xlsx" % c.today.strftime("%d-%m")])
    body = ("Bonjour Mélanie,\n\nVoici la liste d'attente amygdalectomie / adéno-amygdalectomie mise à jour "
            "(Dr Haddad). J'ai retiré les enfants déjà opérés en %s et ajouté les nouvelles inscriptions.\n\n"
            "Peux-tu regarder pour les plages du %s ? On pourrait en passer 4.\n\nMerci !\n\n%s") % (
        c.r.choice(["novembre", "janvier", "février", "mars"]), day_label(c.later(10, 30), "fr"), sig("bisson", "fr"))
    return a.mail("waitlist", "tonsillectomy wait list spreadsheet", me("bisson", "fr"), [me("frechette", "fr")],
                  "Liste d'attente amygdalectomie — mise à jour", body,
                  atts=[Att(fn, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data=data)])



def t_transport(c):
    a = Acc(c)
    p = c.holder_patient(SENIOR) if c.idx % 2 == 0 else c.patient(age_range=(70, 92))
    nm = a.name(p, c.name_style(["CAPS", "full", "title", "comma"]))
    dob = a.dob(p, "iso")
    nam = a.nam(p) if p.holder else None
    adr = a.address(p)
    tel = a.phone(p)
    d = c.later(5, 20)
    why = c.r.choice([
        ("réglage du processeur d'implant cochléaire (surdité profonde bilatérale)", "Programme IC, local 3.12"),
        ("suivi post-laryngectomie totale, changement de prothèse phonatoire", "Clinique ORL, salle 4"),
        ("test d'audition et ajustement des aides auditives — démence légère, accompagnement requis", "Audiologie, cabine 2"),
        ("contrôle nasofibroscopie après radiothérapie (cancer du larynx)", "Clinique ORL, salle 2")])
    a.t("diagnosis")
    mob = c.r.choice(["Fauteuil roulant, transfert avec aide d'une personne.", "Marchette, aide à l'embarquement.",
                      "Autonome à la marche, mais désorienté%s hors domicile." % p.e(),
                      "Ne peut pas utiliser le téléphone (surdité) : joindre la fille au %s." % tel])
    lines = ["Bonjour,", "", "Demande de transport adapté aller-retour :", "",
             "Usager : %s" % nm, "Date de naissance : %s" % dob]
    if nam:
        lines.append("NAM : %s" % nam)
    lines += ["Adresse de prise en charge : %s" % adr, "Téléphone : %s" % tel, "",
              "Rendez-vous : %s à %s — %s" % (day_label(d, "fr", True), c.hour(), why[1]),
              "Motif : %s" % why[0], "Mobilité : %s" % mob, "", "Merci,", "", sig("bisson", "fr")]
    subj = c.r.choice(["Transport adapté — RDV %s" % fmt_date(d, "iso", "fr"), "Demande de transport",
                       "TR: transport %s" % p.surname.upper()])
    if "TR:" in subj:
        a.names.append(p.surname.upper())
    return a.mail("transport", "adapted transport request for follow-up", me("bisson", "fr"),
                  [shared("transport", "fr")], subj, "\n".join(lines))


RX_FR = [
    ("amygdalectomie", ["Acétaminophène 500 mg : 2 co. PO q6h x 10 jours (ne pas dépasser 4 g/j)",
                        "Ibuprofène 400 mg : 1 co. PO q8h avec nourriture x 7 jours",
                        "Hydromorphone 1 mg : 1 co. PO q4h PRN douleur sévère — 12 co., non renouvelable"]),
    ("chirurgie endoscopique des sinus (polypose)", ["Amoxicilline-clavulanate 875 mg BID x 10 jours",
                                                     "Prednisone 30 mg die x 5 jours puis cesser",
                                                     "Irrigations salines + budésonide 0,5 mg/2 mL (Pulmicort) BID x 3 mois"]),
    ("otite externe sévère D", ["Ciprodex gouttes otiques : 4 gttes OD BID x 7 jours",
                                "Mèche en place — retrait à la clinique dans 48 h"]),
    ("surdité brusque G", ["Prednisone 60 mg PO die x 7 jours puis diminuer de 10 mg q2 jours",
                           "Pantoprazole 40 mg die pendant la corticothérapie"]),
    ("laryngite de reflux", ["Ésoméprazole 40 mg BID 30 min avant repas x 3 mois",
                             "Gaviscon Advance 10 mL après repas et HS"]),
]


def t_ordonnance(c):
    a = Acc(c)
    p = c.holder_patient(ADULT)
    rx = RX_FR[c.idx % len(RX_FR)]
    doc = c.r.choice(["vachon", "haddad", "raman", "lacasse"])
    nm = a.name(p, c.name_style(["CAPS", "full", "comma", "CAPS2"]))
    dob = a.dob(p)
    nam = a.nam(p)
    a.t("medication", "diagnosis")
    allergy = c.r.choice(["Aucune allergie connue", "Allergie : pénicilline (urticaire)", "Allergie : codéine (nausées)",
                          "Allergie : sulfamides"])
    if "pénicilline" in allergy and "Amoxicilline" in rx[1][0]:
        allergy = "Allergie : sulfamides"
    phar = c.r.choice([("Pharmacie Riendeau et Thibodeau", "rx@pharmacie-riendeau.example"),
                       ("Pharmacie du Quai", "ordonnances@pharmacieduquai.example"),
                       ("Proxi-Santé Val-des-Loutres", "labo@proxisante-vdl.example")])
    txt = ["À l'attention du pharmacien,", "", "ORDONNANCE — transmise par courriel sécurisé, original au dossier", "",
           "Patient%s : %s" % (p.e(), nm), "DDN : %s    Sexe : %s" % (dob, p.sex), "NAM : %s" % nam,
           allergy, "", "Diagnostic / intervention : %s" % rx[0], ""]
    txt += ["%d. %s" % (i + 1, l) for i, l in enumerate(rx[1])]
    txt += ["", "Prescripteur : %s, permis %d" % (dr(doc, "fr"), c.r.randint(10000, 99999)),
            "Pour toute question : %s" % PH_CLINIC, "", sig(doc, "fr", rich=False)]
    subj = c.r.choice(["Ordonnance", "Rx %s" % p.name("CAPS2"), "Ordonnance post-op", "Prescription — %s" % rx[0]])
    if subj.startswith("Rx "):
        a.names.append(p.name("CAPS2"))
    return a.mail("prescription", "prescription sent to community pharmacy", me(doc, "fr"), [ext(phar[0], phar[1])],
                  subj, "\n".join(txt))


NOTES_FR = [
    ("épistaxis postérieure récidivante, sous apixaban 5 mg BID", "Hb 94 ce matin (118 à l'admission)", "ch. 412"),
    ("abcès péri-amygdalien D drainé hier, sous clindamycine IV", "CRP 186 → 74", "ch. 406"),
    ("J1 thyroïdectomie totale, paresthésies péribuccales", "Ca ionisé 1,02, PTH 0,8", "ch. 418"),
    ("cellulite périorbitaire sur ethmoïdite, ceftriaxone + vanco", "GB 17,3", "ch. 409"),
    ("dysphagie post-radiothérapie, perte de 8 kg, gastrostomie à discuter", "albumine 28", "ch. 415"),
]


def t_note_collegue(c):
    a = Acc(c)
    p = c.patient()
    n = NOTES_FR[c.idx % len(NOTES_FR)]
    frm, to = c.r.choice([("marchand", "okafor"), ("okafor", "marchand"), ("vachon", "marchand"), ("kowalski", "okafor")])
    style = c.r.choice(["lower", "title_sur", "full", "given"])
    nm = a.name(p, style)
    a.t("diagnosis", "lab_result")
    if any(w in n[0] for w in ("apixaban", "clindamycine", "ceftriaxone")):
        a.t("medication")
    hi = c.r.choice(["Salut", "Allo", "Hey", "Bonjour"])
    txt = "%s %s,\n\npeux-tu passer voir %s (%s) avant la tournée ? %s. %s.\n%s\n\nmerci !\n%s" % (
        hi, staff_name(to, "fr", title=False).split(" ")[0], nm, n[2], n[0][0].upper() + n[0][1:], n[1],
        c.r.choice(["Je suis au bloc jusqu'à 13 h.", "Appelle-moi au 4412 si ça saigne encore.",
                    "La famille veut te parler.", ""]),
        staff_name(frm, "fr", title=False).split(" ")[0])
    subj = c.r.choice(["%s" % n[2], "à voir svp", "Patient%s %s" % (p.e(), n[2]), "urgent - %s" % n[2]])
    return a.mail("note", "quick note between colleagues about inpatient", me(frm, "fr"), [me(to, "fr")], subj, txt,
                  modes=["plain"])


SIGNOUT_FR = [
    ("J2 laryngectomie totale", "drain G 40 mL/24 h, canule propre", "Ca 2,05 — recontrôler AM"),
    ("J1 thyroïdectomie totale", "voix normale", "Ca ionisé 1,08 à 18 h — si < 1,0 : gluconate Ca IV"),
    ("épistaxis post., Rapid Rhino D", "sous Eliquis suspendu", "Hb 101, stable"),
    ("abcès péri-amygdalien drainé", "clinda IV, tolère liquides", "afébrile"),
    ("J3 parotidectomie G", "fonction faciale HB II", "drain à retirer si < 20 mL"),
    ("cellulite cervicale / abcès dentaire", "TDM : collection 2 cm, pip-tazo", "GB 15,8"),
    ("J0 amygdalectomie adulte (SAHOS)", "surveillance saturation, CPAP du patient", "sat 93 % AA"),
    ("trachéotomie J5", "1er changement de canule fait", "RAS"),
    ("fracture nasale + hématome septal drainé", "mèches en place", "Keflex"),
]


def t_liste_garde(c):
    a = Acc(c)
    n = c.r.randint(5, 8)
    rows = [["Ch.", "Patient", "Dossier", "Dx / J post-op", "Suivi", "À faire"]]
    picks = c.r.sample(SIGNOUT_FR, n)
    for i, s in enumerate(picks):
        p = c.patient()
        nm = a.name(p, c.r.choice(["CAPS", "sur_init", "comma"]))
        rows.append(["4%02d" % c.r.randint(1, 24), nm, a.mrn(p, "plain"), s[0], s[1], s[2]])
    a.t("diagnosis", "lab_result", "medication")
    frm = c.r.choice(["marchand", "okafor"])
    intro = "Liste de départ de garde ORL — %s\n\n" % day_label(c.today, "fr")
    txt = intro + text_table(rows) + "\n\nRien de neuf à l'urgence. Consultation en attente à l'urgence : aucune.\n\n" + \
        staff_name(frm, "fr", title=False).split(" ")[0]
    html = ('<html><body style="font-family:Arial;font-size:10pt"><p>%s</p>\n%s\n<p>Rien de neuf à l\'urgence.</p>'
            '<p>%s</p></body></html>\n') % (intro.strip(), html_table(rows), staff_name(frm, "fr", title=False))
    return a.mail("signout", "ENT on-call sign-out list", me(frm, "fr"),
                  [me("okafor" if frm == "marchand" else "marchand", "fr"), me("vachon", "fr")],
                  "Sign-out ORL %s" % c.today.strftime("%d/%m"), txt, html=html, modes=["alt", "html"])


def t_formulaire_aides(c):
    a = Acc(c)
    p = c.holder_patient(ADULT)
    nm_caps = a.name(p, "CAPS2")
    dob = a.dob(p, "iso")
    nam = a.nam(p, c.r.choice(["plain", "spaced", "hyphen"]))
    sin = a.sin(p, c.r.choice(["spaced", "plain", "hyphen", "dotted"]))
    adr = a.address(p)
    tel = a.phone(p)
    a.t("diagnosis", "lab_result")
    occ = c.idx % 2 == 0
    title = "Réclamation — surdité professionnelle" if occ else "Demande de remboursement — aides auditives"
    org = ("Commission des lésions professionnelles du Nord (CLPN)", "reclamations@clpn.example") if occ else \
        ("Assurances collectives Boréal", "reclamations.sante@assurances-boreal.example")
    emp = c.r.choice(["Scierie Tardif et fils", "Mine Lac-Noir inc.", "Transport Bellefeuille", "Aciérie du Canal"])
    blocks = [("h", "Section 1 — Identification"),
              ("t", [["Nom, prénom", nm_caps], ["Date de naissance", dob], ["Sexe", p.sex], ["NAM", nam],
                     ["NAS", sin], ["Adresse", adr], ["Téléphone", tel]]),
              ("h", "Section 2 — Renseignements audiologiques"),
              ("p", "Surdité neurosensorielle bilatérale avec encoche à 4 kHz (D 60 dB, G 65 dB), "
                    "moyenne 500-4000 Hz : D 38 dB HL, G 41 dB HL. Discrimination 88 % / 84 %.")]
    if occ:
        blocks += [("p", "Exposition au bruit : %s, 27 ans, 92-98 dBA sans protection régulière avant 2008." % emp),
                   ("p", "Acouphène bilatéral constant, nuisance modérée (THI 46).")]
    else:
        blocks += [("p", "Appareillage bilatéral recommandé (contour d'oreille RIC). Coût : 4 380,00 $.")]
    blocks += [("h", "Section 3 — Professionnel"), ("p", "%s, audiologiste, %s" % (staff_name("dionne", "fr"), HOSP_FR))]
    data = docx(title, blocks, author="Audiologie")
    fn = ("Formulaire_%s_%s.docx" % ("CLPN" if occ else "Boreal", slug(p.surname)))
    txt = ("Bonjour,\n\nVous trouverez ci-joint le formulaire complété pour %s ainsi que le résumé audiologique.\n"
           "N'hésitez pas à me joindre pour toute information complémentaire.\n\n%s") % (
        p.name("title"), sig("dionne", "fr"))
    a.names.append(p.name("title"))
    return a.mail("insurer_form", "completed claim form for hearing loss", me("dionne", "fr"), [ext(org[0], org[1])],
                  title, txt, atts=[Att(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                        data=data)])


TUMOR_FR = [
    ("carcinome épidermoïde de l'amygdale D, p16+", "cT2N1M0 (AJCC 8)", "biopsie : CE moyennement différencié, p16 positif diffus"),
    ("carcinome épidermoïde de la glotte", "cT3N0M0", "fixité corde vocale G, TDM : envahissement paraglottique"),
    ("carcinome papillaire de la thyroïde", "pT1bN1a", "cytologie Bethesda VI, 2/7 ganglions centraux +"),
    ("adénome pléomorphe parotide G récidivant", "—", "IRM : 3 nodules dans le lit opératoire"),
    ("carcinome épidermoïde de la langue mobile", "cT2N2bM0", "profondeur d'invasion 8 mm, TEP : 2 ganglions niveau II-III"),
    ("mélanome muqueux de la fosse nasale", "T3", "biopsie : mélanome, S100+, HMB45+"),
]


def t_comite_tumeurs(c):
    a = Acc(c)
    n = c.r.randint(3, 5)
    rows = [["#", "Patient", "DDN", "Dossier", "Diagnostic", "Stade", "Éléments", "Présenté par"]]
    for i, t in enumerate(c.r.sample(TUMOR_FR, n)):
        p = c.patient(age_range=(38, 86))
        nm = a.name(p, c.r.choice(["CAPS", "comma"]))
        rows.append([str(i + 1), nm, a.dob(p, "iso"), a.mrn(p, "plain"), t[0], t[1], t[2],
                     c.r.choice(["Dr Lacasse", "Dr Marchand (R4)", "Dre Vachon"])])
    a.t("diagnosis", "lab_result")
    d = c.later(2, 9)
    blocks = [("p", "Comité des tumeurs tête et cou — séance du %s, 7 h 30, salle 2.104 et Teams" % day_label(d, "fr", True)),
              ("t", [[r[0], r[1], r[2], r[3], r[5], r[7]] for r in rows]), ("sp", 1)]
    for r in rows[1:]:
        blocks.append(("p", "%s. %s — %s — %s" % (r[0], r[1], r[4], r[6])))
    as_docx = c.idx % 2 == 1
    if as_docx:
        data = docx("Ordre du jour — Comité des tumeurs ORL", blocks, author="Oncologie ORL")
        att = Att("ODJ_comite_tumeurs_%s.docx" % d.strftime("%Y-%m-%d"),
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data=data)
    else:
        data = pdf("Ordre du jour — Comité des tumeurs ORL", blocks, author="Oncologie ORL")
        att = Att("ODJ_comite_tumeurs_%s.pdf" % d.strftime("%Y-%m-%d"), "application/pdf", data=data)
    txt = ("Bonjour à tous,\n\nVoici l'ordre du jour du comité de %s. %d cas sont inscrits. Les lames de "
           "pathologie seront projetées pour les cas 1 et 2.\n\nMerci d'aviser si un cas doit être reporté.\n\n%s") % (
        day_label(d, "fr"), n, sig("proulx", "fr"))
    return a.mail("tumor_board", "head and neck tumour board agenda with patient list", me("proulx", "fr"),
                  [shared("onco", "fr"), me("lacasse", "fr"), me("vachon", "fr")],
                  "Comité des tumeurs ORL — %s" % fmt_date(d, "long", "fr"), txt, atts=[att])


def t_rdv_ics(c):
    a = Acc(c)
    p = c.holder_patient() if c.idx % 2 == 0 else c.patient()
    d = c.later(3, 25)
    start = d.strftime("%Y%m%d") + c.r.choice(["T083000", "T100000", "T131500", "T143000"])
    end = start[:9] + "%02d" % (int(start[9:11]) + 1) + start[11:]
    kind = c.r.choice([("Activation implant cochléaire", "surdité profonde bilatérale, implanté%s OD le %s" % (
        p.e(), fmt_date(c.earlier(20, 40), "long", "fr")), "rioux"),
        ("Réglage IC (mapping) 3 mois", "IC OG, hypoacousie profonde post-méningite", "rioux"),
        ("Vidéonystagmographie", "VPPB canal postérieur D récidivant ; cesser bétahistine et dimenhydrinate 48 h avant", "campbell"),
        ("PEATC sous sédation", "suspicion de surdité, échec dépistage OEA x2", "dionne")])
    a.t("diagnosis")
    if "bétahistine" in kind[1]:
        a.t("medication")
    nm = a.name(p, c.r.choice(["CAPS", "full", "comma"]))
    desc = "Usager : %s\nDossier : %s\nIndication : %s" % (nm, a.mrn(p, "plain"), kind[1])
    if p.holder:
        desc += "\nDDN : %s  NAM : %s" % (a.dob(p, "iso"), a.nam(p, "plain"))
    desc += "\nInterprète LSQ : %s" % c.r.choice(["oui", "non"])
    cal = ics("%s-%d@agenda.deuxrives.example" % (start, c.idx), start, end, "%s — %s" % (kind[0], p.name("CAPS2")),
              desc, "Audiologie, Pavillon Lacroix 3e", (staff_name(kind[2], "fr", title=False), "audiologie@deuxrives.example"),
              [(staff_name(kind[2], "fr", title=False), me(kind[2], "fr")[1])])
    a.names.append(p.name("CAPS2"))
    txt = "Rendez-vous ajouté à ton agenda : %s, %s.\n\nNadia" % (kind[0], day_label(d, "fr"))
    return a.mail("appointment", "calendar invitation for patient test", me("bisson", "fr"), [me(kind[2], "fr")],
                  "Invitation : %s — %s" % (kind[0], fmt_date(d, "iso", "fr")), txt,
                  atts=[Att("invite.ics", "text/calendar", text=cal, charset="utf-8", cte=c.r.choice(["7bit", "quoted-printable", "base64", "8bit"]))])
