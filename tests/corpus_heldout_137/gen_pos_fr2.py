"""French positive templates, part 2: children, family mail, forms, threads, bundles."""
import datetime

from gen_clin import (AUD_DX, CHILD_DX, CI_DX, DYS_DX, DYS_FIND, SOCIAL, ADULT_SOCIAL, aud_results,
                      holder_block, mrn_fmt, pdf_safe_nam)
from gen_common import (ID_SIZES, Msg, disguise, ext, fmt_niss, fr_date, make_niss, name_form, pron,
                        staff, Person, slug)
from gen_docs import att, docx, make_zip, pdf, vcard, xlsx
from gen_pos_fr import _rid, _room


def _child(c, holder_prob=0.5):
    if c.r.random() < holder_prob:
        return c.holder(["child"]), True
    return c.patient("fr", "child"), False


# ---------------------------------------------------------------- 11. school report (DOCX)
def school_report(c):
    r = c.r
    p, holder = _child(c, 0.6)
    slp = staff("slp_school")
    school = ext("school_fr")
    dx = c.pick(CHILD_DX)
    teacher = c.pick([("Mme Josianne Paré", "jparé"), ("M. Kevin Audet", "kaudet"), ("Mme Roxanne Bélisle", "rbelisle")])
    t_mail = teacher[1].replace("é", "e") + "@" + school[1]
    grade = c.pick(["maternelle 5 ans", "1re année", "2e année", "3e année", "classe langage"])
    types = {"patient_name", "date_of_birth", "diagnosis", "lab_result"}
    ids, holders = [], []
    social = r.random() < 0.35
    blocks = [("h", "Identification"),
              ("table", [["Élève", f"{p.given} {p.surname}"], ["Date de naissance", fr_date(p.dob, "iso")],
                         ["Niveau", grade], ["École", school[0]]] +
               ([["NAM", pdf_safe_nam(c, p)], ["Sexe", p.sex]] if holder else [])),
              ("h", "Motif et résultats"),
              ("p", f"Évaluation réalisée en {c.pick(['septembre', 'octobre', 'novembre', 'janvier'])} à la demande de l'équipe-école. "
                    f"CELF-5 CDN-F : indice langage général {r.randint(58, 69)} (< 2 ET). Compréhension de consignes à 2 éléments variable."),
              ("p", f"Conclusion orthophonique : {dx[0]}."),
              ("h", "Recommandations pour la classe"),
              ("p", "Consignes courtes appuyées de pictogrammes; vérifier la compréhension; place près de l'enseignante; "
                    "temps supplémentaire en lecture; suivi en orthophonie 1x/semaine à l'école jusqu'en juin.")]
    if social:
        s = c.pick(SOCIAL)
        blocks.append(("p", f"Contexte : {s[0]}. Merci de discuter avec la TES avant de contacter le parent."))
        types.add("social_information")
    if holder:
        types.add("ramq_nam")
        ids.append(("nam", p.nam))
        holders.append(p)
    data = docx("Rapport d'évaluation orthophonique", blocks, author=slp.surname)
    fname = c.pick([f"Rapport orthophonie {p.given} {p.surname[0]}.docx", f"rapport_{p.surname.lower()}_{p.given.lower()}.docx",
                    f"Évaluation_{p.surname}.docx"])
    body = (f"Bonjour {teacher[0]},\n\nTel que discuté à la rencontre du plan d'intervention, voici le rapport d'évaluation "
            f"orthophonique de {name_form(p, 'given')} (pièce jointe). Les parents en ont reçu une copie.\n\n"
            f"Je passerai en classe {fr_date(c.workday(3, 10), 'day')} pour vous montrer les pictogrammes.\n\n"
            f"Bonne journée,\n\n{slp.sig('fr')}")
    return Msg(lang="fr", category="school_report", note="rapport orthophonique envoyé à l'école",
               types=types, subject=c.pick(["Rapport d'orthophonie", "Rapport — plan d'intervention", "Suivi orthophonie (confidentiel)"]),
               body=body, frm=slp.addr(), to=[(teacher[0].split(" ", 1)[1], t_mail)],
               cc=[("Direction", "direction@" + school[1])] if r.random() < 0.4 else [],
               atts=[att(fname, "docx", data)], ids=ids, holders=holders)


# ---------------------------------------------------------------- 12. daycare concern with DPJ
def daycare_dpj(c):
    r = c.r
    p = c.patient("fr", "child")
    cpe = ext("cpe")
    slp = staff("slp_school")
    educ = c.pick(["Mélissa Trudel", "Annie-Claude Morneau", "Valérie Doucet"])
    s = c.pick(SOCIAL)
    mom = c.pick(["Karine", "Stéphanie", "Audrey", "Mélanie"])
    body = (f"Bonjour {slp.given},\n\nJe vous écris au sujet de {p.given} {p.surname} (groupe des {c.pick(['Lucioles', 'Papillons', 'Ratons'])}, "
            f"{p.age(c.now.date())} ans). Depuis septembre, {pron(p, 'fr', 'subj')} ne fait presque pas de phrases, "
            f"pointe pour demander et se fâche quand on ne comprend pas.\n\n"
            f"Je dois aussi vous dire que {s[0]}. La travailleuse sociale nous a demandé de ne transmettre les "
            f"informations qu'à la mère, {mom}, au {p.phone}.\n\n"
            f"Est-ce que {p.given} pourrait être vu{pron(p, 'fr', 'e')} en dépistage au CPE plutôt qu'au CLSC? "
            f"La mère n'a pas de transport.\n\nMerci,\n\n{educ}\nÉducatrice — {cpe[0]}\n450 555-01{r.randint(10, 99)}")
    return Msg(lang="fr", category="daycare_concern", note="inquiétude d'un CPE avec contexte social",
               types={"patient_name", "diagnosis", "social_information", "patient_contact"},
               subject=c.pick(["Inquiétude langage — enfant du groupe", "Demande de dépistage", f"{p.given} — langage"]),
               body=body, frm=(educ, slug(educ.split()[0]) + "@" + cpe[1]), to=[slp.addr()])


# ---------------------------------------------------------------- 13. reply with quoted referral
def reply_quoted(c):
    r = c.r
    p = c.patient("fr", c.pick(["elder", "adult"]))
    a, b = staff("slp_dys"), c.pick([staff("nurse"), staff("physiatre")])
    dx, fnd = c.pick(DYS_DX), c.pick(DYS_FIND)
    lab, mrn = mrn_fmt(c, p.mrn)
    sent = c.now - datetime.timedelta(hours=r.randint(2, 30))
    if sent.hour < 7 or sent.hour > 20:
        sent = sent.replace(hour=r.randint(8, 16))
    orig = (f"Bonjour,\n\nPourriez-vous évaluer {name_form(p, c.pick(['title_full', 'upper_comma']), 'fr')} "
            f"({lab.lower()} {mrn}, ch. {_room(c)}) ? Dx : {dx[0]}. Depuis hier : {fnd[0]}.\n"
            f"La fille demande qu'on l'appelle au {p.phone} avant tout changement de diète.\n\nMerci\n{b.given} {b.surname}")
    quoted = "\n".join("> " + l if l else ">" for l in orig.split("\n"))
    top = c.pick(["Oui, je passe cet après-midi vers 14 h.", "Vu ce matin. Je mets IDDSI 2 en attendant la VFS de jeudi, j'appelle la fille.",
                  "Je la vois demain 8 h 30, il faudrait qu'elle soit assise au fauteuil.", "Reçu, je m'en occupe."])
    body = (f"{top}\n\n{a.given}\n\nLe {fr_date(sent.date())} à {sent:%H:%M}, {b.given} {b.surname} <{b.email}> a écrit :\n{quoted}\n")
    return Msg(lang="fr", category="reply_thread", note="réponse courte, demande clinique dans le texte cité",
               types={"patient_name", "diagnosis", "mrn", "patient_contact"}, subject="RE: Demande d'évaluation",
               body=body, frm=a.addr(), to=[b.addr()], reply_to_id=_rid(c), ids=[("mrn", p.mrn)])


# ---------------------------------------------------------------- 14. forwarded family mail
def forward_family(c):
    r = c.r
    p = c.patient("fr", "child")
    parent = c.pick(["Sébastien", "Maxime", "Karine", "Véronique"])
    pmail = f"{slug(parent)}.{slug(p.surname).replace('-', '')}@courriel.example"
    aud, clerk = staff("aud"), staff("clerk")
    issue = c.pick([
        ("les deux appareils auditifs de mon fils ont été perdus à l'école lundi", "perte d'aides auditives"),
        ("le processeur de l'implant ne s'allume plus depuis la baignade, on a essayé une autre pile", "bris de processeur d'implant"),
        ("on a déménagé en urgence chez ma sœur suite à la séparation, il faut changer l'adresse", "changement d'adresse après séparation"),
    ])
    soc = "séparation" in issue[1]
    dx = c.pick(["une surdité moyenne bilatérale", "un implant cochléaire droit (surdité profonde)", "une surdité sévère gauche"])
    fam = (f"Bonjour,\n\nJe suis le parent de {p.given} {p.surname}, né{pron(p, 'fr', 'e')} le {fr_date(p.dob)}, suivi{pron(p, 'fr', 'e')} chez vous pour une {dx}. "
           f"Je vous écris parce que {issue[0]}. Pouvez-vous nous rappeler?\n\n"
           f"Nouvelle adresse : {p.address}\nCellulaire : {p.phone}\n\nMerci\n{parent}")
    sent = c.now - datetime.timedelta(hours=r.randint(1, 40))
    body = (f"{aud.given}, peux-tu regarder? Je ne trouve pas {pron(p, 'fr', 'poss')} dossier sous l'ancienne adresse.\n\nSophie\n\n"
            f"-------- Message transféré --------\nDe : {parent} <{pmail}>\nDate : {fr_date(sent.date())} {sent:%H:%M}\n"
            f"À : accueil.audiologie@cisss-hautesrivieres.example\nObjet : {issue[1]}\n\n{fam}\n")
    types = {"patient_name", "date_of_birth", "diagnosis", "patient_contact"}
    if soc:
        types.add("social_information")
    return Msg(lang="fr", category="forwarded_family", note="courriel d'un parent transféré en ligne",
               types=types, subject=f"TR: {issue[1]}", body=body, frm=clerk.addr(), to=[aud.addr()])


# ---------------------------------------------------------------- 15. adapted transport request
def transport(c):
    r = c.r
    holder = r.random() < 0.5
    p = c.holder(["elder", "adult"]) if holder else c.patient("fr", "elder")
    clerk = staff(c.pick(["clerk", "clerk2"]))
    ta = ext("transport")
    d = c.workday(4, 18)
    hour = c.pick(["8 h 30", "9 h 15", "10 h", "13 h 30"])
    exam = c.pick(["vidéofluoroscopie (évaluation de la déglutition)", "réglage d'implant cochléaire", "évaluation audiologique et PEA",
                   "laryngoscopie en clinique de la voix"])
    types = {"patient_name", "patient_contact"}
    ids, holders = [], []
    if holder:
        block, _ = holder_block(c, p, "fr")
        types |= {"date_of_birth", "ramq_nam"}
        ids.append(("nam", p.nam))
        holders.append(p)
    else:
        block = f"Nom : {name_form(p, 'upper_comma')}\nDDN : {fr_date(p.dob, 'iso')}"
        types.add("date_of_birth")
    need = c.pick(["fauteuil roulant, ne transfère pas seul", "marchette, accompagnateur (conjoint)", "cécité partielle et surdité — accompagnement porte-à-porte",
                   "oxygène portatif 2 L"])
    body = (f"Bonjour,\n\nDemande de transport adapté pour un rendez-vous au pavillon B :\n\n{block}\n"
            f"Adresse de départ : {p.address}\nTéléphone : {p.phone}\n\n"
            f"Rendez-vous : {fr_date(d, 'day')} à {hour} — {exam}\nRetour prévu vers midi.\nBesoins : {need}\n\n"
            f"Merci de confirmer au client directement.\n\n{clerk.sig('fr')}")
    if "déglutition" in exam or "oxygène" in need or "surdité" in need or "implant" in exam:
        types.add("diagnosis")
    return Msg(lang="fr", category="transport_request", note="demande de transport adapté pour un rendez-vous",
               types=types, subject=c.pick(["Demande de transport adapté", f"Transport {fr_date(d, 'slash')}", "TA — demande"]),
               body=body, frm=clerk.addr(), to=[("Réservations", "reservations@" + ta[1])], ids=ids, holders=holders)


# ---------------------------------------------------------------- 16. newborn hearing screening
def newborn(c):
    r = c.r
    baby = c.patient("fr", "baby")
    mom = c.pick(["Audrey", "Josiane", "Marie-Ève", "Annie"])
    aud, tech = staff("aud2"), staff("tech")
    res = c.pick([("PEAA : échec bilatéral au 1er et au 2e dépistage", "échec bilatéral"),
                  ("PEAA : réussite OD, échec OG (2 essais)", "échec unilatéral OG"),
                  ("OEA absentes bilatéralement, PEAA échec OD", "échec OD")])
    risk = c.pick(["séjour de 9 jours à l'USIN", "antécédent familial de surdité (oncle maternel)", "CMV urinaire en cours",
                   "hyperbilirubinémie sous photothérapie", "aucun facteur de risque connu"])
    lab, mrn = mrn_fmt(c, baby.mrn)
    body = (f"Bonjour {aud.given},\n\nRéférence du programme de dépistage auditif néonatal :\n\n"
            f"Bébé {baby.surname.upper()} ({c.pick(['fille', 'garçon'])}), né le {fr_date(baby.dob, c.pick(['long', 'iso']))}\n"
            f"{lab} : {mrn}\nMère : {mom} {baby.surname} — {baby.phone}\n"
            f"Résultat : {res[0]}\nFacteurs de risque : {risk}\n\n"
            f"Les parents ont été informés. Merci de prévoir le PEA diagnostique avant 3 mois.\n\n{tech.sig('fr', long=False)}")
    return Msg(lang="fr", category="newborn_screening", note="référence du dépistage auditif néonatal",
               types={"patient_name", "date_of_birth", "mrn", "lab_result", "patient_contact"},
               subject=c.pick(["Dépistage néonatal — référence", f"DANN : {res[1]}", "Référence PEA diagnostique"]),
               body=body, frm=tech.addr(), to=[aud.addr()], ids=[("mrn", baby.mrn)])


# ---------------------------------------------------------------- 17. waiting list XLSX
def waitlist(c):
    r = c.r
    chief, clerk = staff("chief"), staff("clerk")
    rows = [["Nom", "Prénom", "DDN", "Sexe", "NAM", "Motif", "Priorité", "Date de référence"]]
    ids, holders = [], []
    for k in range(r.randint(4, 7)):
        if k < 3:
            p = c.holder(["child", "youth", "adult", "elder"])
            ids.append(("nam", p.nam))
            holders.append(p)
            nam = pdf_safe_nam(c, p)
        else:
            p = c.patient("fr", c.pick(["child", "elder", "adult"]))
            nam = ""
        motif = c.pick(["bégaiement", "TDL — réévaluation", "dysphagie (CHSLD)", "presbyacousie — appareillage",
                        "acouphènes", "voix — nodules", "IC — réglage annuel"])
        rows.append([p.surname.upper(), p.given, fr_date(p.dob, "iso"), p.sex, nam, motif, c.pick(["P2", "P3", "P4"]),
                     fr_date(c.ago(30, 400), "iso")])
    data = xlsx([("Attente", rows)], author=clerk.surname)
    body = (f"Bonjour {chief.given},\n\nCi-joint l'extraction de la liste d'attente demandée pour le comité d'accès. "
            "J'ai mis en jaune les dossiers de plus d'un an.\n\nSophie")
    return Msg(lang="fr", category="waitlist_xlsx", note="extraction nominative de la liste d'attente",
               types={"patient_name", "date_of_birth", "ramq_nam", "diagnosis"},
               subject="Liste d'attente — extraction", body=body, frm=clerk.addr(), to=[chief.addr()],
               atts=[att(c.pick(["liste_attente.xlsx", f"attente_{c.now:%Y%m%d}.xlsx"]), "xlsx", data)],
               ids=ids, holders=holders)


# ---------------------------------------------------------------- 18. ZIP of school reports
def zip_reports(c):
    r = c.r
    slp = staff("slp_school")
    members, ids, holders = [], [], []
    for k in range(r.randint(2, 4)):
        p, h = _child(c, 0.5)
        dx = c.pick(CHILD_DX)
        lines = [f"Élève : {p.given} {p.surname}", f"Date de naissance : {fr_date(p.dob, 'iso')}"]
        if h:
            lines.append(f"NAM : {pdf_safe_nam(c, p)}   Sexe : {p.sex}")
            ids.append(("nam", p.nam))
            holders.append(p)
        lines += ["", "# Conclusion", dx[0] + ".", "# Plan", "Suivi en orthophonie scolaire 1x/semaine, révision en mai."]
        members.append((f"{p.surname}_{p.given}_bilan.pdf", pdf("Bilan orthophonique — milieu scolaire", lines)))
    types = {"patient_name", "date_of_birth", "diagnosis"}
    if holders:
        types.add("ramq_nam")
    body = (f"Bonjour,\n\nComme demandé par la direction adjointe, voici les bilans de fin d'étape pour les élèves suivis "
            f"à l'école (fichier compressé, mot de passe envoyé par texto).\n\n{slp.sig('fr')}")
    school = ext("school_fr")
    return Msg(lang="fr", category="zip_reports", note="bilans scolaires compressés en ZIP",
               types=types, subject="Bilans orthophonie — fin d'étape", body=body, frm=slp.addr(),
               to=[("Direction adjointe", "direction.adjointe@" + school[1])],
               atts=[att("bilans_etape2.zip", "zip", make_zip(members))], ids=ids, holders=holders)


# ---------------------------------------------------------------- 19. Belgian family (NISS)
def belgian_niss(c):
    r = c.r
    p = c.patient("fr", "child", origin="be")
    niss = make_niss(r, p.dob, p.sex)
    be = ext("be")
    slp = staff("slp_school")
    sender = ("Logopédie — " + be[0], "logopedie@" + be[1])
    style = c.pick(["official", "plain", "space", "fullwidth"])
    n = fmt_niss(niss, style) if style != "space" else disguise(niss, ID_SIZES["niss"], "space")
    dx = c.pick(CHILD_DX)
    body = (f"Madame,\n\nÀ la demande des parents, qui s'installent dans votre région, nous vous transmettons le résumé "
            f"du suivi logopédique de {p.given} {p.surname.upper()}.\n\n"
            f"Date de naissance : {fr_date(p.dob, 'dot')}\nNuméro de registre national (NISS) : {n}\n\n"
            f"Diagnostic : {dx[0]}. Suivi logopédique 2x/semaine depuis {p.dob.year + 3}, remboursé par la mutuelle "
            f"(accord du médecin-conseil). Dernier bilan : CELF-4 NL/FR, score langage global {r.randint(65, 82)}.\n\n"
            f"Nous restons à votre disposition.\n\nSalutations distinguées,\n\nService de logopédie\n{be[0]}")
    return Msg(lang="fr", category="transfer_belgium", note="résumé de suivi transmis depuis la Belgique",
               types={"patient_name", "date_of_birth", "be_niss", "diagnosis", "lab_result"},
               subject="Transmission de dossier logopédique", body=body, frm=sender, to=[slp.addr()],
               ids=[("be_niss", niss)], utf8_only=style == "fullwidth")


# ---------------------------------------------------------------- 20. insurer form with SIN
def insurer_sin(c):
    r = c.r
    p = c.patient("fr", c.pick(["adult", "elder"]))
    sin = c.sin()
    aud = staff(c.pick(["aud", "aud2"]))
    ins = ext("insurer_fr")
    st = c.pick(["space", "plain", "hyphen", "dot", "fullwidth"])
    s = disguise(sin, ID_SIZES["sin"], st)
    res = aud_results(c, "fr")
    cnesst = r.random() < 0.5
    dx = "surdité professionnelle bilatérale (bruit industriel)" if cnesst else c.pick(AUD_DX)[0]
    lines = ["# Section A — Assuré", f"Nom : {p.surname}", f"Prénom : {p.given}", f"Date de naissance : {fr_date(p.dob, 'iso')}",
             f"NAS : {disguise(sin, ID_SIZES['sin'], 'space')}", f"Adresse : {p.address}",
             "# Section B — Professionnel", f"{aud.given} {aud.surname}, audiologiste", "# Section C — Résultats"] + res + \
            [f"Diagnostic audiologique : {dx}", "Recommandation : aides auditives bilatérales (contour d'oreille, RIC)."]
    pdf_data = pdf("Demande de remboursement — aides auditives", lines, author=aud.surname)
    body = (f"Bonjour,\n\nVoici le formulaire complété pour la demande de remboursement des aides auditives de votre assuré"
            f"{'e' if p.sex == 'F' else ''}, {name_form(p, 'title_full', 'fr')} (NAS {s}).\n\n"
            + ("Il s'agit d'une réclamation liée à une lésion professionnelle; le dossier CNESST est ouvert.\n\n" if cnesst else "")
            + f"Cordialement,\n\n{aud.sig('fr')}")
    return Msg(lang="fr", category="insurer_form", note="formulaire d'assureur pour aides auditives",
               types={"patient_name", "date_of_birth", "ca_sin", "diagnosis", "lab_result", "patient_contact"},
               subject=c.pick(["Formulaire de remboursement — aides auditives", "Demande de prestations", "Réclamation aides auditives"]),
               body=body, frm=aud.addr(), to=[("Service des réclamations", "reclamations@" + ins[1])],
               atts=[att(f"formulaire_{p.surname}.pdf", "pdf", pdf_data)], ids=[("ca_sin", sin)],
               utf8_only=st == "fullwidth")


# ---------------------------------------------------------------- 21. referral attached as .eml
def attached_eml(c, render_inner):
    r = c.r
    holder = r.random() < 0.5
    p = c.holder(["elder", "adult"]) if holder else c.patient("fr", "elder")
    chsld = ext("chsld")
    slp, chief = staff("slp_dys"), staff("chief")
    inner_from = ("Infirmière-chef, " + chsld[0], "soins.3e@" + chsld[1])
    dx, fnd = c.pick(DYS_DX), c.pick(DYS_FIND)
    types = {"patient_name", "diagnosis"}
    ids, holders = [], []
    if holder:
        block, _ = holder_block(c, p, "fr")
        types |= {"date_of_birth", "ramq_nam"}
        ids.append(("nam", p.nam))
        holders.append(p)
    else:
        block = f"Résident{'e' if p.sex == 'F' else ''} : {name_form(p, 'upper_comma')}, ch. {r.randint(101, 340)}"
    inner = Msg(lang="fr", category="inner", note="", types=set(),
                subject="Demande d'évaluation en dysphagie — résident",
                body=(f"Bonjour,\n\nNous demandons une évaluation de la déglutition pour :\n\n{block}\n\nDx : {dx[0]}\n"
                      f"Depuis 2 semaines : {fnd[0]}. Perte de 3 kg.\n\nMerci de nous proposer une date.\n\n{inner_from[0]}"),
                frm=inner_from, to=[("Accueil orthophonie", "accueil.orthophonie@cisss-hautesrivieres.example")])
    inner_bytes = render_inner(inner)
    body = (f"{slp.given},\n\nJe te transfère la demande du CHSLD reçue à l'accueil (en pièce jointe). "
            f"Peux-tu l'intégrer à ta tournée de la semaine prochaine?\n\n{chief.given}")
    return Msg(lang="fr", category="forward_eml", note="demande du CHSLD transférée en pièce jointe .eml",
               types=types, subject="TR: Demande d'évaluation en dysphagie — résident", body=body,
               frm=chief.addr(), to=[slp.addr()], atts=[att("Demande CHSLD.eml", "eml", inner_bytes)],
               ids=ids, holders=holders)


# ---------------------------------------------------------------- 22. patient contact card
def vcard_patient(c):
    r = c.r
    p = c.patient("fr", "adult")
    ci = staff("ci")
    aud = staff("aud2")
    parts = p.address.split(", ")
    town = parts[-1]
    card = vcard(f"{p.given} {p.surname}", (p.surname, p.given), tel=[("CELL", p.phone)],
                 email=f"{slug(p.given)}.{slug(p.surname)}@courriel.example",
                 adr=("HOME", ", ".join(parts[:-1]), town.split(" (")[0], "QC", town[-7:]),
                 note="Client IC bilatéral — sourd, communiquer par texto seulement, interprète LSQ aux RDV")
    body = (f"Salut {aud.given},\n\nJe t'envoie la fiche de {p.given} pour ton rendez-vous de mardi. Rappel : implant "
            f"bilatéral, surdité profonde, {pron(p, 'fr', 'subj')} ne répond pas au téléphone — texto seulement. "
            f"L'interprète LSQ est réservé{'e' if r.random() < 0.5 else ''}.\n\n{ci.given}")
    return Msg(lang="fr", category="contact_card", note="fiche contact d'un client en vCard",
               types={"patient_name", "patient_contact", "diagnosis"}, subject="Fiche contact pour mardi",
               body=body, frm=ci.addr(), to=[aud.addr()],
               atts=[att(f"{p.given} {p.surname}.vcf", "vcf", card)])
