"""Negative (non-confidential) builders, part B: insurer/CNESST bulletins,
referral how-to, patient education, meetings, bookings, staff social, contact
lists, auto-replies, surveys, aggregate waitlists, training, media, students,
policies, controlled-drug inventory, vendor cards, employer inquiries,
accreditation, budget."""
import datetime as _dt

import gen_common as C
import gen_mime
from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_vcf, make_xlsx
from gen_base import html_page, html_table, p_html, text_table
from gen_mime import Att
from gen_neg_a import DOCX_T, MDS, R, SUPPLIERS, XLSX_T, _all
from gen_pos_a import _lang, _letterhead


def insurer_general(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.7)
    st = ctx.staff("demers", "turcotte", "beaulieu")
    if lang == "fr":
        inner_text = "\n".join(["Bulletin aux fournisseurs – réadaptation", "",
                                "À compter du 1er avril, le tarif des traitements de physiothérapie remboursés par la CNESST passe à 62,80 $ par séance.",
                                "Les rapports d'évolution doivent être transmis dans les 10 jours suivant la 6e séance.",
                                "Code de facturation 1412 : évaluation initiale en réadaptation interdisciplinaire (douleur chronique).", "",
                                "Direction des services aux fournisseurs", "CNESST"])
        sub_inner = "Bulletin aux fournisseurs – nouveaux tarifs"
        text = "\n".join([C.greet(rng, "fr"), "", "Pour information, bulletin reçu ce matin. Les nouveaux tarifs s'appliquent aux factures d'avril.", "",
                          C.sig(rng, st, "fr", short=True)])
    else:
        inner_text = "\n".join(["Provider bulletin - rehabilitation", "", "As of April 1, the CNESST rate for physiotherapy sessions rises to $62.80.",
                                "Progress reports are due within 10 days after the 6th session.", "", "Provider Services", "CNESST"])
        sub_inner = "Provider bulletin - new rates"
        text = "\n".join([C.greet(rng, "en"), "", "FYI, bulletin received this morning.", "", C.sig(rng, st, "en", short=True)])
    when = C.msg_date(rng)
    inner = gen_mime.render(dict(frm=("CNESST – Services aux fournisseurs", "fournisseurs@cnesst.example"), to=[("Centre Boréal", "admin@" + C.CLINIC_DOMAIN)],
                                 subject=sub_inner, text=inner_text, date=when, msgid=ctx.msgid("cnesst.example"), mode="plain", crlf=False), rng)
    as_att = rng.random() < 0.6
    if as_att:
        return R("insurer_bulletin", lang, "CNESST provider bulletin forwarded as attached message", frm=ctx.pair(st), to=[_all(lang)],
                 subject=("TR: " if lang == "fr" else "Fwd: ") + sub_inner, text=text,
                 attachments=[Att(rng.choice(["bulletin.eml", None]), "message/rfc822", inner, disposition="attachment")])
    return R("insurer_bulletin", lang, "CNESST provider bulletin forwarded inline", frm=ctx.pair(st), to=[_all(lang)],
             subject=("TR: " if lang == "fr" else "Fwd: ") + sub_inner, text=text + "\n\n" + inner_text)


def referral_howto(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.65)
    st = ctx.staff("turcotte", "lavoie")
    doc = C.famdoc(rng)
    if lang == "fr":
        L = ["# DEMANDE DE CONSULTATION – CLINIQUE DE LA DOULEUR", "Nom du patient : ______________________  Date de naissance : __________",
             "NAM : ______________________  Téléphone : ______________", "Diagnostic / motif : ______________________________________",
             "Médication actuelle et DEM : ______________________________", "Imagerie récente jointe : oui / non",
             "Critères : douleur > 6 mois, échec du traitement de première ligne.", "Télécopier au " + C.CLINIC_FAX]
        text = "\n".join([f"Bonjour {doc['title']} {doc['surname']},", "",
                          "Suite à votre appel, voici notre formulaire de demande de consultation (vierge) et nos critères d'admissibilité.",
                          "Les demandes incomplètes (sans liste de médicaments) sont retournées.", "", C.sig(rng, st, "fr")])
        sub = "Formulaire de référence et critères"
        fn = "Formulaire_référence_douleur.pdf"
    else:
        L = ["# PAIN CLINIC REFERRAL FORM", "Patient name: ____________________  DOB: __________", "Health card: ______________  Phone: ____________",
             "Diagnosis / reason: ______________________", "Current medication and MED: ______________", "Criteria: pain > 6 months, failed primary care management.",
             "Fax to " + C.CLINIC_FAX]
        text = "\n".join([f"Dear Dr. {doc['surname']},", "", "As discussed, here is our blank referral form and eligibility criteria.", "", C.sig(rng, st, "en")])
        sub = "Referral form and criteria"
        fn = "Pain_referral_form.pdf"
    return R("referral_howto", lang, "blank referral form sent to a family physician", frm=ctx.pair(st), to=[(f"{doc['title']} {doc['full']}", doc["email"])],
             subject=sub, text=text, attachments=[Att(fn, "application/pdf", make_pdf("Formulaire", L, letterhead=_letterhead(lang)))])


def patient_education(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    st = ctx.staff("dube", "lachance", "kowalski", "lemieux")
    k = rng.randint(0, 2)
    if lang == "fr":
        docs = [("Après votre bloc ou votre radiofréquence", ["Il est normal de ressentir une douleur au site d'injection pendant 2 à 3 jours.",
                 "Ne conduisez pas pendant 24 h si vous avez reçu une sédation.", "Notez votre douleur toutes les heures pendant 6 h dans le journal remis.",
                 "Consultez l'urgence en cas de fièvre, de faiblesse nouvelle des jambes ou de maux de tête intenses."]),
                ("Programme fibromyalgie – ce qu'il faut savoir", ["8 rencontres de groupe de 2 h, animées par une psychologue, un kinésiologue et une physiothérapeute.",
                 "Thèmes : sommeil, gestion du rythme, activité physique adaptée, médication."]),
                ("Diminuer ses opioïdes en sécurité", ["La diminution se fait lentement, habituellement 5 à 10 % toutes les 2 à 4 semaines.",
                 "Gardez une trousse de naloxone à la maison.", "Ne combinez pas avec l'alcool ou les benzodiazépines."])]
        intro = "Voici la version révisée du feuillet remis aux patients. Merci de jeter les anciennes copies."
    else:
        docs = [("After your nerve block or RF procedure", ["Soreness at the injection site for 2-3 days is normal.", "Do not drive for 24 h after sedation.",
                 "Go to the ED for fever, new leg weakness or severe headache."]),
                ("Fibromyalgia programme - what to expect", ["8 group sessions of 2 h with a psychologist, kinesiologist and physiotherapist."]),
                ("Tapering opioids safely", ["Tapers are slow, usually 5-10% every 2-4 weeks.", "Keep a naloxone kit at home."])]
        intro = "Revised patient handout attached. Please discard old copies."
    title, body = docs[k]
    pdf = make_pdf(title, ["# " + title, ""] + body, letterhead=_letterhead(lang))
    return R("patient_education", lang, "generic patient education handout", frm=ctx.pair(st), to=[_all(lang)], subject=title,
             text="\n".join([C.greet(rng, lang), "", intro, "", C.sig(rng, st, lang)]),
             attachments=[Att(C.strip_accents(title).replace(" ", "_").replace("'", "")[:40] + ".pdf", "application/pdf", pdf)])


def team_meeting(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.65)
    st = ctx.staff("turcotte", "demers", "lemieux")
    if lang == "fr":
        pts = ["Présents : I. Lavoie, M. Bergeron, N. Lemieux, T. Kowalski, É. Plante, K. Dubé, A. Bilodeau.",
               "1. Délais P2 : 18 semaines ; ajout d'une plage de radiofréquence le vendredi dès mai.",
               "2. Programme fibromyalgie : 11 inscrits, 2 abandons ; on teste une version virtuelle.",
               "3. Sevrage opioïdes : uniformiser le rythme de diminution (10 %/2 semaines) et la fréquence des dépistages urinaires.",
               "4. CNESST : rappel de transmettre les rapports d'évolution dans les 10 jours.",
               "Prochaine réunion : jeudi dans deux semaines."]
        sub = rng.choice(["Compte rendu – réunion interdisciplinaire", "CR réunion d'équipe"])
        intro = "Voici le compte rendu de la réunion d'hier (aucun cas nominatif discuté)."
    else:
        pts = ["Present: I. Lavoie, M. Bergeron, N. Lemieux, T. Kowalski, É. Plante, K. Dubé.", "1. P2 wait: 18 weeks; extra Friday RF slot from May.",
               "2. Fibro programme: 11 enrolled, 2 dropped out; piloting a virtual version.", "3. Opioid tapers: standardize 10%/2 weeks and UDS frequency.",
               "Next meeting in two weeks."]
        sub = "Minutes - interdisciplinary meeting"
        intro = "Minutes from yesterday's meeting attached (no individual cases)."
    atts = []
    if rng.random() < 0.5:
        atts.append(Att("CR_reunion.docx" if lang == "fr" else "minutes.docx", DOCX_T, make_docx(["# " + sub] + pts, title=sub, author=st.full)))
        text = "\n".join([C.greet(rng, lang), "", intro, "", C.sig(rng, st, lang)])
    else:
        text = "\n".join([C.greet(rng, lang), "", intro, ""] + pts + ["", C.sig(rng, st, lang)])
    return R("team_minutes", lang, "team meeting minutes without patients", frm=ctx.pair(st), to=[_all(lang)], subject=sub, text=text, attachments=atts)


def room_booking(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    st = ctx.staff("lachance", "chen", "paradis", "beaulieu")
    day = C.future_day(rng, C.msg_date(rng), 3, 25)
    start = _dt.datetime(day.year, day.month, day.day, rng.choice([7, 12, 16]), 0)
    what = rng.choice([("Formation échoguidage – bloc suprascapulaire (mannequins)", "Ultrasound-guided block workshop (phantoms)"),
                       ("Entretien fluoroscopie – salle 2", "C-arm maintenance - room 2"),
                       ("Simulation code bleu en salle de perfusion", "Code blue simulation - infusion room")])
    summary = what[0] if lang == "fr" else what[1]
    ics = make_ics(ctx.msgid(), start, start + _dt.timedelta(hours=2), summary, "Réservation de salle – aucun patient" if lang == "fr" else "Room booking",
                   "Salle 2", organizer=(st.full, st.email), attendees=[(C.STAFF[k].full, C.STAFF[k].email) for k in rng.sample(list(C.STAFF), 3)])
    text = "\n".join([C.greet(rng, lang), "", ("Réservation de la salle 2, invitation ci-jointe." if lang == "fr" else "Room 2 booked, invite attached."), "",
                      C.sig(rng, st, lang, short=True)])
    return R("room_booking", lang, "room booking invitation for staff activity", frm=ctx.pair(st), to=[_all(lang)], subject=summary, text=text,
             attachments=[Att("invite.ics", "text/calendar; method=REQUEST", ics)])


def staff_social(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.7)
    st = ctx.staff("beaulieu", "giroux", "turcotte")
    who = ctx.staff("dube", "kowalski", "giroux", "vachon", "lemieux", "lachance")
    k = rng.randint(0, 2)
    if lang == "fr":
        opts = [(f"Fête de {who.given} – {rng.choice([40, 50, 60])} ans !", f"{who.full} aura {rng.choice([40, 50, 60])} ans le {rng.randint(2, 28)} {rng.choice(C.MONTHS_FR)}. "
                 "Gâteau à la salle du personnel vendredi 15 h. Contribution volontaire pour le cadeau : 5 $ auprès de Mélanie."),
                ("Départ à la retraite", f"Après 27 ans, Dre Lavoie nous annonce sa retraite de la pratique clinique en décembre ; elle continuera l'enseignement. 5 à 7 le 12."),
                ("Potluck de fin d'année", "Inscrivez votre plat sur la feuille à la cuisine. Pensez aux allergies (noix, gluten).")]
    else:
        opts = [(f"{who.given}'s birthday!", f"{who.full} turns {rng.choice([40, 50, 60])} on {rng.choice(C.MONTHS_EN)} {rng.randint(2, 28)}. Cake Friday 3 pm."),
                ("Retirement party", "Dr. Lavoie retires from clinical practice in December. Party on the 12th."),
                ("Year-end potluck", "Sign up for a dish in the kitchen. Mind allergies (nuts, gluten).")]
    sub, body = opts[k]
    return R("staff_social", lang, "staff social message (staff birthday/retirement)", frm=ctx.pair(st), to=[_all(lang)], subject=sub,
             text="\n".join([C.greet(rng, lang), "", body, "", st.given]))


def staff_contact(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.7)
    st = ctx.staff("beaulieu", "demers")
    rows = [["Nom", "Fonction", "Poste", "Cellulaire (urgence)"] if lang == "fr" else ["Name", "Role", "Ext.", "Cell (emergency)"]]
    for k in rng.sample(list(C.STAFF), 8):
        s = C.STAFF[k]
        rows.append([s.full, s.role_fr if lang == "fr" else s.role_en, str(rng.randint(200, 260)), C.phone(rng, "514")])
    text = "\n".join([C.greet(rng, lang), "", ("Liste téléphonique du personnel à jour (usage interne – plan de mesures d'urgence)." if lang == "fr"
                                               else "Updated staff phone list (internal use - emergency plan)."), "", C.sig(rng, st, lang)])
    atts = [Att("liste_telephonique.xlsx" if lang == "fr" else "phone_list.xlsx", XLSX_T, make_xlsx([("Personnel", rows)], author=st.full))]
    return R("staff_contacts", lang, "staff phone list with personal cells (staff information)", frm=ctx.pair(st), to=[_all(lang)],
             subject=("Liste téléphonique du personnel" if lang == "fr" else "Staff phone list"), text=text, attachments=atts)


def out_of_office(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    st = ctx.staff(*C.STAFF_KEYS)
    back = C.future_day(rng, C.msg_date(rng), 2, 15)
    other = C.STAFF[rng.choice(["turcotte", "dube", "giroux"])]
    if lang == "fr":
        text = (f"Bonjour,\n\nJe suis absent{'e' if st.sex == 'F' else ''} du bureau jusqu'au {C.date_fr(back, 2)} inclusivement, avec accès limité à mes courriels.\n"
                f"Pour toute question urgente concernant un patient, veuillez communiquer avec {other.full} au {C.CLINIC_TEL}, poste {rng.randint(200, 260)}.\n\n{st.full}")
        sub = "Réponse automatique : " + rng.choice(["Demande de consultation", "Horaire", "Question", "RE: liste"])
    else:
        text = (f"Hello,\n\nI am out of the office until {C.date_en(back, 1)}. For urgent patient matters please contact {other.full} at {C.CLINIC_TEL}.\n\n{st.full}")
        sub = "Automatic reply: " + rng.choice(["Referral", "Schedule", "Question"])
    return R("out_of_office", lang, "automatic out-of-office reply", frm=ctx.pair(st), to=[(None, f"noreply@{rng.choice(['gmf-quatrevents.example', 'hrmi.example'])}")],
             subject=sub, text=text, extra_headers=["Auto-Submitted: auto-replied"], mode="plain")


def satisfaction(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    st = ctx.staff("demers", "turcotte")
    rows = [["Question", "Très satisfait (%)", "Satisfait (%)", "Insatisfait (%)"] if lang == "fr" else ["Question", "Very satisfied (%)", "Satisfied (%)", "Dissatisfied (%)"],
            ["Accueil" if lang == "fr" else "Reception", 71, 24, 5], ["Délai d'attente" if lang == "fr" else "Wait time", 22, 41, 37],
            ["Explications sur la procédure" if lang == "fr" else "Procedure explanations", 80, 17, 3],
            ["Programme fibromyalgie" if lang == "fr" else "Fibromyalgia programme", 64, 29, 7]]
    n = rng.randint(180, 420)
    text = "\n".join([C.greet(rng, lang), "",
                      (f"Résultats du sondage de satisfaction ({n} répondants, taux de réponse {rng.randint(25, 48)} %) :" if lang == "fr"
                       else f"Patient satisfaction survey results ({n} respondents):"), "", text_table(rows), "", C.sig(rng, st, lang)])
    atts = [Att("sondage_resultats.csv" if lang == "fr" else "survey_results.csv", "text/csv", make_csv(rows, sep=";" if lang == "fr" else ","))] if rng.random() < 0.5 else []
    return R("survey_results", lang, "aggregate satisfaction survey results", frm=ctx.pair(st), to=[_all(lang)],
             subject=("Sondage de satisfaction – résultats" if lang == "fr" else "Satisfaction survey - results"), text=text, attachments=atts)


def waitlist_aggregate(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.65)
    st = ctx.staff("turcotte", "demers")
    rows = [["Programme / motif", "P1", "P2", "P3", "Délai médian (sem.)"] if lang == "fr" else ["Programme / reason", "P1", "P2", "P3", "Median wait (wks)"]]
    for fr, en in [("Lombalgie / radiculopathie", "Low back pain / radiculopathy"), ("Fibromyalgie", "Fibromyalgia"), ("SDRC", "CRPS"),
                   ("Céphalées / névralgies", "Headache / neuralgia"), ("Sevrage opioïdes", "Opioid taper"), ("CNESST", "CNESST")]:
        rows.append([fr if lang == "fr" else en, rng.randint(0, 6), rng.randint(10, 80), rng.randint(20, 160), rng.randint(3, 60)])
    text = "\n".join([C.greet(rng, lang), "", ("Portrait de la liste d'attente au 1er du mois :" if lang == "fr" else "Waitlist snapshot as of the 1st:"), "",
                      text_table(rows), "", C.sig(rng, st, lang)])
    html = html_page([p_html(C.greet(rng, lang)), html_table(rows, rng), p_html(C.sig(rng, st, lang))], rng)
    return R("waitlist_stats", lang, "aggregate waitlist counts by programme", frm=ctx.pair(st), to=[ctx.pair(C.STAFF["demers"]), ctx.pair(C.STAFF["lavoie"])],
             subject=("Liste d'attente – portrait mensuel" if lang == "fr" else "Waitlist - monthly snapshot"), text=text, html=html)


def training(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.65)
    opts = [("Formation obligatoire – administration de la naloxone", "Mandatory training - naloxone administration",
             "Séance de 45 minutes pour tout le personnel clinique et administratif. Reconnaître une surdose, administrer la naloxone nasale, appeler le 911.",
             "45-minute session for all clinical and admin staff: recognize overdose, give nasal naloxone, call 911."),
            ("Recertification RCR", "CPR recertification", "Les certificats RCR de 9 employés expirent ce trimestre. Inscriptions auprès de Karine.",
             "CPR certificates of 9 staff expire this quarter. Sign up with Karine."),
            ("Radioprotection – fluoroscopie", "Radiation safety - fluoroscopy", "Rappel : port du dosimètre obligatoire en salle 2. Rapport trimestriel des doses du personnel disponible.",
             "Reminder: dosimeters are mandatory in room 2. Quarterly staff dose report available.")]
    k = rng.randint(0, 2)
    o = opts[k]
    st = ctx.staff(*[("vachon", "dube"), ("dube", "demers"), ("lachance", "demers")][k])
    sub, body = (o[0], o[2]) if lang == "fr" else (o[1], o[3])
    return R("training", lang, "staff training notice", frm=ctx.pair(st), to=[_all(lang)], subject=sub, text="\n".join([C.greet(rng, lang), "", body, "", C.sig(rng, st, lang)]))


def media_fundraising(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    st = ctx.staff("beaulieu", "demers")
    if rng.random() < 0.5:
        body = ("La Dre Lavoie accordera une entrevue à la radio jeudi sur la crise des opioïdes et la douleur chronique. Aucune information sur nos patients ne sera partagée."
                if lang == "fr" else "Dr. Lavoie will give a radio interview Thursday on the opioid crisis and chronic pain. No patient information will be shared.")
        sub = "Entrevue médias" if lang == "fr" else "Media interview"
    else:
        body = ("La Fondation du Centre Boréal lance sa campagne annuelle : objectif 150 000 $ pour un appareil d'échographie dédié aux blocs nerveux."
                if lang == "fr" else "The Boreal Centre Foundation launches its annual campaign: $150,000 goal for a dedicated nerve-block ultrasound.")
        sub = "Campagne de la Fondation" if lang == "fr" else "Foundation campaign"
    return R("media_fundraising", lang, "media / foundation notice", frm=ctx.pair(st), to=[_all(lang)], subject=sub,
             text="\n".join([C.greet(rng, lang), "", body, "", C.sig(rng, st, lang)]))


STUDENTS = [("Laurie", "Bellavance"), ("Maxime", "Desaulniers"), ("Sarah-Jade", "Pinard"), ("Nicolas", "Trépanier"), ("Amira", "Haddadi"), ("Félix", "Quintal")]


def student_placement(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.7)
    st = ctx.staff("kowalski", "plante", "lemieux", "chen")
    studs = rng.sample(STUDENTS, rng.randint(2, 4))
    rows = [["Stagiaire" if lang == "fr" else "Student", "Programme", "Superviseur" if lang == "fr" else "Supervisor", "Dates"]]
    for g, s in studs:
        rows.append([f"{g} {s}", rng.choice(["Physiothérapie (U. Laval-Nord)", "Psychologie (D.Psy.)", "Médecine – externat", "Kinésiologie"]),
                     C.STAFF[rng.choice(["kowalski", "plante", "lemieux", "lavoie"])].full, f"{rng.randint(1, 15)} {C.MONTHS_FR[rng.randint(0, 11)]} – 8 semaines"])
    text = "\n".join([C.greet(rng, lang), "", ("Stagiaires attendus cette session :" if lang == "fr" else "Students arriving this term:"), "", text_table(rows), "",
                      ("Merci de leur faire signer l'engagement de confidentialité dès le premier jour." if lang == "fr" else "Please have them sign the confidentiality pledge on day one."),
                      "", C.sig(rng, st, lang)])
    return R("student_placement", lang, "student placement schedule (students, not patients)", frm=ctx.pair(st), to=[_all(lang)],
             subject=("Stagiaires – session d'automne" if lang == "fr" else "Students - fall term"), text=text)


def policy_update(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.65)
    st = ctx.staff("vachon", "lavoie", "demers")
    if lang == "fr":
        paras = ["# Politique PO-14 : ententes de traitement aux opioïdes (version 3)", "Portée : tous les prescripteurs de la clinique.",
                 "1. Une entente est signée pour toute ordonnance d'opioïdes > 50 mg DEM/jour.", "2. Dépistage urinaire au début, puis au moins 2 fois par année.",
                 "3. Naloxone offerte systématiquement.", "4. Le registre des stupéfiants de la salle d'intervention est vérifié par deux personnes à chaque quart."]
        sub = "Politique PO-14 révisée – ententes opioïdes"
    else:
        paras = ["# Policy PO-14: opioid treatment agreements (v3)", "1. Agreement required for opioid prescriptions > 50 mg MED/day.",
                 "2. UDS at baseline and at least twice yearly.", "3. Naloxone offered to all.", "4. Procedure-room narcotic register double-checked each shift."]
        sub = "Revised policy PO-14 - opioid agreements"
    return R("policy", lang, "policy document update", frm=ctx.pair(st), to=[_all(lang)], subject=sub,
             text="\n".join([C.greet(rng, lang), "", ("La politique révisée est en pièce jointe et entre en vigueur le 1er." if lang == "fr" else "Revised policy attached, effective on the 1st."), "",
                             C.sig(rng, st, lang)]), attachments=[Att("PO-14_v3.docx", DOCX_T, make_docx(paras, title=sub, author=st.full))])


def narcotic_inventory(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    st = ctx.staff("vachon", "lachance")
    rows = [["Produit" if lang == "fr" else "Product", "Lot", "Exp.", "Compte théorique" if lang == "fr" else "Expected", "Compte réel" if lang == "fr" else "Counted"]]
    for prod in ["Kétamine 50 mg/mL 10 mL", "Fentanyl 50 mcg/mL 2 mL", "Midazolam 1 mg/mL 5 mL", "Hydromorphone 2 mg/mL 1 mL"]:
        n = rng.randint(8, 40)
        rows.append([prod, f"{rng.choice('ABCDEFGH')}{rng.randint(10000, 99999)}", f"2025-{rng.randint(1, 12):02d}", n, n - (1 if rng.random() < 0.2 else 0)])
    text = "\n".join([C.greet(rng, lang), "", ("Décompte mensuel des stupéfiants de la salle d'intervention ; un écart sera investigué selon la procédure." if lang == "fr"
                                               else "Monthly controlled-drug count for the procedure room; any discrepancy will be investigated per procedure."), "",
                      text_table(rows), "", C.sig(rng, st, lang)])
    atts = [Att("decompte_stupefiants.xlsx", XLSX_T, make_xlsx([("Décompte", rows)], author=st.full))] if rng.random() < 0.5 else []
    return R("narcotic_count", lang, "controlled-drug inventory without patients", frm=ctx.pair(st), to=[ctx.pair(C.STAFF["demers"])],
             subject=("Décompte stupéfiants" if lang == "fr" else "Narcotic count"), text=text, attachments=atts)


def vendor_vcard(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    sup = rng.choice(SUPPLIERS)
    g, s = sup[2].split(" ", 1)
    vcf = make_vcf(g, s, tel=C.phone(rng, "514"), email=f"{C.strip_accents(g).lower().replace('-', '')}@{sup[1]}", org=sup[0],
                   title="Représentante technique" if lang == "fr" else "Clinical specialist", cell=C.phone(rng, "438"))
    text = "\n".join([C.greet(rng, lang), "", (f"Suite à la démonstration du nouveau générateur de radiofréquence, voici mes coordonnées." if lang == "fr"
                                               else "Following the RF generator demo, here is my contact card."), "", sup[2], sup[0]])
    return R("vendor_vcard", lang, "supplier representative vCard", frm=(sup[2], f"{C.strip_accents(g).lower().replace('-', '')}@{sup[1]}"),
             to=[ctx.pair(C.STAFF["haddad"]), ctx.pair(C.STAFF["beaulieu"])], subject=("Coordonnées" if lang == "fr" else "Contact info"), text=text,
             attachments=[Att(f"{g} {s}.vcf", "text/vcard", vcf)])


def employer_inquiry(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.65)
    st = ctx.staff("turcotte", "demers")
    emp = rng.choice(["Usinage Précis Mirabel", "Entrepôts Laurentides inc.", "Transport Dalpé & Fils"])
    hr = ("Julie Normandin, conseillère RH", "jnormandin@employeur-rh.example")
    if lang == "fr":
        q = (f"Bonjour,\n\nNous sommes un employeur de 240 employés ({emp}). Offrez-vous des programmes de réadaptation pour la lombalgie chronique "
             "accessibles par référence de l'employeur ou de la CNESST ? Quels sont les délais et les coûts ?\n\nMerci,\nJulie Normandin\nConseillère RH")
        a = ("Bonjour Mme Normandin,\n\nNotre programme interdisciplinaire accepte les références de la CNESST et des assureurs. Les références d'employeurs "
             "doivent passer par le médecin traitant du travailleur. Délai actuel : environ 12 semaines.\n\n")
        sub = "RE: Programme de réadaptation – information"
    else:
        q = (f"Hello,\n\nWe are an employer of 240 staff ({emp}). Do you offer chronic back pain rehabilitation programmes that accept employer or CNESST referrals?"
             "\n\nThanks,\nJulie Normandin\nHR Advisor")
        a = "Hello Ms. Normandin,\n\nOur interdisciplinary programme accepts CNESST and insurer referrals; employer referrals go through the worker's physician. Current wait ~12 weeks.\n\n"
        sub = "Re: Rehabilitation programme - information"
    from gen_base import quote, reply_header
    text = a + C.sig(rng, st, lang) + "\n\n" + reply_header(rng, lang, hr, C.msg_date(rng)) + "\n" + quote(q)
    return R("employer_inquiry", lang, "reply to an employer's general programme inquiry", frm=ctx.pair(st), to=[hr], subject=sub, text=text,
             in_reply_to=ctx.msgid("employeur-rh.example"))


def accreditation(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.7)
    st = ctx.staff("demers", "beaulieu")
    body = ("La visite d'Agrément aura lieu du 14 au 16. Les visiteurs pourront observer la salle d'intervention et le programme fibromyalgie. "
            "Révisez les pratiques organisationnelles requises : double identification des patients, bilan comparatif des médicaments, prévention des chutes."
            if lang == "fr" else "The accreditation visit is on the 14th-16th. Review the required organizational practices: two patient identifiers, medication reconciliation, falls prevention.")
    return R("accreditation", lang, "accreditation visit notice", frm=ctx.pair(st), to=[_all(lang)], subject=("Visite d'Agrément" if lang == "fr" else "Accreditation visit"),
             text="\n".join([C.greet(rng, lang), "", body, "", C.sig(rng, st, lang)]))


def budget(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.65)
    st = C.STAFF["demers"]
    rows = [["Poste budgétaire" if lang == "fr" else "Budget line", "Budget", "Réel" if lang == "fr" else "Actual", "Écart" if lang == "fr" else "Variance"]]
    for fr, en in [("Fournitures salle d'intervention", "Procedure room supplies"), ("Médicaments", "Drugs"), ("Heures supplémentaires", "Overtime"), ("Formation", "Training")]:
        b = rng.randint(20, 200) * 1000
        a = int(b * rng.uniform(0.8, 1.25))
        rows.append([fr if lang == "fr" else en, b, a, a - b])
    text = "\n".join([C.greet(rng, lang), "", ("Suivi budgétaire de la période 9 :" if lang == "fr" else "Period 9 budget follow-up:"), "", text_table(rows), "",
                      C.sig(rng, st, lang)])
    return R("budget", lang, "budget follow-up", frm=ctx.pair(st), to=[ctx.pair(C.STAFF["lavoie"]), ctx.pair(C.STAFF["beaulieu"])],
             subject=("Suivi budgétaire P9" if lang == "fr" else "Budget follow-up P9"), text=text)


BUILDERS_NB = {
    "insurer_general": (insurer_general, 4),
    "referral_howto": (referral_howto, 4),
    "patient_education": (patient_education, 5),
    "team_meeting": (team_meeting, 5),
    "room_booking": (room_booking, 4),
    "staff_social": (staff_social, 4),
    "staff_contact": (staff_contact, 3),
    "out_of_office": (out_of_office, 4),
    "satisfaction": (satisfaction, 4),
    "waitlist_aggregate": (waitlist_aggregate, 4),
    "training": (training, 4),
    "media_fundraising": (media_fundraising, 4),
    "student_placement": (student_placement, 4),
    "policy_update": (policy_update, 5),
    "narcotic_inventory": (narcotic_inventory, 4),
    "vendor_vcard": (vendor_vcard, 3),
    "employer_inquiry": (employer_inquiry, 4),
    "accreditation": (accreditation, 3),
    "budget": (budget, 3),
}
